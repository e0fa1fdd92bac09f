#pragma once

#include <QString>

class QRandomGenerator;

namespace EventDesk {

// File names from titles. Siteleaf names a new document with the `to_url` of the Ruby gem stringex
// (2.x, before `<` and `>` joined its cleanup characters): symbols become English words, accents are
// dropped, the rest is lowercase ASCII joined by `-`. Jekyll then turns the file's base name into
// the `:title` of the permalink with its own slugify. Both are reproduced here, with their quirks,
// so that a file EventDesk creates is named as Siteleaf would have named it.
class Slug
{
public:
    // The file name (without extension) Siteleaf gives a document with this title:
    // "Atelier #3 : 100% «en ligne»" -> "atelier-number-3-100-percent-<<en-ligne>>".
    // Empty when nothing of the title survives (a title of emoji only, for example).
    static QString siteleaf(const QString& title);

    // The same rules made to read as French and to give only [a-z0-9-]: `%` -> "pourcent",
    // `#` before a digit -> "numero" (a hashtag's `#` is dropped), `n°` -> "numero", `&` -> "et",
    // `.` between words -> "point", `=` -> "egal", `°` -> "degres", `€` -> "euros"; guillemets,
    // `/`, `*`, `...` and every other symbol left only separate words; the inclusive-writing point
    // of "agent·e·s" joins them; "1,5" stays two numbers. Siteleaf's accidents are not reproduced.
    static QString clean(const QString& title);

    // Jekyll 4.3's Utils.slugify in its "default" mode (letters, marks and decimal digits are kept,
    // every other run becomes `-`) or "pretty" mode (also keeps `._~!$&'()+,;=@`); one leading and
    // one trailing `-` are removed; lowercased unless `cased`. Jekyll builds a document's `:title`
    // with the pretty, cased form of its file's base name, which is how `<<`/`>>` leave the URL.
    static QString jekyllSlug(const QString& text, bool pretty, bool cased);

    // A file name in `folder` for `slug`: "slug.extension" when no file of that base name exists
    // there with any Markdown extension (compared without case, as a case-insensitive checkout
    // would), otherwise "slug-" and 6 lowercase hex digits from `random` (Siteleaf's collision
    // suffix; QRandomGenerator::global() when null), drawn again until free. Never the name of an
    // existing entry. A slug too long for a 255-byte name with its suffix is cut at a `-`; an
    // empty slug gets the hex digits alone.
    static QString
    uniqueFileName(const QString& folder, const QString& slug, const QString& extension, QRandomGenerator* random);
};

} // namespace EventDesk
