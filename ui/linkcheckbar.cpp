#include "linkcheckbar.h"

#include "linkcheckrun.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace EventDesk {

LinkCheckBar::LinkCheckBar(QWidget* parent)
    : QWidget(parent)
    , m_run(new LinkCheckRun(this))
    , m_progress(new QProgressBar)
    , m_cancel(new QToolButton)
{
    m_progress->setObjectName(QStringLiteral("linkProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("linkCancel"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    hide();

    connect(m_run, &LinkCheckRun::progress, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(tr("Links: %1/%2").arg(done).arg(total));
    });
    connect(m_run, &LinkCheckRun::finished, this,
            [this](const QString& relativePath, const QVector<Problem>& problems, bool cancelled) {
                hide();
                Q_EMIT finished(relativePath, problems, cancelled);
            });
    connect(m_cancel, &QToolButton::clicked, m_run, &LinkCheckRun::cancel);
    retranslate();
}

void LinkCheckBar::prepare()
{
    m_progress->setValue(0);
    m_progress->setFormat(tr("Links…"));
    show();
}

void LinkCheckBar::start(const QString& relativePath, const QVector<LinkVerdict>& links)
{
    prepare();
    m_run->start(relativePath, links);
}

void LinkCheckBar::cancel()
{
    if (m_run->isRunning())
        m_run->cancel(); // finished() hides the bar
    else
        hide(); // prepared, never started
}

void LinkCheckBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LinkCheckBar::retranslate()
{
    m_cancel->setToolTip(tr("Stop checking links"));
    m_cancel->setAccessibleName(tr("Stop checking links"));
    m_progress->setAccessibleName(tr("Progress of the link check"));
    m_progress->setAccessibleDescription(tr("How many of the document's web links have been checked."));
    m_cancel->setAccessibleDescription(tr("The links not checked yet are left unchecked."));
}

} // namespace EventDesk
