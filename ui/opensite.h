#pragma once

#include "document/recoverystore.h"
#include "site/editorsettings.h"
#include "site/newdocument.h"
#include "site/siteconfig.h"
#include "vcs/sitechanges.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace EventDesk {

class DocumentSession;
class PermalinkIndex;
class SiteIndex;

// The site open in the window: its configuration, its index (kept current in a worker thread),
// every document's address for checking links, and the documents open for editing, one
// DocumentSession each, kept with their undo history while the site stays open.
class OpenSite : public QObject
{
    Q_OBJECT

public:
    explicit OpenSite(QObject* parent = nullptr);
    ~OpenSite() override;

    // Closes every session (unsaved edits go: ask first) and starts reading the site; ready()
    // follows.
    void open(const SiteConfig& config, const EditorSettings& settings);
    bool isOpen() const { return !m_config.root().isEmpty(); }
    SiteConfig config() const { return m_config; }
    EditorSettings settings() const { return m_settings; }
    SiteIndex* index() const { return m_index; }
    // The addresses of the site's documents, once ready(); null before.
    std::shared_ptr<const PermalinkIndex> permalinks() const { return m_permalinks; }
    QString relativePath(const QString& path) const;
    // Where the documents' unsaved edits are kept (RecoveryStore::defaultFolder() unless set).
    const RecoveryStore& recovery() const { return m_recovery; }
    void setRecoveryFolder(const QString& folder) { m_recovery = RecoveryStore(folder); }

    // The session of a document, opened (read) when it is not yet; null with the reason when
    // the file cannot be edited at all.
    DocumentSession* session(const QString& path, QString* error);
    QList<DocumentSession*> sessions() const { return m_sessions.values(); }
    QList<DocumentSession*> modifiedSessions() const;
    // Forgets a document's session and its edits.
    void closeSession(const QString& path);

    // The site's changes since it was opened, from what EventDesk itself knows (no git
    // needed): the files it read before changing them, the files it created, and the files added
    // to the uploads folder. Paths relative to the site.
    QVector<FileChange> changesSinceOpened() const;
    // Remembers a file as it is now, before EventDesk changes it (once: the first state counts).
    void recordOriginal(const QString& path);
    // Puts a file back as it was when the site was opened (or removes it when it was not there);
    // its session, if open, reads it again.
    bool revert(const QString& relativePath, QString* error);
    // The same in a git checkout: the file as the last commit has it (removed when it is new
    // there). `topRelativePath` is relative to the checkout's top folder.
    bool revertFromGit(const QString& topRelativePath, QString* error);

    // A new document of a collection, named from its title as the site names its files.
    bool create(const QString& collection, const QString& title, NewDocument::Result* result, QString* error);
    // A copy of a document as it stands in the editor, under a new title (and file name).
    bool duplicate(const DocumentSession* session, const QString& title, NewDocument::Result* result, QString* error);

Q_SIGNALS:
    // The index is read and the addresses known.
    void ready();
    void sessionOpened(EventDesk::DocumentSession* session);
    void sessionClosing(EventDesk::DocumentSession* session);
    // A document without edits was read again after another program changed it.
    void sessionReloaded(EventDesk::DocumentSession* session);
    // A document with edits here was changed on disk by another program.
    void sessionChangedOnDisk(EventDesk::DocumentSession* session);
    // Documents added, changed or removed on disk (absolute paths).
    void changed(const QStringList& paths);

private:
    void onIndexReady();
    void onIndexChanged(const QStringList& paths);
    void closeAll();

    SiteConfig m_config;
    EditorSettings m_settings;
    SiteIndex* m_index;
    std::shared_ptr<const PermalinkIndex> m_permalinks;
    QHash<QString, DocumentSession*> m_sessions; // by absolute path
    RecoveryStore m_recovery;
    QHash<QString, QByteArray> m_originals; // absolute path -> bytes when the site was opened
    QSet<QString> m_absentAtOpen; // files EventDesk created (they were not there)
    QSet<QString> m_uploadsAtOpen; // relative paths of the uploads folder's files
};

} // namespace EventDesk
