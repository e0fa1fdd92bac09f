#pragma once

#include "httpanswer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace EventDesk {

// One request of the link checker: HEAD or GET, reading no more of the answer than the checker
// needs (the status and headers; the page when its anchors are wanted; the start of a refusal,
// where bot protection shows) and giving up after a timeout. finished() comes once, also after a
// timeout or an error, unless the probe is cancelled.
class HttpProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 PageLimit = 2 * 1024 * 1024; // read of a page whose anchors are wanted

    struct Answer
    {
        bool get = false;
        int status = 0; // 0: no answer (see error, timedOut)
        QString reason;
        HttpAnswer::Headers headers;
        QByteArray body; // what was read: the page, or the start of a refusal
        bool isPage = false; // body is the page read for its anchors
        bool truncated = false; // the page goes on past PageLimit
        bool timedOut = false;
        QString error; // why there is no answer
        bool closedConnection = false; // the connection was dropped rather than left for the next request
    };

    HttpProbe(QNetworkAccessManager* manager,
              const QUrl& url,
              bool get,
              bool wantsPage,
              int timeoutMs,
              QObject* parent = nullptr);
    ~HttpProbe() override;

    const Answer& answer() const { return m_answer; }
    // Aborts the request without finished().
    void cancel();

Q_SIGNALS:
    void finished();

private:
    void readHeaders();
    void readBody();
    void timeOut();
    void finish();
    void stop(); // aborts a request whose answer we have enough of

    QPointer<QNetworkReply> m_reply; // the manager deletes it if it goes first
    QTimer m_timer;
    bool m_wantsPage = false;
    qint64 m_bodyLimit = 0; // 0: the body is not kept
    bool m_headersRead = false;
    bool m_stopped = false;
    bool m_cancelled = false;
    Answer m_answer;
};

} // namespace EventDesk
