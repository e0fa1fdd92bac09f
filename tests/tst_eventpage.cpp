#include "cli/commandline.h"
#include "document/eventdocument.h"
#include "render/eventdates.h"
#include "render/eventpage.h"
#include "render/markdownrenderer.h"
#include "render/pagehtml.h"
#include "render/resourceresolver.h"
#include "site/editorsettings.h"
#include "site/siteconfig.h"
#include "site/siteindex.h"
#include "testcli.h"
#include "testfiles.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextStream>

using namespace EventDesk;
using TestCli::Result;
using TestCli::run;

class TestEventPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datesInWords_data();
    void datesInWords();
    void rolesWithAnotherSiteNames();
    void genericFieldsAreShown();
    void valuesAreEscaped();
    void imagesAreResolved();
    void imageSizesFromHeaders_data();
    void imageSizesFromHeaders();
    void wideImagesAreNarrowed();
    void lineAnchors();
    void noticeForUnreadableFrontMatter();
    void sampleSiteEvents_data();
    void sampleSiteEvents();
    void cliRender();
    void cliRenderOutsideASite();
    void cliRenderErrors_data();
    void cliRenderErrors();

private:
    struct Site
    {
        SiteConfig config;
        CollectionSchema schema;
    };
    static YamlValue yaml(const QByteArray& text)
    {
        return EventDocument::fromBytes("---\nv: " + text + "\n---\n").frontMatter().value(QStringLiteral("v"));
    }
    // The site at `root` and the schema of one of its collections, as the application reads them.
    static Site site(const QString& root, const QString& collection)
    {
        Site result;
        QString error;
        EditorSettings settings;
        if (!SiteConfig::load(root, &result.config, &error) || !EditorSettings::load(root, &settings, &error))
            qWarning("%s", qPrintable(error));
        QVector<SiteScanner::Source> sources;
        for (const SiteScanner::Source& source : SiteScanner::sources(result.config)) {
            if (source.collection == collection)
                sources.append(source);
        }
        result.schema = SiteScanner::scan(result.config, settings, sources)
                            .schemas.value(collection)
                            .build(result.config, collection, settings);
        return result;
    }
    static QString page(const QString& path, const Site& site)
    {
        return EventPage::build(EventDocument::load(path), site.schema, site.config);
    }
    // The text of the page with tags removed and entities of the escapes undone, for searching.
    static QString text(const QString& html)
    {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        QString plain = html;
        plain.remove(tags);
        return plain.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
    }

    static QByteArray png(int width, int height)
    {
        QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
        for (int value : {width, height}) {
            for (int shift : {24, 16, 8, 0})
                bytes += char((value >> shift) & 0xff);
        }
        return bytes + QByteArray(16, '\0');
    }

    QString m_sampleSite = QFINDTESTDATA("../resources/sample-site");
};

