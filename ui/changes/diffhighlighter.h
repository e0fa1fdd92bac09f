#pragma once

#include <QColor>
#include <QPalette>
#include <QSyntaxHighlighter>

namespace EventDesk {

// Colours a unified diff: added lines on green, removed lines on red, hunk headers (`@@`) and
// file headers in grey; the tints follow the palette, lighter on a light theme, darker on a dark one.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class LineKind { Context, Added, Removed, Hunk, Header };

    explicit DiffHighlighter(QTextDocument* document);

    void setPalette(const QPalette& palette);
    static LineKind lineKind(const QString& line);
    // The line's background, invalid for context lines.
    static QColor background(LineKind kind, const QPalette& palette);

protected:
    void highlightBlock(const QString& text) override;

private:
    QPalette m_palette;
};

} // namespace EventDesk
