#include "siteconfig.h"

#include "document/eventdocument.h"
#include "document/yamlparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace EventDesk {

namespace {

QString text(const YamlValue& value)
{
    return value.isScalar() && !value.isNull() ? value.rubyString() : QString();
}

// Ruby's File.fnmatch without flags: `*` and `?` match any character, `/` included.
bool fnmatch(const QString& pattern, const QString& path)
{
    QString expression;
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('*')) {
            expression += QStringLiteral(".*");
        } else if (c == QLatin1Char('?')) {
            expression += QLatin1Char('.');
        } else if (c == QLatin1Char('[')) {
            const int close = int(pattern.indexOf(QLatin1Char(']'), i + 1));
            if (close < 0) {
                expression += QStringLiteral("\\[");
                continue;
            }
            QString set = pattern.mid(i + 1, close - i - 1);
            if (set.startsWith(QLatin1Char('!')))
                set[0] = QLatin1Char('^');
            expression += QLatin1Char('[') + set.replace(QLatin1Char('\\'), QStringLiteral("\\\\")) + QLatin1Char(']');
            i = close;
        } else if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            expression += QRegularExpression::escape(pattern.mid(++i, 1));
        } else {
            expression += QRegularExpression::escape(QString(c));
        }
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(expression));
    return re.isValid() && re.match(path).hasMatch();
}

// Jekyll's FrontmatterDefaults#sanitize_path: a leading slash goes (its regular expression
// means to drop a trailing one too, but matches an empty string there).
QString sanitizedPath(const QString& path)
{
    return path.startsWith(QLatin1Char('/')) ? path.mid(1) : path;
}

// Jekyll's Utils.deep_merge_hashes: maps merge key by key, anything else is replaced.
YamlValue deepMerge(const YamlValue& base, const YamlValue& overrides)
{
    QVector<YamlMapEntry> entries = base.entries();
    for (const YamlMapEntry& entry : overrides.entries()) {
        int index = -1;
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).key == entry.key) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            entries.append(entry);
        } else if (entries.at(index).value.type() == YamlValue::Type::Map
                   && entry.value.type() == YamlValue::Type::Map) {
            entries[index].value = deepMerge(entries.at(index).value, entry.value);
        } else {
            entries[index].value = entry.value;
        }
    }
    return YamlValue::fromMap(entries);
}

QString legacyType(const QString& type)
{
    if (type == QLatin1String("page"))
        return QStringLiteral("pages");
    if (type == QLatin1String("post"))
        return QStringLiteral("posts");
    if (type == QLatin1String("draft"))
        return QStringLiteral("drafts");
    return type;
}

} // namespace

QStringList SiteConfig::markdownExtensions()
{
    return {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mkdn"), QStringLiteral("mkd"),
            QStringLiteral("mdown")};
}

bool SiteConfig::load(const QString& folder, SiteConfig* config, QString* error)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        *error = tr("%1: no such folder").arg(folder);
        return false;
    }
    const QDir dir(info.absoluteFilePath());
    QString path = dir.filePath(QStringLiteral("_config.yml"));
    if (!QFileInfo::exists(path))
        path = dir.filePath(QStringLiteral("_config.yaml"));
    if (!QFileInfo::exists(path)) {
        *error = tr("%1: not a Jekyll site: it has no _config.yml; open the folder that holds the "
                    "site's _config.yml")
                     .arg(folder);
        return false;
    }
    QByteArray bytes;
    Diagnostic diagnostic;
    if (!EventDocument::readFile(path, &bytes, &diagnostic)) {
        *error = diagnostic.format(path);
        return false;
    }
    if (!fromYaml(bytes, dir.absolutePath(), config, &diagnostic)) {
        *error = diagnostic.format(path);
        return false;
    }
    config->m_configPath = path;
    return true;
}

QString SiteConfig::siteRootOf(const QString& path)
{
    QDir dir = QFileInfo(path).absoluteDir();
    for (;;) {
        if (dir.exists(QStringLiteral("_config.yml")) || dir.exists(QStringLiteral("_config.yaml")))
            return dir.absolutePath();
        if (!dir.cdUp())
            return QString();
    }
}

