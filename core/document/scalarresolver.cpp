#include "scalarresolver.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

#include <cmath>

namespace EventDesk {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Ruby's \s (ASCII only).
bool isRubySpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
        || c == QLatin1Char('\f') || c == QLatin1Char('\v');
}

// The character class of ScalarScanner's "looks like a word" test: [[:alpha:]_\s!@#$%^&*(){}<>|/\\~;=]
bool isWordClass(QChar c)
{
    static const QString punctuation = QStringLiteral("_!@#$%^&*(){}<>|/\\~;=");
    return c.isLetter() || c.isMark() || isRubySpace(c) || punctuation.contains(c);
}

QRegularExpression anchored(const char* pattern)
{
    return QRegularExpression(QLatin1String("\\A(?:") + QLatin1String(pattern) + QLatin1String(")\\z"));
}

const QRegularExpression& timePattern()
{
    static const QRegularExpression re = anchored("-?[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t\\f\\v\\r]+)[0-9]{1,2}:"
                                                  "[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?(?:[ \\t\\f\\v\\r]*(?:Z|[-+]["
                                                  "0-9]{1,2}:?(?:[0-9][0-9])?))?");
    return re;
}

// Decimal digits of a non-negative integer written in `base`, without 64-bit limits.
QString digitsInBase(const QString& digits, int base)
{
    QVector<int> decimal{0}; // least significant first
    for (QChar c : digits) {
        int carry = QString(c).toInt(nullptr, 16);
        for (int& d : decimal) {
            const int v = d * base + carry;
            d = v % 10;
            carry = v / 10;
        }
        while (carry > 0) {
            decimal.append(carry % 10);
            carry /= 10;
        }
    }
    QString out;
    for (int i = decimal.size() - 1; i >= 0; --i)
        out += QChar(QLatin1Char('0' + decimal.at(i)));
    return out;
}

// Ruby's Integer(string) for the forms ScalarScanner lets through (underscores and commas removed).
bool rubyInteger(const QString& text, YamlValue* value, QString* error)
{
    QString s = text;
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        negative = s.startsWith(QLatin1Char('-'));
        s.remove(0, 1);
    }
    int base = 10;
    if (s.startsWith(QLatin1String("0b")) || s.startsWith(QLatin1String("0B"))) {
        base = 2;
        s.remove(0, 2);
    } else if (s.startsWith(QLatin1String("0x")) || s.startsWith(QLatin1String("0X"))) {
        base = 16;
        s.remove(0, 2);
    } else if (s.size() > 1 && s.startsWith(QLatin1Char('0'))) {
        base = 8;
        s.remove(0, 1);
    }
    if (s.isEmpty()) {
        *error = ScalarResolver::tr("invalid value for Integer(): \"%1\"").arg(text);
        return false;
    }
    bool ok = false;
    const qulonglong magnitude = s.toULongLong(&ok, base);
    if (ok && magnitude <= qulonglong(std::numeric_limits<qint64>::max())) {
        *value = YamlValue::fromInteger(negative ? -qint64(magnitude) : qint64(magnitude));
        return true;
    }
    if (ok && negative && magnitude == qulonglong(std::numeric_limits<qint64>::max()) + 1) {
        *value = YamlValue::fromInteger(std::numeric_limits<qint64>::min());
        return true;
    }
    const QString digits = digitsInBase(s, base);
    *value = YamlValue::fromBigInteger(negative ? QLatin1Char('-') + digits : digits);
    return true;
}

// Ruby's Float(string) after ScalarScanner's clean-up.
bool rubyFloat(const QString& text, YamlValue* value, QString* error)
{
    static const QRegularExpression strict = anchored("[-+]?(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");
    if (!strict.match(text).hasMatch()) {
        *error = ScalarResolver::tr("invalid value for Float(): \"%1\"").arg(text);
        return false;
    }
    *value = YamlValue::fromFloat(text.toDouble());
    return true;
}

