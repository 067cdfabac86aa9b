<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttemptArchive</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text of at most %2 characters</source>
        <translation>„%1“ ist kein Text mit höchstens %2 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>„%1“ ist weder wahr noch falsch</translation>
    </message>
    <message>
        <source>&quot;key&quot; is empty</source>
        <translation>„key“ ist leer</translation>
    </message>
    <message>
        <source>&quot;when&quot; is not a time</source>
        <translation>„when“ ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the asked digit %1 is not 0-9 (or -1 for free drawing).</source>
        <translation>Der Versuch kann nicht gespeichert werden: Die vorgegebene Ziffer %1 liegt nicht zwischen 0 und 9 (oder -1 für freies Zeichnen).</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the folder %1 cannot be created; check that it is writable.</source>
        <translation>Der Versuch kann nicht gespeichert werden: Der Ordner %1 kann nicht angelegt werden; prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: %2.</source>
        <translation>Der Versuch kann nicht im Ordner %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: every name for %2 is taken.</source>
        <translation>Der Versuch kann nicht im Ordner %1 gespeichert werden: Jeder Name für %2 ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Cannot save the attempt %1: %2.</source>
        <translation>Der Versuch %1 kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 does not exist.</source>
        <translation>Der Versuch %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The attempt cannot be read: %1</source>
        <translation>Der Versuch kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be read: %2.</source>
        <translation>Der Versuch %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 is not a stroke file: it has %2 bytes, more than any attempt (%3).</source>
        <translation>Der Versuch %1 ist keine Strichdatei: Er hat %2 Bytes, mehr als jeder Versuch (%3).</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has no format</source>
        <translation>sein Eintrag „attempt“ hat kein Format</translation>
    </message>
    <message>
        <source>it was kept by a newer Digit Tutor (format %1; this one reads up to %2)</source>
        <translation>er wurde von einer neueren Version von Digit Tutor gespeichert (Format %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has the unknown format %1</source>
        <translation>sein Eintrag „attempt“ hat das unbekannte Format %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be removed: %2.</source>
        <translation>Der Versuch %1 kann nicht entfernt werden: %2.</translation>
    </message>
</context>
<context>
    <name>AttemptHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Erkannt als</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 von %2 Sternen</translation>
    </message>
    <message>
        <source>facing the other way</source>
        <translation>spiegelverkehrt</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>keine Ziffer</translation>
    </message>
    <message>
        <source>nothing drawn</source>
        <translation>nichts gezeichnet</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>another digit</source>
        <translation>andere Ziffer</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>freies Zeichnen</translation>
    </message>
</context>
<context>
    <name>AttemptsDialog</name>
    <message>
        <source>%1 asked, read as %2: %3</source>
        <translation>%1 vorgegeben, erkannt als %2: %3</translation>
    </message>
    <message>
        <source>free drawing, read as %1</source>
        <translation>freies Zeichnen, erkannt als %1</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(keine Striche gespeichert)</translation>
    </message>
    <message>
        <source>Saved Attempts</source>
        <translation>Gespeicherte Versuche</translation>
    </message>
    <message>
        <source>Whose attempts</source>
        <translation>Wessen Versuche</translation>
    </message>
    <message>
        <source>Attempts in the progress database, newest first</source>
        <translation>Versuche in der Fortschrittsdatenbank, neueste zuerst</translation>
    </message>
    <message>
        <source>In the Progress Database</source>
        <translation>In der Fortschrittsdatenbank</translation>
    </message>
    <message>
        <source>Replay of the chosen attempt</source>
        <translation>Wiedergabe des gewählten Versuchs</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Zum angezeigten Versuch</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>Erneut &amp;abspielen</translation>
    </message>
    <message>
        <source>Play the attempt again</source>
        <translation>Den Versuch erneut abspielen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Die Wiedergabe anhalten</translation>
    </message>
    <message>
        <source>&amp;Twice as fast</source>
        <translation>&amp;Doppelt so schnell</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Doppelt so schnell abspielen</translation>
    </message>
    <message>
        <source>Attempts of %1</source>
        <translation>Versuche von %1</translation>
    </message>
    <message>
        <source>&amp;Whose attempts:</source>
        <translation>&amp;Wessen Versuche:</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Alle Kinder</translation>
    </message>
    <message>
        <source>The progress database is not available, so its attempts cannot be shown: %1</source>
        <translation>Die Fortschrittsdatenbank ist nicht verfügbar, daher können ihre Versuche nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>Es ist keine Datenbank verbunden.</translation>
    </message>
    <message>
        <source>No attempts yet. Each drawing a child finishes with Done is kept here.</source>
        <translation>Noch keine Versuche. Jede Zeichnung, die ein Kind mit „Fertig“ abschließt, wird hier aufbewahrt.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first; older ones come as you scroll down.</source>
        <translation>Versuche: %1, neueste zuerst; ältere erscheinen beim Herunterscrollen.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first.</source>
        <translation>Versuche: %1, neueste zuerst.</translation>
    </message>
    <message>
        <source>Choose an attempt to watch it being written.</source>
        <translation>Wählen Sie einen Versuch, um zuzusehen, wie er geschrieben wird.</translation>
    </message>
    <message>
        <source>Waiting for the Database (%1)</source>
        <translation>Warten auf die Datenbank (%1)</translation>
    </message>
    <message>
        <source>Waiting for the Database</source>
        <translation>Warten auf die Datenbank</translation>
    </message>
    <message>
        <source>%1, %2: %3; kept as the file %4</source>
        <translation>%1, %2: %3; als Datei %4 gespeichert</translation>
    </message>
    <message>
        <source>%1 asked</source>
        <translation>%1 vorgegeben</translation>
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
        <translation>Mal irgendeine Ziffer</translation>
    </message>
    <message>
        <source>Write an %1</source>
        <translation>Schreib eine %1</translation>
    </message>
    <message>
        <source>Write a %1</source>
        <translation>Schreib eine %1</translation>
    </message>
    <message>
        <source>Draw a digit first!</source>
        <translation>Mal zuerst eine Ziffer!</translation>
    </message>
    <message>
        <source>Draw an %1 first!</source>
        <translation>Mal zuerst eine %1!</translation>
    </message>
    <message>
        <source>Draw a %1 first!</source>
        <translation>Mal zuerst eine %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a digit!</source>
        <translation>Komm, wir schreiben eine Ziffer!</translation>
    </message>
    <message>
        <source>Let&apos;s write an %1!</source>
        <translation>Komm, wir schreiben eine %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a %1!</source>
        <translation>Komm, wir schreiben eine %1!</translation>
    </message>
    <message>
        <source>That looks like an %1</source>
        <translation>Das sieht aus wie eine %1</translation>
    </message>
    <message>
        <source>That looks like a %1</source>
        <translation>Das sieht aus wie eine %1</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a digit yet</source>
        <translation>Das sieht noch nicht wie eine Ziffer aus</translation>
    </message>
    <message>
        <source>That looks like an %1.</source>
        <translation>Das sieht aus wie eine %1.</translation>
    </message>
    <message>
        <source>That looks like a %1.</source>
        <translation>Das sieht aus wie eine %1.</translation>
    </message>
    <message>
        <source>Your %1 is facing the other way. Let&apos;s turn it round!</source>
        <translation>Deine %1 schaut in die andere Richtung. Komm, wir drehen sie um!</translation>
    </message>
    <message>
        <source>You can write an %1 all by yourself!</source>
        <translation>Du kannst schon ganz allein eine %1 schreiben!</translation>
    </message>
    <message>
        <source>You can write a %1 all by yourself!</source>
        <translation>Du kannst schon ganz allein eine %1 schreiben!</translation>
    </message>
    <message>
        <source>An %1 written like yours</source>
        <translation>Eine %1, geschrieben wie deine</translation>
    </message>
    <message>
        <source>A %1 written like yours</source>
        <translation>Eine %1, geschrieben wie deine</translation>
    </message>
    <message>
        <source>Wonderful!</source>
        <translation>Wunderbar!</translation>
    </message>
    <message>
        <source>Perfect!</source>
        <translation>Perfekt!</translation>
    </message>
    <message>
        <source>Super writing!</source>
        <translation>Super geschrieben!</translation>
    </message>
    <message>
        <source>Brilliant!</source>
        <translation>Spitze!</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Good job!</source>
        <translation>Prima!</translation>
    </message>
    <message>
        <source>Nice work!</source>
        <translation>Schön gemacht!</translation>
    </message>
    <message>
        <source>Great!</source>
        <translation>Toll!</translation>
    </message>
    <message>
        <source>Good try! Have another go.</source>
        <translation>Guter Versuch! Probier es noch mal.</translation>
    </message>
    <message>
        <source>Nearly! Try once more.</source>
        <translation>Fast! Versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Keep going, you can do it!</source>
        <translation>Weiter so, du schaffst das!</translation>
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
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <source>Language of Class %1</source>
        <translation>Sprache der Klasse %1</translation>
    </message>
    <message>
        <source>The children of this class see and hear the app in this language, unless a student has a language of their own.</source>
        <translation>Die Kinder dieser Klasse sehen und hören die App in dieser Sprache, außer Schüler mit einer eigenen Sprache.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>ConfidenceMeter</name>
    <message>
        <source>How sure</source>
        <translation>Wie sicher</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for.</source>
        <translation>Wie sicher die App ist, dass deine Zeichnung die gewünschte Ziffer ist.</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>noch nicht sicher</translation>
    </message>
    <message>
        <source>a bit sure</source>
        <translation>ein bisschen sicher</translation>
    </message>
    <message>
        <source>quite sure</source>
        <translation>ziemlich sicher</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>sehr sicher</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for: %1.</source>
        <translation>Wie sicher die App ist, dass deine Zeichnung die gewünschte Ziffer ist: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>Es wurde keine Datenbank angegeben.</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid URL.</source>
        <translation>Die Datenbankadresse %1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The database address %1 names no database; add it after the host, as in postgresql://host/digit_tutor.</source>
        <translation>Die Datenbankadresse %1 nennt keine Datenbank; fügen Sie diese nach dem Host an, z. B. postgresql://host/digit_tutor.</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>Der Port in %1 ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The database address %1 is neither a file nor a postgresql:// URL.</source>
        <translation>Die Datenbankadresse %1 ist weder eine Datei noch eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>The database address %1 names no file.</source>
        <translation>Die Datenbankadresse %1 nennt keine Datei.</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <source>Your drawing on the guide</source>
        <translation>Deine Zeichnung auf der Vorlage</translation>
    </message>
    <message>
        <source>still to add</source>
        <translation>fehlt noch</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>zu viel</translation>
    </message>
    <message>
        <source>Blue shows ink still to add: %1% of the guide. Orange shows ink not needed: %2% of the drawing.</source>
        <translation>Blau zeigt, was noch fehlt: %1 % der Vorlage. Orange zeigt, was zu viel ist: %2 % der Zeichnung.</translation>
    </message>
    <message>
        <source>Missing %1% · extra %2%</source>
        <translation>Fehlt %1 % · zu viel %2 %</translation>
    </message>
</context>
<context>
    <name>DigitFiguresTable</name>
    <message>
        <source>Digit</source>
        <translation>Ziffer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Spiegelverkehrt</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Schreibhinweise</translation>
    </message>
    <message>
        <source>How often the digit was read as the one asked for</source>
        <translation>Wie oft die Ziffer als die vorgegebene erkannt wurde</translation>
    </message>
    <message>
        <source>The average stars, of 3</source>
        <translation>Durchschnittliche Sterne, von 3</translation>
    </message>
    <message>
        <source>The success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on.</source>
        <translation>Die Erfolgsquote der späteren Hälfte der Versuche an einer Ziffer minus die der früheren Hälfte, in Prozentpunkten, ab %1 Versuchen.</translation>
    </message>
    <message>
        <source>How often the digit was written facing the other way (mirror writing)</source>
        <translation>Wie oft die Ziffer spiegelverkehrt geschrieben wurde</translation>
    </message>
    <message>
        <source>How often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Wie oft dem Kind ein besserer Startpunkt, eine bessere Richtung oder Strichreihenfolge gezeigt wurde.</translation>
    </message>
    <message>
        <source>Figures for each digit</source>
        <translation>Kennzahlen je Ziffer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>starts elsewhere %1, other way %2, order %3</source>
        <translation>anderer Startpunkt %1, andere Richtung %2, Reihenfolge %3</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, Übungsbedarf</translation>
    </message>
    <message>
        <source>Needs work: practise this digit next.</source>
        <translation>Übungsbedarf: Diese Ziffer als Nächstes üben.</translation>
    </message>
    <message>
        <source>%1 of %2 read as asked</source>
        <translation>%1 von %2 richtig erkannt</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing area</source>
        <translation>Malfläche</translation>
    </message>
    <message>
        <source>Draw the digit here with the mouse, a pen or a finger.</source>
        <translation>Mal die Ziffer hier mit der Maus, einem Stift oder dem Finger.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>A picture of how the digit is usually written.</source>
        <translation>Ein Bild, wie man die Ziffer meistens schreibt.</translation>
    </message>
</context>
<context>
    <name>KeptAttempts</name>
    <message>
        <source>%1; and %2</source>
        <translation>%1; außerdem: %2</translation>
    </message>
</context>
<context>
    <name>KeptFilesPanel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Attempts waiting to go into the progress database, newest first</source>
        <translation>Versuche, die auf die Übernahme in die Fortschrittsdatenbank warten, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Put Them into the Progress Database</source>
        <translation>In die Fortschrittsdatenbank &amp;übernehmen</translation>
    </message>
    <message>
        <source>Store the attempts kept here in the progress database, each once, for its own child</source>
        <translation>Die hier aufbewahrten Versuche in der Fortschrittsdatenbank speichern, jeden einmal, beim jeweiligen Kind</translation>
    </message>
    <message>
        <source>What putting the attempts into the database did</source>
        <translation>Ergebnis der Übernahme in die Datenbank</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>freies Zeichnen</translation>
    </message>
    <message>
        <source>waiting to go into the progress database</source>
        <translation>wartet auf Übernahme in die Fortschrittsdatenbank</translation>
    </message>
    <message>
        <source>strokes only: replayed here, never stored</source>
        <translation>nur Striche: hier abspielbar, wird nie gespeichert</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>These attempts could not go into the progress database when they were made (it was not available), so they were kept whole as files on this computer. They are waiting to go into the progress database: nothing is lost. They go in by themselves once it works again, or now with the button below.</source>
        <translation>Diese Versuche konnten bei ihrer Entstehung nicht in die Fortschrittsdatenbank gelangen (sie war nicht verfügbar), deshalb wurden sie vollständig als Dateien auf diesem Computer aufbewahrt. Sie warten auf die Übernahme in die Fortschrittsdatenbank: Es geht nichts verloren. Sie werden automatisch übernommen, sobald die Datenbank wieder funktioniert, oder sofort mit der Schaltfläche unten.</translation>
    </message>
    <message>
        <source>No attempts are waiting: every attempt is in the progress database.</source>
        <translation>Es warten keine Versuche: Jeder Versuch ist in der Fortschrittsdatenbank.</translation>
    </message>
    <message>
        <source>No attempts are waiting to go into the progress database.</source>
        <translation>Es warten keine Versuche auf die Übernahme in die Fortschrittsdatenbank.</translation>
    </message>
    <message>
        <source>Files of strokes only (kept by an older Digit Tutor, or damaged) can be replayed here; they never go into the database.</source>
        <translation>Dateien, die nur Striche enthalten (von einer älteren Version von Digit Tutor gespeichert oder beschädigt), können hier abgespielt werden; sie gelangen nie in die Datenbank.</translation>
    </message>
    <message>
        <source>The progress database is still not available, so the attempts stay here, safe: %1</source>
        <translation>Die Fortschrittsdatenbank ist weiterhin nicht verfügbar, daher bleiben die Versuche sicher hier: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>Es ist keine Datenbank verbunden.</translation>
    </message>
    <message>
        <source>Attempts that went into the progress database: %1.</source>
        <translation>In die Fortschrittsdatenbank übernommene Versuche: %1.</translation>
    </message>
    <message>
        <source>The others stay here for now: %1</source>
        <translation>Die übrigen bleiben vorerst hier: %1</translation>
    </message>
    <message>
        <source>No attempt was waiting.</source>
        <translation>Es wartete kein Versuch.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Left-handed</source>
        <translation>&amp;Linkshändig</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Teacher &amp;Area...</source>
        <translation>Lehrkräfte&amp;bereich...</translation>
    </message>
    <message>
        <source>Change &amp;Student...</source>
        <translation>&amp;Schüler wechseln...</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Wer schreibt</translation>
    </message>
    <message>
        <source>Choose who is writing</source>
        <translation>Such aus, wer schreibt</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>Teacher area</source>
        <translation>Lehrkräftebereich</translation>
    </message>
    <message>
        <source>Students, progress, reports and settings, for grown-ups</source>
        <translation>Schüler, Fortschritt, Berichte und Einstellungen, für Erwachsene</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Hold for two seconds to leave Digit Tutor</source>
        <translation>Zwei Sekunden gedrückt halten, um Digit Tutor zu beenden</translation>
    </message>
    <message>
        <source>The database was not changed. %1</source>
        <translation>Die Datenbank wurde nicht geändert. %1</translation>
    </message>
    <message>
        <source>Progress is now kept in %1.</source>
        <translation>Der Fortschritt wird jetzt in %1 gespeichert.</translation>
    </message>
    <message>
        <source>&quot;Show me&quot; is not available: %1</source>
        <translation>„Zeig mal“ ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>Modell kann nicht geladen werden</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; the current model is kept.

%2</source>
        <translation>Das Modell %1 konnte nicht geladen werden; das aktuelle Modell wird beibehalten.

%2</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Fortschrittsdatenbank</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, erstellt %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan could not be read; they start afresh: %2</source>
        <translation>Der Übungsplan von %1 konnte nicht gelesen werden und beginnt von vorn: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan is damaged; they start afresh: %2</source>
        <translation>Der Übungsplan von %1 ist beschädigt und beginnt von vorn: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan was not saved: %2</source>
        <translation>Der Übungsplan von %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>This attempt was not saved: %1</source>
        <translation>Dieser Versuch wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>This attempt was kept as a file, not in the progress database: %1</source>
        <translation>Dieser Versuch wurde als Datei aufbewahrt, nicht in der Fortschrittsdatenbank: %1</translation>
    </message>
    <message>
        <source>Attempts kept as files stay there for now: %1</source>
        <translation>Als Dateien aufbewahrte Versuche bleiben vorerst dort: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) kept as files are of students deleted for good (%1): they stay as files and are not stored. The teacher area&apos;s Saved Attempts shows them.</source>
        <translation>
            <numerusform>%n als Datei aufbewahrter Versuch gehört zu endgültig gelöschten Schülern (%1): Er bleibt als Datei erhalten und wird nicht gespeichert. „Gespeicherte Versuche“ im Lehrkräftebereich zeigt ihn an.</numerusform>
            <numerusform>%n als Dateien aufbewahrte Versuche gehören zu endgültig gelöschten Schülern (%1): Sie bleiben als Dateien erhalten und werden nicht gespeichert. „Gespeicherte Versuche“ im Lehrkräftebereich zeigt sie an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1, of which %2 of archived students, who stay archived.</source>
        <translation>Als Dateien aufbewahrte Versuche wurden in die Fortschrittsdatenbank übernommen: %1, davon %2 von archivierten Schülern, die archiviert bleiben.</translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1.</source>
        <translation>Als Dateien aufbewahrte Versuche wurden in die Fortschrittsdatenbank übernommen: %1.</translation>
    </message>
