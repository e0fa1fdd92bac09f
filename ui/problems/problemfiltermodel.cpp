#include "problemfiltermodel.h"

#include "problemmodel.h"

namespace EventDesk {

namespace {

int compareValues(const QVariant& left, const QVariant& right)
{
    if (left.typeId() == QMetaType::Int && right.typeId() == QMetaType::Int)
        return left.toInt() - right.toInt();
    return QString::compare(left.toString(), right.toString(), Qt::CaseInsensitive);
}

} // namespace

ProblemFilterModel::ProblemFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProblemModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProblemFilterModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    invalidateFilter();
}

bool ProblemFilterModel::isSeverityVisible(Problem::Severity severity) const
{
    return m_visible[int(severity)];
}

void ProblemFilterModel::setSeverityVisible(Problem::Severity severity, bool visible)
{
    if (m_visible[int(severity)] == visible)
        return;
    m_visible[int(severity)] = visible;
    invalidateFilter();
}

bool ProblemFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex description = model->index(sourceRow, ProblemModel::DescriptionColumn, sourceParent);
    const int severity = description.data(ProblemModel::SeverityRole).toInt();
    if (severity >= 0 && severity < 3 && !m_visible[severity])
        return false;
    const QString text = m_filterText.trimmed();
    if (text.isEmpty())
        return true;
    const QString location = model->index(sourceRow, ProblemModel::LocationColumn, sourceParent).data().toString();
    return description.data().toString().contains(text, Qt::CaseInsensitive)
        || location.contains(text, Qt::CaseInsensitive)
        || description.data(ProblemModel::CodeRole).toString().contains(text, Qt::CaseInsensitive);
}

// The clicked column first, then severity, file, place in the file and message, so that equal
// keys keep a stable, meaningful order.
bool ProblemFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int role = sortRole();
    int order = compareValues(left.data(role), right.data(role));
    const int tieBreaks[] = {ProblemModel::DescriptionColumn, ProblemModel::FileColumn, ProblemModel::LocationColumn};
    for (const int column : tieBreaks) {
        if (order != 0)
            break;
        order = compareValues(left.siblingAtColumn(column).data(role), right.siblingAtColumn(column).data(role));
    }
    if (order == 0)
        order = QString::compare(left.siblingAtColumn(ProblemModel::DescriptionColumn).data().toString(),
                                 right.siblingAtColumn(ProblemModel::DescriptionColumn).data().toString(),
                                 Qt::CaseInsensitive);
    return order < 0;
}

} // namespace EventDesk
