#include "diffview.h"

#include "diffhighlighter.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

namespace EventDesk {

DiffView::DiffView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new DiffHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->setPalette(palette());
}

void DiffView::setDiff(const QString& diff)
{
    m_isDiff = true;
    m_highlighter->setDocument(document());
    setPlainText(diff);
}

void DiffView::setNote(const QString& note)
{
    m_isDiff = false;
    m_highlighter->setDocument(nullptr);
    setPlainText(note);
}

void DiffView::paintEvent(QPaintEvent* event)
{
    if (m_isDiff) {
        QPainter painter(viewport());
        const QPointF offset = contentOffset();
        for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
            const QRectF rect = blockBoundingGeometry(block).translated(offset);
            if (rect.top() > viewport()->height())
                break;
            const QColor back = DiffHighlighter::background(DiffHighlighter::lineKind(block.text()), palette());
            if (back.isValid())
                painter.fillRect(QRectF(0, rect.top(), viewport()->width(), rect.height()), back);
        }
    }
    QPlainTextEdit::paintEvent(event);
}

void DiffView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
}

} // namespace EventDesk
