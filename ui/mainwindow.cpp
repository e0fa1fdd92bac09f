#include "mainwindow.h"

#include "appsettings.h"
#include "documentbrowser.h"
#include "documenteditor.h"
#include "documentrescue.h"
#include "documentsession.h"
#include "linkcheckbar.h"
#include "linkcheckrun.h"
#include "mainactions.h"
#include "markdowneditor.h"
#include "messagebox.h"
#include "newdocumentdialog.h"
#include "opensite.h"
#include "previewpane.h"
#include "previewrenderer.h"
#include "problemmodel.h"
#include "problemspanel.h"
#include "site/siteindex.h"
#include "sitehandover.h"
#include "spellingcontrol.h"
#include "translations.h"
#include "vcs/sitechanges.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace EventDesk {

namespace {

// The pause after an edit before the preview is made anew: short enough that the page follows
// the typing (the whole pass stays under 100 ms), long enough to merge a burst of keys.
constexpr int PreviewDelayMs = 30;

const QString ChecksSource = QStringLiteral("checks");
const QString LinksSource = QStringLiteral("links");

} // namespace

MainWindow::MainWindow(AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_site(new OpenSite(this))
    , m_rescue(new DocumentRescue(m_site, this))
    , m_handover(new SiteHandover(m_site, m_settings, this))
    , m_undoGroup(new QUndoGroup(this))
    , m_browser(new DocumentBrowser)
    , m_editor(new DocumentEditor)
    , m_preview(new PreviewPane)
    , m_problems(new ProblemsPanel)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_panesSplitter(new QSplitter(Qt::Vertical))
    , m_renderer(new PreviewRenderer(this))
    , m_previewTimer(new QTimer(this))
    , m_linkBar(new LinkCheckBar)
    , m_statusCounts(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_browser->setObjectName(QStringLiteral("documentBrowser"));
    m_browser->setIndex(m_site->index());
    m_editor->setObjectName(QStringLiteral("documentEditor"));
    m_preview->setObjectName(QStringLiteral("previewView"));
    m_problems->setObjectName(QStringLiteral("problemsPanel"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({300, 600, 560});
    // The problems below the panes, low.
    m_panesSplitter->setObjectName(QStringLiteral("panesSplitter"));
    m_panesSplitter->addWidget(m_splitter);
    m_panesSplitter->addWidget(m_problems);
    m_panesSplitter->setStretchFactor(0, 1);
    m_panesSplitter->setStretchFactor(1, 0);
    m_panesSplitter->setCollapsible(0, false);
    m_panesSplitter->setSizes({700, 140});
    setCentralWidget(m_panesSplitter);

    m_statusCounts->setObjectName(QStringLiteral("problemCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);
    statusBar()->addPermanentWidget(m_linkBar);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        if (!m_current)
            return;
        m_renderer->request(m_current->document(), m_current->schema(), m_current->relativePath(),
                            m_preview->maxImageWidth());
    });
    connect(m_renderer, &PreviewRenderer::rendered, this, &MainWindow::onRendered);

    connect(m_site, &OpenSite::ready, this, &MainWindow::onSiteReady);
    connect(m_site, &OpenSite::changed, this, &MainWindow::onSiteChanged);
    connect(m_site, &OpenSite::sessionOpened, this, [this](DocumentSession* session) {
        m_undoGroup->addStack(session->undoStack());
        connect(session, &DocumentSession::contentChanged, this, &MainWindow::schedulePreview);
        connect(session, &DocumentSession::modifiedChanged, this, &MainWindow::updateModifiedMarks);
        connect(session, &DocumentSession::rawModeChanged, this, &MainWindow::updateActions);
    });
    connect(m_site, &OpenSite::sessionClosing, this, [this](DocumentSession* session) {
        disconnect(session, nullptr, this, nullptr);
        m_undoGroup->removeStack(session->undoStack());
        if (session == m_current) {
            m_editor->setSession(nullptr);
            m_current = nullptr;
            m_preview->clear();
            m_problems->clear();
        }
    });
    // Queued: the question waits until the index has finished telling what changed.
    connect(
        m_site, &OpenSite::sessionChangedOnDisk, this,
        [this](DocumentSession* session) {
            if (session->isModified() && session->diskState() == DocumentSession::DiskState::Changed)
                m_rescue->resolveOutsideChange(session);
        },
        Qt::QueuedConnection);
    connect(m_handover, &SiteHandover::filesReverted, this, &MainWindow::updateModifiedMarks);
    connect(m_rescue, &DocumentRescue::reloaded, this, [this](DocumentSession* session) {
        if (session == m_current)
            m_editor->setSession(session);
        updateModifiedMarks();
        statusBar()->showMessage(
            tr("%1: the other version is shown; your edits are gone.").arg(session->relativePath()), 8000);
    });
    connect(m_site, &OpenSite::sessionReloaded, this, [this](DocumentSession* session) {
        if (session == m_current)
            m_editor->setSession(session);
    });
    connect(m_browser, &DocumentBrowser::currentPathChanged, this, &MainWindow::showDocument);
    connect(m_browser, &DocumentBrowser::activated, this, [this] { m_editor->focusForm(); });
    connect(m_browser, &DocumentBrowser::collectionChanged, this, [this](const QString& collection) {
        if (!sitePath().isEmpty())
            m_settings->setLastCollection(sitePath(), collection);
        updateActions();
    });
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::showProblem);
    connect(m_problems, &ProblemsPanel::countsChanged, this, [this](int errors, int warnings, int infos) {
        m_statusCounts->setText(
            errors + warnings + infos == 0
                ? QString()
                : (errors == 1 ? tr("%n error", nullptr, errors) : tr("%n errors", nullptr, errors))
                    + QStringLiteral(" · ")
                    + (warnings == 1 ? tr("%n warning", nullptr, warnings) : tr("%n warnings", nullptr, warnings)));
        m_statusCounts->setAccessibleDescription(
            m_statusCounts->text().isEmpty() ? tr("No errors or warnings.")
                                             : tr("%1. Alt+4 goes to the problems panel.").arg(m_statusCounts->text()));
    });
    connect(m_editor, &DocumentEditor::editRefused, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });

    // The preview follows the body editor, and the other way round.
    connect(m_editor, &DocumentEditor::bodyTopLineChanged, this, [this](int line) {
        if (m_syncingScroll)
            return;
        m_syncingScroll = true;
        m_preview->scrollToLine(line);
        m_syncingScroll = false;
    });
    connect(m_preview, &PreviewPane::topLineChanged, this, [this](int line) {
        if (m_syncingScroll || !m_current || m_current->isRaw())
            return;
        m_syncingScroll = true;
        m_editor->bodyEditor()->scrollToLine(line);
        m_syncingScroll = false;
    });

    connect(m_linkBar, &LinkCheckBar::finished, this, &MainWindow::onLinksChecked);

    createActions();
    retranslate();
    resize(1440, 900);
    restoreLayout();
    updateActions();
}

MainWindow::~MainWindow()
{
    m_editor->setSession(nullptr);
    // The sessions go before the window's parts they signal to.
    disconnect(m_site, nullptr, this, nullptr);
    for (DocumentSession* session : m_site->sessions())
        disconnect(session, nullptr, this, nullptr);
    delete m_site;
}

void MainWindow::createActions()
{
    m_actions = new MainActions(this, m_undoGroup, m_editor->bodyEditor()->formattingActions());
    m_spelling = new SpellingControl(m_settings, m_actions, this);
    m_editor->setSpellService(m_spelling->service());
    connect(m_actions->newDocument, &QAction::triggered, this, [this] {
        if (!isSiteReady())
            return;
        NewDocumentDialog dialog(m_site->config(), m_site->settings(),
                                 m_site->index()->schema(m_browser->currentCollection()), this);
        if (dialog.exec() == QDialog::Accepted)
            createDocument(dialog.title());
    });
    connect(m_actions->duplicate, &QAction::triggered, this, [this] {
        if (!m_current || m_current->isRaw())
            return;
        CollectionSchema schema = m_current->schema();
        NewDocumentDialog dialog(m_site->config(), m_site->settings(), schema, this);
        const FieldPath title = schema.find(FieldRole::Title);
        dialog.setTitle(tr("%1 (copy)").arg(m_current->frontMatter().value(title.key).toString()));
        if (dialog.exec() == QDialog::Accepted)
            duplicateDocument(dialog.title());
    });
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::chooseSite);
    connect(m_actions->save, &QAction::triggered, this, &MainWindow::save);
    connect(m_actions->reviewChanges, &QAction::triggered, this, &MainWindow::reviewChanges);
    connect(m_actions->moveToTrash, &QAction::triggered, this, &MainWindow::deleteDocument);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions, &MainActions::recentSiteChosen, this, &MainWindow::openSite);
    connect(m_actions->clearRecent, &QAction::triggered, this, [this] {
        m_settings->clearRecentSites();
        updateRecentMenu();
    });
    connect(m_actions->find, &QAction::triggered, m_browser, &DocumentBrowser::focusSearch);
    connect(m_actions->goList, &QAction::triggered, this,
            [this] { m_browser->view()->setFocus(Qt::ShortcutFocusReason); });
    connect(m_actions->goForm, &QAction::triggered, m_editor, &DocumentEditor::focusForm);
    connect(m_actions->goBody, &QAction::triggered, m_editor, &DocumentEditor::focusBody);
    connect(m_actions->goProblems, &QAction::triggered, this, [this] {
        m_actions->showProblems->setChecked(true);
        m_problems->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_actions->showProblems, &QAction::toggled, m_problems, &QWidget::setVisible);
    connect(m_actions->checkLinks, &QAction::triggered, this, &MainWindow::checkLinks);
    connect(m_actions->fixTypography, &QAction::triggered, this, [this] { m_editor->fixTypography(false); });
    connect(m_actions->fixTypographyDocument, &QAction::triggered, this, [this] { m_editor->fixTypography(true); });
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->author, &QAction::triggered, this, &MainWindow::chooseAuthor);
    for (QAction* language : std::as_const(m_actions->languages)) {
        language->setChecked(language->data().toString() == m_settings->language());
        connect(language, &QAction::triggered, this, [this, language] {
            // Kept for the next start, and applied now: every window retranslates itself.
            m_settings->setLanguage(language->data().toString());
            Translations::install(QCoreApplication::instance(), m_settings->interfaceLocale());
        });
    }
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    m_actions->retranslate();
    if (m_spelling)
        m_spelling->retranslate();
    m_statusCounts->setAccessibleName(tr("Number of problems"));
    if (m_statusCounts->text().isEmpty())
        m_statusCounts->setAccessibleDescription(tr("No errors or warnings."));
    m_preview->setAccessibleName(tr("Preview of the page"));
    m_preview->setAccessibleDescription(tr("The page as the site will publish it, following the text as you type. "
                                           "Links to other sites open in the web browser."));
    m_preview->setPlaceholderText(tr("The page of the selected document shows here, as the site will publish it."));
    m_browser->setAccessibleName(tr("Documents of the site"));
    m_problems->setAccessibleName(tr("Problems of the document"));
    updateTitle();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->windowState();
    if (!state.isEmpty())
        restoreState(state);

    const QList<int> sizes = m_settings->splitterSizes(QStringLiteral("main"));
    if (sizes.size() == m_splitter->count())
        m_splitter->setSizes(sizes);
    const QList<int> paneSizes = m_settings->splitterSizes(QStringLiteral("panes"));
    if (paneSizes.size() == m_panesSplitter->count())
        m_panesSplitter->setSizes(paneSizes);
    const QList<int> documentSizes = m_settings->splitterSizes(QStringLiteral("document"));
    if (documentSizes.size() == m_editor->splitter()->count())
        m_editor->splitter()->setSizes(documentSizes);
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterSizes(QStringLiteral("main"), m_splitter->sizes());
    m_settings->setSplitterSizes(QStringLiteral("document"), m_editor->splitter()->sizes());
    if (m_problems->isVisible())
        m_settings->setSplitterSizes(QStringLiteral("panes"), m_panesSplitter->sizes());
    m_settings->sync();
}

