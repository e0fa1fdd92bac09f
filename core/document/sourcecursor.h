#pragma once

#include <QByteArray>

#include <cstddef>

namespace EventDesk {

// Maps libyaml's character indexes to byte offsets and to the line and column an editor shows
// (lines end at LF only; libyaml also breaks lines at CR, NEL, LS and PS). Asked for positions
// in source order it walks the text once; a position before the last one restarts the walk, so
// callers keep to source order.
class SourceCursor
{
public:
    struct Position
    {
        int offset = 0; // bytes
        int line = 1; // 1-based
        int column = 1; // 1-based, in characters
    };

    explicit SourceCursor(const QByteArray& text);

    Position at(size_t characterIndex);

private:
    const QByteArray& m_text;
    size_t m_index = 0;
    Position m_position;
};

} // namespace EventDesk
