#include "frontmatterview.h"

#include "document/yamlvalue.h"

#include <QEvent>
#include <QHeaderView>

namespace EventDesk {

namespace {

QString displayText(const YamlValue& value)
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        return {};
    case YamlValue::Type::DateTime: {
        // As the site's files write it: 2023-01-31 16:30:00 +01:00
        const QString iso = value.toDateTime().toIsoString();
        const int zone = iso.size() - 6;
        return iso.left(zone).replace(10, 1, QLatin1Char(' ')) + QLatin1Char(' ') + iso.mid(zone);
    }
    case YamlValue::Type::String:
        return value.toString();
    case YamlValue::Type::Bool:
        return value.toBool() ? FrontMatterView::tr("yes") : FrontMatterView::tr("no");
    case YamlValue::Type::List:
    case YamlValue::Type::Map:
        return {}; // the child rows show the content
    default:
        return value.rubyString();
    }
}

QString typeText(const YamlValue& value)
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        return FrontMatterView::tr("empty");
    case YamlValue::Type::Bool:
        return FrontMatterView::tr("yes/no");
    case YamlValue::Type::Integer:
        return FrontMatterView::tr("integer");
    case YamlValue::Type::Float:
        return FrontMatterView::tr("number");
    case YamlValue::Type::String:
        return FrontMatterView::tr("text");
    case YamlValue::Type::Date:
        return FrontMatterView::tr("date");
    case YamlValue::Type::DateTime:
        return FrontMatterView::tr("date and time");
    case YamlValue::Type::List:
        return FrontMatterView::tr("list of %n", nullptr, int(value.items().size()));
    case YamlValue::Type::Map:
        return FrontMatterView::tr("group");
    }
    return {};
}

} // namespace

FrontMatterView::FrontMatterView(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    retranslate();
}

void FrontMatterView::setFrontMatter(const YamlValue& frontMatter)
{
    clear();
    for (const YamlMapEntry& entry : frontMatter.entries())
        addValue(nullptr, entry.key.rubyString(), entry.value);
    expandAll();
}

void FrontMatterView::addValue(QTreeWidgetItem* parent, const QString& name, const YamlValue& value)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, name);
    QString text = displayText(value);
    item->setToolTip(1, text);
    item->setText(1, text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ ")));
    item->setText(2, typeText(value));
    item->setForeground(2, palette().brush(QPalette::Disabled, QPalette::Text));
    if (value.type() == YamlValue::Type::List) {
        for (int i = 0; i < value.items().size(); ++i)
            addValue(item, QStringLiteral("%1").arg(i + 1), value.items().at(i));
    } else if (value.type() == YamlValue::Type::Map) {
        for (const YamlMapEntry& entry : value.entries())
            addValue(item, entry.key.rubyString(), entry.value);
    }
}

void FrontMatterView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void FrontMatterView::retranslate()
{
    setHeaderLabels({tr("Field"), tr("Value"), tr("Type")});
    setAccessibleName(tr("Front matter fields"));
}

} // namespace EventDesk
