<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AttemptArchive</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>„%1” nie jest liczbą całkowitą od %2 do %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1” nie jest liczbą</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text of at most %2 characters</source>
        <translation>„%1” nie jest tekstem o długości najwyżej %2 znaków</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>„%1” nie jest wartością prawda/fałsz</translation>
    </message>
    <message>
        <source>&quot;key&quot; is empty</source>
        <translation>pole „key” jest puste</translation>
    </message>
    <message>
        <source>&quot;when&quot; is not a time</source>
        <translation>pole „when” nie zawiera czasu</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the asked digit %1 is not 0-9 (or -1 for free drawing).</source>
        <translation>Nie można zapisać próby: zadana cyfra %1 nie mieści się w zakresie 0-9 (ani nie jest wartością -1 oznaczającą rysowanie dowolne).</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the folder %1 cannot be created; check that it is writable.</source>
        <translation>Nie można zapisać próby: nie można utworzyć folderu %1; należy sprawdzić, czy jest dostępny do zapisu.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: %2.</source>
        <translation>Nie można zapisać próby w folderze %1: %2.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: every name for %2 is taken.</source>
        <translation>Nie można zapisać próby w folderze %1: wszystkie nazwy dla %2 są zajęte.</translation>
    </message>
    <message>
        <source>Cannot save the attempt %1: %2.</source>
        <translation>Nie można zapisać próby %1: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 does not exist.</source>
        <translation>Próba %1 nie istnieje.</translation>
    </message>
    <message>
        <source>The attempt cannot be read: %1</source>
        <translation>Nie można odczytać próby: %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be read: %2.</source>
        <translation>Nie można odczytać próby %1: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 is not a stroke file: it has %2 bytes, more than any attempt (%3).</source>
        <translation>Próba %1 nie jest plikiem kresek: ma %2 B, więcej niż może mieć jakakolwiek próba (%3).</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has no format</source>
        <translation>jej pole „attempt” nie określa formatu</translation>
    </message>
    <message>
        <source>it was kept by a newer Digit Tutor (format %1; this one reads up to %2)</source>
        <translation>została zapisana przez nowszą wersję Digit Tutor (format %1; ta wersja odczytuje formaty do %2)</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has the unknown format %1</source>
        <translation>jej pole „attempt” ma nieznany format %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be removed: %2.</source>
        <translation>Nie można usunąć próby %1: %2.</translation>
    </message>
</context>
<context>
    <name>AttemptHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Uczeń</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Zadana</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Odczytano jako</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Gwiazdki</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>nieznany czas</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 z %2 gwiazdek</translation>
    </message>
    <message>
        <source>facing the other way</source>
        <translation>w lustrzanym odbiciu</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>to nie cyfra</translation>
    </message>
    <message>
        <source>nothing drawn</source>
        <translation>nic nie narysowano</translation>
    </message>
    <message>
        <source>right</source>
        <translation>poprawnie</translation>
    </message>
    <message>
        <source>another digit</source>
        <translation>inna cyfra</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>rysowanie dowolne</translation>
    </message>
</context>
<context>
    <name>AttemptsDialog</name>
    <message>
        <source>%1 asked, read as %2: %3</source>
        <translation>zadano %1, odczytano jako %2: %3</translation>
    </message>
    <message>
        <source>free drawing, read as %1</source>
        <translation>rysowanie dowolne, odczytano jako %1</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(nie zachowano kresek)</translation>
    </message>
    <message>
        <source>Saved Attempts</source>
        <translation>Zapisane próby</translation>
    </message>
    <message>
        <source>Whose attempts</source>
        <translation>Czyje próby</translation>
    </message>
    <message>
        <source>Attempts in the progress database, newest first</source>
        <translation>Próby w bazie postępów, od najnowszych</translation>
    </message>
    <message>
        <source>In the Progress Database</source>
        <translation>W bazie postępów</translation>
    </message>
    <message>
        <source>Replay of the chosen attempt</source>
        <translation>Odtworzenie wybranej próby</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Informacje o wyświetlanej próbie</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>&amp;Odtwórz ponownie</translation>
    </message>
    <message>
        <source>Play the attempt again</source>
        <translation>Odtwórz próbę ponownie</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Zatrzymaj odtwarzanie</translation>
    </message>
    <message>
        <source>&amp;Twice as fast</source>
        <translation>&amp;Dwa razy szybciej</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Odtwarzaj dwa razy szybciej</translation>
    </message>
    <message>
        <source>Attempts of %1</source>
        <translation>Próby ucznia %1</translation>
    </message>
    <message>
        <source>&amp;Whose attempts:</source>
        <translation>&amp;Czyje próby:</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Wszystkie dzieci</translation>
    </message>
    <message>
        <source>The progress database is not available, so its attempts cannot be shown: %1</source>
        <translation>Baza postępów jest niedostępna, więc nie można wyświetlić zapisanych w niej prób: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>nie połączono z żadną bazą danych.</translation>
    </message>
    <message>
        <source>No attempts yet. Each drawing a child finishes with Done is kept here.</source>
        <translation>Nie ma jeszcze żadnych prób. Tutaj zachowywany jest każdy rysunek, który dziecko zakończy przyciskiem Gotowe.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first; older ones come as you scroll down.</source>
        <translation>Próby: %1, od najnowszych; starsze pojawiają się podczas przewijania w dół.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first.</source>
        <translation>Próby: %1, od najnowszych.</translation>
    </message>
    <message>
        <source>Choose an attempt to watch it being written.</source>
        <translation>Wybierz próbę, aby zobaczyć, jak była pisana.</translation>
    </message>
    <message>
        <source>Waiting for the Database (%1)</source>
        <translation>Oczekiwanie na bazę danych (%1)</translation>
    </message>
    <message>
        <source>Waiting for the Database</source>
        <translation>Oczekiwanie na bazę danych</translation>
    </message>
    <message>
        <source>%1, %2: %3; kept as the file %4</source>
        <translation>%1, %2: %3; zachowana jako plik %4</translation>
    </message>
    <message>
        <source>%1 asked</source>
        <translation>zadano %1</translation>
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
        <translation>Narysuj dowolną cyfrę</translation>
    </message>
    <message>
        <source>Write an %1</source>
        <translation>Napisz cyfrę %1</translation>
    </message>
    <message>
        <source>Write a %1</source>
        <translation>Napisz cyfrę %1</translation>
    </message>
    <message>
        <source>Draw a digit first!</source>
        <translation>Najpierw narysuj cyfrę!</translation>
    </message>
    <message>
        <source>Draw an %1 first!</source>
        <translation>Najpierw narysuj cyfrę %1!</translation>
    </message>
    <message>
        <source>Draw a %1 first!</source>
        <translation>Najpierw narysuj cyfrę %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a digit!</source>
        <translation>Napiszmy cyfrę!</translation>
    </message>
    <message>
        <source>Let&apos;s write an %1!</source>
        <translation>Napiszmy cyfrę %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a %1!</source>
        <translation>Napiszmy cyfrę %1!</translation>
    </message>
    <message>
        <source>That looks like an %1</source>
        <translation>To wygląda jak cyfra %1</translation>
    </message>
    <message>
        <source>That looks like a %1</source>
        <translation>To wygląda jak cyfra %1</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a digit yet</source>
        <translation>To jeszcze nie wygląda jak cyfra</translation>
    </message>
    <message>
        <source>That looks like an %1.</source>
        <translation>To wygląda jak cyfra %1.</translation>
    </message>
    <message>
        <source>That looks like a %1.</source>
        <translation>To wygląda jak cyfra %1.</translation>
    </message>
    <message>
        <source>Your %1 is facing the other way. Let&apos;s turn it round!</source>
        <translation>Twoja cyfra %1 jest odwrócona. Obróćmy ją!</translation>
    </message>
    <message>
        <source>You can write an %1 all by yourself!</source>
        <translation>Umiesz już napisać cyfrę %1 bez żadnej pomocy!</translation>
    </message>
    <message>
        <source>You can write a %1 all by yourself!</source>
        <translation>Umiesz już napisać cyfrę %1 bez żadnej pomocy!</translation>
    </message>
    <message>
        <source>An %1 written like yours</source>
        <translation>Cyfra %1 napisana tak jak twoja</translation>
    </message>
    <message>
        <source>A %1 written like yours</source>
        <translation>Cyfra %1 napisana tak jak twoja</translation>
    </message>
    <message>
        <source>Wonderful!</source>
        <translation>Wspaniale!</translation>
    </message>
    <message>
        <source>Perfect!</source>
        <translation>Idealnie!</translation>
    </message>
    <message>
        <source>Super writing!</source>
        <translation>Pięknie napisane!</translation>
    </message>
    <message>
        <source>Brilliant!</source>
        <translation>Znakomicie!</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Brawo!</translation>
    </message>
    <message>
        <source>Good job!</source>
        <translation>Dobra robota!</translation>
    </message>
    <message>
        <source>Nice work!</source>
        <translation>Ładnie ci poszło!</translation>
    </message>
    <message>
        <source>Great!</source>
        <translation>Super!</translation>
    </message>
    <message>
        <source>Good try! Have another go.</source>
        <translation>Dobra próba! Spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Nearly! Try once more.</source>
        <translation>Już prawie! Jeszcze jedna próba.</translation>
    </message>
    <message>
        <source>Keep going, you can do it!</source>
        <translation>Tak trzymaj, dasz radę!</translation>
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
        <translation>Język komputera</translation>
    </message>
    <message>
        <source>Language of Class %1</source>
        <translation>Język klasy %1</translation>
    </message>
    <message>
        <source>The children of this class see and hear the app in this language, unless a student has a language of their own.</source>
        <translation>Dzieci z tej klasy widzą i słyszą aplikację w tym języku, chyba że uczeń ma ustawiony własny język.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
