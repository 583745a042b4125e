<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/commands/report.py" line="13" />
        <source>make a report as a PDF file</source>
        <translation>faire un rapport en PDF</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="15" />
        <source>the referral summary of a month</source>
        <translation>la synthèse des orientations d’un mois</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="20" />
        <source>the annual activity report</source>
        <translation>le rapport annuel d’activité</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="27" />
        <source>export the report tables of a period as CSV or XLSX</source>
        <translation>exporter les tableaux d’une période en CSV ou XLSX</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="49" />
        <source>The database “%1” does not exist.</source>
        <translation>La base « %1 » n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="61" />
        <source>This database has no coordinator yet: run the app once first.</source>
        <translation>Cette base n’a pas encore de coordinateur : lancez d’abord l’application une fois.</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="68" />
        <source>The output file must end in .pdf.</source>
        <translation>Le fichier de sortie doit finir par .pdf.</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="84" />
        <location filename="../../app/commands/report.py" line="100" />
        <source>Report written: %1</source>
        <translation>Rapport écrit : %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="117" />
        <source>%1 file(s) written.</source>
        <translation>%1 fichier(s) écrit(s).</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/pages/rapports.py" line="209" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>RapportsPage</name>
    <message>
        <location filename="../../ui/pages/rapports.py" line="95" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="96" />
        <source>Referral summary</source>
        <translation>Synthèse des orientations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="96" />
        <source>Annual activity report</source>
        <translation>Rapport annuel d’activité</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="100" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="102" />
        <source>A month</source>
        <translation>Un mois</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="103" />
        <source>A quarter</source>
        <translation>Un trimestre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="104" />
        <source>A year</source>
        <translation>Une année</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="105" />
        <source>Dates of my choice</source>
        <translation>Des dates au choix</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="109" />
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="110" />
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="120" />
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="125" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="134" />
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="135" />
        <source>Quarter %1</source>
        <translation>%1ᵉ trimestre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="138" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="139" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="144" />
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="146" />
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="151" />
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="161" />
        <source>&amp;Make the report</source>
        <translation>&amp;Faire le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="163" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="164" />
        <source>&amp;Save the PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="165" />
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="166" />
        <source>Export &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="170" />
        <source>Progress of the report</source>
        <translation>Avancement du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="190" />
        <source>Choose a report and a period, then make the report.</source>
        <translation>Choisissez un rapport et une période, puis faites le rapport.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="191" />
        <source>It appears here; you can then print it, save it or export its tables.</source>
        <translation>Il s’affiche ici ; vous pourrez ensuite l’imprimer, l’enregistrer ou exporter ses tableaux.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="287" />
        <location filename="../../ui/pages/rapports.py" line="327" />
        <location filename="../../ui/pages/rapports.py" line="391" />
        <location filename="../../ui/pages/rapports.py" line="409" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="308" />
        <source>Making the report…</source>
        <translation>Rapport en cours de préparation…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="334" />
        <source>%1 — %2: %3 page(s). Check it, then print, save or export.</source>
        <translation>%1 — %2 : %3 page(s). Relisez-le, puis imprimez, enregistrez ou exportez.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="348" />
        <source>The report</source>
        <translation>Le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="373" />
        <source>The report was sent to the printer.</source>
        <translation>Le rapport est parti à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="382" />
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="382" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="393" />
        <source>Report saved: %1</source>
        <translation>Rapport enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="402" />
        <source>Folder for the exported tables</source>
        <translation>Dossier pour les tableaux exportés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rapports.py" line="412" />
        <source>%1 file(s) written in %2.</source>
        <translation>%1 fichier(s) écrit(s) dans %2.</translation>
    </message>
    <message>
        <source>The period changed: press « Make the report » to see this one.</source>
        <translation>La période a changé : appuyez sur « Faire le rapport » pour voir celle-ci.</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../../app/reports/labels.py" line="21" />
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="22" />
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="23" />
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="24" />
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="25" />
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="26" />
        <source>Unsuccessful</source>
        <translation>Non aboutie</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="27" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="28" />
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="36" />
        <source>of which proposed</source>
        <translation>dont proposées</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="37" />
        <source>of which sent</source>
        <translation>dont envoyées</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="38" />
        <source>of which accepted</source>
        <translation>dont acceptées</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="39" />
        <source>of which refused</source>
        <translation>dont refusées</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="40" />
        <source>of which done</source>
        <translation>dont réalisées</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="41" />
        <source>of which unsuccessful</source>
        <translation>dont non abouties</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="42" />
        <source>of which cancelled</source>
        <translation>dont annulées</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="43" />
        <source>of which expired</source>
        <translation>dont expirées</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="50" />
        <source>Walk-in</source>
        <translation>Accueil spontané</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="51" />
        <source>Appointment on site</source>
        <translation>RDV en présentiel</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="52" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="53" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="54" />
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="55" />
        <source>Video call</source>
        <translation>Visio</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="56" />
        <source>Home or outside visit</source>
        <translation>RDV à domicile ou extérieur</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="63" />
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="64" />
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="65" />
        <source>Drop-off</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="66" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="67" />
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="68" />
        <source>Volunteering</source>
        <translation>Bénévolat</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="75" />
        <source>Not noted</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="76" />
        <source>Information given</source>
        <translation>Information donnée</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="77" />
        <source>Done together</source>
        <translation>Démarche faite ensemble</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="78" />
        <source>Appointment made</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="79" />
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="80" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="92" />
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="93" />
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="94" />
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="95" />
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="96" />
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="97" />
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="98" />
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
</context>
<context>
    <name>ReportMonthAbbreviations</name>
    <message>
        <location filename="../../app/reports/periods.py" line="15" />
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="16" />
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="17" />
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="18" />
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="19" />
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="20" />
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="21" />
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="22" />
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="23" />
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="24" />
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="25" />
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="26" />
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
</context>
<context>
    <name>ReportPeriods</name>
    <message>
        <location filename="../../app/reports/periods.py" line="34" />
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="35" />
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="36" />
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="37" />
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="38" />
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="39" />
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="40" />
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="41" />
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="42" />
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="43" />
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="44" />
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="45" />
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="86" />
        <source>The end date is before the start date.</source>
        <translation>La date de fin est avant la date de début.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="89" />
        <source>Please choose dates between 1901 and 2199.</source>
        <translation>Choisissez des dates entre 1901 et 2199.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="92" />
        <source>Please choose ten years at most.</source>
        <translation>Choisissez dix ans au plus.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="159" />
        <source>quarter %1 of %2</source>
        <translation>%1ᵉ trimestre %2</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="164" />
        <source>year %1</source>
        <translation>année %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="166" />
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="178" />
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="201" />
        <source>“%1” is not a month: write it like 2026-10.</source>
        <translation>« %1 » n’est pas un mois : écrivez-le comme 2026-10.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="212" />
        <source>“%1” is not a year: write it like 2026.</source>
        <translation>« %1 » n’est pas une année : écrivez-la comme 2026.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="228" />
        <source>“%1” is not a date: write it like 2026-10-31.</source>
        <translation>« %1 » n’est pas une date : écrivez-la comme 2026-10-31 ou 31/10/2026.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
        <message>
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
    <message>
        <location filename="../../app/reports/periods.py" line="244" />
        <source>%1 is proposed: it is the month just finished.</source>
        <translation>%1 est proposé : c’est le mois qui vient de se terminer.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="247" />
        <source>%1 is proposed: the month so far, until today.</source>
        <translation>%1 est proposé : le mois en cours, jusqu’à aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="55" />
        <source>Whole year</source>
        <translation>Année entière</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="68" />
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="70" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="71" />
        <location filename="../../app/reports/common.py" line="29" />
        <location filename="../../app/reports/monthly.py" line="52" />
        <location filename="../../app/reports/monthly.py" line="75" />
        <location filename="../../app/reports/monthly.py" line="121" />
        <location filename="../../app/reports/monthly.py" line="130" />
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="72" />
        <location filename="../../app/reports/common.py" line="30" />
        <source>Unique people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="73" />
        <location filename="../../app/reports/common.py" line="31" />
        <source>Anonymous visits</source>
        <translation>Visites anonymes</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="74" />
        <location filename="../../app/reports/common.py" line="32" />
        <source>New people</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="75" />
        <location filename="../../app/reports/common.py" line="33" />
        <location filename="../../app/reports/monthly.py" line="76" />
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="76" />
        <source>Referrals done</source>
        <translation>Orientations réalisées</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="77" />
        <location filename="../../app/reports/annual.py" line="115" />
        <location filename="../../app/reports/annual.py" line="116" />
        <source>Visits %1</source>
        <translation>Visites %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="80" />
        <source>Unique people of the whole year: each person counted once, so not the sum of the months.</source>
        <translation>Personnes différentes sur l’année : chacune comptée une seule fois, ce n’est donc pas la somme des mois.</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="90" />
        <source>Visits per month, %1 and %2</source>
        <translation>Visites par mois, %1 et %2</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="112" />
        <source>Themes, year over year</source>
        <translation>Thématiques, comparées à l’année précédente</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="114" />
        <location filename="../../app/reports/monthly.py" line="74" />
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="117" />
        <location filename="../../app/reports/annual.py" line="118" />
        <location filename="../../app/reports/annual.py" line="163" />
        <location filename="../../app/reports/annual.py" line="165" />
        <source>Referrals %1</source>
        <translation>Orientations %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="136" />
        <source>Themes of the visits in %1 (top 10)</source>
        <translation>Thématiques des visites en %1 (10 premières)</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="160" />
        <source>Referrals per partner, year over year</source>
        <translation>Orientations par partenaire, comparées à l’année précédente</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="162" />
        <location filename="../../app/reports/monthly.py" line="187" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="164" />
        <source>Done %1</source>
        <translation>Réalisées %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="182" />
        <source>Referrals per partner in %1 (top 10)</source>
        <translation>Orientations par partenaire en %1 (10 premiers)</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="196" />
        <source>Visits per channel, year over year</source>
        <translation>Visites par canal, comparées à l’année précédente</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="198" />
        <location filename="../../app/reports/monthly.py" line="121" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="211" />
        <source>Visits per channel in %1</source>
        <translation>Visites par canal en %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/annual.py" line="219" />
        <source>Annual activity report</source>
        <translation>Rapport annuel d’activité</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="44" />
        <source>Completion rate (%)</source>
        <translation>Taux de réalisation (%)</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="51" />
        <source>Median days to an outcome</source>
        <translation>Délai médian avant une issue (jours)</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="54" />
        <source>Follow-ups overdue</source>
        <translation>Relances en retard</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="70" />
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="71" />
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="79" />
        <source>Period: %1, Paris time (a visit at 23:30 on the last evening counts in the period; days of clock change are counted in full).</source>
        <translation>Période : %1, heure de Paris (une visite à 23 h 30 le dernier soir compte dans la période ; les jours de changement d’heure sont comptés en entier).</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="84" />
        <source>Visits: every visit recorded, at the desk or at the till. Unique people: different people with a file among these visits, each counted once however often they came; anonymous visits are not people.</source>
        <translation>Visites : tous les passages enregistrés, à l’accueil ou en caisse. Personnes différentes : les personnes avec une fiche parmi ces visites, chacune comptée une fois quel que soit le nombre de ses venues ; les visites anonymes n’en font pas partie.</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="90" />
        <source>New people: files created during the period (files merged into another are not counted).</source>
        <translation>Nouvelles personnes : fiches créées pendant la période (les fiches fusionnées avec une autre ne comptent pas).</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="95" />
        <source>Referrals: made during the period, shown with their status on the day of the report.</source>
        <translation>Orientations : faites pendant la période, avec leur statut au jour du rapport.</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="99" />
        <source>Completion rate: referrals done divided by referrals with an outcome (done, refused, unsuccessful, expired). Median days to an outcome: the middle value of the days between the referral and its outcome.</source>
        <translation>Taux de réalisation : orientations réalisées divisées par les orientations qui ont une issue (réalisée, refusée, non aboutie, expirée). Délai médian : la valeur du milieu des jours écoulés entre l’orientation et son issue.</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="105" />
        <source>Follow-ups overdue: referrals of the period still open whose follow-up date is before the day of the report.</source>
        <translation>Relances en retard : orientations de la période encore ouvertes dont la date de relance est passée au jour du rapport.</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="110" />
        <source>Themes: a visit or referral with several themes counts once for each. No personal data appears in this report.</source>
        <translation>Thématiques : une visite ou une orientation à plusieurs thématiques compte une fois pour chacune. Aucune donnée personnelle ne figure dans ce rapport.</translation>
    </message>
    <message>
        <location filename="../../app/reports/exports.py" line="103" />
        <source>Unknown format “%1”: choose csv or xlsx.</source>
        <translation>Format « %1 » inconnu : choisissez csv ou xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/reports/exports.py" line="108" />
        <source>“%1” is a file, not a folder.</source>
        <translation>« %1 » est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="51" />
        <location filename="../../app/reports/monthly.py" line="155" />
        <source>Visits per day</source>
        <translation>Visites par jour</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="52" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="72" />
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="88" />
        <source>Themes of the visits (top 10)</source>
        <translation>Thématiques des visites (10 premières)</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="101" />
        <source>Referrals per partner (top 10)</source>
        <translation>Orientations par partenaire (10 premiers)</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="110" />
        <source>Referral outcomes (status today)</source>
        <translation>Suites des orientations (statut à ce jour)</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="120" />
        <source>Visits per channel</source>
        <translation>Visites par canal</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="129" />
        <source>What came of desk visits</source>
        <translation>Suites données aux visites d’accueil</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="130" />
        <source>Outcome</source>
        <translation>Suite</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="137" />
        <source>Referral summary</source>
        <translation>Synthèse des orientations</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="162" />
        <source>Visits per week (weeks from Monday)</source>
        <translation>Visites par semaine (semaines du lundi au dimanche)</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="168" />
        <source>Visits per month</source>
        <translation>Visites par mois</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="185" />
        <source>Referrals per partner and status</source>
        <translation>Orientations par partenaire et par statut</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="189" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="217" />
        <source>Till: visitors per button</source>
        <translation>Caisse : passages par bouton</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="218" />
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="226" />
        <source>Till: donations weighed per category (kg)</source>
        <translation>Caisse : dons pesés par catégorie (kg)</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly.py" line="227" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf.py" line="62" />
        <source>%1 others (each one in the CSV and XLSX exports)</source>
        <translation>%1 autres (chacun figure dans les exports CSV et XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf.py" line="75" />
        <location filename="../../app/reports/pdf.py" line="118" />
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf.py" line="101" />
        <source>Made on %1. Figures without any personal data.</source>
        <translation>Établi le %1. Chiffres sans aucune donnée personnelle.</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf.py" line="133" />
        <source>Methods</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf.py" line="138" />
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf.py" line="160" />
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf.py" line="183" />
        <source>The file “%1” cannot be written (%2).</source>
        <translation>Le fichier « %1 » ne peut pas être écrit (%2).</translation>
    </message>
</context>
</TS>