#include "documentfiltermodel.h"
#include "documentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace EventDesk;

namespace {

YamlValue at(int year, int month, int day, int hour, int offsetHours)
{
    YamlDateTime time;
    time.epochSeconds = (daysFromCivil(year, month, day) * 24 + hour - offsetHours) * 3600;
    time.offsetSeconds = offsetHours * 3600;
    return YamlValue::fromDateTime(time);
}

YamlValue day(int year, int month, int day)
{
    return YamlValue::fromDate({year, month, day});
}

IndexEntry makeEvent(const QString& name, const QString& title, const YamlValue& start, const YamlValue& end = {})
{
    IndexEntry entry;
    entry.path = QStringLiteral("/site/_evenements/") + name;
    entry.relativePath = QStringLiteral("_evenements/") + name;
    entry.collection = QStringLiteral("evenements");
    entry.title = title;
    entry.start = start;
    entry.end = end;
    return entry;
}

QStringList titles(const QAbstractItemModel& model)
{
    QStringList result;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        result.append(QLatin1Char('[') + group.data().toString() + QLatin1Char(']'));
        for (int row = 0; row < model.rowCount(group); ++row)
            result.append(model.index(row, 0, group).data().toString());
    }
    return result;
}

} // namespace

class TestDocumentFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ordersByGroup();
    void pastAtTheEndOfTheDay();
    void searchFoldsCaseAndAccents_data();
    void searchFoldsCaseAndAccents();
    void staysConsistentThroughChanges();

private:
    QVector<IndexEntry> m_entries;
};

void TestDocumentFilterModel::init()
{
    m_entries = {
        makeEvent(QStringLiteral("b.md"), QStringLiteral("Bravo"), at(2025, 4, 1, 10, 2)),
        makeEvent(QStringLiteral("a.md"), QStringLiteral("Alpha"), at(2025, 3, 20, 10, 1)),
        makeEvent(QStringLiteral("c.md"), QStringLiteral("Charlie"), at(2025, 1, 5, 10, 1)),
        makeEvent(QStringLiteral("d.md"), QStringLiteral("Delta"), at(2025, 2, 5, 10, 1)),
        makeEvent(QStringLiteral("z.md"), QStringLiteral("Zoulou"), YamlValue()),
        makeEvent(QStringLiteral("e.md"), QStringLiteral("écho"), YamlValue()),
    };
    m_entries[0].categories = {QStringLiteral("Événement partenaire")};
    IndexEntry page;
    page.path = QStringLiteral("/site/about.md");
    page.relativePath = QStringLiteral("about.md");
    page.title = QStringLiteral("About");
    m_entries.append(page);
}

void TestDocumentFilterModel::ordersByGroup()
{
    DocumentListModel model;
    model.setTimeZone(QStringLiteral("Europe/Paris"));
    model.setReferenceTime(QDateTime(QDate(2025, 3, 10), QTime(12, 0), QTimeZone::utc()));
    model.setEntries(m_entries, QStringLiteral("evenements"));
    DocumentFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QCOMPARE(titles(filter),
             (QStringList{QStringLiteral("[Upcoming]"), QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                          QStringLiteral("[Past]"), QStringLiteral("Delta"), QStringLiteral("Charlie"),
                          QStringLiteral("[No date]"), QStringLiteral("écho"), QStringLiteral("Zoulou")}));
    QCOMPARE(filter.documentCount(), 6);
    // Pages: an empty collection name.
    model.setEntries(m_entries, QString());
    QCOMPARE(titles(filter), (QStringList{QStringLiteral("[No date]"), QStringLiteral("About")}));
}

