#include "document/eventdocument.h"
#include "site/samplesite.h"
#include "site/siteindex.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;

// The bundled sample site: installed once into a writable folder, and made of valid events.
class TestSampleSite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void installsOnceAndWritable();
    void missingSourceIsAnError();
    void eventsAreValidAndVaried();

private:
    const QString m_source = QFINDTESTDATA("../resources/sample-site");
};

void TestSampleSite::installsOnceAndWritable()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("data/sample-site"));
    QString error;
    QCOMPARE(SampleSite::install(m_source, target, &error), QDir(target).absolutePath());
    const QString event = QDir(target).filePath(QStringLiteral("_evenements/atelier-accessibilite-numerique.markdown"));
    QVERIFY(QFileInfo(event).isWritable());
    QVERIFY(QFileInfo::exists(QDir(target).filePath(QStringLiteral("uploads/atelier-accessibilite.png"))));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));

    // A user's edit survives the next start: the copy is made once.
    QFile file(event);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\nModifié.\n");
    file.close();
    const qint64 size = QFileInfo(event).size();
    QCOMPARE(SampleSite::install(m_source, target, &error), QDir(target).absolutePath());
    QCOMPARE(QFileInfo(event).size(), size);
}

void TestSampleSite::missingSourceIsAnError()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(SampleSite::install(dir.filePath(QStringLiteral("nothing")), dir.filePath(QStringLiteral("t")), &error)
                .isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestSampleSite::eventsAreValidAndVaried()
{
    SiteConfig site;
    QString error;
    QVERIFY2(SiteConfig::load(m_source, &site, &error), qPrintable(error));
    int events = 0, withInformation = 0, withImage = 0, multiDay = 0, past = 0, upcoming = 0;
    for (const IndexEntry& entry : SiteScanner::scan(site, EditorSettings()).entries) {
        const EventDocument document = EventDocument::load(entry.path);
        QVERIFY2(document.status() == EventDocument::Status::Ok, qPrintable(document.error().format(entry.path)));
        QCOMPARE(document.toBytes().size(), QFileInfo(entry.path).size());
        if (entry.collection != QLatin1String("evenements"))
            continue;
        ++events;
        const YamlValue data = document.frontMatter();
        QVERIFY2(!entry.title.isEmpty(), qPrintable(entry.path));
        withInformation += data.value(QStringLiteral("champs_informations")).items().size() > 0;
        withImage += data.value(QStringLiteral("une-ou-diaporama")).items().size() > 0;
        const YamlValue start = data.value(QStringLiteral("event_start_date"));
        const YamlValue end = data.value(QStringLiteral("event_end_date"));
        QCOMPARE(start.type(), YamlValue::Type::DateTime);
        if (end.type() == YamlValue::Type::DateTime) {
            QVERIFY(end.toDateTime().epochSeconds >= start.toDateTime().epochSeconds);
            multiDay += end.toDateTime().day() != start.toDateTime().day();
        }
        (start.toDateTime().year() >= 2027 ? upcoming : past) += 1;
    }
    QVERIFY(events >= 6);
    QVERIFY(withInformation >= 1);
    QVERIFY(withImage >= 1);
    QVERIFY(multiDay >= 1);
    QVERIFY(past >= 1);
    QVERIFY(upcoming >= 1);
}

QTEST_GUILESS_MAIN(TestSampleSite)
#include "tst_samplesite.moc"
