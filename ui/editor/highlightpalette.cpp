#include "highlightpalette.h"

#include "contrast.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QPalette>

namespace EventDesk {

namespace {

constexpr double MinimumContrast = Contrast::Readable;

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QTextCharFormat colored(const QColor& color)
{
    QTextCharFormat format;
    format.setForeground(color);
    return format;
}

} // namespace

HighlightPalette::HighlightPalette()
    : HighlightPalette(QPalette())
{
}

HighlightPalette::HighlightPalette(const QPalette& palette)
    : m_base(palette.color(QPalette::Base))
    , m_text(palette.color(QPalette::Text))
{
    m_dark = Contrast::luminance(m_base) < Contrast::luminance(m_text);

    // Syntax characters recede: the text colour moved towards the base, as far as stays readable.
    QColor muted = m_text;
    for (double t = 0.5; t > 0; t -= 0.05) {
        const QColor candidate = mix(m_text, m_base, t);
        if (contrast(candidate, m_base) >= MinimumContrast) {
            muted = candidate;
            break;
        }
    }
    const QColor heading = readable(218, 0.55);
    const QColor link = readable(200, 0.70);
    const QColor codeBackground = mix(m_base, m_text, m_dark ? 0.10 : 0.06);
    const QColor code = readable(150, 0.50, codeBackground);
    const QColor html = readable(285, 0.40);
    const QColor attribute = readable(28, 0.70);
    const QColor liquid = readable(330, 0.55);
    const QStringList fixedFamilies = codeFont().families();

    QTextCharFormat format = colored(heading);
    format.setFontWeight(QFont::Bold);
    m_formats.insert(int(MarkdownRole::Heading), format);
    m_formats.insert(int(MarkdownRole::Marker), colored(muted));
    format = colored(heading);
    format.setFontWeight(QFont::Bold);
    m_formats.insert(int(MarkdownRole::ListMarker), format);
    format = QTextCharFormat();
    format.setFontItalic(true);
    m_formats.insert(int(MarkdownRole::Emphasis), format);
    format = QTextCharFormat();
    format.setFontWeight(QFont::Bold);
    m_formats.insert(int(MarkdownRole::Strong), format);
    format = colored(code);
    format.setFontFamilies(fixedFamilies);
    m_formats.insert(int(MarkdownRole::CodeBlock), format);
    format.setBackground(codeBackground);
    m_formats.insert(int(MarkdownRole::Code), format);
    m_formats.insert(int(MarkdownRole::LinkText), colored(link));
    m_formats.insert(int(MarkdownRole::LinkUrl), colored(mix(link, muted, 0.5)));
    m_formats.insert(int(MarkdownRole::Rule), colored(muted));
    m_formats.insert(int(MarkdownRole::HtmlTag), colored(html));
    format = colored(muted);
    format.setFontItalic(true);
    m_formats.insert(int(MarkdownRole::Comment), format);
    m_formats.insert(int(MarkdownRole::Attribute), colored(attribute));
    m_formats.insert(int(MarkdownRole::Liquid), colored(liquid));

    m_currentLine = mix(m_base, palette.color(QPalette::Highlight), m_dark ? 0.14 : 0.07);
    const QColor red = QColor::fromHslF(0, 0.75f, 0.5f);
    m_markedLine = mix(m_base, red, m_dark ? 0.28 : 0.14);
    m_markedAccent = readable(0, 0.70);
}

QTextCharFormat HighlightPalette::format(MarkdownRole role) const
{
    return m_formats.value(int(role));
}

QFont HighlightPalette::codeFont()
{
    // Some monospace fonts do not declare themselves fixed-pitch: measure instead of asking.
    const auto isFixed = [](const QFont& font) {
        const QFontMetrics metrics(font);
        return metrics.horizontalAdvance(QLatin1Char('i')) == metrics.horizontalAdvance(QLatin1Char('W'));
    };
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!isFixed(font)) {
        font.setFamilies({QStringLiteral("monospace")});
        font.setStyleHint(QFont::TypeWriter);
        font.setFixedPitch(true);
    }
    return font;
}

double HighlightPalette::contrast(const QColor& a, const QColor& b)
{
    return Contrast::ratio(a, b);
}

QColor HighlightPalette::readable(double hue, double saturation, const QColor& background) const
{
    const QColor base = background.isValid() ? background : m_base;
    // Start from a lightness that suits the background, then move away from it until readable.
    double lightness = m_dark ? 0.68 : 0.40;
    const double step = m_dark ? 0.02 : -0.02;
    QColor color = QColor::fromHslF(float(hue / 360.0), float(saturation), float(lightness));
    while (contrast(color, base) < MinimumContrast && lightness > 0.02 && lightness < 0.98) {
        lightness += step;
        color = QColor::fromHslF(float(hue / 360.0), float(saturation), float(lightness));
    }
    return contrast(color, base) >= MinimumContrast ? color : m_text;
}

} // namespace EventDesk
