#pragma once

#include "markdownrenderer.h"

#include <QString>

namespace EventDesk {

class CollectionSchema;
class EventDocument;
class SiteConfig;

// The preview of one event: an approximation of the site's event page (its
// _layouts/evenement.html) that QTextBrowser shows well (tables for layout, simple CSS, no
// script, nothing from the network). From the top: a notice when the page is not published or
// its front matter does not read, the first image with its caption and alternative text, the
// dates in the site's language and time zone, the title, the lead, the practical information
// (place, address, every list of maps without a role, such as access lines, as a definition
// list, the information items), categories and other keyword lists, the body, and every other
// front matter field in an "Other fields" section: nothing the file holds goes unseen.
//
// Fields are found through the schema's roles, never by key name. Every front matter value is
// HTML-escaped. Images load from the site folder as file: URLs (ResourceResolver); external,
// missing or refused ones show as a bordered box with their alternative text. Each top-level
// block of the body starts with `<a name="line-N"></a>`, N its line in the file, so the
// preview can scroll to the text being edited.
//
// QTextBrowser shows images at their own size, whatever the width of the view: `maxImageWidth`
// gives wider local images a width attribute that fits (0: no limit). Pass the width inside the
// page: the viewport's width less the page's padding (2 × 18 px), the document margins and room
// for a vertical scroll bar.
class EventPage
{
public:
    static QString build(const EventDocument& document,
                         const CollectionSchema& schema,
                         const SiteConfig& config,
                         const RenderedMarkdown& body,
                         int maxImageWidth = 0);
    // Renders the body itself (MarkdownRenderer::render from the body's first line).
    static QString build(const EventDocument& document,
                         const CollectionSchema& schema,
                         const SiteConfig& config,
                         int maxImageWidth = 0);

    // `<a name="line-N"></a>` inserted in each block, before its first text (where QTextBrowser
    // keeps it: `<p><a name="line-4"></a>Premier`, `<ul>\n<li><a name="line-6"></a>`).
    static QString withLineAnchors(const RenderedMarkdown& rendered);
};

} // namespace EventDesk
