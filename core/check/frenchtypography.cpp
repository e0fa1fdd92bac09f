#include "frenchtypography.h"

#include "markdownprose.h"

#include <QRegularExpression>

#include <algorithm>

namespace EventDesk {

namespace {

const QChar NoBreak(0x00A0);
const QChar NarrowNoBreak(0x202F);

} // namespace

QVector<FrenchTypography::Issue> FrenchTypography::check(const QString& text, bool curlyApostrophes)
{
    const QVector<MarkdownProse::Range> ranges = MarkdownProse::codeAndMarkup(text);
    QVector<Issue> issues;
    auto add = [&](int position, int length, const QString& replacement, const QString& rule) {
        if (text.mid(position, length) != replacement
            && !MarkdownProse::overlaps(ranges, position, position + qMax(1, length)))
            issues.append({position, length, replacement, rule});
    };

    // ; ! ? and : after a word, a number, a closing bracket or guillemet: the space before them.
    static const QRegularExpression punctuation(QStringLiteral("([\\w)\\]»’\"*_])([ \\x{00A0}\\x{202F}]?)([;:!?]+)"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    auto it = punctuation.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const int at = int(match.capturedStart(3));
        const QChar mark = text.at(at);
        const int after = int(match.capturedEnd(3));
        const QChar next = after < text.size() ? text.at(after) : QChar(u' ');
        // 10:30, 3:2, a::b, a Markdown image `![`: not punctuation of a sentence.
        static const QString closers = QStringLiteral("*_)»\"<{");
        if (!next.isSpace() && !closers.contains(next))
            continue;
        const QString space = mark == u':' ? QString(NoBreak) : QString(NarrowNoBreak);
        add(int(match.capturedStart(2)), int(match.capturedLength(2)), space, QStringLiteral("space-before"));
    }

    // Inside guillemets.
    static const QRegularExpression opening(QStringLiteral("«([ \\x{00A0}\\x{202F}]?)"));
    it = opening.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        add(int(match.capturedStart(1)), int(match.capturedLength(1)), QString(NoBreak), QStringLiteral("guillemets"));
    }
    static const QRegularExpression closing(QStringLiteral("([ \\x{00A0}\\x{202F}]?)»"));
    it = closing.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        add(int(match.capturedStart(1)), int(match.capturedLength(1)), QString(NoBreak), QStringLiteral("guillemets"));
    }

    // Hours: 16h30, 16 h 30, 14h.
    static const QRegularExpression hour(
        QStringLiteral("\\b([01]?\\d|2[0-3])[ \\x{00A0}\\x{202F}]?h(?:[ \\x{00A0}\\x{202F}]?([0-5]\\d))?(?![\\w])"),
        QRegularExpression::UseUnicodePropertiesOption);
    it = hour.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString written = match.captured(1) + NoBreak + QLatin1Char('h');
        if (match.hasCaptured(2))
            written += NoBreak + match.captured(2);
        add(int(match.capturedStart()), int(match.capturedLength()), written, QStringLiteral("hour"));
    }

    // Straight apostrophes between letters.
    if (curlyApostrophes) {
        static const QRegularExpression apostrophe(QStringLiteral("(?<=\\p{L})'(?=\\p{L})"));
        it = apostrophe.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            add(int(match.capturedStart()), 1, QStringLiteral("’"), QStringLiteral("apostrophe"));
        }
    }
    std::sort(issues.begin(), issues.end(), [](const Issue& a, const Issue& b) { return a.position < b.position; });
    return issues;
}

QString FrenchTypography::fix(const QString& text, bool curlyApostrophes)
{
    QString fixed = text;
    const QVector<Issue> issues = check(text, curlyApostrophes);
    // From the end, so that earlier positions stay right; overlapping issues keep the first.
    int limit = int(text.size()) + 1;
    for (int i = int(issues.size()) - 1; i >= 0; --i) {
        const Issue& issue = issues.at(i);
        if (issue.position + issue.length > limit)
            continue;
        fixed.replace(issue.position, issue.length, issue.replacement);
        limit = issue.position;
    }
    return fixed;
}

} // namespace EventDesk
