#include "siteindex.h"

#include "document/eventdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMetaObject>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <functional>
#include <thread>

namespace EventDesk {

namespace {

bool isMarkdownFile(const QString& fileName)
{
    const int dot = int(fileName.lastIndexOf(QLatin1Char('.')));
    return dot > 0 && SiteConfig::markdownExtensions().contains(fileName.mid(dot + 1).toLower());
}

// Jekyll's EntryFilter: names starting with `.`, `_` or `#`, and backups ending with `~`, are
// not part of the site.
bool isSpecialName(const QString& name)
{
    return name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('_')) || name.startsWith(QLatin1Char('#'))
        || name.endsWith(QLatin1Char('~'));
}

// The Markdown files under a folder, sorted; folders for which `skipFolder` is true are not
// entered.
void collect(const QString& folder,
             const std::function<bool(const QFileInfo&)>& skipFolder,
             const std::function<bool(const QFileInfo&)>& skipFile,
             QStringList* paths)
{
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo& info : entries) {
        if (info.isDir()) {
            if (!info.isSymLink() && !skipFolder(info))
                collect(info.filePath(), skipFolder, skipFile, paths);
        } else if (isMarkdownFile(info.fileName()) && !skipFile(info)) {
            paths->append(info.filePath());
        }
    }
}

QString scalarText(const YamlValue& value)
{
    return value.isScalar() && !value.isNull() ? value.rubyString() : QString();
}

// The keys `.eventdesk.yml` gives a role in a collection.
QHash<int, QString> explicitRoles(const EditorSettings& settings, const QString& collection)
{
    QHash<int, QString> roles;
    for (const QString& key : settings.fieldKeys(collection)) {
        const FieldRole role = FieldRoles::fromName(settings.field(collection, key).role);
        if (role != FieldRole::None && !roles.contains(int(role)))
            roles.insert(int(role), key);
    }
    return roles;
}

IndexEntry readEntry(const SiteConfig& config,
                     const QHash<int, QString>& roles,
                     const SiteScanner::Source& source,
                     SchemaBuilder* schema)
{
    IndexEntry entry;
    entry.path = source.path;
    entry.relativePath = QDir(config.root()).relativeFilePath(source.path);
    entry.collection = source.collection;
    entry.draft = source.draft;
    const QFileInfo info(source.path);
    entry.size = info.size();
    entry.modified = info.lastModified().toMSecsSinceEpoch();
    const EventDocument document = EventDocument::load(source.path);
    if (document.status() != EventDocument::Status::Ok) {
        entry.hasError = true;
        entry.error = document.error().format(entry.relativePath);
    }
    const YamlValue data = document.frontMatter();
    if (schema)
        schema->addDocument(data);
    // Each role's key: the one `.eventdesk.yml` names, or the first whose name suggests it.
    QHash<int, YamlValue> values;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (data.contains(it.value()))
            values.insert(it.key(), data.value(it.value()));
    }
    for (const YamlMapEntry& field : data.entries()) {
        const FieldRole role = FieldRoles::guessTopLevel(field.key.rubyString());
        if (role != FieldRole::None && !values.contains(int(role)))
            values.insert(int(role), field.value);
    }
    entry.title = scalarText(values.value(int(FieldRole::Title)));
    auto dateValue = [&values](FieldRole role) {
        const YamlValue value = values.value(int(role));
        return value.isScalar() ? value : YamlValue();
    };
    entry.date = dateValue(FieldRole::PublicationDate);
    entry.start = dateValue(FieldRole::Start);
    entry.end = dateValue(FieldRole::End);
    const YamlValue categories = values.value(int(FieldRole::Categories));
    if (categories.type() == YamlValue::Type::List) {
        for (const YamlValue& item : categories.items()) {
            if (!scalarText(item).isEmpty())
                entry.categories.append(scalarText(item));
        }
    } else if (!scalarText(categories).isEmpty()) {
        entry.categories.append(scalarText(categories));
    }
    const YamlValue published = values.value(int(FieldRole::Published));
    entry.published = !(published.type() == YamlValue::Type::Bool && !published.toBool());
    return entry;
}

} // namespace

QVector<SiteScanner::Source> SiteScanner::sources(const SiteConfig& config)
{
    QVector<Source> result;
    const QDir root(config.root());
    auto specialFolder = [](const QFileInfo& info) { return isSpecialName(info.fileName()); };
    auto specialFile = [](const QFileInfo& info) { return isSpecialName(info.fileName()); };
    for (const CollectionConfig& collection : config.collections()) {
        QStringList paths;
        collect(root.filePath(collection.folder), specialFolder, specialFile, &paths);
        for (const QString& path : paths)
            result.append(Source{path, collection.name, false});
        if (collection.name == QLatin1String("posts")) {
            QStringList drafts;
            collect(root.filePath(QStringLiteral("_drafts")), specialFolder, specialFile, &drafts);
            for (const QString& path : drafts)
                result.append(Source{path, collection.name, true});
        }
    }
    // Pages: Markdown files outside special and excluded folders.
    auto skipped = [&config, &root](const QFileInfo& info) {
        return isSpecialName(info.fileName()) || config.isExcluded(root.relativeFilePath(info.filePath()));
    };
    QStringList pages;
    collect(config.root(), skipped, skipped, &pages);
    for (const QString& path : pages)
        result.append(Source{path, QString(), false});
    return result;
}

