#include "mainwindowtest.h"

#include "documentform.h"
#include "documentsession.h"
#include "opensite.h"
#include "vcs/gitpatch.h"

#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>

using namespace EventDesk;

// Work that must not be lost, in the main window: edits kept through a crash, documents changed
// by another program, saves that fail, the changes of a session with and without git.
class TestDocumentSafety : public MainWindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(setUpSite()); }
    void cleanup() { tearDownSite(); }
    void editsOfAKilledProcessAreOfferedBack();
    void changesByAnotherProgram();
    void failedSavesKeepTheEdits();
    void changesSinceOpenedWithoutGit();
    void revertFromGit();
    void authorFromTheSettingsOrGit();
};

void TestDocumentSafety::editsOfAKilledProcessAreOfferedBack()
{
    const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("recoverychild"));
    QVERIFY2(QFile::exists(program), qPrintable(program));
    const QString recovery = m_dir->filePath(QStringLiteral("recovery"));
    const QString path = QDir(m_site).filePath(Atelier);
    const QByteArray before = readAll(path);
    auto editAndKill = [&] {
        QProcess child;
        child.start(program,
                    {m_site, recovery, m_dir->filePath(QStringLiteral("child.ini")), Atelier, QStringLiteral("lieu"),
                     QStringLiteral(" (salle B)")});
        if (!child.waitForStarted(10000) || !child.waitForReadyRead(30000))
            return QByteArray("no answer: ") + child.readAllStandardError();
        const QByteArray said = child.readAllStandardOutput();
        child.kill(); // SIGKILL: nothing saved, nothing cleaned up
        child.waitForFinished(10000);
        return said;
    };
    QCOMPARE(editAndKill().trimmed(), QByteArray("kept"));
    QCOMPARE(readAll(path), before);

    // The next start offers the edits back; taken, they are there, unsaved.
    {
        MainWindow window(m_settings.get());
        window.setRecoveryFolder(recovery);
        window.setCheckLinksOnSave(false);
        window.show();
        const int asked = MessageBox::asked();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(window.openSite(m_site));
        QTRY_VERIFY_WITH_TIMEOUT(window.isSiteReady(), 10000);
        QCOMPARE(MessageBox::asked(), asked + 1);
        QVERIFY(MessageBox::lastText().contains(Atelier));
        QTRY_VERIFY(window.currentSession() && window.currentSession()->path() == path);
        QVERIFY(window.currentSession()->isModified());
        QCOMPARE(window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"))->text(),
                 QStringLiteral("Maison de l’innovation publique (salle B)"));
        QCOMPARE(window.currentSession()->undoStack()->undoText(), QStringLiteral("Restore unsaved edits"));
        QVERIFY(window.save());
        QVERIFY(readAll(path).contains("lieu: Maison de l’innovation publique (salle B)\n"));
        QVERIFY(!RecoveryStore(recovery).contains(path));
    }

    // Discarded, they are gone for good.
    QCOMPARE(editAndKill().trimmed(), QByteArray("kept"));
    const QByteArray saved = readAll(path);
    MainWindow window(m_settings.get());
    window.setRecoveryFolder(recovery);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window.openSite(m_site));
    QTRY_VERIFY_WITH_TIMEOUT(window.isSiteReady(), 10000);
    QVERIFY(!RecoveryStore(recovery).contains(path));
    QVERIFY(window.modifiedSessions().isEmpty());
    QCOMPARE(readAll(path), saved);
}

