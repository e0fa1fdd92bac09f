#pragma once

#include "diagnostic.h"

#include <QByteArray>

namespace EventDesk {

// Refuses bytes that are not a text file EventDesk can edit without loss: invalid UTF-8
// (including overlong forms and surrogates) and NUL bytes, with the position of the first one.
class TextCheck
{
public:
    static bool isEditableText(const QByteArray& bytes, Diagnostic* error);

    // 1-based line and character column of a byte offset.
    static void position(const QByteArray& bytes, int offset, int* line, int* column);
};

} // namespace EventDesk
