#include "check/hostscheduler.h"
#include "check/httpanswer.h"
#include "check/linkcache.h"
#include "check/linkchecker.h"
#include "httptestserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;

Q_DECLARE_METATYPE(LinkCheck::Status)

class TestLinkChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void verdicts_data();
    void verdicts();
    void retryWaitsForRetryAfter();
    void largeBodyIsNotDownloaded();
    void fragments();
    void sameAddressAskedOnce();
    void atMostFourConnectionsPerHost();
    void atMostSoManyInAll();
    void redirectToAnotherHost();
    void connectionRefused();
    void addressesThatAreNotChecked();
    void cancel();
    void cacheKeepsWhatWorked();
    void cacheKeepsAnchors();
    void cacheEntriesExpire();
    void checkAllBlocks();
    void destroyedWhileRunning();
    void schedulerTakesTurns();

    void botProtection_data();
    void botProtection();
    void retryAfter_data();
    void retryAfter();
    void anchors_data();
    void anchors();

private:
    // A checker as the tests want it: short timeout, no cache unless a test sets one.
    static void configure(LinkChecker& checker)
    {
        checker.setCacheEnabled(false);
        checker.setTimeout(1000);
    }
    static QVector<LinkCheck> run(LinkChecker& checker, const QVector<QUrl>& urls)
    {
        QSignalSpy finished(&checker, &LinkChecker::finished);
        checker.check(urls);
        if (!finished.wait(20000))
            return {};
        return checker.results();
    }
};

