#include "document/yamlparser.h"
#include "document/yamlwriter.h"

#include <QTest>

using namespace EventDesk;

// The writer's output for each rule of the house style, as Ruby's Psych (libyaml's emitter)
// writes the same value: the expected texts were checked against Psych 4.0.3 with libyaml 0.2.5.
class TestYamlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data();
    void strings();
    void values_data();
    void values();
    void emptyValueSpace_data();
    void emptyValueSpace();
    void closingQuote_data();
    void closingQuote();
    void crlfLineBreaks();
    void mappingWritesEveryEntry();
    void percentEncodedPath_data();
    void percentEncodedPath();

private:
    static YamlValue map(std::initializer_list<std::pair<const char*, YamlValue>> entries)
    {
        QVector<YamlMapEntry> list;
        for (const auto& entry : entries)
            list.append(YamlMapEntry{YamlValue::fromString(QString::fromUtf8(entry.first)), entry.second});
        return YamlValue::fromMap(list);
    }
    static YamlValue list(std::initializer_list<YamlValue> items)
    {
        return YamlValue::fromList(QVector<YamlValue>(items));
    }
    static YamlValue text(const char* value) { return YamlValue::fromString(QString::fromUtf8(value)); }
    static YamlDateTime
    dateTime(int year, int month, int day, int hour, int minute, int offsetMinutes, bool utc = false)
    {
        YamlDateTime t;
        t.offsetSeconds = offsetMinutes * 60;
        t.epochSeconds = (daysFromCivil(year, month, day) * 86400) + hour * 3600 + minute * 60 - t.offsetSeconds;
        t.zone = utc ? YamlDateTime::Zone::Utc : YamlDateTime::Zone::Offset;
        return t;
    }
    // What the writer wrote must read back as the value it was given.
    static void verifyReadsBack(const QByteArray& yaml, const YamlValue& key, const YamlValue& value)
    {
        YamlDocument document;
        Diagnostic error;
        QVERIFY2(YamlParser::parse(yaml, &document, &error), qPrintable(error.format(QStringLiteral("written"))));
        QCOMPARE(document.root.entries().size(), 1);
        QVERIFY(document.root.entries().first().key == key);
        QVERIFY2(document.root.entries().first().value == value, yaml.constData());
    }
};

