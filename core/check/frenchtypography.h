#pragma once

#include <QString>
#include <QVector>

namespace EventDesk {

// French typography in a text as it will be published (the preview shows the text itself, so
// the rules are fixed in the text, not by the renderer):
//   - a narrow no-break space (U+202F) before ; ! ? and a no-break space (U+00A0) before :,
//     instead of a plain space or none;
//   - no-break spaces inside « and »;
//   - hours written "16 h 30" with no-break spaces ("16h30", "16 h 30", "14h");
//   - the typographic apostrophe ’ between letters, when the site writes it (`curly`).
// URLs, code (spans and blocks), HTML tags, Liquid tags and kramdown attribute lists are left as
// they are; so are times written 10:30 and ratios such as 3:2.
class FrenchTypography
{
public:
    struct Issue
    {
        int position = 0; // in the text, in UTF-16 units
        int length = 0; // of the text to replace
        QString replacement;
        QString rule; // "space-before", "guillemets", "hour", "apostrophe"
    };

    static QVector<Issue> check(const QString& text, bool curlyApostrophes = true);
    // The text with every issue fixed.
    static QString fix(const QString& text, bool curlyApostrophes = true);
};

} // namespace EventDesk
