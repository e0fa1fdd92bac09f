#include "slugcommand.h"

#include "site/editorsettings.h"
#include "site/permalink.h"
#include "site/siteconfig.h"
#include "site/slug.h"

#include <QTextStream>

namespace EventDesk {

namespace {

const char usageText[] = "Usage: eventdesk-cli slug [--style siteleaf|clean] [--site SITE --collection NAME] TITLE\n";

} // namespace

int SlugCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.size() == 1
        && (arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h"))) {
        out << usageText
            << "\nPrints the file name, without extension, that a document with this TITLE gets.\n"
               "--style siteleaf (the default) names it as Siteleaf does: \"Atelier #2 : 100%\" ->\n"
               "atelier-number-2-100-percent. --style clean gives French words and only a-z, 0-9\n"
               "and hyphens: atelier-numero-2-100-pourcent. With --site and --collection, a second line\n"
               "gives the URL the document will have. A title that starts with - follows --.\n";
        return 0;
    }
    QString style = QStringLiteral("siteleaf");
    bool styleGiven = false;
    QString site, collection;
    QStringList titles;
    bool options = true;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (options && argument == QLatin1String("--")) {
            options = false;
        } else if (options && argument == QLatin1String("--style")) {
            if (i + 1 == arguments.size()) {
                err << "eventdesk-cli slug: --style needs a value (siteleaf or clean)\n";
                return 2;
            }
            style = arguments.at(++i);
            styleGiven = true;
        } else if (options && argument.startsWith(QLatin1String("--style="))) {
            style = argument.mid(8);
            styleGiven = true;
        } else if (options && (argument == QLatin1String("--site") || argument == QLatin1String("--collection"))) {
            if (i + 1 == arguments.size()) {
                err << "eventdesk-cli slug: " << argument << " needs a value\n";
                return 2;
            }
            (argument == QLatin1String("--site") ? site : collection) = arguments.at(++i);
        } else if (options && argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            err << "eventdesk-cli slug: unknown option " << argument << '\n';
            return 2;
        } else {
            titles.append(argument);
        }
    }
    if (style != QLatin1String("siteleaf") && style != QLatin1String("clean")) {
        err << "eventdesk-cli slug: unknown style \"" << style << "\" (siteleaf or clean)\n";
        return 2;
    }
    if (titles.size() != 1) {
        err << usageText << (titles.size() > 1 ? "Quote the title: it is one argument.\n" : "");
        return 2;
    }
    if (site.isEmpty() != collection.isEmpty()) {
        err << "eventdesk-cli slug: --site and --collection go together\n";
        return 2;
    }
    SiteConfig config;
    const CollectionConfig* target = nullptr;
    if (!site.isEmpty()) {
        QString error;
        EditorSettings settings;
        if (!SiteConfig::load(site, &config, &error) || !EditorSettings::load(config.root(), &settings, &error)) {
            err << error << '\n';
            return 2;
        }
        target = config.collection(collection);
        if (!target) {
            err << "eventdesk-cli slug: the site has no collection \"" << collection << "\"\n";
            return 2;
        }
        if (!styleGiven)
            style = settings.slugStyle(collection); // the site's choice in .eventdesk.yml
    }
    const QString slug = style == QLatin1String("clean") ? Slug::clean(titles.first()) : Slug::siteleaf(titles.first());
    if (slug.isEmpty()) {
        err << "eventdesk-cli slug: nothing in \"" << titles.first() << "\" can make a file name\n";
        return 2;
    }
    if (!target) {
        out << slug << '\n';
        return 0;
    }
    // The URL of a document of that name with only a title (and now as its date).
    const QString path = target->folder + QLatin1Char('/') + slug + QStringLiteral(".md");
    const Permalink permalink = Permalinks(config).resolve(
        path, collection,
        YamlValue::fromMap({{YamlValue::fromString(QStringLiteral("title")), YamlValue::fromString(titles.first())}}));
    out << slug << '\n';
    if (permalink.status == Permalink::Status::NoOutput)
        out << "(not published: the collection has output: false)\n";
    else if (!permalink.url.isEmpty())
        out << permalink.url << '\n';
    else
        out << "(no URL: " << permalink.message << ")\n";
    return 0;
}

} // namespace EventDesk
