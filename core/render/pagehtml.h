#pragma once

#include "document/yamlvalue.h"
#include "resourceresolver.h"

#include <QSize>
#include <QString>

namespace EventDesk {

// The words of the preview page, in the site's language (not the interface's: the page shows
// what the site will show).
struct PageText
{
    explicit PageText(bool isFrench)
        : french(isFrench)
    {
    }
    QString get(const char* frenchText, const char* englishText) const
    {
        return QString::fromUtf8(french ? frenchText : englishText);
    }
    // What goes between a label and its value: "Horaires : " (French spacing), "Hours: ".
    QString colon() const { return french ? QStringLiteral("\u00a0: ") : QStringLiteral(": "); }

    bool french;
};

// The pieces of HTML the event page is made of. Every text given to them is escaped here, so
// nothing from a front matter reaches the page as markup.
class PageHtml
{
public:
    // Escaped, line breaks kept.
    static QString text(const QString& plainText);
    static QString muted(const QString& plainText);
    // A highlighted box across the page.
    static QString notice(const QString& plainText);

    // A value as one line of text: lists joined with commas, dates in words, booleans as
    // yes/no.
    static QString plain(const YamlValue& value, const PageText& words, const QString& timeZone);
    // A value of any shape as HTML: nested lists and maps as lists, empty values said so.
    static QString value(const YamlValue& value, const PageText& words, const QString& timeZone);
    // A list of texts as a line of labels: "Catégories : [Atelier] [Webinaire]". Empty when
    // the list is.
    static QString chips(const QString& label, const YamlValue& value, const PageText& words, const QString& timeZone);
    // A list of maps as a definition list: each item's first value as the term, its other
    // values (nested lists flattened: "T1 – T2") as definitions. Empty when the list is.
    static QString
    definitionList(const QString& label, const YamlValue& value, const PageText& words, const QString& timeZone);

    // An image from the site, at most `maxWidth` pixels wide (0: its own width), or a
    // placeholder.
    static QString image(const QString& source,
                         const QString& alt,
                         const ResourceResolver& resolver,
                         const PageText& words,
                         int maxWidth = 0);
    // The width to give an image file so it is at most `maxWidth` wide: 0 when it fits, when
    // `maxWidth` is 0 or when its size cannot be read (nothing is changed then).
    static int fittedWidth(const QString& path, int maxWidth);
    // The size a PNG, GIF, JPEG or WebP file declares in its header; invalid when the file is
    // none of those (core has no image decoders: Qt's are in Qt GUI).
    static QSize imageSize(const QString& path);
    // The bordered box shown instead of an image the preview does not load.
    static QString
    placeholder(const QString& alt, const QString& source, ResolvedResource::Kind kind, const PageText& words);

    // `<img>` tags of an HTML fragment pointed at the files the resolver finds (narrowed to
    // `maxImageWidth` when wider and given no width of their own); the others replaced by a
    // placeholder box with their alternative text.
    static QString
    resolveImages(const QString& html, const ResourceResolver& resolver, const PageText& words, int maxImageWidth = 0);

    // HTML character references in an attribute value (`&amp;`, `&#233;`, `&#xE9;`).
    static QString decodeEntities(const QString& html);
};

} // namespace EventDesk
