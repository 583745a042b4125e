<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Connection</name>
        <message>
            <source>Main PC back — sending %1…</source>
            <translation>Poste principal de retour — envoi de %1…</translation>
        </message>
        <message>
            <source>Main PC unreachable — %1 waiting</source>
            <translation>Poste principal injoignable — %1 en attente</translation>
        </message>
        <message>
            <source>Waiting on this desk: %1. Everything will be sent as soon as the main PC answers.</source>
            <translation>En attente sur ce poste : %1. Tout sera envoyé dès que le poste principal répondra.</translation>
        </message>
        <message>
            <source>%1 entry</source>
            <translation>%1 enregistrement</translation>
        </message>
        <message>
            <source>%1 entries</source>
            <translation>%1 enregistrements</translation>
        </message>
        <message>
            <source>%1 visit</source>
            <translation>%1 passage</translation>
        </message>
        <message>
            <source>%1 visits</source>
            <translation>%1 passages</translation>
        </message>
        <message>
            <source>%1 weighing</source>
            <translation>%1 pesée</translation>
        </message>
        <message>
            <source>%1 weighings</source>
            <translation>%1 pesées</translation>
        </message>
        <message>
            <source>%1 referral</source>
            <translation>%1 orientation</translation>
        </message>
        <message>
            <source>%1 referrals</source>
            <translation>%1 orientations</translation>
        </message>
        <message>
            <source>The main PC no longer knows this PIN or this agent: please sign in again.</source>
            <translation>Le poste principal ne reconnaît plus ce code ou cet agent : connectez-vous de nouveau.</translation>
        </message>
        <message>
            <source>Main PC unreachable — this desk keeps working</source>
            <translation>Poste principal injoignable — ce poste continue de fonctionner</translation>
        </message>
        <message>
            <source>Needs the main PC, which cannot be reached right now: it comes back by itself.</source>
            <translation>Demande le poste principal, injoignable pour l'instant : cela revient tout seul.</translation>
        </message>
        <message>
            <source>%1 record refused: %2</source>
            <translation>%1 enregistrement refusé : %2</translation>
        </message>
        <message>
            <source>%1 records refused: %2</source>
            <translation>%1 enregistrements refusés : %2</translation>
        </message>
        <message>
            <source>Refused by the main PC and kept aside on this desk: %1. The coordinator sees them on the main PC, in Settings › Desks, and can send them again once the cause is fixed.</source>
            <translation>Refusé par le poste principal et gardé à part sur ce poste : %1. Le coordinateur le voit sur le poste principal, dans Réglages › Postes, et peut le renvoyer une fois la cause réglée.</translation>
        </message>
        <message>
            <source>• %1: %2</source>
            <translation>• %1 : %2</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 du %2</translation>
        </message>
    </context>
    <context>
        <name>QuickReferralDialog</name>
        <message>
            <source>Kept on this desk: it goes to the main PC when it answers.</source>
            <translation>Gardée sur ce poste : elle part au poste principal dès qu’il répond.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>This click is being sent to the main PC right now: undo it again in a moment.</source>
            <translation>Ce passage est en cours d'envoi au poste principal : annulez-le de nouveau dans un instant.</translation>
        </message>
        <message>
            <source>The main PC's database does not accept this record as it is.</source>
            <translation>La base du poste principal n'accepte pas cet enregistrement tel quel.</translation>
        </message>
        <message>
            <source>This kind of record is unknown to the main PC.</source>
            <translation>Le poste principal ne connaît pas ce genre d'enregistrement.</translation>
        </message>
        <message>
            <source>The person who made this record is unknown to the main PC.</source>
            <translation>Le poste principal ne connaît pas la personne qui a fait cet enregistrement.</translation>
        </message>
        <message>
            <source>The main PC could not read this record.</source>
            <translation>Le poste principal n'a pas pu lire cet enregistrement.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryCopy</name>
        <message>
            <source>Directory copy of %1 (main PC unreachable)</source>
            <translation>Copie de l'annuaire du %1 (poste principal injoignable)</translation>
        </message>
    </context>
    <context>
        <name>LoginForm</name>
        <message>
            <source>The main PC cannot be reached: the agents who already signed in on this desk can sign in for the till, anonymous visits and quick referrals.</source>
            <translation>Le poste principal est injoignable : les agents déjà connectés sur ce poste peuvent se connecter pour la caisse, les visites anonymes et les orientations rapides.</translation>
        </message>
        <message>
            <source>The main PC cannot be reached and nobody has signed in on this desk yet: switch the main PC on, or sign in here once while it is on.</source>
            <translation>Le poste principal est injoignable et personne ne s'est encore connecté sur ce poste : allumez le poste principal, ou connectez-vous ici une fois quand il est allumé.</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>Only agents who already signed in on this desk can sign in while the main PC is off.</source>
            <translation>Seuls les agents déjà connectés sur ce poste peuvent se connecter tant que le poste principal est éteint.</translation>
        </message>
    </context>
</TS>
