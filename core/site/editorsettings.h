#pragma once

#include "document/diagnostic.h"
#include "document/yamlvalue.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace EventDesk {

// What `.eventdesk.yml` says about one field (every member optional).
struct FieldSettings
{
    QString labelFr;
    QString labelEn;
    QString help;
    bool hasRequired = false;
    bool required = false;
    bool hasHidden = false;
    bool hidden = false;
    int order = -1; // position, from 1; -1 when not given
    QStringList choices;
    QString widget; // see CollectionSchema's widget names
    QString role; // a FieldRoles name
    QHash<QString, FieldSettings> fields; // sub-fields of a list of maps
};

// The optional `.eventdesk.yml` at a site's root: what the site's own files cannot tell (labels,
// help, required fields, order, choices, roles, the file naming style). See the README for its
// format.
class EditorSettings
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::EditorSettings)

public:
    static constexpr const char* FileName = ".eventdesk.yml";

    // An absent file gives empty settings; a file that does not read gives false and a message
    // with its line and column.
    static bool load(const QString& siteRoot, EditorSettings* settings, QString* error);
    static bool fromYaml(const QByteArray& yaml, EditorSettings* settings, Diagnostic* error);

    // The field's settings for a collection: its own, over those given for every collection.
    FieldSettings field(const QString& collection, const QString& key) const;
    // Keys with settings for this collection (either level), for fields no file uses yet.
    QStringList fieldKeys(const QString& collection) const;
    // The collection's `order:` list, empty when none.
    QStringList order(const QString& collection) const;
    // "siteleaf" (the default) or "clean".
    QString slugStyle(const QString& collection) const;

private:
    QHash<QString, FieldSettings> m_fields; // every collection
    QHash<QString, QHash<QString, FieldSettings>> m_collectionFields;
    QHash<QString, QStringList> m_orders;
    QString m_slugStyle = QStringLiteral("siteleaf");
    QHash<QString, QString> m_collectionSlugStyles;
};

} // namespace EventDesk
