<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Taqrir</source>
        <translation>À propos de Taqrir</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Fichier des paramètres</translation>
    </message>
    <message>
        <source>Taqrir — minutes and bulletins</source>
        <translation>Taqrir — procès-verbaux et bulletins</translation>
    </message>
    <message>
        <source>Arabic-first meeting minutes and bulletins, typeset into PDF.</source>
        <translation>Procès-verbaux et bulletins, l’arabe d’abord, composés en PDF.</translation>
    </message>
    <message>
        <source>Fonts: %1, under the SIL Open Font License.</source>
        <translation>Polices : %1, sous licence SIL Open Font License.</translation>
    </message>
</context>
<context>
    <name>AgendaItemCard</name>
    <message>
        <source>Agenda item title</source>
        <translation>Intitulé du point</translation>
    </message>
    <message>
        <source>Deliberations on this item</source>
        <translation>Délibérations sur ce point</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Deliberations</source>
        <translation>Délibérations</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Point %1</translation>
    </message>
</context>
<context>
    <name>ArticleSection</name>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Leave empty to continue the text above</source>
        <translation>Laisser vide pour continuer le texte ci-dessus</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>The article's text</source>
        <translation>Le texte de l’article</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>BulletinEditor</name>
    <message>
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>Deux colonnes</translation>
    </message>
    <message>
        <source>Nameplate</source>
        <translation>En-tête du bulletin</translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <source>Issue number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>As written, e.g. دجنبر 2025</source>
        <translation>Tel qu’écrit, p. ex. décembre 2025</translation>
    </message>
    <message>
        <source>Contents list</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <source>Add indicators</source>
        <translation>Ajouter des indicateurs</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Ajouter un tableau</translation>
    </message>
    <message>
        <source>Add chart</source>
        <translation>Ajouter un graphique</translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <source>Chart type</source>
        <translation>Type de graphique</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Donut</source>
        <translation>Anneau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Données du graphique</translation>
    </message>
    <message>
        <source>First row: the series names. Then one row per category: its name, then a value per series (empty: no value).</source>
        <translation>Première ligne : les noms des séries. Puis une ligne par catégorie : son nom, puis une valeur par série (vide : pas de valeur).</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Série %1</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <source>Format</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>De droite à gauche</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Justifié</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centré</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <source>From the change</source>
        <translation>D’après la variation</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Unité de variation</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>One to four indicators, shown side by side</source>
        <translation>Un à quatre indicateurs, côte à côte</translation>
    </message>
</context>
<context>
    <name>KeptSection</name>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Page break</source>
        <translation>Saut de page</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <source>Kept as it is; edit it in the document file.</source>
        <translation>Conservé tel quel ; modifiez-le dans le fichier du document.</translation>
    </message>
