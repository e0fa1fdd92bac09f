#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QSaveFile;

namespace EventDesk {

// Writes a whole file or nothing: the bytes go to a temporary file beside the target, which
// replaces it only once everything is written and flushed (QSaveFile). Any failure leaves the
// old file as it was.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::AtomicFile)

public:
    // Called after the bytes are written and before the commit; returning false abandons the
    // save. Lets tests simulate a failure at the last moment (a full disk, a crash).
    using BeforeCommit = std::function<bool(QSaveFile&)>;

    static bool write(const QString& path,
                      const QByteArray& bytes,
                      QString* error,
                      const BeforeCommit& beforeCommit = BeforeCommit());
};

} // namespace EventDesk
