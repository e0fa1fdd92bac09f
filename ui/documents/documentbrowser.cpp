#include "documentbrowser.h"

#include "collectionswitcher.h"
#include "documentdelegate.h"
#include "documentfiltermodel.h"
#include "documentlistmessage.h"
#include "documentlistmodel.h"
#include "site/siteindex.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace EventDesk {

namespace {

// Sets a flag for the life of a scope.
class Guard
{
public:
    explicit Guard(bool* flag)
        : m_flag(flag)
        , m_before(*flag)
    {
        *m_flag = true;
    }
    ~Guard() { *m_flag = m_before; }

private:
    bool* m_flag;
    bool m_before;
};

} // namespace

DocumentBrowser::DocumentBrowser(QWidget* parent)
    : QWidget(parent)
    , m_model(new DocumentListModel(this))
    , m_filter(new DocumentFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    m_collections = new CollectionSwitcher;
    m_collections->setObjectName(QStringLiteral("collectionSwitcher"));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("documentSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("documentView"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new DocumentDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setIndentation(0);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMouseTracking(true);

    m_message = new DocumentListMessage;

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_collections);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);

    connect(m_collections, &CollectionSwitcher::collectionChosen, this, &DocumentBrowser::setCurrentCollection);
    connect(m_search, &QLineEdit::textChanged, this, &DocumentBrowser::searchChanged);
    connect(m_message, &DocumentListMessage::clearSearchRequested, this, [this]() {
        m_search->clear();
        m_search->setFocus(Qt::OtherFocusReason);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DocumentBrowser::viewSelectionChanged);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString path = index.data(DocumentListModel::PathRole).toString();
        if (!path.isEmpty())
            Q_EMIT activated(path);
    });
    // Groups the search brings back come in collapsed: open them.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int row = first; row <= last; ++row)
            m_view->expand(m_filter->index(row, 0));
    });

    retranslate();
    updatePage();
}

DocumentBrowser::~DocumentBrowser() = default;

void DocumentBrowser::retranslate()
{
    m_collections->setAccessibleName(tr("Collection"));
    m_collections->setToolTip(tr("The collection whose documents the list shows"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search documents"));
    m_search->setToolTip(tr("Finds documents by title, file name or category"));
    // The line edit's own clear button, read like the other controls.
    if (auto* clear = m_search->findChild<QToolButton*>()) {
        clear->setAccessibleName(tr("Clear the search"));
        clear->setAccessibleDescription(tr("Shows every document of the collection again."));
    }
    m_view->setAccessibleName(tr("Documents"));
    m_view->setAccessibleDescription(tr("The documents of the collection, by date; Enter opens the selected one in "
                                        "the form."));
    m_model->retranslate();
    if (m_status == Status::Ready)
        fillCollections();
    updatePage();
}

void DocumentBrowser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool DocumentBrowser::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && searchKeyPressed(static_cast<QKeyEvent*>(event)->key()))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool DocumentBrowser::searchKeyPressed(int key)
{
    switch (key) {
    case Qt::Key_Escape:
        if (m_search->text().isEmpty())
            return false;
        m_search->clear();
        return true;
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        if (m_stack->currentWidget() != m_view)
            return false;
        m_view->setFocus(Qt::TabFocusReason);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        // The first match becomes the current document.
        if (m_filter->rowCount() == 0)
            return false;
        const QModelIndex first = m_filter->index(0, 0, m_filter->index(0, 0));
        if (first.isValid()) {
            m_view->setCurrentIndex(first);
            m_view->setFocus(Qt::TabFocusReason);
        }
        return true;
    }
    default:
        return false;
    }
}

void DocumentBrowser::setIndex(SiteIndex* index)
{
    if (m_index)
        disconnect(m_index, nullptr, this, nullptr);
    m_index = index;
    if (index) {
        connect(index, &SiteIndex::ready, this, &DocumentBrowser::indexReady);
        connect(index, &SiteIndex::changed, this, &DocumentBrowser::indexChanged);
        connect(index, &QObject::destroyed, this, [this]() { setIndex(nullptr); });
    }
    if (index && index->isReady()) {
        indexReady();
        return;
    }
    m_status = index ? Status::Reading : Status::NoSite;
    {
        Guard guard(&m_syncing);
        m_model->setEntries({}, QString());
        m_collections->clearCollections();
    }
    setCurrent(QString());
    updatePage();
}

void DocumentBrowser::indexReady()
{
    m_status = Status::Ready;
    m_model->setTimeZone(m_index->config().timezone());
    fillCollections();
    const bool keep = m_hasCollection && m_collections->contains(m_collection);
    showCollection(keep ? m_collection : m_collections->defaultCollection(*m_index));
    if (!entry(m_currentPath))
        setCurrent(QString());
    syncView();
}

void DocumentBrowser::indexChanged()
{
    const ScrollAnchor anchor = scrollAnchor();
    fillCollections();
    if (!m_collections->contains(m_collection)) {
        showCollection(m_collections->defaultCollection(*m_index));
    } else {
        Guard guard(&m_syncing);
        m_model->updateEntries(m_index->entries());
    }
    if (!entry(m_currentPath))
        setCurrent(QString());
    syncView();
    restoreScroll(anchor);
    updatePage();
}

