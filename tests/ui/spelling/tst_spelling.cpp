#include "formenvironment.h"
#include "markdowneditor.h"
#include "markdownhighlighter.h"
#include "spellhighlighter.h"
#include "spellmenu.h"
#include "spellmenutest.h"
#include "spellservice.h"
#include "texteditor.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace EventDesk;

// Underlines, suggestions and the personal word list in the editors, with the French dictionary.
class TestSpelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bodyUnderlinesProseOnly();
    void bodyLeavesMarkupOverLinesAlone();
    void turningOffAndLanguages();
    void suggestionReplacesTheWord();
    void addToDictionary();
    void plainFieldUnderlines();
    void lineEditUnderlinesAndSuggests();
    void lineEditLeavesCompositionAlone();
    void redrawingIsNotAnEdit();

private:
    // The misspelled words the highlighter underlined in a document, as text.
    static QStringList underlined(QTextDocument* document);
    // Pixels of the underline's red in a widget as drawn.
    static int redPixels(QWidget* widget);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SpellService> m_service;
};

void TestSpelling::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_service = std::make_unique<SpellService>(m_dir->filePath(QStringLiteral("personal-words.txt")));
    if (SpellDictionary::find(m_service->dictionaries(), QStringLiteral("fr")).language.isEmpty())
        QSKIP("No French Hunspell dictionary: install hunspell-fr (packaging/install-deps.sh does)");
    m_service->setLanguage(QStringLiteral("fr"));
    m_service->waitForDictionary();
    QVERIFY2(m_service->isActive(), qPrintable(m_service->dictionaryError()));
}

void TestSpelling::cleanup()
{
    m_service.reset();
    m_dir.reset();
}

QStringList TestSpelling::underlined(QTextDocument* document)
{
    QStringList words;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        QString current;
        int end = -1;
        for (const QTextLayout::FormatRange& range : formats) {
            if (range.format.underlineStyle() != QTextCharFormat::SpellCheckUnderline)
                continue;
            // The Markdown highlighter sets one character at a time: join neighbours.
            if (range.start != end && !current.isEmpty()) {
                words.append(current);
                current.clear();
            }
            current += block.text().mid(range.start, range.length);
            end = range.start + range.length;
        }
        if (!current.isEmpty())
            words.append(current);
    }
    return words;
}

int TestSpelling::redPixels(QWidget* widget)
{
    const QImage image = widget->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            // Antialiased, the thin wave is a light red: red well above green and blue.
            if (c.red() - c.green() > 50 && c.red() - c.blue() > 50)
                ++count;
        }
    }
    return count;
}

void TestSpelling::bodyUnderlinesProseOnly()
{
    MarkdownEditor editor;
    editor.highlighter()->setSpellService(m_service.get());
    editor.setPlainText(QStringLiteral("## Une table rondde\n\n"
                                       "Lancez `rondde` puis voir [le sitte](https://exemple.fr/rondde).\n"
                                       "```\nrondde nouvele\n```\n"
                                       "{% include rondde.html %} et une nouvele feuille.\n"));
    QCOMPARE(underlined(editor.document()),
             (QStringList{QStringLiteral("rondde"), QStringLiteral("sitte"), QStringLiteral("nouvele")}));
    // Typing a word fixes its line as you type.
    QTextCursor cursor(editor.document()->firstBlock());
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.deletePreviousChar();
    cursor.deletePreviousChar();
    cursor.insertText(QStringLiteral("e"));
    QCOMPARE(editor.document()->firstBlock().text(), QStringLiteral("## Une table ronde"));
    QCOMPARE(underlined(editor.document()), (QStringList{QStringLiteral("sitte"), QStringLiteral("nouvele")}));
}

