#include "prosefields.h"

#include "site/schema.h"

namespace EventDesk {

namespace {

bool isProse(const SchemaField& field)
{
    return field.type == FieldType::Text || field.type == FieldType::Markdown;
}

YamlValue changedText(const YamlValue& value, const std::function<QString(const QString&)>& change, bool* changed)
{
    if (value.type() != YamlValue::Type::String)
        return value;
    const QString text = change(value.toString());
    if (text == value.toString())
        return value;
    *changed = true;
    return YamlValue::fromString(text);
}

} // namespace

QVector<ProseFields::Field> ProseFields::find(const YamlValue& frontMatter, const CollectionSchema& schema)
{
    QVector<Field> found;
    for (const YamlMapEntry& entry : frontMatter.entries()) {
        const QString key = entry.key.rubyString();
        const SchemaField* field = schema.field(key);
        if (!field)
            continue;
        if (isProse(*field) && entry.value.type() == YamlValue::Type::String) {
            found.append({key, key, entry.value, field->type == FieldType::Markdown});
            continue;
        }
        if (field->type != FieldType::Group)
            continue;
        const QVector<YamlValue>& items = entry.value.items();
        for (int i = 0; i < items.size(); ++i) {
            for (const YamlMapEntry& sub : items.at(i).entries()) {
                const SchemaField* subField = field->field(sub.key.rubyString());
                if (subField && isProse(*subField) && sub.value.type() == YamlValue::Type::String)
                    found.append({QStringLiteral("%1[%2].%3").arg(key).arg(i).arg(sub.key.rubyString()), key, sub.value,
                                  subField->type == FieldType::Markdown});
            }
        }
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
    if (!field)
        return value;
    if (isProse(*field))
        return changedText(value, change, changed);
    if (field->type != FieldType::Group || value.type() != YamlValue::Type::List)
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
            const SchemaField* subField = field->field(entry.key.rubyString());
            if (subField && isProse(*subField))
                entry.value = changedText(entry.value, change, &itemChanged);
        }
        items.append(itemChanged ? YamlValue::fromMap(entries) : item);
        any = any || itemChanged;
    }
    if (!any)
        return value;
    *changed = true;
    return YamlValue::fromList(items);
}

} // namespace EventDesk
