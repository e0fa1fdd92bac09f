#include "previewpane.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

namespace EventDesk {

namespace {

const QString LinePrefix = QStringLiteral("line-");

} // namespace

PreviewPane::PreviewPane(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &PreviewPane::openLink);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_scrollingToLine)
            return;
        const int line = topLine();
        if (line == m_lastTopLine)
            return;
        m_lastTopLine = line;
        if (line > 0)
            Q_EMIT topLineChanged(line);
    });
}

void PreviewPane::setPage(const QString& html)
{
    const int position = verticalScrollBar()->value();
    m_scrollingToLine = true;
    setHtml(html);
    mapAnchors();
    verticalScrollBar()->setValue(position);
    m_scrollingToLine = false;
}

int PreviewPane::maxImageWidth() const
{
    return qMax(120, viewport()->width() - 2 * 18 - 24);
}

void PreviewPane::mapAnchors()
{
    m_anchors.clear();
    QAbstractTextDocumentLayout* layout = document()->documentLayout();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QStringList names = fragment.charFormat().anchorNames();
            for (const QString& name : names) {
                if (!name.startsWith(LinePrefix))
                    continue;
                bool ok = false;
                const int line = QStringView(name).mid(LinePrefix.size()).toInt(&ok);
                if (!ok)
                    continue;
                const QRectF rect = layout->blockBoundingRect(block);
                int y = int(rect.top());
                if (const QTextLayout* text = block.layout()) {
                    const QTextLine textLine = text->lineForTextPosition(fragment.position() - block.position());
                    if (textLine.isValid())
                        y += int(textLine.y());
                }
                m_anchors.append({y, line});
            }
        }
    }
    std::stable_sort(m_anchors.begin(), m_anchors.end(), [](const Anchor& a, const Anchor& b) { return a.y < b.y; });
}

void PreviewPane::scrollToLine(int fileLine)
{
    // The last block that starts at or before the line.
    int target = -1;
    int best = 0;
    for (const Anchor& anchor : std::as_const(m_anchors)) {
        if (anchor.line <= fileLine && anchor.line >= best) {
            best = anchor.line;
            target = anchor.y;
        }
    }
    m_scrollingToLine = true;
    verticalScrollBar()->setValue(target < 0 ? 0 : target);
    m_lastTopLine = best;
    m_scrollingToLine = false;
}

int PreviewPane::topLine() const
{
    const int top = verticalScrollBar()->value();
    int line = 0;
    for (const Anchor& anchor : m_anchors) {
        if (anchor.y > top + 2)
            break;
        line = anchor.line;
    }
    return line;
}

bool PreviewPane::event(QEvent* event)
{
    const bool handled = QTextBrowser::event(event);
    // Read-only, the page shows no text cursor: with the focus, its frame takes the selection
    // colour, as the frames of line edits do.
    if (event->type() == QEvent::Paint && hasFocus() && frameWidth() > 0) {
        QPainter painter(this);
        const qreal width = frameWidth();
        painter.setPen(QPen(palette().color(QPalette::Highlight), width));
        painter.drawRect(QRectF(rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2));
    }
    return handled;
}

void PreviewPane::openLink(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")
        || scheme == QLatin1String("tel"))
        QDesktopServices::openUrl(url);
    else if (!url.fragment().isEmpty() && url.path().isEmpty())
        scrollToAnchor(url.fragment());
}

} // namespace EventDesk
