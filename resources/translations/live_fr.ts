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
            <translation>Un autre poste a enregistré %1 pendant que vous la modifiiez : votre modification n'a pas été enregistrée.</translation>
        </message>
        <message>
            <source>It now differs from yours on: %1.</source>
            <translation>Elle diffère maintenant de la vôtre sur : %1.</translation>
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
</TS>
