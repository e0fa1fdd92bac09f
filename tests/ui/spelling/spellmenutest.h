#pragma once

#include <QAction>
#include <QApplication>
#include <QMenu>

// What the spelling tests share: the context menu that is open, and its action of a given text.
namespace EventDesk::SpellMenuTest {

inline QMenu* openPopup()
{
    return qobject_cast<QMenu*>(QApplication::activePopupWidget());
}

// The menu's action whose text is `text` (a suggestion), or null.
inline QAction* action(const QMenu* menu, const QString& text)
{
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace EventDesk::SpellMenuTest
