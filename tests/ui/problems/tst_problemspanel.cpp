#include "problemfixtures.h"
#include "problemmodel.h"
#include "problemspanel.h"
#include "problemsview.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace EventDesk;
using namespace ProblemFixtures;

namespace {

QStringList shownMessages(QTreeView* view)
{
    QStringList messages;
    QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        messages.append(model->index(row, ProblemModel::DescriptionColumn).data().toString());
    return messages;
}

QToolButton* button(ProblemsPanel& panel, const char* name)
{
    auto* b = panel.findChild<QToolButton*>(QLatin1String(name));
    Q_ASSERT(b);
    return b;
}

} // namespace

class TestProblemsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAndButtonTexts();
    void replacingKeepsTheCurrentRow();
    void filterByText();
    void filterBySeverity();
    void sortingOrder();
    void activationByDoubleClick();
    void activationByKeyboard();
    void emptyState();
    void controlsHaveNames();
};

void TestProblemsPanel::countsAndButtonTexts()
{
    ProblemsPanel panel;
    QSignalSpy counts(&panel, &ProblemsPanel::countsChanged);
    QCOMPARE(button(panel, "errorsButton")->text(), QStringLiteral("0 errors"));

    panel.setProblems(QStringLiteral("checks"), offlineChecks());
    panel.setProblems(QStringLiteral("links"), linkChecks());
    QCOMPARE(panel.model()->count(Error), 2);
    QCOMPARE(panel.model()->count(Warning), 1);
    QCOMPARE(panel.model()->count(Info), 3);
    QCOMPARE(button(panel, "errorsButton")->text(), QStringLiteral("2 errors"));
    QCOMPARE(button(panel, "warningsButton")->text(), QStringLiteral("1 warning"));
    QCOMPARE(button(panel, "notesButton")->text(), QStringLiteral("3 notes"));
    QCOMPARE(counts.count(), 2);
    QCOMPARE(counts.last(), (QVariantList{2, 1, 3}));

    // The same problems again: nothing changed, nothing said.
    panel.setProblems(QStringLiteral("links"), linkChecks());
    QCOMPARE(counts.count(), 2);

    panel.setProblems(QStringLiteral("checks"), {offlineChecks().at(1)});
    QCOMPARE(button(panel, "errorsButton")->text(), QStringLiteral("1 error"));
    QCOMPARE(button(panel, "warningsButton")->text(), QStringLiteral("0 warnings"));
    QCOMPARE(button(panel, "notesButton")->text(), QStringLiteral("1 note"));
    QCOMPARE(counts.last(), (QVariantList{1, 0, 1}));

    panel.clear();
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(counts.last(), (QVariantList{0, 0, 0}));
    QCOMPARE(button(panel, "notesButton")->text(), QStringLiteral("0 notes"));
}

