#pragma once

#include <QStringList>

class QTextStream;

namespace EventDesk {

// `eventdesk-cli check [--offline] [--format text|json] SITE [FILE...]`: the problems of a
// site's documents (all of them, or the files given) and the state of every link; exit 0 when
// nothing is at error level, 1 otherwise, 2 on a usage or input error.
class CheckCommand
{
public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace EventDesk
