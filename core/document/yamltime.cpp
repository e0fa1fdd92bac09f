#include "yamltime.h"

namespace EventDesk {

namespace {

QString paddedYear(qint64 year)
{
    const QString digits = QString::number(qAbs(year)).rightJustified(4, QLatin1Char('0'));
    return year < 0 ? QLatin1Char('-') + digits : digits;
}

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, QLatin1Char('0'));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

struct Civil
{
    qint64 year;
    int month, day, hour, minute, second;
};

Civil civilOf(const YamlDateTime& t)
{
    const qint64 local = t.epochSeconds + t.offsetSeconds;
    const qint64 days = floorDiv(local, 86400);
    const qint64 rest = local - days * 86400;
    Civil c{};
    civilFromDays(days, &c.year, &c.month, &c.day);
    c.hour = int(rest / 3600);
    c.minute = int(rest % 3600 / 60);
    c.second = int(rest % 60);
    return c;
}

bool isJulianLeap(int year)
{
    return year % 4 == 0;
}

bool isGregorianLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

} // namespace

qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = floorDiv(year, 400);
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 days, qint64* year, int* month, int* day)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (*month <= 2);
}

bool YamlDate::isValid(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1)
        return false;
    if (year == 1582 && month == 10 && day > 4 && day < 15)
        return false;
    const bool julian = year < 1582 || (year == 1582 && (month < 10 || (month == 10 && day <= 4)));
    const bool leap = julian ? isJulianLeap(year) : isGregorianLeap(year);
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int length = month == 2 && leap ? 29 : lengths[month - 1];
    return day <= length;
}

QString YamlDate::toIsoString() const
{
    return paddedYear(year) + QLatin1Char('-') + twoDigits(month) + QLatin1Char('-') + twoDigits(day);
}

int YamlDateTime::year() const
{
    return int(civilOf(*this).year);
}

int YamlDateTime::month() const
{
    return civilOf(*this).month;
}

int YamlDateTime::day() const
{
    return civilOf(*this).day;
}

int YamlDateTime::hour() const
{
    return civilOf(*this).hour;
}

int YamlDateTime::minute() const
{
    return civilOf(*this).minute;
}

int YamlDateTime::second() const
{
    return civilOf(*this).second;
}

QString YamlDateTime::offsetString() const
{
    const int total = qAbs(offsetSeconds);
    return QLatin1Char(offsetSeconds < 0 ? '-' : '+') + twoDigits(total / 3600) + QLatin1Char(':')
        + twoDigits(total % 3600 / 60);
}

QString YamlDateTime::toIsoString() const
{
    const Civil c = civilOf(*this);
    QString text = paddedYear(c.year) + QLatin1Char('-') + twoDigits(c.month) + QLatin1Char('-') + twoDigits(c.day)
        + QLatin1Char('T') + twoDigits(c.hour) + QLatin1Char(':') + twoDigits(c.minute) + QLatin1Char(':')
        + twoDigits(c.second);
    if (microseconds != 0)
        text += QLatin1Char('.') + QString::number(microseconds).rightJustified(6, QLatin1Char('0'));
    return text + offsetString();
}

QString YamlDateTime::toYamlString() const
{
    // A time written without a zone is written back as it was: its wall-clock fields, no zone
    // (what Psych would write, the wall-clock time in its own zone, would change its meaning).
    YamlDateTime wall = *this;
    if (zone == Zone::Local)
        wall.offsetSeconds = 0;
    const Civil c = civilOf(wall);
    QString text = paddedYear(c.year) + QLatin1Char('-') + twoDigits(c.month) + QLatin1Char('-') + twoDigits(c.day)
        + QLatin1Char(' ') + twoDigits(c.hour) + QLatin1Char(':') + twoDigits(c.minute) + QLatin1Char(':')
        + twoDigits(c.second);
    if (microseconds != 0) {
        QString fraction = QString::number(microseconds).rightJustified(6, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    if (zone == Zone::Local)
        return text;
    return text + QLatin1Char(' ') + (zone == Zone::Utc ? QStringLiteral("Z") : offsetString());
}

} // namespace EventDesk
