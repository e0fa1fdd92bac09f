#include "site/siteindex.h"
#include "testfiles.h"

#include <QDir>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace EventDesk;

class TestSiteIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsDocuments();
    void collectionsAsAList();
    void readsRolesNotKeyNames_data();
    void readsRolesNotKeyNames();
    void parallelScanMatchesOneThread();
    void schemaFromTheScan();
    void followsChangesOnDisk();
    void reopeningDropsTheOldSite();
    void manyKeysStayCheap();

private:
    static SiteConfig load(const QString& root)
    {
        SiteConfig config;
        QString error;
        if (!SiteConfig::load(root, &config, &error))
            qFatal("%s", qPrintable(error));
        return config;
    }
};

void TestSiteIndex::listsDocuments()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    TestFiles::write(
        root.filePath(QStringLiteral("_config.yml")),
        "title: Mon site\ncollections:\n  evenements:\n    title: Agenda\n    output: true\n  actualites:\n    "
        "output: true\nexclude:\n- README.md\n- /drafts-notes/\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/b.markdown")), "---\ntitle: Bravo\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/a.md")), "---\ntitle: Alpha\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/2023/c.mkd")), "---\ntitle: Charlie\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/broken.md")), "---\ntitle: [x\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/_brouillon.md")), "---\ntitle: Skipped\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/a.md~")), "backup");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/image.png")), "not markdown");
    TestFiles::write(root.filePath(QStringLiteral("_posts/2023-01-01-p.md")), "---\ntitle: Post\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_drafts/idee.md")), "---\ntitle: Idée\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("about.md")), "---\ntitle: À propos\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_site/about.md")), "generated");
    TestFiles::write(root.filePath(QStringLiteral(".git/notes.md")), "hidden");
    TestFiles::write(root.filePath(QStringLiteral("README.md")), "# readme");
    TestFiles::write(root.filePath(QStringLiteral("vendor/bundle/gem/doc.md")), "---\ntitle: Gem\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("drafts-notes/todo.md")), "---\ntitle: Notes\n---\n");

    const SiteConfig config = load(dir.path());
    const QVector<IndexEntry> entries = SiteScanner::scan(config, EditorSettings()).entries;
    QStringList listed;
    for (const IndexEntry& entry : entries)
        listed.append(entry.collection + QLatin1Char('/') + entry.relativePath + QLatin1Char('=') + entry.title);
    QCOMPARE(listed,
             (QStringList{
                 QStringLiteral("posts/_posts/2023-01-01-p.md=Post"),
                 QStringLiteral("posts/_drafts/idee.md=Idée"),
                 QStringLiteral("evenements/_evenements/2023/c.mkd=Charlie"),
                 QStringLiteral("evenements/_evenements/a.md=Alpha"),
                 QStringLiteral("evenements/_evenements/b.markdown=Bravo"),
                 QStringLiteral("evenements/_evenements/broken.md="),
                 QStringLiteral("/about.md=À propos"),
             }));
    QVERIFY(entries.at(1).draft);
    QVERIFY(!entries.at(0).draft);
    // A broken file is listed with its error, never dropped.
    const IndexEntry& broken = entries.at(5);
    QVERIFY(broken.hasError);
    QVERIFY2(broken.error.startsWith(QLatin1String("_evenements/broken.md:2:")), qPrintable(broken.error));
    QCOMPARE(broken.path, root.filePath(QStringLiteral("_evenements/broken.md")));
    QVERIFY(broken.size > 0 && broken.modified > 0);
}

void TestSiteIndex::collectionsAsAList()
{
    QTemporaryDir dir;
    TestFiles::write(QDir(dir.path()).filePath(QStringLiteral("_config.yml")),
                     "collections:\n- evenements\n- equipe\n");
    TestFiles::write(QDir(dir.path()).filePath(QStringLiteral("_equipe/a.md")), "---\ntitle: A\n---\n");
    const QVector<IndexEntry> entries = SiteScanner::scan(load(dir.path()), EditorSettings()).entries;
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().collection, QStringLiteral("equipe"));
}

