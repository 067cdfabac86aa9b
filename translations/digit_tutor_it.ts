<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AttemptArchive</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; non è un numero intero da %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; non è un numero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text of at most %2 characters</source>
        <translation>&quot;%1&quot; non è un testo di al massimo %2 caratteri</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; non è né vero né falso</translation>
    </message>
    <message>
        <source>&quot;key&quot; is empty</source>
        <translation>&quot;key&quot; è vuoto</translation>
    </message>
    <message>
        <source>&quot;when&quot; is not a time</source>
        <translation>&quot;when&quot; non è un orario</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the asked digit %1 is not 0-9 (or -1 for free drawing).</source>
        <translation>Impossibile salvare il tentativo: la cifra richiesta %1 non è compresa tra 0 e 9 (o -1 per il disegno libero).</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the folder %1 cannot be created; check that it is writable.</source>
        <translation>Impossibile salvare il tentativo: non è possibile creare la cartella %1; verificare che sia scrivibile.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: %2.</source>
        <translation>Impossibile salvare il tentativo nella cartella %1: %2.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: every name for %2 is taken.</source>
        <translation>Impossibile salvare il tentativo nella cartella %1: tutti i nomi per %2 sono già usati.</translation>
    </message>
    <message>
        <source>Cannot save the attempt %1: %2.</source>
        <translation>Impossibile salvare il tentativo %1: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 does not exist.</source>
        <translation>Il tentativo %1 non esiste.</translation>
    </message>
    <message>
        <source>The attempt cannot be read: %1</source>
        <translation>Impossibile leggere il tentativo: %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be read: %2.</source>
        <translation>Impossibile leggere il tentativo %1: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 is not a stroke file: it has %2 bytes, more than any attempt (%3).</source>
        <translation>Il tentativo %1 non è un file di tratti: è di %2 byte, più di qualsiasi tentativo (%3).</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has no format</source>
        <translation>il suo &quot;attempt&quot; non ha un formato</translation>
    </message>
    <message>
        <source>it was kept by a newer Digit Tutor (format %1; this one reads up to %2)</source>
        <translation>è stato salvato da una versione più recente di Digit Tutor (formato %1; questa legge fino al %2)</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has the unknown format %1</source>
        <translation>il suo &quot;attempt&quot; ha il formato sconosciuto %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be removed: %2.</source>
        <translation>Impossibile rimuovere il tentativo %1: %2.</translation>
    </message>
</context>
<context>
    <name>AttemptHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Alunno</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Letto come</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>ora sconosciuta</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 su %2 stelle</translation>
    </message>
    <message>
        <source>facing the other way</source>
        <translation>girato al contrario</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>non è una cifra</translation>
    </message>
    <message>
        <source>nothing drawn</source>
        <translation>niente disegnato</translation>
    </message>
    <message>
        <source>right</source>
        <translation>giusto</translation>
    </message>
    <message>
        <source>another digit</source>
        <translation>un&apos;altra cifra</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>disegno libero</translation>
    </message>
</context>
<context>
    <name>AttemptsDialog</name>
    <message>
        <source>%1 asked, read as %2: %3</source>
        <translation>richiesto %1, letto come %2: %3</translation>
    </message>
    <message>
        <source>free drawing, read as %1</source>
        <translation>disegno libero, letto come %1</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(nessun tratto è stato salvato)</translation>
    </message>
    <message>
        <source>Saved Attempts</source>
        <translation>Tentativi salvati</translation>
    </message>
    <message>
        <source>Whose attempts</source>
        <translation>Di chi sono i tentativi</translation>
    </message>
    <message>
        <source>Attempts in the progress database, newest first</source>
        <translation>Tentativi nel database dei progressi, dal più recente</translation>
    </message>
    <message>
        <source>In the Progress Database</source>
        <translation>Nel database dei progressi</translation>
    </message>
    <message>
        <source>Replay of the chosen attempt</source>
        <translation>Riproduzione del tentativo scelto</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Informazioni sul tentativo mostrato</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>&amp;Riproduci di nuovo</translation>
    </message>
    <message>
        <source>Play the attempt again</source>
        <translation>Riproduci di nuovo il tentativo</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Ferma la riproduzione</translation>
    </message>
    <message>
        <source>&amp;Twice as fast</source>
        <translation>&amp;Doppia velocità</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Riproduci a doppia velocità</translation>
    </message>
    <message>
        <source>Attempts of %1</source>
        <translation>Tentativi di %1</translation>
    </message>
    <message>
        <source>&amp;Whose attempts:</source>
        <translation>&amp;Tentativi di:</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Tutti i bambini</translation>
    </message>
    <message>
        <source>The progress database is not available, so its attempts cannot be shown: %1</source>
        <translation>Il database dei progressi non è disponibile, quindi non è possibile mostrarne i tentativi: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>nessun database è collegato.</translation>
    </message>
    <message>
        <source>No attempts yet. Each drawing a child finishes with Done is kept here.</source>
        <translation>Ancora nessun tentativo. Ogni disegno che un bambino conclude con Fatto viene conservato qui.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first; older ones come as you scroll down.</source>
        <translation>Tentativi: %1, dal più recente; quelli più vecchi compaiono scorrendo verso il basso.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first.</source>
        <translation>Tentativi: %1, dal più recente.</translation>
    </message>
    <message>
        <source>Choose an attempt to watch it being written.</source>
        <translation>Scegliere un tentativo per vederlo scrivere.</translation>
    </message>
    <message>
        <source>Waiting for the Database (%1)</source>
        <translation>In attesa del database (%1)</translation>
    </message>
    <message>
        <source>Waiting for the Database</source>
        <translation>In attesa del database</translation>
    </message>
    <message>
        <source>%1, %2: %3; kept as the file %4</source>
        <translation>%1, %2: %3; salvato come file %4</translation>
    </message>
    <message>
        <source>%1 asked</source>
        <translation>richiesto %1</translation>
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
        <translation>Disegna il numero che vuoi</translation>
    </message>
    <message>
        <source>Write an %1</source>
        <translation>Scrivi il numero %1</translation>
    </message>
    <message>
        <source>Write a %1</source>
        <translation>Scrivi il numero %1</translation>
    </message>
    <message>
        <source>Draw a digit first!</source>
        <translation>Prima disegna un numero!</translation>
    </message>
    <message>
        <source>Draw an %1 first!</source>
        <translation>Prima disegna il numero %1!</translation>
    </message>
    <message>
        <source>Draw a %1 first!</source>
        <translation>Prima disegna il numero %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a digit!</source>
        <translation>Scriviamo un numero!</translation>
    </message>
    <message>
        <source>Let&apos;s write an %1!</source>
        <translation>Scriviamo il numero %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a %1!</source>
        <translation>Scriviamo il numero %1!</translation>
    </message>
    <message>
        <source>That looks like an %1</source>
        <translation>Sembra il numero %1</translation>
    </message>
    <message>
        <source>That looks like a %1</source>
        <translation>Sembra il numero %1</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a digit yet</source>
        <translation>Non sembra ancora un numero</translation>
    </message>
    <message>
        <source>That looks like an %1.</source>
        <translation>Sembra il numero %1.</translation>
    </message>
    <message>
        <source>That looks like a %1.</source>
        <translation>Sembra il numero %1.</translation>
    </message>
    <message>
        <source>Your %1 is facing the other way. Let&apos;s turn it round!</source>
        <translation>Il tuo %1 è girato al contrario. Giriamolo!</translation>
    </message>
    <message>
        <source>You can write an %1 all by yourself!</source>
        <translation>Sai scrivere il numero %1 senza nessun aiuto!</translation>
    </message>
    <message>
        <source>You can write a %1 all by yourself!</source>
        <translation>Sai scrivere il numero %1 senza nessun aiuto!</translation>
    </message>
    <message>
        <source>An %1 written like yours</source>
        <translation>Il numero %1 scritto come il tuo</translation>
    </message>
    <message>
        <source>A %1 written like yours</source>
        <translation>Il numero %1 scritto come il tuo</translation>
    </message>
    <message>
        <source>Wonderful!</source>
        <translation>Meraviglioso!</translation>
    </message>
    <message>
        <source>Perfect!</source>
        <translation>Perfetto!</translation>
    </message>
    <message>
        <source>Super writing!</source>
        <translation>Hai scritto benissimo!</translation>
    </message>
    <message>
        <source>Brilliant!</source>
        <translation>Fantastico!</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Ben fatto!</translation>
    </message>
    <message>
        <source>Good job!</source>
        <translation>Ottimo lavoro!</translation>
    </message>
    <message>
        <source>Nice work!</source>
        <translation>Bel lavoro!</translation>
    </message>
    <message>
        <source>Great!</source>
        <translation>Grande!</translation>
    </message>
    <message>
        <source>Good try! Have another go.</source>
        <translation>Bel tentativo! Prova ancora.</translation>
    </message>
    <message>
        <source>Nearly! Try once more.</source>
        <translation>Quasi! Prova ancora una volta.</translation>
    </message>
    <message>
        <source>Keep going, you can do it!</source>
        <translation>Continua così, ce la puoi fare!</translation>
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
        <translation>La lingua del computer</translation>
    </message>
    <message>
        <source>Language of Class %1</source>
        <translation>Lingua della classe %1</translation>
    </message>
    <message>
        <source>The children of this class see and hear the app in this language, unless a student has a language of their own.</source>
        <translation>I bambini di questa classe vedono e sentono l’app in questa lingua, a meno che un alunno non abbia una lingua propria.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
