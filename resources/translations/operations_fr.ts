<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Operations</name>
        <message>
            <source>Aiguillage</source>
            <translation>Aiguillage</translation>
        </message>
        <message>
            <source>The database server is not answering yet. What you just did is waiting and is not saved yet; it will be as soon as the server answers.</source>
            <translation>Le serveur de la base de données ne répond pas encore. Ce que vous venez de faire attend et n'est pas encore enregistré ; il le sera dès que le serveur répondra.</translation>
        </message>
        <message>
            <source>Waiting for the database server</source>
            <translation>En attente du serveur de la base de données</translation>
        </message>
    <message><source>The database server is not answering yet. This will show as soon as it answers.</source><translation>Le serveur de la base de données ne répond pas encore. Ce que vous avez demandé s'affichera dès qu'il répondra.</translation></message></context>
    <context>
        <name>VisitFormDialog</name>
        <message>
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
    </context>
</TS>
