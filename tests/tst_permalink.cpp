#include "document/eventdocument.h"
#include "site/permalinkindex.h"
#include "site/siteconfig.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QtTest>

using namespace EventDesk;

namespace {

// After this instant, so that no fixture document waits for its date.
const QDateTime BuildTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

YamlValue frontMatterOf(const QByteArray& yaml)
{
    return EventDocument::fromBytes("---\n" + yaml + "\n---\nBody.\n").frontMatter();
}

SiteConfig configOf(const QByteArray& yaml)
{
    SiteConfig config;
    Diagnostic error;
    if (!SiteConfig::fromYaml(yaml, QStringLiteral("/nonexistent-site"), &config, &error))
        qWarning("%s", qPrintable(error.message));
    return config;
}

} // namespace

// Jekyll's URLs for documents: the recorded output of real `jekyll build` runs over the fixture
// sites in tests/data/permalinks, then tables for each placeholder and for the reverse map.
class TestPermalink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void placeholders_data();
    void placeholders();
    void escapePath_data();
    void escapePath();
    void withBaseurl_data();
    void withBaseurl();
    void reverseMap_data();
    void reverseMap();
    void collisions();

private:
    static QString permalinksDir() { return QFINDTESTDATA("data/permalinks"); }
    const SiteConfig& site(const QString& name);

    QHash<QString, SiteConfig> m_sites;
};

const SiteConfig& TestPermalink::site(const QString& name)
{
    if (!m_sites.contains(name)) {
        SiteConfig config;
        QString error;
        if (!SiteConfig::load(QDir(permalinksDir()).filePath(name), &config, &error))
            qWarning("%s", qPrintable(error));
        m_sites.insert(name, config);
    }
    return m_sites[name];
}

void TestPermalink::fixtures_data()
{
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fileUrl"); // the url of the file written, "-" when none
    QTest::addColumn<QString>("url"); // Jekyll's own

    const QDir root(permalinksDir());
    QVERIFY(!permalinksDir().isEmpty());
    const QStringList sites = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(sites.size() >= 3);
    for (const QString& name : sites) {
        QFile tsv(root.filePath(name + QStringLiteral("/expected.tsv")));
        QVERIFY2(tsv.open(QIODevice::ReadOnly), qPrintable(tsv.fileName()));
        int rows = 0;
        for (const QByteArray& bytes : tsv.readAll().split('\n')) {
            const QString line = QString::fromUtf8(bytes);
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList columns = line.split(QLatin1Char('\t'));
            QVERIFY2(columns.size() == 2 || columns.size() == 3, qPrintable(line));
            QTest::addRow("%s: %s", qPrintable(name), qPrintable(columns.at(0)))
                << name << columns.at(0) << columns.at(1) << columns.value(2, columns.at(1));
            ++rows;
        }
        QVERIFY2(rows > 0, qPrintable(tsv.fileName()));
    }
}

void TestPermalink::fixtures()
{
    QFETCH(QString, siteName);
    QFETCH(QString, path);
    QFETCH(QString, fileUrl);
    QFETCH(QString, url);

    const SiteConfig& config = site(siteName);
    QVERIFY(!config.root().isEmpty());
    const EventDocument document = EventDocument::load(QDir(config.root()).filePath(path));
    QCOMPARE(document.status(), EventDocument::Status::Ok);

    Permalinks permalinks(config);
    permalinks.setBuildTime(BuildTime);
    const Permalink permalink = permalinks.resolve(path, permalinks.collectionOf(path), document.frontMatter());
    if (fileUrl == QLatin1String("-")) {
        QCOMPARE(permalink.status, Permalink::Status::NoOutput);
        QVERIFY(permalink.url.isEmpty());
        QVERIFY(!permalink.message.isEmpty());
        return;
    }
    QVERIFY2(permalink.isPublished(), qPrintable(permalink.message));
    QCOMPARE(permalink.url, url);
    QString file = Permalinks::unescapePath(fileUrl).mid(1);
    if (file.isEmpty() || file.endsWith(QLatin1Char('/')))
        file += QStringLiteral("index.html");
    QCOMPARE(permalink.outputPath, file);
}

