<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BigTillButton</name>
    <message>
        <location filename="../../ui/widgets/till_controls.py" line="106" />
        <source>key %1</source>
        <translation>touche %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_controls.py" line="108" />
        <source>Click or press %1</source>
        <translation>Cliquez ou appuyez sur %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_controls.py" line="117" />
        <source>%1, %2 today</source>
        <translation>%1, %2 aujourd'hui</translation>
    </message>
</context>
<context>
    <name>CaissePage</name>
    <message>
        <location filename="../../ui/pages/caisse.py" line="65" />
        <source>No till button is switched on.</source>
        <translation>Aucun bouton de caisse n'est activé.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="66" />
        <source>A coordinator sets them up in Settings.</source>
        <translation>Un coordinateur les règle dans Réglages.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="112" />
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="118" />
        <source>One click or the keys 1 to 9 per visitor · Ctrl+Z undoes</source>
        <translation>Un clic ou les touches 1 à 9 par visiteur · Ctrl+Z annule</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="125" />
        <source>Refer…</source>
        <translation>Orienter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="126" />
        <source>Give a referral sheet to a partner service</source>
        <translation>Remettre une fiche d'orientation vers un partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="128" />
        <source>Day summary</source>
        <translation>Bilan du jour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="130" />
        <location filename="../../ui/pages/caisse.py" line="347" />
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="150" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="157" />
        <source>Donations weighed</source>
        <translation>Dons pesés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="237" />
        <source>No visit yet.</source>
        <translation>Aucune visite pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="239" />
        <source>1 visit</source>
        <translation>1 visite</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="241" />
        <source>%1 visits</source>
        <translation>%1 visites</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="251" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="258" />
        <source>No donation weighed yet today.</source>
        <translation>Aucun don pesé aujourd'hui pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="290" />
        <source>Recorded: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="315" />
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="332" />
        <source>%1 kg of %2 recorded</source>
        <translation>%1 kg de %2 enregistrés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/caisse.py" line="350" />
        <source>Leave full screen (F11)</source>
        <translation>Quitter le plein écran (F11)</translation>
    </message>
    <message>
        <source>No visit at the till yet.</source>
        <translation>Aucun passage en caisse pour l'instant.</translation>
    </message>
    <message>
        <source>1 visit at the till</source>
        <translation>1 passage en caisse</translation>
    </message>
    <message>
        <source>%1 visits at the till</source>
        <translation>%1 passages en caisse</translation>
    </message>
