#include "gitpatch.h"

#include "unifieddiff.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QTimeZone>

namespace EventDesk {

namespace {

const QByteArray NullId(40, '0');

// git's base 85 (not Ascii85's alphabet).
QByteArray base85(const QByteArray& data)
{
    static const char alphabet[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";
    QByteArray out;
    for (int i = 0; i < data.size(); i += 4) {
        quint32 word = 0;
        for (int j = 0; j < 4; ++j)
            word = (word << 8) | (i + j < data.size() ? quint8(data.at(i + j)) : 0);
        char chunk[5];
        for (int j = 4; j >= 0; --j) {
            chunk[j] = alphabet[word % 85];
            word /= 85;
        }
        out.append(chunk, 5);
    }
    return out;
}

// A "literal" block: the bytes deflated (zlib), 52 bytes a line, each line led by its length.
QByteArray literal(const QByteArray& bytes)
{
    // zlib at git's level (core.compression 1); qCompress puts the size first, and gives
    // nothing for nothing, where git writes the stream of an empty input.
    const QByteArray deflated = bytes.isEmpty() ? QByteArray::fromHex("7801030000000001") : qCompress(bytes, 1).mid(4);
    QByteArray out = "literal " + QByteArray::number(bytes.size()) + '\n';
    for (int i = 0; i < deflated.size(); i += 52) {
        const QByteArray line = deflated.mid(i, 52);
        out.append(line.size() <= 26 ? char('A' + line.size() - 1) : char('a' + line.size() - 27));
        out.append(base85(line));
        out.append('\n');
    }
    return out + '\n';
}

QByteArray mode(const FileChange& change)
{
    return change.executable ? "100755" : "100644";
}

// RFC 2047 "Q" encoding of a header text that is not ASCII, as git format-patch writes it.
QByteArray headerText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    bool ascii = true;
    for (const char c : utf8)
        ascii = ascii && quint8(c) < 128;
    if (ascii)
        return utf8;
    QByteArray encoded = "=?UTF-8?q?";
    for (const char c : utf8) {
        const quint8 byte = quint8(c);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9'))
            encoded.append(c);
        else if (byte == ' ')
            encoded.append('_');
        else
            encoded.append('=' + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0'));
    }
    return encoded + "?=";
}

} // namespace

QByteArray GitPatch::blobId(const QByteArray& bytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData("blob " + QByteArray::number(bytes.size()) + '\0');
    hash.addData(bytes);
    return hash.result().toHex();
}

QByteArray GitPatch::diff(const QVector<FileChange>& changes)
{
    QByteArray out;
    for (const FileChange& change : changes) {
        const QByteArray path = change.path.toUtf8();
        out += "diff --git a/" + path + " b/" + path + '\n';
        const QByteArray before = change.kind == FileChange::Kind::Added ? NullId : blobId(change.before);
        const QByteArray after = change.kind == FileChange::Kind::Removed ? NullId : blobId(change.after);
        switch (change.kind) {
        case FileChange::Kind::Added:
            out += "new file mode " + mode(change) + '\n';
            out += "index " + before + ".." + after + '\n';
            break;
        case FileChange::Kind::Removed:
            out += "deleted file mode " + mode(change) + '\n';
            out += "index " + before + ".." + after + '\n';
            break;
        case FileChange::Kind::Modified:
            out += "index " + before + ".." + after + ' ' + mode(change) + '\n';
            break;
        }
        if (change.isBinary()) {
            out += "GIT binary patch\n" + literal(change.after) + literal(change.before);
            continue;
        }
        const QString from =
            change.kind == FileChange::Kind::Added ? QStringLiteral("/dev/null") : QStringLiteral("a/") + change.path;
        const QString to =
            change.kind == FileChange::Kind::Removed ? QStringLiteral("/dev/null") : QStringLiteral("b/") + change.path;
        out += UnifiedDiff::diff(change.before, change.after, from, to);
    }
    return out;
}

QByteArray GitPatch::formatPatch(const QVector<FileChange>& changes,
                                 const QString& subject,
                                 const QString& body,
                                 const PatchAuthor& author,
                                 const QDateTime& date)
{
    // The date as RFC 2822 in the time's own offset.
    const QLocale c = QLocale::c();
    const int offset = date.offsetFromUtc();
    const QByteArray zone = (offset < 0 ? "-" : "+") + QByteArray::number(qAbs(offset) / 3600).rightJustified(2, '0')
        + QByteArray::number(qAbs(offset) % 3600 / 60).rightJustified(2, '0');
    const QByteArray when = c.toString(date, QStringLiteral("ddd, d MMM yyyy HH:mm:ss")).toLatin1() + ' ' + zone;

    QByteArray out = "From " + NullId + " Mon Sep 17 00:00:00 2001\n";
    out += "From: " + headerText(author.name) + " <" + author.email.toUtf8() + ">\n";
    out += "Date: " + when + '\n';
    out += "Subject: [PATCH] " + headerText(subject) + '\n';
    out += "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n";
    if (!body.trimmed().isEmpty())
        out += body.trimmed().toUtf8() + "\n";
    out += "---\n\n";
    out += diff(changes);
    out += "-- \nEventDesk " EVENTDESK_VERSION "\n\n";
    return out;
}

} // namespace EventDesk
