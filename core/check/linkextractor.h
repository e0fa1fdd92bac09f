#pragma once

#include "document/yamlvalue.h"

#include <QString>
#include <QVector>

namespace EventDesk {

class CollectionSchema;

// A link or an image found in a document, where it is written.
struct ExtractedLink
{
    enum class Kind { Link, Image };
    enum class Source { Markdown, Html, FrontMatter };

    Kind kind = Kind::Link;
    Source source = Source::Markdown;
    QString url; // as written
    QString text; // a link's text, an image's alternative text
    bool hasText = true; // false for an <img> without alt
    QString field; // for a front matter value: its path
    int line = 0; // in the file, 1-based (body links)
    int column = 0;
};

// Finds the links of a body and of a front matter: Markdown inline, reference and automatic
// links and images, raw HTML href and src, and front matter values that hold URLs or upload
// paths. Code spans and code blocks are skipped.
class LinkExtractor
{
public:
    static QVector<ExtractedLink> fromBody(const QString& body, int firstLine = 1);
    static QVector<ExtractedLink> fromFrontMatter(const YamlValue& frontMatter);
};

} // namespace EventDesk
