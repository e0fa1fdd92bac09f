#include "document/atomicfile.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWholeFile();
    void failureBeforeCommitLeavesOriginal();
    void unwritablePathFailsWithMessage();
    void targetIsAFolder();
    void noTemporaryFilesLeftBehind();
};

void TestAtomicFile::writesWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("event.markdown"));
    QString error;
    QVERIFY2(AtomicFile::write(path, "---\ntitle: a\n---\n", &error), qPrintable(error));
    QCOMPARE(TestFiles::read(path), QByteArray("---\ntitle: a\n---\n"));
    QVERIFY(AtomicFile::write(path, "new", &error));
    QCOMPARE(TestFiles::read(path), QByteArray("new"));
}

void TestAtomicFile::failureBeforeCommitLeavesOriginal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("event.markdown"));
    QString error;
    QVERIFY(AtomicFile::write(path, "original", &error));
    // The new bytes are all written to the temporary file, then the save fails at the last moment.
    bool called = false;
    const bool ok = AtomicFile::write(path, QByteArray(100000, 'x'), &error, [&](QSaveFile& file) {
        called = true;
        return file.size() < 0; // never true: a simulated failure
    });
    QVERIFY(called);
    QVERIFY(!ok);
    QVERIFY(error.contains(path));
    QCOMPARE(TestFiles::read(path), QByteArray("original"));
}

void TestAtomicFile::unwritablePathFailsWithMessage()
{
    // A path below a regular file cannot be created, not even by root.
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QString error;
    QVERIFY(AtomicFile::write(blocker, "x", &error));
    const QString path = blocker + QStringLiteral("/event.markdown");
    QVERIFY(!AtomicFile::write(path, "content", &error));
    QVERIFY2(error.startsWith(path), qPrintable(error));
    QCOMPARE(TestFiles::read(blocker), QByteArray("x"));
}

void TestAtomicFile::targetIsAFolder()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QString error;
    QVERIFY(!AtomicFile::write(dir.filePath(QStringLiteral("folder")), "content", &error));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("folder"))).isDir());
}

void TestAtomicFile::noTemporaryFilesLeftBehind()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("event.markdown"));
    QString error;
    QVERIFY(AtomicFile::write(path, "a", &error));
    QVERIFY(!AtomicFile::write(path, "b", &error, [](QSaveFile&) { return false; }));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("event.markdown")});
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
