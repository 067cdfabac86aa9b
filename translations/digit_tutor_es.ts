<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttemptArchive</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>«%1» no es un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text of at most %2 characters</source>
        <translation>«%1» no es un texto de %2 caracteres como máximo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«%1» no es verdadero ni falso</translation>
    </message>
    <message>
        <source>&quot;key&quot; is empty</source>
        <translation>«key» está vacío</translation>
    </message>
    <message>
        <source>&quot;when&quot; is not a time</source>
        <translation>«when» no es una fecha y hora</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the asked digit %1 is not 0-9 (or -1 for free drawing).</source>
        <translation>No se puede guardar el intento: el número pedido %1 no está entre 0 y 9 (ni es -1 para el dibujo libre).</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the folder %1 cannot be created; check that it is writable.</source>
        <translation>No se puede guardar el intento: no se puede crear la carpeta %1; comprueba que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: %2.</source>
        <translation>No se puede guardar el intento en la carpeta %1: %2.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: every name for %2 is taken.</source>
        <translation>No se puede guardar el intento en la carpeta %1: todos los nombres para %2 están ocupados.</translation>
    </message>
    <message>
        <source>Cannot save the attempt %1: %2.</source>
        <translation>No se puede guardar el intento %1: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 does not exist.</source>
        <translation>El intento %1 no existe.</translation>
    </message>
    <message>
        <source>The attempt cannot be read: %1</source>
        <translation>No se puede leer el intento: %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be read: %2.</source>
        <translation>No se puede leer el intento %1: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 is not a stroke file: it has %2 bytes, more than any attempt (%3).</source>
        <translation>El intento %1 no es un archivo de trazos: tiene %2 bytes, más que cualquier intento (%3).</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has no format</source>
        <translation>su «attempt» no tiene formato</translation>
    </message>
    <message>
        <source>it was kept by a newer Digit Tutor (format %1; this one reads up to %2)</source>
        <translation>lo guardó una versión más reciente de Digit Tutor (formato %1; esta lee hasta el %2)</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has the unknown format %1</source>
        <translation>su «attempt» tiene un formato desconocido, %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be removed: %2.</source>
        <translation>No se puede eliminar el intento %1: %2.</translation>
    </message>
</context>
<context>
    <name>AttemptHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leído como</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 de %2 estrellas</translation>
    </message>
    <message>
        <source>facing the other way</source>
        <translation>al revés</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>nothing drawn</source>
        <translation>nada dibujado</translation>
    </message>
    <message>
        <source>right</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>another digit</source>
        <translation>otro número</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>dibujo libre</translation>
    </message>
</context>
<context>
    <name>AttemptsDialog</name>
    <message>
        <source>%1 asked, read as %2: %3</source>
        <translation>se pidió el %1, leído como %2: %3</translation>
    </message>
    <message>
        <source>free drawing, read as %1</source>
        <translation>dibujo libre, leído como %1</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(no se guardaron los trazos)</translation>
    </message>
    <message>
        <source>Saved Attempts</source>
        <translation>Intentos guardados</translation>
    </message>
    <message>
        <source>Whose attempts</source>
        <translation>De quién son los intentos</translation>
    </message>
    <message>
        <source>Attempts in the progress database, newest first</source>
        <translation>Intentos en la base de datos de progreso, los más recientes primero</translation>
    </message>
    <message>
        <source>In the Progress Database</source>
        <translation>En la base de datos de progreso</translation>
    </message>
    <message>
        <source>Replay of the chosen attempt</source>
        <translation>Reproducción del intento elegido</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Sobre el intento mostrado</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>&amp;Reproducir de nuevo</translation>
    </message>
    <message>
        <source>Play the attempt again</source>
        <translation>Reproducir de nuevo el intento</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Parar la reproducción</translation>
    </message>
    <message>
        <source>&amp;Twice as fast</source>
        <translation>Al doble de &amp;velocidad</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Reproducir al doble de velocidad</translation>
    </message>
    <message>
        <source>Attempts of %1</source>
        <translation>Intentos de %1</translation>
    </message>
    <message>
        <source>&amp;Whose attempts:</source>
        <translation>&amp;Intentos de:</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Todos los niños</translation>
    </message>
    <message>
        <source>The progress database is not available, so its attempts cannot be shown: %1</source>
        <translation>La base de datos de progreso no está disponible, así que no se pueden mostrar sus intentos: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>no hay ninguna base de datos conectada.</translation>
    </message>
    <message>
        <source>No attempts yet. Each drawing a child finishes with Done is kept here.</source>
        <translation>Todavía no hay intentos. Aquí se guarda cada dibujo que un niño termina con Listo.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first; older ones come as you scroll down.</source>
        <translation>Intentos: %1, los más recientes primero; los más antiguos aparecen al desplazarte hacia abajo.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first.</source>
        <translation>Intentos: %1, los más recientes primero.</translation>
    </message>
    <message>
        <source>Choose an attempt to watch it being written.</source>
        <translation>Elige un intento para ver cómo se escribió.</translation>
    </message>
    <message>
        <source>Waiting for the Database (%1)</source>
        <translation>Esperando a la base de datos (%1)</translation>
    </message>
    <message>
        <source>Waiting for the Database</source>
        <translation>Esperando a la base de datos</translation>
    </message>
    <message>
        <source>%1, %2: %3; kept as the file %4</source>
        <translation>%1, %2: %3; guardado como el archivo %4</translation>
    </message>
    <message>
        <source>%1 asked</source>
        <translation>se pidió el %1</translation>
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
        <translation>Dibuja el número que quieras</translation>
    </message>
    <message>
        <source>Write an %1</source>
        <translation>Escribe el %1</translation>
    </message>
    <message>
        <source>Write a %1</source>
        <translation>Escribe el %1</translation>
    </message>
    <message>
        <source>Draw a digit first!</source>
        <translation>¡Primero dibuja un número!</translation>
    </message>
    <message>
        <source>Draw an %1 first!</source>
        <translation>¡Primero dibuja el %1!</translation>
    </message>
    <message>
        <source>Draw a %1 first!</source>
        <translation>¡Primero dibuja el %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a digit!</source>
        <translation>¡Vamos a escribir un número!</translation>
    </message>
    <message>
        <source>Let&apos;s write an %1!</source>
        <translation>¡Vamos a escribir el %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a %1!</source>
        <translation>¡Vamos a escribir el %1!</translation>
    </message>
    <message>
        <source>That looks like an %1</source>
        <translation>Parece un %1</translation>
    </message>
    <message>
        <source>That looks like a %1</source>
        <translation>Parece un %1</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a digit yet</source>
        <translation>Todavía no parece un número</translation>
    </message>
    <message>
        <source>That looks like an %1.</source>
        <translation>Parece un %1.</translation>
    </message>
    <message>
        <source>That looks like a %1.</source>
        <translation>Parece un %1.</translation>
    </message>
    <message>
        <source>Your %1 is facing the other way. Let&apos;s turn it round!</source>
        <translation>Tu %1 está al revés. ¡Vamos a darle la vuelta!</translation>
    </message>
    <message>
        <source>You can write an %1 all by yourself!</source>
        <translation>¡Ya sabes escribir el %1 sin ayuda!</translation>
    </message>
    <message>
        <source>You can write a %1 all by yourself!</source>
        <translation>¡Ya sabes escribir el %1 sin ayuda!</translation>
    </message>
    <message>
        <source>An %1 written like yours</source>
        <translation>Un %1 escrito como el tuyo</translation>
    </message>
    <message>
        <source>A %1 written like yours</source>
        <translation>Un %1 escrito como el tuyo</translation>
    </message>
    <message>
        <source>Wonderful!</source>
        <translation>¡Maravilloso!</translation>
    </message>
    <message>
        <source>Perfect!</source>
        <translation>¡Perfecto!</translation>
    </message>
    <message>
        <source>Super writing!</source>
        <translation>¡Qué bien escrito!</translation>
    </message>
    <message>
        <source>Brilliant!</source>
        <translation>¡Fantástico!</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <source>Good job!</source>
        <translation>¡Buen trabajo!</translation>
    </message>
    <message>
        <source>Nice work!</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <source>Great!</source>
        <translation>¡Genial!</translation>
    </message>
    <message>
        <source>Good try! Have another go.</source>
        <translation>¡Buen intento! Prueba otra vez.</translation>
    </message>
    <message>
        <source>Nearly! Try once more.</source>
        <translation>¡Casi! Inténtalo una vez más.</translation>
    </message>
    <message>
        <source>Keep going, you can do it!</source>
        <translation>¡Sigue así, tú puedes!</translation>
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
        <translation>El idioma del ordenador</translation>
    </message>
    <message>
        <source>Language of Class %1</source>
        <translation>Idioma de la clase %1</translation>
    </message>
    <message>
        <source>The children of this class see and hear the app in this language, unless a student has a language of their own.</source>
        <translation>Los niños de esta clase ven y oyen la aplicación en este idioma, salvo el alumno que tenga un idioma propio.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>ConfidenceMeter</name>
    <message>
        <source>How sure</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for.</source>
        <translation>Lo segura que está la aplicación de que tu dibujo es el número pedido.</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>aún no está segura</translation>
    </message>
    <message>
        <source>a bit sure</source>
        <translation>un poco segura</translation>
    </message>
    <message>
        <source>quite sure</source>
        <translation>bastante segura</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>muy segura</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for: %1.</source>
        <translation>Lo segura que está la aplicación de que tu dibujo es el número pedido: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>No se indicó ninguna base de datos.</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid URL.</source>
        <translation>La dirección de base de datos %1 no es una URL válida.</translation>
    </message>
    <message>
        <source>The database address %1 names no database; add it after the host, as in postgresql://host/digit_tutor.</source>
        <translation>La dirección de base de datos %1 no indica ninguna base de datos; añádela después del servidor, como en postgresql://host/digit_tutor.</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>El puerto de %1 no es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The database address %1 is neither a file nor a postgresql:// URL.</source>
        <translation>La dirección de base de datos %1 no es ni un archivo ni una URL postgresql://.</translation>
    </message>
    <message>
        <source>The database address %1 names no file.</source>
        <translation>La dirección de base de datos %1 no indica ningún archivo.</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <source>Your drawing on the guide</source>
        <translation>Tu dibujo sobre la guía</translation>
    </message>
    <message>
        <source>still to add</source>
        <translation>falta añadir</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>sobra</translation>
    </message>
    <message>
        <source>Blue shows ink still to add: %1% of the guide. Orange shows ink not needed: %2% of the drawing.</source>
        <translation>El azul muestra la tinta que falta añadir: %1% de la guía. El naranja muestra la tinta que sobra: %2% del dibujo.</translation>
    </message>
    <message>
        <source>Missing %1% · extra %2%</source>
        <translation>Falta %1% · sobra %2%</translation>
    </message>
