#include "eventdocument.h"

#include "atomicfile.h"
#include "frontmattersplit.h"
#include "textcheck.h"
#include "yamlparser.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

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

QString tooLarge()
{
    return EventDocument::tr("is larger than %1 MB; such files are not opened")
        .arg(EventDocument::MaxFileSize / (1024 * 1024));
}

// Why a front matter that is a single value, not a mapping, is refused.
QString notAMapping(YamlValue::Type type)
{
    switch (type) {
    case YamlValue::Type::Bool:
        return EventDocument::tr("the front matter is a boolean, not a mapping of keys to values; Jekyll refuses it");
    case YamlValue::Type::Integer:
        return EventDocument::tr("the front matter is an integer, not a mapping of keys to values; Jekyll refuses it");
    case YamlValue::Type::Float:
        return EventDocument::tr("the front matter is a float, not a mapping of keys to values; Jekyll refuses it");
    case YamlValue::Type::String:
        return EventDocument::tr("the front matter is a string, not a mapping of keys to values; Jekyll refuses it");
    case YamlValue::Type::Date:
        return EventDocument::tr("the front matter is a date, not a mapping of keys to values; Jekyll refuses it");
    case YamlValue::Type::DateTime:
        return EventDocument::tr("the front matter is a datetime, not a mapping of keys to values; Jekyll refuses it");
    case YamlValue::Type::List:
        return EventDocument::tr("the front matter is a list, not a mapping of keys to values; Jekyll refuses it");
    case YamlValue::Type::Null:
    case YamlValue::Type::Map:
        break;
    }
    return EventDocument::tr("the front matter is not a mapping of keys to values; Jekyll refuses it");
}

} // namespace

