#include "samplesite.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace EventDesk {

QString SampleSite::install(const QString& source, const QString& target, QString* error)
{
    const QDir targetDir(target);
    if (QFileInfo::exists(targetDir.filePath(QStringLiteral("_config.yml")))
        || QFileInfo::exists(targetDir.filePath(QStringLiteral("_config.yaml"))))
        return targetDir.absolutePath();
    // Something else is there: it may be the user's work, so it is left alone.
    if (QFileInfo::exists(target)) {
        *error = tr("%1 exists but is not a Jekyll site; the sample site was not installed there").arg(target);
        return {};
    }
    if (!QFileInfo::exists(QDir(source).filePath(QStringLiteral("_config.yml")))) {
        *error = tr("the bundled sample site is missing from %1").arg(source);
        return {};
    }
    // Copy into a temporary sibling first, so an interrupted copy never looks like a site.
    const QString staging = targetDir.absolutePath() + QStringLiteral(".partial");
    QDir(staging).removeRecursively();
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString relative = QDir(source).relativeFilePath(from);
        const QString to = QDir(staging).filePath(relative);
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(from, to)) {
            *error = tr("cannot copy the sample site to %1").arg(staging);
            return {};
        }
        QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::WriteOwner | QFileDevice::ReadOwner);
    }
    QDir().mkpath(QFileInfo(targetDir.absolutePath()).absolutePath());
    if (!QDir().rename(staging, targetDir.absolutePath())) {
        *error = tr("cannot create %1").arg(targetDir.absolutePath());
        return {};
    }
    return targetDir.absolutePath();
}

} // namespace EventDesk
