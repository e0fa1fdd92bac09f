#include "cli/commandline.h"
#include "testcli.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace EventDesk;
using TestCli::Result;
using TestCli::run;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void dumpPrintsJsonInFileOrder();
    void dumpErrors_data();
    void dumpErrors();
    void roundtripIdentical();
    void aliasBombExits2();
    void notARegularFile();
    void byteOrderMarkWarns();
    void roundtripReportsUnreadableFiles();
    void roundtripWritesNothing();
    void roundtripReemit();
    void setPrintsTheEditedFile();
    void setInPlace();
    void setRemovesWithAnEmptyValue();
    void setKeyStartingWithADash();
    void setErrorsWriteNothing_data();
    void setErrorsWriteNothing();
    void listSite();
    void schemaOfACollection();
    void newDocument();
    void slugWithUrl();
    void setFollowsTheSchemaOrder();
    void siteCommandErrors_data();
    void siteCommandErrors();
};

void TestCommandLine::helpAndVersion()
{
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains(QLatin1String("dump FILE")));
    QVERIFY(help.out.contains(QLatin1String("roundtrip [--reemit] FILE...")));
    QVERIFY(help.out.contains(QLatin1String("set FILE KEY=YAML... [--in-place]")));
    const Result version = run({QStringLiteral("--version")});
    QCOMPARE(version.status, 0);
    QVERIFY(version.out.startsWith(QLatin1String("eventdesk-cli ")));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("dump without file") << QStringList{QStringLiteral("dump")};
    QTest::newRow("dump two files") << QStringList{QStringLiteral("dump"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("roundtrip without file") << QStringList{QStringLiteral("roundtrip")};
    QTest::newRow("roundtrip unknown option")
        << QStringList{QStringLiteral("roundtrip"), QStringLiteral("--nope"), QStringLiteral("a")};
    QTest::newRow("set without assignment") << QStringList{QStringLiteral("set"), QStringLiteral("a.md")};
    QTest::newRow("set without file") << QStringList{QStringLiteral("set")};
    QTest::newRow("set not an assignment")
        << QStringList{QStringLiteral("set"), QStringLiteral("a.md"), QStringLiteral("lieu")};
    QTest::newRow("set empty key") << QStringList{QStringLiteral("set"), QStringLiteral("a.md"), QStringLiteral("=x")};
    QTest::newRow("set unknown option") << QStringList{QStringLiteral("set"), QStringLiteral("a.md"),
                                                       QStringLiteral("a=b"), QStringLiteral("--inplace")};
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(result.out.isEmpty());
}

void TestCommandLine::dumpPrintsJsonInFileOrder()
{
    QTemporaryDir dir;
    const QString path =
        TestFiles::write(dir.filePath(QStringLiteral("e.markdown")),
                         "---\ntitle: Atelier\ndate: 2023-01-26 15:31:00 +01:00\nevent_start_date: 2023-05-25\n"
                         "lieu:\ncategories:\n- Atelier\npublished: no\n---\nbody\n");
    const Result result = run({QStringLiteral("dump"), path});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out,
             QStringLiteral("{\"title\":\"Atelier\",\"date\":\"2023-01-26T15:31:00+01:00\","
                            "\"event_start_date\":\"2023-05-25\",\"lieu\":null,\"categories\":[\"Atelier\"],"
                            "\"published\":false}\n"));
    QVERIFY(!QJsonDocument::fromJson(result.out.toUtf8()).isNull());
}

void TestCommandLine::dumpErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("location");

    QTest::newRow("tab") << QByteArray("---\n\ttitle: x\n---\n") << QStringLiteral(":2:1: ");
    QTest::newRow("unclosed quote") << QByteArray("---\ntitle: 'x\n---\n") << QStringLiteral(":2:8: ");
    QTest::newRow("bad indentation") << QByteArray("---\na: 1\n  b: 2\n---\n") << QStringLiteral(":3:4: ");
    QTest::newRow("unclosed flow") << QByteArray("---\na: [1\n---\n") << QStringLiteral(":2:4: ");
    QTest::newRow("undefined alias") << QByteArray("---\na: *x\n---\n") << QStringLiteral(":2:4: ");
    QTest::newRow("list") << QByteArray("---\n- a\n---\n") << QStringLiteral(":2:1: ");
    QTest::newRow("not UTF-8") << QByteArray("---\na: \xE9\n---\n") << QStringLiteral(":2:4: ");
    QTest::newRow("NUL") << QByteArray("---\na: \0\n---\n", 12) << QStringLiteral(":2:4: ");
}

