<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Demo</name>
    <message>
        <location filename="../../app/demo.py" line="61"/>
        <source>Unknown size “%1”: choose small or large.</source>
        <translation>Taille « %1 » inconnue : choisissez small ou large.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="67"/>
        <source>“%1” already holds data: give the name of a new file for the demo.</source>
        <translation>« %1 » contient déjà des données : donnez le nom d’un nouveau fichier pour la démo.</translation>
    </message>
    <message>
        <location filename="../../app/commands/demo.py" line="14"/>
        <source>write a fictional demo dataset into a new database file</source>
        <translation>écrire des données de démonstration fictives dans une nouvelle base</translation>
    </message>
    <message>
        <location filename="../../app/commands/demo.py" line="15"/>
        <source>Writes a fictional dataset into a new database file: a Point Accueil Emploi of the Redon area, its partner directory, people, visits, referrals, till visits and donations over 24 months. Every agent of the demo has the PIN 1234 (the coordinator is Hélène Le Gall). An existing database with data is never touched.</source>
        <translation>Écrit des données fictives dans une nouvelle base : un Point Accueil Emploi du Pays de Redon, son annuaire de partenaires, des personnes, des passages, des orientations, des passages en caisse et des dons sur 24 mois. Tous les agents de la démo ont le code PIN 1234 (la coordinatrice est Hélène Le Gall). Une base qui contient déjà des données n’est jamais modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/commands/demo.py" line="28"/>
        <source>small: 300 people, 5,000 visits; large: 20,000 people, 500,000 visits</source>
        <translation>small : 300 personnes, 5 000 passages ; large : 20 000 personnes, 500 000 passages</translation>
    </message>
    <message>
        <location filename="../../app/commands/demo.py" line="36"/>
        <source>the same seed always gives the same data</source>
        <translation>la même graine donne toujours les mêmes données</translation>
    </message>
    <message>
        <location filename="../../app/commands/demo.py" line="45"/>
        <source>Please give the new database file with --db PATH.</source>
        <translation>Indiquez le fichier de la nouvelle base avec --db CHEMIN.</translation>
    </message>
    <message>
        <location filename="../../app/commands/demo.py" line="50"/>
        <source>Demo database written to %1 in %2 s.</source>
        <translation>Base de démonstration écrite dans %1 en %2 s.</translation>
    </message>
    <message>
        <location filename="../../app/commands/demo.py" line="56"/>
        <source>Sign in with the PIN 1234.</source>
        <translation>Connectez-vous avec le code PIN 1234.</translation>
    </message>
</context>
</TS>
