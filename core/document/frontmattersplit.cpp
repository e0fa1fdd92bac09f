#include "frontmattersplit.h"

namespace EventDesk {

namespace {

bool isRubySpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// After a delimiter at `from`, Ruby's `\s*$\n?` (greedy, backtracking to the last line end of
// the whitespace run). Returns the end of the match, or -1 when it does not match.
int matchSpacesToLineEnd(const QByteArray& text, int from)
{
    int run = from;
    while (run < text.size() && isRubySpace(text.at(run)))
        ++run;
    if (run == text.size())
        return run;
    for (int i = run - 1; i >= from; --i) {
        if (text.at(i) == '\n')
            return i + 1;
    }
    return -1;
}

} // namespace

FrontMatterSplit FrontMatterSplit::find(const QByteArray& text)
{
    FrontMatterSplit split;
    if (!text.startsWith("---"))
        return split;
    // `---\s*\n`: the opening line, and the blank lines after it, up to the last newline of the run.
    int run = 3;
    while (run < text.size() && isRubySpace(text.at(run)))
        ++run;
    int contentStart = -1;
    for (int i = run - 1; i >= 3; --i) {
        if (text.at(i) == '\n') {
            contentStart = i + 1;
            break;
        }
    }
    if (contentStart < 0)
        return split;
    // `.*?\n?^(---|\.\.\.)\s*$\n?`: the first line at or after contentStart that closes.
    for (int lineStart = contentStart; lineStart <= text.size();) {
        const QByteArray rest = QByteArray::fromRawData(text.constData() + lineStart, text.size() - lineStart);
        if (rest.startsWith("---") || rest.startsWith("...")) {
            const int end = matchSpacesToLineEnd(text, lineStart + 3);
            if (end >= 0) {
                split.hasFrontMatter = true;
                split.yamlEnd = lineStart;
                split.bodyStart = end;
                return split;
            }
        }
        const int newline = text.indexOf('\n', lineStart);
        if (newline < 0)
            break;
        lineStart = newline + 1;
    }
    return split;
}

} // namespace EventDesk