void TestYamlWriter::strings_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringLiteral("Atelier numérique") << QByteArray("k: Atelier numérique\n");
    QTest::newRow("colon space") << QStringLiteral("Programme 10% : webinaire")
                                 << QByteArray("k: 'Programme 10% : webinaire'\n");
    QTest::newRow("colon at end") << QStringLiteral("Inscription:") << QByteArray("k: 'Inscription:'\n");
    QTest::newRow("space hash") << QStringLiteral("Salle #2") << QByteArray("k: 'Salle #2'\n");
    QTest::newRow("hash without space") << QStringLiteral("C#") << QByteArray("k: C#\n");
    QTest::newRow("leading space") << QStringLiteral(" Paris") << QByteArray("k: \" Paris\"\n");
    QTest::newRow("trailing space") << QStringLiteral("20 avenue de Ségur, 75007 Paris ")
                                    << QByteArray("k: '20 avenue de Ségur, 75007 Paris '\n");
    QTest::newRow("apostrophe doubled") << QStringLiteral("Programme : l'accessibilité")
                                        << QByteArray("k: 'Programme : l''accessibilité'\n");
    QTest::newRow("true") << QStringLiteral("true") << QByteArray("k: 'true'\n");
    QTest::newRow("yes") << QStringLiteral("yes") << QByteArray("k: 'yes'\n");
    QTest::newRow("Off") << QStringLiteral("Off") << QByteArray("k: 'Off'\n");
    QTest::newRow("null word") << QStringLiteral("null") << QByteArray("k: 'null'\n");
    QTest::newRow("tilde") << QStringLiteral("~") << QByteArray("k: \"~\"\n");
    QTest::newRow("empty string") << QStringLiteral("") << QByteArray("k: ''\n");
    QTest::newRow("date") << QStringLiteral("2023-01-31") << QByteArray("k: '2023-01-31'\n");
    QTest::newRow("datetime") << QStringLiteral("2023-01-31 16:30:00 +01:00")
                              << QByteArray("k: '2023-01-31 16:30:00 +01:00'\n");
    QTest::newRow("octal") << QStringLiteral("010") << QByteArray("k: '010'\n");
    QTest::newRow("octal lookalike") << QStringLiteral("08") << QByteArray("k: '08'\n");
    QTest::newRow("underscore number") << QStringLiteral("1_000") << QByteArray("k: '1_000'\n");
    QTest::newRow("float") << QStringLiteral("1.5") << QByteArray("k: '1.5'\n");
    QTest::newRow("sexagesimal") << QStringLiteral("12:30") << QByteArray("k: '12:30'\n");
    QTest::newRow("y") << QStringLiteral("y") << QByteArray("k: \"y\"\n");
    QTest::newRow("n") << QStringLiteral("n") << QByteArray("k: \"n\"\n");
    QTest::newRow("guillemet start") << QStringLiteral("« Numérique » en région")
                                     << QByteArray("k: \"« Numérique » en région\"\n");
    QTest::newRow("typographic apostrophe start") << QStringLiteral("’Tis") << QByteArray("k: \"’Tis\"\n");
    QTest::newRow("upload path") << QStringLiteral("/uploads/Visuel_caf%C3%A9.jpg")
                                 << QByteArray("k: \"/uploads/Visuel_caf%C3%A9.jpg\"\n");
    QTest::newRow("dash space") << QStringLiteral("- item") << QByteArray("k: \"- item\"\n");
    QTest::newRow("dash word") << QStringLiteral("-item") << QByteArray("k: \"-item\"\n");
    QTest::newRow("question") << QStringLiteral("? why") << QByteArray("k: \"? why\"\n");
    QTest::newRow("bracket") << QStringLiteral("[draft] Atelier") << QByteArray("k: \"[draft] Atelier\"\n");
    QTest::newRow("quote start with quote inside")
        << QStringLiteral("\"Numérique\" pour tous") << QByteArray("k: '\"Numérique\" pour tous'\n");
    QTest::newRow("url") << QStringLiteral("https://www.eventbrite.fr/e/billets-atelier?aff=site#tickets")
                         << QByteArray("k: https://www.eventbrite.fr/e/billets-atelier?aff=site#tickets\n");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QByteArray("k: \"a\\tb\"\n");
    QTest::newRow("emoji") << QStringLiteral("Fête 🎉") << QByteArray("k: \"Fête \\U0001F389\"\n");
    QTest::newRow("bell") << QStringLiteral("a\x07") << QByteArray("k: \"a\\a\"\n");
    QTest::newRow("nbsp inside") << QStringLiteral("16\u00a0h\u00a030") << QByteArray("k: 16\u00a0h\u00a030\n");
    QTest::newRow("narrow nbsp before colon")
        << QStringLiteral("Programme\u202f: atelier") << QByteArray("k: 'Programme\u202f: atelier'\n");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QByteArray("k: 'a\u2028  b'\n");
    QTest::newRow("merge key text") << QStringLiteral("<<") << QByteArray("k: !!str '<<'\n");
    QTest::newRow("document marker") << QStringLiteral("---") << QByteArray("k: \"---\"\n");
    QTest::newRow("ellipsis start") << QStringLiteral("...") << QByteArray("k: \"...\"\n");
    QTest::newRow("literal") << QStringLiteral("Ligne 1\nLigne 2") << QByteArray("k: |-\n  Ligne 1\n  Ligne 2\n");
    QTest::newRow("literal clip") << QStringLiteral("Ligne 1\nLigne 2\n") << QByteArray("k: |\n  Ligne 1\n  Ligne 2\n");
    QTest::newRow("literal keep") << QStringLiteral("Ligne 1\nLigne 2\n\n")
                                  << QByteArray("k: |+\n  Ligne 1\n  Ligne 2\n\n");
    QTest::newRow("literal leading space")
        << QStringLiteral(" Ligne 1\nLigne 2") << QByteArray("k: |2-\n   Ligne 1\n  Ligne 2\n");
    QTest::newRow("literal blank line") << QStringLiteral("Paragraphe 1\n\nParagraphe 2")
                                        << QByteArray("k: |-\n  Paragraphe 1\n\n  Paragraphe 2\n");
    QTest::newRow("literal break space") << QStringLiteral("Ligne 1\n  indentée")
                                         << QByteArray("k: |-\n  Ligne 1\n    indentée\n");
    QTest::newRow("space before break") << QStringLiteral("Ligne 1 \nLigne 2")
                                        << QByteArray("k: \"Ligne 1 \\nLigne 2\"\n");
    QTest::newRow("trailing space multi-line")
        << QStringLiteral("Ligne 1\nLigne 2 ") << QByteArray("k: \"Ligne 1\\nLigne 2 \"\n");
    QTest::newRow("single trailing break")
        << QStringLiteral("42 avenue des Gobelins\n") << QByteArray("k: '42 avenue des Gobelins\n\n  '\n");
    QTest::newRow("two trailing breaks") << QStringLiteral("Texte\n\n") << QByteArray("k: \"Texte\\n\\n\"\n");
    QTest::newRow("fold plain") << QStringLiteral("Le programme 10% est une collaboration entre la DINUM et les "
                                                  "administrations partenaires pour valoriser les données publiques")
                                << QByteArray("k: Le programme 10% est une collaboration entre la DINUM et les "
                                              "administrations partenaires\n  pour valoriser les données publiques\n");
    QTest::newRow("fold accented boundary")
        << QStringLiteral("éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé fin suite")
        << QByteArray("k: éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé fin\n  suite\n");
    QTest::newRow("fold at column 80")
        << QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b c d")
        << QByteArray("k: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b\n  c d\n");
    QTest::newRow("fold at column 81")
        << QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b c")
        << QByteArray("k: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n  b c\n");
    QTest::newRow("fold typographic")
        << QStringLiteral(
               "l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’ « x » mot mot mot mot mot")
        << QByteArray("k: l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’ «\n  x » mot "
                      "mot mot mot mot\n");
    QTest::newRow("fold single quoted") << QStringLiteral("Atelier : Atelier : Atelier : Atelier : Atelier : Atelier : "
                                                          "Atelier : Atelier : Atelier : Atelier : Atelier : Atelier :")
                                        << QByteArray(
                                               "k: 'Atelier : Atelier : Atelier : Atelier : Atelier : Atelier : "
                                               "Atelier : Atelier\n  : Atelier : Atelier : Atelier : Atelier :'\n");
    QTest::newRow("fold double quoted")
        << QStringLiteral("« mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot "
                          "mot mot mot mot mot mot mot mot »")
        << QByteArray("k: \"« mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot\n  mot mot "
                      "mot mot mot mot mot mot mot mot mot »\"\n");
    QTest::newRow("fold double quoted double space")
        << QStringLiteral("« aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  b c »")
        << QByteArray(
               "k: \"« aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n  \\ b c »\"\n");
    QTest::newRow("two spaces no fold")
        << QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  b c")
        << QByteArray("k: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  b\n  c\n");
}

