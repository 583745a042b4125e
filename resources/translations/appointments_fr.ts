<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Agenda</name>
        <message>
            <source>%1 appointment.</source>
            <translation>%1 rendez-vous.</translation>
        </message>
        <message>
            <source>%1 appointments.</source>
            <translation>%1 rendez-vous.</translation>
        </message>
        <message>
            <source>(name hidden)</source>
            <translation>(nom masqué)</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Appointments of %1</source>
            <translation>Rendez-vous du %1</translation>
        </message>
        <message>
            <source>Call each person to remind them of the time.</source>
            <translation>Appelez chaque personne pour lui rappeler l'heure.</translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Appelé</translation>
        </message>
        <message>
            <source>Motif</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>No appointment this day.</source>
            <translation>Aucun rendez-vous ce jour-là.</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>To call back: appointments of %1</source>
            <translation>À rappeler : rendez-vous du %1</translation>
        </message>
        <message>
            <source>cancelled by the place</source>
            <translation>annulé par le lieu</translation>
        </message>
        <message>
            <source>excused</source>
            <translation>excusé</translation>
        </message>
        <message>
            <source>no number</source>
            <translation>pas de numéro</translation>
        </message>
        <message>
            <source>no-show</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>seen</source>
            <translation>vu</translation>
        </message>
        <message>
            <source>to come</source>
            <translation>à venir</translation>
        </message>
    </context>
    <context>
        <name>AgendaCommand</name>
        <message>
            <source>%1 appointments written to %2</source>
            <translation>%1 rendez-vous écrits dans %2</translation>
        </message>
        <message>
            <source>The file “%1” cannot be written (%2).</source>
            <translation>Le fichier « %1 » ne peut pas être écrit (%2).</translation>
        </message>
        <message>
            <source>There is no database at “%1”.</source>
            <translation>Il n'y a pas de base de données à « %1 ».</translation>
        </message>
        <message>
            <source>This database has no place yet: open the app once first.</source>
            <translation>Cette base n'a pas encore de lieu : ouvrez d'abord l'application une fois.</translation>
        </message>
        <message>
            <source>print a day's appointments, or the people to call back, to PDF</source>
            <translation>imprimer en PDF les rendez-vous d'un jour, ou les personnes à rappeler</translation>
        </message>
        <message>
            <source>the appointments two days after the day, with phone numbers, to call back</source>
            <translation>les rendez-vous deux jours après ce jour, avec les numéros, pour les rappeler</translation>
        </message>
        <message>
            <source>the day (default: today)</source>
            <translation>le jour (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <source>“%1” is not a date: write it as 2027-01-04.</source>
            <translation>« %1 » n'est pas une date : écrivez-la comme 2027-01-04.</translation>
        </message>
    </context>
    <context>
        <name>AgendaSetupDialog</name>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="45" />
            <source>Set up the agenda</source>
            <translation>Régler l'agenda</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="48" />
            <source>Agenda settings</source>
            <translation>Réglages de l'agenda</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="60" />
            <location filename="../../ui/dialogs/agenda_setup.py" line="61" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="70" />
            <source>Motif name</source>
            <translation>Nom du motif</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="71" />
            <source>First interview</source>
            <translation>Premier entretien</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="72" />
            <source>Duration in minutes</source>
            <translation>Durée en minutes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="76" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="77" />
            <source>How it happens</source>
            <translation>Comment il se passe</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="78" />
            <source>On site</source>
            <translation>Sur place</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="78" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="78" />
            <source>At home</source>
            <translation>À domicile</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="79" />
            <source>Video</source>
            <translation>Visio</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="81" />
            <location filename="../../ui/dialogs/agenda_setup.py" line="82" />
            <source>A group session</source>
            <translation>Une séance de groupe</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="83" />
            <source>Seats</source>
            <translation>Places</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="87" />
            <source>What to bring</source>
            <translation>À apporter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="88" />
            <source>Printed on the person's card</source>
            <translation>Imprimé sur la carte de la personne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="89" />
            <source>&amp;Add the motif</source>
            <translation>&amp;Ajouter le motif</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="90" />
            <location filename="../../ui/dialogs/agenda_setup.py" line="99" />
            <source>Motifs</source>
            <translation>Motifs</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="91" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="92" />
            <source>&amp;Duration</source>
            <translation>&amp;Durée</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="93" />
            <source>&amp;How</source>
            <translation>&amp;Comment</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="95" />
            <source>&amp;Seats</source>
            <translation>&amp;Places</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="96" />
            <source>&amp;To bring</source>
            <translation>À appor&amp;ter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="104" />
            <location filename="../../ui/dialogs/agenda_setup.py" line="146" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="105" />
            <source>Day of the week</source>
            <translation>Jour de la semaine</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="106" />
            <location filename="../../ui/dialogs/agenda_setup.py" line="140" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="107" />
            <location filename="../../ui/dialogs/agenda_setup.py" line="141" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="108" />
            <source>&amp;Add the opening</source>
            <translation>&amp;Ajouter la plage</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="109" />
            <location filename="../../ui/dialogs/agenda_setup.py" line="116" />
            <source>Openings</source>
            <translation>Plages d'ouverture</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="110" />
            <source>&amp;Agent</source>
            <translation>A&amp;gent</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="111" />
            <source>Every</source>
            <translation>Chaque</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="112" />
            <source>&amp;From</source>
            <translation>&amp;De</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="113" />
            <source>&amp;To</source>
            <translation>&amp;À</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="122" />
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="123" />
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="127" />
            <location filename="../../ui/dialogs/agenda_setup.py" line="134" />
            <location filename="../../ui/dialogs/agenda_setup.py" line="142" />
            <location filename="../../ui/dialogs/agenda_setup.py" line="148" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="128" />
            <source>Public holiday</source>
            <translation>Jour férié</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="129" />
            <source>Add the &amp;closure</source>
            <translation>Ajouter la &amp;fermeture</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="130" />
            <source>Agent away</source>
            <translation>Agent absent</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="131" />
            <source>Day away</source>
            <translation>Jour d'absence</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="135" />
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="136" />
            <source>Add the a&amp;bsence</source>
            <translation>Ajouter l'a&amp;bsence</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="138" />
            <source>Closures</source>
            <translation>Fermetures</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="139" />
            <source>The place is closed</source>
            <translation>Le lieu est fermé</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="145" />
            <source>An agent is away all day</source>
            <translation>Un agent est absent toute la journée</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="147" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="150" />
            <source>Closures and absences</source>
            <translation>Fermetures et absences</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="176" />
            <source>group of %1</source>
            <translation>groupe de %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/agenda_setup.py" line="223" />
            <location filename="../../ui/dialogs/agenda_setup.py" line="249" />
            <source>Please choose the agent.</source>
            <translation>Choisissez l'agent.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentWords</name>
        <message>
            <source>%1 seats left</source>
            <translation>%1 places libres</translation>
        </message>
        <message>
            <source>1 seat left</source>
            <translation>1 place libre</translation>
        </message>
        <message>
            <source>cancelled by the place</source>
            <translation>annulé par le lieu</translation>
        </message>
        <message>
            <source>excused</source>
            <translation>excusé</translation>
        </message>
        <message>
            <source>no-show</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>seen</source>
            <translation>vu</translation>
        </message>
        <message>
            <source>to come</source>
            <translation>à venir</translation>
        </message>
    </context>
    <context>
        <name>Appointments</name>
        <message>
            <source>A closure lasts a year at most.</source>
            <translation>Une fermeture dure un an au plus.</translation>
        </message>
        <message>
            <source>A group session has between 2 and 200 seats.</source>
            <translation>Une séance de groupe a entre 2 et 200 places.</translation>
        </message>
        <message>
            <source>An appointment lasts between 5 minutes and 8 hours.</source>
            <translation>Un rendez-vous dure entre 5 minutes et 8 heures.</translation>
        </message>
        <message>
            <source>An appointment must end on the day it starts.</source>
            <translation>Un rendez-vous se termine le jour où il commence.</translation>
        </message>
        <message>
            <source>An appointment still to come cannot be marked missed.</source>
            <translation>Un rendez-vous à venir ne peut pas être noté absent.</translation>
        </message>
        <message>
            <source>Another desk changed this appointment meanwhile: nothing was saved.</source>
            <translation>Un autre poste a modifié ce rendez-vous entre-temps : rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Only an appointment still to come can be moved.</source>
            <translation>Seul un rendez-vous à venir peut être déplacé.</translation>
        </message>
        <message>
            <source>Please choose how the appointment happens from the list.</source>
            <translation>Choisissez dans la liste comment se passe le rendez-vous.</translation>
        </message>
        <message>
            <source>Please choose the day of the week from the list.</source>
            <translation>Choisissez le jour de la semaine dans la liste.</translation>
        </message>
        <message>
            <source>Please choose the status from the list.</source>
            <translation>Choisissez le statut dans la liste.</translation>
        </message>
        <message>
            <source>Please give the motif a name (120 characters at most).</source>
            <translation>Donnez un nom au motif (120 caractères au plus).</translation>
        </message>
        <message>
            <source>Please write the hour as 9:30 or 14h.</source>
            <translation>Écrivez l'heure comme 9:30 ou 14h.</translation>
        </message>
        <message>
            <source>The absence must end after it starts.</source>
            <translation>L'absence doit finir après son début.</translation>
        </message>
        <message>
            <source>The instructions are too long: 1000 characters at most.</source>
            <translation>Les consignes sont trop longues : 1000 caractères au plus.</translation>
        </message>
        <message>
            <source>The last day comes before the first one.</source>
            <translation>Le dernier jour est avant le premier.</translation>
        </message>
        <message>
            <source>The opening must end after it starts.</source>
            <translation>La plage doit finir après son début.</translation>
        </message>
        <message>
            <source>The place is closed that day.</source>
            <translation>Le lieu est fermé ce jour-là.</translation>
        </message>
        <message>
            <source>This agent already has an appointment at that time: please choose another.</source>
            <translation>Cet agent a déjà un rendez-vous à cette heure : choisissez un autre créneau.</translation>
        </message>
        <message>
            <source>This agent does not receive for this motif at that time.</source>
            <translation>Cet agent ne reçoit pas pour ce motif à cette heure.</translation>
        </message>
        <message>
            <source>This agent is away at that time.</source>
            <translation>Cet agent est absent à cette heure.</translation>
        </message>
        <message>
            <source>This agent is not active at this place.</source>
            <translation>Cet agent n'est pas actif dans ce lieu.</translation>
        </message>
        <message>
            <source>This appointment no longer exists.</source>
            <translation>Ce rendez-vous n'existe plus.</translation>
        </message>
        <message>
            <source>This appointment was cancelled: book a new one instead.</source>
            <translation>Ce rendez-vous a été annulé : prenez-en un nouveau.</translation>
        </message>
        <message>
            <source>This file no longer exists.</source>
            <translation>Cette fiche n'existe plus.</translation>
        </message>
        <message>
            <source>This group session is full: please choose another time.</source>
            <translation>Cette séance est complète : choisissez un autre créneau.</translation>
        </message>
        <message>
            <source>This motif is no longer offered.</source>
            <translation>Ce motif n'est plus proposé.</translation>
        </message>
        <message>
            <source>This motif no longer exists.</source>
            <translation>Ce motif n'existe plus.</translation>
        </message>
        <message>
            <source>This person is already booked in this group session.</source>
            <translation>Cette personne est déjà inscrite à cette séance.</translation>
        </message>
        <message>
            <source>This time is already past: please choose another one.</source>
            <translation>Cette heure est passée : choisissez un autre créneau.</translation>
        </message>
        <message>
            <source>status or time</source>
            <translation>statut ou heure</translation>
        </message>
        <message>
            <source>Only an appointment of today can be marked arrived.</source>
            <translation>Seul un rendez-vous du jour peut être noté « Arrivé·e ».</translation>
        </message>
        <message>
            <source>This appointment already has a status.</source>
            <translation>Ce rendez-vous a déjà un statut.</translation>
        </message>
        <message>
            <source>Unknown paper format: choose A4 or ticket.</source>
            <translation>Format de papier inconnu : choisissez A4 ou ticket.</translation>
        </message>
    </context>
    <context>
        <name>BookAppointmentDialog</name>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="57" />
            <source>Book an appointment</source>
            <translation>Prendre rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="57" />
            <source>Move the appointment</source>
            <translation>Déplacer le rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="62" />
            <source>Motif</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="63" />
            <source>&amp;Motif</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="66" />
            <source>Find the person</source>
            <translation>Chercher la personne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="67" />
            <source>First name, last name or phone</source>
            <translation>Prénom, nom ou téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="68" />
            <source>People found</source>
            <translation>Personnes trouvées</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="71" />
            <source>&amp;Person</source>
            <translation>&amp;Personne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="75" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="79" />
            <source>&amp;Next free slots</source>
            <translation>Prochains &amp;créneaux libres</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="80" />
            <source>Next free slots</source>
            <translation>Prochains créneaux libres</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="91" />
            <source>&amp;Book</source>
            <translation>&amp;Réserver</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="93" />
            <source>Book</source>
            <translation>Réserver</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="94" />
            <location filename="../../ui/dialogs/book_appointment.py" line="95" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="125" />
            <source>No motif yet: the coordination sets up the agenda.</source>
            <translation>Aucun motif pour l'instant : la coordination règle l'agenda.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="153" />
            <source>No free slot in the next four weeks.</source>
            <translation>Aucun créneau libre dans les quatre semaines.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="191" />
            <source>Please choose a free slot.</source>
            <translation>Choisissez un créneau libre.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/book_appointment.py" line="194" />
            <source>Please find the person first.</source>
            <translation>Cherchez d'abord la personne.</translation>
        </message>
    </context>
    <context>
        <name>RendezVousPage</name>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="56" />
            <source>Whose agenda</source>
            <translation>Agenda de qui</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="57" />
            <source>The whole place</source>
            <translation>Tout le lieu</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="58" />
            <source>Day or week</source>
            <translation>Jour ou semaine</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="59" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="60" />
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="61" />
            <source>◀ Before</source>
            <translation>◀ Avant</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="62" />
            <source>&amp;Today</source>
            <translation>Aujourd'&amp;hui</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="63" />
            <source>After ▶</source>
            <translation>Après ▶</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="78" />
            <source>Show them</source>
            <translation>Les voir</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="83" />
            <location filename="../../ui/pages/rendez_vous.py" line="145" />
            <location filename="../../ui/pages/rendez_vous.py" line="174" />
            <location filename="../../ui/pages/rendez_vous.py" line="354" />
            <source>Appointments</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="92" />
            <source>&amp;Book an appointment…</source>
            <translation>&amp;Prendre rendez-vous…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="93" />
            <source>&amp;Arrived</source>
            <translation>&amp;Arrivé·e</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="94" />
            <source>&amp;No-show</source>
            <translation>A&amp;bsent</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="95" />
            <source>&amp;Excused</source>
            <translation>&amp;Excusé</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="97" />
            <source>&amp;Cancelled by the place</source>
            <translation>Annulé par le &amp;lieu</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="98" />
            <source>Save the &amp;card…</source>
            <translation>Enregistrer la &amp;carte…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="99" />
            <source>&amp;Move…</source>
            <translation>&amp;Déplacer…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="106" />
            <source>Set up the a&amp;genda…</source>
            <translation>Régler l'a&amp;genda…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="182" />
            <source>Past appointments without a status</source>
            <translation>Rendez-vous passés sans statut</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="187" />
            <source>Week of %1</source>
            <translation>Semaine du %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="190" />
            <source>1 past appointment has no status yet.</source>
            <translation>1 rendez-vous passé n'a pas encore de statut.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="192" />
            <source>%1 past appointments have no status yet.</source>
            <translation>%1 rendez-vous passés n'ont pas encore de statut.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="194" />
            <source>Every past appointment has a status.</source>
            <translation>Tous les rendez-vous passés ont un statut.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="204" />
            <source>(name hidden)</source>
            <translation>(nom masqué)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="208" />
            <location filename="../../ui/pages/rendez_vous.py" line="236" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="208" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="209" />
            <source>Motif</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="209" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="210" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="250" />
            <source>%1/%2 booked</source>
            <translation>%1/%2 inscrits</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="341" />
            <source>Arrived</source>
            <translation>Arrivé·e</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="360" />
            <location filename="../../ui/pages/rendez_vous.py" line="375" />
            <location filename="../../ui/pages/rendez_vous.py" line="379" />
            <source>Save the card</source>
            <translation>Enregistrer la carte</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="361" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/rendez_vous.py" line="376" />
            <source>The file cannot be written (%1).</source>
            <translation>Le fichier ne peut pas être écrit (%1).</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="105" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="118" />
            <source>Appointments per motif</source>
            <translation>Rendez-vous par motif</translation>
        </message>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="120" />
            <source>Motif</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="120" />
            <source>Booked</source>
            <translation>Pris</translation>
        </message>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="121" />
            <source>Seen</source>
            <translation>Vus</translation>
        </message>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="121" />
            <source>No-show</source>
            <translation>Absents</translation>
        </message>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="122" />
            <source>Excused</source>
            <translation>Excusés</translation>
        </message>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="122" />
            <source>Cancelled by the place</source>
            <translation>Annulés par le lieu</translation>
        </message>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="123" />
            <source>No-show rate (%)</source>
            <translation>Taux d'absence (%)</translation>
        </message>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="129" />
            <source>Delay to the first appointment</source>
            <translation>Délai avant le premier rendez-vous</translation>
        </message>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="130" />
            <source>Figure</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="130" />
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="131" />
            <source>Median days from booking to the first appointment</source>
            <translation>Jours entre la prise et le premier rendez-vous (médiane)</translation>
        </message>
        <message>
            <location filename="../../app/reports/appointment_figures.py" line="141" />
            <source>Appointments: those whose time falls in the period, by status. No-show rate: no-shows divided by appointments seen or missed. Delay to the first appointment: for people first booked during the period, the days between booking and the appointment (middle value).</source>
            <translation>Rendez-vous : ceux dont l'heure tombe dans la période, par statut. Taux d'absence : absents divisés par les rendez-vous vus ou manqués. Délai avant le premier rendez-vous : pour les personnes dont le premier rendez-vous a été pris dans la période, les jours entre la prise et le rendez-vous (valeur du milieu).</translation>
        </message>
    </context>
    <context>
        <name>TodaysAppointments</name>
        <message>
            <location filename="../../ui/widgets/todays_appointments.py" line="45" />
            <source>Today's appointments</source>
            <translation>Rendez-vous du jour</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/todays_appointments.py" line="47" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/todays_appointments.py" line="47" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/todays_appointments.py" line="47" />
            <source>Motif</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/todays_appointments.py" line="47" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/todays_appointments.py" line="60" />
            <source>Arri&amp;ved</source>
            <translation>Arri&amp;vé·e</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/todays_appointments.py" line="83" />
            <source>Today's appointments (%1 to come)</source>
            <translation>Rendez-vous du jour (%1 à venir)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/todays_appointments.py" line="119" />
            <source>Arrived</source>
            <translation>Arrivé·e</translation>
        </message>
    </context>
</TS>