void MainWindow::updateRecentMenu()
{
    m_actions->setRecentSites(m_settings->recentSites());
}

void MainWindow::updateActions()
{
    const bool ready = m_site->index()->isReady();
    const bool editable = m_current && !m_current->isRaw();
    m_actions->newDocument->setEnabled(ready && !m_browser->currentCollection().isEmpty());
    m_actions->duplicate->setEnabled(editable);
    m_actions->save->setEnabled(m_current != nullptr);
    m_actions->reviewChanges->setEnabled(ready);
    m_actions->moveToTrash->setEnabled(m_current != nullptr);
    m_actions->checkLinks->setEnabled(editable);
}

void MainWindow::updateTitle()
{
    const SiteConfig config = m_site->config();
    const QString site = config.title().isEmpty() ? QDir(config.root()).dirName() : config.title();
    if (config.root().isEmpty()) {
        setWindowTitle(tr("EventDesk"));
        return;
    }
    const QString document = m_current ? QFileInfo(m_current->path()).fileName() : QString();
    setWindowTitle(document.isEmpty() ? tr("%1 — EventDesk").arg(site)
                                      : tr("%1[*] — %2 — EventDesk").arg(document, site));
    setWindowModified(m_current && m_current->isModified());
}

void MainWindow::updateModifiedMarks()
{
    QSet<QString> modified;
    for (DocumentSession* session : m_site->modifiedSessions())
        modified.insert(session->path());
    m_browser->setModifiedPaths(modified);
    updateTitle();
}

