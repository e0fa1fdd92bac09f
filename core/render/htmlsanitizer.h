#pragma once

#include <QString>

namespace EventDesk {

// Makes raw HTML from a Markdown body safe to show: md4c hands it over in pieces (the lines of an
// HTML block, single inline tags), so the sanitizer keeps what it cannot decide yet (a tag cut
// between two pieces, the inside of a <script>) for the next piece.
//
// Removed: <script>, <style>, <iframe> and <object> elements with everything inside them,
// <embed> tags, every `on*` attribute, and URL attributes (href, src, action, formaction,
// xlink:href, poster, background) holding a javascript:, vbscript: or data: URL (data:image/png,
// jpeg, gif and webp excepted), read as a browser reads them: entities decoded, case ignored,
// control characters and whitespace dropped. Everything else is kept byte for byte: kramdown
// keeps raw HTML as written, and the preview is compared with kramdown's output.
//
//     HtmlSanitizer sanitizer;
//     for (const QString& chunk : chunks)
//         html += sanitizer.feed(chunk);
//     html += sanitizer.finish();
class HtmlSanitizer
{
public:
    // The safe HTML the chunk completes; part of it may come out of a later feed() or finish().
    QString feed(const QString& chunk);
    // The end of the input: what was held back, made safe (an element left open is dropped to
    // the end, as a browser would run it to the end). The sanitizer can then be used again.
    QString finish();
    // Whether the input is inside a dropped element (<script>, <object>…): text the caller writes
    // itself between two chunks (md4c's text between inline tags) must be dropped as well.
    bool isDropping() const { return !m_rawTextElement.isEmpty() || m_objectDepth > 0; }

    // One whole fragment.
    static QString sanitize(const QString& html);

    // Whether a URL (as written in an attribute: entities allowed) may be followed or loaded.
    static bool isSafeUrl(const QString& url);
    // For Markdown link and image URLs: the URL unchanged, or an empty string when refused.
    static QString sanitizeUrl(const QString& url);

private:
    QString process(bool atEnd);

    QString m_pending; // input not decided yet, from the first byte that needs more
    QString m_rawTextElement; // "script" while inside <script>…</script>: text to drop
    int m_objectDepth = 0; // inside <object>: markup to drop, nested objects counted
};

} // namespace EventDesk
