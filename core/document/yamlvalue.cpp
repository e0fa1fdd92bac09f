#include "yamlvalue.h"

#include <QLocale>

#include <cmath>

namespace EventDesk {

class YamlValueData : public QSharedData
{
public:
    YamlValue::Type type = YamlValue::Type::Null;
    YamlValue::Style style = YamlValue::Style::Plain;
    bool boolean = false;
    qint64 integer = 0;
    double number = 0;
    QString text; // string value, or the digits of a big integer
    YamlDate date;
    YamlDateTime dateTime;
    QVector<YamlValue> items;
    QVector<YamlMapEntry> entries;
    QString sourceText;
    int line = 0;
    int column = 0;
};

namespace {

// Ruby's Float#to_s: the shortest digits that read back the same, in positional notation for
// exponents from -4 to 15 ("100000.0", "0.0001") and scientific otherwise ("1.0e+20").
QString rubyFloat(double value)
{
    const QString scientific = QString::number(value, 'e', QLocale::FloatingPointShortest);
    const int e = scientific.indexOf(QLatin1Char('e'));
    QString mantissa = scientific.left(e);
    const int exponent = scientific.mid(e + 1).toInt();
    const bool negative = mantissa.startsWith(QLatin1Char('-')) || (value == 0 && std::signbit(value));
    if (mantissa.startsWith(QLatin1Char('-')))
        mantissa.remove(0, 1);
    const QString digits = QString(mantissa).remove(QLatin1Char('.'));
    QString text;
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            text = QStringLiteral("0.") + QString(-exponent - 1, QLatin1Char('0')) + digits;
        } else {
            const QString whole = digits.left(exponent + 1).leftJustified(exponent + 1, QLatin1Char('0'));
            const QString fraction = digits.mid(exponent + 1);
            text = whole + QLatin1Char('.') + (fraction.isEmpty() ? QStringLiteral("0") : fraction);
        }
    } else {
        const QString fraction = digits.mid(1);
        text = digits.left(1) + QLatin1Char('.') + (fraction.isEmpty() ? QStringLiteral("0") : fraction)
            + QLatin1Char('e') + (exponent < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            + QString::number(qAbs(exponent)).rightJustified(2, QLatin1Char('0'));
    }
    return negative ? QLatin1Char('-') + text : text;
}

// Ruby's String#inspect.
QString rubyInspectString(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case 0x1B:
            out += QStringLiteral("\\e");
            break;
        case 0x07:
            out += QStringLiteral("\\a");
            break;
        case 0x08:
            out += QStringLiteral("\\b");
            break;
        case 0x0B:
            out += QStringLiteral("\\v");
            break;
        case 0x0C:
            out += QStringLiteral("\\f");
            break;
        case '#':
            out += i + 1 < text.size() && QStringLiteral("{$@").contains(text.at(i + 1)) ? QStringLiteral("\\#")
                                                                                         : QStringLiteral("#");
            break;
        default:
            if (c.unicode() == 0x7F)
                out += QStringLiteral("\\x7F");
            else if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1")
                           .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                           .toUpper()
                           .replace(QLatin1String("\\U"), QLatin1String("\\u"));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

// Ruby's inspect, which is also to_s for arrays and hashes (Ruby 3.1 forms).
QString rubyInspect(const YamlValue& value)
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        return QStringLiteral("nil");
    case YamlValue::Type::String:
        return rubyInspectString(value.toString());
    case YamlValue::Type::List: {
        QStringList items;
        for (const YamlValue& item : value.items())
            items.append(rubyInspect(item));
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case YamlValue::Type::Map: {
        QStringList entries;
        for (const YamlMapEntry& entry : value.entries())
            entries.append(rubyInspect(entry.key) + QStringLiteral("=>") + rubyInspect(entry.value));
        return QLatin1Char('{') + entries.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    case YamlValue::Type::Date: {
        // Date#inspect: the date, its chronological Julian day, and the Italian reform day.
        const YamlDate date = value.toDate();
        const qint64 julianDay = daysFromCivil(date.year, date.month, date.day) + 2440588;
        return QStringLiteral("#<Date: %1 ((%2j,0s,0n),+0s,2299161j)>").arg(date.toIsoString()).arg(julianDay);
    }
    case YamlValue::Type::DateTime: {
        // Time#inspect: Time#to_s with the fraction of a second when there is one.
        QString text = value.rubyString();
        const int micro = value.toDateTime().microseconds;
        if (micro != 0) {
            QString fraction = QString::number(micro).rightJustified(6, QLatin1Char('0'));
            while (fraction.endsWith(QLatin1Char('0')))
                fraction.chop(1);
            text.insert(19, QLatin1Char('.') + fraction);
        }
        return text;
    }
    default:
        return value.rubyString();
    }
}

} // namespace

YamlValue::YamlValue()
    : d(new YamlValueData)
{
}

YamlValue::YamlValue(Type type)
    : d(new YamlValueData)
{
    d->type = type;
}

YamlValue::YamlValue(const YamlValue& other) = default;
YamlValue& YamlValue::operator=(const YamlValue& other) = default;
YamlValue::~YamlValue() = default;

YamlValue YamlValue::fromBool(bool value)
{
    YamlValue v(Type::Bool);
    v.d->boolean = value;
    return v;
}

YamlValue YamlValue::fromInteger(qint64 value)
{
    YamlValue v(Type::Integer);
    v.d->integer = value;
    return v;
}

YamlValue YamlValue::fromBigInteger(const QString& decimal)
{
    YamlValue v(Type::Integer);
    v.d->text = decimal;
    return v;
}

YamlValue YamlValue::fromFloat(double value)
{
    YamlValue v(Type::Float);
    v.d->number = value;
    return v;
}

YamlValue YamlValue::fromString(const QString& value)
{
    YamlValue v(Type::String);
    v.d->text = value;
    return v;
}

YamlValue YamlValue::fromDate(const YamlDate& value)
{
    YamlValue v(Type::Date);
    v.d->date = value;
    return v;
}

YamlValue YamlValue::fromDateTime(const YamlDateTime& value)
{
    YamlValue v(Type::DateTime);
    v.d->dateTime = value;
    return v;
}

YamlValue YamlValue::fromList(const QVector<YamlValue>& items)
{
    YamlValue v(Type::List);
    v.d->style = Style::Block;
    v.d->items = items;
    return v;
}

YamlValue YamlValue::fromMap(const QVector<YamlMapEntry>& entries)
{
    YamlValue v(Type::Map);
    v.d->style = Style::Block;
    v.d->entries = entries;
    return v;
}

YamlValue::Type YamlValue::type() const
{
    return d->type;
}

bool YamlValue::toBool() const
{
    return d->type == Type::Bool && d->boolean;
}

qint64 YamlValue::toInteger() const
{
    return d->type == Type::Integer ? d->integer : 0;
}

QString YamlValue::integerText() const
{
    if (d->type != Type::Integer)
        return {};
    return d->text.isEmpty() ? QString::number(d->integer) : d->text;
}

double YamlValue::toFloat() const
{
    if (d->type == Type::Integer)
        return d->text.isEmpty() ? double(d->integer) : d->text.toDouble();
    return d->type == Type::Float ? d->number : 0.0;
}

QString YamlValue::toString() const
{
    return d->type == Type::String ? d->text : QString();
}

YamlDate YamlValue::toDate() const
{
    return d->date;
}

YamlDateTime YamlValue::toDateTime() const
{
    return d->dateTime;
}

// Values other than lists and maps answer with one shared empty list, so that
// `map.value("missing").items()` stays valid after the temporary value is gone.
const QVector<YamlValue>& YamlValue::items() const
{
    static const QVector<YamlValue> none;
    return d->type == Type::List ? d->items : none;
}

const QVector<YamlMapEntry>& YamlValue::entries() const
{
    static const QVector<YamlMapEntry> none;
    return d->type == Type::Map ? d->entries : none;
}

int YamlValue::indexOf(const QString& key) const
{
    if (d->type != Type::Map)
        return -1;
    for (int i = 0; i < d->entries.size(); ++i) {
        if (d->entries.at(i).key.rubyString() == key)
            return i;
    }
    return -1;
}

YamlValue YamlValue::value(const QString& key) const
{
    const int index = indexOf(key);
    return index < 0 ? YamlValue() : d->entries.at(index).value;
}

QString YamlValue::rubyString() const
{
    switch (d->type) {
    case Type::Null:
        return {};
    case Type::Bool:
        return d->boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Integer:
        return integerText();
    case Type::Float: {
        if (std::isnan(d->number))
            return QStringLiteral("NaN");
        if (std::isinf(d->number))
            return d->number < 0 ? QStringLiteral("-Infinity") : QStringLiteral("Infinity");
        return rubyFloat(d->number);
    }
    case Type::String:
        return d->text;
    case Type::Date:
        return d->date.toIsoString();
    case Type::DateTime: {
        // Time#to_s: "2023-01-31 16:30:00 +0100" ("UTC" for Z)
        const YamlDateTime& t = d->dateTime;
        QString s = t.toIsoString().left(19).replace(10, 1, QLatin1Char(' '));
        if (t.zone == YamlDateTime::Zone::Utc)
            return s + QStringLiteral(" UTC");
        return s + QLatin1Char(' ') + t.offsetString().remove(QLatin1Char(':'));
    }
    case Type::List:
    case Type::Map:
        return rubyInspect(*this);
    }
    return {};
}

int YamlValue::line() const
{
    return d->line;
}

int YamlValue::column() const
{
    return d->column;
}

void YamlValue::setPosition(int line, int column)
{
    d->line = line;
    d->column = column;
}

YamlValue::Style YamlValue::style() const
{
    return d->style;
}

void YamlValue::setStyle(Style style)
{
    d->style = style;
}

QString YamlValue::sourceText() const
{
    return d->sourceText;
}

void YamlValue::setSourceText(const QString& text)
{
    d->sourceText = text;
}

bool YamlValue::operator==(const YamlValue& other) const
{
    if (d == other.d)
        return true;
    if (d->type != other.d->type)
        return false;
    switch (d->type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return d->boolean == other.d->boolean;
    case Type::Integer:
        return integerText() == other.integerText();
    case Type::Float:
        return d->number == other.d->number || (std::isnan(d->number) && std::isnan(other.d->number));
    case Type::String:
        return d->text == other.d->text;
    case Type::Date:
        return d->date == other.d->date;
    case Type::DateTime:
        return d->dateTime == other.d->dateTime;
    case Type::List:
        return d->items == other.d->items;
    case Type::Map: {
        if (d->entries.size() != other.d->entries.size())
            return false;
        for (int i = 0; i < d->entries.size(); ++i) {
            if (d->entries.at(i).key != other.d->entries.at(i).key
                || d->entries.at(i).value != other.d->entries.at(i).value)
                return false;
        }
        return true;
    }
    }
    return false;
}

const char* yamlTypeName(YamlValue::Type type)
{
    switch (type) {
    case YamlValue::Type::Null:
        return "null";
    case YamlValue::Type::Bool:
        return "boolean";
    case YamlValue::Type::Integer:
        return "integer";
    case YamlValue::Type::Float:
        return "float";
    case YamlValue::Type::String:
        return "string";
    case YamlValue::Type::Date:
        return "date";
    case YamlValue::Type::DateTime:
        return "datetime";
    case YamlValue::Type::List:
        return "list";
    case YamlValue::Type::Map:
        return "map";
    }
    return "";
}

} // namespace EventDesk