void TestEventPage::datesInWords_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("end");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QString>("expected");
    const QString fr = QStringLiteral("fr");
    const QString en = QStringLiteral("en");
    const QString paris = QStringLiteral("Europe/Paris");

    QTest::newRow("fr one day, start and end")
        << QByteArray("2023-01-31 16:30:00 +01:00") << QByteArray("2023-01-31 17:30:00 +01:00") << fr << paris
        << QStringLiteral("Mardi 31 janvier 2023, de 16 h 30 à 17 h 30");
    QTest::newRow("fr one day, no end") << QByteArray("2023-01-31 16:30:00 +01:00") << QByteArray() << fr << paris
                                        << QStringLiteral("Mardi 31 janvier 2023 à 16 h 30");
    QTest::newRow("fr one day, whole hours")
        << QByteArray("2027-02-11 14:00:00 +01:00") << QByteArray("2027-02-11 17:00:00 +01:00") << fr << paris
        << QStringLiteral("Jeudi 11 février 2027, de 14 h à 17 h");
    QTest::newRow("fr end equal to start")
        << QByteArray("2023-01-31 16:30:00 +01:00") << QByteArray("2023-01-31 16:30:00 +01:00") << fr << paris
        << QStringLiteral("Mardi 31 janvier 2023 à 16 h 30");
    QTest::newRow("fr a date without time")
        << QByteArray("2023-01-31") << QByteArray() << fr << paris << QStringLiteral("Mardi 31 janvier 2023");
    QTest::newRow("fr midnight is no time") << QByteArray("2023-01-31 00:00:00 +01:00") << QByteArray() << fr << paris
                                            << QStringLiteral("Mardi 31 janvier 2023");
    QTest::newRow("fr several days in one month")
        << QByteArray("2025-11-17 09:00:00 +01:00") << QByteArray("2025-11-21 18:00:00 +01:00") << fr << paris
        << QStringLiteral("Du lundi 17 au vendredi 21 novembre 2025");
    QTest::newRow("fr across months") << QByteArray("2023-01-31 09:00:00 +01:00")
                                      << QByteArray("2023-02-02 18:00:00 +01:00") << fr << paris
                                      << QStringLiteral("Du mardi 31 janvier au jeudi 2 février 2023");
    QTest::newRow("fr across years") << QByteArray("2022-12-31") << QByteArray("2023-01-01") << fr << paris
                                     << QStringLiteral("Du samedi 31 décembre 2022 au dimanche 1er janvier 2023");
    QTest::newRow("fr 1er, one day") << QByteArray("2023-02-01 10:00:00 +01:00") << QByteArray() << fr << paris
                                     << QStringLiteral("Mercredi 1er février 2023 à 10 h");
    QTest::newRow("fr 1er, start of a range") << QByteArray("2023-03-01") << QByteArray("2023-03-03") << fr << paris
                                              << QStringLiteral("Du mercredi 1er au vendredi 3 mars 2023");
    QTest::newRow("fr site time zone, not the file's") << QByteArray("2023-01-31 23:30:00 Z") << QByteArray() << fr
                                                       << paris << QStringLiteral("Mercredi 1er février 2023 à 0 h 30");
    QTest::newRow("fr summer time") << QByteArray("2025-06-14 07:00:00 Z") << QByteArray() << fr << paris
                                    << QStringLiteral("Samedi 14 juin 2025 à 9 h");
    QTest::newRow("fr-FR is French") << QByteArray("2023-01-31") << QByteArray() << QStringLiteral("fr-FR") << paris
                                     << QStringLiteral("Mardi 31 janvier 2023");
    QTest::newRow("fr date written as text") << QByteArray("'2023-01-31 16:30'") << QByteArray() << fr << paris
                                             << QStringLiteral("Mardi 31 janvier 2023 à 16 h 30");
    QTest::newRow("fr free text as it is")
        << QByteArray("Courant mars") << QByteArray() << fr << paris << QStringLiteral("Courant mars");
    QTest::newRow("no start") << QByteArray() << QByteArray("2023-01-31") << fr << paris << QString();

    QTest::newRow("en one day, start and end")
        << QByteArray("2023-01-31 16:30:00 +01:00") << QByteArray("2023-01-31 17:30:00 +01:00") << en << paris
        << QStringLiteral("Tuesday 31 January 2023, from 4:30 pm to 5:30 pm");
    QTest::newRow("en one day, no end") << QByteArray("2023-01-31 09:00:00 +01:00") << QByteArray() << en << paris
                                        << QStringLiteral("Tuesday 31 January 2023 at 9 am");
    QTest::newRow("en several days in one month") << QByteArray("2025-11-17") << QByteArray("2025-11-21") << en << paris
                                                  << QStringLiteral("From Monday 17 to Friday 21 November 2025");
    QTest::newRow("en across months") << QByteArray("2023-01-31") << QByteArray("2023-02-01") << en << paris
                                      << QStringLiteral("From Tuesday 31 January to Wednesday 1 February 2023");
    QTest::newRow("en across years") << QByteArray("2022-12-31") << QByteArray("2023-01-01") << en << paris
                                     << QStringLiteral("From Saturday 31 December 2022 to Sunday 1 January 2023");
    QTest::newRow("empty language is English") << QByteArray("2023-01-31 12:00:00 +01:00") << QByteArray() << QString()
                                               << paris << QStringLiteral("Tuesday 31 January 2023 at 12 pm");
    QTest::newRow("en another time zone")
        << QByteArray("2023-01-31 16:30:00 +01:00") << QByteArray("2023-01-31 17:30:00 +01:00") << en
        << QStringLiteral("America/New_York") << QStringLiteral("Tuesday 31 January 2023, from 10:30 am to 11:30 am");
}

