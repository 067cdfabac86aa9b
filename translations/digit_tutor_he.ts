<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AttemptArchive</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; אינו מספר שלם בין %2 ל-%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; אינו מספר</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text of at most %2 characters</source>
        <translation>&quot;%1&quot; אינו טקסט של %2 תווים לכל היותר</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; אינו true או false</translation>
    </message>
    <message>
        <source>&quot;key&quot; is empty</source>
        <translation>&quot;key&quot; ריק</translation>
    </message>
    <message>
        <source>&quot;when&quot; is not a time</source>
        <translation>&quot;when&quot; אינו זמן</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the asked digit %1 is not 0-9 (or -1 for free drawing).</source>
        <translation>לא ניתן לשמור את הניסיון: הספרה המבוקשת %1 אינה בין 0 ל-9 (או -1 לציור חופשי).</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the folder %1 cannot be created; check that it is writable.</source>
        <translation>לא ניתן לשמור את הניסיון: לא ניתן ליצור את התיקייה %1; יש לוודא שיש הרשאת כתיבה אליה.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: %2.</source>
        <translation>לא ניתן לשמור את הניסיון בתיקייה %1: %2.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: every name for %2 is taken.</source>
        <translation>לא ניתן לשמור את הניסיון בתיקייה %1: כל השמות עבור %2 תפוסים.</translation>
    </message>
    <message>
        <source>Cannot save the attempt %1: %2.</source>
        <translation>לא ניתן לשמור את הניסיון %1: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 does not exist.</source>
        <translation>הניסיון %1 אינו קיים.</translation>
    </message>
    <message>
        <source>The attempt cannot be read: %1</source>
        <translation>לא ניתן לקרוא את הניסיון: %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be read: %2.</source>
        <translation>לא ניתן לקרוא את הניסיון %1: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 is not a stroke file: it has %2 bytes, more than any attempt (%3).</source>
        <translation>הניסיון %1 אינו קובץ קווים: גודלו %2 בתים, יותר מכל ניסיון (%3).</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has no format</source>
        <translation>ל-&quot;attempt&quot; שלו אין פורמט</translation>
    </message>
    <message>
        <source>it was kept by a newer Digit Tutor (format %1; this one reads up to %2)</source>
        <translation>הוא נשמר על ידי גרסה חדשה יותר של Digit Tutor (פורמט %1; גרסה זו קוראת עד %2)</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has the unknown format %1</source>
        <translation>ל-&quot;attempt&quot; שלו יש פורמט לא מוכר, %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be removed: %2.</source>
        <translation>לא ניתן להסיר את הניסיון %1: %2.</translation>
    </message>
</context>
<context>
    <name>AttemptHistoryModel</name>
    <message>
        <source>When</source>
        <translation>מועד</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>תלמיד</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>מבוקשת</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>זיהוי</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>כוכבים</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>זמן לא ידוע</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 מתוך %2 כוכבים</translation>
    </message>
    <message>
        <source>facing the other way</source>
        <translation>הפוכה (כתב ראי)</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>לא ספרה</translation>
    </message>
    <message>
        <source>nothing drawn</source>
        <translation>לא צויר דבר</translation>
    </message>
    <message>
        <source>right</source>
        <translation>נכון</translation>
    </message>
    <message>
        <source>another digit</source>
        <translation>ספרה אחרת</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>ציור חופשי</translation>
    </message>
</context>
<context>
    <name>AttemptsDialog</name>
    <message>
        <source>%1 asked, read as %2: %3</source>
        <translation>התבקשה %1, זוהתה כ-%2: %3</translation>
    </message>
    <message>
        <source>free drawing, read as %1</source>
        <translation>ציור חופשי, זוהה כ-%1</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(הקווים לא נשמרו)</translation>
    </message>
    <message>
        <source>Saved Attempts</source>
        <translation>ניסיונות שמורים</translation>
    </message>
    <message>
        <source>Whose attempts</source>
        <translation>של מי הניסיונות</translation>
    </message>
    <message>
        <source>Attempts in the progress database, newest first</source>
        <translation>ניסיונות במסד נתוני ההתקדמות, מהחדש לישן</translation>
    </message>
    <message>
        <source>In the Progress Database</source>
        <translation>במסד נתוני ההתקדמות</translation>
    </message>
    <message>
        <source>Replay of the chosen attempt</source>
        <translation>הצגה חוזרת של הניסיון שנבחר</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>על הניסיון המוצג</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>&amp;הצגה חוזרת</translation>
    </message>
    <message>
        <source>Play the attempt again</source>
        <translation>הצגת הניסיון שוב</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;עצירה</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>עצירת ההצגה החוזרת</translation>
    </message>
    <message>
        <source>&amp;Twice as fast</source>
        <translation>&amp;מהירות כפולה</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>הצגה חוזרת במהירות כפולה</translation>
    </message>
    <message>
        <source>Attempts of %1</source>
        <translation>הניסיונות של %1</translation>
    </message>
    <message>
        <source>&amp;Whose attempts:</source>
        <translation>&amp;של מי הניסיונות:</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>כל הילדים</translation>
    </message>
    <message>
        <source>The progress database is not available, so its attempts cannot be shown: %1</source>
        <translation>מסד נתוני ההתקדמות אינו זמין, ולכן לא ניתן להציג את הניסיונות שבו: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>לא מחובר מסד נתונים.</translation>
    </message>
    <message>
        <source>No attempts yet. Each drawing a child finishes with Done is kept here.</source>
        <translation>אין עדיין ניסיונות. כל ציור שילד או ילדה מסיימים בלחיצה על &quot;סיימתי&quot; נשמר כאן.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first; older ones come as you scroll down.</source>
        <translation>ניסיונות: %1, מהחדש לישן; הישנים יותר נטענים בגלילה למטה.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first.</source>
        <translation>ניסיונות: %1, מהחדש לישן.</translation>
    </message>
    <message>
        <source>Choose an attempt to watch it being written.</source>
        <translation>יש לבחור ניסיון כדי לצפות באופן כתיבתו.</translation>
    </message>
    <message>
        <source>Waiting for the Database (%1)</source>
        <translation>ממתין למסד הנתונים (%1)</translation>
    </message>
    <message>
        <source>Waiting for the Database</source>
        <translation>ממתין למסד הנתונים</translation>
    </message>
    <message>
        <source>%1, %2: %3; kept as the file %4</source>
        <translation>%1, %2: %3; נשמר כקובץ %4</translation>
    </message>
    <message>
        <source>%1 asked</source>
        <translation>התבקשה %1</translation>
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
        <translation>ציירו איזו ספרה שתרצו</translation>
    </message>
    <message>
        <source>Write an %1</source>
        <translation>כתבו את הספרה %1</translation>
    </message>
    <message>
        <source>Write a %1</source>
        <translation>כתבו את הספרה %1</translation>
    </message>
    <message>
        <source>Draw a digit first!</source>
        <translation>קודם ציירו ספרה!</translation>
    </message>
    <message>
        <source>Draw an %1 first!</source>
        <translation>קודם ציירו את הספרה %1!</translation>
    </message>
    <message>
        <source>Draw a %1 first!</source>
        <translation>קודם ציירו את הספרה %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a digit!</source>
        <translation>בואו נכתוב ספרה!</translation>
    </message>
    <message>
        <source>Let&apos;s write an %1!</source>
        <translation>בואו נכתוב את הספרה %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a %1!</source>
        <translation>בואו נכתוב את הספרה %1!</translation>
    </message>
    <message>
        <source>That looks like an %1</source>
        <translation>זה נראה כמו %1</translation>
    </message>
    <message>
        <source>That looks like a %1</source>
        <translation>זה נראה כמו %1</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a digit yet</source>
        <translation>זה עוד לא נראה כמו ספרה</translation>
    </message>
    <message>
        <source>That looks like an %1.</source>
        <translation>זה נראה כמו %1.</translation>
    </message>
    <message>
        <source>That looks like a %1.</source>
        <translation>זה נראה כמו %1.</translation>
    </message>
    <message>
        <source>Your %1 is facing the other way. Let&apos;s turn it round!</source>
        <translation>הספרה %1 שלכם הפוכה. בואו נסובב אותה!</translation>
    </message>
    <message>
        <source>You can write an %1 all by yourself!</source>
        <translation>אתם כבר יודעים לכתוב את הספרה %1 לבד!</translation>
    </message>
    <message>
        <source>You can write a %1 all by yourself!</source>
        <translation>אתם כבר יודעים לכתוב את הספרה %1 לבד!</translation>
    </message>
    <message>
        <source>An %1 written like yours</source>
        <translation>הספרה %1, כתובה כמו שאתם כותבים</translation>
    </message>
    <message>
        <source>A %1 written like yours</source>
        <translation>הספרה %1, כתובה כמו שאתם כותבים</translation>
    </message>
    <message>
        <source>Wonderful!</source>
        <translation>נפלא!</translation>
    </message>
    <message>
        <source>Perfect!</source>
        <translation>מושלם!</translation>
    </message>
    <message>
        <source>Super writing!</source>
        <translation>כתיבה מצוינת!</translation>
    </message>
    <message>
        <source>Brilliant!</source>
        <translation>מדהים!</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>כל הכבוד!</translation>
    </message>
    <message>
        <source>Good job!</source>
        <translation>יפה מאוד!</translation>
    </message>
    <message>
        <source>Nice work!</source>
        <translation>יופי של עבודה!</translation>
    </message>
    <message>
        <source>Great!</source>
        <translation>מצוין!</translation>
    </message>
    <message>
        <source>Good try! Have another go.</source>
        <translation>ניסיון יפה! נסו שוב.</translation>
    </message>
    <message>
        <source>Nearly! Try once more.</source>
        <translation>כמעט! נסו עוד פעם.</translation>
    </message>
    <message>
        <source>Keep going, you can do it!</source>
        <translation>תמשיכו, אתם יכולים!</translation>
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
        <translation>שפת המחשב</translation>
    </message>
    <message>
        <source>Language of Class %1</source>
        <translation>שפת הכיתה %1</translation>
    </message>
    <message>
        <source>The children of this class see and hear the app in this language, unless a student has a language of their own.</source>
        <translation>ילדי הכיתה רואים ושומעים את היישום בשפה זו, אלא אם לתלמיד נקבעה שפה משלו.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>שפה:</translation>
    </message>
