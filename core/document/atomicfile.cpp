#include "atomicfile.h"

#include <QSaveFile>

namespace EventDesk {

bool AtomicFile::write(const QString& path, const QByteArray& bytes, QString* error, const BeforeCommit& beforeCommit)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (beforeCommit && !beforeCommit(file)) {
        *error = tr("%1: the save was abandoned before completion; the file was not changed").arg(path);
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace EventDesk
