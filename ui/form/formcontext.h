#pragma once

#include <QString>
#include <QTimeZone>

namespace EventDesk {

// Where the document of a form lives: what its editors need to show dates in the site's time
// zone, to find and copy images, and which of the schema's labels to show.
struct FormContext
{
    QString siteRoot; // absolute
    QString uploadsFolder; // absolute, e.g. siteRoot + "/uploads"
    QString uploadsUrlPrefix; // "/uploads/"
    QTimeZone timeZone; // the site's (SiteConfig::timezone(), IANA; system zone when empty)
    QString language; // "fr" or "en": which schema label to use
};

} // namespace EventDesk
