#include "documentchecker.h"

#include "document/eventdocument.h"
#include "render/markdownrenderer.h"
#include "site/permalinkindex.h"
#include "site/schema.h"
#include "site/siteconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace EventDesk {

namespace {

Problem problem(Problem::Severity severity, const QString& code, const QString& message, const QString& file)
{
    Problem p;
    p.severity = severity;
    p.code = code;
    p.message = message;
    p.file = file;
    return p;
}

bool isBlank(const YamlValue& value)
{
    if (value.isNull())
        return true;
    if (value.type() == YamlValue::Type::String)
        return value.toString().trimmed().isEmpty();
    if (value.type() == YamlValue::Type::List)
        return value.items().isEmpty();
    return false;
}

// A point in time for comparing a start and an end: dates count as their midnight.
bool instantOf(const YamlValue& value, qint64* seconds)
{
    if (value.type() == YamlValue::Type::DateTime) {
        *seconds = value.toDateTime().epochSeconds;
        return true;
    }
    if (value.type() == YamlValue::Type::Date) {
        const YamlDate d = value.toDate();
        *seconds = daysFromCivil(d.year, d.month, d.day) * 86400;
        return true;
    }
    return false;
}

int yearOf(const YamlValue& value)
{
    if (value.type() == YamlValue::Type::DateTime)
        return value.toDateTime().year();
    if (value.type() == YamlValue::Type::Date)
        return value.toDate().year;
    return 0;
}

const QStringList& frenchWeekdays()
{
    static const QStringList days{QStringLiteral("lundi"),   QStringLiteral("mardi"),    QStringLiteral("mercredi"),
                                  QStringLiteral("jeudi"),   QStringLiteral("vendredi"), QStringLiteral("samedi"),
                                  QStringLiteral("dimanche")};
    return days;
}

const QStringList& frenchMonths()
{
    static const QStringList months{QStringLiteral("janvier"), QStringLiteral("février"),  QStringLiteral("mars"),
                                    QStringLiteral("avril"),   QStringLiteral("mai"),      QStringLiteral("juin"),
                                    QStringLiteral("juillet"), QStringLiteral("août"),     QStringLiteral("septembre"),
                                    QStringLiteral("octobre"), QStringLiteral("novembre"), QStringLiteral("décembre")};
    return months;
}

struct WeekdayMismatch
{
    int offset;
    QString written;
    QString actual;
    QString phrase;
};

// "mardi 18 novembre 2021" where that day was a Thursday. Without a year, the event's year.
QVector<WeekdayMismatch> weekdayMismatches(const QString& text, int defaultYear)
{
    static const QRegularExpression phrase(
        QStringLiteral(
            "\\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+(1er|\\d{1,2})\\s+(janvier|f[ée]vrier|"
            "mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?:\\s+(\\d{4}))?"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QVector<WeekdayMismatch> result;
    QRegularExpressionMatchIterator it = phrase.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int year = m.capturedLength(4) ? m.captured(4).toInt() : defaultYear;
        if (year <= 0)
            continue;
        QString monthName = m.captured(3).toLower();
        monthName.replace(QStringLiteral("fevrier"), QStringLiteral("février"))
            .replace(QStringLiteral("aout"), QStringLiteral("août"))
            .replace(QStringLiteral("decembre"), QStringLiteral("décembre"));
        const int month = int(frenchMonths().indexOf(monthName)) + 1;
        const int day = m.captured(2) == QLatin1String("1er") ? 1 : m.captured(2).toInt();
        const QDate date(year, month, day);
        if (!date.isValid())
            continue;
        const QString actual = frenchWeekdays().at(date.dayOfWeek() - 1);
        if (actual != m.captured(1).toLower())
            result.append({int(m.capturedStart()), m.captured(1), actual, m.captured(0)});
    }
    return result;
}

bool isGenericLinkText(const QString& text)
{
    static const QStringList generic{QStringLiteral("ici"),         QStringLiteral("cliquez ici"),
                                     QStringLiteral("cliquer ici"), QStringLiteral("lien"),
                                     QStringLiteral("ce lien"),     QStringLiteral("click here"),
                                     QStringLiteral("here"),        QStringLiteral("link")};
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("[*_`]"))).remove(QRegularExpression(QStringLiteral("[.!:]+$")));
    return generic.contains(plain.simplified().toLower());
}

