#include "mainactions.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>

namespace EventDesk {

MainActions::MainActions(QMainWindow* window, QUndoGroup* undoGroup, const QList<QAction*>& formatting)
    : QObject(window)
    , m_window(window)
{
    newDocument = create(QKeySequence::New, "newAction");
    duplicate = create(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), "duplicateAction");
    open = create(QKeySequence::Open, "openAction");
    save = create(QKeySequence::Save, "saveAction");
    reviewChanges = create(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), "reviewChangesAction");
    moveToTrash = create(QKeySequence(), "deleteAction");
    quit = create(QKeySequence::Quit, "quitAction");
    quit->setMenuRole(QAction::QuitRole);
    clearRecent = create(QKeySequence(), "clearRecentAction");
    // The prefix goes before the command's own text: "Undo Edit “Lieu”".
    undo = undoGroup->createUndoAction(window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    redo = undoGroup->createRedoAction(window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    find = create(QKeySequence::Find, "findAction");
    goList = create(QKeySequence(Qt::ALT | Qt::Key_1), "goListAction");
    goForm = create(QKeySequence(Qt::ALT | Qt::Key_2), "goFormAction");
    goBody = create(QKeySequence(Qt::ALT | Qt::Key_3), "goBodyAction");
    goProblems = create(QKeySequence(Qt::ALT | Qt::Key_4), "goProblemsAction");
    showProblems = create(QKeySequence(), "problemsAction");
    showProblems->setCheckable(true);
    showProblems->setChecked(true);
    checkLinks = create(QKeySequence(Qt::Key_F7), "checkLinksAction");
    fixTypography = create(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), "fixTypographyAction");
    fixTypographyDocument = create(QKeySequence(), "fixTypographyDocumentAction");
    author = create(QKeySequence(), "authorAction");
    checkSpelling = create(QKeySequence(Qt::SHIFT | Qt::Key_F7), "checkSpellingAction");
    checkSpelling->setCheckable(true);
    about = create(QKeySequence(), "aboutAction");
    about->setMenuRole(QAction::AboutRole);

    const QStyle* style = window->style();
    newDocument->setIcon(QIcon::fromTheme(QStringLiteral("document-new"), style->standardIcon(QStyle::SP_FileIcon)));
    save->setIcon(QIcon::fromTheme(QStringLiteral("document-save"), style->standardIcon(QStyle::SP_DialogSaveButton)));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style->standardIcon(QStyle::SP_ArrowBack)));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), style->standardIcon(QStyle::SP_ArrowForward)));
    checkLinks->setIcon(
        QIcon::fromTheme(QStringLiteral("network-wired"), style->standardIcon(QStyle::SP_BrowserReload)));
    moveToTrash->setIcon(QIcon::fromTheme(QStringLiteral("user-trash"), style->standardIcon(QStyle::SP_TrashIcon)));
    createMenus(formatting);
    retranslate();
}

