#pragma once

#include "check/problem.h"

#include <QVector>

namespace EventDesk {

// Tells which problems of a new check are the ones of the previous check, so the problem
// model updates those rows in place instead of removing and inserting them.
class ProblemMatcher
{
public:
    // The same problem, perhaps moved: same severity, code, message, file and field.
    static bool sameIdentity(const Problem& a, const Problem& b);
    // The same problem at the same place with the same fix.
    static bool sameValue(const Problem& a, const Problem& b);

    // For each problem of before, the index of the same problem in after, or -1 when it is gone;
    // increasing, so that the kept rows keep their order.
    static QVector<int> matchRows(const QVector<Problem>& before, const QVector<Problem>& after);
};

} // namespace EventDesk
