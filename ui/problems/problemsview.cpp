#include "problemsview.h"

#include <QHeaderView>
#include <QLabel>

namespace EventDesk {

ProblemsView::ProblemsView(QWidget* parent)
    : QTreeView(parent)
    , m_placeholder(new QLabel(viewport()))
{
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    header()->setSectionsMovable(false);

    m_placeholder->setObjectName(QStringLiteral("problemsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(12);
    m_placeholder->hide();
}

QString ProblemsView::placeholderText() const
{
    return m_placeholder->text();
}

void ProblemsView::setPlaceholderText(const QString& text)
{
    m_placeholder->setText(text);
    m_placeholder->setAccessibleName(text);
    m_placeholder->setGeometry(viewport()->rect());
    m_placeholder->setVisible(!text.isEmpty());
}

bool ProblemsView::isPlaceholderVisible() const
{
    return !m_placeholder->isHidden();
}

// The scroll area hands the viewport's resizes to this handler.
void ProblemsView::resizeEvent(QResizeEvent* event)
{
    QTreeView::resizeEvent(event);
    m_placeholder->setGeometry(viewport()->rect());
}

} // namespace EventDesk
