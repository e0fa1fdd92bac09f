#include "linkextractor.h"

#include <QHash>
#include <QRegularExpression>

namespace EventDesk {

namespace {

// The body with code blocks and code spans blanked out (same length, same lines), so nothing in
// them reads as a link.
QString withoutCode(const QString& body)
{
    QString text = body;
    static const QRegularExpression fence(
        QStringLiteral("^ {0,3}(`{3,}|~{3,})[^\\n]*\\n(?:.*?\\n)?? {0,3}\\1[`~]*[ \\t]*$"),
        QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression span(QStringLiteral("(`+)(?!`).+?(?<!`)\\1(?!`)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    for (const QRegularExpression* pattern : {&fence, &span}) {
        QRegularExpressionMatchIterator it = pattern->globalMatch(text);
        QVector<QPair<int, int>> ranges;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            ranges.append({int(m.capturedStart()), int(m.capturedLength())});
        }
        for (const auto& range : ranges) {
            for (int i = range.first; i < range.first + range.second; ++i) {
                if (text.at(i) != QLatin1Char('\n'))
                    text[i] = QLatin1Char(' ');
            }
        }
    }
    return text;
}

struct Position
{
    int line;
    int column;
};

class Locator
{
public:
    Locator(const QString& text, int firstLine)
        : m_firstLine(firstLine)
    {
        m_starts.append(0);
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('\n'))
                m_starts.append(i + 1);
        }
    }

