// The main window's speed as a user meets it, offscreen. Run by hand:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_window SITE [KEYS]
// SITE is copied to a temporary folder first (nothing of it is changed). Prints:
// - how long opening the site takes until its documents are listed;
// - for a document whose body is made 12 KB long (the site's largest body, repeated), how long
//   each of KEYS keystrokes (200 by default) typed in the body takes to show in the preview:
//   median, 95th percentile and worst, the pause before the preview starts included.
// Asserts nothing.

#include "appsettings.h"
#include "documentbrowser.h"
#include "documenteditor.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "previewpane.h"
#include "site/siteindex.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>

using namespace EventDesk;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QString source = app.arguments().value(1);
    const int keys = qMax(1, app.arguments().value(2, QStringLiteral("200")).toInt());
    if (source.isEmpty() || !QFileInfo(source).isDir()) {
        out << "usage: bench_window SITE [KEYS]\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    if (QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), source, site}) != 0) {
        out << "cannot copy " << source << '\n';
        return 2;
    }
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(&settings);
    window.setCheckLinksOnSave(false);
    window.resize(1440, 900);
    window.show();

    QElapsedTimer clock;
    clock.start();
    window.openSite(site);
    auto listed = [&] {
        QAbstractItemModel* model = window.browser()->view()->model();
        return window.isSiteReady() && model->rowCount() > 0;
    };
    while (!listed() && clock.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 openMs = clock.elapsed();
    out << "open site: " << openMs << " ms until the documents are listed\n";

    // The largest body of the collection shown, made 12 KB long.
    QString largest;
    qsizetype largestSize = -1;
    QDirIterator it(site, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QString collection;
        if (!SiteScanner::collectionOf(window.findChild<SiteIndex*>()->config(), path, &collection)
            || collection != window.browser()->currentCollection())
            continue;
        const qsizetype size = QFileInfo(path).size();
        if (size > largestSize) {
            largestSize = size;
            largest = path;
        }
    }
    if (!window.selectDocument(largest)) {
        out << "cannot open " << largest << '\n';
        return 1;
    }
    if (!QTest::qWaitFor([&] { return window.previewCount() > 0; }, 10000)) {
        out << "no preview came\n";
        return 1;
    }
    MarkdownEditor* body = window.editor()->bodyEditor();
    const QString text = body->toPlainText();
    QString longText = text;
    while (longText.toUtf8().size() < 12 * 1024)
        longText += QStringLiteral("\n\n") + text;
    // Cut at the last line break before 12 KB.
    while (longText.toUtf8().size() > 12 * 1024)
        longText.truncate(longText.lastIndexOf(QLatin1Char('\n'), longText.size() - 2) + 1);
    body->setPlainText(longText);
    int count = window.previewCount();
    if (!QTest::qWaitFor([&] { return window.previewCount() > count; }, 10000)) {
        out << "no preview came\n";
        return 1;
    }
    out << "body: " << body->toPlainText().toUtf8().size() << " bytes, " << body->document()->blockCount() << " lines ("
        << QDir(site).relativeFilePath(largest) << ")\n";

    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QVector<qint64> latencies;
    QVector<qint64> work;
    QVector<qint64> pages;
    for (int i = 0; i < keys; ++i) {
        count = window.previewCount();
        const QChar key = QLatin1Char("abcdefghij klmnopqrstuvwxyz"[i % 27]);
        clock.restart();
        QTest::keyClicks(body, QString(key));
        if (!QTest::qWaitFor([&] { return window.previewCount() > count; }, 5000))
            break;
        latencies.append(clock.elapsed());
        work.append(window.lastPreviewLatency());
        pages.append(window.lastPageLoadTime());
    }
    std::sort(latencies.begin(), latencies.end());
    std::sort(work.begin(), work.end());
    std::sort(pages.begin(), pages.end());
    if (latencies.isEmpty()) {
        out << "no preview came\n";
        return 1;
    }
    auto at = [](const QVector<qint64>& v, double q) { return v.at(qMin(int(v.size()) - 1, int(v.size() * q))); };
    out << "keystroke to preview (" << latencies.size() << " keys): median " << at(latencies, 0.5) << " ms, p95 "
        << at(latencies, 0.95) << " ms, worst " << latencies.last() << " ms\n";
    out << "of which rendering + checks off the GUI thread: median " << at(work, 0.5) << " ms, p95 " << at(work, 0.95)
        << " ms, worst " << work.last() << " ms\n";
    out << "of which showing the page (QTextBrowser::setHtml, GUI thread): median " << at(pages, 0.5) << " ms, p95 "
        << at(pages, 0.95) << " ms, worst " << pages.last() << " ms\n";
    return 0;
}
