#pragma once

#include "fieldeditor.h"

class QDateTimeEdit;
class QLabel;
class QPushButton;
class QToolButton;

namespace EventDesk {

// A date, or a date and time, shown as the wall-clock time in the site's time zone whatever
// offset the file wrote, and written with that zone's offset for the instant (`+01:00` in
// winter, `+02:00` in summer for Europe/Paris). An absent date shows a button that sets one, a
// set date a button that clears it.
class DateTimeEditor : public FieldEditor
{
    Q_OBJECT

public:
    enum class Mode { Date, DateTime };

    DateTimeEditor(const SchemaField& field, Mode mode, const FormEnvironment* environment, QWidget* parent = nullptr);

    YamlValue value() const override { return m_value; }
    void setValue(const YamlValue& value) override;
    bool accepts(const YamlValue& value) const override;
    QWidget* focusTarget() const override;
    void setReadOnly(bool readOnly) override;
    void appendTabChain(QVector<QWidget*>* chain) const override;

protected:
    QString expectation() const override;
    void updateNames() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showValue();
    void onEdited();
    void setToDefault();
    void clearValue();
    YamlValue valueFromEdit() const;

    Mode m_mode;
    YamlValue m_value;
    QDateTimeEdit* m_edit = nullptr;
    QToolButton* m_clearButton = nullptr;
    QPushButton* m_setButton = nullptr;
    QLabel* m_zoneLabel = nullptr;
    bool m_filling = false;
};

} // namespace EventDesk
