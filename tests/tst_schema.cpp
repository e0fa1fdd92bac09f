#include "site/editorsettings.h"
#include "site/schema.h"
#include "site/siteconfig.h"
#include "testvalues.h"

#include <QTest>

using namespace EventDesk;
using TestValues::yaml;

// Schemas from what a collection's files hold, its defaults and `.eventdesk.yml`.
class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topLevelRoles_data();
    void topLevelRoles();
    void subFieldRoles_data();
    void subFieldRoles();
    void types_data();
    void types();
    void referenceSiteShape();
    void englishSiteShape();
    void orderFollowsTheFiles();
    void imageWhereMostDocumentsHaveIt();
    void knownValuesByFrequency();
    void drift();
    void settingsOverride();
    void settingsErrors_data();
    void settingsErrors();
    void readableLabels_data();
    void readableLabels();
    void displayLabels_data();
    void displayLabels();

private:
    static SiteConfig config(const QByteArray& text)
    {
        SiteConfig result;
        Diagnostic error;
        if (!SiteConfig::fromYaml(text, QStringLiteral("/site"), &result, &error))
            qFatal("%s", qPrintable(error.message));
        return result;
    }
    static EditorSettings settings(const QByteArray& text)
    {
        EditorSettings result;
        Diagnostic error;
        if (!EditorSettings::fromYaml(text, &result, &error))
            qFatal("%s", qPrintable(error.message));
        return result;
    }
    static CollectionSchema schema(const QVector<QByteArray>& documents,
                                   const QByteArray& configText = "collections: [evenements]\n",
                                   const QByteArray& settingsText = QByteArray())
    {
        SchemaBuilder builder;
        for (const QByteArray& document : documents)
            builder.addDocument(yaml(document));
        return builder.build(config(configText), QStringLiteral("evenements"), settings(settingsText));
    }
};

void TestSchema::topLevelRoles_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("role");

    // The reference site's names...
    QTest::newRow("title") << QStringLiteral("title") << QStringLiteral("title");
    QTest::newRow("chapeau-text") << QStringLiteral("chapeau-text") << QStringLiteral("lead");
    QTest::newRow("date") << QStringLiteral("date") << QStringLiteral("date");
    QTest::newRow("event_start_date") << QStringLiteral("event_start_date") << QStringLiteral("start");
    QTest::newRow("event_end_date") << QStringLiteral("event_end_date") << QStringLiteral("end");
    QTest::newRow("lieu") << QStringLiteral("lieu") << QStringLiteral("place");
    QTest::newRow("adresse") << QStringLiteral("adresse") << QStringLiteral("address");
    QTest::newRow("categories") << QStringLiteral("categories") << QStringLiteral("categories");
    QTest::newRow("categorie") << QStringLiteral("categorie") << QStringLiteral("categories");
    QTest::newRow("published") << QStringLiteral("published") << QStringLiteral("published");
    QTest::newRow("tags") << QStringLiteral("tags") << QString();
    QTest::newRow("afficher_la_carte") << QStringLiteral("afficher_la_carte") << QString();
    QTest::newRow("une-ou-diaporama") << QStringLiteral("une-ou-diaporama") << QString();
    // ... and another site's.
    QTest::newRow("start_date") << QStringLiteral("start_date") << QStringLiteral("start");
    QTest::newRow("startsAt") << QStringLiteral("startsAt") << QStringLiteral("start");
    QTest::newRow("date_debut") << QStringLiteral("date_debut") << QStringLiteral("start");
    QTest::newRow("end_date") << QStringLiteral("end_date") << QStringLiteral("end");
    QTest::newRow("date-fin") << QStringLiteral("date-fin") << QStringLiteral("end");
    QTest::newRow("location") << QStringLiteral("location") << QStringLiteral("place");
    QTest::newRow("venue") << QStringLiteral("venue") << QStringLiteral("place");
    QTest::newRow("address") << QStringLiteral("address") << QStringLiteral("address");
    QTest::newRow("description") << QStringLiteral("description") << QStringLiteral("lead");
    QTest::newRow("excerpt") << QStringLiteral("excerpt") << QStringLiteral("lead");
    QTest::newRow("image") << QStringLiteral("image") << QStringLiteral("image");
    QTest::newRow("image_alt") << QStringLiteral("image_alt") << QStringLiteral("image-alt");
    QTest::newRow("caption") << QStringLiteral("caption") << QStringLiteral("image-caption");
    QTest::newRow("category") << QStringLiteral("category") << QStringLiteral("categories");
    QTest::newRow("agenda is not an end") << QStringLiteral("agenda") << QString();
    QTest::newRow("weekend is not an end") << QStringLiteral("weekend") << QString();
}

