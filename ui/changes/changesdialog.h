#pragma once

#include "site/editorsettings.h"
#include "site/siteconfig.h"
#include "vcs/gitpatch.h"

#include <QDialog>

#include <functional>

class QGroupBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace EventDesk {

class ChangeListModel;
class CommitPanel;
class DiffView;
class ErrorLabel;

struct ChangesContext
{
    SiteConfig config;
    EditorSettings settings;
    QString root; // what the changes' paths are relative to (git top level, or the site)
    bool isGit = false;
    PatchAuthor author; // may be empty: git's own identity then
};

// The Changes view: what the user changed in the site, file by file with its diff, before
// handing it over: put one file back, export the files and a patch to a folder, or commit
// (and push) when the site is a git checkout.
class ChangesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangesDialog(const ChangesContext& context, QWidget* parent = nullptr);

    // Refreshes the list and selects the first file.
    void setChanges(const QVector<FileChange>& changes);
    QString currentPath() const;
    // Test seams: what the folder chooser / the save-file chooser return (empty = cancel).
    void setFolderPicker(std::function<QString()> picker);
    void setPatchFilePicker(std::function<QString()> picker);
    // Whether "Revert This File…" asks first (tests turn it off).
    void setConfirmReverts(bool confirm);
    // The last message of an export or a patch save.
    QString statusText() const;

Q_SIGNALS:
    // The user asks to put a file back as it was (the window does it: it owns open documents).
    void revertRequested(const QString& path);
    // After a commit, so the window can refresh.
    void committed(const QString& commitId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showCurrent();
    void revertCurrent();
    void exportToFolder();
    void savePatch();
    void showCommit(bool show);
    QString proposedMessage(const QVector<FileChange>& changes) const;
    void setStatus(const QString& text, bool error);

    ChangesContext m_context;
    std::function<QString()> m_folderPicker;
    std::function<QString()> m_patchFilePicker;
    bool m_confirmReverts = true;
    ChangeListModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QListView* m_list = nullptr;
    DiffView* m_diff = nullptr;
    QGroupBox* m_commitBox = nullptr;
    CommitPanel* m_commitPanel = nullptr;
    ErrorLabel* m_status = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_savePatch = nullptr;
    QPushButton* m_commit = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace EventDesk
