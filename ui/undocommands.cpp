#include "undocommands.h"

#include "documentsession.h"

#include <QTextDocument>

namespace EventDesk {

FieldEditCommand::FieldEditCommand(DocumentSession* session,
                                   const QString& key,
                                   const QByteArray& before,
                                   const QByteArray& after,
                                   const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_key(key)
    , m_before(before)
    , m_after(after)
{
}

void FieldEditCommand::undo()
{
    m_session->restoreFrontMatter(m_before, m_key);
}

void FieldEditCommand::redo()
{
    m_session->restoreFrontMatter(m_after, m_key);
}

bool FieldEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const FieldEditCommand*>(other);
    if (edit->m_session != m_session || edit->m_key != m_key || edit->text() != text())
        return false;
    m_after = edit->m_after;
    if (m_after == m_before)
        setObsolete(true); // typed and erased again: nothing to undo
    return true;
}

BodyEditCommand::BodyEditCommand(QTextDocument* body, const QString& text)
    : QUndoCommand(text)
    , m_body(body)
{
}

void BodyEditCommand::undo()
{
    if (m_body) {
        m_body->undo();
        m_body->setModified(false); // typing next starts a step of its own
    }
    m_done = false;
}

void BodyEditCommand::redo()
{
    // The first redo comes from QUndoStack::push, after the text document made the edit.
    if (!m_done && m_body) {
        m_body->redo();
        m_body->setModified(false);
    }
    m_done = true;
}

} // namespace EventDesk
