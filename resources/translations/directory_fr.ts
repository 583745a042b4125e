<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnnuairePage</name>
    <message>
        <location filename="../../ui/pages/annuaire.py" line="20" />
        <source>The local partner services will be listed here.</source>
        <translation>Les services partenaires du territoire s'afficheront ici.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/annuaire.py" line="21" />
        <source>Add a service or import a directory to start.</source>
        <translation>Ajoutez un service ou importez un annuaire pour commencer.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../app/opening_hours.py" line="69" />
        <source>a time like 08:30 is expected here</source>
        <translation>une heure comme 08:30 est attendue ici</translation>
    </message>
    <message>
        <location filename="../../app/opening_hours.py" line="71" />
        <source>a day like Mo, Tu, We, Th, Fr, Sa or Su is expected here</source>
        <translation>un jour comme Mo, Tu, We, Th, Fr, Sa ou Su est attendu ici (lundi = Mo)</translation>
    </message>
    <message>
        <location filename="../../app/opening_hours.py" line="73" />
        <source>a time range like 09:00-12:00 is expected here</source>
        <translation>une plage comme 09:00-12:00 est attendue ici</translation>
    </message>
    <message>
        <location filename="../../app/opening_hours.py" line="74" />
        <source>this part is not understood</source>
        <translation>ce passage n'est pas compris</translation>
    </message>
    <message>
        <location filename="../../app/opening_hours.py" line="87" />
        <source>The opening hours are too long (1000 characters at most).</source>
        <translation>Les horaires sont trop longs (1000 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../app/opening_hours.py" line="95" />
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <location filename="../../app/opening_hours.py" line="97" />
        <source>Opening hours not understood at character %1 (near « %2 »): %3. Example: %4</source>
        <translation>Horaires non compris au caractère %1 (près de « %2 ») : %3. Exemple : %4</translation>
    </message>
    <message>
        <location filename="../../app/importers/common.py" line="109" />
        <source>This file cannot be read as a directory (%1).</source>
        <translation>Ce fichier ne peut pas être lu comme un annuaire (%1).</translation>
    </message>
    <message>
        <location filename="../../app/importers/common.py" line="118" />
        <source>This file is too big for a directory (50 MB at most).</source>
        <translation>Ce fichier est trop gros pour un annuaire (50 Mo au plus).</translation>
    </message>
    <message>
        <location filename="../../app/importers/csv_template.py" line="90" />
        <source>This file is not a text (CSV) file.</source>
        <translation>Ce fichier n'est pas un fichier texte (CSV).</translation>
    </message>
    <message>
        <location filename="../../app/importers/csv_template.py" line="96" />
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../app/importers/csv_template.py" line="101" />
        <source>The columns « %1 » are missing: start from the template file.</source>
        <translation>Il manque les colonnes « %1 » : partez du fichier modèle.</translation>
    </message>
    <message>
        <location filename="../../app/importers/csv_template.py" line="113" />
        <source>The file cannot be read as CSV near line %1 (%2).</source>
        <translation>Le fichier ne peut pas être lu comme un CSV vers la ligne %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/importers/csv_template.py" line="142" />
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
        <location filename="../../app/importers/datainclusion.py" line="58" />
        <source>This file has no list of « services »: is it a data·inclusion file?</source>
        <translation>Ce fichier n'a pas de liste « services » : est-ce bien un fichier data·inclusion ?</translation>
    </message>
    <message>
        <location filename="../../app/importers/datainclusion.py" line="76" />
        <source>This entry is not a service.</source>
        <translation>Cet élément n'est pas un service.</translation>
    </message>
    <message>
        <location filename="../../app/importers/datainclusion.py" line="82" />
        <source>The structure « %1 » of this service is not in the file.</source>
        <translation>La structure « %1 » de ce service n'est pas dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../app/importers/datainclusion.py" line="132" />
        <location filename="../../app/importers/hsds.py" line="169" />
        <source>This service has no « id ».</source>
        <translation>Ce service n'a pas d'identifiant (« id »).</translation>
    </message>
    <message>
        <location filename="../../app/importers/hsds.py" line="36" />
        <source>This zip file is too big once unpacked.</source>
        <translation>Ce fichier zip est trop gros une fois décompressé.</translation>
    </message>
    <message>
        <location filename="../../app/importers/hsds.py" line="39" />
        <source>This zip file is not an HSDS package: « datapackage.json » is missing.</source>
        <translation>Ce fichier zip n'est pas un paquet HSDS : « datapackage.json » manque.</translation>
    </message>
    <message>
        <location filename="../../app/importers/hsds.py" line="46" />
        <source>This HSDS package has no « service.csv » file.</source>
        <translation>Ce paquet HSDS n'a pas de fichier « service.csv ».</translation>
    </message>
    <message>
        <location filename="../../app/importers/hsds.py" line="56" />
        <source>This zip file is damaged (%1).</source>
        <translation>Ce fichier zip est abîmé (%1).</translation>
    </message>
    <message>
        <location filename="../../app/importers/hsds.py" line="60" />
        <source>The « datapackage.json » file of this package is not valid.</source>
        <translation>Le fichier « datapackage.json » de ce paquet n'est pas valide.</translation>
    </message>
    <message>
        <location filename="../../app/importers/hsds.py" line="72" />
        <source>A file of this package is not a CSV file.</source>
        <translation>Un fichier de ce paquet n'est pas un fichier CSV.</translation>
    </message>
    <message>
        <location filename="../../app/importers/hsds.py" line="83" />
        <source>A file of this package cannot be read as CSV (%1).</source>
        <translation>Un fichier de ce paquet ne peut pas être lu comme un CSV (%1).</translation>
    </message>
    <message>
        <location filename="../../app/importers/hsds.py" line="177" />
        <source>The organisation « %1 » of this service is not in the package.</source>
        <translation>La structure « %1 » de ce service n'est pas dans le paquet.</translation>
    </message>
    <message>
        <location filename="../../app/importers/hsds.py" line="187" />
        <source>This service is marked inactive in the file.</source>
        <translation>Ce service est indiqué comme inactif dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory.py" line="73" />
        <source>This organisation no longer exists.</source>
        <translation>Cette structure n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory.py" line="94" />
        <location filename="../../app/services/directory.py" line="126" />
        <location filename="../../app/services/directory.py" line="142" />
        <location filename="../../app/services/directory.py" line="158" />
        <location filename="../../app/services/directory.py" line="180" />
        <source>This service no longer exists.</source>
        <translation>Ce service n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory.py" line="183" />
        <source>Please give the first and the last day of the closure.</source>
        <translation>Indiquez le premier et le dernier jour de la fermeture.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory.py" line="187" />
        <source>The last day of the closure comes before the first one.</source>
        <translation>Le dernier jour de la fermeture est avant le premier.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory.py" line="191" />
        <source>The reason is too long (300 characters at most).</source>
        <translation>Le motif est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_import.py" line="41" />
        <source>The file « %1 » cannot be found.</source>
        <translation>Le fichier « %1 » est introuvable.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_import.py" line="77" />
        <source>%1 lines have errors: correct the file, or import only the valid lines.</source>
        <translation>%1 lignes ont des erreurs : corrigez le fichier, ou importez seulement les lignes valides.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_import.py" line="84" />
        <source>There is nothing to import.</source>
        <translation>Il n'y a rien à importer.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="82" />
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="83" />
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="84" />
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="85" />
        <source>town</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="86" />
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="87" />
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="88" />
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="89" />
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="90" />
        <source>type of service</source>
        <translation>type de service</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="91" />
        <source>fees</source>
        <translation>frais</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="92" />
        <source>themes</source>
        <translation>thématiques</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="93" />
        <source>publics</source>
        <translation>publics</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="94" />
        <source>ways of welcoming</source>
        <translation>modes d'accueil</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="95" />
        <source>ways to get in touch</source>
        <translation>modes de mobilisation</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="96" />
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="97" />
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="98" />
        <source>last verified date</source>
        <translation>date de vérification</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="99" />
        <source>opening hours</source>
        <translation>horaires</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="110" />
        <source>%1: too long (%2 characters at most).</source>
        <translation>%1 : trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="180" />
        <source>%1: « %2 » is not a valid number.</source>
        <translation>%1 : « %2 » n'est pas un nombre valide.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="120" />
        <source>The e-mail « %1 » does not look right.</source>
        <translation>Le courriel « %1 » ne semble pas correct.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="130" />
        <source>The website « %1 » does not look right.</source>
        <translation>Le site web « %1 » ne semble pas correct.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="138" />
        <source>The postal code « %1 » must have 5 digits.</source>
        <translation>Le code postal « %1 » doit avoir 5 chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="154" />
        <location filename="../../app/services/directory_values.py" line="255" />
        <location filename="../../app/services/directory_values.py" line="262" />
        <source>Unknown code « %1 » in %2.</source>
        <translation>Code inconnu « %1 » dans %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="204" />
        <source>The date « %1 » is not understood (expected 31/03/2025).</source>
        <translation>La date « %1 » n'est pas comprise (attendu : 31/03/2025).</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="220" />
        <source>Wheelchair access must be « oui », « non » or empty.</source>
        <translation>L'accès fauteuil roulant doit être « oui », « non » ou vide.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="226" />
        <source>Please type the name of the organisation.</source>
        <translation>Tapez le nom de la structure.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="230" />
        <source>The SIRET « %1 » must have 14 digits.</source>
        <translation>Le SIRET « %1 » doit avoir 14 chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="248" />
        <source>Please type the name of the service.</source>
        <translation>Tapez le nom du service.</translation>
    </message>
    <message>
        <location filename="../../app/services/directory_values.py" line="270" />
        <source>Opening hours: %1</source>
        <translation>Horaires : %1</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/pages/annuaire.py" line="27" />
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
</context>
</TS>