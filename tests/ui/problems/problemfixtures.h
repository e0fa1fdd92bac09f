#pragma once

#include "check/problem.h"

#include <QVector>

// Problems like the checks and the link checker give for one event, shared by the tests of
// ui/problems.
namespace ProblemFixtures {

using EventDesk::Problem;

inline QString eventFile()
{
    return QStringLiteral("_evenements/webinaire-programme-10-percent.markdown");
}

inline Problem makeProblem(Problem::Severity severity,
                           const QString& message,
                           const QString& field,
                           int line = 0,
                           int column = 0,
                           const QString& code = QStringLiteral("test"))
{
    Problem p;
    p.severity = severity;
    p.code = code;
    p.message = message;
    p.file = eventFile();
    p.field = field;
    p.line = line;
    p.column = column;
    return p;
}

constexpr auto Error = Problem::Severity::Error;
constexpr auto Warning = Problem::Severity::Warning;
constexpr auto Info = Problem::Severity::Info;

// A mix like the checks and the link checker give for one event.
inline QVector<Problem> offlineChecks()
{
    return {
        makeProblem(Info, QStringLiteral("the image has no caption"), QStringLiteral("une-ou-diaporama[0].legende")),
        makeProblem(Error, QStringLiteral("the end comes before the start"), QStringLiteral("event_end_date"), 0, 0,
                    QStringLiteral("end-before-start")),
        makeProblem(Warning, QStringLiteral("\"mardi 31 janvier\": that day is a Tuesday"), QString(), 14, 9,
                    QStringLiteral("weekday")),
        makeProblem(Error, QStringLiteral("\"Title\" is required"), QStringLiteral("title"), 0, 0,
                    QStringLiteral("required")),
        makeProblem(Info, QStringLiteral("the image has no alternative text"),
                    QStringLiteral("une-ou-diaporama[0].alternative-textuelle"), 0, 0, QStringLiteral("alt-missing")),
    };
}

inline QVector<Problem> linkChecks()
{
    Problem moved = makeProblem(Info, QStringLiteral("the link was moved"),
                                QStringLiteral("champs_informations[2].lien"), 0, 0, QStringLiteral("link-moved"));
    moved.fix = QStringLiteral("https://www.numerique.gouv.fr/agenda/");
    return {moved};
}

} // namespace ProblemFixtures
