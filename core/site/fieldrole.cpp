#include "fieldrole.h"

#include <QRegularExpression>

namespace EventDesk {

namespace {

struct RoleName
{
    FieldRole role;
    const char* name;
};

const RoleName roleNames[] = {
    {FieldRole::Title, "title"},
    {FieldRole::Lead, "lead"},
    {FieldRole::PublicationDate, "date"},
    {FieldRole::Start, "start"},
    {FieldRole::End, "end"},
    {FieldRole::Place, "place"},
    {FieldRole::Address, "address"},
    {FieldRole::Categories, "categories"},
    {FieldRole::Image, "image"},
    {FieldRole::ImageAlt, "image-alt"},
    {FieldRole::ImageCaption, "image-caption"},
    {FieldRole::InformationItems, "information"},
    {FieldRole::InformationHeading, "information-heading"},
    {FieldRole::InformationContent, "information-content"},
    {FieldRole::InformationLink, "information-link"},
    {FieldRole::Published, "published"},
};

QStringList tokens(const QString& key)
{
    return FieldRoles::normalizedKey(key).split(QLatin1Char('_'), Qt::SkipEmptyParts);
}

bool hasToken(const QStringList& words, std::initializer_list<const char*> candidates)
{
    for (const char* candidate : candidates) {
        if (words.contains(QLatin1String(candidate)))
            return true;
    }
    return false;
}

bool isOneOf(const QString& normalized, std::initializer_list<const char*> candidates)
{
    for (const char* candidate : candidates) {
        if (normalized == QLatin1String(candidate))
            return true;
    }
    return false;
}

} // namespace

QString FieldRoles::label(FieldRole role, const QString& language)
{
    const bool fr = language == QLatin1String("fr");
    switch (role) {
    case FieldRole::None:
        return QString();
    case FieldRole::Title:
        return fr ? QStringLiteral("Titre") : QStringLiteral("Title");
    case FieldRole::Lead:
        return fr ? QStringLiteral("Chapeau") : QStringLiteral("Lead");
    case FieldRole::PublicationDate:
        return fr ? QStringLiteral("Date de publication") : QStringLiteral("Publication date");
    case FieldRole::Start:
        return fr ? QStringLiteral("Début") : QStringLiteral("Start");
    case FieldRole::End:
        return fr ? QStringLiteral("Fin") : QStringLiteral("End");
    case FieldRole::Place:
        return fr ? QStringLiteral("Lieu") : QStringLiteral("Place");
    case FieldRole::Address:
        return fr ? QStringLiteral("Adresse") : QStringLiteral("Address");
    case FieldRole::Categories:
        return fr ? QStringLiteral("Catégories") : QStringLiteral("Categories");
    case FieldRole::Image:
        return QStringLiteral("Image");
    case FieldRole::ImageAlt:
        return fr ? QStringLiteral("Texte alternatif") : QStringLiteral("Alternative text");
    case FieldRole::ImageCaption:
        return fr ? QStringLiteral("Légende") : QStringLiteral("Caption");
    case FieldRole::InformationItems:
        return fr ? QStringLiteral("Informations pratiques") : QStringLiteral("Practical information");
    case FieldRole::InformationHeading:
        return fr ? QStringLiteral("Intitulé") : QStringLiteral("Heading");
    case FieldRole::InformationContent:
        return fr ? QStringLiteral("Contenu") : QStringLiteral("Content");
    case FieldRole::InformationLink:
        return fr ? QStringLiteral("Lien") : QStringLiteral("Link");
    case FieldRole::Published:
        return fr ? QStringLiteral("Publié") : QStringLiteral("Published");
    }
    return QString();
}

QString FieldRoles::name(FieldRole role)
{
    for (const RoleName& entry : roleNames) {
        if (entry.role == role)
            return QLatin1String(entry.name);
    }
    return QString();
}

FieldRole FieldRoles::fromName(const QString& name)
{
    for (const RoleName& entry : roleNames) {
        if (name == QLatin1String(entry.name))
            return entry.role;
    }
    return FieldRole::None;
}

QStringList FieldRoles::names()
{
    QStringList result;
    for (const RoleName& entry : roleNames)
        result.append(QLatin1String(entry.name));
    return result;
}

QString FieldRoles::normalizedKey(const QString& key)
{
    // camelCase words apart first: `dateEvent` -> `date_Event`
    static const QRegularExpression camel(QStringLiteral("([a-z0-9])([A-Z])"));
    QString spaced = key;
    spaced.replace(camel, QStringLiteral("\\1_\\2"));
    QString result;
    for (const QChar c : spaced.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QLatin1Char('-') || c == QLatin1Char(' ') || c == QLatin1Char('_') || c == QLatin1Char('.'))
            result += QLatin1Char('_');
        else
            result += c.toLower();
    }
    static const QRegularExpression repeated(QStringLiteral("_+"));
    result.replace(repeated, QStringLiteral("_"));
    while (result.startsWith(QLatin1Char('_')))
        result.remove(0, 1);
    while (result.endsWith(QLatin1Char('_')))
        result.chop(1);
    return result;
}

