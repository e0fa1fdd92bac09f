#include "permalink.h"

#include "document/scalarresolver.h"
#include "slug.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>

#include <cstring>
#include <functional>
#include <optional>

namespace EventDesk {

namespace {

// Addressable's character classes, the bytes encode_component leaves alone.
bool isUnreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

bool isOneOf(char c, const char* set)
{
    return c != '\0' && std::strchr(set, c) != nullptr;
}

bool isPchar(char c)
{
    return isUnreserved(c) || isOneOf(c, "!$&'()*+,;=:@");
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// A %XX escape at bytes[i].
bool isEscape(const QByteArray& bytes, qsizetype i)
{
    return bytes.at(i) == '%' && i + 2 < bytes.size() && isHexDigit(bytes.at(i + 1)) && isHexDigit(bytes.at(i + 2));
}

QByteArray encodeComponent(const QByteArray& bytes, const char* extra)
{
    QByteArray out;
    for (const char c : bytes) {
        if (isPchar(c) || isOneOf(c, extra)) {
            out += c;
        } else {
            out += '%';
            out += QByteArray::number(uchar(c), 16).rightJustified(2, '0').toUpper();
        }
    }
    return out;
}

// "/" then `..` made `/`, `./` dropped and slashes squeezed, as URL#sanitize_url.
QString sanitizeUrl(const QString& url)
{
    QString result = QLatin1Char('/') + url;
    result.replace(QStringLiteral(".."), QStringLiteral("/"));
    result.replace(QStringLiteral("./"), QString());
    static const QRegularExpression slashes(QStringLiteral("/{2,}"));
    return result.replace(slashes, QStringLiteral("/"));
}

QString lastComponent(const QString& path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

// Ruby's File.extname: the last dot of the file name and what follows, leading dots not counting.
QString extname(const QString& path)
{
    const QString name = lastComponent(path);
    int start = 0;
    while (start < name.size() && name.at(start) == QLatin1Char('.'))
        ++start;
    const int dot = int(name.lastIndexOf(QLatin1Char('.')));
    return dot > start ? name.mid(dot) : QString();
}

QString withoutTrailingDots(QString text)
{
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

bool isFalsy(const YamlValue& value)
{
    return value.isNull() || (value.type() == YamlValue::Type::Bool && !value.toBool());
}

// Midnight of a calendar date in the zone; days past the month's end roll over as Ruby's Time does.
std::optional<qint64> localMidnight(qint64 year, int month, int day, const QTimeZone& zone)
{
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    qint64 y = 0;
    int m = 0;
    int d = 0;
    civilFromDays(daysFromCivil(year, month, 1) + day - 1, &y, &m, &d);
    return QDateTime(QDate(int(y), m, d), QTime(0, 0), zone).toSecsSinceEpoch();
}

// Time.parse(text).localtime for the dates front matter and file names hold: what YAML reads as
// a date or a time, and the looser `2023-1-5 10:00 +0100` forms.
std::optional<qint64> parseTime(const QString& text, const QTimeZone& zone)
{
    YamlValue typed;
    QString ignored;
    if (ScalarResolver::tokenize(text.trimmed(), &typed, &ignored)) {
        const YamlDateTime time = typed.toDateTime();
        if (typed.type() == YamlValue::Type::DateTime && time.zone == YamlDateTime::Zone::Local) {
            // Unlike Psych, Time.parse reads a time without offset as local time.
            const QDateTime wall = QDateTime::fromSecsSinceEpoch(time.epochSeconds, QTimeZone::utc());
            return QDateTime(wall.date(), wall.time(), zone).toSecsSinceEpoch();
        }
        if (typed.type() == YamlValue::Type::DateTime)
            return time.epochSeconds;
        if (typed.type() == YamlValue::Type::Date)
            return localMidnight(typed.toDate().year, typed.toDate().month, typed.toDate().day, zone);
    }
    static const QRegularExpression loose(
        QStringLiteral("\\A\\s*(\\d{2,4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?"
                       "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?\\s*\\z"));
    const QRegularExpressionMatch match = loose.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    qint64 year = match.captured(1).toLongLong();
    if (match.capturedLength(1) == 2) // Date._parse's two-digit years
        year += year >= 69 ? 1900 : 2000;
    const std::optional<qint64> midnight =
        localMidnight(year, match.captured(2).toInt(), match.captured(3).toInt(), zone);
    if (!midnight)
        return std::nullopt;
    const int hour = match.captured(4).toInt();
    const int minute = match.captured(5).toInt();
    const int second = match.captured(6).toInt();
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    const QString offset = match.captured(7);
    if (offset.isEmpty()) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(*midnight, zone);
        return QDateTime(local.date(), QTime(hour, minute, second), zone).toSecsSinceEpoch();
    }
    qint64 seconds = 0;
    if (offset.startsWith(QLatin1Char('+')) || offset.startsWith(QLatin1Char('-'))) {
        const QString digits = offset.mid(1).remove(QLatin1Char(':'));
        seconds = digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60;
        if (offset.startsWith(QLatin1Char('-')))
            seconds = -seconds;
    }
    const qint64 days = daysFromCivil(year, match.captured(2).toInt(), 1) + match.captured(3).toInt() - 1;
    return days * 86400 + hour * 3600 + minute * 60 + second - seconds;
}

// The date placeholders, as Ruby's strftime writes them in the C locale. False for other names.
bool dateField(const QString& name, const QDateTime& time, QString* value)
{
    static const char* const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    const QDate date = time.date();
    int isoYear = 0;
    const int week = date.weekNumber(&isoYear);
    auto padded = [](int number, int width) { return QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0')); };
    const QHash<QString, std::function<QString()>> fields{
        {QStringLiteral("year"), [&] { return padded(date.year(), 4); }},
        {QStringLiteral("month"), [&] { return padded(date.month(), 2); }},
        {QStringLiteral("day"), [&] { return padded(date.day(), 2); }},
        {QStringLiteral("hour"), [&] { return padded(time.time().hour(), 2); }},
        {QStringLiteral("minute"), [&] { return padded(time.time().minute(), 2); }},
        {QStringLiteral("second"), [&] { return padded(time.time().second(), 2); }},
        {QStringLiteral("i_day"), [&] { return QString::number(date.day()); }},
        {QStringLiteral("i_month"), [&] { return QString::number(date.month()); }},
        {QStringLiteral("short_month"), [&] { return QString::fromLatin1(months[date.month() - 1], 3); }},
        {QStringLiteral("long_month"), [&] { return QString::fromLatin1(months[date.month() - 1]); }},
        {QStringLiteral("short_year"), [&] { return padded((date.year() % 100 + 100) % 100, 2); }},
        {QStringLiteral("y_day"), [&] { return padded(date.dayOfYear(), 3); }},
        {QStringLiteral("w_year"), [&] { return padded(isoYear, 4); }},
        {QStringLiteral("week"), [&] { return padded(week, 2); }},
        {QStringLiteral("w_day"), [&] { return QString::number(date.dayOfWeek()); }},
        {QStringLiteral("short_day"), [&] { return QString::fromLatin1(days[date.dayOfWeek() - 1], 3); }},
        {QStringLiteral("long_day"), [&] { return QString::fromLatin1(days[date.dayOfWeek() - 1]); }},
    };
    const auto field = fields.constFind(name);
    if (field == fields.constEnd())
        return false;
    *value = field.value()();
    return true;
}

// Configuration::STYLE_TO_PERMALINK, the posts' template for a site style.
QString styleToPermalink(const QString& style)
{
    if (style == QLatin1String("none"))
        return QStringLiteral("/:categories/:title:output_ext");
    if (style == QLatin1String("date"))
        return QStringLiteral("/:categories/:year/:month/:day/:title:output_ext");
    if (style == QLatin1String("ordinal"))
        return QStringLiteral("/:categories/:year/:y_day/:title:output_ext");
    if (style == QLatin1String("pretty"))
        return QStringLiteral("/:categories/:year/:month/:day/:title/");
    if (style == QLatin1String("weekdate"))
        return QStringLiteral("/:categories/:year/W:week/:short_day/:title:output_ext");
    return style;
}

// Utils.add_permalink_suffix: the ending of the site style on a page's or collection's template.
// `weekdate` is not among the styles it knows, so it adds nothing.
QString addPermalinkSuffix(const QString& base, const QString& style)
{
    if (style == QLatin1String("pretty"))
        return base + QLatin1Char('/');
    if (style == QLatin1String("date") || style == QLatin1String("ordinal") || style == QLatin1String("none"))
        return base + QStringLiteral(":output_ext");
    QString result = base;
    if (style.endsWith(QLatin1Char('/')))
        result += QLatin1Char('/');
    if (style.endsWith(QLatin1String(":output_ext")))
        result += QStringLiteral(":output_ext");
    return result;
}

// Array#| : the items of both, first seen first, no repeats.
QStringList unite(const QStringList& a, const QStringList& b)
{
    QStringList result;
    for (const QString& item : a + b) {
        if (!result.contains(item))
            result.append(item);
    }
    return result;
}

// Category values as Document#merge_categories! takes them: a string splits on white space.
QStringList categoryList(const YamlValue& value)
{
    if (value.type() == YamlValue::Type::String)
        return value.toString().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList result;
    if (value.type() == YamlValue::Type::List) {
        for (const YamlValue& item : value.items()) {
            if (!item.isNull())
                result.append(item.rubyString());
        }
    } else if (!value.isNull()) {
        result.append(value.rubyString());
    }
    return result;
}

// Where Jekyll writes a url (Document#destination, Page#destination): unescaped, `.` and `..`
// resolved, the output extension added unless there. A trailing slash gets index.html in a
// document, index plus the extension in a page (so index.xml).
QString destination(const QString& url, const QString& outputExt, bool page)
{
    QString path = QDir::cleanPath(QLatin1Char('/') + Permalinks::unescapePath(url)).mid(1);
    const QString separator = path.isEmpty() ? QString() : QStringLiteral("/");
    if (url.endsWith(QLatin1Char('/')) && !page)
        return path + separator + QStringLiteral("index.html");
    if (url.endsWith(QLatin1Char('/')))
        path += separator + QStringLiteral("index");
    if (!path.endsWith(outputExt))
        path += outputExt;
    return path;
}

// What Jekyll knows of a document when it fills its url template (Document, Drops::UrlDrop).
struct DocumentData
{
    QString relative; // from collections_dir: "_evenements/atelier.md"
    QString collection;
    QString name; // the file name
    QString ext;
    QString slug; // data["slug"]: the front matter's, else the file name's
    QDateTime time; // the date, in the site's zone
    QStringList categories;
    QString outputExt;

    QString specialDir() const { return QLatin1Char('_') + collection; }
    QString basenameWithoutExt() const { return name.left(name.size() - ext.size()); }
};

// Document#populate_title: a dated file name (in any collection) gives a date and the slug
// after it; otherwise the slug is the name without its extension. Trailing dots go.
QString slugFromFileName(const QString& name, QString* fileDate)
{
    static const QRegularExpression dated(QStringLiteral("\\A(\\d{2,4}-\\d{1,2}-\\d{1,2})-([^/]*)(\\.[^.]+)\\z"));
    static const QRegularExpression dateless(QStringLiteral("\\A(.*)(\\.[^.]+)\\z"));
    QString slug = name.left(name.size() - extname(name).size());
    if (const QRegularExpressionMatch match = dated.match(name); match.hasMatch()) {
        *fileDate = match.captured(1);
        slug = match.captured(2);
    } else if (const QRegularExpressionMatch other = dateless.match(name); other.hasMatch()) {
        slug = other.captured(1);
    }
    return withoutTrailingDots(slug);
}

// Utils.parse_date on the value's to_s.
std::optional<qint64> dateOf(const YamlValue& value, const QTimeZone& zone)
{
    if (value.type() == YamlValue::Type::DateTime)
        return value.toDateTime().epochSeconds;
    if (value.type() == YamlValue::Type::Date)
        return localMidnight(value.toDate().year, value.toDate().month, value.toDate().day, zone);
    return parseTime(value.rubyString(), zone);
}

// Document#categories_from_path, #merge_categories! and #populate_categories: the folders above
// the collection's (`fr/_posts`), the defaults', the front matter's, then `category` unsplit.
QStringList categoriesOf(const DocumentData& document,
                         const YamlValue& fromDefaults,
                         const YamlValue& fromFrontMatter,
                         const YamlValue& singular)
{
    QStringList categories;
    if (!document.relative.startsWith(document.specialDir())) {
        const qsizetype at = document.relative.indexOf(document.specialDir());
        const QString above = at < 0 ? document.relative : document.relative.left(at);
        for (const QString& part : above.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            if (part != document.specialDir() && part != document.name)
                categories = unite(categories, {part});
        }
    }
    categories = unite(categories, categoryList(fromDefaults));
    categories = unite(categories, categoryList(fromFrontMatter));
    if (singular.type() == YamlValue::Type::String)
        categories = unite(categories, {singular.toString()});
    else if (!isFalsy(singular))
        categories = unite(categories, categoryList(singular));
    return categories;
}

// A placeholder's value (Drops::UrlDrop), false for a name it does not have.
bool placeholderValue(const QString& key, const DocumentData& document, QString* value)
{
    if (key == QLatin1String("output_ext")) {
        *value = document.outputExt;
    } else if (key == QLatin1String("path")) {
        // Document#cleaned_relative_path: the first `_label` goes, wherever it is.
        QString cleaned = document.relative.left(document.relative.size() - document.ext.size());
        const qsizetype at = cleaned.indexOf(document.specialDir());
        if (at >= 0)
            cleaned.remove(at, document.specialDir().size());
        *value = withoutTrailingDots(cleaned);
    } else if (key == QLatin1String("collection")) {
        *value = document.collection;
    } else if (key == QLatin1String("name")) {
        *value = Slug::jekyllSlug(document.basenameWithoutExt(), false, false);
    } else if (key == QLatin1String("title")) {
        *value = Slug::jekyllSlug(document.slug, true, true);
    } else if (key == QLatin1String("slug")) {
        *value = Slug::jekyllSlug(document.slug, false, false);
    } else if (key == QLatin1String("categories") || key == QLatin1String("slugified_categories")) {
        QStringList parts;
        for (const QString& category : document.categories) {
            const QString part =
                key == QLatin1String("categories") ? category.toLower() : Slug::jekyllSlug(category, false, false);
            if (!parts.contains(part))
                parts.append(part);
        }
        *value = parts.join(QLatin1Char('/'));
    } else {
        return dateField(key, document.time, value);
    }
    return true;
}

// URL#generate_url_from_drop: each `:name` (or `:name_`, less its underscore: `:month_:day`)
// replaced by its escaped value.
bool fillTemplate(const QString& urlTemplate, const DocumentData& document, QString* url, QString* error)
{
    static const QRegularExpression placeholder(QStringLiteral(":([a-z_]+)"));
    qsizetype done = 0;
    for (QRegularExpressionMatchIterator it = placeholder.globalMatch(urlTemplate); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString key = match.captured(1);
        const QString tail = key.endsWith(QLatin1Char('_')) ? QStringLiteral("_") : QString();
        key.chop(tail.size());
        QString value;
        if (!placeholderValue(key, document, &value)) {
            *error = Permalinks::tr("The URL template doesn't have %1 keys. Check your permalink template!").arg(key);
            return false;
        }
        QString escapeError;
        const QString escaped = Permalinks::escapePath(value, &escapeError);
        if (!escapeError.isEmpty()) {
            *error = escapeError;
            return false;
        }
        *url += urlTemplate.mid(done, match.capturedStart() - done) + escaped + tail;
        done = match.capturedEnd();
    }
    *url += urlTemplate.mid(done);
    return true;
}

} // namespace

Permalinks::Permalinks(const SiteConfig& config)
    : m_config(config)
{
    const QString zone = config.timezone();
    m_zone = zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc(); // as Ruby with a TZ it does not know
    const YamlValue extensions = config.data().value(QStringLiteral("markdown_ext"));
    const QString list = extensions.isNull() ? QStringLiteral("markdown,mkdown,mkdn,mkd,md") : extensions.rubyString();
    for (const QString& extension : list.split(QLatin1Char(',')))
        m_markdownExtensions.append(QLatin1Char('.') + extension.toLower());
    m_future = !isFalsy(config.data().value(QStringLiteral("future")));
}

QDateTime Permalinks::buildTime() const
{
    return m_buildTime.isValid() ? m_buildTime : QDateTime::currentDateTimeUtc();
}

QString Permalinks::collectionOf(const QString& relativePath) const
{
    for (const CollectionConfig& collection : m_config.collections()) {
        if (relativePath.startsWith(collection.folder + QLatin1Char('/')))
            return collection.name;
    }
    return QString();
}

QString Permalinks::urlTemplate(const QString& collection) const
{
    const CollectionConfig* found = m_config.collection(collection);
    if (!found)
        return QString();
    if (!found->permalink.isEmpty())
        return found->permalink; // as written: a collection's `permalink: pretty` is the url /pretty
    if (found->name == QLatin1String("posts"))
        return styleToPermalink(m_config.permalinkStyle());
    return addPermalinkSuffix(QStringLiteral("/:collection/:path"), m_config.permalinkStyle());
}

QString Permalinks::withBaseurl(const QString& url) const
{
    QString baseurl = m_config.baseurl();
    if (baseurl.endsWith(QLatin1Char('/')))
        baseurl.chop(1);
    if (!baseurl.isEmpty() && !baseurl.startsWith(QLatin1Char('/')))
        baseurl.prepend(QLatin1Char('/'));
    const QString path = url.isEmpty() || url.startsWith(QLatin1Char('/')) ? url : QLatin1Char('/') + url;
    // Addressable's normalize: escapes decoded, what a path may not hold encoded.
    const QByteArray bytes = (baseurl + path).toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (isEscape(bytes, i)) {
            const char decoded = char(bytes.mid(i + 1, 2).toInt(nullptr, 16));
            out += isUnreserved(decoded) ? QByteArray(1, decoded) : '%' + bytes.mid(i + 1, 2).toUpper();
            i += 2;
        } else {
            out += encodeComponent(QByteArray(1, c), "/");
        }
    }
    return QString::fromLatin1(out);
}

QString Permalinks::escapePath(const QString& path, QString* error)
{
    static const QRegularExpression safeLine(QStringLiteral("^[a-zA-Z0-9./-]+$"), QRegularExpression::MultilineOption);
    if (path.isEmpty() || safeLine.match(path).hasMatch())
        return path;
    // Addressable::URI.encode reads the text as a URI and encodes each part with its own set.
    QByteArray rest = path.toUtf8();
    QByteArray out;
    static const QRegularExpression scheme(QStringLiteral("\\A([^:/?#]+):"));
    const QRegularExpressionMatch schemeMatch = scheme.match(QString::fromUtf8(rest));
    if (schemeMatch.hasMatch()) {
        static const QRegularExpression validScheme(QStringLiteral("\\A[A-Za-z][A-Za-z0-9+.\\-]*\\z"));
        if (!validScheme.match(schemeMatch.captured(1)).hasMatch()) {
            if (error)
                *error = tr("Invalid scheme format: '%1'").arg(schemeMatch.captured(1));
            return QString();
        }
        out = schemeMatch.captured(0).toUtf8();
        rest = rest.mid(out.size());
    }
    if (rest.startsWith("//")) {
        qsizetype end = 2;
        while (end < rest.size() && !isOneOf(rest.at(end), "/?#"))
            ++end;
        const QByteArray authority = rest.mid(2, end - 2);
        for (const char c : authority) {
            if (!isPchar(c) && c != '[' && c != ']' && c != '%') {
                if (error)
                    *error = tr("Invalid character in host: '%1'").arg(QString::fromUtf8(authority));
                return QString();
            }
        }
        out += "//" + encodeComponent(authority, "[]");
        rest = rest.mid(end);
    }
    const qsizetype hash = rest.indexOf('#');
    const QByteArray beforeFragment = hash < 0 ? rest : rest.left(hash);
    const qsizetype question = beforeFragment.indexOf('?');
    out += encodeComponent(question < 0 ? beforeFragment : beforeFragment.left(question), "/");
    if (question >= 0)
        out += '?' + encodeComponent(beforeFragment.mid(question + 1), "/?");
    if (hash >= 0)
        out += '#' + encodeComponent(rest.mid(hash + 1), "/?");
    // Jekyll then escapes the first `#`, the one that starts the fragment.
    QString result = QString::fromLatin1(out);
    const qsizetype first = result.indexOf(QLatin1Char('#'));
    if (first >= 0)
        result.replace(first, 1, QStringLiteral("%23"));
    return result;
}

QString Permalinks::unescapePath(const QString& path)
{
    if (!path.contains(QLatin1Char('%')))
        return path;
    const QByteArray bytes = path.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (isEscape(bytes, i)) {
            out += char(bytes.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += bytes.at(i);
        }
    }
    return QString::fromUtf8(out);
}

Permalink
Permalinks::resolve(const QString& relativePath, const QString& collection, const YamlValue& frontMatter) const
{
    if (collection.isEmpty())
        return resolvePage(relativePath, frontMatter);
    const CollectionConfig* found = m_config.collection(collection);
    if (!found) {
        Permalink result;
        result.message = tr("the site has no collection \"%1\"").arg(collection);
        return result;
    }
    return resolveDocument(relativePath, *found, frontMatter);
}

Permalink Permalinks::resolvePage(const QString& relativePath, const YamlValue& frontMatter) const
{
    Permalink result;
    // A page reads the defaults only for keys its front matter does not have (Hash#default_proc).
    const YamlValue defaults = m_config.defaultsFor(relativePath, QStringLiteral("pages"));
    auto data = [&](const QString& key) {
        return frontMatter.contains(key) ? frontMatter.value(key) : defaults.value(key);
    };
    const YamlValue permalinkValue = data(QStringLiteral("permalink"));
    const QString permalink = isFalsy(permalinkValue) ? QString() : permalinkValue.rubyString();
    if (!isFalsy(permalinkValue) && permalink.isEmpty()) {
        result.message = tr("Invalid permalink in %1").arg(relativePath);
        return result;
    }

    const int slash = int(relativePath.lastIndexOf(QLatin1Char('/')));
    const QString dir = slash < 0 ? QString() : relativePath.left(slash);
    const QString name = relativePath.mid(slash + 1);
    const QString ext = extname(name);
    const QString basename = withoutTrailingDots(name.left(name.size() - ext.size()));
    const QString outputExt = outputExtension(permalink, ext);
    const bool html = outputExt == QLatin1String(".html") || outputExt == QLatin1String(".xhtml")
        || outputExt == QLatin1String(".htm");

    QString url = permalink;
    if (url.isEmpty()) {
        if (!html)
            url = QStringLiteral("/:path/:basename:output_ext");
        else if (basename == QLatin1String("index"))
            url = QStringLiteral("/:path/");
        else
            url = addPermalinkSuffix(QStringLiteral("/:path/:basename"), m_config.permalinkStyle());
    }
    // URL#generate_url_from_hash: each placeholder in turn, every occurrence; others stay.
    const std::pair<QString, QString> placeholders[] = {{QStringLiteral(":path"), dir},
                                                        {QStringLiteral(":basename"), basename},
                                                        {QStringLiteral(":output_ext"), outputExt}};
    for (const auto& [key, value] : placeholders) {
        if (!url.contains(QLatin1Char(':')))
            break;
        QString error;
        const QString escaped = escapePath(value, &error);
        if (!error.isEmpty()) {
            result.message = error;
            return result;
        }
        url.replace(key, escaped);
    }
    result.url = sanitizeUrl(url);
    // Publisher#can_be_published? fetches `published` from the page's own data.
    if (frontMatter.contains(QStringLiteral("published")) && isFalsy(frontMatter.value(QStringLiteral("published")))) {
        result.status = Permalink::Status::Unpublished;
        result.message = QStringLiteral("published: false");
        return result;
    }
    result.status = Permalink::Status::Published;
    result.outputPath = destination(result.url, outputExt, true);
    return result;
}

Permalink Permalinks::resolveDocument(const QString& relativePath,
                                      const CollectionConfig& collection,
                                      const YamlValue& frontMatter) const
{
    Permalink result;
    if (!collection.output) {
        result.status = Permalink::Status::NoOutput;
        result.message = tr("the collection \"%1\" has output: false").arg(collection.name);
        return result;
    }
    // Jekyll's document paths are relative to collections_dir.
    const QString prefix =
        m_config.collectionsDir().isEmpty() ? QString() : m_config.collectionsDir() + QLatin1Char('/');
    DocumentData document;
    document.relative = relativePath.startsWith(prefix) ? relativePath.mid(prefix.size()) : relativePath;
    document.collection = collection.name;
    document.name = lastComponent(document.relative);
    document.ext = extname(document.name);

    // Document#merge_data!: the defaults first, the front matter over them except where it is null.
    const YamlValue defaults = m_config.defaultsFor(document.relative, collection.name);
    auto data = [&](const QString& key) {
        const YamlValue value = frontMatter.value(key);
        return value.isNull() ? defaults.value(key) : value;
    };

    QString fileDate;
    const QString fileSlug = slugFromFileName(document.name, &fileDate);
    const YamlValue slug = data(QStringLiteral("slug"));
    document.slug = isFalsy(slug) ? fileSlug : slug.rubyString();

    // The front matter's date, else the file name's, else the build's. One Jekyll cannot read
    // stops the build (InvalidDateError is fatal), whether the url uses it or not.
    const YamlValue date = data(QStringLiteral("date"));
    const std::optional<qint64> epoch = !isFalsy(date) ? dateOf(date, m_zone)
        : !fileDate.isEmpty()                          ? parseTime(fileDate, m_zone)
                                                       : std::optional<qint64>(buildTime().toSecsSinceEpoch());
    if (!epoch) {
        result.message = isFalsy(date)
            ? tr("Invalid date '%1': Document '%2' does not have a valid date in the filename.")
                  .arg(fileDate, document.relative)
            : tr("Invalid date '%1': Document '%2' does not have a valid date in the YAML front matter.")
                  .arg(date.rubyString(), document.relative);
        return result;
    }
    document.time = QDateTime::fromSecsSinceEpoch(*epoch, m_zone);
    document.categories =
        categoriesOf(document, defaults.value(QStringLiteral("categories")),
                     frontMatter.value(QStringLiteral("categories")), data(QStringLiteral("category")));

    // An empty `permalink: ""` still counts (Ruby's "" is true): the url is then "/".
    const YamlValue permalinkValue = data(QStringLiteral("permalink"));
    const bool hasPermalink = !isFalsy(permalinkValue);
    const QString permalink = hasPermalink ? permalinkValue.rubyString() : QString();
    document.outputExt = outputExtension(permalink, document.ext);

    QString url;
    if (!fillTemplate(hasPermalink ? permalink : urlTemplate(collection.name), document, &url, &result.message))
        return result;
    result.url = sanitizeUrl(url);

    // Publisher#publish?: `published` false or null, or dated after the build.
    if ((frontMatter.contains(QStringLiteral("published")) || defaults.contains(QStringLiteral("published")))
        && isFalsy(data(QStringLiteral("published")))) {
        result.status = Permalink::Status::Unpublished;
        result.message = QStringLiteral("published: false");
        return result;
    }
    if (!m_future && *epoch > buildTime().toSecsSinceEpoch()) {
        result.status = Permalink::Status::Unpublished;
        result.message = tr("dated after the build (%1), and the site does not set future: true")
                             .arg(document.time.toString(Qt::ISODate));
        return result;
    }
    result.status = Permalink::Status::Published;
    result.outputPath = destination(result.url, document.outputExt, false);
    return result;
}

QString Permalinks::outputExtension(const QString& permalink, const QString& ext) const
{
    // Renderer#output_ext: the permalink's extension, else the converter's.
    if (!permalink.endsWith(QLatin1Char('/')) && !extname(permalink).isEmpty())
        return extname(permalink);
    if (m_markdownExtensions.contains(ext.toLower()))
        return QStringLiteral(".html");
    if (ext == QLatin1String(".sass") || ext == QLatin1String(".scss"))
        return QStringLiteral(".css");
    return ext; // the identity converter
}

} // namespace EventDesk
