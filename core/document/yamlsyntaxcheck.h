#pragma once

#include "diagnostic.h"

#include <QByteArray>

namespace EventDesk {

// Decides whether YAML text is well-formed the way Jekyll decides it: with libyaml, the parser
// under Ruby's Psych. yaml-cpp, which builds our values, accepts some text libyaml refuses (a tab
// as indentation, an unterminated quoted string at the end); running libyaml first makes
// EventDesk refuse exactly what Jekyll refuses, with the same message and position.
class YamlSyntaxCheck
{
public:
    // True when the text parses; otherwise *error gets libyaml's problem and position.
    static bool check(const QByteArray& yaml, Diagnostic* error);
};

} // namespace EventDesk
