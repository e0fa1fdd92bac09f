#include "collectionswitcher.h"

#include "site/siteindex.h"

#include <QHash>
#include <QSignalBlocker>

namespace EventDesk {

namespace {

constexpr int CountRole = Qt::UserRole + 1; // the collection's documents

} // namespace

CollectionSwitcher::CollectionSwitcher(QWidget* parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (row >= 0) // programmatic changes block signals
            Q_EMIT collectionChosen(itemData(row).toString());
    });
}

void CollectionSwitcher::fill(const SiteIndex& index, const QString& current)
{
    const QSignalBlocker blocker(this);
    clear();
    QHash<QString, int> counts;
    const QVector<IndexEntry> entries = index.entries();
    for (const IndexEntry& entry : entries)
        ++counts[entry.collection];
    const SiteConfig config = index.config();
    for (const CollectionConfig& collection : config.collections()) {
        const int count = counts.value(collection.name);
        if (count == 0 && !index.schema(collection.name).find(FieldRole::Start).isValid())
            continue;
        QString title = config.collectionTitle(collection.name);
        if (title == collection.name && !title.isEmpty()) // no `title:`: "posts" -> "Posts"
            title = title.at(0).toUpper() + title.mid(1);
        addItem(tr("%1 (%2)").arg(title).arg(count), collection.name);
        setItemData(this->count() - 1, count, CountRole);
    }
    if (const int pages = counts.value(QString())) {
        addItem(tr("Pages (%1)").arg(pages), QString());
        setItemData(count() - 1, pages, CountRole);
    }
    setCurrentIndex(findData(current));
}

void CollectionSwitcher::clearCollections()
{
    const QSignalBlocker blocker(this);
    clear();
}

void CollectionSwitcher::setCollection(const QString& collection)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(findData(collection));
}

QString CollectionSwitcher::defaultCollection(const SiteIndex& index) const
{
    for (int row = 0; row < count(); ++row) {
        const QString name = itemData(row).toString();
        if (index.schema(name).find(FieldRole::Start).isValid())
            return name;
    }
    for (int row = 0; row < count(); ++row) {
        if (itemData(row, CountRole).toInt() > 0)
            return itemData(row).toString();
    }
    return QString();
}

} // namespace EventDesk
