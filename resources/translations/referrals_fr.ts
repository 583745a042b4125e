<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/pages/orientations.py" line="158" />
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
</context>
<context>
    <name>OrientationsPage</name>
    <message>
        <location filename="../../ui/pages/orientations.py" line="78" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="79" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="82" />
        <source>&amp;To follow up</source>
        <translation>À &amp;relancer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="84" />
        <source>Only follow-ups due today or late</source>
        <translation>Seulement les relances du jour ou en retard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="85" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="86" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="87" />
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="90" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="92" />
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="93" />
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="94" />
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="95" />
        <source>Last 3 months</source>
        <translation>Les 3 derniers mois</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="96" />
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="99" />
        <source>&amp;New referral…</source>
        <translation>&amp;Nouvelle orientation…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="101" />
        <source>New referral</source>
        <translation>Nouvelle orientation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="106" />
        <location filename="../../ui/pages/orientations.py" line="374" />
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="167" />
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="175" />
        <source>History of the referral</source>
        <translation>Historique de l'orientation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="177" />
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="178" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="183" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="184" />
        <source>Short factual note (optional)</source>
        <translation>Note courte et factuelle (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="186" />
        <source>&amp;Save the status</source>
        <translation>Enregistrer le &amp;statut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="188" />
        <source>Save the new status</source>
        <translation>Enregistrer le nouveau statut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="189" />
        <source>&amp;Reprint the sheet</source>
        <translation>Réim&amp;primer la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="191" />
        <source>Reprint the orientation sheet</source>
        <translation>Réimprimer la fiche d'orientation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="192" />
        <source>Open the person's &amp;file</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="194" />
        <source>Open the person's file</source>
        <translation>Ouvrir le dossier de la personne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="197" />
        <source>New &amp;status:</source>
        <translation>Nouveau &amp;statut :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="198" />
        <source>Rea&amp;son:</source>
        <translation>M&amp;otif :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="199" />
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="206" />
        <source>Change the status:</source>
        <translation>Changer le statut :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="234" />
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="286" />
        <source>No referral matches these filters.</source>
        <translation>Aucune orientation ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="288" />
        <source>No referral yet. Refer a person from a visit, or press « New referral ».</source>
        <translation>Aucune orientation pour l'instant. Orientez une personne depuis un passage, ou cliquez sur « Nouvelle orientation ».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="320" />
        <source>Choose a referral in the list.</source>
        <translation>Choisissez une orientation dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="327" />
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orientations.py" line="339" />
        <source>automatic (no news)</source>
        <translation>automatique (sans nouvelles)</translation>
    </message>
</context>
<context>
    <name>QuickReferralDialog</name>
    <message>
        <location filename="../../ui/dialogs/quick_referral.py" line="43" />
        <location filename="../../ui/dialogs/quick_referral.py" line="185" />
        <location filename="../../ui/dialogs/quick_referral.py" line="197" />
        <source>Quick referral</source>
        <translation>Orientation rapide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_referral.py" line="49" />
        <source>No name is asked. Choose the need, then the service: a receipt prints.</source>
        <translation>Aucun nom n'est demandé. Choisissez le besoin, puis le service : un ticket s'imprime.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_referral.py" line="55" />
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_referral.py" line="65" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_referral.py" line="69" />
        <source>Choose a need on the left.</source>
        <translation>Choisissez un besoin à gauche.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_referral.py" line="75" />
        <source>Sheet language</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_referral.py" line="78" />
        <source>Sheet &amp;language:</source>
        <translation>&amp;Langue de la fiche :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_referral.py" line="80" />
        <source>&amp;Print the receipt</source>
        <translation>&amp;Imprimer le ticket</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_referral.py" line="82" />
        <source>Print the receipt</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_referral.py" line="86" />
        <location filename="../../ui/dialogs/quick_referral.py" line="88" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_referral.py" line="91" />
        <source>1. The &amp;need</source>
        <translation>1. Le &amp;besoin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_referral.py" line="93" />
        <source>2. The &amp;service (open now first)</source>
        <translation>2. Le &amp;service (ouverts en premier)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_referral.py" line="140" />
        <source>No service for this need in the directory. Ask a colleague.</source>
        <translation>Aucun service pour ce besoin dans l'annuaire. Demandez à un collègue.</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Ticket imprimé.</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Read the referral details again</source>
        <translation>Relire les informations de l'orientation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="78" />
        <location filename="../../ui/dialogs/refer.py" line="248" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="65" />
        <location filename="../../ui/dialogs/refer.py" line="274" />
        <source>Refer to a partner</source>
        <translation>Orienter vers un partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="74" />
        <source>Referral for %1</source>
        <translation>Orientation de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="76" />
        <source>Anonymous referral: no name is kept.</source>
        <translation>Orientation anonyme : aucun nom n'est gardé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="83" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="87" />
        <source>Reasons of the visit: %1</source>
        <translation>Motifs du passage : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="90" />
        <source>Choose a theme…</source>
        <translation>Choisissez un thème…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="98" />
        <source>Suggested services: Space ticks one</source>
        <translation>Services proposés : Espace pour en cocher un</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="110" />
        <source>Reason for the referral</source>
        <translation>Motif de l'orientation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="112" />
        <source>Optional: what the partner should know (600 characters at most)</source>
        <translation>Facultatif : ce que le partenaire doit savoir (600 caractères au plus)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="119" />
        <source>How the partner is reached</source>
        <translation>Comment le partenaire est prévenu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="125" />
        <source>Sheet language</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="135" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="136" />
        <source>A4 page</source>
        <translation>Page A4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="137" />
        <source>Receipt (80 mm)</source>
        <translation>Ticket (80 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="141" />
        <source>Follow-up date</source>
        <translation>Date de relance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="147" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="148" />
        <source>&amp;Partner reached by:</source>
        <translation>&amp;Partenaire prévenu par :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="149" />
        <source>Sheet &amp;language:</source>
        <translation>&amp;Langue de la fiche :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="150" />
        <source>P&amp;aper:</source>
        <translation>P&amp;apier :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="151" />
        <source>&amp;Follow up on:</source>
        <translation>&amp;Relancer le :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="153" />
        <location filename="../../ui/dialogs/refer.py" line="155" />
        <source>Refer and show the sheet</source>
        <translation>Orienter et voir la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="157" />
        <location filename="../../ui/dialogs/refer.py" line="159" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="165" />
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="167" />
        <source>&amp;Services (open now first):</source>
        <translation>&amp;Services (ouverts en premier) :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="220" />
        <source>No service for this theme yet. Try a wider theme, or add one in the Directory.</source>
        <translation>Aucun service pour ce thème. Essayez un thème plus large, ou ajoutez-en un dans l'Annuaire.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="223" />
        <source>Choose a theme to see the services that can help.</source>
        <translation>Choisissez un thème pour voir les services qui peuvent aider.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="249" />
        <source>No service chosen yet: tick one with Space.</source>
        <translation>Aucun service choisi : cochez-en un avec Espace.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/refer.py" line="251" />
        <source>Services chosen: %1</source>
        <translation>Services choisis : %1</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../../ui/pages/referral_table.py" line="34" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_table.py" line="35" />
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_table.py" line="36" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_table.py" line="37" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_table.py" line="38" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_table.py" line="39" />
        <source>Follow up on</source>
        <translation>Relance le</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_table.py" line="84" />
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_table.py" line="98" />
        <source>To follow up: due today or late</source>
        <translation>À relancer : aujourd'hui ou en retard</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location filename="../../app/services/referrals.py" line="93" />
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="94" />
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="95" />
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="96" />
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="97" />
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="98" />
        <source>Unsuccessful</source>
        <translation>Non aboutie</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="99" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="100" />
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="107" />
        <source>Person cannot be reached</source>
        <translation>Personne non joignable</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="108" />
        <source>Did not come</source>
        <translation>Absente au rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="109" />
        <source>Now in work</source>
        <translation>En emploi</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="110" />
        <source>Now in training</source>
        <translation>En formation</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="111" />
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="112" />
        <source>Cannot travel</source>
        <translation>Non mobile</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="113" />
        <source>Not interested</source>
        <translation>Non intéressée</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="114" />
        <source>Other barriers (childcare, health…)</source>
        <translation>Freins périphériques (garde d'enfants, santé…)</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="115" />
        <source>Session full</source>
        <translation>Session complète</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="116" />
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="117" />
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="124" />
        <source>Sheet handed over</source>
        <translation>Fiche remise</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="125" />
        <source>Partner phoned</source>
        <translation>Partenaire appelé</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="126" />
        <source>Partner e-mailed</source>
        <translation>Partenaire prévenu par e-mail</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="146" />
        <source>Unknown theme: %1.</source>
        <translation>Thème inconnu : %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/referral_suggestions.py" line="73" />
        <source>Intended for: %1</source>
        <translation>Réservé à : %1</translation>
    </message>
    <message>
        <location filename="../../app/services/referral_suggestions.py" line="173" />
        <source>Opening hours not given</source>
        <translation>Horaires non renseignés</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="180" />
        <source>The %1 is too long (600 characters at most).</source>
        <translation>Le texte « %1 » est trop long (600 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="206" />
        <source>Please choose at least one service.</source>
        <translation>Choisissez au moins un service.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="208" />
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="210" />
        <source>Please choose how the partner is reached.</source>
        <translation>Choisissez comment le partenaire est prévenu.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="212" />
        <source>This sheet language is not available.</source>
        <translation>Cette langue de fiche n'est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="217" />
        <location filename="../../app/services/referrals.py" line="322" />
        <source>The follow-up date cannot be in the past.</source>
        <translation>La date de relance ne peut pas être passée.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="221" />
        <source>This person's file no longer exists.</source>
        <translation>Le dossier de cette personne n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="225" />
        <source>This visit no longer exists.</source>
        <translation>Ce passage n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="232" />
        <source>A chosen service is no longer in the directory.</source>
        <translation>Un service choisi n'est plus dans l'annuaire.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="263" />
        <source>This referral no longer exists.</source>
        <translation>Cette orientation n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="284" />
        <source>Unknown status.</source>
        <translation>Statut inconnu.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="288" />
        <source>A referral that is « %1 » cannot become « %2 ».</source>
        <translation>Une orientation « %1 » ne peut pas devenir « %2 ».</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="295" />
        <source>Please choose a reason.</source>
        <translation>Choisissez un motif.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="298" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="339" />
        <source>No news for %1 days.</source>
        <translation>Sans nouvelles depuis %1 jours.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="370" />
        <source>Sheet printed.</source>
        <translation>Fiche imprimée.</translation>
    </message>
    <message>
        <location filename="../../app/services/referrals.py" line="449" />
        <source>(anonymised)</source>
        <translation>(anonymisé)</translation>
    </message>
    <message>
        <source>Referral recorded to %1: %2.</source>
        <translation>Orientation notée vers %1 : %2.</translation>
    </message>
    <message>
        <source>%3 referrals recorded to %1: %2.</source>
        <translation>%3 orientations notées vers %1 : %2.</translation>
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
    <name>SheetPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="70" />
        <source>The sheet could not be prepared for printing.</source>
        <translation>La fiche n'a pas pu être préparée pour l'impression.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="77" />
        <source>The printer cannot be used. Is it switched on?</source>
        <translation>L'imprimante ne répond pas. Est-elle allumée ?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="115" />
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="144" />
        <location filename="../../ui/dialogs/sheet_preview.py" line="251" />
        <source>Orientation sheet</source>
        <translation>Fiche d'orientation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="149" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="150" />
        <source>A4 page</source>
        <translation>Page A4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="151" />
        <source>Receipt (80 mm)</source>
        <translation>Ticket (80 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="155" />
        <source>Sheet language</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="156" />
        <source>Language of the referral</source>
        <translation>Langue de l'orientation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="161" />
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="163" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="169" />
        <source>Preview of the sheet</source>
        <translation>Aperçu de la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="173" />
        <location filename="../../ui/dialogs/sheet_preview.py" line="236" />
        <source>Preparing the sheet…</source>
        <translation>Préparation de la fiche…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="176" />
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="178" />
        <source>Print the sheet</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="180" />
        <source>&amp;Save as PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="182" />
        <source>Save the sheet as a PDF file</source>
        <translation>Enregistrer la fiche dans un fichier PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="183" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="185" />
        <source>Close the preview</source>
        <translation>Fermer l'aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="245" />
        <source>Ready to print.</source>
        <translation>Prête à imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="250" />
        <source>The sheet could not be made.</source>
        <translation>La fiche n'a pas pu être faite.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="257" />
        <source>Sheet printed.</source>
        <translation>Fiche imprimée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="264" />
        <location filename="../../ui/dialogs/sheet_preview.py" line="275" />
        <source>Save the sheet</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="264" />
        <source>fiche-orientation.pdf</source>
        <translation>fiche-orientation.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="276" />
        <source>The file cannot be written (%1).</source>
        <translation>Le fichier ne peut pas être écrit (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sheet_preview.py" line="279" />
        <source>Sheet saved.</source>
        <translation>Fiche enregistrée.</translation>
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