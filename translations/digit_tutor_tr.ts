<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AttemptArchive</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>&quot;%1&quot;, %2 ile %3 arasında bir tam sayı değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; bir sayı değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text of at most %2 characters</source>
        <translation>&quot;%1&quot; en fazla %2 karakterlik bir metin değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; bir doğru/yanlış (true/false) değeri değil</translation>
    </message>
    <message>
        <source>&quot;key&quot; is empty</source>
        <translation>&quot;key&quot; boş</translation>
    </message>
    <message>
        <source>&quot;when&quot; is not a time</source>
        <translation>&quot;when&quot; bir zaman değil</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the asked digit %1 is not 0-9 (or -1 for free drawing).</source>
        <translation>Deneme kaydedilemiyor: istenen rakam (%1) 0-9 arasında değil (serbest çizim için -1 de değil).</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the folder %1 cannot be created; check that it is writable.</source>
        <translation>Deneme kaydedilemiyor: %1 klasörü oluşturulamıyor; klasöre yazılabildiğini denetleyin.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: %2.</source>
        <translation>Deneme %1 klasörüne kaydedilemiyor: %2.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: every name for %2 is taken.</source>
        <translation>Deneme %1 klasörüne kaydedilemiyor: %2 için olası her ad kullanılmış.</translation>
    </message>
    <message>
        <source>Cannot save the attempt %1: %2.</source>
        <translation>Deneme kaydedilemiyor (%1): %2.</translation>
    </message>
    <message>
        <source>The attempt %1 does not exist.</source>
        <translation>Deneme mevcut değil: %1.</translation>
    </message>
    <message>
        <source>The attempt cannot be read: %1</source>
        <translation>Deneme okunamıyor: %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be read: %2.</source>
        <translation>Deneme okunamıyor (%1): %2.</translation>
    </message>
    <message>
        <source>The attempt %1 is not a stroke file: it has %2 bytes, more than any attempt (%3).</source>
        <translation>Deneme (%1) bir çizgi dosyası değil: boyutu %2 bayt, bir denemenin olabileceğinden (%3) fazla.</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has no format</source>
        <translation>&quot;attempt&quot; öğesinin biçimi belirtilmemiş</translation>
    </message>
    <message>
        <source>it was kept by a newer Digit Tutor (format %1; this one reads up to %2)</source>
        <translation>daha yeni bir Digit Tutor tarafından saklanmış (biçim %1; bu sürüm en fazla %2 biçimini okuyabilir)</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has the unknown format %1</source>
        <translation>&quot;attempt&quot; öğesinin biçimi bilinmiyor: %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be removed: %2.</source>
        <translation>Deneme silinemiyor (%1): %2.</translation>
    </message>
</context>
<context>
    <name>AttemptHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Öğrenci</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>İstenen</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Okunan</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Yıldız</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>bilinmeyen zaman</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%2 yıldızdan %1</translation>
    </message>
    <message>
        <source>facing the other way</source>
        <translation>ters yönde</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>rakam değil</translation>
    </message>
    <message>
        <source>nothing drawn</source>
        <translation>hiçbir şey çizilmemiş</translation>
    </message>
    <message>
        <source>right</source>
        <translation>doğru</translation>
    </message>
    <message>
        <source>another digit</source>
        <translation>başka bir rakam</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>serbest çizim</translation>
    </message>
</context>
<context>
    <name>AttemptsDialog</name>
    <message>
        <source>%1 asked, read as %2: %3</source>
        <translation>istenen %1, okunan %2: %3</translation>
    </message>
    <message>
        <source>free drawing, read as %1</source>
        <translation>serbest çizim, okunan %1</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(çizgiler saklanmamış)</translation>
    </message>
    <message>
        <source>Saved Attempts</source>
        <translation>Kayıtlı Denemeler</translation>
    </message>
    <message>
        <source>Whose attempts</source>
        <translation>Kimin denemeleri</translation>
    </message>
    <message>
        <source>Attempts in the progress database, newest first</source>
        <translation>İlerleme veritabanındaki denemeler, en yenisi başta</translation>
    </message>
    <message>
        <source>In the Progress Database</source>
        <translation>İlerleme Veritabanında</translation>
    </message>
    <message>
        <source>Replay of the chosen attempt</source>
        <translation>Seçilen denemenin yeniden oynatılması</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Gösterilen deneme hakkında</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>&amp;Yeniden oynat</translation>
    </message>
    <message>
        <source>Play the attempt again</source>
        <translation>Denemeyi yeniden oynat</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Durdur</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Yeniden oynatmayı durdur</translation>
    </message>
    <message>
        <source>&amp;Twice as fast</source>
        <translation>&amp;İki kat hızlı</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>İki kat hızlı oynat</translation>
    </message>
    <message>
        <source>Attempts of %1</source>
        <translation>Denemeler: %1</translation>
    </message>
    <message>
        <source>&amp;Whose attempts:</source>
        <translation>&amp;Kimin denemeleri:</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Tüm çocuklar</translation>
    </message>
    <message>
        <source>The progress database is not available, so its attempts cannot be shown: %1</source>
        <translation>İlerleme veritabanı kullanılamıyor, bu nedenle içindeki denemeler gösterilemiyor: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>bağlı bir veritabanı yok.</translation>
    </message>
    <message>
        <source>No attempts yet. Each drawing a child finishes with Done is kept here.</source>
        <translation>Henüz deneme yok. Bir çocuğun Bitti ile tamamladığı her çizim burada saklanır.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first; older ones come as you scroll down.</source>
        <translation>Denemeler: %1, en yenisi başta; aşağı kaydırdıkça eskileri de gelir.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first.</source>
        <translation>Denemeler: %1, en yenisi başta.</translation>
    </message>
    <message>
        <source>Choose an attempt to watch it being written.</source>
        <translation>Nasıl yazıldığını izlemek için bir deneme seçin.</translation>
    </message>
    <message>
        <source>Waiting for the Database (%1)</source>
        <translation>Veritabanını Bekleyenler (%1)</translation>
    </message>
    <message>
        <source>Waiting for the Database</source>
        <translation>Veritabanını Bekleyenler</translation>
    </message>
    <message>
        <source>%1, %2: %3; kept as the file %4</source>
        <translation>%1, %2: %3; %4 dosyası olarak saklandı</translation>
    </message>
    <message>
        <source>%1 asked</source>
        <translation>istenen %1</translation>
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
        <translation>İstediğin bir rakamı çiz</translation>
    </message>
    <message>
        <source>Write an %1</source>
        <translation>%1 rakamını yaz</translation>
    </message>
    <message>
        <source>Write a %1</source>
        <translation>%1 rakamını yaz</translation>
    </message>
    <message>
        <source>Draw a digit first!</source>
        <translation>Önce bir rakam çiz!</translation>
    </message>
    <message>
        <source>Draw an %1 first!</source>
        <translation>Önce %1 rakamını çiz!</translation>
    </message>
    <message>
        <source>Draw a %1 first!</source>
        <translation>Önce %1 rakamını çiz!</translation>
    </message>
    <message>
        <source>Let&apos;s write a digit!</source>
        <translation>Hadi bir rakam yazalım!</translation>
    </message>
    <message>
        <source>Let&apos;s write an %1!</source>
        <translation>Hadi %1 rakamını yazalım!</translation>
    </message>
    <message>
        <source>Let&apos;s write a %1!</source>
        <translation>Hadi %1 rakamını yazalım!</translation>
    </message>
    <message>
        <source>That looks like an %1</source>
        <translation>Bu %1 rakamına benziyor</translation>
    </message>
    <message>
        <source>That looks like a %1</source>
        <translation>Bu %1 rakamına benziyor</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a digit yet</source>
        <translation>Bu henüz bir rakama benzemiyor</translation>
    </message>
    <message>
        <source>That looks like an %1.</source>
        <translation>Bu %1 rakamına benziyor.</translation>
    </message>
    <message>
        <source>That looks like a %1.</source>
        <translation>Bu %1 rakamına benziyor.</translation>
    </message>
    <message>
        <source>Your %1 is facing the other way. Let&apos;s turn it round!</source>
        <translation>Yazdığın %1 rakamı ters dönmüş. Hadi onu doğru tarafa çevirelim!</translation>
    </message>
    <message>
        <source>You can write an %1 all by yourself!</source>
        <translation>%1 rakamını tek başına yazabiliyorsun!</translation>
    </message>
    <message>
        <source>You can write a %1 all by yourself!</source>
        <translation>%1 rakamını tek başına yazabiliyorsun!</translation>
    </message>
    <message>
        <source>An %1 written like yours</source>
        <translation>Seninki gibi yazılmış bir %1</translation>
    </message>
    <message>
        <source>A %1 written like yours</source>
        <translation>Seninki gibi yazılmış bir %1</translation>
    </message>
    <message>
        <source>Wonderful!</source>
        <translation>Harika!</translation>
    </message>
    <message>
        <source>Perfect!</source>
        <translation>Mükemmel!</translation>
    </message>
    <message>
        <source>Super writing!</source>
        <translation>Süper yazmışsın!</translation>
    </message>
    <message>
        <source>Brilliant!</source>
        <translation>Muhteşem!</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Aferin!</translation>
    </message>
    <message>
        <source>Good job!</source>
        <translation>Çok güzel!</translation>
    </message>
    <message>
        <source>Nice work!</source>
        <translation>Eline sağlık!</translation>
    </message>
    <message>
        <source>Great!</source>
        <translation>Çok iyi!</translation>
    </message>
    <message>
        <source>Good try! Have another go.</source>
        <translation>Güzel denedin! Hadi bir daha dene.</translation>
    </message>
    <message>
        <source>Nearly! Try once more.</source>
        <translation>Az kaldı! Bir kez daha dene.</translation>
    </message>
    <message>
        <source>Keep going, you can do it!</source>
        <translation>Devam et, sen yapabilirsin!</translation>
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
        <translation>Bilgisayarın dili</translation>
    </message>
    <message>
        <source>Language of Class %1</source>
        <translation>%1 sınıfının dili</translation>
    </message>
    <message>
        <source>The children of this class see and hear the app in this language, unless a student has a language of their own.</source>
        <translation>Kendi dili seçilmiş öğrenciler dışında, bu sınıftaki çocuklar uygulamayı bu dilde görür ve duyar.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
