#pragma once

#include "check/documentchecker.h"

#include <QWidget>

class QProgressBar;
class QToolButton;

namespace EventDesk {

class LinkCheckRun;

// The status bar's part of a link check: while the web links of a document are checked, a
// progress bar ("Links: 3/8") and a button that stops the check; hidden otherwise.
class LinkCheckBar : public QWidget
{
    Q_OBJECT

public:
    explicit LinkCheckBar(QWidget* parent = nullptr);

    LinkCheckRun* run() const { return m_run; }
    // Shows the bar, waiting for the links to check.
    void prepare();
    // Checks the external links among `links` (a check going on is replaced).
    void start(const QString& relativePath, const QVector<LinkVerdict>& links);
    void cancel();

Q_SIGNALS:
    void finished(const QString& relativePath, const QVector<EventDesk::Problem>& problems, bool cancelled);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    LinkCheckRun* m_run;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
};

} // namespace EventDesk
