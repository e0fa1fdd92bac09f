#include "comboeditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>

namespace EventDesk {

ComboEditor::ComboEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent)
    : FieldEditor(field, environment, parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    QStringList items;
    for (const KnownValue& known : field.knownValues)
        items.append(known.value);
    for (const QString& choice : field.choices) {
        if (!items.contains(choice))
            items.append(choice);
    }
    m_combo->addItems(items);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->lineEdit()->setPlaceholderText(defaultText());
    layout->addWidget(m_combo, 1);
    connect(m_combo, &QComboBox::currentTextChanged, this, &ComboEditor::onTextChanged);
}

void ComboEditor::setValue(const YamlValue& value)
{
    m_value = value;
    m_filling = true;
    m_combo->setCurrentIndex(-1);
    m_combo->setEditText(value.isNull() ? QString() : value.toString());
    m_filling = false;
}

bool ComboEditor::accepts(const YamlValue& value) const
{
    return value.isNull() || (value.type() == YamlValue::Type::String && !value.toString().contains(QLatin1Char('\n')));
}

QWidget* ComboEditor::focusTarget() const
{
    return m_combo;
}

void ComboEditor::setReadOnly(bool readOnly)
{
    m_combo->setEnabled(!readOnly);
}

void ComboEditor::onTextChanged(const QString& text)
{
    if (m_filling)
        return;
    const YamlValue value = text.isEmpty() ? emptyValue() : YamlValue::fromString(text);
    if (value == m_value)
        return;
    m_value = value;
    notifyEdited();
}

QString ComboEditor::expectation() const
{
    return tr("A value from the list, or a text of your own.");
}

} // namespace EventDesk
