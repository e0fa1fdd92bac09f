#include "commitmessage.h"

#include "document/eventdocument.h"
#include "site/fieldrole.h"
#include "site/siteconfig.h"
#include "site/siteindex.h"

#include <QDir>
#include <QStringList>

namespace EventDesk {

namespace {

struct DocumentChange
{
    QString area; // "Agenda", "Actualités"
    QString title;
    FileChange::Kind kind;
    bool event = false;
};

// The collection a Markdown file of the site belongs to by its folder, whether the file is on
// disk or not (a removed document is not).
bool collectionByFolder(const SiteConfig& config, const QString& absolute, QString* collection)
{
    const QString relative = QDir(config.root()).relativeFilePath(absolute);
    if (relative.startsWith(QLatin1String("../"))
        || !SiteConfig::markdownExtensions().contains(QFileInfo(relative).suffix().toLower()))
        return false;
    for (const CollectionConfig& candidate : config.collections()) {
        if (!candidate.folder.isEmpty() && relative.startsWith(candidate.folder + QLatin1Char('/'))) {
            *collection = candidate.name;
            return true;
        }
    }
    return false;
}

QString quoted(const QString& title)
{
    return QStringLiteral("« %1 »").arg(title);
}

} // namespace

QString CommitMessage::subject(const QVector<FileChange>& changes,
                               const SiteConfig& config,
                               const EditorSettings& settings,
                               const QString& root)
{
    QHash<QString, bool> eventCollections;
    QVector<DocumentChange> documents;
    int otherFiles = 0;
    for (const FileChange& change : changes) {
        QString collection;
        const QString absolute = QDir(root).filePath(change.path);
        if (!collectionByFolder(config, absolute, &collection)) {
            ++otherFiles;
            continue;
        }
        const EventDocument document =
            EventDocument::fromBytes(change.kind == FileChange::Kind::Removed ? change.before : change.after);
        DocumentChange item;
        item.kind = change.kind;
        for (const YamlMapEntry& entry : document.frontMatter().entries()) {
            if (FieldRoles::guessTopLevel(entry.key.rubyString()) == FieldRole::Title && item.title.isEmpty())
                item.title = entry.value.toString().simplified();
        }
        if (!eventCollections.contains(collection))
            eventCollections.insert(collection,
                                    SiteScanner::schema(config, settings, collection).find(FieldRole::Start).isValid());
        item.event = eventCollections.value(collection);
        if (item.title.isEmpty())
            item.title = QFileInfo(change.path).completeBaseName();
        item.area = item.event ? QStringLiteral("Agenda") : config.collectionTitle(collection);
        documents.append(item);
    }
    if (documents.isEmpty())
        return otherFiles == 1 ? QStringLiteral("Site : mise à jour d'un fichier")
                               : QStringLiteral("Site : mise à jour de %1 fichiers").arg(otherFiles);

    QStringList areas;
    for (const DocumentChange& item : documents) {
        if (!areas.contains(item.area))
            areas.append(item.area);
    }
    const QString area = areas.size() == 1 ? areas.first() : QStringLiteral("Site");
    if (documents.size() <= 3) {
        QStringList parts;
        for (const DocumentChange& item : documents) {
            switch (item.kind) {
            case FileChange::Kind::Added:
                parts.append((item.event && documents.size() == 1 ? QStringLiteral("ajout de l'événement %1")
                                                                  : QStringLiteral("ajout de %1"))
                                 .arg(quoted(item.title)));
                break;
            case FileChange::Kind::Modified:
                parts.append(QStringLiteral("mise à jour de %1").arg(quoted(item.title)));
                break;
            case FileChange::Kind::Removed:
                parts.append(QStringLiteral("suppression de %1").arg(quoted(item.title)));
                break;
            }
        }
        return area + QStringLiteral(" : ") + parts.join(QStringLiteral(", "));
    }
    int added = 0, modified = 0, removed = 0;
    for (const DocumentChange& item : documents) {
        added += item.kind == FileChange::Kind::Added;
        modified += item.kind == FileChange::Kind::Modified;
        removed += item.kind == FileChange::Kind::Removed;
    }
    QStringList counts;
    if (added)
        counts.append(added == 1 ? QStringLiteral("1 ajout") : QStringLiteral("%1 ajouts").arg(added));
    if (modified)
        counts.append(modified == 1 ? QStringLiteral("1 mise à jour")
                                    : QStringLiteral("%1 mises à jour").arg(modified));
    if (removed)
        counts.append(removed == 1 ? QStringLiteral("1 suppression") : QStringLiteral("%1 suppressions").arg(removed));
    return area + QStringLiteral(" : ") + counts.join(QStringLiteral(", "));
}

QString CommitMessage::body(const QVector<FileChange>& changes)
{
    QStringList lines;
    for (const FileChange& change : changes) {
        const QString what = change.kind == FileChange::Kind::Added ? QStringLiteral("ajout")
            : change.kind == FileChange::Kind::Removed              ? QStringLiteral("suppression")
                                                                    : QStringLiteral("modification");
        lines.append(QStringLiteral("- %1 : %2").arg(change.path, what));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace EventDesk
