#pragma once

#include <QTreeView>

class QLabel;

namespace EventDesk {

// The list of the problems panel: a flat, sortable tree view that shows a short centred text
// ("No problems in this document.") in place of rows when there are none.
class ProblemsView : public QTreeView
{
    Q_OBJECT

public:
    explicit ProblemsView(QWidget* parent = nullptr);

    // Shown centred in the viewport while not empty; an empty text hides it.
    QString placeholderText() const;
    void setPlaceholderText(const QString& text);
    bool isPlaceholderVisible() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QLabel* m_placeholder = nullptr;
};

} // namespace EventDesk
