#include "appsettings.h"
#include "document/recoverystore.h"
#include "documentbrowser.h"
#include "documenteditor.h"
#include "documentform.h"
#include "documentsession.h"
#include "httptestserver.h"
#include "linkcheckrun.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "messagebox.h"
#include "newdocumentdialog.h"
#include "opensite.h"
#include "previewpane.h"
#include "problemmodel.h"
#include "problemspanel.h"
#include "site/samplesite.h"
#include "site/siteindex.h"
#include "translations.h"
#include "vcs/gitpatch.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QProgressBar>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace EventDesk;

namespace {

const QString Atelier = QStringLiteral("_evenements/atelier-accessibilite-numerique.markdown");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// The lines of `after` that are not in `before` at the same place, and the other way round.
// Types text key by key (QTest::keyClicks takes only what keyClick knows: ASCII).
void typeAscii(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::keyClick(widget, c.toLatin1());
}

QStringList changedLines(const QByteArray& before, const QByteArray& after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    QStringList changed;
    int head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    for (int i = head; i < a.size() - tail; ++i)
        changed.append(QStringLiteral("-") + QString::fromUtf8(a.at(i)));
    for (int i = head; i < b.size() - tail; ++i)
        changed.append(QStringLiteral("+") + QString::fromUtf8(b.at(i)));
    return changed;
}

} // namespace

// The main window, offscreen, on a fresh copy of the bundled sample site for each test.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheSampleSite();
    void editThePlaceSaveAndUndo();
    void typingInTheBodyUpdatesThePreview();
    void typingAfterSaveIsAnEditOfItsOwn();
    void undoFollowsTheOrderOfBodyAndFieldEdits();
    void refusedEditLeavesTheFieldAsTheFileHasIt();
    void scrollingIsSynchronised();
    void webLinksOfThePreviewOpenInTheBrowser();
    void frenchTypographyIsReportedAndFixed();
    void repeatableGroupEditsAreSaved();
    void pickingAnImageCopiesItIntoTheUploads();
    void missingUploadIsAProblemThatLeadsToItsLine();
    void linkChecksOnDemandAndOnSave();
    void linkCheckCanBeCancelled();
    void linkCheckStartedAgainKeepsRunning();
    void malformedFileOpensAsRawText();
    void changesByAnotherProgram();
    void failedSavesKeepTheEdits();
    void changesSinceOpenedWithoutGit();
    void revertFromGit();
    void authorFromTheSettingsOrGit();
    void newDocumentGetsTheExpectedFileName();
    void duplicateDocument();
    void deleteMovesTheFileToTheTrash();
    void keyboardOnlyEditAndSave();
    void closingWithUnsavedChangesAsks();
    void editsOfAKilledProcessAreOfferedBack();
    void layoutAndRecentSitesPersist();
    void everyControlHasAnAccessibleName();
    void speaksFrench();
    void languageChosenInTheMenu();

private:
    // Opens a page whose only web links will be those the test types (to its own server on
    // 127.0.0.1), with the cursor at the end of its body and the link cache off.
    bool openLinkPage(MainWindow& window);
    // Opens the site and selects a document (relative path), waiting for its preview.
    bool openDocument(MainWindow& window, const QString& relative);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    QString m_site;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    // No edits kept by an earlier run of the tests.
    QDir(RecoveryStore::defaultFolder()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_site = SampleSite::install(QStringLiteral(":/sample-site"), m_dir->filePath(QStringLiteral("site")), &error);
    QVERIFY2(!m_site.isEmpty(), qPrintable(error));
    QFile broken(QDir(m_site).filePath(QStringLiteral("_evenements/casse.markdown")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("---\ntitle: Cassé\nlieu: [Paris\n---\n\nLe texte reste là.\n");
    broken.close();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestMainWindow::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_settings.reset();
    m_dir.reset();
}

bool TestMainWindow::openDocument(MainWindow& window, const QString& relative)
{
    window.setCheckLinksOnSave(false); // no network in tests
    if (!window.openSite(m_site))
        return false;
    if (!QTest::qWaitFor([&] { return window.isSiteReady(); }, 10000))
        return false;
    const int previews = window.previewCount();
    if (!window.selectDocument(QDir(m_site).filePath(relative)))
        return false;
    return QTest::qWaitFor([&] { return window.previewCount() > previews; }, 10000);
}

bool TestMainWindow::openLinkPage(MainWindow& window)
{
    const QString relative = QStringLiteral("_evenements/liens.markdown");
    QFile file(QDir(m_site).filePath(relative));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("---\ntitle: Liens\nevent_start_date: 2027-05-04 10:00:00 +02:00\n---\nUne page [du site](/).\n");
    file.close();
    window.show();
    if (!openDocument(window, relative))
        return false;
    window.linkCheck()->checker()->setCacheEnabled(false);
    window.editor()->bodyEditor()->moveCursor(QTextCursor::End);
    return true;
}

void TestMainWindow::listsTheSampleSite()
{
    MainWindow window(m_settings.get());
    QVERIFY(window.openSite(m_site));
    QTRY_VERIFY_WITH_TIMEOUT(window.isSiteReady(), 10000);
    QCOMPARE(window.browser()->currentCollection(), QStringLiteral("evenements"));
    QAbstractItemModel* model = window.browser()->view()->model();
    QStringList titles;
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row)
            titles.append(model->index(row, 0, parent).data().toString());
    }
    QVERIFY2(titles.contains(QStringLiteral("Atelier accessibilité numérique")), qPrintable(titles.join(u'|')));
    QCOMPARE(titles.size(), 8); // seven events and the broken file
}

