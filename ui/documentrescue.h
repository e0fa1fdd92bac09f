#pragma once

#include <QList>
#include <QObject>

class QWidget;

namespace EventDesk {

class DocumentSession;
class OpenSite;

// What keeps work from being lost, in dialogs: edits an earlier run kept (after a crash) offered
// back one document at a time, and a document edited here and changed on disk by another program
// (keep my edits, take the other version, compare).
class DocumentRescue : public QObject
{
    Q_OBJECT

public:
    // The window (parent of the questions) owns it.
    DocumentRescue(OpenSite* site, QWidget* window);

    // Asks about each document of the open site with kept edits; the sessions restored.
    QList<DocumentSession*> offerRecovery();
    // Asks what to do about a document changed on disk while edited here; true when the edits
    // stay (and the next save writes them over the other version).
    bool resolveOutsideChange(DocumentSession* session);

Q_SIGNALS:
    // The other version was taken: the session holds the file as it is on disk.
    void reloaded(EventDesk::DocumentSession* session);

private:
    void showComparison(DocumentSession* session);

    OpenSite* m_site;
    QWidget* m_window;
};

} // namespace EventDesk
