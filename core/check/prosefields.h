#pragma once

#include "document/yamlvalue.h"

#include <QString>
#include <QVector>

#include <functional>

namespace EventDesk {

struct CollectionSchema;

// The texts of a front matter that people read on the page: the values of the schema's text and
// Markdown fields, and of those sub-fields in groups (at any depth). Lists of names (tags, categories), addresses,
// dates, files and keys the schema does not know are not prose. Checks of the prose (French
// typography) read them; fixes write them back by path.
class ProseFields
{
public:
    struct Field
    {
        QString path; // "title", "champs_informations[2].contenu" (0-based, as Problem::field)
        QString key; // the top-level key
        YamlValue value; // a string, with its place in the file
        bool markdown = false;
    };

    static QVector<Field> find(const YamlValue& frontMatter, const CollectionSchema& schema);
    // A top-level key's value with every prose text passed through `change`; `changed` tells
    // whether one of them changed. Other values are returned as they are.
    static YamlValue map(const QString& key,
                         const YamlValue& value,
                         const CollectionSchema& schema,
                         const std::function<QString(const QString&)>& change,
                         bool* changed);
};

} // namespace EventDesk
