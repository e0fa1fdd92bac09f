<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EventDesk::FrontMatterView</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message numerus="yes">
        <source>list of %n</source>
        <translation>
            <numerusform>liste de %n élément</numerusform>
            <numerusform>liste de %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Front matter fields</source>
        <translation>Champs de l’en-tête</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>EventDesk::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Open Site…</source>
        <translation>&amp;Ouvrir un site…</translation>
    </message>
    <message>
        <source>Open the folder of a Jekyll site</source>
        <translation>Ouvrir le dossier d’un site Jekyll</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About EventDesk</source>
        <translation>À &amp;propos d’EventDesk</translation>
    </message>
    <message>
        <source>Documents of the site</source>
        <translation>Documents du site</translation>
    </message>
    <message>
        <source>Body of the document</source>
        <translation>Corps du document</translation>
    </message>
    <message>
        <source>This document has no body.</source>
        <translation>Ce document n’a pas de corps de texte.</translation>
    </message>
    <message>
        <source>EventDesk</source>
        <translation>EventDesk</translation>
    </message>
    <message>
        <source>%1 — EventDesk</source>
        <translation>%1 — EventDesk</translation>
    </message>
    <message>
        <source>Open a site with File &gt; Open Site…</source>
        <translation>Ouvrez un site avec Fichier &gt; Ouvrir un site…</translation>
    </message>
    <message>
        <source>Select a document in the list.</source>
        <translation>Choisissez un document dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n document(s)</source>
        <translation>
            <numerusform>%1 — %n document</numerusform>
            <numerusform>%1 — %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the site</source>
        <translation>Impossible d’ouvrir le site</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Open a Jekyll Site</source>
        <translation>Ouvrir un site Jekyll</translation>
    </message>
    <message>
        <source>About EventDesk</source>
        <translation>À propos d’EventDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EventDesk %1&lt;/h3&gt;&lt;p&gt;Write the event pages of a Jekyll site: a form from the site&apos;s own fields, the body in Markdown, files ready to commit.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EventDesk %1&lt;/h3&gt;&lt;p&gt;Rédigez les pages d’événements d’un site Jekyll : un formulaire tiré des champs du site, le corps en Markdown, des fichiers prêts à être versionnés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preview of the page</source>
        <translation>Aperçu de la page</translation>
    </message>
    <message>
        <source>The page of the selected document shows here, as the site will publish it.</source>
        <translation>La page du document choisi s’affiche ici, telle que le site la publiera.</translation>
    </message>
</context>
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