</context>
<context>
    <name>DigitFiguresTable</name>
    <message>
        <source>Digit</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Acierto</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Al revés</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Pistas de trazado</translation>
    </message>
    <message>
        <source>How often the digit was read as the one asked for</source>
        <translation>Con qué frecuencia el número se leyó como el pedido</translation>
    </message>
    <message>
        <source>The average stars, of 3</source>
        <translation>La media de estrellas, sobre 3</translation>
    </message>
    <message>
        <source>The success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on.</source>
        <translation>El porcentaje de aciertos de la segunda mitad de los intentos de un número menos el de la primera mitad, en puntos porcentuales, a partir de %1 intentos.</translation>
    </message>
    <message>
        <source>How often the digit was written facing the other way (mirror writing)</source>
        <translation>Con qué frecuencia el número se escribió al revés (escritura en espejo)</translation>
    </message>
    <message>
        <source>How often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Con qué frecuencia se mostró al niño un sitio mejor por donde empezar, un sentido mejor o un orden de trazos mejor.</translation>
    </message>
    <message>
        <source>Figures for each digit</source>
        <translation>Datos de cada número</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>starts elsewhere %1, other way %2, order %3</source>
        <translation>empieza en otro sitio %1, sentido contrario %2, orden %3</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, necesita práctica</translation>
    </message>
    <message>
        <source>Needs work: practise this digit next.</source>
        <translation>Necesita práctica: conviene practicar este número a continuación.</translation>
    </message>
    <message>
        <source>%1 of %2 read as asked</source>
        <translation>%1 de %2 leídos como el pedido</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing area</source>
        <translation>Zona de dibujo</translation>
    </message>
    <message>
        <source>Draw the digit here with the mouse, a pen or a finger.</source>
        <translation>Dibuja aquí el número con el ratón, un lápiz o el dedo.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>A picture of how the digit is usually written.</source>
        <translation>Un dibujo de cómo se suele escribir el número.</translation>
    </message>
</context>
<context>
    <name>KeptAttempts</name>
    <message>
        <source>%1; and %2</source>
        <translation>%1; y %2</translation>
    </message>
</context>
<context>
    <name>KeptFilesPanel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Attempts waiting to go into the progress database, newest first</source>
        <translation>Intentos en espera de entrar en la base de datos de progreso, los más recientes primero</translation>
    </message>
    <message>
        <source>&amp;Put Them into the Progress Database</source>
        <translation>&amp;Pasarlos a la base de datos de progreso</translation>
    </message>
    <message>
        <source>Store the attempts kept here in the progress database, each once, for its own child</source>
        <translation>Guardar en la base de datos de progreso los intentos que hay aquí, cada uno una sola vez y para el niño al que pertenece</translation>
    </message>
    <message>
        <source>What putting the attempts into the database did</source>
        <translation>Resultado de pasar los intentos a la base de datos</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>dibujo libre</translation>
    </message>
    <message>
        <source>waiting to go into the progress database</source>
        <translation>en espera de entrar en la base de datos de progreso</translation>
    </message>
    <message>
        <source>strokes only: replayed here, never stored</source>
        <translation>solo trazos: se reproducen aquí, nunca se guardan</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>These attempts could not go into the progress database when they were made (it was not available), so they were kept whole as files on this computer. They are waiting to go into the progress database: nothing is lost. They go in by themselves once it works again, or now with the button below.</source>
        <translation>Estos intentos no pudieron entrar en la base de datos de progreso cuando se hicieron (no estaba disponible), así que se guardaron completos como archivos en este ordenador. Están esperando a entrar en la base de datos de progreso: no se pierde nada. Entrarán solos en cuanto vuelva a funcionar, o ahora mismo con el botón de abajo.</translation>
    </message>
    <message>
        <source>No attempts are waiting: every attempt is in the progress database.</source>
        <translation>No hay intentos en espera: todos los intentos están en la base de datos de progreso.</translation>
    </message>
    <message>
        <source>No attempts are waiting to go into the progress database.</source>
        <translation>No hay intentos esperando a entrar en la base de datos de progreso.</translation>
    </message>
    <message>
        <source>Files of strokes only (kept by an older Digit Tutor, or damaged) can be replayed here; they never go into the database.</source>
        <translation>Los archivos que solo contienen trazos (guardados por una versión anterior de Digit Tutor, o dañados) se pueden reproducir aquí; nunca entran en la base de datos.</translation>
    </message>
    <message>
        <source>The progress database is still not available, so the attempts stay here, safe: %1</source>
        <translation>La base de datos de progreso sigue sin estar disponible, así que los intentos se quedan aquí, a salvo: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>no hay ninguna base de datos conectada.</translation>
    </message>
    <message>
        <source>Attempts that went into the progress database: %1.</source>
        <translation>Intentos que entraron en la base de datos de progreso: %1.</translation>
    </message>
    <message>
        <source>The others stay here for now: %1</source>
        <translation>Los demás se quedan aquí por ahora: %1</translation>
    </message>
    <message>
        <source>No attempt was waiting.</source>
        <translation>No había ningún intento en espera.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Left-handed</source>
        <translation>Para &amp;zurdos</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Teacher &amp;Area...</source>
        <translation>Zona del &amp;profesorado...</translation>
    </message>
    <message>
        <source>Change &amp;Student...</source>
        <translation>Cambiar de &amp;alumno...</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Quién escribe</translation>
    </message>
    <message>
        <source>Choose who is writing</source>
        <translation>Elegir quién escribe</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Teacher area</source>
        <translation>Zona del profesorado</translation>
    </message>
    <message>
        <source>Students, progress, reports and settings, for grown-ups</source>
        <translation>Alumnos, progreso, informes y ajustes, para adultos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Hold for two seconds to leave Digit Tutor</source>
        <translation>Mantén pulsado dos segundos para salir de Digit Tutor</translation>
    </message>
    <message>
        <source>The database was not changed. %1</source>
        <translation>No se ha cambiado la base de datos. %1</translation>
    </message>
    <message>
        <source>Progress is now kept in %1.</source>
        <translation>Ahora el progreso se guarda en %1.</translation>
    </message>
    <message>
        <source>&quot;Show me&quot; is not available: %1</source>
        <translation>«Enséñame» no está disponible: %1</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>No se puede cargar el modelo</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; the current model is kept.

