#include "mainwindow.h"

#include "document/eventdocument.h"
#include "frontmatterview.h"
#include "render/eventpage.h"
#include "site/siteindex.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace EventDesk {

namespace {

constexpr int PathRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    m_documents = new QTreeWidget;
    m_documents->setObjectName(QStringLiteral("documentList"));
    m_documents->setColumnCount(1);
    m_documents->header()->hide();
    m_documents->setUniformRowHeights(true);

    m_documentTitle = new QLabel;
    m_documentTitle->setObjectName(QStringLiteral("documentTitle"));
    QFont titleFont = m_documentTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_documentTitle->setFont(titleFont);
    m_documentTitle->setWordWrap(true);
    m_documentTitle->setTextFormat(Qt::PlainText);
    m_documentTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_errorBanner = new QLabel;
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextFormat(Qt::PlainText);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->setStyleSheet(QStringLiteral("QLabel { background: #fde8e8; color: #8a1c1c; border: 1px solid "
                                                "#e8a0a0; border-radius: 3px; padding: 6px; }"));
    m_errorBanner->hide();

    m_frontMatter = new FrontMatterView;
    m_frontMatter->setObjectName(QStringLiteral("frontMatterView"));
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("bodyView"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto* documentSplitter = new QSplitter(Qt::Vertical);
    documentSplitter->addWidget(m_frontMatter);
    documentSplitter->addWidget(m_body);
    documentSplitter->setStretchFactor(0, 2);
    documentSplitter->setStretchFactor(1, 3);

    auto* documentPane = new QWidget;
    auto* layout = new QVBoxLayout(documentPane);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_documentTitle);
    layout->addWidget(m_errorBanner);
    layout->addWidget(documentSplitter, 1);

