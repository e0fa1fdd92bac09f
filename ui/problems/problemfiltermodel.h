#pragma once

#include "check/problem.h"

#include <QSortFilterProxyModel>

namespace EventDesk {

// What the problems panel shows of a ProblemModel: the severities switched on, the rows that
// contain the filter text (in the message, the location or the code), most severe first.
class ProblemFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProblemFilterModel(QObject* parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString& text);

    bool isSeverityVisible(Problem::Severity severity) const;
    void setSeverityVisible(Problem::Severity severity, bool visible);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_filterText;
    bool m_visible[3] = {true, true, true};
};

} // namespace EventDesk