</context>
<context>
    <name>ConfidenceMeter</name>
    <message>
        <source>How sure</source>
        <translation>Quanto è sicura</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for.</source>
        <translation>Quanto è sicura l&apos;app che il tuo disegno sia il numero richiesto.</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>non ancora sicura</translation>
    </message>
    <message>
        <source>a bit sure</source>
        <translation>un po&apos; sicura</translation>
    </message>
    <message>
        <source>quite sure</source>
        <translation>abbastanza sicura</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>molto sicura</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for: %1.</source>
        <translation>Quanto è sicura l&apos;app che il tuo disegno sia il numero richiesto: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>Non è stato indicato nessun database.</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid URL.</source>
        <translation>L&apos;indirizzo del database %1 non è un URL valido.</translation>
    </message>
    <message>
        <source>The database address %1 names no database; add it after the host, as in postgresql://host/digit_tutor.</source>
        <translation>L&apos;indirizzo del database %1 non indica nessun database; aggiungerlo dopo l&apos;host, come in postgresql://host/digit_tutor.</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>La porta in %1 non è un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>The database address %1 is neither a file nor a postgresql:// URL.</source>
        <translation>L&apos;indirizzo del database %1 non è né un file né un URL postgresql://.</translation>
    </message>
    <message>
        <source>The database address %1 names no file.</source>
        <translation>L&apos;indirizzo del database %1 non indica nessun file.</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <source>Your drawing on the guide</source>
        <translation>Il tuo disegno sulla guida</translation>
    </message>
    <message>
        <source>still to add</source>
        <translation>ancora da aggiungere</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non necessario</translation>
    </message>
    <message>
        <source>Blue shows ink still to add: %1% of the guide. Orange shows ink not needed: %2% of the drawing.</source>
        <translation>Il blu indica il tratto ancora da aggiungere: %1% della guida. L&apos;arancione indica il tratto non necessario: %2% del disegno.</translation>
    </message>
    <message>
        <source>Missing %1% · extra %2%</source>
        <translation>Mancante %1% · in più %2%</translation>
    </message>
</context>
<context>
    <name>DigitFiguresTable</name>
    <message>
        <source>Digit</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Successo</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendenza</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Speculari</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Suggerimenti sul tracciato</translation>
    </message>
    <message>
        <source>How often the digit was read as the one asked for</source>
        <translation>Quante volte la cifra è stata letta come quella richiesta</translation>
    </message>
    <message>
        <source>The average stars, of 3</source>
        <translation>La media delle stelle, su 3</translation>
    </message>
    <message>
        <source>The success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on.</source>
        <translation>Il tasso di successo della seconda metà dei tentativi di una cifra meno quello della prima metà, in punti percentuali, a partire da %1 tentativi.</translation>
    </message>
    <message>
        <source>How often the digit was written facing the other way (mirror writing)</source>
        <translation>Quante volte la cifra è stata scritta al contrario (scrittura speculare)</translation>
    </message>
    <message>
        <source>How often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Quante volte al bambino è stato mostrato un punto di partenza, un verso o un ordine dei tratti migliore.</translation>
    </message>
    <message>
        <source>Figures for each digit</source>
        <translation>Dati per ogni cifra</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>starts elsewhere %1, other way %2, order %3</source>
        <translation>inizio altrove %1, verso opposto %2, ordine %3</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, da esercitare</translation>
    </message>
    <message>
        <source>Needs work: practise this digit next.</source>
        <translation>Da esercitare: è la prossima cifra su cui lavorare.</translation>
    </message>
    <message>
        <source>%1 of %2 read as asked</source>
        <translation>%1 su %2 letti come richiesto</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing area</source>
        <translation>Area di disegno</translation>
    </message>
    <message>
        <source>Draw the digit here with the mouse, a pen or a finger.</source>
        <translation>Disegna qui il numero con il mouse, una penna o un dito.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide</source>
        <translation>Guida</translation>
    </message>
    <message>
        <source>A picture of how the digit is usually written.</source>
        <translation>Un disegno che mostra come si scrive di solito il numero.</translation>
    </message>
</context>
<context>
    <name>KeptAttempts</name>
    <message>
        <source>%1; and %2</source>
        <translation>%1; e %2</translation>
    </message>
</context>
<context>
    <name>KeptFilesPanel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Alunno</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Attempts waiting to go into the progress database, newest first</source>
        <translation>Tentativi in attesa di entrare nel database dei progressi, dal più recente</translation>
    </message>
    <message>
        <source>&amp;Put Them into the Progress Database</source>
        <translation>&amp;Inseriscili nel database dei progressi</translation>
    </message>
    <message>
        <source>Store the attempts kept here in the progress database, each once, for its own child</source>
        <translation>Salva i tentativi conservati qui nel database dei progressi, ciascuno una sola volta, per il bambino a cui appartiene</translation>
    </message>
    <message>
        <source>What putting the attempts into the database did</source>
        <translation>Esito dell&apos;inserimento dei tentativi nel database</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>disegno libero</translation>
    </message>
    <message>
        <source>waiting to go into the progress database</source>
        <translation>in attesa di entrare nel database dei progressi</translation>
    </message>
    <message>
        <source>strokes only: replayed here, never stored</source>
        <translation>solo tratti: riprodotti qui, mai salvati</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>impossibile leggere: %1</translation>
    </message>
    <message>
        <source>These attempts could not go into the progress database when they were made (it was not available), so they were kept whole as files on this computer. They are waiting to go into the progress database: nothing is lost. They go in by themselves once it works again, or now with the button below.</source>
        <translation>Questi tentativi non sono potuti entrare nel database dei progressi quando sono stati fatti (non era disponibile), quindi sono stati conservati interi come file su questo computer. Sono in attesa di entrare nel database dei progressi: non si perde nulla. Entreranno da soli appena il database tornerà a funzionare, oppure subito con il pulsante qui sotto.</translation>
    </message>
    <message>
        <source>No attempts are waiting: every attempt is in the progress database.</source>
        <translation>Nessun tentativo in attesa: ogni tentativo è nel database dei progressi.</translation>
    </message>
    <message>
        <source>No attempts are waiting to go into the progress database.</source>
        <translation>Nessun tentativo è in attesa di entrare nel database dei progressi.</translation>
    </message>
    <message>
        <source>Files of strokes only (kept by an older Digit Tutor, or damaged) can be replayed here; they never go into the database.</source>
        <translation>I file con i soli tratti (salvati da una versione precedente di Digit Tutor, o danneggiati) possono essere riprodotti qui; non entrano mai nel database.</translation>
    </message>
    <message>
        <source>The progress database is still not available, so the attempts stay here, safe: %1</source>
        <translation>Il database dei progressi non è ancora disponibile, quindi i tentativi restano qui, al sicuro: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>nessun database è collegato.</translation>
    </message>
    <message>
        <source>Attempts that went into the progress database: %1.</source>
        <translation>Tentativi entrati nel database dei progressi: %1.</translation>
    </message>
    <message>
        <source>The others stay here for now: %1</source>
        <translation>Gli altri per ora restano qui: %1</translation>
    </message>
    <message>
        <source>No attempt was waiting.</source>
        <translation>Nessun tentativo era in attesa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Left-handed</source>
        <translation>&amp;Per mancini</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Schermo &amp;intero</translation>
    </message>
    <message>
        <source>Teacher &amp;Area...</source>
        <translation>&amp;Area insegnante...</translation>
    </message>
    <message>
        <source>Change &amp;Student...</source>
        <translation>Cambia &amp;alunno...</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Chi scrive</translation>
    </message>
    <message>
        <source>Choose who is writing</source>
        <translation>Scegli chi scrive</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Insegnante</translation>
    </message>
    <message>
        <source>Teacher area</source>
        <translation>Area insegnante</translation>
    </message>
    <message>
        <source>Students, progress, reports and settings, for grown-ups</source>
        <translation>Alunni, progressi, report e impostazioni, per gli adulti</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Hold for two seconds to leave Digit Tutor</source>
        <translation>Tieni premuto per due secondi per uscire da Digit Tutor</translation>
    </message>
    <message>
        <source>The database was not changed. %1</source>
        <translation>Il database non è stato cambiato. %1</translation>
    </message>
    <message>
        <source>Progress is now kept in %1.</source>
        <translation>Ora i progressi vengono conservati in %1.</translation>
    </message>
    <message>
        <source>&quot;Show me&quot; is not available: %1</source>
        <translation>&quot;Mostrami&quot; non è disponibile: %1</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>Impossibile caricare il modello</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; the current model is kept.

