#include "document/yamljson.h"

#include <QTest>

using namespace EventDesk;

class TestYamlJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void write_data();
    void write();
    void infinityIsRefused();
};

void TestYamlJson::write_data()
{
    QTest::addColumn<YamlValue>("value");
    QTest::addColumn<QByteArray>("expected");

    YamlDateTime winter;
    winter.epochSeconds = 1675179000; // 2023-01-31T15:30:00Z
    winter.offsetSeconds = 3600;
    YamlDateTime utc = winter;
    utc.offsetSeconds = 0;
    utc.zone = YamlDateTime::Zone::Utc;

    QTest::newRow("null") << YamlValue() << QByteArray("null");
    QTest::newRow("bool") << YamlValue::fromBool(false) << QByteArray("false");
    QTest::newRow("integer") << YamlValue::fromInteger(-42) << QByteArray("-42");
    QTest::newRow("float") << YamlValue::fromFloat(0.5) << QByteArray("0.5");
    QTest::newRow("integral float keeps its point") << YamlValue::fromFloat(3) << QByteArray("3.0");
    QTest::newRow("escapes") << YamlValue::fromString(QStringLiteral("a\"b\\c\nd\te\x01"))
                             << QByteArray("\"a\\\"b\\\\c\\nd\\te\\u0001\"");
    QTest::newRow("non-ASCII as is") << YamlValue::fromString(QStringLiteral("l’été « ok »"))
                                     << QString::fromUtf8("\"l’été « ok »\"").toUtf8();
    QTest::newRow("slash not escaped") << YamlValue::fromString(QStringLiteral("/uploads/a.png"))
                                       << QByteArray("\"/uploads/a.png\"");
    QTest::newRow("date") << YamlValue::fromDate(YamlDate{2023, 1, 31}) << QByteArray("\"2023-01-31\"");
    QTest::newRow("datetime") << YamlValue::fromDateTime(winter) << QByteArray("\"2023-01-31T16:30:00+01:00\"");
    QTest::newRow("datetime utc") << YamlValue::fromDateTime(utc) << QByteArray("\"2023-01-31T15:30:00+00:00\"");
    QTest::newRow("list") << YamlValue::fromList({YamlValue::fromInteger(1), YamlValue()}) << QByteArray("[1,null]");
    QTest::newRow("map in order") << YamlValue::fromMap(
        {{YamlValue::fromString(QStringLiteral("z")), YamlValue::fromInteger(1)},
         {YamlValue::fromString(QStringLiteral("a")), YamlValue::fromInteger(2)}})
                                  << QByteArray("{\"z\":1,\"a\":2}");
    QTest::newRow("keys with the same text keep the first place") << YamlValue::fromMap(
        {{YamlValue::fromInteger(1), YamlValue::fromString(QStringLiteral("a"))},
         {YamlValue::fromString(QStringLiteral("b")), YamlValue()},
         {YamlValue::fromString(QStringLiteral("1")), YamlValue::fromString(QStringLiteral("c"))}})
                                                                  << QByteArray("{\"1\":\"c\",\"b\":null}");
    QTest::newRow("null key") << YamlValue::fromMap({{YamlValue(), YamlValue::fromInteger(1)}})
                              << QByteArray("{\"\":1}");
}

void TestYamlJson::write()
{
    QFETCH(YamlValue, value);
    QFETCH(QByteArray, expected);

    QByteArray json;
    Diagnostic error;
    QVERIFY2(YamlJson::write(value, &json, &error), qPrintable(error.message));
    QCOMPARE(json, expected);
}

void TestYamlJson::infinityIsRefused()
{
    QByteArray json;
    Diagnostic error;
    YamlValue infinity = YamlValue::fromFloat(std::numeric_limits<double>::infinity());
    infinity.setPosition(3, 8);
    QVERIFY(!YamlJson::write(YamlValue::fromList({infinity}), &json, &error));
    QVERIFY(error.message.contains(QLatin1String("JSON")));
    QCOMPARE(error.line, 3);
    QCOMPARE(error.column, 8);
}

QTEST_GUILESS_MAIN(TestYamlJson)
#include "tst_yamljson.moc"
