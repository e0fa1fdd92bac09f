#pragma once

#include "document/diagnostic.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace EventDesk {

// One Markdown document of a site, as a list shows it.
struct SiteDocumentEntry
{
    QString path; // absolute
    QString relativePath; // to the site root
    QString collection; // "evenements", "posts", or empty for pages
    QString title; // the front matter title, empty when there is none
    bool hasError = false;
    QString errorMessage;
};

// A Jekyll site's folder: recognised by its _config.yml, with its title and its Markdown
// documents (collections, posts, drafts and pages).
class SiteFolder
{
public:
    static QStringList markdownExtensions();

    // False with a message when the folder is not a Jekyll site (no _config.yml or
    // _config.yaml) or its configuration cannot be read.
    bool open(const QString& folder, QString* error);

    QString rootPath() const { return m_root; }
    QString title() const { return m_title; }
    // Collection names declared in _config.yml, in file order.
    QStringList collections() const { return m_collections; }
    // The collection's `title` in _config.yml, or its name when it has none.
    QString collectionTitle(const QString& collection) const;

    // Every Markdown document, collections first (in configuration order), then pages.
    QVector<SiteDocumentEntry> documents() const;

    // Whether Jekyll skips this path (relative to the root) because of `exclude:`.
    bool isExcluded(const QString& relativePath) const;

private:
    QString m_root;
    QString m_title;
    QStringList m_collections;
    QStringList m_collectionTitles;
    QStringList m_excluded;
};

} // namespace EventDesk
