#include "htmlsanitizer.h"

#include <QVector>

namespace EventDesk {

namespace {

// Elements whose content is text up to their end tag (the HTML tokenizer's raw text): dropped
// with it.
bool isRawTextElement(const QString& name)
{
    return name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("iframe");
}

bool isUrlAttribute(const QString& name)
{
    return name == QLatin1String("href") || name == QLatin1String("src") || name == QLatin1String("action")
        || name == QLatin1String("formaction") || name == QLatin1String("xlink:href") || name == QLatin1String("poster")
        || name == QLatin1String("background");
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
        || c == QLatin1Char('\f');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

struct Attribute
{
    int removeFrom = 0; // the whitespace before the name, which goes with the attribute
    int end = 0;
    QString name; // lower case
    QString value; // as written, entities not decoded
};

struct Tag
{
    QString name; // lower case
    bool isEnd = false;
    int end = 0; // after the `>`
    QVector<Attribute> attributes;
};

// Reads the tag that starts at `start` (a `<` followed by a letter, or `</` and a letter) the
// way the HTML tokenizer does: names end at whitespace, `/` or `>`; quoted values may hold `>`;
// a `/` or a closing quote also separates attributes (`<img/onerror=…>`). False when the text
// ends inside the tag.
bool scanTag(const QString& s, int start, Tag* tag)
{
    const int n = int(s.size());
    int i = start + 1;
    if (i < n && s.at(i) == QLatin1Char('/')) {
        tag->isEnd = true;
        ++i;
    }
    const int nameStart = i;
    while (i < n && !isSpace(s.at(i)) && s.at(i) != QLatin1Char('/') && s.at(i) != QLatin1Char('>'))
        ++i;
    tag->name = s.mid(nameStart, i - nameStart).toLower();
    for (;;) {
        int whitespace = -1;
        while (i < n) {
            if (isSpace(s.at(i))) {
                if (whitespace < 0)
                    whitespace = i;
            } else if (s.at(i) == QLatin1Char('/')) {
                whitespace = -1;
            } else {
                break;
            }
            ++i;
        }
        if (i >= n)
            return false;
        if (s.at(i) == QLatin1Char('>')) {
            tag->end = i + 1;
            return true;
        }
        Attribute attribute;
        attribute.removeFrom = whitespace >= 0 ? whitespace : i;
        const int attributeStart = i;
        ++i; // a name may start with `=`
        while (i < n && !isSpace(s.at(i)) && s.at(i) != QLatin1Char('/') && s.at(i) != QLatin1Char('>')
               && s.at(i) != QLatin1Char('='))
            ++i;
        attribute.name = s.mid(attributeStart, i - attributeStart).toLower();
        int j = i;
        while (j < n && isSpace(s.at(j)))
            ++j;
        if (j >= n)
            return false;
        if (s.at(j) == QLatin1Char('=')) {
            i = j + 1;
            while (i < n && isSpace(s.at(i)))
                ++i;
            if (i >= n)
                return false;
            const QChar quote = s.at(i);
            if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
                const int close = int(s.indexOf(quote, i + 1));
                if (close < 0)
                    return false;
                attribute.value = s.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const int valueStart = i;
                while (i < n && !isSpace(s.at(i)) && s.at(i) != QLatin1Char('>'))
                    ++i;
                if (i >= n)
                    return false;
                attribute.value = s.mid(valueStart, i - valueStart);
            }
        }
        attribute.end = i;
        tag->attributes.append(attribute);
    }
}

// The tag as written, without the attributes that could run code.
QString safeTag(const QString& s, int start, const Tag& tag)
{
    QString result;
    int copied = start;
    for (const Attribute& attribute : tag.attributes) {
        const bool handler = attribute.name.startsWith(QLatin1String("on"));
        const bool badUrl = isUrlAttribute(attribute.name) && !HtmlSanitizer::isSafeUrl(attribute.value);
        if (!handler && !badUrl)
            continue;
        result += QStringView(s).mid(copied, attribute.removeFrom - copied);
        copied = attribute.end;
    }
    result += QStringView(s).mid(copied, tag.end - copied);
    return result;
}

struct NamedEntity
{
    const char* name;
    char16_t character;
};

// The named references that stand for characters a URL scheme check depends on: separators,
// the colon and the whitespace browsers drop from URLs. Others cannot make a scheme.
const NamedEntity namedEntities[] = {
    {"Tab", u'\t'},   {"NewLine", u'\n'}, {"colon", u':'},  {"nbsp", u'\u00a0'}, {"amp", u'&'},    {"AMP", u'&'},
    {"lt", u'<'},     {"LT", u'<'},       {"gt", u'>'},     {"GT", u'>'},        {"quot", u'"'},   {"QUOT", u'"'},
    {"apos", u'\''},  {"sol", u'/'},      {"bsol", u'\\'},  {"lpar", u'('},      {"rpar", u')'},   {"semi", u';'},
    {"comma", u','},  {"period", u'.'},   {"excl", u'!'},   {"quest", u'?'},     {"num", u'#'},    {"percnt", u'%'},
    {"equals", u'='}, {"plus", u'+'},     {"commat", u'@'}, {"lowbar", u'_'},    {"grave", u'`'},  {"Hat", u'^'},
    {"dollar", u'$'}, {"ast", u'*'},      {"midast", u'*'}, {"verbar", u'|'},    {"vert", u'|'},   {"lsqb", u'['},
    {"lbrack", u'['}, {"rsqb", u']'},     {"rbrack", u']'}, {"lcub", u'{'},      {"lbrace", u'{'}, {"rcub", u'}'},
    {"rbrace", u'}'}, {"hyphen", u'-'},   {"dash", u'-'},
};

int digitValue(QChar c, int base)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (base == 16 && c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        return c.unicode() - 'a' + 10;
    if (base == 16 && c >= QLatin1Char('A') && c <= QLatin1Char('F'))
        return c.unicode() - 'A' + 10;
    return -1;
}

// Character references decoded as a browser decodes an attribute value, and more leniently:
// numeric ones with or without `;` and any number of leading zeros, the named ones above with or
// without `;`. Decoding more than a browser only refuses more.
QString decodeEntities(const QString& text)
{
    QString result;
    result.reserve(text.size());
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            result += c;
            continue;
        }
        if (i + 1 < n && text.at(i + 1) == QLatin1Char('#')) {
            int j = i + 2;
            const bool hex = j < n && (text.at(j) == QLatin1Char('x') || text.at(j) == QLatin1Char('X'));
            if (hex)
                ++j;
            const int digitsStart = j;
            char32_t code = 0;
            while (j < n) {
                const int digit = digitValue(text.at(j), hex ? 16 : 10);
                if (digit < 0)
                    break;
                code = qMin<char32_t>(code * (hex ? 16 : 10) + char32_t(digit), 0x110000);
                ++j;
            }
            if (j == digitsStart) {
                result += c;
                continue;
            }
            if (j < n && text.at(j) == QLatin1Char(';'))
                ++j;
            if (code == 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
                code = 0xfffd;
            result += QString::fromUcs4(&code, 1);
            i = j - 1;
            continue;
        }
        bool matched = false;
        for (const NamedEntity& entity : namedEntities) {
            const QLatin1String name(entity.name);
            if (QStringView(text).mid(i + 1).startsWith(name)) {
                int j = i + 1 + int(name.size());
                if (j < n && text.at(j) == QLatin1Char(';'))
                    ++j;
                result += QChar(entity.character);
                i = j - 1;
                matched = true;
                break;
            }
        }
        if (!matched)
            result += c;
    }
    return result;
}

bool isSchemeCharacter(QChar c)
{
    return isAsciiLetter(c) || c.isDigit() || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('.');
}

} // namespace