</context>
<context>
    <name>ConfidenceMeter</name>
    <message>
        <source>How sure</source>
        <translation>Ne kadar emin</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for.</source>
        <translation>Uygulamanın, çiziminin istenen rakam olduğundan ne kadar emin olduğu.</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>henüz emin değil</translation>
    </message>
    <message>
        <source>a bit sure</source>
        <translation>biraz emin</translation>
    </message>
    <message>
        <source>quite sure</source>
        <translation>oldukça emin</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>çok emin</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for: %1.</source>
        <translation>Uygulamanın, çiziminin istenen rakam olduğundan ne kadar emin olduğu: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>Veritabanı belirtilmedi.</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid URL.</source>
        <translation>%1 veritabanı adresi geçerli bir URL değil.</translation>
    </message>
    <message>
        <source>The database address %1 names no database; add it after the host, as in postgresql://host/digit_tutor.</source>
        <translation>%1 veritabanı adresinde veritabanı adı yok; adı sunucudan sonra ekleyin, örneğin postgresql://host/digit_tutor.</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>%1 içindeki port, 1 ile 65535 arasında bir sayı değil.</translation>
    </message>
    <message>
        <source>The database address %1 is neither a file nor a postgresql:// URL.</source>
        <translation>%1 veritabanı adresi ne bir dosya ne de bir postgresql:// URL&apos;si.</translation>
    </message>
    <message>
        <source>The database address %1 names no file.</source>
        <translation>%1 veritabanı adresinde dosya adı yok.</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <source>Your drawing on the guide</source>
        <translation>Örnek rakamın üzerinde senin çizimin</translation>
    </message>
    <message>
        <source>still to add</source>
        <translation>eklenecek</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>fazla</translation>
    </message>
    <message>
        <source>Blue shows ink still to add: %1% of the guide. Orange shows ink not needed: %2% of the drawing.</source>
        <translation>Mavi, henüz eklenmesi gereken mürekkebi gösterir (örnek rakamın %1%). Turuncu, gerekmeyen mürekkebi gösterir (çizimin %2%).</translation>
    </message>
    <message>
        <source>Missing %1% · extra %2%</source>
        <translation>Eksik %1% · fazla %2%</translation>
    </message>
</context>
<context>
    <name>DigitFiguresTable</name>
    <message>
        <source>Digit</source>
        <translation>Rakam</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Denemeler</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Başarı</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Yıldız</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Eğilim</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Ters</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Yazım ipuçları</translation>
    </message>
    <message>
        <source>How often the digit was read as the one asked for</source>
        <translation>Rakamın, istenen rakam olarak okunma sıklığı</translation>
    </message>
    <message>
        <source>The average stars, of 3</source>
        <translation>Ortalama yıldız (3 üzerinden)</translation>
    </message>
    <message>
        <source>The success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on.</source>
        <translation>Bir rakamın denemelerinin son yarısındaki başarı oranından ilk yarısındaki başarı oranı çıkarılır; yüzde puan olarak, %1 denemeden itibaren.</translation>
    </message>
    <message>
        <source>How often the digit was written facing the other way (mirror writing)</source>
        <translation>Rakamın ters yönde (ayna yazısıyla) yazılma sıklığı</translation>
    </message>
    <message>
        <source>How often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Çocuğa daha iyi bir başlangıç noktası, yön ya da çizgi sırası gösterilme sıklığı.</translation>
    </message>
    <message>
        <source>Figures for each digit</source>
        <translation>Rakam bazında veriler</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>starts elsewhere %1, other way %2, order %3</source>
        <translation>başka yerden başlama %1, ters yön %2, sıra %3</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, çalışılmalı</translation>
    </message>
    <message>
        <source>Needs work: practise this digit next.</source>
        <translation>Çalışılmalı: bundan sonra bu rakamı çalışın.</translation>
    </message>
    <message>
        <source>%1 of %2 read as asked</source>
        <translation>%2 denemeden %1 tanesi istendiği gibi okundu</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing area</source>
        <translation>Çizim alanı</translation>
    </message>
    <message>
        <source>Draw the digit here with the mouse, a pen or a finger.</source>
        <translation>Rakamı buraya fareyle, kalemle ya da parmağınla çiz.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide</source>
        <translation>Örnek</translation>
    </message>
    <message>
        <source>A picture of how the digit is usually written.</source>
        <translation>Rakamın genellikle nasıl yazıldığını gösteren bir resim.</translation>
    </message>
</context>
<context>
    <name>KeptAttempts</name>
    <message>
        <source>%1; and %2</source>
        <translation>%1; ayrıca %2</translation>
    </message>
</context>
<context>
    <name>KeptFilesPanel</name>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Öğrenci</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>İstenen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>Attempts waiting to go into the progress database, newest first</source>
        <translation>İlerleme veritabanına aktarılmayı bekleyen denemeler, en yenisi başta</translation>
    </message>
    <message>
        <source>&amp;Put Them into the Progress Database</source>
        <translation>&amp;İlerleme Veritabanına Aktar</translation>
    </message>
    <message>
        <source>Store the attempts kept here in the progress database, each once, for its own child</source>
        <translation>Burada saklanan denemeleri ilerleme veritabanına kaydeder: her birini bir kez ve kendi çocuğu için</translation>
    </message>
    <message>
        <source>What putting the attempts into the database did</source>
        <translation>Denemelerin veritabanına aktarılmasının sonucu</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>serbest çizim</translation>
    </message>
    <message>
        <source>waiting to go into the progress database</source>
        <translation>ilerleme veritabanına aktarılmayı bekliyor</translation>
    </message>
    <message>
        <source>strokes only: replayed here, never stored</source>
        <translation>yalnızca çizgiler: burada oynatılır, hiç kaydedilmez</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>okunamıyor: %1</translation>
    </message>
    <message>
        <source>These attempts could not go into the progress database when they were made (it was not available), so they were kept whole as files on this computer. They are waiting to go into the progress database: nothing is lost. They go in by themselves once it works again, or now with the button below.</source>
        <translation>Bu denemeler yapıldıkları sırada ilerleme veritabanına aktarılamadı (veritabanı kullanılamıyordu), bu yüzden eksiksiz olarak bu bilgisayarda dosya halinde saklandı. İlerleme veritabanına aktarılmayı bekliyorlar: hiçbir şey kaybolmadı. Veritabanı yeniden çalıştığında kendiliğinden aktarılırlar; aşağıdaki düğmeyle hemen de aktarabilirsiniz.</translation>
    </message>
    <message>
        <source>No attempts are waiting: every attempt is in the progress database.</source>
        <translation>Bekleyen deneme yok: tüm denemeler ilerleme veritabanında.</translation>
    </message>
    <message>
        <source>No attempts are waiting to go into the progress database.</source>
        <translation>İlerleme veritabanına aktarılmayı bekleyen deneme yok.</translation>
    </message>
    <message>
        <source>Files of strokes only (kept by an older Digit Tutor, or damaged) can be replayed here; they never go into the database.</source>
        <translation>Yalnızca çizgileri içeren dosyalar (daha eski bir Digit Tutor tarafından saklanmış ya da hasarlı) burada oynatılabilir; bunlar veritabanına hiçbir zaman aktarılmaz.</translation>
    </message>
    <message>
        <source>The progress database is still not available, so the attempts stay here, safe: %1</source>
        <translation>İlerleme veritabanı hâlâ kullanılamıyor, bu yüzden denemeler burada güvende bekliyor: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>bağlı bir veritabanı yok.</translation>
    </message>
    <message>
        <source>Attempts that went into the progress database: %1.</source>
        <translation>İlerleme veritabanına aktarılan denemeler: %1.</translation>
    </message>
    <message>
        <source>The others stay here for now: %1</source>
        <translation>Diğerleri şimdilik burada kalıyor: %1</translation>
    </message>
    <message>
        <source>No attempt was waiting.</source>
        <translation>Bekleyen deneme yoktu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Left-handed</source>
        <translation>&amp;Solak</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tam Ekran</translation>
    </message>
    <message>
        <source>Teacher &amp;Area...</source>
        <translation>Öğretmen &amp;Alanı...</translation>
    </message>
    <message>
        <source>Change &amp;Student...</source>
        <translation>Öğrenciyi &amp;Değiştir...</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Kim yazıyor</translation>
    </message>
    <message>
        <source>Choose who is writing</source>
        <translation>Kimin yazdığını seç</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Öğretmen</translation>
    </message>
    <message>
        <source>Teacher area</source>
        <translation>Öğretmen alanı</translation>
    </message>
    <message>
        <source>Students, progress, reports and settings, for grown-ups</source>
        <translation>Büyükler için: öğrenciler, ilerleme, raporlar ve ayarlar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çıkış</translation>
    </message>
    <message>
        <source>Hold for two seconds to leave Digit Tutor</source>
        <translation>Digit Tutor&apos;dan çıkmak için iki saniye basılı tut</translation>
    </message>
    <message>
        <source>The database was not changed. %1</source>
        <translation>Veritabanı değiştirilmedi. %1</translation>
    </message>
    <message>
        <source>Progress is now kept in %1.</source>
        <translation>İlerleme artık şurada saklanıyor: %1.</translation>
    </message>
    <message>
        <source>&quot;Show me&quot; is not available: %1</source>
        <translation>&quot;Göster&quot; kullanılamıyor: %1</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>Model yüklenemiyor</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; the current model is kept.

