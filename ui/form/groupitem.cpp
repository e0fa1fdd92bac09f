#include "groupitem.h"

#include "document/yamlvalue.h"
#include "fieldeditorfactory.h"
#include "formenvironment.h"
#include "formrows.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace EventDesk {

namespace {
constexpr int SummaryLength = 48;

QToolButton* makeToolButton(QWidget* parent, QStyle::StandardPixmap icon)
{
    auto* button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}
} // namespace

GroupItem::GroupItem(const SchemaField& group,
                     const YamlValue& item,
                     const FormEnvironment* environment,
                     QWidget* parent)
    : QFrame(parent)
    , m_group(group)
    , m_original(item)
    , m_environment(environment)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(4);

    auto* header = new QHBoxLayout;
    header->setSpacing(2);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    header->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_summary, 1);
    m_upButton = makeToolButton(this, QStyle::SP_ArrowUp);
    m_downButton = makeToolButton(this, QStyle::SP_ArrowDown);
    m_removeButton = makeToolButton(this, QStyle::SP_TrashIcon);
    header->addWidget(m_upButton);
    header->addWidget(m_downButton);
    header->addWidget(m_removeButton);
    layout->addLayout(header);

    auto* body = new QWidget(this);
    m_form = FormRows::createLayout(body);
    m_form->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(body);

    // The schema's sub-fields in order, the image text right after its image; then the keys of
    // the item the schema does not know, as YAML.
    const auto image = std::find_if(group.fields.cbegin(), group.fields.cend(),
                                    [](const SchemaField& field) { return field.role == FieldRole::Image; });
    const auto alt = std::find_if(group.fields.cbegin(), group.fields.cend(),
                                  [](const SchemaField& field) { return field.role == FieldRole::ImageAlt; });
    const bool moveAlt = image != group.fields.cend() && alt != group.fields.cend();
    // A sub-field the defaults do not declare and only one or two items write (a one-off key of
    // another tool) shows only in the items that have it, not as an empty field in every item.
    auto shown = [&item](const SchemaField& field) {
        const bool rare = !field.declared && !field.required && field.usedBy < 3;
        return (!field.hidden && !rare) || item.contains(field.key);
    };
    QVector<SchemaField> fields;
    for (auto field = group.fields.cbegin(); field != group.fields.cend(); ++field) {
        if ((moveAlt && field == alt) || !shown(*field))
            continue;
        fields.append(*field);
        if (moveAlt && field == image && shown(*alt))
            fields.append(*alt);
    }
    for (const SchemaField& field : fields)
        addEditor(field, item.value(field.key));
    for (const YamlMapEntry& entry : item.entries()) {
        const QString key = entry.key.rubyString();
        if (group.field(key))
            continue;
        SchemaField unknown;
        unknown.key = key;
        unknown.type = FieldType::Any;
        unknown.widget = QStringLiteral("yaml");
        addEditor(unknown, entry.value);
    }

    connect(m_upButton, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(-1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(1); });
    connect(m_removeButton, &QToolButton::clicked, this, &GroupItem::removeRequested);
    retranslate();
    updateSummary();
}

void GroupItem::addEditor(const SchemaField& field, const YamlValue& value)
{
    FieldEditor* editor = FieldEditorFactory::create(field, value, m_environment, this);
    m_editors.append(editor);
    connect(editor, &FieldEditor::edited, this, [this, editor] {
        m_modified.insert(editor->field().key);
        updateSummary();
        Q_EMIT edited(editor->lastChange());
    });
}

YamlValue GroupItem::value() const
{
    QVector<YamlMapEntry> entries = m_original.entries();
    for (const FieldEditor* editor : m_editors) {
        const QString key = editor->field().key;
        if (!m_modified.contains(key))
            continue;
        const YamlValue value = editor->value();
        bool found = false;
        for (YamlMapEntry& entry : entries) {
            if (entry.key.rubyString() == key) {
                entry.value = value;
                found = true;
                break;
            }
        }
        if (!found && !value.isNull())
            entries.append(YamlMapEntry{YamlValue::fromString(key), value});
    }
    return YamlValue::fromMap(entries);
}

void GroupItem::setReadOnly(bool readOnly)
{
    for (FieldEditor* editor : std::as_const(m_editors))
        editor->setReadOnly(readOnly);
    m_removeButton->setEnabled(!readOnly);
    m_upButton->setVisible(!readOnly);
    m_downButton->setVisible(!readOnly);
}

