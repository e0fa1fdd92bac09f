#pragma once

#include "linkextractor.h"
#include "problem.h"

#include <QCoreApplication>
#include <QVector>

namespace EventDesk {

class CollectionSchema;
class EventDocument;
class PermalinkIndex;
class SiteConfig;

// What a link points at, once looked at without the network.
struct LinkVerdict
{
    enum class Status { Ok, Broken, External, Skipped };
    ExtractedLink link;
    Status status = Status::Skipped;
    QString message;
};

// The checks that need no network, on one document: required fields, values of the wrong type,
// an end before the start, UTC offsets that do not match the site's time zone, French weekday
// names that contradict their date, images without alternative text, links without a useful
// text, heading levels that skip, keys the defaults spell otherwise; and its internal links
// (pages by permalink, files on disk, anchors, mailto: and tel:). Fields are found by role.
class DocumentChecker
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::DocumentChecker)

public:
    struct Context
    {
        const SiteConfig* config = nullptr;
        const CollectionSchema* schema = nullptr;
        const PermalinkIndex* permalinks = nullptr; // null: page links are not checked
        QString relativePath; // of the document, from the site root
        // The language of the field labels the messages name ("fr", "en"): the editor's form's,
        // so a message names a field as the form shows it; empty: messageLanguage().
        QString labelLanguage;
    };

    static QVector<Problem>
    check(const EventDocument& document, const Context& context, QVector<LinkVerdict>* links = nullptr);

    // The language the messages are in ("fr" once the interface's French catalogue is installed,
    // else "en"): the messages name fields by their label in it, as the catalogue translates them.
    static QString messageLanguage();

    // The ids a body's rendered HTML gives (headings, attribute lists, raw HTML ids and names).
    static QStringList anchorsOf(const QString& body);
};

} // namespace EventDesk
