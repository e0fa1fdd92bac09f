#include "appsettings.h"
#include "mainwindow.h"
#include "site/samplesite.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("EventDesk"));
    QApplication::setOrganizationName(QStringLiteral("EventDesk"));
    QApplication::setApplicationVersion(QStringLiteral(EVENTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.eventdesk.EventDesk"));
    QIcon icon;
    for (const int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/eventdesk-%1.png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.eventdesk.EventDesk"), icon));
    EventDesk::AppSettings settings;
    EventDesk::Translations::install(&app, settings.interfaceLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Write the event pages of a Jekyll site."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("site"),
                                 QApplication::translate("main",
                                                         "The folder of a Jekyll site (the bundled "
                                                         "sample site when none is given)."),
                                 QStringLiteral("[site]"));
    parser.process(app);

    EventDesk::MainWindow window(&settings);
    QString site = parser.positionalArguments().value(0);
    if (site.isEmpty()) {
        const QString target = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                   .filePath(QStringLiteral("sample-site"));
        QString error;
        site = EventDesk::SampleSite::install(QStringLiteral(":/sample-site"), target, &error);
        if (site.isEmpty())
            QMessageBox::warning(&window, QApplication::translate("main", "Sample site"), error);
    }
    window.show();
    if (!site.isEmpty())
        window.openSite(site);
    return app.exec();
}
