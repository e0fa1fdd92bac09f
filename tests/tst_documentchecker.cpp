#include "check/documentchecker.h"
#include "check/linkextractor.h"
#include "document/eventdocument.h"
#include "site/permalinkindex.h"
#include "site/schema.h"
#include "site/siteconfig.h"
#include "site/siteindex.h"
#include "testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;

// The checks that need no network, on a small site written for the tests.
class TestDocumentChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void problems_data();
    void problems();
    void linkExtraction();
    void internalLinks_data();
    void internalLinks();

private:
    QVector<Problem> check(const QByteArray& bytes, QVector<LinkVerdict>* links = nullptr);

    QTemporaryDir m_dir;
    SiteConfig m_config;
    CollectionSchema m_schema;
    PermalinkIndex m_index;
};

void TestDocumentChecker::initTestCase()
{
    const QDir root(m_dir.path());
    TestFiles::write(root.filePath(QStringLiteral("_config.yml")),
                     "url: https://www.example.gouv.fr\ntimezone: Europe/Paris\ncollections:\n  evenements:\n    "
                     "output: true\n    permalink: /agenda/:title/\ndefaults:\n- scope:\n    type: evenements\n  "
                     "values:\n    categorie:\n    lieu:\n    une-ou-diaporama:\n    - image:\n      "
                     "alternative-textuelle:\n");
    TestFiles::write(
        root.filePath(QStringLiteral("_evenements/atelier.md")),
        "---\ntitle: Atelier\nevent_start_date: 2023-01-31 16:30:00 +01:00\nevent_end_date: 2023-01-31 "
        "18:00:00 +01:00\ncategories: [Atelier]\nlieu: Salle 1\nune-ou-diaporama:\n- image: /uploads/a.png\n"
        "  alternative-textuelle: Une salle\n---\n\n## Programme\n\nTexte.\n");
    TestFiles::write(root.filePath(QStringLiteral("uploads/a.png")), "png");
    TestFiles::write(root.filePath(QStringLiteral("uploads/programme détaillé.pdf")), "pdf");
    QString error;
    QVERIFY2(SiteConfig::load(m_dir.path(), &m_config, &error), qPrintable(error));
    const SiteScanner::Result scan = SiteScanner::scan(m_config, EditorSettings());
    m_schema = scan.schemas.value(QStringLiteral("evenements"))
                   .build(m_config, QStringLiteral("evenements"), EditorSettings());
    QVector<PermalinkSource> documents;
    for (const IndexEntry& entry : scan.entries)
        documents.append({entry.relativePath, entry.collection, EventDocument::load(entry.path).frontMatter()});
    m_index = PermalinkIndex(Permalinks(m_config), documents);
}

QVector<Problem> TestDocumentChecker::check(const QByteArray& bytes, QVector<LinkVerdict>* links)
{
    DocumentChecker::Context context;
    context.config = &m_config;
    context.schema = &m_schema;
    context.permalinks = &m_index;
    context.relativePath = QStringLiteral("_evenements/nouveau.md");
    return DocumentChecker::check(EventDocument::fromBytes(bytes), context, links);
}