void TestProblemsPanel::replacingKeepsTheCurrentRow()
{
    ProblemsPanel panel;
    QVector<Problem> problems = offlineChecks();
    panel.setProblems(QStringLiteral("checks"), problems);
    QTreeView* view = panel.view();
    const int weekdayRow = int(shownMessages(view).indexOf(problems.at(2).message));
    QVERIFY(weekdayRow >= 0);
    view->setCurrentIndex(view->model()->index(weekdayRow, 0));

    QSignalSpy removed(panel.model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(panel.model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(panel.model(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);
    problems[2].line = 15;
    panel.setProblems(QStringLiteral("checks"), problems);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(view->currentIndex().data().toString(), problems.at(2).message);
    QCOMPARE(view->currentIndex().siblingAtColumn(ProblemModel::LocationColumn).data().toString(),
             QStringLiteral("Line 15, column 9"));

    // A new problem before it and one fixed after it: one insertion, one removal.
    problems.insert(1, makeProblem(Warning, QStringLiteral("new"), QStringLiteral("lieu")));
    problems.removeLast();
    panel.setProblems(QStringLiteral("checks"), problems);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(view->currentIndex().data().toString(), problems.at(3).message);
}

void TestProblemsPanel::filterByText()
{
    ProblemsPanel panel;
    panel.setProblems(QStringLiteral("checks"), offlineChecks());
    panel.setProblems(QStringLiteral("links"), linkChecks());
    auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("problemsFilter"));
    QVERIFY(filter);
    QTreeView* view = panel.view();
    QCOMPARE(view->model()->rowCount(), 6);

    QTest::keyClicks(filter, QStringLiteral("IMAGE"));
    QCOMPARE(
        shownMessages(view),
        (QStringList{QStringLiteral("the image has no alternative text"), QStringLiteral("the image has no caption")}));

    // The location as shown ("› 3 ›") and the code, which is not shown.
    filter->setText(QStringLiteral("informations › 3"));
    QCOMPARE(shownMessages(view), QStringList{QStringLiteral("the link was moved")});
    filter->setText(QStringLiteral("end-before"));
    QCOMPARE(shownMessages(view), QStringList{QStringLiteral("the end comes before the start")});
    filter->setText(QStringLiteral("line 14"));
    QCOMPARE(shownMessages(view), QStringList{offlineChecks().at(2).message});

    filter->setText(QStringLiteral("nothing like this"));
    QCOMPARE(view->model()->rowCount(), 0);
    auto* problemsView = qobject_cast<ProblemsView*>(view);
    QVERIFY(problemsView);
    QVERIFY(problemsView->isPlaceholderVisible());
    QCOMPARE(problemsView->placeholderText(), QStringLiteral("No problems match the filter."));

    filter->clear();
    QCOMPARE(view->model()->rowCount(), 6);
    QVERIFY(!problemsView->isPlaceholderVisible());
}

void TestProblemsPanel::filterBySeverity()
{
    ProblemsPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setProblems(QStringLiteral("checks"), offlineChecks());
    panel.setProblems(QStringLiteral("links"), linkChecks());
    QTreeView* view = panel.view();
    auto severities = [view]() {
        QList<int> result;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            result.append(view->model()->index(row, 0).data(ProblemModel::SeverityRole).toInt());
        return result;
    };
    QCOMPARE(view->model()->rowCount(), 6);

    QTest::mouseClick(button(panel, "errorsButton"), Qt::LeftButton);
    QVERIFY(!button(panel, "errorsButton")->isChecked());
    QCOMPARE(severities(), (QList<int>{int(Warning), int(Info), int(Info), int(Info)}));

    QTest::mouseClick(button(panel, "notesButton"), Qt::LeftButton);
    QCOMPARE(severities(), QList<int>{int(Warning)});

    // The counts are of the document, not of what is shown.
    QCOMPARE(button(panel, "errorsButton")->text(), QStringLiteral("2 errors"));

    button(panel, "warningsButton")->setFocus();
    QTest::keyClick(button(panel, "warningsButton"), Qt::Key_Space);
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(qobject_cast<ProblemsView*>(view)->placeholderText(), QStringLiteral("No problems match the filter."));

    QTest::mouseClick(button(panel, "errorsButton"), Qt::LeftButton);
    QCOMPARE(severities(), (QList<int>{int(Error), int(Error)}));
}

void TestProblemsPanel::sortingOrder()
{
    ProblemsPanel panel;
    QVector<Problem> problems = {
        makeProblem(Info, QStringLiteral("info body"), QString(), 3, 1),
        makeProblem(Error, QStringLiteral("error body"), QString(), 20, 5),
        makeProblem(Warning, QStringLiteral("warning field"), QStringLiteral("lieu")),
        makeProblem(Error, QStringLiteral("error item 11"), QStringLiteral("champs_informations[10].lien")),
        makeProblem(Error, QStringLiteral("error item 3"), QStringLiteral("champs_informations[2].lien")),
        makeProblem(Error, QStringLiteral("error body earlier"), QString(), 9, 2),
    };
    panel.setProblems(QStringLiteral("checks"), problems);
    QTreeView* view = panel.view();

    // Default: most severe first, then front matter fields (item numbers in number order), then
    // body lines.
    QCOMPARE(shownMessages(view),
             (QStringList{QStringLiteral("error item 3"), QStringLiteral("error item 11"),
                          QStringLiteral("error body earlier"), QStringLiteral("error body"),
                          QStringLiteral("warning field"), QStringLiteral("info body")}));

    // By location: fields, then the body in line order.
    view->sortByColumn(ProblemModel::LocationColumn, Qt::AscendingOrder);
    QCOMPARE(
        shownMessages(view),
        (QStringList{QStringLiteral("error item 3"), QStringLiteral("error item 11"), QStringLiteral("warning field"),
                     QStringLiteral("info body"), QStringLiteral("error body earlier"), QStringLiteral("error body")}));

    // The header click sorts too; the second click reverses.
    view->sortByColumn(ProblemModel::FileColumn, Qt::AscendingOrder);
    const int descriptionX = view->header()->sectionViewportPosition(ProblemModel::DescriptionColumn) + 10;
    panel.resize(900, 220);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::mouseClick(view->header()->viewport(), Qt::LeftButton, {}, QPoint(descriptionX, 5));
    QCOMPARE(view->header()->sortIndicatorSection(), int(ProblemModel::DescriptionColumn));
    const Qt::SortOrder first = view->header()->sortIndicatorOrder();
    QTest::mouseClick(view->header()->viewport(), Qt::LeftButton, {}, QPoint(descriptionX, 5));
    QCOMPARE_NE(view->header()->sortIndicatorOrder(), first);
    view->sortByColumn(ProblemModel::DescriptionColumn, Qt::DescendingOrder);
    QCOMPARE(shownMessages(view).first(), QStringLiteral("info body"));
    QCOMPARE(shownMessages(view).last(), QStringLiteral("error item 3"));

    // New rows land in their sorted place.
    view->sortByColumn(ProblemModel::DescriptionColumn, Qt::AscendingOrder);
    panel.setProblems(QStringLiteral("links"),
                      {makeProblem(Error, QStringLiteral("error title"), QStringLiteral("title"))});
    QCOMPARE(shownMessages(view).at(2), QStringLiteral("error title"));
}

void TestProblemsPanel::activationByDoubleClick()
{
    ProblemsPanel panel;
    panel.resize(900, 220);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setProblems(QStringLiteral("checks"), offlineChecks());
    panel.setProblems(QStringLiteral("links"), linkChecks());
    QSignalSpy activated(&panel, &ProblemsPanel::problemActivated);

    QTreeView* view = panel.view();
    const int row = int(shownMessages(view).indexOf(QStringLiteral("the link was moved")));
    const QRect rect = view->visualRect(view->model()->index(row, ProblemModel::LocationColumn));
    QVERIFY(rect.isValid());
    // A double-click is a click, then the double-click event (which is all mouseDClick sends).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 0);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 1);
    const Problem problem = activated.first().first().value<Problem>();
    QCOMPARE(problem.code, QStringLiteral("link-moved"));
    QCOMPARE(problem.field, QStringLiteral("champs_informations[2].lien"));
    QCOMPARE(problem.fix, QStringLiteral("https://www.numerique.gouv.fr/agenda/"));
}

void TestProblemsPanel::activationByKeyboard()
{
    ProblemsPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setProblems(QStringLiteral("checks"), offlineChecks());
    QSignalSpy activated(&panel, &ProblemsPanel::problemActivated);

    // From the filter: Down goes to the list, on the first (most severe) problem.
    panel.focusFilter();
    auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("problemsFilter"));
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_Down);
    QTreeView* view = panel.view();
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().row(), 0);

    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().first().value<Problem>().message, QStringLiteral("the end comes before the start"));
    QCOMPARE(activated.last().first().value<Problem>().field, QStringLiteral("event_end_date"));

    QTest::keyClick(view, Qt::Key_Down); // the title, an error too
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(activated.count(), 2);
    const Problem weekday = activated.last().first().value<Problem>();
    QCOMPARE(weekday.code, QStringLiteral("weekday"));
    QCOMPARE(weekday.line, 14);
    QCOMPARE(weekday.column, 9);
}

