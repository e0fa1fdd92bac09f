#include "document/scalarresolver.h"
#include "document/yamljson.h"

#include <QTest>

#include <cmath>

using namespace EventDesk;

// Every row was checked against Ruby's Psych.safe_load (../shared/oracle/psych_dump.rb), the
// reader Jekyll 4.3 uses.
class TestScalarResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plain_data();
    void plain();
    void tagged_data();
    void tagged();
    void refused_data();
    void refused();
    void localTimeUsesTheProcessZone();
    void infinityAndNaN_data();
    void infinityAndNaN();
};

namespace {

QString json(const YamlValue& value)
{
    QByteArray out;
    Diagnostic error;
    if (!YamlJson::write(value, &out, &error))
        return QStringLiteral("JSON error: ") + error.message;
    return QString::fromUtf8(out);
}

} // namespace

void TestScalarResolver::plain_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expected");

    auto row = [](const char* name, const char* text, YamlValue::Type type, const char* expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << int(type) << QString::fromUtf8(expected);
    };
    using T = YamlValue::Type;
    row("yes", "yes", T::Bool, "true");
    row("no", "no", T::Bool, "false");
    row("on", "on", T::Bool, "true");
    row("off", "off", T::Bool, "false");
    row("Yes capitalised", "Yes", T::Bool, "true");
    row("NO upper case", "NO", T::Bool, "false");
    row("oN mixed case", "oN", T::Bool, "true");
    row("True", "True", T::Bool, "true");
    row("y stays a string", "y", T::String, "\"y\"");
    row("n stays a string", "n", T::String, "\"n\"");
    row("tilde", "~", T::Null, "null");
    row("null", "null", T::Null, "null");
    row("NULL", "NULL", T::Null, "null");
    row("nulls is a word", "nulls", T::String, "\"nulls\"");
    row("tilde then text", "~x", T::String, "\"~x\"");
    row("octal", "010", T::Integer, "8");
    row("hex", "0x1F", T::Integer, "31");
    row("negative hex", "-0x1F", T::Integer, "-31");
    row("hex with underscore", "0xFF_FF", T::Integer, "65535");
    row("binary", "0b101", T::Integer, "5");
    row("binary with sign", "+0b11", T::Integer, "3");
    row("0o is not octal in YAML 1.1", "0o17", T::String, "\"0o17\"");
    row("08 is not octal", "08", T::String, "\"08\"");
    row("underscore thousands", "1_000", T::Integer, "1000");
    row("comma thousands", "1,000", T::Integer, "1000");
    row("double underscore", "1__0", T::String, "\"1__0\"");
    row("leading underscore", "_1", T::String, "\"_1\"");
    row("plus sign", "+1", T::Integer, "1");
    row("minus zero", "-0", T::Integer, "0");
    row("double zero", "00", T::Integer, "0");
    row("big integer", "12345678901234567890", T::Integer, "12345678901234567890");
    row("twelve digits", "123456789012", T::Integer, "123456789012");
    row("point five", ".5", T::Float, "0.5");
    row("minus point five", "-.5", T::Float, "-0.5");
    row("trailing point", "1.", T::Float, "1.0");
    row("zero point", "0.", T::Float, "0.0");
    row("exponent with sign", "1.0e+5", T::Float, "100000.0");
    row("negative exponent", "0.1e-5", T::Float, "1.0e-06");
    row("exponent without point", "1e5", T::String, "\"1e5\"");
    row("exponent without sign", "1.5e3", T::String, "\"1.5e3\"");
    row("signed exponent without point", "1e+05", T::String, "\"1e+05\"");
    row("lone point", ".", T::String, "\".\"");
    row("minus point", "-.", T::String, "\"-.\"");
    row("two points", "1.2.3", T::String, "\"1.2.3\"");
    row("underscore after point", "1.5_0", T::String, "\"1.5_0\"");
    row("sexagesimal minutes", "1:30", T::Integer, "5400");
    row("sexagesimal hours", "1:30:15", T::Integer, "5415");
    row("sexagesimal negative", "-1:30", T::Integer, "-1800");
    row("sexagesimal float", "1:30.5", T::Float, "5430.0");
    row("clock time", "12:30:00", T::Integer, "45000");
    row("sexagesimal with underscore", "1_0:30", T::Integer, "37800");
    row("sixty is not a digit pair", "3:60", T::String, "\"3:60\"");
    row("date", "2023-01-31", T::Date, "\"2023-01-31\"");
    row("date with short fields", "2023-1-3", T::Date, "\"2023-01-03\"");
    row("impossible date", "2023-02-30", T::String, "\"2023-02-30\"");
    row("month 13", "2023-13-01", T::String, "\"2023-13-01\"");
    row("underscore in year", "20_23-01-01", T::String, "\"20_23-01-01\"");
    row("datetime with offset", "2023-01-31 16:30:00 +01:00", T::DateTime, "\"2023-01-31T16:30:00+01:00\"");
    row("datetime Z", "2018-07-02 00:00:00 Z", T::DateTime, "\"2018-07-02T00:00:00+00:00\"");
    row("datetime T and fraction", "2023-01-31T16:30:00.123456789+02:00", T::DateTime,
        "\"2023-01-31T16:30:00.123456+02:00\"");
    row("midnight 24:00 rolls over", "2023-01-31 24:00:00 +01:00", T::DateTime, "\"2023-02-01T00:00:00+01:00\"");
    row("day past month end rolls over", "2023-02-30 10:00:00 +01:00", T::DateTime, "\"2023-03-02T10:00:00+01:00\"");
    row("negative zero-hour offset reads positive", "2023-01-31 16:30:00 -00:30", T::DateTime,
        "\"2023-01-31T16:30:00+00:30\"");
    row("sexagesimal beyond 64 bits", "99999999999999999999:00", T::Integer, "359999999999999999996400");
    row("odd offset and year", "0005-01-31 23:09:21 +00:09", T::DateTime, "\"0005-01-31T23:09:21+00:09\"");
    row("offset without colon", "2023-01-31 16:30:00 +0100", T::DateTime, "\"2023-01-31T16:30:00+01:00\"");
    row("offset in hours", "2023-01-31 16:30:00 -05", T::DateTime, "\"2023-01-31T16:30:00-05:00\"");
    row("word", "abc", T::String, "\"abc\"");
    row("accented word", "é", T::String, "\"é\"");
    row("digits then letters", "12abc", T::String, "\"12abc\"");
    row("dash then letters", "-abc", T::String, "\"-abc\"");
    row("merge-key text", "<<", T::String, "\"<<\"");
    row("long word starting like yes", "yesterday", T::String, "\"yesterday\"");
}

