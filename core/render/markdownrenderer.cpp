#include "markdownrenderer.h"

#include "htmlsanitizer.h"
#include "kramdownblocks.h"
#include "kramdowntext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <md4c.h>

#include <algorithm>

namespace EventDesk {

namespace {

using namespace Kramdown;

// ---------------------------------------------------------------------------------------------
// The writer: md4c's events to kramdown's HTML.

struct OpenElement
{
    enum Kind { Block, Span };
    Kind kind = Block;
    int tagStart = 0; // offset in html of the opening tag's `<`
    int tagEnd = 0; // offset in html just before the `>` of the opening tag
    int depth = 0;
    int firstLine = -1;
    int lastLine = -1;
    bool topLevel = false;
    QString headingText; // a heading's text, for its id
    bool isHeading = false;
    bool isItem = false;
    int childBlocks = 0; // blocks directly inside, for a list item
    QString spanTag;
};

struct ItemRecord
{
    bool firstIsParagraph = false;
    int blocks = 0;
    int paragraphOpen = -1; // offset of the first paragraph's <p>
    int paragraphClose = -1; // offset of its </p>
    int paragraphLastLine = -1;
    int closedIndex = -1;
};

struct ListRecord
{
    QVector<ItemRecord> items;
};

struct ClosedBlock
{
    int tagEnd;
    int depth;
    int firstLine;
    int lastLine;
};

class Writer
{
public:
    Writer(const Prepared& prepared, int firstLine)
        : m_prepared(prepared)
        , m_firstLine(firstLine)
    {
    }

    RenderedMarkdown result;

    bool run()
    {
        MD_PARSER parser{};
        parser.abi_version = 0;
        parser.flags = MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTMLBLOCKS;
        parser.enter_block = &Writer::enterBlock;
        parser.leave_block = &Writer::leaveBlock;
        parser.enter_span = &Writer::enterSpan;
        parser.leave_span = &Writer::leaveSpan;
        parser.text = &Writer::textCallback;
        const int status = md_parse(m_prepared.text.constData(), MD_SIZE(m_prepared.text.size()), &parser, this);
        if (status != 0)
            return false;
        flushText();
        applyBlockAttributes();
        appendFootnotes();
        return true;
    }

private:
    static Writer* self(void* userdata) { return static_cast<Writer*>(userdata); }

    static int enterBlock(MD_BLOCKTYPE type, void* detail, void* userdata)
    {
        self(userdata)->onEnterBlock(type, detail);
        return 0;
    }
    static int leaveBlock(MD_BLOCKTYPE type, void* detail, void* userdata)
    {
        self(userdata)->onLeaveBlock(type, detail);
        return 0;
    }
    static int enterSpan(MD_SPANTYPE type, void* detail, void* userdata)
    {
        self(userdata)->onEnterSpan(type, detail);
        return 0;
    }
    static int leaveSpan(MD_SPANTYPE type, void* detail, void* userdata)
    {
        self(userdata)->onLeaveSpan(type, detail);
        return 0;
    }
    static int textCallback(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata)
    {
        self(userdata)->onText(type, text, size);
        return 0;
    }

    int lineOf(const MD_CHAR* pointer) const
    {
        const int offset = int(pointer - m_prepared.text.constData());
        if (offset < 0 || offset > m_prepared.text.size())
            return -1;
        const auto it = std::upper_bound(m_prepared.lineStarts.cbegin(), m_prepared.lineStarts.cend(), offset);
        const int index = int(it - m_prepared.lineStarts.cbegin()) - 1;
        return index >= 0 && index < m_prepared.sourceLines.size() ? m_prepared.sourceLines.at(index) : -1;
    }

    void noteLine(int line)
    {
        if (line < 0)
            return;
        for (OpenElement& element : m_open) {
            if (element.kind != OpenElement::Block)
                continue;
            if (element.firstLine < 0)
                element.firstLine = line;
            element.lastLine = qMax(element.lastLine, line);
        }
    }

