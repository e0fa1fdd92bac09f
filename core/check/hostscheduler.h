#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <deque>

namespace EventDesk {

// Which waiting request may start: hosts take turns, so that one site with many links does not
// hold every connection, and no more than so many requests are in flight to one host and in all.
// An item takes a slot when it starts and gives it back with release(); slots outlive clear(), since
// a connection can outlive the check that opened it.
class HostScheduler
{
public:
    void setLimits(int perHost, int total);

    // Queues an item for a host: at the back, or at the front for work already under way (a
    // redirect, a retry), which then finishes before new work starts.
    void enqueue(const QString& host, int item, bool urgent = false);
    // The next item that may start, with its host, its slot taken; -1 when none may.
    int next(QString* host);
    void release(const QString& host);
    // Forgets the waiting items.
    void clear();

    int inFlight(const QString& host) const { return m_busy.value(host); }
    int inFlight() const { return m_busyTotal; }

private:
    int m_perHost = 4;
    int m_total = 16;
    QHash<QString, std::deque<int>> m_queues;
    QStringList m_hosts; // the queues' keys, in the order they take turns
    int m_turn = 0;
    QHash<QString, int> m_busy;
    int m_busyTotal = 0;
};

} // namespace EventDesk
