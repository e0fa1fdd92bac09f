#include "document/yamlmapentries.h"
#include "document/yamlvalue.h"

#include <QTest>

#include <cmath>

using namespace EventDesk;

// Values as Ruby shows them (to_s, used for JSON member names) and map behaviour.
class TestYamlValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rubyString_data();
    void rubyString();
    void mapLookUp();
    void equalityIgnoresPositions();
    void copiesShareData();
    void mapEntriesAsRubyHash();
};

void TestYamlValue::rubyString_data()
{
    QTest::addColumn<YamlValue>("value");
    QTest::addColumn<QString>("expected");

    YamlDateTime t;
    t.epochSeconds = 1675179000;
    t.offsetSeconds = 3600;
    YamlDateTime utc = t;
    utc.offsetSeconds = 0;
    utc.zone = YamlDateTime::Zone::Utc;
    YamlDateTime fraction = t;
    fraction.microseconds = 123450;

    QTest::newRow("null") << YamlValue() << QString();
    QTest::newRow("true") << YamlValue::fromBool(true) << QStringLiteral("true");
    QTest::newRow("big integer") << YamlValue::fromBigInteger(QStringLiteral("123456789012345678901"))
                                 << QStringLiteral("123456789012345678901");
    QTest::newRow("float positional") << YamlValue::fromFloat(100000) << QStringLiteral("100000.0");
    QTest::newRow("float small") << YamlValue::fromFloat(0.0001) << QStringLiteral("0.0001");
    QTest::newRow("float scientific") << YamlValue::fromFloat(1e20) << QStringLiteral("1.0e+20");
    QTest::newRow("float tiny") << YamlValue::fromFloat(1e-5) << QStringLiteral("1.0e-05");
    QTest::newRow("negative zero") << YamlValue::fromFloat(-0.0) << QStringLiteral("-0.0");
    QTest::newRow("infinity") << YamlValue::fromFloat(std::numeric_limits<double>::infinity())
                              << QStringLiteral("Infinity");
    QTest::newRow("date") << YamlValue::fromDate(YamlDate{2023, 1, 31}) << QStringLiteral("2023-01-31");
    QTest::newRow("time") << YamlValue::fromDateTime(t) << QStringLiteral("2023-01-31 16:30:00 +0100");
    QTest::newRow("utc time") << YamlValue::fromDateTime(utc) << QStringLiteral("2023-01-31 15:30:00 UTC");
    QTest::newRow("list") << YamlValue::fromList(
        {YamlValue::fromString(QStringLiteral("a \"q\"")), YamlValue(), YamlValue::fromInteger(1)})
                          << QStringLiteral("[\"a \\\"q\\\"\", nil, 1]");
    QTest::newRow("map with a time inside")
        << YamlValue::fromMap({{YamlValue::fromDateTime(fraction), YamlValue::fromDate(YamlDate{2023, 5, 25})}})
        << QStringLiteral("{2023-01-31 16:30:00.12345 +0100=>#<Date: 2023-05-25 ((2460090j,0s,0n),+0s,2299161j)>}");
    QTest::newRow("control character and interpolation")
        << YamlValue::fromList({YamlValue::fromString(QStringLiteral("t\x01#{x}"))})
        << QStringLiteral("[\"t\\u0001\\#{x}\"]");
}

void TestYamlValue::rubyString()
{
    QFETCH(YamlValue, value);
    QFETCH(QString, expected);
    QCOMPARE(value.rubyString(), expected);
}

void TestYamlValue::mapLookUp()
{
    const YamlValue map =
        YamlValue::fromMap({{YamlValue::fromString(QStringLiteral("title")), YamlValue::fromInteger(1)},
                            {YamlValue::fromInteger(2), YamlValue::fromBool(true)}});
    QCOMPARE(map.indexOf(QStringLiteral("title")), 0);
    QCOMPARE(map.value(QStringLiteral("2")).toBool(), true);
    QVERIFY(!map.contains(QStringLiteral("lieu")));
    QVERIFY(map.value(QStringLiteral("lieu")).isNull());
    QCOMPARE(YamlValue::fromString(QStringLiteral("x")).indexOf(QStringLiteral("x")), -1);
}

void TestYamlValue::equalityIgnoresPositions()
{
    YamlValue a = YamlValue::fromString(QStringLiteral("x"));
    YamlValue b = YamlValue::fromString(QStringLiteral("x"));
    a.setPosition(3, 4);
    b.setStyle(YamlValue::Style::DoubleQuoted);
    QCOMPARE(a, b);
    QVERIFY(YamlValue::fromInteger(1) != YamlValue::fromFloat(1));
    QVERIFY(YamlValue::fromString(QStringLiteral("1")) != YamlValue::fromInteger(1));
    QCOMPARE(YamlValue::fromFloat(std::nan("")), YamlValue::fromFloat(std::nan("")));
}

void TestYamlValue::copiesShareData()
{
    YamlValue original = YamlValue::fromString(QStringLiteral("x"));
    YamlValue copy = original;
    copy.setPosition(9, 9);
    QCOMPARE(original.line(), 0); // copy-on-write: the original is untouched
    QCOMPARE(copy.line(), 9);
}

void TestYamlValue::mapEntriesAsRubyHash()
{
    YamlMapEntries entries;
    entries.assign(YamlValue::fromString(QStringLiteral("a")), YamlValue::fromInteger(1));
    entries.assign(YamlValue::fromInteger(1), YamlValue::fromInteger(2));
    entries.assign(YamlValue::fromString(QStringLiteral("1")), YamlValue::fromInteger(3));
    entries.assign(YamlValue::fromString(QStringLiteral("a")), YamlValue::fromInteger(4));
    QCOMPARE(entries.entries().size(), 3);
    QCOMPARE(entries.entries().at(0).value.toInteger(), 4); // kept its place, took the new value
    QVERIFY(entries.contains(YamlValue::fromInteger(1)));
    QVERIFY(!entries.contains(YamlValue::fromFloat(1)));
}

QTEST_GUILESS_MAIN(TestYamlValue)
#include "tst_yamlvalue.moc"
