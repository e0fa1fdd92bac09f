#include "document/eventdocument.h"
#include "testvalues.h"

#include <QTest>

using namespace EventDesk;
using TestValues::yaml;

namespace {

// An event written as Siteleaf writes them (checked against Psych).
const QByteArray eventFile = "---\n"
                             "title: 'Atelier : écrire pour le web'\n"
                             "date: 2026-03-02 10:15:00 +01:00\n"
                             "categories:\n"
                             "- Atelier\n"
                             "chapeau-text: \"Une matinée pour apprendre à écrire des pages claires, lisibles et\n"
                             "  utiles à tous. \\n\\nInscription gratuite.\"\n"
                             "event_start_date: 2026-03-12 09:30:00 +01:00\n"
                             "lieu: Salle Condorcet\n"
                             "adresse: '12 rue de la Paix, 75002 Paris '\n"
                             "champs_informations:\n"
                             "- intitule: Horaires\n"
                             "  contenu: 9h30 - 12h\n"
                             "- intitule: Inscription\n"
                             "  contenu: Obligatoire\n"
                             "  lien: https://example.org/inscription\n"
                             "---\n"
                             "\n"
                             "Le corps du texte.\n";

const QStringList schemaOrder = {
    QStringLiteral("title"),          QStringLiteral("date"),
    QStringLiteral("categories"),     QStringLiteral("tags"),
    QStringLiteral("chapeau-text"),   QStringLiteral("event_start_date"),
    QStringLiteral("event_end_date"), QStringLiteral("lieu"),
    QStringLiteral("adresse"),        QStringLiteral("champs_informations"),
};

QByteArray replaced(QByteArray bytes, const QByteArray& before, const QByteArray& after)
{
    if (bytes.count(before) != 1)
        qFatal("the fixture must hold %s once", before.constData());
    return bytes.replace(before, after);
}

} // namespace

// Surgical edits of a front matter: only the edited key's lines change, and what is written new
// is in the house style.
class TestFrontMatterEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setChangesOnlyThatKey_data();
    void setChangesOnlyThatKey();
    void removeKey_data();
    void removeKey();
    void newKeyPlacement_data();
    void newKeyPlacement();
    void unchangedItemsComeOutAsTheyWere();
    void commentsAndBlankLinesStay();
    void keptBlankLinesBelongToTheirBlock();
    void crlfStaysCrlf();
    void emptyAndMissingFrontMatter_data();
    void emptyAndMissingFrontMatter();
    void flowMappingIsRewrittenWhole();
    void duplicateKeys();
    void mergeKeysAreNotTouched();
    void refusedEdits_data();
    void refusedEdits();
    void styleDetection_data();
    void styleDetection();
    void newValuesFollowTheFileStyle();
    void reemit_data();
    void reemit();
    void setBodyKeepsTheFrontMatter();
};

void TestFrontMatterEdit::setChangesOnlyThatKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("plain") << QStringLiteral("lieu") << QByteArray("Salle 2") << QByteArray("lieu: Salle Condorcet\n")
                           << QByteArray("lieu: Salle 2\n");
    QTest::newRow("needs quotes") << QStringLiteral("title") << QByteArray("'Rencontre : l''accessibilité #2'")
                                  << QByteArray("title: 'Atelier : écrire pour le web'\n")
                                  << QByteArray("title: 'Rencontre : l''accessibilité #2'\n");
    QTest::newRow("datetime") << QStringLiteral("event_start_date") << QByteArray("2026-06-12 14:00:00 +02:00")
                              << QByteArray("event_start_date: 2026-03-12 09:30:00 +01:00\n")
                              << QByteArray("event_start_date: 2026-06-12 14:00:00 +02:00\n");
    QTest::newRow("multi-line double quoted")
        << QStringLiteral("chapeau-text") << QByteArray("Une matinée.")
        << QByteArray("chapeau-text: \"Une matinée pour apprendre à écrire des pages claires, lisibles et\n"
                      "  utiles à tous. \\n\\nInscription gratuite.\"\n")
        << QByteArray("chapeau-text: Une matinée.\n");
    QTest::newRow("list") << QStringLiteral("categories") << QByteArray("[Atelier, Formation]")
                          << QByteArray("categories:\n- Atelier\n")
                          << QByteArray("categories:\n- Atelier\n- Formation\n");
    QTest::newRow("scalar to null") << QStringLiteral("adresse") << QByteArray("~")
                                    << QByteArray("adresse: '12 rue de la Paix, 75002 Paris '\n")
                                    << QByteArray("adresse:\n");
    QTest::newRow("the last key") << QStringLiteral("champs_informations")
                                  << QByteArray("[{intitule: Accès, contenu: Libre}]")
                                  << QByteArray("champs_informations:\n- intitule: Horaires\n  contenu: 9h30 - 12h\n"
                                                "- intitule: Inscription\n  contenu: Obligatoire\n  lien: "
                                                "https://example.org/inscription\n")
                                  << QByteArray("champs_informations:\n- intitule: Accès\n  contenu: Libre\n");
}

