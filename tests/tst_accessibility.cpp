#include "accessibilitycheck.h"
#include "changesdialog.h"
#include "documentbrowser.h"
#include "documenteditor.h"
#include "documentform.h"
#include "documentlistmessage.h"
#include "fieldeditor.h"
#include "linkcheckbar.h"
#include "mainwindow.h"
#include "mainwindowtest.h"
#include "newdocumentdialog.h"
#include "opensite.h"
#include "previewpane.h"
#include "site/siteindex.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace EventDesk;

namespace {

QString describe(const QWidget* widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// The widgets Tab should stop at: shown, enabled, taking focus by Tab and not handing it to
// another widget.
bool isTabStop(const QWidget* widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()
        && !widget->isWindow();
}

// Where the focus goes on each Tab from `start` until it comes back there (at most `limit`
// presses), in `visited`; what is wrong: the focus not coming back (a trap), or tab stops of
// `window` it never reaches. A widget that keeps the focus for several presses (the preview,
// going from link to link) is listed once.
QStringList tabProblems(QWidget* window, QWidget* start, QList<QWidget*>* visited, int limit = 400)
{
    start->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([start] { return QApplication::focusWidget() == start; }))
        return {QStringLiteral("%1 does not take the focus").arg(describe(start))};
    QStringList trail;
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (!now || now == start)
            break;
        if (!visited->isEmpty() && visited->last() == now)
            continue;
        visited->append(now);
        trail.append(describe(now));
    }
    if (QApplication::focusWidget() != start)
        return {
            QStringLiteral("Tab does not come back to %1: %2").arg(describe(start), trail.join(QStringLiteral(", ")))};
    QStringList missed;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (isTabStop(widget) && widget != start && !visited->contains(widget))
            missed.append(QStringLiteral("Tab does not reach ") + describe(widget));
    }
    return missed;
}

// The widgets that look the same with and without the focus.
QStringList focusNotShown(const QList<QWidget*>& widgets)
{
    // A blinking text cursor would make two grabs differ by chance: keep it steady.
    QApplication::setCursorFlashTime(0);
    QStringList invisible;
    for (QWidget* widget : widgets) {
        widget->setFocus(Qt::TabFocusReason);
        if (!QTest::qWaitFor([widget] { return widget->hasFocus(); }))
            invisible.append(describe(widget) + QStringLiteral(" (no focus)"));
        const QImage focused = widget->grab().toImage();
        widget->clearFocus();
        if (!QTest::qWaitFor([widget] { return !widget->hasFocus(); }))
            invisible.append(describe(widget) + QStringLiteral(" (keeps the focus)"));
        if (widget->grab().toImage() == focused)
            invisible.append(QStringLiteral("No focus shown on ") + describe(widget));
    }
    QApplication::setCursorFlashTime(1000);
    return invisible;
}

} // namespace

// Screen readers and the keyboard over the main window and its dialogs, offscreen: every
// control named and described through QAccessible, reached by Tab, and showing its focus.
class TestAccessibility : public MainWindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindowControlsAreNamedAndDescribed();
    void formFieldsSayTheirLabelAndWhatTheyExpect();
    void rawModeBannerIsNamedAndDescribed();
    void passingPartsAreNamedAndDescribed();
    void newDocumentDialogControlsAreNamedAndDescribed();
    void changesDialogControlsAreNamedAndDescribed();
    void authorDialogControlsAreNamedAndDescribed();
    void tabReachesEveryControl();
    void focusIsVisible();
    void dialogsWorkFromTheKeyboard();

private:
    // The window with the sample event open, shown and active.
    bool openWindow(MainWindow& window);
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestAccessibility::init()
{
    QVERIFY(setUpSite());
}

void TestAccessibility::cleanup()
{
    tearDownSite();
}

bool TestAccessibility::openWindow(MainWindow& window)
{
    window.show();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    return openDocument(window, Atelier);
}