void TestPermalink::placeholders_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QByteArray>("frontMatter");
    QTest::addColumn<QString>("url"); // empty when none is expected
    QTest::addColumn<Permalink::Status>("status");

    const auto Published = Permalink::Status::Published;
    const QByteArray events = "timezone: Europe/Paris\n"
                              "collections:\n"
                              "  evenements:\n"
                              "    output: true\n"
                              "    permalink: /agenda/:title/\n";
    auto withTemplate = [](const char* permalink) {
        return QByteArray("timezone: Europe/Paris\ncollections:\n  c:\n    output: true\n    permalink: ") + permalink
            + '\n';
    };
    const QString doc = QStringLiteral("_c/Réunion d'équipe.md");
    const QByteArray dated = "date: 2023-03-12 23:05:07 -04:00"; // Paris: 2023-03-13 04:05:07

    QTest::newRow(":title guillemets") << events << QStringLiteral("_evenements/lancement-<<-x->>.markdown")
                                       << QStringLiteral("evenements") << QByteArray("title: X")
                                       << QStringLiteral("/agenda/lancement-x/") << Published;
    QTest::newRow(":title keeps case and accents")
        << events << QStringLiteral("_evenements/Café Été.markdown") << QStringLiteral("evenements")
        << QByteArray("title: X") << QStringLiteral("/agenda/Caf%C3%A9-%C3%89t%C3%A9/") << Published;
    QTest::newRow(":title from slug") << events << QStringLiteral("_evenements/a.md") << QStringLiteral("evenements")
                                      << QByteArray("slug: Mon Slug") << QStringLiteral("/agenda/Mon-Slug/")
                                      << Published;
    QTest::newRow(":title without date") << events << QStringLiteral("_evenements/2023-01-31-titre.md")
                                         << QStringLiteral("evenements") << QByteArray("title: X")
                                         << QStringLiteral("/agenda/titre/") << Published;
    QTest::newRow(":title pretty keeps punctuation")
        << events << QStringLiteral("_evenements/a&b (c)+d=e@f'g.md") << QStringLiteral("evenements")
        << QByteArray("title: X") << QStringLiteral("/agenda/a&b-(c)+d=e@f'g/") << Published;
    QTest::newRow(":title apostrophe typographic")
        << events << QStringLiteral("_evenements/l’été.md") << QStringLiteral("evenements") << QByteArray("title: X")
        << QStringLiteral("/agenda/l-%C3%A9t%C3%A9/") << Published;
    QTest::newRow(":title trailing dots")
        << events << QStringLiteral("_evenements/fin....md") << QStringLiteral("evenements") << QByteArray("title: X")
        << QStringLiteral("/agenda/fin/") << Published;
    QTest::newRow(":name") << withTemplate("/:name/") << doc << QStringLiteral("c") << dated
                           << QStringLiteral("/r%C3%A9union-d-%C3%A9quipe/") << Published;
    QTest::newRow(":name keeps the date")
        << withTemplate("/:name/") << QStringLiteral("_c/2023-01-31-x.md") << QStringLiteral("c")
        << QByteArray("title: X") << QStringLiteral("/2023-01-31-x/") << Published;
    QTest::newRow(":slug") << withTemplate("/:slug/") << doc << QStringLiteral("c") << dated
                           << QStringLiteral("/r%C3%A9union-d-%C3%A9quipe/") << Published;
    QTest::newRow(":slug from front matter")
        << withTemplate("/:slug/") << doc << QStringLiteral("c") << QByteArray("slug: Tout_Neuf.v2")
        << QStringLiteral("/tout-neuf-v2/") << Published;
    QTest::newRow(":path") << withTemplate("/:path/") << QStringLiteral("_c/sous dossier/Fiche.v1.md")
                           << QStringLiteral("c") << QByteArray("title: X")
                           << QStringLiteral("/sous%20dossier/Fiche.v1/") << Published;
    QTest::newRow(":collection") << withTemplate("/:collection/:title:output_ext") << QStringLiteral("_c/x.md")
                                 << QStringLiteral("c") << QByteArray("title: X") << QStringLiteral("/c/x.html")
                                 << Published;
    QTest::newRow(":output_ext of a text file")
        << withTemplate("/:title:output_ext") << QStringLiteral("_c/x.txt") << QStringLiteral("c")
        << QByteArray("title: X") << QStringLiteral("/x.txt") << Published;
    QTest::newRow(":output_ext from the permalink")
        << withTemplate("/:title/") << QStringLiteral("_c/x.md") << QStringLiteral("c")
        << QByteArray("permalink: /feeds/:title.json") << QStringLiteral("/feeds/x.json") << Published;
    QTest::newRow(":categories") << withTemplate("/:categories/:title/") << QStringLiteral("_c/x.md")
                                 << QStringLiteral("c") << QByteArray("categories: [Webinaire d'information, B]")
                                 << QStringLiteral("/webinaire%20d'information/b/x/") << Published;
    QTest::newRow(":categories string splits")
        << withTemplate("/:categories/:title/") << QStringLiteral("_c/x.md") << QStringLiteral("c")
        << QByteArray("categories: Un Deux") << QStringLiteral("/un/deux/x/") << Published;
    QTest::newRow(":categories with category")
        << withTemplate("/:categories/:title/") << QStringLiteral("_c/x.md") << QStringLiteral("c")
        << QByteArray("category: Un Deux") << QStringLiteral("/un%20deux/x/") << Published;
    QTest::newRow(":categories empty") << withTemplate("/:categories/:title/") << QStringLiteral("_c/x.md")
                                       << QStringLiteral("c") << QByteArray("title: X") << QStringLiteral("/x/")
                                       << Published;
    QTest::newRow(":slugified_categories")
        << withTemplate("/:slugified_categories/:title/") << QStringLiteral("_c/x.md") << QStringLiteral("c")
        << QByteArray("categories: [Événements à venir]") << QStringLiteral("/%C3%A9v%C3%A9nements-%C3%A0-venir/x/")
        << Published;
    QTest::newRow("dates in the site's zone")
        << withTemplate("/:year/:month/:day/:hour/:minute/:second/") << doc << QStringLiteral("c") << dated
        << QStringLiteral("/2023/03/13/04/05/07/") << Published;
    QTest::newRow(":i_month :i_day :short_year :y_day")
        << withTemplate("/:short_year/:i_month/:i_day/:y_day/") << doc << QStringLiteral("c") << dated
        << QStringLiteral("/23/3/13/072/") << Published;
    QTest::newRow("week placeholders") << withTemplate("/:w_year/W:week/:w_day/:short_day/:long_day/") << doc
                                       << QStringLiteral("c") << QByteArray("date: 2023-01-01")
                                       << QStringLiteral("/2022/W52/7/Sun/Sunday/") << Published;
    QTest::newRow("month names") << withTemplate("/:short_month/:long_month/") << doc << QStringLiteral("c")
                                 << QByteArray("date: 2023-09-30") << QStringLiteral("/Sep/September/") << Published;
    QTest::newRow(":month_:day") << withTemplate("/:month_:day/") << doc << QStringLiteral("c") << dated
                                 << QStringLiteral("/03_13/") << Published;
    QTest::newRow("date without zone is UTC")
        << withTemplate("/:day/:hour/") << doc << QStringLiteral("c") << QByteArray("date: 2023-03-12 23:30:00")
        << QStringLiteral("/13/00/") << Published;
    QTest::newRow("date as a quoted string")
        << withTemplate("/:year/:month/:day/") << doc << QStringLiteral("c") << QByteArray("date: '2023-1-5 10:00'")
        << QStringLiteral("/2023/01/05/") << Published;
    QTest::newRow("quoted time without zone is local")
        << withTemplate("/:day/:hour/") << doc << QStringLiteral("c") << QByteArray("date: '2023-03-12 23:30:00'")
        << QStringLiteral("/12/23/") << Published;
    QTest::newRow("date from file name") << withTemplate("/:year/:month/:day/:title/")
                                         << QStringLiteral("_c/2023-1-5-x.md") << QStringLiteral("c")
                                         << QByteArray("title: X") << QStringLiteral("/2023/01/05/x/") << Published;
    QTest::newRow("unreadable date") << withTemplate("/:year/:title/") << doc << QStringLiteral("c")
                                     << QByteArray("date: bientôt") << QString() << Permalink::Status::Error;
    QTest::newRow("February 30th rolls over")
        << withTemplate("/:year/:month/:day/") << QStringLiteral("_c/2023-02-30-x.md") << QStringLiteral("c")
        << QByteArray("title: X") << QStringLiteral("/2023/03/02/") << Published;
    QTest::newRow("two-digit year") << withTemplate("/:year/:month/:day/") << QStringLiteral("_c/23-02-03-x.md")
                                    << QStringLiteral("c") << QByteArray("title: X") << QStringLiteral("/2023/02/03/")
                                    << Published;
    QTest::newRow("date string with offset")
        << withTemplate("/:year/:month/:day/:hour/") << QStringLiteral("_c/x.md") << QStringLiteral("c")
        << QByteArray("date: '2023-01-31 23:30 +0000'") << QStringLiteral("/2023/02/01/00/") << Published;
    QTest::newRow("other extension") << withTemplate("/:title/:name/:slug:output_ext")
                                     << QStringLiteral("_c/Hello World.Tar.GZ") << QStringLiteral("c")
                                     << QByteArray("title: X")
                                     << QStringLiteral("/Hello-World.Tar/hello-world-tar/hello-world-tar.GZ")
                                     << Published;
    QTest::newRow("unreadable date, even unused")
        << withTemplate("/:title/") << doc << QStringLiteral("c") << QByteArray("date: bientôt") << QString()
        << Permalink::Status::Error;
    QTest::newRow("impossible date in the file name")
        << withTemplate("/:title/") << QStringLiteral("_c/2023-13-45-x.md") << QStringLiteral("c")
        << QByteArray("title: X") << QString() << Permalink::Status::Error;
    QTest::newRow("unknown placeholder") << withTemplate("/:basename/") << doc << QStringLiteral("c")
                                         << QByteArray("title: X") << QString() << Permalink::Status::Error;
    QTest::newRow("colon in a category") << withTemplate("/:categories/:title/") << QStringLiteral("_c/x.md")
                                         << QStringLiteral("c") << QByteArray("categories: ['Atelier : données']")
                                         << QString() << Permalink::Status::Error;
    QTest::newRow("permalink: pretty on a collection is a url")
        << withTemplate("pretty") << QStringLiteral("_c/x.md") << QStringLiteral("c") << QByteArray("title: X")
        << QStringLiteral("/pretty") << Published;
    QTest::newRow("output false") << QByteArray("collections:\n  c:\n    output: false\n") << QStringLiteral("_c/x.md")
                                  << QStringLiteral("c") << QByteArray("title: X") << QString()
                                  << Permalink::Status::NoOutput;
    QTest::newRow("published false") << events << QStringLiteral("_evenements/x.md") << QStringLiteral("evenements")
                                     << QByteArray("published: false") << QStringLiteral("/agenda/x/")
                                     << Permalink::Status::Unpublished;
    QTest::newRow("published empty") << events << QStringLiteral("_evenements/x.md") << QStringLiteral("evenements")
                                     << QByteArray("published:") << QStringLiteral("/agenda/x/")
                                     << Permalink::Status::Unpublished;
    QTest::newRow("dated after the build")
        << events << QStringLiteral("_evenements/x.md") << QStringLiteral("evenements")
        << QByteArray("date: 2030-01-01") << QStringLiteral("/agenda/x/") << Permalink::Status::Unpublished;
    QTest::newRow("future: true") << events + "future: true\n"
                                  << QStringLiteral("_evenements/x.md") << QStringLiteral("evenements")
                                  << QByteArray("date: 2030-01-01") << QStringLiteral("/agenda/x/") << Published;
    QTest::newRow("own permalink") << events << QStringLiteral("_evenements/x.md") << QStringLiteral("evenements")
                                   << QByteArray("permalink: /ailleurs/") << QStringLiteral("/ailleurs/") << Published;
    QTest::newRow("permalink from defaults")
        << events + "defaults:\n- scope:\n    type: evenements\n  values:\n    permalink: /e/:title/\n"
        << QStringLiteral("_evenements/x.md") << QStringLiteral("evenements") << QByteArray("permalink:")
        << QStringLiteral("/e/x/") << Published;
    QTest::newRow("categories from defaults and front matter")
        << withTemplate("/:categories/:title/") + "defaults:\n- scope:\n    path: ''\n  values:\n    categories: [A]\n"
        << QStringLiteral("_c/x.md") << QStringLiteral("c") << QByteArray("categories: [B, a]")
        << QStringLiteral("/a/b/x/") << Published;
    QTest::newRow("dots") << withTemplate("/:title/") << QStringLiteral("_c/a..b.md") << QStringLiteral("c")
                          << QByteArray("title: X") << QStringLiteral("/a/b/") << Published;

    // The site styles, for posts and for collections without a template.
    const QByteArray post = "title: X\ncategories: [Actu]";
    const QString postPath = QStringLiteral("_posts/2023-01-31-mon-billet.md");
    QTest::newRow("post, date style") << QByteArray("title: s") << postPath << QStringLiteral("posts") << post
                                      << QStringLiteral("/actu/2023/01/31/mon-billet.html") << Published;
    QTest::newRow("post, pretty") << QByteArray("permalink: pretty") << postPath << QStringLiteral("posts") << post
                                  << QStringLiteral("/actu/2023/01/31/mon-billet/") << Published;
    QTest::newRow("post, ordinal") << QByteArray("permalink: ordinal") << postPath << QStringLiteral("posts") << post
                                   << QStringLiteral("/actu/2023/031/mon-billet.html") << Published;
    QTest::newRow("post, none") << QByteArray("permalink: none") << postPath << QStringLiteral("posts") << post
                                << QStringLiteral("/actu/mon-billet.html") << Published;
    QTest::newRow("post, weekdate") << QByteArray("permalink: weekdate") << postPath << QStringLiteral("posts") << post
                                    << QStringLiteral("/actu/2023/W05/Tue/mon-billet.html") << Published;
    QTest::newRow("post, custom") << QByteArray("permalink: /blog/:year/:title") << postPath << QStringLiteral("posts")
                                  << post << QStringLiteral("/blog/2023/mon-billet") << Published;
    QTest::newRow("post, its collection's template")
        << QByteArray("permalink: pretty\ncollections:\n  posts:\n    permalink: /p/:title/") << postPath
        << QStringLiteral("posts") << post << QStringLiteral("/p/mon-billet/") << Published;
    QTest::newRow("post in a category folder")
        << QByteArray("title: s") << QStringLiteral("fr/_posts/2023-01-31-mon-billet.md") << QStringLiteral("posts")
        << QByteArray("title: X") << QStringLiteral("/fr/2023/01/31/mon-billet.html") << Published;
    const QByteArray guides = "collections:\n  guides:\n    output: true\n";
    QTest::newRow("collection, date style")
        << guides << QStringLiteral("_guides/a/b.md") << QStringLiteral("guides") << QByteArray("title: X")
        << QStringLiteral("/guides/a/b.html") << Published;
    QTest::newRow("collection, pretty") << "permalink: pretty\n" + guides << QStringLiteral("_guides/a/b.md")
                                        << QStringLiteral("guides") << QByteArray("title: X")
                                        << QStringLiteral("/guides/a/b/") << Published;
    QTest::newRow("collection, custom with slash")
        << "permalink: /:year/:title/\n" + guides << QStringLiteral("_guides/a/b.md") << QStringLiteral("guides")
        << QByteArray("title: X") << QStringLiteral("/guides/a/b/") << Published;
    QTest::newRow("collection, custom without ending")
        << "permalink: /:year/:title\n" + guides << QStringLiteral("_guides/a/b.md") << QStringLiteral("guides")
        << QByteArray("title: X") << QStringLiteral("/guides/a/b") << Published;

    // Pages.
    QTest::newRow("page") << QByteArray("title: s") << QStringLiteral("about.md") << QString() << QByteArray("title: X")
                          << QStringLiteral("/about.html") << Published;
    QTest::newRow("page, pretty") << QByteArray("permalink: pretty") << QStringLiteral("about.md") << QString()
                                  << QByteArray("title: X") << QStringLiteral("/about/") << Published;
    QTest::newRow("page index") << QByteArray("permalink: pretty") << QStringLiteral("docs/index.md") << QString()
                                << QByteArray("title: X") << QStringLiteral("/docs/") << Published;
    QTest::newRow("page, not HTML") << QByteArray("permalink: pretty") << QStringLiteral("feed.json") << QString()
                                    << QByteArray("title: X") << QStringLiteral("/feed.json") << Published;
    QTest::newRow("page with its permalink")
        << QByteArray("title: s") << QStringLiteral("a/b.md") << QString()
        << QByteArray("permalink: /:path/:basename/x:output_ext") << QStringLiteral("/a/b/x.html") << Published;
    QTest::newRow("page keeps other colons")
        << QByteArray("title: s") << QStringLiteral("a.md") << QString() << QByteArray("permalink: /:title/")
        << QStringLiteral("/:title/") << Published;
    const QByteArray pageDefaults = "defaults:\n- scope:\n    path: ''\n  values:\n    permalink: /d/:basename/\n";
    QTest::newRow("page permalink from defaults") << pageDefaults << QStringLiteral("b.md") << QString()
                                                  << QByteArray("title: X") << QStringLiteral("/d/b/") << Published;
    QTest::newRow("page's empty permalink hides the defaults'")
        << pageDefaults << QStringLiteral("a.md") << QString() << QByteArray("permalink:") << QStringLiteral("/a.html")
        << Published;
    QTest::newRow("page with an empty permalink")
        << QByteArray("title: s") << QStringLiteral("a.md") << QString() << QByteArray("permalink: ''") << QString()
        << Permalink::Status::Error;
}

