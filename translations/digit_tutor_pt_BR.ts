<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AttemptArchive</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; não é um número inteiro de %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; não é um número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text of at most %2 characters</source>
        <translation>&quot;%1&quot; não é um texto de no máximo %2 caracteres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; não é verdadeiro nem falso</translation>
    </message>
    <message>
        <source>&quot;key&quot; is empty</source>
        <translation>&quot;key&quot; está vazio</translation>
    </message>
    <message>
        <source>&quot;when&quot; is not a time</source>
        <translation>&quot;when&quot; não é uma data e hora</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the asked digit %1 is not 0-9 (or -1 for free drawing).</source>
        <translation>Não é possível salvar a tentativa: o algarismo pedido %1 não está entre 0 e 9 (nem é -1, para desenho livre).</translation>
    </message>
    <message>
        <source>Cannot save the attempt: the folder %1 cannot be created; check that it is writable.</source>
        <translation>Não é possível salvar a tentativa: não é possível criar a pasta %1; verifique se ela permite gravação.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: %2.</source>
        <translation>Não é possível salvar a tentativa na pasta %1: %2.</translation>
    </message>
    <message>
        <source>Cannot save the attempt in the folder %1: every name for %2 is taken.</source>
        <translation>Não é possível salvar a tentativa na pasta %1: todos os nomes para %2 já estão em uso.</translation>
    </message>
    <message>
        <source>Cannot save the attempt %1: %2.</source>
        <translation>Não é possível salvar a tentativa %1: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 does not exist.</source>
        <translation>A tentativa %1 não existe.</translation>
    </message>
    <message>
        <source>The attempt cannot be read: %1</source>
        <translation>Não é possível ler a tentativa: %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be read: %2.</source>
        <translation>Não é possível ler a tentativa %1: %2.</translation>
    </message>
    <message>
        <source>The attempt %1 is not a stroke file: it has %2 bytes, more than any attempt (%3).</source>
        <translation>A tentativa %1 não é um arquivo de traços: tem %2 bytes, mais do que qualquer tentativa (%3).</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has no format</source>
        <translation>o campo &quot;attempt&quot; não tem formato</translation>
    </message>
    <message>
        <source>it was kept by a newer Digit Tutor (format %1; this one reads up to %2)</source>
        <translation>ela foi salva por uma versão mais recente do Digit Tutor (formato %1; esta lê até o %2)</translation>
    </message>
    <message>
        <source>its &quot;attempt&quot; has the unknown format %1</source>
        <translation>o campo &quot;attempt&quot; tem o formato desconhecido %1</translation>
    </message>
    <message>
        <source>The attempt %1 cannot be removed: %2.</source>
        <translation>Não é possível remover a tentativa %1: %2.</translation>
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
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Reconhecido como</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrelas</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>horário desconhecido</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 de %2 estrelas</translation>
    </message>
    <message>
        <source>facing the other way</source>
        <translation>virado para o outro lado</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>não é um algarismo</translation>
    </message>
    <message>
        <source>nothing drawn</source>
        <translation>nada desenhado</translation>
    </message>
    <message>
        <source>right</source>
        <translation>correto</translation>
    </message>
    <message>
        <source>another digit</source>
        <translation>outro algarismo</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>desenho livre</translation>
    </message>
