#pragma once

#include <QIcon>

namespace EventDesk {

// The status marks of the document list: the icon theme's when it has them, else drawn here
// in quiet colours so they read on light and dark palettes alike, or in the text colour where a
// quiet one would not read (high-contrast palettes).
class DocumentIcons
{
public:
    static QIcon error(); // the front matter does not read
    static QIcon draft(); // in _drafts
    static QIcon unpublished(); // `published: false`
};

} // namespace EventDesk
