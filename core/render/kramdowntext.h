#pragma once

#include <QString>

namespace EventDesk {

// What kramdown does to the text between markup, with the options Jekyll gives it.
class KramdownText
{
public:
    // Typographic quotes (smart_quotes lsquo,rsquo,ldquo,rdquo: kramdown's rules, which look at
    // the character before a quote and after it), `---` -> —, `--` -> –, `...` -> …, `<<` -> «,
    // `>>` -> » (with a no-break space when written `<< ` or ` >>`). `run` is text with no markup
    // inside: what kramdown's span parser scans in one go.
    static QString typography(const QString& run);
    // Text as HTML: `&`, `<` and `>` escaped, nothing else.
    static QString escapeText(const QString& text);
    // `&eacute;`, `&#233;`, `&#xE9;` as the character; an unknown name as written.
    static QString decodeEntity(const QString& entity);
    // Liquid tags (`{% … %}`, `{{ … }}`) as a visible, neutral placeholder: Jekyll evaluates them
    // before kramdown runs, the preview does not.
    static QString liquidPlaceholders(const QString& markdown);
};

} // namespace EventDesk
