#pragma once

#include "document/yamlvalue.h"
#include "fieldrole.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace EventDesk {

class EditorSettings;
class SiteConfig;

enum class FieldType {
    Text,
    Markdown,
    DateTime,
    Date,
    Boolean,
    Integer,
    Number,
    File, // a path under the uploads folder
    Url,
    List, // a list of texts
    Group, // a list of maps with sub-fields
    Map,
    Any, // values of several kinds: edited as YAML
};

struct KnownValue
{
    QString value;
    int count = 0;
};

// One field of a collection's documents, as the site's defaults, files and `.eventdesk.yml`
// describe it.
struct SchemaField
{
    QString key;
    QString labelFr;
    QString labelEn;
    QString help;
    FieldType type = FieldType::Text;
    // How to edit it: line, multiline (plain text on several lines), markdown, datetime, date,
    // checkbox, number, image, file, url, combo (one value, known values offered), list, group,
    // yaml.
    QString widget;
    bool multiline = false; // a text whose values run on several lines
    FieldRole role = FieldRole::None;
    bool required = false;
    bool hidden = false;
    bool declared = false; // in the site's defaults
    YamlValue defaultValue; // what the defaults give (null when nothing)
    int usedBy = 0; // documents (or items, for a sub-field) that write it
    QVector<KnownValue> knownValues; // values the documents use, most used first
    QStringList choices; // from .eventdesk.yml
    QVector<SchemaField> fields; // a group's sub-fields

    QString label(const QString& language) const { return language == QLatin1String("fr") ? labelFr : labelEn; }
    // What the field is called in `language` ("fr" or "en"): its label there, else in the other
    // language, else its key made readable.
    QString displayLabel(const QString& language) const;
    const SchemaField* field(const QString& subKey) const;
};

// A difference between what the defaults declare and what the files write.
struct SchemaDrift
{
    QString path; // `categorie`, `champs_informations[].lien`
    QString message;
};

// Where a role's value lives: a top-level key, or a sub-field of each item of a group.
struct FieldPath
{
    QString key;
    QString subKey;
    bool isValid() const { return !key.isEmpty(); }
    QString toString() const { return subKey.isEmpty() ? key : key + QStringLiteral("[].") + subKey; }
};

class CollectionSchema
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::CollectionSchema)

public:
    QString collection;
    int documents = 0;
    QVector<SchemaField> fields; // in order
    QVector<SchemaDrift> drift;

    const SchemaField* field(const QString& key) const;
    FieldPath find(FieldRole role) const;
    // Field keys in order, for placing new keys (EventDocument::setValue).
    QStringList order() const;

    static QString typeName(FieldType type);
    // A key as a label when `.eventdesk.yml` gives none: `event_start_date` -> "Event start date".
    static QString readableLabel(const QString& key);
};

// Gathers what a collection's documents hold (keys, their order, value types and values) and
// makes the collection's schema from it, the site's defaults and `.eventdesk.yml`. Builders fed
// by different threads merge.
class SchemaBuilder
{
public:
    SchemaBuilder();
    ~SchemaBuilder();
    SchemaBuilder(const SchemaBuilder& other);
    SchemaBuilder& operator=(const SchemaBuilder& other);

    void addDocument(const YamlValue& frontMatter);
    void merge(const SchemaBuilder& other);
    int documents() const;

    CollectionSchema build(const SiteConfig& config, const QString& collection, const EditorSettings& settings) const;

    struct Fields;

private:
    std::unique_ptr<Fields> m_fields;
};

} // namespace EventDesk
