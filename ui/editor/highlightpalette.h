#pragma once

#include "markdownrole.h"

#include <QColor>
#include <QHash>
#include <QTextCharFormat>

class QPalette;

namespace EventDesk {

// The colours of the Markdown editor, derived from a widget palette so that they work on light
// and dark themes alike: each role gets a hue whose lightness is pushed until its text reaches a
// readable contrast (WCAG 4.5:1) against the palette's base colour.
class HighlightPalette
{
public:
    HighlightPalette();
    explicit HighlightPalette(const QPalette& palette);

    QTextCharFormat format(MarkdownRole role) const;
    bool isDark() const { return m_dark; }

    // Full-width line backgrounds for the editor.
    QColor currentLineBackground() const { return m_currentLine; }
    QColor markedLineBackground() const { return m_markedLine; }
    QColor markedLineAccent() const { return m_markedAccent; }

    // A fixed-pitch font for code (the system's, or a monospace family when the platform has none).
    static QFont codeFont();

    // The WCAG contrast ratio of two colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);

private:
    QColor readable(double hue, double saturation, const QColor& background = QColor()) const;

    bool m_dark = false;
    QColor m_base;
    QColor m_text;
    QColor m_currentLine;
    QColor m_markedLine;
    QColor m_markedAccent;
    QHash<int, QTextCharFormat> m_formats;
};

} // namespace EventDesk
