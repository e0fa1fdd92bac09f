#pragma once

#include <QTextBrowser>

namespace EventDesk {

// The live preview: the event page as QTextBrowser shows it, kept at the same place when the
// page is replaced, and scrolled block by block with the body editor through the `line-N`
// anchors EventPage puts before each block of the body. Web, mail and phone links open in the
// system's applications (QDesktopServices); links inside the page scroll to their anchor.
class PreviewPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PreviewPane(QWidget* parent = nullptr);

    // Replaces the page, keeping the scroll position.
    void setPage(const QString& html);
    // The width images may take: the viewport less the page's padding and a scroll bar.
    int maxImageWidth() const;

    // Scrolls so that the body's block holding that file line is at the top.
    void scrollToLine(int fileLine);
    // The file line of the body block at the top of the view (0 above the body).
    int topLine() const;

Q_SIGNALS:
    // The user scrolled the page to another block of the body.
    void topLineChanged(int fileLine);

protected:
    bool event(QEvent* event) override;

private:
    void openLink(const QUrl& url);
    void mapAnchors();

    struct Anchor
    {
        int y = 0;
        int line = 0;
    };
    QVector<Anchor> m_anchors; // by y
    bool m_scrollingToLine = false;
    int m_lastTopLine = -1;
};

} // namespace EventDesk
