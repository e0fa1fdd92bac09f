#include "httpprobe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace EventDesk {

namespace {

constexpr qint64 RefusalLimit = 64 * 1024; // read of a refusal, enough for a challenge page's markers
// A body announced this small is read to its end rather than aborted: the connection then stays
// open for the next request to the host, which costs the server less than a new one.
constexpr qint64 DrainLimit = 64 * 1024;

QString networkMessage(const QNetworkReply* reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpProbe::tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return HttpProbe::tr("host not found");
    case QNetworkReply::RemoteHostClosedError:
        return HttpProbe::tr("the server closed the connection without answering");
    case QNetworkReply::SslHandshakeFailedError:
        return HttpProbe::tr("secure connection failed: %1").arg(reply->errorString());
    default:
        return reply->errorString();
    }
}

} // namespace

HttpProbe::HttpProbe(
    QNetworkAccessManager* manager, const QUrl& url, bool get, bool wantsPage, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_wantsPage(wantsPage)
{
    m_answer.get = get;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("EventDesk/" EVENTDESK_VERSION " (link checker)"));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    m_reply = get ? manager->get(request) : manager->head(request);
    // Bounds what Qt buffers between our reads; a body we do not want is aborted anyway.
    m_reply->setReadBufferSize(256 * 1024);

    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpProbe::readHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpProbe::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &HttpProbe::finish);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse one may allow 5% more
    connect(&m_timer, &QTimer::timeout, this, &HttpProbe::timeOut);
    m_timer.start(timeoutMs);
}

HttpProbe::~HttpProbe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpProbe::cancel()
{
    m_cancelled = true;
    m_timer.stop();
    if (m_reply)
        m_reply->abort();
}

void HttpProbe::readHeaders()
{
    if (m_headersRead || !m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return;
    m_headersRead = true;
    m_answer.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_answer.reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    m_answer.headers = m_reply->rawHeaderPairs();
    if (!m_answer.get)
        return; // a HEAD answer has no body

    const int status = m_answer.status;
    if (status >= 200 && status < 300 && m_wantsPage
        && HttpAnswer::isHtml(HttpAnswer::header(m_answer.headers, "content-type"))) {
        m_answer.isPage = true;
        m_bodyLimit = PageLimit;
    } else if (status == 403 || status == 429 || status == 503) {
        m_bodyLimit = RefusalLimit; // bot protection may only show in the page
    }
    if (m_bodyLimit > 0)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() <= DrainLimit)
        return;
    // The status is all we wanted: a large or unannounced body is not downloaded.
    stop();
}

void HttpProbe::readBody()
{
    if (m_stopped || m_cancelled || m_answer.timedOut || !m_reply->isOpen())
        return;
    if (m_bodyLimit == 0) {
        m_reply->readAll(); // a small body read to its end and dropped, see DrainLimit
        return;
    }
    m_answer.body += m_reply->read(m_bodyLimit + 1 - m_answer.body.size());
    if (m_answer.body.size() > m_bodyLimit) {
        m_answer.body.truncate(m_bodyLimit);
        m_answer.truncated = true;
        stop();
    }
}

void HttpProbe::timeOut()
{
    m_answer.timedOut = true;
    m_reply->abort();
}

void HttpProbe::stop()
{
    m_stopped = true;
    m_reply->abort();
}

void HttpProbe::finish()
{
    m_timer.stop();
    if (m_cancelled)
        return;
    readHeaders();
    readBody();
    if (m_answer.status == 0 && !m_answer.timedOut)
        m_answer.error = networkMessage(m_reply);
    // An abort closes the connection; an error without a status may have closed it too.
    m_answer.closedConnection = m_stopped || m_answer.timedOut || m_answer.status == 0;
    Q_EMIT finished();
}

} // namespace EventDesk
