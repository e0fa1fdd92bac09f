#pragma once

#include <QColor>

#include <cmath>

// The WCAG 2 contrast of two colours, that every colour the interface derives from the palette
// is held to (the Markdown colours, the form's error messages, the document list's marks).
namespace EventDesk::Contrast {

// WCAG AA for text.
constexpr double Readable = 4.5;

inline double luminance(const QColor& color)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// From 1 (the same) to 21 (black and white).
inline double ratio(const QColor& a, const QColor& b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

// `preferred` when it reads on `background`, else `fallback` (the palette's text colour).
inline QColor readableOr(const QColor& preferred, const QColor& background, const QColor& fallback)
{
    return ratio(preferred, background) >= Readable ? preferred : fallback;
}

} // namespace EventDesk::Contrast
