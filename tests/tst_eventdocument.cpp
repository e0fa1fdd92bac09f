#include "document/eventdocument.h"
#include "testfiles.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;

class TestEventDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundtrip_data();
    void roundtrip();
    void segments();
    void layoutFacts_data();
    void layoutFacts();
    void frontMatterErrorKeepsText();
    void nonMappingIsAnError_data();
    void nonMappingIsAnError();
    void refusedFilesAreNeverSaved_data();
    void refusedFilesAreNeverSaved();
    void hugeFileIsRefusedUnread();
    void missingFileAndFolder();
    void saveWritesTheSameBytes();
    void duplicateKeyWarning();
};

void TestEventDocument::roundtrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    const int ok = int(EventDocument::Status::Ok);
    const int fmError = int(EventDocument::Status::FrontMatterError);
    QTest::newRow("event") << QByteArray("---\ntitle: 'Atelier : données'\ndate: 2023-01-26 15:31:00 +01:00\n"
                                         "categories:\n- Atelier\n---\n\nCorps du texte.\n")
                           << ok;
    QTest::newRow("no final newline") << QByteArray("---\ntitle: x\n---\n\nbody") << ok;
    QTest::newRow("crlf") << QByteArray("---\r\ntitle: x\r\nlieu: y\r\n---\r\n\r\nbody\r\n") << ok;
    QTest::newRow("mixed line endings") << QByteArray("---\ntitle: x\r\nlieu: y\n---\r\nbody\n") << ok;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF---\ntitle: x\n---\nbody\n") << ok;
    QTest::newRow("comments and blank lines") << QByteArray("---\n# top\n\ntitle: x # trailing\n\n# mid\nlieu:\n"
                                                            "  # nested\n  - a\n---\n")
                                              << ok;
    QTest::newRow("trailing space on empty value") << QByteArray("---\nlieu: \nadresse:\n---\n") << ok;
    QTest::newRow("dots terminator") << QByteArray("---\ntitle: x\n...\nbody\n") << ok;
    QTest::newRow("no front matter") << QByteArray("# Just Markdown\n") << ok;
    QTest::newRow("empty front matter") << QByteArray("---\n---\nbody\n") << ok;
    QTest::newRow("flow mapping") << QByteArray("---\n{title: x, lieu: y}\n---\n") << ok;
    QTest::newRow("syntax error") << QByteArray("---\ntitle: \"x\n---\nbody\n") << fmError;
    QTest::newRow("empty file") << QByteArray() << ok;
}

void TestEventDocument::roundtrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);

    const EventDocument document = EventDocument::fromBytes(bytes);
    QCOMPARE(int(document.status()), status);
    QCOMPARE(document.toBytes(), bytes);
}

void TestEventDocument::segments()
{
    const QByteArray bytes = "---\n# lead comment\ntitle: Atelier\nchamps_informations:\n- intitule: Horaires\n"
                             "  contenu: 14h\n\n# end\nlieu: Paris\n---\n\nLe corps.\n";
    const EventDocument document = EventDocument::fromBytes(bytes);
    QCOMPARE(document.status(), EventDocument::Status::Ok);
    const QVector<FrontMatterSegment> segments = document.segments();
    QCOMPARE(segments.size(), 3);
    QCOMPARE(segments.at(0).key, QStringLiteral("title"));
    QCOMPARE(segments.at(0).line, 3);
    QCOMPARE(segments.at(0).text, QByteArray("title: Atelier\n"));
    QCOMPARE(segments.at(1).text, QByteArray("champs_informations:\n- intitule: Horaires\n  contenu: 14h\n\n# end\n"));
    QCOMPARE(segments.at(2).text, QByteArray("lieu: Paris\n"));
    QCOMPARE(segments.at(2).line, 9);
    QCOMPARE(document.body(), QStringLiteral("Le corps.\n"));
    QCOMPARE(document.bodyLine(), 12);
    QCOMPARE(document.frontMatter().value(QStringLiteral("lieu")).toString(), QStringLiteral("Paris"));
    QCOMPARE(document.frontMatter().value(QStringLiteral("champs_informations")).items().at(0).line(), 5);
    QCOMPARE(document.frontMatterText(), bytes.mid(4, bytes.indexOf("---\n\nLe") - 4));
}

void TestEventDocument::layoutFacts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("lineEnding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("finalNewline");

    QTest::newRow("lf") << QByteArray("---\na: 1\n---\n") << int(EventDocument::LineEnding::Lf) << false << true;
    QTest::newRow("crlf") << QByteArray("---\r\na: 1\r\n---\r\nx") << int(EventDocument::LineEnding::CrLf) << false
                          << false;
    QTest::newRow("mixed") << QByteArray("---\na: 1\r\n---\n") << int(EventDocument::LineEnding::Mixed) << false
                           << true;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFx") << int(EventDocument::LineEnding::None) << true << false;
}