</context>
<context>
    <name>ConfidenceMeter</name>
    <message>
        <source>How sure</source>
        <translation>Pewność</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for.</source>
        <translation>Na ile aplikacja jest pewna, że twój rysunek to cyfra, o którą prosiła.</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>jeszcze mała</translation>
    </message>
    <message>
        <source>a bit sure</source>
        <translation>niewielka</translation>
    </message>
    <message>
        <source>quite sure</source>
        <translation>dość duża</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>bardzo duża</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for: %1.</source>
        <translation>Pewność aplikacji, że twój rysunek to cyfra, o którą prosiła: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>Nie podano bazy danych.</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid URL.</source>
        <translation>Adres bazy danych %1 nie jest prawidłowym adresem URL.</translation>
    </message>
    <message>
        <source>The database address %1 names no database; add it after the host, as in postgresql://host/digit_tutor.</source>
        <translation>Adres bazy danych %1 nie wskazuje żadnej bazy; należy dopisać jej nazwę po nazwie hosta, np. postgresql://host/digit_tutor.</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>Port w adresie %1 nie jest liczbą od 1 do 65535.</translation>
    </message>
    <message>
        <source>The database address %1 is neither a file nor a postgresql:// URL.</source>
        <translation>Adres bazy danych %1 nie jest ani plikiem, ani adresem URL postgresql://.</translation>
    </message>
    <message>
        <source>The database address %1 names no file.</source>
        <translation>Adres bazy danych %1 nie wskazuje żadnego pliku.</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <source>Your drawing on the guide</source>
        <translation>Twój rysunek na wzorze</translation>
    </message>
    <message>
        <source>still to add</source>
        <translation>jeszcze do dorysowania</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>niepotrzebne</translation>
    </message>
    <message>
        <source>Blue shows ink still to add: %1% of the guide. Orange shows ink not needed: %2% of the drawing.</source>
        <translation>Na niebiesko to, czego jeszcze brakuje: %1% wzoru. Na pomarańczowo to, co niepotrzebne: %2% rysunku.</translation>
    </message>
    <message>
        <source>Missing %1% · extra %2%</source>
        <translation>Brakuje %1% · za dużo %2%</translation>
    </message>
</context>
<context>
    <name>DigitFiguresTable</name>
    <message>
        <source>Digit</source>
        <translation>Cyfra</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Skuteczność</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Gwiazdki</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Lustrzane</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Wskazówki kreślenia</translation>
    </message>
    <message>
        <source>How often the digit was read as the one asked for</source>
        <translation>Jak często cyfra została odczytana jako zadana</translation>
    </message>
    <message>
        <source>The average stars, of 3</source>
        <translation>Średnia liczba gwiazdek (na 3)</translation>
    </message>
    <message>
        <source>The success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on.</source>
        <translation>Skuteczność w późniejszej połowie prób danej cyfry minus skuteczność we wcześniejszej połowie, w punktach procentowych; liczona od %1 prób.</translation>
    </message>
    <message>
        <source>How often the digit was written facing the other way (mirror writing)</source>
        <translation>Jak często cyfra była pisana w lustrzanym odbiciu</translation>
    </message>
    <message>
        <source>How often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Jak często dziecku pokazano lepsze miejsce rozpoczęcia, kierunek lub kolejność kresek.</translation>
    </message>
    <message>
        <source>Figures for each digit</source>
        <translation>Wyniki dla każdej cyfry</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>starts elsewhere %1, other way %2, order %3</source>
        <translation>inny początek %1, inny kierunek %2, kolejność %3</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, wymaga ćwiczeń</translation>
    </message>
    <message>
        <source>Needs work: practise this digit next.</source>
        <translation>Wymaga ćwiczeń: tę cyfrę warto poćwiczyć w następnej kolejności.</translation>
    </message>
    <message>
        <source>%1 of %2 read as asked</source>
        <translation>zgodnie z zadaniem: %1 z %2</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing area</source>
        <translation>Miejsce do rysowania</translation>
    </message>
    <message>
        <source>Draw the digit here with the mouse, a pen or a finger.</source>
        <translation>Narysuj tu cyfrę myszką, rysikiem albo palcem.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide</source>
        <translation>Wzór</translation>
    </message>
    <message>
        <source>A picture of how the digit is usually written.</source>
        <translation>Obrazek, który pokazuje, jak zwykle pisze się tę cyfrę.</translation>
    </message>
</context>
<context>
    <name>KeptAttempts</name>
    <message>
        <source>%1; and %2</source>
        <translation>%1; ponadto %2</translation>
    </message>
</context>
<context>
    <name>KeptFilesPanel</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Uczeń</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Zadana</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>Attempts waiting to go into the progress database, newest first</source>
        <translation>Próby oczekujące na przeniesienie do bazy postępów, od najnowszych</translation>
    </message>
    <message>
        <source>&amp;Put Them into the Progress Database</source>
        <translation>&amp;Przenieś je do bazy postępów</translation>
    </message>
    <message>
        <source>Store the attempts kept here in the progress database, each once, for its own child</source>
        <translation>Zapisz przechowywane tu próby w bazie postępów, każdą jeden raz, przy właściwym dziecku</translation>
    </message>
    <message>
        <source>What putting the attempts into the database did</source>
        <translation>Wynik przenoszenia prób do bazy danych</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>rysowanie dowolne</translation>
    </message>
    <message>
        <source>waiting to go into the progress database</source>
        <translation>oczekuje na przeniesienie do bazy postępów</translation>
    </message>
    <message>
        <source>strokes only: replayed here, never stored</source>
        <translation>tylko kreski: można je tu odtworzyć, nigdy nie trafiają do bazy</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nie można odczytać: %1</translation>
    </message>
    <message>
        <source>These attempts could not go into the progress database when they were made (it was not available), so they were kept whole as files on this computer. They are waiting to go into the progress database: nothing is lost. They go in by themselves once it works again, or now with the button below.</source>
        <translation>Tych prób nie udało się zapisać w bazie postępów, gdy powstawały (była niedostępna), więc zachowano je w całości jako pliki na tym komputerze. Czekają na przeniesienie do bazy postępów: nic nie zostało utracone. Trafią do niej same, gdy tylko baza znów zacznie działać, albo od razu po użyciu przycisku poniżej.</translation>
    </message>
    <message>
        <source>No attempts are waiting: every attempt is in the progress database.</source>
        <translation>Żadne próby nie oczekują: wszystkie są w bazie postępów.</translation>
    </message>
    <message>
        <source>No attempts are waiting to go into the progress database.</source>
        <translation>Żadne próby nie oczekują na przeniesienie do bazy postępów.</translation>
    </message>
    <message>
        <source>Files of strokes only (kept by an older Digit Tutor, or damaged) can be replayed here; they never go into the database.</source>
        <translation>Pliki zawierające tylko kreski (zapisane przez starszą wersję Digit Tutor lub uszkodzone) można tu odtworzyć; nigdy nie trafiają do bazy danych.</translation>
    </message>
    <message>
        <source>The progress database is still not available, so the attempts stay here, safe: %1</source>
        <translation>Baza postępów nadal jest niedostępna, więc próby pozostają tutaj, bezpieczne: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>nie połączono z żadną bazą danych.</translation>
    </message>
    <message>
        <source>Attempts that went into the progress database: %1.</source>
        <translation>Próby przeniesione do bazy postępów: %1.</translation>
    </message>
    <message>
        <source>The others stay here for now: %1</source>
        <translation>Pozostałe na razie zostają tutaj: %1</translation>
    </message>
    <message>
        <source>No attempt was waiting.</source>
        <translation>Żadna próba nie oczekiwała.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Left-handed</source>
        <translation>Pisze &amp;lewą ręką</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pełny ekran</translation>
    </message>
    <message>
        <source>Teacher &amp;Area...</source>
        <translation>Strefa &amp;nauczyciela...</translation>
    </message>
    <message>
        <source>Change &amp;Student...</source>
        <translation>Zmień &amp;ucznia...</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Kto pisze</translation>
    </message>
    <message>
        <source>Choose who is writing</source>
        <translation>Wybierz, kto pisze</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Nauczyciel</translation>
    </message>
    <message>
        <source>Teacher area</source>
        <translation>Strefa nauczyciela</translation>
    </message>
    <message>
        <source>Students, progress, reports and settings, for grown-ups</source>
        <translation>Uczniowie, postępy, raporty i ustawienia – dla dorosłych</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Wyjście</translation>
    </message>
    <message>
        <source>Hold for two seconds to leave Digit Tutor</source>
        <translation>Przytrzymaj przez dwie sekundy, aby zamknąć Digit Tutor</translation>
    </message>
    <message>
        <source>The database was not changed. %1</source>
        <translation>Baza danych nie została zmieniona. %1</translation>
    </message>
    <message>
        <source>Progress is now kept in %1.</source>
        <translation>Postępy są teraz zapisywane tutaj: %1.</translation>
    </message>
    <message>
        <source>&quot;Show me&quot; is not available: %1</source>
        <translation>Funkcja „Pokaż” jest niedostępna: %1</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>Nie można wczytać modelu</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; the current model is kept.

