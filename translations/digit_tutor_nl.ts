<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AttemptArchive</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; is geen geheel getal van %2 tot en met %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is geen getal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text of at most %2 characters</source>
        <translation>&quot;%1&quot; is geen tekst van hoogstens %2 tekens</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; is niet true of false</translation>
    </message>
    <message>
        <source>&quot;key&quot; is empty</source>
        <translation>&quot;key&quot; is leeg</translation>
    </message>
    <message>
        <source>&quot;when&quot; is not a time</source>
        <translation>&quot;when&quot; is geen tijdstip</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the asked digit %1 is not 0-9 (or -1 for free drawing).</source>
        <translation>De poging kan niet worden opgeslagen: het gevraagde cijfer %1 ligt niet tussen 0 en 9 (of -1 voor vrij tekenen).</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the folder %1 cannot be created; check that it is writable.</source>
        <translation>De poging kan niet worden opgeslagen: de map %1 kan niet worden aangemaakt; controleer of er in die map geschreven mag worden.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: %2.</source>
        <translation>De poging kan niet worden opgeslagen in de map %1: %2.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: every name for %2 is taken.</source>
        <translation>De poging kan niet worden opgeslagen in de map %1: elke naam voor %2 is al in gebruik.</translation>
    </message>
    <message>
        <source>Cannot save the attempt %1: %2.</source>
        <translation>De poging %1 kan niet worden opgeslagen: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 does not exist.</source>
        <translation>De poging %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The attempt cannot be read: %1</source>
        <translation>De poging kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be read: %2.</source>
        <translation>De poging %1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 is not a stroke file: it has %2 bytes, more than any attempt (%3).</source>
        <translation>De poging %1 is geen bestand met penstreken: het is %2 bytes groot, groter dan een poging ooit is (%3).</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has no format</source>
        <translation>het onderdeel &quot;attempt&quot; heeft geen formaat</translation>
    </message>
    <message>
        <source>it was kept by a newer Digit Tutor (format %1; this one reads up to %2)</source>
        <translation>de poging is bewaard door een nieuwere Digit Tutor (formaat %1; deze versie leest tot en met %2)</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has the unknown format %1</source>
        <translation>het onderdeel &quot;attempt&quot; heeft het onbekende formaat %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be removed: %2.</source>
        <translation>De poging %1 kan niet worden verwijderd: %2.</translation>
    </message>
</context>
<context>
    <name>AttemptHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Herkend als</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterren</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>onbekend tijdstip</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 van %2 sterren</translation>
    </message>
    <message>
        <source>facing the other way</source>
        <translation>in spiegelbeeld geschreven</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>geen cijfer</translation>
    </message>
    <message>
        <source>nothing drawn</source>
        <translation>niets getekend</translation>
    </message>
    <message>
        <source>right</source>
        <translation>goed</translation>
    </message>
    <message>
        <source>another digit</source>
        <translation>een ander cijfer</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>vrij tekenen</translation>
    </message>
</context>
<context>
    <name>AttemptsDialog</name>
    <message>
        <source>%1 asked, read as %2: %3</source>
        <translation>%1 gevraagd, herkend als %2: %3</translation>
    </message>
    <message>
        <source>free drawing, read as %1</source>
        <translation>vrij tekenen, herkend als %1</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(er zijn geen penstreken bewaard)</translation>
    </message>
    <message>
        <source>Saved Attempts</source>
        <translation>Bewaarde pogingen</translation>
    </message>
    <message>
        <source>Whose attempts</source>
        <translation>Van wie de pogingen zijn</translation>
    </message>
    <message>
        <source>Attempts in the progress database, newest first</source>
        <translation>Pogingen in de voortgangsdatabase, nieuwste eerst</translation>
    </message>
    <message>
        <source>In the Progress Database</source>
        <translation>In de voortgangsdatabase</translation>
    </message>
    <message>
        <source>Replay of the chosen attempt</source>
        <translation>De gekozen poging, opnieuw afgespeeld</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Over de getoonde poging</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>Opnieuw &amp;afspelen</translation>
    </message>
    <message>
        <source>Play the attempt again</source>
        <translation>De poging opnieuw afspelen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Het afspelen stoppen</translation>
    </message>
    <message>
        <source>&amp;Twice as fast</source>
        <translation>&amp;Twee keer zo snel</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Twee keer zo snel afspelen</translation>
    </message>
    <message>
        <source>Attempts of %1</source>
        <translation>Pogingen van %1</translation>
    </message>
    <message>
        <source>&amp;Whose attempts:</source>
        <translation>Pogingen &amp;van:</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Alle kinderen</translation>
    </message>
    <message>
        <source>The progress database is not available, so its attempts cannot be shown: %1</source>
        <translation>De voortgangsdatabase is niet beschikbaar, dus de pogingen daarin kunnen niet worden getoond: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>er is geen database verbonden.</translation>
    </message>
    <message>
        <source>No attempts yet. Each drawing a child finishes with Done is kept here.</source>
        <translation>Nog geen pogingen. Elke tekening die een kind met Klaar afrondt, wordt hier bewaard.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first; older ones come as you scroll down.</source>
        <translation>Pogingen: %1, nieuwste eerst; oudere verschijnen als je naar beneden scrolt.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first.</source>
        <translation>Pogingen: %1, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Choose an attempt to watch it being written.</source>
        <translation>Kies een poging om te zien hoe die werd geschreven.</translation>
    </message>
    <message>
        <source>Waiting for the Database (%1)</source>
        <translation>Wachten op de database (%1)</translation>
    </message>
    <message>
        <source>Waiting for the Database</source>
        <translation>Wachten op de database</translation>
    </message>
    <message>
        <source>%1, %2: %3; kept as the file %4</source>
        <translation>%1, %2: %3; bewaard als het bestand %4</translation>
    </message>
    <message>
        <source>%1 asked</source>
        <translation>%1 gevraagd</translation>
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
        <translation>Teken maar een cijfer</translation>
    </message>
    <message>
        <source>Write an %1</source>
        <translation>Schrijf een %1</translation>
    </message>
    <message>
        <source>Write a %1</source>
        <translation>Schrijf een %1</translation>
    </message>
    <message>
        <source>Draw a digit first!</source>
        <translation>Teken eerst een cijfer!</translation>
    </message>
    <message>
        <source>Draw an %1 first!</source>
        <translation>Teken eerst een %1!</translation>
    </message>
    <message>
        <source>Draw a %1 first!</source>
        <translation>Teken eerst een %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a digit!</source>
        <translation>Kom, we schrijven een cijfer!</translation>
    </message>
    <message>
        <source>Let&apos;s write an %1!</source>
        <translation>Kom, we schrijven een %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a %1!</source>
        <translation>Kom, we schrijven een %1!</translation>
    </message>
    <message>
        <source>That looks like an %1</source>
        <translation>Dat lijkt op een %1</translation>
    </message>
    <message>
        <source>That looks like a %1</source>
        <translation>Dat lijkt op een %1</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a digit yet</source>
        <translation>Dat lijkt nog niet op een cijfer</translation>
    </message>
    <message>
        <source>That looks like an %1.</source>
        <translation>Dat lijkt op een %1.</translation>
    </message>
    <message>
        <source>That looks like a %1.</source>
        <translation>Dat lijkt op een %1.</translation>
    </message>
    <message>
        <source>Your %1 is facing the other way. Let&apos;s turn it round!</source>
        <translation>Jouw %1 kijkt de andere kant op. Kom, we draaien hem om!</translation>
    </message>
    <message>
        <source>You can write an %1 all by yourself!</source>
        <translation>Jij kunt al helemaal zelf een %1 schrijven!</translation>
    </message>
    <message>
        <source>You can write a %1 all by yourself!</source>
        <translation>Jij kunt al helemaal zelf een %1 schrijven!</translation>
    </message>
    <message>
        <source>An %1 written like yours</source>
        <translation>Een %1 zoals jij hem schrijft</translation>
    </message>
    <message>
        <source>A %1 written like yours</source>
        <translation>Een %1 zoals jij hem schrijft</translation>
    </message>
    <message>
        <source>Wonderful!</source>
        <translation>Prachtig!</translation>
    </message>
    <message>
        <source>Perfect!</source>
        <translation>Perfect!</translation>
    </message>
    <message>
        <source>Super writing!</source>
        <translation>Super geschreven!</translation>
    </message>
    <message>
        <source>Brilliant!</source>
        <translation>Geweldig!</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Goed gedaan!</translation>
    </message>
    <message>
        <source>Good job!</source>
        <translation>Knap hoor!</translation>
    </message>
    <message>
        <source>Nice work!</source>
        <translation>Mooi gedaan!</translation>
    </message>
    <message>
        <source>Great!</source>
        <translation>Heel goed!</translation>
    </message>
    <message>
        <source>Good try! Have another go.</source>
        <translation>Goed geprobeerd! Doe het nog een keer.</translation>
    </message>
    <message>
        <source>Nearly! Try once more.</source>
        <translation>Bijna! Probeer het nog eens.</translation>
    </message>
    <message>
        <source>Keep going, you can do it!</source>
        <translation>Ga zo door, jij kunt het!</translation>
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
        <translation>De taal van de computer</translation>
    </message>
    <message>
        <source>Language of Class %1</source>
        <translation>Taal van klas %1</translation>
    </message>
    <message>
        <source>The children of this class see and hear the app in this language, unless a student has a language of their own.</source>
        <translation>De kinderen van deze klas zien en horen de app in deze taal, tenzij een leerling een eigen taal heeft.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