const IndexEntry* DocumentBrowser::entry(const QString& path) const
{
    if (path.isEmpty() || !m_index || m_status != Status::Ready)
        return nullptr;
    return m_index->entry(path);
}

void DocumentBrowser::fillCollections()
{
    m_collections->fill(*m_index, m_collection);
}

QString DocumentBrowser::currentCollection() const
{
    return m_collection;
}

void DocumentBrowser::setCurrentCollection(const QString& collection)
{
    if (m_status != Status::Ready) {
        // Chosen before the site is read: taken when it is.
        m_collection = collection;
        m_hasCollection = true;
        return;
    }
    if (!m_collections->contains(collection) || (collection == m_collection && m_hasCollection))
        return;
    showCollection(collection);
}

void DocumentBrowser::showCollection(const QString& collection)
{
    const bool changed = !m_hasCollection || collection != m_collection;
    m_collection = collection;
    m_hasCollection = true;
    m_collections->setCollection(collection);
    {
        Guard guard(&m_syncing);
        m_model->setEntries(m_index->entries(), collection);
    }
    m_view->scrollToTop();
    syncView();
    updatePage();
    if (changed)
        Q_EMIT collectionChanged(collection);
}

bool DocumentBrowser::selectPath(const QString& path)
{
    const IndexEntry* found = entry(path);
    if (!found)
        return false;
    const QString collection = found->collection; // `found` lives until the index changes
    if (collection != m_collection || !m_hasCollection)
        showCollection(collection);
    if (!m_filter->mapFromSource(m_model->indexOfPath(path)).isValid())
        m_search->clear(); // the search hides it
    setCurrent(path);
    syncView();
    return true;
}

void DocumentBrowser::setReferenceTime(const QDateTime& now)
{
    const ScrollAnchor anchor = scrollAnchor();
    {
        Guard guard(&m_syncing);
        m_model->setReferenceTime(now);
    }
    syncView();
    restoreScroll(anchor);
}

void DocumentBrowser::setModifiedPaths(const QSet<QString>& paths)
{
    m_model->setModifiedPaths(paths);
}

void DocumentBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DocumentBrowser::searchChanged(const QString& text)
{
    {
        Guard guard(&m_syncing);
        m_filter->setSearchText(text);
    }
    syncView();
    updatePage();
}

void DocumentBrowser::viewSelectionChanged()
{
    if (m_syncing)
        return;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return; // nothing chosen: the current document stays
    const QString path = selected.first().data(DocumentListModel::PathRole).toString();
    if (!path.isEmpty())
        setCurrent(path);
}

void DocumentBrowser::setCurrent(const QString& path)
{
    if (path == m_currentPath)
        return;
    m_currentPath = path;
    Q_EMIT currentPathChanged(path);
}

// Selects the current document when the list shows it, nothing otherwise; groups open.
void DocumentBrowser::syncView()
{
    Guard guard(&m_syncing);
    m_view->expandAll();
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfPath(m_currentPath));
    if (!index.isValid()) {
        m_view->selectionModel()->clear();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

DocumentBrowser::ScrollAnchor DocumentBrowser::scrollAnchor() const
{
    const QRect viewport = m_view->viewport()->rect();
    const QModelIndex current = m_filter->mapFromSource(m_model->indexOfPath(m_currentPath));
    if (current.isValid() && m_view->visualRect(current).intersects(viewport))
        return {m_currentPath, m_view->visualRect(current).top()};
    // Else the first document at the top of the list.
    for (QModelIndex index = m_view->indexAt(QPoint(1, 1)); index.isValid(); index = m_view->indexBelow(index)) {
        const QString path = index.data(DocumentListModel::PathRole).toString();
        if (!path.isEmpty())
            return {path, m_view->visualRect(index).top()};
    }
    return {};
}

void DocumentBrowser::restoreScroll(const ScrollAnchor& anchor)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfPath(anchor.path));
    if (!index.isValid())
        return;
    QScrollBar* bar = m_view->verticalScrollBar();
    bar->setValue(bar->value() + m_view->visualRect(index).top() - anchor.top);
}

void DocumentBrowser::updatePage()
{
    const bool ready = m_status == Status::Ready;
    m_collections->setEnabled(ready && m_collections->count() > 0);
    m_search->setEnabled(ready);
    if (m_status == Status::NoSite) {
        m_message->showMessage(tr("No site is open."));
    } else if (m_status == Status::Reading) {
        m_message->showMessage(tr("Reading the site…"), true);
    } else if (m_model->documentCount() == 0) {
        m_message->showMessage(tr("This collection has no documents yet."));
    } else if (m_filter->documentCount() == 0) {
        m_message->showMessage(tr("No document matches “%1”.").arg(m_search->text().trimmed()), false, true);
    } else {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    const bool hadFocus = m_view->hasFocus();
    m_stack->setCurrentWidget(m_message);
    if (hadFocus)
        m_search->setFocus(Qt::OtherFocusReason);
}

} // namespace EventDesk
