#include "permalinkindex.h"

#include "site/siteconfig.h"

#include <QRegularExpression>

namespace EventDesk {

namespace {

// RFC 3986's remove_dot_segments on an absolute path, for relative links.
QString removeDotSegments(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    QStringList out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        const bool last = i == parts.size() - 1;
        if (part == QLatin1String(".") || part == QLatin1String("..")) {
            if (part == QLatin1String("..") && out.size() > 1)
                out.removeLast();
            if (last)
                out.append(QString()); // "/a/.." is "/"
            continue;
        }
        out.append(part);
    }
    return out.join(QLatin1Char('/'));
}

// The index key of a decoded path: slashes squeezed, no index.html and no trailing slash.
QString indexKey(const QString& path)
{
    QString key = path;
    if (!key.startsWith(QLatin1Char('/')))
        key.prepend(QLatin1Char('/'));
    static const QRegularExpression slashes(QStringLiteral("/{2,}"));
    key.replace(slashes, QStringLiteral("/"));
    if (key.endsWith(QLatin1String("/index.html")))
        key.chop(int(QStringLiteral("index.html").size()));
    while (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    return key;
}

} // namespace

PermalinkIndex::PermalinkIndex(const Permalinks& permalinks, const QVector<PermalinkSource>& documents)
{
    m_baseurl = permalinks.config().baseurl();
    while (m_baseurl.endsWith(QLatin1Char('/')))
        m_baseurl.chop(1);
    if (!m_baseurl.isEmpty() && !m_baseurl.startsWith(QLatin1Char('/')))
        m_baseurl.prepend(QLatin1Char('/'));
    m_siteUrl = permalinks.config().data().value(QStringLiteral("url")).rubyString();
    while (m_siteUrl.endsWith(QLatin1Char('/')))
        m_siteUrl.chop(1);
    for (const PermalinkSource& document : documents)
        m_permalinks.insert(document.relativePath, permalinks.resolve(document));
    // Published documents first, so that they win a url they share with one that waits.
    for (const Permalink::Status status : {Permalink::Status::Published, Permalink::Status::Unpublished}) {
        for (const PermalinkSource& document : documents) {
            const Permalink permalink = m_permalinks.value(document.relativePath);
            if (permalink.status != status)
                continue;
            QStringList keys{indexKey(Permalinks::unescapePath(permalink.url))};
            // `/contact` is written `contact.html`: a link may name either.
            const QString file = indexKey(QLatin1Char('/') + permalink.outputPath);
            if (!permalink.outputPath.isEmpty() && !keys.contains(file))
                keys.append(file);
            for (const QString& key : keys)
                m_byKey[key].append(document.relativePath);
        }
    }
}

QStringList PermalinkIndex::candidates(const QString& url, const QString& from) const
{
    QString path = url;
    path.truncate(path.indexOf(QLatin1Char('#')) < 0 ? path.size() : path.indexOf(QLatin1Char('#')));
    path.truncate(path.indexOf(QLatin1Char('?')) < 0 ? path.size() : path.indexOf(QLatin1Char('?')));
    static const QRegularExpression absolute(QStringLiteral("\\A(?:[A-Za-z][A-Za-z0-9+.\\-]*:)?//[^/]*"));
    const QRegularExpressionMatch match = absolute.match(path);
    if (match.hasMatch()) {
        // Only the site's own host is ours; the scheme does not matter.
        auto host = [](const QString& text) { return text.mid(text.indexOf(QStringLiteral("//"))).toLower(); };
        if (m_siteUrl.isEmpty() || host(match.captured(0)) != host(m_siteUrl))
            return {};
        path = path.mid(match.capturedLength());
    } else if (!path.startsWith(QLatin1Char('/'))) {
        static const QRegularExpression scheme(QStringLiteral("\\A[A-Za-z][A-Za-z0-9+.\\-]*:"));
        if (scheme.match(path).hasMatch())
            return {}; // mailto:, tel:, ...
        const QString base = from.isEmpty() ? QStringLiteral("/") : from;
        path = base.left(base.lastIndexOf(QLatin1Char('/')) + 1) + path;
    }
    path = removeDotSegments(Permalinks::unescapePath(path));
    QStringList result;
    if (!m_baseurl.isEmpty() && (path == m_baseurl || path.startsWith(m_baseurl + QLatin1Char('/'))))
        result.append(indexKey(path.mid(m_baseurl.size())));
    result.append(indexKey(path));
    return result;
}

QStringList PermalinkIndex::documentsAt(const QString& url) const
{
    for (const QString& key : candidates(url, QString())) {
        if (m_byKey.contains(key))
            return m_byKey.value(key);
    }
    return {};
}

QString PermalinkIndex::find(const QString& url, const QString& from) const
{
    const QStringList keys = candidates(url, from);
    for (const QString& key : keys) {
        if (m_byKey.contains(key))
            return m_byKey.value(key).constFirst();
    }
    for (const QString& key : keys) {
        if (m_byKey.contains(key + QStringLiteral(".html")))
            return m_byKey.value(key + QStringLiteral(".html")).constFirst();
    }
    return QString();
}

} // namespace EventDesk
