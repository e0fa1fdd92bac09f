#include "linkchecker.h"

#include "httpanswer.h"
#include "linkcache.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <utility>
#include <vector>

namespace EventDesk {

namespace {

constexpr int MaxRedirects = 10;
// After we close a connection the server may take a moment to notice; its slot stays taken until
// then, so the server never counts more connections than allowed.
constexpr int ClosedConnectionGraceMs = 250;
constexpr int FirstRetryWaitMs = 1000; // a 429 or 503 without Retry-After; doubled each time

QString hostKey(const QUrl& url)
{
    return QStringLiteral("%1:%2").arg(url.host(),
                                       QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80)));
}

// The address a link asks for once, whatever its fragment and however its path is spelt.
QUrl pageAddress(const QUrl& url)
{
    QUrl page = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    if (page.path().isEmpty())
        page.setPath(QStringLiteral("/"));
    if (page.port() == (page.scheme() == QLatin1String("https") ? 443 : 80))
        page.setPort(-1);
    return page;
}

QString pageKey(const QUrl& page)
{
    return page.toString(QUrl::FullyEncoded);
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

QString httpMessage(int status, const QString& reason)
{
    return reason.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                            : QStringLiteral("HTTP %1 %2").arg(QString::number(status), reason);
}

} // namespace

// One address without fragment, whatever the links that lead to it.
struct LinkChecker::Target
{
    QUrl url;
    QVector<int> results; // indexes in m_results
    bool wantsPage = false; // a fragment to find: GET, and read the page

    QUrl current; // what the next request asks
    QString host; // hostKey(current)
    bool useGet = false;
    int redirects = 0;
    QHash<QString, int> chain; // the addresses of the redirect chain, with how often each was reached
    bool permanent = false; // a 301 or 308 on the way
    int retries = 0;

    LinkCheck page;
    bool anchorsRead = false;
    bool truncated = false; // the page is larger than what was read of it
    bool fromCache = false; // keeps its age there: a result is trusted for a day from its check
    bool done = false;
};

// The state of one check().
struct LinkChecker::Run
{
    std::vector<Target> targets;
    int done = 0; // results complete
    int targetsLeft = 0;
    LinkCache cache;
    bool cacheEnabled = false;
};

LinkChecker::LinkChecker(QObject* parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_run(std::make_unique<Run>())
{
    // Some sites set a cookie and redirect to the same address, expecting it back.
    m_manager->setCookieJar(new QNetworkCookieJar(m_manager));
}

LinkChecker::~LinkChecker()
{
    for (auto it = m_flights.cbegin(); it != m_flights.cend(); ++it)
        it.key()->cancel();
}

void LinkChecker::setOptions(const Options& options)
{
    m_options = options;
    setMaxConnectionsPerHost(options.maxConnectionsPerHost);
    setMaxConnections(options.maxConnections);
    setTimeout(options.timeoutMs);
    m_options.maxRetries = qMax(0, options.maxRetries);
    m_options.maxRetryWaitMs = qMax(0, options.maxRetryWaitMs);
}

void LinkChecker::check(const QVector<QUrl>& urls)
{
    if (m_running)
        cancel();
    ++m_generation;
    m_results.clear();
    m_run = std::make_unique<Run>();
    m_scheduler.clear();
    m_scheduler.setLimits(m_options.maxConnectionsPerHost, m_options.maxConnections);
    Run& run = *m_run;

    QSet<QString> given;
    QHash<QString, int> targetByPage;
    for (const QUrl& url : urls) {
        const QString written = url.toString(QUrl::FullyEncoded);
        if (given.contains(written))
            continue;
        given.insert(written);
        LinkCheck result;
        result.url = url;
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.isRelative()) {
            result.status = LinkCheck::Broken;
            result.message = tr("invalid address");
        } else if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
            result.message = tr("not checked: not an http(s) address");
        } else if (url.host().isEmpty()) {
            result.status = LinkCheck::Broken;
            result.message = tr("invalid address: no host");
        } else {
            const QUrl page = pageAddress(url);
            int t = targetByPage.value(pageKey(page), -1);
            if (t < 0) {
                t = int(run.targets.size());
                targetByPage.insert(pageKey(page), t);
                Target target;
                target.url = page;
                target.current = page;
                target.host = hostKey(page);
                target.chain.insert(pageKey(page), 1);
                run.targets.push_back(target);
            }
            run.targets[t].results.append(int(m_results.size()));
            if (!LinkCheck::anchorOf(url).isEmpty())
                run.targets[t].wantsPage = true;
        }
        m_results.append(result);
    }
    run.done = int(m_results.size());
    for (const Target& target : run.targets)
        run.done -= int(target.results.size());
    run.targetsLeft = int(run.targets.size());
    run.cacheEnabled = m_options.cacheEnabled;
    if (run.cacheEnabled)
        run.cache = LinkCache(m_options.cacheFile.isEmpty() ? LinkCache::defaultPath() : m_options.cacheFile);

    m_running = true;
    // Started from the event loop, so that progress() and finished() reach the slots connected
    // after check() returns, even when nothing needs the network.
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] { start(generation); });
}

