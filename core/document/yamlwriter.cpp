#include "yamlwriter.h"

#include "scalarresolver.h"

#include <QRegularExpression>

namespace EventDesk {

namespace {

using Text = std::u32string;

constexpr int BestIndent = 2;
constexpr int MaxSimpleKeyLength = 128;

enum class ScalarStyle { Plain, SingleQuoted, DoubleQuoted, Literal };

bool isBreak(char32_t c)
{
    return c == U'\r' || c == U'\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool isBlank(char32_t c)
{
    return c == U' ' || c == U'\t';
}

// What libyaml writes as it is; anything else needs an escape, so double quotes.
bool isPrintable(char32_t c)
{
    return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
}

// Ruby's [[:word:]]: letters, marks, decimal digits and connector punctuation.
bool isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Punctuation_Connector:
        return true;
    default:
        return false;
    }
}

int utf8Length(const Text& text)
{
    int length = 0;
    for (char32_t c : text)
        length += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    return length;
}

// A scalar as Psych hands it to libyaml.
struct Scalar
{
    Text text;
    ScalarStyle requested = ScalarStyle::Plain;
    bool plainImplicit = true; // may be written plain without a tag
    bool quotedImplicit = false; // may be written quoted without a tag
    QString tagHandle; // an explicit tag (`!!str`), when neither form is implicit
    QString tagSuffix;
};

// Psych's `o =~ /^[^[:word:]][^"]*$/`: some line starts with a character that is not a word
// character and runs, without a double quote, to the end of a line. Ruby's ^ matches at the start
// and after each line feed but the last; $ at the end and before each line feed.
bool startsLikePunctuation(const Text& s)
{
    const size_t n = s.size();
    for (size_t start = 0; start < n; ++start) {
        if (start > 0 && s[start - 1] != U'\n')
            continue;
        if (isWordCharacter(s[start]))
            continue;
        for (size_t end = start + 1; end <= n; ++end) {
            if (end == n || s[end] == U'\n')
                return true;
            if (s[end] == U'"')
                break;
        }
    }
    return false;
}

// Psych's `o =~ /\n(?!\Z)/`: a line feed that is not the last character, nor the one before a
// final line feed.
bool hasInnerLineFeed(const Text& s)
{
    const size_t n = s.size();
    for (size_t i = 0; i < n; ++i) {
        if (s[i] != U'\n')
            continue;
        const bool atEnd = i + 1 == n || (i + 2 == n && s[i + 1] == U'\n');
        if (!atEnd)
            return true;
    }
    return false;
}

// Psych's YAMLTree#visit_String.
Scalar stringScalar(const QString& value)
{
    Scalar scalar;
    const QList<uint> ucs4 = value.toUcs4();
    scalar.text.assign(ucs4.cbegin(), ucs4.cend());
    scalar.quotedImplicit = true;
    if (hasInnerLineFeed(scalar.text)) {
        scalar.requested = ScalarStyle::Literal;
    } else if (value == QLatin1String("<<")) {
        scalar.requested = ScalarStyle::SingleQuoted;
        scalar.plainImplicit = false;
        scalar.quotedImplicit = false;
        scalar.tagHandle = QStringLiteral("!!");
        scalar.tagSuffix = QStringLiteral("str");
    } else if (value == QLatin1String("y") || value == QLatin1String("n")) {
        scalar.requested = ScalarStyle::DoubleQuoted;
    } else if (startsLikePunctuation(scalar.text)) {
        scalar.requested = ScalarStyle::DoubleQuoted;
    } else {
        YamlValue typed;
        QString error;
        static const QRegularExpression octalLookalike(QStringLiteral("\\A0[0-7]*[89]"));
        const bool readsAsString =
            ScalarResolver::tokenize(value, &typed, &error) && typed.type() == YamlValue::Type::String;
        if (!readsAsString || octalLookalike.match(value).hasMatch())
            scalar.requested = ScalarStyle::SingleQuoted;
    }
    return scalar;
}

Scalar plainScalar(const QString& text)
{
    Scalar scalar;
    const QList<uint> ucs4 = text.toUcs4();
    scalar.text.assign(ucs4.cbegin(), ucs4.cend());
    return scalar;
}

Scalar scalarFor(const YamlValue& value)
{
    switch (value.type()) {
    case YamlValue::Type::String:
        return stringScalar(value.toString());
    case YamlValue::Type::Null:
        return plainScalar(QString());
    case YamlValue::Type::Bool:
        return plainScalar(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case YamlValue::Type::Integer:
        return plainScalar(value.integerText());
    case YamlValue::Type::Float: {
        // Psych's visit_Float: `.nan`, `.inf`, `-.inf`, or Ruby's Float#to_s.
        const QString text = value.rubyString();
        if (text == QLatin1String("NaN"))
            return plainScalar(QStringLiteral(".nan"));
        if (text == QLatin1String("Infinity"))
            return plainScalar(QStringLiteral(".inf"));
        if (text == QLatin1String("-Infinity"))
            return plainScalar(QStringLiteral("-.inf"));
        return plainScalar(text);
    }
    case YamlValue::Type::Date:
        return plainScalar(value.toDate().toIsoString());
    case YamlValue::Type::DateTime:
        return plainScalar(value.toDateTime().toYamlString());
    case YamlValue::Type::List:
    case YamlValue::Type::Map:
        break;
    }
    return Scalar();
}

// What the text of a scalar allows (libyaml's analysis); only block context matters here, as
// flow collections are written only when empty.
struct Analysis
{
    bool multiline = false;
    bool plainAllowed = true;
    bool singleQuotedAllowed = true;
    bool blockAllowed = true;
};

Analysis analyze(const Text& s)
{
    Analysis result;
    const size_t n = s.size();
    if (n == 0) {
        result.blockAllowed = false;
        return result;
    }
    auto at = [&](size_t i) -> char32_t { return i < n ? s[i] : U'\0'; };
    auto blankOrEnd = [&](size_t i) {
        const char32_t c = at(i);
        return c == U'\0' || isBlank(c) || isBreak(c);
    };

    bool indicators =
        (at(0) == U'-' && at(1) == U'-' && at(2) == U'-') || (at(0) == U'.' && at(1) == U'.' && at(2) == U'.');
    bool lineBreaks = false, special = false;
    bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
    bool breakSpace = false, spaceBreak = false;
    bool precededByWhitespace = true;
    bool previousSpace = false, previousBreak = false;

    for (size_t i = 0; i < n; ++i) {
        const char32_t c = s[i];
        const bool followedByWhitespace = blankOrEnd(i + 1);
        if (i == 0) {
            static const std::u32string alwaysIndicators = U"#,[]{}&*!|>'\"%@`";
            if (alwaysIndicators.find(c) != std::u32string::npos)
                indicators = true;
            if ((c == U'?' || c == U':' || c == U'-') && followedByWhitespace)
                indicators = true;
        } else {
            if (c == U':' && followedByWhitespace)
                indicators = true;
            if (c == U'#' && precededByWhitespace)
                indicators = true;
        }
        if (!isPrintable(c))
            special = true;
        if (c == U' ') {
            leadingSpace = leadingSpace || i == 0;
            trailingSpace = trailingSpace || i + 1 == n;
            breakSpace = breakSpace || previousBreak;
            previousSpace = true;
            previousBreak = false;
        } else if (isBreak(c)) {
            lineBreaks = true;
            leadingBreak = leadingBreak || i == 0;
            trailingBreak = trailingBreak || i + 1 == n;
            spaceBreak = spaceBreak || previousSpace;
            previousSpace = false;
            previousBreak = true;
        } else {
            previousSpace = false;
            previousBreak = false;
        }
        precededByWhitespace = c == U'\0' || isBlank(c) || isBreak(c);
    }

    result.multiline = lineBreaks;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak || lineBreaks || indicators)
        result.plainAllowed = false;
    if (trailingSpace)
        result.blockAllowed = false;
    if (breakSpace) {
        result.plainAllowed = false;
        result.singleQuotedAllowed = false;
    }
    if (spaceBreak || special) {
        result.plainAllowed = false;
        result.singleQuotedAllowed = false;
        result.blockAllowed = false;
    }
    return result;
}

// Writes events the way libyaml's emitter does, keeping its column, indentation and whitespace
// state, on which every line break and space it writes depends.
class Emitter
{
public:
    explicit Emitter(const YamlStyle& style)
        : m_style(style)
    {
    }

