#include "document/yamltime.h"

#include <QTest>

using namespace EventDesk;

class TestYamlTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void civilDays_data();
    void civilDays();
    void dateValidity_data();
    void dateValidity();
    void dateTimeText_data();
    void dateTimeText();
    void wallClockFields();
};

void TestYamlTime::civilDays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<qint64>("days");
    QTest::newRow("epoch") << 1970 << 1 << 1 << qint64(0);
    QTest::newRow("day before epoch") << 1969 << 12 << 31 << qint64(-1);
    QTest::newRow("leap day 2024") << 2024 << 2 << 29 << qint64(19782);
    QTest::newRow("year 5") << 5 << 1 << 31 << qint64(-717671);
    QTest::newRow("2000-03-01") << 2000 << 3 << 1 << qint64(11017);
}

void TestYamlTime::civilDays()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(qint64, days);
    QCOMPARE(daysFromCivil(year, month, day), days);
    qint64 y = 0;
    int m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    QCOMPARE(y, qint64(year));
    QCOMPARE(m, month);
    QCOMPARE(d, day);
}

void TestYamlTime::dateValidity_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ordinary") << 2023 << 1 << 31 << true;
    QTest::newRow("february 30") << 2023 << 2 << 30 << false;
    QTest::newRow("leap 2024") << 2024 << 2 << 29 << true;
    QTest::newRow("no leap 1900 (Gregorian)") << 1900 << 2 << 29 << false;
    QTest::newRow("leap 1500 (Julian)") << 1500 << 2 << 29 << true;
    QTest::newRow("reform gap") << 1582 << 10 << 10 << false;
    QTest::newRow("day after the gap") << 1582 << 10 << 15 << true;
    QTest::newRow("month 0") << 2023 << 0 << 1 << false;
    QTest::newRow("day 0") << 2023 << 1 << 0 << false;
}

void TestYamlTime::dateValidity()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(bool, valid);
    QCOMPARE(YamlDate::isValid(year, month, day), valid);
}

void TestYamlTime::dateTimeText_data()
{
    QTest::addColumn<qint64>("epoch");
    QTest::addColumn<int>("micro");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("iso");
    QTest::newRow("winter Paris") << qint64(1675179000) << 0 << 3600 << QStringLiteral("2023-01-31T16:30:00+01:00");
    QTest::newRow("utc") << qint64(1675179000) << 0 << 0 << QStringLiteral("2023-01-31T15:30:00+00:00");
    QTest::newRow("negative offset") << qint64(1675179000) << 0 << -5 * 3600
                                     << QStringLiteral("2023-01-31T10:30:00-05:00");
    QTest::newRow("nine minutes") << qint64(0) << 0 << 540 << QStringLiteral("1970-01-01T00:09:00+00:09");
    QTest::newRow("microseconds") << qint64(0) << 42 << 0 << QStringLiteral("1970-01-01T00:00:00.000042+00:00");
    QTest::newRow("before epoch") << qint64(-1) << 0 << 0 << QStringLiteral("1969-12-31T23:59:59+00:00");
}

void TestYamlTime::dateTimeText()
{
    QFETCH(qint64, epoch);
    QFETCH(int, micro);
    QFETCH(int, offset);
    QFETCH(QString, iso);
    YamlDateTime t;
    t.epochSeconds = epoch;
    t.microseconds = micro;
    t.offsetSeconds = offset;
    QCOMPARE(t.toIsoString(), iso);
}

void TestYamlTime::wallClockFields()
{
    YamlDateTime t;
    t.epochSeconds = 1675179000;
    t.offsetSeconds = 3600;
    QCOMPARE(t.year(), 2023);
    QCOMPARE(t.month(), 1);
    QCOMPARE(t.day(), 31);
    QCOMPARE(t.hour(), 16);
    QCOMPARE(t.minute(), 30);
    QCOMPARE(t.second(), 0);
    QCOMPARE(t.offsetString(), QStringLiteral("+01:00"));
    QCOMPARE(YamlDate({5, 1, 31}).toIsoString(), QStringLiteral("0005-01-31"));
}

QTEST_GUILESS_MAIN(TestYamlTime)
#include "tst_yamltime.moc"