void TestMainWindow::editThePlaceSaveAndUndo()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    const QString path = QDir(m_site).filePath(Atelier);
    const QByteArray before = readAll(path);
    DocumentForm* form = window.editor()->form();
    QVERIFY(form->focusField(QStringLiteral("lieu")));
    auto* place = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY2(place, "the place is edited in a line edit");
    place->selectAll();
    QTest::keyClicks(place, QStringLiteral("Salle Condorcet"));
    QTRY_VERIFY(window.preview()->toPlainText().contains(QStringLiteral("Salle Condorcet")));
    QVERIFY(window.currentSession()->isModified());
    QVERIFY(window.windowTitle().contains(QLatin1String("[*]")));
    QVERIFY(window.isWindowModified());

    QVERIFY(window.save());
    QCOMPARE(changedLines(before, readAll(path)),
             (QStringList{QStringLiteral("-lieu: Maison de l’innovation publique"),
                          QStringLiteral("+lieu: Salle Condorcet")}));
    QVERIFY(!window.currentSession()->isModified());

    // One undo step takes the whole word back, in the field and in the file once saved.
    QUndoStack* stack = window.currentSession()->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Edit “Lieu”"));
    stack->undo();
    QCOMPARE(form->value(QStringLiteral("lieu")).toString(), QStringLiteral("Maison de l’innovation publique"));
    QCOMPARE(place->text(), QStringLiteral("Maison de l’innovation publique"));
    QTRY_VERIFY(window.preview()->toPlainText().contains(QStringLiteral("Maison de l’innovation publique")));
    QVERIFY(window.save());
    QCOMPARE(readAll(path), before);
}

void TestMainWindow::typingInTheBodyUpdatesThePreview()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    MarkdownEditor* body = window.editor()->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("Un paragraphe tout neuf."));
    QTRY_VERIFY(window.preview()->toPlainText().contains(QStringLiteral("Un paragraphe tout neuf.")));
    QVERIFY(window.currentSession()->document().body().endsWith(QStringLiteral("Un paragraphe tout neuf.")));

    // Body and form edits share one undo stack, in the order they were made.
    QVERIFY(window.editor()->form()->focusField(QStringLiteral("adresse")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" (2e etage)"));
    QUndoStack* stack = window.currentSession()->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Edit “Adresse”"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!window.currentSession()
                 ->frontMatter()
                 .value(QStringLiteral("adresse"))
                 .toString()
                 .contains(QStringLiteral("etage")));
    QCOMPARE(stack->undoText(), QStringLiteral("Edit the body"));
    while (stack->canUndo())
        stack->undo();
    QVERIFY(!body->toPlainText().contains(QStringLiteral("tout neuf")));
    QTRY_VERIFY(!window.preview()->toPlainText().contains(QStringLiteral("tout neuf")));
    QVERIFY(!window.currentSession()->isModified());
}

void TestMainWindow::typingAfterSaveIsAnEditOfItsOwn()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    MarkdownEditor* body = window.editor()->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" Avant."));
    QVERIFY(window.save());
    QVERIFY(!window.currentSession()->isModified());
    QTest::keyClicks(body, QStringLiteral(" Apres."));
    QVERIFY(window.currentSession()->isModified());
    QVERIFY(window.isWindowModified());
    // One undo takes back what came after the save, not what was saved.
    window.currentSession()->undoStack()->undo();
    QVERIFY(body->toPlainText().endsWith(QStringLiteral(" Avant.")));
    QVERIFY(!window.currentSession()->isModified());
}

void TestMainWindow::undoFollowsTheOrderOfBodyAndFieldEdits()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    MarkdownEditor* body = window.editor()->bodyEditor();
    const QString original = body->toPlainText();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral("abc"));
    auto* place = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"));
    place->end(false);
    QTest::keyClicks(place, QStringLiteral("X"));
    QTest::keyClicks(body, QStringLiteral("d"));
    QUndoStack* stack = window.currentSession()->undoStack();
    QCOMPARE(stack->count(), 3);
    stack->undo();
    QCOMPARE(body->toPlainText(), original + QStringLiteral("abc"));
    QVERIFY(place->text().endsWith(QLatin1Char('X')));
    stack->undo();
    QVERIFY(!place->text().endsWith(QLatin1Char('X')));
    QCOMPARE(body->toPlainText(), original + QStringLiteral("abc"));
    stack->undo();
    QCOMPARE(body->toPlainText(), original);
}

