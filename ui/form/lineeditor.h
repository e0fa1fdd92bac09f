#pragma once

#include "fieldeditor.h"

class QLineEdit;
class QToolButton;

namespace EventDesk {

// One line of text (a title, a place, a file path) or a web address, with the values the site's
// documents use as completions. A web address gets a button that opens it.
class LineEditor : public FieldEditor
{
    Q_OBJECT

public:
    enum class Mode { Text, Url };

    LineEditor(const SchemaField& field, Mode mode, const FormEnvironment* environment, QWidget* parent = nullptr);

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
    void onTextEdited(const QString& text);
    void updateUrlState();

    Mode m_mode;
    YamlValue m_value;
    QLineEdit* m_edit = nullptr;
    QToolButton* m_openButton = nullptr;
};

} // namespace EventDesk
