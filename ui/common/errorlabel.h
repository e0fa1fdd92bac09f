#pragma once

#include <QLabel>

namespace EventDesk {

// A message that may say something went wrong: then in red, a dark red on light palettes and a
// light one on dark (high-contrast) palettes, always readable (WCAG 4.5:1) on the window's
// colour and chosen again when the palette changes; otherwise in the palette's own text colour.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr);

    // Whether the text is an error (the default) or a plain message.
    void setError(bool error);
    bool isError() const { return m_error; }

    // The red for text on `background`.
    static QColor errorColor(const QColor& background);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColor();

    bool m_error = true;
};

} // namespace EventDesk
