<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EventDesk::ChangeListModel</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>EventDesk::ChangesDialog</name>
    <message>
        <source>Export the Changes To</source>
        <translation>Exporter les modifications vers</translation>
    </message>
    <message>
        <source>Save the Changes as a Patch</source>
        <translation>Enregistrer les modifications comme correctif</translation>
    </message>
    <message>
        <source>Patches (*.patch)</source>
        <translation>Correctifs (*.patch)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed since the last version.</source>
        <translation>
            <numerusform>%n fichier modifié depuis la dernière version.</numerusform>
            <numerusform>%n fichiers modifiés depuis la dernière version.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the site is as it was at the last commit.</source>
        <translation>Aucune modification&#xa0;: le site est tel qu’il était au dernier commit.</translation>
    </message>
    <message>
        <source>No changes: the site is as it was.</source>
        <translation>Aucune modification&#xa0;: le site est tel qu’il était.</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>Fichiers modifiés</translation>
    </message>
    <message>
        <source>Changes in the selected file</source>
        <translation>Modifications du fichier sélectionné</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Enregistrer dans git</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l’exportation</translation>
    </message>
    <message>
        <source>&amp;Revert This File…</source>
        <translation>&amp;Rétablir ce fichier…</translation>
    </message>
    <message>
        <source>Revert this file</source>
        <translation>Rétablir ce fichier</translation>
    </message>
    <message>
        <source>Put the selected file back as it was</source>
        <translation>Remettre le fichier sélectionné tel qu’il était</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Copy the changed files and a patch to a folder</source>
        <translation>Copier les fichiers modifiés et un correctif (patch) dans un dossier</translation>
    </message>
    <message>
        <source>Save &amp;Patch…</source>
        <translation>Enregistrer le &amp;correctif…</translation>
    </message>
    <message>
        <source>Save patch</source>
        <translation>Enregistrer le correctif</translation>
    </message>
    <message>
        <source>Save the changes as a single patch file</source>
        <translation>Enregistrer les modifications dans un seul fichier correctif (patch)</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>Enregistrer dans &amp;git…</translation>
    </message>
    <message>
        <source>Record the changes in the site&apos;s history</source>
        <translation>Enregistrer les modifications dans l’historique du site</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Binary file (image), %1 bytes before, %2 after</source>
        <translation>Fichier binaire (image), %1 octets avant, %2 après</translation>
    </message>
    <message>
        <source>Binary file, %1 bytes before, %2 after</source>
        <translation>Fichier binaire, %1 octets avant, %2 après</translation>
    </message>
    <message>
        <source>Only the file&apos;s mode changed.</source>
        <translation>Seul le mode du fichier (ses permissions) a changé.</translation>
    </message>
    <message>
        <source>Delete “%1”? It is new, so putting it back as it was removes it.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Ce fichier est nouveau&#xa0;: le remettre tel qu’il était revient à le supprimer.</translation>
    </message>
    <message>
        <source>Put “%1” back as it was? Your changes to it will be lost.</source>
        <translation>Remettre «&#xa0;%1&#xa0;» tel qu’il était&#xa0;? Les modifications que vous y avez apportées seront perdues.</translation>
    </message>
    <message>
        <source>Revert This File</source>
        <translation>Rétablir ce fichier</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>L’exportation s’est interrompue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Written to %1: %n file(s) and the patch %2.</source>
        <translation>
            <numerusform>Écrit dans %1&#xa0;: %n fichier et le correctif (patch) %2.</numerusform>
            <numerusform>Écrits dans %1&#xa0;: %n fichiers et le correctif (patch) %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The patch was not saved: %1</source>
        <translation>Le correctif (patch) n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Patch saved as %1.</source>
        <translation>Correctif (patch) enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>EventDesk::ChangesExport</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>EventDesk::CollectionSwitcher</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pages (%1)</source>
        <translation>Pages (%1)</translation>
    </message>
