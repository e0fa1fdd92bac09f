#pragma once

#include "fieldeditor.h"

class QLineEdit;
class QMenu;
class QToolButton;
class QVBoxLayout;

namespace EventDesk {

// A list of texts (categories, tags): one editable row per entry with a remove button, the
// values the site already uses as completions and as quick picks on the add button. Entries the
// user did not touch keep their value as it was; empty rows are not written.
class ListEditor : public FieldEditor
{
    Q_OBJECT

public:
    ListEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent = nullptr);

    YamlValue value() const override;
    void setValue(const YamlValue& value) override;
    bool accepts(const YamlValue& value) const override;
    QWidget* focusTarget() const override;
    void setReadOnly(bool readOnly) override;
    QWidget* widgetAt(const QString& subPath) const override;
    void appendTabChain(QVector<QWidget*>* chain) const override;

protected:
    QString expectation() const override;
    void updateNames() override;
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QLineEdit* edit = nullptr;
        QToolButton* remove = nullptr;
        YamlValue original;
        bool modified = false;
    };

    void retranslate();
    void clearRows();
    Row& addRow(const YamlValue& value);
    void addEntry(const QString& text);
    void removeRow(QWidget* rowWidget);
    int rowOf(QWidget* rowWidget) const;
    void fillQuickPicks();
    void applyReadOnly();

    QVector<Row> m_rows;
    QStringList m_known;
    QVBoxLayout* m_rowsLayout = nullptr;
    QToolButton* m_addButton = nullptr;
    QMenu* m_quickPicks = nullptr;
    bool m_readOnly = false;
};

} // namespace EventDesk