    QByteArray text; // UTF-8

    // The state at the start of a line, inside a block mapping at column 0.
    void startTopLevelMapping()
    {
        m_indent = 0;
        m_column = 0;
        m_whitespace = true;
        m_indention = true;
    }

    void mappingEntry(const YamlValue& key, const YamlValue& value)
    {
        writeIndent();
        if (isSimpleKey(key)) {
            node(key, /*mapping=*/true, /*simpleKey=*/true);
            writeIndicator(U":", false, false, false);
        } else {
            writeIndicator(U"?", true, false, true);
            node(key, true, false);
            writeIndent();
            writeIndicator(U":", true, false, true);
        }
        node(value, true, false);
    }

    // The line break that ends the last line, unless it already ended.
    void finishLine()
    {
        if (m_column > 0)
            putBreak();
    }

private:
    void node(const YamlValue& value, bool mapping, bool simpleKey)
    {
        m_mappingContext = mapping;
        m_simpleKeyContext = simpleKey;
        switch (value.type()) {
        case YamlValue::Type::List:
            if (value.items().isEmpty())
                emptyCollection(U"[", U"]");
            else
                blockSequence(value.items());
            break;
        case YamlValue::Type::Map:
            if (value.entries().isEmpty())
                emptyCollection(U"{", U"}");
            else
                blockMapping(value.entries());
            break;
        default:
            scalar(scalarFor(value));
            break;
        }
    }