void TestFrontMatterEdit::setChangesOnlyThatKey()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    EventDocument document = EventDocument::fromBytes(eventFile);
    QString error;
    QVERIFY2(document.setValue(key, yaml(value), schemaOrder, &error), qPrintable(error));
    QCOMPARE(document.toBytes(), replaced(eventFile, before, after));
    QVERIFY(document.frontMatter().value(key) == yaml(value));
}

void TestFrontMatterEdit::removeKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("lines");

    QTest::newRow("first") << QStringLiteral("title") << QByteArray("title: 'Atelier : écrire pour le web'\n");
    QTest::newRow("middle, several lines")
        << QStringLiteral("chapeau-text")
        << QByteArray("chapeau-text: \"Une matinée pour apprendre à écrire des pages claires, lisibles et\n"
                      "  utiles à tous. \\n\\nInscription gratuite.\"\n");
    QTest::newRow("last") << QStringLiteral("champs_informations")
                          << QByteArray("champs_informations:\n- intitule: Horaires\n  contenu: 9h30 - 12h\n"
                                        "- intitule: Inscription\n  contenu: Obligatoire\n  lien: "
                                        "https://example.org/inscription\n");
}

void TestFrontMatterEdit::removeKey()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, lines);
    EventDocument document = EventDocument::fromBytes(eventFile);
    QString error;
    QVERIFY2(document.removeKey(key, &error), qPrintable(error));
    QCOMPARE(document.toBytes(), replaced(eventFile, lines, QByteArray()));
    QVERIFY(!document.frontMatter().contains(key));
    // Removing a key the file does not have changes nothing.
    QVERIFY(document.removeKey(key, &error));
    QCOMPARE(document.toBytes(), replaced(eventFile, lines, QByteArray()));
}

void TestFrontMatterEdit::newKeyPlacement_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray file = "---\ntitle: Atelier\nlieu: Salle 2\n---\nbody\n";
    QTest::newRow("after the key before it in the order")
        << file << schemaOrder << QByteArray("---\ntitle: Atelier\nevent_end_date: x\nlieu: Salle 2\n---\nbody\n");
    QTest::newRow("at the end without an order")
        << file << QStringList() << QByteArray("---\ntitle: Atelier\nlieu: Salle 2\nevent_end_date: x\n---\nbody\n");
    QTest::newRow("at the end when the order does not name it")
        << file << QStringList{QStringLiteral("title"), QStringLiteral("lieu")}
        << QByteArray("---\ntitle: Atelier\nlieu: Salle 2\nevent_end_date: x\n---\nbody\n");
    QTest::newRow("before the first key after it in the order")
        << QByteArray("---\nlieu: Salle 2\n---\nbody\n") << schemaOrder
        << QByteArray("---\nevent_end_date: x\nlieu: Salle 2\n---\nbody\n");
    QTest::newRow("after the last key when none is ordered")
        << QByteArray("---\nautre: 1\n---\nbody\n") << schemaOrder
        << QByteArray("---\nautre: 1\nevent_end_date: x\n---\nbody\n");
    QTest::newRow("before the comments that follow the key")
        << QByteArray("---\ntitle: Atelier\n\n# Lieu\nlieu: Salle 2\n---\nbody\n") << schemaOrder
        << QByteArray("---\ntitle: Atelier\nevent_end_date: x\n\n# Lieu\nlieu: Salle 2\n---\nbody\n");
}

void TestFrontMatterEdit::newKeyPlacement()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, order);
    QFETCH(QByteArray, expected);
    EventDocument document = EventDocument::fromBytes(bytes);
    QString error;
    QVERIFY2(
        document.setValue(QStringLiteral("event_end_date"), YamlValue::fromString(QStringLiteral("x")), order, &error),
        qPrintable(error));
    QCOMPARE(document.toBytes(), expected);
}

