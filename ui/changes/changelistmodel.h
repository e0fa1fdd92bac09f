#pragma once

#include "vcs/sitechanges.h"

#include <QAbstractListModel>

namespace EventDesk {

// The changed files of a site as a list for the Changes view: one row per file, its name for
// display, its folder, path and kind in roles of their own (drawn by ChangeItemDelegate).
class ChangeListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PathRole = Qt::UserRole + 1, FolderRole, KindRole, BadgeRole };

    explicit ChangeListModel(QObject* parent = nullptr);

    void setChanges(const QVector<FileChange>& changes);
    const QVector<FileChange>& changes() const;
    const FileChange* changeAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "Added", "Modified", "Removed", translated.
    static QString kindName(FileChange::Kind kind);
    // "A", "M", "D", as git shows them.
    static QString badge(FileChange::Kind kind);

private:
    QVector<FileChange> m_changes;
};

} // namespace EventDesk
