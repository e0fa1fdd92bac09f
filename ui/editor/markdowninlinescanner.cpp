#include "markdowninlinescanner.h"

#include <QRegularExpression>

namespace EventDesk {

namespace {

using Span = MarkdownInlineScanner::Span;
using Open = MarkdownInlineScanner::Open;

// A character that matches none of the syntax patterns, written over what is already claimed.
constexpr QChar Claimed = QChar(0x1);

QRegularExpression pattern(const char* source)
{
    return QRegularExpression(QLatin1String(source), QRegularExpression::UseUnicodePropertiesOption);
}

// How a span relates to what earlier steps have claimed.
enum class Mode {
    Claim, // colours the free characters and claims them (code, Liquid, tags, URLs)
    Free, // colours the free characters only (link text)
    Overlay, // merges over everything (emphasis, which adds no colour)
};

class Scanner
{
public:
    Scanner(const QString& text, int from)
        : m_text(text)
        , m_masked(text)
        , m_taken(text.size(), false)
    {
        for (int i = 0; i < from && i < text.size(); ++i)
            claim(i);
    }

    void add(int start, int length, MarkdownRole role, Mode mode)
    {
        if (length <= 0)
            return;
        if (mode == Mode::Overlay) {
            m_result.spans.append({start, length, role});
            return;
        }
        int run = -1;
        for (int i = start; i <= start + length; ++i) {
            const bool free = i < start + length && !m_taken.at(i);
            if (free && run < 0)
                run = i;
            if (!free && run >= 0) {
                m_result.spans.append({run, i - run, role});
                run = -1;
            }
        }
        if (mode == Mode::Claim) {
            for (int i = start; i < start + length; ++i)
                claim(i);
        }
    }

    // Colours a construct left open at the end of the line and stops the scan there.
    void openToEnd(int start, MarkdownRole role, Open open)
    {
        add(start, int(m_text.size()) - start, role, Mode::Claim);
        m_result.open = open;
    }

    bool isFree(int position) const { return position < m_taken.size() && !m_taken.at(position); }
    const QString& masked() const { return m_masked; }
    const QString& text() const { return m_text; }
    MarkdownInlineScanner::Result result() const { return m_result; }
    bool isOpen() const { return m_result.open != Open::None; }

private:
    void claim(int i)
    {
        m_taken[i] = true;
        m_masked[i] = Claimed;
    }

