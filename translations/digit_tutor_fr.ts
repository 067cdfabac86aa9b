<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttemptArchive</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text of at most %2 characters</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un texte d&apos;au plus %2 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni vrai ni faux</translation>
    </message>
    <message>
        <source>&quot;key&quot; is empty</source>
        <translation>«&#xa0;key&#xa0;» est vide</translation>
    </message>
    <message>
        <source>&quot;when&quot; is not a time</source>
        <translation>«&#xa0;when&#xa0;» n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the asked digit %1 is not 0-9 (or -1 for free drawing).</source>
        <translation>Impossible d&apos;enregistrer la tentative&#xa0;: le chiffre demandé, %1, n&apos;est pas compris entre 0 et 9 (ni égal à -1 pour le dessin libre).</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the folder %1 cannot be created; check that it is writable.</source>
        <translation>Impossible d&apos;enregistrer la tentative&#xa0;: le dossier %1 ne peut pas être créé&#xa0;; vérifiez qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: %2.</source>
        <translation>Impossible d&apos;enregistrer la tentative dans le dossier %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: every name for %2 is taken.</source>
        <translation>Impossible d&apos;enregistrer la tentative dans le dossier %1&#xa0;: tous les noms possibles pour %2 sont déjà pris.</translation>
    </message>
    <message>
        <source>Cannot save the attempt %1: %2.</source>
        <translation>Impossible d&apos;enregistrer la tentative %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 does not exist.</source>
        <translation>La tentative %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The attempt cannot be read: %1</source>
        <translation>Impossible de lire la tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be read: %2.</source>
        <translation>Impossible de lire la tentative %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 is not a stroke file: it has %2 bytes, more than any attempt (%3).</source>
        <translation>La tentative %1 n&apos;est pas un fichier de tracés&#xa0;: elle fait %2 octets, plus que n&apos;importe quelle tentative (%3).</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has no format</source>
        <translation>son «&#xa0;attempt&#xa0;» n&apos;a pas de format</translation>
    </message>
    <message>
        <source>it was kept by a newer Digit Tutor (format %1; this one reads up to %2)</source>
        <translation>elle a été conservée par une version plus récente de Digit Tutor (format %1&#xa0;; cette version lit jusqu&apos;au format %2)</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has the unknown format %1</source>
        <translation>son «&#xa0;attempt&#xa0;» a un format inconnu, %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be removed: %2.</source>
        <translation>Impossible de supprimer la tentative %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>AttemptHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 étoiles sur %2</translation>
    </message>
    <message>
        <source>facing the other way</source>
        <translation>écrit en miroir</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>pas un chiffre</translation>
    </message>
    <message>
        <source>nothing drawn</source>
        <translation>rien de dessiné</translation>
    </message>
    <message>
        <source>right</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>another digit</source>
        <translation>un autre chiffre</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>dessin libre</translation>
    </message>
</context>
<context>
    <name>AttemptsDialog</name>
    <message>
        <source>%1 asked, read as %2: %3</source>
        <translation>%1 demandé, lu comme %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>free drawing, read as %1</source>
        <translation>dessin libre, lu comme %1</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2&#xa0;: %3, %4</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(aucun tracé n&apos;a été conservé)</translation>
    </message>
    <message>
        <source>Saved Attempts</source>
        <translation>Tentatives enregistrées</translation>
    </message>
    <message>
        <source>Whose attempts</source>
        <translation>Tentatives de qui</translation>
    </message>
    <message>
        <source>Attempts in the progress database, newest first</source>
        <translation>Tentatives de la base de données des progrès, les plus récentes en premier</translation>
    </message>
    <message>
        <source>In the Progress Database</source>
        <translation>Dans la base de données des progrès</translation>
    </message>
    <message>
        <source>Replay of the chosen attempt</source>
        <translation>Relecture de la tentative choisie</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>À propos de la tentative affichée</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>&amp;Rejouer</translation>
    </message>
    <message>
        <source>Play the attempt again</source>
        <translation>Rejouer la tentative</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Arrêter la relecture</translation>
    </message>
    <message>
        <source>&amp;Twice as fast</source>
        <translation>&amp;Deux fois plus vite</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Rejouer deux fois plus vite</translation>
    </message>
    <message>
        <source>Attempts of %1</source>
        <translation>Tentatives de %1</translation>
    </message>
    <message>
        <source>&amp;Whose attempts:</source>
        <translation>&amp;Tentatives de&#xa0;:</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Tous les enfants</translation>
    </message>
    <message>
        <source>The progress database is not available, so its attempts cannot be shown: %1</source>
        <translation>La base de données des progrès n&apos;est pas disponible&#xa0;; ses tentatives ne peuvent donc pas être affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>aucune base de données n&apos;est connectée.</translation>
    </message>
    <message>
        <source>No attempts yet. Each drawing a child finishes with Done is kept here.</source>
        <translation>Aucune tentative pour l&apos;instant. Chaque dessin qu&apos;un enfant termine avec «&#xa0;Fini&#xa0;» est conservé ici.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first; older ones come as you scroll down.</source>
        <translation>Tentatives&#xa0;: %1, les plus récentes en premier&#xa0;; les plus anciennes s&apos;affichent au fur et à mesure que vous faites défiler vers le bas.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first.</source>
        <translation>Tentatives&#xa0;: %1, les plus récentes en premier.</translation>
    </message>
    <message>
        <source>Choose an attempt to watch it being written.</source>
        <translation>Choisissez une tentative pour voir comment elle a été écrite.</translation>
    </message>
    <message>
        <source>Waiting for the Database (%1)</source>
        <translation>En attente de la base de données (%1)</translation>
    </message>
    <message>
        <source>Waiting for the Database</source>
        <translation>En attente de la base de données</translation>
    </message>
    <message>
        <source>%1, %2: %3; kept as the file %4</source>
        <translation>%1, %2&#xa0;: %3&#xa0;; conservée dans le fichier %4</translation>
    </message>
    <message>
        <source>%1 asked</source>
        <translation>%1 demandé</translation>
    </message>
</context>
<context>
    <name>BigButton</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip and its key</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChildWords</name>
    <message>
        <source>Draw any digit</source>
        <translation>Dessine le chiffre que tu veux</translation>
    </message>
    <message>
        <source>Write an %1</source>
        <translation>Écris un %1</translation>
    </message>
    <message>
        <source>Write a %1</source>
        <translation>Écris un %1</translation>
    </message>
    <message>
        <source>Draw a digit first!</source>
        <translation>Dessine d&apos;abord un chiffre&#xa0;!</translation>
    </message>
    <message>
        <source>Draw an %1 first!</source>
        <translation>Dessine d&apos;abord un %1&#xa0;!</translation>
    </message>
    <message>
        <source>Draw a %1 first!</source>
        <translation>Dessine d&apos;abord un %1&#xa0;!</translation>
    </message>
    <message>
        <source>Let&apos;s write a digit!</source>
        <translation>Allez, on écrit un chiffre&#xa0;!</translation>
    </message>
    <message>
        <source>Let&apos;s write an %1!</source>
        <translation>Allez, on écrit un %1&#xa0;!</translation>
    </message>
    <message>
        <source>Let&apos;s write a %1!</source>
        <translation>Allez, on écrit un %1&#xa0;!</translation>
    </message>
    <message>
        <source>That looks like an %1</source>
        <translation>On dirait un %1</translation>
    </message>
    <message>
        <source>That looks like a %1</source>
        <translation>On dirait un %1</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a digit yet</source>
        <translation>Ça ne ressemble pas encore à un chiffre</translation>
    </message>
    <message>
        <source>That looks like an %1.</source>
        <translation>On dirait un %1.</translation>
    </message>
    <message>
        <source>That looks like a %1.</source>
        <translation>On dirait un %1.</translation>
    </message>
    <message>
        <source>Your %1 is facing the other way. Let&apos;s turn it round!</source>
        <translation>Ton %1 est à l&apos;envers. Allez, on le retourne&#xa0;!</translation>
    </message>
    <message>
        <source>You can write an %1 all by yourself!</source>
        <translation>Tu sais écrire un %1 par toi-même&#xa0;!</translation>
    </message>
    <message>
        <source>You can write a %1 all by yourself!</source>
        <translation>Tu sais écrire un %1 par toi-même&#xa0;!</translation>
    </message>
    <message>
        <source>An %1 written like yours</source>
        <translation>Un %1 écrit comme le tien</translation>
    </message>
    <message>
        <source>A %1 written like yours</source>
        <translation>Un %1 écrit comme le tien</translation>
    </message>
    <message>
        <source>Wonderful!</source>
        <translation>Magnifique&#xa0;!</translation>
    </message>
    <message>
        <source>Perfect!</source>
        <translation>Parfait&#xa0;!</translation>
    </message>
    <message>
        <source>Super writing!</source>
        <translation>Quelle belle écriture&#xa0;!</translation>
    </message>
    <message>
        <source>Brilliant!</source>
        <translation>Formidable&#xa0;!</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Good job!</source>
        <translation>Bien joué&#xa0;!</translation>
    </message>
    <message>
        <source>Nice work!</source>
        <translation>Beau travail&#xa0;!</translation>
    </message>
    <message>
        <source>Great!</source>
        <translation>Super&#xa0;!</translation>
    </message>
    <message>
        <source>Good try! Have another go.</source>
        <translation>Bel essai&#xa0;! Essaie encore une fois.</translation>
    </message>
    <message>
        <source>Nearly! Try once more.</source>
        <translation>Tu y es presque&#xa0;! Encore une fois.</translation>
    </message>
    <message>
        <source>Keep going, you can do it!</source>
        <translation>Continue, tu vas y arriver&#xa0;!</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ClassLanguageDialog</name>
    <message>
        <source>The computer&apos;s language</source>
        <translation>La langue de l’ordinateur</translation>
    </message>
    <message>
        <source>Language of Class %1</source>
        <translation>Langue de la classe %1</translation>
    </message>
    <message>
        <source>The children of this class see and hear the app in this language, unless a student has a language of their own.</source>
        <translation>Les enfants de cette classe voient et entendent l’application dans cette langue, sauf un élève qui a sa propre langue.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>ConfidenceMeter</name>
    <message>
        <source>How sure</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for.</source>
        <translation>À quel point l&apos;appli est sûre que ton dessin est bien le chiffre demandé.</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>on ne sait pas encore</translation>
    </message>
    <message>
        <source>a bit sure</source>
        <translation>peut-être</translation>
    </message>
    <message>
        <source>quite sure</source>
        <translation>sans doute</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>sûrement</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for: %1.</source>
        <translation>À quel point l&apos;appli est sûre que ton dessin est bien le chiffre demandé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>Aucune base de données n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid URL.</source>
        <translation>L&apos;adresse de base de données %1 n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The database address %1 names no database; add it after the host, as in postgresql://host/digit_tutor.</source>
        <translation>L&apos;adresse de base de données %1 ne désigne aucune base&#xa0;; ajoutez son nom après l&apos;hôte, comme dans postgresql://serveur/digit_tutor.</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>Le port indiqué dans %1 n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The database address %1 is neither a file nor a postgresql:// URL.</source>
        <translation>L&apos;adresse de base de données %1 n&apos;est ni un fichier ni une URL postgresql://.</translation>
    </message>
    <message>
        <source>The database address %1 names no file.</source>
        <translation>L&apos;adresse de base de données %1 ne désigne aucun fichier.</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <source>Your drawing on the guide</source>
        <translation>Ton dessin sur le modèle</translation>
    </message>
    <message>
        <source>still to add</source>
        <translation>encore à ajouter</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>en trop</translation>
    </message>
    <message>
        <source>Blue shows ink still to add: %1% of the guide. Orange shows ink not needed: %2% of the drawing.</source>
        <translation>Le bleu montre ce qu&apos;il reste à ajouter&#xa0;: %1&#xa0;% du modèle. L&apos;orange montre ce qui est en trop&#xa0;: %2&#xa0;% du dessin.</translation>
    </message>
    <message>
        <source>Missing %1% · extra %2%</source>
        <translation>Manque %1&#xa0;% · en trop %2&#xa0;%</translation>
    </message>
</context>
<context>
    <name>DigitFiguresTable</name>
    <message>
        <source>Digit</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>En miroir</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Conseils de tracé</translation>
    </message>
    <message>
        <source>How often the digit was read as the one asked for</source>
        <translation>Part des tentatives où le chiffre a été lu comme celui demandé</translation>
    </message>
    <message>
        <source>The average stars, of 3</source>
        <translation>Nombre moyen d&apos;étoiles, sur 3</translation>
    </message>
    <message>
        <source>The success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on.</source>
        <translation>Taux de réussite de la seconde moitié des tentatives d&apos;un chiffre moins celui de la première moitié, en points de pourcentage, à partir de %1 tentatives.</translation>
    </message>
    <message>
        <source>How often the digit was written facing the other way (mirror writing)</source>
        <translation>Fréquence à laquelle le chiffre a été écrit à l&apos;envers (écriture en miroir)</translation>
    </message>
    <message>
        <source>How often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Fréquence à laquelle on a montré à l&apos;enfant un meilleur point de départ, sens de tracé ou ordre des traits.</translation>
    </message>
    <message>
        <source>Figures for each digit</source>
        <translation>Résultats par chiffre</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>starts elsewhere %1, other way %2, order %3</source>
        <translation>départ ailleurs %1, sens inverse %2, ordre %3</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, à travailler</translation>
    </message>
    <message>
        <source>Needs work: practise this digit next.</source>
        <translation>À travailler&#xa0;: c&apos;est le prochain chiffre à pratiquer.</translation>
    </message>
    <message>
        <source>%1 of %2 read as asked</source>
        <translation>%1 sur %2 lus comme demandé</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing area</source>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <source>Draw the digit here with the mouse, a pen or a finger.</source>
        <translation>Dessine le chiffre ici avec la souris, un stylet ou ton doigt.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>A picture of how the digit is usually written.</source>
        <translation>Une image qui montre comment on écrit ce chiffre d&apos;habitude.</translation>
    </message>
</context>
<context>
    <name>KeptAttempts</name>
    <message>
        <source>%1; and %2</source>
        <translation>%1&#xa0;; et %2</translation>
    </message>
</context>
<context>
    <name>KeptFilesPanel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Attempts waiting to go into the progress database, newest first</source>
        <translation>Tentatives en attente d&apos;entrer dans la base de données des progrès, les plus récentes en premier</translation>
    </message>
    <message>
        <source>&amp;Put Them into the Progress Database</source>
        <translation>&amp;Enregistrer dans la base de données des progrès</translation>
    </message>
    <message>
        <source>Store the attempts kept here in the progress database, each once, for its own child</source>
        <translation>Enregistrer les tentatives conservées ici dans la base de données des progrès, chacune une seule fois, pour l&apos;enfant concerné</translation>
    </message>
    <message>
        <source>What putting the attempts into the database did</source>
        <translation>Résultat de l&apos;enregistrement des tentatives dans la base de données</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>dessin libre</translation>
    </message>
    <message>
        <source>waiting to go into the progress database</source>
        <translation>en attente d&apos;entrer dans la base de données des progrès</translation>
    </message>
    <message>
        <source>strokes only: replayed here, never stored</source>
        <translation>tracés seulement&#xa0;: rejoués ici, jamais enregistrés</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>These attempts could not go into the progress database when they were made (it was not available), so they were kept whole as files on this computer. They are waiting to go into the progress database: nothing is lost. They go in by themselves once it works again, or now with the button below.</source>
        <translation>Ces tentatives n&apos;ont pas pu entrer dans la base de données des progrès au moment où elles ont été faites (elle n&apos;était pas disponible)&#xa0;; elles ont donc été conservées en entier sous forme de fichiers sur cet ordinateur. Elles attendent d&apos;entrer dans la base de données des progrès&#xa0;: rien n&apos;est perdu. Elles y entreront d&apos;elles-mêmes dès qu&apos;elle fonctionnera de nouveau, ou dès maintenant avec le bouton ci-dessous.</translation>
    </message>
    <message>
        <source>No attempts are waiting: every attempt is in the progress database.</source>
        <translation>Aucune tentative en attente&#xa0;: toutes les tentatives sont dans la base de données des progrès.</translation>
    </message>
    <message>
        <source>No attempts are waiting to go into the progress database.</source>
        <translation>Aucune tentative n&apos;attend d&apos;entrer dans la base de données des progrès.</translation>
    </message>
    <message>
        <source>Files of strokes only (kept by an older Digit Tutor, or damaged) can be replayed here; they never go into the database.</source>
        <translation>Les fichiers qui ne contiennent que des tracés (conservés par une version plus ancienne de Digit Tutor, ou endommagés) peuvent être rejoués ici&#xa0;; ils n&apos;entrent jamais dans la base de données.</translation>
    </message>
    <message>
        <source>The progress database is still not available, so the attempts stay here, safe: %1</source>
        <translation>La base de données des progrès n&apos;est toujours pas disponible&#xa0;; les tentatives restent donc ici, en sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>aucune base de données n&apos;est connectée.</translation>
    </message>
    <message>
        <source>Attempts that went into the progress database: %1.</source>
        <translation>Tentatives entrées dans la base de données des progrès&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The others stay here for now: %1</source>
        <translation>Les autres restent ici pour l&apos;instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>No attempt was waiting.</source>
        <translation>Aucune tentative n&apos;était en attente.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Left-handed</source>
        <translation>Main &amp;gauche</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Teacher &amp;Area...</source>
        <translation>&amp;Espace enseignant...</translation>
    </message>
    <message>
        <source>Change &amp;Student...</source>
        <translation>Changer d&apos;é&amp;lève...</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Qui écrit</translation>
    </message>
    <message>
        <source>Choose who is writing</source>
        <translation>Choisir qui écrit</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Teacher area</source>
        <translation>Espace enseignant</translation>
    </message>
    <message>
        <source>Students, progress, reports and settings, for grown-ups</source>
        <translation>Élèves, progrès, rapports et réglages, pour les adultes</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Hold for two seconds to leave Digit Tutor</source>
        <translation>Maintenir appuyé deux secondes pour quitter Digit Tutor</translation>
    </message>
    <message>
        <source>The database was not changed. %1</source>
        <translation>La base de données n&apos;a pas été modifiée. %1</translation>
    </message>
    <message>
        <source>Progress is now kept in %1.</source>
        <translation>Les progrès sont désormais conservés dans %1.</translation>
    </message>
    <message>
        <source>&quot;Show me&quot; is not available: %1</source>
        <translation>«&#xa0;Montre-moi&#xa0;» n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>Impossible de charger le modèle</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; the current model is kept.

%2</source>
        <translation>Le modèle %1 n&apos;a pas pu être chargé&#xa0;; le modèle actuel est conservé.

%2</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Base de données des progrès</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, créé le %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan could not be read; they start afresh: %2</source>
        <translation>Le plan d&apos;entraînement de %1 n&apos;a pas pu être lu&#xa0;; l&apos;élève recommence à zéro&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan is damaged; they start afresh: %2</source>
        <translation>Le plan d&apos;entraînement de %1 est endommagé&#xa0;; l&apos;élève recommence à zéro&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan was not saved: %2</source>
        <translation>Le plan d&apos;entraînement de %1 n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>This attempt was not saved: %1</source>
        <translation>Cette tentative n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This attempt was kept as a file, not in the progress database: %1</source>
        <translation>Cette tentative a été conservée dans un fichier, pas dans la base de données des progrès&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attempts kept as files stay there for now: %1</source>
        <translation>Les tentatives conservées dans des fichiers y restent pour l&apos;instant&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) kept as files are of students deleted for good (%1): they stay as files and are not stored. The teacher area&apos;s Saved Attempts shows them.</source>
        <translation>
            <numerusform>%n tentative conservée dans un fichier appartient à un élève supprimé définitivement (%1)&#xa0;: elle reste dans un fichier et n&apos;est pas enregistrée. Elle apparaît dans «&#xa0;Tentatives enregistrées&#xa0;» de l&apos;espace enseignant.</numerusform>
            <numerusform>%n tentatives conservées dans des fichiers appartiennent à des élèves supprimés définitivement (%1)&#xa0;: elles restent dans des fichiers et ne sont pas enregistrées. Elles apparaissent dans «&#xa0;Tentatives enregistrées&#xa0;» de l&apos;espace enseignant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1, of which %2 of archived students, who stay archived.</source>
        <translation>Les tentatives conservées dans des fichiers sont entrées dans la base de données des progrès&#xa0;: %1, dont %2 d&apos;élèves archivés, qui restent archivés.</translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1.</source>
        <translation>Les tentatives conservées dans des fichiers sont entrées dans la base de données des progrès&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ModelDescription</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>What it learnt from is not recorded in the file.</source>
        <translation>Les données d&apos;apprentissage ne sont pas indiquées dans le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handwritten digit(s) of MNIST</source>
        <translation>
            <numerusform>%Ln chiffre manuscrit de MNIST</numerusform>
            <numerusform>%Ln chiffres manuscrits de MNIST</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s) of a class&apos;s own digits</source>
        <translation>
            <numerusform>%Ln image de chiffres écrits par une classe</numerusform>
            <numerusform>%Ln images de chiffres écrits par une classe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s) drawn with a pen</source>
        <translation>
            <numerusform>%Ln chiffre dessiné au stylet</numerusform>
            <numerusform>%Ln chiffres dessinés au stylet</numerusform>
        </translation>
    </message>
    <message>
        <source>Learnt from: %1.</source>
        <translation>Appris à partir de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Learnt from %1.</source>
        <translation>Appris à partir de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each drawn digit was also learnt in %n distorted version(s), as a child&apos;s hand might have drawn it.</source>
        <translation>
            <numerusform>Chaque chiffre dessiné a aussi été appris en %n version déformée, comme la main d&apos;un enfant aurait pu le dessiner.</numerusform>
            <numerusform>Chaque chiffre dessiné a aussi été appris en %n versions déformées, comme la main d&apos;un enfant aurait pu le dessiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learnt what is not a digit from %Ln doodle(s).</source>
        <translation>
            <numerusform>Il a appris ce qui n&apos;est pas un chiffre à partir de %Ln gribouillis.</numerusform>
            <numerusform>Il a appris ce qui n&apos;est pas un chiffre à partir de %Ln gribouillis.</numerusform>
        </translation>
    </message>
    <message>
        <source>How well it reads digits drawn on the screen is measured apart: the bundled model&apos;s figures are in models/README.md, and digit-tutor-cli evaluate measures any model.</source>
        <translation>La qualité de lecture des chiffres dessinés à l&apos;écran est mesurée à part&#xa0;: les résultats du modèle fourni figurent dans models/README.md, et digit-tutor-cli evaluate mesure n&apos;importe quel modèle.</translation>
    </message>
    <message>
        <source>How well it reads is not recorded in the file.</source>
        <translation>La qualité de lecture n&apos;est pas indiquée dans le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>It reads %1 of the MNIST test set right: %Ln handwritten digit(s) it never saw while learning.</source>
        <translation>
            <numerusform>Il lit correctement %1 du jeu de test MNIST&#xa0;: %Ln chiffre manuscrit qu&apos;il n&apos;a jamais vu pendant l&apos;apprentissage.</numerusform>
            <numerusform>Il lit correctement %1 du jeu de test MNIST&#xa0;: %Ln chiffres manuscrits qu&apos;il n&apos;a jamais vus pendant l&apos;apprentissage.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reads %1 of the MNIST test set right.</source>
        <translation>Il lit correctement %1 du jeu de test MNIST.</translation>
    </message>
    <message>
        <source>When it was made is not recorded in the file.</source>
        <translation>La date de création n&apos;est pas indiquée dans le fichier.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Créé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Créé le %1.</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from images</source>
        <translation>Façons d&apos;écrire chaque chiffre, apprises à partir d&apos;images</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from drawings</source>
        <translation>Façons d&apos;écrire chaque chiffre, apprises à partir de dessins</translation>
    </message>
    <message>
        <source>Weight of the ways learnt from drawings</source>
        <translation>Poids des façons apprises à partir de dessins</translation>
    </message>
    <message>
        <source>Covariance regularisation</source>
        <translation>Régularisation de la covariance</translation>
    </message>
    <message>
        <source>Slanted digits straightened</source>
        <translation>Chiffres penchés redressés</translation>
    </message>
    <message>
        <source>HOG: orientations / cell pixels / block cells</source>
        <translation>HOG&#xa0;: orientations / pixels par cellule / cellules par bloc</translation>
    </message>
    <message>
        <source>Fitting tolerance</source>
        <translation>Tolérance d&apos;ajustement</translation>
    </message>
    <message>
        <source>Fitting rounds at most</source>
        <translation>Itérations d&apos;ajustement (maximum)</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <source>Not a digit below this percentile of the training scores</source>
        <translation>Pas un chiffre en dessous de ce centile des scores d&apos;entraînement</translation>
    </message>
    <message>
        <source>Distorted copies of each MNIST digit</source>
        <translation>Copies déformées de chaque chiffre MNIST</translation>
    </message>
    <message>
        <source>Arithmetic while fitting</source>
        <translation>Arithmétique pendant l&apos;ajustement</translation>
    </message>
    <message>
        <source>Order the features are scored in</source>
        <translation>Ordre d&apos;évaluation des caractéristiques</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2 in all)</source>
        <translation>%1 (%2 au total)</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>Le modèle par défaut fourni</translation>
    </message>
    <message>
        <source>The model file %1</source>
        <translation>Le fichier de modèle %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>models/default.dtm, built into the app</source>
        <translation>models/default.dtm, intégré à l&apos;application</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>Ways of writing each digit (components)</source>
        <translation>Façons d&apos;écrire chaque chiffre (composantes)</translation>
    </message>
    <message>
        <source>Times each drawn digit counts</source>
        <translation>Nombre de fois où compte chaque chiffre dessiné</translation>
    </message>
    <message>
        <source>Distorted versions of each drawn digit</source>
        <translation>Versions déformées de chaque chiffre dessiné</translation>
    </message>
    <message>
        <source>Drawings, %1</source>
        <translation>Dessins, %1</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Dessins</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Testé sur</translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation>Durée d&apos;apprentissage</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Créé par</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Which model is in use</source>
        <translation>Modèle utilisé</translation>
    </message>
    <message>
        <source>What the model learnt from</source>
        <translation>Données d&apos;apprentissage du modèle</translation>
    </message>
    <message>
        <source>How well the model reads</source>
        <translation>Qualité de lecture du modèle</translation>
    </message>
    <message>
        <source>When the model was made</source>
        <translation>Date de création du modèle</translation>
    </message>
    <message>
        <source>Load Model File...</source>
        <translation>Charger un fichier de modèle...</translation>
    </message>
    <message>
        <source>Use the Bundled Default</source>
        <translation>Utiliser le modèle par défaut</translation>
    </message>
    <message>
        <source>What it learnt from</source>
        <translation>Données d&apos;apprentissage</translation>
    </message>
    <message>
        <source>How well it reads</source>
        <translation>Qualité de lecture</translation>
    </message>
    <message>
        <source>When it was made</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Show the model&apos;s technical settings</source>
        <translation>Afficher les réglages techniques du modèle</translation>
    </message>
    <message>
        <source>The model&apos;s technical settings</source>
        <translation>Réglages techniques du modèle</translation>
    </message>
    <message>
        <source>A model file (.dtm) is made by digit-tutor-cli train, for example on MNIST with your own class&apos;s digits added. A file that is not a valid model is refused and the current model stays.</source>
        <translation>Un fichier de modèle (.dtm) est créé par digit-tutor-cli train, par exemple sur MNIST avec en plus les chiffres de votre classe. Un fichier qui n&apos;est pas un modèle valide est refusé et le modèle actuel est conservé.</translation>
    </message>
    <message>
        <source>Load Model</source>
        <translation>Charger un modèle</translation>
    </message>
    <message>
        <source>Digit models (*.dtm);;All files (*)</source>
        <translation>Modèles de chiffres (*.dtm);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Practice mode: write the asked digit</source>
        <translation>Mode exercice&#xa0;: écris le chiffre demandé</translation>
    </message>
    <message>
        <source>Write the digit I ask for</source>
        <translation>Écris le chiffre que je te demande</translation>
    </message>
    <message>
        <source>Free drawing</source>
        <translation>Dessin libre</translation>
    </message>
    <message>
        <source>Free drawing mode: draw any digit</source>
        <translation>Mode dessin libre&#xa0;: dessine le chiffre que tu veux</translation>
    </message>
    <message>
        <source>Draw any digit and I will say which</source>
        <translation>Dessine un chiffre et je te dirai lequel c&apos;est</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Repasser</translation>
    </message>
    <message>
        <source>Trace over the guide</source>
        <translation>Repasser sur le modèle</translation>
    </message>
    <message>
        <source>Show the guide under your drawing to trace over</source>
        <translation>Le modèle s&apos;affiche sous ton dessin pour que tu repasses dessus</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>Répète</translation>
    </message>
    <message>
        <source>Say the digit to write again</source>
        <translation>Redire le chiffre à écrire</translation>
    </message>
    <message>
        <source>Hear the question again</source>
        <translation>Écouter encore la question</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Montre-moi</translation>
    </message>
    <message>
        <source>Show me how to write it</source>
        <translation>Montre-moi comment l&apos;écrire</translation>
    </message>
    <message>
        <source>Watch the digit being written, stroke by stroke</source>
        <translation>Regarde le chiffre s&apos;écrire, trait par trait</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Annuler le dernier trait</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>Enlever le dernier trait</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Effacer le dessin</translation>
    </message>
    <message>
        <source>Start the drawing again</source>
        <translation>Recommencer le dessin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fini</translation>
    </message>
    <message>
        <source>I am done</source>
        <translation>J&apos;ai fini</translation>
    </message>
    <message>
        <source>See how well it went</source>
        <translation>Voir si c&apos;est réussi</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next digit</source>
        <translation>Chiffre suivant</translation>
    </message>
    <message>
        <source>Write another digit</source>
        <translation>Écrire un autre chiffre</translation>
    </message>
    <message>
        <source>Which digit to write</source>
        <translation>Le chiffre à écrire</translation>
    </message>
    <message>
        <source>What the drawing looks like</source>
        <translation>À quoi ressemble le dessin</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Félicitations</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>ProgressAttemptsPanel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation>Tentatives, les plus récentes en premier</translation>
    </message>
    <message>
        <source>The chosen attempt, as the child drew it</source>
        <translation>La tentative choisie, telle que l&apos;enfant l&apos;a dessinée</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>À propos de la tentative affichée</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Rejouer</translation>
    </message>
    <message>
        <source>Replay the attempt in the timing it was drawn</source>
        <translation>Rejouer la tentative au rythme où elle a été dessinée</translation>
    </message>
    <message>
        <source>Watch the attempt being drawn again, stroke by stroke</source>
        <translation>Revoir la tentative se dessiner, trait par trait</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Arrêter la relecture</translation>
    </message>
    <message>
        <source>T&amp;wice as fast</source>
        <translation>&amp;Deux fois plus vite</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Rejouer deux fois plus vite</translation>
    </message>
    <message>
        <source>starts elsewhere</source>
        <translation>départ ailleurs</translation>
    </message>
    <message>
        <source>other way round</source>
        <translation>sens inverse</translation>
    </message>
    <message>
        <source>stroke order</source>
        <translation>ordre des traits</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>dessin libre</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>en miroir</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>pas un chiffre</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 étoiles sur %2</translation>
    </message>
    <message>
        <source>free drawing, written facing the other way</source>
        <translation>dessin libre, écrit en miroir</translation>
    </message>
    <message>
        <source>%1 asked, written facing the other way</source>
        <translation>%1 demandé, écrit en miroir</translation>
    </message>
    <message>
        <source>%1 asked, not read as a digit</source>
        <translation>%1 demandé, pas lu comme un chiffre</translation>
    </message>
    <message>
        <source>%1 asked, nothing drawn</source>
        <translation>%1 demandé, rien de dessiné</translation>
    </message>
    <message>
        <source>%1 asked, read as %2</source>
        <translation>%1 demandé, lu comme %2</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2&#xa0;: %3, %4</translation>
    </message>
    <message>
        <source>; hint: %1</source>
        <translation>&#xa0;; conseil&#xa0;: %1</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Aucune tentative sur cette période.</translation>
    </message>
    <message>
        <source>Choose an attempt to see how it was drawn.</source>
        <translation>Choisissez une tentative pour voir comment elle a été dessinée.</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(aucun tracé n&apos;a été conservé)</translation>
    </message>
