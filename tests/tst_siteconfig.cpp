#include "site/siteconfig.h"
#include "testfiles.h"
#include "testvalues.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;
using TestValues::yaml;

class TestSiteConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notASite();
    void configErrorsSayWhere();
    void settings();
    void collections();
    void defaultsScopes_data();
    void defaultsScopes();
    void defaultsGlob();
    void excluded_data();
    void excluded();

private:
    static SiteConfig config(const QByteArray& yamlText, const QString& root = QStringLiteral("/site"))
    {
        SiteConfig result;
        Diagnostic error;
        if (!SiteConfig::fromYaml(yamlText, root, &result, &error))
            qFatal("bad configuration: %s", qPrintable(error.message));
        return result;
    }
};

void TestSiteConfig::notASite()
{
    QTemporaryDir dir;
    SiteConfig site;
    QString error;
    QVERIFY(!SiteConfig::load(dir.path(), &site, &error));
    QVERIFY2(error.contains(QLatin1String("no _config.yml")), qPrintable(error));
    QVERIFY(!SiteConfig::load(dir.filePath(QStringLiteral("missing")), &site, &error));
    QVERIFY2(error.contains(QLatin1String("no such folder")), qPrintable(error));
    // _config.yaml counts too.
    TestFiles::write(QDir(dir.path()).filePath(QStringLiteral("_config.yaml")), "title: Site\n");
    QVERIFY2(SiteConfig::load(dir.path(), &site, &error), qPrintable(error));
    QCOMPARE(site.title(), QStringLiteral("Site"));
    QCOMPARE(site.root(), QDir(dir.path()).absolutePath());
}

void TestSiteConfig::configErrorsSayWhere()
{
    QTemporaryDir dir;
    const QString path = TestFiles::write(QDir(dir.path()).filePath(QStringLiteral("_config.yml")),
                                          "title: Site\ncollections:\n  evenements:\n   output: [true\n");
    SiteConfig site;
    QString error;
    QVERIFY(!SiteConfig::load(dir.path(), &site, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(":4:")), qPrintable(error));
    TestFiles::write(path, "- a\n- b\n");
    QVERIFY(!SiteConfig::load(dir.path(), &site, &error));
    QVERIFY2(error.contains(QLatin1String("mapping")), qPrintable(error));
}

void TestSiteConfig::settings()
{
    const SiteConfig site = config("title: Mon site\ntimezone: Europe/Paris\nbaseurl: /blog\nlanguage: fr\n"
                                   "permalink: pretty\ncollections_dir: contenus/\n");
    QCOMPARE(site.title(), QStringLiteral("Mon site"));
    QCOMPARE(site.timezone(), QStringLiteral("Europe/Paris"));
    QCOMPARE(site.baseurl(), QStringLiteral("/blog"));
    QCOMPARE(site.language(), QStringLiteral("fr"));
    QCOMPARE(site.permalinkStyle(), QStringLiteral("pretty"));
    QCOMPARE(site.markdown(), QStringLiteral("kramdown"));
    QCOMPARE(site.collectionsDir(), QStringLiteral("contenus"));
    QCOMPARE(site.collection(QStringLiteral("posts"))->folder, QStringLiteral("contenus/_posts"));
    const SiteConfig plain = config("lang: en\nlanguage: fr\n");
    QCOMPARE(plain.language(), QStringLiteral("en"));
    QCOMPARE(plain.permalinkStyle(), QStringLiteral("date"));
    QCOMPARE(plain.include(), QStringList{QStringLiteral(".htaccess")});
}

