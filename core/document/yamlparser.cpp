#include "yamlparser.h"

#include "scalarresolver.h"
#include "yamlsyntaxcheck.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <QHash>
#include <QSet>

#include <sstream>

namespace EventDesk {

namespace {

struct ParseFailure
{
    Diagnostic diagnostic;
};

// Builds the value tree from yaml-cpp's events.
class TreeBuilder : public YAML::EventHandler
{
public:
    explicit TreeBuilder(const QByteArray& yaml)
        : m_yaml(yaml)
    {
    }

    YamlDocument document;
    bool hasRoot = false;

    void OnDocumentStart(const YAML::Mark&) override { }
    void OnDocumentEnd() override { }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        YamlValue value;
        // yaml-cpp marks an empty value where the next token starts; the empty value of
        // `key:` belongs to the key's line.
        const bool emptyMapValue = !m_stack.isEmpty() && m_stack.last().isMap && m_stack.last().haveKey;
        setPosition(&value, emptyMapValue ? m_stack.last().keyMark : mark);
        value.setStyle(YamlValue::Style::Plain);
        complete(value, mark, anchor, 1, false);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        if (m_open.contains(anchor))
            fail(mark, QStringLiteral("an alias refers to the collection that contains it (recursive alias)"));
        const auto it = m_anchors.constFind(anchor);
        if (it == m_anchors.constEnd())
            fail(mark, QStringLiteral("unknown alias"));
        m_expanded += it->size;
        if (m_expanded > YamlParser::MaxAliasExpansion)
            fail(mark,
                 QStringLiteral("aliases expand to more than %1 values; this looks like a YAML alias bomb "
                                "(\"billion laughs\") and is not read")
                     .arg(YamlParser::MaxAliasExpansion));
        complete(it->value, mark, 0, it->size, true);
    }

    void
    OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& text) override
    {
        const QString string = QString::fromStdString(text);
        YamlValue value;
        QString error;
        if (!ScalarResolver::resolve(string, QString::fromStdString(tag), &value, &error))
            fail(mark, error);
        value.setStyle(scalarStyle(mark));
        value.setSourceText(string);
        setPosition(&value, mark);
        complete(value, mark, anchor, 1, false, QString::fromStdString(tag));
    }

    void OnSequenceStart(const YAML::Mark& mark,
                         const std::string& tag,
                         YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        open(mark, QString::fromStdString(tag), anchor, style, false);
    }

    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark,
                    const std::string& tag,
                    YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        open(mark, QString::fromStdString(tag), anchor, style, true);
    }

    void OnMapEnd() override { close(); }

