#include "yamlparser.h"

#include "scalarresolver.h"

#include <QHash>
#include <QStringDecoder>

#include <yaml.h>

namespace EventDesk {

namespace {

struct ParseFailure
{
    Diagnostic diagnostic;
};

// Maps libyaml's character indexes to byte offsets and to the line and column an editor shows
// (lines end at LF only; libyaml also breaks lines at CR, NEL, LS and PS). Events come in
// source order, so the cursor only moves forward, except for rare look-backs.
class SourceCursor
{
public:
    explicit SourceCursor(const QByteArray& text)
        : m_text(text)
    {
    }

    struct Position
    {
        int offset = 0;
        int line = 1;
        int column = 1;
    };

    Position at(size_t characterIndex)
    {
        if (characterIndex < m_index) {
            m_index = 0;
            m_position = Position();
        }
        while (m_index < characterIndex && m_position.offset < m_text.size()) {
            const unsigned char c = static_cast<unsigned char>(m_text.at(m_position.offset));
            int length = 1;
            if (c >= 0xF0)
                length = 4;
            else if (c >= 0xE0)
                length = 3;
            else if (c >= 0xC0)
                length = 2;
            m_position.offset = qMin(int(m_text.size()), m_position.offset + length);
            if (c == '\n') {
                ++m_position.line;
                m_position.column = 1;
            } else {
                ++m_position.column;
            }
            ++m_index;
        }
        return m_position;
    }

private:
    const QByteArray& m_text;
    size_t m_index = 0;
    Position m_position;
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

// Builds the value tree from libyaml's events, with Psych's ToRuby semantics.
class TreeBuilder
{
public:
    explicit TreeBuilder(const QByteArray& yaml)
        : m_yaml(yaml)
        , m_cursor(yaml)
    {
    }

    YamlDocument document;

    void scalar(const yaml_event_t& event)
    {
        const auto& data = event.data.scalar;
        const QString text = scalarText(data.value, data.length);
        YamlValue value;
        QString error;
        if (!ScalarResolver::resolve(text, fromYaml(data.tag), data.quoted_implicit, &value, &error))
            fail(event.start_mark, error);
        value.setStyle(scalarStyle(data.style));
        value.setSourceText(text);
        setPosition(&value, event.start_mark);
        const QString anchor = fromYaml(data.anchor);
        complete(value, event.start_mark, anchor, 1, false, fromYaml(data.tag));
    }

    void alias(const yaml_event_t& event)
    {
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
            fail(event.start_mark,
                 QStringLiteral("the alias *%1 refers to a collection that contains it (recursive alias)").arg(anchor));
        }
        if (it == m_anchors.constEnd())
            fail(event.start_mark, QStringLiteral("unknown alias *%1").arg(anchor));
        m_expanded += it->size;
        if (m_expanded > YamlParser::MaxAliasExpansion)
            fail(event.start_mark,
                 QStringLiteral("aliases expand to more than %1 values; this looks like a YAML alias "
                                "bomb (\"billion laughs\") and is not read")
                     .arg(YamlParser::MaxAliasExpansion));
        complete(it->value, event.start_mark, QString(), it->size, true);
    }

    void open(const yaml_event_t& event, bool isMap)
    {
        const QString tag = isMap ? fromYaml(event.data.mapping_start.tag) : fromYaml(event.data.sequence_start.tag);
        const QString tagError = ScalarResolver::collectionTagError(tag, isMap);
        if (!tagError.isEmpty())
            fail(event.start_mark, tagError);
        if (m_stack.size() >= YamlParser::MaxDepth)
            fail(event.start_mark,
                 QStringLiteral("lists and maps are nested more than %1 levels deep").arg(YamlParser::MaxDepth));
        Frame frame;
        frame.isMap = isMap;
        frame.orderedMap = !isMap && ScalarResolver::isOrderedMapTag(tag);
        const bool flow = isMap ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
        frame.style = flow ? YamlValue::Style::Flow : YamlValue::Style::Block;
        frame.mark = event.start_mark;
        frame.anchor = isMap ? fromYaml(event.data.mapping_start.anchor) : fromYaml(event.data.sequence_start.anchor);
        // Psych registers a collection's anchor when the collection starts: an alias inside it
        // refers to it, and an anchor of the same name inside it replaces it.
        if (!frame.anchor.isEmpty())
            m_anchors.insert(frame.anchor, Anchored{YamlValue(), 1, int(m_stack.size())});
        m_stack.append(frame);
    }