void LinkChecker::start(int generation)
{
    if (generation != m_generation || !m_running)
        return;
    Run& run = *m_run;
    if (run.cacheEnabled)
        run.cache.load();
    for (int t = 0; t < int(run.targets.size()); ++t) {
        Target& target = run.targets[t];
        target.useGet = target.wantsPage;
        const LinkCache::Entry* cached = run.cacheEnabled ? run.cache.find(target.url) : nullptr;
        bool usable = cached && (!target.wantsPage || cached->anchorsRead);
        // A missing anchor may have been added since: only a cache that has every one is trusted.
        for (int i = 0; usable && target.wantsPage && i < target.results.size(); ++i) {
            const QString anchor = LinkCheck::anchorOf(m_results.at(target.results.at(i)).url);
            usable = anchor.isEmpty() || cached->page.anchors.contains(anchor);
        }
        if (usable) {
            target.page = cached->page;
            target.permanent = cached->page.permanentRedirect;
            target.anchorsRead = cached->anchorsRead;
            target.fromCache = true;
            settle(t, target.page.status, target.page.httpStatus, target.page.message);
            continue;
        }
        m_scheduler.enqueue(target.host, t);
    }
    Q_EMIT progress(run.done, int(m_results.size()));
    dispatch();
    finishIfDone();
}

void LinkChecker::dispatch()
{
    if (!m_running)
        return;
    QString host;
    for (int t = m_scheduler.next(&host); t >= 0; t = m_scheduler.next(&host))
        send(t, host);
}

void LinkChecker::send(int t, const QString& host)
{
    const Target& target = m_run->targets[t];
    auto* probe = new HttpProbe(m_manager, target.current, target.useGet, target.wantsPage, m_options.timeoutMs, this);
    m_flights.insert(probe, Flight{t, host, m_generation});
    connect(probe, &HttpProbe::finished, this, [this, probe] { onAnswer(probe); });
}

void LinkChecker::onAnswer(HttpProbe* probe)
{
    probe->deleteLater();
    const Flight flight = m_flights.take(probe);
    const HttpProbe::Answer& a = probe->answer();
    release(flight.host, a.closedConnection);
    if (flight.generation != m_generation || !m_running)
        return;

    const int generation = m_generation;
    if (a.timedOut)
        complete(flight.target, LinkCheck::Broken, a.status,
                 tr("timed out after %1 s").arg(seconds(m_options.timeoutMs)));
    else if (a.status == 0)
        complete(flight.target, LinkCheck::Broken, 0, a.error);
    else
        answer(flight.target, a);
    if (generation != m_generation)
        return; // a slot connected to progress() started another check
    dispatch();
    finishIfDone();
}