void TestDocumentChecker::problems_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("where"); // field, or line:column

    const QByteArray head = "---\ntitle: Atelier\nevent_start_date: 2023-01-31 16:30:00 +01:00\n";
    QTest::newRow("title missing") << QByteArray("---\nlieu: Salle\n---\n") << QStringLiteral("required")
                                   << QStringLiteral("title");
    QTest::newRow("title empty") << QByteArray("---\ntitle: ''\n---\n") << QStringLiteral("required")
                                 << QStringLiteral("title");
    QTest::newRow("text for a date") << QByteArray("---\ntitle: A\nevent_start_date: mardi prochain\n---\n")
                                     << QStringLiteral("type") << QStringLiteral("event_start_date");
    QTest::newRow("end before start") << head + "event_end_date: 2023-01-31 15:00:00 +01:00\n---\n"
                                      << QStringLiteral("end-before-start") << QStringLiteral("event_end_date");
    QTest::newRow("summer offset in winter")
        << QByteArray("---\ntitle: A\nevent_start_date: 2023-01-31 16:30:00 +02:00\n---\n") << QStringLiteral("offset")
        << QStringLiteral("event_start_date");
    QTest::newRow("winter offset in summer")
        << QByteArray("---\ntitle: A\nevent_start_date: 2023-06-13 09:00:00 +01:00\n---\n") << QStringLiteral("offset")
        << QStringLiteral("event_start_date");
    QTest::newRow("weekday in a field") << head + "lieu: Salle, mardi 18 novembre 2021\n---\n"
                                        << QStringLiteral("weekday") << QStringLiteral("lieu");
    QTest::newRow("weekday in the body, the event's year")
        << head + "---\n\nRendez-vous le mercredi 31 janvier à 16 h.\n"
        << QStringLiteral("weekday") << QStringLiteral("6:16");
    QTest::newRow("image without alternative text")
        << head + "une-ou-diaporama:\n- image: /uploads/a.png\n---\n"
        << QStringLiteral("image-alt") << QStringLiteral("une-ou-diaporama[0].alternative-textuelle");
    QTest::newRow("Markdown image without alt") << head + "---\n\n![](/uploads/a.png)\n"
                                                << QStringLiteral("image-alt") << QStringLiteral("6:1");
    QTest::newRow("img without alt") << head + "---\n\nTexte <img src=\"/uploads/a.png\">\n"
                                     << QStringLiteral("image-alt") << QStringLiteral("6:7");
    QTest::newRow("link saying nothing") << head + "---\n\nPour s'inscrire, [cliquez ici](https://example.org).\n"
                                         << QStringLiteral("link-text") << QStringLiteral("6:18");
    QTest::newRow("empty link text") << head + "---\n\n[](https://example.org)\n"
                                     << QStringLiteral("link-text") << QStringLiteral("6:1");
    QTest::newRow("heading skips a level") << head + "---\n\n## Programme\n\n#### Détail\n"
                                           << QStringLiteral("heading-level") << QStringLiteral("8:1");
    QTest::newRow("key spelled otherwise") << head + "categories: [Atelier]\n---\n"
                                           << QStringLiteral("drift") << QStringLiteral("categories");
    QTest::newRow("front matter error") << QByteArray("---\ntitle: [\n---\n") << QStringLiteral("unreadable")
                                        << QStringLiteral("3:1");
}

void TestDocumentChecker::problems()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, code);
    QFETCH(QString, where);
    QStringList found;
    bool seen = false;
    for (const Problem& p : check(document)) {
        const QString at = p.field.isEmpty() ? QStringLiteral("%1:%2").arg(p.line).arg(p.column) : p.field;
        found.append(p.code + QLatin1Char('@') + at + QStringLiteral(" ") + p.message);
        seen = seen || (p.code == code && at == where);
    }
    QVERIFY2(seen, qPrintable(found.join(QStringLiteral("\n"))));
}

void TestDocumentChecker::linkExtraction()
{
    const QString body =
        QStringLiteral("Un [lien](https://a.example/x \"titre\") et ![image](/uploads/a.png).\n\n"
                       "Une [référence][doc] et <https://b.example>.\n\n`[pas](un lien)`\n\n"
                       "```\n[pas](non plus)\n```\n\n<a href='/agenda/x/'>page</a> <img src=\"c.png\" alt=\"\">\n\n"
                       "[doc]: https://c.example/doc\n");
    const QVector<ExtractedLink> links = LinkExtractor::fromBody(body, 10);
    QStringList seen;
    for (const ExtractedLink& link : links)
        seen.append(QStringLiteral("%1@%2:%3").arg(link.url).arg(link.line).arg(link.column));
    QCOMPARE(seen,
             (QStringList{QStringLiteral("https://a.example/x@10:4"), QStringLiteral("/uploads/a.png@10:43"),
                          QStringLiteral("https://c.example/doc@12:5"), QStringLiteral("https://b.example@12:25"),
                          QStringLiteral("/agenda/x/@20:1"), QStringLiteral("c.png@20:31")}));
    QCOMPARE(links.at(1).kind, ExtractedLink::Kind::Image);
    QCOMPARE(links.at(1).text, QStringLiteral("image"));
    QVERIFY(links.at(5).hasText);

    const QVector<ExtractedLink> fields = LinkExtractor::fromFrontMatter(
        EventDocument::fromBytes("---\nlien: https://example.org\nchamps:\n- lien: mailto:a@example.org\nune:\n- "
                                 "image: /uploads/a.png\ntexte: pas un lien\n---\n")
            .frontMatter());
    QStringList paths;
    for (const ExtractedLink& link : fields)
        paths.append(link.field + QLatin1Char('=') + link.url);
    QCOMPARE(
        paths,
        (QStringList{QStringLiteral("lien=https://example.org"), QStringLiteral("champs[0].lien=mailto:a@example.org"),
                     QStringLiteral("une[0].image=/uploads/a.png")}));
}

