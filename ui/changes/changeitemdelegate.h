#pragma once

#include <QStyledItemDelegate>

namespace EventDesk {

// Draws a row of the changed files: a small coloured A/M/D badge, the file name in bold and its
// folder in grey after it.
class ChangeItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace EventDesk
