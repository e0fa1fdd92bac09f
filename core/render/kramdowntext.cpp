#include "kramdowntext.h"

#include <QHash>
#include <QRegularExpression>

namespace EventDesk {

namespace {

struct Entity
{
    const char* name;
    char32_t code;
};

// HTML 4's named entities (kramdown's list) and a few more from HTML 5.
const Entity entities[] = {
    {"nbsp", 0xA0},     {"iexcl", 0xA1},    {"cent", 0xA2},      {"pound", 0xA3},    {"curren", 0xA4},
    {"yen", 0xA5},      {"brvbar", 0xA6},   {"sect", 0xA7},      {"uml", 0xA8},      {"copy", 0xA9},
    {"ordf", 0xAA},     {"laquo", 0xAB},    {"not", 0xAC},       {"shy", 0xAD},      {"reg", 0xAE},
    {"macr", 0xAF},     {"deg", 0xB0},      {"plusmn", 0xB1},    {"sup2", 0xB2},     {"sup3", 0xB3},
    {"acute", 0xB4},    {"micro", 0xB5},    {"para", 0xB6},      {"middot", 0xB7},   {"cedil", 0xB8},
    {"sup1", 0xB9},     {"ordm", 0xBA},     {"raquo", 0xBB},     {"frac14", 0xBC},   {"frac12", 0xBD},
    {"frac34", 0xBE},   {"iquest", 0xBF},   {"Agrave", 0xC0},    {"Aacute", 0xC1},   {"Acirc", 0xC2},
    {"Atilde", 0xC3},   {"Auml", 0xC4},     {"Aring", 0xC5},     {"AElig", 0xC6},    {"Ccedil", 0xC7},
    {"Egrave", 0xC8},   {"Eacute", 0xC9},   {"Ecirc", 0xCA},     {"Euml", 0xCB},     {"Igrave", 0xCC},
    {"Iacute", 0xCD},   {"Icirc", 0xCE},    {"Iuml", 0xCF},      {"ETH", 0xD0},      {"Ntilde", 0xD1},
    {"Ograve", 0xD2},   {"Oacute", 0xD3},   {"Ocirc", 0xD4},     {"Otilde", 0xD5},   {"Ouml", 0xD6},
    {"times", 0xD7},    {"Oslash", 0xD8},   {"Ugrave", 0xD9},    {"Uacute", 0xDA},   {"Ucirc", 0xDB},
    {"Uuml", 0xDC},     {"Yacute", 0xDD},   {"THORN", 0xDE},     {"szlig", 0xDF},    {"agrave", 0xE0},
    {"aacute", 0xE1},   {"acirc", 0xE2},    {"atilde", 0xE3},    {"auml", 0xE4},     {"aring", 0xE5},
    {"aelig", 0xE6},    {"ccedil", 0xE7},   {"egrave", 0xE8},    {"eacute", 0xE9},   {"ecirc", 0xEA},
    {"euml", 0xEB},     {"igrave", 0xEC},   {"iacute", 0xED},    {"icirc", 0xEE},    {"iuml", 0xEF},
    {"eth", 0xF0},      {"ntilde", 0xF1},   {"ograve", 0xF2},    {"oacute", 0xF3},   {"ocirc", 0xF4},
    {"otilde", 0xF5},   {"ouml", 0xF6},     {"divide", 0xF7},    {"oslash", 0xF8},   {"ugrave", 0xF9},
    {"uacute", 0xFA},   {"ucirc", 0xFB},    {"uuml", 0xFC},      {"yacute", 0xFD},   {"thorn", 0xFE},
    {"yuml", 0xFF},     {"Dagger", 0x2021}, {"NoBreak", 0x2060}, {"OElig", 0x152},   {"Prime", 0x2033},
    {"Scaron", 0x160},  {"Yuml", 0x178},    {"amp", 0x26},       {"apos", 0x27},     {"bdquo", 0x201E},
    {"bull", 0x2022},   {"check", 0x2713},  {"circ", 0x2C6},     {"clubs", 0x2663},  {"dagger", 0x2020},
    {"darr", 0x2193},   {"diams", 0x2666},  {"emsp", 0x2003},    {"ensp", 0x2002},   {"euro", 0x20AC},
    {"fnof", 0x192},    {"ge", 0x2265},     {"gt", 0x3E},        {"hArr", 0x21D4},   {"hairsp", 0x200A},
    {"harr", 0x2194},   {"hearts", 0x2665}, {"hellip", 0x2026},  {"infin", 0x221E},  {"lArr", 0x21D0},
    {"larr", 0x2190},   {"ldquo", 0x201C},  {"le", 0x2264},      {"lrm", 0x200E},    {"lsaquo", 0x2039},
    {"lsquo", 0x2018},  {"lt", 0x3C},       {"mdash", 0x2014},   {"minus", 0x2212},  {"nbhy", 0x2011},
    {"ndash", 0x2013},  {"ne", 0x2260},     {"numsp", 0x2007},   {"oelig", 0x153},   {"oline", 0x203E},
    {"permil", 0x2030}, {"prime", 0x2032},  {"puncsp", 0x2008},  {"quot", 0x22},     {"rArr", 0x21D2},
    {"rarr", 0x2192},   {"rdquo", 0x201D},  {"rlm", 0x200F},     {"rsaquo", 0x203A}, {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"scaron", 0x161},  {"spades", 0x2660},  {"thinsp", 0x2009}, {"tilde", 0x2DC},
    {"trade", 0x2122},  {"uarr", 0x2191},   {"zwj", 0x200D},     {"zwnj", 0x200C}};

// Ruby's \s and \w: ASCII only.
bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n')
        || c == QLatin1Char('\f') || c == QLatin1Char('\v');
}

bool isWord(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
}

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'');
}