void TestEventPage::datesInWords()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, end);
    QFETCH(QString, language);
    QFETCH(QString, timeZone);
    QFETCH(QString, expected);
    QCOMPARE(EventDates::format(yaml(start), yaml(end), language, timeZone), expected);
}

void TestEventPage::rolesWithAnotherSiteNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestFiles::write(dir.filePath(QStringLiteral("_config.yml")),
                     "lang: en\ntimezone: America/New_York\ncollections:\n  events:\n    output: true\n");
    TestFiles::write(dir.filePath(QStringLiteral("assets/hall.jpg")), "jpeg");
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("_events/open-day.md")),
                                          "---\n"
                                          "titre: Open day\n"
                                          "start_date: 2023-01-31 16:30:00 -05:00\n"
                                          "end_date: 2023-01-31 17:30:00 -05:00\n"
                                          "location: Main hall\n"
                                          "address: 1 Example Street\n"
                                          "summary: Come and *see* us.\n"
                                          "category: [Meetup, Data]\n"
                                          "photos:\n"
                                          "- file: /assets/hall.jpg\n"
                                          "  alt: The main hall\n"
                                          "  caption: Photo by the team\n"
                                          "details:\n"
                                          "- label: Price\n"
                                          "  value: Free\n"
                                          "- label: Booking\n"
                                          "  value: Book a seat\n"
                                          "  url: https://tickets.example/open-day\n"
                                          "---\n"
                                          "Body text.\n");
    const Site events = site(dir.path(), QStringLiteral("events"));
    const QString html = page(path, events);
    const QString plain = text(html);
    QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
    QVERIFY(html.contains(QLatin1String("<h1 class=\"title\">Open day</h1>")));
    QVERIFY(plain.contains(QLatin1String("Tuesday 31 January 2023, from 4:30 pm to 5:30 pm")));
    QVERIFY(html.contains(QLatin1String("<em>see</em>")));
    QVERIFY(plain.contains(QLatin1String("Main hall")));
    QVERIFY(plain.contains(QLatin1String("1 Example Street")));
    QVERIFY(plain.contains(QLatin1String("Price: Free")));
    QVERIFY(html.contains(QLatin1String("<a href=\"https://tickets.example/open-day\">Book a seat</a>")));
    QVERIFY(plain.contains(QLatin1String(" Meetup ")));
    QVERIFY(plain.contains(QLatin1String(" Data ")));
    const QString image =
        QUrl::fromLocalFile(QFileInfo(dir.filePath(QStringLiteral("assets/hall.jpg"))).canonicalFilePath())
            .toString(QUrl::FullyEncoded);
    QVERIFY(html.contains(QStringLiteral("<img src=\"%1\" alt=\"The main hall\">").arg(image)));
    QVERIFY(plain.contains(QLatin1String("Photo by the team")));
    QVERIFY(plain.contains(QLatin1String("Alternative text: The main hall")));
    QVERIFY(html.contains(QLatin1String("Body text.")));
    // Everything was shown in its place: nothing left for "Other fields".
    QVERIFY(!html.contains(QLatin1String("Other fields")));
}

