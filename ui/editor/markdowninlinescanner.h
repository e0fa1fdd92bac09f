#pragma once

#include "markdownrole.h"

#include <QList>
#include <QString>

namespace EventDesk {

// Finds the inline syntax of one line of kramdown Markdown with Liquid: code spans, emphasis,
// links and images, autolinks, HTML tags and comments, attribute lists and extensions, Liquid
// tags. It reports spans to colour and the construct left open at the end of the line (an HTML
// comment, a tag or a {::comment} that continues on the next lines). Pure logic, no widgets.
class MarkdownInlineScanner
{
public:
    enum class Open { None, HtmlComment, HtmlTag, KramdownComment };

    struct Span
    {
        int start = 0;
        int length = 0;
        MarkdownRole role = MarkdownRole::Marker;
    };

    struct Result
    {
        QList<Span> spans; // in application order: later spans are merged over earlier ones
        Open open = Open::None;
    };

    // Scans text from the position `from` to its end.
    static Result scan(const QString& text, int from = 0);

    // Where a construct that was open at the start of a line ends in `text` (the index just
    // after its closing delimiter), or -1 when it does not end on this line.
    static int closeOf(Open open, const QString& text);
};

} // namespace EventDesk
