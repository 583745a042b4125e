<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>CoordinatorPage</name>
    <message>
      <source>Add the national help numbers</source>
      <translation>Ajouter les numéros d'aide nationaux</translation>
    </message>
    <message>
      <source>Add the national help numbers to the directory (115, 119, 3919, 3114…)</source>
      <translation>Ajouter à l'annuaire les numéros d'aide nationaux (115, 119, 3919, 3114…)</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>Choose your name, then type your PIN.</source>
      <translation>Choisissez votre nom, puis tapez votre code PIN.</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>Bienvenue</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>One moment, please.</source>
      <translation>Un instant, s'il vous plaît.</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Ouverture de la base de données…</translation>
    </message>
  </context>
</TS>
