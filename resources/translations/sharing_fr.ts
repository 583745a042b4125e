<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Database</name>
        <message>
            <source>The database server does not encrypt its connections: this desk refuses it.</source>
            <translation>Le serveur de la base ne chiffre pas ses connexions : ce poste le refuse.</translation>
        </message>
        <message>
            <source>The database server showed no certificate: this desk refuses it.</source>
            <translation>Le serveur de la base n'a présenté aucun certificat : ce poste le refuse.</translation>
        </message>
        <message>
            <source>Warning: the main PC's certificate has changed, so this desk does not connect. Someone may be pretending to be the main PC. If the main PC was set up again, join this desk again with a new code; otherwise call the coordinator.</source>
            <translation>Attention : le certificat du poste principal a changé, ce poste ne s'y connecte donc pas. Quelqu'un se fait peut-être passer pour le poste principal. Si le poste principal a été réinstallé, rattachez ce poste avec un nouveau code ; sinon, appelez la coordination.</translation>
        </message>
    </context>
    <context>
        <name>ServerCli</name>
        <message>
            <source>ACTION</source>
            <translation>ACTION</translation>
        </message>
        <message>
            <source>Certificate fingerprint (SHA-256): %1</source>
            <translation>Empreinte du certificat (SHA-256) : %1</translation>
        </message>
        <message>
            <source>Desk %1 added. Its one-time join code:</source>
            <translation>Poste %1 ajouté. Son code de rattachement (valable une fois) :</translation>
        </message>
        <message>
            <source>Desk %1 revoked: it can no longer connect.</source>
            <translation>Poste %1 révoqué : il ne peut plus se connecter.</translation>
        </message>
        <message>
            <source>Shared server ready in %1, port %2.</source>
            <translation>Serveur partagé prêt dans %1, port %2.</translation>
        </message>
        <message>
            <source>The shared server is stopped.</source>
            <translation>Le serveur partagé est arrêté.</translation>
        </message>
        <message>
            <source>The shared server runs on port %1.</source>
            <translation>Le serveur partagé fonctionne sur le port %1.</translation>
        </message>
        <message>
            <source>The shared server runs.</source>
            <translation>Le serveur partagé fonctionne.</translation>
        </message>
        <message>
            <source>a name for the desk</source>
            <translation>un nom pour le poste</translation>
        </message>
        <message>
            <source>add a desk and print its one-time join code</source>
            <translation>ajouter un poste et afficher son code de rattachement</translation>
        </message>
        <message>
            <source>address to listen on (default: this PC's local network and the loopback)</source>
            <translation>adresse d'écoute (par défaut : le réseau local de ce PC et la boucle locale)</translation>
        </message>
        <message>
            <source>joined</source>
            <translation>rattaché</translation>
        </message>
        <message>
            <source>list the desks</source>
            <translation>lister les postes</translation>
        </message>
        <message>
            <source>port the desks connect to</source>
            <translation>port auquel les postes se connectent</translation>
        </message>
        <message>
            <source>revoke a desk: it can no longer connect</source>
            <translation>révoquer un poste : il ne peut plus se connecter</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>révoqué</translation>
        </message>
        <message>
            <source>run the server's TLS front in the foreground</source>
            <translation>faire tourner au premier plan la passerelle TLS du serveur</translation>
        </message>
        <message>
            <source>say whether the shared server runs</source>
            <translation>dire si le serveur partagé fonctionne</translation>
        </message>
        <message>
            <source>set up a new shared server in an empty folder</source>
            <translation>installer un nouveau serveur partagé dans un dossier vide</translation>
        </message>
        <message>
            <source>start the shared server</source>
            <translation>démarrer le serveur partagé</translation>
        </message>
        <message>
            <source>stop the shared server</source>
            <translation>arrêter le serveur partagé</translation>
        </message>
        <message>
            <source>the server's folder</source>
            <translation>le dossier du serveur</translation>
        </message>
        <message>
            <source>the shared server of the main PC (several desks)</source>
            <translation>le serveur partagé du poste principal (plusieurs postes)</translation>
        </message>
        <message>
            <source>waiting for its code</source>
            <translation>en attente de son code</translation>
        </message>
        <message>
            <source>This desk joined the place (%1). Its address is kept in %2.</source>
            <translation>Ce poste est rattaché au lieu (%1). Son adresse est gardée dans %2.</translation>
        </message>
        <message>
            <source>join this desk to a place's shared database</source>
            <translation>rattacher ce poste à la base partagée d'un lieu</translation>
        </message>
        <message>
            <source>the fingerprint of the main PC's certificate</source>
            <translation>l'empreinte du certificat du poste principal</translation>
        </message>
        <message>
            <source>the main PC's address</source>
            <translation>l'adresse du poste principal</translation>
        </message>
        <message>
            <source>the one-time join code</source>
            <translation>le code de rattachement (valable une fois)</translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message>
            <source>Choose the kind of desk: office, reception or till.</source>
            <translation>Choisissez le type de poste : bureau, accueil ou caisse.</translation>
        </message>
        <message>
            <source>The data could not be moved whole (%1): this desk stays on its file.</source>
            <translation>Les données n'ont pas pu être déplacées en entier (%1) : ce poste reste sur son fichier.</translation>
        </message>
        <message>
            <source>The shared server could not listen on port %1: is another program using it?</source>
            <translation>Le serveur partagé n'a pas pu écouter sur le port %1 : un autre programme l'utilise-t-il ?</translation>
        </message>
        <message>
            <source>There is no shared server in “%1”. Set it up first (server init).</source>
            <translation>Il n'y a pas de serveur partagé dans « %1 ». Installez-le d'abord (server init).</translation>
        </message>
        <message>
            <source>This code does not work. Check it with the coordinator, or ask for a new one: a code works once, for two hours, and five wrong tries end it.</source>
            <translation>Ce code ne fonctionne pas. Vérifiez-le avec la coordination, ou demandez-en un nouveau : un code sert une fois, pendant deux heures, et cinq essais erronés l'annulent.</translation>
        </message>
        <message>
            <source>“%1” already holds a server: choose an empty folder.</source>
            <translation>« %1 » contient déjà un serveur : choisissez un dossier vide.</translation>
        </message>
    </context>
</TS>