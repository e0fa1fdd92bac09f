#pragma once

#include "spell/spellchecker.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QTextCharFormat;

namespace EventDesk {

// The application's spelling, shared by every editor: a dictionary opened off the GUI thread, on
// or off, the user's personal word list. Editors ask misspelled() and redraw on changed().
class SpellService : public QObject
{
    Q_OBJECT

public:
    // The personal word list is kept in `personalFile` (one word per line).
    explicit SpellService(const QString& personalFile, QObject* parent = nullptr);
    ~SpellService() override;

    // The dictionaries that can be chosen.
    QVector<SpellDictionary> dictionaries() const { return m_dictionaries; }
    void setDictionaries(const QVector<SpellDictionary>& dictionaries) { m_dictionaries = dictionaries; }

    // Opens the dictionary of a language ("fr", "fr_FR") in the background; changed() when it is
    // ready. Without a dictionary for it, spelling is off and dictionaryError() says why.
    void setLanguage(const QString& language);
    QString language() const { return m_language; }
    // The language of the open dictionary (fr_FR), empty until one is open.
    QString dictionaryLanguage() const;
    QString dictionaryError() const { return m_error; }
    // Blocks until the dictionary asked for is open (or failed): tests, and the first check.
    void waitForDictionary();

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Enabled, with a dictionary open.
    bool isActive() const;

    QVector<SpellChecker::Word> misspelled(const QString& text, SpellChecker::TextKind kind) const;
    QStringList suggestions(const QString& word) const;
    bool addToDictionary(const QString& word);
    void ignore(const QString& word);
    QString personalFile() const { return m_personalFile; }

    // The red wavy underline of a misspelled word, over an existing format.
    static void underline(QTextCharFormat* format);

Q_SIGNALS:
    // The dictionary, the words or the on/off state changed: misspelled words are to be found
    // again.
    void changed();

private:
    void onOpened();

    QString m_personalFile;
    QVector<SpellDictionary> m_dictionaries;
    QString m_language;
    QString m_error;
    bool m_enabled = true;
    bool m_pending = false; // a dictionary is being opened
    std::shared_ptr<SpellChecker> m_checker;
    QFutureWatcher<std::shared_ptr<SpellChecker>> m_opening;
};

} // namespace EventDesk
