#include "eventpage.h"

#include "document/eventdocument.h"
#include "eventdates.h"
#include "htmlsanitizer.h"
#include "pagehtml.h"
#include "resourceresolver.h"
#include "site/schema.h"
#include "site/siteconfig.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace EventDesk {

namespace {

QString resourceText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// `{{name}}` in the template replaced in one pass, so a value holding `{{…}}` (Liquid in a
// body) stays as it is.
QString fillTemplate(const QString& text, const QHash<QString, QString>& values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z-]+)\\}\\}"));
    QString result;
    int copied = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(copied, match.capturedStart() - copied);
        result += values.value(match.captured(1));
        copied = int(match.capturedEnd());
    }
    result += QStringView(text).mid(copied);
    return result;
}

bool isListOf(const YamlValue& value, bool maps)
{
    if (value.type() != YamlValue::Type::List || value.items().isEmpty())
        return false;
    return std::all_of(value.items().cbegin(), value.items().cend(), [maps](const YamlValue& item) {
        return maps ? item.type() == YamlValue::Type::Map : item.isScalar();
    });
}

bool isEmptyValue(const YamlValue& value)
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        return true;
    case YamlValue::Type::String:
        return value.toString().trimmed().isEmpty();
    case YamlValue::Type::List:
        return std::all_of(value.items().cbegin(), value.items().cend(), isEmptyValue);
    case YamlValue::Type::Map:
        return std::all_of(value.entries().cbegin(), value.entries().cend(),
                           [](const YamlMapEntry& entry) { return isEmptyValue(entry.value); });
    default:
        return false;
    }
}

// The items of a list of maps (a single map counts as one item).
QVector<YamlValue> mapItems(const YamlValue& value)
{
    if (value.type() == YamlValue::Type::Map)
        return {value};
    QVector<YamlValue> items;
    if (value.type() == YamlValue::Type::List) {
        for (const YamlValue& item : value.items()) {
            if (item.type() == YamlValue::Type::Map)
                items.append(item);
        }
    }
    return items;
}

struct Picture
{
    QString source;
    QString alt;
    bool hasAlt = false;
    QString caption;
};

// Further slideshow images are shown small.
constexpr int SlideWidth = 200;

// Builds one page; remembers which keys the page showed, so the others go to "Other fields".
class PageBuilder
{
public:
    PageBuilder(const EventDocument& document,
                const CollectionSchema& schema,
                const SiteConfig& config,
                int maxImageWidth)
        : m_document(document)
        , m_schema(schema)
        , m_config(config)
        , m_frontMatter(document.frontMatter())
        , m_text(EventDates::isFrench(config.language()))
        , m_resolver(config, document.path().isEmpty() ? QStringLiteral("document.md") : document.path())
        , m_maxImageWidth(maxImageWidth)
    {
    }

    QString build(const RenderedMarkdown& body)
    {
        QHash<QString, QString> values;
        values.insert(QStringLiteral("lang"), m_text.french ? QStringLiteral("fr") : QStringLiteral("en"));
        values.insert(QStringLiteral("css"), resourceText(QStringLiteral(":/preview/event.css")));
        values.insert(QStringLiteral("notice"), notices());
        values.insert(QStringLiteral("image"), pictures());
        values.insert(QStringLiteral("dates"), dates());
        const QString title = PageHtml::plain(topLevel(FieldRole::Title), m_text, timeZone()).trimmed();
        values.insert(QStringLiteral("title-text"), title.toHtmlEscaped());
        values.insert(QStringLiteral("title"),
                      title.isEmpty() ? PageHtml::muted(m_text.get("Sans titre", "Untitled")) : PageHtml::text(title));
        values.insert(QStringLiteral("lead"), lead());
        values.insert(QStringLiteral("practical"), practical());
        values.insert(QStringLiteral("keywords"), keywords());
        values.insert(QStringLiteral("body"), bodyHtml(body));
        values.insert(QStringLiteral("other"), otherFields());
        QString page = resourceText(QStringLiteral(":/preview/event.html"));
        return fillTemplate(page, values);
    }

private:
    QString timeZone() const { return m_config.timezone(); }

    // The value of a top-level field with this role (null when none), marked as shown.
    YamlValue topLevel(FieldRole role)
    {
        const FieldPath path = m_schema.find(role);
        if (!path.isValid() || !path.subKey.isEmpty())
            return YamlValue();
        m_shown.insert(path.key);
        return m_frontMatter.value(path.key);
    }

    // The key of the sub-field with this role in a group field.
    QString subKey(const QString& group, FieldRole role) const
    {
        if (const SchemaField* field = m_schema.field(group)) {
            for (const SchemaField& sub : field->fields) {
                if (sub.role == role)
                    return sub.key;
            }
        }
        return QString();
    }

