#pragma once

#include <QString>

namespace EventDesk {

// A message about a place in a file: an error that stops it from being read, or a warning.
// Lines and columns are 1-based and count characters; 0 means "not known".
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    int line = 0;
    int column = 0;
    QString message;

    // `FILE:LINE:COLUMN: message`, leaving out what is not known.
    QString format(const QString& fileName) const;
};

} // namespace EventDesk
