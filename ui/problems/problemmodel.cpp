#include "problemmodel.h"

#include "problemmatcher.h"

#include <algorithm>

#include <QApplication>
#include <QIcon>
#include <QStringList>
#include <QStyle>

namespace EventDesk {

namespace {

// Numbers padded so that text order is number order: "lien[2]" before "lien[10]".
QString paddedNumbers(const QString& text)
{
    QString result;
    QString digits;
    auto flush = [&]() {
        if (!digits.isEmpty())
            result += digits.rightJustified(8, QLatin1Char('0'));
        digits.clear();
    };
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        } else {
            flush();
            result += c;
        }
    }
    flush();
    return result;
}

// Front matter fields (line 0) first, then body lines, in file order.
QString locationKey(const Problem& problem)
{
    return QStringLiteral("%1 %2 %3")
        .arg(problem.line, 8, 10, QLatin1Char('0'))
        .arg(paddedNumbers(problem.field))
        .arg(problem.column, 8, 10, QLatin1Char('0'));
}

QIcon severityIcon(Problem::Severity severity)
{
    switch (severity) {
    case Problem::Severity::Error:
        return qApp->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Problem::Severity::Warning:
        return qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Problem::Severity::Info:
        return qApp->style()->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return QIcon();
}

} // namespace

ProblemModel::ProblemModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProblemModel::setProblems(const QString& source, const QVector<Problem>& problems)
{
    int group = -1;
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).source == source)
            group = i;
    }
    if (group < 0) {
        if (problems.isEmpty())
            return;
        const int first = rowCount();
        beginInsertRows(QModelIndex(), first, first + int(problems.size()) - 1);
        m_groups.append(Group{source, problems});
        endInsertRows();
    } else {
        replaceGroup(group, problems);
        if (m_groups.at(group).problems.isEmpty())
            m_groups.remove(group); // no rows left: nothing for the views to know
    }
    updateCounts();
}

// Removes the rows of problems gone, inserts the new ones, and updates the ones kept, each
// contiguous run in one step.
void ProblemModel::replaceGroup(int group, const QVector<Problem>& problems)
{
    QVector<Problem>& rows = m_groups[group].problems;
    const int offset = groupOffset(group);
    const QVector<int> match = ProblemMatcher::matchRows(rows, problems);

    for (int last = int(rows.size()) - 1; last >= 0;) {
        if (match.at(last) >= 0) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && match.at(first - 1) < 0)
            --first;
        beginRemoveRows(QModelIndex(), offset + first, offset + last);
        rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    QVector<bool> kept(problems.size(), false);
    for (const int row : match) {
        if (row >= 0)
            kept[row] = true;
    }
    for (int first = 0; first < problems.size();) {
        if (kept.at(first)) {
            ++first;
            continue;
        }
        int last = first;
        while (last + 1 < problems.size() && !kept.at(last + 1))
            ++last;
        beginInsertRows(QModelIndex(), offset + first, offset + last);
        rows.insert(first, last - first + 1, Problem());
        for (int i = first; i <= last; ++i)
            rows[i] = problems.at(i);
        endInsertRows();
        first = last + 1;
    }

    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < problems.size(); ++i) {
        if (ProblemMatcher::sameValue(rows.at(i), problems.at(i)))
            continue;
        rows[i] = problems.at(i);
        if (firstChanged < 0)
            firstChanged = i;
        lastChanged = i;
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(offset + firstChanged, 0), index(offset + lastChanged, ColumnCount - 1));
}

void ProblemModel::clear()
{
    if (m_groups.isEmpty())
        return;
    beginResetModel();
    m_groups.clear();
    endResetModel();
    updateCounts();
}

Problem ProblemModel::problem(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Problem();
    return *problemAt(index.row());
}

int ProblemModel::count(Problem::Severity severity) const
{
    return m_counts[int(severity)];
}

void ProblemModel::setSchema(const CollectionSchema& schema, const QString& language)
{
    m_schema = schema;
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, LocationColumn), index(rowCount() - 1, LocationColumn));
}

