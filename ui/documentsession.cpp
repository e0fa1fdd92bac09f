#include "documentsession.h"

#include "document/atomicfile.h"
#include "document/recoverystore.h"
#include "markdowneditor.h"
#include "undocommands.h"

#include <QDir>
#include <QFileInfo>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>

namespace EventDesk {

namespace {

// The pause in typing after which unsaved edits are written to the recovery store.
constexpr int AutosaveDelayMs = 2000;

} // namespace

DocumentSession::DocumentSession(const QString& path,
                                 const QString& relativePath,
                                 const CollectionSchema& schema,
                                 QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_relativePath(relativePath)
    , m_schema(schema)
    , m_body(new QTextDocument(this))
    , m_undo(new QUndoStack(this))
    , m_autosave(new QTimer(this))
{
    // Unsaved edits go to the recovery store once typing pauses.
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &DocumentSession::keepEdits);
    connect(this, &DocumentSession::contentChanged, this, [this] {
        if (m_recovery)
            m_autosave->start();
    });
    MarkdownEditor::prepareDocument(m_body);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    connect(m_body, &QTextDocument::contentsChanged, this, &DocumentSession::contentChanged);
    connect(m_body, &QTextDocument::undoCommandAdded, this,
            [this] { m_undo->push(new BodyEditCommand(m_body, tr("Edit the body"))); });
}

DocumentSession::~DocumentSession()
{
    // Closed without saving: the edits were discarded on purpose (a crash never gets here).
    if (m_recovery)
        m_recovery->remove(m_path);
    // The stack's commands refer to the text document: they go first, quietly (the window may
    // be going too).
    m_undo->blockSignals(true);
    m_undo->clear();
}

bool DocumentSession::load(QString* error)
{
    QByteArray bytes;
    Diagnostic problem;
    if (!EventDocument::readFile(m_path, &bytes, &problem)) {
        *error = problem.format(m_relativePath);
        return false;
    }
    const EventDocument document = EventDocument::fromBytes(bytes, m_path);
    if (document.isRefused()) {
        *error = document.error().format(m_relativePath);
        return false;
    }
    fill(document, bytes);
    return true;
}

void DocumentSession::fill(const EventDocument& document, const QByteArray& bytes)
{
    const bool wasRaw = m_raw;
    m_document = document;
    m_diskBytes = bytes;
    m_raw = document.status() == EventDocument::Status::FrontMatterError;
    m_rawError = m_raw ? document.error() : Diagnostic();
    m_crlf = document.lineEnding() == EventDocument::LineEnding::CrLf;
    m_undo->clear();
    {
        const QSignalBlocker blocker(m_body);
        QString text = m_raw ? QString::fromUtf8(document.toBytes()) : document.body();
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        m_body->setPlainText(text);
        m_body->setModified(false);
    }
    m_undo->setClean();
    if (wasRaw != m_raw)
        Q_EMIT rawModeChanged(m_raw);
    Q_EMIT contentChanged();
}

EventDocument DocumentSession::document() const
{
    if (m_raw)
        return EventDocument::fromBytes(currentBytes(), m_path);
    EventDocument document = m_document;
    QString error;
    document.setBody(bodyText(), &error);
    return document;
}

QString DocumentSession::bodyText() const
{
    // toPlainText() would turn no-break spaces into plain ones: the text as it is, lines with \n.
    QString text = m_body->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

QByteArray DocumentSession::currentBytes() const
{
    if (!m_raw)
        return document().toBytes();
    QByteArray bytes = bodyText().toUtf8();
    if (m_crlf)
        bytes.replace("\n", "\r\n");
    if (m_document.hasByteOrderMark())
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

bool DocumentSession::isModified() const
{
    return !m_undo->isClean();
}

bool DocumentSession::setValue(const QString& key, const YamlValue& value, const QString& description, QString* error)
{
    EventDocument edited = m_document;
    if (!edited.setValue(key, value, m_schema.order(), error))
        return false;
    const QByteArray before = m_document.toBytes();
    const QByteArray after = edited.toBytes();
    if (before == after)
        return true;
    m_undo->push(new FieldEditCommand(this, key, before, after, description));
    return true;
}

void DocumentSession::sealBodyStep()
{
    // QTextDocument adds typing to its last undo step while it is "modified" (without a new
    // undoCommandAdded): cleared, the next typing makes a step of its own, which joins the stack
    // after the edit or the save that came between.
    m_body->setModified(false);
}

void DocumentSession::restoreFrontMatter(const QByteArray& bytes, const QString& key)
{
    sealBodyStep();
    m_document = EventDocument::fromBytes(bytes, m_path);
    Q_EMIT valueChanged(key);
    Q_EMIT contentChanged();
}

QByteArray DocumentSession::diskBytes() const
{
    QByteArray bytes;
    Diagnostic problem;
    return EventDocument::readFile(m_path, &bytes, &problem) ? bytes : QByteArray();
}

void DocumentSession::keepEditsOverDisk()
{
    m_diskBytes = diskBytes();
}

DocumentSession::DiskState DocumentSession::diskState() const
{
    if (!QFileInfo::exists(m_path))
        return DiskState::Missing;
    QByteArray bytes;
    Diagnostic problem;
    if (!EventDocument::readFile(m_path, &bytes, &problem))
        return DiskState::Changed;
    return bytes == m_diskBytes ? DiskState::Same : DiskState::Changed;
}

bool DocumentSession::save(QString* error)
{
    // Whatever stops the save, the edits stay in the editor and go to the recovery store now.
    const auto failed = [this](QString* error, const QString& reason) {
        keepEdits();
        *error = m_recovery && isModified()
            ? tr("%1 Your edits are still in the editor, and kept in %2 in case EventDesk closes.")
                  .arg(reason, QDir::toNativeSeparators(m_recovery->folder()))
            : reason;
        return false;
    };
    switch (diskState()) {
    case DiskState::Changed:
        return failed(error,
                      tr("%1 changed on disk since it was opened. Nothing was written, so that the other "
                         "changes are not lost.")
                          .arg(m_relativePath));
    case DiskState::Missing:
        return failed(error,
                      tr("%1 is no longer on disk (moved or deleted by another program, or its folder is gone). "
                         "Nothing was written.")
                          .arg(m_relativePath));
    case DiskState::Same:
        break;
    }
    const QByteArray bytes = currentBytes();
    QString reason;
    if (!AtomicFile::write(m_path, bytes, &reason, m_writeHook))
        return failed(error, tr("%1 could not be saved: %2.").arg(m_relativePath, reason));
    m_diskBytes = bytes;
    if (m_raw) {
        const EventDocument reread = EventDocument::fromBytes(bytes, m_path);
        if (reread.status() == EventDocument::Status::Ok) {
            fill(reread, bytes); // the form comes back
            return true;
        }
        m_rawError = reread.error();
        Q_EMIT rawModeChanged(true); // the error shown is the new one
    } else {
        m_document = document();
    }
    m_undo->setClean();
    sealBodyStep();
    m_autosave->stop();
    if (m_recovery)
        m_recovery->remove(m_path);
    return true;
}

void DocumentSession::setRecovery(const RecoveryStore* recovery)
{
    m_recovery = recovery;
}

void DocumentSession::keepEdits()
{
    if (!m_recovery)
        return;
    if (!isModified()) {
        m_recovery->remove(m_path);
        return;
    }
    QString error;
    if (!m_recovery->store(m_path, currentBytes(), &error))
        qWarning("EventDesk: unsaved edits of %s not kept: %s", qPrintable(m_path), qPrintable(error));
}

void DocumentSession::restore(const QByteArray& bytes)
{
    const EventDocument recovered = EventDocument::fromBytes(bytes, m_path);
    const bool recoveredRaw = recovered.status() != EventDocument::Status::Ok;
    if (recoveredRaw != m_raw) {
        // The file reads now and the kept text does not, or the other way round: the kept text
        // is shown as it is (no undo to the file's text), and marked unsaved.
        fill(recovered, m_diskBytes);
        m_undo->push(new QUndoCommand(tr("Restore unsaved edits")));
        return;
    }
    m_undo->beginMacro(tr("Restore unsaved edits"));
    if (!m_raw) // the front matter as kept (a whole-document step: no single key)
        m_undo->push(new FieldEditCommand(this, QString(), m_document.toBytes(), bytes, tr("Restore unsaved edits")));
    QString text = m_raw ? QString::fromUtf8(bytes) : recovered.body();
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text != bodyText()) {
        QTextCursor cursor(m_body);
        cursor.select(QTextCursor::Document);
        cursor.insertText(text);
    }
    m_undo->endMacro();
}

} // namespace EventDesk
