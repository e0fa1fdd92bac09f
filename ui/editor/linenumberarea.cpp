#include "linenumberarea.h"

#include "highlightpalette.h"
#include "markdowneditor.h"
#include "markdownhighlighter.h"

#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace EventDesk {

namespace {

constexpr int LeftPadding = 10;
constexpr int RightPadding = 8;

} // namespace

LineNumberArea::LineNumberArea(MarkdownEditor* editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("lineNumberArea"));
}

int LineNumberArea::preferredWidth() const
{
    const int last = m_editor->firstLineNumber() + qMax(1, m_editor->blockCount()) - 1;
    const int digits = qMax(3, int(QString::number(last).size()));
    return LeftPadding + m_editor->fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + RightPadding;
}

QSize LineNumberArea::sizeHint() const
{
    return {preferredWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    const QPalette& palette = m_editor->palette();
    const HighlightPalette& colors = m_editor->highlighter()->palette();
    painter.fillRect(event->rect(), palette.color(QPalette::Base));

    QFont font = m_editor->font();
    const QFontMetrics metrics(font);
    const int current = m_editor->textCursor().blockNumber();
    const int marked = m_editor->markedLine() > 0 ? m_editor->markedLine() - m_editor->firstLineNumber() : -1;
    const bool showCurrent = !m_editor->isReadOnly();

    QTextBlock block = m_editor->firstVisibleBlock();
    const QPointF offset = m_editor->contentOffset();
    qreal top = m_editor->blockBoundingGeometry(block).translated(offset).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = m_editor->blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int number = block.blockNumber();
            const QTextLayout* layout = block.layout();
            const QTextLine firstLine = layout->lineCount() > 0 ? layout->lineAt(0) : QTextLine();
            const qreal baseline = top + (firstLine.isValid() ? firstLine.y() + firstLine.ascent() : metrics.ascent());
            // The editor's line backgrounds continue into the gutter.
            const QRectF band(0, top, width(), height);
            QColor color = palette.color(QPalette::PlaceholderText);
            font.setBold(false);
            if (number == marked) {
                painter.fillRect(band, colors.markedLineBackground());
                painter.fillRect(QRectF(0, top, 3, height), colors.markedLineAccent());
                color = colors.markedLineAccent();
                font.setBold(true);
            } else if (number == current && showCurrent) {
                painter.fillRect(band, colors.currentLineBackground());
                color = palette.color(QPalette::Text);
                font.setBold(true);
            }
            painter.setFont(font);
            painter.setPen(color);
            const QString text = QString::number(number + m_editor->firstLineNumber());
            const qreal x = width() - RightPadding - QFontMetricsF(font).horizontalAdvance(text);
            painter.drawText(QPointF(x, baseline), text);
        }
        block = block.next();
        top += height;
    }
}

bool LineNumberArea::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int line =
            m_editor->cursorForPosition(QPoint(0, help->pos().y())).blockNumber() + m_editor->firstLineNumber();
        if (m_editor->markedLine() > 0 && line == m_editor->markedLine())
            QToolTip::showText(help->globalPos(), m_editor->markedLineMessage(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace EventDesk
