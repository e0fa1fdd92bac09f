#include "sitehandover.h"

#include "appsettings.h"
#include "changesdialog.h"
#include "messagebox.h"
#include "opensite.h"
#include "vcs/gitcommit.h"
#include "vcs/sitechanges.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace EventDesk {

SiteHandover::SiteHandover(OpenSite* site, AppSettings* settings, QWidget* window)
    : QObject(window)
    , m_site(site)
    , m_settings(settings)
    , m_window(window)
{
}

void SiteHandover::reviewChanges()
{
    ChangesContext context;
    context.author = author();
    context.config = m_site->config();
    context.settings = m_site->settings();
    const QString top = SiteChanges::gitTopLevel(m_site->config().root());
    context.isGit = !top.isEmpty();
    context.root = context.isGit ? top : m_site->config().root();
    auto changes = [this, context](QString* error) {
        QVector<FileChange> found;
        if (!context.isGit)
            return m_site->changesSinceOpened();
        if (!SiteChanges::againstGit(m_site->config().root(), &found, error))
            return found;
        // Only the site's files, when the checkout holds more.
        const QString prefix = QDir(context.root).relativeFilePath(m_site->config().root());
        if (prefix != QLatin1String(".")) {
            found.erase(std::remove_if(found.begin(), found.end(),
                                       [&prefix](const FileChange& change) {
                                           return !change.path.startsWith(prefix + QLatin1Char('/'));
                                       }),
                        found.end());
        }
        return found;
    };
    QString error;
    const QVector<FileChange> now = changes(&error);
    if (!error.isEmpty()) {
        MessageBox::warning(m_window, tr("Cannot List the Changes"), error);
        return;
    }
    ChangesDialog dialog(context, m_window);
    dialog.setObjectName(QStringLiteral("changesDialog"));
    dialog.setChanges(now);
    auto refresh = [&dialog, changes] {
        QString ignored;
        dialog.setChanges(changes(&ignored));
    };
    connect(&dialog, &ChangesDialog::revertRequested, this, [this, &context, refresh](const QString& path) {
        QString reason;
        const bool reverted = context.isGit ? m_site->revertFromGit(path, &reason) : m_site->revert(path, &reason);
        if (!reverted)
            MessageBox::warning(m_window, tr("Not Reverted"), reason);
        refresh();
        Q_EMIT filesReverted();
    });
    connect(&dialog, &ChangesDialog::committed, this, [refresh] { refresh(); });
    dialog.exec();
}

PatchAuthor SiteHandover::author() const
{
    PatchAuthor author{m_settings->authorName(), m_settings->authorEmail()};
    if ((author.name.isEmpty() || author.email.isEmpty()) && !m_site->config().root().isEmpty()) {
        const PatchAuthor git = GitCommit::configuredAuthor(m_site->config().root());
        if (author.name.isEmpty())
            author.name = git.name;
        if (author.email.isEmpty())
            author.email = git.email;
    }
    return author;
}

void SiteHandover::chooseAuthor()
{
    const PatchAuthor current = author();
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Author of Commits"));
    auto* name = new QLineEdit(current.name);
    name->setObjectName(QStringLiteral("authorName"));
    name->setAccessibleName(tr("Name"));
    name->setAccessibleDescription(tr("The name that signs your commits and patches; left empty, git's own."));
    auto* email = new QLineEdit(current.email);
    email->setObjectName(QStringLiteral("authorEmail"));
    email->setAccessibleName(tr("Email"));
    email->setAccessibleDescription(tr("The email address that goes with the name; left empty, git's own."));
    email->setMinimumWidth(320);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Email:"), email);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Keep this name and email for commits"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Close without changing the author"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* help =
        new QLabel(tr("They sign the commits and patches EventDesk makes. Left empty, git's own settings are used."));
    help->setWordWrap(true);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        m_settings->setAuthor(name->text(), email->text());
}

} // namespace EventDesk
