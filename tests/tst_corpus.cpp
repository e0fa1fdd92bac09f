#include "cli/commandline.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QTest>
#include <QTextStream>

using namespace EventDesk;

// Real files: every Markdown file under $EVENTDESK_CORPUS must round-trip byte for byte and
// dump to JSON. Skipped when the variable is not set (CI sets it to ../shared/corpus).
class TestCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void file_data();
    void file();

private:
    QStringList m_files;
};

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

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