QString ProblemModel::locationText(const Problem& problem, const CollectionSchema* schema, const QString& language)
{
    if (!problem.field.isEmpty()) {
        // A key's label: a top-level key's in the schema, a sub-key's in its group's field.
        const SchemaField* group = nullptr;
        auto label = [&](const QString& key) {
            const SchemaField* field = !schema ? nullptr : group ? group->field(key) : schema->field(key);
            group = field;
            return field ? field->displayLabel(language) : key;
        };
        // "champs_informations[2].lien" -> "champs_informations › 3 › lien": items counted from 1.
        QStringList parts;
        QString name;
        const QString& path = problem.field;
        for (int i = 0; i < path.size(); ++i) {
            const QChar c = path.at(i);
            if (c == QLatin1Char('.') || c == QLatin1Char('[')) {
                if (!name.isEmpty())
                    parts.append(label(name));
                name.clear();
                if (c == QLatin1Char('[')) {
                    const int close = path.indexOf(QLatin1Char(']'), i);
                    bool ok = false;
                    const int item = close < 0 ? 0 : path.mid(i + 1, close - i - 1).toInt(&ok);
                    if (ok) {
                        parts.append(QString::number(item + 1));
                        i = close;
                        continue;
                    }
                    name += c;
                }
            } else {
                name += c;
            }
        }
        if (!name.isEmpty())
            parts.append(label(name));
        return parts.join(QStringLiteral(" \u203A "));
    }
    if (problem.line > 0 && problem.column > 0)
        return tr("Line %1, column %2").arg(problem.line).arg(problem.column);
    if (problem.line > 0)
        return tr("Line %1").arg(problem.line);
    return QString();
}

void ProblemModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProblemModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    int rows = 0;
    for (const Group& group : m_groups)
        rows += int(group.problems.size());
    return rows;
}

int ProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Problem& problem = *problemAt(index.row());
    const QString severity = problem.severity == Problem::Severity::Error ? tr("Error")
        : problem.severity == Problem::Severity::Warning                  ? tr("Warning")
                                                                          : tr("Note");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DescriptionColumn:
            return problem.message;
        case LocationColumn:
            return locationText(problem, &m_schema, m_language);
        case FileColumn:
            return problem.file;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == DescriptionColumn)
            return severityIcon(problem.severity);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == DescriptionColumn)
            return tr("%1: %2").arg(severity, problem.message);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1: %2").arg(severity, problem.message).toHtmlEscaped()};
        const QString location = locationText(problem, &m_schema, m_language);
        if (!location.isEmpty())
            lines.append(tr("Where: %1").arg(location).toHtmlEscaped());
        if (!problem.file.isEmpty())
            lines.append(tr("File: %1").arg(problem.file).toHtmlEscaped());
        if (!problem.fix.isEmpty())
            lines.append(tr("Suggested fix: %1").arg(problem.fix).toHtmlEscaped());
        return QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }
    case SeverityRole:
        return int(problem.severity);
    case CodeRole:
        return problem.code;
    case SortRole:
        switch (index.column()) {
        case DescriptionColumn:
            return int(problem.severity);
        case LocationColumn:
            return locationKey(problem);
        case FileColumn:
            return problem.file;
        }
        break;
    }
    return QVariant();
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DescriptionColumn:
        return tr("Description");
    case LocationColumn:
        return tr("Location");
    case FileColumn:
        return tr("File");
    }
    return QVariant();
}

const Problem* ProblemModel::problemAt(int row) const
{
    for (const Group& group : m_groups) {
        if (row < group.problems.size())
            return &group.problems.at(row);
        row -= int(group.problems.size());
    }
    return nullptr;
}

int ProblemModel::groupOffset(int group) const
{
    int offset = 0;
    for (int i = 0; i < group; ++i)
        offset += int(m_groups.at(i).problems.size());
    return offset;
}

void ProblemModel::updateCounts()
{
    int counts[3] = {0, 0, 0};
    for (const Group& group : m_groups) {
        for (const Problem& problem : group.problems)
            ++counts[int(problem.severity)];
    }
    if (std::equal(counts, counts + 3, m_counts))
        return;
    std::copy(counts, counts + 3, m_counts);
    Q_EMIT countsChanged();
}

} // namespace EventDesk
