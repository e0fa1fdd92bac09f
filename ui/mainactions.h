#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace EventDesk {

// The main window's actions with their shortcuts, its menus and its tool bar, in one place; the
// window connects what they do. Texts follow the language (retranslate()).
class MainActions : public QObject
{
    Q_OBJECT

public:
    // Undo and redo come from the group; `formatting` are the body editor's actions.
    MainActions(QMainWindow* window, QUndoGroup* undoGroup, const QList<QAction*>& formatting);

    void retranslate();
    // The Open Recent menu; choosing one emits recentSiteChosen().
    void setRecentSites(const QStringList& sites);

    QAction* newDocument;
    QAction* duplicate;
    QAction* open;
    QAction* save;
    QAction* reviewChanges;
    QAction* moveToTrash;
    QAction* quit;
    QAction* clearRecent;
    QAction* undo;
    QAction* redo;
    QAction* find;
    QAction* goList;
    QAction* goForm;
    QAction* goBody;
    QAction* goProblems;
    QAction* showProblems;
    QAction* checkLinks;
    QAction* fixTypography;
    QAction* fixTypographyDocument;
    QAction* author;
    QAction* checkSpelling; // Tools > Spelling > Check Spelling As You Type (checkable)
    // Tools > Spelling: the dictionaries' languages follow checkSpelling; filled by the window.
    QMenu* spellingMenu() const { return m_spellingMenu; }
    QAction* about;
    // View > Language: the system's, French, English (data: "", "fr", "en").
    QList<QAction*> languages;

Q_SIGNALS:
    void recentSiteChosen(const QString& folder);

private:
    QAction* create(const QKeySequence& shortcut, const char* name);
    void createMenus(const QList<QAction*>& formatting);

    QMainWindow* m_window;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_formatMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_spellingMenu = nullptr;
};

} // namespace EventDesk
