#include "changeitemdelegate.h"

#include "changelistmodel.h"

#include <QApplication>
#include <QPainter>

namespace EventDesk {

namespace {

constexpr int Margin = 6;

QColor badgeColour(FileChange::Kind kind)
{
    switch (kind) {
    case FileChange::Kind::Added:
        return QColor(0x2e, 0x7d, 0x32);
    case FileChange::Kind::Removed:
        return QColor(0xc6, 0x28, 0x28);
    case FileChange::Kind::Modified:
        break;
    }
    return QColor(0xa1, 0x5c, 0x00); // dark enough for the white letter (WCAG 4.5:1)
}

} // namespace

void ChangeItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = opt.rect.adjusted(Margin, 0, -Margin, 0);
    const auto kind = FileChange::Kind(index.data(ChangeListModel::KindRole).toInt());

    QFont badgeFont = opt.font;
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(opt.font.pointSizeF() * 0.85);
    const int side = QFontMetrics(opt.font).height();
    const QRect badge(rect.left(), rect.center().y() - side / 2, side, side);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColour(kind));
    painter->drawRoundedRect(badge, 3, 3);
    painter->setPen(Qt::white);
    painter->setFont(badgeFont);
    painter->drawText(badge, Qt::AlignCenter, index.data(ChangeListModel::BadgeRole).toString());

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    QFont nameFont = opt.font;
    nameFont.setBold(true);
    QRect text = rect.adjusted(side + Margin, 0, 0, 0);
    const QString name = QFontMetrics(nameFont).elidedText(index.data().toString(), Qt::ElideMiddle, text.width());
    painter->setFont(nameFont);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft, name);

    text.setLeft(text.left() + QFontMetrics(nameFont).horizontalAdvance(name) + Margin);
    const QString folder = index.data(ChangeListModel::FolderRole).toString();
    if (!folder.isEmpty() && text.width() > 0) {
        QColor grey = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        if (selected)
            grey.setAlphaF(0.75f);
        painter->setFont(opt.font);
        painter->setPen(grey);
        painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(opt.font).elidedText(folder, Qt::ElideLeft, text.width()));
    }
    painter->restore();
}

QSize ChangeItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), QFontMetrics(option.font).height() + 2 * Margin));
    return size;
}

} // namespace EventDesk
