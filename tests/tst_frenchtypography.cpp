#include "check/frenchtypography.h"
#include "check/prosefields.h"
#include "document/eventdocument.h"
#include "site/schema.h"

#include <QTest>

using namespace EventDesk;

// French typography rules: what is fixed, and what is left alone.
class TestFrenchTypography : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fix_data();
    void fix();
    void issuesSayWhere();
    void straightApostrophesStayWhenTheSiteUsesThem();
    void proseOfTheFrontMatter();
};

namespace {

// Readable spaces in the table: _ a no-break space, ~ a narrow no-break space.
QString spaces(const char* text)
{
    QString s = QString::fromUtf8(text);
    s.replace(u'_', QChar(0x00A0));
    s.replace(u'~', QChar(0x202F));
    return s;
}

} // namespace

void TestFrenchTypography::fix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain space before a question mark") << spaces("Pour qui ?") << spaces("Pour qui~?");
    QTest::newRow("no space before an exclamation mark") << spaces("Bienvenue!") << spaces("Bienvenue~!");
    QTest::newRow("semicolon") << spaces("un ; deux") << spaces("un~; deux");
    QTest::newRow("colon gets a full no-break space") << spaces("Horaires : 9 h") << spaces("Horaires_: 9_h");
    QTest::newRow("missing space before a colon") << spaces("Lieu: Paris") << spaces("Lieu_: Paris");
    QTest::newRow("already right") << spaces("Pour qui~? Lieu_: Paris") << spaces("Pour qui~? Lieu_: Paris");
    QTest::newRow("after bold") << spaces("**Inscription** : gratuite") << spaces("**Inscription**_: gratuite");
    QTest::newRow("guillemets") << spaces("« Agenda »") << spaces("«_Agenda_»");
    QTest::newRow("guillemets without spaces") << spaces("«Agenda»") << spaces("«_Agenda_»");
    QTest::newRow("hour and minutes") << spaces("à 16h30") << spaces("à 16_h_30");
    QTest::newRow("hour with plain spaces") << spaces("à 16 h 30") << spaces("à 16_h_30");
    QTest::newRow("hours only") << spaces("14h - 17h") << spaces("14_h - 17_h");
    QTest::newRow("apostrophe") << spaces("l'atelier d'été") << spaces("l’atelier d’été");
    // Left alone.
    QTest::newRow("time with a colon") << spaces("à 10:30") << spaces("à 10:30");
    QTest::newRow("URL") << spaces("voir https://exemple.fr/page?id=3!")
                         << spaces("voir https://exemple.fr/page?id=3!");
    QTest::newRow("link destination") << spaces("[le programme](/uploads/prog.pdf?v=2)")
                                      << spaces("[le programme](/uploads/prog.pdf?v=2)");
    QTest::newRow("code span") << spaces("tapez `a ? b : c`") << spaces("tapez `a ? b : c`");
    QTest::newRow("fenced code") << spaces("```\nx = a ? b : c\n```\n") << spaces("```\nx = a ? b : c\n```\n");
    QTest::newRow("HTML") << spaces("<a title=\"Qui ?\" href=\"x\">Qui ?</a>")
                          << spaces("<a title=\"Qui ?\" href=\"x\">Qui~?</a>");
    QTest::newRow("Liquid") << spaces("{% if a : b %}Oui !{% endif %}") << spaces("{% if a : b %}Oui~!{% endif %}");
    QTest::newRow("attribute list") << spaces("{: .encadre style=\"a: b\"}") << spaces("{: .encadre style=\"a: b\"}");
    QTest::newRow("email") << spaces("contact@exemple.fr") << spaces("contact@exemple.fr");
    QTest::newRow("image") << spaces("![Affiche](/uploads/a.png)") << spaces("![Affiche](/uploads/a.png)");
    QTest::newRow("ratio") << spaces("format 3:2") << spaces("format 3:2");
}

void TestFrenchTypography::fix()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(FrenchTypography::fix(text), expected);
    QCOMPARE(FrenchTypography::check(expected).size(), 0); // fixed text has nothing left
}

