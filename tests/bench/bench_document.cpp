// Measures how fast event files are read and written: every Markdown file of a folder (the
// corpus) read and reassembled many times, its front matters written whole by the house-style
// writer, one key of each set surgically, and one large synthetic front matter read, edited and
// written. Run by hand:
//   build/tests/bench/bench_document [FOLDER]
// Prints wall-clock times and the process's peak memory; asserts nothing.

#include "document/eventdocument.h"

#include "peakmemory.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace EventDesk;

namespace {

QByteArray syntheticEvent(int items)
{
    QByteArray text = "---\ntitle: 'Évènement de test : une très longue liste'\ndate: 2023-01-26 15:31:00 +01:00\n"
                      "champs_informations:\n";
    for (int i = 0; i < items; ++i) {
        text += "- intitule: Horaires " + QByteArray::number(i)
            + "\n  contenu: 'Entrée libre : de 14 h à 18 h, "
              "dans la limite des places disponibles'\n  lien: https://example.org/inscription/"
            + QByteArray::number(i) + "\n";
    }
    return text + "---\n\nLe corps du texte.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const QString folder = app.arguments().value(1);
    if (!folder.isEmpty()) {
        QVector<QByteArray> files;
        QDirIterator it(folder, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                        QDirIterator::Subdirectories);
        qint64 bytes = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            files.append(file.readAll());
            bytes += files.last().size();
        }
        const int rounds = 50;
        QElapsedTimer timer;
        timer.start();
        int identical = 0;
        for (int round = 0; round < rounds; ++round) {
            for (const QByteArray& bytes : files)
                identical += EventDocument::fromBytes(bytes).toBytes() == bytes;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        out << files.size() << " files, " << bytes / 1024 << " KiB: read and reassembled " << rounds << " times in "
            << ms << " ms (" << ms / (rounds * files.size()) * 1000 << " us per file), " << identical << "/"
            << rounds * files.size() << " identical\n";

        QVector<EventDocument> documents;
        for (const QByteArray& bytes : files)
            documents.append(EventDocument::fromBytes(bytes));
        timer.restart();
        identical = 0;
        for (int round = 0; round < rounds; ++round) {
            for (const EventDocument& document : documents)
                identical += document.reemittedBytes() == document.toBytes();
        }
        const double reemitMs = double(timer.nsecsElapsed()) / 1e6;
        out << "front matters written whole (style detected once per file) " << rounds << " times: " << reemitMs
            << " ms (" << reemitMs / (rounds * files.size()) * 1000 << " us per file), " << identical << "/"
            << rounds * files.size() << " identical\n";

        timer.restart();
        int edited = 0;
        for (int round = 0; round < rounds; ++round) {
            for (EventDocument document : documents) {
                QString error;
                edited +=
                    document.setValue(QStringLiteral("lieu"), YamlValue::fromString(QStringLiteral("Salle 2")), &error);
            }
        }
        const double setMs = double(timer.nsecsElapsed()) / 1e6;
        out << "lieu set surgically (written, read back and checked) " << rounds << " times: " << setMs << " ms ("
            << setMs / (rounds * files.size()) * 1000 << " us per file), " << edited << " edits\n";
    }

    for (int items : {1000, 10000, 40000}) {
        const QByteArray text = syntheticEvent(items);
        QElapsedTimer timer;
        timer.start();
        const EventDocument document = EventDocument::fromBytes(text);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        out << "synthetic front matter, " << items << " list items, " << text.size() / 1024 << " KiB: read in " << ms
            << " ms, status " << int(document.status()) << ", identical " << (document.toBytes() == text);
        timer.restart();
        const QByteArray written = document.reemittedBytes();
        out << "; written whole in " << double(timer.nsecsElapsed()) / 1e6 << " ms, identical " << (written == text);
        EventDocument copy = document;
        QString error;
        timer.restart();
        const bool set =
            copy.setValue(QStringLiteral("title"), YamlValue::fromString(QStringLiteral("Autre titre")), &error);
        out << "; title set in " << double(timer.nsecsElapsed()) / 1e6 << " ms ("
            << (set ? QStringLiteral("ok") : error) << ")\n";
    }
    out << "peak memory: " << Bench::peakKilobytes() / 1024 << " MiB\n";
    return 0;
}