    int blockDepth() const
    {
        int depth = 0;
        for (const OpenElement& element : m_open)
            depth += element.kind == OpenElement::Block;
        return depth;
    }

    void openBlock(const QString& tag, const QString& attributes = QString(), bool newlineAfter = true)
    {
        flushText();
        if (!m_open.isEmpty() && m_open.last().isItem) {
            ++m_open.last().childBlocks;
            if (!m_lists.isEmpty() && !m_lists.last().items.isEmpty())
                m_lists.last().items.last().blocks = m_open.last().childBlocks;
        }
        OpenElement element;
        element.kind = OpenElement::Block;
        element.depth = blockDepth();
        element.topLevel = element.depth == 1; // the document is depth 0
        if (element.topLevel)
            result.blocks.append(SourceBlock{0, int(result.html.size())});
        element.tagStart = int(result.html.size());
        result.html += QLatin1Char('<') + tag + attributes;
        element.tagEnd = int(result.html.size());
        result.html += QLatin1Char('>');
        if (newlineAfter)
            result.html += QLatin1Char('\n');
        m_open.append(element);
    }

    void closeBlock(const QString& closing)
    {
        flushText();
        const OpenElement element = m_open.takeLast();
        result.html += closing;
        if (element.topLevel && !result.blocks.isEmpty()) {
            const int line = element.firstLine >= 0 ? element.firstLine : nextContentLine(m_lastBlockLine);
            result.blocks.last().line = line + m_firstLine;
            m_lastBlockLine = qMax(line, element.lastLine) + 1;
        }
        if (element.depth > 0)
            m_closed.append(ClosedBlock{element.tagEnd, element.depth, element.firstLine, element.lastLine});
    }

