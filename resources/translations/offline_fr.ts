<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Connection</name>
        <message>
            <source>Main PC back — sending %1 visit kept on this desk…</source>
            <translation>Poste principal de retour — envoi de %1 passage gardé sur ce poste…</translation>
        </message>
        <message>
            <source>Main PC back — sending %1 visits kept on this desk…</source>
            <translation>Poste principal de retour — envoi de %1 passages gardés sur ce poste…</translation>
        </message>
        <message>
            <source>Main PC unreachable — %1 visit kept on this desk</source>
            <translation>Poste principal injoignable — %1 passage gardé sur ce poste</translation>
        </message>
        <message>
            <source>Main PC unreachable — %1 visits kept on this desk</source>
            <translation>Poste principal injoignable — %1 passages gardés sur ce poste</translation>
        </message>
        <message>
            <source>Main PC unreachable — the till keeps working on this desk</source>
            <translation>Poste principal injoignable — la caisse continue sur ce poste</translation>
        </message>
        <message>
            <source>Needs the main PC, which cannot be reached right now: it comes back by itself.</source>
            <translation>Demande le poste principal, injoignable pour l'instant : cela revient tout seul.</translation>
        </message>
    </context>
    <context>
        <name>OfflineTill</name>
        <message>
            <source>The main PC cannot be reached: only clicks kept on this desk can be undone.</source>
            <translation>Le poste principal est injoignable : seuls les passages gardés sur ce poste peuvent être annulés.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>This click is being sent to the main PC right now: undo it again in a moment.</source>
            <translation>Ce passage est en cours d'envoi au poste principal : annulez-le de nouveau dans un instant.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryCopy</name>
        <message>
            <source>Directory copy of %1 (main PC unreachable)</source>
            <translation>Copie de l'annuaire du %1 (poste principal injoignable)</translation>
        </message>
    </context>
</TS>
