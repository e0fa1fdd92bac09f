#include "markdownhighlighter.h"

#include "check/markdownprose.h"
#include "spellservice.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace EventDesk {

namespace {

using Open = MarkdownInlineScanner::Open;

// A block's state: what kind of line it is (or the multi-line construct it is inside) in the low
// bits, flags about the line for the next one, and for fenced code the fence that closes it.
enum StateBits : int {
    KindMask = 0xF,
    Normal = 0,
    FencedCode = 1,
    HtmlComment = 2,
    KramdownComment = 3,
    HtmlTag = 4,
    IndentedCode = 5,
    FrontMatter = 6,
    Blank = 0x10, // a blank line (or the start of the body)
    InList = 0x20, // inside a list: indented lines continue items, they are not code
    Paragraph = 0x40, // paragraph text: a following === or --- makes it a setext heading
    SetextText = 0x80, // coloured as a setext heading
    FenceLengthShift = 8, // 8 bits of fence length
    TildeFence = 0x10000,
    // For spelling: the Liquid the line ends inside (MarkdownProse::LiquidState), 3 bits.
    LiquidShift = 17,
    LiquidMask = 0x7 << LiquidShift,
};

QRegularExpression pattern(const char* source)
{
    return QRegularExpression(QLatin1String(source), QRegularExpression::UseUnicodePropertiesOption);
}

bool isBlank(const QString& text)
{
    return text.trimmed().isEmpty();
}

bool isIndentedCode(const QString& text)
{
    return text.startsWith(QLatin1Char('\t')) || text.startsWith(QLatin1String("    "));
}

bool isSetextUnderline(const QString& text)
{
    static const QRegularExpression underline = pattern(R"(^ {0,3}(?:=+|-+)[ \t]*$)");
    return underline.match(text).hasMatch();
}

int kindOf(Open open)
{
    switch (open) {
    case Open::HtmlComment:
        return HtmlComment;
    case Open::KramdownComment:
        return KramdownComment;
    case Open::HtmlTag:
        return HtmlTag;
    case Open::None:
        break;
    }
    return Normal;
}

Open openOf(int kind)
{
    switch (kind) {
    case HtmlComment:
        return Open::HtmlComment;
    case KramdownComment:
        return Open::KramdownComment;
    case HtmlTag:
        return Open::HtmlTag;
    default:
        return Open::None;
    }
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
}

void MarkdownHighlighter::setPalette(const HighlightPalette& palette)
{
    m_palette = palette;
    rehighlight();
}

void MarkdownHighlighter::setFrontMatterAllowed(bool allowed)
{
    if (m_frontMatterAllowed == allowed)
        return;
    m_frontMatterAllowed = allowed;
    rehighlight();
}

void MarkdownHighlighter::highlightBlock(const QString& text)
{
    const int previous = previousBlockState();
    const auto liquid = previous < 0 ? MarkdownProse::OutsideLiquid
                                     : MarkdownProse::LiquidState((previous & LiquidMask) >> LiquidShift);
    const int from = highlightMarkdown(text);
    // Liquid over several lines is followed for the spelling alone (its colours are inline).
    int proseStart = 0;
    int proseEnd = 0;
    const MarkdownProse::LiquidState next = MarkdownProse::liquidLine(text, liquid, &proseStart, &proseEnd);
    setCurrentBlockState((currentBlockState() & ~LiquidMask) | (int(next) << LiquidShift));
    if (m_spelling && from >= 0)
        underlineMisspelled(text, qMax(from, proseStart), proseEnd);
}

int MarkdownHighlighter::highlightMarkdown(const QString& text)
{
    int previous = previousBlockState();
    if (previous < 0)
        previous = Blank;
    checkSetextUnderline(text, previous);

    int state = Normal;
    int from = 0;
    if (highlightFrontMatter(text, state)) {
        setCurrentBlockState(state);
        return -1;
    }
    if (highlightContinuation(text, state, from)) {
        setCurrentBlockState(state | (previous & InList));
        return -1;
    }
    if (from == 0) {
        if (isBlank(text)) {
            setCurrentBlockState(Blank | (previous & InList));
            return -1;
        }
        if (highlightCodeBlock(text, previous, state)) {
            setCurrentBlockState(state);
            return -1;
        }
        highlightLineStart(text, previous, state, from);
    }
    applyInline(text, from, state);
    setCurrentBlockState(state);
    // Prose from `from` (after the end of a comment or tag of the lines before); not a line that
    // leaves a comment or tag open.
    return (state & KindMask) == Normal ? from : -1;
}

void MarkdownHighlighter::setSpellService(SpellService* service)
{
    if (m_spelling)
        disconnect(m_spelling, nullptr, this, nullptr);
    m_spelling = service;
    if (service)
        connect(service, &SpellService::changed, this, &QSyntaxHighlighter::rehighlight);
    rehighlight();
}

void MarkdownHighlighter::underlineMisspelled(const QString& text, int from, int to)
{
    const QVector<SpellChecker::Word> wrong = m_spelling->misspelled(text, SpellChecker::TextKind::Markdown);
    for (const SpellChecker::Word& word : wrong) {
        if (word.position < from || word.position + word.length > to)
            continue;
        for (int i = word.position; i < word.position + word.length; ++i) {
            QTextCharFormat merged = format(i);
            SpellService::underline(&merged);
            setFormat(i, 1, merged);
        }
    }
}

void MarkdownHighlighter::apply(int start, int length, MarkdownRole role)
{
    const QTextCharFormat add = m_palette.format(role);
    for (int i = start; i < start + length; ++i) {
        QTextCharFormat merged = format(i);
        merged.merge(add);
        setFormat(i, 1, merged);
    }
}

void MarkdownHighlighter::applyInline(const QString& text, int from, int& state)
{
    if (from >= text.size())
        return;
    const MarkdownInlineScanner::Result result = MarkdownInlineScanner::scan(text, from);
    for (const auto& span : result.spans)
        apply(span.start, span.length, span.role);
    if (result.open != Open::None)
        state = (state & ~KindMask) | kindOf(result.open);
}

// The YAML front matter of a whole file: its delimiters, keys and list dashes.
bool MarkdownHighlighter::highlightFrontMatter(const QString& text, int& state)
{
    static const QRegularExpression delimiter = pattern(R"(^(?:---|\.\.\.)[ \t]*$)");
    static const QRegularExpression key = pattern(R"(^([ \t]*)(- )?(?:([^\s#:'"-][^\s:#]*):(?=\s|$))?)");
    const bool first = !currentBlock().previous().isValid();
    const bool inside = !first && (previousBlockState() & KindMask) == FrontMatter;
    if (first && m_frontMatterAllowed && text.startsWith(QLatin1String("---")) && delimiter.match(text).hasMatch()) {
        apply(0, int(text.size()), MarkdownRole::Marker);
        state = FrontMatter;
        return true;
    }
    if (!inside)
        return false;
    if (delimiter.match(text).hasMatch()) {
        apply(0, int(text.size()), MarkdownRole::Marker);
        state = Blank;
        return true;
    }
    const auto m = key.match(text);
    if (m.hasCaptured(2))
        apply(int(m.capturedStart(2)), 1, MarkdownRole::ListMarker);
    if (m.hasCaptured(3))
        apply(int(m.capturedStart(3)), int(m.capturedLength(3)) + 1, MarkdownRole::Attribute);
    state = FrontMatter;
    return true;
}

// Inside a comment or tag opened on an earlier line: colours up to where it closes. Returns true
// when the whole line belongs to it; otherwise `from` is where the rest of the line starts.
bool MarkdownHighlighter::highlightContinuation(const QString& text, int& state, int& from)
{
    const int kind = previousBlockState() < 0 ? Normal : previousBlockState() & KindMask;
    const Open open = openOf(kind);
    if (open == Open::None)
        return false;
    const MarkdownRole role = open == Open::HtmlTag ? MarkdownRole::HtmlTag : MarkdownRole::Comment;
    const int end = MarkdownInlineScanner::closeOf(open, text);
    if (end < 0) {
        apply(0, int(text.size()), role);
        state = kind;
        return true;
    }
    apply(0, end, role);
    from = end;
    if (from >= text.size()) {
        state = Normal;
        return true;
    }
    return false;
}

bool MarkdownHighlighter::highlightCodeBlock(const QString& text, int previous, int& state)
{
    const int kind = previous & KindMask;
    if (kind == FencedCode) {
        const QChar fence = (previous & TildeFence) ? QLatin1Char('~') : QLatin1Char('`');
        const int length = (previous >> FenceLengthShift) & 0xFF;
        int i = 0;
        while (i < text.size() && i < 3 && text.at(i) == QLatin1Char(' '))
            ++i;
        int run = 0;
        while (i + run < text.size() && text.at(i + run) == fence)
            ++run;
        const bool closes = run >= length && isBlank(text.mid(i + run));
        apply(0, int(text.size()), closes ? MarkdownRole::Marker : MarkdownRole::CodeBlock);
        state = closes ? Normal : previous & ~(Blank | Paragraph | SetextText | InList);
        return true;
    }
    static const QRegularExpression opening = pattern(R"(^ {0,3}(`{3,}(?=[^`]*$)|~{3,}))");
    const auto m = opening.match(text);
    if (m.hasMatch()) {
        apply(0, int(text.size()), MarkdownRole::Marker);
        const int length = qMin(int(m.capturedLength(1)), 0xFF);
        state =
            FencedCode | (length << FenceLengthShift) | (m.captured(1).startsWith(QLatin1Char('~')) ? TildeFence : 0);
        return true;
    }
    if (isIndentedCode(text) && (kind == IndentedCode || ((previous & Blank) && !(previous & InList)))) {
        apply(0, int(text.size()), MarkdownRole::CodeBlock);
        state = IndentedCode;
        return true;
    }
    return false;
}

// Block syntax at the start of a line: quote markers, headings, rules, setext underlines,
// reference definitions, list markers. Sets `from` to where the inline text starts.
void MarkdownHighlighter::highlightLineStart(const QString& text, int previous, int& state, int& from)
{
    static const QRegularExpression quote = pattern(R"(^(?: {0,3}>[ ]?)+)");
    static const QRegularExpression heading = pattern(R"(^ {0,3}(#{1,6})(?!#)[ \t]*(.*?)(?:[ \t]+(#+))?[ \t]*$)");
    static const QRegularExpression rule = pattern(R"(^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$)");
    static const QRegularExpression definition = pattern(R"(^ {0,3}(\[)([^\]]+)(\]:)[ \t]*(\S*)(.*)$)");
    static const QRegularExpression listItem = pattern(R"(^[ \t]*([*+-]|\d{1,9}[.)])(?:[ \t]+|$))");

    const auto q = quote.match(text);
    if (q.hasMatch()) {
        apply(0, int(q.capturedLength()), MarkdownRole::Marker);
        from = int(q.capturedLength());
    }
    const QString rest = text.mid(from);
    const bool continuesList = (previous & InList) && (isIndentedCode(text) || !(previous & Blank));

    if (const auto h = heading.match(rest); h.hasMatch()) {
        apply(from + int(h.capturedStart(1)), int(h.capturedLength(1)), MarkdownRole::Marker);
        apply(from + int(h.capturedStart(2)), int(h.capturedLength(2)), MarkdownRole::Heading);
        if (h.hasCaptured(3))
            apply(from + int(h.capturedStart(3)), int(h.capturedLength(3)), MarkdownRole::Marker);
        from += int(h.capturedStart(2));
        return;
    }
    if ((previous & Paragraph) && isSetextUnderline(rest) && from == 0) {
        apply(0, int(text.size()), MarkdownRole::Marker);
        from = int(text.size());
        return;
    }
    if (rule.match(rest).hasMatch()) {
        apply(from, int(rest.size()), MarkdownRole::Rule);
        from = int(text.size());
        return;
    }
    if (const auto d = definition.match(rest); d.hasMatch()) {
        apply(from + int(d.capturedStart(1)), 1, MarkdownRole::Marker);
        apply(from + int(d.capturedStart(2)), int(d.capturedLength(2)), MarkdownRole::LinkText);
        apply(from + int(d.capturedStart(3)), 2, MarkdownRole::Marker);
        apply(from + int(d.capturedStart(4)), int(d.capturedLength(4)), MarkdownRole::LinkUrl);
        apply(from + int(d.capturedStart(5)), int(d.capturedLength(5)), MarkdownRole::LinkText);
        from = int(text.size());
        return;
    }
    if (const auto l = listItem.match(rest); l.hasMatch()) {
        apply(from + int(l.capturedStart(1)), int(l.capturedLength(1)), MarkdownRole::ListMarker);
        from += int(l.capturedLength());
        state |= InList;
        return;
    }
    if (continuesList)
        state |= InList;
    state |= Paragraph;
    // A paragraph line followed by === or --- is a setext heading.
    const QTextBlock next = currentBlock().next();
    if (from == 0 && next.isValid() && isSetextUnderline(next.text())) {
        apply(0, int(text.size()), MarkdownRole::Heading);
        state |= SetextText;
    }
}

// The line under a paragraph decides whether that paragraph is a setext heading: when what this
// line says differs from how the paragraph was coloured, colour the paragraph again.
void MarkdownHighlighter::checkSetextUnderline(const QString& text, int previous)
{
    if (!(previous & Paragraph) || (previous & KindMask) != Normal)
        return;
    if (isSetextUnderline(text) == bool(previous & SetextText))
        return;
    const int number = currentBlock().blockNumber() - 1;
    QMetaObject::invokeMethod(
        this,
        [this, number] {
            if (document() == nullptr)
                return;
            const QTextBlock block = document()->findBlockByNumber(number);
            if (block.isValid())
                rehighlightBlock(block);
        },
        Qt::QueuedConnection);
}

} // namespace EventDesk