void TestFrontMatterEdit::unchangedItemsComeOutAsTheyWere()
{
    // One item of a list of maps changes: the key's text is written anew, and the other item's
    // lines come out as they were, so the diff shows one line.
    EventDocument document = EventDocument::fromBytes(eventFile);
    YamlValue items = document.frontMatter().value(QStringLiteral("champs_informations"));
    QVector<YamlValue> list = items.items();
    QVector<YamlMapEntry> second = list.at(1).entries();
    second[1].value = YamlValue::fromString(QStringLiteral("Sur inscription"));
    list[1] = YamlValue::fromMap(second);
    QString error;
    QVERIFY2(document.setValue(QStringLiteral("champs_informations"), YamlValue::fromList(list), &error),
             qPrintable(error));
    QCOMPARE(document.toBytes(), replaced(eventFile, "  contenu: Obligatoire\n", "  contenu: Sur inscription\n"));
}

void TestFrontMatterEdit::commentsAndBlankLinesStay()
{
    const QByteArray bytes = "---\n# Fiche\ntitle: Atelier # le titre\n\n# Où\nlieu: A\n\nadresse: B\n---\nbody\n";
    EventDocument document = EventDocument::fromBytes(bytes);
    QString error;
    QVERIFY(document.setValue(QStringLiteral("lieu"), YamlValue::fromString(QStringLiteral("Salle 2")), &error));
    QCOMPARE(document.toBytes(),
             QByteArray("---\n# Fiche\ntitle: Atelier # le titre\n\n# Où\nlieu: Salle 2\n\n"
                        "adresse: B\n---\nbody\n"));
    QVERIFY(document.removeKey(QStringLiteral("title"), &error));
    QCOMPARE(document.toBytes(), QByteArray("---\n# Fiche\n\n# Où\nlieu: Salle 2\n\nadresse: B\n---\nbody\n"));
}

void TestFrontMatterEdit::keptBlankLinesBelongToTheirBlock()
{
    // `|+` keeps its trailing blank lines: they are part of the value; after `|` they are not.
    const QByteArray bytes = "---\nkeep: |+\n  a\n\n\nclip: |\n  b\n\n\nlieu: A\n---\n";
    EventDocument document = EventDocument::fromBytes(bytes);
    QString error;
    QVERIFY(document.setValue(QStringLiteral("keep"), YamlValue::fromString(QStringLiteral("c")), &error));
    QCOMPARE(document.toBytes(), QByteArray("---\nkeep: c\nclip: |\n  b\n\n\nlieu: A\n---\n"));
    QVERIFY(document.setValue(QStringLiteral("clip"), YamlValue::fromString(QStringLiteral("d")), &error));
    QCOMPARE(document.toBytes(), QByteArray("---\nkeep: c\nclip: d\n\n\nlieu: A\n---\n"));
}

void TestFrontMatterEdit::crlfStaysCrlf()
{
    QByteArray crlf = eventFile;
    crlf.replace("\n", "\r\n");
    EventDocument document = EventDocument::fromBytes(crlf);
    QCOMPARE(document.style().lineBreak, QByteArray("\r\n"));
    QString error;
    QVERIFY(document.setValue(QStringLiteral("lieu"), YamlValue::fromString(QStringLiteral("Salle 2")), &error));
    QVERIFY(document.setValue(QStringLiteral("tags"), yaml("[Numérique, Accessibilité]"), schemaOrder, &error));
    QVERIFY(document.setValue(QStringLiteral("adresse"), YamlValue::fromString(QStringLiteral("Ligne 1\nLigne 2")),
                              &error));
    QByteArray expected = replaced(eventFile, "lieu: Salle Condorcet\n", "lieu: Salle 2\n");
    expected = replaced(expected, "- Atelier\n", "- Atelier\ntags:\n- Numérique\n- Accessibilité\n");
    expected =
        replaced(expected, "adresse: '12 rue de la Paix, 75002 Paris '\n", "adresse: |-\n  Ligne 1\n  Ligne 2\n");
    expected.replace("\n", "\r\n");
    QCOMPARE(document.toBytes(), expected);
    QCOMPARE(document.lineEnding(), EventDocument::LineEnding::CrLf);
}

void TestFrontMatterEdit::emptyAndMissingFrontMatter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray("---\n---\nbody\n") << QByteArray("---\ntitle: Atelier\n---\nbody\n");
    QTest::newRow("only comments") << QByteArray("---\n# à remplir\n---\nbody\n")
                                   << QByteArray("---\n# à remplir\ntitle: Atelier\n---\nbody\n");
    QTest::newRow("none") << QByteArray("# Titre\n\nbody\n")
                          << QByteArray("---\ntitle: Atelier\n---\n# Titre\n\nbody\n");
    QTest::newRow("none, crlf") << QByteArray("body\r\n") << QByteArray("---\r\ntitle: Atelier\r\n---\r\nbody\r\n");
    QTest::newRow("empty file") << QByteArray() << QByteArray("---\ntitle: Atelier\n---\n");
}