    void emptyCollection(const char32_t* open, const char32_t* close)
    {
        writeIndicator(open, true, true, false);
        writeIndicator(close, false, false, false);
    }

    void blockSequence(const QVector<YamlValue>& items)
    {
        // A list that is a mapping's value sits at the key's column.
        increaseIndent(false, m_mappingContext && !m_indention);
        for (const YamlValue& item : items) {
            writeIndent();
            writeIndicator(U"-", true, false, true);
            node(item, false, false);
        }
        popIndent();
    }

    void blockMapping(const QVector<YamlMapEntry>& entries)
    {
        increaseIndent(false, false);
        for (const YamlMapEntry& entry : entries)
            mappingEntry(entry.key, entry.value);
        popIndent();
    }

    static bool isSimpleKey(const YamlValue& key)
    {
        if (key.type() == YamlValue::Type::List)
            return key.items().isEmpty();
        if (key.type() == YamlValue::Type::Map)
            return key.entries().isEmpty();
        const Scalar scalar = scalarFor(key);
        if (analyze(scalar.text).multiline)
            return false;
        const int tagLength = int(scalar.tagHandle.size() + scalar.tagSuffix.size());
        return tagLength + utf8Length(scalar.text) <= MaxSimpleKeyLength;
    }

    void scalar(const Scalar& scalar)
    {
        const Analysis analysis = analyze(scalar.text);
        const bool noTag = scalar.tagHandle.isEmpty() && scalar.tagSuffix.isEmpty();
        ScalarStyle style = scalar.requested;
        if (m_simpleKeyContext && analysis.multiline)
            style = ScalarStyle::DoubleQuoted;
        if (style == ScalarStyle::Plain) {
            if (!analysis.plainAllowed || (scalar.text.empty() && m_simpleKeyContext)
                || (noTag && !scalar.plainImplicit))
                style = ScalarStyle::SingleQuoted;
        }
        if (style == ScalarStyle::SingleQuoted && !analysis.singleQuotedAllowed)
            style = ScalarStyle::DoubleQuoted;
        if (style == ScalarStyle::Literal && (!analysis.blockAllowed || m_simpleKeyContext))
            style = ScalarStyle::DoubleQuoted;

        QString handle = scalar.tagHandle;
        if (noTag && !scalar.quotedImplicit && style != ScalarStyle::Plain)
            handle = QStringLiteral("!"); // a quoted null: `! ''`
        if (!handle.isEmpty()) {
            if (!m_whitespace)
                put(U' ');
            for (const char32_t c : handle.toStdU32String())
                put(c);
            for (const char32_t c : scalar.tagSuffix.toStdU32String())
                put(c);
            m_whitespace = false;
            m_indention = false;
        }

        increaseIndent(true, false);
        const bool allowBreaks = !m_simpleKeyContext;
        switch (style) {
        case ScalarStyle::Plain:
            writePlain(scalar.text, allowBreaks);
            break;
        case ScalarStyle::SingleQuoted:
            writeSingleQuoted(scalar.text, allowBreaks);
            break;
        case ScalarStyle::DoubleQuoted:
            writeDoubleQuoted(scalar.text, allowBreaks);
            break;
        case ScalarStyle::Literal:
            writeLiteral(scalar.text);
            break;
        }
        popIndent();
    }

