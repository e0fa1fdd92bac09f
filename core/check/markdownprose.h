#pragma once

#include <QString>
#include <QVector>

namespace EventDesk {

// The parts of a Markdown text (kramdown with Liquid) that are not prose for people to read:
// code blocks and spans, Liquid tags, kramdown attribute lists and extensions, HTML tags and
// comments, link destinations and reference definitions, web and e-mail addresses. Checks of the
// prose (French typography, spelling) leave them alone.
class MarkdownProse
{
public:
    struct Range
    {
        int start = 0; // in UTF-16 units
        int end = 0; // one past the last
    };

    // The ranges, in no particular order; they may overlap.
    static QVector<Range> codeAndMarkup(const QString& text);
    // The ranges of a text that is not Markdown (a title, a place): addresses only.
    static QVector<Range> addresses(const QString& text);
    static bool overlaps(const QVector<Range>& ranges, int start, int end);

    // Liquid that runs over several lines, for readers that go line by line (the editor's
    // highlighter): what a line starts inside, and so the next one.
    enum LiquidState {
        OutsideLiquid = 0,
        InHighlight, // {% highlight %} … {% endhighlight %}: code
        InRaw, // {% raw %} … {% endraw %}
        InComment, // {% comment %} … {% endcomment %}
        InTag, // {% … %} not closed yet
        InOutput, // {{ … }} not closed yet
    };
    // The part of `line` outside Liquid [*proseStart, *proseEnd), given what it starts inside;
    // returns what the next line starts inside. Liquid opened and closed within the line is left
    // to codeAndMarkup().
    static LiquidState liquidLine(const QString& line, LiquidState state, int* proseStart, int* proseEnd);
};

} // namespace EventDesk
