#pragma once

#include "yamlvalue.h"

#include <QString>

namespace EventDesk {

// Gives a YAML scalar the type Jekyll 4.3 gives it. Jekyll reads front matter with Ruby's
// Psych.safe_load(permitted_classes: [Date, Time], aliases: true): plain scalars go through
// Psych's ScalarScanner (YAML 1.1 rules: `yes` is true, `010` is 8, `1:30` is sexagesimal, ...),
// quoted ones stay strings, tags pick a type, and Ruby classes other than Date and Time are refused.
class ScalarResolver
{
public:
    // Psych's tag conventions as yaml-cpp reports them: "?" for a plain scalar without a tag,
    // "!" for a quoted or block scalar without a tag, otherwise the resolved tag.
    static bool resolve(const QString& text, const QString& tag, YamlValue* value, QString* error);

    // Psych's ScalarScanner#tokenize for the text of a plain scalar.
    static bool tokenize(const QString& text, YamlValue* value, QString* error);

    // An error message when a list or map tag names a Ruby class safe_load refuses.
    static QString collectionTagError(const QString& tag, bool isMap);
};

} // namespace EventDesk
