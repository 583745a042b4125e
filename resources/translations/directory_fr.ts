<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Directory</name>
    <message>
        <location filename="../../app/opening_hours.py" line="69" />
        <source>a time like 08:30 is expected here</source>
        <translation>une heure comme 08:30 est attendue ici</translation>
    </message>
    <message>
        <location filename="../../app/opening_hours.py" line="71" />
        <source>a day like Mo, Tu, We, Th, Fr, Sa or Su is expected here</source>
        <translation>un jour comme Mo, Tu, We, Th, Fr, Sa ou Su est attendu ici (lundi = Mo)</translation>
    </message>
    <message>
        <location filename="../../app/opening_hours.py" line="73" />
        <source>a time range like 09:00-12:00 is expected here</source>
        <translation>une plage comme 09:00-12:00 est attendue ici</translation>
    </message>
    <message>
        <location filename="../../app/opening_hours.py" line="74" />
        <source>this part is not understood</source>
        <translation>ce passage n'est pas compris</translation>
    </message>
    <message>
        <location filename="../../app/opening_hours.py" line="87" />
        <source>The opening hours are too long (1000 characters at most).</source>
        <translation>Les horaires sont trop longs (1000 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../app/opening_hours.py" line="95" />
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <location filename="../../app/opening_hours.py" line="97" />
        <source>Opening hours not understood at character %1 (near « %2 »): %3. Example: %4</source>
        <translation>Horaires non compris au caractère %1 (près de « %2 ») : %3. Exemple : %4</translation>
    </message>
</context>
</TS>