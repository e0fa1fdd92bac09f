#include "testgit.h"
#include "vcs/commitmessage.h"
#include "vcs/gitcommit.h"

#include "site/siteconfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;
using namespace EventDesk::TestGit;

// Commits with the real git program in temporary repositories, with an identity the test sets.
class TestGitCommit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void commitsExactlyTheEditedFiles();
    void commitOnANewBranchAndPush();
    void failuresSayWhy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_site;
};

void TestGitCommit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_site = m_dir->filePath(QStringLiteral("site"));
    QVERIFY(committedThenEdited(m_site));
    // What the editor did not do: a file staged by hand and a note lying in the checkout.
    TestFiles::write(QDir(m_site).filePath(QStringLiteral("staged-by-hand.txt")), "staged\n");
    git(m_site, {QStringLiteral("add"), QStringLiteral("staged-by-hand.txt")});
    TestFiles::write(QDir(m_site).filePath(QStringLiteral("notes-perso.txt")), "not for the site\n");
    TestFiles::write(QDir(m_site).filePath(QStringLiteral("uploads/brouillon.png")), Png + "draft");
}

void TestGitCommit::commitsExactlyTheEditedFiles()
{
    SiteConfig config;
    QString error;
    QVERIFY2(SiteConfig::load(m_site, &config, &error), qPrintable(error));
    QVector<FileChange> changes;
    QVERIFY2(SiteChanges::againstGit(m_site, &changes, &error), qPrintable(error));
    const QStringList paths = GitCommit::pathsToCommit(changes, config, m_site);
    // The documents and the image the new event shows; not the note, not the unused image.
    QCOMPARE(paths,
             (QStringList{QStringLiteral("_actualites/bilan.md"), QStringLiteral("_evenements/atelier.markdown"),
                          QStringLiteral("_evenements/cafe-donnees.markdown"), QStringLiteral("uploads/cafe.png")}));

    GitCommit::Request request;
    request.folder = m_site;
    request.paths = paths;
    request.message = QStringLiteral("Agenda : ajout de l'événement « Café des données »\n\nDétails.");
    request.author = PatchAuthor{QStringLiteral("Marie Dupont"), QStringLiteral("marie@example.invalid")};
    QString id;
    QVERIFY2(GitCommit::commit(request, &id, &error), qPrintable(error));
    QCOMPARE(id.size(), 40);

    const QString stat = git(m_site,
                             {QStringLiteral("show"), QStringLiteral("--name-status"),
                              QStringLiteral("--format=%an <%ae>|%s"), QStringLiteral("HEAD")});
    QCOMPARE(
        stat.split(u'\n', Qt::SkipEmptyParts),
        (QStringList{QStringLiteral("Marie Dupont <marie@example.invalid>|Agenda : ajout de l'événement « Café "
                                    "des données »"),
                     QStringLiteral("D\t_actualites/bilan.md"), QStringLiteral("M\t_evenements/atelier.markdown"),
                     QStringLiteral("A\t_evenements/cafe-donnees.markdown"), QStringLiteral("A\tuploads/cafe.png")}));
    // The rest is as it was: still staged, still untracked.
    const QString status = git(m_site, {QStringLiteral("status"), QStringLiteral("--porcelain")});
    QCOMPARE(status.split(u'\n', Qt::SkipEmptyParts),
             (QStringList{QStringLiteral("A  staged-by-hand.txt"), QStringLiteral("?? notes-perso.txt"),
                          QStringLiteral("?? uploads/brouillon.png")}));
}

void TestGitCommit::commitOnANewBranchAndPush()
{
    const QString remote = m_dir->filePath(QStringLiteral("remote.git"));
    int status = 0;
    git(m_dir->path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), remote}, &status);
    QCOMPARE(status, 0);
    git(m_site, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), remote}, &status);
    QCOMPARE(status, 0);

    GitCommit::Request request;
    request.folder = m_site;
    request.paths = {QStringLiteral("_evenements/atelier.markdown")};
    request.message = QStringLiteral("Agenda : mise à jour de « Atelier »");
    request.newBranch = QStringLiteral("agenda-atelier");
    request.author = PatchAuthor{QStringLiteral("Marie Dupont"), QStringLiteral("marie@example.invalid")};
    QString id;
    QString error;
    QVERIFY2(GitCommit::commit(request, &id, &error), qPrintable(error));
    QCOMPARE(GitCommit::currentBranch(m_site), QStringLiteral("agenda-atelier"));
    QCOMPARE(git(m_site, {QStringLiteral("rev-parse"), QStringLiteral("main")}).trimmed(),
             git(m_site, {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}).trimmed());

    QString output;
    QVERIFY2(GitCommit::push(m_site, QString(), &output, &error), qPrintable(error));
    QCOMPARE(git(remote, {QStringLiteral("rev-parse"), QStringLiteral("agenda-atelier")}).trimmed(), id);
}

void TestGitCommit::failuresSayWhy()
{
    GitCommit::Request request;
    request.folder = m_site;
    request.paths = {QStringLiteral("_evenements/atelier.markdown")};
    request.message = QStringLiteral("Essai");
    request.newBranch = QStringLiteral("main"); // exists already
    QString id;
    QString error;
    QVERIFY(!GitCommit::commit(request, &id, &error));
    QVERIFY2(error.contains(QLatin1String("main")), qPrintable(error));

    QString output;
    QVERIFY(!GitCommit::push(m_site, QString(), &output, &error)); // no remote
    QVERIFY2(error.contains(QLatin1String("origin")), qPrintable(error));
    // Nothing was committed.
    QCOMPARE(git(m_site, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}).trimmed(),
             QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestGitCommit)
#include "tst_gitcommit.moc"
