// A child process for tst_mainwindow's recovery test: opens a site in the main window, types in
// a field of a document, waits until the edits are kept in the recovery folder, says "kept",
// and goes on running until it is killed.
//   recoverychild SITE RECOVERY_FOLDER SETTINGS_FILE DOCUMENT FIELD TEXT

#include "appsettings.h"
#include "document/recoverystore.h"
#include "documenteditor.h"
#include "documentform.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTextStream>
#include <QTimer>

using namespace EventDesk;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 7)
        return 2;
    const QString site = arguments.at(1);
    const QString document = QDir(site).filePath(arguments.at(4));
    AppSettings settings(arguments.at(3));
    MainWindow window(&settings);
    window.setRecoveryFolder(arguments.at(2));
    window.setCheckLinksOnSave(false);
    window.show();
    QObject::connect(&window, &MainWindow::siteReady, &window, [&] {
        window.selectDocument(document);
        auto* field = window.editor()->form()->findChild<QLineEdit*>(arguments.at(5));
        if (!field) {
            QCoreApplication::exit(3);
            return;
        }
        field->setFocus();
        field->end(false);
        field->insert(arguments.at(6)); // as typed: textEdited
        Q_EMIT field->textEdited(field->text());
    });
    const RecoveryStore store(arguments.at(2));
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        if (store.contains(document)) {
            poll.stop();
            QTextStream(stdout) << "kept" << Qt::endl;
        }
    });
    poll.start(50);
    window.openSite(site);
    return app.exec();
}