%2</source>
        <translation>%1 modeli yüklenemedi; mevcut model kullanılmaya devam ediyor.

%2</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>İlerleme veritabanı</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, oluşturulma: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan could not be read; they start afresh: %2</source>
        <translation>%1 adlı öğrencinin alıştırma planı okunamadı; alıştırmaya baştan başlıyor: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan is damaged; they start afresh: %2</source>
        <translation>%1 adlı öğrencinin alıştırma planı hasarlı; alıştırmaya baştan başlıyor: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan was not saved: %2</source>
        <translation>%1 adlı öğrencinin alıştırma planı kaydedilmedi: %2</translation>
    </message>
    <message>
        <source>This attempt was not saved: %1</source>
        <translation>Bu deneme kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>This attempt was kept as a file, not in the progress database: %1</source>
        <translation>Bu deneme ilerleme veritabanına değil, dosya olarak saklandı: %1</translation>
    </message>
    <message>
        <source>Attempts kept as files stay there for now: %1</source>
        <translation>Dosya olarak saklanan denemeler şimdilik orada kalıyor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) kept as files are of students deleted for good (%1): they stay as files and are not stored. The teacher area&apos;s Saved Attempts shows them.</source>
        <translation>
            <numerusform>Dosya olarak saklanan %n deneme, kalıcı olarak silinmiş öğrencilere ait (%1): dosya olarak kalırlar ve veritabanına kaydedilmezler. Öğretmen alanındaki Kayıtlı Denemeler bölümünde görülebilirler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1, of which %2 of archived students, who stay archived.</source>
        <translation>Dosya olarak saklanan denemeler ilerleme veritabanına aktarıldı: %1; bunların %2 tanesi arşivlenmiş öğrencilere ait ve bu öğrenciler arşivde kalıyor.</translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1.</source>
        <translation>Dosya olarak saklanan denemeler ilerleme veritabanına aktarıldı: %1.</translation>
    </message>
