#include "listcommand.h"

#include "document/yamljson.h"
#include "site/siteindex.h"
#include "siteoptions.h"

#include <QTextStream>

namespace EventDesk {

namespace {

const char usageText[] = "Usage: eventdesk-cli list [--format text|json] SITE [--collection NAME]\n";

// A date as a list shows it: `2023-01-31 16:30` in the offset it was written with.
QString shortDate(const YamlValue& value)
{
    if (value.type() == YamlValue::Type::DateTime)
        return value.toDateTime().toYamlString().left(16);
    if (value.type() == YamlValue::Type::Date)
        return value.toDate().toIsoString();
    return value.isNull() ? QString() : value.rubyString();
}

YamlValue text(const QString& value)
{
    return YamlValue::fromString(value);
}

YamlValue entryJson(const IndexEntry& entry)
{
    QVector<YamlMapEntry> fields{
        {text(QStringLiteral("path")), text(entry.relativePath)},
        {text(QStringLiteral("collection")), entry.collection.isEmpty() ? YamlValue() : text(entry.collection)},
        {text(QStringLiteral("title")), entry.title.isEmpty() ? YamlValue() : text(entry.title)},
        {text(QStringLiteral("date")), entry.date},
        {text(QStringLiteral("start")), entry.start},
        {text(QStringLiteral("end")), entry.end},
    };
    QVector<YamlValue> categories;
    for (const QString& category : entry.categories)
        categories.append(text(category));
    fields.append({text(QStringLiteral("categories")), YamlValue::fromList(categories)});
    fields.append({text(QStringLiteral("published")), YamlValue::fromBool(entry.published)});
    fields.append({text(QStringLiteral("draft")), YamlValue::fromBool(entry.draft)});
    fields.append({text(QStringLiteral("error")), entry.hasError ? text(entry.error) : YamlValue()});
    return YamlValue::fromMap(fields);
}

} // namespace

int ListCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out << usageText
            << "\nLists the documents of each collection (posts and drafts included) and the pages, with\n"
               "their start (or publication) date, title and state: draft, unpublished, or the error that\n"
               "keeps the file from being read.\n";
        return 0;
    }
    SiteOptions options;
    options.command = QStringLiteral("list");
    if (!options.parse(arguments, {}, err)) {
        err << usageText;
        return 2;
    }
    if (!options.rest.isEmpty()) {
        err << "eventdesk-cli list: unexpected argument " << options.rest.first() << '\n' << usageText;
        return 2;
    }
    if (!options.collection.isEmpty() && !options.requireCollection(err))
        return 2;
    const QVector<SiteScanner::Source> sources = options.collection.isEmpty()
        ? SiteScanner::sources(options.config)
        : SiteScanner::sources(options.config, options.collection);
    const SiteScanner::Result result = SiteScanner::scan(options.config, options.settings, sources);
    if (options.json) {
        QVector<YamlValue> items;
        for (const IndexEntry& entry : result.entries)
            items.append(entryJson(entry));
        QByteArray json;
        Diagnostic error;
        if (!YamlJson::write(YamlValue::fromList(items), &json, &error)) {
            err << "eventdesk-cli list: " << error.message << '\n';
            return 2;
        }
        out << QString::fromUtf8(json) << '\n';
        return 0;
    }
    for (const IndexEntry& entry : result.entries) {
        QStringList state;
        if (entry.draft)
            state.append(QStringLiteral("draft"));
        if (!entry.published)
            state.append(QStringLiteral("unpublished"));
        const QString collection = entry.collection.isEmpty() ? QStringLiteral("(page)") : entry.collection;
        out << collection.leftJustified(12) << "  " << shortDate(entry.sortDate()).leftJustified(16) << "  "
            << entry.relativePath;
        if (entry.hasError)
            out << "  ERROR " << entry.error.mid(entry.relativePath.size() + 1);
        else
            out << "  " << entry.title;
        if (!state.isEmpty())
            out << "  [" << state.join(QStringLiteral(", ")) << ']';
        out << '\n';
    }
    return 0;
}

} // namespace EventDesk