    void onEnterBlock(MD_BLOCKTYPE type, void* detail)
    {
        switch (type) {
        case MD_BLOCK_DOC: {
            OpenElement document;
            document.depth = 0;
            m_open.append(document);
            break;
        }
        case MD_BLOCK_QUOTE:
            openBlock(QStringLiteral("blockquote"));
            break;
        case MD_BLOCK_UL:
            openBlock(QStringLiteral("ul"));
            m_lists.append(ListRecord());
            break;
        case MD_BLOCK_OL:
            // kramdown numbers every list from 1, whatever its first number.
            openBlock(QStringLiteral("ol"));
            m_lists.append(ListRecord());
            break;
        case MD_BLOCK_LI:
            openBlock(QStringLiteral("li"), QString(), false);
            m_open.last().isItem = true;
            if (!m_lists.isEmpty())
                m_lists.last().items.append(ItemRecord());
            break;
        case MD_BLOCK_HR:
            flushText();
            if (blockDepth() == 1) {
                // A rule has no text to place it: the first line with something on it.
                const int line = nextContentLine(m_lastBlockLine);
                result.blocks.append(SourceBlock{line + m_firstLine, int(result.html.size())});
                m_lastBlockLine = line + 1;
            }
            result.html += QStringLiteral("<hr />\n");
            break;
        case MD_BLOCK_H: {
            const int level = int(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
            openBlock(QStringLiteral("h%1").arg(level), QString(), false);
            m_open.last().isHeading = true;
            m_headingLevel = level;
            break;
        }
        case MD_BLOCK_CODE: {
            const auto* code = static_cast<MD_BLOCK_CODE_DETAIL*>(detail);
            const QString language = QString::fromUtf8(code->lang.text, int(code->lang.size));
            openBlock(QStringLiteral("pre"), QString(), false);
            result.html += language.isEmpty()
                ? QStringLiteral("<code>")
                : QStringLiteral("<code class=\"language-%1\">").arg(language.toHtmlEscaped());
            m_inCode = true;
            break;
        }
        case MD_BLOCK_HTML:
            flushText();
            if (blockDepth() == 1)
                result.blocks.append(SourceBlock{0, int(result.html.size())});
            m_htmlBlockStart = int(result.blocks.size()) - 1;
            m_htmlBlockTop = blockDepth() == 1;
            m_inHtmlBlock = true;
            break;
        case MD_BLOCK_P:
            openBlock(QStringLiteral("p"), QString(), false);
            break;
        case MD_BLOCK_TABLE:
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
        case MD_BLOCK_TR:
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            break; // tables are read before md4c, as kramdown reads them
        }
    }

    void onLeaveBlock(MD_BLOCKTYPE type, void* /*detail*/)
    {
        switch (type) {
        case MD_BLOCK_DOC:
            flushText();
            m_open.clear();
            break;
        case MD_BLOCK_QUOTE:
            closeBlock(QStringLiteral("</blockquote>\n"));
            break;
        case MD_BLOCK_UL:
            settleListParagraphs();
            closeBlock(QStringLiteral("</ul>\n"));
            break;
        case MD_BLOCK_OL:
            settleListParagraphs();
            closeBlock(QStringLiteral("</ol>\n"));
            break;
        case MD_BLOCK_LI:
            closeBlock(QStringLiteral("</li>\n"));
            break;
        case MD_BLOCK_HR:
            break;
        case MD_BLOCK_H: {
            // `## Title {#id}` names the heading's id, as kramdown reads it.
            static const QRegularExpression explicitId(QStringLiteral("[\\t ]\\{#([A-Za-z][\\w:-]*)\\}\\s*$"));
            const QRegularExpressionMatch named = explicitId.match(m_pending);
            if (named.hasMatch())
                m_pending.truncate(named.capturedStart());
            flushText();
            OpenElement& heading = m_open.last();
            const QString id = named.hasMatch() ? named.captured(1) : headingId(heading.headingText);
            result.html.insert(heading.tagEnd, QStringLiteral(" id=\"%1\"").arg(id.toHtmlEscaped()));
            const int shift = int(QStringLiteral(" id=\"%1\"").arg(id.toHtmlEscaped()).size());
            heading.tagEnd += shift;
            closeBlock(QStringLiteral("</h%1>\n").arg(m_headingLevel));
            break;
        }
        case MD_BLOCK_CODE:
            flushText();
            m_inCode = false;
            result.html += QStringLiteral("</code>");
            closeBlock(QStringLiteral("</pre>\n"));
            break;
        case MD_BLOCK_HTML:
            result.html += m_sanitizer.finish();
            m_inHtmlBlock = false;
            if (m_htmlBlockTop && m_htmlBlockStart >= 0 && m_htmlBlockStart < result.blocks.size()) {
                result.blocks[m_htmlBlockStart].line = (m_htmlLine >= 0 ? m_htmlLine : m_lastBlockLine) + m_firstLine;
                m_lastBlockLine = (m_htmlLastLine >= 0 ? m_htmlLastLine : m_lastBlockLine) + 1;
            }
            m_htmlLine = m_htmlLastLine = -1;
            break;
        case MD_BLOCK_P: {
            flushText();
            result.html += m_sanitizer.finish(); // an element left open ends with its paragraph
            if (m_rawBlockEnd == result.html.size() && m_rawBlockStart == m_open.last().tagEnd + 1) {
                // A block written whole (an HTML block, a table): no paragraph around it.
                const OpenElement element = m_open.takeLast();
                result.html.remove(element.tagStart, element.tagEnd + 1 - element.tagStart);
                result.html += QLatin1Char('\n');
                if (element.topLevel && !result.blocks.isEmpty()) {
                    const int line = element.firstLine >= 0 ? element.firstLine : m_lastBlockLine;
                    result.blocks.last().line = line + m_firstLine;
                    m_lastBlockLine = qMax(line, m_rawBlockLastLine) + 1;
                }
                break;
            }
            // The first paragraph of a list item: where kramdown may write it without <p>.
            const bool firstInItem = m_open.size() >= 2 && m_open.at(m_open.size() - 2).isItem
                && m_open.at(m_open.size() - 2).childBlocks == 1 && !m_lists.isEmpty()
                && !m_lists.last().items.isEmpty();
            if (firstInItem) {
                ItemRecord& item = m_lists.last().items.last();
                item.firstIsParagraph = true;
                item.paragraphOpen = m_open.last().tagStart;
                item.paragraphClose = int(result.html.size());
                item.paragraphLastLine = m_open.last().lastLine;
                item.closedIndex = int(m_closed.size());
            }
            closeBlock(QStringLiteral("</p>\n"));
            break;
        }
        default:
            break;
        }
    }

    // kramdown's rule for list items: the first paragraph goes without <p> unless a blank line
    // follows it inside the item (the last item excepted when that blank line ends the list),
    // and the last item keeps its <p> when none of the items before it lost theirs.
    void settleListParagraphs()
    {
        if (m_lists.isEmpty())
            return;
        const ListRecord list = m_lists.takeLast();
        const int n = int(list.items.size());
        QVector<bool> transparent(n, false);
        for (int i = 0; i < n; ++i) {
            const ItemRecord& item = list.items.at(i);
            if (!item.firstIsParagraph)
                continue;
            const bool last = i == n - 1;
            const bool blankAfter = isBlankLine(item.paragraphLastLine + 1);
            const bool a = !blankAfter || (last && item.blocks == 1);
            bool previousTransparent = false;
            for (int j = 0; j < i; ++j)
                previousTransparent = previousTransparent || !list.items.at(j).firstIsParagraph || transparent.at(j);
            const bool b = !last || n == 1 || previousTransparent;
            transparent[i] = a && b;
        }
        for (int i = n - 1; i >= 0; --i) {
            if (!transparent.at(i))
                continue;
            const ItemRecord& item = list.items.at(i);
            if (item.closedIndex >= 0 && item.closedIndex < m_closed.size())
                m_closed[item.closedIndex].depth = -1; // no longer an element attributes can go to
            removeHtml(item.paragraphClose, 4); // </p>
            removeHtml(item.paragraphOpen, 3); // <p>
        }
    }

    int nextContentLine(int line) const
    {
        while (line < m_prepared.bodyLines.size() && m_prepared.bodyLines.at(line).trimmed().isEmpty())
            ++line;
        return line;
    }

    bool isBlankLine(int line) const
    {
        static const QRegularExpression blank(QStringLiteral("^[\\s>]*$"));
        return line >= 0 && line < m_prepared.bodyLines.size() && blank.match(m_prepared.bodyLines.at(line)).hasMatch();
    }

    // Takes characters out of the HTML written so far, moving every offset kept after them.
    void removeHtml(int position, int length)
    {
        result.html.remove(position, length);
        auto shift = [position, length](int& offset) {
            if (offset > position)
                offset -= length;
        };
        for (SourceBlock& block : result.blocks)
            shift(block.htmlOffset);
        for (ClosedBlock& closed : m_closed)
            shift(closed.tagEnd);
        for (OpenElement& element : m_open) {
            shift(element.tagStart);
            shift(element.tagEnd);
        }
        for (ListRecord& list : m_lists) {
            for (ItemRecord& item : list.items) {
                shift(item.paragraphOpen);
                shift(item.paragraphClose);
            }
        }
        shift(m_lastSpanTagEnd);
        shift(m_rawBlockStart);
        shift(m_rawBlockEnd);
    }

    void onEnterSpan(MD_SPANTYPE type, void* detail)
    {
        flushText();
        m_afterSpanClose = false;
        switch (type) {
        case MD_SPAN_EM:
            openSpan(QStringLiteral("em"));
            break;
        case MD_SPAN_STRONG:
            // `***x***`: md4c nests strong in em, kramdown em in strong.
            if (!m_inImage && !m_open.isEmpty() && m_open.last().kind == OpenElement::Span
                && m_open.last().spanTag == QLatin1String("em") && result.html.endsWith(QLatin1String("<em>"))) {
                result.html.chop(4);
                OpenElement& outer = m_open.last();
                outer.spanTag = QStringLiteral("strong-outside");
                result.html += QStringLiteral("<strong");
                outer.tagEnd = int(result.html.size());
                result.html += QStringLiteral("><em");
                OpenElement inner;
                inner.kind = OpenElement::Span;
                inner.spanTag = QStringLiteral("em-inside");
                inner.tagEnd = int(result.html.size());
                result.html += QLatin1Char('>');
                m_open.append(inner);
                break;
            }
            openSpan(QStringLiteral("strong"));
            break;
        case MD_SPAN_DEL:
            openSpan(QStringLiteral("del"));
            break;
        case MD_SPAN_CODE:
            openSpan(QStringLiteral("code"));
            m_inCode = true;
            break;
        case MD_SPAN_A: {
            const auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
            // A refused URL (javascript: and the like) leaves a link that goes nowhere.
            const QString href = HtmlSanitizer::sanitizeUrl(attributeValue(a->href));
            QString attributes = href.isEmpty() ? QString() : QStringLiteral(" href=\"%1\"").arg(href.toHtmlEscaped());
            const QString title = attributeValue(a->title);
            if (!title.isEmpty())
                attributes += QStringLiteral(" title=\"%1\"").arg(title.toHtmlEscaped());
            openSpan(QStringLiteral("a"), attributes);
            break;
        }
        case MD_SPAN_IMG: {
            const auto* image = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
            m_imageSource = HtmlSanitizer::sanitizeUrl(attributeValue(image->src));
            m_imageTitle = attributeValue(image->title);
            m_imageAlt.clear();
            ++m_inImage;
            break;
        }
        default:
            break;
        }
    }

    void onLeaveSpan(MD_SPANTYPE type, void* /*detail*/)
    {
        flushText();
        switch (type) {
        case MD_SPAN_EM:
            closeSpan(!m_open.isEmpty() && m_open.last().spanTag == QLatin1String("strong-outside")
                          ? QStringLiteral("</strong>")
                          : QStringLiteral("</em>"));
            break;
        case MD_SPAN_STRONG:
            closeSpan(!m_open.isEmpty() && m_open.last().spanTag == QLatin1String("em-inside")
                          ? QStringLiteral("</em>")
                          : QStringLiteral("</strong>"));
            break;
        case MD_SPAN_DEL:
            closeSpan(QStringLiteral("</del>"));
            break;
        case MD_SPAN_CODE:
            m_inCode = false;
            closeSpan(QStringLiteral("</code>"));
            break;
        case MD_SPAN_A:
            closeSpan(QStringLiteral("</a>"));
            break;
        case MD_SPAN_IMG:
            if (--m_inImage == 0) {
                QString tag = m_imageSource.isEmpty()
                    ? QStringLiteral("<img alt=\"%1\"").arg(m_imageAlt.toHtmlEscaped())
                    : QStringLiteral("<img src=\"%1\" alt=\"%2\"")
                          .arg(m_imageSource.toHtmlEscaped(), m_imageAlt.toHtmlEscaped());
                if (!m_imageTitle.isEmpty())
                    tag += QStringLiteral(" title=\"%1\"").arg(m_imageTitle.toHtmlEscaped());
                appendHeadingText(QString());
                result.html += tag;
                m_lastSpanTagEnd = int(result.html.size());
                result.html += QStringLiteral(" />");
                m_lastSpanCloseEnd = int(result.html.size());
                m_afterSpanClose = true;
            }
            break;
        default:
            break;
        }
    }

    void openSpan(const QString& tag, const QString& attributes = QString())
    {
        if (m_inImage)
            return;
        OpenElement element;
        element.kind = OpenElement::Span;
        element.spanTag = tag;
        result.html += QLatin1Char('<') + tag + attributes;
        element.tagEnd = int(result.html.size());
        result.html += QLatin1Char('>');
        m_open.append(element);
    }

    void closeSpan(const QString& closing)
    {
        if (m_inImage)
            return;
        const OpenElement element = m_open.takeLast();
        result.html += closing;
        m_lastSpanTagEnd = element.tagEnd;
        m_lastSpanCloseEnd = int(result.html.size());
        m_afterSpanClose = true;
    }

    static QString attributeValue(const MD_ATTRIBUTE& attribute)
    {
        QString value;
        for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
            const QString piece = QString::fromUtf8(attribute.text + attribute.substr_offsets[i],
                                                    int(attribute.substr_offsets[i + 1] - attribute.substr_offsets[i]));
            if (attribute.substr_types[i] == MD_TEXT_ENTITY)
                value += KramdownText::decodeEntity(piece);
            else if (attribute.substr_types[i] == MD_TEXT_NULLCHAR)
                value += QChar(0xFFFD);
            else
                value += piece;
        }
        return value;
    }