void TestSiteIndex::readsRolesNotKeyNames_data()
{
    QTest::addColumn<QByteArray>("frontMatter");
    QTest::addColumn<QByteArray>("settings");

    QTest::newRow("reference site") << QByteArray("title: Atelier\ndate: 2023-01-02 10:00:00 +01:00\n"
                                                  "event_start_date: 2023-01-31 16:30:00 +01:00\n"
                                                  "event_end_date: 2023-01-31 18:00:00 +01:00\n"
                                                  "categories: [Atelier, Numérique]\npublished: false\n")
                                    << QByteArray();
    QTest::newRow("English names") << QByteArray("title: Atelier\ndate: 2023-01-02 10:00:00 +01:00\n"
                                                 "start_date: 2023-01-31 16:30:00 +01:00\nends_at: 2023-01-31 18:00:00 "
                                                 "+01:00\ncategory: [Atelier, Numérique]\npublished: false\n")
                                   << QByteArray();
    QTest::newRow("named in .eventdesk.yml")
        << QByteArray("nom: Atelier\ndate: 2023-01-02 10:00:00 +01:00\nquand: 2023-01-31 16:30:00 +01:00\njusqua: "
                      "2023-01-31 18:00:00 +01:00\ntypes: [Atelier, Numérique]\nenligne: false\n")
        << QByteArray("collections:\n  evenements:\n    fields:\n      nom: {role: title}\n      quand: {role: start}\n"
                      "      jusqua: {role: end}\n      types: {role: categories}\n      enligne: {role: published}\n");
}

void TestSiteIndex::readsRolesNotKeyNames()
{
    QFETCH(QByteArray, frontMatter);
    QFETCH(QByteArray, settings);
    QTemporaryDir dir;
    const QDir root(dir.path());
    TestFiles::write(root.filePath(QStringLiteral("_config.yml")), "collections: [evenements]\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/a.md")), "---\n" + frontMatter + "---\n");
    EditorSettings editor;
    Diagnostic error;
    QVERIFY(EditorSettings::fromYaml(settings, &editor, &error));
    const QVector<IndexEntry> entries = SiteScanner::scan(load(dir.path()), editor).entries;
    QCOMPARE(entries.size(), 1);
    const IndexEntry& entry = entries.first();
    QCOMPARE(entry.title, QStringLiteral("Atelier"));
    QCOMPARE(entry.date.toDateTime().toIsoString(), QStringLiteral("2023-01-02T10:00:00+01:00"));
    QCOMPARE(entry.start.toDateTime().toIsoString(), QStringLiteral("2023-01-31T16:30:00+01:00"));
    QCOMPARE(entry.end.toDateTime().toIsoString(), QStringLiteral("2023-01-31T18:00:00+01:00"));
    QCOMPARE(entry.sortDate().toDateTime().toIsoString(), QStringLiteral("2023-01-31T16:30:00+01:00"));
    QCOMPARE(entry.categories, (QStringList{QStringLiteral("Atelier"), QStringLiteral("Numérique")}));
    QVERIFY(!entry.published);
}

void TestSiteIndex::parallelScanMatchesOneThread()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    TestFiles::write(root.filePath(QStringLiteral("_config.yml")), "collections: [evenements]\n");
    for (int i = 0; i < 200; ++i) {
        TestFiles::write(root.filePath(QStringLiteral("_evenements/e%1.md").arg(i, 3, 10, QLatin1Char('0'))),
                         "---\ntitle: Événement " + QByteArray::number(i) + "\ncategories: [C"
                             + QByteArray::number(i % 7) + "]\nlieu: Salle " + QByteArray::number(i % 3) + "\n---\n");
    }
    const SiteConfig config = load(dir.path());
    const SiteScanner::Result one = SiteScanner::scan(config, EditorSettings(), 1);
    const SiteScanner::Result four = SiteScanner::scan(config, EditorSettings(), 4);
    QCOMPARE(four.entries.size(), 200);
    for (int i = 0; i < one.entries.size(); ++i) {
        QCOMPARE(four.entries.at(i).path, one.entries.at(i).path);
        QCOMPARE(four.entries.at(i).title, one.entries.at(i).title);
    }
    const CollectionSchema a =
        one.schemas.value(QStringLiteral("evenements")).build(config, QStringLiteral("evenements"), EditorSettings());
    const CollectionSchema b =
        four.schemas.value(QStringLiteral("evenements")).build(config, QStringLiteral("evenements"), EditorSettings());
    QCOMPARE(b.documents, 200);
    QCOMPARE(b.order(), a.order());
    QCOMPARE(b.field(QStringLiteral("lieu"))->knownValues.size(), 3);
    QCOMPARE(b.field(QStringLiteral("lieu"))->knownValues.first().count, 67);
    QCOMPARE(b.field(QStringLiteral("categories"))->knownValues.size(), 7);
}

void TestSiteIndex::schemaFromTheScan()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    TestFiles::write(root.filePath(QStringLiteral("_config.yml")), "collections: [evenements]\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/a.md")), "---\ntitle: A\nlieu: Salle 1\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/b.md")), "---\ntitle: B\nlieu: Salle 1\n---\n");
    const SiteConfig config = load(dir.path());
    const CollectionSchema schema = SiteScanner::scan(config, EditorSettings())
                                        .schemas.value(QStringLiteral("evenements"))
                                        .build(config, QStringLiteral("evenements"), EditorSettings());
    QCOMPARE(schema.order(), (QStringList{QStringLiteral("title"), QStringLiteral("lieu")}));
    QCOMPARE(schema.find(FieldRole::Place).key, QStringLiteral("lieu"));
}