</context>
<context>
    <name>ConfidenceMeter</name>
    <message>
        <source>How sure</source>
        <translation>כמה בטוח</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for.</source>
        <translation>כמה המחשב בטוח שהציור שלכם הוא הספרה שהתבקשה.</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>עוד לא בטוח</translation>
    </message>
    <message>
        <source>a bit sure</source>
        <translation>קצת בטוח</translation>
    </message>
    <message>
        <source>quite sure</source>
        <translation>די בטוח</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>בטוח מאוד</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for: %1.</source>
        <translation>כמה המחשב בטוח שהציור שלכם הוא הספרה שהתבקשה: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>לא צוין מסד נתונים.</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid URL.</source>
        <translation>כתובת מסד הנתונים %1 אינה כתובת URL תקינה.</translation>
    </message>
    <message>
        <source>The database address %1 names no database; add it after the host, as in postgresql://host/digit_tutor.</source>
        <translation>כתובת מסד הנתונים %1 אינה מציינת מסד נתונים; יש להוסיף אותו אחרי שם השרת, למשל postgresql://host/digit_tutor.</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>הפורט ב-%1 אינו מספר בין 1 ל-65535.</translation>
    </message>
    <message>
        <source>The database address %1 is neither a file nor a postgresql:// URL.</source>
        <translation>כתובת מסד הנתונים %1 אינה קובץ ואינה כתובת URL מסוג postgresql://.</translation>
    </message>
    <message>
        <source>The database address %1 names no file.</source>
        <translation>כתובת מסד הנתונים %1 אינה מציינת קובץ.</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <source>Your drawing on the guide</source>
        <translation>הציור שלכם על הדוגמה</translation>
    </message>
    <message>
        <source>still to add</source>
        <translation>עוד צריך להוסיף</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>לא צריך</translation>
    </message>
    <message>
        <source>Blue shows ink still to add: %1% of the guide. Orange shows ink not needed: %2% of the drawing.</source>
        <translation>בכחול: מה שעוד צריך להוסיף, %1% מהדוגמה. בכתום: מה שלא צריך, %2% מהציור.</translation>
    </message>
    <message>
        <source>Missing %1% · extra %2%</source>
        <translation>חסר %1% · עודף %2%</translation>
    </message>
</context>
<context>
    <name>DigitFiguresTable</name>
    <message>
        <source>Digit</source>
        <translation>ספרה</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>ניסיונות</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>הצלחה</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>כוכבים</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>מגמה</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>הפוכה</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>רמזי כתיבה</translation>
    </message>
    <message>
        <source>How often the digit was read as the one asked for</source>
        <translation>באיזו תדירות הספרה זוהתה כספרה שהתבקשה</translation>
    </message>
    <message>
        <source>The average stars, of 3</source>
        <translation>ממוצע הכוכבים, מתוך 3</translation>
    </message>
    <message>
        <source>The success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on.</source>
        <translation>שיעור ההצלחה במחצית המאוחרת של ניסיונות הספרה פחות שיעור ההצלחה במחצית המוקדמת, בנקודות אחוז, החל מ-%1 ניסיונות.</translation>
    </message>
    <message>
        <source>How often the digit was written facing the other way (mirror writing)</source>
        <translation>באיזו תדירות הספרה נכתבה הפוכה (כתב ראי)</translation>
    </message>
    <message>
        <source>How often the child was shown a better place to start, way round or stroke order.</source>
        <translation>באיזו תדירות הוצגו לילד או לילדה מקום התחלה, כיוון או סדר קווים טובים יותר.</translation>
    </message>
    <message>
        <source>Figures for each digit</source>
        <translation>נתונים לכל ספרה</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>starts elsewhere %1, other way %2, order %3</source>
        <translation>התחלה במקום אחר %1, כיוון הפוך %2, סדר %3</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, דורשת תרגול</translation>
    </message>
    <message>
        <source>Needs work: practise this digit next.</source>
        <translation>דורשת תרגול: כדאי לתרגל ספרה זו בהמשך.</translation>
    </message>
    <message>
        <source>%1 of %2 read as asked</source>
        <translation>%1 מתוך %2 זוהו כמבוקש</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing area</source>
        <translation>אזור הציור</translation>
    </message>
    <message>
        <source>Draw the digit here with the mouse, a pen or a finger.</source>
        <translation>ציירו כאן את הספרה עם העכבר, עם עט או עם האצבע.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide</source>
        <translation>דוגמה</translation>
    </message>
    <message>
        <source>A picture of how the digit is usually written.</source>
        <translation>תמונה שמראה איך כותבים בדרך כלל את הספרה.</translation>
    </message>
</context>
<context>
    <name>KeptAttempts</name>
    <message>
        <source>%1; and %2</source>
        <translation>%1; וגם %2</translation>
    </message>
</context>
<context>
    <name>KeptFilesPanel</name>
    <message>
        <source>When</source>
        <translation>מועד</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>תלמיד</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>מבוקשת</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>ממתין</translation>
    </message>
    <message>
        <source>Attempts waiting to go into the progress database, newest first</source>
        <translation>ניסיונות שממתינים להיכנס למסד נתוני ההתקדמות, מהחדש לישן</translation>
    </message>
    <message>
        <source>&amp;Put Them into the Progress Database</source>
        <translation>&amp;הכנסה למסד נתוני ההתקדמות</translation>
    </message>
    <message>
        <source>Store the attempts kept here in the progress database, each once, for its own child</source>
        <translation>שמירת הניסיונות שנשמרו כאן במסד נתוני ההתקדמות, כל אחד פעם אחת, עבור הילד או הילדה שלו</translation>
    </message>
    <message>
        <source>What putting the attempts into the database did</source>
        <translation>תוצאת הכנסת הניסיונות למסד הנתונים</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>ציור חופשי</translation>
    </message>
    <message>
        <source>waiting to go into the progress database</source>
        <translation>ממתין להיכנס למסד נתוני ההתקדמות</translation>
    </message>
    <message>
        <source>strokes only: replayed here, never stored</source>
        <translation>קווים בלבד: מוצג כאן, לעולם לא נשמר במסד</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>לא ניתן לקריאה: %1</translation>
    </message>
    <message>
        <source>These attempts could not go into the progress database when they were made (it was not available), so they were kept whole as files on this computer. They are waiting to go into the progress database: nothing is lost. They go in by themselves once it works again, or now with the button below.</source>
        <translation>ניסיונות אלה לא יכלו להיכנס למסד נתוני ההתקדמות כשנעשו (הוא לא היה זמין), ולכן נשמרו במלואם כקבצים במחשב זה. הם ממתינים להיכנס למסד נתוני ההתקדמות: שום דבר לא אבד. הם ייכנסו אליו מעצמם ברגע שיחזור לפעול, או עכשיו באמצעות הכפתור שלמטה.</translation>
    </message>
    <message>
        <source>No attempts are waiting: every attempt is in the progress database.</source>
        <translation>אין ניסיונות ממתינים: כל הניסיונות נמצאים במסד נתוני ההתקדמות.</translation>
    </message>
    <message>
        <source>No attempts are waiting to go into the progress database.</source>
        <translation>אין ניסיונות שממתינים להיכנס למסד נתוני ההתקדמות.</translation>
    </message>
    <message>
        <source>Files of strokes only (kept by an older Digit Tutor, or damaged) can be replayed here; they never go into the database.</source>
        <translation>קובצי קווים בלבד (שנשמרו על ידי גרסה ישנה יותר של Digit Tutor, או פגומים) ניתנים להצגה חוזרת כאן; הם לעולם לא נכנסים למסד הנתונים.</translation>
    </message>
    <message>
        <source>The progress database is still not available, so the attempts stay here, safe: %1</source>
        <translation>מסד נתוני ההתקדמות עדיין אינו זמין, ולכן הניסיונות נשארים כאן בבטחה: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>לא מחובר מסד נתונים.</translation>
    </message>
    <message>
        <source>Attempts that went into the progress database: %1.</source>
        <translation>ניסיונות שנכנסו למסד נתוני ההתקדמות: %1.</translation>
    </message>
    <message>
        <source>The others stay here for now: %1</source>
        <translation>האחרים נשארים כאן בינתיים: %1</translation>
    </message>
    <message>
        <source>No attempt was waiting.</source>
        <translation>לא היה אף ניסיון ממתין.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Left-handed</source>
        <translation>&amp;שמאלי</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;מסך מלא</translation>
    </message>
    <message>
        <source>Teacher &amp;Area...</source>
        <translation>&amp;אזור המורה...</translation>
    </message>
    <message>
        <source>Change &amp;Student...</source>
        <translation>החלפת &amp;תלמיד...</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>מי כותב</translation>
    </message>
    <message>
        <source>Choose who is writing</source>
        <translation>לבחור מי כותב</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>מורה</translation>
    </message>
    <message>
        <source>Teacher area</source>
        <translation>אזור המורה</translation>
    </message>
    <message>
        <source>Students, progress, reports and settings, for grown-ups</source>
        <translation>תלמידים, התקדמות, דוחות והגדרות, למבוגרים</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>Hold for two seconds to leave Digit Tutor</source>
        <translation>להחזיק שתי שניות כדי לצאת מ-Digit Tutor</translation>
    </message>
    <message>
        <source>The database was not changed. %1</source>
        <translation>מסד הנתונים לא שונה. %1</translation>
    </message>
    <message>
        <source>Progress is now kept in %1.</source>
        <translation>ההתקדמות נשמרת כעת ב-%1.</translation>
    </message>
    <message>
        <source>&quot;Show me&quot; is not available: %1</source>
        <translation>&quot;הדגמה&quot; אינה זמינה: %1</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>לא ניתן לטעון את המודל</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; the current model is kept.

