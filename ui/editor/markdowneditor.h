#pragma once

#include <QPlainTextEdit>

namespace EventDesk {

class FormattingActions;
class LineNumberArea;
class MarkdownHighlighter;

// The editor of an event page's body: Markdown (kramdown with Liquid) with syntax colours, a
// gutter of file line numbers, the current line highlighted, formatting commands (each one undo
// step of the document) and helpers to keep a preview scrolled alongside.
//
// Lines are FILE lines: the body starts at line firstLineNumber() of the file (after the front
// matter) and every line number taken or given here counts from the top of the file.
//
// Tab moves the focus out of the editor (setTabChangesFocus) so keyboard users can leave it;
// indentation is typed with spaces. Lines wrap at the widget's width.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget* parent = nullptr);
    ~MarkdownEditor() override;

    // The file line of the text's first line (1, the default, when the text is a whole file: a
    // "---" first line then opens a front matter).
    // Shows another text document (each open file keeps its own, with its undo history); the
    // highlighting and the margins follow it. The document is not owned.
    void setTextDocument(QTextDocument* document);
    // Gives a new document the layout and margins the editor uses. Call it before the document
    // has an undo history worth keeping: a margin change is an undo step of its own, and
    // setTextDocument() makes it only for documents that were not prepared.
    static void prepareDocument(QTextDocument* document);

    void setFirstLineNumber(int fileLine);
    int firstLineNumber() const { return m_firstLine; }
    // The file line of the text cursor.
    int cursorLine() const;

    // A fixed-pitch (monospace) font instead of the general one.
    void setFixedPitchFont(bool fixed);
    bool fixedPitchFont() const { return m_fixedPitch; }

    // The file line of the first visible line, and scrolling it to the top (the cursor stays).
    int topLine() const;
    void scrollToLine(int fileLine);
    // Moves the cursor to a file line and 1-based column, centres it and focuses the editor.
    void goToLine(int fileLine, int column = 1);

    // Highlights a file line as erroneous, with `message` as its tooltip; 0 clears.
    void setMarkedLine(int fileLine, const QString& message);
    int markedLine() const { return m_markedLine; }
    QString markedLineMessage() const { return m_markedMessage; }

    // Bold, Italic, Link, Heading 2, Heading 3, Bullet list, Numbered list: owned by the editor,
    // their shortcuts active while it has the focus.
    QList<QAction*> formattingActions() const;
    MarkdownHighlighter* highlighter() const { return m_highlighter; }

public Q_SLOTS:
    void toggleBold();
    void toggleItalic();
    void insertLink();
    // Sets the heading level of the selected lines (0 removes it).
    void setHeading(int level);
    // Sets the heading level, or removes it when every selected line already has it.
    void toggleHeading(int level);
    void toggleBulletList();
    void toggleNumberedList();

Q_SIGNALS:
    // The first visible file line changed (scrolling, resizing, a new first line number).
    void topLineChanged(int fileLine);

protected:
    bool event(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    friend class LineNumberArea;

    void retranslate();
    void applyPalette();
    void applyFont();
    void updateGutterWidth();
    void updateGutter(const QRect& rect, int dy);
    void updateExtraSelections();
    void checkTopLine();
    QTextBlock blockOfLine(int fileLine) const;
    QString toolTipAt(const QPoint& viewportPosition) const;

    MarkdownHighlighter* m_highlighter;
    LineNumberArea* m_gutter;
    FormattingActions* m_actions;
    int m_firstLine = 1;
    int m_lastTopLine = 1;
    int m_markedLine = 0;
    QString m_markedMessage;
    bool m_fixedPitch = false;
    bool m_selectionsQueued = false;
};

} // namespace EventDesk
