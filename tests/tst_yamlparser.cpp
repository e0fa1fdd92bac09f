#include "document/yamljson.h"
#include "document/yamlparser.h"

#include <QTest>

using namespace EventDesk;

class TestYamlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformed_data();
    void malformed();
    void values_data();
    void values();
    void positions();
    void topLevelKeys();
    void explicitKeyOnItsOwnLine();
    void flowRootHasNoKeys();
    void duplicateKeysLastWins();
    void aliasBombIsRefusedQuickly();
    void recursiveAliasIsRefused();
};

namespace {

QString json(const YamlValue& value)
{
    QByteArray out;
    Diagnostic error;
    YamlJson::write(value, &out, &error);
    return QString::fromUtf8(out);
}

} // namespace

void TestYamlParser::malformed_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("tab indentation") << QByteArray("---\n\ttitle: x\n") << 2 << 1
                                     << QStringLiteral("cannot start any token");
    QTest::newRow("unclosed double quote") << QByteArray("---\ntitle: \"abc\n") << 2 << 8
                                           << QStringLiteral("end of stream while scanning a quoted scalar");
    QTest::newRow("unclosed single quote")
        << QByteArray("---\ntitle: 'abc\nlieu: x\n") << 2 << 8 << QStringLiteral("quoted scalar");
    QTest::newRow("bad indentation") << QByteArray("---\na: 1\n  b: 2\n") << 3 << 4
                                     << QStringLiteral("mapping values are not allowed");
    QTest::newRow("unclosed flow sequence")
        << QByteArray("---\na: [1, 2\n") << 2 << 4 << QStringLiteral("did not find expected ',' or ']'");
    QTest::newRow("unclosed flow mapping")
        << QByteArray("---\na: {b: 1\n") << 2 << 4 << QStringLiteral("did not find expected ',' or '}'");
    QTest::newRow("undefined alias") << QByteArray("---\na: *nope\n") << 2 << 4
                                     << QStringLiteral("unknown alias *nope");
    QTest::newRow("symbol") << QByteArray("---\nmood: :)\n") << 2 << 7 << QStringLiteral("Symbol");
    QTest::newRow("ruby object tag") << QByteArray("---\na: !ruby/object:File {}\n") << 2 << 4
                                     << QStringLiteral("unspecified class");
    QTest::newRow("accented column counts characters")
        << QByteArray("---\ntitré: \"été\nx\n") << 2 << 8 << QStringLiteral("quoted scalar");
}