</context>
<context>
    <name>ConfidenceMeter</name>
    <message>
        <source>How sure</source>
        <translation>Hoe zeker</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for.</source>
        <translation>Hoe zeker de app is dat je tekening het gevraagde cijfer is.</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>nog niet zeker</translation>
    </message>
    <message>
        <source>a bit sure</source>
        <translation>een beetje zeker</translation>
    </message>
    <message>
        <source>quite sure</source>
        <translation>best zeker</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>heel zeker</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for: %1.</source>
        <translation>Hoe zeker de app is dat je tekening het gevraagde cijfer is: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>Er is geen database opgegeven.</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid URL.</source>
        <translation>Het databaseadres %1 is geen geldige URL.</translation>
    </message>
    <message>
        <source>The database address %1 names no database; add it after the host, as in postgresql://host/digit_tutor.</source>
        <translation>Het databaseadres %1 noemt geen database; zet die achter de host, zoals in postgresql://host/digit_tutor.</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>De poort in %1 is geen getal van 1 tot en met 65535.</translation>
    </message>
    <message>
        <source>The database address %1 is neither a file nor a postgresql:// URL.</source>
        <translation>Het databaseadres %1 is geen bestand en ook geen postgresql://-URL.</translation>
    </message>
    <message>
        <source>The database address %1 names no file.</source>
        <translation>Het databaseadres %1 noemt geen bestand.</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <source>Your drawing on the guide</source>
        <translation>Jouw tekening op het voorbeeld</translation>
    </message>
    <message>
        <source>still to add</source>
        <translation>moet er nog bij</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>niet nodig</translation>
    </message>
    <message>
        <source>Blue shows ink still to add: %1% of the guide. Orange shows ink not needed: %2% of the drawing.</source>
        <translation>Blauw laat zien wat er nog bij moet: %1% van het voorbeeld. Oranje laat zien wat niet nodig is: %2% van de tekening.</translation>
    </message>
    <message>
        <source>Missing %1% · extra %2%</source>
        <translation>Ontbreekt %1% · te veel %2%</translation>
    </message>
</context>
<context>
    <name>DigitFiguresTable</name>
    <message>
        <source>Digit</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succes</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterren</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Gespiegeld</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Schrijftips</translation>
    </message>
    <message>
        <source>How often the digit was read as the one asked for</source>
        <translation>Hoe vaak het cijfer werd herkend als het gevraagde cijfer</translation>
    </message>
    <message>
        <source>The average stars, of 3</source>
        <translation>Het gemiddelde aantal sterren, van 3</translation>
    </message>
    <message>
        <source>The success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on.</source>
        <translation>Het succespercentage van de latere helft van de pogingen voor een cijfer min dat van de eerdere helft, in procentpunten, vanaf %1 pogingen.</translation>
    </message>
    <message>
        <source>How often the digit was written facing the other way (mirror writing)</source>
        <translation>Hoe vaak het cijfer in spiegelbeeld werd geschreven (spiegelschrift)</translation>
    </message>
    <message>
        <source>How often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Hoe vaak het kind een betere beginplek, richting of volgorde van de penstreken te zien kreeg.</translation>
    </message>
    <message>
        <source>Figures for each digit</source>
        <translation>Resultaten per cijfer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>starts elsewhere %1, other way %2, order %3</source>
        <translation>elders begonnen %1, andere richting %2, volgorde %3</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, extra oefenen</translation>
    </message>
    <message>
        <source>Needs work: practise this digit next.</source>
        <translation>Extra oefenen: oefen dit cijfer als volgende.</translation>
    </message>
    <message>
        <source>%1 of %2 read as asked</source>
        <translation>%1 van %2 herkend als gevraagd</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing area</source>
        <translation>Tekenvlak</translation>
    </message>
    <message>
        <source>Draw the digit here with the mouse, a pen or a finger.</source>
        <translation>Teken hier het cijfer met de muis, een pen of je vinger.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>A picture of how the digit is usually written.</source>
        <translation>Een plaatje van hoe je het cijfer meestal schrijft.</translation>
    </message>
</context>
<context>
    <name>KeptAttempts</name>
    <message>
        <source>%1; and %2</source>
        <translation>%1; en %2</translation>
    </message>
</context>
<context>
    <name>KeptFilesPanel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts waiting to go into the progress database, newest first</source>
        <translation>Pogingen die wachten om in de voortgangsdatabase te worden gezet, nieuwste eerst</translation>
    </message>
    <message>
        <source>&amp;Put Them into the Progress Database</source>
        <translation>In de voortgangsdatabase &amp;zetten</translation>
    </message>
    <message>
        <source>Store the attempts kept here in the progress database, each once, for its own child</source>
        <translation>De hier bewaarde pogingen in de voortgangsdatabase opslaan, elk één keer, bij het eigen kind</translation>
    </message>
    <message>
        <source>What putting the attempts into the database did</source>
        <translation>Wat het overzetten van de pogingen naar de database heeft opgeleverd</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>vrij tekenen</translation>
    </message>
    <message>
        <source>waiting to go into the progress database</source>
        <translation>wacht op de voortgangsdatabase</translation>
    </message>
    <message>
        <source>strokes only: replayed here, never stored</source>
        <translation>alleen penstreken: hier af te spelen, nooit opgeslagen</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>These attempts could not go into the progress database when they were made (it was not available), so they were kept whole as files on this computer. They are waiting to go into the progress database: nothing is lost. They go in by themselves once it works again, or now with the button below.</source>
        <translation>Deze pogingen konden niet in de voortgangsdatabase worden gezet toen ze werden gemaakt (die was niet beschikbaar), dus zijn ze volledig als bestanden op deze computer bewaard. Ze wachten om in de voortgangsdatabase te worden gezet: er gaat niets verloren. Ze gaan er vanzelf in zodra die weer werkt, of nu met de knop hieronder.</translation>
    </message>
    <message>
        <source>No attempts are waiting: every attempt is in the progress database.</source>
        <translation>Er wachten geen pogingen: elke poging staat in de voortgangsdatabase.</translation>
    </message>
    <message>
        <source>No attempts are waiting to go into the progress database.</source>
        <translation>Er wachten geen pogingen om in de voortgangsdatabase te worden gezet.</translation>
    </message>
    <message>
        <source>Files of strokes only (kept by an older Digit Tutor, or damaged) can be replayed here; they never go into the database.</source>
        <translation>Bestanden met alleen penstreken (bewaard door een oudere Digit Tutor, of beschadigd) kunnen hier worden afgespeeld; ze gaan nooit naar de database.</translation>
    </message>
    <message>
        <source>The progress database is still not available, so the attempts stay here, safe: %1</source>
        <translation>De voortgangsdatabase is nog steeds niet beschikbaar, dus de pogingen blijven hier veilig bewaard: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>er is geen database verbonden.</translation>
    </message>
    <message>
        <source>Attempts that went into the progress database: %1.</source>
        <translation>Pogingen die in de voortgangsdatabase zijn gezet: %1.</translation>
    </message>
    <message>
        <source>The others stay here for now: %1</source>
        <translation>De andere blijven voorlopig hier: %1</translation>
    </message>
    <message>
        <source>No attempt was waiting.</source>
        <translation>Er wachtte geen enkele poging.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Left-handed</source>
        <translation>&amp;Linkshandig</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>Teacher &amp;Area...</source>
        <translation>Leerkracht&amp;omgeving...</translation>
    </message>
    <message>
        <source>Change &amp;Student...</source>
        <translation>Leerling &amp;wisselen...</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Wie schrijft er</translation>
    </message>
    <message>
        <source>Choose who is writing</source>
        <translation>Kies wie er schrijft</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <source>Teacher area</source>
        <translation>Leerkrachtomgeving</translation>
    </message>
    <message>
        <source>Students, progress, reports and settings, for grown-ups</source>
        <translation>Leerlingen, voortgang, rapporten en instellingen, voor volwassenen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Hold for two seconds to leave Digit Tutor</source>
        <translation>Houd twee seconden ingedrukt om Digit Tutor te sluiten</translation>
    </message>
    <message>
        <source>The database was not changed. %1</source>
        <translation>De database is niet gewijzigd. %1</translation>
    </message>
    <message>
        <source>Progress is now kept in %1.</source>
        <translation>De voortgang wordt nu bewaard in %1.</translation>
    </message>
    <message>
        <source>&quot;Show me&quot; is not available: %1</source>
        <translation>&quot;Laat zien&quot; is niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>Model kan niet worden geladen</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; the current model is kept.

