#pragma once

#include "linkcheck.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

namespace EventDesk {

// Results of earlier link checks, kept on disk for a day so that reopening a document or running
// the command line again does not ask every site again. Only links that worked are kept: a failure
// is always checked again, since it may have been fixed meanwhile. A small JSON file, by address
// without fragment; several processes may share it, the last to save wins.
class LinkCache
{
public:
    struct Entry
    {
        LinkCheck page; // the address without fragment, Ok or Redirected
        bool anchorsRead = false; // page.anchors is the whole list of the page's anchors
        QDateTime checked; // UTC
    };

    static constexpr qint64 MaxAgeSeconds = 24 * 3600;
    static constexpr int MaxEntries = 20000; // the oldest go first beyond this

    // `links.json` in the user's cache folder (QStandardPaths::CacheLocation).
    static QString defaultPath();

    explicit LinkCache(const QString& path = defaultPath());
    QString path() const { return m_path; }

    // Reads the file, dropping entries older than a day at `now`; a missing or unreadable file is
    // an empty cache.
    void load(const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The fresh entry for an address (fragment ignored), or nullptr.
    const Entry* find(const QUrl& url) const;
    // Keeps a result that worked and forgets one that did not.
    void update(const QUrl& url, const LinkCheck& page, bool anchorsRead, const QDateTime& checked);
    bool save(QString* error) const;

    static QString key(const QUrl& url);

private:
    QString m_path;
    QHash<QString, Entry> m_entries;
};

} // namespace EventDesk