    QString label(const QString& key) const
    {
        const SchemaField* field = m_schema.field(key);
        const QString text =
            field ? field->label(m_text.french ? QStringLiteral("fr") : QStringLiteral("en")) : QString();
        return text.isEmpty() ? CollectionSchema::readableLabel(key) : text;
    }

    QString notices()
    {
        QString html;
        if (m_document.status() != EventDocument::Status::Ok) {
            const QString name = QFileInfo(m_document.path()).fileName();
            html += PageHtml::notice(m_text.get("Front matter illisible : ", "The front matter does not read: ")
                                     + m_document.error().format(name));
        }
        const FieldPath published = m_schema.find(FieldRole::Published);
        if (published.isValid() && published.subKey.isEmpty()) {
            const YamlValue value = m_frontMatter.value(published.key);
            if (value.type() == YamlValue::Type::Bool && !value.toBool())
                html += PageHtml::notice(m_text.get("Non publiée : le site ne montrera pas cette page.",
                                                    "Not published: the site will not show this page."));
        }
        return html;
    }

    QVector<Picture> pictureList()
    {
        const FieldPath image = m_schema.find(FieldRole::Image);
        QVector<Picture> list;
        if (!image.isValid())
            return list;
        m_shown.insert(image.key);
        if (image.subKey.isEmpty()) {
            Picture picture;
            picture.source = PageHtml::plain(m_frontMatter.value(image.key), m_text, timeZone()).trimmed();
            const YamlValue alt = topLevel(FieldRole::ImageAlt);
            picture.alt = PageHtml::plain(alt, m_text, timeZone());
            picture.hasAlt = !alt.isNull();
            picture.caption = PageHtml::plain(topLevel(FieldRole::ImageCaption), m_text, timeZone());
            if (!picture.source.isEmpty())
                list.append(picture);
            return list;
        }
        const QString altKey = subKey(image.key, FieldRole::ImageAlt);
        const QString captionKey = subKey(image.key, FieldRole::ImageCaption);
        for (const YamlValue& item : mapItems(m_frontMatter.value(image.key))) {
            Picture picture;
            picture.source = PageHtml::plain(item.value(image.subKey), m_text, timeZone()).trimmed();
            picture.hasAlt = !altKey.isEmpty() && !item.value(altKey).isNull();
            picture.alt = altKey.isEmpty() ? QString() : PageHtml::plain(item.value(altKey), m_text, timeZone());
            picture.caption =
                captionKey.isEmpty() ? QString() : PageHtml::plain(item.value(captionKey), m_text, timeZone());
            if (!picture.source.isEmpty())
                list.append(picture);
        }
        return list;
    }

