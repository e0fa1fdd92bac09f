#include "hostscheduler.h"

#include <QtGlobal>

namespace EventDesk {

void HostScheduler::setLimits(int perHost, int total)
{
    m_perHost = qMax(1, perHost);
    m_total = qMax(1, total);
}

void HostScheduler::enqueue(const QString& host, int item, bool urgent)
{
    if (!m_queues.contains(host))
        m_hosts.append(host);
    std::deque<int>& queue = m_queues[host];
    if (urgent)
        queue.push_front(item);
    else
        queue.push_back(item);
}

int HostScheduler::next(QString* host)
{
    // One full round of hosts without a startable item means none is.
    for (int tried = 0; tried < m_hosts.size() && m_busyTotal < m_total; ++tried) {
        const QString& candidate = m_hosts.at(m_turn);
        m_turn = (m_turn + 1) % int(m_hosts.size());
        std::deque<int>& queue = m_queues[candidate];
        if (queue.empty() || m_busy.value(candidate) >= m_perHost)
            continue;
        const int item = queue.front();
        queue.pop_front();
        ++m_busy[candidate];
        ++m_busyTotal;
        *host = candidate;
        return item;
    }
    return -1;
}

void HostScheduler::release(const QString& host)
{
    const auto it = m_busy.find(host);
    if (it == m_busy.end())
        return;
    if (--it.value() <= 0)
        m_busy.erase(it);
    --m_busyTotal;
}

void HostScheduler::clear()
{
    m_queues.clear();
    m_hosts.clear();
    m_turn = 0;
}

} // namespace EventDesk
