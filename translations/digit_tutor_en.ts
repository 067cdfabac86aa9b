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
        <source>Cannot save the attempt: %1</source>
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
</context>
<context>
    <name>AttemptsDialog</name>
    <message>
        <source>Saved attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved attempts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>a %1 was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts have been saved yet. Each time a child presses Done, the drawing is saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an %1 was asked</source>
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
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for: %1.</source>
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
        <source>Blue: ink still to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange: ink not needed</source>
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
        <source>%1%</source>
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
    <name>MainWindow</name>
    <message>
        <source>Digit Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another digit model file (.dtm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left-handed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the guide and the buttons on the right, away from a left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speak the Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say &quot;Write a 3&quot; aloud, for children who cannot read yet</source>
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
        <source>Cannot load model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; the current model is kept.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved Attempts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch how each saved digit was written, stroke by stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation &amp;Hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a digit, show where to start and which way to go when it was written an unusual way</source>
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
        <source>Choose who is writing, so that their attempts are kept for them</source>
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
        <source>Digit Tutor - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt was kept as a file, not in the progress database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
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
        <source>Draw any digit</source>
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
        <source>Draw a %1 first!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wonderful!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good try! Have another go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&amp;nbsp;&amp;nbsp;%2</source>
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
        <source>Write an %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw an %1 first!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looks like an %1</source>
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
        <source>Nearly! Try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going, you can do it!</source>
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
        <source>Like this:</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>How sure am I?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours on the guide:</source>
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
    <name>main</name>
    <message>
        <source>digit-tutor: the option &apos;%1&apos; needs a value (a model file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit-tutor: the option &apos;%1&apos; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit-tutor: unknown option &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit-tutor: unexpected argument &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>digit-tutor: the option &apos;--ways&apos; needs a value (a ways-of-writing file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit-tutor: the option &apos;--database&apos; needs a value (a file or a postgresql:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: digit-tutor [options]
Practise writing the digits 0-9.

Options:
  -h, --help          Displays help on commandline options.
  -v, --version       Displays version information.
  -m, --model &lt;FILE&gt;  Digit model file (.dtm) to use; without it the bundled
                      default model.
  --ways &lt;FILE&gt;       Ways-of-writing file (.ways) for &quot;Show me&quot; and the
                      formation hints; without it the bundled one.
  --database &lt;URL&gt;    Progress database: an SQLite file or
                      postgresql://user@host/dbname; without it the
                      teacher&apos;s setting, else the user&apos;s own file.

Qt&apos;s own options, such as -platform NAME and -style NAME, are passed on to Qt.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is kept as files, not in the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