// String#to_i / String#to_f for one part of a sexagesimal number: leading sign and digits with
// underscores, the rest ignored.
double leadingNumber(const QString& part, bool allowFraction)
{
    static const QRegularExpression intPart(QStringLiteral("\\A[-+]?[0-9][0-9_]*"));
    static const QRegularExpression floatPart(QStringLiteral("\\A[-+]?[0-9][0-9_]*(?:\\.[0-9][0-9_]*)?"));
    const QRegularExpressionMatch m = (allowFraction ? floatPart : intPart).match(part);
    if (!m.hasMatch())
        return 0;
    return m.captured().remove(QLatin1Char('_')).toDouble();
}

// `digits` (a non-negative decimal) times a small factor, in decimal.
QString multiplyDecimal(const QString& digits, int factor)
{
    QString out;
    int carry = 0;
    for (int i = digits.size() - 1; i >= 0; --i) {
        const int product = digits.at(i).digitValue() * factor + carry;
        out.prepend(QChar(QLatin1Char(char('0' + product % 10))));
        carry = product / 10;
    }
    while (carry > 0) {
        out.prepend(QChar(QLatin1Char(char('0' + carry % 10))));
        carry /= 10;
    }
    while (out.size() > 1 && out.startsWith(QLatin1Char('0')))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("0") : out;
}

// (negative ? -head : head) + rest, where head is a decimal of any size and 0 <= rest < 2^40.
YamlValue integerFromParts(const QString& head, bool negative, qint64 rest)
{
    bool ok = false;
    const qint64 small = head.toLongLong(&ok);
    if (ok && small < (qint64(1) << 62))
        return YamlValue::fromInteger((negative ? -small : small) + rest);
    // Beyond 62 bits: decimal arithmetic on the digits (rest is tiny next to head).
    QString digits = head;
    qint64 carry = negative ? -rest : rest;
    for (int i = digits.size() - 1; i >= 0 && carry != 0; --i) {
        qint64 d = digits.at(i).digitValue() + carry;
        carry = 0;
        while (d < 0) {
            d += 10;
            --carry;
        }
        carry += d / 10;
        digits[i] = QChar(QLatin1Char(char('0' + d % 10)));
    }
    if (carry > 0)
        digits.prepend(QString::number(carry));
    return YamlValue::fromBigInteger(negative ? QLatin1Char('-') + digits : digits);
}