void TestDocumentFilterModel::pastAtTheEndOfTheDay()
{
    DocumentListModel model;
    model.setTimeZone(QStringLiteral("Europe/Paris"));
    model.setEntries(
        {makeEvent(QStringLiteral("a.md"), QStringLiteral("One day"), day(2025, 3, 10)),
         makeEvent(QStringLiteral("b.md"), QStringLiteral("Three days"), day(2025, 3, 8), day(2025, 3, 10)),
         makeEvent(QStringLiteral("c.md"), QStringLiteral("Afternoon"), at(2025, 3, 10, 14, 1),
                   at(2025, 3, 10, 16, 1))},
        QStringLiteral("evenements"));
    // 23:30 in Paris on the 10th: the days are not over, the afternoon is.
    model.setReferenceTime(QDateTime(QDate(2025, 3, 10), QTime(22, 30), QTimeZone::utc()));
    QCOMPARE(titles(model),
             (QStringList{QStringLiteral("[Upcoming]"), QStringLiteral("One day"), QStringLiteral("Three days"),
                          QStringLiteral("[Past]"), QStringLiteral("Afternoon")}));
    // Midnight in Paris on the 11th: all over.
    model.setReferenceTime(QDateTime(QDate(2025, 3, 10), QTime(23, 0), QTimeZone::utc()));
    QCOMPARE(titles(model).first(), QStringLiteral("[Past]"));
    QCOMPARE(model.rowCount(), 1);
}

void TestDocumentFilterModel::searchFoldsCaseAndAccents_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("category without accents")
        << QStringLiteral("evenement") << QStringList{QStringLiteral("[Upcoming]"), QStringLiteral("Bravo")};
    QTest::newRow("title, upper case") << QStringLiteral("ECHO")
                                       << QStringList{QStringLiteral("[No date]"), QStringLiteral("écho")};
    QTest::newRow("file name") << QStringLiteral("c.md")
                               << QStringList{QStringLiteral("[Past]"), QStringLiteral("Charlie")};
    QTest::newRow("the collection's folder finds nothing") << QStringLiteral("evenements/") << QStringList();
    QTest::newRow("every word") << QStringLiteral("partenaire bravo")
                                << QStringList{QStringLiteral("[Upcoming]"), QStringLiteral("Bravo")};
    QTest::newRow("a group's name finds nothing") << QStringLiteral("past") << QStringList();
    QTest::newRow("blank") << QStringLiteral(
        "  ") << QStringList{QStringLiteral("[Upcoming]"), QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                             QStringLiteral("[Past]"),     QStringLiteral("Delta"), QStringLiteral("Charlie"),
                             QStringLiteral("[No date]"),  QStringLiteral("écho"),  QStringLiteral("Zoulou")};
}

void TestDocumentFilterModel::searchFoldsCaseAndAccents()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    DocumentListModel model;
    model.setReferenceTime(QDateTime(QDate(2025, 3, 10), QTime(12, 0), QTimeZone::utc()));
    model.setEntries(m_entries, QStringLiteral("evenements"));
    DocumentFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSearchText(search);
    QCOMPARE(titles(filter), expected);
}

void TestDocumentFilterModel::staysConsistentThroughChanges()
{
    DocumentListModel model;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DocumentFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceTime(QDateTime(QDate(2025, 3, 10), QTime(12, 0), QTimeZone::utc()));
    model.setEntries(m_entries, QStringLiteral("evenements"));
    filter.setSearchText(QStringLiteral("a"));
    filter.setSearchText(QString());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setModifiedPaths({QStringLiteral("/site/_evenements/a.md")});
    QCOMPARE(changed.count(), 1);
    const QModelIndex alpha = model.indexOfPath(QStringLiteral("/site/_evenements/a.md"));
    QCOMPARE(changed.first().first().value<QModelIndex>(), alpha);
    QVERIFY(DocumentListModel::State(alpha.data(DocumentListModel::StateRole).toInt()) & DocumentListModel::Modified);
    m_entries.removeAt(1);
    model.updateEntries(m_entries);
    QVERIFY(!model.indexOfPath(QStringLiteral("/site/_evenements/a.md")).isValid());
    QCOMPARE(filter.documentCount(), 5);
    model.retranslate();
    model.setEntries({}, QStringLiteral("evenements"));
    QCOMPARE(filter.rowCount(), 0);
}

QTEST_MAIN(TestDocumentFilterModel)

#include "tst_documentfiltermodel.moc"
