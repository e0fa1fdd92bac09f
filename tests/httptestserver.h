#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>

#include <algorithm>
#include <chrono>
#include <utility>

namespace EventDesk {

// A small HTTP/1.1 server on 127.0.0.1 for network tests, never the internet: keep-alive
// connections, one scenario per path, and a log of what it saw, so a test can assert fallbacks,
// retries, how much of a body was sent and how many connections a client held at once. It runs on
// the test's thread and answers while the test waits (QSignalSpy::wait, QTRY_*). One server is
// one host (its own port); state such as "first request" is per server.
//
//   /ok, /ok/<n>            200 page, after the server's latency
//   /redirect-permanent     301 to /ok/r1            /redirect-temporary   302 to /ok/r2
//   /redirect-chain         302 to /redirect-chain/2, which is a 307 to /ok/chain
//   /redirect-mixed         302 to /redirect-permanent
//   /redirect-loop          302 to itself             /redirect-long/<n>    302 to <n-1>; 0 is a 200
//   /redirect-to?url=U      302 to U (relative or on another server)
//   /cookie                 302 to itself setting a cookie; 200 when the cookie comes back
//   /missing, /gone, /server-error, /forbidden       404, 410, 500, 403 always
//   /head-not-allowed       405 (Allow: GET) to HEAD, 200 to GET
//   /rate-limited           429 with Retry-After: 1 the first time, then 200
//   /flaky                  503 without Retry-After the first time, then 200
//   /always-429, /always-503                          always, with Retry-After: 0
//   /bot-blocked            403 Cloudflare challenge page with `cf-mitigated: challenge`
//   /cloudflare-page        the same page from `Server: cloudflare`, without the cf-mitigated header
//   /status-999             999, as LinkedIn answers robots
//   /slow                   never answers; the request is logged as 499 when the client hangs up
//   /large                  200 with Content-Length 50 MiB, the body streamed slowly to GET
//   /large-get-only         405 to HEAD, /large's body to GET
//   /page                   ids and `<a name>`s: programme, acces, inscription, plan
//   /big-page               3 MB page: id "early" at its start, "late" at its end
//   /plain                  200 text/plain
//   anything else           404
class HttpTestServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // with the query
        int status = 0; // 499: the client hung up before the answer
        qint64 start = 0; // now() when the request was read
        qint64 end = -1; // now() when the answer was written or the client hung up; -1 while open
        int connection = 0; // 1, 2, ... in the order connections were accepted
        qint64 bodyBytes = 0; // body bytes written
    };

    static constexpr qint64 LargeSize = 50LL * 1024 * 1024;

    explicit HttpTestServer(int latencyMs = 0)
        : m_latencyMs(latencyMs)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    ~HttpTestServer()
    {
        // The sockets go with m_server, after the members their signals would reach.
        for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
            it.key()->disconnect();
    }
    HttpTestServer(const HttpTestServer&) = delete;
    HttpTestServer& operator=(const HttpTestServer&) = delete;

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path)); }

    int openConnections() const { return int(m_connections.size()); }
    int peakConnections() const { return m_peakConnections; }
    int connectionsAccepted() const { return m_accepted; }
    QVector<Request> requests() const { return m_requests; }

    // "HEAD 405, GET 200": the requests for one path, in order.
    QString story(const QString& path) const
    {
        QStringList parts;
        for (const Request& r : m_requests) {
            if (r.path == path.toUtf8())
                parts.append(QStringLiteral("%1 %2").arg(QString::fromLatin1(r.method)).arg(r.status));
        }
        return parts.join(QStringLiteral(", "));
    }
    int count(const QString& path) const
    {
        return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                                 [&path](const Request& r) { return r.path == path.toUtf8(); }));
    }

    // Milliseconds on a monotonic clock that every server of the process shares.
    static qint64 now()
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }

    // The most requests any of `servers` had in flight at once, all together.
    static int peakInFlight(const QVector<const HttpTestServer*>& servers)
    {
        QVector<std::pair<qint64, int>> changes; // ends sort before starts at the same time
        for (const HttpTestServer* server : servers) {
            for (const Request& r : server->m_requests) {
                changes.append({r.start, 1});
                changes.append({r.end < 0 ? now() : r.end, -1});
            }
        }
        std::sort(changes.begin(), changes.end());
        int current = 0;
        int peak = 0;
        for (const auto& change : std::as_const(changes)) {
            current += change.second;
            peak = std::max(peak, current);
        }
        return peak;
    }
    int peakInFlight() const { return peakInFlight({this}); }