void TestFrenchTypography::issuesSayWhere()
{
    const QString text = QStringLiteral("Lieu : « Salle »");
    const QVector<FrenchTypography::Issue> issues = FrenchTypography::check(text);
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues.at(0).rule, QStringLiteral("space-before"));
    QCOMPARE(issues.at(0).position, 4);
    QCOMPARE(issues.at(0).length, 1);
    QCOMPARE(issues.at(0).replacement, QString(QChar(0x00A0)));
    QCOMPARE(issues.at(1).rule, QStringLiteral("guillemets"));
    QCOMPARE(issues.at(2).rule, QStringLiteral("guillemets"));
}

void TestFrenchTypography::straightApostrophesStayWhenTheSiteUsesThem()
{
    QCOMPARE(FrenchTypography::fix(QStringLiteral("l'atelier"), false), QStringLiteral("l'atelier"));
}

QTEST_GUILESS_MAIN(TestFrenchTypography)
void TestFrenchTypography::proseOfTheFrontMatter()
{
    auto field = [](const char* key, FieldType type) {
        SchemaField f;
        f.key = QLatin1String(key);
        f.type = type;
        return f;
    };
    CollectionSchema schema;
    schema.fields = {field("title", FieldType::Text), field("chapeau", FieldType::Markdown),
                     field("tags", FieldType::List),  field("lien", FieldType::Url),
                     field("image", FieldType::File), field("infos", FieldType::Group)};
    schema.fields.last().fields = {field("intitule", FieldType::Text), field("lien", FieldType::Url),
                                   field("lignes", FieldType::Group)};
    schema.fields.last().fields.last().fields = {field("nom", FieldType::Text)};
    const EventDocument document = EventDocument::fromBytes(
        "---\ntitle: \"L'atelier : agir\"\nchapeau: Venez !\ntags: [l'agenda]\nlien: /l'agenda/\n"
        "image: uploads/l'affiche.png\ninconnu: l'autre\ninfos:\n- intitule: \"Horaires :\"\n  lien: /l'info/\n"
        "- lien: /rien/\n  lignes:\n  - nom: l'arrêt\n---\nTexte.\n",
        QStringLiteral("a.markdown"));
    QVERIFY(document.status() == EventDocument::Status::Ok);

    // Only the texts people read: not lists of names, addresses, files, unknown keys.
    QStringList paths;
    for (const ProseFields::Field& prose : ProseFields::find(document.frontMatter(), schema))
        paths.append(prose.path + QLatin1Char('@') + QString::number(prose.value.line()));
    QCOMPARE(paths,
             (QStringList{QStringLiteral("title@2"), QStringLiteral("chapeau@3"), QStringLiteral("infos[0].intitule@9"),
                          QStringLiteral("infos[1].lignes[0].nom@13")}));

    auto fix = [](const QString& text) { return FrenchTypography::fix(text); };
    bool changed = false;
    QCOMPARE(ProseFields::map(QStringLiteral("title"), document.frontMatter().value(QStringLiteral("title")), schema,
                              fix, &changed)
                 .toString(),
             QStringLiteral("L’atelier\u00a0: agir"));
    QVERIFY(changed);
    for (const char* untouched : {"tags", "lien", "image", "inconnu"}) {
        changed = false;
        const YamlValue value = document.frontMatter().value(QLatin1String(untouched));
        QCOMPARE(ProseFields::map(QLatin1String(untouched), value, schema, fix, &changed), value);
        QVERIFY2(!changed, untouched);
    }
    changed = false;
    const YamlValue infos = ProseFields::map(
        QStringLiteral("infos"), document.frontMatter().value(QStringLiteral("infos")), schema, fix, &changed);
    QVERIFY(changed);
    QCOMPARE(infos.items().at(0).value(QStringLiteral("intitule")).toString(), QStringLiteral("Horaires\u00a0:"));
    QCOMPARE(infos.items().at(0).value(QStringLiteral("lien")).toString(), QStringLiteral("/l'info/"));
    // In a group of a group too.
    QCOMPARE(infos.items().at(1).value(QStringLiteral("lignes")).items().at(0).value(QStringLiteral("nom")).toString(),
             QStringLiteral("l’arrêt"));
    QCOMPARE(infos.items().at(1).value(QStringLiteral("lien")).toString(), QStringLiteral("/rien/"));
}

#include "tst_frenchtypography.moc"
