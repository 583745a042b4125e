<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ui/messages.py" line="58" />
            <location filename="../../ui/messages.py" line="62" />
            <source>Copy the report</source>
            <translation>Copier le rapport</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="66" />
            <source>Close this message</source>
            <translation>Fermer ce message</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Aiguillage</source>
            <translation>Aiguillage</translation>
        </message>
        <message>
            <source>Aiguillage met a problem it did not expect. The desk keeps going, but what you were doing may not have been saved: check it before carrying on.

If it happens again, click « Copy the report » and send it to whoever helps you with Aiguillage. The report holds no personal data.</source>
            <translation>Aiguillage a rencontré un problème qu'il n'attendait pas. Le poste continue de fonctionner, mais ce que vous faisiez n'a peut-être pas été enregistré : vérifiez-le avant de continuer.

Si cela se reproduit, cliquez sur « Copier le rapport » et envoyez-le à la personne qui vous aide avec Aiguillage. Le rapport ne contient aucune donnée personnelle.</translation>
        </message>
        <message>
            <source>Something unexpected happened</source>
            <translation>Un imprévu est survenu</translation>
        </message>
    </context>
</TS>
