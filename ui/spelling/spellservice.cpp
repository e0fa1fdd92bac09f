#include "spellservice.h"

#include <QLocale>
#include <QTextCharFormat>
#include <QtConcurrent/QtConcurrentRun>

namespace EventDesk {

SpellService::SpellService(const QString& personalFile, QObject* parent)
    : QObject(parent)
    , m_personalFile(personalFile)
    , m_dictionaries(SpellDictionary::installed())
{
    connect(&m_opening, &QFutureWatcher<std::shared_ptr<SpellChecker>>::finished, this, &SpellService::onOpened);
}

SpellService::~SpellService()
{
    m_opening.waitForFinished();
}

void SpellService::setLanguage(const QString& language)
{
    if (language == m_language && (m_checker || m_pending))
        return;
    m_language = language;
    const SpellDictionary dictionary = SpellDictionary::find(m_dictionaries, language);
    if (dictionary.language.isEmpty()) {
        m_opening.waitForFinished();
        m_pending = false;
        m_checker.reset();
        m_error = tr("No spelling dictionary is installed for %1.").arg(QLocale(language).nativeLanguageName());
        Q_EMIT changed();
        return;
    }
    m_opening.waitForFinished();
    // The checker of a load not taken yet goes now, on this thread, before the next one is made
    // on another: Hunspell shares tables between its objects without locks.
    m_opening.setFuture(QFuture<std::shared_ptr<SpellChecker>>());
    m_pending = true;
    m_opening.setFuture(QtConcurrent::run([dictionary, file = m_personalFile] {
        auto checker = std::make_shared<SpellChecker>();
        checker->setPersonalFile(file);
        checker->open(dictionary);
        return checker;
    }));
}

void SpellService::onOpened()
{
    if (!m_pending)
        return; // taken already by waitForDictionary()
    m_pending = false;
    const std::shared_ptr<SpellChecker> checker = m_opening.result();
    // Words added to the list while the dictionary was being opened.
    checker->setPersonalFile(m_personalFile);
    if (checker->isOpen()) {
        m_checker = checker;
        m_error.clear();
    } else {
        m_checker.reset();
        m_error = checker->error();
    }
    Q_EMIT changed();
}

void SpellService::waitForDictionary()
{
    if (!m_pending)
        return;
    // The watcher reports through the event loop; take the result now.
    m_opening.waitForFinished();
    onOpened();
}

QString SpellService::dictionaryLanguage() const
{
    return m_checker ? m_checker->language() : QString();
}

void SpellService::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    Q_EMIT changed();
}

bool SpellService::isActive() const
{
    return m_enabled && m_checker;
}

QVector<SpellChecker::Word> SpellService::misspelled(const QString& text, SpellChecker::TextKind kind) const
{
    return isActive() ? m_checker->misspelled(text, kind) : QVector<SpellChecker::Word>();
}

QStringList SpellService::suggestions(const QString& word) const
{
    return m_checker ? m_checker->suggestions(word) : QStringList();
}

bool SpellService::addToDictionary(const QString& word)
{
    if (!m_checker)
        return false;
    const bool written = m_checker->addToPersonal(word);
    Q_EMIT changed();
    return written;
}

void SpellService::ignore(const QString& word)
{
    if (!m_checker)
        return;
    m_checker->ignore(word);
    Q_EMIT changed();
}

void SpellService::underline(QTextCharFormat* format)
{
    format->setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format->setUnderlineColor(QColor(0xd0, 0x1c, 0x1c));
}

} // namespace EventDesk