bool HtmlSanitizer::isSafeUrl(const QString& url)
{
    // Browsers drop tabs and line breaks anywhere in a URL and spaces and control characters
    // around it; dropping them everywhere also catches what one browser or another tolerates.
    QString compact;
    for (const QChar c : decodeEntities(url)) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f && c != QChar(0x00a0))
            compact += c;
    }
    const int colon = int(compact.indexOf(QLatin1Char(':')));
    if (colon <= 0 || !isAsciiLetter(compact.at(0)))
        return true;
    for (int i = 0; i < colon; ++i) {
        if (!isSchemeCharacter(compact.at(i)))
            return true; // `a/b:c`, `?x:y`: a path, not a scheme
    }
    const QString scheme = compact.left(colon).toLower();
    if (scheme == QLatin1String("javascript") || scheme == QLatin1String("vbscript"))
        return false;
    if (scheme != QLatin1String("data"))
        return true;
    QString type = compact.mid(colon + 1);
    for (int i = 0; i < type.size(); ++i) {
        if (type.at(i) == QLatin1Char(';') || type.at(i) == QLatin1Char(',')) {
            type.truncate(i);
            break;
        }
    }
    type = type.toLower();
    return type == QLatin1String("image/png") || type == QLatin1String("image/jpeg")
        || type == QLatin1String("image/gif") || type == QLatin1String("image/webp");
}

QString HtmlSanitizer::sanitizeUrl(const QString& url)
{
    return isSafeUrl(url) ? url : QString();
}

QString HtmlSanitizer::sanitize(const QString& html)
{
    HtmlSanitizer sanitizer;
    QString out = sanitizer.feed(html);
    return out + sanitizer.finish();
}

QString HtmlSanitizer::feed(const QString& chunk)
{
    m_pending += chunk;
    return process(false);
}

QString HtmlSanitizer::finish()
{
    QString out = process(true);
    m_pending.clear();
    m_rawTextElement.clear();
    m_objectDepth = 0;
    return out;
}