void TestSpelling::bodyLeavesMarkupOverLinesAlone()
{
    MarkdownEditor editor;
    editor.highlighter()->setSpellService(m_service.get());
    editor.setPlainText(
        QStringLiteral("<!-- une note\nsur deux lignnes --> puis rondde.\n\n"
                       "<img src=\"a.png\"\n  alt=\"une imagge\"> et nouvele.\n\n"
                       "{::comment}note interrne{:/comment} fautte\n\n"
                       "{% highlight ruby %}\ndef bonjourr\n  puts \"salutt\"\nend\n{% endhighlight %}\n"
                       "Aprés le code.\n\n"
                       "{% include figure.html\n   legende=\"Unne légende\" %} suitte\n"));
    QCOMPARE(underlined(editor.document()),
             (QStringList{QStringLiteral("rondde"), QStringLiteral("nouvele"), QStringLiteral("fautte"),
                          QStringLiteral("Aprés"), QStringLiteral("suitte")}));
    // The menu offers suggestions only where a word is underlined: not in the highlighted code.
    const QTextBlock code = editor.document()->findBlockByNumber(9);
    QCOMPARE(code.text(), QStringLiteral("def bonjourr"));
    QVERIFY(!SpellMenu::isUnderlined(code, 6));
    const QTextBlock prose = editor.document()->findBlockByNumber(13);
    QCOMPARE(prose.text(), QStringLiteral("Aprés le code."));
    QVERIFY(SpellMenu::isUnderlined(prose, 2));
    QVERIFY(!SpellMenu::isUnderlined(prose, 8));
}

void TestSpelling::turningOffAndLanguages()
{
    MarkdownEditor editor;
    editor.highlighter()->setSpellService(m_service.get());
    editor.setPlainText(QStringLiteral("Une table rondde.\n"));
    QCOMPARE(underlined(editor.document()), QStringList{QStringLiteral("rondde")});
    m_service->setEnabled(false);
    QVERIFY(underlined(editor.document()).isEmpty());
    m_service->setEnabled(true);
    QCOMPARE(underlined(editor.document()), QStringList{QStringLiteral("rondde")});

    // Another installed dictionary: the same text read as English.
    if (SpellDictionary::find(m_service->dictionaries(), QStringLiteral("en")).language.isEmpty())
        QSKIP("No English Hunspell dictionary: install hunspell-en-us (packaging/install-deps.sh does)");
    QSignalSpy changed(m_service.get(), &SpellService::changed);
    m_service->setLanguage(QStringLiteral("en"));
    QVERIFY(changed.wait(5000));
    QCOMPARE(m_service->dictionaryLanguage(), QStringLiteral("en_US"));
    QCOMPARE(underlined(editor.document()), (QStringList{QStringLiteral("Une"), QStringLiteral("rondde")}));
    // A language with no dictionary: spelling says so, and underlines nothing.
    m_service->setLanguage(QStringLiteral("tlh"));
    QVERIFY(!m_service->isActive());
    QVERIFY(!m_service->dictionaryError().isEmpty());
    QVERIFY(underlined(editor.document()).isEmpty());
}

void TestSpelling::suggestionReplacesTheWord()
{
    QPlainTextEdit edit;
    new SpellHighlighter(edit.document(), m_service.get(), SpellChecker::TextKind::Markdown);
    edit.setPlainText(QStringLiteral("Une table rondde à 14 h."));
    const QString text = edit.toPlainText();
    QMenu menu;
    QAction* own = menu.addAction(QStringLiteral("Copy"));
    QVERIFY(SpellMenu::addTo(&menu, m_service.get(), text, 12, SpellChecker::TextKind::Markdown,
                             [&](int position, int length, const QString& replacement) {
                                 QTextCursor cursor(edit.document());
                                 cursor.setPosition(position);
                                 cursor.setPosition(position + length, QTextCursor::KeepAnchor);
                                 cursor.insertText(replacement);
                             }));
    // Suggestions first, the editor's own actions after.
    QCOMPARE(menu.actions().constFirst()->objectName(), QStringLiteral("spelling-suggestion"));
    QCOMPARE(menu.actions().constLast(), own);
    QAction* ronde = SpellMenuTest::action(&menu, QStringLiteral("ronde"));
    QVERIFY(ronde);
    ronde->trigger();
    QCOMPARE(edit.toPlainText(), QStringLiteral("Une table ronde à 14 h."));
    QVERIFY(underlined(edit.document()).isEmpty());
    // One edit of the document: undone at once.
    edit.undo();
    QCOMPARE(edit.toPlainText(), text);

    // A correct word, or a word in code: nothing to add.
    QMenu other;
    QVERIFY(!SpellMenu::addTo(&other, m_service.get(), text, 5, SpellChecker::TextKind::Markdown, {}));
    QVERIFY(!SpellMenu::addTo(&other, m_service.get(), QStringLiteral("`rondde`"), 3, SpellChecker::TextKind::Markdown,
                              {}));
    QVERIFY(other.actions().isEmpty());
}