void TestAccessibility::mainWindowControlsAreNamedAndDescribed()
{
    MainWindow window(m_settings.get());
    QVERIFY(openWindow(window));
    // The form is built, with a repeatable group and its items' buttons, and the preview shown.
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("champs_informations[0]:remove")));
    QVERIFY(!window.preview()->toPlainText().isEmpty());

    const QStringList problems = A11y::unnamedControls(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
    // Labels that carry information of their own are read with a description too.
    QStringList labels;
    for (const char* name : {"documentTitle", "problemCounts"}) {
        auto* label = window.findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(label, name);
        const QString problem = A11y::problemOf(label, true);
        if (!problem.isEmpty())
            labels.append(problem);
    }
    QVERIFY2(labels.isEmpty(), qPrintable(labels.join(u'\n')));

    // The walk does see what a screen reader would stumble on: a button with nothing to say.
    auto* mute = new QToolButton(window.editor());
    mute->show();
    QCOMPARE(A11y::unnamedControls(&window).size(), 1);
}

void TestAccessibility::formFieldsSayTheirLabelAndWhatTheyExpect()
{
    MainWindow window(m_settings.get());
    QVERIFY(openWindow(window));
    const QList<FieldEditor*> editors = window.editor()->form()->findChildren<FieldEditor*>();
    QVERIFY(editors.size() > 5);
    auto read = [](QWidget* widget, QAccessible::Text text) {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        return accessible ? accessible->text(text) : QString();
    };
    for (FieldEditor* editor : editors) {
        QWidget* target = editor->focusTarget();
        if (!target || !target->isVisible())
            continue;
        // A group's focus goes to its first item's first field: that field's editor is checked.
        QWidget* owner = target;
        while (owner && !qobject_cast<FieldEditor*>(owner))
            owner = owner->parentWidget();
        if (owner != editor)
            continue;
        // Named after its label ("Horaires, item 1" in a group, "Add an item to Accès" for an empty
        // group); described by what it takes.
        QVERIFY2(read(target, QAccessible::Name).contains(editor->label()), qPrintable(editor->path()));
        QVERIFY2(read(target, QAccessible::Description).contains(editor->accessibleHelp()), qPrintable(editor->path()));
    }
    // A date says its format by an example; a group's buttons say which item they move or remove.
    const QString date = read(window.findChild<QWidget*>(QStringLiteral("event_start_date")), QAccessible::Description);
    QVERIFY2(date.contains(QLatin1String("31")) && date.contains(QLatin1String("2027"))
                 && date.contains(QLatin1String("16:30")),
             qPrintable(date));
    auto* group = window.findChild<FieldEditor*>(QStringLiteral("field:champs_informations"));
    QVERIFY(group);
    const QString remove =
        read(window.findChild<QWidget*>(QStringLiteral("champs_informations[1]:remove")), QAccessible::Name);
    QVERIFY2(remove.contains(QLatin1String("2")) && remove.contains(group->accessibleLabel()), qPrintable(remove));
    const QString up = read(window.findChild<QWidget*>(QStringLiteral("champs_informations[1]:up")), QAccessible::Name);
    QVERIFY2(up.contains(QLatin1String("2")) && up.contains(group->accessibleLabel()), qPrintable(up));
}