void TestYamlParser::malformed()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    YamlDocument document;
    Diagnostic error;
    QVERIFY(!YamlParser::parse(yaml, &document, &error));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestYamlParser::values_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");

    QTest::newRow("house style") << QByteArray("---\ntitle: 'Lancement : saison 2'\ncategories:\n- Webinaire\n"
                                               "champs_informations:\n- intitule: Horaires\n  contenu: 16h30\n")
                                 << QStringLiteral("{\"title\":\"Lancement : saison 2\",\"categories\":[\"Webinaire\"],"
                                                   "\"champs_informations\":[{\"intitule\":\"Horaires\",\"contenu\":"
                                                   "\"16h30\"}]}");
    QTest::newRow("folded plain scalar") << QByteArray("---\na: un deux\n  trois\n")
                                         << QStringLiteral("{\"a\":\"un deux trois\"}");
    QTest::newRow("double quoted escapes")
        << QByteArray("---\na: \"x \\n\\ny\\t\\u00e9\"\n") << QStringLiteral("{\"a\":\"x \\n\\ny\\té\"}");
    QTest::newRow("single quoted escape") << QByteArray("---\na: 'l''Etat'\n") << QStringLiteral("{\"a\":\"l'Etat\"}");
    QTest::newRow("literal keep") << QByteArray("---\na: |+\n  x\n\nb: 1\n")
                                  << QStringLiteral("{\"a\":\"x\\n\\n\",\"b\":1}");
    QTest::newRow("literal strip") << QByteArray("---\na: |-\n  x\n  y\n") << QStringLiteral("{\"a\":\"x\\ny\"}");
    QTest::newRow("empty value") << QByteArray("---\na:\nb: \n") << QStringLiteral("{\"a\":null,\"b\":null}");
    QTest::newRow("empty document") << QByteArray("---\n") << QStringLiteral("null");
    QTest::newRow("comments only") << QByteArray("---\n# nothing\n") << QStringLiteral("null");
    QTest::newRow("integer key") << QByteArray("---\n1: a\n") << QStringLiteral("{\"1\":\"a\"}");
    QTest::newRow("alias") << QByteArray("---\na: &x [1, 2]\nb: *x\n") << QStringLiteral("{\"a\":[1,2],\"b\":[1,2]}");
    QTest::newRow("merge key") << QByteArray("---\nbase: &b {x: 1, y: 2}\nother:\n  y: 0\n  <<: *b\n  z: 3\n")
                               << QStringLiteral("{\"base\":{\"x\":1,\"y\":2},\"other\":{\"y\":2,\"x\":1,\"z\":3}}");
    QTest::newRow("merge list") << QByteArray("---\na: &a {x: 1}\nb: &b {x: 2, y: 2}\nc:\n  <<: [*a, *b]\n")
                                << QStringLiteral("{\"a\":{\"x\":1},\"b\":{\"x\":2,\"y\":2},\"c\":{\"x\":1,\"y\":2}}");
    QTest::newRow("quoted merge key still merges")
        << QByteArray("---\na: &a {x: 1}\nc:\n  '<<': *a\n") << QStringLiteral("{\"a\":{\"x\":1},\"c\":{\"x\":1}}");
    QTest::newRow("str-tagged merge key is a key") << QByteArray("---\na: &a {x: 1}\nc:\n  !!str <<: *a\n")
                                                   << QStringLiteral("{\"a\":{\"x\":1},\"c\":{\"<<\":{\"x\":1}}}");
    QTest::newRow("crlf") << QByteArray("---\r\na: 1\r\nb: x\r\n") << QStringLiteral("{\"a\":1,\"b\":\"x\"}");
    QTest::newRow("emoji and 4-byte escape")
        << QByteArray("---\na: \xf0\x9f\x98\x80\nb: \"\\U0001F600\"\n")
        << QString::fromUtf8("{\"a\":\"\xf0\x9f\x98\x80\",\"b\":\"\xf0\x9f\x98\x80\"}");
    QTest::newRow("question mark in flow scalars")
        << QByteArray("---\na: [Quoi de neuf?, b]\nc: {d: e?}\n")
        << QStringLiteral("{\"a\":[\"Quoi de neuf?\",\"b\"],\"c\":{\"d\":\"e?\"}}");
    QTest::newRow("multi-line item after anchor and tag")
        << QByteArray("---\nk:\n- &a a\n  b\n- !!str c\n  d\n") << QStringLiteral("{\"k\":[\"a b\",\"c d\"]}");
    QTest::newRow("folded keep") << QByteArray("---\nk: >+\n a\n\nn: 1\n")
                                 << QStringLiteral("{\"k\":\"a\\n\\n\",\"n\":1}");
    QTest::newRow("NEL and NBSP escapes")
        << QByteArray("---\na: \"\\N\\_\"\n") << QString::fromUtf8("{\"a\":\"\xc2\x85\xc2\xa0\"}");
    QTest::newRow("quoted line breaks only")
        << QByteArray("---\na: '\n\n'\nb: \"\n\n\n\"\n") << QStringLiteral("{\"a\":\"\\n\",\"b\":\"\\n\\n\"}");
    QTest::newRow("byte order mark inside a value")
        << QByteArray("---\na: \xef\xbb\xbfx\n") << QString::fromUtf8("{\"a\":\"\xef\xbb\xbfx\"}");
    QTest::newRow("non-specific tag") << QByteArray("---\na: ! 1\nb: !\nc: ! true\n")
                                      << QStringLiteral("{\"a\":1,\"b\":null,\"c\":true}");
    QTest::newRow("empty explicit key") << QByteArray("---\n?\n: 1\n") << QStringLiteral("{\"\":1}");
    QTest::newRow("only the first document") << QByteArray("---\na: 1\n--- b: c: d\n") << QStringLiteral("{\"a\":1}");
    QTest::newRow("collection keys as Ruby shows them")
        << QByteArray("---\n? [a, b]\n: c\n? {a: 1}\n: 2\n")
        << QStringLiteral("{\"[\\\"a\\\", \\\"b\\\"]\":\"c\",\"{\\\"a\\\"=>1}\":2}");
    QTest::newRow("date and control character in a collection key")
        << QByteArray("---\n? [2023-05-25, 1.5, \"t\\x01\"]\n: x\n")
        << QStringLiteral("{\"[#<Date: 2023-05-25 ((2460090j,0s,0n),+0s,2299161j)>, 1.5, \\\"t\\\\u0001\\\"]\":\"x\"}");
    QTest::newRow("anchor redefined inside its collection")
        << QByteArray("---\na: &x {b: &x 1}\nc: *x\n") << QStringLiteral("{\"a\":{\"b\":1},\"c\":1}");
    QTest::newRow("merge into itself") << QByteArray("---\na: &x\n  <<: *x\n  b: 1\n")
                                       << QStringLiteral("{\"a\":{\"b\":1}}");
    QTest::newRow("omap list") << QByteArray("---\na: !!omap [b: 1, c: 2]\n")
                               << QStringLiteral("{\"a\":{\"b\":1,\"c\":2}}");
    QTest::newRow("short multi-line words read line by line")
        << QByteArray("---\na: no\n\n  no\nb: ~\n\n  no\n") << QStringLiteral("{\"a\":false,\"b\":false}");
    QTest::newRow("negative zero") << QByteArray("---\na: -0.0\n") << QStringLiteral("{\"a\":-0.0}");
    QTest::newRow("lone CR is a line break")
        << QByteArray("---\na: \"p\rq\"\nb: p\r  q\rc: 1\n") << QStringLiteral("{\"a\":\"p q\",\"b\":\"p q\",\"c\":1}");
}