void TestYamlWriter::strings()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    const QByteArray written = YamlWriter::entry(QStringLiteral("k"), YamlValue::fromString(value));
    QCOMPARE(written, expected);
    verifyReadsBack(written, text("k"), YamlValue::fromString(value));
}

void TestYamlWriter::values_data()
{
    QTest::addColumn<YamlValue>("key");
    QTest::addColumn<YamlValue>("value");
    QTest::addColumn<QByteArray>("expected");

    const YamlValue k = text("k");
    QTest::newRow("null") << k << YamlValue() << QByteArray("k:\n");
    QTest::newRow("bool") << k << YamlValue::fromBool(true) << QByteArray("k: true\n");
    QTest::newRow("integer") << k << YamlValue::fromInteger(-42) << QByteArray("k: -42\n");
    QTest::newRow("big integer") << k << YamlValue::fromBigInteger(QStringLiteral("123456789012345678901234567890"))
                                 << QByteArray("k: 123456789012345678901234567890\n");
    QTest::newRow("float") << k << YamlValue::fromFloat(1.5) << QByteArray("k: 1.5\n");
    QTest::newRow("float exponent") << k << YamlValue::fromFloat(1e20) << QByteArray("k: 1.0e+20\n");
    QTest::newRow("float whole") << k << YamlValue::fromFloat(100000.0) << QByteArray("k: 100000.0\n");
    QTest::newRow("infinity") << k << YamlValue::fromFloat(-qInf()) << QByteArray("k: -.inf\n");
    QTest::newRow("date") << k << YamlValue::fromDate(YamlDate{2023, 1, 31}) << QByteArray("k: 2023-01-31\n");
    QTest::newRow("julian date") << k << YamlValue::fromDate(YamlDate{1000, 1, 1}) << QByteArray("k: 1000-01-01\n");
    QTest::newRow("datetime winter") << k << YamlValue::fromDateTime(dateTime(2023, 1, 31, 16, 30, 60))
                                     << QByteArray("k: 2023-01-31 16:30:00 +01:00\n");
    QTest::newRow("datetime summer") << k << YamlValue::fromDateTime(dateTime(2023, 6, 13, 9, 0, 120))
                                     << QByteArray("k: 2023-06-13 09:00:00 +02:00\n");
    QTest::newRow("datetime west") << k << YamlValue::fromDateTime(dateTime(2023, 6, 13, 9, 0, -300))
                                   << QByteArray("k: 2023-06-13 09:00:00 -05:00\n");
    QTest::newRow("datetime utc") << k << YamlValue::fromDateTime(dateTime(2018, 7, 2, 0, 0, 0, true))
                                  << QByteArray("k: 2018-07-02 00:00:00 Z\n");
    YamlDateTime fraction = dateTime(2023, 1, 31, 16, 30, 60);
    fraction.microseconds = 250000;
    QTest::newRow("datetime fraction") << k << YamlValue::fromDateTime(fraction)
                                       << QByteArray("k: 2023-01-31 16:30:00.25 +01:00\n");
    YamlDateTime local;
    local.zone = YamlDateTime::Zone::Local;
    local.epochSeconds = daysFromCivil(2023, 1, 31) * 86400 + 16 * 3600 + 30 * 60; // the wall-clock time
    local.offsetSeconds = 0; // the tests run with TZ=UTC, as the parser would see it
    QTest::newRow("datetime without zone")
        << k << YamlValue::fromDateTime(local) << QByteArray("k: 2023-01-31 16:30:00\n");
    QTest::newRow("empty list") << k << list({}) << QByteArray("k: []\n");
    QTest::newRow("empty map") << k << YamlValue::fromMap({}) << QByteArray("k: {}\n");
    QTest::newRow("list at the key's column")
        << text("categories") << list({text("Webinaire d'information"), text("Atelier")})
        << QByteArray("categories:\n- Webinaire d'information\n- Atelier\n");
    QTest::newRow("list of maps")
        << text("champs_informations")
        << list({map({{"intitule", text("Horaires")}, {"contenu", text("16h30 - 17h30")}}),
                 map({{"intitule", text("Modalités")},
                      {"contenu", text("Inscriptions obligatoires")},
                      {"lien", text("https://www.eventbrite.fr/e/billets-atelier-numerique-123456789")}})})
        << QByteArray("champs_informations:\n- intitule: Horaires\n  contenu: 16h30 - 17h30\n- intitule: Modalités\n  "
                      "contenu: Inscriptions obligatoires\n  lien: "
                      "https://www.eventbrite.fr/e/billets-atelier-numerique-123456789\n");
    QTest::newRow("lists of maps in lists of maps")
        << text("acces")
        << list({map({{"type", text("Métro")},
                      {"lignes", list({map({{"nom", text("10")}}), map({{"nom", text("13")}})})}}),
                 map({{"type", text("Bus")}, {"lignes", list({})}})})
        << QByteArray("acces:\n- type: Métro\n  lignes:\n  - nom: '10'\n  - nom: '13'\n- type: Bus\n  lignes: []\n");
    QTest::newRow("list of lists") << k << list({list({text("a"), text("b")}), list({})})
                                   << QByteArray("k:\n- - a\n  - b\n- []\n");
    QTest::newRow("map in map") << k << map({{"a", YamlValue::fromInteger(1)}, {"b", map({{"c", YamlValue()}})}})
                                << QByteArray("k:\n  a: 1\n  b:\n    c:\n");
    QTest::newRow("nulls in a list") << k
                                     << list({YamlValue(), map({{"intitule", YamlValue()}, {"contenu", text("x")}})})
                                     << QByteArray("k:\n-\n- intitule:\n  contenu: x\n");
    QTest::newRow("folding in a list of maps")
        << k
        << list({map({{"contenu",
                       text("Le programme 10% est une collaboration entre la DINUM et les administrations "
                            "partenaires pour valoriser")}})})
        << QByteArray(
               "k:\n- contenu: Le programme 10% est une collaboration entre la DINUM et les administrations\n    "
               "partenaires pour valoriser\n");
    QTest::newRow("literal in a list") << k << list({text("a\nb")}) << QByteArray("k:\n- |-\n  a\n  b\n");
    QTest::newRow("key too long to be simple") << YamlValue::fromString(QString(130, QLatin1Char('k'))) << text("v")
                                               << (QByteArray("? ") + QByteArray(130, 'k') + QByteArray("\n: v\n"));
    QTest::newRow("null key") << YamlValue() << YamlValue::fromInteger(1) << QByteArray("! '': 1\n");
    QTest::newRow("integer key") << YamlValue::fromInteger(2023) << text("année") << QByteArray("2023: année\n");
}

