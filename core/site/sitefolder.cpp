#include "sitefolder.h"

#include "document/eventdocument.h"
#include "document/yamlparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace EventDesk {

namespace {

bool isMarkdown(const QString& fileName)
{
    return SiteFolder::markdownExtensions().contains(QFileInfo(fileName).suffix().toLower());
}

SiteDocumentEntry entryFor(const QDir& root, const QString& path, const QString& collection)
{
    SiteDocumentEntry entry;
    entry.path = path;
    entry.relativePath = root.relativeFilePath(path);
    entry.collection = collection;
    const EventDocument document = EventDocument::load(path);
    if (document.status() != EventDocument::Status::Ok) {
        entry.hasError = true;
        entry.errorMessage = document.error().format(entry.relativePath);
    }
    const YamlValue title = document.frontMatter().value(QStringLiteral("title"));
    entry.title = title.isScalar() ? title.rubyString() : QString();
    return entry;
}

} // namespace

QStringList SiteFolder::markdownExtensions()
{
    return {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mkdn"), QStringLiteral("mkd"),
            QStringLiteral("mdown")};
}

bool SiteFolder::open(const QString& folder, QString* error)
{
    const QDir dir(folder);
    QString configPath = dir.filePath(QStringLiteral("_config.yml"));
    if (!QFileInfo::exists(configPath))
        configPath = dir.filePath(QStringLiteral("_config.yaml"));
    if (!QFileInfo(folder).isDir()) {
        *error = QStringLiteral("%1: no such folder").arg(folder);
        return false;
    }
    QFile config(configPath);
    if (!config.exists()) {
        *error = QStringLiteral("%1: not a Jekyll site (it has no _config.yml)").arg(folder);
        return false;
    }
    if (!config.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read: %2").arg(configPath, config.errorString());
        return false;
    }
    YamlDocument parsed;
    Diagnostic diagnostic;
    if (!YamlParser::parse(config.readAll(), &parsed, &diagnostic)) {
        *error = diagnostic.format(configPath);
        return false;
    }
    m_root = dir.absolutePath();
    m_title = parsed.root.value(QStringLiteral("title")).rubyString();
    m_collections.clear();
    m_collectionTitles.clear();
    // `collections:` is a map of names to settings, or (as Jekyll also accepts) a list of names.
    const YamlValue collections = parsed.root.value(QStringLiteral("collections"));
    for (const YamlMapEntry& entry : collections.entries()) {
        m_collections.append(entry.key.rubyString());
        const YamlValue title = entry.value.value(QStringLiteral("title"));
        m_collectionTitles.append(title.isScalar() && !title.isNull() ? title.rubyString() : QString());
    }
    for (const YamlValue& name : collections.items()) {
        m_collections.append(name.rubyString());
        m_collectionTitles.append(QString());
    }
    m_excluded.clear();
    for (const YamlValue& pattern : parsed.root.value(QStringLiteral("exclude")).items()) {
        QString path = pattern.rubyString();
        while (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!path.isEmpty())
            m_excluded.append(path);
    }
    return true;
}

QString SiteFolder::collectionTitle(const QString& collection) const
{
    const int index = m_collections.indexOf(collection);
    const QString title = index >= 0 ? m_collectionTitles.at(index) : QString();
    return title.isEmpty() ? collection : title;
}

bool SiteFolder::isExcluded(const QString& relativePath) const
{
    // Jekyll's own defaults, then the site's `exclude:` entries (a file or a folder prefix).
    static const QStringList defaults{QStringLiteral("node_modules"), QStringLiteral("vendor"),
                                      QStringLiteral("Gemfile"), QStringLiteral("Gemfile.lock")};
    for (const QStringList& list : {defaults, m_excluded}) {
        for (const QString& excluded : list) {
            if (relativePath == excluded || relativePath.startsWith(excluded + QLatin1Char('/')))
                return true;
        }
    }
    return false;
}

QVector<SiteDocumentEntry> SiteFolder::documents() const
{
    QVector<SiteDocumentEntry> entries;
    const QDir root(m_root);
    QStringList folders;
    QStringList names;
    for (const QString& collection : m_collections) {
        if (collection == QLatin1String("posts"))
            continue;
        folders.append(QLatin1Char('_') + collection);
        names.append(collection);
    }
    folders << QStringLiteral("_posts") << QStringLiteral("_drafts");
    names << QStringLiteral("posts") << QStringLiteral("drafts");
    for (int i = 0; i < folders.size(); ++i) {
        const QString folder = root.filePath(folders.at(i));
        if (!QFileInfo(folder).isDir())
            continue;
        QStringList paths;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (isMarkdown(path))
                paths.append(path);
        }
        paths.sort();
        for (const QString& path : paths)
            entries.append(entryFor(root, path, names.at(i)));
    }
    // Pages: Markdown files outside underscore folders (and outside hidden ones).
    QStringList pages;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        const bool hidden = relative.startsWith(QLatin1Char('_')) || relative.startsWith(QLatin1Char('.'))
            || relative.contains(QLatin1String("/_")) || relative.contains(QLatin1String("/."));
        if (!hidden && isMarkdown(path) && !isExcluded(relative))
            pages.append(path);
    }
    pages.sort();
    for (const QString& path : pages)
        entries.append(entryFor(root, path, QString()));
    return entries;
}

} // namespace EventDesk
