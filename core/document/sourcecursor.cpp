#include "sourcecursor.h"

namespace EventDesk {

SourceCursor::SourceCursor(const QByteArray& text)
    : m_text(text)
{
}

SourceCursor::Position SourceCursor::at(size_t characterIndex)
{
    if (characterIndex < m_index) {
        m_index = 0;
        m_position = Position();
    }
    const int size = int(m_text.size());
    while (m_index < characterIndex && m_position.offset < size) {
        const unsigned char c = static_cast<unsigned char>(m_text.at(m_position.offset));
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        m_position.offset = qMin(size, m_position.offset + length);
        if (c == '\n') {
            ++m_position.line;
            m_position.column = 1;
        } else {
            ++m_position.column;
        }
        ++m_index;
    }
    return m_position;
}

} // namespace EventDesk