void TestPermalink::placeholders()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, path);
    QFETCH(QString, collection);
    QFETCH(QByteArray, frontMatter);
    QFETCH(QString, url);
    QFETCH(Permalink::Status, status);

    Permalinks permalinks(configOf(config));
    permalinks.setBuildTime(BuildTime);
    const Permalink permalink = permalinks.resolve(path, collection, frontMatterOf(frontMatter));
    QCOMPARE(permalink.url, url);
    QCOMPARE(permalink.status, status);
    QCOMPARE(permalink.message.isEmpty(), status == Permalink::Status::Published);
}

void TestPermalink::escapePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("escaped"); // empty: Jekyll fails

    QTest::newRow("safe") << QStringLiteral("/a/b-c.html") << QStringLiteral("/a/b-c.html");
    QTest::newRow("space and accents") << QStringLiteral("/é t") << QStringLiteral("/%C3%A9%20t");
    QTest::newRow("sub-delims kept") << QStringLiteral("/a&b(c)'d!e$f*g+h,i;j=k:l@m~n_o")
                                     << QStringLiteral("/a&b(c)'d!e$f*g+h,i;j=k:l@m~n_o");
    QTest::newRow("a colon before any slash") << QStringLiteral("a&b(c)x:y") << QString();
    QTest::newRow("percent") << QStringLiteral("100%") << QStringLiteral("100%25");
    QTest::newRow("brackets") << QStringLiteral("[x]") << QStringLiteral("%5Bx%5D");
    QTest::newRow("query kept, hashes escaped")
        << QStringLiteral("a b?c d#e#f") << QStringLiteral("a%20b?c%20d%23e%23f");
    QTest::newRow("a valid scheme") << QStringLiteral("x:y z") << QStringLiteral("x:y%20z");
    QTest::newRow("an invalid scheme") << QStringLiteral("Atelier : x") << QString();
    QTest::newRow("one safe line") << QStringLiteral("a\nb c") << QStringLiteral("a\nb c");
}

