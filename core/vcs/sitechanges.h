#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace EventDesk {

// One file of a site that is not as it was: added, modified or removed, with its bytes before
// and after.
struct FileChange
{
    enum class Kind { Added, Modified, Removed };

    QString path; // relative to the root the changes are taken against, with `/`
    Kind kind = Kind::Modified;
    QByteArray before; // empty when added
    QByteArray after; // empty when removed
    bool executable = false; // the file's mode in git (100755)

    // A file git would not show as text: a NUL byte in its first 8000 bytes, as git decides.
    bool isBinary() const;
};

// What changed in a site: against an untouched copy of it, or against the last commit when the
// site is a git checkout (through the `git` program). Folders Jekyll writes or keeps for itself
// (`.git`, `_site`, `.jekyll-cache`, `.sass-cache`, `.jekyll-metadata`) are not the site's.
// Changes come sorted by path.
class SiteChanges
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::SiteChanges)

public:
    // Every file of `siteRoot` that differs from the same path under `baseRoot`.
    static bool
    againstBase(const QString& siteRoot, const QString& baseRoot, QVector<FileChange>* changes, QString* error);

    // The changes of the working tree against HEAD, untracked files included (ignored ones
    // not). Paths are relative to the repository's top folder, which may hold the site in a
    // sub-folder. False with the reason when git is missing or the folder is no checkout.
    static bool againstGit(const QString& siteRoot, QVector<FileChange>* changes, QString* error);

    // Whether `folder` is inside a git work tree (false when git is not installed).
    static bool isGitCheckout(const QString& folder);
    // The top folder of the checkout holding `folder`, empty when none.
    static QString gitTopLevel(const QString& folder);
    // Runs git in `folder`; false with git's message when it fails or cannot start.
    static bool runGit(const QString& folder, const QStringList& arguments, QByteArray* output, QString* error);
};

} // namespace EventDesk
