#pragma once

#include <QStringList>

class QTextStream;

namespace EventDesk {

// `eventdesk-cli dump FILE`: the front matter as Jekyll reads it, as one line of JSON.
class DumpCommand
{
public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace EventDesk
