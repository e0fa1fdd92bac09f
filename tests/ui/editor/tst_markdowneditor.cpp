#include "markdowneditor.h"
#include "markdowntoolbar.h"

#include <QAction>
#include <QApplication>
#include <QFontMetrics>
#include <QLineEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTranslator>
#include <QVBoxLayout>

using namespace EventDesk;

namespace {

// Texts with the cursor written in: ‸ is a cursor without selection, ⟦ and ⟧ the start and end of
// the selection (the cursor at its end).
const QChar Caret(0x2038);
const QChar SelectionStart(0x27E6);
const QChar SelectionEnd(0x27E7);

void setMarkedText(MarkdownEditor& editor, QString text)
{
    int start = int(text.indexOf(Caret));
    int end = start;
    if (start >= 0) {
        text.remove(start, 1);
    } else {
        start = int(text.indexOf(SelectionStart));
        text.remove(start, 1);
        end = int(text.indexOf(SelectionEnd));
        text.remove(end, 1);
    }
    editor.setPlainText(text);
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    editor.setTextCursor(cursor);
}

QString markedText(const MarkdownEditor& editor)
{
    QString text = editor.toPlainText();
    const QTextCursor cursor = editor.textCursor();
    if (!cursor.hasSelection())
        return text.insert(cursor.position(), Caret);
    text.insert(cursor.selectionEnd(), SelectionEnd);
    return text.insert(cursor.selectionStart(), SelectionStart);
}

QString unmarked(QString text)
{
    return text.remove(Caret).remove(SelectionStart).remove(SelectionEnd);
}

QString lines(int count)
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines.append(QStringLiteral("Ligne %1").arg(i + 1));
    return lines.join(QLatin1Char('\n'));
}