QAction* MainActions::create(const QKeySequence& shortcut, const char* name)
{
    auto* action = new QAction(m_window);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

void MainActions::createMenus(const QList<QAction*>& formatting)
{
    QMenuBar* bar = m_window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addAction(newDocument);
    m_fileMenu->addAction(duplicate);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(save);
    m_fileMenu->addAction(reviewChanges);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(moveToTrash);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    m_editMenu = bar->addMenu(QString());
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(find);

    m_formatMenu = bar->addMenu(QString());
    m_formatMenu->addActions(formatting);
    m_formatMenu->addSeparator();
    m_formatMenu->addAction(fixTypography);
    m_formatMenu->addAction(fixTypographyDocument);

    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->addAction(goList);
    m_viewMenu->addAction(goForm);
    m_viewMenu->addAction(goBody);
    m_viewMenu->addAction(goProblems);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(showProblems);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    for (const char* code : {"", "fr", "en"}) {
        QAction* action = m_languageMenu->addAction(QString());
        action->setObjectName(QStringLiteral("language-") + QLatin1String(code));
        action->setData(QLatin1String(code));
        action->setCheckable(true);
        group->addAction(action);
        languages.append(action);
    }

    m_toolsMenu = bar->addMenu(QString());
    m_toolsMenu->addAction(checkLinks);
    m_spellingMenu = m_toolsMenu->addMenu(QString());
    m_spellingMenu->setObjectName(QStringLiteral("spellingMenu"));
    m_spellingMenu->addAction(checkSpelling);
    m_spellingMenu->addSeparator();
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(author);

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addAction(about);

    QToolBar* toolBar = m_window->addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(newDocument);
    toolBar->addAction(save);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(checkLinks);
    setRecentSites(QStringList());
}

void MainActions::setRecentSites(const QStringList& sites)
{
    m_recentMenu->clear();
    for (int i = 0; i < sites.size(); ++i) {
        const QString site = sites.at(i);
        QAction* action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(site)));
        connect(action, &QAction::triggered, this, [this, site] { Q_EMIT recentSiteChosen(site); });
    }
    if (!sites.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(clearRecent);
    clearRecent->setEnabled(!sites.isEmpty());
}

void MainActions::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_formatMenu->setTitle(tr("F&ormat"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    newDocument->setText(tr("&New Document…"));
    newDocument->setStatusTip(tr("Create a page in the collection shown in the list"));
    duplicate->setText(tr("D&uplicate Document…"));
    open->setText(tr("&Open Site…"));
    open->setStatusTip(tr("Open the folder of a Jekyll site"));
    save->setText(tr("&Save"));
    save->setStatusTip(tr("Write the document's changes to its file"));
    undo->setStatusTip(tr("Take back the last edit of the document"));
    redo->setStatusTip(tr("Make again the edit taken back last"));
    reviewChanges->setText(tr("Review &Changes…"));
    reviewChanges->setStatusTip(tr("See what changed in the site, export it or commit it"));
    moveToTrash->setText(tr("Move to &Trash…"));
    quit->setText(tr("&Quit"));
    clearRecent->setText(tr("&Clear Menu"));
    find->setText(tr("&Find in the List"));
    goList->setText(tr("Go to the &List"));
    goForm->setText(tr("Go to the &Fields"));
    goBody->setText(tr("Go to the &Body"));
    goProblems->setText(tr("Go to the &Problems"));
    checkLinks->setText(tr("Check &Links"));
    fixTypography->setText(tr("Fix French &Typography"));
    fixTypography->setStatusTip(tr("Spaces before ; : ! ?, inside « », in hours, and apostrophes, in the selection, "
                                   "the body or the field being edited"));
    fixTypographyDocument->setText(tr("Fix French Typography in the &Whole Document"));
    checkLinks->setStatusTip(tr("Check the web links of this document over the network"));
    about->setText(tr("&About EventDesk"));
    m_spellingMenu->setTitle(tr("&Spelling"));
    checkSpelling->setText(tr("Check Spelling as You &Type"));
    author->setText(tr("&Author of Commits…"));
    author->setStatusTip(tr("The name and email that sign your commits and patches"));
    showProblems->setText(tr("Show the Problems Pa&nel"));
    m_languageMenu->setTitle(tr("Lan&guage"));
    languages.at(0)->setText(tr("As the &System"));
    // Each language in its own words, whatever the interface's.
    languages.at(1)->setText(QStringLiteral("&Français"));
    languages.at(2)->setText(QStringLiteral("&English"));
    for (QToolBar* bar : m_window->findChildren<QToolBar*>(QStringLiteral("mainToolBar"))) {
        bar->setWindowTitle(tr("Main Tool Bar"));
        bar->setAccessibleName(tr("Main tool bar"));
        // Screen readers say what a button does after its name.
        for (QAction* action : bar->actions()) {
            if (QWidget* button = bar->widgetForAction(action); button && !action->isSeparator())
                button->setAccessibleDescription(action->statusTip());
        }
    }
}

} // namespace EventDesk
