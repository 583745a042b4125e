<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AnnuairePage</name>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="69" />
            <source>The local partner services will be listed here.</source>
            <translation>Les services partenaires du territoire s'afficheront ici.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="70" />
            <source>Add a service or import a directory to start.</source>
            <translation>Ajoutez un service ou importez un annuaire pour commencer.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="72" />
            <source>A coordinator can fill in the directory.</source>
            <translation>Un ou une coordinatrice peut remplir l'annuaire.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="82" />
            <source>Add the national numbers</source>
            <translation>Ajouter les numéros nationaux</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="83" />
            <source>Load the sample directory</source>
            <translation>Charger l'annuaire d'exemple</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="84" />
            <source>Import a file…</source>
            <translation>Importer un fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="85" />
            <source>New service…</source>
            <translation>Nouveau service…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="101" />
            <source>Search the directory</source>
            <translation>Rechercher dans l'annuaire</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="102" />
            <source>Search a service, an organisation, a town…</source>
            <translation>Chercher un service, une structure, une commune…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="107" />
            <source>Theme</source>
            <translation>Thématique</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="107" />
            <source>All themes</source>
            <translation>Toutes les thématiques</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="111" />
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="111" />
            <source>All publics</source>
            <translation>Tous les publics</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="116" />
            <source>Fees</source>
            <translation>Frais</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="116" />
            <source>Free or paid</source>
            <translation>Gratuit ou payant</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="120" />
            <source>Welcome</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="120" />
            <source>On site or remote</source>
            <translation>Sur place ou à distance</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="124" />
            <source>Town</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="124" />
            <source>All towns</source>
            <translation>Toutes les communes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="139" />
            <source>&amp;Open now</source>
            <translation>&amp;Ouvert maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="139" />
            <source>Open now only</source>
            <translation>Seulement les services ouverts maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="142" />
            <source>To be &amp;checked</source>
            <translation>À &amp;vérifier</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="144" />
            <source>Only services not checked for 12 months</source>
            <translation>Seulement les services non vérifiés depuis 12 mois</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="157" />
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="174" />
            <source>Details of the service</source>
            <translation>Détails du service</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="184" />
            <source>&amp;New service…</source>
            <translation>&amp;Nouveau service…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="185" />
            <source>&amp;Change…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="187" />
            <source>Clo&amp;sures…</source>
            <translation>&amp;Fermetures…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="190" />
            <source>Checked today</source>
            <translation>Vérifié aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="193" />
            <location filename="../../ui/pages/annuaire.py" line="413" />
            <source>Remove from the list</source>
            <translation>Retirer de la liste</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="195" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="197" />
            <location filename="../../ui/pages/annuaire.py" line="427" />
            <source>National numbers</source>
            <translation>Numéros nationaux</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="199" />
            <source>E&amp;xport</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="202" />
            <source>Printable directory (PDF)…</source>
            <translation>Annuaire à imprimer (PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="203" />
            <source>Spreadsheet (CSV)…</source>
            <translation>Tableur (CSV)…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="204" />
            <source>data·inclusion (JSON)…</source>
            <translation>data·inclusion (JSON)…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="205" />
            <source>Open Referral HSDS (zip)…</source>
            <translation>Open Referral HSDS (zip)…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="283" />
            <source>%1 services</source>
            <translation>%1 services</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="313" />
            <source>Choose a service to see its details.</source>
            <translation>Choisissez un service pour voir ses détails.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="337" />
            <source>Hours:</source>
            <translation>Horaires :</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="339" />
            <source>Themes:</source>
            <translation>Thématiques :</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="342" />
            <source>For:</source>
            <translation>Pour :</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="344" />
            <source>Fees:</source>
            <translation>Frais :</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="345" />
            <source>Conditions:</source>
            <translation>Conditions :</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="346" />
            <source>To bring:</source>
            <translation>À apporter :</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="348" />
            <source>Address:</source>
            <translation>Adresse :</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="349" />
            <source>Phone:</source>
            <translation>Téléphone :</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="350" />
            <source>E-mail:</source>
            <translation>Courriel :</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="351" />
            <source>Website:</source>
            <translation>Site web :</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="352" />
            <source>Contact:</source>
            <translation>Contact :</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="358" />
            <source>Languages:</source>
            <translation>Langues :</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="361" />
            <source>Closed:</source>
            <translation>Fermé :</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="414" />
            <source>This service will no longer be offered. Past referrals keep it. Remove it?</source>
            <translation>Ce service ne sera plus proposé. Les orientations passées le gardent. Le retirer ?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="428" />
            <source>%1 national numbers are in the directory.</source>
            <translation>%1 numéros nationaux sont dans l'annuaire.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="443" />
            <location filename="../../ui/pages/annuaire.py" line="453" />
            <source>Import a directory</source>
            <translation>Importer un annuaire</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="444" />
            <source>Directory files (*.csv *.txt *.json *.zip);;All files (*)</source>
            <translation>Fichiers d'annuaire (*.csv *.txt *.json *.zip);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="454" />
            <source>%1 services added, %2 updated.</source>
            <translation>%1 services ajoutés, %2 mis à jour.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="467" />
            <location filename="../../ui/pages/annuaire.py" line="483" />
            <location filename="../../ui/pages/annuaire.py" line="488" />
            <source>Export the directory</source>
            <translation>Exporter l'annuaire</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="484" />
            <source>The directory is saved in %1.</source>
            <translation>L'annuaire est enregistré dans %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="497" />
            <source>Directory</source>
            <translation>Annuaire</translation>
        </message>
        <message>
            <source>%1 service</source>
            <translation>%1 service</translation>
        </message>
        <message>
            <source>%1 service added, %2 updated.</source>
            <translation>%1 service ajouté, %2 mis à jour.</translation>
        </message>
        <message>
            <source>Update from data·inclusion…</source>
            <translation>Mettre à jour depuis data·inclusion…</translation>
        </message>
        <message>
            <source>A directory file (CSV, JSON, HSDS)…</source>
            <translation>Un fichier d’annuaire (CSV, JSON, HSDS)…</translation>
        </message>
        <message>
            <source>Our note:</source>
            <translation>Notre note :</translation>
        </message>
    </context>
    <context>
        <name>ClosuresDialog</name>
        <message>
            <location filename="../../ui/dialogs/closures.py" line="35" />
            <source>Temporary closures</source>
            <translation>Fermetures exceptionnelles</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/closures.py" line="43" />
            <source>Planned closures</source>
            <translation>Fermetures prévues</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/closures.py" line="48" />
            <location filename="../../ui/dialogs/closures.py" line="50" />
            <source>Remove the selected closure</source>
            <translation>Supprimer la fermeture choisie</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/closures.py" line="55" />
            <source>First day closed</source>
            <translation>Premier jour fermé</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/closures.py" line="56" />
            <source>Last day closed</source>
            <translation>Dernier jour fermé</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/closures.py" line="59" />
            <location filename="../../ui/dialogs/closures.py" line="63" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/closures.py" line="60" />
            <source>e.g. travaux, congés</source>
            <translation>par ex. travaux, congés</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/closures.py" line="61" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/closures.py" line="62" />
            <source>Until (included)</source>
            <translation>Au (inclus)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/closures.py" line="65" />
            <location filename="../../ui/dialogs/closures.py" line="67" />
            <source>Add the closure</source>
            <translation>Ajouter la fermeture</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/closures.py" line="94" />
            <source>%1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/closures.py" line="105" />
            <source>No closure planned.</source>
            <translation>Aucune fermeture prévue.</translation>
        </message>
    </context>
    <context>
        <name>Directory</name>
        <message>
            <location filename="../../app/opening_hours.py" line="84" />
            <source>a time like 08:30 is expected here</source>
            <translation>une heure comme 08:30 est attendue ici</translation>
        </message>
        <message>
            <location filename="../../app/opening_hours.py" line="86" />
            <source>a day like Mo, Tu, We, Th, Fr, Sa or Su is expected here</source>
            <translation>un jour comme Mo, Tu, We, Th, Fr, Sa ou Su est attendu ici (lundi = Mo)</translation>
        </message>
        <message>
            <location filename="../../app/opening_hours.py" line="88" />
            <source>a time range like 09:00-12:00 is expected here</source>
            <translation>une plage comme 09:00-12:00 est attendue ici</translation>
        </message>
        <message>
            <location filename="../../app/opening_hours.py" line="89" />
            <source>this part is not understood</source>
            <translation>ce passage n'est pas compris</translation>
        </message>
        <message>
            <location filename="../../app/opening_hours.py" line="102" />
            <source>The opening hours are too long (1000 characters at most).</source>
            <translation>Les horaires sont trop longs (1000 caractères au plus).</translation>
        </message>
        <message>
            <location filename="../../app/opening_hours.py" line="110" />
            <source>the end</source>
            <translation>la fin</translation>
        </message>
        <message>
            <location filename="../../app/opening_hours.py" line="112" />
            <source>Opening hours not understood at character %1 (near « %2 »): %3. Example: %4</source>
            <translation>Horaires non compris au caractère %1 (près de « %2 ») : %3. Exemple : %4</translation>
        </message>
        <message>
            <location filename="../../app/importers/common.py" line="125" />
            <source>This file cannot be read as a directory (%1).</source>
            <translation>Ce fichier ne peut pas être lu comme un annuaire (%1).</translation>
        </message>
        <message>
            <location filename="../../app/importers/common.py" line="134" />
            <source>This file is too big for a directory (50 MB at most).</source>
            <translation>Ce fichier est trop gros pour un annuaire (50 Mo au plus).</translation>
        </message>
        <message>
            <location filename="../../app/importers/csv_template.py" line="91" />
            <source>This file is not a text (CSV) file.</source>
            <translation>Ce fichier n'est pas un fichier texte (CSV).</translation>
        </message>
        <message>
            <location filename="../../app/importers/csv_template.py" line="97" />
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <location filename="../../app/importers/csv_template.py" line="102" />
            <source>The columns « %1 » are missing: start from the template file.</source>
            <translation>Il manque les colonnes « %1 » : partez du fichier modèle.</translation>
        </message>
        <message>
            <location filename="../../app/importers/csv_template.py" line="114" />
            <source>The file cannot be read as CSV near line %1 (%2).</source>
            <translation>Le fichier ne peut pas être lu comme un CSV vers la ligne %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../app/importers/csv_template.py" line="143" />
            <source>This line has more cells than the header.</source>
            <translation>Cette ligne a plus de cases que la ligne d'en-tête.</translation>
        </message>
        <message>
            <location filename="../../app/importers/datainclusion.py" line="26" />
            <source>A text was expected, not a list.</source>
            <translation>Un texte était attendu, pas une liste.</translation>
        </message>
        <message>
            <location filename="../../app/importers/datainclusion.py" line="36" />
            <source>A list was expected.</source>
            <translation>Une liste était attendue.</translation>
        </message>
        <message>
            <location filename="../../app/importers/datainclusion.py" line="47" />
            <source>This file is not valid JSON (line %1).</source>
            <translation>Ce fichier n'est pas un JSON valide (ligne %1).</translation>
        </message>
        <message>
            <location filename="../../app/importers/datainclusion.py" line="67" />
            <source>This file has no list of « services »: is it a data·inclusion file?</source>
            <translation>Ce fichier n'a pas de liste « services » : est-ce bien un fichier data·inclusion ?</translation>
        </message>
        <message>
            <location filename="../../app/importers/datainclusion.py" line="85" />
            <source>This entry is not a service.</source>
            <translation>Cet élément n'est pas un service.</translation>
        </message>
        <message>
            <location filename="../../app/importers/datainclusion.py" line="91" />
            <source>The structure « %1 » of this service is not in the file.</source>
            <translation>La structure « %1 » de ce service n'est pas dans le fichier.</translation>
        </message>
        <message>
            <location filename="../../app/importers/datainclusion.py" line="141" />
            <location filename="../../app/importers/hsds.py" line="249" />
            <source>This service has no « id ».</source>
            <translation>Ce service n'a pas d'identifiant (« id »).</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds.py" line="72" />
            <source>This zip file is too big once unpacked.</source>
            <translation>Ce fichier zip est trop gros une fois décompressé.</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds.py" line="75" />
            <source>This zip file is not an HSDS package: « datapackage.json » is missing.</source>
            <translation>Ce fichier zip n'est pas un paquet HSDS : « datapackage.json » manque.</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds.py" line="84" />
            <source>This HSDS package has no services file (« %1 »).</source>
            <translation>Ce paquet HSDS n'a pas de fichier des services (« %1 »).</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds.py" line="93" />
            <source>This zip file is damaged (%1).</source>
            <translation>Ce fichier zip est abîmé (%1).</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds.py" line="97" />
            <source>The « datapackage.json » file of this package is not valid.</source>
            <translation>Le fichier « datapackage.json » de ce paquet n'est pas valide.</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds.py" line="109" />
            <source>A file of this package is not a CSV file.</source>
            <translation>Un fichier de ce paquet n'est pas un fichier CSV.</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds.py" line="120" />
            <source>A file of this package cannot be read as CSV (%1).</source>
            <translation>Un fichier de ce paquet ne peut pas être lu comme un CSV (%1).</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds.py" line="257" />
            <source>The organisation « %1 » of this service is not in the package.</source>
            <translation>La structure « %1 » de ce service n'est pas dans le paquet.</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds.py" line="267" />
            <source>This service is marked inactive in the file.</source>
            <translation>Ce service est indiqué comme inactif dans le fichier.</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds.py" line="319" />
            <source>Some opening hours of the file cannot be written as opening hours: they are kept in the notes.</source>
            <translation>Certains horaires du fichier ne peuvent pas s'écrire comme des horaires d'ouverture : ils sont gardés dans les notes.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory.py" line="102" />
            <source>This organisation no longer exists.</source>
            <translation>Cette structure n'existe plus.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory.py" line="125" />
            <location filename="../../app/services/directory.py" line="151" />
            <location filename="../../app/services/directory.py" line="177" />
            <location filename="../../app/services/directory.py" line="194" />
            <location filename="../../app/services/directory.py" line="217" />
            <source>This service no longer exists.</source>
            <translation>Ce service n'existe plus.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory.py" line="220" />
            <source>Please give the first and the last day of the closure.</source>
            <translation>Indiquez le premier et le dernier jour de la fermeture.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory.py" line="224" />
            <source>The last day of the closure comes before the first one.</source>
            <translation>Le dernier jour de la fermeture est avant le premier.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory.py" line="228" />
            <source>The reason is too long (300 characters at most).</source>
            <translation>Le motif est trop long (300 caractères au plus).</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_import.py" line="42" />
            <source>The file « %1 » cannot be found.</source>
            <translation>Le fichier « %1 » est introuvable.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_import.py" line="80" />
            <source>%1 lines have errors: correct the file, or import only the valid lines.</source>
            <translation>%1 lignes ont des erreurs : corrigez le fichier, ou importez seulement les lignes valides.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_import.py" line="87" />
            <source>There is nothing to import.</source>
            <translation>Il n'y a rien à importer.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="88" />
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="89" />
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="90" />
            <source>postal code</source>
            <translation>code postal</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="91" />
            <source>town</source>
            <translation>commune</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="92" />
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="93" />
            <source>e-mail</source>
            <translation>courriel</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="94" />
            <source>website</source>
            <translation>site web</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="95" />
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="96" />
            <source>type of service</source>
            <translation>type de service</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="97" />
            <source>fees</source>
            <translation>frais</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="98" />
            <source>themes</source>
            <translation>thématiques</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="99" />
            <source>publics</source>
            <translation>publics</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="100" />
            <source>ways of welcoming</source>
            <translation>modes d'accueil</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="101" />
            <source>ways to get in touch</source>
            <translation>modes de mobilisation</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="102" />
            <source>latitude</source>
            <translation>latitude</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="103" />
            <source>longitude</source>
            <translation>longitude</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="104" />
            <source>last verified date</source>
            <translation>date de vérification</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="105" />
            <source>opening hours</source>
            <translation>horaires</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="116" />
            <source>%1: too long (%2 characters at most).</source>
            <translation>%1 : trop long (%2 caractères au plus).</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="149" />
            <source>The postal code « %1 » is not French: kept as it is.</source>
            <translation>Le code postal « %1 » n'est pas français : gardé tel quel.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="168" />
            <source>The identifier « %1 » is not a SIRET: kept in the description.</source>
            <translation>L'identifiant « %1 » n'est pas un SIRET : gardé dans la description.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="172" />
            <source>Identifier: %1</source>
            <translation>Identifiant : %1</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="212" />
            <source>%1: « %2 » is not a valid number.</source>
            <translation>%1 : « %2 » n'est pas un nombre valide.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="126" />
            <source>The e-mail « %1 » does not look right.</source>
            <translation>Le courriel « %1 » ne semble pas correct.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="136" />
            <source>The website « %1 » does not look right.</source>
            <translation>Le site web « %1 » ne semble pas correct.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="146" />
            <source>The postal code « %1 » must have 5 digits.</source>
            <translation>Le code postal « %1 » doit avoir 5 chiffres.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="186" />
            <location filename="../../app/services/directory_values.py" line="290" />
            <location filename="../../app/services/directory_values.py" line="297" />
            <source>Unknown code « %1 » in %2.</source>
            <translation>Code inconnu « %1 » dans %2.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="236" />
            <source>The date « %1 » is not understood (expected 31/03/2025).</source>
            <translation>La date « %1 » n'est pas comprise (attendu : 31/03/2025).</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="252" />
            <source>Wheelchair access must be « oui », « non » or empty.</source>
            <translation>L'accès fauteuil roulant doit être « oui », « non » ou vide.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="260" />
            <source>Please type the name of the organisation.</source>
            <translation>Tapez le nom de la structure.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="165" />
            <source>The SIRET « %1 » must have 14 digits.</source>
            <translation>Le SIRET « %1 » doit avoir 14 chiffres.</translation>
        </message>
        <message>
            <location filename="../../app/services/directory_values.py" line="283" />
            <source>Please type the name of the service.</source>
            <translation>Tapez le nom du service.</translation>
        </message>
        <message>
            <location filename="../../app/commands/directory.py" line="16" />
            <source>import or export the partner directory</source>
            <translation>importer ou exporter l'annuaire des partenaires</translation>
        </message>
        <message>
            <location filename="../../app/commands/directory.py" line="22" />
            <source>import a CSV, data·inclusion JSON or HSDS zip file</source>
            <translation>importer un fichier CSV, JSON data·inclusion ou zip HSDS</translation>
        </message>
        <message>
            <location filename="../../app/commands/directory.py" line="29" />
            <source>import the valid lines even if some have errors</source>
            <translation>importer les lignes valides même si d'autres ont des erreurs</translation>
        </message>
        <message>
            <location filename="../../app/commands/directory.py" line="33" />
            <source>export the directory</source>
            <translation>exporter l'annuaire</translation>
        </message>
        <message>
            <location filename="../../app/commands/directory.py" line="40" />
            <source>add the national helplines</source>
            <translation>ajouter les numéros nationaux</translation>
        </message>
        <message>
            <location filename="../../app/commands/directory.py" line="56" />
            <source>This database has no site yet: open the app once first.</source>
            <translation>Cette base n'a pas encore de lieu : ouvrez d'abord l'application une fois.</translation>
        </message>
        <message>
            <location filename="../../app/commands/directory.py" line="70" />
            <source>Line %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <location filename="../../app/commands/directory.py" line="72" />
            <source>Line %1 (warning): %2</source>
            <translation>Ligne %1 (avertissement) : %2</translation>
        </message>
        <message>
            <location filename="../../app/commands/directory.py" line="79" />
            <source>%1 services added, %2 updated, %3 lines left out.</source>
            <translation>%1 services ajoutés, %2 mis à jour, %3 lignes laissées de côté.</translation>
        </message>
        <message>
            <location filename="../../app/commands/directory.py" line="100" />
            <source>The file « %1 » cannot be written (%2).</source>
            <translation>Le fichier « %1 » ne peut pas être écrit (%2).</translation>
        </message>
        <message>
            <location filename="../../app/commands/directory.py" line="104" />
            <source>Directory written to %1.</source>
            <translation>Annuaire écrit dans %1.</translation>
        </message>
        <message>
            <location filename="../../app/commands/directory.py" line="116" />
            <source>%1 national numbers added.</source>
            <translation>%1 numéros nationaux ajoutés.</translation>
        </message>
        <message>
            <location filename="../../app/exporters/directory_pdf.py" line="25" />
            <source>Other services</source>
            <translation>Autres services</translation>
        </message>
        <message>
            <location filename="../../app/exporters/directory_pdf.py" line="68" />
            <source>Partner directory</source>
            <translation>Annuaire des partenaires</translation>
        </message>
        <message>
            <location filename="../../app/exporters/directory_pdf.py" line="73" />
            <source>Printed on %1 · %2 services</source>
            <translation>Imprimé le %1 · %2 services</translation>
        </message>
        <message>
            <location filename="../../app/exporters/directory_pdf.py" line="83" />
            <source>The directory is empty.</source>
            <translation>L'annuaire est vide.</translation>
        </message>
        <message>
            <location filename="../../app/exporters/directory_pdf.py" line="98" />
            <source>Address:</source>
            <translation>Adresse :</translation>
        </message>
        <message>
            <location filename="../../app/exporters/directory_pdf.py" line="101" />
            <source>Contact:</source>
            <translation>Contact :</translation>
        </message>
        <message>
            <location filename="../../app/exporters/directory_pdf.py" line="106" />
            <source>Hours:</source>
            <translation>Horaires :</translation>
        </message>
        <message>
            <location filename="../../app/exporters/directory_pdf.py" line="108" />
            <source>Conditions:</source>
            <translation>Conditions :</translation>
        </message>
        <message>
            <location filename="../../app/exporters/directory_pdf.py" line="111" />
            <source>To bring:</source>
            <translation>À apporter :</translation>
        </message>
        <message>
            <location filename="../../app/exporters/directory_pdf.py" line="117" />
            <source>Fees:</source>
            <translation>Frais :</translation>
        </message>
        <message>
            <location filename="../../app/exporters/directory_pdf.py" line="127" />
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds_schedules.py" line="122" />
            <source>every %1 months</source>
            <translation>tous les %1 mois</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds_schedules.py" line="124" />
            <source>every %1 weeks</source>
            <translation>toutes les %1 semaines</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds_schedules.py" line="129" />
            <source>on days %1 of the month</source>
            <translation>les jours %1 du mois</translation>
        </message>
        <message>
            <location filename="../../app/importers/hsds_schedules.py" line="136" />
            <source>from %1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <source>%1 line has errors: correct the file, or import only the valid lines.</source>
            <translation>%1 ligne a des erreurs : corrigez le fichier, ou importez seulement les lignes valides.</translation>
        </message>
        <message>
            <source>%1 service added</source>
            <translation>%1 service ajouté</translation>
        </message>
        <message>
            <source>%1 services added</source>
            <translation>%1 services ajoutés</translation>
        </message>
        <message>
            <source>%1 line left out</source>
            <translation>%1 ligne écartée</translation>
        </message>
        <message>
            <source>%1 lines left out</source>
            <translation>%1 lignes écartées</translation>
        </message>
        <message>
            <source>%1, %2 updated, %3.</source>
            <translation>%1, %2 mis à jour, %3.</translation>
        </message>
        <message>
            <source>%1, record %2: %3</source>
            <translation>%1, fiche %2 : %3</translation>
        </message>
        <message>
            <source>Blanked phones, e-mails or websites left empty: %1</source>
            <translation>Téléphones, courriels ou sites masqués laissés vides : %1</translation>
        </message>
        <message>
            <source>Changed: %1</source>
            <translation>Modifiés : %1</translation>
        </message>
        <message>
            <source>Conflicts kept (edited here): %1</source>
            <translation>Conflits gardés (modifiés ici) : %1</translation>
        </message>
        <message>
            <source>Give the two files of the publication: services (services.json or .csv) and structures (structures.json or .csv), or the folder or zip holding them.</source>
            <translation>Donnez les deux fichiers de la publication : les services (services.json ou .csv) et les structures (structures.json ou .csv), ou le dossier ou le zip qui les contient.</translation>
        </message>
        <message>
            <source>Gone (deactivated): %1</source>
            <translation>Disparus (désactivés) : %1</translation>
        </message>
        <message>
            <source>New: %1</source>
            <translation>Nouveaux : %1</translation>
        </message>
        <message>
            <source>Opening hours as published: %1</source>
            <translation>Horaires tels que publiés : %1</translation>
        </message>
        <message>
            <source>Opening hours not understood, kept in the details: %1</source>
            <translation>Horaires non compris, gardés dans les précisions : %1</translation>
        </message>
        <message>
            <source>Possible duplicates (not merged): %1</source>
            <translation>Doublons possibles (non fusionnés) : %1</translation>
        </message>
        <message>
            <source>Records left out: %1</source>
            <translation>Fiches écartées : %1</translation>
        </message>
        <message>
            <source>Structures without services: %1</source>
            <translation>Structures sans service : %1</translation>
        </message>
        <message>
            <source>This entry is not a record.</source>
            <translation>Cette entrée n’est pas une fiche.</translation>
        </message>
        <message>
            <source>This service has no name or no id.</source>
            <translation>Ce service n’a pas de nom ou pas d’identifiant.</translation>
        </message>
        <message>
            <source>This structure has no name or no id.</source>
            <translation>Cette structure n’a pas de nom ou pas d’identifiant.</translation>
        </message>
        <message>
            <source>Unchanged: %1</source>
            <translation>Inchangés : %1</translation>
        </message>
        <message>
            <source>Unknown codes left out: %1</source>
            <translation>Codes inconnus écartés : %1</translation>
        </message>
        <message>
            <source>national pair: also the services whose eligibility zone covers the département</source>
            <translation>fichiers nationaux : aussi les services dont la zone d’éligibilité couvre le département</translation>
        </message>
        <message>
            <source>national pair: keep only this département (35, 2A, 974…); repeatable</source>
            <translation>fichiers nationaux : garder seulement ce département (35, 2A, 974…) ; peut être répété</translation>
        </message>
        <message>
            <source>one file; or data·inclusion's national pair (services and structures, or the folder or zip holding them)</source>
            <translation>un fichier ; ou les deux fichiers nationaux de data·inclusion (services et structures, ou le dossier ou le zip qui les contient)</translation>
        </message>
        <message>
            <source>« %1 » cannot be read as CSV near line %2 (%3).</source>
            <translation>« %1 » ne peut pas être lu comme un CSV vers la ligne %2 (%3).</translation>
        </message>
        <message>
            <source>« %1 » has no « id » column: is it a data·inclusion file?</source>
            <translation>« %1 » n’a pas de colonne « id » : est-ce bien un fichier data·inclusion ?</translation>
        </message>
        <message>
            <source>« %1 » holds lists nested too deep to be a directory.</source>
            <translation>« %1 » contient des listes imbriquées trop profondément pour être un annuaire.</translation>
        </message>
        <message>
            <source>« %1 » is neither JSON nor CSV.</source>
            <translation>« %1 » n’est ni du JSON ni du CSV.</translation>
        </message>
        <message>
            <source>« %1 » is not a département number (35, 2A, 974…).</source>
            <translation>« %1 » n’est pas un numéro de département (35, 2A, 974…).</translation>
        </message>
        <message>
            <source>« %1 » is not valid JSON after record %2 (%3).</source>
            <translation>« %1 » n’est pas du JSON valide après la fiche %2 (%3).</translation>
        </message>
        <message>
            <source>« %1 »: take the JSON or CSV files of the publication.</source>
            <translation>« %1 » : prenez les fichiers JSON ou CSV de la publication.</translation>
        </message>
        <message>
            <source>Give at least one département (35, 2A, 974…).</source>
            <translation>Donnez au moins un département (35, 2A, 974…).</translation>
        </message>
        <message>
            <source>%1 « %2 » cannot be read: left out.</source>
            <translation>%1 « %2 » est illisible : valeur laissée de côté.</translation>
        </message>
        <message>
            <source>The latitude</source>
            <translation>La latitude</translation>
        </message>
        <message>
            <source>The longitude</source>
            <translation>La longitude</translation>
        </message>
        <message>
            <source>The e-mail</source>
            <translation>Le courriel</translation>
        </message>
        <message>
            <source>The date</source>
            <translation>La date</translation>
        </message>
    </context>
    <context>
        <name>HoursEditor</name>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="32" />
            <source>Monday</source>
            <translation>Lundi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="33" />
            <source>Tuesday</source>
            <translation>Mardi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="34" />
            <source>Wednesday</source>
            <translation>Mercredi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="35" />
            <source>Thursday</source>
            <translation>Jeudi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="36" />
            <source>Friday</source>
            <translation>Vendredi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="37" />
            <source>Saturday</source>
            <translation>Samedi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="38" />
            <source>Sunday</source>
            <translation>Dimanche</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="61" />
            <source>Open on %1</source>
            <translation>Ouvert le %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="69" />
            <source>%1: opens at</source>
            <translation>%1 : ouvre à</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="70" />
            <source>%1: lunch break from</source>
            <translation>%1 : pause déjeuner de</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="71" />
            <source>%1: lunch break until</source>
            <translation>%1 : pause déjeuner jusqu'à</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="72" />
            <source>%1: closes at</source>
            <translation>%1 : ferme à</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="76" />
            <source>lunch break</source>
            <translation>pause déjeuner</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="79" />
            <source>%1: lunch break</source>
            <translation>%1 : pause déjeuner</translation>
        </message>
    </context>
    <context>
        <name>HoursEditorDialog</name>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="129" />
            <source>Opening hours</source>
            <translation>Horaires d'ouverture</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="134" />
            <source>Days and times</source>
            <translation>Jours et heures</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="137" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="138" />
            <source>Opens at</source>
            <translation>Ouvre à</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="139" />
            <source>Lunch break</source>
            <translation>Pause déjeuner</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="140" />
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="141" />
            <source>until</source>
            <translation>à</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="142" />
            <source>Closes at</source>
            <translation>Ferme à</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="165" />
            <location filename="../../ui/dialogs/hours_editor.py" line="167" />
            <source>Closed on public holidays</source>
            <translation>Fermé les jours fériés</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="169" />
            <source>Copy Monday to Tuesday–Friday</source>
            <translation>Copier le lundi du mardi au vendredi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="171" />
            <source>Copy Monday's hours to Tuesday to Friday</source>
            <translation>Copier les horaires du lundi du mardi au vendredi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="179" />
            <source>These hours say more than a weekly table can: change them in the text below.</source>
            <translation>Ces horaires disent plus qu'un tableau de semaine : modifiez-les dans le texte ci-dessous.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="187" />
            <source>OpenStreetMap text (for experts):</source>
            <translation>Texte OpenStreetMap (pour les experts) :</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="190" />
            <source>Opening hours as OpenStreetMap text</source>
            <translation>Horaires en texte OpenStreetMap</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/hours_editor.py" line="210" />
            <source>Save the hours</source>
            <translation>Enregistrer les horaires</translation>
        </message>
        <message>
            <source>No hours yet: tick the days in the table, or type them below.</source>
            <translation>Pas encore d'horaires : cochez les jours dans le tableau, ou tapez-les ci-dessous.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="41" />
            <source>Import a directory</source>
            <translation>Importer un annuaire</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="44" />
            <source>Reading %1…</source>
            <translation>Lecture de %1…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="50" />
            <source>Lines of the file</source>
            <translation>Lignes du fichier</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="52" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="52" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="52" />
            <source>Check</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="63" />
            <location filename="../../ui/dialogs/import_preview.py" line="65" />
            <source>Import only the valid lines</source>
            <translation>Importer seulement les lignes valides</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="71" />
            <source>Import progress</source>
            <translation>Avancement de l'import</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="76" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="79" />
            <source>Import the lines into the directory</source>
            <translation>Importer les lignes dans l'annuaire</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="111" />
            <source>%1 file « %2 »: %3 services ready to import, %4 lines with errors.</source>
            <translation>Fichier %1 « %2 » : %3 services prêts à importer, %4 lignes avec des erreurs.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="120" />
            <source>%1 of them come with a warning: their values are kept, see below.</source>
            <translation>%1 ont un avertissement : leurs valeurs sont gardées, voir ci-dessous.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="123" />
            <source>Correct the file, or import only the valid lines.</source>
            <translation>Corrigez le fichier, ou importez seulement les lignes valides.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="138" />
            <source>OK, with a warning: %1</source>
            <translation>OK, avec un avertissement : %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="142" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>%1 service ready to import</source>
            <translation>%1 service prêt à importer</translation>
        </message>
        <message>
            <source>%1 services ready to import</source>
            <translation>%1 services prêts à importer</translation>
        </message>
        <message>
            <source>%1 line with errors</source>
            <translation>%1 ligne avec des erreurs</translation>
        </message>
        <message>
            <source>%1 lines with errors</source>
            <translation>%1 lignes avec des erreurs</translation>
        </message>
        <message>
            <source>%1 file « %2 »: %3, %4.</source>
            <translation>Fichier %1 « %2 » : %3, %4.</translation>
        </message>
        <message>
            <source>%1 of them comes with a warning: its values are kept, see below.</source>
            <translation>%1 a un avertissement : ses valeurs sont gardées, voir ci-dessous.</translation>
        </message>
    </context>
    <context>
        <name>OrganizationFormDialog</name>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="91" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="51" />
            <source>Organisation</source>
            <translation>Structure</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="56" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="57" />
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="58" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="59" />
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="60" />
            <source>Town</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="61" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="62" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="63" />
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="76" />
            <location filename="../../ui/dialogs/organization_form.py" line="79" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="91" />
            <source>Save the organisation</source>
            <translation>Enregistrer la structure</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="94" />
            <source>Remove with its services</source>
            <translation>Retirer avec ses services</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="97" />
            <source>Remove this organisation and its services from the list</source>
            <translation>Retirer cette structure et ses services de la liste</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="126" />
            <location filename="../../ui/dialogs/organization_form.py" line="134" />
            <source>Remove the organisation</source>
            <translation>Retirer la structure</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/organization_form.py" line="127" />
            <source>Its services will no longer be offered. Past referrals keep them. Remove it?</source>
            <translation>Ses services ne seront plus proposés. Les orientations passées les gardent. La retirer ?</translation>
        </message>
    </context>
    <context>
        <name>ServiceFormDialog</name>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="77" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="130" />
            <source>New service</source>
            <translation>Nouveau service</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="130" />
            <location filename="../../ui/dialogs/service_form.py" line="254" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="148" />
            <source>Save the service</source>
            <translation>Enregistrer le service</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="165" />
            <source>Organisation</source>
            <translation>Structure</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="171" />
            <source>Choose or type the organisation</source>
            <translation>Choisissez ou tapez la structure</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="175" />
            <source>Organisation details…</source>
            <translation>Détails de la structure…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="177" />
            <source>Address, phone and SIRET of the organisation</source>
            <translation>Adresse, téléphone et SIRET de la structure</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="182" />
            <source>Name of the service</source>
            <translation>Nom du service</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="184" />
            <location filename="../../ui/dialogs/service_form.py" line="248" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="188" />
            <source>Type of service</source>
            <translation>Type de service</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="189" />
            <location filename="../../ui/dialogs/service_form.py" line="267" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="195" />
            <source>Find a theme</source>
            <translation>Trouver une thématique</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="196" />
            <source>Find a theme…</source>
            <translation>Trouver une thématique…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="199" />
            <location filename="../../ui/dialogs/service_form.py" line="250" />
            <source>Themes</source>
            <translation>Thématiques</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="216" />
            <source>Change the hours…</source>
            <translation>Modifier les horaires…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="218" />
            <source>Change the opening hours</source>
            <translation>Modifier les horaires</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="222" />
            <source>Details about the hours</source>
            <translation>Précisions sur les horaires</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="224" />
            <source>e.g. closed in August, by appointment</source>
            <translation>par ex. fermé en août, sur rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="231" />
            <source>Checked on</source>
            <translation>Vérifié le</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="231" />
            <source>Information checked</source>
            <translation>Informations vérifiées</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="234" />
            <source>Date of the last check</source>
            <translation>Date de la dernière vérification</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="244" />
            <source>&amp;Organisation</source>
            <translation>&amp;Structure</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="247" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="249" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="251" />
            <source>Hours</source>
            <translation>Horaires</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="252" />
            <source>Last check</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="260" />
            <location filename="../../ui/dialogs/service_form.py" line="301" />
            <source>Publics</source>
            <translation>Publics</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="264" />
            <location filename="../../ui/dialogs/service_form.py" line="270" />
            <source>Details about the public</source>
            <translation>Précisions sur le public</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="266" />
            <location filename="../../ui/dialogs/service_form.py" line="303" />
            <source>Fees</source>
            <translation>Frais</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="272" />
            <location filename="../../ui/dialogs/service_form.py" line="274" />
            <source>Details about the fees</source>
            <translation>Précisions sur les frais</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="276" />
            <source>Access conditions</source>
            <translation>Conditions d'accès</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="281" />
            <source>Documents to bring, one per line</source>
            <translation>Documents à apporter, un par ligne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="288" />
            <location filename="../../ui/dialogs/service_form.py" line="291" />
            <source>Details about how to get in touch</source>
            <translation>Précisions pour prendre contact</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="293" />
            <source>Languages spoken</source>
            <translation>Langues parlées</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="294" />
            <source>e.g. français, anglais, arabe</source>
            <translation>par ex. français, anglais, arabe</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="296" />
            <source>Wheelchair access</source>
            <translation>Accès en fauteuil roulant</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="298" />
            <source>Not known</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="299" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="300" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="305" />
            <source>Conditions</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="306" />
            <source>To bring</source>
            <translation>À apporter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="307" />
            <source>Welcome</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="308" />
            <source>Get in touch</source>
            <translation>Prise de contact</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="310" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="311" />
            <source>Wheelchair</source>
            <translation>Fauteuil roulant</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="312" />
            <source>Public and access</source>
            <translation>Public et accès</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="317" />
            <location filename="../../ui/dialogs/service_form.py" line="327" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="318" />
            <location filename="../../ui/dialogs/service_form.py" line="328" />
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="320" />
            <location filename="../../ui/dialogs/service_form.py" line="329" />
            <source>Town</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="321" />
            <location filename="../../ui/dialogs/service_form.py" line="330" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="322" />
            <location filename="../../ui/dialogs/service_form.py" line="331" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="323" />
            <location filename="../../ui/dialogs/service_form.py" line="332" />
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="324" />
            <location filename="../../ui/dialogs/service_form.py" line="333" />
            <source>Contact person</source>
            <translation>Personne à contacter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="325" />
            <location filename="../../ui/dialogs/service_form.py" line="334" />
            <source>Latitude</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="326" />
            <location filename="../../ui/dialogs/service_form.py" line="335" />
            <source>Longitude</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="337" />
            <source>Place and contact</source>
            <translation>Lieu et contact</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="458" />
            <source>Chosen: %1</source>
            <translation>Choisies : %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="460" />
            <source>No theme chosen yet.</source>
            <translation>Aucune thématique choisie pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/service_form.py" line="477" />
            <source>Please choose or type the organisation.</source>
            <translation>Choisissez ou tapez la structure.</translation>
        </message>
        <message>
            <source>Note of this place</source>
            <translation>Note du lieu</translation>
        </message>
        <message>
            <source>e.g. call Mrs X first (kept by every directory update)</source>
            <translation>ex. : appeler Mme X avant (gardée à chaque mise à jour de l’annuaire)</translation>
        </message>
        <message>
            <source>Our note</source>
            <translation>Notre note</translation>
        </message>
    </context>
    <context>
        <name>ServiceTableModel</name>
        <message>
            <location filename="../../ui/widgets/service_table.py" line="28" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/service_table.py" line="29" />
            <source>Organisation</source>
            <translation>Structure</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/service_table.py" line="30" />
            <source>Town</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/service_table.py" line="31" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/service_table.py" line="32" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/service_table.py" line="33" />
            <source>Checked on</source>
            <translation>Vérifié le</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/service_table.py" line="35" />
            <source>to be checked</source>
            <translation>à vérifier</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/service_table.py" line="78" />
            <source>Last checked on %1</source>
            <translation>Dernière vérification le %1</translation>
        </message>
    </context>
    <context>
        <name>NationalUpdateDialog</name>
        <message>
            <source>&amp;Update</source>
            <translation>&amp;Mettre à jour</translation>
        </message>
        <message>
            <source>(and the services whose zone covers them)</source>
            <translation>(et les services dont la zone les couvre)</translation>
        </message>
        <message>
            <source>Cancelled: the directory is as it was.</source>
            <translation>Annulé : l’annuaire est resté comme avant.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Choose a f&amp;older…</source>
            <translation>Choisir un &amp;dossier…</translation>
        </message>
        <message>
            <source>Choose the two &amp;files…</source>
            <translation>Choisir les deux &amp;fichiers…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Départements: %1</source>
            <translation>Départements : %1</translation>
        </message>
        <message>
            <source>Départements: …</source>
            <translation>Départements : …</translation>
        </message>
        <message>
            <source>No département chosen: choose them in Settings › Directory.</source>
            <translation>Aucun département choisi : choisissez-les dans Réglages › Annuaire.</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>Aucun fichier choisi.</translation>
        </message>
        <message>
            <source>Reading the files…</source>
            <translation>Lecture des fichiers…</translation>
        </message>
        <message>
            <source>The folder of the two files</source>
            <translation>Le dossier des deux fichiers</translation>
        </message>
        <message>
            <source>The two files of data·inclusion</source>
            <translation>Les deux fichiers de data·inclusion</translation>
        </message>
        <message>
            <source>Update from data·inclusion</source>
            <translation>Mettre à jour depuis data·inclusion</translation>
        </message>
        <message>
            <source>Update progress</source>
            <translation>Avancement de la mise à jour</translation>
        </message>
        <message>
            <source>data·inclusion files (*.json *.csv *.zip);;All files (*)</source>
            <translation>Fichiers data·inclusion (*.json *.csv *.zip);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>data·inclusion publishes every week the services of the whole country: take its two files (services and structures, JSON or CSV), or the folder or zip holding them. Only the services of your départements are kept; a service edited here is kept as it is, a service gone from the files is deactivated.</source>
            <translation>data·inclusion publie chaque semaine les services de tout le pays : prenez ses deux fichiers (services et structures, JSON ou CSV), ou le dossier ou le zip qui les contient. Seuls les services de vos départements sont gardés ; un service modifié ici reste tel quel, un service disparu des fichiers est désactivé.</translation>
        </message>
    </context>
    <context>
        <name>TerritoryPanel</name>
        <message>
            <source>&amp;Départements:</source>
            <translation>&amp;Départements :</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Also the services whose eligibility zone covers them</source>
            <translation>Aussi les services dont la zone d’éligibilité les couvre</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Annuaire</translation>
        </message>
        <message>
            <source>Départements</source>
            <translation>Départements</translation>
        </message>
        <message>
            <source>The départements are saved.</source>
            <translation>Les départements sont enregistrés.</translation>
        </message>
        <message>
            <source>The update from data·inclusion keeps the services of these départements (numbers separated by commas: 35, 56).</source>
            <translation>La mise à jour depuis data·inclusion garde les services de ces départements (numéros séparés par des virgules : 35, 56).</translation>
        </message>
    </context>
</TS>