void TestEventPage::genericFieldsAreShown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestFiles::write(dir.filePath(QStringLiteral("_config.yml")),
                     "language: fr\ntimezone: Europe/Paris\ncollections:\n  evenements:\n    output: true\n");
    const QString path =
        TestFiles::write(dir.filePath(QStringLiteral("_evenements/forum.markdown")),
                         "---\n"
                         "title: Forum\n"
                         "date: 2023-01-26 15:31:00 +01:00\n"
                         "published: false\n"
                         "event_start_date: 2023-01-31 16:30:00 +01:00\n"
                         "afficher_la_carte: true\n"
                         "statut: Complet\n"
                         "capacite: 40\n"
                         "vide:\n"
                         "contact:\n  nom: Service communication\n  courriel: com@example.fr\n"
                         "tags:\n- Données\n- Ouverture\n"
                         "acces:\n- type: Métro\n  lignes:\n  - nom: '6'\n  - nom: '10'\n- type: Bus\n  lignes:\n"
                         "  - nom: '28'\n"
                         "---\n");
    const QString html = page(path, site(dir.path(), QStringLiteral("evenements")));
    const QString plain = text(html);
    QVERIFY(html.contains(QLatin1String("Autres champs")));
    QVERIFY(plain.contains(QStringLiteral("Non publiée")));
    for (const char* key : {"date", "published", "afficher_la_carte", "statut", "capacite", "vide", "contact"})
        QVERIFY2(html.contains(QStringLiteral("<span class=\"field-key\">%1</span>").arg(QLatin1String(key))), key);
    QVERIFY(plain.contains(QStringLiteral("Jeudi 26 janvier 2023 à 15 h 31")));
    QVERIFY(plain.contains(QLatin1String("Complet")));
    QVERIFY(plain.contains(QLatin1String("40")));
    QVERIFY(plain.contains(QLatin1String("(vide)")));
    QVERIFY(plain.contains(QLatin1String("Service communication")));
    QVERIFY(plain.contains(QLatin1String("com@example.fr")));
    // A list of texts as labels, a list of maps as a definition list.
    QVERIFY(html.contains(QStringLiteral("<span class=\"chip\">&nbsp;Données&nbsp;</span>")));
    QVERIFY(html.contains(QStringLiteral("<dt>Métro</dt>\n<dd>6 – 10</dd>")));
    QVERIFY(html.contains(QLatin1String("<dt>Bus</dt>\n<dd>28</dd>")));
    QVERIFY(!html.contains(QLatin1String("field-key\">acces<")));
    QVERIFY(!html.contains(QLatin1String("field-key\">tags<")));
}

