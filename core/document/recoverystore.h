#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace EventDesk {

// Unsaved edits kept on disk until they are saved or discarded, so that a crash, a kill or a
// power cut loses nothing: one file per document in a folder of the user's data
// (QStandardPaths::AppDataLocation/recovery), written atomically, with the document's path, the
// time and the whole text as it stood in the editor.
class RecoveryStore
{
public:
    struct Entry
    {
        QString path; // the document's, absolute
        QDateTime time; // when the edits were kept
        QByteArray bytes; // the whole file as the editor had it
    };

    // The folder of the user's data (created when first written).
    static QString defaultFolder();
    explicit RecoveryStore(const QString& folder = defaultFolder());

    QString folder() const { return m_folder; }
    // Keeps a document's edits, replacing those kept before; false with the reason.
    bool store(const QString& path, const QByteArray& bytes, QString* error) const;
    // Forgets a document's edits (saved, or discarded).
    void remove(const QString& path) const;
    bool contains(const QString& path) const;
    // Every document with edits kept, oldest first; those under `root` only when it is given.
    QVector<Entry> entries(const QString& root = QString()) const;

private:
    QString fileFor(const QString& path) const;

    QString m_folder;
};

} // namespace EventDesk