</context>
<context>
    <name>AttemptsDialog</name>
    <message>
        <source>%1 asked, read as %2: %3</source>
        <translation>algarismo pedido %1, reconhecido como %2: %3</translation>
    </message>
    <message>
        <source>free drawing, read as %1</source>
        <translation>desenho livre, reconhecido como %1</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(nenhum traço foi guardado)</translation>
    </message>
    <message>
        <source>Saved Attempts</source>
        <translation>Tentativas salvas</translation>
    </message>
    <message>
        <source>Whose attempts</source>
        <translation>De quem são as tentativas</translation>
    </message>
    <message>
        <source>Attempts in the progress database, newest first</source>
        <translation>Tentativas no banco de dados de progresso, das mais recentes para as mais antigas</translation>
    </message>
    <message>
        <source>In the Progress Database</source>
        <translation>No banco de dados de progresso</translation>
    </message>
    <message>
        <source>Replay of the chosen attempt</source>
        <translation>Reprodução da tentativa escolhida</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Sobre a tentativa mostrada</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>&amp;Reproduzir de novo</translation>
    </message>
    <message>
        <source>Play the attempt again</source>
        <translation>Reproduzir a tentativa de novo</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Parar a reprodução</translation>
    </message>
    <message>
        <source>&amp;Twice as fast</source>
        <translation>&amp;Duas vezes mais rápido</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Reproduzir duas vezes mais rápido</translation>
    </message>
    <message>
        <source>Attempts of %1</source>
        <translation>Tentativas de %1</translation>
    </message>
    <message>
        <source>&amp;Whose attempts:</source>
        <translation>De &amp;quem são as tentativas:</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Todas as crianças</translation>
    </message>
    <message>
        <source>The progress database is not available, so its attempts cannot be shown: %1</source>
        <translation>O banco de dados de progresso não está disponível, por isso as tentativas nele não podem ser mostradas: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>nenhum banco de dados está conectado.</translation>
    </message>
    <message>
        <source>No attempts yet. Each drawing a child finishes with Done is kept here.</source>
        <translation>Ainda não há tentativas. Cada desenho que uma criança termina com Pronto fica guardado aqui.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first; older ones come as you scroll down.</source>
        <translation>Tentativas: %1, das mais recentes para as mais antigas; as mais antigas aparecem conforme você rola para baixo.</translation>
    </message>
    <message>
        <source>Attempts: %1, newest first.</source>
        <translation>Tentativas: %1, das mais recentes para as mais antigas.</translation>
    </message>
    <message>
        <source>Choose an attempt to watch it being written.</source>
        <translation>Escolha uma tentativa para ver como ela foi escrita.</translation>
    </message>
    <message>
        <source>Waiting for the Database (%1)</source>
        <translation>Aguardando o banco de dados (%1)</translation>
    </message>
    <message>
        <source>Waiting for the Database</source>
        <translation>Aguardando o banco de dados</translation>
    </message>
    <message>
        <source>%1, %2: %3; kept as the file %4</source>
        <translation>%1, %2: %3; guardada como o arquivo %4</translation>
    </message>
    <message>
        <source>%1 asked</source>
        <translation>algarismo pedido %1</translation>
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
        <translation>Desenhe um número, qualquer um</translation>
    </message>
    <message>
        <source>Write an %1</source>
        <translation>Escreva o número %1</translation>
    </message>
    <message>
        <source>Write a %1</source>
        <translation>Escreva o número %1</translation>
    </message>
    <message>
        <source>Draw a digit first!</source>
        <translation>Primeiro desenhe um número!</translation>
    </message>
    <message>
        <source>Draw an %1 first!</source>
        <translation>Primeiro desenhe o número %1!</translation>
    </message>
    <message>
        <source>Draw a %1 first!</source>
        <translation>Primeiro desenhe o número %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a digit!</source>
        <translation>Vamos escrever um número!</translation>
    </message>
    <message>
        <source>Let&apos;s write an %1!</source>
        <translation>Vamos escrever o número %1!</translation>
    </message>
    <message>
        <source>Let&apos;s write a %1!</source>
        <translation>Vamos escrever o número %1!</translation>
    </message>
    <message>
        <source>That looks like an %1</source>
        <translation>Parece o número %1</translation>
    </message>
    <message>
        <source>That looks like a %1</source>
        <translation>Parece o número %1</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a digit yet</source>
        <translation>Ainda não parece um número</translation>
    </message>
    <message>
        <source>That looks like an %1.</source>
        <translation>Parece o número %1.</translation>
    </message>
    <message>
        <source>That looks like a %1.</source>
        <translation>Parece o número %1.</translation>
    </message>
    <message>
        <source>Your %1 is facing the other way. Let&apos;s turn it round!</source>
        <translation>Seu %1 ficou virado para o outro lado. Vamos virar para o lado certo!</translation>
    </message>
    <message>
        <source>You can write an %1 all by yourself!</source>
        <translation>Você já consegue escrever o número %1 sem ajuda!</translation>
    </message>
    <message>
        <source>You can write a %1 all by yourself!</source>
        <translation>Você já consegue escrever o número %1 sem ajuda!</translation>
    </message>
    <message>
        <source>An %1 written like yours</source>
        <translation>O número %1 escrito do seu jeito</translation>
    </message>
    <message>
        <source>A %1 written like yours</source>
        <translation>O número %1 escrito do seu jeito</translation>
    </message>
    <message>
        <source>Wonderful!</source>
        <translation>Maravilhoso!</translation>
    </message>
    <message>
        <source>Perfect!</source>
        <translation>Perfeito!</translation>
    </message>
    <message>
        <source>Super writing!</source>
        <translation>Que capricho!</translation>
    </message>
    <message>
        <source>Brilliant!</source>
        <translation>Incrível!</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Muito bem!</translation>
    </message>
    <message>
        <source>Good job!</source>
        <translation>Bom trabalho!</translation>
    </message>
    <message>
        <source>Nice work!</source>
        <translation>Mandou bem!</translation>
    </message>
    <message>
        <source>Great!</source>
        <translation>Ótimo!</translation>
    </message>
    <message>
        <source>Good try! Have another go.</source>
        <translation>Boa tentativa! Tente de novo.</translation>
    </message>
    <message>
        <source>Nearly! Try once more.</source>
        <translation>Quase! Tente mais uma vez.</translation>
    </message>
    <message>
        <source>Keep going, you can do it!</source>
        <translation>Continue assim, você consegue!</translation>
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
        <translation>O idioma do computador</translation>
    </message>
    <message>
        <source>Language of Class %1</source>
        <translation>Idioma da turma %1</translation>
    </message>
    <message>
        <source>The children of this class see and hear the app in this language, unless a student has a language of their own.</source>
        <translation>As crianças desta turma veem e ouvem o aplicativo neste idioma, a não ser que um aluno tenha um idioma próprio.</translation>
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
        <translation>Certeza</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for.</source>
        <translation>O quanto o aplicativo tem certeza de que seu desenho é o número pedido.</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>ainda sem certeza</translation>
    </message>
    <message>
        <source>a bit sure</source>
        <translation>um pouco de certeza</translation>
    </message>
    <message>
        <source>quite sure</source>
        <translation>bastante certeza</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>muita certeza</translation>
    </message>
    <message>
        <source>How sure the app is that your drawing is the digit asked for: %1.</source>
        <translation>O quanto o aplicativo tem certeza de que seu desenho é o número pedido: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>Nenhum banco de dados foi informado.</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid URL.</source>
        <translation>O endereço de banco de dados %1 não é uma URL válida.</translation>
    </message>
    <message>
        <source>The database address %1 names no database; add it after the host, as in postgresql://host/digit_tutor.</source>
        <translation>O endereço de banco de dados %1 não indica nenhum banco de dados; acrescente-o depois do host, como em postgresql://host/digit_tutor.</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>A porta em %1 não é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The database address %1 is neither a file nor a postgresql:// URL.</source>
        <translation>O endereço de banco de dados %1 não é um arquivo nem uma URL postgresql://.</translation>
    </message>
    <message>
        <source>The database address %1 names no file.</source>
        <translation>O endereço de banco de dados %1 não indica nenhum arquivo.</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <source>Your drawing on the guide</source>
        <translation>Seu desenho sobre o guia</translation>
    </message>
    <message>
        <source>still to add</source>
        <translation>falta acrescentar</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>não precisa</translation>
    </message>
    <message>
        <source>Blue shows ink still to add: %1% of the guide. Orange shows ink not needed: %2% of the drawing.</source>
        <translation>O azul mostra o traço que ainda falta: %1% do guia. O laranja mostra o traço que não precisa: %2% do desenho.</translation>
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
        <translation>Algarismo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Acertos</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrelas</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendência</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Espelhado</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Dicas de traçado</translation>
    </message>
    <message>
        <source>How often the digit was read as the one asked for</source>
        <translation>Com que frequência o algarismo foi reconhecido como o pedido</translation>
    </message>
    <message>
        <source>The average stars, of 3</source>
        <translation>A média de estrelas, de 3</translation>
    </message>
    <message>
        <source>The success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on.</source>
        <translation>A taxa de acerto da segunda metade das tentativas de um algarismo menos a da primeira metade, em pontos percentuais, a partir de %1 tentativas.</translation>
    </message>
    <message>
        <source>How often the digit was written facing the other way (mirror writing)</source>
        <translation>Com que frequência o algarismo foi escrito virado para o outro lado (escrita espelhada)</translation>
    </message>
    <message>
        <source>How often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Com que frequência foi mostrado à criança um lugar melhor para começar, o sentido ou a ordem dos traços.</translation>
    </message>
    <message>
        <source>Figures for each digit</source>
        <translation>Dados de cada algarismo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>starts elsewhere %1, other way %2, order %3</source>
        <translation>início diferente %1, sentido contrário %2, ordem %3</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, precisa de prática</translation>
    </message>
    <message>
        <source>Needs work: practise this digit next.</source>
        <translation>Precisa de prática: pratique este algarismo a seguir.</translation>
    </message>
    <message>
        <source>%1 of %2 read as asked</source>
        <translation>%1 de %2 reconhecidas como pedido</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing area</source>
        <translation>Área de desenho</translation>
    </message>
    <message>
        <source>Draw the digit here with the mouse, a pen or a finger.</source>
        <translation>Desenhe o número aqui com o mouse, uma caneta ou o dedo.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
    <message>
        <source>A picture of how the digit is usually written.</source>
        <translation>Uma figura de como o número costuma ser escrito.</translation>
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
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Attempts waiting to go into the progress database, newest first</source>
        <translation>Tentativas aguardando para ir para o banco de dados de progresso, das mais recentes para as mais antigas</translation>
    </message>
    <message>
        <source>&amp;Put Them into the Progress Database</source>
        <translation>&amp;Enviar para o banco de dados de progresso</translation>
    </message>
    <message>
        <source>Store the attempts kept here in the progress database, each once, for its own child</source>
        <translation>Armazenar no banco de dados de progresso as tentativas guardadas aqui, cada uma uma única vez, para a criança a que pertence</translation>
    </message>
    <message>
        <source>What putting the attempts into the database did</source>
        <translation>O resultado do envio das tentativas para o banco de dados</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>desenho livre</translation>
    </message>
    <message>
        <source>waiting to go into the progress database</source>
        <translation>aguardando para ir para o banco de dados de progresso</translation>
    </message>
    <message>
        <source>strokes only: replayed here, never stored</source>
        <translation>somente traços: reproduzidos aqui, nunca armazenados</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <source>These attempts could not go into the progress database when they were made (it was not available), so they were kept whole as files on this computer. They are waiting to go into the progress database: nothing is lost. They go in by themselves once it works again, or now with the button below.</source>
        <translation>Estas tentativas não puderam ir para o banco de dados de progresso quando foram feitas (ele não estava disponível), por isso foram guardadas inteiras como arquivos neste computador. Elas estão aguardando para ir para o banco de dados de progresso: nada se perdeu. Elas vão sozinhas assim que ele voltar a funcionar, ou agora, com o botão abaixo.</translation>
    </message>
    <message>
        <source>No attempts are waiting: every attempt is in the progress database.</source>
        <translation>Nenhuma tentativa aguardando: todas as tentativas estão no banco de dados de progresso.</translation>
    </message>
    <message>
        <source>No attempts are waiting to go into the progress database.</source>
        <translation>Nenhuma tentativa está aguardando para ir para o banco de dados de progresso.</translation>
    </message>
    <message>
        <source>Files of strokes only (kept by an older Digit Tutor, or damaged) can be replayed here; they never go into the database.</source>
        <translation>Arquivos só com traços (guardados por uma versão mais antiga do Digit Tutor, ou danificados) podem ser reproduzidos aqui; eles nunca vão para o banco de dados.</translation>
    </message>
    <message>
        <source>The progress database is still not available, so the attempts stay here, safe: %1</source>
        <translation>O banco de dados de progresso continua indisponível, por isso as tentativas ficam aqui, em segurança: %1</translation>
    </message>
    <message>
        <source>no database is connected.</source>
        <translation>nenhum banco de dados está conectado.</translation>
    </message>
    <message>
        <source>Attempts that went into the progress database: %1.</source>
        <translation>Tentativas que foram para o banco de dados de progresso: %1.</translation>
    </message>
    <message>
        <source>The others stay here for now: %1</source>
        <translation>As outras ficam aqui por enquanto: %1</translation>
    </message>
    <message>
        <source>No attempt was waiting.</source>
        <translation>Nenhuma tentativa estava aguardando.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Left-handed</source>
        <translation>Modo para &amp;canhotos</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <source>Teacher &amp;Area...</source>
        <translation>&amp;Área do professor...</translation>
    </message>
    <message>
        <source>Change &amp;Student...</source>
        <translation>Trocar a&amp;luno...</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Quem está escrevendo</translation>
    </message>
    <message>
        <source>Choose who is writing</source>
        <translation>Escolher quem está escrevendo</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Professor</translation>
    </message>
    <message>
        <source>Teacher area</source>
        <translation>Área do professor</translation>
    </message>
    <message>
        <source>Students, progress, reports and settings, for grown-ups</source>
        <translation>Alunos, progresso, relatórios e configurações, para adultos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Hold for two seconds to leave Digit Tutor</source>
        <translation>Segure por dois segundos para sair do Digit Tutor</translation>
    </message>
    <message>
        <source>The database was not changed. %1</source>
        <translation>O banco de dados não foi alterado. %1</translation>
    </message>
    <message>
        <source>Progress is now kept in %1.</source>
        <translation>O progresso agora é guardado em %1.</translation>
    </message>
    <message>
        <source>&quot;Show me&quot; is not available: %1</source>
        <translation>&quot;Me mostre&quot; não está disponível: %1</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>Não é possível carregar o modelo</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; the current model is kept.

