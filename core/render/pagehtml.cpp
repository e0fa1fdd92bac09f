#include "pagehtml.h"

#include "eventdates.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace EventDesk {

namespace {

bool isEmpty(const YamlValue& value)
{
    return value.isNull() || (value.type() == YamlValue::Type::String && value.toString().trimmed().isEmpty());
}

// A value's texts run together, for the definitions of a definition list: the values of a map
// side by side, the items of a list with dashes between them.
QString flat(const YamlValue& value, const PageText& words, const QString& timeZone)
{
    QStringList parts;
    switch (value.type()) {
    case YamlValue::Type::Map:
        for (const YamlMapEntry& entry : value.entries()) {
            const QString part = flat(entry.value, words, timeZone);
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(QStringLiteral(", "));
    case YamlValue::Type::List:
        for (const YamlValue& item : value.items()) {
            const QString part = flat(item, words, timeZone);
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(QStringLiteral(" – "));
    default:
        return PageHtml::plain(value, words, timeZone).trimmed();
    }
}

} // namespace

QString PageHtml::text(const QString& plainText)
{
    return plainText.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString PageHtml::muted(const QString& plainText)
{
    return QStringLiteral("<span class=\"muted\">%1</span>").arg(text(plainText));
}

QString PageHtml::notice(const QString& plainText)
{
    return QStringLiteral("<table class=\"notice\" width=\"100%\" cellspacing=\"0\" cellpadding=\"10\"><tr><td>%1"
                          "</td></tr></table>\n")
        .arg(text(plainText));
}

QString PageHtml::plain(const YamlValue& value, const PageText& words, const QString& timeZone)
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        return QString();
    case YamlValue::Type::Bool:
        return value.toBool() ? words.get("oui", "yes") : words.get("non", "no");
    case YamlValue::Type::String:
        return value.toString();
    case YamlValue::Type::Date:
    case YamlValue::Type::DateTime:
        return EventDates::formatOne(value, words.french ? QStringLiteral("fr") : QStringLiteral("en"), timeZone);
    case YamlValue::Type::List: {
        QStringList parts;
        for (const YamlValue& item : value.items())
            parts.append(plain(item, words, timeZone));
        return parts.join(QStringLiteral(", "));
    }
    case YamlValue::Type::Map: {
        QStringList parts;
        for (const YamlMapEntry& entry : value.entries())
            parts.append(entry.key.rubyString() + words.colon() + plain(entry.value, words, timeZone));
        return parts.join(QStringLiteral("; "));
    }
    default:
        return value.rubyString();
    }
}

QString PageHtml::value(const YamlValue& value, const PageText& words, const QString& timeZone)
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        return muted(words.get("(vide)", "(empty)"));
    case YamlValue::Type::String:
        return value.toString().isEmpty() ? muted(words.get("(texte vide)", "(empty text)")) : text(value.toString());
    case YamlValue::Type::List: {
        if (value.items().isEmpty())
            return muted(words.get("(liste vide)", "(empty list)"));
        bool scalars = true;
        for (const YamlValue& item : value.items())
            scalars = scalars && item.isScalar();
        if (scalars)
            return text(plain(value, words, timeZone));
        QString html = QStringLiteral("<ul>");
        for (const YamlValue& item : value.items())
            html += QStringLiteral("<li>%1</li>").arg(PageHtml::value(item, words, timeZone));
        return html + QStringLiteral("</ul>");
    }
    case YamlValue::Type::Map: {
        if (value.entries().isEmpty())
            return muted(words.get("(vide)", "(empty)"));
        QString html = QStringLiteral("<ul>");
        for (const YamlMapEntry& entry : value.entries())
            html +=
                QStringLiteral("<li><i>%1</i>%2</li>")
                    .arg(text(entry.key.rubyString() + words.colon()), PageHtml::value(entry.value, words, timeZone));
        return html + QStringLiteral("</ul>");
    }
    default:
        return text(plain(value, words, timeZone));
    }
}

QString PageHtml::chips(const QString& label, const YamlValue& value, const PageText& words, const QString& timeZone)
{
    QStringList items;
    if (value.type() == YamlValue::Type::List) {
        for (const YamlValue& item : value.items()) {
            if (!isEmpty(item))
                items.append(plain(item, words, timeZone).trimmed());
        }
    } else if (!isEmpty(value)) {
        items.append(plain(value, words, timeZone).trimmed());
    }
    if (items.isEmpty())
        return QString();
    QString html = QStringLiteral("<p class=\"keywords\"><span class=\"keywords-label\">%1</span>")
                       .arg(text(label + words.colon()));
    for (const QString& item : items)
        html += QStringLiteral(" <span class=\"chip\">&nbsp;%1&nbsp;</span>").arg(text(item));
    return html + QStringLiteral("</p>\n");
}