QAction* action(const MarkdownEditor& editor, const QString& name)
{
    for (QAction* action : editor.formattingActions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

// Translates every text into a recognisable one, to see which texts follow a language change.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return QStringLiteral("[fr] ") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestMarkdownEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatting_data();
    void formatting();
    void nothingToFormatAddsNoUndoStep();
    void lineNumbersAreFileLines();
    void scrollToLineKeepsTheCursor();
    void goToLine();
    void topLineChangedWhenScrolling();
    void gutterGrowsWithLineNumbers();
    void markedLine();
    void markedLineCoversWrappedLines();
    void shortcutsWorkInTheEditor();
    void tabLeavesTheEditor();
    void actionsDescribeThemselves();
    void toolBarNamesItsButtons();
    void textsFollowTheLanguage();
    void fixedPitchFont();
    void readOnlyIgnoresFormatting();
};

void TestMarkdownEditor::formatting_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    const auto row = [](const char* name, const char* command, const char* before, const char* after) {
        QTest::newRow(name) << QString::fromLatin1(command) << QString::fromUtf8(before) << QString::fromUtf8(after);
    };
    row("bold selection", "bold", "Salle ⟦Ségur⟧ ouverte", "Salle **⟦Ségur⟧** ouverte");
    row("bold word at cursor", "bold", "Salle Sé‸gur ouverte", "Salle **⟦Ségur⟧** ouverte");
    row("bold trims spaces", "bold", "⟦Salle ⟧Ségur", "**⟦Salle⟧** Ségur");
    row("bold with nothing to wrap", "bold", "‸", "**‸**");
    row("bold off, text selected", "bold", "Salle **⟦Ségur⟧**", "Salle ⟦Ségur⟧");
    row("bold off, markers selected", "bold", "Salle ⟦**Ségur**⟧", "Salle ⟦Ségur⟧");
    row("bold off, cursor in the word", "bold", "**Sé‸gur** ouverte", "⟦Ségur⟧ ouverte");
    row("bold off, underscores", "bold", "__⟦Ségur⟧__", "⟦Ségur⟧");
    row("bold over italic", "bold", "*⟦Ségur⟧*", "***⟦Ségur⟧***");
    row("bold off, bold italic", "bold", "***⟦Ségur⟧***", "*⟦Ségur⟧*");
    row("bold several words", "bold", "Le ⟦lieu de la transformation⟧ publique",
        "Le **⟦lieu de la transformation⟧** publique");
    row("italic selection", "italic", "un ⟦atelier⟧ pratique", "un *⟦atelier⟧* pratique");
    row("italic over bold", "italic", "**⟦atelier⟧**", "***⟦atelier⟧***");
    row("italic off", "italic", "un *⟦atelier⟧* pratique", "un ⟦atelier⟧ pratique");
    row("italic off, bold italic", "italic", "***⟦atelier⟧***", "**⟦atelier⟧**");
    row("italic off, underscores", "italic", "_ate‸lier_", "⟦atelier⟧");
    row("link selection", "link", "Lire ⟦le guide⟧ ici", "Lire [le guide](⟦https://⟧) ici");
    row("link word at cursor", "link", "Lire gui‸de", "Lire [guide](⟦https://⟧)");
    row("link with nothing to wrap", "link", "Voir ‸", "Voir [‸](https://)");
    row("link of a url", "link", "⟦https://www.numerique.gouv.fr⟧", "[‸](https://www.numerique.gouv.fr)");
    row("link off", "link", "Voir [le gu‸ide](https://a.fr) ici", "Voir ⟦le guide⟧ ici");
    row("image is not unwrapped", "link", "![pho‸to](a.png)", "![[photo](⟦https://⟧)](a.png)");
    row("heading 2", "h2", "Pro‸gramme", "## Pro‸gramme");
    row("heading 2 to 3", "h3", "## Pro‸gramme", "### Pro‸gramme");
    row("heading removed", "h0", "### Pro‸gramme", "Pro‸gramme");
    row("heading on an empty line", "h2", "‸", "## ‸");
    row("heading on several lines", "h2", "⟦Un\n\n### Deux\nTrois⟧", "⟦## Un\n\n## Deux\n## Trois⟧");
    row("heading toggled off", "toggle h2", "## Pro‸gramme", "Pro‸gramme");
    row("heading toggle on mixed lines", "toggle h2", "⟦## Un\nDeux⟧", "⟦## Un\n## Deux⟧");
    row("heading toggle off on several lines", "toggle h2", "⟦## Un\n## Deux⟧", "⟦Un\nDeux⟧");
    row("selection ending at a line start", "h3", "⟦Un\n⟧Deux", "### ⟦Un\n⟧Deux");
    row("bullet list", "bullet", "⟦Accueil\nAteliers⟧", "⟦* Accueil\n* Ateliers⟧");
    row("bullet item at cursor", "bullet", "Accu‸eil", "* Accu‸eil");
    row("bullet keeps indentation", "bullet", "  Accu‸eil", "  * Accu‸eil");
    row("bullet list off", "bullet", "⟦* Accueil\n- Ateliers⟧", "⟦Accueil\nAteliers⟧");
    row("bullet completes a list", "bullet", "⟦* Accueil\nAteliers⟧", "⟦* Accueil\n* Ateliers⟧");
    row("numbers to bullets", "bullet", "⟦1. Accueil\n2. Ateliers⟧", "⟦* Accueil\n* Ateliers⟧");
    row("numbered list", "numbered", "⟦Accueil\nAteliers\nCocktail⟧", "⟦1. Accueil\n2. Ateliers\n3. Cocktail⟧");
    row("numbered skips blank lines", "numbered", "⟦Accueil\n\nAteliers⟧", "⟦1. Accueil\n\n2. Ateliers⟧");
    row("bullets to numbers", "numbered", "⟦* Accueil\n- Ateliers⟧", "⟦1. Accueil\n2. Ateliers⟧");
    row("numbered continues and renumbers", "numbered", "1. Accueil\nAte‸liers\n2. Cocktail\n2. Fin",
        "1. Accueil\n2. Ate‸liers\n3. Cocktail\n4. Fin");
    row("numbered list off", "numbered", "⟦1. Accueil\n2. Ateliers⟧", "⟦Accueil\nAteliers⟧");
}

