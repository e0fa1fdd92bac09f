#include "kramdownblocks.h"

#include "htmlsanitizer.h"
#include "markdownrenderer.h"

#include <QRegularExpression>

namespace EventDesk::Kramdown {

void mergeInto(AttributeList& into, const AttributeList& from)
{
    if (!from.id.isEmpty())
        into.id = from.id;
    for (const QString& c : from.classes) {
        if (!into.classes.contains(c))
            into.classes.append(c);
    }
    for (const auto& attribute : from.attributes) {
        bool replaced = false;
        for (auto& existing : into.attributes) {
            if (existing.first == attribute.first) {
                existing.second = attribute.second;
                replaced = true;
            }
        }
        if (!replaced)
            into.attributes.append(attribute);
    }
}

// The inside of `{: ...}` as kramdown reads it: `.class`, `#id`, `key="value"`, `key='value'`,
// and names of attribute list definitions.
bool parseAttributes(const QString& text, const QHash<QString, AttributeList>& definitions, AttributeList* result)
{
    static const QRegularExpression token(QStringLiteral("\\G\\s*(?:\\.([^\\s.#}=]+)|#([^\\s.#}=]+)|([\\w:-]+)=(?:\"((?"
                                                         ":\\\\\"|[^\"])*)\"|'((?:\\\\'|[^'])*)')|([\\w-]+))"));
    int position = 0;
    while (position < text.size()) {
        if (text.mid(position).trimmed().isEmpty())
            break;
        const QRegularExpressionMatch m = token.match(text, position);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return false;
        if (m.capturedLength(1))
            result->classes.append(m.captured(1));
        else if (m.capturedLength(2))
            result->id = m.captured(2);
        else if (m.capturedLength(3)) {
            const QString value = m.capturedLength(4) || !m.captured(4).isNull() ? m.captured(4) : m.captured(5);
            const QString key = m.captured(3);
            if (key == QLatin1String("class")) {
                for (const QString& c : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    result->classes.append(c);
            } else if (key == QLatin1String("id")) {
                result->id = value;
            } else {
                mergeInto(*result, AttributeList{QString(), {}, {{key, value}}});
            }
        } else if (m.capturedLength(6)) {
            const auto it = definitions.constFind(m.captured(6));
            if (it != definitions.constEnd())
                mergeInto(*result, it.value());
        }
        position = int(m.capturedEnd());
    }
    return true;
}

QString attributeText(const AttributeList& list)
{
    QString text;
    if (!list.id.isEmpty())
        text += QStringLiteral(" id=\"%1\"").arg(list.id.toHtmlEscaped());
    if (!list.classes.isEmpty())
        text += QStringLiteral(" class=\"%1\"").arg(list.classes.join(QLatin1Char(' ')).toHtmlEscaped());
    for (const auto& attribute : list.attributes) {
        const QString name = attribute.first.toLower();
        if (name.startsWith(QLatin1String("on")))
            continue; // event handlers never reach the preview
        QString value = attribute.second;
        if ((name == QLatin1String("href") || name == QLatin1String("src"))
            && HtmlSanitizer::sanitizeUrl(value).isEmpty())
            continue;
        text += QStringLiteral(" %1=\"%2\"").arg(attribute.first, value.toHtmlEscaped());
    }
    return text;
}

QString rawBlockMarker(int index)
{
    return QChar(0xE000) + QString::number(index) + QChar(0xE001);
}

namespace {

// ---------------------------------------------------------------------------------------------
// kramdown's block HTML: a line that starts with a tag of a block element (or a comment) starts
// an element that runs to its matching end tag, blank lines included, and is kept raw: no
// Markdown inside unless `markdown="1"` or `markdown="span"` asks for it. An end tag that does
// not match the open element is kept as text; an element never closed runs to the end.

const QStringList& spanElements()
{
    static const QStringList names =
        QStringLiteral("a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label "
                       "option q rb rbc rp rt rtc ruby samp select small span strike strong sub sup "
                       "textarea tt var")
            .split(QLatin1Char(' '));
    return names;
}

bool isVoidElement(const QString& name)
{
    static const QStringList names =
        QStringLiteral("area base br col command embed hr img input keygen link meta param source track wbr")
            .split(QLatin1Char(' '));
    return names.contains(name.toLower());
}

const QRegularExpression& startTagPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\G<([A-Za-z_][\\w.:-]*)((?:\\s*[A-Za-z_:][\\w.:-]*(?:\\s*="
                                                           "\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*(/)?>"));
    return pattern;
}

const QRegularExpression& endTagPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\G</([A-Za-z_][\\w.:-]*)\\s*>"));
    return pattern;
}

// A start tag as kramdown writes it back: attributes double-quoted, `markdown` dropped, void
// elements closed with ` />`. Sets `markdown` to the attribute's value when there is one.
QString startTagHtml(const QString& name, const QString& attributes, bool selfClosed, QString* markdown)
{
    static const QRegularExpression attribute(
        QStringLiteral("\\s*([A-Za-z_:][\\w.:-]*)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?"));
    QString html = QLatin1Char('<') + name;
    QRegularExpressionMatchIterator it = attribute.globalMatch(attributes);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString value = m.captured(2);
        if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
        if (m.captured(1).toLower() == QLatin1String("markdown")) {
            *markdown = value;
            continue;
        }
        html += QStringLiteral(" %1=\"%2\"")
                    .arg(m.captured(1), QString(value).replace(QLatin1Char('"'), QStringLiteral("&quot;")));
    }
    return html + (selfClosed || isVoidElement(name) ? QStringLiteral(" />") : QStringLiteral(">"));
}

// From a start tag of element `name` (already consumed, at `position`): its content as kramdown
// keeps it, up to the end of its end tag (or of the text).
QString htmlElementContent(const QString& text, int* position, const QString& name, const QString& markdown)
{
    const int n = int(text.size());
    const QString lower = name.toLower();
    if (lower == QLatin1String("script") || lower == QLatin1String("style")) {
        const int end = int(text.indexOf(QStringLiteral("</") + lower, *position, Qt::CaseInsensitive));
        const int close = end < 0 ? n : int(text.indexOf(QLatin1Char('>'), end));
        const QString content = text.mid(*position, (end < 0 ? n : end) - *position);
        *position = close < 0 ? n : close + 1;
        return content + QStringLiteral("</%1>").arg(name);
    }
    if (markdown == QLatin1String("1") || markdown == QLatin1String("block") || markdown == QLatin1String("span")) {
        // Markdown inside: up to the matching end tag, same-named elements counted.
        int depth = 1;
        int scan = *position;
        int contentEnd = n;
        int after = n;
        while (scan < n) {
            const int lt = int(text.indexOf(QLatin1Char('<'), scan));
            if (lt < 0)
                break;
            const QRegularExpressionMatch open = startTagPattern().match(text, lt);
            if (open.hasMatch() && open.captured(1).compare(name, Qt::CaseInsensitive) == 0
                && open.captured(3).isEmpty())
                ++depth;
            const QRegularExpressionMatch close = endTagPattern().match(text, lt);
            if (close.hasMatch() && close.captured(1).compare(name, Qt::CaseInsensitive) == 0 && --depth == 0) {
                contentEnd = lt;
                after = int(close.capturedEnd());
                break;
            }
            scan = lt + 1;
        }
        const QString content = text.mid(*position, contentEnd - *position);
        *position = after;
        const QString inner = markdown == QLatin1String("span")
            ? MarkdownRenderer::renderInline(content.trimmed())
            : QLatin1Char('\n') + MarkdownRenderer::render(content).html;
        return inner + QStringLiteral("</%1>").arg(name);
    }
    QString out;
    while (*position < n) {
        const int lt = int(text.indexOf(QLatin1Char('<'), *position));
        if (lt < 0) {
            out += text.mid(*position);
            *position = n;
            break;
        }
        out += text.mid(*position, lt - *position);
        *position = lt;
        if (QStringView(text).mid(lt).startsWith(QLatin1String("<!--"))) {
            const int end = int(text.indexOf(QLatin1String("-->"), lt + 4));
            const int stop = end < 0 ? n : end + 3;
            out += text.mid(lt, stop - lt);
            *position = stop;
            continue;
        }
        const QRegularExpressionMatch open = startTagPattern().match(text, lt);
        if (open.hasMatch()) {
            QString childMarkdown;
            const bool closed = !open.captured(3).isEmpty() || isVoidElement(open.captured(1));
            out += startTagHtml(open.captured(1), open.captured(2), !open.captured(3).isEmpty(), &childMarkdown);
            *position = int(open.capturedEnd());
            if (!closed)
                out += htmlElementContent(text, position, open.captured(1), childMarkdown);
            continue;
        }
        const QRegularExpressionMatch close = endTagPattern().match(text, lt);
        if (close.hasMatch()) {
            *position = int(close.capturedEnd());
            if (close.captured(1).compare(name, Qt::CaseInsensitive) == 0)
                return out + close.captured(0);
            out += close.captured(0).toHtmlEscaped(); // kramdown keeps a stray end tag as text
            continue;
        }
        out += QLatin1Char('<');
        *position = lt + 1;
    }
    return out + QStringLiteral("</%1>").arg(name); // auto-closed at the end
}

// A block HTML element starting at `position` (a `<` at the start of a line): its HTML, and
// `position` moved past it. False when kramdown would not read a block there.
bool htmlBlock(const QString& text, int* position, QString* html)
{
    if (QStringView(text).mid(*position).startsWith(QLatin1String("<!--"))) {
        const int end = int(text.indexOf(QLatin1String("-->"), *position + 4));
        if (end < 0)
            return false;
        *html = text.mid(*position, end + 3 - *position);
        *position = end + 3;
        return true;
    }
    const QRegularExpressionMatch open = startTagPattern().match(text, *position);
    if (!open.hasMatch() || spanElements().contains(open.captured(1).toLower()))
        return false;
    QString markdown;
    const bool closed = !open.captured(3).isEmpty() || isVoidElement(open.captured(1));
    *html = startTagHtml(open.captured(1), open.captured(2), !open.captured(3).isEmpty(), &markdown);
    *position = int(open.capturedEnd());
    if (!closed)
        *html += htmlElementContent(text, position, open.captured(1), markdown);
    return true;
}

bool isFence(const QString& line, QString* fence)
{
    static const QRegularExpression fenceLine(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    const QRegularExpressionMatch m = fenceLine.match(line);
    if (!m.hasMatch())
        return false;
    *fence = m.captured(1);
    return true;
}

// kramdown's TABLE_LINE: a line with a `|` that no backslash escapes, anywhere in it.
bool isTableLine(const QString& line)
{
    static const QRegularExpression row(QStringLiteral("^ {0,3}(?=\\S)(?:\\||.*?[^\\\\\\n]\\|)"));
    return row.match(line).hasMatch();
}

bool isTableSeparator(const QString& line)
{
    static const QRegularExpression separator(QStringLiteral("^ {0,3}\\|?(\\s*:?-+:?\\s*[|+])+\\s*(:?-+:?\\s*)?$"));
    return separator.match(line).hasMatch() && line.contains(QLatin1Char('-'));
}

QStringList tableCells(QString line)
{
    line = line.trimmed();
    if (line.startsWith(QLatin1Char('|')))
        line.remove(0, 1);
    if (line.endsWith(QLatin1Char('|')) && !line.endsWith(QLatin1String("\\|")))
        line.chop(1);
    QStringList cells;
    QString cell;
    bool code = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('|')) {
            cell += QLatin1Char('|');
            ++i;
        } else if (c == QLatin1Char('`')) {
            code = !code;
            cell += c;
        } else if (c == QLatin1Char('|') && !code) {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

// kramdown's tables: rows are lines that start with `|`; a separator line after the first rows
// makes them the header; `:` in it aligns columns.
QString renderTable(const QStringList& lines)
{
    QVector<QStringList> head, body;
    QStringList alignments;
    bool seenSeparator = false;
    for (const QString& line : lines) {
        if (isTableSeparator(line)) {
            if (!seenSeparator && !body.isEmpty()) {
                head = body;
                body.clear();
            }
            if (!seenSeparator) {
                for (const QString& cell : tableCells(line)) {
                    const bool left = cell.startsWith(QLatin1Char(':'));
                    const bool right = cell.endsWith(QLatin1Char(':'));
                    alignments.append(left && right ? QStringLiteral("center")
                                          : right   ? QStringLiteral("right")
                                          : left    ? QStringLiteral("left")
                                                    : QString());
                }
            }
            seenSeparator = true;
            continue;
        }
        body.append(tableCells(line));
    }
    auto row = [&alignments](const QStringList& cells, const char* tag) {
        QString html = QStringLiteral("<tr>\n");
        for (int i = 0; i < cells.size(); ++i) {
            const QString align = alignments.value(i);
            html += QStringLiteral("<%1%2>%3</%1>\n")
                        .arg(QLatin1String(tag),
                             align.isEmpty() ? QString() : QStringLiteral(" style=\"text-align: %1\"").arg(align),
                             MarkdownRenderer::renderInline(cells.at(i)));
        }
        return html + QStringLiteral("</tr>\n");
    };
    QString html = QStringLiteral("<table>\n");
    if (!head.isEmpty()) {
        html += QStringLiteral("<thead>\n");
        for (const QStringList& cells : head)
            html += row(cells, "th");
        html += QStringLiteral("</thead>\n");
    }
    if (!body.isEmpty()) {
        html += QStringLiteral("<tbody>\n");
        for (const QStringList& cells : body)
            html += row(cells, "td");
        html += QStringLiteral("</tbody>\n");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

Prepared prepare(const QString& markdown, bool tablesAllowed)
{
    static const QRegularExpression blockIal(QStringLiteral("^((?: {0,3}>[ ]?)*) {0,3}\\{:(?!:)\\s*(.*?)\\}\\s*$"));
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\{:([\\w-]+):\\s*(.*?)\\}\\s*$"));
    static const QRegularExpression extension(
        QStringLiteral("^ {0,3}\\{::(comment|options|nomarkdown)[^}]*/?\\}\\s*$"));
    static const QRegularExpression footnoteDefinition(QStringLiteral("^ {0,3}\\[\\^([^\\]\\s]+)\\]:\\s?(.*)$"));
    static const QRegularExpression htmlStart(QStringLiteral("^ {0,3}<"));
    Prepared prepared;
    QStringList lines = markdown.split(QLatin1Char('\n'));
    prepared.bodyLines = lines;
    // Definitions first: references may come before them.
    for (const QString& line : lines) {
        const QRegularExpressionMatch m = definition.match(line);
        if (m.hasMatch()) {
            AttributeList list;
            parseAttributes(m.captured(2), prepared.definitions, &list);
            prepared.definitions.insert(m.captured(1), list);
        }
    }
    QVector<QPair<QString, int>> out; // lines for md4c, with the body line each comes from
    auto rawBlock = [&](const QString& html, int line, int lastLine) {
        prepared.rawBlocks.append(HtmlSanitizer::sanitize(html));
        prepared.rawBlockLastLines.append(lastLine);
        out.append({QString(), line});
        out.append({rawBlockMarker(int(prepared.rawBlocks.size()) - 1), line});
        out.append({QString(), line});
    };
    QString fence;
    bool inFence = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        QString marker;
        if (inFence) {
            if (isFence(line, &marker) && marker.startsWith(fence) && line.trimmed() == marker)
                inFence = false;
            out.append({line, i});
            continue;
        }
        if (isFence(line, &marker)) {
            inFence = true;
            fence = marker;
            out.append({line, i});
            continue;
        }
        if (definition.match(line).hasMatch() || extension.match(line).hasMatch()) {
            out.append({QString(), i});
            continue;
        }
        const QRegularExpressionMatch ial = blockIal.match(line);
        if (ial.hasMatch()) {
            BlockAttributes block;
            block.line = i;
            if (parseAttributes(ial.captured(2), prepared.definitions, &block.attributes)) {
                prepared.blockAttributes.append(block);
                out.append({ial.captured(1), i}); // a blockquote keeps its `>`
                continue;
            }
        }
        const QRegularExpressionMatch note = footnoteDefinition.match(line);
        if (note.hasMatch()) {
            Footnote footnote{note.captured(1), note.captured(2)};
            out.append({QString(), i});
            // Indented lines that follow belong to the footnote.
            while (i + 1 < lines.size()
                   && (lines.at(i + 1).startsWith(QLatin1String("    "))
                       || lines.at(i + 1).startsWith(QLatin1Char('\t')))) {
                footnote.text += QLatin1Char('\n') + lines.at(++i).trimmed();
                out.append({QString(), i});
            }
            prepared.footnotes.append(footnote);
            continue;
        }
        // A table starts a block: after a blank line or a block written whole.
        const bool atBlockStart = out.isEmpty() || out.last().first.trimmed().isEmpty();
        if (tablesAllowed && atBlockStart && isTableLine(line)) {
            QStringList tableLines{line};
            const int first = i;
            while (i + 1 < lines.size() && isTableLine(lines.at(i + 1)))
                tableLines.append(lines.at(++i));
            rawBlock(renderTable(tableLines), first, i);
            continue;
        }
        if (htmlStart.match(line).hasMatch()) {
            // From here, the element may run over several lines: read it on the rest of the text.
            QString rest = line;
            for (int k = i + 1; k < lines.size(); ++k)
                rest += QLatin1Char('\n') + lines.at(k);
            int position = int(line.indexOf(QLatin1Char('<')));
            QString html;
            if (htmlBlock(rest, &position, &html)) {
                const int endLine = i + int(QStringView(rest).left(position).count(QLatin1Char('\n')));
                rawBlock(html, i, endLine);
                // What follows the element on its last line is read as the start of a block.
                const int lineEnd = int(rest.indexOf(QLatin1Char('\n'), position));
                const QString remainder = rest.mid(position, (lineEnd < 0 ? rest.size() : lineEnd) - position);
                if (!remainder.trimmed().isEmpty()) {
                    lines[endLine] = remainder;
                    i = endLine - 1;
                } else {
                    for (int k = i + 1; k <= endLine; ++k)
                        out.append({QString(), k});
                    i = endLine;
                }
                continue;
            }
        }
        out.append({line, i});
    }
    for (const auto& line : out) {
        prepared.lineStarts.append(int(prepared.text.size()));
        prepared.sourceLines.append(line.second);
        prepared.text += line.first.toUtf8();
        prepared.text += '\n';
    }
    return prepared;
}

} // namespace EventDesk::Kramdown
