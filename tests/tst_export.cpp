#include "testcli.h"
#include "testfiles.h"
#include "testgit.h"
#include "vcs/commitmessage.h"
#include "vcs/gitpatch.h"
#include "vcs/sitechanges.h"

#include "site/editorsettings.h"
#include "site/siteconfig.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;
using namespace EventDesk::TestGit;

// Changes of a site against git HEAD or an untouched copy, and their export as files and as a
// patch that the real git program applies.
class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportFromAGitCheckoutAppliesWithGit();
    void exportAgainstABaseCopy();
    void binaryLiteralIsGits();
    void commitMessages_data();
    void commitMessages();
    void refusesWithoutGitOrBase();
};

void TestExport::exportFromAGitCheckoutAppliesWithGit()
{
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    writeSite(site);
    int status = 0;
    git(site, {QStringLiteral("init"), QStringLiteral("-q")}, &status);
    QCOMPARE(status, 0);
    git(site, {QStringLiteral("add"), QStringLiteral("-A")});
    git(site, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Début")}, &status);
    QCOMPARE(status, 0);
    editSite(site);

    const QString out = dir.filePath(QStringLiteral("out"));
    const QString patch = dir.filePath(QStringLiteral("edits.patch"));
    const TestCli::Result result =
        TestCli::run({QStringLiteral("export"), site, QStringLiteral("--out"), out, QStringLiteral("--patch"), patch,
                      QStringLiteral("--author"), QStringLiteral("Marie Dupont <marie@example.invalid>")});
    QCOMPARE(result.status, 0);
    const QString subject =
        QStringLiteral("Site : suppression de « Bilan », mise à jour de « Atelier », ajout de « Café des données »");
    QCOMPARE(result.out,
             QStringLiteral("D _actualites/bilan.md\nM _evenements/atelier.markdown\n"
                            "A _evenements/cafe-donnees.markdown\nA uploads/cafe.png\n")
                 + subject + QLatin1Char('\n'));

    // The folder: the added and changed files at their paths, nothing else.
    QCOMPARE(TestFiles::read(QDir(out).filePath(QStringLiteral("_evenements/atelier.markdown"))),
             TestFiles::read(QDir(site).filePath(QStringLiteral("_evenements/atelier.markdown"))));
    QCOMPARE(TestFiles::read(QDir(out).filePath(QStringLiteral("uploads/cafe.png"))), Png + "new image");
    QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("_actualites/bilan.md"))));
    QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("_evenements/forum.markdown"))));

    // The patch: a fresh clone takes it with git apply and with git am, and ends as the site is.
    const QString clone = dir.filePath(QStringLiteral("clone"));
    git(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), site, clone}, &status);
    QCOMPARE(status, 0);
    const QString check = git(clone, {QStringLiteral("apply"), QStringLiteral("--check"), patch}, &status);
    QVERIFY2(status == 0, qPrintable(check));
    const QString am = git(clone, {QStringLiteral("am"), QStringLiteral("-q"), patch}, &status);
    QVERIFY2(status == 0, qPrintable(am));
    QCOMPARE(
        git(clone, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an <%ae>|%s")}).trimmed(),
        QStringLiteral("Marie Dupont <marie@example.invalid>|") + subject);
    for (const QString& path :
         {QStringLiteral("_evenements/atelier.markdown"), QStringLiteral("_evenements/cafe-donnees.markdown"),
          QStringLiteral("uploads/cafe.png")})
        QCOMPARE(TestFiles::read(QDir(clone).filePath(path)), TestFiles::read(QDir(site).filePath(path)));
    QVERIFY(!QFile::exists(QDir(clone).filePath(QStringLiteral("_actualites/bilan.md"))));
    // Only the edited line of the changed file.
    const QString stat = git(clone, {QStringLiteral("show"), QStringLiteral("--numstat"), QStringLiteral("--format=")});
    QVERIFY2(stat.contains(QStringLiteral("1\t1\t_evenements/atelier.markdown")), qPrintable(stat));
}

void TestExport::exportAgainstABaseCopy()
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base"));
    const QString site = dir.filePath(QStringLiteral("site"));
    writeSite(base);
    writeSite(site);
    editSite(site);
    QVector<FileChange> changes;
    QString error;
    QVERIFY2(SiteChanges::againstBase(site, base, &changes, &error), qPrintable(error));
    QStringList seen;
    for (const FileChange& change : changes)
        seen.append(QString::number(int(change.kind)) + change.path);
    QCOMPARE(seen,
             (QStringList{QStringLiteral("2_actualites/bilan.md"), QStringLiteral("1_evenements/atelier.markdown"),
                          QStringLiteral("0_evenements/cafe-donnees.markdown"), QStringLiteral("0uploads/cafe.png")}));
    QCOMPARE(changes.at(1).before,
             TestFiles::read(QDir(base).filePath(QStringLiteral("_evenements/atelier.markdown"))));

    // The base in git, the patch applied there.
    int status = 0;
    git(base, {QStringLiteral("init"), QStringLiteral("-q")}, &status);
    git(base, {QStringLiteral("add"), QStringLiteral("-A")});
    git(base, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Début")}, &status);
    QCOMPARE(status, 0);
    const QString patch = dir.filePath(QStringLiteral("edits.patch"));
    const TestCli::Result result = TestCli::run(
        {QStringLiteral("export"), site, QStringLiteral("--base"), base, QStringLiteral("--patch"), patch});
    QCOMPARE(result.status, 0);
    const QString apply = git(base, {QStringLiteral("apply"), patch}, &status);
    QVERIFY2(status == 0, qPrintable(apply));
    const QString diff = git(base, {QStringLiteral("status"), QStringLiteral("--porcelain")});
    QVERIFY(!diff.isEmpty());
    QVector<FileChange> after;
    QVERIFY(SiteChanges::againstBase(site, base, &after, &error));
    QVERIFY2(after.isEmpty() || (after.size() == 1 && after.first().path.startsWith(QLatin1String(".git"))),
             qPrintable(after.isEmpty() ? QString() : after.first().path));
}

