<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgendaItemCard</name>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="56"/>
        <source>Agenda item title</source>
        <translation>Intitulé du point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="61"/>
        <source>Deliberations on this item</source>
        <translation>Délibérations sur ce point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="63"/>
        <source>Remove item</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="67"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="60"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="68"/>
        <source>Deliberations</source>
        <translation>Délibérations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="75"/>
        <source>Item %1</source>
        <translation>Point %1</translation>
    </message>
</context>
<context>
    <name>ArticleSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="166"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="168"/>
        <source>Leave empty to continue the text above</source>
        <translation>Laisser vide pour continuer le texte ci-dessus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="170"/>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="171"/>
        <source>The article&apos;s text</source>
        <translation>Le texte de l’article</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="174"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="179"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>BulletinEditor</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="556"/>
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="558"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="567"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="559"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="568"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="561"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="569"/>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="564"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="570"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="563"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="563"/>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="565"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="566"/>
        <source>Two columns</source>
        <translation>Deux colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="576"/>
        <source>Nameplate</source>
        <translation>En-tête du bulletin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="578"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="583"/>
        <source>Tagline</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="579"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="584"/>
        <source>Issue number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="580"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="585"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="581"/>
        <source>As written, e.g. دجنبر 2025</source>
        <translation>Tel qu’écrit, p. ex. décembre 2025</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="582"/>
        <source>Contents list</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="590"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="593"/>
        <source>Add article</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="595"/>
        <source>Add indicators</source>
        <translation>Ajouter des indicateurs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="597"/>
        <source>Add table</source>
        <translation>Ajouter un tableau</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="598"/>
        <source>Add chart</source>
        <translation>Ajouter un graphique</translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="370"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="382"/>
        <source>Chart type</source>
        <translation>Type de graphique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="372"/>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="373"/>
        <source>Line</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="374"/>
        <source>Pie</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="375"/>
        <source>Donut</source>
        <translation>Anneau</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="383"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="384"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="385"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="389"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="392"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="394"/>
        <source>Chart data</source>
        <translation>Données du graphique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="414"/>
        <source>First row: the series names. Then one row per category: its name, then a value per series (empty: no value).</source>
        <translation>Première ligne : les noms des séries. Puis une ligne par catégorie : son nom, puis une valeur par série (vide : pas de valeur).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="424"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="425"/>
        <source>Series %1</source>
        <translation>Série %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="436"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="16"/>
        <source>Format</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="18"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="19"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="21"/>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="24"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="27"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="29"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="32"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="34"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="35"/>
        <source>Right to left</source>
        <translation>De droite à gauche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="36"/>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="42"/>
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="44"/>
        <source>Justified</source>
        <translation>Justifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="45"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="46"/>
        <source>Centre</source>
        <translation>Centré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="47"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="209"/>
        <source>From the change</source>
        <translation>D’après la variation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="210"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="211"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="212"/>
        <source>Flat</source>
        <translation>Stable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="216"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="217"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="218"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="219"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="220"/>
        <source>Change unit</source>
        <translation>Unité de variation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="221"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="222"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="223"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="229"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="256"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="250"/>
        <source>One to four indicators, shown side by side</source>
        <translation>Un à quatre indicateurs, côte à côte</translation>
    </message>
</context>
<context>
    <name>KeptSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="470"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="471"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="472"/>
        <source>Page break</source>
        <translation>Saut de page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="473"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="474"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="475"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="476"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="479"/>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="483"/>
        <source>Kept as it is; edit it in the document file.</source>
        <translation>Conservé tel quel ; modifiez-le dans le fichier du document.</translation>
    </message>
