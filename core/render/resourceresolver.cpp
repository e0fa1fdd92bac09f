#include "resourceresolver.h"

#include "htmlsanitizer.h"
#include "site/siteconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace EventDesk {

namespace {

ResolvedResource result(ResolvedResource::Kind kind, const QString& message)
{
    ResolvedResource resource;
    resource.kind = kind;
    resource.message = message;
    return resource;
}

bool isInside(const QString& path, const QString& folder)
{
    return !folder.isEmpty()
        && (path == folder || path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/')));
}

} // namespace

ResourceResolver::ResourceResolver(const QString& siteRoot, const QString& baseurl, const QString& documentPath)
    : m_baseurl(baseurl)
{
    const QFileInfo document(documentPath);
    m_documentFolder = QDir::cleanPath(document.absolutePath());
    m_root = siteRoot.isEmpty() ? m_documentFolder : QDir::cleanPath(QFileInfo(siteRoot).absoluteFilePath());
    m_canonicalRoot = QFileInfo(m_root).canonicalFilePath();
    if (m_canonicalRoot.isEmpty())
        m_canonicalRoot = m_root;
    while (m_baseurl.endsWith(QLatin1Char('/')))
        m_baseurl.chop(1);
    if (!m_baseurl.isEmpty() && !m_baseurl.startsWith(QLatin1Char('/')))
        m_baseurl.prepend(QLatin1Char('/'));
}

ResourceResolver::ResourceResolver(const SiteConfig& config, const QString& documentPath)
    : ResourceResolver(config.root(), config.baseurl(), documentPath)
{
}

ResolvedResource ResourceResolver::resolve(const QString& url) const
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return result(ResolvedResource::Kind::Missing, QStringLiteral("no address"));
    // `C:\…` or `C:/…` is a Windows path, not a one-letter scheme.
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    if (drive.match(trimmed).hasMatch())
        return result(ResolvedResource::Kind::Refused, QStringLiteral("%1: a file outside the site").arg(trimmed));
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const QRegularExpressionMatch schemeMatch = scheme.match(trimmed);
    if (schemeMatch.hasMatch()) {
        const QString name = schemeMatch.captured(1).toLower();
        if (name == QLatin1String("file"))
            return result(ResolvedResource::Kind::Refused,
                          QStringLiteral("%1: a file outside the site (the site cannot link to it)").arg(trimmed));
        if (!HtmlSanitizer::isSafeUrl(trimmed))
            return result(ResolvedResource::Kind::Refused, QStringLiteral("%1: a script, not a resource").arg(trimmed));
        return result(ResolvedResource::Kind::External,
                      QStringLiteral("%1: not loaded, the preview does not use the network").arg(trimmed));
    }
    if (trimmed.startsWith(QLatin1String("//")) || trimmed.startsWith(QLatin1String("\\\\")))
        return result(ResolvedResource::Kind::External,
                      QStringLiteral("%1: not loaded, the preview does not use the network").arg(trimmed));

    // The path part only: a query or fragment does not name another file.
    QString path = trimmed;
    const int cut = int(path.indexOf(QRegularExpression(QStringLiteral("[?#]"))));
    if (cut >= 0)
        path.truncate(cut);
    // Browsers read `\` as `/` in URLs; reading it the same way catches `..\..\`.
    path = QUrl::fromPercentEncoding(path.toUtf8()).replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.contains(QChar(0)))
        return result(ResolvedResource::Kind::Refused, QStringLiteral("%1: not a file name").arg(trimmed));

    QString joined;
    if (path.startsWith(QLatin1Char('/'))) {
        if (!m_baseurl.isEmpty() && (path == m_baseurl || path.startsWith(m_baseurl + QLatin1Char('/'))))
            path = path.mid(m_baseurl.size());
        joined = m_root + QLatin1Char('/') + path;
    } else {
        joined = m_documentFolder + QLatin1Char('/') + path;
    }
    const QString cleaned = QDir::cleanPath(joined);
    if (!isInside(cleaned, m_root))
        return result(ResolvedResource::Kind::Refused, QStringLiteral("%1: outside the site folder").arg(trimmed));
    const QFileInfo info(cleaned);
    if (!info.exists())
        return result(
            ResolvedResource::Kind::Missing,
            QStringLiteral("%1: no such file in the site (%2)").arg(trimmed, QDir(m_root).relativeFilePath(cleaned)));
    // A symbolic link inside the site may point anywhere: what counts is where it leads.
    const QString canonical = info.canonicalFilePath();
    if (!isInside(canonical, m_canonicalRoot))
        return result(ResolvedResource::Kind::Refused,
                      QStringLiteral("%1: leads outside the site folder").arg(trimmed));
    if (!info.isFile())
        return result(ResolvedResource::Kind::Missing, QStringLiteral("%1: a folder, not a file").arg(trimmed));
    ResolvedResource resource;
    resource.kind = ResolvedResource::Kind::LocalFile;
    resource.localPath = canonical;
    return resource;
}

} // namespace EventDesk
