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
            <source>make this PC the main PC in place of a broken one, from the last backup or the old server's folder</source>
            <translation>faire de ce PC le poste principal à la place d'un PC en panne, depuis la dernière sauvegarde ou l'ancien dossier du serveur</translation>
        </message>
        <message>
            <source>the last backup of the shared database, or the old main PC's server folder</source>
            <translation>la dernière sauvegarde de la base partagée, ou le dossier du serveur de l'ancien poste principal</translation>
        </message>
        <message>
            <source>the new server's folder (default: serveur-partage in the data folder)</source>
            <translation>le dossier du nouveau serveur (par défaut : serveur-partage dans le dossier de données)</translation>
        </message>
        <message>
            <source>port the desks connect to (default: the old main PC's)</source>
            <translation>port où se connectent les postes (par défaut : celui de l'ancien poste principal)</translation>
        </message>
        <message>
            <source>This PC is now the main PC of the place.</source>
            <translation>Ce PC est maintenant le poste principal du lieu.</translation>
        </message>
        <message>
            <source>The certificate is new: each desk joins again with a new code (server add-desk, or Settings › Desks).</source>
            <translation>Le certificat est nouveau : chaque poste se rattache de nouveau avec un nouveau code (server add-desk, ou Réglages › Postes).</translation>
        </message>
        <message>
            <source>Desks that connect again without a new code: %1, once this PC answers at the old main PC's address (give it the same address on the place's network).</source>
            <translation>Postes qui se reconnectent sans nouveau code : %1, dès que ce PC répond à l'adresse de l'ancien poste principal (donnez-lui la même adresse sur le réseau du lieu).</translation>
        </message>
        <message>
            <source>the server's folder (default: the one this main PC hosts)</source>
            <translation>le dossier du serveur (par défaut : celui de ce poste principal)</translation>
        </message>
        <message>
            <source>share this database with other desks: this PC becomes the main PC</source>
            <translation>partager cette base avec d'autres postes : ce PC devient le poste principal</translation>
        </message>
        <message>
            <source>the server's folder (default: beside the database file)</source>
            <translation>le dossier du serveur (par défaut : à côté du fichier de la base)</translation>
        </message>
        <message>
            <source>port the desks connect to (default: 5433 if free)</source>
            <translation>port où se connectent les postes (par défaut : 5433 s'il est libre)</translation>
        </message>
        <message>
            <source>do not start the server with the session</source>
            <translation>ne pas démarrer le serveur à l'ouverture de session</translation>
        </message>
        <message>
            <source>Shared server ready in %1.</source>
            <translation>Serveur partagé prêt dans %1.</translation>
        </message>
        <message>
            <source>Address for the desks: %1</source>
            <translation>Adresse pour les postes : %1</translation>
        </message>
        <message>
            <source>Add a desk with “aiguillage server add-desk --kind office|reception|till”; it prints the desk's one-time code.</source>
            <translation>Ajoutez un poste avec « aiguillage server add-desk --kind office|reception|till » : la commande affiche son code à usage unique.</translation>
        </message>
        <message>
            <source>This PC is already the main PC of a place: its database is shared.</source>
            <translation>Ce PC est déjà le poste principal d'un lieu : sa base est déjà partagée.</translation>
        </message>
        <message>
            <source>There is no database file “%1” to share.</source>
            <translation>Il n'y a pas de fichier de base « %1 » à partager.</translation>
        </message>
        <message>
            <source>%1 rows moved in %2 tables, and checked. The file is kept aside, read-only.</source>
            <translation>%1 lignes déplacées dans %2 tables, et vérifiées. Le fichier est gardé de côté, en lecture seule.</translation>
        </message>
        <message>
            <source>The server starts with the session: %1</source>
            <translation>Le serveur démarre avec la session : %1</translation>
        </message>
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
            <source>The main PC's kit is encrypted: give the backups' passphrase.</source>
            <translation>La trousse du poste principal est chiffrée : donnez la phrase de passe des sauvegardes.</translation>
        </message>
        <message>
            <source>The passphrase does not open the main PC's kit.</source>
            <translation>Cette phrase de passe n'ouvre pas la trousse du poste principal.</translation>
        </message>
        <message>
            <source>“%1” is not a main PC's kit.</source>
            <translation>« %1 » n'est pas une trousse de poste principal.</translation>
        </message>
        <message>
            <source>The old server still runs: stop it first (server stop).</source>
            <translation>L'ancien serveur tourne encore : arrêtez-le d'abord (server stop).</translation>
        </message>
        <message>
            <source>There is no backup “%1”.</source>
            <translation>Il n'y a pas de sauvegarde « %1 ».</translation>
        </message>
        <message>
            <source>The shared server's folder “%1” cannot be read (%2).</source>
            <translation>Le dossier du serveur partagé « %1 » ne peut pas être lu (%2).</translation>
        </message>
        <message>
            <source>The shared database of this PC could not start. Its log is in “%1”.</source>
            <translation>La base partagée de ce PC n'a pas pu démarrer. Son journal est dans « %1 ».</translation>
        </message>
        <message>
            <source>This PC is not the main PC of a place: give the server's folder with --dir.</source>
            <translation>Ce PC n'est pas le poste principal d'un lieu : indiquez le dossier du serveur avec --dir.</translation>
        </message>
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
            <source>This code does not work. Check it with the coordinator, or ask for a new one: a code works once, for two hours.</source>
            <translation>Ce code ne fonctionne pas. Vérifiez-le avec la coordination, ou demandez-en un nouveau : un code sert une fois, pendant deux heures.</translation>
        </message>
        <message>
            <source>Too many wrong codes were typed from this computer. Wait a quarter of an hour, check the code with the coordinator, then try again.</source>
            <translation>Trop de codes erronés ont été tapés depuis cet ordinateur. Attendez un quart d'heure, vérifiez le code avec la coordination, puis réessayez.</translation>
        </message>
        <message>
            <source>“%1” already holds a server: choose an empty folder.</source>
            <translation>« %1 » contient déjà un serveur : choisissez un dossier vide.</translation>
        </message>
        <message>
            <source>This database already holds a place's data: give the address of a new, empty database.</source>
            <translation>Cette base contient déjà les données d'un lieu : donnez l'adresse d'une base neuve et vide.</translation>
        </message>
        <message>
            <source>This server runs PostgreSQL %1: Aiguillage needs version 14 or newer. Ask your IT staff to update it.</source>
            <translation>Ce serveur fait tourner PostgreSQL %1 : Aiguillage a besoin de la version 14 ou plus récente. Demandez à votre service informatique de le mettre à jour.</translation>
        </message>
        <message>
            <source>The main PC does not answer at %1. Check the address, and that the main PC is on and on the same network.</source>
            <translation>Le poste principal ne répond pas à l'adresse %1. Vérifiez l'adresse, et que le poste principal est allumé et sur le même réseau.</translation>
        </message>
        <message>
            <source>This login is accepted on the main PC itself only, not over the network. A desk connects with its own login: add it on the main PC (Settings › Desks).</source>
            <translation>Cet identifiant n'est accepté que sur le poste principal lui-même, pas par le réseau. Un poste se connecte avec son propre identifiant : ajoutez-le sur le poste principal (Réglages › Postes).</translation>
        </message>
        <message>
            <source>The shared server listens on the place's local network only: “%1” is not one of its addresses.</source>
            <translation>Le serveur partagé n'écoute que sur le réseau local du lieu : « %1 » n'est pas une de ses adresses.</translation>
        </message>
        <message>
            <source>This record was already dealt with.</source>
            <translation>Cet enregistrement a déjà été traité.</translation>
        </message>
        <message>
            <source>Still refused: %1</source>
            <translation>Toujours refusé : %1</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Fait le</translation>
        </message>
        <message>
            <source>Refused on</source>
            <translation>Refusé le</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Le fichier n'a pas pu être écrit : %1</translation>
        </message>
        <message>
            <source>till click</source>
            <translation>passage en caisse</translation>
        </message>
        <message>
            <source>weighing</source>
            <translation>pesée</translation>
        </message>
        <message>
            <source>anonymous visit</source>
            <translation>visite anonyme</translation>
        </message>
        <message>
            <source>quick referral</source>
            <translation>orientation rapide</translation>
        </message>
        <message>
            <source>This kind of desk cannot make this record: it is not sent again.</source>
            <translation>Ce genre de poste ne peut pas faire cet enregistrement : il n'est pas renvoyé.</translation>
        </message>
    </context>
    <context>
        <name>DesksPanel</name>
        <message>
            <source>%1 rows moved in %2 tables, and checked: every count and checksum is the same. Aiguillage now works on the shared database.</source>
            <translation>%1 lignes déplacées dans %2 tables, et vérifiées : chaque nombre et chaque somme de contrôle sont identiques. Aiguillage travaille maintenant sur la base partagée.</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Add a desk</source>
            <translation>Ajouter un poste</translation>
        </message>
        <message>
            <source>Added on</source>
            <translation>Ajouté le</translation>
        </message>
        <message>
            <source>Address of the PostgreSQL database</source>
            <translation>Adresse de la base PostgreSQL</translation>
        </message>
        <message>
            <source>Check and move the data there</source>
            <translation>Vérifier et y déplacer les données</translation>
        </message>
        <message>
            <source>Choose a desk in the list first.</source>
            <translation>Choisissez d'abord un poste dans la liste.</translation>
        </message>
        <message>
            <source>Desks</source>
            <translation>Postes</translation>
        </message>
        <message>
            <source>Desks of the place</source>
            <translation>Postes du lieu</translation>
        </message>
        <message>
            <source>For IT staff: the address of a new, empty database on PostgreSQL 14 or newer.</source>
            <translation>Pour le service informatique : l'adresse d'une base neuve et vide, sur PostgreSQL 14 ou plus récent.</translation>
        </message>
        <message>
            <source>I already have a PostgreSQL server</source>
            <translation>J'ai déjà un serveur PostgreSQL</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Kind of desk</source>
            <translation>Type de poste</translation>
        </message>
        <message>
            <source>Moving the data and checking it… Do not close Aiguillage.</source>
            <translation>Déplacement et vérification des données… Ne fermez pas Aiguillage.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Name of the new desk</source>
            <translation>Nom du nouveau poste</translation>
        </message>
        <message>
            <source>On the new PC, choose « Join a place » and type this code (address of the main PC: %1). It works once, for two hours.</source>
            <translation>Sur le nouveau PC, choisissez « Rejoindre un lieu déjà partagé » et tapez ce code (adresse du poste principal : %1). Il sert une seule fois, pendant deux heures.</translation>
        </message>
        <message>
            <source>One-time join code</source>
            <translation>Code de rattachement à usage unique</translation>
        </message>
        <message>
            <source>Remove the desk “%1”? It will no longer reach the database; to use it again, add it again with a new code.</source>
            <translation>Retirer le poste « %1 » ? Il n'aura plus accès à la base ; pour le réutiliser, ajoutez-le de nouveau avec un nouveau code.</translation>
        </message>
        <message>
            <source>Remove this desk</source>
            <translation>Retirer ce poste</translation>
        </message>
        <message>
            <source>Several desks (reception, till, office) can work on the same data. This PC becomes the main PC: it keeps the database and the other desks connect to it over the place's network. Choose the PC that is on whenever the place is open. The data is moved and checked; this file is kept aside, read-only.</source>
            <translation>Plusieurs postes (accueil, caisse, bureau) peuvent travailler sur les mêmes données. Ce PC devient le poste principal : il garde la base et les autres postes s'y connectent par le réseau du lieu. Choisissez le PC qui est allumé chaque fois que le lieu est ouvert. Les données sont déplacées puis vérifiées ; le fichier actuel est gardé de côté, en lecture seule.</translation>
        </message>
        <message>
            <source>Share this database</source>
            <translation>Partager cette base</translation>
        </message>
        <message>
            <source>Share this database with other desks</source>
            <translation>Partager cette base avec d'autres postes</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>The desk has reopened on it; nothing else to do.</source>
            <translation>Le poste s'est rouvert sur elle ; rien d'autre à faire.</translation>
        </message>
        <message>
            <source>This PC is the main PC. Its address on the place's network: %1. Leave it on whenever the place is open.</source>
            <translation>Ce PC est le poste principal. Son adresse sur le réseau du lieu : %1. Laissez-le allumé chaque fois que le lieu est ouvert.</translation>
        </message>
        <message>
            <source>This PC will become the main PC of the place. Leave it on whenever the place is open. Continue?</source>
            <translation>Ce PC va devenir le poste principal du lieu. Laissez-le allumé chaque fois que le lieu est ouvert. Continuer ?</translation>
        </message>
        <message>
            <source>This desk works on the place's shared database. Desks are added and removed on the main PC, in Settings › Desks.</source>
            <translation>Ce poste travaille sur la base partagée du lieu. Les postes s'ajoutent et se retirent sur le poste principal, dans Réglages › Postes.</translation>
        </message>
        <message>
            <source>Type a name for the new desk.</source>
            <translation>Tapez un nom pour le nouveau poste.</translation>
        </message>
        <message>
            <source>Type the address of the database, starting with postgresql://</source>
            <translation>Tapez l'adresse de la base, qui commence par postgresql://</translation>
        </message>
        <message>
            <source>connected now</source>
            <translation>connecté en ce moment</translation>
        </message>
        <message>
            <source>e.g. Till of the shop</source>
            <translation>ex. : Caisse de la boutique</translation>
        </message>
        <message>
            <source>joined</source>
            <translation>rattaché</translation>
        </message>
        <message>
            <source>office</source>
            <translation>bureau</translation>
        </message>
        <message>
            <source>reception</source>
            <translation>accueil</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>retiré</translation>
        </message>
        <message>
            <source>till</source>
            <translation>caisse</translation>
        </message>
        <message>
            <source>waiting for its code</source>
            <translation>en attente de son code</translation>
        </message>
        <message>
            <source>Records refused by the main PC</source>
            <translation>Enregistrements refusés par le poste principal</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Fait le</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Renvoyer</translation>
        </message>
        <message>
            <source>Once the cause is fixed (a right given back, a service or a category put back): made here as it was kept, at its time and by its person.</source>
            <translation>Une fois la cause réglée (un droit rendu, un service ou une catégorie remis) : fait ici tel qu'il a été gardé, à son heure et au nom de sa personne.</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>The desks' kept records that the main PC refused: none. Nothing is lost.</source>
            <translation>Aucun enregistrement des postes n'a été refusé par le poste principal. Rien n'est perdu.</translation>
        </message>
        <message>
            <source>Kept on their desk and refused here: fix the cause, then « Send again ». Nothing is deleted.</source>
            <translation>Gardés sur leur poste et refusés ici : réglez la cause, puis « Renvoyer ». Rien n'est effacé.</translation>
        </message>
        <message>
            <source>Choose a record in the list first.</source>
            <translation>Choisissez d'abord un enregistrement dans la liste.</translation>
        </message>
        <message>
            <source>The record is made. Its desk forgets it at its next send.</source>
            <translation>L'enregistrement est fait. Son poste l'oubliera à son prochain envoi.</translation>
        </message>
        <message>
            <source>Export the refused records</source>
            <translation>Exporter les enregistrements refusés</translation>
        </message>
        <message>
            <source>enregistrements-refuses.csv</source>
            <translation>enregistrements-refuses.csv</translation>
        </message>
        <message>
            <source>Records written: %1, in %2.</source>
            <translation>Enregistrements écrits : %1, dans %2.</translation>
        </message>
        <message>
            <source>%1 record refused</source>
            <translation>%1 enregistrement refusé</translation>
        </message>
        <message>
            <source>%1 records refused</source>
            <translation>%1 enregistrements refusés</translation>
        </message>
        <message>
            <source>%1 record waiting</source>
            <translation>%1 enregistrement en attente</translation>
        </message>
        <message>
            <source>%1 records waiting</source>
            <translation>%1 enregistrements en attente</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 depuis le %2</translation>
        </message>
    </context>
    <context>
        <name>ReglagesPage</name>
        <message>
            <source>Desks</source>
            <translation>Postes</translation>
        </message>
    </context>
    <context>
        <name>JoinPlacePage</name>
        <message>
            <source>&amp;Address of the main PC:</source>
            <translation>&amp;Adresse du poste principal :</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code :</translation>
        </message>
        <message>
            <source>&amp;Look again</source>
            <translation>&amp;Chercher de nouveau</translation>
        </message>
        <message>
            <source>Address of the main PC</source>
            <translation>Adresse du poste principal</translation>
        </message>
        <message>
            <source>Choose your place, then type the code.</source>
            <translation>Choisissez votre lieu, puis tapez le code.</translation>
        </message>
        <message>
            <source>Join a place</source>
            <translation>Rejoindre un lieu</translation>
        </message>
        <message>
            <source>Join code</source>
            <translation>Code de rattachement</translation>
        </message>
        <message>
            <source>Joining the place…</source>
            <translation>Rattachement au lieu…</translation>
        </message>
        <message>
            <source>Look for the main PC again</source>
            <translation>Chercher de nouveau le poste principal</translation>
        </message>
        <message>
            <source>Looking for the main PC on the network…</source>
            <translation>Recherche du poste principal sur le réseau…</translation>
        </message>
        <message>
            <source>No main PC answered. Check that it is on, or type its address.</source>
            <translation>Aucun poste principal n'a répondu. Vérifiez qu'il est allumé, ou tapez son adresse.</translation>
        </message>
        <message>
            <source>On the main PC, a coordinator adds this desk (Settings › Desks) and gets a code. Choose your place below, or type its address.</source>
            <translation>Sur le poste principal, la coordination ajoute ce poste (Réglages › Postes) et obtient un code. Choisissez votre lieu ci-dessous, ou tapez son adresse.</translation>
        </message>
        <message>
            <source>Places found on the network</source>
            <translation>Lieux trouvés sur le réseau</translation>
        </message>
        <message>
            <source>Type the code given on the main PC.</source>
            <translation>Tapez le code donné sur le poste principal.</translation>
        </message>
        <message>
            <source>Type the main PC's address as shown there, e.g. 192.168.1.10:5433.</source>
            <translation>Tapez l'adresse du poste principal telle qu'elle y est affichée, par exemple 192.168.1.10:5433.</translation>
        </message>
    </context>
    <context>
        <name>PlacePage</name>
        <message>
            <source>&amp;Create a place on this PC</source>
            <translation>C&amp;réer un lieu sur ce PC</translation>
        </message>
        <message>
            <source>&amp;Join a place already shared</source>
            <translation>Re&amp;joindre un lieu déjà partagé</translation>
        </message>
        <message>
            <source>Create a place</source>
            <translation>Créer un lieu</translation>
        </message>
        <message>
            <source>Join a place already shared</source>
            <translation>Rejoindre un lieu déjà partagé</translation>
        </message>
    </context>
    <context>
        <name>Hosting</name>
        <message>
            <source>Shared database started again.</source>
            <translation>Base partagée redémarrée.</translation>
        </message>
        <message>
            <source>Starting the shared database…</source>
            <translation>Démarrage de la base partagée…</translation>
        </message>
        <message>
            <source>One moment, please.</source>
            <translation>Un instant, s'il vous plaît.</translation>
        </message>
        <message>
            <source>Shared database</source>
            <translation>Base partagée</translation>
        </message>
        <message>
            <source>The shared database was stopped: Aiguillage started it again. The desks can connect.</source>
            <translation>La base partagée était arrêtée : Aiguillage l'a redémarrée. Les postes peuvent s'y connecter.</translation>
        </message>
        <message>
            <source>Shared database — no desk connected</source>
            <translation>Base partagée — aucun poste connecté</translation>
        </message>
        <message>
            <source>Shared database — 1 desk connected</source>
            <translation>Base partagée — 1 poste connecté</translation>
        </message>
        <message>
            <source>Shared database — %1 desks connected</source>
            <translation>Base partagée — %1 postes connectés</translation>
        </message>
        <message>
            <source>Stop the shared database too? While it is stopped, the other desks can no longer look people up, and keep only the till, the directory and anonymous visits, sent when it starts again. It starts again with this PC or with Aiguillage. Usually, keep it running.</source>
            <translation>Arrêter aussi la base partagée ? Tant qu'elle est arrêtée, les autres postes ne peuvent plus chercher une personne : il leur reste seulement la caisse, l'annuaire et les visites anonymes, envoyées à son redémarrage. Elle redémarre avec ce PC ou avec Aiguillage. D'habitude, on la laisse tourner.</translation>
        </message>
        <message>
            <source>Close Aiguillage</source>
            <translation>Fermer Aiguillage</translation>
        </message>
        <message>
            <source>The shared database could not be stopped: it keeps running.</source>
            <translation>La base partagée n'a pas pu être arrêtée : elle continue de tourner.</translation>
        </message>
    </context>
</TS>