bool SiteConfig::fromYaml(const QByteArray& yaml, const QString& root, SiteConfig* config, Diagnostic* error)
{
    YamlDocument parsed;
    if (!YamlParser::parse(yaml, &parsed, error))
        return false;
    if (!parsed.root.isNull() && parsed.root.type() != YamlValue::Type::Map) {
        *error = Diagnostic{Diagnostic::Severity::Error, parsed.root.line(), parsed.root.column(),
                            tr("the configuration must be a mapping of settings")};
        return false;
    }
    SiteConfig c;
    c.m_root = root;
    c.m_data = parsed.root.isNull() ? YamlValue::fromMap({}) : parsed.root;
    const YamlValue& data = c.m_data;
    c.m_title = text(data.value(QStringLiteral("title")));
    c.m_timezone = text(data.value(QStringLiteral("timezone")));
    c.m_baseurl = text(data.value(QStringLiteral("baseurl")));
    if (data.contains(QStringLiteral("markdown")))
        c.m_markdown = text(data.value(QStringLiteral("markdown")));
    c.m_language = text(data.value(QStringLiteral("lang")));
    if (c.m_language.isEmpty())
        c.m_language = text(data.value(QStringLiteral("language")));
    if (!text(data.value(QStringLiteral("permalink"))).isEmpty())
        c.m_permalink = text(data.value(QStringLiteral("permalink")));
    c.m_collectionsDir = text(data.value(QStringLiteral("collections_dir")));
    while (c.m_collectionsDir.endsWith(QLatin1Char('/')))
        c.m_collectionsDir.chop(1);

    // `collections:` maps names to settings or (as Jekyll also accepts) lists names.
    const YamlValue collections = data.value(QStringLiteral("collections"));
    auto addCollection = [&c](const QString& name, const YamlValue& settings) {
        CollectionConfig collection;
        collection.name = name;
        collection.settings = settings.type() == YamlValue::Type::Map ? settings : YamlValue::fromMap({});
        collection.title = text(collection.settings.value(QStringLiteral("title")));
        if (collection.title.isEmpty())
            collection.title = name;
        // Jekyll's Collection#write?: any value but null or false; posts always write.
        const YamlValue output = collection.settings.value(QStringLiteral("output"));
        collection.output = name == QLatin1String("posts")
            || !(output.isNull() || (output.type() == YamlValue::Type::Bool && !output.toBool()));
        collection.permalink = text(collection.settings.value(QStringLiteral("permalink")));
        collection.folder = (c.m_collectionsDir.isEmpty() ? QString() : c.m_collectionsDir + QLatin1Char('/'))
            + QLatin1Char('_') + name;
        c.m_collections.append(collection);
    };
    // Configuration#add_default_collections: posts come first, declared or not.
    const YamlValue posts = collections.value(QStringLiteral("posts"));
    addCollection(QStringLiteral("posts"), posts);
    for (const YamlMapEntry& entry : collections.entries()) {
        if (entry.key.rubyString() != QLatin1String("posts"))
            addCollection(entry.key.rubyString(), entry.value);
    }
    for (const YamlValue& name : collections.items()) {
        if (name.rubyString() != QLatin1String("posts"))
            addCollection(name.rubyString(), YamlValue());
    }

    const YamlValue defaultsList = data.value(QStringLiteral("defaults"));
    for (const YamlValue& set : defaultsList.items()) {
        // Jekyll skips sets that are not maps with a map of values.
        if (set.type() != YamlValue::Type::Map || set.value(QStringLiteral("values")).type() != YamlValue::Type::Map)
            continue;
        DefaultsSet defaults;
        defaults.values = set.value(QStringLiteral("values"));
        const YamlValue scope = set.value(QStringLiteral("scope"));
        defaults.hasScope = set.contains(QStringLiteral("scope"));
        defaults.path = scope.value(QStringLiteral("path")).type() == YamlValue::Type::String
            ? scope.value(QStringLiteral("path")).toString()
            : QString();
        defaults.hasType = scope.contains(QStringLiteral("type"));
        defaults.type = legacyType(text(scope.value(QStringLiteral("type"))));
        c.m_defaults.append(defaults);
    }

    const YamlValue excludeList = data.value(QStringLiteral("exclude"));
    for (const YamlValue& item : excludeList.items())
        c.m_exclude.append(item.rubyString());
    // Jekyll 4 always adds its own.
    for (const char* path : {".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules",
                             "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/"}) {
        if (!c.m_exclude.contains(QLatin1String(path)))
            c.m_exclude.append(QLatin1String(path));
    }
    if (data.contains(QStringLiteral("include"))) {
        const YamlValue includeList = data.value(QStringLiteral("include"));
        for (const YamlValue& item : includeList.items())
            c.m_include.append(item.rubyString());
    } else {
        c.m_include = QStringList{QStringLiteral(".htaccess")};
    }
    *config = c;
    return true;
}