void TestLinkChecker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLinkChecker::verdicts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<LinkCheck::Status>("status");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("message"); // a part of it
    QTest::addColumn<QString>("requests"); // as HttpTestServer::story() tells them

    QTest::newRow("200") << QStringLiteral("/ok") << LinkCheck::Ok << 200 << QString() << QStringLiteral("HEAD 200");
    QTest::newRow("301 to a page") << QStringLiteral("/redirect-permanent") << LinkCheck::Redirected << 200
                                   << QStringLiteral("moved permanently to") << QStringLiteral("HEAD 301");
    QTest::newRow("302 to a page") << QStringLiteral("/redirect-temporary") << LinkCheck::Redirected << 200
                                   << QStringLiteral("redirected to") << QStringLiteral("HEAD 302");
    QTest::newRow("302 and 307 chain") << QStringLiteral("/redirect-chain") << LinkCheck::Redirected << 200
                                       << QStringLiteral("redirected to http://127.0.0.1")
                                       << QStringLiteral("HEAD 302");
    QTest::newRow("302 then 301") << QStringLiteral("/redirect-mixed") << LinkCheck::Redirected << 200
                                  << QStringLiteral("moved permanently to") << QStringLiteral("HEAD 302");
    QTest::newRow("redirect loop") << QStringLiteral("/redirect-loop") << LinkCheck::Broken << 302
                                   << QStringLiteral("redirect loop") << QStringLiteral("HEAD 302");
    QTest::newRow("10 redirects") << QStringLiteral("/redirect-long/10") << LinkCheck::Redirected << 200
                                  << QStringLiteral("redirected to") << QStringLiteral("HEAD 302");
    QTest::newRow("11 redirects") << QStringLiteral("/redirect-long/11") << LinkCheck::Broken << 302
                                  << QStringLiteral("more than 10 redirects") << QStringLiteral("HEAD 302");
    QTest::newRow("relative redirect") << QStringLiteral("/redirect-to?url=/ok/relative") << LinkCheck::Redirected
                                       << 200 << QStringLiteral("/ok/relative") << QStringLiteral("HEAD 302");
    QTest::newRow("cookie then the page")
        << QStringLiteral("/cookie") << LinkCheck::Ok << 200 << QString() << QStringLiteral("HEAD 302, HEAD 200");
    QTest::newRow("404") << QStringLiteral("/missing") << LinkCheck::Broken << 404
                         << QStringLiteral("HTTP 404 Not Found") << QStringLiteral("HEAD 404, GET 404");
    QTest::newRow("410") << QStringLiteral("/gone") << LinkCheck::Broken << 410 << QStringLiteral("HTTP 410 Gone")
                         << QStringLiteral("HEAD 410, GET 410");
    QTest::newRow("500") << QStringLiteral("/server-error") << LinkCheck::Broken << 500 << QStringLiteral("HTTP 500")
                         << QStringLiteral("HEAD 500, GET 500");
    QTest::newRow("403 of the site") << QStringLiteral("/forbidden") << LinkCheck::Broken << 403
                                     << QStringLiteral("HTTP 403") << QStringLiteral("HEAD 403, GET 403");
    QTest::newRow("405 to HEAD only") << QStringLiteral("/head-not-allowed") << LinkCheck::Ok << 200 << QString()
                                      << QStringLiteral("HEAD 405, GET 200");
    QTest::newRow("429 then 200") << QStringLiteral("/rate-limited") << LinkCheck::Ok << 200 << QString()
                                  << QStringLiteral("HEAD 429, HEAD 200");
    QTest::newRow("503 then 200") << QStringLiteral("/flaky") << LinkCheck::Ok << 200 << QString()
                                  << QStringLiteral("HEAD 503, HEAD 200");
    QTest::newRow("429 always") << QStringLiteral("/always-429") << LinkCheck::Unverifiable << 429
                                << QStringLiteral("still rate limited")
                                << QStringLiteral("HEAD 429, HEAD 429, HEAD 429");
    QTest::newRow("503 always") << QStringLiteral("/always-503") << LinkCheck::Broken << 503
                                << QStringLiteral("still after 2 retries")
                                << QStringLiteral("HEAD 503, HEAD 503, HEAD 503");
    QTest::newRow("Cloudflare challenge")
        << QStringLiteral("/bot-blocked") << LinkCheck::Unverifiable << 403
        << QStringLiteral("bot protection (Cloudflare challenge)") << QStringLiteral("HEAD 403");
    QTest::newRow("Cloudflare page without its header")
        << QStringLiteral("/cloudflare-page") << LinkCheck::Unverifiable << 403
        << QStringLiteral("Cloudflare challenge") << QStringLiteral("HEAD 403, GET 403");
    QTest::newRow("status 999") << QStringLiteral("/status-999") << LinkCheck::Unverifiable << 999
                                << QStringLiteral("status 999") << QStringLiteral("HEAD 999");
    QTest::newRow("slower than the timeout") << QStringLiteral("/slow") << LinkCheck::Broken << 0
                                             << QStringLiteral("timed out after 1 s") << QStringLiteral("HEAD 499");
    QTest::newRow("50 MiB body") << QStringLiteral("/large") << LinkCheck::Ok << 200 << QString()
                                 << QStringLiteral("HEAD 200");
    QTest::newRow("50 MiB body, HEAD refused") << QStringLiteral("/large-get-only") << LinkCheck::Ok << 200 << QString()
                                               << QStringLiteral("HEAD 405, GET 200");
}

void TestLinkChecker::verdicts()
{
    QFETCH(QString, path);
    QFETCH(LinkCheck::Status, status);
    QFETCH(int, httpStatus);
    QFETCH(QString, message);
    QFETCH(QString, requests);

    HttpTestServer server;
    QVERIFY(server.listen());
    LinkChecker checker;
    configure(checker);
    const QVector<LinkCheck> results = run(checker, {server.url(path)});
    QCOMPARE(results.size(), 1);
    const LinkCheck& result = results.first();
    QCOMPARE(result.url, server.url(path));
    QCOMPARE(result.status, status);
    QCOMPARE(result.httpStatus, httpStatus);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    if (status == LinkCheck::Ok || status == LinkCheck::Broken)
        QCOMPARE(result.permanentRedirect, false);
    // How the path itself was asked (the requests after a redirect are for other paths); /slow's
    // request ends when the client hangs up, which the server may notice a moment later.
    QTRY_COMPARE(server.story(path), requests);
}

void TestLinkChecker::retryWaitsForRetryAfter()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    LinkChecker checker;
    configure(checker);
    QCOMPARE(run(checker, {server.url(QStringLiteral("/rate-limited"))}).value(0).status, LinkCheck::Ok);
    const QVector<HttpTestServer::Request> requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY2(requests.at(1).start - requests.at(0).end >= 995,
             qPrintable(QString::number(requests.at(1).start - requests.at(0).end)));
}