void TestEventPage::valuesAreEscaped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("e.md")),
                                          "---\n"
                                          "title: '<script>alert(1)</script> & co'\n"
                                          "lieu: <b>Salle</b>\n"
                                          "categories: ['<i>x</i>']\n"
                                          "champs_informations:\n"
                                          "- intitule: <u>Horaires</u>\n"
                                          "  contenu: <img src=x onerror=alert(2)>\n"
                                          "  lien: 'javascript:alert(3)'\n"
                                          "- intitule: Lien\n"
                                          "  contenu: ok\n"
                                          "  lien: 'https://example.org/?a=\"b\"&c=<d>'\n"
                                          "'<k>': '\"quoted\" <v>'\n"
                                          "---\n"
                                          "<script>alert(4)</script>\n\nText\n");
    SchemaBuilder builder;
    const EventDocument document = EventDocument::load(path);
    builder.addDocument(document.frontMatter());
    const CollectionSchema schema = builder.build(SiteConfig(), QString(), EditorSettings());
    const QString html = EventPage::build(document, schema, SiteConfig());
    QVERIFY(!html.contains(QLatin1String("<script>alert")));
    QVERIFY(!html.contains(QLatin1String("alert(4)")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")));
    QVERIFY(html.contains(QLatin1String("&lt;b&gt;Salle&lt;/b&gt;")));
    QVERIFY(html.contains(QLatin1String("&lt;i&gt;x&lt;/i&gt;")));
    QVERIFY(html.contains(QLatin1String("&lt;u&gt;Horaires&lt;/u&gt;")));
    QVERIFY(html.contains(QLatin1String("&lt;img src=x onerror=alert(2)&gt;")));
    QVERIFY(!html.contains(QLatin1String("href=\"javascript")));
    QVERIFY(html.contains(QLatin1String("href=\"https://example.org/?a=&quot;b&quot;&amp;c=&lt;d&gt;\"")));
    QVERIFY(html.contains(QLatin1String("&lt;k&gt;")));
    QVERIFY(html.contains(QLatin1String("&quot;quoted&quot; &lt;v&gt;")));
    QVERIFY(!html.contains(QLatin1String("<b>Salle")));
    QVERIFY(!html.contains(QLatin1String("<img src=x")));
}

void TestEventPage::imagesAreResolved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("site"));
    TestFiles::write(QDir(root).filePath(QStringLiteral("_config.yml")),
                     "language: fr\ncollections:\n  evenements:\n    output: true\n");
    TestFiles::write(QDir(root).filePath(QStringLiteral("uploads/Visuel café.png")), "png");
    TestFiles::write(QDir(root).filePath(QStringLiteral("uploads/plan.png")), "png");
    TestFiles::write(dir.filePath(QStringLiteral("secret.png")), "png");
    const QString path = TestFiles::write(QDir(root).filePath(QStringLiteral("_evenements/e.markdown")),
                                          "---\n"
                                          "title: Images\n"
                                          "une-ou-diaporama:\n"
                                          "- image: \"/uploads/Visuel%20caf%C3%A9.png\"\n"
                                          "  alternative-textuelle: Un café\n"
                                          "- image: https://cdn.example/second.png\n"
                                          "  alternative-textuelle: Deuxième\n"
                                          "---\n"
                                          "![Plan d'accès](/uploads/plan.png)\n\n"
                                          "![Logo distant](https://www.example.org/logo.png)\n\n"
                                          "<img src=\"../../secret.png\" alt=\"Secret\">\n\n"
                                          "![Absente](/uploads/absente.png)\n");
    const QString html = page(path, site(root, QStringLiteral("evenements")));
    auto fileUrl = [&root](const QString& relative) {
        return QUrl::fromLocalFile(QFileInfo(QDir(root).filePath(relative)).canonicalFilePath())
            .toString(QUrl::FullyEncoded);
    };
    QVERIFY(html.contains(
        QStringLiteral("<img src=\"%1\" alt=\"Un café\">").arg(fileUrl(QStringLiteral("uploads/Visuel café.png")))));
    QVERIFY(html.contains(QStringLiteral("src=\"%1\"").arg(fileUrl(QStringLiteral("uploads/plan.png")))));
    // Never an address the preview would fetch or one out of the site.
    QVERIFY(!html.contains(QLatin1String("src=\"https://")));
    QVERIFY(!html.contains(QLatin1String("src=\"../../secret.png\"")));
    QVERIFY(!html.contains(QLatin1String("src=\"/uploads/absente.png\"")));
    const QString plain = text(html);
    QVERIFY(plain.contains(QStringLiteral("Image externe, non chargée dans l’aperçu")));
    QVERIFY(plain.contains(QLatin1String("Logo distant")));
    QVERIFY(plain.contains(QStringLiteral("Deuxième")));
    QVERIFY(plain.contains(QStringLiteral("Adresse d’image refusée")));
    QVERIFY(plain.contains(QLatin1String("Secret")));
    QVERIFY(plain.contains(QLatin1String("Image introuvable dans le site")));
    QVERIFY(plain.contains(QLatin1String("Absente")));
    QCOMPARE(html.count(QLatin1String("class=\"placeholder\"")), 4);
}

