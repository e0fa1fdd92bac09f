<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Write the event pages of a Jekyll site.</source>
        <translation>Rédigez les pages d’événements d’un site Jekyll.</translation>
    </message>
    <message>
        <source>The folder of a Jekyll site (the bundled sample site when none is given).</source>
        <translation>Le dossier d’un site Jekyll (le site d’exemple fourni quand aucun n’est donné).</translation>
    </message>
    <message>
        <source>Sample site</source>
        <translation>Site d’exemple</translation>
    </message>
</context>
</TS>
