#pragma once

#include "vcs/gitpatch.h"

#include <QStringList>

namespace EventDesk {

// Hands changes over as files: the added and changed files copied under a folder at their
// paths, and the whole set as a patch (`git format-patch` form) beside them.
class ChangesExport
{
public:
    static constexpr const char* PatchFileName = "modifications.patch";

    // The author patches are signed with when none is known.
    static PatchAuthor defaultAuthor();
    static QByteArray patch(const QVector<FileChange>& changes, const QString& message, const PatchAuthor& author);
    // Writes the files and the patch under `folder`; the paths written (relative), or false with
    // the reason (what was written before the failure stays).
    static bool toFolder(const QVector<FileChange>& changes,
                         const QString& folder,
                         const QByteArray& patch,
                         QStringList* written,
                         QString* error);
};

} // namespace EventDesk
