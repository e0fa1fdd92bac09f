#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace EventDesk {

// Reading an HTTP answer for the link checker: whether it comes from bot protection rather than
// from the site, how long it asks us to wait, which anchors a page has. Pure functions on the
// status, headers and body, so they can be tested without a server.
class HttpAnswer
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>; // as QNetworkReply::rawHeaderPairs()

    // The value of a header, names compared without case; empty when absent.
    static QByteArray header(const Headers& headers, const QByteArray& name);

    // Who answered in the site's place ("Cloudflare challenge", "Akamai", "status 999", ...), or an
    // empty string when the answer looks like the site's own. `body` is what was read of it (empty
    // after HEAD): some providers are only recognised by their page.
    static QString botProtection(int status, const Headers& headers, const QByteArray& body);
    // Whether the body of this answer, not read yet, could show a challenge the headers do not:
    // a refusal from a server that fronts sites with challenge pages.
    static bool bodyMayShowChallenge(int status, const Headers& headers);

    // The wait a Retry-After value asks for, in milliseconds: a number of seconds or an HTTP date
    // (a date in the past means no wait). -1 when the value is empty or unreadable.
    static qint64 retryAfterMs(const QByteArray& value, const QDateTime& now);

    // Whether a Content-Type is a page whose anchors can be read (an absent type counts: many
    // servers leave it out for HTML).
    static bool isHtml(const QByteArray& contentType);
    // The ids of every element and the names of `<a>` elements, in page order without repeats,
    // entities decoded; what a fragment can point at. Comments are left out.
    static QStringList anchors(const QByteArray& html);
};

} // namespace EventDesk
