#include "mainactions.h"
#include "mainwindowtest.h"
#include "spellhighlighter.h"
#include "spellservice.h"
#include "ui/spelling/spellmenutest.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

#include "documentsession.h"

using namespace EventDesk;

// Spelling in the main window: the body and the form's text fields, the context menu's
// suggestions through the document's undo history, and Tools > Spelling kept in the settings.
class TestWindowSpelling : public MainWindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { tearDownSite(); }
    void bodyAndFieldsUnderlined();
    void suggestionIsAnUndoStep();
    void turnedOffAndKept();
    void dictionaryChosenOrMissing();

private:
    // The body's words underlined as misspelled.
    static QStringList underlinedInBody(MainWindow& window);
    bool openAtelier(MainWindow& window);
};

void TestWindowSpelling::init()
{
    QVERIFY(setUpSite());
    if (SpellDictionary::find(SpellDictionary::installed(), QStringLiteral("fr")).language.isEmpty())
        QSKIP("No French Hunspell dictionary: install hunspell-fr (packaging/install-deps.sh does)");
}

QStringList TestWindowSpelling::underlinedInBody(MainWindow& window)
{
    QStringList words;
    QTextDocument* document = window.editor()->bodyEditor()->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        int start = -1;
        int end = -1;
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        for (const QTextLayout::FormatRange& range : formats) {
            if (range.format.underlineStyle() != QTextCharFormat::SpellCheckUnderline)
                continue;
            if (range.start != end && start >= 0) {
                words.append(block.text().mid(start, end - start));
                start = -1;
            }
            if (start < 0)
                start = range.start;
            end = range.start + range.length;
        }
        if (start >= 0)
            words.append(block.text().mid(start, end - start));
    }
    return words;
}

bool TestWindowSpelling::openAtelier(MainWindow& window)
{
    window.show();
    if (!openDocument(window, Atelier))
        return false;
    window.spelling()->waitForDictionary();
    return window.spelling()->isActive();
}

void TestWindowSpelling::bodyAndFieldsUnderlined()
{
    MainWindow window(m_settings.get());
    QVERIFY(openAtelier(window));
    // The sample site is spelled right: nothing underlined in its body.
    QCOMPARE(underlinedInBody(window), QStringList());

    MarkdownEditor* body = window.editor()->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    typeAscii(body, QStringLiteral("Une tabl rondde avec `rondde` et https://exemple.fr/rondde."));
    QCOMPARE(underlinedInBody(window), (QStringList{QStringLiteral("tabl"), QStringLiteral("rondde")}));

    // The title field: a line edit with its spelling attached.
    auto* edit = window.editor()->findChild<QLineEdit*>(QStringLiteral("title"));
    QVERIFY(edit);
    auto* spelling = edit->findChild<LineEditSpelling*>();
    QVERIFY(spelling);
    QVERIFY(spelling->underlined().isEmpty());
    edit->setFocus();
    edit->end(false);
    typeAscii(edit, QStringLiteral(" et atelierr"));
    QCOMPARE(spelling->underlined().size(), 1);
    QCOMPARE(edit->text().mid(spelling->underlined().constFirst().position, spelling->underlined().constFirst().length),
             QStringLiteral("atelierr"));
}

void TestWindowSpelling::suggestionIsAnUndoStep()
{
    MainWindow window(m_settings.get());
    QVERIFY(openAtelier(window));
    MarkdownEditor* body = window.editor()->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    typeAscii(body, QStringLiteral("Une table rondde."));
    const QString typed = body->toPlainText();
    QUndoStack* stack = window.currentSession()->undoStack();
    const int steps = stack->count();

    // The menu key with the cursor in the word: its suggestions come first.
    body->moveCursor(QTextCursor::End);
    body->moveCursor(QTextCursor::Left);
    body->moveCursor(QTextCursor::Left);
    const QRect cursor = body->cursorRect();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, cursor.center(),
                            body->viewport()->mapToGlobal(cursor.center()));
    QCoreApplication::sendEvent(body->viewport(), &event);
    QTRY_VERIFY(SpellMenuTest::openPopup());
    QMenu* menu = SpellMenuTest::openPopup();
    QCOMPARE(menu->actions().constFirst()->objectName(), QStringLiteral("spelling-suggestion"));
    QAction* ronde = SpellMenuTest::action(menu, QStringLiteral("ronde"));
    QVERIFY(ronde);
    ronde->trigger();
    menu->close();
    QVERIFY(body->toPlainText().endsWith(QStringLiteral("Une table ronde.")));
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(window.currentSession()->isModified());
    QCOMPARE(underlinedInBody(window), QStringList());

    stack->undo();
    QCOMPARE(body->toPlainText(), typed);
    QCOMPARE(underlinedInBody(window), QStringList{QStringLiteral("rondde")});
}

void TestWindowSpelling::turnedOffAndKept()
{
    {
        MainWindow window(m_settings.get());
        QVERIFY(openAtelier(window));
        MarkdownEditor* body = window.editor()->bodyEditor();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClick(body, Qt::Key_Return);
        typeAscii(body, QStringLiteral("rondde"));
        QCOMPARE(underlinedInBody(window), QStringList{QStringLiteral("rondde")});
        auto* check = window.findChild<QAction*>(QStringLiteral("checkSpellingAction"));
        QVERIFY(check);
        QVERIFY(check->isChecked());
        // The dictionary in use is checked in Tools > Spelling.
        auto* french =
            window.findChild<QAction*>(QStringLiteral("spelling-") + window.spelling()->dictionaryLanguage());
        QVERIFY(french);
        QVERIFY(french->isChecked());
        check->trigger();
        QVERIFY(!check->isChecked());
        QCOMPARE(underlinedInBody(window), QStringList());
        window.currentSession()->undoStack()->setClean(); // nothing to ask about on close
    }
    QVERIFY(!m_settings->spellingEnabled());
    MainWindow next(m_settings.get());
    auto* check = next.findChild<QAction*>(QStringLiteral("checkSpellingAction"));
    QVERIFY(!check->isChecked());
    QVERIFY(!next.spelling()->isEnabled());
}

void TestWindowSpelling::dictionaryChosenOrMissing()
{
    MainWindow window(m_settings.get());
    QVERIFY(openAtelier(window));
    auto* check = window.findChild<QAction*>(QStringLiteral("checkSpellingAction"));
    const QString usual = check->statusTip();
    QVERIFY(!usual.isEmpty());
    // Debian's French dictionary has several names for one file: listed once.
    QStringList french;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->objectName().startsWith(QLatin1String("spelling-fr")))
            french.append(action->text());
    }
    QCOMPARE(french, QStringList{QStringLiteral("Français")});
    // Named in their own words, the territory only when the name does not say it.
    if (auto* english = window.findChild<QAction*>(QStringLiteral("spelling-en_US")))
        QCOMPARE(english->text(), QStringLiteral("American English"));

    // A language without a dictionary: the action says why; back to French, it says what it does.
    SpellService* spelling = window.spelling();
    spelling->setLanguage(QStringLiteral("tlh"));
    QCOMPARE(check->statusTip(), spelling->dictionaryError());
    QVERIFY(check->statusTip() != usual);
    spelling->setLanguage(QStringLiteral("fr"));
    spelling->waitForDictionary();
    QCOMPARE(check->statusTip(), usual);
    // Underlines drawn again everywhere: no edit of the document.
    QVERIFY(!window.currentSession()->isModified());
}

QTEST_MAIN(TestWindowSpelling)
#include "tst_windowspelling.moc"