%2</source>
        <translation>No se ha podido cargar el modelo %1; se mantiene el modelo actual.

%2</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Base de datos de progreso</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, creado el %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan could not be read; they start afresh: %2</source>
        <translation>No se ha podido leer el plan de práctica de %1; empezará de cero: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan is damaged; they start afresh: %2</source>
        <translation>El plan de práctica de %1 está dañado; empezará de cero: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan was not saved: %2</source>
        <translation>No se ha guardado el plan de práctica de %1: %2</translation>
    </message>
    <message>
        <source>This attempt was not saved: %1</source>
        <translation>Este intento no se ha guardado: %1</translation>
    </message>
    <message>
        <source>This attempt was kept as a file, not in the progress database: %1</source>
        <translation>Este intento se ha guardado como archivo, no en la base de datos de progreso: %1</translation>
    </message>
    <message>
        <source>Attempts kept as files stay there for now: %1</source>
        <translation>Los intentos guardados como archivos se quedan ahí por ahora: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) kept as files are of students deleted for good (%1): they stay as files and are not stored. The teacher area&apos;s Saved Attempts shows them.</source>
        <translation>
            <numerusform>%n intento guardado como archivo es de alumnos eliminados definitivamente (%1): se queda como archivo y no se guarda en la base de datos. Puede verse en Intentos guardados, en la zona del profesorado.</numerusform>
            <numerusform>%n intentos guardados como archivos son de alumnos eliminados definitivamente (%1): se quedan como archivos y no se guardan en la base de datos. Pueden verse en Intentos guardados, en la zona del profesorado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1, of which %2 of archived students, who stay archived.</source>
        <translation>Los intentos guardados como archivos han pasado a la base de datos de progreso: %1, de ellos %2 de alumnos archivados, que siguen archivados.</translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1.</source>
        <translation>Los intentos guardados como archivos han pasado a la base de datos de progreso: %1.</translation>
    </message>