void TestScalarResolver::plain()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(QString, expected);

    YamlValue value;
    QString error;
    QVERIFY2(ScalarResolver::tokenize(text, &value, &error), qPrintable(error));
    QCOMPARE(int(value.type()), type);
    QCOMPARE(json(value), expected);
}

void TestScalarResolver::tagged_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<QString>("expected");

    const QString none;
    QTest::newRow("quoted date stays a string")
        << QStringLiteral("2023-01-31") << none << true << QStringLiteral("\"2023-01-31\"");
    QTest::newRow("quoted yes") << QStringLiteral("yes") << none << true << QStringLiteral("\"yes\"");
    QTest::newRow("non-specific tag resolves")
        << QStringLiteral("1") << QStringLiteral("!") << false << QStringLiteral("1");
    QTest::newRow("!!str") << QStringLiteral("123") << QStringLiteral("tag:yaml.org,2002:str") << false
                           << QStringLiteral("\"123\"");
    QTest::newRow("!!int on quoted text")
        << QStringLiteral("42") << QStringLiteral("tag:yaml.org,2002:int") << false << QStringLiteral("42");
    QTest::newRow("!!float on an integer")
        << QStringLiteral("3") << QStringLiteral("tag:yaml.org,2002:float") << false << QStringLiteral("3.0");
    QTest::newRow("!!float on a timestamp")
        << QStringLiteral("2001-12-14 1:02:03") << QStringLiteral("tag:yaml.org,2002:float") << false
        << QStringLiteral("1008291723.0");
    QTest::newRow("unknown local tag") << QStringLiteral("010") << QStringLiteral("!foo") << false
                                       << QStringLiteral("8");
    QTest::newRow("ruby object tag on a scalar")
        << QStringLiteral("1") << QStringLiteral("!ruby/object:Foo") << false << QStringLiteral("1");
    QTest::newRow("!!float with spaces") << QStringLiteral(" 1.5 ") << QStringLiteral("tag:yaml.org,2002:float")
                                         << false << QStringLiteral("1.5");
    QTest::newRow("binary") << QStringLiteral("aMOp") << QStringLiteral("tag:yaml.org,2002:binary") << false
                            << QString::fromUtf8("\"h\xc3\xa9\"");
}

