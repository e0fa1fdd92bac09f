#pragma once

#include "document/yamlvalue.h"
#include "siteconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

namespace EventDesk {

// Where Jekyll publishes one document, or why it publishes nothing.
struct Permalink
{
    enum class Status {
        Published, // written at url
        Unpublished, // has a url, but Jekyll does not write it now (`published: false`, a future date)
        NoOutput, // in a collection with `output: false`: no page, no url
        Error, // Jekyll cannot build it (unknown placeholder, unreadable date): message says why
    };

    Status status = Status::Error;
    // As Jekyll's `url` gives it: site-relative (no baseurl), placeholder values escaped,
    // "/agenda/atelier/". Empty for NoOutput and Error.
    QString url;
    // The file Jekyll writes, relative to the destination folder and not escaped:
    // "agenda/atelier/index.html", "contact.html" for the url "/contact". Empty unless Published.
    QString outputPath;
    QString message; // why it is not Published

    bool isPublished() const { return status == Status::Published; }
};

// One document as the computation needs it.
struct PermalinkSource
{
    QString relativePath; // from the site root: "_evenements/atelier.markdown", "about.md"
    QString collection; // "evenements", "posts"; empty for a page
    YamlValue frontMatter; // as the file has it; the site's `defaults:` are applied under it
};

// Gives documents the URLs Jekyll 4.3 gives them: collection templates (`:title`, `:path`,
// `:categories`, `:year`, ...), the site's permalink style (pretty, date, ordinal, none or a
// template) for posts, pages and collections without a template, dates and slugs from dated file
// names, a front matter `permalink:` (or one from the defaults) that overrides, dates taken in the
// site's time zone, and placeholder values escaped as Jekyll's URL.escape_path does.
class Permalinks
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::Permalinks)

public:
    explicit Permalinks(const SiteConfig& config);

    Permalink resolve(const QString& relativePath, const QString& collection, const YamlValue& frontMatter) const;
    Permalink resolve(const PermalinkSource& source) const
    {
        return resolve(source.relativePath, source.collection, source.frontMatter);
    }

    // The collection whose folder holds the file, empty when it is a page.
    QString collectionOf(const QString& relativePath) const;
    // The template a collection's documents get when they have no `permalink:` of their own.
    QString urlTemplate(const QString& collection) const;
    // A site-relative url as links in the site's pages write it (Jekyll's relative_url filter):
    // the baseurl in front, the path percent-encoded.
    QString withBaseurl(const QString& url) const;

    // Jekyll's `site.time`: the date of documents that have none, and the limit past which dated
    // documents wait (unless the site sets `future: true`). The current time unless set.
    void setBuildTime(const QDateTime& time) { m_buildTime = time; }
    QDateTime buildTime() const;
    // The zone dates are shown in: the site's `timezone`, or the system's when it has none.
    QTimeZone timeZone() const { return m_zone; }

    const SiteConfig& config() const { return m_config; }

    // Jekyll's URL.escape_path: empty with *error set where Addressable refuses the text (a
    // `:` before any `/` after characters a URI scheme cannot hold), which stops Jekyll's build.
    static QString escapePath(const QString& path, QString* error = nullptr);
    // URL.unescape_path: every %XX decoded.
    static QString unescapePath(const QString& path);

private:
    Permalink resolvePage(const QString& relativePath, const YamlValue& frontMatter) const;
    Permalink resolveDocument(const QString& relativePath,
                              const CollectionConfig& collection,
                              const YamlValue& frontMatter) const;
    QString outputExtension(const QString& permalink, const QString& ext) const;

    SiteConfig m_config;
    QTimeZone m_zone;
    QDateTime m_buildTime;
    QStringList m_markdownExtensions; // ".md", from `markdown_ext`
    bool m_future = false;
};

} // namespace EventDesk
