#pragma once

#include "site/editorsettings.h"
#include "site/siteconfig.h"

#include <QStringList>

class QTextStream;

namespace EventDesk {

// The arguments the site commands share: `[--format text|json] SITE [--collection NAME]`,
// and the site they name, read.
struct SiteOptions
{
    QString command;
    bool json = false;
    QString site;
    QString collection;
    QString title; // --title, for `new`
    QStringList rest; // other arguments, in order
    SiteConfig config;
    EditorSettings settings;

    // Parses the arguments (`options` are the command's own flags taking no value, kept in
    // rest) and reads the site's configuration and `.eventdesk.yml`. Prints a message and
    // returns false on a usage or input error.
    bool parse(const QStringList& arguments, const QStringList& flags, QTextStream& err);
    // The collection, which must exist; prints a message and returns false otherwise.
    const CollectionConfig* requireCollection(QTextStream& err) const;
};

} // namespace EventDesk