</context>
<context>
    <name>ModelDescription</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ve %2</translation>
    </message>
    <message>
        <source>What it learnt from is not recorded in the file.</source>
        <translation>Neyden öğrendiği dosyada kayıtlı değil.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handwritten digit(s) of MNIST</source>
        <translation>
            <numerusform>MNIST&apos;ten %Ln el yazısı rakam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s) of a class&apos;s own digits</source>
        <translation>
            <numerusform>bir sınıfın kendi rakamlarından %Ln resim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s) drawn with a pen</source>
        <translation>
            <numerusform>kalemle çizilmiş %Ln rakam</numerusform>
        </translation>
    </message>
    <message>
        <source>Learnt from: %1.</source>
        <translation>Öğrendiği veriler: %1.</translation>
    </message>
    <message>
        <source>Learnt from %1.</source>
        <translation>Şunlardan öğrendi: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each drawn digit was also learnt in %n distorted version(s), as a child&apos;s hand might have drawn it.</source>
        <translation>
            <numerusform>Çizilen her rakam, bir çocuğun elinden çıkabileceği gibi %n bozulmuş sürümüyle de öğrenildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learnt what is not a digit from %Ln doodle(s).</source>
        <translation>
            <numerusform>Rakam olmayanı %Ln karalamadan öğrendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>How well it reads digits drawn on the screen is measured apart: the bundled model&apos;s figures are in models/README.md, and digit-tutor-cli evaluate measures any model.</source>
        <translation>Ekranda çizilen rakamları ne kadar iyi okuduğu ayrıca ölçülür: paketle gelen modelin sonuçları models/README.md dosyasındadır; digit-tutor-cli evaluate ise herhangi bir modeli ölçer.</translation>
    </message>
    <message>
        <source>How well it reads is not recorded in the file.</source>
        <translation>Ne kadar iyi okuduğu dosyada kayıtlı değil.</translation>
    </message>
    <message numerus="yes">
        <source>It reads %1 of the MNIST test set right: %Ln handwritten digit(s) it never saw while learning.</source>
        <translation>
            <numerusform>MNIST test kümesini %1 oranında doğru okuyor: öğrenirken hiç görmediği %Ln el yazısı rakam.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reads %1 of the MNIST test set right.</source>
        <translation>MNIST test kümesini %1 oranında doğru okuyor.</translation>
    </message>
    <message>
        <source>When it was made is not recorded in the file.</source>
        <translation>Ne zaman oluşturulduğu dosyada kayıtlı değil.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Oluşturulma: %1.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Oluşturulma tarihi: %1.</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from images</source>
        <translation>Her rakamın yazılış biçimleri, resimlerden öğrenilen</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from drawings</source>
        <translation>Her rakamın yazılış biçimleri, çizimlerden öğrenilen</translation>
    </message>
    <message>
        <source>Weight of the ways learnt from drawings</source>
        <translation>Çizimlerden öğrenilen biçimlerin ağırlığı</translation>
    </message>
    <message>
        <source>Covariance regularisation</source>
        <translation>Kovaryans düzenlileştirmesi</translation>
    </message>
    <message>
        <source>Slanted digits straightened</source>
        <translation>Eğik rakamların düzeltilmesi</translation>
    </message>
    <message>
        <source>HOG: orientations / cell pixels / block cells</source>
        <translation>HOG: yönler / hücre pikseli / blok hücresi</translation>
    </message>
    <message>
        <source>Fitting tolerance</source>
        <translation>Uydurma toleransı</translation>
    </message>
    <message>
        <source>Fitting rounds at most</source>
        <translation>En fazla uydurma turu</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Rastgele sayı tohumu</translation>
    </message>
    <message>
        <source>Not a digit below this percentile of the training scores</source>
        <translation>Eğitim puanlarının bu yüzdeliğinin altı rakam sayılmaz</translation>
    </message>
    <message>
        <source>Distorted copies of each MNIST digit</source>
        <translation>Her MNIST rakamının bozulmuş kopyaları</translation>
    </message>
    <message>
        <source>Arithmetic while fitting</source>
        <translation>Uydurma sırasındaki aritmetik</translation>
    </message>
    <message>
        <source>Order the features are scored in</source>
        <translation>Özniteliklerin puanlanma sırası</translation>
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
        <translation>%1 (toplam %2)</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>Paketle gelen varsayılan model</translation>
    </message>
    <message>
        <source>The model file %1</source>
        <translation>Model dosyası: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>models/default.dtm, built into the app</source>
        <translation>models/default.dtm, uygulamaya yerleşik</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dosya biçimi</translation>
    </message>
    <message>
        <source>Ways of writing each digit (components)</source>
        <translation>Her rakamın yazılış biçimleri (bileşenler)</translation>
    </message>
    <message>
        <source>Times each drawn digit counts</source>
        <translation>Çizilen her rakamın kaç kez sayıldığı</translation>
    </message>
    <message>
        <source>Distorted versions of each drawn digit</source>
        <translation>Çizilen her rakamın bozulmuş sürümleri</translation>
    </message>
    <message>
        <source>Drawings, %1</source>
        <translation>Çizimler, %1</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Çizimler</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Test verisi</translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation>Öğrenme süresi</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Oluşturan</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Which model is in use</source>
        <translation>Hangi model kullanılıyor</translation>
    </message>
    <message>
        <source>What the model learnt from</source>
        <translation>Modelin neyden öğrendiği</translation>
    </message>
    <message>
        <source>How well the model reads</source>
        <translation>Modelin ne kadar iyi okuduğu</translation>
    </message>
    <message>
        <source>When the model was made</source>
        <translation>Modelin ne zaman oluşturulduğu</translation>
    </message>
    <message>
        <source>Load Model File...</source>
        <translation>Model Dosyası Yükle...</translation>
    </message>
    <message>
        <source>Use the Bundled Default</source>
        <translation>Paketle Gelen Varsayılanı Kullan</translation>
    </message>
    <message>
        <source>What it learnt from</source>
        <translation>Neyden öğrendiği</translation>
    </message>
    <message>
        <source>How well it reads</source>
        <translation>Ne kadar iyi okuduğu</translation>
    </message>
    <message>
        <source>When it was made</source>
        <translation>Ne zaman oluşturulduğu</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Ayrıntılar</translation>
    </message>
    <message>
        <source>Show the model&apos;s technical settings</source>
        <translation>Modelin teknik ayarlarını göster</translation>
    </message>
    <message>
        <source>The model&apos;s technical settings</source>
        <translation>Modelin teknik ayarları</translation>
    </message>
    <message>
        <source>A model file (.dtm) is made by digit-tutor-cli train, for example on MNIST with your own class&apos;s digits added. A file that is not a valid model is refused and the current model stays.</source>
        <translation>Model dosyası (.dtm) digit-tutor-cli train ile oluşturulur; örneğin MNIST&apos;e kendi sınıfınızın rakamları eklenerek. Geçerli bir model olmayan dosya reddedilir ve mevcut model kullanılmaya devam eder.</translation>
    </message>
    <message>
        <source>Load Model</source>
        <translation>Model Yükle</translation>
    </message>
    <message>
        <source>Digit models (*.dtm);;All files (*)</source>
        <translation>Rakam modelleri (*.dtm);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Alıştırma</translation>
    </message>
    <message>
        <source>Practice mode: write the asked digit</source>
        <translation>Alıştırma: istenen rakamı yaz</translation>
    </message>
    <message>
        <source>Write the digit I ask for</source>
        <translation>Söylediğim rakamı yaz</translation>
    </message>
    <message>
        <source>Free drawing</source>
        <translation>Serbest çizim</translation>
    </message>
    <message>
        <source>Free drawing mode: draw any digit</source>
        <translation>Serbest çizim: istediğin rakamı çiz</translation>
    </message>
    <message>
        <source>Draw any digit and I will say which</source>
        <translation>İstediğin rakamı çiz, ben de hangisi olduğunu söyleyeyim</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>İz sür</translation>
    </message>
    <message>
        <source>Trace over the guide</source>
        <translation>Örnek rakamın üstünden geç</translation>
    </message>
    <message>
        <source>Show the guide under your drawing to trace over</source>
        <translation>Üstünden geçmen için örnek rakamı çiziminin altında göster</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>Tekrar söyle</translation>
    </message>
    <message>
        <source>Say the digit to write again</source>
        <translation>Yazılacak rakamı tekrar söyle</translation>
    </message>
    <message>
        <source>Hear the question again</source>
        <translation>Soruyu yeniden dinle</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Show me how to write it</source>
        <translation>Nasıl yazıldığını göster</translation>
    </message>
    <message>
        <source>Watch the digit being written, stroke by stroke</source>
        <translation>Rakamın çizgi çizgi yazılışını izle</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Son çizgiyi geri al</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>Son çizdiğin çizgiyi sil</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Çizimi sil</translation>
    </message>
    <message>
        <source>Start the drawing again</source>
        <translation>Çizime baştan başla</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>I am done</source>
        <translation>Bitirdim</translation>
    </message>
    <message>
        <source>See how well it went</source>
        <translation>Nasıl yaptığını gör</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Next digit</source>
        <translation>Sonraki rakam</translation>
    </message>
    <message>
        <source>Write another digit</source>
        <translation>Başka bir rakam yaz</translation>
    </message>
    <message>
        <source>Which digit to write</source>
        <translation>Hangi rakamı yazacağın</translation>
    </message>
    <message>
        <source>What the drawing looks like</source>
        <translation>Çizimin neye benzediği</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Övgü</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dur</translation>
    </message>
</context>
<context>
    <name>ProgressAttemptsPanel</name>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Öğrenci</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>İstenen</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Okunan</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Yıldız</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>İpucu</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation>Denemeler, en yenisi başta</translation>
    </message>
    <message>
        <source>The chosen attempt, as the child drew it</source>
        <translation>Seçilen deneme, çocuğun çizdiği haliyle</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Gösterilen deneme hakkında</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Yeniden oynat</translation>
    </message>
    <message>
        <source>Replay the attempt in the timing it was drawn</source>
        <translation>Denemeyi çizildiği hızda yeniden oynat</translation>
    </message>
    <message>
        <source>Watch the attempt being drawn again, stroke by stroke</source>
        <translation>Denemenin çizgi çizgi yeniden çizilişini izleyin</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Durdur</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Yeniden oynatmayı durdur</translation>
    </message>
    <message>
        <source>T&amp;wice as fast</source>
        <translation>&amp;İki kat hızlı</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>İki kat hızlı oynat</translation>
    </message>
    <message>
        <source>starts elsewhere</source>
        <translation>başka yerden başlama</translation>
    </message>
    <message>
        <source>other way round</source>
        <translation>ters yön</translation>
    </message>
    <message>
        <source>stroke order</source>
        <translation>çizgi sırası</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>serbest çizim</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>ters</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>rakam değil</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>hiçbir şey</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>bilinmeyen zaman</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%2 yıldızdan %1</translation>
    </message>
    <message>
        <source>free drawing, written facing the other way</source>
        <translation>serbest çizim, ters yönde yazılmış</translation>
    </message>
    <message>
        <source>%1 asked, written facing the other way</source>
        <translation>istenen %1, ters yönde yazılmış</translation>
    </message>
    <message>
        <source>%1 asked, not read as a digit</source>
        <translation>istenen %1, rakam olarak okunmadı</translation>
    </message>
    <message>
        <source>%1 asked, nothing drawn</source>
        <translation>istenen %1, hiçbir şey çizilmedi</translation>
    </message>
    <message>
        <source>%1 asked, read as %2</source>
        <translation>istenen %1, okunan %2</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>; hint: %1</source>
        <translation>; ipucu: %1</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Bu dönemde deneme yok.</translation>
    </message>
    <message>
        <source>Choose an attempt to see how it was drawn.</source>
        <translation>Nasıl çizildiğini görmek için bir deneme seçin.</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(çizgiler saklanmamış)</translation>
    </message>
</context>
<context>
    <name>ProgressChartView</name>
    <message>
        <source>All digits</source>
        <translation>Tüm rakamlar</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>%1 rakamı</translation>
    </message>
    <message>
        <source>Which digit&apos;s progress the chart shows</source>
        <translation>Grafiğin hangi rakamın ilerlemesini gösterdiği</translation>
    </message>
    <message>
        <source>Chart &amp;for:</source>
        <translation>&amp;Grafik:</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Zaman içinde ilerleme</translation>
    </message>
