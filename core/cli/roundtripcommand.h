#pragma once

#include <QStringList>

class QTextStream;

namespace EventDesk {

// `eventdesk-cli roundtrip FILE...`: loads each file into the document model, reassembles it
// in memory and prints a unified diff for each file whose bytes would change.
class RoundtripCommand
{
public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace EventDesk
