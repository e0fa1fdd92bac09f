#pragma once

#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QWidget>

class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace EventDesk {

class CollectionSwitcher;
class DocumentFilterModel;
class DocumentListMessage;
class DocumentListModel;
class SiteIndex;
struct IndexEntry;

// The left pane of the main window: the documents of one collection of the open site, with a
// collection switcher and a search, kept current as the SiteIndex follows the files on disk.
// The current document stays current while a search or another collection hides it; only a
// choice in the list, selectPath() or its removal from the site changes it.
class DocumentBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentBrowser(QWidget* parent = nullptr);
    ~DocumentBrowser() override;

    void setIndex(SiteIndex* index); // not owned; listens to ready() and changed()
    QString currentCollection() const; // empty for the pages, or when no site is ready
    void setCurrentCollection(const QString& collection);
    QString currentPath() const { return m_currentPath; } // absolute, or empty
    bool selectPath(const QString& path); // switches collection if needed; false if unknown
    void setReferenceTime(const QDateTime& now); // test seam; invalid means the current time
    void setModifiedPaths(const QSet<QString>& paths); // unsaved edits: a bold title and a "•" mark
    void focusSearch();
    QTreeView* view() const { return m_view; }

Q_SIGNALS:
    void currentPathChanged(const QString& path); // user or programmatic selection
    void collectionChanged(const QString& collection);
    void activated(const QString& path); // Enter / double-click

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Status { NoSite, Reading, Ready };
    // A document and where its row's top is in the viewport, to keep it there through a reset.
    struct ScrollAnchor
    {
        QString path;
        int top = 0;
    };

    void retranslate();
    void indexReady();
    void indexChanged();
    void fillCollections();
    void showCollection(const QString& collection);
    void searchChanged(const QString& text);
    void viewSelectionChanged();
    bool searchKeyPressed(int key); // true when handled
    ScrollAnchor scrollAnchor() const;
    void restoreScroll(const ScrollAnchor& anchor);
    void setCurrent(const QString& path);
    void syncView();
    void updatePage();
    const IndexEntry* entry(const QString& path) const;

    QPointer<SiteIndex> m_index;
    Status m_status = Status::NoSite;
    QString m_collection; // chosen, or to choose when the index is ready
    bool m_hasCollection = false;
    QString m_currentPath;
    bool m_syncing = false; // the view changes because the list does, not the user
    DocumentListModel* m_model;
    DocumentFilterModel* m_filter;
    CollectionSwitcher* m_collections;
    QLineEdit* m_search;
    QStackedWidget* m_stack;
    QTreeView* m_view;
    DocumentListMessage* m_message;
};

} // namespace EventDesk
