#include "siteoptions.h"

#include <QTextStream>

namespace EventDesk {

bool SiteOptions::parse(const QStringList& arguments, const QStringList& flags, QTextStream& err)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--format") || argument == QLatin1String("--collection")
            || argument == QLatin1String("--title")) {
            if (i + 1 >= arguments.size()) {
                err << "eventdesk-cli " << command << ": " << argument << " needs a value\n";
                return false;
            }
            const QString value = arguments.at(++i);
            if (argument == QLatin1String("--collection")) {
                collection = value;
            } else if (argument == QLatin1String("--title")) {
                title = value;
            } else if (value == QLatin1String("json") || value == QLatin1String("text")) {
                json = value == QLatin1String("json");
            } else {
                err << "eventdesk-cli " << command << ": --format is text or json, not \"" << value << "\"\n";
                return false;
            }
        } else if (argument.startsWith(QLatin1String("--format="))) {
            return parse(QStringList{QStringLiteral("--format"), argument.mid(9)} + arguments.mid(i + 1), flags, err);
        } else if (flags.contains(argument)) {
            rest.append(argument);
        } else if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            err << "eventdesk-cli " << command << ": unknown option " << argument << '\n';
            return false;
        } else if (site.isEmpty()) {
            site = argument;
        } else {
            rest.append(argument);
        }
    }
    if (site.isEmpty()) {
        err << "eventdesk-cli " << command << ": which site? Give the folder that holds its _config.yml\n";
        return false;
    }
    QString error;
    if (!SiteConfig::load(site, &config, &error) || !EditorSettings::load(config.root(), &settings, &error)) {
        err << error << '\n';
        return false;
    }
    return true;
}

const CollectionConfig* SiteOptions::requireCollection(QTextStream& err) const
{
    const CollectionConfig* found = config.collection(collection);
    if (found)
        return found;
    QStringList names;
    for (const CollectionConfig& c : config.collections())
        names.append(c.name);
    if (collection.isEmpty())
        err << "eventdesk-cli " << command
            << ": --collection NAME is needed (the site has: " << names.join(QStringLiteral(", ")) << ")\n";
    else
        err << "eventdesk-cli " << command << ": the site has no collection \"" << collection
            << "\" (it has: " << names.join(QStringLiteral(", ")) << ")\n";
    return nullptr;
}

} // namespace EventDesk