// ScalarScanner#parse_time. Returns false for Ruby's ArgumentError (the scalar stays a string);
// sets *error for the other failures, which make Psych give up on the whole document.
bool parseTime(const QString& text, YamlValue* value, QString* error)
{
    int split = -1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('t') || c == QLatin1Char('T')) {
            split = i;
            break;
        }
    }
    if (split < 0) {
        *error = ScalarResolver::tr("undefined method `match' for nil:NilClass (date and time separated by a tab)");
        return false;
    }
    static const QRegularExpression datePart(QStringLiteral("\\A(-?[0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"));
    static const QRegularExpression timePart(
        QStringLiteral("([0-9]+:[0-9]+:[0-9]+)(?:\\.([0-9]*))?[ \\t\\f\\v\\r\\n]*(Z|[-+][0-9]+(:[0-9][0-9])?)?"));
    static const QRegularExpression zonePart(QStringLiteral("\\A([+\\-]?[0-9]{1,2}):?([0-9]{1,2})?\\z"));
    const QRegularExpressionMatch dm = datePart.match(text.left(split));
    const QRegularExpressionMatch tm = timePart.match(text.mid(split + 1));
    if (!dm.hasMatch() || !tm.hasMatch())
        return false;
    const qint64 year = dm.captured(1).toLongLong();
    const int month = dm.captured(2).toInt();
    const int day = dm.captured(3).toInt();
    const QStringList hms = tm.captured(1).split(QLatin1Char(':'));
    const qint64 hour = hms.at(0).toLongLong();
    const qint64 minute = hms.at(1).toLongLong();
    const qint64 second = hms.at(2).toLongLong();
    // Ruby's Time.utc ranges; days past the month's end and 24:00:00 / :60 roll over.
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 24 || minute < 0 || minute > 59
        || second < 0 || second > 60 || (hour == 24 && (minute != 0 || second != 0)))
        return false;
    int micro = 0;
    if (tm.capturedLength(2) > 0)
        micro = tm.captured(2).left(6).leftJustified(6, QLatin1Char('0')).toInt();

    YamlDateTime t;
    t.microseconds = micro;
    const qint64 wall = (daysFromCivil(year, month, 1) + day - 1) * 86400 + hour * 3600 + minute * 60 + second;
    const QString zone = tm.captured(3);
    if (zone == QLatin1String("Z")) {
        t.zone = YamlDateTime::Zone::Utc;
        t.epochSeconds = wall;
        t.offsetSeconds = 0;
    } else if (zone.isEmpty()) {
        t.zone = YamlDateTime::Zone::Local;
        t.epochSeconds = wall;
        t.offsetSeconds = QDateTime::fromSecsSinceEpoch(wall).offsetFromUtc();
    } else {
        const QRegularExpressionMatch zm = zonePart.match(zone);
        if (!zm.hasMatch()) {
            *error = ScalarResolver::tr("undefined method `[]' for nil:NilClass (time zone \"%1\")").arg(zone);
            return false;
        }
        const int hours = zm.captured(1).toInt();
        const int minutes = zm.capturedLength(2) > 0 ? zm.captured(2).toInt() : 0;
        int offset = hours * 3600;
        // As Psych: the minutes take the sign of the hours' offset, so "-00:30" is +00:30.
        offset += (offset < 0 ? -1 : 1) * minutes * 60;
        if (offset <= -86400 || offset >= 86400)
            return false; // utc_offset out of range
        t.zone = YamlDateTime::Zone::Offset;
        t.offsetSeconds = offset;
        t.epochSeconds = wall - offset;
    }
    *value = YamlValue::fromDateTime(t);
    return true;
}

} // namespace

