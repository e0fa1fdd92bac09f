#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;

namespace EventDesk {

class MarkdownEditor;

// The formatting commands of a MarkdownEditor as actions (for a tool bar or a menu): bold,
// italic, link, headings 2 and 3, bulleted and numbered lists. Their shortcuts are active while
// the editor has the focus; their texts follow the language.
class FormattingActions : public QObject
{
    Q_OBJECT

public:
    explicit FormattingActions(MarkdownEditor* editor);

    QList<QAction*> actions() const { return m_actions; }
    void retranslate();

private:
    QAction* add(const QString& objectName, const QString& iconName, const QKeySequence& shortcut);
    void describe(QAction* action, const QString& text, const QString& fallbackIconText, const QString& statusTip);

    MarkdownEditor* m_editor;
    QList<QAction*> m_actions;
    QAction* m_bold;
    QAction* m_italic;
    QAction* m_link;
    QAction* m_heading2;
    QAction* m_heading3;
    QAction* m_bulletList;
    QAction* m_numberedList;
};

} // namespace EventDesk
