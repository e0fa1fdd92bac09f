#pragma once

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

// kramdown's block-level syntax that md4c does not know, read before md4c parses a body:
// attribute lists and their definitions, footnote definitions, tables whose rows are any lines
// with a `|`, and kramdown's HTML blocks (an element runs to its matching end tag and stays raw).
namespace EventDesk::Kramdown {

// `{: .class #id key="value"}`.
struct AttributeList
{
    QString id;
    QStringList classes;
    QVector<QPair<QString, QString>> attributes;
    bool isEmpty() const { return id.isEmpty() && classes.isEmpty() && attributes.isEmpty(); }
};

void mergeInto(AttributeList& into, const AttributeList& from);
// The inside of `{: ...}` as kramdown reads it: `.class`, `#id`, `key="value"`, `key='value'`, and
// names of attribute list definitions. False when it is not an attribute list.
bool parseAttributes(const QString& text, const QHash<QString, AttributeList>& definitions, AttributeList* result);
// The attributes as HTML (` id="…" class="…" …`), event handlers and refused URLs left out.
QString attributeText(const AttributeList& list);
// What the line pass takes out of the text before md4c reads it.

struct BlockAttributes
{
    int line = 0; // 0-based line of the `{: ...}` line in the body
    AttributeList attributes;
    bool used = false;
};

struct Footnote
{
    QString name;
    QString text;
};

struct Prepared
{
    QByteArray text; // UTF-8, what md4c reads
    QVector<int> lineStarts; // byte offset of each line in text
    QVector<int> sourceLines; // for each line of text, the body line it comes from (0-based)
    QStringList bodyLines; // the body as given
    QVector<BlockAttributes> blockAttributes;
    QHash<QString, AttributeList> definitions;
    QVector<Footnote> footnotes;
    // Blocks written here rather than by md4c (kramdown's HTML blocks and tables): md4c reads a
    // marker paragraph in their place.
    QStringList rawBlocks;
    QVector<int> rawBlockLastLines; // the body line each raw block ends on
};

// The paragraph md4c reads where a raw block stands.
QString rawBlockMarker(int index);

// The body made ready for md4c; `tables` is false for a table cell's own text.
Prepared prepare(const QString& markdown, bool tables);

} // namespace EventDesk::Kramdown
