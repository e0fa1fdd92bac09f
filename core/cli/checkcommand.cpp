#include "checkcommand.h"

#include "check/documentchecker.h"
#include "check/linkchecker.h"
#include "document/eventdocument.h"
#include "document/yamljson.h"
#include "site/permalinkindex.h"
#include "site/siteindex.h"
#include "siteoptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

namespace EventDesk {

namespace {

// Messages for people, in the language of the interface once its catalogue has them.
QString tr(const char* text)
{
    return QCoreApplication::translate("CheckCommand", text);
}

const char usageText[] = "Usage: eventdesk-cli check [--offline] [--format text|json] SITE [FILE...]\n";

YamlValue text(const QString& value)
{
    return YamlValue::fromString(value);
}

struct LinkEntry
{
    QString url;
    QString status; // ok, redirected, broken, unverifiable, skipped
    int httpStatus = 0;
    QString message;
    QString file;
    int line = 0;
};

QString location(const Problem& p)
{
    if (!p.field.isEmpty())
        return tr("%1: %2").arg(p.file, p.field);
    if (p.line > 0)
        return QStringLiteral("%1:%2:%3").arg(p.file).arg(p.line).arg(p.column);
    return p.file;
}

} // namespace

int CheckCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out << usageText
            << "\nChecks the site's documents (or the FILEs given): required fields, dates and their\n"
               "offsets, weekday names, images without alternative text, link texts, heading levels,\n"
               "drift from the defaults, duplicate permalinks, and every link: pages, files and anchors\n"
               "of the site, mailto: and tel:, and web addresses over the network (not with --offline).\n"
               "Exit status: 0 nothing at error level, 1 some errors, 2 usage or input error.\n";
        return 0;
    }
    SiteOptions options;
    options.command = QStringLiteral("check");
    if (!options.parse(arguments, {QStringLiteral("--offline")}, err)) {
        err << usageText;
        return 2;
    }
    const bool offline = options.rest.contains(QLatin1String("--offline"));
    QStringList files = options.rest;
    files.removeAll(QStringLiteral("--offline"));
    const QDir root(options.config.root());

    // The whole site: every document's permalink and every collection's schema.
    const QVector<SiteScanner::Source> sources = SiteScanner::sources(options.config);
    const SiteScanner::Result scan = SiteScanner::scan(options.config, options.settings, sources);
    QHash<QString, CollectionSchema> schemas;
    for (auto it = scan.schemas.cbegin(); it != scan.schemas.cend(); ++it)
        schemas.insert(it.key(), it.value().build(options.config, it.key(), options.settings));
    const Permalinks permalinks(options.config);
    QVector<PermalinkSource> documents;
    QHash<QString, QString> collectionOf;
    for (const SiteScanner::Source& source : sources) {
        const QString relative = root.relativeFilePath(source.path);
        documents.append(PermalinkSource{relative, source.collection, EventDocument::load(source.path).frontMatter()});
        collectionOf.insert(relative, source.collection);
    }
    const PermalinkIndex index(permalinks, documents);

    QStringList targets;
    if (files.isEmpty()) {
        for (const SiteScanner::Source& source : sources)
            targets.append(root.relativeFilePath(source.path));
    } else {
        for (const QString& file : files) {
            const QString absolute = QFileInfo(file).absoluteFilePath();
            const QString relative = root.relativeFilePath(absolute);
            if (relative.startsWith(QLatin1String("../")) || !QFileInfo(absolute).isFile()) {
                err << file << ": not a file of the site " << options.config.root() << '\n';
                return 2;
            }
            targets.append(relative);
        }
    }

    QVector<Problem> problems;
    QVector<LinkEntry> links;
    QHash<QString, int> linkIndex; // by url as written
    QVector<QUrl> external;
    QHash<QString, QVector<int>> externalEntries; // url -> link entries
    for (const QString& relative : targets) {
        const EventDocument document = EventDocument::load(root.filePath(relative));
        const QString collection = collectionOf.value(relative);
        const CollectionSchema schema = schemas.value(collection);
        DocumentChecker::Context context;
        context.config = &options.config;
        context.schema = &schema;
        context.permalinks = &index;
        context.relativePath = relative;
        QVector<LinkVerdict> verdicts;
        problems += DocumentChecker::check(document, context, &verdicts);
        // Two documents at one URL: Jekyll writes one over the other.
        const QString url = index.permalink(relative).url;
        if (!url.isEmpty() && index.documentsAt(url).size() > 1) {
            Problem p;
            p.severity = Problem::Severity::Error;
            p.code = QStringLiteral("permalink-duplicate");
            p.message = tr("%1 is also the address of %2").arg(url, index.documentsAt(url).join(tr(", ")));
            p.file = relative;
            problems.append(p);
        }
        for (const LinkVerdict& verdict : verdicts) {
            const QString written = verdict.link.url.trimmed();
            if (written.isEmpty() || linkIndex.contains(written))
                continue;
            LinkEntry entry;
            entry.url = written;
            entry.file = relative;
            entry.line = verdict.link.line;
            entry.message = verdict.message;
            switch (verdict.status) {
            case LinkVerdict::Status::Ok:
                entry.status = QStringLiteral("ok");
                break;
            case LinkVerdict::Status::Broken:
                entry.status = QStringLiteral("broken");
                break;
            case LinkVerdict::Status::Skipped:
                entry.status = QStringLiteral("skipped");
                break;
            case LinkVerdict::Status::External:
                entry.status = QStringLiteral("skipped");
                if (offline) {
                    entry.message = tr("not checked (--offline)");
                } else {
                    const QUrl target(written.startsWith(QLatin1String("//")) ? QStringLiteral("https:") + written
                                                                              : written);
                    const QString key = target.toString();
                    if (!externalEntries.contains(key))
                        external.append(target);
                    externalEntries[key].append(int(links.size()));
                }
                break;
            }
            linkIndex.insert(written, int(links.size()));
            links.append(entry);
        }
    }

    // The web, politely: a few connections per host, retries, redirects followed.
    if (!external.isEmpty()) {
        for (const LinkCheck& result : LinkChecker::checkAll(external, LinkChecker::Options())) {
            const QString key = result.url.toString();
            const QString status = LinkCheck::statusName(result.status);
            for (const int i : externalEntries.value(key)) {
                LinkEntry& entry = links[i];
                entry.status = status;
                entry.httpStatus = result.httpStatus;
                entry.message = result.message;
                Problem p;
                if (result.toProblem(entry.url, entry.file, entry.line, &p))
                    problems.append(p);
            }
        }
    }

    int errors = 0;
    for (const Problem& p : problems)
        errors += p.severity == Problem::Severity::Error;
    if (options.json) {
        QVector<YamlValue> linkValues;
        for (const LinkEntry& entry : links) {
            linkValues.append(YamlValue::fromMap({
                {text(QStringLiteral("url")), text(entry.url)},
                {text(QStringLiteral("status")), text(entry.status)},
                {text(QStringLiteral("http_status")),
                 entry.httpStatus ? YamlValue::fromInteger(entry.httpStatus) : YamlValue()},
                {text(QStringLiteral("message")), entry.message.isEmpty() ? YamlValue() : text(entry.message)},
                {text(QStringLiteral("file")), text(entry.file)},
                {text(QStringLiteral("line")), entry.line ? YamlValue::fromInteger(entry.line) : YamlValue()},
            }));
        }
        QVector<YamlValue> problemValues;
        for (const Problem& p : problems) {
            problemValues.append(YamlValue::fromMap({
                {text(QStringLiteral("severity")), text(Problem::severityName(p.severity))},
                {text(QStringLiteral("code")), text(p.code)},
                {text(QStringLiteral("message")), text(p.message)},
                {text(QStringLiteral("file")), text(p.file)},
                {text(QStringLiteral("field")), p.field.isEmpty() ? YamlValue() : text(p.field)},
                {text(QStringLiteral("line")), p.line ? YamlValue::fromInteger(p.line) : YamlValue()},
                {text(QStringLiteral("column")), p.column ? YamlValue::fromInteger(p.column) : YamlValue()},
                {text(QStringLiteral("fix")), p.fix.isEmpty() ? YamlValue() : text(p.fix)},
            }));
        }
        QByteArray json;
        Diagnostic error;
        if (!YamlJson::write(
                YamlValue::fromMap({{text(QStringLiteral("links")), YamlValue::fromList(linkValues)},
                                    {text(QStringLiteral("problems")), YamlValue::fromList(problemValues)}}),
                &json, &error)) {
            err << "eventdesk-cli check: " << error.message << '\n';
            return 2;
        }
        out << QString::fromUtf8(json) << '\n';
    } else {
        for (const Problem& p : problems) {
            out << location(p) << ": " << Problem::severityName(p.severity) << ": " << p.message << " [" << p.code
                << ']';
            if (!p.fix.isEmpty())
                out << " (fix: " << p.fix << ')';
            out << '\n';
        }
        int broken = 0;
        for (const LinkEntry& entry : links)
            broken += entry.status == QLatin1String("broken");
        out << targets.size() << " document(s), " << problems.size() << " problem(s), " << errors << " error(s); "
            << links.size() << " link(s), " << broken << " broken\n";
    }
    return errors > 0 ? 1 : 0;
}

} // namespace EventDesk
