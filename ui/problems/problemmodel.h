#pragma once

#include "check/problem.h"
#include "site/schema.h"

#include <QAbstractTableModel>
#include <QVector>

namespace EventDesk {

// The problems of the open document as a table, grouped by source ("offline checks", "links"),
// so one source's rows can be replaced on every keystroke without touching the others'.
class ProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DescriptionColumn, LocationColumn, FileColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Problem::Severity)
        SortRole, // what the column sorts by: severity, location key, file
        CodeRole, // Problem::code
    };

    explicit ProblemModel(QObject* parent = nullptr);

    // Replaces the rows of one source, keeping (and only updating) the rows of problems still
    // there, so a view keeps its current row.
    void setProblems(const QString& source, const QVector<Problem>& problems);
    void clear();

    Problem problem(const QModelIndex& index) const;
    int count(Problem::Severity severity) const;

    // Where a problem is, for people: "champs_informations › 3 › lien", "Line 12, column 4";
    // with a schema, fields are named by their labels in `language`: "Informations › 3 › Lien".
    static QString
    locationText(const Problem& problem, const CollectionSchema* schema = nullptr, const QString& language = QString());
    // The schema whose labels name the fields of the problems shown, and their language.
    void setSchema(const CollectionSchema& schema, const QString& language);

    // Tells the views that the header and the location texts have a new language.
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    struct Group
    {
        QString source;
        QVector<Problem> problems;
    };

    const Problem* problemAt(int row) const;
    int groupOffset(int group) const;
    void replaceGroup(int group, const QVector<Problem>& problems);
    void updateCounts();

    QVector<Group> m_groups;
    CollectionSchema m_schema;
    QString m_language;
    int m_counts[3] = {0, 0, 0};
};

} // namespace EventDesk
