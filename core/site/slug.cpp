#include "slug.h"

#include "siteconfig.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace EventDesk {

namespace {

// The words the rules put in place of symbols: Siteleaf's (stringex's English defaults) and ours.
// clang-format off
enum Word {
    And, At, Degrees, Divide, Dot, Ellipsis, Equals, Number, Percent, Plus, Slash, Star,
    Dollars, DollarCents, Euros, EuroCents, Pounds, Pence, Yen, Cents, FirstFraction, WordCount = FirstFraction + 15
};

const char* const wordTable[WordCount][2] = {
    {"and", "et"}, {"at", "arobase"}, {"degrees", "degres"}, {"divide", "divise"}, {"dot", "point"},
    // "...", "/" and "*" have no French word: they only separate words.
    {"dot dot dot", ""}, {"equals", "egal"}, {"number", "numero"}, {"percent", "pourcent"}, {"plus", "plus"},
    {"slash", ""}, {"star", ""},
    {"dollars", "dollars"}, {"cents", "cents"}, {"euros", "euros"}, {"cents", "centimes"}, {"pounds", "livres"},
    {"pence", "pence"}, {"yen", "yens"}, {"cents", "centimes"},
    // ½ ⅓ ⅔ ¼ ¾ ⅕ ⅖ ⅗ ⅘ ⅙ ⅚ ⅛ ⅜ ⅝ ⅞, in stringex's order
    {"half", "demi"}, {"one third", "un tiers"}, {"two thirds", "deux tiers"}, {"one fourth", "un quart"},
    {"three fourths", "trois quarts"}, {"one fifth", "un cinquieme"}, {"two fifths", "deux cinquiemes"},
    {"three fifths", "trois cinquiemes"}, {"four fifths", "quatre cinquiemes"}, {"one sixth", "un sixieme"},
    {"five sixths", "cinq sixiemes"}, {"one eighth", "un huitieme"}, {"three eighths", "trois huitiemes"},
    {"five eighths", "cinq huitiemes"}, {"seven eighths", "sept huitiemes"}};
// clang-format on

struct Style
{
    // Siteleaf's rules with their accidents (kept: a name must match what Siteleaf made), or ours.
    bool siteleaf;

    QLatin1String word(int word) const { return QLatin1String(wordTable[word][siteleaf ? 0 : 1]); }
    QString spaced(int word) const { return QLatin1Char(' ') + this->word(word) + QLatin1Char(' '); }
};

// Ruby's `^` and `$` match at every line; PCRE's \s, \S and \d without Unicode properties are, as
// in Ruby, ASCII only. Ruby's [[:alpha:]] is Unicode: it is written [\p{L}\p{Nl}] below.
QRegularExpression rubyRegex(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption);
}

// Compiles UTF-8 patterns once, for the tables below.
QList<QRegularExpression> compile(std::initializer_list<const char*> patterns)
{
    QList<QRegularExpression> compiled;
    for (const char* pattern : patterns)
        compiled.append(rubyRegex(QString::fromUtf8(pattern)));
    return compiled;
}

bool isRubySpace(QChar c)
{
    return c == QLatin1Char(' ') || (c >= QLatin1Char('\t') && c <= QLatin1Char('\r'));
}

// stringex ends every conversion with `smart_strip!`: strip, then give back the leading and
// trailing whitespace the text had before the conversion. It decides whether a later `$` matches.
QString smartStrip(const QString& before, const QString& after)
{
    auto leading = [](const QString& s) {
        int n = 0;
        while (n < s.size() && isRubySpace(s.at(n)))
            ++n;
        return n;
    };
    auto trailing = [](const QString& s) {
        int n = 0;
        while (n < s.size() && isRubySpace(s.at(s.size() - 1 - n)))
            ++n;
        return n;
    };
    const int start = leading(after);
    const QString stripped =
        start == after.size() ? QString() : after.mid(start, after.size() - start - trailing(after));
    return before.left(leading(before)) + stripped + before.right(trailing(before));
}

