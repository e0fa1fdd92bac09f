#pragma once

#include "problem.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace EventDesk {

// What checking one external link found: a plain value the problems list, the command line and
// the cache share.
struct LinkCheck
{
    enum Status {
        Ok, // the page answered
        Redirected, // the page answered after redirects
        Broken, // an error answer after retries, no answer in time, a redirect loop, a missing anchor
        Unverifiable, // the answer says nothing about the link: bot protection, a rate limit, a sign-in
        Skipped, // not checked: not http(s), or the check was cancelled
    };

    QUrl url; // as given, fragment kept
    Status status = Skipped;
    int httpStatus = 0; // the last status seen; 0 when no answer came
    bool permanentRedirect = false; // a 301 or 308 on the way: finalUrl is the address to write instead
    QUrl finalUrl; // where the redirects ended; empty without redirects
    QString message; // empty when there is nothing to say
    QStringList anchors; // the page's ids and `<a name>`s, when it was read for a fragment

    // "ok", "redirected", "broken", "unverifiable", "skipped": the names of eventdesk-cli's JSON.
    static QString statusName(Status status);
    // The anchor a link's fragment names; empty without one, and for a text fragment (`#:~:text=`).
    static QString anchorOf(const QUrl& url);
    // The result of a link to this page, its fragment's anchor looked for in the page's anchors:
    // `anchorsRead` when the page was read for them, `pageTruncated` when only its start was.
    LinkCheck forLink(const QUrl& link, bool anchorsRead, bool pageTruncated) const;
    // The problem this result makes for a link written `written` at `file`:`line`: broken
    // (error), unverifiable or moved for good (warning, with the new address as its fix),
    // redirected (info). False when the link is fine or was not checked.
    bool toProblem(const QString& written, const QString& file, int line, Problem* problem) const;
};

} // namespace EventDesk