void TestMarkdownEditor::formatting()
{
    QFETCH(QString, command);
    QFETCH(QString, before);
    QFETCH(QString, after);

    MarkdownEditor editor;
    setMarkedText(editor, before);
    QSignalSpy undoSteps(editor.document(), &QTextDocument::undoCommandAdded);

    if (command == QLatin1String("bold"))
        editor.toggleBold();
    else if (command == QLatin1String("italic"))
        editor.toggleItalic();
    else if (command == QLatin1String("link"))
        editor.insertLink();
    else if (command.startsWith(QLatin1String("toggle h")))
        editor.toggleHeading(command.right(1).toInt());
    else if (command.startsWith(QLatin1Char('h')))
        editor.setHeading(command.mid(1).toInt());
    else if (command == QLatin1String("bullet"))
        editor.toggleBulletList();
    else if (command == QLatin1String("numbered"))
        editor.toggleNumberedList();
    else
        QFAIL("unknown command");

    QCOMPARE(markedText(editor), after);
    QCOMPARE(undoSteps.count(), 1);
    editor.document()->undo();
    QCOMPARE(editor.toPlainText(), unmarked(before));
}

void TestMarkdownEditor::nothingToFormatAddsNoUndoStep()
{
    MarkdownEditor editor;
    setMarkedText(editor, QStringLiteral("## Pro‸gramme"));
    QSignalSpy undoSteps(editor.document(), &QTextDocument::undoCommandAdded);
    editor.setHeading(2);
    QCOMPARE(editor.toPlainText(), QStringLiteral("## Programme"));
    QCOMPARE(undoSteps.count(), 0);
}

void TestMarkdownEditor::lineNumbersAreFileLines()
{
    MarkdownEditor editor;
    editor.resize(500, 300);
    editor.setPlainText(lines(200));
    editor.setFirstLineNumber(12);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    QCOMPARE(editor.firstLineNumber(), 12);
    QCOMPARE(editor.topLine(), 12);
    QCOMPARE(editor.cursorLine(), 12);
    editor.scrollToLine(50);
    QCOMPARE(editor.topLine(), 50);
    QCOMPARE(editor.cursorForPosition(QPoint(5, 5)).block().text(), QStringLiteral("Ligne 39"));
}

void TestMarkdownEditor::scrollToLineKeepsTheCursor()
{
    MarkdownEditor editor;
    editor.resize(500, 300);
    editor.setPlainText(lines(200));
    editor.setFirstLineNumber(5);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.goToLine(7, 3);
    const int position = editor.textCursor().position();

    editor.scrollToLine(120);
    QCOMPARE(editor.topLine(), 120);
    QCOMPARE(editor.textCursor().position(), position);
    // Lines before the body or after its end scroll to its first or last line.
    editor.scrollToLine(1);
    QCOMPARE(editor.topLine(), 5);
}