    void writePlain(const Text& s, bool allowBreaks)
    {
        if (!m_whitespace && (!s.empty() || m_style.emptyValueSpace))
            put(U' ');
        bool spaces = false;
        bool breaks = false;
        for (size_t i = 0; i < s.size(); ++i) {
            const char32_t c = s[i];
            if (c == U' ') {
                if (allowBreaks && !spaces && m_column > YamlWriter::LineWidth && !nextIsSpace(s, i))
                    writeIndent();
                else
                    put(c);
                spaces = true;
            } else if (isBreak(c)) {
                if (!breaks && c == U'\n')
                    putBreak();
                writeBreak(c);
                m_indention = true;
                breaks = true;
            } else {
                if (breaks)
                    writeIndent();
                put(c);
                m_indention = false;
                spaces = false;
                breaks = false;
            }
        }
        m_whitespace = false;
        m_indention = false;
    }

    void writeSingleQuoted(const Text& s, bool allowBreaks)
    {
        writeIndicator(U"'", true, false, false);
        bool spaces = false;
        bool breaks = false;
        const size_t n = s.size();
        for (size_t i = 0; i < n; ++i) {
            const char32_t c = s[i];
            if (c == U' ') {
                if (allowBreaks && !spaces && m_column > YamlWriter::LineWidth && i != 0 && i + 1 != n
                    && !nextIsSpace(s, i))
                    writeIndent();
                else
                    put(c);
                spaces = true;
            } else if (isBreak(c)) {
                // One line break in quotes reads as a space, so a break is written twice.
                if (!breaks && c == U'\n')
                    putBreak();
                writeBreak(c);
                m_indention = true;
                breaks = true;
            } else {
                if (breaks)
                    writeIndent();
                if (c == U'\'')
                    put(U'\'');
                put(c);
                m_indention = false;
                spaces = false;
                breaks = false;
            }
        }
        if (breaks && !m_style.closingQuoteAtLineStart)
            writeIndent();
        writeIndicator(U"'", false, false, false);
        m_whitespace = false;
        m_indention = false;
    }

    void writeDoubleQuoted(const Text& s, bool allowBreaks)
    {
        writeIndicator(U"\"", true, false, false);
        bool spaces = false;
        const size_t n = s.size();
        for (size_t i = 0; i < n; ++i) {
            const char32_t c = s[i];
            if (!isPrintable(c) || c == 0xFEFF || isBreak(c) || c == U'"' || c == U'\\') {
                writeEscape(c);
                spaces = false;
            } else if (c == U' ') {
                if (allowBreaks && !spaces && m_column > YamlWriter::LineWidth && i != 0 && i + 1 != n) {
                    writeIndent();
                    // Leading spaces of a continuation line are not read; an escape keeps them.
                    if (nextIsSpace(s, i))
                        put(U'\\');
                } else {
                    put(c);
                }
                spaces = true;
            } else {
                put(c);
                spaces = false;
            }
        }
        writeIndicator(U"\"", false, false, false);
        m_whitespace = false;
        m_indention = false;
    }

    void writeEscape(char32_t c)
    {
        put(U'\\');
        switch (c) {
        case 0x00:
            put(U'0');
            return;
        case 0x07:
            put(U'a');
            return;
        case 0x08:
            put(U'b');
            return;
        case 0x09:
            put(U't');
            return;
        case 0x0A:
            put(U'n');
            return;
        case 0x0B:
            put(U'v');
            return;
        case 0x0C:
            put(U'f');
            return;
        case 0x0D:
            put(U'r');
            return;
        case 0x1B:
            put(U'e');
            return;
        case 0x22:
            put(U'"');
            return;
        case 0x5C:
            put(U'\\');
            return;
        case 0x85:
            put(U'N');
            return;
        case 0xA0:
            put(U'_');
            return;
        case 0x2028:
            put(U'L');
            return;
        case 0x2029:
            put(U'P');
            return;
        default:
            break;
        }
        int digits = 8;
        if (c <= 0xFF) {
            put(U'x');
            digits = 2;
        } else if (c <= 0xFFFF) {
            put(U'u');
            digits = 4;
        } else {
            put(U'U');
        }
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            const int digit = (c >> shift) & 0x0F;
            put(char32_t(digit < 10 ? U'0' + digit : U'A' + digit - 10));
        }
    }