// Strips `character` from both ends and squeezes its runs (stringex's `collapse`).
QString collapse(const QString& text, QChar character)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == character && (result.isEmpty() || result.endsWith(character)))
            continue;
        result.append(c);
    }
    if (result.endsWith(character))
        result.chop(1);
    return result;
}

QString stripHtmlTags(const QString& text)
{
    static const QRegularExpression tag = rubyRegex(QStringLiteral(
        "<[!/?\\[]?([\\w:_-]+|--)(\\s+(([\\w:_-]+(\\s*=\\s*([A-Za-z0-9]+|('[^']*?'|\"[^\"]*?\")))?)(\\s+([\\w:_-]+"
        "(\\s*=\\s*([A-Za-z0-9]+|('[^']*?'|\"[^\"]*?\")))?))*))?\\s*([!/?\\]]+|--)?>"));
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString result = smartStrip(text, QString(text).remove(tag));
    return result.replace(whitespace, QStringLiteral(" "));
}

QString smartPunctuation(const QString& text, const Style& style)
{
    // stringex's byte patterns for Windows-1252 quotes also match Ò, Ó (as ") and Õ (as ').
    static const QRegularExpression siteleafDouble(QStringLiteral("[\u201C\u201D\u0093\u0094\u00D2\u00D3]"));
    static const QRegularExpression siteleafSingle(QStringLiteral("[\u2018\u2019\u0091\u0092\u00D5]"));
    static const QRegularExpression cleanDouble(QStringLiteral("[\u201C\u201D]"));
    static const QRegularExpression cleanSingle(QStringLiteral("[\u2018\u2019]"));
    QString result = text;
    result.replace(style.siteleaf ? siteleafDouble : cleanDouble, QStringLiteral("\""));
    result.replace(style.siteleaf ? siteleafSingle : cleanSingle, QStringLiteral("'"));
    result.replace(QChar(char16_t(0x2026)), QLatin1String("..."));
    return smartStrip(text, result);
}

QString htmlEntities(const QString& text, const Style& style)
{
    static const QRegularExpression accented(
        QStringLiteral("&([A-Za-z])(grave|acute|circ|tilde|uml|ring|cedil|slash);"));
    QString result = smartStrip(text, QString(text).replace(accented, QStringLiteral("\\1")));

    static const QList<QRegularExpression> fractions = compile(
        {"&#189;|&frac12;|\u00BD", "&#8531;|\u2153", "&#8532;|\u2154", "&#188;|&frac14;|\u00BC",
         "&#190;|&frac34;|\u00BE", "&#8533;|\u2155", "&#8534;|\u2156", "&#8535;|\u2157", "&#8536;|\u2158",
         "&#8537;|\u2159", "&#8538;|\u215A", "&#8539;|\u215B", "&#8540;|\u215C", "&#8541;|\u215D", "&#8542;|\u215E"});
    const QString beforeFractions = result;
    for (int i = 0; i < fractions.size(); ++i)
        result.replace(fractions.at(i), style.word(FirstFraction + i));
    result = smartStrip(beforeFractions, result);

    // stringex's entity table, in its order (its fractions are gone already).
    static const QList<QRegularExpression> entities =
        compile({"&(#38|amp);", "&(#162|cent);", "&(#169|copy);", "&(#176|deg);", "&(#247|divide);",
                 "&(#34|#822[012]|quot|ldquo|rdquo|dbquo);", "&(#8230|hellip);", "&(#8211|ndash);", "&(#8212|mdash);",
                 "&(#62|gt);", "&(#60|lt);", "&(#160|nbsp);", "&(#163|pound);", "&(#174|reg);",
                 "&(#39|#821[678]|apos|lsquo|rsquo|sbquo);", "&(#215|times);", "&(#8482|trade);", "&(#165|yen);"});
    const QString replacements[] = {style.word(And),
                                    QLatin1Char(' ') + style.word(Cents),
                                    QStringLiteral("(c)"),
                                    style.spaced(Degrees),
                                    style.word(Divide),
                                    QStringLiteral("\""),
                                    QStringLiteral("..."),
                                    QStringLiteral("-"),
                                    QStringLiteral("--"),
                                    QStringLiteral(">"),
                                    QStringLiteral("<"),
                                    QStringLiteral(" "),
                                    QLatin1Char(' ') + style.word(Pounds),
                                    QStringLiteral("(r)"),
                                    QStringLiteral("'"),
                                    QStringLiteral("x"),
                                    QStringLiteral("(tm)"),
                                    QLatin1Char(' ') + style.word(Yen)};
    const QString beforeEntities = result;
    for (int i = 0; i < entities.size(); ++i)
        result.replace(entities.at(i), replacements[i]);
    static const QRegularExpression spaces(QStringLiteral(" +"));
    result.replace(spaces, QStringLiteral(" "));
    // Siteleaf drops anything from a `&` to the next `;` ("R&D; suite" -> "R suite"); we drop
    // only what an entity looks like.
    static const QRegularExpression siteleafEntity(QStringLiteral("&[^;]+;"));
    static const QRegularExpression cleanEntity(QStringLiteral("&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"));
    result.remove(style.siteleaf ? siteleafEntity : cleanEntity);
    return smartStrip(beforeEntities, result);
}

