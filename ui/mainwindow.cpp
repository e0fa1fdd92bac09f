#include "mainwindow.h"

#include "appsettings.h"
#include "documentbrowser.h"
#include "documenteditor.h"
#include "documentsession.h"
#include "linkcheckrun.h"
#include "markdowneditor.h"
#include "messagebox.h"
#include "newdocumentdialog.h"
#include "previewpane.h"
#include "previewrenderer.h"
#include "problemspanel.h"
#include "site/newdocument.h"
#include "site/permalinkindex.h"
#include "site/siteindex.h"

#include "document/atomicfile.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
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
    , m_index(new SiteIndex(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_browser(new DocumentBrowser)
    , m_editor(new DocumentEditor)
    , m_preview(new PreviewPane)
    , m_problems(new ProblemsPanel)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_panesSplitter(new QSplitter(Qt::Vertical))
    , m_renderer(new PreviewRenderer(this))
    , m_previewTimer(new QTimer(this))
    , m_linkCheck(new LinkCheckRun(this))
    , m_statusCounts(new QLabel)
    , m_linkProgress(new QProgressBar)
    , m_linkCancel(new QToolButton)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_browser->setObjectName(QStringLiteral("documentBrowser"));
    m_browser->setIndex(m_index);
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

    m_linkProgress->setObjectName(QStringLiteral("linkProgress"));
    m_linkProgress->setMaximumWidth(160);
    m_linkProgress->setTextVisible(true);
    m_linkProgress->hide();
    m_linkCancel->setObjectName(QStringLiteral("linkCancel"));
    m_linkCancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_linkCancel->setAutoRaise(true);
    m_linkCancel->hide();
    m_statusCounts->setObjectName(QStringLiteral("problemCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);
    statusBar()->addPermanentWidget(m_linkProgress);
    statusBar()->addPermanentWidget(m_linkCancel);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        if (!m_current)
            return;
        m_renderer->request(m_current->document(), m_current->schema(), m_current->relativePath(),
                            m_preview->maxImageWidth());
    });
    connect(m_renderer, &PreviewRenderer::rendered, this, &MainWindow::onRendered);

    connect(m_index, &SiteIndex::ready, this, &MainWindow::onIndexReady);
    connect(m_index, &SiteIndex::changed, this, &MainWindow::onIndexChanged);
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

    connect(m_linkCheck, &LinkCheckRun::progress, this, [this](int done, int total) {
        m_linkProgress->setMaximum(qMax(1, total));
        m_linkProgress->setValue(done);
        m_linkProgress->setFormat(tr("Links: %1/%2").arg(done).arg(total));
    });
    connect(m_linkCheck, &LinkCheckRun::finished, this, &MainWindow::onLinksChecked);
    connect(m_linkCancel, &QToolButton::clicked, m_linkCheck, &LinkCheckRun::cancel);

    createActions();
    createMenus();
    retranslate();
    resize(1440, 900);
    restoreLayout();
    updateActions();
}

MainWindow::~MainWindow()
{
    m_editor->setSession(nullptr);
    for (DocumentSession* session : std::as_const(m_sessions))
        disconnect(session, nullptr, this, nullptr);
    qDeleteAll(m_sessions);
}

void MainWindow::createActions()
{
    auto action = [this](QKeySequence shortcut, const char* name) {
        auto* a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        return a;
    };
    m_newAction = action(QKeySequence::New, "newAction");
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (!m_index->isReady())
            return;
        NewDocumentDialog dialog(m_config, m_editorSettings, m_index->schema(m_browser->currentCollection()), this);
        if (dialog.exec() == QDialog::Accepted)
            createDocument(dialog.title());
    });
    m_duplicateAction = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), "duplicateAction");
    connect(m_duplicateAction, &QAction::triggered, this, [this] {
        if (!m_current || m_current->isRaw())
            return;
        CollectionSchema schema = m_current->schema();
        NewDocumentDialog dialog(m_config, m_editorSettings, schema, this);
        const FieldPath title = schema.find(FieldRole::Title);
        dialog.setTitle(tr("%1 (copy)").arg(m_current->frontMatter().value(title.key).toString()));
        if (dialog.exec() == QDialog::Accepted)
            duplicateDocument(dialog.title());
    });
    m_openAction = action(QKeySequence::Open, "openAction");
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseSite);
    m_saveAction = action(QKeySequence::Save, "saveAction");
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_deleteAction = action(QKeySequence(), "deleteAction");
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteDocument);
    m_quitAction = action(QKeySequence::Quit, "quitAction");
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_clearRecentAction = action(QKeySequence(), "clearRecentAction");
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        m_settings->clearRecentSites();
        updateRecentMenu();
    });

    // The prefix goes before the command's own text: "Undo Edit “Lieu”".
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_findAction = action(QKeySequence::Find, "findAction");
    connect(m_findAction, &QAction::triggered, m_browser, &DocumentBrowser::focusSearch);

    m_goListAction = action(QKeySequence(Qt::ALT | Qt::Key_1), "goListAction");
    connect(m_goListAction, &QAction::triggered, this,
            [this] { m_browser->view()->setFocus(Qt::ShortcutFocusReason); });
    m_goFormAction = action(QKeySequence(Qt::ALT | Qt::Key_2), "goFormAction");
    connect(m_goFormAction, &QAction::triggered, m_editor, &DocumentEditor::focusForm);
    m_goBodyAction = action(QKeySequence(Qt::ALT | Qt::Key_3), "goBodyAction");
    connect(m_goBodyAction, &QAction::triggered, m_editor, &DocumentEditor::focusBody);
    m_goProblemsAction = action(QKeySequence(Qt::ALT | Qt::Key_4), "goProblemsAction");
    connect(m_goProblemsAction, &QAction::triggered, this, [this] {
        m_problemsAction->setChecked(true);
        m_problems->view()->setFocus(Qt::ShortcutFocusReason);
    });

    m_problemsAction = action(QKeySequence(), "problemsAction");
    m_problemsAction->setCheckable(true);
    m_problemsAction->setChecked(true);
    connect(m_problemsAction, &QAction::toggled, m_problems, &QWidget::setVisible);
    m_checkLinksAction = action(QKeySequence(Qt::Key_F7), "checkLinksAction");
    connect(m_checkLinksAction, &QAction::triggered, this, &MainWindow::checkLinks);
    m_aboutAction = action(QKeySequence(), "aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_duplicateAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_deleteAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_formatMenu = menuBar()->addMenu(QString());
    m_formatMenu->addActions(m_editor->bodyEditor()->formattingActions());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_goListAction);
    m_viewMenu->addAction(m_goFormAction);
    m_viewMenu->addAction(m_goBodyAction);
    m_viewMenu->addAction(m_goProblemsAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_problemsAction);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_checkLinksAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    auto* toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    m_newAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new"), style()->standardIcon(QStyle::SP_FileIcon)));
    m_saveAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-save"), style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    m_redoAction->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
    m_checkLinksAction->setIcon(
        QIcon::fromTheme(QStringLiteral("network-wired"), style()->standardIcon(QStyle::SP_BrowserReload)));
    m_deleteAction->setIcon(
        QIcon::fromTheme(QStringLiteral("user-trash"), style()->standardIcon(QStyle::SP_TrashIcon)));
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_checkLinksAction);
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_formatMenu->setTitle(tr("F&ormat"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Document…"));
    m_newAction->setStatusTip(tr("Create a page in the collection shown in the list"));
    m_duplicateAction->setText(tr("D&uplicate Document…"));
    m_openAction->setText(tr("&Open Site…"));
    m_openAction->setStatusTip(tr("Open the folder of a Jekyll site"));
    m_saveAction->setText(tr("&Save"));
    m_deleteAction->setText(tr("Move to &Trash…"));
    m_quitAction->setText(tr("&Quit"));
    m_clearRecentAction->setText(tr("&Clear Menu"));
    m_findAction->setText(tr("&Find in the List"));
    m_goListAction->setText(tr("Go to the &List"));
    m_goFormAction->setText(tr("Go to the &Fields"));
    m_goBodyAction->setText(tr("Go to the &Body"));
    m_goProblemsAction->setText(tr("Go to the &Problems"));
    m_checkLinksAction->setText(tr("Check &Links"));
    m_checkLinksAction->setStatusTip(tr("Check the web links of this document over the network"));
    m_aboutAction->setText(tr("&About EventDesk"));
    m_problemsAction->setText(tr("Show the Problems Pa&nel"));
    m_linkCancel->setToolTip(tr("Stop checking links"));
    m_linkCancel->setAccessibleName(tr("Stop checking links"));
    m_linkProgress->setAccessibleName(tr("Progress of the link check"));
    m_statusCounts->setAccessibleName(tr("Number of problems"));
    m_preview->setAccessibleName(tr("Preview of the page"));
    m_preview->setPlaceholderText(tr("The page of the selected document shows here, as the site will publish it."));
    m_browser->setAccessibleName(tr("Documents of the site"));
    m_problems->setAccessibleName(tr("Problems of the document"));
    for (QToolBar* bar : findChildren<QToolBar*>(QStringLiteral("mainToolBar"))) {
        bar->setWindowTitle(tr("Main Tool Bar"));
        bar->setAccessibleName(tr("Main tool bar"));
    }
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
    m_recentMenu->clear();
    const QStringList sites = m_settings->recentSites();
    for (int i = 0; i < sites.size(); ++i) {
        const QString site = sites.at(i);
        QAction* a = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(site)));
        connect(a, &QAction::triggered, this, [this, site] { openSite(site); });
    }
    if (!sites.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!sites.isEmpty());
}