%2</source>
        <translation>Nie można wczytać modelu %1; nadal używany jest dotychczasowy model.

%2</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Baza postępów</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, utworzony %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan could not be read; they start afresh: %2</source>
        <translation>Nie można odczytać planu ćwiczeń ucznia %1; ćwiczenia zaczną się od nowa: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan is damaged; they start afresh: %2</source>
        <translation>Plan ćwiczeń ucznia %1 jest uszkodzony; ćwiczenia zaczną się od nowa: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan was not saved: %2</source>
        <translation>Nie zapisano planu ćwiczeń ucznia %1: %2</translation>
    </message>
    <message>
        <source>This attempt was not saved: %1</source>
        <translation>Ta próba nie została zapisana: %1</translation>
    </message>
    <message>
        <source>This attempt was kept as a file, not in the progress database: %1</source>
        <translation>Ta próba została zachowana jako plik, a nie w bazie postępów: %1</translation>
    </message>
    <message>
        <source>Attempts kept as files stay there for now: %1</source>
        <translation>Próby zachowane jako pliki na razie tam pozostają: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) kept as files are of students deleted for good (%1): they stay as files and are not stored. The teacher area&apos;s Saved Attempts shows them.</source>
        <translation>
            <numerusform>%n próba zachowana jako plik należy do trwale usuniętych uczniów (%1): pozostaje plikiem i nie trafia do bazy. Można ją obejrzeć w oknie Zapisane próby w strefie nauczyciela.</numerusform>
            <numerusform>%n próby zachowane jako pliki należą do trwale usuniętych uczniów (%1): pozostają plikami i nie trafiają do bazy. Można je obejrzeć w oknie Zapisane próby w strefie nauczyciela.</numerusform>
            <numerusform>%n prób zachowanych jako pliki należy do trwale usuniętych uczniów (%1): pozostają plikami i nie trafiają do bazy. Można je obejrzeć w oknie Zapisane próby w strefie nauczyciela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1, of which %2 of archived students, who stay archived.</source>
        <translation>Próby zachowane jako pliki trafiły do bazy postępów: %1, w tym %2 należących do uczniów z archiwum, którzy pozostają w archiwum.</translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1.</source>
        <translation>Próby zachowane jako pliki trafiły do bazy postępów: %1.</translation>
    </message>