void TestMainWindow::refusedEditLeavesTheFieldAsTheFileHasIt()
{
    // An anchor in the group that another key refers to: the group cannot be written anew
    // without breaking that key, so the edit is refused.
    QFile file(QDir(m_site).filePath(QStringLiteral("_evenements/ancre.markdown")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: Ancre\nchamps_informations:\n- intitule: &h Horaires\n  contenu: 14h\n"
               "autre: *h\n---\nTexte.\n");
    file.close();
    const QByteArray before = readAll(file.fileName());
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, QStringLiteral("_evenements/ancre.markdown")));
    auto* content = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("champs_informations[0].contenu"));
    QVERIFY(content);
    content->end(false);
    QTest::keyClick(content, Qt::Key_0);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("was not changed")));
    QTRY_COMPARE(
        window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("champs_informations[0].contenu"))->text(),
        QStringLiteral("14h"));
    QVERIFY(!window.currentSession()->isModified());
    QVERIFY(window.save());
    QCOMPARE(readAll(file.fileName()), before);
}

// Stands for the system's browser (QDesktopServices hands it the web links).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

void TestMainWindow::webLinksOfThePreviewOpenInTheBrowser()
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

void TestMainWindow::frenchTypographyIsReportedAndFixed()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openDocument(window, Atelier));
    ProblemModel* model = window.problems()->model();
    auto notes = [model] {
        int count = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            count += model->problem(model->index(row, 0)).code == QLatin1String("typography");
        return count;
    };
    QTRY_VERIFY(notes() > 0); // "## Pour qui ?" in the body
    QAction* fix = window.findChild<QAction*>(QStringLiteral("fixTypographyAction"));

    // The body, whole (no selection), as one undo step.
    MarkdownEditor* body = window.editor()->bodyEditor();
    const QString before = body->toPlainText();
    body->setFocus();
    fix->trigger();
    QVERIFY(window.currentSession()->document().body().contains(QStringLiteral("Pour qui") + QChar(0x202F) + u'?'));
    QTRY_COMPARE(notes(), 0);
    QUndoStack* stack = window.currentSession()->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Fix French typography"));
    stack->undo();
    QCOMPARE(body->toPlainText(), before);

    // The field being edited.
    auto* place = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"));
    place->setFocus();
    place->selectAll();
    QTest::keyClicks(place, QStringLiteral("Salle : A"));
    fix->trigger();
    QCOMPARE(window.currentSession()->frontMatter().value(QStringLiteral("lieu")).toString(),
             QStringLiteral("Salle") + QChar(0x00A0) + QStringLiteral(": A"));
    QTRY_COMPARE(place->text(), QStringLiteral("Salle") + QChar(0x00A0) + QStringLiteral(": A"));
    QCOMPARE(body->toPlainText(), before); // the body was not touched
}

