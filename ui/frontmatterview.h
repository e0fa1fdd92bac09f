#pragma once

#include <QTreeWidget>

namespace EventDesk {

class YamlValue;

// Shows a front matter read-only: one row per key, nested lists and maps as child rows, each
// value as text with its type.
class FrontMatterView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FrontMatterView(QWidget* parent = nullptr);

    void setFrontMatter(const YamlValue& frontMatter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void addValue(QTreeWidgetItem* parent, const QString& name, const YamlValue& value);
};

} // namespace EventDesk
