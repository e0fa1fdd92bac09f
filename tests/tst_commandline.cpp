#include "cli/commandline.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace EventDesk;

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
    void setErrorsWriteNothing_data();
    void setErrorsWriteNothing();

private:
    struct Result
    {
        int status;
        QString out;
        QString err;
    };
    static Result run(const QStringList& arguments)
    {
        Result result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.status = CommandLine::run(arguments, out, err);
        out.flush();
        err.flush();
        return result;
    }
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
