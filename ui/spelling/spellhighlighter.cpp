#include "spellhighlighter.h"

#include "spellmenu.h"
#include "spellservice.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>

namespace EventDesk {

SpellHighlighter::SpellHighlighter(QTextDocument* document, SpellService* service, SpellChecker::TextKind kind)
    : QSyntaxHighlighter(document)
    , m_service(service)
    , m_kind(kind)
{
    connect(service, &SpellService::changed, this, &QSyntaxHighlighter::rehighlight);
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    const QVector<SpellChecker::Word> wrong = m_service->misspelled(text, m_kind);
    for (const SpellChecker::Word& word : wrong) {
        QTextCharFormat format;
        SpellService::underline(&format);
        setFormat(word.position, word.length, format);
    }
}

LineEditSpelling::LineEditSpelling(QLineEdit* edit, SpellService* service)
    : QObject(edit)
    , m_edit(edit)
    , m_service(service)
{
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textChanged, this, &LineEditSpelling::update);
    connect(service, &SpellService::changed, this, &LineEditSpelling::update);
    update();
}

void LineEditSpelling::update()
{
    // Never while the user composes a character with the input method (dead keys, compose): an
    // input method event of ours would end the composition.
    if (m_updating || m_composing)
        return;
    const QString text = m_edit->text();
    const QVector<SpellChecker::Word> wrong = m_service->misspelled(text, SpellChecker::TextKind::Plain);
    if (wrong.isEmpty() && m_underlined.isEmpty())
        return;
    m_underlined = wrong;
    // Input method formats are placed relative to the cursor.
    QList<QInputMethodEvent::Attribute> attributes;
    const int cursor = m_edit->cursorPosition();
    for (const SpellChecker::Word& word : wrong) {
        QTextCharFormat format;
        SpellService::underline(&format);
        attributes.append({QInputMethodEvent::TextFormat, word.position - cursor, word.length, format});
    }
    QInputMethodEvent event(QString(), attributes);
    m_updating = true;
    QCoreApplication::sendEvent(m_edit, &event);
    m_updating = false;
}

bool LineEditSpelling::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::InputMethod && !m_updating) {
        const bool composing = !static_cast<QInputMethodEvent*>(event)->preeditString().isEmpty();
        if (m_composing && !composing)
            QMetaObject::invokeMethod(this, &LineEditSpelling::update, Qt::QueuedConnection);
        m_composing = composing;
    }
    if (watched == m_edit && event->type() == QEvent::ContextMenu && !m_edit->isReadOnly()) {
        auto* menuEvent = static_cast<QContextMenuEvent*>(event);
        const int position = menuEvent->reason() == QContextMenuEvent::Mouse
            ? m_edit->cursorPositionAt(menuEvent->pos())
            : m_edit->cursorPosition();
        QPointer<QMenu> menu = m_edit->createStandardContextMenu();
        const QPointer<QLineEdit> edit = m_edit;
        SpellMenu::addTo(menu, m_service, m_edit->text(), position, SpellChecker::TextKind::Plain,
                         [edit](int at, int length, const QString& replacement) {
                             if (!edit)
                                 return;
                             // As typed: an edit of the line (undoable, textEdited emitted).
                             edit->setSelection(at, length);
                             QInputMethodEvent typed;
                             typed.setCommitString(replacement);
                             QCoreApplication::sendEvent(edit, &typed);
                         });
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(menuEvent->globalPos());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace EventDesk
