#pragma once

#include <QCoreApplication>
#include <QString>

namespace EventDesk {

// The sample site bundled with EventDesk, so a first-time user has something to edit: copied
// once from the application's resources to a writable folder, then opened from there.
class SampleSite
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::SampleSite)

public:
    // Copies `source` (a folder, typically ":/sample-site") to `target` unless `target` already
    // holds a site. Copied files are made writable. Returns the target, or an empty string
    // with *error set.
    static QString install(const QString& source, const QString& target, QString* error);
};

} // namespace EventDesk
