#include "linkcheck.h"

#include "linkchecker.h"

namespace EventDesk {

QString LinkCheck::statusName(Status status)
{
    switch (status) {
    case Ok:
        return QStringLiteral("ok");
    case Redirected:
        return QStringLiteral("redirected");
    case Broken:
        return QStringLiteral("broken");
    case Unverifiable:
        return QStringLiteral("unverifiable");
    case Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QString LinkCheck::anchorOf(const QUrl& url)
{
    const QString fragment = url.fragment(QUrl::FullyDecoded);
    const qsizetype directive = fragment.indexOf(QLatin1String(":~:"));
    return directive < 0 ? fragment : fragment.left(directive);
}

LinkCheck LinkCheck::forLink(const QUrl& link, bool anchorsRead, bool pageTruncated) const
{
    LinkCheck result = *this;
    result.url = link;
    const QString anchor = anchorOf(link);
    // `#top` needs no anchor: browsers go to the top of the page.
    if ((status != Ok && status != Redirected) || anchor.isEmpty()
        || anchor.compare(QLatin1String("top"), Qt::CaseInsensitive) == 0)
        return result;
    const auto add = [&result](const QString& text) {
        result.message = result.message.isEmpty() ? text : LinkChecker::tr("%1; %2").arg(result.message, text);
    };
    if (!anchorsRead) {
        add(LinkChecker::tr("anchor #%1 not checked: not an HTML page").arg(anchor));
    } else if (anchors.contains(anchor)) {
        return result;
    } else if (pageTruncated) {
        result.status = Unverifiable;
        add(LinkChecker::tr("could not verify: anchor #%1 not in the part of the page read (it is too large)")
                .arg(anchor));
    } else {
        result.status = Broken;
        add(LinkChecker::tr("no anchor #%1 on the page").arg(anchor));
    }
    return result;
}

bool LinkCheck::toProblem(const QString& written, const QString& file, int line, Problem* problem) const
{
    Problem p;
    if (status == Broken || status == Unverifiable || permanentRedirect) {
        p.severity = status == Broken ? Problem::Severity::Error : Problem::Severity::Warning;
        p.code = status == Broken    ? QStringLiteral("link-broken")
            : status == Unverifiable ? QStringLiteral("link-unverifiable")
                                     : QStringLiteral("link-moved");
        p.fix = permanentRedirect ? finalUrl.toString() : QString();
    } else if (status == Redirected) {
        p.severity = Problem::Severity::Info;
        p.code = QStringLiteral("link-redirected");
    } else {
        return false;
    }
    p.message = LinkChecker::tr("%1: %2").arg(written, message);
    p.file = file;
    p.line = line;
    *problem = p;
    return true;
}

} // namespace EventDesk
