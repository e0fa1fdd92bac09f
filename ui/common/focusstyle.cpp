#include "focusstyle.h"

#include <QPushButton>
#include <QStyleOptionButton>

namespace EventDesk {

void FocusStyle::applyToButtons(QWidget* parent)
{
    const QList<QPushButton*> buttons = parent->findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (qobject_cast<FocusStyle*>(button->style()))
            continue;
        // No base style: the proxy follows the application's.
        auto* style = new FocusStyle;
        style->setParent(button);
        button->setStyle(style);
    }
}

void FocusStyle::drawControl(ControlElement element,
                             const QStyleOption* option,
                             QPainter* painter,
                             const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
    if (element != CE_PushButton || !button || !(button->features & QStyleOptionButton::DefaultButton)
        || !(option->state & State_HasFocus) || !(option->state & State_KeyboardFocusChange))
        return;
    QStyleOptionFocusRect focus;
    focus.QStyleOption::operator=(*option);
    focus.rect = subElementRect(SE_PushButtonFocusRect, option, widget);
    drawPrimitive(PE_FrameFocusRect, &focus, painter, widget);
}

} // namespace EventDesk