</context>
<context>
    <name>ModelDescription</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>What it learnt from is not recorded in the file.</source>
        <translation>Plik nie zawiera informacji o tym, na czym model się uczył.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handwritten digit(s) of MNIST</source>
        <translation>
            <numerusform>%Ln odręcznie napisana cyfra ze zbioru MNIST</numerusform>
            <numerusform>%Ln odręcznie napisane cyfry ze zbioru MNIST</numerusform>
            <numerusform>%Ln odręcznie napisanych cyfr ze zbioru MNIST</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s) of a class&apos;s own digits</source>
        <translation>
            <numerusform>%Ln obraz cyfr napisanych przez własną klasę</numerusform>
            <numerusform>%Ln obrazy cyfr napisanych przez własną klasę</numerusform>
            <numerusform>%Ln obrazów cyfr napisanych przez własną klasę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s) drawn with a pen</source>
        <translation>
            <numerusform>%Ln cyfra narysowana rysikiem</numerusform>
            <numerusform>%Ln cyfry narysowane rysikiem</numerusform>
            <numerusform>%Ln cyfr narysowanych rysikiem</numerusform>
        </translation>
    </message>
    <message>
        <source>Learnt from: %1.</source>
        <translation>Dane uczące: %1.</translation>
    </message>
    <message>
        <source>Learnt from %1.</source>
        <translation>Dane uczące: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each drawn digit was also learnt in %n distorted version(s), as a child&apos;s hand might have drawn it.</source>
        <translation>
            <numerusform>Model poznał też każdą narysowaną cyfrę w %n zniekształconej wersji, takiej, jaką mogłaby narysować ręka dziecka.</numerusform>
            <numerusform>Model poznał też każdą narysowaną cyfrę w %n zniekształconych wersjach, takich, jakie mogłaby narysować ręka dziecka.</numerusform>
            <numerusform>Model poznał też każdą narysowaną cyfrę w %n zniekształconych wersjach, takich, jakie mogłaby narysować ręka dziecka.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learnt what is not a digit from %Ln doodle(s).</source>
        <translation>
            <numerusform>Tego, co nie jest cyfrą, model nauczył się na podstawie %Ln bazgrołu.</numerusform>
            <numerusform>Tego, co nie jest cyfrą, model nauczył się na podstawie %Ln bazgrołów.</numerusform>
            <numerusform>Tego, co nie jest cyfrą, model nauczył się na podstawie %Ln bazgrołów.</numerusform>
        </translation>
    </message>
    <message>
        <source>How well it reads digits drawn on the screen is measured apart: the bundled model&apos;s figures are in models/README.md, and digit-tutor-cli evaluate measures any model.</source>
        <translation>Skuteczność odczytywania cyfr rysowanych na ekranie mierzy się osobno: wyniki modelu dołączonego do aplikacji są w pliku models/README.md, a polecenie digit-tutor-cli evaluate mierzy skuteczność dowolnego modelu.</translation>
    </message>
    <message>
        <source>How well it reads is not recorded in the file.</source>
        <translation>Plik nie zawiera informacji o skuteczności odczytywania.</translation>
    </message>
    <message numerus="yes">
        <source>It reads %1 of the MNIST test set right: %Ln handwritten digit(s) it never saw while learning.</source>
        <translation>
            <numerusform>Model poprawnie odczytuje %1 zbioru testowego MNIST: to %Ln odręcznie napisana cyfra, której nie widział podczas nauki.</numerusform>
            <numerusform>Model poprawnie odczytuje %1 zbioru testowego MNIST: to %Ln odręcznie napisane cyfry, których nie widział podczas nauki.</numerusform>
            <numerusform>Model poprawnie odczytuje %1 zbioru testowego MNIST: to %Ln odręcznie napisanych cyfr, których nie widział podczas nauki.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reads %1 of the MNIST test set right.</source>
        <translation>Model poprawnie odczytuje %1 zbioru testowego MNIST.</translation>
    </message>
    <message>
        <source>When it was made is not recorded in the file.</source>
        <translation>Plik nie zawiera informacji o tym, kiedy utworzono model.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Utworzono: %1.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Utworzono %1.</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from images</source>
        <translation>Sposoby pisania każdej cyfry wyuczone z obrazów</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from drawings</source>
        <translation>Sposoby pisania każdej cyfry wyuczone z rysunków</translation>
    </message>
    <message>
        <source>Weight of the ways learnt from drawings</source>
        <translation>Waga sposobów wyuczonych z rysunków</translation>
    </message>
    <message>
        <source>Covariance regularisation</source>
        <translation>Regularyzacja kowariancji</translation>
    </message>
    <message>
        <source>Slanted digits straightened</source>
        <translation>Prostowanie pochylonych cyfr</translation>
    </message>
    <message>
        <source>HOG: orientations / cell pixels / block cells</source>
        <translation>HOG: orientacje / piksele komórki / komórki bloku</translation>
    </message>
    <message>
        <source>Fitting tolerance</source>
        <translation>Tolerancja dopasowania</translation>
    </message>
    <message>
        <source>Fitting rounds at most</source>
        <translation>Maksymalna liczba rund dopasowania</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Ziarno losowe</translation>
    </message>
    <message>
        <source>Not a digit below this percentile of the training scores</source>
        <translation>Poniżej tego percentyla wyników uczenia: to nie cyfra</translation>
    </message>
    <message>
        <source>Distorted copies of each MNIST digit</source>
        <translation>Zniekształcone kopie każdej cyfry MNIST</translation>
    </message>
    <message>
        <source>Arithmetic while fitting</source>
        <translation>Arytmetyka podczas dopasowania</translation>
    </message>
    <message>
        <source>Order the features are scored in</source>
        <translation>Kolejność oceniania cech</translation>
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
        <translation>%1 (łącznie %2)</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>Domyślny model dołączony do aplikacji</translation>
    </message>
    <message>
        <source>The model file %1</source>
        <translation>Plik modelu %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>models/default.dtm, built into the app</source>
        <translation>models/default.dtm, wbudowany w aplikację</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format pliku</translation>
    </message>
    <message>
        <source>Ways of writing each digit (components)</source>
        <translation>Sposoby pisania każdej cyfry (składowe)</translation>
    </message>
    <message>
        <source>Times each drawn digit counts</source>
        <translation>Ile razy liczy się każda narysowana cyfra</translation>
    </message>
    <message>
        <source>Distorted versions of each drawn digit</source>
        <translation>Zniekształcone wersje każdej narysowanej cyfry</translation>
    </message>
    <message>
        <source>Drawings, %1</source>
        <translation>Rysunki, %1</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Rysunki</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Testowany na</translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation>Czas uczenia</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Utworzony przez</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Which model is in use</source>
        <translation>Który model jest używany</translation>
    </message>
    <message>
        <source>What the model learnt from</source>
        <translation>Na czym model się uczył</translation>
    </message>
    <message>
        <source>How well the model reads</source>
        <translation>Jak dobrze model odczytuje cyfry</translation>
    </message>
    <message>
        <source>When the model was made</source>
        <translation>Kiedy utworzono model</translation>
    </message>
    <message>
        <source>Load Model File...</source>
        <translation>Wczytaj plik modelu...</translation>
    </message>
    <message>
        <source>Use the Bundled Default</source>
        <translation>Użyj modelu domyślnego</translation>
    </message>
    <message>
        <source>What it learnt from</source>
        <translation>Na czym się uczył</translation>
    </message>
    <message>
        <source>How well it reads</source>
        <translation>Jak dobrze odczytuje</translation>
    </message>
    <message>
        <source>When it was made</source>
        <translation>Kiedy powstał</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <source>Show the model&apos;s technical settings</source>
        <translation>Pokaż ustawienia techniczne modelu</translation>
    </message>
    <message>
        <source>The model&apos;s technical settings</source>
        <translation>Ustawienia techniczne modelu</translation>
    </message>
    <message>
        <source>A model file (.dtm) is made by digit-tutor-cli train, for example on MNIST with your own class&apos;s digits added. A file that is not a valid model is refused and the current model stays.</source>
        <translation>Plik modelu (.dtm) tworzy się poleceniem digit-tutor-cli train, na przykład na zbiorze MNIST z dodanymi cyframi własnej klasy. Plik, który nie jest prawidłowym modelem, zostaje odrzucony, a dotychczasowy model pozostaje w użyciu.</translation>
    </message>
    <message>
        <source>Load Model</source>
        <translation>Wczytaj model</translation>
    </message>
    <message>
        <source>Digit models (*.dtm);;All files (*)</source>
        <translation>Modele cyfr (*.dtm);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Ćwicz</translation>
    </message>
    <message>
        <source>Practice mode: write the asked digit</source>
        <translation>Ćwiczenie: napisz cyfrę, o którą proszę</translation>
    </message>
    <message>
        <source>Write the digit I ask for</source>
        <translation>Napisz cyfrę, o którą cię poproszę</translation>
    </message>
    <message>
        <source>Free drawing</source>
        <translation>Rysuj dowolnie</translation>
    </message>
    <message>
        <source>Free drawing mode: draw any digit</source>
        <translation>Rysowanie dowolne: narysuj dowolną cyfrę</translation>
    </message>
    <message>
        <source>Draw any digit and I will say which</source>
        <translation>Narysuj dowolną cyfrę, a ja powiem, jaka to cyfra</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Ślad</translation>
    </message>
    <message>
        <source>Trace over the guide</source>
        <translation>Pisz po śladzie wzoru</translation>
    </message>
    <message>
        <source>Show the guide under your drawing to trace over</source>
        <translation>Pokaż wzór pod twoim rysunkiem, żeby pisać po śladzie</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>Powtórz</translation>
    </message>
    <message>
        <source>Say the digit to write again</source>
        <translation>Powiedz jeszcze raz, jaką cyfrę napisać</translation>
    </message>
    <message>
        <source>Hear the question again</source>
        <translation>Posłuchaj jeszcze raz, co masz napisać</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Show me how to write it</source>
        <translation>Pokaż mi, jak to napisać</translation>
    </message>
    <message>
        <source>Watch the digit being written, stroke by stroke</source>
        <translation>Zobacz, jak pisze się cyfrę, kreska po kresce</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Cofnij ostatnią kreskę</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>Usuń ostatnią kreskę</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Wyczyść rysunek</translation>
    </message>
    <message>
        <source>Start the drawing again</source>
        <translation>Zacznij rysunek od nowa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>I am done</source>
        <translation>Już gotowe</translation>
    </message>
    <message>
        <source>See how well it went</source>
        <translation>Zobacz, jak ci poszło</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Next digit</source>
        <translation>Następna cyfra</translation>
    </message>
    <message>
        <source>Write another digit</source>
        <translation>Napisz kolejną cyfrę</translation>
    </message>
    <message>
        <source>Which digit to write</source>
        <translation>Którą cyfrę napisać</translation>
    </message>
    <message>
        <source>What the drawing looks like</source>
        <translation>Na co wygląda rysunek</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Pochwała</translation>
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
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Uczeń</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Zadana</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Odczytano jako</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Gwiazdki</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Wskazówka</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation>Próby, od najnowszych</translation>
    </message>
    <message>
        <source>The chosen attempt, as the child drew it</source>
        <translation>Wybrana próba, tak jak narysowało ją dziecko</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Informacje o wyświetlanej próbie</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Odtwórz</translation>
    </message>
    <message>
        <source>Replay the attempt in the timing it was drawn</source>
        <translation>Odtwórz próbę w tempie, w jakim była rysowana</translation>
    </message>
    <message>
        <source>Watch the attempt being drawn again, stroke by stroke</source>
        <translation>Obejrzyj jeszcze raz rysowanie próby, kreska po kresce</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Zatrzymaj odtwarzanie</translation>
    </message>
    <message>
        <source>T&amp;wice as fast</source>
        <translation>&amp;Dwa razy szybciej</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Odtwarzaj dwa razy szybciej</translation>
    </message>
    <message>
        <source>starts elsewhere</source>
        <translation>inny początek</translation>
    </message>
    <message>
        <source>other way round</source>
        <translation>odwrotny kierunek</translation>
    </message>
    <message>
        <source>stroke order</source>
        <translation>kolejność kresek</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>rysowanie dowolne</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>lustrzane</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>to nie cyfra</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>nieznany czas</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 z %2 gwiazdek</translation>
    </message>
    <message>
        <source>free drawing, written facing the other way</source>
        <translation>rysowanie dowolne, w lustrzanym odbiciu</translation>
    </message>
    <message>
        <source>%1 asked, written facing the other way</source>
        <translation>zadano %1, napisana w lustrzanym odbiciu</translation>
    </message>
    <message>
        <source>%1 asked, not read as a digit</source>
        <translation>zadano %1, nie odczytano jako cyfry</translation>
    </message>
    <message>
        <source>%1 asked, nothing drawn</source>
        <translation>zadano %1, nic nie narysowano</translation>
    </message>
    <message>
        <source>%1 asked, read as %2</source>
        <translation>zadano %1, odczytano jako %2</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>; hint: %1</source>
        <translation>; wskazówka: %1</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Brak prób w tym okresie.</translation>
    </message>
    <message>
        <source>Choose an attempt to see how it was drawn.</source>
        <translation>Wybierz próbę, aby zobaczyć, jak była rysowana.</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(nie zachowano kresek)</translation>
    </message>
</context>
<context>
    <name>ProgressChartView</name>
    <message>
        <source>All digits</source>
        <translation>Wszystkie cyfry</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Cyfra %1</translation>
    </message>
    <message>
        <source>Which digit&apos;s progress the chart shows</source>
        <translation>Postępy której cyfry pokazuje wykres</translation>
    </message>
    <message>
        <source>Chart &amp;for:</source>
        <translation>&amp;Wykres dla:</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Postępy w czasie</translation>
    </message>
