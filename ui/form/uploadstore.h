#pragma once

#include <QString>

namespace EventDesk {

// Copies a file the user chose into the site's uploads folder under a safe name: the base name
// made a slug (lower-case ASCII and `-`), the extension kept in lower case, `-2`, `-3`... when a
// different file already has the name. A file with the same content already there is reused.
class UploadStore
{
public:
    // The name the file has in `folder` (created if missing), empty with `error` set on failure.
    static QString copyIntoFolder(const QString& sourcePath, const QString& folder, QString* error);
    // The safe name for a file name, before any collision suffix: "Photo Été 2027.PNG" ->
    // "photo-ete-2027.png".
    static QString safeName(const QString& fileName);

private:
    static bool sameContent(const QString& first, const QString& second);
};

} // namespace EventDesk
