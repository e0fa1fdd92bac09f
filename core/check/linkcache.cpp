#include "linkcache.h"

#include "document/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace EventDesk {

namespace {

constexpr int FormatVersion = 1;

} // namespace

QString LinkCache::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("links.json"));
}

LinkCache::LinkCache(const QString& path)
    : m_path(path)
{
}

QString LinkCache::key(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

void LinkCache::load(const QDateTime& now)
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QLatin1String("version")).toInt() != FormatVersion)
        return; // an unknown format is rebuilt, not guessed at
    const QJsonObject links = root.value(QLatin1String("links")).toObject();
    for (auto it = links.begin(); it != links.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry entry;
        entry.checked = QDateTime::fromSecsSinceEpoch(o.value(QLatin1String("checked")).toInteger(), Qt::UTC);
        const qint64 age = entry.checked.secsTo(now);
        if (age < 0 || age > MaxAgeSeconds)
            continue;
        const QString status = o.value(QLatin1String("status")).toString();
        if (status == LinkCheck::statusName(LinkCheck::Ok))
            entry.page.status = LinkCheck::Ok;
        else if (status == LinkCheck::statusName(LinkCheck::Redirected))
            entry.page.status = LinkCheck::Redirected;
        else
            continue;
        entry.page.url = QUrl(it.key(), QUrl::StrictMode);
        entry.page.httpStatus = o.value(QLatin1String("http_status")).toInt();
        entry.page.permanentRedirect = o.value(QLatin1String("permanent")).toBool();
        entry.page.finalUrl = QUrl(o.value(QLatin1String("final")).toString(), QUrl::StrictMode);
        entry.page.message = o.value(QLatin1String("message")).toString();
        entry.anchorsRead = o.contains(QLatin1String("anchors"));
        for (const QJsonValue& anchor : o.value(QLatin1String("anchors")).toArray())
            entry.page.anchors.append(anchor.toString());
        m_entries.insert(it.key(), entry);
    }
}

const LinkCache::Entry* LinkCache::find(const QUrl& url) const
{
    const auto it = m_entries.constFind(key(url));
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

void LinkCache::update(const QUrl& url, const LinkCheck& page, bool anchorsRead, const QDateTime& checked)
{
    if (page.status != LinkCheck::Ok && page.status != LinkCheck::Redirected) {
        m_entries.remove(key(url));
        return;
    }
    Entry entry;
    entry.page = page;
    entry.anchorsRead = anchorsRead;
    entry.checked = checked;
    m_entries.insert(key(url), entry);
}

bool LinkCache::save(QString* error) const
{
    QStringList keys = m_entries.keys();
    if (keys.size() > MaxEntries) {
        std::sort(keys.begin(), keys.end(), [this](const QString& a, const QString& b) {
            return m_entries.value(a).checked > m_entries.value(b).checked;
        });
        keys.resize(MaxEntries);
    }
    QJsonObject links;
    for (const QString& url : keys) {
        const Entry& entry = m_entries.find(url).value();
        QJsonObject o;
        o.insert(QLatin1String("checked"), entry.checked.toSecsSinceEpoch());
        o.insert(QLatin1String("status"), LinkCheck::statusName(entry.page.status));
        o.insert(QLatin1String("http_status"), entry.page.httpStatus);
        if (entry.page.permanentRedirect)
            o.insert(QLatin1String("permanent"), true);
        if (!entry.page.finalUrl.isEmpty())
            o.insert(QLatin1String("final"), entry.page.finalUrl.toString(QUrl::FullyEncoded));
        if (!entry.page.message.isEmpty())
            o.insert(QLatin1String("message"), entry.page.message);
        if (entry.anchorsRead)
            o.insert(QLatin1String("anchors"), QJsonArray::fromStringList(entry.page.anchors));
        links.insert(url, o);
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("links"), links);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = QCoreApplication::translate("EventDesk::LinkCache", "%1: cannot create the folder").arg(m_path);
        return false;
    }
    return AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Compact), error);
}

} // namespace EventDesk
