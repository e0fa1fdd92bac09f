#pragma once

#include "formcontext.h"
#include "site/schema.h"

#include <QScrollArea>

#include <functional>
#include <memory>

class QFormLayout;
class QLabel;

namespace EventDesk {

class FieldEditor;
struct FormEnvironment;
class SpellService;

// The form of one document's front matter, generated from its collection's schema: one editor
// per field in the schema's order, then the keys the schema does not know, as YAML. It reports
// each change of a top-level key with the key's whole new value, for the document's undo stack.
class DocumentForm : public QScrollArea
{
    Q_OBJECT

public:
    explicit DocumentForm(QWidget* parent = nullptr);
    ~DocumentForm() override;

    void setContext(const FormContext& context);
    // Builds the editors: the schema's fields in order (hidden ones only when the document has
    // them), then every key of the document the schema does not know, edited as YAML, in file
    // order under an "Other fields" heading. Keeps the scroll position when the schema is the same.
    void setDocument(const CollectionSchema& schema, const YamlValue& frontMatter);
    void clear();
    // Updates one top-level key's editor without emitting edited() (undo/redo, reload).
    void setValue(const QString& key, const YamlValue& value);
    YamlValue value(const QString& key) const;
    // Focuses and scrolls to a field: "lieu", "champs_informations[2].lien" (0-based index in
    // the path, as core Problem::field uses), "une-ou-diaporama[0].image". False when not found.
    bool focusField(const QString& path);
    void setReadOnly(bool readOnly);
    // Test seam for the image chooser: returns the chosen file's path, empty for cancel.
    void setImagePicker(std::function<QString()> picker);
    // Spelling in the text fields of the forms built from now on (the service outlives the form).
    void setSpellService(SpellService* service);
    // The first editor widget of the form (for the main window's tab order).
    QWidget* firstInput() const;

Q_SIGNALS:
    // The user changed a top-level key: `value` is the key's whole new value (null when an
    // optional field was emptied); `description` is a short undo text such as
    // tr("Edit “%1”").arg(label), tr("Add an item to “%1”"), tr("Move an item of “%1”").
    void edited(const QString& key, const EventDesk::YamlValue& value, const QString& description);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void build();
    void addEditor(QFormLayout* layout, const SchemaField& field, const YamlValue& value);
    void onEdited(FieldEditor* editor);
    void updateTabOrder();
    void storeValue(const QString& key, const YamlValue& value);
    FieldEditor* editor(const QString& key) const;
    static QString schemaSignature(const CollectionSchema& schema);

    std::unique_ptr<FormEnvironment> m_environment;
    CollectionSchema m_schema;
    YamlValue m_frontMatter;
    bool m_hasDocument = false;
    QVector<FieldEditor*> m_editors;
    QLabel* m_otherHeading = nullptr;
};

} // namespace EventDesk
