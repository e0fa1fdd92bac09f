#include "site/sitefolder.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;

class TestSiteFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notASite();
    void listsDocuments();

    void collectionsAsAList();
};

void TestSiteFolder::notASite()
{
    QTemporaryDir dir;
    SiteFolder site;
    QString error;
    QVERIFY(!site.open(dir.path(), &error));
    QVERIFY(error.contains(QLatin1String("_config.yml")));
    QVERIFY(!site.open(dir.filePath(QStringLiteral("missing")), &error));
}

void TestSiteFolder::listsDocuments()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    TestFiles::write(
        root.filePath(QStringLiteral("_config.yml")),
        "title: Mon site\ncollections:\n  evenements:\n    title: Agenda\n    output: true\n  actualites:\n    "
        "output: true\n"
        "exclude:\n- README.md\n- /drafts-notes/\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/b.markdown")), "---\ntitle: Bravo\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/a.md")), "---\ntitle: Alpha\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/broken.md")), "---\ntitle: [x\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/image.png")), "not markdown");
    TestFiles::write(root.filePath(QStringLiteral("_posts/2023-01-01-p.md")), "---\ntitle: Post\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("about.md")), "---\ntitle: À propos\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_site/about.md")), "generated");
    TestFiles::write(root.filePath(QStringLiteral("README.md")), "# readme");
    TestFiles::write(root.filePath(QStringLiteral("vendor/bundle/gem/doc.md")), "---\ntitle: Gem\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("drafts-notes/todo.md")), "---\ntitle: Notes\n---\n");

    SiteFolder site;
    QString error;
    QVERIFY2(site.open(dir.path(), &error), qPrintable(error));
    QCOMPARE(site.title(), QStringLiteral("Mon site"));
    QCOMPARE(site.collections(), (QStringList{QStringLiteral("evenements"), QStringLiteral("actualites")}));
    QCOMPARE(site.collectionTitle(QStringLiteral("evenements")), QStringLiteral("Agenda"));
    QCOMPARE(site.collectionTitle(QStringLiteral("actualites")), QStringLiteral("actualites"));
    const QVector<SiteDocumentEntry> documents = site.documents();
    QStringList listed;
    for (const SiteDocumentEntry& entry : documents)
        listed.append(entry.collection + QLatin1Char('/') + entry.relativePath + QLatin1Char('=') + entry.title);
    QCOMPARE(listed,
             (QStringList{QStringLiteral("evenements/_evenements/a.md=Alpha"),
                          QStringLiteral("evenements/_evenements/b.markdown=Bravo"),
                          QStringLiteral("evenements/_evenements/broken.md="),
                          QStringLiteral("posts/_posts/2023-01-01-p.md=Post"), QStringLiteral("/about.md=À propos")}));
    QVERIFY(documents.at(2).hasError);
    QVERIFY(documents.at(2).errorMessage.startsWith(QLatin1String("_evenements/broken.md:2:")));
}

void TestSiteFolder::collectionsAsAList()
{
    QTemporaryDir dir;
    TestFiles::write(QDir(dir.path()).filePath(QStringLiteral("_config.yml")),
                     "collections:\n- evenements\n- equipe\n");
    TestFiles::write(QDir(dir.path()).filePath(QStringLiteral("_equipe/a.md")), "---\ntitle: A\n---\n");
    SiteFolder site;
    QString error;
    QVERIFY2(site.open(dir.path(), &error), qPrintable(error));
    QCOMPARE(site.collections(), (QStringList{QStringLiteral("evenements"), QStringLiteral("equipe")}));
    QCOMPARE(site.documents().size(), 1);
    QCOMPARE(site.documents().first().collection, QStringLiteral("equipe"));
}

QTEST_GUILESS_MAIN(TestSiteFolder)
#include "tst_sitefolder.moc"