QList<DocumentSession*> MainWindow::modifiedSessions() const
{
    return m_site->modifiedSessions();
}

bool MainWindow::isSiteReady() const
{
    return m_site->index()->isReady();
}

QString MainWindow::sitePath() const
{
    return m_site->config().root();
}

void MainWindow::setRecoveryFolder(const QString& folder)
{
    m_site->setRecoveryFolder(folder);
}

void MainWindow::offerRecovery()
{
    for (DocumentSession* session : m_rescue->offerRecovery())
        selectDocument(session->path());
    updateModifiedMarks();
}

LinkCheckRun* MainWindow::linkCheck() const
{
    return m_linkBar->run();
}

SpellService* MainWindow::spelling() const
{
    return m_spelling->service();
}

bool MainWindow::confirmDiscard(const QList<DocumentSession*>& sessions)
{
    if (sessions.isEmpty())
        return true;
    QStringList names;
    for (DocumentSession* session : sessions)
        names.append(session->relativePath());
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Unsaved Changes"),
        (sessions.size() == 1 ? tr("%n document has unsaved changes:\n%1\n\nSave it before going on?", nullptr, 1)
                              : tr("%n documents have unsaved changes:\n%1\n\nSave them before going on?", nullptr,
                                   int(sessions.size())))
            .arg(names.join(QLatin1Char('\n'))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    for (DocumentSession* session : sessions) {
        QString error;
        if (!session->save(&error)) {
            MessageBox::warning(this, tr("Not Saved"), error);
            return false;
        }
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmDiscard(modifiedSessions())) {
        event->ignore();
        return;
    }
    m_linkBar->cancel();
    saveLayout();
    event->accept();
}

void MainWindow::chooseSite()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Jekyll Site"), sitePath());
    if (!folder.isEmpty())
        openSite(folder);
}

