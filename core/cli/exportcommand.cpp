#include "exportcommand.h"

#include "document/atomicfile.h"
#include "siteoptions.h"
#include "vcs/commitmessage.h"
#include "vcs/gitcommit.h"
#include "vcs/gitpatch.h"
#include "vcs/sitechanges.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QTextStream>

namespace EventDesk {

namespace {

const char usageText[] =
    "Usage: eventdesk-cli export SITE --out DIR [--patch FILE] [--base DIR] [--author \"NAME <EMAIL>\"]\n";

} // namespace

int ExportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out << usageText
            << "\nThe files of the site that were added or changed, copied to DIR at their paths in the\n"
               "site (DIR must be empty or missing), and with --patch the changes as one commit that\n"
               "`git am` and `git apply` accept, with a French commit message. Changes are taken against\n"
               "git HEAD when the site is a git checkout, or against --base DIR, an untouched copy of\n"
               "the site. The author is --author, or else git's user.name and user.email.\n"
               "Prints one line a file: A (added), M (modified), D (removed), then the message.\n";
        return 0;
    }
    QString outDir, patchFile, baseDir, authorText;
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        QString* target = argument == QLatin1String("--out") ? &outDir
            : argument == QLatin1String("--patch")           ? &patchFile
            : argument == QLatin1String("--base")            ? &baseDir
            : argument == QLatin1String("--author")          ? &authorText
                                                             : nullptr;
        if (!target) {
            rest.append(argument);
            continue;
        }
        if (i + 1 >= arguments.size()) {
            err << "eventdesk-cli export: " << argument << " needs a value\n" << usageText;
            return 2;
        }
        *target = arguments.at(++i);
    }
    SiteOptions options;
    options.command = QStringLiteral("export");
    if (!options.parse(rest, {}, err)) {
        err << usageText;
        return 2;
    }
    if (outDir.isEmpty() && patchFile.isEmpty()) {
        err << "eventdesk-cli export: give --out DIR, --patch FILE or both\n" << usageText;
        return 2;
    }
    const QString site = options.config.root();
    QVector<FileChange> changes;
    QString error;
    QString root = site; // what the changes' paths are relative to
    if (!baseDir.isEmpty()) {
        if (!SiteChanges::againstBase(site, baseDir, &changes, &error)) {
            err << "eventdesk-cli export: " << error << '\n';
            return 2;
        }
    } else {
        root = SiteChanges::gitTopLevel(site);
        if (root.isEmpty()) {
            err << "eventdesk-cli export: " << site
                << " is not a git checkout (or git is not installed): give --base DIR, an untouched copy\n";
            return 2;
        }
        if (!SiteChanges::againstGit(site, &changes, &error)) {
            err << "eventdesk-cli export: " << error << '\n';
            return 2;
        }
        // Only the site's files, when the checkout holds more.
        const QString prefix = QDir(root).relativeFilePath(site);
        if (prefix != QLatin1String(".")) {
            QVector<FileChange> inSite;
            for (const FileChange& change : std::as_const(changes)) {
                if (change.path.startsWith(prefix + QLatin1Char('/')))
                    inSite.append(change);
            }
            changes = inSite;
        }
    }

    PatchAuthor author = GitCommit::configuredAuthor(site);
    if (!authorText.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^\\s*(.*?)\\s*<([^>]*)>\\s*$"));
        const QRegularExpressionMatch match = pattern.match(authorText);
        if (!match.hasMatch()) {
            err << "eventdesk-cli export: --author must read \"NAME <EMAIL>\"\n";
            return 2;
        }
        author = PatchAuthor{match.captured(1), match.captured(2)};
    }
    if (author.name.isEmpty())
        author.name = QStringLiteral("EventDesk");
    if (author.email.isEmpty())
        author.email = QStringLiteral("eventdesk@localhost");

    if (!outDir.isEmpty()) {
        const QDir folder(outDir);
        if (folder.exists() && !folder.isEmpty()) {
            err << "eventdesk-cli export: " << outDir << " is not empty; give a new or empty folder\n";
            return 2;
        }
        for (const FileChange& change : std::as_const(changes)) {
            if (change.kind == FileChange::Kind::Removed)
                continue;
            const QString sitePath = QDir(site).relativeFilePath(QDir(root).filePath(change.path));
            const QString file = folder.filePath(sitePath);
            if (!QDir().mkpath(QFileInfo(file).absolutePath()) || !AtomicFile::write(file, change.after, &error)) {
                err << "eventdesk-cli export: " << file << ": "
                    << (error.isEmpty() ? QStringLiteral("cannot write") : error) << '\n';
                return 2;
            }
        }
    }
    const QString subject = CommitMessage::subject(changes, options.config, options.settings, root);
    if (!patchFile.isEmpty()) {
        const QByteArray patch =
            GitPatch::formatPatch(changes, subject, CommitMessage::body(changes), author, QDateTime::currentDateTime());
        if (!AtomicFile::write(patchFile, patch, &error)) {
            err << "eventdesk-cli export: " << patchFile << ": " << error << '\n';
            return 2;
        }
    }
    for (const FileChange& change : std::as_const(changes)) {
        const char* mark = change.kind == FileChange::Kind::Added ? "A"
            : change.kind == FileChange::Kind::Removed            ? "D"
                                                                  : "M";
        out << mark << ' ' << change.path << '\n';
    }
    out << subject << '\n';
    return 0;
}

} // namespace EventDesk