void TestSchema::topLevelRoles()
{
    QFETCH(QString, key);
    QFETCH(QString, role);
    QCOMPARE(FieldRoles::name(FieldRoles::guessTopLevel(key)), role);
}

void TestSchema::subFieldRoles_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("role");

    QTest::newRow("image") << QStringLiteral("image") << QStringLiteral("image");
    QTest::newRow("alternative-textuelle") << QStringLiteral("alternative-textuelle") << QStringLiteral("image-alt");
    QTest::newRow("alt") << QStringLiteral("alt") << QStringLiteral("image-alt");
    QTest::newRow("legende") << QStringLiteral("legende") << QStringLiteral("image-caption");
    QTest::newRow("légende") << QStringLiteral("légende") << QStringLiteral("image-caption");
    QTest::newRow("intitule") << QStringLiteral("intitule") << QStringLiteral("information-heading");
    QTest::newRow("label") << QStringLiteral("label") << QStringLiteral("information-heading");
    QTest::newRow("contenu") << QStringLiteral("contenu") << QStringLiteral("information-content");
    QTest::newRow("value") << QStringLiteral("value") << QStringLiteral("information-content");
    QTest::newRow("lien") << QStringLiteral("lien") << QStringLiteral("information-link");
    QTest::newRow("url") << QStringLiteral("url") << QStringLiteral("information-link");
    QTest::newRow("type") << QStringLiteral("type") << QString();
}

void TestSchema::subFieldRoles()
{
    QFETCH(QString, key);
    QFETCH(QString, role);
    QCOMPARE(FieldRoles::name(FieldRoles::guessSubField(key)), role);
}

void TestSchema::types_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("values"); // a YAML list of the values the files hold
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("widget");

    QTest::newRow("text") << QStringLiteral("lieu") << QByteArray("[Salle 1, Salle 2]") << QStringLiteral("text")
                          << QStringLiteral("line");
    QTest::newRow("datetime") << QStringLiteral("debut") << QByteArray("[2023-01-31 16:30:00 +01:00]")
                              << QStringLiteral("datetime") << QStringLiteral("datetime");
    QTest::newRow("date") << QStringLiteral("jour") << QByteArray("[2023-01-31]") << QStringLiteral("date")
                          << QStringLiteral("date");
    QTest::newRow("boolean") << QStringLiteral("afficher_la_carte") << QByteArray("[true, false]")
                             << QStringLiteral("boolean") << QStringLiteral("checkbox");
    QTest::newRow("integer") << QStringLiteral("places") << QByteArray("[20, 30]") << QStringLiteral("integer")
                             << QStringLiteral("number");
    QTest::newRow("list") << QStringLiteral("tags") << QByteArray("[[a, b], [c]]") << QStringLiteral("list")
                          << QStringLiteral("list");
    QTest::newRow("group") << QStringLiteral("liens") << QByteArray("[[{titre: a, url: b}]]") << QStringLiteral("group")
                           << QStringLiteral("group");
    QTest::newRow("urls") << QStringLiteral("inscription")
                          << QByteArray("[https://example.org/a, https://example.org/b]") << QStringLiteral("url")
                          << QStringLiteral("url");
    QTest::newRow("url by name") << QStringLiteral("lien") << QByteArray("[example.org]") << QStringLiteral("url")
                                 << QStringLiteral("url");
    QTest::newRow("image by name") << QStringLiteral("image") << QByteArray("[/uploads/a.png]")
                                   << QStringLiteral("file") << QStringLiteral("image");
    QTest::newRow("file by name") << QStringLiteral("fichier_file") << QByteArray("[/uploads/a.pdf]")
                                  << QStringLiteral("file") << QStringLiteral("file");
    QTest::newRow("markdown by name") << QStringLiteral("chapeau-text") << QByteArray("[Un texte]")
                                      << QStringLiteral("markdown") << QStringLiteral("markdown");
    QTest::newRow("markdown by lines") << QStringLiteral("programme") << QByteArray("[\"a\\nb\", \"c\\nd\"]")
                                       << QStringLiteral("markdown") << QStringLiteral("markdown");
    QTest::newRow("address on lines") << QStringLiteral("adresse") << QByteArray("[\"1 rue A\\nParis\"]")
                                      << QStringLiteral("text") << QStringLiteral("multiline");
    QTest::newRow("date by name, no value") << QStringLiteral("published_at") << QByteArray("[null]")
                                            << QStringLiteral("datetime") << QStringLiteral("datetime");
    QTest::newRow("_date by name, no value") << QStringLiteral("event_end_date") << QByteArray("[null]")
                                             << QStringLiteral("datetime") << QStringLiteral("datetime");
    QTest::newRow("mixed") << QStringLiteral("divers") << QByteArray("[a, 1, true, [x]]") << QStringLiteral("any")
                           << QStringLiteral("yaml");
    QTest::newRow("categories as one text") << QStringLiteral("categorie") << QByteArray("[Atelier, Atelier]")
                                            << QStringLiteral("text") << QStringLiteral("combo");
}

