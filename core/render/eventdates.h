#pragma once

#include "document/yamlvalue.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace EventDesk {

// An event's dates in words, as the site's pages give them (its _includes/helpers/date*.html),
// in the site's language (French for `fr`, `fr-FR`…, English otherwise) and its time zone:
//   Mardi 31 janvier 2023, de 16 h 30 à 17 h 30      one day, start and end times
//   Mardi 31 janvier 2023 à 16 h 30                   no end
//   Du lundi 17 au vendredi 21 novembre 2025          several days (years only when they differ)
//   Du mardi 31 janvier au mercredi 1er février 2023  ("1er" for the first of the month)
// English: "Tuesday 31 January 2023, from 4:30 pm to 5:30 pm", "From Tuesday 31 January to
// Wednesday 1 February 2023". A time of exactly midnight is taken as "no time". Dates written
// as text (`'2023-01-31'`) are read as Liquid's date filter would; other text is given back as
// it is.
class EventDates
{
public:
    // A date, and its time when it has one, on the site's wall clock.
    struct WallClock
    {
        QDate date;
        QTime time;
        bool hasTime = false; // false for a date, and for a time of exactly midnight
        bool isValid() const { return date.isValid(); }
    };

    static bool isFrench(const QString& language);
    // A date-time, date or date written as text, on the clock of the site's time zone (IANA
    // name; the system's when empty, the offset written when unknown). Invalid for other values.
    static WallClock wallClock(const YamlValue& value, const QString& timeZone);

    // Plain text (not HTML); empty when the start is empty.
    static QString
    format(const YamlValue& start, const YamlValue& end, const QString& language, const QString& timeZone);
    // One date or date-time: "Mardi 31 janvier 2023 à 16 h 30".
    static QString formatOne(const YamlValue& value, const QString& language, const QString& timeZone)
    {
        return format(value, YamlValue(), language, timeZone);
    }
};

} // namespace EventDesk