</context>
<context>
    <name>ProgressOverview</name>
    <message>
        <source>Whose progress is shown</source>
        <translation>Kimin ilerlemesinin gösterildiği</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Digits that need work</source>
        <translation>Çalışılması gereken rakamlar</translation>
    </message>
    <message>
        <source>Formation hints to practise</source>
        <translation>Üzerinde çalışılacak yazım ipuçları</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Bu dönemde deneme yok.</translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation>Öğrenciler: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 (free drawing: %2)</source>
        <translation>Denemeler: %1 (serbest çizim: %2)</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Denemeler: %1</translation>
    </message>
    <message>
        <source>read as asked: %1 of %2 (%3)</source>
        <translation>istendiği gibi okunan: %2 denemeden %1 (%3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Needs work: %1.</source>
        <translation>Çalışılmalı: %1.</translation>
    </message>
    <message>
        <source>Not tried yet: %1.</source>
        <translation>Henüz denenmedi: %1.</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Her rakam, denemelerin en az %1 kadarında istendiği gibi okunuyor: tebrikler.</translation>
    </message>
    <message>
        <source>starts elsewhere %1</source>
        <translation>başka yerden başlama %1</translation>
    </message>
    <message>
        <source>other way round %1</source>
        <translation>ters yön %1</translation>
    </message>
    <message>
        <source>stroke order %1</source>
        <translation>çizgi sırası %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formation to practise: %1</source>
        <translation>Çalışılacak yazılış: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>okunamıyor (%1)</translation>
    </message>
    <message>
        <source>the file is not an SQLite database (its %1 bytes do not start as one)</source>
        <translation>dosya bir SQLite veritabanı değil (%1 baytlık içeriği bir SQLite veritabanı gibi başlamıyor)</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>dosyaya yazılamıyor (%1)</translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal there (%1)</source>
        <translation>klasörüne yazılamıyor, SQLite ise günlük dosyasını orada tutar (%1)</translation>
    </message>
    <message>
        <source>There is already a student named %1, archived: restore them under Students, or choose another name.</source>
        <translation>%1 adlı bir öğrenci zaten var ve arşivlenmiş: onu Öğrenciler bölümünden geri yükleyin ya da başka bir ad seçin.</translation>
    </message>
    <message>
        <source>There is already a student named %1.</source>
        <translation>%1 adlı bir öğrenci zaten var.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: Qt&apos;s %2 driver is not installed (Debian package %3).</source>
        <translation>%1 ilerleme veritabanı açılamıyor: Qt&apos;nin %2 sürücüsü kurulu değil (Debian paketi %3).</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: its folder cannot be created.</source>
        <translation>%1 ilerleme veritabanı açılamıyor: klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be used: %2. It was left as it is; choose another file, or move this one away to start a new database.</source>
        <translation>%1 ilerleme veritabanı kullanılamıyor: %2. Dosya olduğu gibi bırakıldı; başka bir dosya seçin ya da yeni bir veritabanı başlatmak için bu dosyayı başka bir yere taşıyın.</translation>
    </message>
    <message>
        <source>The progress database %1 is read-only: %2. It was left as it is; attempts are kept as files until it can be written.</source>
        <translation>%1 ilerleme veritabanı salt okunur: %2. Dosya olduğu gibi bırakıldı; veritabanına yazılabilene kadar denemeler dosya olarak saklanır.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2</source>
        <translation>%1 ilerleme veritabanı açılamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2</source>
        <translation>%1 ilerleme veritabanı hazırlanamıyor: %2</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged or is not a database (%2); it was left as it is.</source>
        <translation>%1 ilerleme veritabanı hasarlı ya da bir veritabanı değil (%2); olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2.</source>
        <translation>%1 ilerleme veritabanı açılamıyor: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2.</source>
        <translation>%1 ilerleme veritabanı hazırlanamıyor: %2.</translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation>şema sürümü okunamıyor</translation>
    </message>
    <message>
        <source>The database %1 is not a Digit Tutor progress database (it has other tables); it was left as it is.</source>
        <translation>%1 veritabanı bir Digit Tutor ilerleme veritabanı değil (başka tablolar içeriyor); olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source>The progress database %1 was made by a newer Digit Tutor (schema %2; this one knows up to %3); it was left as it is.</source>
        <translation>%1 ilerleme veritabanı daha yeni bir Digit Tutor tarafından oluşturulmuş (şema %2; bu sürüm en fazla %3 şemasını tanıyor); olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source>step %1 of the schema failed: %2</source>
        <translation>şemanın %1. adımı başarısız oldu: %2</translation>
    </message>
    <message>
        <source>%1 (progress database %2): %3</source>
        <translation>%1 (ilerleme veritabanı %2): %3</translation>
    </message>
    <message>
        <source>Cannot read the students</source>
        <translation>Öğrenciler okunamıyor</translation>
    </message>
    <message>
        <source>Cannot read a student</source>
        <translation>Bir öğrenci okunamıyor</translation>
    </message>
    <message>
        <source>There is no student number %1.</source>
        <translation>%1 numaralı öğrenci yok.</translation>
    </message>
    <message>
        <source>There is no student named %1.</source>
        <translation>%1 adlı öğrenci yok.</translation>
    </message>
    <message>
        <source>Cannot add the Guest student</source>
        <translation>Misafir öğrenci eklenemiyor</translation>
    </message>
    <message>
        <source>A student&apos;s name must have 1 to %1 characters.</source>
        <translation>Öğrenci adı 1 ile %1 karakter arasında olmalıdır.</translation>
    </message>
    <message>
        <source>Cannot add the student %1</source>
        <translation>%1 adlı öğrenci eklenemiyor</translation>
    </message>
    <message>
        <source>Guest keeps its name: it is the student of attempts made without choosing one.</source>
        <translation>Misafir adını korur: öğrenci seçilmeden yapılan denemeler ona kaydedilir.</translation>
    </message>
    <message>
        <source>Cannot change the student %1</source>
        <translation>%1 adlı öğrenci değiştirilemiyor</translation>
    </message>
    <message>
        <source>An attempt with asked digit %1, recognised digit %2 and %3 stars cannot be stored.</source>
        <translation>İstenen rakamı %1, tanınan rakamı %2 ve yıldız sayısı %3 olan bir deneme kaydedilemez.</translation>
    </message>
    <message>
        <source>Cannot store the attempt</source>
        <translation>Deneme kaydedilemiyor</translation>
    </message>
    <message>
        <source>Cannot count the attempts</source>
        <translation>Denemeler sayılamıyor</translation>
    </message>
    <message>
        <source>Cannot read the classes</source>
        <translation>Sınıflar okunamıyor</translation>
    </message>
    <message>
        <source>Cannot read a setting</source>
        <translation>Bir ayar okunamıyor</translation>
    </message>
    <message>
        <source>Cannot save a setting</source>
        <translation>Bir ayar kaydedilemiyor</translation>
    </message>
    <message>
        <source>A page of %1 attempts cannot be read: a page holds 1 to %2.</source>
        <translation>%1 denemelik bir sayfa okunamaz: bir sayfada 1 ile %2 arasında deneme olabilir.</translation>
    </message>
    <message>
        <source>Cannot read the saved attempts</source>
        <translation>Kayıtlı denemeler okunamıyor</translation>
    </message>
    <message>
        <source>Cannot read an attempt</source>
        <translation>Bir deneme okunamıyor</translation>
    </message>
    <message>
        <source>There is no attempt number %1 in the progress database %2; it may have been removed with its student.</source>
        <translation>%2 ilerleme veritabanında %1 numaralı deneme yok; öğrencisiyle birlikte silinmiş olabilir.</translation>
    </message>
    <message>
        <source>Cannot read a practice plan</source>
        <translation>Bir alıştırma planı okunamıyor</translation>
    </message>
    <message>
        <source>A practice plan of %1 bytes cannot be stored: the most is %2.</source>
        <translation>%1 baytlık bir alıştırma planı kaydedilemez: en fazla %2 bayt olabilir.</translation>
    </message>
    <message>
        <source>Cannot save the practice plan of student number %1</source>
        <translation>%1 numaralı öğrencinin alıştırma planı kaydedilemiyor</translation>
    </message>
    <message>
        <source>Cannot read the attempts</source>
        <translation>Denemeler okunamıyor</translation>
    </message>
    <message>
        <source>Guest cannot be removed: it is the student of attempts made without choosing one.</source>
        <translation>Misafir kaldırılamaz: öğrenci seçilmeden yapılan denemeler ona kaydedilir.</translation>
    </message>
    <message>
        <source>Cannot archive the student %1</source>
        <translation>%1 adlı öğrenci arşivlenemiyor</translation>
    </message>
    <message>
        <source>Cannot restore the student %1</source>
        <translation>%1 adlı öğrenci geri yüklenemiyor</translation>
    </message>
    <message>
        <source>%1 is in the lists: only an archived student can be deleted for good.</source>
        <translation>%1 listelerde yer alıyor: yalnızca arşivlenmiş bir öğrenci kalıcı olarak silinebilir.</translation>
    </message>
    <message>
        <source>Cannot delete the student %1</source>
        <translation>%1 adlı öğrenci silinemiyor</translation>
    </message>
    <message>
        <source>Cannot read the students deleted for good</source>
        <translation>Kalıcı olarak silinen öğrenciler okunamıyor</translation>
    </message>
    <message>
        <source>it is busy, locked by another program or window writing to it; try again in a moment</source>
        <translation>meşgul: ona yazan başka bir program ya da pencere tarafından kilitlenmiş; biraz sonra yeniden deneyin</translation>
    </message>
    <message>
        <source>it is read-only (check the permissions of the file and its folder)</source>
        <translation>salt okunur (dosyanın ve klasörünün izinlerini denetleyin)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk dolu</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2.</source>
        <translation>%1 ilerleme veritabanı hasarlı: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 could not be checked: %2.</source>
        <translation>%1 ilerleme veritabanı denetlenemedi: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2. Reports may leave attempts out. Keep a copy of the file and have it repaired (the sqlite3 tool&apos;s .recover command rescues what can be read).</source>
        <translation>%1 ilerleme veritabanı hasarlı: %2. Raporlarda bazı denemeler eksik olabilir. Dosyanın bir kopyasını saklayın ve dosyayı onartın (sqlite3 aracının .recover komutu okunabilen her şeyi kurtarır).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the app knows.</source>
        <translation>&quot;%1&quot;, uygulamanın bildiği bir dil değil.</translation>
    </message>
    <message>
        <source>Cannot read the language of the class %1</source>
        <translation>%1 sınıfının dili okunamıyor</translation>
    </message>
    <message>
        <source>Only a class or group has a language of its own; this student has none.</source>
        <translation>Yalnızca bir sınıfın ya da grubun kendi dili olur; bu öğrencinin sınıfı yok.</translation>
    </message>
    <message>
        <source>Cannot set the language of the class %1</source>
        <translation>%1 sınıfının dili ayarlanamıyor</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Misafir</translation>
    </message>
    <message>
        <source>Cannot read the languages of the students</source>
        <translation>Öğrencilerin dilleri okunamıyor</translation>
    </message>
</context>
<context>
    <name>ProgressSubjectChooser</name>
    <message>
        <source>Whose progress to show: a student or a class</source>
        <translation>Kimin ilerlemesinin gösterileceği: bir öğrenci ya da bir sınıf</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1 sınıfı</translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <translation>%1, %2 sınıfı</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Why there is no progress to show</source>
        <translation>Gösterilecek ilerleme neden yok</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>Yeniden &amp;oku</translation>
    </message>
    <message>
        <source>Read the progress store again</source>
        <translation>İlerleme deposunu yeniden oku</translation>
    </message>
    <message>
        <source>&amp;Progress of:</source>
        <translation>&amp;Kimin ilerlemesi:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Tüm zamanlar</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Seçilen tarihler</translation>
    </message>
    <message>
        <source>Which period to show</source>
        <translation>Hangi dönemin gösterileceği</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Dö&amp;nem:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Dönemin ilk günü</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dönemin son günü</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>E&amp;xport report...</source>
        <translation>&amp;Raporu dışa aktar...</translation>
    </message>
    <message>
        <source>Export a progress report of what is shown</source>
        <translation>Gösterilenlerin ilerleme raporunu dışa aktar</translation>
    </message>
    <message>
        <source>Save the figures shown as a PDF to print, a CSV for a spreadsheet or an HTML page</source>
        <translation>Gösterilen verileri yazdırmak için PDF, elektronik tablo için CSV ya da HTML sayfası olarak kaydet</translation>
    </message>
    <message>
        <source>The report last saved</source>
        <translation>Son kaydedilen rapor</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>R&amp;akamlar</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>Öğrenci&amp;ler</translation>
    </message>
    <message>
        <source>The progress cannot be read. %1</source>
        <translation>İlerleme okunamıyor. %1</translation>
    </message>
    <message>
        <source>There is no progress to show: no progress store is open. Once the app has a place to keep the children&apos;s attempts, each student&apos;s progress appears here.</source>
        <translation>Gösterilecek ilerleme yok: açık bir ilerleme deposu yok. Uygulamanın çocukların denemelerini saklayacak bir yeri olduğunda, her öğrencinin ilerlemesi burada görünür.</translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation>Henüz öğrenci yok</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1 sınıfı</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (%2 sınıfı)</translation>
    </message>
    <message>
        <source>There is no progress store to make a report from.</source>
        <translation>Rapor oluşturulacak bir ilerleme deposu yok.</translation>
    </message>
    <message>
        <source>Choose a student or a class to report on.</source>
        <translation>Rapor için bir öğrenci ya da sınıf seçin.</translation>
    </message>
    <message>
        <source>The report&apos;s file name must end in .pdf, .csv or .html; &quot;%1&quot; does not.</source>
        <translation>Raporun dosya adı .pdf, .csv ya da .html ile bitmelidir; &quot;%1&quot; böyle bitmiyor.</translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation>İlerleme %1 %2</translation>
    </message>
    <message>
        <source>Writing the report %1...</source>
        <translation>Rapor yazılıyor: %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>İlerleme Raporunu Dışa Aktar</translation>
    </message>
    <message>
        <source>How far the report is</source>
        <translation>Raporun ne kadarının hazır olduğu</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Rapor yazılamıyor: %1</translation>
    </message>
</context>
<context>
    <name>ReportFileChooser</name>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF, yazdırmak için (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (*.csv)</source>
        <translation>CSV, elektronik tablo için (*.csv)</translation>
    </message>
    <message>
        <source>HTML, for a browser or an e-mail (*.html *.htm)</source>
        <translation>HTML, tarayıcı ya da e-posta için (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>İlerleme Raporunu Dışa Aktar</translation>
    </message>
    <message>
        <source>There is already a file named %1 in %2. Replace it with the new report?</source>
        <translation>%2 içinde %1 adlı bir dosya zaten var. Yeni raporla değiştirilsin mi?</translation>
    </message>
    <message>
        <source>The file there now would be lost.</source>
        <translation>Şu anda orada bulunan dosya kaybolur.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Değiştir</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Kalsın</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Rapor iptal edildi.</translation>
    </message>
    <message>
        <source>Cannot draw the report&apos;s PDF pages.</source>
        <translation>Raporun PDF sayfaları çizilemiyor.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report&apos;s PDF.</source>
        <translation>Raporun PDF dosyasının %1. sayfası başlatılamıyor.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>sayfa %1 / %2</translation>
    </message>
    <message>
        <source>Cannot finish the report&apos;s PDF.</source>
        <translation>Raporun PDF dosyası tamamlanamıyor.</translation>
    </message>
    <message>
        <source>read as asked</source>
        <translation>istendiği gibi okunan</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>denemeler</translation>
    </message>
    <message>
        <source>average stars</source>
        <translation>ortalama yıldız</translation>
    </message>
    <message>
        <source>learnt (%1%)</source>
        <translation>öğrenildi (%1%)</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per week</source>
        <translation>İstendiği gibi okunan, yıldızlar ve denemeler, haftalık</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per day</source>
        <translation>İstendiği gibi okunan, yıldızlar ve denemeler, günlük</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per week</source>
        <translation>%1 rakamı: istendiği gibi okunan, yıldızlar ve denemeler, haftalık</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per day</source>
        <translation>%1 rakamı: istendiği gibi okunan, yıldızlar ve denemeler, günlük</translation>
    </message>
    <message>
        <source>Digit %1: no attempts in this period</source>
        <translation>%1 rakamı: bu dönemde deneme yok</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>Bu dönemde deneme yok</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read as asked</source>
        <translation>%1: %3 denemeden %2 tanesi istendiği gibi okundu</translation>
    </message>
    <message>
        <source>started in an unusual place</source>
        <translation>alışılmadık bir yerden başlanmış</translation>
    </message>
    <message>
        <source>drawn the other way round</source>
        <translation>ters yönde çizilmiş</translation>
    </message>
    <message>
        <source>strokes in an unusual order</source>
        <translation>çizgiler alışılmadık bir sırada</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>başlangıç %1</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>yön %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>sıra %1</translation>
    </message>
    <message>
        <source>most often %1 (in %2 of %3 attempts)</source>
        <translation>en sık: %1 (%3 denemenin %2 tanesinde)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 tarihinden itibaren</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 tarihine kadar</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>tüm denemeler</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sınıf</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Öğrenci</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Attempts made</source>
        <translation>Denemelerin yapıldığı tarihler</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Raporun oluşturulduğu zaman</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Bu dönemde deneme yok.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Öğrenciler</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Denemeler</translation>
    </message>
    <message>
        <source>%1 (of which free drawing: %2)</source>
        <translation>%1 (bunların %2 tanesi serbest çizim)</translation>
    </message>
    <message>
        <source>Read as the asked digit</source>
        <translation>İstenen rakam olarak okunan</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 denemeden %1 (%3)</translation>
    </message>
    <message>
        <source>Digits to practise next</source>
        <translation>Sırada çalışılacak rakamlar</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Her rakam, denemelerin en az %1 kadarında istendiği gibi okunuyor: tebrikler.</translation>
    </message>
    <message>
        <source>read as asked in %1 of %2 attempts (%3)</source>
        <translation>%2 denemenin %1 tanesinde istendiği gibi okundu (%3)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>henüz denenmedi</translation>
    </message>
    <message>
        <source>Chosen first from the digits read as asked less than %1 of the time, the lowest first (on a tie, the one tried more), then from the digits not tried yet.</source>
        <translation>Önce, denemelerin %1 kadarından azında istendiği gibi okunan rakamlar arasından en düşük orandan başlayarak seçilir (eşitlik durumunda daha çok denenen önce gelir); ardından henüz denenmemiş rakamlar arasından seçilir.</translation>
    </message>
    <message>
        <source>Each digit</source>
        <translation>Her rakam</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Rakam</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>İstendiği gibi okunan</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Başarı oranı</translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation>Ortalama yıldız</translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation>Eğilim (puan)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Ters</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Yazım ipuçları</translation>
    </message>
    <message>
        <source>Trend: the success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on. Reversed: how often the digit was written facing the other way (mirror writing). Formation hints: how often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Eğilim: bir rakamın denemelerinin son yarısındaki başarı oranından ilk yarısındaki başarı oranı çıkarılarak, yüzde puan olarak hesaplanır; %1 denemeden itibaren. Ters: rakamın ters yönde (ayna yazısıyla) yazılma sıklığı. Yazım ipuçları: çocuğa daha iyi bir başlangıç noktası, yön ya da çizgi sırası gösterilme sıklığı.</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Zaman içinde ilerleme</translation>
    </message>
    <message>
        <source>Success rate and attempts per week</source>
        <translation>Haftalık başarı oranı ve denemeler</translation>
    </message>
    <message>
        <source>Success rate and attempts per day</source>
        <translation>Günlük başarı oranı ve denemeler</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>Hafta (pazartesiden itibaren)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>%1 attempt at %2: %3 of 3 stars</source>
        <translation>%1: %2 rakamı denemesi, 3 yıldızdan %3</translation>
    </message>
    <message>
        <source>written facing the other way</source>
        <translation>ters yönde yazılmış</translation>
    </message>
    <message>
        <source>Best and latest attempt at each digit</source>
        <translation>Her rakamın en iyi ve en son denemesi</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Örnek</translation>
    </message>
    <message>
        <source>no guide</source>
        <translation>örnek yok</translation>
    </message>
    <message>
        <source>Guide for %1</source>
        <translation>%1 rakamı için örnek</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>En iyi</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>En son</translation>
    </message>
    <message>
        <source>Beside the guide the app shows for the digit. A green dot marks where each stroke began. Best: the most stars, then the surest reading.</source>
        <translation>Uygulamanın o rakam için gösterdiği örneğin yanında. Yeşil nokta, her çizginin nerede başladığını gösterir. En iyi: en çok yıldızlı, eşitlikte en emin okunan deneme.</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Sırada çalışılacak</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arşivlenmiş)</translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation>Sınıf ilerleme raporu</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>İlerleme raporu</translation>
    </message>
    <message>
        <source>Class progress report: %1</source>
        <translation>Sınıf ilerleme raporu: %1</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>İlerleme raporu: %1</translation>
    </message>
    <message>
        <source>Cannot draw the report: the program has no QGuiApplication, which fonts need (try the offscreen platform).</source>
        <translation>Rapor çizilemiyor: programda yazı tiplerinin gerektirdiği QGuiApplication yok (offscreen platformunu deneyin).</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (BCP 47), for the report&apos;s lang attribute.</extracomment>
        <translation>tr</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Rapor için dosya adı verilmedi.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Rapor %1 konumuna yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>The report&apos;s period starts on %1, after it ends on %2.</source>
        <translation>Raporun dönemi %1 tarihinde başlıyor; bu, dönemin bittiği %2 tarihinden sonra.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Bilinmeyen rapor biçimi.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Rapor yazılamıyor: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>no</translation>
    </message>
    <message>
        <source>student</source>
        <translation>öğrenci</translation>
    </message>
    <message>
        <source>group</source>
        <translation>sınıf</translation>
    </message>
    <message>
        <source>time</source>
        <translation>zaman</translation>
    </message>
    <message>
        <source>asked_digit</source>
        <translation>istenen_rakam</translation>
    </message>
    <message>
        <source>recognised_digit</source>
        <translation>tanınan_rakam</translation>
    </message>
    <message>
        <source>success</source>
        <translation>başarılı</translation>
    </message>
    <message>
        <source>posterior</source>
        <translation>sonsal_olasılık</translation>
    </message>
    <message>
        <source>log_likelihood</source>
        <translation>log_olabilirlik</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>aykırı</translation>
    </message>
    <message>
        <source>typicality</source>
        <translation>tipiklik</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>yıldız</translation>
    </message>
    <message>
        <source>formation</source>
        <translation>yazılış</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>ters</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>strokes</source>
        <translation>çizgiler</translation>
    </message>
</context>
<context>
    <name>ShowMeCoach</name>
    <message>
        <source>Try starting at the green dot.</source>
        <translation>Yeşil noktadan başlamayı dene.</translation>
    </message>
    <message>
        <source>Try it from the green dot, the arrow&apos;s way.</source>
        <translation>Yeşil noktadan başlayıp okun yönünde dene.</translation>
    </message>
    <message>
        <source>Try this part first, from the green dot.</source>
        <translation>Önce bu parçayı yeşil noktadan başlayarak dene.</translation>
    </message>
</context>
<context>
    <name>ShowMeOverlay</name>
    <message>
        <source>The digit being written</source>
        <translation>Yazılan rakam</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Compare</source>
        <translation>Kıyasla</translation>
    </message>
    <message>
        <source>Compare my drawing with the guide</source>
        <translation>Çizimimi örnekle karşılaştır</translation>
    </message>
    <message>
        <source>Show what is missing and what is extra</source>
        <translation>Neyin eksik, neyin fazla olduğunu göster</translation>
    </message>
</context>
<context>
    <name>StarsView</name>
    <message>
        <source>Stars</source>
        <translation>Yıldızlar</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n yıldız</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Writes with the left hand</source>
        <translation>Sol eliyle yazıyor</translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation>Öğrenci Ekle</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>Öğrenciyi Düzenle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>Sınıf ya da grup</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Class or group:</source>
        <translation>Sınıf ya da grup:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Same as the class</source>
        <translation>Sınıfınki gibi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>The language the child sees and hears: a child may speak another language at home</source>
        <translation>Çocuğun gördüğü ve duyduğu dil: çocuk evde başka bir dil konuşuyor olabilir</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
</context>
<context>
    <name>StudentFiguresTable</name>
    <message>
        <source>Student</source>
        <translation>Öğrenci</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Denemeler</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>İstendiği gibi okunan</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Başarı</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Sırada çalışılacak</translation>
    </message>
    <message>
        <source>Every attempt, free drawing included</source>
        <translation>Serbest çizim dahil tüm denemeler</translation>
    </message>
    <message>
        <source>Attempts at an asked digit that were read as that digit</source>
        <translation>İstenen bir rakam için yapılıp o rakam olarak okunan denemeler</translation>
    </message>
    <message>
        <source>The digits this student should practise next</source>
        <translation>Bu öğrencinin sırada çalışması gereken rakamlar</translation>
    </message>
    <message>
        <source>Figures for each student of the class; activate a row to see that student</source>
        <translation>Sınıftaki her öğrencinin verileri; o öğrencinin ilerlemesini görmek için bir satırı etkinleştirin</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arşivlenmiş)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Below %1: needs work</source>
        <translation>%1 altı: çalışılmalı</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, çalışılmalı</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Who is writing?</source>
        <translation>Kim yazıyor?</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>Ben %1</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>%1 olarak yaz</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Add...</source>
        <translation>Ekle...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Düzenle...</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Kaldır...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri Yükle</translation>
    </message>
    <message>
        <source>Delete for Good...</source>
        <translation>Kalıcı Olarak Sil...</translation>
    </message>
    <message>
        <source>Add a student for each child: at the start they tap their own name, and their attempts are kept for them. Guest is for anyone else. A student removed is archived: out of the lists, their attempts kept, until you restore them or delete them for good.</source>
        <translation>Her çocuk için bir öğrenci ekleyin: başlangıçta her çocuk kendi adına dokunur ve denemeleri onun adına saklanır. Misafir, diğer herkes içindir. Kaldırılan öğrenci arşivlenir: siz onu geri yükleyene ya da kalıcı olarak silene kadar listelerde görünmez, ama denemeleri saklanır.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sınıf</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>El</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Kayıt tarihi</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Denemeler</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arşivlenme</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Öğrenciler</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sol</translation>
    </message>
    <message>
        <source>right</source>
        <translation>sağ</translation>
    </message>
    <message>
        <source>Archived: not in the lists, attempts kept</source>
        <translation>Arşivlendi: listelerde görünmez, denemeleri saklanır</translation>
    </message>
    <message>
        <source>Remove Student</source>
        <translation>Öğrenciyi Kaldır</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the lists? %1 will be archived and their %n attempt(s) kept; you can restore them or delete them for good on this page.</source>
        <translation>
            <numerusform>%1 listelerden kaldırılsın mı? %1 arşivlenecek ve %n denemesi saklanacak; bu sayfada onu geri yükleyebilir ya da kalıcı olarak silebilirsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Delete Student for Good</source>
        <translation>Öğrenciyi Kalıcı Olarak Sil</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and their %n attempt(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%1 ve %n denemesi kalıcı olarak silinsin mi? Bu işlem geri alınamaz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Kalıcı Olarak Sil</translation>
    </message>
    <message>
        <source>Class Language...</source>
        <translation>Sınıfın dili...</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>The language the children of the chosen student&apos;s class see and hear</source>
        <translation>Seçilen öğrencinin sınıfındaki çocukların gördüğü ve duyduğu dil</translation>
    </message>
    <message>
        <source>%1 (the computer&apos;s)</source>
        <translation>%1 (bilgisayarınki)</translation>
    </message>
</context>
<context>
    <name>TeacherArea</name>
    <message>
        <source>Teacher Area</source>
        <translation>Öğretmen Alanı</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Öğrenciler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Saved Attempts...</source>
        <translation>Kayıtlı Denemeler...</translation>
    </message>
    <message>
        <source>Every attempt, newest first: watch how each was written</source>
        <translation>Tüm denemeler, en yenisi başta: her birinin nasıl yazıldığını izleyin</translation>
    </message>
    <message>
        <source>Quit Digit Tutor</source>
        <translation>Digit Tutor&apos;dan Çık</translation>
    </message>
    <message>
        <source>The progress database is not available, so students and progress cannot be shown: %1</source>
        <translation>İlerleme veritabanı kullanılamıyor, bu nedenle öğrenciler ve ilerleme gösterilemiyor: %1</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can open this area. Set one under Settings to keep children out.</source>
        <translation>Henüz PIN belirlenmedi: bu alanı herkes açabilir. Çocukların girmemesi için Ayarlar bölümünden bir PIN belirleyin.</translation>
    </message>
    <message>
        <source>No voice on this computer speaks %1: children who practise in it see the words but hear nothing. A system administrator can add voices (on Debian, the package speech-dispatcher-espeak-ng).</source>
        <translation>Bu bilgisayardaki hiçbir ses şu dili konuşmuyor: %1. Bu dilde çalışan çocuklar sözcükleri görür ama hiçbir şey duymaz. Bir sistem yöneticisi ses ekleyebilir (Debian&apos;da speech-dispatcher-espeak-ng paketi).</translation>
    </message>
</context>
<context>
    <name>TeacherLock</name>
    <message>
        <source>The PIN or password needs at least %1 characters.</source>
        <translation>PIN ya da parola en az %1 karakter olmalıdır.</translation>
    </message>
</context>
<context>
    <name>TeacherSettingsPage</name>
    <message>
        <source>Set PIN</source>
        <translation>PIN Belirle</translation>
    </message>
    <message>
        <source>After a digit, show where to start when it was written an unusual way</source>
        <translation>Bir rakam alışılmadık biçimde yazıldığında, ardından nereden başlanacağını göster</translation>
    </message>
    <message>
        <source>Speak to the children</source>
        <translation>Çocuklarla sesli konuş</translation>
    </message>
    <message>
        <source>Sound effects</source>
        <translation>Ses efektleri</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>Tam ekranda başlat</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>Bu Veritabanını Kullan</translation>
    </message>
    <message>
        <source>Teacher area PIN or password</source>
        <translation>Öğretmen alanının PIN&apos;i ya da parolası</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>Yeni PIN ya da parola</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Tekrar girin</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>Yeni PIN ya da parola:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Tekrar girin:</translation>
    </message>
    <message>
        <source>The children&apos;s screen</source>
        <translation>Çocukların ekranı</translation>
    </message>
    <message>
        <source>Children who cannot read yet hear every message. Full screen takes effect the next time the app starts.</source>
        <translation>Henüz okuyamayan çocuklar her mesajı sesli olarak duyar. Tam ekran ayarı, uygulama bir sonraki açılışında geçerli olur.</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Yazım ipuçları</translation>
    </message>
    <message>
        <source>Switch them off where your school teaches other ways of forming the digits. What the check finds is kept for the progress view either way.</source>
        <translation>Okulunuz rakamların yazılışını başka biçimlerde öğretiyorsa ipuçlarını kapatın. Denetimin bulduğu sonuçlar her iki durumda da ilerleme görünümü için saklanır.</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>İlerleme veritabanı</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own file. A school can keep one PostgreSQL server for all its classroom computers: postgresql://user@server/digit_tutor. Its password is not saved: give it once each time the app starts.</source>
        <translation>Boş: bu bilgisayarın kendi dosyası. Bir okul, tüm sınıf bilgisayarları için tek bir PostgreSQL sunucusu kullanabilir: postgresql://user@server/digit_tutor. Sunucunun parolası kaydedilmez: uygulama her açıldığında parolayı bir kez girin.</translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>bu bilgisayarın kendi dosyası</translation>
    </message>
    <message>
        <source>The server&apos;s password</source>
        <translation>Sunucunun parolası</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>yalnızca sunucu isterse</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same one twice.</source>
        <translation>İki PIN birbirinden farklı; aynısını iki kez yazın.</translation>
    </message>
    <message>
        <source>The PIN is set: the teacher area now asks for it.</source>
        <translation>PIN belirlendi: öğretmen alanı artık bunu soracak.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Teacher Area</source>
        <translation>Öğretmen Alanı</translation>
    </message>
    <message>
        <source>The teacher&apos;s PIN or password:</source>
        <translation>Öğretmenin PIN&apos;i ya da parolası:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN ya da parola</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>Çok fazla yanlış PIN girildi.</translation>
    </message>
    <message>
        <source>That is not the teacher&apos;s PIN.</source>
        <translation>Bu, öğretmenin PIN&apos;i değil.</translation>
    </message>
    <message>
        <source>%1 Try again in %2 s.</source>
        <translation>%1 %2 saniye sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Yeniden deneyin.</translation>
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
        <translation>Model yüklenemiyor</translation>
    </message>
    <message>
        <source>The bundled model is used instead.</source>
        <translation>Bunun yerine paketle gelen model kullanılıyor.</translation>
    </message>
    <message>
        <source>Progress is kept as files, not in the database: %1</source>
        <translation>İlerleme veritabanında değil, dosya olarak saklanıyor: %1</translation>
    </message>
    <message>
        <source>Practise writing the digits 0-9.</source>
        <translation>0-9 arası rakamları yazma alıştırması.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Komut satırı seçenekleri hakkında yardım gösterir.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Sürüm bilgisini gösterir.</translation>
    </message>
    <message>
        <source>Digit model file (.dtm) to use; without it the bundled default model.</source>
        <translation>Kullanılacak rakam modeli dosyası (.dtm); verilmezse paketle gelen varsayılan model kullanılır.</translation>
    </message>
    <message>
        <source>Ways-of-writing file (.ways) for &quot;Show me&quot; and the formation hints; without it the bundled one.</source>
        <translation>&quot;Göster&quot; ve yazım ipuçları için yazılış biçimleri dosyası (.ways); verilmezse paketle gelen dosya kullanılır.</translation>
    </message>
    <message>
        <source>Progress database: an SQLite file or postgresql://user@host/dbname; without it the teacher&apos;s setting, else the user&apos;s own file.</source>
        <translation>İlerleme veritabanı: bir SQLite dosyası ya da postgresql://user@host/dbname; verilmezse öğretmenin ayarı, o da yoksa kullanıcının kendi dosyası kullanılır.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are passed on to Qt.
</source>
        <translation>Qt&apos;nin kendi seçenekleri (-platform NAME ve -style NAME gibi) Qt&apos;ye iletilir.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>bilinmeyen seçenek &apos;%1&apos;; &apos;digit-tutor --help&apos; komutuna bakın.</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value.</source>
        <translation>&apos;%1&apos; seçeneği bir değer gerektirir.</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>bir model dosyası</translation>
    </message>
    <message>
        <source>a ways-of-writing file</source>
        <translation>bir yazılış biçimleri dosyası</translation>
    </message>
    <message>
        <source>a file or a postgresql:// URL</source>
        <translation>bir dosya ya da postgresql:// URL&apos;si</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value (%2).</source>
        <translation>&apos;%1&apos; seçeneği bir değer gerektirir (%2).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>beklenmeyen argüman &apos;%1&apos;; &apos;digit-tutor --help&apos; komutuna bakın.</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.

%2</source>
        <translation>%1 modeli yüklenemedi.

%2</translation>
    </message>
</context>
</TS>
