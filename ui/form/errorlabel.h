#pragma once

#include <QLabel>

namespace EventDesk {

// A message about a field's value that is wrong, in red: a dark red on light palettes, a light
// one on dark (high-contrast) palettes, always readable (WCAG 4.5:1) on the window's colour, and
// chosen again when the palette changes.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr);

    // The red for text on `background`.
    static QColor errorColor(const QColor& background);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColor();
};

} // namespace EventDesk
