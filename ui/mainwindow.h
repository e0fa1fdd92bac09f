#pragma once

#include "site/schema.h"
#include "site/siteconfig.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace EventDesk {

class FrontMatterView;

// The application window: the site's documents on the left; the selected document's front
// matter fields and body in the middle; on the right, the page as the site will show it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens a Jekyll site folder; false (with the message shown) when it is not one.
    bool openSite(const QString& folder);
    QString sitePath() const { return m_sitePath; }
    // Shows one document of the site, by absolute path.
    bool selectDocument(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void retranslate();
    void chooseSite();
    void showDocument(QTreeWidgetItem* item);
    void showAbout();
    void openLink(const QUrl& url);

    QString m_sitePath;
    QString m_siteTitle;
    QString m_documentPath; // the document shown, empty when none
    int m_documentCount = 0;
    QTreeWidget* m_documents = nullptr;
    QLabel* m_documentTitle = nullptr;
    QLabel* m_errorBanner = nullptr;
    FrontMatterView* m_frontMatter = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QTextBrowser* m_preview = nullptr;
    SiteConfig m_config;
    QHash<QString, CollectionSchema> m_schemas; // by collection
    QHash<QString, QString> m_collections; // document path -> collection
    QSplitter* m_splitter = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace EventDesk