void TestPermalink::escapePath()
{
    QFETCH(QString, path);
    QFETCH(QString, escaped);

    QString error;
    QCOMPARE(Permalinks::escapePath(path, &error), escaped);
    QCOMPARE(error.isEmpty(), !escaped.isEmpty());
    if (!escaped.contains(QLatin1Char('?')) && !escaped.contains(QLatin1Char('\n')) && !escaped.isEmpty())
        QCOMPARE(Permalinks::unescapePath(escaped), path);
}

void TestPermalink::withBaseurl_data()
{
    QTest::addColumn<QString>("baseurl");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("link");

    QTest::newRow("none") << QString() << QStringLiteral("/agenda/x/") << QStringLiteral("/agenda/x/");
    QTest::newRow("baseurl") << QStringLiteral("/blog") << QStringLiteral("/agenda/x/")
                             << QStringLiteral("/blog/agenda/x/");
    QTest::newRow("trailing slash") << QStringLiteral("/site/") << QStringLiteral("/a.html")
                                    << QStringLiteral("/site/a.html");
    QTest::newRow("no leading slash") << QStringLiteral("blog") << QStringLiteral("a/") << QStringLiteral("/blog/a/");
    QTest::newRow("literal text encoded") << QStringLiteral("/blog") << QStringLiteral("/événements à venir/")
                                          << QStringLiteral("/blog/%C3%A9v%C3%A9nements%20%C3%A0%20venir/");
    QTest::newRow("escapes kept") << QString() << QStringLiteral("/Caf%c3%a9%7E/") << QStringLiteral("/Caf%C3%A9~/");
}

