#pragma once

#include "cli/commandline.h"

#include <QStringList>
#include <QTextStream>

namespace EventDesk::TestCli {

// eventdesk-cli run in the test's process: its exit status and what it printed.
struct Result
{
    int status;
    QString out;
    QString err;
};

inline Result run(const QStringList& arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.status = CommandLine::run(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace EventDesk::TestCli
