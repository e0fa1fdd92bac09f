#pragma once

#include "yamlvalue.h"

#include <QCoreApplication>
#include <QString>

namespace EventDesk {

// Gives a YAML scalar the type Jekyll 4.3 gives it. Jekyll reads front matter with Ruby's
// Psych.safe_load(permitted_classes: [Date, Time], aliases: true): plain scalars go through
// Psych's ScalarScanner (YAML 1.1 rules: `yes` is true, `010` is 8, `1:30` is sexagesimal, ...),
// quoted ones stay strings, tags pick a type, and Ruby classes other than Date and Time are refused.
class ScalarResolver
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ScalarResolver)

public:
    // A scalar as libyaml reports it: its tag (empty when it has none) and whether it was quoted
    // (or a block scalar) without a tag, which keeps it a string.
    static bool resolve(const QString& text, const QString& tag, bool quoted, YamlValue* value, QString* error);

    // Psych's ScalarScanner#tokenize for the text of a plain scalar.
    static bool tokenize(const QString& text, YamlValue* value, QString* error);

    // An error message when a list or map tag names a Ruby class safe_load refuses.
    static QString collectionTagError(const QString& tag, bool isMap);
    // `!!omap` on a list: Psych reads the list of one-pair maps as one map.
    static bool isOrderedMapTag(const QString& tag);
};

} // namespace EventDesk
