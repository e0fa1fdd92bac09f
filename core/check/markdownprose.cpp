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

} // namespace EventDesk
