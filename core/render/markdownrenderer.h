#pragma once

#include <QString>
#include <QVector>

namespace EventDesk {

// One top-level block of a rendered body: the source line it starts on and where its HTML
// starts in RenderedMarkdown::html (for scroll sync and for jumping from the preview to the text).
struct SourceBlock
{
    int line = 0; // 1-based, in the text given to render() (plus its first line)
    int htmlOffset = 0; // in RenderedMarkdown::html, at the block's opening tag
};

struct RenderedMarkdown
{
    QString html;
    QVector<SourceBlock> blocks; // in document order
};

// Markdown to HTML as the site renders it: kramdown as Jekyll configures it (GFM input,
// hard_wrap false, auto_ids, smart quotes), on md4c's parser with a writer of its own. Raw HTML
// passes through sanitized (no script, iframe, event handler or javascript: URL). Liquid tags
// are not evaluated: they show as a neutral placeholder. URLs stay as written.
class MarkdownRenderer
{
public:
    // `firstLine` is the file line the text starts on (the body's first line), so blocks carry
    // file lines.
    static RenderedMarkdown render(const QString& markdown, int firstLine = 1);
    // A short text such as a lead paragraph: the same rendering.
    static QString toHtml(const QString& markdown) { return render(markdown).html; }
    // Text for a table cell or a footnote: a paragraph's inside, without the <p>.
    static QString renderInline(const QString& markdown);
};

} // namespace EventDesk
