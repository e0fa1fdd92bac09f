#include "groupeditor.h"

#include "groupitem.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace EventDesk {

GroupEditor::GroupEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent)
    : FieldEditor(field, environment, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_itemsLayout = new QVBoxLayout;
    m_itemsLayout->setSpacing(6);
    layout->addLayout(m_itemsLayout);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_emptyLabel);
    auto* buttons = new QHBoxLayout;
    m_addButton = new QPushButton(this);
    m_addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    buttons->addWidget(m_addButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_addButton, &QPushButton::clicked, this, &GroupEditor::addItem);
    retranslate();
}

YamlValue GroupEditor::value() const
{
    if (m_items.isEmpty())
        return YamlValue();
    QVector<YamlValue> items;
    for (const GroupItem* item : m_items)
        items.append(item->value());
    return YamlValue::fromList(items);
}

void GroupEditor::setValue(const YamlValue& value)
{
    for (GroupItem* item : std::as_const(m_items))
        delete item;
    m_items.clear();
    for (const YamlValue& item : value.items())
        appendItem(item);
    updatePositions();
}

bool GroupEditor::accepts(const YamlValue& value) const
{
    if (value.isNull())
        return true;
    if (value.type() != YamlValue::Type::List)
        return false;
    return std::all_of(value.items().cbegin(), value.items().cend(),
                       [](const YamlValue& item) { return item.type() == YamlValue::Type::Map; });
}

QWidget* GroupEditor::focusTarget() const
{
    return m_items.isEmpty() ? static_cast<QWidget*>(m_addButton) : m_items.first()->firstInput();
}

void GroupEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (GroupItem* item : std::as_const(m_items))
        item->setReadOnly(readOnly);
    m_addButton->setEnabled(!readOnly);
}

QWidget* GroupEditor::widgetAt(const QString& subPath) const
{
    if (subPath.isEmpty())
        return focusTarget();
    const int close = subPath.indexOf(QLatin1Char(']'));
    if (!subPath.startsWith(QLatin1Char('[')) || close < 0)
        return nullptr;
    bool ok = false;
    const int index = subPath.mid(1, close - 1).toInt(&ok);
    if (!ok || index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.at(index)->widgetAt(subPath.mid(close + 1));
}

void GroupEditor::appendTabChain(QVector<QWidget*>* chain) const
{
    for (const GroupItem* item : m_items)
        item->appendTabChain(chain);
    chain->append(m_addButton);
}

void GroupEditor::addItem()
{
    GroupItem* item = appendItem(GroupItem::newItem(field()));
    updatePositions();
    item->firstInput()->setFocus(Qt::OtherFocusReason);
    notifyEdited(Change::AddItem);
}

void GroupEditor::updateNames()
{
    nameWidget(m_addButton, QStringLiteral(":add"), tr("Add an item to %1").arg(accessibleLabel()));
    m_addButton->setAccessibleDescription(accessibleHelp());
    setAccessibleName(accessibleLabel());
    for (int i = 0; i < m_items.size(); ++i)
        m_items.at(i)->setPosition(i, m_items.size(), path(), accessibleLabel());
}

void GroupEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FieldEditor::changeEvent(event);
}

void GroupEditor::retranslate()
{
    m_addButton->setText(tr("Add an item"));
    m_addButton->setToolTip(tr("Add an item at the end of the list"));
    m_emptyLabel->setText(tr("No items."));
    updateNames();
}

GroupItem* GroupEditor::appendItem(const YamlValue& value)
{
    auto* item = new GroupItem(field(), value, environment(), this);
    item->setReadOnly(m_readOnly);
    m_itemsLayout->addWidget(item);
    // At once (a layout shows new children later), so that the item can take the focus.
    item->show();
    m_items.append(item);
    connect(item, &GroupItem::edited, this, [this](Change change) { notifyEdited(change); });
    connect(item, &GroupItem::moveRequested, this, [this, item](int delta) { moveItem(item, delta); });
    connect(item, &GroupItem::removeRequested, this, [this, item] { removeItem(item); });
    return item;
}

void GroupEditor::moveItem(GroupItem* item, int delta)
{
    const int from = m_items.indexOf(item);
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_items.size())
        return;
    QWidget* focus = QApplication::focusWidget();
    m_items.move(from, to);
    m_itemsLayout->removeWidget(item);
    m_itemsLayout->insertWidget(to, item);
    updatePositions();
    // The focus stays on the moved item's button, or its other move button at an end.
    if (focus == item->moveUpButton() && !item->moveUpButton()->isEnabled())
        item->moveDownButton()->setFocus(Qt::OtherFocusReason);
    else if (focus == item->moveDownButton() && !item->moveDownButton()->isEnabled())
        item->moveUpButton()->setFocus(Qt::OtherFocusReason);
    notifyEdited(Change::MoveItem);
}

void GroupEditor::removeItem(GroupItem* item)
{
    const int index = m_items.indexOf(item);
    if (index < 0)
        return;
    const bool hadFocus = item->isAncestorOf(QApplication::focusWidget());
    m_items.removeAt(index);
    m_itemsLayout->removeWidget(item);
    // Out of the tree at once, so that no look-up finds it before it is deleted.
    item->hide();
    item->setParent(nullptr);
    item->deleteLater();
    updatePositions();
    if (hadFocus) {
        QWidget* next = m_items.isEmpty() ? static_cast<QWidget*>(m_addButton)
                                          : m_items.at(qMin(index, int(m_items.size()) - 1))->removeButton();
        next->setFocus(Qt::OtherFocusReason);
    }
    notifyEdited(Change::RemoveItem);
}

void GroupEditor::updatePositions()
{
    m_emptyLabel->setVisible(m_items.isEmpty());
    updateNames();
}

QString GroupEditor::expectation() const
{
    return tr("A list of items, each with fields of its own.");
}

} // namespace EventDesk
