#include "uploadstore.h"

#include "site/slug.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace EventDesk {

QString UploadStore::safeName(const QString& fileName)
{
    const QFileInfo info(fileName);
    QString base = Slug::clean(info.completeBaseName());
    if (base.isEmpty())
        base = QStringLiteral("image");
    const QString suffix = info.suffix().toLower();
    return suffix.isEmpty() ? base : base + QLatin1Char('.') + suffix;
}

QString UploadStore::copyIntoFolder(const QString& sourcePath, const QString& folder, QString* error)
{
    const QFileInfo source(sourcePath);
    if (!source.isFile()) {
        *error = QCoreApplication::translate("EventDesk::UploadStore", "The file %1 cannot be read.")
                     .arg(QDir::toNativeSeparators(sourcePath));
        return QString();
    }
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("EventDesk::UploadStore", "The folder %1 cannot be created.")
                     .arg(QDir::toNativeSeparators(folder));
        return QString();
    }
    const QString name = safeName(source.fileName());
    const QFileInfo nameInfo(name);
    const QString base = nameInfo.completeBaseName();
    const QString suffix = nameInfo.suffix().isEmpty() ? QString() : QLatin1Char('.') + nameInfo.suffix();
    const QDir dir(folder);
    for (int attempt = 1;; ++attempt) {
        const QString candidate = attempt == 1 ? name : base + QLatin1Char('-') + QString::number(attempt) + suffix;
        const QString target = dir.filePath(candidate);
        if (QFileInfo::exists(target)) {
            if (QFileInfo(target).canonicalFilePath() == source.canonicalFilePath() || sameContent(sourcePath, target))
                return candidate;
            continue;
        }
        if (!QFile::copy(sourcePath, target)) {
            *error = QCoreApplication::translate("EventDesk::UploadStore", "The file cannot be copied to %1.")
                         .arg(QDir::toNativeSeparators(target));
            return QString();
        }
        return candidate;
    }
}

bool UploadStore::sameContent(const QString& first, const QString& second)
{
    QFile a(first);
    QFile b(second);
    if (a.size() != b.size() || !a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hashA(QCryptographicHash::Sha256);
    QCryptographicHash hashB(QCryptographicHash::Sha256);
    return hashA.addData(&a) && hashB.addData(&b) && hashA.result() == hashB.result();
}

} // namespace EventDesk