</context>
<context>
    <name>ProgressOverview</name>
    <message>
        <source>Whose progress is shown</source>
        <translation>Czyje postępy są pokazane</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Digits that need work</source>
        <translation>Cyfry wymagające ćwiczeń</translation>
    </message>
    <message>
        <source>Formation hints to practise</source>
        <translation>Kreślenie do poćwiczenia</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Brak prób w tym okresie.</translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation>Uczniowie: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 (free drawing: %2)</source>
        <translation>Próby: %1 (rysowanie dowolne: %2)</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Próby: %1</translation>
    </message>
    <message>
        <source>read as asked: %1 of %2 (%3)</source>
        <translation>zgodnie z zadaniem: %1 z %2 (%3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>Needs work: %1.</source>
        <translation>Wymagają ćwiczeń: %1.</translation>
    </message>
    <message>
        <source>Not tried yet: %1.</source>
        <translation>Jeszcze nie ćwiczone: %1.</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Każda cyfra jest odczytywana zgodnie z zadaniem w co najmniej %1 przypadków – brawo.</translation>
    </message>
    <message>
        <source>starts elsewhere %1</source>
        <translation>inny początek %1</translation>
    </message>
    <message>
        <source>other way round %1</source>
        <translation>odwrotny kierunek %1</translation>
    </message>
    <message>
        <source>stroke order %1</source>
        <translation>kolejność kresek %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formation to practise: %1</source>
        <translation>Kreślenie do poćwiczenia: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>nie można jej odczytać (%1)</translation>
    </message>
    <message>
        <source>the file is not an SQLite database (its %1 bytes do not start as one)</source>
        <translation>plik nie jest bazą danych SQLite (jego zawartość, %1 B, nie zaczyna się jak taka baza)</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>nie można zapisywać do pliku (%1)</translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal there (%1)</source>
        <translation>nie można zapisywać w jej folderze, a SQLite przechowuje tam swój dziennik (%1)</translation>
    </message>
    <message>
        <source>There is already a student named %1, archived: restore them under Students, or choose another name.</source>
        <translation>Istnieje już uczeń o imieniu %1, w archiwum: można go przywrócić na stronie Uczniowie albo wybrać inne imię.</translation>
    </message>
    <message>
        <source>There is already a student named %1.</source>
        <translation>Istnieje już uczeń o imieniu %1.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: Qt&apos;s %2 driver is not installed (Debian package %3).</source>
        <translation>Nie można otworzyć bazy postępów %1: sterownik Qt %2 nie jest zainstalowany (pakiet Debiana %3).</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: its folder cannot be created.</source>
        <translation>Nie można otworzyć bazy postępów %1: nie można utworzyć jej folderu.</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be used: %2. It was left as it is; choose another file, or move this one away to start a new database.</source>
        <translation>Nie można użyć bazy postępów %1: %2. Pozostawiono ją bez zmian; należy wybrać inny plik albo przenieść ten plik w inne miejsce, aby założyć nową bazę.</translation>
    </message>
    <message>
        <source>The progress database %1 is read-only: %2. It was left as it is; attempts are kept as files until it can be written.</source>
        <translation>Baza postępów %1 jest tylko do odczytu: %2. Pozostawiono ją bez zmian; dopóki nie będzie można do niej zapisywać, próby są zachowywane jako pliki.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2</source>
        <translation>Nie można otworzyć bazy postępów %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2</source>
        <translation>Nie można przygotować bazy postępów %1: %2</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged or is not a database (%2); it was left as it is.</source>
        <translation>Baza postępów %1 jest uszkodzona lub nie jest bazą danych (%2); pozostawiono ją bez zmian.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2.</source>
        <translation>Nie można otworzyć bazy postępów %1: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2.</source>
        <translation>Nie można przygotować bazy postępów %1: %2.</translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation>nie można odczytać wersji jej schematu</translation>
    </message>
    <message>
        <source>The database %1 is not a Digit Tutor progress database (it has other tables); it was left as it is.</source>
        <translation>Baza danych %1 nie jest bazą postępów Digit Tutor (zawiera inne tabele); pozostawiono ją bez zmian.</translation>
    </message>
    <message>
        <source>The progress database %1 was made by a newer Digit Tutor (schema %2; this one knows up to %3); it was left as it is.</source>
        <translation>Baza postępów %1 została utworzona przez nowszą wersję Digit Tutor (schemat %2; ta wersja obsługuje schematy do %3); pozostawiono ją bez zmian.</translation>
    </message>
    <message>
        <source>step %1 of the schema failed: %2</source>
        <translation>krok %1 schematu nie powiódł się: %2</translation>
    </message>
    <message>
        <source>%1 (progress database %2): %3</source>
        <translation>%1 (baza postępów %2): %3</translation>
    </message>
    <message>
        <source>Cannot read the students</source>
        <translation>Nie można odczytać listy uczniów</translation>
    </message>
    <message>
        <source>Cannot read a student</source>
        <translation>Nie można odczytać danych ucznia</translation>
    </message>
    <message>
        <source>There is no student number %1.</source>
        <translation>Nie ma ucznia o numerze %1.</translation>
    </message>
    <message>
        <source>There is no student named %1.</source>
        <translation>Nie ma ucznia o imieniu %1.</translation>
    </message>
    <message>
        <source>Cannot add the Guest student</source>
        <translation>Nie można dodać ucznia Gość</translation>
    </message>
    <message>
        <source>A student&apos;s name must have 1 to %1 characters.</source>
        <translation>Imię ucznia musi mieć od 1 do %1 znaków.</translation>
    </message>
    <message>
        <source>Cannot add the student %1</source>
        <translation>Nie można dodać ucznia %1</translation>
    </message>
    <message>
        <source>Guest keeps its name: it is the student of attempts made without choosing one.</source>
        <translation>Gość zachowuje swoją nazwę: to do niego trafiają próby wykonane bez wybrania ucznia.</translation>
    </message>
    <message>
        <source>Cannot change the student %1</source>
        <translation>Nie można zmienić danych ucznia %1</translation>
    </message>
    <message>
        <source>An attempt with asked digit %1, recognised digit %2 and %3 stars cannot be stored.</source>
        <translation>Nie można zapisać próby z zadaną cyfrą %1, rozpoznaną cyfrą %2 i liczbą gwiazdek %3.</translation>
    </message>
    <message>
        <source>Cannot store the attempt</source>
        <translation>Nie można zapisać próby</translation>
    </message>
    <message>
        <source>Cannot count the attempts</source>
        <translation>Nie można policzyć prób</translation>
    </message>
    <message>
        <source>Cannot read the classes</source>
        <translation>Nie można odczytać listy klas</translation>
    </message>
    <message>
        <source>Cannot read a setting</source>
        <translation>Nie można odczytać ustawienia</translation>
    </message>
    <message>
        <source>Cannot save a setting</source>
        <translation>Nie można zapisać ustawienia</translation>
    </message>
    <message>
        <source>A page of %1 attempts cannot be read: a page holds 1 to %2.</source>
        <translation>Nie można odczytać strony prób o rozmiarze %1: strona może zawierać od 1 do %2 prób.</translation>
    </message>
    <message>
        <source>Cannot read the saved attempts</source>
        <translation>Nie można odczytać zapisanych prób</translation>
    </message>
    <message>
        <source>Cannot read an attempt</source>
        <translation>Nie można odczytać próby</translation>
    </message>
    <message>
        <source>There is no attempt number %1 in the progress database %2; it may have been removed with its student.</source>
        <translation>W bazie postępów %2 nie ma próby o numerze %1; mogła zostać usunięta razem z uczniem.</translation>
    </message>
    <message>
        <source>Cannot read a practice plan</source>
        <translation>Nie można odczytać planu ćwiczeń</translation>
    </message>
    <message>
        <source>A practice plan of %1 bytes cannot be stored: the most is %2.</source>
        <translation>Nie można zapisać planu ćwiczeń o rozmiarze %1 B: maksimum to %2.</translation>
    </message>
    <message>
        <source>Cannot save the practice plan of student number %1</source>
        <translation>Nie można zapisać planu ćwiczeń ucznia o numerze %1</translation>
    </message>
    <message>
        <source>Cannot read the attempts</source>
        <translation>Nie można odczytać prób</translation>
    </message>
    <message>
        <source>Guest cannot be removed: it is the student of attempts made without choosing one.</source>
        <translation>Nie można usunąć ucznia Gość: to do niego trafiają próby wykonane bez wybrania ucznia.</translation>
    </message>
    <message>
        <source>Cannot archive the student %1</source>
        <translation>Nie można przenieść ucznia %1 do archiwum</translation>
    </message>
    <message>
        <source>Cannot restore the student %1</source>
        <translation>Nie można przywrócić ucznia %1</translation>
    </message>
    <message>
        <source>%1 is in the lists: only an archived student can be deleted for good.</source>
        <translation>Uczeń %1 jest na listach: trwale usunąć można tylko ucznia z archiwum.</translation>
    </message>
    <message>
        <source>Cannot delete the student %1</source>
        <translation>Nie można usunąć ucznia %1</translation>
    </message>
    <message>
        <source>Cannot read the students deleted for good</source>
        <translation>Nie można odczytać listy trwale usuniętych uczniów</translation>
    </message>
    <message>
        <source>it is busy, locked by another program or window writing to it; try again in a moment</source>
        <translation>jest zajęta – zablokował ją inny program lub okno, które do niej zapisuje; należy spróbować ponownie za chwilę</translation>
    </message>
    <message>
        <source>it is read-only (check the permissions of the file and its folder)</source>
        <translation>jest tylko do odczytu (należy sprawdzić uprawnienia pliku i jego folderu)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2.</source>
        <translation>Baza postępów %1 jest uszkodzona: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 could not be checked: %2.</source>
        <translation>Nie udało się sprawdzić bazy postępów %1: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2. Reports may leave attempts out. Keep a copy of the file and have it repaired (the sqlite3 tool&apos;s .recover command rescues what can be read).</source>
        <translation>Baza postępów %1 jest uszkodzona: %2. W raportach może brakować niektórych prób. Należy zachować kopię pliku i zlecić jego naprawę (polecenie .recover narzędzia sqlite3 odzyskuje to, co da się odczytać).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the app knows.</source>
        <translation>„%1” nie jest językiem znanym aplikacji.</translation>
    </message>
    <message>
        <source>Cannot read the language of the class %1</source>
        <translation>Nie można odczytać języka klasy %1</translation>
    </message>
    <message>
        <source>Only a class or group has a language of its own; this student has none.</source>
        <translation>Własny język ma tylko klasa lub grupa; ten uczeń nie należy do żadnej.</translation>
    </message>
    <message>
        <source>Cannot set the language of the class %1</source>
        <translation>Nie można ustawić języka klasy %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gość</translation>
    </message>
    <message>
        <source>Cannot read the languages of the students</source>
        <translation>Nie można odczytać języków uczniów</translation>
    </message>
</context>
<context>
    <name>ProgressSubjectChooser</name>
    <message>
        <source>Whose progress to show: a student or a class</source>
        <translation>Czyje postępy pokazać: ucznia czy klasy</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasa %1</translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <translation>%1, klasa %2</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Why there is no progress to show</source>
        <translation>Dlaczego nie ma postępów do pokazania</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>Odczytaj &amp;ponownie</translation>
    </message>
    <message>
        <source>Read the progress store again</source>
        <translation>Odczytaj postępy ponownie</translation>
    </message>
    <message>
        <source>&amp;Progress of:</source>
        <translation>Postępy &amp;dla:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Cały okres</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Wybrane daty</translation>
    </message>
    <message>
        <source>Which period to show</source>
        <translation>Który okres pokazać</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Pierwszy dzień okresu</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Ostatni dzień okresu</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>E&amp;xport report...</source>
        <translation>&amp;Eksportuj raport...</translation>
    </message>
    <message>
        <source>Export a progress report of what is shown</source>
        <translation>Eksportuj raport postępów z tego, co jest pokazane</translation>
    </message>
    <message>
        <source>Save the figures shown as a PDF to print, a CSV for a spreadsheet or an HTML page</source>
        <translation>Zapisz pokazane wyniki jako PDF do wydruku, CSV do arkusza kalkulacyjnego lub stronę HTML</translation>
    </message>
    <message>
        <source>The report last saved</source>
        <translation>Ostatnio zapisany raport</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>&amp;Cyfry</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>&amp;Uczniowie</translation>
    </message>
    <message>
        <source>The progress cannot be read. %1</source>
        <translation>Nie można odczytać postępów. %1</translation>
    </message>
    <message>
        <source>There is no progress to show: no progress store is open. Once the app has a place to keep the children&apos;s attempts, each student&apos;s progress appears here.</source>
        <translation>Nie ma postępów do pokazania: nie otwarto żadnej bazy postępów. Gdy aplikacja będzie miała miejsce na przechowywanie prób dzieci, pojawią się tu postępy każdego ucznia.</translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation>Nie ma jeszcze uczniów</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasa %1</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (klasa %2)</translation>
    </message>
    <message>
        <source>There is no progress store to make a report from.</source>
        <translation>Nie ma bazy postępów, z której można by utworzyć raport.</translation>
    </message>
    <message>
        <source>Choose a student or a class to report on.</source>
        <translation>Należy wybrać ucznia lub klasę, których ma dotyczyć raport.</translation>
    </message>
    <message>
        <source>The report&apos;s file name must end in .pdf, .csv or .html; &quot;%1&quot; does not.</source>
        <translation>Nazwa pliku raportu musi kończyć się na .pdf, .csv lub .html; „%1” się tak nie kończy.</translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation>Postępy %1 %2</translation>
    </message>
    <message>
        <source>Writing the report %1...</source>
        <translation>Zapisywanie raportu %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Eksport raportu postępów</translation>
    </message>
    <message>
        <source>How far the report is</source>
        <translation>Postęp tworzenia raportu</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Nie można zapisać raportu: %1</translation>
    </message>
</context>
<context>
    <name>ReportFileChooser</name>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF do wydruku (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (*.csv)</source>
        <translation>CSV do arkusza kalkulacyjnego (*.csv)</translation>
    </message>
    <message>
        <source>HTML, for a browser or an e-mail (*.html *.htm)</source>
        <translation>HTML do przeglądarki lub e-maila (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Eksport raportu postępów</translation>
    </message>
    <message>
        <source>There is already a file named %1 in %2. Replace it with the new report?</source>
        <translation>W folderze %2 jest już plik o nazwie %1. Zastąpić go nowym raportem?</translation>
    </message>
    <message>
        <source>The file there now would be lost.</source>
        <translation>Obecny plik zostanie utracony.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Zastąp</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>Za&amp;chowaj</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Tworzenie raportu zostało anulowane.</translation>
    </message>
    <message>
        <source>Cannot draw the report&apos;s PDF pages.</source>
        <translation>Nie można narysować stron PDF raportu.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report&apos;s PDF.</source>
        <translation>Nie można rozpocząć strony %1 pliku PDF raportu.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>strona %1 z %2</translation>
    </message>
    <message>
        <source>Cannot finish the report&apos;s PDF.</source>
        <translation>Nie można dokończyć pliku PDF raportu.</translation>
    </message>
    <message>
        <source>read as asked</source>
        <translation>odczytane zgodnie z zadaniem</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>próby</translation>
    </message>
    <message>
        <source>average stars</source>
        <translation>średnia gwiazdek</translation>
    </message>
    <message>
        <source>learnt (%1%)</source>
        <translation>opanowane (%1%)</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per week</source>
        <translation>Odczytane zgodnie z zadaniem, gwiazdki i próby – tygodniowo</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per day</source>
        <translation>Odczytane zgodnie z zadaniem, gwiazdki i próby – dziennie</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per week</source>
        <translation>Cyfra %1: odczytane zgodnie z zadaniem, gwiazdki i próby – tygodniowo</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per day</source>
        <translation>Cyfra %1: odczytane zgodnie z zadaniem, gwiazdki i próby – dziennie</translation>
    </message>
    <message>
        <source>Digit %1: no attempts in this period</source>
        <translation>Cyfra %1: brak prób w tym okresie</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>Brak prób w tym okresie</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read as asked</source>
        <translation>%1: %2 z %3 zgodnie z zadaniem</translation>
    </message>
    <message>
        <source>started in an unusual place</source>
        <translation>początek w nietypowym miejscu</translation>
    </message>
    <message>
        <source>drawn the other way round</source>
        <translation>kreślenie w odwrotnym kierunku</translation>
    </message>
    <message>
        <source>strokes in an unusual order</source>
        <translation>kreski w nietypowej kolejności</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>początek %1</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>kierunek %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>kolejność %1</translation>
    </message>
    <message>
        <source>most often %1 (in %2 of %3 attempts)</source>
        <translation>najczęściej: %1 (w %2 z %3 prób)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>wszystkie próby</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Uczeń</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Attempts made</source>
        <translation>Daty prób</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Data raportu</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Brak prób w tym okresie.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Uczniowie</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>%1 (of which free drawing: %2)</source>
        <translation>%1 (w tym rysowanie dowolne: %2)</translation>
    </message>
    <message>
        <source>Read as the asked digit</source>
        <translation>Odczytane jako zadana cyfra</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 z %2 (%3)</translation>
    </message>
    <message>
        <source>Digits to practise next</source>
        <translation>Cyfry do dalszych ćwiczeń</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Każda cyfra jest odczytywana zgodnie z zadaniem w co najmniej %1 przypadków – brawo.</translation>
    </message>
    <message>
        <source>read as asked in %1 of %2 attempts (%3)</source>
        <translation>odczytana zgodnie z zadaniem w %1 z %2 prób (%3)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>jeszcze nie ćwiczona</translation>
    </message>
    <message>
        <source>Chosen first from the digits read as asked less than %1 of the time, the lowest first (on a tie, the one tried more), then from the digits not tried yet.</source>
        <translation>Wybierane najpierw spośród cyfr odczytywanych zgodnie z zadaniem w mniej niż %1 przypadków, od najniższego wyniku (przy równym wyniku – ta ćwiczona częściej), a następnie spośród cyfr jeszcze nie ćwiczonych.</translation>
    </message>
    <message>
        <source>Each digit</source>
        <translation>Każda cyfra</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Cyfra</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Zgodne z zadaniem</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Skuteczność</translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation>Średnia gwiazdek</translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation>Trend (punkty)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Lustrzane</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Wskazówki kreślenia</translation>
    </message>
    <message>
        <source>Trend: the success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on. Reversed: how often the digit was written facing the other way (mirror writing). Formation hints: how often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Trend: skuteczność w późniejszej połowie prób danej cyfry minus skuteczność we wcześniejszej połowie, w punktach procentowych; liczony od %1 prób. Lustrzane: jak często cyfra była pisana w lustrzanym odbiciu. Wskazówki kreślenia: jak często dziecku pokazano lepsze miejsce rozpoczęcia, kierunek lub kolejność kresek.</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Postępy w czasie</translation>
    </message>
    <message>
        <source>Success rate and attempts per week</source>
        <translation>Skuteczność i liczba prób – tygodniowo</translation>
    </message>
    <message>
        <source>Success rate and attempts per day</source>
        <translation>Skuteczność i liczba prób – dziennie</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>Tydzień (od poniedziałku)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>%1 attempt at %2: %3 of 3 stars</source>
        <translation>%1 próba cyfry %2: %3 z 3 gwiazdek</translation>
    </message>
    <message>
        <source>written facing the other way</source>
        <translation>napisana w lustrzanym odbiciu</translation>
    </message>
    <message>
        <source>Best and latest attempt at each digit</source>
        <translation>Najlepsza i ostatnia próba każdej cyfry</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Wzór</translation>
    </message>
    <message>
        <source>no guide</source>
        <translation>brak wzoru</translation>
    </message>
    <message>
        <source>Guide for %1</source>
        <translation>Wzór cyfry %1</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Najlepsza</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Ostatnia</translation>
    </message>
    <message>
        <source>Beside the guide the app shows for the digit. A green dot marks where each stroke began. Best: the most stars, then the surest reading.</source>
        <translation>Obok wzoru, który aplikacja pokazuje dla danej cyfry. Zielona kropka oznacza miejsce, w którym zaczęła się każda kreska. Najlepsza: najwięcej gwiazdek, a potem najpewniejsze odczytanie.</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Do ćwiczenia</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (w archiwum)</translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation>Raport postępów klasy</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Raport postępów</translation>
    </message>
    <message>
        <source>Class progress report: %1</source>
        <translation>Raport postępów klasy: %1</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Raport postępów: %1</translation>
    </message>
    <message>
        <source>Cannot draw the report: the program has no QGuiApplication, which fonts need (try the offscreen platform).</source>
        <translation>Nie można narysować raportu: program nie ma obiektu QGuiApplication, którego wymagają czcionki (można spróbować platformy offscreen).</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (BCP 47), for the report&apos;s lang attribute.</extracomment>
        <translation>pl</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Nie podano nazwy pliku raportu.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Nie można zapisać raportu w pliku %1: %2.</translation>
    </message>
    <message>
        <source>The report&apos;s period starts on %1, after it ends on %2.</source>
        <translation>Okres raportu zaczyna się %1, czyli później, niż się kończy (%2).</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Nieznany format raportu.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Nie można zapisać raportu: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>student</source>
        <translation>uczeń</translation>
    </message>
    <message>
        <source>group</source>
        <translation>klasa</translation>
    </message>
    <message>
        <source>time</source>
        <translation>czas</translation>
    </message>
    <message>
        <source>asked_digit</source>
        <translation>cyfra_zadana</translation>
    </message>
    <message>
        <source>recognised_digit</source>
        <translation>cyfra_rozpoznana</translation>
    </message>
    <message>
        <source>success</source>
        <translation>sukces</translation>
    </message>
    <message>
        <source>posterior</source>
        <translation>prawdopodobieństwo_a_posteriori</translation>
    </message>
    <message>
        <source>log_likelihood</source>
        <translation>log_wiarygodności</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>odstający</translation>
    </message>
    <message>
        <source>typicality</source>
        <translation>typowość</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>gwiazdki</translation>
    </message>
    <message>
        <source>formation</source>
        <translation>kreślenie</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>lustrzane</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>strokes</source>
        <translation>pociągnięcia</translation>
    </message>
</context>
<context>
    <name>ShowMeCoach</name>
    <message>
        <source>Try starting at the green dot.</source>
        <translation>Spróbuj zacząć od zielonej kropki.</translation>
    </message>
    <message>
        <source>Try it from the green dot, the arrow&apos;s way.</source>
        <translation>Spróbuj od zielonej kropki, tak jak pokazuje strzałka.</translation>
    </message>
    <message>
        <source>Try this part first, from the green dot.</source>
        <translation>Najpierw narysuj tę część, zaczynając od zielonej kropki.</translation>
    </message>
</context>
<context>
    <name>ShowMeOverlay</name>
    <message>
        <source>The digit being written</source>
        <translation>Cyfra w trakcie pisania</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Compare</source>
        <translation>Porównaj</translation>
    </message>
    <message>
        <source>Compare my drawing with the guide</source>
        <translation>Porównaj mój rysunek ze wzorem</translation>
    </message>
    <message>
        <source>Show what is missing and what is extra</source>
        <translation>Pokaż, czego brakuje, a co jest niepotrzebne</translation>
    </message>
</context>
<context>
    <name>StarsView</name>
    <message>
        <source>Stars</source>
        <translation>Gwiazdki</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n gwiazdka</numerusform>
            <numerusform>%n gwiazdki</numerusform>
            <numerusform>%n gwiazdek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Writes with the left hand</source>
        <translation>Pisze lewą ręką</translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation>Dodaj ucznia</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>Edytuj ucznia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>Klasa lub grupa</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Imię:</translation>
    </message>
    <message>
        <source>Class or group:</source>
        <translation>Klasa lub grupa:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Same as the class</source>
        <translation>Jak w klasie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The language the child sees and hears: a child may speak another language at home</source>
        <translation>Język, który dziecko widzi i słyszy: dziecko może mówić w domu w innym języku</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
</context>
<context>
    <name>StudentFiguresTable</name>
    <message>
        <source>Student</source>
        <translation>Uczeń</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Zgodne z zadaniem</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Skuteczność</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Do ćwiczenia</translation>
    </message>
    <message>
        <source>Every attempt, free drawing included</source>
        <translation>Wszystkie próby, łącznie z rysowaniem dowolnym</translation>
    </message>
    <message>
        <source>Attempts at an asked digit that were read as that digit</source>
        <translation>Próby napisania zadanej cyfry, które zostały odczytane jako ta cyfra</translation>
    </message>
    <message>
        <source>The digits this student should practise next</source>
        <translation>Cyfry, które ten uczeń powinien teraz poćwiczyć</translation>
    </message>
    <message>
        <source>Figures for each student of the class; activate a row to see that student</source>
        <translation>Wyniki każdego ucznia klasy; aktywowanie wiersza pokazuje postępy tego ucznia</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (w archiwum)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Below %1: needs work</source>
        <translation>Poniżej %1: wymaga ćwiczeń</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, wymaga ćwiczeń</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Who is writing?</source>
        <translation>Kto pisze?</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>Jestem %1</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Pisz jako %1</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Add...</source>
        <translation>Dodaj...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Edytuj...</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Usuń...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Delete for Good...</source>
        <translation>Usuń trwale...</translation>
    </message>
    <message>
        <source>Add a student for each child: at the start they tap their own name, and their attempts are kept for them. Guest is for anyone else. A student removed is archived: out of the lists, their attempts kept, until you restore them or delete them for good.</source>
        <translation>Dla każdego dziecka warto dodać ucznia: na początku dziecko dotyka swojego imienia, a jego próby są zapisywane właśnie dla niego. Gość jest dla wszystkich pozostałych. Usunięty uczeń trafia do archiwum: znika z list, a jego próby są zachowane, dopóki nie zostanie przywrócony lub trwale usunięty.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Ręka</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>W archiwum</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Uczniowie</translation>
    </message>
    <message>
        <source>left</source>
        <translation>lewa</translation>
    </message>
    <message>
        <source>right</source>
        <translation>prawa</translation>
    </message>
    <message>
        <source>Archived: not in the lists, attempts kept</source>
        <translation>W archiwum: nie ma go na listach, próby są zachowane</translation>
    </message>
    <message>
        <source>Remove Student</source>
        <translation>Usuń ucznia</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the lists? %1 will be archived and their %n attempt(s) kept; you can restore them or delete them for good on this page.</source>
        <translation>
            <numerusform>Usunąć ucznia %1 z list? Uczeń %1 trafi do archiwum, a jego %n próba zostanie zachowana; na tej stronie można go przywrócić lub trwale usunąć.</numerusform>
            <numerusform>Usunąć ucznia %1 z list? Uczeń %1 trafi do archiwum, a jego %n próby zostaną zachowane; na tej stronie można go przywrócić lub trwale usunąć.</numerusform>
            <numerusform>Usunąć ucznia %1 z list? Uczeń %1 trafi do archiwum, a jego %n prób zostanie zachowanych; na tej stronie można go przywrócić lub trwale usunąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete Student for Good</source>
        <translation>Trwałe usunięcie ucznia</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and their %n attempt(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Trwale usunąć ucznia %1 i jego %n próbę? Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć ucznia %1 i jego %n próby? Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć ucznia %1 i jego %n prób? Tej operacji nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Usuń trwale</translation>
    </message>
    <message>
        <source>Class Language...</source>
        <translation>Język klasy...</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The language the children of the chosen student&apos;s class see and hear</source>
        <translation>Język, który widzą i słyszą dzieci z klasy wybranego ucznia</translation>
    </message>
    <message>
        <source>%1 (the computer&apos;s)</source>
        <translation>%1 (język komputera)</translation>
    </message>
</context>
<context>
    <name>TeacherArea</name>
    <message>
        <source>Teacher Area</source>
        <translation>Strefa nauczyciela</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Uczniowie</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postępy</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Saved Attempts...</source>
        <translation>Zapisane próby...</translation>
    </message>
    <message>
        <source>Every attempt, newest first: watch how each was written</source>
        <translation>Wszystkie próby, od najnowszych: można obejrzeć, jak każda z nich była pisana</translation>
    </message>
    <message>
        <source>Quit Digit Tutor</source>
        <translation>Zamknij Digit Tutor</translation>
    </message>
    <message>
        <source>The progress database is not available, so students and progress cannot be shown: %1</source>
        <translation>Baza postępów jest niedostępna, więc nie można wyświetlić uczniów ani postępów: %1</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can open this area. Set one under Settings to keep children out.</source>
        <translation>Nie ustawiono jeszcze PIN-u: każdy może otworzyć tę strefę. Aby dzieci nie miały do niej dostępu, należy ustawić PIN w Ustawieniach.</translation>
    </message>
    <message>
        <source>No voice on this computer speaks %1: children who practise in it see the words but hear nothing. A system administrator can add voices (on Debian, the package speech-dispatcher-espeak-ng).</source>
        <translation>Żaden głos na tym komputerze nie mówi w języku: %1. Dzieci ćwiczące w tym języku widzą słowa, ale nic nie słyszą. Administrator systemu może dodać głosy (w Debianie pakiet speech-dispatcher-espeak-ng).</translation>
    </message>
</context>
<context>
    <name>TeacherLock</name>
    <message>
        <source>The PIN or password needs at least %1 characters.</source>
        <translation>Minimalna liczba znaków PIN-u lub hasła: %1.</translation>
    </message>
</context>
<context>
    <name>TeacherSettingsPage</name>
    <message>
        <source>Set PIN</source>
        <translation>Ustaw PIN</translation>
    </message>
    <message>
        <source>After a digit, show where to start when it was written an unusual way</source>
        <translation>Po napisaniu cyfry w nietypowy sposób pokazuj, gdzie zacząć</translation>
    </message>
    <message>
        <source>Speak to the children</source>
        <translation>Mów do dzieci</translation>
    </message>
    <message>
        <source>Sound effects</source>
        <translation>Efekty dźwiękowe</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>Uruchamiaj na pełnym ekranie</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>Użyj tej bazy danych</translation>
    </message>
    <message>
        <source>Teacher area PIN or password</source>
        <translation>PIN lub hasło strefy nauczyciela</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>Nowy PIN lub hasło</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Powtórz PIN lub hasło</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>Nowy PIN lub hasło:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Powtórz:</translation>
    </message>
    <message>
        <source>The children&apos;s screen</source>
        <translation>Ekran dzieci</translation>
    </message>
    <message>
        <source>Children who cannot read yet hear every message. Full screen takes effect the next time the app starts.</source>
        <translation>Dzieci, które jeszcze nie czytają, słyszą każdy komunikat. Ustawienie pełnego ekranu zacznie działać przy następnym uruchomieniu aplikacji.</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Wskazówki kreślenia</translation>
    </message>
    <message>
        <source>Switch them off where your school teaches other ways of forming the digits. What the check finds is kept for the progress view either way.</source>
        <translation>Można je wyłączyć, jeśli w szkole uczy się innego sposobu kreślenia cyfr. Wyniki sprawdzania są i tak zapisywane na potrzeby widoku postępów.</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Baza postępów</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own file. A school can keep one PostgreSQL server for all its classroom computers: postgresql://user@server/digit_tutor. Its password is not saved: give it once each time the app starts.</source>
        <translation>Puste: własny plik tego komputera. Szkoła może mieć jeden serwer PostgreSQL dla wszystkich komputerów w salach: postgresql://user@server/digit_tutor. Hasło do serwera nie jest zapisywane: należy je podać raz przy każdym uruchomieniu aplikacji.</translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>własny plik tego komputera</translation>
    </message>
    <message>
        <source>The server&apos;s password</source>
        <translation>Hasło do serwera</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>tylko jeśli serwer go wymaga</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same one twice.</source>
        <translation>Wpisane PIN-y się różnią; należy dwa razy wpisać ten sam.</translation>
    </message>
    <message>
        <source>The PIN is set: the teacher area now asks for it.</source>
        <translation>PIN został ustawiony: strefa nauczyciela będzie teraz o niego prosić.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Teacher Area</source>
        <translation>Strefa nauczyciela</translation>
    </message>
    <message>
        <source>The teacher&apos;s PIN or password:</source>
        <translation>PIN lub hasło nauczyciela:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN lub hasło</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>Zbyt wiele błędnych PIN-ów.</translation>
    </message>
    <message>
        <source>That is not the teacher&apos;s PIN.</source>
        <translation>To nie jest PIN nauczyciela.</translation>
    </message>
    <message>
        <source>%1 Try again in %2 s.</source>
        <translation>%1 Spróbuj ponownie za %2 s.</translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Spróbuj ponownie.</translation>
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
        <translation>Nie można wczytać modelu</translation>
    </message>
    <message>
        <source>The bundled model is used instead.</source>
        <translation>Zamiast niego używany jest model dołączony do aplikacji.</translation>
    </message>
    <message>
        <source>Progress is kept as files, not in the database: %1</source>
        <translation>Postępy są zapisywane jako pliki, a nie w bazie danych: %1</translation>
    </message>
    <message>
        <source>Practise writing the digits 0-9.</source>
        <translation>Ćwiczenie pisania cyfr 0-9.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Wyświetla pomoc dotyczącą opcji wiersza poleceń.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Wyświetla informacje o wersji.</translation>
    </message>
    <message>
        <source>Digit model file (.dtm) to use; without it the bundled default model.</source>
        <translation>Plik modelu cyfr (.dtm); bez tej opcji używany jest domyślny model dołączony do aplikacji.</translation>
    </message>
    <message>
        <source>Ways-of-writing file (.ways) for &quot;Show me&quot; and the formation hints; without it the bundled one.</source>
        <translation>Plik sposobów pisania (.ways) dla funkcji „Pokaż” i wskazówek kreślenia; bez tej opcji używany jest plik dołączony do aplikacji.</translation>
    </message>
    <message>
        <source>Progress database: an SQLite file or postgresql://user@host/dbname; without it the teacher&apos;s setting, else the user&apos;s own file.</source>
        <translation>Baza postępów: plik SQLite lub postgresql://user@host/dbname; bez tej opcji używane jest ustawienie nauczyciela, a w razie jego braku własny plik użytkownika.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are passed on to Qt.
</source>
        <translation>Własne opcje Qt, takie jak -platform NAZWA i -style NAZWA, są przekazywane do Qt.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>nieznana opcja „%1”; zobacz „digit-tutor --help”.</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value.</source>
        <translation>opcja „%1” wymaga wartości.</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>plik modelu</translation>
    </message>
    <message>
        <source>a ways-of-writing file</source>
        <translation>plik sposobów pisania</translation>
    </message>
    <message>
        <source>a file or a postgresql:// URL</source>
        <translation>plik lub adres URL postgresql://</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value (%2).</source>
        <translation>opcja „%1” wymaga wartości (%2).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>nieoczekiwany argument „%1”; zobacz „digit-tutor --help”.</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.

%2</source>
        <translation>Nie można wczytać modelu %1.

%2</translation>
    </message>
</context>
</TS>