void TestAccessibility::rawModeBannerIsNamedAndDescribed()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, QStringLiteral("_evenements/casse.markdown")));
    auto* banner = window.findChild<QWidget*>(QStringLiteral("errorBanner"));
    QVERIFY(banner && banner->isVisible());
    const QString problem = A11y::problemOf(banner, true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList problems = A11y::unnamedControls(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

void TestAccessibility::passingPartsAreNamedAndDescribed()
{
    // What shows only at times: a search that finds nothing (the buttons to clear it), a filter
    // of the problems, a link check going on (its progress and stop button), the list while the
    // site is read.
    MainWindow window(m_settings.get());
    QVERIFY(openWindow(window));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("documentSearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("zzzz-rien"));
    auto* clear = window.findChild<QWidget*>(QStringLiteral("clearSearchButton"));
    QTRY_VERIFY(clear && clear->isVisible());
    window.findChild<QLineEdit*>(QStringLiteral("problemsFilter"))->setText(QStringLiteral("zzzz"));
    QStringList problems = A11y::unnamedControls(&window);

    LinkCheckBar bar;
    bar.prepare();
    QVERIFY(bar.isVisible());
    problems += A11y::unnamedControls(&bar);

    DocumentListMessage message;
    message.showMessage(QStringLiteral("Lecture du site…"), true, true);
    message.show();
    problems += A11y::unnamedControls(&message);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

void TestAccessibility::newDocumentDialogControlsAreNamedAndDescribed()
{
    MainWindow window(m_settings.get());
    QVERIFY(openWindow(window));
    NewDocumentDialog dialog(window.site()->config(), window.site()->settings(),
                             window.site()->index()->schema(QStringLiteral("evenements")), &window);
    dialog.setTitle(QStringLiteral("Atelier du jeudi"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.fileName().isEmpty());
    QStringList problems = A11y::unnamedControls(&dialog);
    for (const char* name : {"newDocumentFile", "newDocumentUrl"}) {
        const QString problem = A11y::problemOf(dialog.findChild<QWidget*>(QLatin1String(name)), true);
        if (!problem.isEmpty())
            problems.append(problem);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

void TestAccessibility::authorDialogControlsAreNamedAndDescribed()
{
    MainWindow window(m_settings.get());
    QVERIFY(openWindow(window));
    // The dialog is modal: looked at once it shows, then closed.
    QStringList problems;
    bool seen = false;
    QTimer::singleShot(0, &window, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        seen = true;
        problems = A11y::unnamedControls(dialog);
        for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
            const QString problem = A11y::problemOf(button, true);
            if (!problem.isEmpty())
                problems.append(problem);
        }
        problems.removeDuplicates();
        static_cast<QDialog*>(dialog)->reject();
    });
    window.chooseAuthor();
    QVERIFY(seen);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

void TestAccessibility::changesDialogControlsAreNamedAndDescribed()
{
    QString error;
    const std::unique_ptr<ChangesDialog> made =
        A11y::gitChangesDialog(m_dir->filePath(QStringLiteral("git-site")), &error);
    QVERIFY2(made, qPrintable(error));
    ChangesDialog& dialog = *made;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList problems = A11y::unnamedControls(&dialog);
    // With the commit panel open: message, branch choice, commit and push.
    dialog.findChild<QPushButton*>(QStringLiteral("openCommitButton"))->click();
    QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("commitMessage"))->isVisible());
    problems += A11y::unnamedControls(&dialog);
    const QString summary = A11y::problemOf(dialog.findChild<QWidget*>(QStringLiteral("changesSummary")), true);
    if (!summary.isEmpty())
        problems.append(summary);
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

void TestAccessibility::tabReachesEveryControl()
{
    MainWindow window(m_settings.get());
    QVERIFY(openWindow(window));
    QList<QWidget*> visited;
    const QStringList problems = tabProblems(&window, window.browser()->view(), &visited);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // And Shift+Tab goes back the same way.
    QVERIFY(!visited.isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), visited.last());
}

void TestAccessibility::focusIsVisible()
{
    MainWindow window(m_settings.get());
    QVERIFY(openWindow(window));
    QList<QWidget*> visited;
    QVERIFY(tabProblems(&window, window.browser()->view(), &visited).isEmpty());
    visited.prepend(window.browser()->view());
    const QStringList invisible = focusNotShown(visited);
    QVERIFY2(invisible.isEmpty(),
             qPrintable(QStringLiteral("The focus does not show on: ") + invisible.join(QStringLiteral(", "))));
}

void TestAccessibility::dialogsWorkFromTheKeyboard()
{
    MainWindow window(m_settings.get());
    QVERIFY(openWindow(window));
    NewDocumentDialog newDocument(window.site()->config(), window.site()->settings(),
                                  window.site()->index()->schema(QStringLiteral("evenements")), &window);
    newDocument.setTitle(QStringLiteral("Atelier du jeudi"));
    newDocument.show();
    QVERIFY(QTest::qWaitForWindowActive(&newDocument));
    QList<QWidget*> visited;
    auto* title = newDocument.findChild<QWidget*>(QStringLiteral("newDocumentTitle"));
    QStringList problems = tabProblems(&newDocument, title, &visited);
    problems += focusNotShown(visited << title);
    newDocument.close();

    QString error;
    const std::unique_ptr<ChangesDialog> made =
        A11y::gitChangesDialog(m_dir->filePath(QStringLiteral("git-site")), &error);
    QVERIFY2(made, qPrintable(error));
    ChangesDialog& dialog = *made;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.findChild<QPushButton*>(QStringLiteral("openCommitButton"))->click();
    auto* list = dialog.findChild<QWidget*>(QStringLiteral("changesList"));
    visited.clear();
    problems += tabProblems(&dialog, list, &visited);
    problems += focusNotShown(visited << list);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
