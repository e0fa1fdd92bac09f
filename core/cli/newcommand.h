#pragma once

#include <QStringList>

class QTextStream;

namespace EventDesk {

// `eventdesk-cli new SITE --collection NAME --title TITLE [KEY=YAML...]`: creates a document as
// the site's own are made (see NewDocument) and prints its path and the URL it will have.
class NewCommand
{
public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace EventDesk
