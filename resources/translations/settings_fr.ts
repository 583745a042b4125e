<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>PersonFileView</name>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="102" />
            <source>E&amp;xport the file…</source>
            <translation>E&amp;xporter le dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="103" />
            <source>Erase the &amp;file…</source>
            <translation>Effa&amp;cer le dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="104" />
            <source>Right of access: the file as JSON and PDF</source>
            <translation>Droit d'accès : le dossier en JSON et en PDF</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="105" />
            <source>Right to erasure: the visits stay, anonymous</source>
            <translation>Droit à l'effacement : les passages restent, sans nom</translation>
        </message>
    </context>
    <context>
        <name>ReglagesPage</name>
        <message>
            <location filename="../../ui/pages/reglages.py" line="35" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reglages.py" line="36" />
            <source>Till</source>
            <translation>Caisse</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Annuaire</translation>
        </message>
    </context>
    <context>
        <name>SitePanel</name>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="45" />
            <location filename="../../ui/widgets/site_panel.py" line="212" />
            <location filename="../../ui/widgets/site_panel.py" line="215" />
            <source>The place</source>
            <translation>Le lieu</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="47" />
            <source>Name of the place</source>
            <translation>Nom du lieu</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="48" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="49" />
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="51" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="52" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="53" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="54" />
            <source>contact@example.fr</source>
            <translation>contact@exemple.fr</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="57" />
            <source>Usual contact channel</source>
            <translation>Canal de contact habituel</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="63" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="64" />
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="65" />
            <source>&amp;Postal code and commune:</source>
            <translation>Code &amp;postal et commune :</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="66" />
            <source>P&amp;hone:</source>
            <translation>Téléph&amp;one :</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="67" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail :</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="69" />
            <source>Usual &amp;channel:</source>
            <translation>Canal &amp;habituel :</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="71" />
            <source>Chosen first in the visit form.</source>
            <translation>Proposé d'abord dans la fiche de passage.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="77" />
            <source>Logo on the printed sheets</source>
            <translation>Logo sur les fiches imprimées</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="81" />
            <location filename="../../ui/widgets/site_panel.py" line="228" />
            <location filename="../../ui/widgets/site_panel.py" line="253" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="86" />
            <source>Choose a &amp;logo…</source>
            <translation>Choisir un &amp;logo…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="88" />
            <source>&amp;Remove the logo</source>
            <translation>&amp;Retirer le logo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="90" />
            <source>A PNG or JPEG picture of 1 MB at most.</source>
            <translation>Une image PNG ou JPEG de 1 Mo au plus.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="101" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="105" />
            <source>Interface language</source>
            <translation>Langue de l'interface</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="109" />
            <source>&amp;Interface language:</source>
            <translation>Langue de l'&amp;interface :</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="112" />
            <source>The new language applies at the next start.</source>
            <translation>La nouvelle langue s'appliquera au prochain démarrage.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="118" />
            <source>&amp;Save</source>
            <translation>Enre&amp;gistrer</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="188" />
            <source>No logo</source>
            <translation>Pas de logo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="215" />
            <source>The details of the place are saved.</source>
            <translation>Les informations du lieu sont enregistrées.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="219" />
            <source>Choose a logo</source>
            <translation>Choisir un logo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="219" />
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="239" />
            <source>The file “%1” cannot be read.</source>
            <translation>Le fichier « %1 » ne peut pas être lu.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_panel.py" line="244" />
            <source>This picture cannot be read: please choose another PNG or JPEG file.</source>
            <translation>Cette image est illisible : choisissez un autre fichier PNG ou JPEG.</translation>
        </message>
        <message>
            <source>Kind of place</source>
            <translation>Type de lieu</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>A recyclerie opens on the Till page.</source>
            <translation>Pour une recyclerie, Aiguillage s'ouvre sur la page Caisse.</translation>
        </message>
    </context>
    <context>
        <name>Sites</name>
        <message>
            <source>Please choose the usual contact channel from the list.</source>
            <translation>Choisissez le canal de contact habituel dans la liste.</translation>
        </message>
        <message>
            <source>Please remove the invisible characters from the text.</source>
            <translation>Retirez les caractères invisibles du texte.</translation>
        </message>
        <message>
            <source>The address is too long (300 characters at most).</source>
            <translation>L'adresse est trop longue (300 caractères au plus).</translation>
        </message>
        <message>
            <source>The commune name is too long (120 characters at most).</source>
            <translation>Le nom de la commune est trop long (120 caractères au plus).</translation>
        </message>
        <message>
            <source>The e-mail address is too long.</source>
            <translation>L'adresse e-mail est trop longue.</translation>
        </message>
        <message>
            <source>The e-mail address looks wrong (name@example.fr).</source>
            <translation>L'adresse e-mail semble incorrecte (nom@exemple.fr).</translation>
        </message>
        <message>
            <source>The logo is too big: please choose a picture of 1 MB at most.</source>
            <translation>Le logo est trop lourd : choisissez une image de 1 Mo au plus.</translation>
        </message>
        <message>
            <source>The phone number is too long.</source>
            <translation>Le numéro de téléphone est trop long.</translation>
        </message>
        <message>
            <source>The phone number may only have digits, spaces and +.</source>
            <translation>Le téléphone ne doit contenir que des chiffres, des espaces et +.</translation>
        </message>
        <message>
            <source>The postal code has 5 digits.</source>
            <translation>Le code postal a 5 chiffres.</translation>
        </message>
        <message>
            <source>This file is not a picture: please choose a PNG or JPEG file.</source>
            <translation>Ce fichier n'est pas une image : choisissez un fichier PNG ou JPEG.</translation>
        </message>
        <message>
            <source>This place cannot be found any more.</source>
            <translation>Ce lieu est introuvable.</translation>
        </message>
    </context>
</TS>
