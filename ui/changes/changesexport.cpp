#include "changesexport.h"

#include "document/atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace EventDesk {

PatchAuthor ChangesExport::defaultAuthor()
{
    return PatchAuthor{QStringLiteral("EventDesk"), QStringLiteral("eventdesk@localhost")};
}

QByteArray ChangesExport::patch(const QVector<FileChange>& changes, const QString& message, const PatchAuthor& author)
{
    const int end = int(message.indexOf(u'\n'));
    const QString subject = end < 0 ? message.trimmed() : message.left(end).trimmed();
    const QString body = end < 0 ? QString() : message.mid(end + 1).trimmed();
    const PatchAuthor signer = author.name.isEmpty() || author.email.isEmpty() ? defaultAuthor() : author;
    return GitPatch::formatPatch(changes, subject, body, signer, QDateTime::currentDateTime());
}

bool ChangesExport::toFolder(const QVector<FileChange>& changes,
                             const QString& folder,
                             const QByteArray& patch,
                             QStringList* written,
                             QString* error)
{
    const QDir dir(folder);
    for (const FileChange& change : changes) {
        if (change.kind == FileChange::Kind::Removed)
            continue;
        const QString path = dir.filePath(change.path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            *error = QCoreApplication::translate("EventDesk::ChangesExport", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
            return false;
        }
        if (!AtomicFile::write(path, change.after, error))
            return false;
        written->append(change.path);
    }
    const QString patchName = QString::fromLatin1(PatchFileName);
    if (!AtomicFile::write(dir.filePath(patchName), patch, error))
        return false;
    written->append(patchName);
    return true;
}

} // namespace EventDesk