const CollectionConfig* SiteConfig::collection(const QString& name) const
{
    for (const CollectionConfig& collection : m_collections) {
        if (collection.name == name)
            return &collection;
    }
    return nullptr;
}

QString SiteConfig::collectionTitle(const QString& name) const
{
    const CollectionConfig* found = collection(name);
    return found ? found->title : name;
}

bool SiteConfig::scopeApplies(const DefaultsSet& set, const QString& path, const QString& type) const
{
    if (set.hasType && set.type != type)
        return false;
    if (set.path.isEmpty())
        return true;
    // The document's path is sanitized, the scope's is not: a scope `/_evenements/` applies to
    // nothing, as in Jekyll.
    const QString sanitized = sanitizedPath(path);
    auto stripCollectionsDir = [this](const QString& scopePath) {
        const QString prefix = m_collectionsDir + QLatin1Char('/');
        return !m_collectionsDir.isEmpty() && scopePath.startsWith(prefix) ? scopePath.mid(prefix.size()) : scopePath;
    };
    if (!set.path.contains(QLatin1Char('*')))
        return sanitized.startsWith(stripCollectionsDir(set.path));
    // A glob: the files and folders it matches on disk, each a prefix.
    const QDir root(m_root);
    QDirIterator it(m_root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString candidate = root.relativeFilePath(it.next());
        if (fnmatch(set.path, candidate) && sanitized.startsWith(stripCollectionsDir(candidate)))
            return true;
    }
    return false;
}

YamlValue SiteConfig::defaultsFor(const QString& relativePath, const QString& type) const
{
    YamlValue merged = YamlValue::fromMap({});
    const DefaultsSet* previous = nullptr;
    for (const DefaultsSet& set : m_defaults) {
        if (set.hasScope && !scopeApplies(set, relativePath, type))
            continue;
        // FrontmatterDefaults#has_precedence?: a longer scope path wins; at equal length one
        // with a type wins over one without.
        bool precedes = true;
        if (previous) {
            const int newLength = int(sanitizedPath(set.path).size());
            const int oldLength = int(sanitizedPath(previous->path).size());
            if (newLength != oldLength)
                precedes = newLength >= oldLength;
            else
                precedes = set.hasType || !previous->hasType;
        }
        if (precedes) {
            merged = deepMerge(merged, set.values);
            previous = &set;
        } else {
            merged = deepMerge(set.values, merged);
        }
    }
    return merged;
}

bool SiteConfig::isExcluded(const QString& relativePath) const
{
    // EntryFilter#glob_include? over `exclude - include`, on paths joined to the source.
    const QString entry = QLatin1Char('/') + relativePath;
    const bool isDirectory = QFileInfo(QDir(m_root).filePath(relativePath)).isDir();
    for (const QString& pattern : m_exclude) {
        if (m_include.contains(pattern))
            continue;
        QString joined = QLatin1Char('/') + pattern;
        joined.replace(QRegularExpression(QStringLiteral("/+")), QStringLiteral("/"));
        if (fnmatch(joined, entry) || entry.startsWith(joined) || (isDirectory && joined == entry + QLatin1Char('/')))
            return true;
    }
    return false;
}

} // namespace EventDesk
