#pragma once

#include "check/documentchecker.h"
#include "documentsession.h"
#include "site/editorsettings.h"
#include "site/siteconfig.h"
#include "vcs/gitpatch.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QSplitter;
class QTimer;
class QUndoGroup;

namespace EventDesk {

class AppSettings;
class DocumentBrowser;
class DocumentEditor;
class DocumentRescue;
class SiteHandover;
class SpellingControl;
class SpellService;

class LinkCheckBar;
class LinkCheckRun;
class MainActions;
class OpenSite;
class PreviewPane;
class PreviewRenderer;
class ProblemsPanel;
struct PreviewResult;

// The application window. Left: the documents of a collection of the open site. Centre: the
// selected document's form and Markdown body. Right: the live preview. Bottom: the problems
// panel. Documents stay open (with their undo history) while the site is; the window asks
// before unsaved edits would be lost.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` (not owned) keeps the layout and the recent sites.
    explicit MainWindow(AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a Jekyll site folder; false (with the message shown) when it is not one or the user
    // kept unsaved edits. The documents come once the site is read (siteReady()).
    bool openSite(const QString& folder);
    QString sitePath() const;
    bool isSiteReady() const;
    // Shows one document of the site, by absolute path.
    bool selectDocument(const QString& path);
    DocumentSession* currentSession() const { return m_current; }
    // Every document with unsaved edits.
    QList<DocumentSession*> modifiedSessions() const;

    // Saves the current document; false with the reason shown when it could not.
    bool save();
    // Creates a document of the current collection with this title and opens it.
    bool createDocument(const QString& title);
    // Copies the current document under a new title and opens the copy.
    bool duplicateDocument(const QString& title);
    // Moves the current document to the trash, after asking.
    bool deleteDocument();
    // The site's changes (against git HEAD, or since the site was opened), in the changes
    // dialog: diffs, revert, export, commit.
    void reviewChanges();
    // Who signs commits and patches: the settings' author, or else git's user.name and
    // user.email in the site's checkout.
    PatchAuthor author() const;
    // Asks for the author's name and email (Tools > Author of Commits).
    void chooseAuthor();
    // Checks the web links of the current document (progress and cancel in the status bar).
    void checkLinks();
    // Where unsaved edits are kept (the user's data folder unless set; for tests and helpers).
    void setRecoveryFolder(const QString& folder);
    // Offers back the unsaved edits an earlier run kept for documents of the open site, one
    // question per document; done by itself when a site is read.
    void offerRecovery();
    // Whether saving also checks the document's web links (on by default).
    void setCheckLinksOnSave(bool check) { m_checkLinksOnSave = check; }

    OpenSite* site() const { return m_site; }
    DocumentBrowser* browser() const { return m_browser; }
    DocumentEditor* editor() const { return m_editor; }
    PreviewPane* preview() const { return m_preview; }
    ProblemsPanel* problems() const { return m_problems; }
    LinkCheckRun* linkCheck() const;
    SpellService* spelling() const;
    // How long the last preview took, from the edit to the page (ms), and how many were made.
    qint64 lastPreviewLatency() const { return m_lastPreviewLatency; }
    int previewCount() const { return m_previewCount; }
    // How long the preview took to show the last page (ms).
    qint64 lastPageLoadTime() const { return m_lastPageLoadTime; }

Q_SIGNALS:
    void siteReady();
    void previewUpdated();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void retranslate();
    void restoreLayout();
    void saveLayout();
    void updateRecentMenu();
    void updateActions();
    void updateTitle();
    void updateModifiedMarks();

    void chooseSite();
    bool confirmDiscard(const QList<DocumentSession*>& sessions);
    void onSiteReady();
    void onSiteChanged(const QStringList& paths);
    void showDocument(const QString& path);
    void schedulePreview();
    void onRendered(const PreviewResult& result);
    void onLinksChecked(const QString& relativePath, const QVector<Problem>& problems, bool cancelled);
    void showProblem(const Problem& problem);
    void showAbout();

    AppSettings* m_settings;
    OpenSite* m_site;
    DocumentRescue* m_rescue;
    SiteHandover* m_handover;
    SpellingControl* m_spelling = nullptr;
    QPointer<DocumentSession> m_current;
    QString m_fieldLanguage; // of the form's labels: the site's language
    QString m_pendingSelection; // a new file, selected once the index has it
    QUndoGroup* m_undoGroup;

    DocumentBrowser* m_browser;
    DocumentEditor* m_editor;
    PreviewPane* m_preview;
    ProblemsPanel* m_problems;
    QSplitter* m_splitter;
    QSplitter* m_panesSplitter; // the panes above, the problems below
    PreviewRenderer* m_renderer;
    QTimer* m_previewTimer;
    qint64 m_lastPreviewLatency = 0;
    qint64 m_lastPageLoadTime = 0;
    int m_previewCount = 0;
    QVector<LinkVerdict> m_links; // of the current document, from the last check
    bool m_linksAreCurrent = false; // no edit since that check
    bool m_linkCheckWaiting = false; // a link check starts after the next pass
    LinkCheckBar* m_linkBar;
    bool m_checkLinksOnSave = true;
    bool m_syncingScroll = false;

    QLabel* m_statusCounts;

    MainActions* m_actions = nullptr;
};

} // namespace EventDesk
