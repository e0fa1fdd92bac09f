#pragma once

#include "formcontext.h"

#include <QString>

#include <functional>

namespace EventDesk {

class SpellService;

// What every editor of one form shares: the site context, the image chooser and the read-only
// state. The DocumentForm owns it and outlives its editors, which keep a pointer to it.
struct FormEnvironment
{
    FormContext context;
    std::function<QString()> imagePicker; // empty: a file dialog
    bool readOnly = false;
    SpellService* spelling = nullptr; // misspelled words underlined in text fields; nullptr: none

    QTimeZone timeZone() const { return context.timeZone.isValid() ? context.timeZone : QTimeZone::systemTimeZone(); }
};

} // namespace EventDesk
