#include "cli/commandline.h"
#include "document/eventdocument.h"
#include "testvalues.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QTest>
#include <QTextStream>

using namespace EventDesk;
using TestValues::yaml;

// Real files: every Markdown file under $EVENTDESK_CORPUS must round-trip byte for byte and
// dump to JSON; the house-style writer must write the events and news back as they are, and
// surgical edits of each event must change only the edited key's lines. Skipped when the
// variable is not set (CI sets it to ../shared/corpus).
class TestCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void file_data();
    void file();
    void reemitRate();
    void setChangesOnlyThatKey_data();
    void setChangesOnlyThatKey();

private:
    // The share of events and news that `roundtrip --reemit` writes back byte for byte: 91 of 91
    // when the writer was made (2026-11-29). It must not fall.
    static constexpr double MinimumReemitRate = 1.0;

    QStringList pagesOf(const QString& collection) const;
    QStringList m_files;
};

namespace {

// The byte range of a key's text (its lines, without the comments after them) in the file.
QPair<int, int> keyRange(const EventDocument& document, const QString& key)
{
    const QByteArray bytes = document.toBytes();
    for (const FrontMatterSegment& segment : document.segments()) {
        if (segment.key == key) {
            const int start = int(bytes.indexOf(segment.text));
            return {start, start + segment.valueLength};
        }
    }
    return {-1, -1};
}

} // namespace

QStringList TestCorpus::pagesOf(const QString& collection) const
{
    QStringList pages;
    const QString folder = QLatin1Char('/') + collection + QLatin1Char('/');
    for (const QString& path : m_files) {
        if (path.contains(folder))
            pages.append(path);
    }
    return pages;
}

void TestCorpus::initTestCase()
{
    const QString root = qEnvironmentVariable("EVENTDESK_CORPUS");
    if (root.isEmpty())
        QSKIP("EVENTDESK_CORPUS is not set: no corpus to run over");
    QVERIFY2(QFileInfo(root).isDir(), qPrintable(root + QStringLiteral(" is not a folder")));
    QDirIterator it(root, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        m_files.append(it.next());
    m_files.sort();
    QVERIFY2(!m_files.isEmpty(), qPrintable(root + QStringLiteral(" holds no Markdown file")));
    qInfo("%lld files under %s", qint64(m_files.size()), qPrintable(root));
}

void TestCorpus::file_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : m_files)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestCorpus::file()
{
    QFETCH(QString, path);
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(CommandLine::run({QStringLiteral("roundtrip"), path}, outStream, errStream), 0);
    outStream.flush();
    errStream.flush();
    QVERIFY2(out.isEmpty(), qPrintable(out));

    out.clear();
    err.clear();
    QCOMPARE(CommandLine::run({QStringLiteral("dump"), path}, outStream, errStream), 0);
    outStream.flush();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(json.isObject());
}

void TestCorpus::reemitRate()
{
    const QStringList pages = pagesOf(QStringLiteral("_evenements")) + pagesOf(QStringLiteral("_actualites"));
    if (pages.isEmpty())
        QSKIP("the corpus has no _evenements or _actualites folder");
    int identical = 0;
    for (const QString& path : pages) {
        const EventDocument document = EventDocument::load(path);
        QCOMPARE(document.status(), EventDocument::Status::Ok);
        if (document.reemittedBytes() == document.toBytes())
            ++identical;
        else
            qInfo("written differently: %s", qPrintable(path));
    }
    qInfo("roundtrip --reemit: %d of %lld files identical", identical, qint64(pages.size()));
    QVERIFY2(identical >= MinimumReemitRate * pages.size(),
             qPrintable(QStringLiteral("%1 of %2 files identical").arg(identical).arg(pages.size())));
}

void TestCorpus::setChangesOnlyThatKey_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");

    const QVector<QPair<QString, QByteArray>> cases = {
        {QStringLiteral("lieu"), QByteArray("Salle 2")},
        {QStringLiteral("title"), QByteArray("'Atelier : l''accessibilité « pour tous » #2'")},
        {QStringLiteral("event_start_date"), QByteArray("2024-03-12 09:30:00 +01:00")},
        {QStringLiteral("champs_informations"),
         QByteArray("[{intitule: Horaires, contenu: 9h30 - 12h}, {intitule: Inscription, contenu: Obligatoire, lien: "
                    "'https://example.org/inscription'}]")},
    };
    for (const QString& path : pagesOf(QStringLiteral("_evenements"))) {
        for (const auto& entry : cases) {
            QTest::newRow(qPrintable(QFileInfo(path).fileName() + QLatin1Char(' ') + entry.first))
                << path << entry.first << entry.second;
        }
    }
}

void TestCorpus::setChangesOnlyThatKey()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    const EventDocument original = EventDocument::load(path);
    EventDocument edited = original;
    QString error;
    QVERIFY2(edited.setValue(key, yaml(value), &error), qPrintable(error));

    // The data: the key holds the new value, every other key its old one.
    const YamlValue before = original.frontMatter();
    const YamlValue after = edited.frontMatter();
    QVERIFY(after.value(key) == yaml(value));
    for (const YamlMapEntry& entry : before.entries()) {
        if (entry.key.rubyString() != key)
            QVERIFY(after.value(entry.key.rubyString()) == entry.value);
    }
    QCOMPARE(after.entries().size(), before.entries().size() + (before.contains(key) ? 0 : 1));

    // The bytes: what differs lies within the key's text, before and after.
    const QByteArray a = original.toBytes();
    const QByteArray b = edited.toBytes();
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const QPair<int, int> newRange = keyRange(edited, key);
    QVERIFY(newRange.first >= 0);
    QVERIFY2(prefix >= newRange.first && b.size() - suffix <= newRange.second, qPrintable(path));
    if (before.contains(key)) {
        const QPair<int, int> oldRange = keyRange(original, key);
        QVERIFY2(prefix >= oldRange.first && a.size() - suffix <= oldRange.second, qPrintable(path));
    } else {
        QCOMPARE(a.size() - suffix, prefix); // only an insertion
    }
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
