#include "documentdates.h"

#include <QRegularExpression>

namespace EventDesk {

QTimeZone DocumentDates::zone(const QString& ianaName)
{
    if (ianaName.isEmpty())
        return QTimeZone::systemTimeZone();
    const QTimeZone site(ianaName.toUtf8());
    return site.isValid() ? site : QTimeZone::systemTimeZone();
}

DocumentDates::WallClock DocumentDates::wallClock(const YamlValue& value, const QTimeZone& zone)
{
    WallClock result;
    switch (value.type()) {
    case YamlValue::Type::DateTime: {
        const YamlDateTime dateTime = value.toDateTime();
        QDateTime local;
        if (dateTime.zone == YamlDateTime::Zone::Local) {
            // Written without a zone: its wall-clock fields are the site's.
            local = QDateTime::fromSecsSinceEpoch(dateTime.epochSeconds, QTimeZone::utc());
        } else {
            local = QDateTime::fromSecsSinceEpoch(dateTime.epochSeconds, zone);
        }
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
        // Text such as '2023-01-31 10:00' reads as Liquid's date filter reads it.
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
    if (result.time == QTime(0, 0))
        result.time = QTime(); // midnight is how date-only events are often written
    return result;
}

QDateTime DocumentDates::start(const YamlValue& value, const QTimeZone& zone)
{
    if (value.type() == YamlValue::Type::DateTime && value.toDateTime().zone != YamlDateTime::Zone::Local)
        return QDateTime::fromSecsSinceEpoch(value.toDateTime().epochSeconds, QTimeZone::utc());
    const WallClock wall = wallClock(value, zone);
    if (!wall.isValid())
        return {};
    return QDateTime(wall.date, wall.time.isValid() ? wall.time : QTime(0, 0), zone).toUTC();
}

QDateTime DocumentDates::end(const YamlValue& value, const QTimeZone& zone)
{
    const WallClock wall = wallClock(value, zone);
    if (!wall.isValid())
        return {};
    if (wall.time.isValid())
        return start(value, zone);
    return QDateTime(wall.date.addDays(1), QTime(0, 0), zone).toUTC();
}

QString DocumentDates::shortText(const YamlValue& value, const QTimeZone& zone, const QLocale& locale)
{
    const WallClock wall = wallClock(value, zone);
    if (!wall.isValid())
        return value.type() == YamlValue::Type::String ? value.toString().simplified() : QString();
    // Qt has no medium date format: the long one without its weekday is what people write.
    static const QRegularExpression weekday(QStringLiteral("dddd[,\\s]*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    QString text = locale.toString(wall.date, format.trimmed());
    if (wall.time.isValid()) {
        // Seconds are noise in a list (the C locale's short format has them).
        static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
        QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
        timeFormat.remove(seconds);
        text += QStringLiteral(", ") + locale.toString(wall.time, timeFormat);
    }
    return text;
}

} // namespace EventDesk