    QString pictures()
    {
        const QVector<Picture> list = pictureList();
        if (list.isEmpty())
            return QString();
        QString html = QStringLiteral("<table class=\"figure\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">\n");
        for (int i = 0; i < list.size(); ++i) {
            const Picture& picture = list.at(i);
            if (i == 1) {
                html += QStringLiteral("<tr><td class=\"slides\">%1</td></tr>\n")
                            .arg(PageHtml::text(m_text.get("Autres images du diaporama :", "More slideshow images:")));
            }
            html += QStringLiteral("<tr><td align=\"center\">%1</td></tr>\n")
                        .arg(PageHtml::image(picture.source, picture.alt, m_resolver, m_text,
                                             i == 0 ? m_maxImageWidth : SlideWidth));
            if (!picture.caption.trimmed().isEmpty())
                html += QStringLiteral("<tr><td class=\"caption\">%1</td></tr>\n").arg(PageHtml::text(picture.caption));
            const QString alt = picture.alt.trimmed().isEmpty()
                ? QStringLiteral("<span class=\"warning\">%1</span>")
                      .arg(PageHtml::text(picture.hasAlt
                                              ? m_text.get("Texte alternatif vide (image décorative)",
                                                           "Empty alternative text (decorative image)")
                                              : m_text.get("Pas de texte alternatif", "No alternative text")))
                : PageHtml::text(m_text.get("Texte alternatif : ", "Alternative text: ") + picture.alt);
            html += QStringLiteral("<tr><td class=\"alt\">%1</td></tr>\n").arg(alt);
        }
        return html + QStringLiteral("</table>\n");
    }

    QString dates()
    {
        const bool hasStart = m_schema.find(FieldRole::Start).isValid();
        const QString text =
            EventDates::format(topLevel(FieldRole::Start), topLevel(FieldRole::End), m_config.language(), timeZone());
        if (!text.isEmpty())
            return QStringLiteral("<p class=\"date\">%1</p>\n").arg(PageHtml::text(text));
        if (!hasStart)
            return QString();
        return QStringLiteral("<p class=\"date\">%1</p>\n")
            .arg(PageHtml::muted(m_text.get("Date de début non renseignée", "No start date")));
    }

    QString lead()
    {
        const QString text = PageHtml::plain(topLevel(FieldRole::Lead), m_text, timeZone());
        if (text.trimmed().isEmpty())
            return QString();
        return QStringLiteral("<div class=\"lead\">%1</div>\n")
            .arg(PageHtml::resolveImages(MarkdownRenderer::toHtml(text), m_resolver, m_text, m_maxImageWidth));
    }

    QString information()
    {
        const FieldPath items = m_schema.find(FieldRole::InformationItems);
        if (!items.isValid() || !items.subKey.isEmpty())
            return QString();
        m_shown.insert(items.key);
        const YamlValue value = m_frontMatter.value(items.key);
        const QString headingKey = subKey(items.key, FieldRole::InformationHeading);
        const QString contentKey = subKey(items.key, FieldRole::InformationContent);
        const QString linkKey = subKey(items.key, FieldRole::InformationLink);
        if (headingKey.isEmpty() && contentKey.isEmpty())
            return PageHtml::definitionList(QString(), value, m_text, timeZone());
        QString html;
        for (const YamlValue& item : mapItems(value)) {
            if (isEmptyValue(item))
                continue;
            const QString heading = PageHtml::plain(item.value(headingKey), m_text, timeZone()).trimmed();
            const QString content = PageHtml::plain(item.value(contentKey), m_text, timeZone()).trimmed();
            const QString link = PageHtml::plain(item.value(linkKey), m_text, timeZone()).trimmed();
            html += QStringLiteral("<p class=\"info\">");
            if (!heading.isEmpty())
                html += QStringLiteral("<b>%1</b>").arg(PageHtml::text(heading + m_text.colon()));
            if (!link.isEmpty() && !HtmlSanitizer::sanitizeUrl(link).isEmpty())
                html += QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(link.toHtmlEscaped(), PageHtml::text(content.isEmpty() ? link : content));
            else
                html += PageHtml::text(content);
            if (!link.isEmpty() && HtmlSanitizer::sanitizeUrl(link).isEmpty())
                html += QLatin1Char(' ')
                    + PageHtml::muted(m_text.get("(lien refusé : ", "(link refused: ") + link + QLatin1Char(')'));
            // Sub-fields without a role are shown too.
            for (const YamlMapEntry& entry : item.entries()) {
                const QString key = entry.key.rubyString();
                if (key == headingKey || key == contentKey || key == linkKey || isEmptyValue(entry.value))
                    continue;
                html +=
                    QStringLiteral(" <span class=\"muted\">%1</span>")
                        .arg(PageHtml::text(key + m_text.colon() + PageHtml::plain(entry.value, m_text, timeZone())));
            }
            html += QStringLiteral("</p>\n");
        }
        return html;
    }

    QString practical()
    {
        QString html;
        const QString place = PageHtml::plain(topLevel(FieldRole::Place), m_text, timeZone()).trimmed();
        const QString address = PageHtml::plain(topLevel(FieldRole::Address), m_text, timeZone()).trimmed();
        if (!place.isEmpty())
            html += QStringLiteral("<p class=\"place\">%1</p>\n").arg(PageHtml::text(place));
        if (!address.isEmpty())
            html += QStringLiteral("<p class=\"address\">%1</p>\n").arg(PageHtml::text(address));
        const QString items = information();
        // Lists of maps that play no role (access lines on the reference site): a definition
        // list each, under their label.
        for (const YamlMapEntry& entry : m_frontMatter.entries()) {
            const QString key = entry.key.rubyString();
            const SchemaField* field = m_schema.field(key);
            const bool hasRoles = field
                && std::any_of(field->fields.cbegin(), field->fields.cend(),
                               [](const SchemaField& sub) { return sub.role != FieldRole::None; });
            if (m_shown.contains(key) || hasRoles || (field && field->role != FieldRole::None)
                || !isListOf(entry.value, true))
                continue;
            m_shown.insert(key);
            html += PageHtml::definitionList(label(key), entry.value, m_text, timeZone());
        }
        html += items;
        if (html.isEmpty())
            return QString();
        return QStringLiteral("<table class=\"practical\" width=\"100%\" cellspacing=\"0\" cellpadding=\"14\">"
                              "<tr><td>\n<p class=\"practical-title\">%1</p>\n%2</td></tr></table>\n")
            .arg(PageHtml::text(m_text.get("Informations pratiques", "Practical information")), html);
    }

    QString keywords()
    {
        QString html;
        const FieldPath categories = m_schema.find(FieldRole::Categories);
        if (categories.isValid() && categories.subKey.isEmpty()) {
            m_shown.insert(categories.key);
            // The role's name unless the site gave the field a label of its own.
            const QString own = label(categories.key);
            const QString name =
                own == CollectionSchema::readableLabel(categories.key) ? m_text.get("Catégories", "Categories") : own;
            html += PageHtml::chips(name, m_frontMatter.value(categories.key), m_text, timeZone());
        }
        // Lists of texts that play no role: tags and the like.
        for (const YamlMapEntry& entry : m_frontMatter.entries()) {
            const QString key = entry.key.rubyString();
            const SchemaField* field = m_schema.field(key);
            if (m_shown.contains(key) || (field && field->role != FieldRole::None) || !isListOf(entry.value, false))
                continue;
            m_shown.insert(key);
            html += PageHtml::chips(label(key), entry.value, m_text, timeZone());
        }
        return html;
    }

    QString bodyHtml(const RenderedMarkdown& body) const
    {
        const QString html =
            PageHtml::resolveImages(EventPage::withLineAnchors(body), m_resolver, m_text, m_maxImageWidth);
        if (!html.trimmed().isEmpty())
            return html;
        return QStringLiteral("<p>%1</p>\n").arg(PageHtml::muted(m_text.get("Pas de texte.", "No text.")));
    }

    QString otherFields() const
    {
        QString rows;
        for (const YamlMapEntry& entry : m_frontMatter.entries()) {
            const QString key = entry.key.rubyString();
            if (m_shown.contains(key))
                continue;
            rows += QStringLiteral(
                        "<tr><td class=\"field-name\" width=\"30%\">%1<br><span class=\"field-key\">%2</span></td>"
                        "<td class=\"field-value\">%3</td></tr>\n")
                        .arg(PageHtml::text(label(key)), PageHtml::text(key),
                             PageHtml::value(entry.value, m_text, timeZone()));
        }
        if (rows.isEmpty())
            return QString();
        return QStringLiteral("<h2 class=\"other\">%1</h2>\n<table class=\"fields\" width=\"100%\" cellspacing=\"0\" "
                              "cellpadding=\"5\">\n%2</table>\n")
            .arg(PageHtml::text(m_text.get("Autres champs", "Other fields")), rows);
    }

    const EventDocument& m_document;
    const CollectionSchema& m_schema;
    const SiteConfig& m_config;
    const YamlValue m_frontMatter;
    const PageText m_text;
    const ResourceResolver m_resolver;
    const int m_maxImageWidth;
    QSet<QString> m_shown;
};

} // namespace

