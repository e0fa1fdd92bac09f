#pragma once

#include <QProxyStyle>

class QPushButton;

namespace EventDesk {

// Fusion draws a dialog's default button and a button with the keyboard focus alike (the
// highlighted outline), so the focus does not show on the default button. Over the
// application's style, this one adds the style's focus rectangle inside a default button that
// has the keyboard focus.
class FocusStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Gives the push buttons under `parent` the style (owned by each button).
    static void applyToButtons(QWidget* parent);

    void drawControl(ControlElement element,
                     const QStyleOption* option,
                     QPainter* painter,
                     const QWidget* widget = nullptr) const override;
};

} // namespace EventDesk