    void onText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size)
    {
        const QString chunk = QString::fromUtf8(text, int(size));
        const int line = lineOf(text);
        if (type != MD_TEXT_BR && type != MD_TEXT_SOFTBR)
            noteLine(line);
        if (m_inHtmlBlock) {
            if (m_htmlLine < 0)
                m_htmlLine = line;
            m_htmlLastLine = qMax(m_htmlLastLine, line);
            noteLine(line);
            result.html += htmlChunk(chunk);
            return;
        }
        // Inside a <script> or the like that the sanitizer drops: its text goes too.
        if (m_sanitizer.isDropping() && type != MD_TEXT_HTML)
            return;
        if (m_inImage) {
            if (type == MD_TEXT_ENTITY)
                m_imageAlt += KramdownText::decodeEntity(chunk);
            else if (type == MD_TEXT_SOFTBR)
                m_imageAlt += QLatin1Char('\n');
            else if (type != MD_TEXT_BR)
                m_imageAlt += chunk;
            return;
        }
        if (m_inCode) {
            flushText();
            const QString escaped = type == MD_TEXT_NULLCHAR ? QString(QChar(0xFFFD)) : chunk.toHtmlEscaped();
            result.html += type == MD_TEXT_ENTITY ? chunk : escaped;
            appendHeadingText(chunk);
            return;
        }
        switch (type) {
        case MD_TEXT_NORMAL: {
            QString content = chunk;
            if (m_afterSpanClose && m_pending.isEmpty()) {
                // Span attribute lists right after a link, an image or emphasis.
                AttributeList list;
                while (content.startsWith(QLatin1String("{:"))) {
                    const int close = int(content.indexOf(QLatin1Char('}')));
                    if (close < 0 || !parseAttributes(content.mid(2, close - 2), m_prepared.definitions, &list))
                        break;
                    content = content.mid(close + 1);
                }
                if (!list.isEmpty())
                    result.html.insert(m_lastSpanTagEnd, attributeText(list));
            }
            m_afterSpanClose = false;
            // An escaped character (`\"`) stays as written: md4c hands it over on its own.
            const bool escaped = text > m_prepared.text.constData() && *(text - 1) == '\\' && size == 1;
            if (escaped) {
                flushText();
                m_pending += content;
                flushText(true);
            } else {
                m_pending += content;
            }
            break;
        }
        case MD_TEXT_SOFTBR:
            m_pending += QLatin1Char('\n');
            break;
        case MD_TEXT_BR:
            flushText();
            result.html += QStringLiteral("<br />\n");
            break;
        case MD_TEXT_ENTITY: {
            flushText();
            const QString decoded = KramdownText::decodeEntity(chunk);
            result.html += decoded == chunk ? chunk : decoded.toHtmlEscaped();
            appendHeadingText(decoded);
            break;
        }
        case MD_TEXT_NULLCHAR:
            m_pending += QChar(0xFFFD);
            break;
        case MD_TEXT_HTML:
            flushText();
            result.html += htmlChunk(chunk);
            break;
        default:
            m_pending += chunk;
            break;
        }
    }

