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

EventDocument EventDocument::load(const QString& path)
{
    EventDocument document;
    document.m_path = path;
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        document.m_status = Status::Refused;
        document.m_error = refusal(QStringLiteral("is a folder, not a file"));
        return document;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        document.m_status = Status::Refused;
        document.m_error = refusal(QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return document;
    }
    if (file.size() > MaxFileSize) {
        document.m_status = Status::Refused;
        document.m_error = refusal(QStringLiteral("is %1 MB; files over %2 MB are not opened")
                                       .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                                       .arg(MaxFileSize / (1024 * 1024)));
        return document;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        document.m_status = Status::Refused;
        document.m_error = refusal(QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return document;
    }
    document.read(bytes);
    return document;
}

EventDocument EventDocument::fromBytes(const QByteArray& bytes, const QString& path)
{
    EventDocument document;
    document.m_path = path;
    if (bytes.size() > MaxFileSize) {
        document.m_status = Status::Refused;
        document.m_error = refusal(QStringLiteral("files over %1 MB are not opened").arg(MaxFileSize / (1024 * 1024)));
        return document;
    }
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
    m_warnings = parsed.warnings;
    if (parsed.root.isNull() || (parsed.root.type() == YamlValue::Type::Bool && !parsed.root.toBool()))
        return; // empty front matter (or `false`): Jekyll reads no data
    if (parsed.root.type() != YamlValue::Type::Map) {
        m_status = Status::FrontMatterError;
        m_error = Diagnostic{Diagnostic::Severity::Error, parsed.root.line(), parsed.root.column(),
                             QStringLiteral("the front matter is a %1, not a mapping of keys to values; Jekyll "
                                            "refuses it")
                                 .arg(QLatin1String(yamlTypeName(parsed.root.type())))};
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
