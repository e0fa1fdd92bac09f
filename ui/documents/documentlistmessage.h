#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace EventDesk {

// What the document list's place shows when there is no list to show: the site being read (a
// busy bar), an empty collection, or a search that matches nothing (with a button to clear it).
class DocumentListMessage : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentListMessage(QWidget* parent = nullptr);

    void showMessage(const QString& text, bool busy = false, bool offerClearSearch = false);
    QString text() const;

Q_SIGNALS:
    void clearSearchRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QProgressBar* m_busy;
    QLabel* m_message;
    QPushButton* m_clearSearch;
};

} // namespace EventDesk