void LinkChecker::answer(int t, const HttpProbe::Answer& r)
{
    Target& target = m_run->targets[t];
    const int status = r.status;
    const QString protection = HttpAnswer::botProtection(status, r.headers, r.body);
    if (!protection.isEmpty()) {
        complete(t, LinkCheck::Unverifiable, status, tr("could not verify: bot protection (%1)").arg(protection));
        return;
    }
    if (!r.get && HttpAnswer::bodyMayShowChallenge(status, r.headers)) {
        requeue(t, true);
        return;
    }
    if (status >= 300 && status < 400 && !HttpAnswer::header(r.headers, "location").isEmpty()) {
        redirect(t, r);
        return;
    }
    if (status == 429 || status == 503) {
        if (target.retries < m_options.maxRetries) {
            qint64 wait =
                HttpAnswer::retryAfterMs(HttpAnswer::header(r.headers, "retry-after"), QDateTime::currentDateTimeUtc());
            if (wait < 0)
                wait = qint64(FirstRetryWaitMs) << target.retries;
            ++target.retries;
            retry(t, qMin<qint64>(wait, m_options.maxRetryWaitMs));
            return;
        }
        if (status == 429) {
            complete(t, LinkCheck::Unverifiable, status,
                     tr("could not verify: still rate limited (HTTP 429) after %n retries", nullptr, target.retries));
        } else {
            complete(t, LinkCheck::Broken, status,
                     tr("%1, still after %n retries", nullptr, target.retries).arg(httpMessage(status, r.reason)));
        }
        return;
    }
    // Servers refuse HEAD (405, 501, 403) or mishandle it (404, 400, 500) while GET works: an error
    // is only believed from GET.
    if (!r.get && status >= 400) {
        requeue(t, true);
        return;
    }
    if (status >= 200 && status < 300) {
        if (r.isPage) {
            target.page.anchors = HttpAnswer::anchors(r.body);
            target.anchorsRead = true;
            target.truncated = r.truncated;
        }
        // Back where it started (a cookie set on the way): the link is as good as written.
        if (target.redirects == 0 || pageKey(target.current) == pageKey(target.url)) {
            target.redirects = 0;
            target.permanent = false;
            complete(t, LinkCheck::Ok, status, QString());
        } else {
            const QString to = target.current.toString();
            complete(t, LinkCheck::Redirected, status,
                     target.permanent ? tr("moved permanently to %1").arg(to) : tr("redirected to %1").arg(to));
        }
        return;
    }
    // After redirects, the message says where the answer came from.
    const bool redirected = target.redirects > 0;
    const QString http = httpMessage(status, r.reason);
    const QString at = target.current.toString();
    QString message;
    if (status == 401)
        message = redirected ? tr("could not verify: the page asks to sign in (HTTP 401) at %1").arg(at)
                             : tr("could not verify: the page asks to sign in (HTTP 401)");
    else if (status >= 400)
        message = redirected ? tr("%1 at %2").arg(http, at) : http;
    else
        message = redirected ? tr("unexpected answer: %1 at %2").arg(http, at) : tr("unexpected answer: %1").arg(http);
    complete(t, status == 401 ? LinkCheck::Unverifiable : LinkCheck::Broken, status, message);
}

void LinkChecker::redirect(int t, const HttpProbe::Answer& r)
{
    Target& target = m_run->targets[t];
    const QUrl next =
        pageAddress(target.current.resolved(QUrl::fromEncoded(HttpAnswer::header(r.headers, "location"))));
    const QString scheme = next.scheme();
    if (!next.isValid() || next.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        complete(t, LinkCheck::Broken, r.status,
                 tr("redirected to an unusable address: %1")
                     .arg(QString::fromUtf8(HttpAnswer::header(r.headers, "location"))));
        return;
    }
    // Coming back to an address is a loop, unless the answer set a cookie that may change the
    // next answer; even then only once.
    const int reached = target.chain.value(pageKey(next));
    const bool setsCookie = !HttpAnswer::header(r.headers, "set-cookie").isEmpty();
    if (reached >= 2 || (reached == 1 && !setsCookie)) {
        complete(t, LinkCheck::Broken, r.status, tr("redirect loop at %1").arg(next.toString()));
        return;
    }
    if (++target.redirects > MaxRedirects) {
        complete(t, LinkCheck::Broken, r.status, tr("more than %n redirects", nullptr, MaxRedirects));
        return;
    }
    target.chain.insert(pageKey(next), reached + 1);
    target.permanent = target.permanent || r.status == 301 || r.status == 308;
    target.current = next;
    target.retries = 0;
    requeue(t, false);
}

