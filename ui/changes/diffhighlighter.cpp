#include "diffhighlighter.h"

namespace EventDesk {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

DiffHighlighter::DiffHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
}

void DiffHighlighter::setPalette(const QPalette& palette)
{
    m_palette = palette;
    rehighlight();
}

DiffHighlighter::LineKind DiffHighlighter::lineKind(const QString& line)
{
    if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---")))
        return LineKind::Header;
    if (line.startsWith(QLatin1String("@@")))
        return LineKind::Hunk;
    if (line.startsWith(u'+'))
        return LineKind::Added;
    if (line.startsWith(u'-'))
        return LineKind::Removed;
    if (line.startsWith(u'\\'))
        return LineKind::Hunk;
    return LineKind::Context;
}

QColor DiffHighlighter::background(LineKind kind, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (kind) {
    case LineKind::Added:
        return dark ? QColor(0x1e, 0x3a, 0x26) : QColor(0xe6, 0xff, 0xec);
    case LineKind::Removed:
        return dark ? QColor(0x48, 0x1f, 0x23) : QColor(0xff, 0xeb, 0xe9);
    case LineKind::Hunk:
        return dark ? QColor(0x2f, 0x33, 0x38) : QColor(0xf0, 0xf2, 0xf5);
    case LineKind::Header:
    case LineKind::Context:
        break;
    }
    return {};
}

void DiffHighlighter::highlightBlock(const QString& text)
{
    const LineKind kind = lineKind(text);
    if (kind == LineKind::Context)
        return;
    QTextCharFormat format;
    const QColor back = background(kind, m_palette);
    if (back.isValid())
        format.setBackground(back);
    if (kind == LineKind::Hunk || kind == LineKind::Header)
        format.setForeground(m_palette.color(QPalette::PlaceholderText));
    if (kind == LineKind::Header)
        format.setFontWeight(QFont::Bold);
    setFormat(0, int(text.size()), format);
}

} // namespace EventDesk
