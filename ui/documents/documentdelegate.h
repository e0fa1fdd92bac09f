#pragma once

#include <QStyledItemDelegate>

namespace EventDesk {

// Paints the document list: a group as a small heading with its document count; a document as
// its status icon, its title (bold with a "•" when it has unsaved edits, grey when past) and a
// smaller grey line with its date and state in words. All rows have the same height.
class DocumentDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DocumentDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The second line of a document: its date and, in words, its state.
    static QString detailText(const QModelIndex& index);

private:
    void paintGroup(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintDocument(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace EventDesk