</context>
<context>
    <name>EventDesk::CommitPanel</name>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Message du commit</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branche&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrent branch</source>
        <translation>Branche &amp;actuelle</translation>
    </message>
    <message>
        <source>C&amp;urrent branch (%1)</source>
        <translation>Branche &amp;actuelle (%1)</translation>
    </message>
    <message>
        <source>Ne&amp;w branch:</source>
        <translation>&amp;Nouvelle branche&#xa0;:</translation>
    </message>
    <message>
        <source>New branch</source>
        <translation>Nouvelle branche</translation>
    </message>
    <message>
        <source>branch name</source>
        <translation>nom de la branche</translation>
    </message>
    <message>
        <source>New branch name</source>
        <translation>Nom de la nouvelle branche</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>Créer le c&amp;ommit</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Créer le commit</translation>
    </message>
    <message>
        <source>Record the documents and their images in the site&apos;s history</source>
        <translation>Enregistrer les documents et leurs images dans l’historique du site</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>Envoyer (&amp;push)</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Envoyer (push)</translation>
    </message>
    <message>
        <source>Send the commit to the shared repository</source>
        <translation>Envoyer le commit vers le dépôt partagé</translation>
    </message>
    <message>
        <source>Commit result</source>
        <translation>Résultat du commit</translation>
    </message>
    <message>
        <source>Give the new branch a name.</source>
        <translation>Donnez un nom à la nouvelle branche.</translation>
    </message>
    <message>
        <source>The commit message is empty.</source>
        <translation>Le message du commit est vide.</translation>
    </message>
    <message>
        <source>Nothing was committed: %1</source>
        <translation>Aucun commit n’a été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Committed as %1 on branch %2.</source>
        <translation>Commit %1 créé sur la branche %2.</translation>
    </message>
    <message>
        <source>The push failed: %1</source>
        <translation>L’envoi (push) a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pushed.</source>
        <translation>Commit envoyé.</translation>
    </message>
    <message>
        <source>Pushed.
%1</source>
        <translation>Commit envoyé.
%1</translation>
    </message>
</context>
<context>
    <name>EventDesk::DateTimeEditor</name>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <source>Remove the date</source>
        <translation>Supprimer la date</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Définir une date</translation>
    </message>
    <message>
        <source>Set a date and time</source>
        <translation>Définir une date et une heure</translation>
    </message>
    <message>
        <source>Times are in the site&apos;s time zone</source>
        <translation>Les heures sont exprimées dans le fuseau horaire du site</translation>
    </message>
</context>
<context>
    <name>EventDesk::DocumentBrowser</name>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>The collection whose documents the list shows</source>
        <translation>La collection dont la liste affiche les documents</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Rechercher des documents</translation>
    </message>
    <message>
        <source>Finds documents by title, file name or category</source>
        <translation>Recherche les documents par titre, nom de fichier ou catégorie</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>No site is open.</source>
        <translation>Aucun site n’est ouvert.</translation>
    </message>
    <message>
        <source>Reading the site…</source>
        <translation>Lecture du site…</translation>
    </message>
    <message>
        <source>This collection has no documents yet.</source>
        <translation>Cette collection ne contient encore aucun document.</translation>
    </message>
    <message>
        <source>No document matches “%1”.</source>
        <translation>Aucun document ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>EventDesk::DocumentDelegate</name>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
