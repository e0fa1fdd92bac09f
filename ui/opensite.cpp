#include "opensite.h"

#include "document/atomicfile.h"
#include "documentsession.h"
#include "site/permalinkindex.h"
#include "site/siteindex.h"

#include <QDir>
#include <QFileInfo>

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

bool OpenSite::create(const QString& collection, const QString& title, NewDocument::Result* result, QString* error)
{
    NewDocument document;
    document.collection = collection;
    document.title = title.simplified();
    if (collection.isEmpty() || document.title.isEmpty()) {
        *error = tr("Choose a collection and give a title.");
        return false;
    }
    return document.create(m_config, m_settings, m_index->schema(collection), result, error);
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
    return AtomicFile::write(result->path, copy.toBytes(), error);
}

} // namespace EventDesk
