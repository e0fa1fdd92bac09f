#include "fieldeditor.h"

#include "formenvironment.h"

namespace EventDesk {

FieldEditor::FieldEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent)
    : QWidget(parent)
    , m_field(field)
    , m_environment(environment)
    , m_path(field.key)
{
}

QWidget* FieldEditor::widgetAt(const QString& subPath) const
{
    return subPath.isEmpty() ? focusTarget() : nullptr;
}

void FieldEditor::appendTabChain(QVector<QWidget*>* chain) const
{
    chain->append(focusTarget());
}

void FieldEditor::setIdentity(const QString& path, const QString& label, const QString& accessibleName)
{
    m_path = path;
    m_label = label;
    m_accessibleName = accessibleName;
    setObjectName(QStringLiteral("field:") + path);
    updateNames();
}

QString FieldEditor::accessibleHelp() const
{
    if (!m_field.required)
        return m_field.help;
    if (m_field.help.isEmpty())
        return tr("Required");
    return tr("Required. %1").arg(m_field.help);
}

void FieldEditor::updateNames()
{
    nameWidget(focusTarget(), QString(), m_accessibleName);
}

void FieldEditor::notifyEdited(Change change)
{
    m_lastChange = change;
    Q_EMIT edited();
}

YamlValue FieldEditor::emptyValue() const
{
    return m_field.required ? YamlValue::fromString(QString()) : YamlValue();
}

QString FieldEditor::defaultText() const
{
    const YamlValue& value = m_field.defaultValue;
    if (value.type() == YamlValue::Type::DateTime)
        return value.toDateTime().toYamlString();
    if (value.type() == YamlValue::Type::Date)
        return value.toDate().toIsoString();
    return value.isScalar() && !value.isNull() ? value.rubyString() : QString();
}

void FieldEditor::nameWidget(QWidget* widget, const QString& suffix, const QString& accessibleName) const
{
    if (!widget)
        return;
    widget->setObjectName(m_path + suffix);
    widget->setAccessibleName(accessibleName);
    if (suffix.isEmpty()) {
        widget->setAccessibleDescription(accessibleHelp());
        if (!m_field.help.isEmpty())
            widget->setToolTip(m_field.help);
    }
}

} // namespace EventDesk
