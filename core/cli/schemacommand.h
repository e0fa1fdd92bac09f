#pragma once

#include <QStringList>

class QTextStream;

namespace EventDesk {

// `eventdesk-cli schema [--format text|json] SITE --collection NAME`: a collection's fields as
// the site's defaults, its files and `.eventdesk.yml` describe them, with their roles, and
// where the defaults and the files disagree.
class SchemaCommand
{
public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace EventDesk
