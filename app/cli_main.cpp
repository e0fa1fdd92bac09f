#include "cli/commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eventdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVENTDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = EventDesk::CommandLine::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
