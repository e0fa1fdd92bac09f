#include "document/sourcecursor.h"

#include <QTest>

using namespace EventDesk;

class TestSourceCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positions_data();
    void positions();
    void goingBackRestarts();
};

void TestSourceCursor::positions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QByteArray("abc") << 0 << 0 << 1 << 1;
    QTest::newRow("ascii") << QByteArray("ab\ncd") << 4 << 4 << 2 << 2;
    QTest::newRow("accents count once") << QByteArray("été\nx") << 3 << 5 << 1 << 4;
    QTest::newRow("four-byte character") << QByteArray("\xF0\x9F\x98\x80x") << 1 << 4 << 1 << 2;
    QTest::newRow("CR does not start an editor line") << QByteArray("a\rb") << 2 << 2 << 1 << 3;
    QTest::newRow("CRLF") << QByteArray("a\r\nb") << 3 << 3 << 2 << 1;
    QTest::newRow("past the end stops") << QByteArray("ab") << 10 << 2 << 1 << 3;
}

void TestSourceCursor::positions()
{
    QFETCH(QByteArray, text);
    QFETCH(int, index);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    SourceCursor cursor(text);
    const SourceCursor::Position position = cursor.at(size_t(index));
    QCOMPARE(position.offset, offset);
    QCOMPARE(position.line, line);
    QCOMPARE(position.column, column);
}

void TestSourceCursor::goingBackRestarts()
{
    const QByteArray text = "ab\ncd\nef";
    SourceCursor cursor(text);
    QCOMPARE(cursor.at(7).line, 3);
    QCOMPARE(cursor.at(1).line, 1);
    QCOMPARE(cursor.at(1).column, 2);
    QCOMPARE(cursor.at(4).offset, 4);
}

QTEST_GUILESS_MAIN(TestSourceCursor)
#include "tst_sourcecursor.moc"
