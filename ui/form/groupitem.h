#pragma once

#include "fieldeditor.h"

#include <QFrame>
#include <QSet>

class QFormLayout;
class QLabel;
class QToolButton;

namespace EventDesk {

struct FormEnvironment;

// One item of a repeatable group, framed: a header with the item's number and buttons to move
// or remove it, and a sub-form of the group's sub-fields. Its value is the item's original map
// with only the edited entries replaced (new keys at the end), so sub-keys no editor shows and
// untouched values stay exactly as they were.
class GroupItem : public QFrame
{
    Q_OBJECT

public:
    GroupItem(const SchemaField& group, const YamlValue& item, const FormEnvironment* environment, QWidget* parent);

    YamlValue value() const;
    void setReadOnly(bool readOnly);
    // Numbers and names the item and its editors; enables the move buttons at the ends.
    void setPosition(int index, int count, const QString& groupPath, const QString& groupLabel);
    // `subPath` is what follows the index: "" for the item, ".lien", ".lignes[0].nom".
    QWidget* widgetAt(const QString& subPath) const;
    void appendTabChain(QVector<QWidget*>* chain) const;
    QWidget* firstInput() const;
    QToolButton* moveUpButton() const { return m_upButton; }
    QToolButton* moveDownButton() const { return m_downButton; }
    QToolButton* removeButton() const { return m_removeButton; }

    // The map a new item starts with: the declared sub-fields (all of them when none is
    // declared) with their default values.
    static YamlValue newItem(const SchemaField& group);

Q_SIGNALS:
    void edited(EventDesk::FieldEditor::Change change);
    void moveRequested(int delta);
    void removeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void addEditor(const SchemaField& field, const YamlValue& value);
    void updateSummary();

    SchemaField m_group;
    YamlValue m_original;
    const FormEnvironment* m_environment;
    QVector<FieldEditor*> m_editors;
    QSet<QString> m_modified;
    int m_index = 0;
    QString m_groupLabel;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QToolButton* m_upButton = nullptr;
    QToolButton* m_downButton = nullptr;
    QToolButton* m_removeButton = nullptr;
    QFormLayout* m_form = nullptr;
    bool m_laidOut = false;
};

} // namespace EventDesk
