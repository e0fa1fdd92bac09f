#include "spellchecker.h"

#include "check/markdownprose.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <hunspell.hxx>

#include <algorithm>

namespace EventDesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("EventDesk::SpellChecker", text);
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isAcronym(QStringView word)
{
    int capitals = 0;
    for (QChar c : word) {
        if (c.isLower())
            return false;
        if (c.isUpper())
            ++capitals;
    }
    return capitals >= 2;
}

} // namespace

QStringList SpellDictionary::searchPaths()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("EVENTDESK_DICTIONARIES");
    for (const QString& folder : fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        folders.append(folder);
    if (QCoreApplication::instance())
        folders.append(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dictionaries")));
    folders.append({QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell"),
                    QStringLiteral("/usr/share/myspell/dicts")});
    return folders;
}

QVector<SpellDictionary> SpellDictionary::installed(const QStringList& folders)
{
    // Debian links one dictionary under several names (fr, fr_BE, fr_CA, fr_FR…): one entry per
    // word file, under its plainest name (fr, else fr_FR, else the first). A language found in
    // an earlier folder wins.
    auto plainness = [](const QString& language) {
        const QString base = language.section(QLatin1Char('_'), 0, 0);
        return language == base ? 0 : language == base + QLatin1Char('_') + base.toUpper() ? 1 : 2;
    };
    QVector<SpellDictionary> found;
    QHash<QString, int> byFile; // canonical word file -> index in found
    QSet<QString> languages;
    for (const QString& folder : folders) {
        const QDir dir(folder);
        const QStringList affixes = dir.entryList({QStringLiteral("*.aff")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString& affix : affixes) {
            const QString language = QFileInfo(affix).completeBaseName();
            const QString words = dir.filePath(language + QStringLiteral(".dic"));
            const QString real = QFileInfo(words).canonicalFilePath();
            if (real.isEmpty() || languages.contains(language))
                continue;
            languages.insert(language);
            const auto same = byFile.constFind(real);
            if (same == byFile.cend()) {
                byFile.insert(real, int(found.size()));
                found.append({language, dir.filePath(affix), words});
            } else if (plainness(language) < plainness(found.at(*same).language)) {
                found[*same] = {language, dir.filePath(affix), words};
            }
        }
    }
    std::sort(found.begin(), found.end(),
              [](const SpellDictionary& a, const SpellDictionary& b) { return a.language < b.language; });
    return found;
}

SpellDictionary SpellDictionary::find(const QVector<SpellDictionary>& dictionaries, const QString& language)
{
    const QString wanted = QString(language).replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString base = wanted.section(QLatin1Char('_'), 0, 0);
    const SpellDictionary* sameLanguage = nullptr;
    for (const SpellDictionary& dictionary : dictionaries) {
        if (dictionary.language == wanted)
            return dictionary;
        if (dictionary.language == base + QLatin1Char('_') + base.toUpper() && !wanted.contains(QLatin1Char('_')))
            return dictionary;
        if (!sameLanguage && dictionary.language.section(QLatin1Char('_'), 0, 0) == base)
            sameLanguage = &dictionary;
    }
    return sameLanguage ? *sameLanguage : SpellDictionary();
}

SpellChecker::SpellChecker() = default;
SpellChecker::~SpellChecker() = default;

bool SpellChecker::open(const SpellDictionary& dictionary)
{
    m_hunspell.reset();
    m_known.clear();
    m_language.clear();
    if (!QFileInfo(dictionary.affixFile).isReadable() || !QFileInfo(dictionary.wordFile).isReadable()) {
        m_error = tr("The dictionary %1 cannot be read (%2).").arg(dictionary.language, dictionary.wordFile);
        return false;
    }
    auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(dictionary.affixFile).constData(),
                                               QFile::encodeName(dictionary.wordFile).constData());
    const QString encoding = QString::fromStdString(hunspell->get_dict_encoding()).toUpper();
    if (encoding == QLatin1String("UTF-8")) {
        m_utf8 = true;
    } else if (encoding == QLatin1String("ISO8859-1") || encoding == QLatin1String("ISO-8859-1")) {
        m_utf8 = false;
    } else {
        m_error = tr("The dictionary %1 is written in %2, which EventDesk does not read; install a UTF-8 one.")
                      .arg(dictionary.language, encoding);
        return false;
    }
    m_hunspell = std::move(hunspell);
    m_language = dictionary.language;
    m_error.clear();
    for (const QString& word : std::as_const(m_personal))
        m_hunspell->add(encode(word).toStdString());
    return true;
}

void SpellChecker::setPersonalFile(const QString& path)
{
    m_personalFile = path;
    m_personal.clear();
    m_known.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString word = line.trimmed();
        if (word.isEmpty() || m_personal.contains(word))
            continue;
        m_personal.insert(word);
        if (m_hunspell)
            m_hunspell->add(encode(word).toStdString());
    }
}