private:
    struct Connection
    {
        int id = 0;
        QByteArray buffer;
        int current = -1; // the request being answered, an index in m_requests
    };

    struct Answer
    {
        using Headers = QList<std::pair<QByteArray, QByteArray>>;
        Answer(int status, const QByteArray& body, const Headers& headers = {})
            : status(status)
            , body(body)
            , headers(headers)
        {
        }

        int status;
        QByteArray body;
        Headers headers;
        QByteArray contentType = "text/html; charset=utf-8";
    };

    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            Connection connection;
            connection.id = ++m_accepted;
            m_connections.insert(socket, connection);
            m_peakConnections = std::max(m_peakConnections, int(m_connections.size()));
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] { hangUp(socket); });
        }
    }

    void hangUp(QTcpSocket* socket)
    {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        if (it->current >= 0) {
            Request& r = m_requests[it->current];
            if (r.status == 0)
                r.status = 499;
            if (r.end < 0)
                r.end = now();
        }
        m_connections.erase(it);
        socket->deleteLater();
    }

    void read(QTcpSocket* socket)
    {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        it->buffer += socket->readAll();
        next(socket);
    }

    // Starts on the next request of a connection, if one has fully arrived and none is being answered.
    void next(QTcpSocket* socket)
    {
        Connection& connection = m_connections[socket];
        const qsizetype end = connection.buffer.indexOf("\r\n\r\n");
        if (connection.current >= 0 || end < 0)
            return;
        const QList<QByteArray> lines = connection.buffer.left(end).split('\n');
        connection.buffer.remove(0, end + 4);
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QByteArray cookie;
        for (const QByteArray& line : lines.mid(1)) {
            if (line.toLower().startsWith("cookie:"))
                cookie = line.mid(7).trimmed();
        }
        Request request;
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        request.start = now();
        request.connection = connection.id;
        connection.current = int(m_requests.size());
        m_requests.append(request);
        route(socket, request.method, request.path, cookie);
    }

    void route(QTcpSocket* socket, const QByteArray& method, const QByteArray& target, const QByteArray& cookie)
    {
        const QUrl url(QString::fromLatin1(target));
        const QString path = url.path();
        const bool head = method == "HEAD";
        const auto page = [](const QByteArray& text) {
            return QByteArray("<!DOCTYPE html><title>test</title><p>") + text + "</p>";
        };
        const auto redirect = [&](int status, const QByteArray& location) {
            Answer a{status, page("moved"), {{"Location", location}}};
            answer(socket, a);
        };

        if (path == QLatin1String("/ok") || path.startsWith(QLatin1String("/ok/"))) {
            QTimer::singleShot(m_latencyMs, socket, [this, socket, page] { answer(socket, {200, page("ok")}); });
        } else if (path == QLatin1String("/redirect-permanent")) {
            redirect(301, "/ok/r1");
        } else if (path == QLatin1String("/redirect-temporary")) {
            redirect(302, "/ok/r2");
        } else if (path == QLatin1String("/redirect-chain")) {
            redirect(302, "/redirect-chain/2");
        } else if (path == QLatin1String("/redirect-chain/2")) {
            redirect(307, "/ok/chain");
        } else if (path == QLatin1String("/redirect-mixed")) {
            redirect(302, "/redirect-permanent");
        } else if (path == QLatin1String("/redirect-loop")) {
            redirect(302, "/redirect-loop");
        } else if (path.startsWith(QLatin1String("/redirect-long/"))) {
            const int n = path.mid(15).toInt();
            if (n <= 0)
                answer(socket, {200, page("end of the chain")});
            else
                redirect(302, "/redirect-long/" + QByteArray::number(n - 1));
        } else if (path == QLatin1String("/redirect-to")) {
            redirect(302, QUrlQuery(url).queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded).toUtf8());
        } else if (path == QLatin1String("/cookie")) {
            if (cookie.contains("seen=1"))
                answer(socket, {200, page("welcome back")});
            else
                answer(socket, {302, page("again"), {{"Location", "/cookie"}, {"Set-Cookie", "seen=1; Path=/"}}});
        } else if (path == QLatin1String("/missing")) {
            answer(socket, {404, page("not found")});
        } else if (path == QLatin1String("/gone")) {
            answer(socket, {410, page("gone")});
        } else if (path == QLatin1String("/server-error")) {
            answer(socket, {500, page("error")});
        } else if (path == QLatin1String("/forbidden")) {
            answer(socket, {403, page("forbidden")});
        } else if (path == QLatin1String("/head-not-allowed")) {
            if (head)
                answer(socket, {405, QByteArray(), {{"Allow", "GET"}}});
            else
                answer(socket, {200, page("GET only")});
        } else if (path == QLatin1String("/rate-limited")) {
            if (firstTime(path))
                answer(socket, {429, page("too many requests"), {{"Retry-After", "1"}}});
            else
                answer(socket, {200, page("ok")});
        } else if (path == QLatin1String("/flaky")) {
            answer(socket, firstTime(path) ? Answer{503, page("unavailable")} : Answer{200, page("ok")});
        } else if (path == QLatin1String("/always-429")) {
            answer(socket, {429, page("too many requests"), {{"Retry-After", "0"}}});
        } else if (path == QLatin1String("/always-503")) {
            answer(socket, {503, page("unavailable"), {{"Retry-After", "0"}}});
        } else if (path == QLatin1String("/bot-blocked")) {
            answer(socket, {403, challengePage(), {{"Server", "cloudflare"}, {"cf-mitigated", "challenge"}}});
        } else if (path == QLatin1String("/cloudflare-page")) {
            answer(socket, {403, challengePage(), {{"Server", "cloudflare"}}});
        } else if (path == QLatin1String("/status-999")) {
            answer(socket, {999, page("request denied")});
        } else if (path == QLatin1String("/slow")) {
            // No answer: the client's timeout has to end it.
        } else if (path == QLatin1String("/large")) {
            stream(socket, head);
        } else if (path == QLatin1String("/large-get-only")) {
            if (head)
                answer(socket, {405, QByteArray(), {{"Allow", "GET"}}});
            else
                stream(socket, false);
        } else if (path == QLatin1String("/page")) {
            answer(socket,
                   {200,
                    "<!DOCTYPE html><html><body><h1>Atelier</h1><h2 id=\"programme\">Programme</h2>"
                    "<h2><a name=\"acces\"></a>Acc\xc3\xa8s</h2><p id='inscription'>Inscription</p>"
                    "<div data-id=\"not-an-id\"><a id=plan href=\"#programme\">plan</a></div></body></html>"});
        } else if (path == QLatin1String("/big-page")) {
            const QByteArray filler = QByteArray(3 * 1024 * 1024, 'x');
            answer(socket, {200, "<!DOCTYPE html><p id=\"early\">" + filler + "</p><p id=\"late\">end</p>"});
        } else if (path == QLatin1String("/plain")) {
            Answer a{200, "plain text"};
            a.contentType = "text/plain";
            answer(socket, a);
        } else {
            answer(socket, {404, page("not found")});
        }
    }

    static QByteArray challengePage()
    {
        return "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
               "<h2 id=\"challenge-running\">Checking if the site connection is secure</h2>"
               "<script>window._cf_chl_opt={cType:'managed'};</script>"
               "<script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1\"></script></body></html>";
    }

    bool firstTime(const QString& path)
    {
        if (m_seen.contains(path))
            return false;
        m_seen.insert(path);
        return true;
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 307:
            return "Temporary Redirect";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 410:
            return "Gone";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 503:
            return "Service Unavailable";
        default:
            return "Unknown";
        }
    }

    static QByteArray headerBlock(const Answer& a, qint64 length)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + reason(a.status) + "\r\n";
        out += "Content-Type: " + a.contentType + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n";
        for (const auto& header : a.headers)
            out += header.first + ": " + header.second + "\r\n";
        return out + "\r\n";
    }

    void answer(QTcpSocket* socket, const Answer& a)
    {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->current < 0)
            return;
        Request& r = m_requests[it->current];
        socket->write(headerBlock(a, a.body.size()));
        if (r.method != "HEAD") {
            socket->write(a.body);
            r.bodyBytes = a.body.size();
        }
        r.status = a.status;
        r.end = now();
        it->current = -1;
        next(socket);
    }

    // /large: the headers at once, then the body in chunks with pauses, about 6 MB/s, for as long as
    // the client stays.
    void stream(QTcpSocket* socket, bool head)
    {
        Answer a{200, QByteArray()};
        a.contentType = "application/octet-stream";
        socket->write(headerBlock(a, LargeSize));
        const int index = m_connections[socket].current;
        m_requests[index].status = 200;
        if (head) {
            m_requests[index].end = now();
            m_connections[socket].current = -1;
            next(socket);
            return;
        }
        auto* timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [this, socket, timer, index] {
            Request& r = m_requests[index];
            if (socket->bytesToWrite() > 256 * 1024)
                return;
            const qint64 chunk = std::min<qint64>(64 * 1024, LargeSize - r.bodyBytes);
            socket->write(QByteArray(int(chunk), '\0'));
            r.bodyBytes += chunk;
            if (r.bodyBytes >= LargeSize) {
                timer->stop();
                r.end = now();
                m_connections[socket].current = -1;
                next(socket);
            }
        });
        timer->start(10);
    }

    QTcpServer m_server;
    int m_latencyMs = 0;
    QHash<QTcpSocket*, Connection> m_connections;
    QVector<Request> m_requests;
    QSet<QString> m_seen;
    int m_accepted = 0;
    int m_peakConnections = 0;
};

} // namespace EventDesk
