<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AccueilPage</name>
        <message>
            <location filename="../../ui/pages/accueil.py" line="19" />
            <source>Today's visits will be listed here.</source>
            <translation>Les visites du jour s'afficheront ici.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="20" />
            <source>Search for a person or press Ctrl+N to log a visit.</source>
            <translation>Cherchez une personne ou appuyez sur Ctrl+N pour noter une visite.</translation>
        </message>
    </context>
    <context>
        <name>Agents</name>
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
    </context>
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
        <name>CaissePage</name>
        <message>
            <location filename="../../ui/pages/caisse.py" line="20" />
            <source>One click per visitor: the till buttons will be here.</source>
            <translation>Un clic par visiteur : les boutons de caisse seront ici.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/caisse.py" line="21" />
            <source>A coordinator sets them up in Settings.</source>
            <translation>Un coordinateur ou une coordinatrice les prépare dans Réglages.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="24" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="25" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix invalide : %(value)r (choisissez parmi %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="26" />
            <source>unrecognized arguments: %s</source>
            <translation>arguments inconnus : %s</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="27" />
            <source>the following arguments are required: %s</source>
            <translation>ces arguments sont obligatoires : %s</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="28" />
            <source>one of the arguments %s is required</source>
            <translation>l’un de ces arguments est obligatoire : %s</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="29" />
            <source>not allowed with argument %s</source>
            <translation>impossible avec l’argument %s</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="30" />
            <source>ignored explicit argument %r</source>
            <translation>argument ignoré : %r</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="31" />
            <source>expected one argument</source>
            <translation>une valeur est attendue</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="32" />
            <source>expected at most one argument</source>
            <translation>une valeur au plus est attendue</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="33" />
            <source>expected at least one argument</source>
            <translation>au moins une valeur est attendue</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="34" />
            <source>expected %s argument</source>
            <translation>%s valeur attendue</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="35" />
            <source>expected %s arguments</source>
            <translation>%s valeurs attendues</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="36" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="37" />
            <source>unexpected option string: %s</source>
            <translation>option inattendue : %s</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="38" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur invalide (%(type)s) : %(value)r</translation>
        </message>
        <message>
            <location filename="../../app/commands/argparse_words.py" line="39" />
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>commande inconnue : %(parser_name)r (choix : %(choices)s)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>COMMAND</source>
            <translation>COMMANDE</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Erreur : %1</translation>
        </message>
        <message>
            <source>Error: the database “%1” cannot be used (%2).</source>
            <translation>Erreur : la base de données « %1 » ne peut pas être utilisée (%2).</translation>
        </message>
        <message>
            <source>Error: the size must look like 1280x800.</source>
            <translation>Erreur : la taille doit s'écrire comme 1280x800.</translation>
        </message>
        <message>
            <source>Reception, referrals and orientation sheets for solidarity places.</source>
            <translation>Accueil, orientations et fiches d'orientation pour les lieux des solidarités.</translation>
        </message>
        <message>
            <source>Type “%1 --help” to see what you can do.</source>
            <translation>Tapez « %1 --help » pour voir ce que vous pouvez faire.</translation>
        </message>
        <message>
            <source>commands</source>
            <translation>commandes</translation>
        </message>
        <message>
            <source>database file (default: the one in your user data folder)</source>
            <translation>fichier de base de données (par défaut : celui de votre dossier de données)</translation>
        </message>
        <message>
            <source>interface language</source>
            <translation>langue de l'interface</translation>
        </message>
        <message>
            <source>open the window (the default)</source>
            <translation>ouvrir la fenêtre (par défaut)</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>page name, e.g. accueil</source>
            <translation>nom de la page, par exemple accueil</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments</translation>
        </message>
        <message>
            <source>render one page to a PNG file, offscreen</source>
            <translation>enregistrer l'image d'une page dans un fichier PNG, sans l'afficher</translation>
        </message>
        <message>
            <source>show the version number and quit</source>
            <translation>afficher le numéro de version et quitter</translation>
        </message>
        <message>
            <source>show this help and quit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>the PNG file to write</source>
            <translation>le fichier PNG à écrire</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>window size (default: 1280x800)</source>
            <translation>taille de la fenêtre (par défaut : 1280x800)</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorPage</name>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="108" />
            <source>The first coordinator</source>
            <translation>Le premier coordinateur ou la première coordinatrice</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="111" />
            <source>The coordinator manages the directory, the settings and the other agents. The PIN (4 to 8 digits) opens the app.</source>
            <translation>Il ou elle gère l'annuaire, les réglages et les autres agents. Le code PIN (4 à 8 chiffres) ouvre l'application.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="115" />
            <source>Coordinator's name</source>
            <translation>Nom du coordinateur ou de la coordinatrice</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="116" />
            <source>First name and last name</source>
            <translation>Prénom et nom</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="117" />
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="119" />
            <source>PIN again</source>
            <translation>Confirmation du code PIN</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="123" />
            <source>Problem to fix</source>
            <translation>Problème à corriger</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="126" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="127" />
            <source>&amp;PIN:</source>
            <translation>Code &amp;PIN :</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="128" />
            <source>PIN &amp;again:</source>
            <translation>&amp;Confirmer le code PIN :</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="129" />
            <source>Keep the PIN to yourself. It is stored only in a scrambled form.</source>
            <translation>Gardez ce code pour vous. Il n'est enregistré que sous une forme brouillée.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="146" />
            <source>Please type the coordinator's name.</source>
            <translation>Veuillez saisir le nom du coordinateur ou de la coordinatrice.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="150" />
            <source>The PIN must have 4 to 8 digits, and digits only.</source>
            <translation>Le code PIN doit comporter de 4 à 8 chiffres, et seulement des chiffres.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="154" />
            <source>The two PINs are different. Please type the PIN again.</source>
            <translation>Les deux codes PIN sont différents. Veuillez retaper le code PIN.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The database file “%1” cannot be read (%2).</source>
            <translation>Le fichier de base de données « %1 » ne peut pas être lu (%2).</translation>
        </message>
        <message>
            <source>The database file “%1” is damaged or unreadable.</source>
            <translation>Le fichier de base de données « %1 » est endommagé ou illisible.</translation>
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
    </context>
    <context>
        <name>Desk</name>
        <message>
            <location filename="../../ui/desk.py" line="25" />
            <location filename="../../ui/desk.py" line="28" />
            <source>Aiguillage</source>
            <translation>Aiguillage</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="174" />
            <source>Welcome to Aiguillage</source>
            <translation>Bienvenue dans Aiguillage</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="27" />
            <source>Aiguillage — %1</source>
            <translation>Aiguillage — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="39" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="129" />
            <source>Site: %1</source>
            <translation>Lieu : %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="130" />
            <source>Agent: %1</source>
            <translation>Agent : %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="131" />
            <location filename="../../ui/screenshot_all.py" line="83" />
            <source>Database: %1</source>
            <translation>Base de données : %1</translation>
        </message>
        <message>
            <source>Aiguillage</source>
            <translation>Aiguillage</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Appointments</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="26" />
            <source>Reception</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location filename="../../ui/pages/annuaire.py" line="27" />
            <source>Directory</source>
            <translation>Annuaire</translation>
        </message>
        <message>
            <location filename="../../ui/pages/caisse.py" line="27" />
            <source>Till</source>
            <translation>Caisse</translation>
        </message>
        <message>
            <location filename="../../ui/pages/orientations.py" line="27" />
            <source>Referrals</source>
            <translation>Orientations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/personnes.py" line="27" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rapports.py" line="27" />
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reglages.py" line="27" />
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
    </context>
    <context>
        <name>OrientationsPage</name>
        <message>
            <location filename="../../ui/pages/orientations.py" line="20" />
            <source>Referrals to partner services will be listed here.</source>
            <translation>Les orientations vers les services partenaires s'afficheront ici.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/orientations.py" line="21" />
            <source>Refer a person from a visit to see it here.</source>
            <translation>Orientez une personne depuis une visite pour la voir ici.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <location filename="../../app/permissions.py" line="71" />
            <source>Your role does not allow this action. Ask a coordinator.</source>
            <translation>Votre rôle ne permet pas cette action. Demandez à un coordinateur ou une coordinatrice.</translation>
        </message>
    </context>
    <context>
        <name>PersonnesPage</name>
        <message>
            <location filename="../../ui/pages/personnes.py" line="20" />
            <source>The files of the people you meet will be here.</source>
            <translation>Les dossiers des personnes accueillies seront ici.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/personnes.py" line="21" />
            <source>A file is created when you log a visit for someone new.</source>
            <translation>Un dossier est créé quand vous notez la visite d'une nouvelle personne.</translation>
        </message>
    </context>
    <context>
        <name>PlacePage</name>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="53" />
            <source>Your place</source>
            <translation>Votre lieu</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="56" />
            <source>Aiguillage keeps everything on this computer. First, tell it about your place.</source>
            <translation>Aiguillage garde tout sur cet ordinateur. Pour commencer, présentez votre lieu.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="59" />
            <source>Name of the place</source>
            <translation>Nom du lieu</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="60" />
            <source>e.g. Point Accueil Emploi de Redon</source>
            <translation>par exemple : Point Accueil Emploi de Redon</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="63" />
            <source>Kind of place</source>
            <translation>Type de lieu</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="65" />
            <source>Employment help desk</source>
            <translation>Espace emploi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="66" />
            <source>Recyclerie</source>
            <translation>Recyclerie</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="67" />
            <source>Social reception desk</source>
            <translation>Accueil social</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="68" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="71" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="72" />
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="73" />
            <source>Town</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="74" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="75" />
            <source>Problem to fix</source>
            <translation>Problème à corriger</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="78" />
            <source>&amp;Name of the place:</source>
            <translation>&amp;Nom du lieu :</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="79" />
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="80" />
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="81" />
            <source>&amp;Postal code:</source>
            <translation>Code &amp;postal :</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="82" />
            <source>&amp;Town:</source>
            <translation>&amp;Commune :</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="83" />
            <source>P&amp;hone:</source>
            <translation>Télép&amp;hone :</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="95" />
            <source>Please type the name of the place.</source>
            <translation>Veuillez saisir le nom du lieu.</translation>
        </message>
    </context>
    <context>
        <name>RapportsPage</name>
        <message>
            <location filename="../../ui/pages/rapports.py" line="20" />
            <source>Monthly and annual reports will be made here.</source>
            <translation>Les bilans mensuels et annuels se feront ici.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rapports.py" line="21" />
            <source>Log visits and referrals first: the figures come from them.</source>
            <translation>Notez d'abord des visites et des orientations : les chiffres en viennent.</translation>
        </message>
    </context>
    <context>
        <name>ReglagesPage</name>
        <message>
            <location filename="../../ui/pages/reglages.py" line="20" />
            <source>The settings of this place will be here.</source>
            <translation>Les réglages de ce lieu seront ici.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reglages.py" line="21" />
            <source>Agents, till buttons, backups and privacy.</source>
            <translation>Agents, boutons de caisse, sauvegardes et confidentialité.</translation>
        </message>
    </context>
    <context>
        <name>Screenshot</name>
        <message>
            <location filename="../../ui/screenshot.py" line="19" />
            <source>This database has no site yet: run the app once first.</source>
            <translation>Cette base de données n'a pas encore de lieu : ouvrez d'abord l'application une fois.</translation>
        </message>
        <message>
            <location filename="../../ui/screenshot.py" line="25" />
            <source>Unknown page “%1”. Pages: %2.</source>
            <translation>Page « %1 » inconnue. Pages : %2.</translation>
        </message>
    </context>
    <context>
        <name>Sites</name>
        <message>
            <source>Please choose the kind of place.</source>
            <translation>Veuillez choisir le type de lieu.</translation>
        </message>
        <message>
            <source>Please type the name of the place.</source>
            <translation>Veuillez saisir le nom du lieu.</translation>
        </message>
        <message>
            <source>The name of the place is too long (200 characters at most).</source>
            <translation>Le nom du lieu est trop long (200 caractères au plus).</translation>
        </message>
        <message>
            <source>This database already has a site.</source>
            <translation>Cette base de données a déjà un lieu.</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <location filename="../../ui/tasks.py" line="85" />
            <source>Something went wrong: %1</source>
            <translation>Un problème est survenu : %1</translation>
        </message>
    </context>
    <context>
        <name>SystemCheck</name>
        <message>
            <source>Aiguillage cannot open its window: the system lacks %1.</source>
            <translation>Aiguillage ne peut pas ouvrir sa fenêtre : il manque au système %1.</translation>
        </message>
        <message>
            <source>Install what is missing with this command (it asks for your password):</source>
            <translation>Installez ce qui manque avec cette commande (elle demande votre mot de passe) :</translation>
        </message>
        <message>
            <source>then start Aiguillage again (make run).</source>
            <translation>puis relancez Aiguillage (make run).</translation>
        </message>
    </context>
    <context>
        <name>FileDialog</name>
        <message>
            <location filename="../../ui/messages.py" line="110" />
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="115" />
            <source>%1 byte</source>
            <translation>%1 octet</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../ui/printing.py" line="40" />
            <source>The document could not be prepared for printing.</source>
            <translation>Le document n’a pas pu être préparé pour l’impression.</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="47" />
            <source>The printer cannot be used. Is it switched on?</source>
            <translation>L’imprimante ne répond pas. Est-elle allumée ?</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="110" />
            <source>The PDF file could not be written in “%1”: %2</source>
            <translation>Le fichier PDF n’a pas pu être écrit dans « %1 » : %2</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Voir dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Type de fichier :</translation>
        </message>
    </context>
</TS>
