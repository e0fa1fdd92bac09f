#include "schemacommand.h"

#include "document/yamljson.h"
#include "site/siteindex.h"
#include "siteoptions.h"

#include <QTextStream>

namespace EventDesk {

namespace {

const char usageText[] = "Usage: eventdesk-cli schema [--format text|json] SITE --collection NAME\n";
constexpr int ShownValues = 8;

YamlValue text(const QString& value)
{
    return YamlValue::fromString(value);
}

YamlValue fieldJson(const SchemaField& field)
{
    QVector<YamlValue> known;
    for (const KnownValue& value : field.knownValues) {
        known.append(YamlValue::fromMap({{text(QStringLiteral("value")), text(value.value)},
                                         {text(QStringLiteral("count")), YamlValue::fromInteger(value.count)}}));
    }
    QVector<YamlValue> choices;
    for (const QString& choice : field.choices)
        choices.append(text(choice));
    QVector<YamlValue> subFields;
    for (const SchemaField& sub : field.fields)
        subFields.append(fieldJson(sub));
    QVector<YamlMapEntry> entries{
        {text(QStringLiteral("key")), text(field.key)},
        {text(QStringLiteral("label")),
         YamlValue::fromMap(
             {{text(QStringLiteral("fr")), text(field.labelFr)}, {text(QStringLiteral("en")), text(field.labelEn)}})},
        {text(QStringLiteral("type")), text(CollectionSchema::typeName(field.type))},
        {text(QStringLiteral("widget")), text(field.widget)},
        {text(QStringLiteral("role")),
         field.role == FieldRole::None ? YamlValue() : text(FieldRoles::name(field.role))},
        {text(QStringLiteral("required")), YamlValue::fromBool(field.required)},
        {text(QStringLiteral("hidden")), YamlValue::fromBool(field.hidden)},
        {text(QStringLiteral("declared")), YamlValue::fromBool(field.declared)},
        {text(QStringLiteral("default")), field.defaultValue},
        {text(QStringLiteral("used_by")), YamlValue::fromInteger(field.usedBy)},
        {text(QStringLiteral("help")), field.help.isEmpty() ? YamlValue() : text(field.help)},
        {text(QStringLiteral("choices")), YamlValue::fromList(choices)},
        {text(QStringLiteral("known_values")), YamlValue::fromList(known)},
    };
    if (field.type == FieldType::Group)
        entries.append({text(QStringLiteral("fields")), YamlValue::fromList(subFields)});
    return YamlValue::fromMap(entries);
}

void printField(QTextStream& out, const SchemaField& field, int containers, int depth)
{
    const QString head = depth == 0 ? QString() : QString((depth - 1) * 4, QLatin1Char(' ')) + QStringLiteral("  - ");
    const QString detail = QString(depth * 4 + 4, QLatin1Char(' '));
    out << head << field.key.leftJustified(24 - int(head.size())) << ' '
        << CollectionSchema::typeName(field.type).leftJustified(9) << ' ' << field.widget.leftJustified(9);
    QStringList notes;
    if (field.role != FieldRole::None)
        notes.append(QStringLiteral("role: ") + FieldRoles::name(field.role));
    notes.append(depth == 0 ? QStringLiteral("in %1 of %2 documents").arg(field.usedBy).arg(containers)
                            : QStringLiteral("in %1 of %2 items").arg(field.usedBy).arg(containers));
    if (field.declared)
        notes.append(QStringLiteral("declared"));
    if (field.required)
        notes.append(QStringLiteral("required"));
    if (field.hidden)
        notes.append(QStringLiteral("hidden"));
    out << ' ' << notes.join(QStringLiteral(", ")) << '\n';
    out << detail << "label: " << field.labelEn;
    if (field.labelFr != field.labelEn)
        out << " / " << field.labelFr;
    out << '\n';
    if (!field.defaultValue.isNull() && field.type != FieldType::Group) {
        QByteArray json;
        Diagnostic error;
        // A default JSON cannot hold (.nan, .inf) is shown as YAML would write it.
        if (YamlJson::write(field.defaultValue, &json, &error))
            out << detail << "default: " << QString::fromUtf8(json) << '\n';
        else
            out << detail << "default: " << field.defaultValue.rubyString() << '\n';
    }
    if (!field.choices.isEmpty())
        out << detail << "choices: " << field.choices.join(QStringLiteral(", ")) << '\n';
    const bool listsValues = field.type == FieldType::Text || field.type == FieldType::List
        || field.type == FieldType::Boolean || field.type == FieldType::Integer;
    // Values worth offering: those used again and again (not titles, each its own).
    const bool repeated = field.knownValues.size() * 3 <= field.usedBy * 2;
    if (listsValues && repeated && !field.multiline && !field.knownValues.isEmpty()) {
        QStringList values;
        for (int i = 0; i < field.knownValues.size() && i < ShownValues; ++i)
            values.append(QStringLiteral("%1 (%2)")
                              .arg(field.knownValues.at(i).value.trimmed())
                              .arg(field.knownValues.at(i).count));
        if (field.knownValues.size() > ShownValues)
            values.append(QStringLiteral("and %1 more").arg(field.knownValues.size() - ShownValues));
        out << detail << "values: " << values.join(QStringLiteral(", ")) << '\n';
    }
    if (!field.help.isEmpty())
        out << detail << "help: " << field.help << '\n';
    // A group's sub-fields are counted over its items.
    int items = 0;
    for (const SchemaField& sub : field.fields)
        items = qMax(items, sub.usedBy);
    for (const SchemaField& sub : field.fields)
        printField(out, sub, items, depth + 1);
}

} // namespace

int SchemaCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out << usageText
            << "\nDescribes a collection's fields: type, editing widget, role, default, the values its\n"
               "documents use (most used first), and where the site's defaults and its files disagree.\n";
        return 0;
    }
    SiteOptions options;
    options.command = QStringLiteral("schema");
    if (!options.parse(arguments, {}, err)) {
        err << usageText;
        return 2;
    }
    if (!options.rest.isEmpty()) {
        err << "eventdesk-cli schema: unexpected argument " << options.rest.first() << '\n' << usageText;
        return 2;
    }
    if (!options.requireCollection(err))
        return 2;
    const CollectionSchema schema = SiteScanner::schema(options.config, options.settings, options.collection);

    if (options.json) {
        QVector<YamlValue> fields;
        for (const SchemaField& field : schema.fields)
            fields.append(fieldJson(field));
        QVector<YamlValue> drift;
        for (const SchemaDrift& item : schema.drift)
            drift.append(YamlValue::fromMap({{text(QStringLiteral("path")), text(item.path)},
                                             {text(QStringLiteral("message")), text(item.message)}}));
        const YamlValue document = YamlValue::fromMap({
            {text(QStringLiteral("collection")), text(schema.collection)},
            {text(QStringLiteral("documents")), YamlValue::fromInteger(schema.documents)},
            {text(QStringLiteral("fields")), YamlValue::fromList(fields)},
            {text(QStringLiteral("drift")), YamlValue::fromList(drift)},
        });
        QByteArray json;
        Diagnostic error;
        if (!YamlJson::write(document, &json, &error)) {
            err << "eventdesk-cli schema: " << error.message << '\n';
            return 2;
        }
        out << QString::fromUtf8(json) << '\n';
        return 0;
    }
    out << "Collection " << schema.collection << " (" << options.config.collectionTitle(schema.collection)
        << "): " << schema.documents << " documents\n\n";
    for (const SchemaField& field : schema.fields)
        printField(out, field, schema.documents, 0);
    if (!schema.drift.isEmpty()) {
        out << "\nDrift between the defaults and the files:\n";
        for (const SchemaDrift& item : schema.drift)
            out << "  " << item.path << ": " << item.message << '\n';
    }
    return 0;
}

} // namespace EventDesk
