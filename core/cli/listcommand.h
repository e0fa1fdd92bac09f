#pragma once

#include <QStringList>

class QTextStream;

namespace EventDesk {

// `eventdesk-cli list [--format text|json] SITE [--collection NAME]`: the site's documents with
// their title, dates, categories and state; broken files are listed with their error.
class ListCommand
{
public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace EventDesk
