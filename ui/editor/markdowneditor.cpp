#include "markdowneditor.h"

#include "formattingactions.h"
#include "highlightpalette.h"
#include "linenumberarea.h"
#include "markdownformatter.h"
#include "markdownhighlighter.h"

#include <QAction>
#include <QHelpEvent>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

namespace EventDesk {

namespace {

constexpr qreal DocumentMargin = 6;

} // namespace

MarkdownEditor::MarkdownEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new MarkdownHighlighter(document()))
    , m_gutter(new LineNumberArea(this))
    , m_actions(nullptr)
{
    setObjectName(QStringLiteral("markdownEditor"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTabChangesFocus(true);
    document()->setDocumentMargin(DocumentMargin);
    m_actions = new FormattingActions(this);
    // The highlighter belongs to the editor, not to its first document, which setTextDocument()
    // may replace (and QPlainTextEdit then deletes).
    m_highlighter->setParent(this);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &MarkdownEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &MarkdownEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &MarkdownEditor::updateExtraSelections);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &MarkdownEditor::checkTopLine);

    m_highlighter->setFrontMatterAllowed(true); // line 1 is the file's first line
    applyFont();
    applyPalette();
    retranslate();
}

MarkdownEditor::~MarkdownEditor() = default;

void MarkdownEditor::prepareDocument(QTextDocument* document)
{
    if (!qobject_cast<QPlainTextDocumentLayout*>(document->documentLayout()))
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    if (document->documentMargin() != DocumentMargin)
        document->setDocumentMargin(DocumentMargin);
}

void MarkdownEditor::setTextDocument(QTextDocument* document)
{
    if (document == this->document())
        return;
    prepareDocument(document);
    setDocument(document);
    m_highlighter->setDocument(document);
    m_highlighter->setFrontMatterAllowed(m_firstLine == 1);
    updateGutterWidth();
    updateExtraSelections();
    checkTopLine();
}

void MarkdownEditor::setFirstLineNumber(int fileLine)
{
    m_firstLine = qMax(1, fileLine);
    m_highlighter->setFrontMatterAllowed(m_firstLine == 1); // a whole file
    updateGutterWidth();
    m_gutter->update();
    checkTopLine();
}

int MarkdownEditor::cursorLine() const
{
    return textCursor().blockNumber() + m_firstLine;
}

void MarkdownEditor::setFixedPitchFont(bool fixed)
{
    if (m_fixedPitch == fixed)
        return;
    m_fixedPitch = fixed;
    applyFont();
}

int MarkdownEditor::topLine() const
{
    return firstVisibleBlock().blockNumber() + m_firstLine;
}

void MarkdownEditor::scrollToLine(int fileLine)
{
    verticalScrollBar()->setValue(blockOfLine(fileLine).firstLineNumber());
}

void MarkdownEditor::goToLine(int fileLine, int column)
{
    const QTextBlock block = blockOfLine(fileLine);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void MarkdownEditor::setMarkedLine(int fileLine, const QString& message)
{
    m_markedLine = fileLine > 0 ? fileLine : 0;
    m_markedMessage = m_markedLine > 0 ? message : QString();
    updateExtraSelections();
    m_gutter->update();
}

QList<QAction*> MarkdownEditor::formattingActions() const
{
    return m_actions->actions();
}

void MarkdownEditor::toggleBold()
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    MarkdownFormatter::toggleWrap(cursor, QStringLiteral("**"));
    setTextCursor(cursor);
}

void MarkdownEditor::toggleItalic()
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    MarkdownFormatter::toggleWrap(cursor, QStringLiteral("*"));
    setTextCursor(cursor);
}

void MarkdownEditor::insertLink()
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    MarkdownFormatter::toggleLink(cursor);
    setTextCursor(cursor);
}

void MarkdownEditor::setHeading(int level)
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    MarkdownFormatter::setHeading(cursor, level);
    setTextCursor(cursor);
}

void MarkdownEditor::toggleHeading(int level)
{
    setHeading(MarkdownFormatter::headingLevel(textCursor()) == level ? 0 : level);
}

void MarkdownEditor::toggleBulletList()
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    MarkdownFormatter::toggleBulletList(cursor);
    setTextCursor(cursor);
}

