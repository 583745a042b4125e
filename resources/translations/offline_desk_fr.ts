<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AccueilPage</name>
        <message>
            <location filename="../../ui/pages/accueil.py" line="493" />
            <source>Anonymous, waiting to be sent</source>
            <translation>Anonyme, en attente d'envoi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/accueil.py" line="507" />
            <source>(of which %1 waiting to be sent)</source>
            <translation>(dont %1 en attente d'envoi)</translation>
        </message>
    </context>
    <context>
        <name>BigTillButton</name>
        <message>
            <location filename="../../ui/widgets/till_controls.py" line="128" />
            <source>of which %1 waiting</source>
            <translation>dont %1 en attente</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/till_controls.py" line="136" />
            <source>(%1 waiting to be sent)</source>
            <translation>(%1 en attente d'envoi)</translation>
        </message>
    </context>
    <context>
        <name>CaissePage</name>
        <message>
            <location filename="../../ui/pages/caisse.py" line="313" />
            <source>of which %1 waiting to be sent</source>
            <translation>dont %1 en attente d'envoi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/caisse.py" line="330" />
            <source>of which %1 kg waiting to be sent</source>
            <translation>dont %1 kg en attente d'envoi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/caisse.py" line="445" />
            <source>The main PC cannot be reached: only clicks kept on this desk can be undone.</source>
            <translation>Le poste principal est injoignable : seuls les passages gardés sur ce poste peuvent être annulés.</translation>
        </message>
    </context>
    <context>
        <name>VisitFormDialog</name>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="372" />
            <source>The main PC does not answer: this visit is not saved yet. It stays here; press « Try again » once the main PC is back.</source>
            <translation>Le poste principal ne répond pas : cette visite n'est pas encore enregistrée. Elle reste ici ; appuyez sur « Réessayer » quand il répond de nouveau.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/visit_form.py" line="377" />
            <source>Try again (Enter)</source>
            <translation>Réessayer (Entrée)</translation>
        </message>
    </context>
</TS>