%2</source>
        <translation>Non è stato possibile caricare il modello %1; resta in uso il modello attuale.

%2</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Database dei progressi</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modello</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, creato il %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan could not be read; they start afresh: %2</source>
        <translation>Non è stato possibile leggere il piano di esercizio di %1, che ricomincia da capo: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan is damaged; they start afresh: %2</source>
        <translation>Il piano di esercizio di %1 è danneggiato, quindi ricomincia da capo: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan was not saved: %2</source>
        <translation>Il piano di esercizio di %1 non è stato salvato: %2</translation>
    </message>
    <message>
        <source>This attempt was not saved: %1</source>
        <translation>Questo tentativo non è stato salvato: %1</translation>
    </message>
    <message>
        <source>This attempt was kept as a file, not in the progress database: %1</source>
        <translation>Questo tentativo è stato conservato come file, non nel database dei progressi: %1</translation>
    </message>
    <message>
        <source>Attempts kept as files stay there for now: %1</source>
        <translation>Per ora i tentativi conservati come file restano lì: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) kept as files are of students deleted for good (%1): they stay as files and are not stored. The teacher area&apos;s Saved Attempts shows them.</source>
        <translation>
            <numerusform>%n tentativo conservato come file appartiene ad alunni eliminati definitivamente (%1): resta come file e non viene memorizzato. È visibile in Tentativi salvati, nell&apos;area insegnante.</numerusform>
            <numerusform>%n tentativi conservati come file appartengono ad alunni eliminati definitivamente (%1): restano come file e non vengono memorizzati. Sono visibili in Tentativi salvati, nell&apos;area insegnante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1, of which %2 of archived students, who stay archived.</source>
        <translation>I tentativi conservati come file sono entrati nel database dei progressi: %1, di cui %2 di alunni archiviati, che restano archiviati.</translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1.</source>
        <translation>I tentativi conservati come file sono entrati nel database dei progressi: %1.</translation>
    </message>