void TestEventPage::imageSizesFromHeaders_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QSize>("size");
    const QByteArray padding(32, '\0');
    QTest::newRow("png") << png(1200, 675) << QSize(1200, 675);
    QTest::newRow("gif") << QByteArray("GIF89a\x40\x01\xc8\x00", 10) + padding << QSize(320, 200);
    // Two segments before the frame header, one of them a fill byte away.
    QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
                                        "\xff\xff\xc2\x00\x11\x08\x02\x58\x03\x20",
                                        32)
            + padding << QSize(800, 600);
    QTest::newRow("webp lossy") << QByteArray("RIFF\0\0\0\0WEBPVP8 \0\0\0\0\x30\x01\0\x9d\x01\x2a\x80\x02\xe0\x01", 30)
            + padding << QSize(640, 480);
    // 1 + 14 bits each: 1024 x 768
    QTest::newRow("webp lossless") << QByteArray("RIFF\0\0\0\0WEBPVP8L\0\0\0\0\x2f\xff\xc3\xbf\x00", 25) + padding
                                   << QSize(1024, 768);
    QTest::newRow("webp extended") << QByteArray("RIFF\0\0\0\0WEBPVP8X\0\0\0\0\0\0\0\0\x7f\x07\0\x37\x04\0", 30)
            + padding << QSize(1920, 1080);
    QTest::newRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>")
                         << QSize();
    QTest::newRow("truncated png") << png(10, 10).left(20) << QSize();
}

void TestEventPage::imageSizesFromHeaders()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("image")), bytes);
    QCOMPARE(PageHtml::imageSize(path), size);
    QCOMPARE(PageHtml::fittedWidth(path, 500), size.width() > 500 ? 500 : 0);
    QCOMPARE(PageHtml::fittedWidth(path, 0), 0);
}

void TestEventPage::wideImagesAreNarrowed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestFiles::write(dir.filePath(QStringLiteral("_config.yml")), "collections:\n  evenements:\n    output: true\n");
    TestFiles::write(dir.filePath(QStringLiteral("uploads/wide.png")), png(1200, 600));
    TestFiles::write(dir.filePath(QStringLiteral("uploads/small.png")), png(100, 50));
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("_evenements/e.markdown")),
                                          "---\n"
                                          "title: Large\n"
                                          "image: /uploads/wide.png\n"
                                          "---\n"
                                          "![Large](/uploads/wide.png)\n\n"
                                          "<img src=\"/uploads/wide.png\" width=\"50\" alt=\"Fixed\">\n\n"
                                          "![Small](/uploads/small.png)\n");
    const Site events = site(dir.path(), QStringLiteral("evenements"));
    const EventDocument document = EventDocument::load(path);
    const auto url = [&dir](const char* relative) {
        return QUrl::fromLocalFile(QFileInfo(dir.filePath(QLatin1String(relative))).canonicalFilePath())
            .toString(QUrl::FullyEncoded);
    };
    const QString narrow = EventPage::build(document, events.schema, events.config, 500);
    QVERIFY(narrow.contains(QStringLiteral("<img src=\"%1\" alt=\"\" width=\"500\">").arg(url("uploads/wide.png"))));
    QVERIFY(
        narrow.contains(QStringLiteral("<img width=\"500\" src=\"%1\" alt=\"Large\"").arg(url("uploads/wide.png"))));
    QVERIFY(
        narrow.contains(QStringLiteral("<img src=\"%1\" width=\"50\" alt=\"Fixed\">").arg(url("uploads/wide.png"))));
    QVERIFY(narrow.contains(QStringLiteral("<img src=\"%1\" alt=\"Small\"").arg(url("uploads/small.png"))));
    // No limit: images as they are.
    const QString wide = EventPage::build(document, events.schema, events.config);
    QVERIFY(!wide.contains(QLatin1String("width=\"500\"")));
}

