#pragma once

#include "hostscheduler.h"
#include "httpprobe.h"
#include "linkcheck.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QVector>

#include <memory>

class QNetworkAccessManager;

namespace EventDesk {

// Checks external http(s) links, politely and fast: HEAD first, GET only when HEAD is refused or
// a fragment's anchor must be found (and then no more of the body than needed), redirects followed
// by hand, at most a few connections per host, bounded retries that honour Retry-After, bot
// protection told apart from broken pages, and results that worked kept on disk for a day.
// Links with the same address but for the fragment are asked once. Runs on the thread that owns it.
class LinkChecker : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxConnectionsPerHost = 4;
        int maxConnections = 16; // in all
        int timeoutMs = 10000; // per request, from sending it to having what is needed of the answer
        int maxRetries = 2; // after a 429 or 503
        int maxRetryWaitMs = 10000; // a longer Retry-After is cut to this
        bool cacheEnabled = true;
        QString cacheFile; // empty: LinkCache::defaultPath()
    };

    explicit LinkChecker(QObject* parent = nullptr);
    ~LinkChecker() override;

    Options options() const { return m_options; }
    // Takes effect at the next check().
    void setOptions(const Options& options);
    void setMaxConnectionsPerHost(int count) { m_options.maxConnectionsPerHost = qMax(1, count); }
    void setMaxConnections(int count) { m_options.maxConnections = qMax(1, count); }
    void setTimeout(int ms) { m_options.timeoutMs = qMax(1, ms); }
    void setCacheEnabled(bool enabled) { m_options.cacheEnabled = enabled; }
    void setCacheFile(const QString& path) { m_options.cacheFile = path; }

    // Starts checking absolute URLs (their fragments are checked against the page's anchors);
    // progress() and finished() follow, also for an empty list. A check that is running is
    // cancelled first. Addresses that are not http(s) are Skipped, invalid ones Broken.
    void check(const QVector<QUrl>& urls);
    // Aborts every request; the links not done yet are Skipped, and finished() is emitted.
    void cancel();
    bool isRunning() const { return m_running; }
    // One result per distinct URL given, in the order given; complete after finished().
    QVector<LinkCheck> results() const { return m_results; }

    // Checks and waits, running an event loop (a QCoreApplication must exist): for the command line.
    static QVector<LinkCheck> checkAll(const QVector<QUrl>& urls, const Options& options);

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    struct Target;
    struct Run;
    struct Flight
    {
        int target;
        QString host;
        int generation;
    };

    void start(int generation);
    void dispatch();
    void send(int target, const QString& host);
    void onAnswer(HttpProbe* probe);
    void answer(int target, const HttpProbe::Answer& answer);
    void redirect(int target, const HttpProbe::Answer& answer);
    void retry(int target, qint64 waitMs);
    void requeue(int target, bool switchToGet);
    // The target's result, and those of the links that lead to it; complete() also reports progress.
    void settle(int target, LinkCheck::Status status, int httpStatus, const QString& message);
    void complete(int target, LinkCheck::Status status, int httpStatus, const QString& message);
    void release(const QString& host, bool closedConnection);
    void finishIfDone();
    void finish();

    Options m_options;
    QNetworkAccessManager* m_manager;
    QVector<LinkCheck> m_results;
    bool m_running = false;
    int m_generation = 0; // timers of an earlier check find a newer number and do nothing
    std::unique_ptr<Run> m_run;
    QHash<HttpProbe*, Flight> m_flights;
    // Kept across checks: a connection closed by one check may still count at the server when the
    // next one starts.
    HostScheduler m_scheduler;
};

} // namespace EventDesk
