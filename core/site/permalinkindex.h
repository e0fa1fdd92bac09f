#pragma once

#include "permalink.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace EventDesk {

// From a site URL back to the document published there, for resolving internal links.
class PermalinkIndex
{
public:
    PermalinkIndex() = default;
    // Published and unpublished documents are indexed (a link to a document that waits for its
    // date is not a link to nothing; find() prefers a published one), the others left out.
    PermalinkIndex(const Permalinks& permalinks, const QVector<PermalinkSource>& documents);

    // The relative path of the document at url, empty when none. The url may start with the
    // site's `url` and baseurl or not, end with a slash, `index.html` or neither, and be
    // percent-encoded or not; its query and fragment are ignored. A relative url is read from
    // the page at `from` (a site-relative url). `/contact` also finds the page at `/contact.html`,
    // as web servers do.
    QString find(const QString& url, const QString& from = QString()) const;
    // Every document at that url: more than one when Jekyll writes one over the other.
    QStringList documentsAt(const QString& url) const;
    // What Permalinks gave a document of the list (also those left out of the index).
    Permalink permalink(const QString& relativePath) const { return m_permalinks.value(relativePath); }

private:
    QStringList candidates(const QString& url, const QString& from) const;

    QString m_baseurl; // "/blog", "" for none
    QString m_siteUrl; // "https://example.org", without trailing slash
    QHash<QString, QStringList> m_byKey;
    QHash<QString, Permalink> m_permalinks;
};

} // namespace EventDesk