// kramdown's SQ_PUNCT.
bool isPunctuation(QChar c)
{
    return c.unicode() < 128 && QByteArrayView("!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~").contains(char(c.unicode()));
}

// kramdown's SQ_CLOSE: what may stand before a closing quote.
bool isClosing(QChar c)
{
    return !(c == QLatin1Char(' ') || c == QLatin1Char('\\') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
             || c == QLatin1Char('\n') || c == QLatin1Char('[') || c == QLatin1Char('{') || c == QLatin1Char('(')
             || c == QLatin1Char('-'));
}

QChar opening(QChar quote)
{
    return quote == QLatin1Char('"') ? QChar(0x201C) : QChar(0x2018);
}

QChar closing(QChar quote)
{
    return quote == QLatin1Char('"') ? QChar(0x201D) : QChar(0x2019);
}

// kramdown's SQ_RULES, tried in order at x, where the match starts (the quote, or the character
// before it). Returns how many characters were used and appends what they become.
int smartQuote(const QString& s, int x, QString* out)
{
    const int n = int(s.size());
    auto at = [&](int i) { return i >= 0 && i < n ? s.at(i) : QChar(); };
    auto space = [&](int i) { return i < n && isSpace(s.at(i)); };
    auto word = [&](int i) { return i < n && isWord(s.at(i)); };
    const QChar c = at(x);
    // ("|')(?=[_*]{1,2}\S)
    if (isQuote(c) && (at(x + 1) == QLatin1Char('_') || at(x + 1) == QLatin1Char('*')) && x + 2 < n && !space(x + 2)) {
        *out += opening(c);
        return 1;
    }
    // ("|')(?=PUNCT(?!\.\.)\B)
    if (isQuote(c) && x + 1 < n && isPunctuation(at(x + 1))
        && !(at(x + 2) == QLatin1Char('.') && at(x + 3) == QLatin1Char('.')) && !word(x + 2)) {
        *out += closing(c);
        return 1;
    }
    // (\s?)"'(?=\w) and (\s?)'"(?=\w)
    for (const int k : {space(x) ? 1 : 0, 0}) {
        if (at(x + k) == QLatin1Char('"') && at(x + k + 1) == QLatin1Char('\'') && word(x + k + 2)) {
            *out += s.mid(x, k) + QChar(0x201C) + QChar(0x2018);
            return k + 2;
        }
        if (at(x + k) == QLatin1Char('\'') && at(x + k + 1) == QLatin1Char('"') && word(x + k + 2)) {
            *out += s.mid(x, k) + QChar(0x2018) + QChar(0x201C);
            return k + 2;
        }
    }
    // (\s?)'(?=\d\ds)
    for (const int k : {space(x) ? 1 : 0, 0}) {
        if (at(x + k) == QLatin1Char('\'') && isDigit(at(x + k + 1)) && isDigit(at(x + k + 2))
            && at(x + k + 3) == QLatin1Char('s')) {
            *out += s.mid(x, k) + QChar(0x2019);
            return k + 1;
        }
    }
    // (\s)('|")(?=\w)
    if (space(x) && isQuote(at(x + 1)) && word(x + 2)) {
        *out += QString(c) + opening(at(x + 1));
        return 2;
    }
    // (SQ_CLOSE)('|")
    if (x < n && isClosing(c) && isQuote(at(x + 1))) {
        *out += QString(c) + closing(at(x + 1));
        return 2;
    }
    // ("|')(?=\s|s\b|$)
    if (isQuote(c) && (x + 1 >= n || space(x + 1) || (at(x + 1) == QLatin1Char('s') && !word(x + 2)))) {
        *out += closing(c);
        return 1;
    }
    // (.?)'  then  (.?)"
    for (const QChar quote : {QLatin1Char('\''), QLatin1Char('"')}) {
        if (x + 1 < n && at(x + 1) == quote) {
            *out += QString(c) + opening(quote);
            return 2;
        }
        if (c == quote) {
            *out += opening(quote);
            return 1;
        }
    }
    return 0;
}