bool EventDocument::readFile(const QString& path, QByteArray* bytes, Diagnostic* error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = refusal(tr("is a folder, not a file"));
        return false;
    }
    if (info.exists() && !info.isFile()) {
        *error = refusal(tr("is not a regular file (a device or a pipe); it was not read"));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = refusal(tr("cannot be read: %1").arg(file.errorString()));
        return false;
    }
    // Never more than the limit, even when the file grows while it is read.
    *bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = refusal(tr("cannot be read: %1").arg(file.errorString()));
        return false;
    }
    if (bytes->size() > MaxFileSize) {
        *error = refusal(tooLarge());
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
        document.m_error = refusal(tooLarge());
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
                                     tr("the file starts with a byte order mark: Jekyll then sees no front "
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
    if (parsed.root.isNull() || (parsed.root.type() == YamlValue::Type::Bool && !parsed.root.toBool())) {
        // Empty front matter (or `false`): Jekyll reads no data.
        m_emptyFrontMatter = parsed.root.isNull() && parsed.root.sourceText().isEmpty();
        return;
    }
    if (parsed.root.type() != YamlValue::Type::Map) {
        m_status = Status::FrontMatterError;
        m_error = Diagnostic{Diagnostic::Severity::Error, parsed.root.line(), parsed.root.column(),
                             notAMapping(parsed.root.type())};
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
        const int valueLength = qBound(0, key.valueEnd - key.offset, end - key.offset);
        m_segments.append(
            FrontMatterSegment{key.name, key.line, yaml.mid(key.offset, end - key.offset), valueLength, key.isMerge});
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

QByteArray EventDocument::lineBreak() const
{
    if (m_lineEnding == LineEnding::CrLf)
        return "\r\n";
    if (m_lineEnding == LineEnding::Mixed) {
        // The break of the first line decides.
        const QByteArray text = m_opening.isEmpty() ? m_unsegmented : m_opening;
        const int newline = text.indexOf('\n');
        if (newline > 0 && text.at(newline - 1) == '\r')
            return "\r\n";
    }
    return "\n";
}

YamlStyle EventDocument::style() const
{
    if (!m_style)
        m_style = detectStyle();
    return *m_style;
}

YamlStyle EventDocument::detectStyle() const
{
    YamlStyle best;
    best.lineBreak = lineBreak();
    // The style facts only show in some values; each setting is tried on every key whose text
    // is the value's own, and the one that writes most of them back as they are wins (the
    // current libyaml's when none tells).
    QVector<YamlStyle> candidates;
    for (const bool space : {false, true}) {
        for (const bool quoteAtLineStart : {false, true}) {
            YamlStyle candidate = best;
            candidate.emptyValueSpace = space;
            candidate.closingQuoteAtLineStart = quoteAtLineStart;
            candidates.append(candidate);
        }
    }
    QVector<int> scores(candidates.size(), 0);
    QHash<QString, int> occurrences;
    for (const FrontMatterSegment& segment : m_segments)
        ++occurrences[segment.key];
    for (const FrontMatterSegment& segment : m_segments) {
        const int index = m_frontMatter.indexOf(segment.key);
        if (segment.isMerge || occurrences.value(segment.key) != 1 || index < 0)
            continue;
        const YamlMapEntry& entry = m_frontMatter.entries().at(index);
        if (!YamlWriter::dependsOnStyleFacts(entry.key) && !YamlWriter::dependsOnStyleFacts(entry.value))
            continue; // written the same way by every candidate
        const QByteArray original = segment.text.left(segment.valueLength);
        for (int i = 0; i < candidates.size(); ++i) {
            if (YamlWriter::entry(entry.key, entry.value, candidates.at(i)) == original)
                ++scores[i];
        }
    }
    int chosen = 0;
    for (int i = 1; i < candidates.size(); ++i) {
        if (scores.at(i) > scores.at(chosen))
            chosen = i;
    }
    return candidates.at(chosen);
}

bool EventDocument::setBody(const QString& body, QString* error)
{
    if (!canEdit(error))
        return false;
    QByteArray bytes = body.toUtf8();
    // Editors hand text over with `\n`; a file written with CRLF keeps its line breaks.
    if (m_lineEnding == LineEnding::CrLf) {
        bytes.replace("\r\n", "\n");
        bytes.replace("\n", "\r\n");
    }
    m_body = bytes;
    m_endsWithNewline = toBytes().endsWith('\n');
    return true;
}

bool EventDocument::canEdit(QString* error) const
{
    if (m_status == Status::Refused) {
        *error = tr("the file was not read (%1), so it cannot be edited").arg(m_error.message);
        return false;
    }
    if (m_status == Status::FrontMatterError) {
        *error = tr("the front matter does not parse (line %1, column %2: %3); correct it first")
                     .arg(QString::number(m_error.line), QString::number(m_error.column), m_error.message);
        return false;
    }
    return true;
}

QByteArray EventDocument::openingLine() const
{
    const QByteArray text = m_opening.isEmpty() ? m_unsegmented : m_opening;
    const int newline = text.indexOf('\n');
    return newline < 0 ? text : text.left(newline + 1);
}

QByteArray EventDocument::assemble(const QByteArray& yaml) const
{
    QByteArray bytes;
    if (m_bom)
        bytes += "\xEF\xBB\xBF";
    if (!m_hasFrontMatter)
        return bytes + "---" + lineBreak() + yaml + "---" + lineBreak() + m_body;
    return bytes + yaml + m_closing + m_body;
}

namespace {

// Whether two maps hold the same keys with the same values, in any order.
bool sameData(const YamlValue& a, const YamlValue& b)
{
    if (a.entries().size() != b.entries().size())
        return false;
    for (const YamlMapEntry& entry : a.entries()) {
        const int index = b.indexOf(entry.key.rubyString());
        if (index < 0 || b.entries().at(index).value != entry.value)
            return false;
    }
    return true;
}

int lastSegmentOf(const QVector<FrontMatterSegment>& segments, const QString& key)
{
    for (int i = segments.size() - 1; i >= 0; --i) {
        if (segments.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace

bool EventDocument::adopt(const QByteArray& bytes, const YamlValue& expected, QString* error)
{
    EventDocument edited = fromBytes(bytes, m_path);
    edited.m_style = style(); // what was written new follows it, so it still holds
    if (edited.status() != Status::Ok) {
        *error = tr("the edited front matter would not parse (line %1, column %2: %3); nothing was changed")
                     .arg(QString::number(edited.error().line), QString::number(edited.error().column),
                          edited.error().message);
        return false;
    }
    if (!sameData(edited.frontMatter(), expected)) {
        *error = tr("the value cannot be written without changing other data; nothing was changed");
        return false;
    }
    *this = edited;
    return true;
}

bool EventDocument::setValue(const QString& key, const YamlValue& value, const QStringList& order, QString* error)
{
    if (!canEdit(error))
        return false;
    if (key.isEmpty()) {
        *error = tr("a key cannot be empty");
        return false;
    }
    // The data asked for, as Ruby's Hash#[]= would make it.
    QVector<YamlMapEntry> entries = m_frontMatter.entries();
    const int existing = m_frontMatter.indexOf(key);
    YamlValue keyValue = existing >= 0 ? entries.at(existing).key : YamlValue::fromString(key);
    if (existing >= 0)
        entries[existing].value = value;
    else
        entries.append(YamlMapEntry{keyValue, value});
    const YamlValue expected = YamlValue::fromMap(entries);

    const YamlStyle style = this->style();
    const QByteArray text = YamlWriter::entry(keyValue, value, style);
    if (!m_hasFrontMatter || (m_segments.isEmpty() && m_emptyFrontMatter))
        return adopt(assemble(m_unsegmented + text), expected, error);
    if (m_segments.isEmpty()) // a flow mapping or other YAML that has no lines per key
        return adopt(assemble(openingLine() + YamlWriter::mapping(expected, style)), expected, error);

    QVector<FrontMatterSegment> segments = m_segments;
    const int index = lastSegmentOf(segments, key);
    if (index >= 0 && segments.at(index).isMerge) {
        *error = tr("\"%1\" is a merge key; it cannot be set").arg(key);
        return false;
    }
    if (index >= 0) {
        FrontMatterSegment& segment = segments[index];
        segment.text = text + segment.text.mid(segment.valueLength);
    } else {
        // After the last key that comes before it in the order, or before the first that comes
        // after it, or at the end.
        const int rank = order.indexOf(key);
        int after = -1, before = -1;
        if (rank >= 0) {
            int afterRank = -1, beforeRank = int(order.size());
            for (int i = 0; i < segments.size(); ++i) {
                const int r = order.indexOf(segments.at(i).key);
                if (r < 0)
                    continue;
                if (r < rank && r >= afterRank) {
                    afterRank = r;
                    after = i;
                } else if (r > rank && r < beforeRank) {
                    beforeRank = r;
                    before = i;
                }
            }
        }
        if (after < 0 && before < 0)
            after = int(segments.size()) - 1;
        if (after >= 0) {
            FrontMatterSegment& previous = segments[after];
            const QByteArray trailing = previous.text.mid(previous.valueLength);
            previous.text.truncate(previous.valueLength);
            segments.insert(after + 1, FrontMatterSegment{key, 0, text + trailing, int(text.size()), false});
        } else {
            segments.insert(before, FrontMatterSegment{key, 0, text, int(text.size()), false});
        }
    }
    QByteArray yaml = m_opening;
    for (const FrontMatterSegment& segment : segments)
        yaml += segment.text;
    return adopt(assemble(yaml), expected, error);
}

bool EventDocument::removeKey(const QString& key, QString* error)
{
    if (!canEdit(error))
        return false;
    if (m_frontMatter.indexOf(key) < 0)
        return true;
    QVector<YamlMapEntry> entries = m_frontMatter.entries();
    entries.remove(m_frontMatter.indexOf(key));
    const YamlValue expected = YamlValue::fromMap(entries);

    if (m_segments.isEmpty())
        return adopt(assemble(openingLine() + YamlWriter::mapping(expected, style())), expected, error);
    if (lastSegmentOf(m_segments, key) < 0) {
        *error = tr("\"%1\" comes from a merge key (<<); remove it where it is defined").arg(key);
        return false;
    }
    // The lines of the key and its value go; the comments and blank lines after them stay.
    QByteArray yaml = m_opening;
    for (const FrontMatterSegment& segment : m_segments) {
        if (segment.key == key && !segment.isMerge)
            yaml += segment.text.mid(segment.valueLength);
        else
            yaml += segment.text;
    }
    return adopt(assemble(yaml), expected, error);
}

QByteArray EventDocument::reemittedBytes() const
{
    if (m_status != Status::Ok || !m_hasFrontMatter)
        return toBytes();
    return assemble(openingLine() + YamlWriter::mapping(m_frontMatter, style()));
}

bool EventDocument::save(const QString& path, QString* error) const
{
    if (m_status == Status::Refused) {
        *error = tr("%1: the file was not fully read, so it is not written back").arg(path);
        return false;
    }
    return AtomicFile::write(path, toBytes(), error);
}

} // namespace EventDesk
