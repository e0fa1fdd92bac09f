#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace EventDesk {

// Loads the user interface's translation for a locale (French when the system is in French,
// English, the source language, otherwise), with Qt's own strings for the standard dialogs.
class Translations
{
public:
    // Installs the translators on the application, in place of those installed before (the
    // windows retranslate on the LanguageChange event); returns the language used ("fr", "en").
    static QString install(QCoreApplication* application, const QLocale& locale);
};

} // namespace EventDesk