// kramdown's TYPOGRAPHIC_SYMS at x.
int typographicSymbol(const QString& s, int x, QString* out)
{
    static const struct
    {
        const char* text;
        const char16_t* replacement;
    } symbols[] = {
        {"---", u"\u2014"},       {"--", u"\u2013"}, {"...", u"\u2026"}, {"<< ", u"\u00AB\u00A0"},
        {" >>", u"\u00A0\u00BB"}, {"<<", u"\u00AB"}, {">>", u"\u00BB"},
    };
    for (const auto& symbol : symbols) {
        const QLatin1String text(symbol.text);
        if (QStringView(s).mid(x).startsWith(text)) {
            *out += QString::fromUtf16(symbol.replacement);
            return int(text.size());
        }
    }
    return 0;
}

bool startsTypographic(const QString& s, int x)
{
    const QStringView rest = QStringView(s).mid(x);
    return rest.startsWith(QLatin1String("--")) || rest.startsWith(QLatin1String("..."))
        || rest.startsWith(QLatin1String("<<")) || rest.startsWith(QLatin1String(">>"))
        || rest.startsWith(QLatin1String(" >>"));
}

} // namespace

QString KramdownText::typography(const QString& run)
{
    const int n = int(run.size());
    QString out;
    out.reserve(n);
    int position = 0;
    int x = 0;
    while (x < n) {
        // The smart quote parser comes before the typographic one in kramdown's list: at the
        // same place, it wins. Its match starts at the character before a quote.
        const bool quoteHere =
            isQuote(run.at(x)) || (run.at(x) != QLatin1Char('\\') && x + 1 < n && isQuote(run.at(x + 1)));
        if (quoteHere) {
            QString replaced;
            const int used = smartQuote(run, x, &replaced);
            if (used > 0) {
                out += QStringView(run).mid(position, x - position);
                out += replaced;
                x = position = x + used;
                continue;
            }
        }
        if (startsTypographic(run, x)) {
            QString replaced;
            const int used = typographicSymbol(run, x, &replaced);
            if (used > 0) {
                out += QStringView(run).mid(position, x - position);
                out += replaced;
                x = position = x + used;
                continue;
            }
        }
        ++x;
    }
    out += QStringView(run).mid(position);
    return out;
}

QString KramdownText::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else
            out += c;
    }
    return out;
}

QString KramdownText::decodeEntity(const QString& entity)
{
    if (!entity.startsWith(QLatin1Char('&')) || !entity.endsWith(QLatin1Char(';')) || entity.size() < 3)
        return entity;
    const QString name = entity.mid(1, entity.size() - 2);
    char32_t code = 0;
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
        const uint value = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return QString(QChar(0xFFFD));
        code = value;
    } else {
        static const QHash<QString, char32_t> table = [] {
            QHash<QString, char32_t> result;
            for (const Entity& e : entities)
                result.insert(QLatin1String(e.name), e.code);
            return result;
        }();
        const auto it = table.constFind(name);
        if (it == table.constEnd())
            return entity;
        code = it.value();
    }
    return QString::fromUcs4(&code, 1);
}

QString KramdownText::liquidPlaceholders(const QString& markdown)
{
    static const QRegularExpression liquid(QStringLiteral("\\{%.*?%\\}|\\{\\{.*?\\}\\}"),
                                           QRegularExpression::DotMatchesEverythingOption);
    if (!markdown.contains(QLatin1Char('{')))
        return markdown;
    QString out;
    int position = 0;
    QRegularExpressionMatchIterator it = liquid.globalMatch(markdown);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(markdown).mid(position, m.capturedStart() - position);
        QString tag = m.captured().simplified();
        out += QStringLiteral("<span class=\"liquid\" title=\"Liquid: Jekyll fills this in when it builds the site\">")
            + tag.toHtmlEscaped() + QStringLiteral("</span>");
        position = int(m.capturedEnd());
    }
    out += QStringView(markdown).mid(position);
    return out;
}

} // namespace EventDesk
