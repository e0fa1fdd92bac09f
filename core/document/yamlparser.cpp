#include "yamlparser.h"

#include "scalarresolver.h"
#include "sourcecursor.h"
#include "yamlmapentries.h"

#include <QHash>
#include <QStringDecoder>

#include <memory>

#include <yaml.h>

namespace EventDesk {

namespace {

using Position = SourceCursor::Position;

struct ParseFailure
{
    Diagnostic diagnostic;
};

// A scalar's bytes as text, keeping a leading U+FEFF (QString::fromUtf8 would drop it).
QString scalarText(const yaml_char_t* bytes, size_t length)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(reinterpret_cast<const char*>(bytes), qsizetype(length)));
}

QString fromYaml(const yaml_char_t* text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char*>(text)) : QString();
}

YamlValue::Style scalarStyle(yaml_scalar_style_t style)
{
    switch (style) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE:
        return YamlValue::Style::SingleQuoted;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
        return YamlValue::Style::DoubleQuoted;
    case YAML_LITERAL_SCALAR_STYLE:
        return YamlValue::Style::Literal;
    case YAML_FOLDED_SCALAR_STYLE:
        return YamlValue::Style::Folded;
    default:
        return YamlValue::Style::Plain;
    }
}

bool isMergeKey(const YamlValue& key, const QString& tag)
{
    return key.type() == YamlValue::Type::String && key.toString() == QLatin1String("<<")
        && tag != QLatin1String("tag:yaml.org,2002:str");
}

// Builds the value tree from libyaml's events, with Psych's ToRuby semantics. Positions are
// taken as the events come, in source order, so the source is walked once.
class TreeBuilder
{
public:
    explicit TreeBuilder(const QByteArray& yaml)
        : m_yaml(yaml)
        , m_cursor(yaml)
        , m_endCursor(yaml)
    {
    }

    YamlDocument document;

    void scalar(const yaml_event_t& event)
    {
        const auto& data = event.data.scalar;
        const Position position = m_cursor.at(event.start_mark.index);
        const QString text = scalarText(data.value, data.length);
        YamlValue value;
        QString error;
        if (!ScalarResolver::resolve(text, fromYaml(data.tag), data.quoted_implicit, &value, &error))
            fail(position, error);
        value.setStyle(scalarStyle(data.style));
        value.setSourceText(text);
        value.setPosition(position.line, position.column);
        if (inTopLevelValue()) {
            const int end = m_endCursor.at(event.end_mark.index).offset;
            const bool block = data.style == YAML_LITERAL_SCALAR_STYLE || data.style == YAML_FOLDED_SCALAR_STYLE;
            if (block && (text == QLatin1String("\n") || text.endsWith(QLatin1String("\n\n"))))
                extendValue(lineStart(end)); // kept blank lines belong to the block
            else if (block)
                extendValue(lineEndAfter(lastContent(end)));
            else
                extendValue(lineEndAfter(end));
        }
        complete(value, position, fromYaml(data.anchor), 1, false, fromYaml(data.tag));
    }

    void alias(const yaml_event_t& event)
    {
        const Position position = m_cursor.at(event.start_mark.index);
        if (inTopLevelValue())
            extendValue(lineEndAfter(m_endCursor.at(event.end_mark.index).offset));
        const QString anchor = fromYaml(event.data.alias.anchor);
        const auto it = m_anchors.constFind(anchor);
        if (it != m_anchors.constEnd() && it->openFrame >= 0) {
            // `<<: *self` merges the mapping into itself, which changes nothing (as in Psych);
            // any other alias to an unfinished collection would make the data recursive.
            Frame& top = m_stack.last();
            if (it->openFrame == m_stack.size() - 1 && top.isMap && top.haveKey && isMergeKey(top.key, top.keyTag)) {
                top.haveKey = false;
                return;
            }
            fail(position,
                 YamlParser::tr("the alias *%1 refers to a collection that contains it (recursive alias)").arg(anchor));
        }
        if (it == m_anchors.constEnd())
            fail(position, YamlParser::tr("unknown alias *%1").arg(anchor));
        m_expanded += it->size;
        if (m_expanded > YamlParser::MaxAliasExpansion)
            fail(position,
                 YamlParser::tr("aliases expand to more than %1 values; this looks like a YAML alias "
                                "bomb (\"billion laughs\") and is not read")
                     .arg(YamlParser::MaxAliasExpansion));
        complete(it->value, position, QString(), it->size, true);
    }