void TestDocumentSafety::changesByAnotherProgram()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    const QString path = QDir(m_site).filePath(Atelier);
    DocumentSession* session = window.currentSession();
    auto title = [&window] { return window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("title"))->text(); };
    auto writeTheirs = [&path](const QByteArray& from, const QByteArray& to) {
        QByteArray theirs = readAll(path);
        theirs.replace(from, to);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QByteArray();
        file.write(theirs);
        return theirs;
    };
    auto editPlace = [&window](const QString& text) {
        auto* place = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"));
        place->end(false);
        QTest::keyClicks(place, text);
    };

    // No edits here: the document is read again, no question.
    int asked = MessageBox::asked();
    writeTheirs("title: Atelier accessibilité numérique\n", "title: Atelier A\n");
    QTRY_COMPARE(title(), QStringLiteral("Atelier A"));
    QCOMPARE(MessageBox::asked(), asked);
    QVERIFY(!session->isModified());

    // Edits here: the user is asked; taking the other version drops the edits.
    editPlace(QStringLiteral(" bis"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    writeTheirs("title: Atelier A\n", "title: Atelier B\n");
    QTRY_COMPARE(MessageBox::asked(), asked + 1);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("changed on disk by another program")));
    QTRY_COMPARE(title(), QStringLiteral("Atelier B"));
    QVERIFY(!session->isModified());

    // Keeping mine: saving writes them over the other version.
    editPlace(QStringLiteral(" ter"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    writeTheirs("title: Atelier B\n", "title: Atelier C\n");
    QTRY_COMPARE(MessageBox::asked(), asked + 2);
    QVERIFY(session->isModified());
    QVERIFY(window.save());
    QCOMPARE(readAll(path), session->editedBytes());
    QVERIFY(readAll(path).contains("title: Atelier B\n"));
    QVERIFY(readAll(path).contains("lieu: Maison de l’innovation publique ter\n"));

    // Changed just before saving (the watcher has not seen it yet): asked at save.
    editPlace(QStringLiteral(" quater"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    const QByteArray theirs = writeTheirs("title: Atelier B\n", "title: Atelier D\n");
    QVERIFY(!window.save());
    QCOMPARE(MessageBox::asked(), asked + 3);
    QCOMPARE(readAll(path), theirs);
    QVERIFY(!session->isModified());
    QCOMPARE(title(), QStringLiteral("Atelier D"));
}

void TestDocumentSafety::failedSavesKeepTheEdits()
{
    const QString recovery = m_dir->filePath(QStringLiteral("recovery"));
    MainWindow window(m_settings.get());
    window.setRecoveryFolder(recovery);
    window.show();
    QVERIFY(openDocument(window, Atelier));
    const QString path = QDir(m_site).filePath(Atelier);
    const QByteArray before = readAll(path);
    DocumentSession* session = window.currentSession();
    auto* place = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"));
    place->end(false);
    QTest::keyClicks(place, QStringLiteral(" bis"));

    // A full disk, at the last moment of the save (a seam: root writes anywhere).
    session->setWriteHook([](QSaveFile&) { return false; });
    const int asked = MessageBox::asked();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.save());
    QCOMPARE(MessageBox::asked(), asked + 1);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("could not be saved"))
                 && MessageBox::lastText().contains(QLatin1String("still in the editor")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(readAll(path), before);
    QVERIFY(session->isModified());
    QCOMPARE(place->text(), QStringLiteral("Maison de l’innovation publique bis"));
    const QVector<RecoveryStore::Entry> kept = RecoveryStore(recovery).entries();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().bytes, session->editedBytes());
    session->setWriteHook(AtomicFile::BeforeCommit());

    // The folder gone (fails for root too): nothing written, the edits kept.
    QVERIFY(QDir(QDir(m_site).filePath(QStringLiteral("_evenements"))).removeRecursively());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.save());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("no longer on disk")), qPrintable(MessageBox::lastText()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(session->isModified());
    QVERIFY(RecoveryStore(recovery).contains(path));
}

void TestDocumentSafety::changesSinceOpenedWithoutGit()
{
    // An untouched copy of the site, as it was before the session, to apply the patch to.
    const QString base = m_dir->filePath(QStringLiteral("base"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), m_site, base}) == 0);

    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    auto* place = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"));
    place->end(false);
    QTest::keyClicks(place, QStringLiteral(" bis"));
    QVERIFY(window.save());
    QVERIFY(window.createDocument(QStringLiteral("Nouvel atelier")));
    QFile upload(QDir(m_site).filePath(QStringLiteral("uploads/affiche.png")));
    QVERIFY(upload.open(QIODevice::WriteOnly));
    upload.write(QByteArray("\x89PNG\r\n\x1a\n\0\0image", 16));
    upload.close();
    QVERIFY(window.selectDocument(
        QDir(m_site).filePath(QStringLiteral("_evenements/hackathon-des-donnees-de-mobilite.markdown"))));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(window.deleteDocument());

    const QVector<FileChange> changes = window.site()->changesSinceOpened();
    QStringList seen;
    for (const FileChange& change : changes)
        seen.append(QStringLiteral("%1 %2").arg(int(change.kind)).arg(change.path));
    QCOMPARE(seen,
             (QStringList{QStringLiteral("1 _evenements/atelier-accessibilite-numerique.markdown"),
                          QStringLiteral("2 _evenements/hackathon-des-donnees-de-mobilite.markdown"),
                          QStringLiteral("0 _evenements/nouvel-atelier.markdown"),
                          QStringLiteral("0 uploads/affiche.png")}));

    // Without git on the site: the patch of those changes applies to the untouched copy.
    int status = QProcess::execute(QStringLiteral("git"),
                                   {QStringLiteral("-C"), base, QStringLiteral("init"), QStringLiteral("-q")});
    QCOMPARE(status, 0);
    const QString patch = m_dir->filePath(QStringLiteral("session.patch"));
    QFile out(patch);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(GitPatch::diff(changes));
    out.close();
    status = QProcess::execute(QStringLiteral("git"), {QStringLiteral("-C"), base, QStringLiteral("apply"), patch});
    QCOMPARE(status, 0);
    for (const QString& path :
         {Atelier, QStringLiteral("_evenements/nouvel-atelier.markdown"), QStringLiteral("uploads/affiche.png")})
        QCOMPARE(readAll(QDir(base).filePath(path)), readAll(QDir(m_site).filePath(path)));
    QVERIFY(
        !QFile::exists(QDir(base).filePath(QStringLiteral("_evenements/hackathon-des-donnees-de-mobilite.markdown"))));

    // A file put back as it was.
    QString error;
    QVERIFY2(window.site()->revert(Atelier, &error), qPrintable(error));
    QVERIFY(!readAll(QDir(m_site).filePath(Atelier)).contains("publique bis"));
    QVERIFY(window.site()->revert(QStringLiteral("_evenements/nouvel-atelier.markdown"), &error));
    QVERIFY(!QFile::exists(QDir(m_site).filePath(QStringLiteral("_evenements/nouvel-atelier.markdown"))));
    QCOMPARE(window.site()->changesSinceOpened().size(), 2);
}

