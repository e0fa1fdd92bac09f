#include "newcommand.h"

#include "document/yamlparser.h"
#include "site/newdocument.h"
#include "site/siteindex.h"
#include "siteoptions.h"

#include <QTextStream>

namespace EventDesk {

namespace {

const char usageText[] = "Usage: eventdesk-cli new SITE --collection NAME --title TITLE [KEY=YAML...]\n";

} // namespace

int NewCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out << usageText
            << "\nCreates a document in the collection: the title, today's date in the site's time zone,\n"
               "the values given as KEY=YAML, and the defaults most of the collection's files write.\n"
               "The file is named from the title as the site's files are; an existing file is never\n"
               "replaced. Prints the new file's path and the URL it will be published at.\n";
        return 0;
    }
    SiteOptions options;
    options.command = QStringLiteral("new");
    if (!options.parse(arguments, {}, err)) {
        err << usageText;
        return 2;
    }
    if (!options.requireCollection(err))
        return 2;
    if (options.title.trimmed().isEmpty()) {
        err << "eventdesk-cli new: --title TITLE is needed\n" << usageText;
        return 2;
    }
    NewDocument document;
    document.collection = options.collection;
    document.title = options.title;
    for (const QString& assignment : options.rest) {
        const int equals = int(assignment.indexOf(QLatin1Char('=')));
        if (equals <= 0) {
            err << "eventdesk-cli new: \"" << assignment << "\" is not KEY=YAML\n" << usageText;
            return 2;
        }
        YamlDocument parsed;
        Diagnostic error;
        if (!YamlParser::parse(assignment.mid(equals + 1).toUtf8(), &parsed, &error)) {
            err << "eventdesk-cli new: the value of " << assignment.left(equals)
                << " is not valid YAML: " << error.format(QStringLiteral("<value>")) << '\n';
            return 2;
        }
        document.values.append({assignment.left(equals), parsed.root});
    }
    const CollectionSchema schema = SiteScanner::schema(options.config, options.settings, options.collection);
    NewDocument::Result result;
    QString error;
    if (!document.create(options.config, options.settings, schema, &result, &error)) {
        err << "eventdesk-cli new: " << error << '\n';
        return 2;
    }
    out << result.relativePath << '\n';
    if (!result.url.isEmpty())
        out << result.url << '\n';
    return 0;
}

} // namespace EventDesk