QString EventPage::build(const EventDocument& document,
                         const CollectionSchema& schema,
                         const SiteConfig& config,
                         const RenderedMarkdown& body,
                         int maxImageWidth)
{
    PageBuilder builder(document, schema, config, maxImageWidth);
    return builder.build(body);
}

QString EventPage::build(const EventDocument& document,
                         const CollectionSchema& schema,
                         const SiteConfig& config,
                         int maxImageWidth)
{
    return build(document, schema, config, MarkdownRenderer::render(document.body(), document.bodyLine()),
                 maxImageWidth);
}

QString EventPage::withLineAnchors(const RenderedMarkdown& rendered)
{
    // QTextDocument keeps a named anchor only on the text that follows it in the same block, so
    // the anchor goes inside the block's first element that holds text (the paragraph, the
    // heading, the first item of a list, the first cell of a table), or before the block when it
    // has none (a rule).
    static const QRegularExpression textElement(
        QStringLiteral("<(?:p|h[1-6]|li|td|th|pre|dt|dd|div|figcaption)(?:\\s[^>]*)?>"),
        QRegularExpression::CaseInsensitiveOption);
    QString html = rendered.html;
    // From the last block back, so the offsets of the earlier ones stay right.
    int end = int(html.size());
    for (int i = int(rendered.blocks.size()) - 1; i >= 0; --i) {
        const SourceBlock& block = rendered.blocks.at(i);
        if (block.htmlOffset < 0 || block.htmlOffset > html.size())
            continue;
        int at = block.htmlOffset;
        const QRegularExpressionMatch match = textElement.match(html, block.htmlOffset);
        if (match.hasMatch() && match.capturedStart() < end)
            at = int(match.capturedEnd());
        html.insert(at, QStringLiteral("<a name=\"line-%1\"></a>").arg(block.line));
        end = block.htmlOffset;
    }
    return html;
}

} // namespace EventDesk