    const QString& m_text;
    QString m_masked;
    QList<bool> m_taken;
    MarkdownInlineScanner::Result m_result;
};

void scanEscapes(Scanner& s)
{
    static const QRegularExpression escape = pattern(R"(\\[\\`*_{}\[\]()#+\-.!<>|:"'$%])");
    for (auto it = escape.globalMatch(s.masked()); it.hasNext();) {
        const auto m = it.next();
        s.add(int(m.capturedStart()), 2, MarkdownRole::Marker, Mode::Claim);
    }
}

void scanLiquid(Scanner& s)
{
    static const QRegularExpression liquid = pattern(R"(\{%.*?%\}|\{\{.*?\}\})");
    for (auto it = liquid.globalMatch(s.masked()); it.hasNext();) {
        const auto m = it.next();
        s.add(int(m.capturedStart()), int(m.capturedLength()), MarkdownRole::Liquid, Mode::Claim);
    }
}

void scanCodeSpans(Scanner& s)
{
    const QString& text = s.masked();
    int i = 0;
    while (i < text.size()) {
        if (text.at(i) != QLatin1Char('`')) {
            ++i;
            continue;
        }
        int run = i;
        while (run < text.size() && text.at(run) == QLatin1Char('`'))
            ++run;
        const int width = run - i;
        // The closing run has exactly the same number of backticks.
        int close = run;
        int found = -1;
        while (close < text.size()) {
            if (text.at(close) != QLatin1Char('`')) {
                ++close;
                continue;
            }
            int end = close;
            while (end < text.size() && text.at(end) == QLatin1Char('`'))
                ++end;
            if (end - close == width) {
                found = close;
                break;
            }
            close = end;
        }
        if (found < 0) {
            i = run; // literal backticks
            continue;
        }
        s.add(i, width, MarkdownRole::Marker, Mode::Claim);
        s.add(run, found - run, MarkdownRole::Code, Mode::Claim);
        s.add(found, width, MarkdownRole::Marker, Mode::Claim);
        i = found + width;
    }
}

void scanComments(Scanner& s)
{
    static const QRegularExpression html = pattern(R"(<!--.*?(?:-->|$))");
    static const QRegularExpression kramdown = pattern(R"(\{::comment\}(.*?)(?:(\{:/(?:comment)?\})|$))");
    for (auto it = html.globalMatch(s.masked()); it.hasNext() && !s.isOpen();) {
        const auto m = it.next();
        if (!m.captured().endsWith(QLatin1String("-->")) || m.capturedLength() < 7) {
            s.openToEnd(int(m.capturedStart()), MarkdownRole::Comment, Open::HtmlComment);
            return;
        }
        s.add(int(m.capturedStart()), int(m.capturedLength()), MarkdownRole::Comment, Mode::Claim);
    }
    for (auto it = kramdown.globalMatch(s.masked()); it.hasNext();) {
        const auto m = it.next();
        s.add(int(m.capturedStart()), 12, MarkdownRole::Attribute, Mode::Claim);
        if (!m.hasCaptured(2)) {
            s.openToEnd(int(m.capturedStart(1)), MarkdownRole::Comment, Open::KramdownComment);
            return;
        }
        s.add(int(m.capturedStart(1)), int(m.capturedLength(1)), MarkdownRole::Comment, Mode::Claim);
        s.add(int(m.capturedStart(2)), int(m.capturedLength(2)), MarkdownRole::Attribute, Mode::Claim);
    }
}

void scanAttributes(Scanner& s)
{
    // {: .class #id key="v"}, {:.x}, {:ref: ...}, {::options ... /}, {:/}, and a header's {#id}.
    static const QRegularExpression attribute = pattern(R"(\{:(?:[^}"'\x01]|"[^"]*"|'[^']*')*\}|\{#[\w-]+\}\s*$)");
    for (auto it = attribute.globalMatch(s.masked()); it.hasNext();) {
        const auto m = it.next();
        s.add(int(m.capturedStart()), int(m.capturedLength()), MarkdownRole::Attribute, Mode::Claim);
    }
}

void scanTags(Scanner& s)
{
    static const QRegularExpression autolink =
        pattern(R"(<((?:https?|ftp|mailto):[^\s<>]*|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)>)");
    for (auto it = autolink.globalMatch(s.masked()); it.hasNext();) {
        const auto m = it.next();
        s.add(int(m.capturedStart()), 1, MarkdownRole::Marker, Mode::Claim);
        s.add(int(m.capturedStart(1)), int(m.capturedLength(1)), MarkdownRole::LinkUrl, Mode::Claim);
        s.add(int(m.capturedEnd(1)), 1, MarkdownRole::Marker, Mode::Claim);
    }
    static const QRegularExpression tag = pattern(R"(</?[A-Za-z][A-Za-z0-9-]*(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*?)?/?>)");
    for (auto it = tag.globalMatch(s.masked()); it.hasNext();) {
        const auto m = it.next();
        s.add(int(m.capturedStart()), int(m.capturedLength()), MarkdownRole::HtmlTag, Mode::Claim);
    }
    // A tag whose attributes continue on the next line.
    static const QRegularExpression openTag = pattern(R"(<[A-Za-z][A-Za-z0-9-]*(?:\s(?:[^<>"']|"[^"]*")*)?$)");
    const auto m = openTag.match(s.masked());
    if (m.hasMatch())
        s.openToEnd(int(m.capturedStart()), MarkdownRole::HtmlTag, Open::HtmlTag);
}

void scanLinks(Scanner& s)
{
    // [text](url "title"), ![alt](src), [text][ref], with one level of brackets inside the text.
    static const QRegularExpression link = pattern(
        R"((!?\[)((?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)(\])(?:(\()\s*([^()\s]*(?:\s+(?:"[^"]*"|'[^']*'))?)\s*(\))|(\[)([^\[\]]*)(\])))");
    for (auto it = link.globalMatch(s.masked()); it.hasNext();) {
        const auto m = it.next();
        const int open = int(m.capturedStart(1));
        s.add(open, int(m.capturedLength(1)), MarkdownRole::Marker, Mode::Claim);
        s.add(int(m.capturedStart(3)), 1, MarkdownRole::Marker, Mode::Claim);
        const int first = m.hasCaptured(4) ? 4 : 7;
        s.add(int(m.capturedStart(first)), 1, MarkdownRole::Marker, Mode::Claim);
        s.add(int(m.capturedStart(first + 1)), int(m.capturedLength(first + 1)), MarkdownRole::LinkUrl, Mode::Claim);
        s.add(int(m.capturedStart(first + 2)), 1, MarkdownRole::Marker, Mode::Claim);
        s.add(int(m.capturedStart(2)), int(m.capturedLength(2)), MarkdownRole::LinkText, Mode::Free);
    }
}

void scanEmphasis(Scanner& s)
{
    static const QRegularExpression strong =
        pattern(R"(\*\*(?=[^\s*])(.+?)(?<=\S)\*\*|(?<![\w_])__(?=[^\s_])(.+?)(?<=\S)__(?![\w_]))");
    static const QRegularExpression emphasis =
        pattern(R"(\*(?=[^\s*])(.+?)(?<=[^\s*])\*|(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_]))");
    const struct
    {
        const QRegularExpression& expression;
        int width;
        MarkdownRole role;
    } passes[] = {{strong, 2, MarkdownRole::Strong}, {emphasis, 1, MarkdownRole::Emphasis}};
    for (const auto& pass : passes) {
        for (auto it = pass.expression.globalMatch(s.masked()); it.hasNext();) {
            const auto m = it.next();
            const int start = int(m.capturedStart());
            const int end = int(m.capturedEnd());
            s.add(start, pass.width, MarkdownRole::Marker, Mode::Claim);
            s.add(end - pass.width, pass.width, MarkdownRole::Marker, Mode::Claim);
            s.add(start + pass.width, end - start - 2 * pass.width, pass.role, Mode::Overlay);
        }
    }
}

} // namespace

MarkdownInlineScanner::Result MarkdownInlineScanner::scan(const QString& text, int from)
{
    Scanner scanner(text, from);
    // Liquid runs before Markdown (Jekyll renders it first), so it wins even inside code spans.
    scanEscapes(scanner);
    scanLiquid(scanner);
    scanCodeSpans(scanner);
    scanComments(scanner);
    if (!scanner.isOpen())
        scanAttributes(scanner);
    if (!scanner.isOpen())
        scanTags(scanner);
    scanLinks(scanner);
    scanEmphasis(scanner);
    return scanner.result();
}

int MarkdownInlineScanner::closeOf(Open open, const QString& text)
{
    switch (open) {
    case Open::None:
        return 0;
    case Open::HtmlComment: {
        const int end = int(text.indexOf(QLatin1String("-->")));
        return end < 0 ? -1 : end + 3;
    }
    case Open::KramdownComment: {
        static const QRegularExpression close = pattern(R"(\{:/(?:comment)?\})");
        const auto m = close.match(text);
        return m.hasMatch() ? int(m.capturedEnd()) : -1;
    }
    case Open::HtmlTag: {
        // The first '>' outside a quoted attribute value.
        QChar quote;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
            } else if (c == QLatin1Char('>')) {
                return i + 1;
            }
        }
        return -1;
    }
    }
    return -1;
}

} // namespace EventDesk
