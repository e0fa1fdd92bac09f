#include "spellingcontrol.h"

#include "appsettings.h"
#include "mainactions.h"
#include "spellservice.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>

namespace EventDesk {

namespace {

// "Français (France)": the language in its own words, as dictionaries are listed elsewhere.
QString dictionaryName(const QString& language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C)
        return language;
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    if (language.contains(QLatin1Char('_')) && !locale.nativeTerritoryName().isEmpty())
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
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
    for (const SpellDictionary& dictionary : dictionaries) {
        QAction* action = menu->addAction(dictionaryName(dictionary.language));
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
