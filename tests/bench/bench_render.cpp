// Renders one file's body many times, as the preview does while the user types. Run by hand:
//   build/tests/bench/bench_render [FILE] [RUNS]
// Without FILE, the largest Markdown body under $EVENTDESK_CORPUS (or ../shared/corpus). Prints
// the median and the fastest time of RUNS renderings (1000 by default); asserts nothing.

#include "document/eventdocument.h"
#include "render/markdownrenderer.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace EventDesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString path = app.arguments().value(1);
    const int runs = qMax(1, app.arguments().value(2, QStringLiteral("1000")).toInt());
    if (path.isEmpty()) {
        const QString root = qEnvironmentVariable("EVENTDESK_CORPUS", QStringLiteral("../shared/corpus"));
        qsizetype largest = -1;
        QDirIterator it(root, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString candidate = it.next();
            const qsizetype size = EventDocument::load(candidate).body().size();
            if (size > largest) {
                largest = size;
                path = candidate;
            }
        }
        if (path.isEmpty()) {
            out << "no file given and no corpus found under " << root << '\n';
            return 2;
        }
    }
    const EventDocument document = EventDocument::load(path);
    const QString body = document.body();
    QVector<double> times;
    qsizetype htmlSize = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const RenderedMarkdown rendered = MarkdownRenderer::render(body, document.bodyLine());
        times.append(double(timer.nsecsElapsed()) / 1e6);
        htmlSize = rendered.html.size();
    }
    std::sort(times.begin(), times.end());
    out << path << ": body of " << body.toUtf8().size() << " bytes, " << htmlSize << " characters of HTML\n"
        << runs << " renderings: median " << times.at(times.size() / 2) << " ms, fastest " << times.first() << " ms\n";
    return 0;
}