void LinkChecker::retry(int t, qint64 waitMs)
{
    const int generation = m_generation;
    // Precise: a coarse timer may fire a little early, before the time the server asked for.
    QTimer::singleShot(std::chrono::milliseconds(waitMs), Qt::PreciseTimer, this, [this, generation, t] {
        if (generation != m_generation || !m_running)
            return;
        requeue(t, false);
        dispatch();
    });
}

void LinkChecker::requeue(int t, bool switchToGet)
{
    Target& target = m_run->targets[t];
    target.useGet = target.useGet || switchToGet;
    target.host = hostKey(target.current);
    m_scheduler.enqueue(target.host, t, true);
}

void LinkChecker::complete(int t, LinkCheck::Status status, int httpStatus, const QString& message)
{
    settle(t, status, httpStatus, message);
    Q_EMIT progress(m_run->done, int(m_results.size()));
}

void LinkChecker::settle(int t, LinkCheck::Status status, int httpStatus, const QString& message)
{
    Run& run = *m_run;
    Target& target = run.targets[t];
    target.done = true;
    --run.targetsLeft;
    LinkCheck& page = target.page;
    page.url = target.url;
    page.status = status;
    page.httpStatus = httpStatus;
    page.message = message;
    page.permanentRedirect = target.permanent && status == LinkCheck::Redirected;
    if (target.redirects > 0)
        page.finalUrl = target.current;
    if (!target.anchorsRead)
        page.anchors.clear();
    if (run.cacheEnabled && !target.fromCache)
        run.cache.update(target.url, page, target.anchorsRead && !target.truncated, QDateTime::currentDateTimeUtc());

    for (const int i : std::as_const(target.results))
        m_results[i] = page.forLink(m_results.at(i).url, target.anchorsRead, target.truncated);
    run.done += int(target.results.size());
}

void LinkChecker::release(const QString& host, bool closedConnection)
{
    if (!closedConnection) {
        m_scheduler.release(host);
        return;
    }
    QTimer::singleShot(ClosedConnectionGraceMs, this, [this, host] {
        m_scheduler.release(host);
        dispatch();
    });
}

void LinkChecker::finishIfDone()
{
    if (m_running && m_run->targetsLeft == 0)
        finish();
}

void LinkChecker::finish()
{
    Run& run = *m_run;
    if (run.cacheEnabled) {
        // A cache that cannot be written only means asking again next time.
        QString error;
        run.cache.save(&error);
    }
    m_running = false;
    Q_EMIT finished();
}

void LinkChecker::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // pending retries and starts do nothing
    for (auto it = m_flights.cbegin(); it != m_flights.cend(); ++it) {
        it.key()->cancel();
        it.key()->deleteLater();
        release(it.value().host, true);
    }
    m_flights.clear();
    m_scheduler.clear();

    Run& run = *m_run;
    for (const Target& target : run.targets) {
        if (target.done)
            continue;
        for (const int i : target.results) {
            m_results[i].status = LinkCheck::Skipped;
            m_results[i].message = tr("not checked: cancelled");
        }
    }
    run.targetsLeft = 0;
    finish();
}

QVector<LinkCheck> LinkChecker::checkAll(const QVector<QUrl>& urls, const Options& options)
{
    LinkChecker checker;
    checker.setOptions(options);
    QEventLoop loop;
    connect(&checker, &LinkChecker::finished, &loop, &QEventLoop::quit);
    checker.check(urls);
    loop.exec();
    return checker.results();
}

} // namespace EventDesk