%2</source>
        <translation>Het model %1 kon niet worden geladen; het huidige model blijft in gebruik.

%2</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Voortgangsdatabase</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, gemaakt %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan could not be read; they start afresh: %2</source>
        <translation>Het oefenplan van %1 kon niet worden gelezen; er wordt opnieuw begonnen: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan is damaged; they start afresh: %2</source>
        <translation>Het oefenplan van %1 is beschadigd; er wordt opnieuw begonnen: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan was not saved: %2</source>
        <translation>Het oefenplan van %1 is niet opgeslagen: %2</translation>
    </message>
    <message>
        <source>This attempt was not saved: %1</source>
        <translation>Deze poging is niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>This attempt was kept as a file, not in the progress database: %1</source>
        <translation>Deze poging is als bestand bewaard, niet in de voortgangsdatabase: %1</translation>
    </message>
    <message>
        <source>Attempts kept as files stay there for now: %1</source>
        <translation>Als bestand bewaarde pogingen blijven daar voorlopig staan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) kept as files are of students deleted for good (%1): they stay as files and are not stored. The teacher area&apos;s Saved Attempts shows them.</source>
        <translation>
            <numerusform>%n als bestand bewaarde poging is van definitief verwijderde leerlingen (%1): deze blijft een bestand en wordt niet opgeslagen. Je vindt deze onder Bewaarde pogingen in de leerkrachtomgeving.</numerusform>
            <numerusform>%n als bestand bewaarde pogingen zijn van definitief verwijderde leerlingen (%1): ze blijven bestanden en worden niet opgeslagen. Je vindt ze onder Bewaarde pogingen in de leerkrachtomgeving.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1, of which %2 of archived students, who stay archived.</source>
        <translation>Als bestand bewaarde pogingen zijn in de voortgangsdatabase gezet: %1, waarvan %2 van gearchiveerde leerlingen, die gearchiveerd blijven.</translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1.</source>
        <translation>Als bestand bewaarde pogingen zijn in de voortgangsdatabase gezet: %1.</translation>
    </message>
