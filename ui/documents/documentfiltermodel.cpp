#include "documentfiltermodel.h"

#include "documentlistmodel.h"

#include <QDateTime>

namespace EventDesk {

DocumentFilterModel::DocumentFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    sort(0, Qt::AscendingOrder);
}

void DocumentFilterModel::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

int DocumentFilterModel::documentCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += rowCount(index(row, 0));
    return count;
}

QString DocumentFilterModel::folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace())
            result.append(QLatin1Char(' '));
        else if (c == QChar(0x2019)) // the typographic apostrophe finds the typed one
            result.append(QLatin1Char('\''));
        else
            result.append(c);
    }
    return result.toCaseFolded();
}

QString DocumentFilterModel::pathInCollection(const QString& relativePath)
{
    // Every document of a collection is under its folder (`_evenements/`): searching for the
    // collection's name must not find them all.
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    int first = 0;
    for (int i = 0; i < parts.size() - 1; ++i) {
        if (parts.at(i).startsWith(QLatin1Char('_')))
            first = i + 1;
    }
    return parts.mid(first).join(QLatin1Char('/'));
}

bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // A group stays through its documents (recursive filtering), never by its own name.
    if (index.data(DocumentListModel::IsGroupRole).toBool())
        return false;
    const QString haystack =
        folded(index.data(Qt::DisplayRole).toString() + QLatin1Char('\n')
               + pathInCollection(index.data(DocumentListModel::RelativePathRole).toString()) + QLatin1Char('\n')
               + index.data(DocumentListModel::CategoriesRole).toStringList().join(QLatin1Char('\n')));
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool DocumentFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.data(DocumentListModel::IsGroupRole).toBool())
        return left.row() < right.row(); // Upcoming, Past, No date: the model's order
    const auto group = DocumentListModel::Group(left.data(DocumentListModel::GroupRole).toInt());
    const QDateTime leftDate = left.data(DocumentListModel::SortDateRole).toDateTime();
    const QDateTime rightDate = right.data(DocumentListModel::SortDateRole).toDateTime();
    if (group != DocumentListModel::Group::NoDate && leftDate != rightDate)
        return group == DocumentListModel::Group::Past ? rightDate < leftDate : leftDate < rightDate;
    // Folded first, so "écho" sorts with the e's whatever the locale's collation.
    const QString leftTitle = left.data().toString();
    const QString rightTitle = right.data().toString();
    int byTitle = m_collator.compare(folded(leftTitle), folded(rightTitle));
    if (byTitle == 0)
        byTitle = m_collator.compare(leftTitle, rightTitle);
    if (byTitle != 0)
        return byTitle < 0;
    return left.data(DocumentListModel::PathRole).toString() < right.data(DocumentListModel::PathRole).toString();
}

} // namespace EventDesk
