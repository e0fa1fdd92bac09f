#pragma once

#include "diagnostic.h"
#include "yamlvalue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace EventDesk {

// A key of the top-level mapping, where its text starts.
struct YamlTopLevelKey
{
    QString name; // the key as Ruby's to_s shows it
    int offset = 0; // byte offset of the start of the key's line
    int line = 0; // 1-based
    bool isMerge = false;
    // Byte offset of the end of the value's text: the end of the line that holds the value's last
    // character (blank lines a literal block keeps included). The comments and blank lines
    // between there and the next key are not part of the value.
    int valueEnd = 0;
};

// The result of reading one YAML document.
struct YamlDocument
{
    YamlValue root;
    // The keys of the root mapping in source order, as written (duplicates and `<<` included).
    QVector<YamlTopLevelKey> keys;
    // Whether the root is a block mapping, whose keys each start a line of their own.
    bool blockMapping = false;
    QVector<Diagnostic> warnings;
};

// Reads YAML text into a YamlValue tree exactly as Jekyll reads it. Jekyll calls Ruby's Psych,
// which is libyaml plus Ruby's typing rules; so libyaml's events give the nodes, their styles and
// positions, and ScalarResolver their types. (yaml-cpp, tried first, reads YAML 1.2 and disagreed
// with Jekyll on lone CRs, NEL/LS/PS line breaks, `?` inside flow lists, `>+` and `\N` escapes.)
// Only the first document is read, as Psych does. Aliases are shared, not copied; documents
// whose aliases would expand past a limit (the "billion laughs") are refused.
class YamlParser
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::YamlParser)

public:
    static constexpr qint64 MaxAliasExpansion = 1000000;
    static constexpr int MaxDepth = 1000;

    static bool parse(const QByteArray& yaml, YamlDocument* document, Diagnostic* error);
};

} // namespace EventDesk