void TestEventDocument::layoutFacts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, lineEnding);
    QFETCH(bool, bom);
    QFETCH(bool, finalNewline);

    const EventDocument document = EventDocument::fromBytes(bytes);
    QCOMPARE(int(document.lineEnding()), lineEnding);
    QCOMPARE(document.hasByteOrderMark(), bom);
    QCOMPARE(document.endsWithNewline(), finalNewline);
}

void TestEventDocument::frontMatterErrorKeepsText()
{
    const QByteArray bytes = "---\ntitle: ok\nlieu: [Paris\n---\n\nLe corps reste lisible.\n";
    const EventDocument document = EventDocument::fromBytes(bytes, QStringLiteral("x.md"));
    QCOMPARE(document.status(), EventDocument::Status::FrontMatterError);
    QCOMPARE(document.error().line, 3);
    QCOMPARE(document.error().column, 7);
    QVERIFY(document.error().format(QStringLiteral("x.md")).startsWith(QLatin1String("x.md:3:7: ")));
    QCOMPARE(document.body(), QStringLiteral("Le corps reste lisible.\n"));
    QVERIFY(document.frontMatterText().contains("lieu: [Paris"));
    QCOMPARE(document.toBytes(), bytes);
    QVERIFY(document.frontMatter().entries().isEmpty());
}

void TestEventDocument::nonMappingIsAnError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kind");
    QTest::newRow("list") << QByteArray("---\n- a\n- b\n---\n") << QStringLiteral("list");
    QTest::newRow("scalar") << QByteArray("---\njust text\n---\n") << QStringLiteral("string");
    QTest::newRow("number") << QByteArray("---\n42\n---\n") << QStringLiteral("integer");
}

void TestEventDocument::nonMappingIsAnError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kind);
    const EventDocument document = EventDocument::fromBytes(bytes);
    QCOMPARE(document.status(), EventDocument::Status::FrontMatterError);
    QVERIFY2(document.error().message.contains(kind), qPrintable(document.error().message));
    QCOMPARE(document.error().line, 2);
    QCOMPARE(document.toBytes(), bytes);
}

void TestEventDocument::refusedFilesAreNeverSaved_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("latin-1") << QByteArray("---\ntitle: caf\xE9\n---\n") << QStringLiteral("UTF-8");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << QStringLiteral("NUL");
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE-\0-\0-\0", 8) << QStringLiteral("UTF-8");
}

void TestEventDocument::refusedFilesAreNeverSaved()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("bad.md")), bytes);
    const EventDocument document = EventDocument::load(path);
    QVERIFY(document.isRefused());
    QVERIFY2(document.error().message.contains(message), qPrintable(document.error().message));
    QVERIFY(document.error().line > 0);
    QString error;
    QVERIFY(!document.save(path, &error));
    QVERIFY(error.contains(QLatin1String("not written")));
    QCOMPARE(TestFiles::read(path), bytes);
}

void TestEventDocument::hugeFileIsRefusedUnread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(EventDocument::MaxFileSize + 1)); // sparse: no 10 MB written
    file.close();
    const EventDocument document = EventDocument::load(path);
    QVERIFY(document.isRefused());
    QVERIFY2(document.error().message.contains(QLatin1String("10 MB")), qPrintable(document.error().message));
}

void TestEventDocument::missingFileAndFolder()
{
    QTemporaryDir dir;
    QVERIFY(EventDocument::load(dir.filePath(QStringLiteral("missing.md"))).isRefused());
    const EventDocument folder = EventDocument::load(dir.path());
    QVERIFY(folder.isRefused());
    QVERIFY(folder.error().message.contains(QLatin1String("folder")));
}

void TestEventDocument::saveWritesTheSameBytes()
{
    QTemporaryDir dir;
    const QByteArray bytes = "\xEF\xBB\xBF---\r\ntitle: x\r\nlieu: \r\n---\r\n\r\nbody";
    const QString path = TestFiles::write(dir.filePath(QStringLiteral("e.markdown")), bytes);
    const EventDocument document = EventDocument::load(path);
    QCOMPARE(document.status(), EventDocument::Status::Ok);
    const QString copy = dir.filePath(QStringLiteral("copy.markdown"));
    QString error;
    QVERIFY2(document.save(copy, &error), qPrintable(error));
    QCOMPARE(TestFiles::read(copy), bytes);
}

void TestEventDocument::duplicateKeyWarning()
{
    const EventDocument document = EventDocument::fromBytes("---\ntitle: a\ntitle: b\n---\n");
    QCOMPARE(document.status(), EventDocument::Status::Ok);
    QCOMPARE(document.frontMatter().value(QStringLiteral("title")).toString(), QStringLiteral("b"));
    QCOMPARE(document.warnings().size(), 1);
    QCOMPARE(document.segments().size(), 2);
}

QTEST_GUILESS_MAIN(TestEventDocument)
#include "tst_eventdocument.moc"
