#include "markdownformatter.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <functional>

namespace EventDesk {

namespace {

const QRegularExpression& headingPrefix()
{
    static const QRegularExpression prefix(QStringLiteral("^ {0,3}(#{1,6})(?!#)[ \\t]*"));
    return prefix;
}

const QRegularExpression& bulletPrefix()
{
    static const QRegularExpression prefix(QStringLiteral("^([ \\t]*)[*+-](?:[ \\t]+|$)"));
    return prefix;
}

const QRegularExpression& numberPrefix()
{
    static const QRegularExpression prefix(QStringLiteral("^([ \\t]*)(\\d{1,9})[.)](?:[ \\t]+|$)"));
    return prefix;
}

bool isBlank(const QString& text)
{
    return text.trimmed().isEmpty();
}

int indentation(const QString& text)
{
    int i = 0;
    while (i < text.size() && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')))
        ++i;
    return i;
}

bool hasWordCharacter(const QString& text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

QString textBetween(QTextDocument* document, int start, int end)
{
    QTextCursor cursor(document);
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

void replace(QTextCursor& edit, int start, int end, const QString& text)
{
    edit.setPosition(start);
    edit.setPosition(end, QTextCursor::KeepAnchor);
    edit.insertText(text);
}

// Without a selection, the word at the cursor (if it has letters or digits).
void wordRange(const QTextCursor& cursor, int& start, int& end)
{
    start = cursor.selectionStart();
    end = cursor.selectionEnd();
    if (start != end)
        return;
    QTextCursor word(cursor);
    word.select(QTextCursor::WordUnderCursor);
    if (word.hasSelection() && hasWordCharacter(word.selectedText())) {
        start = word.selectionStart();
        end = word.selectionEnd();
    }
}

// The selection's lines (a selection ending at the start of a line leaves that line out).
struct LineRange
{
    QTextBlock first;
    QTextBlock last;
    bool multiLine() const { return first != last; }
};

LineRange lineRange(const QTextCursor& cursor)
{
    QTextDocument* document = cursor.document();
    LineRange range{document->findBlock(cursor.selectionStart()), document->findBlock(cursor.selectionEnd())};
    if (range.multiLine() && cursor.selectionEnd() == range.last.position())
        range.last = range.last.previous();
    return range;
}

// Runs `edit` over the lines of the selection that count (all but blank lines of a multi-line
// selection) as one undo step, then selects whole lines if there were several.
void editLines(QTextCursor& cursor, const std::function<void(QTextCursor&, const QTextBlock&)>& edit)
{
    const LineRange range = lineRange(cursor);
    const int firstNumber = range.first.blockNumber();
    const int lastNumber = range.last.blockNumber();
    QTextDocument* document = cursor.document();
    QTextCursor editor(document);
    editor.beginEditBlock();
    for (int number = firstNumber; number <= lastNumber; ++number) {
        const QTextBlock block = document->findBlockByNumber(number);
        if (range.multiLine() && isBlank(block.text()))
            continue;
        edit(editor, block);
    }
    editor.endEditBlock();
    if (range.multiLine()) {
        const QTextBlock last = document->findBlockByNumber(lastNumber);
        cursor.setPosition(document->findBlockByNumber(firstNumber).position());
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    }
}

// Whether a marker of `width` characters is there, given the runs of marker characters on
// both sides: "**" needs two, "*" needs one or three (***both***), not two (that is strong).
bool markerPresent(int left, int right, int width)
{
    const int run = qMin(left, right);
    return width == 2 ? run >= 2 : (run == 1 || run >= 3);
}

template <typename Match>
bool forEachLineMatch(const QRegularExpression& expression, const QTextBlock& block, const Match& match)
{
    for (auto it = expression.globalMatch(block.text()); it.hasNext();) {
        if (match(it.next()))
            return true;
    }
    return false;
}

} // namespace

void MarkdownFormatter::toggleWrap(QTextCursor& cursor, const QString& marker)
{
    QTextDocument* document = cursor.document();
    int start = 0;
    int end = 0;
    wordRange(cursor, start, end);
    while (start < end && document->characterAt(start).isSpace())
        ++start;
    while (end > start && document->characterAt(end - 1).isSpace())
        --end;

    const int width = int(marker.size());
    const QString selected = textBetween(document, start, end);
    const auto runAt = [&](int position, int step, QChar c) {
        int run = 0;
        while (document->characterAt(position + run * step) == c)
            ++run;
        return run;
    };
    QTextCursor edit(document);
    edit.beginEditBlock();
    bool removed = false;
    const QChar markerChars[] = {marker.at(0), QLatin1Char('_')};
    for (const QChar c : markerChars) {
        // The markers selected along with the text.
        int left = 0;
        while (left < selected.size() && selected.at(left) == c)
            ++left;
        int right = 0;
        while (right < selected.size() - left && selected.at(selected.size() - 1 - right) == c)
            ++right;
        if (left + right < selected.size() && markerPresent(left, right, width)) {
            replace(edit, end - width, end, QString());
            replace(edit, start, start + width, QString());
            end -= 2 * width;
            removed = true;
            break;
        }
        // The markers around the selection.
        if (markerPresent(runAt(start - 1, -1, c), runAt(end, 1, c), width)) {
            replace(edit, end, end + width, QString());
            replace(edit, start - width, start, QString());
            start -= width;
            end -= width;
            removed = true;
            break;
        }
    }
    if (!removed) {
        edit.setPosition(end);
        edit.insertText(marker);
        edit.setPosition(start);
        edit.insertText(marker);
        start += width;
        end += width;
    }
    edit.endEditBlock();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
}

void MarkdownFormatter::toggleLink(QTextCursor& cursor)
{
    QTextDocument* document = cursor.document();
    const int selectionStart = cursor.selectionStart();
    const int selectionEnd = cursor.selectionEnd();
    const QTextBlock block = document->findBlock(selectionStart);
    QTextCursor edit(document);

    // Inside a link (not an image): unwrap it.
    static const QRegularExpression link(QStringLiteral(R"((?<!!)\[((?:[^\[\]\\]|\\.)*)\]\([^()]*\))"));
    int textStart = -1;
    int textEnd = -1;
    const bool unwrapped = forEachLineMatch(link, block, [&](const QRegularExpressionMatch& m) {
        const int matchStart = block.position() + int(m.capturedStart());
        const int matchEnd = block.position() + int(m.capturedEnd());
        if (selectionStart < matchStart || selectionEnd > matchEnd
            || (selectionStart == matchEnd && selectionEnd == matchEnd))
            return false;
        const QString text = m.captured(1);
        edit.beginEditBlock();
        replace(edit, matchStart, matchEnd, text);
        edit.endEditBlock();
        textStart = matchStart;
        textEnd = matchStart + int(text.size());
        return true;
    });
    if (unwrapped) {
        cursor.setPosition(textStart);
        cursor.setPosition(textEnd, QTextCursor::KeepAnchor);
        return;
    }

    int start = 0;
    int end = 0;
    wordRange(cursor, start, end);
    const QString selected = textBetween(document, start, end).trimmed();
    static const QRegularExpression url(QStringLiteral(R"(^(?:https?://|mailto:|www\.)\S+$)"));
    edit.beginEditBlock();
    if (selected.isEmpty()) {
        replace(edit, start, end, QStringLiteral("[](https://)"));
        textStart = textEnd = start + 1;
    } else if (url.match(selected).hasMatch()) {
        replace(edit, start, end, QStringLiteral("[](") + selected + QLatin1Char(')'));
        textStart = textEnd = start + 1;
    } else {
        const QString target = QStringLiteral("https://");
        replace(edit, start, end, QLatin1Char('[') + selected + QStringLiteral("](") + target + QLatin1Char(')'));
        textStart = start + int(selected.size()) + 3;
        textEnd = textStart + int(target.size());
    }
    edit.endEditBlock();
    cursor.setPosition(textStart);
    cursor.setPosition(textEnd, QTextCursor::KeepAnchor);
}

void MarkdownFormatter::setHeading(QTextCursor& cursor, int level)
{
    level = qBound(0, level, 6);
    const QString prefix = level > 0 ? QString(level, QLatin1Char('#')) + QLatin1Char(' ') : QString();
    editLines(cursor, [&](QTextCursor& edit, const QTextBlock& block) {
        const auto m = headingPrefix().match(block.text());
        const int length = m.hasMatch() ? int(m.capturedLength()) : 0;
        if (block.text().left(length) != prefix)
            replace(edit, block.position(), block.position() + length, prefix);
    });
}

int MarkdownFormatter::headingLevel(const QTextCursor& cursor)
{
    const LineRange range = lineRange(cursor);
    int level = -2;
    for (QTextBlock block = range.first; block.isValid(); block = block.next()) {
        if (!range.multiLine() || !isBlank(block.text())) {
            const auto m = headingPrefix().match(block.text());
            const int lineLevel = m.hasMatch() ? int(m.capturedLength(1)) : 0;
            if (level != -2 && lineLevel != level)
                return -1;
            level = lineLevel;
        }
        if (block == range.last)
            break;
    }
    return qMax(level, 0);
}

void MarkdownFormatter::toggleBulletList(QTextCursor& cursor)
{
    const LineRange range = lineRange(cursor);
    bool allBullets = true;
    for (QTextBlock block = range.first; block.isValid(); block = block.next()) {
        if ((!range.multiLine() || !isBlank(block.text())) && !bulletPrefix().match(block.text()).hasMatch())
            allBullets = false;
        if (block == range.last)
            break;
    }
    editLines(cursor, [&](QTextCursor& edit, const QTextBlock& block) {
        const QString text = block.text();
        const auto bullet = bulletPrefix().match(text);
        if (allBullets) {
            replace(edit, block.position() + int(bullet.capturedLength(1)),
                    block.position() + int(bullet.capturedLength()), QString());
            return;
        }
        if (bullet.hasMatch())
            return;
        const auto number = numberPrefix().match(text);
        const int indent = indentation(text);
        const int markerEnd = number.hasMatch() ? int(number.capturedLength()) : indent;
        replace(edit, block.position() + indent, block.position() + markerEnd, QStringLiteral("* "));
    });
}

void MarkdownFormatter::toggleNumberedList(QTextCursor& cursor)
{
    const LineRange range = lineRange(cursor);
    bool allNumbered = true;
    for (QTextBlock block = range.first; block.isValid(); block = block.next()) {
        if ((!range.multiLine() || !isBlank(block.text())) && !numberPrefix().match(block.text()).hasMatch())
            allNumbered = false;
        if (block == range.last)
            break;
    }
    // Continue a numbered item just above.
    int next = 1;
    const auto above = numberPrefix().match(range.first.previous().text());
    if (range.first.previous().isValid() && above.hasMatch())
        next = above.captured(2).toInt() + 1;

    const auto number = [&](QTextCursor& edit, const QTextBlock& block) {
        const QString text = block.text();
        const auto numbered = numberPrefix().match(text);
        const auto bullet = bulletPrefix().match(text);
        const auto& marker = numbered.hasMatch() ? numbered : bullet;
        const int indent = marker.hasMatch() ? int(marker.capturedLength(1)) : indentation(text);
        const int markerEnd = marker.hasMatch() ? int(marker.capturedLength()) : indent;
        const QString prefix = QString::number(next++) + QStringLiteral(". ");
        if (text.mid(indent, markerEnd - indent) != prefix)
            replace(edit, block.position() + indent, block.position() + markerEnd, prefix);
    };
    const int lastNumber = range.last.blockNumber();
    editLines(cursor, [&](QTextCursor& edit, const QTextBlock& block) {
        if (allNumbered) {
            const auto numbered = numberPrefix().match(block.text());
            replace(edit, block.position() + int(numbered.capturedLength(1)),
                    block.position() + int(numbered.capturedLength()), QString());
            return;
        }
        number(edit, block);
        if (block.blockNumber() != lastNumber)
            return;
        // Renumber the items that directly follow, inside the same undo step.
        for (QTextBlock after = block.next(); after.isValid() && numberPrefix().match(after.text()).hasMatch();
             after = after.next())
            number(edit, after);
    });
}

} // namespace EventDesk
