#include "document/frontmattersplit.h"

#include <QTest>

using namespace EventDesk;

// The split must find the same front matter as Jekyll's regular expression.
class TestFrontMatterSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
};

void TestFrontMatterSplit::find_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("hasFrontMatter");
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("plain") << QByteArray("---\na: 1\n---\nbody\n") << true << QByteArray("---\na: 1\n")
                           << QByteArray("body\n");
    QTest::newRow("no front matter") << QByteArray("# Title\n") << false << QByteArray() << QByteArray("# Title\n");
    QTest::newRow("empty front matter") << QByteArray("---\n---\nbody") << true << QByteArray("---\n")
                                        << QByteArray("body");
    QTest::newRow("dots terminator") << QByteArray("---\na: 1\n...\nbody\n") << true << QByteArray("---\na: 1\n")
                                     << QByteArray("body\n");
    QTest::newRow("crlf") << QByteArray("---\r\na: 1\r\n---\r\nbody\r\n") << true << QByteArray("---\r\na: 1\r\n")
                          << QByteArray("body\r\n");
    QTest::newRow("no final newline after closing")
        << QByteArray("---\na: 1\n---") << true << QByteArray("---\na: 1\n") << QByteArray();
    QTest::newRow("dashes in the body") << QByteArray("---\na: 1\n---\nbody\n---\nmore\n") << true
                                        << QByteArray("---\na: 1\n") << QByteArray("body\n---\nmore\n");
    QTest::newRow("blank lines after closing are swallowed")
        << QByteArray("---\na: 1\n---\n\n\nbody\n") << true << QByteArray("---\na: 1\n") << QByteArray("body\n");
    QTest::newRow("trailing spaces on delimiters")
        << QByteArray("---  \na: 1\n---  \nbody") << true << QByteArray("---  \na: 1\n") << QByteArray("body");
    QTest::newRow("dashes followed by text do not close") << QByteArray("---\na: 1\n--- no\n---\nbody") << true
                                                          << QByteArray("---\na: 1\n--- no\n") << QByteArray("body");
    QTest::newRow("unclosed") << QByteArray("---\na: 1\n") << false << QByteArray() << QByteArray("---\na: 1\n");
    QTest::newRow("text after opening dashes")
        << QByteArray("--- a: 1\n---\n") << false << QByteArray() << QByteArray("--- a: 1\n---\n");
    QTest::newRow("four dashes") << QByteArray("----\na: 1\n---\n") << false << QByteArray()
                                 << QByteArray("----\na: 1\n---\n");
    QTest::newRow("blank lines after opening")
        << QByteArray("---\n\n\na: 1\n---\nb") << true << QByteArray("---\n\n\na: 1\n") << QByteArray("b");
}

void TestFrontMatterSplit::find()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, hasFrontMatter);
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, body);

    const FrontMatterSplit split = FrontMatterSplit::find(text);
    QCOMPARE(split.hasFrontMatter, hasFrontMatter);
    if (!hasFrontMatter)
        return;
    QCOMPARE(text.left(split.yamlEnd), yaml);
    QCOMPARE(text.mid(split.bodyStart), body);
}

QTEST_GUILESS_MAIN(TestFrontMatterSplit)
#include "tst_frontmattersplit.moc"
