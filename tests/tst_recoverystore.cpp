#include "document/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;

class TestRecoveryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsReplacesAndForgets();
    void entriesOfOneSite();
    void unreadableRecordsAreSkipped();
};

void TestRecoveryStore::keepsReplacesAndForgets()
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    const QString path = QStringLiteral("/site/_evenements/atelier.markdown");
    QVERIFY(!store.contains(path));
    QString error;
    const QByteArray first = "---\ntitle: Atelier\n---\nPremier jet.\n";
    QVERIFY2(store.store(path, first, &error), qPrintable(error));
    QVERIFY(store.contains(path));
    QCOMPARE(store.entries().size(), 1);
    QCOMPARE(store.entries().first().path, path);
    QCOMPARE(store.entries().first().bytes, first);
    QVERIFY(qAbs(store.entries().first().time.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Bytes of any kind, kept as they are (CRLF, NUL, no final newline).
    const QByteArray second = QByteArray("---\r\ntitle: Atelier\r\n---\r\nDeux\0x", 30);
    QVERIFY(store.store(path, second, &error));
    QCOMPARE(store.entries().size(), 1);
    QCOMPARE(store.entries().first().bytes, second);

    store.remove(path);
    QVERIFY(!store.contains(path));
    QVERIFY(store.entries().isEmpty());
}

void TestRecoveryStore::entriesOfOneSite()
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.path());
    QString error;
    QVERIFY(store.store(QStringLiteral("/sites/a/_evenements/x.md"), "a", &error));
    QVERIFY(store.store(QStringLiteral("/sites/ab/_evenements/y.md"), "b", &error));
    const QVector<RecoveryStore::Entry> a = store.entries(QStringLiteral("/sites/a"));
    QCOMPARE(a.size(), 1);
    QCOMPARE(a.first().path, QStringLiteral("/sites/a/_evenements/x.md"));
    QCOMPARE(store.entries().size(), 2);
}

void TestRecoveryStore::unreadableRecordsAreSkipped()
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.path());
    QFile junk(dir.filePath(QStringLiteral("0000.recovery")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a record");
    junk.close();
    QString error;
    QVERIFY(store.store(QStringLiteral("/s/p.md"), "kept", &error));
    QCOMPARE(store.entries().size(), 1);
}

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