    void close()
    {
        Frame frame = m_stack.takeLast();
        YamlValue value;
        if (frame.orderedMap) {
            // !!omap on a list: each item's first and last child make one pair, as Psych reads it.
            QVector<YamlMapEntry> entries;
            for (const YamlValue& item : frame.items) {
                if (item.type() == YamlValue::Type::Map && !item.entries().isEmpty())
                    assign(entries, item.entries().first().key, item.entries().last().value);
                else if (item.type() == YamlValue::Type::List && !item.items().isEmpty())
                    assign(entries, item.items().first(), item.items().last());
                else
                    fail(frame.mark, QStringLiteral("an !!omap list must hold one-pair maps"));
            }
            value = YamlValue::fromMap(entries);
        } else {
            value = frame.isMap ? YamlValue::fromMap(frame.entries) : YamlValue::fromList(frame.items);
        }
        value.setStyle(frame.style);
        setPosition(&value, frame.mark);
        complete(value, frame.mark, frame.anchor, frame.size, false);
    }

    [[noreturn]] void fail(const yaml_mark_t& mark, const QString& message)
    {
        const SourceCursor::Position position = m_cursor.at(mark.index);
        throw ParseFailure{Diagnostic{Diagnostic::Severity::Error, position.line, position.column, message}};
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
        yaml_mark_t mark{};
        QString anchor;
        QVector<YamlValue> items;
        QVector<YamlMapEntry> entries;
        bool haveKey = false;
        YamlValue key;
        QString keyTag;
        yaml_mark_t keyMark{};
        qint64 size = 1;
    };

    void setPosition(YamlValue* value, const yaml_mark_t& mark)
    {
        const SourceCursor::Position position = m_cursor.at(mark.index);
        value->setPosition(position.line, position.column);
    }

    static bool isMergeKey(const YamlValue& key, const QString& tag)
    {
        return key.type() == YamlValue::Type::String && key.toString() == QLatin1String("<<")
            && tag != QLatin1String("tag:yaml.org,2002:str");
    }

    void complete(const YamlValue& value,
                  const yaml_mark_t& mark,
                  const QString& anchor,
                  qint64 size,
                  bool isAlias,
                  const QString& tag = QString())
    {
        const bool isScalar = value.isScalar();
        if (!anchor.isEmpty()) {
            const auto it = m_anchors.constFind(anchor);
            const bool replacedInside = !isScalar && (it == m_anchors.constEnd() || it->openFrame != m_stack.size());
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
            frame.keyMark = mark;
            if (m_stack.size() == 1 && frame.style == YamlValue::Style::Block)
                recordTopLevelKey(value, tag, mark);
            return;
        }
        frame.haveKey = false;
        insert(frame, value, isAlias);
    }

    void recordTopLevelKey(const YamlValue& key, const QString& tag, const yaml_mark_t& mark)
    {
        const SourceCursor::Position position = m_cursor.at(mark.index);
        int start = position.offset;
        while (start > 0 && m_yaml.at(start - 1) != '\n')
            --start;
        document.keys.append(YamlTopLevelKey{key.rubyString(), start, position.line, isMergeKey(key, tag)});
    }

    static int findKey(const QVector<YamlMapEntry>& entries, const YamlValue& key)
    {
        for (int i = 0; i < entries.size(); ++i) {
            const YamlValue& k = entries.at(i).key;
            if (k.type() == key.type() && k.rubyString() == key.rubyString())
                return i;
        }
        return -1;
    }

    // Hash#[]= : a key already present keeps its place and takes the new value.
    static void assign(QVector<YamlMapEntry>& entries, const YamlValue& key, const YamlValue& value)
    {
        const int index = findKey(entries, key);
        if (index >= 0)
            entries[index].value = value;
        else
            entries.append(YamlMapEntry{key, value});
    }

