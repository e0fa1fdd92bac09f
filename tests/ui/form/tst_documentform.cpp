#include "documentform.h"

#include "document/eventdocument.h"
#include "document/yamlparser.h"
#include "site/editorsettings.h"
#include "site/siteconfig.h"
#include "site/siteindex.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace EventDesk;

namespace {

YamlValue parse(const char* yaml)
{
    YamlDocument document;
    Diagnostic error;
    if (!YamlParser::parse(QByteArray(yaml), &document, &error))
        qFatal("bad test YAML: %s", qPrintable(error.message));
    return document.root;
}

SchemaField field(const char* key, FieldType type, const char* widget, FieldRole role = FieldRole::None)
{
    SchemaField result;
    result.key = QString::fromUtf8(key);
    result.labelEn = CollectionSchema::readableLabel(result.key);
    result.labelFr = result.labelEn;
    result.type = type;
    result.widget = QString::fromUtf8(widget);
    result.role = role;
    result.declared = true;
    return result;
}

// The reference site's event fields, as the schema builder infers them.
CollectionSchema eventSchema()
{
    CollectionSchema schema;
    schema.collection = QStringLiteral("evenements");
    SchemaField title = field("title", FieldType::Text, "line", FieldRole::Title);
    title.required = true;
    title.help = QStringLiteral("The event's name, as on the page.");
    schema.fields.append(title);
    SchemaField categories = field("categories", FieldType::List, "list", FieldRole::Categories);
    categories.knownValues = {{QStringLiteral("Atelier"), 3}, {QStringLiteral("Webinaire"), 2}};
    schema.fields.append(categories);
    schema.fields.append(field("event_start_date", FieldType::DateTime, "datetime", FieldRole::Start));
    schema.fields.append(field("event_end_date", FieldType::DateTime, "datetime", FieldRole::End));
    schema.fields.append(field("lieu", FieldType::Text, "line", FieldRole::Place));
    SchemaField map = field("afficher_la_carte", FieldType::Boolean, "checkbox");
    map.defaultValue = YamlValue::fromBool(true);
    schema.fields.append(map);
    SchemaField slides = field("une-ou-diaporama", FieldType::Group, "group");
    slides.fields = {field("image", FieldType::File, "image", FieldRole::Image),
                     field("legende", FieldType::Text, "line", FieldRole::ImageCaption),
                     field("alternative-textuelle", FieldType::Text, "line", FieldRole::ImageAlt)};
    schema.fields.append(slides);
    SchemaField access = field("acces", FieldType::Group, "group");
    SchemaField lines = field("lignes", FieldType::Group, "group");
    lines.fields = {field("nom", FieldType::Text, "line")};
    access.fields = {field("type", FieldType::Text, "line"), lines};
    schema.fields.append(access);
    SchemaField information = field("champs_informations", FieldType::Group, "group", FieldRole::InformationItems);
    SchemaField link = field("lien", FieldType::Url, "url", FieldRole::InformationLink);
    link.declared = false;
    link.usedBy = 40; // undeclared, but many items write it
    information.fields = {field("intitule", FieldType::Text, "line", FieldRole::InformationHeading),
                          field("contenu", FieldType::Text, "line", FieldRole::InformationContent), link};
    schema.fields.append(information);
    return schema;
}

const char* const EventYaml = R"(title: Atelier accessibilité
categories:
- Atelier
event_start_date: 2027-02-11 13:00:00 Z
lieu: Maison de l’innovation publique
afficher_la_carte: false
une-ou-diaporama:
- image: "/uploads/atelier.png"
  alternative-textuelle: Bandeau bleu
acces:
- type: Métro
  lignes:
  - nom: '1'
  - nom: '4'
champs_informations:
- intitule: Horaires
  contenu: 14h - 17h
  note: interne
- intitule: Inscription
  contenu: Gratuite
  lien: https://example.org/inscription
custom:
  a: 1
  b: [x, y]
)";

template <typename T> T* child(const QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

YamlValue lastValue(const QSignalSpy& spy)
{
    return spy.last().at(1).value<YamlValue>();
}

} // namespace

Q_DECLARE_METATYPE(EventDesk::YamlValue)

class TestDocumentForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void editingAPlaceEmitsTheText();
    void rareSubFieldsShowOnlyWhereWritten();
    void emptiedOptionalTextGivesNull();
    void dateTimeShowsTheSiteZoneAndWritesItsOffset();
    void emptyDateCanBeSetAndCleared();
    void checkboxWritesABoolean();
    void listEditsKeepUntouchedEntries();
    void groupAddMoveRemoveKeepUnknownSubKeys();
    void groupSubFieldEditKeepsTheItem();
    void nestedGroup();
    void imagePickingCopiesUnderASafeName();
    void unknownKeyIsEditedAsYaml();
    void valueTheEditorCannotShowFallsBackToYaml();
    void noBreakSpacesAreKept();
    void setValueEmitsNothing();
    void focusFieldFindsNestedEditors();
    void tabOrderFollowsTheForm();
    void accessibleNames();
    void readOnly();
    void sampleSiteEventsLoseNothing();

