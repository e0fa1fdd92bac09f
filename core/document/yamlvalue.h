#pragma once

#include "yamltime.h"

#include <QSharedDataPointer>
#include <QString>
#include <QVector>

namespace EventDesk {

class YamlValueData;
struct YamlMapEntry;

// One node of a front matter, typed as Jekyll sees it (Ruby's Psych.safe_load): null, boolean,
// integer, float, string, date, date-time, list or ordered map. Values are implicitly shared, so
// copies (and YAML aliases) cost nothing. Scalars remember how they were written (style, original
// text) and every value the line and column where it starts, for problems and the writer.
class YamlValue
{
public:
    enum class Type { Null, Bool, Integer, Float, String, Date, DateTime, List, Map };
    enum class Style { Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Block, Flow };

    YamlValue();
    YamlValue(const YamlValue& other);
    YamlValue& operator=(const YamlValue& other);
    ~YamlValue();

    static YamlValue fromBool(bool value);
    static YamlValue fromInteger(qint64 value);
    // An integer beyond 64 bits, given as its decimal digits (Ruby integers have no limit).
    static YamlValue fromBigInteger(const QString& decimal);
    static YamlValue fromFloat(double value);
    static YamlValue fromString(const QString& value);
    static YamlValue fromDate(const YamlDate& value);
    static YamlValue fromDateTime(const YamlDateTime& value);
    static YamlValue fromList(const QVector<YamlValue>& items);
    static YamlValue fromMap(const QVector<YamlMapEntry>& entries);

    Type type() const;
    bool isNull() const { return type() == Type::Null; }
    bool isScalar() const { return type() != Type::List && type() != Type::Map; }

    bool toBool() const;
    qint64 toInteger() const;
    // The integer in decimal, whatever its size.
    QString integerText() const;
    double toFloat() const;
    QString toString() const;
    YamlDate toDate() const;
    YamlDateTime toDateTime() const;
    // A list's items and a map's entries (empty for other values). The references live as long
    // as the value's data: do not take them from a temporary list or map that owns it alone.
    const QVector<YamlValue>& items() const;
    const QVector<YamlMapEntry>& entries() const;

    // Map look-up by the text of a key (keys are compared as Ruby's to_s shows them).
    int indexOf(const QString& key) const;
    bool contains(const QString& key) const { return indexOf(key) >= 0; }
    YamlValue value(const QString& key) const;

    // The value as Ruby's to_s shows it: how a non-string key becomes a JSON member name.
    QString rubyString() const;

    // Where the value starts in its source, 1-based; 0 when it has no source.
    int line() const;
    int column() const;
    void setPosition(int line, int column);

    Style style() const;
    void setStyle(Style style);
    // A scalar's text before it was typed: as libyaml read it (quotes, escapes and folding
    // resolved), so `2023-01-31 16:30:00 +01:00` for a datetime written that way.
    QString sourceText() const;
    void setSourceText(const QString& text);

    // Same type and data, ignoring positions, styles and source text.
    bool operator==(const YamlValue& other) const;
    bool operator!=(const YamlValue& other) const { return !(*this == other); }

private:
    explicit YamlValue(Type type);
    QSharedDataPointer<YamlValueData> d;
};

struct YamlMapEntry
{
    YamlValue key;
    YamlValue value;
};

const char* yamlTypeName(YamlValue::Type type);

} // namespace EventDesk