</context>
<context>
    <name>ModelDescription</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>What it learnt from is not recorded in the file.</source>
        <translation>I dati di addestramento non sono registrati nel file.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handwritten digit(s) of MNIST</source>
        <translation>
            <numerusform>%Ln cifra scritta a mano di MNIST</numerusform>
            <numerusform>%Ln cifre scritte a mano di MNIST</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s) of a class&apos;s own digits</source>
        <translation>
            <numerusform>%Ln immagine delle cifre di una classe</numerusform>
            <numerusform>%Ln immagini delle cifre di una classe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s) drawn with a pen</source>
        <translation>
            <numerusform>%Ln cifra disegnata con una penna</numerusform>
            <numerusform>%Ln cifre disegnate con una penna</numerusform>
        </translation>
    </message>
    <message>
        <source>Learnt from: %1.</source>
        <translation>Addestrato con: %1.</translation>
    </message>
    <message>
        <source>Learnt from %1.</source>
        <translation>Addestrato con %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each drawn digit was also learnt in %n distorted version(s), as a child&apos;s hand might have drawn it.</source>
        <translation>
            <numerusform>Ogni cifra disegnata è stata appresa anche in %n versione deformata, come avrebbe potuto disegnarla la mano di un bambino.</numerusform>
            <numerusform>Ogni cifra disegnata è stata appresa anche in %n versioni deformate, come avrebbe potuto disegnarla la mano di un bambino.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learnt what is not a digit from %Ln doodle(s).</source>
        <translation>
            <numerusform>Ha imparato cosa non è una cifra da %Ln scarabocchio.</numerusform>
            <numerusform>Ha imparato cosa non è una cifra da %Ln scarabocchi.</numerusform>
        </translation>
    </message>
    <message>
        <source>How well it reads digits drawn on the screen is measured apart: the bundled model&apos;s figures are in models/README.md, and digit-tutor-cli evaluate measures any model.</source>
        <translation>La precisione con cui legge le cifre disegnate sullo schermo si misura a parte: i dati del modello incluso sono in models/README.md, e digit-tutor-cli evaluate misura qualsiasi modello.</translation>
    </message>
    <message>
        <source>How well it reads is not recorded in the file.</source>
        <translation>La precisione di lettura non è registrata nel file.</translation>
    </message>
    <message numerus="yes">
        <source>It reads %1 of the MNIST test set right: %Ln handwritten digit(s) it never saw while learning.</source>
        <translation>
            <numerusform>Legge correttamente il %1 del set di test MNIST: %Ln cifra scritta a mano mai vista durante l&apos;addestramento.</numerusform>
            <numerusform>Legge correttamente il %1 del set di test MNIST: %Ln cifre scritte a mano mai viste durante l&apos;addestramento.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reads %1 of the MNIST test set right.</source>
        <translation>Legge correttamente il %1 del set di test MNIST.</translation>
    </message>
    <message>
        <source>When it was made is not recorded in the file.</source>
        <translation>La data di creazione non è registrata nel file.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Creato: %1.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Creato il %1.</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from images</source>
        <translation>Modi di scrivere ogni cifra, appresi da immagini</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from drawings</source>
        <translation>Modi di scrivere ogni cifra, appresi da disegni</translation>
    </message>
    <message>
        <source>Weight of the ways learnt from drawings</source>
        <translation>Peso dei modi appresi dai disegni</translation>
    </message>
    <message>
        <source>Covariance regularisation</source>
        <translation>Regolarizzazione della covarianza</translation>
    </message>
    <message>
        <source>Slanted digits straightened</source>
        <translation>Raddrizzamento delle cifre inclinate</translation>
    </message>
    <message>
        <source>HOG: orientations / cell pixels / block cells</source>
        <translation>HOG: orientamenti / pixel per cella / celle per blocco</translation>
    </message>
    <message>
        <source>Fitting tolerance</source>
        <translation>Tolleranza di adattamento</translation>
    </message>
    <message>
        <source>Fitting rounds at most</source>
        <translation>Numero massimo di cicli di adattamento</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Seme casuale</translation>
    </message>
    <message>
        <source>Not a digit below this percentile of the training scores</source>
        <translation>Non è una cifra sotto questo percentile dei punteggi di addestramento</translation>
    </message>
    <message>
        <source>Distorted copies of each MNIST digit</source>
        <translation>Copie deformate di ogni cifra MNIST</translation>
    </message>
    <message>
        <source>Arithmetic while fitting</source>
        <translation>Aritmetica durante l&apos;adattamento</translation>
    </message>
    <message>
        <source>Order the features are scored in</source>
        <translation>Ordine di valutazione delle caratteristiche</translation>
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
        <translation>%1 (%2 in tutto)</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>Il modello predefinito incluso</translation>
    </message>
    <message>
        <source>The model file %1</source>
        <translation>Il file del modello %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>models/default.dtm, built into the app</source>
        <translation>models/default.dtm, incluso nell&apos;app</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del file</translation>
    </message>
    <message>
        <source>Ways of writing each digit (components)</source>
        <translation>Modi di scrivere ogni cifra (componenti)</translation>
    </message>
    <message>
        <source>Times each drawn digit counts</source>
        <translation>Peso di ogni cifra disegnata</translation>
    </message>
    <message>
        <source>Distorted versions of each drawn digit</source>
        <translation>Versioni deformate di ogni cifra disegnata</translation>
    </message>
    <message>
        <source>Drawings, %1</source>
        <translation>Disegni, %1</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Disegni</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Testato su</translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation>Tempo di addestramento</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Creato da</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Which model is in use</source>
        <translation>Quale modello è in uso</translation>
    </message>
    <message>
        <source>What the model learnt from</source>
        <translation>Con cosa è stato addestrato il modello</translation>
    </message>
    <message>
        <source>How well the model reads</source>
        <translation>Quanto bene legge il modello</translation>
    </message>
    <message>
        <source>When the model was made</source>
        <translation>Quando è stato creato il modello</translation>
    </message>
    <message>
        <source>Load Model File...</source>
        <translation>Carica file del modello...</translation>
    </message>
    <message>
        <source>Use the Bundled Default</source>
        <translation>Usa il modello predefinito</translation>
    </message>
    <message>
        <source>What it learnt from</source>
        <translation>Con cosa è stato addestrato</translation>
    </message>
    <message>
        <source>How well it reads</source>
        <translation>Quanto bene legge</translation>
    </message>
    <message>
        <source>When it was made</source>
        <translation>Quando è stato creato</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <source>Show the model&apos;s technical settings</source>
        <translation>Mostra le impostazioni tecniche del modello</translation>
    </message>
    <message>
        <source>The model&apos;s technical settings</source>
        <translation>Le impostazioni tecniche del modello</translation>
    </message>
    <message>
        <source>A model file (.dtm) is made by digit-tutor-cli train, for example on MNIST with your own class&apos;s digits added. A file that is not a valid model is refused and the current model stays.</source>
        <translation>Un file di modello (.dtm) si crea con digit-tutor-cli train, per esempio su MNIST con l&apos;aggiunta delle cifre della propria classe. Un file che non è un modello valido viene rifiutato e resta il modello attuale.</translation>
    </message>
    <message>
        <source>Load Model</source>
        <translation>Carica modello</translation>
    </message>
    <message>
        <source>Digit models (*.dtm);;All files (*)</source>
        <translation>Modelli di cifre (*.dtm);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Practice mode: write the asked digit</source>
        <translation>Modalità esercizio: scrivi il numero richiesto</translation>
    </message>
    <message>
        <source>Write the digit I ask for</source>
        <translation>Scrivi il numero che ti dico</translation>
    </message>
    <message>
        <source>Free drawing</source>
        <translation>Disegno libero</translation>
    </message>
    <message>
        <source>Free drawing mode: draw any digit</source>
        <translation>Modalità disegno libero: disegna un numero qualsiasi</translation>
    </message>
    <message>
        <source>Draw any digit and I will say which</source>
        <translation>Disegna un numero e io ti dico qual è</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Ricalca</translation>
    </message>
    <message>
        <source>Trace over the guide</source>
        <translation>Ricalca la guida</translation>
    </message>
    <message>
        <source>Show the guide under your drawing to trace over</source>
        <translation>Mostra la guida sotto il tuo disegno, da ricalcare</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Say the digit to write again</source>
        <translation>Ripeti il numero da scrivere</translation>
    </message>
    <message>
        <source>Hear the question again</source>
        <translation>Ascolta di nuovo la domanda</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Mostrami</translation>
    </message>
    <message>
        <source>Show me how to write it</source>
        <translation>Mostrami come si scrive</translation>
    </message>
    <message>
        <source>Watch the digit being written, stroke by stroke</source>
        <translation>Guarda come si scrive il numero, tratto per tratto</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Annulla l&apos;ultimo tratto</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>Togli l&apos;ultimo tratto</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Cancella il disegno</translation>
    </message>
    <message>
        <source>Start the drawing again</source>
        <translation>Ricomincia il disegno</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>I am done</source>
        <translation>Ho finito</translation>
    </message>
    <message>
        <source>See how well it went</source>
        <translation>Guarda com&apos;è andata</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Next digit</source>
        <translation>Prossimo numero</translation>
    </message>
    <message>
        <source>Write another digit</source>
        <translation>Scrivi un altro numero</translation>
    </message>
    <message>
        <source>Which digit to write</source>
        <translation>Quale numero scrivere</translation>
    </message>
    <message>
        <source>What the drawing looks like</source>
        <translation>A cosa somiglia il disegno</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Complimenti</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
</context>
<context>
    <name>ProgressAttemptsPanel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Alunno</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Letto come</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation>Tentativi, dal più recente</translation>
    </message>
    <message>
        <source>The chosen attempt, as the child drew it</source>
        <translation>Il tentativo scelto, come lo ha disegnato il bambino</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Informazioni sul tentativo mostrato</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Riproduci</translation>
    </message>
    <message>
        <source>Replay the attempt in the timing it was drawn</source>
        <translation>Riproduci il tentativo con i tempi in cui è stato disegnato</translation>
    </message>
    <message>
        <source>Watch the attempt being drawn again, stroke by stroke</source>
        <translation>Guarda di nuovo come è stato disegnato il tentativo, tratto per tratto</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Ferma la riproduzione</translation>
    </message>
    <message>
        <source>T&amp;wice as fast</source>
        <translation>&amp;Doppia velocità</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Riproduci a doppia velocità</translation>
    </message>
    <message>
        <source>starts elsewhere</source>
        <translation>inizio altrove</translation>
    </message>
    <message>
        <source>other way round</source>
        <translation>verso opposto</translation>
    </message>
    <message>
        <source>stroke order</source>
        <translation>ordine dei tratti</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>disegno libero</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>speculare</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>non è una cifra</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>ora sconosciuta</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 su %2 stelle</translation>
    </message>
    <message>
        <source>free drawing, written facing the other way</source>
        <translation>disegno libero, scritto al contrario</translation>
    </message>
    <message>
        <source>%1 asked, written facing the other way</source>
        <translation>richiesto %1, scritto al contrario</translation>
    </message>
    <message>
        <source>%1 asked, not read as a digit</source>
        <translation>richiesto %1, non letto come cifra</translation>
    </message>
    <message>
        <source>%1 asked, nothing drawn</source>
        <translation>richiesto %1, niente disegnato</translation>
    </message>
    <message>
        <source>%1 asked, read as %2</source>
        <translation>richiesto %1, letto come %2</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>; hint: %1</source>
        <translation>; suggerimento: %1</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Nessun tentativo in questo periodo.</translation>
    </message>
    <message>
        <source>Choose an attempt to see how it was drawn.</source>
        <translation>Scegliere un tentativo per vedere come è stato disegnato.</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(nessun tratto è stato salvato)</translation>
    </message>
</context>
<context>
    <name>ProgressChartView</name>
    <message>
        <source>All digits</source>
        <translation>Tutte le cifre</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Cifra %1</translation>
    </message>
    <message>
        <source>Which digit&apos;s progress the chart shows</source>
        <translation>Di quale cifra il grafico mostra i progressi</translation>
    </message>
    <message>
        <source>Chart &amp;for:</source>
        <translation>&amp;Grafico per:</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progressi nel tempo</translation>
    </message>