</context>
<context>
    <name>ModelDescription</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>What it learnt from is not recorded in the file.</source>
        <translation>El archivo no indica de qué aprendió.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handwritten digit(s) of MNIST</source>
        <translation>
            <numerusform>%Ln dígito manuscrito de MNIST</numerusform>
            <numerusform>%Ln dígitos manuscritos de MNIST</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s) of a class&apos;s own digits</source>
        <translation>
            <numerusform>%Ln imagen de números escritos por la propia clase</numerusform>
            <numerusform>%Ln imágenes de números escritos por la propia clase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s) drawn with a pen</source>
        <translation>
            <numerusform>%Ln número dibujado con lápiz</numerusform>
            <numerusform>%Ln números dibujados con lápiz</numerusform>
        </translation>
    </message>
    <message>
        <source>Learnt from: %1.</source>
        <translation>Aprendió de: %1.</translation>
    </message>
    <message>
        <source>Learnt from %1.</source>
        <translation>Aprendió de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each drawn digit was also learnt in %n distorted version(s), as a child&apos;s hand might have drawn it.</source>
        <translation>
            <numerusform>Cada número dibujado se aprendió también en %n versión deformada, como podría haberlo dibujado la mano de un niño.</numerusform>
            <numerusform>Cada número dibujado se aprendió también en %n versiones deformadas, como podría haberlo dibujado la mano de un niño.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learnt what is not a digit from %Ln doodle(s).</source>
        <translation>
            <numerusform>Aprendió lo que no es un número a partir de %Ln garabato.</numerusform>
            <numerusform>Aprendió lo que no es un número a partir de %Ln garabatos.</numerusform>
        </translation>
    </message>
    <message>
        <source>How well it reads digits drawn on the screen is measured apart: the bundled model&apos;s figures are in models/README.md, and digit-tutor-cli evaluate measures any model.</source>
        <translation>Lo bien que lee los números dibujados en la pantalla se mide aparte: los datos del modelo incluido están en models/README.md, y digit-tutor-cli evaluate mide cualquier modelo.</translation>
    </message>
    <message>
        <source>How well it reads is not recorded in the file.</source>
        <translation>El archivo no indica lo bien que lee.</translation>
    </message>
    <message numerus="yes">
        <source>It reads %1 of the MNIST test set right: %Ln handwritten digit(s) it never saw while learning.</source>
        <translation>
            <numerusform>Lee correctamente el %1 del conjunto de prueba de MNIST: %Ln dígito manuscrito que nunca vio mientras aprendía.</numerusform>
            <numerusform>Lee correctamente el %1 del conjunto de prueba de MNIST: %Ln dígitos manuscritos que nunca vio mientras aprendía.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reads %1 of the MNIST test set right.</source>
        <translation>Lee correctamente el %1 del conjunto de prueba de MNIST.</translation>
    </message>
    <message>
        <source>When it was made is not recorded in the file.</source>
        <translation>El archivo no indica cuándo se creó.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Creado: %1.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Creado el %1.</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from images</source>
        <translation>Formas de escribir cada número, aprendidas de imágenes</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from drawings</source>
        <translation>Formas de escribir cada número, aprendidas de dibujos</translation>
    </message>
    <message>
        <source>Weight of the ways learnt from drawings</source>
        <translation>Peso de las formas aprendidas de dibujos</translation>
    </message>
    <message>
        <source>Covariance regularisation</source>
        <translation>Regularización de la covarianza</translation>
    </message>
    <message>
        <source>Slanted digits straightened</source>
        <translation>Números inclinados enderezados</translation>
    </message>
    <message>
        <source>HOG: orientations / cell pixels / block cells</source>
        <translation>HOG: orientaciones / píxeles por celda / celdas por bloque</translation>
    </message>
    <message>
        <source>Fitting tolerance</source>
        <translation>Tolerancia del ajuste</translation>
    </message>
    <message>
        <source>Fitting rounds at most</source>
        <translation>Máximo de rondas de ajuste</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>Not a digit below this percentile of the training scores</source>
        <translation>No es un número por debajo de este percentil de las puntuaciones de entrenamiento</translation>
    </message>
    <message>
        <source>Distorted copies of each MNIST digit</source>
        <translation>Copias deformadas de cada dígito de MNIST</translation>
    </message>
    <message>
        <source>Arithmetic while fitting</source>
        <translation>Aritmética durante el ajuste</translation>
    </message>
    <message>
        <source>Order the features are scored in</source>
        <translation>Orden en que se puntúan las características</translation>
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
        <translation>%1 (%2 en total)</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>El modelo predeterminado incluido</translation>
    </message>
    <message>
        <source>The model file %1</source>
        <translation>El archivo de modelo %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>models/default.dtm, built into the app</source>
        <translation>models/default.dtm, integrado en la aplicación</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <source>Ways of writing each digit (components)</source>
        <translation>Formas de escribir cada número (componentes)</translation>
    </message>
    <message>
        <source>Times each drawn digit counts</source>
        <translation>Veces que cuenta cada número dibujado</translation>
    </message>
    <message>
        <source>Distorted versions of each drawn digit</source>
        <translation>Versiones deformadas de cada número dibujado</translation>
    </message>
    <message>
        <source>Drawings, %1</source>
        <translation>Dibujos, %1</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Dibujos</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Probado con</translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation>Tiempo de aprendizaje</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Creado por</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Which model is in use</source>
        <translation>Qué modelo se usa</translation>
    </message>
    <message>
        <source>What the model learnt from</source>
        <translation>De qué aprendió el modelo</translation>
    </message>
    <message>
        <source>How well the model reads</source>
        <translation>Lo bien que lee el modelo</translation>
    </message>
    <message>
        <source>When the model was made</source>
        <translation>Cuándo se creó el modelo</translation>
    </message>
    <message>
        <source>Load Model File...</source>
        <translation>Cargar archivo de modelo...</translation>
    </message>
    <message>
        <source>Use the Bundled Default</source>
        <translation>Usar el predeterminado incluido</translation>
    </message>
    <message>
        <source>What it learnt from</source>
        <translation>De qué aprendió</translation>
    </message>
    <message>
        <source>How well it reads</source>
        <translation>Lo bien que lee</translation>
    </message>
    <message>
        <source>When it was made</source>
        <translation>Cuándo se creó</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Show the model&apos;s technical settings</source>
        <translation>Mostrar los ajustes técnicos del modelo</translation>
    </message>
    <message>
        <source>The model&apos;s technical settings</source>
        <translation>Los ajustes técnicos del modelo</translation>
    </message>
    <message>
        <source>A model file (.dtm) is made by digit-tutor-cli train, for example on MNIST with your own class&apos;s digits added. A file that is not a valid model is refused and the current model stays.</source>
        <translation>Los archivos de modelo (.dtm) se crean con digit-tutor-cli train, por ejemplo con MNIST más los números de tu propia clase. Un archivo que no sea un modelo válido se rechaza y se mantiene el modelo actual.</translation>
    </message>
    <message>
        <source>Load Model</source>
        <translation>Cargar modelo</translation>
    </message>
    <message>
        <source>Digit models (*.dtm);;All files (*)</source>
        <translation>Modelos de números (*.dtm);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>Practice mode: write the asked digit</source>
        <translation>Modo práctica: escribe el número que se pide</translation>
    </message>
    <message>
        <source>Write the digit I ask for</source>
        <translation>Escribe el número que te pida</translation>
    </message>
    <message>
        <source>Free drawing</source>
        <translation>Dibujo libre</translation>
    </message>
    <message>
        <source>Free drawing mode: draw any digit</source>
        <translation>Modo dibujo libre: dibuja el número que quieras</translation>
    </message>
    <message>
        <source>Draw any digit and I will say which</source>
        <translation>Dibuja un número y te diré cuál es</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Calcar</translation>
    </message>
    <message>
        <source>Trace over the guide</source>
        <translation>Calcar sobre la guía</translation>
    </message>
    <message>
        <source>Show the guide under your drawing to trace over</source>
        <translation>Ver la guía debajo de tu dibujo para calcarla</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Say the digit to write again</source>
        <translation>Volver a decir qué número hay que escribir</translation>
    </message>
    <message>
        <source>Hear the question again</source>
        <translation>Oír otra vez la pregunta</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Enséñame</translation>
    </message>
    <message>
        <source>Show me how to write it</source>
        <translation>Enséñame cómo se escribe</translation>
    </message>
    <message>
        <source>Watch the digit being written, stroke by stroke</source>
        <translation>Mira cómo se escribe el número, trazo a trazo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Deshacer el último trazo</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>Quitar el último trazo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Borrar el dibujo</translation>
    </message>
    <message>
        <source>Start the drawing again</source>
        <translation>Empezar el dibujo de nuevo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>I am done</source>
        <translation>He terminado</translation>
    </message>
    <message>
        <source>See how well it went</source>
        <translation>Ver cómo ha salido</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Next digit</source>
        <translation>Siguiente número</translation>
    </message>
    <message>
        <source>Write another digit</source>
        <translation>Escribir otro número</translation>
    </message>
    <message>
        <source>Which digit to write</source>
        <translation>Qué número hay que escribir</translation>
    </message>
    <message>
        <source>What the drawing looks like</source>
        <translation>A qué se parece el dibujo</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
</context>
<context>
    <name>ProgressAttemptsPanel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leído como</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation>Intentos, los más recientes primero</translation>
    </message>
    <message>
        <source>The chosen attempt, as the child drew it</source>
        <translation>El intento elegido, tal como lo dibujó el niño</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Sobre el intento mostrado</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Replay the attempt in the timing it was drawn</source>
        <translation>Reproducir el intento al mismo ritmo con que se dibujó</translation>
    </message>
    <message>
        <source>Watch the attempt being drawn again, stroke by stroke</source>
        <translation>Ver de nuevo cómo se dibujó el intento, trazo a trazo</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Parar la reproducción</translation>
    </message>
    <message>
        <source>T&amp;wice as fast</source>
        <translation>Al doble de &amp;velocidad</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Reproducir al doble de velocidad</translation>
    </message>
    <message>
        <source>starts elsewhere</source>
        <translation>empieza en otro sitio</translation>
    </message>
    <message>
        <source>other way round</source>
        <translation>sentido contrario</translation>
    </message>
    <message>
        <source>stroke order</source>
        <translation>orden de los trazos</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>dibujo libre</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>al revés</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 de %2 estrellas</translation>
    </message>
    <message>
        <source>free drawing, written facing the other way</source>
        <translation>dibujo libre, escrito al revés</translation>
    </message>
    <message>
        <source>%1 asked, written facing the other way</source>
        <translation>se pidió el %1, escrito al revés</translation>
    </message>
    <message>
        <source>%1 asked, not read as a digit</source>
        <translation>se pidió el %1, no se leyó como un número</translation>
    </message>
    <message>
        <source>%1 asked, nothing drawn</source>
        <translation>se pidió el %1, nada dibujado</translation>
    </message>
    <message>
        <source>%1 asked, read as %2</source>
        <translation>se pidió el %1, leído como %2</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>; hint: %1</source>
        <translation>; pista: %1</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>No hay intentos en este periodo.</translation>
    </message>
    <message>
        <source>Choose an attempt to see how it was drawn.</source>
        <translation>Elige un intento para ver cómo se dibujó.</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(no se guardaron los trazos)</translation>
    </message>