    void open(const yaml_event_t& event, bool isMap)
    {
        const Position position = m_cursor.at(event.start_mark.index);
        const QString tag = isMap ? fromYaml(event.data.mapping_start.tag) : fromYaml(event.data.sequence_start.tag);
        const QString tagError = ScalarResolver::collectionTagError(tag, isMap);
        if (!tagError.isEmpty())
            fail(position, tagError);
        if (m_stack.size() >= YamlParser::MaxDepth)
            fail(position,
                 YamlParser::tr("lists and maps are nested more than %1 levels deep").arg(YamlParser::MaxDepth));
        Frame frame;
        frame.isMap = isMap;
        frame.orderedMap = !isMap && ScalarResolver::isOrderedMapTag(tag);
        const bool flow = isMap ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
        frame.style = flow ? YamlValue::Style::Flow : YamlValue::Style::Block;
        frame.position = position;
        frame.anchor = isMap ? fromYaml(event.data.mapping_start.anchor) : fromYaml(event.data.sequence_start.anchor);
        // Psych registers a collection's anchor when the collection starts: an alias inside it
        // refers to it, and an anchor of the same name inside it replaces it.
        if (!frame.anchor.isEmpty())
            m_anchors.insert(frame.anchor, Anchored{YamlValue(), 1, int(m_stack.size())});
        m_stack.append(frame);
    }

    void close(const yaml_event_t& event)
    {
        Frame frame = m_stack.takeLast();
        // The end of a block collection is where the next token starts; a flow one ends at its bracket.
        if (frame.style == YamlValue::Style::Flow && inTopLevelValue())
            extendValue(lineEndAfter(m_endCursor.at(event.end_mark.index).offset));
        YamlValue value;
        if (frame.orderedMap) {
            // !!omap on a list: each item's first and last child make one pair, as Psych reads it.
            YamlMapEntries entries;
            for (const YamlValue& item : frame.items) {
                if (item.type() == YamlValue::Type::Map && !item.entries().isEmpty())
                    entries.assign(item.entries().first().key, item.entries().last().value);
                else if (item.type() == YamlValue::Type::List && !item.items().isEmpty())
                    entries.assign(item.items().first(), item.items().last());
                else
                    fail(frame.position, YamlParser::tr("an !!omap list must hold one-pair maps"));
            }
            value = YamlValue::fromMap(entries.entries());
        } else {
            value = frame.isMap ? YamlValue::fromMap(frame.entries.entries()) : YamlValue::fromList(frame.items);
        }
        value.setStyle(frame.style);
        value.setPosition(frame.position.line, frame.position.column);
        complete(value, frame.position, frame.anchor, frame.size, false);
    }

private:
    struct Anchored
    {
        YamlValue value;
        qint64 size = 1;
        int openFrame = -1; // the stack depth of the collection still being read, or -1
    };

    struct Frame
    {
        bool isMap = false;
        bool orderedMap = false;
        YamlValue::Style style = YamlValue::Style::Block;
        Position position;
        QString anchor;
        QVector<YamlValue> items;
        YamlMapEntries entries;
        bool haveKey = false;
        YamlValue key;
        QString keyTag;
        Position keyPosition;
        qint64 size = 1;
    };

    [[noreturn]] static void fail(const Position& position, const QString& message)
    {
        throw ParseFailure{Diagnostic{Diagnostic::Severity::Error, position.line, position.column, message}};
    }

    void complete(const YamlValue& value,
                  const Position& position,
                  const QString& anchor,
                  qint64 size,
                  bool isAlias,
                  const QString& tag = QString())
    {
        if (!anchor.isEmpty()) {
            const auto it = m_anchors.constFind(anchor);
            const bool replacedInside =
                !value.isScalar() && (it == m_anchors.constEnd() || it->openFrame != m_stack.size());
            if (!replacedInside)
                m_anchors.insert(anchor, Anchored{value, size, -1});
        }
        if (m_stack.isEmpty()) {
            document.root = value;
            return;
        }
        Frame& frame = m_stack.last();
        frame.size += size;
        if (!frame.isMap) {
            frame.items.append(value);
            return;
        }
        if (!frame.haveKey) {
            frame.haveKey = true;
            frame.key = value;
            frame.keyTag = tag;
            frame.keyPosition = position;
            if (m_stack.size() == 1 && frame.style == YamlValue::Style::Block)
                recordTopLevelKey(value, tag, position);
            return;
        }
        frame.haveKey = false;
        if (m_stack.size() == 1 && frame.style == YamlValue::Style::Block && !document.keys.isEmpty()) {
            document.keys.last().valueEnd = qMax(m_valueEnd, lineEndAfter(document.keys.last().offset + 1));
            m_valueEnd = 0;
        }
        insert(frame, value, isAlias);
    }