</context>
<context>
    <name>ProgressOverview</name>
    <message>
        <source>Whose progress is shown</source>
        <translation>Di chi sono i progressi mostrati</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Digits that need work</source>
        <translation>Cifre da esercitare</translation>
    </message>
    <message>
        <source>Formation hints to practise</source>
        <translation>Aspetti del tracciato da esercitare</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Nessun tentativo in questo periodo.</translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation>Alunni: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 (free drawing: %2)</source>
        <translation>Tentativi: %1 (disegno libero: %2)</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentativi: %1</translation>
    </message>
    <message>
        <source>read as asked: %1 of %2 (%3)</source>
        <translation>letti come richiesto: %1 su %2 (%3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>Needs work: %1.</source>
        <translation>Da esercitare: %1.</translation>
    </message>
    <message>
        <source>Not tried yet: %1.</source>
        <translation>Non ancora provate: %1.</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Ogni cifra viene letta come richiesto almeno nel %1 dei casi: ottimo lavoro.</translation>
    </message>
    <message>
        <source>starts elsewhere %1</source>
        <translation>inizio altrove %1</translation>
    </message>
    <message>
        <source>other way round %1</source>
        <translation>verso opposto %1</translation>
    </message>
    <message>
        <source>stroke order %1</source>
        <translation>ordine dei tratti %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formation to practise: %1</source>
        <translation>Tracciato da esercitare: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>non può essere letto (%1)</translation>
    </message>
    <message>
        <source>the file is not an SQLite database (its %1 bytes do not start as one)</source>
        <translation>il file non è un database SQLite (i suoi %1 byte non iniziano come tale)</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>il file non può essere scritto (%1)</translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal there (%1)</source>
        <translation>la sua cartella non è scrivibile, e SQLite vi tiene il proprio journal (%1)</translation>
    </message>
    <message>
        <source>There is already a student named %1, archived: restore them under Students, or choose another name.</source>
        <translation>Esiste già un alunno di nome %1, archiviato: ripristinarlo in Alunni oppure scegliere un altro nome.</translation>
    </message>
    <message>
        <source>There is already a student named %1.</source>
        <translation>Esiste già un alunno di nome %1.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: Qt&apos;s %2 driver is not installed (Debian package %3).</source>
        <translation>Impossibile aprire il database dei progressi %1: il driver %2 di Qt non è installato (pacchetto Debian %3).</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: its folder cannot be created.</source>
        <translation>Impossibile aprire il database dei progressi %1: non è possibile creare la sua cartella.</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be used: %2. It was left as it is; choose another file, or move this one away to start a new database.</source>
        <translation>Il database dei progressi %1 non può essere usato: %2. È stato lasciato com&apos;è; scegliere un altro file, oppure spostare questo altrove per iniziare un nuovo database.</translation>
    </message>
    <message>
        <source>The progress database %1 is read-only: %2. It was left as it is; attempts are kept as files until it can be written.</source>
        <translation>Il database dei progressi %1 è di sola lettura: %2. È stato lasciato com&apos;è; i tentativi vengono conservati come file finché non sarà possibile scriverci.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2</source>
        <translation>Impossibile aprire il database dei progressi %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2</source>
        <translation>Impossibile preparare il database dei progressi %1: %2</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged or is not a database (%2); it was left as it is.</source>
        <translation>Il database dei progressi %1 è danneggiato o non è un database (%2); è stato lasciato com&apos;è.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2.</source>
        <translation>Impossibile aprire il database dei progressi %1: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2.</source>
        <translation>Impossibile preparare il database dei progressi %1: %2.</translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation>non è possibile leggere la versione del suo schema</translation>
    </message>
    <message>
        <source>The database %1 is not a Digit Tutor progress database (it has other tables); it was left as it is.</source>
        <translation>Il database %1 non è un database dei progressi di Digit Tutor (contiene altre tabelle); è stato lasciato com&apos;è.</translation>
    </message>
    <message>
        <source>The progress database %1 was made by a newer Digit Tutor (schema %2; this one knows up to %3); it was left as it is.</source>
        <translation>Il database dei progressi %1 è stato creato da una versione più recente di Digit Tutor (schema %2; questa conosce fino al %3); è stato lasciato com&apos;è.</translation>
    </message>
    <message>
        <source>step %1 of the schema failed: %2</source>
        <translation>il passo %1 dello schema non è riuscito: %2</translation>
    </message>
    <message>
        <source>%1 (progress database %2): %3</source>
        <translation>%1 (database dei progressi %2): %3</translation>
    </message>
    <message>
        <source>Cannot read the students</source>
        <translation>Impossibile leggere gli alunni</translation>
    </message>
    <message>
        <source>Cannot read a student</source>
        <translation>Impossibile leggere un alunno</translation>
    </message>
    <message>
        <source>There is no student number %1.</source>
        <translation>Non esiste nessun alunno numero %1.</translation>
    </message>
    <message>
        <source>There is no student named %1.</source>
        <translation>Non esiste nessun alunno di nome %1.</translation>
    </message>
    <message>
        <source>Cannot add the Guest student</source>
        <translation>Impossibile aggiungere l&apos;alunno Ospite</translation>
    </message>
    <message>
        <source>A student&apos;s name must have 1 to %1 characters.</source>
        <translation>Il nome di un alunno deve avere da 1 a %1 caratteri.</translation>
    </message>
    <message>
        <source>Cannot add the student %1</source>
        <translation>Impossibile aggiungere l&apos;alunno %1</translation>
    </message>
    <message>
        <source>Guest keeps its name: it is the student of attempts made without choosing one.</source>
        <translation>Ospite mantiene il suo nome: è l&apos;alunno a cui vanno i tentativi fatti senza sceglierne uno.</translation>
    </message>
    <message>
        <source>Cannot change the student %1</source>
        <translation>Impossibile modificare l&apos;alunno %1</translation>
    </message>
    <message>
        <source>An attempt with asked digit %1, recognised digit %2 and %3 stars cannot be stored.</source>
        <translation>Un tentativo con cifra richiesta %1, cifra riconosciuta %2 e %3 stelle non può essere memorizzato.</translation>
    </message>
    <message>
        <source>Cannot store the attempt</source>
        <translation>Impossibile memorizzare il tentativo</translation>
    </message>
    <message>
        <source>Cannot count the attempts</source>
        <translation>Impossibile contare i tentativi</translation>
    </message>
    <message>
        <source>Cannot read the classes</source>
        <translation>Impossibile leggere le classi</translation>
    </message>
    <message>
        <source>Cannot read a setting</source>
        <translation>Impossibile leggere un&apos;impostazione</translation>
    </message>
    <message>
        <source>Cannot save a setting</source>
        <translation>Impossibile salvare un&apos;impostazione</translation>
    </message>
    <message>
        <source>A page of %1 attempts cannot be read: a page holds 1 to %2.</source>
        <translation>Impossibile leggere una pagina di %1 tentativi: una pagina ne contiene da 1 a %2.</translation>
    </message>
    <message>
        <source>Cannot read the saved attempts</source>
        <translation>Impossibile leggere i tentativi salvati</translation>
    </message>
    <message>
        <source>Cannot read an attempt</source>
        <translation>Impossibile leggere un tentativo</translation>
    </message>
    <message>
        <source>There is no attempt number %1 in the progress database %2; it may have been removed with its student.</source>
        <translation>Nel database dei progressi %2 non esiste nessun tentativo numero %1; potrebbe essere stato rimosso insieme al suo alunno.</translation>
    </message>
    <message>
        <source>Cannot read a practice plan</source>
        <translation>Impossibile leggere un piano di esercizio</translation>
    </message>
    <message>
        <source>A practice plan of %1 bytes cannot be stored: the most is %2.</source>
        <translation>Impossibile memorizzare un piano di esercizio di %1 byte: il massimo è %2.</translation>
    </message>
    <message>
        <source>Cannot save the practice plan of student number %1</source>
        <translation>Impossibile salvare il piano di esercizio dell&apos;alunno numero %1</translation>
    </message>
    <message>
        <source>Cannot read the attempts</source>
        <translation>Impossibile leggere i tentativi</translation>
    </message>
    <message>
        <source>Guest cannot be removed: it is the student of attempts made without choosing one.</source>
        <translation>Ospite non può essere rimosso: è l&apos;alunno a cui vanno i tentativi fatti senza sceglierne uno.</translation>
    </message>
    <message>
        <source>Cannot archive the student %1</source>
        <translation>Impossibile archiviare l&apos;alunno %1</translation>
    </message>
    <message>
        <source>Cannot restore the student %1</source>
        <translation>Impossibile ripristinare l&apos;alunno %1</translation>
    </message>
    <message>
        <source>%1 is in the lists: only an archived student can be deleted for good.</source>
        <translation>%1 è negli elenchi: solo un alunno archiviato può essere eliminato definitivamente.</translation>
    </message>
    <message>
        <source>Cannot delete the student %1</source>
        <translation>Impossibile eliminare l&apos;alunno %1</translation>
    </message>
    <message>
        <source>Cannot read the students deleted for good</source>
        <translation>Impossibile leggere gli alunni eliminati definitivamente</translation>
    </message>
    <message>
        <source>it is busy, locked by another program or window writing to it; try again in a moment</source>
        <translation>è occupato, bloccato da un altro programma o da un&apos;altra finestra che vi sta scrivendo; riprovare tra un momento</translation>
    </message>
    <message>
        <source>it is read-only (check the permissions of the file and its folder)</source>
        <translation>è di sola lettura (verificare i permessi del file e della sua cartella)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2.</source>
        <translation>Il database dei progressi %1 è danneggiato: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 could not be checked: %2.</source>
        <translation>Non è stato possibile controllare il database dei progressi %1: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2. Reports may leave attempts out. Keep a copy of the file and have it repaired (the sqlite3 tool&apos;s .recover command rescues what can be read).</source>
        <translation>Il database dei progressi %1 è danneggiato: %2. I report potrebbero non includere alcuni tentativi. Conservare una copia del file e farlo riparare (il comando .recover dello strumento sqlite3 recupera ciò che è leggibile).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the app knows.</source>
        <translation>«%1» non è una lingua che l’app conosce.</translation>
    </message>
    <message>
        <source>Cannot read the language of the class %1</source>
        <translation>Impossibile leggere la lingua della classe %1</translation>
    </message>
    <message>
        <source>Only a class or group has a language of its own; this student has none.</source>
        <translation>Solo una classe o un gruppo ha una lingua propria; questo alunno non ne ha.</translation>
    </message>
    <message>
        <source>Cannot set the language of the class %1</source>
        <translation>Impossibile impostare la lingua della classe %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Ospite</translation>
    </message>
    <message>
        <source>Cannot read the languages of the students</source>
        <translation>Impossibile leggere le lingue degli alunni</translation>
    </message>
</context>
<context>
    <name>ProgressSubjectChooser</name>
    <message>
        <source>Whose progress to show: a student or a class</source>
        <translation>Di chi mostrare i progressi: un alunno o una classe</translation>
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
        <translation>Perché non ci sono progressi da mostrare</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>&amp;Rileggi</translation>
    </message>
    <message>
        <source>Read the progress store again</source>
        <translation>Rileggi l&apos;archivio dei progressi</translation>
    </message>
    <message>
        <source>&amp;Progress of:</source>
        <translation>&amp;Progressi di:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Tutto il periodo</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Date scelte</translation>
    </message>
    <message>
        <source>Which period to show</source>
        <translation>Quale periodo mostrare</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primo giorno del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Ultimo giorno del periodo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>E&amp;xport report...</source>
        <translation>E&amp;sporta report...</translation>
    </message>
    <message>
        <source>Export a progress report of what is shown</source>
        <translation>Esporta un report dei progressi mostrati</translation>
    </message>
    <message>
        <source>Save the figures shown as a PDF to print, a CSV for a spreadsheet or an HTML page</source>
        <translation>Salva i dati mostrati come PDF da stampare, CSV per un foglio di calcolo o pagina HTML</translation>
    </message>
    <message>
        <source>The report last saved</source>
        <translation>L&apos;ultimo report salvato</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>&amp;Cifre</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>A&amp;lunni</translation>
    </message>
    <message>
        <source>The progress cannot be read. %1</source>
        <translation>Impossibile leggere i progressi. %1</translation>
    </message>
    <message>
        <source>There is no progress to show: no progress store is open. Once the app has a place to keep the children&apos;s attempts, each student&apos;s progress appears here.</source>
        <translation>Non ci sono progressi da mostrare: nessun archivio dei progressi è aperto. Quando l&apos;app avrà un posto dove conservare i tentativi dei bambini, qui compariranno i progressi di ogni alunno.</translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation>Ancora nessun alunno</translation>
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
        <translation>Non c&apos;è nessun archivio dei progressi da cui creare un report.</translation>
    </message>
    <message>
        <source>Choose a student or a class to report on.</source>
        <translation>Scegliere un alunno o una classe per il report.</translation>
    </message>
    <message>
        <source>The report&apos;s file name must end in .pdf, .csv or .html; &quot;%1&quot; does not.</source>
        <translation>Il nome del file del report deve terminare con .pdf, .csv o .html; &quot;%1&quot; non è così.</translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation>Progressi %1 %2</translation>
    </message>
    <message>
        <source>Writing the report %1...</source>
        <translation>Scrittura del report %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Esporta report dei progressi</translation>
    </message>
    <message>
        <source>How far the report is</source>
        <translation>Avanzamento del report</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Impossibile scrivere il report: %1</translation>
    </message>
</context>
<context>
    <name>ReportFileChooser</name>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF, da stampare (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (*.csv)</source>
        <translation>CSV, per un foglio di calcolo (*.csv)</translation>
    </message>
    <message>
        <source>HTML, for a browser or an e-mail (*.html *.htm)</source>
        <translation>HTML, per un browser o un&apos;e-mail (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Esporta report dei progressi</translation>
    </message>
    <message>
        <source>There is already a file named %1 in %2. Replace it with the new report?</source>
        <translation>Esiste già un file di nome %1 in %2. Sostituirlo con il nuovo report?</translation>
    </message>
    <message>
        <source>The file there now would be lost.</source>
        <translation>Il file attualmente presente andrebbe perso.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Sostituisci</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Mantieni</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Il report è stato annullato.</translation>
    </message>
    <message>
        <source>Cannot draw the report&apos;s PDF pages.</source>
        <translation>Impossibile disegnare le pagine PDF del report.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report&apos;s PDF.</source>
        <translation>Impossibile iniziare la pagina %1 del PDF del report.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>pagina %1 di %2</translation>
    </message>
    <message>
        <source>Cannot finish the report&apos;s PDF.</source>
        <translation>Impossibile completare il PDF del report.</translation>
    </message>
    <message>
        <source>read as asked</source>
        <translation>letti come richiesto</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentativi</translation>
    </message>
    <message>
        <source>average stars</source>
        <translation>media stelle</translation>
    </message>
    <message>
        <source>learnt (%1%)</source>
        <translation>imparata (%1%)</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per week</source>
        <translation>Letti come richiesto, stelle e tentativi, per settimana</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per day</source>
        <translation>Letti come richiesto, stelle e tentativi, per giorno</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per week</source>
        <translation>Cifra %1: letti come richiesto, stelle e tentativi, per settimana</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per day</source>
        <translation>Cifra %1: letti come richiesto, stelle e tentativi, per giorno</translation>
    </message>
    <message>
        <source>Digit %1: no attempts in this period</source>
        <translation>Cifra %1: nessun tentativo in questo periodo</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>Nessun tentativo in questo periodo</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read as asked</source>
        <translation>%1: %2 su %3 letti come richiesto</translation>
    </message>
    <message>
        <source>started in an unusual place</source>
        <translation>inizio in un punto insolito</translation>
    </message>
    <message>
        <source>drawn the other way round</source>
        <translation>verso di scrittura opposto</translation>
    </message>
    <message>
        <source>strokes in an unusual order</source>
        <translation>tratti in un ordine insolito</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>inizio %1</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>verso %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>ordine %1</translation>
    </message>
    <message>
        <source>most often %1 (in %2 of %3 attempts)</source>
        <translation>più spesso: %1 (in %2 tentativi su %3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>tutti i tentativi</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Alunno</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Attempts made</source>
        <translation>Tentativi effettuati</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Report creato</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Nessun tentativo in questo periodo.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Alunni</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>%1 (of which free drawing: %2)</source>
        <translation>%1 (di cui disegno libero: %2)</translation>
    </message>
    <message>
        <source>Read as the asked digit</source>
        <translation>Letti come la cifra richiesta</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 su %2 (%3)</translation>
    </message>
    <message>
        <source>Digits to practise next</source>
        <translation>Prossime cifre da esercitare</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Ogni cifra viene letta come richiesto almeno nel %1 dei casi: ottimo lavoro.</translation>
    </message>
    <message>
        <source>read as asked in %1 of %2 attempts (%3)</source>
        <translation>letta come richiesto in %1 tentativi su %2 (%3)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>non ancora provata</translation>
    </message>
    <message>
        <source>Chosen first from the digits read as asked less than %1 of the time, the lowest first (on a tie, the one tried more), then from the digits not tried yet.</source>
        <translation>Scelte prima tra le cifre lette come richiesto meno del %1 delle volte, a partire dalla più bassa (a parità, quella provata più volte), poi tra le cifre non ancora provate.</translation>
    </message>
    <message>
        <source>Each digit</source>
        <translation>Ogni cifra</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Letti come richiesto</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasso di successo</translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation>Media stelle</translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation>Tendenza (punti)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Speculari</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Suggerimenti sul tracciato</translation>
    </message>
    <message>
        <source>Trend: the success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on. Reversed: how often the digit was written facing the other way (mirror writing). Formation hints: how often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Tendenza: il tasso di successo della seconda metà dei tentativi di una cifra meno quello della prima metà, in punti percentuali, a partire da %1 tentativi. Speculari: quante volte la cifra è stata scritta al contrario (scrittura speculare). Suggerimenti sul tracciato: quante volte al bambino è stato mostrato un punto di partenza, un verso o un ordine dei tratti migliore.</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progressi nel tempo</translation>
    </message>
    <message>
        <source>Success rate and attempts per week</source>
        <translation>Tasso di successo e tentativi per settimana</translation>
    </message>
    <message>
        <source>Success rate and attempts per day</source>
        <translation>Tasso di successo e tentativi per giorno</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>Settimana (da lunedì)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>%1 attempt at %2: %3 of 3 stars</source>
        <translation>%1: tentativo per la cifra %2, %3 stelle su 3</translation>
    </message>
    <message>
        <source>written facing the other way</source>
        <translation>scritto al contrario</translation>
    </message>
    <message>
        <source>Best and latest attempt at each digit</source>
        <translation>Tentativo migliore e più recente per ogni cifra</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guida</translation>
    </message>
    <message>
        <source>no guide</source>
        <translation>nessuna guida</translation>
    </message>
    <message>
        <source>Guide for %1</source>
        <translation>Guida per la cifra %1</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Migliore</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Più recente</translation>
    </message>
    <message>
        <source>Beside the guide the app shows for the digit. A green dot marks where each stroke began. Best: the most stars, then the surest reading.</source>
        <translation>Accanto alla guida che l&apos;app mostra per la cifra. Un pallino verde indica dove è iniziato ogni tratto. Migliore: il maggior numero di stelle, poi la lettura più sicura.</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Da esercitare</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviato)</translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation>Report dei progressi della classe</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Report dei progressi</translation>
    </message>
    <message>
        <source>Class progress report: %1</source>
        <translation>Report dei progressi della classe: %1</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Report dei progressi: %1</translation>
    </message>
    <message>
        <source>Cannot draw the report: the program has no QGuiApplication, which fonts need (try the offscreen platform).</source>
        <translation>Impossibile disegnare il report: il programma non ha una QGuiApplication, necessaria per i font (provare la piattaforma offscreen).</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (BCP 47), for the report&apos;s lang attribute.</extracomment>
        <translation>it</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Non è stato indicato nessun nome di file per il report.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Impossibile scrivere il report in %1: %2.</translation>
    </message>
    <message>
        <source>The report&apos;s period starts on %1, after it ends on %2.</source>
        <translation>Il periodo del report inizia il %1, dopo la sua fine il %2.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Formato del report sconosciuto.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Impossibile scrivere il report: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>student</source>
        <translation>alunno</translation>
    </message>
    <message>
        <source>group</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>time</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>asked_digit</source>
        <translation>cifra_richiesta</translation>
    </message>
    <message>
        <source>recognised_digit</source>
        <translation>cifra_riconosciuta</translation>
    </message>
    <message>
        <source>success</source>
        <translation>riuscito</translation>
    </message>
    <message>
        <source>posterior</source>
        <translation>probabilità_a_posteriori</translation>
    </message>
    <message>
        <source>log_likelihood</source>
        <translation>log_verosimiglianza</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>anomalo</translation>
    </message>
    <message>
        <source>typicality</source>
        <translation>tipicità</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>stelle</translation>
    </message>
    <message>
        <source>formation</source>
        <translation>tracciato</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>speculare</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modello</translation>
    </message>
    <message>
        <source>strokes</source>
        <translation>tratti</translation>
    </message>
</context>
<context>
    <name>ShowMeCoach</name>
    <message>
        <source>Try starting at the green dot.</source>
        <translation>Prova a partire dal pallino verde.</translation>
    </message>
    <message>
        <source>Try it from the green dot, the arrow&apos;s way.</source>
        <translation>Prova a partire dal pallino verde, seguendo la freccia.</translation>
    </message>
    <message>
        <source>Try this part first, from the green dot.</source>
        <translation>Prova prima questa parte, partendo dal pallino verde.</translation>
    </message>
</context>
<context>
    <name>ShowMeOverlay</name>
    <message>
        <source>The digit being written</source>
        <translation>Il numero mentre viene scritto</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>Compare my drawing with the guide</source>
        <translation>Confronta il mio disegno con la guida</translation>
    </message>
    <message>
        <source>Show what is missing and what is extra</source>
        <translation>Mostra cosa manca e cosa c&apos;è in più</translation>
    </message>
</context>
<context>
    <name>StarsView</name>
    <message>
        <source>Stars</source>
        <translation>Stelle</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n stella</numerusform>
            <numerusform>%n stelle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Writes with the left hand</source>
        <translation>Scrive con la mano sinistra</translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation>Aggiungi alunno</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>Modifica alunno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>Classe o gruppo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Class or group:</source>
        <translation>Classe o gruppo:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Same as the class</source>
        <translation>Come la classe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language the child sees and hears: a child may speak another language at home</source>
        <translation>La lingua che il bambino vede e sente: un bambino può parlare un’altra lingua a casa</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
</context>
<context>
    <name>StudentFiguresTable</name>
    <message>
        <source>Student</source>
        <translation>Alunno</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Letti come richiesto</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Successo</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Da esercitare</translation>
    </message>
    <message>
        <source>Every attempt, free drawing included</source>
        <translation>Tutti i tentativi, disegno libero compreso</translation>
    </message>
    <message>
        <source>Attempts at an asked digit that were read as that digit</source>
        <translation>Tentativi per una cifra richiesta che sono stati letti come quella cifra</translation>
    </message>
    <message>
        <source>The digits this student should practise next</source>
        <translation>Le prossime cifre che questo alunno dovrebbe esercitare</translation>
    </message>
    <message>
        <source>Figures for each student of the class; activate a row to see that student</source>
        <translation>Dati per ogni alunno della classe; attivare una riga per vedere quell&apos;alunno</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviato)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Below %1: needs work</source>
        <translation>Sotto il %1: da esercitare</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, da esercitare</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Who is writing?</source>
        <translation>Chi scrive?</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>Sono %1</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Scrivi con il nome di %1</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Add...</source>
        <translation>Aggiungi...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Modifica...</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Rimuovi...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Delete for Good...</source>
        <translation>Elimina definitivamente...</translation>
    </message>
    <message>
        <source>Add a student for each child: at the start they tap their own name, and their attempts are kept for them. Guest is for anyone else. A student removed is archived: out of the lists, their attempts kept, until you restore them or delete them for good.</source>
        <translation>Aggiungere un alunno per ogni bambino: all&apos;inizio ciascuno tocca il proprio nome e i suoi tentativi vengono conservati per lui. Ospite è per chiunque altro. Un alunno rimosso viene archiviato: esce dagli elenchi e i suoi tentativi vengono conservati, finché non lo si ripristina o lo si elimina definitivamente.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Mano</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Alunni</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sinistra</translation>
    </message>
    <message>
        <source>right</source>
        <translation>destra</translation>
    </message>
    <message>
        <source>Archived: not in the lists, attempts kept</source>
        <translation>Archiviato: non negli elenchi, tentativi conservati</translation>
    </message>
    <message>
        <source>Remove Student</source>
        <translation>Rimuovi alunno</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the lists? %1 will be archived and their %n attempt(s) kept; you can restore them or delete them for good on this page.</source>
        <translation>
            <numerusform>Rimuovere %1 dagli elenchi? %1 verrà archiviato e il suo %n tentativo sarà conservato; è possibile ripristinarlo o eliminarlo definitivamente in questa pagina.</numerusform>
            <numerusform>Rimuovere %1 dagli elenchi? %1 verrà archiviato e i suoi %n tentativi saranno conservati; è possibile ripristinarlo o eliminarlo definitivamente in questa pagina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Delete Student for Good</source>
        <translation>Elimina alunno definitivamente</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and their %n attempt(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare definitivamente %1 e il suo %n tentativo? L&apos;operazione non può essere annullata.</numerusform>
            <numerusform>Eliminare definitivamente %1 e i suoi %n tentativi? L&apos;operazione non può essere annullata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Elimina definitivamente</translation>
    </message>
    <message>
        <source>Class Language...</source>
        <translation>Lingua della classe...</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language the children of the chosen student&apos;s class see and hear</source>
        <translation>La lingua che vedono e sentono i bambini della classe dell’alunno scelto</translation>
    </message>
    <message>
        <source>%1 (the computer&apos;s)</source>
        <translation>%1 (quella del computer)</translation>
    </message>
</context>
<context>
    <name>TeacherArea</name>
    <message>
        <source>Teacher Area</source>
        <translation>Area insegnante</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Alunni</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progressi</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Saved Attempts...</source>
        <translation>Tentativi salvati...</translation>
    </message>
    <message>
        <source>Every attempt, newest first: watch how each was written</source>
        <translation>Tutti i tentativi, dal più recente: per vedere come è stato scritto ciascuno</translation>
    </message>
    <message>
        <source>Quit Digit Tutor</source>
        <translation>Esci da Digit Tutor</translation>
    </message>
    <message>
        <source>The progress database is not available, so students and progress cannot be shown: %1</source>
        <translation>Il database dei progressi non è disponibile, quindi non è possibile mostrare alunni e progressi: %1</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can open this area. Set one under Settings to keep children out.</source>
        <translation>Non è ancora impostato nessun PIN: chiunque può aprire quest&apos;area. Impostarne uno in Impostazioni per tenere fuori i bambini.</translation>
    </message>
    <message>
        <source>No voice on this computer speaks %1: children who practise in it see the words but hear nothing. A system administrator can add voices (on Debian, the package speech-dispatcher-espeak-ng).</source>
        <translation>Nessuna voce di questo computer parla %1: i bambini che si esercitano in questa lingua vedono le parole ma non sentono nulla. Un amministratore di sistema può aggiungere voci (su Debian, il pacchetto speech-dispatcher-espeak-ng).</translation>
    </message>
</context>
<context>
    <name>TeacherLock</name>
    <message>
        <source>The PIN or password needs at least %1 characters.</source>
        <translation>Il PIN o la password deve avere almeno %1 caratteri.</translation>
    </message>
</context>
<context>
    <name>TeacherSettingsPage</name>
    <message>
        <source>Set PIN</source>
        <translation>Imposta PIN</translation>
    </message>
    <message>
        <source>After a digit, show where to start when it was written an unusual way</source>
        <translation>Dopo una cifra, mostra da dove iniziare se è stata scritta in modo insolito</translation>
    </message>
    <message>
        <source>Speak to the children</source>
        <translation>Parla ai bambini</translation>
    </message>
    <message>
        <source>Sound effects</source>
        <translation>Effetti sonori</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>Avvia a schermo intero</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>Usa questo database</translation>
    </message>
    <message>
        <source>Teacher area PIN or password</source>
        <translation>PIN o password dell&apos;area insegnante</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>Nuovo PIN o password</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Ripetere per conferma</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>Nuovo PIN o password:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Ripetere per conferma:</translation>
    </message>
    <message>
        <source>The children&apos;s screen</source>
        <translation>Lo schermo dei bambini</translation>
    </message>
    <message>
        <source>Children who cannot read yet hear every message. Full screen takes effect the next time the app starts.</source>
        <translation>I bambini che non sanno ancora leggere ascoltano ogni messaggio. Lo schermo intero ha effetto dal prossimo avvio dell&apos;app.</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Suggerimenti sul tracciato</translation>
    </message>
    <message>
        <source>Switch them off where your school teaches other ways of forming the digits. What the check finds is kept for the progress view either way.</source>
        <translation>Disattivarli se la scuola insegna altri modi di scrivere le cifre. Ciò che il controllo rileva viene comunque conservato per la vista dei progressi.</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Database dei progressi</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own file. A school can keep one PostgreSQL server for all its classroom computers: postgresql://user@server/digit_tutor. Its password is not saved: give it once each time the app starts.</source>
        <translation>Vuoto: il file proprio di questo computer. Una scuola può usare un unico server PostgreSQL per tutti i computer delle sue classi: postgresql://user@server/digit_tutor. La sua password non viene salvata: va inserita una volta a ogni avvio dell&apos;app.</translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>il file proprio di questo computer</translation>
    </message>
    <message>
        <source>The server&apos;s password</source>
        <translation>La password del server</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>solo se il server la richiede</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same one twice.</source>
        <translation>I due PIN sono diversi; digitare due volte lo stesso PIN.</translation>
    </message>
    <message>
        <source>The PIN is set: the teacher area now asks for it.</source>
        <translation>Il PIN è impostato: ora l&apos;area insegnante lo richiede.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Teacher Area</source>
        <translation>Area insegnante</translation>
    </message>
    <message>
        <source>The teacher&apos;s PIN or password:</source>
        <translation>PIN o password dell&apos;insegnante:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN o password</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>Troppi PIN errati.</translation>
    </message>
    <message>
        <source>That is not the teacher&apos;s PIN.</source>
        <translation>Questo non è il PIN dell&apos;insegnante.</translation>
    </message>
    <message>
        <source>%1 Try again in %2 s.</source>
        <translation>%1 Riprovare tra %2 s.</translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Riprovare.</translation>
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
        <translation>Impossibile caricare il modello</translation>
    </message>
    <message>
        <source>The bundled model is used instead.</source>
        <translation>Viene usato il modello incluso.</translation>
    </message>
    <message>
        <source>Progress is kept as files, not in the database: %1</source>
        <translation>I progressi vengono conservati come file, non nel database: %1</translation>
    </message>
    <message>
        <source>Practise writing the digits 0-9.</source>
        <translation>Esercitarsi a scrivere le cifre da 0 a 9.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Mostra la guida alle opzioni della riga di comando.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Mostra le informazioni sulla versione.</translation>
    </message>
    <message>
        <source>Digit model file (.dtm) to use; without it the bundled default model.</source>
        <translation>File del modello di cifre (.dtm) da usare; se assente, il modello predefinito incluso.</translation>
    </message>
    <message>
        <source>Ways-of-writing file (.ways) for &quot;Show me&quot; and the formation hints; without it the bundled one.</source>
        <translation>File dei modi di scrivere (.ways) per &quot;Mostrami&quot; e i suggerimenti sul tracciato; se assente, quello incluso.</translation>
    </message>
    <message>
        <source>Progress database: an SQLite file or postgresql://user@host/dbname; without it the teacher&apos;s setting, else the user&apos;s own file.</source>
        <translation>Database dei progressi: un file SQLite o postgresql://user@host/dbname; se assente, l&apos;impostazione dell&apos;insegnante, altrimenti il file proprio dell&apos;utente.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are passed on to Qt.
</source>
        <translation>Le opzioni proprie di Qt, come -platform NOME e -style NOME, vengono passate a Qt.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>opzione sconosciuta &apos;%1&apos;; vedere &apos;digit-tutor --help&apos;.</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value.</source>
        <translation>l&apos;opzione &apos;%1&apos; richiede un valore.</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>un file di modello</translation>
    </message>
    <message>
        <source>a ways-of-writing file</source>
        <translation>un file dei modi di scrivere</translation>
    </message>
    <message>
        <source>a file or a postgresql:// URL</source>
        <translation>un file o un URL postgresql://</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value (%2).</source>
        <translation>l&apos;opzione &apos;%1&apos; richiede un valore (%2).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>argomento inatteso &apos;%1&apos;; vedere &apos;digit-tutor --help&apos;.</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.

%2</source>
        <translation>Non è stato possibile caricare il modello %1.

%2</translation>
    </message>
</context>
</TS>
