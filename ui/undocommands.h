#pragma once

#include <QByteArray>
#include <QPointer>
#include <QUndoCommand>

class QTextDocument;

namespace EventDesk {

class DocumentSession;

// The ids under which consecutive edits merge into one undo step.
enum UndoCommandId {
    FieldEditId = 1,
};

// A change of one front matter key from the form. Holds the file's front matter before and
// after, so that undo gives back the very bytes the file had (not a rewrite of the old value);
// the body is not part of it. Consecutive edits of the same key merge (typing a word is one step).
class FieldEditCommand : public QUndoCommand
{
public:
    FieldEditCommand(DocumentSession* session,
                     const QString& key,
                     const QByteArray& before,
                     const QByteArray& after,
                     const QString& text);

    void undo() override;
    void redo() override;
    int id() const override { return m_key.isEmpty() ? -1 : FieldEditId; } // a whole document: alone
    bool mergeWith(const QUndoCommand* other) override;

private:
    DocumentSession* m_session;
    QString m_key;
    QByteArray m_before;
    QByteArray m_after;
};

// One undo level of the body's QTextDocument, so that body and form edits share one stack: undo
// and redo ask the text document to undo or redo its own last level.
class BodyEditCommand : public QUndoCommand
{
public:
    BodyEditCommand(QTextDocument* body, const QString& text);

    void undo() override;
    void redo() override;

private:
    QPointer<QTextDocument> m_body;
    bool m_done = true; // the edit has happened when the command is pushed
};

} // namespace EventDesk