void TestCommandLine::dumpErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, location);
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("bad.md")), bytes);
    const Result result = run({QStringLiteral("dump"), path});
    QCOMPARE(result.status, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(path + location), qPrintable(result.err));
}

void TestCommandLine::roundtripIdentical()
{
    QTemporaryDir dir;
    const QString a = TestFiles::write(dir.filePath(QStringLiteral("a.md")), "---\r\ntitle: x\r\n---\r\nbody");
    const QString b =
        TestFiles::write(dir.filePath(QStringLiteral("b.md")), "\xEF\xBB\xBF---\nlieu: \n# c\n---\n\n\nbody\n");
    const Result result = run({QStringLiteral("roundtrip"), a, b});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QString());
}

void TestCommandLine::aliasBombExits2()
{
    QByteArray yaml = "---\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char name = 'b'; name <= 'i'; ++name) {
        yaml += QByteArray(1, name) + ": &" + QByteArray(1, name) + " [";
        for (int i = 0; i < 10; ++i)
            yaml += (i ? ", *" : "*") + QByteArray(1, char(name - 1));
        yaml += "]\n";
    }
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("bomb.md")), yaml + "---\n");
    for (const QString& command : {QStringLiteral("dump"), QStringLiteral("roundtrip")}) {
        const Result result = run({command, path});
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.startsWith(path + QLatin1Char(':')), qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("alias bomb")));
    }
}

void TestCommandLine::notARegularFile()
{
    const Result result = run({QStringLiteral("dump"), QStringLiteral("/dev/zero")});
    QCOMPARE(result.status, 2);
    QVERIFY2(result.err.contains(QLatin1String("not a regular file")), qPrintable(result.err));
}

void TestCommandLine::byteOrderMarkWarns()
{
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("bom.md")), "\xEF\xBB\xBF---\ntitle: x\n---\n");
    const Result result = run({QStringLiteral("dump"), path});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("{\"title\":\"x\"}\n"));
    QVERIFY2(result.err.startsWith(path + QStringLiteral(":1:1: warning: ")), qPrintable(result.err));
}

void TestCommandLine::roundtripReportsUnreadableFiles()
{
    QTemporaryDir dir;
    const QString good = TestFiles::write(dir.filePath(QStringLiteral("good.md")), "---\ntitle: x\n---\n");
    const QString bad = TestFiles::write(dir.filePath(QStringLiteral("bad.md")), "---\ntitle: \"x\n---\n");
    const Result result = run({QStringLiteral("roundtrip"), good, bad, dir.filePath(QStringLiteral("missing.md"))});
    QCOMPARE(result.status, 2);
    QVERIFY(result.err.contains(bad + QStringLiteral(":2:8: ")));
    QVERIFY(result.err.contains(dir.filePath(QStringLiteral("missing.md"))));
    QVERIFY(!result.err.contains(good));
}

void TestCommandLine::roundtripWritesNothing()
{
    QTemporaryDir dir;
    const QByteArray bytes = "---\ntitle: x\n---\nbody\n";
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("a.md")), bytes);
    const QDateTime before = QFileInfo(path).lastModified();
    QCOMPARE(run({QStringLiteral("roundtrip"), path}).status, 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("a.md")});
    QCOMPARE(QFileInfo(path).lastModified(), before);
}

void TestCommandLine::roundtripReemit()
{
    QTemporaryDir dir;
    const QString house =
        TestFiles::write(dir.filePath(QStringLiteral("house.md")),
                         "---\ntitle: 'Atelier : données'\nlien: \ncategories:\n- Atelier\n---\nbody\n");
    const QString other = TestFiles::write(dir.filePath(QStringLiteral("other.md")),
                                           "---\ntitle: \"Atelier\"\ncategories: [Atelier]\n---\n");
    Result result = run({QStringLiteral("roundtrip"), QStringLiteral("--reemit"), house});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QString());
    result = run({QStringLiteral("roundtrip"), QStringLiteral("--reemit"), house, other});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.out.startsWith(other + QStringLiteral(" differs\n")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("\n-title: \"Atelier\"\n-categories: [Atelier]\n+title: Atelier\n"
                                              "+categories:\n+- Atelier\n")));
    QVERIFY(!result.out.contains(house));
    // Without --reemit the same file is identical: the model keeps its text.
    QCOMPARE(run({QStringLiteral("roundtrip"), other}).status, 0);
}