bool MainWindow::openSite(const QString& folder)
{
    SiteConfig config;
    EditorSettings settings;
    QString error;
    if (!SiteConfig::load(folder, &config, &error) || !EditorSettings::load(config.root(), &settings, &error)) {
        MessageBox::warning(this, tr("Cannot Open the Site"), error);
        m_settings->removeRecentSite(folder);
        updateRecentMenu();
        return false;
    }
    if (!confirmDiscard(modifiedSessions()))
        return false;
    m_editor->setSession(nullptr);
    m_current = nullptr;
    m_problems->clear();
    m_preview->clear();
    m_links.clear();
    m_linkBar->cancel();

    FormContext context;
    context.siteRoot = config.root();
    context.uploadsFolder = QDir(config.root()).filePath(QStringLiteral("uploads"));
    context.uploadsUrlPrefix = QStringLiteral("/uploads/");
    context.timeZone =
        config.timezone().isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(config.timezone().toUtf8());
    context.language = config.labelLanguage();
    m_editor->setContext(context);
    m_fieldLanguage = context.language;
    m_renderer->setSite(config, nullptr);
    const QString collection = m_settings->lastCollection(config.root());
    if (!collection.isEmpty())
        m_browser->setCurrentCollection(collection);
    m_site->open(config, settings);
    m_settings->addRecentSite(config.root());
    updateRecentMenu();
    statusBar()->showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(config.root())));
    updateActions();
    updateTitle();
    return true;
}