void TestMainWindow::scrollingIsSynchronised()
{
    // A long body: forty paragraphs, two lines apart, from file line 5.
    QString text = QStringLiteral("---\ntitle: Long\nevent_start_date: 2027-03-01 10:00:00 +01:00\n---\n");
    for (int i = 1; i <= 40; ++i)
        text += QStringLiteral("Paragraphe %1 : un texte assez long pour occuper la largeur de la vue.\n\n").arg(i);
    QFile file(QDir(m_site).filePath(QStringLiteral("_evenements/long.markdown")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();

    MainWindow window(m_settings.get());
    window.resize(1400, 800);
    window.show();
    QVERIFY(openDocument(window, QStringLiteral("_evenements/long.markdown")));
    MarkdownEditor* body = window.editor()->bodyEditor();
    PreviewPane* preview = window.preview();

    // The editor scrolled to paragraph 20 (file line 5 + 2 × 19 = 43): the preview shows its block.
    body->scrollToLine(43);
    QTRY_COMPARE(preview->topLine(), 43);
    QVERIFY(preview->verticalScrollBar()->value() > 0);
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Paragraphe 20")));

    // And the preview scrolled back up to paragraph 5 (line 13) brings the editor there.
    preview->scrollToLine(13);
    const int y = preview->verticalScrollBar()->value();
    preview->verticalScrollBar()->setValue(0); // as the user's scroll bar would
    preview->verticalScrollBar()->setValue(y);
    QTRY_COMPARE(body->topLine(), 13);
}

void TestMainWindow::repeatableGroupEditsAreSaved()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    const QString path = QDir(m_site).filePath(Atelier);
    const QByteArray before = readAll(path);
    DocumentForm* form = window.editor()->form();
    auto button = [form](const QString& name) { return form->findChild<QAbstractButton*>(name); };

    // "Inscription" up above "Public", "Horaires" removed, a "Contact" item added at the end.
    QVERIFY(button(QStringLiteral("champs_informations[2]:up")));
    button(QStringLiteral("champs_informations[2]:up"))->click();
    QVERIFY(button(QStringLiteral("champs_informations[0]:remove")));
    button(QStringLiteral("champs_informations[0]:remove"))->click();
    QVERIFY(button(QStringLiteral("champs_informations:add")));
    button(QStringLiteral("champs_informations:add"))->click();
    QLineEdit* heading = nullptr;
    QTRY_VERIFY((heading = form->findChild<QLineEdit*>(QStringLiteral("champs_informations[2].intitule"))));
    QTest::keyClicks(heading, QStringLiteral("Contact"));
    QVERIFY(window.save());

    const QByteArray after = readAll(path);
    const EventDocument saved = EventDocument::fromBytes(after);
    QStringList headings;
    for (const YamlValue& item : saved.frontMatter().value(QStringLiteral("champs_informations")).items())
        headings.append(item.value(QStringLiteral("intitule")).toString());
    QCOMPARE(headings,
             (QStringList{QStringLiteral("Inscription"), QStringLiteral("Public"), QStringLiteral("Contact")}));
    QCOMPARE(saved.frontMatter()
                 .value(QStringLiteral("champs_informations"))
                 .items()
                 .at(0)
                 .value(QStringLiteral("lien"))
                 .toString(),
             QStringLiteral("https://www.demarches-simplifiees.fr/commencer/exemple-atelier-accessibilite"));
    // Every other line of the file is as it was: the group is the last key of the front matter.
    const int group = int(before.indexOf("champs_informations:"));
    QCOMPARE(after.left(group), before.left(group));
    QCOMPARE(after.mid(after.indexOf("\n---\n")), before.mid(before.indexOf("\n---\n")));
    // Undo steps (move, remove, add, typing): undone, the file comes back byte for byte.
    QUndoStack* stack = window.currentSession()->undoStack();
    while (stack->canUndo())
        stack->undo();
    QVERIFY(window.save());
    QCOMPARE(readAll(path), before);
}

void TestMainWindow::pickingAnImageCopiesItIntoTheUploads()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    QImage image(320, 180, QImage::Format_RGB32);
    image.fill(QColor(0, 85, 164));
    const QString picked = m_dir->filePath(QStringLiteral("Affiche Été 2027.PNG"));
    QVERIFY(image.save(picked, "PNG"));
    DocumentForm* form = window.editor()->form();
    form->setImagePicker([picked] { return picked; });
    auto* choose = form->findChild<QAbstractButton*>(QStringLiteral("une-ou-diaporama[0].image:choose"));
    QVERIFY(choose);
    choose->click();

    const QString copied = QDir(m_site).filePath(QStringLiteral("uploads/affiche-ete-2027.png"));
    QVERIFY(QFile::exists(copied));
    QCOMPARE(readAll(copied), readAll(picked));
    const YamlValue images = form->value(QStringLiteral("une-ou-diaporama"));
    QCOMPARE(images.items().at(0).value(QStringLiteral("image")).toString(),
             QStringLiteral("/uploads/affiche-ete-2027.png"));
    auto* thumbnail = form->findChild<QLabel*>(QStringLiteral("une-ou-diaporama[0].image:thumbnail"));
    QVERIFY(thumbnail);
    QVERIFY(!thumbnail->pixmap().isNull());
    QTRY_VERIFY(window.preview()->toHtml().contains(QLatin1String("affiche-ete-2027.png")));
    QVERIFY(window.save());
    QVERIFY(readAll(QDir(m_site).filePath(Atelier)).contains("- image: \"/uploads/affiche-ete-2027.png\"\n"));
}

void TestMainWindow::missingUploadIsAProblemThatLeadsToItsLine()
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

void TestMainWindow::linkChecksOnDemandAndOnSave()
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

void TestMainWindow::linkCheckCanBeCancelled()
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

void TestMainWindow::linkCheckStartedAgainKeepsRunning()
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

void TestMainWindow::malformedFileOpensAsRawText()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, QStringLiteral("_evenements/casse.markdown")));
    DocumentSession* session = window.currentSession();
    QVERIFY(session->isRaw());
    auto* banner = window.findChild<QLabel*>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("line 3")), qPrintable(banner->text()));
    QVERIFY(!window.editor()->form()->isVisible());
    MarkdownEditor* body = window.editor()->bodyEditor();
    QCOMPARE(body->toPlainText(), QStringLiteral("---\ntitle: Cassé\nlieu: [Paris\n---\n\nLe texte reste là.\n"));

    // Saved still broken (another error): the banner and the marked line follow.
    QTextCursor broken(body->document()->findBlockByNumber(1));
    broken.insertText(QStringLiteral("- "));
    QVERIFY(window.save());
    QVERIFY2(banner->text().contains(QLatin1String("line 2")), qPrintable(banner->text()));
    QCOMPARE(body->markedLine(), 2);
    broken.movePosition(QTextCursor::StartOfBlock);
    broken.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, 2);
    broken.removeSelectedText();

    // Correcting the text and saving brings the form back; nothing else of the file changed.
    QTextCursor cursor(body->document()->findBlockByNumber(2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral("]"));
    QVERIFY(window.save());
    QCOMPARE(readAll(QDir(m_site).filePath(QStringLiteral("_evenements/casse.markdown"))),
             QByteArray("---\ntitle: Cassé\nlieu: [Paris]\n---\n\nLe texte reste là.\n"));
    QVERIFY(!session->isRaw());
    QVERIFY(!banner->isVisible());
    QVERIFY(window.editor()->form()->isVisible());
    QCOMPARE(body->toPlainText(), QStringLiteral("Le texte reste là.\n")); // Jekyll's body
}

