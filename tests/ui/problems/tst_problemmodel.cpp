#include "problemfiltermodel.h"
#include "problemfixtures.h"
#include "problemmodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace EventDesk;
using namespace ProblemFixtures;

class TestProblemModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locationText_data();
    void locationText();
    void locationNamesFieldsByTheirLabels();
    void tooltipHasTheFix();
    void replacingOneSourceKeepsTheOther();
    void modelTesterWhileReplacing();
    void persistentIndexFollowsTheProblem();
};

void TestProblemModel::locationText_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("top-level field") << QStringLiteral("title") << 0 << 0 << QStringLiteral("title");
    QTest::newRow("list item, counted from 1")
        << QStringLiteral("champs_informations[2].lien") << 0 << 0 << QStringLiteral("champs_informations › 3 › lien");
    QTest::newRow("nested lists") << QStringLiteral("acces[0].lignes[11].nom") << 0 << 0
                                  << QStringLiteral("acces › 1 › lignes › 12 › nom");
    QTest::newRow("a whole item") << QStringLiteral("categories[0]") << 0 << 0 << QStringLiteral("categories › 1");
    QTest::newRow("body line and column") << QString() << 12 << 4 << QStringLiteral("Line 12, column 4");
    QTest::newRow("body line only") << QString() << 7 << 0 << QStringLiteral("Line 7");
    QTest::newRow("nowhere in particular") << QString() << 0 << 0 << QString();
}

void TestProblemModel::locationText()
{
    QFETCH(QString, field);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);

    ProblemModel model;
    model.setProblems(QStringLiteral("checks"), {makeProblem(Warning, QStringLiteral("m"), field, line, column)});
    QCOMPARE(model.index(0, ProblemModel::LocationColumn).data().toString(), expected);
    QCOMPARE(ProblemModel::locationText(model.problem(model.index(0, 0))), expected);
}

void TestProblemModel::locationNamesFieldsByTheirLabels()
{
    auto field = [](const char* key, const char* labelFr) {
        SchemaField f;
        f.key = QLatin1String(key);
        f.labelFr = QString::fromUtf8(labelFr);
        return f;
    };
    CollectionSchema schema;
    schema.fields = {field("chapeau-text", "Chapeau"), field("champs_informations", "Informations pratiques"),
                     field("acces", "Accès")};
    schema.fields[1].fields = {field("contenu", "Contenu")};
    schema.fields[2].fields = {field("lignes", "Lignes")};
    schema.fields[2].fields[0].fields = {field("nom", "Nom de la ligne")};

    ProblemModel model;
    model.setProblems(
        QStringLiteral("checks"),
        {makeProblem(Warning, QStringLiteral("a"), QStringLiteral("chapeau-text"), 3, 0),
         makeProblem(Warning, QStringLiteral("b"), QStringLiteral("champs_informations[1].contenu"), 0, 0),
         makeProblem(Warning, QStringLiteral("c"), QStringLiteral("acces[0].lignes[2].nom"), 0, 0),
         makeProblem(Warning, QStringLiteral("d"), QStringLiteral("inconnu[0].x"), 0, 0)});
    auto location = [&model](int row) { return model.index(row, ProblemModel::LocationColumn).data().toString(); };
    QCOMPARE(location(0), QStringLiteral("chapeau-text")); // no schema yet: the keys
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSchema(schema, QStringLiteral("fr"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(location(0), QStringLiteral("Chapeau"));
    QCOMPARE(location(1), QStringLiteral("Informations pratiques › 2 › Contenu"));
    QCOMPARE(location(2), QStringLiteral("Accès › 1 › Lignes › 3 › Nom de la ligne"));
    QCOMPARE(location(3), QStringLiteral("inconnu › 1 › x")); // keys the schema does not know
}

void TestProblemModel::tooltipHasTheFix()
{
    ProblemModel model;
    model.setProblems(QStringLiteral("links"), linkChecks());
    const QString tip = model.index(0, ProblemModel::LocationColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("the link was moved")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("https://www.numerique.gouv.fr/agenda/")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("champs_informations › 3 › lien")), qPrintable(tip));
    QCOMPARE(model.index(0, 0).data(ProblemModel::SeverityRole).toInt(), int(Info));
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.headerData(ProblemModel::DescriptionColumn, Qt::Horizontal).toString(),
             QStringLiteral("Description"));
    QCOMPARE(model.headerData(ProblemModel::LocationColumn, Qt::Horizontal).toString(), QStringLiteral("Location"));
    QCOMPARE(model.headerData(ProblemModel::FileColumn, Qt::Horizontal).toString(), QStringLiteral("File"));
}

