#include "schemastatistics.h"

#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace EventDesk {

namespace {

bool looksLikeUrl(const QString& text)
{
    static const QRegularExpression url(QStringLiteral("^(https?://|mailto:|tel:|www\\.)\\S+$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return url.match(text).hasMatch();
}

} // namespace

void SchemaBuilder::Fields::add(const YamlValue& map)
{
    ++containers;
    QStringList order;
    QSet<QString> seen;
    for (const YamlMapEntry& entry : map.entries()) {
        const QString key = entry.key.rubyString();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (!keys.contains(key)) {
            if (keys.size() >= MaxKeys)
                continue;
            firstSeen.append(key);
        }
        if (order.size() < MaxOrderedKeys)
            order.append(key);
        KeyStats& stats = keys[key];
        if (stats.sub && stats.sub.use_count() > 1)
            stats.sub = std::make_shared<Fields>(*stats.sub); // copies of a builder share until written
        addValue(stats, entry.value);
    }
    for (int i = 0; i < order.size(); ++i) {
        for (int j = i + 1; j < order.size(); ++j)
            ++before[order.at(i)][order.at(j)];
    }
}

void SchemaBuilder::Fields::addValue(KeyStats& stats, const YamlValue& value)
{
    ++stats.present;
    if (value.isNull())
        return;
    ++stats.types[int(value.type())];
    if (value.type() == YamlValue::Type::String)
        addText(stats, value.toString());
    else if (value.isScalar())
        countValue(stats, value.rubyString());
    if (value.type() != YamlValue::Type::List)
        return;
    bool maps = !value.items().isEmpty();
    for (const YamlValue& item : value.items())
        maps = maps && item.type() == YamlValue::Type::Map;
    if (maps) {
        ++stats.listsOfMaps;
        if (!stats.sub)
            stats.sub = std::make_shared<Fields>();
        for (const YamlValue& item : value.items())
            stats.sub->add(item);
    } else {
        ++stats.listsOfScalars;
        for (const YamlValue& item : value.items()) {
            if (item.type() == YamlValue::Type::String)
                addText(stats, item.toString());
            else if (item.isScalar() && !item.isNull())
                countValue(stats, item.rubyString());
        }
    }
}

void SchemaBuilder::Fields::addText(KeyStats& stats, const QString& text)
{
    ++stats.strings;
    if (looksLikeUrl(text))
        ++stats.urls;
    if (text.contains(QLatin1Char('\n')))
        ++stats.multiline;
    countValue(stats, text);
}

void SchemaBuilder::Fields::countValue(KeyStats& stats, const QString& text)
{
    // Long texts are not choices; the count of distinct values is bounded.
    if (text.isEmpty() || text.size() > 120)
        return;
    auto it = stats.values.find(text);
    if (it != stats.values.end())
        ++it.value();
    else if (stats.values.size() < 4 * MaxKnownValues)
        stats.values.insert(text, 1);
}

void SchemaBuilder::Fields::merge(const Fields& other)
{
    containers += other.containers;
    for (const QString& key : other.firstSeen) {
        if (!keys.contains(key))
            firstSeen.append(key);
    }
    for (auto it = other.keys.cbegin(); it != other.keys.cend(); ++it) {
        KeyStats& mine = keys[it.key()];
        const KeyStats& theirs = it.value();
        mine.present += theirs.present;
        for (auto t = theirs.types.cbegin(); t != theirs.types.cend(); ++t)
            mine.types[t.key()] += t.value();
        mine.listsOfMaps += theirs.listsOfMaps;
        mine.listsOfScalars += theirs.listsOfScalars;
        mine.strings += theirs.strings;
        mine.urls += theirs.urls;
        mine.multiline += theirs.multiline;
        for (auto v = theirs.values.cbegin(); v != theirs.values.cend(); ++v) {
            if (mine.values.contains(v.key()) || mine.values.size() < 4 * MaxKnownValues)
                mine.values[v.key()] += v.value();
        }
        if (theirs.sub) {
            if (!mine.sub)
                mine.sub = std::make_shared<Fields>();
            else if (mine.sub.use_count() > 1)
                mine.sub = std::make_shared<Fields>(*mine.sub);
            mine.sub->merge(*theirs.sub);
        }
    }
    for (auto a = other.before.cbegin(); a != other.before.cend(); ++a) {
        for (auto b = a.value().cbegin(); b != a.value().cend(); ++b)
            before[a.key()][b.key()] += b.value();
    }
}

QStringList SchemaBuilder::Fields::consensusOrder() const
{
    QStringList remaining = firstSeen.mid(0, MaxConsensusKeys);
    QStringList order;
    while (!remaining.isEmpty()) {
        int best = 0;
        int bestScore = std::numeric_limits<int>::min();
        for (int i = 0; i < remaining.size(); ++i) {
            int score = 0;
            for (const QString& other : remaining) {
                if (other != remaining.at(i))
                    score += before.value(remaining.at(i)).value(other) - before.value(other).value(remaining.at(i));
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        order.append(remaining.takeAt(best));
    }
    return order + firstSeen.mid(MaxConsensusKeys);
}

SchemaBuilder::SchemaBuilder()
    : m_fields(std::make_unique<Fields>())
{
}

SchemaBuilder::~SchemaBuilder() = default;

SchemaBuilder::SchemaBuilder(const SchemaBuilder& other)
    : m_fields(std::make_unique<Fields>(*other.m_fields))
{
}

SchemaBuilder& SchemaBuilder::operator=(const SchemaBuilder& other)
{
    if (this != &other)
        m_fields = std::make_unique<Fields>(*other.m_fields);
    return *this;
}

void SchemaBuilder::addDocument(const YamlValue& frontMatter)
{
    m_fields->add(frontMatter);
}

void SchemaBuilder::merge(const SchemaBuilder& other)
{
    m_fields->merge(*other.m_fields);
}

int SchemaBuilder::documents() const
{
    return m_fields->containers;
}

} // namespace EventDesk