%2</source>
        <translation>לא ניתן היה לטעון את המודל %1; המודל הנוכחי נשאר בשימוש.

%2</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>מסד נתוני ההתקדמות</translation>
    </message>
    <message>
        <source>model</source>
        <translation>מודל</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, נוצר %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan could not be read; they start afresh: %2</source>
        <translation>לא ניתן היה לקרוא את תוכנית התרגול של %1; התרגול יתחיל מחדש: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan is damaged; they start afresh: %2</source>
        <translation>תוכנית התרגול של %1 פגומה; התרגול יתחיל מחדש: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan was not saved: %2</source>
        <translation>תוכנית התרגול של %1 לא נשמרה: %2</translation>
    </message>
    <message>
        <source>This attempt was not saved: %1</source>
        <translation>ניסיון זה לא נשמר: %1</translation>
    </message>
    <message>
        <source>This attempt was kept as a file, not in the progress database: %1</source>
        <translation>ניסיון זה נשמר כקובץ, לא במסד נתוני ההתקדמות: %1</translation>
    </message>
    <message>
        <source>Attempts kept as files stay there for now: %1</source>
        <translation>ניסיונות שנשמרו כקבצים נשארים בינתיים כקבצים: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) kept as files are of students deleted for good (%1): they stay as files and are not stored. The teacher area&apos;s Saved Attempts shows them.</source>
        <translation>
            <numerusform>%n ניסיון שנשמר כקובץ שייך לתלמידים שנמחקו לצמיתות (%1): הוא נשאר כקובץ ואינו נשמר במסד. ניתן לראות אותו ב&quot;ניסיונות שמורים&quot; באזור המורה.</numerusform>
            <numerusform>%n ניסיונות שנשמרו כקבצים שייכים לתלמידים שנמחקו לצמיתות (%1): הם נשארים כקבצים ואינם נשמרים במסד. ניתן לראות אותם ב&quot;ניסיונות שמורים&quot; באזור המורה.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1, of which %2 of archived students, who stay archived.</source>
        <translation>ניסיונות שנשמרו כקבצים נכנסו למסד נתוני ההתקדמות: %1, מתוכם %2 של תלמידים בארכיון, שנשארים בארכיון.</translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1.</source>
        <translation>ניסיונות שנשמרו כקבצים נכנסו למסד נתוני ההתקדמות: %1.</translation>
    </message>
</context>
<context>
    <name>ModelDescription</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ו-%2</translation>
    </message>
    <message>
        <source>What it learnt from is not recorded in the file.</source>
        <translation>ממה המודל למד אינו רשום בקובץ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handwritten digit(s) of MNIST</source>
        <translation>
            <numerusform>%Ln ספרה בכתב יד מ-MNIST</numerusform>
            <numerusform>%Ln ספרות בכתב יד מ-MNIST</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s) of a class&apos;s own digits</source>
        <translation>
            <numerusform>%Ln תמונה של ספרות הכיתה עצמה</numerusform>
            <numerusform>%Ln תמונות של ספרות הכיתה עצמה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s) drawn with a pen</source>
        <translation>
            <numerusform>%Ln ספרה שצוירה בעט</numerusform>
            <numerusform>%Ln ספרות שצוירו בעט</numerusform>
        </translation>
    </message>
    <message>
        <source>Learnt from: %1.</source>
        <translation>מקורות הלמידה: %1.</translation>
    </message>
    <message>
        <source>Learnt from %1.</source>
        <translation>למד מ-%1.</translation>
    </message>
    <message numerus="yes">
        <source>Each drawn digit was also learnt in %n distorted version(s), as a child&apos;s hand might have drawn it.</source>
        <translation>
            <numerusform>כל ספרה מצוירת נלמדה גם ב-%n גרסה מעוותת, כפי שיד של ילד הייתה עשויה לצייר אותה.</numerusform>
            <numerusform>כל ספרה מצוירת נלמדה גם ב-%n גרסאות מעוותות, כפי שיד של ילד הייתה עשויה לצייר אותה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learnt what is not a digit from %Ln doodle(s).</source>
        <translation>
            <numerusform>הוא למד מה אינו ספרה מ-%Ln שרבוט.</numerusform>
            <numerusform>הוא למד מה אינו ספרה מ-%Ln שרבוטים.</numerusform>
        </translation>
    </message>
    <message>
        <source>How well it reads digits drawn on the screen is measured apart: the bundled model&apos;s figures are in models/README.md, and digit-tutor-cli evaluate measures any model.</source>
        <translation>עד כמה הוא קורא היטב ספרות שצוירו על המסך נמדד בנפרד: הנתונים של המודל המצורף נמצאים ב-models/README.md, והפקודה digit-tutor-cli evaluate מודדת כל מודל.</translation>
    </message>
    <message>
        <source>How well it reads is not recorded in the file.</source>
        <translation>עד כמה הוא קורא היטב אינו רשום בקובץ.</translation>
    </message>
    <message numerus="yes">
        <source>It reads %1 of the MNIST test set right: %Ln handwritten digit(s) it never saw while learning.</source>
        <translation>
            <numerusform>הוא קורא נכון %1 ממערך הבדיקה של MNIST: %Ln ספרה בכתב יד שלא ראה בזמן הלמידה.</numerusform>
            <numerusform>הוא קורא נכון %1 ממערך הבדיקה של MNIST: %Ln ספרות בכתב יד שלא ראה בזמן הלמידה.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reads %1 of the MNIST test set right.</source>
        <translation>הוא קורא נכון %1 ממערך הבדיקה של MNIST.</translation>
    </message>
    <message>
        <source>When it was made is not recorded in the file.</source>
        <translation>מתי נוצר אינו רשום בקובץ.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>נוצר %1.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>נוצר ב-%1.</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from images</source>
        <translation>דרכים לכתיבת כל ספרה, שנלמדו מתמונות</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from drawings</source>
        <translation>דרכים לכתיבת כל ספרה, שנלמדו מציורים</translation>
    </message>
    <message>
        <source>Weight of the ways learnt from drawings</source>
        <translation>משקל הדרכים שנלמדו מציורים</translation>
    </message>
    <message>
        <source>Covariance regularisation</source>
        <translation>רגולריזציה של מטריצת השונות המשותפת</translation>
    </message>
    <message>
        <source>Slanted digits straightened</source>
        <translation>יישור ספרות נטויות</translation>
    </message>
    <message>
        <source>HOG: orientations / cell pixels / block cells</source>
        <translation>HOG: כיוונים / פיקסלים בתא / תאים בבלוק</translation>
    </message>
    <message>
        <source>Fitting tolerance</source>
        <translation>סבולת ההתאמה</translation>
    </message>
    <message>
        <source>Fitting rounds at most</source>
        <translation>מספר סבבי התאמה מרבי</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>זרע אקראי</translation>
    </message>
    <message>
        <source>Not a digit below this percentile of the training scores</source>
        <translation>לא ספרה מתחת לאחוזון זה של ציוני האימון</translation>
    </message>
    <message>
        <source>Distorted copies of each MNIST digit</source>
        <translation>עותקים מעוותים של כל ספרת MNIST</translation>
    </message>
    <message>
        <source>Arithmetic while fitting</source>
        <translation>אריתמטיקה בזמן ההתאמה</translation>
    </message>
    <message>
        <source>Order the features are scored in</source>
        <translation>סדר חישוב הציונים של התכונות</translation>
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
        <translation>%1 (%2 בסך הכול)</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>מודל ברירת המחדל המצורף</translation>
    </message>
    <message>
        <source>The model file %1</source>
        <translation>קובץ המודל %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>models/default.dtm, built into the app</source>
        <translation>models/default.dtm, מובנה באפליקציה</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>פורמט הקובץ</translation>
    </message>
    <message>
        <source>Ways of writing each digit (components)</source>
        <translation>דרכים לכתיבת כל ספרה (רכיבים)</translation>
    </message>
    <message>
        <source>Times each drawn digit counts</source>
        <translation>כמה פעמים נספרת כל ספרה מצוירת</translation>
    </message>
    <message>
        <source>Distorted versions of each drawn digit</source>
        <translation>גרסאות מעוותות של כל ספרה מצוירת</translation>
    </message>
    <message>
        <source>Drawings, %1</source>
        <translation>ציורים, %1</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>ציורים</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>נבדק על</translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation>זמן למידה</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 שנ׳</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>נוצר על ידי</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Which model is in use</source>
        <translation>איזה מודל בשימוש</translation>
    </message>
    <message>
        <source>What the model learnt from</source>
        <translation>ממה המודל למד</translation>
    </message>
    <message>
        <source>How well the model reads</source>
        <translation>עד כמה המודל קורא היטב</translation>
    </message>
    <message>
        <source>When the model was made</source>
        <translation>מתי נוצר המודל</translation>
    </message>
    <message>
        <source>Load Model File...</source>
        <translation>טעינת קובץ מודל...</translation>
    </message>
    <message>
        <source>Use the Bundled Default</source>
        <translation>שימוש בברירת המחדל המצורפת</translation>
    </message>
    <message>
        <source>What it learnt from</source>
        <translation>ממה הוא למד</translation>
    </message>
    <message>
        <source>How well it reads</source>
        <translation>עד כמה הוא קורא היטב</translation>
    </message>
    <message>
        <source>When it was made</source>
        <translation>מתי הוא נוצר</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;פרטים</translation>
    </message>
    <message>
        <source>Show the model&apos;s technical settings</source>
        <translation>הצגת ההגדרות הטכניות של המודל</translation>
    </message>
    <message>
        <source>The model&apos;s technical settings</source>
        <translation>ההגדרות הטכניות של המודל</translation>
    </message>
    <message>
        <source>A model file (.dtm) is made by digit-tutor-cli train, for example on MNIST with your own class&apos;s digits added. A file that is not a valid model is refused and the current model stays.</source>
        <translation>קובץ מודל (.dtm) נוצר באמצעות digit-tutor-cli train, למשל על MNIST בתוספת ספרות של הכיתה עצמה. קובץ שאינו מודל תקין נדחה, והמודל הנוכחי נשאר.</translation>
    </message>
    <message>
        <source>Load Model</source>
        <translation>טעינת מודל</translation>
    </message>
    <message>
        <source>Digit models (*.dtm);;All files (*)</source>
        <translation>מודלים של ספרות (*.dtm);;כל הקבצים (*)</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>תרגול</translation>
    </message>
    <message>
        <source>Practice mode: write the asked digit</source>
        <translation>מצב תרגול: כותבים את הספרה שמבקשים</translation>
    </message>
    <message>
        <source>Write the digit I ask for</source>
        <translation>כתבו את הספרה שאבקש</translation>
    </message>
    <message>
        <source>Free drawing</source>
        <translation>ציור חופשי</translation>
    </message>
    <message>
        <source>Free drawing mode: draw any digit</source>
        <translation>מצב ציור חופשי: מציירים איזו ספרה שרוצים</translation>
    </message>
    <message>
        <source>Draw any digit and I will say which</source>
        <translation>ציירו איזו ספרה שתרצו, ואני אגיד איזו ספרה זו</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>דוגמה</translation>
    </message>
    <message>
        <source>Trace over the guide</source>
        <translation>עוברים על הדוגמה</translation>
    </message>
    <message>
        <source>Show the guide under your drawing to trace over</source>
        <translation>הדוגמה תופיע מתחת לציור שלכם, כדי לעבור עליה</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>לשמוע שוב</translation>
    </message>
    <message>
        <source>Say the digit to write again</source>
        <translation>להגיד שוב איזו ספרה לכתוב</translation>
    </message>
    <message>
        <source>Hear the question again</source>
        <translation>לשמוע שוב את השאלה</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>הדגמה</translation>
    </message>
    <message>
        <source>Show me how to write it</source>
        <translation>להראות לי איך כותבים אותה</translation>
    </message>
    <message>
        <source>Watch the digit being written, stroke by stroke</source>
        <translation>צפו איך הספרה נכתבת, קו אחרי קו</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>ביטול הקו האחרון</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>למחוק את הקו האחרון</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>מחיקת הציור</translation>
    </message>
    <message>
        <source>Start the drawing again</source>
        <translation>להתחיל את הציור מחדש</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>סיימתי</translation>
    </message>
    <message>
        <source>I am done</source>
        <translation>סיימתי</translation>
    </message>
    <message>
        <source>See how well it went</source>
        <translation>לראות איך הלך</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>הבא</translation>
    </message>
    <message>
        <source>Next digit</source>
        <translation>הספרה הבאה</translation>
    </message>
    <message>
        <source>Write another digit</source>
        <translation>לכתוב ספרה אחרת</translation>
    </message>
    <message>
        <source>Which digit to write</source>
        <translation>איזו ספרה לכתוב</translation>
    </message>
    <message>
        <source>What the drawing looks like</source>
        <translation>למה הציור דומה</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>מחמאה</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>עצירה</translation>
    </message>
