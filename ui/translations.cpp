#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace EventDesk {

QString Translations::install(QCoreApplication* application, const QLocale& locale)
{
    // The translators of an earlier call go (they are the application's children).
    for (QTranslator* previous : application->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    auto* own = new QTranslator(application);
    if (!own->load(locale, QStringLiteral("eventdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // A language EventDesk does not speak: English, with its plural forms.
        if (own->load(QStringLiteral(":/i18n/eventdesk_en.qm")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    // Qt's strings (standard buttons, file dialogs) when the system has them installed.
    auto* qt = new QTranslator(application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace EventDesk
