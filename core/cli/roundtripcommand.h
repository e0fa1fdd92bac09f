#pragma once

#include <QStringList>

class QTextStream;

namespace EventDesk {

// `eventdesk-cli roundtrip [--reemit] FILE...`: loads each file into the document model,
// reassembles it in memory and prints a unified diff for each file whose bytes would change.
// With --reemit the front matter is written whole from its data by the house-style writer.
class RoundtripCommand
{
public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace EventDesk