</context>
<context>
    <name>ProgressAttemptsPanel</name>
    <message>
        <source>When</source>
        <translation>מועד</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>תלמיד</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>מבוקשת</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>זיהוי</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>כוכבים</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>רמז</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation>ניסיונות, מהחדש לישן</translation>
    </message>
    <message>
        <source>The chosen attempt, as the child drew it</source>
        <translation>הניסיון שנבחר, כפי שהילד או הילדה ציירו אותו</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>על הניסיון המוצג</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;הצגה חוזרת</translation>
    </message>
    <message>
        <source>Replay the attempt in the timing it was drawn</source>
        <translation>הצגה חוזרת של הניסיון בקצב שבו צויר</translation>
    </message>
    <message>
        <source>Watch the attempt being drawn again, stroke by stroke</source>
        <translation>צפייה בניסיון מצויר שוב, קו אחרי קו</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;עצירה</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>עצירת ההצגה החוזרת</translation>
    </message>
    <message>
        <source>T&amp;wice as fast</source>
        <translation>&amp;מהירות כפולה</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>הצגה חוזרת במהירות כפולה</translation>
    </message>
    <message>
        <source>starts elsewhere</source>
        <translation>התחלה במקום אחר</translation>
    </message>
    <message>
        <source>other way round</source>
        <translation>בכיוון ההפוך</translation>
    </message>
    <message>
        <source>stroke order</source>
        <translation>סדר הקווים</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>ציור חופשי</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>הפוכה</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>לא ספרה</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>כלום</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>זמן לא ידוע</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 מתוך %2 כוכבים</translation>
    </message>
    <message>
        <source>free drawing, written facing the other way</source>
        <translation>ציור חופשי, נכתב הפוך (כתב ראי)</translation>
    </message>
    <message>
        <source>%1 asked, written facing the other way</source>
        <translation>התבקשה %1, נכתבה הפוכה (כתב ראי)</translation>
    </message>
    <message>
        <source>%1 asked, not read as a digit</source>
        <translation>התבקשה %1, לא זוהתה כספרה</translation>
    </message>
    <message>
        <source>%1 asked, nothing drawn</source>
        <translation>התבקשה %1, לא צויר דבר</translation>
    </message>
    <message>
        <source>%1 asked, read as %2</source>
        <translation>התבקשה %1, זוהתה כ-%2</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>; hint: %1</source>
        <translation>; רמז: %1</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>אין ניסיונות בתקופה זו.</translation>
    </message>
    <message>
        <source>Choose an attempt to see how it was drawn.</source>
        <translation>יש לבחור ניסיון כדי לראות איך צויר.</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(הקווים לא נשמרו)</translation>
    </message>
</context>
<context>
    <name>ProgressChartView</name>
    <message>
        <source>All digits</source>
        <translation>כל הספרות</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>הספרה %1</translation>
    </message>
    <message>
        <source>Which digit&apos;s progress the chart shows</source>
        <translation>ההתקדמות של איזו ספרה מוצגת בתרשים</translation>
    </message>
    <message>
        <source>Chart &amp;for:</source>
        <translation>תרשים &amp;עבור:</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>התקדמות לאורך זמן</translation>
    </message>