void TestPermalink::withBaseurl()
{
    QFETCH(QString, baseurl);
    QFETCH(QString, url);
    QFETCH(QString, link);

    const Permalinks permalinks(configOf("baseurl: '" + baseurl.toUtf8() + "'\n"));
    QCOMPARE(permalinks.withBaseurl(url), link);
}

void TestPermalink::reverseMap_data()
{
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("path"); // empty: no document

    const QString pretty = QStringLiteral("pretty-style");
    const QString date = QStringLiteral("date-style");
    const QString atelier = QStringLiteral("_evenements/Atelier Données Ouvertes.markdown");
    QTest::newRow("exact") << pretty << QStringLiteral("/agenda/Atelier-Donn%C3%A9es-Ouvertes/") << QString()
                           << atelier;
    QTest::newRow("decoded") << pretty << QStringLiteral("/agenda/Atelier-Données-Ouvertes/") << QString() << atelier;
    QTest::newRow("lowercase escapes") << pretty << QStringLiteral("/agenda/Atelier-Donn%c3%a9es-Ouvertes/")
                                       << QString() << atelier;
    QTest::newRow("no trailing slash") << pretty << QStringLiteral("/agenda/Atelier-Donn%C3%A9es-Ouvertes") << QString()
                                       << atelier;
    QTest::newRow("index.html") << pretty << QStringLiteral("/agenda/Atelier-Donn%C3%A9es-Ouvertes/index.html")
                                << QString() << atelier;
    QTest::newRow("fragment and query") << pretty << QStringLiteral("/agenda/Atelier-Données-Ouvertes/?a=1#plan")
                                        << QString() << atelier;
    QTest::newRow("guillemets") << pretty << QStringLiteral("/agenda/lancement-de-la-saison-2-programme-10-percent/")
                                << QString()
                                << QStringLiteral(
                                       "_evenements/lancement-de-la-saison-2-<<-programme-10-percent->>.markdown");
    QTest::newRow("relative") << pretty << QStringLiteral("../../forum-2023/") << QStringLiteral("/agenda/x/")
                              << QStringLiteral("_evenements/forum.markdown");
    QTest::newRow("root") << pretty << QStringLiteral("/") << QString() << QStringLiteral("index.html");
    QTest::newRow("root index.html") << pretty << QStringLiteral("/index.html") << QString()
                                     << QStringLiteral("index.html");
    QTest::newRow("page written index.xml")
        << pretty << QStringLiteral("/feed/") << QString() << QStringLiteral("feed.xml");
    QTest::newRow("literal permalink") << pretty << QStringLiteral("/%C3%A9v%C3%A9nements%20%C3%A0%20venir/")
                                       << QString() << QStringLiteral("a-venir.md");
    QTest::newRow("output false is nowhere") << pretty << QStringLiteral("/archives/ancien/") << QString() << QString();
    QTest::newRow("unknown") << pretty << QStringLiteral("/agenda/inconnu/") << QString() << QString();
    QTest::newRow("other host") << pretty << QStringLiteral("https://example.org/agenda/forum-2023/") << QString()
                                << QString();
    QTest::newRow("mailto") << pretty << QStringLiteral("mailto:contact@example.org") << QString() << QString();
    QTest::newRow("with baseurl") << date << QStringLiteral("/blog/2023/02/01/bilan-annuel.html") << QString()
                                  << QStringLiteral("_posts/2023-01-31-bilan-annuel.md");
    QTest::newRow("without baseurl") << date << QStringLiteral("/2023/02/01/bilan-annuel.html") << QString()
                                     << QStringLiteral("_posts/2023-01-31-bilan-annuel.md");
    QTest::newRow("site url") << date << QStringLiteral("https://journal.example.org/blog/about.html") << QString()
                              << QStringLiteral("about.md");
    QTest::newRow("extensionless url") << date << QStringLiteral("/blog/contact") << QString()
                                       << QStringLiteral("contact.md");
    QTest::newRow("its file") << date << QStringLiteral("/blog/contact.html") << QString()
                              << QStringLiteral("contact.md");
    QTest::newRow("a page without .html")
        << date << QStringLiteral("/blog/about") << QString() << QStringLiteral("about.md");
    QTest::newRow("baseurl root") << date << QStringLiteral("/blog/") << QString() << QStringLiteral("index.md");
    QTest::newRow("encoded folder") << date << QStringLiteral("/blog/%C3%A9quipe/Membres%20du%20service.html")
                                    << QString() << QStringLiteral("équipe/Membres du service.md");
}