private:
    DocumentForm* m_form = nullptr;
    QTemporaryDir m_site;
    FormContext m_context;
};

void TestDocumentForm::initTestCase()
{
    qRegisterMetaType<EventDesk::YamlValue>();
    QVERIFY(m_site.isValid());
    m_context.siteRoot = m_site.path();
    m_context.uploadsFolder = m_site.filePath(QStringLiteral("uploads"));
    m_context.uploadsUrlPrefix = QStringLiteral("/uploads/");
    m_context.timeZone = QTimeZone("Europe/Paris");
    m_context.language = QStringLiteral("en");
    QVERIFY(m_context.timeZone.isValid());
}

void TestDocumentForm::init()
{
    m_form = new DocumentForm;
    m_form->resize(560, 900);
    m_form->setContext(m_context);
    m_form->setDocument(eventSchema(), parse(EventYaml));
}

void TestDocumentForm::cleanup()
{
    delete m_form;
    m_form = nullptr;
}

void TestDocumentForm::editingAPlaceEmitsTheText()
{
    QSignalSpy spy(m_form, &DocumentForm::edited);
    auto* place = child<QLineEdit>(m_form, QStringLiteral("lieu"));
    QVERIFY(place);
    QCOMPARE(place->text(), QStringLiteral("Maison de l’innovation publique"));
    place->selectAll();
    QTest::keyClicks(place, QStringLiteral("Salle 2"));
    QCOMPARE(spy.count(), 7);
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("lieu"));
    QCOMPARE(lastValue(spy), YamlValue::fromString(QStringLiteral("Salle 2")));
    QCOMPARE(lastValue(spy).type(), YamlValue::Type::String);
    QCOMPARE(spy.last().at(2).toString(), QStringLiteral("Edit “Lieu”"));
    QCOMPARE(m_form->value(QStringLiteral("lieu")), YamlValue::fromString(QStringLiteral("Salle 2")));
}

void TestDocumentForm::emptiedOptionalTextGivesNull()
{
    QSignalSpy spy(m_form, &DocumentForm::edited);
    auto* place = child<QLineEdit>(m_form, QStringLiteral("lieu"));
    place->selectAll();
    QTest::keyClick(place, Qt::Key_Delete);
    QCOMPARE(spy.count(), 1);
    QVERIFY(lastValue(spy).isNull());

    // A required text stays a text.
    auto* title = child<QLineEdit>(m_form, QStringLiteral("title"));
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(lastValue(spy), YamlValue::fromString(QString()));
}

void TestDocumentForm::dateTimeShowsTheSiteZoneAndWritesItsOffset()
{
    QSignalSpy spy(m_form, &DocumentForm::edited);
    auto* start = child<QDateTimeEdit>(m_form, QStringLiteral("event_start_date"));
    QVERIFY(start);
    // 13:00 UTC is 14:00 in Paris in February.
    QCOMPARE(start->time(), QTime(14, 0));
    QCOMPARE(start->date(), QDate(2027, 2, 11));
    QVERIFY(start->displayFormat().contains(QLatin1String("HH:mm")));
    QVERIFY(start->text().contains(QLatin1String("14:00")));

    start->setTime(QTime(15, 30));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("event_start_date"));
    QCOMPARE(lastValue(spy).type(), YamlValue::Type::DateTime);
    QCOMPARE(lastValue(spy).toDateTime().toYamlString(), QStringLiteral("2027-02-11 15:30:00 +01:00"));

    start->setDate(QDate(2027, 7, 11));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(lastValue(spy).toDateTime().toYamlString(), QStringLiteral("2027-07-11 15:30:00 +02:00"));
    QCOMPARE(start->time(), QTime(15, 30));
}

