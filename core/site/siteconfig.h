#pragma once

#include "document/diagnostic.h"
#include "document/yamlvalue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace EventDesk {

// A collection as _config.yml declares it (posts always exist, declared or not).
struct CollectionConfig
{
    QString name; // the label: "evenements", "posts"
    QString title; // `title:` in its settings, or the name
    bool output = false; // whether Jekyll writes a page for each document
    QString permalink; // the collection's `permalink:`, empty when it has none
    QString folder; // relative to the site root: "_evenements", "collections/_evenements"
    YamlValue settings; // everything under the collection's name
};

// One entry of `defaults:`.
struct DefaultsSet
{
    bool hasScope = false;
    QString path; // `scope: path:`, as written (may hold a glob)
    bool hasType = false;
    QString type; // `scope: type:`: a collection name, "pages", "posts" or "drafts"
    YamlValue values; // a map
};

// A Jekyll site's configuration, read from `_config.yml` (or `_config.yaml`) at its root, with
// Jekyll 4.3's defaults for what it does not say.
class SiteConfig
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::SiteConfig)

public:
    // False with a message naming the file (and line and column) when the folder is not a site
    // or its configuration does not read.
    static bool load(const QString& folder, SiteConfig* config, QString* error);
    // The site a file belongs to: the nearest folder up from it with a _config.yml. Empty when none.
    static QString siteRootOf(const QString& path);
    // From a configuration's text, for tests and tools; `root` is the site folder it describes.
    static bool fromYaml(const QByteArray& yaml, const QString& root, SiteConfig* config, Diagnostic* error);

    QString root() const { return m_root; } // absolute
    QString configPath() const { return m_configPath; }
    YamlValue data() const { return m_data; }

    QString title() const { return m_title; }
    QString timezone() const { return m_timezone; } // IANA name, empty for the system's
    QString baseurl() const { return m_baseurl; } // "" or "/blog"
    QString markdown() const { return m_markdown; } // "kramdown"
    QString language() const { return m_language; } // `lang` or `language`, empty when neither
    // The language of the fields' labels for this site ("en" for an English site, else "fr"): the
    // form shows them in it, and the editor's problems name fields in it.
    QString labelLanguage() const
    {
        return m_language.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("fr");
    }
    QString permalinkStyle() const { return m_permalink; } // `permalink:`, "date" by default
    QString collectionsDir() const { return m_collectionsDir; }

    // Posts first (Jekyll always has them), then in configuration order.
    QVector<CollectionConfig> collections() const { return m_collections; }
    const CollectionConfig* collection(const QString& name) const;
    QString collectionTitle(const QString& name) const;

    QVector<DefaultsSet> defaults() const { return m_defaults; }
    // The values `defaults:` gives a document, merged as Jekyll's FrontmatterDefaults#all does:
    // every set whose scope applies (path prefix or glob, and type), the more specific ones
    // (longer path, then with a type) winning, maps merged deeply. `relativePath` is the
    // document's path from the site root ("_evenements/atelier.md"); `type` its collection.
    YamlValue defaultsFor(const QString& relativePath, const QString& type) const;

    QStringList exclude() const { return m_exclude; }
    QStringList include() const { return m_include; }
    // Whether Jekyll leaves the path (relative to the root) out of the site: `exclude:` and
    // Jekyll's default exclusions, unless `include:` names it.
    bool isExcluded(const QString& relativePath) const;

    static QStringList markdownExtensions();

private:
    bool scopeApplies(const DefaultsSet& set, const QString& path, const QString& type) const;

    QString m_root;
    QString m_configPath;
    YamlValue m_data;
    QString m_title;
    QString m_timezone;
    QString m_baseurl;
    QString m_markdown = QStringLiteral("kramdown");
    QString m_language;
    QString m_permalink = QStringLiteral("date");
    QString m_collectionsDir;
    QVector<CollectionConfig> m_collections;
    QVector<DefaultsSet> m_defaults;
    QStringList m_exclude;
    QStringList m_include;
};

} // namespace EventDesk