void TestLinkChecker::largeBodyIsNotDownloaded()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    LinkChecker checker;
    configure(checker);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(run(checker, {server.url(QStringLiteral("/large-get-only"))}).value(0).status, LinkCheck::Ok);
    QVERIFY(clock.elapsed() < 1000);
    // The GET is aborted once its headers are in: the server sees the client leave early.
    QTRY_VERIFY(server.requests().value(1).end >= 0);
    QVERIFY2(server.requests().at(1).bodyBytes < 1024 * 1024,
             qPrintable(QString::number(server.requests().at(1).bodyBytes)));
}

void TestLinkChecker::fragments()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    LinkChecker checker;
    configure(checker);
    const QStringList paths = {QStringLiteral("/page#programme"), QStringLiteral("/page#acces"),
                               QStringLiteral("/page#nope"),      QStringLiteral("/page#plan"),
                               QStringLiteral("/page#top"),       QStringLiteral("/page"),
                               QStringLiteral("/page#not-an-id"), QStringLiteral("/plain#section"),
                               QStringLiteral("/big-page#early"), QStringLiteral("/big-page#late")};
    QVector<QUrl> urls;
    for (const QString& path : paths)
        urls.append(server.url(path));
    const QVector<LinkCheck> results = run(checker, urls);
    QCOMPARE(results.size(), paths.size());
    QCOMPARE(results.at(0).status, LinkCheck::Ok);
    QCOMPARE(results.at(0).url, server.url(paths.at(0)));
    QCOMPARE(results.at(0).anchors,
             QStringList({QStringLiteral("programme"), QStringLiteral("acces"), QStringLiteral("inscription"),
                          QStringLiteral("plan")}));
    QCOMPARE(results.at(1).status, LinkCheck::Ok);
    QCOMPARE(results.at(2).status, LinkCheck::Broken);
    QCOMPARE(results.at(2).httpStatus, 200);
    QCOMPARE(results.at(2).message, QStringLiteral("no anchor #nope on the page"));
    QCOMPARE(results.at(3).status, LinkCheck::Ok);
    QCOMPARE(results.at(4).status, LinkCheck::Ok); // #top needs no anchor
    QCOMPARE(results.at(5).status, LinkCheck::Ok);
    QCOMPARE(results.at(6).status, LinkCheck::Broken); // data-id is not an id
    QCOMPARE(results.at(7).status, LinkCheck::Ok);
    QVERIFY(results.at(7).message.contains(QLatin1String("not an HTML page")));
    QCOMPARE(results.at(8).status, LinkCheck::Ok);
    QCOMPARE(results.at(9).status, LinkCheck::Unverifiable);
    QVERIFY(results.at(9).message.contains(QLatin1String("too large")));
    // One GET for the page, whatever the number of fragments.
    QCOMPARE(server.story(QStringLiteral("/page")), QStringLiteral("GET 200"));
    QCOMPARE(server.story(QStringLiteral("/plain")), QStringLiteral("GET 200"));
}

void TestLinkChecker::sameAddressAskedOnce()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    LinkChecker checker;
    configure(checker);
    QSignalSpy progress(&checker, &LinkChecker::progress);
    QSignalSpy finished(&checker, &LinkChecker::finished);
    const QUrl url = server.url(QStringLiteral("/ok/7"));
    const QVector<LinkCheck> results =
        run(checker, {url, url, server.url(QStringLiteral("/ok/8")), url, server.url(QStringLiteral("/./ok/7"))});
    QCOMPARE(results.size(), 3); // /./ok/7 is written differently, so reported on its own
    QCOMPARE(results.at(0).url, url);
    QCOMPARE(results.at(2).status, LinkCheck::Ok);
    QCOMPARE(server.count(QStringLiteral("/ok/7")), 1);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);
    for (int i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).at(0).toInt() >= progress.at(i - 1).at(0).toInt());
}

