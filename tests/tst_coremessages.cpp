#include "check/documentchecker.h"
#include "check/problem.h"
#include "document/eventdocument.h"
#include "site/schema.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace EventDesk;

// The core's messages in the language of the interface: as written (English) with no translation
// installed, in French, naming fields by their French labels, once Translations::install() has
// installed the French one. The window shows them as they come (problems panel, errors).
class TestCoreMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void requiredField_data();
    void requiredField();
    void yamlSyntaxError_data();
    void yamlSyntaxError();
};

namespace {

// A front matter whose double-quoted title never ends: libyaml stops at the end of the text.
const QByteArray UnclosedQuote = "---\ntitle: \"Atelier\nlieu: Paris\n---\n\nTexte.\n";

void speak(const QString& language)
{
    const QLocale locale = language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                           : QLocale(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Translations::install(QCoreApplication::instance(), locale), language);
}

} // namespace

void TestCoreMessages::cleanup()
{
    // No translation for English: the translators of a French test go.
    QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English)), QStringLiteral("en"));
}

void TestCoreMessages::requiredField_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("labels"); // the form's, in the editor; empty: the messages'
    QTest::addColumn<QString>("message");
    QTest::newRow("English") << QStringLiteral("en") << QString() << QStringLiteral("\"Title\" is required");
    QTest::newRow("French") << QStringLiteral("fr") << QString()
                            << QStringLiteral("«\u00a0Titre\u00a0» est obligatoire");
    // An English interface on a French site: the field named as the form shows it.
    QTest::newRow("English, French labels")
        << QStringLiteral("en") << QStringLiteral("fr") << QStringLiteral("\"Titre\" is required");
    QTest::newRow("French, English labels")
        << QStringLiteral("fr") << QStringLiteral("en") << QStringLiteral("«\u00a0Title\u00a0» est obligatoire");
}

void TestCoreMessages::requiredField()
{
    QFETCH(QString, language);
    QFETCH(QString, labels);
    QFETCH(QString, message);
    speak(language);
    QCOMPARE(DocumentChecker::messageLanguage(), language);
    SchemaField title;
    title.key = QStringLiteral("title");
    title.labelFr = QStringLiteral("Titre");
    title.labelEn = QStringLiteral("Title");
    title.required = true;
    CollectionSchema schema;
    schema.fields.append(title);
    DocumentChecker::Context context;
    context.schema = &schema;
    context.relativePath = QStringLiteral("_evenements/atelier.markdown");
    context.labelLanguage = labels;
    const EventDocument document = EventDocument::fromBytes("---\nlieu: Paris\n---\n\nTexte.\n");
    QStringList messages;
    for (const Problem& problem : DocumentChecker::check(document, context)) {
        if (problem.code == QLatin1String("required") && problem.field == QLatin1String("title"))
            messages.append(problem.message);
    }
    QCOMPARE(messages, QStringList{message});
}

void TestCoreMessages::yamlSyntaxError_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("message");
    QTest::newRow("English") << QStringLiteral("en")
                             << QStringLiteral("found unexpected end of stream while scanning a quoted scalar (the "
                                               "problem is at line 4, column 1)");
    QTest::newRow("French") << QStringLiteral("fr")
                            << QStringLiteral("fin du texte inattendue en lisant un texte entre guillemets (le "
                                              "problème est à la ligne 4, colonne 1)");
}

void TestCoreMessages::yamlSyntaxError()
{
    QFETCH(QString, language);
    QFETCH(QString, message);
    speak(language);
    const EventDocument document = EventDocument::fromBytes(UnclosedQuote);
    QCOMPARE(document.status(), EventDocument::Status::FrontMatterError);
    QCOMPARE(document.error().line, 2);
    QCOMPARE(document.error().column, 8);
    QCOMPARE(document.error().message, message);
}

QTEST_GUILESS_MAIN(TestCoreMessages)
#include "tst_coremessages.moc"