</context>
<context>
    <name>ProgressOverview</name>
    <message>
        <source>Whose progress is shown</source>
        <translation>ההתקדמות של מי מוצגת</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>סקירה כללית</translation>
    </message>
    <message>
        <source>Digits that need work</source>
        <translation>ספרות שדורשות תרגול</translation>
    </message>
    <message>
        <source>Formation hints to practise</source>
        <translation>רמזי כתיבה לתרגול</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>אין ניסיונות בתקופה זו.</translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation>תלמידים: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 (free drawing: %2)</source>
        <translation>ניסיונות: %1 (ציור חופשי: %2)</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>ניסיונות: %1</translation>
    </message>
    <message>
        <source>read as asked: %1 of %2 (%3)</source>
        <translation>זוהו כמבוקש: %1 מתוך %2 (%3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 עד %2</translation>
    </message>
    <message>
        <source>Needs work: %1.</source>
        <translation>דורשות תרגול: %1.</translation>
    </message>
    <message>
        <source>Not tried yet: %1.</source>
        <translation>עדיין לא נוסו: %1.</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>כל ספרה מזוהה כמבוקש לפחות ב-%1 מהפעמים: כל הכבוד.</translation>
    </message>
    <message>
        <source>starts elsewhere %1</source>
        <translation>התחלה במקום אחר %1</translation>
    </message>
    <message>
        <source>other way round %1</source>
        <translation>בכיוון ההפוך %1</translation>
    </message>
    <message>
        <source>stroke order %1</source>
        <translation>סדר הקווים %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formation to practise: %1</source>
        <translation>צורת כתיבה לתרגול: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>לא ניתן לקרוא אותו (%1)</translation>
    </message>
    <message>
        <source>the file is not an SQLite database (its %1 bytes do not start as one)</source>
        <translation>הקובץ אינו מסד נתונים של SQLite (%1 הבתים שלו אינם מתחילים כמו מסד כזה)</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>לא ניתן לכתוב לקובץ (%1)</translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal there (%1)</source>
        <translation>לא ניתן לכתוב לתיקייה שלו, ו-SQLite שומר בה את היומן שלו (%1)</translation>
    </message>
    <message>
        <source>There is already a student named %1, archived: restore them under Students, or choose another name.</source>
        <translation>כבר קיים תלמיד בשם %1, בארכיון: יש לשחזר אותו בלשונית &quot;תלמידים&quot;, או לבחור שם אחר.</translation>
    </message>
    <message>
        <source>There is already a student named %1.</source>
        <translation>כבר קיים תלמיד בשם %1.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: Qt&apos;s %2 driver is not installed (Debian package %3).</source>
        <translation>לא ניתן לפתוח את מסד נתוני ההתקדמות %1: מנהל ההתקן %2 של Qt אינו מותקן (חבילת Debian %3).</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: its folder cannot be created.</source>
        <translation>לא ניתן לפתוח את מסד נתוני ההתקדמות %1: לא ניתן ליצור את התיקייה שלו.</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be used: %2. It was left as it is; choose another file, or move this one away to start a new database.</source>
        <translation>לא ניתן להשתמש במסד נתוני ההתקדמות %1: %2. הוא נשאר כפי שהוא; יש לבחור קובץ אחר, או להעביר קובץ זה למקום אחר כדי להתחיל מסד נתונים חדש.</translation>
    </message>
    <message>
        <source>The progress database %1 is read-only: %2. It was left as it is; attempts are kept as files until it can be written.</source>
        <translation>מסד נתוני ההתקדמות %1 מיועד לקריאה בלבד: %2. הוא נשאר כפי שהוא; הניסיונות יישמרו כקבצים עד שניתן יהיה לכתוב אליו.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2</source>
        <translation>לא ניתן לפתוח את מסד נתוני ההתקדמות %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2</source>
        <translation>לא ניתן להכין את מסד נתוני ההתקדמות %1: %2</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged or is not a database (%2); it was left as it is.</source>
        <translation>מסד נתוני ההתקדמות %1 פגום או שאינו מסד נתונים (%2); הוא נשאר כפי שהוא.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2.</source>
        <translation>לא ניתן לפתוח את מסד נתוני ההתקדמות %1: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2.</source>
        <translation>לא ניתן להכין את מסד נתוני ההתקדמות %1: %2.</translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation>לא ניתן לקרוא את גרסת הסכמה שלו</translation>
    </message>
    <message>
        <source>The database %1 is not a Digit Tutor progress database (it has other tables); it was left as it is.</source>
        <translation>מסד הנתונים %1 אינו מסד נתוני התקדמות של Digit Tutor (יש בו טבלאות אחרות); הוא נשאר כפי שהוא.</translation>
    </message>
    <message>
        <source>The progress database %1 was made by a newer Digit Tutor (schema %2; this one knows up to %3); it was left as it is.</source>
        <translation>מסד נתוני ההתקדמות %1 נוצר על ידי גרסה חדשה יותר של Digit Tutor (סכמה %2; גרסה זו מכירה עד %3); הוא נשאר כפי שהוא.</translation>
    </message>
    <message>
        <source>step %1 of the schema failed: %2</source>
        <translation>שלב %1 של הסכמה נכשל: %2</translation>
    </message>
    <message>
        <source>%1 (progress database %2): %3</source>
        <translation>%1 (מסד נתוני ההתקדמות %2): %3</translation>
    </message>
    <message>
        <source>Cannot read the students</source>
        <translation>לא ניתן לקרוא את התלמידים</translation>
    </message>
    <message>
        <source>Cannot read a student</source>
        <translation>לא ניתן לקרוא תלמיד</translation>
    </message>
    <message>
        <source>There is no student number %1.</source>
        <translation>אין תלמיד שמספרו %1.</translation>
    </message>
    <message>
        <source>There is no student named %1.</source>
        <translation>אין תלמיד בשם %1.</translation>
    </message>
    <message>
        <source>Cannot add the Guest student</source>
        <translation>לא ניתן להוסיף את התלמיד &quot;אורח&quot;</translation>
    </message>
    <message>
        <source>A student&apos;s name must have 1 to %1 characters.</source>
        <translation>שם של תלמיד חייב להכיל בין 1 ל-%1 תווים.</translation>
    </message>
    <message>
        <source>Cannot add the student %1</source>
        <translation>לא ניתן להוסיף את התלמיד %1</translation>
    </message>
    <message>
        <source>Guest keeps its name: it is the student of attempts made without choosing one.</source>
        <translation>השם &quot;אורח&quot; אינו ניתן לשינוי: זהו התלמיד של ניסיונות שנעשו בלי לבחור תלמיד.</translation>
    </message>
    <message>
        <source>Cannot change the student %1</source>
        <translation>לא ניתן לשנות את התלמיד %1</translation>
    </message>
    <message>
        <source>An attempt with asked digit %1, recognised digit %2 and %3 stars cannot be stored.</source>
        <translation>לא ניתן לשמור ניסיון עם ספרה מבוקשת %1, ספרה מזוהה %2 ו-%3 כוכבים.</translation>
    </message>
    <message>
        <source>Cannot store the attempt</source>
        <translation>לא ניתן לשמור את הניסיון</translation>
    </message>
    <message>
        <source>Cannot count the attempts</source>
        <translation>לא ניתן לספור את הניסיונות</translation>
    </message>
    <message>
        <source>Cannot read the classes</source>
        <translation>לא ניתן לקרוא את הכיתות</translation>
    </message>
    <message>
        <source>Cannot read a setting</source>
        <translation>לא ניתן לקרוא הגדרה</translation>
    </message>
    <message>
        <source>Cannot save a setting</source>
        <translation>לא ניתן לשמור הגדרה</translation>
    </message>
    <message>
        <source>A page of %1 attempts cannot be read: a page holds 1 to %2.</source>
        <translation>לא ניתן לקרוא עמוד של %1 ניסיונות: עמוד מכיל בין 1 ל-%2.</translation>
    </message>
    <message>
        <source>Cannot read the saved attempts</source>
        <translation>לא ניתן לקרוא את הניסיונות השמורים</translation>
    </message>
    <message>
        <source>Cannot read an attempt</source>
        <translation>לא ניתן לקרוא ניסיון</translation>
    </message>
    <message>
        <source>There is no attempt number %1 in the progress database %2; it may have been removed with its student.</source>
        <translation>אין ניסיון שמספרו %1 במסד נתוני ההתקדמות %2; ייתכן שהוסר יחד עם התלמיד שלו.</translation>
    </message>
    <message>
        <source>Cannot read a practice plan</source>
        <translation>לא ניתן לקרוא תוכנית תרגול</translation>
    </message>
    <message>
        <source>A practice plan of %1 bytes cannot be stored: the most is %2.</source>
        <translation>לא ניתן לשמור תוכנית תרגול בגודל %1 בתים: הגודל המרבי הוא %2.</translation>
    </message>
    <message>
        <source>Cannot save the practice plan of student number %1</source>
        <translation>לא ניתן לשמור את תוכנית התרגול של התלמיד שמספרו %1</translation>
    </message>
    <message>
        <source>Cannot read the attempts</source>
        <translation>לא ניתן לקרוא את הניסיונות</translation>
    </message>
    <message>
        <source>Guest cannot be removed: it is the student of attempts made without choosing one.</source>
        <translation>לא ניתן להסיר את &quot;אורח&quot;: זהו התלמיד של ניסיונות שנעשו בלי לבחור תלמיד.</translation>
    </message>
    <message>
        <source>Cannot archive the student %1</source>
        <translation>לא ניתן להעביר לארכיון את התלמיד %1</translation>
    </message>
    <message>
        <source>Cannot restore the student %1</source>
        <translation>לא ניתן לשחזר את התלמיד %1</translation>
    </message>
    <message>
        <source>%1 is in the lists: only an archived student can be deleted for good.</source>
        <translation>%1 מופיע ברשימות: ניתן למחוק לצמיתות רק תלמיד שנמצא בארכיון.</translation>
    </message>
    <message>
        <source>Cannot delete the student %1</source>
        <translation>לא ניתן למחוק את התלמיד %1</translation>
    </message>
    <message>
        <source>Cannot read the students deleted for good</source>
        <translation>לא ניתן לקרוא את התלמידים שנמחקו לצמיתות</translation>
    </message>
    <message>
        <source>it is busy, locked by another program or window writing to it; try again in a moment</source>
        <translation>הוא תפוס, נעול על ידי תוכנה או חלון אחר שכותבים אליו; יש לנסות שוב בעוד רגע</translation>
    </message>
    <message>
        <source>it is read-only (check the permissions of the file and its folder)</source>
        <translation>הוא מיועד לקריאה בלבד (יש לבדוק את ההרשאות של הקובץ ושל התיקייה שלו)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>הדיסק מלא</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2.</source>
        <translation>מסד נתוני ההתקדמות %1 פגום: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 could not be checked: %2.</source>
        <translation>לא ניתן היה לבדוק את מסד נתוני ההתקדמות %1: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2. Reports may leave attempts out. Keep a copy of the file and have it repaired (the sqlite3 tool&apos;s .recover command rescues what can be read).</source>
        <translation>מסד נתוני ההתקדמות %1 פגום: %2. ייתכן שבדוחות יחסרו ניסיונות. מומלץ לשמור עותק של הקובץ ולדאוג לתיקונו (הפקודה .recover של הכלי sqlite3 מצילה את מה שניתן לקרוא).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the app knows.</source>
        <translation>&quot;%1&quot; אינה שפה המוכרת ליישום.</translation>
    </message>
    <message>
        <source>Cannot read the language of the class %1</source>
        <translation>לא ניתן לקרוא את שפת הכיתה %1</translation>
    </message>
    <message>
        <source>Only a class or group has a language of its own; this student has none.</source>
        <translation>רק לכיתה או לקבוצה יש שפה משלה; תלמיד זה אינו משויך לכיתה.</translation>
    </message>
    <message>
        <source>Cannot set the language of the class %1</source>
        <translation>לא ניתן לקבוע את שפת הכיתה %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>אורח</translation>
    </message>
    <message>
        <source>Cannot read the languages of the students</source>
        <translation>לא ניתן לקרוא את שפות התלמידים</translation>
    </message>
</context>
<context>
    <name>ProgressSubjectChooser</name>
    <message>
        <source>Whose progress to show: a student or a class</source>
        <translation>ההתקדמות של מי להציג: תלמיד או כיתה</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>כיתה %1</translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <translation>%1, כיתה %2</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Why there is no progress to show</source>
        <translation>מדוע אין התקדמות להצגה</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>קריאה &amp;מחדש</translation>
    </message>
    <message>
        <source>Read the progress store again</source>
        <translation>קריאה מחדש של מאגר ההתקדמות</translation>
    </message>
    <message>
        <source>&amp;Progress of:</source>
        <translation>ה&amp;תקדמות של:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>כל הזמן</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 הימים האחרונים</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 הימים האחרונים</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>תאריכים נבחרים</translation>
    </message>
    <message>
        <source>Which period to show</source>
        <translation>איזו תקופה להציג</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;תקופה:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>היום הראשון של התקופה</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>היום האחרון של התקופה</translation>
    </message>
    <message>
        <source>to</source>
        <translation>עד</translation>
    </message>
    <message>
        <source>E&amp;xport report...</source>
        <translation>&amp;ייצוא דוח...</translation>
    </message>
    <message>
        <source>Export a progress report of what is shown</source>
        <translation>ייצוא דוח התקדמות של מה שמוצג</translation>
    </message>
    <message>
        <source>Save the figures shown as a PDF to print, a CSV for a spreadsheet or an HTML page</source>
        <translation>שמירת הנתונים המוצגים כ-PDF להדפסה, כ-CSV לגיליון אלקטרוני או כדף HTML</translation>
    </message>
    <message>
        <source>The report last saved</source>
        <translation>הדוח האחרון שנשמר</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>&amp;ספרות</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>&amp;תלמידים</translation>
    </message>
    <message>
        <source>The progress cannot be read. %1</source>
        <translation>לא ניתן לקרוא את ההתקדמות. %1</translation>
    </message>
    <message>
        <source>There is no progress to show: no progress store is open. Once the app has a place to keep the children&apos;s attempts, each student&apos;s progress appears here.</source>
        <translation>אין התקדמות להצגה: לא פתוח מאגר התקדמות. ברגע שלאפליקציה יהיה מקום לשמור בו את ניסיונות הילדים, ההתקדמות של כל תלמיד תופיע כאן.</translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation>אין עדיין תלמידים</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>כיתה %1</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (כיתה %2)</translation>
    </message>
    <message>
        <source>There is no progress store to make a report from.</source>
        <translation>אין מאגר התקדמות שממנו ניתן להפיק דוח.</translation>
    </message>
    <message>
        <source>Choose a student or a class to report on.</source>
        <translation>יש לבחור תלמיד או כיתה לדוח.</translation>
    </message>
    <message>
        <source>The report&apos;s file name must end in .pdf, .csv or .html; &quot;%1&quot; does not.</source>
        <translation>שם קובץ הדוח חייב להסתיים ב-.pdf, ב-.csv או ב-.html; &quot;%1&quot; אינו מסתיים כך.</translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation>התקדמות %1 %2</translation>
    </message>
    <message>
        <source>Writing the report %1...</source>
        <translation>כתיבת הדוח %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>ייצוא דוח התקדמות</translation>
    </message>
    <message>
        <source>How far the report is</source>
        <translation>עד כמה הדוח התקדם</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>נשמר %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>לא ניתן לכתוב את הדוח: %1</translation>
    </message>
</context>
<context>
    <name>ReportFileChooser</name>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF, להדפסה (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (*.csv)</source>
        <translation>CSV, לגיליון אלקטרוני (*.csv)</translation>
    </message>
    <message>
        <source>HTML, for a browser or an e-mail (*.html *.htm)</source>
        <translation>HTML, לדפדפן או לדואר אלקטרוני (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>ייצוא דוח התקדמות</translation>
    </message>
    <message>
        <source>There is already a file named %1 in %2. Replace it with the new report?</source>
        <translation>כבר קיים קובץ בשם %1 ב-%2. להחליף אותו בדוח החדש?</translation>
    </message>
    <message>
        <source>The file there now would be lost.</source>
        <translation>הקובץ הקיים שם יאבד.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ה&amp;חלפה</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;השארה</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>הדוח בוטל.</translation>
    </message>
    <message>
        <source>Cannot draw the report&apos;s PDF pages.</source>
        <translation>לא ניתן לצייר את דפי ה-PDF של הדוח.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report&apos;s PDF.</source>
        <translation>לא ניתן להתחיל את עמוד %1 ב-PDF של הדוח.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>עמוד %1 מתוך %2</translation>
    </message>
    <message>
        <source>Cannot finish the report&apos;s PDF.</source>
        <translation>לא ניתן לסיים את ה-PDF של הדוח.</translation>
    </message>
    <message>
        <source>read as asked</source>
        <translation>זוהו כמבוקש</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>ניסיונות</translation>
    </message>
    <message>
        <source>average stars</source>
        <translation>ממוצע כוכבים</translation>
    </message>
    <message>
        <source>learnt (%1%)</source>
        <translation>נלמדה (%1%)</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per week</source>
        <translation>זיהוי כמבוקש, כוכבים וניסיונות, לפי שבוע</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per day</source>
        <translation>זיהוי כמבוקש, כוכבים וניסיונות, לפי יום</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per week</source>
        <translation>הספרה %1: זיהוי כמבוקש, כוכבים וניסיונות, לפי שבוע</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per day</source>
        <translation>הספרה %1: זיהוי כמבוקש, כוכבים וניסיונות, לפי יום</translation>
    </message>
    <message>
        <source>Digit %1: no attempts in this period</source>
        <translation>הספרה %1: אין ניסיונות בתקופה זו</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>אין ניסיונות בתקופה זו</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read as asked</source>
        <translation>%1: %2 מתוך %3 זוהו כמבוקש</translation>
    </message>
    <message>
        <source>started in an unusual place</source>
        <translation>התחלה במקום לא רגיל</translation>
    </message>
    <message>
        <source>drawn the other way round</source>
        <translation>ציור בכיוון ההפוך</translation>
    </message>
    <message>
        <source>strokes in an unusual order</source>
        <translation>קווים בסדר לא רגיל</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>התחלה %1</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>כיוון %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>סדר %1</translation>
    </message>
    <message>
        <source>most often %1 (in %2 of %3 attempts)</source>
        <translation>לרוב %1 (ב-%2 מתוך %3 ניסיונות)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 עד %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>מ-%1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>עד %1</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>כל הניסיונות</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>כיתה</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>תלמיד</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <source>Attempts made</source>
        <translation>ניסיונות שנעשו</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>מועד הפקת הדוח</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>סקירה כללית</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>אין ניסיונות בתקופה זו.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>תלמידים</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>ניסיונות</translation>
    </message>
    <message>
        <source>%1 (of which free drawing: %2)</source>
        <translation>%1 (מתוכם ציור חופשי: %2)</translation>
    </message>
    <message>
        <source>Read as the asked digit</source>
        <translation>זוהו כספרה המבוקשת</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 מתוך %2 (%3)</translation>
    </message>
    <message>
        <source>Digits to practise next</source>
        <translation>ספרות לתרגול בהמשך</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>כל ספרה מזוהה כמבוקש לפחות ב-%1 מהפעמים: כל הכבוד.</translation>
    </message>
    <message>
        <source>read as asked in %1 of %2 attempts (%3)</source>
        <translation>זוהתה כמבוקש ב-%1 מתוך %2 ניסיונות (%3)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>עדיין לא נוסתה</translation>
    </message>
    <message>
        <source>Chosen first from the digits read as asked less than %1 of the time, the lowest first (on a tie, the one tried more), then from the digits not tried yet.</source>
        <translation>נבחרות תחילה מבין הספרות שזוהו כמבוקש בפחות מ-%1 מהפעמים, מהנמוכה ביותר (במקרה של שוויון, זו שנוסתה יותר), ולאחר מכן מבין הספרות שעדיין לא נוסו.</translation>
    </message>
    <message>
        <source>Each digit</source>
        <translation>כל ספרה</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>ספרה</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>זוהו כמבוקש</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>שיעור הצלחה</translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation>ממוצע כוכבים</translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation>מגמה (נקודות)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>הפוכה</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>רמזי כתיבה</translation>
    </message>
    <message>
        <source>Trend: the success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on. Reversed: how often the digit was written facing the other way (mirror writing). Formation hints: how often the child was shown a better place to start, way round or stroke order.</source>
        <translation>מגמה: שיעור ההצלחה במחצית המאוחרת של ניסיונות הספרה פחות שיעור ההצלחה במחצית המוקדמת, בנקודות אחוז, החל מ-%1 ניסיונות. הפוכה: באיזו תדירות הספרה נכתבה הפוכה (כתב ראי). רמזי כתיבה: באיזו תדירות הוצגו לילד או לילדה מקום התחלה, כיוון או סדר קווים טובים יותר.</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>התקדמות לאורך זמן</translation>
    </message>
    <message>
        <source>Success rate and attempts per week</source>
        <translation>שיעור הצלחה וניסיונות לפי שבוע</translation>
    </message>
    <message>
        <source>Success rate and attempts per day</source>
        <translation>שיעור הצלחה וניסיונות לפי יום</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>שבוע (מיום שני)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>יום</translation>
    </message>
    <message>
        <source>%1 attempt at %2: %3 of 3 stars</source>
        <translation>הניסיון %1 בספרה %2: %3 מתוך 3 כוכבים</translation>
    </message>
    <message>
        <source>written facing the other way</source>
        <translation>נכתבה הפוכה (כתב ראי)</translation>
    </message>
    <message>
        <source>Best and latest attempt at each digit</source>
        <translation>הניסיון הטוב ביותר והאחרון בכל ספרה</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>דוגמה</translation>
    </message>
    <message>
        <source>no guide</source>
        <translation>אין דוגמה</translation>
    </message>
    <message>
        <source>Guide for %1</source>
        <translation>דוגמה לספרה %1</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>הטוב ביותר</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>האחרון</translation>
    </message>
    <message>
        <source>Beside the guide the app shows for the digit. A green dot marks where each stroke began. Best: the most stars, then the surest reading.</source>
        <translation>לצד הדוגמה שהאפליקציה מציגה עבור הספרה. נקודה ירוקה מסמנת היכן התחיל כל קו. הטוב ביותר: הכי הרבה כוכבים, ואחר כך הזיהוי הבטוח ביותר.</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>לתרגל בהמשך</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (בארכיון)</translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation>דוח התקדמות כיתתי</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>דוח התקדמות</translation>
    </message>
    <message>
        <source>Class progress report: %1</source>
        <translation>דוח התקדמות כיתתי: %1</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>דוח התקדמות: %1</translation>
    </message>
    <message>
        <source>Cannot draw the report: the program has no QGuiApplication, which fonts need (try the offscreen platform).</source>
        <translation>לא ניתן לצייר את הדוח: לתוכנה אין QGuiApplication, שנדרש עבור הגופנים (כדאי לנסות את הפלטפורמה offscreen).</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (BCP 47), for the report&apos;s lang attribute.</extracomment>
        <translation>he</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>לא צוין שם קובץ לדוח.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>לא ניתן לכתוב את הדוח אל %1: %2.</translation>
    </message>
    <message>
        <source>The report&apos;s period starts on %1, after it ends on %2.</source>
        <translation>תקופת הדוח מתחילה ב-%1, אחרי שהיא מסתיימת ב-%2.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>פורמט דוח לא מוכר.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>לא ניתן לכתוב את הדוח: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <source>student</source>
        <translation>תלמיד</translation>
    </message>
    <message>
        <source>group</source>
        <translation>כיתה</translation>
    </message>
    <message>
        <source>time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <source>asked_digit</source>
        <translation>ספרה_מבוקשת</translation>
    </message>
    <message>
        <source>recognised_digit</source>
        <translation>ספרה_שזוהתה</translation>
    </message>
    <message>
        <source>success</source>
        <translation>הצלחה</translation>
    </message>
    <message>
        <source>posterior</source>
        <translation>הסתברות_בדיעבד</translation>
    </message>
    <message>
        <source>log_likelihood</source>
        <translation>לוג_נראות</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>חריג</translation>
    </message>
    <message>
        <source>typicality</source>
        <translation>אופייניות</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>כוכבים</translation>
    </message>
    <message>
        <source>formation</source>
        <translation>אופן_כתיבה</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>הפוך</translation>
    </message>
    <message>
        <source>model</source>
        <translation>מודל</translation>
    </message>
    <message>
        <source>strokes</source>
        <translation>קווים</translation>
    </message>
</context>
<context>
    <name>ShowMeCoach</name>
    <message>
        <source>Try starting at the green dot.</source>
        <translation>נסו להתחיל בנקודה הירוקה.</translation>
    </message>
    <message>
        <source>Try it from the green dot, the arrow&apos;s way.</source>
        <translation>נסו מהנקודה הירוקה, בכיוון של החץ.</translation>
    </message>
    <message>
        <source>Try this part first, from the green dot.</source>
        <translation>נסו קודם את החלק הזה, מהנקודה הירוקה.</translation>
    </message>
</context>
<context>
    <name>ShowMeOverlay</name>
    <message>
        <source>The digit being written</source>
        <translation>הספרה נכתבת</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Compare</source>
        <translation>השוואה</translation>
    </message>
    <message>
        <source>Compare my drawing with the guide</source>
        <translation>להשוות את הציור שלי לדוגמה</translation>
    </message>
    <message>
        <source>Show what is missing and what is extra</source>
        <translation>להראות מה חסר ומה מיותר</translation>
    </message>
</context>
<context>
    <name>StarsView</name>
    <message>
        <source>Stars</source>
        <translation>כוכבים</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n כוכב</numerusform>
            <numerusform>%n כוכבים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Writes with the left hand</source>
        <translation>כותב ביד שמאל</translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation>הוספת תלמיד</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>עריכת תלמיד</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>כיתה או קבוצה</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <source>Class or group:</source>
        <translation>כיתה או קבוצה:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>בעיה</translation>
    </message>
    <message>
        <source>Same as the class</source>
        <translation>כמו הכיתה</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>The language the child sees and hears: a child may speak another language at home</source>
        <translation>השפה שהילד רואה ושומע: ייתכן שבבית מדברים שפה אחרת</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>שפה:</translation>
    </message>
</context>
<context>
    <name>StudentFiguresTable</name>
    <message>
        <source>Student</source>
        <translation>תלמיד</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>ניסיונות</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>זוהו כמבוקש</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>הצלחה</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>לתרגל בהמשך</translation>
    </message>
    <message>
        <source>Every attempt, free drawing included</source>
        <translation>כל הניסיונות, כולל ציור חופשי</translation>
    </message>
    <message>
        <source>Attempts at an asked digit that were read as that digit</source>
        <translation>ניסיונות בספרה מבוקשת שזוהו כאותה ספרה</translation>
    </message>
    <message>
        <source>The digits this student should practise next</source>
        <translation>הספרות שתלמיד זה כדאי שיתרגל בהמשך</translation>
    </message>
    <message>
        <source>Figures for each student of the class; activate a row to see that student</source>
        <translation>נתונים לכל תלמיד בכיתה; הפעלת שורה מציגה את אותו תלמיד</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (בארכיון)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 מתוך %2</translation>
    </message>
    <message>
        <source>Below %1: needs work</source>
        <translation>מתחת ל-%1: נדרש תרגול</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, נדרש תרגול</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Who is writing?</source>
        <translation>מי כותב?</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>אני %1</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>לכתוב בתור %1</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Add...</source>
        <translation>הוספה...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>עריכה...</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>הסרה...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>Delete for Good...</source>
        <translation>מחיקה לצמיתות...</translation>
    </message>
    <message>
        <source>Add a student for each child: at the start they tap their own name, and their attempts are kept for them. Guest is for anyone else. A student removed is archived: out of the lists, their attempts kept, until you restore them or delete them for good.</source>
        <translation>יש להוסיף תלמיד לכל ילד: בהתחלה כל ילד מקיש על השם שלו, והניסיונות שלו נשמרים עבורו. &quot;אורח&quot; מיועד לכל מי שאין לו פרופיל. תלמיד שהוסר מועבר לארכיון: הוא אינו מופיע ברשימות והניסיונות שלו נשמרים, עד שתשחזרו אותו או תמחקו אותו לצמיתות.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>כיתה</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>יד</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>מאז</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>ניסיונות</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>בארכיון</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>תלמידים</translation>
    </message>
    <message>
        <source>left</source>
        <translation>שמאל</translation>
    </message>
    <message>
        <source>right</source>
        <translation>ימין</translation>
    </message>
    <message>
        <source>Archived: not in the lists, attempts kept</source>
        <translation>בארכיון: לא מופיע ברשימות, הניסיונות נשמרים</translation>
    </message>
    <message>
        <source>Remove Student</source>
        <translation>הסרת תלמיד</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the lists? %1 will be archived and their %n attempt(s) kept; you can restore them or delete them for good on this page.</source>
        <translation>
            <numerusform>להסיר את %1 מהרשימות? %1 יועבר לארכיון ו-%n ניסיון שלו יישמר; ניתן לשחזר אותו או למחוק אותו לצמיתות בדף זה.</numerusform>
            <numerusform>להסיר את %1 מהרשימות? %1 יועבר לארכיון ו-%n הניסיונות שלו יישמרו; ניתן לשחזר אותו או למחוק אותו לצמיתות בדף זה.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Delete Student for Good</source>
        <translation>מחיקת תלמיד לצמיתות</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and their %n attempt(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>למחוק את %1 ואת %n ניסיון שלו לצמיתות? לא ניתן לבטל פעולה זו.</numerusform>
            <numerusform>למחוק את %1 ואת %n הניסיונות שלו לצמיתות? לא ניתן לבטל פעולה זו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>מחיקה לצמיתות</translation>
    </message>
    <message>
        <source>Class Language...</source>
        <translation>שפת הכיתה...</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>The language the children of the chosen student&apos;s class see and hear</source>
        <translation>השפה שילדי הכיתה של התלמיד שנבחר רואים ושומעים</translation>
    </message>
    <message>
        <source>%1 (the computer&apos;s)</source>
        <translation>%1 (שפת המחשב)</translation>
    </message>
</context>
<context>
    <name>TeacherArea</name>
    <message>
        <source>Teacher Area</source>
        <translation>אזור המורה</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>תלמידים</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>התקדמות</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>מודל</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Saved Attempts...</source>
        <translation>ניסיונות שמורים...</translation>
    </message>
    <message>
        <source>Every attempt, newest first: watch how each was written</source>
        <translation>כל הניסיונות, מהחדש לישן: צפייה באופן שבו כל אחד נכתב</translation>
    </message>
    <message>
        <source>Quit Digit Tutor</source>
        <translation>יציאה מ-Digit Tutor</translation>
    </message>
    <message>
        <source>The progress database is not available, so students and progress cannot be shown: %1</source>
        <translation>מסד נתוני ההתקדמות אינו זמין, ולכן לא ניתן להציג תלמידים והתקדמות: %1</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can open this area. Set one under Settings to keep children out.</source>
        <translation>עדיין לא הוגדר PIN: כל אחד יכול לפתוח אזור זה. כדי למנוע גישה מהילדים, יש להגדיר PIN בלשונית &quot;הגדרות&quot;.</translation>
    </message>
    <message>
        <source>No voice on this computer speaks %1: children who practise in it see the words but hear nothing. A system administrator can add voices (on Debian, the package speech-dispatcher-espeak-ng).</source>
        <translation>אין במחשב הזה קול שמדבר %1: ילדים שמתרגלים בשפה זו רואים את המילים אך אינם שומעים דבר. מנהל המערכת יכול להוסיף קולות (ב-Debian, החבילה speech-dispatcher-espeak-ng).</translation>
    </message>
</context>
<context>
    <name>TeacherLock</name>
    <message>
        <source>The PIN or password needs at least %1 characters.</source>
        <translation>ה-PIN או הסיסמה צריכים להכיל לפחות %1 תווים.</translation>
    </message>
</context>
<context>
    <name>TeacherSettingsPage</name>
    <message>
        <source>Set PIN</source>
        <translation>הגדרת PIN</translation>
    </message>
    <message>
        <source>After a digit, show where to start when it was written an unusual way</source>
        <translation>אחרי כתיבת ספרה, להראות מאיפה להתחיל כשהיא נכתבה בדרך לא רגילה</translation>
    </message>
    <message>
        <source>Speak to the children</source>
        <translation>לדבר אל הילדים</translation>
    </message>
    <message>
        <source>Sound effects</source>
        <translation>אפקטים קוליים</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>הפעלה במסך מלא</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>שימוש במסד נתונים זה</translation>
    </message>
    <message>
        <source>Teacher area PIN or password</source>
        <translation>PIN או סיסמה לאזור המורה</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>PIN או סיסמה חדשים</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>הקלדה חוזרת</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>PIN או סיסמה חדשים:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>הקלדה חוזרת:</translation>
    </message>
    <message>
        <source>The children&apos;s screen</source>
        <translation>המסך של הילדים</translation>
    </message>
    <message>
        <source>Children who cannot read yet hear every message. Full screen takes effect the next time the app starts.</source>
        <translation>ילדים שעדיין אינם יודעים לקרוא שומעים כל הודעה. מסך מלא ייכנס לתוקף בפעם הבאה שהאפליקציה תופעל.</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>רמזי כתיבה</translation>
    </message>
    <message>
        <source>Switch them off where your school teaches other ways of forming the digits. What the check finds is kept for the progress view either way.</source>
        <translation>כדאי לכבות אותם אם בבית הספר מלמדים דרכים אחרות לכתיבת הספרות. מה שהבדיקה מוצאת נשמר בכל מקרה לתצוגת ההתקדמות.</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>מסד נתוני ההתקדמות</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own file. A school can keep one PostgreSQL server for all its classroom computers: postgresql://user@server/digit_tutor. Its password is not saved: give it once each time the app starts.</source>
        <translation>ריק: הקובץ של מחשב זה. בית ספר יכול להחזיק שרת PostgreSQL אחד לכל המחשבים בכיתות: postgresql://user@server/digit_tutor. הסיסמה שלו אינה נשמרת: יש להזין אותה פעם אחת בכל הפעלה של האפליקציה.</translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>הקובץ של מחשב זה</translation>
    </message>
    <message>
        <source>The server&apos;s password</source>
        <translation>הסיסמה של השרת</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>רק אם השרת מבקש סיסמה</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>סיסמה:</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same one twice.</source>
        <translation>שני קודי ה-PIN שונים; יש להקליד את אותו קוד פעמיים.</translation>
    </message>
    <message>
        <source>The PIN is set: the teacher area now asks for it.</source>
        <translation>ה-PIN הוגדר: אזור המורה מבקש אותו מעכשיו.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Teacher Area</source>
        <translation>אזור המורה</translation>
    </message>
    <message>
        <source>The teacher&apos;s PIN or password:</source>
        <translation>ה-PIN או הסיסמה של המורה:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN או סיסמה</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>יותר מדי ניסיונות PIN שגויים.</translation>
    </message>
    <message>
        <source>That is not the teacher&apos;s PIN.</source>
        <translation>זה אינו ה-PIN של המורה.</translation>
    </message>
    <message>
        <source>%1 Try again in %2 s.</source>
        <translation>%1 יש לנסות שוב בעוד %2 שנ׳.</translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 יש לנסות שוב.</translation>
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
        <translation>לא ניתן לטעון את המודל</translation>
    </message>
    <message>
        <source>The bundled model is used instead.</source>
        <translation>במקומו נעשה שימוש במודל המצורף.</translation>
    </message>
    <message>
        <source>Progress is kept as files, not in the database: %1</source>
        <translation>ההתקדמות נשמרת כקבצים, לא במסד הנתונים: %1</translation>
    </message>
    <message>
        <source>Practise writing the digits 0-9.</source>
        <translation>תרגול כתיבת הספרות 0-9.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>הצגת עזרה על אפשרויות שורת הפקודה.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>הצגת פרטי הגרסה.</translation>
    </message>
    <message>
        <source>Digit model file (.dtm) to use; without it the bundled default model.</source>
        <translation>קובץ מודל ספרות (.dtm) לשימוש; בלעדיו, מודל ברירת המחדל המצורף.</translation>
    </message>
    <message>
        <source>Ways-of-writing file (.ways) for &quot;Show me&quot; and the formation hints; without it the bundled one.</source>
        <translation>קובץ דרכי כתיבה (.ways) עבור &quot;הדגמה&quot; ורמזי הכתיבה; בלעדיו, הקובץ המצורף.</translation>
    </message>
    <message>
        <source>Progress database: an SQLite file or postgresql://user@host/dbname; without it the teacher&apos;s setting, else the user&apos;s own file.</source>
        <translation>מסד נתוני ההתקדמות: קובץ SQLite או postgresql://user@host/dbname; בלעדיו, ההגדרה של המורה, ואם אין, הקובץ של המשתמש עצמו.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are passed on to Qt.
</source>
        <translation>האפשרויות של Qt עצמו, כגון -platform NAME ו--style NAME, מועברות ל-Qt.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>אפשרות לא מוכרת &apos;%1&apos;; ראו &apos;digit-tutor --help&apos;.</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value.</source>
        <translation>האפשרות &apos;%1&apos; דורשת ערך.</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>קובץ מודל</translation>
    </message>
    <message>
        <source>a ways-of-writing file</source>
        <translation>קובץ דרכי כתיבה</translation>
    </message>
    <message>
        <source>a file or a postgresql:// URL</source>
        <translation>קובץ או כתובת URL מסוג postgresql://</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value (%2).</source>
        <translation>האפשרות &apos;%1&apos; דורשת ערך (%2).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>ארגומנט לא צפוי &apos;%1&apos;; ראו &apos;digit-tutor --help&apos;.</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.

%2</source>
        <translation>לא ניתן היה לטעון את המודל %1.

%2</translation>
    </message>
</context>
</TS>
