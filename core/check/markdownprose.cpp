#include "markdownprose.h"

#include <QRegularExpression>

#include <algorithm>

namespace EventDesk {

namespace {

const QRegularExpression& webAddress()
{
    // With a scheme, from www., or a bare domain name of the usual endings (numerique.gouv.fr).
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:https?|ftp|mailto|tel):[^\\s<>()]+|\\bwww\\.[^\\s<>()]+"
                       "|\\b(?:[\\w-]+\\.)+(?:fr|com|org|net|eu|io|info)\\b(?:/[^\\s<>()]*)?"));
    return pattern;
}

const QRegularExpression& mailAddress()
{
    static const QRegularExpression pattern(QStringLiteral("\\b[\\w.+-]+@[\\w-]+\\.[\\w.-]+"));
    return pattern;
}

void collect(const QRegularExpression& pattern, const QString& text, QVector<MarkdownProse::Range>* ranges)
{
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        ranges->append({int(match.capturedStart()), int(match.capturedEnd())});
    }
}

} // namespace

QVector<MarkdownProse::Range> MarkdownProse::codeAndMarkup(const QString& text)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("^(```|~~~)[^\\n]*\\n.*?^\\1[^\\n]*$"),
                           QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption),
        QRegularExpression(QStringLiteral("^(?: {4}|\\t)[^\\n]*$"), QRegularExpression::MultilineOption),
        QRegularExpression(QStringLiteral("`+[^`]*`+")), // code spans
        QRegularExpression(QStringLiteral("\\{%.*?%\\}|\\{\\{.*?\\}\\}"),
                           QRegularExpression::DotMatchesEverythingOption), // Liquid
        // Liquid blocks whose content is not prose: code, raw text, comments.
        QRegularExpression(QStringLiteral("\\{%-?\\s*(highlight|raw|comment)\\b.*?%\\}.*?\\{%-?\\s*end\\1\\s*-?%\\}"),
                           QRegularExpression::DotMatchesEverythingOption),
        // kramdown comments and raw HTML, then attribute lists and other extensions.
        QRegularExpression(QStringLiteral("\\{::(comment|nomarkdown)[^}]*\\}.*?\\{:/(?:\\1)?\\}"),
                           QRegularExpression::DotMatchesEverythingOption),
        QRegularExpression(QStringLiteral("\\{:[^}]*\\}|\\{::[^}]*\\}")), // kramdown
        QRegularExpression(QStringLiteral("<[a-zA-Z/!][^>]*>")), // HTML tags, comments, autolinks
        QRegularExpression(QStringLiteral("&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#x[0-9a-fA-F]+);")), // HTML entities
        QRegularExpression(QStringLiteral("\\]\\([^)]*\\)")), // link destinations
        QRegularExpression(QStringLiteral("^\\s*\\[[^\\]]+\\]:\\s*\\S+.*$"), QRegularExpression::MultilineOption),
    };
    QVector<Range> ranges;
    for (const QRegularExpression& pattern : patterns)
        collect(pattern, text, &ranges);
    collect(webAddress(), text, &ranges);
    collect(mailAddress(), text, &ranges);
    return ranges;
}

QVector<MarkdownProse::Range> MarkdownProse::addresses(const QString& text)
{
    QVector<Range> ranges;
    collect(webAddress(), text, &ranges);
    collect(mailAddress(), text, &ranges);
    return ranges;
}

bool MarkdownProse::overlaps(const QVector<Range>& ranges, int start, int end)
{
    return std::any_of(ranges.cbegin(), ranges.cend(),
                       [start, end](const Range& range) { return start < range.end && end > range.start; });
}

MarkdownProse::LiquidState
MarkdownProse::liquidLine(const QString& line, LiquidState state, int* proseStart, int* proseEnd)
{
    static const QRegularExpression blockEnds[] = {
        QRegularExpression(QStringLiteral("\\{%-?\\s*endhighlight\\s*-?%\\}")),
        QRegularExpression(QStringLiteral("\\{%-?\\s*endraw\\s*-?%\\}")),
        QRegularExpression(QStringLiteral("\\{%-?\\s*endcomment\\s*-?%\\}")),
    };
    static const QRegularExpression blockStart(QStringLiteral("^-?\\s*(highlight|raw|comment)\\b"));
    const int size = int(line.size());
    *proseStart = 0;
    *proseEnd = size;
    int at = 0;
    // Where the line starts: the rest of a tag or a block first.
    if (state == InTag || state == InOutput) {
        const int close = int(line.indexOf(state == InTag ? QLatin1String("%}") : QLatin1String("}}")));
        if (close < 0) {
            *proseStart = *proseEnd = size;
            return state;
        }
        at = close + 2;
    } else if (state != OutsideLiquid) {
        const QRegularExpressionMatch end = blockEnds[state - InHighlight].match(line);
        if (!end.hasMatch()) {
            *proseStart = *proseEnd = size;
            return state;
        }
        at = int(end.capturedEnd());
    }
    *proseStart = at;
    // Then what the line opens and does not close.
    while (at < size) {
        const int tag = int(line.indexOf(QLatin1String("{%"), at));
        const int output = int(line.indexOf(QLatin1String("{{"), at));
        if (tag < 0 && output < 0)
            break;
        const bool isTag = tag >= 0 && (output < 0 || tag < output);
        const int open = isTag ? tag : output;
        const int close = int(line.indexOf(isTag ? QLatin1String("%}") : QLatin1String("}}"), open + 2));
        if (close < 0) {
            *proseEnd = open;
            return isTag ? InTag : InOutput;
        }
        at = close + 2;
        const QRegularExpressionMatch block = blockStart.match(line.mid(open + 2, close - open - 2));
        if (!isTag || !block.hasMatch())
            continue;
        const LiquidState inside = block.captured(1) == QLatin1String("highlight") ? InHighlight
            : block.captured(1) == QLatin1String("raw")                            ? InRaw
                                                                                   : InComment;
        const QRegularExpressionMatch end = blockEnds[inside - InHighlight].match(line, at);
        if (!end.hasMatch()) {
            *proseEnd = open;
            return inside;
        }
        at = int(end.capturedEnd());
    }
    return OutsideLiquid;
}

} // namespace EventDesk
