#pragma once

#include <QStringList>

class QTextStream;

namespace EventDesk {

// `eventdesk-cli export SITE --out DIR [--patch FILE] [--base DIR] [--author "NAME <EMAIL>"]`:
// the files of the site that changed (against git HEAD, or against an untouched copy given with
// --base) copied to DIR at their site paths, and the same changes as one commit in
// `git format-patch` form with a French commit message.
class ExportCommand
{
public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace EventDesk