QStringList SpellChecker::personalWords() const
{
    QStringList words(m_personal.cbegin(), m_personal.cend());
    words.sort(Qt::CaseInsensitive);
    return words;
}

bool SpellChecker::addToPersonal(const QString& word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty())
        return true;
    m_personal.insert(trimmed);
    m_known.clear();
    if (m_hunspell)
        m_hunspell->add(encode(trimmed).toStdString());
    if (m_personalFile.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(m_personalFile).absolutePath());
    QSaveFile file(m_personalFile);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(personalWords().join(QLatin1Char('\n')).toUtf8() + '\n');
    return file.commit();
}

void SpellChecker::ignore(const QString& word)
{
    m_ignored.insert(word);
    m_known.remove(word);
}

QVector<SpellChecker::Word> SpellChecker::words(const QString& text, TextKind kind)
{
    const QVector<MarkdownProse::Range> skipped =
        kind == TextKind::Markdown ? MarkdownProse::codeAndMarkup(text) : MarkdownProse::addresses(text);
    QVector<Word> words;
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        // A run of letters and digits, joined by single apostrophes or hyphens.
        const int start = i;
        int end = i;
        while (end < size) {
            if (isWordChar(text.at(end))) {
                ++end;
            } else if ((isApostrophe(text.at(end)) || text.at(end) == u'-') && end + 1 < size
                       && isWordChar(text.at(end + 1))) {
                end += 2;
            } else {
                break;
            }
        }
        i = end;
        const QStringView word = QStringView(text).mid(start, end - start);
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }) || isAcronym(word))
            continue;
        // A backslash escape or an underscore inside a name (file_name): not prose.
        const bool joinedBefore = start > 1 && text.at(start - 1) == u'_' && isWordChar(text.at(start - 2));
        const bool joinedAfter = end + 1 < size && text.at(end) == u'_' && isWordChar(text.at(end + 1));
        if ((start > 0 && text.at(start - 1) == u'\\') || joinedBefore || joinedAfter)
            continue;
        if (MarkdownProse::overlaps(skipped, start, end))
            continue;
        words.append({start, end - start});
    }
    return words;
}

bool SpellChecker::isCorrect(const QString& word) const
{
    if (!m_hunspell || m_ignored.contains(word) || m_personal.contains(word))
        return true;
    const auto known = m_known.constFind(word);
    if (known != m_known.cend())
        return *known;
    QString asWritten = word;
    // Hunspell knows the straight apostrophe; the typographic one is the same letter for people.
    asWritten.replace(QChar(0x2019), QLatin1Char('\''));
    const bool correct = m_hunspell->spell(encode(asWritten).toStdString());
    m_known.insert(word, correct);
    return correct;
}

QVector<SpellChecker::Word> SpellChecker::misspelled(const QString& text, TextKind kind) const
{
    QVector<Word> wrong;
    if (!m_hunspell)
        return wrong;
    const QVector<Word> all = words(text, kind);
    for (const Word& word : all) {
        if (!isCorrect(text.mid(word.position, word.length)))
            wrong.append(word);
    }
    return wrong;
}

QStringList SpellChecker::suggestions(const QString& word, int limit) const
{
    QStringList found;
    if (!m_hunspell)
        return found;
    const bool curly = word.contains(QChar(0x2019));
    QString asWritten = word;
    asWritten.replace(QChar(0x2019), QLatin1Char('\''));
    const std::vector<std::string> suggested = m_hunspell->suggest(encode(asWritten).toStdString());
    for (const std::string& one : suggested) {
        QString suggestion = decode(one);
        if (curly)
            suggestion.replace(QLatin1Char('\''), QChar(0x2019));
        if (!found.contains(suggestion))
            found.append(suggestion);
        if (found.size() >= limit)
            break;
    }
    return found;
}

QByteArray SpellChecker::encode(const QString& word) const
{
    return m_utf8 ? word.toUtf8() : word.toLatin1();
}

QString SpellChecker::decode(const std::string& bytes) const
{
    return m_utf8 ? QString::fromStdString(bytes) : QString::fromLatin1(bytes.data(), qsizetype(bytes.size()));
}

} // namespace EventDesk