void TestDocumentForm::emptyDateCanBeSetAndCleared()
{
    QSignalSpy spy(m_form, &DocumentForm::edited);
    auto* set = child<QPushButton>(m_form, QStringLiteral("event_end_date:set"));
    auto* edit = child<QDateTimeEdit>(m_form, QStringLiteral("event_end_date"));
    QVERIFY(set && edit);
    QVERIFY(!set->isHidden());
    QVERIFY(edit->isHidden());
    QVERIFY(m_form->value(QStringLiteral("event_end_date")).isNull());

    QTest::mouseClick(set, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("event_end_date"));
    const YamlDateTime time = lastValue(spy).toDateTime();
    QCOMPARE(lastValue(spy).type(), YamlValue::Type::DateTime);
    QCOMPARE(time.minute(), 0);
    QVERIFY(time.offsetSeconds == 3600 || time.offsetSeconds == 7200);
    QVERIFY(set->isHidden());
    QVERIFY(!edit->isHidden());

    QTest::mouseClick(child<QToolButton>(m_form, QStringLiteral("event_end_date:clear")), Qt::LeftButton);
    QCOMPARE(spy.count(), 2);
    QVERIFY(lastValue(spy).isNull());
    QVERIFY(edit->isHidden());
}

void TestDocumentForm::checkboxWritesABoolean()
{
    QSignalSpy spy(m_form, &DocumentForm::edited);
    auto* box = child<QCheckBox>(m_form, QStringLiteral("afficher_la_carte"));
    QVERIFY(box);
    QVERIFY(!box->isChecked());
    QCOMPARE(box->text(), QStringLiteral("Afficher la carte"));
    QTest::mouseClick(box, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(lastValue(spy), YamlValue::fromBool(true));
    QCOMPARE(lastValue(spy).type(), YamlValue::Type::Bool);

    // Absent from the document: the default shows, the value stays absent.
    m_form->setDocument(eventSchema(), parse("title: x\n"));
    box = child<QCheckBox>(m_form, QStringLiteral("afficher_la_carte"));
    QVERIFY(box->isChecked());
    QVERIFY(m_form->value(QStringLiteral("afficher_la_carte")).isNull());
}

void TestDocumentForm::listEditsKeepUntouchedEntries()
{
    m_form->setDocument(eventSchema(), parse("categories:\n- 'Atelier'\n- Webinaire\n"));
    QSignalSpy spy(m_form, &DocumentForm::edited);
    auto* second = child<QLineEdit>(m_form, QStringLiteral("categories[1]"));
    QVERIFY(second);
    second->selectAll();
    QTest::keyClicks(second, QStringLiteral("Forum"));
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("categories"));
    QCOMPARE(lastValue(spy), parse("[Atelier, Forum]"));
    // The untouched entry is the parsed value itself, quoting included.
    QCOMPARE(lastValue(spy).items().at(0).style(), YamlValue::Style::SingleQuoted);

    QTest::mouseClick(child<QToolButton>(m_form, QStringLiteral("categories:add")), Qt::LeftButton);
    auto* third = child<QLineEdit>(m_form, QStringLiteral("categories[2]"));
    QVERIFY(third);
    QTest::keyClicks(third, QStringLiteral("Salon"));
    QCOMPARE(lastValue(spy), parse("[Atelier, Forum, Salon]"));

    QTest::mouseClick(child<QToolButton>(m_form, QStringLiteral("categories[0]:remove")), Qt::LeftButton);
    QCOMPARE(lastValue(spy), parse("[Forum, Salon]"));
    QCOMPARE(spy.last().at(2).toString(), QStringLiteral("Remove an item from “Categories”"));
}

void TestDocumentForm::groupAddMoveRemoveKeepUnknownSubKeys()
{
    const QString key = QStringLiteral("champs_informations");
    QSignalSpy spy(m_form, &DocumentForm::edited);

    QTest::mouseClick(child<QToolButton>(m_form, key + QStringLiteral("[0]:down")), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toString(), key);
    QCOMPARE(spy.last().at(2).toString(), QStringLiteral("Move an item of “Champs informations”"));
    QCOMPARE(lastValue(spy), parse(R"(
- intitule: Inscription
  contenu: Gratuite
  lien: https://example.org/inscription
- intitule: Horaires
  contenu: 14h - 17h
  note: interne
)"));
    QCOMPARE(child<QLineEdit>(m_form, key + QStringLiteral("[0].intitule"))->text(), QStringLiteral("Inscription"));
    QVERIFY(!child<QToolButton>(m_form, key + QStringLiteral("[0]:up"))->isEnabled());

    QTest::mouseClick(child<QToolButton>(m_form, key + QStringLiteral("[1]:up")), Qt::LeftButton);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(lastValue(spy), parse(EventYaml).value(key));

    QTest::mouseClick(child<QPushButton>(m_form, key + QStringLiteral(":add")), Qt::LeftButton);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.last().at(2).toString(), QStringLiteral("Add an item to “Champs informations”"));
    // A new item holds the declared sub-fields, empty (`lien` is not declared).
    QVector<YamlValue> expected = parse(EventYaml).value(key).items();
    expected.append(parse("{intitule: null, contenu: null}"));
    QCOMPARE(lastValue(spy), YamlValue::fromList(expected));
    auto* heading = child<QLineEdit>(m_form, key + QStringLiteral("[2].intitule"));
    QVERIFY(heading);
    QTest::keyClicks(heading, QStringLiteral("Entree"));
    expected.last() = parse("{intitule: Entree, contenu: null}");
    QCOMPARE(lastValue(spy), YamlValue::fromList(expected));

    QTest::mouseClick(child<QToolButton>(m_form, key + QStringLiteral("[1]:remove")), Qt::LeftButton);
    QCOMPARE(spy.last().at(2).toString(), QStringLiteral("Remove an item from “Champs informations”"));
    expected.removeAt(1);
    QCOMPARE(lastValue(spy), YamlValue::fromList(expected));
    QCOMPARE(lastValue(spy).items().at(0).value(QStringLiteral("note")),
             YamlValue::fromString(QStringLiteral("interne")));
    QVERIFY(!m_form->findChild<QLineEdit*>(key + QStringLiteral("[2].intitule")));

    QTest::mouseClick(child<QToolButton>(m_form, key + QStringLiteral("[1]:remove")), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(m_form, key + QStringLiteral("[0]:remove")), Qt::LeftButton);
    QVERIFY(lastValue(spy).isNull());
}

