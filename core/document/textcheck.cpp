#include "textcheck.h"

#include <QCoreApplication>

namespace EventDesk {

namespace {

// Length of the valid UTF-8 sequence at i, or 0.
int sequenceLength(const unsigned char* s, int size, int i)
{
    const unsigned char c = s[i];
    if (c < 0x80)
        return 1;
    int length = 0;
    unsigned int min = 0, codePoint = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        min = 0x80;
        codePoint = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        min = 0x800;
        codePoint = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        min = 0x10000;
        codePoint = c & 0x07;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((s[i + k] & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (s[i + k] & 0x3F);
    }
    if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

void TextCheck::position(const QByteArray& bytes, int offset, int* line, int* column)
{
    *line = 1;
    *column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\n') {
            ++*line;
            *column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++*column;
        }
    }
}

bool TextCheck::isEditableText(const QByteArray& bytes, Diagnostic* error)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const int size = int(bytes.size());
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *error = Diagnostic{
            Diagnostic::Severity::Error, 1, 1,
            QCoreApplication::translate("EventDesk::TextCheck",
                                        "the file is UTF-16 text, not UTF-8; convert it to UTF-8 and open it again")};
        return false;
    }
    // A NUL byte anywhere means a binary file, whatever comes before it.
    const int nul = bytes.indexOf('\0');
    if (nul >= 0) {
        error->severity = Diagnostic::Severity::Error;
        position(bytes, nul, &error->line, &error->column);
        error->message = QCoreApplication::translate(
            "EventDesk::TextCheck", "the file contains a NUL byte: it is binary, not text; it was not opened");
        return false;
    }
    for (int i = 0; i < size;) {
        const int length = sequenceLength(s, size, i);
        if (length == 0) {
            error->severity = Diagnostic::Severity::Error;
            position(bytes, i, &error->line, &error->column);
            error->message =
                QCoreApplication::translate("EventDesk::TextCheck",
                                            "the file is not valid UTF-8 (byte 0x%1 at offset %2); "
                                            "convert it to UTF-8 and open it again")
                    .arg(QString::number(s[i], 16).toUpper().rightJustified(2, QLatin1Char('0')), QString::number(i));
            return false;
        }
        i += length;
    }
    return true;
}

} // namespace EventDesk