    // Psych's revive_hash: `<<` merges a map (or a list of maps) into the mapping.
    void insert(Frame& frame, const YamlValue& value, bool isAlias)
    {
        const YamlValue& key = frame.key;
        const bool mergeKey = isMergeKey(key, frame.keyTag);
        if (mergeKey && value.type() == YamlValue::Type::Map) {
            for (const YamlMapEntry& entry : value.entries())
                assign(frame.entries, entry.key, entry.value);
            return;
        }
        if (mergeKey && value.type() == YamlValue::Type::List && !isAlias) {
            bool allMaps = true;
            for (const YamlValue& item : value.items())
                allMaps = allMaps && item.type() == YamlValue::Type::Map;
            if (allMaps) {
                QVector<YamlMapEntry> merged;
                for (int i = value.items().size() - 1; i >= 0; --i) {
                    for (const YamlMapEntry& entry : value.items().at(i).entries())
                        assign(merged, entry.key, entry.value);
                }
                for (const YamlMapEntry& entry : merged)
                    assign(frame.entries, entry.key, entry.value);
                return;
            }
        }
        if (findKey(frame.entries, key) >= 0) {
            const SourceCursor::Position position = m_cursor.at(frame.keyMark.index);
            document.warnings.append(
                Diagnostic{Diagnostic::Severity::Warning, position.line, position.column,
                           QStringLiteral("duplicate key \"%1\": Jekyll uses the last value").arg(key.rubyString())});
        }
        assign(frame.entries, key, value);
    }

    const QByteArray& m_yaml;
    SourceCursor m_cursor;
    QVector<Frame> m_stack;
    QHash<QString, Anchored> m_anchors;
    qint64 m_expanded = 0;
};

// libyaml's message for a syntax error, at the position Psych reports (the context mark: where
// the construct that failed starts, e.g. the opening quote of an unterminated string).
Diagnostic syntaxError(const yaml_parser_t& parser, const QByteArray& yaml)
{
    SourceCursor cursor(yaml);
    const yaml_mark_t& where = parser.context ? parser.context_mark : parser.problem_mark;
    QString message = QString::fromUtf8(parser.problem ? parser.problem : "syntax error");
    if (parser.context)
        message += QLatin1Char(' ') + QString::fromUtf8(parser.context);
    const SourceCursor::Position problem = cursor.at(parser.problem_mark.index);
    const SourceCursor::Position position = cursor.at(where.index);
    if (problem.offset != position.offset)
        message += QStringLiteral(" (the problem is at line %1, column %2)").arg(problem.line).arg(problem.column);
    return Diagnostic{Diagnostic::Severity::Error, position.line, position.column, message};
}

} // namespace

bool YamlParser::parse(const QByteArray& yaml, YamlDocument* document, Diagnostic* error)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        *error = Diagnostic{Diagnostic::Severity::Error, 0, 0, QStringLiteral("out of memory")};
        return false;
    }
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(yaml.constData()),
                                 size_t(yaml.size()));
    TreeBuilder builder(yaml);
    bool ok = true;
    try {
        bool done = false;
        while (!done) {
            yaml_event_t event;
            if (!yaml_parser_parse(&parser, &event)) {
                *error = syntaxError(parser, yaml);
                ok = false;
                break;
            }
            try {
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
                    builder.close();
                    break;
                case YAML_DOCUMENT_END_EVENT: // Psych reads the first document only
                case YAML_STREAM_END_EVENT:
                    done = true;
                    break;
                default:
                    break;
                }
            } catch (...) {
                yaml_event_delete(&event);
                throw;
            }
            yaml_event_delete(&event);
        }
    } catch (const ParseFailure& failure) {
        *error = failure.diagnostic;
        ok = false;
    }
    yaml_parser_delete(&parser);
    if (!ok)
        return false;
    *document = builder.document;
    document->blockMapping =
        document->root.type() == YamlValue::Type::Map && document->root.style() == YamlValue::Style::Block;
    if (!document->blockMapping)
        document->keys.clear();
    return true;
}

} // namespace EventDesk