void TestFrontMatterEdit::emptyAndMissingFrontMatter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    EventDocument document = EventDocument::fromBytes(bytes);
    QString error;
    QVERIFY2(document.setValue(QStringLiteral("title"), YamlValue::fromString(QStringLiteral("Atelier")), &error),
             qPrintable(error));
    QCOMPARE(document.toBytes(), expected);
    QVERIFY(document.hasFrontMatter());
    // And removing the only key leaves an empty front matter, not a broken one.
    QVERIFY(document.removeKey(QStringLiteral("title"), &error));
    QVERIFY(document.frontMatter().entries().isEmpty());
    QCOMPARE(document.status(), EventDocument::Status::Ok);
}

void TestFrontMatterEdit::flowMappingIsRewrittenWhole()
{
    EventDocument document = EventDocument::fromBytes("---\n{title: Atelier, lieu: A}\n---\nbody\n");
    QString error;
    QVERIFY(document.setValue(QStringLiteral("lieu"), YamlValue::fromString(QStringLiteral("B")), &error));
    QCOMPARE(document.toBytes(), QByteArray("---\ntitle: Atelier\nlieu: B\n---\nbody\n"));
}

void TestFrontMatterEdit::duplicateKeys()
{
    // Jekyll uses the last value: set replaces it; remove takes every occurrence.
    const QByteArray bytes = "---\nlieu: A\ntitle: T\nlieu: B\n---\n";
    EventDocument document = EventDocument::fromBytes(bytes);
    QString error;
    QVERIFY(document.setValue(QStringLiteral("lieu"), YamlValue::fromString(QStringLiteral("C")), &error));
    QCOMPARE(document.toBytes(), QByteArray("---\nlieu: A\ntitle: T\nlieu: C\n---\n"));
    QVERIFY(document.removeKey(QStringLiteral("lieu"), &error));
    QCOMPARE(document.toBytes(), QByteArray("---\ntitle: T\n---\n"));
}

void TestFrontMatterEdit::mergeKeysAreNotTouched()
{
    const QByteArray bytes = "---\nbase: &base\n  lieu: A\n<<: *base\ntitle: T\n---\n";
    EventDocument document = EventDocument::fromBytes(bytes);
    QCOMPARE(document.frontMatter().value(QStringLiteral("lieu")).toString(), QStringLiteral("A"));
    QString error;
    QVERIFY(!document.removeKey(QStringLiteral("lieu"), &error));
    QVERIFY2(error.contains(QLatin1String("merge key")), qPrintable(error));
    QVERIFY(!document.setValue(QStringLiteral("<<"), YamlValue::fromString(QStringLiteral("x")), &error));
    QCOMPARE(document.toBytes(), bytes);
    // Setting the key adds it after the merge, where it takes over.
    QVERIFY2(document.setValue(QStringLiteral("lieu"), YamlValue::fromString(QStringLiteral("B")), &error),
             qPrintable(error));
    QCOMPARE(document.toBytes(), QByteArray("---\nbase: &base\n  lieu: A\n<<: *base\ntitle: T\nlieu: B\n---\n"));
}

void TestFrontMatterEdit::refusedEdits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("syntax error") << QByteArray("---\ntitle: \"Atelier\nlieu: A\n---\n")
                                  << QStringLiteral("does not parse (line 2, column 8");
    QTest::newRow("not text") << QByteArray("---\ntitle: \xFF\n---\n") << QStringLiteral("was not read");
}

