#pragma once

#include "problemmetatype.h"

#include <QVector>
#include <QWidget>

class QLineEdit;
class QToolButton;
class QTreeView;

namespace EventDesk {

class ProblemFilterModel;
class ProblemModel;
class ProblemsView;

// The bottom pane of the main window: the problems of the open document, with a switch and a
// live count per severity and a filter line; activating a row asks the editor to go there.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget* parent = nullptr);

    ProblemModel* model() const;
    QTreeView* view() const;

    // Replaces one source's problems ("checks", "links"), keeping the other sources' rows.
    void setProblems(const QString& source, const QVector<Problem>& problems);
    void clear();
    void focusFilter();

Q_SIGNALS:
    void problemActivated(const EventDesk::Problem& problem); // double-click, Enter/Return
    void countsChanged(int errors, int warnings, int infos);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QToolButton* addSeverityButton(Problem::Severity severity, const QString& objectName);
    void retranslate();
    void updateCountTexts();
    void updatePlaceholder();

    ProblemModel* m_model = nullptr;
    ProblemFilterModel* m_filterModel = nullptr;
    QToolButton* m_buttons[3] = {nullptr, nullptr, nullptr};
    QLineEdit* m_filter = nullptr;
    ProblemsView* m_view = nullptr;
};

} // namespace EventDesk