QVector<SiteScanner::Source> SiteScanner::sources(const SiteConfig& config, const QString& collection)
{
    QVector<Source> result;
    for (const Source& source : sources(config)) {
        if (source.collection == collection)
            result.append(source);
    }
    return result;
}

bool SiteScanner::collectionOf(const SiteConfig& config, const QString& path, QString* collection)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (const Source& source : sources(config)) {
        if (QFileInfo(source.path).canonicalFilePath() == canonical) {
            *collection = source.collection;
            return true;
        }
    }
    return false;
}

CollectionSchema
SiteScanner::schema(const SiteConfig& config, const EditorSettings& settings, const QString& collection)
{
    return scan(config, settings, sources(config, collection))
        .schemas.value(collection)
        .build(config, collection, settings);
}

IndexEntry
SiteScanner::read(const SiteConfig& config, const EditorSettings& settings, const Source& source, SchemaBuilder* schema)
{
    return readEntry(config, explicitRoles(settings, source.collection), source, schema);
}

SiteScanner::Result SiteScanner::scan(const SiteConfig& config,
                                      const EditorSettings& settings,
                                      const QVector<Source>& sources,
                                      int threads,
                                      const std::atomic<bool>* cancel)
{
    if (threads <= 0)
        threads = qMax(1, QThread::idealThreadCount());
    threads = qMin(threads, qMax(1, int(sources.size()) / 16));
    QHash<QString, QHash<int, QString>> roles;
    for (const Source& source : sources) {
        if (!roles.contains(source.collection))
            roles.insert(source.collection, explicitRoles(settings, source.collection));
    }
    Result result;
    result.entries.resize(sources.size());
    QVector<QHash<QString, SchemaBuilder>> schemas(threads);
    auto work = [&](int slice) {
        for (int i = slice; i < sources.size(); i += threads) {
            if (cancel && cancel->load())
                return;
            const Source& source = sources.at(i);
            result.entries[i] =
                readEntry(config, roles.value(source.collection), source, &schemas[slice][source.collection]);
        }
    };
    std::vector<std::thread> workers;
    for (int slice = 1; slice < threads; ++slice)
        workers.emplace_back(work, slice);
    work(0);
    for (std::thread& worker : workers)
        worker.join();
    for (const QHash<QString, SchemaBuilder>& partial : schemas) {
        for (auto it = partial.cbegin(); it != partial.cend(); ++it)
            result.schemas[it.key()].merge(it.value());
    }
    return result;
}

// Lives in the index's thread: the first scan, then the watcher and the re-reads.
class SiteIndex::Worker : public QObject
{
    Q_OBJECT

public:
    Worker(const SiteConfig& config,
           const EditorSettings& settings,
           SiteIndex* index,
           int generation,
           std::shared_ptr<std::atomic<bool>> cancel)
        : m_config(config)
        , m_settings(settings)
        , m_index(index)
        , m_generation(generation)
        , m_cancel(std::move(cancel))
    {
    }

    void start()
    {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &Worker::schedule);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Worker::schedule);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setInterval(150);
        connect(m_timer, &QTimer::timeout, this, &Worker::rescan);
        const QVector<SiteScanner::Source> sources = SiteScanner::sources(m_config);
        const SiteScanner::Result result = SiteScanner::scan(m_config, m_settings, sources, 0, m_cancel.get());
        if (m_cancel->load())
            return;
        remember(result);
        watch(sources);
        deliver(result, QStringList(), true);
    }