%2</source>
        <translation>Não foi possível carregar o modelo %1; o modelo atual foi mantido.

%2</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Banco de dados de progresso</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, criado em %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan could not be read; they start afresh: %2</source>
        <translation>Não foi possível ler o plano de prática de %1; a prática recomeça do início: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan is damaged; they start afresh: %2</source>
        <translation>O plano de prática de %1 está danificado; a prática recomeça do início: %2</translation>
    </message>
    <message>
        <source>%1&apos;s practice plan was not saved: %2</source>
        <translation>O plano de prática de %1 não foi salvo: %2</translation>
    </message>
    <message>
        <source>This attempt was not saved: %1</source>
        <translation>Esta tentativa não foi salva: %1</translation>
    </message>
    <message>
        <source>This attempt was kept as a file, not in the progress database: %1</source>
        <translation>Esta tentativa foi guardada como arquivo, não no banco de dados de progresso: %1</translation>
    </message>
    <message>
        <source>Attempts kept as files stay there for now: %1</source>
        <translation>As tentativas guardadas como arquivos continuam lá por enquanto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) kept as files are of students deleted for good (%1): they stay as files and are not stored. The teacher area&apos;s Saved Attempts shows them.</source>
        <translation>
            <numerusform>%n tentativa guardada como arquivo pertence a alunos excluídos definitivamente (%1): ela continua como arquivo e não é armazenada. Ela aparece em Tentativas salvas, na área do professor.</numerusform>
            <numerusform>%n tentativas guardadas como arquivos pertencem a alunos excluídos definitivamente (%1): elas continuam como arquivos e não são armazenadas. Elas aparecem em Tentativas salvas, na área do professor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1, of which %2 of archived students, who stay archived.</source>
        <translation>As tentativas guardadas como arquivos foram para o banco de dados de progresso: %1, das quais %2 de alunos arquivados, que continuam arquivados.</translation>
    </message>
    <message>
        <source>Attempts kept as files went into the progress database: %1.</source>
        <translation>As tentativas guardadas como arquivos foram para o banco de dados de progresso: %1.</translation>
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
        <translation>O arquivo não registra com o que o modelo aprendeu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handwritten digit(s) of MNIST</source>
        <translation>
            <numerusform>%Ln algarismo manuscrito do MNIST</numerusform>
            <numerusform>%Ln algarismos manuscritos do MNIST</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s) of a class&apos;s own digits</source>
        <translation>
            <numerusform>%Ln imagem de algarismos da própria turma</numerusform>
            <numerusform>%Ln imagens de algarismos da própria turma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s) drawn with a pen</source>
        <translation>
            <numerusform>%Ln algarismo desenhado com caneta</numerusform>
            <numerusform>%Ln algarismos desenhados com caneta</numerusform>
        </translation>
    </message>
    <message>
        <source>Learnt from: %1.</source>
        <translation>Aprendeu com: %1.</translation>
    </message>
    <message>
        <source>Learnt from %1.</source>
        <translation>Aprendeu com %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each drawn digit was also learnt in %n distorted version(s), as a child&apos;s hand might have drawn it.</source>
        <translation>
            <numerusform>Cada algarismo desenhado também foi aprendido em %n versão distorcida, como a mão de uma criança poderia tê-lo desenhado.</numerusform>
            <numerusform>Cada algarismo desenhado também foi aprendido em %n versões distorcidas, como a mão de uma criança poderia tê-lo desenhado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learnt what is not a digit from %Ln doodle(s).</source>
        <translation>
            <numerusform>Aprendeu o que não é um algarismo com %Ln rabisco.</numerusform>
            <numerusform>Aprendeu o que não é um algarismo com %Ln rabiscos.</numerusform>
        </translation>
    </message>
    <message>
        <source>How well it reads digits drawn on the screen is measured apart: the bundled model&apos;s figures are in models/README.md, and digit-tutor-cli evaluate measures any model.</source>
        <translation>A qualidade da leitura de algarismos desenhados na tela é medida à parte: os resultados do modelo incluído estão em models/README.md, e digit-tutor-cli evaluate mede qualquer modelo.</translation>
    </message>
    <message>
        <source>How well it reads is not recorded in the file.</source>
        <translation>O arquivo não registra a qualidade da leitura.</translation>
    </message>
    <message numerus="yes">
        <source>It reads %1 of the MNIST test set right: %Ln handwritten digit(s) it never saw while learning.</source>
        <translation>
            <numerusform>Ele lê corretamente %1 do conjunto de teste do MNIST: %Ln algarismo manuscrito que nunca viu durante o aprendizado.</numerusform>
            <numerusform>Ele lê corretamente %1 do conjunto de teste do MNIST: %Ln algarismos manuscritos que nunca viu durante o aprendizado.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reads %1 of the MNIST test set right.</source>
        <translation>Ele lê corretamente %1 do conjunto de teste do MNIST.</translation>
    </message>
    <message>
        <source>When it was made is not recorded in the file.</source>
        <translation>O arquivo não registra quando o modelo foi criado.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Criado em %1.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Criado em %1.</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from images</source>
        <translation>Formas de escrever cada algarismo, aprendidas de imagens</translation>
    </message>
    <message>
        <source>Ways of writing each digit, learnt from drawings</source>
        <translation>Formas de escrever cada algarismo, aprendidas de desenhos</translation>
    </message>
    <message>
        <source>Weight of the ways learnt from drawings</source>
        <translation>Peso das formas aprendidas de desenhos</translation>
    </message>
    <message>
        <source>Covariance regularisation</source>
        <translation>Regularização da covariância</translation>
    </message>
    <message>
        <source>Slanted digits straightened</source>
        <translation>Algarismos inclinados endireitados</translation>
    </message>
    <message>
        <source>HOG: orientations / cell pixels / block cells</source>
        <translation>HOG: orientações / pixels por célula / células por bloco</translation>
    </message>
    <message>
        <source>Fitting tolerance</source>
        <translation>Tolerância do ajuste</translation>
    </message>
    <message>
        <source>Fitting rounds at most</source>
        <translation>Máximo de rodadas de ajuste</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semente aleatória</translation>
    </message>
    <message>
        <source>Not a digit below this percentile of the training scores</source>
        <translation>Não é algarismo abaixo deste percentil das pontuações de treino</translation>
    </message>
    <message>
        <source>Distorted copies of each MNIST digit</source>
        <translation>Cópias distorcidas de cada algarismo do MNIST</translation>
    </message>
    <message>
        <source>Arithmetic while fitting</source>
        <translation>Aritmética durante o ajuste</translation>
    </message>
    <message>
        <source>Order the features are scored in</source>
        <translation>Ordem em que as características são pontuadas</translation>
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
        <translation>%1 (%2 no total)</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>O modelo padrão incluído</translation>
    </message>
    <message>
        <source>The model file %1</source>
        <translation>O arquivo de modelo %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>models/default.dtm, built into the app</source>
        <translation>models/default.dtm, incluído no aplicativo</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato do arquivo</translation>
    </message>
    <message>
        <source>Ways of writing each digit (components)</source>
        <translation>Formas de escrever cada algarismo (componentes)</translation>
    </message>
    <message>
        <source>Times each drawn digit counts</source>
        <translation>Vezes que cada algarismo desenhado conta</translation>
    </message>
    <message>
        <source>Distorted versions of each drawn digit</source>
        <translation>Versões distorcidas de cada algarismo desenhado</translation>
    </message>
    <message>
        <source>Drawings, %1</source>
        <translation>Desenhos, %1</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Desenhos</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Testado em</translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation>Tempo de aprendizado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Criado por</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Which model is in use</source>
        <translation>Qual modelo está em uso</translation>
    </message>
    <message>
        <source>What the model learnt from</source>
        <translation>Com o que o modelo aprendeu</translation>
    </message>
    <message>
        <source>How well the model reads</source>
        <translation>Qualidade da leitura do modelo</translation>
    </message>
    <message>
        <source>When the model was made</source>
        <translation>Quando o modelo foi criado</translation>
    </message>
    <message>
        <source>Load Model File...</source>
        <translation>Carregar arquivo de modelo...</translation>
    </message>
    <message>
        <source>Use the Bundled Default</source>
        <translation>Usar o modelo padrão incluído</translation>
    </message>
    <message>
        <source>What it learnt from</source>
        <translation>Com o que aprendeu</translation>
    </message>
    <message>
        <source>How well it reads</source>
        <translation>Qualidade da leitura</translation>
    </message>
    <message>
        <source>When it was made</source>
        <translation>Quando foi criado</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>Show the model&apos;s technical settings</source>
        <translation>Mostrar as configurações técnicas do modelo</translation>
    </message>
    <message>
        <source>The model&apos;s technical settings</source>
        <translation>As configurações técnicas do modelo</translation>
    </message>
    <message>
        <source>A model file (.dtm) is made by digit-tutor-cli train, for example on MNIST with your own class&apos;s digits added. A file that is not a valid model is refused and the current model stays.</source>
        <translation>Um arquivo de modelo (.dtm) é criado com digit-tutor-cli train, por exemplo com o MNIST mais os algarismos da sua própria turma. Um arquivo que não seja um modelo válido é recusado, e o modelo atual continua em uso.</translation>
    </message>
    <message>
        <source>Load Model</source>
        <translation>Carregar modelo</translation>
    </message>
    <message>
        <source>Digit models (*.dtm);;All files (*)</source>
        <translation>Modelos de algarismos (*.dtm);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Praticar</translation>
    </message>
    <message>
        <source>Practice mode: write the asked digit</source>
        <translation>Modo prática: escreva o número pedido</translation>
    </message>
    <message>
        <source>Write the digit I ask for</source>
        <translation>Escreva o número que eu pedir</translation>
    </message>
    <message>
        <source>Free drawing</source>
        <translation>Desenho livre</translation>
    </message>
    <message>
        <source>Free drawing mode: draw any digit</source>
        <translation>Modo desenho livre: desenhe qualquer número</translation>
    </message>
    <message>
        <source>Draw any digit and I will say which</source>
        <translation>Desenhe qualquer número e eu digo qual é</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Cobrir</translation>
    </message>
    <message>
        <source>Trace over the guide</source>
        <translation>Escrever por cima do guia</translation>
    </message>
    <message>
        <source>Show the guide under your drawing to trace over</source>
        <translation>Mostrar o guia embaixo do seu desenho para você escrever por cima</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Say the digit to write again</source>
        <translation>Dizer de novo qual número escrever</translation>
    </message>
    <message>
        <source>Hear the question again</source>
        <translation>Ouvir a pergunta de novo</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Me mostre</translation>
    </message>
    <message>
        <source>Show me how to write it</source>
        <translation>Me mostre como escrever</translation>
    </message>
    <message>
        <source>Watch the digit being written, stroke by stroke</source>
        <translation>Veja o número sendo escrito, traço por traço</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Desfazer o último traço</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>Tirar o último traço</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Apagar o desenho</translation>
    </message>
    <message>
        <source>Start the drawing again</source>
        <translation>Começar o desenho de novo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>I am done</source>
        <translation>Terminei</translation>
    </message>
    <message>
        <source>See how well it went</source>
        <translation>Ver como ficou</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Next digit</source>
        <translation>Próximo número</translation>
    </message>
    <message>
        <source>Write another digit</source>
        <translation>Escrever outro número</translation>
    </message>
    <message>
        <source>Which digit to write</source>
        <translation>Qual número escrever</translation>
    </message>
    <message>
        <source>What the drawing looks like</source>
        <translation>Com o que o desenho se parece</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Reconhecido como</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrelas</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Dica</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation>Tentativas, das mais recentes para as mais antigas</translation>
    </message>
    <message>
        <source>The chosen attempt, as the child drew it</source>
        <translation>A tentativa escolhida, como a criança a desenhou</translation>
    </message>
    <message>
        <source>About the attempt shown</source>
        <translation>Sobre a tentativa mostrada</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Reproduzir</translation>
    </message>
    <message>
        <source>Replay the attempt in the timing it was drawn</source>
        <translation>Reproduzir a tentativa no ritmo em que foi desenhada</translation>
    </message>
    <message>
        <source>Watch the attempt being drawn again, stroke by stroke</source>
        <translation>Ver a tentativa sendo desenhada de novo, traço por traço</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Stop the replay</source>
        <translation>Parar a reprodução</translation>
    </message>
    <message>
        <source>T&amp;wice as fast</source>
        <translation>D&amp;uas vezes mais rápido</translation>
    </message>
    <message>
        <source>Replay twice as fast</source>
        <translation>Reproduzir duas vezes mais rápido</translation>
    </message>
    <message>
        <source>starts elsewhere</source>
        <translation>início diferente</translation>
    </message>
    <message>
        <source>other way round</source>
        <translation>sentido contrário</translation>
    </message>
    <message>
        <source>stroke order</source>
        <translation>ordem dos traços</translation>
    </message>
    <message>
        <source>free drawing</source>
        <translation>desenho livre</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>espelhado</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>não é um algarismo</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>horário desconhecido</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 de %2 estrelas</translation>
    </message>
    <message>
        <source>free drawing, written facing the other way</source>
        <translation>desenho livre, escrito virado para o outro lado</translation>
    </message>
    <message>
        <source>%1 asked, written facing the other way</source>
        <translation>algarismo pedido %1, escrito virado para o outro lado</translation>
    </message>
    <message>
        <source>%1 asked, not read as a digit</source>
        <translation>algarismo pedido %1, não reconhecido como algarismo</translation>
    </message>
    <message>
        <source>%1 asked, nothing drawn</source>
        <translation>algarismo pedido %1, nada desenhado</translation>
    </message>
    <message>
        <source>%1 asked, read as %2</source>
        <translation>algarismo pedido %1, reconhecido como %2</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>; hint: %1</source>
        <translation>; dica: %1</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Nenhuma tentativa neste período.</translation>
    </message>
    <message>
        <source>Choose an attempt to see how it was drawn.</source>
        <translation>Escolha uma tentativa para ver como ela foi desenhada.</translation>
    </message>
    <message>
        <source>(no strokes were kept)</source>
        <translation>(nenhum traço foi guardado)</translation>
    </message>
