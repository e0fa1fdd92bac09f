#include "diagnostic.h"

#include <QCoreApplication>

namespace EventDesk {

QString Diagnostic::format(const QString& fileName) const
{
    QString text = fileName;
    if (line > 0) {
        text += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            text += QLatin1Char(':') + QString::number(column);
    }
    if (severity == Severity::Warning)
        return QCoreApplication::translate("EventDesk::Diagnostic", "%1: warning: %2").arg(text, message);
    return QCoreApplication::translate("EventDesk::Diagnostic", "%1: %2").arg(text, message);
}

} // namespace EventDesk
