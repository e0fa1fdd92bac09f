#pragma once

#include <QPlainTextEdit>

namespace EventDesk {

class DiffHighlighter;

// A read-only monospace view of a unified diff, its added and removed lines tinted across the
// whole width (the highlighter tints the text, this view the rest of the line).
class DiffView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DiffView(QWidget* parent = nullptr);

    // Shows a diff, coloured.
    void setDiff(const QString& diff);
    // Shows a plain note instead (a binary file, no file selected).
    void setNote(const QString& note);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    DiffHighlighter* m_highlighter = nullptr;
    bool m_isDiff = false;
};

} // namespace EventDesk
