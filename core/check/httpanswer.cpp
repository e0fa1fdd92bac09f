#include "httpanswer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace EventDesk {

namespace {

// The statuses bot protection answers with when it stops a client.
bool isRefusal(int status)
{
    return status == 403 || status == 429 || status == 503;
}

// Marks of challenge and block pages, whatever server sent them, with who puts them there (the
// providers' names and their own words for what they do, as `cf-mitigated` gives them: not translated).
struct PageMarker
{
    const char* text;
    const char* provider;
};

const PageMarker pageMarkers[] = {
    {"_cf_chl_opt", "Cloudflare challenge"},
    {"/cdn-cgi/challenge-platform/", "Cloudflare challenge"},
    {"cf-browser-verification", "Cloudflare challenge"},
    {"Attention Required! | Cloudflare", "Cloudflare block"},
    {"captcha-delivery.com", "DataDome"},
    {"_Incapsula_Resource", "Imperva"},
    {"px-captcha", "PerimeterX"},
    {"awsWafCookieDomainList", "AWS WAF challenge"},
};

QString decodeEntities(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        QString replacement;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else if (name == QLatin1String("amp")) {
            replacement = QStringLiteral("&");
        } else if (name == QLatin1String("lt")) {
            replacement = QStringLiteral("<");
        } else if (name == QLatin1String("gt")) {
            replacement = QStringLiteral(">");
        } else if (name == QLatin1String("quot")) {
            replacement = QStringLiteral("\"");
        } else if (name == QLatin1String("apos")) {
            replacement = QStringLiteral("'");
        }
        if (replacement.isEmpty())
            continue; // unknown: kept as written
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QByteArray HttpAnswer::header(const Headers& headers, const QByteArray& name)
{
    for (const auto& pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QString HttpAnswer::botProtection(int status, const Headers& headers, const QByteArray& body)
{
    // LinkedIn and a few others answer robots with this made-up status.
    if (status == 999)
        return QCoreApplication::translate("EventDesk::HttpAnswer", "status 999");
    // These two mark a challenge whatever the status (AWS WAF sends its challenge as a 202).
    const QByteArray aws = header(headers, "x-amzn-waf-action");
    if (!aws.isEmpty())
        return QStringLiteral("AWS WAF %1").arg(QString::fromLatin1(aws).toLower());
    const QByteArray vercel = header(headers, "x-vercel-mitigated");
    if (!vercel.isEmpty())
        return QStringLiteral("Vercel %1").arg(QString::fromLatin1(vercel).toLower());
    if (!isRefusal(status))
        return {};

    const QByteArray cloudflare = header(headers, "cf-mitigated");
    if (!cloudflare.isEmpty())
        return QStringLiteral("Cloudflare %1").arg(QString::fromLatin1(cloudflare).toLower());
    const QByteArray server = header(headers, "server").toLower();
    if (!header(headers, "x-datadome").isEmpty() || !header(headers, "x-datadome-cid").isEmpty()
        || header(headers, "set-cookie").startsWith("datadome="))
        return QStringLiteral("DataDome");
    if (status == 403 && server.contains("akamaighost"))
        return QStringLiteral("Akamai");
    if (!header(headers, "x-sucuri-id").isEmpty() || server.contains("sucuri"))
        return QStringLiteral("Sucuri");
    if (!header(headers, "x-iinfo").isEmpty() || header(headers, "x-cdn").toLower().contains("incapsula"))
        return QStringLiteral("Imperva");
    for (const PageMarker& marker : pageMarkers) {
        if (body.contains(marker.text))
            return QString::fromLatin1(marker.provider);
    }
    return {};
}

bool HttpAnswer::bodyMayShowChallenge(int status, const Headers& headers)
{
    return isRefusal(status) && header(headers, "server").toLower().contains("cloudflare");
}

qint64 HttpAnswer::retryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.simplified();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : qMin<qint64>(seconds, 365LL * 24 * 3600) * 1000;

    // RFC 9110 dates: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), and the obsolete RFC 850 and
    // asctime forms servers still send.
    const QString date = QString::fromLatin1(text);
    const QLocale c = QLocale::c();
    QDateTime when = c.toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) {
        when = c.toDateTime(date, QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"));
        if (when.isValid() && when.date().year() < 1970)
            when = when.addYears(100);
    }
    if (!when.isValid())
        when = c.toDateTime(date, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC); // HTTP dates are in GMT
    return qMax<qint64>(0, now.msecsTo(when));
}

bool HttpAnswer::isHtml(const QByteArray& contentType)
{
    const QByteArray type = contentType.trimmed().toLower();
    return type.isEmpty() || type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
}

QStringList HttpAnswer::anchors(const QByteArray& html)
{
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    // A start tag: its name, then its attributes, where quoted values may hold `>`.
    static const QRegularExpression tag(QStringLiteral("<([A-Za-z][A-Za-z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"));
    static const QRegularExpression attribute(
        QStringLiteral("([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?"));

    QString text = QString::fromUtf8(html);
    text.remove(comment);
    QStringList found;
    QSet<QString> seen;
    auto tags = tag.globalMatch(text);
    while (tags.hasNext()) {
        const QRegularExpressionMatch t = tags.next();
        const bool isLink = t.capturedView(1).compare(QLatin1String("a"), Qt::CaseInsensitive) == 0;
        auto attributes = attribute.globalMatch(t.captured(2));
        while (attributes.hasNext()) {
            const QRegularExpressionMatch a = attributes.next();
            const QStringView name = a.capturedView(1);
            const bool isId = name.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0;
            const bool isName = isLink && name.compare(QLatin1String("name"), Qt::CaseInsensitive) == 0;
            if (!isId && !isName)
                continue;
            const QString value = decodeEntities(a.captured(2) + a.captured(3) + a.captured(4));
            if (!value.isEmpty() && !seen.contains(value)) {
                seen.insert(value);
                found.append(value);
            }
        }
    }
    return found;
}

} // namespace EventDesk