void MainWindow::onSiteReady()
{
    m_renderer->setSite(m_site->config(), m_site->permalinks());
    statusBar()->showMessage((m_site->index()->entries().size() == 1
                                  ? tr("%n document", nullptr, 1)
                                  : tr("%n documents", nullptr, int(m_site->index()->entries().size()))),
                             5000);
    offerRecovery();
    // Something to work on straight away: the first document of the list (the next event).
    if (!m_current) {
        const QAbstractItemModel* list = m_browser->view()->model();
        const QModelIndex first = list->index(0, 0, list->index(0, 0));
        if (first.isValid())
            m_browser->view()->setCurrentIndex(first);
    }
    updateActions();
    Q_EMIT siteReady();
}

void MainWindow::onSiteChanged(const QStringList& paths)
{
    if (!m_pendingSelection.isEmpty() && paths.contains(m_pendingSelection)) {
        if (m_browser->selectPath(m_pendingSelection))
            m_pendingSelection.clear();
    }
}

void MainWindow::showDocument(const QString& path)
{
    if (path.isEmpty() || (m_current && m_current->path() == path))
        return;
    QString error;
    DocumentSession* session = m_site->session(path, &error);
    m_current = session;
    m_links.clear();
    m_linksAreCurrent = false;
    if (m_linkCheckWaiting) {
        m_linkCheckWaiting = false;
        m_linkBar->cancel();
    }
    m_problems->clear();
    if (!session) {
        m_editor->showUnreadable(m_site->relativePath(path), error);
        m_preview->clear();
        m_undoGroup->setActiveStack(nullptr);
    } else {
        m_editor->setSession(session);
        // The problems name fields as the form labels them.
        m_problems->model()->setSchema(session->schema(), m_fieldLanguage);
        m_undoGroup->setActiveStack(session->undoStack());
        m_preview->verticalScrollBar()->setValue(0);
        m_renderer->request(session->document(), session->schema(), session->relativePath(),
                            m_preview->maxImageWidth());
        statusBar()->showMessage(session->relativePath());
    }
    updateActions();
    updateTitle();
}

bool MainWindow::selectDocument(const QString& path)
{
    if (m_browser->selectPath(path)) {
        // Already the list's current row (its document closed meanwhile): shown all the same.
        if (!m_current || m_current->path() != path)
            showDocument(path);
        return true;
    }
    if (!isSiteReady())
        return false;
    showDocument(path);
    return m_current && m_current->path() == path;
}

void MainWindow::schedulePreview()
{
    if (sender() != m_current)
        return;
    m_linksAreCurrent = false;
    m_previewTimer->start();
}

void MainWindow::onRendered(const PreviewResult& result)
{
    if (!m_current || result.path != m_current->path())
        return;
    QElapsedTimer clock;
    clock.start();
    m_preview->setPage(result.html);
    m_lastPageLoadTime = clock.elapsed();
    m_problems->setProblems(ChecksSource, result.problems);
    m_links = result.links;
    m_linksAreCurrent = !m_previewTimer->isActive() && !m_renderer->isBusy();
    if (m_linkCheckWaiting && m_linksAreCurrent) {
        m_linkCheckWaiting = false;
        m_linkBar->start(m_current->relativePath(), m_links);
    }
    m_lastPreviewLatency = result.elapsedMs;
    ++m_previewCount;
    Q_EMIT previewUpdated();
}

void MainWindow::showProblem(const Problem& problem)
{
    if (!m_editor->showProblem(problem))
        statusBar()->showMessage(problem.message, 8000);
}

