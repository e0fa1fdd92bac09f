#include "linkcheckrun.h"

namespace EventDesk {

LinkCheckRun::LinkCheckRun(QObject* parent)
    : QObject(parent)
    , m_checker(new LinkChecker(this))
{
    connect(m_checker, &LinkChecker::progress, this, &LinkCheckRun::progress);
    connect(m_checker, &LinkChecker::finished, this, &LinkCheckRun::collect);
}

void LinkCheckRun::start(const QString& relativePath, const QVector<LinkVerdict>& links)
{
    if (m_checker->isRunning()) {
        // The old run's end is not this run's.
        m_restarting = true;
        m_checker->cancel();
        m_restarting = false;
    }
    m_relativePath = relativePath;
    m_links.clear();
    m_urls.clear();
    m_cancelled = false;
    QVector<QUrl> distinct;
    for (const LinkVerdict& verdict : links) {
        if (verdict.status != LinkVerdict::Status::External)
            continue;
        const QString written = verdict.link.url.trimmed();
        const QUrl url(written.startsWith(QLatin1String("//")) ? QStringLiteral("https:") + written : written);
        m_links.append(verdict.link);
        m_urls.append(url);
        if (!distinct.contains(url))
            distinct.append(url);
    }
    m_checker->check(distinct);
}

void LinkCheckRun::cancel()
{
    if (!m_checker->isRunning())
        return;
    m_cancelled = true;
    m_checker->cancel();
}

void LinkCheckRun::collect()
{
    if (m_restarting)
        return;
    QHash<QString, LinkCheck> byUrl;
    for (const LinkCheck& result : m_checker->results())
        byUrl.insert(result.url.toString(), result);
    QVector<Problem> problems;
    for (int i = 0; i < m_links.size(); ++i) {
        const auto found = byUrl.constFind(m_urls.at(i).toString());
        if (found == byUrl.constEnd())
            continue;
        Problem problem;
        if (found->toProblem(m_links.at(i).url.trimmed(), m_relativePath, m_links.at(i).line, &problem)) {
            problem.field = m_links.at(i).field;
            problem.column = m_links.at(i).column;
            problems.append(problem);
        }
    }
    Q_EMIT finished(m_relativePath, problems, m_cancelled);
}

} // namespace EventDesk
