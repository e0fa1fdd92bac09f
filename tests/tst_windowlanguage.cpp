#include "appsettings.h"
#include "documenteditor.h"
#include "documentform.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "mainwindowtest.h"
#include "markdowneditor.h"
#include "previewpane.h"
#include "problemmodel.h"
#include "problemspanel.h"
#include "translations.h"

#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace EventDesk;

// The main window in French: the typography notes and fixes of a French site, the interface
// speaking French (and English plurals), the language chosen in the menu.
class TestWindowLanguage : public MainWindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(setUpSite()); }
    void cleanup() { tearDownSite(); }
    void frenchTypographyIsReportedAndFixed();
    void speaksFrench();
    void languageChosenInTheMenu();
};

void TestWindowLanguage::frenchTypographyIsReportedAndFixed()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openDocument(window, Atelier));
    ProblemModel* model = window.problems()->model();
    auto notes = [model] { // of the body
        int count = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Problem problem = model->problem(model->index(row, 0));
            count += problem.code == QLatin1String("typography") && problem.field.isEmpty();
        }
        return count;
    };
    QTRY_VERIFY(notes() > 0); // "## Pour qui ?" in the body
    QAction* fix = window.findChild<QAction*>(QStringLiteral("fixTypographyAction"));

    // The body, whole (no selection), as one undo step.
    MarkdownEditor* body = window.editor()->bodyEditor();
    const QString before = body->toPlainText();
    body->setFocus();
    fix->trigger();
    QVERIFY(window.currentSession()->document().body().contains(QStringLiteral("Pour qui") + QChar(0x202F) + u'?'));
    QTRY_COMPARE(notes(), 0);
    QUndoStack* stack = window.currentSession()->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Fix French typography"));
    stack->undo();
    QCOMPARE(body->toPlainText(), before);

    // The field being edited.
    auto* place = window.editor()->form()->findChild<QLineEdit*>(QStringLiteral("lieu"));
    place->setFocus();
    place->selectAll();
    QTest::keyClicks(place, QStringLiteral("Salle : A"));
    // Reported at the field, whose line it gives.
    auto placeNote = [model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            const Problem problem = model->problem(model->index(row, 0));
            if (problem.code == QLatin1String("typography") && problem.field == QLatin1String("lieu"))
                return problem;
        }
        return Problem();
    };
    QTRY_VERIFY(!placeNote().field.isEmpty());
    QVERIFY(placeNote().line > 1);
    // Named as the form labels the field.
    QStringList locations;
    for (int row = 0; row < model->rowCount(); ++row)
        locations.append(model->index(row, ProblemModel::LocationColumn).data().toString());
    QVERIFY2(locations.contains(QStringLiteral("Lieu")), qPrintable(locations.join(QLatin1Char('|'))));
    fix->trigger();
    QCOMPARE(window.currentSession()->frontMatter().value(QStringLiteral("lieu")).toString(),
             QStringLiteral("Salle") + QChar(0x00A0) + QStringLiteral(": A"));
    QTRY_COMPARE(place->text(), QStringLiteral("Salle") + QChar(0x00A0) + QStringLiteral(": A"));
    QCOMPARE(body->toPlainText(), before); // the body was not touched
    QTRY_VERIFY(placeNote().field.isEmpty());
}

void TestWindowLanguage::speaksFrench()
{
    QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France)),
             QStringLiteral("fr"));
    MainWindow window(m_settings.get());
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus.first(), QStringLiteral("&Fichier"));
    QCOMPARE(menus.last(), QStringLiteral("&Aide"));
    QVERIFY(openDocument(window, Atelier));
    QTRY_VERIFY(window.preview()->toPlainText().contains(QStringLiteral("Jeudi 11 février 2027, de 14 h à 17 h")));
    QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::German)), QStringLiteral("en"));
    // A language EventDesk does not speak gets English, with its plurals written out.
    auto changed = [](int count) {
        return QCoreApplication::translate("EventDesk::ChangesDialog", "%n file(s) changed since the last version.",
                                           nullptr, count);
    };
    QCOMPARE(changed(1), QStringLiteral("1 file changed since the last version."));
    QCOMPARE(changed(3), QStringLiteral("3 files changed since the last version."));
}

void TestWindowLanguage::languageChosenInTheMenu()
{
    MainWindow window(m_settings.get());
    auto firstMenu = [&window] { return window.menuBar()->actions().first()->text(); };
    QCOMPARE(firstMenu(), QStringLiteral("&File")); // the tests' system speaks C
    window.findChild<QAction*>(QStringLiteral("language-fr"))->trigger();
    QTRY_COMPARE(firstMenu(), QStringLiteral("&Fichier"));
    QCOMPARE(m_settings->language(), QStringLiteral("fr"));
    QCOMPARE(AppSettings(m_dir->filePath(QStringLiteral("settings.ini"))).interfaceLocale().language(),
             QLocale::French);
    window.findChild<QAction*>(QStringLiteral("language-"))->trigger();
    QTRY_COMPARE(firstMenu(), QStringLiteral("&File"));
    QCOMPARE(m_settings->language(), QString());
}

QTEST_MAIN(TestWindowLanguage)
#include "tst_windowlanguage.moc"
