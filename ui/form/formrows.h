#pragma once

#include <QString>

class QFormLayout;
class QWidget;

namespace EventDesk {

class FieldEditor;
struct SchemaField;

// Lays out the rows of a form (the document's and each group item's) the same way: the label
// beside the field (above it for groups and YAML, which take the whole width), a red star for
// required fields, the help in small grey text under the field.
class FormRows
{
public:
    static QFormLayout* createLayout(QWidget* parent);
    // The schema's label in the language, or a readable form of the key.
    static QString labelText(const SchemaField& field, const QString& language);
    // Adds the editor's row; the editor must be named (FieldEditor::setIdentity) first.
    static void addRow(QFormLayout* layout, FieldEditor* editor, bool wide);
};

} // namespace EventDesk
