#include "recoverystore.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

namespace EventDesk {

namespace {

const QByteArray Magic = "EventDesk recovery 1\n";

} // namespace

QString RecoveryStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"));
}

RecoveryStore::RecoveryStore(const QString& folder)
    : m_folder(folder)
{
}

QString RecoveryStore::fileFor(const QString& path) const
{
    const QByteArray id = QCryptographicHash::hash(QDir::cleanPath(path).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(m_folder).filePath(QString::fromLatin1(id) + QStringLiteral(".recovery"));
}

bool RecoveryStore::store(const QString& path, const QByteArray& bytes, QString* error) const
{
    if (!QDir().mkpath(m_folder)) {
        *error = QCoreApplication::translate("EventDesk::RecoveryStore", "cannot create the recovery folder %1")
                     .arg(m_folder);
        return false;
    }
    // A header of two lines (the path, the time), then the text as it is.
    const QByteArray record = Magic + QDir::cleanPath(path).toUtf8() + '\n'
        + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + '\n' + bytes;
    return AtomicFile::write(fileFor(path), record, error);
}

void RecoveryStore::remove(const QString& path) const
{
    QFile::remove(fileFor(path));
}

bool RecoveryStore::contains(const QString& path) const
{
    return QFile::exists(fileFor(path));
}

QVector<RecoveryStore::Entry> RecoveryStore::entries(const QString& root) const
{
    QVector<Entry> entries;
    const QString prefix = root.isEmpty() ? QString() : QDir::cleanPath(root) + QLatin1Char('/');
    const QStringList files = QDir(m_folder).entryList({QStringLiteral("*.recovery")}, QDir::Files);
    for (const QString& name : files) {
        QFile file(QDir(m_folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray record = file.readAll();
        if (!record.startsWith(Magic))
            continue;
        const int pathEnd = int(record.indexOf('\n', Magic.size()));
        const int timeEnd = pathEnd < 0 ? -1 : int(record.indexOf('\n', pathEnd + 1));
        if (timeEnd < 0)
            continue;
        Entry entry;
        entry.path = QString::fromUtf8(record.mid(Magic.size(), pathEnd - Magic.size()));
        entry.time = QDateTime::fromString(QString::fromLatin1(record.mid(pathEnd + 1, timeEnd - pathEnd - 1)),
                                           Qt::ISODateWithMs);
        entry.bytes = record.mid(timeEnd + 1);
        if (prefix.isEmpty() || entry.path.startsWith(prefix))
            entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.time < b.time; });
    return entries;
}

} // namespace EventDesk