</context>
<context>
    <name>ProgressChartView</name>
    <message>
        <source>All digits</source>
        <translation>Todos os algarismos</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Algarismo %1</translation>
    </message>
    <message>
        <source>Which digit&apos;s progress the chart shows</source>
        <translation>De qual algarismo o gráfico mostra o progresso</translation>
    </message>
    <message>
        <source>Chart &amp;for:</source>
        <translation>Gráfico &amp;de:</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progresso ao longo do tempo</translation>
    </message>
</context>
<context>
    <name>ProgressOverview</name>
    <message>
        <source>Whose progress is shown</source>
        <translation>De quem é o progresso mostrado</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Digits that need work</source>
        <translation>Algarismos que precisam de prática</translation>
    </message>
    <message>
        <source>Formation hints to practise</source>
        <translation>Dicas de traçado a praticar</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Nenhuma tentativa neste período.</translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation>Alunos: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 (free drawing: %2)</source>
        <translation>Tentativas: %1 (desenho livre: %2)</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentativas: %1</translation>
    </message>
    <message>
        <source>read as asked: %1 of %2 (%3)</source>
        <translation>reconhecidas como pedido: %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Needs work: %1.</source>
        <translation>Precisam de prática: %1.</translation>
    </message>
    <message>
        <source>Not tried yet: %1.</source>
        <translation>Ainda não tentados: %1.</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Todos os algarismos são reconhecidos como pedido em pelo menos %1 das vezes: muito bem.</translation>
    </message>
    <message>
        <source>starts elsewhere %1</source>
        <translation>início diferente %1</translation>
    </message>
    <message>
        <source>other way round %1</source>
        <translation>sentido contrário %1</translation>
    </message>
    <message>
        <source>stroke order %1</source>
        <translation>ordem dos traços %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formation to practise: %1</source>
        <translation>Traçado a praticar: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>não é possível lê-lo (%1)</translation>
    </message>
    <message>
        <source>the file is not an SQLite database (its %1 bytes do not start as one)</source>
        <translation>o arquivo não é um banco de dados SQLite (seus %1 bytes não começam como um)</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>não é possível gravar no arquivo (%1)</translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal there (%1)</source>
        <translation>não é possível gravar na pasta do arquivo, e o SQLite guarda o journal dele nessa pasta (%1)</translation>
    </message>
    <message>
        <source>There is already a student named %1, archived: restore them under Students, or choose another name.</source>
        <translation>Já existe um aluno chamado %1, arquivado: restaure-o em Alunos ou escolha outro nome.</translation>
    </message>
    <message>
        <source>There is already a student named %1.</source>
        <translation>Já existe um aluno chamado %1.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: Qt&apos;s %2 driver is not installed (Debian package %3).</source>
        <translation>Não é possível abrir o banco de dados de progresso %1: o driver %2 do Qt não está instalado (pacote Debian %3).</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: its folder cannot be created.</source>
        <translation>Não é possível abrir o banco de dados de progresso %1: não é possível criar a pasta dele.</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be used: %2. It was left as it is; choose another file, or move this one away to start a new database.</source>
        <translation>O banco de dados de progresso %1 não pode ser usado: %2. Ele foi deixado como está; escolha outro arquivo ou mova este para outro lugar para começar um novo banco de dados.</translation>
    </message>
    <message>
        <source>The progress database %1 is read-only: %2. It was left as it is; attempts are kept as files until it can be written.</source>
        <translation>O banco de dados de progresso %1 é somente leitura: %2. Ele foi deixado como está; as tentativas são guardadas como arquivos até que seja possível gravar nele.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2</source>
        <translation>Não é possível abrir o banco de dados de progresso %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2</source>
        <translation>Não é possível preparar o banco de dados de progresso %1: %2</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged or is not a database (%2); it was left as it is.</source>
        <translation>O banco de dados de progresso %1 está danificado ou não é um banco de dados (%2); ele foi deixado como está.</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1: %2.</source>
        <translation>Não é possível abrir o banco de dados de progresso %1: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the progress database %1: %2.</source>
        <translation>Não é possível preparar o banco de dados de progresso %1: %2.</translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation>não é possível ler a versão do esquema</translation>
    </message>
    <message>
        <source>The database %1 is not a Digit Tutor progress database (it has other tables); it was left as it is.</source>
        <translation>O banco de dados %1 não é um banco de dados de progresso do Digit Tutor (tem outras tabelas); ele foi deixado como está.</translation>
    </message>
    <message>
        <source>The progress database %1 was made by a newer Digit Tutor (schema %2; this one knows up to %3); it was left as it is.</source>
        <translation>O banco de dados de progresso %1 foi criado por uma versão mais recente do Digit Tutor (esquema %2; esta conhece até o %3); ele foi deixado como está.</translation>
    </message>
    <message>
        <source>step %1 of the schema failed: %2</source>
        <translation>a etapa %1 do esquema falhou: %2</translation>
    </message>
    <message>
        <source>%1 (progress database %2): %3</source>
        <translation>%1 (banco de dados de progresso %2): %3</translation>
    </message>
    <message>
        <source>Cannot read the students</source>
        <translation>Não é possível ler os alunos</translation>
    </message>
    <message>
        <source>Cannot read a student</source>
        <translation>Não é possível ler um aluno</translation>
    </message>
    <message>
        <source>There is no student number %1.</source>
        <translation>Não existe aluno de número %1.</translation>
    </message>
    <message>
        <source>There is no student named %1.</source>
        <translation>Não existe aluno chamado %1.</translation>
    </message>
    <message>
        <source>Cannot add the Guest student</source>
        <translation>Não é possível adicionar o aluno Visitante</translation>
    </message>
    <message>
        <source>A student&apos;s name must have 1 to %1 characters.</source>
        <translation>O nome de um aluno deve ter de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>Cannot add the student %1</source>
        <translation>Não é possível adicionar o aluno %1</translation>
    </message>
    <message>
        <source>Guest keeps its name: it is the student of attempts made without choosing one.</source>
        <translation>Visitante mantém o nome: é o aluno das tentativas feitas sem escolher um aluno.</translation>
    </message>
    <message>
        <source>Cannot change the student %1</source>
        <translation>Não é possível alterar o aluno %1</translation>
    </message>
    <message>
        <source>An attempt with asked digit %1, recognised digit %2 and %3 stars cannot be stored.</source>
        <translation>Não é possível armazenar uma tentativa com algarismo pedido %1, algarismo reconhecido %2 e %3 estrelas.</translation>
    </message>
    <message>
        <source>Cannot store the attempt</source>
        <translation>Não é possível armazenar a tentativa</translation>
    </message>
    <message>
        <source>Cannot count the attempts</source>
        <translation>Não é possível contar as tentativas</translation>
    </message>
    <message>
        <source>Cannot read the classes</source>
        <translation>Não é possível ler as turmas</translation>
    </message>
    <message>
        <source>Cannot read a setting</source>
        <translation>Não é possível ler uma configuração</translation>
    </message>
    <message>
        <source>Cannot save a setting</source>
        <translation>Não é possível salvar uma configuração</translation>
    </message>
    <message>
        <source>A page of %1 attempts cannot be read: a page holds 1 to %2.</source>
        <translation>Não é possível ler uma página de %1 tentativas: uma página contém de 1 a %2.</translation>
    </message>
    <message>
        <source>Cannot read the saved attempts</source>
        <translation>Não é possível ler as tentativas salvas</translation>
    </message>
    <message>
        <source>Cannot read an attempt</source>
        <translation>Não é possível ler uma tentativa</translation>
    </message>
    <message>
        <source>There is no attempt number %1 in the progress database %2; it may have been removed with its student.</source>
        <translation>Não existe a tentativa de número %1 no banco de dados de progresso %2; ela pode ter sido removida junto com o aluno.</translation>
    </message>
    <message>
        <source>Cannot read a practice plan</source>
        <translation>Não é possível ler um plano de prática</translation>
    </message>
    <message>
        <source>A practice plan of %1 bytes cannot be stored: the most is %2.</source>
        <translation>Não é possível armazenar um plano de prática de %1 bytes: o máximo é %2.</translation>
    </message>
    <message>
        <source>Cannot save the practice plan of student number %1</source>
        <translation>Não é possível salvar o plano de prática do aluno de número %1</translation>
    </message>
    <message>
        <source>Cannot read the attempts</source>
        <translation>Não é possível ler as tentativas</translation>
    </message>
    <message>
        <source>Guest cannot be removed: it is the student of attempts made without choosing one.</source>
        <translation>Visitante não pode ser removido: é o aluno das tentativas feitas sem escolher um aluno.</translation>
    </message>
    <message>
        <source>Cannot archive the student %1</source>
        <translation>Não é possível arquivar o aluno %1</translation>
    </message>
    <message>
        <source>Cannot restore the student %1</source>
        <translation>Não é possível restaurar o aluno %1</translation>
    </message>
    <message>
        <source>%1 is in the lists: only an archived student can be deleted for good.</source>
        <translation>%1 está nas listas: só um aluno arquivado pode ser excluído definitivamente.</translation>
    </message>
    <message>
        <source>Cannot delete the student %1</source>
        <translation>Não é possível excluir o aluno %1</translation>
    </message>
    <message>
        <source>Cannot read the students deleted for good</source>
        <translation>Não é possível ler os alunos excluídos definitivamente</translation>
    </message>
    <message>
        <source>it is busy, locked by another program or window writing to it; try again in a moment</source>
        <translation>ele está ocupado, bloqueado por outro programa ou janela que está gravando nele; tente novamente em instantes</translation>
    </message>
    <message>
        <source>it is read-only (check the permissions of the file and its folder)</source>
        <translation>ele é somente leitura (verifique as permissões do arquivo e da pasta dele)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2.</source>
        <translation>O banco de dados de progresso %1 está danificado: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 could not be checked: %2.</source>
        <translation>Não foi possível verificar o banco de dados de progresso %1: %2.</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: %2. Reports may leave attempts out. Keep a copy of the file and have it repaired (the sqlite3 tool&apos;s .recover command rescues what can be read).</source>
        <translation>O banco de dados de progresso %1 está danificado: %2. Os relatórios podem deixar tentativas de fora. Guarde uma cópia do arquivo e providencie o reparo (o comando .recover da ferramenta sqlite3 recupera o que puder ser lido).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the app knows.</source>
        <translation>&quot;%1&quot; não é um idioma que o aplicativo conhece.</translation>
    </message>
    <message>
        <source>Cannot read the language of the class %1</source>
        <translation>Não foi possível ler o idioma da turma %1</translation>
    </message>
    <message>
        <source>Only a class or group has a language of its own; this student has none.</source>
        <translation>Só uma turma ou grupo tem idioma próprio; este aluno não tem turma.</translation>
    </message>
    <message>
        <source>Cannot set the language of the class %1</source>
        <translation>Não foi possível definir o idioma da turma %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Cannot read the languages of the students</source>
        <translation>Não foi possível ler os idiomas dos alunos</translation>
    </message>
