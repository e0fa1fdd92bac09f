#pragma once

#include <QByteArray>

namespace EventDesk::SaveContents {

// Two versions of a long event file, of different sizes, so that a file cut short by a kill would
// be neither.
inline QByteArray make(const QByteArray& place, int paragraphs)
{
    QByteArray text = "---\ntitle: Atelier\nlieu: " + place + "\n---\n";
    for (int i = 0; i < paragraphs; ++i)
        text += "Paragraphe " + QByteArray::number(i) + " : un texte assez long pour remplir la page.\n\n";
    return text;
}
inline QByteArray first()
{
    return make("Salle 1", 4000);
}
inline QByteArray second()
{
    return make("Salle Condorcet", 2500);
}

} // namespace EventDesk::SaveContents
