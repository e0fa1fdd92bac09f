<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EventDesk::AtomicFile</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the save was abandoned before completion; the file was not changed</source>
        <translation>%1&#xa0;: l’enregistrement a été abandonné avant la fin&#x202f;; le fichier n’a pas été modifié</translation>
    </message>
</context>
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
    <message>
        <source>The files below can be put back, exported or committed.</source>
        <translation>Les fichiers ci-dessous peuvent être rétablis, exportés ou enregistrés dans git.</translation>
    </message>
    <message>
        <source>Each file with whether it was added, modified or deleted; the selected one&apos;s changes show beside.</source>
        <translation>Chaque fichier, avec l’indication ajouté, modifié ou supprimé&#x202f;; les modifications du fichier sélectionné s’affichent à côté.</translation>
    </message>
    <message>
        <source>Lines taken out start with -, lines put in with +.</source>
        <translation>Les lignes retirées commencent par -, les lignes ajoutées par +.</translation>
    </message>
    <message>
        <source>Closes this window; the changes stay in the site.</source>
        <translation>Ferme cette fenêtre&#x202f;; les modifications restent dans le site.</translation>
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
    <name>EventDesk::CheckboxEditor</name>
    <message>
        <source>Checked means yes, unchecked means no.</source>
        <translation>Coché signifie oui, décoché signifie non.</translation>
    </message>
</context>
<context>
    <name>EventDesk::CollectionSchema</name>
    <message numerus="yes">
        <source>the defaults declare &quot;%1&quot; (%2) but %n documents write &quot;%3&quot;</source>
        <extracomment>%1 the key the defaults declare, %2 how many write it (&quot;%n documents write it&quot;), %3 the key written</extracomment>
        <translation>
            <numerusform>les valeurs par défaut déclarent «&#xa0;%1&#xa0;» (%2) mais %n document écrit «&#xa0;%3&#xa0;»</numerusform>
            <numerusform>les valeurs par défaut déclarent «&#xa0;%1&#xa0;» (%2) mais %n documents écrivent «&#xa0;%3&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the defaults declare &quot;%1&quot; (%2) but %n items write &quot;%3&quot;</source>
        <translation>
            <numerusform>les valeurs par défaut déclarent «&#xa0;%1&#xa0;» (%2) mais %n élément écrit «&#xa0;%3&#xa0;»</numerusform>
            <numerusform>les valeurs par défaut déclarent «&#xa0;%1&#xa0;» (%2) mais %n éléments écrivent «&#xa0;%3&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents write it</source>
        <translation>
            <numerusform>%n document l’écrit</numerusform>
            <numerusform>%n documents l’écrivent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items write it</source>
        <translation>
            <numerusform>%n élément l’écrit</numerusform>
            <numerusform>%n éléments l’écrivent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used by %n documents but not declared in the defaults</source>
        <translation>
            <numerusform>utilisé par %n document mais absent des valeurs par défaut</numerusform>
            <numerusform>utilisé par %n documents mais absent des valeurs par défaut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used by %n items but not declared in the defaults</source>
        <translation>
            <numerusform>utilisé par %n élément mais absent des valeurs par défaut</numerusform>
            <numerusform>utilisé par %n éléments mais absent des valeurs par défaut</numerusform>
        </translation>
    </message>
    <message>
        <source>declared in the defaults but no document writes it</source>
        <translation>déclaré dans les valeurs par défaut mais aucun document ne l’écrit</translation>
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
    <name>EventDesk::ComboEditor</name>
    <message>
        <source>A value from the list, or a text of your own.</source>
        <translation>Une valeur de la liste, ou un texte de votre choix.</translation>
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
    <message>
        <source>Proposed from the changed documents: the first line sums up the commit, the lines after it tell more.</source>
        <translation>Proposé à partir des documents modifiés&#xa0;: la première ligne résume le commit, les lignes suivantes le détaillent.</translation>
    </message>
    <message>
        <source>Commit on the branch the site is on now.</source>
        <translation>Créer le commit sur la branche actuelle du site.</translation>
    </message>
    <message>
        <source>Commit on a new branch, named in the field that follows.</source>
        <translation>Créer le commit sur une nouvelle branche, nommée dans le champ qui suit.</translation>
    </message>
    <message>
        <source>The name of the branch to create, such as agenda-mars.</source>
        <translation>Le nom de la branche à créer, par exemple agenda-mars.</translation>
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
    <message>
        <source>A date, such as %1.</source>
        <translation>Une date, par exemple %1.</translation>
    </message>
    <message>
        <source>A date and time in the time zone %1, such as %2.</source>
        <translation>Une date et une heure dans le fuseau horaire %1, par exemple %2.</translation>
    </message>
</context>
<context>
    <name>EventDesk::Diagnostic</name>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Shows every document of the collection again.</source>
        <translation>Affiche de nouveau tous les documents de la collection.</translation>
    </message>
    <message>
        <source>The documents of the collection, by date; Enter opens the selected one in the form.</source>
        <translation>Les documents de la collection, par date&#x202f;; la touche Entrée ouvre le document sélectionné dans le formulaire.</translation>
    </message>