    void writeLiteral(const Text& s)
    {
        writeIndicator(U"|", true, false, false);
        const size_t n = s.size();
        if (n > 0 && (s[0] == U' ' || isBreak(s[0])))
            writeIndicator(U"2", false, false, false);
        // Chomping: `-` drops the final line break the text lacks, `+` keeps the extra ones.
        if (n == 0 || !isBreak(s[n - 1]))
            writeIndicator(U"-", false, false, false);
        else if (n == 1 || isBreak(s[n - 2]))
            writeIndicator(U"+", false, false, false);
        putBreak();
        m_indention = true;
        m_whitespace = true;
        bool breaks = true;
        for (const char32_t c : s) {
            if (isBreak(c)) {
                writeBreak(c);
                m_indention = true;
                breaks = true;
            } else {
                if (breaks)
                    writeIndent();
                put(c);
                m_indention = false;
                breaks = false;
            }
        }
    }

    static bool nextIsSpace(const Text& s, size_t i) { return i + 1 < s.size() && s[i + 1] == U' '; }

    void append(char32_t c)
    {
        if (c < 0x80) {
            text += char(c);
        } else if (c < 0x800) {
            text += char(0xC0 | (c >> 6));
            text += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            text += char(0xE0 | (c >> 12));
            text += char(0x80 | ((c >> 6) & 0x3F));
            text += char(0x80 | (c & 0x3F));
        } else {
            text += char(0xF0 | (c >> 18));
            text += char(0x80 | ((c >> 12) & 0x3F));
            text += char(0x80 | ((c >> 6) & 0x3F));
            text += char(0x80 | (c & 0x3F));
        }
    }

    void put(char32_t c)
    {
        append(c);
        ++m_column;
    }

    void putBreak()
    {
        text += m_style.lineBreak;
        m_column = 0;
    }

    void writeBreak(char32_t c)
    {
        if (c == U'\n') {
            putBreak();
        } else {
            append(c);
            m_column = 0;
        }
    }

    void writeIndent()
    {
        const int indent = m_indent >= 0 ? m_indent : 0;
        if (!m_indention || m_column > indent || (m_column == indent && !m_whitespace))
            putBreak();
        while (m_column < indent)
            put(U' ');
        m_whitespace = true;
        m_indention = true;
    }

    void writeIndicator(const char32_t* indicator, bool needWhitespace, bool isWhitespace, bool isIndention)
    {
        if (needWhitespace && !m_whitespace)
            put(U' ');
        for (const char32_t* c = indicator; *c; ++c)
            put(*c);
        m_whitespace = isWhitespace;
        m_indention = m_indention && isIndention;
    }

    void increaseIndent(bool flow, bool indentless)
    {
        m_indents.append(m_indent);
        if (m_indent < 0)
            m_indent = flow ? BestIndent : 0;
        else if (!indentless)
            m_indent += BestIndent;
    }

    void popIndent() { m_indent = m_indents.takeLast(); }

    const YamlStyle& m_style;
    int m_column = 0;
    int m_indent = -1;
    QVector<int> m_indents;
    bool m_whitespace = true;
    bool m_indention = true;
    bool m_mappingContext = false;
    bool m_simpleKeyContext = false;
};

} // namespace

QByteArray YamlWriter::entry(const YamlValue& key, const YamlValue& value, const YamlStyle& style)
{
    Emitter emitter(style);
    emitter.startTopLevelMapping();
    emitter.mappingEntry(key, value);
    emitter.finishLine();
    return emitter.text;
}

QByteArray YamlWriter::entry(const QString& key, const YamlValue& value, const YamlStyle& style)
{
    return entry(YamlValue::fromString(key), value, style);
}

QString YamlWriter::percentEncodedPath(const QString& path)
{
    return QString::fromLatin1(path.toUtf8().toPercentEncoding("!*'();/?:@&=+$,[]"));
}

bool YamlWriter::dependsOnStyleFacts(const YamlValue& value)
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        return true; // `key:` or `key: `
    case YamlValue::Type::String:
        return value.toString().endsWith(QLatin1Char('\n')); // where a quoted one closes
    case YamlValue::Type::List:
        for (const YamlValue& item : value.items()) {
            if (dependsOnStyleFacts(item))
                return true;
        }
        return false;
    case YamlValue::Type::Map:
        for (const YamlMapEntry& entry : value.entries()) {
            if (dependsOnStyleFacts(entry.key) || dependsOnStyleFacts(entry.value))
                return true;
        }
        return false;
    default:
        return false;
    }
}

QByteArray YamlWriter::mapping(const YamlValue& map, const YamlStyle& style)
{
    QByteArray text;
    for (const YamlMapEntry& entry : map.entries())
        text += YamlWriter::entry(entry.key, entry.value, style);
    return text;
}

} // namespace EventDesk
