#pragma once

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QSettings>
#include <QStringList>

namespace EventDesk {

// The application's own settings (window layout, recent sites), one table of keys with typed
// access over QSettings. Passed to the windows that use it; not a process-wide instance.
class AppSettings
{
public:
    static constexpr int MaxRecentSites = 8;

    // The user's settings file (organisation and application names of QCoreApplication), or the
    // given file (tests).
    AppSettings();
    explicit AppSettings(const QString& fileName);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QList<int> splitterSizes(const QString& splitter) const;
    void setSplitterSizes(const QString& splitter, const QList<int>& sizes);

    // Most recent first, without duplicates.
    QStringList recentSites() const;
    void addRecentSite(const QString& folder);
    void removeRecentSite(const QString& folder);
    void clearRecentSites();

    // Who signs commits and patches; empty: git's own user.name and user.email.
    QString authorName() const;
    QString authorEmail() const;
    void setAuthor(const QString& name, const QString& email);

    // The interface's language: "fr", "en", or empty for the system's.
    QString language() const;
    void setLanguage(const QString& language);
    // The locale the interface speaks: the chosen language's, or the system's.
    QLocale interfaceLocale() const;

    // Spelling: on (the default) or off, and the dictionary's language ("fr" by default).
    bool spellingEnabled() const;
    void setSpellingEnabled(bool enabled);
    QString spellingLanguage() const;
    void setSpellingLanguage(const QString& language);

    QString lastCollection(const QString& site) const;
    void setLastCollection(const QString& site, const QString& collection);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace EventDesk