void TestDocumentForm::groupSubFieldEditKeepsTheItem()
{
    const QString key = QStringLiteral("champs_informations");
    QSignalSpy spy(m_form, &DocumentForm::edited);
    auto* content = child<QLineEdit>(m_form, key + QStringLiteral("[0].contenu"));
    content->selectAll();
    QTest::keyClicks(content, QStringLiteral("9h"));
    QCOMPARE(spy.last().at(0).toString(), key);
    // Same keys in the same order, only `contenu` changed; `note` (unknown) kept.
    const YamlValue first = lastValue(spy).items().at(0);
    QCOMPARE(first, parse("{intitule: Horaires, contenu: 9h, note: interne}"));
    QStringList keys;
    for (const YamlMapEntry& entry : first.entries())
        keys.append(entry.key.toString());
    QCOMPARE(keys, QStringList({QStringLiteral("intitule"), QStringLiteral("contenu"), QStringLiteral("note")}));

    // A sub-field the item did not have is appended at the end.
    auto* link = child<QLineEdit>(m_form, key + QStringLiteral("[0].lien"));
    QTest::keyClicks(link, QStringLiteral("https://a.fr"));
    QCOMPARE(lastValue(spy).items().at(0),
             parse("{intitule: Horaires, contenu: 9h, note: interne, lien: 'https://a.fr'}"));
    QCOMPARE(lastValue(spy).items().at(1), parse(EventYaml).value(key).items().at(1));
}

void TestDocumentForm::rareSubFieldsShowOnlyWhereWritten()
{
    // A one-off key of another tool, in one item of one document: not an empty field in every item.
    CollectionSchema schema = eventSchema();
    for (SchemaField& field : schema.fields) {
        if (field.key == QLatin1String("champs_informations")) {
            SchemaField mail = field.fields.first();
            mail.key = QStringLiteral("mailto");
            mail.role = FieldRole::None;
            mail.declared = false;
            mail.usedBy = 1;
            field.fields.append(mail);
        }
    }
    m_form->setDocument(schema,
                        parse("champs_informations:\n- intitule: Contact\n  mailto: a@b.fr\n- intitule: Horaires\n"));
    QVERIFY(child<QLineEdit>(m_form, QStringLiteral("champs_informations[0].mailto")));
    QVERIFY(!m_form->findChild<QWidget*>(QStringLiteral("champs_informations[1].mailto")));
    QVERIFY(child<QLineEdit>(m_form, QStringLiteral("champs_informations[1].lien"))); // written by many
}

