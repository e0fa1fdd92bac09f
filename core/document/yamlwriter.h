#pragma once

#include "yamlvalue.h"

#include <QByteArray>

namespace EventDesk {

// The facts of a file's writing that change between the versions of the tool that wrote it.
// Everything else about the house style is fixed (see YamlWriter).
struct YamlStyle
{
    // `key: ` and `- ` with a space before an empty value, as libyaml wrote them before 0.2.5;
    // `key:` and `-` otherwise.
    bool emptyValueSpace = false;
    // The closing quote of a single-quoted string that ends with a line break at the start of its
    // line, as older libyaml wrote it; indented under the key otherwise.
    bool closingQuoteAtLineStart = false;
    QByteArray lineBreak = "\n";

    bool operator==(const YamlStyle& other) const
    {
        return emptyValueSpace == other.emptyValueSpace && closingQuoteAtLineStart == other.closingQuoteAtLineStart
            && lineBreak == other.lineBreak;
    }
    bool operator!=(const YamlStyle& other) const { return !(*this == other); }
};

// Writes values as the site's files are written: by Siteleaf through Ruby's Psych, whose emitter
// is libyaml's. Psych picks a style for each string (a literal block for several lines, double
// quotes for `y`, `n` and strings that start with punctuation, single quotes for strings that
// would read as another type), then libyaml keeps it only when the text allows it: plain when no
// indicator or edge space gets in the way, single quotes unless the text needs an escape, double
// quotes otherwise. Long lines fold at the first space after column 80 (counted in characters),
// continuation lines indented two spaces more than their key; lists sit at their key's column;
// date-times are written `YYYY-MM-DD HH:MM:SS +HH:MM`. The original text of a value is never
// used: the same value always gives the same text, which is how an unchanged value comes out as
// it was written.
class YamlWriter
{
public:
    static constexpr int LineWidth = 80;

    // One entry of a top-level block mapping: `key: value` and its line break, with any nested
    // lines.
    static QByteArray entry(const YamlValue& key, const YamlValue& value, const YamlStyle& style = YamlStyle());
    static QByteArray entry(const QString& key, const YamlValue& value, const YamlStyle& style = YamlStyle());
    // The text of a whole front matter (without its `---` lines) for a map, as the entries of a
    // block mapping one after the other. An empty map gives no text.
    static QByteArray mapping(const YamlValue& map, const YamlStyle& style = YamlStyle());

    // A file path as Siteleaf stores it in front matter (`/uploads/Visuel_caf%C3%A9.jpg`): UTF-8,
    // percent-encoded as Ruby's URI::DEFAULT_PARSER.escape does, which keeps letters, digits and
    // -_.!~*'();/?:@&=+$,[] as they are.
    static QString percentEncodedPath(const QString& path);

    // Whether the text of a value can change with the facts of YamlStyle other than line breaks:
    // it holds a null or a string that ends with a line break.
    static bool dependsOnStyleFacts(const YamlValue& value);
};

} // namespace EventDesk
