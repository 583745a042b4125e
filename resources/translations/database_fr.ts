<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Cli</name>
        <message>
            <source>This command works on a database file. For a shared database, make backups on the main PC.</source>
            <translation>Cette commande travaille sur un fichier de base. Pour une base partagée, les sauvegardes se font sur le poste principal.</translation>
        </message>
        <message>
            <source>database file, or postgresql:// address of a shared database (default: the file in your user data folder)</source>
            <translation>fichier de base, ou adresse postgresql:// d'une base partagée (par défaut : le fichier de votre dossier de données)</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>This database was updated by a newer version of Aiguillage: update Aiguillage on this PC.</source>
            <translation>Cette base a été mise à jour par une version plus récente d'Aiguillage : mettez Aiguillage à jour sur ce poste.</translation>
        </message>
        <message>
            <source>Another desk was changing the same thing: nothing was saved. Please try again.</source>
            <translation>Un autre poste modifiait la même chose : rien n'a été enregistré. Réessayez.</translation>
        </message>
        <message>
            <source>The connection to the database server was lost: the last change was not saved. Check that the main PC is on, then try again.</source>
            <translation>La connexion au poste principal a été perdue : la dernière modification n'est pas enregistrée. Vérifiez que le poste principal est allumé, puis réessayez.</translation>
        </message>
        <message>
            <source>The database could not be copied aside before its update, so it was not updated. Check the free space on this PC.</source>
            <translation>La base n'a pas pu être copiée de côté avant sa mise à jour : elle n'a donc pas été mise à jour. Vérifiez la place libre sur ce poste.</translation>
        </message>
        <message>
            <source>The database server cannot be reached. Check that the main PC is on and connected to the network.</source>
            <translation>Le poste principal ne répond pas. Vérifiez qu'il est allumé et branché au réseau.</translation>
        </message>
        <message>
            <source>The database server could not save the last change. Nothing else was lost.</source>
            <translation>Le poste principal n'a pas pu enregistrer la dernière modification. Rien d'autre n'est perdu.</translation>
        </message>
        <message>
            <source>The database server refused this desk's login (wrong name or password). Ask the coordinator to join this desk again.</source>
            <translation>Le poste principal refuse l'identifiant de ce poste (nom ou mot de passe erroné). Demandez à la coordination de rattacher ce poste à nouveau.</translation>
        </message>
        <message>
            <source>The database “%1” does not exist on the server.</source>
            <translation>La base « %1 » n'existe pas sur le serveur.</translation>
        </message>
        <message>
            <source>The server's disk is full: the last change was not saved. Free some space.</source>
            <translation>Le disque du poste principal est plein : la dernière modification n'est pas enregistrée. Libérez de la place.</translation>
        </message>
        <message>
            <source>This desk is not allowed to make that change.</source>
            <translation>Ce poste n'a pas le droit de faire cette modification.</translation>
        </message>
        <message>
            <source>Too many desks are connected to the server right now. Please try again.</source>
            <translation>Trop de postes sont connectés au poste principal en ce moment. Réessayez.</translation>
        </message>
        <message>
            <source>“%1” is not a valid server address.</source>
            <translation>« %1 » n'est pas une adresse de serveur valable.</translation>
        </message>
    <message><source>The connection to the database server was lost. Check that the main PC is on, then try again.</source><translation>La connexion au poste principal a été perdue. Vérifiez que le poste principal est allumé, puis réessayez.</translation></message></context>
    <context>
        <name>BackupsPanel</name>
        <message>
            <source>This desk works on the place's shared database: its backups are made on the main PC.</source>
            <translation>Ce poste travaille sur la base partagée du lieu : ses sauvegardes se font sur le poste principal.</translation>
        </message>
    </context>
    <context>
        <name>BackupCli</name>
        <message>
            <source>%1 answers, but its schema is not the newest: open it once with the app.</source>
            <translation>%1 répond, mais sa structure n'est pas la plus récente : ouvrez-la une fois avec l'application.</translation>
        </message>
    </context>
</TS>
