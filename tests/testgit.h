#pragma once

#include "testfiles.h"

#include <QDir>
#include <QProcess>
#include <QStringList>

// A small site and the real git program, for the tests of changes, export and commit.
namespace EventDesk::TestGit {

// An image's first bytes: binary for git (a NUL among them).
inline const QByteArray Png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61");

// git, run with an identity of the test's own (never the machine's).
inline QString git(const QString& folder, const QStringList& arguments, int* status = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("git"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Test Commit"), QStringLiteral("-c"),
                              QStringLiteral("user.email=test@example.invalid"), QStringLiteral("-c"),
                              QStringLiteral("commit.gpgsign=false")}
                      + arguments);
    process.waitForFinished(60000);
    if (status)
        *status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

inline void writeSite(const QString& root)
{
    TestFiles::write(QDir(root).filePath(QStringLiteral("_config.yml")),
                     "title: Essai\ncollections:\n  evenements:\n    output: true\n    permalink: /agenda/:title/\n"
                     "  actualites:\n    title: Actualités\n    output: true\n");
    TestFiles::write(
        QDir(root).filePath(QStringLiteral("_evenements/atelier.markdown")),
        "---\ntitle: Atelier\nevent_start_date: 2027-02-11 14:00:00 +01:00\nlieu: Salle 1\n---\n\nTexte.\n");
    TestFiles::write(QDir(root).filePath(QStringLiteral("_evenements/forum.markdown")),
                     "---\ntitle: Forum\nevent_start_date: 2027-03-11 09:00:00 +01:00\n---\n\nForum.\n");
    TestFiles::write(QDir(root).filePath(QStringLiteral("_actualites/bilan.md")), "---\ntitle: Bilan\n---\n\nBilan.\n");
    TestFiles::write(QDir(root).filePath(QStringLiteral("uploads/ancienne.png")), Png + "old");
}

// The edits of a session: a place changed, an event added with its image, a news item removed.
inline void editSite(const QString& root)
{
    TestFiles::write(
        QDir(root).filePath(QStringLiteral("_evenements/atelier.markdown")),
        "---\ntitle: Atelier\nevent_start_date: 2027-02-11 14:00:00 +01:00\nlieu: Salle 2\n---\n\nTexte.\n");
    TestFiles::write(QDir(root).filePath(QStringLiteral("_evenements/cafe-donnees.markdown")),
                     "---\ntitle: Café des données\nevent_start_date: 2027-04-08 09:30:00 +02:00\n---\n\nCafé.\n\n"
                     "![Affiche du café](/uploads/cafe.png)\n");
    TestFiles::write(QDir(root).filePath(QStringLiteral("uploads/cafe.png")), Png + "new image");
    QFile::remove(QDir(root).filePath(QStringLiteral("_actualites/bilan.md")));
}

// The site in a new repository (branch main), committed, then edited as a session would; false
// when git failed.
inline bool committedThenEdited(const QString& root)
{
    writeSite(root);
    int status = 0;
    git(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}, &status);
    if (status != 0)
        return false;
    git(root, {QStringLiteral("add"), QStringLiteral("-A")});
    git(root, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Début")}, &status);
    if (status != 0)
        return false;
    editSite(root);
    return true;
}

} // namespace EventDesk::TestGit