void TestProblemModel::replacingOneSourceKeepsTheOther()
{
    ProblemModel model;
    QAbstractItemModelTester tester(&model);
    model.setProblems(QStringLiteral("checks"), offlineChecks());
    model.setProblems(QStringLiteral("links"), linkChecks());
    QCOMPARE(model.rowCount(), 6);

    model.setProblems(QStringLiteral("checks"), {offlineChecks().at(3)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.problem(model.index(0, 0)).message, QStringLiteral("\"Title\" is required"));
    QCOMPARE(model.problem(model.index(1, 0)).code, QStringLiteral("link-moved"));
    QCOMPARE(model.problem(model.index(1, 0)).fix, QStringLiteral("https://www.numerique.gouv.fr/agenda/"));

    model.setProblems(QStringLiteral("checks"), {});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.problem(model.index(0, 0)).code, QStringLiteral("link-moved"));

    model.setProblems(QStringLiteral("checks"), offlineChecks());
    QCOMPARE(model.rowCount(), 6);
    model.setProblems(QStringLiteral("links"), {});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.count(Info), 2);
}

// Typing moves the body's problems down a line: the rows are updated, not removed and inserted,
// so the view stays on the problem the user was looking at.

// The model and the sorted, filtered proxy over it stay consistent (QAbstractItemModelTester
// fails the test otherwise) through every kind of replacement: rows gone, added, moved lines.
void TestProblemModel::modelTesterWhileReplacing()
{
    ProblemModel model;
    ProblemFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ProblemModel::DescriptionColumn);
    QAbstractItemModelTester sourceTester(&model);
    QAbstractItemModelTester proxyTester(&proxy);
    const QVector<Problem> all = offlineChecks();
    const QString link = linkChecks().first().message;
    for (int from = 0; from < 32; from += 3) {
        for (int to = 0; to < 32; to += 5) {
            QVector<Problem> before, after;
            for (int i = 0; i < all.size(); ++i) {
                if (from & (1 << i))
                    before.append(all.at(i));
                if (to & (1 << i)) {
                    after.append(all.at(i));
                    after.last().line += all.at(i).line > 0 ? to : 0; // typing moved the body's problems
                }
            }
            const bool withLinks = (from + to) % 2;
            proxy.setFilterText(from % 4 ? QString() : QStringLiteral("the"));
            proxy.setSeverityVisible(Problem::Severity::Info, to % 3);
            model.setProblems(QStringLiteral("checks"), before);
            model.setProblems(QStringLiteral("links"), withLinks ? linkChecks() : QVector<Problem>());
            model.setProblems(QStringLiteral("checks"), after);

            QCOMPARE(model.rowCount(), after.size() + (withLinks ? 1 : 0));
            QVector<Problem> checks;
            for (int row = 0; row < model.rowCount(); ++row) {
                const Problem problem = model.problem(model.index(row, 0));
                if (problem.message != link)
                    checks.append(problem);
            }
            QCOMPARE(checks.size(), after.size());
            for (int i = 0; i < after.size(); ++i) {
                QCOMPARE(checks.at(i).message, after.at(i).message);
                QCOMPARE(checks.at(i).line, after.at(i).line);
            }
        }
    }
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

// Persistent indexes (a view's current row, its selection) follow their problem when others
// come and go around it.
void TestProblemModel::persistentIndexFollowsTheProblem()
{
    ProblemModel model;
    QVector<Problem> problems = offlineChecks();
    model.setProblems(QStringLiteral("links"), linkChecks());
    model.setProblems(QStringLiteral("checks"), problems);
    const QPersistentModelIndex weekday = model.index(1 + 2, 0);
    QCOMPARE(model.problem(weekday).code, QStringLiteral("weekday"));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    problems.insert(0, makeProblem(Warning, QStringLiteral("new"), QStringLiteral("lieu")));
    problems.insert(0, makeProblem(Warning, QStringLiteral("newer"), QStringLiteral("adresse")));
    problems.remove(3); // the end before the start: fixed
    problems.removeLast();
    problems[3].line = 20;
    model.setProblems(QStringLiteral("checks"), problems);

    QCOMPARE(inserted.count(), 1); // the two new ones, together
    QCOMPARE(removed.count(), 2);
    QCOMPARE(reset.count(), 0);
    QVERIFY(weekday.isValid());
    QCOMPARE(weekday.row(), 1 + 3);
    QCOMPARE(model.problem(weekday).line, 20);
    QCOMPARE(model.rowCount(), 6);
}

QTEST_MAIN(TestProblemModel)
#include "tst_problemmodel.moc"
