#pragma once

#include "yamlvalue.h"

#include <QHash>
#include <QVector>

namespace EventDesk {

// The entries of a map being read, with Ruby Hash semantics: keys are equal when they have the
// same type and the same text (1 and "1" differ); assigning to a key already there keeps its
// place and replaces its value. Look-ups are hashed, so large maps read in linear time.
class YamlMapEntries
{
public:
    bool contains(const YamlValue& key) const { return m_index.contains(identity(key)); }
    void assign(const YamlValue& key, const YamlValue& value);
    const QVector<YamlMapEntry>& entries() const { return m_entries; }

private:
    static QString identity(const YamlValue& key);

    QVector<YamlMapEntry> m_entries;
    QHash<QString, int> m_index;
};

} // namespace EventDesk
