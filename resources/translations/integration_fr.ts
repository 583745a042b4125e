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
</TS>
