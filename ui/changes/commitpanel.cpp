#include "commitpanel.h"

#include "errorlabel.h"

#include "vcs/gitcommit.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

namespace EventDesk {

namespace {

// git's long operations block the window for a moment; say so with the cursor.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace

CommitPanel::CommitPanel(QWidget* parent)
    : QWidget(parent)
    , m_messageLabel(new QLabel(this))
    , m_message(new QPlainTextEdit(this))
    , m_branchLabel(new QLabel(this))
    , m_currentBranch(new QRadioButton(this))
    , m_newBranch(new QRadioButton(this))
    , m_branchName(new QLineEdit(this))
    , m_commit(new QPushButton(this))
    , m_push(new QPushButton(this))
    , m_result(new ErrorLabel(this))
{
    m_message->setObjectName(QStringLiteral("commitMessage"));
    m_message->setTabChangesFocus(true);
    m_message->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Room for the subject and a few lines of the body; the diff above keeps the space.
    const int lines = m_message->fontMetrics().lineSpacing();
    m_message->setMinimumHeight(lines * 4);
    m_message->setMaximumHeight(lines * 7);
    m_messageLabel->setBuddy(m_message);
    setFocusProxy(m_message);
    m_currentBranch->setObjectName(QStringLiteral("currentBranch"));
    m_currentBranch->setChecked(true);
    m_newBranch->setObjectName(QStringLiteral("newBranch"));
    m_branchName->setObjectName(QStringLiteral("newBranchName"));
    m_branchName->setEnabled(false);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    m_push->setObjectName(QStringLiteral("pushButton"));
    m_push->setEnabled(false);
    m_result->setObjectName(QStringLiteral("commitResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageLabel, 0, 0, Qt::AlignTop);
    layout->addWidget(m_message, 0, 1, 1, 3);
    layout->addWidget(m_branchLabel, 1, 0);
    auto* branches = new QHBoxLayout;
    branches->addWidget(m_currentBranch);
    branches->addSpacing(12);
    branches->addWidget(m_newBranch);
    branches->addWidget(m_branchName, 1);
    layout->addLayout(branches, 1, 1, 1, 3);
    layout->addWidget(m_result, 2, 1);
    layout->addWidget(m_commit, 2, 2, Qt::AlignTop);
    layout->addWidget(m_push, 2, 3, Qt::AlignTop);
    layout->setColumnStretch(1, 1);

    connect(m_newBranch, &QRadioButton::toggled, m_branchName, &QLineEdit::setEnabled);
    connect(m_newBranch, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_branchName->setFocus();
    });
    connect(m_commit, &QPushButton::clicked, this, &CommitPanel::commit);
    connect(m_push, &QPushButton::clicked, this, &CommitPanel::push);
    retranslate();
}

void CommitPanel::setRepository(const QString& folder, const PatchAuthor& author)
{
    m_folder = folder;
    m_author = author;
    retranslate();
}

void CommitPanel::setCommit(const QStringList& paths, const QString& message)
{
    m_paths = paths;
    m_message->setPlainText(message);
    m_commit->setEnabled(!paths.isEmpty());
}

QString CommitPanel::message() const
{
    return m_message->toPlainText();
}

QString CommitPanel::resultText() const
{
    return m_result->text();
}

void CommitPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void CommitPanel::retranslate()
{
    m_messageLabel->setText(tr("&Message:"));
    m_message->setAccessibleName(tr("Commit message"));
    m_message->setAccessibleDescription(tr("Proposed from the changed documents: the first line sums up the "
                                           "commit, the lines after it tell more."));
    m_branchLabel->setText(tr("Branch:"));
    const QString branch = m_folder.isEmpty() ? QString() : GitCommit::currentBranch(m_folder);
    m_currentBranch->setText(branch.isEmpty() ? tr("C&urrent branch") : tr("C&urrent branch (%1)").arg(branch));
    m_currentBranch->setAccessibleName(m_currentBranch->text().remove(u'&'));
    m_currentBranch->setAccessibleDescription(tr("Commit on the branch the site is on now."));
    m_newBranch->setText(tr("Ne&w branch:"));
    m_newBranch->setAccessibleName(tr("New branch"));
    m_newBranch->setAccessibleDescription(tr("Commit on a new branch, named in the field that follows."));
    m_branchName->setPlaceholderText(tr("branch name"));
    m_branchName->setAccessibleName(tr("New branch name"));
    m_branchName->setAccessibleDescription(tr("The name of the branch to create, such as agenda-mars."));
    m_commit->setText(tr("&Commit"));
    m_commit->setAccessibleName(tr("Commit"));
    m_commit->setToolTip(tr("Record the documents and their images in the site's history"));
    m_push->setText(tr("&Push"));
    m_push->setAccessibleName(tr("Push"));
    m_push->setToolTip(tr("Send the commit to the shared repository"));
    m_result->setAccessibleName(tr("Commit result"));
}

void CommitPanel::commit()
{
    GitCommit::Request request;
    request.folder = m_folder;
    request.paths = m_paths;
    request.message = m_message->toPlainText().trimmed();
    request.author = m_author;
    if (m_newBranch->isChecked()) {
        request.newBranch = m_branchName->text().trimmed();
        if (request.newBranch.isEmpty()) {
            showResult(tr("Give the new branch a name."), true);
            m_branchName->setFocus();
            return;
        }
    }
    if (request.message.isEmpty()) {
        showResult(tr("The commit message is empty."), true);
        m_message->setFocus();
        return;
    }
    QString id;
    QString error;
    bool ok = false;
    {
        const BusyCursor busy;
        ok = GitCommit::commit(request, &id, &error);
    }
    if (!ok) {
        showResult(tr("Nothing was committed: %1").arg(error.trimmed()), true);
        return;
    }
    m_committedBranch = GitCommit::currentBranch(m_folder);
    showResult(tr("Committed as %1 on branch %2.").arg(id.left(7), m_committedBranch), false);
    m_commit->setEnabled(false);
    m_push->setEnabled(true);
    retranslate();
    m_push->setFocus();
    Q_EMIT committed(id);
}

void CommitPanel::push()
{
    QString output;
    QString error;
    bool ok = false;
    {
        const BusyCursor busy;
        ok = GitCommit::push(m_folder, m_committedBranch, &output, &error);
    }
    if (!ok) {
        showResult(tr("The push failed: %1").arg(error.trimmed()), true);
        return;
    }
    const QString said = output.trimmed();
    showResult(said.isEmpty() ? tr("Pushed.") : tr("Pushed.\n%1").arg(said), false);
    m_push->setEnabled(false);
}

void CommitPanel::showResult(const QString& text, bool error)
{
    m_result->setText(text);
    m_result->setError(error);
    m_result->setAccessibleDescription(text); // its name says what it is
}

} // namespace EventDesk
