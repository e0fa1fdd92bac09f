#pragma once

#include "fieldeditor.h"

class QComboBox;

namespace EventDesk {

// One text chosen among the values the site's documents use (most used first) and the choices
// `.eventdesk.yml` gives, or typed freely.
class ComboEditor : public FieldEditor
{
    Q_OBJECT

public:
    ComboEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent = nullptr);

    YamlValue value() const override { return m_value; }
    void setValue(const YamlValue& value) override;
    bool accepts(const YamlValue& value) const override;
    QWidget* focusTarget() const override;
    void setReadOnly(bool readOnly) override;

protected:
    QString expectation() const override;

private:
    void onTextChanged(const QString& text);

    YamlValue m_value;
    QComboBox* m_combo = nullptr;
    bool m_filling = false;
};

} // namespace EventDesk
