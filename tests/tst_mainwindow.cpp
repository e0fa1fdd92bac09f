#include "documentbrowser.h"
#include "documenteditor.h"
#include "documentform.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "mainwindowtest.h"
#include "markdowneditor.h"
#include "messagebox.h"
#include "newdocumentdialog.h"
#include "previewpane.h"
#include "problemmodel.h"
#include "site/samplesite.h"
#include "site/siteindex.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QUndoStack>

using namespace EventDesk;

// The main window, offscreen, on a fresh copy of the bundled sample site for each test: browsing,
// editing, preview, problems, files and keyboard. (Links: tst_windowlinks; French and the
// interface's language: tst_windowlanguage; spelling: tst_windowspelling; recovery, outside
// changes, failed saves and the changes of a session: tst_documentsafety; screen readers, Tab,
// focus and high contrast: tst_accessibility and tst_highcontrast.)
class TestMainWindow : public MainWindowTest
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
    void repeatableGroupEditsAreSaved();
    void pickingAnImageCopiesItIntoTheUploads();
    void malformedFileOpensAsRawText();
    void newDocumentGetsTheExpectedFileName();
    void duplicateDocument();
    void deleteMovesTheFileToTheTrash();
    void keyboardOnlyEditAndSave();
    void closingWithUnsavedChangesAsks();
    void layoutAndRecentSitesPersist();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QVERIFY(setUpSite());
}

void TestMainWindow::cleanup()
{
    tearDownSite();
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
