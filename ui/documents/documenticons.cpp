#include "documenticons.h"

#include "contrast.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>

#include <functional>

namespace EventDesk {

namespace {

// An icon drawn on a 16-unit canvas, at 16 and 32 pixels, in `quiet` when that reads on the
// list's background (else in the text colour: high-contrast palettes), and in the selection's
// text colour for selected rows. Drawn again when the application's palette changes.
QIcon drawn(const char* name, const QColor& quiet, const std::function<void(QPainter&, const QColor&)>& draw)
{
    static QHash<QByteArray, QPair<qint64, QIcon>> cache;
    const QPalette palette = QApplication::palette();
    QPair<qint64, QIcon>& cached = cache[QByteArray(name)];
    if (cached.first == palette.cacheKey() && !cached.second.isNull())
        return cached.second;
    const QColor ink = Contrast::readableOr(quiet, palette.color(QPalette::Base), palette.color(QPalette::Text));
    const QColor selected = palette.color(QPalette::Active, QPalette::HighlightedText);
    QIcon icon;
    for (const int size : {16, 32}) {
        for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Selected}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(size / 16.0, size / 16.0);
            draw(painter, mode == QIcon::Selected ? selected : ink);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    cached = {palette.cacheKey(), icon};
    return icon;
}

} // namespace

QIcon DocumentIcons::error()
{
    static const QIcon icon = QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                               QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
    return icon;
}

QIcon DocumentIcons::draft()
{
    // A pencil: not finished yet.
    return QIcon::fromTheme(QStringLiteral("document-edit"),
                            drawn("draft", QColor(0x8a, 0x6a, 0x1c), [](QPainter& painter, const QColor& ink) {
                                painter.translate(8, 8);
                                painter.rotate(45);
                                painter.setPen(QPen(ink, 1.1));
                                painter.setBrush(QColor(0xf1, 0xd2, 0x7a));
                                painter.drawRect(QRectF(-1.9, -6.5, 3.8, 9.5));
                                QPainterPath tip;
                                tip.moveTo(-1.9, 3.0);
                                tip.lineTo(1.9, 3.0);
                                tip.lineTo(0, 6.8);
                                tip.closeSubpath();
                                painter.setBrush(ink);
                                painter.drawPath(tip);
                            }));
}

QIcon DocumentIcons::unpublished()
{
    // A struck-out circle: the site does not publish it.
    return QIcon::fromTheme(QStringLiteral("view-hidden"),
                            drawn("unpublished", QColor(0x6e, 0x6e, 0x6e), [](QPainter& painter, const QColor& ink) {
                                painter.setPen(QPen(ink, 1.6));
                                painter.setBrush(Qt::NoBrush);
                                painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
                                painter.drawLine(QPointF(4.6, 11.4), QPointF(11.4, 4.6));
                            }));
}

} // namespace EventDesk
