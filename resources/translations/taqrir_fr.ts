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
        <location filename="../../desktop_app/ui/main_window.py" line="198" />
        <source>New minutes</source>
        <translation>Nouveau procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="201" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="204" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="207" />
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="210" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="213" />
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="228" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="229" />
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="268" />
        <source>Open a document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="281" />
        <source>%1: only minutes can be edited in this version</source>
        <translation>%1 : seuls les procès-verbaux sont modifiables dans cette version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="298" />
        <source>Only minutes can be edited in this version</source>
        <translation>Seuls les procès-verbaux sont modifiables dans cette version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="397" />
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="444" />
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="464" />
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 exporté (%n page)</numerusform><numerusform>%1 exporté (%n pages)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="477" />
        <source>The preview is not ready yet; try again in a moment.</source>
        <translation>L’aperçu n’est pas encore prêt ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="492" />
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="495" />
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="497" />
        <source>changed since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="499" />
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="531" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="532" />
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
        <location filename="../../desktop_app/ui/minutes_editor.py" line="150" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="117" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="151" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="118" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="152" />
        <source>Meeting body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="119" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="153" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="122" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="154" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="127" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="155" />
        <source>Hijri date</source>
        <translation>Date hégirienne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="128" />
        <source>As announced, e.g. 27 جمادى الآخرة 1447</source>
        <translation>Telle qu’annoncée, p. ex. 27 جمادى الآخرة 1447</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="129" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="156" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="130" />
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="131" />
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="137" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="158" />
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="143" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="159" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="236" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="144" />
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="145" />
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="147" />
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="157" />
        <source>From / to</source>
        <translation>De / à</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="172" />
        <source>Chair and rapporteur</source>
        <translation>Présidence et rapporteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="174" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="179" />
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="176" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="180" />
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="189" />
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="192" />
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="193" />
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="194" />
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="212" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="212" />
        <source>Role</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="212" />
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197" />
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="206" />
        <source>Leave empty to state it from the attendance</source>
        <translation>Laisser vide pour l’établir d’après la présence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="215" />
        <source>Agenda and deliberations</source>
        <translation>Ordre du jour et délibérations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="217" />
        <source>Add agenda item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="224" />
        <source>Decisions, follow-up and closing</source>
        <translation>Décisions, suivi et clôture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="227" />
        <source>One decision per line</source>
        <translation>Une décision par ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="230" />
        <source>Planned</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="231" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="232" />
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="233" />
        <source>Not started</source>
        <translation>Non entamé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="236" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="236" />
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="236" />
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="245" />
        <source>Attendance sheet in an annex</source>
        <translation>Feuille de présence en annexe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="249" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="250" />
        <source>Follow-up actions</source>
        <translation>Suivi des actions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="251" />
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="93" />
        <source>PDF preview</source>
        <translation>Aperçu PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="97" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="98" />
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="135" />
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/preview.py" line="154" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="96" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="97" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="98" />
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="99" />
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="100" />
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="51" />
        <source>Taqrir — minutes and bulletins</source>
        <translation>Taqrir — procès-verbaux et bulletins</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="56" />
        <source>New minutes</source>
        <translation>Nouveau procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="59" />
        <source>Open a document…</source>
        <translation>Ouvrir un document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="64" />
        <location filename="../../desktop_app/ui/main_window.py" line="75" />
        <source>Recent documents</source>
        <translation>Documents récents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="77" />
        <location filename="../../desktop_app/ui/main_window.py" line="80" />
        <source>Unsaved work to recover</source>
        <translation>Travail non enregistré à récupérer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="81" />
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="84" />
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="96" />
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
</TS>