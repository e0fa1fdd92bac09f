#pragma once

#include "gitpatch.h"
#include "sitechanges.h"

#include <QCoreApplication>
#include <QStringList>

namespace EventDesk {

class SiteConfig;

// Commits the editor's work with the `git` program, and nothing else: only the files given are
// staged and committed (`git add` then `git commit --only` on those paths), so whatever else is
// staged or lying in the checkout stays as it was. Push is separate, and uses the user's own git
// configuration and credentials.
class GitCommit
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::GitCommit)

public:
    struct Request
    {
        QString folder; // inside the checkout
        QStringList paths; // relative to the checkout's top folder
        QString message; // subject, blank line, body
        QString newBranch; // empty: commit on the current branch
        PatchAuthor author; // empty: git's own user.name and user.email
    };

    // What to commit of a site's changes: its documents, and the other files (uploads) that one
    // of the changed documents refers to; unrelated files are left out. Paths as in `changes`,
    // relative to `root`.
    static QStringList pathsToCommit(const QVector<FileChange>& changes, const SiteConfig& config, const QString& root);

    // Stages and commits; the new commit's id, or false with git's message (nothing committed).
    static bool commit(const Request& request, QString* commitId, QString* error);
    static QString currentBranch(const QString& folder);
    // git's user.name and user.email for a checkout (empty parts when git has none).
    static PatchAuthor configuredAuthor(const QString& folder);
    // `git push --set-upstream origin BRANCH` (the current branch when empty); git's output.
    static bool push(const QString& folder, const QString& branch, QString* output, QString* error);
};

} // namespace EventDesk