void TestSpelling::addToDictionary()
{
    MarkdownEditor editor;
    editor.highlighter()->setSpellService(m_service.get());
    editor.setPlainText(QStringLiteral("Rendez-vous à la Numérithèque de Lisieux.\n"));
    QCOMPARE(underlined(editor.document()), QStringList{QStringLiteral("Numérithèque")});
    QMenu menu;
    QVERIFY(SpellMenu::addTo(&menu, m_service.get(), editor.toPlainText(), 20, SpellChecker::TextKind::Markdown, {}));
    QAction* add = menu.findChild<QAction*>(QStringLiteral("spelling-add"));
    QVERIFY(add);
    add->trigger();
    QVERIFY(underlined(editor.document()).isEmpty());
    QFile file(m_service->personalFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Numérithèque\n"));

    // The next start knows it.
    SpellService next(m_service->personalFile());
    next.setLanguage(QStringLiteral("fr"));
    next.waitForDictionary();
    QVERIFY(next.misspelled(QStringLiteral("la Numérithèque"), SpellChecker::TextKind::Plain).isEmpty());
}

void TestSpelling::plainFieldUnderlines()
{
    // A plain text field: no Markdown, so a backquoted word is prose; addresses are still skipped.
    QPlainTextEdit edit;
    new SpellHighlighter(edit.document(), m_service.get(), SpellChecker::TextKind::Plain);
    edit.setPlainText(QStringLiteral("Salle `Jauress`, https://exemple.fr/sallle"));
    QCOMPARE(underlined(edit.document()), QStringList{QStringLiteral("Jauress")});
}

void TestSpelling::lineEditUnderlinesAndSuggests()
{
    QLineEdit edit;
    auto* spelling = new LineEditSpelling(&edit, m_service.get());
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy edited(&edit, &QLineEdit::textEdited);
    edit.setText(QStringLiteral("Atelier de la rentrée : table rondde"));
    QCOMPARE(spelling->underlined().size(), 1);
    QCOMPARE(spelling->underlined().constFirst().position, 30);
    QCOMPARE(spelling->underlined().constFirst().length, 6);
    // Drawn: the line edit shows the red wavy line.
    QVERIFY(redPixels(&edit) > 5);
    // Underlining sends no edit.
    QCOMPARE(edit.text(), QStringLiteral("Atelier de la rentrée : table rondde"));
    QCOMPARE(edited.count(), 0);

    // The keyboard's menu key, the cursor in the word.
    edit.setFocus();
    edit.setCursorPosition(33);
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(5, 5), edit.mapToGlobal(QPoint(5, 5)));
    QCoreApplication::sendEvent(&edit, &event);
    QTRY_VERIFY(SpellMenuTest::openPopup());
    QMenu* menu = SpellMenuTest::openPopup();
    QAction* ronde = SpellMenuTest::action(menu, QStringLiteral("ronde"));
    QVERIFY(ronde);
    // The line edit's own actions are still there, after.
    QVERIFY(menu->actions().constLast()->objectName() == QLatin1String("select-all")
            || !menu->actions().constLast()->text().isEmpty());
    ronde->trigger();
    menu->close();
    QCOMPARE(edit.text(), QStringLiteral("Atelier de la rentrée : table ronde"));
    // As typed: the form hears an edit, and the line's undo takes it back.
    QCOMPARE(edited.count(), 1);
    QVERIFY(spelling->underlined().isEmpty());
    QCOMPARE(redPixels(&edit), 0);
    edit.undo();
    QCOMPARE(edit.text(), QStringLiteral("Atelier de la rentrée : table rondde"));
    QCOMPARE(spelling->underlined().size(), 1);

    // Turned off: nothing underlined.
    m_service->setEnabled(false);
    QVERIFY(spelling->underlined().isEmpty());
}

