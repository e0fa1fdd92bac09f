#include "problemmatcher.h"

#include <algorithm>

namespace EventDesk {

bool ProblemMatcher::sameIdentity(const Problem& a, const Problem& b)
{
    return a.severity == b.severity && a.code == b.code && a.message == b.message && a.file == b.file
        && a.field == b.field;
}

bool ProblemMatcher::sameValue(const Problem& a, const Problem& b)
{
    return sameIdentity(a, b) && a.line == b.line && a.column == b.column && a.fix == b.fix;
}

// Which old rows are the same problems as which new ones (their line may have moved): the
// longest common subsequence, so a problem added above the current row and another fixed below
// it leave the current row alone. The lists are short; past a size, only the common start and
// end are kept.
QVector<int> ProblemMatcher::matchRows(const QVector<Problem>& before, const QVector<Problem>& after)
{
    const int oldCount = int(before.size());
    const int newCount = int(after.size());
    QVector<int> match(oldCount, -1); // old row -> new row
    int prefix = 0;
    while (prefix < oldCount && prefix < newCount && sameIdentity(before.at(prefix), after.at(prefix))) {
        match[prefix] = prefix;
        ++prefix;
    }
    int suffix = 0;
    while (suffix < oldCount - prefix && suffix < newCount - prefix
           && sameIdentity(before.at(oldCount - 1 - suffix), after.at(newCount - 1 - suffix))) {
        match[oldCount - 1 - suffix] = newCount - 1 - suffix;
        ++suffix;
    }
    const int rows = oldCount - prefix - suffix;
    const int columns = newCount - prefix - suffix;
    if (rows == 0 || columns == 0 || qint64(rows) * columns > 250000)
        return match;
    // lengths[i][j]: the longest common subsequence of before[prefix + i..] and after[prefix + j..].
    QVector<int> lengths((rows + 1) * (columns + 1), 0);
    auto at = [columns](int i, int j) { return i * (columns + 1) + j; };
    for (int i = rows - 1; i >= 0; --i) {
        for (int j = columns - 1; j >= 0; --j) {
            lengths[at(i, j)] = sameIdentity(before.at(prefix + i), after.at(prefix + j))
                ? lengths.at(at(i + 1, j + 1)) + 1
                : std::max(lengths.at(at(i + 1, j)), lengths.at(at(i, j + 1)));
        }
    }
    for (int i = 0, j = 0; i < rows && j < columns;) {
        if (sameIdentity(before.at(prefix + i), after.at(prefix + j))) {
            match[prefix + i] = prefix + j;
            ++i;
            ++j;
        } else if (lengths.at(at(i + 1, j)) >= lengths.at(at(i, j + 1))) {
            ++i;
        } else {
            ++j;
        }
    }
    return match;
}

} // namespace EventDesk
