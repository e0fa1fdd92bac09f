#include "documenteditor.h"
#include "documentsession.h"
#include "httptestserver.h"
#include "linkcheckrun.h"
#include "mainwindow.h"
#include "mainwindowtest.h"
#include "markdowneditor.h"
#include "messagebox.h"
#include "previewpane.h"
#include "problemmodel.h"
#include "problemspanel.h"

#include <QApplication>
#include <QDesktopServices>
#include <QProgressBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace EventDesk;

// The main window and links: web links of the preview open in the browser, a missing upload leads to
// its line, link checks on demand, on save, cancelled and started again (against a server on
// 127.0.0.1).
class TestWindowLinks : public MainWindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(setUpSite()); }
    void cleanup() { tearDownSite(); }
    void webLinksOfThePreviewOpenInTheBrowser();
    void missingUploadIsAProblemThatLeadsToItsLine();
    void linkChecksOnDemandAndOnSave();
    void linkCheckCanBeCancelled();
    void linkCheckStartedAgainKeepsRunning();
};

// Stands for the system's browser (QDesktopServices hands it the web links).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

void TestWindowLinks::webLinksOfThePreviewOpenInTheBrowser()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    const QUrl link(QStringLiteral("https://accessibilite.numerique.gouv.fr/"));
    QVERIFY(window.preview()->toHtml().contains(link.toString()));
    Q_EMIT window.preview()->anchorClicked(link);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(browser.urls, QList<QUrl>{link});
    QVERIFY(window.preview()->toHtml().contains(link.toString())); // the preview stays on the page
}

void TestWindowLinks::missingUploadIsAProblemThatLeadsToItsLine()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    MarkdownEditor* body = window.editor()->bodyEditor();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("Le [programme](/uploads/programme-absent.pdf) est en ligne."));
    const int line = window.currentSession()->bodyFirstLine() + body->document()->blockCount() - 1;

    ProblemModel* model = window.problems()->model();
    auto findRow = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            const Problem p = model->problem(model->index(row, 0));
            if (p.code == QLatin1String("file-missing") && p.message.contains(QLatin1String("programme-absent.pdf")))
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(findRow() >= 0);
    const Problem found = model->problem(model->index(findRow(), 0));
    QCOMPARE(found.line, line);

    // Activating it in the panel (keyboard: Enter) puts the cursor on its line.
    body->moveCursor(QTextCursor::Start);
    QTreeView* view = window.problems()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString().contains(QLatin1String("programme-absent.pdf")))
            view->setCurrentIndex(view->model()->index(row, 0));
    }
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(body->textCursor().blockNumber() + window.currentSession()->bodyFirstLine(), line);
    QCOMPARE(QApplication::focusWidget(), body);
}

void TestWindowLinks::linkChecksOnDemandAndOnSave()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    MainWindow window(m_settings.get());
    QVERIFY(openLinkPage(window));
    MarkdownEditor* body = window.editor()->bodyEditor();
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClick(body, Qt::Key_Return);
    const QString text =
        QStringLiteral("Voir [le programme](%1) et [l'ancien lien](%2).")
            .arg(server.url(QStringLiteral("/ok")).toString(), server.url(QStringLiteral("/missing")).toString());
    typeAscii(body, text);
    const int line = window.currentSession()->bodyFirstLine() + body->document()->blockCount() - 1;

    // On demand (Tools > Check Links): a progress bar, then the broken link in the panel.
    auto* progress = window.findChild<QProgressBar*>(QStringLiteral("linkProgress"));
    window.findChild<QAction*>(QStringLiteral("checkLinksAction"))->trigger();
    QVERIFY(progress->isVisible());
    ProblemModel* model = window.problems()->model();
    auto linkProblems = [model] {
        QStringList found;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Problem p = model->problem(model->index(row, 0));
            if (p.code.startsWith(QLatin1String("link-")))
                found.append(QStringLiteral("%1 %2 %3").arg(p.code).arg(p.line).arg(p.message.section(u':', 0, 2)));
        }
        return found;
    };
    const QString missing =
        QStringLiteral("link-broken %1 %2").arg(line).arg(server.url(QStringLiteral("/missing")).toString());
    QTRY_VERIFY(!progress->isVisible());
    QCOMPARE(linkProblems(), QStringList{missing});
    QCOMPARE(server.count(QStringLiteral("/ok")), 1);

    // Typing keeps the link results; saving checks again.
    QTest::keyClicks(body, QStringLiteral(" Fin."));
    QTRY_VERIFY(window.preview()->toPlainText().contains(QStringLiteral("Fin.")));
    QCOMPARE(linkProblems(), QStringList{missing});
    window.setCheckLinksOnSave(true);
    QVERIFY(window.save());
    QTRY_COMPARE(server.count(QStringLiteral("/ok")), 2);
    QTRY_VERIFY(!progress->isVisible());
    QCOMPARE(linkProblems(), QStringList{missing});
}

void TestWindowLinks::linkCheckCanBeCancelled()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    MainWindow window(m_settings.get());
    QVERIFY(openLinkPage(window));
    MarkdownEditor* body = window.editor()->bodyEditor();
    QTest::keyClick(body, Qt::Key_Return);
    const QString text = QStringLiteral("[lent](%1)").arg(server.url(QStringLiteral("/slow")).toString());
    typeAscii(body, text);
    window.checkLinks();
    auto* cancel = window.findChild<QToolButton*>(QStringLiteral("linkCancel"));
    QVERIFY(cancel->isVisible());
    QTRY_COMPARE(server.count(QStringLiteral("/slow")), 1);
    cancel->click();
    QTRY_VERIFY(!cancel->isVisible());
    QVERIFY(!window.linkCheck()->isRunning());
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Link check stopped."));
}

void TestWindowLinks::linkCheckStartedAgainKeepsRunning()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    MainWindow window(m_settings.get());
    QVERIFY(openLinkPage(window));
    MarkdownEditor* body = window.editor()->bodyEditor();
    const QString text = QStringLiteral("[lent](%1)").arg(server.url(QStringLiteral("/slow")).toString());
    typeAscii(body, text);
    window.checkLinks();
    QTRY_COMPARE(server.count(QStringLiteral("/slow")), 1);
    const int asked = MessageBox::asked();
    window.checkLinks(); // F7 again: the first check makes way, the second runs
    QTRY_COMPARE(server.count(QStringLiteral("/slow")), 2);
    auto* cancel = window.findChild<QToolButton*>(QStringLiteral("linkCancel"));
    QVERIFY(window.linkCheck()->isRunning());
    QVERIFY(cancel->isVisible());
    QVERIFY(!window.statusBar()->currentMessage().contains(QLatin1String("work")));
    QCOMPARE(MessageBox::asked(), asked);
    cancel->click();
    QTRY_VERIFY(!cancel->isVisible());
}

QTEST_MAIN(TestWindowLinks)
#include "tst_windowlinks.moc"