void TestScalarResolver::tagged()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    QFETCH(bool, quoted);
    QFETCH(QString, expected);

    YamlValue value;
    QString error;
    QVERIFY2(ScalarResolver::resolve(text, tag, quoted, &value, &error), qPrintable(error));
    QCOMPARE(json(value), expected);
}

void TestScalarResolver::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("message");

    QTest::newRow("symbol") << QStringLiteral(":)") << QString() << QStringLiteral("Symbol");
    QTest::newRow("bad hex") << QStringLiteral("0x_") << QString() << QStringLiteral("Integer");
    QTest::newRow("ruby regexp") << QStringLiteral("/x/") << QStringLiteral("!ruby/regexp")
                                 << QStringLiteral("unspecified class");
    QTest::newRow("string subclass") << QStringLiteral("x") << QStringLiteral("!ruby/string:Foo")
                                     << QStringLiteral("Foo");
    QTest::newRow("ruby symbol tag") << QStringLiteral("x") << QStringLiteral("!ruby/sym")
                                     << QStringLiteral("unspecified class");
    QTest::newRow("float tag on a word") << QStringLiteral("abc") << QStringLiteral("tag:yaml.org,2002:float")
                                         << QStringLiteral("Float");
}

void TestScalarResolver::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    QFETCH(QString, message);

    YamlValue value;
    QString error;
    QVERIFY(!ScalarResolver::resolve(text, tag, false, &value, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestScalarResolver::localTimeUsesTheProcessZone()
{
    // Without a zone, Psych reads the time in the process's zone (TZ=UTC under CTest).
    qputenv("TZ", "UTC");
    YamlValue value;
    QString error;
    QVERIFY(ScalarResolver::tokenize(QStringLiteral("2023-01-31 16:30:00"), &value, &error));
    QCOMPARE(value.type(), YamlValue::Type::DateTime);
    QCOMPARE(value.toDateTime().zone, YamlDateTime::Zone::Local);
    QCOMPARE(value.toDateTime().toIsoString(), QStringLiteral("2023-01-31T16:30:00+00:00"));
}

void TestScalarResolver::infinityAndNaN_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    QTest::newRow(".inf") << QStringLiteral(".inf") << std::numeric_limits<double>::infinity();
    QTest::newRow("+.Inf") << QStringLiteral("+.Inf") << std::numeric_limits<double>::infinity();
    QTest::newRow("-.INF") << QStringLiteral("-.INF") << -std::numeric_limits<double>::infinity();
    QTest::newRow(".NaN") << QStringLiteral(".NaN") << std::numeric_limits<double>::quiet_NaN();
}

void TestScalarResolver::infinityAndNaN()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    YamlValue value;
    QString error;
    QVERIFY(ScalarResolver::tokenize(text, &value, &error));
    QCOMPARE(value.type(), YamlValue::Type::Float);
    if (std::isnan(expected))
        QVERIFY(std::isnan(value.toFloat()));
    else
        QCOMPARE(value.toFloat(), expected);
}

QTEST_GUILESS_MAIN(TestScalarResolver)
#include "tst_scalarresolver.moc"