</context>
<context>
    <name>ModelDescription</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>What it learnt from is not recorded in the file.</source>
        <translation>Woraus es gelernt hat, ist in der Datei nicht vermerkt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handwritten digit(s) of MNIST</source>
        <translation>
            <numerusform>%Ln handgeschriebenen Ziffer aus MNIST</numerusform>
            <numerusform>%Ln handgeschriebenen Ziffern aus MNIST</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s) of a class&apos;s own digits</source>
        <translation>
            <numerusform>%Ln Bild mit selbst geschriebenen Ziffern einer Klasse</numerusform>
            <numerusform>%Ln Bildern mit selbst geschriebenen Ziffern einer Klasse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s) drawn with a pen</source>
        <translation>
            <numerusform>%Ln mit einem Stift gezeichneten Ziffer</numerusform>
            <numerusform>%Ln mit einem Stift gezeichneten Ziffern</numerusform>
        </translation>
    </message>
    <message>
        <source>Learnt from: %1.</source>
        <translation>Gelernt aus: %1.</translation>
    </message>
    <message>
        <source>Learnt from %1.</source>
        <translation>Gelernt aus %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each drawn digit was also learnt in %n distorted version(s), as a child&apos;s hand might have drawn it.</source>
        <translation>
            <numerusform>Jede gezeichnete Ziffer wurde außerdem in %n verzerrten Version gelernt, wie eine Kinderhand sie gezeichnet haben könnte.</numerusform>
            <numerusform>Jede gezeichnete Ziffer wurde außerdem in %n verzerrten Versionen gelernt, wie eine Kinderhand sie gezeichnet haben könnte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learnt what is not a digit from %Ln doodle(s).</source>
        <translation>
            <numerusform>Was keine Ziffer ist, hat es aus %Ln Kritzelei gelernt.</numerusform>
            <numerusform>Was keine Ziffer ist, hat es aus %Ln Kritzeleien gelernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>How well it reads digits drawn on the screen is measured apart: the bundled model&apos;s figures are in models/README.md, and digit-tutor-cli evaluate measures any model.</source>
        <translation>Wie gut es auf dem Bildschirm gezeichnete Ziffern erkennt, wird gesondert gemessen: Die Werte des mitgelieferten Modells stehen in models/README.md, und digit-tutor-cli evaluate misst jedes Modell.</translation>
    </message>
    <message>
        <source>How well it reads is not recorded in the file.</source>
        <translation>Wie gut es erkennt, ist in der Datei nicht vermerkt.</translation>
    </message>
    <message numerus="yes">
        <source>It reads %1 of the MNIST test set right: %Ln handwritten digit(s) it never saw while learning.</source>
        <translation>
            <numerusform>Es erkennt %1 des MNIST-Testdatensatzes richtig: %Ln handgeschriebene Ziffer, die es beim Lernen nie gesehen hat.</numerusform>
            <numerusform>Es erkennt %1 des MNIST-Testdatensatzes richtig: %Ln handgeschriebene Ziffern, die es beim Lernen nie gesehen hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reads %1 of the MNIST test set right.</source>
        <translation>Es erkennt %1 des MNIST-Testdatensatzes richtig.</translation>
    </message>
    <message>
        <source>When it was made is not recorded in the file.</source>
        <translation>Wann es erstellt wurde, ist in der Datei nicht vermerkt.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Erstellt %1.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Erstellt am %1.</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from images</source>
        <translation>Schreibweisen je Ziffer, aus Bildern gelernt</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from drawings</source>
        <translation>Schreibweisen je Ziffer, aus Zeichnungen gelernt</translation>
    </message>
    <message>
        <source>Weight of the ways learnt from drawings</source>
        <translation>Gewicht der aus Zeichnungen gelernten Schreibweisen</translation>
    </message>
    <message>
        <source>Covariance regularisation</source>
        <translation>Regularisierung der Kovarianz</translation>
    </message>
    <message>
        <source>Slanted digits straightened</source>
        <translation>Schräge Ziffern begradigt</translation>
    </message>
    <message>
        <source>HOG: orientations / cell pixels / block cells</source>
        <translation>HOG: Orientierungen / Pixel je Zelle / Zellen je Block</translation>
    </message>
    <message>
        <source>Fitting tolerance</source>
        <translation>Toleranz der Anpassung</translation>
    </message>
    <message>
        <source>Fitting rounds at most</source>
        <translation>Höchstzahl der Anpassungsrunden</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <source>Not a digit below this percentile of the training scores</source>
        <translation>Keine Ziffer unterhalb dieses Perzentils der Trainingswerte</translation>
    </message>
    <message>
        <source>Distorted copies of each MNIST digit</source>
        <translation>Verzerrte Kopien jeder MNIST-Ziffer</translation>
    </message>
    <message>
        <source>Arithmetic while fitting</source>
        <translation>Rechengenauigkeit bei der Anpassung</translation>
    </message>
    <message>
        <source>Order the features are scored in</source>
        <translation>Reihenfolge, in der die Merkmale bewertet werden</translation>
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
        <translation>%1 (insgesamt %2)</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>Das mitgelieferte Standardmodell</translation>
    </message>
    <message>
        <source>The model file %1</source>
        <translation>Die Modelldatei %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>models/default.dtm, built into the app</source>
        <translation>models/default.dtm, in die App eingebaut</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Ways of writing each digit (components)</source>
        <translation>Schreibweisen je Ziffer (Komponenten)</translation>
    </message>
    <message>
        <source>Times each drawn digit counts</source>
        <translation>Wie oft jede gezeichnete Ziffer zählt</translation>
    </message>
    <message>
        <source>Distorted versions of each drawn digit</source>
        <translation>Verzerrte Versionen jeder gezeichneten Ziffer</translation>
    </message>
    <message>
        <source>Drawings, %1</source>
        <translation>Zeichnungen, %1</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Zeichnungen</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Getestet mit</translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation>Lerndauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Erstellt von</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Which model is in use</source>
        <translation>Welches Modell verwendet wird</translation>
    </message>
    <message>
        <source>What the model learnt from</source>
        <translation>Woraus das Modell gelernt hat</translation>
    </message>
    <message>
        <source>How well the model reads</source>
        <translation>Wie gut das Modell erkennt</translation>
    </message>
    <message>
        <source>When the model was made</source>
        <translation>Wann das Modell erstellt wurde</translation>
    </message>
    <message>
        <source>Load Model File...</source>
        <translation>Modelldatei laden...</translation>
    </message>
    <message>
        <source>Use the Bundled Default</source>
        <translation>Mitgeliefertes Standardmodell verwenden</translation>
    </message>
    <message>
        <source>What it learnt from</source>
        <translation>Woraus es gelernt hat</translation>
    </message>
    <message>
        <source>How well it reads</source>
        <translation>Wie gut es erkennt</translation>
    </message>
    <message>
        <source>When it was made</source>
        <translation>Wann es erstellt wurde</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the model&apos;s technical settings</source>
        <translation>Die technischen Einstellungen des Modells anzeigen</translation>
    </message>
    <message>
        <source>The model&apos;s technical settings</source>
        <translation>Die technischen Einstellungen des Modells</translation>
    </message>
    <message>
        <source>A model file (.dtm) is made by digit-tutor-cli train, for example on MNIST with your own class&apos;s digits added. A file that is not a valid model is refused and the current model stays.</source>
        <translation>Eine Modelldatei (.dtm) wird mit digit-tutor-cli train erstellt, zum Beispiel aus MNIST, ergänzt um die Ziffern Ihrer eigenen Klasse. Eine Datei, die kein gültiges Modell ist, wird abgelehnt, und das aktuelle Modell bleibt erhalten.</translation>
    </message>
    <message>
        <source>Load Model</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <source>Digit models (*.dtm);;All files (*)</source>
        <translation>Ziffernmodelle (*.dtm);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Practice mode: write the asked digit</source>
        <translation>Üben: Schreib die Ziffer, die ich sage</translation>
    </message>
    <message>
        <source>Write the digit I ask for</source>
        <translation>Schreib die Ziffer, die ich dir sage</translation>
    </message>
    <message>
        <source>Free drawing</source>
        <translation>Freies Malen</translation>
    </message>
    <message>
        <source>Free drawing mode: draw any digit</source>
        <translation>Freies Malen: Mal irgendeine Ziffer</translation>
    </message>
    <message>
        <source>Draw any digit and I will say which</source>
        <translation>Mal irgendeine Ziffer, und ich sage dir, welche es ist</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Nachspuren</translation>
    </message>
    <message>
        <source>Trace over the guide</source>
        <translation>Spur die Vorlage nach</translation>
    </message>
    <message>
        <source>Show the guide under your drawing to trace over</source>
        <translation>Zeig die Vorlage unter deiner Zeichnung, zum Nachspuren</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>Nochmal sagen</translation>
    </message>
    <message>
        <source>Say the digit to write again</source>
        <translation>Sag die Ziffer noch einmal</translation>
    </message>
    <message>
        <source>Hear the question again</source>
        <translation>Hör dir die Frage noch einmal an</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Zeig mal</translation>
    </message>
    <message>
        <source>Show me how to write it</source>
        <translation>Zeig mir, wie man sie schreibt</translation>
    </message>
    <message>
        <source>Watch the digit being written, stroke by stroke</source>
        <translation>Schau zu, wie die Ziffer Strich für Strich geschrieben wird</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Den letzten Strich zurücknehmen</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>Nimm den letzten Strich zurück</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Die Zeichnung löschen</translation>
    </message>
    <message>
        <source>Start the drawing again</source>
        <translation>Fang die Zeichnung neu an</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>I am done</source>
        <translation>Ich bin fertig</translation>
    </message>
    <message>
        <source>See how well it went</source>
        <translation>Schau, wie gut es geklappt hat</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next digit</source>
        <translation>Nächste Ziffer</translation>
    </message>
    <message>
        <source>Write another digit</source>
        <translation>Schreib eine andere Ziffer</translation>
    </message>
    <message>
        <source>Which digit to write</source>
        <translation>Welche Ziffer du schreiben sollst</translation>
    </message>
    <message>
        <source>What the drawing looks like</source>
        <translation>Wie die Zeichnung aussieht</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
