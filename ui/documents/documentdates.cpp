#include "documentdates.h"

#include "render/eventdates.h"

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
    // As the preview reads it.
    const EventDates::WallClock wall = EventDates::wallClock(value, QString::fromUtf8(zone.id()));
    return WallClock{wall.date, wall.hasTime ? wall.time : QTime()};
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
