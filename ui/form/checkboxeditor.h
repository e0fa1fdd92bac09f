#pragma once

#include "fieldeditor.h"

class QCheckBox;

namespace EventDesk {

// A true/false value as a check box with the field's label beside it. A value the document does
// not give shows the site's default and stays absent until the user clicks.
class CheckboxEditor : public FieldEditor
{
    Q_OBJECT

public:
    CheckboxEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent = nullptr);

    YamlValue value() const override { return m_value; }
    void setValue(const YamlValue& value) override;
    bool accepts(const YamlValue& value) const override;
    QWidget* focusTarget() const override;
    void setReadOnly(bool readOnly) override;

protected:
    QString expectation() const override;
    void updateNames() override;

private:
    YamlValue m_value;
    QCheckBox* m_box = nullptr;
};

} // namespace EventDesk
