#pragma once

#include "fieldeditor.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace EventDesk {

class GroupItem;

// A list of maps (slides, access lines, information items) as one framed sub-form per item,
// with buttons to add, remove and reorder items. Sub-fields get the editors the factory makes,
// so a group inside an item works the same way.
class GroupEditor : public FieldEditor
{
    Q_OBJECT

public:
    GroupEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent = nullptr);

    YamlValue value() const override;
    void setValue(const YamlValue& value) override;
    bool accepts(const YamlValue& value) const override;
    QWidget* focusTarget() const override;
    void setReadOnly(bool readOnly) override;
    QWidget* widgetAt(const QString& subPath) const override;
    void appendTabChain(QVector<QWidget*>* chain) const override;

    int itemCount() const { return m_items.size(); }
    void addItem();

protected:
    QString expectation() const override;
    void updateNames() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    GroupItem* appendItem(const YamlValue& item);
    void moveItem(GroupItem* item, int delta);
    void removeItem(GroupItem* item);
    void updatePositions();

    QVector<GroupItem*> m_items;
    QVBoxLayout* m_itemsLayout = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QPushButton* m_addButton = nullptr;
    bool m_readOnly = false;
};

} // namespace EventDesk
