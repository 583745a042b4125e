<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Database</name>
        <message>
            <location filename="../../app/db/__init__.py" line="164" />
            <source>Another desk saved the same thing a moment ago: your change was not saved. Reload to see the current values, then make your change again.</source>
            <translation>Un autre poste a enregistré la même chose à l'instant : votre modification n'a pas été enregistrée. Rechargez pour voir les valeurs actuelles, puis refaites votre modification.</translation>
        </message>
    </context>
    <context>
        <name>EditConflict</name>
        <message>
            <source>Changed at another desk</source>
            <translation>Modifié à un autre poste</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Reload the current values</source>
            <translation>Recharger les valeurs actuelles</translation>
        </message>
    </context>
    <context>
        <name>EditConflicts</name>
        <message>
            <source>Another desk saved %1 while you were changing it: your change was not saved.</source>
            <translation>Un autre poste a enregistré %1 pendant que vous travailliez dessus : votre modification n'a pas été enregistrée.</translation>
        </message>
        <message>
            <source>It now differs from yours on: %1.</source>
            <translation>Ce qui diffère maintenant de votre version : %1.</translation>
        </message>
        <message>
            <source>Reload to see the current values, then make your change again.</source>
            <translation>Rechargez pour voir les valeurs actuelles, puis refaites votre modification.</translation>
        </message>
        <message>
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <source>access conditions</source>
            <translation>conditions d'accès</translation>
        </message>
        <message>
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <source>birth year</source>
            <translation>année de naissance</translation>
        </message>
        <message>
            <source>commune</source>
            <translation>commune</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>fees</source>
            <translation>frais</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>prénom</translation>
        </message>
        <message>
            <source>language</source>
            <translation>langue</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>nom de famille</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>opening hours</source>
            <translation>horaires</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>code postal</translation>
        </message>
        <message>
            <source>privacy notice</source>
            <translation>information RGPD</translation>
        </message>
        <message>
            <source>publics</source>
            <translation>publics</translation>
        </message>
        <message>
            <source>situation</source>
            <translation>situation</translation>
        </message>
        <message>
            <source>the same thing</source>
            <translation>la même chose</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>thématiques</translation>
        </message>
        <message>
            <source>this organisation</source>
            <translation>cette structure</translation>
        </message>
        <message>
            <source>this person file</source>
            <translation>cette fiche</translation>
        </message>
        <message>
            <source>this referral</source>
            <translation>cette orientation</translation>
        </message>
        <message>
            <source>this service</source>
            <translation>ce service</translation>
        </message>
        <message>
            <source>this setting</source>
            <translation>ce réglage</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>website</source>
            <translation>site web</translation>
        </message>
    </context>
    <context>
        <name>MergedFiles</name>
        <message>
            <source>At another desk, this file was merged with %1: your change was not saved. Open the kept file to make it there.</source>
            <translation>À un autre poste, cette fiche a été fusionnée avec %1 : votre modification n'a pas été enregistrée. Ouvrez la fiche gardée pour la refaire.</translation>
        </message>
    </context>
    <context>
        <name>PersonFileView</name>
        <message>
            <source>This file was merged with %1; here is the kept file.</source>
            <translation>Cette fiche a été fusionnée avec %1 ; voici la fiche gardée.</translation>
        </message>
    </context>
    <context>
        <name>PersonFormDialog</name>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>File merged at another desk</source>
            <translation>Fiche fusionnée à un autre poste</translation>
        </message>
        <message>
            <source>Open the kept file</source>
            <translation>Ouvrir la fiche gardée</translation>
        </message>
    </context>
    <context>
        <name>SettingsConflicts</name>
        <message>
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>couleur</translation>
        </message>
        <message>
            <source>commune</source>
            <translation>commune</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>kind of place</source>
            <translation>type de lieu</translation>
        </message>
        <message>
            <source>logo</source>
            <translation>logo</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>code postal</translation>
        </message>
        <message>
            <source>shown at the till</source>
            <translation>affiché à la caisse</translation>
        </message>
        <message>
            <source>symbol</source>
            <translation>symbole</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <source>the details of the place</source>
            <translation>la fiche du lieu</translation>
        </message>
        <message>
            <source>this till button</source>
            <translation>ce bouton de la caisse</translation>
        </message>
        <message>
            <source>usual channel</source>
            <translation>canal habituel</translation>
        </message>
    </context>
</TS>