void TestMainWindow::changesByAnotherProgram()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    const QString path = QDir(m_site).filePath(Atelier);
    DocumentSession* session = window.currentSession();
    auto title = [&window] { return window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("title"))->text(); };
    auto writeTheirs = [&path](const QByteArray& from, const QByteArray& to) {
        QByteArray theirs = readAll(path);
        theirs.replace(from, to);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QByteArray();
        file.write(theirs);
        return theirs;
    };
    auto editPlace = [&window](const QString& text) {
        auto* place = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"));
        place->end(false);
        QTest::keyClicks(place, text);
    };

    // No edits here: the document is read again, no question.
    int asked = MessageBox::asked();
    writeTheirs("title: Atelier accessibilité numérique\n", "title: Atelier A\n");
    QTRY_COMPARE(title(), QStringLiteral("Atelier A"));
    QCOMPARE(MessageBox::asked(), asked);
    QVERIFY(!session->isModified());

    // Edits here: the user is asked; taking the other version drops the edits.
    editPlace(QStringLiteral(" bis"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    writeTheirs("title: Atelier A\n", "title: Atelier B\n");
    QTRY_COMPARE(MessageBox::asked(), asked + 1);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("changed on disk by another program")));
    QTRY_COMPARE(title(), QStringLiteral("Atelier B"));
    QVERIFY(!session->isModified());

    // Keeping mine: saving writes them over the other version.
    editPlace(QStringLiteral(" ter"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    writeTheirs("title: Atelier B\n", "title: Atelier C\n");
    QTRY_COMPARE(MessageBox::asked(), asked + 2);
    QVERIFY(session->isModified());
    QVERIFY(window.save());
    QCOMPARE(readAll(path), session->editedBytes());
    QVERIFY(readAll(path).contains("title: Atelier B\n"));
    QVERIFY(readAll(path).contains("lieu: Maison de l’innovation publique ter\n"));

    // Changed just before saving (the watcher has not seen it yet): asked at save.
    editPlace(QStringLiteral(" quater"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    const QByteArray theirs = writeTheirs("title: Atelier B\n", "title: Atelier D\n");
    QVERIFY(!window.save());
    QCOMPARE(MessageBox::asked(), asked + 3);
    QCOMPARE(readAll(path), theirs);
    QVERIFY(!session->isModified());
    QCOMPARE(title(), QStringLiteral("Atelier D"));
}

void TestMainWindow::failedSavesKeepTheEdits()
{
    const QString recovery = m_dir->filePath(QStringLiteral("recovery"));
    MainWindow window(m_settings.get());
    window.setRecoveryFolder(recovery);
    window.show();
    QVERIFY(openDocument(window, Atelier));
    const QString path = QDir(m_site).filePath(Atelier);
    const QByteArray before = readAll(path);
    DocumentSession* session = window.currentSession();
    auto* place = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"));
    place->end(false);
    QTest::keyClicks(place, QStringLiteral(" bis"));

    // A full disk, at the last moment of the save (a seam: root writes anywhere).
    session->setWriteHook([](QSaveFile&) { return false; });
    const int asked = MessageBox::asked();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.save());
    QCOMPARE(MessageBox::asked(), asked + 1);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("could not be saved"))
                 && MessageBox::lastText().contains(QLatin1String("still in the editor")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(readAll(path), before);
    QVERIFY(session->isModified());
    QCOMPARE(place->text(), QStringLiteral("Maison de l’innovation publique bis"));
    const QVector<RecoveryStore::Entry> kept = RecoveryStore(recovery).entries();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().bytes, session->editedBytes());
    session->setWriteHook(AtomicFile::BeforeCommit());

    // The folder gone (fails for root too): nothing written, the edits kept.
    QVERIFY(QDir(QDir(m_site).filePath(QStringLiteral("_evenements"))).removeRecursively());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.save());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("no longer on disk")), qPrintable(MessageBox::lastText()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(session->isModified());
    QVERIFY(RecoveryStore(recovery).contains(path));
}

