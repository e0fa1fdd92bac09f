#include "spellingcontrol.h"

#include "appsettings.h"
#include "mainactions.h"
#include "spellservice.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>

namespace EventDesk {

namespace {

// The language in its own words ("Français", "American English"), with the territory when
// another dictionary of the language is listed ("Français (Belgique)").
QString dictionaryName(const QString& language, bool withTerritory)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C)
        return language;
    QString name = locale.nativeLanguageName();
    if (withTerritory && language.contains(QLatin1Char('_')) && !locale.nativeTerritoryName().isEmpty())
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

SpellingControl::SpellingControl(AppSettings* settings, MainActions* actions, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_actions(actions)
    , m_service(new SpellService(personalWordsFile(), this))
    , m_languages(new QActionGroup(this))
{
    m_service->setEnabled(settings->spellingEnabled());
    m_service->setLanguage(settings->spellingLanguage());
    actions->checkSpelling->setChecked(settings->spellingEnabled());
    connect(actions->checkSpelling, &QAction::toggled, this, [this](bool on) {
        m_settings->setSpellingEnabled(on);
        m_service->setEnabled(on);
    });
    connect(m_service, &SpellService::changed, this, &SpellingControl::retranslate);
    fillLanguages();
    retranslate();
}

QString SpellingControl::personalWordsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("personal-words.txt"));
}

void SpellingControl::fillLanguages()
{
    QMenu* menu = m_actions->spellingMenu();
    const QVector<SpellDictionary> dictionaries = m_service->dictionaries();
    QHash<QString, int> perLanguage;
    for (const SpellDictionary& dictionary : dictionaries)
        ++perLanguage[dictionary.language.section(QLatin1Char('_'), 0, 0)];
    for (const SpellDictionary& dictionary : dictionaries) {
        const bool several = perLanguage.value(dictionary.language.section(QLatin1Char('_'), 0, 0)) > 1;
        QAction* action = menu->addAction(dictionaryName(dictionary.language, several));
        action->setObjectName(QStringLiteral("spelling-") + dictionary.language);
        action->setData(dictionary.language);
        action->setCheckable(true);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] { chooseLanguage(action->data().toString()); });
    }
    if (dictionaries.isEmpty()) {
        QAction* none = menu->addAction(QString());
        none->setObjectName(QStringLiteral("spelling-none"));
        none->setEnabled(false);
    }
}

void SpellingControl::chooseLanguage(const QString& language)
{
    m_settings->setSpellingLanguage(language);
    m_service->setLanguage(language);
}

void SpellingControl::retranslate()
{
    const QString open = m_service->dictionaryLanguage();
    for (QAction* action : m_languages->actions())
        action->setChecked(action->data().toString() == open);
    if (QAction* none = m_actions->spellingMenu()->findChild<QAction*>(QStringLiteral("spelling-none")))
        none->setText(tr("No Dictionary Installed"));
    // Without a dictionary the action says why, in its status tip.
    m_actions->checkSpelling->setEnabled(!open.isEmpty() || !m_service->dictionaryError().isEmpty());
    m_actions->checkSpelling->setStatusTip(m_service->dictionaryError().isEmpty()
                                               ? tr("Underline misspelled words in the body and the text fields")
                                               : m_service->dictionaryError());
}

} // namespace EventDesk
