#include "datetimeeditor.h"

#include "formenvironment.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace EventDesk {

namespace {

// The locale's short date with a four-digit year.
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

DateTimeEditor::DateTimeEditor(const SchemaField& field, Mode mode, const FormEnvironment* environment, QWidget* parent)
    : FieldEditor(field, environment, parent)
    , m_mode(mode)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QDateTimeEdit(this);
    m_edit->setCalendarPopup(true);
    // The edit holds the wall-clock time; UTC has no gaps or repeated hours to get in the way.
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setDisplayFormat(m_mode == Mode::Date ? dateFormat() : dateFormat() + QStringLiteral(" HH:mm"));
    layout->addWidget(m_edit);
    m_clearButton = new QToolButton(this);
    m_clearButton->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_clearButton->setAutoRaise(true);
    layout->addWidget(m_clearButton);
    m_setButton = new QPushButton(this);
    layout->addWidget(m_setButton);
    m_zoneLabel = new QLabel(this);
    m_zoneLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_zoneLabel);
    layout->addStretch(1);

    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &DateTimeEditor::onEdited);
    connect(m_clearButton, &QToolButton::clicked, this, &DateTimeEditor::clearValue);
    connect(m_setButton, &QPushButton::clicked, this, &DateTimeEditor::setToDefault);
    retranslate();
    showValue();
}

void DateTimeEditor::setValue(const YamlValue& value)
{
    m_value = value;
    showValue();
}

bool DateTimeEditor::accepts(const YamlValue& value) const
{
    if (value.isNull())
        return true;
    return value.type() == (m_mode == Mode::Date ? YamlValue::Type::Date : YamlValue::Type::DateTime);
}

QWidget* DateTimeEditor::focusTarget() const
{
    return m_value.isNull() ? static_cast<QWidget*>(m_setButton) : static_cast<QWidget*>(m_edit);
}

void DateTimeEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_clearButton->setEnabled(!readOnly);
    m_setButton->setEnabled(!readOnly);
}

void DateTimeEditor::appendTabChain(QVector<QWidget*>* chain) const
{
    chain->append(m_setButton);
    chain->append(m_edit);
    chain->append(m_clearButton);
}

void DateTimeEditor::updateNames()
{
    nameWidget(m_edit, QString(), accessibleLabel());
    m_edit->setAccessibleDescription(accessibleHelp());
    m_edit->setToolTip(field().help);
    nameWidget(m_clearButton, QStringLiteral(":clear"), tr("Clear %1").arg(accessibleLabel()));
    nameWidget(m_setButton, QStringLiteral(":set"), tr("Set %1").arg(accessibleLabel()));
    m_setButton->setAccessibleDescription(accessibleHelp());
}

void DateTimeEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FieldEditor::changeEvent(event);
}

void DateTimeEditor::retranslate()
{
    m_clearButton->setToolTip(tr("Remove the date"));
    m_setButton->setText(m_mode == Mode::Date ? tr("Set a date") : tr("Set a date and time"));
    const QTimeZone zone = environment()->timeZone();
    m_zoneLabel->setVisible(m_mode == Mode::DateTime && zone != QTimeZone::systemTimeZone());
    m_zoneLabel->setText(QString::fromUtf8(zone.id()));
    m_zoneLabel->setToolTip(tr("Times are in the site's time zone"));
    updateNames();
}

void DateTimeEditor::showValue()
{
    const bool empty = m_value.isNull();
    m_edit->setVisible(!empty);
    m_clearButton->setVisible(!empty);
    m_setButton->setVisible(empty);
    if (empty)
        return;
    QDateTime wallClock;
    if (m_value.type() == YamlValue::Type::Date) {
        const YamlDate date = m_value.toDate();
        wallClock = QDateTime(QDate(date.year, date.month, date.day), QTime(0, 0), Qt::UTC);
    } else {
        const YamlDateTime time = m_value.toDateTime();
        const QDateTime instant = QDateTime::fromSecsSinceEpoch(time.epochSeconds, environment()->timeZone());
        wallClock = QDateTime(instant.date(), instant.time(), Qt::UTC);
        if (wallClock.time().second() != 0)
            m_edit->setDisplayFormat(dateFormat() + QStringLiteral(" HH:mm:ss"));
    }
    m_filling = true;
    m_edit->setDateTime(wallClock);
    m_filling = false;
}

YamlValue DateTimeEditor::valueFromEdit() const
{
    const QDateTime wallClock = m_edit->dateTime();
    if (m_mode == Mode::Date) {
        const QDate date = wallClock.date();
        return YamlValue::fromDate(YamlDate{date.year(), date.month(), date.day()});
    }
    const QDateTime local(wallClock.date(), wallClock.time(), environment()->timeZone());
    YamlDateTime time;
    time.epochSeconds = local.toSecsSinceEpoch();
    time.offsetSeconds = local.offsetFromUtc();
    time.zone = YamlDateTime::Zone::Offset;
    return YamlValue::fromDateTime(time);
}

void DateTimeEditor::onEdited()
{
    if (m_filling || m_value.isNull())
        return;
    const YamlValue value = valueFromEdit();
    if (value == m_value)
        return;
    m_value = value;
    notifyEdited();
}

void DateTimeEditor::setToDefault()
{
    const bool hadFocus = m_setButton->hasFocus();
    const YamlValue& fallback = field().defaultValue;
    if (fallback.type() == YamlValue::Type::DateTime || fallback.type() == YamlValue::Type::Date) {
        m_value = fallback;
        showValue();
        m_value = valueFromEdit();
    } else {
        // Today at the next full hour, in the site's zone.
        const QDateTime now = QDateTime::currentDateTime().toTimeZone(environment()->timeZone()).addSecs(3600);
        m_filling = true;
        m_edit->setDateTime(
            QDateTime(now.date(), m_mode == Mode::Date ? QTime(0, 0) : QTime(now.time().hour(), 0), Qt::UTC));
        m_filling = false;
        m_value = valueFromEdit();
        showValue();
    }
    if (hadFocus)
        m_edit->setFocus(Qt::OtherFocusReason);
    notifyEdited();
}

void DateTimeEditor::clearValue()
{
    const bool hadFocus = m_clearButton->hasFocus() || m_edit->hasFocus();
    m_value = YamlValue();
    showValue();
    if (hadFocus)
        m_setButton->setFocus(Qt::OtherFocusReason);
    notifyEdited();
}

QString DateTimeEditor::expectation() const
{
    // An example says the order of day and month better than a pattern.
    const QDateTime example(QDate(2027, 1, 31), QTime(16, 30), Qt::UTC);
    if (m_mode == Mode::Date)
        return tr("A date, such as %1.").arg(QLocale().toString(example.date(), dateFormat()));
    return tr("A date and time in the time zone %1, such as %2.")
        .arg(QString::fromUtf8(environment()->timeZone().id()),
             QLocale().toString(example, dateFormat() + QStringLiteral(" HH:mm")));
}

} // namespace EventDesk
