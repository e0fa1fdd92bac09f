#include "eventdates.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>

namespace EventDesk {

namespace {

const char* const frenchMonths[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                    "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
const char* const englishMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
const char* const frenchDays[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
const char* const englishDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

using Moment = EventDates::WallClock;

QTimeZone siteZone(const QString& timeZone, int fallbackOffset)
{
    if (timeZone.isEmpty())
        return QTimeZone::systemTimeZone();
    const QTimeZone zone(timeZone.toUtf8());
    // An unknown zone name: the time as the file writes it.
    return zone.isValid() ? zone : QTimeZone(fallbackOffset);
}

} // namespace

EventDates::WallClock EventDates::wallClock(const YamlValue& value, const QString& timeZone)
{
    Moment result;
    switch (value.type()) {
    case YamlValue::Type::DateTime: {
        const YamlDateTime dateTime = value.toDateTime();
        const QDateTime local =
            QDateTime::fromSecsSinceEpoch(dateTime.epochSeconds, siteZone(timeZone, dateTime.offsetSeconds));
        result.date = local.date();
        result.time = local.time();
        break;
    }
    case YamlValue::Type::Date: {
        const YamlDate date = value.toDate();
        result.date = QDate(date.year, date.month, date.day);
        break;
    }
    case YamlValue::Type::String: {
        // Liquid's date filter reads such text as a time on the site's clock.
        static const QRegularExpression pattern(
            QStringLiteral("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?"));
        const QRegularExpressionMatch match = pattern.match(value.toString());
        if (!match.hasMatch())
            break;
        result.date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (match.hasCaptured(4))
            result.time = QTime(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
        break;
    }
    default:
        break;
    }
    result.hasTime = result.time.isValid() && result.time != QTime(0, 0);
    return result;
}

namespace {

Moment moment(const YamlValue& value, const QString& timeZone)
{
    return EventDates::wallClock(value, timeZone);
}

class Words
{
public:
    explicit Words(bool french)
        : m_french(french)
    {
    }

    QString weekday(const QDate& date) const
    {
        return QString::fromUtf8((m_french ? frenchDays : englishDays)[date.dayOfWeek() - 1]);
    }
    QString month(const QDate& date) const
    {
        return QString::fromUtf8((m_french ? frenchMonths : englishMonths)[date.month() - 1]);
    }
    QString dayNumber(const QDate& date) const
    {
        return m_french && date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
    }
    // "mardi 31 janvier 2023", "mardi 31", "mardi 31 janvier"
    QString day(const QDate& date, bool withMonth, bool withYear) const
    {
        QString text = weekday(date) + QLatin1Char(' ') + dayNumber(date);
        if (withMonth)
            text += QLatin1Char(' ') + month(date);
        if (withYear)
            text += QLatin1Char(' ') + QString::number(date.year());
        return text;
    }
    // "16 h 30", "9 h"; "4:30 pm", "9 am"
    QString time(const QTime& time) const
    {
        if (m_french) {
            return time.minute() == 0
                ? QStringLiteral("%1 h").arg(time.hour())
                : QStringLiteral("%1 h %2").arg(time.hour()).arg(time.minute(), 2, 10, QLatin1Char('0'));
        }
        const int hour = time.hour() % 12 == 0 ? 12 : time.hour() % 12;
        const QString suffix = time.hour() < 12 ? QStringLiteral("am") : QStringLiteral("pm");
        return time.minute() == 0
            ? QStringLiteral("%1 %2").arg(hour).arg(suffix)
            : QStringLiteral("%1:%2 %3").arg(hour).arg(time.minute(), 2, 10, QLatin1Char('0')).arg(suffix);
    }

    QString oneDay(const Moment& start, const Moment& end) const
    {
        QString text = capitalized(day(start.date, true, true));
        if (start.hasTime && end.hasTime && end.time != start.time) {
            text += m_french ? QStringLiteral(", de %1 à %2").arg(time(start.time), time(end.time))
                             : QStringLiteral(", from %1 to %2").arg(time(start.time), time(end.time));
        } else if (start.hasTime) {
            text += (m_french ? QStringLiteral(" à ") : QStringLiteral(" at ")) + time(start.time);
        } else if (end.hasTime) {
            text += (m_french ? QStringLiteral(", jusqu’à ") : QStringLiteral(", until ")) + time(end.time);
        }
        return text;
    }

    QString range(const Moment& start, const Moment& end) const
    {
        const bool sameYear = start.date.year() == end.date.year();
        const bool sameMonth = sameYear && start.date.month() == end.date.month();
        const QString from = day(start.date, !sameMonth, !sameYear);
        const QString to = day(end.date, true, true);
        return m_french ? QStringLiteral("Du %1 au %2").arg(from, to) : QStringLiteral("From %1 to %2").arg(from, to);
    }

private:
    static QString capitalized(QString text)
    {
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        return text;
    }

    bool m_french;
};

} // namespace

bool EventDates::isFrench(const QString& language)
{
    const QString code = language.trimmed().toLower();
    return code == QLatin1String("fr") || code.startsWith(QLatin1String("fr-"))
        || code.startsWith(QLatin1String("fr_"));
}

QString
EventDates::format(const YamlValue& start, const YamlValue& end, const QString& language, const QString& timeZone)
{
    const Moment from = moment(start, timeZone);
    if (!from.isValid())
        return start.isScalar() && !start.isNull() ? start.rubyString().trimmed() : QString();
    const Words words(isFrench(language));
    const Moment to = moment(end, timeZone);
    if (!to.isValid() || to.date == from.date)
        return words.oneDay(from, to);
    return words.range(from, to);
}

} // namespace EventDesk