QString
PageHtml::definitionList(const QString& label, const YamlValue& value, const PageText& words, const QString& timeZone)
{
    QString items;
    const QVector<YamlValue> list = value.type() == YamlValue::Type::List ? value.items() : QVector<YamlValue>{value};
    for (const YamlValue& item : list) {
        if (item.type() != YamlValue::Type::Map) {
            const QString part = flat(item, words, timeZone);
            if (!part.isEmpty())
                items += QStringLiteral("<dd>%1</dd>\n").arg(text(part));
            continue;
        }
        const QVector<YamlMapEntry>& entries = item.entries();
        int first = 0;
        if (!entries.isEmpty() && entries.first().value.isScalar() && !isEmpty(entries.first().value)) {
            items += QStringLiteral("<dt>%1</dt>\n").arg(text(flat(entries.first().value, words, timeZone)));
            first = 1;
        }
        for (int i = first; i < entries.size(); ++i) {
            const QString part = flat(entries.at(i).value, words, timeZone);
            if (!part.isEmpty())
                items += QStringLiteral("<dd>%1</dd>\n").arg(text(part));
        }
    }
    if (items.isEmpty())
        return QString();
    const QString title =
        label.isEmpty() ? QString() : QStringLiteral("<p class=\"group-title\">%1</p>\n").arg(text(label));
    return title + QStringLiteral("<dl class=\"group\">\n%1</dl>\n").arg(items);
}

QString PageHtml::image(
    const QString& source, const QString& alt, const ResourceResolver& resolver, const PageText& words, int maxWidth)
{
    const ResolvedResource resource = resolver.resolve(source);
    if (resource.kind != ResolvedResource::Kind::LocalFile)
        return placeholder(alt, source, resource.kind, words);
    const int width = fittedWidth(resource.localPath, maxWidth);
    const QString size = width > 0 ? QStringLiteral(" width=\"%1\"").arg(width) : QString();
    return QStringLiteral("<img src=\"%1\" alt=\"%2\"%3>")
        .arg(resource.localUrl().toString(QUrl::FullyEncoded).toHtmlEscaped(), alt.toHtmlEscaped(), size);
}

QString
PageHtml::placeholder(const QString& alt, const QString& source, ResolvedResource::Kind kind, const PageText& words)
{
    QString reason;
    switch (kind) {
    case ResolvedResource::Kind::External:
        reason = words.get("Image externe, non chargée dans l’aperçu", "External image, not loaded in the preview");
        break;
    case ResolvedResource::Kind::Refused:
        reason = words.get("Adresse d’image refusée", "Image address refused");
        break;
    case ResolvedResource::Kind::Missing:
    case ResolvedResource::Kind::LocalFile:
        reason = source.trimmed().isEmpty()
            ? words.get("Image sans adresse", "Image without an address")
            : words.get("Image introuvable dans le site", "Image not found in the site");
        break;
    }
    const QString altText =
        alt.trimmed().isEmpty() ? muted(words.get("(sans texte alternatif)", "(no alternative text)")) : text(alt);
    return QStringLiteral("<table class=\"placeholder\" cellspacing=\"0\" cellpadding=\"12\"><tr><td align=\"center\">"
                          "<span class=\"placeholder-title\">%1</span><br>%2<br><span class=\"placeholder-note\">%3"
                          "</span></td></tr></table>")
        .arg(text(reason), altText, text(source));
}

int PageHtml::fittedWidth(const QString& path, int maxWidth)
{
    if (maxWidth <= 0)
        return 0;
    const QSize size = imageSize(path);
    return size.isValid() && size.width() > maxWidth ? maxWidth : 0;
}

QSize PageHtml::imageSize(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QSize();
    // JPEG puts its size after its other headers (EXIF, thumbnails): they rarely pass 256 KB.
    const QByteArray data = file.read(256 * 1024);
    const auto byte = [&data](qsizetype at) { return at < data.size() ? int(quint8(data.at(at))) : -1; };
    const auto bigEndian16 = [&byte](qsizetype at) { return byte(at) << 8 | byte(at + 1); };
    const auto littleEndian16 = [&byte](qsizetype at) { return byte(at) | byte(at + 1) << 8; };
    const auto littleEndian24 = [&byte](qsizetype at) { return byte(at) | byte(at + 1) << 8 | byte(at + 2) << 16; };
    if (data.size() < 30)
        return QSize();
    if (data.startsWith("\x89PNG\r\n\x1a\n") && data.mid(12, 4) == "IHDR") {
        const auto bigEndian32 = [&bigEndian16](qsizetype at) { return bigEndian16(at) << 16 | bigEndian16(at + 2); };
        return QSize(bigEndian32(16), bigEndian32(20));
    }
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return QSize(littleEndian16(6), littleEndian16(8));
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP") {
        const QByteArray chunk = data.mid(12, 4);
        if (chunk == "VP8 ")
            return QSize(littleEndian16(26) & 0x3fff, littleEndian16(28) & 0x3fff);
        if (chunk == "VP8L") {
            const quint32 bits =
                quint32(byte(21)) | quint32(byte(22)) << 8 | quint32(byte(23)) << 16 | quint32(byte(24)) << 24;
            return QSize(int(bits & 0x3fff) + 1, int((bits >> 14) & 0x3fff) + 1);
        }
        if (chunk == "VP8X")
            return QSize(littleEndian24(24) + 1, littleEndian24(27) + 1);
        return QSize();
    }
    if (byte(0) == 0xff && byte(1) == 0xd8) {
        qsizetype at = 2;
        while (at + 9 < data.size()) {
            if (byte(at) != 0xff)
                return QSize();
            const int marker = byte(at + 1);
            if (marker == 0xff) { // fill byte
                ++at;
                continue;
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd9)) { // no length
                at += 2;
                continue;
            }
            // Start of frame: every 0xc0..0xcf but DHT (c4), JPG (c8) and DAC (cc).
            if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc)
                return QSize(bigEndian16(at + 7), bigEndian16(at + 5));
            at += 2 + bigEndian16(at + 2);
        }
    }
    return QSize();
}