void TestMarkdownEditor::goToLine()
{
    QWidget window;
    auto* other = new QLineEdit(&window);
    auto* editor = new MarkdownEditor(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(other);
    layout->addWidget(editor);
    window.resize(500, 400);
    editor->setPlainText(lines(300));
    editor->setFirstLineNumber(20);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    other->setFocus();

    editor->goToLine(200, 4);
    QCOMPARE(editor->cursorLine(), 200);
    QCOMPARE(editor->textCursor().block().text(), QStringLiteral("Ligne 181"));
    QCOMPARE(editor->textCursor().positionInBlock(), 3);
    QCOMPARE(window.focusWidget(), editor);
    // Centred: lines above and below it are visible.
    QVERIFY(editor->topLine() < 195);
    QVERIFY(editor->topLine() > 150);
    // A column past the end of the line stops at its end.
    editor->goToLine(21, 99);
    QCOMPARE(editor->textCursor().positionInBlock(), 7);
}

void TestMarkdownEditor::topLineChangedWhenScrolling()
{
    MarkdownEditor editor;
    editor.resize(500, 300);
    editor.setPlainText(lines(200));
    editor.setFirstLineNumber(30);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy topLines(&editor, &MarkdownEditor::topLineChanged);

    editor.verticalScrollBar()->setValue(10);
    QCOMPARE(topLines.count(), 1);
    QCOMPARE(topLines.last().at(0).toInt(), 40);
    editor.verticalScrollBar()->setValue(10);
    QCOMPARE(topLines.count(), 1);
    editor.verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    QCOMPARE(topLines.count(), 2);
    QCOMPARE(topLines.last().at(0).toInt(), 41);
    editor.scrollToLine(100);
    QCOMPARE(topLines.count(), 3);
    QCOMPARE(topLines.last().at(0).toInt(), 100);
}

void TestMarkdownEditor::gutterGrowsWithLineNumbers()
{
    MarkdownEditor editor;
    editor.resize(500, 300);
    editor.setPlainText(lines(20));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const int narrow = editor.viewport()->geometry().left();
    QVERIFY(narrow > editor.fontMetrics().horizontalAdvance(QStringLiteral("999")));
    editor.setFirstLineNumber(99990);
    QVERIFY(editor.viewport()->geometry().left() > narrow);
}

void TestMarkdownEditor::markedLine()
{
    MarkdownEditor editor;
    editor.setPlainText(lines(10));
    editor.setFirstLineNumber(8);
    QCOMPARE(editor.extraSelections().size(), 1); // the current line

    editor.setMarkedLine(11, QStringLiteral("mapping values are not allowed here"));
    QCOMPARE(editor.markedLine(), 11);
    QCOMPARE(editor.markedLineMessage(), QStringLiteral("mapping values are not allowed here"));
    const auto selections = editor.extraSelections();
    QCOMPARE(selections.size(), 2);
    QCOMPARE(selections.last().cursor.block().text(), QStringLiteral("Ligne 4"));
    QVERIFY(selections.last().format.background() != selections.first().format.background());
    QVERIFY(selections.last().format.property(QTextFormat::FullWidthSelection).toBool());

    // It stays when the cursor moves.
    editor.goToLine(9);
    QCOMPARE(editor.extraSelections().size(), 2);
    editor.setMarkedLine(0, QString());
    QCOMPARE(editor.extraSelections().size(), 1);
    QVERIFY(editor.markedLineMessage().isEmpty());
}

void TestMarkdownEditor::markedLineCoversWrappedLines()
{
    MarkdownEditor editor;
    editor.resize(300, 300);
    const QString longLine = QStringLiteral("Une ligne assez longue pour passer à la ligne. ").repeated(6);
    editor.setPlainText(QStringLiteral("Court\n") + longLine + QStringLiteral("\nCourt"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QTextBlock block = editor.document()->findBlockByNumber(1);
    QVERIFY(block.layout()->lineCount() > 2);

    editor.setMarkedLine(2, QStringLiteral("erreur"));
    int marked = 0;
    for (const auto& selection : editor.extraSelections()) {
        QVERIFY(selection.format.property(QTextFormat::FullWidthSelection).toBool());
        if (selection.cursor.block() == block) {
            QVERIFY(!selection.cursor.hasSelection());
            ++marked;
        }
    }
    QCOMPARE(marked, block.layout()->lineCount());
}

void TestMarkdownEditor::shortcutsWorkInTheEditor()
{
    MarkdownEditor editor;
    setMarkedText(editor, QStringLiteral("Salle Sé‸gur"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    editor.setFocus();
    QVERIFY(editor.hasFocus());

    QTest::keyClick(&editor, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(markedText(editor), QStringLiteral("Salle **⟦Ségur⟧**"));
    QTest::keyClick(&editor, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(markedText(editor), QStringLiteral("Salle ***⟦Ségur⟧***"));
    // Ctrl+K is also a text editing key on some platforms: the link action wins.
    QTest::keyClick(&editor, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(markedText(editor), QStringLiteral("Salle ***[Ségur](⟦https://⟧)***"));
    QTest::keyClick(&editor, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(editor.toPlainText(), QStringLiteral("## Salle ***[Ségur](https://)***"));
    QTest::keyClick(&editor, Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor.toPlainText(), QStringLiteral("* ## Salle ***[Ségur](https://)***"));
}

void TestMarkdownEditor::tabLeavesTheEditor()
{
    QWidget window;
    auto* editor = new MarkdownEditor(&window);
    auto* next = new QLineEdit(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(editor);
    layout->addWidget(next);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    editor->setPlainText(QStringLiteral("Texte"));
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Tab);
    QVERIFY(next->hasFocus());
    QCOMPARE(editor->toPlainText(), QStringLiteral("Texte"));
}

void TestMarkdownEditor::actionsDescribeThemselves()
{
    MarkdownEditor editor;
    const QList<QAction*> actions = editor.formattingActions();
    QCOMPARE(actions.size(), 7);
    const QList<QPair<QString, QKeySequence>> expected = {
        {QStringLiteral("actionBold"), QKeySequence(Qt::CTRL | Qt::Key_B)},
        {QStringLiteral("actionItalic"), QKeySequence(Qt::CTRL | Qt::Key_I)},
        {QStringLiteral("actionLink"), QKeySequence(Qt::CTRL | Qt::Key_K)},
        {QStringLiteral("actionHeading2"), QKeySequence(Qt::CTRL | Qt::Key_2)},
        {QStringLiteral("actionHeading3"), QKeySequence(Qt::CTRL | Qt::Key_3)},
        {QStringLiteral("actionBulletList"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8)},
        {QStringLiteral("actionNumberedList"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7)},
    };
    for (int i = 0; i < actions.size(); ++i) {
        QAction* action = actions.at(i);
        QCOMPARE(action->objectName(), expected.at(i).first);
        QCOMPARE(action->shortcut(), expected.at(i).second);
        QCOMPARE(action->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        QVERIFY(editor.actions().contains(action));
        QVERIFY(!action->text().isEmpty());
        QVERIFY(!action->iconText().isEmpty());
        QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                 qPrintable(action->toolTip()));
    }
    // The editor owns them.
    QPointer<QAction> bold;
    {
        MarkdownEditor other;
        bold = other.formattingActions().first();
    }
    QVERIFY(bold.isNull());
}

void TestMarkdownEditor::toolBarNamesItsButtons()
{
    MarkdownEditor editor;
    MarkdownToolBar toolBar(&editor);
    const auto buttons = toolBar.findChildren<QToolButton*>(QStringLiteral("actionBoldButton"));
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(buttons.first()->accessibleName(), QStringLiteral("Bold"));
    QVERIFY(!toolBar.accessibleName().isEmpty());

    // A click formats the editor's text.
    setMarkedText(editor, QStringLiteral("Un ⟦mot⟧"));
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QCOMPARE(editor.toPlainText(), QStringLiteral("Un **mot**"));
}

void TestMarkdownEditor::textsFollowTheLanguage()
{
    MarkdownEditor editor;
    MarkdownToolBar toolBar(&editor);
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QTRY_VERIFY(action(editor, QStringLiteral("actionBold"))->text().startsWith(QLatin1String("[fr] ")));
    QVERIFY(editor.accessibleName().startsWith(QLatin1String("[fr] ")));
    QVERIFY(toolBar.findChild<QToolButton*>(QStringLiteral("actionItalicButton"))
                ->accessibleName()
                .startsWith(QLatin1String("[fr] ")));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(action(editor, QStringLiteral("actionBold"))->text(), QStringLiteral("&Bold"));
}

void TestMarkdownEditor::fixedPitchFont()
{
    MarkdownEditor editor;
    QVERIFY(!editor.fixedPitchFont());
    editor.setFixedPitchFont(true);
    QVERIFY(editor.fixedPitchFont());
    const auto isFixed = [](const QFont& font) {
        const QFontMetrics metrics(font);
        return metrics.horizontalAdvance(QLatin1Char('i')) == metrics.horizontalAdvance(QLatin1Char('W'));
    };
    QVERIFY(isFixed(editor.font()));
    editor.setFixedPitchFont(false);
    QVERIFY(!isFixed(editor.font()));
}

void TestMarkdownEditor::readOnlyIgnoresFormatting()
{
    MarkdownEditor editor;
    setMarkedText(editor, QStringLiteral("Un ⟦mot⟧"));
    editor.setReadOnly(true);
    editor.toggleBold();
    editor.toggleBulletList();
    QCOMPARE(editor.toPlainText(), QStringLiteral("Un mot"));
}

QTEST_MAIN(TestMarkdownEditor)
#include "tst_markdowneditor.moc"
