#include "numbereditor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace EventDesk {

NumberEditor::NumberEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent)
    : FieldEditor(field, environment, parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(defaultText());
    m_edit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
    const bool integer = field.type == FieldType::Integer;
    const QRegularExpression pattern(integer ? QStringLiteral("-?[0-9]*")
                                             : QStringLiteral("-?[0-9]*([.][0-9]*)?([eE][-+]?[0-9]*)?"));
    m_edit->setValidator(new QRegularExpressionValidator(pattern, m_edit));
    layout->addWidget(m_edit);
    layout->addStretch(1);
    connect(m_edit, &QLineEdit::textEdited, this, &NumberEditor::onTextEdited);
    // Text that is not a number yet ("-", "1e") is not written: leaving the field shows again
    // the value the document holds.
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_edit->property("invalid").toBool())
            setValue(m_value);
    });
}

void NumberEditor::setValue(const YamlValue& value)
{
    m_value = value;
    markInvalid(false);
    if (value.type() == YamlValue::Type::Integer)
        m_edit->setText(value.integerText());
    else if (value.type() == YamlValue::Type::Float)
        m_edit->setText(QString::number(value.toFloat(), 'g', 15));
    else
        m_edit->clear();
}

bool NumberEditor::accepts(const YamlValue& value) const
{
    if (value.type() == YamlValue::Type::Float)
        return field().type != FieldType::Integer;
    return value.isNull() || value.type() == YamlValue::Type::Integer;
}

QWidget* NumberEditor::focusTarget() const
{
    return m_edit;
}

void NumberEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void NumberEditor::onTextEdited(const QString& text)
{
    if (text.isEmpty()) {
        markInvalid(false);
        m_value = YamlValue();
        notifyEdited();
        return;
    }
    bool ok = false;
    const bool decimal = text.contains(QLatin1Char('.')) || text.contains(QLatin1Char('e'), Qt::CaseInsensitive);
    if (decimal) {
        const double number = text.toDouble(&ok);
        if (ok)
            m_value = YamlValue::fromFloat(number);
    } else {
        const qint64 number = text.toLongLong(&ok);
        if (ok)
            m_value = YamlValue::fromInteger(number);
    }
    markInvalid(!ok);
    if (ok)
        notifyEdited();
}

void NumberEditor::markInvalid(bool invalid)
{
    if (m_edit->property("invalid").toBool() == invalid)
        return;
    m_edit->setProperty("invalid", invalid);
    m_edit->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 1px solid #c62828; }") : QString());
    m_edit->setToolTip(invalid ? tr("Not a number: the field keeps its value until this is one.") : QString());
}

QString NumberEditor::expectation() const
{
    return field().type == FieldType::Integer ? tr("A whole number.") : tr("A number, with a point for decimals.");
}

} // namespace EventDesk
