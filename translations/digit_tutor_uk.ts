<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AttemptArchive</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>«%1» не є цілим числом від %2 до %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» не є числом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text of at most %2 characters</source>
        <translation>«%1» не є текстом довжиною не більше %2 символів</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«%1» не є значенням true або false</translation>
    </message>
    <message>
        <source>&quot;key&quot; is empty</source>
        <translation>Поле «key» порожнє</translation>
    </message>
    <message>
        <source>&quot;when&quot; is not a time</source>
        <translation>Поле «when» не є позначкою часу</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the asked digit %1 is not 0-9 (or -1 for free drawing).</source>
        <translation>Не вдалося зберегти спробу: задана цифра %1 не є цифрою від 0 до 9 (або -1 для вільного малювання).</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the folder %1 cannot be created; check that it is writable.</source>
        <translation>Не вдалося зберегти спробу: неможливо створити папку %1; перевірте, чи дозволено запис до неї.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: %2.</source>
        <translation>Не вдалося зберегти спробу в папці %1: %2.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: every name for %2 is taken.</source>
        <translation>Не вдалося зберегти спробу в папці %1: усі імена для %2 вже зайняті.</translation>
    </message>
    <message>
        <source>Cannot save the attempt %1: %2.</source>
        <translation>Не вдалося зберегти спробу %1: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 does not exist.</source>
        <translation>Спроби %1 не існує.</translation>
    </message>
    <message>
        <source>The attempt cannot be read: %1</source>
        <translation>Не вдалося прочитати спробу: %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be read: %2.</source>
        <translation>Не вдалося прочитати спробу %1: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 is not a stroke file: it has %2 bytes, more than any attempt (%3).</source>
        <translation>Спроба %1 не є файлом штрихів: її розмір (байтів: %2) більший, ніж у будь-якої спроби (%3).</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has no format</source>
        <translation>у її полі «attempt» не вказано формат</translation>
    </message>
    <message>
        <source>it was kept by a newer Digit Tutor (format %1; this one reads up to %2)</source>
        <translation>її збережено новішою версією Digit Tutor (формат %1; ця версія читає формати до %2)</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has the unknown format %1</source>
        <translation>її поле «attempt» має невідомий формат %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be removed: %2.</source>
        <translation>Не вдалося видалити спробу %1: %2.</translation>
    </message>
</context>
<context>
    <name>AttemptHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Учень</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Розпізнано як</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Зірки</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>невідомий час</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 з %2 зірок</translation>
    </message>
    <message>
        <source>facing the other way</source>
        <translation>написано дзеркально</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>не цифра</translation>
    </message>
    <message>
        <source>nothing drawn</source>
        <translation>нічого не намальовано</translation>
    </message>
    <message>
        <source>right</source>
        <translation>правильно</translation>
    </message>
    <message>
        <source>another digit</source>
        <translation>інша цифра</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>вільне малювання</translation>
    </message>
</context>
<context>
    <name>AttemptsDialog</name>
    <message>
        <source>%1 asked, read as %2: %3</source>
        <translation>Задано %1, розпізнано як %2: %3</translation>
    </message>
    <message>
        <source>free drawing, read as %1</source>
        <translation>вільне малювання, розпізнано як %1</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(штрихи не збережено)</translation>
    </message>
    <message>
        <source>Saved Attempts</source>
        <translation>Збережені спроби</translation>
    </message>
    <message>
        <source>Whose attempts</source>
        <translation>Чиї спроби</translation>
    </message>
    <message>
        <source>Attempts in the progress database, newest first</source>
        <translation>Спроби в базі даних прогресу, від найновіших</translation>
    </message>
    <message>
        <source>In the Progress Database</source>
        <translation>У базі даних прогресу</translation>
    </message>
    <message>
        <source>Replay of the chosen attempt</source>
        <translation>Відтворення вибраної спроби</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Про показану спробу</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>&amp;Відтворити ще раз</translation>
    </message>
    <message>
        <source>Play the attempt again</source>
        <translation>Відтворити спробу ще раз</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Зупинити</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Зупинити відтворення</translation>
    </message>
    <message>
        <source>&amp;Twice as fast</source>
        <translation>&amp;Удвічі швидше</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Відтворювати вдвічі швидше</translation>
    </message>
    <message>
        <source>Attempts of %1</source>
        <translation>Спроби дитини: %1</translation>
    </message>
    <message>
        <source>&amp;Whose attempts:</source>
        <translation>&amp;Чиї спроби:</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Усі діти</translation>
    </message>
    <message>
        <source>The progress database is not available, so its attempts cannot be shown: %1</source>
        <translation>База даних прогресу недоступна, тому її спроби не можна показати: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>немає підключеної бази даних.</translation>
    </message>
    <message>
        <source>No attempts yet. Each drawing a child finishes with Done is kept here.</source>
        <translation>Спроб ще немає. Тут зберігається кожен малюнок, який дитина завершує кнопкою «Готово».</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first; older ones come as you scroll down.</source>
        <translation>Спроб: %1, від найновіших; старіші з’являються, коли ви прокручуєте вниз.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first.</source>
        <translation>Спроб: %1, від найновіших.</translation>
    </message>
    <message>
        <source>Choose an attempt to watch it being written.</source>
        <translation>Виберіть спробу, щоб побачити, як її писали.</translation>
    </message>
    <message>
        <source>Waiting for the Database (%1)</source>
        <translation>Чекають на базу даних (%1)</translation>
    </message>
    <message>
        <source>Waiting for the Database</source>
        <translation>Чекають на базу даних</translation>
    </message>
    <message>
        <source>%1, %2: %3; kept as the file %4</source>
        <translation>%1, %2: %3; збережено як файл %4</translation>
    </message>
    <message>
        <source>%1 asked</source>
        <translation>задано %1</translation>
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
        <translation>Намалюй будь-яку цифру</translation>
    </message>
    <message>
        <source>Write an %1</source>
        <translation>Напиши цифру %1</translation>
    </message>
    <message>
        <source>Write a %1</source>
        <translation>Напиши цифру %1</translation>
    </message>
    <message>
        <source>Draw a digit first!</source>
        <translation>Спочатку намалюй цифру!</translation>
    </message>
    <message>
        <source>Draw an %1 first!</source>
        <translation>Спочатку намалюй цифру %1!</translation>
    </message>
    <message>
        <source>Draw a %1 first!</source>
        <translation>Спочатку намалюй цифру %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a digit!</source>
        <translation>Давай напишемо цифру!</translation>
    </message>
    <message>
        <source>Let&apos;s write an %1!</source>
        <translation>Давай напишемо цифру %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a %1!</source>
        <translation>Давай напишемо цифру %1!</translation>
    </message>
    <message>
        <source>That looks like an %1</source>
        <translation>Схоже на цифру %1</translation>
    </message>
    <message>
        <source>That looks like a %1</source>
        <translation>Схоже на цифру %1</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a digit yet</source>
        <translation>Це ще не схоже на цифру</translation>
    </message>
    <message>
        <source>That looks like an %1.</source>
        <translation>Схоже на цифру %1.</translation>
    </message>
    <message>
        <source>That looks like a %1.</source>
        <translation>Схоже на цифру %1.</translation>
    </message>
    <message>
        <source>Your %1 is facing the other way. Let&apos;s turn it round!</source>
        <translation>Твоя цифра %1 дивиться в інший бік. Давай її повернемо!</translation>
    </message>
    <message>
        <source>You can write an %1 all by yourself!</source>
        <translation>Ти вже вмієш писати цифру %1 без допомоги!</translation>
    </message>
    <message>
        <source>You can write a %1 all by yourself!</source>
        <translation>Ти вже вмієш писати цифру %1 без допомоги!</translation>
    </message>
    <message>
        <source>An %1 written like yours</source>
        <translation>Цифра %1, написана як твоя</translation>
    </message>
    <message>
        <source>A %1 written like yours</source>
        <translation>Цифра %1, написана як твоя</translation>
    </message>
    <message>
        <source>Wonderful!</source>
        <translation>Чудово!</translation>
    </message>
    <message>
        <source>Perfect!</source>
        <translation>Ідеально!</translation>
    </message>
    <message>
        <source>Super writing!</source>
        <translation>Як гарно написано!</translation>
    </message>
    <message>
        <source>Brilliant!</source>
        <translation>Блискуче!</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Молодчинка!</translation>
    </message>
    <message>
        <source>Good job!</source>
        <translation>Так тримати!</translation>
    </message>
    <message>
        <source>Nice work!</source>
        <translation>Гарно вийшло!</translation>
    </message>
    <message>
        <source>Great!</source>
        <translation>Здорово!</translation>
    </message>
    <message>
        <source>Good try! Have another go.</source>
        <translation>Гарна спроба! Давай ще раз.</translation>
    </message>
    <message>
        <source>Nearly! Try once more.</source>
        <translation>Майже вийшло! Спробуй ще разок.</translation>
    </message>
    <message>
        <source>Keep going, you can do it!</source>
        <translation>Не здавайся, у тебе вийде!</translation>
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
        <translation>Мова комп’ютера</translation>
    </message>
    <message>
        <source>Language of Class %1</source>
        <translation>Мова класу %1</translation>
    </message>
    <message>
        <source>The children of this class see and hear the app in this language, unless a student has a language of their own.</source>
        <translation>Діти цього класу бачать і чують застосунок цією мовою, якщо в учня немає власної мови.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
