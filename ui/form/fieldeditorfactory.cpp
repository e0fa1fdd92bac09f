#include "fieldeditorfactory.h"

#include "checkboxeditor.h"
#include "comboeditor.h"
#include "datetimeeditor.h"
#include "groupeditor.h"
#include "imageeditor.h"
#include "lineeditor.h"
#include "listeditor.h"
#include "numbereditor.h"
#include "texteditor.h"
#include "yamleditor.h"

#include <QHash>

namespace EventDesk {

FieldEditorFactory::Kind FieldEditorFactory::kindFor(const SchemaField& field)
{
    static const QHash<QString, Kind> byWidget = {
        {QStringLiteral("line"), Kind::Line},         {QStringLiteral("multiline"), Kind::Multiline},
        {QStringLiteral("markdown"), Kind::Markdown}, {QStringLiteral("datetime"), Kind::DateTime},
        {QStringLiteral("date"), Kind::Date},         {QStringLiteral("checkbox"), Kind::Checkbox},
        {QStringLiteral("number"), Kind::Number},     {QStringLiteral("image"), Kind::Image},
        {QStringLiteral("file"), Kind::Line},         {QStringLiteral("url"), Kind::Url},
        {QStringLiteral("combo"), Kind::Combo},       {QStringLiteral("list"), Kind::List},
        {QStringLiteral("group"), Kind::Group},       {QStringLiteral("yaml"), Kind::Yaml},
    };
    if (field.type == FieldType::File && field.role == FieldRole::Image)
        return Kind::Image;
    const auto found = byWidget.constFind(field.widget);
    if (found != byWidget.constEnd())
        return *found;
    switch (field.type) {
    case FieldType::Text:
        if (!field.choices.isEmpty())
            return Kind::Combo;
        return field.multiline ? Kind::Multiline : Kind::Line;
    case FieldType::Markdown:
        return Kind::Markdown;
    case FieldType::DateTime:
        return Kind::DateTime;
    case FieldType::Date:
        return Kind::Date;
    case FieldType::Boolean:
        return Kind::Checkbox;
    case FieldType::Integer:
    case FieldType::Number:
        return Kind::Number;
    case FieldType::File:
        return field.role == FieldRole::Image ? Kind::Image : Kind::Line;
    case FieldType::Url:
        return Kind::Url;
    case FieldType::List:
        return Kind::List;
    case FieldType::Group:
        return Kind::Group;
    case FieldType::Map:
    case FieldType::Any:
        break;
    }
    return Kind::Yaml;
}

FieldEditor* FieldEditorFactory::create(const SchemaField& field,
                                        const YamlValue& value,
                                        const FormEnvironment* environment,
                                        QWidget* parent)
{
    Kind kind = kindFor(field);
    // A text on several lines in a one-line field, a date where a date-time is expected: the
    // editor follows the value.
    const bool severalLines = value.type() == YamlValue::Type::String && value.toString().contains(QLatin1Char('\n'));
    if (severalLines && (kind == Kind::Line || kind == Kind::Url || kind == Kind::Combo))
        kind = Kind::Multiline;
    if (kind == Kind::DateTime && value.type() == YamlValue::Type::Date)
        kind = Kind::Date;
    else if (kind == Kind::Date && value.type() == YamlValue::Type::DateTime)
        kind = Kind::DateTime;

    FieldEditor* editor = make(kind, field, environment, parent);
    if (!editor->accepts(value)) {
        delete editor;
        editor = make(Kind::Yaml, field, environment, parent);
    }
    editor->setValue(value);
    return editor;
}

bool FieldEditorFactory::isWide(const FieldEditor* editor)
{
    return qobject_cast<const GroupEditor*>(editor) || qobject_cast<const YamlEditor*>(editor);
}

FieldEditor*
FieldEditorFactory::make(Kind kind, const SchemaField& field, const FormEnvironment* environment, QWidget* parent)
{
    switch (kind) {
    case Kind::Line:
        return new LineEditor(field, LineEditor::Mode::Text, environment, parent);
    case Kind::Url:
        return new LineEditor(field, LineEditor::Mode::Url, environment, parent);
    case Kind::Multiline:
        return new TextEditor(field, TextEditor::Mode::Plain, environment, parent);
    case Kind::Markdown:
        return new TextEditor(field, TextEditor::Mode::Markdown, environment, parent);
    case Kind::Checkbox:
        return new CheckboxEditor(field, environment, parent);
    case Kind::Number:
        return new NumberEditor(field, environment, parent);
    case Kind::Date:
        return new DateTimeEditor(field, DateTimeEditor::Mode::Date, environment, parent);
    case Kind::DateTime:
        return new DateTimeEditor(field, DateTimeEditor::Mode::DateTime, environment, parent);
    case Kind::Combo:
        return new ComboEditor(field, environment, parent);
    case Kind::List:
        return new ListEditor(field, environment, parent);
    case Kind::Group:
        return new GroupEditor(field, environment, parent);
    case Kind::Image:
        return new ImageEditor(field, environment, parent);
    case Kind::Yaml:
        break;
    }
    return new YamlEditor(field, environment, parent);
}

} // namespace EventDesk
