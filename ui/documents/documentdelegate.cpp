#include "documentdelegate.h"

#include "documentlistmodel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace EventDesk {

namespace {

constexpr int Margin = 8; // left and right
constexpr int Padding = 5; // above and below the two lines
constexpr int IconSize = 16;
constexpr int IconGap = 6;

QFont detailFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.88 : 8.0);
    return font;
}

QFont groupFont(const QFont& base)
{
    QFont font = detailFont(base);
    font.setBold(true);
    return font;
}

// Placeholder text is the palette's quiet grey; on a selected row, the selection's own text.
QColor quietColor(const QStyleOptionViewItem& option, bool selected)
{
    if (selected)
        return option.palette.color(QPalette::Active, QPalette::HighlightedText);
    return option.palette.color(QPalette::PlaceholderText);
}

} // namespace

DocumentDelegate::DocumentDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QString DocumentDelegate::detailText(const QModelIndex& index)
{
    const auto state = DocumentListModel::State(index.data(DocumentListModel::StateRole).toInt());
    QStringList parts;
    const QString date = index.data(DocumentListModel::DateTextRole).toString();
    if (state & DocumentListModel::Error)
        parts.append(tr("Cannot be read"));
    else if (!date.isEmpty())
        parts.append(date);
    else
        parts.append(tr("No date"));
    if (state & DocumentListModel::Unpublished)
        parts.append(tr("Not published"));
    if (state & DocumentListModel::Draft)
        parts.append(tr("Draft"));
    return parts.join(QStringLiteral(" · "));
}

QSize DocumentDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    // One height for all rows (the view has uniform row heights): two lines and some air.
    const QFontMetrics title(option.font);
    const QFontMetrics detail(detailFont(option.font));
    return {Margin * 2 + IconSize + IconGap + title.averageCharWidth() * 12,
            Padding * 2 + title.height() + detail.height() + 1};
}

void DocumentDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.data(DocumentListModel::IsGroupRole).toBool())
        paintGroup(painter, option, index);
    else
        paintDocument(painter, option, index);
}

void DocumentDelegate::paintGroup(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // A heading at the bottom of its row, its count after it, a hairline under both.
    painter->save();
    const QFont font = groupFont(option.font);
    const QFontMetrics metrics(font);
    const QRect line = option.rect.adjusted(Margin, 0, -Margin, -Padding);
    const QString name = QLocale().toUpper(index.data().toString());
    const QString count = QString::number(index.model()->rowCount(index));
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::WindowText));
    const QRect textRect(line.left(), line.bottom() - metrics.height(), line.width(), metrics.height());
    const QString shown =
        metrics.elidedText(name, Qt::ElideRight, textRect.width() - metrics.horizontalAdvance(count) - 8);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(textRect.adjusted(metrics.horizontalAdvance(shown) + 8, 0, 0, 0),
                      Qt::AlignLeft | Qt::AlignVCenter, count);
    QColor rule = option.palette.color(QPalette::PlaceholderText);
    rule.setAlphaF(0.35);
    painter->setPen(rule);
    painter->drawLine(option.rect.left() + Margin, option.rect.bottom(), option.rect.right() - Margin,
                      option.rect.bottom());
    painter->restore();
}

void DocumentDelegate::paintDocument(QPainter* painter,
                                     const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    QString title = opt.text;
    // The row's background: selection, hover and focus as the platform draws them.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const auto state = DocumentListModel::State(index.data(DocumentListModel::StateRole).toInt());
    const QRect content = opt.rect.adjusted(Margin, Padding, -Margin, -Padding);

    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(content.left(), content.top() + (content.height() - IconSize) / 2, IconSize, IconSize);
    if (!icon.isNull())
        icon.paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);

    const int textLeft = iconRect.right() + 1 + IconGap;
    QFont titleFont = opt.font; // bold when modified (the model's FontRole)
    const QFontMetrics titleMetrics(titleFont);
    const QFont smallFont = detailFont(option.font);
    const QFontMetrics smallMetrics(smallFont);
    const QRect titleRect(textLeft, content.top(), content.right() - textLeft + 1, titleMetrics.height());
    const QRect detailRect(textLeft, titleRect.bottom() + 2, titleRect.width(), smallMetrics.height());

    QColor titleColor = opt.palette.color(QPalette::Text);
    if (selected)
        titleColor = opt.palette.color(QPalette::Active, QPalette::HighlightedText);
    else if (state & DocumentListModel::Past)
        titleColor = index.data(Qt::ForegroundRole).value<QBrush>().color();
    if (state & DocumentListModel::Modified)
        title = QStringLiteral("• ") + title;
    painter->setFont(titleFont);
    painter->setPen(titleColor);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    painter->setFont(smallFont);
    painter->setPen(quietColor(opt, selected));
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(detailText(index), Qt::ElideRight, detailRect.width()));
    painter->restore();
}

} // namespace EventDesk
