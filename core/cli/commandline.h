#pragma once

#include <QStringList>

class QTextStream;

namespace EventDesk {

// The command-line front end of eventdesk-cli: parses the arguments, runs one command and
// returns the exit status (0 success, 1 a negative answer such as "files differ", 2 usage or
// input errors). Output goes to `out`, messages to `err` as `FILE:LINE:COLUMN: message`.
class CommandLine
{
public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    static QString usage();
};

} // namespace EventDesk
