#include "opensite.h"

#include "document/atomicfile.h"
#include "documentsession.h"
#include "site/permalinkindex.h"
#include "site/siteindex.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace EventDesk {

OpenSite::OpenSite(QObject* parent)
    : QObject(parent)
    , m_index(new SiteIndex(this))
{
    connect(m_index, &SiteIndex::ready, this, &OpenSite::onIndexReady);
    connect(m_index, &SiteIndex::changed, this, &OpenSite::onIndexChanged);
}

OpenSite::~OpenSite()
{
    closeAll();
}

void OpenSite::open(const SiteConfig& config, const EditorSettings& settings)
{
    closeAll();
    m_config = config;
    m_settings = settings;
    m_permalinks.reset();
    m_originals.clear();
    m_absentAtOpen.clear();
    m_uploadsAtOpen.clear();
    QDirIterator uploads(QDir(config.root()).filePath(QStringLiteral("uploads")), QDir::Files,
                         QDirIterator::Subdirectories);
    while (uploads.hasNext())
        m_uploadsAtOpen.insert(relativePath(uploads.next()));
    m_index->open(config, settings);
}

void OpenSite::closeAll()
{
    const QStringList paths = m_sessions.keys();
    for (const QString& path : paths)
        closeSession(path);
}

QString OpenSite::relativePath(const QString& path) const
{
    return QDir(m_config.root()).relativeFilePath(path);
}

void OpenSite::onIndexReady()
{
    // Page links are checked against every document's address.
    const Permalinks permalinks(m_config);
    QVector<PermalinkSource> sources;
    for (const IndexEntry& entry : m_index->entries()) {
        if (!entry.hasError)
            sources.append(
                PermalinkSource{entry.relativePath, entry.collection, EventDocument::load(entry.path).frontMatter()});
    }
    m_permalinks = std::make_shared<const PermalinkIndex>(permalinks, sources);
    Q_EMIT ready();
}

void OpenSite::onIndexChanged(const QStringList& paths)
{
    for (const QString& path : paths) {
        DocumentSession* session = m_sessions.value(path);
        // A document changed by another program and not edited here is read again.
        if (!session || session->diskState() != DocumentSession::DiskState::Changed)
            continue;
        if (session->isModified()) {
            Q_EMIT sessionChangedOnDisk(session);
            continue;
        }
        QString error;
        if (session->load(&error))
            Q_EMIT sessionReloaded(session);
    }
    Q_EMIT changed(paths);
}

DocumentSession* OpenSite::session(const QString& path, QString* error)
{
    if (DocumentSession* session = m_sessions.value(path))
        return session;
    QString collection;
    SiteScanner::collectionOf(m_config, path, &collection);
    recordOriginal(path);
    auto* session = new DocumentSession(path, relativePath(path), m_index->schema(collection), this);
    if (!session->load(error)) {
        delete session;
        return nullptr;
    }
    session->setRecovery(&m_recovery);
    m_sessions.insert(path, session);
    Q_EMIT sessionOpened(session);
    return session;
}

QList<DocumentSession*> OpenSite::modifiedSessions() const
{
    QList<DocumentSession*> sessions;
    for (DocumentSession* session : m_sessions) {
        if (session->isModified())
            sessions.append(session);
    }
    return sessions;
}

void OpenSite::closeSession(const QString& path)
{
    DocumentSession* session = m_sessions.take(path);
    if (!session)
        return;
    Q_EMIT sessionClosing(session);
    delete session;
}

void OpenSite::recordOriginal(const QString& path)
{
    if (m_originals.contains(path) || m_absentAtOpen.contains(path))
        return;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_originals.insert(path, file.readAll());
    else if (!QFileInfo::exists(path))
        m_absentAtOpen.insert(path);
}