void TestEventPage::lineAnchors()
{
    RenderedMarkdown rendered;
    rendered.html = QStringLiteral("<p>a</p>\n<h2 id=\"b\">b</h2>\n<ul>\n<li>c</li>\n</ul>\n<hr />\n<p>d</p>\n");
    rendered.blocks = {{5, 0}, {7, 9}, {9, 27}, {12, 49}, {14, 56}};
    QCOMPARE(EventPage::withLineAnchors(rendered),
             QStringLiteral("<p><a name=\"line-5\"></a>a</p>\n<h2 id=\"b\"><a name=\"line-7\"></a>b</h2>\n"
                            "<ul>\n<li><a name=\"line-9\"></a>c</li>\n</ul>\n<a name=\"line-12\"></a><hr />\n"
                            "<p><a name=\"line-14\"></a>d</p>\n"));

    // QTextBrowser keeps every one of them but the rule's, which has no text to carry it.
    QTextDocument text;
    text.setHtml(EventPage::withLineAnchors(rendered));
    QStringList names;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString& name : it.fragment().charFormat().anchorNames()) {
                if (name.startsWith(QLatin1String("line-")))
                    names.append(name);
            }
        }
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("line-5"), QStringLiteral("line-7"), QStringLiteral("line-9"),
                          QStringLiteral("line-14")}));

    // In a page, the lines are the file's.
    QTemporaryDir dir;
    const QString path =
        TestFiles::write(dir.filePath(QStringLiteral("e.md")), "---\ntitle: T\n---\nPremier\n\n## Deux\n\nTrois\n");
    const EventDocument document = EventDocument::load(path);
    SchemaBuilder builder;
    builder.addDocument(document.frontMatter());
    const QString html =
        EventPage::build(document, builder.build(SiteConfig(), QString(), EditorSettings()), SiteConfig());
    QVERIFY(html.contains(QLatin1String("<p><a name=\"line-4\"></a>Premier")));
    QVERIFY(html.contains(QLatin1String("\"><a name=\"line-6\"></a>Deux</h2>")));
    QVERIFY(html.contains(QLatin1String("<p><a name=\"line-8\"></a>Trois")));
}

void TestEventPage::noticeForUnreadableFrontMatter()
{
    const EventDocument document =
        EventDocument::fromBytes("---\ntitle: [unclosed\n---\nBody\n", QStringLiteral("/x/e.md"));
    QCOMPARE(document.status(), EventDocument::Status::FrontMatterError);
    const QString html = EventPage::build(document, CollectionSchema(), SiteConfig());
    QVERIFY(html.contains(QLatin1String("class=\"notice\"")));
    QVERIFY(html.contains(QLatin1String("e.md:")));
}

