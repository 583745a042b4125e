<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Referrals</name>
    <message>
        <location filename="../../app/services/referrals.py" line="106" />
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="107" />
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="108" />
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="109" />
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="110" />
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="111" />
        <source>Unsuccessful</source>
        <translation>Non aboutie</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="112" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="113" />
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="120" />
        <source>Person cannot be reached</source>
        <translation>Personne non joignable</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="121" />
        <source>Did not come</source>
        <translation>Absente au rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="122" />
        <source>Now in work</source>
        <translation>En emploi</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="123" />
        <source>Now in training</source>
        <translation>En formation</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="124" />
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="125" />
        <source>Cannot travel</source>
        <translation>Non mobile</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="126" />
        <source>Not interested</source>
        <translation>Non intéressée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="127" />
        <source>Other barriers (childcare, health…)</source>
        <translation>Freins périphériques (garde d'enfants, santé…)</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="128" />
        <source>Session full</source>
        <translation>Session complète</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="129" />
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="130" />
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="137" />
        <source>Sheet handed over</source>
        <translation>Fiche remise</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="138" />
        <source>Partner phoned</source>
        <translation>Partenaire appelé</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="139" />
        <source>Partner e-mailed</source>
        <translation>Partenaire prévenu par e-mail</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="172" />
        <source>Unknown theme: %1.</source>
        <translation>Thème inconnu : %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="182" />
        <source>Intended for: %1</source>
        <translation>Réservé à : %1</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="256" />
        <source>Opening hours not given</source>
        <translation>Horaires non renseignés</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="304" />
        <source>The %1 is too long (600 characters at most).</source>
        <translation>Le texte « %1 » est trop long (600 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="330" />
        <source>Please choose at least one service.</source>
        <translation>Choisissez au moins un service.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="332" />
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="334" />
        <source>Please choose how the partner is reached.</source>
        <translation>Choisissez comment le partenaire est prévenu.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="336" />
        <source>This sheet language is not available.</source>
        <translation>Cette langue de fiche n'est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="341" />
        <location filename="../../app/services/referrals.py" line="446" />
        <source>The follow-up date cannot be in the past.</source>
        <translation>La date de relance ne peut pas être passée.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="345" />
        <source>This person's file no longer exists.</source>
        <translation>Le dossier de cette personne n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="349" />
        <source>This visit no longer exists.</source>
        <translation>Ce passage n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="356" />
        <source>A chosen service is no longer in the directory.</source>
        <translation>Un service choisi n'est plus dans l'annuaire.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="387" />
        <source>This referral no longer exists.</source>
        <translation>Cette orientation n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="408" />
        <source>Unknown status.</source>
        <translation>Statut inconnu.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="412" />
        <source>A referral that is « %1 » cannot become « %2 ».</source>
        <translation>Une orientation « %1 » ne peut pas devenir « %2 ».</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="419" />
        <source>Please choose a reason.</source>
        <translation>Choisissez un motif.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="422" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="463" />
        <source>No news for %1 days.</source>
        <translation>Sans nouvelles depuis %1 jours.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="494" />
        <source>Sheet printed.</source>
        <translation>Fiche imprimée.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="573" />
        <source>(anonymised)</source>
        <translation>(anonymisé)</translation>
    </message>
</context>
<context>
    <name>SheetCommand</name>
    <message>
        <location filename="../../app/commands/sheet.py" line="17" />
        <source>write the orientation sheet of a referral to PDF</source>
        <translation>écrire la fiche d'orientation d'une orientation en PDF</translation>
    </message>
    <message>
        <location filename="../../app/commands/sheet.py" line="25" />
        <source>referral id (repeat for several services on one sheet)</source>
        <translation>identifiant de l'orientation (à répéter pour plusieurs services sur une fiche)</translation>
    </message>
    <message>
        <location filename="../../app/commands/sheet.py" line="32" />
        <source>paper: A4, or an 80 mm receipt</source>
        <translation>papier : A4, ou ticket de 80 mm</translation>
    </message>
    <message>
        <location filename="../../app/commands/sheet.py" line="39" />
        <source>sheet language (default: the referral's)</source>
        <translation>langue de la fiche (par défaut : celle de l'orientation)</translation>
    </message>
    <message>
        <location filename="../../app/commands/sheet.py" line="51" />
        <source>“%1” is not a referral id.</source>
        <translation>« %1 » n'est pas un identifiant d'orientation.</translation>
    </message>
    <message>
        <location filename="../../app/commands/sheet.py" line="64" />
        <source>There is no database at “%1”.</source>
        <translation>Il n'y a pas de base de données à « %1 ».</translation>
    </message>
    <message>
        <location filename="../../app/commands/sheet.py" line="79" />
        <source>The file “%1” cannot be written (%2).</source>
        <translation>Le fichier « %1 » ne peut pas être écrit (%2).</translation>
    </message>
    <message>
        <location filename="../../app/commands/sheet.py" line="83" />
        <source>Sheet written to %1</source>
        <translation>Fiche écrite dans %1</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <location filename="../../app/pdf/sheets.py" line="152" />
        <source>Please choose at least one referral.</source>
        <translation>Choisissez au moins une orientation.</translation>
    </message>
    <message>
        <location filename="../../app/pdf/sheets.py" line="155" />
        <source>This referral no longer exists.</source>
        <translation>Cette orientation n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/pdf/sheets.py" line="222" />
        <source>Unknown paper format: choose A4 or receipt.</source>
        <translation>Format de papier inconnu : choisissez A4 ou ticket.</translation>
    </message>
</context>
</TS>