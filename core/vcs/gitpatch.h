#pragma once

#include "sitechanges.h"

#include <QDateTime>

namespace EventDesk {

struct PatchAuthor
{
    QString name;
    QString email;
};

// Changes as git writes them, for people who hand files over rather than push: the diff of
// `git diff --binary --full-index`, and one commit in the mbox form of `git format-patch`, which
// `git apply` and `git am` accept. Binary files (the images of uploads) go as
// "GIT binary patch" literals; every file carries its blob ids so that git can check it applies
// to the same files.
class GitPatch
{
public:
    static QByteArray diff(const QVector<FileChange>& changes);
    // `subject` and `body` in UTF-8 (the subject MIME-encoded when it is not ASCII, as git does).
    static QByteArray formatPatch(const QVector<FileChange>& changes,
                                  const QString& subject,
                                  const QString& body,
                                  const PatchAuthor& author,
                                  const QDateTime& date);
    // git's id for a file's bytes (`git hash-object`).
    static QByteArray blobId(const QByteArray& bytes);
};

} // namespace EventDesk