void TestMainWindow::changesSinceOpenedWithoutGit()
{
    // An untouched copy of the site, as it was before the session, to apply the patch to.
    const QString base = m_dir->filePath(QStringLiteral("base"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), m_site, base}) == 0);

    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    auto* place = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"));
    place->end(false);
    QTest::keyClicks(place, QStringLiteral(" bis"));
    QVERIFY(window.save());
    QVERIFY(window.createDocument(QStringLiteral("Nouvel atelier")));
    QFile upload(QDir(m_site).filePath(QStringLiteral("uploads/affiche.png")));
    QVERIFY(upload.open(QIODevice::WriteOnly));
    upload.write(QByteArray("\x89PNG\r\n\x1a\n\0\0image", 16));
    upload.close();
    QVERIFY(window.selectDocument(
        QDir(m_site).filePath(QStringLiteral("_evenements/hackathon-des-donnees-de-mobilite.markdown"))));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(window.deleteDocument());

    const QVector<FileChange> changes = window.site()->changesSinceOpened();
    QStringList seen;
    for (const FileChange& change : changes)
        seen.append(QStringLiteral("%1 %2").arg(int(change.kind)).arg(change.path));
    QCOMPARE(seen,
             (QStringList{QStringLiteral("1 _evenements/atelier-accessibilite-numerique.markdown"),
                          QStringLiteral("2 _evenements/hackathon-des-donnees-de-mobilite.markdown"),
                          QStringLiteral("0 _evenements/nouvel-atelier.markdown"),
                          QStringLiteral("0 uploads/affiche.png")}));

    // Without git on the site: the patch of those changes applies to the untouched copy.
    int status = QProcess::execute(QStringLiteral("git"),
                                   {QStringLiteral("-C"), base, QStringLiteral("init"), QStringLiteral("-q")});
    QCOMPARE(status, 0);
    const QString patch = m_dir->filePath(QStringLiteral("session.patch"));
    QFile out(patch);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(GitPatch::diff(changes));
    out.close();
    status = QProcess::execute(QStringLiteral("git"), {QStringLiteral("-C"), base, QStringLiteral("apply"), patch});
    QCOMPARE(status, 0);
    for (const QString& path :
         {Atelier, QStringLiteral("_evenements/nouvel-atelier.markdown"), QStringLiteral("uploads/affiche.png")})
        QCOMPARE(readAll(QDir(base).filePath(path)), readAll(QDir(m_site).filePath(path)));
    QVERIFY(
        !QFile::exists(QDir(base).filePath(QStringLiteral("_evenements/hackathon-des-donnees-de-mobilite.markdown"))));

    // A file put back as it was.
    QString error;
    QVERIFY2(window.site()->revert(Atelier, &error), qPrintable(error));
    QVERIFY(!readAll(QDir(m_site).filePath(Atelier)).contains("publique bis"));
    QVERIFY(window.site()->revert(QStringLiteral("_evenements/nouvel-atelier.markdown"), &error));
    QVERIFY(!QFile::exists(QDir(m_site).filePath(QStringLiteral("_evenements/nouvel-atelier.markdown"))));
    QCOMPARE(window.site()->changesSinceOpened().size(), 2);
}

void TestMainWindow::revertFromGit()
{
    const QStringList identity{QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                               QStringLiteral("user.email=test@example.invalid")};
    QCOMPARE(QProcess::execute(QStringLiteral("git"),
                               {QStringLiteral("-C"), m_site, QStringLiteral("init"), QStringLiteral("-q")}),
             0);
    QCOMPARE(QProcess::execute(QStringLiteral("git"),
                               {QStringLiteral("-C"), m_site, QStringLiteral("add"), QStringLiteral("-A")}),
             0);
    QCOMPARE(QProcess::execute(QStringLiteral("git"),
                               identity
                                   + QStringList{QStringLiteral("-C"), m_site, QStringLiteral("commit"),
                                                 QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Début")}),
             0);
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    const QByteArray before = readAll(QDir(m_site).filePath(Atelier));
    auto* place = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"));
    place->end(false);
    QTest::keyClicks(place, QStringLiteral(" bis"));
    QVERIFY(window.save());
    QVERIFY(window.createDocument(QStringLiteral("Nouvel atelier")));

    QString error;
    QVERIFY2(window.site()->revertFromGit(Atelier, &error), qPrintable(error));
    QCOMPARE(readAll(QDir(m_site).filePath(Atelier)), before);
    QVERIFY(window.site()->revertFromGit(QStringLiteral("_evenements/nouvel-atelier.markdown"), &error));
    QVERIFY(!QFile::exists(QDir(m_site).filePath(QStringLiteral("_evenements/nouvel-atelier.markdown"))));
    QVERIFY(window.selectDocument(QDir(m_site).filePath(Atelier)));
    QTRY_VERIFY(window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu")));
    QTRY_COMPARE(window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"))->text(),
                 QStringLiteral("Maison de l’innovation publique"));
    QVERIFY(!window.currentSession()->isModified());
}

void TestMainWindow::authorFromTheSettingsOrGit()
{
    QCOMPARE(QProcess::execute(QStringLiteral("git"),
                               {QStringLiteral("-C"), m_site, QStringLiteral("init"), QStringLiteral("-q")}),
             0);
    QCOMPARE(QProcess::execute(QStringLiteral("git"),
                               {QStringLiteral("-C"), m_site, QStringLiteral("config"), QStringLiteral("user.name"),
                                QStringLiteral("Git Person")}),
             0);
    QCOMPARE(QProcess::execute(QStringLiteral("git"),
                               {QStringLiteral("-C"), m_site, QStringLiteral("config"), QStringLiteral("user.email"),
                                QStringLiteral("git@example.invalid")}),
             0);
    MainWindow window(m_settings.get());
    QVERIFY(window.openSite(m_site));
    QCOMPARE(window.author().name, QStringLiteral("Git Person"));
    QCOMPARE(window.author().email, QStringLiteral("git@example.invalid"));
    m_settings->setAuthor(QStringLiteral("Marie Dupont"), QStringLiteral("marie@example.invalid"));
    QCOMPARE(window.author().name, QStringLiteral("Marie Dupont"));
    QCOMPARE(window.author().email, QStringLiteral("marie@example.invalid"));
    QCOMPARE(AppSettings(m_dir->filePath(QStringLiteral("settings.ini"))).authorName(), QStringLiteral("Marie Dupont"));
}

void TestMainWindow::newDocumentGetsTheExpectedFileName()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    SiteConfig config;
    QString error;
    QVERIFY(SiteConfig::load(m_site, &config, &error));
    EditorSettings settings;
    NewDocumentDialog named(config, settings, SiteScanner::schema(config, settings, QStringLiteral("evenements")));
    named.setTitle(QStringLiteral("Atelier d’été : les données, 2027 !"));
    QCOMPARE(named.fileName(), QStringLiteral("_evenements/atelier-dete-les-donnees-2027.markdown"));
    QCOMPARE(named.url(), QStringLiteral("/agenda/atelier-dete-les-donnees-2027/"));

    QVERIFY(window.createDocument(QStringLiteral("Atelier d’été : les données, 2027 !")));
    const QString path = QDir(m_site).filePath(named.fileName());
    QVERIFY(QFile::exists(path));
    QCOMPARE(window.currentSession()->path(), path);
    QCOMPARE(window.currentSession()->frontMatter().value(QStringLiteral("title")).toString(),
             QStringLiteral("Atelier d’été : les données, 2027 !"));
    QTRY_COMPARE(window.browser()->currentPath(), path); // listed once the index has read it
}

void TestMainWindow::duplicateDocument()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    const QByteArray original = readAll(QDir(m_site).filePath(Atelier));
    QVERIFY(window.duplicateDocument(QStringLiteral("Atelier accessibilité, session 2")));
    const QString path = QDir(m_site).filePath(QStringLiteral("_evenements/atelier-accessibilite-session-2.markdown"));
    QCOMPARE(window.currentSession()->path(), path);
    QByteArray expected = original;
    expected.replace("title: Atelier accessibilité numérique\n", "title: Atelier accessibilité, session 2\n");
    QCOMPARE(readAll(path), expected);
    QCOMPARE(readAll(QDir(m_site).filePath(Atelier)), original);
}

void TestMainWindow::deleteMovesTheFileToTheTrash()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    const QString path = QDir(m_site).filePath(Atelier);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.deleteDocument());
    QVERIFY(QFile::exists(path));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(window.deleteDocument());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!window.currentSession());
    // The list follows the disk.
    QTRY_VERIFY(!window.browser()->selectPath(path));
}

