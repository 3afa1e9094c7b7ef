<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AgendaItemCard</name>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="47" />
        <source>Agenda item title</source>
        <translation>Intitulé du point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="51" />
        <source>Deliberations on this item</source>
        <translation>Délibérations sur ce point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="59" />
        <source>Remove item</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="63" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="64" />
        <source>Deliberations</source>
        <translation>Délibérations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="71" />
        <source>Item %1</source>
        <translation>Point %1</translation>
    </message>
</context>
<context>
    <name>ArticleSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="156" />
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="158" />
        <source>Leave empty to continue the text above</source>
        <translation>Laisser vide pour continuer le texte ci-dessus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="160" />
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="161" />
        <source>The article's text</source>
        <translation>Le texte de l’article</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="164" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="169" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>BulletinEditor</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="550" />
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="552" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="574" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="555" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="575" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="562" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="576" />
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="568" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="577" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="569" />
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="570" />
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="572" />
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="573" />
        <source>Two columns</source>
        <translation>Deux colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="583" />
        <source>Nameplate</source>
        <translation>En-tête du bulletin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="585" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="590" />
        <source>Tagline</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="586" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="591" />
        <source>Issue number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="587" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="592" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="588" />
        <source>As written, e.g. دجنبر 2025</source>
        <translation>Tel qu’écrit, p. ex. décembre 2025</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="589" />
        <source>Contents list</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="597" />
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="600" />
        <source>Add article</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="602" />
        <source>Add indicators</source>
        <translation>Ajouter des indicateurs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="604" />
        <source>Add table</source>
        <translation>Ajouter un tableau</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="605" />
        <source>Add chart</source>
        <translation>Ajouter un graphique</translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="356" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="368" />
        <source>Chart type</source>
        <translation>Type de graphique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="358" />
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="359" />
        <source>Line</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="360" />
        <source>Pie</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="361" />
        <source>Donut</source>
        <translation>Anneau</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="369" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="370" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="371" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="375" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="378" />
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="380" />
        <source>Chart data</source>
        <translation>Données du graphique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="400" />
        <source>First row: the series names. Then one row per category: its name, then a value per series (empty: no value).</source>
        <translation>Première ligne : les noms des séries. Puis une ligne par catégorie : son nom, puis une valeur par série (vide : pas de valeur).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="410" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="411" />
        <source>Series %1</source>
        <translation>Série %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="422" />
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="16" />
        <source>Format</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="18" />
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="19" />
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="21" />
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="24" />
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="27" />
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="29" />
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="32" />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="34" />
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="35" />
        <source>Right to left</source>
        <translation>De droite à gauche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="36" />
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="42" />
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="44" />
        <source>Justified</source>
        <translation>Justifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="45" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="46" />
        <source>Centre</source>
        <translation>Centré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="47" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="199" />
        <source>From the change</source>
        <translation>D’après la variation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="200" />
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="201" />
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="202" />
        <source>Flat</source>
        <translation>Stable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="206" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="207" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="208" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="209" />
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="210" />
        <source>Change unit</source>
        <translation>Unité de variation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="211" />
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="212" />
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="213" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="219" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="246" />
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="240" />
        <source>One to four indicators, shown side by side</source>
        <translation>Un à quatre indicateurs, côte à côte</translation>
    </message>
</context>
<context>
    <name>KeptSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="456" />
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="457" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="458" />
        <source>Page break</source>
        <translation>Saut de page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="459" />
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="460" />
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="461" />
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="462" />
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="465" />
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="469" />
        <source>Kept as it is; edit it in the document file.</source>
        <translation>Conservé tel quel ; modifiez-le dans le fichier du document.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="20" />
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="21" />
        <source>Search all documents</source>
        <translation>Rechercher dans tous les documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="26" />
        <source>Documents in the library</source>
        <translation>Documents de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="45" />
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="45" />
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="46" />
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="46" />
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="51" />
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216" />
        <source>New minutes</source>
        <translation>Nouveau procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="219" />
        <source>New bulletin</source>
        <translation>Nouveau bulletin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="222" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="225" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="228" />
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="231" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="234" />
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="237" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="250" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="251" />
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="303" />
        <source>Open a document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="428" />
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="475" />
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="495" />
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 exporté (%n page)</numerusform><numerusform>%1 exporté (%n pages)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="508" />
        <source>The preview is not ready yet; try again in a moment.</source>
        <translation>L’aperçu n’est pas encore prêt ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="523" />
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="526" />
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="528" />
        <source>changed since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="530" />
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="565" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="566" />
        <source>Save the changes before closing?</source>
        <translation>Enregistrer les modifications avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="114" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="116" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="152" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="117" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="153" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="118" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="154" />
        <source>Meeting body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="119" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="155" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="122" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="156" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="129" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="157" />
        <source>Hijri date</source>
        <translation>Date hégirienne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="130" />
        <source>As announced, e.g. 27 جمادى الآخرة 1447</source>
        <translation>Telle qu’annoncée, p. ex. 27 جمادى الآخرة 1447</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="131" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="158" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="132" />
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="133" />
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="139" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="160" />
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="145" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="161" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="239" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="146" />
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="147" />
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="149" />
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="159" />
        <source>From / to</source>
        <translation>De / à</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="175" />
        <source>Chair and rapporteur</source>
        <translation>Présidence et rapporteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="177" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="182" />
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="179" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="183" />
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="192" />
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="195" />
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="196" />
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197" />
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="200" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="215" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="200" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="215" />
        <source>Role</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="200" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="215" />
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="200" />
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="209" />
        <source>Leave empty to state it from the attendance</source>
        <translation>Laisser vide pour l’établir d’après la présence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="218" />
        <source>Agenda and deliberations</source>
        <translation>Ordre du jour et délibérations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="220" />
        <source>Add agenda item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="227" />
        <source>Decisions, follow-up and closing</source>
        <translation>Décisions, suivi et clôture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="230" />
        <source>One decision per line</source>
        <translation>Une décision par ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="233" />
        <source>Planned</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="234" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="235" />
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="236" />
        <source>Not started</source>
        <translation>Non entamé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="239" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="239" />
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="239" />
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="248" />
        <source>Attendance sheet in an annex</source>
        <translation>Feuille de présence en annexe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="252" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="253" />
        <source>Follow-up actions</source>
        <translation>Suivi des actions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="254" />
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="94" />
        <source>PDF preview</source>
        <translation>Aperçu PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="98" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="99" />
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="136" />
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/preview.py" line="156" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="97" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="98" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="99" />
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="100" />
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="101" />
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="97" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="98" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="100" />
        <source>Remove section</source>
        <translation>Supprimer la section</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="55" />
        <source>Taqrir — minutes and bulletins</source>
        <translation>Taqrir — procès-verbaux et bulletins</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="60" />
        <source>New minutes</source>
        <translation>Nouveau procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="63" />
        <source>New bulletin</source>
        <translation>Nouveau bulletin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="66" />
        <source>Open a document…</source>
        <translation>Ouvrir un document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="71" />
        <location filename="../../desktop_app/ui/main_window.py" line="83" />
        <source>Recent documents</source>
        <translation>Documents récents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="85" />
        <location filename="../../desktop_app/ui/main_window.py" line="88" />
        <source>Unsaved work to recover</source>
        <translation>Travail non enregistré à récupérer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="89" />
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="92" />
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="104" />
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="282" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="285" />
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="287" />
        <source>Table cells</source>
        <translation>Cellules du tableau</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="293" />
        <source>The first row is the header</source>
        <translation>La première ligne est l’en-tête</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="304" />
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
</context>
</TS>