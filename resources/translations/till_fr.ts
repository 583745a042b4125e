<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>Till</name>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="43" />
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="44" />
        <source>Drop-off of items</source>
        <translation>Dépôt d'objets</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="45" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="46" />
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="47" />
        <source>Volunteering</source>
        <translation>Bénévolat</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="138" />
        <source>Please type the text of the button.</source>
        <translation>Veuillez saisir le texte du bouton.</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="141" />
        <source>The text of the button is too long (%1 characters at most).</source>
        <translation>Le texte du bouton est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="152" />
        <source>The code of the button must be a short word in lower case, without accents or spaces (for example: achat).</source>
        <translation>Le code du bouton doit être un mot court en minuscules, sans accents ni espaces (par exemple : achat).</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="160" />
        <source>The code “accueil” is kept for visits at the reception desk.</source>
        <translation>Le code « accueil » est réservé aux visites de l'accueil.</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="168" />
        <source>The colour must look like #2e7d32.</source>
        <translation>La couleur doit s'écrire comme #2e7d32.</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="176" />
        <source>The symbol is too long (%1 characters at most).</source>
        <translation>Le symbole est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="191" />
        <source>Another button already uses the code “%1”.</source>
        <translation>Un autre bouton utilise déjà le code « %1 ».</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="198" />
        <source>This button no longer exists.</source>
        <translation>Ce bouton n'existe plus.</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="296" />
        <source>This button is switched off. Ask a coordinator.</source>
        <translation>Ce bouton est désactivé. Demandez à un coordinateur.</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="337" />
        <source>There is no click to undo.</source>
        <translation>Il n'y a aucun clic à annuler.</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="340" />
        <source>The last click is more than 2 minutes old: it can no longer be undone.</source>
        <translation>Le dernier clic date de plus de 2 minutes : il ne peut plus être annulé.</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="375" />
        <source>A category name is too long (%1 characters at most).</source>
        <translation>Un nom de catégorie est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="382" />
        <source>Please keep at least one category.</source>
        <translation>Veuillez garder au moins une catégorie.</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="391" />
        <location filename="../work/wt/till/app/services/till.py" line="399" />
        <location filename="../work/wt/till/app/services/till.py" line="408" />
        <source>Please type the weight in kg, for example 2,5.</source>
        <translation>Veuillez saisir le poids en kg, par exemple 2,5.</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="402" />
        <source>“%1” is not a weight. Type a number of kg, for example 2,5.</source>
        <translation>« %1 » n'est pas un poids. Saisissez un nombre de kg, par exemple 2,5.</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="410" />
        <source>The weight must be more than 0 kg.</source>
        <translation>Le poids doit être de plus de 0 kg.</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="413" />
        <source>%1 kg is too heavy for one drop-off: check the weight.</source>
        <translation>%1 kg, c'est trop lourd pour un seul dépôt : vérifiez le poids.</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="437" />
        <source>Please choose a category.</source>
        <translation>Veuillez choisir une catégorie.</translation>
    </message>
    <message>
        <location filename="../work/wt/till/app/services/till.py" line="442" />
        <source>This visit no longer exists.</source>
        <translation>Cette visite n'existe plus.</translation>
    </message>
</context>
</TS>