</context>
<context>
    <name>ConfidenceMeter</name>
    <message>
        <source>How sure</source>
        <translation>Впевненість</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for.</source>
        <translation>Наскільки програма впевнена, що твій малюнок — це задана цифра.</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>поки не впевнено</translation>
    </message>
    <message>
        <source>a bit sure</source>
        <translation>трохи впевнено</translation>
    </message>
    <message>
        <source>quite sure</source>
        <translation>досить впевнено</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>дуже впевнено</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for: %1.</source>
        <translation>Наскільки програма впевнена, що твій малюнок — це задана цифра: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>Базу даних не вказано.</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid URL.</source>
        <translation>Адреса бази даних %1 не є правильною URL-адресою.</translation>
    </message>
    <message>
        <source>The database address %1 names no database; add it after the host, as in postgresql://host/digit_tutor.</source>
        <translation>В адресі бази даних %1 немає назви бази даних; додайте її після хоста, як у postgresql://host/digit_tutor.</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>Порт у %1 не є числом від 1 до 65535.</translation>
    </message>
    <message>
        <source>The database address %1 is neither a file nor a postgresql:// URL.</source>
        <translation>Адреса бази даних %1 не є ні файлом, ні URL-адресою postgresql://.</translation>
    </message>
    <message>
        <source>The database address %1 names no file.</source>
        <translation>В адресі бази даних %1 немає імені файлу.</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <source>Your drawing on the guide</source>
        <translation>Твій малюнок на зразку</translation>
    </message>
    <message>
        <source>still to add</source>
        <translation>ще треба додати</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>зайве</translation>
    </message>
    <message>
        <source>Blue shows ink still to add: %1% of the guide. Orange shows ink not needed: %2% of the drawing.</source>
        <translation>Синім показано, що ще треба домалювати: %1% зразка. Помаранчевим — зайві лінії: %2% малюнка.</translation>
    </message>
    <message>
        <source>Missing %1% · extra %2%</source>
        <translation>Бракує %1% · зайве %2%</translation>
    </message>
</context>
<context>
    <name>DigitFiguresTable</name>
    <message>
        <source>Digit</source>
        <translation>Цифра</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Спроби</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Успішність</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Зірки</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Динаміка</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Дзеркальні</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Підказки з написання</translation>
    </message>
    <message>
        <source>How often the digit was read as the one asked for</source>
        <translation>Як часто цифру розпізнавали як задану</translation>
    </message>
    <message>
        <source>The average stars, of 3</source>
        <translation>Середня кількість зірок (з 3)</translation>
    </message>
    <message>
        <source>The success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on.</source>
        <translation>Успішність пізнішої половини спроб із цифрою мінус успішність ранішої половини, у відсоткових пунктах; обчислюється, якщо спроб щонайменше %1.</translation>
    </message>
    <message>
        <source>How often the digit was written facing the other way (mirror writing)</source>
        <translation>Як часто цифру писали в інший бік (дзеркально)</translation>
    </message>
    <message>
        <source>How often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Як часто дитині показували, де краще почати, у який бік вести чи в якому порядку писати штрихи.</translation>
    </message>
    <message>
        <source>Figures for each digit</source>
        <translation>Показники для кожної цифри</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>starts elsewhere %1, other way %2, order %3</source>
        <translation>початок: %1, напрямок: %2, порядок: %3</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, треба попрацювати</translation>
    </message>
    <message>
        <source>Needs work: practise this digit next.</source>
        <translation>Треба попрацювати: цю цифру варто потренувати наступною.</translation>
    </message>
    <message>
        <source>%1 of %2 read as asked</source>
        <translation>%1 з %2 розпізнано як задану</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing area</source>
        <translation>Місце для малювання</translation>
    </message>
    <message>
        <source>Draw the digit here with the mouse, a pen or a finger.</source>
        <translation>Малюй цифру тут мишкою, стилусом або пальчиком.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide</source>
        <translation>Зразок</translation>
    </message>
    <message>
        <source>A picture of how the digit is usually written.</source>
        <translation>Картинка: так зазвичай пишуть цю цифру.</translation>
    </message>
</context>
<context>
    <name>KeptAttempts</name>
    <message>
        <source>%1; and %2</source>
        <translation>%1; а також %2</translation>
    </message>
</context>
<context>
    <name>KeptFilesPanel</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Учень</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Очікує</translation>
    </message>
    <message>
        <source>Attempts waiting to go into the progress database, newest first</source>
        <translation>Спроби, що чекають на запис до бази даних прогресу, від найновіших</translation>
    </message>
    <message>
        <source>&amp;Put Them into the Progress Database</source>
        <translation>&amp;Записати їх до бази даних прогресу</translation>
    </message>
    <message>
        <source>Store the attempts kept here in the progress database, each once, for its own child</source>
        <translation>Записати збережені тут спроби до бази даних прогресу, кожну один раз і для її власної дитини</translation>
    </message>
    <message>
        <source>What putting the attempts into the database did</source>
        <translation>Результат запису спроб до бази даних</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>вільне малювання</translation>
    </message>
    <message>
        <source>waiting to go into the progress database</source>
        <translation>чекає на запис до бази даних прогресу</translation>
    </message>
    <message>
        <source>strokes only: replayed here, never stored</source>
        <translation>лише штрихи: відтворюється тут, не записується</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не вдалося прочитати: %1</translation>
    </message>
    <message>
        <source>These attempts could not go into the progress database when they were made (it was not available), so they were kept whole as files on this computer. They are waiting to go into the progress database: nothing is lost. They go in by themselves once it works again, or now with the button below.</source>
        <translation>Ці спроби не вдалося записати до бази даних прогресу, коли їх було зроблено (вона була недоступна), тому їх повністю збережено як файли на цьому комп’ютері. Вони чекають на запис до бази даних прогресу: нічого не втрачено. Їх буде записано автоматично, щойно база знову запрацює, або зараз — кнопкою нижче.</translation>
    </message>
    <message>
        <source>No attempts are waiting: every attempt is in the progress database.</source>
        <translation>Немає спроб, що чекають: усі спроби вже в базі даних прогресу.</translation>
    </message>
    <message>
        <source>No attempts are waiting to go into the progress database.</source>
        <translation>Немає спроб, що чекають на запис до бази даних прогресу.</translation>
    </message>
    <message>
        <source>Files of strokes only (kept by an older Digit Tutor, or damaged) can be replayed here; they never go into the database.</source>
        <translation>Файли лише зі штрихами (збережені старішою версією Digit Tutor або пошкоджені) можна відтворити тут; до бази даних вони ніколи не потрапляють.</translation>
    </message>
    <message>
        <source>The progress database is still not available, so the attempts stay here, safe: %1</source>
        <translation>База даних прогресу досі недоступна, тому спроби залишаються тут, у безпеці: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>немає підключеної бази даних.</translation>
    </message>
    <message>
        <source>Attempts that went into the progress database: %1.</source>
        <translation>Спроби, записані до бази даних прогресу: %1.</translation>
    </message>
    <message>
        <source>The others stay here for now: %1</source>
        <translation>Решта поки залишається тут: %1</translation>
    </message>
    <message>
        <source>No attempt was waiting.</source>
        <translation>Жодна спроба не чекала на запис.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Left-handed</source>
        <translation>&amp;Лівша</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;На весь екран</translation>
    </message>
    <message>
        <source>Teacher &amp;Area...</source>
        <translation>&amp;Розділ учителя...</translation>
    </message>
    <message>
        <source>Change &amp;Student...</source>
        <translation>Змінити &amp;учня...</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Хто пише</translation>
    </message>
    <message>
        <source>Choose who is writing</source>
        <translation>Вибери, хто пише</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Teacher area</source>
        <translation>Розділ учителя</translation>
    </message>
    <message>
        <source>Students, progress, reports and settings, for grown-ups</source>
        <translation>Учні, прогрес, звіти й налаштування — для дорослих</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вихід</translation>
    </message>
    <message>
        <source>Hold for two seconds to leave Digit Tutor</source>
        <translation>Утримуй дві секунди, щоб вийти з Digit Tutor</translation>
    </message>
    <message>
        <source>The database was not changed. %1</source>
        <translation>Базу даних не змінено. %1</translation>
    </message>
    <message>
        <source>Progress is now kept in %1.</source>
        <translation>Тепер прогрес зберігається тут: %1.</translation>
    </message>
    <message>
        <source>&quot;Show me&quot; is not available: %1</source>
        <translation>Функція «Покажи» недоступна: %1</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>Не вдалося завантажити модель</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; the current model is kept.