void MainWindow::updateActions()
{
    const bool ready = m_index->isReady();
    const bool editable = m_current && !m_current->isRaw();
    m_newAction->setEnabled(ready && !m_browser->currentCollection().isEmpty());
    m_duplicateAction->setEnabled(editable);
    m_saveAction->setEnabled(m_current != nullptr);
    m_deleteAction->setEnabled(m_current != nullptr);
    m_checkLinksAction->setEnabled(editable);
}

void MainWindow::updateTitle()
{
    QString site = m_config.title().isEmpty() ? QDir(m_config.root()).dirName() : m_config.title();
    if (m_config.root().isEmpty()) {
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
    for (DocumentSession* session : std::as_const(m_sessions)) {
        if (session->isModified())
            modified.insert(session->path());
    }
    m_browser->setModifiedPaths(modified);
    updateTitle();
}

QList<DocumentSession*> MainWindow::modifiedSessions() const
{
    QList<DocumentSession*> sessions;
    for (DocumentSession* session : m_sessions) {
        if (session->isModified())
            sessions.append(session);
    }
    return sessions;
}

bool MainWindow::isSiteReady() const
{
    return m_index->isReady();
}

QString MainWindow::relativePath(const QString& path) const
{
    return QDir(m_config.root()).relativeFilePath(path);
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
    m_linkCheck->cancel();
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
    qDeleteAll(m_sessions);
    m_sessions.clear();
    m_problems->clear();
    m_preview->clear();
    m_links.clear();
    m_linkCheck->cancel();

    m_config = config;
    m_editorSettings = settings;
    FormContext context;
    context.siteRoot = config.root();
    context.uploadsFolder = QDir(config.root()).filePath(QStringLiteral("uploads"));
    context.uploadsUrlPrefix = QStringLiteral("/uploads/");
    context.timeZone =
        config.timezone().isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(config.timezone().toUtf8());
    context.language = config.language().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("fr");
    m_editor->setContext(context);
    m_permalinks.reset();
    m_renderer->setSite(config, nullptr);
    const QString collection = m_settings->lastCollection(config.root());
    if (!collection.isEmpty())
        m_browser->setCurrentCollection(collection);
    m_index->open(config, settings);
    m_settings->addRecentSite(config.root());
    updateRecentMenu();
    statusBar()->showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(config.root())));
    updateActions();
    updateTitle();
    return true;
}

