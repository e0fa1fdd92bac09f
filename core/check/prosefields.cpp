#include "prosefields.h"

#include "site/schema.h"

namespace EventDesk {

namespace {

bool isProse(const SchemaField& field)
{
    return field.type == FieldType::Text || field.type == FieldType::Markdown;
}

// A field's prose, and that of its groups' items, at any depth.
void collect(const SchemaField& field,
             const YamlValue& value,
             const QString& path,
             const QString& key,
             QVector<ProseFields::Field>* found)
{
    if (isProse(field)) {
        if (value.type() == YamlValue::Type::String)
            found->append({path, key, value, field.type == FieldType::Markdown});
        return;
    }
    if (field.type != FieldType::Group)
        return;
    const QVector<YamlValue>& items = value.items();
    for (int i = 0; i < items.size(); ++i) {
        for (const YamlMapEntry& sub : items.at(i).entries()) {
            const QString subKey = sub.key.rubyString();
            if (const SchemaField* subField = field.field(subKey))
                collect(*subField, sub.value, QStringLiteral("%1[%2].%3").arg(path).arg(i).arg(subKey), key, found);
        }
    }
}

YamlValue mapped(const SchemaField& field,
                 const YamlValue& value,
                 const std::function<QString(const QString&)>& change,
                 bool* changed)
{
    if (isProse(field)) {
        if (value.type() != YamlValue::Type::String)
            return value;
        const QString text = change(value.toString());
        if (text == value.toString())
            return value;
        *changed = true;
        return YamlValue::fromString(text);
    }
    if (field.type != FieldType::Group || value.type() != YamlValue::Type::List)
        return value;
    bool any = false;
    QVector<YamlValue> items;
    for (const YamlValue& item : value.items()) {
        if (item.type() != YamlValue::Type::Map) {
            items.append(item);
            continue;
        }
        QVector<YamlMapEntry> entries = item.entries();
        bool itemChanged = false;
        for (YamlMapEntry& entry : entries) {
            if (const SchemaField* subField = field.field(entry.key.rubyString()))
                entry.value = mapped(*subField, entry.value, change, &itemChanged);
        }
        items.append(itemChanged ? YamlValue::fromMap(entries) : item);
        any = any || itemChanged;
    }
    if (!any)
        return value;
    *changed = true;
    return YamlValue::fromList(items);
}

} // namespace

QVector<ProseFields::Field> ProseFields::find(const YamlValue& frontMatter, const CollectionSchema& schema)
{
    QVector<Field> found;
    for (const YamlMapEntry& entry : frontMatter.entries()) {
        const QString key = entry.key.rubyString();
        if (const SchemaField* field = schema.field(key))
            collect(*field, entry.value, key, key, &found);
    }
    return found;
}

YamlValue ProseFields::map(const QString& key,
                           const YamlValue& value,
                           const CollectionSchema& schema,
                           const std::function<QString(const QString&)>& change,
                           bool* changed)
{
    const SchemaField* field = schema.field(key);
    return field ? mapped(*field, value, change, changed) : value;
}

} // namespace EventDesk