void TestEventPage::sampleSiteEvents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("dates"); // for some, the words expected
    QVERIFY(!m_sampleSite.isEmpty());
    const QDir events(QDir(m_sampleSite).filePath(QStringLiteral("_evenements")));
    const QStringList files = events.entryList({QStringLiteral("*.markdown")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    const QHash<QString, QString> known{
        {QStringLiteral("atelier-accessibilite-numerique.markdown"),
         QStringLiteral("Jeudi 11 février 2027, de 14 h à 17 h")},
        {QStringLiteral("hackathon-des-donnees-de-mobilite.markdown"),
         QStringLiteral("Du samedi 14 au dimanche 15 juin 2025")},
        {QStringLiteral("semaine-de-linnovation-publique-2025.markdown"),
         QStringLiteral("Du lundi 17 au vendredi 21 novembre 2025")},
        {QStringLiteral("cafe-de-la-donnee-les-registres-ouverts.markdown"),
         QStringLiteral("Jeudi 8 avril 2027, de 9 h 30 à 11 h")},
    };
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << events.filePath(file) << known.value(file);
}

void TestEventPage::sampleSiteEvents()
{
    QFETCH(QString, file);
    QFETCH(QString, dates);
    const Site sample = site(m_sampleSite, QStringLiteral("evenements"));
    const EventDocument document = EventDocument::load(file);
    QCOMPARE(document.status(), EventDocument::Status::Ok);
    const QString html = EventPage::build(document, sample.schema, sample.config);
    const QString title = document.frontMatter().value(sample.schema.find(FieldRole::Title).key).toString();
    QVERIFY(!title.isEmpty());
    QVERIFY(html.contains(QStringLiteral("<h1 class=\"title\">%1</h1>").arg(title.toHtmlEscaped())));
    const QString words = EventDates::format(document.frontMatter().value(sample.schema.find(FieldRole::Start).key),
                                             document.frontMatter().value(sample.schema.find(FieldRole::End).key),
                                             sample.config.language(), sample.config.timezone());
    QVERIFY(!words.isEmpty());
    QVERIFY(html.contains(QStringLiteral("<p class=\"date\">%1</p>").arg(words.toHtmlEscaped())));
    if (!dates.isEmpty())
        QCOMPARE(words, dates);
    QVERIFY(html.contains(QLatin1String("<a name=\"line-")));
    QVERIFY(!html.contains(QLatin1String("{{")));
    // The sample's one image is inside the site.
    if (file.endsWith(QLatin1String("atelier-accessibilite-numerique.markdown"))) {
        const QString image =
            QFileInfo(QDir(m_sampleSite).filePath(QStringLiteral("uploads/atelier-accessibilite.png")))
                .canonicalFilePath();
        QVERIFY(
            html.contains(QStringLiteral("src=\"%1\"").arg(QUrl::fromLocalFile(image).toString(QUrl::FullyEncoded))));
    }
}

void TestEventPage::cliRender()
{
    const QString file =
        QDir(m_sampleSite).filePath(QStringLiteral("_evenements/atelier-accessibilite-numerique.markdown"));
    const Result whole = run({QStringLiteral("render"), file});
    QCOMPARE(whole.status, 0);
    QVERIFY2(whole.err.isEmpty(), qPrintable(whole.err));
    QVERIFY(whole.out.contains(QStringLiteral("<h1 class=\"title\">Atelier accessibilité numérique</h1>")));
    QVERIFY(whole.out.contains(QStringLiteral("Jeudi 11 février 2027, de 14 h à 17 h")));
    QVERIFY(whole.out.contains(QStringLiteral("Maison de l’innovation publique")));
    QVERIFY(whole.out.contains(QLatin1String("file://")));

    const EventDocument document = EventDocument::load(file);
    const Result body = run({QStringLiteral("render"), QStringLiteral("--body-only"), file});
    QCOMPARE(body.status, 0);
    QCOMPARE(body.out, MarkdownRenderer::render(document.body(), document.bodyLine()).html);
    QVERIFY(!body.out.contains(QLatin1String("<a name=")));
    QVERIFY(!body.out.contains(QLatin1String("<html")));

    const Result help = run({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QLatin1String("render [--body-only] FILE")));
}

void TestEventPage::cliRenderOutsideASite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("seul.md")),
                                          "---\ntitle: Seul\nlieu: Salle 3\nevent_start_date: 2023-01-31\n"
                                          "couleur: bleu\n---\n# Titre\n");
    const Result result = run({QStringLiteral("render"), path});
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.contains(QLatin1String("<h1 class=\"title\">Seul</h1>")));
    QVERIFY(result.out.contains(QLatin1String("<p class=\"place\">Salle 3</p>")));
    // No site: no language, so English.
    QVERIFY(result.out.contains(QLatin1String("Tuesday 31 January 2023")));
    QVERIFY(result.out.contains(QLatin1String("field-key\">couleur<")));
}

void TestEventPage::cliRenderErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // a regular expression
    QTest::newRow("no file") << QStringList{QStringLiteral("render")} << QStringLiteral("^Usage: ");
    QTest::newRow("two files") << QStringList{QStringLiteral("render"), QStringLiteral("a.md"), QStringLiteral("b.md")}
                               << QStringLiteral("^Usage: ");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("render"), QStringLiteral("--pretty"),
                                                   QStringLiteral("a.md")}
                                    << QStringLiteral("unknown option --pretty");
    QTest::newRow("missing file") << QStringList{QStringLiteral("render"), QStringLiteral("/nonexistent/e.md")}
                                  << QStringLiteral("^/nonexistent/e.md");
    QTest::newRow("front matter error") << QStringList{QStringLiteral("render"), QStringLiteral("@bad")}
                                        << QStringLiteral("^.*bad.md:\\d+:\\d+: ");
}

void TestEventPage::cliRenderErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString bad = TestFiles::write(dir.filePath(QStringLiteral("bad.md")), "---\ntitle: [unclosed\n---\nBody\n");
    arguments.replaceInStrings(QStringLiteral("@bad"), bad);
    const Result result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QRegularExpression(message).match(result.err).hasMatch(), qPrintable(result.err));
}

QTEST_MAIN(TestEventPage)
#include "tst_eventpage.moc"