void TestLinkChecker::atMostFourConnectionsPerHost()
{
    HttpTestServer server(100);
    QVERIFY(server.listen());
    LinkChecker checker;
    configure(checker);
    QVector<QUrl> urls;
    for (int i = 0; i < 20; ++i)
        urls.append(server.url(QStringLiteral("/ok/%1").arg(i)));
    // Redirects and fallbacks share the host's connections with the rest.
    urls.append(server.url(QStringLiteral("/redirect-chain")));
    urls.append(server.url(QStringLiteral("/head-not-allowed")));
    const QVector<LinkCheck> results = run(checker, urls);
    QCOMPARE(results.size(), urls.size());
    for (const LinkCheck& result : results)
        QVERIFY(result.status == LinkCheck::Ok || result.status == LinkCheck::Redirected);
    QCOMPARE(server.peakInFlight(), 4);
    QVERIFY2(server.peakConnections() <= 4, qPrintable(QString::number(server.peakConnections())));
    // Connections are kept open and used again.
    QVERIFY2(server.connectionsAccepted() <= 4, qPrintable(QString::number(server.connectionsAccepted())));
}

void TestLinkChecker::atMostSoManyInAll()
{
    HttpTestServer a(100);
    HttpTestServer b(100);
    HttpTestServer c(100);
    QVERIFY(a.listen() && b.listen() && c.listen());
    LinkChecker checker;
    configure(checker);
    checker.setMaxConnections(5);
    checker.setMaxConnectionsPerHost(2);
    QVector<QUrl> urls;
    for (int i = 0; i < 8; ++i) {
        for (const HttpTestServer* server : {&a, &b, &c})
            urls.append(server->url(QStringLiteral("/ok/%1").arg(i)));
    }
    const QVector<LinkCheck> results = run(checker, urls);
    QCOMPARE(results.size(), 24);
    QCOMPARE(HttpTestServer::peakInFlight({&a, &b, &c}), 5);
    for (const HttpTestServer* server : {&a, &b, &c})
        QVERIFY(server->peakConnections() <= 2);
}

void TestLinkChecker::redirectToAnotherHost()
{
    HttpTestServer a;
    HttpTestServer b;
    QVERIFY(a.listen() && b.listen());
    LinkChecker checker;
    configure(checker);
    const QUrl target = b.url(QStringLiteral("/redirect-permanent"));
    QUrl url = a.url(QStringLiteral("/redirect-to"));
    url.setQuery(QStringLiteral("url=") + QString::fromLatin1(QUrl::toPercentEncoding(target.toString())));
    const LinkCheck result = run(checker, {url}).value(0);
    QCOMPARE(result.status, LinkCheck::Redirected);
    QVERIFY(result.permanentRedirect);
    QCOMPARE(result.finalUrl, b.url(QStringLiteral("/ok/r1")));
    QCOMPARE(result.message, QStringLiteral("moved permanently to %1").arg(b.url(QStringLiteral("/ok/r1")).toString()));
    QCOMPARE(b.story(QStringLiteral("/ok/r1")), QStringLiteral("HEAD 200"));
}

void TestLinkChecker::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    LinkChecker checker;
    configure(checker);
    const LinkCheck result = run(checker, {QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))}).value(0);
    QCOMPARE(result.status, LinkCheck::Broken);
    QCOMPARE(result.httpStatus, 0);
    QCOMPARE(result.message, QStringLiteral("connection refused"));
}

void TestLinkChecker::addressesThatAreNotChecked()
{
    LinkChecker checker;
    configure(checker);
    const QVector<LinkCheck> results =
        run(checker,
            {QUrl(QStringLiteral("mailto:contact@exemple.fr")), QUrl(QStringLiteral("tel:+33145678900")),
             QUrl(QStringLiteral("agenda/atelier/")), QUrl(QStringLiteral("http:///chemin"))});
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.at(0).status, LinkCheck::Skipped);
    QCOMPARE(results.at(1).status, LinkCheck::Skipped);
    QCOMPARE(results.at(2).status, LinkCheck::Broken);
    QCOMPARE(results.at(3).status, LinkCheck::Broken);
    QCOMPARE(LinkCheck::statusName(results.at(0).status), QStringLiteral("skipped"));
}