%2</source>
        <translation>Не вдалося завантажити модель %1; залишено поточну модель.

%2</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>База даних прогресу</translation>
    </message>
    <message>
        <source>model</source>
        <translation>модель</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, створено %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan could not be read; they start afresh: %2</source>
        <translation>%1: не вдалося прочитати план вправ, тренування почнеться заново: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan is damaged; they start afresh: %2</source>
        <translation>%1: план вправ пошкоджено, тренування почнеться заново: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan was not saved: %2</source>
        <translation>%1: план вправ не збережено: %2</translation>
    </message>
    <message>
        <source>This attempt was not saved: %1</source>
        <translation>Цю спробу не збережено: %1</translation>
    </message>
    <message>
        <source>This attempt was kept as a file, not in the progress database: %1</source>
        <translation>Цю спробу збережено як файл, а не в базі даних прогресу: %1</translation>
    </message>
    <message>
        <source>Attempts kept as files stay there for now: %1</source>
        <translation>Спроби, збережені як файли, поки залишаються там: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) kept as files are of students deleted for good (%1): they stay as files and are not stored. The teacher area&apos;s Saved Attempts shows them.</source>
        <translation>
            <numerusform>%n спроба, збережена як файл, належить учням, видаленим назавжди (%1): вона залишається файлом і не записується до бази даних. Її показано в розділі вчителя, у «Збережених спробах».</numerusform>
            <numerusform>%n спроби, збережені як файли, належать учням, видаленим назавжди (%1): вони залишаються файлами й не записуються до бази даних. Їх показано в розділі вчителя, у «Збережених спробах».</numerusform>
            <numerusform>%n спроб, збережених як файли, належать учням, видаленим назавжди (%1): вони залишаються файлами й не записуються до бази даних. Їх показано в розділі вчителя, у «Збережених спробах».</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1, of which %2 of archived students, who stay archived.</source>
        <translation>Спроби, збережені як файли, записано до бази даних прогресу: %1, з них %2 — архівованих учнів, які залишаються в архіві.</translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1.</source>
        <translation>Спроби, збережені як файли, записано до бази даних прогресу: %1.</translation>
    </message>