void TestSchema::types()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, values);
    QFETCH(QString, type);
    QFETCH(QString, widget);
    SchemaBuilder builder;
    const YamlValue list = yaml(values);
    for (const YamlValue& value : list.items())
        builder.addDocument(YamlValue::fromMap({{YamlValue::fromString(key), value}}));
    const CollectionSchema result =
        builder.build(config("collections: [evenements]\n"), QStringLiteral("evenements"), EditorSettings());
    const SchemaField* field = result.field(key);
    QVERIFY(field);
    QCOMPARE(CollectionSchema::typeName(field->type), type);
    QCOMPARE(field->widget, widget);
}

void TestSchema::referenceSiteShape()
{
    // Shaped like the reference site: its defaults and files of its kind.
    const QByteArray configText =
        "collections:\n  evenements:\n    output: true\ndefaults:\n- scope:\n    path: ''\n    "
        "type: evenements\n  values:\n    layout: evenement\n    chapeau-text:\n    "
        "categorie:\n    une-ou-diaporama:\n    - image:\n      legende:\n      "
        "alternative-textuelle:\n    event_start_date:\n    event_end_date:\n    lieu:\n    "
        "adresse:\n    afficher_la_carte: true\n    champs_informations:\n    - intitule:\n   "
        "   contenu:\n";
    const QVector<QByteArray> documents = {
        "{title: Atelier, date: 2023-01-02 10:00:00 +01:00, categories: [Atelier], chapeau-text: Texte, "
        "une-ou-diaporama: [{image: /uploads/a.png, alternative-textuelle: Une salle}], event_start_date: 2023-01-31 "
        "16:30:00 +01:00, lieu: Salle 1, champs_informations: [{intitule: Horaires, contenu: 9h}, {intitule: "
        "Inscription, contenu: Libre, lien: 'https://example.org'}]}",
        "{title: Webinaire, date: 2023-02-02 10:00:00 +01:00, categories: [Webinaire], event_start_date: 2023-02-10 "
        "10:00:00 +01:00, lieu: En ligne, champs_informations: [{intitule: Lien, contenu: Zoom}]}",
    };
    const CollectionSchema result = schema(documents, configText);
    QCOMPARE(result.documents, 2);
    QCOMPARE(result.find(FieldRole::Title).toString(), QStringLiteral("title"));
    QCOMPARE(result.find(FieldRole::Lead).toString(), QStringLiteral("chapeau-text"));
    QCOMPARE(result.find(FieldRole::PublicationDate).toString(), QStringLiteral("date"));
    QCOMPARE(result.find(FieldRole::Start).toString(), QStringLiteral("event_start_date"));
    QCOMPARE(result.find(FieldRole::End).toString(), QStringLiteral("event_end_date"));
    QCOMPARE(result.find(FieldRole::Place).toString(), QStringLiteral("lieu"));
    QCOMPARE(result.find(FieldRole::Address).toString(), QStringLiteral("adresse"));
    QCOMPARE(result.find(FieldRole::Categories).toString(), QStringLiteral("categories")); // used, not declared
    QCOMPARE(result.find(FieldRole::Image).toString(), QStringLiteral("une-ou-diaporama[].image"));
    QCOMPARE(result.find(FieldRole::ImageAlt).toString(), QStringLiteral("une-ou-diaporama[].alternative-textuelle"));
    QCOMPARE(result.find(FieldRole::ImageCaption).toString(), QStringLiteral("une-ou-diaporama[].legende"));
    QCOMPARE(result.find(FieldRole::InformationItems).toString(), QStringLiteral("champs_informations"));
    QCOMPARE(result.find(FieldRole::InformationHeading).toString(), QStringLiteral("champs_informations[].intitule"));
    QCOMPARE(result.find(FieldRole::InformationContent).toString(), QStringLiteral("champs_informations[].contenu"));
    QCOMPARE(result.find(FieldRole::InformationLink).toString(), QStringLiteral("champs_informations[].lien"));
    QVERIFY(!result.find(FieldRole::Published).isValid());

    const SchemaField* map = result.field(QStringLiteral("afficher_la_carte"));
    QVERIFY(map && map->declared);
    QCOMPARE(map->type, FieldType::Boolean);
    QVERIFY(map->defaultValue.toBool());
    QCOMPARE(result.field(QStringLiteral("event_end_date"))->type, FieldType::DateTime);
    QCOMPARE(result.field(QStringLiteral("champs_informations"))->fields.size(), 3);
    QCOMPARE(result.field(QStringLiteral("une-ou-diaporama"))->field(QStringLiteral("image"))->widget,
             QStringLiteral("image"));
    QVERIFY(result.field(QStringLiteral("title"))->required);
    QCOMPARE(result.field(QStringLiteral("layout"))->defaultValue.toString(), QStringLiteral("evenement"));
}

