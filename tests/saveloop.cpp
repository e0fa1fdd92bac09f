// A child process for tst_killedsave: saves one file over and over with AtomicFile, two
// different contents in turn, until it is killed. Prints "saving" once the file exists.
//   saveloop FILE

#include "document/atomicfile.h"
#include "savecontents.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace EventDesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = app.arguments().value(1);
    if (path.isEmpty())
        return 2;
    const QByteArray contents[] = {SaveContents::first(), SaveContents::second()};
    QString error;
    if (!AtomicFile::write(path, contents[0], &error))
        return 1;
    QTextStream(stdout) << "saving" << Qt::endl;
    for (int i = 1;; ++i) {
        if (!AtomicFile::write(path, contents[i % 2], &error))
            return 1;
    }
}
