#pragma once

#include "fieldeditor.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace EventDesk {

// An image of the site: its path (`/uploads/atelier.png`), a button that copies a chosen file
// into the uploads folder under a safe name, and a thumbnail of what the path points to.
class ImageEditor : public FieldEditor
{
    Q_OBJECT

public:
    static constexpr int ThumbnailWidth = 160;
    static constexpr int ThumbnailHeight = 90;

    ImageEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent = nullptr);

    YamlValue value() const override { return m_value; }
    void setValue(const YamlValue& value) override;
    bool accepts(const YamlValue& value) const override;
    QWidget* focusTarget() const override;
    void setReadOnly(bool readOnly) override;
    void appendTabChain(QVector<QWidget*>* chain) const override;

    // Asks for a file (the environment's picker, or a file dialog), copies it and sets the value.
    void chooseImage();

protected:
    QString expectation() const override;
    void updateNames() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onTextEdited(const QString& text);
    void updateThumbnail();
    QString pickFile();

    YamlValue m_value;
    QLineEdit* m_edit = nullptr;
    QPushButton* m_chooseButton = nullptr;
    QLabel* m_thumbnail = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace EventDesk
