#include "eventdocument.h"

#include "atomicfile.h"
#include "frontmattersplit.h"
#include "textcheck.h"
#include "yamlparser.h"

#include <QFile>
#include <QFileInfo>

namespace EventDesk {

namespace {

EventDocument::LineEnding detectLineEnding(const QByteArray& bytes)
{
    int lf = 0, crlf = 0;
    for (int i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            if (i > 0 && bytes.at(i - 1) == '\r')
                ++crlf;
            else
                ++lf;
        }
    }
    if (lf == 0 && crlf == 0)
        return EventDocument::LineEnding::None;
    if (lf > 0 && crlf > 0)
        return EventDocument::LineEnding::Mixed;
    return crlf > 0 ? EventDocument::LineEnding::CrLf : EventDocument::LineEnding::Lf;
}

Diagnostic refusal(const QString& message)
{
    return Diagnostic{Diagnostic::Severity::Error, 0, 0, message};
}

} // namespace

bool EventDocument::readFile(const QString& path, QByteArray* bytes, Diagnostic* error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = refusal(QStringLiteral("is a folder, not a file"));
        return false;
    }
    if (info.exists() && !info.isFile()) {
        *error = refusal(QStringLiteral("is not a regular file (a device or a pipe); it was not read"));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = refusal(QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return false;
    }
    // Never more than the limit, even when the file grows while it is read.
    *bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = refusal(QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return false;
    }
    if (bytes->size() > MaxFileSize) {
        *error =
            refusal(QStringLiteral("is larger than %1 MB; such files are not opened").arg(MaxFileSize / (1024 * 1024)));
        bytes->clear();
        return false;
    }
    return true;
}

EventDocument EventDocument::load(const QString& path)
{
    QByteArray bytes;
    Diagnostic error;
    if (!readFile(path, &bytes, &error)) {
        EventDocument document;
        document.m_path = path;
        document.m_error = error;
        return document;
    }
    return fromBytes(bytes, path);
}

EventDocument EventDocument::fromBytes(const QByteArray& bytes, const QString& path)
{
    EventDocument document;
    document.m_path = path;
    if (bytes.size() > MaxFileSize) {
        document.m_error =
            refusal(QStringLiteral("is larger than %1 MB; such files are not opened").arg(MaxFileSize / (1024 * 1024)));
        return document;
    }
    document.m_status = Status::Ok;
    document.m_error = Diagnostic();
    document.read(bytes);
    return document;
}

void EventDocument::read(const QByteArray& bytes)
{
    if (!TextCheck::isEditableText(bytes, &m_error)) {
        m_status = Status::Refused;
        return;
    }
    m_bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray text = m_bom ? bytes.mid(3) : bytes;
    m_lineEnding = detectLineEnding(text);
    m_endsWithNewline = text.endsWith('\n');
    m_frontMatter = YamlValue::fromMap({});

    const FrontMatterSplit split = FrontMatterSplit::find(text);
    m_hasFrontMatter = split.hasFrontMatter;
    if (m_bom && split.hasFrontMatter) {
        m_warnings.append(Diagnostic{Diagnostic::Severity::Warning, 1, 1,
                                     QStringLiteral("the file starts with a byte order mark: Jekyll then sees no front "
                                                    "matter and publishes the file as it is; remove the mark")});
    }
    if (!split.hasFrontMatter) {
        m_body = text;
        return;
    }
    m_closing = text.mid(split.yamlEnd, split.bodyStart - split.yamlEnd);
    m_body = text.mid(split.bodyStart);
    m_bodyLine = int(text.left(split.bodyStart).count('\n')) + 1;
    parseFrontMatter(text.left(split.yamlEnd));
}

void EventDocument::parseFrontMatter(const QByteArray& yaml)
{
    m_unsegmented = yaml;
    YamlDocument parsed;
    Diagnostic error;
    if (!YamlParser::parse(yaml, &parsed, &error)) {
        m_status = Status::FrontMatterError;
        m_error = error;
        return;
    }
    m_warnings += parsed.warnings;
    if (parsed.root.isNull() || (parsed.root.type() == YamlValue::Type::Bool && !parsed.root.toBool()))
        return; // empty front matter (or `false`): Jekyll reads no data
    if (parsed.root.type() != YamlValue::Type::Map) {
        m_status = Status::FrontMatterError;
        const QString type = QLatin1String(yamlTypeName(parsed.root.type()));
        const QString article =
            QStringLiteral("aeiou").contains(type.at(0)) ? QStringLiteral("an") : QStringLiteral("a");
        m_error = Diagnostic{Diagnostic::Severity::Error, parsed.root.line(), parsed.root.column(),
                             QStringLiteral("the front matter is %1 %2, not a mapping of keys to values; Jekyll "
                                            "refuses it")
                                 .arg(article, type)};
        return;
    }
    m_frontMatter = parsed.root;
    if (!parsed.blockMapping || parsed.keys.isEmpty())
        return;
    m_unsegmented.clear();
    m_opening = yaml.left(parsed.keys.first().offset);
    for (int i = 0; i < parsed.keys.size(); ++i) {
        const YamlTopLevelKey& key = parsed.keys.at(i);
        const int end = i + 1 < parsed.keys.size() ? parsed.keys.at(i + 1).offset : int(yaml.size());
        m_segments.append(FrontMatterSegment{key.name, key.line, yaml.mid(key.offset, end - key.offset)});
    }
}

QByteArray EventDocument::frontMatterText() const
{
    if (!m_hasFrontMatter)
        return {};
    QByteArray yaml = m_opening;
    for (const FrontMatterSegment& segment : m_segments)
        yaml += segment.text;
    yaml += m_unsegmented;
    // Without the opening delimiter line.
    const int firstNewline = yaml.indexOf('\n');
    return firstNewline < 0 ? QByteArray() : yaml.mid(firstNewline + 1);
}

QByteArray EventDocument::toBytes() const
{
    QByteArray bytes;
    if (m_bom)
        bytes += "\xEF\xBB\xBF";
    bytes += m_opening;
    for (const FrontMatterSegment& segment : m_segments)
        bytes += segment.text;
    bytes += m_unsegmented;
    bytes += m_closing;
    bytes += m_body;
    return bytes;
}

bool EventDocument::save(const QString& path, QString* error) const
{
    if (m_status == Status::Refused) {
        *error = QStringLiteral("%1: the file was not fully read, so it is not written back").arg(path);
        return false;
    }
    return AtomicFile::write(path, toBytes(), error);
}

} // namespace EventDesk