void TestSchema::englishSiteShape()
{
    const QVector<QByteArray> documents = {
        "{title: Workshop, start_date: 2023-01-31 16:30:00 +01:00, end_date: 2023-01-31 18:00:00 +01:00, location: "
        "Room 1, image: /assets/a.jpg, image_alt: A room, summary: Short text, details: [{label: Time, value: 4pm, "
        "url: 'https://example.org'}]}",
    };
    const CollectionSchema result = schema(documents);
    QCOMPARE(result.find(FieldRole::Start).toString(), QStringLiteral("start_date"));
    QCOMPARE(result.find(FieldRole::End).toString(), QStringLiteral("end_date"));
    QCOMPARE(result.find(FieldRole::Place).toString(), QStringLiteral("location"));
    QCOMPARE(result.find(FieldRole::Image).toString(), QStringLiteral("image"));
    QCOMPARE(result.find(FieldRole::ImageAlt).toString(), QStringLiteral("image_alt"));
    QCOMPARE(result.find(FieldRole::Lead).toString(), QStringLiteral("summary"));
    QCOMPARE(result.find(FieldRole::InformationItems).toString(), QStringLiteral("details"));
    QCOMPARE(result.find(FieldRole::InformationHeading).toString(), QStringLiteral("details[].label"));
    QCOMPARE(result.find(FieldRole::InformationLink).toString(), QStringLiteral("details[].url"));
    QVERIFY(result.drift.isEmpty()); // no defaults: nothing to differ from
}

void TestSchema::imageWhereMostDocumentsHaveIt()
{
    // A group of images in most documents, a lone image field in one: the group is the image.
    const CollectionSchema groups =
        schema({"{diaporama: [{image: /uploads/a.png, alt: A}]}", "{diaporama: [{image: /uploads/b.png, alt: B}]}",
                "{image-mise-en-avant: /uploads/c.png}"});
    QCOMPARE(groups.find(FieldRole::Image).toString(), QStringLiteral("diaporama[].image"));
    QCOMPARE(groups.find(FieldRole::ImageAlt).toString(), QStringLiteral("diaporama[].alt"));
    // And the other way round.
    const CollectionSchema field =
        schema({"{image: /uploads/a.png}", "{image: /uploads/b.png}", "{diaporama: [{image: /uploads/c.png}]}"});
    QCOMPARE(field.find(FieldRole::Image).toString(), QStringLiteral("image"));
}

