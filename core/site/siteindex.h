#pragma once

#include "document/diagnostic.h"
#include "document/yamlvalue.h"
#include "editorsettings.h"
#include "schema.h"
#include "siteconfig.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QVector>

#include <atomic>
#include <memory>

namespace EventDesk {

// A document as a list shows it: the values of the title, date, start, end, categories and
// published roles, and whether it reads.
struct IndexEntry
{
    QString path; // absolute
    QString relativePath; // from the site root
    QString collection; // empty for pages
    bool draft = false; // in _drafts
    QString title;
    YamlValue date; // publication date, as the front matter has it (date-time, date, text or null)
    YamlValue start;
    YamlValue end;
    QStringList categories;
    bool published = true;
    bool hasError = false;
    QString error; // `line:column: message` when it does not read
    qint64 size = 0;
    qint64 modified = 0; // ms since the epoch

    // The start, or the publication date when the document has no start: what a list sorts by.
    YamlValue sortDate() const { return start.isNull() ? date : start; }
};

// Reads a site's documents in parallel: each collection's Markdown documents (posts and drafts
// included) and the pages. A broken file is listed with its error, never dropped.
class SiteScanner
{
public:
    struct Result
    {
        QVector<IndexEntry> entries; // collections in configuration order, then pages; by path
        QHash<QString, SchemaBuilder> schemas; // by collection
    };

    struct Source
    {
        QString path;
        QString collection;
        bool draft = false;
    };

    // The Markdown files Jekyll reads as documents, with their collection.
    static QVector<Source> sources(const SiteConfig& config);
    // Stops early (with a partial result) when `cancel` becomes true.
    static Result scan(const SiteConfig& config,
                       const EditorSettings& settings,
                       const QVector<Source>& sources,
                       int threads = 0,
                       const std::atomic<bool>* cancel = nullptr);
    static Result scan(const SiteConfig& config, const EditorSettings& settings, int threads = 0)
    {
        return scan(config, settings, sources(config), threads);
    }
    // The sources of one collection.
    static QVector<Source> sources(const SiteConfig& config, const QString& collection);
    // The collection a file belongs to (empty for a page); false when it is not a document of
    // the site.
    static bool collectionOf(const SiteConfig& config, const QString& path, QString* collection);
    // A collection's schema, from all its documents, the defaults and `.eventdesk.yml`.
    static CollectionSchema schema(const SiteConfig& config, const EditorSettings& settings, const QString& collection);
    // One file: its entry, and its front matter added to `schema` when given.
    static IndexEntry
    read(const SiteConfig& config, const EditorSettings& settings, const Source& source, SchemaBuilder* schema);
};

// The index of an open site, kept current: it scans in a worker thread, then watches the
// collections' folders and files and re-reads what changes (bursts merged). Signals come on the
// thread that owns the index.
class SiteIndex : public QObject
{
    Q_OBJECT

public:
    explicit SiteIndex(QObject* parent = nullptr);
    ~SiteIndex() override;

    // Starts reading the site; ready() follows.
    void open(const SiteConfig& config, const EditorSettings& settings);
    bool isReady() const { return m_ready; }

    QVector<IndexEntry> entries() const { return m_entries; }
    // Valid until the next ready() or changed().
    const IndexEntry* entry(const QString& path) const;
    CollectionSchema schema(const QString& collection) const;
    SiteConfig config() const { return m_config; }

Q_SIGNALS:
    void ready();
    // Entries added, changed or removed (by absolute path) after a change on disk.
    void changed(const QStringList& paths);

private:
    void apply(int generation,
               const QVector<IndexEntry>& entries,
               const QHash<QString, SchemaBuilder>& schemas,
               const QStringList& changedPaths,
               bool initial);
    void stop();

    class Worker;
    SiteConfig m_config;
    EditorSettings m_settings;
    QVector<IndexEntry> m_entries;
    QHash<QString, CollectionSchema> m_schemas;
    bool m_ready = false;
    int m_generation = 0; // results of an earlier open() are dropped
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::unique_ptr<QThread> m_thread;
    Worker* m_worker = nullptr;
};

} // namespace EventDesk
