#pragma once

#include "document/atomicfile.h"
#include "document/eventdocument.h"
#include "site/schema.h"

#include <QObject>

class QTextDocument;
class QTimer;
class QUndoStack;

namespace EventDesk {

class RecoveryStore;

// One document open in the editor: its file as read, the body as a QTextDocument the body
// editor shows, and one undo stack for form and body edits. The front matter changes only
// through EventDocument's surgical edits, so saving changes only the keys that were edited.
// A file whose front matter does not parse opens in raw mode: the whole text is the "body",
// the form is unavailable until the text is corrected and saved.
class DocumentSession : public QObject
{
    Q_OBJECT

public:
    enum class DiskState { Same, Changed, Missing };

    DocumentSession(const QString& path,
                    const QString& relativePath,
                    const CollectionSchema& schema,
                    QObject* parent = nullptr);
    ~DocumentSession() override;

    // Reads the file; false with the reason when it cannot be edited at all (unreadable, not
    // text, too big). A front matter that does not parse is not a failure: see isRaw().
    bool load(QString* error);

    QString path() const { return m_path; }
    QString relativePath() const { return m_relativePath; }
    CollectionSchema schema() const { return m_schema; }
    void setSchema(const CollectionSchema& schema) { m_schema = schema; }

    // The document as it stands in the editor: the front matter with its edits, the body typed.
    EventDocument document() const;
    YamlValue frontMatter() const { return m_document.frontMatter(); }
    bool isRaw() const { return m_raw; }
    // Why the front matter does not parse, in raw mode.
    Diagnostic rawError() const { return m_rawError; }
    // The body (the whole file in raw mode); edits to it join the undo stack.
    QTextDocument* body() const { return m_body; }
    // The file line of the body's first line.
    int bodyFirstLine() const { return m_raw ? 1 : m_document.bodyLine(); }

    QUndoStack* undoStack() const { return m_undo; }
    bool isModified() const;

    // Sets a top-level key as one undoable step (merged with the previous edit of the same key
    // with the same description). False with the reason when the value cannot be written.
    bool setValue(const QString& key, const YamlValue& value, const QString& description, QString* error);

    // Where the file stands on disk compared with what was read or last saved.
    DiskState diskState() const;
    // The file as it is on disk now (empty when it is not there).
    QByteArray diskBytes() const;
    // The bytes the editor would save.
    QByteArray editedBytes() const { return currentBytes(); }
    // Keeps the edits over a version changed on disk by another program: the next save writes
    // them over it.
    void keepEditsOverDisk();
    // Writes the file atomically, unless it changed on disk since it was read: then nothing is
    // written and the reason says so. In raw mode, a text whose front matter now parses turns
    // the session back into normal mode.
    bool save(QString* error);

    // Test seam: called when the bytes are written and before they replace the file; returning
    // false makes the save fail there, as a full disk would.
    void setWriteHook(const AtomicFile::BeforeCommit& hook) { m_writeHook = hook; }

    // Where unsaved edits are kept, a few seconds after they are made (null: nowhere). The
    // store must outlive the session.
    void setRecovery(const RecoveryStore* recovery);
    // Writes the edits to the recovery store now, or forgets them there when there are none.
    void keepEdits();
    // Puts back edits kept by an earlier run (the whole file as it stood), as one undoable step.
    void restore(const QByteArray& bytes);

    // For FieldEditCommand: puts back a front matter from a file's bytes (the body stays).
    void restoreFrontMatter(const QByteArray& bytes, const QString& key);
    // Ends the body's current undo step: the next typing starts a new one (and a new entry of
    // the stack). For edits of the stack that are not typing: field edits, undo, redo, saving.
    void sealBodyStep();

Q_SIGNALS:
    // A front matter key changed (an edit, its undo or redo); empty when the whole front matter
    // did (restored edits).
    void valueChanged(const QString& key);
    // The front matter or the body changed.
    void contentChanged();
    void modifiedChanged(bool modified);
    // Raw mode began or ended (after a raw text was corrected and saved), or its error changed
    // (saved, and still not readable).
    void rawModeChanged(bool raw);

private:
    void fill(const EventDocument& document, const QByteArray& bytes);
    QByteArray currentBytes() const;
    QString bodyText() const;

    QString m_path;
    QString m_relativePath;
    CollectionSchema m_schema;
    EventDocument m_document; // the front matter with its edits; its body is not kept current
    QByteArray m_diskBytes; // the file as read or last saved
    bool m_raw = false;
    bool m_crlf = false; // raw mode: the file's line breaks
    Diagnostic m_rawError;
    const RecoveryStore* m_recovery = nullptr;
    AtomicFile::BeforeCommit m_writeHook;
    QTextDocument* m_body;
    QUndoStack* m_undo;
    QTimer* m_autosave;
};

} // namespace EventDesk
