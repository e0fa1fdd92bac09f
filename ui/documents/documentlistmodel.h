#pragma once

#include "site/siteindex.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>
#include <QVector>

namespace EventDesk {

// The documents of one collection as a two-level tree: groups ("Upcoming", "Past", "No date";
// empty ones left out) with the documents as their children, in index order (a
// DocumentFilterModel sorts and filters them). Column 0 only.
class DocumentListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: absolute path (documents)
        SortDateRole, // QDateTime in UTC: the start, else the publication date; invalid when none
        StateRole, // int: State flags
        DateTextRole, // QString: the start (else the publication date) as short text in the locale
        IsGroupRole, // bool
        GroupRole, // int: Group, of a group or a document
        RelativePathRole, // QString: from the site root
        CategoriesRole, // QStringList
    };
    Q_ENUM(Role)

    enum StateFlag {
        NoState = 0,
        Draft = 0x1,
        Unpublished = 0x2,
        Past = 0x4,
        Error = 0x8,
        Modified = 0x10, // unsaved edits (setModifiedPaths)
    };
    Q_DECLARE_FLAGS(State, StateFlag)
    Q_FLAG(State)

    enum class Group { Upcoming, Past, NoDate };
    Q_ENUM(Group)

    explicit DocumentListModel(QObject* parent = nullptr);

    // The entries of `collection` among `entries` (empty: the pages). Resets the model.
    void setEntries(const QVector<IndexEntry>& entries, const QString& collection);
    // The same collection's entries after a change on disk. Resets the model: views keep their
    // selection by path (DocumentBrowser does).
    void updateEntries(const QVector<IndexEntry>& entries);
    QString collection() const { return m_collection; }
    int documentCount() const { return m_documents.size(); }

    // The site's IANA time zone (empty: the system's), for dates written without a zone.
    void setTimeZone(const QString& ianaName);
    // What "past" is measured against; invalid (the default) means the current time.
    void setReferenceTime(const QDateTime& now);
    QDateTime referenceTime() const { return m_referenceTime; }
    void setModifiedPaths(const QSet<QString>& paths);

    QModelIndex indexOfPath(const QString& path) const;
    // Group names are translated text: call after the application's language changes.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString groupName(Group group);

private:
    struct Document
    {
        IndexEntry entry;
        QDateTime sortDate; // UTC
        State state;
        Group group = Group::NoDate;
    };
    struct GroupRows
    {
        Group group;
        QVector<int> documents; // indexes into m_documents
    };

    void rebuild(const QVector<IndexEntry>& entries);
    const Document* document(const QModelIndex& index) const;
    QVariant documentData(const Document& document, int role) const;
    QVariant groupData(const GroupRows& group, int role) const;
    QString toolTip(const Document& document) const;

    QString m_collection;
    QTimeZone m_zone;
    QDateTime m_referenceTime;
    QSet<QString> m_modified;
    QVector<Document> m_documents;
    QVector<GroupRows> m_groups;
};

} // namespace EventDesk

Q_DECLARE_OPERATORS_FOR_FLAGS(EventDesk::DocumentListModel::State)
