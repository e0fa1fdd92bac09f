#pragma once

#include "diagnostic.h"
#include "yamlvalue.h"
#include "yamlwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace EventDesk {

// The text of one top-level front matter key: its line and everything up to the next
// top-level key (nested values, comments and blank lines included).
struct FrontMatterSegment
{
    QString key;
    int line = 0; // 1-based line in the file
    QByteArray text;
    // The bytes of text that hold the key and its value; the comments and blank lines after
    // them stay where they are when the value is written anew.
    int valueLength = 0;
    bool isMerge = false; // `<<: *defaults`
};

// One Markdown file with its front matter, read the way Jekyll reads it and kept byte for byte:
// the byte order mark, the opening lines, one segment per top-level key, the closing delimiter
// and the body. Reassembling those parts gives the original bytes back; the next edits replace
// single segments. A file that could not be read as text is refused and can never be saved.
class EventDocument
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::EventDocument)

public:
    static constexpr qint64 MaxFileSize = 10 * 1024 * 1024;

    enum class Status {
        Ok, // read; frontMatter() holds its data (empty when it has none)
        FrontMatterError, // text available, front matter does not parse: error() says where
        Refused, // not read at all (unreadable, too big, binary, not UTF-8)
    };
    enum class LineEnding { None, Lf, CrLf, Mixed };

    EventDocument() = default;

    static EventDocument load(const QString& path);
    // Reads a whole regular file of at most MaxFileSize bytes; false with a message otherwise.
    static bool readFile(const QString& path, QByteArray* bytes, Diagnostic* error);
    static EventDocument fromBytes(const QByteArray& bytes, const QString& path = QString());

    QString path() const { return m_path; }
    Status status() const { return m_status; }
    bool isRefused() const { return m_status == Status::Refused; }
    // The error that stopped reading the file or its front matter.
    Diagnostic error() const { return m_error; }
    QVector<Diagnostic> warnings() const { return m_warnings; }

    bool hasFrontMatter() const { return m_hasFrontMatter; }
    // The front matter's data: a map (empty when there is none or it does not parse).
    YamlValue frontMatter() const { return m_frontMatter; }
    // The segments of the top-level keys, in file order. Empty when the front matter is not a
    // block mapping (then frontMatterText() is the only way to it).
    QVector<FrontMatterSegment> segments() const { return m_segments; }
    // The YAML text between the delimiters, as in the file.
    QByteArray frontMatterText() const;
    QString body() const { return QString::fromUtf8(m_body); }
    // The file line the body starts on.
    int bodyLine() const { return m_bodyLine; }

    bool hasByteOrderMark() const { return m_bom; }
    LineEnding lineEnding() const { return m_lineEnding; }
    bool endsWithNewline() const { return m_endsWithNewline; }

    // How the file's YAML was written where writers differ (detected from its own text: the
    // setting that reproduces most of its keys), and its line breaks.
    YamlStyle style() const;

    // Surgical edits of the top-level keys. Only the edited key's lines change: they are written
    // anew in the house style (YamlWriter) and every other byte of the file stays as it was. A
    // new key goes after the last key of the file that comes before it in `order` (the schema's
    // field order), before the first that comes after it, or else at the end. The result is read
    // back and must hold exactly the data asked for; otherwise nothing changes and false is
    // returned with the reason. Files that were refused or whose front matter does not parse
    // cannot be edited.
    bool setValue(const QString& key, const YamlValue& value, const QStringList& order, QString* error);
    bool setValue(const QString& key, const YamlValue& value, QString* error)
    {
        return setValue(key, value, QStringList(), error);
    }
    // Removes every occurrence of the key with its lines; comments after it stay. Removing a key
    // the file does not have changes nothing.
    bool removeKey(const QString& key, QString* error);
    // Replaces the body (everything after the closing delimiter, or the whole text when there is
    // no front matter); the front matter's bytes stay as they are, and a CRLF file keeps CRLF
    // line breaks. Refused documents and those
    // whose front matter does not parse cannot be edited.
    bool setBody(const QString& body, QString* error);

    // The file's bytes, reassembled from its parts.
    QByteArray toBytes() const;
    // The file with its front matter written whole from its data by the house-style writer and
    // style(): the original text of the values, comments and blank lines are not used. The
    // delimiter lines and the body stay as they are.
    QByteArray reemittedBytes() const;
    // Writes toBytes() atomically. Refused documents are never written.
    bool save(const QString& path, QString* error) const;

private:
    void read(const QByteArray& bytes);
    void parseFrontMatter(const QByteArray& yaml);
    bool canEdit(QString* error) const;
    QByteArray lineBreak() const;
    QByteArray openingLine() const;
    QByteArray assemble(const QByteArray& yaml) const;
    bool adopt(const QByteArray& bytes, const YamlValue& expected, QString* error);
    YamlStyle detectStyle() const;

    QString m_path;
    Status m_status = Status::Refused; // a document that read nothing can save nothing
    Diagnostic m_error{Diagnostic::Severity::Error, 0, 0, QStringLiteral("no file was read")};
    QVector<Diagnostic> m_warnings;
    bool m_bom = false;
    bool m_hasFrontMatter = false;
    LineEnding m_lineEnding = LineEnding::None;
    bool m_endsWithNewline = false;
    YamlValue m_frontMatter;
    QByteArray m_opening; // from the opening `---` to the first key (comments, blank lines)
    QVector<FrontMatterSegment> m_segments;
    QByteArray m_unsegmented; // the YAML when it is not split into segments
    bool m_emptyFrontMatter = false; // no node at all between the delimiters, maybe comments
    mutable std::optional<YamlStyle> m_style; // detected when first asked
    QByteArray m_closing;
    QByteArray m_body;
    int m_bodyLine = 1;
};

} // namespace EventDesk
