#pragma once

#include <QString>
#include <QUrl>

namespace EventDesk {

class SiteConfig;

// What the preview may do with a URL found in a document.
struct ResolvedResource
{
    enum class Kind {
        LocalFile, // a file inside the site folder: localPath
        External, // on another server (or a data: URL): never fetched, shown as a placeholder
        Refused, // would leave the site folder, or a scheme that is not a resource
        Missing, // inside the site, but no such file
    };

    Kind kind = Kind::Missing;
    QString localPath; // absolute and canonical, for LocalFile
    QString message; // why, for anything but LocalFile

    // A file: URL for LocalFile, an empty URL otherwise.
    QUrl localUrl() const { return kind == Kind::LocalFile ? QUrl::fromLocalFile(localPath) : QUrl(); }
};

// Maps the URLs a document uses (images, mostly) to files of the site, so the preview shows
// local images without a server and never touches the network: `/uploads/x%20y.png` and other
// site-absolute paths are files under the site root (percent-decoded, the site's baseurl
// removed when present); relative paths are relative to the document's folder. Whatever would
// leave the site folder (`..`, a symbolic link pointing out, an absolute file path, file: URLs)
// is refused; http(s) and other schemes are external and never fetched.
class ResourceResolver
{
public:
    // `siteRoot` empty: the document is in no site, its folder stands for the site.
    ResourceResolver(const QString& siteRoot, const QString& baseurl, const QString& documentPath);
    ResourceResolver(const SiteConfig& config, const QString& documentPath);

    ResolvedResource resolve(const QString& url) const;

    QString root() const { return m_root; }

private:
    QString m_root; // absolute, cleaned
    QString m_canonicalRoot; // symbolic links resolved
    QString m_baseurl; // "" or "/blog"
    QString m_documentFolder; // absolute
};

} // namespace EventDesk