void TestSchema::orderFollowsTheFiles()
{
    const CollectionSchema result =
        schema({"{title: a, date: 2023-01-01, lieu: x, adresse: y}", "{title: a, lieu: x, tags: [t], adresse: y}",
                "{title: a, date: 2023-01-01, tags: [t]}"});
    QCOMPARE(result.order(),
             (QStringList{QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("lieu"),
                          QStringLiteral("tags"), QStringLiteral("adresse")}));
}

void TestSchema::knownValuesByFrequency()
{
    const CollectionSchema result = schema({"{categories: [Atelier, Webinaire]}", "{categories: [Atelier]}",
                                            "{categories: [Formation, Atelier]}", "{categories: [Webinaire]}"});
    const SchemaField* field = result.field(QStringLiteral("categories"));
    QVERIFY(field);
    QCOMPARE(field->knownValues.size(), 3);
    QCOMPARE(field->knownValues.at(0).value, QStringLiteral("Atelier"));
    QCOMPARE(field->knownValues.at(0).count, 3);
    QCOMPARE(field->knownValues.at(1).value, QStringLiteral("Webinaire"));
    QCOMPARE(field->knownValues.at(2).value, QStringLiteral("Formation"));
    QCOMPARE(field->usedBy, 4);
}

void TestSchema::drift()
{
    const QByteArray configText = "collections: [evenements]\ndefaults:\n- scope:\n    type: evenements\n  values:\n   "
                                  " layout: evenement\n    categorie:\n    resume:\n    champs_informations:\n    - "
                                  "intitule:\n      contenu:\n";
    const CollectionSchema result = schema({"{title: a, categories: [x], champs_informations: [{intitule: a, "
                                            "contenu: b, lien: c}], lieuu: x}",
                                            "{title: b, categories: [y], champs_informations: [{intitule: a, "
                                            "contenu: b}]}"},
                                           configText);
    QStringList paths;
    for (const SchemaDrift& item : result.drift)
        paths.append(item.path);
    QCOMPARE(paths,
             (QStringList{QStringLiteral("categories"), QStringLiteral("champs_informations[].lien"),
                          QStringLiteral("lieuu"), QStringLiteral("resume")}));
    QVERIFY2(result.drift.at(0).message.contains(QLatin1String("\"categorie\"")),
             qPrintable(result.drift.at(0).message));
    QVERIFY2(result.drift.at(1).message.contains(QLatin1String("not declared")),
             qPrintable(result.drift.at(1).message));
    QVERIFY2(result.drift.at(3).message.contains(QLatin1String("no document")), qPrintable(result.drift.at(3).message));
}

void TestSchema::settingsOverride()
{
    const QByteArray settingsText =
        "fields:\n  lieu:\n    label: {fr: Lieu, en: Place}\n    help: La salle\n"
        "collections:\n  evenements:\n    order: [lieu, title]\n    fields:\n      title:\n"
        "        required: false\n      statut:\n        choices: [Ouvert, Complet]\n"
        "        label: Statut\n      notes:\n        hidden: true\n        widget: markdown\n"
        "      quand:\n        role: start\n      infos:\n        fields:\n          a:\n"
        "            label: Intitulé\n";
    const CollectionSchema result = schema({"{title: a, quand: 2023-01-01 10:00:00 +01:00, lieu: x, notes: n, infos: "
                                            "[{a: 1}], event_start_date: 2023-01-01 10:00:00 +01:00}"},
                                           "collections: [evenements]\n", settingsText);
    QCOMPARE(result.order().mid(0, 2), (QStringList{QStringLiteral("lieu"), QStringLiteral("title")}));
    const SchemaField* lieu = result.field(QStringLiteral("lieu"));
    QCOMPARE(lieu->labelFr, QStringLiteral("Lieu"));
    QCOMPARE(lieu->labelEn, QStringLiteral("Place"));
    QCOMPARE(lieu->help, QStringLiteral("La salle"));
    QVERIFY(!result.field(QStringLiteral("title"))->required);
    const SchemaField* statut = result.field(QStringLiteral("statut")); // known only from the settings
    QVERIFY(statut);
    QCOMPARE(statut->choices, (QStringList{QStringLiteral("Ouvert"), QStringLiteral("Complet")}));
    QCOMPARE(statut->widget, QStringLiteral("combo"));
    QCOMPARE(statut->labelEn, QStringLiteral("Statut"));
    QVERIFY(result.field(QStringLiteral("notes"))->hidden);
    QCOMPARE(result.field(QStringLiteral("notes"))->widget, QStringLiteral("markdown"));
    // A role set in the settings wins over names.
    QCOMPARE(result.find(FieldRole::Start).key, QStringLiteral("quand"));
    QCOMPARE(result.field(QStringLiteral("infos"))->field(QStringLiteral("a"))->labelFr, QStringLiteral("Intitulé"));
    // Without a label in the settings, a field is called by its role, or else by its key.
    const SchemaField* quand = result.field(QStringLiteral("quand"));
    QCOMPARE(quand->labelFr, QStringLiteral("Début"));
    QCOMPARE(quand->labelEn, QStringLiteral("Start"));
    QCOMPARE(result.field(QStringLiteral("title"))->labelFr, QStringLiteral("Titre"));
    QCOMPARE(result.field(QStringLiteral("event_start_date"))->labelEn, QStringLiteral("Event start date"));
    QCOMPARE(result.field(QStringLiteral("notes"))->labelFr, QStringLiteral("Notes"));
}