QString valueText(const YamlValue& value)
{
    return value.isScalar() && !value.isNull() ? value.rubyString() : QString();
}

// Where a role's values are: one for a top-level field, one per item for a sub-field.
struct RoleValue
{
    QString path;
    YamlValue value;
    YamlValue item; // the item of the group, for a sub-field
    int index = -1;
};

QVector<RoleValue> roleValues(const YamlValue& data, const CollectionSchema& schema, FieldRole role)
{
    QVector<RoleValue> values;
    const FieldPath where = schema.find(role);
    if (!where.isValid() || !data.contains(where.key))
        return values;
    const YamlValue value = data.value(where.key);
    if (where.subKey.isEmpty()) {
        values.append({where.key, value, YamlValue(), -1});
        return values;
    }
    for (int i = 0; i < value.items().size(); ++i) {
        const YamlValue item = value.items().at(i);
        values.append(
            {QStringLiteral("%1[%2].%3").arg(where.key).arg(i).arg(where.subKey), item.value(where.subKey), item, i});
    }
    return values;
}

} // namespace

QString DocumentChecker::messageLanguage()
{
    //: The language of these messages as a code: "fr" in the French catalogue. The problems then
    //: name fields by their French labels.
    return tr("en");
}

QStringList DocumentChecker::anchorsOf(const QString& body)
{
    static const QRegularExpression ids(QStringLiteral("\\s(?:id|name)=\"([^\"]*)\""));
    QStringList anchors;
    const QString html = MarkdownRenderer::render(body).html;
    QRegularExpressionMatchIterator it = ids.globalMatch(html);
    while (it.hasNext())
        anchors.append(it.next().captured(1));
    return anchors;
}