    // Raw HTML: sanitized, and `markdown="..."` attributes (kramdown's own) dropped.
    QString htmlChunk(const QString& chunk)
    {
        static const QRegularExpression markdownAttribute(QStringLiteral("\\s+markdown=(\"[^\"]*\"|'[^']*'|\\S+)"));
        QString html = chunk;
        html.replace(markdownAttribute, QString());
        return m_sanitizer.feed(html);
    }

    void appendHeadingText(const QString& text)
    {
        for (OpenElement& element : m_open) {
            if (element.isHeading)
                element.headingText += text;
        }
    }

    // Text waits in m_pending until markup interrupts it, so the typography sees a whole run.
    void flushText(bool literal = false)
    {
        if (m_pending.isEmpty())
            return;
        static const QRegularExpression marker(QStringLiteral("^\\s*\\x{E000}(\\d+)\\x{E001}\\s*$"));
        const QRegularExpressionMatch m = marker.match(m_pending);
        if (m.hasMatch()) {
            m_rawBlockStart = int(result.html.size());
            m_rawBlockLastLine = m_prepared.rawBlockLastLines.value(m.captured(1).toInt());
            result.html += m_prepared.rawBlocks.value(m.captured(1).toInt());
            m_rawBlockEnd = int(result.html.size());
            m_pending.clear();
            return;
        }
        const QString text = literal ? m_pending : KramdownText::typography(m_pending);
        appendHeadingText(text);
        result.html += KramdownText::escapeText(text);
        m_pending.clear();
    }

