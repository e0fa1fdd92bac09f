#include "appsettings.h"

#include <QCryptographicHash>

namespace EventDesk {

namespace {

// Every key, in one place.
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter/%1");
const QString RecentSitesKey = QStringLiteral("sites/recent");
const QString LastCollectionKey = QStringLiteral("sites/%1/collection");
const QString LanguageKey = QStringLiteral("interface/language");
const QString SpellingEnabledKey = QStringLiteral("spelling/enabled");
const QString SpellingLanguageKey = QStringLiteral("spelling/language");
const QString AuthorNameKey = QStringLiteral("author/name");
const QString AuthorEmailKey = QStringLiteral("author/email");

QString siteKey(const QString& site)
{
    // Folder paths hold slashes, which QSettings reads as groups: a digest names the site.
    return QString::fromLatin1(QCryptographicHash::hash(site.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString& fileName)
    : m_settings(fileName, QSettings::IniFormat)
{
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(StateKey, state);
}

QList<int> AppSettings::splitterSizes(const QString& splitter) const
{
    QList<int> sizes;
    const QVariantList values = m_settings.value(SplitterKey.arg(splitter)).toList();
    for (const QVariant& value : values)
        sizes.append(value.toInt());
    return sizes;
}

void AppSettings::setSplitterSizes(const QString& splitter, const QList<int>& sizes)
{
    QVariantList values;
    for (const int size : sizes)
        values.append(size);
    m_settings.setValue(SplitterKey.arg(splitter), values);
}

QStringList AppSettings::recentSites() const
{
    return m_settings.value(RecentSitesKey).toStringList();
}

void AppSettings::addRecentSite(const QString& folder)
{
    QStringList sites = recentSites();
    sites.removeAll(folder);
    sites.prepend(folder);
    while (sites.size() > MaxRecentSites)
        sites.removeLast();
    m_settings.setValue(RecentSitesKey, sites);
}

void AppSettings::removeRecentSite(const QString& folder)
{
    QStringList sites = recentSites();
    sites.removeAll(folder);
    m_settings.setValue(RecentSitesKey, sites);
}

void AppSettings::clearRecentSites()
{
    m_settings.remove(RecentSitesKey);
}

QString AppSettings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings.setValue(LanguageKey, language);
}

QLocale AppSettings::interfaceLocale() const
{
    const QString chosen = language();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

bool AppSettings::spellingEnabled() const
{
    return m_settings.value(SpellingEnabledKey, true).toBool();
}

void AppSettings::setSpellingEnabled(bool enabled)
{
    m_settings.setValue(SpellingEnabledKey, enabled);
}

QString AppSettings::spellingLanguage() const
{
    return m_settings.value(SpellingLanguageKey, QStringLiteral("fr")).toString();
}

void AppSettings::setSpellingLanguage(const QString& language)
{
    m_settings.setValue(SpellingLanguageKey, language);
}

QString AppSettings::authorName() const
{
    return m_settings.value(AuthorNameKey).toString();
}

QString AppSettings::authorEmail() const
{
    return m_settings.value(AuthorEmailKey).toString();
}

void AppSettings::setAuthor(const QString& name, const QString& email)
{
    m_settings.setValue(AuthorNameKey, name.trimmed());
    m_settings.setValue(AuthorEmailKey, email.trimmed());
}

QString AppSettings::lastCollection(const QString& site) const
{
    return m_settings.value(LastCollectionKey.arg(siteKey(site))).toString();
}

void AppSettings::setLastCollection(const QString& site, const QString& collection)
{
    m_settings.setValue(LastCollectionKey.arg(siteKey(site)), collection);
}

} // namespace EventDesk
