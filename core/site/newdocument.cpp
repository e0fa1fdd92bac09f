#include "newdocument.h"

#include "document/eventdocument.h"
#include "editorsettings.h"
#include "permalink.h"
#include "schema.h"
#include "siteconfig.h"
#include "slug.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <QTimeZone>

namespace EventDesk {

namespace {

// A default worth writing: a value, not an empty placeholder (`lieu:` or `- image:`).
bool isBlank(const YamlValue& value)
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        return true;
    case YamlValue::Type::String:
        return value.toString().isEmpty();
    case YamlValue::Type::List:
        for (const YamlValue& item : value.items()) {
            if (!isBlank(item))
                return false;
        }
        return true;
    case YamlValue::Type::Map:
        for (const YamlMapEntry& entry : value.entries()) {
            if (!isBlank(entry.value))
                return false;
        }
        return true;
    default:
        return false;
    }
}

// The extension most of the folder's Markdown files have ("markdown" on the reference site).
QString usualExtension(const QString& folder)
{
    QHash<QString, int> counts;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files);
    for (const QFileInfo& file : files) {
        if (SiteConfig::markdownExtensions().contains(file.suffix().toLower()))
            ++counts[file.suffix()];
    }
    QString best = QStringLiteral("md");
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace

bool NewDocument::prepare(const SiteConfig& config,
                          const EditorSettings& settings,
                          const CollectionSchema& schema,
                          Result* result,
                          QString* error) const
{
    const CollectionConfig* target = config.collection(collection);
    if (!target) {
        *error =
            QCoreApplication::translate("EventDesk::NewDocument", "the site has no collection \"%1\"").arg(collection);
        return false;
    }
    if (title.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("EventDesk::NewDocument", "a new document needs a title");
        return false;
    }
    const QString slug =
        settings.slugStyle(collection) == QLatin1String("clean") ? Slug::clean(title) : Slug::siteleaf(title);
    if (slug.isEmpty()) {
        *error =
            QCoreApplication::translate("EventDesk::NewDocument",
                                        "the title \"%1\" gives an empty file name; give it some letters or digits")
                .arg(title);
        return false;
    }

    // The publication date: now, to the minute, in the site's time zone.
    const QTimeZone zone =
        config.timezone().isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(config.timezone().toUtf8());
    QDateTime when =
        (now.isValid() ? now : QDateTime::currentDateTime()).toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    YamlDateTime date;
    date.epochSeconds = when.toSecsSinceEpoch() / 60 * 60;
    date.offsetSeconds = when.offsetFromUtc();

    const QString titleKey =
        schema.find(FieldRole::Title).key.isEmpty() ? QStringLiteral("title") : schema.find(FieldRole::Title).key;
    const QString dateKey = schema.find(FieldRole::PublicationDate).key.isEmpty()
        ? QStringLiteral("date")
        : schema.find(FieldRole::PublicationDate).key;
    QVector<QPair<QString, YamlValue>> entries{{titleKey, YamlValue::fromString(title)},
                                               {dateKey, YamlValue::fromDateTime(date)}};
    for (const SchemaField& field : schema.fields) {
        const bool usual = field.usedBy > 0 && field.usedBy * 2 >= schema.documents;
        if (usual && !isBlank(field.defaultValue) && field.key != titleKey && field.key != dateKey)
            entries.append({field.key, field.defaultValue});
    }
    for (const auto& value : values) {
        bool replaced = false;
        for (auto& entry : entries) {
            if (entry.first == value.first) {
                entry.second = value.second;
                replaced = true;
            }
        }
        if (!replaced)
            entries.append(value);
    }

    EventDocument document = EventDocument::fromBytes("---\n---\n");
    for (const auto& entry : entries) {
        if (!document.setValue(entry.first, entry.second, schema.order(), error))
            return false;
    }
    const QString folder = QDir(config.root()).filePath(target->folder);
    const QString name = Slug::uniqueFileName(folder, slug, usualExtension(folder), nullptr);
    result->path = QDir(folder).filePath(name);
    result->relativePath = QDir(config.root()).relativeFilePath(result->path);
    result->bytes = document.toBytes();
    const Permalink permalink = Permalinks(config).resolve(result->relativePath, collection, document.frontMatter());
    result->url = permalink.status == Permalink::Status::Published || permalink.status == Permalink::Status::Unpublished
        ? permalink.url
        : QString();
    return true;
}

bool NewDocument::create(const SiteConfig& config,
                         const EditorSettings& settings,
                         const CollectionSchema& schema,
                         Result* result,
                         QString* error) const
{
    if (!prepare(config, settings, schema, result, error))
        return false;
    const QString folder = QFileInfo(result->path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("EventDesk::NewDocument", "%1: the folder cannot be created").arg(folder);
        return false;
    }
    // Written whole under a temporary name, then renamed: rename never replaces a file, so a
    // file that appeared meanwhile is kept and the new one is not half-written.
    QTemporaryFile temporary(QDir(folder).filePath(QStringLiteral(".eventdesk-new-XXXXXX")));
    if (!temporary.open() || temporary.write(result->bytes) != result->bytes.size() || !temporary.flush()) {
        *error = QCoreApplication::translate("EventDesk::NewDocument", "%1: cannot be written: %2")
                     .arg(result->path, temporary.errorString());
        return false;
    }
    temporary.close();
    if (!QFile::rename(temporary.fileName(), result->path)) {
        *error = QCoreApplication::translate("EventDesk::NewDocument",
                                             "%1: cannot be created (a file of that name appeared, or the folder "
                                             "is read-only)")
                     .arg(result->path);
        return false;
    }
    temporary.setAutoRemove(false);
    QFile::setPermissions(result->path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

} // namespace EventDesk
