#pragma once

#include <QStringList>

class QTextStream;

namespace EventDesk {

// `eventdesk-cli slug [--style siteleaf|clean] TITLE`: the file name (without extension) a new
// document with this title gets.
class SlugCommand
{
public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace EventDesk
