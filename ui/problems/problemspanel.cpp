#include "problemspanel.h"

#include "problemfiltermodel.h"
#include "problemmodel.h"
#include "problemsview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace EventDesk {

namespace {

constexpr Problem::Severity severities[] = {Problem::Severity::Error, Problem::Severity::Warning,
                                            Problem::Severity::Info};

QStyle::StandardPixmap severityPixmap(Problem::Severity severity)
{
    switch (severity) {
    case Problem::Severity::Error:
        return QStyle::SP_MessageBoxCritical;
    case Problem::Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case Problem::Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

ProblemsPanel::ProblemsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new ProblemModel(this))
    , m_filterModel(new ProblemFilterModel(this))
{
    m_filterModel->setSourceModel(m_model);

    auto* toolRow = new QHBoxLayout;
    toolRow->setContentsMargins(6, 4, 6, 4);
    toolRow->setSpacing(2);
    m_buttons[int(Problem::Severity::Error)] =
        addSeverityButton(Problem::Severity::Error, QStringLiteral("errorsButton"));
    m_buttons[int(Problem::Severity::Warning)] =
        addSeverityButton(Problem::Severity::Warning, QStringLiteral("warningsButton"));
    m_buttons[int(Problem::Severity::Info)] = addSeverityButton(Problem::Severity::Info, QStringLiteral("notesButton"));
    for (QToolButton* button : m_buttons)
        toolRow->addWidget(button);
    toolRow->addStretch(1);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("problemsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(160);
    m_filter->setMaximumWidth(280);
    m_filter->installEventFilter(this);
    toolRow->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_filterModel, &ProblemFilterModel::setFilterText);

    m_view = new ProblemsView(this);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setModel(m_filterModel);
    m_view->sortByColumn(ProblemModel::DescriptionColumn, Qt::AscendingOrder);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProblemModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProblemModel::LocationColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ProblemModel::FileColumn, QHeaderView::Interactive);
    header->resizeSection(ProblemModel::LocationColumn, 220);
    header->resizeSection(ProblemModel::FileColumn, 220);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT problemActivated(m_model->problem(m_filterModel->mapToSource(index)));
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolRow);
    layout->addWidget(m_view, 1);

    connect(m_model, &ProblemModel::countsChanged, this, [this]() {
        updateCountTexts();
        Q_EMIT countsChanged(m_model->count(Problem::Severity::Error), m_model->count(Problem::Severity::Warning),
                             m_model->count(Problem::Severity::Info));
    });
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &ProblemsPanel::updatePlaceholder);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &ProblemsPanel::updatePlaceholder);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updatePlaceholder);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &ProblemsPanel::updatePlaceholder);

    retranslate();
}

ProblemModel* ProblemsPanel::model() const
{
    return m_model;
}

QTreeView* ProblemsPanel::view() const
{
    return m_view;
}

void ProblemsPanel::setProblems(const QString& source, const QVector<Problem>& problems)
{
    m_model->setProblems(source, problems);
}

void ProblemsPanel::clear()
{
    m_model->clear();
}

void ProblemsPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ProblemsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

// In the filter line, Down goes to the list and Escape clears the filter.
bool ProblemsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_filterModel->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_filterModel->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QToolButton* ProblemsPanel::addSeverityButton(Problem::Severity severity, const QString& objectName)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setIcon(style()->standardIcon(severityPixmap(severity)));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setCheckable(true);
    button->setChecked(true);
    button->setFocusPolicy(Qt::StrongFocus);
    connect(button, &QToolButton::toggled, this,
            [this, severity](bool checked) { m_filterModel->setSeverityVisible(severity, checked); });
    return button;
}

void ProblemsPanel::retranslate()
{
    m_buttons[int(Problem::Severity::Error)]->setToolTip(tr("Show or hide the errors"));
    m_buttons[int(Problem::Severity::Warning)]->setToolTip(tr("Show or hide the warnings"));
    m_buttons[int(Problem::Severity::Info)]->setToolTip(tr("Show or hide the notes"));
    m_filter->setPlaceholderText(tr("Filter problems"));
    m_filter->setAccessibleName(tr("Filter problems"));
    m_filter->setToolTip(tr("Show only the problems whose description, location or code contains this text"));
    // The line edit's own clear button, read like the other controls.
    if (auto* clear = m_filter->findChild<QToolButton*>()) {
        clear->setAccessibleName(tr("Clear the filter"));
        clear->setAccessibleDescription(tr("Shows every problem again."));
    }
    m_view->setAccessibleName(tr("Problems"));
    m_view->setAccessibleDescription(tr("Errors, warnings and notes of the document, with where they are; Enter "
                                        "goes to the place of the selected one."));
    m_model->retranslate();
    updateCountTexts();
    updatePlaceholder();
}

void ProblemsPanel::updateCountTexts()
{
    const int errors = m_model->count(Problem::Severity::Error);
    const int warnings = m_model->count(Problem::Severity::Warning);
    const int infos = m_model->count(Problem::Severity::Info);
    // Two source texts rather than "%n error(s)": English has no translation file to pick the form.
    const QString texts[] = {
        errors == 1 ? tr("%n error", nullptr, errors) : tr("%n errors", nullptr, errors),
        warnings == 1 ? tr("%n warning", nullptr, warnings) : tr("%n warnings", nullptr, warnings),
        infos == 1 ? tr("%n note", nullptr, infos) : tr("%n notes", nullptr, infos),
    };
    for (const Problem::Severity severity : severities) {
        QToolButton* button = m_buttons[int(severity)];
        button->setText(texts[int(severity)]);
        button->setAccessibleName(texts[int(severity)]);
        button->setAccessibleDescription(button->toolTip());
    }
}

void ProblemsPanel::updatePlaceholder()
{
    if (m_model->rowCount() == 0)
        m_view->setPlaceholderText(tr("No problems in this document."));
    else if (m_filterModel->rowCount() == 0)
        m_view->setPlaceholderText(tr("No problems match the filter."));
    else
        m_view->setPlaceholderText(QString());
}

} // namespace EventDesk