void TestYamlWriter::values()
{
    QFETCH(YamlValue, key);
    QFETCH(YamlValue, value);
    QFETCH(QByteArray, expected);
    const QByteArray written = YamlWriter::entry(key, value);
    QCOMPARE(written, expected);
    verifyReadsBack(written, key, value);
}

void TestYamlWriter::emptyValueSpace_data()
{
    QTest::addColumn<YamlValue>("value");
    QTest::addColumn<QByteArray>("withSpace");
    QTest::addColumn<QByteArray>("withoutSpace");

    QTest::newRow("key") << YamlValue() << QByteArray("k: \n") << QByteArray("k:\n");
    QTest::newRow("list item") << list({YamlValue(), text("a")}) << QByteArray("k:\n- \n- a\n")
                               << QByteArray("k:\n-\n- a\n");
    QTest::newRow("map in a list") << list(
        {map({{"intitule", YamlValue()}, {"contenu", YamlValue()}, {"lien", text("https://example.org")}})})
                                   << QByteArray("k:\n- intitule: \n  contenu: \n  lien: https://example.org\n")
                                   << QByteArray("k:\n- intitule:\n  contenu:\n  lien: https://example.org\n");
    QTest::newRow("empty string is quoted either way") << text("") << QByteArray("k: ''\n") << QByteArray("k: ''\n");
}