void TestPermalink::reverseMap()
{
    QFETCH(QString, siteName);
    QFETCH(QString, url);
    QFETCH(QString, from);
    QFETCH(QString, path);

    SiteConfig config = site(siteName);
    if (siteName == QLatin1String("date-style")) {
        // The fixture has no `url`; give it one to recognise absolute links.
        Diagnostic diagnostic;
        QFile file(config.configPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(SiteConfig::fromYaml(file.readAll() + "url: https://journal.example.org\n", config.root(), &config,
                                     &diagnostic));
    }
    Permalinks permalinks(config);
    permalinks.setBuildTime(BuildTime);
    QVector<PermalinkSource> documents;
    const QDir root(config.root());
    QFile tsv(root.filePath(QStringLiteral("expected.tsv")));
    QVERIFY(tsv.open(QIODevice::ReadOnly));
    for (const QByteArray& line : tsv.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QString relativePath = QString::fromUtf8(line.left(line.indexOf('\t')));
        documents.append({relativePath, permalinks.collectionOf(relativePath),
                          EventDocument::load(root.filePath(relativePath)).frontMatter()});
    }
    const PermalinkIndex index(permalinks, documents);
    QCOMPARE(index.find(url, from), path);
}

void TestPermalink::collisions()
{
    // Jekyll writes both to /pretty: one page overwrites the other.
    Permalinks permalinks(configOf("collections:\n  c:\n    output: true\n    permalink: pretty\n"));
    const PermalinkIndex index(permalinks,
                               {{QStringLiteral("_c/a.md"), QStringLiteral("c"), frontMatterOf("title: A")},
                                {QStringLiteral("_c/b.md"), QStringLiteral("c"), frontMatterOf("title: B")}});
    QCOMPARE(index.documentsAt(QStringLiteral("/pretty")),
             (QStringList{QStringLiteral("_c/a.md"), QStringLiteral("_c/b.md")}));
    QCOMPARE(index.permalink(QStringLiteral("_c/b.md")).outputPath, QStringLiteral("pretty.html"));
}

QTEST_GUILESS_MAIN(TestPermalink)
#include "tst_permalink.moc"