void MarkdownEditor::toggleNumberedList()
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    MarkdownFormatter::toggleNumberedList(cursor);
    setTextCursor(cursor);
}

bool MarkdownEditor::event(QEvent* event)
{
    // The text control claims some keys our actions use (Ctrl+K deletes to the end of the line on
    // some platforms): let the shortcuts have them.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QAction* action : m_actions->actions()) {
            if (action->isEnabled() && action->shortcut() == pressed) {
                event->ignore();
                return true;
            }
        }
    }
    return QPlainTextEdit::event(event);
}

bool MarkdownEditor::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void MarkdownEditor::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        applyPalette();
        break;
    case QEvent::FontChange:
        setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
        updateGutterWidth();
        break;
    default:
        break;
    }
    QPlainTextEdit::changeEvent(event);
}

void MarkdownEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(contents.left(), contents.top(), m_gutter->preferredWidth(), contents.height());
    // The lines wrap differently. Later: a resize can come in the middle of a document change.
    if (!m_selectionsQueued) {
        m_selectionsQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_selectionsQueued = false;
                updateExtraSelections();
            },
            Qt::QueuedConnection);
    }
    checkTopLine();
}

void MarkdownEditor::retranslate()
{
    setAccessibleName(tr("Page text"));
    setAccessibleDescription(tr("The text of the event page, in Markdown. Tab leaves the editor."));
    setPlaceholderText(tr("Write the text of the event page here. **Bold**, *italic*, [a link](https://…), "
                          "## a heading, * a list item."));
    m_actions->retranslate();
}

void MarkdownEditor::applyPalette()
{
    m_highlighter->setPalette(HighlightPalette(palette()));
    updateExtraSelections();
    m_gutter->update();
}

void MarkdownEditor::applyFont()
{
    setFont(m_fixedPitch ? HighlightPalette::codeFont() : QFont());
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    updateGutterWidth();
}

void MarkdownEditor::updateGutterWidth()
{
    setViewportMargins(m_gutter->preferredWidth(), 0, 0, 0);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(contents.left(), contents.top(), m_gutter->preferredWidth(), contents.height());
}

void MarkdownEditor::updateGutter(const QRect& rect, int dy)
{
    if (dy != 0) {
        m_gutter->scroll(0, dy);
        checkTopLine();
    } else {
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    }
}

void MarkdownEditor::updateExtraSelections()
{
    const HighlightPalette& colors = m_highlighter->palette();
    QList<QTextEdit::ExtraSelection> selections;
    // One full-width selection per visual line of the block: a cursor without selection marks
    // the line it is on, to the window's edge.
    const auto wholeLine = [&selections](const QTextBlock& block, const QColor& color) {
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(color);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        const QTextLayout* layout = block.layout();
        const int lines = layout != nullptr ? qMax(1, layout->lineCount()) : 1;
        for (int i = 0; i < lines; ++i) {
            const int start = layout != nullptr && layout->lineCount() > 0 ? layout->lineAt(i).textStart() : 0;
            selection.cursor = QTextCursor(block);
            selection.cursor.setPosition(block.position() + start);
            selections.append(selection);
        }
    };
    if (!isReadOnly())
        wholeLine(textCursor().block(), colors.currentLineBackground());
    if (m_markedLine > 0) {
        const int number = m_markedLine - m_firstLine;
        if (number >= 0 && number < blockCount())
            wholeLine(document()->findBlockByNumber(number), colors.markedLineBackground());
    }
    setExtraSelections(selections);
    m_gutter->update();
}

void MarkdownEditor::checkTopLine()
{
    const int line = topLine();
    if (line == m_lastTopLine)
        return;
    m_lastTopLine = line;
    Q_EMIT topLineChanged(line);
}

QTextBlock MarkdownEditor::blockOfLine(int fileLine) const
{
    const int number = qBound(0, fileLine - m_firstLine, blockCount() - 1);
    return document()->findBlockByNumber(number);
}

QString MarkdownEditor::toolTipAt(const QPoint& viewportPosition) const
{
    if (m_markedLine <= 0)
        return {};
    const int line = cursorForPosition(viewportPosition).blockNumber() + m_firstLine;
    return line == m_markedLine ? m_markedMessage : QString();
}

} // namespace EventDesk
