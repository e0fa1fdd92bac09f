#pragma once

#include <QByteArray>

namespace EventDesk {

// Where the front matter of a file is, found exactly as Jekyll 4.3 finds it: its regular
// expression \A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?) (Ruby, multi-line mode) on the text after
// the byte order mark. All offsets are byte offsets into that text.
struct FrontMatterSplit
{
    bool hasFrontMatter = false;
    // The YAML Jekyll parses: [0, yamlEnd). It starts with the opening `---` line.
    int yamlEnd = 0;
    // The closing `---` or `...` line and the blank lines Jekyll's \s* swallows: [yamlEnd, bodyStart).
    int bodyStart = 0;

    static FrontMatterSplit find(const QByteArray& text);
};

} // namespace EventDesk
