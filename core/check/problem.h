#pragma once

#include <QString>

namespace EventDesk {

// One thing wrong (or worth knowing) about a document, as a plain value: what, how bad, and
// where, so the editor can jump to it.
struct Problem
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Warning;
    QString code; // stable: "required", "end-before-start", "link-broken", ...
    QString message; // for people
    QString file; // relative to the site root
    QString field; // a front matter path: "champs_informations[2].lien"; empty for the body
    int line = 0; // in the file, 1-based; 0 when the problem is a field's
    int column = 0;
    QString fix; // a value that would fix it (the new URL of a moved link), or empty

    static QString severityName(Severity severity)
    {
        switch (severity) {
        case Severity::Error:
            return QStringLiteral("error");
        case Severity::Warning:
            return QStringLiteral("warning");
        case Severity::Info:
            return QStringLiteral("info");
        }
        return QString();
    }
};

} // namespace EventDesk