void GroupItem::setPosition(int index, int count, const QString& groupPath, const QString& groupLabel)
{
    m_index = index;
    m_groupLabel = groupLabel;
    const QString itemPath = QStringLiteral("%1[%2]").arg(groupPath).arg(index);
    setObjectName(itemPath);
    for (FieldEditor* editor : std::as_const(m_editors)) {
        const QString label = FormRows::labelText(editor->field(), m_environment->context.language);
        editor->setIdentity(itemPath + QLatin1Char('.') + editor->field().key, label,
                            tr("%1, item %2").arg(label).arg(index + 1));
    }
    if (!m_laidOut) {
        m_laidOut = true;
        for (FieldEditor* editor : std::as_const(m_editors))
            FormRows::addRow(m_form, editor, FieldEditorFactory::isWide(editor));
    }
    m_upButton->setEnabled(index > 0);
    m_downButton->setEnabled(index < count - 1);
    m_upButton->setObjectName(itemPath + QStringLiteral(":up"));
    m_downButton->setObjectName(itemPath + QStringLiteral(":down"));
    m_removeButton->setObjectName(itemPath + QStringLiteral(":remove"));
    retranslate();
}

QWidget* GroupItem::widgetAt(const QString& subPath) const
{
    if (subPath.isEmpty())
        return firstInput();
    if (!subPath.startsWith(QLatin1Char('.')))
        return nullptr;
    const QString rest = subPath.mid(1);
    for (const FieldEditor* editor : m_editors) {
        const QString key = editor->field().key;
        if (rest == key)
            return editor->widgetAt(QString());
        if (rest.startsWith(key) && rest.at(key.size()) == QLatin1Char('['))
            return editor->widgetAt(rest.mid(key.size()));
    }
    return nullptr;
}

void GroupItem::appendTabChain(QVector<QWidget*>* chain) const
{
    for (const FieldEditor* editor : m_editors)
        editor->appendTabChain(chain);
    chain->append(m_upButton);
    chain->append(m_downButton);
    chain->append(m_removeButton);
}

QWidget* GroupItem::firstInput() const
{
    return m_editors.isEmpty() ? static_cast<QWidget*>(m_removeButton) : m_editors.first()->focusTarget();
}

YamlValue GroupItem::newItem(const SchemaField& group)
{
    const bool anyDeclared = std::any_of(group.fields.cbegin(), group.fields.cend(),
                                         [](const SchemaField& field) { return field.declared; });
    QVector<YamlMapEntry> entries;
    for (const SchemaField& field : group.fields) {
        if ((anyDeclared && !field.declared && !field.required) || field.hidden)
            continue;
        entries.append(YamlMapEntry{YamlValue::fromString(field.key), field.defaultValue});
    }
    return YamlValue::fromMap(entries);
}

void GroupItem::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void GroupItem::retranslate()
{
    m_title->setText(tr("Item %1").arg(m_index + 1));
    const QString item = tr("item %1 of %2").arg(m_index + 1).arg(m_groupLabel);
    m_upButton->setToolTip(tr("Move up"));
    m_downButton->setToolTip(tr("Move down"));
    m_removeButton->setToolTip(tr("Remove this item"));
    m_upButton->setAccessibleName(tr("Move %1 up").arg(item));
    m_downButton->setAccessibleName(tr("Move %1 down").arg(item));
    m_removeButton->setAccessibleName(tr("Remove %1").arg(item));
    m_upButton->setAccessibleDescription(tr("Puts this item before the one above it."));
    m_downButton->setAccessibleDescription(tr("Puts this item after the one below it."));
    m_removeButton->setAccessibleDescription(tr("Takes this item and its fields out of the list."));
    setAccessibleName(tr("%1, item %2").arg(m_groupLabel).arg(m_index + 1));
}

void GroupItem::updateSummary()
{
    // The first text of the item, so that a folded list of items reads at a glance.
    const YamlValue item = value();
    for (const YamlMapEntry& entry : item.entries()) {
        if (entry.value.type() == YamlValue::Type::String && !entry.value.toString().trimmed().isEmpty()) {
            QString text = entry.value.toString().simplified();
            if (text.size() > SummaryLength)
                text = text.left(SummaryLength - 1) + QChar(0x2026);
            m_summary->setText(QStringLiteral("— ") + text);
            return;
        }
    }
    m_summary->clear();
}

} // namespace EventDesk
