#include "sitechanges.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>

#include <algorithm>

namespace EventDesk {

namespace {

// Folders of a Jekyll site that are not its content.
bool isIgnoredFolder(const QString& name)
{
    static const QSet<QString> names{QStringLiteral(".git"), QStringLiteral("_site"), QStringLiteral(".jekyll-cache"),
                                     QStringLiteral(".sass-cache"), QStringLiteral(".jekyll-metadata")};
    return names.contains(name);
}

// The files under root, relative, with `/`.
QSet<QString> filesUnder(const QString& root)
{
    QSet<QString> files;
    const QDir dir(root);
    QVector<QString> folders{root};
    while (!folders.isEmpty()) {
        const QString folder = folders.takeLast();
        const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden
                                                                 | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        for (const QFileInfo& entry : entries) {
            if (entry.isDir()) {
                if (!isIgnoredFolder(entry.fileName()))
                    folders.append(entry.filePath());
            } else {
                files.insert(dir.relativeFilePath(entry.filePath()));
            }
        }
    }
    return files;
}

bool readAll(const QString& path, QByteArray* bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SiteChanges::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

bool isExecutable(const QString& path)
{
    return QFileInfo(path).permissions() & QFileDevice::ExeOwner;
}

void sortByPath(QVector<FileChange>* changes)
{
    std::sort(changes->begin(), changes->end(),
              [](const FileChange& a, const FileChange& b) { return a.path < b.path; });
}

} // namespace

bool FileChange::isBinary() const
{
    return before.left(8000).contains('\0') || after.left(8000).contains('\0');
}

bool SiteChanges::againstBase(const QString& siteRoot,
                              const QString& baseRoot,
                              QVector<FileChange>* changes,
                              QString* error)
{
    changes->clear();
    if (!QFileInfo(baseRoot).isDir()) {
        *error = tr("%1: not a folder").arg(baseRoot);
        return false;
    }
    const QSet<QString> now = filesUnder(siteRoot);
    const QSet<QString> then = filesUnder(baseRoot);
    for (const QString& path : now) {
        FileChange change;
        change.path = path;
        if (!readAll(QDir(siteRoot).filePath(path), &change.after, error))
            return false;
        change.executable = isExecutable(QDir(siteRoot).filePath(path));
        if (then.contains(path)) {
            if (!readAll(QDir(baseRoot).filePath(path), &change.before, error))
                return false;
            if (change.before == change.after)
                continue;
            change.kind = FileChange::Kind::Modified;
        } else {
            change.kind = FileChange::Kind::Added;
        }
        changes->append(change);
    }
    for (const QString& path : then) {
        if (now.contains(path))
            continue;
        FileChange change;
        change.path = path;
        change.kind = FileChange::Kind::Removed;
        change.executable = isExecutable(QDir(baseRoot).filePath(path));
        if (!readAll(QDir(baseRoot).filePath(path), &change.before, error))
            return false;
        changes->append(change);
    }
    sortByPath(changes);
    return true;
}

bool SiteChanges::runGit(const QString& folder, const QStringList& arguments, QByteArray* output, QString* error)
{
    QProcess git;
    git.setWorkingDirectory(folder);
    // Never a question on a terminal nobody sees (credentials): git fails and says why.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    git.setProcessEnvironment(environment);
    git.start(QStringLiteral("git"), arguments);
    if (!git.waitForStarted(10000)) {
        *error = tr("git could not be started (%1); is it installed?").arg(git.errorString());
        return false;
    }
    git.closeWriteChannel();
    if (!git.waitForFinished(60000) || git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        *error = tr("git %1: %2").arg(arguments.value(0), QString::fromUtf8(git.readAllStandardError()).trimmed());
        return false;
    }
    if (output)
        *output = git.readAllStandardOutput();
    return true;
}

QString SiteChanges::gitTopLevel(const QString& folder)
{
    QByteArray output;
    QString error;
    if (!runGit(folder, {QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")}, &output, &error))
        return QString();
    return QString::fromUtf8(output).trimmed();
}

bool SiteChanges::isGitCheckout(const QString& folder)
{
    return !gitTopLevel(folder).isEmpty();
}

bool SiteChanges::againstGit(const QString& siteRoot, QVector<FileChange>* changes, QString* error)
{
    changes->clear();
    const QString top = gitTopLevel(siteRoot);
    if (top.isEmpty()) {
        *error = tr("%1 is not a git checkout (or git is not installed)").arg(siteRoot);
        return false;
    }
    QByteArray status;
    // -z: paths as they are (no quoting), NUL after each; renames are a removal and an addition.
    if (!runGit(top,
                {QStringLiteral("-c"), QStringLiteral("core.quotePath=false"), QStringLiteral("status"),
                 QStringLiteral("--porcelain=v1"), QStringLiteral("-z"), QStringLiteral("--untracked-files=all"),
                 QStringLiteral("--no-renames")},
                &status, error))
        return false;
    const QList<QByteArray> records = status.split('\0');
    const bool hasHead =
        runGit(top, {QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("HEAD")}, nullptr, error);
    for (const QByteArray& record : records) {
        if (record.size() < 4)
            continue;
        const QByteArray code = record.left(2);
        FileChange change;
        change.path = QString::fromUtf8(record.mid(3));
        const QStringList parts = change.path.split(QLatin1Char('/'));
        if (std::any_of(parts.cbegin(), parts.cend(), isIgnoredFolder))
            continue;
        const QString onDisk = QDir(top).filePath(change.path);
        const bool exists = QFileInfo(onDisk).isFile();
        const bool tracked = code != "??" && hasHead;
        if (tracked) {
            QByteArray before;
            QString showError;
            if (runGit(top, {QStringLiteral("show"), QStringLiteral("HEAD:") + change.path}, &before, &showError))
                change.before = before;
            else
                change.kind = FileChange::Kind::Added; // staged as new, not in HEAD
        }
        if (exists && !readAll(onDisk, &change.after, error))
            return false;
        if (!exists)
            change.kind = FileChange::Kind::Removed;
        else if (!tracked || change.kind == FileChange::Kind::Added)
            change.kind = FileChange::Kind::Added;
        else
            change.kind = FileChange::Kind::Modified;
        change.executable = exists && isExecutable(onDisk);
        if (change.kind == FileChange::Kind::Modified && change.before == change.after)
            continue; // a mode or a stat change only
        changes->append(change);
    }
    sortByPath(changes);
    return true;
}

} // namespace EventDesk
