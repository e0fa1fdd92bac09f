#include "errorlabel.h"

#include "contrast.h"

#include <QEvent>

namespace EventDesk {

ErrorLabel::ErrorLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    updateColor();
}

QColor ErrorLabel::errorColor(const QColor& background)
{
    // Red moved away from the background's lightness until it reads; black or white if none does.
    const bool dark = Contrast::luminance(background) < 0.18;
    for (double lightness = dark ? 0.65 : 0.40; lightness > 0.0 && lightness < 1.0; lightness += dark ? 0.03 : -0.03) {
        const QColor red = QColor::fromHslF(0.0f, 0.7f, float(lightness));
        if (Contrast::ratio(red, background) >= Contrast::Readable)
            return red;
    }
    return dark ? QColor(Qt::white) : QColor(Qt::black);
}

void ErrorLabel::setError(bool error)
{
    if (error == m_error)
        return;
    m_error = error;
    updateColor();
}

void ErrorLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColor();
}

void ErrorLabel::updateColor()
{
    if (!m_error) {
        if (testAttribute(Qt::WA_SetPalette))
            setPalette(QPalette()); // nothing of its own: the window's colours
        return;
    }
    const QColor color = errorColor(palette().color(QPalette::Window));
    if (testAttribute(Qt::WA_SetPalette) && palette().color(QPalette::WindowText) == color)
        return; // also ends the palette change this causes
    // Only the text colour is the label's own: the rest still follows the window.
    QPalette changed;
    changed.setColor(QPalette::WindowText, color);
    setPalette(changed);
}

} // namespace EventDesk
