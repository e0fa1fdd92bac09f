#pragma once

#include "fieldeditor.h"

class QContextMenuEvent;
class QPlainTextEdit;

namespace EventDesk {

// A text on several lines (plain or Markdown) in a box that grows with its content up to a
// few lines, then scrolls.
class TextEditor : public FieldEditor
{
    Q_OBJECT

public:
    enum class Mode { Plain, Markdown };

    TextEditor(const SchemaField& field, Mode mode, const FormEnvironment* environment, QWidget* parent = nullptr);

    YamlValue value() const override { return m_value; }
    void setValue(const YamlValue& value) override;
    bool accepts(const YamlValue& value) const override;
    QWidget* focusTarget() const override;
    void setReadOnly(bool readOnly) override;

protected:
    QString expectation() const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showContextMenu(QContextMenuEvent* event);
    void onTextChanged();
    QString shownText() const;
    void updateHeight();

    Mode m_mode;
    YamlValue m_value;
    QString m_shown; // the text as the editor showed it after the last value or edit
    QPlainTextEdit* m_edit = nullptr;
};

} // namespace EventDesk
