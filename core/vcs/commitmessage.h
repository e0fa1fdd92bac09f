#pragma once

#include "sitechanges.h"

#include <QString>

namespace EventDesk {

class EditorSettings;
class SiteConfig;

// The commit message of a set of changes, in French as the site's history is written:
//   Agenda : ajout de l'événement « Atelier accessibilité »
//   Agenda : mise à jour de « Atelier accessibilité »
//   Actualités : suppression de « Bilan 2025 »
//   Agenda : ajout de « A », mise à jour de « B »          (up to three documents)
//   Agenda : 3 ajouts, 2 mises à jour                        (more)
// A collection of events (its schema has a start date) is "Agenda", another its title;
// files that are no document (uploads) are counted in the body only. The body lists every file.
class CommitMessage
{
public:
    // `root` is what the changes' paths are relative to (the site, or the checkout holding it).
    static QString subject(const QVector<FileChange>& changes,
                           const SiteConfig& config,
                           const EditorSettings& settings,
                           const QString& root);
    static QString body(const QVector<FileChange>& changes);
};

} // namespace EventDesk