void MainWindow::onIndexReady()
{
    // Page links are checked against every document's address.
    const Permalinks permalinks(m_config);
    QVector<PermalinkSource> sources;
    for (const IndexEntry& entry : m_index->entries()) {
        if (!entry.hasError)
            sources.append(
                PermalinkSource{entry.relativePath, entry.collection, EventDocument::load(entry.path).frontMatter()});
    }
    m_permalinks = std::make_shared<const PermalinkIndex>(permalinks, sources);
    m_renderer->setSite(m_config, m_permalinks);
    statusBar()->showMessage((m_index->entries().size() == 1
                                  ? tr("%n document", nullptr, 1)
                                  : tr("%n documents", nullptr, int(m_index->entries().size()))),
                             5000);
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

void MainWindow::onIndexChanged(const QStringList& paths)
{
    for (const QString& path : paths) {
        DocumentSession* session = m_sessions.value(path);
        // A document changed by another program and not edited here is read again.
        if (session && !session->isModified() && session->diskState() == DocumentSession::DiskState::Changed) {
            QString error;
            if (session->load(&error) && session == m_current)
                m_editor->setSession(session);
        }
    }
    if (!m_pendingSelection.isEmpty() && paths.contains(m_pendingSelection)) {
        if (m_browser->selectPath(m_pendingSelection))
            m_pendingSelection.clear();
    }
}

DocumentSession* MainWindow::sessionFor(const QString& path, QString* error)
{
    if (DocumentSession* session = m_sessions.value(path))
        return session;
    QString collection;
    SiteScanner::collectionOf(m_config, path, &collection);
    auto* session = new DocumentSession(path, relativePath(path), m_index->schema(collection), this);
    if (!session->load(error)) {
        delete session;
        return nullptr;
    }
    m_sessions.insert(path, session);
    m_undoGroup->addStack(session->undoStack());
    connect(session, &DocumentSession::contentChanged, this, &MainWindow::schedulePreview);
    connect(session, &DocumentSession::modifiedChanged, this, &MainWindow::updateModifiedMarks);
    connect(session, &DocumentSession::rawModeChanged, this, &MainWindow::updateActions);
    return session;
}

void MainWindow::showDocument(const QString& path)
{
    if (path.isEmpty() || (m_current && m_current->path() == path))
        return;
    QString error;
    DocumentSession* session = sessionFor(path, &error);
    m_current = session;
    m_links.clear();
    m_problems->clear();
    if (!session) {
        m_editor->showUnreadable(relativePath(path), error);
        m_preview->clear();
        m_undoGroup->setActiveStack(nullptr);
    } else {
        m_editor->setSession(session);
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
    if (m_browser->selectPath(path))
        return true;
    if (!m_index->isReady())
        return false;
    showDocument(path);
    return m_current && m_current->path() == path;
}

void MainWindow::schedulePreview()
{
    if (sender() == m_current)
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

void MainWindow::checkLinks()
{
    if (!m_current || m_current->isRaw())
        return;
    // The links of the text as it is now, found without the network.
    const PreviewResult now = PreviewRenderer::run(m_current->document(), m_current->schema(), m_config,
                                                   m_permalinks.get(), m_current->relativePath(), 0);
    m_linkProgress->setValue(0);
    m_linkProgress->setFormat(tr("Links…"));
    m_linkProgress->show();
    m_linkCancel->show();
    m_linkCheck->start(m_current->relativePath(), now.links);
}

void MainWindow::onLinksChecked(const QString& relativePath, const QVector<Problem>& problems, bool cancelled)
{
    m_linkProgress->hide();
    m_linkCancel->hide();
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
    const QString collection = m_browser->currentCollection();
    NewDocument document;
    document.collection = collection;
    document.title = title.simplified();
    NewDocument::Result result;
    QString error;
    if (collection.isEmpty() || document.title.isEmpty()
        || !document.create(m_config, m_editorSettings, m_index->schema(collection), &result, &error)) {
        MessageBox::warning(this, tr("Cannot Create the Document"),
                            error.isEmpty() ? tr("Choose a collection and give a title.") : error);
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
    if (!m_current || m_current->isRaw())
        return false;
    const CollectionSchema schema = m_current->schema();
    NewDocument named;
    named.collection = schema.collection;
    named.title = title.simplified();
    NewDocument::Result result;
    QString error;
    EventDocument copy = m_current->document();
    const FieldPath titleField = schema.find(FieldRole::Title);
    if (named.title.isEmpty() || !named.prepare(m_config, m_editorSettings, schema, &result, &error)
        || !copy.setValue(titleField.isValid() ? titleField.key : QStringLiteral("title"),
                          YamlValue::fromString(named.title), schema.order(), &error)) {
        MessageBox::warning(this, tr("Cannot Duplicate the Document"), error);
        return false;
    }
    if (QFileInfo::exists(result.path)) {
        MessageBox::warning(this, tr("Cannot Duplicate the Document"),
                            tr("%1 already exists: choose another title.").arg(result.relativePath));
        return false;
    }
    if (!AtomicFile::write(result.path, copy.toBytes(), &error)) {
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
    if (!QFile::moveToTrash(path)) {
        MessageBox::warning(this, tr("Not Moved to the Trash"),
                            tr("%1 could not be moved to the trash. It stays where it is.").arg(relative));
        return false;
    }
    closeSession(path);
    statusBar()->showMessage(tr("Moved %1 to the trash").arg(relative), 5000);
    return true;
}

void MainWindow::closeSession(const QString& path)
{
    DocumentSession* session = m_sessions.take(path);
    if (!session)
        return;
    if (session == m_current) {
        m_editor->setSession(nullptr);
        m_current = nullptr;
        m_preview->clear();
        m_problems->clear();
    }
    m_undoGroup->removeStack(session->undoStack());
    delete session;
    updateModifiedMarks();
    updateActions();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About EventDesk"),
                       tr("<h3>EventDesk %1</h3><p>Write the event pages of a Jekyll site: a form from the "
                          "site's own fields, the body in Markdown, files ready to commit.</p>")
                           .arg(QStringLiteral(EVENTDESK_VERSION)));
}

} // namespace EventDesk
