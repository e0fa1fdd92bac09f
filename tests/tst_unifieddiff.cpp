#include "vcs/unifieddiff.h"

#include <QTest>

using namespace EventDesk;

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diff_data();
    void diff();
};

void TestUnifiedDiff::diff_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("equal") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << QByteArray();
    QTest::newRow("one line changed") << QByteArray("a\nb\nc\n") << QByteArray("a\nB\nc\n")
                                      << QByteArray("--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
    QTest::newRow("added at end") << QByteArray("a\n") << QByteArray("a\nb\n")
                                  << QByteArray("--- x\n+++ y\n@@ -1 +1,2 @@\n a\n+b\n");
    QTest::newRow("from empty") << QByteArray() << QByteArray("a\n") << QByteArray("--- x\n+++ y\n@@ -0,0 +1 @@\n+a\n");
    QTest::newRow("final newline removed")
        << QByteArray("a\nb\n") << QByteArray("a\nb")
        << QByteArray("--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n");
    QTest::newRow("line ending changed") << QByteArray("a\r\n") << QByteArray("a\n")
                                         << QByteArray("--- x\n+++ y\n@@ -1 +1 @@\n-a\r\n+a\n");
    QTest::newRow("two hunks") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n")
                               << QByteArray("x\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ny\n")
                               << QByteArray("--- x\n+++ y\n@@ -1,4 +1,4 @@\n-1\n+x\n 2\n 3\n 4\n"
                                             "@@ -9,4 +9,4 @@\n 9\n 10\n 11\n-12\n+y\n");
    QTest::newRow("close changes share a hunk")
        << QByteArray("1\n2\n3\n4\n5\n6\n") << QByteArray("x\n2\n3\n4\n5\ny\n")
        << QByteArray("--- x\n+++ y\n@@ -1,6 +1,6 @@\n-1\n+x\n 2\n 3\n 4\n 5\n-6\n+y\n");
}

void TestUnifiedDiff::diff()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QByteArray, expected);

    QCOMPARE(UnifiedDiff::diff(before, after, QStringLiteral("x"), QStringLiteral("y")), expected);
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