</context>
<context>
    <name>EventDesk::DocumentChecker</name>
    <message>
        <source>en</source>
        <extracomment>The language of these messages as a code: &quot;fr&quot; in the French catalogue. The problems then name fields by their French labels.</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required</source>
        <translation>«&#xa0;%1&#xa0;» est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a date and time, not &quot;%2&quot;; write it as 2023-01-31 16:30:00 +01:00</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date et une heure, pas «&#xa0;%2&#xa0;»&#x202f;; écrivez-la sous la forme 2023-01-31 16:30:00 +01:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a date, not &quot;%2&quot;; write it as 2023-01-31 16:30:00 +01:00</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date, pas «&#xa0;%2&#xa0;»&#x202f;; écrivez-la sous la forme 2023-01-31 16:30:00 +01:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>the end (%1) comes before the start (%2)</source>
        <translation>la fin (%1) précède le début (%2)</translation>
    </message>
    <message>
        <source>%1 is written with the offset %2, but %3 is at %4 on that date</source>
        <translation>%1 est écrit avec le décalage %2, mais %3 est à %4 à cette date</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: that day is a %2, not a %3</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: ce jour-là est un %2, pas un %3</translation>
    </message>
    <message>
        <source>the image %1 has no alternative text</source>
        <translation>l’image %1 n’a pas de texte alternatif</translation>
    </message>
    <message>
        <source>the link to %1 has no text</source>
        <translation>le lien vers %1 n’a pas de texte</translation>
    </message>
    <message>
        <source>the link text &quot;%1&quot; does not say where it leads</source>
        <translation>le texte du lien «&#xa0;%1&#xa0;» ne dit pas où il mène</translation>
    </message>
    <message>
        <source>a level %1 heading follows a level %2 one; use level %3</source>
        <translation>un titre de niveau %1 suit un titre de niveau %2&#x202f;; utilisez le niveau %3</translation>
    </message>
    <message>
        <source>an empty link</source>
        <translation>un lien vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse électronique</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a telephone number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no https://: the browser reads it as a page of this site</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de https://&#xa0;: le navigateur le lit comme une page de ce site</translation>
    </message>
    <message>
        <source>%1: no such file in the site</source>
        <translation>%1&#xa0;: ce fichier n’existe pas dans le site</translation>
    </message>
    <message>
        <source>%1: no page of the site is published there</source>
        <translation>%1&#xa0;: aucune page du site n’est publiée à cette adresse</translation>
    </message>
    <message>
        <source>#%1: no such place in %2</source>
        <translation>#%1&#xa0;: pas d’ancre de ce nom dans %2</translation>
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
        <source>The front matter of this file cannot be read (line %1, column %2: %3). It is shown as text: correct it and save to get the form back.</source>
        <translation>L’en-tête de ce fichier ne peut pas être lu (ligne %1, colonne %2&#xa0;: %3). Il est affiché comme texte&#xa0;: corrigez-le et enregistrez pour retrouver le formulaire.</translation>
    </message>
    <message>
        <source>Fix French typography</source>
        <translation>Corriger la typographie française</translation>
    </message>
    <message>
        <source>The file that cannot be read; the message below says why.</source>
        <translation>Le fichier qui ne peut pas être lu&#x202f;; le message ci-dessous en donne la raison.</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Aucun document n’est ouvert.</translation>
    </message>
    <message>
        <source>The document being edited, in the file %1.</source>
        <translation>Le document en cours de modification, dans le fichier %1.</translation>
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
    <message>
        <source>The fields of the document, one editor each; Tab goes from one to the next, then to the body.</source>
        <translation>Les champs du document, chacun avec son éditeur&#x202f;; la touche Tabulation passe de l’un au suivant, puis au corps.</translation>
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
    <message>
        <source>Shows every document of the collection again.</source>
        <translation>Affiche de nouveau tous les documents de la collection.</translation>
    </message>
    <message>
        <source>The list fills in once the site&apos;s files are read.</source>
        <translation>La liste se remplit une fois les fichiers du site lus.</translation>
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
    <name>EventDesk::EditorSettings</name>
    <message>
        <source>the settings of field &quot;%1&quot; must be a mapping</source>
        <translation>les réglages du champ «&#xa0;%1&#xa0;» doivent être un dictionnaire (clé&#xa0;: valeur)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of field &quot;%2&quot; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» du champ «&#xa0;%2&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;order&quot; of field &quot;%1&quot; must be a number</source>
        <translation>«&#xa0;order&#xa0;» du champ «&#xa0;%1&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <source>&quot;choices&quot; of field &quot;%1&quot; must be a list</source>
        <translation>«&#xa0;choices&#xa0;» du champ «&#xa0;%1&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; for field &quot;%2&quot; (known: label, help, required, hidden, order, choices, widget, role, fields)</source>
        <translation>réglage «&#xa0;%1&#xa0;» inconnu pour le champ «&#xa0;%2&#xa0;» (réglages connus&#xa0;: label, help, required, hidden, order, choices, widget, role, fields)</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a mapping</source>
        <translation>«&#xa0;fields&#xa0;» doit être un dictionnaire (clé&#xa0;: valeur)</translation>
    </message>
    <message>
        <source>&quot;slug&quot; must be siteleaf or clean</source>
        <translation>«&#xa0;slug&#xa0;» doit valoir siteleaf ou clean</translation>
    </message>
    <message>
        <source>the file must be a mapping</source>
        <translation>le fichier doit être un dictionnaire (clé&#xa0;: valeur)</translation>
    </message>
    <message>
        <source>&quot;collections&quot; must be a mapping</source>
        <translation>«&#xa0;collections&#xa0;» doit être un dictionnaire (clé&#xa0;: valeur)</translation>
    </message>
    <message>
        <source>collection &quot;%1&quot; must be a mapping</source>
        <translation>la collection «&#xa0;%1&#xa0;» doit être un dictionnaire (clé&#xa0;: valeur)</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a list of keys</source>
        <translation>«&#xa0;order&#xa0;» doit être une liste de clés</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; for collection &quot;%2&quot; (known: fields, order, slug)</source>
        <translation>réglage «&#xa0;%1&#xa0;» inconnu pour la collection «&#xa0;%2&#xa0;» (réglages connus&#xa0;: fields, order, slug)</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; (known: fields, collections, slug)</source>
        <translation>réglage «&#xa0;%1&#xa0;» inconnu (réglages connus&#xa0;: fields, collections, slug)</translation>
    </message>
</context>
<context>
    <name>EventDesk::EventDocument</name>
    <message>
        <source>is larger than %1 MB; such files are not opened</source>
        <translation>dépasse %1 Mo&#x202f;; un fichier de cette taille n’est pas ouvert</translation>
    </message>
    <message>
        <source>the front matter is a boolean, not a mapping of keys to values; Jekyll refuses it</source>
        <translation>l’en-tête est un booléen, pas un dictionnaire de clés et de valeurs&#x202f;; Jekyll le refuse</translation>
    </message>
    <message>
        <source>the front matter is an integer, not a mapping of keys to values; Jekyll refuses it</source>
        <translation>l’en-tête est un nombre entier, pas un dictionnaire de clés et de valeurs&#x202f;; Jekyll le refuse</translation>
    </message>
    <message>
        <source>the front matter is a float, not a mapping of keys to values; Jekyll refuses it</source>
        <translation>l’en-tête est un nombre décimal, pas un dictionnaire de clés et de valeurs&#x202f;; Jekyll le refuse</translation>
    </message>
    <message>
        <source>the front matter is a string, not a mapping of keys to values; Jekyll refuses it</source>
        <translation>l’en-tête est un texte, pas un dictionnaire de clés et de valeurs&#x202f;; Jekyll le refuse</translation>
    </message>
    <message>
        <source>the front matter is a date, not a mapping of keys to values; Jekyll refuses it</source>
        <translation>l’en-tête est une date, pas un dictionnaire de clés et de valeurs&#x202f;; Jekyll le refuse</translation>
    </message>
    <message>
        <source>the front matter is a datetime, not a mapping of keys to values; Jekyll refuses it</source>
        <translation>l’en-tête est une date et heure, pas un dictionnaire de clés et de valeurs&#x202f;; Jekyll le refuse</translation>
    </message>
    <message>
        <source>the front matter is a list, not a mapping of keys to values; Jekyll refuses it</source>
        <translation>l’en-tête est une liste, pas un dictionnaire de clés et de valeurs&#x202f;; Jekyll le refuse</translation>
    </message>
    <message>
        <source>the front matter is not a mapping of keys to values; Jekyll refuses it</source>
        <translation>l’en-tête n’est pas un dictionnaire de clés et de valeurs&#x202f;; Jekyll le refuse</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is not a regular file (a device or a pipe); it was not read</source>
        <translation>n’est pas un fichier ordinaire (c’est un périphérique ou un tube)&#x202f;; il n’a pas été lu</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file starts with a byte order mark: Jekyll then sees no front matter and publishes the file as it is; remove the mark</source>
        <translation>le fichier commence par une marque d’ordre des octets (BOM)&#xa0;: Jekyll ne voit alors pas d’en-tête et publie le fichier tel quel&#x202f;; supprimez cette marque</translation>
    </message>
    <message>
        <source>the file was not read (%1), so it cannot be edited</source>
        <translation>le fichier n’a pas été lu (%1)&#xa0;: il ne peut donc pas être modifié</translation>
    </message>
    <message>
        <source>the front matter does not parse (line %1, column %2: %3); correct it first</source>
        <translation>l’en-tête est illisible (ligne %1, colonne %2&#xa0;: %3)&#x202f;; corrigez-le d’abord</translation>
    </message>
    <message>
        <source>the edited front matter would not parse (line %1, column %2: %3); nothing was changed</source>
        <translation>l’en-tête modifié serait illisible (ligne %1, colonne %2&#xa0;: %3)&#x202f;; rien n’a été changé</translation>
    </message>
    <message>
        <source>the value cannot be written without changing other data; nothing was changed</source>
        <translation>la valeur ne peut pas être écrite sans changer d’autres données&#x202f;; rien n’a été changé</translation>
    </message>
    <message>
        <source>a key cannot be empty</source>
        <translation>une clé ne peut pas être vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a merge key; it cannot be set</source>
        <translation>«&#xa0;%1&#xa0;» est une clé de fusion&#x202f;; elle ne peut pas recevoir de valeur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from a merge key (&lt;&lt;); remove it where it is defined</source>
        <translation>«&#xa0;%1&#xa0;» vient d’une clé de fusion (&lt;&lt;)&#x202f;; supprimez-la là où elle est définie</translation>
    </message>
    <message>
        <source>%1: the file was not fully read, so it is not written back</source>
        <translation>%1&#xa0;: le fichier n’a pas été lu en entier&#xa0;: il n’est donc pas réécrit</translation>
    </message>
</context>
<context>
    <name>EventDesk::FieldEditor</name>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
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
    <name>EventDesk::GitCommit</name>
    <message>
        <source>nothing to commit</source>
        <translation>aucune modification à enregistrer dans git</translation>
    </message>
    <message>
        <source>%1 is not a git checkout (or git is not installed)</source>
        <translation>%1 n’est pas une copie de travail git (ou git n’est pas installé)</translation>
    </message>
    <message>
        <source>cannot write the commit message: %1</source>
        <translation>impossible d’écrire le message du commit&#xa0;: %1</translation>
    </message>
    <message>
        <source>no branch to push (a detached HEAD)</source>
        <translation>aucune branche à envoyer (HEAD détachée)</translation>
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
    <message>
        <source>A list of items, each with fields of its own.</source>
        <translation>Une liste d’éléments, chacun avec ses propres champs.</translation>
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
    <message>
        <source>Puts this item before the one above it.</source>
        <translation>Place cet élément avant celui du dessus.</translation>
    </message>
    <message>
        <source>Puts this item after the one below it.</source>
        <translation>Place cet élément après celui du dessous.</translation>
    </message>
    <message>
        <source>Takes this item and its fields out of the list.</source>
        <translation>Retire cet élément et ses champs de la liste.</translation>
    </message>
</context>
<context>
    <name>EventDesk::HttpAnswer</name>
    <message>
        <source>status 999</source>
        <translation>statut 999</translation>
    </message>
</context>
<context>
    <name>EventDesk::HttpProbe</name>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>serveur introuvable</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>secure connection failed: %1</source>
        <translation>échec de la connexion sécurisée&#xa0;: %1</translation>
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
    <message>
        <source>The address of an image of the site, such as /uploads/image.png.</source>
        <translation>L’adresse d’une image du site, par exemple /uploads/image.png.</translation>
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
    <message>
        <source>A web address starting with https://, or an address on the site starting with /.</source>
        <translation>Une adresse web commençant par https://, ou une adresse du site commençant par /.</translation>
    </message>
    <message>
        <source>Text on one line; the values already used are offered as you type.</source>
        <translation>Texte sur une ligne&#x202f;; les valeurs déjà utilisées sont proposées pendant la saisie.</translation>
    </message>
    <message>
        <source>Text on one line.</source>
        <translation>Texte sur une ligne.</translation>
    </message>
</context>
<context>
    <name>EventDesk::LinkCache</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
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
    <message>
        <source>How many of the document&apos;s web links have been checked.</source>
        <translation>Le nombre de liens web du document déjà vérifiés.</translation>
    </message>
    <message>
        <source>The links not checked yet are left unchecked.</source>
        <translation>Les liens pas encore vérifiés ne le seront pas.</translation>
    </message>
</context>
<context>
    <name>EventDesk::LinkChecker</name>
    <message>
        <source>%1; %2</source>
        <translation>%1&#x202f;; %2</translation>
    </message>
    <message>
        <source>anchor #%1 not checked: not an HTML page</source>
        <translation>ancre #%1 non vérifiée&#xa0;: ce n’est pas une page HTML</translation>
    </message>
    <message>
        <source>could not verify: anchor #%1 not in the part of the page read (it is too large)</source>
        <translation>vérification impossible&#xa0;: l’ancre #%1 n’est pas dans la partie lue de la page (elle est trop grande)</translation>
    </message>
    <message>
        <source>no anchor #%1 on the page</source>
        <translation>pas d’ancre #%1 dans la page</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>adresse invalide</translation>
    </message>
    <message>
        <source>not checked: not an http(s) address</source>
        <translation>non vérifié&#xa0;: ce n’est pas une adresse http(s)</translation>
    </message>
    <message>
        <source>invalid address: no host</source>
        <translation>adresse invalide&#xa0;: pas de nom de serveur</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>pas de réponse après %1 s</translation>
    </message>
    <message>
        <source>could not verify: bot protection (%1)</source>
        <translation>vérification impossible&#xa0;: protection contre les robots (%1)</translation>
    </message>
    <message numerus="yes">
        <source>could not verify: still rate limited (HTTP 429) after %n retries</source>
        <translation>
            <numerusform>vérification impossible&#xa0;: toujours limité (HTTP 429) après %n nouvel essai</numerusform>
            <numerusform>vérification impossible&#xa0;: toujours limité (HTTP 429) après %n nouveaux essais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, still after %n retries</source>
        <translation>
            <numerusform>%1, toujours après %n nouvel essai</numerusform>
            <numerusform>%1, toujours après %n nouveaux essais</numerusform>
        </translation>
    </message>
    <message>
        <source>moved permanently to %1</source>
        <translation>déplacé définitivement vers %1</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>redirigé vers %1</translation>
    </message>
    <message>
        <source>could not verify: the page asks to sign in (HTTP 401) at %1</source>
        <translation>vérification impossible&#xa0;: la page demande de se connecter (HTTP 401) à l’adresse %1</translation>
    </message>
    <message>
        <source>could not verify: the page asks to sign in (HTTP 401)</source>
        <translation>vérification impossible&#xa0;: la page demande de se connecter (HTTP 401)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à l’adresse %2</translation>
    </message>
    <message>
        <source>unexpected answer: %1 at %2</source>
        <translation>réponse inattendue&#xa0;: %1 à l’adresse %2</translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation>réponse inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>redirected to an unusable address: %1</source>
        <translation>redirigé vers une adresse inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>redirect loop at %1</source>
        <translation>boucle de redirections à l’adresse %1</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirects</source>
        <translation>
            <numerusform>plus de %n redirection</numerusform>
            <numerusform>plus de %n redirections</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: cancelled</source>
        <translation>non vérifié&#xa0;: annulé</translation>
    </message>
</context>
<context>
    <name>EventDesk::ListEditor</name>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, entrée %2</translation>
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
    <message>
        <source>Remove entry %1 of %2</source>
        <translation>Supprimer l’entrée %1 de %2</translation>
    </message>
    <message>
        <source>Takes this entry out of the list.</source>
        <translation>Retire cette entrée de la liste.</translation>
    </message>
    <message>
        <source>A list: each entry has a text field of its own.</source>
        <translation>Une liste&#xa0;: chaque entrée a son propre champ de texte.</translation>
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
    <message>
        <source>&amp;Spelling</source>
        <translation>&amp;Orthographe</translation>
    </message>
    <message>
        <source>Check Spelling as You &amp;Type</source>
        <translation>Vérifier l’orthographe &amp;pendant la saisie</translation>
    </message>
    <message>
        <source>Write the document&apos;s changes to its file</source>
        <translation>Écrire les modifications du document dans son fichier</translation>
    </message>
    <message>
        <source>Take back the last edit of the document</source>
        <translation>Annuler la dernière modification du document</translation>
    </message>
    <message>
        <source>Make again the edit taken back last</source>
        <translation>Rétablir la dernière modification annulée</translation>
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
    <message>
        <source>No errors or warnings.</source>
        <translation>Aucune erreur ni aucun avertissement.</translation>
    </message>
    <message>
        <source>%1. Alt+4 goes to the problems panel.</source>
        <translation>%1. Alt+4 mène au panneau des problèmes.</translation>
    </message>
    <message>
        <source>The page as the site will publish it, following the text as you type. Links to other sites open in the web browser.</source>
        <translation>La page telle que le site la publiera, mise à jour pendant la saisie. Les liens vers d’autres sites s’ouvrent dans le navigateur web.</translation>
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
    <name>EventDesk::NewDocument</name>
    <message>
        <source>the site has no collection &quot;%1&quot;</source>
        <translation>le site n’a pas de collection «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a new document needs a title</source>
        <translation>un nouveau document doit avoir un titre</translation>
    </message>
    <message>
        <source>the title &quot;%1&quot; gives an empty file name; give it some letters or digits</source>
        <translation>le titre «&#xa0;%1&#xa0;» donne un nom de fichier vide&#x202f;; mettez-y des lettres ou des chiffres</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1&#xa0;: le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be created (a file of that name appeared, or the folder is read-only)</source>
        <translation>%1&#xa0;: création impossible (un fichier de ce nom est apparu, ou le dossier est en lecture seule)</translation>
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
    <message>
        <source>The file name and the address on the site are made from it.</source>
        <translation>Le nom du fichier et l’adresse sur le site en sont tirés.</translation>
    </message>
    <message>
        <source>Creates the file and opens it in the form.</source>
        <translation>Crée le fichier et l’ouvre dans le formulaire.</translation>
    </message>
    <message>
        <source>Closes this window; no file is made.</source>
        <translation>Ferme cette fenêtre&#x202f;; aucun fichier n’est créé.</translation>
    </message>
    <message>
        <source>Known once a title is typed.</source>
        <translation>Connue une fois le titre saisi.</translation>
    </message>
</context>
<context>
    <name>EventDesk::NumberEditor</name>
    <message>
        <source>Not a number: the field keeps its value until this is one.</source>
        <translation>Ce n’est pas un nombre&#xa0;: le champ garde sa valeur tant que ce n’en est pas un.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Un nombre entier.</translation>
    </message>
    <message>
        <source>A number, with a point for decimals.</source>
        <translation>Un nombre, avec un point pour les décimales.</translation>
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
    <name>EventDesk::Permalinks</name>
    <message>
        <source>The URL template doesn&apos;t have %1 keys. Check your permalink template!</source>
        <translation>Le modèle d’adresse n’a pas de clé %1. Vérifiez le modèle de permalien&#x202f;!</translation>
    </message>
    <message>
        <source>Invalid scheme format: &apos;%1&apos;</source>
        <translation>Format de schéma invalide&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Invalid character in host: &apos;%1&apos;</source>
        <translation>Caractère invalide dans le nom de serveur&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the site has no collection &quot;%1&quot;</source>
        <translation>le site n’a pas de collection «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Invalid permalink in %1</source>
        <translation>Permalien invalide dans %1</translation>
    </message>
    <message>
        <source>the collection &quot;%1&quot; has output: false</source>
        <translation>la collection «&#xa0;%1&#xa0;» a output: false</translation>
    </message>
    <message>
        <source>Invalid date &apos;%1&apos;: Document &apos;%2&apos; does not have a valid date in the filename.</source>
        <translation>Date invalide «&#xa0;%1&#xa0;»&#xa0;: le document «&#xa0;%2&#xa0;» n’a pas de date valide dans son nom de fichier.</translation>
    </message>
    <message>
        <source>Invalid date &apos;%1&apos;: Document &apos;%2&apos; does not have a valid date in the YAML front matter.</source>
        <translation>Date invalide «&#xa0;%1&#xa0;»&#xa0;: le document «&#xa0;%2&#xa0;» n’a pas de date valide dans son en-tête YAML.</translation>
    </message>
    <message>
        <source>dated after the build (%1), and the site does not set future: true</source>
        <translation>daté après la construction du site (%1), et le site ne règle pas future: true</translation>
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
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Shows every problem again.</source>
        <translation>Affiche de nouveau tous les problèmes.</translation>
    </message>
    <message>
        <source>Errors, warnings and notes of the document, with where they are; Enter goes to the place of the selected one.</source>
        <translation>Les erreurs, avertissements et remarques du document, avec leur emplacement&#x202f;; la touche Entrée mène à l’emplacement de celui qui est sélectionné.</translation>
    </message>
</context>
<context>
    <name>EventDesk::RecoveryStore</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>impossible de créer le dossier de récupération %1</translation>
    </message>
</context>
<context>
    <name>EventDesk::SampleSite</name>
    <message>
        <source>%1 exists but is not a Jekyll site; the sample site was not installed there</source>
        <translation>%1 existe mais n’est pas un site Jekyll&#x202f;; le site d’exemple n’y a pas été installé</translation>
    </message>
    <message>
        <source>the bundled sample site is missing from %1</source>
        <translation>le site d’exemple fourni manque dans %1</translation>
    </message>
    <message>
        <source>cannot copy the sample site to %1</source>
        <translation>impossible de copier le site d’exemple dans %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>EventDesk::ScalarResolver</name>
    <message>
        <source>invalid value for Integer(): &quot;%1&quot;</source>
        <translation>valeur invalide pour Integer()&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid value for Float(): &quot;%1&quot;</source>
        <translation>valeur invalide pour Float()&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>undefined method `match&apos; for nil:NilClass (date and time separated by a tab)</source>
        <translation>Jekyll échoue sur cette valeur (undefined method `match&apos; for nil:NilClass)&#xa0;: la date et l’heure sont séparées par une tabulation</translation>
    </message>
    <message>
        <source>undefined method `[]&apos; for nil:NilClass (time zone &quot;%1&quot;)</source>
        <translation>Jekyll échoue sur cette valeur (undefined method `[]&apos; for nil:NilClass)&#xa0;: fuseau horaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Tried to load unspecified class: Symbol (the value %1 reads as a Ruby symbol; quote it)</source>
        <translation>Jekyll refuse la classe Symbol (Tried to load unspecified class: Symbol)&#xa0;: la valeur %1 se lit comme un symbole Ruby&#x202f;; mettez-la entre guillemets</translation>
    </message>
    <message>
        <source>binary value (!!binary) that is not UTF-8 text</source>
        <translation>valeur binaire (!!binary) qui n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>Tried to load unspecified class: %1</source>
        <translation>Jekyll refuse la classe %1 (Tried to load unspecified class: %1)</translation>
    </message>
    <message>
        <source>can&apos;t convert %1 into Float</source>
        <translation>impossible de convertir %1 en nombre (Float)</translation>
    </message>
    <message>
        <source>Tried to load unspecified class (tag %1)</source>
        <translation>Jekyll refuse la classe Ruby que désigne l’étiquette %1 (Tried to load unspecified class)</translation>
    </message>
    <message>
        <source>Tried to load unspecified class (tag %1 on a mapping)</source>
        <translation>Jekyll refuse la classe Ruby que désigne l’étiquette %1 sur un dictionnaire (Tried to load unspecified class)</translation>
    </message>
    <message>
        <source>Tried to load unspecified class (tag %1 on a list)</source>
        <translation>Jekyll refuse la classe Ruby que désigne l’étiquette %1 sur une liste (Tried to load unspecified class)</translation>
    </message>
</context>
<context>
    <name>EventDesk::SiteChanges</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1&#xa0;: ce n’est pas un dossier</translation>
    </message>
    <message>
        <source>git could not be started (%1); is it installed?</source>
        <translation>git n’a pas pu être lancé (%1)&#x202f;; est-il installé&#x202f;?</translation>
    </message>
    <message>
        <source>git %1: %2</source>
        <translation>git %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a git checkout (or git is not installed)</source>
        <translation>%1 n’est pas une copie de travail git (ou git n’est pas installé)</translation>
    </message>
</context>
<context>
    <name>EventDesk::SiteConfig</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1&#xa0;: ce dossier n’existe pas</translation>
    </message>
    <message>
        <source>%1: not a Jekyll site: it has no _config.yml; open the folder that holds the site&apos;s _config.yml</source>
        <translation>%1&#xa0;: ce n’est pas un site Jekyll&#xa0;: il n’a pas de _config.yml&#x202f;; ouvrez le dossier qui contient le _config.yml du site</translation>
    </message>
    <message>
        <source>the configuration must be a mapping of settings</source>
        <translation>la configuration doit être un dictionnaire de réglages</translation>
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
    <message>
        <source>The name that signs your commits and patches; left empty, git&apos;s own.</source>
        <translation>Le nom qui signe vos commits et correctifs&#x202f;; laissé vide, celui de git.</translation>
    </message>
    <message>
        <source>The email address that goes with the name; left empty, git&apos;s own.</source>
        <translation>L’adresse électronique qui accompagne le nom&#x202f;; laissée vide, celle de git.</translation>
    </message>
    <message>
        <source>Keep this name and email for commits</source>
        <translation>Garder ce nom et cette adresse électronique pour les commits</translation>
    </message>
    <message>
        <source>Close without changing the author</source>
        <translation>Fermer sans changer l’auteur</translation>
    </message>
</context>
<context>
    <name>EventDesk::SpellChecker</name>
    <message>
        <source>The dictionary %1 cannot be read (%2).</source>
        <translation>Le dictionnaire %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>The dictionary %1 is written in %2, which EventDesk does not read; install a UTF-8 one.</source>
        <translation>Le dictionnaire %1 est encodé en %2, qu’EventDesk ne lit pas&#x202f;; installez-en un en UTF-8.</translation>
    </message>
</context>
<context>
    <name>EventDesk::SpellMenu</name>
    <message>
        <source>No Suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EventDesk::SpellService</name>
    <message>
        <source>No spelling dictionary is installed for %1.</source>
        <translation>Aucun dictionnaire d’orthographe n’est installé pour la langue «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>EventDesk::SpellingControl</name>
    <message>
        <source>No Dictionary Installed</source>
        <translation>Aucun dictionnaire installé</translation>
    </message>
    <message>
        <source>Underline misspelled words in the body and the text fields</source>
        <translation>Souligner les mots mal orthographiés dans le corps du texte et les champs de texte</translation>
    </message>
</context>
<context>
    <name>EventDesk::TextCheck</name>
    <message>
        <source>the file is UTF-16 text, not UTF-8; convert it to UTF-8 and open it again</source>
        <translation>le fichier est un texte UTF-16, pas UTF-8&#x202f;; convertissez-le en UTF-8 et ouvrez-le à nouveau</translation>
    </message>
    <message>
        <source>the file contains a NUL byte: it is binary, not text; it was not opened</source>
        <translation>le fichier contient un octet NUL&#xa0;: c’est un fichier binaire, pas du texte&#x202f;; il n’a pas été ouvert</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1 at offset %2); convert it to UTF-8 and open it again</source>
        <translation>le fichier n’est pas en UTF-8 valide (octet 0x%1 à la position %2)&#x202f;; convertissez-le en UTF-8 et ouvrez-le à nouveau</translation>
    </message>
</context>
<context>
    <name>EventDesk::TextEditor</name>
    <message>
        <source>Text on several lines, in Markdown. Tab goes to the next field.</source>
        <translation>Texte sur plusieurs lignes, en Markdown. La touche Tabulation passe au champ suivant.</translation>
    </message>
    <message>
        <source>Text on several lines. Tab goes to the next field.</source>
        <translation>Texte sur plusieurs lignes. La touche Tabulation passe au champ suivant.</translation>
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
    <message>
        <source>A value written in YAML, as in the file.</source>
        <translation>Une valeur écrite en YAML, comme dans le fichier.</translation>
    </message>
</context>
<context>
    <name>EventDesk::YamlParser</name>
    <message>
        <source>the alias *%1 refers to a collection that contains it (recursive alias)</source>
        <translation>l’alias *%1 renvoie à une liste ou à un dictionnaire qui le contient (alias récursif)</translation>
    </message>
    <message>
        <source>unknown alias *%1</source>
        <translation>alias inconnu *%1</translation>
    </message>
    <message>
        <source>aliases expand to more than %1 values; this looks like a YAML alias bomb (&quot;billion laughs&quot;) and is not read</source>
        <translation>les alias se développent en plus de %1 valeurs&#x202f;; cela ressemble à une bombe d’alias YAML («&#xa0;billion laughs&#xa0;») et n’est pas lu</translation>
    </message>
    <message>
        <source>lists and maps are nested more than %1 levels deep</source>
        <translation>les listes et les dictionnaires sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>an !!omap list must hold one-pair maps</source>
        <translation>une liste&#x202f;!!omap ne doit contenir que des dictionnaires d’une seule clé</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;: Jekyll uses the last value</source>
        <translation>clé «&#xa0;%1&#xa0;» en double&#xa0;: Jekyll utilise la dernière valeur</translation>
    </message>
    <message>
        <source>found character that cannot start any token</source>
        <translation>caractère qui ne peut commencer aucun élément</translation>
    </message>
    <message>
        <source>could not find expected &apos;:&apos;</source>
        <translation>«&#xa0;:&#xa0;» attendu introuvable</translation>
    </message>
    <message>
        <source>block sequence entries are not allowed in this context</source>
        <translation>les éléments de liste («&#xa0;-&#xa0;») ne sont pas permis à cet endroit</translation>
    </message>
    <message>
        <source>mapping keys are not allowed in this context</source>
        <translation>les clés («&#xa0;?&#xa0;») ne sont pas permises à cet endroit</translation>
    </message>
    <message>
        <source>mapping values are not allowed in this context</source>
        <translation>les valeurs de clé («&#xa0;:&#xa0;») ne sont pas permises à cet endroit</translation>
    </message>
    <message>
        <source>found unexpected &apos;:&apos;</source>
        <translation>«&#xa0;:&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>found unknown directive name</source>
        <translation>nom de directive inconnu</translation>
    </message>
    <message>
        <source>did not find expected comment or line break</source>
        <translation>commentaire ou fin de ligne attendu introuvable</translation>
    </message>
    <message>
        <source>could not find expected directive name</source>
        <translation>nom de directive attendu introuvable</translation>
    </message>
    <message>
        <source>found unexpected non-alphabetical character</source>
        <translation>caractère non alphabétique inattendu</translation>
    </message>
    <message>
        <source>did not find expected whitespace</source>
        <translation>espace attendue introuvable</translation>
    </message>
    <message>
        <source>did not find expected digit or &apos;.&apos; character</source>
        <translation>chiffre ou «&#xa0;.&#xa0;» attendu introuvable</translation>
    </message>
    <message>
        <source>found extremely long version number</source>
        <translation>numéro de version beaucoup trop long</translation>
    </message>
    <message>
        <source>did not find expected version number</source>
        <translation>numéro de version attendu introuvable</translation>
    </message>
    <message>
        <source>did not find expected whitespace or line break</source>
        <translation>espace ou fin de ligne attendue introuvable</translation>
    </message>
    <message>
        <source>did not find expected alphabetic or numeric character</source>
        <translation>lettre ou chiffre attendu introuvable</translation>
    </message>
    <message>
        <source>did not find the expected &apos;&gt;&apos;</source>
        <translation>«&#xa0;&gt;&#xa0;» attendu introuvable</translation>
    </message>
    <message>
        <source>did not find expected &apos;!&apos;</source>
        <translation>«&#xa0;!&#xa0;» attendu introuvable</translation>
    </message>
    <message>
        <source>did not find expected tag URI</source>
        <translation>URI d’étiquette attendue introuvable</translation>
    </message>
    <message>
        <source>did not find URI escaped octet</source>
        <translation>octet échappé d’URI introuvable</translation>
    </message>
    <message>
        <source>found an incorrect leading UTF-8 octet</source>
        <translation>premier octet UTF-8 incorrect</translation>
    </message>
    <message>
        <source>found an incorrect trailing UTF-8 octet</source>
        <translation>octet UTF-8 de continuation incorrect</translation>
    </message>
    <message>
        <source>found an indentation indicator equal to 0</source>
        <translation>indicateur d’indentation égal à 0</translation>
    </message>
    <message>
        <source>found a tab character where an indentation space is expected</source>
        <translation>tabulation à la place d’une espace d’indentation</translation>
    </message>
    <message>
        <source>found a tab character that violates indentation</source>
        <translation>tabulation qui rompt l’indentation</translation>
    </message>
    <message>
        <source>found unexpected document indicator</source>
        <translation>marque de document («&#xa0;---&#xa0;» ou «&#xa0;...&#xa0;») inattendue</translation>
    </message>
    <message>
        <source>found unexpected end of stream</source>
        <translation>fin du texte inattendue</translation>
    </message>
    <message>
        <source>did not find expected hexdecimal number</source>
        <translation>nombre hexadécimal attendu introuvable</translation>
    </message>
    <message>
        <source>found invalid Unicode character escape code</source>
        <translation>code d’échappement de caractère Unicode invalide</translation>
    </message>
    <message>
        <source>found unknown escape character</source>
        <translation>caractère d’échappement inconnu</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>les caractères de contrôle ne sont pas permis</translation>
    </message>
    <message>
        <source>input is too long</source>
        <translation>le texte est trop long</translation>
    </message>
    <message>
        <source>did not find expected &lt;stream-start&gt;</source>
        <translation>début du texte attendu introuvable</translation>
    </message>
    <message>
        <source>did not find expected &lt;document start&gt;</source>
        <translation>début de document attendu introuvable</translation>
    </message>
    <message>
        <source>found duplicate %YAML directive</source>
        <translation>directive %YAML en double</translation>
    </message>
    <message>
        <source>found incompatible YAML document</source>
        <translation>document YAML incompatible</translation>
    </message>
    <message>
        <source>found duplicate %TAG directive</source>
        <translation>directive %TAG en double</translation>
    </message>
    <message>
        <source>found undefined tag handle</source>
        <translation>préfixe d’étiquette non défini</translation>
    </message>
    <message>
        <source>did not find expected node content</source>
        <translation>valeur attendue introuvable</translation>
    </message>
    <message>
        <source>did not find expected &apos;-&apos; indicator</source>
        <translation>«&#xa0;-&#xa0;» attendu introuvable</translation>
    </message>
    <message>
        <source>did not find expected key</source>
        <translation>clé attendue introuvable</translation>
    </message>
    <message>
        <source>did not find expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» attendu introuvable</translation>
    </message>
    <message>
        <source>did not find expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» attendu introuvable</translation>
    </message>
    <message>
        <source>while scanning for the next token</source>
        <translation>en cherchant l’élément suivant</translation>
    </message>
    <message>
        <source>while scanning a simple key</source>
        <translation>en lisant une clé</translation>
    </message>
    <message>
        <source>while scanning a directive</source>
        <translation>en lisant une directive</translation>
    </message>
    <message>
        <source>while scanning a %YAML directive</source>
        <translation>en lisant une directive %YAML</translation>
    </message>
    <message>
        <source>while scanning a %TAG directive</source>
        <translation>en lisant une directive %TAG</translation>
    </message>
    <message>
        <source>while scanning a tag directive</source>
        <translation>en lisant une directive d’étiquette</translation>
    </message>
    <message>
        <source>while scanning an anchor</source>
        <translation>en lisant une ancre</translation>
    </message>
    <message>
        <source>while scanning an alias</source>
        <translation>en lisant un alias</translation>
    </message>
    <message>
        <source>while scanning a tag</source>
        <translation>en lisant une étiquette</translation>
    </message>
    <message>
        <source>while scanning a block scalar</source>
        <translation>en lisant un bloc de texte</translation>
    </message>
    <message>
        <source>while scanning a quoted scalar</source>
        <translation>en lisant un texte entre guillemets</translation>
    </message>
    <message>
        <source>while scanning a plain scalar</source>
        <translation>en lisant une valeur</translation>
    </message>
    <message>
        <source>while parsing a tag</source>
        <translation>en lisant une étiquette</translation>
    </message>
    <message>
        <source>while parsing a %TAG directive</source>
        <translation>en lisant une directive %TAG</translation>
    </message>
    <message>
        <source>while parsing a tag directive</source>
        <translation>en lisant une directive d’étiquette</translation>
    </message>
    <message>
        <source>while parsing a quoted scalar</source>
        <translation>en lisant un texte entre guillemets</translation>
    </message>
    <message>
        <source>while parsing a node</source>
        <translation>en lisant une valeur</translation>
    </message>
    <message>
        <source>while parsing a block node</source>
        <translation>en lisant une valeur</translation>
    </message>
    <message>
        <source>while parsing a flow node</source>
        <translation>en lisant une valeur entre crochets ou accolades</translation>
    </message>
    <message>
        <source>while parsing a block collection</source>
        <translation>en lisant une liste</translation>
    </message>
    <message>
        <source>while parsing a block mapping</source>
        <translation>en lisant un dictionnaire</translation>
    </message>
    <message>
        <source>while parsing a flow sequence</source>
        <translation>en lisant une liste entre crochets</translation>
    </message>
    <message>
        <source>while parsing a flow mapping</source>
        <translation>en lisant un dictionnaire entre accolades</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>erreur de syntaxe</translation>
    </message>
    <message>
        <source>%1 %2 (the problem is at line %3, column %4)</source>
        <extracomment>%1 what went wrong, %2 what libyaml was reading (&quot;did not find expected key&quot; &quot;while parsing a block mapping&quot;)</extracomment>
        <translation>%1 %2 (le problème est à la ligne %3, colonne %4)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 what went wrong, %2 what libyaml was reading</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
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