void TestLinkChecker::cancel()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    LinkChecker checker;
    configure(checker);
    checker.setTimeout(10000);
    QSignalSpy progress(&checker, &LinkChecker::progress);
    QSignalSpy finished(&checker, &LinkChecker::finished);
    checker.check({server.url(QStringLiteral("/slow")), server.url(QStringLiteral("/ok"))});
    QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).toInt() == 1);
    QVERIFY(checker.isRunning());
    checker.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!checker.isRunning());
    const QVector<LinkCheck> results = checker.results();
    QCOMPARE(results.at(0).status, LinkCheck::Skipped);
    QCOMPARE(results.at(0).message, QStringLiteral("not checked: cancelled"));
    QCOMPARE(results.at(1).status, LinkCheck::Ok);
    QTRY_COMPARE(server.story(QStringLiteral("/slow")), QStringLiteral("HEAD 499"));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
}

void TestLinkChecker::cacheKeepsWhatWorked()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cache/links.json"));
    HttpTestServer server;
    QVERIFY(server.listen());
    const QVector<QUrl> urls = {server.url(QStringLiteral("/ok")), server.url(QStringLiteral("/missing")),
                                server.url(QStringLiteral("/redirect-permanent"))};
    for (int round = 0; round < 2; ++round) {
        LinkChecker checker;
        configure(checker);
        checker.setCacheEnabled(true);
        checker.setCacheFile(file);
        const QVector<LinkCheck> results = run(checker, urls);
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).status, LinkCheck::Ok);
        QCOMPARE(results.at(1).status, LinkCheck::Broken);
        QCOMPARE(results.at(2).status, LinkCheck::Redirected);
        QVERIFY(results.at(2).permanentRedirect);
        QCOMPARE(results.at(2).finalUrl, server.url(QStringLiteral("/ok/r1")));
    }
    QCOMPARE(server.count(QStringLiteral("/ok")), 1);
    QCOMPARE(server.count(QStringLiteral("/redirect-permanent")), 1);
    QCOMPARE(server.count(QStringLiteral("/missing")), 4); // HEAD and GET, twice: a failure is checked again
}

void TestLinkChecker::cacheKeepsAnchors()
{
    QTemporaryDir dir;
    HttpTestServer server;
    QVERIFY(server.listen());
    LinkChecker checker;
    configure(checker);
    checker.setCacheEnabled(true);
    checker.setCacheFile(dir.filePath(QStringLiteral("links.json")));
    QCOMPARE(run(checker, {server.url(QStringLiteral("/page#programme"))}).value(0).status, LinkCheck::Ok);
    // Another anchor of a page read already: nothing to ask.
    QCOMPARE(run(checker, {server.url(QStringLiteral("/page#acces"))}).value(0).status, LinkCheck::Ok);
    QCOMPARE(server.count(QStringLiteral("/page")), 1);
    // A missing anchor may have been added since: the page is read again.
    QCOMPARE(run(checker, {server.url(QStringLiteral("/page#nope"))}).value(0).status, LinkCheck::Broken);
    QCOMPARE(server.count(QStringLiteral("/page")), 2);
}

void TestLinkChecker::cacheEntriesExpire()
{
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    LinkCheck page;
    page.status = LinkCheck::Ok;
    page.httpStatus = 200;
    LinkCache cache(dir.filePath(QStringLiteral("links.json")));
    const QUrl fresh(QStringLiteral("https://exemple.fr/fresh"));
    const QUrl old(QStringLiteral("https://exemple.fr/old"));
    const QUrl failed(QStringLiteral("https://exemple.fr/failed"));
    cache.update(fresh, page, false, now.addSecs(-3600));
    cache.update(old, page, false, now.addSecs(-25 * 3600));
    cache.update(failed, page, false, now);
    page.status = LinkCheck::Broken;
    cache.update(failed, page, false, now);
    QString error;
    QVERIFY2(cache.save(&error), qPrintable(error));

    LinkCache reread(cache.path());
    reread.load(now);
    QVERIFY(reread.find(QUrl(QStringLiteral("https://exemple.fr/fresh#section"))));
    QCOMPARE(reread.find(fresh)->page.httpStatus, 200);
    QVERIFY(!reread.find(old));
    QVERIFY(!reread.find(failed));
    QVERIFY(LinkCache::defaultPath().endsWith(QLatin1String("/links.json")));
}

