#include "fieldeditor.h"

#include "formenvironment.h"

#include <QEvent>

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
    QStringList parts;
    if (m_field.required)
        parts.append(tr("Required."));
    const QString help = m_field.help.trimmed();
    if (!help.isEmpty()) {
        // The site's help may not end its sentence: the expectation after it would run on.
        const QChar last = help.back();
        const bool ended = last == u'.' || last == u'!' || last == u'?' || last == u'…' || last == u':';
        parts.append(ended ? help : help + u'.');
    }
    parts.append(expectation());
    parts.removeAll(QString());
    return parts.join(u' ');
}

void FieldEditor::changeEvent(QEvent* event)
{
    // After the subclass's own retranslation: the expectation is said in the new language.
    if (event->type() == QEvent::LanguageChange)
        updateNames();
    QWidget::changeEvent(event);
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