QString
PageHtml::resolveImages(const QString& html, const ResourceResolver& resolver, const PageText& words, int maxImageWidth)
{
    // A tag runs to the first `>` outside quotes.
    static const QRegularExpression imageTag(QStringLiteral("<img(?=[\\s/>])(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(
        QStringLiteral("[\\s/](src|alt|width)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))"),
        QRegularExpression::CaseInsensitiveOption);
    QString result;
    int copied = 0;
    for (auto tags = imageTag.globalMatch(html); tags.hasNext();) {
        const QRegularExpressionMatch tag = tags.next();
        const QString tagText = tag.captured();
        QString source;
        QString alt;
        bool hasWidth = false;
        qsizetype sourceStart = -1;
        qsizetype sourceLength = 0;
        for (auto attributes = attribute.globalMatch(tagText); attributes.hasNext();) {
            const QRegularExpressionMatch match = attributes.next();
            const int group = match.hasCaptured(2) ? 2 : match.hasCaptured(3) ? 3 : 4;
            const QString value = decodeEntities(match.captured(group));
            if (match.captured(1).compare(QLatin1String("src"), Qt::CaseInsensitive) == 0 && sourceStart < 0) {
                source = value;
                sourceStart = match.capturedStart(group);
                sourceLength = match.capturedLength(group);
            } else if (match.captured(1).compare(QLatin1String("alt"), Qt::CaseInsensitive) == 0) {
                alt = value;
            } else {
                hasWidth = true;
            }
        }
        result += QStringView(html).mid(copied, tag.capturedStart() - copied);
        const ResolvedResource resource = resolver.resolve(source);
        if (resource.kind == ResolvedResource::Kind::LocalFile && sourceStart >= 0) {
            // Only the address changes: the rest of the tag stays as written.
            QString rewritten = tagText;
            // Encoded, so it holds no quote of either kind.
            const QString url = resource.localUrl()
                                    .toString(QUrl::FullyEncoded)
                                    .replace(QLatin1Char('\''), QStringLiteral("%27"))
                                    .toHtmlEscaped();
            const QChar before = sourceStart > 0 ? tagText.at(sourceStart - 1) : QChar();
            const bool unquoted = before != QLatin1Char('"') && before != QLatin1Char('\'');
            rewritten.replace(sourceStart, sourceLength, unquoted ? QLatin1Char('"') + url + QLatin1Char('"') : url);
            // A width of the author's own is kept; otherwise a wide image is narrowed to fit.
            const int width = hasWidth ? 0 : fittedWidth(resource.localPath, maxImageWidth);
            if (width > 0)
                rewritten.insert(4, QStringLiteral(" width=\"%1\"").arg(width));
            result += rewritten;
        } else {
            result += placeholder(alt, source, resource.kind, words);
        }
        copied = int(tag.capturedEnd());
    }
    result += QStringView(html).mid(copied);
    return result;
}

QString PageHtml::decodeEntities(const QString& html)
{
    static const QRegularExpression reference(QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos);"));
    QString result;
    int copied = 0;
    for (auto it = reference.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(html).mid(copied, match.capturedStart() - copied);
        const QString name = match.captured(1);
        if (name.startsWith(QLatin1Char('#'))) {
            const bool hex = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            bool ok = false;
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            const char32_t character =
                ok && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? char32_t(code) : U'\ufffd';
            result += QString::fromUcs4(&character, 1);
        } else if (name == QLatin1String("amp")) {
            result += QLatin1Char('&');
        } else if (name == QLatin1String("lt")) {
            result += QLatin1Char('<');
        } else if (name == QLatin1String("gt")) {
            result += QLatin1Char('>');
        } else if (name == QLatin1String("quot")) {
            result += QLatin1Char('"');
        } else {
            result += QLatin1Char('\'');
        }
        copied = int(match.capturedEnd());
    }
    result += QStringView(html).mid(copied);
    return result;
}

} // namespace EventDesk
