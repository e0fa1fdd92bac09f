#pragma once

#include <QByteArray>
#include <QString>

namespace EventDesk {

// A unified diff of two texts, line by line (Myers' algorithm), in the form `diff -u` and
// `git diff` print: `---`/`+++` headers, `@@` hunks with context, and the
// "\ No newline at end of file" marker. Line endings are part of the lines, so a change from
// LF to CRLF shows.
class UnifiedDiff
{
public:
    // Empty when the texts are equal.
    static QByteArray diff(const QByteArray& before,
                           const QByteArray& after,
                           const QString& beforeName,
                           const QString& afterName,
                           int context = 3);
};

} // namespace EventDesk