void TestYamlParser::values()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);

    YamlDocument document;
    Diagnostic error;
    QVERIFY2(YamlParser::parse(yaml, &document, &error), qPrintable(error.format(QStringLiteral("yaml"))));
    QCOMPARE(json(document.root), expected);
}

void TestYamlParser::positions()
{
    const QByteArray yaml = "---\ntitle: x\nchamps:\n- intitule: A\n  lien: https://example.org\n- intitule: B\n";
    YamlDocument document;
    Diagnostic error;
    QVERIFY(YamlParser::parse(yaml, &document, &error));
    const YamlValue champs = document.root.value(QStringLiteral("champs"));
    QCOMPARE(document.root.value(QStringLiteral("title")).line(), 2);
    QCOMPARE(document.root.value(QStringLiteral("title")).column(), 8);
    QCOMPARE(champs.items().size(), 2);
    QCOMPARE(champs.items().at(0).value(QStringLiteral("lien")).line(), 5);
    QCOMPARE(champs.items().at(0).value(QStringLiteral("lien")).column(), 9);
    QCOMPARE(champs.items().at(1).value(QStringLiteral("intitule")).line(), 6);
    QCOMPARE(document.root.value(QStringLiteral("title")).style(), YamlValue::Style::Plain);

    YamlDocument withEmpty;
    QVERIFY(YamlParser::parse("---\nlieu:\nadresse: x\n", &withEmpty, &error));
    QCOMPARE(withEmpty.root.value(QStringLiteral("lieu")).line(), 2);
}

void TestYamlParser::topLevelKeys()
{
    const QByteArray yaml = "---\n# a comment\ntitle: x\nlist:\n- a\n\n# between\nlast: 'q'\n";
    YamlDocument document;
    Diagnostic error;
    QVERIFY(YamlParser::parse(yaml, &document, &error));
    QVERIFY(document.blockMapping);
    QCOMPARE(document.keys.size(), 3);
    QCOMPARE(document.keys.at(0).name, QStringLiteral("title"));
    QCOMPARE(document.keys.at(0).offset, yaml.indexOf("title"));
    QCOMPARE(document.keys.at(0).line, 3);
    QCOMPARE(document.keys.at(1).offset, yaml.indexOf("list"));
    QCOMPARE(document.keys.at(2).offset, yaml.indexOf("last"));
    QCOMPARE(document.root.value(QStringLiteral("last")).style(), YamlValue::Style::SingleQuoted);
}

void TestYamlParser::explicitKeyOnItsOwnLine()
{
    const QByteArray yaml = "---\ntitle: x\n?\n  long key\n: value\nlast: y\n";
    YamlDocument document;
    Diagnostic error;
    QVERIFY(YamlParser::parse(yaml, &document, &error));
    QCOMPARE(document.keys.size(), 3);
    QCOMPARE(document.keys.at(1).name, QStringLiteral("long key"));
    QCOMPARE(document.keys.at(1).offset, yaml.indexOf("?\n"));
    QCOMPARE(document.keys.at(2).offset, yaml.indexOf("last"));
}

void TestYamlParser::flowRootHasNoKeys()
{
    YamlDocument document;
    Diagnostic error;
    QVERIFY(YamlParser::parse("---\n{a: 1, b: 2}\n", &document, &error));
    QVERIFY(!document.blockMapping);
    QVERIFY(document.keys.isEmpty());
    QCOMPARE(json(document.root), QStringLiteral("{\"a\":1,\"b\":2}"));
}

void TestYamlParser::duplicateKeysLastWins()
{
    YamlDocument document;
    Diagnostic error;
    QVERIFY(YamlParser::parse("---\ntitle: a\nlieu: b\ntitle: c\n", &document, &error));
    QCOMPARE(json(document.root), QStringLiteral("{\"title\":\"c\",\"lieu\":\"b\"}"));
    QCOMPARE(document.warnings.size(), 1);
    QCOMPARE(document.warnings.first().line, 4);
    QVERIFY(document.warnings.first().message.contains(QLatin1String("duplicate key \"title\"")));
    QCOMPARE(document.keys.size(), 3); // the text still has three keys
}

void TestYamlParser::aliasBombIsRefusedQuickly()
{
    QByteArray yaml = "---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    char previous = 'a';
    for (char name = 'b'; name <= 'j'; ++name) {
        yaml += QByteArray(1, name) + ": &" + QByteArray(1, name) + " [";
        for (int i = 0; i < 9; ++i)
            yaml += (i ? ", *" : "*") + QByteArray(1, previous);
        yaml += "]\n";
        previous = name;
    }
    YamlDocument document;
    Diagnostic error;
    QVERIFY(!YamlParser::parse(yaml, &document, &error));
    QVERIFY2(error.message.contains(QLatin1String("alias bomb")), qPrintable(error.message));
    QVERIFY(error.line > 0);
}

void TestYamlParser::recursiveAliasIsRefused()
{
    YamlDocument document;
    Diagnostic error;
    QVERIFY(!YamlParser::parse("---\na: &a\n  b: *a\n", &document, &error));
    QCOMPARE(error.line, 3);
}

QTEST_GUILESS_MAIN(TestYamlParser)
#include "tst_yamlparser.moc"
