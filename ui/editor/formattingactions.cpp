#include "formattingactions.h"

#include "markdowneditor.h"

#include <QAction>
#include <QIcon>

namespace EventDesk {

FormattingActions::FormattingActions(MarkdownEditor* editor)
    : QObject(editor)
    , m_editor(editor)
{
    m_bold = add(QStringLiteral("actionBold"), QStringLiteral("format-text-bold"), QKeySequence(Qt::CTRL | Qt::Key_B));
    m_italic =
        add(QStringLiteral("actionItalic"), QStringLiteral("format-text-italic"), QKeySequence(Qt::CTRL | Qt::Key_I));
    m_link = add(QStringLiteral("actionLink"), QStringLiteral("insert-link"), QKeySequence(Qt::CTRL | Qt::Key_K));
    // No standard icon names for heading levels: both show "H2", "H3".
    m_heading2 = add(QStringLiteral("actionHeading2"), QString(), QKeySequence(Qt::CTRL | Qt::Key_2));
    m_heading3 = add(QStringLiteral("actionHeading3"), QString(), QKeySequence(Qt::CTRL | Qt::Key_3));
    m_bulletList = add(QStringLiteral("actionBulletList"), QStringLiteral("format-list-unordered"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    m_numberedList = add(QStringLiteral("actionNumberedList"), QStringLiteral("format-list-ordered"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));

    connect(m_bold, &QAction::triggered, editor, &MarkdownEditor::toggleBold);
    connect(m_italic, &QAction::triggered, editor, &MarkdownEditor::toggleItalic);
    connect(m_link, &QAction::triggered, editor, &MarkdownEditor::insertLink);
    connect(m_heading2, &QAction::triggered, editor, [editor] { editor->toggleHeading(2); });
    connect(m_heading3, &QAction::triggered, editor, [editor] { editor->toggleHeading(3); });
    connect(m_bulletList, &QAction::triggered, editor, &MarkdownEditor::toggleBulletList);
    connect(m_numberedList, &QAction::triggered, editor, &MarkdownEditor::toggleNumberedList);

    // Without an icon theme, the tool bar shows short texts: B and I in their own style.
    if (m_bold->icon().isNull()) {
        QFont font = m_bold->font();
        font.setBold(true);
        m_bold->setFont(font);
    }
    if (m_italic->icon().isNull()) {
        QFont font = m_italic->font();
        font.setItalic(true);
        m_italic->setFont(font);
    }
    retranslate();
}

QAction* FormattingActions::add(const QString& objectName, const QString& iconName, const QKeySequence& shortcut)
{
    auto* action = new QAction(this);
    action->setObjectName(objectName);
    if (!iconName.isEmpty())
        action->setIcon(QIcon::fromTheme(iconName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editor->addAction(action);
    m_actions.append(action);
    return action;
}

void FormattingActions::describe(QAction* action,
                                 const QString& text,
                                 const QString& fallbackIconText,
                                 const QString& statusTip)
{
    action->setText(text);
    if (action->icon().isNull())
        action->setIconText(fallbackIconText);
    const QString plain = QString(text).remove(QLatin1Char('&'));
    action->setToolTip(tr("%1 (%2)").arg(plain, action->shortcut().toString(QKeySequence::NativeText)));
    action->setStatusTip(statusTip);
}

void FormattingActions::retranslate()
{
    describe(m_bold, tr("&Bold"), tr("B", "short label of the Bold button"),
             tr("Make the selected text bold, or remove the bold"));
    describe(m_italic, tr("&Italic"), tr("I", "short label of the Italic button"),
             tr("Make the selected text italic, or remove the italics"));
    describe(m_link, tr("&Link"), tr("Link", "short label of the Link button"),
             tr("Turn the selected text into a link, then type its address"));
    describe(m_heading2, tr("Heading &2"), tr("H2", "short label of the Heading 2 button"),
             tr("Make the line a section heading, or a plain paragraph again"));
    describe(m_heading3, tr("Heading &3"), tr("H3", "short label of the Heading 3 button"),
             tr("Make the line a subsection heading, or a plain paragraph again"));
    describe(m_bulletList, tr("B&ulleted List"), tr("• List", "short label of the Bulleted list button"),
             tr("Make the selected lines a bulleted list, or plain paragraphs again"));
    describe(m_numberedList, tr("&Numbered List"), tr("1. List", "short label of the Numbered list button"),
             tr("Make the selected lines a numbered list, or plain paragraphs again"));
}

} // namespace EventDesk
