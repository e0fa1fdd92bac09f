#pragma once

#include <QObject>

class QActionGroup;

namespace EventDesk {

class AppSettings;
class MainActions;
class SpellService;

// Tools > Spelling: checking as you type on or off, and the dictionary, chosen among those
// installed; both kept in the settings. Owns the spelling service the editors share; the
// personal word list lives in the user's data folder.
class SpellingControl : public QObject
{
    Q_OBJECT

public:
    SpellingControl(AppSettings* settings, MainActions* actions, QObject* parent = nullptr);

    SpellService* service() const { return m_service; }
    // Where the personal word list is kept.
    static QString personalWordsFile();

    void retranslate();

private:
    void fillLanguages();
    void chooseLanguage(const QString& language);

    AppSettings* m_settings;
    MainActions* m_actions;
    SpellService* m_service;
    QActionGroup* m_languages;
};

} // namespace EventDesk