void TestMainWindow::keyboardOnlyEditAndSave()
{
    MainWindow window(m_settings.get());
    window.setCheckLinksOnSave(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openSite(m_site));
    QTRY_VERIFY_WITH_TIMEOUT(window.isSiteReady(), 10000);

    // Ctrl+F: the search box; type a few letters; Enter: the first match, in the list; Enter
    // again: to the form.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QWidget* search = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit*>(search));
    QTest::keyClicks(search, QStringLiteral("hackathon"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(window.browser()->currentPath().endsWith(QLatin1String("hackathon-des-donnees-de-mobilite.markdown")));
    QCOMPARE(QApplication::focusWidget(), window.browser()->view());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(window.currentSession());
    QWidget* first = QApplication::focusWidget();
    QVERIFY(window.editor()->form()->isAncestorOf(first));

    // Tab goes down the form: the title is first; type over it and save with Ctrl+S.
    auto* title = qobject_cast<QLineEdit*>(first);
    QVERIFY(title);
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(title, QStringLiteral("Hackathon mobilite"));
    QTest::keyClick(title, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != title);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!window.currentSession()->isModified());
    QVERIFY(readAll(window.currentSession()->path()).contains("title: Hackathon mobilite\n"));

    // Alt+3: the body; Alt+1: back to the list.
    QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), window.editor()->bodyEditor());
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), window.browser()->view());
}

void TestMainWindow::closingWithUnsavedChangesAsks()
{
    const QString path = QDir(m_site).filePath(Atelier);
    const QByteArray before = readAll(path);
    {
        MainWindow window(m_settings.get());
        window.show();
        QVERIFY(openDocument(window, Atelier));
        QVERIFY(window.close()); // nothing edited: no question
        window.show();
        auto* place = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"));
        QVERIFY(place);
        place->end(false);
        QTest::keyClicks(place, QStringLiteral(" bis"));

        const int asked = MessageBox::asked();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QCOMPARE(MessageBox::asked(), asked + 1);
        QVERIFY(MessageBox::lastText().contains(Atelier));
        QVERIFY(window.isVisible());

        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window.close());
        QCOMPARE(readAll(path), before);
    }
    {
        MainWindow window(m_settings.get());
        window.show();
        QVERIFY(openDocument(window, Atelier));
        auto* place = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"));
        QVERIFY(place);
        place->end(false);
        QTest::keyClicks(place, QStringLiteral(" bis"));
        MessageBox::setNextAnswer(QMessageBox::Save);
        QVERIFY(window.close());
        QVERIFY(readAll(path).contains("lieu: Maison de l’innovation publique bis\n"));
    }
}

