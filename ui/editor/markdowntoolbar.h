#pragma once

#include <QToolBar>

namespace EventDesk {

class MarkdownEditor;

// A tool bar with the formatting actions of a MarkdownEditor, grouped (text, link, headings,
// lists). Each button is named after its action for tests and screen readers, and described by
// its status tip.
class MarkdownToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit MarkdownToolBar(MarkdownEditor* editor, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void describeButtons();
};

} // namespace EventDesk