void TestFrontMatterEdit::refusedEdits()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    EventDocument document = EventDocument::fromBytes(bytes);
    QString error;
    QVERIFY(!document.setValue(QStringLiteral("lieu"), YamlValue::fromString(QStringLiteral("B")), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    error.clear();
    QVERIFY(!document.removeKey(QStringLiteral("lieu"), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    if (document.status() == EventDocument::Status::FrontMatterError)
        QCOMPARE(document.toBytes(), bytes);
}

void TestFrontMatterEdit::styleDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("emptyValueSpace");
    QTest::addColumn<bool>("closingQuoteAtLineStart");

    QTest::newRow("no evidence: current libyaml") << eventFile << false << false;
    QTest::newRow("empty value with a space")
        << QByteArray("---\ntitle: T\nchamps:\n- intitule: \n  contenu: x\n---\n") << true << false;
    QTest::newRow("empty value without a space") << QByteArray("---\ntitle: T\nlieu:\n---\n") << false << false;
    QTest::newRow("closing quote at line start")
        << QByteArray("---\nadresse: '42 avenue des Gobelins\n\n'\n---\n") << false << true;
    QTest::newRow("closing quote indented")
        << QByteArray("---\nadresse: '42 avenue des Gobelins\n\n  '\n---\n") << false << false;
    QTest::newRow("both old facts") << QByteArray("---\nlien: \nadresse: 'Paris\n\n'\n---\n") << true << true;
    QTest::newRow("the majority wins") << QByteArray("---\na: \nb: \nc:\n---\n") << true << false;
}

void TestFrontMatterEdit::styleDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, emptyValueSpace);
    QFETCH(bool, closingQuoteAtLineStart);
    const EventDocument document = EventDocument::fromBytes(bytes);
    QCOMPARE(document.status(), EventDocument::Status::Ok);
    QCOMPARE(document.style().emptyValueSpace, emptyValueSpace);
    QCOMPARE(document.style().closingQuoteAtLineStart, closingQuoteAtLineStart);
    QCOMPARE(document.style().lineBreak, QByteArray("\n"));
}

void TestFrontMatterEdit::newValuesFollowTheFileStyle()
{
    EventDocument document = EventDocument::fromBytes("---\ntitle: T\nlien: \n---\n");
    QString error;
    QVERIFY(document.setValue(QStringLiteral("champs"), yaml("[{intitule: Horaires, lien: }]"), &error));
    QCOMPARE(document.toBytes(), QByteArray("---\ntitle: T\nlien: \nchamps:\n- intitule: Horaires\n  lien: \n---\n"));
}

void TestFrontMatterEdit::reemit_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("house style comes back") << eventFile << eventFile;
    QTest::newRow("old style comes back") << QByteArray("---\nlien: \nadresse: 'Paris\n\n'\n---\nbody")
                                          << QByteArray("---\nlien: \nadresse: 'Paris\n\n'\n---\nbody");
    QTest::newRow("other writers' text is rewritten")
        << QByteArray(
               "---  \n# note\ntitle:   \"Atelier\"\ncategories: [A, B]\nlong: Le programme 10% est une collaboration "
               "entre la DINUM et les administrations partenaires\n...\n\nbody\n")
        << QByteArray(
               "---  \ntitle: Atelier\ncategories:\n- A\n- B\nlong: Le programme 10% est une collaboration entre "
               "la DINUM et les administrations\n  partenaires\n...\n\nbody\n");
    QTest::newRow("no front matter") << QByteArray("body\n") << QByteArray("body\n");
    QTest::newRow("crlf") << QByteArray("---\r\ntitle: [x]\r\n---\r\nbody\r\n")
                          << QByteArray("---\r\ntitle:\r\n- x\r\n---\r\nbody\r\n");
}

void TestFrontMatterEdit::reemit()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    const EventDocument document = EventDocument::fromBytes(bytes);
    QCOMPARE(document.reemittedBytes(), expected);
}

void TestFrontMatterEdit::setBodyKeepsTheFrontMatter()
{
    const QByteArray front = "---\r\ntitle:  'Atelier'   # kept\r\n---\r\n";
    EventDocument document = EventDocument::fromBytes(front + "Old body\r\n");
    QString error;
    QVERIFY2(document.setBody(QStringLiteral("New\nbody\n"), &error), qPrintable(error));
    QCOMPARE(document.toBytes(), front + "New\r\nbody\r\n");
    QCOMPARE(document.body(), QStringLiteral("New\r\nbody\r\n"));

    EventDocument plain = EventDocument::fromBytes("No front matter");
    QVERIFY(plain.setBody(QStringLiteral("Still none\n"), &error));
    QCOMPARE(plain.toBytes(), QByteArray("Still none\n"));

    EventDocument broken = EventDocument::fromBytes("---\ntitle: [\n---\nBody\n");
    QVERIFY(!broken.setBody(QStringLiteral("x"), &error));
    QVERIFY(error.contains(QStringLiteral("does not parse")));
    QCOMPARE(broken.toBytes(), QByteArray("---\ntitle: [\n---\nBody\n"));
}

QTEST_GUILESS_MAIN(TestFrontMatterEdit)
#include "tst_frontmatteredit.moc"
