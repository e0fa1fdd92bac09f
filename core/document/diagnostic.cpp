#include "diagnostic.h"

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
        text += QStringLiteral(": warning");
    return text + QStringLiteral(": ") + message;
}

} // namespace EventDesk
