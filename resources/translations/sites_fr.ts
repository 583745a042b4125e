<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AnnuairePage</name>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="453" />
            <source>%1 gone from the file, deactivated.</source>
            <translation>%1 disparus du fichier, désactivés.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="57" />
            <source>In this directory</source>
            <translation>Dans cet annuaire</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="170" />
            <source>Not in the file</source>
            <translation>Absent du fichier</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="182" />
            <source>In this directory: %1 new, %2 changed, %3 in conflict with a change made here (kept as they are here unless you tick them), %4 gone from the file (deactivated), %5 unchanged.</source>
            <translation>Dans cet annuaire : %1 nouveaux, %2 modifiés, %3 en conflit avec une modification faite ici (gardés tels qu’ici sauf si vous les cochez), %4 disparus du fichier (désactivés), %5 inchangés.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="204" />
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="205" />
            <source>Changed: %1</source>
            <translation>Modifié : %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="206" />
            <source>Conflict, edited here: %1</source>
            <translation>Conflit, modifié ici : %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="207" />
            <source>Gone from the file: deactivate</source>
            <translation>Disparu du fichier : désactiver</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_preview.py" line="209" />
            <source>Unchanged</source>
            <translation>Inchangé</translation>
        </message>
    </context>
    <context>
        <name>SiteReportsBar</name>
        <message>
            <source>Choose « A month » or « A year »: packages are made month by month.</source>
            <translation>Choisissez « Un mois » ou « Une année » : les paquets se font mois par mois.</translation>
        </message>
        <message>
            <source>Not counted, key not accepted yet: %1.</source>
            <translation>Pas compté, clé pas encore acceptée : %1.</translation>
        </message>
        <message>
            <source>Fingerprint of this site's key, to read to the coordinator: %1.</source>
            <translation>Empreinte de la clé de ce site, à lire au coordinateur : %1.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_reports.py" line="22" />
            <source>Several sites:</source>
            <translation>Plusieurs sites :</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_reports.py" line="24" />
            <source>Statistics &amp;package of the month…</source>
            <translation>&amp;Paquet statistique du mois…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_reports.py" line="27" />
            <source>This site's figures of the month, signed, without any personal data</source>
            <translation>Les chiffres du mois de ce site, signés, sans aucune donnée personnelle</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_reports.py" line="30" />
            <source>Summary of several &amp;sites…</source>
            <translation>Synthèse de plusieurs &amp;sites…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_reports.py" line="33" />
            <source>Each site side by side with the total, from the packages the sites sent</source>
            <translation>Chaque site côte à côte avec le total, à partir des paquets envoyés par les sites</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_reports.py" line="54" />
            <location filename="../../ui/widgets/site_reports.py" line="59" />
            <location filename="../../ui/widgets/site_reports.py" line="87" />
            <source>Several sites</source>
            <translation>Plusieurs sites</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_reports.py" line="60" />
            <source>Choose « A month » as the period: packages are made month by month.</source>
            <translation>Choisissez « Un mois » comme période : les paquets se font mois par mois.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_reports.py" line="76" />
            <source>Save the statistics package</source>
            <translation>Enregistrer le paquet statistique</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_reports.py" line="78" />
            <source>Statistics packages (*.json)</source>
            <translation>Paquets statistiques (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_reports.py" line="90" />
            <source>Statistics package of %1 saved: %2. Send it by USB stick or e-mail.</source>
            <translation>Paquet statistique de %1 enregistré : %2. Envoyez-le par clé USB ou par e-mail.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_reports.py" line="101" />
            <source>Choose the statistics packages of the sites</source>
            <translation>Choisissez les paquets statistiques des sites</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_reports.py" line="102" />
            <source>Statistics packages (*.json);;All files (*)</source>
            <translation>Paquets statistiques (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/site_reports.py" line="120" />
            <source>Checking the packages and making the summary…</source>
            <translation>Vérification des paquets et préparation de la synthèse…</translation>
        </message>
    </context>
    <context>
        <name>Sites</name>
        <message>
            <source>a year, from the monthly packages of its months</source>
            <translation>une année, à partir des paquets mensuels de ses mois</translation>
        </message>
        <message>
            <source>The package “%1” of “%2” covers %3, outside the year %4: it is refused.</source>
            <translation>Le paquet « %1 » de « %2 » porte sur %3, hors de l’année %4 : il est refusé.</translation>
        </message>
        <message>
            <source>A year: each site's monthly packages added up (%1 packages). Different people are added up month by month (someone met in two months counts twice). A count hidden in a month's summary is hidden in the year too.</source>
            <translation>Une année : les paquets mensuels de chaque site additionnés (%1 paquets). Les personnes différentes sont additionnées mois par mois (une personne reçue deux mois compte deux fois). Un nombre caché dans la synthèse d’un mois est caché dans l’année aussi.</translation>
        </message>
        <message>
            <source>Fingerprint of this site's key, to read to the coordinator: %1</source>
            <translation>Empreinte de la clé de ce site, à lire au coordinateur : %1</translation>
        </message>
        <message>
            <source>replace the key accepted for a site by this one (its database was replaced)</source>
            <translation>remplacer la clé acceptée pour un site par celle-ci (sa base a été remplacée)</translation>
        </message>
        <message>
            <source>list the sites whose key is accepted here</source>
            <translation>lister les sites dont la clé est acceptée ici</translation>
        </message>
        <message>
            <source>forget a site's accepted key (its next key must be accepted again)</source>
            <translation>oublier la clé acceptée d’un site (sa prochaine clé devra être acceptée)</translation>
        </message>
        <message>
            <source>accept a new site's key, after comparing its fingerprint with the site</source>
            <translation>accepter la clé d’un nouveau site, après avoir comparé son empreinte avec le site</translation>
        </message>
        <message>
            <source>The site's key is forgotten: its next key must be accepted again.</source>
            <translation>La clé du site est oubliée : sa prochaine clé devra être acceptée à nouveau.</translation>
        </message>
        <message>
            <source>The package of “%1” is signed with the key %2, but the key accepted for “%1” is %3: it is refused. Call that site and compare the fingerprints; if its database was replaced, replace its key (« Remplacer la clé », or --remplacer-cle "%2").</source>
            <translation>Le paquet de « %1 » est signé avec la clé %2, mais la clé acceptée pour « %1 » est %3 : il est refusé. Appelez ce site et comparez les empreintes ; si sa base a été remplacée, remplacez sa clé (« Remplacer la clé », ou --remplacer-cle "%2").</translation>
        </message>
        <message>
            <source>The package of “%1” is set aside: its key %2 is not accepted yet. Call the site, compare the fingerprint, then accept it (--accepter-cle "%2").</source>
            <translation>Le paquet de « %1 » est mis de côté : sa clé %2 n’est pas encore acceptée. Appelez le site, comparez l’empreinte, puis acceptez-la (--accepter-cle "%2").</translation>
        </message>
        <message>
            <source>The fingerprint identifies the key that signed each package: read it to the site on the phone to be sure of it. A package whose key is not accepted yet is not counted.</source>
            <translation>L’empreinte identifie la clé qui a signé chaque paquet : lisez-la au site par téléphone pour en être sûr. Un paquet dont la clé n’est pas encore acceptée n’est pas compté.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Set aside: key not accepted yet</source>
            <translation>Mis de côté : clé pas encore acceptée</translation>
        </message>
        <message>
            <source>No site key is accepted yet: each is accepted at a consolidation (--accepter-cle).</source>
            <translation>Aucune clé de site n’est encore acceptée : chacune s’accepte à une consolidation (--accepter-cle).</translation>
        </message>
        <message>
            <source>No package given is signed with the key %1.</source>
            <translation>Aucun paquet donné n’est signé avec la clé %1.</translation>
        </message>
        <message>
            <source>No package can be counted yet: the key of each of these sites is still to be accepted. Compare its fingerprint with the site, then accept it.</source>
            <translation>Aucun paquet ne peut encore être compté : la clé de chacun de ces sites reste à accepter. Comparez son empreinte avec le site, puis acceptez-la.</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <location filename="../../app/reports/consolidated.py" line="1" />
            <source>Consolidation: each site computed its own figures with the same definitions and sent them in a signed package (counts only, no personal data). At one site, 1 or 2 for a theme, partner, status, channel or outcome is not shown (« s »), nor any count or total that would give it back by subtraction. Statuses are those of the day each site made its package.</source>
            <translation>Consolidation : chaque site a calculé ses propres chiffres avec les mêmes définitions et les a envoyés dans un paquet signé (des nombres seulement, aucune donnée personnelle). Sur un site, 1 ou 2 pour un thème, un partenaire, un statut, un canal ou une suite n’est pas affiché (« s »), ni aucun nombre ou total qui permettrait de le retrouver par soustraction. Les statuts sont ceux du jour où chaque site a fait son paquet.</translation>
        </message>
        <message>
            <location filename="../../app/reports/consolidated.py" line="1" />
            <source>Unique people are added up site by site (someone met at two sites counts twice). A median cannot be added up: the total has none.</source>
            <translation>Les personnes différentes sont additionnées site par site (une personne reçue sur deux sites compte deux fois). Une médiane ne s’additionne pas : le total n’en a pas.</translation>
        </message>
        <message>
            <location filename="../../app/reports/consolidated.py" line="1" />
            <source>« s »: not shown so that nobody can be recognised: 1 or 2 at that site, or another count hidden with it so that it cannot be found back by subtraction.</source>
            <translation>« s » : non affiché pour que personne ne puisse être reconnu : 1 ou 2 sur ce site, ou un autre nombre caché avec lui pour qu’on ne puisse pas le retrouver par soustraction.</translation>
        </message>
        <message>
            <location filename="../../app/commands/report.py" line="27" />
            <source>the summary of several sites from their statistics packages</source>
            <translation>la synthèse de plusieurs sites, à partir de leurs paquets statistiques</translation>
        </message>
        <message>
            <location filename="../../app/commands/report.py" line="145" />
            <source>The output file must end in .pdf, .xlsx or .csv.</source>
            <translation>Le fichier à écrire doit finir par .pdf, .xlsx ou .csv.</translation>
        </message>
        <message>
            <source>%1 sites</source>
            <translation>%1 sites</translation>
        </message>
        <message>
            <source>A statistics package covers one calendar month.</source>
            <translation>Un paquet statistique porte sur un mois du calendrier.</translation>
        </message>
        <message>
            <source>Choose at least one statistics package.</source>
            <translation>Choisissez au moins un paquet statistique.</translation>
        </message>
        <message>
            <source>Consolidated referral summary</source>
            <translation>Synthèse consolidée des orientations</translation>
        </message>
        <message>
            <source>Consolidation: each site computed its own figures with the same definitions and sent them in a signed package (counts only, no personal data). At one site, 1 or 2 for a theme, partner, status, channel or outcome shows as « &lt; 3 »; totals are exact. Statuses are those of the day each site made its package.</source>
            <translation>Consolidation : chaque site a calculé ses propres chiffres avec les mêmes définitions et les a envoyés dans un paquet signé (des comptes seulement, aucune donnée personnelle). Pour un site, 1 ou 2 pour une thématique, un partenaire, un statut, un canal ou une suite s’affiche « &lt; 3 » ; les totaux sont exacts. Les statuts sont ceux du jour où chaque site a fait son paquet.</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Fait le</translation>
        </message>
        <message>
            <source>Packages consolidated</source>
            <translation>Paquets consolidés</translation>
        </message>
        <message>
            <source>Referrals per partner</source>
            <translation>Orientations par partenaire</translation>
        </message>
        <message>
            <source>Statistics package written: %1</source>
            <translation>Paquet statistique écrit : %1</translation>
        </message>
        <message>
            <source>The file “%1” cannot be read (%2).</source>
            <translation>Le fichier « %1 » ne peut pas être lu (%2).</translation>
        </message>
        <message>
            <source>The package “%1” (%2) was changed after the site signed it: it is refused. Ask the site to export it again.</source>
            <translation>Le paquet « %1 » (%2) a été modifié après que le site l’a signé : il est refusé. Demandez au site de l’exporter à nouveau.</translation>
        </message>
        <message>
            <source>The package “%1” of “%2” covers %3, not %4: it is refused.</source>
            <translation>Le paquet « %1 » de « %2 » porte sur %3, pas sur %4 : il est refusé.</translation>
        </message>
        <message>
            <source>Themes of the referrals</source>
            <translation>Thématiques des orientations</translation>
        </message>
        <message>
            <source>Themes of the visits</source>
            <translation>Thématiques des visites</translation>
        </message>
        <message>
            <source>This month has not started yet: there is nothing to send.</source>
            <translation>Ce mois n’a pas encore commencé : il n’y a rien à envoyer.</translation>
        </message>
        <message>
            <source>Visits per site</source>
            <translation>Visites par site</translation>
        </message>
        <message>
            <source>statistics packages exchanged between sites</source>
            <translation>paquets statistiques échangés entre sites</translation>
        </message>
        <message>
            <source>write this site's signed statistics package of a month</source>
            <translation>écrire le paquet statistique signé d’un mois de ce site</translation>
        </message>
        <message>
            <source>« &lt; 3 »: 1 or 2 at that site, not shown so that nobody can be recognised; totals are exact. Unique people are added up site by site (someone met at two sites counts twice). A median cannot be added up: the total has none.</source>
            <translation>« &lt; 3 » : 1 ou 2 dans ce site, non affiché pour que personne ne puisse être reconnu ; les totaux sont exacts. Les personnes uniques sont additionnées site par site (une personne reçue dans deux sites compte deux fois). Une médiane ne s’additionne pas : le total n’en a pas.</translation>
        </message>
        <message>
            <source>“%1” and “%2” both come from “%3”: keep only one package per site.</source>
            <translation>« %1 » et « %2 » viennent tous deux de « %3 » : gardez un seul paquet par site.</translation>
        </message>
        <message>
            <source>“%1” is a statistics package of a version this copy of Aiguillage does not know (%2): update Aiguillage here, or ask the site for a package of version %3.</source>
            <translation>« %1 » est un paquet statistique d’une version que cet Aiguillage ne connaît pas (%2) : mettez Aiguillage à jour ici, ou demandez au site un paquet de version %3.</translation>
        </message>
        <message>
            <source>“%1” is not a site identifier.</source>
            <translation>« %1 » n’est pas un identifiant de site.</translation>
        </message>
        <message>
            <source>“%1” is not a statistics package of Aiguillage.</source>
            <translation>« %1 » n’est pas un paquet statistique d’Aiguillage.</translation>
        </message>
        <message>
            <source>Site — key fingerprint</source>
            <translation>Site — empreinte de la clé</translation>
        </message>
        <message>
            <source>Nothing is ticked: there is nothing to apply.</source>
            <translation>Rien n’est coché : il n’y a rien à appliquer.</translation>
        </message>
        <message>
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <source>conditions of access</source>
            <translation>conditions d’accès</translation>
        </message>
        <message>
            <source>deactivated here</source>
            <translation>désactivé ici</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>documents to bring</source>
            <translation>justificatifs à apporter</translation>
        </message>
        <message>
            <source>fees (details)</source>
            <translation>frais (précisions)</translation>
        </message>
        <message>
            <source>how to get in (details)</source>
            <translation>mobilisation (précisions)</translation>
        </message>
        <message>
            <source>languages</source>
            <translation>langues</translation>
        </message>
        <message>
            <source>opening hours (details)</source>
            <translation>horaires (précisions)</translation>
        </message>
        <message>
            <source>publics (details)</source>
            <translation>publics (précisions)</translation>
        </message>
        <message>
            <source>wheelchair access</source>
            <translation>accès en fauteuil roulant</translation>
        </message>
    </context>
    <context>
        <name>SiteKeysDialog</name>
        <message>
            <source>« %1 » signs with another key.
Key accepted until now: %2
Key of this package: %3
Replace it only if the site's database was replaced.</source>
            <translation>« %1 » signe avec une autre clé.
Clé acceptée jusqu’ici : %2
Clé de ce paquet : %3
Ne la remplacez que si la base du site a été remplacée.</translation>
        </message>
        <message>
            <source>« %1 » is a new site.
Key fingerprint: %2</source>
            <translation>« %1 » est un nouveau site.
Empreinte de sa clé : %2</translation>
        </message>
        <message>
            <source>Set aside</source>
            <translation>Mettre de côté</translation>
        </message>
        <message>
            <source>Replace the key</source>
            <translation>Remplacer la clé</translation>
        </message>
        <message>
            <source>Refuse</source>
            <translation>Refuser</translation>
        </message>
        <message>
            <source>Keys of the sites</source>
            <translation>Clés des sites</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Call each site and have its key fingerprint read to you: the site sees it when it saves its statistics package. Accept a key only if the fingerprints match.</source>
            <translation>Appelez chaque site et faites-vous lire l’empreinte de sa clé : le site la voit quand il enregistre son paquet statistique. N’acceptez une clé que si les empreintes sont les mêmes.</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
    </context>
</TS>