    // kramdown's GFM header ids: lower case, characters other than word characters, `-`, spaces
    // and tabs dropped, spaces as `-`, repeats numbered.
    QString headingId(const QString& text)
    {
        static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\- \\t]"));
        QString id = text.toLower();
        id.remove(nonWord);
        id.replace(QLatin1Char(' '), QLatin1Char('-')).replace(QLatin1Char('\t'), QLatin1Char('-'));
        const int count = m_headingIds.value(id, -1) + 1;
        m_headingIds.insert(id, count);
        return count > 0 ? id + QStringLiteral("-%1").arg(count) : id;
    }

    // Each `{: ...}` line goes to the outermost block that ends on the line before it, or else
    // to the one that starts on the line after it.
    void applyBlockAttributes()
    {
        QHash<int, AttributeList> byTarget;
        QVector<int> order;
        QSet<int> attributeLines;
        for (const BlockAttributes& block : m_prepared.blockAttributes)
            attributeLines.insert(block.line);
        for (const BlockAttributes& block : m_prepared.blockAttributes) {
            // Several `{: ...}` lines in a row go to the same block.
            int before = block.line - 1;
            while (attributeLines.contains(before))
                --before;
            const ClosedBlock* target = nullptr;
            for (const ClosedBlock& closed : m_closed) {
                if (closed.depth >= 0 && closed.lastLine == before && (!target || closed.depth < target->depth))
                    target = &closed;
            }
            if (!target) {
                for (const ClosedBlock& closed : m_closed) {
                    if (closed.depth >= 0 && closed.firstLine == block.line + 1
                        && (!target || closed.depth < target->depth))
                        target = &closed;
                }
            }
            if (target) {
                if (!byTarget.contains(target->tagEnd))
                    order.append(target->tagEnd);
                mergeInto(byTarget[target->tagEnd], block.attributes);
            }
        }
        QVector<QPair<int, QString>> insertions;
        for (const int tagEnd : order)
            insertions.append({tagEnd, attributeText(byTarget.value(tagEnd))});
        std::sort(insertions.begin(), insertions.end(),
                  [](const QPair<int, QString>& a, const QPair<int, QString>& b) { return a.first > b.first; });
        for (const auto& insertion : insertions) {
            result.html.insert(insertion.first, insertion.second);
            for (SourceBlock& block : result.blocks) {
                if (block.htmlOffset > insertion.first)
                    block.htmlOffset += int(insertion.second.size());
            }
        }
    }