    // Whether events now belong to the value of a key of the top-level block mapping.
    bool inTopLevelValue() const
    {
        return !m_stack.isEmpty() && m_stack.first().isMap && m_stack.first().style == YamlValue::Style::Block
            && m_stack.first().haveKey;
    }

    void extendValue(int end) { m_valueEnd = qMax(m_valueEnd, end); }

    // The offset after the line break that ends the line holding the byte before `end`.
    int lineEndAfter(int end) const
    {
        if (end <= 0)
            return 0;
        const int newline = m_yaml.indexOf('\n', end - 1);
        return newline < 0 ? int(m_yaml.size()) : newline + 1;
    }

    // The offset after the last character before `end` that is not a space or a line break.
    int lastContent(int end) const
    {
        while (end > 0 && QByteArrayView(" \t\r\n").contains(m_yaml.at(end - 1)))
            --end;
        return end;
    }

    void recordTopLevelKey(const YamlValue& key, const QString& tag, const Position& position)
    {
        int start = lineStart(position.offset);
        // An explicit key written `?` alone on its line starts its text on that line.
        if (start > 0) {
            const int previous = lineStart(start - 1);
            const QByteArray line = m_yaml.mid(previous, start - previous).trimmed();
            if (line == "?" || line.startsWith("? #"))
                start = previous;
        }
        document.keys.append(YamlTopLevelKey{key.rubyString(), start, position.line, isMergeKey(key, tag)});
    }

    int lineStart(int offset) const
    {
        while (offset > 0 && m_yaml.at(offset - 1) != '\n')
            --offset;
        return offset;
    }

    // Psych's revive_hash: `<<` merges a map (or a list of maps) into the mapping.
    void insert(Frame& frame, const YamlValue& value, bool isAlias)
    {
        const YamlValue& key = frame.key;
        const bool mergeKey = isMergeKey(key, frame.keyTag);
        if (mergeKey && value.type() == YamlValue::Type::Map) {
            for (const YamlMapEntry& entry : value.entries())
                frame.entries.assign(entry.key, entry.value);
            return;
        }
        if (mergeKey && value.type() == YamlValue::Type::List && !isAlias) {
            bool allMaps = true;
            for (const YamlValue& item : value.items())
                allMaps = allMaps && item.type() == YamlValue::Type::Map;
            if (allMaps) {
                YamlMapEntries merged;
                for (int i = value.items().size() - 1; i >= 0; --i) {
                    for (const YamlMapEntry& entry : value.items().at(i).entries())
                        merged.assign(entry.key, entry.value);
                }
                for (const YamlMapEntry& entry : merged.entries())
                    frame.entries.assign(entry.key, entry.value);
                return;
            }
        }
        if (frame.entries.contains(key)) {
            document.warnings.append(
                Diagnostic{Diagnostic::Severity::Warning, frame.keyPosition.line, frame.keyPosition.column,
                           YamlParser::tr("duplicate key \"%1\": Jekyll uses the last value").arg(key.rubyString())});
        }
        frame.entries.assign(key, value);
    }

    const QByteArray& m_yaml;
    SourceCursor m_cursor;
    SourceCursor m_endCursor; // end marks, walked apart from start marks
    int m_valueEnd = 0;
    QVector<Frame> m_stack;
    QHash<QString, Anchored> m_anchors;
    qint64 m_expanded = 0;
};

// libyaml's messages (scanner.c, parser.c, reader.c): what went wrong, and the construct it was
// reading. Listed for the translators; a message not in the list stays as libyaml wrote it.
const char* const libyamlMessages[] = {
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found character that cannot start any token"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "could not find expected ':'"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "block sequence entries are not allowed in this context"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "mapping keys are not allowed in this context"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "mapping values are not allowed in this context"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found unexpected ':'"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found unknown directive name"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected comment or line break"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "could not find expected directive name"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found unexpected non-alphabetical character"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected whitespace"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected digit or '.' character"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found extremely long version number"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected version number"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected whitespace or line break"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected alphabetic or numeric character"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find the expected '>'"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected '!'"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected tag URI"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find URI escaped octet"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found an incorrect leading UTF-8 octet"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found an incorrect trailing UTF-8 octet"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found an indentation indicator equal to 0"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found a tab character where an indentation space is expected"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found a tab character that violates indentation"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found unexpected document indicator"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found unexpected end of stream"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected hexdecimal number"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found invalid Unicode character escape code"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found unknown escape character"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "control characters are not allowed"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "input is too long"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected <stream-start>"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected <document start>"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found duplicate %YAML directive"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found incompatible YAML document"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found duplicate %TAG directive"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "found undefined tag handle"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected node content"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected '-' indicator"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected key"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected ',' or ']'"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "did not find expected ',' or '}'"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while scanning for the next token"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while scanning a simple key"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while scanning a directive"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while scanning a %YAML directive"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while scanning a %TAG directive"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while scanning a tag directive"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while scanning an anchor"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while scanning an alias"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while scanning a tag"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while scanning a block scalar"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while scanning a quoted scalar"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while scanning a plain scalar"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while parsing a tag"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while parsing a %TAG directive"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while parsing a tag directive"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while parsing a quoted scalar"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while parsing a node"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while parsing a block node"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while parsing a flow node"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while parsing a block collection"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while parsing a block mapping"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while parsing a flow sequence"),
    QT_TRANSLATE_NOOP("EventDesk::YamlParser", "while parsing a flow mapping"),
};

