#pragma once

#include <QString>
#include <QStringList>

namespace EventDesk {

// What a field means to EventDesk, whatever the site calls it. The list, the preview, the checks
// and the editor find fields by role, never by key name, so a site's `start_date` works as the
// reference site's `event_start_date`.
enum class FieldRole {
    None,
    Title,
    Lead, // the paragraph under the title (Markdown)
    PublicationDate,
    Start,
    End,
    Place,
    Address,
    Categories,
    Image, // an image file: a top-level field or a sub-field of a list of images
    ImageAlt, // its alternative text
    ImageCaption,
    InformationItems, // a list of maps: heading, content, link
    InformationHeading,
    InformationContent,
    InformationLink,
    Published,
};

class FieldRoles
{
public:
    // "start", "image-alt": the names `.eventdesk.yml` and eventdesk-cli use.
    static QString name(FieldRole role);
    static FieldRole fromName(const QString& name); // None when unknown
    static QStringList names();
    // What a form calls a field with this role when the site names it nowhere: "Début" / "Start";
    // empty for None. `language` "fr" or "en".
    static QString label(FieldRole role, const QString& language);

    // A key as the rules compare it: lower case, accents dropped, `-`, `_` and spaces as `_`.
    static QString normalizedKey(const QString& key);

    // The role a top-level key's name suggests (`event_start_date`, `start_date`, `debut` ->
    // Start; `lieu`, `location` -> Place; ...), None when it suggests none.
    static FieldRole guessTopLevel(const QString& key);
    // The role a sub-field's name suggests inside a list of maps: image, alternative text and
    // caption for a list of images; heading, content and link for information items.
    static FieldRole guessSubField(const QString& key);
};

} // namespace EventDesk