</context>
<context>
    <name>ModelDescription</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>What it learnt from is not recorded in the file.</source>
        <translation>Waarvan het heeft geleerd, staat niet in het bestand.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handwritten digit(s) of MNIST</source>
        <translation>
            <numerusform>%Ln handgeschreven cijfer uit MNIST</numerusform>
            <numerusform>%Ln handgeschreven cijfers uit MNIST</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s) of a class&apos;s own digits</source>
        <translation>
            <numerusform>%Ln afbeelding van de eigen cijfers van een klas</numerusform>
            <numerusform>%Ln afbeeldingen van de eigen cijfers van een klas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s) drawn with a pen</source>
        <translation>
            <numerusform>%Ln met een pen getekend cijfer</numerusform>
            <numerusform>%Ln met een pen getekende cijfers</numerusform>
        </translation>
    </message>
    <message>
        <source>Learnt from: %1.</source>
        <translation>Geleerd van: %1.</translation>
    </message>
    <message>
        <source>Learnt from %1.</source>
        <translation>Geleerd van %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each drawn digit was also learnt in %n distorted version(s), as a child&apos;s hand might have drawn it.</source>
        <translation>
            <numerusform>Elk getekend cijfer is ook geleerd in %n vervormde versie, zoals de hand van een kind het getekend zou kunnen hebben.</numerusform>
            <numerusform>Elk getekend cijfer is ook geleerd in %n vervormde versies, zoals de hand van een kind het getekend zou kunnen hebben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learnt what is not a digit from %Ln doodle(s).</source>
        <translation>
            <numerusform>Wat geen cijfer is, heeft het geleerd van %Ln krabbel.</numerusform>
            <numerusform>Wat geen cijfer is, heeft het geleerd van %Ln krabbels.</numerusform>
        </translation>
    </message>
    <message>
        <source>How well it reads digits drawn on the screen is measured apart: the bundled model&apos;s figures are in models/README.md, and digit-tutor-cli evaluate measures any model.</source>
        <translation>Hoe goed het op het scherm getekende cijfers leest, wordt apart gemeten: de resultaten van het meegeleverde model staan in models/README.md, en digit-tutor-cli evaluate meet elk model.</translation>
    </message>
    <message>
        <source>How well it reads is not recorded in the file.</source>
        <translation>Hoe goed het leest, staat niet in het bestand.</translation>
    </message>
    <message numerus="yes">
        <source>It reads %1 of the MNIST test set right: %Ln handwritten digit(s) it never saw while learning.</source>
        <translation>
            <numerusform>Het leest %1 van de MNIST-testset goed: %Ln handgeschreven cijfer dat het tijdens het leren nooit heeft gezien.</numerusform>
            <numerusform>Het leest %1 van de MNIST-testset goed: %Ln handgeschreven cijfers die het tijdens het leren nooit heeft gezien.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reads %1 of the MNIST test set right.</source>
        <translation>Het leest %1 van de MNIST-testset goed.</translation>
    </message>
    <message>
        <source>When it was made is not recorded in the file.</source>
        <translation>Wanneer het is gemaakt, staat niet in het bestand.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Gemaakt: %1.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Gemaakt op %1.</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from images</source>
        <translation>Schrijfwijzen per cijfer, geleerd van afbeeldingen</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from drawings</source>
        <translation>Schrijfwijzen per cijfer, geleerd van tekeningen</translation>
    </message>
    <message>
        <source>Weight of the ways learnt from drawings</source>
        <translation>Gewicht van de schrijfwijzen die van tekeningen zijn geleerd</translation>
    </message>
    <message>
        <source>Covariance regularisation</source>
        <translation>Regularisatie van de covariantie</translation>
    </message>
    <message>
        <source>Slanted digits straightened</source>
        <translation>Schuine cijfers rechtgezet</translation>
    </message>
    <message>
        <source>HOG: orientations / cell pixels / block cells</source>
        <translation>HOG: oriëntaties / pixels per cel / cellen per blok</translation>
    </message>
    <message>
        <source>Fitting tolerance</source>
        <translation>Tolerantie bij het fitten</translation>
    </message>
    <message>
        <source>Fitting rounds at most</source>
        <translation>Maximaal aantal fitrondes</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Startwaarde van de toevalsgenerator</translation>
    </message>
    <message>
        <source>Not a digit below this percentile of the training scores</source>
        <translation>Geen cijfer onder dit percentiel van de trainingsscores</translation>
    </message>
    <message>
        <source>Distorted copies of each MNIST digit</source>
        <translation>Vervormde kopieën van elk MNIST-cijfer</translation>
    </message>
    <message>
        <source>Arithmetic while fitting</source>
        <translation>Rekenprecisie bij het fitten</translation>
    </message>
    <message>
        <source>Order the features are scored in</source>
        <translation>Volgorde waarin de kenmerken worden gescoord</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 in all)</source>
        <translation>%1 (%2 in totaal)</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>Het meegeleverde standaardmodel</translation>
    </message>
    <message>
        <source>The model file %1</source>
        <translation>Het modelbestand %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>models/default.dtm, built into the app</source>
        <translation>models/default.dtm, ingebouwd in de app</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Bestandsformaat</translation>
    </message>
    <message>
        <source>Ways of writing each digit (components)</source>
        <translation>Schrijfwijzen per cijfer (componenten)</translation>
    </message>
    <message>
        <source>Times each drawn digit counts</source>
        <translation>Aantal keren dat elk getekend cijfer meetelt</translation>
    </message>
    <message>
        <source>Distorted versions of each drawn digit</source>
        <translation>Vervormde versies van elk getekend cijfer</translation>
    </message>
    <message>
        <source>Drawings, %1</source>
        <translation>Tekeningen, %1</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Tekeningen</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Getest op</translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation>Leertijd</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gemaakt door</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Which model is in use</source>
        <translation>Welk model in gebruik is</translation>
    </message>
    <message>
        <source>What the model learnt from</source>
        <translation>Waarvan het model heeft geleerd</translation>
    </message>
    <message>
        <source>How well the model reads</source>
        <translation>Hoe goed het model leest</translation>
    </message>
    <message>
        <source>When the model was made</source>
        <translation>Wanneer het model is gemaakt</translation>
    </message>
    <message>
        <source>Load Model File...</source>
        <translation>Modelbestand laden...</translation>
    </message>
    <message>
        <source>Use the Bundled Default</source>
        <translation>Meegeleverd standaardmodel gebruiken</translation>
    </message>
    <message>
        <source>What it learnt from</source>
        <translation>Waarvan het heeft geleerd</translation>
    </message>
    <message>
        <source>How well it reads</source>
        <translation>Hoe goed het leest</translation>
    </message>
    <message>
        <source>When it was made</source>
        <translation>Wanneer het is gemaakt</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the model&apos;s technical settings</source>
        <translation>De technische instellingen van het model tonen</translation>
    </message>
    <message>
        <source>The model&apos;s technical settings</source>
        <translation>De technische instellingen van het model</translation>
    </message>
    <message>
        <source>A model file (.dtm) is made by digit-tutor-cli train, for example on MNIST with your own class&apos;s digits added. A file that is not a valid model is refused and the current model stays.</source>
        <translation>Een modelbestand (.dtm) wordt gemaakt met digit-tutor-cli train, bijvoorbeeld op MNIST aangevuld met de cijfers van je eigen klas. Een bestand dat geen geldig model is, wordt geweigerd en het huidige model blijft in gebruik.</translation>
    </message>
    <message>
        <source>Load Model</source>
        <translation>Model laden</translation>
    </message>
    <message>
        <source>Digit models (*.dtm);;All files (*)</source>
        <translation>Cijfermodellen (*.dtm);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Oefenen</translation>
    </message>
    <message>
        <source>Practice mode: write the asked digit</source>
        <translation>Oefenen: schrijf het cijfer dat ik vraag</translation>
    </message>
    <message>
        <source>Write the digit I ask for</source>
        <translation>Schrijf het cijfer dat ik vraag</translation>
    </message>
    <message>
        <source>Free drawing</source>
        <translation>Vrij tekenen</translation>
    </message>
    <message>
        <source>Free drawing mode: draw any digit</source>
        <translation>Vrij tekenen: teken maar een cijfer</translation>
    </message>
    <message>
        <source>Draw any digit and I will say which</source>
        <translation>Teken een cijfer, dan zeg ik welk het is</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Natrekken</translation>
    </message>
    <message>
        <source>Trace over the guide</source>
        <translation>Het voorbeeld natrekken</translation>
    </message>
    <message>
        <source>Show the guide under your drawing to trace over</source>
        <translation>Laat het voorbeeld onder je tekening zien, dan kun je het natrekken</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>Nog eens horen</translation>
    </message>
    <message>
        <source>Say the digit to write again</source>
        <translation>Zeg nog eens welk cijfer ik moet schrijven</translation>
    </message>
    <message>
        <source>Hear the question again</source>
        <translation>Hoor de vraag nog een keer</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Laat zien</translation>
    </message>
    <message>
        <source>Show me how to write it</source>
        <translation>Laat me zien hoe ik het schrijf</translation>
    </message>
    <message>
        <source>Watch the digit being written, stroke by stroke</source>
        <translation>Kijk hoe het cijfer wordt geschreven, streep voor streep</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>De laatste streep weghalen</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>Haal de laatste streep weg</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>De tekening wissen</translation>
    </message>
    <message>
        <source>Start the drawing again</source>
        <translation>Begin opnieuw met tekenen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>I am done</source>
        <translation>Ik ben klaar</translation>
    </message>
    <message>
        <source>See how well it went</source>
        <translation>Kijk hoe goed het ging</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Next digit</source>
        <translation>Volgend cijfer</translation>
    </message>
    <message>
        <source>Write another digit</source>
        <translation>Schrijf nog een cijfer</translation>
    </message>
    <message>
        <source>Which digit to write</source>
        <translation>Welk cijfer je moet schrijven</translation>
    </message>
    <message>
        <source>What the drawing looks like</source>
        <translation>Waar de tekening op lijkt</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Compliment</translation>
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
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Herkend als</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterren</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation>Pogingen, nieuwste eerst</translation>
    </message>
    <message>
        <source>The chosen attempt, as the child drew it</source>
        <translation>De gekozen poging, zoals het kind die tekende</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Over de getoonde poging</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>Opnieuw &amp;afspelen</translation>
    </message>
    <message>
        <source>Replay the attempt in the timing it was drawn</source>
        <translation>De poging afspelen in het tempo waarin die werd getekend</translation>
    </message>
    <message>
        <source>Watch the attempt being drawn again, stroke by stroke</source>
        <translation>Bekijk hoe de poging opnieuw wordt getekend, penstreek voor penstreek</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Het afspelen stoppen</translation>
    </message>
    <message>
        <source>T&amp;wice as fast</source>
        <translation>T&amp;wee keer zo snel</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Twee keer zo snel afspelen</translation>
    </message>
    <message>
        <source>starts elsewhere</source>
        <translation>begint elders</translation>
    </message>
    <message>
        <source>other way round</source>
        <translation>andere richting</translation>
    </message>
    <message>
        <source>stroke order</source>
        <translation>schrijfvolgorde</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>vrij tekenen</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>gespiegeld</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>geen cijfer</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>onbekend tijdstip</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 van %2 sterren</translation>
    </message>
    <message>
        <source>free drawing, written facing the other way</source>
        <translation>vrij tekenen, in spiegelbeeld geschreven</translation>
    </message>
    <message>
        <source>%1 asked, written facing the other way</source>
        <translation>%1 gevraagd, in spiegelbeeld geschreven</translation>
    </message>
    <message>
        <source>%1 asked, not read as a digit</source>
        <translation>%1 gevraagd, niet als cijfer herkend</translation>
    </message>
    <message>
        <source>%1 asked, nothing drawn</source>
        <translation>%1 gevraagd, niets getekend</translation>
    </message>
    <message>
        <source>%1 asked, read as %2</source>
        <translation>%1 gevraagd, herkend als %2</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>; hint: %1</source>
        <translation>; tip: %1</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Geen pogingen in deze periode.</translation>
    </message>
    <message>
        <source>Choose an attempt to see how it was drawn.</source>
        <translation>Kies een poging om te zien hoe die werd getekend.</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(er zijn geen penstreken bewaard)</translation>
    </message>
</context>
<context>
    <name>ProgressChartView</name>
    <message>
        <source>All digits</source>
        <translation>Alle cijfers</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Cijfer %1</translation>
    </message>
    <message>
        <source>Which digit&apos;s progress the chart shows</source>
        <translation>Van welk cijfer de grafiek de voortgang toont</translation>
    </message>
    <message>
        <source>Chart &amp;for:</source>
        <translation>&amp;Grafiek voor:</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Voortgang in de tijd</translation>
    </message>