FieldRole FieldRoles::guessTopLevel(const QString& key)
{
    const QString normalized = normalizedKey(key);
    const QStringList words = tokens(key);
    if (isOneOf(normalized, {"title", "titre"}))
        return FieldRole::Title;
    if (isOneOf(normalized, {"date", "published_at", "publication_date", "date_publication", "date_de_publication"}))
        return FieldRole::PublicationDate;
    if (isOneOf(normalized, {"published", "publie", "publish"}))
        return FieldRole::Published;
    // A start and an end: a date-like key with the word (`event_start_date`, `date_debut`,
    // `starts_at`) or the bare word.
    if (hasToken(words, {"start", "starts", "debut", "begin", "begins"}))
        return FieldRole::Start;
    if (hasToken(words, {"end", "ends", "fin", "until"}))
        return FieldRole::End;
    if (hasToken(words,
                 {"chapeau", "chapo", "lead", "lede", "excerpt", "summary", "resume", "intro", "introduction",
                  "description", "accroche", "subtitle", "sous_titre"}))
        return FieldRole::Lead;
    if (hasToken(words, {"lieu", "location", "place", "venue", "where", "salle"}))
        return FieldRole::Place;
    if (hasToken(words, {"adresse", "address", "addr"}))
        return FieldRole::Address;
    if (isOneOf(normalized, {"categories", "category", "categorie", "categ", "rubrique", "rubriques"}))
        return FieldRole::Categories;
    if (hasToken(words, {"alt", "alternative", "alternative_textuelle", "textuelle"}))
        return FieldRole::ImageAlt;
    if (hasToken(words, {"image", "images", "visuel", "photo", "illustration", "cover", "thumbnail", "vignette"}))
        return FieldRole::Image;
    if (hasToken(words, {"legende", "caption"}))
        return FieldRole::ImageCaption;
    return FieldRole::None;
}

FieldRole FieldRoles::guessSubField(const QString& key)
{
    const QString normalized = normalizedKey(key);
    const QStringList words = tokens(key);
    if (hasToken(words, {"alt", "alternative", "textuelle"}))
        return FieldRole::ImageAlt;
    if (hasToken(words, {"legende", "caption", "credit", "credits"}))
        return FieldRole::ImageCaption;
    if (hasToken(words, {"image", "visuel", "photo", "src", "file", "fichier"}))
        return FieldRole::Image;
    if (isOneOf(normalized, {"intitule", "title", "titre", "label", "libelle", "heading", "name", "nom"}))
        return FieldRole::InformationHeading;
    if (isOneOf(normalized, {"contenu", "content", "text", "texte", "value", "valeur", "description", "details"}))
        return FieldRole::InformationContent;
    if (isOneOf(normalized, {"lien", "link", "url", "href"}))
        return FieldRole::InformationLink;
    return FieldRole::None;
}

} // namespace EventDesk