void TestDocumentForm::nestedGroup()
{
    QSignalSpy spy(m_form, &DocumentForm::edited);
    auto* name = child<QLineEdit>(m_form, QStringLiteral("acces[0].lignes[1].nom"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("4"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("14"));
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("acces"));
    QCOMPARE(lastValue(spy), parse("[{type: Métro, lignes: [{nom: '1'}, {nom: '14'}]}]"));

    QTest::mouseClick(child<QToolButton>(m_form, QStringLiteral("acces[0].lignes[0]:down")), Qt::LeftButton);
    QCOMPARE(lastValue(spy), parse("[{type: Métro, lignes: [{nom: '14'}, {nom: '1'}]}]"));
    QCOMPARE(spy.last().at(2).toString(), QStringLiteral("Move an item of “Acces”"));

    QTest::mouseClick(child<QPushButton>(m_form, QStringLiteral("acces[0].lignes:add")), Qt::LeftButton);
    QCOMPARE(lastValue(spy), parse("[{type: Métro, lignes: [{nom: '14'}, {nom: '1'}, {nom: null}]}]"));
    QTest::keyClicks(child<QLineEdit>(m_form, QStringLiteral("acces[0].lignes[2].nom")), QStringLiteral("7"));
    QCOMPARE(lastValue(spy), parse("[{type: Métro, lignes: [{nom: '14'}, {nom: '1'}, {nom: '7'}]}]"));
    QCOMPARE(
        lastValue(spy).items().at(0).value(QStringLiteral("lignes")).items().at(2).value(QStringLiteral("nom")).type(),
        YamlValue::Type::String);
}

void TestDocumentForm::imagePickingCopiesUnderASafeName()
{
    QTemporaryDir source;
    QVERIFY(source.isValid());
    const QString photo = source.filePath(QStringLiteral("Photo Été 2027.PNG"));
    QImage image(320, 180, QImage::Format_RGB32);
    image.fill(QColor(0x2f, 0x5d, 0x8a));
    QVERIFY(image.save(photo, "PNG"));
    QString chosen = photo;
    m_form->setImagePicker([&chosen] { return chosen; });

    QSignalSpy spy(m_form, &DocumentForm::edited);
    const QString path = QStringLiteral("une-ou-diaporama[0].image");
    auto* thumbnail = child<QLabel>(m_form, path + QStringLiteral(":thumbnail"));
    QVERIFY(thumbnail);
    QCOMPARE(thumbnail->text(), QStringLiteral("Image not found"));

    QTest::mouseClick(child<QPushButton>(m_form, path + QStringLiteral(":choose")), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const QString uploads = m_context.uploadsFolder;
    QVERIFY(QFileInfo::exists(uploads + QStringLiteral("/photo-ete-2027.png")));
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("une-ou-diaporama"));
    QCOMPARE(lastValue(spy), parse("[{image: /uploads/photo-ete-2027.png, alternative-textuelle: Bandeau bleu}]"));
    QCOMPARE(child<QLineEdit>(m_form, path)->text(), QStringLiteral("/uploads/photo-ete-2027.png"));
    QVERIFY(!thumbnail->pixmap().isNull());
    QVERIFY(thumbnail->pixmap().width() <= 160 && thumbnail->pixmap().height() <= 90);

    // The same file again is reused; a different one with the same name gets a suffix.
    QTest::mouseClick(child<QPushButton>(m_form, path + QStringLiteral(":choose")), Qt::LeftButton);
    QCOMPARE(lastValue(spy).items().at(0).value(QStringLiteral("image")).toString(),
             QStringLiteral("/uploads/photo-ete-2027.png"));
    QDir(source.path()).mkdir(QStringLiteral("other"));
    chosen = source.filePath(QStringLiteral("other/Photo Été 2027.PNG"));
    image.fill(Qt::white);
    QVERIFY(image.save(chosen, "PNG"));
    QTest::mouseClick(child<QPushButton>(m_form, path + QStringLiteral(":choose")), Qt::LeftButton);
    QCOMPARE(lastValue(spy).items().at(0).value(QStringLiteral("image")).toString(),
             QStringLiteral("/uploads/photo-ete-2027-2.png"));
    QCOMPARE(QDir(uploads).entryList(QDir::Files).size(), 2);

    // Cancel changes nothing.
    chosen.clear();
    const int count = spy.count();
    QTest::mouseClick(child<QPushButton>(m_form, path + QStringLiteral(":choose")), Qt::LeftButton);
    QCOMPARE(spy.count(), count);

    // A percent-encoded path shows its file.
    QVERIFY(QFile::copy(photo, uploads + QStringLiteral("/Visuel_café.png")));
    m_form->setValue(QStringLiteral("une-ou-diaporama"), parse("[{image: \"/uploads/Visuel_caf%C3%A9.png\"}]"));
    thumbnail = child<QLabel>(m_form, path + QStringLiteral(":thumbnail"));
    QVERIFY(!thumbnail->pixmap().isNull());
}

void TestDocumentForm::unknownKeyIsEditedAsYaml()
{
    auto* heading = child<QLabel>(m_form, QStringLiteral("otherFieldsHeading"));
    QVERIFY(heading);
    QCOMPARE(heading->text(), QStringLiteral("Other fields"));
    auto* yaml = child<QPlainTextEdit>(m_form, QStringLiteral("custom"));
    QVERIFY(yaml);
    QCOMPARE(yaml->toPlainText(), QStringLiteral("a: 1\nb:\n- x\n- \"y\""));

    QSignalSpy spy(m_form, &DocumentForm::edited);
    yaml->selectAll();
    QTest::keyClicks(yaml, QStringLiteral("a: [1"));
    auto* error = child<QLabel>(m_form, QStringLiteral("custom:error"));
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().startsWith(QLatin1String("Line ")));
    const int count = spy.count();
    for (int i = 0; i < count; ++i) {
        // Only the texts that read were passed on: "a", "a:", "a: " and "a: [" never.
        QVERIFY(spy.at(i).at(1).value<YamlValue>().type() != YamlValue::Type::List);
    }
    QTest::keyClicks(yaml, QStringLiteral(", 2]"));
    QVERIFY(error->isHidden());
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("custom"));
    QCOMPARE(lastValue(spy), parse("a: [1, 2]"));
    QCOMPARE(lastValue(spy).value(QStringLiteral("a")).items().at(0).type(), YamlValue::Type::Integer);

    // "b", "b:" and "b: " read; "b: ]" does not and is not passed on.
    yaml->selectAll();
    QTest::keyClicks(yaml, QStringLiteral("b: ]"));
    QVERIFY(!error->isHidden());
    QCOMPARE(lastValue(spy), parse("b:"));
}

