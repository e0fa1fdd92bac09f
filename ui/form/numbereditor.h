#pragma once

#include "fieldeditor.h"

class QLineEdit;

namespace EventDesk {

// A whole or decimal number in a line edit that accepts only numbers. A number that does not
// read yet (a lone "-") is not written.
class NumberEditor : public FieldEditor
{
    Q_OBJECT

public:
    NumberEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent = nullptr);

    YamlValue value() const override { return m_value; }
    void setValue(const YamlValue& value) override;
    bool accepts(const YamlValue& value) const override;
    QWidget* focusTarget() const override;
    void setReadOnly(bool readOnly) override;

protected:
    QString expectation() const override;

private:
    void onTextEdited(const QString& text);
    void markInvalid(bool invalid);

    YamlValue m_value;
    QLineEdit* m_edit = nullptr;
};

} // namespace EventDesk