QVector<Problem>
DocumentChecker::check(const EventDocument& document, const Context& context, QVector<LinkVerdict>* links)
{
    QVector<Problem> problems;
    const QString file = context.relativePath;
    if (document.status() != EventDocument::Status::Ok) {
        Problem p = problem(Problem::Severity::Error, QStringLiteral("unreadable"), document.error().message, file);
        p.line = document.error().line;
        p.column = document.error().column;
        problems.append(p);
        return problems;
    }
    const YamlValue data = document.frontMatter();
    const CollectionSchema empty;
    const CollectionSchema& schema = context.schema ? *context.schema : empty;

    // Required fields and values of the wrong type.
    const QString language = context.labelLanguage.isEmpty() ? messageLanguage() : context.labelLanguage;
    for (const SchemaField& field : schema.fields) {
        const YamlValue value = data.value(field.key);
        const QString label = field.displayLabel(language);
        if (field.required && isBlank(value)) {
            Problem p = problem(Problem::Severity::Error, QStringLiteral("required"),
                                tr("\"%1\" is required").arg(label), file);
            p.field = field.key;
            problems.append(p);
            continue;
        }
        if (isBlank(value))
            continue;
        const bool wantsDate = field.type == FieldType::DateTime || field.type == FieldType::Date;
        if (wantsDate && value.type() != YamlValue::Type::DateTime && value.type() != YamlValue::Type::Date) {
            const QString message = field.type == FieldType::DateTime
                ? tr("\"%1\" should be a date and time, not \"%2\"; write it as 2023-01-31 16:30:00 +01:00")
                : tr("\"%1\" should be a date, not \"%2\"; write it as 2023-01-31 16:30:00 +01:00");
            Problem p =
                problem(Problem::Severity::Error, QStringLiteral("type"), message.arg(label, valueText(value)), file);
            p.field = field.key;
            problems.append(p);
        } else if (field.type == FieldType::Boolean && value.type() != YamlValue::Type::Bool) {
            Problem p = problem(Problem::Severity::Warning, QStringLiteral("type"),
                                tr("\"%1\" should be true or false").arg(label), file);
            p.field = field.key;
            problems.append(p);
        }
    }

    // Dates: the end after the start, offsets of the site's time zone.
    const QVector<RoleValue> starts = roleValues(data, schema, FieldRole::Start);
    const QVector<RoleValue> ends = roleValues(data, schema, FieldRole::End);
    qint64 start = 0, end = 0;
    if (!starts.isEmpty() && !ends.isEmpty() && instantOf(starts.first().value, &start)
        && instantOf(ends.first().value, &end) && end < start) {
        Problem p = problem(Problem::Severity::Error, QStringLiteral("end-before-start"),
                            tr("the end (%1) comes before the start (%2)")
                                .arg(valueText(ends.first().value), valueText(starts.first().value)),
                            file);
        p.field = ends.first().path;
        problems.append(p);
    }
    const QTimeZone zone = context.config && !context.config->timezone().isEmpty()
        ? QTimeZone(context.config->timezone().toUtf8())
        : QTimeZone();
    if (zone.isValid()) {
        for (const FieldRole role : {FieldRole::Start, FieldRole::End, FieldRole::PublicationDate}) {
            for (const RoleValue& rv : roleValues(data, schema, role)) {
                if (rv.value.type() != YamlValue::Type::DateTime
                    || rv.value.toDateTime().zone != YamlDateTime::Zone::Offset)
                    continue;
                const YamlDateTime t = rv.value.toDateTime();
                const int expected = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t.epochSeconds, Qt::UTC));
                if (expected != t.offsetSeconds) {
                    YamlDateTime fixed = t;
                    fixed.offsetSeconds = expected;
                    Problem p = problem(
                        Problem::Severity::Warning, QStringLiteral("offset"),
                        tr("%1 is written with the offset %2, but %3 is at %4 on that date")
                            .arg(t.toYamlString(), t.offsetString(), context.config->timezone(), fixed.offsetString()),
                        file);
                    p.field = rv.path;
                    p.fix = fixed.toYamlString();
                    problems.append(p);
                }
            }
        }
    }

    // Weekday names next to dates, in text fields and in the body.
    int year = starts.isEmpty() ? 0 : yearOf(starts.first().value);
    if (year == 0) {
        const QVector<RoleValue> published = roleValues(data, schema, FieldRole::PublicationDate);
        year = published.isEmpty() ? 0 : yearOf(published.first().value);
    }
    std::function<void(const YamlValue&, const QString&)> scanField = [&](const YamlValue& value, const QString& path) {
        if (value.type() == YamlValue::Type::String) {
            for (const WeekdayMismatch& m : weekdayMismatches(value.toString(), year)) {
                Problem p = problem(Problem::Severity::Warning, QStringLiteral("weekday"),
                                    tr("\"%1\": that day is a %2, not a %3").arg(m.phrase, m.actual, m.written), file);
                p.field = path;
                problems.append(p);
            }
        } else if (value.type() == YamlValue::Type::List) {
            for (int i = 0; i < value.items().size(); ++i)
                scanField(value.items().at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
        } else if (value.type() == YamlValue::Type::Map) {
            for (const YamlMapEntry& entry : value.entries())
                scanField(entry.value,
                          path.isEmpty() ? entry.key.rubyString() : path + QLatin1Char('.') + entry.key.rubyString());
        }
    };
    scanField(data, QString());
    const QString body = document.body();
    const int bodyLine = document.bodyLine();
    auto lineColumn = [&body, bodyLine](int offset, Problem* p) {
        const QString before = body.left(offset);
        p->line = bodyLine + int(before.count(QLatin1Char('\n')));
        p->column = offset - int(before.lastIndexOf(QLatin1Char('\n')));
    };
    for (const WeekdayMismatch& m : weekdayMismatches(body, year)) {
        Problem p = problem(Problem::Severity::Warning, QStringLiteral("weekday"),
                            tr("\"%1\": that day is a %2, not a %3").arg(m.phrase, m.actual, m.written), file);
        lineColumn(m.offset, &p);
        problems.append(p);
    }

    // Images without alternative text: the front matter's, and the body's.
    const QVector<RoleValue> images = roleValues(data, schema, FieldRole::Image);
    const FieldPath altPath = schema.find(FieldRole::ImageAlt);
    for (const RoleValue& image : images) {
        if (isBlank(image.value))
            continue;
        YamlValue alt;
        QString path;
        if (image.index >= 0 && altPath.key == schema.find(FieldRole::Image).key) {
            alt = image.item.value(altPath.subKey);
            path = QStringLiteral("%1[%2].%3").arg(altPath.key).arg(image.index).arg(altPath.subKey);
        } else if (altPath.isValid() && altPath.subKey.isEmpty()) {
            alt = data.value(altPath.key);
            path = altPath.key;
        } else {
            path = image.path;
        }
        if (isBlank(alt)) {
            Problem p = problem(Problem::Severity::Warning, QStringLiteral("image-alt"),
                                tr("the image %1 has no alternative text").arg(valueText(image.value)), file);
            p.field = path;
            problems.append(p);
        }
    }
    const QVector<ExtractedLink> bodyLinks = LinkExtractor::fromBody(body, bodyLine);
    for (const ExtractedLink& link : bodyLinks) {
        Problem p;
        p.file = file;
        p.line = link.line;
        p.column = link.column;
        p.severity = Problem::Severity::Warning;
        if (link.kind == ExtractedLink::Kind::Image
            && (!link.hasText || (link.source == ExtractedLink::Source::Markdown && link.text.trimmed().isEmpty()))) {
            p.code = QStringLiteral("image-alt");
            p.message = tr("the image %1 has no alternative text").arg(link.url);
            problems.append(p);
        } else if (link.kind == ExtractedLink::Kind::Link && link.text.trimmed().isEmpty()) {
            p.code = QStringLiteral("link-text");
            p.message = tr("the link to %1 has no text").arg(link.url);
            problems.append(p);
        } else if (link.kind == ExtractedLink::Kind::Link && isGenericLinkText(link.text)) {
            p.code = QStringLiteral("link-text");
            p.message = tr("the link text \"%1\" does not say where it leads").arg(link.text);
            problems.append(p);
        }
    }

    // Heading levels that skip: the page's title is the level 1 heading.
    static const QRegularExpression heading(QStringLiteral("^ {0,3}(#{1,6})[ \\t]+\\S"),
                                            QRegularExpression::MultilineOption);
    int previous = 1;
    QRegularExpressionMatchIterator headings = heading.globalMatch(body);
    while (headings.hasNext()) {
        const QRegularExpressionMatch m = headings.next();
        const int level = int(m.capturedLength(1));
        if (level > previous + 1) {
            Problem p =
                problem(Problem::Severity::Warning, QStringLiteral("heading-level"),
                        tr("a level %1 heading follows a level %2 one; use level %3")
                            .arg(QString::number(level), QString::number(previous), QString::number(previous + 1)),
                        file);
            lineColumn(int(m.capturedStart(1)), &p);
            problems.append(p);
        }
        previous = level;
    }

    // Keys the defaults spell otherwise, or do not declare.
    for (const SchemaDrift& drift : schema.drift) {
        if (drift.path.contains(QLatin1Char('[')) || !data.contains(drift.path))
            continue;
        Problem p = problem(Problem::Severity::Info, QStringLiteral("drift"), drift.message, file);
        p.field = drift.path;
        problems.append(p);
    }

    // Links: what can be decided here.
    QVector<ExtractedLink> allLinks = LinkExtractor::fromFrontMatter(data) + bodyLinks;
    const QString siteUrl = context.config ? valueText(context.config->data().value(QStringLiteral("url"))) : QString();
    const QString fromUrl = context.permalinks ? context.permalinks->permalink(file).url : QString();
    QStringList ownAnchors;
    bool ownAnchorsRead = false;
    for (const ExtractedLink& link : allLinks) {
        LinkVerdict verdict;
        verdict.link = link;
        QString url = link.url.trimmed();
        url.replace(QRegularExpression(QStringLiteral("^\\{\\{\\s*site\\.baseurl\\s*\\}\\}")), QString());
        auto report = [&](Problem::Severity severity, const QString& code, const QString& message) {
            Problem p = problem(severity, code, message, file);
            p.field = link.field;
            p.line = link.field.isEmpty() ? link.line : 0;
            p.column = link.field.isEmpty() ? link.column : 0;
            problems.append(p);
            verdict.status = LinkVerdict::Status::Broken;
            verdict.message = message;
        };
        const QString lower = url.toLower();
        if (url.isEmpty()) {
            report(Problem::Severity::Error, QStringLiteral("link-broken"), tr("an empty link"));
        } else if (lower.startsWith(QLatin1String("mailto:"))) {
            static const QRegularExpression address(QStringLiteral("^[^@\\s<>()]+@[^@\\s<>()]+\\.[^@\\s<>()]+$"));
            const QString to = QUrl::fromPercentEncoding(url.mid(7).section(QLatin1Char('?'), 0, 0).toUtf8());
            verdict.status = LinkVerdict::Status::Ok;
            for (const QString& one : to.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!address.match(one.trimmed()).hasMatch())
                    report(Problem::Severity::Error, QStringLiteral("mailto"),
                           tr("\"%1\" is not an e-mail address").arg(one.trimmed()));
            }
        } else if (lower.startsWith(QLatin1String("tel:"))) {
            static const QRegularExpression number(QStringLiteral("^\\+?[0-9 ().-]{4,}$"));
            verdict.status = LinkVerdict::Status::Ok;
            if (!number.match(url.mid(4)).hasMatch())
                report(Problem::Severity::Error, QStringLiteral("tel"),
                       tr("\"%1\" is not a telephone number").arg(url.mid(4)));
        } else if ((lower.startsWith(QLatin1String("http://")) || lower.startsWith(QLatin1String("https://"))
                    || lower.startsWith(QLatin1String("//")))
                   && (siteUrl.isEmpty() || !url.startsWith(siteUrl))) {
            verdict.status = LinkVerdict::Status::External;
        } else if (lower.startsWith(QLatin1String("www."))) {
            report(Problem::Severity::Error, QStringLiteral("link-broken"),
                   tr("\"%1\" has no https://: the browser reads it as a page of this site").arg(url));
        } else if (QRegularExpression(QStringLiteral("^[a-z][a-z0-9+.-]*:")).match(lower).hasMatch()
                   && !lower.startsWith(QLatin1String("http"))) {
            verdict.status = LinkVerdict::Status::Skipped; // other schemes: not checked
        } else if (context.config) {
            // A page of the site, a file of it, or a place in a page.
            const QString noSite =
                siteUrl.isEmpty() ? url : QString(url).remove(0, url.startsWith(siteUrl) ? siteUrl.size() : 0);
            const int hash = int(noSite.indexOf(QLatin1Char('#')));
            const QString path = hash >= 0 ? noSite.left(hash) : noSite;
            const QString fragment = hash >= 0 ? QUrl::fromPercentEncoding(noSite.mid(hash + 1).toUtf8()) : QString();
            QString target;
            QString targetBody;
            verdict.status = LinkVerdict::Status::Ok;
            if (path.isEmpty()) {
                target = file;
                if (!ownAnchorsRead) {
                    ownAnchors = anchorsOf(body);
                    ownAnchorsRead = true;
                }
            } else {
                const QString decoded = QUrl::fromPercentEncoding(path.section(QLatin1Char('?'), 0, 0).toUtf8());
                QString onDisk = decoded.startsWith(QLatin1Char('/'))
                    ? QDir(context.config->root()).filePath(decoded.mid(1))
                    : QFileInfo(QDir(context.config->root()).filePath(file)).dir().filePath(decoded);
                const QString base = context.config->baseurl();
                if (!base.isEmpty() && decoded.startsWith(base + QLatin1Char('/')))
                    onDisk = QDir(context.config->root()).filePath(decoded.mid(base.size() + 1));
                const bool isFile = QFileInfo(onDisk).isFile();
                target = context.permalinks ? context.permalinks->find(path, fromUrl) : QString();
                if (target.isEmpty() && !isFile) {
                    const bool looksLikeFile =
                        QFileInfo(decoded).suffix().size() > 0 && !decoded.endsWith(QLatin1String(".html"));
                    if (looksLikeFile || decoded.startsWith(QLatin1String("/uploads/")))
                        report(Problem::Severity::Error, QStringLiteral("file-missing"),
                               tr("%1: no such file in the site").arg(decoded));
                    else if (context.permalinks)
                        report(Problem::Severity::Error, QStringLiteral("link-broken"),
                               tr("%1: no page of the site is published there").arg(path));
                    else
                        verdict.status = LinkVerdict::Status::Skipped;
                }
                if (!target.isEmpty() && !fragment.isEmpty())
                    targetBody = EventDocument::load(QDir(context.config->root()).filePath(target)).body();
            }
            if (!fragment.isEmpty() && !target.isEmpty() && verdict.status == LinkVerdict::Status::Ok) {
                const QStringList anchors = target == file ? ownAnchors : anchorsOf(targetBody);
                if (!anchors.contains(fragment))
                    report(Problem::Severity::Error, QStringLiteral("anchor-missing"),
                           tr("#%1: no such place in %2").arg(fragment, target));
            }
        }
        if (links)
            links->append(verdict);
    }
    return problems;
}

} // namespace EventDesk