private:
    struct Anchored
    {
        YamlValue value;
        qint64 size = 1;
    };

    struct Frame
    {
        bool isMap = false;
        YamlValue::Style style = YamlValue::Style::Block;
        YAML::Mark mark;
        YAML::anchor_t anchor = 0;
        QVector<YamlValue> items;
        QVector<YamlMapEntry> entries;
        bool haveKey = false;
        YamlValue key;
        QString keyTag;
        YAML::Mark keyMark;
        bool valueIsAlias = false;
        bool valueIsMap = false;
        qint64 size = 1;
    };

    [[noreturn]] void fail(const YAML::Mark& mark, const QString& message)
    {
        throw ParseFailure{Diagnostic{Diagnostic::Severity::Error, mark.line + 1, charColumn(mark), message}};
    }

    int charColumn(const YAML::Mark& mark) const
    {
        if (mark.pos < 0 || mark.pos > m_yaml.size())
            return mark.column + 1;
        int start = mark.pos;
        while (start > 0 && m_yaml.at(start - 1) != '\n')
            --start;
        int column = 1;
        for (int i = start; i < mark.pos; ++i) {
            if ((static_cast<unsigned char>(m_yaml.at(i)) & 0xC0) != 0x80)
                ++column;
        }
        return column;
    }

    void setPosition(YamlValue* value, const YAML::Mark& mark) const
    {
        value->setPosition(mark.line + 1, charColumn(mark));
    }

    // The first character of the scalar itself, past its tag and anchor.
    YamlValue::Style scalarStyle(const YAML::Mark& mark) const
    {
        int i = mark.pos;
        while (i >= 0 && i < m_yaml.size() && (m_yaml.at(i) == '!' || m_yaml.at(i) == '&')) {
            while (i < m_yaml.size() && m_yaml.at(i) != ' ' && m_yaml.at(i) != '\n' && m_yaml.at(i) != '\r')
                ++i;
            while (i < m_yaml.size() && (m_yaml.at(i) == ' ' || m_yaml.at(i) == '\t'))
                ++i;
        }
        if (i < 0 || i >= m_yaml.size())
            return YamlValue::Style::Plain;
        switch (m_yaml.at(i)) {
        case '\'':
            return YamlValue::Style::SingleQuoted;
        case '"':
            return YamlValue::Style::DoubleQuoted;
        case '|':
            return YamlValue::Style::Literal;
        case '>':
            return YamlValue::Style::Folded;
        default:
            return YamlValue::Style::Plain;
        }
    }

    void
    open(const YAML::Mark& mark, const QString& tag, YAML::anchor_t anchor, YAML::EmitterStyle::value style, bool isMap)
    {
        const QString tagError = ScalarResolver::collectionTagError(tag, isMap);
        if (!tagError.isEmpty())
            fail(mark, tagError);
        Frame frame;
        frame.isMap = isMap;
        frame.style = style == YAML::EmitterStyle::Flow ? YamlValue::Style::Flow : YamlValue::Style::Block;
        frame.mark = mark;
        frame.anchor = anchor;
        if (anchor)
            m_open.insert(anchor);
        m_stack.append(frame);
    }

    void close()
    {
        Frame frame = m_stack.takeLast();
        YamlValue value = frame.isMap ? YamlValue::fromMap(frame.entries) : YamlValue::fromList(frame.items);
        value.setStyle(frame.style);
        setPosition(&value, frame.mark);
        if (frame.anchor)
            m_open.remove(frame.anchor);
        complete(value, frame.mark, frame.anchor, frame.size, false);
    }

    void complete(const YamlValue& value,
                  const YAML::Mark& mark,
                  YAML::anchor_t anchor,
                  qint64 size,
                  bool isAlias,
                  const QString& tag = QString())
    {
        if (anchor)
            m_anchors.insert(anchor, Anchored{value, size});
        if (m_stack.isEmpty()) {
            document.root = value;
            hasRoot = true;
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
                recordTopLevelKey(value, mark);
            return;
        }
        frame.haveKey = false;
        insert(frame, value, isAlias);
    }

    void recordTopLevelKey(const YamlValue& key, const YAML::Mark& mark)
    {
        int start = qBound(0, mark.pos, int(m_yaml.size()));
        while (start > 0 && m_yaml.at(start - 1) != '\n')
            --start;
        const bool merge = key.type() == YamlValue::Type::String && key.toString() == QLatin1String("<<");
        document.keys.append(YamlTopLevelKey{key.rubyString(), start, mark.line + 1, merge});
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
        const bool mergeKey = key.type() == YamlValue::Type::String && key.toString() == QLatin1String("<<")
            && frame.keyTag != QLatin1String("tag:yaml.org,2002:str");
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
            document.warnings.append(
                Diagnostic{Diagnostic::Severity::Warning, frame.keyMark.line + 1, charColumn(frame.keyMark),
                           QStringLiteral("duplicate key \"%1\": Jekyll uses the last value").arg(key.rubyString())});
        }
        assign(frame.entries, key, value);
    }

    const QByteArray& m_yaml;
    QVector<Frame> m_stack;
    QHash<YAML::anchor_t, Anchored> m_anchors;
    QSet<YAML::anchor_t> m_open;
    qint64 m_expanded = 0;
};

} // namespace

bool YamlParser::parse(const QByteArray& yaml, YamlDocument* document, Diagnostic* error)
{
    if (!YamlSyntaxCheck::check(yaml, error))
        return false;
    // libyaml (and so Jekyll) takes a lone CR for a line break; yaml-cpp does not. An LF in its
    // place keeps every byte offset and gives yaml-cpp the same lines.
    QByteArray lines = yaml;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i) == '\r' && (i + 1 == lines.size() || lines.at(i + 1) != '\n'))
            lines[i] = '\n';
    }
    std::istringstream stream(lines.toStdString());
    TreeBuilder builder(lines);
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
    } catch (const ParseFailure& failure) {
        *error = failure.diagnostic;
        return false;
    } catch (const YAML::Exception& e) {
        *error =
            Diagnostic{Diagnostic::Severity::Error, e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg)};
        return false;
    }
    *document = builder.document;
    if (!builder.hasRoot)
        document->root = YamlValue();
    document->blockMapping =
        document->root.type() == YamlValue::Type::Map && document->root.style() == YamlValue::Style::Block;
    if (!document->blockMapping)
        document->keys.clear();
    return true;
}

} // namespace EventDesk