</context>
<context>
    <name>KitEditor</name>
    <message>
        <source>Brand kits</source>
        <translation>Chartes graphiques</translation>
    </message>
    <message>
        <source>Start from the kit</source>
        <translation>Partir de la charte</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>Nom de la charte</translation>
    </message>
    <message>
        <source>a new name, such as rabat-office</source>
        <translation>un nouveau nom, par exemple rabat-office</translation>
    </message>
    <message>
        <source>Institution name in Arabic</source>
        <translation>Nom de l’institution en arabe</translation>
    </message>
    <message>
        <source>Institution name in French</source>
        <translation>Nom de l’institution en français</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <source>Body font</source>
        <translation>Police du texte</translation>
    </message>
    <message>
        <source>Heading font</source>
        <translation>Police des titres</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Save the kit</source>
        <translation>Enregistrer la charte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation>Choisir — %1</translation>
    </message>
    <message>
        <source>Address (Arabic)</source>
        <translation>Adresse (en arabe)</translation>
    </message>
    <message>
        <source>Phone (Arabic footer)</source>
        <translation>Téléphone (pied de page en arabe)</translation>
    </message>
    <message>
        <source>Website (Arabic footer)</source>
        <translation>Site web (pied de page en arabe)</translation>
    </message>
    <message>
        <source>Address (French)</source>
        <translation>Adresse (en français)</translation>
    </message>
    <message>
        <source>Phone (French footer)</source>
        <translation>Téléphone (pied de page en français)</translation>
    </message>
    <message>
        <source>Website (French footer)</source>
        <translation>Site web (pied de page en français)</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Marge supérieure</translation>
    </message>
    <message>
        <source>Right margin</source>
        <translation>Marge droite</translation>
    </message>
    <message>
        <source>Bottom margin</source>
        <translation>Marge inférieure</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Marge gauche</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Partir de :</translation>
    </message>
    <message>
        <source>Kit name:</source>
        <translation>Nom de la charte :</translation>
    </message>
    <message>
        <source>Institution (one line per level)</source>
        <translation>Institution (une ligne par niveau)</translation>
    </message>
    <message>
        <source>Arabic:</source>
        <translation>En arabe :</translation>
    </message>
    <message>
        <source>French:</source>
        <translation>En français :</translation>
    </message>
    <message>
        <source>Logo, colours and fonts</source>
        <translation>Logo, couleurs et polices</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Primary colour:</source>
        <translation>Couleur principale :</translation>
    </message>
    <message>
        <source>Accent colour:</source>
        <translation>Couleur d’accent :</translation>
    </message>
    <message>
        <source>Body font:</source>
        <translation>Police du texte :</translation>
    </message>
    <message>
        <source>Heading font:</source>
        <translation>Police des titres :</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Format du papier :</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (intégrée)</translation>
    </message>
    <message>
        <source>give the full path of the file</source>
        <translation>indiquez le chemin complet du fichier</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Kit name: give the kit a new name (bundled kits are templates)</source>
        <translation>Nom de la charte : donnez un nouveau nom à la charte (les chartes intégrées servent de modèles)</translation>
    </message>
    <message>
        <source>Kit name: %1 is a bundled kit; save it under a new name</source>
        <translation>Nom de la charte : %1 est une charte intégrée ; enregistrez-la sous un nouveau nom</translation>
    </message>
    <message>
        <source>Kit name: %1 — use Latin letters, digits, - and _ only</source>
        <translation>Nom de la charte : %1 — utilisez uniquement des lettres latines sans accent, des chiffres, - et _</translation>
    </message>
    <message>
        <source>Kit file: %1</source>
        <translation>Fichier de la charte : %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Rechercher dans tous les documents</translation>
    </message>
    <message>
        <source>Show documents</source>
        <translation>Afficher les documents</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Final documents</source>
        <translation>Documents définitifs</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>Documents de la bibliothèque</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbaux</translation>
    </message>
    <message>
        <source>Bulletins</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Autres documents</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Ouvrir son dossier</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>Nouveau procès-verbal</translation>
    </message>
    <message>
        <source>New bulletin</source>
        <translation>Nouveau bulletin</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Brand kits…</source>
        <translation>Chartes graphiques…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Brand kit of this document</source>
        <translation>Charte graphique de ce document</translation>
    </message>
    <message>
        <source>About Taqrir</source>
        <translation>À propos de Taqrir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>The library will be opened from %1 at the next start.</source>
        <translation>La bibliothèque sera ouverte depuis %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (intégrée)</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <source>Cannot open the document: %1</source>
        <translation>Impossible d’ouvrir le document : %1</translation>
    </message>
    <message>
        <source>%1: a package opens into the library, which is not available</source>
        <translation>%1 : un paquet s’ouvre dans la bibliothèque, qui n’est pas disponible</translation>
    </message>
    <message>
        <source>Cannot import the package: %1</source>
        <translation>Impossible d’importer le paquet : %1</translation>
    </message>
    <message>
        <source>Imported, with a note: %1</source>
        <translation>Importé, avec une remarque : %1</translation>
    </message>
    <message>
        <source>Cannot recover the work: %1</source>
        <translation>Impossible de récupérer le travail : %1</translation>
    </message>
    <message>
        <source>Cannot discard the work: %1</source>
        <translation>Impossible d’abandonner le travail : %1</translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation>Impossible de lire la bibliothèque : %1</translation>
    </message>
    <message>
        <source>Cannot read the document's images: %1</source>
        <translation>Impossible de lire les images du document : %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>L’enregistrement automatique a échoué : %1</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Impossible d’enregistrer : %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 exporté (%n page)</numerusform>
            <numerusform>%1 exporté (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 n’est plus là</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <source>The preview is not ready yet; try again in a moment.</source>
        <translation>L’aperçu n’est pas encore prêt ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>L’impression a échoué : %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Enregistrer les modifications avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Meeting body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hijri date</source>
        <translation>Date hégirienne</translation>
    </message>
    <message>
        <source>As announced, e.g. 27 جمادى الآخرة 1447</source>
        <translation>Telle qu’annoncée, p. ex. 27 جمادى الآخرة 1447</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>De / à</translation>
    </message>
    <message>
        <source>Chair and rapporteur</source>
        <translation>Présidence et rapporteur</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Leave empty to state it from the attendance</source>
        <translation>Laisser vide pour l’établir d’après la présence</translation>
    </message>
    <message>
        <source>Agenda and deliberations</source>
        <translation>Ordre du jour et délibérations</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Decisions, follow-up and closing</source>
        <translation>Décisions, suivi et clôture</translation>
    </message>
    <message>
        <source>One decision per line</source>
        <translation>Une décision par ligne</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non entamé</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Attendance sheet in an annex</source>
        <translation>Feuille de présence en annexe</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Suivi des actions</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Who signs, side by side (up to three). Leave empty for the chair and the rapporteur.</source>
        <translation>Les signataires, côte à côte (trois au plus). Laisser vide pour la signature du président et du rapporteur.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>PDF preview</source>
        <translation>Aperçu PDF</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Show page thumbnails</source>
        <translation>Afficher les miniatures des pages</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu : %1</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Page break</source>
        <translation>Saut de page</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Supprimer la section</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Default brand kit</source>
        <translation>Charte graphique par défaut</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (intégrée)</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Langue par défaut des documents</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>Intervalle d’enregistrement automatique</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>The library is opened from the new data folder at the next start; documents already saved stay in the old one.</source>
        <translation>La bibliothèque sera ouverte depuis le nouveau dossier des données au prochain démarrage ; les documents déjà enregistrés restent dans l’ancien.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l’interface :</translation>
    </message>
    <message>
        <source>Default brand kit:</source>
        <translation>Charte graphique par défaut :</translation>
    </message>
    <message>
        <source>Default document language:</source>
        <translation>Langue par défaut des documents :</translation>
    </message>
    <message>
        <source>Autosave interval:</source>
        <translation>Intervalle d’enregistrement automatique :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier des données</translation>
    </message>
    <message>
        <source>Data folder: give a full path (such as %1)</source>
        <translation>Dossier des données : indiquez un chemin complet (par exemple %1)</translation>
    </message>
    <message>
        <source>Data folder: %1 is a file, not a folder</source>
        <translation>Dossier des données : %1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>Data folder: %1 cannot be written to</source>
        <translation>Dossier des données : impossible d’écrire dans %1</translation>
    </message>
    <message>
        <source>Data folder: %1 cannot be created</source>
        <translation>Dossier des données : impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Taqrir — minutes and bulletins</source>
        <translation>Taqrir — procès-verbaux et bulletins</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>Nouveau procès-verbal</translation>
    </message>
    <message>
        <source>New bulletin</source>
        <translation>Nouveau bulletin</translation>
    </message>
    <message>
        <source>Open a document…</source>
        <translation>Ouvrir un document…</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Documents récents</translation>
    </message>
    <message>
        <source>Unsaved work to recover</source>
        <translation>Travail non enregistré à récupérer</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Table cells</source>
        <translation>Cellules du tableau</translation>
    </message>
    <message>
        <source>The first row is the header</source>
        <translation>La première ligne est l’en-tête</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniatures des pages</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
</TS>