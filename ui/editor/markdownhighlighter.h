#pragma once

#include "highlightpalette.h"
#include "markdowninlinescanner.h"

#include <QSyntaxHighlighter>

namespace EventDesk {

class SpellService;

// Colours the kramdown Markdown (with Liquid) of an event page body: headings (ATX and setext),
// emphasis, code spans and fenced or indented code blocks, links, images and reference
// definitions, autolinks, list and quote markers, rules, HTML tags and comments, kramdown
// attribute lists and extensions, Liquid tags. Constructs spanning lines are carried in the block
// state. Colours come from a HighlightPalette, so follow the widget palette (setPalette).
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument* document);

    void setPalette(const HighlightPalette& palette);
    const HighlightPalette& palette() const { return m_palette; }

    // Whether a "---" first line opens a YAML front matter (true when the text is a whole file,
    // as when its front matter does not parse; false for a body, where it is a rule).
    void setFrontMatterAllowed(bool allowed);
    bool frontMatterAllowed() const { return m_frontMatterAllowed; }

    // Underlines misspelled words of prose lines (not code, markup, Liquid or addresses) with the
    // service's dictionary; nullptr: no spelling. The service outlives the highlighter.
    void setSpellService(SpellService* service);
    SpellService* spellService() const { return m_spelling; }

protected:
    void highlightBlock(const QString& text) override;

private:
    void apply(int start, int length, MarkdownRole role);
    void applyInline(const QString& text, int from, int& state);
    bool highlightContinuation(const QString& text, int& state, int& from);
    bool highlightCodeBlock(const QString& text, int previous, int& state);
    void highlightLineStart(const QString& text, int previous, int& state, int& from);
    void checkSetextUnderline(const QString& text, int previous);
    bool highlightFrontMatter(const QString& text, int& state);

    // Colours a line; returns where its prose starts, or -1 when it has none (code, front
    // matter, inside a comment or tag).
    int highlightMarkdown(const QString& text);
    void underlineMisspelled(const QString& text, int from, int to);

    HighlightPalette m_palette;
    SpellService* m_spelling = nullptr;
    bool m_frontMatterAllowed = false;
};

} // namespace EventDesk