</context>
<context>
    <name>ProgressOverview</name>
    <message>
        <source>Whose progress is shown</source>
        <translation>Van wie de voortgang wordt getoond</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Digits that need work</source>
        <translation>Cijfers die extra oefening nodig hebben</translation>
    </message>
    <message>
        <source>Formation hints to practise</source>
        <translation>Schrijftips om te oefenen</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Geen pogingen in deze periode.</translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation>Leerlingen: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 (free drawing: %2)</source>
        <translation>Pogingen: %1 (vrij tekenen: %2)</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Pogingen: %1</translation>
    </message>
    <message>
        <source>read as asked: %1 of %2 (%3)</source>
        <translation>herkend als gevraagd: %1 van %2 (%3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Needs work: %1.</source>
        <translation>Extra oefenen: %1.</translation>
    </message>
    <message>
        <source>Not tried yet: %1.</source>
        <translation>Nog niet geprobeerd: %1.</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Elk cijfer wordt in minstens %1 van de gevallen herkend als gevraagd: goed gedaan.</translation>
    </message>
    <message>
        <source>starts elsewhere %1</source>
        <translation>begint elders %1</translation>
    </message>
    <message>
        <source>other way round %1</source>
        <translation>andere richting %1</translation>
    </message>
    <message>
        <source>stroke order %1</source>
        <translation>schrijfvolgorde %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formation to practise: %1</source>
        <translation>Schrijfwijze om te oefenen: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>het bestand kan niet worden gelezen (%1)</translation>
    </message>
    <message>
        <source>the file is not an SQLite database (its %1 bytes do not start as one)</source>
        <translation>het bestand is geen SQLite-database (de %1 bytes ervan beginnen niet zoals een SQLite-database)</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>het bestand kan niet worden beschreven (%1)</translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal there (%1)</source>
        <translation>de map ervan kan niet worden beschreven, en SQLite bewaart daar zijn journaal (%1)</translation>
    </message>
    <message>
        <source>There is already a student named %1, archived: restore them under Students, or choose another name.</source>
        <translation>Er is al een gearchiveerde leerling met de naam %1: zet die terug onder Leerlingen, of kies een andere naam.</translation>
    </message>
    <message>
        <source>There is already a student named %1.</source>
        <translation>Er is al een leerling met de naam %1.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: Qt&apos;s %2 driver is not installed (Debian package %3).</source>
        <translation>De voortgangsdatabase %1 kan niet worden geopend: het %2-stuurprogramma van Qt is niet geïnstalleerd (Debian-pakket %3).</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: its folder cannot be created.</source>
        <translation>De voortgangsdatabase %1 kan niet worden geopend: de map ervan kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be used: %2. It was left as it is; choose another file, or move this one away to start a new database.</source>
        <translation>De voortgangsdatabase %1 kan niet worden gebruikt: %2. De database is ongewijzigd gelaten; kies een ander bestand, of verplaats dit bestand om een nieuwe database te beginnen.</translation>
    </message>
    <message>
        <source>The progress database %1 is read-only: %2. It was left as it is; attempts are kept as files until it can be written.</source>
        <translation>De voortgangsdatabase %1 is alleen-lezen: %2. De database is ongewijzigd gelaten; pogingen worden als bestanden bewaard totdat er weer in geschreven kan worden.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2</source>
        <translation>De voortgangsdatabase %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2</source>
        <translation>De voortgangsdatabase %1 kan niet worden voorbereid: %2</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged or is not a database (%2); it was left as it is.</source>
        <translation>De voortgangsdatabase %1 is beschadigd of is geen database (%2); de database is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2.</source>
        <translation>De voortgangsdatabase %1 kan niet worden geopend: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2.</source>
        <translation>De voortgangsdatabase %1 kan niet worden voorbereid: %2.</translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation>de schemaversie ervan kan niet worden gelezen</translation>
    </message>
    <message>
        <source>The database %1 is not a Digit Tutor progress database (it has other tables); it was left as it is.</source>
        <translation>De database %1 is geen voortgangsdatabase van Digit Tutor (er staan andere tabellen in); de database is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>The progress database %1 was made by a newer Digit Tutor (schema %2; this one knows up to %3); it was left as it is.</source>
        <translation>De voortgangsdatabase %1 is gemaakt door een nieuwere Digit Tutor (schema %2; deze versie kent schema&apos;s tot en met %3); de database is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>step %1 of the schema failed: %2</source>
        <translation>stap %1 van het schema is mislukt: %2</translation>
    </message>
    <message>
        <source>%1 (progress database %2): %3</source>
        <translation>%1 (voortgangsdatabase %2): %3</translation>
    </message>
    <message>
        <source>Cannot read the students</source>
        <translation>De leerlingen kunnen niet worden gelezen</translation>
    </message>
    <message>
        <source>Cannot read a student</source>
        <translation>Een leerling kan niet worden gelezen</translation>
    </message>
    <message>
        <source>There is no student number %1.</source>
        <translation>Er is geen leerling met nummer %1.</translation>
    </message>
    <message>
        <source>There is no student named %1.</source>
        <translation>Er is geen leerling met de naam %1.</translation>
    </message>
    <message>
        <source>Cannot add the Guest student</source>
        <translation>De leerling Gast kan niet worden toegevoegd</translation>
    </message>
    <message>
        <source>A student&apos;s name must have 1 to %1 characters.</source>
        <translation>De naam van een leerling moet 1 tot en met %1 tekens hebben.</translation>
    </message>
    <message>
        <source>Cannot add the student %1</source>
        <translation>De leerling %1 kan niet worden toegevoegd</translation>
    </message>
    <message>
        <source>Guest keeps its name: it is the student of attempts made without choosing one.</source>
        <translation>Gast houdt zijn naam: dit is de leerling van pogingen die zijn gemaakt zonder een leerling te kiezen.</translation>
    </message>
    <message>
        <source>Cannot change the student %1</source>
        <translation>De leerling %1 kan niet worden gewijzigd</translation>
    </message>
    <message>
        <source>An attempt with asked digit %1, recognised digit %2 and %3 stars cannot be stored.</source>
        <translation>Een poging met gevraagd cijfer %1, herkend cijfer %2 en %3 sterren kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Cannot store the attempt</source>
        <translation>De poging kan niet worden opgeslagen</translation>
    </message>
    <message>
        <source>Cannot count the attempts</source>
        <translation>De pogingen kunnen niet worden geteld</translation>
    </message>
    <message>
        <source>Cannot read the classes</source>
        <translation>De klassen kunnen niet worden gelezen</translation>
    </message>
    <message>
        <source>Cannot read a setting</source>
        <translation>Een instelling kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Cannot save a setting</source>
        <translation>Een instelling kan niet worden opgeslagen</translation>
    </message>
    <message>
        <source>A page of %1 attempts cannot be read: a page holds 1 to %2.</source>
        <translation>Een pagina van %1 pogingen kan niet worden gelezen: een pagina bevat 1 tot en met %2 pogingen.</translation>
    </message>
    <message>
        <source>Cannot read the saved attempts</source>
        <translation>De bewaarde pogingen kunnen niet worden gelezen</translation>
    </message>
    <message>
        <source>Cannot read an attempt</source>
        <translation>Een poging kan niet worden gelezen</translation>
    </message>
    <message>
        <source>There is no attempt number %1 in the progress database %2; it may have been removed with its student.</source>
        <translation>Er is geen poging met nummer %1 in de voortgangsdatabase %2; misschien is die samen met de leerling verwijderd.</translation>
    </message>
    <message>
        <source>Cannot read a practice plan</source>
        <translation>Een oefenplan kan niet worden gelezen</translation>
    </message>
    <message>
        <source>A practice plan of %1 bytes cannot be stored: the most is %2.</source>
        <translation>Een oefenplan van %1 bytes kan niet worden opgeslagen: het maximum is %2.</translation>
    </message>
    <message>
        <source>Cannot save the practice plan of student number %1</source>
        <translation>Het oefenplan van leerling nummer %1 kan niet worden opgeslagen</translation>
    </message>
    <message>
        <source>Cannot read the attempts</source>
        <translation>De pogingen kunnen niet worden gelezen</translation>
    </message>
    <message>
        <source>Guest cannot be removed: it is the student of attempts made without choosing one.</source>
        <translation>Gast kan niet worden verwijderd: dit is de leerling van pogingen die zijn gemaakt zonder een leerling te kiezen.</translation>
    </message>
    <message>
        <source>Cannot archive the student %1</source>
        <translation>De leerling %1 kan niet worden gearchiveerd</translation>
    </message>
    <message>
        <source>Cannot restore the student %1</source>
        <translation>De leerling %1 kan niet worden teruggezet</translation>
    </message>
    <message>
        <source>%1 is in the lists: only an archived student can be deleted for good.</source>
        <translation>%1 staat in de lijsten: alleen een gearchiveerde leerling kan definitief worden verwijderd.</translation>
    </message>
    <message>
        <source>Cannot delete the student %1</source>
        <translation>De leerling %1 kan niet worden verwijderd</translation>
    </message>
    <message>
        <source>Cannot read the students deleted for good</source>
        <translation>De definitief verwijderde leerlingen kunnen niet worden gelezen</translation>
    </message>
    <message>
        <source>it is busy, locked by another program or window writing to it; try again in a moment</source>
        <translation>de database is bezet, vergrendeld door een ander programma of venster dat erin schrijft; probeer het zo nog eens</translation>
    </message>
    <message>
        <source>it is read-only (check the permissions of the file and its folder)</source>
        <translation>de database is alleen-lezen (controleer de rechten van het bestand en de map ervan)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2.</source>
        <translation>De voortgangsdatabase %1 is beschadigd: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 could not be checked: %2.</source>
        <translation>De voortgangsdatabase %1 kon niet worden gecontroleerd: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2. Reports may leave attempts out. Keep a copy of the file and have it repaired (the sqlite3 tool&apos;s .recover command rescues what can be read).</source>
        <translation>De voortgangsdatabase %1 is beschadigd: %2. In rapporten kunnen pogingen ontbreken. Bewaar een kopie van het bestand en laat het herstellen (de opdracht .recover van het programma sqlite3 redt wat nog leesbaar is).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the app knows.</source>
        <translation>‘%1’ is geen taal die de app kent.</translation>
    </message>
    <message>
        <source>Cannot read the language of the class %1</source>
        <translation>De taal van klas %1 kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Only a class or group has a language of its own; this student has none.</source>
        <translation>Alleen een klas of groep heeft een eigen taal; deze leerling heeft geen klas.</translation>
    </message>
    <message>
        <source>Cannot set the language of the class %1</source>
        <translation>De taal van klas %1 kan niet worden ingesteld</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Cannot read the languages of the students</source>
        <translation>De talen van de leerlingen kunnen niet worden gelezen</translation>
    </message>
</context>
<context>
    <name>ProgressSubjectChooser</name>
    <message>
        <source>Whose progress to show: a student or a class</source>
        <translation>Van wie de voortgang wordt getoond: een leerling of een klas</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klas %1</translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <translation>%1, klas %2</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Why there is no progress to show</source>
        <translation>Waarom er geen voortgang te tonen is</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>Opnieuw &amp;inlezen</translation>
    </message>
    <message>
        <source>Read the progress store again</source>
        <translation>De voortgangsopslag opnieuw inlezen</translation>
    </message>
    <message>
        <source>&amp;Progress of:</source>
        <translation>&amp;Voortgang van:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hele periode</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Zelf gekozen data</translation>
    </message>
    <message>
        <source>Which period to show</source>
        <translation>Welke periode wordt getoond</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Laatste dag van de periode</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>E&amp;xport report...</source>
        <translation>Rapport e&amp;xporteren...</translation>
    </message>
    <message>
        <source>Export a progress report of what is shown</source>
        <translation>Een voortgangsrapport exporteren van wat wordt getoond</translation>
    </message>
    <message>
        <source>Save the figures shown as a PDF to print, a CSV for a spreadsheet or an HTML page</source>
        <translation>De getoonde resultaten opslaan als PDF om af te drukken, als CSV voor een spreadsheet of als HTML-pagina</translation>
    </message>
    <message>
        <source>The report last saved</source>
        <translation>Het laatst opgeslagen rapport</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>&amp;Cijfers</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>&amp;Leerlingen</translation>
    </message>
    <message>
        <source>The progress cannot be read. %1</source>
        <translation>De voortgang kan niet worden gelezen. %1</translation>
    </message>
    <message>
        <source>There is no progress to show: no progress store is open. Once the app has a place to keep the children&apos;s attempts, each student&apos;s progress appears here.</source>
        <translation>Er is geen voortgang te tonen: er is geen voortgangsopslag geopend. Zodra de app een plek heeft om de pogingen van de kinderen te bewaren, verschijnt hier de voortgang van elke leerling.</translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation>Nog geen leerlingen</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klas %1</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (klas %2)</translation>
    </message>
    <message>
        <source>There is no progress store to make a report from.</source>
        <translation>Er is geen voortgangsopslag om een rapport van te maken.</translation>
    </message>
    <message>
        <source>Choose a student or a class to report on.</source>
        <translation>Kies een leerling of een klas voor het rapport.</translation>
    </message>
    <message>
        <source>The report&apos;s file name must end in .pdf, .csv or .html; &quot;%1&quot; does not.</source>
        <translation>De bestandsnaam van het rapport moet eindigen op .pdf, .csv of .html; &quot;%1&quot; doet dat niet.</translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation>Voortgang %1 %2</translation>
    </message>
    <message>
        <source>Writing the report %1...</source>
        <translation>Het rapport %1 wordt geschreven...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Voortgangsrapport exporteren</translation>
    </message>
    <message>
        <source>How far the report is</source>
        <translation>Hoe ver het rapport gevorderd is</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Het rapport kan niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>ReportFileChooser</name>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF, om af te drukken (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (*.csv)</source>
        <translation>CSV, voor een spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>HTML, for a browser or an e-mail (*.html *.htm)</source>
        <translation>HTML, voor een browser of een e-mail (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Voortgangsrapport exporteren</translation>
    </message>
    <message>
        <source>There is already a file named %1 in %2. Replace it with the new report?</source>
        <translation>Er staat al een bestand met de naam %1 in %2. Wil je het vervangen door het nieuwe rapport?</translation>
    </message>
    <message>
        <source>The file there now would be lost.</source>
        <translation>Het bestand dat er nu staat, gaat dan verloren.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Behouden</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Het rapport is geannuleerd.</translation>
    </message>
    <message>
        <source>Cannot draw the report&apos;s PDF pages.</source>
        <translation>De PDF-pagina&apos;s van het rapport kunnen niet worden getekend.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report&apos;s PDF.</source>
        <translation>Pagina %1 van de PDF van het rapport kan niet worden begonnen.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <source>Cannot finish the report&apos;s PDF.</source>
        <translation>De PDF van het rapport kan niet worden voltooid.</translation>
    </message>
    <message>
        <source>read as asked</source>
        <translation>herkend als gevraagd</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>pogingen</translation>
    </message>
    <message>
        <source>average stars</source>
        <translation>gemiddeld aantal sterren</translation>
    </message>
    <message>
        <source>learnt (%1%)</source>
        <translation>geleerd (%1%)</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per week</source>
        <translation>Herkend als gevraagd, sterren en pogingen, per week</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per day</source>
        <translation>Herkend als gevraagd, sterren en pogingen, per dag</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per week</source>
        <translation>Cijfer %1: herkend als gevraagd, sterren en pogingen, per week</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per day</source>
        <translation>Cijfer %1: herkend als gevraagd, sterren en pogingen, per dag</translation>
    </message>
    <message>
        <source>Digit %1: no attempts in this period</source>
        <translation>Cijfer %1: geen pogingen in deze periode</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>Geen pogingen in deze periode</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read as asked</source>
        <translation>%1: %2 van %3 herkend als gevraagd</translation>
    </message>
    <message>
        <source>started in an unusual place</source>
        <translation>op een ongebruikelijke plek begonnen</translation>
    </message>
    <message>
        <source>drawn the other way round</source>
        <translation>in de andere richting geschreven</translation>
    </message>
    <message>
        <source>strokes in an unusual order</source>
        <translation>penstreken in een ongebruikelijke volgorde</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>begin %1</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>richting %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>volgorde %1</translation>
    </message>
    <message>
        <source>most often %1 (in %2 of %3 attempts)</source>
        <translation>meestal %1 (bij %2 van %3 pogingen)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>alle pogingen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Attempts made</source>
        <translation>Gemaakte pogingen</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Rapport gemaakt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Geen pogingen in deze periode.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>%1 (of which free drawing: %2)</source>
        <translation>%1 (waarvan vrij tekenen: %2)</translation>
    </message>
    <message>
        <source>Read as the asked digit</source>
        <translation>Herkend als het gevraagde cijfer</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 van %2 (%3)</translation>
    </message>
    <message>
        <source>Digits to practise next</source>
        <translation>Cijfers om hierna te oefenen</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Elk cijfer wordt in minstens %1 van de gevallen herkend als gevraagd: goed gedaan.</translation>
    </message>
    <message>
        <source>read as asked in %1 of %2 attempts (%3)</source>
        <translation>herkend als gevraagd bij %1 van %2 pogingen (%3)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>nog niet geprobeerd</translation>
    </message>
    <message>
        <source>Chosen first from the digits read as asked less than %1 of the time, the lowest first (on a tie, the one tried more), then from the digits not tried yet.</source>
        <translation>Eerst gekozen uit de cijfers die in minder dan %1 van de gevallen als gevraagd werden herkend, de laagste eerst (bij gelijke stand het cijfer dat vaker is geprobeerd), daarna uit de cijfers die nog niet zijn geprobeerd.</translation>
    </message>
    <message>
        <source>Each digit</source>
        <translation>Per cijfer</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Herkend als gevraagd</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Succespercentage</translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation>Gemiddeld aantal sterren</translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation>Trend (punten)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Gespiegeld</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Schrijftips</translation>
    </message>
    <message>
        <source>Trend: the success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on. Reversed: how often the digit was written facing the other way (mirror writing). Formation hints: how often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Trend: het succespercentage van de latere helft van de pogingen voor een cijfer min dat van de eerdere helft, in procentpunten, vanaf %1 pogingen. Gespiegeld: hoe vaak het cijfer in spiegelbeeld werd geschreven (spiegelschrift). Schrijftips: hoe vaak het kind een betere beginplek, richting of volgorde van de penstreken te zien kreeg.</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Voortgang in de tijd</translation>
    </message>
    <message>
        <source>Success rate and attempts per week</source>
        <translation>Succespercentage en pogingen per week</translation>
    </message>
    <message>
        <source>Success rate and attempts per day</source>
        <translation>Succespercentage en pogingen per dag</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>Week (vanaf maandag)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>%1 attempt at %2: %3 of 3 stars</source>
        <translation>%1 poging voor de %2: %3 van 3 sterren</translation>
    </message>
    <message>
        <source>written facing the other way</source>
        <translation>in spiegelbeeld geschreven</translation>
    </message>
    <message>
        <source>Best and latest attempt at each digit</source>
        <translation>Beste en laatste poging voor elk cijfer</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>no guide</source>
        <translation>geen voorbeeld</translation>
    </message>
    <message>
        <source>Guide for %1</source>
        <translation>Voorbeeld van de %1</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Beside the guide the app shows for the digit. A green dot marks where each stroke began. Best: the most stars, then the surest reading.</source>
        <translation>Naast het voorbeeld dat de app voor het cijfer toont. Een groene stip geeft aan waar elke penstreek begon. Beste: de meeste sterren, daarna de zekerste herkenning.</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Hierna oefenen</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation>Voortgangsrapport van de klas</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Voortgangsrapport</translation>
    </message>
    <message>
        <source>Class progress report: %1</source>
        <translation>Voortgangsrapport van de klas: %1</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Voortgangsrapport: %1</translation>
    </message>
    <message>
        <source>Cannot draw the report: the program has no QGuiApplication, which fonts need (try the offscreen platform).</source>
        <translation>Het rapport kan niet worden getekend: het programma heeft geen QGuiApplication, die nodig is voor lettertypen (probeer het offscreen-platform).</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (BCP 47), for the report&apos;s lang attribute.</extracomment>
        <translation>nl</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Er is geen bestandsnaam opgegeven voor het rapport.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Het rapport kan niet worden geschreven naar %1: %2.</translation>
    </message>
    <message>
        <source>The report&apos;s period starts on %1, after it ends on %2.</source>
        <translation>De periode van het rapport begint op %1, na het einde op %2.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Onbekend rapportformaat.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Het rapport kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>student</source>
        <translation>leerling</translation>
    </message>
    <message>
        <source>group</source>
        <translation>klas</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tijd</translation>
    </message>
    <message>
        <source>asked_digit</source>
        <translation>gevraagd_cijfer</translation>
    </message>
    <message>
        <source>recognised_digit</source>
        <translation>herkend_cijfer</translation>
    </message>
    <message>
        <source>success</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <source>posterior</source>
        <translation>a-posteriorikans</translation>
    </message>
    <message>
        <source>log_likelihood</source>
        <translation>log-aannemelijkheid</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>uitschieter</translation>
    </message>
    <message>
        <source>typicality</source>
        <translation>typischheid</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>sterren</translation>
    </message>
    <message>
        <source>formation</source>
        <translation>schrijfwijze</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>gespiegeld</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>strokes</source>
        <translation>penstreken</translation>
    </message>
</context>
<context>
    <name>ShowMeCoach</name>
    <message>
        <source>Try starting at the green dot.</source>
        <translation>Begin maar eens bij de groene stip.</translation>
    </message>
    <message>
        <source>Try it from the green dot, the arrow&apos;s way.</source>
        <translation>Probeer het vanaf de groene stip, zoals de pijl wijst.</translation>
    </message>
    <message>
        <source>Try this part first, from the green dot.</source>
        <translation>Doe eerst dit stukje, vanaf de groene stip.</translation>
    </message>
</context>
<context>
    <name>ShowMeOverlay</name>
    <message>
        <source>The digit being written</source>
        <translation>Het cijfer wordt geschreven</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Compare</source>
        <translation>Vergelijk</translation>
    </message>
    <message>
        <source>Compare my drawing with the guide</source>
        <translation>Mijn tekening met het voorbeeld vergelijken</translation>
    </message>
    <message>
        <source>Show what is missing and what is extra</source>
        <translation>Laat zien wat er mist en wat er te veel is</translation>
    </message>
</context>
<context>
    <name>StarsView</name>
    <message>
        <source>Stars</source>
        <translation>Sterren</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n ster</numerusform>
            <numerusform>%n sterren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Writes with the left hand</source>
        <translation>Schrijft met de linkerhand</translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation>Leerling toevoegen</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>Leerling bewerken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>Klas of groep</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Class or group:</source>
        <translation>Klas of groep:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Same as the class</source>
        <translation>Zoals de klas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The language the child sees and hears: a child may speak another language at home</source>
        <translation>De taal die het kind ziet en hoort: een kind spreekt thuis misschien een andere taal</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
</context>
<context>
    <name>StudentFiguresTable</name>
    <message>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Herkend als gevraagd</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succes</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Hierna oefenen</translation>
    </message>
    <message>
        <source>Every attempt, free drawing included</source>
        <translation>Alle pogingen, vrij tekenen inbegrepen</translation>
    </message>
    <message>
        <source>Attempts at an asked digit that were read as that digit</source>
        <translation>Pogingen bij een gevraagd cijfer die als dat cijfer werden herkend</translation>
    </message>
    <message>
        <source>The digits this student should practise next</source>
        <translation>De cijfers die deze leerling hierna moet oefenen</translation>
    </message>
    <message>
        <source>Figures for each student of the class; activate a row to see that student</source>
        <translation>Resultaten per leerling van de klas; activeer een rij om die leerling te bekijken</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Below %1: needs work</source>
        <translation>Onder %1: extra oefenen</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, extra oefenen</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Who is writing?</source>
        <translation>Wie schrijft er?</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>Ik ben %1</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Schrijf als %1</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Add...</source>
        <translation>Toevoegen...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bewerken...</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Verwijderen...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Delete for Good...</source>
        <translation>Definitief verwijderen...</translation>
    </message>
    <message>
        <source>Add a student for each child: at the start they tap their own name, and their attempts are kept for them. Guest is for anyone else. A student removed is archived: out of the lists, their attempts kept, until you restore them or delete them for good.</source>
        <translation>Voeg voor elk kind een leerling toe: bij het begin tikken de kinderen op hun eigen naam, en hun pogingen worden voor hen bewaard. Gast is voor alle anderen. Een verwijderde leerling wordt gearchiveerd: uit de lijsten, met de pogingen bewaard, totdat je de leerling terugzet of definitief verwijdert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Archived: not in the lists, attempts kept</source>
        <translation>Gearchiveerd: niet in de lijsten, pogingen bewaard</translation>
    </message>
    <message>
        <source>Remove Student</source>
        <translation>Leerling verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the lists? %1 will be archived and their %n attempt(s) kept; you can restore them or delete them for good on this page.</source>
        <translation>
            <numerusform>%1 uit de lijsten verwijderen? %1 wordt gearchiveerd en de %n poging van deze leerling blijft bewaard; je kunt de leerling op deze pagina terugzetten of definitief verwijderen.</numerusform>
            <numerusform>%1 uit de lijsten verwijderen? %1 wordt gearchiveerd en de %n pogingen van deze leerling blijven bewaard; je kunt de leerling op deze pagina terugzetten of definitief verwijderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete Student for Good</source>
        <translation>Leerling definitief verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and their %n attempt(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%1 en de %n poging van deze leerling definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%1 en de %n pogingen van deze leerling definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <source>Class Language...</source>
        <translation>Taal van de klas...</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The language the children of the chosen student&apos;s class see and hear</source>
        <translation>De taal die de kinderen in de klas van de gekozen leerling zien en horen</translation>
    </message>
    <message>
        <source>%1 (the computer&apos;s)</source>
        <translation>%1 (die van de computer)</translation>
    </message>
</context>
<context>
    <name>TeacherArea</name>
    <message>
        <source>Teacher Area</source>
        <translation>Leerkrachtomgeving</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Saved Attempts...</source>
        <translation>Bewaarde pogingen...</translation>
    </message>
    <message>
        <source>Every attempt, newest first: watch how each was written</source>
        <translation>Alle pogingen, nieuwste eerst: bekijk hoe elke poging werd geschreven</translation>
    </message>
    <message>
        <source>Quit Digit Tutor</source>
        <translation>Digit Tutor afsluiten</translation>
    </message>
    <message>
        <source>The progress database is not available, so students and progress cannot be shown: %1</source>
        <translation>De voortgangsdatabase is niet beschikbaar, dus leerlingen en voortgang kunnen niet worden getoond: %1</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can open this area. Set one under Settings to keep children out.</source>
        <translation>Er is nog geen PIN ingesteld: iedereen kan deze omgeving openen. Stel er een in onder Instellingen om kinderen buiten te houden.</translation>
    </message>
    <message>
        <source>No voice on this computer speaks %1: children who practise in it see the words but hear nothing. A system administrator can add voices (on Debian, the package speech-dispatcher-espeak-ng).</source>
        <translation>Geen stem op deze computer spreekt %1: kinderen die in die taal oefenen, zien de woorden maar horen niets. Een systeembeheerder kan stemmen toevoegen (op Debian het pakket speech-dispatcher-espeak-ng).</translation>
    </message>
</context>
<context>
    <name>TeacherLock</name>
    <message>
        <source>The PIN or password needs at least %1 characters.</source>
        <translation>De PIN of het wachtwoord moet minstens %1 tekens hebben.</translation>
    </message>
</context>
<context>
    <name>TeacherSettingsPage</name>
    <message>
        <source>Set PIN</source>
        <translation>PIN instellen</translation>
    </message>
    <message>
        <source>After a digit, show where to start when it was written an unusual way</source>
        <translation>Na een cijfer laten zien waar je begint, als het op een ongebruikelijke manier is geschreven</translation>
    </message>
    <message>
        <source>Speak to the children</source>
        <translation>Tegen de kinderen spreken</translation>
    </message>
    <message>
        <source>Sound effects</source>
        <translation>Geluidseffecten</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>Starten in volledig scherm</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>Deze database gebruiken</translation>
    </message>
    <message>
        <source>Teacher area PIN or password</source>
        <translation>PIN of wachtwoord van de leerkrachtomgeving</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>Nieuwe PIN of nieuw wachtwoord</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Nog een keer hetzelfde</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>Nieuwe PIN of nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Nog een keer hetzelfde:</translation>
    </message>
    <message>
        <source>The children&apos;s screen</source>
        <translation>Het scherm van de kinderen</translation>
    </message>
    <message>
        <source>Children who cannot read yet hear every message. Full screen takes effect the next time the app starts.</source>
        <translation>Kinderen die nog niet kunnen lezen, horen elk bericht. Volledig scherm werkt vanaf de volgende keer dat de app start.</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Schrijftips</translation>
    </message>
    <message>
        <source>Switch them off where your school teaches other ways of forming the digits. What the check finds is kept for the progress view either way.</source>
        <translation>Zet ze uit als je school de cijfers op een andere manier leert schrijven. Wat de controle vindt, wordt hoe dan ook bewaard voor het voortgangsoverzicht.</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Voortgangsdatabase</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own file. A school can keep one PostgreSQL server for all its classroom computers: postgresql://user@server/digit_tutor. Its password is not saved: give it once each time the app starts.</source>
        <translation>Leeg: het eigen bestand van deze computer. Een school kan één PostgreSQL-server gebruiken voor al haar klascomputers: postgresql://gebruiker@server/digit_tutor. Het wachtwoord daarvan wordt niet opgeslagen: geef het op elke keer dat de app start.</translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>het eigen bestand van deze computer</translation>
    </message>
    <message>
        <source>The server&apos;s password</source>
        <translation>Het wachtwoord van de server</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>alleen als de server erom vraagt</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same one twice.</source>
        <translation>De twee PIN&apos;s komen niet overeen; typ twee keer dezelfde.</translation>
    </message>
    <message>
        <source>The PIN is set: the teacher area now asks for it.</source>
        <translation>De PIN is ingesteld: de leerkrachtomgeving vraagt er nu om.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Teacher Area</source>
        <translation>Leerkrachtomgeving</translation>
    </message>
    <message>
        <source>The teacher&apos;s PIN or password:</source>
        <translation>De PIN of het wachtwoord van de leerkracht:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN of wachtwoord</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>Te vaak een verkeerde PIN.</translation>
    </message>
    <message>
        <source>That is not the teacher&apos;s PIN.</source>
        <translation>Dat is niet de PIN van de leerkracht.</translation>
    </message>
    <message>
        <source>%1 Try again in %2 s.</source>
        <translation>%1 Probeer het over %2 s opnieuw.</translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Probeer het opnieuw.</translation>
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
        <translation>Model kan niet worden geladen</translation>
    </message>
    <message>
        <source>The bundled model is used instead.</source>
        <translation>In plaats daarvan wordt het meegeleverde model gebruikt.</translation>
    </message>
    <message>
        <source>Progress is kept as files, not in the database: %1</source>
        <translation>De voortgang wordt als bestanden bewaard, niet in de database: %1</translation>
    </message>
    <message>
        <source>Practise writing the digits 0-9.</source>
        <translation>Oefen het schrijven van de cijfers 0-9.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Toont hulp bij de opdrachtregelopties.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Toont versie-informatie.</translation>
    </message>
    <message>
        <source>Digit model file (.dtm) to use; without it the bundled default model.</source>
        <translation>Cijfermodelbestand (.dtm) dat gebruikt wordt; zonder deze optie het meegeleverde standaardmodel.</translation>
    </message>
    <message>
        <source>Ways-of-writing file (.ways) for &quot;Show me&quot; and the formation hints; without it the bundled one.</source>
        <translation>Schrijfwijzenbestand (.ways) voor &quot;Laat zien&quot; en de schrijftips; zonder deze optie het meegeleverde bestand.</translation>
    </message>
    <message>
        <source>Progress database: an SQLite file or postgresql://user@host/dbname; without it the teacher&apos;s setting, else the user&apos;s own file.</source>
        <translation>Voortgangsdatabase: een SQLite-bestand of postgresql://gebruiker@host/dbnaam; zonder deze optie de instelling van de leerkracht, anders het eigen bestand van de gebruiker.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are passed on to Qt.
</source>
        <translation>De eigen opties van Qt, zoals -platform NAAM en -style NAAM, worden aan Qt doorgegeven.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>onbekende optie &apos;%1&apos;; zie &apos;digit-tutor --help&apos;.</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value.</source>
        <translation>de optie &apos;%1&apos; heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>een modelbestand</translation>
    </message>
    <message>
        <source>a ways-of-writing file</source>
        <translation>een schrijfwijzenbestand</translation>
    </message>
    <message>
        <source>a file or a postgresql:// URL</source>
        <translation>een bestand of een postgresql://-URL</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value (%2).</source>
        <translation>de optie &apos;%1&apos; heeft een waarde nodig (%2).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>onverwacht argument &apos;%1&apos;; zie &apos;digit-tutor --help&apos;.</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.

%2</source>
        <translation>Het model %1 kon niet worden geladen.

%2</translation>
    </message>
</context>
</TS>
