#include "checkboxeditor.h"

#include <QCheckBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace EventDesk {

CheckboxEditor::CheckboxEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent)
    : FieldEditor(field, environment, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_box = new QCheckBox(this);
    layout->addWidget(m_box);
    connect(m_box, &QCheckBox::toggled, this, [this](bool checked) {
        m_value = YamlValue::fromBool(checked);
        notifyEdited();
    });
}

void CheckboxEditor::setValue(const YamlValue& value)
{
    m_value = value;
    const YamlValue& shown = value.isNull() ? field().defaultValue : value;
    const QSignalBlocker blocker(m_box);
    m_box->setChecked(shown.type() == YamlValue::Type::Bool && shown.toBool());
}

bool CheckboxEditor::accepts(const YamlValue& value) const
{
    return value.isNull() || value.type() == YamlValue::Type::Bool;
}

QWidget* CheckboxEditor::focusTarget() const
{
    return m_box;
}

void CheckboxEditor::setReadOnly(bool readOnly)
{
    m_box->setEnabled(!readOnly);
}

void CheckboxEditor::updateNames()
{
    FieldEditor::updateNames();
    m_box->setText(label());
}

QString CheckboxEditor::expectation() const
{
    return tr("Checked means yes, unchecked means no.");
}

} // namespace EventDesk
