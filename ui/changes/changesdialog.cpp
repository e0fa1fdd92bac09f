#include "changesdialog.h"

#include "changeitemdelegate.h"
#include "changelistmodel.h"
#include "changesexport.h"
#include "commitpanel.h"
#include "diffview.h"
#include "errorlabel.h"
#include "focusstyle.h"

#include "document/atomicfile.h"
#include "vcs/commitmessage.h"
#include "vcs/gitcommit.h"
#include "vcs/unifieddiff.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace EventDesk {

namespace {

bool isImage(const QString& path)
{
    static const QStringList images{QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                    QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("avif"),
                                    QStringLiteral("bmp"), QStringLiteral("ico"),  QStringLiteral("tiff")};
    return images.contains(QFileInfo(path).suffix().toLower());
}

} // namespace

ChangesDialog::ChangesDialog(const ChangesContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new ChangeListModel(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(m_stack))
    , m_list(new QListView(this))
    , m_diff(new DiffView(this))
    , m_commitBox(new QGroupBox(this))
    , m_commitPanel(new CommitPanel(m_commitBox))
    , m_status(new ErrorLabel(this))
    , m_revert(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_savePatch(new QPushButton(this))
    , m_commit(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("changesDialog"));
    m_folderPicker = [this] { return QFileDialog::getExistingDirectory(this, tr("Export the Changes To")); };
    m_patchFilePicker = [this] {
        return QFileDialog::getSaveFileName(this, tr("Save the Changes as a Patch"),
                                            QDir::home().filePath(QString::fromLatin1(ChangesExport::PatchFileName)),
                                            tr("Patches (*.patch)"));
    };

    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_empty->setObjectName(QStringLiteral("changesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("changesList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ChangeItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setObjectName(QStringLiteral("changesDiff"));
    m_commitBox->setObjectName(QStringLiteral("commitBox"));
    m_commitPanel->setObjectName(QStringLiteral("commitPanel"));
    m_commitPanel->setRepository(m_context.root, m_context.author);
    m_status->setObjectName(QStringLiteral("changesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setVisible(false);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_savePatch->setObjectName(QStringLiteral("savePatchButton"));
    m_commit->setObjectName(QStringLiteral("openCommitButton"));
    m_commit->setVisible(m_context.isGit);
    m_commit->setCheckable(true);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);

    auto* splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 580});
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto* commitLayout = new QVBoxLayout(m_commitBox);
    commitLayout->addWidget(m_commitPanel);
    m_commitBox->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_revert);
    buttons->addWidget(m_export);
    buttons->addWidget(m_savePatch);
    buttons->addWidget(m_commit);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_commitBox);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChangesDialog::showCurrent);
    connect(m_revert, &QPushButton::clicked, this, &ChangesDialog::revertCurrent);
    connect(m_export, &QPushButton::clicked, this, &ChangesDialog::exportToFolder);
    connect(m_savePatch, &QPushButton::clicked, this, &ChangesDialog::savePatch);
    connect(m_commit, &QPushButton::toggled, this, &ChangesDialog::showCommit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_commitPanel, &CommitPanel::committed, this, &ChangesDialog::committed);

    // The dialog makes one of its buttons the default: its focus must show too.
    FocusStyle::applyToButtons(this);
    resize(900, 600);
    retranslate();
    setChanges({});
}

void ChangesDialog::setChanges(const QVector<FileChange>& changes)
{
    m_model->setChanges(changes);
    const bool any = !changes.isEmpty();
    m_stack->setCurrentIndex(any ? 1 : 0);
    m_export->setEnabled(any);
    m_savePatch->setEnabled(any);
    m_commit->setEnabled(any);
    if (any)
        m_list->setCurrentIndex(m_model->index(0));
    if (m_context.isGit) {
        // The message proposed for the commit speaks of what it takes, not of notes lying around.
        const QStringList paths = GitCommit::pathsToCommit(changes, m_context.config, m_context.root);
        QVector<FileChange> committed;
        for (const FileChange& change : changes) {
            if (paths.contains(change.path))
                committed.append(change);
        }
        m_commitPanel->setCommit(paths, proposedMessage(committed));
    }
    retranslate();
}

QString ChangesDialog::currentPath() const
{
    const FileChange* change = m_model->changeAt(m_list->currentIndex());
    return change ? change->path : QString();
}

void ChangesDialog::setFolderPicker(std::function<QString()> picker)
{
    m_folderPicker = std::move(picker);
}

void ChangesDialog::setPatchFilePicker(std::function<QString()> picker)
{
    m_patchFilePicker = std::move(picker);
}

void ChangesDialog::setConfirmReverts(bool confirm)
{
    m_confirmReverts = confirm;
}

QString ChangesDialog::statusText() const
{
    return m_status->text();
}

void ChangesDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ChangesDialog::retranslate()
{
    setWindowTitle(tr("Changes"));
    const int count = int(m_model->changes().size());
    m_summary->setText(count == 0 ? QString() : tr("%n file(s) changed since the last version.", nullptr, count));
    m_summary->setVisible(count > 0);
    m_empty->setText(m_context.isGit ? tr("No changes: the site is as it was at the last commit.")
                                     : tr("No changes: the site is as it was."));
    m_summary->setAccessibleDescription(tr("The files below can be put back, exported or committed."));
    m_list->setAccessibleName(tr("Changed files"));
    m_list->setAccessibleDescription(
        tr("Each file with whether it was added, modified or deleted; the selected one's changes show beside."));
    m_diff->setAccessibleName(tr("Changes in the selected file"));
    m_diff->setAccessibleDescription(tr("Lines taken out start with -, lines put in with +."));
    m_commitBox->setTitle(tr("Commit"));
    m_status->setAccessibleName(tr("Export result"));
    m_revert->setText(tr("&Revert This File…"));
    m_revert->setAccessibleName(tr("Revert this file"));
    m_revert->setToolTip(tr("Put the selected file back as it was"));
    m_export->setText(tr("&Export…"));
    m_export->setAccessibleName(tr("Export"));
    m_export->setToolTip(tr("Copy the changed files and a patch to a folder"));
    m_savePatch->setText(tr("Save &Patch…"));
    m_savePatch->setAccessibleName(tr("Save patch"));
    m_savePatch->setToolTip(tr("Save the changes as a single patch file"));
    m_commit->setText(tr("&Commit…"));
    m_commit->setAccessibleName(tr("Commit"));
    m_commit->setToolTip(tr("Record the changes in the site's history"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setAccessibleDescription(tr("Closes this window; the changes stay in the site."));
    showCurrent();
}

void ChangesDialog::showCurrent()
{
    const FileChange* change = m_model->changeAt(m_list->currentIndex());
    m_revert->setEnabled(change != nullptr);
    if (!change) {
        m_diff->setNote(QString());
        return;
    }
    if (change->isBinary()) {
        const QLocale locale;
        const QString before = locale.toString(qlonglong(change->before.size()));
        const QString after = locale.toString(qlonglong(change->after.size()));
        m_diff->setNote(isImage(change->path) ? tr("Binary file (image), %1 bytes before, %2 after").arg(before, after)
                                              : tr("Binary file, %1 bytes before, %2 after").arg(before, after));
        return;
    }
    const bool added = change->kind == FileChange::Kind::Added;
    const bool removed = change->kind == FileChange::Kind::Removed;
    const QByteArray diff = UnifiedDiff::diff(
        change->before, change->after, added ? QStringLiteral("/dev/null") : QStringLiteral("a/") + change->path,
        removed ? QStringLiteral("/dev/null") : QStringLiteral("b/") + change->path);
    if (diff.isEmpty())
        m_diff->setNote(tr("Only the file's mode changed."));
    else
        m_diff->setDiff(QString::fromUtf8(diff));
}

void ChangesDialog::revertCurrent()
{
    const FileChange* change = m_model->changeAt(m_list->currentIndex());
    if (!change)
        return;
    const QString path = change->path;
    if (m_confirmReverts) {
        const QString text = change->kind == FileChange::Kind::Added
            ? tr("Delete “%1”? It is new, so putting it back as it was removes it.").arg(path)
            : tr("Put “%1” back as it was? Your changes to it will be lost.").arg(path);
        QMessageBox box(QMessageBox::Question, tr("Revert This File"), text, QMessageBox::Cancel, this);
        QPushButton* revert = box.addButton(tr("Revert"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != revert)
            return;
    }
    Q_EMIT revertRequested(path);
}

QString ChangesDialog::proposedMessage(const QVector<FileChange>& changes) const
{
    if (changes.isEmpty())
        return QString();
    return CommitMessage::subject(changes, m_context.config, m_context.settings, m_context.root)
        + QStringLiteral("\n\n") + CommitMessage::body(changes);
}

void ChangesDialog::exportToFolder()
{
    const QString folder = m_folderPicker ? m_folderPicker() : QString();
    if (folder.isEmpty())
        return;
    const QString message = m_context.isGit ? m_commitPanel->message() : proposedMessage(m_model->changes());
    const QByteArray patch = ChangesExport::patch(m_model->changes(), message, m_context.author);
    QStringList written;
    QString error;
    if (!ChangesExport::toFolder(m_model->changes(), folder, patch, &written, &error)) {
        setStatus(tr("The export stopped: %1").arg(error), true);
        return;
    }
    setStatus(tr("Written to %1: %n file(s) and the patch %2.", nullptr, int(written.size()) - 1)
                  .arg(QDir::toNativeSeparators(folder), QString::fromLatin1(ChangesExport::PatchFileName)),
              false);
}

void ChangesDialog::savePatch()
{
    const QString file = m_patchFilePicker ? m_patchFilePicker() : QString();
    if (file.isEmpty())
        return;
    const QString message = m_context.isGit ? m_commitPanel->message() : proposedMessage(m_model->changes());
    QString error;
    if (!AtomicFile::write(file, ChangesExport::patch(m_model->changes(), message, m_context.author), &error)) {
        setStatus(tr("The patch was not saved: %1").arg(error), true);
        return;
    }
    setStatus(tr("Patch saved as %1.").arg(QDir::toNativeSeparators(file)), false);
}

void ChangesDialog::showCommit(bool show)
{
    m_commitBox->setVisible(show);
    if (show)
        m_commitPanel->setFocus(Qt::OtherFocusReason);
}

void ChangesDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setError(error);
    m_status->setAccessibleDescription(text); // its name says what it is
}

} // namespace EventDesk
