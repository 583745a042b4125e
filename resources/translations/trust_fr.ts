<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Agents</name>
        <message>
            <source>Please choose a role.</source>
            <translation>Choisissez un rôle.</translation>
        </message>
        <message>
            <source>Please type a name.</source>
            <translation>Veuillez saisir un nom.</translation>
        </message>
        <message>
            <source>The PIN must have 4 to 8 digits.</source>
            <translation>Le code PIN doit comporter de 4 à 8 chiffres.</translation>
        </message>
        <message>
            <source>The name is too long (120 characters at most).</source>
            <translation>Le nom est trop long (120 caractères au plus).</translation>
        </message>
        <message>
            <source>There must always be at least one active coordinator.</source>
            <translation>Il faut toujours au moins une personne active à la coordination.</translation>
        </message>
        <message>
            <source>This agent no longer exists.</source>
            <translation>Cet agent n'existe plus.</translation>
        </message>
    </context>
    <context>
        <name>AgentsPanel</name>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="52" />
            <location filename="../../ui/widgets/agents_panel.py" line="163" />
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="53" />
            <location filename="../../ui/widgets/agents_panel.py" line="65" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="53" />
            <location filename="../../ui/widgets/agents_panel.py" line="68" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="53" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="61" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="73" />
            <source>New PIN</source>
            <translation>Nouveau code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="76" />
            <source>4 to 8 digits</source>
            <translation>4 à 8 chiffres</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="77" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="78" />
            <source>&amp;Role</source>
            <translation>&amp;Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="79" />
            <source>New &amp;PIN</source>
            <translation>Nouveau &amp;code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="81" />
            <source>Add as a new agent</source>
            <translation>Ajouter un agent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="82" />
            <source>Save changes</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="83" />
            <source>Give the new PIN</source>
            <translation>Donner le nouveau code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="84" />
            <location filename="../../ui/widgets/agents_panel.py" line="150" />
            <source>Deactivate</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="122" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="122" />
            <source>Deactivated</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="150" />
            <source>Reactivate</source>
            <translation>Réactiver</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="173" />
            <source>Agent added. They can sign in with their PIN.</source>
            <translation>Agent ajouté. Il peut se connecter avec son code.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="183" />
            <source>Changes saved.</source>
            <translation>Modifications enregistrées.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="193" />
            <source>New PIN saved. Give it to the agent in person.</source>
            <translation>Nouveau code enregistré. Donnez-le à l'agent en main propre.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="203" />
            <source>Agent reactivated.</source>
            <translation>Agent réactivé.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="203" />
            <source>Agent deactivated.</source>
            <translation>Agent désactivé.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>New &amp;PIN:</source>
            <translation>Nouveau &amp;code :</translation>
        </message>
    </context>
    <context>
        <name>AuditActions</name>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="35" />
            <source>Sign-in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="36" />
            <source>Wrong PIN</source>
            <translation>Code faux</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="37" />
            <source>Sign-out</source>
            <translation>Déconnexion</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="38" />
            <source>Person file opened</source>
            <translation>Dossier ouvert</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="41" />
            <source>Person file created</source>
            <translation>Dossier créé</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="44" />
            <source>Person file edited</source>
            <translation>Dossier modifié</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="47" />
            <source>Person files merged</source>
            <translation>Dossiers fusionnés</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="50" />
            <source>Person file exported</source>
            <translation>Dossier exporté</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="53" />
            <source>Person file anonymised</source>
            <translation>Dossier anonymisé</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="56" />
            <source>Person file erased</source>
            <translation>Dossier effacé</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="59" />
            <source>Visit edited</source>
            <translation>Passage modifié</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="60" />
            <source>Visit deleted</source>
            <translation>Passage supprimé</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="63" />
            <source>Referral changed</source>
            <translation>Orientation modifiée</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="66" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="67" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="68" />
            <source>Backup</source>
            <translation>Sauvegarde</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="69" />
            <source>Restore</source>
            <translation>Restauration</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="70" />
            <source>Setting changed</source>
            <translation>Réglage modifié</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="73" />
            <source>Agent changed</source>
            <translation>Agent modifié</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="76" />
            <source>Retention applied</source>
            <translation>Anonymisation appliquée</translation>
        </message>
    </context>
    <context>
        <name>AuditEntities</name>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="84" />
            <source>agent</source>
            <translation>agent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="85" />
            <source>person file</source>
            <translation>dossier</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="86" />
            <source>backup</source>
            <translation>sauvegarde</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="87" />
            <source>setting</source>
            <translation>réglage</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="88" />
            <source>records changed</source>
            <translation>fiches modifiées</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="89" />
            <source>report</source>
            <translation>bilan</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="90" />
            <source>visit</source>
            <translation>passage</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="91" />
            <source>referral</source>
            <translation>orientation</translation>
        </message>
    </context>
    <context>
        <name>AuditLogPanel</name>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="104" />
            <location filename="../../ui/widgets/audit_log.py" line="143" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="105" />
            <source>All actions</source>
            <translation>Toutes les actions</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="110" />
            <location filename="../../ui/widgets/audit_log.py" line="143" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="111" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="112" />
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="118" />
            <source>Record id</source>
            <translation>Identifiant de la fiche</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="119" />
            <source>record id</source>
            <translation>identifiant de la fiche</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="121" />
            <location filename="../../ui/widgets/audit_log.py" line="123" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="126" />
            <source>&amp;Action</source>
            <translation>&amp;Action</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="127" />
            <source>A&amp;gent</source>
            <translation>A&amp;gent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="128" />
            <source>&amp;From</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="129" />
            <source>&amp;To</source>
            <translation>&amp;Au</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="141" />
            <source>Audit log</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="143" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="143" />
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="172" />
            <source>All agents</source>
            <translation>Tous les agents</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="205" />
            <source>system</source>
            <translation>automatique</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="214" />
            <source>%1 entries, newest first.</source>
            <translation>%1 entrées, les plus récentes d'abord.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/audit_log.py" line="217" />
            <source>No entry for these filters.</source>
            <translation>Aucune entrée pour ces filtres.</translation>
        </message>
        <message>
            <source>%1 entry.</source>
            <translation>%1 entrée.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>The checksum of this backup cannot be read: it is not used.</source>
            <translation>L'empreinte de cette sauvegarde est illisible : la sauvegarde n'est pas utilisée.</translation>
        </message>
        <message>
            <source>This backup was changed or damaged since it was made (its checksum differs): it is not used. Take another backup.</source>
            <translation>Cette sauvegarde a été modifiée ou abîmée depuis sa création (son empreinte ne correspond plus) : elle n'est pas utilisée. Prenez une autre sauvegarde.</translation>
        </message>
        <message>
            <source>The backup could not be restored: %1.</source>
            <translation>La sauvegarde n'a pas pu être restaurée : %1.</translation>
        </message>
        <message>
            <source>The backup could not be verified after writing it.</source>
            <translation>La sauvegarde n'a pas pu être vérifiée après l'écriture.</translation>
        </message>
        <message>
            <source>The backup could not be written in “%1”: %2.</source>
            <translation>La sauvegarde n'a pas pu être écrite dans « %1 » : %2.</translation>
        </message>
        <message>
            <source>The backup file “%1” cannot be found.</source>
            <translation>Le fichier de sauvegarde « %1 » est introuvable.</translation>
        </message>
        <message>
            <source>The backup file “%1” cannot be read: %2.</source>
            <translation>Le fichier de sauvegarde « %1 » ne peut pas être lu : %2.</translation>
        </message>
        <message>
            <source>The copy in the second backup folder “%1” failed: %2.</source>
            <translation>La copie dans le second dossier de sauvegarde « %1 » a échoué : %2.</translation>
        </message>
        <message>
            <source>The copy in “%1” is not identical to the backup.</source>
            <translation>La copie dans « %1 » n'est pas identique à la sauvegarde.</translation>
        </message>
        <message>
            <source>The database could not be read to back it up (%1).</source>
            <translation>La base n'a pas pu être lue pour la sauvegarder (%1).</translation>
        </message>
        <message>
            <source>The database is damaged: the backup was not made. Restore a backup.</source>
            <translation>La base est endommagée : la sauvegarde n'a pas été faite. Restaurez une sauvegarde.</translation>
        </message>
        <message>
            <source>The second backup folder “%1” is not reachable (USB stick unplugged?).</source>
            <translation>Le second dossier de sauvegarde « %1 » est inaccessible (clé USB débranchée ?).</translation>
        </message>
        <message>
            <source>There is no database to back up at “%1”.</source>
            <translation>Il n'y a pas de base à sauvegarder à « %1 ».</translation>
        </message>
        <message>
            <source>This backup is damaged: it cannot be used.</source>
            <translation>Cette sauvegarde est endommagée : elle ne peut pas servir.</translation>
        </message>
        <message>
            <source>This backup is encrypted: please type its passphrase.</source>
            <translation>Cette sauvegarde est chiffrée : tapez sa phrase de passe.</translation>
        </message>
        <message>
            <source>This file is not an Aiguillage backup.</source>
            <translation>Ce fichier n'est pas une sauvegarde d'Aiguillage.</translation>
        </message>
        <message>
            <source>Wrong passphrase, or the backup is damaged: it cannot be opened.</source>
            <translation>Phrase de passe fausse, ou sauvegarde endommagée : elle ne peut pas être ouverte.</translation>
        </message>
        <message>
            <source>Another program keeps the shared database open: nothing was replaced. Close it, then try again.</source>
            <translation>Un autre programme garde la base partagée ouverte : rien n'a été remplacé. Fermez-le, puis réessayez.</translation>
        </message>
        <message>
            <source>No database server could be started on this PC to check the backup. Give the address of one with --db postgresql://…</source>
            <translation>Aucun serveur de base n'a pu être démarré sur ce PC pour vérifier la sauvegarde. Donnez l'adresse d'un serveur avec --db postgresql://…</translation>
        </message>
        <message>
            <source>The backup could not be verified: the restored copy does not hold the same rows.</source>
            <translation>La sauvegarde n'a pas pu être vérifiée : la copie restaurée ne contient pas les mêmes lignes.</translation>
        </message>
        <message>
            <source>The backup could not be written in “%1”.</source>
            <translation>La sauvegarde n'a pas pu être écrite dans « %1 ».</translation>
        </message>
        <message>
            <source>The database server cannot be reached. Check that the main PC is on and connected to the network.</source>
            <translation>Le serveur de la base ne répond pas. Vérifiez que le poste principal est allumé et branché au réseau.</translation>
        </message>
        <message>
            <source>The database server refused the backup work (code %1).</source>
            <translation>Le serveur de la base a refusé la sauvegarde (code %1).</translation>
        </message>
        <message>
            <source>The database server refused the login of this address.</source>
            <translation>Le serveur de la base a refusé l'identifiant de cette adresse.</translation>
        </message>
        <message>
            <source>The folder “%1” is full: free some space, then try again.</source>
            <translation>Le dossier « %1 » est plein : libérez de la place, puis réessayez.</translation>
        </message>
        <message>
            <source>The previous data could not be written to a file (%1). It is kept on the server as the database “%2”.</source>
            <translation>Les données d'avant n'ont pas pu être écrites dans un fichier (%1). Elles sont gardées sur le serveur, dans la base « %2 ».</translation>
        </message>
        <message>
            <source>The program “%1”, which backs up the shared database, cannot be found. Install Aiguillage again.</source>
            <translation>Le programme « %1 », qui sauvegarde la base partagée, est introuvable. Installez Aiguillage à nouveau.</translation>
        </message>
        <message>
            <source>The server's disk is full: nothing was replaced. Free some space on the main PC.</source>
            <translation>Le disque du serveur est plein : rien n'a été remplacé. Libérez de la place sur le poste principal.</translation>
        </message>
        <message>
            <source>The shared database could not be backed up (%1 stopped with an error).</source>
            <translation>La base partagée n'a pas pu être sauvegardée (%1 s'est arrêté sur une erreur).</translation>
        </message>
        <message>
            <source>This backup does not hold the rows counted when it was made: it is damaged.</source>
            <translation>Cette sauvegarde ne contient pas les lignes comptées quand elle a été faite : elle est endommagée.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Aiguillage: update this PC first.</source>
            <translation>Cette sauvegarde vient d'une version plus récente d'Aiguillage : mettez d'abord ce PC à jour.</translation>
        </message>
        <message>
            <source>This is a backup of a single desk's file, not of the shared database: restore it on that desk.</source>
            <translation>C'est la sauvegarde du fichier d'un poste seul, pas de la base partagée : restaurez-la sur ce poste.</translation>
        </message>
        <message>
            <source>This is not the address of a shared database.</source>
            <translation>Ce n'est pas l'adresse d'une base partagée.</translation>
        </message>
        <message>
            <source>This login may not read, create or replace the whole database: make the backups of the shared database on the main PC.</source>
            <translation>Cet identifiant ne peut pas lire, créer ou remplacer toute la base : faites les sauvegardes de la base partagée sur le poste principal.</translation>
        </message>
        <message>
            <source>a temporary server on this PC</source>
            <translation>un serveur temporaire sur ce PC</translation>
        </message>
        <message>
            <source>The login “%1” is a desk's: it may not back up or restore the whole database. Only the server's owner login may, and only on the main PC: make the backup there (“aiguillage backup”, without --db).</source>
            <translation>L'identifiant « %1 » est celui d'un poste : il ne peut ni sauvegarder ni restaurer toute la base. Seul l'identifiant propriétaire du serveur le peut, et seulement sur le poste principal : faites-y la sauvegarde (« aiguillage backup », sans --db).</translation>
        </message>
    </context>
    <context>
        <name>BackupContents</name>
        <message>
            <source>%1 people</source>
            <translation>%1 personnes</translation>
        </message>
        <message>
            <source>%1 person</source>
            <translation>%1 personne</translation>
        </message>
        <message>
            <source>%1 referral</source>
            <translation>%1 orientation</translation>
        </message>
        <message>
            <source>%1 referrals</source>
            <translation>%1 orientations</translation>
        </message>
        <message>
            <source>%1 visit</source>
            <translation>%1 passage</translation>
        </message>
        <message>
            <source>%1 visits</source>
            <translation>%1 passages</translation>
        </message>
    </context>
    <context>
        <name>BackupCli</name>
        <message>
            <source>%1 is sound.</source>
            <translation>%1 est en bon état.</translation>
        </message>
        <message>
            <source>Backup made and checked: %1</source>
            <translation>Sauvegarde faite et vérifiée : %1</translation>
        </message>
        <message>
            <source>Backup restored into %1.</source>
            <translation>Sauvegarde restaurée dans %1.</translation>
        </message>
        <message>
            <source>Passphrase again: </source>
            <translation>Phrase de passe, encore : </translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Phrase de passe : </translation>
        </message>
        <message>
            <source>Please give the passphrase in AIGUILLAGE_BACKUP_PASSPHRASE.</source>
            <translation>Donnez la phrase de passe dans AIGUILLAGE_BACKUP_PASSPHRASE.</translation>
        </message>
        <message>
            <source>The passphrase is empty.</source>
            <translation>La phrase de passe est vide.</translation>
        </message>
        <message>
            <source>The previous database was kept as %1.</source>
            <translation>L'ancienne base est gardée sous %1.</translation>
        </message>
        <message>
            <source>The two passphrases are different.</source>
            <translation>Les deux phrases de passe sont différentes.</translation>
        </message>
        <message>
            <source>There is no file at “%1”.</source>
            <translation>Il n'y a pas de fichier à « %1 ».</translation>
        </message>
        <message>
            <source>check a database or a backup file</source>
            <translation>vérifier une base ou un fichier de sauvegarde</translation>
        </message>
        <message>
            <source>encrypt with a passphrase (asked, or AIGUILLAGE_BACKUP_PASSPHRASE)</source>
            <translation>chiffrer avec une phrase de passe (demandée, ou AIGUILLAGE_BACKUP_PASSPHRASE)</translation>
        </message>
        <message>
            <source>folder for the backup</source>
            <translation>dossier de la sauvegarde</translation>
        </message>
        <message>
            <source>make a verified backup of the database</source>
            <translation>faire une sauvegarde vérifiée de la base</translation>
        </message>
        <message>
            <source>replace the database by a backup</source>
            <translation>remplacer la base par une sauvegarde</translation>
        </message>
        <message>
            <source>Backup made and verified by a restore into a scratch database: %1</source>
            <translation>Sauvegarde faite et vérifiée en la restaurant dans une base d'essai : %1</translation>
        </message>
        <message>
            <source>Checked by restoring it into a scratch database on %1.</source>
            <translation>Vérifiée en la restaurant dans une base d'essai sur %1.</translation>
        </message>
        <message>
            <source>The previous data was kept as %1.</source>
            <translation>Les données d'avant sont gardées dans %1.</translation>
        </message>
        <message>
            <source>backup file to check; a shared database's backup is restored into a scratch database on the --db server (default: this PC's shared server, else a temporary one)</source>
            <translation>fichier de sauvegarde à vérifier ; la sauvegarde d'une base partagée est restaurée dans une base d'essai sur le serveur de --db (par défaut : le serveur partagé de ce PC, sinon un serveur temporaire)</translation>
        </message>
    </context>
    <context>
        <name>BackupsPanel</name>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="48" />
            <source>A checked backup is made on the first start of each day and on closing. 7 daily, 4 weekly and 12 monthly backups are kept.</source>
            <translation>Une sauvegarde vérifiée est faite au premier démarrage de chaque jour et à la fermeture. On garde 7 sauvegardes quotidiennes, 4 hebdomadaires et 12 mensuelles.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="57" />
            <location filename="../../ui/widgets/backups_panel.py" line="194" />
            <location filename="../../ui/widgets/backups_panel.py" line="199" />
            <location filename="../../ui/widgets/backups_panel.py" line="213" />
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="60" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="61" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="62" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="63" />
            <source>Visits</source>
            <translation>Passages</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="64" />
            <source>Referrals</source>
            <translation>Orientations</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="65" />
            <source>Encrypted</source>
            <translation>Chiffrée</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="74" />
            <source>No backup yet. Press “Back up now” to make one.</source>
            <translation>Aucune sauvegarde pour l'instant. Cliquez sur « Sauvegarder maintenant ».</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="81" />
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="84" />
            <source>optional: encrypts “Back up now”, opens an encrypted backup</source>
            <translation>facultatif : chiffre « Sauvegarder maintenant », ouvre une sauvegarde chiffrée</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="86" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="91" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="92" />
            <source>No second folder</source>
            <translation>Pas de second dossier</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="96" />
            <source>Second folder</source>
            <translation>Second dossier</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="100" />
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="101" />
            <source>Restore the selected backup</source>
            <translation>Restaurer la sauvegarde choisie</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="103" />
            <source>Restore from a file…</source>
            <translation>Restaurer depuis un fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="144" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="144" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="155" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="173" />
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="192" />
            <source>Backup made and checked.</source>
            <translation>Sauvegarde faite et vérifiée.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="203" />
            <source>Second backup folder</source>
            <translation>Second dossier de sauvegarde</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="225" />
            <location filename="../../ui/widgets/backups_panel.py" line="235" />
            <location filename="../../ui/widgets/backups_panel.py" line="251" />
            <location filename="../../ui/widgets/backups_panel.py" line="260" />
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="232" />
            <source>Replace the current database by the backup of %1? The current database is kept aside first; changes made since that backup will no longer be shown.</source>
            <translation>Remplacer la base actuelle par la sauvegarde du %1 ? La base actuelle est d'abord mise de côté ; ce qui a été saisi depuis cette sauvegarde ne sera plus affiché.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="240" />
            <source>Checking and restoring the backup…</source>
            <translation>Vérification et restauration de la sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="257" />
            <source>Backup restored.</source>
            <translation>Sauvegarde restaurée.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/backups_panel.py" line="261" />
            <source>The backup was restored. Please sign in again.</source>
            <translation>La sauvegarde est restaurée. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>Backups (*.sqlite *.dump *.enc);;All files (*)</source>
            <translation>Sauvegardes (*.sqlite *.dump *.enc);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Please sign in again.</source>
            <translation>Reconnectez-vous.</translation>
        </message>
        <message>
            <source>Replace the shared database by the backup of %1? The current data is saved aside first. Every desk is disconnected for a moment, then reconnects by itself; changes made since that backup will no longer be shown.</source>
            <translation>Remplacer la base partagée par la sauvegarde du %1 ? Les données actuelles sont d'abord mises de côté. Chaque poste est déconnecté un instant, puis se reconnecte tout seul ; ce qui a été fait depuis cette sauvegarde ne sera plus affiché.</translation>
        </message>
        <message>
            <source>The backup was restored: %1.</source>
            <translation>La sauvegarde a été restaurée : %1.</translation>
        </message>
        <message>
            <source>The previous data is kept in the file “%1”, in the backups folder.</source>
            <translation>Les données d'avant sont gardées dans le fichier « %1 », dans le dossier des sauvegardes.</translation>
        </message>
        <message>
            <source>This PC is the main PC: a backup of the shared database, checked by restoring it aside, is made on its first start of each day. 7 daily, 4 weekly and 12 monthly backups are kept.</source>
            <translation>Ce PC est le poste principal : une sauvegarde de la base partagée, vérifiée en la restaurant à part, est faite à son premier démarrage de chaque jour. 7 sauvegardes quotidiennes, 4 hebdomadaires et 12 mensuelles sont gardées.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The database cannot be written (read-only folder?): the last change was not saved.</source>
            <translation>La base ne peut pas être modifiée (dossier en lecture seule ?) : la dernière modification n'est pas enregistrée.</translation>
        </message>
        <message>
            <source>The database could not save the last change. Nothing else was lost.</source>
            <translation>La base n'a pas pu enregistrer la dernière modification. Rien d'autre n'est perdu.</translation>
        </message>
        <message>
            <source>The database file “%1” cannot be read (%2).</source>
            <translation>Le fichier de base de données « %1 » ne peut pas être lu (%2).</translation>
        </message>
        <message>
            <source>The database file “%1” is damaged or unreadable.</source>
            <translation>Le fichier de base de données « %1 » est endommagé ou illisible.</translation>
        </message>
        <message>
            <source>The database is busy: the last change was not saved. Please try again.</source>
            <translation>La base est occupée : la dernière modification n'est pas enregistrée. Réessayez.</translation>
        </message>
        <message>
            <source>The disk is full: the last change was not saved. Free some space.</source>
            <translation>Le disque est plein : la dernière modification n'est pas enregistrée. Libérez de la place.</translation>
        </message>
        <message>
            <source>The folder “%1” cannot be created.</source>
            <translation>Le dossier « %1 » ne peut pas être créé.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a database file.</source>
            <translation>« %1 » est un dossier, pas un fichier de base de données.</translation>
        </message>
        <message>
            <source>“%1” is not an Aiguillage database (not an SQLite file).</source>
            <translation>« %1 » n'est pas une base de données Aiguillage (ce n'est pas un fichier SQLite).</translation>
        </message>
        <message>
            <source>The database cannot be opened for writing (read-only folder or removed disk?). Nothing was changed.</source>
            <translation>La base ne peut pas être ouverte en écriture (dossier en lecture seule ou disque retiré ?). Rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <location filename="../../ui/desk.py" line="25" />
            <source>Aiguillage</source>
            <translation>Aiguillage</translation>
        </message>
        <message>
            <location filename="../../ui/desk.py" line="26" />
            <source>Aiguillage is already open on this database on this computer.</source>
            <translation>Aiguillage est déjà ouvert sur cette base, sur cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/widgets/lock_screen.py" line="53" />
            <source>The desk is locked</source>
            <translation>Le poste est verrouillé</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/lock_screen.py" line="60" />
            <source>Personal data is hidden. Type your PIN to come back, or choose your name.</source>
            <translation>Les données personnelles sont cachées. Tapez votre code pour revenir, ou choisissez votre nom.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/dialogs/login.py" line="135" />
            <source>Aiguillage — sign in</source>
            <translation>Aiguillage — connexion</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="138" />
            <source>Aiguillage</source>
            <translation>Aiguillage</translation>
        </message>
    </context>
    <context>
        <name>LoginForm</name>
        <message>
            <location filename="../../ui/dialogs/login.py" line="40" />
            <source>Who are you? Choose your name, then type your PIN.</source>
            <translation>Qui êtes-vous ? Choisissez votre nom, puis tapez votre code.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="45" />
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="50" />
            <source>&amp;PIN</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="53" />
            <source>PIN</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="63" />
            <location filename="../../ui/dialogs/login.py" line="65" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="112" />
            <source>Please choose your name in the list.</source>
            <translation>Choisissez votre nom dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="29" />
            <source>Aiguillage — %1</source>
            <translation>Aiguillage — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="41" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="59" />
            <location filename="../../ui/main_window.py" line="61" />
            <source>Switch agent</source>
            <translation>Changer d'agent</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="63" />
            <source>Lock the desk and let another agent sign in (Ctrl+L)</source>
            <translation>Verrouiller le poste et laisser un autre agent se connecter (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="166" />
            <source>Site: %1</source>
            <translation>Lieu : %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="167" />
            <source>Agent: %1</source>
            <translation>Agent : %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>Database: %1</source>
            <translation>Base de données : %1</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../ui/pages/reglages.py" line="52" />
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
    </context>
    <context>
        <name>PersonFilePdf</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Everything we keep about you, as of %1.</source>
            <translation>Tout ce que nous gardons sur vous, au %1.</translation>
        </message>
        <message>
            <source>File created on</source>
            <translation>Dossier créé le</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>No referral recorded.</source>
            <translation>Aucune orientation enregistrée.</translation>
        </message>
        <message>
            <source>No visit recorded.</source>
            <translation>Aucun passage enregistré.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Personal file</source>
            <translation>Dossier personnel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>Privacy notice given on</source>
            <translation>Notice d'information remise le</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Année de naissance</translation>
        </message>
        <message>
            <source>You may ask us to correct or erase this file at any time. Without contact for two years, it is anonymised automatically.</source>
            <translation>Vous pouvez nous demander à tout moment de corriger ou d'effacer ce dossier. Sans contact pendant deux ans, il est anonymisé automatiquement.</translation>
        </message>
        <message>
            <source>Your details</source>
            <translation>Vos informations</translation>
        </message>
        <message>
            <source>Your file at %1</source>
            <translation>Votre dossier à %1</translation>
        </message>
        <message>
            <source>Your referrals</source>
            <translation>Vos orientations</translation>
        </message>
        <message>
            <source>Your visits</source>
            <translation>Vos passages</translation>
        </message>
    </context>
    <context>
        <name>PersonRights</name>
        <message>
            <source>The file “%1” cannot be written: %2.</source>
            <translation>Le fichier « %1 » ne peut pas être écrit : %2.</translation>
        </message>
        <message>
            <source>This person file no longer exists.</source>
            <translation>Ce dossier n'existe plus.</translation>
        </message>
    </context>
    <context>
        <name>PersonRightsFlow</name>
        <message>
            <source>Erase the file</source>
            <translation>Effacer le dossier</translation>
        </message>
        <message>
            <source>Erase this person's file for good? Their name, contact details and notes are removed; their visits stay as anonymous statistics. This cannot be undone.</source>
            <translation>Effacer définitivement ce dossier ? Le nom, les coordonnées et les notes disparaissent ; les passages restent comptés, sans nom. C'est irréversible.</translation>
        </message>
        <message>
            <source>Export the file</source>
            <translation>Exporter le dossier</translation>
        </message>
        <message>
            <source>The file was erased.</source>
            <translation>Le dossier est effacé.</translation>
        </message>
        <message>
            <source>The file was saved as %1 and %2.</source>
            <translation>Le dossier est enregistré dans %1 et %2.</translation>
        </message>
        <message>
            <source>The file “%1” cannot be written.</source>
            <translation>Le fichier « %1 » ne peut pas être écrit.</translation>
        </message>
        <message>
            <source>Where to save the person's file</source>
            <translation>Où enregistrer le dossier de la personne</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPanel</name>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="45" />
            <source>%1 person files to anonymise, %2 visit notes, %3 referral reasons and %4 follow-up notes to empty.</source>
            <translation>À anonymiser : %1 dossier(s). À vider : %2 note(s) de passage, %3 motif(s) d'orientation, %4 note(s) de suivi.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="73" />
            <location filename="../../ui/widgets/privacy_panel.py" line="75" />
            <source>Count again</source>
            <translation>Recompter</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="76" />
            <location filename="../../ui/widgets/privacy_panel.py" line="78" />
            <source>Anonymise now</source>
            <translation>Anonymiser maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="84" />
            <source>Right of access or erasure: open the person's file and use “Export the file” or “Erase the file”. Both are written in the audit log.</source>
            <translation>Droit d'accès ou d'effacement : ouvrez le dossier de la personne, puis « Exporter le dossier » ou « Effacer le dossier ». Les deux sont inscrits au journal.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="111" />
            <source>Durations</source>
            <translation>Durées</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="113" />
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="116" />
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="118" />
            <source>Keep person files without contact for</source>
            <translation>Garder les dossiers sans contact pendant</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="119" />
            <source>Keep the log for</source>
            <translation>Garder le journal pendant</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="120" />
            <source>Lock the desk after an idle time of</source>
            <translation>Verrouiller le poste après une inactivité de</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="127" />
            <location filename="../../ui/widgets/privacy_panel.py" line="129" />
            <source>Save the durations</source>
            <translation>Enregistrer les durées</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="153" />
            <source>Durations saved.</source>
            <translation>Durées enregistrées.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="171" />
            <source>Person files without contact for %1 months are anonymised every day: names, contact details and notes are removed, the statistics stay. Older visit notes and referral reasons are emptied too.</source>
            <translation>Chaque jour, les dossiers sans contact depuis %1 mois sont anonymisés : noms, coordonnées et notes effacés, statistiques gardées. Les notes de passage et motifs d'orientation plus anciens sont vidés aussi.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="179" />
            <source>Nothing to anonymise today.</source>
            <translation>Rien à anonymiser aujourd'hui.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="187" />
            <source>Anonymise now? This cannot be undone.</source>
            <translation>Anonymiser maintenant ? C'est irréversible.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="147" />
            <location filename="../../ui/widgets/privacy_panel.py" line="153" />
            <location filename="../../ui/widgets/privacy_panel.py" line="189" />
            <location filename="../../ui/widgets/privacy_panel.py" line="195" />
            <location filename="../../ui/widgets/privacy_panel.py" line="200" />
            <source>Privacy</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/privacy_panel.py" line="201" />
            <source>Done: %1 records changed.</source>
            <translation>C'est fait : %1 fiches modifiées.</translation>
        </message>
    </context>
    <context>
        <name>ReglagesPage</name>
        <message>
            <location filename="../../ui/pages/reglages.py" line="28" />
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reglages.py" line="34" />
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reglages.py" line="35" />
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reglages.py" line="36" />
            <source>Privacy</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reglages.py" line="37" />
            <source>Audit log</source>
            <translation>Journal</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="35" />
            <source>Volunteer</source>
            <translation>Bénévole</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="36" />
            <source>Reception agent</source>
            <translation>Agent d'accueil</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/agents_panel.py" line="37" />
            <source>Coordinator</source>
            <translation>Coordination</translation>
        </message>
    </context>
    <context>
        <name>SafeStart</name>
        <message>
            <source>Aiguillage</source>
            <translation>Aiguillage</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Sauvegarde</translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>Base endommagée</translation>
        </message>
        <message>
            <source>No backup was found in “%1”. The file was left as it is. Restore a backup with “aiguillage restore”, or ask for help.</source>
            <translation>Aucune sauvegarde trouvée dans « %1 ». Le fichier est laissé tel quel. Restaurez une sauvegarde avec « aiguillage restore », ou demandez de l'aide.</translation>
        </message>
        <message>
            <source>Restore the latest good backup, made on %1 (%2, %3)? The damaged file is kept aside; changes made after the backup are lost.</source>
            <translation>Restaurer la dernière bonne sauvegarde, faite le %1 (%2, %3) ? Le fichier endommagé est mis de côté ; ce qui a été saisi après la sauvegarde est perdu.</translation>
        </message>
        <message>
            <source>The backup of %1 was restored.</source>
            <translation>La sauvegarde du %1 est restaurée.</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>This agent cannot sign in any more. Ask a coordinator.</source>
            <translation>Cet agent ne peut plus se connecter. Demandez à la coordination.</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Please wait %1 minutes and try again.</source>
            <translation>Trop de codes faux. Patientez %1 minutes, puis réessayez.</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Please wait a minute and try again.</source>
            <translation>Trop de codes faux. Patientez une minute, puis réessayez.</translation>
        </message>
        <message>
            <source>Wrong PIN. %1 tries left before a short lock.</source>
            <translation>Code faux. Encore %1 essais avant un court blocage.</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <source>Person files are kept between %1 and %2 months.</source>
            <translation>Les dossiers sont gardés entre %1 et %2 mois.</translation>
        </message>
        <message>
            <source>The desk locks after %1 to %2 minutes.</source>
            <translation>Le poste se verrouille après %1 à %2 minutes.</translation>
        </message>
        <message>
            <source>The log is kept between %1 and %2 months.</source>
            <translation>Le journal est gardé entre %1 et %2 mois.</translation>
        </message>
    </context>
    <context>
        <name>BackupPassphrase</name>
        <message>
            <source>Choose a passphrase of at least %1 characters: a few words are easy to remember.</source>
            <translation>Choisissez une phrase de passe d'au moins %1 caractères : quelques mots se retiennent facilement.</translation>
        </message>
        <message>
            <source>The two passphrases are different: type the same one twice.</source>
            <translation>Les deux phrases de passe sont différentes : tapez la même deux fois.</translation>
        </message>
        <message>
            <source>Passphrase of the Aiguillage backups</source>
            <translation>Phrase de passe des sauvegardes d'Aiguillage</translation>
        </message>
        <message>
            <source>Place: %1 — chosen on %2</source>
            <translation>Lieu : %1 — choisie le %2</translation>
        </message>
        <message>
            <source>The backups of this place are encrypted with this passphrase. Without it, nobody can open them, not even to restore the place's data.</source>
            <translation>Les sauvegardes de ce lieu sont chiffrées avec cette phrase de passe. Sans elle, personne ne peut les ouvrir, pas même pour restaurer les données du lieu.</translation>
        </message>
        <message>
            <source>Keep this sheet under lock, away from the computer. Do not photograph it, do not send it by e-mail.</source>
            <translation>Rangez cette feuille sous clé, loin de l'ordinateur. Ne la photographiez pas, ne l'envoyez pas par courriel.</translation>
        </message>
        <message>
            <source>To restore an encrypted backup: Settings › Backups, type this passphrase, then « Restore ».</source>
            <translation>Pour restaurer une sauvegarde chiffrée : Réglages › Sauvegardes, tapez cette phrase de passe, puis « Restaurer ».</translation>
        </message>
        <message>
            <source>The sheet could not be written: %1</source>
            <translation>La feuille n'a pas pu être enregistrée : %1</translation>
        </message>
    </context>
    <context>
        <name>BackupEncryptionDialog</name>
        <message>
            <source>Encrypt the backups?</source>
            <translation>Chiffrer les sauvegardes ?</translation>
        </message>
        <message>
            <source>Backups hold everyone's files. Encrypted, a copy on a lost USB stick cannot be read without the passphrase. The passphrase stays on this PC for the automatic backups; keep it on paper too: lost, nobody can find it again.</source>
            <translation>Les sauvegardes contiennent les fiches de tout le monde. Chiffrée, une copie sur une clé USB perdue ne peut pas être lue sans la phrase de passe. La phrase reste sur ce PC pour les sauvegardes automatiques ; gardez-la aussi sur papier : perdue, personne ne peut la retrouver.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Phrase de passe, encore</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Phrase de passe</translation>
        </message>
        <message>
            <source>&amp;Again</source>
            <translation>&amp;Encore une fois</translation>
        </message>
        <message>
            <source>Save the sheet to print…</source>
            <translation>Enregistrer la feuille à imprimer…</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Chiffrer</translation>
        </message>
        <message>
            <source>Do not encrypt</source>
            <translation>Ne pas chiffrer</translation>
        </message>
        <message>
            <source>Save the sheet to print first.</source>
            <translation>Enregistrez d'abord la feuille à imprimer.</translation>
        </message>
        <message>
            <source>Sheet of the passphrase</source>
            <translation>Feuille de la phrase de passe</translation>
        </message>
        <message>
            <source>phrase-des-sauvegardes.pdf</source>
            <translation>phrase-des-sauvegardes.pdf</translation>
        </message>
    </context>
</TS>