    void appendFootnotes()
    {
        static const QRegularExpression reference(QStringLiteral("\\[\\^([^\\]\\s]+)\\]"));
        if (m_prepared.footnotes.isEmpty())
            return;
        QStringList used;
        QString html;
        int position = 0;
        QRegularExpressionMatchIterator it = reference.globalMatch(result.html);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString name = m.captured(1);
            bool defined = false;
            for (const Footnote& footnote : m_prepared.footnotes)
                defined = defined || footnote.name == name;
            if (!defined)
                continue;
            if (!used.contains(name))
                used.append(name);
            const int number = int(used.indexOf(name)) + 1;
            html += result.html.mid(position, m.capturedStart() - position);
            html += QStringLiteral("<sup id=\"fnref:%1\" role=\"doc-noteref\"><a href=\"#fn:%1\" class=\"footnote\" "
                                   "rel=\"footnote\">%2</a></sup>")
                        .arg(name.toHtmlEscaped())
                        .arg(number);
            position = int(m.capturedEnd());
        }
        html += result.html.mid(position);
        result.html = html;
        if (used.isEmpty())
            return;
        result.html += QStringLiteral("<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n");
        for (const QString& name : used) {
            QString text;
            for (const Footnote& footnote : m_prepared.footnotes) {
                if (footnote.name == name)
                    text = footnote.text;
            }
            QString body = MarkdownRenderer::renderInline(text);
            result.html +=
                QStringLiteral("    <li id=\"fn:%1\" role=\"doc-endnote\">\n      <p>%2 <a href=\"#fnref:%1\" "
                               "class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n")
                    .arg(name.toHtmlEscaped(), body);
        }
        result.html += QStringLiteral("  </ol>\n</div>\n");
    }

    const Prepared& m_prepared;
    const int m_firstLine;
    QVector<OpenElement> m_open;
    QVector<ClosedBlock> m_closed;
    QVector<ListRecord> m_lists;
    int m_headingLevel = 1;
    QHash<QString, int> m_headingIds;
    QString m_pending;
    bool m_inCode = false;
    bool m_inHtmlBlock = false;
    bool m_htmlBlockTop = false;
    int m_htmlBlockStart = -1;
    int m_htmlLine = -1;
    int m_htmlLastLine = -1;
    int m_lastBlockLine = 0;
    int m_inImage = 0;
    QString m_imageSource;
    QString m_imageTitle;
    QString m_imageAlt;
    bool m_afterSpanClose = false;
    int m_rawBlockStart = -1;
    int m_rawBlockLastLine = 0;
    int m_rawBlockEnd = -1;
    int m_lastSpanTagEnd = 0;
    int m_lastSpanCloseEnd = 0;
    HtmlSanitizer m_sanitizer;
};

} // namespace

QString MarkdownRenderer::renderInline(const QString& markdown)
{
    const Prepared prepared = prepare(markdown, false);
    Writer writer(prepared, 1);
    if (!writer.run())
        return markdown.toHtmlEscaped();
    QString html = writer.result.html.trimmed();
    if (html.startsWith(QLatin1String("<p>")) && html.endsWith(QLatin1String("</p>"))
        && html.count(QLatin1String("<p>")) == 1)
        html = html.mid(3, html.size() - 7);
    return html;
}

RenderedMarkdown MarkdownRenderer::render(const QString& markdown, int firstLine)
{
    const Prepared prepared = prepare(KramdownText::liquidPlaceholders(markdown), true);
    Writer writer(prepared, firstLine);
    if (!writer.run()) {
        RenderedMarkdown fallback;
        fallback.html = QStringLiteral("<pre>%1</pre>").arg(markdown.toHtmlEscaped());
        return fallback;
    }
    return writer.result;
}

} // namespace EventDesk