void TestProblemsPanel::emptyState()
{
    ProblemsPanel panel;
    panel.resize(900, 220);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* view = qobject_cast<ProblemsView*>(panel.view());
    QVERIFY(view);
    QVERIFY(view->isPlaceholderVisible());
    QCOMPARE(view->placeholderText(), QStringLiteral("No problems in this document."));
    auto* label = view->viewport()->findChild<QWidget*>(QStringLiteral("problemsPlaceholder"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->geometry(), view->viewport()->rect());
    QImage empty = panel.grab().toImage();

    panel.setProblems(QStringLiteral("checks"), offlineChecks());
    panel.setProblems(QStringLiteral("links"), linkChecks());
    QVERIFY(!view->isPlaceholderVisible());
    QVERIFY(!label->isVisible());
    QImage full = panel.grab().toImage();
    QVERIFY(full != empty);

    // Pictures to look at: EVENTDESK_SCREENSHOTS=/some/folder.
    const QString folder = qEnvironmentVariable("EVENTDESK_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QVERIFY(empty.save(folder + QStringLiteral("/problems-empty.png")));
        QVERIFY(full.save(folder + QStringLiteral("/problems-mixed.png")));
        panel.view()->setCurrentIndex(panel.view()->model()->index(1, 0));
        QVERIFY(panel.grab().save(folder + QStringLiteral("/problems-selected.png")));
    }

    panel.clear();
    QVERIFY(view->isPlaceholderVisible());
    QCOMPARE(view->placeholderText(), QStringLiteral("No problems in this document."));
}

void TestProblemsPanel::controlsHaveNames()
{
    ProblemsPanel panel;
    panel.setProblems(QStringLiteral("checks"), offlineChecks());
    for (const char* name : {"errorsButton", "warningsButton", "notesButton"}) {
        QToolButton* b = button(panel, name);
        QVERIFY(b->isCheckable());
        QVERIFY(b->isChecked());
        QVERIFY(!b->icon().isNull());
        QVERIFY(!b->accessibleName().isEmpty());
        QVERIFY(b->focusPolicy() & Qt::TabFocus);
    }
    QCOMPARE(button(panel, "notesButton")->accessibleName(), QStringLiteral("2 notes"));
    auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("problemsFilter"));
    QVERIFY(filter);
    QCOMPARE(filter->placeholderText(), QStringLiteral("Filter problems"));
    QVERIFY(filter->isClearButtonEnabled());
    QVERIFY(!filter->accessibleName().isEmpty());
    QCOMPARE(panel.view()->objectName(), QStringLiteral("problemsView"));
    QVERIFY(!panel.view()->accessibleName().isEmpty());
    QVERIFY(!panel.view()->rootIsDecorated());
    QVERIFY(panel.view()->isSortingEnabled());
    QVERIFY(panel.view()->alternatingRowColors());
    QVERIFY(panel.view()->uniformRowHeights());
    QCOMPARE(panel.view()->header()->sectionResizeMode(ProblemModel::DescriptionColumn), QHeaderView::Stretch);
    QCOMPARE(panel.view()->model()->index(0, 0).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Error: the end comes before the start"));
}

QTEST_MAIN(TestProblemsPanel)
#include "tst_problemspanel.moc"
