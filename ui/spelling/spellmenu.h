#pragma once

#include "spell/spellchecker.h"

#include <functional>

class QContextMenuEvent;
class QMenu;
class QPlainTextEdit;
class QTextBlock;

namespace EventDesk {

class SpellService;

// The spelling part of an editor's context menu: when the word at a position is misspelled, its
// suggestions (choosing one replaces the word), "Add to Dictionary" and "Ignore", put before the
// menu's own actions.
class SpellMenu
{
public:
    // Replaces `length` characters at `position` of the text with a suggestion, as an edit of the
    // editor (one undo step).
    using Replace = std::function<void(int position, int length, const QString& replacement)>;

    // True when something was added.
    static bool addTo(QMenu* menu,
                      SpellService* service,
                      const QString& text,
                      int position,
                      SpellChecker::TextKind kind,
                      const Replace& replace);
    // The same for a plain text editor's menu opened by `event`: the word under the pointer (or
    // the text cursor, from the keyboard) when it is underlined and the editor is not read-only;
    // a suggestion replaces it as an edit of the editor's document.
    static bool addTo(QMenu* menu,
                      SpellService* service,
                      QPlainTextEdit* edit,
                      const QContextMenuEvent* event,
                      SpellChecker::TextKind kind);
    // Whether the highlighter underlined the character at (or just before) a position of a
    // block: the menu offers suggestions only for the words the user sees marked.
    static bool isUnderlined(const QTextBlock& block, int positionInBlock);
    // The misspelled word at (or just before) a position of the text, or {0, 0}.
    static SpellChecker::Word
    wordAt(const SpellService* service, const QString& text, int position, SpellChecker::TextKind kind);
};

} // namespace EventDesk