bool MainWindow::save()
{
    if (!m_current)
        return false;
    // Changed by another program since it was read: the user chooses first.
    if (m_current->diskState() == DocumentSession::DiskState::Changed && !m_rescue->resolveOutsideChange(m_current))
        return false;
    QString error;
    if (!m_current->save(&error)) {
        MessageBox::warning(this, tr("Not Saved"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_current->relativePath()), 5000);
    updateModifiedMarks();
    if (m_checkLinksOnSave && !m_current->isRaw())
        checkLinks();
    return true;
}

void MainWindow::reviewChanges()
{
    // The changes are the files on disk: unsaved edits first.
    if (isSiteReady() && confirmDiscard(modifiedSessions()))
        m_handover->reviewChanges();
}

PatchAuthor MainWindow::author() const
{
    return m_handover->author();
}

void MainWindow::chooseAuthor()
{
    m_handover->chooseAuthor();
}

void MainWindow::checkLinks()
{
    if (!m_current || m_current->isRaw())
        return;
    // The links of the text as it is now, found without the network.
    // The links come from the checks' pass over the text as it is now (off the GUI thread): the
    // last one, or the next when the text changed since.
    m_linkBar->prepare();
    if (m_linksAreCurrent) {
        m_linkBar->start(m_current->relativePath(), m_links);
        return;
    }
    m_linkCheckWaiting = true;
    if (!m_renderer->isBusy() && !m_previewTimer->isActive())
        m_previewTimer->start();
}

void MainWindow::onLinksChecked(const QString& relativePath, const QVector<Problem>& problems, bool cancelled)
{
    if (m_current && m_current->relativePath() == relativePath)
        m_problems->setProblems(LinksSource, problems);
    statusBar()->showMessage(cancelled ? tr("Link check stopped.")
                                 : problems.isEmpty()
                                 ? tr("All web links in %1 work.").arg(relativePath)
                                 : (problems.size() == 1 ? tr("%n link problem in %1.", nullptr, 1)
                                                         : tr("%n link problems in %1.", nullptr, int(problems.size())))
                                       .arg(relativePath),
                             8000);
}

bool MainWindow::createDocument(const QString& title)
{
    NewDocument::Result result;
    QString error;
    if (!m_site->create(m_browser->currentCollection(), title, &result, &error)) {
        MessageBox::warning(this, tr("Cannot Create the Document"), error);
        return false;
    }
    m_pendingSelection = result.path;
    showDocument(result.path);
    statusBar()->showMessage(tr("Created %1").arg(result.relativePath), 5000);
    m_editor->focusForm();
    return true;
}

bool MainWindow::duplicateDocument(const QString& title)
{
    if (!m_current)
        return false;
    NewDocument::Result result;
    QString error;
    if (!m_site->duplicate(m_current, title, &result, &error)) {
        MessageBox::warning(this, tr("Cannot Duplicate the Document"), error);
        return false;
    }
    m_pendingSelection = result.path;
    showDocument(result.path);
    statusBar()->showMessage(tr("Created %1").arg(result.relativePath), 5000);
    return true;
}

bool MainWindow::deleteDocument()
{
    if (!m_current)
        return false;
    const QString path = m_current->path();
    const QString relative = m_current->relativePath();
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Move to Trash"),
        tr("Move %1 to the trash? The page leaves the site; you can restore the file from the trash.").arg(relative),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    m_site->recordOriginal(path); // for the changes since the site was opened
    if (!QFile::moveToTrash(path)) {
        MessageBox::warning(this, tr("Not Moved to the Trash"),
                            tr("%1 could not be moved to the trash. It stays where it is.").arg(relative));
        return false;
    }
    m_site->closeSession(path);
    updateModifiedMarks();
    updateActions();
    statusBar()->showMessage(tr("Moved %1 to the trash").arg(relative), 5000);
    return true;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About EventDesk"),
                       tr("<h3>EventDesk %1</h3><p>Write the event pages of a Jekyll site: a form from the "
                          "site's own fields, the body in Markdown, files ready to commit.</p>")
                           .arg(QStringLiteral(EVENTDESK_VERSION)));
}

} // namespace EventDesk
