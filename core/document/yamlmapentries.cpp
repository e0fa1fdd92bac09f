#include "yamlmapentries.h"

namespace EventDesk {

QString YamlMapEntries::identity(const YamlValue& key)
{
    return QString::number(int(key.type())) + QLatin1Char(':') + key.rubyString();
}

void YamlMapEntries::assign(const YamlValue& key, const YamlValue& value)
{
    const QString id = identity(key);
    const auto it = m_index.constFind(id);
    if (it != m_index.constEnd()) {
        m_entries[*it] = YamlMapEntry{m_entries.at(*it).key, value};
        return;
    }
    m_index.insert(id, int(m_entries.size()));
    m_entries.append(YamlMapEntry{key, value});
}

} // namespace EventDesk
