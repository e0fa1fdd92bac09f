#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

class Hunspell;

namespace EventDesk {

// A Hunspell dictionary installed on the system: `language` is the file name without its
// extension (fr_FR, en_US, de_DE_frami...).
struct SpellDictionary
{
    QString language;
    QString affixFile;
    QString wordFile;

    // The folders searched, first wins: $EVENTDESK_DICTIONARIES (colon-separated), a
    // "dictionaries" folder beside the program (Windows, macOS bundles), then the system's
    // (/usr/share/hunspell, /usr/share/myspell, /usr/share/myspell/dicts).
    static QStringList searchPaths();
    // Every dictionary (an .aff beside its .dic) in the folders, sorted by language.
    static QVector<SpellDictionary> installed(const QStringList& folders = searchPaths());
    // The best of `dictionaries` for a language ("fr" or "fr_FR"): the exact one, else fr_FR for
    // fr, else the first of the language. Empty when there is none.
    static SpellDictionary find(const QVector<SpellDictionary>& dictionaries, const QString& language);
};

// Spelling with Hunspell over prose: words of a Markdown text or of a plain text are found,
// leaving code, markup, Liquid, addresses, numbers and acronyms alone (see words()), and checked
// against a dictionary plus a personal word list kept in a file, one word per line.
//
// Not thread-safe: use one object from one thread. Opening a dictionary takes a few tenths of a
// second (French: ~0.3 s): open it off the GUI thread, then move the object over.
class SpellChecker
{
public:
    enum class TextKind { Markdown, Plain };
    struct Word
    {
        int position = 0; // in UTF-16 units
        int length = 0;
    };

    SpellChecker();
    ~SpellChecker();
    SpellChecker(const SpellChecker&) = delete;
    SpellChecker& operator=(const SpellChecker&) = delete;

    // Opens a dictionary; false (and error()) when its files cannot be read or its encoding is
    // not supported.
    bool open(const SpellDictionary& dictionary);
    bool isOpen() const { return m_hunspell != nullptr; }
    QString language() const { return m_language; }
    QString error() const { return m_error; }

    // The personal word list: read now (a missing file is an empty list) and written to by
    // addToPersonal(). The words count for every dictionary.
    void setPersonalFile(const QString& path);
    QString personalFile() const { return m_personalFile; }
    QStringList personalWords() const;
    // Adds a word to the list and its file (written whole, atomically); false when the file
    // cannot be written (the word is still accepted for this session).
    bool addToPersonal(const QString& word);
    // Accepts a word until the object goes.
    void ignore(const QString& word);

    // The words of a text that are checked: runs of letters, with apostrophes (' ’) and hyphens
    // inside; not those with digits, not acronyms (two or more capitals and no small letter), not
    // inside code or markup (Markdown) or addresses (both kinds).
    static QVector<Word> words(const QString& text, TextKind kind);
    bool isCorrect(const QString& word) const;
    // The misspelled words of a text (none when no dictionary is open).
    QVector<Word> misspelled(const QString& text, TextKind kind) const;
    QStringList suggestions(const QString& word, int limit = 8) const;

private:
    QByteArray encode(const QString& word) const;
    QString decode(const std::string& bytes) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_language;
    QString m_error;
    bool m_utf8 = true;
    QString m_personalFile;
    QSet<QString> m_personal;
    QSet<QString> m_ignored;
    mutable QHash<QString, bool> m_known;
};

} // namespace EventDesk
