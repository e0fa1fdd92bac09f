#include "changelistmodel.h"

namespace EventDesk {

ChangeListModel::ChangeListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ChangeListModel::setChanges(const QVector<FileChange>& changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

const QVector<FileChange>& ChangeListModel::changes() const
{
    return m_changes;
}

const FileChange* ChangeListModel::changeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_changes.size())
        return nullptr;
    return &m_changes.at(index.row());
}

int ChangeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

QVariant ChangeListModel::data(const QModelIndex& index, int role) const
{
    const FileChange* change = changeAt(index);
    if (!change)
        return {};
    const int slash = int(change->path.lastIndexOf(u'/'));
    const QString name = change->path.mid(slash + 1);
    const QString folder = slash < 0 ? QString() : change->path.left(slash);
    switch (role) {
    case Qt::DisplayRole:
        return name;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2").arg(kindName(change->kind), change->path);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(change->path, kindName(change->kind));
    case PathRole:
        return change->path;
    case FolderRole:
        return folder;
    case KindRole:
        return int(change->kind);
    case BadgeRole:
        return badge(change->kind);
    default:
        return {};
    }
}

QString ChangeListModel::kindName(FileChange::Kind kind)
{
    switch (kind) {
    case FileChange::Kind::Added:
        return tr("Added");
    case FileChange::Kind::Removed:
        return tr("Removed");
    case FileChange::Kind::Modified:
        break;
    }
    return tr("Modified");
}

QString ChangeListModel::badge(FileChange::Kind kind)
{
    switch (kind) {
    case FileChange::Kind::Added:
        return QStringLiteral("A");
    case FileChange::Kind::Removed:
        return QStringLiteral("D");
    case FileChange::Kind::Modified:
        break;
    }
    return QStringLiteral("M");
}

} // namespace EventDesk
