#include "setcommand.h"

#include "document/eventdocument.h"
#include "document/yamlparser.h"
#include "site/siteindex.h"

#include <QFileInfo>
#include <QIODevice>
#include <QTextStream>

namespace EventDesk {

namespace {

const char usageText[] = "Usage: eventdesk-cli set FILE KEY=YAML... [--in-place]\n";

struct Assignment
{
    QString key;
    QString yaml;
};

// The field order of the collection the file belongs to, empty when it is in no site or the
// site does not read.
QStringList schemaOrder(const QString& path)
{
    const QString root = SiteConfig::siteRootOf(path);
    SiteConfig config;
    EditorSettings settings;
    QString error;
    if (root.isEmpty() || !SiteConfig::load(root, &config, &error) || !EditorSettings::load(root, &settings, &error))
        return QStringList();
    QString collection;
    if (!SiteScanner::collectionOf(config, path, &collection) || collection.isEmpty())
        return QStringList();
    return SiteScanner::schema(config, settings, collection).order();
}

} // namespace

int SetCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.size() == 1
        && (arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h"))) {
        out << usageText
            << "\nSets top-level keys of FILE's front matter, changing only their lines. YAML is read as\n"
               "YAML: lieu='Salle 2', event_start_date='2023-01-31 16:30:00 +01:00',\n"
               "categories='[Atelier, Webinaire]'. KEY= with nothing removes the key. Arguments after\n"
               "-- are not options, for a KEY that starts with -.\n";
        return 0;
    }
    QString path;
    bool inPlace = false;
    QVector<Assignment> assignments;
    bool options = true; // `--` ends them: KEY may start with `-`
    for (const QString& argument : arguments) {
        if (options && argument == QLatin1String("--")) {
            options = false;
        } else if (options && argument == QLatin1String("--in-place")) {
            inPlace = true;
        } else if (options && argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            err << "eventdesk-cli set: unknown option " << argument << '\n';
            return 2;
        } else if (path.isEmpty()) {
            path = argument;
        } else {
            const int equals = int(argument.indexOf(QLatin1Char('=')));
            if (equals <= 0) {
                err << "eventdesk-cli set: \"" << argument << "\" is not KEY=YAML\n";
                return 2;
            }
            assignments.append(Assignment{argument.left(equals), argument.mid(equals + 1)});
        }
    }
    if (path.isEmpty() || assignments.isEmpty()) {
        err << usageText;
        return 2;
    }

    // Every value is read before the file is touched.
    QVector<YamlValue> values;
    for (const Assignment& assignment : assignments) {
        YamlDocument parsed;
        Diagnostic error;
        if (!assignment.yaml.isEmpty() && !YamlParser::parse(assignment.yaml.toUtf8(), &parsed, &error)) {
            err << "eventdesk-cli set: the value of " << assignment.key
                << " is not valid YAML: " << error.format(QStringLiteral("<value>")) << '\n';
            return 2;
        }
        values.append(parsed.root);
    }

    EventDocument document = EventDocument::load(path);
    if (document.status() != EventDocument::Status::Ok) {
        err << document.error().format(path) << '\n';
        return 2;
    }
    // New keys go where the site's schema puts them, when the file is in a site.
    const QStringList order = schemaOrder(path);
    for (int i = 0; i < assignments.size(); ++i) {
        const Assignment& assignment = assignments.at(i);
        QString error;
        const bool done = assignment.yaml.isEmpty() ? document.removeKey(assignment.key, &error)
                                                    : document.setValue(assignment.key, values.at(i), order, &error);
        if (!done) {
            err << path << ": " << assignment.key << ": " << error << '\n';
            return 2;
        }
    }
    if (inPlace) {
        QString error;
        if (!document.save(path, &error)) {
            err << error << '\n';
            return 2;
        }
        return 0;
    }
    // The bytes as they are (a byte order mark included), not through text decoding.
    const QByteArray bytes = document.toBytes();
    out.flush();
    if (out.device())
        out.device()->write(bytes);
    else
        out << QString::fromUtf8(bytes);
    return 0;
}

} // namespace EventDesk
