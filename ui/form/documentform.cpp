#include "documentform.h"

#include "fieldeditor.h"
#include "fieldeditorfactory.h"
#include "formenvironment.h"
#include "formrows.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace EventDesk {

DocumentForm::DocumentForm(QWidget* parent)
    : QScrollArea(parent)
    , m_environment(std::make_unique<FormEnvironment>())
{
    setObjectName(QStringLiteral("documentForm"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // The editors take the focus, and the form scrolls to the focused one.
    setFocusPolicy(Qt::NoFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_environment->context.uploadsUrlPrefix = QStringLiteral("/uploads/");
    retranslate();
}

DocumentForm::~DocumentForm() = default;

void DocumentForm::setContext(const FormContext& context)
{
    const bool rebuild = m_hasDocument
        && (context.language != m_environment->context.language || context.timeZone != m_environment->context.timeZone
            || context.siteRoot != m_environment->context.siteRoot);
    m_environment->context = context;
    if (rebuild)
        build();
}

void DocumentForm::setDocument(const CollectionSchema& schema, const YamlValue& frontMatter)
{
    const bool sameSchema = m_hasDocument && schemaSignature(schema) == schemaSignature(m_schema);
    const int scroll = verticalScrollBar()->value();
    m_schema = schema;
    m_frontMatter = frontMatter.type() == YamlValue::Type::Map ? frontMatter : YamlValue::fromMap({});
    m_hasDocument = true;
    build();
    if (sameSchema) {
        verticalScrollBar()->setValue(scroll);
        // The scroll range follows the new content's size once it is laid out.
        QTimer::singleShot(0, this, [this, scroll] { verticalScrollBar()->setValue(scroll); });
    } else {
        verticalScrollBar()->setValue(0);
    }
}

void DocumentForm::clear()
{
    m_hasDocument = false;
    m_schema = CollectionSchema();
    m_frontMatter = YamlValue();
    m_editors.clear();
    m_otherHeading = nullptr;
    delete takeWidget();
}

void DocumentForm::setValue(const QString& key, const YamlValue& value)
{
    storeValue(key, value);
    FieldEditor* fieldEditor = editor(key);
    if (fieldEditor && fieldEditor->accepts(value)) {
        fieldEditor->setValue(value);
        updateTabOrder();
        return;
    }
    // A key the form does not show yet, or a value its editor cannot show: build again.
    if (m_hasDocument) {
        const int scroll = verticalScrollBar()->value();
        build();
        verticalScrollBar()->setValue(scroll);
        QTimer::singleShot(0, this, [this, scroll] { verticalScrollBar()->setValue(scroll); });
    }
}

YamlValue DocumentForm::value(const QString& key) const
{
    if (const FieldEditor* fieldEditor = editor(key))
        return fieldEditor->value();
    return m_frontMatter.value(key);
}

bool DocumentForm::focusField(const QString& path)
{
    for (FieldEditor* fieldEditor : std::as_const(m_editors)) {
        const QString key = fieldEditor->field().key;
        QString rest;
        if (path == key)
            rest = QString();
        else if (path.startsWith(key) && path.at(key.size()) == QLatin1Char('['))
            rest = path.mid(key.size());
        else
            continue;
        QWidget* target = fieldEditor->widgetAt(rest);
        if (!target)
            return false;
        // Show the row whole when it fits: the label sits above wide editors.
        ensureWidgetVisible(fieldEditor->parentWidget(), 0, 0);
        ensureWidgetVisible(target);
        target->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void DocumentForm::setReadOnly(bool readOnly)
{
    m_environment->readOnly = readOnly;
    for (FieldEditor* fieldEditor : std::as_const(m_editors))
        fieldEditor->setReadOnly(readOnly);
}

void DocumentForm::setImagePicker(std::function<QString()> picker)
{
    m_environment->imagePicker = std::move(picker);
}

void DocumentForm::setSpellService(SpellService* service)
{
    m_environment->spelling = service;
}

QWidget* DocumentForm::firstInput() const
{
    return m_editors.isEmpty() ? nullptr : m_editors.first()->focusTarget();
}

void DocumentForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

void DocumentForm::retranslate()
{
    setAccessibleName(tr("Front matter"));
    setAccessibleDescription(
        tr("The fields of the document, one editor each; Tab goes from one to the next, then to the body."));
    if (m_otherHeading)
        m_otherHeading->setText(tr("Other fields"));
}

void DocumentForm::build()
{
    m_editors.clear();
    m_otherHeading = nullptr;
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("documentFormContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 12);
    auto* main = new QWidget(content);
    QFormLayout* mainForm = FormRows::createLayout(main);
    mainForm->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(main);

    for (const SchemaField& field : std::as_const(m_schema.fields)) {
        if (field.hidden && !m_frontMatter.contains(field.key))
            continue;
        addEditor(mainForm, field, m_frontMatter.value(field.key));
    }

    QWidget* other = nullptr;
    QFormLayout* otherForm = nullptr;
    QStringList seen;
    for (const YamlMapEntry& entry : m_frontMatter.entries()) {
        const QString key = entry.key.rubyString();
        if (m_schema.field(key) || seen.contains(key))
            continue;
        seen.append(key);
        if (!otherForm) {
            m_otherHeading = new QLabel(content);
            m_otherHeading->setObjectName(QStringLiteral("otherFieldsHeading"));
            QFont font = m_otherHeading->font();
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 1.1);
            m_otherHeading->setFont(font);
            m_otherHeading->setContentsMargins(0, 12, 0, 2);
            layout->addWidget(m_otherHeading);
            other = new QWidget(content);
            otherForm = FormRows::createLayout(other);
            otherForm->setContentsMargins(0, 0, 0, 0);
            layout->addWidget(other);
        }
        SchemaField unknown;
        unknown.key = key;
        unknown.type = FieldType::Any;
        unknown.widget = QStringLiteral("yaml");
        addEditor(otherForm, unknown, entry.value);
    }
    layout->addStretch(1);
    setWidget(content);
    retranslate();
    updateTabOrder();
}

void DocumentForm::addEditor(QFormLayout* layout, const SchemaField& field, const YamlValue& value)
{
    FieldEditor* fieldEditor = FieldEditorFactory::create(field, value, m_environment.get(), layout->parentWidget());
    const QString label = FormRows::labelText(field, m_environment->context.language);
    fieldEditor->setIdentity(field.key, label, label);
    fieldEditor->setReadOnly(m_environment->readOnly);
    FormRows::addRow(layout, fieldEditor, FieldEditorFactory::isWide(fieldEditor));
    m_editors.append(fieldEditor);
    connect(fieldEditor, &FieldEditor::edited, this, [this, fieldEditor] { onEdited(fieldEditor); });
}

void DocumentForm::onEdited(FieldEditor* fieldEditor)
{
    const QString key = fieldEditor->field().key;
    const YamlValue value = fieldEditor->value();
    storeValue(key, value);
    const QString label = fieldEditor->label();
    QString description;
    switch (fieldEditor->lastChange()) {
    case FieldEditor::Change::Value:
        description = tr("Edit “%1”").arg(label);
        break;
    case FieldEditor::Change::AddItem:
        description = tr("Add an item to “%1”").arg(label);
        break;
    case FieldEditor::Change::RemoveItem:
        description = tr("Remove an item from “%1”").arg(label);
        break;
    case FieldEditor::Change::MoveItem:
        description = tr("Move an item of “%1”").arg(label);
        break;
    }
    if (fieldEditor->lastChange() != FieldEditor::Change::Value)
        updateTabOrder();
    Q_EMIT edited(key, value, description);
}

void DocumentForm::updateTabOrder()
{
    QVector<QWidget*> chain;
    for (const FieldEditor* fieldEditor : std::as_const(m_editors))
        fieldEditor->appendTabChain(&chain);
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void DocumentForm::storeValue(const QString& key, const YamlValue& value)
{
    QVector<YamlMapEntry> entries = m_frontMatter.entries();
    for (YamlMapEntry& entry : entries) {
        if (entry.key.rubyString() == key) {
            entry.value = value;
            m_frontMatter = YamlValue::fromMap(entries);
            return;
        }
    }
    entries.append(YamlMapEntry{YamlValue::fromString(key), value});
    m_frontMatter = YamlValue::fromMap(entries);
}

FieldEditor* DocumentForm::editor(const QString& key) const
{
    for (FieldEditor* fieldEditor : m_editors) {
        if (fieldEditor->field().key == key)
            return fieldEditor;
    }
    return nullptr;
}

QString DocumentForm::schemaSignature(const CollectionSchema& schema)
{
    QStringList parts{schema.collection};
    for (const SchemaField& field : schema.fields)
        parts.append(field.key + QLatin1Char(':') + field.widget + QLatin1Char(':')
                     + CollectionSchema::typeName(field.type));
    return parts.join(QLatin1Char('\n'));
}

} // namespace EventDesk