QString libyamlText(const char* text)
{
    for (const char* known : libyamlMessages) {
        if (qstrcmp(known, text) == 0)
            return YamlParser::tr(known);
    }
    return QString::fromUtf8(text);
}

// libyaml's message for a syntax error, at the position Psych reports (the context mark: where
// the construct that failed starts, e.g. the opening quote of an unterminated string).
Diagnostic syntaxError(const yaml_parser_t& parser, const QByteArray& yaml)
{
    const yaml_mark_t& where = parser.context ? parser.context_mark : parser.problem_mark;
    const QString problemText = parser.problem ? libyamlText(parser.problem) : YamlParser::tr("syntax error");
    const Position position = SourceCursor(yaml).at(where.index);
    const Position problem = SourceCursor(yaml).at(parser.problem_mark.index);
    QString message = problemText;
    if (parser.context && problem.offset != position.offset) {
        //: %1 what went wrong, %2 what libyaml was reading ("did not find expected key" "while
        //: parsing a block mapping")
        message = YamlParser::tr("%1 %2 (the problem is at line %3, column %4)")
                      .arg(problemText, libyamlText(parser.context), QString::number(problem.line),
                           QString::number(problem.column));
    } else if (parser.context) {
        //: %1 what went wrong, %2 what libyaml was reading
        message = YamlParser::tr("%1 %2").arg(problemText, libyamlText(parser.context));
    }
    return Diagnostic{Diagnostic::Severity::Error, position.line, position.column, message};
}

struct ParserDeleter
{
    void operator()(yaml_parser_t* parser) const
    {
        yaml_parser_delete(parser);
        delete parser;
    }
};

struct EventDeleter
{
    void operator()(yaml_event_t* event) const { yaml_event_delete(event); }
};

} // namespace

bool YamlParser::parse(const QByteArray& yaml, YamlDocument* document, Diagnostic* error)
{
    std::unique_ptr<yaml_parser_t, ParserDeleter> parser(new yaml_parser_t);
    if (!yaml_parser_initialize(parser.get())) {
        *error = Diagnostic{Diagnostic::Severity::Error, 0, 0, tr("out of memory")};
        return false;
    }
    yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(yaml.constData()),
                                 size_t(yaml.size()));
    TreeBuilder builder(yaml);
    try {
        for (bool done = false; !done;) {
            yaml_event_t event;
            if (!yaml_parser_parse(parser.get(), &event)) {
                *error = syntaxError(*parser, yaml);
                return false;
            }
            const std::unique_ptr<yaml_event_t, EventDeleter> guard(&event);
            switch (event.type) {
            case YAML_SCALAR_EVENT:
                builder.scalar(event);
                break;
            case YAML_ALIAS_EVENT:
                builder.alias(event);
                break;
            case YAML_SEQUENCE_START_EVENT:
                builder.open(event, false);
                break;
            case YAML_MAPPING_START_EVENT:
                builder.open(event, true);
                break;
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT:
                builder.close(event);
                break;
            case YAML_DOCUMENT_END_EVENT: // Psych reads the first document only
            case YAML_STREAM_END_EVENT:
                done = true;
                break;
            default:
                break;
            }
        }
    } catch (const ParseFailure& failure) {
        *error = failure.diagnostic;
        return false;
    }
    *document = builder.document;
    document->blockMapping =
        document->root.type() == YamlValue::Type::Map && document->root.style() == YamlValue::Style::Block;
    if (!document->blockMapping)
        document->keys.clear();
    return true;
}

} // namespace EventDesk
