#include "savecontents.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace EventDesk;

// A process saving a file in a loop, killed (SIGKILL) at random moments: every time, the file is
// whole, the old version or the new one, never a part of one.
class TestKilledSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomTheFileIsAlwaysWhole();
};

void TestKilledSave::killedAtRandomTheFileIsAlwaysWhole()
{
    const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("saveloop"));
    QVERIFY2(QFile::exists(program), qPrintable(program));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("evenement.markdown"));
    const QByteArray first = SaveContents::first();
    const QByteArray second = SaveContents::second();
    QRandomGenerator random(20261129);
    constexpr int Rounds = 200;
    int whole = 0;
    int firsts = 0;
    for (int round = 0; round < Rounds; ++round) {
        QProcess saver;
        saver.start(program, {path});
        QVERIFY(saver.waitForStarted(10000));
        QVERIFY(saver.waitForReadyRead(10000)); // "saving": the loop runs
        // A random moment in the loop: what the test is about, not a wait for something.
        QThread::usleep(random.bounded(20000));
        saver.kill();
        QVERIFY(saver.waitForFinished(10000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (bytes == first || bytes == second)
            ++whole;
        else
            qWarning("round %d: %lld bytes, neither version", round, qint64(bytes.size()));
        firsts += bytes == first;
    }
    qInfo("%d/%d whole after a kill (%d the first version, %d the second)", whole, Rounds, firsts, whole - firsts);
    QCOMPARE(whole, Rounds);
    QVERIFY(firsts > 0 && firsts < Rounds); // killed at both kinds of moment
}

QTEST_GUILESS_MAIN(TestKilledSave)
#include "tst_killedsave.moc"