void TestSiteIndex::followsChangesOnDisk()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    TestFiles::write(root.filePath(QStringLiteral("_config.yml")), "collections: [evenements]\n");
    const QString a = TestFiles::write(root.filePath(QStringLiteral("_evenements/a.md")), "---\ntitle: Alpha\n---\n");
    const QString b = TestFiles::write(root.filePath(QStringLiteral("_evenements/b.md")), "---\ntitle: Bravo\n---\n");

    SiteIndex index;
    QSignalSpy ready(&index, &SiteIndex::ready);
    QSignalSpy changed(&index, &SiteIndex::changed);
    index.open(load(dir.path()), EditorSettings());
    QVERIFY(ready.wait(5000));
    QVERIFY(index.isReady());
    QCOMPARE(index.entries().size(), 2);
    QCOMPARE(index.schema(QStringLiteral("evenements")).documents, 2);

    // A new file, saved the way editors save (a temporary file renamed).
    QSaveFile save(root.filePath(QStringLiteral("_evenements/c.md")));
    QVERIFY(save.open(QIODevice::WriteOnly));
    save.write("---\ntitle: Charlie\nlieu: Salle 2\n---\n");
    QVERIFY(save.commit());
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.last().first().toStringList(), QStringList{root.filePath(QStringLiteral("_evenements/c.md"))});
    QCOMPARE(index.entries().size(), 3);
    QVERIFY(index.schema(QStringLiteral("evenements")).field(QStringLiteral("lieu")));

    // A file changed in place, and one broken.
    QTest::qWait(20); // a later modification time
    TestFiles::write(a, "---\ntitle: Alpha 2\n---\nplus long\n");
    QVERIFY(changed.wait(5000));
    QCOMPARE(index.entry(a)->title, QStringLiteral("Alpha 2"));
    TestFiles::write(b, "---\ntitle: [\n---\n");
    QVERIFY(changed.wait(5000));
    QVERIFY(index.entry(b)->hasError);

    // A removed file goes.
    QVERIFY(QFile::remove(a));
    QVERIFY(changed.wait(5000));
    QVERIFY(!index.entry(a));
    QCOMPARE(index.entries().size(), 2);
}

void TestSiteIndex::reopeningDropsTheOldSite()
{
    QTemporaryDir a, b;
    for (QTemporaryDir* dir : {&a, &b}) {
        const QDir root(dir->path());
        TestFiles::write(root.filePath(QStringLiteral("_config.yml")), "collections: [evenements]\n");
        TestFiles::write(root.filePath(QStringLiteral("_evenements/e.md")),
                         "---\ntitle: " + QByteArray(dir == &a ? "Site A" : "Site B") + "\n---\n");
    }
    SiteIndex index;
    QSignalSpy ready(&index, &SiteIndex::ready);
    index.open(load(a.path()), EditorSettings());
    QThread::msleep(200); // site A's scan is done and queued
    index.open(load(b.path()), EditorSettings());
    QVERIFY(ready.wait(5000));
    QTest::qWait(100);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(index.entries().size(), 1);
    QCOMPARE(index.entries().first().title, QStringLiteral("Site B"));
}

void TestSiteIndex::manyKeysStayCheap()
{
    // A document with thousands of keys: followed up to a bound, so it costs no more than a few
    // ordinary files (bench_index measures the time).
    QByteArray front = "---\n";
    for (int i = 0; i < 3000; ++i)
        front += "k" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\n";
    QTemporaryDir dir;
    const QDir root(dir.path());
    TestFiles::write(root.filePath(QStringLiteral("_config.yml")), "collections: [evenements]\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/odd.md")), front + "---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/e.md")), "---\ntitle: A\n---\n");
    const SiteConfig config = load(dir.path());
    const SiteScanner::Result result = SiteScanner::scan(config, EditorSettings());
    const CollectionSchema schema = result.schemas.value(QStringLiteral("evenements"))
                                        .build(config, QStringLiteral("evenements"), EditorSettings());
    QCOMPARE(schema.fields.size(), 1000);
    QCOMPARE(schema.order().first(), QStringLiteral("k0"));
    QVERIFY(!schema.field(QStringLiteral("k2999"))); // past the bound
}

QTEST_GUILESS_MAIN(TestSiteIndex)
#include "tst_siteindex.moc"
