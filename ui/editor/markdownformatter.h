#pragma once

class QString;
class QTextCursor;

namespace EventDesk {

// The Markdown formatting commands of the editor, as text edits through a QTextCursor. Each
// command is one edit block (one undo step), works on the cursor's selection or, without one, on
// the word at the cursor, and removes the formatting when it is already there. The cursor is left
// selecting the formatted text (or, for several lines, the whole lines).
class MarkdownFormatter
{
public:
    // Wraps in `marker` ("**" strong, "*" emphasis; "__" and "_" are recognised when removing).
    static void toggleWrap(QTextCursor& cursor, const QString& marker);
    // [text](https://) selecting the URL; a selected URL becomes [](url) with the cursor in the
    // brackets; nothing to wrap inserts [](https://); inside a link, unwraps it to its text.
    static void toggleLink(QTextCursor& cursor);
    // Sets the ATX heading level (0 removes it) of every non-blank line of the selection.
    static void setHeading(QTextCursor& cursor, int level);
    // The heading level shared by the selected lines: 0 for none, -1 when they differ.
    static int headingLevel(const QTextCursor& cursor);
    static void toggleBulletList(QTextCursor& cursor);
    // Numbers the lines 1., 2., … (continuing a numbered item just above) and renumbers the
    // items that directly follow.
    static void toggleNumberedList(QTextCursor& cursor);
};

} // namespace EventDesk
