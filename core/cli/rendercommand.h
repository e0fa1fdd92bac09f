#pragma once

#include <QStringList>

class QTextStream;

namespace EventDesk {

// `eventdesk-cli render [--body-only] FILE`: the preview of a document as HTML. The whole event
// page (EventPage) with the schema of the document's collection, found by walking up from FILE
// to the site's _config.yml (a schema from FILE alone when it is in no site); or with
// --body-only the body as MarkdownRenderer writes it, URLs as written and nothing around it.
class RenderCommand
{
public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace EventDesk
