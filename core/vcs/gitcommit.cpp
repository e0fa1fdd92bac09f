#include "gitcommit.h"

#include "site/siteconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QUrl>

namespace EventDesk {

QStringList GitCommit::pathsToCommit(const QVector<FileChange>& changes, const SiteConfig& config, const QString& root)
{
    QStringList documents;
    QVector<const FileChange*> others;
    QByteArray texts; // the changed documents as they are now, to look for references in
    for (const FileChange& change : changes) {
        const QString suffix = QFileInfo(change.path).suffix().toLower();
        if (SiteConfig::markdownExtensions().contains(suffix) || suffix == QLatin1String("html")) {
            documents.append(change.path);
            texts += change.after + '\n';
        } else {
            others.append(&change);
        }
    }
    QStringList paths = documents;
    for (const FileChange* change : std::as_const(others)) {
        // Referred to by its path from the site root, as written or percent-encoded.
        const QString sitePath = QDir(config.root()).relativeFilePath(QDir(root).filePath(change->path));
        const QByteArray plain = '/' + sitePath.toUtf8();
        const QByteArray encoded = '/' + QUrl::toPercentEncoding(sitePath, "/");
        if (change->kind == FileChange::Kind::Removed || texts.contains(plain) || texts.contains(encoded))
            paths.append(change->path);
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

QString GitCommit::currentBranch(const QString& folder)
{
    QByteArray output;
    QString error;
    if (!SiteChanges::runGit(folder, {QStringLiteral("branch"), QStringLiteral("--show-current")}, &output, &error))
        return QString();
    return QString::fromUtf8(output).trimmed();
}

PatchAuthor GitCommit::configuredAuthor(const QString& folder)
{
    PatchAuthor author;
    QByteArray value;
    QString error;
    if (SiteChanges::runGit(folder, {QStringLiteral("config"), QStringLiteral("user.name")}, &value, &error))
        author.name = QString::fromUtf8(value).trimmed();
    if (SiteChanges::runGit(folder, {QStringLiteral("config"), QStringLiteral("user.email")}, &value, &error))
        author.email = QString::fromUtf8(value).trimmed();
    return author;
}

bool GitCommit::commit(const Request& request, QString* commitId, QString* error)
{
    if (request.paths.isEmpty()) {
        *error = tr("nothing to commit");
        return false;
    }
    const QString top = SiteChanges::gitTopLevel(request.folder);
    if (top.isEmpty()) {
        *error = tr("%1 is not a git checkout (or git is not installed)").arg(request.folder);
        return false;
    }
    QStringList identity;
    if (!request.author.name.isEmpty())
        identity << QStringLiteral("-c") << QStringLiteral("user.name=") + request.author.name;
    if (!request.author.email.isEmpty())
        identity << QStringLiteral("-c") << QStringLiteral("user.email=") + request.author.email;

    if (!request.newBranch.isEmpty()
        && !SiteChanges::runGit(top, {QStringLiteral("switch"), QStringLiteral("-c"), request.newBranch}, nullptr,
                                error))
        return false;
    // -A: additions, changes and removals of exactly these paths.
    if (!SiteChanges::runGit(
            top, QStringList{QStringLiteral("add"), QStringLiteral("-A"), QStringLiteral("--")} + request.paths,
            nullptr, error))
        return false;
    // The message through a file: any length, any character.
    QTemporaryFile message;
    if (!message.open() || message.write(request.message.toUtf8()) < 0 || !message.flush()) {
        *error = tr("cannot write the commit message: %1").arg(message.errorString());
        return false;
    }
    if (!SiteChanges::runGit(top,
                             identity
                                 + QStringList{QStringLiteral("commit"), QStringLiteral("--quiet"),
                                               QStringLiteral("--cleanup=strip"), QStringLiteral("--file"),
                                               message.fileName(), QStringLiteral("--only"), QStringLiteral("--")}
                                 + request.paths,
                             nullptr, error))
        return false;
    QByteArray id;
    if (!SiteChanges::runGit(top, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, &id, error))
        return false;
    *commitId = QString::fromLatin1(id).trimmed();
    return true;
}

bool GitCommit::push(const QString& folder, const QString& branch, QString* output, QString* error)
{
    const QString name = branch.isEmpty() ? currentBranch(folder) : branch;
    if (name.isEmpty()) {
        *error = tr("no branch to push (a detached HEAD)");
        return false;
    }
    QByteArray out;
    const bool pushed = SiteChanges::runGit(
        folder, {QStringLiteral("push"), QStringLiteral("--set-upstream"), QStringLiteral("origin"), name}, &out,
        error);
    *output = QString::fromUtf8(out);
    return pushed;
}

} // namespace EventDesk