bool ScalarResolver::tokenize(const QString& text, YamlValue* value, QString* error)
{
    if (text.isEmpty()) {
        *value = YamlValue();
        return true;
    }
    *value = YamlValue::fromString(text);

    const bool wordLike = text.contains(QLatin1Char('\n')) || isWordClass(text.at(0))
        || (text.size() > 1 && !isAsciiDigit(text.at(0)) && text.at(0) != QLatin1Char('.')
            && text.at(0) != QLatin1Char(':') && text.at(0) != QLatin1Char('-') && isWordClass(text.at(1)));
    if (wordLike) {
        if (text.toUcs4().size() > 5)
            return true;
        // Ruby's ^ and $ match at every line, which matters for short multi-line scalars.
        const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption;
        static const QRegularExpression otherWord(QStringLiteral("^[^ytonf~]"), options);
        static const QRegularExpression nullWord(QStringLiteral("^null$"), options);
        static const QRegularExpression trueWord(QStringLiteral("^(?:yes|true|on)$"), options);
        static const QRegularExpression falseWord(QStringLiteral("^(?:no|false|off)$"), options);
        if (otherWord.match(text).hasMatch())
            return true;
        if (text == QLatin1String("~") || nullWord.match(text).hasMatch())
            *value = YamlValue();
        else if (trueWord.match(text).hasMatch())
            *value = YamlValue::fromBool(true);
        else if (falseWord.match(text).hasMatch())
            *value = YamlValue::fromBool(false);
        return true;
    }

    if (timePattern().match(text).hasMatch()) {
        YamlValue time;
        if (parseTime(text, &time, error)) {
            *value = time;
            return true;
        }
        return error->isEmpty();
    }

    static const QRegularExpression date =
        anchored("[0-9]{4}-(?:1[012]|0[0-9]|[0-9])-(?:[12][0-9]|3[01]|0[0-9]|[0-9])");
    if (date.match(text).hasMatch()) {
        const QStringList parts = text.split(QLatin1Char('-'));
        const int y = parts.at(0).toInt(), m = parts.at(1).toInt(), d = parts.at(2).toInt();
        if (YamlDate::isValid(y, m, d))
            *value = YamlValue::fromDate(YamlDate{y, m, d});
        return true;
    }

    static const QRegularExpression infinity(QStringLiteral("\\A([-+]?)\\.inf\\z"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nan(QStringLiteral("\\A\\.nan\\z"), QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = infinity.match(text); m.hasMatch()) {
        const double inf = std::numeric_limits<double>::infinity();
        *value = YamlValue::fromFloat(m.captured(1) == QLatin1String("-") ? -inf : inf);
        return true;
    }
    if (nan.match(text).hasMatch()) {
        *value = YamlValue::fromFloat(std::numeric_limits<double>::quiet_NaN());
        return true;
    }

    if (text.size() >= 2 && text.at(0) == QLatin1Char(':')) {
        *error =
            tr("Tried to load unspecified class: Symbol (the value %1 reads as a Ruby symbol; quote it)").arg(text);
        return false;
    }

    static const QRegularExpression sexagesimalInt = anchored("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}");
    static const QRegularExpression sexagesimalFloat = anchored("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}\\.[0-9_]*");
    const bool isSexInt = sexagesimalInt.match(text).hasMatch();
    if (isSexInt || sexagesimalFloat.match(text).hasMatch()) {
        // Psych weighs the parts 60^|i-2|: "1:30" is 1*3600 + 30*60, as Jekyll reads it.
        const QStringList parts = text.split(QLatin1Char(':'));
        if (!isSexInt) {
            double total = 0;
            for (int i = 0; i < parts.size(); ++i)
                total += leadingNumber(parts.at(i), true) * std::pow(60.0, std::abs(i - 2));
            *value = YamlValue::fromFloat(total);
            return true;
        }
        // Integers are exact: the first part may be long, the others are below 60.
        QString first = parts.first();
        first.remove(QLatin1Char('_'));
        const bool negative = first.startsWith(QLatin1Char('-'));
        if (negative || first.startsWith(QLatin1Char('+')))
            first.remove(0, 1);
        qint64 rest = 0;
        for (int i = 1; i < parts.size(); ++i)
            rest += parts.at(i).toLongLong() * (i == 1 ? 60 : 1);
        *value = integerFromParts(multiplyDecimal(first, 3600), negative, rest);
        return true;
    }

    static const QRegularExpression floatPattern = anchored("[-+]?(?:[0-9][0-9_,]*)?\\.[0-9]*(?:[eE][-+][0-9]+)?");
    if (floatPattern.match(text).hasMatch()) {
        static const QRegularExpression lonePoint = anchored("[-+]?\\.");
        if (lonePoint.match(text).hasMatch())
            return true;
        static const QRegularExpression cleanup(QStringLiteral("[,_]|\\.([Ee]|$)"));
        QString cleaned = text;
        cleaned.replace(cleanup, QStringLiteral("\\1"));
        return rubyFloat(cleaned, value, error);
    }

    static const QRegularExpression integer =
        anchored("[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)"
                 "|[-+]?0x[0-9a-fA-F_,]+");
    if (integer.match(text).hasMatch()) {
        QString cleaned = text;
        cleaned.remove(QLatin1Char(',')).remove(QLatin1Char('_'));
        return rubyInteger(cleaned, value, error);
    }
    return true;
}

bool ScalarResolver::resolve(const QString& text, const QString& tag, bool quoted, YamlValue* value, QString* error)
{
    // Psych's ToRuby#deserialize, for the classes safe_load(permitted_classes: [Date, Time]) allows.
    if (quoted) {
        *value = YamlValue::fromString(text);
        return true;
    }
    if (tag.isEmpty())
        return tokenize(text, value, error);
    if (tag == QLatin1String("!binary") || tag == QLatin1String("tag:yaml.org,2002:binary")) {
        const QByteArray decoded = QByteArray::fromBase64(text.toLatin1());
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString string = decoder.decode(decoded);
        if (decoder.hasError()) {
            *error = tr("binary value (!!binary) that is not UTF-8 text");
            return false;
        }
        *value = YamlValue::fromString(string);
        return true;
    }
    static const QRegularExpression stringTag(QStringLiteral("\\A!(?:str|ruby/string)(?::(.*))?\\z"));
    const QRegularExpressionMatch stringMatch = stringTag.match(tag);
    if (stringMatch.hasMatch() || tag == QLatin1String("tag:yaml.org,2002:str")) {
        if (stringMatch.capturedLength(1) > 0) {
            *error = tr("Tried to load unspecified class: %1").arg(stringMatch.captured(1));
            return false;
        }
        *value = YamlValue::fromString(text);
        return true;
    }
    if (tag == QLatin1String("tag:yaml.org,2002:float") || tag == QLatin1String("!float")) {
        YamlValue token;
        if (!tokenize(text, &token, error))
            return false;
        switch (token.type()) {
        case YamlValue::Type::Integer:
        case YamlValue::Type::Float:
            *value = YamlValue::fromFloat(token.toFloat());
            return true;
        case YamlValue::Type::DateTime:
            *value =
                YamlValue::fromFloat(double(token.toDateTime().epochSeconds) + token.toDateTime().microseconds / 1e6);
            return true;
        case YamlValue::Type::String:
            return rubyFloat(text.trimmed(), value, error); // Float() allows surrounding spaces
        default:
            *error = tr("can't convert %1 into Float").arg(text);
            return false;
        }
    }
    if (tag == QLatin1String("!ruby/encoding")) {
        *value = YamlValue::fromString(text);
        return true;
    }
    static const QRegularExpression classTag(QStringLiteral(
        "\\A(?:!ruby/object:(?:BigDecimal|DateTime|Complex|Rational)|!ruby/class|!ruby/module|!ruby/regexp"
        "|!ruby/range|!ruby/sym(?:bol)?:?.*)\\z"));
    if (classTag.match(tag).hasMatch()) {
        *error = tr("Tried to load unspecified class (tag %1)").arg(tag);
        return false;
    }
    return tokenize(text, value, error);
}

bool ScalarResolver::isOrderedMapTag(const QString& tag)
{
    return tag == QLatin1String("tag:yaml.org,2002:omap") || tag == QLatin1String("!omap");
}

QString ScalarResolver::collectionTagError(const QString& tag, bool isMap)
{
    // Psych's visit_Psych_Nodes_Sequence and visit_Psych_Nodes_Mapping: the tags that load a
    // Ruby class, which safe_load refuses; other tags give a plain list or map.
    static const QRegularExpression sequenceClass(QStringLiteral("\\A!(?:seq|ruby/array):(.*)\\z"));
    static const QRegularExpression mapClass(QStringLiteral(
        "\\A(?:!ruby/struct.*|!ruby/object.*|!(?:str|ruby/string)(?::.*)?|tag:yaml\\.org,2002:str|!ruby/array:.*"
        "|!ruby/range|!ruby/exception.*|!set|tag:yaml\\.org,2002:set|!ruby/hash-with-ivars.*|!map:.*|!ruby/hash:.*"
        "|!omap|tag:yaml\\.org,2002:omap|!ruby/marshalable:.*)\\z"));
    if (tag.isEmpty())
        return {};
    if (isMap ? mapClass.match(tag).hasMatch() : sequenceClass.match(tag).hasMatch())
        return isMap ? tr("Tried to load unspecified class (tag %1 on a mapping)").arg(tag)
                     : tr("Tried to load unspecified class (tag %1 on a list)").arg(tag);
    return {};
}

} // namespace EventDesk