QString HtmlSanitizer::process(bool atEnd)
{
    const QString& s = m_pending;
    const int n = int(s.size());
    QString out;
    int i = 0;
    // Where undecided input starts; everything before it is written out or dropped.
    int keepFrom = n;
    while (i < n) {
        if (!m_rawTextElement.isEmpty()) {
            const QString endTag = QStringLiteral("</") + m_rawTextElement;
            const int endLength = int(endTag.size());
            int found = -1;
            for (int at = int(s.indexOf(endTag, i, Qt::CaseInsensitive)); at >= 0;
                 at = int(s.indexOf(endTag, at + 1, Qt::CaseInsensitive))) {
                if (at + endLength >= n || isSpace(s.at(at + endLength)) || s.at(at + endLength) == QLatin1Char('/')
                    || s.at(at + endLength) == QLatin1Char('>')) {
                    found = at;
                    break;
                }
            }
            if (found < 0) {
                // The end tag may begin in the last characters: keep them for the next chunk.
                keepFrom = qMax(i, n - endLength);
                break;
            }
            Tag tag;
            if (found + endLength >= n || !scanTag(s, found, &tag)) {
                keepFrom = found;
                break;
            }
            m_rawTextElement.clear();
            i = tag.end;
            continue;
        }
        const bool dropping = m_objectDepth > 0;
        const int lt = int(s.indexOf(QLatin1Char('<'), i));
        if (lt < 0) {
            if (!dropping)
                out += QStringView(s).mid(i);
            i = n;
            break;
        }
        if (!dropping)
            out += QStringView(s).mid(i, lt - i);
        i = lt;
        if (i + 1 >= n) {
            keepFrom = i;
            break;
        }
        const QChar next = s.at(i + 1);
        if (next == QLatin1Char('!') || next == QLatin1Char('?')) {
            // Comments, doctypes, CDATA and processing instructions are inert: kept whole.
            int end = -1;
            const QStringView rest = QStringView(s).mid(i);
            if (rest.size() < 4 && QStringView(u"<!--").startsWith(rest)) {
                keepFrom = i;
                break;
            }
            if (rest.startsWith(u"<!--")) {
                if (rest.startsWith(u"<!-->"))
                    end = i + 5;
                else if (rest.startsWith(u"<!--->"))
                    end = i + 6;
                else {
                    // `--!>` also closes a comment for a browser: what follows is markup.
                    const int dashes = int(s.indexOf(QLatin1String("-->"), i + 4));
                    const int bang = int(s.indexOf(QLatin1String("--!>"), i + 4));
                    if (dashes >= 0 && (bang < 0 || dashes < bang))
                        end = dashes + 3;
                    else if (bang >= 0)
                        end = bang + 4;
                }
            } else {
                const int gt = int(s.indexOf(QLatin1Char('>'), i + 2));
                if (gt >= 0)
                    end = gt + 1;
            }
            if (end < 0) {
                keepFrom = i;
                break;
            }
            if (!dropping)
                out += QStringView(s).mid(i, end - i);
            i = end;
            continue;
        }
        const bool endTag = next == QLatin1Char('/');
        if (endTag && i + 2 >= n) {
            keepFrom = i;
            break;
        }
        if (!isAsciiLetter(endTag ? s.at(i + 2) : next)) {
            // Not a tag: a `<` in text. Whatever follows is still read as markup.
            if (!dropping)
                out += QLatin1Char('<');
            ++i;
            continue;
        }
        Tag tag;
        if (!scanTag(s, i, &tag)) {
            keepFrom = i;
            break;
        }
        if (dropping) {
            if (tag.name == QLatin1String("object"))
                m_objectDepth += tag.isEnd ? -1 : 1;
            else if (!tag.isEnd && isRawTextElement(tag.name))
                m_rawTextElement = tag.name;
        } else if (isRawTextElement(tag.name) || tag.name == QLatin1String("object")
                   || tag.name == QLatin1String("embed")) {
            if (!tag.isEnd && tag.name == QLatin1String("object"))
                m_objectDepth = 1;
            else if (!tag.isEnd && tag.name != QLatin1String("embed"))
                m_rawTextElement = tag.name;
        } else {
            out += safeTag(s, i, tag);
        }
        i = tag.end;
    }
    if (keepFrom >= n) {
        m_pending.clear();
        return out;
    }
    if (!atEnd) {
        m_pending = m_pending.mid(keepFrom);
        return out;
    }
    // The input ends inside something. A tag cut by the end is dropped, as the HTML tokenizer
    // drops it; an open comment runs to the end; text inside a dropped element stays dropped.
    const QStringView rest = QStringView(m_pending).mid(keepFrom);
    if (m_rawTextElement.isEmpty() && m_objectDepth == 0) {
        if (rest.startsWith(u"<!") || rest.startsWith(u"<?"))
            out += rest;
        else if (rest.size() == 1 || (rest.size() == 2 && rest.at(1) == QLatin1Char('/')))
            out += rest; // a lone `<` or `</` is text
    }
    m_pending.clear();
    return out;
}

} // namespace EventDesk
