#include "httptestserver.h"
#include "testcli.h"
#include "testfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;
using TestCli::Result;
using TestCli::run;

// eventdesk-cli check on a small site whose web links point at a server on 127.0.0.1.
class TestCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void online();
    void offline();
    void usage();

private:
    QJsonObject json(const QStringList& arguments, int expectedStatus)
    {
        const Result result = run(arguments);
        [&] { QCOMPARE(result.status, expectedStatus); }();
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }
    static QJsonObject link(const QJsonObject& report, const QString& url)
    {
        for (const QJsonValue& value : report.value(QStringLiteral("links")).toArray()) {
            if (value.toObject().value(QStringLiteral("url")).toString() == url)
                return value.toObject();
        }
        return QJsonObject();
    }
    static QStringList codes(const QJsonObject& report)
    {
        QStringList result;
        for (const QJsonValue& value : report.value(QStringLiteral("problems")).toArray())
            result.append(value.toObject().value(QStringLiteral("code")).toString());
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpTestServer> m_server;
};

void TestCheckCommand::init()
{
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    const QDir root(m_dir->path());
    TestFiles::write(
        root.filePath(QStringLiteral("_config.yml")),
        "timezone: Europe/Paris\ncollections:\n  evenements:\n    output: true\n    permalink: /agenda/:title/\n");
    const QByteArray server = m_server->url(QString()).toString().toUtf8();
    TestFiles::write(root.filePath(QStringLiteral("_evenements/autre.md")),
                     "---\ntitle: Autre\nevent_start_date: 2026-03-10 10:00:00 +01:00\n---\n\n## Programme\n");
    TestFiles::write(root.filePath(QStringLiteral("_evenements/atelier.md")),
                     "---\ntitle: Atelier\nevent_start_date: 2026-03-12 09:30:00 +01:00\nlien: " + server
                         + "/redirect-permanent\n---\n\nVoir [la page](" + server + "/ok/1), [l'absente](" + server
                         + "/missing), [le programme](/agenda/autre/#programme) et ![plan](/uploads/plan.png).\n");
}

void TestCheckCommand::online()
{
    const QString server = m_server->url(QString()).toString();
    const QJsonObject report =
        json({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), m_dir->path(),
              QDir(m_dir->path()).filePath(QStringLiteral("_evenements/atelier.md"))},
             1);
    QCOMPARE(link(report, server + QStringLiteral("/ok/1")).value(QStringLiteral("status")).toString(),
             QStringLiteral("ok"));
    const QJsonObject missing = link(report, server + QStringLiteral("/missing"));
    QCOMPARE(missing.value(QStringLiteral("status")).toString(), QStringLiteral("broken"));
    QCOMPARE(missing.value(QStringLiteral("http_status")).toInt(), 404);
    QCOMPARE(missing.value(QStringLiteral("file")).toString(), QStringLiteral("_evenements/atelier.md"));
    QCOMPARE(missing.value(QStringLiteral("line")).toInt(), 7);
    QCOMPARE(link(report, server + QStringLiteral("/redirect-permanent")).value(QStringLiteral("status")).toString(),
             QStringLiteral("redirected"));
    QCOMPARE(link(report, QStringLiteral("/agenda/autre/#programme")).value(QStringLiteral("status")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(link(report, QStringLiteral("/uploads/plan.png")).value(QStringLiteral("status")).toString(),
             QStringLiteral("broken"));
    const QStringList found = codes(report);
    QVERIFY2(found.contains(QLatin1String("link-broken")), qPrintable(found.join(QLatin1Char(','))));
    QVERIFY(found.contains(QLatin1String("link-moved")));
    QVERIFY(found.contains(QLatin1String("file-missing")));
    // The moved link's fix is where it now leads.
    for (const QJsonValue& value : report.value(QStringLiteral("problems")).toArray()) {
        if (value.toObject().value(QStringLiteral("code")).toString() == QLatin1String("link-moved"))
            QCOMPARE(value.toObject().value(QStringLiteral("fix")).toString(), server + QStringLiteral("/ok/r1"));
    }
}

void TestCheckCommand::offline()
{
    const QString server = m_server->url(QString()).toString();
    const QJsonObject report =
        json({QStringLiteral("check"), QStringLiteral("--offline"), QStringLiteral("--format=json"), m_dir->path()}, 1);
    QCOMPARE(link(report, server + QStringLiteral("/missing")).value(QStringLiteral("status")).toString(),
             QStringLiteral("skipped"));
    QCOMPARE(m_server->connectionsAccepted(), 0); // nothing asked of the network
    QVERIFY(codes(report).contains(QLatin1String("file-missing")));

    // Fixed, the site passes.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("uploads")));
    TestFiles::write(QDir(m_dir->path()).filePath(QStringLiteral("uploads/plan.png")), "png");
    const Result text = run({QStringLiteral("check"), QStringLiteral("--offline"), m_dir->path()});
    QCOMPARE(text.status, 0);
    QVERIFY2(text.out.endsWith(QLatin1String("0 error(s); 5 link(s), 0 broken\n")), qPrintable(text.out));
}

void TestCheckCommand::usage()
{
    QCOMPARE(run({QStringLiteral("check")}).status, 2);
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--nope"), m_dir->path()}).status, 2);
    const Result outside = run({QStringLiteral("check"), m_dir->path(), QStringLiteral("/etc/hostname")});
    QCOMPARE(outside.status, 2);
    QVERIFY(outside.err.contains(QLatin1String("not a file of the site")));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