void TestDocumentSafety::revertFromGit()
{
    const QStringList identity{QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                               QStringLiteral("user.email=test@example.invalid")};
    QCOMPARE(QProcess::execute(QStringLiteral("git"),
                               {QStringLiteral("-C"), m_site, QStringLiteral("init"), QStringLiteral("-q")}),
             0);
    QCOMPARE(QProcess::execute(QStringLiteral("git"),
                               {QStringLiteral("-C"), m_site, QStringLiteral("add"), QStringLiteral("-A")}),
             0);
    QCOMPARE(QProcess::execute(QStringLiteral("git"),
                               identity
                                   + QStringList{QStringLiteral("-C"), m_site, QStringLiteral("commit"),
                                                 QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Début")}),
             0);
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    const QByteArray before = readAll(QDir(m_site).filePath(Atelier));
    auto* place = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"));
    place->end(false);
    QTest::keyClicks(place, QStringLiteral(" bis"));
    QVERIFY(window.save());
    QVERIFY(window.createDocument(QStringLiteral("Nouvel atelier")));

    QString error;
    QVERIFY2(window.site()->revertFromGit(Atelier, &error), qPrintable(error));
    QCOMPARE(readAll(QDir(m_site).filePath(Atelier)), before);
    QVERIFY(window.site()->revertFromGit(QStringLiteral("_evenements/nouvel-atelier.markdown"), &error));
    QVERIFY(!QFile::exists(QDir(m_site).filePath(QStringLiteral("_evenements/nouvel-atelier.markdown"))));
    QVERIFY(window.selectDocument(QDir(m_site).filePath(Atelier)));
    QTRY_VERIFY(window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu")));
    QTRY_COMPARE(window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"))->text(),
                 QStringLiteral("Maison de l’innovation publique"));
    QVERIFY(!window.currentSession()->isModified());
}

void TestDocumentSafety::authorFromTheSettingsOrGit()
{
    QCOMPARE(QProcess::execute(QStringLiteral("git"),
                               {QStringLiteral("-C"), m_site, QStringLiteral("init"), QStringLiteral("-q")}),
             0);
    QCOMPARE(QProcess::execute(QStringLiteral("git"),
                               {QStringLiteral("-C"), m_site, QStringLiteral("config"), QStringLiteral("user.name"),
                                QStringLiteral("Git Person")}),
             0);
    QCOMPARE(QProcess::execute(QStringLiteral("git"),
                               {QStringLiteral("-C"), m_site, QStringLiteral("config"), QStringLiteral("user.email"),
                                QStringLiteral("git@example.invalid")}),
             0);
    MainWindow window(m_settings.get());
    QVERIFY(window.openSite(m_site));
    QCOMPARE(window.author().name, QStringLiteral("Git Person"));
    QCOMPARE(window.author().email, QStringLiteral("git@example.invalid"));
    m_settings->setAuthor(QStringLiteral("Marie Dupont"), QStringLiteral("marie@example.invalid"));
    QCOMPARE(window.author().name, QStringLiteral("Marie Dupont"));
    QCOMPARE(window.author().email, QStringLiteral("marie@example.invalid"));
    QCOMPARE(AppSettings(m_dir->filePath(QStringLiteral("settings.ini"))).authorName(), QStringLiteral("Marie Dupont"));
}

QTEST_MAIN(TestDocumentSafety)
#include "tst_documentsafety.moc"
