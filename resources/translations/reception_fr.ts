<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AccueilPage</name>
        <message>
            <source>Book an appointmen&amp;t…</source>
            <translation>Prendre &amp;rendez-vous…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="121" />
            <source>Find a person</source>
            <translation>Chercher une personne</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="123" />
            <source>Find a person: first name, last name or phone (Ctrl+F)</source>
            <translation>Chercher une personne : prénom, nom ou téléphone (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="129" />
            <source>&amp;Anonymous visit (Ctrl+Shift+N)</source>
            <translation>Visite &amp;anonyme (Ctrl+Maj+N)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="131" />
            <source>New &amp;person</source>
            <translation>Nouvelle &amp;personne</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="139" />
            <source>People found</source>
            <translation>Personnes trouvées</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="145" />
            <source>Open the &amp;file</source>
            <translation>Ouvrir la &amp;fiche</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="157" />
            <source>&amp;Refer…</source>
            <translation>&amp;Orienter…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="175" />
            <location filename="../../ui/pages/accueil.py" line="407" />
            <source>Today's visits</source>
            <translation>Visites du jour</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="192" />
            <source>No visit yet today.</source>
            <translation>Aucune visite pour l'instant aujourd'hui.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="194" />
            <source>Type a name above and press Enter, or press Ctrl+Shift+N for an anonymous visit.</source>
            <translation>Tapez un nom ci-dessus puis Entrée, ou appuyez sur Ctrl+Maj+N pour une visite anonyme.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="420" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="421" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="422" />
            <source>Reasons</source>
            <translation>Motifs</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="423" />
            <source>Outcome</source>
            <translation>Suite donnée</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="424" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="201" />
            <source>&amp;Change the visit</source>
            <translation>&amp;Modifier la visite</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="202" />
            <source>&amp;Delete the visit</source>
            <translation>&amp;Supprimer la visite</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="203" />
            <source>Refer from this visit</source>
            <translation>Orienter depuis cette visite</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="263" />
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="272" />
            <source>Nobody found: create a file for “%1”…</source>
            <translation>Aucune fiche trouvée : créer une fiche pour « %1 »…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="274" />
            <source>Someone else: create a file for “%1”…</source>
            <translation>Quelqu'un d'autre : créer une fiche pour « %1 »…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="280" />
            <source>Nobody found.</source>
            <translation>Aucune personne trouvée.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="357" />
            <source>anonymous visit</source>
            <translation>visite anonyme</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="358" />
            <source>Visit saved: %1.</source>
            <translation>Visite enregistrée : %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="411" />
            <source>Today: no visit yet</source>
            <translation>Aujourd'hui : aucune visite</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="413" />
            <source>Today: 1 visit</source>
            <translation>Aujourd'hui : 1 visite</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="415" />
            <source>Today: %1 visits</source>
            <translation>Aujourd'hui : %1 visites</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="453" />
            <source>Change the visit</source>
            <translation>Modifier la visite</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="453" />
            <source>Only its agent can change this visit.</source>
            <translation>Seul l'agent qui l'a notée peut modifier cette visite.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="464" />
            <source>Delete the visit</source>
            <translation>Supprimer la visite</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="465" />
            <source>Delete the visit of %1 at %2?</source>
            <translation>Supprimer la visite de %1 à %2 ?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="474" />
            <source>The visit was not deleted</source>
            <translation>La visite n'a pas été supprimée</translation>
        </message>
        <message>
            <source>Press « Anonymous visit » (Ctrl+Shift+N) for each person welcomed.</source>
            <translation>Appuyez sur « Visite anonyme » (Ctrl+Maj+N) pour chaque personne accueillie.</translation>
        </message>
        <message>
            <source>Today at reception: no visit yet</source>
            <translation>Aujourd'hui à l'accueil : aucune visite</translation>
        </message>
        <message>
            <source>Today at reception: 1 visit</source>
            <translation>Aujourd'hui à l'accueil : 1 visite</translation>
        </message>
        <message>
            <source>Today at reception: %1 visits</source>
            <translation>Aujourd'hui à l'accueil : %1 visites</translation>
        </message>
        <message>
            <source>Visits logged at reception. The till counts its visitors on its own page.</source>
            <translation>Visites notées à l'accueil. La caisse compte ses passages sur sa propre page.</translation>
        </message>
    </context>
    <context>
        <name>DuplicateChoiceDialog</name>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="90" />
            <source>This person may already have a file</source>
            <translation>Cette personne a peut-être déjà une fiche</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="94" />
            <source>Is it one of these people? Using the existing file avoids doubles.</source>
            <translation>Est-ce l'une de ces personnes ? Reprendre la fiche existante évite les doublons.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="100" />
            <source>Existing files</source>
            <translation>Fiches existantes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="109" />
            <location filename="../../ui/dialogs/person_form.py" line="112" />
            <source>Use this file</source>
            <translation>Utiliser cette fiche</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="115" />
            <location filename="../../ui/dialogs/person_form.py" line="118" />
            <source>Create a new file anyway</source>
            <translation>Créer quand même une nouvelle fiche</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="120" />
            <location filename="../../ui/dialogs/person_form.py" line="123" />
            <source>Back to the form</source>
            <translation>Revenir au formulaire</translation>
        </message>
    </context>
    <context>
        <name>MergePeopleDialog</name>
        <message>
            <location filename="../../ui/dialogs/merge_people.py" line="39" />
            <location filename="../../ui/dialogs/merge_people.py" line="113" />
            <location filename="../../ui/dialogs/merge_people.py" line="122" />
            <source>Merge two files</source>
            <translation>Fusionner deux fiches</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_people.py" line="44" />
            <source>Find the other file of %1. Its visits and referrals will move to the file you keep; the other file will disappear.</source>
            <translation>Cherchez l'autre fiche de %1. Ses visites et orientations passeront sur la fiche gardée ; l'autre fiche disparaîtra.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_people.py" line="52" />
            <source>Find the other file</source>
            <translation>Chercher l'autre fiche</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_people.py" line="53" />
            <source>Name or phone of the other file…</source>
            <translation>Nom ou téléphone de l'autre fiche…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_people.py" line="57" />
            <source>Other files</source>
            <translation>Autres fiches</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_people.py" line="60" />
            <source>Keep this file (%1)</source>
            <translation>Garder cette fiche (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_people.py" line="63" />
            <source>Keep this file</source>
            <translation>Garder cette fiche</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_people.py" line="65" />
            <location filename="../../ui/dialogs/merge_people.py" line="67" />
            <source>Keep the other file</source>
            <translation>Garder l'autre fiche</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_people.py" line="72" />
            <location filename="../../ui/dialogs/merge_people.py" line="75" />
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_people.py" line="76" />
            <location filename="../../ui/dialogs/merge_people.py" line="78" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_people.py" line="113" />
            <source>Please choose the other file.</source>
            <translation>Choisissez l'autre fiche.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_people.py" line="123" />
            <source>Merge these two files into one? This cannot be undone.</source>
            <translation>Fusionner ces deux fiches en une seule ? Ce ne sera pas annulable.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_people.py" line="130" />
            <source>The files were not merged</source>
            <translation>Les fiches n'ont pas été fusionnées</translation>
        </message>
    </context>
    <context>
        <name>PersonFileDialog</name>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="229" />
            <source>Person file</source>
            <translation>Fiche de la personne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="237" />
            <source>Close the file</source>
            <translation>Fermer la fiche</translation>
        </message>
    </context>
    <context>
        <name>PersonFileLabels</name>
        <message>
            <source>Accepted</source>
            <translation>Acceptée</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabe</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinois</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Réalisée</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expirée</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Pashto</source>
            <translation>Pachto</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Persan</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugais</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposée</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>Roumain</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russe</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyée</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somali</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
        <message>
            <source>Tigrinya</source>
            <translation>Tigrigna</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turc</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukrainien</translation>
        </message>
        <message>
            <source>Unsuccessful</source>
            <translation>Non aboutie</translation>
        </message>
        <message>
            <source>born %1</source>
            <translation>né·e en %1</translation>
        </message>
        <message>
            <source>last seen %1</source>
            <translation>vu·e le %1</translation>
        </message>
    </context>
    <context>
        <name>PersonFileView</name>
        <message>
            <source>Book an a&amp;ppointment…</source>
            <translation>Prendre &amp;rendez-vous…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="80" />
            <source>Birth year</source>
            <translation>Année de naissance</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="81" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="82" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="83" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="84" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="85" />
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="86" />
            <source>Privacy notice</source>
            <translation>Information RGPD</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="97" />
            <source>New &amp;visit</source>
            <translation>Nouvelle &amp;visite</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="98" />
            <source>&amp;Edit the file</source>
            <translation>&amp;Modifier la fiche</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="99" />
            <source>&amp;Merge with another file…</source>
            <translation>&amp;Fusionner avec une autre fiche…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="114" />
            <source>Visits and referrals</source>
            <translation>Visites et orientations</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="116" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="116" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="116" />
            <source>Reasons</source>
            <translation>Motifs</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="116" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="192" />
            <source>by %1</source>
            <translation>par %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="151" />
            <source>The file cannot be opened</source>
            <translation>La fiche ne peut pas être ouverte</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="171" />
            <source>given on %1</source>
            <translation>remise le %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="175" />
            <source>not given yet</source>
            <translation>pas encore remise</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="177" />
            <source>History (%1)</source>
            <translation>Historique (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="183" />
            <source>Visit (%1)</source>
            <translation>Visite (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_file.py" line="186" />
            <source>Referral to %1</source>
            <translation>Orientation vers %1</translation>
        </message>
    </context>
    <context>
        <name>PersonFiles</name>
        <message>
            <source>Please choose a language from the list.</source>
            <translation>Choisissez une langue dans la liste.</translation>
        </message>
        <message>
            <source>Please choose the situation from the list.</source>
            <translation>Choisissez la situation dans la liste.</translation>
        </message>
        <message>
            <source>Please choose two different files.</source>
            <translation>Choisissez deux fiches différentes.</translation>
        </message>
        <message>
            <source>Please remove the invisible characters from the text.</source>
            <translation>Retirez les caractères invisibles du texte.</translation>
        </message>
        <message>
            <source>Please type the first name.</source>
            <translation>Tapez le prénom, il est obligatoire.</translation>
        </message>
        <message>
            <source>The birth year must be between %1 and %2.</source>
            <translation>L'année de naissance doit être entre %1 et %2.</translation>
        </message>
        <message>
            <source>The commune name is too long (120 at most).</source>
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
            <source>The first name is too long (100 at most).</source>
            <translation>Le prénom est trop long (100 caractères au plus).</translation>
        </message>
        <message>
            <source>The last name is too long (100 at most).</source>
            <translation>Le nom est trop long (100 caractères au plus).</translation>
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
            <source>The privacy notice date cannot be in the future.</source>
            <translation>La date de remise de la notice ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>This file no longer exists.</source>
            <translation>Cette fiche n'existe plus.</translation>
        </message>
    </context>
    <context>
        <name>PersonFormDialog</name>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="162" />
            <source>Change the file</source>
            <translation>Modifier la fiche</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="162" />
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="179" />
            <source>&amp;First name (required)</source>
            <translation>&amp;Prénom (obligatoire)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="182" />
            <source>&amp;Last name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="185" />
            <source>&amp;Birth year</source>
            <translation>&amp;Année de naissance</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="186" />
            <source>e.g. 1985</source>
            <translation>par ex. 1985</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="188" />
            <source>&amp;Postal code</source>
            <translation>Code p&amp;ostal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="190" />
            <source>&amp;Commune</source>
            <translation>&amp;Commune</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="191" />
            <source>P&amp;hone</source>
            <translation>Télép&amp;hone</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="192" />
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="195" />
            <source>Preferred language</source>
            <translation>Langue préférée</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="201" />
            <source>Lan&amp;guage</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="204" />
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="215" />
            <source>&amp;Situation</source>
            <translation>&amp;Situation</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="217" />
            <location filename="../../ui/dialogs/person_form.py" line="225" />
            <source>The privacy notice was given</source>
            <translation>La notice d'information a été remise</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="220" />
            <source>The privacy notice was given on %1</source>
            <translation>La notice d'information a été remise le %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="231" />
            <location filename="../../ui/dialogs/person_form.py" line="234" />
            <source>Save the file</source>
            <translation>Enregistrer la fiche</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="236" />
            <location filename="../../ui/dialogs/person_form.py" line="238" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="247" />
            <source>The birth year is written with 4 digits, e.g. 1985.</source>
            <translation>L'année de naissance s'écrit avec 4 chiffres, par ex. 1985.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person_form.py" line="285" />
            <location filename="../../ui/dialogs/person_form.py" line="308" />
            <source>The file was not saved</source>
            <translation>La fiche n'a pas été enregistrée</translation>
        </message>
    </context>
    <context>
        <name>PersonnesPage</name>
        <message>
            <location filename="../../ui/pages/personnes.py" line="47" />
            <source>Find a file</source>
            <translation>Chercher une fiche</translation>
        </message>
        <message>
            <location filename="../../ui/pages/personnes.py" line="48" />
            <source>Name or phone (Ctrl+F)</source>
            <translation>Nom ou téléphone (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/personnes.py" line="52" />
            <location filename="../../ui/pages/personnes.py" line="99" />
            <source>Files</source>
            <translation>Fiches</translation>
        </message>
        <message>
            <location filename="../../ui/pages/personnes.py" line="59" />
            <source>The files of the people you meet will be here.</source>
            <translation>Les fiches des personnes accueillies seront ici.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/personnes.py" line="60" />
            <source>Choose a name on the left and press Enter to open the file.</source>
            <translation>Choisissez un nom à gauche et appuyez sur Entrée pour ouvrir la fiche.</translation>
        </message>
    </context>
    <context>
        <name>ReceptionLabels</name>
        <message>
            <source>18 to 25</source>
            <translation>18 à 25 ans</translation>
        </message>
        <message>
            <source>26 to 35</source>
            <translation>26 à 35 ans</translation>
        </message>
        <message>
            <source>36 to 45</source>
            <translation>36 à 45 ans</translation>
        </message>
        <message>
            <source>46 to 55</source>
            <translation>46 à 55 ans</translation>
        </message>
        <message>
            <source>56 to 65</source>
            <translation>56 à 65 ans</translation>
        </message>
        <message>
            <source>Age not said</source>
            <translation>Âge non précisé</translation>
        </message>
        <message>
            <source>Appointment at the desk</source>
            <translation>RDV en présentiel</translation>
        </message>
        <message>
            <source>Appointment made</source>
            <translation>Rendez-vous pris</translation>
        </message>
        <message>
            <source>Done together</source>
            <translation>Démarche faite ensemble</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Gender not said</source>
            <translation>Genre non précisé</translation>
        </message>
        <message>
            <source>Home or outside appointment</source>
            <translation>RDV à domicile / extérieur</translation>
        </message>
        <message>
            <source>Information given</source>
            <translation>Information donnée</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Courrier</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Non précisée</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Over 65</source>
            <translation>Plus de 65 ans</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Under 18</source>
            <translation>Moins de 18 ans</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Visio</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Accueil spontané</translation>
        </message>
        <message>
            <source>Woman</source>
            <translation>Femme</translation>
        </message>
    </context>
    <context>
        <name>ReceptionVisits</name>
        <message>
            <source>Anonymous</source>
            <translation>Anonyme</translation>
        </message>
        <message>
            <source>Known person</source>
            <translation>Personne suivie</translation>
        </message>
        <message>
            <source>Only the agent who logged this visit can change it.</source>
            <translation>Seul l'agent qui a noté cette visite peut la modifier.</translation>
        </message>
        <message>
            <source>Only today's visits can be changed.</source>
            <translation>Seules les visites d'aujourd'hui peuvent être modifiées.</translation>
        </message>
        <message>
            <source>Please choose how the person reached us.</source>
            <translation>Choisissez comment la personne nous a joints.</translation>
        </message>
        <message>
            <source>Please choose the age band from the list.</source>
            <translation>Choisissez la tranche d'âge dans la liste.</translation>
        </message>
        <message>
            <source>Please choose the gender from the list.</source>
            <translation>Choisissez le genre dans la liste.</translation>
        </message>
        <message>
            <source>Please choose the outcome from the list.</source>
            <translation>Choisissez la suite donnée (issue) dans la liste.</translation>
        </message>
        <message>
            <source>Please choose the reasons from the list.</source>
            <translation>Choisissez les motifs dans la liste.</translation>
        </message>
        <message>
            <source>Please remove the invisible characters from the note.</source>
            <translation>Retirez les caractères invisibles de la note.</translation>
        </message>
        <message>
            <source>The commune name is too long (120 at most).</source>
            <translation>Le nom de la commune est trop long (120 caractères au plus).</translation>
        </message>
        <message>
            <source>The note is too long: %1 characters at most. Keep only the facts.</source>
            <translation>La note est trop longue : %1 caractères au plus. Gardez seulement les faits.</translation>
        </message>
        <message>
            <source>This visit has referrals: cancel them on the Referrals page first.</source>
            <translation>Cette visite a des orientations : annulez-les d'abord dans la page Orientations.</translation>
        </message>
        <message>
            <source>This visit no longer exists.</source>
            <translation>Cette visite n'existe plus.</translation>
        </message>
        <message>
            <source>This file no longer exists.</source>
            <translation>Cette fiche n'existe plus.</translation>
        </message>
    </context>
    <context>
        <name>ThemePicker</name>
        <message>
            <location filename="../../ui/dialogs/theme_picker.py" line="33" />
            <source>Search the reasons</source>
            <translation>Chercher un motif</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/theme_picker.py" line="34" />
            <source>Type to find a reason (e.g. housing, CV)…</source>
            <translation>Tapez pour trouver un motif (par ex. logement, CV)…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/theme_picker.py" line="38" />
            <source>Reasons</source>
            <translation>Motifs</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/theme_picker.py" line="103" />
            <source>No reason chosen yet (Space or a click ticks one).</source>
            <translation>Aucun motif choisi (Espace ou un clic pour cocher).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/theme_picker.py" line="106" />
            <source>Chosen: %1</source>
            <translation>Choisis : %1</translation>
        </message>
        <message>
            <source>Chosen (%2): %1</source>
            <translation>Choisies (%2) : %1</translation>
        </message>
    </context>
    <context>
        <name>VisitFormDialog</name>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="154" />
            <source>Change the visit</source>
            <translation>Modifier la visite</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="156" />
            <location filename="../../ui/dialogs/visit_form.py" line="167" />
            <source>Anonymous visit</source>
            <translation>Visite anonyme</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="158" />
            <source>Visit of %1</source>
            <translation>Visite de %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="178" />
            <source>&amp;Reasons</source>
            <translation>&amp;Motifs</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="180" />
            <source>Outcome</source>
            <translation>Suite donnée</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="182" />
            <source>&amp;Outcome</source>
            <translation>&amp;Suite donnée</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="183" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="184" />
            <source>&amp;Channel</source>
            <translation>&amp;Canal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="189" />
            <source>Age band</source>
            <translation>Tranche d'âge</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="191" />
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="194" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="195" />
            <source>Commune (optional)</source>
            <translation>Commune (facultatif)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="200" />
            <source>For the statistics</source>
            <translation>Pour les statistiques</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="203" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="206" />
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="209" />
            <source>Facts only, no health or other sensitive details: the person may read this note.</source>
            <translation>Des faits seulement, aucun détail de santé ou sensible : la personne peut lire cette note.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="222" />
            <source>Save (Enter)</source>
            <translation>Enregistrer (Entrée)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="225" />
            <source>Save the visit</source>
            <translation>Enregistrer la visite</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="228" />
            <source>Cancel (Esc)</source>
            <translation>Annuler (Échap)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="231" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="246" />
            <source>%1 / %2 characters</source>
            <translation>%1 / %2 caractères</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="253" />
            <source>The note was cut at %1 characters: keep only the facts.</source>
            <translation>La note a été coupée à %1 caractères : gardez seulement les faits.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="279" />
            <source>The visit was not saved</source>
            <translation>La visite n'a pas été enregistrée</translation>
        </message>
    </context>
</TS>
