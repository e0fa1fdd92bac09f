#pragma once

#include "diagnostic.h"
#include "yamlvalue.h"

#include <QByteArray>

namespace EventDesk {

// Writes a value as the JSON of `eventdesk-cli dump`, which is what Ruby's JSON.generate makes
// of the data Jekyll read: map keys in source order as their to_s, datetimes
// "YYYY-MM-DDTHH:MM:SS+HH:MM", dates "YYYY-MM-DD", non-ASCII characters as they are.
class YamlJson
{
public:
    // False (with *error, at the value's position) for what JSON cannot hold: infinities and NaN.
    static bool write(const YamlValue& value, QByteArray* json, Diagnostic* error);
};

} // namespace EventDesk