</context>
<context>
    <name>DaySummaryDialog</name>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="48" />
        <source>The printer cannot be used. Check that it is switched on.</source>
        <translation>L'imprimante ne peut pas être utilisée. Vérifiez qu'elle est allumée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="92" />
        <location filename="../../ui/dialogs/day_summary.py" line="189" />
        <location filename="../../ui/dialogs/day_summary.py" line="250" />
        <location filename="../../ui/dialogs/day_summary.py" line="301" />
        <location filename="../../ui/dialogs/day_summary.py" line="316" />
        <source>Day summary</source>
        <translation>Bilan du jour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="100" />
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="103" />
        <source>Day of the summary</source>
        <translation>Jour du bilan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="125" />
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="126" />
        <source>&amp;Receipt 80 mm</source>
        <translation>&amp;Ticket 80 mm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="128" />
        <source>Receipt 80 mm</source>
        <translation>Ticket 80 mm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="129" />
        <source>&amp;A4 page</source>
        <translation>Page &amp;A4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="131" />
        <source>A4 page</source>
        <translation>Page A4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="143" />
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="145" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="147" />
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="149" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="213" />
        <source>No donation weighed.</source>
        <translation>Aucun don pesé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="215" />
        <source>Visits per button</source>
        <translation>Visites par bouton</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="216" />
        <source>Donations weighed</source>
        <translation>Dons pesés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="217" />
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="235" />
        <source>Preparing the PDF…</source>
        <translation>Préparation du PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="269" />
        <source>Preview of the summary</source>
        <translation>Aperçu du bilan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="288" />
        <source>Save the summary</source>
        <translation>Enregistrer le bilan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="290" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="302" />
        <source>The file cannot be written (%1).</source>
        <translation>Le fichier ne peut pas être écrit (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="307" />
        <source>Saved in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_summary.py" line="319" />
        <source>Sent to the printer.</source>
        <translation>Envoyé à l'imprimante.</translation>
    </message>
</context>
<context>
    <name>DaySummaryPdf</name>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="19" />
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="20" />
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="21" />
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="22" />
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="23" />
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="24" />
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="25" />
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="38" />
        <source>Total visits</source>
        <translation>Total des visites</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="41" />
        <source>Total weighed</source>
        <translation>Total pesé</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="43" />
        <source>Referrals made</source>
        <translation>Orientations faites</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="97" />
        <location filename="../../app/pdf/day_summary.py" line="137" />
        <source>Till summary</source>
        <translation>Bilan de la caisse</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="100" />
        <source>Visits per button</source>
        <translation>Visites par bouton</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="102" />
        <source>Donations weighed</source>
        <translation>Dons pesés</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="108" />
        <source>No donation weighed.</source>
        <translation>Aucun don pesé.</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="111" />
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../app/pdf/day_summary.py" line="116" />
        <source>Printed on %1 at %2</source>
        <translation>Imprimé le %1 à %2</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/pages/caisse.py" line="107" />
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <location filename="../../app/services/till.py" line="45" />
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="46" />
        <source>Drop-off of items</source>
        <translation>Dépôt d'objets</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="47" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="48" />
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="49" />
        <source>Volunteering</source>
        <translation>Bénévolat</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="140" />
        <source>Please type the text of the button.</source>
        <translation>Veuillez saisir le texte du bouton.</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="143" />
        <source>The text of the button is too long (%1 characters at most).</source>
        <translation>Le texte du bouton est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="154" />
        <source>The code of the button must be a short word in lower case, without accents or spaces (for example: achat).</source>
        <translation>Le code du bouton doit être un mot court en minuscules, sans accents ni espaces (par exemple : achat).</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="162" />
        <source>The code “accueil” is kept for visits at the reception desk.</source>
        <translation>Le code « accueil » est réservé aux visites de l'accueil.</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="170" />
        <source>The colour must look like #2e7d32.</source>
        <translation>La couleur doit s'écrire comme #2e7d32.</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="178" />
        <source>The symbol is too long (%1 characters at most).</source>
        <translation>Le symbole est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="193" />
        <source>Another button already uses the code “%1”.</source>
        <translation>Un autre bouton utilise déjà le code « %1 ».</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="200" />
        <source>This button no longer exists.</source>
        <translation>Ce bouton n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="298" />
        <source>This button is switched off. Ask a coordinator.</source>
        <translation>Ce bouton est désactivé. Demandez à un coordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="342" />
        <source>There is no click to undo.</source>
        <translation>Il n'y a aucun clic à annuler.</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="345" />
        <source>The last click is more than 2 minutes old: it can no longer be undone.</source>
        <translation>Le dernier clic date de plus de 2 minutes : il ne peut plus être annulé.</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="380" />
        <source>A category name is too long (%1 characters at most).</source>
        <translation>Un nom de catégorie est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="387" />
        <source>Please keep at least one category.</source>
        <translation>Veuillez garder au moins une catégorie.</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="396" />
        <location filename="../../app/services/till.py" line="404" />
        <location filename="../../app/services/till.py" line="413" />
        <source>Please type the weight in kg, for example 2,5.</source>
        <translation>Veuillez saisir le poids en kg, par exemple 2,5.</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="407" />
        <source>“%1” is not a weight. Type a number of kg, for example 2,5.</source>
        <translation>« %1 » n'est pas un poids. Saisissez un nombre de kg, par exemple 2,5.</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="415" />
        <source>The weight must be more than 0 kg.</source>
        <translation>Le poids doit être de plus de 0 kg.</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="418" />
        <source>%1 kg is too heavy for one drop-off: check the weight.</source>
        <translation>%1 kg, c'est trop lourd pour un seul dépôt : vérifiez le poids.</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="442" />
        <source>Please choose a category.</source>
        <translation>Veuillez choisir une catégorie.</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="447" />
        <source>This visit no longer exists.</source>
        <translation>Cette visite n'existe plus.</translation>
    </message>
</context>
<context>
    <name>TillButtonsEditor</name>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="63" />
        <location filename="../../ui/widgets/till_buttons_editor.py" line="68" />
        <location filename="../../ui/widgets/till_buttons_editor.py" line="259" />
        <location filename="../../ui/widgets/till_buttons_editor.py" line="273" />
        <source>Till buttons</source>
        <translation>Boutons de la caisse</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="73" />
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="75" />
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="80" />
        <source>&amp;New button</source>
        <translation>&amp;Nouveau bouton</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="87" />
        <source>Text of the button</source>
        <translation>Texte du bouton</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="88" />
        <source>Code for the statistics</source>
        <translation>Code pour les statistiques</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="89" />
        <source>for example: achat</source>
        <translation>par exemple : achat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="90" />
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="94" />
        <source>Symbol (optional)</source>
        <translation>Symbole (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="96" />
        <source>shown before the text, for example: €</source>
        <translation>affiché avant le texte, par exemple : €</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="97" />
        <location filename="../../ui/widgets/till_buttons_editor.py" line="99" />
        <source>Shown at the till</source>
        <translation>Affiché à la caisse</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="104" />
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="118" />
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="119" />
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="120" />
        <source>C&amp;olour:</source>
        <translation>C&amp;ouleur :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="122" />
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbole :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="124" />
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="125" />
        <source>&amp;Save the button</source>
        <translation>&amp;Enregistrer le bouton</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="131" />
        <source>Categories of donations (one per line)</source>
        <translation>Catégories de dons (une par ligne)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="135" />
        <location filename="../../ui/widgets/till_buttons_editor.py" line="287" />
        <source>Categories of donations</source>
        <translation>Catégories de dons</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="138" />
        <source>Save the ca&amp;tegories</source>
        <translation>Enregistrer les c&amp;atégories</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_buttons_editor.py" line="178" />
        <source>%1 (off)</source>
        <translation>%1 (désactivé)</translation>
    </message>
</context>
<context>
    <name>TillToast</name>
    <message>
        <location filename="../../ui/widgets/till_controls.py" line="138" />
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_controls.py" line="140" />
        <source>Undo the last click</source>
        <translation>Annuler le dernier clic</translation>
    </message>
</context>
<context>
    <name>TillWeighingPanel</name>
    <message>
        <location filename="../../ui/widgets/till_controls.py" line="187" />
        <source>Weigh the drop-off (optional)</source>
        <translation>Peser le dépôt (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_controls.py" line="204" />
        <source>Weight (kg):</source>
        <translation>Poids (kg) :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_controls.py" line="207" />
        <source>Weight in kg</source>
        <translation>Poids en kg</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_controls.py" line="208" />
        <source>for example 2,5</source>
        <translation>par exemple 2,5</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_controls.py" line="216" />
        <source>Save (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_controls.py" line="218" />
        <source>Save the weight</source>
        <translation>Enregistrer le poids</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_controls.py" line="221" />
        <source>Skip (Esc)</source>
        <translation>Passer (Échap)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/till_controls.py" line="223" />
        <source>Skip the weighing</source>
        <translation>Passer la pesée</translation>
    </message>
</context>
</TS>
