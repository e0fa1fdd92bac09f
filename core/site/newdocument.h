#pragma once

#include "document/yamlvalue.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace EventDesk {

class CollectionSchema;
class EditorSettings;
class SiteConfig;

// A new document of a collection, made as the site's own files are: the title, the publication
// date (now, in the site's time zone, in the house format), the values given, and the defaults
// with a value that most of the collection's files write (blank defaults are not written); keys
// in the schema's order; the file named from the title in the site's style (Siteleaf's, or the
// clean one `.eventdesk.yml` selects) with the extension most of the collection's files have.
struct NewDocument
{
    QString collection;
    QString title;
    QVector<QPair<QString, YamlValue>> values; // KEY=YAML given by the user, in order
    QDateTime now; // the current time when invalid

    struct Result
    {
        QString path; // absolute, the file written
        QString relativePath; // from the site root
        QString url; // where Jekyll will publish it, empty when it publishes nothing
        QByteArray bytes;
    };

    // The file's name and text, without writing anything.
    bool prepare(const SiteConfig& config,
                 const EditorSettings& settings,
                 const CollectionSchema& schema,
                 Result* result,
                 QString* error) const;
    // Prepares, then creates the file; an existing file is never replaced (another name is
    // taken), and a failed write leaves nothing behind.
    bool create(const SiteConfig& config,
                const EditorSettings& settings,
                const CollectionSchema& schema,
                Result* result,
                QString* error) const;
};

} // namespace EventDesk