void currencies(QString& text, const Style& style)
{
    // Siteleaf's list also has Brazil's "R$" written as a regular expression, so "R" at the end
    // of a line counts as a currency, and " R" there is removed.
    static const QRegularExpression siteleafAny = rubyRegex(QStringLiteral("\\$|\u20AC|\u00A3|\u00A5|R$"));
    static const QRegularExpression cleanAny(QStringLiteral("[$\u20AC\u00A3\u00A5]"));
    if (!text.contains(style.siteleaf ? siteleafAny : cleanAny))
        return;
    // Dollars, euros and pounds with cents, then dollars, euros, pounds, yen and "R$" alone.
    static const QList<QRegularExpression> withCents =
        compile({"(?:\\s|^)\\$(\\d+)\\.(\\d+)(?:\\s|$)", "(?:\\s|^)\u20AC(\\d+)\\.(\\d+)(?:\\s|$)",
                 "(?:\\s|^)\u00A3(\\d+)\\.(\\d+)(?:\\s|$)"});
    static const QList<QRegularExpression> alone =
        compile({"(?:\\s|^)\\$(\\d*)(?:\\s|$)", "(?:\\s|^)\u20AC(\\d*)(?:\\s|$)", "(?:\\s|^)\u00A3(\\d*)(?:\\s|$)",
                 "(?:\\s|^)\u00A5(\\d*)(?:\\s|$)", "(?:\\s|^)R$(\\d*)(?:\\s|$)"});
    const Word units[] = {Dollars, Euros, Pounds, Yen};
    const Word cents[] = {DollarCents, EuroCents, Pence};
    for (int i = 0; i < withCents.size(); ++i)
        text.replace(withCents.at(i),
                     QStringLiteral(" \\1 %1 \\2 %2 ").arg(style.word(units[i]), style.word(cents[i])));
    for (int i = 0; i < 4; ++i)
        text.replace(alone.at(i), QStringLiteral(" \\1 %1 ").arg(style.word(units[i])));
    if (style.siteleaf)
        text.replace(alone.at(4), QStringLiteral("  "));
}

