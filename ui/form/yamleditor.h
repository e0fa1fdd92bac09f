#pragma once

#include "fieldeditor.h"

class QLabel;
class QPlainTextEdit;

namespace EventDesk {

// Any value as YAML text, for keys the schema does not know and values no other editor can
// show. The text is written as the site's files write it; an edit is passed on only when it
// reads, otherwise the error shows under the text with its line and column.
class YamlEditor : public FieldEditor
{
    Q_OBJECT

public:
    YamlEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent = nullptr);

    YamlValue value() const override { return m_value; }
    void setValue(const YamlValue& value) override;
    bool accepts(const YamlValue& value) const override;
    QWidget* focusTarget() const override;
    void setReadOnly(bool readOnly) override;

    // The YAML text of a value on its own (no key), as the site's files write it.
    static QString yamlText(const YamlValue& value);

protected:
    QString expectation() const override;
    void updateNames() override;

private:
    void onTextChanged();
    void updateHeight();

    YamlValue m_value;
    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace EventDesk