</context>
<context>
    <name>KitEditor</name>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="103"/>
        <source>Brand kits</source>
        <translation>Chartes graphiques</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="114"/>
        <source>Start from the kit</source>
        <translation>Partir de la charte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="117"/>
        <source>Kit name</source>
        <translation>Nom de la charte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="118"/>
        <source>a new name, such as rabat-office</source>
        <translation>un nouveau nom, par exemple rabat-office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="121"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="407"/>
        <source>Institution name in Arabic</source>
        <translation>Nom de l’institution en arabe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="123"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="408"/>
        <source>Institution name in French</source>
        <translation>Nom de l’institution en français</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="126"/>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="128"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="129"/>
        <source>No logo</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="131"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="410"/>
        <source>Primary colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="132"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="411"/>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="137"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="412"/>
        <source>Body font</source>
        <translation>Police du texte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="138"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="413"/>
        <source>Heading font</source>
        <translation>Police des titres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="150"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="414"/>
        <source>Paper</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="152"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="160"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="176"/>
        <source>Save the kit</source>
        <translation>Enregistrer la charte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="177"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="218"/>
        <source>Pick…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="219"/>
        <source>Pick %1</source>
        <translation>Choisir — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="225"/>
        <source>Address (Arabic)</source>
        <translation>Adresse (en arabe)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="226"/>
        <source>Phone (Arabic footer)</source>
        <translation>Téléphone (pied de page en arabe)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="227"/>
        <source>Website (Arabic footer)</source>
        <translation>Site web (pied de page en arabe)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="228"/>
        <source>Address (French)</source>
        <translation>Adresse (en français)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="229"/>
        <source>Phone (French footer)</source>
        <translation>Téléphone (pied de page en français)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="230"/>
        <source>Website (French footer)</source>
        <translation>Site web (pied de page en français)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="235"/>
        <source>%1:</source>
        <comment>a form label</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="239"/>
        <source>Top margin</source>
        <translation>Marge supérieure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="240"/>
        <source>Right margin</source>
        <translation>Marge droite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="241"/>
        <source>Bottom margin</source>
        <translation>Marge inférieure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="242"/>
        <source>Left margin</source>
        <translation>Marge gauche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="252"/>
        <source>Start from:</source>
        <translation>Partir de :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="253"/>
        <source>Kit name:</source>
        <translation>Nom de la charte :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="256"/>
        <source>Institution (one line per level)</source>
        <translation>Institution (une ligne par niveau)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="258"/>
        <source>Arabic:</source>
        <translation>En arabe :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="259"/>
        <source>French:</source>
        <translation>En français :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="262"/>
        <source>Logo, colours and fonts</source>
        <translation>Logo, couleurs et polices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="269"/>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="271"/>
        <source>Primary colour:</source>
        <translation>Couleur principale :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="272"/>
        <source>Accent colour:</source>
        <translation>Couleur d’accent :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="279"/>
        <source>Body font:</source>
        <translation>Police du texte :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="280"/>
        <source>Heading font:</source>
        <translation>Police des titres :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="283"/>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="289"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="291"/>
        <source>Paper:</source>
        <translation>Format du papier :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="330"/>
        <source>%1 (bundled)</source>
        <translation>%1 (intégrée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="401"/>
        <source>give the full path of the file</source>
        <translation>indiquez le chemin complet du fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="409"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="415"/>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="452"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="480"/>
        <source>Kit name: give the kit a new name (bundled kits are templates)</source>
        <translation>Nom de la charte : donnez un nouveau nom à la charte (les chartes intégrées servent de modèles)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="483"/>
        <source>Kit name: %1 is a bundled kit; save it under a new name</source>
        <translation>Nom de la charte : %1 est une charte intégrée ; enregistrez-la sous un nouveau nom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="489"/>
        <source>Kit name: %1 — use Latin letters, digits, - and _ only</source>
        <translation>Nom de la charte : %1 — utilisez uniquement des lettres latines sans accent, des chiffres, - et _</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="508"/>
        <source>Kit file: %1</source>
        <translation>Fichier de la charte : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="512"/>
        <source>Saved: %1</source>
        <translation>Enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="37"/>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="38"/>
        <source>Search all documents</source>
        <translation>Rechercher dans tous les documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="43"/>
        <source>Show documents</source>
        <translation>Afficher les documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="45"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="46"/>
        <source>Drafts</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="47"/>
        <source>Final documents</source>
        <translation>Documents définitifs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="53"/>
        <source>Documents in the library</source>
        <translation>Documents de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="86"/>
        <source>Minutes</source>
        <translation>Procès-verbaux</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="87"/>
        <source>Bulletins</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="88"/>
        <source>Other documents</source>
        <translation>Autres documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="90"/>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="90"/>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="105"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="125"/>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="128"/>
        <source>Open its folder</source>
        <translation>Ouvrir son dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="168"/>
        <source>New minutes</source>
        <translation>Nouveau procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="171"/>
        <source>New bulletin</source>
        <translation>Nouveau bulletin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="174"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="177"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="180"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="183"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="186"/>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="189"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="191"/>
        <source>Brand kits…</source>
        <translation>Chartes graphiques…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="193"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="195"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="207"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="210"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="213"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="219"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="230"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="232"/>
        <source>Brand kit of this document</source>
        <translation>Charte graphique de ce document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="258"/>
        <source>The library will be opened from %1 at the next start.</source>
        <translation>La bibliothèque sera ouverte depuis %1 au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="281"/>
        <source>%1 (bundled)</source>
        <translation>%1 (intégrée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="349"/>
        <source>Open a document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="371"/>
        <source>%1: a package opens into the library, which is not available</source>
        <translation>%1 : un paquet s’ouvre dans la bibliothèque, qui n’est pas disponible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="525"/>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="572"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="594"/>
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 exporté (%n page)</numerusform>
            <numerusform>%1 exporté (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="612"/>
        <source>%1 is no longer there</source>
        <translation>%1 n’est plus là</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="624"/>
        <source>The preview is not ready yet; try again in a moment.</source>
        <translation>L’aperçu n’est pas encore prêt ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="639"/>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="642"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="644"/>
        <source>changed since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="646"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="682"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="683"/>
        <source>Save the changes before closing?</source>
        <translation>Enregistrer les modifications avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="112"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="114"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="133"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="253"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="115"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="134"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="116"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="135"/>
        <source>Meeting body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="117"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="136"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="118"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="137"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="119"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="138"/>
        <source>Hijri date</source>
        <translation>Date hégirienne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="120"/>
        <source>As announced, e.g. 27 جمادى الآخرة 1447</source>
        <translation>Telle qu’annoncée, p. ex. 27 جمادى الآخرة 1447</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="121"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="139"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="122"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="123"/>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="128"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="141"/>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="131"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="142"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="222"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="130"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="130"/>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="132"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="140"/>
        <source>From / to</source>
        <translation>De / à</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="155"/>
        <source>Chair and rapporteur</source>
        <translation>Présidence et rapporteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="157"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="162"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="159"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="163"/>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="172"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="185"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="175"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="176"/>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="177"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="180"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="253"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="180"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197"/>
        <source>Role</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="180"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="180"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="188"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="191"/>
        <source>Leave empty to state it from the attendance</source>
        <translation>Laisser vide pour l’établir d’après la présence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="200"/>
        <source>Agenda and deliberations</source>
        <translation>Ordre du jour et délibérations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="202"/>
        <source>Add agenda item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="209"/>
        <source>Decisions, follow-up and closing</source>
        <translation>Décisions, suivi et clôture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="213"/>
        <source>One decision per line</source>
        <translation>Une décision par ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="216"/>
        <source>Planned</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="217"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="218"/>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="219"/>
        <source>Not started</source>
        <translation>Non entamé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="222"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="222"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="222"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="233"/>
        <source>Attendance sheet in an annex</source>
        <translation>Feuille de présence en annexe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="212"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="235"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="228"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="236"/>
        <source>Follow-up actions</source>
        <translation>Suivi des actions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="231"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="237"/>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="242"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="255"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="246"/>
        <source>Who signs, side by side (up to three). Leave empty for the chair and the rapporteur.</source>
        <translation>Les signataires, côte à côte (trois au plus). Laisser vide pour la signature du président et du rapporteur.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="103"/>
        <source>PDF preview</source>
        <translation>Aperçu PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="107"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="108"/>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="146"/>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/preview.py" line="166"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="266"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="267"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="268"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="269"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="270"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="271"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="272"/>
        <source>Page break</source>
        <translation>Saut de page</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="108"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="109"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="112"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="113"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="114"/>
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="107"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="108"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="110"/>
        <source>Remove section</source>
        <translation>Supprimer la section</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="49"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="53"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="58"/>
        <source>Default brand kit</source>
        <translation>Charte graphique par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="60"/>
        <source>%1 (bundled)</source>
        <translation>%1 (intégrée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="65"/>
        <source>Default document language</source>
        <translation>Langue par défaut des documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="73"/>
        <source>Autosave interval</source>
        <translation>Intervalle d’enregistrement automatique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="75"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="82"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="85"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="93"/>
        <source>The library is opened from the new data folder at the next start; documents already saved stay in the old one.</source>
        <translation>La bibliothèque sera ouverte depuis le nouveau dossier des données au prochain démarrage ; les documents déjà enregistrés restent dans l’ancien.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="110"/>
        <source>Interface language:</source>
        <translation>Langue de l’interface :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="111"/>
        <source>Default brand kit:</source>
        <translation>Charte graphique par défaut :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="112"/>
        <source>Default document language:</source>
        <translation>Langue par défaut des documents :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="113"/>
        <source>Autosave interval:</source>
        <translation>Intervalle d’enregistrement automatique :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="114"/>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="137"/>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier des données</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="147"/>
        <source>Data folder: give a full path (such as %1)</source>
        <translation>Dossier des données : indiquez un chemin complet (par exemple %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="148"/>
        <source>Data folder: %1 is a file, not a folder</source>
        <translation>Dossier des données : %1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="149"/>
        <source>Data folder: %1 cannot be written to</source>
        <translation>Dossier des données : impossible d’écrire dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="150"/>
        <source>Data folder: %1 cannot be created</source>
        <translation>Dossier des données : impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="42"/>
        <source>Taqrir — minutes and bulletins</source>
        <translation>Taqrir — procès-verbaux et bulletins</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="48"/>
        <source>New minutes</source>
        <translation>Nouveau procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="51"/>
        <source>New bulletin</source>
        <translation>Nouveau bulletin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="54"/>
        <source>Open a document…</source>
        <translation>Ouvrir un document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="80"/>
        <location filename="../../desktop_app/ui/start_page.py" line="83"/>
        <source>Recent documents</source>
        <translation>Documents récents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="60"/>
        <location filename="../../desktop_app/ui/start_page.py" line="64"/>
        <source>Unsaved work to recover</source>
        <translation>Travail non enregistré à récupérer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="66"/>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="69"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="121"/>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="122"/>
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="123"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="126"/>
        <location filename="../../desktop_app/ui/start_page.py" line="147"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="292"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="295"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="297"/>
        <source>Table cells</source>
        <translation>Cellules du tableau</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="303"/>
        <source>The first row is the header</source>
        <translation>La première ligne est l’en-tête</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="314"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
</context>
</TS>
