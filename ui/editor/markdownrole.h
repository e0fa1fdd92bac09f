#pragma once

namespace EventDesk {

// What a piece of Markdown source is, as far as colouring it goes. The inline scanner and the
// highlighter speak these roles; HighlightPalette turns each into a text format.
enum class MarkdownRole {
    Heading, // the text of a heading
    Marker, // syntax characters: # * > ``` brackets, escapes, setext underlines
    ListMarker, // "* ", "- ", "1. " at the start of a list item
    Emphasis,
    Strong,
    Code, // inline code span
    CodeBlock, // fenced or indented code block lines
    LinkText,
    LinkUrl,
    Rule, // horizontal rule
    HtmlTag,
    Comment, // HTML comments and {::comment} blocks
    Attribute, // kramdown attribute lists and extensions: {: .class}, {::options /}
    Liquid, // {% tag %} and {{ output }}
};

} // namespace EventDesk