void TestLinkChecker::checkAllBlocks()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    LinkChecker::Options options;
    options.cacheEnabled = false;
    options.timeoutMs = 1000;
    const QVector<LinkCheck> results =
        LinkChecker::checkAll({server.url(QStringLiteral("/ok")), server.url(QStringLiteral("/gone"))}, options);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).status, LinkCheck::Ok);
    QCOMPARE(results.at(1).status, LinkCheck::Broken);
}

void TestLinkChecker::destroyedWhileRunning()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    {
        LinkChecker checker;
        configure(checker);
        checker.check({server.url(QStringLiteral("/slow")), server.url(QStringLiteral("/large-get-only"))});
        QTRY_COMPARE(server.count(QStringLiteral("/slow")), 1);
    }
    QTRY_COMPARE(server.story(QStringLiteral("/slow")), QStringLiteral("HEAD 499"));
}

void TestLinkChecker::schedulerTakesTurns()
{
    HostScheduler scheduler;
    scheduler.setLimits(2, 3);
    const QString a = QStringLiteral("a:80");
    const QString b = QStringLiteral("b:80");
    for (int i = 0; i < 4; ++i)
        scheduler.enqueue(a, i);
    scheduler.enqueue(b, 10);
    QString host;
    QCOMPARE(scheduler.next(&host), 0);
    QCOMPARE(host, a);
    QCOMPARE(scheduler.next(&host), 10); // hosts take turns
    QCOMPARE(host, b);
    QCOMPARE(scheduler.next(&host), 1);
    QCOMPARE(scheduler.next(&host), -1); // a has 2 in flight, b none waiting
    scheduler.release(b);
    QCOMPARE(scheduler.next(&host), -1); // still 2 for a
    scheduler.enqueue(a, 9, true);
    scheduler.release(a);
    QCOMPARE(scheduler.next(&host), 9); // work under way goes first
    QCOMPARE(scheduler.inFlight(a), 2);
    scheduler.clear(); // the slots stay taken
    QCOMPARE(scheduler.inFlight(), 2);
    scheduler.enqueue(b, 11);
    QCOMPARE(scheduler.next(&host), 11);
    QCOMPARE(scheduler.next(&host), -1); // 3 in all
}

void TestLinkChecker::botProtection_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("provider");

    const QByteArray challenge = "<title>Just a moment...</title><script>window._cf_chl_opt={}</script>";
    QTest::newRow("cf-mitigated 403") << 403
                                      << QStringList{QStringLiteral("Server: cloudflare"),
                                                     QStringLiteral("cf-mitigated: challenge")}
                                      << QByteArray() << QStringLiteral("Cloudflare challenge");
    QTest::newRow("cf-mitigated 429") << 429 << QStringList{QStringLiteral("CF-Mitigated: challenge")} << QByteArray()
                                      << QStringLiteral("Cloudflare challenge");
    QTest::newRow("cf-mitigated on a 200")
        << 200 << QStringList{QStringLiteral("cf-mitigated: challenge")} << QByteArray() << QString();
    QTest::newRow("Cloudflare challenge page") << 403 << QStringList{QStringLiteral("Server: cloudflare")} << challenge
                                               << QStringLiteral("Cloudflare challenge");
    QTest::newRow("Cloudflare, site's own 403")
        << 403 << QStringList{QStringLiteral("Server: cloudflare")} << QByteArray("<h1>Forbidden</h1>") << QString();
    QTest::newRow("Cloudflare 404") << 404 << QStringList{QStringLiteral("Server: cloudflare")} << challenge
                                    << QString();
    QTest::newRow("Akamai 403") << 403 << QStringList{QStringLiteral("Server: AkamaiGHost")}
                                << QByteArray("Access Denied") << QStringLiteral("Akamai");
    QTest::newRow("Akamai 503") << 503 << QStringList{QStringLiteral("Server: AkamaiGHost")} << QByteArray()
                                << QString();
    QTest::newRow("AWS WAF challenge, 202") << 202 << QStringList{QStringLiteral("x-amzn-waf-action: challenge")}
                                            << QByteArray() << QStringLiteral("AWS WAF challenge");
    QTest::newRow("DataDome 403") << 403 << QStringList{QStringLiteral("X-DataDome: protected")} << QByteArray()
                                  << QStringLiteral("DataDome");
    QTest::newRow("DataDome page") << 403 << QStringList{}
                                   << QByteArray("<script src=\"https://ct.captcha-delivery.com/c.js\">")
                                   << QStringLiteral("DataDome");
    QTest::newRow("Vercel 429") << 429 << QStringList{QStringLiteral("x-vercel-mitigated: challenge")} << QByteArray()
                                << QStringLiteral("Vercel challenge");
    QTest::newRow("Imperva 403") << 403 << QStringList{QStringLiteral("X-Iinfo: 1-2-3")} << QByteArray()
                                 << QStringLiteral("Imperva");
    QTest::newRow("status 999") << 999 << QStringList{} << QByteArray() << QStringLiteral("status 999");
    QTest::newRow("plain 403") << 403 << QStringList{QStringLiteral("Server: nginx")} << QByteArray("<h1>403</h1>")
                               << QString();
    QTest::newRow("plain 429") << 429 << QStringList{QStringLiteral("Retry-After: 5")} << QByteArray() << QString();
}