</context>
<context>
    <name>EventDesk::DocumentEditor</name>
    <message>
        <source>Select a document in the list.</source>
        <translation>Choisissez un document dans la liste.</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>“%1” was not changed: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Titre du document</translation>
    </message>
    <message>
        <source>Problem with this file</source>
        <translation>Problème dans ce fichier</translation>
    </message>
    <message>
        <source>Fields of the document</source>
        <translation>Champs du document</translation>
    </message>
    <message>
        <source>Body of the document, in Markdown</source>
        <translation>Corps du document, en Markdown</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>The front matter of this file cannot be read (line %1, column %2: %3). It is shown as text: correct it and save to get the form back.</source>
        <translation>L’en-tête de ce fichier ne peut pas être lu (ligne %1, colonne %2&#xa0;: %3). Il est affiché comme texte&#xa0;: corrigez-le et enregistrez pour retrouver le formulaire.</translation>
    </message>
    <message>
        <source>Fix French typography</source>
        <translation>Corriger la typographie française</translation>
    </message>
</context>
<context>
    <name>EventDesk::DocumentForm</name>
    <message>
        <source>Front matter</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Autres champs</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add an item to “%1”</source>
        <translation>Ajouter un élément à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove an item from “%1”</source>
        <translation>Supprimer un élément de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move an item of “%1”</source>
        <translation>Déplacer un élément de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EventDesk::DocumentListMessage</name>
    <message>
        <source>Reading the site</source>
        <translation>Lecture du site</translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>EventDesk::DocumentListModel</name>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <source>The front matter cannot be read: %1</source>
        <translation>L’en-tête est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft: not on the site yet.</source>
        <translation>Brouillon&#xa0;: pas encore sur le site.</translation>
    </message>
    <message>
        <source>Not published: the site leaves it out.</source>
        <translation>Non publié&#xa0;: le site ne l’inclut pas.</translation>
    </message>
    <message>
        <source>Past.</source>
        <translation>Événement passé.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
</context>
<context>
    <name>EventDesk::DocumentRescue</name>
    <message>
        <source>Unsaved Edits Found</source>
        <translation>Modifications non enregistrées retrouvées</translation>
    </message>
    <message>
        <source>EventDesk kept unsaved edits of %1, which is no longer in the site. They stay in %2.</source>
        <translation>EventDesk a conservé des modifications non enregistrées de %1, qui ne fait plus partie du site. Elles restent dans %2.</translation>
    </message>
    <message>
        <source>EventDesk closed before the edits of %1 were saved (kept %2).

Restore them? They come back unsaved, to review and save; Discard forgets them.</source>
        <translation>EventDesk s’est fermé avant l’enregistrement des modifications de %1 (conservées le %2).

Les restaurer&#xa0;? Elles reviendront non enregistrées, pour que vous les relisiez et les enregistriez&#xa0;; sinon, elles seront oubliées.</translation>
    </message>
    <message>
        <source>Changed by Another Program</source>
        <translation>Modifié par un autre programme</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program while you were editing it.

Keep your edits (saving writes them over the other version), take the other version (your edits go), or compare the two first?</source>
        <translation>%1 a été modifié sur le disque par un autre programme pendant que vous le modifiiez.

Garder vos modifications (en enregistrant, elles remplaceront l’autre version), prendre l’autre version (vos modifications seront perdues) ou comparer d’abord les deux&#xa0;?</translation>
    </message>
    <message>
        <source>Keep My Edits</source>
        <translation>Garder mes modifications</translation>
    </message>
    <message>
        <source>Take the Other Version</source>
        <translation>Prendre l’autre version</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Cannot Read the Document</source>
        <translation>Impossible de lire le document</translation>
    </message>
    <message>
        <source>Your Edits and the Other Version of %1</source>
        <translation>Vos modifications et l’autre version de %1</translation>
    </message>
    <message>
        <source>Differences: lines with - are the other version&apos;s, lines with + yours</source>
        <translation>Différences&#xa0;: les lignes commençant par - viennent de l’autre version, celles commençant par + sont les vôtres</translation>
    </message>
    <message>
        <source>the other version</source>
        <translation>l’autre version</translation>
    </message>
    <message>
        <source>your edits</source>
        <translation>vos modifications</translation>
    </message>
</context>
<context>
    <name>EventDesk::DocumentSession</name>
    <message>
        <source>Edit the body</source>
        <translation>Modifier le corps</translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 Your edits are still in the editor, and kept in %2 in case EventDesk closes.</source>
        <translation>%1 Vos modifications sont toujours dans l’éditeur, et gardées dans %2 au cas où EventDesk se fermerait.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened. Nothing was written, so that the other changes are not lost.</source>
        <translation>%1 a changé sur le disque depuis son ouverture. Rien n’a été écrit, pour ne pas perdre les autres modifications.</translation>
    </message>
    <message>
        <source>%1 is no longer on disk (moved or deleted by another program, or its folder is gone). Nothing was written.</source>
        <translation>%1 n’est plus sur le disque (déplacé ou supprimé par un autre programme, ou son dossier a disparu). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>EventDesk::FieldEditor</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Obligatoire. %1</translation>
    </message>
</context>
<context>
    <name>EventDesk::FormattingActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>B</source>
        <comment>short label of the Bold button</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>Make the selected text bold, or remove the bold</source>
        <translation>Mettre le texte sélectionné en gras, ou retirer le gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>I</source>
        <comment>short label of the Italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Make the selected text italic, or remove the italics</source>
        <translation>Mettre le texte sélectionné en italique, ou retirer l’italique</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>short label of the Link button</comment>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Turn the selected text into a link, then type its address</source>
        <translation>Transformer le texte sélectionné en lien, puis saisir son adresse</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Titre &amp;2</translation>
    </message>
    <message>
        <source>H2</source>
        <comment>short label of the Heading 2 button</comment>
        <translation>T2</translation>
    </message>
    <message>
        <source>Make the line a section heading, or a plain paragraph again</source>
        <translation>Transformer la ligne en titre de section, ou la rétablir en paragraphe simple</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Titre &amp;3</translation>
    </message>
    <message>
        <source>H3</source>
        <comment>short label of the Heading 3 button</comment>
        <translation>T3</translation>
    </message>
    <message>
        <source>Make the line a subsection heading, or a plain paragraph again</source>
        <translation>Transformer la ligne en titre de sous-section, ou la rétablir en paragraphe simple</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>Liste à &amp;puces</translation>
    </message>
    <message>
        <source>• List</source>
        <comment>short label of the Bulleted list button</comment>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Make the selected lines a bulleted list, or plain paragraphs again</source>
        <translation>Transformer les lignes sélectionnées en liste à puces, ou les rétablir en paragraphes simples</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <source>1. List</source>
        <comment>short label of the Numbered list button</comment>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Make the selected lines a numbered list, or plain paragraphs again</source>
        <translation>Transformer les lignes sélectionnées en liste numérotée, ou les rétablir en paragraphes simples</translation>
    </message>
</context>
<context>
    <name>EventDesk::GroupEditor</name>
    <message>
        <source>Add an item to %1</source>
        <translation>Ajouter un élément à %1</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Add an item at the end of the list</source>
        <translation>Ajouter un élément à la fin de la liste</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Aucun élément.</translation>
    </message>
</context>
<context>
    <name>EventDesk::GroupItem</name>
    <message>
        <source>%1, item %2</source>
        <translation>%1, élément %2</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Élément %1</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation>l’élément %1 de %2</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Déplacer vers le haut</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Déplacer vers le bas</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>Supprimer cet élément</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Déplacer %1 vers le haut</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Déplacer %1 vers le bas</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>EventDesk::ImageEditor</name>
    <message>
        <source>Choose an image for %1</source>
        <translation>Choisir une image pour %1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Copy an image into the site&apos;s uploads folder and use it</source>
        <translation>Copier une image dans le dossier des fichiers envoyés (uploads) du site et l’utiliser</translation>
    </message>
    <message>
        <source>/uploads/image.png</source>
        <translation>/uploads/image.png</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Image on another site</source>
        <translation>Image hébergée sur un autre site</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Ce n’est pas une image</translation>
    </message>
    <message>
        <source>Image not found</source>
        <translation>Image introuvable</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>EventDesk::LineEditor</name>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Ouvrir %1 dans le navigateur</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Open the address in the web browser</source>
        <translation>Ouvrir l’adresse dans le navigateur web</translation>
    </message>
    <message>
        <source>This does not look like a web address: it should start with https://</source>
        <translation>Cela ne ressemble pas à une adresse web&#xa0;: elle devrait commencer par https://</translation>
    </message>
</context>
<context>
    <name>EventDesk::LinkCheckBar</name>
    <message>
        <source>Links: %1/%2</source>
        <translation>Liens&#xa0;: %1/%2</translation>
    </message>
    <message>
        <source>Links…</source>
        <translation>Liens…</translation>
    </message>
    <message>
        <source>Stop checking links</source>
        <translation>Arrêter la vérification des liens</translation>
    </message>
    <message>
        <source>Progress of the link check</source>
        <translation>Progression de la vérification des liens</translation>
    </message>
</context>
<context>
    <name>EventDesk::ListEditor</name>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, entrée %2</translation>
    </message>
    <message>
        <source>Remove entry %1</source>
        <translation>Supprimer l’entrée %1</translation>
    </message>
    <message>
        <source>Add an entry to %1</source>
        <translation>Ajouter une entrée à %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an entry (the arrow lists the values already used)</source>
        <translation>Ajouter une entrée (la flèche présente les valeurs déjà utilisées)</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Supprimer cette entrée</translation>
    </message>
    <message>
        <source>(every known value is in the list)</source>
        <translation>(toutes les valeurs connues sont déjà dans la liste)</translation>
    </message>
</context>
<context>
    <name>EventDesk::MainActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Sites &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Fo&amp;rmat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New Document…</source>
        <translation>&amp;Nouveau document…</translation>
    </message>
    <message>
        <source>Create a page in the collection shown in the list</source>
        <translation>Créer une page dans la collection affichée dans la liste</translation>
    </message>
    <message>
        <source>D&amp;uplicate Document…</source>
        <translation>&amp;Dupliquer le document…</translation>
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
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Move to &amp;Trash…</source>
        <translation>Déplacer dans la &amp;corbeille…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <source>&amp;Find in the List</source>
        <translation>Rechercher dans la &amp;liste</translation>
    </message>
    <message>
        <source>Go to the &amp;List</source>
        <translation>Aller à la &amp;liste</translation>
    </message>
    <message>
        <source>Go to the &amp;Fields</source>
        <translation>Aller aux &amp;champs</translation>
    </message>
    <message>
        <source>Go to the &amp;Body</source>
        <translation>Aller au co&amp;rps</translation>
    </message>
    <message>
        <source>Go to the &amp;Problems</source>
        <translation>Aller aux &amp;problèmes</translation>
    </message>
    <message>
        <source>Check &amp;Links</source>
        <translation>Vérifier les &amp;liens</translation>
    </message>
    <message>
        <source>Check the web links of this document over the network</source>
        <translation>Vérifier en ligne les liens web de ce document</translation>
    </message>
    <message>
        <source>&amp;About EventDesk</source>
        <translation>À &amp;propos d’EventDesk</translation>
    </message>
    <message>
        <source>Show the Problems Pa&amp;nel</source>
        <translation>&amp;Afficher le panneau des problèmes</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Review &amp;Changes…</source>
        <translation>Voir les &amp;modifications…</translation>
    </message>
    <message>
        <source>See what changed in the site, export it or commit it</source>
        <translation>Voir ce qui a changé dans le site, l’exporter ou l’enregistrer dans git</translation>
    </message>
    <message>
        <source>&amp;Author of Commits…</source>
        <translation>&amp;Auteur des commits…</translation>
    </message>
    <message>
        <source>The name and email that sign your commits and patches</source>
        <translation>Le nom et l’adresse électronique qui signent vos commits et correctifs</translation>
    </message>
    <message>
        <source>Fix French &amp;Typography</source>
        <translation>Corriger la &amp;typographie française</translation>
    </message>
    <message>
        <source>Spaces before ; : ! ?, inside « », in hours, and apostrophes, in the selection, the body or the field being edited</source>
        <translation>Espaces avant ; : ! ?, dans les «&#xa0;»&#xa0;, dans les heures, et apostrophes, dans la sélection, le corps ou le champ en cours</translation>
    </message>
    <message>
        <source>Fix French Typography in the &amp;Whole Document</source>
        <translation>Corriger la typographie dans &amp;tout le document</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>La&amp;ngue</translation>
    </message>
</context>
<context>
    <name>EventDesk::MainWindow</name>
    <message>
        <source>Documents of the site</source>
        <translation>Documents du site</translation>
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
        <source>Open a Jekyll Site</source>
        <translation>Ouvrir un site Jekyll</translation>
    </message>
    <message>
        <source>About EventDesk</source>
        <translation>À propos d’EventDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EventDesk %1&lt;/h3&gt;&lt;p&gt;Write the event pages of a Jekyll site: a form from the site&apos;s own fields, the body in Markdown, files ready to commit.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EventDesk %1&lt;/h3&gt;&lt;p&gt;Rédigez les pages d’événements d’un site Jekyll&#xa0;: un formulaire tiré des champs du site, le corps en Markdown, des fichiers prêts à être versionnés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preview of the page</source>
        <translation>Aperçu de la page</translation>
    </message>
    <message>
        <source>The page of the selected document shows here, as the site will publish it.</source>
        <translation>La page du document choisi s’affiche ici, telle que le site la publiera.</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Number of problems</source>
        <translation>Nombre de problèmes</translation>
    </message>
    <message>
        <source>Problems of the document</source>
        <translation>Problèmes du document</translation>
    </message>
    <message>
        <source>%1[*] — %2 — EventDesk</source>
        <translation>%1[*] — %2 — EventDesk</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n document has unsaved changes:
%1

Save it before going on?</source>
        <translation>
            <numerusform>%n document contient des modifications non enregistrées&#xa0;:
%1

Voulez-vous l’enregistrer avant de continuer&#xa0;?</numerusform>
            <numerusform>%n documents contiennent des modifications non enregistrées&#xa0;:
%1

Voulez-vous les enregistrer avant de continuer&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents have unsaved changes:
%1

Save them before going on?</source>
        <translation>
            <numerusform>%n document contient des modifications non enregistrées&#xa0;:
%1

Voulez-vous l’enregistrer avant de continuer&#xa0;?</numerusform>
            <numerusform>%n documents contiennent des modifications non enregistrées&#xa0;:
%1

Voulez-vous les enregistrer avant de continuer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Document non enregistré</translation>
    </message>
    <message>
        <source>Cannot Open the Site</source>
        <translation>Impossible d’ouvrir le site</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n document</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Link check stopped.</source>
        <translation>Vérification des liens arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>%n link problem in %1.</source>
        <translation>
            <numerusform>%n problème de lien dans %1.</numerusform>
            <numerusform>%n problèmes de liens dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link problems in %1.</source>
        <translation>
            <numerusform>%n problème de lien dans %1.</numerusform>
            <numerusform>%n problèmes de liens dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Create the Document</source>
        <translation>Impossible de créer le document</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Cannot Duplicate the Document</source>
        <translation>Impossible de dupliquer le document</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Déplacer dans la corbeille</translation>
    </message>
    <message>
        <source>Move %1 to the trash? The page leaves the site; you can restore the file from the trash.</source>
        <translation>Déplacer %1 dans la corbeille&#xa0;? La page sera retirée du site&#xa0;; vous pourrez restaurer le fichier depuis la corbeille.</translation>
    </message>
    <message>
        <source>Not Moved to the Trash</source>
        <translation>Document non déplacé dans la corbeille</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash. It stays where it is.</source>
        <translation>Impossible de déplacer %1 dans la corbeille. Le fichier reste à son emplacement.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash</source>
        <translation>%1 déplacé dans la corbeille</translation>
    </message>
    <message>
        <source>All web links in %1 work.</source>
        <translation>Tous les liens web de %1 fonctionnent.</translation>
    </message>
    <message>
        <source>%1: the other version is shown; your edits are gone.</source>
        <translation>%1&#xa0;: l’autre version est affichée&#xa0;; vos modifications sont abandonnées.</translation>
    </message>
</context>
<context>
    <name>EventDesk::MarkdownEditor</name>
    <message>
        <source>Page text</source>
        <translation>Texte de la page</translation>
    </message>
    <message>
        <source>The text of the event page, in Markdown. Tab leaves the editor.</source>
        <translation>Le texte de la page de l’événement, en Markdown. La touche Tabulation fait sortir de l’éditeur.</translation>
    </message>
    <message>
        <source>Write the text of the event page here. **Bold**, *italic*, [a link](https://…), ## a heading, * a list item.</source>
        <translation>Rédigez ici le texte de la page de l’événement. **Gras**, *italique*, [un lien](https://…), ## un titre, * un élément de liste.</translation>
    </message>
</context>
<context>
    <name>EventDesk::MarkdownToolBar</name>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
</context>
<context>
    <name>EventDesk::NewDocumentDialog</name>
    <message>
        <source>New Document in %1</source>
        <translation>Nouveau document dans %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The title of the page, as visitors will read it</source>
        <translation>Le titre de la page, tel que les visiteurs le liront</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Address on the site</source>
        <translation>Adresse sur le site</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>(type a title)</source>
        <translation>(saisissez un titre)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
</context>
<context>
    <name>EventDesk::NumberEditor</name>
    <message>
        <source>Not a number: the field keeps its value until this is one.</source>
        <translation>Ce n’est pas un nombre&#xa0;: le champ garde sa valeur tant que ce n’en est pas un.</translation>
    </message>
</context>
<context>
    <name>EventDesk::OpenSite</name>
    <message>
        <source>Choose a collection and give a title.</source>
        <translation>Choisissez une collection et indiquez un titre.</translation>
    </message>
    <message>
        <source>Correct the front matter of %1 first.</source>
        <translation>Corrigez d’abord l’en-tête de %1.</translation>
    </message>
    <message>
        <source>Give a title.</source>
        <translation>Donnez un titre.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another title.</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre titre.</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 n’a pas pu être supprimé</translation>
    </message>
    <message>
        <source>%1 is not a git checkout</source>
        <translation>%1 n’est pas une copie de travail git</translation>
    </message>
</context>
<context>
    <name>EventDesk::PreviewRenderer</name>
    <message>
        <source>French typography: a no-break space before the punctuation in “%1”</source>
        <translation>Typographie&#xa0;: une espace insécable avant la ponctuation dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>French typography: no-break spaces inside « » in “%1”</source>
        <translation>Typographie&#xa0;: des espaces insécables dans les «&#xa0;»&#xa0; dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>French typography: hours are written “16 h 30”, in “%1”</source>
        <translation>Typographie&#xa0;: les heures s’écrivent «&#xa0;16&#xa0;h&#xa0;30&#xa0;», dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>French typography: the apostrophe ’ in “%1”</source>
        <translation>Typographie&#xa0;: l’apostrophe ’ dans «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EventDesk::ProblemModel</name>
    <message>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Emplacement&#xa0;: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suggested fix: %1</source>
        <translation>Correction suggérée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>EventDesk::ProblemsPanel</name>
    <message>
        <source>Show or hide the errors</source>
        <translation>Afficher ou masquer les erreurs</translation>
    </message>
    <message>
        <source>Show or hide the warnings</source>
        <translation>Afficher ou masquer les avertissements</translation>
    </message>
    <message>
        <source>Show or hide the notes</source>
        <translation>Afficher ou masquer les remarques</translation>
    </message>
    <message>
        <source>Filter problems</source>
        <translation>Filtrer les problèmes</translation>
    </message>
    <message>
        <source>Show only the problems whose description, location or code contains this text</source>
        <translation>N’afficher que les problèmes dont la description, l’emplacement ou le code contient ce texte</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems in this document.</source>
        <translation>Aucun problème dans ce document.</translation>
    </message>
    <message>
        <source>No problems match the filter.</source>
        <translation>Aucun problème ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>EventDesk::SiteHandover</name>
    <message>
        <source>Cannot List the Changes</source>
        <translation>Impossible de lister les modifications</translation>
    </message>
    <message>
        <source>Not Reverted</source>
        <translation>Fichier non rétabli</translation>
    </message>
    <message>
        <source>Author of Commits</source>
        <translation>Auteur des commits</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Adresse &amp;électronique&#xa0;:</translation>
    </message>
    <message>
        <source>They sign the commits and patches EventDesk makes. Left empty, git&apos;s own settings are used.</source>
        <translation>Ils signent les commits et correctifs que fait EventDesk. Laissés vides, les réglages de git sont utilisés.</translation>
    </message>
</context>
<context>
    <name>EventDesk::UploadStore</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The file cannot be copied to %1.</source>
        <translation>Impossible de copier le fichier vers %1.</translation>
    </message>
</context>
<context>
    <name>EventDesk::YamlEditor</name>
    <message>
        <source>Written as YAML, as in the file</source>
        <translation>Écrit en YAML, comme dans le fichier</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
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
