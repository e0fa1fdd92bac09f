#include "schema.h"

#include "editorsettings.h"
#include "schemastatistics.h"
#include "siteconfig.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <limits>

namespace EventDesk {

namespace {

// Keys Jekyll itself gives a meaning to: not reported when the defaults do not declare them.
bool isJekyllKey(const QString& key)
{
    static const QStringList keys{
        QStringLiteral("title"),
        QStringLiteral("date"),
        QStringLiteral("categories"),
        QStringLiteral("category"),
        QStringLiteral("tags"),
        QStringLiteral("published"),
        QStringLiteral("layout"),
        QStringLiteral("permalink"),
        QStringLiteral("slug"),
        QStringLiteral("excerpt"),
        QStringLiteral("excerpt_separator"),
        QStringLiteral("render_with_liquid"),
    };
    return keys.contains(key);
}

int editDistance(const QString& a, const QString& b)
{
    QVector<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// Two spellings of the same field: `categorie` and `categories`, `dateEvent` and `date_event`.
bool similarKeys(const QString& a, const QString& b)
{
    const QString x = FieldRoles::normalizedKey(a);
    const QString y = FieldRoles::normalizedKey(b);
    if (x == y || x + QLatin1Char('s') == y || y + QLatin1Char('s') == x)
        return true;
    return std::min(x.size(), y.size()) >= 6 && editDistance(x, y) <= 2;
}

} // namespace

namespace {

using Fields = SchemaBuilder::Fields;

int dominantType(const KeyStats& stats)
{
    int best = -1, count = 0;
    for (auto it = stats.types.cbegin(); it != stats.types.cend(); ++it) {
        if (it.value() > count || (it.value() == count && it.key() < best)) {
            best = it.key();
            count = it.value();
        }
    }
    return best;
}

QString nameHint(const QString& key)
{
    const QString n = FieldRoles::normalizedKey(key);
    const QStringList words = n.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    if (n == QLatin1String("date") || n.endsWith(QLatin1String("_date")) || n.endsWith(QLatin1String("_at"))
        || n.startsWith(QLatin1String("date_")))
        return QStringLiteral("datetime");
    if (n == QLatin1String("image") || n.contains(QLatin1String("image")) || n.contains(QLatin1String("file")))
        return QStringLiteral("file");
    if (n.endsWith(QLatin1String("text")) || n == QLatin1String("description") || n == QLatin1String("body"))
        return QStringLiteral("markdown");
    if (words.contains(QLatin1String("lien")) || words.contains(QLatin1String("link"))
        || words.contains(QLatin1String("url")) || words.contains(QLatin1String("href")))
        return QStringLiteral("url");
    return QString();
}

struct FieldInput
{
    QString key;
    const KeyStats* stats = nullptr; // in the documents
    const KeyStats* declaredStats = nullptr; // in the defaults' value
    YamlValue defaultValue;
    bool declared = false;
    FieldSettings settings;
    int documents = 0;
};

// Texts written on several lines: a paragraph, so Markdown, unless the field's role makes it
// plain text (an address, a caption).
bool isMultiline(const FieldInput& input)
{
    const KeyStats* stats = input.stats ? input.stats : input.declaredStats;
    return stats && stats->multiline > 0 && stats->multiline * 5 >= stats->strings;
}

void inferType(SchemaField& field, const FieldInput& input)
{
    static const KeyStats empty;
    const KeyStats& stats = input.stats ? *input.stats : empty;
    const KeyStats& declared = input.declaredStats ? *input.declaredStats : empty;
    int type = dominantType(stats);
    const bool fromFiles = type >= 0;
    if (!fromFiles)
        type = dominantType(declared);
    const KeyStats& source = fromFiles ? stats : declared;
    const QString hint = nameHint(input.key);
    switch (type) {
    case int(YamlValue::Type::Bool):
        field.type = FieldType::Boolean;
        break;
    case int(YamlValue::Type::Integer):
        field.type = FieldType::Integer;
        break;
    case int(YamlValue::Type::Float):
        field.type = FieldType::Number;
        break;
    case int(YamlValue::Type::Date):
        field.type = FieldType::Date;
        break;
    case int(YamlValue::Type::DateTime):
        field.type = FieldType::DateTime;
        break;
    case int(YamlValue::Type::Map):
        field.type = FieldType::Map;
        break;
    case int(YamlValue::Type::List):
        field.type =
            source.listsOfMaps > 0 && source.listsOfMaps >= source.listsOfScalars ? FieldType::Group : FieldType::List;
        break;
    case int(YamlValue::Type::String):
        if (hint == QLatin1String("file"))
            field.type = FieldType::File;
        else if (hint == QLatin1String("markdown"))
            field.type = FieldType::Markdown;
        else if (hint == QLatin1String("url") || (source.strings > 0 && source.urls == source.strings))
            field.type = FieldType::Url;
        else
            field.type = FieldType::Text;
        break;
    default: // never a value: the name decides
        if (hint == QLatin1String("datetime"))
            field.type = FieldType::DateTime;
        else if (hint == QLatin1String("file"))
            field.type = FieldType::File;
        else if (hint == QLatin1String("markdown"))
            field.type = FieldType::Markdown;
        else if (hint == QLatin1String("url"))
            field.type = FieldType::Url;
        else
            field.type = FieldType::Text;
        break;
    }
    // Values of several kinds (beyond a few strays) are edited as YAML.
    if (fromFiles && stats.types.size() > 1 && stats.types.value(type) * 10 < stats.present * 9
        && field.type != FieldType::Group)
        field.type = FieldType::Any;
}

QString widgetFor(const SchemaField& field)
{
    switch (field.type) {
    case FieldType::Text:
        if (field.role == FieldRole::Categories || !field.choices.isEmpty())
            return QStringLiteral("combo");
        return field.multiline ? QStringLiteral("multiline") : QStringLiteral("line");
    case FieldType::Markdown:
        return QStringLiteral("markdown");
    case FieldType::DateTime:
        return QStringLiteral("datetime");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::Boolean:
        return QStringLiteral("checkbox");
    case FieldType::Integer:
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::File: {
        static const QRegularExpression image(QStringLiteral("\\.(png|jpe?g|gif|svg|webp|avif)$"),
                                              QRegularExpression::CaseInsensitiveOption);
        bool images = FieldRoles::normalizedKey(field.key).contains(QLatin1String("image"));
        for (const KnownValue& value : field.knownValues)
            images = images || image.match(value.value).hasMatch();
        return images ? QStringLiteral("image") : QStringLiteral("file");
    }
    case FieldType::Url:
        return QStringLiteral("url");
    case FieldType::List:
        return QStringLiteral("list");
    case FieldType::Group:
        return QStringLiteral("group");
    case FieldType::Map:
    case FieldType::Any:
        return QStringLiteral("yaml");
    }
    return QStringLiteral("yaml");
}

QVector<KnownValue> knownValues(const KeyStats* stats)
{
    QVector<KnownValue> values;
    if (!stats)
        return values;
    for (auto it = stats->values.cbegin(); it != stats->values.cend(); ++it)
        values.append(KnownValue{it.key(), it.value()});
    std::sort(values.begin(), values.end(), [](const KnownValue& a, const KnownValue& b) {
        return a.count != b.count ? a.count > b.count : QString::localeAwareCompare(a.value, b.value) < 0;
    });
    if (values.size() > MaxKnownValues)
        values.resize(MaxKnownValues);
    return values;
}

QVector<SchemaField> makeFields(const Fields* files,
                                const Fields* declared,
                                const YamlValue& defaults,
                                const QStringList& settingsKeys,
                                const QStringList& explicitOrder,
                                std::function<FieldSettings(const QString&)> settingsFor,
                                bool topLevel);

SchemaField makeField(const FieldInput& input, bool topLevel)
{
    SchemaField field;
    field.key = input.key;
    const QString readable = CollectionSchema::readableLabel(input.key);
    field.labelFr = input.settings.labelFr.isEmpty() ? readable : input.settings.labelFr;
    field.labelEn = input.settings.labelEn.isEmpty() ? readable : input.settings.labelEn;
    field.help = input.settings.help;
    field.declared = input.declared;
    field.defaultValue = input.defaultValue;
    field.usedBy = input.stats ? input.stats->present : 0;
    field.knownValues = knownValues(input.stats);
    field.choices = input.settings.choices;
    inferType(field, input);
    field.role = topLevel ? FieldRoles::guessTopLevel(input.key) : FieldRoles::guessSubField(input.key);
    if (!input.settings.role.isEmpty())
        field.role = FieldRoles::fromName(input.settings.role);
    if (field.type == FieldType::Text && (field.role == FieldRole::Lead || isMultiline(input))) {
        const bool plain = field.role == FieldRole::Title || field.role == FieldRole::Place
            || field.role == FieldRole::Address || field.role == FieldRole::ImageAlt
            || field.role == FieldRole::ImageCaption || field.role == FieldRole::InformationHeading;
        if (!plain)
            field.type = FieldType::Markdown;
    }
    field.multiline = field.type == FieldType::Text && isMultiline(input);
    if (field.type == FieldType::Group) {
        const Fields* files = input.stats ? input.stats->sub.get() : nullptr;
        const Fields* declared = input.declaredStats ? input.declaredStats->sub.get() : nullptr;
        const YamlValue firstItem =
            input.defaultValue.type() == YamlValue::Type::List && !input.defaultValue.items().isEmpty()
            ? input.defaultValue.items().first()
            : YamlValue();
        QStringList subKeys = input.settings.fields.keys();
        subKeys.sort();
        const QHash<QString, FieldSettings> subSettings = input.settings.fields;
        field.fields = makeFields(
            files, declared, firstItem, subKeys, QStringList(),
            [&subSettings](const QString& key) { return subSettings.value(key); }, false);
    }
    field.required = input.settings.hasRequired ? input.settings.required : field.role == FieldRole::Title;
    field.hidden = input.settings.hidden;
    field.widget = input.settings.widget.isEmpty() ? widgetFor(field) : input.settings.widget;
    return field;
}

QVector<SchemaField> makeFields(const Fields* files,
                                const Fields* declared,
                                const YamlValue& defaults,
                                const QStringList& settingsKeys,
                                const QStringList& explicitOrder,
                                std::function<FieldSettings(const QString&)> settingsFor,
                                bool topLevel)
{
    // The order the documents keep, then declared keys no document writes, then keys only
    // `.eventdesk.yml` names.
    QStringList keys = files ? files->consensusOrder() : QStringList();
    for (const YamlMapEntry& entry : defaults.entries()) {
        if (!keys.contains(entry.key.rubyString()))
            keys.append(entry.key.rubyString());
    }
    for (const QString& key : settingsKeys) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QVector<SchemaField> fields;
    for (const QString& key : keys) {
        FieldInput input;
        input.key = key;
        input.stats = files && files->keys.contains(key) ? &files->keys.find(key).value() : nullptr;
        input.declaredStats = declared && declared->keys.contains(key) ? &declared->keys.find(key).value() : nullptr;
        input.declared = defaults.contains(key);
        input.defaultValue = defaults.value(key);
        input.settings = settingsFor(key);
        input.documents = files ? files->containers : 0;
        fields.append(makeField(input, topLevel));
    }
    // `.eventdesk.yml` orders: its list first, then each field's `order`.
    std::stable_sort(fields.begin(), fields.end(), [&](const SchemaField& a, const SchemaField& b) {
        const int ai = int(explicitOrder.indexOf(a.key)), bi = int(explicitOrder.indexOf(b.key));
        if ((ai >= 0) != (bi >= 0))
            return ai >= 0;
        if (ai >= 0)
            return ai < bi;
        const int ao = settingsFor(a.key).order, bo = settingsFor(b.key).order;
        if ((ao >= 0) != (bo >= 0))
            return ao >= 0;
        return ao >= 0 && ao < bo;
    });
    return fields;
}

bool hasSubRole(const SchemaField& field, FieldRole role)
{
    for (const SchemaField& sub : field.fields) {
        if (sub.role == role)
            return true;
    }
    return false;
}

// One field per role: where several claim one, the most used wins (a role set in
// `.eventdesk.yml` always does). Sub-field roles only count inside the group they belong to.
// Fields that `.eventdesk.yml` does not name get their role's name ("Début" for
// `event_start_date`) rather than their key's.
void labelByRole(QVector<SchemaField>& fields)
{
    for (SchemaField& field : fields) {
        const QString readable = CollectionSchema::readableLabel(field.key);
        if (field.labelFr == readable && !FieldRoles::label(field.role, QStringLiteral("fr")).isEmpty())
            field.labelFr = FieldRoles::label(field.role, QStringLiteral("fr"));
        if (field.labelEn == readable && !FieldRoles::label(field.role, QStringLiteral("en")).isEmpty())
            field.labelEn = FieldRoles::label(field.role, QStringLiteral("en"));
        labelByRole(field.fields);
    }
}

void settleRoles(QVector<SchemaField>& fields, const EditorSettings& settings, const QString& collection)
{
    for (SchemaField& field : fields) {
        if (field.type != FieldType::Group || field.role != FieldRole::None)
            continue;
        if (hasSubRole(field, FieldRole::InformationHeading)
            && (hasSubRole(field, FieldRole::InformationContent) || hasSubRole(field, FieldRole::InformationLink)))
            field.role = FieldRole::InformationItems;
    }
    QHash<int, int> winner; // role -> index
    for (int i = 0; i < fields.size(); ++i) {
        const FieldRole role = fields.at(i).role;
        if (role == FieldRole::None)
            continue;
        const bool explicitRole = !settings.field(collection, fields.at(i).key).role.isEmpty();
        const auto it = winner.find(int(role));
        if (it == winner.end()) {
            winner.insert(int(role), i);
            continue;
        }
        const SchemaField& current = fields.at(it.value());
        const bool currentExplicit = !settings.field(collection, current.key).role.isEmpty();
        if ((explicitRole && !currentExplicit)
            || (explicitRole == currentExplicit && fields.at(i).usedBy > current.usedBy)) {
            fields[it.value()].role = FieldRole::None;
            it.value() = i;
        } else {
            fields[i].role = FieldRole::None;
        }
    }
    // The image is a top-level field or the first item of a group of images: whichever more
    // documents use.
    bool topLevelImage = winner.contains(int(FieldRole::Image));
    if (topLevelImage) {
        const int imageUse = fields.at(winner.value(int(FieldRole::Image))).usedBy;
        for (const SchemaField& field : fields) {
            if (field.type == FieldType::Group && hasSubRole(field, FieldRole::Image) && field.usedBy > imageUse) {
                for (SchemaField& other : fields) {
                    if (other.role == FieldRole::Image || other.role == FieldRole::ImageAlt
                        || other.role == FieldRole::ImageCaption)
                        other.role = FieldRole::None;
                }
                topLevelImage = false;
                break;
            }
        }
    }
    // A group of images holds the image sub-field; information items hold headings.
    for (SchemaField& field : fields) {
        if (field.type != FieldType::Group)
            continue;
        const bool images = !topLevelImage && hasSubRole(field, FieldRole::Image);
        const bool information = field.role == FieldRole::InformationItems;
        for (SchemaField& sub : field.fields) {
            const bool imageRole =
                sub.role == FieldRole::Image || sub.role == FieldRole::ImageAlt || sub.role == FieldRole::ImageCaption;
            const bool informationRole = sub.role == FieldRole::InformationHeading
                || sub.role == FieldRole::InformationContent || sub.role == FieldRole::InformationLink;
            if ((imageRole && !images) || (informationRole && !information))
                sub.role = FieldRole::None;
        }
    }
    // Groups inside groups play no role.
    std::function<void(QVector<SchemaField>&)> clearNested = [&clearNested](QVector<SchemaField>& nested) {
        for (SchemaField& sub : nested) {
            sub.role = FieldRole::None;
            clearNested(sub.fields);
        }
    };
    for (SchemaField& field : fields) {
        for (SchemaField& sub : field.fields)
            clearNested(sub.fields);
    }
    // Only the first group of images counts.
    bool seenImages = topLevelImage;
    for (SchemaField& field : fields) {
        if (field.type != FieldType::Group || !hasSubRole(field, FieldRole::Image))
            continue;
        if (seenImages) {
            for (SchemaField& sub : field.fields) {
                if (sub.role == FieldRole::Image || sub.role == FieldRole::ImageAlt
                    || sub.role == FieldRole::ImageCaption)
                    sub.role = FieldRole::None;
            }
        }
        seenImages = true;
    }
}

void findDrift(const QString& prefix,
               const Fields* files,
               const YamlValue& defaults,
               const QVector<SchemaField>& fields,
               QVector<SchemaDrift>* drift)
{
    if (!files)
        return;
    QStringList declared;
    for (const YamlMapEntry& entry : defaults.entries())
        declared.append(entry.key.rubyString());
    for (auto it = files->keys.cbegin(); it != files->keys.cend(); ++it) {
        const QString& key = it.key();
        if (declared.contains(key))
            continue;
        const int used = it.value().present;
        QString similar;
        for (const QString& candidate : declared) {
            if (similarKeys(candidate, key))
                similar = candidate;
        }
        // Top-level keys are counted in documents, sub-fields in the items of their group.
        const bool documents = prefix.isEmpty();
        if (!similar.isEmpty()) {
            const int declaredUse = files->keys.value(similar).present;
            //: %1 the key the defaults declare, %2 how many write it ("%n documents write it"), %3 the key written
            const QString message = documents
                ? CollectionSchema::tr("the defaults declare \"%1\" (%2) but %n documents write \"%3\"", nullptr, used)
                : CollectionSchema::tr("the defaults declare \"%1\" (%2) but %n items write \"%3\"", nullptr, used);
            const QString declaredBy = documents ? CollectionSchema::tr("%n documents write it", nullptr, declaredUse)
                                                 : CollectionSchema::tr("%n items write it", nullptr, declaredUse);
            drift->append(SchemaDrift{prefix + key, message.arg(prefix + similar, declaredBy, key)});
        } else if (!(prefix.isEmpty() && isJekyllKey(key))) {
            drift->append(SchemaDrift{
                prefix + key,
                documents ? CollectionSchema::tr("used by %n documents but not declared in the defaults", nullptr, used)
                          : CollectionSchema::tr("used by %n items but not declared in the defaults", nullptr, used)});
        }
    }
    for (const QString& key : declared) {
        const YamlValue value = defaults.value(key);
        const bool blank = value.isNull() || value.type() == YamlValue::Type::List;
        if (blank && !files->keys.contains(key)) {
            bool misspelled = false;
            for (auto it = files->keys.cbegin(); it != files->keys.cend(); ++it)
                misspelled = misspelled || similarKeys(key, it.key());
            if (!misspelled)
                drift->append(SchemaDrift{prefix + key,
                                          CollectionSchema::tr("declared in the defaults but no document writes it")});
        }
    }
    // Inside the groups the defaults declare.
    for (const SchemaField& field : fields) {
        const YamlValue value = defaults.value(field.key);
        if (field.type != FieldType::Group || value.type() != YamlValue::Type::List || value.items().isEmpty())
            continue;
        const auto stats = files->keys.find(field.key);
        if (stats != files->keys.cend() && stats.value().sub)
            findDrift(prefix + field.key + QStringLiteral("[]."), stats.value().sub.get(), value.items().first(),
                      field.fields, drift);
    }
}

} // namespace

QString SchemaField::displayLabel(const QString& language) const
{
    QString text = label(language);
    if (text.isEmpty())
        text = label(language == QLatin1String("fr") ? QStringLiteral("en") : QStringLiteral("fr"));
    return text.isEmpty() ? CollectionSchema::readableLabel(key) : text;
}

const SchemaField* SchemaField::field(const QString& subKey) const
{
    for (const SchemaField& sub : fields) {
        if (sub.key == subKey)
            return &sub;
    }
    return nullptr;
}

const SchemaField* CollectionSchema::field(const QString& key) const
{
    for (const SchemaField& field : fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

FieldPath CollectionSchema::find(FieldRole role) const
{
    for (const SchemaField& field : fields) {
        if (field.role == role)
            return FieldPath{field.key, QString()};
    }
    for (const SchemaField& field : fields) {
        for (const SchemaField& sub : field.fields) {
            if (sub.role == role)
                return FieldPath{field.key, sub.key};
        }
    }
    return FieldPath();
}

QStringList CollectionSchema::order() const
{
    QStringList keys;
    for (const SchemaField& field : fields)
        keys.append(field.key);
    return keys;
}

QString CollectionSchema::typeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Markdown:
        return QStringLiteral("markdown");
    case FieldType::DateTime:
        return QStringLiteral("datetime");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::File:
        return QStringLiteral("file");
    case FieldType::Url:
        return QStringLiteral("url");
    case FieldType::List:
        return QStringLiteral("list");
    case FieldType::Group:
        return QStringLiteral("group");
    case FieldType::Map:
        return QStringLiteral("map");
    case FieldType::Any:
        return QStringLiteral("any");
    }
    return QString();
}

QString CollectionSchema::readableLabel(const QString& key)
{
    static const QRegularExpression camel(QStringLiteral("([a-z0-9])([A-Z])"));
    QString text = key;
    text.replace(camel, QStringLiteral("\\1 \\2"));
    text.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    text = text.simplified().toLower();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

CollectionSchema
SchemaBuilder::build(const SiteConfig& config, const QString& collection, const EditorSettings& settings) const
{
    CollectionSchema schema;
    schema.collection = collection;
    schema.documents = m_fields->containers;
    const CollectionConfig* collectionConfig = config.collection(collection);
    const QString folder = collectionConfig ? collectionConfig->folder : QString();
    const YamlValue defaults = config.defaultsFor(
        folder.isEmpty() ? QStringLiteral("index.md") : folder + QStringLiteral("/document.md"), collection);
    Fields declared;
    declared.add(defaults);
    schema.fields = makeFields(
        m_fields.get(), &declared, defaults, settings.fieldKeys(collection), settings.order(collection),
        [&settings, &collection](const QString& key) { return settings.field(collection, key); }, true);
    settleRoles(schema.fields, settings, collection);
    labelByRole(schema.fields);
    // The widgets that depend on roles (categories as a choice).
    for (SchemaField& field : schema.fields) {
        if (settings.field(collection, field.key).widget.isEmpty())
            field.widget = widgetFor(field);
    }
    if (!defaults.entries().isEmpty())
        findDrift(QString(), m_fields.get(), defaults, schema.fields, &schema.drift);
    std::sort(schema.drift.begin(), schema.drift.end(),
              [](const SchemaDrift& a, const SchemaDrift& b) { return a.path < b.path; });
    return schema;
}

} // namespace EventDesk
