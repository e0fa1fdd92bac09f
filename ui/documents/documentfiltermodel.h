#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace EventDesk {

// Searches and orders a DocumentListModel: a document stays when every word of the search is
// in its title, path (below the collection's folder) or categories (case and accents ignored: "evenement" finds
// "Événement"); a group stays while one of its documents does. Upcoming documents come soonest
// first, past ones most recent first, undated ones by title.
class DocumentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DocumentFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    // The documents left by the search.
    int documentCount() const;

    // Text as the search compares it: case-folded, accents and other combining marks dropped.
    static QString folded(const QString& text);
    // What the search looks at in a relative path: below the collection's folder
    // ("_evenements/2023/atelier.md" -> "2023/atelier.md").
    static QString pathInCollection(const QString& relativePath);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_searchText;
    QStringList m_words; // folded
    QCollator m_collator;
};

} // namespace EventDesk
