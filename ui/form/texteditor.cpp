#include "texteditor.h"

#include "formenvironment.h"
#include "spellhighlighter.h"
#include "spellmenu.h"
#include "spellservice.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFontMetrics>
#include <QMenu>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QVBoxLayout>

namespace EventDesk {

namespace {
constexpr int PlainMinLines = 2;
constexpr int MarkdownMinLines = 3;
constexpr int MaxLines = 6;
constexpr int MarkdownMaxLines = 8;
} // namespace

TextEditor::TextEditor(const SchemaField& field, Mode mode, const FormEnvironment* environment, QWidget* parent)
    : FieldEditor(field, environment, parent)
    , m_mode(mode)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QPlainTextEdit(this);
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setPlaceholderText(defaultText());
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_edit->viewport()->installEventFilter(this);
    layout->addWidget(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &TextEditor::onTextChanged);
    if (environment->spelling)
        new SpellHighlighter(m_edit->document(), environment->spelling,
                             mode == Mode::Markdown ? SpellChecker::TextKind::Markdown : SpellChecker::TextKind::Plain);
    connect(m_edit->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &TextEditor::updateHeight);
    updateHeight();
}

void TextEditor::setValue(const YamlValue& value)
{
    m_value = value;
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(value.isNull() ? QString() : value.toString());
    m_shown = shownText();
    updateHeight();
}

bool TextEditor::accepts(const YamlValue& value) const
{
    return value.isNull() || value.type() == YamlValue::Type::String;
}

QWidget* TextEditor::focusTarget() const
{
    return m_edit;
}

void TextEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

bool TextEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit->viewport() && event->type() == QEvent::ContextMenu && environment()->spelling
        && !m_edit->isReadOnly()) {
        showContextMenu(static_cast<QContextMenuEvent*>(event));
        return true;
    }
    if (watched == m_edit->viewport() && event->type() == QEvent::Resize
        && static_cast<QResizeEvent*>(event)->oldSize().width() != m_edit->viewport()->width())
        updateHeight();
    return FieldEditor::eventFilter(watched, event);
}

void TextEditor::showContextMenu(QContextMenuEvent* event)
{
    // The editor's own menu, with the spelling of the word under the pointer first.
    QMenu* menu = m_edit->createStandardContextMenu(event->pos());
    SpellMenu::addTo(menu, environment()->spelling, m_edit, event,
                     m_mode == Mode::Markdown ? SpellChecker::TextKind::Markdown : SpellChecker::TextKind::Plain);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

QString TextEditor::shownText() const
{
    // toPlainText() would turn no-break spaces (French typography) into plain ones.
    QString text = m_edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

void TextEditor::onTextChanged()
{
    // Highlighting (spelling) also says the text changed: only a text that differs from the one
    // shown before is an edit. (Compared as shown: a value's \r\n shows as one line break.)
    const QString text = shownText();
    if (text == m_shown)
        return;
    m_shown = text;
    m_value = text.isEmpty() ? emptyValue() : YamlValue::fromString(text);
    notifyEdited();
}

void TextEditor::updateHeight()
{
    // Visual lines (wrapped at the viewport's width), between a minimum and a maximum, then the
    // box scrolls. Measured with the font: the editor lays out only what it shows.
    const QFontMetrics metrics(m_edit->font());
    const int width = qMax(1, m_edit->viewport()->width() - 2 * int(m_edit->document()->documentMargin()));
    int lines = 0;
    for (QTextBlock block = m_edit->document()->begin(); block.isValid(); block = block.next()) {
        const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, block.text());
        lines += qMax(1, (bounds.height() + metrics.lineSpacing() - 1) / metrics.lineSpacing());
    }
    const int minLines = m_mode == Mode::Markdown ? MarkdownMinLines : PlainMinLines;
    const int maxLines = m_mode == Mode::Markdown ? MarkdownMaxLines : MaxLines;
    lines = qBound(minLines, lines, maxLines);
    const QMargins margins = m_edit->contentsMargins();
    const int height = lines * m_edit->fontMetrics().lineSpacing() + 2 * int(m_edit->document()->documentMargin())
        + margins.top() + margins.bottom() + 2;
    if (m_edit->height() != height)
        m_edit->setFixedHeight(height);
}

QString TextEditor::expectation() const
{
    return m_mode == Mode::Markdown ? tr("Text on several lines, in Markdown. Tab goes to the next field.")
                                    : tr("Text on several lines. Tab goes to the next field.");
}

} // namespace EventDesk