</context>
<context>
    <name>ModelDescription</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 і %2</translation>
    </message>
    <message>
        <source>What it learnt from is not recorded in the file.</source>
        <translation>На чому навчено модель, у файлі не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handwritten digit(s) of MNIST</source>
        <translation>
            <numerusform>%Ln рукописна цифра з MNIST</numerusform>
            <numerusform>%Ln рукописні цифри з MNIST</numerusform>
            <numerusform>%Ln рукописних цифр з MNIST</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s) of a class&apos;s own digits</source>
        <translation>
            <numerusform>%Ln зображення власних цифр класу</numerusform>
            <numerusform>%Ln зображення власних цифр класу</numerusform>
            <numerusform>%Ln зображень власних цифр класу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s) drawn with a pen</source>
        <translation>
            <numerusform>%Ln цифра, намальована стилусом</numerusform>
            <numerusform>%Ln цифри, намальовані стилусом</numerusform>
            <numerusform>%Ln цифр, намальованих стилусом</numerusform>
        </translation>
    </message>
    <message>
        <source>Learnt from: %1.</source>
        <translation>Дані для навчання: %1.</translation>
    </message>
    <message>
        <source>Learnt from %1.</source>
        <translation>Навчено на таких даних: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each drawn digit was also learnt in %n distorted version(s), as a child&apos;s hand might have drawn it.</source>
        <translation>
            <numerusform>Кожну намальовану цифру також вивчено в %n спотвореному варіанті — так, як її могла б намалювати дитяча рука.</numerusform>
            <numerusform>Кожну намальовану цифру також вивчено в %n спотворених варіантах — так, як її могла б намалювати дитяча рука.</numerusform>
            <numerusform>Кожну намальовану цифру також вивчено в %n спотворених варіантах — так, як її могла б намалювати дитяча рука.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learnt what is not a digit from %Ln doodle(s).</source>
        <translation>
            <numerusform>Розрізняти те, що не є цифрою, модель навчилася на %Ln каракулі.</numerusform>
            <numerusform>Розрізняти те, що не є цифрою, модель навчилася на %Ln каракулях.</numerusform>
            <numerusform>Розрізняти те, що не є цифрою, модель навчилася на %Ln каракулях.</numerusform>
        </translation>
    </message>
    <message>
        <source>How well it reads digits drawn on the screen is measured apart: the bundled model&apos;s figures are in models/README.md, and digit-tutor-cli evaluate measures any model.</source>
        <translation>Наскільки добре модель розпізнає цифри, намальовані на екрані, вимірюють окремо: показники вбудованої моделі наведено в models/README.md, а команда digit-tutor-cli evaluate вимірює будь-яку модель.</translation>
    </message>
    <message>
        <source>How well it reads is not recorded in the file.</source>
        <translation>Якість розпізнавання у файлі не записано.</translation>
    </message>
    <message numerus="yes">
        <source>It reads %1 of the MNIST test set right: %Ln handwritten digit(s) it never saw while learning.</source>
        <translation>
            <numerusform>Модель правильно розпізнає %1 тестового набору MNIST: %Ln рукописна цифра, якої вона не бачила під час навчання.</numerusform>
            <numerusform>Модель правильно розпізнає %1 тестового набору MNIST: %Ln рукописні цифри, яких вона не бачила під час навчання.</numerusform>
            <numerusform>Модель правильно розпізнає %1 тестового набору MNIST: %Ln рукописних цифр, яких вона не бачила під час навчання.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reads %1 of the MNIST test set right.</source>
        <translation>Модель правильно розпізнає %1 тестового набору MNIST.</translation>
    </message>
    <message>
        <source>When it was made is not recorded in the file.</source>
        <translation>Коли створено модель, у файлі не записано.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Створено: %1.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Створено %1.</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from images</source>
        <translation>Способи написання кожної цифри, вивчені із зображень</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from drawings</source>
        <translation>Способи написання кожної цифри, вивчені з малюнків</translation>
    </message>
    <message>
        <source>Weight of the ways learnt from drawings</source>
        <translation>Вага способів, вивчених із малюнків</translation>
    </message>
    <message>
        <source>Covariance regularisation</source>
        <translation>Регуляризація коваріації</translation>
    </message>
    <message>
        <source>Slanted digits straightened</source>
        <translation>Вирівнювання нахилених цифр</translation>
    </message>
    <message>
        <source>HOG: orientations / cell pixels / block cells</source>
        <translation>HOG: орієнтації / пікселі в клітинці / клітинки в блоці</translation>
    </message>
    <message>
        <source>Fitting tolerance</source>
        <translation>Допуск підгонки</translation>
    </message>
    <message>
        <source>Fitting rounds at most</source>
        <translation>Найбільша кількість ітерацій підгонки</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Зерно генератора випадкових чисел</translation>
    </message>
    <message>
        <source>Not a digit below this percentile of the training scores</source>
        <translation>Не цифра, якщо нижче цього процентиля оцінок на навчальних даних</translation>
    </message>
    <message>
        <source>Distorted copies of each MNIST digit</source>
        <translation>Спотворені копії кожної цифри MNIST</translation>
    </message>
    <message>
        <source>Arithmetic while fitting</source>
        <translation>Арифметика під час підгонки</translation>
    </message>
    <message>
        <source>Order the features are scored in</source>
        <translation>Порядок оцінювання ознак</translation>
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
        <translation>%1 (усього %2)</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>Вбудована модель за замовчуванням</translation>
    </message>
    <message>
        <source>The model file %1</source>
        <translation>Файл моделі %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>models/default.dtm, built into the app</source>
        <translation>models/default.dtm, вбудований у програму</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Формат файлу</translation>
    </message>
    <message>
        <source>Ways of writing each digit (components)</source>
        <translation>Способи написання кожної цифри (компоненти)</translation>
    </message>
    <message>
        <source>Times each drawn digit counts</source>
        <translation>Скільки разів враховується кожна намальована цифра</translation>
    </message>
    <message>
        <source>Distorted versions of each drawn digit</source>
        <translation>Спотворені варіанти кожної намальованої цифри</translation>
    </message>
    <message>
        <source>Drawings, %1</source>
        <translation>Малюнки, %1</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Малюнки</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Перевірено на</translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation>Час навчання</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Створено програмою</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Which model is in use</source>
        <translation>Яка модель використовується</translation>
    </message>
    <message>
        <source>What the model learnt from</source>
        <translation>На чому навчено модель</translation>
    </message>
    <message>
        <source>How well the model reads</source>
        <translation>Наскільки добре модель розпізнає</translation>
    </message>
    <message>
        <source>When the model was made</source>
        <translation>Коли створено модель</translation>
    </message>
    <message>
        <source>Load Model File...</source>
        <translation>Завантажити файл моделі...</translation>
    </message>
    <message>
        <source>Use the Bundled Default</source>
        <translation>Використовувати вбудовану модель</translation>
    </message>
    <message>
        <source>What it learnt from</source>
        <translation>На чому навчено</translation>
    </message>
    <message>
        <source>How well it reads</source>
        <translation>Якість розпізнавання</translation>
    </message>
    <message>
        <source>When it was made</source>
        <translation>Коли створено</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробиці</translation>
    </message>
    <message>
        <source>Show the model&apos;s technical settings</source>
        <translation>Показати технічні параметри моделі</translation>
    </message>
    <message>
        <source>The model&apos;s technical settings</source>
        <translation>Технічні параметри моделі</translation>
    </message>
    <message>
        <source>A model file (.dtm) is made by digit-tutor-cli train, for example on MNIST with your own class&apos;s digits added. A file that is not a valid model is refused and the current model stays.</source>
        <translation>Файл моделі (.dtm) створюють командою digit-tutor-cli train, наприклад на основі MNIST із доданими цифрами вашого класу. Файл, який не є коректною моделлю, буде відхилено, і залишиться поточна модель.</translation>
    </message>
    <message>
        <source>Load Model</source>
        <translation>Завантажити модель</translation>
    </message>
    <message>
        <source>Digit models (*.dtm);;All files (*)</source>
        <translation>Моделі цифр (*.dtm);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Вправа</translation>
    </message>
    <message>
        <source>Practice mode: write the asked digit</source>
        <translation>Вправа: напиши цифру, яку я скажу</translation>
    </message>
    <message>
        <source>Write the digit I ask for</source>
        <translation>Напиши цифру, яку я скажу</translation>
    </message>
    <message>
        <source>Free drawing</source>
        <translation>Малювання</translation>
    </message>
    <message>
        <source>Free drawing mode: draw any digit</source>
        <translation>Вільне малювання: намалюй будь-яку цифру</translation>
    </message>
    <message>
        <source>Draw any digit and I will say which</source>
        <translation>Намалюй будь-яку цифру, а я скажу, яка це</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Обведи</translation>
    </message>
    <message>
        <source>Trace over the guide</source>
        <translation>Обведи зразок</translation>
    </message>
    <message>
        <source>Show the guide under your drawing to trace over</source>
        <translation>Покажи зразок під малюнком, щоб обвести його</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <source>Say the digit to write again</source>
        <translation>Повтори, яку цифру писати</translation>
    </message>
    <message>
        <source>Hear the question again</source>
        <translation>Послухай завдання ще раз</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Покажи</translation>
    </message>
    <message>
        <source>Show me how to write it</source>
        <translation>Покажи, як її писати</translation>
    </message>
    <message>
        <source>Watch the digit being written, stroke by stroke</source>
        <translation>Подивись, як пишеться цифра, лінія за лінією</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Прибери останню лінію</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>Зітри останню лінію</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Зітри</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Зітри малюнок</translation>
    </message>
    <message>
        <source>Start the drawing again</source>
        <translation>Почни малювати заново</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>I am done</source>
        <translation>Усе, готово</translation>
    </message>
    <message>
        <source>See how well it went</source>
        <translation>Подивись, як вийшло</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Next digit</source>
        <translation>Наступна цифра</translation>
    </message>
    <message>
        <source>Write another digit</source>
        <translation>Напиши іншу цифру</translation>
    </message>
    <message>
        <source>Which digit to write</source>
        <translation>Яку цифру писати</translation>
    </message>
    <message>
        <source>What the drawing looks like</source>
        <translation>На що схожий малюнок</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Похвала</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
</context>
<context>
    <name>ProgressAttemptsPanel</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Учень</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Розпізнано як</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Зірки</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Підказка</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation>Спроби, від найновіших</translation>
    </message>
    <message>
        <source>The chosen attempt, as the child drew it</source>
        <translation>Вибрана спроба, як її намалювала дитина</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Про показану спробу</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Відтворити</translation>
    </message>
    <message>
        <source>Replay the attempt in the timing it was drawn</source>
        <translation>Відтворити спробу в тому темпі, у якому її малювали</translation>
    </message>
    <message>
        <source>Watch the attempt being drawn again, stroke by stroke</source>
        <translation>Переглянути, як малювали спробу, штрих за штрихом</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Зупинити</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Зупинити відтворення</translation>
    </message>
    <message>
        <source>T&amp;wice as fast</source>
        <translation>&amp;Удвічі швидше</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Відтворювати вдвічі швидше</translation>
    </message>
    <message>
        <source>starts elsewhere</source>
        <translation>інший початок</translation>
    </message>
    <message>
        <source>other way round</source>
        <translation>інший напрямок</translation>
    </message>
    <message>
        <source>stroke order</source>
        <translation>порядок штрихів</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>вільне малювання</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>дзеркально</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>не цифра</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нічого</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>невідомий час</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 з %2 зірок</translation>
    </message>
    <message>
        <source>free drawing, written facing the other way</source>
        <translation>вільне малювання, написано дзеркально</translation>
    </message>
    <message>
        <source>%1 asked, written facing the other way</source>
        <translation>задано %1, написано дзеркально</translation>
    </message>
    <message>
        <source>%1 asked, not read as a digit</source>
        <translation>задано %1, не розпізнано як цифру</translation>
    </message>
    <message>
        <source>%1 asked, nothing drawn</source>
        <translation>задано %1, нічого не намальовано</translation>
    </message>
    <message>
        <source>%1 asked, read as %2</source>
        <translation>задано %1, розпізнано як %2</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>; hint: %1</source>
        <translation>; підказка: %1</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>У цей період спроб немає.</translation>
    </message>
    <message>
        <source>Choose an attempt to see how it was drawn.</source>
        <translation>Виберіть спробу, щоб побачити, як її намалювали.</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(штрихи не збережено)</translation>
    </message>
</context>
<context>
    <name>ProgressChartView</name>
    <message>
        <source>All digits</source>
        <translation>Усі цифри</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Цифра %1</translation>
    </message>
    <message>
        <source>Which digit&apos;s progress the chart shows</source>
        <translation>Прогрес якої цифри показує діаграма</translation>
    </message>
    <message>
        <source>Chart &amp;for:</source>
        <translation>&amp;Діаграма для:</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Прогрес з часом</translation>
    </message>