void TestCommandLine::setPrintsTheEditedFile()
{
    QTemporaryDir dir;
    const QByteArray bytes = "---\ntitle: Atelier\nlieu: Salle 1\ndate: 2023-01-26 15:31:00 +01:00\n---\nbody\n";
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("e.md")), bytes);
    const Result result =
        run({QStringLiteral("set"), path, QStringLiteral("lieu=Salle 2"), QStringLiteral("title='Atelier : données'"),
             QStringLiteral("champs_informations=[{intitule: Horaires, contenu: 9h - 12h}]")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out,
             QStringLiteral("---\ntitle: 'Atelier : données'\nlieu: Salle 2\ndate: 2023-01-26 15:31:00 +01:00\n"
                            "champs_informations:\n- intitule: Horaires\n  contenu: 9h - 12h\n---\nbody\n"));
    QCOMPARE(TestFiles::read(path), bytes);
}

void TestCommandLine::setInPlace()
{
    QTemporaryDir dir;
    const QString path =
        TestFiles::write(dir.filePath(QStringLiteral("e.md")),
                         "---\r\ntitle: Atelier\r\nevent_start_date: 2023-01-31 16:30:00 +01:00\r\n---\r\n");
    const Result result = run({QStringLiteral("set"), QStringLiteral("--in-place"), path,
                               QStringLiteral("event_start_date=2023-02-07 10:00:00 +01:00")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QString());
    QCOMPARE(TestFiles::read(path),
             QByteArray("---\r\ntitle: Atelier\r\nevent_start_date: 2023-02-07 10:00:00 +01:00\r\n---\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("e.md")});
}

void TestCommandLine::setRemovesWithAnEmptyValue()
{
    QTemporaryDir dir;
    const QString path =
        TestFiles::write(dir.filePath(QStringLiteral("e.md")), "---\ntitle: Atelier\nlieu: Salle 1\ntags:\n- a\n---\n");
    const Result result = run({QStringLiteral("set"), path, QStringLiteral("lieu="), QStringLiteral("tags=")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("---\ntitle: Atelier\n---\n"));
}

void TestCommandLine::setKeyStartingWithADash()
{
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("e.md")), "---\ntitle: A\n---\n");
    QCOMPARE(run({QStringLiteral("set"), path, QStringLiteral("-x=1")}).status, 2); // an unknown option
    const Result result = run({QStringLiteral("set"), QStringLiteral("--"), path, QStringLiteral("-x=1")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("---\ntitle: A\n\"-x\": 1\n---\n"));
}

void TestCommandLine::setErrorsWriteNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("message");

    const QByteArray good = "---\ntitle: Atelier\n---\n";
    QTest::newRow("front matter error") << QByteArray("---\ntitle: 'Atelier\n---\n") << QStringLiteral("lieu=A")
                                        << QStringLiteral(":2:8: ");
    QTest::newRow("not UTF-8") << QByteArray("---\ntitle: \xE9\n---\n") << QStringLiteral("lieu=A")
                               << QStringLiteral(":2:8: ");
    QTest::newRow("value is not YAML") << good << QStringLiteral("lieu=[A") << QStringLiteral("is not valid YAML");
}

void TestCommandLine::setErrorsWriteNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, assignment);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("e.md")), bytes);
    const QDateTime before = QFileInfo(path).lastModified();
    const Result result = run({QStringLiteral("set"), QStringLiteral("--in-place"), path, assignment});
    QCOMPARE(result.status, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(TestFiles::read(path), bytes);
    QCOMPARE(QFileInfo(path).lastModified(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("e.md")});

    const Result missing = run({QStringLiteral("set"), QStringLiteral("--in-place"),
                                dir.filePath(QStringLiteral("missing.md")), QStringLiteral("lieu=A")});
    QCOMPARE(missing.status, 2);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing.md"))));
}