</context>
<context>
    <name>ProgressAttemptsPanel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Erkannt als</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation>Versuche, neueste zuerst</translation>
    </message>
    <message>
        <source>The chosen attempt, as the child drew it</source>
        <translation>Der gewählte Versuch, so wie das Kind ihn gezeichnet hat</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Zum angezeigten Versuch</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>Replay the attempt in the timing it was drawn</source>
        <translation>Den Versuch im Tempo abspielen, in dem er gezeichnet wurde</translation>
    </message>
    <message>
        <source>Watch the attempt being drawn again, stroke by stroke</source>
        <translation>Zusehen, wie der Versuch Strich für Strich noch einmal gezeichnet wird</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Die Wiedergabe anhalten</translation>
    </message>
    <message>
        <source>T&amp;wice as fast</source>
        <translation>Doppelt so &amp;schnell</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Doppelt so schnell abspielen</translation>
    </message>
    <message>
        <source>starts elsewhere</source>
        <translation>anderer Startpunkt</translation>
    </message>
    <message>
        <source>other way round</source>
        <translation>andere Richtung</translation>
    </message>
    <message>
        <source>stroke order</source>
        <translation>Strichreihenfolge</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>freies Zeichnen</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>spiegelverkehrt</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>keine Ziffer</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 von %2 Sternen</translation>
    </message>
    <message>
        <source>free drawing, written facing the other way</source>
        <translation>freies Zeichnen, spiegelverkehrt geschrieben</translation>
    </message>
    <message>
        <source>%1 asked, written facing the other way</source>
        <translation>%1 vorgegeben, spiegelverkehrt geschrieben</translation>
    </message>
    <message>
        <source>%1 asked, not read as a digit</source>
        <translation>%1 vorgegeben, nicht als Ziffer erkannt</translation>
    </message>
    <message>
        <source>%1 asked, nothing drawn</source>
        <translation>%1 vorgegeben, nichts gezeichnet</translation>
    </message>
    <message>
        <source>%1 asked, read as %2</source>
        <translation>%1 vorgegeben, erkannt als %2</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>; hint: %1</source>
        <translation>; Hinweis: %1</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Keine Versuche in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Choose an attempt to see how it was drawn.</source>
        <translation>Wählen Sie einen Versuch, um zu sehen, wie er gezeichnet wurde.</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(keine Striche gespeichert)</translation>
    </message>
