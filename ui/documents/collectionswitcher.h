#pragma once

#include <QComboBox>

namespace EventDesk {

class SiteIndex;

// Chooses the collection the document list shows: the site's collections by title with their
// document counts (those with documents, and those made for events even while empty), then
// "Pages" for the documents outside collections when there are any.
class CollectionSwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit CollectionSwitcher(QWidget* parent = nullptr);

    // Lists `index`'s collections, `current` chosen when it is one of them. Emits nothing.
    void fill(const SiteIndex& index, const QString& current);
    void clearCollections();
    bool contains(const QString& collection) const { return findData(collection) >= 0; }
    void setCollection(const QString& collection); // emits nothing
    // The first listed collection whose documents have a start date, else the first with
    // documents, else none (empty).
    QString defaultCollection(const SiteIndex& index) const;

Q_SIGNALS:
    void collectionChosen(const QString& collection); // by the user
};

} // namespace EventDesk