namespace {

QString writeSite(const QTemporaryDir& dir)
{
    const QDir root(dir.path());
    TestFiles::write(root.filePath(QStringLiteral("_config.yml")),
                     "timezone: Europe/Paris\ncollections:\n  evenements:\n    output: true\n    permalink: "
                     "/agenda/:title/\ndefaults:\n- scope:\n    type: evenements\n  values:\n    categorie:\n    "
                     "lieu:\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/atelier.md")),
                     "---\ntitle: Atelier\ndate: 2026-01-02 10:00:00 +01:00\nevent_start_date: 2026-01-31 16:30:00 "
                     "+01:00\ncategories: [Atelier]\nlieu: Salle 1\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/casse.md")), "---\ntitle: [\n---\n");
    TestFiles::write(root.filePath(QStringLiteral("a-propos.md")), "---\ntitle: À propos\npublished: false\n---\n");
    return dir.path();
}

} // namespace

void TestCommandLine::listSite()
{
    QTemporaryDir dir;
    const QString site = writeSite(dir);
    const Result text = run({QStringLiteral("list"), site});
    QCOMPARE(text.status, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).contains(QLatin1String("2026-01-31 16:30  _evenements/atelier.md  Atelier")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QLatin1String("_evenements/casse.md  ERROR 3:1: ")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QStringLiteral("a-propos.md  À propos  [unpublished]")), qPrintable(lines.at(2)));

    const Result json = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"), site,
                             QStringLiteral("--collection"), QStringLiteral("evenements")});
    QCOMPARE(json.status, 0);
    const QJsonArray entries = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(entries.size(), 2);
    const QJsonObject first = entries.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("_evenements/atelier.md"));
    QCOMPARE(first.value(QStringLiteral("start")).toString(), QStringLiteral("2026-01-31T16:30:00+01:00"));
    QCOMPARE(first.value(QStringLiteral("categories")).toArray().first().toString(), QStringLiteral("Atelier"));
    QVERIFY(first.value(QStringLiteral("error")).isNull());
    QVERIFY(entries.at(1)
                .toObject()
                .value(QStringLiteral("error"))
                .toString()
                .startsWith(QLatin1String("_evenements/casse.md:3:1: ")));
}