</context>
<context>
    <name>ProgressChartView</name>
    <message>
        <source>All digits</source>
        <translation>Alle Ziffern</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Ziffer %1</translation>
    </message>
    <message>
        <source>Which digit&apos;s progress the chart shows</source>
        <translation>Für welche Ziffer das Diagramm den Fortschritt zeigt</translation>
    </message>
    <message>
        <source>Chart &amp;for:</source>
        <translation>Diagramm &amp;für:</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Fortschritt im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>ProgressOverview</name>
    <message>
        <source>Whose progress is shown</source>
        <translation>Wessen Fortschritt angezeigt wird</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Digits that need work</source>
        <translation>Ziffern mit Übungsbedarf</translation>
    </message>
    <message>
        <source>Formation hints to practise</source>
        <translation>Schreibhinweise zum Üben</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Keine Versuche in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation>Schüler: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 (free drawing: %2)</source>
        <translation>Versuche: %1 (freies Zeichnen: %2)</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>read as asked: %1 of %2 (%3)</source>
        <translation>richtig erkannt: %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Needs work: %1.</source>
        <translation>Übungsbedarf: %1.</translation>
    </message>
    <message>
        <source>Not tried yet: %1.</source>
        <translation>Noch nicht versucht: %1.</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Jede Ziffer wird in mindestens %1 der Fälle richtig erkannt: gut gemacht.</translation>
    </message>
    <message>
        <source>starts elsewhere %1</source>
        <translation>anderer Startpunkt %1</translation>
    </message>
    <message>
        <source>other way round %1</source>
        <translation>andere Richtung %1</translation>
    </message>
    <message>
        <source>stroke order %1</source>
        <translation>Strichreihenfolge %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formation to practise: %1</source>
        <translation>Schreibweise zum Üben: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file is not an SQLite database (its %1 bytes do not start as one)</source>
        <translation>die Datei ist keine SQLite-Datenbank (ihre %1 Bytes beginnen nicht wie eine solche)</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>die Datei kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal there (%1)</source>
        <translation>ihr Ordner ist nicht beschreibbar, und SQLite legt dort sein Journal ab (%1)</translation>
    </message>
    <message>
        <source>There is already a student named %1, archived: restore them under Students, or choose another name.</source>
        <translation>Es gibt bereits einen archivierten Schüler namens %1: Stellen Sie ihn unter „Schüler“ wieder her, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is already a student named %1.</source>
        <translation>Es gibt bereits einen Schüler namens %1.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: Qt&apos;s %2 driver is not installed (Debian package %3).</source>
        <translation>Die Fortschrittsdatenbank %1 kann nicht geöffnet werden: Der %2-Treiber von Qt ist nicht installiert (Debian-Paket %3).</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: its folder cannot be created.</source>
        <translation>Die Fortschrittsdatenbank %1 kann nicht geöffnet werden: Ihr Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be used: %2. It was left as it is; choose another file, or move this one away to start a new database.</source>
        <translation>Die Fortschrittsdatenbank %1 kann nicht verwendet werden: %2. Sie wurde unverändert gelassen; wählen Sie eine andere Datei, oder verschieben Sie diese, um eine neue Datenbank zu beginnen.</translation>
    </message>
    <message>
        <source>The progress database %1 is read-only: %2. It was left as it is; attempts are kept as files until it can be written.</source>
        <translation>Die Fortschrittsdatenbank %1 ist schreibgeschützt: %2. Sie wurde unverändert gelassen; Versuche werden als Dateien aufbewahrt, bis sie wieder beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2</source>
        <translation>Die Fortschrittsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2</source>
        <translation>Die Fortschrittsdatenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged or is not a database (%2); it was left as it is.</source>
        <translation>Die Fortschrittsdatenbank %1 ist beschädigt oder keine Datenbank (%2); sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2.</source>
        <translation>Die Fortschrittsdatenbank %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2.</source>
        <translation>Die Fortschrittsdatenbank %1 kann nicht vorbereitet werden: %2.</translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation>ihre Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database %1 is not a Digit Tutor progress database (it has other tables); it was left as it is.</source>
        <translation>Die Datenbank %1 ist keine Fortschrittsdatenbank von Digit Tutor (sie enthält andere Tabellen); sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The progress database %1 was made by a newer Digit Tutor (schema %2; this one knows up to %3); it was left as it is.</source>
        <translation>Die Fortschrittsdatenbank %1 wurde von einer neueren Version von Digit Tutor erstellt (Schema %2; diese Version kennt höchstens %3); sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>step %1 of the schema failed: %2</source>
        <translation>Schritt %1 des Schemas ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 (progress database %2): %3</source>
        <translation>%1 (Fortschrittsdatenbank %2): %3</translation>
    </message>
    <message>
        <source>Cannot read the students</source>
        <translation>Die Schüler können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read a student</source>
        <translation>Ein Schüler kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no student number %1.</source>
        <translation>Es gibt keinen Schüler mit der Nummer %1.</translation>
    </message>
    <message>
        <source>There is no student named %1.</source>
        <translation>Es gibt keinen Schüler namens %1.</translation>
    </message>
    <message>
        <source>Cannot add the Guest student</source>
        <translation>Der Schüler „Gast“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>A student&apos;s name must have 1 to %1 characters.</source>
        <translation>Der Name eines Schülers muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Cannot add the student %1</source>
        <translation>Der Schüler %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Guest keeps its name: it is the student of attempts made without choosing one.</source>
        <translation>„Gast“ behält seinen Namen: Ihm werden die Versuche zugeordnet, bei denen niemand ausgewählt wurde.</translation>
    </message>
    <message>
        <source>Cannot change the student %1</source>
        <translation>Der Schüler %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>An attempt with asked digit %1, recognised digit %2 and %3 stars cannot be stored.</source>
        <translation>Ein Versuch mit vorgegebener Ziffer %1, erkannter Ziffer %2 und %3 Sternen kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot store the attempt</source>
        <translation>Der Versuch kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot count the attempts</source>
        <translation>Die Versuche können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot read the classes</source>
        <translation>Die Klassen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read a setting</source>
        <translation>Eine Einstellung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save a setting</source>
        <translation>Eine Einstellung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>A page of %1 attempts cannot be read: a page holds 1 to %2.</source>
        <translation>Eine Seite mit %1 Versuchen kann nicht gelesen werden: Eine Seite umfasst 1 bis %2.</translation>
    </message>
    <message>
        <source>Cannot read the saved attempts</source>
        <translation>Die gespeicherten Versuche können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read an attempt</source>
        <translation>Ein Versuch kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no attempt number %1 in the progress database %2; it may have been removed with its student.</source>
        <translation>In der Fortschrittsdatenbank %2 gibt es keinen Versuch mit der Nummer %1; er wurde möglicherweise zusammen mit seinem Schüler entfernt.</translation>
    </message>
    <message>
        <source>Cannot read a practice plan</source>
        <translation>Ein Übungsplan kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A practice plan of %1 bytes cannot be stored: the most is %2.</source>
        <translation>Ein Übungsplan mit %1 Bytes kann nicht gespeichert werden: Höchstens %2 sind möglich.</translation>
    </message>
    <message>
        <source>Cannot save the practice plan of student number %1</source>
        <translation>Der Übungsplan des Schülers mit der Nummer %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the attempts</source>
        <translation>Die Versuche können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Guest cannot be removed: it is the student of attempts made without choosing one.</source>
        <translation>„Gast“ kann nicht entfernt werden: Ihm werden die Versuche zugeordnet, bei denen niemand ausgewählt wurde.</translation>
    </message>
    <message>
        <source>Cannot archive the student %1</source>
        <translation>Der Schüler %1 kann nicht archiviert werden</translation>
    </message>
    <message>
        <source>Cannot restore the student %1</source>
        <translation>Der Schüler %1 kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1 is in the lists: only an archived student can be deleted for good.</source>
        <translation>%1 steht in den Listen: Nur ein archivierter Schüler kann endgültig gelöscht werden.</translation>
    </message>
    <message>
        <source>Cannot delete the student %1</source>
        <translation>Der Schüler %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the students deleted for good</source>
        <translation>Die endgültig gelöschten Schüler können nicht gelesen werden</translation>
    </message>
    <message>
        <source>it is busy, locked by another program or window writing to it; try again in a moment</source>
        <translation>sie ist belegt, gesperrt von einem anderen Programm oder Fenster, das in sie schreibt; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>it is read-only (check the permissions of the file and its folder)</source>
        <translation>sie ist schreibgeschützt (prüfen Sie die Berechtigungen der Datei und ihres Ordners)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2.</source>
        <translation>Die Fortschrittsdatenbank %1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 could not be checked: %2.</source>
        <translation>Die Fortschrittsdatenbank %1 konnte nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2. Reports may leave attempts out. Keep a copy of the file and have it repaired (the sqlite3 tool&apos;s .recover command rescues what can be read).</source>
        <translation>Die Fortschrittsdatenbank %1 ist beschädigt: %2. In Berichten können Versuche fehlen. Bewahren Sie eine Kopie der Datei auf, und lassen Sie sie reparieren (der Befehl .recover des Werkzeugs sqlite3 rettet, was lesbar ist).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the app knows.</source>
        <translation>„%1“ ist keine Sprache, die die App kennt.</translation>
    </message>
    <message>
        <source>Cannot read the language of the class %1</source>
        <translation>Die Sprache der Klasse %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Only a class or group has a language of its own; this student has none.</source>
        <translation>Nur eine Klasse oder Gruppe hat eine eigene Sprache; dieser Schüler gehört zu keiner.</translation>
    </message>
    <message>
        <source>Cannot set the language of the class %1</source>
        <translation>Die Sprache der Klasse %1 kann nicht festgelegt werden</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Cannot read the languages of the students</source>
        <translation>Die Sprachen der Schüler können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ProgressSubjectChooser</name>
    <message>
        <source>Whose progress to show: a student or a class</source>
        <translation>Wessen Fortschritt angezeigt wird: ein Schüler oder eine Klasse</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <translation>%1, Klasse %2</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Why there is no progress to show</source>
        <translation>Warum kein Fortschritt angezeigt wird</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>&amp;Neu einlesen</translation>
    </message>
    <message>
        <source>Read the progress store again</source>
        <translation>Den Fortschrittsspeicher neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Progress of:</source>
        <translation>Fortschritt &amp;von:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Which period to show</source>
        <translation>Welcher Zeitraum angezeigt wird</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>E&amp;xport report...</source>
        <translation>Bericht e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Export a progress report of what is shown</source>
        <translation>Einen Fortschrittsbericht über das Angezeigte exportieren</translation>
    </message>
    <message>
        <source>Save the figures shown as a PDF to print, a CSV for a spreadsheet or an HTML page</source>
        <translation>Die angezeigten Zahlen als PDF zum Drucken, als CSV für eine Tabellenkalkulation oder als HTML-Seite speichern</translation>
    </message>
    <message>
        <source>The report last saved</source>
        <translation>Der zuletzt gespeicherte Bericht</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>Ziff&amp;ern</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>S&amp;chüler</translation>
    </message>
    <message>
        <source>The progress cannot be read. %1</source>
        <translation>Der Fortschritt kann nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>There is no progress to show: no progress store is open. Once the app has a place to keep the children&apos;s attempts, each student&apos;s progress appears here.</source>
        <translation>Es gibt keinen Fortschritt anzuzeigen: Es ist kein Fortschrittsspeicher geöffnet. Sobald die App einen Ort hat, an dem sie die Versuche der Kinder aufbewahren kann, erscheint hier der Fortschritt jedes Schülers.</translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation>Noch keine Schüler</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (Klasse %2)</translation>
    </message>
    <message>
        <source>There is no progress store to make a report from.</source>
        <translation>Es gibt keinen Fortschrittsspeicher, aus dem ein Bericht erstellt werden kann.</translation>
    </message>
    <message>
        <source>Choose a student or a class to report on.</source>
        <translation>Wählen Sie einen Schüler oder eine Klasse für den Bericht.</translation>
    </message>
    <message>
        <source>The report&apos;s file name must end in .pdf, .csv or .html; &quot;%1&quot; does not.</source>
        <translation>Der Dateiname des Berichts muss auf .pdf, .csv oder .html enden; „%1“ tut das nicht.</translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation>Fortschritt %1 %2</translation>
    </message>
    <message>
        <source>Writing the report %1...</source>
        <translation>Bericht %1 wird geschrieben...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Fortschrittsbericht exportieren</translation>
    </message>
    <message>
        <source>How far the report is</source>
        <translation>Wie weit der Bericht ist</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ReportFileChooser</name>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF, zum Drucken (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (*.csv)</source>
        <translation>CSV, für eine Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <source>HTML, for a browser or an e-mail (*.html *.htm)</source>
        <translation>HTML, für einen Browser oder eine E-Mail (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Fortschrittsbericht exportieren</translation>
    </message>
    <message>
        <source>There is already a file named %1 in %2. Replace it with the new report?</source>
        <translation>In %2 gibt es bereits eine Datei namens %1. Soll sie durch den neuen Bericht ersetzt werden?</translation>
    </message>
    <message>
        <source>The file there now would be lost.</source>
        <translation>Die vorhandene Datei ginge dabei verloren.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Behalten</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot draw the report&apos;s PDF pages.</source>
        <translation>Die PDF-Seiten des Berichts können nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report&apos;s PDF.</source>
        <translation>Seite %1 des Berichts-PDFs kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot finish the report&apos;s PDF.</source>
        <translation>Das PDF des Berichts kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>read as asked</source>
        <translation>richtig erkannt</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>average stars</source>
        <translation>durchschnittliche Sterne</translation>
    </message>
    <message>
        <source>learnt (%1%)</source>
        <translation>gelernt (%1 %)</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per week</source>
        <translation>Richtig erkannt, Sterne und Versuche, pro Woche</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per day</source>
        <translation>Richtig erkannt, Sterne und Versuche, pro Tag</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per week</source>
        <translation>Ziffer %1: richtig erkannt, Sterne und Versuche, pro Woche</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per day</source>
        <translation>Ziffer %1: richtig erkannt, Sterne und Versuche, pro Tag</translation>
    </message>
    <message>
        <source>Digit %1: no attempts in this period</source>
        <translation>Ziffer %1: keine Versuche in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>Keine Versuche in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read as asked</source>
        <translation>%1: %2 von %3 richtig erkannt</translation>
    </message>
    <message>
        <source>started in an unusual place</source>
        <translation>an ungewöhnlicher Stelle begonnen</translation>
    </message>
    <message>
        <source>drawn the other way round</source>
        <translation>andersherum gezeichnet</translation>
    </message>
    <message>
        <source>strokes in an unusual order</source>
        <translation>Striche in ungewöhnlicher Reihenfolge</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>Richtung %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Reihenfolge %1</translation>
    </message>
    <message>
        <source>most often %1 (in %2 of %3 attempts)</source>
        <translation>am häufigsten %1 (in %2 von %3 Versuchen)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>alle Versuche</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Attempts made</source>
        <translation>Zeitraum der Versuche</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Keine Versuche in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>%1 (of which free drawing: %2)</source>
        <translation>%1 (davon freies Zeichnen: %2)</translation>
    </message>
    <message>
        <source>Read as the asked digit</source>
        <translation>Als vorgegebene Ziffer erkannt</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Digits to practise next</source>
        <translation>Als Nächstes zu übende Ziffern</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Jede Ziffer wird in mindestens %1 der Fälle richtig erkannt: gut gemacht.</translation>
    </message>
    <message>
        <source>read as asked in %1 of %2 attempts (%3)</source>
        <translation>in %1 von %2 Versuchen richtig erkannt (%3)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>noch nicht versucht</translation>
    </message>
    <message>
        <source>Chosen first from the digits read as asked less than %1 of the time, the lowest first (on a tie, the one tried more), then from the digits not tried yet.</source>
        <translation>Zuerst ausgewählt aus den Ziffern, die in weniger als %1 der Fälle richtig erkannt wurden, die niedrigste zuerst (bei Gleichstand die häufiger versuchte), dann aus den noch nicht versuchten Ziffern.</translation>
    </message>
    <message>
        <source>Each digit</source>
        <translation>Die einzelnen Ziffern</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Ziffer</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Richtig erkannt</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation>Durchschnittliche Sterne</translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation>Trend (Punkte)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Spiegelverkehrt</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Schreibhinweise</translation>
    </message>
    <message>
        <source>Trend: the success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on. Reversed: how often the digit was written facing the other way (mirror writing). Formation hints: how often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Trend: die Erfolgsquote der späteren Hälfte der Versuche an einer Ziffer minus die der früheren Hälfte, in Prozentpunkten, ab %1 Versuchen. Spiegelverkehrt: wie oft die Ziffer spiegelverkehrt geschrieben wurde. Schreibhinweise: wie oft dem Kind ein besserer Startpunkt, eine bessere Richtung oder Strichreihenfolge gezeigt wurde.</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Fortschritt im Zeitverlauf</translation>
    </message>
    <message>
        <source>Success rate and attempts per week</source>
        <translation>Erfolgsquote und Versuche pro Woche</translation>
    </message>
    <message>
        <source>Success rate and attempts per day</source>
        <translation>Erfolgsquote und Versuche pro Tag</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>Woche (ab Montag)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1 attempt at %2: %3 of 3 stars</source>
        <translation>%1 bei Ziffer %2: %3 von 3 Sternen</translation>
    </message>
    <message>
        <source>written facing the other way</source>
        <translation>spiegelverkehrt geschrieben</translation>
    </message>
    <message>
        <source>Best and latest attempt at each digit</source>
        <translation>Bester und letzter Versuch je Ziffer</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>no guide</source>
        <translation>keine Vorlage</translation>
    </message>
    <message>
        <source>Guide for %1</source>
        <translation>Vorlage für %1</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bester Versuch</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <source>Beside the guide the app shows for the digit. A green dot marks where each stroke began. Best: the most stars, then the surest reading.</source>
        <translation>Neben der Vorlage, die die App für die Ziffer zeigt. Ein grüner Punkt markiert, wo jeder Strich begonnen hat. Bester Versuch: die meisten Sterne, dann die sicherste Erkennung.</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Als Nächstes üben</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation>Fortschrittsbericht der Klasse</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <source>Class progress report: %1</source>
        <translation>Fortschrittsbericht der Klasse: %1</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Fortschrittsbericht: %1</translation>
    </message>
    <message>
        <source>Cannot draw the report: the program has no QGuiApplication, which fonts need (try the offscreen platform).</source>
        <translation>Der Bericht kann nicht gezeichnet werden: Das Programm hat keine QGuiApplication, die für Schriftarten nötig ist (versuchen Sie die Plattform offscreen).</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (BCP 47), for the report&apos;s lang attribute.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Für den Bericht wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The report&apos;s period starts on %1, after it ends on %2.</source>
        <translation>Der Zeitraum des Berichts beginnt am %1, also nach seinem Ende am %2.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Unbekanntes Berichtsformat.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>asked_digit</source>
        <translation>verlangte_Ziffer</translation>
    </message>
    <message>
        <source>recognised_digit</source>
        <translation>erkannte_Ziffer</translation>
    </message>
    <message>
        <source>success</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>posterior</source>
        <translation>A-posteriori-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>log_likelihood</source>
        <translation>Log-Likelihood</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>typicality</source>
        <translation>Typizität</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>formation</source>
        <translation>Schreibweise</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>gespiegelt</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>strokes</source>
        <translation>Striche</translation>
    </message>
</context>
<context>
    <name>ShowMeCoach</name>
    <message>
        <source>Try starting at the green dot.</source>
        <translation>Fang mal am grünen Punkt an.</translation>
    </message>
    <message>
        <source>Try it from the green dot, the arrow&apos;s way.</source>
        <translation>Fang am grünen Punkt an und mal so, wie der Pfeil zeigt.</translation>
    </message>
    <message>
        <source>Try this part first, from the green dot.</source>
        <translation>Mal zuerst diesen Teil, vom grünen Punkt aus.</translation>
    </message>
</context>
<context>
    <name>ShowMeOverlay</name>
    <message>
        <source>The digit being written</source>
        <translation>Die Ziffer, die gerade geschrieben wird</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare my drawing with the guide</source>
        <translation>Vergleiche meine Zeichnung mit der Vorlage</translation>
    </message>
    <message>
        <source>Show what is missing and what is extra</source>
        <translation>Zeig, was fehlt und was zu viel ist</translation>
    </message>
</context>
<context>
    <name>StarsView</name>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Writes with the left hand</source>
        <translation>Schreibt mit der linken Hand</translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation>Schüler hinzufügen</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>Schüler bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>Klasse oder Gruppe</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Class or group:</source>
        <translation>Klasse oder Gruppe:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Same as the class</source>
        <translation>Wie die Klasse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language the child sees and hears: a child may speak another language at home</source>
        <translation>Die Sprache, die das Kind sieht und hört: Ein Kind spricht zu Hause vielleicht eine andere Sprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>StudentFiguresTable</name>
    <message>
        <source>Student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Richtig erkannt</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Als Nächstes üben</translation>
    </message>
    <message>
        <source>Every attempt, free drawing included</source>
        <translation>Alle Versuche, freies Zeichnen eingeschlossen</translation>
    </message>
    <message>
        <source>Attempts at an asked digit that were read as that digit</source>
        <translation>Versuche an einer vorgegebenen Ziffer, die als diese Ziffer erkannt wurden</translation>
    </message>
    <message>
        <source>The digits this student should practise next</source>
        <translation>Die Ziffern, die dieser Schüler als Nächstes üben sollte</translation>
    </message>
    <message>
        <source>Figures for each student of the class; activate a row to see that student</source>
        <translation>Kennzahlen je Schüler der Klasse; aktivieren Sie eine Zeile, um diesen Schüler anzuzeigen</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Below %1: needs work</source>
        <translation>Unter %1: Übungsbedarf</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, Übungsbedarf</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Who is writing?</source>
        <translation>Wer schreibt?</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>Ich bin %1</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Schreib als %1</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Add...</source>
        <translation>Hinzufügen...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Entfernen...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete for Good...</source>
        <translation>Endgültig löschen...</translation>
    </message>
    <message>
        <source>Add a student for each child: at the start they tap their own name, and their attempts are kept for them. Guest is for anyone else. A student removed is archived: out of the lists, their attempts kept, until you restore them or delete them for good.</source>
        <translation>Legen Sie für jedes Kind einen Schüler an: Zu Beginn tippt das Kind auf seinen eigenen Namen, und seine Versuche werden für es aufbewahrt. „Gast“ ist für alle anderen. Ein entfernter Schüler wird archiviert: Er verschwindet aus den Listen, seine Versuche bleiben erhalten, bis Sie ihn wiederherstellen oder endgültig löschen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Schüler</translation>
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
        <translation>Archiviert: nicht in den Listen, Versuche aufbewahrt</translation>
    </message>
    <message>
        <source>Remove Student</source>
        <translation>Schüler entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the lists? %1 will be archived and their %n attempt(s) kept; you can restore them or delete them for good on this page.</source>
        <translation>
            <numerusform>%1 aus den Listen entfernen? %1 wird archiviert, und der zugehörige %n Versuch bleibt erhalten; Sie können den Schüler auf dieser Seite wiederherstellen oder endgültig löschen.</numerusform>
            <numerusform>%1 aus den Listen entfernen? %1 wird archiviert, und die zugehörigen %n Versuche bleiben erhalten; Sie können den Schüler auf dieser Seite wiederherstellen oder endgültig löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete Student for Good</source>
        <translation>Schüler endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and their %n attempt(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%1 und den zugehörigen %n Versuch endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%1 und die zugehörigen %n Versuche endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Class Language...</source>
        <translation>Klassensprache...</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language the children of the chosen student&apos;s class see and hear</source>
        <translation>Die Sprache, die die Kinder in der Klasse des gewählten Schülers sehen und hören</translation>
    </message>
    <message>
        <source>%1 (the computer&apos;s)</source>
        <translation>%1 (die des Computers)</translation>
    </message>
</context>
<context>
    <name>TeacherArea</name>
    <message>
        <source>Teacher Area</source>
        <translation>Lehrkräftebereich</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Saved Attempts...</source>
        <translation>Gespeicherte Versuche...</translation>
    </message>
    <message>
        <source>Every attempt, newest first: watch how each was written</source>
        <translation>Alle Versuche, neueste zuerst: Sehen Sie zu, wie jeder geschrieben wurde</translation>
    </message>
    <message>
        <source>Quit Digit Tutor</source>
        <translation>Digit Tutor beenden</translation>
    </message>
    <message>
        <source>The progress database is not available, so students and progress cannot be shown: %1</source>
        <translation>Die Fortschrittsdatenbank ist nicht verfügbar, daher können Schüler und Fortschritt nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can open this area. Set one under Settings to keep children out.</source>
        <translation>Es ist noch keine PIN festgelegt: Jeder kann diesen Bereich öffnen. Legen Sie unter „Einstellungen“ eine PIN fest, um Kinder fernzuhalten.</translation>
    </message>
    <message>
        <source>No voice on this computer speaks %1: children who practise in it see the words but hear nothing. A system administrator can add voices (on Debian, the package speech-dispatcher-espeak-ng).</source>
        <translation>Keine Stimme auf diesem Computer spricht %1: Kinder, die in dieser Sprache üben, sehen die Wörter, hören aber nichts. Eine Systemverwaltung kann Stimmen hinzufügen (unter Debian das Paket speech-dispatcher-espeak-ng).</translation>
    </message>
</context>
<context>
    <name>TeacherLock</name>
    <message>
        <source>The PIN or password needs at least %1 characters.</source>
        <translation>PIN oder Passwort müssen mindestens %1 Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>TeacherSettingsPage</name>
    <message>
        <source>Set PIN</source>
        <translation>PIN festlegen</translation>
    </message>
    <message>
        <source>After a digit, show where to start when it was written an unusual way</source>
        <translation>Nach einer Ziffer zeigen, wo man beginnt, wenn sie auf ungewöhnliche Weise geschrieben wurde</translation>
    </message>
    <message>
        <source>Speak to the children</source>
        <translation>Mit den Kindern sprechen</translation>
    </message>
    <message>
        <source>Sound effects</source>
        <translation>Klangeffekte</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>Im Vollbild starten</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>Diese Datenbank verwenden</translation>
    </message>
    <message>
        <source>Teacher area PIN or password</source>
        <translation>PIN oder Passwort für den Lehrkräftebereich</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>Neue PIN oder neues Passwort</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>Neue PIN oder neues Passwort:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Wiederholung:</translation>
    </message>
    <message>
        <source>The children&apos;s screen</source>
        <translation>Der Bildschirm der Kinder</translation>
    </message>
    <message>
        <source>Children who cannot read yet hear every message. Full screen takes effect the next time the app starts.</source>
        <translation>Kinder, die noch nicht lesen können, hören jede Nachricht. Das Vollbild wird beim nächsten Start der App wirksam.</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Schreibhinweise</translation>
    </message>
    <message>
        <source>Switch them off where your school teaches other ways of forming the digits. What the check finds is kept for the progress view either way.</source>
        <translation>Schalten Sie sie aus, wenn an Ihrer Schule die Ziffern auf andere Weise geschrieben werden. Was die Prüfung feststellt, wird in jedem Fall für die Fortschrittsansicht gespeichert.</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Fortschrittsdatenbank</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own file. A school can keep one PostgreSQL server for all its classroom computers: postgresql://user@server/digit_tutor. Its password is not saved: give it once each time the app starts.</source>
        <translation>Leer: die eigene Datei dieses Computers. Eine Schule kann einen PostgreSQL-Server für alle Computer ihrer Klassenräume nutzen: postgresql://user@server/digit_tutor. Dessen Passwort wird nicht gespeichert: Geben Sie es bei jedem Start der App einmal ein.</translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>die eigene Datei dieses Computers</translation>
    </message>
    <message>
        <source>The server&apos;s password</source>
        <translation>Das Passwort des Servers</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>nur wenn der Server danach fragt</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same one twice.</source>
        <translation>Die beiden PINs stimmen nicht überein; geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>The PIN is set: the teacher area now asks for it.</source>
        <translation>Die PIN ist festgelegt: Der Lehrkräftebereich fragt jetzt danach.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Teacher Area</source>
        <translation>Lehrkräftebereich</translation>
    </message>
    <message>
        <source>The teacher&apos;s PIN or password:</source>
        <translation>PIN oder Passwort der Lehrkraft:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN oder Passwort</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>Zu viele falsche PINs.</translation>
    </message>
    <message>
        <source>That is not the teacher&apos;s PIN.</source>
        <translation>Das ist nicht die PIN der Lehrkraft.</translation>
    </message>
    <message>
        <source>%1 Try again in %2 s.</source>
        <translation>%1 Versuchen Sie es in %2 s erneut.</translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Versuchen Sie es erneut.</translation>
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
        <translation>Modell kann nicht geladen werden</translation>
    </message>
    <message>
        <source>The bundled model is used instead.</source>
        <translation>Stattdessen wird das mitgelieferte Modell verwendet.</translation>
    </message>
    <message>
        <source>Progress is kept as files, not in the database: %1</source>
        <translation>Der Fortschritt wird als Dateien aufbewahrt, nicht in der Datenbank: %1</translation>
    </message>
    <message>
        <source>Practise writing the digits 0-9.</source>
        <translation>Das Schreiben der Ziffern 0 bis 9 üben.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Befehlszeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Digit model file (.dtm) to use; without it the bundled default model.</source>
        <translation>Zu verwendende Ziffernmodelldatei (.dtm); ohne Angabe das mitgelieferte Standardmodell.</translation>
    </message>
    <message>
        <source>Ways-of-writing file (.ways) for &quot;Show me&quot; and the formation hints; without it the bundled one.</source>
        <translation>Schreibweisen-Datei (.ways) für „Zeig mal“ und die Schreibhinweise; ohne Angabe die mitgelieferte.</translation>
    </message>
    <message>
        <source>Progress database: an SQLite file or postgresql://user@host/dbname; without it the teacher&apos;s setting, else the user&apos;s own file.</source>
        <translation>Fortschrittsdatenbank: eine SQLite-Datei oder postgresql://user@host/dbname; ohne Angabe die Einstellung der Lehrkraft, sonst die eigene Datei des Benutzers.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are passed on to Qt.
</source>
        <translation>Die eigenen Optionen von Qt, etwa -platform NAME und -style NAME, werden an Qt weitergegeben.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>unbekannte Option „%1“; siehe „digit-tutor --help“.</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value.</source>
        <translation>die Option „%1“ benötigt einen Wert.</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>eine Modelldatei</translation>
    </message>
    <message>
        <source>a ways-of-writing file</source>
        <translation>eine Schreibweisen-Datei</translation>
    </message>
    <message>
        <source>a file or a postgresql:// URL</source>
        <translation>eine Datei oder eine postgresql://-URL</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value (%2).</source>
        <translation>die Option „%1“ benötigt einen Wert (%2).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>unerwartetes Argument „%1“; siehe „digit-tutor --help“.</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.

%2</source>
        <translation>Das Modell %1 konnte nicht geladen werden.

%2</translation>
    </message>
</context>
</TS>
