#pragma once

// What SchemaBuilder gathers from a collection's documents: internal to core/site.

#include "schema.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace EventDesk {

constexpr int MaxKnownValues = 200;
// Bounds that keep an odd file (thousands of keys) from taking the time and memory of a site.
constexpr int MaxKeys = 1000; // distinct keys followed per collection (or group)
constexpr int MaxOrderedKeys = 64; // keys of a document whose order is counted
constexpr int MaxConsensusKeys = 200; // keys placed by the documents' order; the rest follow

// What the documents (or the items of a group) hold under one key.
struct KeyStats
{
    int present = 0;
    QHash<int, int> types; // YamlValue::Type of non-null values
    int listsOfMaps = 0;
    int listsOfScalars = 0;
    int strings = 0;
    int urls = 0;
    int multiline = 0;
    QHash<QString, int> values;
    std::shared_ptr<SchemaBuilder::Fields> sub; // a group's sub-fields
};

struct SchemaBuilder::Fields
{
    int containers = 0; // documents, or items of a group
    QHash<QString, KeyStats> keys;
    QStringList firstSeen;
    QHash<QString, QHash<QString, int>> before; // before[a][b]: containers where a comes before b

    void add(const YamlValue& map);

    static void addValue(KeyStats& stats, const YamlValue& value);

    static void addText(KeyStats& stats, const QString& text);

    static void countValue(KeyStats& stats, const QString& text);

    void merge(const Fields& other);

    // The keys in the order the documents keep: each step takes the key that comes before the
    // others left in most documents (ties: first seen).
    QStringList consensusOrder() const;
};

} // namespace EventDesk
