#include "commandline.h"

#include "checkcommand.h"
#include "dumpcommand.h"
#include "exportcommand.h"
#include "listcommand.h"
#include "newcommand.h"
#include "rendercommand.h"
#include "roundtripcommand.h"
#include "schemacommand.h"
#include "setcommand.h"
#include "slugcommand.h"

#include <QTextStream>

namespace EventDesk {

QString CommandLine::usage()
{
    return QStringLiteral("Usage: eventdesk-cli COMMAND [OPTIONS] ARGUMENTS\n"
                          "\n"
                          "Reads and checks the event pages of a Jekyll site as Jekyll reads them.\n"
                          "\n"
                          "Commands:\n"
                          "  dump FILE                 print the front matter of FILE as one JSON object, keys in\n"
                          "                            file order (datetimes \"YYYY-MM-DDTHH:MM:SS+HH:MM\", dates\n"
                          "                            \"YYYY-MM-DD\")\n"
                          "  roundtrip [--reemit] FILE...\n"
                          "                            load and save each FILE in memory; print each file that\n"
                          "                            differs with a unified diff; exit 1 if any differs.\n"
                          "                            --reemit writes the whole front matter from its data\n"
                          "  set FILE KEY=YAML... [--in-place]\n"
                          "                            set top-level keys, changing only their lines; KEY= with\n"
                          "                            nothing removes the key; prints the new file unless\n"
                          "                            --in-place\n"
                          "  render [--body-only] FILE print the preview of FILE as HTML: the event page with its\n"
                          "                            front matter, or --body-only the body alone\n"
                          "  list [--format text|json] SITE [--collection NAME]\n"
                          "                            the site's documents: dates, title, state, errors\n"
                          "  schema [--format text|json] SITE --collection NAME\n"
                          "                            a collection's fields, roles and known values, and\n"
                          "                            where the defaults and the files disagree\n"
                          "  check [--offline] [--format text|json] SITE [FILE...]\n"
                          "                            problems and links of the site's documents (or FILEs);\n"
                          "                            exit 1 when something is at error level\n"
                          "  new SITE --collection NAME --title TITLE [KEY=YAML...]\n"
                          "                            create a document named and written as the site's are;\n"
                          "                            print its path and URL\n"
                          "  export SITE --out DIR [--patch FILE] [--base DIR] [--author \"NAME <EMAIL>\"]\n"
                          "                            the changed files (against git HEAD or --base DIR) in\n"
                          "                            DIR, and as a patch for git am / git apply\n"
                          "  slug [--style siteleaf|clean] [--site SITE --collection NAME] TITLE\n"
                          "                            print the file name (without extension) a document with\n"
                          "                            this TITLE gets: as Siteleaf names it, or --style clean\n"
                          "                            (French words, only a-z, 0-9 and -)\n"
                          "\n"
                          "Options:\n"
                          "  -h, --help                show this help\n"
                          "  -v, --version             show the version\n"
                          "\n"
                          "Exit status: 0 success, 1 differences found, 2 usage or input error.\n"
                          "Errors are printed as FILE:LINE:COLUMN: message.\n");
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.isEmpty()) {
        err << usage();
        return 2;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        out << usage();
        return 0;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out << "eventdesk-cli " << QStringLiteral(EVENTDESK_VERSION) << '\n';
        return 0;
    }
    if (command == QLatin1String("dump"))
        return DumpCommand::run(rest, out, err);
    if (command == QLatin1String("roundtrip"))
        return RoundtripCommand::run(rest, out, err);
    if (command == QLatin1String("set"))
        return SetCommand::run(rest, out, err);
    if (command == QLatin1String("render"))
        return RenderCommand::run(rest, out, err);
    if (command == QLatin1String("list"))
        return ListCommand::run(rest, out, err);
    if (command == QLatin1String("schema"))
        return SchemaCommand::run(rest, out, err);
    if (command == QLatin1String("check"))
        return CheckCommand::run(rest, out, err);
    if (command == QLatin1String("new"))
        return NewCommand::run(rest, out, err);
    if (command == QLatin1String("export"))
        return ExportCommand::run(rest, out, err);
    if (command == QLatin1String("slug"))
        return SlugCommand::run(rest, out, err);
    err << "eventdesk-cli: unknown command \"" << command << "\"; see eventdesk-cli --help\n";
    return 2;
}

} // namespace EventDesk