void TestYamlWriter::emptyValueSpace()
{
    QFETCH(YamlValue, value);
    QFETCH(QByteArray, withSpace);
    QFETCH(QByteArray, withoutSpace);
    YamlStyle style;
    QCOMPARE(YamlWriter::entry(QStringLiteral("k"), value, style), withoutSpace);
    style.emptyValueSpace = true;
    QCOMPARE(YamlWriter::entry(QStringLiteral("k"), value, style), withSpace);
    verifyReadsBack(withSpace, text("k"), value);
}

void TestYamlWriter::closingQuote_data()
{
    QTest::addColumn<YamlValue>("value");
    QTest::addColumn<QByteArray>("atLineStart");
    QTest::addColumn<QByteArray>("indented");

    QTest::newRow("top level") << text("42 avenue des Gobelins, 75013 Paris\n")
                               << QByteArray("k: '42 avenue des Gobelins, 75013 Paris\n\n'\n")
                               << QByteArray("k: '42 avenue des Gobelins, 75013 Paris\n\n  '\n");
    QTest::newRow("in a list of maps") << list({map({{"contenu", text("Inscription\n")}})})
                                       << QByteArray("k:\n- contenu: 'Inscription\n\n'\n")
                                       << QByteArray("k:\n- contenu: 'Inscription\n\n    '\n");
    QTest::newRow("without a final break")
        << text("Salle : 2") << QByteArray("k: 'Salle : 2'\n") << QByteArray("k: 'Salle : 2'\n");
}

