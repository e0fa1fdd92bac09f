#include "documentrescue.h"

#include "document/recoverystore.h"
#include "documentsession.h"
#include "messagebox.h"
#include "opensite.h"
#include "vcs/unifieddiff.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace EventDesk {

DocumentRescue::DocumentRescue(OpenSite* site, QWidget* window)
    : QObject(window)
    , m_site(site)
    , m_window(window)
{
}

QList<DocumentSession*> DocumentRescue::offerRecovery()
{
    QList<DocumentSession*> restored;
    const RecoveryStore& recovery = m_site->recovery();
    for (const RecoveryStore::Entry& entry : recovery.entries(m_site->config().root())) {
        QByteArray disk;
        Diagnostic problem;
        const bool exists = EventDocument::readFile(entry.path, &disk, &problem);
        if (exists && disk == entry.bytes) {
            recovery.remove(entry.path); // saved after all
            continue;
        }
        const QString relative = m_site->relativePath(entry.path);
        if (!exists) {
            MessageBox::warning(m_window, tr("Unsaved Edits Found"),
                                tr("EventDesk kept unsaved edits of %1, which is no longer in the site. They stay in "
                                   "%2.")
                                    .arg(relative, QDir::toNativeSeparators(recovery.folder())));
            continue;
        }
        const QMessageBox::StandardButton answer = MessageBox::question(
            m_window, tr("Unsaved Edits Found"),
            tr("EventDesk closed before the edits of %1 were saved (kept %2).\n\nRestore them? They come back "
               "unsaved, to review and save; Discard forgets them.")
                .arg(relative, QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            recovery.remove(entry.path);
            continue;
        }
        QString error;
        DocumentSession* session = m_site->session(entry.path, &error);
        if (!session) {
            MessageBox::warning(m_window, tr("Unsaved Edits Found"), error);
            continue;
        }
        session->restore(entry.bytes);
        restored.append(session);
    }
    return restored;
}

bool DocumentRescue::resolveOutsideChange(DocumentSession* session)
{
    const QPointer<DocumentSession> guard(session);
    for (;;) {
        const QMessageBox::StandardButton answer = MessageBox::question(
            m_window, tr("Changed by Another Program"),
            tr("%1 was changed on disk by another program while you were editing it.\n\nKeep your edits (saving "
               "writes them over the other version), take the other version (your edits go), or compare the two "
               "first?")
                .arg(session->relativePath()),
            {{QMessageBox::Save, tr("Keep My Edits")},
             {QMessageBox::Discard, tr("Take the Other Version")},
             {QMessageBox::Open, tr("Compare…")}},
            QMessageBox::Save);
        if (!guard)
            return false;
        if (answer == QMessageBox::Open) {
            showComparison(session);
            continue;
        }
        if (answer == QMessageBox::Discard) {
            QString error;
            if (!session->load(&error)) {
                MessageBox::warning(m_window, tr("Cannot Read the Document"), error);
                return false;
            }
            Q_EMIT reloaded(session);
            return false;
        }
        // Kept (also when the question is closed: nothing is lost that way).
        session->keepEditsOverDisk();
        return true;
    }
}

void DocumentRescue::showComparison(DocumentSession* session)
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Your Edits and the Other Version of %1").arg(session->relativePath()));
    auto* text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("comparison"));
    text->setAccessibleName(tr("Differences: lines with - are the other version's, lines with + yours"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(QString::fromUtf8(
        UnifiedDiff::diff(session->diskBytes(), session->editedBytes(), tr("the other version"), tr("your edits"))));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(900, 600);
    dialog.exec();
}

} // namespace EventDesk
