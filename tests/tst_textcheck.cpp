#include "document/textcheck.h"

#include <QTest>

using namespace EventDesk;

class TestTextCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
};

void TestTextCheck::check_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("editable");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("ascii") << QByteArray("a\nb\n") << true << 0 << 0;
    QTest::newRow("utf-8") << QByteArray("caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x8E\x89\n") << true << 0 << 0;
    QTest::newRow("empty") << QByteArray() << true << 0 << 0;
    QTest::newRow("latin-1") << QByteArray("a\ncaf\xE9\n") << false << 2 << 4;
    QTest::newRow("NUL byte") << QByteArray("ab\n\xC3\xA9\0c", 7) << false << 2 << 2;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false << 1 << 1;
    QTest::newRow("surrogate") << QByteArray("x\xED\xA0\x80") << false << 1 << 2;
    QTest::newRow("truncated sequence") << QByteArray("ab\xE2\x80") << false << 1 << 3;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false << 1 << 1;
    QTest::newRow("lone continuation byte") << QByteArray("\x80") << false << 1 << 1;
}

void TestTextCheck::check()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, editable);
    QFETCH(int, line);
    QFETCH(int, column);

    Diagnostic error;
    QCOMPARE(TextCheck::isEditableText(bytes, &error), editable);
    if (editable)
        return;
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestTextCheck)
#include "tst_textcheck.moc"