</context>
<context>
    <name>ProgressOverview</name>
    <message>
        <source>Whose progress is shown</source>
        <translation>Чий прогрес показано</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Digits that need work</source>
        <translation>Цифри, над якими треба попрацювати</translation>
    </message>
    <message>
        <source>Formation hints to practise</source>
        <translation>Що потренувати в написанні</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>У цей період спроб немає.</translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation>Учнів: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 (free drawing: %2)</source>
        <translation>Спроб: %1 (вільне малювання: %2)</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Спроб: %1</translation>
    </message>
    <message>
        <source>read as asked: %1 of %2 (%3)</source>
        <translation>розпізнано як задану: %1 з %2 (%3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>з %1 по %2</translation>
    </message>
    <message>
        <source>Needs work: %1.</source>
        <translation>Треба попрацювати: %1.</translation>
    </message>
    <message>
        <source>Not tried yet: %1.</source>
        <translation>Ще не пробували: %1.</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Кожну цифру розпізнано як задану щонайменше в %1 випадків: чудовий результат.</translation>
    </message>
    <message>
        <source>starts elsewhere %1</source>
        <translation>інший початок: %1</translation>
    </message>
    <message>
        <source>other way round %1</source>
        <translation>інший напрямок: %1</translation>
    </message>
    <message>
        <source>stroke order %1</source>
        <translation>порядок штрихів: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formation to practise: %1</source>
        <translation>Що потренувати в написанні: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>її неможливо прочитати (%1)</translation>
    </message>
    <message>
        <source>the file is not an SQLite database (its %1 bytes do not start as one)</source>
        <translation>файл не є базою даних SQLite (байтів у файлі: %1, але їхній початок не такий, як у бази даних SQLite)</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>у файл неможливо записати (%1)</translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal there (%1)</source>
        <translation>у її папку неможливо записати, а SQLite зберігає там свій журнал (%1)</translation>
    </message>
    <message>
        <source>There is already a student named %1, archived: restore them under Students, or choose another name.</source>
        <translation>Учень з іменем %1 уже є, він в архіві: відновіть його в розділі «Учні» або виберіть інше ім’я.</translation>
    </message>
    <message>
        <source>There is already a student named %1.</source>
        <translation>Учень з іменем %1 уже існує.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: Qt&apos;s %2 driver is not installed (Debian package %3).</source>
        <translation>Не вдалося відкрити базу даних прогресу %1: драйвер Qt %2 не встановлено (пакет Debian %3).</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: its folder cannot be created.</source>
        <translation>Не вдалося відкрити базу даних прогресу %1: неможливо створити її папку.</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be used: %2. It was left as it is; choose another file, or move this one away to start a new database.</source>
        <translation>Базу даних прогресу %1 неможливо використати: %2. Її залишено без змін; виберіть інший файл або перемістіть цей, щоб почати нову базу даних.</translation>
    </message>
    <message>
        <source>The progress database %1 is read-only: %2. It was left as it is; attempts are kept as files until it can be written.</source>
        <translation>База даних прогресу %1 доступна лише для читання: %2. Її залишено без змін; спроби зберігатимуться як файли, доки в неї не можна буде записувати.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2</source>
        <translation>Не вдалося відкрити базу даних прогресу %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2</source>
        <translation>Не вдалося підготувати базу даних прогресу %1: %2</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged or is not a database (%2); it was left as it is.</source>
        <translation>База даних прогресу %1 пошкоджена або не є базою даних (%2); її залишено без змін.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2.</source>
        <translation>Не вдалося відкрити базу даних прогресу %1: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2.</source>
        <translation>Не вдалося підготувати базу даних прогресу %1: %2.</translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation>неможливо прочитати версію її схеми</translation>
    </message>
    <message>
        <source>The database %1 is not a Digit Tutor progress database (it has other tables); it was left as it is.</source>
        <translation>База даних %1 не є базою даних прогресу Digit Tutor (у ній є інші таблиці); її залишено без змін.</translation>
    </message>
    <message>
        <source>The progress database %1 was made by a newer Digit Tutor (schema %2; this one knows up to %3); it was left as it is.</source>
        <translation>Базу даних прогресу %1 створено новішою версією Digit Tutor (схема %2; ця версія знає схеми до %3); її залишено без змін.</translation>
    </message>
    <message>
        <source>step %1 of the schema failed: %2</source>
        <translation>не вдався крок %1 схеми: %2</translation>
    </message>
    <message>
        <source>%1 (progress database %2): %3</source>
        <translation>%1 (база даних прогресу %2): %3</translation>
    </message>
    <message>
        <source>Cannot read the students</source>
        <translation>Не вдалося прочитати список учнів</translation>
    </message>
    <message>
        <source>Cannot read a student</source>
        <translation>Не вдалося прочитати дані учня</translation>
    </message>
    <message>
        <source>There is no student number %1.</source>
        <translation>Немає учня з номером %1.</translation>
    </message>
    <message>
        <source>There is no student named %1.</source>
        <translation>Немає учня з іменем %1.</translation>
    </message>
    <message>
        <source>Cannot add the Guest student</source>
        <translation>Не вдалося додати учня «Гість»</translation>
    </message>
    <message>
        <source>A student&apos;s name must have 1 to %1 characters.</source>
        <translation>Ім’я учня має містити від 1 до %1 символів.</translation>
    </message>
    <message>
        <source>Cannot add the student %1</source>
        <translation>Не вдалося додати учня %1</translation>
    </message>
    <message>
        <source>Guest keeps its name: it is the student of attempts made without choosing one.</source>
        <translation>«Гість» зберігає своє ім’я: це учень, до якого належать спроби, зроблені без вибору учня.</translation>
    </message>
    <message>
        <source>Cannot change the student %1</source>
        <translation>Не вдалося змінити учня %1</translation>
    </message>
    <message>
        <source>An attempt with asked digit %1, recognised digit %2 and %3 stars cannot be stored.</source>
        <translation>Спробу (задана цифра %1, розпізнана цифра %2, зірок: %3) неможливо зберегти.</translation>
    </message>
    <message>
        <source>Cannot store the attempt</source>
        <translation>Не вдалося зберегти спробу</translation>
    </message>
    <message>
        <source>Cannot count the attempts</source>
        <translation>Не вдалося підрахувати спроби</translation>
    </message>
    <message>
        <source>Cannot read the classes</source>
        <translation>Не вдалося прочитати класи</translation>
    </message>
    <message>
        <source>Cannot read a setting</source>
        <translation>Не вдалося прочитати налаштування</translation>
    </message>
    <message>
        <source>Cannot save a setting</source>
        <translation>Не вдалося зберегти налаштування</translation>
    </message>
    <message>
        <source>A page of %1 attempts cannot be read: a page holds 1 to %2.</source>
        <translation>Неможливо прочитати сторінку спроб розміром %1: сторінка містить від 1 до %2 спроб.</translation>
    </message>
    <message>
        <source>Cannot read the saved attempts</source>
        <translation>Не вдалося прочитати збережені спроби</translation>
    </message>
    <message>
        <source>Cannot read an attempt</source>
        <translation>Не вдалося прочитати спробу</translation>
    </message>
    <message>
        <source>There is no attempt number %1 in the progress database %2; it may have been removed with its student.</source>
        <translation>У базі даних прогресу %2 немає спроби з номером %1; можливо, її видалено разом з учнем.</translation>
    </message>
    <message>
        <source>Cannot read a practice plan</source>
        <translation>Не вдалося прочитати план вправ</translation>
    </message>
    <message>
        <source>A practice plan of %1 bytes cannot be stored: the most is %2.</source>
        <translation>План вправ неможливо зберегти: його розмір (байтів: %1) перевищує максимум (%2).</translation>
    </message>
    <message>
        <source>Cannot save the practice plan of student number %1</source>
        <translation>Не вдалося зберегти план вправ учня з номером %1</translation>
    </message>
    <message>
        <source>Cannot read the attempts</source>
        <translation>Не вдалося прочитати спроби</translation>
    </message>
    <message>
        <source>Guest cannot be removed: it is the student of attempts made without choosing one.</source>
        <translation>«Гостя» неможливо видалити: це учень, до якого належать спроби, зроблені без вибору учня.</translation>
    </message>
    <message>
        <source>Cannot archive the student %1</source>
        <translation>Не вдалося архівувати учня %1</translation>
    </message>
    <message>
        <source>Cannot restore the student %1</source>
        <translation>Не вдалося відновити учня %1</translation>
    </message>
    <message>
        <source>%1 is in the lists: only an archived student can be deleted for good.</source>
        <translation>%1 є у списках: назавжди можна видалити лише архівованого учня.</translation>
    </message>
    <message>
        <source>Cannot delete the student %1</source>
        <translation>Не вдалося видалити учня %1</translation>
    </message>
    <message>
        <source>Cannot read the students deleted for good</source>
        <translation>Не вдалося прочитати учнів, видалених назавжди</translation>
    </message>
    <message>
        <source>it is busy, locked by another program or window writing to it; try again in a moment</source>
        <translation>вона зайнята: її заблокувала інша програма чи вікно, що записує в неї; спробуйте ще раз за мить</translation>
    </message>
    <message>
        <source>it is read-only (check the permissions of the file and its folder)</source>
        <translation>вона доступна лише для читання (перевірте права доступу до файлу та його папки)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заповнено</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2.</source>
        <translation>База даних прогресу %1 пошкоджена: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 could not be checked: %2.</source>
        <translation>Не вдалося перевірити базу даних прогресу %1: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2. Reports may leave attempts out. Keep a copy of the file and have it repaired (the sqlite3 tool&apos;s .recover command rescues what can be read).</source>
        <translation>База даних прогресу %1 пошкоджена: %2. У звітах можуть бути пропущені спроби. Збережіть копію файлу й відновіть його (команда .recover інструмента sqlite3 рятує все, що вдається прочитати).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the app knows.</source>
        <translation>«%1» — не мова, яку знає застосунок.</translation>
    </message>
    <message>
        <source>Cannot read the language of the class %1</source>
        <translation>Не вдалося прочитати мову класу %1</translation>
    </message>
    <message>
        <source>Only a class or group has a language of its own; this student has none.</source>
        <translation>Власну мову має лише клас або група; цей учень не належить до жодного.</translation>
    </message>
    <message>
        <source>Cannot set the language of the class %1</source>
        <translation>Не вдалося встановити мову класу %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гість</translation>
    </message>
    <message>
        <source>Cannot read the languages of the students</source>
        <translation>Не вдалося прочитати мови учнів</translation>
    </message>
</context>
<context>
    <name>ProgressSubjectChooser</name>
    <message>
        <source>Whose progress to show: a student or a class</source>
        <translation>Чий прогрес показати: учня чи класу</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Клас %1</translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <translation>%1, клас %2</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Why there is no progress to show</source>
        <translation>Чому немає прогресу для показу</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>Прочитати &amp;знову</translation>
    </message>
    <message>
        <source>Read the progress store again</source>
        <translation>Ще раз прочитати сховище прогресу</translation>
    </message>
    <message>
        <source>&amp;Progress of:</source>
        <translation>&amp;Чий прогрес:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Увесь час</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Вибрані дати</translation>
    </message>
    <message>
        <source>Which period to show</source>
        <translation>Який період показати</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Перший день періоду</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Останній день періоду</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>E&amp;xport report...</source>
        <translation>&amp;Експортувати звіт...</translation>
    </message>
    <message>
        <source>Export a progress report of what is shown</source>
        <translation>Експортувати звіт про прогрес із показаними даними</translation>
    </message>
    <message>
        <source>Save the figures shown as a PDF to print, a CSV for a spreadsheet or an HTML page</source>
        <translation>Зберегти показані дані як PDF для друку, CSV для електронної таблиці або HTML-сторінку</translation>
    </message>
    <message>
        <source>The report last saved</source>
        <translation>Останній збережений звіт</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>&amp;Цифри</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>&amp;Учні</translation>
    </message>
    <message>
        <source>The progress cannot be read. %1</source>
        <translation>Не вдалося прочитати прогрес. %1</translation>
    </message>
    <message>
        <source>There is no progress to show: no progress store is open. Once the app has a place to keep the children&apos;s attempts, each student&apos;s progress appears here.</source>
        <translation>Немає прогресу для показу: сховище прогресу не відкрито. Щойно програма матиме місце для збереження спроб дітей, тут з’явиться прогрес кожного учня.</translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation>Учнів ще немає</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Клас %1</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (клас %2)</translation>
    </message>
    <message>
        <source>There is no progress store to make a report from.</source>
        <translation>Немає сховища прогресу, з якого можна створити звіт.</translation>
    </message>
    <message>
        <source>Choose a student or a class to report on.</source>
        <translation>Виберіть учня або клас для звіту.</translation>
    </message>
    <message>
        <source>The report&apos;s file name must end in .pdf, .csv or .html; &quot;%1&quot; does not.</source>
        <translation>Ім’я файлу звіту має закінчуватися на .pdf, .csv або .html; «%1» не відповідає цій умові.</translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation>Прогрес %1 %2</translation>
    </message>
    <message>
        <source>Writing the report %1...</source>
        <translation>Створення звіту %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Експорт звіту про прогрес</translation>
    </message>
    <message>
        <source>How far the report is</source>
        <translation>Хід створення звіту</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Не вдалося записати звіт: %1</translation>
    </message>
</context>
<context>
    <name>ReportFileChooser</name>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF, для друку (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (*.csv)</source>
        <translation>CSV, для електронної таблиці (*.csv)</translation>
    </message>
    <message>
        <source>HTML, for a browser or an e-mail (*.html *.htm)</source>
        <translation>HTML, для браузера або електронного листа (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Експорт звіту про прогрес</translation>
    </message>
    <message>
        <source>There is already a file named %1 in %2. Replace it with the new report?</source>
        <translation>У %2 вже є файл з назвою %1. Замінити його новим звітом?</translation>
    </message>
    <message>
        <source>The file there now would be lost.</source>
        <translation>Файл, який там зараз, буде втрачено.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>За&amp;мінити</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Залишити</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Створення звіту скасовано.</translation>
    </message>
    <message>
        <source>Cannot draw the report&apos;s PDF pages.</source>
        <translation>Не вдалося сформувати сторінки PDF для звіту.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report&apos;s PDF.</source>
        <translation>Не вдалося почати сторінку %1 PDF-файлу звіту.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Cannot finish the report&apos;s PDF.</source>
        <translation>Не вдалося завершити PDF-файл звіту.</translation>
    </message>
    <message>
        <source>read as asked</source>
        <translation>розпізнано як задану</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>спроби</translation>
    </message>
    <message>
        <source>average stars</source>
        <translation>середня кількість зірок</translation>
    </message>
    <message>
        <source>learnt (%1%)</source>
        <translation>вивчено (%1%)</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per week</source>
        <translation>Розпізнано як задану, зірки та спроби, по тижнях</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per day</source>
        <translation>Розпізнано як задану, зірки та спроби, по днях</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per week</source>
        <translation>Цифра %1: розпізнано як задану, зірки та спроби, по тижнях</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per day</source>
        <translation>Цифра %1: розпізнано як задану, зірки та спроби, по днях</translation>
    </message>
    <message>
        <source>Digit %1: no attempts in this period</source>
        <translation>Цифра %1: у цей період спроб немає</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>У цей період спроб немає</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read as asked</source>
        <translation>%1: %2 з %3 розпізнано як задану</translation>
    </message>
    <message>
        <source>started in an unusual place</source>
        <translation>почато в незвичному місці</translation>
    </message>
    <message>
        <source>drawn the other way round</source>
        <translation>намальовано в інший бік</translation>
    </message>
    <message>
        <source>strokes in an unusual order</source>
        <translation>штрихи в незвичному порядку</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>початок: %1</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>напрямок: %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>порядок: %1</translation>
    </message>
    <message>
        <source>most often %1 (in %2 of %3 attempts)</source>
        <translation>найчастіше %1 (у %2 з %3 спроб)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>з %1 по %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>усі спроби</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Учень</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Attempts made</source>
        <translation>Зроблено спроб</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Звіт створено</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>У цей період спроб немає.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Учні</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Спроби</translation>
    </message>
    <message>
        <source>%1 (of which free drawing: %2)</source>
        <translation>%1 (з них вільне малювання: %2)</translation>
    </message>
    <message>
        <source>Read as the asked digit</source>
        <translation>Розпізнано як задану цифру</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 з %2 (%3)</translation>
    </message>
    <message>
        <source>Digits to practise next</source>
        <translation>Цифри, які варто потренувати наступними</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Кожну цифру розпізнано як задану щонайменше в %1 випадків: чудовий результат.</translation>
    </message>
    <message>
        <source>read as asked in %1 of %2 attempts (%3)</source>
        <translation>розпізнано як задану в %1 з %2 спроб (%3)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>ще не пробували</translation>
    </message>
    <message>
        <source>Chosen first from the digits read as asked less than %1 of the time, the lowest first (on a tie, the one tried more), then from the digits not tried yet.</source>
        <translation>Спершу вибрано цифри, які розпізнавалися як задані рідше ніж у %1 випадків, починаючи з найнижчого показника (за рівного показника — ту, яку пробували частіше), потім цифри, які ще не пробували.</translation>
    </message>
    <message>
        <source>Each digit</source>
        <translation>Кожна цифра</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Цифра</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Розпізнано як задану</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Успішність</translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation>Середня кількість зірок</translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation>Динаміка (пункти)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Дзеркальні</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Підказки з написання</translation>
    </message>
    <message>
        <source>Trend: the success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on. Reversed: how often the digit was written facing the other way (mirror writing). Formation hints: how often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Динаміка: успішність пізнішої половини спроб із цифрою мінус успішність ранішої половини, у відсоткових пунктах; обчислюється, якщо спроб щонайменше %1. Дзеркальні: як часто цифру писали в інший бік (дзеркально). Підказки з написання: як часто дитині показували, де краще почати, у який бік вести чи в якому порядку писати штрихи.</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Прогрес з часом</translation>
    </message>
    <message>
        <source>Success rate and attempts per week</source>
        <translation>Успішність і спроби по тижнях</translation>
    </message>
    <message>
        <source>Success rate and attempts per day</source>
        <translation>Успішність і спроби по днях</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>Тиждень (з понеділка)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>%1 attempt at %2: %3 of 3 stars</source>
        <translation>%1 спроба з цифрою %2: %3 з 3 зірок</translation>
    </message>
    <message>
        <source>written facing the other way</source>
        <translation>написано дзеркально</translation>
    </message>
    <message>
        <source>Best and latest attempt at each digit</source>
        <translation>Найкраща й остання спроба з кожною цифрою</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Зразок</translation>
    </message>
    <message>
        <source>no guide</source>
        <translation>немає зразка</translation>
    </message>
    <message>
        <source>Guide for %1</source>
        <translation>Зразок цифри %1</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Найкраща</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Остання</translation>
    </message>
    <message>
        <source>Beside the guide the app shows for the digit. A green dot marks where each stroke began. Best: the most stars, then the surest reading.</source>
        <translation>Поруч зі зразком, який програма показує для цієї цифри. Зелена крапка позначає, де починався кожен штрих. Найкраща: найбільше зірок, а потім найвпевненіше розпізнавання.</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Тренувати далі</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архіві)</translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation>Звіт про прогрес класу</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Звіт про прогрес</translation>
    </message>
    <message>
        <source>Class progress report: %1</source>
        <translation>Звіт про прогрес класу: %1</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Звіт про прогрес: %1</translation>
    </message>
    <message>
        <source>Cannot draw the report: the program has no QGuiApplication, which fonts need (try the offscreen platform).</source>
        <translation>Не вдалося сформувати звіт: у програмі немає QGuiApplication, потрібного для шрифтів (спробуйте платформу offscreen).</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (BCP 47), for the report&apos;s lang attribute.</extracomment>
        <translation>uk</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Не вказано ім’я файлу для звіту.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Не вдалося записати звіт у %1: %2.</translation>
    </message>
    <message>
        <source>The report&apos;s period starts on %1, after it ends on %2.</source>
        <translation>Період звіту починається %1, тобто пізніше, ніж закінчується (%2).</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Невідомий формат звіту.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Не вдалося записати звіт: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>student</source>
        <translation>учень</translation>
    </message>
    <message>
        <source>group</source>
        <translation>клас</translation>
    </message>
    <message>
        <source>time</source>
        <translation>час</translation>
    </message>
    <message>
        <source>asked_digit</source>
        <translation>задана_цифра</translation>
    </message>
    <message>
        <source>recognised_digit</source>
        <translation>розпізнана_цифра</translation>
    </message>
    <message>
        <source>success</source>
        <translation>успіх</translation>
    </message>
    <message>
        <source>posterior</source>
        <translation>апостеріорна_ймовірність</translation>
    </message>
    <message>
        <source>log_likelihood</source>
        <translation>логарифм_правдоподібності</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>викид</translation>
    </message>
    <message>
        <source>typicality</source>
        <translation>типовість</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>зірки</translation>
    </message>
    <message>
        <source>formation</source>
        <translation>написання</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>дзеркальна</translation>
    </message>
    <message>
        <source>model</source>
        <translation>модель</translation>
    </message>
    <message>
        <source>strokes</source>
        <translation>штрихи</translation>
    </message>
</context>
<context>
    <name>ShowMeCoach</name>
    <message>
        <source>Try starting at the green dot.</source>
        <translation>Спробуй почати із зеленої крапки.</translation>
    </message>
    <message>
        <source>Try it from the green dot, the arrow&apos;s way.</source>
        <translation>Спробуй від зеленої крапки, куди показує стрілка.</translation>
    </message>
    <message>
        <source>Try this part first, from the green dot.</source>
        <translation>Спробуй спочатку цю частину, від зеленої крапки.</translation>
    </message>
</context>
<context>
    <name>ShowMeOverlay</name>
    <message>
        <source>The digit being written</source>
        <translation>Цифра, яку пишуть</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Compare</source>
        <translation>Порівняй</translation>
    </message>
    <message>
        <source>Compare my drawing with the guide</source>
        <translation>Порівняй мій малюнок зі зразком</translation>
    </message>
    <message>
        <source>Show what is missing and what is extra</source>
        <translation>Покажи, чого бракує і що зайве</translation>
    </message>
</context>
<context>
    <name>StarsView</name>
    <message>
        <source>Stars</source>
        <translation>Зірки</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n зірка</numerusform>
            <numerusform>%n зірки</numerusform>
            <numerusform>%n зірок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Writes with the left hand</source>
        <translation>Пише лівою рукою</translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation>Додати учня</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>Редагувати учня</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>Клас або група</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ім’я:</translation>
    </message>
    <message>
        <source>Class or group:</source>
        <translation>Клас або група:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Same as the class</source>
        <translation>Як у класу</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The language the child sees and hears: a child may speak another language at home</source>
        <translation>Мова, яку дитина бачить і чує: вдома дитина може говорити іншою мовою</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
</context>
<context>
    <name>StudentFiguresTable</name>
    <message>
        <source>Student</source>
        <translation>Учень</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Спроби</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Розпізнано як задану</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Успішність</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Тренувати далі</translation>
    </message>
    <message>
        <source>Every attempt, free drawing included</source>
        <translation>Усі спроби, включно з вільним малюванням</translation>
    </message>
    <message>
        <source>Attempts at an asked digit that were read as that digit</source>
        <translation>Спроби із заданою цифрою, розпізнані як ця цифра</translation>
    </message>
    <message>
        <source>The digits this student should practise next</source>
        <translation>Цифри, які цьому учневі варто потренувати наступними</translation>
    </message>
    <message>
        <source>Figures for each student of the class; activate a row to see that student</source>
        <translation>Показники кожного учня класу; активуйте рядок, щоб переглянути дані цього учня</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архіві)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Below %1: needs work</source>
        <translation>Нижче %1: треба попрацювати</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, треба попрацювати</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Who is writing?</source>
        <translation>Хто пише?</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>Я — %1</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Пиши як %1</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Add...</source>
        <translation>Додати...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Редагувати...</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Вилучити...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Delete for Good...</source>
        <translation>Видалити назавжди...</translation>
    </message>
    <message>
        <source>Add a student for each child: at the start they tap their own name, and their attempts are kept for them. Guest is for anyone else. A student removed is archived: out of the lists, their attempts kept, until you restore them or delete them for good.</source>
        <translation>Додайте учня для кожної дитини: на початку діти торкаються свого імені, і їхні спроби зберігаються окремо для кожного. «Гість» — для всіх інших. Вилучений учень переходить до архіву: його немає у списках, але спроби зберігаються, доки ви не відновите учня або не видалите його назавжди.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Рука</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Спроби</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Учні</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ліва</translation>
    </message>
    <message>
        <source>right</source>
        <translation>права</translation>
    </message>
    <message>
        <source>Archived: not in the lists, attempts kept</source>
        <translation>В архіві: немає у списках, спроби збережено</translation>
    </message>
    <message>
        <source>Remove Student</source>
        <translation>Вилучити учня</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the lists? %1 will be archived and their %n attempt(s) kept; you can restore them or delete them for good on this page.</source>
        <translation>
            <numerusform>Вилучити %1 зі списків? Учня %1 буде перенесено до архіву, а %n спробу — збережено; на цій сторінці учня можна відновити або видалити назавжди.</numerusform>
            <numerusform>Вилучити %1 зі списків? Учня %1 буде перенесено до архіву, а %n спроби — збережено; на цій сторінці учня можна відновити або видалити назавжди.</numerusform>
            <numerusform>Вилучити %1 зі списків? Учня %1 буде перенесено до архіву, а %n спроб — збережено; на цій сторінці учня можна відновити або видалити назавжди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Delete Student for Good</source>
        <translation>Видалити учня назавжди</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and their %n attempt(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Видалити учня %1 і %n спробу назавжди? Цю дію неможливо скасувати.</numerusform>
            <numerusform>Видалити учня %1 і %n спроби назавжди? Цю дію неможливо скасувати.</numerusform>
            <numerusform>Видалити учня %1 і %n спроб назавжди? Цю дію неможливо скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Видалити назавжди</translation>
    </message>
    <message>
        <source>Class Language...</source>
        <translation>Мова класу...</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The language the children of the chosen student&apos;s class see and hear</source>
        <translation>Мова, яку бачать і чують діти з класу вибраного учня</translation>
    </message>
    <message>
        <source>%1 (the computer&apos;s)</source>
        <translation>%1 (мова комп’ютера)</translation>
    </message>
</context>
<context>
    <name>TeacherArea</name>
    <message>
        <source>Teacher Area</source>
        <translation>Розділ учителя</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Учні</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогрес</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Saved Attempts...</source>
        <translation>Збережені спроби...</translation>
    </message>
    <message>
        <source>Every attempt, newest first: watch how each was written</source>
        <translation>Усі спроби, від найновіших: перегляньте, як писали кожну</translation>
    </message>
    <message>
        <source>Quit Digit Tutor</source>
        <translation>Вийти з Digit Tutor</translation>
    </message>
    <message>
        <source>The progress database is not available, so students and progress cannot be shown: %1</source>
        <translation>База даних прогресу недоступна, тому учнів і прогрес не можна показати: %1</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can open this area. Set one under Settings to keep children out.</source>
        <translation>PIN ще не встановлено: будь-хто може відкрити цей розділ. Встановіть його в «Налаштуваннях», щоб діти не могли сюди потрапити.</translation>
    </message>
    <message>
        <source>No voice on this computer speaks %1: children who practise in it see the words but hear nothing. A system administrator can add voices (on Debian, the package speech-dispatcher-espeak-ng).</source>
        <translation>Жоден голос на цьому комп’ютері не розмовляє такою мовою: %1. Діти, які вправляються цією мовою, бачать слова, але нічого не чують. Системний адміністратор може додати голоси (у Debian — пакет speech-dispatcher-espeak-ng).</translation>
    </message>
</context>
<context>
    <name>TeacherLock</name>
    <message>
        <source>The PIN or password needs at least %1 characters.</source>
        <translation>PIN або пароль має містити щонайменше %1 символів.</translation>
    </message>
</context>
<context>
    <name>TeacherSettingsPage</name>
    <message>
        <source>Set PIN</source>
        <translation>Встановити PIN</translation>
    </message>
    <message>
        <source>After a digit, show where to start when it was written an unusual way</source>
        <translation>Після написання цифри показувати, звідки починати, якщо її написано незвичним способом</translation>
    </message>
    <message>
        <source>Speak to the children</source>
        <translation>Говорити з дітьми</translation>
    </message>
    <message>
        <source>Sound effects</source>
        <translation>Звукові ефекти</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>Запускати на весь екран</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>Використовувати цю базу даних</translation>
    </message>
    <message>
        <source>Teacher area PIN or password</source>
        <translation>PIN або пароль розділу вчителя</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>Новий PIN або пароль</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Те саме ще раз</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>Новий PIN або пароль:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Те саме ще раз:</translation>
    </message>
    <message>
        <source>The children&apos;s screen</source>
        <translation>Екран для дітей</translation>
    </message>
    <message>
        <source>Children who cannot read yet hear every message. Full screen takes effect the next time the app starts.</source>
        <translation>Діти, які ще не вміють читати, чують кожне повідомлення. Повноекранний режим почне діяти під час наступного запуску програми.</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Підказки з написання</translation>
    </message>
    <message>
        <source>Switch them off where your school teaches other ways of forming the digits. What the check finds is kept for the progress view either way.</source>
        <translation>Вимкніть їх, якщо у вашій школі вчать писати цифри інакше. Результати перевірки в будь-якому разі зберігаються для перегляду прогресу.</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>База даних прогресу</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own file. A school can keep one PostgreSQL server for all its classroom computers: postgresql://user@server/digit_tutor. Its password is not saved: give it once each time the app starts.</source>
        <translation>Порожньо: власний файл цього комп’ютера. Школа може мати один сервер PostgreSQL для всіх комп’ютерів у класах: postgresql://user@server/digit_tutor. Його пароль не зберігається: вводьте його один раз під час кожного запуску програми.</translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>власний файл цього комп’ютера</translation>
    </message>
    <message>
        <source>The server&apos;s password</source>
        <translation>Пароль сервера</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>лише якщо сервер його вимагає</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same one twice.</source>
        <translation>Введені PIN не збігаються; введіть той самий PIN двічі.</translation>
    </message>
    <message>
        <source>The PIN is set: the teacher area now asks for it.</source>
        <translation>PIN встановлено: тепер розділ учителя запитує його.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Teacher Area</source>
        <translation>Розділ учителя</translation>
    </message>
    <message>
        <source>The teacher&apos;s PIN or password:</source>
        <translation>PIN або пароль учителя:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN або пароль</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>Забагато спроб із неправильним PIN.</translation>
    </message>
    <message>
        <source>That is not the teacher&apos;s PIN.</source>
        <translation>Це не PIN учителя.</translation>
    </message>
    <message>
        <source>%1 Try again in %2 s.</source>
        <translation>%1 Спробуйте знову через %2 с.</translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Спробуйте знову.</translation>
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
        <translation>Не вдалося завантажити модель</translation>
    </message>
    <message>
        <source>The bundled model is used instead.</source>
        <translation>Натомість використовується вбудована модель.</translation>
    </message>
    <message>
        <source>Progress is kept as files, not in the database: %1</source>
        <translation>Прогрес зберігається у файлах, а не в базі даних: %1</translation>
    </message>
    <message>
        <source>Practise writing the digits 0-9.</source>
        <translation>Тренування в написанні цифр 0-9.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Показати довідку щодо параметрів командного рядка.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Показати відомості про версію.</translation>
    </message>
    <message>
        <source>Digit model file (.dtm) to use; without it the bundled default model.</source>
        <translation>Файл моделі цифр (.dtm), який слід використовувати; без нього — вбудована модель за замовчуванням.</translation>
    </message>
    <message>
        <source>Ways-of-writing file (.ways) for &quot;Show me&quot; and the formation hints; without it the bundled one.</source>
        <translation>Файл способів написання (.ways) для «Покажи» та підказок з написання; без нього — вбудований.</translation>
    </message>
    <message>
        <source>Progress database: an SQLite file or postgresql://user@host/dbname; without it the teacher&apos;s setting, else the user&apos;s own file.</source>
        <translation>База даних прогресу: файл SQLite або postgresql://user@host/dbname; без неї — налаштування вчителя, а якщо його немає — власний файл користувача.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are passed on to Qt.
</source>
        <translation>Власні параметри Qt, як-от -platform NAME і -style NAME, передаються Qt.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>невідомий параметр «%1»; див. «digit-tutor --help».</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value.</source>
        <translation>параметр «%1» потребує значення.</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>файл моделі</translation>
    </message>
    <message>
        <source>a ways-of-writing file</source>
        <translation>файл способів написання</translation>
    </message>
    <message>
        <source>a file or a postgresql:// URL</source>
        <translation>файл або URL-адреса postgresql://</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value (%2).</source>
        <translation>параметр «%1» потребує значення (%2).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>неочікуваний аргумент «%1»; див. «digit-tutor --help».</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.

%2</source>
        <translation>Не вдалося завантажити модель %1.

%2</translation>
    </message>
</context>
</TS>