void TestSiteConfig::collections()
{
    const SiteConfig site = config("collections:\n  evenements:\n    title: Agenda\n    output: true\n    permalink: "
                                   "/agenda/:title/\n  brouillons:\n    output: false\n  notes:\n  posts:\n    "
                                   "permalink: /blog/:title/\n");
    QStringList names;
    for (const CollectionConfig& collection : site.collections())
        names.append(collection.name);
    QCOMPARE(names,
             (QStringList{QStringLiteral("posts"), QStringLiteral("evenements"), QStringLiteral("brouillons"),
                          QStringLiteral("notes")}));
    const CollectionConfig* events = site.collection(QStringLiteral("evenements"));
    QVERIFY(events);
    QCOMPARE(events->title, QStringLiteral("Agenda"));
    QVERIFY(events->output);
    QCOMPARE(events->permalink, QStringLiteral("/agenda/:title/"));
    QCOMPARE(events->folder, QStringLiteral("_evenements"));
    QVERIFY(!site.collection(QStringLiteral("brouillons"))->output);
    QVERIFY(!site.collection(QStringLiteral("notes"))->output);
    QCOMPARE(site.collectionTitle(QStringLiteral("notes")), QStringLiteral("notes"));
    QVERIFY(site.collection(QStringLiteral("posts"))->output);
    QCOMPARE(site.collection(QStringLiteral("posts"))->permalink, QStringLiteral("/blog/:title/"));
    QVERIFY(!site.collection(QStringLiteral("missing")));

    const SiteConfig list = config("collections:\n- evenements\n- actualites\n");
    QCOMPARE(list.collections().size(), 3);
    QCOMPARE(list.collections().at(2).name, QStringLiteral("actualites"));
}

void TestSiteConfig::defaultsScopes_data()
{
    QTest::addColumn<QByteArray>("defaults");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray typed = "- scope:\n    path: ''\n    type: evenements\n  values:\n    layout: evenement\n"
                             "- scope:\n    path: ''\n  values:\n    layout: page\n    lang: fr\n";
    QTest::newRow("type applies") << typed << QStringLiteral("_evenements/a.md") << QStringLiteral("evenements")
                                  << QByteArray("{layout: evenement, lang: fr}");
    QTest::newRow("other type") << typed << QStringLiteral("_actualites/a.md") << QStringLiteral("actualites")
                                << QByteArray("{layout: page, lang: fr}");
    QTest::newRow("no scope at all") << QByteArray("- values:\n    layout: x\n") << QStringLiteral("a.md") << QString()
                                     << QByteArray("{layout: x}");
    const QByteArray paths = "- scope:\n    path: _evenements/2023\n  values:\n    annee: 2023\n    layout: archive\n"
                             "- scope:\n    path: _evenements\n  values:\n    layout: evenement\n";
    QTest::newRow("longer path wins, whatever the order")
        << paths << QStringLiteral("_evenements/2023/a.md") << QStringLiteral("evenements")
        << QByteArray("{annee: 2023, layout: archive}");
    QTest::newRow("prefix without a folder boundary")
        << paths << QStringLiteral("_evenements/20230/a.md") << QStringLiteral("evenements")
        << QByteArray("{annee: 2023, layout: archive}");
    QTest::newRow("shorter path only") << paths << QStringLiteral("_evenements/a.md") << QStringLiteral("evenements")
                                       << QByteArray("{layout: evenement}");
    // Jekyll compares the scope path as written with the document's: a leading slash never matches.
    QTest::newRow("leading slash matches nothing")
        << QByteArray("- scope:\n    path: /_evenements/\n  values:\n    x: 1\n") << QStringLiteral("_evenements/a.md")
        << QStringLiteral("evenements") << QByteArray("{}");
    QTest::newRow("path and type must both apply")
        << QByteArray("- scope:\n    path: _evenements\n    type: actualites\n  values:\n    x: 1\n")
        << QStringLiteral("_evenements/a.md") << QStringLiteral("evenements") << QByteArray("{}");
    QTest::newRow("equal paths: the later set wins")
        << QByteArray("- scope:\n    path: ''\n  values:\n    x: 1\n- scope:\n    path: ''\n  values:\n    x: 2\n")
        << QStringLiteral("a.md") << QString() << QByteArray("{x: 2}");
    QTest::newRow("equal paths: a typed set beats a later untyped one")
        << QByteArray("- scope:\n    path: ''\n    type: pages\n  values:\n    x: 1\n- scope:\n    path: ''\n  "
                      "values:\n    x: 2\n")
        << QStringLiteral("a.md") << QStringLiteral("pages") << QByteArray("{x: 1}");
    QTest::newRow("legacy type names") << QByteArray("- scope:\n    type: post\n  values:\n    x: 1\n")
                                       << QStringLiteral("_posts/2023-01-01-a.md") << QStringLiteral("posts")
                                       << QByteArray("{x: 1}");
    QTest::newRow("maps merge deeply") << QByteArray(
        "- scope:\n    path: ''\n  values:\n    seo: {titre: A, image: a.png}\n- scope:\n    path: "
        "_evenements\n  values:\n    seo: {image: b.png}\n")
                                       << QStringLiteral("_evenements/a.md") << QStringLiteral("evenements")
                                       << QByteArray("{seo: {titre: A, image: b.png}}");
    QTest::newRow("lists are replaced") << QByteArray(
        "- scope:\n    path: ''\n  values:\n    tags: [a, b]\n- scope:\n    path: _e\n  values:\n    "
        "tags: [c]\n") << QStringLiteral("_e/a.md")
                                        << QStringLiteral("e") << QByteArray("{tags: [c]}");
    QTest::newRow("invalid sets are skipped") << QByteArray(
        "- scope:\n    path: ''\n  values: [x]\n- just text\n- scope:\n    path: ''\n  values:\n    x: 1\n")
                                              << QStringLiteral("a.md") << QString() << QByteArray("{x: 1}");
}

