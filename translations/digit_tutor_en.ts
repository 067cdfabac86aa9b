<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttemptArchive</name>
    <message>
        <source>Cannot save the attempt: the asked digit %1 is not 0-9 (or -1 for free drawing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the attempt: the folder %1 cannot be created; check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: every name for %2 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text of at most %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;key&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;when&quot; is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the attempt %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt %1 is not a stroke file: it has %2 bytes, more than any attempt (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has no format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was kept by a newer Digit Tutor (format %1; this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has the unknown format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt %1 cannot be removed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttemptHistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facing the other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttemptsDialog</name>
    <message>
        <source>Replay of the chosen attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the attempt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Twice as fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked, read as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free drawing, read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts in the progress database, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Progress Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database is not available, so its attempts cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts yet. Each drawing a child finishes with Done is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1, newest first; older ones come as you scroll down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an attempt to watch it being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the Database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3; kept as the file %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BigButton</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip and its key</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildWords</name>
    <message>
        <source>Draw any digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit first!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw an %1 first!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a %1 first!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s write a digit!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s write an %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s write a %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looks like an %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looks like a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a digit yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looks like an %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looks like a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can write an %1 all by yourself!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can write a %1 all by yourself!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An %1 written like yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 written like yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wonderful!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfect!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super writing!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brilliant!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good job!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nice work!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good try! Have another go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly! Try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going, you can do it!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 is facing the other way. Let&apos;s turn it round!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassLanguageDialog</name>
    <message>
        <source>The computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children of this class see and hear the app in this language, unless a student has a language of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfidenceMeter</name>
    <message>
        <source>How sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bit sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quite sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very sure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address %1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address %1 names no database; add it after the host, as in postgresql://host/digit_tutor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address %1 is neither a file nor a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address %1 names no file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <source>Your drawing on the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue shows ink still to add: %1% of the guide. Orange shows ink not needed: %2% of the drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1% · extra %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigitFiguresTable</name>
    <message>
        <source>Digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the digit was read as the one asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average stars, of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the child was shown a better place to start, way round or stroke order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for each digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts elsewhere %1, other way %2, order %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs work: practise this digit next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 read as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the digit was written facing the other way (mirror writing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the digit here with the mouse, a pen or a finger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of how the digit is usually written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeptAttempts</name>
    <message>
        <source>%1; and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeptFilesPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts waiting to go into the progress database, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put Them into the Progress Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the attempts kept here in the progress database, each once, for its own child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What putting the attempts into the database did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to go into the progress database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strokes only: replayed here, never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These attempts could not go into the progress database when they were made (it was not available), so they were kept whole as files on this computer. They are waiting to go into the progress database: nothing is lost. They go in by themselves once it works again, or now with the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts are waiting: every attempt is in the progress database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts are waiting to go into the progress database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of strokes only (kept by an older Digit Tutor, or damaged) can be replayed here; they never go into the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database is still not available, so the attempts stay here, safe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts that went into the progress database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The others stay here for now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt was waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Left-handed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; the current model is kept.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Show me&quot; is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Student...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt was kept as a file, not in the progress database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher &amp;Area...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is now kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students, progress, reports and settings, for grown-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for two seconds to leave Digit Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s practice plan could not be read; they start afresh: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s practice plan is damaged; they start afresh: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s practice plan was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts kept as files stay there for now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1, of which %2 of archived students, who stay archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) kept as files are of students deleted for good (%1): they stay as files and are not stored. The teacher area&apos;s Saved Attempts shows them.</source>
        <translation>
            <numerusform>%n attempt kept as a file is of students deleted for good (%1): it stays as a file and is not stored. The teacher area&apos;s Saved Attempts shows it.</numerusform>
            <numerusform>%n attempts kept as files are of students deleted for good (%1): they stay as files and are not stored. The teacher area&apos;s Saved Attempts shows them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelDescription</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it learnt from is not recorded in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln handwritten digit(s) of MNIST</source>
        <translation>
            <numerusform>%Ln handwritten digit of MNIST</numerusform>
            <numerusform>%Ln handwritten digits of MNIST</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s) of a class&apos;s own digits</source>
        <translation>
            <numerusform>%Ln picture of a class&apos;s own digits</numerusform>
            <numerusform>%Ln pictures of a class&apos;s own digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s) drawn with a pen</source>
        <translation>
            <numerusform>%Ln digit drawn with a pen</numerusform>
            <numerusform>%Ln digits drawn with a pen</numerusform>
        </translation>
    </message>
    <message>
        <source>Learnt from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learnt from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each drawn digit was also learnt in %n distorted version(s), as a child&apos;s hand might have drawn it.</source>
        <translation>
            <numerusform>Each drawn digit was also learnt in %n distorted version, as a child&apos;s hand might have drawn it.</numerusform>
            <numerusform>Each drawn digit was also learnt in %n distorted versions, as a child&apos;s hand might have drawn it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learnt what is not a digit from %Ln doodle(s).</source>
        <translation>
            <numerusform>It learnt what is not a digit from %Ln doodle.</numerusform>
            <numerusform>It learnt what is not a digit from %Ln doodles.</numerusform>
        </translation>
    </message>
    <message>
        <source>How well it reads digits drawn on the screen is measured apart: the bundled model&apos;s figures are in models/README.md, and digit-tutor-cli evaluate measures any model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well it reads is not recorded in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It reads %1 of the MNIST test set right: %Ln handwritten digit(s) it never saw while learning.</source>
        <translation>
            <numerusform>It reads %1 of the MNIST test set right: %Ln handwritten digit it never saw while learning.</numerusform>
            <numerusform>It reads %1 of the MNIST test set right: %Ln handwritten digits it never saw while learning.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reads %1 of the MNIST test set right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was made is not recorded in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the ways learnt from drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covariance regularisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slanted digits straightened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOG: orientations / cell pixels / block cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting rounds at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a digit below this percentile of the training scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distorted copies of each MNIST digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic while fitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models/default.dtm, built into the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways of writing each digit (components)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times each drawn digit counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distorted versions of each drawn digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawings, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the features are scored in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Load Model File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Bundled Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model file (.dtm) is made by digit-tutor-cli train, for example on MNIST with your own class&apos;s digits added. A file that is not a valid model is refused and the current model stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit models (*.dtm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which model is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model learnt from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the model reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the model was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it learnt from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well it reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the model&apos;s technical settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s technical settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode: write the asked digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the digit I ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free drawing mode: draw any digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw any digit and I will say which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace over the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the guide under your drawing to trace over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the digit to write again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the question again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the drawing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how well it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write another digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which digit to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the drawing looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me how to write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the digit being written, stroke by stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressAttemptsPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen attempt, as the child drew it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the attempt in the timing it was drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the attempt being drawn again, stroke by stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;wice as fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stroke order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked, not read as a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked, nothing drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked, read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an attempt to see how it was drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free drawing, written facing the other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked, written facing the other way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChartView</name>
    <message>
        <source>All digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which digit&apos;s progress the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressOverview</name>
    <message>
        <source>Whose progress is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits that need work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation hints to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1 (free drawing: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as asked: %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs work: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts elsewhere %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other way round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stroke order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation to practise: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an SQLite database (its %1 bytes do not start as one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal there (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: Qt&apos;s %2 driver is not installed (Debian package %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: its folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database %1 cannot be used: %2. It was left as it is; choose another file, or move this one away to start a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database %1 is read-only: %2. It was left as it is; attempts are kept as files until it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database %1 is damaged or is not a database (%2); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not a Digit Tutor progress database (it has other tables); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database %1 was made by a newer Digit Tutor (schema %2; this one knows up to %3); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of the schema failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (progress database %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the Guest student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student&apos;s name must have 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a student named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest keeps its name: it is the student of attempts made without choosing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest cannot be removed: it is the student of attempts made without choosing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attempt with asked digit %1, recognised digit %2 and %3 stars cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a practice plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice plan of %1 bytes cannot be stored: the most is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the practice plan of student number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is busy, locked by another program or window writing to it; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is read-only (check the permissions of the file and its folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database %1 could not be checked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2. Reports may leave attempts out. Keep a copy of the file and have it repaired (the sqlite3 tool&apos;s .recover command rescues what can be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a student named %1, archived: restore them under Students, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot archive the student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the lists: only an archived student can be deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the students deleted for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of %1 attempts cannot be read: a page holds 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the saved attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read an attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attempt number %1 in the progress database %2; it may have been removed with its student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the app knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the language of the class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a class or group has a language of its own; this student has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the language of the class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the languages of the students</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressSubjectChooser</name>
    <message>
        <source>Whose progress to show: a student or a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Why there is no progress to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the progress store again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which period to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a progress report of what is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures shown as a PDF to print, a CSV for a spreadsheet or an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress cannot be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no progress to show: no progress store is open. Once the app has a place to keep the children&apos;s attempts, each student&apos;s progress appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no progress store to make a report from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a student or a class to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s file name must end in .pdf, .csv or .html; &quot;%1&quot; does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the report is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFileChooser</name>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML, for a browser or an e-mail (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file named %1 in %2. Replace it with the new report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file there now would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Cannot draw the report&apos;s PDF pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report&apos;s PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the report&apos;s PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started in an unusual place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strokes in an unusual order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most often %1 (in %2 of %3 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of which free drawing: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as the asked digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits to practise next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as asked in %1 of %2 attempts (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen first from the digits read as asked less than %1 of the time, the lowest first (on a tie, the one tried more), then from the digits not tried yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate and attempts per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate and attempts per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempt at %2: %3 of 3 stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best and latest attempt at each digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the guide the app shows for the digit. A green dot marks where each stroke began. Best: the most stars, then the surest reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class progress report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the report: the program has no QGuiApplication, which fonts need (try the offscreen platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (BCP 47), for the report&apos;s lang attribute.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s period starts on %1, after it ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: the success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on. Reversed: how often the digit was written facing the other way (mirror writing). Formation hints: how often the child was shown a better place to start, way round or stroke order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written facing the other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learnt (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit %1: no attempts in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 read as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked_digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised_digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log_likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typicality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strokes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowMeCoach</name>
    <message>
        <source>Try starting at the green dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it from the green dot, the arrow&apos;s way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this part first, from the green dot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowMeOverlay</name>
    <message>
        <source>The digit being written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare my drawing with the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what is missing and what is extra</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarsView</name>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Writes with the left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class or group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the child sees and hears: a child may speak another language at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentFiguresTable</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attempt, free drawing included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts at an asked digit that were read as that digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digits this student should practise next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for each student of the class; activate a row to see that student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1: needs work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Who is writing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for Good...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a student for each child: at the start they tap their own name, and their attempts are kept for them. Guest is for anyone else. A student removed is archived: out of the lists, their attempts kept, until you restore them or delete them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: not in the lists, attempts kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the lists? %1 will be archived and their %n attempt(s) kept; you can restore them or delete them for good on this page.</source>
        <translation>
            <numerusform>Remove %1 from the lists? %1 will be archived and their %n attempt kept; you can restore them or delete them for good on this page.</numerusform>
            <numerusform>Remove %1 from the lists? %1 will be archived and their %n attempts kept; you can restore them or delete them for good on this page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Student for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and their %n attempt(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %1 and their %n attempt for good? This cannot be undone.</numerusform>
            <numerusform>Delete %1 and their %n attempts for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class Language...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the children of the chosen student&apos;s class see and hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the computer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherArea</name>
    <message>
        <source>Teacher Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database is not available, so students and progress cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can open this area. Set one under Settings to keep children out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Digit Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Attempts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attempt, newest first: watch how each was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice on this computer speaks %1: children who practise in it see the words but hear nothing. A system administrator can add voices (on Debian, the package speech-dispatcher-espeak-ng).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherLock</name>
    <message>
        <source>The PIN or password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherSettingsPage</name>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a digit, show where to start when it was written an unusual way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher area PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch them off where your school teaches other ways of forming the digits. What the check finds is kept for the progress view either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is set: the teacher area now asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak to the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children who cannot read yet hear every message. Full screen takes effect the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own file. A school can keep one PostgreSQL server for all its classroom computers: postgresql://user@server/digit_tutor. Its password is not saved: give it once each time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Teacher Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher&apos;s PIN or password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the teacher&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Digit Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled model is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is kept as files, not in the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file or a postgresql:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ways-of-writing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise writing the digits 0-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit model file (.dtm) to use; without it the bundled default model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways-of-writing file (.ways) for &quot;Show me&quot; and the formation hints; without it the bundled one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress database: an SQLite file or postgresql://user@host/dbname; without it the teacher&apos;s setting, else the user&apos;s own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are passed on to Qt.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
