#pragma once

#include <QString>
#include <QtGlobal>

namespace EventDesk {

// A calendar date as YAML (and Ruby's Date) reads `2023-01-31`.
struct YamlDate
{
    int year = 1970;
    int month = 1;
    int day = 1;

    // `YYYY-MM-DD`, the year padded to four digits as Ruby's strftime("%Y") does.
    QString toIsoString() const;
    bool operator==(const YamlDate& other) const
    {
        return year == other.year && month == other.month && day == other.day;
    }

    // Whether the date exists in the calendar Ruby's Date uses by default (Julian before
    // 1582-10-15, Gregorian after, the ten days between missing).
    static bool isValid(int year, int month, int day);
};

// A point in time as Psych reads `2023-01-31 16:30:00 +01:00`: the wall-clock fields in the
// written offset, the offset itself, and whether it was written `Z` or not written at all.
struct YamlDateTime
{
    enum class Zone {
        Offset, // `+01:00`, `+0100`, `-5`
        Utc, // `Z`
        Local, // no zone: Ruby reads it in the process's local time zone
    };

    qint64 epochSeconds = 0; // seconds since 1970-01-01T00:00:00Z
    int microseconds = 0; // 0..999999, truncated as Ruby's Time#usec
    int offsetSeconds = 0; // UTC offset the value is shown in
    Zone zone = Zone::Offset;

    // Wall-clock fields in offsetSeconds.
    int year() const;
    int month() const;
    int day() const;
    int hour() const;
    int minute() const;
    int second() const;

    // `YYYY-MM-DDTHH:MM:SS[.ffffff]+HH:MM`, the form of `eventdesk-cli dump`.
    QString toIsoString() const;
    // `+HH:MM`
    QString offsetString() const;
    // `YYYY-MM-DD HH:MM:SS +HH:MM` (` Z` for UTC, nothing for a time written without a zone),
    // as the site's files write date-times; fractions of a second only when there are some.
    QString toYamlString() const;

    bool operator==(const YamlDateTime& other) const
    {
        return epochSeconds == other.epochSeconds && microseconds == other.microseconds
            && offsetSeconds == other.offsetSeconds && zone == other.zone;
    }
};

// Proleptic Gregorian day arithmetic, valid for any year.
qint64 daysFromCivil(qint64 year, int month, int day);
void civilFromDays(qint64 days, qint64* year, int* month, int* day);

} // namespace EventDesk