void TestDocumentForm::valueTheEditorCannotShowFallsBackToYaml()
{
    // A place written as a list and categories holding a number stay as they are, in YAML.
    m_form->setDocument(eventSchema(), parse("lieu: [a, b]\ncategories: [2024]\ntitle: \"two\\nlines\"\n"));
    auto* place = child<QPlainTextEdit>(m_form, QStringLiteral("lieu"));
    QVERIFY(place);
    QCOMPARE(place->toPlainText(), QStringLiteral("- a\n- b"));
    QVERIFY(child<QPlainTextEdit>(m_form, QStringLiteral("categories")));
    auto* title = child<QPlainTextEdit>(m_form, QStringLiteral("title"));
    QVERIFY(title);
    QCOMPARE(title->toPlainText(), QStringLiteral("two\nlines"));
    QCOMPARE(m_form->value(QStringLiteral("categories")), parse("[2024]"));

    // setValue with a value the editor cannot show rebuilds it.
    m_form->setValue(QStringLiteral("event_start_date"), parse("to be announced"));
    QVERIFY(child<QPlainTextEdit>(m_form, QStringLiteral("event_start_date")));
    QCOMPARE(m_form->value(QStringLiteral("event_start_date")), parse("to be announced"));
}

void TestDocumentForm::noBreakSpacesAreKept()
{
    // French typography in a text on several lines (a text editor), and in YAML.
    const QString nbsp(QChar(0x00A0));
    m_form->setDocument(eventSchema(),
                        YamlValue::fromMap({{YamlValue::fromString(QStringLiteral("title")),
                                             YamlValue::fromString(QStringLiteral("Deux\nlignes") + nbsp + u':')}}));
    QSignalSpy spy(m_form, &DocumentForm::edited);
    auto* title = child<QPlainTextEdit>(m_form, QStringLiteral("title"));
    QVERIFY(title);
    title->moveCursor(QTextCursor::End);
    QTest::keyClicks(title, QStringLiteral(" fin"));
    QCOMPARE(lastValue(spy).toString(), QStringLiteral("Deux\nlignes") + nbsp + QStringLiteral(": fin"));
}

void TestDocumentForm::setValueEmitsNothing()
{
    QSignalSpy spy(m_form, &DocumentForm::edited);
    const YamlValue other = parse(R"(title: Autre
categories: [Forum]
event_start_date: 2027-07-01 09:00:00 +02:00
lieu: Ailleurs
afficher_la_carte: true
une-ou-diaporama: [{image: /uploads/b.png}]
acces: [{type: Bus, lignes: [{nom: '21'}]}]
champs_informations: [{intitule: Dates}]
custom: 3
)");
    for (const YamlMapEntry& entry : other.entries())
        m_form->setValue(entry.key.toString(), entry.value);
    QCOMPARE(spy.count(), 0);
    for (const YamlMapEntry& entry : other.entries())
        QCOMPARE(m_form->value(entry.key.toString()), entry.value);
    QCOMPARE(child<QLineEdit>(m_form, QStringLiteral("lieu"))->text(), QStringLiteral("Ailleurs"));
    QCOMPARE(child<QDateTimeEdit>(m_form, QStringLiteral("event_start_date"))->time(), QTime(9, 0));
    QCOMPARE(child<QLineEdit>(m_form, QStringLiteral("acces[0].lignes[0].nom"))->text(), QStringLiteral("21"));
    QCOMPARE(child<QPlainTextEdit>(m_form, QStringLiteral("custom"))->toPlainText(), QStringLiteral("3"));

    m_form->setDocument(eventSchema(), parse(EventYaml));
    QCOMPARE(spy.count(), 0);
}