private:
    void schedule() { m_timer->start(); }

    void remember(const SiteScanner::Result& result)
    {
        m_entries = result.entries;
        m_schemas = result.schemas;
    }

    void watch(const QVector<SiteScanner::Source>& sources)
    {
        QSet<QString> folders{m_config.root()};
        for (const CollectionConfig& collection : m_config.collections())
            folders.insert(QDir(m_config.root()).filePath(collection.folder));
        folders.insert(QDir(m_config.root()).filePath(QStringLiteral("_drafts")));
        QStringList files;
        for (const SiteScanner::Source& source : sources) {
            files.append(source.path);
            folders.insert(QFileInfo(source.path).absolutePath());
        }
        QStringList wanted;
        for (const QString& folder : folders) {
            if (QFileInfo(folder).isDir())
                wanted.append(folder);
        }
        QSet<QString> watched;
        for (const QString& path : m_watcher->directories() + m_watcher->files())
            watched.insert(path);
        QStringList add;
        for (const QString& path : wanted + files) {
            if (!watched.contains(path))
                add.append(path);
        }
        if (!add.isEmpty())
            m_watcher->addPaths(add);
    }

    void rescan()
    {
        if (m_cancel->load())
            return;
        const QVector<SiteScanner::Source> sources = SiteScanner::sources(m_config);
        QHash<QString, const IndexEntry*> known;
        for (const IndexEntry& entry : m_entries)
            known.insert(entry.path, &entry);
        QVector<SiteScanner::Source> toRead;
        QStringList changed;
        QSet<QString> affected;
        QSet<QString> present;
        for (const SiteScanner::Source& source : sources) {
            present.insert(source.path);
            const IndexEntry* entry = known.value(source.path);
            const QFileInfo info(source.path);
            if (!entry || entry->size != info.size() || entry->modified != info.lastModified().toMSecsSinceEpoch()
                || entry->collection != source.collection) {
                toRead.append(source);
                changed.append(source.path);
                affected.insert(source.collection);
            }
        }
        for (const IndexEntry& entry : m_entries) {
            if (!present.contains(entry.path)) {
                changed.append(entry.path);
                affected.insert(entry.collection);
            }
        }
        watch(sources);
        if (changed.isEmpty())
            return;
        // The schemas of the collections that changed are gathered again from all their files.
        QVector<SiteScanner::Source> affectedSources;
        for (const SiteScanner::Source& source : sources) {
            if (affected.contains(source.collection))
                affectedSources.append(source);
        }
        const SiteScanner::Result partial = SiteScanner::scan(m_config, m_settings, affectedSources, 0, m_cancel.get());
        if (m_cancel->load())
            return;
        QHash<QString, IndexEntry> fresh;
        for (const IndexEntry& entry : partial.entries)
            fresh.insert(entry.path, entry);
        SiteScanner::Result result;
        for (const SiteScanner::Source& source : sources) {
            if (fresh.contains(source.path))
                result.entries.append(fresh.value(source.path));
            else if (const IndexEntry* entry = known.value(source.path))
                result.entries.append(*entry);
        }
        result.schemas = m_schemas;
        for (const QString& collection : affected)
            result.schemas.insert(collection, partial.schemas.value(collection));
        remember(result);
        deliver(result, changed, false);
    }

    void deliver(const SiteScanner::Result& result, const QStringList& changed, bool initial)
    {
        QPointer<SiteIndex> index = m_index;
        QMetaObject::invokeMethod(
            m_index,
            [index, generation = m_generation, entries = result.entries, schemas = result.schemas, changed, initial]() {
                if (index)
                    index->apply(generation, entries, schemas, changed, initial);
            },
            Qt::QueuedConnection);
    }

    const SiteConfig m_config;
    const EditorSettings m_settings;
    SiteIndex* m_index;
    const int m_generation;
    const std::shared_ptr<std::atomic<bool>> m_cancel;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_timer = nullptr;
    QVector<IndexEntry> m_entries;
    QHash<QString, SchemaBuilder> m_schemas;
};

SiteIndex::SiteIndex(QObject* parent)
    : QObject(parent)
{
}

SiteIndex::~SiteIndex()
{
    stop();
}

// Ends the worker: a scan under way stops at its next file.
void SiteIndex::stop()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        m_thread.reset();
    }
}

void SiteIndex::open(const SiteConfig& config, const EditorSettings& settings)
{
    stop();
    ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_config = config;
    m_settings = settings;
    m_entries.clear();
    m_schemas.clear();
    m_ready = false;
    m_thread = std::make_unique<QThread>();
    m_worker = new Worker(config, settings, this, m_generation, m_cancel);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &Worker::start, Qt::QueuedConnection);
}

const IndexEntry* SiteIndex::entry(const QString& path) const
{
    for (const IndexEntry& entry : m_entries) {
        if (entry.path == path)
            return &entry;
    }
    return nullptr;
}

CollectionSchema SiteIndex::schema(const QString& collection) const
{
    return m_schemas.value(collection);
}

void SiteIndex::apply(int generation,
                      const QVector<IndexEntry>& entries,
                      const QHash<QString, SchemaBuilder>& schemas,
                      const QStringList& changedPaths,
                      bool initial)
{
    if (generation != m_generation)
        return; // from a site opened before
    m_entries = entries;
    QSet<QString> collections;
    for (const CollectionConfig& collection : m_config.collections())
        collections.insert(collection.name);
    for (const QString& collection : collections) {
        if (initial || schemas.contains(collection))
            m_schemas.insert(collection, schemas.value(collection).build(m_config, collection, m_settings));
    }
    if (initial) {
        m_ready = true;
        Q_EMIT ready();
    } else {
        Q_EMIT changed(changedPaths);
    }
}

} // namespace EventDesk

#include "siteindex.moc"