// One pass of stringex's `convert_miscellaneous_characters`; it runs before and after
// transliteration.
QString miscellaneous(const QString& input, const Style& style)
{
    QString s = input;
    // "1,000" -> "1000" (in French the comma is the decimal mark: ours keeps the numbers apart).
    static const QRegularExpression thousands(QStringLiteral("(\\d+),(\\d+)"));
    if (style.siteleaf)
        s.replace(thousands, QStringLiteral("\\1\\2"));
    static const QRegularExpression ellipsis(QStringLiteral("\\s*\\.{3,}\\s*"));
    s.replace(ellipsis, style.spaced(Ellipsis));
    currencies(s, style);

    // Abbreviations lose their dots: "U.S.A." -> "USA".
    static const QRegularExpression abbreviation =
        rubyRegex(QStringLiteral("(\\s|^)([\\p{L}\\p{Nl}](\\.[\\p{L}\\p{Nl}])+(\\.?)[\\p{L}\\p{Nl}]*(\\s|$))"));
    QString joined;
    int end = 0;
    for (auto it = abbreviation.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        joined += s.mid(end, match.capturedStart() - end) + match.captured().remove(QLatin1Char('.'));
        end = int(match.capturedEnd());
    }
    s = joined + s.mid(end);

    if (!style.siteleaf) {
        // "n°12" is "numéro 12"; the point of "agent·e·s" (inclusive writing) is no separator.
        static const QRegularExpression numero(QStringLiteral("(?<![\\p{L}\\p{N}])[nN]\\s*[\u00B0\u00BA]\\s*"));
        static const QRegularExpression inclusive(QStringLiteral("(?<=\\p{L})[\u00B7\u2022](?=\\p{L})"));
        s.replace(numero, style.spaced(Number));
        s.remove(inclusive);
    }
    static const QRegularExpression andSign(QStringLiteral("\\s*&\\s*"));
    static const QRegularExpression atSign(QStringLiteral("\\s*@\\s*"));
    static const QRegularExpression degreeSign(QStringLiteral("\\s*\u00B0\\s*"));
    static const QRegularExpression divideSign(QStringLiteral("\\s*\u00F7\\s*"));
    static const QRegularExpression dot = rubyRegex(QStringLiteral("(\\S|^)\\.(\\S)"));
    static const QRegularExpression equalsSign(QStringLiteral("\\s*=\\s*"));
    static const QRegularExpression numberBeforeDigit(QStringLiteral("\\s*#(?=\\d)"));
    static const QRegularExpression numberSign(QStringLiteral("\\s*#"));
    static const QRegularExpression percentSign(QStringLiteral("\\s*%\\s*"));
    static const QRegularExpression plusSign(QStringLiteral("\\s*\\+\\s*"));
    static const QRegularExpression slashSign(QStringLiteral("\\s*(\\\\|/|\uFF0F)\\s*"));
    static const QRegularExpression starSign(QStringLiteral("\\s*\\*\\s*"));
    static const QRegularExpression starOrPoint(QStringLiteral("\\s*[*\u00B7\u2022]\\s*"));
    s.replace(andSign, style.spaced(And));
    s.replace(atSign, style.spaced(At));
    s.replace(degreeSign, style.spaced(Degrees));
    s.replace(divideSign, style.spaced(Divide));
    s.replace(dot, QStringLiteral("\\1 %1 \\2").arg(style.word(Dot)));
    s.replace(ellipsis, style.spaced(Ellipsis));
    s.replace(equalsSign, style.spaced(Equals));
    if (style.siteleaf) {
        s.replace(numberSign, style.spaced(Number));
    } else {
        // A number's "#" reads "numéro"; a hashtag's is dropped.
        s.replace(numberBeforeDigit, style.spaced(Number));
        s.replace(numberSign, QStringLiteral(" "));
    }
    s.replace(percentSign, style.spaced(Percent));
    s.replace(plusSign, style.spaced(Plus));
    s.replace(slashSign, style.spaced(Slash));
    s.replace(style.siteleaf ? starSign : starOrPoint, style.spaced(Star));

    static const QRegularExpression apostrophe = rubyRegex(QStringLiteral("(^|[\\p{L}\\p{Nl}])'|`([\\p{L}\\p{Nl}]|$)"));
    s.replace(apostrophe, QStringLiteral("\\1\\2"));
    static const QRegularExpression cleanup(QStringLiteral("[.,:;(){}\\[\\]?!^'\u02BC\"_|]"));
    s.replace(cleanup, QStringLiteral(" "));
    return smartStrip(input, s);
}