void TestSiteConfig::defaultsScopes()
{
    QFETCH(QByteArray, defaults);
    QFETCH(QString, path);
    QFETCH(QString, type);
    QFETCH(QByteArray, expected);
    const SiteConfig site = config("defaults:\n" + defaults);
    const YamlValue merged = site.defaultsFor(path, type);
    const YamlValue wanted = yaml(expected);
    QCOMPARE(merged.entries().size(), wanted.entries().size());
    for (const YamlMapEntry& entry : wanted.entries())
        QVERIFY2(merged.value(entry.key.rubyString()) == entry.value, qPrintable(entry.key.rubyString()));
}

void TestSiteConfig::defaultsGlob()
{
    // A glob scope matches what exists on disk, as Jekyll's Dir.glob does.
    QTemporaryDir dir;
    const QDir root(dir.path());
    TestFiles::write(root.filePath(QStringLiteral("_evenements/2023-atelier.md")), "---\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/2024-atelier.md")), "---\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_config.yml")),
                     "defaults:\n- scope:\n    path: _evenements/2023-*\n  values:\n    archive: true\n");
    SiteConfig site;
    QString error;
    QVERIFY2(SiteConfig::load(dir.path(), &site, &error), qPrintable(error));
    QVERIFY(site.defaultsFor(QStringLiteral("_evenements/2023-atelier.md"), QStringLiteral("evenements"))
                .value(QStringLiteral("archive"))
                .toBool());
    QVERIFY(!site.defaultsFor(QStringLiteral("_evenements/2024-atelier.md"), QStringLiteral("evenements"))
                 .contains(QStringLiteral("archive")));
}

void TestSiteConfig::excluded_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("excluded");

    QTest::newRow("listed file") << QStringLiteral("README.md") << true;
    QTest::newRow("folder with slashes") << QStringLiteral("scripts/deploy.md") << true;
    QTest::newRow("glob") << QStringLiteral("notes-2023.md") << true;
    QTest::newRow("prefix of a name") << QStringLiteral("README.md.bak") << true;
    QTest::newRow("Jekyll's own") << QStringLiteral("vendor/bundle/gems/x.md") << true;
    QTest::newRow("node_modules") << QStringLiteral("node_modules/x/README.md") << true;
    QTest::newRow("included again") << QStringLiteral("Gemfile") << false;
    QTest::newRow("ordinary page") << QStringLiteral("about.md") << false;
    QTest::newRow("collection document") << QStringLiteral("_evenements/a.md") << false;
}

void TestSiteConfig::excluded()
{
    QFETCH(QString, path);
    QFETCH(bool, excluded);
    const SiteConfig site =
        config("exclude:\n- README.md\n- /scripts/\n- notes-*.md\n- Gemfile\ninclude:\n- Gemfile\n");
    QCOMPARE(site.isExcluded(path), excluded);
}

QTEST_GUILESS_MAIN(TestSiteConfig)
#include "tst_siteconfig.moc"