</context>
<context>
    <name>ProgressSubjectChooser</name>
    <message>
        <source>Whose progress to show: a student or a class</source>
        <translation>De quem mostrar o progresso: um aluno ou uma turma</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Turma %1</translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <translation>%1, turma %2</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Why there is no progress to show</source>
        <translation>Por que não há progresso para mostrar</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>Ler &amp;novamente</translation>
    </message>
    <message>
        <source>Read the progress store again</source>
        <translation>Ler de novo o armazenamento de progresso</translation>
    </message>
    <message>
        <source>&amp;Progress of:</source>
        <translation>Pr&amp;ogresso de:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Datas escolhidas</translation>
    </message>
    <message>
        <source>Which period to show</source>
        <translation>Qual período mostrar</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eríodo:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primeiro dia do período</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último dia do período</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>E&amp;xport report...</source>
        <translation>E&amp;xportar relatório...</translation>
    </message>
    <message>
        <source>Export a progress report of what is shown</source>
        <translation>Exportar um relatório de progresso do que está sendo mostrado</translation>
    </message>
    <message>
        <source>Save the figures shown as a PDF to print, a CSV for a spreadsheet or an HTML page</source>
        <translation>Salvar os dados mostrados como PDF para imprimir, CSV para planilha ou página HTML</translation>
    </message>
    <message>
        <source>The report last saved</source>
        <translation>O último relatório salvo</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>Al&amp;garismos</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>A&amp;lunos</translation>
    </message>
    <message>
        <source>The progress cannot be read. %1</source>
        <translation>Não é possível ler o progresso. %1</translation>
    </message>
    <message>
        <source>There is no progress to show: no progress store is open. Once the app has a place to keep the children&apos;s attempts, each student&apos;s progress appears here.</source>
        <translation>Não há progresso para mostrar: nenhum armazenamento de progresso está aberto. Quando o aplicativo tiver um lugar para guardar as tentativas das crianças, o progresso de cada aluno aparecerá aqui.</translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation>Ainda não há alunos</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Turma %1</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (turma %2)</translation>
    </message>
    <message>
        <source>There is no progress store to make a report from.</source>
        <translation>Não há armazenamento de progresso para gerar um relatório.</translation>
    </message>
    <message>
        <source>Choose a student or a class to report on.</source>
        <translation>Escolha um aluno ou uma turma para o relatório.</translation>
    </message>
    <message>
        <source>The report&apos;s file name must end in .pdf, .csv or .html; &quot;%1&quot; does not.</source>
        <translation>O nome do arquivo do relatório deve terminar em .pdf, .csv ou .html; &quot;%1&quot; não termina assim.</translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation>Progresso %1 %2</translation>
    </message>
    <message>
        <source>Writing the report %1...</source>
        <translation>Gerando o relatório %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Exportar relatório de progresso</translation>
    </message>
    <message>
        <source>How far the report is</source>
        <translation>Andamento do relatório</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo: %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Não é possível gravar o relatório: %1</translation>
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
        <translation>CSV, para planilha (*.csv)</translation>
    </message>
    <message>
        <source>HTML, for a browser or an e-mail (*.html *.htm)</source>
        <translation>HTML, para navegador ou e-mail (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Exportar relatório de progresso</translation>
    </message>
    <message>
        <source>There is already a file named %1 in %2. Replace it with the new report?</source>
        <translation>Já existe um arquivo chamado %1 em %2. Substituí-lo pelo novo relatório?</translation>
    </message>
    <message>
        <source>The file there now would be lost.</source>
        <translation>O arquivo que está lá agora será perdido.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Manter</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>O relatório foi cancelado.</translation>
    </message>
    <message>
        <source>Cannot draw the report&apos;s PDF pages.</source>
        <translation>Não é possível desenhar as páginas do PDF do relatório.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report&apos;s PDF.</source>
        <translation>Não é possível iniciar a página %1 do PDF do relatório.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot finish the report&apos;s PDF.</source>
        <translation>Não é possível concluir o PDF do relatório.</translation>
    </message>
    <message>
        <source>read as asked</source>
        <translation>reconhecidas como pedido</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentativas</translation>
    </message>
    <message>
        <source>average stars</source>
        <translation>média de estrelas</translation>
    </message>
    <message>
        <source>learnt (%1%)</source>
        <translation>aprendido (%1%)</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per week</source>
        <translation>Reconhecidas como pedido, estrelas e tentativas, por semana</translation>
    </message>
    <message>
        <source>Read as asked, stars and attempts, per day</source>
        <translation>Reconhecidas como pedido, estrelas e tentativas, por dia</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per week</source>
        <translation>Algarismo %1: reconhecidas como pedido, estrelas e tentativas, por semana</translation>
    </message>
    <message>
        <source>Digit %1: read as asked, stars and attempts, per day</source>
        <translation>Algarismo %1: reconhecidas como pedido, estrelas e tentativas, por dia</translation>
    </message>
    <message>
        <source>Digit %1: no attempts in this period</source>
        <translation>Algarismo %1: nenhuma tentativa neste período</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>Nenhuma tentativa neste período</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read as asked</source>
        <translation>%1: %2 de %3 reconhecidas como pedido</translation>
    </message>
    <message>
        <source>started in an unusual place</source>
        <translation>início em um ponto incomum</translation>
    </message>
    <message>
        <source>drawn the other way round</source>
        <translation>traçado no sentido contrário</translation>
    </message>
    <message>
        <source>strokes in an unusual order</source>
        <translation>traços em ordem incomum</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>início %1</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>sentido %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>ordem %1</translation>
    </message>
    <message>
        <source>most often %1 (in %2 of %3 attempts)</source>
        <translation>mais frequente: %1 (em %2 de %3 tentativas)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>a partir de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>todas as tentativas</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Turma</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Attempts made</source>
        <translation>Tentativas feitas</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Relatório gerado em</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Nenhuma tentativa neste período.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Alunos</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>%1 (of which free drawing: %2)</source>
        <translation>%1 (das quais desenho livre: %2)</translation>
    </message>
    <message>
        <source>Read as the asked digit</source>
        <translation>Reconhecidas como o algarismo pedido</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Digits to practise next</source>
        <translation>Algarismos a praticar a seguir</translation>
    </message>
    <message>
        <source>Every digit is read as asked at least %1 of the time: well done.</source>
        <translation>Todos os algarismos são reconhecidos como pedido em pelo menos %1 das vezes: muito bem.</translation>
    </message>
    <message>
        <source>read as asked in %1 of %2 attempts (%3)</source>
        <translation>reconhecido como pedido em %1 de %2 tentativas (%3)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>ainda não tentado</translation>
    </message>
    <message>
        <source>Chosen first from the digits read as asked less than %1 of the time, the lowest first (on a tie, the one tried more), then from the digits not tried yet.</source>
        <translation>Escolhidos primeiro entre os algarismos reconhecidos como pedido em menos de %1 das vezes, começando pelo de menor taxa (em caso de empate, primeiro o mais tentado), e depois entre os algarismos ainda não tentados.</translation>
    </message>
    <message>
        <source>Each digit</source>
        <translation>Cada algarismo</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Algarismo</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Reconhecidas como pedido</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taxa de acerto</translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation>Média de estrelas</translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation>Tendência (pontos)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Espelhado</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Dicas de traçado</translation>
    </message>
    <message>
        <source>Trend: the success rate of the later half of a digit&apos;s attempts minus that of the earlier half, in percentage points, from %1 attempts on. Reversed: how often the digit was written facing the other way (mirror writing). Formation hints: how often the child was shown a better place to start, way round or stroke order.</source>
        <translation>Tendência: a taxa de acerto da segunda metade das tentativas de um algarismo menos a da primeira metade, em pontos percentuais, a partir de %1 tentativas. Espelhado: com que frequência o algarismo foi escrito virado para o outro lado (escrita espelhada). Dicas de traçado: com que frequência foi mostrado à criança um lugar melhor para começar, o sentido ou a ordem dos traços.</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progresso ao longo do tempo</translation>
    </message>
    <message>
        <source>Success rate and attempts per week</source>
        <translation>Taxa de acerto e tentativas por semana</translation>
    </message>
    <message>
        <source>Success rate and attempts per day</source>
        <translation>Taxa de acerto e tentativas por dia</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>Semana (a partir de segunda-feira)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>%1 attempt at %2: %3 of 3 stars</source>
        <translation>%1 tentativa do algarismo %2: %3 de 3 estrelas</translation>
    </message>
    <message>
        <source>written facing the other way</source>
        <translation>escrito virado para o outro lado</translation>
    </message>
    <message>
        <source>Best and latest attempt at each digit</source>
        <translation>Melhor e última tentativa de cada algarismo</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
    <message>
        <source>no guide</source>
        <translation>sem guia</translation>
    </message>
    <message>
        <source>Guide for %1</source>
        <translation>Guia do algarismo %1</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Melhor</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Beside the guide the app shows for the digit. A green dot marks where each stroke began. Best: the most stars, then the surest reading.</source>
        <translation>Ao lado do guia que o aplicativo mostra para o algarismo. Um ponto verde marca onde cada traço começou. Melhor: a que tem mais estrelas e, em seguida, a de reconhecimento mais seguro.</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Praticar a seguir</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arquivado)</translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation>Relatório de progresso da turma</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Relatório de progresso</translation>
    </message>
    <message>
        <source>Class progress report: %1</source>
        <translation>Relatório de progresso da turma: %1</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Relatório de progresso: %1</translation>
    </message>
    <message>
        <source>Cannot draw the report: the program has no QGuiApplication, which fonts need (try the offscreen platform).</source>
        <translation>Não é possível desenhar o relatório: o programa não tem QGuiApplication, necessário para as fontes (tente a plataforma offscreen).</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (BCP 47), for the report&apos;s lang attribute.</extracomment>
        <translation>pt-BR</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Nenhum nome de arquivo foi informado para o relatório.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Não é possível gravar o relatório em %1: %2.</translation>
    </message>
    <message>
        <source>The report&apos;s period starts on %1, after it ends on %2.</source>
        <translation>O período do relatório começa em %1, depois de seu fim em %2.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Formato de relatório desconhecido.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Não é possível gravar o relatório: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>student</source>
        <translation>aluno</translation>
    </message>
    <message>
        <source>group</source>
        <translation>turma</translation>
    </message>
    <message>
        <source>time</source>
        <translation>horário</translation>
    </message>
    <message>
        <source>asked_digit</source>
        <translation>algarismo_pedido</translation>
    </message>
    <message>
        <source>recognised_digit</source>
        <translation>algarismo_reconhecido</translation>
    </message>
    <message>
        <source>success</source>
        <translation>acerto</translation>
    </message>
    <message>
        <source>posterior</source>
        <translation>probabilidade_a_posteriori</translation>
    </message>
    <message>
        <source>log_likelihood</source>
        <translation>log_verossimilhança</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>atípico</translation>
    </message>
    <message>
        <source>typicality</source>
        <translation>tipicidade</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>estrelas</translation>
    </message>
    <message>
        <source>formation</source>
        <translation>traçado</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>espelhado</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>strokes</source>
        <translation>traços</translation>
    </message>
