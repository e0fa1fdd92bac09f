#include "site/editorsettings.h"
#include "site/newdocument.h"
#include "site/schema.h"
#include "site/siteindex.h"
#include "testfiles.h"
#include "testvalues.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;
using TestValues::yaml;

class TestNewDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesWhatTheSiteWrites();
    void dateInTheSiteTimeZone_data();
    void dateInTheSiteTimeZone();
    void fileNames();
    void neverOverwrites();
    void errors_data();
    void errors();

private:
    NewDocument::Result create(const NewDocument& document, const QByteArray& settingsText = QByteArray())
    {
        SiteConfig config;
        QString error;
        if (!SiteConfig::load(m_dir->path(), &config, &error))
            qFatal("%s", qPrintable(error));
        EditorSettings settings;
        Diagnostic diagnostic;
        if (!EditorSettings::fromYaml(settingsText, &settings, &diagnostic))
            qFatal("%s", qPrintable(diagnostic.message));
        const CollectionSchema schema = SiteScanner::scan(config, settings)
                                            .schemas.value(document.collection)
                                            .build(config, document.collection, settings);
        NewDocument::Result result;
        if (!document.create(config, settings, schema, &result, &error))
            qFatal("%s", qPrintable(error));
        return result;
    }

    NewDocument event(const QString& title) const
    {
        NewDocument document;
        document.collection = QStringLiteral("evenements");
        document.title = title;
        document.now = QDateTime(QDate(2026, 3, 2), QTime(9, 15, 37), Qt::UTC);
        return document;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestNewDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QDir root(m_dir->path());
    TestFiles::write(
        root.filePath(QStringLiteral("_config.yml")),
        "timezone: Europe/Paris\ncollections:\n  evenements:\n    output: true\n    permalink: "
        "/agenda/:title/\ndefaults:\n- scope:\n    type: evenements\n  values:\n    layout: evenement\n    "
        "lieu:\n    afficher_la_carte: true\n    format: présentiel\n    champs_informations:\n    - "
        "intitule:\n      contenu:\n");
    // Two existing events: most write `format`, none writes `afficher_la_carte` or `layout`.
    TestFiles::write(root.filePath(QStringLiteral("_evenements/a.markdown")),
                     "---\ntitle: A\ndate: 2026-01-01 10:00:00 +01:00\ncategories:\n- Atelier\nformat: en ligne\n"
                     "lieu: Salle 1\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/b.markdown")),
                     "---\ntitle: B\ndate: 2026-01-02 10:00:00 +01:00\nformat: présentiel\nlieu: Salle 2\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/c.md")), "---\ntitle: C\n---\n");
}

void TestNewDocument::writesWhatTheSiteWrites()
{
    NewDocument document = event(QStringLiteral("Atelier : écrire pour le web"));
    document.values = {{QStringLiteral("lieu"), yaml("Salle 3")}, {QStringLiteral("categories"), yaml("[Atelier]")}};
    const NewDocument::Result result = create(document);
    // The keys in the files' order; `format` from the defaults (most files write one); blank
    // defaults and those no file writes left out.
    QCOMPARE(result.bytes,
             QByteArray("---\ntitle: 'Atelier : écrire pour le web'\ndate: 2026-03-02 10:15:00 +01:00\n"
                        "categories:\n- Atelier\nformat: présentiel\nlieu: Salle 3\n---\n"));
    QCOMPARE(TestFiles::read(result.path), result.bytes);
    QCOMPARE(result.relativePath, QStringLiteral("_evenements/atelier-ecrire-pour-le-web.markdown"));
    QCOMPARE(result.url, QStringLiteral("/agenda/atelier-ecrire-pour-le-web/"));
    QVERIFY(QFileInfo(result.path).permissions().testFlag(QFile::ReadOther));
    // Nothing else is left in the folder.
    QCOMPARE(QDir(QFileInfo(result.path).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 4);
}

void TestNewDocument::dateInTheSiteTimeZone_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QByteArray>("date");
    QTest::newRow("winter") << QDateTime(QDate(2026, 1, 15), QTime(23, 30, 59), Qt::UTC)
                            << QByteArray("date: 2026-01-16 00:30:00 +01:00\n");
    QTest::newRow("summer") << QDateTime(QDate(2026, 7, 1), QTime(8, 0, 0), Qt::UTC)
                            << QByteArray("date: 2026-07-01 10:00:00 +02:00\n");
}

void TestNewDocument::dateInTheSiteTimeZone()
{
    QFETCH(QDateTime, now);
    QFETCH(QByteArray, date);
    NewDocument document = event(QStringLiteral("Atelier"));
    document.now = now;
    const NewDocument::Result result = create(document);
    QVERIFY2(result.bytes.contains(date), result.bytes.constData());
}

void TestNewDocument::fileNames()
{
    const NewDocument::Result siteleaf = create(event(QStringLiteral("Meetup #2 : 100% « données »")));
    QCOMPARE(QFileInfo(siteleaf.path).fileName(), QStringLiteral("meetup-number-2-100-percent-<<-donnees->>.markdown"));
    QCOMPARE(siteleaf.url, QStringLiteral("/agenda/meetup-number-2-100-percent-donnees/"));
    const NewDocument::Result clean =
        create(event(QStringLiteral("Meetup #2 : 100% « données »")), "collections:\n  evenements:\n    slug: clean\n");
    QCOMPARE(QFileInfo(clean.path).fileName(), QStringLiteral("meetup-numero-2-100-pourcent-donnees.markdown"));
}

void TestNewDocument::neverOverwrites()
{
    const QByteArray existing = TestFiles::read(QDir(m_dir->path()).filePath(QStringLiteral("_evenements/a.markdown")));
    const NewDocument::Result result = create(event(QStringLiteral("A")));
    QVERIFY2(QRegularExpression(QStringLiteral("^a-[0-9a-f]{6}\\.markdown$"))
                 .match(QFileInfo(result.path).fileName())
                 .hasMatch(),
             qPrintable(result.path));
    QCOMPARE(TestFiles::read(QDir(m_dir->path()).filePath(QStringLiteral("_evenements/a.markdown"))), existing);
    // `c.md` counts too, whatever its extension.
    const NewDocument::Result other = create(event(QStringLiteral("C")));
    QVERIFY(QFileInfo(other.path).fileName().startsWith(QLatin1String("c-")));
}

void TestNewDocument::errors_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown collection") << QStringLiteral("agenda") << QStringLiteral("A")
                                        << QStringLiteral("no collection");
    QTest::newRow("no title") << QStringLiteral("evenements") << QStringLiteral("  ")
                              << QStringLiteral("needs a title");
    QTest::newRow("nothing to name it by")
        << QStringLiteral("evenements") << QStringLiteral("🎉") << QStringLiteral("empty file name");
}

void TestNewDocument::errors()
{
    QFETCH(QString, collection);
    QFETCH(QString, title);
    QFETCH(QString, message);
    SiteConfig config;
    QString error;
    QVERIFY(SiteConfig::load(m_dir->path(), &config, &error));
    NewDocument document = event(title);
    document.collection = collection;
    NewDocument::Result result;
    QVERIFY(!document.create(config, EditorSettings(), CollectionSchema(), &result, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(
        QDir(QDir(m_dir->path()).filePath(QStringLiteral("_evenements"))).entryList(QDir::Files | QDir::Hidden).size(),
        3);
}

QTEST_GUILESS_MAIN(TestNewDocument)
#include "tst_newdocument.moc"