// stringex's transliteration (its Unidecode tables) of U+0080..U+00FF and U+2000..U+20AF, 16 a row.
// "[nil]": four entries of the gem's YAML that read as a nested list, which Ruby then prints.
// clang-format off
const char* const latin1Table[128] = {
    "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
    "", "'", "'", "\"", "\"", "", "", "", "", "", "", "", "", "", "", "",
    " ", "", "C/", "PS", "$?", "Y=", "|", "SS", "\"", "(c)", "a", "<<", "!", "", "(r)", "-",
    "deg", "+-", "2", "3", "'", "u", "P", "*", ",", "1", "o", ">>", "1/4", "1/2", "3/4", "",
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
    "D", "N", "O", "O", "O", "O", "O", "x", "O", "U", "U", "U", "U", "Y", "Th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "/", "o", "u", "u", "u", "u", "y", "th", "y"};
const char* const punctuationTable[176] = {
    " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "", "", "", "", "",
    "-", "-", "-", "--", "---", "--", "||", "_", "'", "'", ",", "'", "\"", "\"", ",,", "\"",
    "+", "++", "*", "*>", ".", "..", "...", ".", "\n", "\n\n", "", "", "", "", "", " ",
    "%0", "%00", "'", "\"", "'''", "`", "``", "```", "^", "<", ">", "*", "!!", "?!", "[nil]", "_",
    "[nil]", "^", "***", "--", "/", "-[", "]-", "[?]", "?!", "!?", "7", "PP", "(]", "[)", "*", ";",
    "[?]", "[?]", "[?]", "~", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]",
    "", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "", "", "", "", "", "",
    "0", "", "", "", "4", "5", "6", "7", "8", "9", "+", "[nil]", "=", "(", ")", "n",
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+", "[nil]", "=", "(", ")", "[?]",
    "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]", "[?]",
    "ECU", "CL", "Cr", "FF", "L", "mil", "N", "Pts", "Rs", "W", "NS", "D", "EU", "K", "T", "Dr"};
// clang-format on

// Letters that do not decompose, as the same tables give them.
const struct
{
    char32_t code;
    const char* ascii;
} undecomposedLetters[] = {{0x110, "D"},  {0x111, "d"},  {0x126, "H"},  {0x127, "h"},  {0x131, "i"},  {0x132, "IJ"},
                           {0x133, "ij"}, {0x138, "q"},  {0x13F, "L"},  {0x140, "l"},  {0x141, "L"},  {0x142, "l"},
                           {0x149, "'n"}, {0x14A, "NG"}, {0x14B, "ng"}, {0x152, "OE"}, {0x153, "oe"}, {0x166, "T"},
                           {0x167, "t"},  {0x17F, "s"},  {0x1E9E, "Ss"}};

QString transliterate(char32_t code, const Style& style)
{
    if (!style.siteleaf) {
        // Ours reads the currency signs the stringex tables spell "EU", "PS" and "Y=".
        if (code == 0x20AC)
            return style.spaced(Euros);
        if (code == 0xA3)
            return style.spaced(Pounds);
        if (code == 0xA5)
            return style.spaced(Yen);
        if (code == 0x2030)
            return QStringLiteral(" pour mille ");
    }
    if (code >= 0x80 && code <= 0xFF)
        return QLatin1String(latin1Table[code - 0x80]);
    if (code >= 0x2000 && code <= 0x20AF)
        return QLatin1String(punctuationTable[code - 0x2000]);
    for (const auto& letter : undecomposedLetters) {
        if (letter.code == code)
            return QLatin1String(letter.ascii);
    }
    // Otherwise the compatibility decomposition without its marks, when that is ASCII ("ﬁ" -> "fi",
    // "ŕ" -> "r", a lone combining accent -> nothing). The rest (emoji, scripts other than Latin)
    // gets the "?" stringex gives a code point it has no table for, which then separates words.
    const QString decomposed = QString::fromUcs4(&code, 1).normalized(QString::NormalizationForm_KD);
    QString ascii;
    for (const QChar c : decomposed) {
        if (c.unicode() < 0x80)
            ascii.append(c);
        else if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining
                 && c.category() != QChar::Mark_Enclosing)
            return QStringLiteral("?");
    }
    return ascii;
}