</context>
<context>
    <name>ShowMeCoach</name>
    <message>
        <source>Try starting at the green dot.</source>
        <translation>Tente começar pela bolinha verde.</translation>
    </message>
    <message>
        <source>Try it from the green dot, the arrow&apos;s way.</source>
        <translation>Tente começar pela bolinha verde, seguindo a seta.</translation>
    </message>
    <message>
        <source>Try this part first, from the green dot.</source>
        <translation>Tente fazer esta parte primeiro, começando pela bolinha verde.</translation>
    </message>
</context>
<context>
    <name>ShowMeOverlay</name>
    <message>
        <source>The digit being written</source>
        <translation>O número sendo escrito</translation>
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
        <translation>Comparar meu desenho com o guia</translation>
    </message>
    <message>
        <source>Show what is missing and what is extra</source>
        <translation>Mostrar o que falta e o que sobra</translation>
    </message>
</context>
<context>
    <name>StarsView</name>
    <message>
        <source>Stars</source>
        <translation>Estrelas</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n estrela</numerusform>
            <numerusform>%n estrelas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Writes with the left hand</source>
        <translation>Escreve com a mão esquerda</translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation>Adicionar aluno</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>Editar aluno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>Turma ou grupo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Class or group:</source>
        <translation>Turma ou grupo:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Same as the class</source>
        <translation>O da turma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language the child sees and hears: a child may speak another language at home</source>
        <translation>O idioma que a criança vê e ouve: uma criança pode falar outro idioma em casa</translation>
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
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Read as asked</source>
        <translation>Reconhecidas como pedido</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Acertos</translation>
    </message>
    <message>
        <source>Practise next</source>
        <translation>Praticar a seguir</translation>
    </message>
    <message>
        <source>Every attempt, free drawing included</source>
        <translation>Todas as tentativas, incluindo desenho livre</translation>
    </message>
    <message>
        <source>Attempts at an asked digit that were read as that digit</source>
        <translation>Tentativas de um algarismo pedido que foram reconhecidas como esse algarismo</translation>
    </message>
    <message>
        <source>The digits this student should practise next</source>
        <translation>Os algarismos que este aluno deve praticar a seguir</translation>
    </message>
    <message>
        <source>Figures for each student of the class; activate a row to see that student</source>
        <translation>Dados de cada aluno da turma; ative uma linha para ver esse aluno</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arquivado)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Below %1: needs work</source>
        <translation>Abaixo de %1: precisa de prática</translation>
    </message>
    <message>
        <source>%1, needs work</source>
        <translation>%1, precisa de prática</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Who is writing?</source>
        <translation>Quem está escrevendo?</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>Eu sou %1</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Escrever como %1</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Add...</source>
        <translation>Adicionar...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Remover...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Delete for Good...</source>
        <translation>Excluir definitivamente...</translation>
    </message>
    <message>
        <source>Add a student for each child: at the start they tap their own name, and their attempts are kept for them. Guest is for anyone else. A student removed is archived: out of the lists, their attempts kept, until you restore them or delete them for good.</source>
        <translation>Adicione um aluno para cada criança: no início, cada uma toca no próprio nome, e as tentativas dela ficam guardadas para ela. Visitante é para qualquer outra pessoa. Um aluno removido é arquivado: sai das listas, e as tentativas dele são mantidas, até que você o restaure ou o exclua definitivamente.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Turma</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Mão</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Alunos</translation>
    </message>
    <message>
        <source>left</source>
        <translation>esquerda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direita</translation>
    </message>
    <message>
        <source>Archived: not in the lists, attempts kept</source>
        <translation>Arquivado: fora das listas, tentativas mantidas</translation>
    </message>
    <message>
        <source>Remove Student</source>
        <translation>Remover aluno</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the lists? %1 will be archived and their %n attempt(s) kept; you can restore them or delete them for good on this page.</source>
        <translation>
            <numerusform>Remover %1 das listas? O cadastro de %1 será arquivado e %n tentativa será mantida; nesta página, você pode restaurar o cadastro ou excluí-lo definitivamente.</numerusform>
            <numerusform>Remover %1 das listas? O cadastro de %1 será arquivado e as %n tentativas serão mantidas; nesta página, você pode restaurar o cadastro ou excluí-lo definitivamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Delete Student for Good</source>
        <translation>Excluir aluno definitivamente</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and their %n attempt(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Excluir definitivamente %1 junto com %n tentativa? Isso não pode ser desfeito.</numerusform>
            <numerusform>Excluir definitivamente %1 junto com as %n tentativas? Isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Excluir definitivamente</translation>
    </message>
    <message>
        <source>Class Language...</source>
        <translation>Idioma da turma...</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language the children of the chosen student&apos;s class see and hear</source>
        <translation>O idioma que as crianças da turma do aluno escolhido veem e ouvem</translation>
    </message>
    <message>
        <source>%1 (the computer&apos;s)</source>
        <translation>%1 (o do computador)</translation>
    </message>
</context>
<context>
    <name>TeacherArea</name>
    <message>
        <source>Teacher Area</source>
        <translation>Área do professor</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Alunos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Saved Attempts...</source>
        <translation>Tentativas salvas...</translation>
    </message>
    <message>
        <source>Every attempt, newest first: watch how each was written</source>
        <translation>Todas as tentativas, das mais recentes para as mais antigas: veja como cada uma foi escrita</translation>
    </message>
    <message>
        <source>Quit Digit Tutor</source>
        <translation>Sair do Digit Tutor</translation>
    </message>
    <message>
        <source>The progress database is not available, so students and progress cannot be shown: %1</source>
        <translation>O banco de dados de progresso não está disponível, por isso não é possível mostrar os alunos e o progresso: %1</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can open this area. Set one under Settings to keep children out.</source>
        <translation>Ainda não há PIN definido: qualquer pessoa pode abrir esta área. Defina um em Configurações para manter as crianças fora dela.</translation>
    </message>
    <message>
        <source>No voice on this computer speaks %1: children who practise in it see the words but hear nothing. A system administrator can add voices (on Debian, the package speech-dispatcher-espeak-ng).</source>
        <translation>Nenhuma voz deste computador fala %1: as crianças que praticam nesse idioma veem as palavras, mas não ouvem nada. Um administrador do sistema pode adicionar vozes (no Debian, o pacote speech-dispatcher-espeak-ng).</translation>
    </message>
</context>
<context>
    <name>TeacherLock</name>
    <message>
        <source>The PIN or password needs at least %1 characters.</source>
        <translation>O PIN ou a senha precisa ter pelo menos %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>TeacherSettingsPage</name>
    <message>
        <source>Set PIN</source>
        <translation>Definir PIN</translation>
    </message>
    <message>
        <source>After a digit, show where to start when it was written an unusual way</source>
        <translation>Depois de um algarismo, mostrar onde começar quando ele foi escrito de um jeito incomum</translation>
    </message>
    <message>
        <source>Speak to the children</source>
        <translation>Falar com as crianças</translation>
    </message>
    <message>
        <source>Sound effects</source>
        <translation>Efeitos sonoros</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>Iniciar em tela cheia</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>Usar este banco de dados</translation>
    </message>
    <message>
        <source>Teacher area PIN or password</source>
        <translation>PIN ou senha da área do professor</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>Novo PIN ou senha</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Confirmação do PIN ou senha</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>Novo PIN ou senha:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Confirme:</translation>
    </message>
    <message>
        <source>The children&apos;s screen</source>
        <translation>A tela das crianças</translation>
    </message>
    <message>
        <source>Children who cannot read yet hear every message. Full screen takes effect the next time the app starts.</source>
        <translation>Crianças que ainda não sabem ler ouvem todas as mensagens. A tela cheia passa a valer na próxima vez que o aplicativo for iniciado.</translation>
    </message>
    <message>
        <source>Formation hints</source>
        <translation>Dicas de traçado</translation>
    </message>
    <message>
        <source>Switch them off where your school teaches other ways of forming the digits. What the check finds is kept for the progress view either way.</source>
        <translation>Desative-as se a sua escola ensina outras formas de traçar os algarismos. O que a verificação encontra fica guardado para a visão de progresso de qualquer forma.</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Banco de dados de progresso</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own file. A school can keep one PostgreSQL server for all its classroom computers: postgresql://user@server/digit_tutor. Its password is not saved: give it once each time the app starts.</source>
        <translation>Vazio: o arquivo próprio deste computador. Uma escola pode manter um único servidor PostgreSQL para todos os computadores das salas de aula: postgresql://usuario@servidor/digit_tutor. A senha dele não é salva: informe-a uma vez sempre que o aplicativo for iniciado.</translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>o arquivo próprio deste computador</translation>
    </message>
    <message>
        <source>The server&apos;s password</source>
        <translation>A senha do servidor</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>só se o servidor pedir uma</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same one twice.</source>
        <translation>Os dois PINs são diferentes; digite o mesmo duas vezes.</translation>
    </message>
    <message>
        <source>The PIN is set: the teacher area now asks for it.</source>
        <translation>O PIN foi definido: agora a área do professor vai pedi-lo.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Teacher Area</source>
        <translation>Área do professor</translation>
    </message>
    <message>
        <source>The teacher&apos;s PIN or password:</source>
        <translation>O PIN ou a senha do professor:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN ou senha</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>Muitas tentativas com PIN errado.</translation>
    </message>
    <message>
        <source>That is not the teacher&apos;s PIN.</source>
        <translation>Este não é o PIN do professor.</translation>
    </message>
    <message>
        <source>%1 Try again in %2 s.</source>
        <translation>%1 Tente novamente em %2 s.</translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Tente novamente.</translation>
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
        <translation>Não é possível carregar o modelo</translation>
    </message>
    <message>
        <source>The bundled model is used instead.</source>
        <translation>O modelo incluído será usado no lugar dele.</translation>
    </message>
    <message>
        <source>Progress is kept as files, not in the database: %1</source>
        <translation>O progresso está sendo guardado como arquivos, não no banco de dados: %1</translation>
    </message>
    <message>
        <source>Practise writing the digits 0-9.</source>
        <translation>Pratique a escrita dos algarismos de 0 a 9.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Mostra a ajuda sobre as opções de linha de comando.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Mostra informações de versão.</translation>
    </message>
    <message>
        <source>Digit model file (.dtm) to use; without it the bundled default model.</source>
        <translation>Arquivo de modelo de algarismos (.dtm) a usar; sem ele, o modelo padrão incluído.</translation>
    </message>
    <message>
        <source>Ways-of-writing file (.ways) for &quot;Show me&quot; and the formation hints; without it the bundled one.</source>
        <translation>Arquivo de formas de escrever (.ways) para &quot;Me mostre&quot; e as dicas de traçado; sem ele, o incluído.</translation>
    </message>
    <message>
        <source>Progress database: an SQLite file or postgresql://user@host/dbname; without it the teacher&apos;s setting, else the user&apos;s own file.</source>
        <translation>Banco de dados de progresso: um arquivo SQLite ou postgresql://usuario@host/nome_do_banco; sem ele, a configuração do professor ou, se não houver, o arquivo próprio do usuário.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are passed on to Qt.
</source>
        <translation>As opções próprias do Qt, como -platform NOME e -style NOME, são repassadas ao Qt.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>opção desconhecida &apos;%1&apos;; veja &apos;digit-tutor --help&apos;.</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value.</source>
        <translation>a opção &apos;%1&apos; precisa de um valor.</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>um arquivo de modelo</translation>
    </message>
    <message>
        <source>a ways-of-writing file</source>
        <translation>um arquivo de formas de escrever</translation>
    </message>
    <message>
        <source>a file or a postgresql:// URL</source>
        <translation>um arquivo ou uma URL postgresql://</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value (%2).</source>
        <translation>a opção &apos;%1&apos; precisa de um valor (%2).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see &apos;digit-tutor --help&apos;.</source>
        <translation>argumento inesperado &apos;%1&apos;; veja &apos;digit-tutor --help&apos;.</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.

%2</source>
        <translation>Não foi possível carregar o modelo %1.

%2</translation>
    </message>
</context>
</TS>
