#pragma once

#include "site/schema.h"

class QWidget;

namespace EventDesk {

class FieldEditor;
struct FormEnvironment;

// Makes the editor for a field from its schema (widget name, then type), adjusted to the value
// it has to show: a value the field's editor cannot show without loss gets the YAML editor.
class FieldEditorFactory
{
public:
    enum class Kind {
        Line,
        Url,
        Multiline,
        Markdown,
        Checkbox,
        Number,
        Date,
        DateTime,
        Combo,
        List,
        Group,
        Image,
        Yaml
    };

    static Kind kindFor(const SchemaField& field);
    // The editor, filled with `value` (no signal).
    static FieldEditor*
    create(const SchemaField& field, const YamlValue& value, const FormEnvironment* environment, QWidget* parent);
    // Groups and YAML take the whole width of a form, under their label.
    static bool isWide(const FieldEditor* editor);

private:
    static FieldEditor* make(Kind kind, const SchemaField& field, const FormEnvironment* environment, QWidget* parent);
};

} // namespace EventDesk