void TestExport::binaryLiteralIsGits()
{
    QTemporaryDir dir;
    int status = 0;
    git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")}, &status);
    QCOMPARE(status, 0);
    TestFiles::write(dir.filePath(QStringLiteral("image.png")), Png);
    git(dir.path(), {QStringLiteral("add"), QStringLiteral("image.png")});
    const QString fromGit = git(dir.path(),
                                {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--binary"),
                                 QStringLiteral("--full-index")});
    FileChange change;
    change.path = QStringLiteral("image.png");
    change.kind = FileChange::Kind::Added;
    change.after = Png;
    QCOMPARE(QString::fromUtf8(GitPatch::diff({change})), fromGit);
    QCOMPARE(GitPatch::blobId(Png),
             git(dir.path(), {QStringLiteral("hash-object"), QStringLiteral("image.png")}).trimmed().toLatin1());
}

void TestExport::commitMessages_data()
{
    QTest::addColumn<QStringList>("changes"); // "A path", "M path", "D path"
    QTest::addColumn<QString>("subject");

    QTest::newRow("one event added") << QStringList{QStringLiteral("A _evenements/cafe.markdown")}
                                     << QStringLiteral("Agenda : ajout de l'événement « Cafe »");
    QTest::newRow("one event updated") << QStringList{QStringLiteral("M _evenements/cafe.markdown")}
                                       << QStringLiteral("Agenda : mise à jour de « Cafe »");
    QTest::newRow("news removed") << QStringList{QStringLiteral("D _actualites/bilan.md")}
                                  << QStringLiteral("Actualités : suppression de « Bilan »");
    QTest::newRow("an event and its image")
        << QStringList{QStringLiteral("A _evenements/cafe.markdown"), QStringLiteral("A uploads/cafe.png")}
        << QStringLiteral("Agenda : ajout de l'événement « Cafe »");
    QTest::newRow("events and news") << QStringList{QStringLiteral("A _evenements/cafe.markdown"),
                                                    QStringLiteral("M _actualites/bilan.md")}
                                     << QStringLiteral("Site : ajout de « Cafe », mise à jour de « Bilan »");
    QTest::newRow("many") << QStringList{QStringLiteral("A _evenements/a.markdown"),
                                         QStringLiteral("A _evenements/b.markdown"),
                                         QStringLiteral("A _evenements/c.markdown"),
                                         QStringLiteral("M _evenements/d.markdown")}
                          << QStringLiteral("Agenda : 3 ajouts, 1 mise à jour");
    QTest::newRow("files only") << QStringList{QStringLiteral("A uploads/cafe.png")}
                                << QStringLiteral("Site : mise à jour d'un fichier");
}

void TestExport::commitMessages()
{
    QFETCH(QStringList, changes);
    QFETCH(QString, subject);
    QTemporaryDir dir;
    writeSite(dir.path());
    SiteConfig config;
    QString error;
    QVERIFY2(SiteConfig::load(dir.path(), &config, &error), qPrintable(error));
    QVector<FileChange> list;
    for (const QString& line : changes) {
        FileChange change;
        change.path = line.mid(2);
        change.kind = line.startsWith(u'A') ? FileChange::Kind::Added
            : line.startsWith(u'D')         ? FileChange::Kind::Removed
                                            : FileChange::Kind::Modified;
        const QString name = QFileInfo(change.path).completeBaseName();
        const QByteArray text = "---\ntitle: " + (name.at(0).toUpper() + name.mid(1)).toUtf8() + "\n---\nTexte.\n";
        (change.kind == FileChange::Kind::Removed ? change.before : change.after) = text;
        list.append(change);
    }
    QCOMPARE(CommitMessage::subject(list, config, EditorSettings(), dir.path()), subject);
}

void TestExport::refusesWithoutGitOrBase()
{
    QTemporaryDir dir;
    writeSite(dir.path());
    const TestCli::Result result = TestCli::run(
        {QStringLiteral("export"), dir.path(), QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))});
    QCOMPARE(result.status, 2);
    QVERIFY2(result.err.contains(QLatin1String("not a git checkout")), qPrintable(result.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out"))));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