void TestDocumentForm::focusFieldFindsNestedEditors()
{
    m_form->show();
    m_form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_form));
    QVERIFY(m_form->focusField(QStringLiteral("lieu")));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("lieu"));
    QVERIFY(m_form->focusField(QStringLiteral("champs_informations[1].lien")));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("champs_informations[1].lien"));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(m_form, QStringLiteral("champs_informations[1].lien")));
    QVERIFY(m_form->focusField(QStringLiteral("une-ou-diaporama[0].image")));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("une-ou-diaporama[0].image"));
    QVERIFY(m_form->focusField(QStringLiteral("acces[0].lignes[1].nom")));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("acces[0].lignes[1].nom"));
    QVERIFY(m_form->focusField(QStringLiteral("custom")));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("custom"));
    // The focused editor is inside the visible part of the form.
    QWidget* focused = QApplication::focusWidget();
    const QPoint top = focused->mapTo(m_form->viewport(), QPoint(0, 0));
    QVERIFY(top.y() >= 0 && top.y() + focused->height() <= m_form->viewport()->height());

    QVERIFY(!m_form->focusField(QStringLiteral("champs_informations[5].lien")));
    QVERIFY(!m_form->focusField(QStringLiteral("nothing")));
    QVERIFY(!m_form->focusField(QStringLiteral("acces[0].nothing")));
}

void TestDocumentForm::tabOrderFollowsTheForm()
{
    m_form->show();
    m_form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_form));
    QCOMPARE(m_form->firstInput()->objectName(), QStringLiteral("title"));
    // An item added at the end of a group is visited in its place, before the next field.
    auto* add = child<QPushButton>(m_form, QStringLiteral("une-ou-diaporama:add"));
    m_form->ensureWidgetVisible(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(child<QWidget>(m_form, QStringLiteral("une-ou-diaporama[1].image")));
    m_form->firstInput()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_form->firstInput());
    QStringList visited;
    for (int i = 0; i < 100; ++i) {
        // Tab first walks the sections of a date (day, month, year, hour...), then leaves it.
        const QString name = QApplication::focusWidget()->objectName();
        if (visited.isEmpty() || visited.last() != name)
            visited.append(name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QStringList expected = {
        QStringLiteral("title"),
        QStringLiteral("categories[0]"),
        QStringLiteral("categories[0]:remove"),
        QStringLiteral("categories:add"),
        QStringLiteral("event_start_date"),
        QStringLiteral("event_start_date:clear"),
        QStringLiteral("event_end_date:set"),
        QStringLiteral("lieu"),
        QStringLiteral("afficher_la_carte"),
        QStringLiteral("une-ou-diaporama[0].image"),
        QStringLiteral("une-ou-diaporama[0].image:choose"),
        QStringLiteral("une-ou-diaporama[0].alternative-textuelle"),
        QStringLiteral("une-ou-diaporama[0].legende"),
        QStringLiteral("une-ou-diaporama[0]:down"),
        QStringLiteral("une-ou-diaporama[0]:remove"),
        QStringLiteral("une-ou-diaporama[1].image"),
        QStringLiteral("une-ou-diaporama[1].image:choose"),
        QStringLiteral("une-ou-diaporama[1].alternative-textuelle"),
        QStringLiteral("une-ou-diaporama[1].legende"),
        QStringLiteral("une-ou-diaporama[1]:up"),
        QStringLiteral("une-ou-diaporama[1]:remove"),
        QStringLiteral("une-ou-diaporama:add"),
        QStringLiteral("acces[0].type"),
        QStringLiteral("acces[0].lignes[0].nom"),
    };
    QCOMPARE(visited.mid(0, expected.size()), expected);
    // The unknown keys come last, then Tab wraps around to the first field.
    const int custom = visited.indexOf(QStringLiteral("custom"));
    QCOMPARE(visited.indexOf(QStringLiteral("champs_informations:add")), custom - 1);
    QCOMPARE(visited.at(custom + 1), QStringLiteral("title"));
}

void TestDocumentForm::accessibleNames()
{
    auto* place = child<QLineEdit>(m_form, QStringLiteral("lieu"));
    QCOMPARE(place->accessibleName(), QStringLiteral("Lieu"));
    auto* title = child<QLineEdit>(m_form, QStringLiteral("title"));
    QCOMPARE(title->accessibleName(), QStringLiteral("Title"));
    QVERIFY(title->accessibleDescription().contains(QLatin1String("Required")));
    QCOMPARE(title->toolTip(), QStringLiteral("The event's name, as on the page."));
    QVERIFY(child<QLabel>(m_form, QStringLiteral("title:help")));
    QVERIFY(child<QLabel>(m_form, QStringLiteral("title:label"))->text().contains(QLatin1Char('*')));
    QCOMPARE(child<QLineEdit>(m_form, QStringLiteral("champs_informations[1].lien"))->accessibleName(),
             QStringLiteral("Lien, item 2"));
    QCOMPARE(child<QLineEdit>(m_form, QStringLiteral("acces[0].lignes[1].nom"))->accessibleName(),
             QStringLiteral("Nom, item 2"));
    // Every control the keyboard reaches has a name a screen reader can say.
    for (QWidget* widget : m_form->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
            || qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QDateTimeEdit*>(widget);
        if (!control || !(widget->focusPolicy() & Qt::TabFocus) || widget->parentWidget()->inherits("QAbstractSpinBox"))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty() || !qobject_cast<QAbstractButton*>(widget)->text().isEmpty(),
                 qPrintable(widget->objectName()));
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
    }
}