void TestLinkChecker::botProtection()
{
    QFETCH(int, status);
    QFETCH(QStringList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, provider);

    HttpAnswer::Headers pairs;
    for (const QString& header : headers) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        pairs.append({header.left(colon).toLatin1(), header.mid(colon + 1).trimmed().toLatin1()});
    }
    QCOMPARE(HttpAnswer::botProtection(status, pairs, body), provider);
}

void TestLinkChecker::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms");

    QTest::newRow("seconds") << QByteArray("1") << qint64(1000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("unreadable") << QByteArray("soon") << qint64(-1);
    QTest::newRow("IMF date") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(7000);
    QTest::newRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:00 GMT") << qint64(0);
    QTest::newRow("RFC 850 date") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << qint64(7000);
    QTest::newRow("asctime date") << QByteArray("Sun Nov  6 08:49:37 1994") << qint64(7000);
}

void TestLinkChecker::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);
    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 30), Qt::UTC);
    QCOMPARE(HttpAnswer::retryAfterMs(value, now), ms);
}

void TestLinkChecker::anchors_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("anchors");

    QTest::newRow("quotes") << QByteArray("<h2 id=\"a\">A</h2><p id='b'>B</p><div id=c>C</div>")
                            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("a name") << QByteArray("<a name=\"acces\"></a><A NAME='plan'></A>")
                            << QStringList{QStringLiteral("acces"), QStringLiteral("plan")};
    QTest::newRow("name on another element") << QByteArray("<input name=\"q\"><meta name=\"robots\">") << QStringList{};
    QTest::newRow("not an id") << QByteArray("<div data-id=\"x\" aria-labelledby=\"y\" grid=\"z\">") << QStringList{};
    QTest::newRow("comment") << QByteArray("<!-- <p id=\"old\"> --><p id=\"new\">")
                             << QStringList{QStringLiteral("new")};
    QTest::newRow("entities") << QByteArray("<h2 id=\"caf&eacute;-&amp;-th&#xe9;\">")
                              << QStringList{QStringLiteral("caf&eacute;-&-thé")};
    QTest::newRow("UTF-8") << QByteArray("<h2 id=\"acc\xc3\xa8s\">") << QStringList{QStringLiteral("accès")};
    QTest::newRow("twice") << QByteArray("<p id=\"x\"><a name=\"x\">") << QStringList{QStringLiteral("x")};
    QTest::newRow("> in a value") << QByteArray("<a title=\"a > b\" id=\"after\">")
                                  << QStringList{QStringLiteral("after")};
    QTest::newRow("not a tag") << QByteArray("<p>id=\"text\" 3 < 4 id=\"x\"</p>") << QStringList{};
}

void TestLinkChecker::anchors()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, anchors);
    QCOMPARE(HttpAnswer::anchors(html), anchors);
}

QTEST_GUILESS_MAIN(TestLinkChecker)
#include "tst_linkchecker.moc"
