#pragma once

#include "document/yamlvalue.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace EventDesk {

// Turns the dates of a document list (publication, start, end: date-times, dates or text) into
// instants and short text. Values without a zone, dates and text are read on the site's clock.
class DocumentDates
{
public:
    // A date, and its time when it has one, on the site's wall clock.
    struct WallClock
    {
        QDate date;
        QTime time; // invalid when the value has no time (or exactly midnight)
        bool isValid() const { return date.isValid(); }
    };

    // The site's zone from its IANA name; the system's when empty or unknown.
    static QTimeZone zone(const QString& ianaName);
    static WallClock wallClock(const YamlValue& value, const QTimeZone& zone);
    // The instant the value starts, in UTC; invalid when it is no date.
    static QDateTime start(const YamlValue& value, const QTimeZone& zone);
    // When the value is over: the instant itself when it has a time, the end of its day when it
    // is a date only (an event on a day is not past during that day).
    static QDateTime end(const YamlValue& value, const QTimeZone& zone);
    // "12 mars 2025, 09:30" (French), "March 12, 2025, 9:30 AM" (US English): the locale's long
    // date without its weekday, then its short time when there is one.
    static QString shortText(const YamlValue& value, const QTimeZone& zone, const QLocale& locale);
};

} // namespace EventDesk