</context>
<context>
    <name>ProgressChartView</name>
    <message>
        <source>All digits</source>
        <translation>Tous les chiffres</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Chiffre %1</translation>
    </message>
    <message>
        <source>Which digit&apos;s progress the chart shows</source>
        <translation>Chiffre dont le graphique montre la progression</translation>
    </message>
    <message>
        <source>Chart &amp;for:</source>
        <translation>Graphique &amp;pour&#xa0;:</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progression dans le temps</translation>
    </message>
</context>
<context>
    <name>ProgressOverview</name>
    <message>
        <source>Whose progress is shown</source>
        <translation>Élève ou classe dont la progression est affichée</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Digits that need work</source>
        <translation>Chiffres à travailler</translation>
    </message>
    <message>
        <source>Formation hints to practise</source>
        <translation>Tracés à travailler</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Aucune tentative sur cette période.</translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation>Élèves&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 (free drawing: %2)</source>
        <translation>Tentatives&#xa0;: %1 (dessin libre&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentatives&#xa0;: %1</translation>
    </message>
    <message>
        <source>read as asked: %1 of %2 (%3)</source>
        <translation>lus comme demandé&#xa0;: %1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Needs work: %1.</source>
        <translation>À travailler&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not tried yet: %1.</source>
        <translation>Pas encore essayés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Chaque chiffre est lu comme demandé dans au moins %1 des cas&#xa0;: bravo.</translation>
    </message>
    <message>
        <source>starts elsewhere %1</source>
        <translation>départ ailleurs %1</translation>
    </message>
    <message>
        <source>other way round %1</source>
        <translation>sens inverse %1</translation>
    </message>
    <message>
        <source>stroke order %1</source>
        <translation>ordre des traits %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formation to practise: %1</source>
        <translation>Tracé à travailler&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>impossible de le lire (%1)</translation>
    </message>
    <message>
        <source>the file is not an SQLite database (its %1 bytes do not start as one)</source>
        <translation>le fichier n&apos;est pas une base de données SQLite (ses %1 octets ne commencent pas comme tel)</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>impossible d&apos;écrire dans le fichier (%1)</translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal there (%1)</source>
        <translation>son dossier n&apos;est pas accessible en écriture, et SQLite y conserve son journal (%1)</translation>
    </message>
    <message>
        <source>There is already a student named %1, archived: restore them under Students, or choose another name.</source>
        <translation>Il existe déjà un élève nommé %1, archivé&#xa0;: restaurez-le dans Élèves, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is already a student named %1.</source>
        <translation>Il existe déjà un élève nommé %1.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: Qt&apos;s %2 driver is not installed (Debian package %3).</source>
        <translation>Impossible d&apos;ouvrir la base de données des progrès %1&#xa0;: le pilote %2 de Qt n&apos;est pas installé (paquet Debian %3).</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: its folder cannot be created.</source>
        <translation>Impossible d&apos;ouvrir la base de données des progrès %1&#xa0;: son dossier ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be used: %2. It was left as it is; choose another file, or move this one away to start a new database.</source>
        <translation>La base de données des progrès %1 est inutilisable&#xa0;: %2. Elle a été laissée telle quelle&#xa0;; choisissez un autre fichier, ou déplacez celui-ci ailleurs pour commencer une nouvelle base de données.</translation>
    </message>
    <message>
        <source>The progress database %1 is read-only: %2. It was left as it is; attempts are kept as files until it can be written.</source>
        <translation>La base de données des progrès %1 est en lecture seule&#xa0;: %2. Elle a été laissée telle quelle&#xa0;; les tentatives sont conservées dans des fichiers jusqu&apos;à ce qu&apos;il soit possible d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données des progrès %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2</source>
        <translation>Impossible de préparer la base de données des progrès %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged or is not a database (%2); it was left as it is.</source>
        <translation>La base de données des progrès %1 est endommagée ou n&apos;est pas une base de données (%2)&#xa0;; elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2.</source>
        <translation>Impossible d&apos;ouvrir la base de données des progrès %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2.</source>
        <translation>Impossible de préparer la base de données des progrès %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation>la version de son schéma ne peut pas être lue</translation>
    </message>
    <message>
        <source>The database %1 is not a Digit Tutor progress database (it has other tables); it was left as it is.</source>
        <translation>La base de données %1 n&apos;est pas une base de données des progrès de Digit Tutor (elle contient d&apos;autres tables)&#xa0;; elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>The progress database %1 was made by a newer Digit Tutor (schema %2; this one knows up to %3); it was left as it is.</source>
        <translation>La base de données des progrès %1 a été créée par une version plus récente de Digit Tutor (schéma %2&#xa0;; cette version connaît jusqu&apos;au schéma %3)&#xa0;; elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>step %1 of the schema failed: %2</source>
        <translation>l&apos;étape %1 du schéma a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (progress database %2): %3</source>
        <translation>%1 (base de données des progrès %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read the students</source>
        <translation>Impossible de lire les élèves</translation>
    </message>
    <message>
        <source>Cannot read a student</source>
        <translation>Impossible de lire un élève</translation>
    </message>
    <message>
        <source>There is no student number %1.</source>
        <translation>Il n&apos;y a pas d&apos;élève numéro %1.</translation>
    </message>
    <message>
        <source>There is no student named %1.</source>
        <translation>Il n&apos;y a pas d&apos;élève nommé %1.</translation>
    </message>
    <message>
        <source>Cannot add the Guest student</source>
        <translation>Impossible d&apos;ajouter l&apos;élève Invité</translation>
    </message>
    <message>
        <source>A student&apos;s name must have 1 to %1 characters.</source>
        <translation>Le nom d&apos;un élève doit comporter de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>Cannot add the student %1</source>
        <translation>Impossible d&apos;ajouter l&apos;élève %1</translation>
    </message>
    <message>
        <source>Guest keeps its name: it is the student of attempts made without choosing one.</source>
        <translation>Invité garde son nom&#xa0;: c&apos;est l&apos;élève des tentatives faites sans choisir d&apos;élève.</translation>
    </message>
    <message>
        <source>Cannot change the student %1</source>
        <translation>Impossible de modifier l&apos;élève %1</translation>
    </message>
    <message>
        <source>An attempt with asked digit %1, recognised digit %2 and %3 stars cannot be stored.</source>
        <translation>Une tentative avec le chiffre demandé %1, le chiffre reconnu %2 et %3 étoiles ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>Cannot store the attempt</source>
        <translation>Impossible d&apos;enregistrer la tentative</translation>
    </message>
    <message>
        <source>Cannot count the attempts</source>
        <translation>Impossible de compter les tentatives</translation>
    </message>
    <message>
        <source>Cannot read the classes</source>
        <translation>Impossible de lire les classes</translation>
    </message>
    <message>
        <source>Cannot read a setting</source>
        <translation>Impossible de lire un réglage</translation>
    </message>
    <message>
        <source>Cannot save a setting</source>
        <translation>Impossible d&apos;enregistrer un réglage</translation>
    </message>
    <message>
        <source>A page of %1 attempts cannot be read: a page holds 1 to %2.</source>
        <translation>Impossible de lire une page de %1 tentatives&#xa0;: une page en contient de 1 à %2.</translation>
    </message>
    <message>
        <source>Cannot read the saved attempts</source>
        <translation>Impossible de lire les tentatives enregistrées</translation>
    </message>
    <message>
        <source>Cannot read an attempt</source>
        <translation>Impossible de lire une tentative</translation>
    </message>
    <message>
        <source>There is no attempt number %1 in the progress database %2; it may have been removed with its student.</source>
        <translation>Il n&apos;y a pas de tentative numéro %1 dans la base de données des progrès %2&#xa0;; elle a peut-être été supprimée avec son élève.</translation>
    </message>
    <message>
        <source>Cannot read a practice plan</source>
        <translation>Impossible de lire un plan d&apos;entraînement</translation>
    </message>
    <message>
        <source>A practice plan of %1 bytes cannot be stored: the most is %2.</source>
        <translation>Impossible d&apos;enregistrer un plan d&apos;entraînement de %1 octets&#xa0;: le maximum est de %2.</translation>
    </message>
    <message>
        <source>Cannot save the practice plan of student number %1</source>
        <translation>Impossible d&apos;enregistrer le plan d&apos;entraînement de l&apos;élève numéro %1</translation>
    </message>
    <message>
        <source>Cannot read the attempts</source>
        <translation>Impossible de lire les tentatives</translation>
    </message>
    <message>
        <source>Guest cannot be removed: it is the student of attempts made without choosing one.</source>
        <translation>Invité ne peut pas être supprimé&#xa0;: c&apos;est l&apos;élève des tentatives faites sans choisir d&apos;élève.</translation>
    </message>
    <message>
        <source>Cannot archive the student %1</source>
        <translation>Impossible d&apos;archiver l&apos;élève %1</translation>
    </message>
    <message>
        <source>Cannot restore the student %1</source>
        <translation>Impossible de restaurer l&apos;élève %1</translation>
    </message>
    <message>
        <source>%1 is in the lists: only an archived student can be deleted for good.</source>
        <translation>%1 figure dans les listes&#xa0;: seul un élève archivé peut être supprimé définitivement.</translation>
    </message>
    <message>
        <source>Cannot delete the student %1</source>
        <translation>Impossible de supprimer l&apos;élève %1</translation>
    </message>
    <message>
        <source>Cannot read the students deleted for good</source>
        <translation>Impossible de lire les élèves supprimés définitivement</translation>
    </message>
    <message>
        <source>it is busy, locked by another program or window writing to it; try again in a moment</source>
        <translation>elle est occupée, verrouillée par un autre programme ou une autre fenêtre qui y écrit&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <source>it is read-only (check the permissions of the file and its folder)</source>
        <translation>elle est en lecture seule (vérifiez les permissions du fichier et de son dossier)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2.</source>
        <translation>La base de données des progrès %1 est endommagée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 could not be checked: %2.</source>
        <translation>La base de données des progrès %1 n&apos;a pas pu être vérifiée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2. Reports may leave attempts out. Keep a copy of the file and have it repaired (the sqlite3 tool&apos;s .recover command rescues what can be read).</source>
        <translation>La base de données des progrès %1 est endommagée&#xa0;: %2. Des tentatives peuvent manquer dans les rapports. Gardez une copie du fichier et faites-le réparer (la commande .recover de l&apos;outil sqlite3 récupère ce qui peut être lu).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the app knows.</source>
        <translation>« %1 » n’est pas une langue connue de l’application.</translation>
    </message>
    <message>
        <source>Cannot read the language of the class %1</source>
        <translation>Impossible de lire la langue de la classe %1</translation>
    </message>
    <message>
        <source>Only a class or group has a language of its own; this student has none.</source>
        <translation>Seule une classe ou un groupe a sa propre langue ; cet élève n’en a pas.</translation>
    </message>
    <message>
        <source>Cannot set the language of the class %1</source>
        <translation>Impossible de définir la langue de la classe %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Cannot read the languages of the students</source>
        <translation>Impossible de lire les langues des élèves</translation>
    </message>
</context>
<context>
    <name>ProgressSubjectChooser</name>
    <message>
        <source>Whose progress to show: a student or a class</source>
        <translation>Progression à afficher&#xa0;: un élève ou une classe</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <translation>%1, classe %2</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Why there is no progress to show</source>
        <translation>Pourquoi il n&apos;y a aucune progression à afficher</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>Read the progress store again</source>
        <translation>Relire le stockage des progrès</translation>
    </message>
    <message>
        <source>&amp;Progress of:</source>
        <translation>&amp;Progression de&#xa0;:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>Which period to show</source>
        <translation>Période à afficher</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Pér&amp;iode&#xa0;:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>E&amp;xport report...</source>
        <translation>E&amp;xporter le rapport...</translation>
    </message>
    <message>
        <source>Export a progress report of what is shown</source>
        <translation>Exporter un rapport de progression de ce qui est affiché</translation>
    </message>
    <message>
        <source>Save the figures shown as a PDF to print, a CSV for a spreadsheet or an HTML page</source>
        <translation>Enregistrer les résultats affichés en PDF à imprimer, en CSV pour un tableur ou en page HTML</translation>
    </message>
    <message>
        <source>The report last saved</source>
        <translation>Le dernier rapport enregistré</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>&amp;Chiffres</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>Élè&amp;ves</translation>
    </message>
    <message>
        <source>The progress cannot be read. %1</source>
        <translation>Impossible de lire la progression. %1</translation>
    </message>
    <message>
        <source>There is no progress to show: no progress store is open. Once the app has a place to keep the children&apos;s attempts, each student&apos;s progress appears here.</source>
        <translation>Aucune progression à afficher&#xa0;: aucun stockage des progrès n&apos;est ouvert. Dès que l&apos;application disposera d&apos;un endroit où conserver les tentatives des enfants, la progression de chaque élève apparaîtra ici.</translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation>Aucun élève pour l&apos;instant</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (classe %2)</translation>
    </message>
    <message>
        <source>There is no progress store to make a report from.</source>
        <translation>Aucun stockage des progrès à partir duquel établir un rapport.</translation>
    </message>
    <message>
        <source>Choose a student or a class to report on.</source>
        <translation>Choisissez un élève ou une classe pour le rapport.</translation>
    </message>
    <message>
        <source>The report&apos;s file name must end in .pdf, .csv or .html; &quot;%1&quot; does not.</source>
        <translation>Le nom de fichier du rapport doit se terminer par .pdf, .csv ou .html&#xa0;; ce n&apos;est pas le cas de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation>Progression %1 %2</translation>
    </message>
    <message>
        <source>Writing the report %1...</source>
        <translation>Écriture du rapport %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Exporter un rapport de progression</translation>
    </message>
    <message>
        <source>How far the report is</source>
        <translation>Avancement du rapport</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Impossible d&apos;écrire le rapport&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportFileChooser</name>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF, à imprimer (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (*.csv)</source>
        <translation>CSV, pour un tableur (*.csv)</translation>
    </message>
    <message>
        <source>HTML, for a browser or an e-mail (*.html *.htm)</source>
        <translation>HTML, pour un navigateur ou un courriel (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Exporter un rapport de progression</translation>
    </message>
    <message>
        <source>There is already a file named %1 in %2. Replace it with the new report?</source>
        <translation>Un fichier nommé %1 existe déjà dans %2. Le remplacer par le nouveau rapport&#xa0;?</translation>
    </message>
    <message>
        <source>The file there now would be lost.</source>
        <translation>Le fichier actuel serait perdu.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Garder le fichier</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Cannot draw the report&apos;s PDF pages.</source>
        <translation>Impossible de dessiner les pages PDF du rapport.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report&apos;s PDF.</source>
        <translation>Impossible de commencer la page %1 du PDF du rapport.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot finish the report&apos;s PDF.</source>
        <translation>Impossible de terminer le PDF du rapport.</translation>
    </message>
    <message>
        <source>read as asked</source>
        <translation>lus comme demandé</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <source>average stars</source>
        <translation>étoiles en moyenne</translation>
    </message>
    <message>
        <source>learnt (%1%)</source>
        <translation>acquis (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per week</source>
        <translation>Lus comme demandé, étoiles et tentatives, par semaine</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per day</source>
        <translation>Lus comme demandé, étoiles et tentatives, par jour</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per week</source>
        <translation>Chiffre %1&#xa0;: lus comme demandé, étoiles et tentatives, par semaine</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per day</source>
        <translation>Chiffre %1&#xa0;: lus comme demandé, étoiles et tentatives, par jour</translation>
    </message>
    <message>
        <source>Digit %1: no attempts in this period</source>
        <translation>Chiffre %1&#xa0;: aucune tentative sur cette période</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>Aucune tentative sur cette période</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read as asked</source>
        <translation>%1&#xa0;: %2 sur %3 lus comme demandé</translation>
    </message>
    <message>
        <source>started in an unusual place</source>
        <translation>commencé à un endroit inhabituel</translation>
    </message>
    <message>
        <source>drawn the other way round</source>
        <translation>tracé dans le sens inverse</translation>
    </message>
    <message>
        <source>strokes in an unusual order</source>
        <translation>traits dans un ordre inhabituel</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>départ %1</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>sens %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>ordre %1</translation>
    </message>
    <message>
        <source>most often %1 (in %2 of %3 attempts)</source>
        <translation>le plus souvent %1 (dans %2 tentatives sur %3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>toutes les tentatives</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Attempts made</source>
        <translation>Tentatives réalisées</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Rapport établi le</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Aucune tentative sur cette période.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>%1 (of which free drawing: %2)</source>
        <translation>%1 (dont dessin libre&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Read as the asked digit</source>
        <translation>Lus comme le chiffre demandé</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Digits to practise next</source>
        <translation>Chiffres à travailler ensuite</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Chaque chiffre est lu comme demandé dans au moins %1 des cas&#xa0;: bravo.</translation>
    </message>
    <message>
        <source>read as asked in %1 of %2 attempts (%3)</source>
        <translation>lu comme demandé dans %1 tentatives sur %2 (%3)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>pas encore essayé</translation>
    </message>
    <message>
        <source>Chosen first from the digits read as asked less than %1 of the time, the lowest first (on a tie, the one tried more), then from the digits not tried yet.</source>
        <translation>Chiffres choisis d&apos;abord parmi ceux lus comme demandé dans moins de %1 des cas, le plus faible en premier (à égalité, celui qui a été le plus essayé), puis parmi ceux pas encore essayés.</translation>
    </message>
    <message>
        <source>Each digit</source>
        <translation>Par chiffre</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Lus comme demandé</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation>Moyenne d&apos;étoiles</translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation>Tendance (points)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>En miroir</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Conseils de tracé</translation>
    </message>
    <message>
        <source>Trend: the success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on. Reversed: how often the digit was written facing the other way (mirror writing). Formation hints: how often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Tendance&#xa0;: taux de réussite de la seconde moitié des tentatives d&apos;un chiffre moins celui de la première moitié, en points de pourcentage, à partir de %1 tentatives. En miroir&#xa0;: fréquence à laquelle le chiffre a été écrit à l&apos;envers (écriture en miroir). Conseils de tracé&#xa0;: fréquence à laquelle on a montré à l&apos;enfant un meilleur point de départ, sens de tracé ou ordre des traits.</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progression dans le temps</translation>
    </message>
    <message>
        <source>Success rate and attempts per week</source>
        <translation>Taux de réussite et tentatives par semaine</translation>
    </message>
    <message>
        <source>Success rate and attempts per day</source>
        <translation>Taux de réussite et tentatives par jour</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>Semaine (à partir du lundi)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>%1 attempt at %2: %3 of 3 stars</source>
        <translation>%1 tentative pour le %2&#xa0;: %3 étoiles sur 3</translation>
    </message>
    <message>
        <source>written facing the other way</source>
        <translation>écrit en miroir</translation>
    </message>
    <message>
        <source>Best and latest attempt at each digit</source>
        <translation>Meilleure et dernière tentative pour chaque chiffre</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>no guide</source>
        <translation>pas de modèle</translation>
    </message>
    <message>
        <source>Guide for %1</source>
        <translation>Modèle pour le %1</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Meilleure</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Beside the guide the app shows for the digit. A green dot marks where each stroke began. Best: the most stars, then the surest reading.</source>
        <translation>Présentées à côté du modèle que l&apos;application montre pour ce chiffre. Un point vert marque le début de chaque trait. Meilleure&#xa0;: le plus d&apos;étoiles, puis la lecture la plus sûre.</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>À travailler ensuite</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation>Rapport de progression de la classe</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport de progression</translation>
    </message>
    <message>
        <source>Class progress report: %1</source>
        <translation>Rapport de progression de la classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Rapport de progression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot draw the report: the program has no QGuiApplication, which fonts need (try the offscreen platform).</source>
        <translation>Impossible de dessiner le rapport&#xa0;: le programme n&apos;a pas de QGuiApplication, nécessaire aux polices (essayez la plateforme offscreen).</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (BCP 47), for the report&apos;s lang attribute.</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué pour le rapport.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Impossible d&apos;écrire le rapport dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The report&apos;s period starts on %1, after it ends on %2.</source>
        <translation>La période du rapport commence le %1, après sa fin le %2.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Format de rapport inconnu.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Impossible d&apos;écrire le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>student</source>
        <translation>élève</translation>
    </message>
    <message>
        <source>group</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>asked_digit</source>
        <translation>chiffre_demandé</translation>
    </message>
    <message>
        <source>recognised_digit</source>
        <translation>chiffre_reconnu</translation>
    </message>
    <message>
        <source>success</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>posterior</source>
        <translation>probabilité_a_posteriori</translation>
    </message>
    <message>
        <source>log_likelihood</source>
        <translation>log_vraisemblance</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>hors_norme</translation>
    </message>
    <message>
        <source>typicality</source>
        <translation>typicité</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>étoiles</translation>
    </message>
    <message>
        <source>formation</source>
        <translation>tracé</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>inversé</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>strokes</source>
        <translation>traits</translation>
    </message>
</context>
<context>
    <name>ShowMeCoach</name>
    <message>
        <source>Try starting at the green dot.</source>
        <translation>Essaie de commencer au point vert.</translation>
    </message>
    <message>
        <source>Try it from the green dot, the arrow&apos;s way.</source>
        <translation>Essaie en partant du point vert, dans le sens de la flèche.</translation>
    </message>
    <message>
        <source>Try this part first, from the green dot.</source>
        <translation>Essaie d&apos;abord cette partie, en partant du point vert.</translation>
    </message>
</context>
<context>
    <name>ShowMeOverlay</name>
    <message>
        <source>The digit being written</source>
        <translation>Le chiffre en train de s&apos;écrire</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare my drawing with the guide</source>
        <translation>Comparer mon dessin avec le modèle</translation>
    </message>
    <message>
        <source>Show what is missing and what is extra</source>
        <translation>Montrer ce qui manque et ce qui est en trop</translation>
    </message>
</context>
<context>
    <name>StarsView</name>
    <message>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Writes with the left hand</source>
        <translation>Écrit de la main gauche</translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation>Ajouter un élève</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>Modifier l&apos;élève</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>Classe ou groupe</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Class or group:</source>
        <translation>Classe ou groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Same as the class</source>
        <translation>Comme la classe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language the child sees and hears: a child may speak another language at home</source>
        <translation>La langue que l’enfant voit et entend : un enfant peut parler une autre langue à la maison</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>StudentFiguresTable</name>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Lus comme demandé</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>À travailler ensuite</translation>
    </message>
    <message>
        <source>Every attempt, free drawing included</source>
        <translation>Toutes les tentatives, dessin libre compris</translation>
    </message>
    <message>
        <source>Attempts at an asked digit that were read as that digit</source>
        <translation>Tentatives sur un chiffre demandé qui ont été lues comme ce chiffre</translation>
    </message>
    <message>
        <source>The digits this student should practise next</source>
        <translation>Les chiffres que cet élève devrait travailler ensuite</translation>
    </message>
    <message>
        <source>Figures for each student of the class; activate a row to see that student</source>
        <translation>Résultats de chaque élève de la classe&#xa0;; activez une ligne pour voir cet élève</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Below %1: needs work</source>
        <translation>En dessous de %1&#xa0;: à travailler</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, à travailler</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Who is writing?</source>
        <translation>Qui écrit&#xa0;?</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>C&apos;est moi, %1</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Écrire sous le nom de %1</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Add...</source>
        <translation>Ajouter...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Retirer...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Delete for Good...</source>
        <translation>Supprimer définitivement...</translation>
    </message>
    <message>
        <source>Add a student for each child: at the start they tap their own name, and their attempts are kept for them. Guest is for anyone else. A student removed is archived: out of the lists, their attempts kept, until you restore them or delete them for good.</source>
        <translation>Ajoutez un élève pour chaque enfant&#xa0;: au début, chacun touche son propre nom, et ses tentatives sont conservées pour lui. Invité sert à tous les autres. Un élève retiré est archivé&#xa0;: il n&apos;apparaît plus dans les listes et ses tentatives sont conservées, jusqu&apos;à ce que vous le restauriez ou le supprimiez définitivement.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>Archived: not in the lists, attempts kept</source>
        <translation>Archivé&#xa0;: absent des listes, tentatives conservées</translation>
    </message>
    <message>
        <source>Remove Student</source>
        <translation>Retirer l&apos;élève</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the lists? %1 will be archived and their %n attempt(s) kept; you can restore them or delete them for good on this page.</source>
        <translation>
            <numerusform>Retirer %1 des listes&#xa0;? %1 sera archivé, avec %n tentative conservée&#xa0;; vous pourrez le restaurer ou le supprimer définitivement sur cette page.</numerusform>
            <numerusform>Retirer %1 des listes&#xa0;? %1 sera archivé, avec ses %n tentatives conservées&#xa0;; vous pourrez le restaurer ou le supprimer définitivement sur cette page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Delete Student for Good</source>
        <translation>Supprimer définitivement l&apos;élève</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and their %n attempt(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %1 et sa %n tentative&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %1 et ses %n tentatives&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Class Language...</source>
        <translation>Langue de la classe...</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language the children of the chosen student&apos;s class see and hear</source>
        <translation>La langue que voient et entendent les enfants de la classe de l’élève choisi</translation>
    </message>
    <message>
        <source>%1 (the computer&apos;s)</source>
        <translation>%1 (celle de l’ordinateur)</translation>
    </message>
</context>
<context>
    <name>TeacherArea</name>
    <message>
        <source>Teacher Area</source>
        <translation>Espace enseignant</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Saved Attempts...</source>
        <translation>Tentatives enregistrées...</translation>
    </message>
    <message>
        <source>Every attempt, newest first: watch how each was written</source>
        <translation>Toutes les tentatives, les plus récentes en premier&#xa0;: voyez comment chacune a été écrite</translation>
    </message>
    <message>
        <source>Quit Digit Tutor</source>
        <translation>Quitter Digit Tutor</translation>
    </message>
    <message>
        <source>The progress database is not available, so students and progress cannot be shown: %1</source>
        <translation>La base de données des progrès n&apos;est pas disponible&#xa0;; les élèves et la progression ne peuvent donc pas être affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can open this area. Set one under Settings to keep children out.</source>
        <translation>Aucun code PIN n&apos;est encore défini&#xa0;: tout le monde peut ouvrir cet espace. Définissez-en un dans Réglages pour en interdire l&apos;accès aux enfants.</translation>
    </message>
    <message>
        <source>No voice on this computer speaks %1: children who practise in it see the words but hear nothing. A system administrator can add voices (on Debian, the package speech-dispatcher-espeak-ng).</source>
        <translation>Aucune voix de cet ordinateur ne parle %1 : les enfants qui s’exercent dans cette langue voient les mots mais n’entendent rien. Un administrateur système peut ajouter des voix (sous Debian, le paquet speech-dispatcher-espeak-ng).</translation>
    </message>
</context>
<context>
    <name>TeacherLock</name>
    <message>
        <source>The PIN or password needs at least %1 characters.</source>
        <translation>Le code PIN ou le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
</context>
<context>
    <name>TeacherSettingsPage</name>
    <message>
        <source>Set PIN</source>
        <translation>Définir le code PIN</translation>
    </message>
    <message>
        <source>After a digit, show where to start when it was written an unusual way</source>
        <translation>Après un chiffre, montrer où commencer s&apos;il a été écrit de façon inhabituelle</translation>
    </message>
    <message>
        <source>Speak to the children</source>
        <translation>Parler aux enfants</translation>
    </message>
    <message>
        <source>Sound effects</source>
        <translation>Effets sonores</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>Démarrer en plein écran</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>Utiliser cette base de données</translation>
    </message>
    <message>
        <source>Teacher area PIN or password</source>
        <translation>Code PIN ou mot de passe de l&apos;espace enseignant</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>Nouveau code PIN ou mot de passe</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>Nouveau code PIN ou mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>The children&apos;s screen</source>
        <translation>L&apos;écran des enfants</translation>
    </message>
    <message>
        <source>Children who cannot read yet hear every message. Full screen takes effect the next time the app starts.</source>
        <translation>Les enfants qui ne savent pas encore lire entendent chaque message. Le plein écran prend effet au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Conseils de tracé</translation>
    </message>
    <message>
        <source>Switch them off where your school teaches other ways of forming the digits. What the check finds is kept for the progress view either way.</source>
        <translation>Désactivez-les si votre école enseigne d&apos;autres façons de former les chiffres. Ce que la vérification détecte est de toute façon conservé pour la vue de progression.</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Base de données des progrès</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own file. A school can keep one PostgreSQL server for all its classroom computers: postgresql://user@server/digit_tutor. Its password is not saved: give it once each time the app starts.</source>
        <translation>Vide&#xa0;: le fichier propre à cet ordinateur. Une école peut utiliser un seul serveur PostgreSQL pour tous les ordinateurs de ses classes&#xa0;: postgresql://utilisateur@serveur/digit_tutor. Son mot de passe n&apos;est pas enregistré&#xa0;: saisissez-le une fois à chaque démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>le fichier propre à cet ordinateur</translation>
    </message>
    <message>
        <source>The server&apos;s password</source>
        <translation>Le mot de passe du serveur</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>seulement si le serveur en demande un</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same one twice.</source>
        <translation>Les deux codes PIN sont différents&#xa0;; saisissez deux fois le même.</translation>
    </message>
    <message>
        <source>The PIN is set: the teacher area now asks for it.</source>
        <translation>Le code PIN est défini&#xa0;: l&apos;espace enseignant le demande désormais.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Teacher Area</source>
        <translation>Espace enseignant</translation>
    </message>
    <message>
        <source>The teacher&apos;s PIN or password:</source>
        <translation>Code PIN ou mot de passe de l&apos;enseignant&#xa0;:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>Code PIN ou mot de passe</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>Trop de codes PIN erronés.</translation>
    </message>
    <message>
        <source>That is not the teacher&apos;s PIN.</source>
        <translation>Ce n&apos;est pas le code PIN de l&apos;enseignant.</translation>
    </message>
    <message>
        <source>%1 Try again in %2 s.</source>
        <translation>%1 Réessayez dans %2 s.</translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Réessayez.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Digit Tutor</source>
        <translation>Digit Tutor</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>Impossible de charger le modèle</translation>
    </message>
    <message>
        <source>The bundled model is used instead.</source>
        <translation>Le modèle fourni est utilisé à la place.</translation>
    </message>
    <message>
        <source>Progress is kept as files, not in the database: %1</source>
        <translation>Les progrès sont conservés dans des fichiers, pas dans la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Practise writing the digits 0-9.</source>
        <translation>S&apos;entraîner à écrire les chiffres de 0 à 9.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
    <message>
        <source>Digit model file (.dtm) to use; without it the bundled default model.</source>
        <translation>Fichier de modèle de chiffres (.dtm) à utiliser&#xa0;; sans lui, le modèle par défaut fourni.</translation>
    </message>
    <message>
        <source>Ways-of-writing file (.ways) for &quot;Show me&quot; and the formation hints; without it the bundled one.</source>
        <translation>Fichier de façons d&apos;écrire (.ways) pour «&#xa0;Montre-moi&#xa0;» et les conseils de tracé&#xa0;; sans lui, celui fourni.</translation>
    </message>
    <message>
        <source>Progress database: an SQLite file or postgresql://user@host/dbname; without it the teacher&apos;s setting, else the user&apos;s own file.</source>
        <translation>Base de données des progrès&#xa0;: un fichier SQLite ou postgresql://utilisateur@hote/nom_base&#xa0;; sans elle, le réglage de l&apos;enseignant, sinon le fichier propre à l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are passed on to Qt.
</source>
        <translation>Les options propres à Qt, comme -platform NOM et -style NOM, sont transmises à Qt.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»&#xa0;; voir «&#xa0;digit-tutor --help&#xa0;».</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value.</source>
        <translation>l&apos;option «&#xa0;%1&#xa0;» nécessite une valeur.</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>un fichier de modèle</translation>
    </message>
    <message>
        <source>a ways-of-writing file</source>
        <translation>un fichier de façons d&apos;écrire</translation>
    </message>
    <message>
        <source>a file or a postgresql:// URL</source>
        <translation>un fichier ou une URL postgresql://</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value (%2).</source>
        <translation>l&apos;option «&#xa0;%1&#xa0;» nécessite une valeur (%2).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»&#xa0;; voir «&#xa0;digit-tutor --help&#xa0;».</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.

%2</source>
        <translation>Le modèle %1 n&apos;a pas pu être chargé.

%2</translation>
    </message>
</context>
</TS>