</context>
<context>
    <name>ProgressChartView</name>
    <message>
        <source>All digits</source>
        <translation>Todos los números</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Número %1</translation>
    </message>
    <message>
        <source>Which digit&apos;s progress the chart shows</source>
        <translation>De qué número muestra el progreso el gráfico</translation>
    </message>
    <message>
        <source>Chart &amp;for:</source>
        <translation>Gráfico &amp;de:</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progreso a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>ProgressOverview</name>
    <message>
        <source>Whose progress is shown</source>
        <translation>De quién se muestra el progreso</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Digits that need work</source>
        <translation>Números que necesitan práctica</translation>
    </message>
    <message>
        <source>Formation hints to practise</source>
        <translation>Pistas de trazado que practicar</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>No hay intentos en este periodo.</translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation>Alumnos: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 (free drawing: %2)</source>
        <translation>Intentos: %1 (dibujo libre: %2)</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Intentos: %1</translation>
    </message>
    <message>
        <source>read as asked: %1 of %2 (%3)</source>
        <translation>leídos como el pedido: %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Needs work: %1.</source>
        <translation>Necesitan práctica: %1.</translation>
    </message>
    <message>
        <source>Not tried yet: %1.</source>
        <translation>Aún sin intentar: %1.</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Todos los números se leen como el pedido al menos el %1 de las veces: ¡buen trabajo!</translation>
    </message>
    <message>
        <source>starts elsewhere %1</source>
        <translation>empieza en otro sitio %1</translation>
    </message>
    <message>
        <source>other way round %1</source>
        <translation>sentido contrario %1</translation>
    </message>
    <message>
        <source>stroke order %1</source>
        <translation>orden de los trazos %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formation to practise: %1</source>
        <translation>Trazado que practicar: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>the file is not an SQLite database (its %1 bytes do not start as one)</source>
        <translation>el archivo no es una base de datos SQLite (sus %1 bytes no empiezan como una)</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>no se puede escribir en el archivo (%1)</translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal there (%1)</source>
        <translation>no se puede escribir en su carpeta, y SQLite guarda allí su archivo de diario (%1)</translation>
    </message>
    <message>
        <source>There is already a student named %1, archived: restore them under Students, or choose another name.</source>
        <translation>Ya hay un alumno archivado llamado %1: restáuralo en Alumnos o elige otro nombre.</translation>
    </message>
    <message>
        <source>There is already a student named %1.</source>
        <translation>Ya hay un alumno llamado %1.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: Qt&apos;s %2 driver is not installed (Debian package %3).</source>
        <translation>No se puede abrir la base de datos de progreso %1: el controlador %2 de Qt no está instalado (paquete de Debian %3).</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: its folder cannot be created.</source>
        <translation>No se puede abrir la base de datos de progreso %1: no se puede crear su carpeta.</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be used: %2. It was left as it is; choose another file, or move this one away to start a new database.</source>
        <translation>La base de datos de progreso %1 no se puede usar: %2. Se ha dejado tal como estaba; elige otro archivo, o mueve este a otro sitio para empezar una base de datos nueva.</translation>
    </message>
    <message>
        <source>The progress database %1 is read-only: %2. It was left as it is; attempts are kept as files until it can be written.</source>
        <translation>La base de datos de progreso %1 es de solo lectura: %2. Se ha dejado tal como estaba; los intentos se guardan como archivos hasta que se pueda escribir en ella.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2</source>
        <translation>No se puede abrir la base de datos de progreso %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2</source>
        <translation>No se puede preparar la base de datos de progreso %1: %2</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged or is not a database (%2); it was left as it is.</source>
        <translation>La base de datos de progreso %1 está dañada o no es una base de datos (%2); se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2.</source>
        <translation>No se puede abrir la base de datos de progreso %1: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2.</source>
        <translation>No se puede preparar la base de datos de progreso %1: %2.</translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation>no se puede leer la versión de su esquema</translation>
    </message>
    <message>
        <source>The database %1 is not a Digit Tutor progress database (it has other tables); it was left as it is.</source>
        <translation>La base de datos %1 no es una base de datos de progreso de Digit Tutor (tiene otras tablas); se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>The progress database %1 was made by a newer Digit Tutor (schema %2; this one knows up to %3); it was left as it is.</source>
        <translation>La base de datos de progreso %1 la creó una versión más reciente de Digit Tutor (esquema %2; esta conoce hasta el %3); se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>step %1 of the schema failed: %2</source>
        <translation>falló el paso %1 del esquema: %2</translation>
    </message>
    <message>
        <source>%1 (progress database %2): %3</source>
        <translation>%1 (base de datos de progreso %2): %3</translation>
    </message>
    <message>
        <source>Cannot read the students</source>
        <translation>No se pueden leer los alumnos</translation>
    </message>
    <message>
        <source>Cannot read a student</source>
        <translation>No se puede leer un alumno</translation>
    </message>
    <message>
        <source>There is no student number %1.</source>
        <translation>No existe el alumno número %1.</translation>
    </message>
    <message>
        <source>There is no student named %1.</source>
        <translation>No existe ningún alumno llamado %1.</translation>
    </message>
    <message>
        <source>Cannot add the Guest student</source>
        <translation>No se puede añadir el alumno Invitado</translation>
    </message>
    <message>
        <source>A student&apos;s name must have 1 to %1 characters.</source>
        <translation>El nombre de un alumno debe tener de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>Cannot add the student %1</source>
        <translation>No se puede añadir el alumno %1</translation>
    </message>
    <message>
        <source>Guest keeps its name: it is the student of attempts made without choosing one.</source>
        <translation>Invitado conserva su nombre: es el alumno de los intentos hechos sin elegir ninguno.</translation>
    </message>
    <message>
        <source>Cannot change the student %1</source>
        <translation>No se puede cambiar el alumno %1</translation>
    </message>
    <message>
        <source>An attempt with asked digit %1, recognised digit %2 and %3 stars cannot be stored.</source>
        <translation>No se puede guardar un intento con el número pedido %1, el número reconocido %2 y %3 estrellas.</translation>
    </message>
    <message>
        <source>Cannot store the attempt</source>
        <translation>No se puede guardar el intento</translation>
    </message>
    <message>
        <source>Cannot count the attempts</source>
        <translation>No se pueden contar los intentos</translation>
    </message>
    <message>
        <source>Cannot read the classes</source>
        <translation>No se pueden leer las clases</translation>
    </message>
    <message>
        <source>Cannot read a setting</source>
        <translation>No se puede leer un ajuste</translation>
    </message>
    <message>
        <source>Cannot save a setting</source>
        <translation>No se puede guardar un ajuste</translation>
    </message>
    <message>
        <source>A page of %1 attempts cannot be read: a page holds 1 to %2.</source>
        <translation>No se puede leer una página de %1 intentos: una página contiene de 1 a %2.</translation>
    </message>
    <message>
        <source>Cannot read the saved attempts</source>
        <translation>No se pueden leer los intentos guardados</translation>
    </message>
    <message>
        <source>Cannot read an attempt</source>
        <translation>No se puede leer un intento</translation>
    </message>
    <message>
        <source>There is no attempt number %1 in the progress database %2; it may have been removed with its student.</source>
        <translation>No existe el intento número %1 en la base de datos de progreso %2; puede que se eliminara junto con su alumno.</translation>
    </message>
    <message>
        <source>Cannot read a practice plan</source>
        <translation>No se puede leer un plan de práctica</translation>
    </message>
    <message>
        <source>A practice plan of %1 bytes cannot be stored: the most is %2.</source>
        <translation>No se puede guardar un plan de práctica de %1 bytes: el máximo es %2.</translation>
    </message>
    <message>
        <source>Cannot save the practice plan of student number %1</source>
        <translation>No se puede guardar el plan de práctica del alumno número %1</translation>
    </message>
    <message>
        <source>Cannot read the attempts</source>
        <translation>No se pueden leer los intentos</translation>
    </message>
    <message>
        <source>Guest cannot be removed: it is the student of attempts made without choosing one.</source>
        <translation>Invitado no se puede retirar: es el alumno de los intentos hechos sin elegir ninguno.</translation>
    </message>
    <message>
        <source>Cannot archive the student %1</source>
        <translation>No se puede archivar el alumno %1</translation>
    </message>
    <message>
        <source>Cannot restore the student %1</source>
        <translation>No se puede restaurar el alumno %1</translation>
    </message>
    <message>
        <source>%1 is in the lists: only an archived student can be deleted for good.</source>
        <translation>%1 está en las listas: solo se puede eliminar definitivamente un alumno archivado.</translation>
    </message>
    <message>
        <source>Cannot delete the student %1</source>
        <translation>No se puede eliminar el alumno %1</translation>
    </message>
    <message>
        <source>Cannot read the students deleted for good</source>
        <translation>No se pueden leer los alumnos eliminados definitivamente</translation>
    </message>
    <message>
        <source>it is busy, locked by another program or window writing to it; try again in a moment</source>
        <translation>está ocupada, bloqueada por otro programa o ventana que está escribiendo en ella; vuelve a intentarlo dentro de un momento</translation>
    </message>
    <message>
        <source>it is read-only (check the permissions of the file and its folder)</source>
        <translation>es de solo lectura (comprueba los permisos del archivo y de su carpeta)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2.</source>
        <translation>La base de datos de progreso %1 está dañada: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 could not be checked: %2.</source>
        <translation>No se ha podido comprobar la base de datos de progreso %1: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2. Reports may leave attempts out. Keep a copy of the file and have it repaired (the sqlite3 tool&apos;s .recover command rescues what can be read).</source>
        <translation>La base de datos de progreso %1 está dañada: %2. Puede que los informes omitan intentos. Guarda una copia del archivo y haz que la reparen (el comando .recover de la herramienta sqlite3 rescata lo que se pueda leer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the app knows.</source>
        <translation>«%1» no es un idioma que la aplicación conozca.</translation>
    </message>
    <message>
        <source>Cannot read the language of the class %1</source>
        <translation>No se puede leer el idioma de la clase %1</translation>
    </message>
    <message>
        <source>Only a class or group has a language of its own; this student has none.</source>
        <translation>Solo una clase o un grupo tiene idioma propio; este alumno no tiene clase.</translation>
    </message>
    <message>
        <source>Cannot set the language of the class %1</source>
        <translation>No se puede establecer el idioma de la clase %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Cannot read the languages of the students</source>
        <translation>No se pueden leer los idiomas de los alumnos</translation>
    </message>
</context>
<context>
    <name>ProgressSubjectChooser</name>
    <message>
        <source>Whose progress to show: a student or a class</source>
        <translation>De quién mostrar el progreso: un alumno o una clase</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <translation>%1, clase %2</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Why there is no progress to show</source>
        <translation>Por qué no hay progreso que mostrar</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>&amp;Volver a leer</translation>
    </message>
    <message>
        <source>Read the progress store again</source>
        <translation>Volver a leer el almacén de progreso</translation>
    </message>
    <message>
        <source>&amp;Progress of:</source>
        <translation>&amp;Progreso de:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Fechas elegidas</translation>
    </message>
    <message>
        <source>Which period to show</source>
        <translation>Qué periodo mostrar</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>E&amp;xport report...</source>
        <translation>E&amp;xportar informe...</translation>
    </message>
    <message>
        <source>Export a progress report of what is shown</source>
        <translation>Exportar un informe de progreso de lo que se muestra</translation>
    </message>
    <message>
        <source>Save the figures shown as a PDF to print, a CSV for a spreadsheet or an HTML page</source>
        <translation>Guardar los datos mostrados como PDF para imprimir, como CSV para una hoja de cálculo o como página HTML</translation>
    </message>
    <message>
        <source>The report last saved</source>
        <translation>El último informe guardado</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>&amp;Números</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>&amp;Alumnos</translation>
    </message>
    <message>
        <source>The progress cannot be read. %1</source>
        <translation>No se puede leer el progreso. %1</translation>
    </message>
    <message>
        <source>There is no progress to show: no progress store is open. Once the app has a place to keep the children&apos;s attempts, each student&apos;s progress appears here.</source>
        <translation>No hay progreso que mostrar: no hay ningún almacén de progreso abierto. En cuanto la aplicación tenga un sitio donde guardar los intentos de los niños, aquí aparecerá el progreso de cada alumno.</translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation>Todavía no hay alumnos</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (clase %2)</translation>
    </message>
    <message>
        <source>There is no progress store to make a report from.</source>
        <translation>No hay ningún almacén de progreso con el que hacer un informe.</translation>
    </message>
    <message>
        <source>Choose a student or a class to report on.</source>
        <translation>Elige un alumno o una clase para el informe.</translation>
    </message>
    <message>
        <source>The report&apos;s file name must end in .pdf, .csv or .html; &quot;%1&quot; does not.</source>
        <translation>El nombre de archivo del informe debe terminar en .pdf, .csv o .html; «%1» no termina así.</translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation>Progreso %1 %2</translation>
    </message>
    <message>
        <source>Writing the report %1...</source>
        <translation>Escribiendo el informe %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Exportar informe de progreso</translation>
    </message>
    <message>
        <source>How far the report is</source>
        <translation>Avance del informe</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>No se puede escribir el informe: %1</translation>
    </message>
</context>
<context>
    <name>ReportFileChooser</name>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF, para imprimir (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (*.csv)</source>
        <translation>CSV, para una hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>HTML, for a browser or an e-mail (*.html *.htm)</source>
        <translation>HTML, para un navegador o un correo electrónico (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Exportar informe de progreso</translation>
    </message>
    <message>
        <source>There is already a file named %1 in %2. Replace it with the new report?</source>
        <translation>Ya hay un archivo llamado %1 en %2. ¿Quieres sustituirlo por el nuevo informe?</translation>
    </message>
    <message>
        <source>The file there now would be lost.</source>
        <translation>Se perdería el archivo que hay ahora.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Sustituir</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Conservarlo</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Se ha cancelado el informe.</translation>
    </message>
    <message>
        <source>Cannot draw the report&apos;s PDF pages.</source>
        <translation>No se pueden dibujar las páginas PDF del informe.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report&apos;s PDF.</source>
        <translation>No se puede empezar la página %1 del PDF del informe.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot finish the report&apos;s PDF.</source>
        <translation>No se puede terminar el PDF del informe.</translation>
    </message>
    <message>
        <source>read as asked</source>
        <translation>leídos como el pedido</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>intentos</translation>
    </message>
    <message>
        <source>average stars</source>
        <translation>media de estrellas</translation>
    </message>
    <message>
        <source>learnt (%1%)</source>
        <translation>aprendido (%1%)</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per week</source>
        <translation>Leídos como el pedido, estrellas e intentos, por semana</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per day</source>
        <translation>Leídos como el pedido, estrellas e intentos, por día</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per week</source>
        <translation>Número %1: leídos como el pedido, estrellas e intentos, por semana</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per day</source>
        <translation>Número %1: leídos como el pedido, estrellas e intentos, por día</translation>
    </message>
    <message>
        <source>Digit %1: no attempts in this period</source>
        <translation>Número %1: no hay intentos en este periodo</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>No hay intentos en este periodo</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read as asked</source>
        <translation>%1: %2 de %3 leídos como el pedido</translation>
    </message>
    <message>
        <source>started in an unusual place</source>
        <translation>inicio en un sitio poco habitual</translation>
    </message>
    <message>
        <source>drawn the other way round</source>
        <translation>trazado en sentido contrario</translation>
    </message>
    <message>
        <source>strokes in an unusual order</source>
        <translation>trazos en un orden poco habitual</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>inicio %1</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>sentido %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>orden %1</translation>
    </message>
    <message>
        <source>most often %1 (in %2 of %3 attempts)</source>
        <translation>lo más frecuente: %1 (en %2 de %3 intentos)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>todos los intentos</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Attempts made</source>
        <translation>Intentos realizados</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Informe creado</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>No hay intentos en este periodo.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Alumnos</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>%1 (of which free drawing: %2)</source>
        <translation>%1 (de ellos, dibujo libre: %2)</translation>
    </message>
    <message>
        <source>Read as the asked digit</source>
        <translation>Leídos como el número pedido</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Digits to practise next</source>
        <translation>Números que practicar a continuación</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Todos los números se leen como el pedido al menos el %1 de las veces: ¡buen trabajo!</translation>
    </message>
    <message>
        <source>read as asked in %1 of %2 attempts (%3)</source>
        <translation>leído como el pedido en %1 de %2 intentos (%3)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>aún sin intentar</translation>
    </message>
    <message>
        <source>Chosen first from the digits read as asked less than %1 of the time, the lowest first (on a tie, the one tried more), then from the digits not tried yet.</source>
        <translation>Se eligen primero entre los números leídos como el pedido menos del %1 de las veces, empezando por el más bajo (en caso de empate, el más intentado), y después entre los números aún sin intentar.</translation>
    </message>
    <message>
        <source>Each digit</source>
        <translation>Cada número</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Leídos como el pedido</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Porcentaje de aciertos</translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation>Media de estrellas</translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation>Tendencia (puntos)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Al revés</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Pistas de trazado</translation>
    </message>
    <message>
        <source>Trend: the success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on. Reversed: how often the digit was written facing the other way (mirror writing). Formation hints: how often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Tendencia: el porcentaje de aciertos de la segunda mitad de los intentos de un número menos el de la primera mitad, en puntos porcentuales, a partir de %1 intentos. Al revés: con qué frecuencia el número se escribió al revés (escritura en espejo). Pistas de trazado: con qué frecuencia se mostró al niño un sitio mejor por donde empezar, un sentido mejor o un orden de trazos mejor.</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progreso a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Success rate and attempts per week</source>
        <translation>Porcentaje de aciertos e intentos por semana</translation>
    </message>
    <message>
        <source>Success rate and attempts per day</source>
        <translation>Porcentaje de aciertos e intentos por día</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>Semana (desde el lunes)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>%1 attempt at %2: %3 of 3 stars</source>
        <translation>%1 intento del %2: %3 de 3 estrellas</translation>
    </message>
    <message>
        <source>written facing the other way</source>
        <translation>escrito al revés</translation>
    </message>
    <message>
        <source>Best and latest attempt at each digit</source>
        <translation>Mejor y último intento de cada número</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>no guide</source>
        <translation>sin guía</translation>
    </message>
    <message>
        <source>Guide for %1</source>
        <translation>Guía del %1</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Beside the guide the app shows for the digit. A green dot marks where each stroke began. Best: the most stars, then the surest reading.</source>
        <translation>Junto a la guía que la aplicación muestra para el número. Un punto verde marca dónde empezó cada trazo. Mejor: el de más estrellas y, después, el de lectura más segura.</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Practicar a continuación</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation>Informe de progreso de la clase</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>Class progress report: %1</source>
        <translation>Informe de progreso de la clase: %1</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Informe de progreso: %1</translation>
    </message>
    <message>
        <source>Cannot draw the report: the program has no QGuiApplication, which fonts need (try the offscreen platform).</source>
        <translation>No se puede dibujar el informe: el programa no tiene QGuiApplication, que las fuentes necesitan (prueba con la plataforma offscreen).</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (BCP 47), for the report&apos;s lang attribute.</extracomment>
        <translation>es</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>No se indicó ningún nombre de archivo para el informe.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>No se puede escribir el informe en %1: %2.</translation>
    </message>
    <message>
        <source>The report&apos;s period starts on %1, after it ends on %2.</source>
        <translation>El periodo del informe empieza el %1, después de terminar el %2.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Formato de informe desconocido.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>No se puede escribir el informe: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>student</source>
        <translation>alumno</translation>
    </message>
    <message>
        <source>group</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>asked_digit</source>
        <translation>número_pedido</translation>
    </message>
    <message>
        <source>recognised_digit</source>
        <translation>número_reconocido</translation>
    </message>
    <message>
        <source>success</source>
        <translation>acierto</translation>
    </message>
    <message>
        <source>posterior</source>
        <translation>probabilidad_a_posteriori</translation>
    </message>
    <message>
        <source>log_likelihood</source>
        <translation>log_verosimilitud</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>atípico</translation>
    </message>
    <message>
        <source>typicality</source>
        <translation>tipicidad</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>estrellas</translation>
    </message>
    <message>
        <source>formation</source>
        <translation>trazado</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>invertido</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>strokes</source>
        <translation>trazos</translation>
    </message>
</context>
<context>
    <name>ShowMeCoach</name>
    <message>
        <source>Try starting at the green dot.</source>
        <translation>Prueba a empezar en el punto verde.</translation>
    </message>
    <message>
        <source>Try it from the green dot, the arrow&apos;s way.</source>
        <translation>Prueba desde el punto verde, hacia donde va la flecha.</translation>
    </message>
    <message>
        <source>Try this part first, from the green dot.</source>
        <translation>Haz primero esta parte, desde el punto verde.</translation>
    </message>
</context>
<context>
    <name>ShowMeOverlay</name>
    <message>
        <source>The digit being written</source>
        <translation>El número mientras se escribe</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare my drawing with the guide</source>
        <translation>Comparar mi dibujo con la guía</translation>
    </message>
    <message>
        <source>Show what is missing and what is extra</source>
        <translation>Ver lo que falta y lo que sobra</translation>
    </message>
</context>
<context>
    <name>StarsView</name>
    <message>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n estrella</numerusform>
            <numerusform>%n estrellas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Writes with the left hand</source>
        <translation>Escribe con la mano izquierda</translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation>Añadir alumno</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>Editar alumno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>Clase o grupo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Class or group:</source>
        <translation>Clase o grupo:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Same as the class</source>
        <translation>El de la clase</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language the child sees and hears: a child may speak another language at home</source>
        <translation>El idioma que el niño ve y oye: un niño puede hablar otro idioma en casa</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>StudentFiguresTable</name>
    <message>
        <source>Student</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Leídos como el pedido</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Acierto</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Practicar a continuación</translation>
    </message>
    <message>
        <source>Every attempt, free drawing included</source>
        <translation>Todos los intentos, incluido el dibujo libre</translation>
    </message>
    <message>
        <source>Attempts at an asked digit that were read as that digit</source>
        <translation>Intentos con un número pedido que se leyeron como ese número</translation>
    </message>
    <message>
        <source>The digits this student should practise next</source>
        <translation>Los números que este alumno debería practicar a continuación</translation>
    </message>
    <message>
        <source>Figures for each student of the class; activate a row to see that student</source>
        <translation>Datos de cada alumno de la clase; activa una fila para ver a ese alumno</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Below %1: needs work</source>
        <translation>Por debajo del %1: necesita práctica</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, necesita práctica</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Who is writing?</source>
        <translation>¿Quién escribe?</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>Soy %1</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Escribir como %1</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Add...</source>
        <translation>Añadir...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Retirar...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Delete for Good...</source>
        <translation>Eliminar definitivamente...</translation>
    </message>
    <message>
        <source>Add a student for each child: at the start they tap their own name, and their attempts are kept for them. Guest is for anyone else. A student removed is archived: out of the lists, their attempts kept, until you restore them or delete them for good.</source>
        <translation>Añade un alumno por cada niño: al empezar, cada uno toca su propio nombre y sus intentos se guardan para él. Invitado es para cualquier otra persona. Un alumno retirado se archiva: sale de las listas y se conservan sus intentos, hasta que lo restaures o lo elimines definitivamente.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Mano</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Alumnos</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>Archived: not in the lists, attempts kept</source>
        <translation>Archivado: no aparece en las listas, se conservan sus intentos</translation>
    </message>
    <message>
        <source>Remove Student</source>
        <translation>Retirar alumno</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the lists? %1 will be archived and their %n attempt(s) kept; you can restore them or delete them for good on this page.</source>
        <translation>
            <numerusform>¿Retirar a %1 de las listas? %1 se archivará y se conservará su %n intento; puedes restaurarlo o eliminarlo definitivamente en esta página.</numerusform>
            <numerusform>¿Retirar a %1 de las listas? %1 se archivará y se conservarán sus %n intentos; puedes restaurarlo o eliminarlo definitivamente en esta página.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Delete Student for Good</source>
        <translation>Eliminar alumno definitivamente</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and their %n attempt(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente a %1 y su %n intento? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar definitivamente a %1 y sus %n intentos? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Class Language...</source>
        <translation>Idioma de la clase...</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language the children of the chosen student&apos;s class see and hear</source>
        <translation>El idioma que ven y oyen los niños de la clase del alumno elegido</translation>
    </message>
    <message>
        <source>%1 (the computer&apos;s)</source>
        <translation>%1 (el del ordenador)</translation>
    </message>
</context>
<context>
    <name>TeacherArea</name>
    <message>
        <source>Teacher Area</source>
        <translation>Zona del profesorado</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Alumnos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Saved Attempts...</source>
        <translation>Intentos guardados...</translation>
    </message>
    <message>
        <source>Every attempt, newest first: watch how each was written</source>
        <translation>Todos los intentos, los más recientes primero: mira cómo se escribió cada uno</translation>
    </message>
    <message>
        <source>Quit Digit Tutor</source>
        <translation>Salir de Digit Tutor</translation>
    </message>
    <message>
        <source>The progress database is not available, so students and progress cannot be shown: %1</source>
        <translation>La base de datos de progreso no está disponible, así que no se pueden mostrar los alumnos ni el progreso: %1</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can open this area. Set one under Settings to keep children out.</source>
        <translation>Todavía no hay ningún PIN: cualquiera puede abrir esta zona. Establece uno en Ajustes para que los niños no puedan entrar.</translation>
    </message>
    <message>
        <source>No voice on this computer speaks %1: children who practise in it see the words but hear nothing. A system administrator can add voices (on Debian, the package speech-dispatcher-espeak-ng).</source>
        <translation>Ninguna voz de este ordenador habla %1: los niños que practican en ese idioma ven las palabras pero no oyen nada. Un administrador del sistema puede añadir voces (en Debian, el paquete speech-dispatcher-espeak-ng).</translation>
    </message>
</context>
<context>
    <name>TeacherLock</name>
    <message>
        <source>The PIN or password needs at least %1 characters.</source>
        <translation>El PIN o la contraseña debe tener al menos %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>TeacherSettingsPage</name>
    <message>
        <source>Set PIN</source>
        <translation>Establecer PIN</translation>
    </message>
    <message>
        <source>After a digit, show where to start when it was written an unusual way</source>
        <translation>Después de un número, mostrar por dónde empezar si se escribió de una forma poco habitual</translation>
    </message>
    <message>
        <source>Speak to the children</source>
        <translation>Hablar a los niños</translation>
    </message>
    <message>
        <source>Sound effects</source>
        <translation>Efectos de sonido</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>Empezar en pantalla completa</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>Usar esta base de datos</translation>
    </message>
    <message>
        <source>Teacher area PIN or password</source>
        <translation>PIN o contraseña de la zona del profesorado</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>Nuevo PIN o contraseña</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Repítelo</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>Nuevo PIN o contraseña:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Repítelo:</translation>
    </message>
    <message>
        <source>The children&apos;s screen</source>
        <translation>La pantalla de los niños</translation>
    </message>
    <message>
        <source>Children who cannot read yet hear every message. Full screen takes effect the next time the app starts.</source>
        <translation>Los niños que aún no saben leer oyen todos los mensajes. La pantalla completa se aplica la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Pistas de trazado</translation>
    </message>
    <message>
        <source>Switch them off where your school teaches other ways of forming the digits. What the check finds is kept for the progress view either way.</source>
        <translation>Desactívalas si en tu colegio se enseñan otras formas de trazar los números. Lo que detecta la comprobación se guarda igualmente para la vista de progreso.</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Base de datos de progreso</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own file. A school can keep one PostgreSQL server for all its classroom computers: postgresql://user@server/digit_tutor. Its password is not saved: give it once each time the app starts.</source>
        <translation>Vacío: el archivo propio de este ordenador. Un colegio puede tener un único servidor PostgreSQL para todos los ordenadores de sus aulas: postgresql://user@server/digit_tutor. Su contraseña no se guarda: hay que introducirla una vez cada vez que se inicia la aplicación.</translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>el archivo propio de este ordenador</translation>
    </message>
    <message>
        <source>The server&apos;s password</source>
        <translation>La contraseña del servidor</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>solo si el servidor la pide</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same one twice.</source>
        <translation>Los dos PIN no coinciden; escribe el mismo dos veces.</translation>
    </message>
    <message>
        <source>The PIN is set: the teacher area now asks for it.</source>
        <translation>El PIN está establecido: ahora la zona del profesorado lo pide.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Teacher Area</source>
        <translation>Zona del profesorado</translation>
    </message>
    <message>
        <source>The teacher&apos;s PIN or password:</source>
        <translation>PIN o contraseña del profesorado:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN o contraseña</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>Demasiados PIN incorrectos.</translation>
    </message>
    <message>
        <source>That is not the teacher&apos;s PIN.</source>
        <translation>Ese no es el PIN del profesorado.</translation>
    </message>
    <message>
        <source>%1 Try again in %2 s.</source>
        <translation>%1 Vuelve a intentarlo dentro de %2 s.</translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Vuelve a intentarlo.</translation>
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
        <translation>No se puede cargar el modelo</translation>
    </message>
    <message>
        <source>The bundled model is used instead.</source>
        <translation>Se usa en su lugar el modelo incluido.</translation>
    </message>
    <message>
        <source>Progress is kept as files, not in the database: %1</source>
        <translation>El progreso se guarda como archivos, no en la base de datos: %1</translation>
    </message>
    <message>
        <source>Practise writing the digits 0-9.</source>
        <translation>Practicar la escritura de los números del 0 al 9.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda sobre las opciones de la línea de órdenes.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Muestra la información de la versión.</translation>
    </message>
    <message>
        <source>Digit model file (.dtm) to use; without it the bundled default model.</source>
        <translation>Archivo de modelo de números (.dtm) que se usará; sin él, el modelo predeterminado incluido.</translation>
    </message>
    <message>
        <source>Ways-of-writing file (.ways) for &quot;Show me&quot; and the formation hints; without it the bundled one.</source>
        <translation>Archivo de formas de escribir (.ways) para «Enséñame» y las pistas de trazado; sin él, el incluido.</translation>
    </message>
    <message>
        <source>Progress database: an SQLite file or postgresql://user@host/dbname; without it the teacher&apos;s setting, else the user&apos;s own file.</source>
        <translation>Base de datos de progreso: un archivo SQLite o postgresql://user@host/dbname; sin ella, el ajuste del profesorado o, si no lo hay, el archivo propio del usuario.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are passed on to Qt.
</source>
        <translation>Las opciones propias de Qt, como -platform NOMBRE y -style NOMBRE, se pasan a Qt.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>opción desconocida &apos;%1&apos;; consulta &apos;digit-tutor --help&apos;.</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value.</source>
        <translation>la opción &apos;%1&apos; necesita un valor.</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>un archivo de modelo</translation>
    </message>
    <message>
        <source>a ways-of-writing file</source>
        <translation>un archivo de formas de escribir</translation>
    </message>
    <message>
        <source>a file or a postgresql:// URL</source>
        <translation>un archivo o una URL postgresql://</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value (%2).</source>
        <translation>la opción &apos;%1&apos; necesita un valor (%2).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>argumento inesperado &apos;%1&apos;; consulta &apos;digit-tutor --help&apos;.</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.

%2</source>
        <translation>No se ha podido cargar el modelo %1.

%2</translation>
    </message>
</context>
</TS>