void TestCommandLine::schemaOfACollection()
{
    QTemporaryDir dir;
    const QString site = writeSite(dir);
    const Result text =
        run({QStringLiteral("schema"), site, QStringLiteral("--collection"), QStringLiteral("evenements")});
    QCOMPARE(text.status, 0);
    QVERIFY2(text.out.contains(QLatin1String("event_start_date         datetime  datetime  role: start")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("categories: the defaults declare \"categorie\"")), qPrintable(text.out));

    const Result json = run({QStringLiteral("schema"), QStringLiteral("--format=json"), site,
                             QStringLiteral("--collection"), QStringLiteral("evenements")});
    QCOMPARE(json.status, 0);
    const QJsonObject schema = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(schema.value(QStringLiteral("documents")).toInt(), 2);
    QJsonObject lieu;
    for (const QJsonValue& field : schema.value(QStringLiteral("fields")).toArray()) {
        if (field.toObject().value(QStringLiteral("key")).toString() == QLatin1String("lieu"))
            lieu = field.toObject();
    }
    QCOMPARE(lieu.value(QStringLiteral("role")).toString(), QStringLiteral("place"));
    QCOMPARE(lieu.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QVERIFY(lieu.value(QStringLiteral("declared")).toBool());
    QCOMPARE(lieu.value(QStringLiteral("known_values"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("Salle 1"));
    QCOMPARE(
        schema.value(QStringLiteral("drift")).toArray().first().toObject().value(QStringLiteral("path")).toString(),
        QStringLiteral("categories"));
}

void TestCommandLine::newDocument()
{
    QTemporaryDir dir;
    const QString site = writeSite(dir);
    const Result result =
        run({QStringLiteral("new"), site, QStringLiteral("--collection"), QStringLiteral("evenements"),
             QStringLiteral("--title"), QStringLiteral("Forum « Données »"), QStringLiteral("lieu=Salle 2")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("_evenements/forum-<<-donnees->>.md\n/agenda/forum-donnees/\n"));
    const QByteArray written =
        TestFiles::read(QDir(site).filePath(QStringLiteral("_evenements/forum-<<-donnees->>.md")));
    QVERIFY2(written.startsWith("---\ntitle: Forum « Données »\ndate: "), written.constData());
    QVERIFY2(written.endsWith("lieu: Salle 2\n---\n"), written.constData());
}

void TestCommandLine::slugWithUrl()
{
    QTemporaryDir dir;
    const QString site = writeSite(dir);
    const Result result = run({QStringLiteral("slug"), QStringLiteral("--site"), site, QStringLiteral("--collection"),
                               QStringLiteral("evenements"), QStringLiteral("Forum « Données » #2")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("forum-<<-donnees->>-number-2\n/agenda/forum-donnees-number-2/\n"));
    const Result alone = run({QStringLiteral("slug"), QStringLiteral("--site"), site, QStringLiteral("Forum")});
    QCOMPARE(alone.status, 2);
    QVERIFY(alone.err.contains(QLatin1String("go together")));
}

void TestCommandLine::setFollowsTheSchemaOrder()
{
    // In a site, a new key goes where the collection's files put it; the site's slug style counts.
    QTemporaryDir dir;
    const QString site = writeSite(dir);
    const QString path = TestFiles::write(QDir(site).filePath(QStringLiteral("_evenements/nouveau.md")),
                                          "---\ntitle: Nouveau\nlieu: Salle 2\n---\n");
    const Result result =
        run({QStringLiteral("set"), path, QStringLiteral("event_start_date=2026-02-01 10:00:00 +01:00")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out,
             QStringLiteral("---\ntitle: Nouveau\nevent_start_date: 2026-02-01 10:00:00 +01:00\nlieu: Salle 2\n---\n"));

    TestFiles::write(QDir(site).filePath(QStringLiteral(".eventdesk.yml")), "slug: clean\n");
    const Result slug = run({QStringLiteral("slug"), QStringLiteral("--site"), site, QStringLiteral("--collection"),
                             QStringLiteral("evenements"), QStringLiteral("Forum #2 : 100%")});
    QCOMPARE(slug.status, 0);
    QVERIFY2(slug.out.startsWith(QLatin1String("forum-numero-2-100-pourcent\n")), qPrintable(slug.out));
}

void TestCommandLine::siteCommandErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("list: no site") << QStringList{QStringLiteral("list")} << QStringLiteral("which site?");
    QTest::newRow("list: not a site") << QStringList{QStringLiteral("list"), QStringLiteral("/")}
                                      << QStringLiteral("no _config.yml");
    QTest::newRow("list: bad format") << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                                     QStringLiteral("xml"), QStringLiteral("SITE")}
                                      << QStringLiteral("text or json");
    QTest::newRow("schema: no collection") << QStringList{QStringLiteral("schema"), QStringLiteral("SITE")}
                                           << QStringLiteral("--collection NAME is needed");
    QTest::newRow("schema: unknown collection") << QStringList{QStringLiteral("schema"), QStringLiteral("SITE"),
                                                               QStringLiteral("--collection"), QStringLiteral("agenda")}
                                                << QStringLiteral("no collection \"agenda\"");
    QTest::newRow("new: no title") << QStringList{QStringLiteral("new"), QStringLiteral("SITE"),
                                                  QStringLiteral("--collection"), QStringLiteral("evenements")}
                                   << QStringLiteral("--title TITLE is needed");
    QTest::newRow("new: bad value") << QStringList{QStringLiteral("new"),          QStringLiteral("SITE"),
                                                   QStringLiteral("--collection"), QStringLiteral("evenements"),
                                                   QStringLiteral("--title"),      QStringLiteral("A"),
                                                   QStringLiteral("lieu=[")}
                                    << QStringLiteral("not valid YAML");
}

void TestCommandLine::siteCommandErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString site = writeSite(dir);
    arguments.replaceInStrings(QStringLiteral("SITE"), site);
    const Result result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(QDir(QDir(site).filePath(QStringLiteral("_evenements"))).entryList(QDir::Files).size(), 2);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