QString toAscii(const QString& text, const Style& style)
{
    QString result;
    result.reserve(text.size());
    const QList<uint> codes = text.toUcs4();
    for (const uint code : codes) {
        if (code < 0x80)
            result.append(QChar(char16_t(code)));
        else
            result.append(transliterate(char32_t(code), style));
    }
    return result;
}

QString toUrl(const QString& title, const Style& style)
{
    QString s = stripHtmlTags(title);
    s = smartPunctuation(s, style);
    s = htmlEntities(s, style);
    s = miscellaneous(s, style);
    s = toAscii(s, style);
    // Transliteration makes new symbols ("«" -> "<<", "·" -> "*", "…" -> "..."): a second pass.
    s = miscellaneous(s, style);
    s = collapse(s, QLatin1Char(' '));
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    s.replace(whitespace, QStringLiteral("-"));
    if (!style.siteleaf) {
        static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9]"));
        s.replace(other, QStringLiteral("-"));
    }
    return collapse(s, QLatin1Char('-')).toLower();
}

} // namespace

QString Slug::siteleaf(const QString& title)
{
    return toUrl(title, Style{true});
}

QString Slug::clean(const QString& title)
{
    return toUrl(title, Style{false});
}

QString Slug::jekyllSlug(const QString& text, bool pretty, bool cased)
{
    static const QRegularExpression defaultRun(QStringLiteral("[^\\p{M}\\p{L}\\p{Nd}]+"));
    static const QRegularExpression prettyRun(QStringLiteral("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+"));
    QString slug = text;
    slug.replace(pretty ? prettyRun : defaultRun, QStringLiteral("-"));
    // Jekyll removes one hyphen at each end (gsub(/^-|-$/)): runs are single hyphens already.
    if (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    if (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return cased ? slug : slug.toLower();
}

QString
Slug::uniqueFileName(const QString& folder, const QString& slug, const QString& extension, QRandomGenerator* random)
{
    QSet<QString> names; // every entry of the folder
    QSet<QString> markdownBases; // base names of its Markdown files
    const QStringList markdown = SiteConfig::markdownExtensions();
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        names.insert(entry.fileName().toLower());
        if (markdown.contains(entry.suffix().toLower()))
            markdownBases.insert(entry.completeBaseName().toLower());
    }
    const QString dotExtension = extension.isEmpty() ? QString() : QLatin1Char('.') + extension;
    const auto isFree = [&](const QString& base) {
        return !markdownBases.contains(base.toLower()) && !names.contains((base + dotExtension).toLower());
    };

    // Room for "-" and the 6 digits, so that a suffixed name fits too.
    const int maximumBytes = 255 - 7 - int(dotExtension.toUtf8().size());
    QString base = slug;
    while (base.toUtf8().size() > maximumBytes) {
        const int cut = int(base.lastIndexOf(QLatin1Char('-')));
        base.truncate(cut > 0 ? cut : base.size() - 1);
    }
    if (!base.isEmpty() && isFree(base))
        return base + dotExtension;
    QRandomGenerator* generator = random ? random : QRandomGenerator::global();
    for (;;) {
        const QString digits = QStringLiteral("%1").arg(generator->bounded(0x1000000u), 6, 16, QLatin1Char('0'));
        const QString candidate = base.isEmpty() ? digits : base + QLatin1Char('-') + digits;
        if (isFree(candidate))
            return candidate + dotExtension;
    }
}

} // namespace EventDesk
