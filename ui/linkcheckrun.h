#pragma once

#include "check/documentchecker.h"
#include "check/linkchecker.h"

#include <QObject>

namespace EventDesk {

// Checks the web links of one document with the core's LinkChecker and turns the results into
// problems (broken, unverifiable, moved, redirected) placed on the links' lines and fields.
class LinkCheckRun : public QObject
{
    Q_OBJECT

public:
    explicit LinkCheckRun(QObject* parent = nullptr);

    LinkChecker* checker() const { return m_checker; }
    // The external links among `links` (what DocumentChecker found); a run going on is cancelled.
    void start(const QString& relativePath, const QVector<LinkVerdict>& links);
    void cancel();
    bool isRunning() const { return m_checker->isRunning(); }
    QString relativePath() const { return m_relativePath; }

Q_SIGNALS:
    void progress(int done, int total);
    // Every link has an answer, or the run was cancelled (`cancelled`: the problems found so far).
    void finished(const QString& relativePath, const QVector<EventDesk::Problem>& problems, bool cancelled);

private:
    void collect();

    LinkChecker* m_checker;
    QString m_relativePath;
    QVector<ExtractedLink> m_links; // external ones
    QVector<QUrl> m_urls; // what was asked, by link
    bool m_cancelled = false;
    bool m_restarting = false; // an old run ends because a new one starts
};

} // namespace EventDesk
