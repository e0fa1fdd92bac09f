#pragma once

#include "document/yamlparser.h"

#include <QByteArray>

namespace EventDesk::TestValues {

// A value written as YAML, as eventdesk-cli set reads KEY=YAML. The text must be valid.
inline YamlValue yaml(const QByteArray& text)
{
    YamlDocument document;
    Diagnostic error;
    if (!YamlParser::parse(text, &document, &error))
        qFatal("bad test value %s", text.constData());
    return document.root;
}

} // namespace EventDesk::TestValues