void TestYamlWriter::closingQuote()
{
    QFETCH(YamlValue, value);
    QFETCH(QByteArray, atLineStart);
    QFETCH(QByteArray, indented);
    YamlStyle style;
    QCOMPARE(YamlWriter::entry(QStringLiteral("k"), value, style), indented);
    style.closingQuoteAtLineStart = true;
    QCOMPARE(YamlWriter::entry(QStringLiteral("k"), value, style), atLineStart);
    verifyReadsBack(atLineStart, text("k"), value);
    verifyReadsBack(indented, text("k"), value);
}

void TestYamlWriter::crlfLineBreaks()
{
    YamlStyle style;
    style.lineBreak = "\r\n";
    QCOMPARE(YamlWriter::entry(QStringLiteral("k"), text("Ligne 1\n\nLigne 2"), style),
             QByteArray("k: |-\r\n  Ligne 1\r\n\r\n  Ligne 2\r\n"));
    QCOMPARE(YamlWriter::entry(QStringLiteral("k"), list({text("a"), text("Adresse\n")}), style),
             QByteArray("k:\r\n- a\r\n- 'Adresse\r\n\r\n  '\r\n"));
    const QByteArray folded = YamlWriter::entry(
        QStringLiteral("k"),
        text("Le programme 10% est une collaboration entre la DINUM et les administrations partenaires pour tous"),
        style);
    QCOMPARE(folded,
             QByteArray("k: Le programme 10% est une collaboration entre la DINUM et les administrations "
                        "partenaires\r\n  pour tous\r\n"));
}

void TestYamlWriter::mappingWritesEveryEntry()
{
    const YamlValue data = map({{"title", text("Atelier : accessibilité")},
                                {"date", YamlValue::fromDateTime(dateTime(2023, 1, 26, 15, 31, 60))},
                                {"categories", list({text("Atelier")})},
                                {"lieu", YamlValue()}});
    QCOMPARE(YamlWriter::mapping(data),
             QByteArray("title: 'Atelier : accessibilité'\ndate: 2023-01-26 15:31:00 +01:00\n"
                        "categories:\n- Atelier\nlieu:\n"));
    QCOMPARE(YamlWriter::mapping(YamlValue::fromMap({})), QByteArray());
}

void TestYamlWriter::percentEncodedPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    // Checked against Ruby's URI::DEFAULT_PARSER.escape.
    QTest::newRow("plain") << QStringLiteral("/uploads/atelier-2023.png")
                           << QStringLiteral("/uploads/atelier-2023.png");
    QTest::newRow("spaces and apostrophe")
        << QStringLiteral("/uploads/6_evaluer l'accessibilite site (v2)#1%.png")
        << QStringLiteral("/uploads/6_evaluer%20l'accessibilite%20site%20(v2)%231%25.png");
    QTest::newRow("accents and guillemets") << QStringLiteral("/uploads/Visuel_café «x».jpg")
                                            << QStringLiteral("/uploads/Visuel_caf%C3%A9%20%C2%ABx%C2%BB.jpg");
}

void TestYamlWriter::percentEncodedPath()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(YamlWriter::percentEncodedPath(path), expected);
    // And the writer quotes it as the site's files do.
    QCOMPARE(YamlWriter::entry(QStringLiteral("image"), YamlValue::fromString(expected)),
             QStringLiteral("image: \"%1\"\n").arg(expected).toUtf8());
}

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
