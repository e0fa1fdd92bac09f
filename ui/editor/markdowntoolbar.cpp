#include "markdowntoolbar.h"

#include "markdowneditor.h"

#include <QAction>
#include <QEvent>

namespace EventDesk {

MarkdownToolBar::MarkdownToolBar(MarkdownEditor* editor, QWidget* parent)
    : QToolBar(parent)
{
    setObjectName(QStringLiteral("markdownToolBar"));
    setMovable(false);
    setFloatable(false);
    setIconSize(QSize(16, 16));
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    const QList<QAction*> actions = editor->formattingActions();
    for (int i = 0; i < actions.size(); ++i) {
        // Groups: bold and italic | link | headings | lists.
        if (i == 2 || i == 3 || i == 5)
            addSeparator();
        addAction(actions.at(i));
        connect(actions.at(i), &QAction::changed, this, &MarkdownToolBar::describeButtons);
    }
    retranslate();
}

void MarkdownToolBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void MarkdownToolBar::retranslate()
{
    setWindowTitle(tr("Formatting"));
    setAccessibleName(tr("Formatting"));
    describeButtons();
}

void MarkdownToolBar::describeButtons()
{
    for (QAction* action : actions()) {
        QWidget* button = widgetForAction(action);
        if (button == nullptr || action->isSeparator())
            continue;
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
        button->setAccessibleDescription(action->statusTip());
    }
}

} // namespace EventDesk