// Counts the input method events that reach a widget, and the underlines they carry.
class InputMethodSpy : public QObject
{
public:
    int underlines = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::InputMethod) {
            const QList<QInputMethodEvent::Attribute> attributes = static_cast<QInputMethodEvent*>(event)->attributes();
            for (const QInputMethodEvent::Attribute& attribute : attributes)
                underlines += attribute.type == QInputMethodEvent::TextFormat;
        }
        return false;
    }
};

void TestSpelling::lineEditLeavesCompositionAlone()
{
    QLineEdit edit;
    auto* spelling = new LineEditSpelling(&edit, m_service.get());
    edit.setText(QStringLiteral("une table rondde et une f"));
    QCOMPARE(spelling->underlined().size(), 1);
    InputMethodSpy spy;
    edit.installEventFilter(&spy);

    // A dead key: "^" shown while the user composes "ê". The spelling changes meanwhile (another
    // word added, "rondde" still wrong): the underlines wait, so the composition goes on.
    QInputMethodEvent composing(QStringLiteral("^"), {});
    QCoreApplication::sendEvent(&edit, &composing);
    m_service->addToDictionary(QStringLiteral("Zorglub"));
    QCOMPARE(spy.underlines, 0);

    // Composed: the text and the underlines follow.
    QInputMethodEvent composed;
    composed.setCommitString(QStringLiteral("ê"));
    QCoreApplication::sendEvent(&edit, &composed);
    QCOMPARE(edit.text(), QStringLiteral("une table rondde et une fê"));
    QTRY_COMPARE(spelling->underlined().size(), 2); // "rondde", "fê"
    QVERIFY(spy.underlines >= 2);
    QCOMPARE(edit.text().mid(spelling->underlined().constLast().position, 2), QStringLiteral("fê"));
}

void TestSpelling::redrawingIsNotAnEdit()
{
    // A form's text field whose value has a \r\n (shown as one line break): the underlines drawn
    // again when the spelling changes are no edit of the value.
    FormEnvironment environment;
    environment.spelling = m_service.get();
    SchemaField field;
    field.key = QStringLiteral("chapeau");
    TextEditor editor(field, TextEditor::Mode::Plain, &environment);
    const YamlValue value = YamlValue::fromString(QStringLiteral("Ligne une\r\nLigne rondde"));
    editor.setValue(value);
    QSignalSpy edited(&editor, &FieldEditor::edited);
    m_service->setEnabled(false);
    m_service->setEnabled(true);
    m_service->addToDictionary(QStringLiteral("Zorglub"));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(editor.value(), value);

    // Typing is.
    auto* edit = editor.findChild<QPlainTextEdit*>();
    QVERIFY(edit);
    edit->moveCursor(QTextCursor::End);
    edit->insertPlainText(QStringLiteral("s"));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(editor.value().toString(), QStringLiteral("Ligne une\nLigne ronddes"));

    // Its menu, from the keyboard with the cursor in the underlined word: a suggestion is an edit.
    edit->setPlainText(QStringLiteral("Une table rondde."));
    QCOMPARE(edited.count(), 2);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(12);
    edit->setTextCursor(cursor);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(5, 5), edit->mapToGlobal(QPoint(5, 5)));
    QCoreApplication::sendEvent(edit->viewport(), &menuKey);
    QTRY_VERIFY(SpellMenuTest::openPopup());
    QMenu* menu = SpellMenuTest::openPopup();
    QAction* ronde = SpellMenuTest::action(menu, QStringLiteral("ronde"));
    QVERIFY(ronde);
    ronde->trigger();
    menu->close();
    QCOMPARE(editor.value().toString(), QStringLiteral("Une table ronde."));
    QCOMPARE(edited.count(), 3);
}

QTEST_MAIN(TestSpelling)
#include "tst_spelling.moc"