QVector<FileChange> OpenSite::changesSinceOpened() const
{
    QVector<FileChange> changes;
    auto current = [](const QString& path, QByteArray* bytes) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        *bytes = file.readAll();
        return true;
    };
    for (auto it = m_originals.cbegin(); it != m_originals.cend(); ++it) {
        FileChange change;
        change.path = relativePath(it.key());
        change.before = it.value();
        if (!current(it.key(), &change.after))
            change.kind = FileChange::Kind::Removed;
        else if (change.after != change.before)
            change.kind = FileChange::Kind::Modified;
        else
            continue;
        changes.append(change);
    }
    QSet<QString> added;
    for (const QString& path : m_absentAtOpen)
        added.insert(relativePath(path));
    QDirIterator uploads(QDir(m_config.root()).filePath(QStringLiteral("uploads")), QDir::Files,
                         QDirIterator::Subdirectories);
    while (uploads.hasNext()) {
        const QString relative = relativePath(uploads.next());
        if (!m_uploadsAtOpen.contains(relative))
            added.insert(relative);
    }
    for (const QString& relative : std::as_const(added)) {
        FileChange change;
        change.path = relative;
        change.kind = FileChange::Kind::Added;
        if (current(QDir(m_config.root()).filePath(relative), &change.after))
            changes.append(change);
    }
    std::sort(changes.begin(), changes.end(), [](const FileChange& a, const FileChange& b) { return a.path < b.path; });
    return changes;
}

bool OpenSite::revert(const QString& relative, QString* error)
{
    const QString path = QDir(m_config.root()).filePath(relative);
    const auto original = m_originals.constFind(path);
    if (original != m_originals.cend()) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !AtomicFile::write(path, original.value(), error))
            return false;
    } else if (QFileInfo::exists(path) && !QFile::remove(path)) {
        *error = tr("%1 could not be removed").arg(relative);
        return false;
    }
    if (DocumentSession* session = m_sessions.value(path)) {
        QString reason;
        if (session->load(&reason))
            Q_EMIT sessionReloaded(session);
        else
            closeSession(path);
    }
    return true;
}

bool OpenSite::revertFromGit(const QString& topRelativePath, QString* error)
{
    const QString top = SiteChanges::gitTopLevel(m_config.root());
    if (top.isEmpty()) {
        *error = tr("%1 is not a git checkout").arg(m_config.root());
        return false;
    }
    const QString path = QDir(top).filePath(topRelativePath);
    QString reason;
    const bool inHead = SiteChanges::runGit(
        top, {QStringLiteral("cat-file"), QStringLiteral("-e"), QStringLiteral("HEAD:") + topRelativePath}, nullptr,
        &reason);
    if (inHead) {
        if (!SiteChanges::runGit(
                top, {QStringLiteral("checkout"), QStringLiteral("HEAD"), QStringLiteral("--"), topRelativePath},
                nullptr, error))
            return false;
    } else if (QFileInfo::exists(path) && !QFile::remove(path)) {
        *error = tr("%1 could not be removed").arg(topRelativePath);
        return false;
    }
    if (DocumentSession* session = m_sessions.value(path)) {
        if (session->load(&reason))
            Q_EMIT sessionReloaded(session);
        else
            closeSession(path);
    }
    return true;
}

bool OpenSite::create(const QString& collection, const QString& title, NewDocument::Result* result, QString* error)
{
    NewDocument document;
    document.collection = collection;
    document.title = title.simplified();
    if (collection.isEmpty() || document.title.isEmpty()) {
        *error = tr("Choose a collection and give a title.");
        return false;
    }
    if (!document.prepare(m_config, m_settings, m_index->schema(collection), result, error))
        return false;
    recordOriginal(result->path);
    if (!document.create(m_config, m_settings, m_index->schema(collection), result, error))
        return false;
    recordOriginal(result->path); // another name may have been taken
    return true;
}

bool OpenSite::duplicate(const DocumentSession* session,
                         const QString& title,
                         NewDocument::Result* result,
                         QString* error)
{
    if (session->isRaw()) {
        *error = tr("Correct the front matter of %1 first.").arg(session->relativePath());
        return false;
    }
    const CollectionSchema schema = session->schema();
    NewDocument named;
    named.collection = schema.collection;
    named.title = title.simplified();
    EventDocument copy = session->document();
    const FieldPath titleField = schema.find(FieldRole::Title);
    if (named.title.isEmpty()) {
        *error = tr("Give a title.");
        return false;
    }
    if (!named.prepare(m_config, m_settings, schema, result, error)
        || !copy.setValue(titleField.isValid() ? titleField.key : QStringLiteral("title"),
                          YamlValue::fromString(named.title), schema.order(), error))
        return false;
    if (QFileInfo::exists(result->path)) {
        *error = tr("%1 already exists: choose another title.").arg(result->relativePath);
        return false;
    }
    recordOriginal(result->path);
    return AtomicFile::write(result->path, copy.toBytes(), error);
}

} // namespace EventDesk