void TestMainWindow::editsOfAKilledProcessAreOfferedBack()
{
    const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("recoverychild"));
    QVERIFY2(QFile::exists(program), qPrintable(program));
    const QString recovery = m_dir->filePath(QStringLiteral("recovery"));
    const QString path = QDir(m_site).filePath(Atelier);
    const QByteArray before = readAll(path);
    auto editAndKill = [&] {
        QProcess child;
        child.start(program,
                    {m_site, recovery, m_dir->filePath(QStringLiteral("child.ini")), Atelier, QStringLiteral("lieu"),
                     QStringLiteral(" (salle B)")});
        if (!child.waitForStarted(10000) || !child.waitForReadyRead(30000))
            return QByteArray("no answer: ") + child.readAllStandardError();
        const QByteArray said = child.readAllStandardOutput();
        child.kill(); // SIGKILL: nothing saved, nothing cleaned up
        child.waitForFinished(10000);
        return said;
    };
    QCOMPARE(editAndKill().trimmed(), QByteArray("kept"));
    QCOMPARE(readAll(path), before);

    // The next start offers the edits back; taken, they are there, unsaved.
    {
        MainWindow window(m_settings.get());
        window.setRecoveryFolder(recovery);
        window.setCheckLinksOnSave(false);
        window.show();
        const int asked = MessageBox::asked();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(window.openSite(m_site));
        QTRY_VERIFY_WITH_TIMEOUT(window.isSiteReady(), 10000);
        QCOMPARE(MessageBox::asked(), asked + 1);
        QVERIFY(MessageBox::lastText().contains(Atelier));
        QTRY_VERIFY(window.currentSession() && window.currentSession()->path() == path);
        QVERIFY(window.currentSession()->isModified());
        QCOMPARE(window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"))->text(),
                 QStringLiteral("Maison de l’innovation publique (salle B)"));
        QCOMPARE(window.currentSession()->undoStack()->undoText(), QStringLiteral("Restore unsaved edits"));
        QVERIFY(window.save());
        QVERIFY(readAll(path).contains("lieu: Maison de l’innovation publique (salle B)\n"));
        QVERIFY(!RecoveryStore(recovery).contains(path));
    }

    // Discarded, they are gone for good.
    QCOMPARE(editAndKill().trimmed(), QByteArray("kept"));
    const QByteArray saved = readAll(path);
    MainWindow window(m_settings.get());
    window.setRecoveryFolder(recovery);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window.openSite(m_site));
    QTRY_VERIFY_WITH_TIMEOUT(window.isSiteReady(), 10000);
    QVERIFY(!RecoveryStore(recovery).contains(path));
    QVERIFY(window.modifiedSessions().isEmpty());
    QCOMPARE(readAll(path), saved);
}

void TestMainWindow::layoutAndRecentSitesPersist()
{
    QList<int> sizes;
    {
        MainWindow window(m_settings.get());
        window.show();
        QVERIFY(window.openSite(m_site));
        auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        splitter->setSizes({250, 700, 450});
        sizes = splitter->sizes();
        QVERIFY(window.close());
    }
    MainWindow again(m_settings.get());
    again.show();
    QCOMPARE(again.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QCOMPARE(m_settings->recentSites().value(0), QFileInfo(m_site).absoluteFilePath());
    auto* recent = again.findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(recent->actions().first()->text().contains(QDir::toNativeSeparators(m_site)));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    QStringList unnamed;
    const QList<QWidget*> widgets = window.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || widget->accessibleName().isEmpty() == false)
            continue;
        if (widget->focusProxy())
            continue;
        if (qobject_cast<QAbstractScrollArea*>(widget->parentWidget()))
            continue; // a viewport: its scroll area is named
        unnamed.append(QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                     QString::fromLatin1(widget->metaObject()->className())));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::speaksFrench()
{
    QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France)),
             QStringLiteral("fr"));
    MainWindow window(m_settings.get());
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus.first(), QStringLiteral("&Fichier"));
    QCOMPARE(menus.last(), QStringLiteral("&Aide"));
    QVERIFY(openDocument(window, Atelier));
    QTRY_VERIFY(window.preview()->toPlainText().contains(QStringLiteral("Jeudi 11 février 2027, de 14 h à 17 h")));
    QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::German)), QStringLiteral("en"));
}

void TestMainWindow::languageChosenInTheMenu()
{
    MainWindow window(m_settings.get());
    auto firstMenu = [&window] { return window.menuBar()->actions().first()->text(); };
    QCOMPARE(firstMenu(), QStringLiteral("&File")); // the tests' system speaks C
    window.findChild<QAction*>(QStringLiteral("language-fr"))->trigger();
    QTRY_COMPARE(firstMenu(), QStringLiteral("&Fichier"));
    QCOMPARE(m_settings->language(), QStringLiteral("fr"));
    QCOMPARE(AppSettings(m_dir->filePath(QStringLiteral("settings.ini"))).interfaceLocale().language(),
             QLocale::French);
    window.findChild<QAction*>(QStringLiteral("language-"))->trigger();
    QTRY_COMPARE(firstMenu(), QStringLiteral("&File"));
    QCOMPARE(m_settings->language(), QString());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
