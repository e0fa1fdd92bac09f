#include "roundtripcommand.h"

#include "document/eventdocument.h"
#include "vcs/unifieddiff.h"

#include <QTextStream>

namespace EventDesk {

int RoundtripCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.size() == 1
        && (arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h"))) {
        out << "Usage: eventdesk-cli roundtrip [--reemit] FILE...\n";
        return 0;
    }
    QStringList files;
    bool reemit = false;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--reemit")) {
            reemit = true;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            err << "eventdesk-cli roundtrip: unknown option " << argument << '\n';
            return 2;
        }
        files.append(argument);
    }
    if (files.isEmpty()) {
        err << "Usage: eventdesk-cli roundtrip [--reemit] FILE...\n";
        return 2;
    }
    bool differs = false;
    bool failed = false;
    for (const QString& path : files) {
        QByteArray original;
        Diagnostic error;
        if (!EventDocument::readFile(path, &original, &error)) {
            err << error.format(path) << '\n';
            failed = true;
            continue;
        }
        const EventDocument document = EventDocument::fromBytes(original, path);
        if (document.status() != EventDocument::Status::Ok) {
            err << document.error().format(path) << '\n';
            failed = true;
            continue;
        }
        const QByteArray saved = reemit ? document.reemittedBytes() : document.toBytes();
        if (saved != original) {
            differs = true;
            out << path << " differs\n";
            out << QString::fromUtf8(UnifiedDiff::diff(original, saved, path, path));
        }
    }
    if (failed)
        return 2;
    return differs ? 1 : 0;
}

} // namespace EventDesk
