#include "dumpcommand.h"

#include "commandline.h"
#include "document/eventdocument.h"
#include "document/yamljson.h"

#include <QTextStream>

namespace EventDesk {

int DumpCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.size() == 1
        && (arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h"))) {
        out << "Usage: eventdesk-cli dump FILE\n";
        return 0;
    }
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        err << "Usage: eventdesk-cli dump FILE\n";
        return 2;
    }
    const QString path = arguments.first();
    const EventDocument document = EventDocument::load(path);
    if (document.status() != EventDocument::Status::Ok) {
        err << document.error().format(path) << '\n';
        return 2;
    }
    for (const Diagnostic& warning : document.warnings())
        err << warning.format(path) << '\n';
    if (!document.hasFrontMatter())
        err << path << ": warning: no front matter (the file does not start with a --- line)\n";
    QByteArray json;
    Diagnostic error;
    if (!YamlJson::write(document.frontMatter(), &json, &error)) {
        err << error.format(path) << '\n';
        return 2;
    }
    out << QString::fromUtf8(json) << '\n';
    return 0;
}

} // namespace EventDesk