void TestDocumentForm::readOnly()
{
    m_form->setReadOnly(true);
    QVERIFY(child<QLineEdit>(m_form, QStringLiteral("lieu"))->isReadOnly());
    QVERIFY(!child<QPushButton>(m_form, QStringLiteral("champs_informations:add"))->isEnabled());
    QVERIFY(!child<QCheckBox>(m_form, QStringLiteral("afficher_la_carte"))->isEnabled());
    // The state holds for a document loaded afterwards.
    m_form->setDocument(eventSchema(), parse(EventYaml));
    QVERIFY(child<QLineEdit>(m_form, QStringLiteral("acces[0].lignes[0].nom"))->isReadOnly());
    m_form->setReadOnly(false);
    QVERIFY(!child<QLineEdit>(m_form, QStringLiteral("lieu"))->isReadOnly());
}

void TestDocumentForm::sampleSiteEventsLoseNothing()
{
    SiteConfig config;
    QString error;
    // Another site (a copy of the real corpus, say) can be given to run the same check over it.
    const QString site = qEnvironmentVariable("EVENTDESK_FORM_SITE", QStringLiteral(EVENTDESK_SAMPLE_SITE));
    QVERIFY2(SiteConfig::load(site, &config, &error), qPrintable(error));
    EditorSettings settings;
    QVERIFY2(EditorSettings::load(config.root(), &settings, &error), qPrintable(error));
    const CollectionSchema schema = SiteScanner::schema(config, settings, QStringLiteral("evenements"));
    QVERIFY(!schema.fields.isEmpty());

    FormContext context;
    context.siteRoot = config.root();
    context.uploadsFolder = config.root() + QStringLiteral("/uploads");
    context.uploadsUrlPrefix = QStringLiteral("/uploads/");
    context.timeZone = QTimeZone(config.timezone().toUtf8());
    context.language = QStringLiteral("fr");
    m_form->setContext(context);
    m_form->resize(560, 1400);

    const QDir folder(config.root() + QStringLiteral("/_evenements"));
    const QStringList files = folder.entryList({QStringLiteral("*.markdown")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString& file : files) {
        const EventDocument document = EventDocument::load(folder.filePath(file));
        QCOMPARE(document.status(), EventDocument::Status::Ok);
        QSignalSpy spy(m_form, &DocumentForm::edited);
        m_form->setDocument(schema, document.frontMatter());
        QCOMPARE(spy.count(), 0);
        for (const YamlMapEntry& entry : document.frontMatter().entries())
            QVERIFY2(m_form->value(entry.key.toString()) == entry.value, qPrintable(file + entry.key.toString()));
        if (file == QLatin1String("atelier-accessibilite-numerique.markdown")) {
            QCOMPARE(child<QDateTimeEdit>(m_form, QStringLiteral("event_start_date"))->time(), QTime(14, 0));
            auto* thumbnail = child<QLabel>(m_form, QStringLiteral("une-ou-diaporama[0].image:thumbnail"));
            QVERIFY(!thumbnail->pixmap().isNull());
        }
        // A picture of the form, to look at: EVENTDESK_FORM_SCREENSHOTS=folder.
        const QString shots = qEnvironmentVariable("EVENTDESK_FORM_SCREENSHOTS");
        const QString shotFile = qEnvironmentVariable("EVENTDESK_FORM_SHOT_FILE",
                                                      QStringLiteral("atelier-accessibilite-numerique.markdown"));
        if (!shots.isEmpty() && file == shotFile) {
            m_form->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_form));
            QVERIFY(m_form->widget()->grab().save(shots + QLatin1Char('/') + QFileInfo(file).baseName()
                                                  + QStringLiteral(".png")));
        }
    }
}

QTEST_MAIN(TestDocumentForm)
#include "tst_documentform.moc"
