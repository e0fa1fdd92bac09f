#pragma once

#include <QStringList>

class QTextStream;

namespace EventDesk {

// `eventdesk-cli set FILE KEY=YAML... [--in-place]`: surgical edits of top-level keys. Each YAML
// value is read as YAML (`lieu=Salle 2`, `categories=[Atelier]`); `KEY=` with nothing removes
// the key. The new file goes to standard output, or replaces FILE atomically with --in-place.
class SetCommand
{
public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace EventDesk
