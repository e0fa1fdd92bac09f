#pragma once

#include <QWidget>

namespace EventDesk {

class MarkdownEditor;

// The gutter of the Markdown editor: file line numbers in the left margin, the current line's
// number emphasised and a marked (erroneous) line flagged. Not focusable; the editor sizes it.
class LineNumberArea : public QWidget
{
    Q_OBJECT

public:
    explicit LineNumberArea(MarkdownEditor* editor);

    int preferredWidth() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    MarkdownEditor* m_editor;
};

} // namespace EventDesk
