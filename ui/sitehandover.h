#pragma once

#include "vcs/gitpatch.h"

#include <QObject>

class QWidget;

namespace EventDesk {

class AppSettings;
class OpenSite;

// Handing the work over: the changes dialog on the open site (against git HEAD, or since the
// site was opened: diffs, revert, export, commit, push) and who signs commits and patches.
class SiteHandover : public QObject
{
    Q_OBJECT

public:
    // The window (parent of the dialogs) owns it; `settings` hold the author.
    SiteHandover(OpenSite* site, AppSettings* settings, QWidget* window);

    // Shows the changes dialog (modal); save the documents first.
    void reviewChanges();
    // The settings' author, or else git's user.name and user.email in the site's checkout.
    PatchAuthor author() const;
    // Asks for the author's name and email, kept in the settings.
    void chooseAuthor();

Q_SIGNALS:
    // Files were put back as they were (their open documents read again).
    void filesReverted();

private:
    OpenSite* m_site;
    AppSettings* m_settings;
    QWidget* m_window;
};

} // namespace EventDesk
