#include "rendercommand.h"

#include "document/eventdocument.h"
#include "render/eventpage.h"
#include "render/markdownrenderer.h"
#include "site/editorsettings.h"
#include "site/siteconfig.h"
#include "site/siteindex.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace EventDesk {

namespace {

const char usageText[] = "Usage: eventdesk-cli render [--body-only] FILE\n";

// The schema of the collection the file belongs to, or of the file alone when it is in none.
CollectionSchema schemaFor(const EventDocument& document, const SiteConfig& config, const EditorSettings& settings)
{
    QString collection;
    if (!config.root().isEmpty() && SiteScanner::collectionOf(config, document.path(), &collection)
        && !collection.isEmpty())
        return SiteScanner::schema(config, settings, collection);
    SchemaBuilder builder;
    builder.addDocument(document.frontMatter());
    return builder.build(config, QString(), settings);
}

} // namespace

int RenderCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    bool bodyOnly = false;
    QStringList files;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << usageText
                << "\nPrints the preview of FILE as HTML: the event page as the site shows it (image, dates in\n"
                   "the site's language and time zone, title, lead, practical information, body, other\n"
                   "fields), local images as file: URLs, nothing fetched from the network. --body-only\n"
                   "prints the body's HTML alone, URLs as written.\n";
            return 0;
        }
        if (argument == QLatin1String("--body-only")) {
            bodyOnly = true;
        } else if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            err << "eventdesk-cli render: unknown option " << argument << '\n' << usageText;
            return 2;
        } else {
            files.append(argument);
        }
    }
    if (files.size() != 1) {
        err << usageText;
        return 2;
    }
    const QString path = files.first();
    const EventDocument document = EventDocument::load(path);
    if (document.status() != EventDocument::Status::Ok) {
        err << document.error().format(path) << '\n';
        return 2;
    }
    for (const Diagnostic& warning : document.warnings())
        err << warning.format(path) << '\n';
    if (bodyOnly) {
        out << MarkdownRenderer::render(document.body(), document.bodyLine()).html;
        return 0;
    }
    SiteConfig config;
    EditorSettings settings;
    const QString site = SiteConfig::siteRootOf(path);
    QString error;
    if (!site.isEmpty()
        && (!SiteConfig::load(site, &config, &error) || !EditorSettings::load(config.root(), &settings, &error))) {
        err << error << '\n';
        return 2;
    }
    out << EventPage::build(document, schemaFor(document, config, settings), config);
    return 0;
}

} // namespace EventDesk
