// Lists a synthetic site of many events, as `eventdesk-cli list` does: reads the configuration,
// finds the documents, reads every front matter on all cores and gathers the schema. Run by hand:
//   build/tests/bench/bench_index [EVENTS] [RUNS]
// (10,000 events and 5 runs by default). Prints each run's wall time, their median and the
// process's peak memory; asserts nothing.

#include "site/siteindex.h"

#include "peakmemory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace EventDesk;

namespace {

// An event shaped like the reference site's: about 1.5 KB of front matter and 2 KB of body.
QByteArray event(int i)
{
    const QByteArray n = QByteArray::number(i);
    QByteArray text = "---\ntitle: 'Atelier numérique n° " + n
        + " : écrire des pages claires pour tous les usagers'\ndate: 2023-01-26 15:31:00 +01:00\n"
          "categories:\n- Atelier\n- Webinaire d'information\ntags:\n- Formation\n- Accessibilité\n"
          "chapeau-text: \"Une matinée pour apprendre à écrire des pages claires, lisibles et utiles à tous. "
          "\\n\\nInscription gratuite, places limitées.\"\nune-ou-diaporama:\n- image: \"/uploads/atelier-"
        + n + ".png\"\n  alternative-textuelle: Une salle de formation\nevent_start_date: 2023-0"
        + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10)
        + " 09:30:00 +01:00\nevent_end_date: 2023-01-31 12:00:00 +01:00\nlieu: Salle " + QByteArray::number(i % 40)
        + "\nadresse: '20 avenue de Ségur, 75007 Paris '\nchamps_informations:\n- intitule: Horaires\n  contenu: "
          "9h30 - 12h\n- intitule: Inscription\n  contenu: Obligatoire\n  lien: https://example.org/inscription/"
        + n + "\n---\n\n";
    for (int p = 0; p < 8; ++p)
        text += "Le corps du texte, un paragraphe de présentation de l'atelier avec un [lien](https://example.org) "
                "et du **gras**, assez long pour peser.\n\n";
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int events = app.arguments().value(1, QStringLiteral("10000")).toInt();
    const int runs = qMax(1, app.arguments().value(2, QStringLiteral("5")).toInt());

    QTemporaryDir dir;
    const QDir root(dir.path());
    QFile config(root.filePath(QStringLiteral("_config.yml")));
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    config.write("title: Banc d'essai\ntimezone: Europe/Paris\ncollections:\n  evenements:\n    output: true\n    "
                 "permalink: /agenda/:title/\ndefaults:\n- scope:\n    type: evenements\n  values:\n    layout: "
                 "evenement\n    lieu:\n");
    config.close();
    root.mkpath(QStringLiteral("_evenements"));
    qint64 bytes = 0;
    for (int i = 0; i < events; ++i) {
        QFile file(root.filePath(QStringLiteral("_evenements/atelier-%1.markdown").arg(i, 5, 10, QLatin1Char('0'))));
        const QByteArray text = event(i);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return 1;
        bytes += text.size();
    }
    out << events << " events, " << bytes / (1024 * 1024) << " MiB, " << QThread::idealThreadCount() << " cores\n";
    out.flush();

    QVector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        SiteConfig site;
        QString error;
        if (!SiteConfig::load(dir.path(), &site, &error))
            return 1;
        const SiteScanner::Result result = SiteScanner::scan(site, EditorSettings());
        const CollectionSchema schema = result.schemas.value(QStringLiteral("evenements"))
                                            .build(site, QStringLiteral("evenements"), EditorSettings());
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        times.append(ms);
        out << "run " << run + 1 << ": " << ms << " ms, " << result.entries.size() << " listed, "
            << schema.fields.size() << " fields\n";
        out.flush();
    }
    std::sort(times.begin(), times.end());
    out << "median: " << times.at(times.size() / 2) << " ms; peak memory: " << Bench::peakKilobytes() / 1024
        << " MiB\n";
    return 0;
}