    Position at(int offset) const
    {
        const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
        const int index = int(it - m_starts.cbegin()) - 1;
        return Position{index + m_firstLine, offset - m_starts.at(index) + 1};
    }

private:
    int m_firstLine;
    QVector<int> m_starts;
};

QString stripAngles(QString url)
{
    url = url.trimmed();
    if (url.startsWith(QLatin1Char('<')) && url.endsWith(QLatin1Char('>')))
        url = url.mid(1, url.size() - 2);
    return url;
}

bool looksLikeUrl(const QString& text)
{
    static const QRegularExpression url(
        QStringLiteral("^(https?://\\S+|mailto:\\S+|tel:\\S+|www\\.\\S+\\.\\S+|/uploads/\\S*|/assets/\\S*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return url.match(text.trimmed()).hasMatch();
}

void collectFrontMatter(const YamlValue& value, const QString& path, QVector<ExtractedLink>* links)
{
    switch (value.type()) {
    case YamlValue::Type::String:
        if (looksLikeUrl(value.toString())) {
            ExtractedLink link;
            link.source = ExtractedLink::Source::FrontMatter;
            link.url = value.toString().trimmed();
            link.field = path;
            const QString key = path.mid(path.lastIndexOf(QLatin1Char('.')) + 1).toLower();
            link.kind = key.contains(QLatin1String("image"))
                    || link.url.contains(QRegularExpression(QStringLiteral("\\.(png|jpe?g|gif|svg|webp)$"),
                                                            QRegularExpression::CaseInsensitiveOption))
                ? ExtractedLink::Kind::Image
                : ExtractedLink::Kind::Link;
            link.line = value.line();
            link.column = value.column();
            links->append(link);
        }
        break;
    case YamlValue::Type::List:
        for (int i = 0; i < value.items().size(); ++i)
            collectFrontMatter(value.items().at(i), QStringLiteral("%1[%2]").arg(path).arg(i), links);
        break;
    case YamlValue::Type::Map:
        for (const YamlMapEntry& entry : value.entries()) {
            const QString key = entry.key.rubyString();
            collectFrontMatter(entry.value, path.isEmpty() ? key : path + QLatin1Char('.') + key, links);
        }
        break;
    default:
        break;
    }
}

} // namespace

QVector<ExtractedLink> LinkExtractor::fromBody(const QString& body, int firstLine)
{
    const QString text = withoutCode(body);
    const Locator locate(text, firstLine);
    QVector<ExtractedLink> links;

    // Reference definitions: `[name]: url`.
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[([^\\]^][^\\]]*)\\]:\\s*(<[^>]*>|\\S+)"),
                                               QRegularExpression::MultilineOption);
    QHash<QString, QString> references;
    QRegularExpressionMatchIterator defs = definition.globalMatch(text);
    while (defs.hasNext()) {
        const QRegularExpressionMatch m = defs.next();
        references.insert(m.captured(1).simplified().toLower(), stripAngles(m.captured(2)));
    }

    struct Found
    {
        int offset;
        ExtractedLink link;
    };
    QVector<Found> found;
    // Inline links and images: `[text](url "title")`, `![alt](url)`, one level of brackets in the text.
    static const QRegularExpression inlineLink(
        QStringLiteral("(!?)\\[((?:[^\\[\\]]|\\[[^\\[\\]]*\\])*)\\]\\(\\s*(<[^>]*>|(?:\\{\\{[^}]*\\}\\}|[^\\s)])*(?:\\("
                       "[^\\s)]*\\)[^\\s)]*)*)"
                       "(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*\\)"));
    QRegularExpressionMatchIterator it = inlineLink.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        ExtractedLink link;
        link.kind = m.captured(1).isEmpty() ? ExtractedLink::Kind::Link : ExtractedLink::Kind::Image;
        link.text = m.captured(2);
        link.url = stripAngles(m.captured(3));
        found.append({int(m.capturedStart()), link});
    }
    // Reference links: `[text][name]`, `[name][]`, `[name]` when the name is defined.
    static const QRegularExpression referenceLink(
        QStringLiteral("(!?)\\[([^\\[\\]]+)\\](?:\\[([^\\[\\]]*)\\])?(?![(:])"));
    it = referenceLink.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = (m.captured(3).isEmpty() ? m.captured(2) : m.captured(3)).simplified().toLower();
        if (!references.contains(name) || m.captured(2).startsWith(QLatin1Char('^')))
            continue;
        ExtractedLink link;
        link.kind = m.captured(1).isEmpty() ? ExtractedLink::Kind::Link : ExtractedLink::Kind::Image;
        link.text = m.captured(2);
        link.url = references.value(name);
        found.append({int(m.capturedStart()), link});
    }
    // Automatic links: `<https://...>`, `<mailto:...>`, `<name@example.org>`.
    static const QRegularExpression autoLink(
        QStringLiteral("<((?:https?|ftp|mailto|tel):[^\\s<>]+|[^\\s<>@]+@[^\\s<>@]+\\.[^\\s<>@]+)>"));
    it = autoLink.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        ExtractedLink link;
        link.url = m.captured(1);
        if (link.url.contains(QLatin1Char('@')) && !link.url.contains(QLatin1Char(':')))
            link.url.prepend(QStringLiteral("mailto:"));
        link.text = m.captured(1);
        found.append({int(m.capturedStart()), link});
    }
    // Raw HTML: `<a href>` with its text, `<img src>` with its alt.
    static const QRegularExpression anchor(QStringLiteral("<a\\b([^>]*)>(.*?)</a\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression image(QStringLiteral("<img\\b([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hrefAttribute(QStringLiteral("\\bhref\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression srcAttribute(QStringLiteral("\\bsrc\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression altAttribute(QStringLiteral("\\balt\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    auto unquote = [](QString value) {
        if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
        return value;
    };
    it = anchor.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QRegularExpressionMatch href = hrefAttribute.match(m.captured(1));
        if (!href.hasMatch())
            continue;
        ExtractedLink link;
        link.source = ExtractedLink::Source::Html;
        link.url = unquote(href.captured(1));
        link.text = QString(m.captured(2)).remove(tags).simplified();
        found.append({int(m.capturedStart()), link});
    }
    it = image.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QRegularExpressionMatch src = srcAttribute.match(m.captured(1));
        if (!src.hasMatch())
            continue;
        ExtractedLink link;
        link.kind = ExtractedLink::Kind::Image;
        link.source = ExtractedLink::Source::Html;
        link.url = unquote(src.captured(1));
        const QRegularExpressionMatch alt = altAttribute.match(m.captured(1));
        link.hasText = alt.hasMatch();
        link.text = alt.hasMatch() ? unquote(alt.captured(1)) : QString();
        found.append({int(m.capturedStart()), link});
    }

    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.offset < b.offset; });
    for (Found& item : found) {
        const Position position = locate.at(item.offset);
        item.link.line = position.line;
        item.link.column = position.column;
        links.append(item.link);
    }
    return links;
}

QVector<ExtractedLink> LinkExtractor::fromFrontMatter(const YamlValue& frontMatter)
{
    QVector<ExtractedLink> links;
    collectFrontMatter(frontMatter, QString(), &links);
    return links;
}

} // namespace EventDesk