void TestDocumentChecker::internalLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code"); // empty: fine

    QTest::newRow("page") << QStringLiteral("/agenda/atelier/") << QString();
    QTest::newRow("page without slash") << QStringLiteral("/agenda/atelier") << QString();
    QTest::newRow("page with the site's url")
        << QStringLiteral("https://www.example.gouv.fr/agenda/atelier/") << QString();
    QTest::newRow("baseurl variable") << QStringLiteral("{{ site.baseurl }}/agenda/atelier/") << QString();
    QTest::newRow("no such page") << QStringLiteral("/agenda/inconnu/") << QStringLiteral("link-broken");
    QTest::newRow("anchor of another page") << QStringLiteral("/agenda/atelier/#programme") << QString();
    QTest::newRow("missing anchor") << QStringLiteral("/agenda/atelier/#tarifs") << QStringLiteral("anchor-missing");
    QTest::newRow("own anchor") << QStringLiteral("#accès") << QString();
    QTest::newRow("own missing anchor") << QStringLiteral("#nulle-part") << QStringLiteral("anchor-missing");
    QTest::newRow("upload") << QStringLiteral("/uploads/a.png") << QString();
    QTest::newRow("upload, percent-encoded")
        << QStringLiteral("/uploads/programme%20d%C3%A9taill%C3%A9.pdf") << QString();
    QTest::newRow("missing upload") << QStringLiteral("/uploads/b.png") << QStringLiteral("file-missing");
    QTest::newRow("mailto") << QStringLiteral("mailto:contact@example.gouv.fr") << QString();
    QTest::newRow("bad mailto") << QStringLiteral("mailto:contact(at)example") << QStringLiteral("mailto");
    QTest::newRow("tel") << QStringLiteral("tel:+33123456789") << QString();
    QTest::newRow("bad tel") << QStringLiteral("tel:appelez-nous") << QStringLiteral("tel");
    QTest::newRow("www without scheme") << QStringLiteral("www.example.org") << QStringLiteral("link-broken");
}

void TestDocumentChecker::internalLinks()
{
    QFETCH(QString, url);
    QFETCH(QString, code);
    const QByteArray document = "---\ntitle: Nouveau\nevent_start_date: 2023-01-31 16:30:00 +01:00\n---\n\n## Accès\n\n"
                                "Voir [la page]("
        + url.toUtf8() + ").\n";
    QVector<LinkVerdict> links;
    QStringList codes;
    for (const Problem& p : check(document, &links)) {
        if (p.code != QLatin1String("drift"))
            codes.append(p.code);
    }
    QCOMPARE(links.size(), 1);
    if (code.isEmpty()) {
        QVERIFY2(codes.isEmpty(), qPrintable(codes.join(QLatin1Char(','))));
        QCOMPARE(links.first().status, LinkVerdict::Status::Ok);
    } else {
        QCOMPARE(codes, QStringList{code});
        QCOMPARE(links.first().status, LinkVerdict::Status::Broken);
    }
}

QTEST_GUILESS_MAIN(TestDocumentChecker)
#include "tst_documentchecker.moc"