    // The page as the site shows it; links to the web open in the browser, nothing is fetched.
    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("previewView"));
    m_preview->setOpenLinks(false);
    connect(m_preview, &QTextBrowser::anchorClicked, this, &MainWindow::openLink);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_documents);
    m_splitter->addWidget(documentPane);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({300, 560, 560});
    setCentralWidget(m_splitter);

    createActions();
    retranslate();
    resize(1420, 860);

    connect(m_documents, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { showDocument(current); });
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseSite);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Site…"));
    m_openAction->setStatusTip(tr("Open the folder of a Jekyll site"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About EventDesk"));
    m_documents->setAccessibleName(tr("Documents of the site"));
    m_body->setAccessibleName(tr("Body of the document"));
    m_body->setPlaceholderText(tr("This document has no body."));
    m_preview->setAccessibleName(tr("Preview of the page"));
    m_preview->setPlaceholderText(tr("The page of the selected document shows here, as the site will publish it."));
    setWindowTitle(m_siteTitle.isEmpty() ? tr("EventDesk") : tr("%1 — EventDesk").arg(m_siteTitle));
    if (m_sitePath.isEmpty())
        m_documentTitle->setText(tr("Open a site with File > Open Site…"));
    else if (m_documentPath.isEmpty())
        m_documentTitle->setText(tr("Select a document in the list."));
    if (!m_sitePath.isEmpty() && m_documentPath.isEmpty())
        statusBar()->showMessage(tr("%1 — %n document(s)", nullptr, m_documentCount).arg(m_sitePath));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_documentPath.isEmpty())
            showDocument(m_documents->currentItem()); // its field types are translated text
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::openSite(const QString& folder)
{
    SiteConfig site;
    EditorSettings settings;
    QString error;
    if (!SiteConfig::load(folder, &site, &error) || !EditorSettings::load(site.root(), &settings, &error)) {
        QMessageBox::warning(this, tr("Cannot open the site"), error);
        return false;
    }
    m_sitePath = site.root();
    m_siteTitle = site.title().isEmpty() ? QDir(m_sitePath).dirName() : site.title();

    m_documents->clear();
    QHash<QString, QTreeWidgetItem*> groups;
    const SiteScanner::Result scan = SiteScanner::scan(site, settings);
    const QVector<IndexEntry>& documents = scan.entries;
    m_config = site;
    m_schemas.clear();
    for (auto it = scan.schemas.cbegin(); it != scan.schemas.cend(); ++it)
        m_schemas.insert(it.key(), it.value().build(site, it.key(), settings));
    m_collections.clear();
    for (const IndexEntry& entry : documents)
        m_collections.insert(entry.path, entry.collection);
    for (const IndexEntry& entry : documents) {
        const QString group = entry.collection.isEmpty() ? tr("Pages") : site.collectionTitle(entry.collection);
        QTreeWidgetItem*& groupItem = groups[group];
        if (!groupItem) {
            groupItem = new QTreeWidgetItem(m_documents, {group});
            groupItem->setFlags(Qt::ItemIsEnabled);
            QFont font = groupItem->font(0);
            font.setBold(true);
            groupItem->setFont(0, font);
        }
        const QString text = entry.title.isEmpty() ? QFileInfo(entry.path).fileName() : entry.title;
        auto* item = new QTreeWidgetItem(groupItem, {text});
        item->setData(0, PathRole, entry.path);
        item->setToolTip(0, entry.hasError ? entry.error : entry.relativePath);
        if (entry.hasError)
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    m_documents->expandAll();
    m_documentCount = int(documents.size());
    m_documentPath.clear();
    m_errorBanner->hide();
    m_frontMatter->clear();
    m_body->clear();
    m_preview->clear();
    retranslate();
    return true;
}

bool MainWindow::selectDocument(const QString& path)
{
    for (QTreeWidgetItemIterator it(m_documents); *it; ++it) {
        if ((*it)->data(0, PathRole).toString() == path) {
            m_documents->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void MainWindow::chooseSite()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Jekyll Site"), m_sitePath);
    if (!folder.isEmpty())
        openSite(folder);
}

void MainWindow::showDocument(QTreeWidgetItem* item)
{
    const QString path = item ? item->data(0, PathRole).toString() : QString();
    if (path.isEmpty())
        return;
    m_documentPath = path;
    const EventDocument document = EventDocument::load(path);
    const QString relative = QDir(m_sitePath).relativeFilePath(path);
    m_documentTitle->setText(item->text(0));
    m_documentTitle->setToolTip(relative);
    if (document.status() != EventDocument::Status::Ok) {
        m_errorBanner->setText(document.error().format(relative));
        m_errorBanner->show();
    } else if (!document.warnings().isEmpty()) {
        QStringList lines;
        for (const Diagnostic& warning : document.warnings())
            lines.append(warning.format(relative));
        m_errorBanner->setText(lines.join(QLatin1Char('\n')));
        m_errorBanner->show();
    } else {
        m_errorBanner->hide();
    }
    m_frontMatter->setFrontMatter(document.frontMatter());
    if (document.status() == EventDocument::Status::FrontMatterError)
        m_body->setPlainText(QString::fromUtf8(document.toBytes()));
    else
        m_body->setPlainText(document.body());
    // Wide images are drawn to fit the pane: its width less the page's margins and a scroll bar.
    const int imageWidth = qMax(120, m_preview->viewport()->width() - 2 * 18 - 24);
    m_preview->setHtml(EventPage::build(document, m_schemas.value(m_collections.value(path)), m_config, imageWidth));
    statusBar()->showMessage(relative);
}

void MainWindow::openLink(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")
        || scheme == QLatin1String("tel"))
        QDesktopServices::openUrl(url);
    else if (!url.fragment().isEmpty() && url.path().isEmpty())
        m_preview->scrollToAnchor(url.fragment());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About EventDesk"),
                       tr("<h3>EventDesk %1</h3><p>Write the event pages of a Jekyll site: a form from the "
                          "site's own fields, the body in Markdown, files ready to commit.</p>")
                           .arg(QStringLiteral(EVENTDESK_VERSION)));
}

} // namespace EventDesk