void TestSchema::settingsErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");

    QTest::newRow("unknown top-level") << QByteArray("feilds:\n  a: {}\n") << 1;
    QTest::newRow("unknown field setting") << QByteArray("fields:\n  a:\n    lable: x\n") << 3;
    QTest::newRow("required not a boolean") << QByteArray("fields:\n  a:\n    required: oui\n") << 3;
    QTest::newRow("bad slug style") << QByteArray("slug: pretty\n") << 1;
    QTest::newRow("order not a list") << QByteArray("collections:\n  e:\n    order: title\n") << 3;
    QTest::newRow("syntax") << QByteArray("fields: [\n") << 2;
}

void TestSchema::settingsErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    EditorSettings result;
    Diagnostic error;
    QVERIFY(!EditorSettings::fromYaml(text, &result, &error));
    QCOMPARE(error.line, line);
    QVERIFY(!error.message.isEmpty());
}

void TestSchema::readableLabels_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("snake") << QStringLiteral("event_start_date") << QStringLiteral("Event start date");
    QTest::newRow("kebab") << QStringLiteral("chapeau-text") << QStringLiteral("Chapeau text");
    QTest::newRow("camel") << QStringLiteral("dateEvent") << QStringLiteral("Date event");
    QTest::newRow("accents") << QStringLiteral("légende") << QStringLiteral("Légende");
}

void TestSchema::readableLabels()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    QCOMPARE(CollectionSchema::readableLabel(key), label);
}

void TestSchema::displayLabels_data()
{
    QTest::addColumn<QString>("labelFr");
    QTest::addColumn<QString>("labelEn");
    QTest::addColumn<QString>("french");
    QTest::addColumn<QString>("english");
    QTest::newRow("both") << QStringLiteral("Début") << QStringLiteral("Start") << QStringLiteral("Début")
                          << QStringLiteral("Start");
    QTest::newRow("French only") << QStringLiteral("Début") << QString() << QStringLiteral("Début")
                                 << QStringLiteral("Début");
    QTest::newRow("English only") << QString() << QStringLiteral("Start") << QStringLiteral("Start")
                                  << QStringLiteral("Start");
    QTest::newRow("none: the key") << QString() << QString() << QStringLiteral("Event start date")
                                   << QStringLiteral("Event start date");
}

// What the form and the problems call a field: its label in the language, else in the other, else its key.
void TestSchema::displayLabels()
{
    QFETCH(QString, labelFr);
    QFETCH(QString, labelEn);
    QFETCH(QString, french);
    QFETCH(QString, english);
    SchemaField field;
    field.key = QStringLiteral("event_start_date");
    field.labelFr = labelFr;
    field.labelEn = labelEn;
    QCOMPARE(field.displayLabel(QStringLiteral("fr")), french);
    QCOMPARE(field.displayLabel(QStringLiteral("en")), english);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
