<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>appearance_page</name>
    <message>
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>Light, dark, or whatever your desktop uses</source>
      <translation>Claro, oscuro o el que use tu escritorio</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>Tamaño del texto</translation>
    </message>
    <message>
      <source>Text size compared with your system's, 100–200 %</source>
      <translation>Tamaño del texto respecto al de tu sistema, 100–200 %</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Idioma del sistema</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>The language of LBH Desktop's windows and messages; a change takes effect the next time it starts</source>
      <translation>El idioma de las ventanas y los mensajes de LBH Desktop; el cambio se aplica la próxima vez que se inicie</translation>
    </message>
    <message>
      <source>The new language is used the next time LBH Desktop starts.</source>
      <translation>El nuevo idioma se usará la próxima vez que se inicie LBH Desktop.</translation>
    </message>
    <message>
      <source>Language note</source>
      <translation>Nota sobre el idioma</translation>
    </message>
    <message>
      <source>Restart &amp;now</source>
      <translation>Reiniciar a&amp;hora</translation>
    </message>
    <message>
      <source>Restart now</source>
      <translation>Reiniciar ahora</translation>
    </message>
    <message>
      <source>Use these settings, close LBH Desktop and start it again in the new language</source>
      <translation>Usar esta configuración, cerrar LBH Desktop y volver a abrirlo en el nuevo idioma</translation>
    </message>
    <message>
      <source>&amp;Theme:</source>
      <translation>&amp;Tema:</translation>
    </message>
    <message>
      <source>Te&amp;xt size:</source>
      <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
      <source>Mat mode (F11 in the player) always shows white on black in the largest type.</source>
      <translation>El modo esterilla (F11 en el reproductor) siempre muestra texto blanco sobre negro con la letra más grande.</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Idioma:</translation>
    </message>
  </context>
  <context>
    <name>atomic_storage</name>
    <message>
      <source>The LBH Desktop data file {path} is damaged and can't be opened: {reason}.</source>
      <translation>El archivo de datos de LBH Desktop {path} está dañado y no se puede abrir: {reason}.</translation>
    </message>
    <message>
      <source>Could not save LBH Desktop data to {path}: {reason}.</source>
      <translation>No se pudieron guardar los datos de LBH Desktop en {path}: {reason}.</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>el archivo está vacío</translation>
    </message>
    <message>
      <source>it is not UTF-8 text (bad byte at position {position})</source>
      <translation>no es texto UTF-8 (byte incorrecto en la posición {position})</translation>
    </message>
    <message>
      <source>it is not valid JSON ({problem} at line {line}, column {column})</source>
      <translation>no es JSON válido ({problem} en la línea {line}, columna {column})</translation>
    </message>
    <message>
      <source>the top level is a JSON {type}, not an object</source>
      <translation>el nivel superior es de tipo {type} en JSON, no un objeto</translation>
    </message>
    <message>
      <source>table {table} is not a JSON object</source>
      <translation>la tabla {table} no es un objeto JSON</translation>
    </message>
    <message>
      <source>table {table} has a record id {id} that is not a number</source>
      <translation>la tabla {table} tiene un identificador de registro {id} que no es un número</translation>
    </message>
    <message>
      <source>record {id} in table {table} is not a JSON object</source>
      <translation>el registro {id} de la tabla {table} no es un objeto JSON</translation>
    </message>
    <message>
      <source>number</source>
      <comment>a JSON type</comment>
      <translation>número</translation>
    </message>
    <message>
      <source>list</source>
      <comment>a JSON type</comment>
      <translation>lista</translation>
    </message>
    <message>
      <source>string</source>
      <comment>a JSON type</comment>
      <translation>cadena</translation>
    </message>
    <message>
      <source>boolean</source>
      <comment>a JSON type</comment>
      <translation>booleano</translation>
    </message>
  </context>
  <context>
    <name>autostart</name>
    <message>
      <source>Start LBH Desktop at login to remind you of your breaks.</source>
      <translation>Abrir LBH Desktop al iniciar sesión para recordarte tus pausas.</translation>
    </message>
    <message>
      <source>Start at login is not available: {reason}.</source>
      <translation>El inicio automático no está disponible: {reason}.</translation>
    </message>
    <message>
      <source>Start at login needs a command to run.</source>
      <translation>El inicio automático necesita un comando que ejecutar.</translation>
    </message>
    <message>
      <source>Start at login could not be turned on: {error}</source>
      <translation>No se pudo activar el inicio automático: {error}</translation>
    </message>
    <message>
      <source>Start at login could not be turned off: {error}</source>
      <translation>No se pudo desactivar el inicio automático: {error}</translation>
    </message>
    <message>
      <source>Start at login needs Qt's D-Bus support ({error}).</source>
      <translation>El inicio automático necesita la compatibilidad de Qt con D-Bus ({error}).</translation>
    </message>
  </context>
  <context>
    <name>background_portal</name>
    <message>
      <source>Start at login is not available: the desktop's background portal (xdg-desktop-portal) is not running or does not offer it.</source>
      <translation>El inicio automático no está disponible: el portal de segundo plano del escritorio (xdg-desktop-portal) no está en marcha o no lo ofrece.</translation>
    </message>
    <message>
      <source>You declined or cancelled the request to start LBH Desktop at login, so that setting was not changed.</source>
      <translation>Has rechazado o cancelado la solicitud de abrir LBH Desktop al iniciar sesión, así que ese ajuste no ha cambiado.</translation>
    </message>
    <message>
      <source>The desktop could not change start at login: its background portal reported an error.</source>
      <translation>El escritorio no pudo cambiar el inicio automático: su portal de segundo plano notificó un error.</translation>
    </message>
    <message>
      <source>The desktop did not turn on start at login for LBH Desktop.</source>
      <translation>El escritorio no activó el inicio automático de LBH Desktop.</translation>
    </message>
    <message>
      <source>Start at login is not available: there is no D-Bus session bus ({detail}).</source>
      <translation>El inicio automático no está disponible: no hay bus de sesión de D-Bus ({detail}).</translation>
    </message>
    <message>
      <source>Start at login could not be changed: the background portal did not answer ({detail}).</source>
      <translation>No se pudo cambiar el inicio automático: el portal de segundo plano no respondió ({detail}).</translation>
    </message>
  </context>
  <context>
    <name>break_controller</name>
    <message>
      <source>Reminders paused until you resume them</source>
      <translation>Recordatorios en pausa hasta que los reanudes</translation>
    </message>
    <message>
      <source>Reminders paused until {time}</source>
      <translation>Recordatorios en pausa hasta las {time}</translation>
    </message>
    <message>
      <source>Outside your working hours: no reminders</source>
      <translation>Fuera de tu horario laboral: sin recordatorios</translation>
    </message>
    <message>
      <source>On a break</source>
      <translation>Haciendo una pausa</translation>
    </message>
    <message>
      <source>Time for a stretch break</source>
      <translation>Es hora de una pausa de estiramientos</translation>
    </message>
    <message>
      <source>Waiting (quiet mode)</source>
      <translation>En espera (modo silencioso)</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>En espera</translation>
    </message>
    <message>
      <source>Next break in {duration} (quiet mode)</source>
      <translation>Próxima pausa en {duration} (modo silencioso)</translation>
    </message>
    <message>
      <source>Next break in {duration}</source>
      <translation>Próxima pausa en {duration}</translation>
    </message>
    <message>
      <source>Held: {reason} — time for a stretch break</source>
      <translation>Recordatorios retenidos por {reason}: es hora de una pausa de estiramientos</translation>
    </message>
    <message>
      <source>Held: {reason} — waiting (quiet mode)</source>
      <translation>Recordatorios retenidos por {reason}: en espera (modo silencioso)</translation>
    </message>
    <message>
      <source>Held: {reason} — waiting</source>
      <translation>Recordatorios retenidos por {reason}: en espera</translation>
    </message>
    <message>
      <source>Held: {reason} — next break in {duration} (quiet mode)</source>
      <translation>Recordatorios retenidos por {reason}: próxima pausa en {duration} (modo silencioso)</translation>
    </message>
    <message>
      <source>Held: {reason} — next break in {duration}</source>
      <translation>Recordatorios retenidos por {reason}: próxima pausa en {duration}</translation>
    </message>
    <message>
      <source>Stretch break in a minute</source>
      <translation>Pausa de estiramientos en un minuto</translation>
    </message>
    <message>
      <source>Finish what you are doing.</source>
      <translation>Termina lo que estás haciendo.</translation>
    </message>
    <message>
      <source>Stand up and move for a few minutes.</source>
      <translation>Levántate y muévete unos minutos.</translation>
    </message>
    <message>
      <source>{routine} (quiet mode)</source>
      <translation>{routine} (modo silencioso)</translation>
    </message>
    <message numerus="yes">
      <source>Time for a %n-minute stretch break</source>
      <translation>
        <numerusform>Es hora de una pausa de estiramientos de %n minuto</numerusform>
        <numerusform>Es hora de una pausa de estiramientos de %n minutos</numerusform>
      </translation>
    </message>
    <message>
      <source>{routine} — {description}</source>
      <translation>{routine} — {description}</translation>
    </message>
    <message>
      <source>No break routine</source>
      <translation>No hay rutina para la pausa</translation>
    </message>
    <message>
      <source>There is no desk-friendly routine to play.</source>
      <translation>No hay ninguna rutina apta para hacer en el escritorio.</translation>
    </message>
  </context>
  <context>
    <name>break_menu</name>
    <message>
      <source>&amp;Start a break now</source>
      <translation>&amp;Empezar una pausa ahora</translation>
    </message>
    <message>
      <source>S&amp;nooze</source>
      <translation>&amp;Posponer</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minuto</numerusform>
        <numerusform>%n minutos</numerusform>
      </translation>
    </message>
    <message>
      <source>Only while a reminder is due</source>
      <translation>Solo cuando toca un recordatorio</translation>
    </message>
    <message>
      <source>&amp;Pause reminders</source>
      <translation>Pa&amp;usar recordatorios</translation>
    </message>
    <message>
      <source>For 1 hour</source>
      <translation>Durante 1 hora</translation>
    </message>
    <message>
      <source>Until tomorrow</source>
      <translation>Hasta mañana</translation>
    </message>
    <message>
      <source>Until I resume</source>
      <translation>Hasta que los reanude</translation>
    </message>
    <message>
      <source>&amp;Resume reminders</source>
      <translation>&amp;Reanudar recordatorios</translation>
    </message>
    <message>
      <source>For meetings: no reminder window pops up; the status still says when a break is due</source>
      <translation>Para reuniones: no aparece ninguna ventana de recordatorio; el estado sigue indicando cuándo toca una pausa</translation>
    </message>
    <message>
      <source>&amp;Quiet mode for an hour</source>
      <translation>Modo &amp;silencioso durante una hora</translation>
    </message>
    <message>
      <source>&amp;Quiet mode until {time}</source>
      <translation>Modo &amp;silencioso hasta las {time}</translation>
    </message>
  </context>
  <context>
    <name>break_notice</name>
    <message>
      <source>Start</source>
      <translation>Empezar</translation>
    </message>
    <message>
      <source>Snooze {minutes} min</source>
      <translation>Posponer {minutes} min</translation>
    </message>
  </context>
  <context>
    <name>break_settings_dialog</name>
    <message>
      <source>HH:MM</source>
      <translation>HH:MM</translation>
    </message>
    <message>
      <source>Type a time such as 8:30 or 17:00; Up and Down change it by 15 minutes</source>
      <translation>Escribe una hora, como 8:30 o 17:00; las flechas arriba y abajo la cambian de 15 en 15 minutos</translation>
    </message>
    <message>
      <source>Choose at least one working day.</source>
      <translation>Elige al menos un día laborable.</translation>
    </message>
    <message>
      <source>The working day must end after it starts.</source>
      <translation>La jornada laboral debe terminar después de empezar.</translation>
    </message>
    <message>
      <source>Break settings</source>
      <translation>Configuración de pausas</translation>
    </message>
    <message>
      <source>Minutes between reminders</source>
      <translation>Minutos entre recordatorios</translation>
    </message>
    <message>
      <source>Minutes of activity between reminders; idle time does not count</source>
      <translation>Minutos de actividad entre recordatorios; el tiempo de inactividad no cuenta</translation>
    </message>
    <message>
      <source>Remind me every {minutes} minutes of activity</source>
      <translation>Recordarme cada {minutes} minutos de actividad</translation>
    </message>
    <message>
      <source>Working day starts</source>
      <translation>Inicio de la jornada laboral</translation>
    </message>
    <message>
      <source>Working day ends</source>
      <translation>Fin de la jornada laboral</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>{start} a {end}</translation>
    </message>
    <message>
      <source>Take turns with the desk-friendly routines</source>
      <translation>Alternar entre las rutinas aptas para el escritorio</translation>
    </message>
    <message>
      <source>Warn me a minute before each break</source>
      <translation>Avisarme un minuto antes de cada pausa</translation>
    </message>
    <message>
      <source>Hold reminders during do-not-disturb and full-screen windows</source>
      <translation>Retener los recordatorios con No molestar activado y con ventanas a pantalla completa</translation>
    </message>
    <message>
      <source>Keep running in the tray when the window is closed</source>
      <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
      <source>Start at login, in the background</source>
      <translation>Abrir al iniciar sesión, en segundo plano</translation>
    </message>
    <message>
      <source>Working days</source>
      <translation>Días laborables</translation>
    </message>
    <message>
      <source>Working hours</source>
      <translation>Horario laboral</translation>
    </message>
    <message>
      <source>Break routine</source>
      <translation>Rutina de la pausa</translation>
    </message>
    <message>
      <source>Type the working hours as hours and minutes, such as 9:00 and 17:30.</source>
      <translation>Escribe el horario laboral en horas y minutos, como 9:00 y 17:30.</translation>
    </message>
  </context>
  <context>
    <name>breaks_wiring</name>
    <message>
      <source>LBH Desktop keeps running</source>
      <translation>LBH Desktop sigue en marcha</translation>
    </message>
    <message>
      <source>It stays in the tray to remind you of stretch breaks. Quit from its menu.</source>
      <translation>Se queda en la bandeja del sistema para recordarte las pausas de estiramientos. Para salir, usa su menú.</translation>
    </message>
    <message>
      <source>{title}. {text}</source>
      <translation>{title}. {text}</translation>
    </message>
    <message>
      <source>For this run only: every {minutes} min (--break-interval), unless you change it.</source>
      <translation>Solo para esta sesión: cada {minutes} min (--break-interval), salvo que lo cambies.</translation>
    </message>
    <message>
      <source>Start at login</source>
      <translation>Inicio automático</translation>
    </message>
  </context>
  <context>
    <name>build</name>
    <message>
      <source>Safety notice</source>
      <translation>Aviso de seguridad</translation>
    </message>
    <message>
      <source>Part of your history could not be read</source>
      <translation>No se pudo leer parte de tu historial</translation>
    </message>
    <message>
      <source>LBH Desktop {version}

Guided lower-back and hip routines.
Your data: {folder}</source>
      <translation>LBH Desktop {version}

Rutinas guiadas para la zona lumbar y la cadera.
Tus datos: {folder}</translation>
    </message>
    <message>
      <source>About LBH Desktop</source>
      <translation>Acerca de LBH Desktop</translation>
    </message>
  </context>
  <context>
    <name>calendar_heatmap</name>
    <message>
      <source>{date}: no activity</source>
      <translation>{date}: sin actividad</translation>
    </message>
    <message>
      <source>{date}: under 1 min active</source>
      <translation>{date}: menos de 1 min de actividad</translation>
    </message>
    <message>
      <source>{date}: {minutes} min active</source>
      <translation>{date}: {minutes} min de actividad</translation>
    </message>
    <message>
      <source>{day} · skip day</source>
      <translation>{day} · día libre</translation>
    </message>
    <message>
      <source>Active minutes per day over the last 6 months. Right-click a day to mark it as a skip day.</source>
      <translation>Minutos de actividad por día en los últimos 6 meses. Haz clic con el botón derecho en un día para marcarlo como día libre.</translation>
    </message>
    <message>
      <source>Calendar chart</source>
      <translation>Gráfico de calendario</translation>
    </message>
    <message>
      <source>Less</source>
      <translation>Menos</translation>
    </message>
    <message>
      <source>More</source>
      <translation>Más</translation>
    </message>
    <message>
      <source>Skip day</source>
      <translation>Día libre</translation>
    </message>
    <message>
      <source>Remove the skip day on {date}</source>
      <translation>Quitar el día libre del {date}</translation>
    </message>
    <message>
      <source>Mark {date} as a skip day</source>
      <translation>Marcar el {date} como día libre</translation>
    </message>
    <message>
      <source>Sick or travelling? Skip days keep your streaks and freeze your score.</source>
      <translation>¿Enfermedad o viaje? Los días libres mantienen tus rachas y congelan tu puntuación.</translation>
    </message>
  </context>
  <context>
    <name>catalogue</name>
    <message>
      <source>Deadlift (hip hinge)</source>
      <translation>Peso muerto (bisagra de cadera)</translation>
    </message>
    <message>
      <source>Strengthens the whole back of the body by hinging forward at the hips and standing tall again.</source>
      <translation>Fortalece toda la parte posterior del cuerpo: te inclinas hacia delante desde la cadera y vuelves a erguirte.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp or shooting pain in your back or legs, and keep the range small after a recent back injury.</source>
      <translation>Detente si sientes un dolor agudo o que se irradia en la espalda o las piernas, y mantén un recorrido corto si te has lesionado la espalda hace poco.</translation>
    </message>
    <message>
      <source>glutes</source>
      <translation>glúteos</translation>
    </message>
    <message>
      <source>hamstrings</source>
      <translation>isquiotibiales</translation>
    </message>
    <message>
      <source>lower back</source>
      <translation>zona lumbar</translation>
    </message>
    <message>
      <source>dumbbells (optional)</source>
      <translation>mancuernas (opcional)</translation>
    </message>
    <message>
      <source>Stand with feet hip-width apart and knees soft, arms hanging in front of your thighs.</source>
      <translation>De pie, con los pies separados al ancho de las caderas y las rodillas sin bloquear, deja los brazos colgando delante de los muslos.</translation>
    </message>
    <message>
      <source>If you use dumbbells, hold one in each hand, starting light, and keep them close to your legs.</source>
      <translation>Si usas mancuernas, sujeta una en cada mano, empieza con poco peso y mantenlas cerca de las piernas.</translation>
    </message>
    <message>
      <source>Push your hips back and let your chest tip forward, keeping your back long and flat.</source>
      <translation>Lleva la cadera hacia atrás y deja que el pecho se incline hacia delante, con la espalda larga y recta.</translation>
    </message>
    <message>
      <source>Lower until you feel a stretch in the backs of your legs, usually around knee height.</source>
      <translation>Baja hasta notar un estiramiento en la parte posterior de las piernas, normalmente a la altura de las rodillas.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and drive your hips forward to stand tall again.</source>
      <translation>Aprieta los glúteos y empuja la cadera hacia delante para volver a erguirte.</translation>
    </message>
    <message>
      <source>Keep your spine long from head to hips; no rounding.</source>
      <translation>Mantén la columna larga de la cabeza a la cadera, sin redondearla.</translation>
    </message>
    <message>
      <source>Move from the hips; the knees only bend a little.</source>
      <translation>Muévete desde la cadera; las rodillas solo se flexionan un poco.</translation>
    </message>
    <message>
      <source>Keep your weight over the middle of your feet.</source>
      <translation>Mantén el peso sobre la parte media de los pies.</translation>
    </message>
    <message>
      <source>Rounding the lower back to reach further down.</source>
      <translation>Redondear la zona lumbar para bajar más.</translation>
    </message>
    <message>
      <source>Turning it into a squat by bending the knees a lot.</source>
      <translation>Convertirlo en una sentadilla flexionando mucho las rodillas.</translation>
    </message>
    <message>
      <source>Leaning back or pushing the hips too far forward at the top.</source>
      <translation>Echarse hacia atrás o adelantar demasiado la cadera al subir.</translation>
    </message>
    <message>
      <source>Keep your back long and flat all the way, use light weights or none, and ask a physiotherapist before adding load.</source>
      <translation>Mantén la espalda larga y recta en todo momento, usa poco peso o ninguno y consulta a un fisioterapeuta antes de añadir carga.</translation>
    </message>
    <message>
      <source>Hands-on-hips hinge</source>
      <translation>Bisagra con manos en la cadera</translation>
    </message>
    <message>
      <source>Practises the deadlift's hip hinge without weights: your hands rest on your hips and you hinge through a smaller range, so you learn to move from the hips with a long, flat back.</source>
      <translation>Practica la bisagra de cadera del peso muerto sin pesas: apoyas las manos en la cadera y te inclinas con un recorrido más corto, para aprender a moverte desde la cadera con la espalda larga y recta.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp or shooting pain in your back or legs, and keep the hinge very small after a recent back injury.</source>
      <translation>Detente si sientes un dolor agudo o que se irradia en la espalda o las piernas, y haz una bisagra muy pequeña si te has lesionado la espalda hace poco.</translation>
    </message>
    <message>
      <source>Stand with feet hip-width apart and knees soft, and rest your hands on the tops of your hips.</source>
      <translation>De pie, con los pies separados al ancho de las caderas y las rodillas sin bloquear, apoya las manos en la parte alta de la cadera.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach and stand tall, with your back long from head to hips.</source>
      <translation>Contrae suavemente el abdomen y yérguete, con la espalda larga de la cabeza a la cadera.</translation>
    </message>
    <message>
      <source>Push your hips back and let your chest tip forward a little, keeping your back flat.</source>
      <translation>Lleva la cadera hacia atrás y deja que el pecho se incline un poco hacia delante, con la espalda recta.</translation>
    </message>
    <message>
      <source>Stop when you feel a light stretch in the backs of your legs, or before your back starts to round, whichever comes first.</source>
      <translation>Para cuando notes un ligero estiramiento en la parte posterior de las piernas o antes de que la espalda empiece a redondearse, lo que ocurra primero.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and bring your hips forward to stand tall again.</source>
      <translation>Aprieta los glúteos y lleva la cadera hacia delante para volver a erguirte.</translation>
    </message>
    <message>
      <source>Feel your hands travel back with your hips as you hinge.</source>
      <translation>Nota cómo las manos se desplazan hacia atrás con la cadera al inclinarte.</translation>
    </message>
    <message>
      <source>A small hinge with a flat back beats a deep one with a rounded back.</source>
      <translation>Una bisagra pequeña con la espalda recta es mejor que una profunda con la espalda redondeada.</translation>
    </message>
    <message>
      <source>Bending forward from the waist instead of pushing the hips back.</source>
      <translation>Doblarse por la cintura en lugar de llevar la cadera hacia atrás.</translation>
    </message>
    <message>
      <source>Bending the knees a lot, so it turns into a squat.</source>
      <translation>Flexionar mucho las rodillas, de modo que se convierte en una sentadilla.</translation>
    </message>
    <message>
      <source>Leaning back at the top instead of just standing tall.</source>
      <translation>Echarse hacia atrás al subir en lugar de simplemente erguirse.</translation>
    </message>
    <message>
      <source>Keep your back long and flat and the hinge small, stopping well before your back starts to round.</source>
      <translation>Mantén la espalda larga y recta y la bisagra pequeña, y detente mucho antes de que la espalda empiece a redondearse.</translation>
    </message>
    <message>
      <source>Slow dumbbell deadlift</source>
      <translation>Peso muerto lento con mancuernas</translation>
    </message>
    <message>
      <source>A harder deadlift: you hold a pair of dumbbells, take three seconds to lower them and pause before you stand, so the backs of your hips and legs work for longer.</source>
      <translation>Un peso muerto más difícil: sujetas un par de mancuernas, tardas tres segundos en bajarlas y haces una breve pausa antes de subir, para que la parte posterior de la cadera y las piernas trabaje más tiempo.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp or shooting pain in your back or legs, and go back to the deadlift without weights after a recent back injury.</source>
      <translation>Detente si sientes un dolor agudo o que se irradia en la espalda o las piernas, y vuelve al peso muerto sin pesas si te has lesionado la espalda hace poco.</translation>
    </message>
    <message>
      <source>dumbbells</source>
      <translation>mancuernas</translation>
    </message>
    <message>
      <source>Stand with feet hip-width apart and knees soft, holding a light dumbbell in each hand in front of your thighs.</source>
      <translation>De pie, con los pies separados al ancho de las caderas y las rodillas sin bloquear, sujeta una mancuerna ligera en cada mano delante de los muslos.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, then push your hips back and let your chest tip forward, taking three seconds on the way down.</source>
      <translation>Contrae suavemente el abdomen, lleva la cadera hacia atrás y deja que el pecho se incline hacia delante, tardando tres segundos en bajar.</translation>
    </message>
    <message>
      <source>Keep the dumbbells close to your legs as they lower to about knee height, with your back long and flat.</source>
      <translation>Mantén las mancuernas cerca de las piernas mientras bajan hasta más o menos la altura de las rodillas, con la espalda larga y recta.</translation>
    </message>
    <message>
      <source>Pause there for a moment, then squeeze your glutes and drive your hips forward to stand tall.</source>
      <translation>Quédate ahí un momento y luego aprieta los glúteos y empuja la cadera hacia delante para erguirte.</translation>
    </message>
    <message>
      <source>Slow on the way down, steady on the way up.</source>
      <translation>Lento al bajar, firme al subir.</translation>
    </message>
    <message>
      <source>Keep the weights close to your legs all the way.</source>
      <translation>Mantén las pesas cerca de las piernas todo el recorrido.</translation>
    </message>
    <message>
      <source>Keep your spine long from head to hips; stop before it would round.</source>
      <translation>Mantén la columna larga de la cabeza a la cadera; detente antes de que se redondee.</translation>
    </message>
    <message>
      <source>Choosing weights so heavy that your back rounds or the lowering speeds up.</source>
      <translation>Elegir pesas tan pesadas que la espalda se redondea o la bajada se acelera.</translation>
    </message>
    <message>
      <source>Letting the dumbbells drift forward, away from your legs.</source>
      <translation>Dejar que las mancuernas se alejen hacia delante, lejos de las piernas.</translation>
    </message>
    <message>
      <source>Ask a physiotherapist before you add weights; if you do, keep them light and your back long and flat the whole way.</source>
      <translation>Consulta a un fisioterapeuta antes de añadir pesas; si las usas, que sean ligeras, y mantén la espalda larga y recta todo el recorrido.</translation>
    </message>
    <message>
      <source>Glute bridge</source>
      <translation>Puente de glúteos</translation>
    </message>
    <message>
      <source>Builds the glutes and hamstrings by lifting your hips off the floor while lying on your back.</source>
      <translation>Fortalece los glúteos y los isquiotibiales: boca arriba, elevas la cadera del suelo.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or hips, and skip it if you have been advised not to lie flat on your back, for example later in pregnancy.</source>
      <translation>Detente si sientes un dolor agudo en la espalda o la cadera, y no lo hagas si te han aconsejado no tumbarte boca arriba, por ejemplo en el embarazo avanzado.</translation>
    </message>
    <message>
      <source>core</source>
      <translation>core</translation>
    </message>
    <message>
      <source>Lie on your back with knees bent, feet flat and hip-width apart, arms resting by your sides.</source>
      <translation>Túmbate boca arriba con las rodillas flexionadas, los pies apoyados y separados al ancho de las caderas, y los brazos a los lados del cuerpo.</translation>
    </message>
    <message>
      <source>Press your feet into the floor and gently tighten your stomach.</source>
      <translation>Presiona los pies contra el suelo y contrae suavemente el abdomen.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and lift your hips until your body is straight from knees to shoulders.</source>
      <translation>Aprieta los glúteos y eleva la cadera hasta que el cuerpo forme una línea recta de las rodillas a los hombros.</translation>
    </message>
    <message>
      <source>Pause for a breath at the top, then lower slowly back to the floor.</source>
      <translation>Mantén arriba durante una respiración y luego baja despacio hasta el suelo.</translation>
    </message>
    <message>
      <source>Push through your heels.</source>
      <translation>Empuja con los talones.</translation>
    </message>
    <message>
      <source>Keep your ribs down so the lift comes from your hips, not from arching your back.</source>
      <translation>Mantén las costillas abajo para que la elevación salga de la cadera y no de arquear la espalda.</translation>
    </message>
    <message>
      <source>Keep your knees pointing forward, in line with your feet.</source>
      <translation>Mantén las rodillas apuntando al frente, alineadas con los pies.</translation>
    </message>
    <message>
      <source>Arching the lower back to lift higher.</source>
      <translation>Arquear la zona lumbar para subir más.</translation>
    </message>
    <message>
      <source>Letting the knees fall inward or outward.</source>
      <translation>Dejar que las rodillas se vayan hacia dentro o hacia fuera.</translation>
    </message>
    <message>
      <source>Dropping down quickly instead of lowering with control.</source>
      <translation>Dejarse caer rápido en lugar de bajar con control.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back for long can make you feel faint. Keep sets short, or prop your shoulders up on cushions.</source>
      <translation>Pasado el primer trimestre, estar mucho tiempo boca arriba puede provocar mareo. Haz series cortas o eleva los hombros sobre unos cojines.</translation>
    </message>
    <message>
      <source>Small bridge</source>
      <translation>Puente bajo</translation>
    </message>
    <message>
      <source>A gentler glute bridge: you lift your hips only a little way off the floor, building height as it feels comfortable.</source>
      <translation>Un puente de glúteos más suave: elevas la cadera solo un poco del suelo y vas ganando altura según te resulte cómodo.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and lift your hips just a few centimetres off the floor, only as high as feels comfortable.</source>
      <translation>Aprieta los glúteos y eleva la cadera solo unos centímetros del suelo, solo hasta donde te resulte cómodo.</translation>
    </message>
    <message>
      <source>Pause for a breath, then lower slowly back down and let your glutes relax before the next lift.</source>
      <translation>Mantén durante una respiración, baja despacio y deja que los glúteos se relajen antes de la siguiente elevación.</translation>
    </message>
    <message>
      <source>A small, steady lift is better than a high, shaky one.</source>
      <translation>Una elevación pequeña y estable es mejor que una alta y temblorosa.</translation>
    </message>
    <message>
      <source>Push through your heels, not your toes.</source>
      <translation>Empuja con los talones, no con las puntas de los pies.</translation>
    </message>
    <message>
      <source>Keep your ribs down so the lift comes from your glutes.</source>
      <translation>Mantén las costillas abajo para que la elevación salga de los glúteos.</translation>
    </message>
    <message>
      <source>Pushing higher than is comfortable and arching the lower back.</source>
      <translation>Subir más de lo cómodo y arquear la zona lumbar.</translation>
    </message>
    <message>
      <source>Holding your breath as you lift.</source>
      <translation>Contener la respiración al subir.</translation>
    </message>
    <message>
      <source>Marching bridge</source>
      <translation>Puente con marcha</translation>
    </message>
    <message>
      <source>A harder glute bridge: you hold your hips up and lift one foot at a time, so your glutes and trunk must keep your hips level.</source>
      <translation>Un puente de glúteos más difícil: mantienes la cadera arriba y levantas un pie cada vez, de modo que los glúteos y el tronco deben mantener la cadera nivelada.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or hips, lower your hips and rest if the back of your thigh cramps, and skip it if you have been advised not to lie flat on your back, for example later in pregnancy.</source>
      <translation>Detente si sientes un dolor agudo en la espalda o la cadera, baja la cadera y descansa si te da un calambre en la parte posterior del muslo, y no lo hagas si te han aconsejado no tumbarte boca arriba, por ejemplo en el embarazo avanzado.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, squeeze your glutes and lift your hips until your body is straight from knees to shoulders.</source>
      <translation>Contrae suavemente el abdomen, aprieta los glúteos y eleva la cadera hasta que el cuerpo forme una línea recta de las rodillas a los hombros.</translation>
    </message>
    <message>
      <source>Keeping your hips high and level, slowly lift one foot off the floor and bring that knee up over your hip, keeping the knee bent.</source>
      <translation>Con la cadera alta y nivelada, levanta despacio un pie del suelo y lleva esa rodilla por encima de la cadera, manteniéndola flexionada.</translation>
    </message>
    <message>
      <source>Put the foot down softly, then lift the other one; each foot lift counts as one rep.</source>
      <translation>Apoya el pie con suavidad y levanta el otro; cada elevación de pie cuenta como una repetición.</translation>
    </message>
    <message>
      <source>After your last rep, lower your hips slowly back to the floor.</source>
      <translation>Tras la última repetición, baja la cadera despacio hasta el suelo.</translation>
    </message>
    <message>
      <source>Keep your hips level, as if a tray were balanced across them.</source>
      <translation>Mantén la cadera nivelada, como si llevaras una bandeja en equilibrio sobre ella.</translation>
    </message>
    <message>
      <source>Press firmly through the heel of the foot that stays down.</source>
      <translation>Presiona con firmeza con el talón del pie que queda apoyado.</translation>
    </message>
    <message>
      <source>Move slowly; the foot only needs to leave the floor.</source>
      <translation>Muévete despacio; basta con que el pie se despegue del suelo.</translation>
    </message>
    <message>
      <source>Letting the hips sag or tip to one side as a foot lifts.</source>
      <translation>Dejar que la cadera se hunda o se incline hacia un lado al levantar un pie.</translation>
    </message>
    <message>
      <source>Arching the lower back to keep the hips up.</source>
      <translation>Arquear la zona lumbar para mantener la cadera arriba.</translation>
    </message>
    <message>
      <source>Rushing from one foot to the other.</source>
      <translation>Pasar con prisa de un pie al otro.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back for long can make you feel faint. Keep sets short, or prop your shoulders up on cushions, and keep both feet down if the front or back of your pelvis is sore.</source>
      <translation>Pasado el primer trimestre, estar mucho tiempo boca arriba puede provocar mareo. Haz series cortas o eleva los hombros sobre unos cojines, y mantén ambos pies en el suelo si te duele la parte delantera o trasera de la pelvis.</translation>
    </message>
    <message>
      <source>Single-leg bridge</source>
      <translation>Puente a una pierna</translation>
    </message>
    <message>
      <source>A harder glute bridge on one foot, with the other leg held out straight, so each side's glutes and hamstrings work on their own while you keep your hips level.</source>
      <translation>Un puente de glúteos más difícil sobre un pie, con la otra pierna estirada, para que los glúteos e isquiotibiales de cada lado trabajen por separado mientras mantienes la cadera nivelada.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or hips, go back to the marching bridge if you cannot keep your hips level, and skip it if you have been advised not to lie flat on your back, for example later in pregnancy.</source>
      <translation>Detente si sientes un dolor agudo en la espalda o la cadera, vuelve al puente con marcha si no puedes mantener la cadera nivelada, y no lo hagas si te han aconsejado no tumbarte boca arriba, por ejemplo en el embarazo avanzado.</translation>
    </message>
    <message>
      <source>Left leg: your left foot stays on the floor and does the lifting, and your right leg is held out straight.</source>
      <translation>Pierna izquierda: el pie izquierdo se queda en el suelo y hace la elevación, y la pierna derecha se mantiene estirada.</translation>
    </message>
    <message>
      <source>Right leg: your right foot stays on the floor and does the lifting, and your left leg is held out straight.</source>
      <translation>Pierna derecha: el pie derecho se queda en el suelo y hace la elevación, y la pierna izquierda se mantiene estirada.</translation>
    </message>
    <message>
      <source>Lie on your back with knees bent, feet flat and hip-width apart, arms resting on the floor by your sides.</source>
      <translation>Túmbate boca arriba con las rodillas flexionadas, los pies apoyados y separados al ancho de las caderas, y los brazos apoyados en el suelo a los lados del cuerpo.</translation>
    </message>
    <message>
      <source>Straighten one leg so it lines up with the other thigh, knees level, and gently tighten your stomach.</source>
      <translation>Estira una pierna para que quede alineada con el otro muslo, con las rodillas a la misma altura, y contrae suavemente el abdomen.</translation>
    </message>
    <message>
      <source>Press through the heel of the foot on the floor and lift your hips until your body is straight from knee to shoulders, hips level.</source>
      <translation>Empuja con el talón del pie apoyado y eleva la cadera hasta que el cuerpo forme una línea recta de la rodilla a los hombros, con la cadera nivelada.</translation>
    </message>
    <message>
      <source>Finish your reps, then change legs.</source>
      <translation>Termina tus repeticiones y cambia de pierna.</translation>
    </message>
    <message>
      <source>Keep both hips at the same height; don't let the side of the straight leg drop.</source>
      <translation>Mantén ambos lados de la cadera a la misma altura; no dejes que caiga el lado de la pierna estirada.</translation>
    </message>
    <message>
      <source>Push through the heel of the foot on the floor.</source>
      <translation>Empuja con el talón del pie apoyado.</translation>
    </message>
    <message>
      <source>Press your arms gently into the floor to stay steady.</source>
      <translation>Presiona suavemente los brazos contra el suelo para mantener la estabilidad.</translation>
    </message>
    <message>
      <source>Letting the hip on the side of the straight leg drop or twist.</source>
      <translation>Dejar que la cadera del lado de la pierna estirada caiga o gire.</translation>
    </message>
    <message>
      <source>Kicking the straight leg up to help the lift.</source>
      <translation>Lanzar la pierna estirada hacia arriba para ayudarte a subir.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back for long can make you feel faint, and one-legged work can strain a sore pelvis. Keep sets short, or do the glute bridge with both feet down.</source>
      <translation>Pasado el primer trimestre, estar mucho tiempo boca arriba puede provocar mareo, y el trabajo a una pierna puede forzar una pelvis dolorida. Haz series cortas o haz el puente de glúteos con ambos pies apoyados.</translation>
    </message>
    <message>
      <source>Bird dog</source>
      <translation>Bird dog</translation>
    </message>
    <message>
      <source>Teaches your trunk and hips to stay steady while you reach out with an opposite arm and leg.</source>
      <translation>Enseña al tronco y a la cadera a mantenerse estables mientras estiras un brazo y la pierna contraria.</translation>
    </message>
    <message>
      <source>Put a cushion under your knees if they are sore, and stop if you feel sharp pain in your back or wrists.</source>
      <translation>Pon un cojín bajo las rodillas si te duelen, y detente si sientes un dolor agudo en la espalda o las muñecas.</translation>
    </message>
    <message>
      <source>Left side: your left arm reaches forward and your right leg reaches back.</source>
      <translation>Lado izquierdo: el brazo izquierdo se estira hacia delante y la pierna derecha hacia atrás.</translation>
    </message>
    <message>
      <source>Right side: your right arm reaches forward and your left leg reaches back.</source>
      <translation>Lado derecho: el brazo derecho se estira hacia delante y la pierna izquierda hacia atrás.</translation>
    </message>
    <message>
      <source>shoulders</source>
      <translation>hombros</translation>
    </message>
    <message>
      <source>Start on hands and knees, hands under your shoulders and knees under your hips, back flat.</source>
      <translation>Colócate a cuatro patas, con las manos bajo los hombros, las rodillas bajo la cadera y la espalda recta.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach as if bracing for a light poke.</source>
      <translation>Contrae suavemente el abdomen, como si te prepararas para un ligero empujón.</translation>
    </message>
    <message>
      <source>Slowly reach one arm forward and the opposite leg back until both are level with your body.</source>
      <translation>Estira despacio un brazo hacia delante y la pierna contraria hacia atrás hasta que ambos queden alineados con el cuerpo.</translation>
    </message>
    <message>
      <source>Hold for a breath, then bring them back to the start with control.</source>
      <translation>Mantén durante una respiración y vuelve a la posición inicial con control.</translation>
    </message>
    <message>
      <source>Finish your reps, then change to the other arm and leg.</source>
      <translation>Termina tus repeticiones y cambia al otro brazo y la otra pierna.</translation>
    </message>
    <message>
      <source>Keep your hips level, as if a cup of water were balanced on your lower back.</source>
      <translation>Mantén la cadera nivelada, como si llevaras un vaso de agua en equilibrio sobre la zona lumbar.</translation>
    </message>
    <message>
      <source>Reach long rather than high.</source>
      <translation>Busca llegar lejos, no alto.</translation>
    </message>
    <message>
      <source>Keep your neck in line, eyes on the floor.</source>
      <translation>Mantén el cuello alineado y la mirada en el suelo.</translation>
    </message>
    <message>
      <source>Lifting the leg too high and arching the back.</source>
      <translation>Levantar demasiado la pierna y arquear la espalda.</translation>
    </message>
    <message>
      <source>Letting the hip rotate open to the side.</source>
      <translation>Dejar que la cadera gire y se abra hacia un lado.</translation>
    </message>
    <message>
      <source>Rushing through the reps.</source>
      <translation>Hacer las repeticiones con prisa.</translation>
    </message>
    <message>
      <source>Bird dog, one limb at a time</source>
      <translation>Bird dog, una extremidad cada vez</translation>
    </message>
    <message>
      <source>An easier bird dog: you reach out just one arm, then just one leg, so three points stay on the floor while you learn to keep your trunk and hips steady.</source>
      <translation>Un bird dog más fácil: estiras solo un brazo y luego solo una pierna, de modo que tres apoyos se quedan en el suelo mientras aprendes a mantener estables el tronco y la cadera.</translation>
    </message>
    <message>
      <source>Left side: you reach your left arm forward, then your right leg back, one at a time.</source>
      <translation>Lado izquierdo: estiras el brazo izquierdo hacia delante y luego la pierna derecha hacia atrás, de uno en uno.</translation>
    </message>
    <message>
      <source>Right side: you reach your right arm forward, then your left leg back, one at a time.</source>
      <translation>Lado derecho: estiras el brazo derecho hacia delante y luego la pierna izquierda hacia atrás, de uno en uno.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, then slowly reach one arm forward until it is level with your body, hold for a breath and put it back down.</source>
      <translation>Contrae suavemente el abdomen y estira despacio un brazo hacia delante hasta que quede alineado con el cuerpo; mantén durante una respiración y vuelve a apoyarlo.</translation>
    </message>
    <message>
      <source>Now slide the opposite leg back along the floor and lift it until it is level with your body, hold for a breath and bring it back.</source>
      <translation>Ahora desliza la pierna contraria hacia atrás por el suelo y elévala hasta que quede alineada con el cuerpo; mantén durante una respiración y vuelve a traerla.</translation>
    </message>
    <message>
      <source>That is one rep; finish your reps, then change to the other arm and leg.</source>
      <translation>Eso es una repetición; termina tus repeticiones y cambia al otro brazo y la otra pierna.</translation>
    </message>
    <message>
      <source>Slide the leg back along the floor before you lift it.</source>
      <translation>Desliza la pierna hacia atrás por el suelo antes de elevarla.</translation>
    </message>
    <message>
      <source>Shifting your weight over to one side as the hand or knee comes up.</source>
      <translation>Desplazar el peso hacia un lado al levantar la mano o la rodilla.</translation>
    </message>
    <message>
      <source>Lifting the leg higher than your back, so the back arches.</source>
      <translation>Levantar la pierna por encima de la espalda, de modo que la espalda se arquea.</translation>
    </message>
    <message>
      <source>Rushing from one limb to the next without settling first.</source>
      <translation>Pasar con prisa de una extremidad a la siguiente sin estabilizarte antes.</translation>
    </message>
    <message>
      <source>Bird dog with crunch</source>
      <translation>Bird dog con encogimiento</translation>
    </message>
    <message>
      <source>A harder bird dog: after each reach you draw your elbow and the opposite knee in under your body, then reach out again, so your trunk has to stay steady through a longer movement.</source>
      <translation>Un bird dog más difícil: tras cada extensión llevas el codo y la rodilla contraria hacia dentro, bajo el cuerpo, y vuelves a estirarlos, de modo que el tronco debe mantenerse estable durante un movimiento más largo.</translation>
    </message>
    <message>
      <source>Go back to the plain bird dog if drawing in brings on back pain, and stop if you feel sharp pain in your back, wrists or knees.</source>
      <translation>Vuelve al bird dog básico si al recoger brazo y pierna te duele la espalda, y detente si sientes un dolor agudo en la espalda, las muñecas o las rodillas.</translation>
    </message>
    <message>
      <source>Left side: your left arm and right leg reach out and draw in together.</source>
      <translation>Lado izquierdo: el brazo izquierdo y la pierna derecha se estiran y se recogen a la vez.</translation>
    </message>
    <message>
      <source>Right side: your right arm and left leg reach out and draw in together.</source>
      <translation>Lado derecho: el brazo derecho y la pierna izquierda se estiran y se recogen a la vez.</translation>
    </message>
    <message>
      <source>abdominals</source>
      <translation>abdominales</translation>
    </message>
    <message>
      <source>Start on hands and knees, hands under your shoulders and knees under your hips, and gently tighten your stomach.</source>
      <translation>Colócate a cuatro patas, con las manos bajo los hombros y las rodillas bajo la cadera, y contrae suavemente el abdomen.</translation>
    </message>
    <message>
      <source>Slowly reach one arm forward and the opposite leg back until both are level with your body, and hold for a breath.</source>
      <translation>Estira despacio un brazo hacia delante y la pierna contraria hacia atrás hasta que ambos queden alineados con el cuerpo, y mantén durante una respiración.</translation>
    </message>
    <message>
      <source>Bend the elbow and knee and draw them in under your body towards each other, letting your back round only a little.</source>
      <translation>Flexiona el codo y la rodilla y acércalos entre sí bajo el cuerpo, dejando que la espalda se redondee solo un poco.</translation>
    </message>
    <message>
      <source>Reach them out long again with control; that is one rep.</source>
      <translation>Vuelve a estirarlos con control; eso es una repetición.</translation>
    </message>
    <message>
      <source>Move slowly; being steady matters more than being quick.</source>
      <translation>Muévete despacio; la estabilidad importa más que la rapidez.</translation>
    </message>
    <message>
      <source>Keep your hips level both when you reach and when you draw in.</source>
      <translation>Mantén la cadera nivelada tanto al estirar como al recoger.</translation>
    </message>
    <message>
      <source>Elbow and knee only need to come close, not touch.</source>
      <translation>Basta con que el codo y la rodilla se acerquen; no hace falta que se toquen.</translation>
    </message>
    <message>
      <source>Swinging the arm and leg in and out quickly.</source>
      <translation>Mover el brazo y la pierna hacia dentro y hacia fuera rápidamente, con impulso.</translation>
    </message>
    <message>
      <source>Rounding the back hard or dropping the head to make the elbow and knee meet.</source>
      <translation>Redondear mucho la espalda o bajar la cabeza para que el codo y la rodilla se toquen.</translation>
    </message>
    <message>
      <source>Lifting the leg above the level of your back on the reach.</source>
      <translation>Levantar la pierna por encima del nivel de la espalda al estirarla.</translation>
    </message>
    <message>
      <source>Drawing in rounds the spine, which loads the front of the spine bones. Keep to the plain bird dog with a flat back, and ask a physiotherapist before adding the crunch.</source>
      <translation>Al recoger, la columna se redondea y carga la parte delantera de las vértebras. Quédate con el bird dog básico con la espalda recta y consulta a un fisioterapeuta antes de añadir el encogimiento.</translation>
    </message>
    <message>
      <source>Front plank</source>
      <translation>Plancha frontal</translation>
    </message>
    <message>
      <source>Builds a steady trunk, from your stomach round to your lower back and hips, as you hold a straight line on your forearms.</source>
      <translation>Crea un tronco estable, del abdomen a la zona lumbar y la cadera, mientras mantienes una línea recta sobre los antebrazos.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or shoulders, and check with a health professional before holding planks if you are pregnant or have high blood pressure.</source>
      <translation>Detente si sientes un dolor agudo en la espalda o los hombros, y consulta a un profesional de la salud antes de hacer planchas si estás embarazada o tienes la tensión alta.</translation>
    </message>
    <message>
      <source>Lie face down, then prop yourself up on your forearms with elbows under your shoulders.</source>
      <translation>Túmbate boca abajo y apóyate sobre los antebrazos, con los codos bajo los hombros.</translation>
    </message>
    <message>
      <source>Tuck your toes under and tighten your stomach and glutes.</source>
      <translation>Apoya las puntas de los pies y contrae el abdomen y los glúteos.</translation>
    </message>
    <message>
      <source>Lift your hips so your body is straight from head to heels.</source>
      <translation>Eleva la cadera para que el cuerpo forme una línea recta de la cabeza a los talones.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then lower your knees to the floor to finish.</source>
      <translation>Mantén la posición respirando de forma regular y, para terminar, apoya las rodillas en el suelo.</translation>
    </message>
    <message>
      <source>Squeeze your glutes to keep your hips level.</source>
      <translation>Aprieta los glúteos para mantener la cadera nivelada.</translation>
    </message>
    <message>
      <source>Push the floor away with your forearms.</source>
      <translation>Empuja el suelo con los antebrazos, como si quisieras alejarlo.</translation>
    </message>
    <message>
      <source>Keep breathing; don't hold your breath.</source>
      <translation>Sigue respirando; no contengas la respiración.</translation>
    </message>
    <message>
      <source>Letting the hips sag toward the floor.</source>
      <translation>Dejar que la cadera se hunda hacia el suelo.</translation>
    </message>
    <message>
      <source>Pushing the hips up into a peak.</source>
      <translation>Subir la cadera formando un pico.</translation>
    </message>
    <message>
      <source>Holding the breath.</source>
      <translation>Contener la respiración.</translation>
    </message>
    <message>
      <source>Planks load the stretched belly muscles. Do it against a wall or a kitchen counter instead, and stop if you see a ridge along the middle of your belly.</source>
      <translation>Las planchas cargan los músculos abdominales estirados. Hazla mejor contra una pared o una encimera, y detente si ves un abultamiento a lo largo del centro del vientre.</translation>
    </message>
    <message>
      <source>Incline plank</source>
      <translation>Plancha inclinada</translation>
    </message>
    <message>
      <source>A gentler front plank with your forearms on a sturdy desk or table, so your body is tilted up and has less of its weight to hold.</source>
      <translation>Una plancha frontal más suave con los antebrazos sobre un escritorio o una mesa estable, de modo que el cuerpo queda inclinado y sostiene menos peso.</translation>
    </message>
    <message>
      <source>Use a desk or table that cannot slide or tip, stop if you feel sharp pain in your back, shoulders or wrists, and check with a health professional first if you have high blood pressure.</source>
      <translation>Usa un escritorio o una mesa que no pueda deslizarse ni volcar, detente si sientes un dolor agudo en la espalda, los hombros o las muñecas, y consulta antes a un profesional de la salud si tienes la tensión alta.</translation>
    </message>
    <message>
      <source>sturdy desk or table</source>
      <translation>escritorio o mesa estable</translation>
    </message>
    <message>
      <source>Stand facing a sturdy desk or table that cannot slide and rest your forearms on its edge, elbows under your shoulders.</source>
      <translation>De pie, frente a un escritorio o una mesa estable que no pueda deslizarse, apoya los antebrazos en el borde, con los codos bajo los hombros.</translation>
    </message>
    <message>
      <source>Step your feet back, hip-width apart, until your body is straight from head to heels, with your weight on the balls of your feet.</source>
      <translation>Lleva los pies hacia atrás, separados al ancho de las caderas, hasta que el cuerpo forme una línea recta de la cabeza a los talones, con el peso sobre la parte delantera de los pies.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach and squeeze your glutes so your hips stay in line.</source>
      <translation>Contrae suavemente el abdomen y aprieta los glúteos para que la cadera se mantenga alineada.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then walk your feet back in and stand up to finish.</source>
      <translation>Mantén la posición respirando de forma regular y, para terminar, acerca los pies caminando y ponte de pie.</translation>
    </message>
    <message>
      <source>Make one long line from your ears to your heels.</source>
      <translation>Forma una línea larga de las orejas a los talones.</translation>
    </message>
    <message>
      <source>Press gently into the desk so your shoulders don't sink.</source>
      <translation>Presiona suavemente contra el escritorio para que los hombros no se hundan.</translation>
    </message>
    <message>
      <source>Bending at the waist so the bottom sticks out.</source>
      <translation>Doblarse por la cintura, de modo que el trasero sobresale.</translation>
    </message>
    <message>
      <source>Letting the hips sag toward the desk.</source>
      <translation>Dejar que la cadera se hunda hacia el escritorio.</translation>
    </message>
    <message>
      <source>Leaning on furniture that can slide or tip, such as a chair on wheels.</source>
      <translation>Apoyarse en muebles que puedan deslizarse o volcar, como una silla con ruedas.</translation>
    </message>
    <message>
      <source>Choose this raised plank in pregnancy rather than one on the floor. Keep holds short, stop if a ridge shows along your belly, and ask your midwife or physiotherapist if unsure.</source>
      <translation>En el embarazo, elige esta plancha elevada en lugar de una en el suelo. Mantén la posición poco tiempo, detente si aparece un abultamiento a lo largo del vientre y consulta a tu matrona o fisioterapeuta si tienes dudas.</translation>
    </message>
    <message>
      <source>Knee plank</source>
      <translation>Plancha de rodillas</translation>
    </message>
    <message>
      <source>Builds a steady trunk like the front plank, but with your knees on the floor so you hold a shorter, lighter line.</source>
      <translation>Crea un tronco estable como la plancha frontal, pero con las rodillas en el suelo, para sostener una línea más corta y ligera.</translation>
    </message>
    <message>
      <source>Put a folded towel under your knees if they are sore, stop if you feel sharp pain in your back or shoulders, and check with a health professional before holding planks if you are pregnant or have high blood pressure.</source>
      <translation>Pon una toalla doblada bajo las rodillas si te duelen, detente si sientes un dolor agudo en la espalda o los hombros, y consulta a un profesional de la salud antes de hacer planchas si estás embarazada o tienes la tensión alta.</translation>
    </message>
    <message>
      <source>Lie face down, then prop yourself up on your forearms with your elbows under your shoulders.</source>
      <translation>Túmbate boca abajo y apóyate sobre los antebrazos, con los codos bajo los hombros.</translation>
    </message>
    <message>
      <source>Keep your knees on the floor, with your lower legs resting on the floor behind you.</source>
      <translation>Mantén las rodillas en el suelo, con la parte inferior de las piernas apoyada en el suelo detrás de ti.</translation>
    </message>
    <message>
      <source>Tighten your stomach and glutes and lift your hips until your body is straight from head to knees.</source>
      <translation>Contrae el abdomen y los glúteos y eleva la cadera hasta que el cuerpo forme una línea recta de la cabeza a las rodillas.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then lower your hips to the floor to finish.</source>
      <translation>Mantén la posición respirando de forma regular y, para terminar, baja la cadera al suelo.</translation>
    </message>
    <message>
      <source>Think of a straight line from your ears through your hips to your knees.</source>
      <translation>Imagina una línea recta desde las orejas, pasando por la cadera, hasta las rodillas.</translation>
    </message>
    <message>
      <source>Leaving the bottom up in the air, bent at the hips.</source>
      <translation>Dejar el trasero en alto, doblado por la cadera.</translation>
    </message>
    <message>
      <source>Even on your knees, planks load the stretched belly muscles. Do the incline plank against a desk or kitchen counter instead, and stop if you see a ridge along the middle of your belly.</source>
      <translation>Incluso de rodillas, las planchas cargan los músculos abdominales estirados. Haz mejor la plancha inclinada contra un escritorio o una encimera, y detente si ves un abultamiento a lo largo del centro del vientre.</translation>
    </message>
    <message>
      <source>Plank with arm reach</source>
      <translation>Plancha con extensión de brazo</translation>
    </message>
    <message>
      <source>A harder plank on your hands in which you slowly reach one arm forward at a time, so your trunk has to stop your hips from twisting.</source>
      <translation>Una plancha más difícil sobre las manos en la que estiras despacio un brazo hacia delante cada vez, de modo que el tronco debe impedir que la cadera gire.</translation>
    </message>
    <message>
      <source>Go back to the front plank if your hips rock, stop if you feel sharp pain in your back, shoulders or wrists, and check with a health professional before holding planks if you are pregnant or have high blood pressure.</source>
      <translation>Vuelve a la plancha frontal si la cadera se balancea, detente si sientes un dolor agudo en la espalda, los hombros o las muñecas, y consulta a un profesional de la salud antes de hacer planchas si estás embarazada o tienes la tensión alta.</translation>
    </message>
    <message>
      <source>obliques</source>
      <translation>oblicuos</translation>
    </message>
    <message>
      <source>Set up a plank on your hands, with your hands under your shoulders and your body straight from head to heels.</source>
      <translation>Colócate en plancha sobre las manos, con las manos bajo los hombros y el cuerpo recto de la cabeza a los talones.</translation>
    </message>
    <message>
      <source>Place your feet a little wider than hip-width apart, then tighten your stomach and glutes.</source>
      <translation>Separa los pies un poco más que el ancho de las caderas y contrae el abdomen y los glúteos.</translation>
    </message>
    <message>
      <source>Breathe out and slowly reach one arm forward at shoulder height, keeping your hips still.</source>
      <translation>Suelta el aire y estira despacio un brazo hacia delante a la altura del hombro, sin mover la cadera.</translation>
    </message>
    <message>
      <source>Breathe in as you put that hand back down, then reach with the other arm on the next breath out.</source>
      <translation>Toma aire al volver a apoyar esa mano y estira el otro brazo en la siguiente espiración.</translation>
    </message>
    <message>
      <source>Keep taking turns with your breath until the time is up, then lower your knees to the floor to finish.</source>
      <translation>Sigue alternando al ritmo de la respiración hasta que se acabe el tiempo y, para terminar, apoya las rodillas en el suelo.</translation>
    </message>
    <message>
      <source>Press the floor away with your supporting hand.</source>
      <translation>Empuja el suelo con la mano de apoyo, como si quisieras alejarlo.</translation>
    </message>
    <message>
      <source>Twisting or shifting the hips as the arm lifts.</source>
      <translation>Girar o desplazar la cadera al levantar el brazo.</translation>
    </message>
    <message>
      <source>Letting the hips sag or rise during the reach.</source>
      <translation>Dejar que la cadera se hunda o suba durante la extensión.</translation>
    </message>
    <message>
      <source>Rushing the reaches or holding the breath.</source>
      <translation>Estirar los brazos con prisa o contener la respiración.</translation>
    </message>
    <message>
      <source>This version loads the stretched belly muscles even more than a plain plank. Choose the incline plank against a desk or kitchen counter instead, and ask your midwife or physiotherapist.</source>
      <translation>Esta versión carga los músculos abdominales estirados aún más que una plancha básica. Elige mejor la plancha inclinada contra un escritorio o una encimera, y consulta a tu matrona o fisioterapeuta.</translation>
    </message>
    <message>
      <source>Side plank</source>
      <translation>Plancha lateral</translation>
    </message>
    <message>
      <source>Strengthens the sides of the core and the outer hip by holding your body up on one forearm.</source>
      <translation>Fortalece los laterales del core y la parte externa de la cadera mientras sostienes el cuerpo sobre un antebrazo.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your shoulder, back or hips, and use the bent-knee version after a shoulder injury.</source>
      <translation>Detente si sientes un dolor agudo en el hombro, la espalda o la cadera, y usa la versión con rodillas flexionadas si te has lesionado el hombro.</translation>
    </message>
    <message>
      <source>Left side: you lie on your left side, propped on your left forearm, with your right leg on top.</source>
      <translation>Lado izquierdo: te tumbas sobre el lado izquierdo, apoyándote en el antebrazo izquierdo, con la pierna derecha encima.</translation>
    </message>
    <message>
      <source>Right side: you lie on your right side, propped on your right forearm, with your left leg on top.</source>
      <translation>Lado derecho: te tumbas sobre el lado derecho, apoyándote en el antebrazo derecho, con la pierna izquierda encima.</translation>
    </message>
    <message>
      <source>Lie on one side with your legs straight and stacked and your elbow under your shoulder.</source>
      <translation>Túmbate de lado con las piernas estiradas, una sobre otra, y el codo bajo el hombro.</translation>
    </message>
    <message>
      <source>Tighten your stomach and press your forearm into the floor.</source>
      <translation>Contrae el abdomen y presiona el antebrazo contra el suelo.</translation>
    </message>
    <message>
      <source>Lift your hips so your body forms a straight line from head to feet.</source>
      <translation>Eleva la cadera para que el cuerpo forme una línea recta de la cabeza a los pies.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then lower your hips and change sides.</source>
      <translation>Mantén la posición respirando de forma regular; luego baja la cadera y cambia de lado.</translation>
    </message>
    <message>
      <source>Keep your elbow directly under your shoulder.</source>
      <translation>Mantén el codo justo debajo del hombro.</translation>
    </message>
    <message>
      <source>Lift your top hip toward the ceiling.</source>
      <translation>Eleva la cadera de arriba hacia el techo.</translation>
    </message>
    <message>
      <source>Keep your head in line with your spine.</source>
      <translation>Mantén la cabeza alineada con la columna.</translation>
    </message>
    <message>
      <source>Letting the hips sink or drift backward.</source>
      <translation>Dejar que la cadera se hunda o se desplace hacia atrás.</translation>
    </message>
    <message>
      <source>Shrugging the supporting shoulder up toward the ear.</source>
      <translation>Encoger el hombro de apoyo hacia la oreja.</translation>
    </message>
    <message>
      <source>Rolling the chest toward the floor.</source>
      <translation>Girar el pecho hacia el suelo.</translation>
    </message>
    <message>
      <source>Side planks load the stretched belly muscles. Use the bent-knee version or lie on your side and lift your top leg instead, and ask your midwife or physiotherapist.</source>
      <translation>Las planchas laterales cargan los músculos abdominales estirados. Usa mejor la versión con rodillas flexionadas o túmbate de lado y eleva la pierna de arriba, y consulta a tu matrona o fisioterapeuta.</translation>
    </message>
    <message>
      <source>Wall side plank</source>
      <translation>Plancha lateral en la pared</translation>
    </message>
    <message>
      <source>A gentle standing side plank: you lean sideways on your forearm against a wall, which works the sides of your core and your outer hip with far less weight to hold.</source>
      <translation>Una plancha lateral suave de pie: te apoyas de lado sobre el antebrazo contra una pared, lo que trabaja los laterales del core y la parte externa de la cadera con mucho menos peso que sostener.</translation>
    </message>
    <message>
      <source>Wear shoes or stand where your feet will not slip, and stop if you feel sharp pain in your shoulder, back or hips.</source>
      <translation>Usa calzado o colócate donde los pies no resbalen, y detente si sientes un dolor agudo en el hombro, la espalda o la cadera.</translation>
    </message>
    <message>
      <source>Left side: your left side faces the wall and your left forearm rests on it.</source>
      <translation>Lado izquierdo: el lado izquierdo mira a la pared y el antebrazo izquierdo se apoya en ella.</translation>
    </message>
    <message>
      <source>Right side: your right side faces the wall and your right forearm rests on it.</source>
      <translation>Lado derecho: el lado derecho mira a la pared y el antebrazo derecho se apoya en ella.</translation>
    </message>
    <message>
      <source>wall</source>
      <translation>pared</translation>
    </message>
    <message>
      <source>Stand side-on to a wall and rest your forearm on it, with your elbow a little below shoulder height.</source>
      <translation>Colócate de lado junto a una pared y apoya el antebrazo en ella, con el codo un poco por debajo de la altura del hombro.</translation>
    </message>
    <message>
      <source>Step your feet away from the wall, keeping them together, until you lean in as one straight line from head to feet.</source>
      <translation>Aleja los pies de la pared, juntos, hasta que te inclines formando una línea recta de la cabeza a los pies.</translation>
    </message>
    <message>
      <source>Rest your other hand on your hip, tighten your stomach and gently press your hips away from the wall so they don't sag toward it.</source>
      <translation>Apoya la otra mano en la cadera, contrae el abdomen y empuja suavemente la cadera en dirección contraria a la pared para que no se hunda hacia ella.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then walk your feet back in, stand tall and change sides.</source>
      <translation>Mantén la posición respirando de forma regular; luego acerca los pies caminando, yérguete y cambia de lado.</translation>
    </message>
    <message>
      <source>Keep a straight line from your head to your feet.</source>
      <translation>Mantén una línea recta de la cabeza a los pies.</translation>
    </message>
    <message>
      <source>Press your forearm into the wall and keep your shoulder away from your ear.</source>
      <translation>Presiona el antebrazo contra la pared y mantén el hombro lejos de la oreja.</translation>
    </message>
    <message>
      <source>Step further from the wall to make it harder, or closer to make it easier.</source>
      <translation>Aléjate más de la pared para hacerlo más difícil, o acércate para hacerlo más fácil.</translation>
    </message>
    <message>
      <source>Letting the hips sag toward the wall.</source>
      <translation>Dejar que la cadera se hunda hacia la pared.</translation>
    </message>
    <message>
      <source>Bending at the waist so the bottom pushes back.</source>
      <translation>Doblarse por la cintura, de modo que el trasero se va hacia atrás.</translation>
    </message>
    <message>
      <source>This standing version puts the least load on your belly of all the side planks. Keep holds short, stop if you see a ridge along the middle of your belly, and ask your midwife or physiotherapist if you are unsure.</source>
      <translation>Esta versión de pie es la que menos carga el vientre de todas las planchas laterales. Mantén la posición poco tiempo, detente si ves un abultamiento a lo largo del centro del vientre y consulta a tu matrona o fisioterapeuta si tienes dudas.</translation>
    </message>
    <message>
      <source>Bent-knee side plank</source>
      <translation>Plancha lateral con rodillas flexionadas</translation>
    </message>
    <message>
      <source>An easier side plank that lifts your hips from your knees instead of your feet, so the sides of your core work with a shorter lever.</source>
      <translation>Una plancha lateral más fácil en la que elevas la cadera apoyándote en las rodillas en lugar de en los pies, de modo que los laterales del core trabajan con una palanca más corta.</translation>
    </message>
    <message>
      <source>Put a folded towel under your bottom knee if it is sore, and stop if you feel sharp pain in your shoulder, back or hips; after a shoulder injury, start with the wall side plank.</source>
      <translation>Pon una toalla doblada bajo la rodilla de abajo si te duele, y detente si sientes un dolor agudo en el hombro, la espalda o la cadera; si te has lesionado el hombro, empieza con la plancha lateral en la pared.</translation>
    </message>
    <message>
      <source>Left side: you lie on your left side, propped on your left forearm, with your left knee on the floor.</source>
      <translation>Lado izquierdo: te tumbas sobre el lado izquierdo, apoyándote en el antebrazo izquierdo, con la rodilla izquierda en el suelo.</translation>
    </message>
    <message>
      <source>Right side: you lie on your right side, propped on your right forearm, with your right knee on the floor.</source>
      <translation>Lado derecho: te tumbas sobre el lado derecho, apoyándote en el antebrazo derecho, con la rodilla derecha en el suelo.</translation>
    </message>
    <message>
      <source>Lie on one side with your elbow under your shoulder and both knees bent so your feet are behind you.</source>
      <translation>Túmbate de lado con el codo bajo el hombro y ambas rodillas flexionadas, de modo que los pies queden detrás de ti.</translation>
    </message>
    <message>
      <source>Line up your head, hips and knees, and rest your top hand on your hip.</source>
      <translation>Alinea la cabeza, la cadera y las rodillas, y apoya la mano de arriba en la cadera.</translation>
    </message>
    <message>
      <source>Tighten your stomach, press your forearm and bottom knee into the floor, and lift your hips until your body is straight from head to knees.</source>
      <translation>Contrae el abdomen, presiona el antebrazo y la rodilla de abajo contra el suelo y eleva la cadera hasta que el cuerpo forme una línea recta de la cabeza a las rodillas.</translation>
    </message>
    <message>
      <source>Push your knees into the floor and lift your top hip toward the ceiling.</source>
      <translation>Empuja las rodillas contra el suelo y eleva la cadera de arriba hacia el techo.</translation>
    </message>
    <message>
      <source>Keep your knees, hips and shoulders in one line.</source>
      <translation>Mantén rodillas, cadera y hombros en una misma línea.</translation>
    </message>
    <message>
      <source>Side planks load the stretched belly muscles. On the floor, keep to this bent-knee version with short holds, or choose the wall side plank, and ask your midwife or physiotherapist.</source>
      <translation>Las planchas laterales cargan los músculos abdominales estirados. En el suelo, quédate con esta versión con rodillas flexionadas y mantén la posición poco tiempo, o elige la plancha lateral en la pared, y consulta a tu matrona o fisioterapeuta.</translation>
    </message>
    <message>
      <source>Side plank with leg lift</source>
      <translation>Plancha lateral con elevación de pierna</translation>
    </message>
    <message>
      <source>A harder side plank in which you raise your top leg a little way and hold it, so your outer hip works hard to keep you steady.</source>
      <translation>Una plancha lateral más difícil en la que elevas un poco la pierna de arriba y la mantienes, de modo que la parte externa de la cadera trabaja a fondo para mantenerte estable.</translation>
    </message>
    <message>
      <source>Stay with the plain side plank until you can hold it steadily for the full time, and stop if you feel sharp pain in your shoulder, back or hips.</source>
      <translation>Quédate con la plancha lateral básica hasta que puedas mantenerla estable todo el tiempo, y detente si sientes un dolor agudo en el hombro, la espalda o la cadera.</translation>
    </message>
    <message>
      <source>Left side: you rest on your left forearm and left foot, and your right leg lifts.</source>
      <translation>Lado izquierdo: te apoyas en el antebrazo izquierdo y el pie izquierdo, y elevas la pierna derecha.</translation>
    </message>
    <message>
      <source>Right side: you rest on your right forearm and right foot, and your left leg lifts.</source>
      <translation>Lado derecho: te apoyas en el antebrazo derecho y el pie derecho, y elevas la pierna izquierda.</translation>
    </message>
    <message>
      <source>outer hip</source>
      <translation>parte externa de la cadera</translation>
    </message>
    <message>
      <source>Tighten your stomach and lift your hips so your body is straight from head to feet, with your top hand on your hip.</source>
      <translation>Contrae el abdomen y eleva la cadera para que el cuerpo forme una línea recta de la cabeza a los pies, con la mano de arriba en la cadera.</translation>
    </message>
    <message>
      <source>Once you are steady, raise your top leg a little way, keeping it straight and in line with your body, and hold it there.</source>
      <translation>Cuando estés estable, eleva un poco la pierna de arriba, recta y alineada con el cuerpo, y mantenla ahí.</translation>
    </message>
    <message>
      <source>Breathe steadily, then lower the leg, lower your hips and change sides.</source>
      <translation>Respira de forma regular; luego baja la pierna, baja la cadera y cambia de lado.</translation>
    </message>
    <message>
      <source>Lift the leg only a hand's width or so; height is not the aim.</source>
      <translation>Eleva la pierna solo un palmo más o menos; la altura no es el objetivo.</translation>
    </message>
    <message>
      <source>Keep your bottom hip lifted as the top leg rises.</source>
      <translation>Mantén elevada la cadera de abajo mientras sube la pierna de arriba.</translation>
    </message>
    <message>
      <source>Keep your toes pointing forward, not up to the ceiling.</source>
      <translation>Mantén las puntas de los pies hacia delante, no hacia el techo.</translation>
    </message>
    <message>
      <source>Letting the bottom hip sag as the leg lifts.</source>
      <translation>Dejar que la cadera de abajo se hunda al elevar la pierna.</translation>
    </message>
    <message>
      <source>Swinging the leg forward or lifting it so high that the body twists.</source>
      <translation>Llevar la pierna hacia delante o elevarla tanto que el cuerpo gira.</translation>
    </message>
    <message>
      <source>Skip this version in pregnancy. Use the bent-knee or wall side plank, or lie on your side and lift your top leg instead, and ask your midwife or physiotherapist.</source>
      <translation>No hagas esta versión durante el embarazo. Usa la plancha lateral con rodillas flexionadas o en la pared, o túmbate de lado y eleva la pierna de arriba, y consulta a tu matrona o fisioterapeuta.</translation>
    </message>
    <message>
      <source>Plank with leg lift</source>
      <translation>Plancha con elevación de pierna</translation>
    </message>
    <message>
      <source>Adds a leg lift to the plank so the glutes and lower back work hard to keep your hips steady.</source>
      <translation>Añade una elevación de pierna a la plancha, de modo que los glúteos y la zona lumbar trabajan a fondo para mantener la cadera estable.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or shoulders, and check with a health professional before plank work if you are pregnant.</source>
      <translation>Detente si sientes un dolor agudo en la espalda o los hombros, y consulta a un profesional de la salud antes de hacer planchas si estás embarazada.</translation>
    </message>
    <message>
      <source>Left leg: your left leg lifts while your right foot stays on the floor.</source>
      <translation>Pierna izquierda: elevas la pierna izquierda mientras el pie derecho se queda en el suelo.</translation>
    </message>
    <message>
      <source>Right leg: your right leg lifts while your left foot stays on the floor.</source>
      <translation>Pierna derecha: elevas la pierna derecha mientras el pie izquierdo se queda en el suelo.</translation>
    </message>
    <message>
      <source>Set up a plank on your forearms or hands, body straight from head to heels.</source>
      <translation>Colócate en plancha sobre los antebrazos o las manos, con el cuerpo recto de la cabeza a los talones.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and keep your stomach firm.</source>
      <translation>Aprieta los glúteos y mantén el abdomen firme.</translation>
    </message>
    <message>
      <source>Lift one straight leg a little way off the floor and pause for a breath.</source>
      <translation>Eleva una pierna estirada un poco del suelo y mantén durante una respiración.</translation>
    </message>
    <message>
      <source>Lower it with control, finish your reps, then change legs.</source>
      <translation>Bájala con control, termina tus repeticiones y cambia de pierna.</translation>
    </message>
    <message>
      <source>Keep your hips square to the floor.</source>
      <translation>Mantén la cadera paralela al suelo.</translation>
    </message>
    <message>
      <source>Lift only as high as you can without arching your back.</source>
      <translation>Eleva la pierna solo hasta donde puedas sin arquear la espalda.</translation>
    </message>
    <message>
      <source>Keep breathing through each lift.</source>
      <translation>Sigue respirando en cada elevación.</translation>
    </message>
    <message>
      <source>Twisting the hips as the leg rises.</source>
      <translation>Girar la cadera al subir la pierna.</translation>
    </message>
    <message>
      <source>Lifting so high that the lower back arches.</source>
      <translation>Subir tanto la pierna que la zona lumbar se arquea.</translation>
    </message>
    <message>
      <source>Letting the hips sag between lifts.</source>
      <translation>Dejar que la cadera se hunda entre elevaciones.</translation>
    </message>
    <message>
      <source>Hands-and-knees leg lift</source>
      <translation>Elevación de pierna a cuatro patas</translation>
    </message>
    <message>
      <source>Works the glutes and lower back from hands and knees, a steadier start than the plank, as you straighten one leg behind you and lift it to hip height.</source>
      <translation>Trabaja los glúteos y la zona lumbar a cuatro patas, un punto de partida más estable que la plancha: estiras una pierna hacia atrás y la elevas a la altura de la cadera.</translation>
    </message>
    <message>
      <source>Put a cushion under your knees if they are sore, and stop if you feel sharp pain in your back, hips or wrists.</source>
      <translation>Pon un cojín bajo las rodillas si te duelen, y detente si sientes un dolor agudo en la espalda, la cadera o las muñecas.</translation>
    </message>
    <message>
      <source>Left leg: your left leg lifts while your right knee stays on the floor.</source>
      <translation>Pierna izquierda: elevas la pierna izquierda mientras la rodilla derecha se queda en el suelo.</translation>
    </message>
    <message>
      <source>Right leg: your right leg lifts while your left knee stays on the floor.</source>
      <translation>Pierna derecha: elevas la pierna derecha mientras la rodilla izquierda se queda en el suelo.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach and slide one leg straight out behind you, toes on the floor.</source>
      <translation>Contrae suavemente el abdomen y desliza una pierna estirada hacia atrás, con las puntas de los pies en el suelo.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and lift the straight leg to hip height, then pause for a breath.</source>
      <translation>Aprieta los glúteos y eleva la pierna estirada a la altura de la cadera; mantén durante una respiración.</translation>
    </message>
    <message>
      <source>Lower it with control until your toes touch the floor, finish your reps, then change legs.</source>
      <translation>Bájala con control hasta que las puntas de los pies toquen el suelo, termina tus repeticiones y cambia de pierna.</translation>
    </message>
    <message>
      <source>Keep your hips level and square to the floor.</source>
      <translation>Mantén la cadera nivelada y paralela al suelo.</translation>
    </message>
    <message>
      <source>Reach the leg long behind you rather than high.</source>
      <translation>Estira la pierna hacia atrás buscando longitud, no altura.</translation>
    </message>
    <message>
      <source>Lifting the leg above hip height and arching the back.</source>
      <translation>Elevar la pierna por encima de la cadera y arquear la espalda.</translation>
    </message>
    <message>
      <source>Letting the hip roll open to the side.</source>
      <translation>Dejar que la cadera gire y se abra hacia un lado.</translation>
    </message>
    <message>
      <source>Plank with leg lift and hold</source>
      <translation>Plancha con elevación de pierna sostenida</translation>
    </message>
    <message>
      <source>A harder plank with leg lift: you hold each lifted leg still for three seconds, so your glutes and trunk work longer to keep your hips steady.</source>
      <translation>Una plancha con elevación de pierna más difícil: mantienes cada pierna elevada e inmóvil durante tres segundos, de modo que los glúteos y el tronco trabajan más tiempo para mantener la cadera estable.</translation>
    </message>
    <message>
      <source>Go back to quick lifts if your hips twist or sag during the hold, stop if you feel sharp pain in your back or shoulders, and check with a health professional before plank work if you are pregnant.</source>
      <translation>Vuelve a las elevaciones rápidas si la cadera gira o se hunde mientras mantienes la pierna arriba, detente si sientes un dolor agudo en la espalda o los hombros, y consulta a un profesional de la salud antes de hacer planchas si estás embarazada.</translation>
    </message>
    <message>
      <source>Set up a plank on your forearms, elbows under your shoulders and body straight from head to heels.</source>
      <translation>Colócate en plancha sobre los antebrazos, con los codos bajo los hombros y el cuerpo recto de la cabeza a los talones.</translation>
    </message>
    <message>
      <source>Lift one straight leg a little way off the floor, no higher than your back, and hold it still for three slow counts.</source>
      <translation>Eleva una pierna estirada un poco del suelo, no más alta que la espalda, y mantenla inmóvil mientras cuentas despacio hasta tres.</translation>
    </message>
    <message>
      <source>Keep your hips square to the floor for the whole hold.</source>
      <translation>Mantén la cadera paralela al suelo todo el tiempo que sostienes la pierna.</translation>
    </message>
    <message>
      <source>Keep breathing while the leg is up.</source>
      <translation>Sigue respirando mientras la pierna está arriba.</translation>
    </message>
    <message>
      <source>Press the floor away with your forearms.</source>
      <translation>Empuja el suelo con los antebrazos, como si quisieras alejarlo.</translation>
    </message>
    <message>
      <source>Twisting the hips to keep the leg up.</source>
      <translation>Girar la cadera para mantener la pierna arriba.</translation>
    </message>
    <message>
      <source>Letting the hips sag as the hold goes on.</source>
      <translation>Dejar que la cadera se hunda a medida que pasa el tiempo.</translation>
    </message>
    <message>
      <source>Holding the breath while the leg is up.</source>
      <translation>Contener la respiración mientras la pierna está arriba.</translation>
    </message>
    <message>
      <source>Planks load the stretched belly muscles. Choose the hands-and-knees leg lift instead, and ask your midwife or physiotherapist.</source>
      <translation>Las planchas cargan los músculos abdominales estirados. Elige mejor la elevación de pierna a cuatro patas y consulta a tu matrona o fisioterapeuta.</translation>
    </message>
    <message>
      <source>Superman</source>
      <translation>Superman</translation>
    </message>
    <message>
      <source>Works the muscles along the back of your body, from spine to thighs, as you lift your arms and legs while lying face down.</source>
      <translation>Trabaja los músculos de toda la parte posterior del cuerpo, de la columna a los muslos, mientras elevas brazos y piernas boca abajo.</translation>
    </message>
    <message>
      <source>Avoid lying face down if you are pregnant, and stop if you feel pinching or sharp pain in your lower back.</source>
      <translation>Evita tumbarte boca abajo si estás embarazada, y detente si sientes un pinzamiento o un dolor agudo en la zona lumbar.</translation>
    </message>
    <message>
      <source>upper back</source>
      <translation>parte alta de la espalda</translation>
    </message>
    <message>
      <source>Lie face down with your arms stretched out in front and your legs straight.</source>
      <translation>Túmbate boca abajo con los brazos estirados al frente y las piernas rectas.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach and glutes.</source>
      <translation>Contrae suavemente el abdomen y los glúteos.</translation>
    </message>
    <message>
      <source>Lift your arms, chest and legs a little way off the floor, keeping your neck long.</source>
      <translation>Eleva un poco del suelo los brazos, el pecho y las piernas, con el cuello largo.</translation>
    </message>
    <message>
      <source>Hold for a breath or two, then lower slowly.</source>
      <translation>Mantén durante una o dos respiraciones y baja despacio.</translation>
    </message>
    <message>
      <source>Think of reaching long, not lifting high.</source>
      <translation>Piensa en alargarte, no en subir alto.</translation>
    </message>
    <message>
      <source>Keep your eyes on the floor just ahead of your hands.</source>
      <translation>Mantén la mirada en el suelo, justo delante de las manos.</translation>
    </message>
    <message>
      <source>Breathe out as you lift.</source>
      <translation>Suelta el aire al subir.</translation>
    </message>
    <message>
      <source>Throwing the head back and straining the neck.</source>
      <translation>Echar la cabeza hacia atrás y forzar el cuello.</translation>
    </message>
    <message>
      <source>Lifting too high and pinching the lower back.</source>
      <translation>Subir demasiado y pinzar la zona lumbar.</translation>
    </message>
    <message>
      <source>Swinging up with momentum.</source>
      <translation>Subir con impulso.</translation>
    </message>
    <message>
      <source>Arching the back narrows the space around the nerves. Skip it, or lift only one arm or one leg a little, and ask a physiotherapist.</source>
      <translation>Arquear la espalda estrecha el espacio alrededor de los nervios. No lo hagas, o eleva solo un brazo o una pierna un poco, y consulta a un fisioterapeuta.</translation>
    </message>
    <message>
      <source>Lying face down is not advised. Do the bird dog on hands and knees instead.</source>
      <translation>No se recomienda tumbarse boca abajo. Haz en su lugar el bird dog a cuatro patas.</translation>
    </message>
    <message>
      <source>Prone limb lift</source>
      <translation>Elevación de brazo o pierna boca abajo</translation>
    </message>
    <message>
      <source>The gentlest step towards the superman: lying face down, you lift just one arm or one leg a little way at a time while the rest of you rests on the floor.</source>
      <translation>El paso más suave hacia el superman: boca abajo, elevas solo un brazo o una pierna un poco cada vez, mientras el resto del cuerpo descansa en el suelo.</translation>
    </message>
    <message>
      <source>Lie face down with your arms stretched out in front, your legs straight and your forehead resting on the floor.</source>
      <translation>Túmbate boca abajo con los brazos estirados al frente, las piernas rectas y la frente apoyada en el suelo.</translation>
    </message>
    <message>
      <source>Lift one arm a few centimetres off the floor, keeping it long, hold for a breath, then lower it slowly.</source>
      <translation>Eleva un brazo unos centímetros del suelo, bien estirado; mantén durante una respiración y bájalo despacio.</translation>
    </message>
    <message>
      <source>Do the same with the other arm, then with each leg in turn, keeping the rest of your body on the floor; each lift counts as one rep.</source>
      <translation>Haz lo mismo con el otro brazo y luego con cada pierna por turnos, con el resto del cuerpo en el suelo; cada elevación cuenta como una repetición.</translation>
    </message>
    <message>
      <source>Reach long, not high: a few centimetres is enough.</source>
      <translation>Busca longitud, no altura: unos centímetros bastan.</translation>
    </message>
    <message>
      <source>Keep your forehead down and your neck long.</source>
      <translation>Mantén la frente abajo y el cuello largo.</translation>
    </message>
    <message>
      <source>Lifting a leg so high that the hip rolls and the back arches.</source>
      <translation>Elevar tanto una pierna que la cadera gira y la espalda se arquea.</translation>
    </message>
    <message>
      <source>Raising your head to look forward.</source>
      <translation>Levantar la cabeza para mirar al frente.</translation>
    </message>
    <message>
      <source>Holding your breath.</source>
      <translation>Contener la respiración.</translation>
    </message>
    <message>
      <source>Arching the back narrows the space around the nerves. Keep each lift to a few centimetres so your back stays flat, stop if pain, tingling or numbness spreads into your legs, and ask a physiotherapist before you progress.</source>
      <translation>Arquear la espalda estrecha el espacio alrededor de los nervios. Limita cada elevación a unos centímetros para que la espalda no se arquee, detente si el dolor, el hormigueo o el adormecimiento se extienden a las piernas, y consulta a un fisioterapeuta antes de avanzar.</translation>
    </message>
    <message>
      <source>Alternating superman</source>
      <translation>Superman alterno</translation>
    </message>
    <message>
      <source>An easier superman: you lift one arm and the opposite leg together, while the other arm and leg stay resting on the floor.</source>
      <translation>Un superman más fácil: elevas un brazo y la pierna contraria a la vez, mientras el otro brazo y la otra pierna descansan en el suelo.</translation>
    </message>
    <message>
      <source>Lift one arm and the opposite leg a little way off the floor, keeping your neck long and your eyes on the floor.</source>
      <translation>Eleva un poco del suelo un brazo y la pierna contraria, con el cuello largo y la mirada en el suelo.</translation>
    </message>
    <message>
      <source>Hold for a breath, lower them slowly, then lift the other arm and leg; each lift counts as one rep.</source>
      <translation>Mantén durante una respiración, bájalos despacio y eleva el otro brazo y la otra pierna; cada elevación cuenta como una repetición.</translation>
    </message>
    <message>
      <source>Reach long through your fingers and toes rather than lifting high.</source>
      <translation>Estírate a través de los dedos de las manos y de los pies en lugar de subir alto.</translation>
    </message>
    <message>
      <source>Keep both hips resting evenly on the floor.</source>
      <translation>Mantén ambos lados de la cadera apoyados por igual en el suelo.</translation>
    </message>
    <message>
      <source>Rolling onto one hip as the leg lifts.</source>
      <translation>Girar sobre una cadera al elevar la pierna.</translation>
    </message>
    <message>
      <source>Throwing the head back to look forward.</source>
      <translation>Echar la cabeza hacia atrás para mirar al frente.</translation>
    </message>
    <message>
      <source>Swinging the arm and leg up quickly.</source>
      <translation>Subir el brazo y la pierna rápidamente, con impulso.</translation>
    </message>
    <message>
      <source>Arching the back narrows the space around the nerves. Skip it, or lift only one arm or one leg a little at a time, and ask a physiotherapist.</source>
      <translation>Arquear la espalda estrecha el espacio alrededor de los nervios. No lo hagas, o eleva solo un brazo o una pierna un poco cada vez, y consulta a un fisioterapeuta.</translation>
    </message>
    <message>
      <source>Superman hold</source>
      <translation>Superman sostenido</translation>
    </message>
    <message>
      <source>A harder superman: you lift your arms, chest and legs a little way and hold them there for a few steady breaths on each rep.</source>
      <translation>Un superman más difícil: elevas un poco los brazos, el pecho y las piernas y los mantienes ahí durante unas respiraciones tranquilas en cada repetición.</translation>
    </message>
    <message>
      <source>Avoid lying face down if you are pregnant, stop if you feel pinching or sharp pain in your lower back, and go back to the ordinary superman if you cannot breathe easily during the hold.</source>
      <translation>Evita tumbarte boca abajo si estás embarazada, detente si sientes un pinzamiento o un dolor agudo en la zona lumbar, y vuelve al superman normal si no puedes respirar con facilidad mientras mantienes la posición.</translation>
    </message>
    <message>
      <source>Hold still for three or four slow breaths, about five to ten seconds, then lower slowly and rest for a breath before the next rep.</source>
      <translation>Mantén la posición sin moverte durante tres o cuatro respiraciones lentas, unos cinco a diez segundos; luego baja despacio y descansa una respiración antes de la siguiente repetición.</translation>
    </message>
    <message>
      <source>Keep breathing steadily all through the hold.</source>
      <translation>Sigue respirando de forma regular mientras mantienes la posición.</translation>
    </message>
    <message>
      <source>Stay low and long; height is not the aim.</source>
      <translation>Quédate cerca del suelo y busca longitud; la altura no es el objetivo.</translation>
    </message>
    <message>
      <source>Holding your breath during the hold.</source>
      <translation>Contener la respiración mientras mantienes la posición.</translation>
    </message>
    <message>
      <source>Creeping higher as the hold goes on and pinching the lower back.</source>
      <translation>Ir subiendo poco a poco mientras mantienes la posición y pinzar la zona lumbar.</translation>
    </message>
    <message>
      <source>Letting the head tip back or the legs bend as you tire.</source>
      <translation>Dejar que la cabeza caiga hacia atrás o que las piernas se doblen al cansarte.</translation>
    </message>
    <message>
      <source>Holding the back arched keeps the space around the nerves narrowed for longer. Skip this version; lift only one arm or one leg a little instead, and ask a physiotherapist.</source>
      <translation>Mantener la espalda arqueada estrecha el espacio alrededor de los nervios durante más tiempo. No hagas esta versión; eleva en su lugar solo un brazo o una pierna un poco, y consulta a un fisioterapeuta.</translation>
    </message>
    <message>
      <source>Hip thrust</source>
      <translation>Empuje de cadera</translation>
    </message>
    <message>
      <source>Builds strong glutes and hip extensors by driving your hips up with your upper back resting on a sofa, bench or chair.</source>
      <translation>Desarrolla unos glúteos y extensores de cadera fuertes: empujas la cadera hacia arriba con la parte alta de la espalda apoyada en un sofá, un banco o una silla.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or neck, and push a chair against a wall so it cannot move.</source>
      <translation>Detente si sientes un dolor agudo en la espalda o el cuello, y apoya la silla contra una pared para que no pueda moverse.</translation>
    </message>
    <message>
      <source>sofa, bench or sturdy chair</source>
      <translation>sofá, banco o silla estable</translation>
    </message>
    <message>
      <source>Sit on the floor with your upper back against the edge of a sofa, bench or sturdy chair that cannot slide.</source>
      <translation>Siéntate en el suelo con la parte alta de la espalda apoyada en el borde de un sofá, un banco o una silla estable que no pueda deslizarse.</translation>
    </message>
    <message>
      <source>Bend your knees and plant your feet flat, hip-width apart.</source>
      <translation>Flexiona las rodillas y apoya los pies planos, separados al ancho de las caderas.</translation>
    </message>
    <message>
      <source>Press through your heels and lift your hips until your body is level from knees to shoulders.</source>
      <translation>Empuja con los talones y eleva la cadera hasta que el cuerpo quede recto de las rodillas a los hombros.</translation>
    </message>
    <message>
      <source>Squeeze your glutes at the top, then lower your hips back toward the floor with control.</source>
      <translation>Aprieta los glúteos arriba y luego baja la cadera hacia el suelo con control.</translation>
    </message>
    <message>
      <source>Keep your chin slightly tucked and your eyes looking forward.</source>
      <translation>Mete ligeramente la barbilla y mira al frente.</translation>
    </message>
    <message>
      <source>Aim for upright shins at the top of the lift.</source>
      <translation>Busca que las espinillas queden verticales al final de la subida.</translation>
    </message>
    <message>
      <source>Finish the lift with your glutes, not by arching your back.</source>
      <translation>Termina la subida con los glúteos, no arqueando la espalda.</translation>
    </message>
    <message>
      <source>Overarching the lower back at the top.</source>
      <translation>Arquear en exceso la zona lumbar arriba.</translation>
    </message>
    <message>
      <source>Using a chair or bench that can slide or tip.</source>
      <translation>Usar una silla o un banco que pueda deslizarse o volcar.</translation>
    </message>
    <message>
      <source>Pushing through the toes instead of the heels.</source>
      <translation>Empujar con las puntas de los pies en lugar de con los talones.</translation>
    </message>
    <message>
      <source>Keep the lift small and your shoulders well supported, and stop if you feel pressure in your belly or pelvis.</source>
      <translation>Haz una elevación pequeña con los hombros bien apoyados, y detente si notas presión en el vientre o la pelvis.</translation>
    </message>
    <message>
      <source>Single-leg hip thrust</source>
      <translation>Empuje de cadera a una pierna</translation>
    </message>
    <message>
      <source>A harder hip thrust done on one foot, with your upper back resting on a sofa, bench or chair, so each leg's glutes work on their own.</source>
      <translation>Un empuje de cadera más difícil sobre un solo pie, con la parte alta de la espalda apoyada en un sofá, un banco o una silla, para que los glúteos de cada pierna trabajen por separado.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back, hips or neck, push the chair against a wall so it cannot move, and go back to the hip thrust on both feet if you cannot keep your hips level.</source>
      <translation>Detente si sientes un dolor agudo en la espalda, la cadera o el cuello, apoya la silla contra una pared para que no pueda moverse, y vuelve al empuje de cadera con ambos pies si no puedes mantener la cadera nivelada.</translation>
    </message>
    <message>
      <source>Left leg: your left foot stays on the floor and drives the lift, and your right leg is held out straight.</source>
      <translation>Pierna izquierda: el pie izquierdo se queda en el suelo e impulsa la subida, y la pierna derecha se mantiene estirada.</translation>
    </message>
    <message>
      <source>Right leg: your right foot stays on the floor and drives the lift, and your left leg is held out straight.</source>
      <translation>Pierna derecha: el pie derecho se queda en el suelo e impulsa la subida, y la pierna izquierda se mantiene estirada.</translation>
    </message>
    <message>
      <source>Sit on the floor with your upper back against the edge of a sofa, bench or sturdy chair that cannot slide, knees bent and feet flat.</source>
      <translation>Siéntate en el suelo con la parte alta de la espalda apoyada en el borde de un sofá, un banco o una silla estable que no pueda deslizarse, con las rodillas flexionadas y los pies apoyados.</translation>
    </message>
    <message>
      <source>Straighten one leg out in front of you, keeping your thighs side by side.</source>
      <translation>Estira una pierna al frente, con los muslos uno junto al otro.</translation>
    </message>
    <message>
      <source>Press through the heel of the other foot and lift your hips until your body is level from knee to shoulders, hips square.</source>
      <translation>Empuja con el talón del otro pie y eleva la cadera hasta que el cuerpo quede recto de la rodilla a los hombros, con la cadera nivelada.</translation>
    </message>
    <message>
      <source>Keep both hips at the same height all the way up.</source>
      <translation>Mantén ambos lados de la cadera a la misma altura durante toda la subida.</translation>
    </message>
    <message>
      <source>Aim for an upright shin on the working leg at the top.</source>
      <translation>Busca que la espinilla de la pierna que trabaja quede vertical al final de la subida.</translation>
    </message>
    <message>
      <source>Letting the hip on the side of the straight leg drop or turn.</source>
      <translation>Dejar que la cadera del lado de la pierna estirada caiga o gire.</translation>
    </message>
    <message>
      <source>Keep the lift small and your shoulders well supported, and stop if you feel pressure in your belly or pelvis. If your pelvis is sore, do the hip thrust with both feet down instead.</source>
      <translation>Haz una elevación pequeña con los hombros bien apoyados, y detente si notas presión en el vientre o la pelvis. Si te duele la pelvis, haz mejor el empuje de cadera con ambos pies apoyados.</translation>
    </message>
    <message>
      <source>Chair sit-to-stand</source>
      <translation>Sentarse y levantarse de la silla</translation>
    </message>
    <message>
      <source>Strengthens the hips and thighs by standing up from a chair and sitting back down without using your hands.</source>
      <translation>Fortalece la cadera y los muslos: te levantas de una silla y vuelves a sentarte sin usar las manos.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your knees, hips or back, and keep a hand near your desk if your balance is unsteady.</source>
      <translation>Detente si sientes un dolor agudo en las rodillas, la cadera o la espalda, y ten una mano cerca del escritorio si no tienes buen equilibrio.</translation>
    </message>
    <message>
      <source>quadriceps</source>
      <translation>cuádriceps</translation>
    </message>
    <message>
      <source>sturdy chair</source>
      <translation>silla estable</translation>
    </message>
    <message>
      <source>Sit near the front of a sturdy chair without wheels, feet flat and hip-width apart.</source>
      <translation>Siéntate cerca del borde delantero de una silla estable sin ruedas, con los pies apoyados y separados al ancho de las caderas.</translation>
    </message>
    <message>
      <source>Cross your arms over your chest or reach them forward.</source>
      <translation>Cruza los brazos sobre el pecho o estíralos hacia delante.</translation>
    </message>
    <message>
      <source>Lean forward a little and press through your feet to stand up tall.</source>
      <translation>Inclínate un poco hacia delante y empuja con los pies para levantarte del todo.</translation>
    </message>
    <message>
      <source>Push your hips back and lower slowly until you are sitting again.</source>
      <translation>Lleva la cadera hacia atrás y baja despacio hasta volver a sentarte.</translation>
    </message>
    <message>
      <source>Keep your knees in line with your toes.</source>
      <translation>Mantén las rodillas alineadas con las puntas de los pies.</translation>
    </message>
    <message>
      <source>Stand all the way up and squeeze your glutes.</source>
      <translation>Levántate del todo y aprieta los glúteos.</translation>
    </message>
    <message>
      <source>Control the sit; don't drop into the chair.</source>
      <translation>Controla la bajada; no te dejes caer en la silla.</translation>
    </message>
    <message>
      <source>Using an office chair with wheels that can roll away.</source>
      <translation>Usar una silla de oficina con ruedas que puede desplazarse.</translation>
    </message>
    <message>
      <source>Letting the knees cave inward.</source>
      <translation>Dejar que las rodillas se vayan hacia dentro.</translation>
    </message>
    <message>
      <source>Flopping down onto the seat.</source>
      <translation>Dejarse caer sobre el asiento.</translation>
    </message>
    <message>
      <source>Hand-assisted sit-to-stand</source>
      <translation>Sentarse y levantarse con ayuda de las manos</translation>
    </message>
    <message>
      <source>An easier sit-to-stand: you push lightly on your thighs or the chair's armrests to help yourself up and to control the sit.</source>
      <translation>Una versión más fácil de sentarse y levantarse: empujas ligeramente con las manos sobre los muslos o los reposabrazos de la silla para ayudarte a subir y controlar la bajada.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your knees, hips or back, and keep something steady within reach if your balance is unsteady.</source>
      <translation>Detente si sientes un dolor agudo en las rodillas, la cadera o la espalda, y ten algo estable a mano si no tienes buen equilibrio.</translation>
    </message>
    <message>
      <source>Rest your hands on your thighs just above the knees, or on the armrests if your chair has them.</source>
      <translation>Apoya las manos en los muslos, justo por encima de las rodillas, o en los reposabrazos si tu silla los tiene.</translation>
    </message>
    <message>
      <source>Lean forward a little and press through your feet, pushing lightly with your hands, to stand up tall.</source>
      <translation>Inclínate un poco hacia delante y empuja con los pies, ayudándote ligeramente con las manos, para levantarte del todo.</translation>
    </message>
    <message>
      <source>Push your hips back and lower slowly, using your hands again to steady the sit.</source>
      <translation>Lleva la cadera hacia atrás y baja despacio, usando de nuevo las manos para controlar la bajada.</translation>
    </message>
    <message>
      <source>Let your legs do most of the work; your hands only help.</source>
      <translation>Deja que las piernas hagan casi todo el trabajo; las manos solo ayudan.</translation>
    </message>
    <message>
      <source>Lean forward until your nose is over your toes, then stand.</source>
      <translation>Inclínate hacia delante hasta que la nariz quede sobre las puntas de los pies y luego levántate.</translation>
    </message>
    <message>
      <source>Pulling on a desk or table that could slide away.</source>
      <translation>Tirar de un escritorio o una mesa que podría desplazarse.</translation>
    </message>
    <message>
      <source>Pushing so hard with the hands that the legs hardly work.</source>
      <translation>Empujar tanto con las manos que las piernas apenas trabajan.</translation>
    </message>
    <message>
      <source>Slow sit-to-stand</source>
      <translation>Sentarse y levantarse lento</translation>
    </message>
    <message>
      <source>A harder sit-to-stand: you take three seconds to lower and only just touch the seat before standing again, so your hips and thighs never get a rest.</source>
      <translation>Una versión más difícil de sentarse y levantarse: tardas tres segundos en bajar y apenas rozas el asiento antes de volver a levantarte, así que la cadera y los muslos nunca descansan.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your knees, hips or back, and sit down fully to rest if your legs shake or your balance wobbles.</source>
      <translation>Detente si sientes un dolor agudo en las rodillas, la cadera o la espalda, y siéntate del todo para descansar si te tiemblan las piernas o pierdes el equilibrio.</translation>
    </message>
    <message>
      <source>Sit near the front of a sturdy chair without wheels, feet flat and hip-width apart, arms crossed over your chest or reaching forward.</source>
      <translation>Siéntate cerca del borde delantero de una silla estable sin ruedas, con los pies apoyados y separados al ancho de las caderas, y los brazos cruzados sobre el pecho o estirados hacia delante.</translation>
    </message>
    <message>
      <source>Push your hips back and lower slowly, taking three seconds on the way down.</source>
      <translation>Lleva la cadera hacia atrás y baja despacio, tardando tres segundos en bajar.</translation>
    </message>
    <message>
      <source>Let your seat only just brush the chair, without sitting or relaxing, then stand straight up again.</source>
      <translation>Roza apenas la silla con el trasero, sin sentarte ni relajarte, y vuelve a levantarte.</translation>
    </message>
    <message>
      <source>Three seconds down, then rise steadily.</source>
      <translation>Tres segundos para bajar y luego sube de forma controlada.</translation>
    </message>
    <message>
      <source>Breathe out as you stand.</source>
      <translation>Suelta el aire al levantarte.</translation>
    </message>
    <message>
      <source>Dropping the last part of the way onto the seat.</source>
      <translation>Dejarse caer sobre el asiento en el último tramo.</translation>
    </message>
    <message>
      <source>Letting the knees cave inward as you slow down.</source>
      <translation>Dejar que las rodillas se vayan hacia dentro al bajar despacio.</translation>
    </message>
    <message>
      <source>Child's pose</source>
      <translation>Postura del niño</translation>
    </message>
    <message>
      <source>A restful kneeling stretch that lengthens the lower back and eases tension around the hips.</source>
      <translation>Un estiramiento de rodillas, relajante, que alarga la zona lumbar y alivia la tensión alrededor de la cadera.</translation>
    </message>
    <message>
      <source>Use plenty of cushions or skip it if your knees hurt, and widen your knees to make room for your belly during pregnancy.</source>
      <translation>Usa muchos cojines, o no lo hagas, si te duelen las rodillas, y separa más las rodillas para dejar sitio a la barriga durante el embarazo.</translation>
    </message>
    <message>
      <source>hips</source>
      <translation>caderas</translation>
    </message>
    <message>
      <source>Kneel on the floor with your big toes touching and your knees hip-width apart or wider.</source>
      <translation>Arrodíllate en el suelo con los dedos gordos de los pies juntos y las rodillas separadas al ancho de las caderas o más.</translation>
    </message>
    <message>
      <source>Sit your hips back toward your heels.</source>
      <translation>Lleva la cadera hacia atrás, hacia los talones.</translation>
    </message>
    <message>
      <source>Walk your hands forward and lower your chest toward the floor, resting your forehead down.</source>
      <translation>Avanza las manos por el suelo y baja el pecho hacia el suelo, apoyando la frente.</translation>
    </message>
    <message>
      <source>Breathe slowly and let your back and hips soften each time you breathe out.</source>
      <translation>Respira despacio y deja que la espalda y la cadera se suelten cada vez que sueltas el aire.</translation>
    </message>
    <message>
      <source>Let your hips sink toward your heels.</source>
      <translation>Deja que la cadera se hunda hacia los talones.</translation>
    </message>
    <message>
      <source>Relax your shoulders away from your ears.</source>
      <translation>Relaja los hombros, lejos de las orejas.</translation>
    </message>
    <message>
      <source>Breathe slowly into your back.</source>
      <translation>Respira despacio, llevando el aire hacia la espalda.</translation>
    </message>
    <message>
      <source>Forcing the hips down when the knees complain.</source>
      <translation>Forzar la cadera hacia abajo cuando las rodillas protestan.</translation>
    </message>
    <message>
      <source>Holding tension in the shoulders and neck.</source>
      <translation>Mantener tensión en los hombros y el cuello.</translation>
    </message>
    <message>
      <source>Sitting back onto your heels bends the hips past a right angle. Skip it, or keep a large cushion between heels and bottom, unless you have been told it is fine.</source>
      <translation>Sentarse sobre los talones flexiona la cadera más allá del ángulo recto. No lo hagas, o pon un cojín grande entre los talones y los glúteos, salvo que te hayan dicho que puedes hacerlo.</translation>
    </message>
    <message>
      <source>Widen your knees to make room for your bump and rest your head on a cushion.</source>
      <translation>Separa más las rodillas para dejar sitio a la barriga y apoya la cabeza en un cojín.</translation>
    </message>
    <message>
      <source>Supported child's pose</source>
      <translation>Postura del niño con apoyo</translation>
    </message>
    <message>
      <source>A restful kneeling stretch for the lower back and hips, with cushions under your bottom and chest so your knees and hips bend less than in the full pose.</source>
      <translation>Un estiramiento de rodillas, relajante, para la zona lumbar y la cadera, con cojines bajo los glúteos y el pecho para que las rodillas y la cadera se flexionen menos que en la postura completa.</translation>
    </message>
    <message>
      <source>Add more cushions, or skip it, if your knees hurt, and stop if you feel sharp pain in your back or hips.</source>
      <translation>Añade más cojines, o no lo hagas, si te duelen las rodillas, y detente si sientes un dolor agudo en la espalda o la cadera.</translation>
    </message>
    <message>
      <source>cushions, pillows or a folded blanket</source>
      <translation>cojines, almohadas o una manta doblada</translation>
    </message>
    <message>
      <source>Kneel with your big toes touching and knees hip-width apart or wider, and lay a firm cushion across your heels.</source>
      <translation>Arrodíllate con los dedos gordos de los pies juntos y las rodillas separadas al ancho de las caderas o más, y coloca un cojín firme sobre los talones.</translation>
    </message>
    <message>
      <source>Place a long cushion, a bolster or a stack of pillows lengthways on the floor between your knees.</source>
      <translation>Coloca un cojín largo, un rulo o varias almohadas apiladas a lo largo en el suelo, entre las rodillas.</translation>
    </message>
    <message>
      <source>Sit back onto the cushion on your heels, then lean forward until your chest and head rest on the cushions in front of you.</source>
      <translation>Siéntate sobre el cojín de los talones e inclínate hacia delante hasta que el pecho y la cabeza descansen sobre los cojines de delante.</translation>
    </message>
    <message>
      <source>Let your arms rest on the floor beside the cushions and breathe slowly, letting your back soften each time you breathe out.</source>
      <translation>Deja los brazos apoyados en el suelo junto a los cojines y respira despacio, dejando que la espalda se suelte cada vez que sueltas el aire.</translation>
    </message>
    <message>
      <source>To come up, place your hands under your shoulders and press yourself back up to kneeling.</source>
      <translation>Para incorporarte, coloca las manos bajo los hombros y empuja hasta volver a quedar de rodillas.</translation>
    </message>
    <message>
      <source>Add cushions until nothing feels strained.</source>
      <translation>Añade cojines hasta que nada te resulte forzado.</translation>
    </message>
    <message>
      <source>Let the cushions take your whole weight.</source>
      <translation>Deja que los cojines sostengan todo tu peso.</translation>
    </message>
    <message>
      <source>Using too few cushions, so the knees or hips still feel strained.</source>
      <translation>Usar muy pocos cojines, de modo que las rodillas o la cadera siguen forzadas.</translation>
    </message>
    <message>
      <source>Holding your head up instead of letting it rest.</source>
      <translation>Sostener la cabeza en alto en lugar de dejarla descansar.</translation>
    </message>
    <message>
      <source>Even with cushions, leaning forward bends the hips past a right angle. Skip it unless your surgeon or physiotherapist has said it is fine, or keep a tall stack under your chest so you lean forward only a little.</source>
      <translation>Incluso con cojines, inclinarse hacia delante flexiona la cadera más allá del ángulo recto. No lo hagas salvo que tu cirujano o fisioterapeuta te haya dicho que puedes, o pon una pila alta de cojines bajo el pecho para inclinarte solo un poco.</translation>
    </message>
    <message>
      <source>Widen your knees to make room for your bump and rest your chest and head on a tall stack of cushions.</source>
      <translation>Separa más las rodillas para dejar sitio a la barriga y apoya el pecho y la cabeza sobre una pila alta de cojines.</translation>
    </message>
    <message>
      <source>Side-reach child's pose</source>
      <translation>Postura del niño con estiramiento lateral</translation>
    </message>
    <message>
      <source>Child's pose with both hands walked over to one side, which adds a stretch along the side of your back and ribs.</source>
      <translation>La postura del niño con ambas manos desplazadas hacia un lado, lo que añade un estiramiento a lo largo del lateral de la espalda y las costillas.</translation>
    </message>
    <message>
      <source>Use plenty of cushions, or choose the basic child's pose, if your knees hurt, and stop if you feel sharp pain in your back or side.</source>
      <translation>Usa muchos cojines, o elige la postura del niño básica, si te duelen las rodillas, y detente si sientes un dolor agudo en la espalda o el costado.</translation>
    </message>
    <message>
      <source>Left side: walk both hands over to the right, so you feel the stretch along the left side of your back.</source>
      <translation>Lado izquierdo: desplaza ambas manos hacia la derecha, para notar el estiramiento a lo largo del lado izquierdo de la espalda.</translation>
    </message>
    <message>
      <source>Right side: walk both hands over to the left, so you feel the stretch along the right side of your back.</source>
      <translation>Lado derecho: desplaza ambas manos hacia la izquierda, para notar el estiramiento a lo largo del lado derecho de la espalda.</translation>
    </message>
    <message>
      <source>Kneel with your big toes touching and your knees hip-width apart or wider, and sit your hips back toward your heels.</source>
      <translation>Arrodíllate con los dedos gordos de los pies juntos y las rodillas separadas al ancho de las caderas o más, y lleva la cadera hacia atrás, hacia los talones.</translation>
    </message>
    <message>
      <source>Walk both hands over to one side until you feel a stretch along the opposite side of your back, keeping your hips back toward your heels.</source>
      <translation>Desplaza ambas manos hacia un lado hasta notar un estiramiento a lo largo del lado contrario de la espalda, con la cadera hacia atrás, hacia los talones.</translation>
    </message>
    <message>
      <source>Breathe slowly into the stretched side of your ribs and hold.</source>
      <translation>Respira despacio, llevando el aire hacia el costado estirado, y mantén.</translation>
    </message>
    <message>
      <source>Walk your hands back to the middle, then change sides.</source>
      <translation>Vuelve a llevar las manos al centro y cambia de lado.</translation>
    </message>
    <message>
      <source>Keep both hips sinking toward your heels.</source>
      <translation>Mantén la cadera hundiéndose hacia los talones.</translation>
    </message>
    <message>
      <source>Breathe into the side that is stretching.</source>
      <translation>Lleva el aire hacia el lado que se estira.</translation>
    </message>
    <message>
      <source>Walk your hands only as far as feels comfortable.</source>
      <translation>Desplaza las manos solo hasta donde te resulte cómodo.</translation>
    </message>
    <message>
      <source>Letting the hips lift or slide sideways with the hands.</source>
      <translation>Dejar que la cadera se levante o se desplace hacia un lado con las manos.</translation>
    </message>
    <message>
      <source>Walking the hands so far that the stretch turns into strain.</source>
      <translation>Desplazar tanto las manos que el estiramiento se convierte en tensión.</translation>
    </message>
    <message>
      <source>Keep the side reach small and slow, and let the floor take your weight.</source>
      <translation>Haz el desplazamiento lateral pequeño y lento, y deja que el suelo sostenga tu peso.</translation>
    </message>
    <message>
      <source>Widen your knees to make room for your bump, keep the side reach gentle and rest your head on a cushion.</source>
      <translation>Separa más las rodillas para dejar sitio a la barriga, haz el desplazamiento lateral con suavidad y apoya la cabeza en un cojín.</translation>
    </message>
    <message>
      <source>Figure 4 stretch</source>
      <translation>Estiramiento en figura 4</translation>
    </message>
    <message>
      <source>Stretches the outer hip and glutes, including the piriformis, while you lie on your back.</source>
      <translation>Estira la parte externa de la cadera y los glúteos, incluido el piriforme, mientras estás boca arriba.</translation>
    </message>
    <message>
      <source>Ease off if the knee of the crossed leg hurts, and stop if you feel sharp or shooting pain down your leg.</source>
      <translation>Reduce la intensidad si te duele la rodilla de la pierna cruzada, y detente si sientes un dolor agudo o que se irradia por la pierna.</translation>
    </message>
    <message>
      <source>Left side: your left ankle crosses over your right knee, so you feel the stretch in your left hip.</source>
      <translation>Lado izquierdo: el tobillo izquierdo se cruza sobre la rodilla derecha, así que notas el estiramiento en la cadera izquierda.</translation>
    </message>
    <message>
      <source>Right side: your right ankle crosses over your left knee, so you feel the stretch in your right hip.</source>
      <translation>Lado derecho: el tobillo derecho se cruza sobre la rodilla izquierda, así que notas el estiramiento en la cadera derecha.</translation>
    </message>
    <message>
      <source>piriformis</source>
      <translation>piriforme</translation>
    </message>
    <message>
      <source>Lie on your back with both knees bent and your feet flat on the floor.</source>
      <translation>Túmbate boca arriba con ambas rodillas flexionadas y los pies apoyados en el suelo.</translation>
    </message>
    <message>
      <source>Cross one ankle over the opposite knee so your legs make the shape of a 4.</source>
      <translation>Cruza un tobillo sobre la rodilla contraria, de modo que las piernas formen un 4.</translation>
    </message>
    <message>
      <source>Hold behind the thigh of the bottom leg and gently draw it toward your chest.</source>
      <translation>Sujeta por detrás el muslo de la pierna de abajo y acércalo suavemente al pecho.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then release and change sides.</source>
      <translation>Mantén la posición respirando despacio; luego suelta y cambia de lado.</translation>
    </message>
    <message>
      <source>Keep the crossed foot flexed to protect the knee.</source>
      <translation>Mantén el pie de la pierna cruzada en flexión (dedos hacia ti) para proteger la rodilla.</translation>
    </message>
    <message>
      <source>Keep your head and shoulders relaxed on the floor.</source>
      <translation>Mantén la cabeza y los hombros relajados en el suelo.</translation>
    </message>
    <message>
      <source>Look for a gentle stretch in the outer hip, not pain.</source>
      <translation>Busca un estiramiento suave en la parte externa de la cadera, no dolor.</translation>
    </message>
    <message>
      <source>Pulling so hard that the lower back lifts off the floor.</source>
      <translation>Tirar tanto que la zona lumbar se despega del suelo.</translation>
    </message>
    <message>
      <source>Letting the crossed foot go floppy, which strains the knee.</source>
      <translation>Dejar el pie de la pierna cruzada suelto, lo que fuerza la rodilla.</translation>
    </message>
    <message>
      <source>Straining the neck to reach the leg.</source>
      <translation>Forzar el cuello para alcanzar la pierna.</translation>
    </message>
    <message>
      <source>Crossing the ankle over the other knee turns the hip in a way a new hip may not be ready for. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Cruzar el tobillo sobre la otra rodilla gira la cadera de una forma para la que una cadera operada puede no estar preparada. No lo hagas salvo que tu cirujano o fisioterapeuta te haya dicho que puedes.</translation>
    </message>
    <message>
      <source>Later in pregnancy, lying on your back can make you feel faint. Do the seated figure 4 on a chair instead.</source>
      <translation>En el embarazo avanzado, estar boca arriba puede provocar mareo. Haz en su lugar la figura 4 en silla.</translation>
    </message>
    <message>
      <source>Foot-down figure 4</source>
      <translation>Figura 4 con pie apoyado</translation>
    </message>
    <message>
      <source>A gentler figure 4 for the outer hip and glutes: the bottom foot stays on the floor and the crossed knee simply opens out.</source>
      <translation>Una figura 4 más suave para la parte externa de la cadera y los glúteos: el pie de abajo se queda en el suelo y la rodilla cruzada simplemente se abre.</translation>
    </message>
    <message>
      <source>Left side: your left ankle rests on your right knee and your right foot stays on the floor, so you feel the stretch in your left hip.</source>
      <translation>Lado izquierdo: el tobillo izquierdo descansa sobre la rodilla derecha y el pie derecho se queda en el suelo, así que notas el estiramiento en la cadera izquierda.</translation>
    </message>
    <message>
      <source>Right side: your right ankle rests on your left knee and your left foot stays on the floor, so you feel the stretch in your right hip.</source>
      <translation>Lado derecho: el tobillo derecho descansa sobre la rodilla izquierda y el pie izquierdo se queda en el suelo, así que notas el estiramiento en la cadera derecha.</translation>
    </message>
    <message>
      <source>Lie on your back with both knees bent and your feet flat on the floor, hip-width apart.</source>
      <translation>Túmbate boca arriba con ambas rodillas flexionadas y los pies apoyados en el suelo, separados al ancho de las caderas.</translation>
    </message>
    <message>
      <source>Cross one ankle over the opposite knee so your legs make the shape of a 4, keeping the bottom foot on the floor.</source>
      <translation>Cruza un tobillo sobre la rodilla contraria, de modo que las piernas formen un 4, con el pie de abajo en el suelo.</translation>
    </message>
    <message>
      <source>Let the crossed knee gently open out to the side, and rest your hands on your belly or on the floor.</source>
      <translation>Deja que la rodilla cruzada se abra suavemente hacia un lado y apoya las manos en el vientre o en el suelo.</translation>
    </message>
    <message>
      <source>For less stretch, slide the bottom foot further away from you; for a little more, bring it a little closer.</source>
      <translation>Para estirar menos, aleja el pie de abajo; para estirar un poco más, acércalo un poco.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then uncross and change sides.</source>
      <translation>Mantén la posición respirando despacio; luego descruza las piernas y cambia de lado.</translation>
    </message>
    <message>
      <source>Let the knee open by itself; there is no need to push it.</source>
      <translation>Deja que la rodilla se abra sola; no hace falta empujarla.</translation>
    </message>
    <message>
      <source>Pressing the crossed knee down hard with a hand.</source>
      <translation>Presionar con fuerza la rodilla cruzada hacia abajo con la mano.</translation>
    </message>
    <message>
      <source>Holding the breath or tensing the shoulders.</source>
      <translation>Contener la respiración o tensar los hombros.</translation>
    </message>
    <message>
      <source>Crossing the ankle over the other knee turns the hip in a way a new hip may not be ready for, even with the foot down. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Cruzar el tobillo sobre la otra rodilla gira la cadera de una forma para la que una cadera operada puede no estar preparada, incluso con el pie apoyado. No lo hagas salvo que tu cirujano o fisioterapeuta te haya dicho que puedes.</translation>
    </message>
    <message>
      <source>Later in pregnancy, lying on your back can make you feel faint. Do the seated figure 4 on a chair instead, or prop your head and shoulders up on cushions.</source>
      <translation>En el embarazo avanzado, estar boca arriba puede provocar mareo. Haz en su lugar la figura 4 en silla, o eleva la cabeza y los hombros sobre unos cojines.</translation>
    </message>
    <message>
      <source>Deep figure 4</source>
      <translation>Figura 4 profunda</translation>
    </message>
    <message>
      <source>A stronger figure 4 for the outer hip and glutes: you hold the front of the bottom shin, draw the legs closer to your chest and ease the crossed knee away.</source>
      <translation>Una figura 4 más intensa para la parte externa de la cadera y los glúteos: sujetas la parte delantera de la espinilla de abajo, acercas las piernas al pecho y alejas suavemente la rodilla cruzada.</translation>
    </message>
    <message>
      <source>Go back to the basic figure 4 if the crossed knee or the front of the hip complains, and stop if you feel sharp or shooting pain down your leg.</source>
      <translation>Vuelve a la figura 4 básica si la rodilla cruzada o la parte delantera de la cadera protestan, y detente si sientes un dolor agudo o que se irradia por la pierna.</translation>
    </message>
    <message>
      <source>Left side: your left ankle crosses over your right knee and you draw your right leg in, so you feel the stretch in your left hip.</source>
      <translation>Lado izquierdo: el tobillo izquierdo se cruza sobre la rodilla derecha y acercas la pierna derecha, así que notas el estiramiento en la cadera izquierda.</translation>
    </message>
    <message>
      <source>Right side: your right ankle crosses over your left knee and you draw your left leg in, so you feel the stretch in your right hip.</source>
      <translation>Lado derecho: el tobillo derecho se cruza sobre la rodilla izquierda y acercas la pierna izquierda, así que notas el estiramiento en la cadera derecha.</translation>
    </message>
    <message>
      <source>Lie on your back with both knees bent and cross one ankle over the opposite knee, keeping that foot flexed.</source>
      <translation>Túmbate boca arriba con ambas rodillas flexionadas y cruza un tobillo sobre la rodilla contraria, con ese pie en flexión.</translation>
    </message>
    <message>
      <source>Lift the bottom foot off the floor, thread one hand between your legs and hold the front of the bottom shin with both hands.</source>
      <translation>Despega del suelo el pie de abajo, pasa una mano entre las piernas y sujeta con ambas manos la parte delantera de la espinilla de abajo.</translation>
    </message>
    <message>
      <source>Draw the bottom leg slowly toward your chest until you feel a stronger stretch in the outer hip of the crossed leg.</source>
      <translation>Acerca despacio la pierna de abajo al pecho hasta notar un estiramiento más intenso en la parte externa de la cadera de la pierna cruzada.</translation>
    </message>
    <message>
      <source>If you want a little more, use the elbow on the crossed-leg side to ease that knee gently away from you.</source>
      <translation>Si quieres un poco más, usa el codo del lado de la pierna cruzada para alejar suavemente esa rodilla.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, keeping your head and tailbone down, then release and change sides.</source>
      <translation>Mantén la posición respirando despacio, con la cabeza y el coxis abajo; luego suelta y cambia de lado.</translation>
    </message>
    <message>
      <source>Keep your head, shoulders and tailbone heavy on the floor.</source>
      <translation>Deja la cabeza, los hombros y el coxis pesados sobre el suelo.</translation>
    </message>
    <message>
      <source>Keep the crossed foot flexed.</source>
      <translation>Mantén el pie de la pierna cruzada en flexión.</translation>
    </message>
    <message>
      <source>Ease in a little with each breath out; never bounce.</source>
      <translation>Profundiza un poco en cada espiración; nunca hagas rebotes.</translation>
    </message>
    <message>
      <source>Pulling so hard that your tailbone curls up off the floor.</source>
      <translation>Tirar tanto que el coxis se despega del suelo.</translation>
    </message>
    <message>
      <source>Lifting the head and shoulders to reach the shin.</source>
      <translation>Levantar la cabeza y los hombros para alcanzar la espinilla.</translation>
    </message>
    <message>
      <source>Pushing the crossed knee so hard that the knee or the front of the hip hurts.</source>
      <translation>Empujar tanto la rodilla cruzada que duele la rodilla o la parte delantera de la cadera.</translation>
    </message>
    <message>
      <source>This deep bend and turn of the hip is likely to be too much for a new hip. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Esta flexión y rotación profunda de la cadera probablemente sea demasiado para una cadera operada. No lo hagas salvo que tu cirujano o fisioterapeuta te haya dicho que puedes.</translation>
    </message>
    <message>
      <source>Lying on your back and drawing a leg in toward your bump are best avoided later in pregnancy. Do the seated figure 4 on a chair instead.</source>
      <translation>En el embarazo avanzado, conviene evitar estar boca arriba y acercar una pierna hacia la barriga. Haz en su lugar la figura 4 en silla.</translation>
    </message>
    <message>
      <source>Cat-cow</source>
      <translation>Gato-vaca</translation>
    </message>
    <message>
      <source>A gentle flowing move on hands and knees that loosens the spine and eases stiffness in the lower back and hips.</source>
      <translation>Un movimiento suave y fluido a cuatro patas que suelta la columna y alivia la rigidez de la zona lumbar y la cadera.</translation>
    </message>
    <message>
      <source>Put a cushion under your knees if they are sore, and keep the movement small if arching or rounding brings on pain.</source>
      <translation>Pon un cojín bajo las rodillas si te duelen, y haz un movimiento pequeño si arquear o redondear la espalda te provoca dolor.</translation>
    </message>
    <message>
      <source>spine</source>
      <translation>columna</translation>
    </message>
    <message>
      <source>Start on hands and knees, hands under your shoulders and knees under your hips.</source>
      <translation>Colócate a cuatro patas, con las manos bajo los hombros y las rodillas bajo la cadera.</translation>
    </message>
    <message>
      <source>Breathe in as you let your belly sink, lift your chest and tailbone, and look slightly forward.</source>
      <translation>Toma aire mientras dejas que el vientre baje, elevas el pecho y el coxis y miras ligeramente al frente.</translation>
    </message>
    <message>
      <source>Breathe out as you round your back up toward the ceiling, tuck your tailbone and let your head drop.</source>
      <translation>Suelta el aire mientras redondeas la espalda hacia el techo, metes el coxis y dejas caer la cabeza.</translation>
    </message>
    <message>
      <source>Keep flowing slowly between the two shapes in time with your breath.</source>
      <translation>Sigue pasando despacio de una postura a otra al ritmo de la respiración.</translation>
    </message>
    <message>
      <source>Move one section of your spine at a time.</source>
      <translation>Mueve la columna tramo a tramo.</translation>
    </message>
    <message>
      <source>Let your breath set the pace.</source>
      <translation>Deja que la respiración marque el ritmo.</translation>
    </message>
    <message>
      <source>Stay within a comfortable range.</source>
      <translation>Mantente en un recorrido cómodo.</translation>
    </message>
    <message>
      <source>Rushing through the movement.</source>
      <translation>Hacer el movimiento con prisa.</translation>
    </message>
    <message>
      <source>Forcing a deep arch in the lower back.</source>
      <translation>Forzar un arco profundo en la zona lumbar.</translation>
    </message>
    <message>
      <source>Locking the elbows.</source>
      <translation>Bloquear los codos.</translation>
    </message>
    <message>
      <source>Keep the rounding (cat) small and slow.</source>
      <translation>Haz el redondeo (gato) pequeño y lento.</translation>
    </message>
    <message>
      <source>Keep the arching (cow) small, and stop if it brings on leg pain.</source>
      <translation>Haz el arco (vaca) pequeño, y detente si te provoca dolor en la pierna.</translation>
    </message>
    <message>
      <source>Small-range cat-cow</source>
      <translation>Gato-vaca de recorrido corto</translation>
    </message>
    <message>
      <source>Cat-cow in small, easy movements: you tilt your pelvis and round or hollow your back only a little, to loosen a stiff or sore back gently.</source>
      <translation>El gato-vaca con movimientos pequeños y fáciles: basculas la pelvis y redondeas o ahuecas la espalda solo un poco, para soltar con suavidad una espalda rígida o dolorida.</translation>
    </message>
    <message>
      <source>Make it even smaller, or try the seated cat-cow, if it brings on pain, and stop if you feel sharp or shooting pain.</source>
      <translation>Hazlo aún más pequeño, o prueba el gato-vaca en silla, si te provoca dolor, y detente si sientes un dolor agudo o que se irradia.</translation>
    </message>
    <message>
      <source>Start on hands and knees, hands under your shoulders and knees under your hips, with a cushion under your knees if they are sore.</source>
      <translation>Colócate a cuatro patas, con las manos bajo los hombros y las rodillas bajo la cadera, y un cojín bajo las rodillas si te duelen.</translation>
    </message>
    <message>
      <source>Breathe in and tip your tailbone up a little, letting your lower back dip only slightly.</source>
      <translation>Toma aire y eleva un poco el coxis, dejando que la zona lumbar baje solo ligeramente.</translation>
    </message>
    <message>
      <source>Breathe out and tuck your tailbone under a little, letting your back round only slightly.</source>
      <translation>Suelta el aire y mete un poco el coxis, dejando que la espalda se redondee solo ligeramente.</translation>
    </message>
    <message>
      <source>Keep rocking gently between the two in time with your breath, within an easy, pain-free range.</source>
      <translation>Sigue balanceándote suavemente entre ambas posturas al ritmo de la respiración, en un recorrido fácil y sin dolor.</translation>
    </message>
    <message>
      <source>Let the movement start at your pelvis.</source>
      <translation>Deja que el movimiento empiece en la pelvis.</translation>
    </message>
    <message>
      <source>Small and smooth is the aim.</source>
      <translation>El objetivo es un movimiento pequeño y fluido.</translation>
    </message>
    <message>
      <source>Keep your neck long and your eyes on the floor.</source>
      <translation>Mantén el cuello largo y la mirada en el suelo.</translation>
    </message>
    <message>
      <source>Letting the movement grow bigger than feels easy.</source>
      <translation>Dejar que el movimiento se haga más grande de lo que resulta fácil.</translation>
    </message>
    <message>
      <source>Moving only the head and shoulders instead of the pelvis.</source>
      <translation>Mover solo la cabeza y los hombros en lugar de la pelvis.</translation>
    </message>
    <message>
      <source>Keep the rounding (cat) small and slow, as in this version, and do not push it further.</source>
      <translation>Haz el redondeo (gato) pequeño y lento, como en esta versión, y no lo lleves más allá.</translation>
    </message>
    <message>
      <source>Cat-cow with hip circles</source>
      <translation>Gato-vaca con círculos de cadera</translation>
    </message>
    <message>
      <source>Cat-cow with slow circles of the hips added between rounds, to loosen the hips as well as the spine.</source>
      <translation>El gato-vaca con círculos lentos de cadera entre repeticiones, para soltar la cadera además de la columna.</translation>
    </message>
    <message>
      <source>Put a cushion under your knees if they are sore, keep the circles small if they bring on pain, and stop if you feel sharp pain in your back or hips.</source>
      <translation>Pon un cojín bajo las rodillas si te duelen, haz círculos pequeños si te provocan dolor, y detente si sientes un dolor agudo en la espalda o la cadera.</translation>
    </message>
    <message>
      <source>Do a few slow rounds of cat-cow, letting your belly sink as you breathe in and rounding your back as you breathe out.</source>
      <translation>Haz unas cuantas repeticiones lentas de gato-vaca: deja que el vientre baje al tomar aire y redondea la espalda al soltarlo.</translation>
    </message>
    <message>
      <source>Return to a flat back and draw slow circles with your hips: forward, over to one side, back toward your heels and over to the other side.</source>
      <translation>Vuelve a la espalda recta y dibuja círculos lentos con la cadera: hacia delante, hacia un lado, hacia atrás en dirección a los talones y hacia el otro lado.</translation>
    </message>
    <message>
      <source>After three or four circles, change direction, then go back to cat-cow and keep alternating.</source>
      <translation>Tras tres o cuatro círculos, cambia de sentido; luego vuelve al gato-vaca y sigue alternando.</translation>
    </message>
    <message>
      <source>Keep your hands and knees where they are; only your hips and spine move.</source>
      <translation>Mantén las manos y las rodillas donde están; solo se mueven la cadera y la columna.</translation>
    </message>
    <message>
      <source>Keep the circles slow and smooth.</source>
      <translation>Haz los círculos lentos y fluidos.</translation>
    </message>
    <message>
      <source>Rushing the circles.</source>
      <translation>Hacer los círculos con prisa.</translation>
    </message>
    <message>
      <source>Sinking into the shoulders or locking the elbows.</source>
      <translation>Hundirse entre los hombros o bloquear los codos.</translation>
    </message>
    <message>
      <source>Letting the lower back sag as the hips move forward.</source>
      <translation>Dejar que la zona lumbar se hunda cuando la cadera va hacia delante.</translation>
    </message>
    <message>
      <source>Keep the rounding (cat) small and slow, and keep the circles small.</source>
      <translation>Haz el redondeo (gato) pequeño y lento, y los círculos pequeños.</translation>
    </message>
    <message>
      <source>Keep the arching (cow) small, keep your back from sagging as the hips circle forward, and stop if it brings on leg pain.</source>
      <translation>Haz el arco (vaca) pequeño, evita que la espalda se hunda cuando la cadera va hacia delante, y detente si te provoca dolor en la pierna.</translation>
    </message>
    <message>
      <source>Pigeon pose</source>
      <translation>Postura de la paloma</translation>
    </message>
    <message>
      <source>A deep stretch for the outer hips and glutes with one leg folded in front of you.</source>
      <translation>Un estiramiento profundo para la parte externa de la cadera y los glúteos, con una pierna doblada delante de ti.</translation>
    </message>
    <message>
      <source>Use the figure 4 stretch instead if you feel pain in the front knee, and stop if you feel sharp pain in your hip or back.</source>
      <translation>Usa en su lugar el estiramiento en figura 4 si te duele la rodilla de delante, y detente si sientes un dolor agudo en la cadera o la espalda.</translation>
    </message>
    <message>
      <source>Left side: your left knee comes forward and your right leg stretches back, so you feel the stretch in your left hip.</source>
      <translation>Lado izquierdo: la rodilla izquierda va hacia delante y la pierna derecha se estira hacia atrás, así que notas el estiramiento en la cadera izquierda.</translation>
    </message>
    <message>
      <source>Right side: your right knee comes forward and your left leg stretches back, so you feel the stretch in your right hip.</source>
      <translation>Lado derecho: la rodilla derecha va hacia delante y la pierna izquierda se estira hacia atrás, así que notas el estiramiento en la cadera derecha.</translation>
    </message>
    <message>
      <source>hip flexors</source>
      <translation>flexores de la cadera</translation>
    </message>
    <message>
      <source>Start on hands and knees, then bring one knee forward to rest behind the wrist on the same side.</source>
      <translation>Colócate a cuatro patas y lleva una rodilla hacia delante hasta apoyarla detrás de la muñeca del mismo lado.</translation>
    </message>
    <message>
      <source>Let that shin angle across toward the opposite hip and slide the other leg straight back.</source>
      <translation>Deja que esa espinilla se cruce en diagonal hacia la cadera contraria y desliza la otra pierna estirada hacia atrás.</translation>
    </message>
    <message>
      <source>Keep your hips level and lower them toward the floor, supporting yourself on your hands.</source>
      <translation>Mantén la cadera nivelada y bájala hacia el suelo, sosteniéndote con las manos.</translation>
    </message>
    <message>
      <source>Stay up on your hands or fold forward onto your forearms, hold, then change sides.</source>
      <translation>Quédate sobre las manos o inclínate hacia delante sobre los antebrazos; mantén y luego cambia de lado.</translation>
    </message>
    <message>
      <source>Keep the front foot flexed.</source>
      <translation>Mantén el pie de delante en flexión.</translation>
    </message>
    <message>
      <source>Keep both hips facing forward.</source>
      <translation>Mantén ambos lados de la cadera mirando al frente.</translation>
    </message>
    <message>
      <source>Slide a cushion under the front hip if it does not reach the floor.</source>
      <translation>Pon un cojín bajo la cadera de delante si no llega al suelo.</translation>
    </message>
    <message>
      <source>Tipping over onto the front hip.</source>
      <translation>Volcarse sobre la cadera de delante.</translation>
    </message>
    <message>
      <source>Forcing the front shin across further than the knee allows.</source>
      <translation>Forzar la espinilla de delante a cruzarse más de lo que permite la rodilla.</translation>
    </message>
    <message>
      <source>Letting the back leg twist out to the side.</source>
      <translation>Dejar que la pierna de atrás gire hacia un lado.</translation>
    </message>
    <message>
      <source>The deep bend and turn of the front hip can strain a new hip. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>La flexión y rotación profundas de la cadera de delante pueden forzar una cadera operada. No lo hagas salvo que tu cirujano o fisioterapeuta te haya dicho que puedes.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Use the figure 4 on a chair, or a cushion under the front hip and only a gentle stretch.</source>
      <translation>El embarazo hace que las articulaciones estén más laxas y dificulta el equilibrio. Haz la figura 4 en silla, o pon un cojín bajo la cadera de delante y estira solo suavemente.</translation>
    </message>
    <message>
      <source>Supported pigeon</source>
      <translation>Paloma con apoyo</translation>
    </message>
    <message>
      <source>A gentler pigeon pose with a cushion or folded blanket under the hip of the front leg and your chest upright on your hands, so the hip stretch stays moderate.</source>
      <translation>Una postura de la paloma más suave, con un cojín o una manta doblada bajo la cadera de la pierna de delante y el pecho erguido sobre las manos, para que el estiramiento de la cadera sea moderado.</translation>
    </message>
    <message>
      <source>Left side: your left knee comes forward with the cushion under your left hip, and your right leg stretches back.</source>
      <translation>Lado izquierdo: la rodilla izquierda va hacia delante, con el cojín bajo la cadera izquierda, y la pierna derecha se estira hacia atrás.</translation>
    </message>
    <message>
      <source>Right side: your right knee comes forward with the cushion under your right hip, and your left leg stretches back.</source>
      <translation>Lado derecho: la rodilla derecha va hacia delante, con el cojín bajo la cadera derecha, y la pierna izquierda se estira hacia atrás.</translation>
    </message>
    <message>
      <source>cushion or folded blanket</source>
      <translation>cojín o manta doblada</translation>
    </message>
    <message>
      <source>two books (optional)</source>
      <translation>dos libros (opcional)</translation>
    </message>
    <message>
      <source>Start on hands and knees with a firm cushion or folded blanket on the floor just in front of your knees.</source>
      <translation>Colócate a cuatro patas con un cojín firme o una manta doblada en el suelo, justo delante de las rodillas.</translation>
    </message>
    <message>
      <source>Bring one knee forward to rest behind the wrist on the same side, and let that shin angle across only as far as is comfortable.</source>
      <translation>Lleva una rodilla hacia delante hasta apoyarla detrás de la muñeca del mismo lado, y deja que esa espinilla se cruce en diagonal solo hasta donde te resulte cómodo.</translation>
    </message>
    <message>
      <source>Slide the other leg straight back and lower the hip of the front leg onto the cushion, keeping your hips level.</source>
      <translation>Desliza la otra pierna estirada hacia atrás y baja la cadera de la pierna de delante sobre el cojín, con la cadera nivelada.</translation>
    </message>
    <message>
      <source>Keep your arms straight and your chest upright, hands on the floor or on two books beside your front knee.</source>
      <translation>Mantén los brazos estirados y el pecho erguido, con las manos en el suelo o sobre dos libros junto a la rodilla de delante.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then press back onto hands and knees and change sides.</source>
      <translation>Mantén la posición respirando de forma regular; luego empuja para volver a cuatro patas y cambia de lado.</translation>
    </message>
    <message>
      <source>Let the cushion take your weight so your hips stay level.</source>
      <translation>Deja que el cojín sostenga tu peso para que la cadera se mantenga nivelada.</translation>
    </message>
    <message>
      <source>Keep your chest lifted and your back long.</source>
      <translation>Mantén el pecho elevado y la espalda larga.</translation>
    </message>
    <message>
      <source>Using a cushion that is too low, so you tip over onto the front hip.</source>
      <translation>Usar un cojín demasiado bajo, de modo que te vuelcas sobre la cadera de delante.</translation>
    </message>
    <message>
      <source>Slumping the chest down onto the front leg.</source>
      <translation>Dejar caer el pecho sobre la pierna de delante.</translation>
    </message>
    <message>
      <source>Even with a cushion, the front hip bends and turns a long way. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Incluso con un cojín, la cadera de delante se flexiona y gira mucho. No lo hagas salvo que tu cirujano o fisioterapeuta te haya dicho que puedes.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Keep the cushion high and the stretch gentle, or use the figure 4 on a chair.</source>
      <translation>El embarazo hace que las articulaciones estén más laxas y dificulta el equilibrio. Usa un cojín alto y estira con suavidad, o haz la figura 4 en silla.</translation>
    </message>
    <message>
      <source>Folded pigeon</source>
      <translation>Paloma plegada</translation>
    </message>
    <message>
      <source>A deeper pigeon pose: you walk your hands forward and fold your chest down onto your forearms, for a stronger stretch in the outer hip of the front leg.</source>
      <translation>Una postura de la paloma más profunda: avanzas las manos y bajas el pecho sobre los antebrazos, para un estiramiento más intenso en la parte externa de la cadera de la pierna de delante.</translation>
    </message>
    <message>
      <source>Stay up on your hands, or use the figure 4 stretch, if the front knee hurts, and stop if you feel sharp pain in your hip or back.</source>
      <translation>Quédate sobre las manos, o haz el estiramiento en figura 4, si te duele la rodilla de delante, y detente si sientes un dolor agudo en la cadera o la espalda.</translation>
    </message>
    <message>
      <source>Set up in pigeon pose: one knee forward behind the wrist on the same side, that shin angled across and the other leg straight back.</source>
      <translation>Colócate en la postura de la paloma: una rodilla adelantada detrás de la muñeca del mismo lado, esa espinilla cruzada en diagonal y la otra pierna estirada hacia atrás.</translation>
    </message>
    <message>
      <source>Lower your hips toward the floor, keeping them level, with a cushion under the front hip if it does not reach.</source>
      <translation>Baja la cadera hacia el suelo, manteniéndola nivelada, con un cojín bajo la cadera de delante si no llega.</translation>
    </message>
    <message>
      <source>Walk your hands forward and lower your chest slowly onto your forearms, keeping your back long.</source>
      <translation>Avanza las manos y baja el pecho despacio sobre los antebrazos, con la espalda larga.</translation>
    </message>
    <message>
      <source>If that feels easy, stretch your arms forward and rest your forehead on your hands or on the floor.</source>
      <translation>Si te resulta fácil, estira los brazos al frente y apoya la frente en las manos o en el suelo.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then walk your hands back, press up and change sides.</source>
      <translation>Mantén la posición respirando despacio; luego retrocede con las manos, empuja para subir y cambia de lado.</translation>
    </message>
    <message>
      <source>Fold forward from your hips rather than rounding your back.</source>
      <translation>Inclínate hacia delante desde la cadera en lugar de redondear la espalda.</translation>
    </message>
    <message>
      <source>Let the stretch ease in with each breath out.</source>
      <translation>Deja que el estiramiento se profundice en cada espiración.</translation>
    </message>
    <message>
      <source>Tipping over onto the front hip as you fold.</source>
      <translation>Volcarse sobre la cadera de delante al inclinarte.</translation>
    </message>
    <message>
      <source>Folding lower than the front knee is happy with.</source>
      <translation>Bajar más de lo que tolera bien la rodilla de delante.</translation>
    </message>
    <message>
      <source>Hunching the shoulders up around the ears.</source>
      <translation>Encoger los hombros hacia las orejas.</translation>
    </message>
    <message>
      <source>Folding forward over the front leg bends and turns the front hip even further. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Inclinarse sobre la pierna de delante flexiona y gira aún más la cadera de delante. No lo hagas salvo que tu cirujano o fisioterapeuta te haya dicho que puedes.</translation>
    </message>
    <message>
      <source>Folding down over the front leg presses on your bump, and pregnancy loosens the joints. Use the supported pigeon with only a gentle stretch, or the figure 4 on a chair.</source>
      <translation>Inclinarte sobre la pierna de delante presiona la barriga, y el embarazo hace que las articulaciones estén más laxas. Haz la paloma con apoyo estirando solo suavemente, o la figura 4 en silla.</translation>
    </message>
    <message>
      <source>Seated forward fold</source>
      <translation>Flexión hacia delante sentada</translation>
    </message>
    <message>
      <source>Lengthens the backs of your legs and your lower back as you fold forward over your legs while sitting on the floor.</source>
      <translation>Alarga la parte posterior de las piernas y la zona lumbar al inclinarte hacia delante sobre las piernas, sentándote en el suelo.</translation>
    </message>
    <message>
      <source>Keep your knees bent, or skip the fold, if you feel shooting pain or tingling down a leg.</source>
      <translation>Mantén las rodillas flexionadas, o no hagas la flexión, si sientes un dolor que se irradia o un hormigueo por una pierna.</translation>
    </message>
    <message>
      <source>calves</source>
      <translation>pantorrillas</translation>
    </message>
    <message>
      <source>Sit on the floor with your legs straight out in front and your feet flexed.</source>
      <translation>Siéntate en el suelo con las piernas estiradas al frente y los pies en flexión.</translation>
    </message>
    <message>
      <source>Sit up tall and breathe in as you lengthen your spine.</source>
      <translation>Siéntate con la espalda recta y toma aire mientras alargas la columna.</translation>
    </message>
    <message>
      <source>Breathe out and hinge forward from your hips, sliding your hands along your legs.</source>
      <translation>Suelta el aire e inclínate hacia delante desde la cadera, deslizando las manos por las piernas.</translation>
    </message>
    <message>
      <source>Stop where you feel a gentle stretch and hold, breathing slowly.</source>
      <translation>Detente donde notes un estiramiento suave y mantén, respirando despacio.</translation>
    </message>
    <message>
      <source>Lead with your chest rather than your head.</source>
      <translation>Guía el movimiento con el pecho, no con la cabeza.</translation>
    </message>
    <message>
      <source>Bend your knees as much as you need.</source>
      <translation>Flexiona las rodillas tanto como necesites.</translation>
    </message>
    <message>
      <source>Relax your shoulders and neck.</source>
      <translation>Relaja los hombros y el cuello.</translation>
    </message>
    <message>
      <source>Rounding hard through the back to reach the toes.</source>
      <translation>Redondear mucho la espalda para llegar a las puntas de los pies.</translation>
    </message>
    <message>
      <source>Bouncing to go further.</source>
      <translation>Hacer rebotes para llegar más lejos.</translation>
    </message>
    <message>
      <source>Locking the knees tight.</source>
      <translation>Bloquear las rodillas con fuerza.</translation>
    </message>
    <message>
      <source>Rounding your back forward loads the front of the spine bones. Hinge from the hips with a long back and stop at a gentle stretch, or skip it.</source>
      <translation>Redondear la espalda hacia delante carga la parte delantera de las vértebras. Inclínate desde la cadera con la espalda larga y detente en un estiramiento suave, o no lo hagas.</translation>
    </message>
    <message>
      <source>Bent-knee forward fold</source>
      <translation>Flexión hacia delante con rodillas dobladas</translation>
    </message>
    <message>
      <source>A gentler seated fold: with your knees bent and your hips raised on a folded blanket, your chest rests towards your thighs and the backs of your legs stretch only lightly.</source>
      <translation>Una flexión sentada más suave: con las rodillas dobladas y la cadera elevada sobre una manta doblada, el pecho se acerca a los muslos y la parte posterior de las piernas se estira solo ligeramente.</translation>
    </message>
    <message>
      <source>Stop and sit up if you feel shooting pain or tingling down a leg; if sitting on the floor is hard, do a forward fold sitting on a chair instead.</source>
      <translation>Detente e incorpórate si sientes un dolor que se irradia o un hormigueo por una pierna; si te cuesta sentarte en el suelo, haz en su lugar una flexión hacia delante en una silla.</translation>
    </message>
    <message>
      <source>folded blanket or cushion (optional)</source>
      <translation>manta doblada o cojín (opcional)</translation>
    </message>
    <message>
      <source>Sit on the front edge of a folded blanket or cushion with your knees bent and your feet flat on the floor, hip-width apart.</source>
      <translation>Siéntate en el borde delantero de una manta doblada o un cojín con las rodillas dobladas y los pies apoyados en el suelo, separados al ancho de las caderas.</translation>
    </message>
    <message>
      <source>Breathe out and hinge forward from your hips, letting your chest come towards your thighs and holding your shins or ankles.</source>
      <translation>Suelta el aire e inclínate hacia delante desde la cadera, dejando que el pecho se acerque a los muslos y sujetándote las espinillas o los tobillos.</translation>
    </message>
    <message>
      <source>Stay where it feels comfortable and breathe slowly, then walk your hands up your shins to sit tall again.</source>
      <translation>Quédate donde te resulte cómodo y respira despacio; luego sube las manos por las espinillas para volver a sentarte con la espalda recta.</translation>
    </message>
    <message>
      <source>Let your thighs support your chest.</source>
      <translation>Deja que los muslos sostengan el pecho.</translation>
    </message>
    <message>
      <source>Keep your feet flat and your knees as bent as you need.</source>
      <translation>Mantén los pies apoyados y las rodillas tan dobladas como necesites.</translation>
    </message>
    <message>
      <source>Let your neck relax in line with your back.</source>
      <translation>Deja que el cuello se relaje, alineado con la espalda.</translation>
    </message>
    <message>
      <source>Straightening the legs to feel more stretch.</source>
      <translation>Estirar las piernas para notar más estiramiento.</translation>
    </message>
    <message>
      <source>Pulling on the shins to force your chest down.</source>
      <translation>Tirar de las espinillas para forzar el pecho hacia abajo.</translation>
    </message>
    <message>
      <source>Even with bent knees, rounding your back forward loads the front of the spine bones. Hinge from the hips with a long back and only go as far as your thighs allow, or skip it.</source>
      <translation>Incluso con las rodillas dobladas, redondear la espalda hacia delante carga la parte delantera de las vértebras. Inclínate desde la cadera con la espalda larga y baja solo hasta donde te permitan los muslos, o no lo hagas.</translation>
    </message>
    <message>
      <source>Towel forward fold</source>
      <translation>Flexión hacia delante con toalla</translation>
    </message>
    <message>
      <source>A deeper seated fold: a towel looped around your feet lets you ease your chest closer to your straight legs while keeping your back long.</source>
      <translation>Una flexión sentada más profunda: una toalla alrededor de los pies te permite acercar el pecho a las piernas estiradas manteniendo la espalda larga.</translation>
    </message>
    <message>
      <source>Ease off if you feel pulling behind the knees, and bend your knees or skip the fold if you feel shooting pain or tingling down a leg.</source>
      <translation>Reduce la intensidad si notas tirantez detrás de las rodillas, y dobla las rodillas o no hagas la flexión si sientes un dolor que se irradia o un hormigueo por una pierna.</translation>
    </message>
    <message>
      <source>towel or strap</source>
      <translation>toalla o cinta</translation>
    </message>
    <message>
      <source>Sit on the floor with your legs straight out in front, loop a towel around the soles of your feet and hold one end in each hand.</source>
      <translation>Siéntate en el suelo con las piernas estiradas al frente, pasa una toalla por las plantas de los pies y sujeta un extremo con cada mano.</translation>
    </message>
    <message>
      <source>Breathe out and hinge forward from your hips, walking your hands a little way down the towel to ease your chest towards your legs.</source>
      <translation>Suelta el aire e inclínate hacia delante desde la cadera, avanzando las manos un poco por la toalla para acercar el pecho a las piernas.</translation>
    </message>
    <message>
      <source>Stop at a gentle stretch and hold, breathing slowly, then let the towel go slack and sit up tall.</source>
      <translation>Detente en un estiramiento suave y mantén, respirando despacio; luego afloja la toalla y vuelve a sentarte con la espalda recta.</translation>
    </message>
    <message>
      <source>Keep your back long and lead with your chest.</source>
      <translation>Mantén la espalda larga y guía el movimiento con el pecho.</translation>
    </message>
    <message>
      <source>Use the towel to guide you, not to haul yourself forward.</source>
      <translation>Usa la toalla para guiarte, no para tirar de ti hacia delante.</translation>
    </message>
    <message>
      <source>Keep your shoulders down and relaxed.</source>
      <translation>Mantén los hombros bajos y relajados.</translation>
    </message>
    <message>
      <source>Yanking on the towel to fold further.</source>
      <translation>Dar tirones a la toalla para bajar más.</translation>
    </message>
    <message>
      <source>Rounding the back and dropping the head to get closer.</source>
      <translation>Redondear la espalda y dejar caer la cabeza para acercarte más.</translation>
    </message>
    <message>
      <source>Rounding your back forward loads the front of the spine bones, and a towel makes it easy to pull too far. Hinge from the hips with a long back and stop at a gentle stretch, or choose the bent-knee forward fold.</source>
      <translation>Redondear la espalda hacia delante carga la parte delantera de las vértebras, y con una toalla es fácil tirar demasiado. Inclínate desde la cadera con la espalda larga y detente en un estiramiento suave, o elige la flexión hacia delante con rodillas dobladas.</translation>
    </message>
    <message>
      <source>Lizard pose</source>
      <translation>Postura del lagarto</translation>
    </message>
    <message>
      <source>A deep low-lunge stretch that opens the hip flexors, groin and hamstrings.</source>
      <translation>Un estiramiento profundo en zancada baja que abre los flexores de la cadera, la ingle y los isquiotibiales.</translation>
    </message>
    <message>
      <source>Pad the back knee, and stop if you feel pinching at the front of the hip or sharp pain in either knee.</source>
      <translation>Pon algo acolchado bajo la rodilla de atrás, y detente si notas un pinzamiento en la parte delantera de la cadera o un dolor agudo en cualquiera de las rodillas.</translation>
    </message>
    <message>
      <source>Left side: your left foot steps forward and your right knee rests on the floor behind you.</source>
      <translation>Lado izquierdo: el pie izquierdo avanza y la rodilla derecha se apoya en el suelo detrás de ti.</translation>
    </message>
    <message>
      <source>Right side: your right foot steps forward and your left knee rests on the floor behind you.</source>
      <translation>Lado derecho: el pie derecho avanza y la rodilla izquierda se apoya en el suelo detrás de ti.</translation>
    </message>
    <message>
      <source>groin</source>
      <translation>ingle</translation>
    </message>
    <message>
      <source>From hands and knees, step one foot forward to the outside of the hand on the same side.</source>
      <translation>Desde la posición a cuatro patas, lleva un pie hacia delante, por fuera de la mano del mismo lado.</translation>
    </message>
    <message>
      <source>Rest the back knee on the floor and slide it back until you feel a stretch.</source>
      <translation>Apoya la rodilla de atrás en el suelo y deslízala hacia atrás hasta notar un estiramiento.</translation>
    </message>
    <message>
      <source>Keep your hands on the floor, or on a stack of books, and let your hips sink forward.</source>
      <translation>Mantén las manos en el suelo, o sobre una pila de libros, y deja que la cadera baje hacia delante.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then step back and change sides.</source>
      <translation>Mantén la posición respirando de forma regular; luego retrocede con el pie y cambia de lado.</translation>
    </message>
    <message>
      <source>Keep the front knee over the ankle or just behind it.</source>
      <translation>Mantén la rodilla de delante sobre el tobillo o justo detrás.</translation>
    </message>
    <message>
      <source>Let your hips sink a little more with each breath out.</source>
      <translation>Deja que la cadera baje un poco más en cada espiración.</translation>
    </message>
    <message>
      <source>Letting the front knee drift far past the toes.</source>
      <translation>Dejar que la rodilla de delante pase mucho más allá de las puntas de los pies.</translation>
    </message>
    <message>
      <source>Collapsing through the shoulders.</source>
      <translation>Hundirse entre los hombros.</translation>
    </message>
    <message>
      <source>Forcing depth too soon.</source>
      <translation>Forzar la profundidad demasiado pronto.</translation>
    </message>
    <message>
      <source>The deep lunge bends the front hip a long way. Keep the lunge short, or skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>La zancada profunda flexiona mucho la cadera de delante. Haz una zancada corta, o no lo hagas salvo que tu cirujano o fisioterapeuta te haya dicho que puedes.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Keep the lunge short, hands on a chair seat, and stop well before your end range.</source>
      <translation>El embarazo hace que las articulaciones estén más laxas y dificulta el equilibrio. Haz una zancada corta, con las manos en el asiento de una silla, y detente mucho antes del final de tu recorrido.</translation>
    </message>
    <message>
      <source>Supported lizard</source>
      <translation>Lagarto con apoyo</translation>
    </message>
    <message>
      <source>A gentler low lunge for the hip flexors and groin: the back knee rests on a cushion and your hands rest on blocks or a low stool, so you stay higher and lunge less deeply.</source>
      <translation>Una zancada baja más suave para los flexores de la cadera y la ingle: la rodilla de atrás descansa sobre un cojín y las manos sobre bloques o un taburete bajo, así el cuerpo queda más alto y la zancada es menos profunda.</translation>
    </message>
    <message>
      <source>Stop if you feel pinching at the front of the hip or sharp pain in either knee.</source>
      <translation>Detente si notas un pinzamiento en la parte delantera de la cadera o un dolor agudo en cualquiera de las rodillas.</translation>
    </message>
    <message>
      <source>Left side: your left foot steps forward and your right knee rests on the cushion behind you.</source>
      <translation>Lado izquierdo: el pie izquierdo avanza y la rodilla derecha se apoya en el cojín detrás de ti.</translation>
    </message>
    <message>
      <source>Right side: your right foot steps forward and your left knee rests on the cushion behind you.</source>
      <translation>Lado derecho: el pie derecho avanza y la rodilla izquierda se apoya en el cojín detrás de ti.</translation>
    </message>
    <message>
      <source>cushion</source>
      <translation>cojín</translation>
    </message>
    <message>
      <source>yoga blocks, books or a low stool</source>
      <translation>bloques de yoga, libros o un taburete bajo</translation>
    </message>
    <message>
      <source>Kneel with a cushion under your knees and two yoga blocks, a stack of books or a low stool just in front of you.</source>
      <translation>Arrodíllate con un cojín bajo las rodillas y dos bloques de yoga, una pila de libros o un taburete bajo justo delante de ti.</translation>
    </message>
    <message>
      <source>Step one foot forward to the outside of the hand on the same side, with the front knee over the ankle.</source>
      <translation>Lleva un pie hacia delante, por fuera de la mano del mismo lado, con la rodilla de delante sobre el tobillo.</translation>
    </message>
    <message>
      <source>Rest the back knee on the cushion and your hands on the blocks or stool, so your chest stays lifted.</source>
      <translation>Apoya la rodilla de atrás en el cojín y las manos en los bloques o el taburete, para que el pecho se mantenga elevado.</translation>
    </message>
    <message>
      <source>Let your hips ease forward only until you feel a gentle stretch at the front of the back hip.</source>
      <translation>Deja que la cadera avance solo hasta notar un estiramiento suave en la parte delantera de la cadera de atrás.</translation>
    </message>
    <message>
      <source>A gentle stretch is enough; there is no need to sink low.</source>
      <translation>Con un estiramiento suave basta; no hace falta bajar mucho.</translation>
    </message>
    <message>
      <source>Putting the support so far forward that you lean your weight onto it.</source>
      <translation>Colocar el apoyo tan adelantado que cargas el peso sobre él.</translation>
    </message>
    <message>
      <source>Arching the lower back to sink deeper.</source>
      <translation>Arquear la zona lumbar para bajar más.</translation>
    </message>
    <message>
      <source>Even supported, the lunge bends the front hip a long way. Keep the front foot only a short step forward, or skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Incluso con apoyo, la zancada flexiona mucho la cadera de delante. Adelanta el pie solo un paso corto, o no lo hagas salvo que tu cirujano o fisioterapeuta te haya dicho que puedes.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Use a chair seat for your hands, keep the lunge short and stop well before your end range.</source>
      <translation>El embarazo hace que las articulaciones estén más laxas y dificulta el equilibrio. Apoya las manos en el asiento de una silla, haz una zancada corta y detente mucho antes del final de tu recorrido.</translation>
    </message>
    <message>
      <source>Forearm lizard</source>
      <translation>Lagarto sobre antebrazos</translation>
    </message>
    <message>
      <source>A deeper lizard pose: you lower onto your forearms inside the front foot, which strengthens the stretch in the hip flexors, groin and hamstrings.</source>
      <translation>Una postura del lagarto más profunda: bajas sobre los antebrazos por dentro del pie de delante, lo que intensifica el estiramiento de los flexores de la cadera, la ingle y los isquiotibiales.</translation>
    </message>
    <message>
      <source>Stay up on your hands if your hips or knees complain, and stop if you feel pinching at the front of the hip or sharp pain in either knee.</source>
      <translation>Quédate sobre las manos si la cadera o las rodillas protestan, y detente si notas un pinzamiento en la parte delantera de la cadera o un dolor agudo en cualquiera de las rodillas.</translation>
    </message>
    <message>
      <source>From hands and knees, step one foot forward outside the hand on that side and rest the back knee down, padded if needed.</source>
      <translation>Desde la posición a cuatro patas, lleva un pie hacia delante, por fuera de la mano de ese lado, y apoya la rodilla de atrás, con algo acolchado debajo si hace falta.</translation>
    </message>
    <message>
      <source>Let your hips sink forward until you feel a stretch at the front of the back hip.</source>
      <translation>Deja que la cadera baje hacia delante hasta notar un estiramiento en la parte delantera de la cadera de atrás.</translation>
    </message>
    <message>
      <source>Keeping your back long, bend your elbows and lower onto your forearms inside the front foot, or onto a cushion if the floor is too far.</source>
      <translation>Con la espalda larga, flexiona los codos y baja sobre los antebrazos por dentro del pie de delante, o sobre un cojín si el suelo queda demasiado lejos.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then press back up onto your hands, step back and change sides.</source>
      <translation>Mantén la posición respirando de forma regular; luego empuja para volver a apoyarte en las manos, retrocede con el pie y cambia de lado.</translation>
    </message>
    <message>
      <source>Keep the front knee pointing the same way as the toes.</source>
      <translation>Mantén la rodilla de delante apuntando en la misma dirección que las puntas de los pies.</translation>
    </message>
    <message>
      <source>Keep your back long and your neck in line with it.</source>
      <translation>Mantén la espalda larga y el cuello alineado con ella.</translation>
    </message>
    <message>
      <source>Rounding the back to get the forearms down.</source>
      <translation>Redondear la espalda para llegar con los antebrazos al suelo.</translation>
    </message>
    <message>
      <source>Letting the front knee fall inward.</source>
      <translation>Dejar que la rodilla de delante se vaya hacia dentro.</translation>
    </message>
    <message>
      <source>This deep lunge bends the front hip further than a new hip may allow. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Esta zancada profunda flexiona la cadera de delante más de lo que una cadera operada puede permitir. No lo hagas salvo que tu cirujano o fisioterapeuta te haya dicho que puedes.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Skip the forearm version and use the supported lizard, with your hands on a chair seat.</source>
      <translation>El embarazo hace que las articulaciones estén más laxas y dificulta el equilibrio. No hagas la versión sobre antebrazos y usa el lagarto con apoyo, con las manos en el asiento de una silla.</translation>
    </message>
    <message>
      <source>Seated figure 4</source>
      <translation>Figura 4 en silla</translation>
    </message>
    <message>
      <source>A desk-friendly stretch for the outer hip and glutes that you do sitting in a chair.</source>
      <translation>Un estiramiento para la parte externa de la cadera y los glúteos que puedes hacer en el escritorio, en una silla.</translation>
    </message>
    <message>
      <source>Ease off if the raised knee hurts, and stop if you feel shooting pain down your leg.</source>
      <translation>Reduce la intensidad si te duele la rodilla elevada, y detente si sientes un dolor que se irradia por la pierna.</translation>
    </message>
    <message>
      <source>Left side: your left ankle rests on your right knee, stretching your left hip.</source>
      <translation>Lado izquierdo: el tobillo izquierdo descansa sobre la rodilla derecha y estira la cadera izquierda.</translation>
    </message>
    <message>
      <source>Right side: your right ankle rests on your left knee, stretching your right hip.</source>
      <translation>Lado derecho: el tobillo derecho descansa sobre la rodilla izquierda y estira la cadera derecha.</translation>
    </message>
    <message>
      <source>Sit near the front of a steady chair with both feet flat on the floor.</source>
      <translation>Siéntate cerca del borde delantero de una silla estable con ambos pies apoyados en el suelo.</translation>
    </message>
    <message>
      <source>Rest one ankle on the opposite knee and let the raised knee fall out to the side.</source>
      <translation>Apoya un tobillo sobre la rodilla contraria y deja que la rodilla elevada caiga hacia un lado.</translation>
    </message>
    <message>
      <source>Sit tall, then lean forward from your hips until you feel a stretch in the outer hip.</source>
      <translation>Siéntate con la espalda recta e inclínate hacia delante desde la cadera hasta notar un estiramiento en la parte externa de la cadera.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then change sides.</source>
      <translation>Mantén la posición respirando despacio; luego cambia de lado.</translation>
    </message>
    <message>
      <source>Keep the raised foot flexed.</source>
      <translation>Mantén el pie elevado en flexión.</translation>
    </message>
    <message>
      <source>Lean from the hips with a long back.</source>
      <translation>Inclínate desde la cadera con la espalda larga.</translation>
    </message>
    <message>
      <source>Keep both sitting bones on the chair.</source>
      <translation>Mantén ambos isquiones apoyados en la silla.</translation>
    </message>
    <message>
      <source>Rounding the back to lean further.</source>
      <translation>Redondear la espalda para inclinarte más.</translation>
    </message>
    <message>
      <source>Pressing down hard on the raised knee.</source>
      <translation>Presionar con fuerza la rodilla elevada hacia abajo.</translation>
    </message>
    <message>
      <source>Using a chair that rolls or swivels freely.</source>
      <translation>Usar una silla que rueda o gira con facilidad.</translation>
    </message>
    <message>
      <source>Crossing your legs can strain a new hip. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Cruzar las piernas puede forzar una cadera operada. No lo hagas salvo que tu cirujano o fisioterapeuta te haya dicho que puedes.</translation>
    </message>
    <message>
      <source>Ankle-on-shin figure 4</source>
      <translation>Figura 4 con tobillo sobre la espinilla</translation>
    </message>
    <message>
      <source>A gentler desk stretch for the outer hip: your ankle rests low on the other shin and you sit upright, so the hip opens less than in the seated figure 4.</source>
      <translation>Un estiramiento más suave para la parte externa de la cadera en el escritorio: el tobillo descansa bajo, sobre la otra espinilla, y mantienes la espalda erguida, así la cadera se abre menos que en la figura 4 en silla.</translation>
    </message>
    <message>
      <source>Ease off if either knee hurts, and stop if you feel shooting pain down your leg.</source>
      <translation>Reduce la intensidad si te duele alguna rodilla, y detente si sientes un dolor que se irradia por la pierna.</translation>
    </message>
    <message>
      <source>Left side: your left ankle rests on your right shin, stretching your left hip.</source>
      <translation>Lado izquierdo: el tobillo izquierdo descansa sobre la espinilla derecha y estira la cadera izquierda.</translation>
    </message>
    <message>
      <source>Right side: your right ankle rests on your left shin, stretching your right hip.</source>
      <translation>Lado derecho: el tobillo derecho descansa sobre la espinilla izquierda y estira la cadera derecha.</translation>
    </message>
    <message>
      <source>Sit near the front of a steady chair, with room between you and the desk, and both feet flat on the floor.</source>
      <translation>Siéntate cerca del borde delantero de una silla estable, con espacio entre tú y el escritorio, y ambos pies apoyados en el suelo.</translation>
    </message>
    <message>
      <source>Lift one foot and rest that ankle on the front of the other shin, a little above the ankle.</source>
      <translation>Levanta un pie y apoya ese tobillo en la parte delantera de la otra espinilla, un poco por encima del tobillo.</translation>
    </message>
    <message>
      <source>Sit tall and let the lifted knee drop gently out to the side until you feel a mild stretch in the outer hip.</source>
      <translation>Siéntate con la espalda recta y deja que la rodilla elevada caiga suavemente hacia un lado hasta notar un estiramiento leve en la parte externa de la cadera.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then put the foot down and change sides.</source>
      <translation>Mantén la posición respirando despacio; luego baja el pie y cambia de lado.</translation>
    </message>
    <message>
      <source>Stay upright; there is no need to lean forward.</source>
      <translation>Mantén la espalda erguida; no hace falta inclinarse hacia delante.</translation>
    </message>
    <message>
      <source>Keep the lifted foot gently flexed.</source>
      <translation>Mantén el pie elevado ligeramente en flexión.</translation>
    </message>
    <message>
      <source>Pushing the lifted knee down with your hand.</source>
      <translation>Empujar la rodilla elevada hacia abajo con la mano.</translation>
    </message>
    <message>
      <source>Slumping back in the chair.</source>
      <translation>Dejarse caer hacia atrás en la silla.</translation>
    </message>
    <message>
      <source>Even with the ankle low on the shin, crossing your legs turns the hip in a way a new hip may not be ready for. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Incluso con el tobillo bajo, sobre la espinilla, cruzar las piernas gira la cadera de una forma para la que una cadera operada puede no estar preparada. No lo hagas salvo que tu cirujano o fisioterapeuta te haya dicho que puedes.</translation>
    </message>
    <message>
      <source>Deep seated figure 4</source>
      <translation>Figura 4 profunda en silla</translation>
    </message>
    <message>
      <source>A stronger desk stretch for the outer hip: with your ankle on the other knee, you lean further forward from the hips and may ease the raised knee gently away.</source>
      <translation>Un estiramiento más intenso para la parte externa de la cadera en el escritorio: con el tobillo sobre la otra rodilla, te inclinas más hacia delante desde la cadera y puedes alejar suavemente la rodilla elevada.</translation>
    </message>
    <message>
      <source>Come back to the seated figure 4 if the raised knee or the front of the hip hurts, and stop if you feel shooting pain down your leg.</source>
      <translation>Vuelve a la figura 4 en silla si te duele la rodilla elevada o la parte delantera de la cadera, y detente si sientes un dolor que se irradia por la pierna.</translation>
    </message>
    <message>
      <source>Sit near the front of a steady chair, pushed back from the desk, with both feet flat on the floor.</source>
      <translation>Siéntate cerca del borde delantero de una silla estable, separada del escritorio, con ambos pies apoyados en el suelo.</translation>
    </message>
    <message>
      <source>Sit tall, then lean forward from your hips with a long back until the outer-hip stretch grows, a hand resting on the raised knee.</source>
      <translation>Siéntate con la espalda recta e inclínate hacia delante desde la cadera, con la espalda larga, hasta que aumente el estiramiento en la parte externa de la cadera, con una mano apoyada en la rodilla elevada.</translation>
    </message>
    <message>
      <source>If you want a little more, ease the knee gently away with that hand; hold while breathing slowly, then sit up and change sides.</source>
      <translation>Si quieres un poco más, aleja suavemente la rodilla con esa mano; mantén la posición respirando despacio y luego incorpórate y cambia de lado.</translation>
    </message>
    <message>
      <source>Hinge from the hips; keep your chest open and your back long.</source>
      <translation>Inclínate desde la cadera; mantén el pecho abierto y la espalda larga.</translation>
    </message>
    <message>
      <source>Use only a light touch on the knee.</source>
      <translation>Toca la rodilla solo ligeramente.</translation>
    </message>
    <message>
      <source>Pushing the knee down hard or bouncing it.</source>
      <translation>Empujar la rodilla hacia abajo con fuerza o hacerla rebotar.</translation>
    </message>
    <message>
      <source>Lifting the sitting bone of the bent leg off the chair.</source>
      <translation>Despegar de la silla el isquion de la pierna doblada.</translation>
    </message>
    <message>
      <source>Crossing your legs and leaning forward over them bends a new hip further than it may be ready for. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Cruzar las piernas e inclinarte sobre ellas flexiona una cadera operada más de lo que puede estar preparada. No lo hagas salvo que tu cirujano o fisioterapeuta te haya dicho que puedes.</translation>
    </message>
    <message>
      <source>Lean from the hips with a long back and stop at a gentle stretch; do not round your back to go further.</source>
      <translation>Inclínate desde la cadera con la espalda larga y detente en un estiramiento suave; no redondees la espalda para bajar más.</translation>
    </message>
    <message>
      <source>Seated cat-cow</source>
      <translation>Gato-vaca en silla</translation>
    </message>
    <message>
      <source>Loosens the spine and lower back from your chair by gently arching and rounding in time with your breath.</source>
      <translation>Suelta la columna y la zona lumbar desde la silla arqueando y redondeando suavemente la espalda al ritmo de la respiración.</translation>
    </message>
    <message>
      <source>Keep the movement small if bending your back brings on pain, and stop if the pain is sharp.</source>
      <translation>Haz un movimiento pequeño si doblar la espalda te provoca dolor, y detente si el dolor es agudo.</translation>
    </message>
    <message>
      <source>Sit tall near the front of your chair with your feet flat and your hands on your knees.</source>
      <translation>Siéntate con la espalda recta cerca del borde delantero de la silla, con los pies apoyados y las manos en las rodillas.</translation>
    </message>
    <message>
      <source>Breathe in as you lift your chest, draw your shoulders back and gently arch your back.</source>
      <translation>Toma aire mientras elevas el pecho, llevas los hombros hacia atrás y arqueas suavemente la espalda.</translation>
    </message>
    <message>
      <source>Breathe out as you round your back, tuck your chin and draw your belly in.</source>
      <translation>Suelta el aire mientras redondeas la espalda, metes la barbilla y metes el vientre.</translation>
    </message>
    <message>
      <source>Keep moving slowly between the two positions with your breath.</source>
      <translation>Sigue pasando despacio de una posición a otra al ritmo de la respiración.</translation>
    </message>
    <message>
      <source>Rock your pelvis as well as moving your upper back.</source>
      <translation>Bascula la pelvis además de mover la parte alta de la espalda.</translation>
    </message>
    <message>
      <source>Keep your feet planted.</source>
      <translation>Mantén los pies bien apoyados.</translation>
    </message>
    <message>
      <source>Move slowly and smoothly.</source>
      <translation>Muévete despacio y con fluidez.</translation>
    </message>
    <message>
      <source>Moving only the head and neck.</source>
      <translation>Mover solo la cabeza y el cuello.</translation>
    </message>
    <message>
      <source>Rushing the movement.</source>
      <translation>Hacer el movimiento con prisa.</translation>
    </message>
    <message>
      <source>Pushing into a painful range.</source>
      <translation>Forzar hasta un recorrido doloroso.</translation>
    </message>
    <message>
      <source>Keep the rounding small and slow.</source>
      <translation>Haz el redondeo pequeño y lento.</translation>
    </message>
    <message>
      <source>Keep the arching small, and stop if it brings on leg pain.</source>
      <translation>Haz el arco pequeño, y detente si te provoca dolor en la pierna.</translation>
    </message>
    <message>
      <source>Seated pelvic tilts</source>
      <translation>Basculación pélvica en silla</translation>
    </message>
    <message>
      <source>A smaller version of seated cat-cow: your chest stays still while you gently rock just your pelvis forward and back on the chair.</source>
      <translation>Una versión más pequeña del gato-vaca en silla: el pecho se queda quieto mientras basculas suavemente solo la pelvis hacia delante y hacia atrás sobre la silla.</translation>
    </message>
    <message>
      <source>Keep the rocking very small if it brings on back pain, and stop if the pain is sharp.</source>
      <translation>Haz una basculación muy pequeña si te provoca dolor de espalda, y detente si el dolor es agudo.</translation>
    </message>
    <message>
      <source>Sit tall near the front of your chair with your feet flat and your hands resting on your thighs.</source>
      <translation>Siéntate con la espalda recta cerca del borde delantero de la silla, con los pies apoyados y las manos sobre los muslos.</translation>
    </message>
    <message>
      <source>Breathe in as you roll your pelvis forward, so your lower back arches a little.</source>
      <translation>Toma aire mientras basculas la pelvis hacia delante, de modo que la zona lumbar se arquea un poco.</translation>
    </message>
    <message>
      <source>Breathe out as you roll your pelvis back, so your lower back rounds a little and your belly draws in.</source>
      <translation>Suelta el aire mientras basculas la pelvis hacia atrás, de modo que la zona lumbar se redondea un poco y el vientre se mete hacia dentro.</translation>
    </message>
    <message>
      <source>Keep rocking slowly between the two, keeping your chest and head still.</source>
      <translation>Sigue basculando despacio entre ambas posiciones, con el pecho y la cabeza quietos.</translation>
    </message>
    <message>
      <source>Imagine rolling over the front and then the back of your sitting bones.</source>
      <translation>Imagina que ruedas sobre la parte delantera y luego la trasera de los isquiones.</translation>
    </message>
    <message>
      <source>Keep your shoulders and chest quiet.</source>
      <translation>Mantén quietos los hombros y el pecho.</translation>
    </message>
    <message>
      <source>Small and smooth is enough.</source>
      <translation>Con un movimiento pequeño y fluido basta.</translation>
    </message>
    <message>
      <source>Rocking the whole upper body instead of the pelvis.</source>
      <translation>Balancear toda la parte superior del cuerpo en lugar de la pelvis.</translation>
    </message>
    <message>
      <source>Slumping down in the chair on the way back.</source>
      <translation>Dejarse caer en la silla al bascular hacia atrás.</translation>
    </message>
    <message>
      <source>Pushing into a range that hurts.</source>
      <translation>Forzar hasta un recorrido que duele.</translation>
    </message>
    <message>
      <source>Keep the backward roll small and slow, without slumping.</source>
      <translation>Haz la basculación hacia atrás pequeña y lenta, sin dejarte caer en la silla.</translation>
    </message>
    <message>
      <source>Keep the forward roll, which arches your back, small, and stop if it brings on leg pain.</source>
      <translation>Haz pequeña la basculación hacia delante, que arquea la espalda, y detente si te provoca dolor en la pierna.</translation>
    </message>
    <message>
      <source>Seated cat-cow with reach</source>
      <translation>Gato-vaca en silla con brazos</translation>
    </message>
    <message>
      <source>Seated cat-cow with your arms joining in: they reach forward as you round and open wide as you arch, which adds a stretch across the upper back and chest.</source>
      <translation>El gato-vaca en silla con los brazos participando: se estiran hacia delante al redondear y se abren al arquear, lo que añade un estiramiento en la parte alta de la espalda y el pecho.</translation>
    </message>
    <message>
      <source>Keep the movement small if bending your back brings on pain, lower your arms if your shoulders complain, and stop if the pain is sharp.</source>
      <translation>Haz un movimiento pequeño si doblar la espalda te provoca dolor, baja los brazos si los hombros protestan, y detente si el dolor es agudo.</translation>
    </message>
    <message>
      <source>Sit tall near the front of your chair with your feet flat and your arms relaxed by your sides.</source>
      <translation>Siéntate con la espalda recta cerca del borde delantero de la silla, con los pies apoyados y los brazos relajados a los lados.</translation>
    </message>
    <message>
      <source>Breathe out as you round your back, tuck your chin and reach both arms forward at shoulder height, as if hugging a large ball.</source>
      <translation>Suelta el aire mientras redondeas la espalda, metes la barbilla y estiras ambos brazos hacia delante a la altura de los hombros, como si abrazaras una pelota grande.</translation>
    </message>
    <message>
      <source>Breathe in as you lift your chest, gently arch your back and open your arms wide to the sides, drawing your shoulder blades together.</source>
      <translation>Toma aire mientras elevas el pecho, arqueas suavemente la espalda y abres los brazos hacia los lados, juntando los omóplatos.</translation>
    </message>
    <message>
      <source>Let the movement start from your pelvis and travel up your spine.</source>
      <translation>Deja que el movimiento empiece en la pelvis y suba por la columna.</translation>
    </message>
    <message>
      <source>Keep your shoulders away from your ears.</source>
      <translation>Mantén los hombros lejos de las orejas.</translation>
    </message>
    <message>
      <source>Move at the pace of your breath.</source>
      <translation>Muévete al ritmo de la respiración.</translation>
    </message>
    <message>
      <source>Moving only the arms while the back stays still.</source>
      <translation>Mover solo los brazos mientras la espalda se queda quieta.</translation>
    </message>
    <message>
      <source>Flinging the arms back hard as you arch.</source>
      <translation>Lanzar los brazos hacia atrás con fuerza al arquear.</translation>
    </message>
    <message>
      <source>Keep the rounding small and slow; let the reach come from your arms rather than curling your spine further.</source>
      <translation>Haz el redondeo pequeño y lento; deja que el alcance venga de los brazos en lugar de curvar más la columna.</translation>
    </message>
    <message>
      <source>Keep the arching small as your arms open, and stop if it brings on leg pain.</source>
      <translation>Haz el arco pequeño al abrir los brazos, y detente si te provoca dolor en la pierna.</translation>
    </message>
    <message>
      <source>Standing hip flexor stretch</source>
      <translation>Estiramiento de flexores de cadera de pie</translation>
    </message>
    <message>
      <source>Stretches the front of the hip, which tightens after long hours of sitting, from a standing split stance.</source>
      <translation>Estira la parte delantera de la cadera, que se acorta tras muchas horas en la silla, en posición de zancada de pie.</translation>
    </message>
    <message>
      <source>Hold on to something steady if your balance is unsure, and stop if you feel pinching at the front of the hip or pain in your back.</source>
      <translation>Sujétate a algo estable si no tienes buen equilibrio, y detente si notas un pinzamiento en la parte delantera de la cadera o dolor en la espalda.</translation>
    </message>
    <message>
      <source>Left side: your left foot steps back, stretching the front of your left hip.</source>
      <translation>Lado izquierdo: el pie izquierdo va hacia atrás y estira la parte delantera de la cadera izquierda.</translation>
    </message>
    <message>
      <source>Right side: your right foot steps back, stretching the front of your right hip.</source>
      <translation>Lado derecho: el pie derecho va hacia atrás y estira la parte delantera de la cadera derecha.</translation>
    </message>
    <message>
      <source>Stand tall and take a long step back with one foot, back heel lifted, holding a desk or wall if needed.</source>
      <translation>De pie, con el cuerpo erguido, da un paso largo hacia atrás con un pie, con el talón de atrás levantado, sujetándote a un escritorio o una pared si hace falta.</translation>
    </message>
    <message>
      <source>Bend both knees slightly and tuck your tailbone under by squeezing the glute of the back leg.</source>
      <translation>Flexiona ligeramente ambas rodillas y mete el coxis apretando el glúteo de la pierna de atrás.</translation>
    </message>
    <message>
      <source>Ease your hips gently forward until you feel a stretch at the front of the back hip.</source>
      <translation>Lleva la cadera suavemente hacia delante hasta notar un estiramiento en la parte delantera de la cadera de atrás.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then change legs.</source>
      <translation>Mantén la posición respirando de forma regular; luego cambia de pierna.</translation>
    </message>
    <message>
      <source>Keep your chest up and your ribs down.</source>
      <translation>Mantén el pecho arriba y las costillas abajo.</translation>
    </message>
    <message>
      <source>Keep squeezing the glute of the back leg.</source>
      <translation>Sigue apretando el glúteo de la pierna de atrás.</translation>
    </message>
    <message>
      <source>Keep the front knee over the ankle.</source>
      <translation>Mantén la rodilla de delante sobre el tobillo.</translation>
    </message>
    <message>
      <source>Arching the lower back instead of tucking the pelvis.</source>
      <translation>Arquear la zona lumbar en lugar de meter la pelvis.</translation>
    </message>
    <message>
      <source>Leaning the upper body far forward.</source>
      <translation>Inclinar mucho la parte superior del cuerpo hacia delante.</translation>
    </message>
    <message>
      <source>Taking too short a step to feel the stretch.</source>
      <translation>Dar un paso demasiado corto para notar el estiramiento.</translation>
    </message>
    <message>
      <source>Short-stance hip flexor stretch</source>
      <translation>Estiramiento de flexores de cadera con paso corto</translation>
    </message>
    <message>
      <source>A gentler, steadier hip flexor stretch: a shorter step and both hands on a desk keep your balance easy and the stretch mild.</source>
      <translation>Un estiramiento de flexores de cadera más suave y estable: un paso más corto y ambas manos en un escritorio hacen que el equilibrio sea fácil y el estiramiento, leve.</translation>
    </message>
    <message>
      <source>Make sure the desk or chair cannot slide, and stop if you feel pinching at the front of the hip or pain in your back.</source>
      <translation>Asegúrate de que el escritorio o la silla no puedan deslizarse, y detente si notas un pinzamiento en la parte delantera de la cadera o dolor en la espalda.</translation>
    </message>
    <message>
      <source>desk or sturdy chair for support</source>
      <translation>escritorio o silla estable como apoyo</translation>
    </message>
    <message>
      <source>Stand facing a desk or the back of a sturdy chair and hold it with both hands.</source>
      <translation>De pie, frente a un escritorio o el respaldo de una silla estable, sujétalo con ambas manos.</translation>
    </message>
    <message>
      <source>Take a short step back with one foot, about half your usual stride, and lift that heel.</source>
      <translation>Da un paso corto hacia atrás con un pie, más o menos la mitad de tu paso normal, y levanta ese talón.</translation>
    </message>
    <message>
      <source>Ease your hips a little forward until you feel a mild stretch at the front of the back hip; hold while breathing steadily, then change legs.</source>
      <translation>Lleva la cadera un poco hacia delante hasta notar un estiramiento leve en la parte delantera de la cadera de atrás; mantén la posición respirando de forma regular y luego cambia de pierna.</translation>
    </message>
    <message>
      <source>Let the desk take some of your weight.</source>
      <translation>Deja que el escritorio sostenga parte de tu peso.</translation>
    </message>
    <message>
      <source>Tuck your pelvis first, then move forward.</source>
      <translation>Primero mete la pelvis y luego avanza.</translation>
    </message>
    <message>
      <source>Leaning heavily onto the desk with a rounded back.</source>
      <translation>Apoyarse con mucho peso en el escritorio con la espalda redondeada.</translation>
    </message>
    <message>
      <source>Pushing the hips so far forward that the front knee goes past the toes.</source>
      <translation>Llevar la cadera tan adelante que la rodilla de delante pasa de las puntas de los pies.</translation>
    </message>
    <message>
      <source>Hip flexor stretch with reach</source>
      <translation>Estiramiento de flexores de cadera con brazo arriba</translation>
    </message>
    <message>
      <source>A stronger standing hip flexor stretch: raising the arm on the back-leg side and leaning slightly away carries the stretch up the side of your body.</source>
      <translation>Un estiramiento de flexores de cadera de pie más intenso: al elevar el brazo del lado de la pierna de atrás e inclinarte ligeramente hacia el otro lado, el estiramiento sube por el costado.</translation>
    </message>
    <message>
      <source>Hold on to something steady with your free hand if your balance is unsure, and stop if you feel pinching at the front of the hip or pain in your back or shoulder.</source>
      <translation>Sujétate a algo estable con la mano libre si no tienes buen equilibrio, y detente si notas un pinzamiento en la parte delantera de la cadera o dolor en la espalda o el hombro.</translation>
    </message>
    <message>
      <source>Left side: your left foot steps back and your left arm reaches up as you lean slightly to the right, stretching the front of your left hip.</source>
      <translation>Lado izquierdo: el pie izquierdo va hacia atrás y el brazo izquierdo sube mientras te inclinas ligeramente hacia la derecha, estirando la parte delantera de la cadera izquierda.</translation>
    </message>
    <message>
      <source>Right side: your right foot steps back and your right arm reaches up as you lean slightly to the left, stretching the front of your right hip.</source>
      <translation>Lado derecho: el pie derecho va hacia atrás y el brazo derecho sube mientras te inclinas ligeramente hacia la izquierda, estirando la parte delantera de la cadera derecha.</translation>
    </message>
    <message>
      <source>Stand tall and take a long step back with one foot, back heel lifted, and rest the other hand on your hip.</source>
      <translation>De pie, con el cuerpo erguido, da un paso largo hacia atrás con un pie, con el talón de atrás levantado, y apoya la otra mano en la cadera.</translation>
    </message>
    <message>
      <source>Bend both knees a little and tuck your tailbone under by squeezing the back leg's glute, then ease your hips forward.</source>
      <translation>Flexiona un poco ambas rodillas y mete el coxis apretando el glúteo de la pierna de atrás; luego lleva la cadera suavemente hacia delante.</translation>
    </message>
    <message>
      <source>Raise the arm on the back-leg side overhead, reaching up tall.</source>
      <translation>Eleva por encima de la cabeza el brazo del lado de la pierna de atrás, estirándote hacia arriba.</translation>
    </message>
    <message>
      <source>Lean your upper body slightly away from the raised arm; hold while breathing steadily, then lower the arm, step together and change legs.</source>
      <translation>Inclina ligeramente la parte superior del cuerpo hacia el lado contrario al brazo elevado; mantén la posición respirando de forma regular, luego baja el brazo, junta los pies y cambia de pierna.</translation>
    </message>
    <message>
      <source>Reach up first, then lean only a little.</source>
      <translation>Primero estírate hacia arriba; luego inclínate solo un poco.</translation>
    </message>
    <message>
      <source>Keep your ribs down so your lower back does not arch.</source>
      <translation>Mantén las costillas abajo para que la zona lumbar no se arquee.</translation>
    </message>
    <message>
      <source>Leaning backwards instead of to the side.</source>
      <translation>Inclinarse hacia atrás en lugar de hacia un lado.</translation>
    </message>
    <message>
      <source>Letting the pelvis untuck as the arm goes up.</source>
      <translation>Dejar que la pelvis se suelte al subir el brazo.</translation>
    </message>
    <message>
      <source>Shrugging the raised shoulder up to the ear.</source>
      <translation>Encoger el hombro del brazo elevado hacia la oreja.</translation>
    </message>
    <message>
      <source>Standing back extension</source>
      <translation>Extensión de espalda de pie</translation>
    </message>
    <message>
      <source>Gently arches the back while standing to counter the rounded posture of sitting.</source>
      <translation>Arquea suavemente la espalda de pie para contrarrestar la postura encorvada de estar sentado.</translation>
    </message>
    <message>
      <source>Stop if leaning back causes pain, dizziness or tingling in your legs, and skip it if you have been told to avoid bending backward.</source>
      <translation>Detente si inclinarte hacia atrás te causa dolor, mareo u hormigueo en las piernas, y no lo hagas si te han dicho que evites doblarte hacia atrás.</translation>
    </message>
    <message>
      <source>Stand tall with your feet hip-width apart and your hands on your lower back or hips.</source>
      <translation>Ponte de pie con el cuerpo erguido, los pies separados al ancho de las caderas y las manos en la zona lumbar o en la cadera.</translation>
    </message>
    <message>
      <source>Gently squeeze your glutes and look slightly upward.</source>
      <translation>Aprieta suavemente los glúteos y mira ligeramente hacia arriba.</translation>
    </message>
    <message>
      <source>Lean back a small way, letting your hips move a little forward, and pause for a breath.</source>
      <translation>Inclínate un poco hacia atrás, dejando que la cadera avance ligeramente, y mantén durante una respiración.</translation>
    </message>
    <message>
      <source>Return to upright and repeat slowly.</source>
      <translation>Vuelve a la posición erguida y repite despacio.</translation>
    </message>
    <message>
      <source>Keep the movement small and comfortable.</source>
      <translation>Haz un movimiento pequeño y cómodo.</translation>
    </message>
    <message>
      <source>Support your lower back with your hands.</source>
      <translation>Sostén la zona lumbar con las manos.</translation>
    </message>
    <message>
      <source>Keep your knees soft.</source>
      <translation>Mantén las rodillas sin bloquear.</translation>
    </message>
    <message>
      <source>Letting the head drop back.</source>
      <translation>Dejar caer la cabeza hacia atrás.</translation>
    </message>
    <message>
      <source>Leaning back too far or too fast.</source>
      <translation>Inclinarse hacia atrás demasiado o demasiado rápido.</translation>
    </message>
    <message>
      <source>Leaning back narrows the space around the nerves and can bring on leg pain. Skip it if it does, and ask a physiotherapist what to do instead.</source>
      <translation>Inclinarse hacia atrás estrecha el espacio alrededor de los nervios y puede provocar dolor en la pierna. Si es así, no lo hagas, y pregunta a un fisioterapeuta qué hacer en su lugar.</translation>
    </message>
    <message>
      <source>Chest lift</source>
      <translation>Elevación de pecho</translation>
    </message>
    <message>
      <source>A gentle first step toward the back extension: you stay upright and open the front of your chest and shoulders, without leaning back.</source>
      <translation>Un primer paso suave hacia la extensión de espalda: mantienes el cuerpo erguido y abres la parte delantera del pecho y los hombros, sin inclinarte hacia atrás.</translation>
    </message>
    <message>
      <source>Stop if it brings on pain, dizziness or tingling in your arms or legs.</source>
      <translation>Detente si te provoca dolor, mareo u hormigueo en los brazos o las piernas.</translation>
    </message>
    <message>
      <source>chest</source>
      <translation>pecho</translation>
    </message>
    <message>
      <source>Stand tall with your feet hip-width apart and rest your hands on your lower back, fingers pointing down.</source>
      <translation>De pie, con el cuerpo erguido y los pies separados al ancho de las caderas, apoya las manos en la zona lumbar con los dedos hacia abajo.</translation>
    </message>
    <message>
      <source>Breathe in and lift your breastbone a little toward the ceiling.</source>
      <translation>Toma aire y eleva un poco el esternón hacia el techo.</translation>
    </message>
    <message>
      <source>Let your shoulder blades draw back and down and your elbows move gently toward each other.</source>
      <translation>Deja que los omóplatos vayan hacia atrás y hacia abajo y que los codos se acerquen suavemente entre sí.</translation>
    </message>
    <message>
      <source>Breathe out and relax back to standing tall, then repeat slowly.</source>
      <translation>Suelta el aire y relájate hasta volver a la posición erguida; luego repite despacio.</translation>
    </message>
    <message>
      <source>Lift the chest, not the chin.</source>
      <translation>Eleva el pecho, no la barbilla.</translation>
    </message>
    <message>
      <source>Your lower back stays where it is.</source>
      <translation>La zona lumbar se queda donde está.</translation>
    </message>
    <message>
      <source>Move with your breath.</source>
      <translation>Muévete al ritmo de la respiración.</translation>
    </message>
    <message>
      <source>Tipping the head back.</source>
      <translation>Echar la cabeza hacia atrás.</translation>
    </message>
    <message>
      <source>Pushing the belly forward and arching the lower back.</source>
      <translation>Sacar el vientre hacia delante y arquear la zona lumbar.</translation>
    </message>
    <message>
      <source>Shrugging the shoulders up to the ears.</source>
      <translation>Encoger los hombros hacia las orejas.</translation>
    </message>
    <message>
      <source>Your lower back stays upright here, which most people with narrowed nerve spaces find comfortable. Stop if it still brings on leg pain.</source>
      <translation>Aquí la zona lumbar se mantiene erguida, algo que a la mayoría de las personas con estrechamiento del espacio de los nervios les resulta cómodo. Detente si aun así te provoca dolor en la pierna.</translation>
    </message>
    <message>
      <source>Back extension with hold</source>
      <translation>Extensión de espalda sostenida</translation>
    </message>
    <message>
      <source>The standing back extension with a five-second pause in each gentle lean, for when the plain version feels easy.</source>
      <translation>La extensión de espalda de pie con una pausa de cinco segundos en cada inclinación suave, para cuando la versión básica te resulte fácil.</translation>
    </message>
    <message>
      <source>Gently squeeze your glutes and let your gaze lift a little.</source>
      <translation>Aprieta suavemente los glúteos y deja que la mirada suba un poco.</translation>
    </message>
    <message>
      <source>Lean back a small way, letting your hips move slightly forward, and stay there for five slow seconds while you breathe.</source>
      <translation>Inclínate un poco hacia atrás, dejando que la cadera avance ligeramente, y quédate así cinco segundos lentos mientras respiras.</translation>
    </message>
    <message>
      <source>Come back to upright, take a breath, and repeat.</source>
      <translation>Vuelve a la posición erguida, respira una vez y repite.</translation>
    </message>
    <message>
      <source>Breathe out slowly while you hold.</source>
      <translation>Suelta el aire despacio mientras mantienes la posición.</translation>
    </message>
    <message>
      <source>The lean stays small; only the time grows.</source>
      <translation>La inclinación sigue siendo pequeña; solo aumenta el tiempo.</translation>
    </message>
    <message>
      <source>Keep your knees soft and your hands supporting your back.</source>
      <translation>Mantén las rodillas sin bloquear y las manos sosteniendo la espalda.</translation>
    </message>
    <message>
      <source>Holding the breath during the pause.</source>
      <translation>Contener la respiración durante la pausa.</translation>
    </message>
    <message>
      <source>Leaning further back to make it harder.</source>
      <translation>Inclinarse más hacia atrás para hacerlo más difícil.</translation>
    </message>
    <message>
      <source>Seated twist</source>
      <translation>Torsión en silla</translation>
    </message>
    <message>
      <source>Turns the spine from a chair to ease stiffness in the lower and middle back.</source>
      <translation>Gira la columna desde la silla para aliviar la rigidez en la zona lumbar y la parte media de la espalda.</translation>
    </message>
    <message>
      <source>Twist gently, and stop if you feel sharp pain in your back or have been told to avoid twisting.</source>
      <translation>Gira con suavidad, y detente si sientes un dolor agudo en la espalda o si te han dicho que evites los giros.</translation>
    </message>
    <message>
      <source>Left side: you turn your chest to the left, your right hand on your left knee and your left hand on the chair back.</source>
      <translation>Lado izquierdo: giras el pecho hacia la izquierda, con la mano derecha sobre la rodilla izquierda y la mano izquierda en el respaldo de la silla.</translation>
    </message>
    <message>
      <source>Right side: you turn your chest to the right, your left hand on your right knee and your right hand on the chair back.</source>
      <translation>Lado derecho: giras el pecho hacia la derecha, con la mano izquierda sobre la rodilla derecha y la mano derecha en el respaldo de la silla.</translation>
    </message>
    <message>
      <source>Sit tall near the front of a steady chair with your feet flat and knees facing forward.</source>
      <translation>Siéntate con la espalda recta cerca del borde delantero de una silla estable, con los pies apoyados y las rodillas mirando al frente.</translation>
    </message>
    <message>
      <source>Breathe in and lengthen your spine.</source>
      <translation>Toma aire y alarga la columna.</translation>
    </message>
    <message>
      <source>Breathe out and turn your chest to one side, one hand on the opposite knee, the other on the chair back.</source>
      <translation>Suelta el aire y gira el pecho hacia un lado, con una mano sobre la rodilla contraria y la otra en el respaldo de la silla.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then come back to the middle and turn the other way.</source>
      <translation>Mantén la posición respirando despacio; luego vuelve al centro y gira hacia el otro lado.</translation>
    </message>
    <message>
      <source>Sit taller before you turn.</source>
      <translation>Alarga la espalda hacia arriba antes de girar.</translation>
    </message>
    <message>
      <source>Turn from your ribs, not just your neck.</source>
      <translation>Gira desde las costillas, no solo desde el cuello.</translation>
    </message>
    <message>
      <source>Keep your hips and knees facing forward.</source>
      <translation>Mantén la cadera y las rodillas mirando al frente.</translation>
    </message>
    <message>
      <source>Pulling hard on the chair to twist further.</source>
      <translation>Tirar con fuerza de la silla para girar más.</translation>
    </message>
    <message>
      <source>Slumping while turning.</source>
      <translation>Encorvarse al girar.</translation>
    </message>
    <message>
      <source>Using a swivel chair that spins.</source>
      <translation>Usar una silla giratoria que da vueltas.</translation>
    </message>
    <message>
      <source>Twisting hard can strain weak spine bones. Turn only a little, slowly, without pulling yourself further round with your hands.</source>
      <translation>Girar con fuerza puede sobrecargar unas vértebras débiles. Gira solo un poco, despacio, sin ayudarte de las manos para girar más.</translation>
    </message>
    <message>
      <source>Gentle seated twist</source>
      <translation>Torsión suave en silla</translation>
    </message>
    <message>
      <source>A small, easy turn of the upper body from a chair with your hands on your thighs, for a stiff back or a first try.</source>
      <translation>Un giro pequeño y fácil de la parte superior del cuerpo desde la silla, con las manos sobre los muslos, para una espalda rígida o para empezar.</translation>
    </message>
    <message>
      <source>Stop if turning brings on sharp pain in your back or neck.</source>
      <translation>Detente si girar te provoca un dolor agudo en la espalda o el cuello.</translation>
    </message>
    <message>
      <source>Left side: you turn your chest to the left, with both hands resting on your thighs.</source>
      <translation>Lado izquierdo: giras el pecho hacia la izquierda, con ambas manos apoyadas en los muslos.</translation>
    </message>
    <message>
      <source>Right side: you turn your chest to the right, with both hands resting on your thighs.</source>
      <translation>Lado derecho: giras el pecho hacia la derecha, con ambas manos apoyadas en los muslos.</translation>
    </message>
    <message>
      <source>Sit tall near the front of a steady chair with your feet flat and your hands resting on your thighs.</source>
      <translation>Siéntate con la espalda recta cerca del borde delantero de una silla estable, con los pies apoyados y las manos sobre los muslos.</translation>
    </message>
    <message>
      <source>Breathe out and turn your chest part of the way to one side, letting your head follow.</source>
      <translation>Suelta el aire y gira el pecho parcialmente hacia un lado, dejando que la cabeza lo siga.</translation>
    </message>
    <message>
      <source>Only turn as far as stays easy.</source>
      <translation>Gira solo hasta donde siga resultando fácil.</translation>
    </message>
    <message>
      <source>Keep both hands on your thighs.</source>
      <translation>Mantén ambas manos sobre los muslos.</translation>
    </message>
    <message>
      <source>Knees keep facing forward.</source>
      <translation>Las rodillas siguen mirando al frente.</translation>
    </message>
    <message>
      <source>Turning the head much further than the chest.</source>
      <translation>Girar la cabeza mucho más que el pecho.</translation>
    </message>
    <message>
      <source>Slumping as you turn.</source>
      <translation>Encorvarse al girar.</translation>
    </message>
    <message>
      <source>Using a chair that swivels.</source>
      <translation>Usar una silla giratoria.</translation>
    </message>
    <message>
      <source>Crossed-leg seated twist</source>
      <translation>Torsión en silla con pierna cruzada</translation>
    </message>
    <message>
      <source>The seated twist with one leg crossed over the other, which adds a stretch along the outer hip and deepens the turn.</source>
      <translation>La torsión en silla con una pierna cruzada sobre la otra, lo que añade un estiramiento en la parte externa de la cadera y hace el giro más profundo.</translation>
    </message>
    <message>
      <source>Twist gently and stop if you feel sharp pain in your back or hip.</source>
      <translation>Gira con suavidad y detente si sientes un dolor agudo en la espalda o la cadera.</translation>
    </message>
    <message>
      <source>Left side: your right leg crosses over your left, and you turn your chest to the right with your left hand on your right knee.</source>
      <translation>Lado izquierdo: la pierna derecha se cruza sobre la izquierda y giras el pecho hacia la derecha, con la mano izquierda sobre la rodilla derecha.</translation>
    </message>
    <message>
      <source>Right side: your left leg crosses over your right, and you turn your chest to the left with your right hand on your left knee.</source>
      <translation>Lado derecho: la pierna izquierda se cruza sobre la derecha y giras el pecho hacia la izquierda, con la mano derecha sobre la rodilla izquierda.</translation>
    </message>
    <message>
      <source>outer hips</source>
      <translation>parte externa de las caderas</translation>
    </message>
    <message>
      <source>Sit tall near the front of a steady chair and cross one leg over the other at the knee.</source>
      <translation>Siéntate con la espalda recta cerca del borde delantero de una silla estable y cruza una pierna sobre la otra a la altura de la rodilla.</translation>
    </message>
    <message>
      <source>Breathe out and turn toward the top knee, the opposite hand on the outside of that knee and the other on the chair back.</source>
      <translation>Suelta el aire y gira hacia la rodilla de arriba, con la mano contraria por fuera de esa rodilla y la otra en el respaldo de la silla.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then uncross, change legs and turn the other way.</source>
      <translation>Mantén la posición respirando despacio; luego descruza las piernas, cambia de pierna y gira hacia el otro lado.</translation>
    </message>
    <message>
      <source>Grow tall first, then turn.</source>
      <translation>Primero alarga la espalda hacia arriba; luego gira.</translation>
    </message>
    <message>
      <source>Turn from your ribs; your neck follows last.</source>
      <translation>Gira desde las costillas; el cuello sigue al final.</translation>
    </message>
    <message>
      <source>Let the hand on the knee guide, not pull.</source>
      <translation>Deja que la mano sobre la rodilla guíe, no que tire.</translation>
    </message>
    <message>
      <source>Levering hard on the knee to turn further.</source>
      <translation>Hacer palanca con fuerza sobre la rodilla para girar más.</translation>
    </message>
    <message>
      <source>Rounding the back.</source>
      <translation>Redondear la espalda.</translation>
    </message>
    <message>
      <source>Crossing one leg over the other is often advised against after a hip replacement. Use the plain seated twist instead unless you have been told crossing is fine.</source>
      <translation>Cruzar una pierna sobre la otra suele desaconsejarse tras una prótesis de cadera. Usa en su lugar la torsión en silla básica, salvo que te hayan dicho que puedes cruzar las piernas.</translation>
    </message>
    <message>
      <source>Keep the turn small and your belly free; the plain seated twist with knees apart is kinder later in pregnancy.</source>
      <translation>Haz un giro pequeño y deja libre la barriga; en el embarazo avanzado es más cómoda la torsión en silla básica, con las rodillas separadas.</translation>
    </message>
    <message>
      <source>Standing hamstring stretch</source>
      <translation>Estiramiento de isquiotibiales de pie</translation>
    </message>
    <message>
      <source>Lengthens the backs of the thighs, which often pull on the lower back, while you stand at your desk.</source>
      <translation>Alarga la parte posterior de los muslos, que a menudo tira de la zona lumbar, mientras estás de pie junto al escritorio.</translation>
    </message>
    <message>
      <source>Hold a desk or wall if your balance is unsure, and stop if you feel tingling or shooting pain down your leg.</source>
      <translation>Sujétate a un escritorio o una pared si no tienes buen equilibrio, y detente si sientes hormigueo o un dolor que se irradia por la pierna.</translation>
    </message>
    <message>
      <source>Left leg: your left heel is the one in front, and you feel the stretch behind your left thigh.</source>
      <translation>Pierna izquierda: el talón izquierdo es el que va delante y notas el estiramiento detrás del muslo izquierdo.</translation>
    </message>
    <message>
      <source>Right leg: your right heel is the one in front, and you feel the stretch behind your right thigh.</source>
      <translation>Pierna derecha: el talón derecho es el que va delante y notas el estiramiento detrás del muslo derecho.</translation>
    </message>
    <message>
      <source>Stand tall and place one heel a small step in front of you, toes pointing up.</source>
      <translation>De pie, con el cuerpo erguido, coloca un talón un paso corto por delante de ti, con las puntas de los pies hacia arriba.</translation>
    </message>
    <message>
      <source>Bend your back knee slightly and rest your hands on your thighs.</source>
      <translation>Flexiona ligeramente la rodilla de atrás y apoya las manos en los muslos.</translation>
    </message>
    <message>
      <source>Hinge forward from your hips with a long back until you feel a stretch behind the front thigh.</source>
      <translation>Inclínate hacia delante desde la cadera con la espalda larga hasta notar un estiramiento detrás del muslo de delante.</translation>
    </message>
    <message>
      <source>Send your hips back as if closing a drawer behind you.</source>
      <translation>Lleva la cadera hacia atrás como si cerraras un cajón detrás de ti.</translation>
    </message>
    <message>
      <source>Keep your back long, not rounded.</source>
      <translation>Mantén la espalda larga, no redondeada.</translation>
    </message>
    <message>
      <source>Keep the front knee soft, not locked.</source>
      <translation>Mantén la rodilla de delante sin bloquear.</translation>
    </message>
    <message>
      <source>Rounding the back to reach lower.</source>
      <translation>Redondear la espalda para bajar más.</translation>
    </message>
    <message>
      <source>Locking the front knee.</source>
      <translation>Bloquear la rodilla de delante.</translation>
    </message>
    <message>
      <source>Bouncing into the stretch.</source>
      <translation>Hacer rebotes en el estiramiento.</translation>
    </message>
    <message>
      <source>Keep your back long and tip from the hips; do not round down to reach your toes.</source>
      <translation>Mantén la espalda larga e inclínate desde la cadera; no te encorves para llegar a las puntas de los pies.</translation>
    </message>
    <message>
      <source>Supported hamstring stretch</source>
      <translation>Estiramiento de isquiotibiales con apoyo</translation>
    </message>
    <message>
      <source>The standing hamstring stretch with one hand on your desk for balance and only a small forward tip.</source>
      <translation>El estiramiento de isquiotibiales de pie con una mano en el escritorio para mantener el equilibrio y solo una pequeña inclinación hacia delante.</translation>
    </message>
    <message>
      <source>Stop if you feel tingling or shooting pain down your leg.</source>
      <translation>Detente si sientes hormigueo o un dolor que se irradia por la pierna.</translation>
    </message>
    <message>
      <source>desk or counter</source>
      <translation>escritorio o encimera</translation>
    </message>
    <message>
      <source>Stand side-on or facing your desk and rest one hand on it for balance.</source>
      <translation>De pie, de lado o de frente al escritorio, apoya una mano en él para mantener el equilibrio.</translation>
    </message>
    <message>
      <source>Place one heel a small step in front of you, toes pointing up, and bend your back knee slightly.</source>
      <translation>Coloca un talón un paso corto por delante de ti, con las puntas de los pies hacia arriba, y flexiona ligeramente la rodilla de atrás.</translation>
    </message>
    <message>
      <source>Tip forward a little from your hips, back long, until you feel a mild stretch behind the front thigh.</source>
      <translation>Inclínate un poco hacia delante desde la cadera, con la espalda larga, hasta notar un estiramiento leve detrás del muslo de delante.</translation>
    </message>
    <message>
      <source>A mild stretch is enough.</source>
      <translation>Con un estiramiento leve basta.</translation>
    </message>
    <message>
      <source>Hips go back, chest stays open.</source>
      <translation>La cadera va hacia atrás; el pecho sigue abierto.</translation>
    </message>
    <message>
      <source>Lean on the desk as much as you need.</source>
      <translation>Apóyate en el escritorio tanto como necesites.</translation>
    </message>
    <message>
      <source>Rounding the back to go further.</source>
      <translation>Redondear la espalda para llegar más lejos.</translation>
    </message>
    <message>
      <source>Bouncing.</source>
      <translation>Hacer rebotes.</translation>
    </message>
    <message>
      <source>Raised-heel hamstring stretch</source>
      <translation>Estiramiento de isquiotibiales con talón elevado</translation>
    </message>
    <message>
      <source>The standing hamstring stretch with your front heel on a low step, which lengthens the backs of the thighs further.</source>
      <translation>El estiramiento de isquiotibiales de pie con el talón de delante sobre un escalón bajo, lo que alarga más la parte posterior de los muslos.</translation>
    </message>
    <message>
      <source>Use a low, steady step and something to hold, and stop if you feel tingling or shooting pain down your leg.</source>
      <translation>Usa un escalón bajo y estable y algo a lo que sujetarte, y detente si sientes hormigueo o un dolor que se irradia por la pierna.</translation>
    </message>
    <message>
      <source>Left leg: your left heel rests on the step, and you feel the stretch behind your left thigh.</source>
      <translation>Pierna izquierda: el talón izquierdo descansa en el escalón y notas el estiramiento detrás del muslo izquierdo.</translation>
    </message>
    <message>
      <source>Right leg: your right heel rests on the step, and you feel the stretch behind your right thigh.</source>
      <translation>Pierna derecha: el talón derecho descansa en el escalón y notas el estiramiento detrás del muslo derecho.</translation>
    </message>
    <message>
      <source>low step</source>
      <translation>escalón bajo</translation>
    </message>
    <message>
      <source>Stand facing a low, steady step (the bottom stair is fine) with a wall or rail within reach.</source>
      <translation>Ponte de pie frente a un escalón bajo y estable (el primer peldaño de la escalera sirve), con una pared o una barandilla a mano.</translation>
    </message>
    <message>
      <source>Rest one heel on the step, toes pointing up, and keep your standing knee slightly bent.</source>
      <translation>Apoya un talón en el escalón, con las puntas de los pies hacia arriba, y mantén la rodilla de apoyo ligeramente flexionada.</translation>
    </message>
    <message>
      <source>Hinge forward from your hips with a long back until you feel a stretch behind the raised thigh.</source>
      <translation>Inclínate hacia delante desde la cadera con la espalda larga hasta notar un estiramiento detrás del muslo elevado.</translation>
    </message>
    <message>
      <source>Keep the raised knee soft.</source>
      <translation>Mantén la rodilla elevada sin bloquear.</translation>
    </message>
    <message>
      <source>Chest forward, back long.</source>
      <translation>Pecho hacia delante, espalda larga.</translation>
    </message>
    <message>
      <source>Hold the rail if you wobble.</source>
      <translation>Sujétate a la barandilla si pierdes estabilidad.</translation>
    </message>
    <message>
      <source>Using a step so high that your back rounds.</source>
      <translation>Usar un escalón tan alto que la espalda se redondea.</translation>
    </message>
    <message>
      <source>Locking the raised knee.</source>
      <translation>Bloquear la rodilla elevada.</translation>
    </message>
    <message>
      <source>Reaching for the toes instead of hinging.</source>
      <translation>Intentar llegar a las puntas de los pies en lugar de inclinarte desde la cadera.</translation>
    </message>
    <message>
      <source>Marching in place</source>
      <translation>Marcha en el sitio</translation>
    </message>
    <message>
      <source>Raises your heart rate and warms up the hips by marching without moving forward.</source>
      <translation>Eleva el pulso y calienta la cadera marchando sin desplazarte.</translation>
    </message>
    <message>
      <source>Slow down if you feel dizzy or short of breath, and hold a chair if your balance is unsteady.</source>
      <translation>Ve más despacio si sientes mareo o te falta el aliento, y sujétate a una silla si no tienes buen equilibrio.</translation>
    </message>
    <message>
      <source>Stand tall with your feet hip-width apart and your arms relaxed.</source>
      <translation>Ponte de pie con el cuerpo erguido, los pies separados al ancho de las caderas y los brazos relajados.</translation>
    </message>
    <message>
      <source>Lift one knee toward hip height, then lower it and lift the other.</source>
      <translation>Eleva una rodilla hacia la altura de la cadera, bájala y eleva la otra.</translation>
    </message>
    <message>
      <source>Swing your arms in time with your legs.</source>
      <translation>Balancea los brazos al ritmo de las piernas.</translation>
    </message>
    <message>
      <source>Keep a steady, comfortable pace, lifting a little higher as you warm up.</source>
      <translation>Mantén un ritmo constante y cómodo, elevando las rodillas un poco más a medida que entras en calor.</translation>
    </message>
    <message>
      <source>Stand tall; don't lean back.</source>
      <translation>Mantén el cuerpo erguido; no te eches hacia atrás.</translation>
    </message>
    <message>
      <source>Land softly.</source>
      <translation>Apoya los pies con suavidad.</translation>
    </message>
    <message>
      <source>Breathe easily.</source>
      <translation>Respira con tranquilidad.</translation>
    </message>
    <message>
      <source>Leaning back as the knee lifts.</source>
      <translation>Echarse hacia atrás al elevar la rodilla.</translation>
    </message>
    <message>
      <source>Stamping hard on the floor.</source>
      <translation>Pisar con fuerza contra el suelo.</translation>
    </message>
    <message>
      <source>Low march</source>
      <translation>Marcha suave</translation>
    </message>
    <message>
      <source>A gentle march that lifts your feet only a little way, with a chair to hold if you like, to warm up the hips without testing your balance.</source>
      <translation>Una marcha suave en la que los pies se elevan solo un poco, con una silla a la que sujetarte si quieres, para calentar la cadera sin poner a prueba el equilibrio.</translation>
    </message>
    <message>
      <source>Slow down or stop if you feel dizzy or short of breath, and keep a hand on the chair if your balance is unsteady.</source>
      <translation>Ve más despacio o detente si sientes mareo o te falta el aliento, y mantén una mano en la silla si no tienes buen equilibrio.</translation>
    </message>
    <message>
      <source>sturdy chair (optional)</source>
      <translation>silla estable (opcional)</translation>
    </message>
    <message>
      <source>Stand tall beside a sturdy chair or your desk with your feet hip-width apart, resting one hand on it if you like.</source>
      <translation>Ponte de pie con el cuerpo erguido junto a una silla estable o tu escritorio, con los pies separados al ancho de las caderas y una mano apoyada en él si quieres.</translation>
    </message>
    <message>
      <source>Lift one foot a few centimetres off the floor, bending the knee a little, then put it down softly.</source>
      <translation>Eleva un pie unos centímetros del suelo, flexionando un poco la rodilla, y apóyalo con suavidad.</translation>
    </message>
    <message>
      <source>Lift the other foot in the same way, letting your free arm swing gently.</source>
      <translation>Eleva el otro pie de la misma forma, dejando que el brazo libre se balancee suavemente.</translation>
    </message>
    <message>
      <source>Keep marching at a slow, even pace, lifting only as high as feels steady.</source>
      <translation>Sigue marchando a un ritmo lento y uniforme, elevando los pies solo hasta donde te sientas estable.</translation>
    </message>
    <message>
      <source>Stand tall and look ahead.</source>
      <translation>Mantén el cuerpo erguido y la mirada al frente.</translation>
    </message>
    <message>
      <source>Put each foot down gently.</source>
      <translation>Apoya cada pie con suavidad.</translation>
    </message>
    <message>
      <source>Leaning on the chair so your weight tips to one side.</source>
      <translation>Apoyarse en la silla de modo que el peso se inclina hacia un lado.</translation>
    </message>
    <message>
      <source>Looking down at your feet.</source>
      <translation>Mirarse los pies.</translation>
    </message>
    <message>
      <source>Speeding up before you feel steady.</source>
      <translation>Acelerar antes de sentirte estable.</translation>
    </message>
    <message>
      <source>High-knee march</source>
      <translation>Marcha con rodillas altas</translation>
    </message>
    <message>
      <source>A brisker march that brings each knee up to hip height with a bent-arm swing, to raise your heart rate and warm the hips more fully.</source>
      <translation>Una marcha más enérgica que lleva cada rodilla a la altura de la cadera, con los brazos flexionados balanceándose, para elevar el pulso y calentar más la cadera.</translation>
    </message>
    <message>
      <source>Ease back to an ordinary march if you feel dizzy, very short of breath or unsteady, and stop if lifting the knee causes sharp pain in your hip or back.</source>
      <translation>Vuelve a una marcha normal si sientes mareo, te falta mucho el aliento o pierdes estabilidad, y detente si elevar la rodilla te causa un dolor agudo en la cadera o la espalda.</translation>
    </message>
    <message>
      <source>Stand tall with your feet hip-width apart and your elbows bent at your sides.</source>
      <translation>Ponte de pie con el cuerpo erguido, los pies separados al ancho de las caderas y los codos flexionados junto al cuerpo.</translation>
    </message>
    <message>
      <source>Lift one knee up to about hip height, then lower the foot softly and lift the other knee.</source>
      <translation>Eleva una rodilla más o menos a la altura de la cadera; luego apoya el pie con suavidad y eleva la otra rodilla.</translation>
    </message>
    <message>
      <source>Swing your bent arms in time, the opposite arm coming forward to the lifted knee.</source>
      <translation>Balancea los brazos flexionados al mismo ritmo, llevando hacia delante el brazo contrario a la rodilla elevada.</translation>
    </message>
    <message>
      <source>Once you have the rhythm, pick up to a brisk, steady pace without leaning back.</source>
      <translation>Cuando tengas el ritmo, acelera hasta un paso enérgico y constante sin echarte hacia atrás.</translation>
    </message>
    <message>
      <source>Keep your chest up and your back long.</source>
      <translation>Mantén el pecho arriba y la espalda larga.</translation>
    </message>
    <message>
      <source>Land softly and quietly.</source>
      <translation>Apoya los pies con suavidad y sin ruido.</translation>
    </message>
    <message>
      <source>Brisk, but in control.</source>
      <translation>Enérgico, pero con control.</translation>
    </message>
    <message>
      <source>Leaning back or rounding forward to get the knee higher.</source>
      <translation>Echarse hacia atrás o encorvarse hacia delante para subir más la rodilla.</translation>
    </message>
    <message>
      <source>Stamping down hard as the pace picks up.</source>
      <translation>Pisar con fuerza a medida que aumenta el ritmo.</translation>
    </message>
    <message>
      <source>Keep your knee below hip height and within the limits your surgical team gave you.</source>
      <translation>Mantén la rodilla por debajo de la altura de la cadera y dentro de los límites que te haya indicado tu equipo quirúrgico.</translation>
    </message>
    <message>
      <source>Keep to a pace at which you can still talk, and stand near a chair you can hold if your balance feels different.</source>
      <translation>Mantén un ritmo al que todavía puedas hablar, y ponte cerca de una silla a la que sujetarte si notas el equilibrio distinto.</translation>
    </message>
    <message>
      <source>Hip circles</source>
      <translation>Círculos de cadera</translation>
    </message>
    <message>
      <source>Loosens the hips and lower back by drawing slow circles with your hips while standing.</source>
      <translation>Suelta la cadera y la zona lumbar dibujando círculos lentos con la cadera, de pie.</translation>
    </message>
    <message>
      <source>Keep the circles small, and stop if you feel sharp pain in your hips or back.</source>
      <translation>Haz círculos pequeños, y detente si sientes un dolor agudo en la cadera o la espalda.</translation>
    </message>
    <message>
      <source>Stand with your feet a little wider than hip-width and your hands on your hips.</source>
      <translation>Ponte de pie con los pies un poco más separados que el ancho de las caderas y las manos en la cadera.</translation>
    </message>
    <message>
      <source>Move your hips forward, to one side, back and to the other side in one smooth circle.</source>
      <translation>Lleva la cadera hacia delante, hacia un lado, hacia atrás y hacia el otro lado en un círculo fluido.</translation>
    </message>
    <message>
      <source>Make several slow circles in the same direction.</source>
      <translation>Haz varios círculos lentos en el mismo sentido.</translation>
    </message>
    <message>
      <source>Change direction halfway through.</source>
      <translation>Cambia de sentido a mitad.</translation>
    </message>
    <message>
      <source>Keep your upper body fairly still.</source>
      <translation>Mantén la parte superior del cuerpo bastante quieta.</translation>
    </message>
    <message>
      <source>Let the circles grow gradually.</source>
      <translation>Deja que los círculos crezcan poco a poco.</translation>
    </message>
    <message>
      <source>Moving the shoulders instead of the hips.</source>
      <translation>Mover los hombros en lugar de la cadera.</translation>
    </message>
    <message>
      <source>Making big, jerky circles too soon.</source>
      <translation>Hacer círculos grandes y bruscos demasiado pronto.</translation>
    </message>
    <message>
      <source>Small hip circles</source>
      <translation>Círculos de cadera pequeños</translation>
    </message>
    <message>
      <source>A gentler version of hip circles: small, slow circles with a chair to hold, for stiff hips or unsure balance.</source>
      <translation>Una versión más suave de los círculos de cadera: círculos pequeños y lentos, con una silla a la que sujetarte, para caderas rígidas o si no tienes buen equilibrio.</translation>
    </message>
    <message>
      <source>Keep the circles within an easy range, and stop if you feel sharp pain in your hips or back.</source>
      <translation>Mantén los círculos en un recorrido fácil, y detente si sientes un dolor agudo en la cadera o la espalda.</translation>
    </message>
    <message>
      <source>Stand with your feet hip-width apart and your knees soft, one hand on a sturdy chair and the other on your hip.</source>
      <translation>Ponte de pie con los pies separados al ancho de las caderas y las rodillas sin bloquear, una mano en una silla estable y la otra en la cadera.</translation>
    </message>
    <message>
      <source>Move your hips a little way forward, to one side, back and to the other side in a small, slow circle.</source>
      <translation>Lleva la cadera un poco hacia delante, hacia un lado, hacia atrás y hacia el otro lado en un círculo pequeño y lento.</translation>
    </message>
    <message>
      <source>Make several small circles in the same direction, keeping your shoulders still.</source>
      <translation>Haz varios círculos pequeños en el mismo sentido, con los hombros quietos.</translation>
    </message>
    <message>
      <source>Keep the circles small and smooth.</source>
      <translation>Haz los círculos pequeños y fluidos.</translation>
    </message>
    <message>
      <source>Let your hips do the moving, not your shoulders.</source>
      <translation>Deja que se mueva la cadera, no los hombros.</translation>
    </message>
    <message>
      <source>Letting the circles grow bigger than is comfortable.</source>
      <translation>Dejar que los círculos se hagan más grandes de lo cómodo.</translation>
    </message>
    <message>
      <source>Gripping the chair and pulling on it.</source>
      <translation>Agarrarse a la silla y tirar de ella.</translation>
    </message>
    <message>
      <source>Locking the knees.</source>
      <translation>Bloquear las rodillas.</translation>
    </message>
    <message>
      <source>Knee circles</source>
      <translation>Círculos de rodilla</translation>
    </message>
    <message>
      <source>Loosens the hip joint by drawing slow circles with one raised knee while you stand on the other leg, holding a chair.</source>
      <translation>Suelta la articulación de la cadera dibujando círculos lentos con una rodilla elevada mientras te apoyas en la otra pierna, sujetándote a una silla.</translation>
    </message>
    <message>
      <source>Keep hold of the chair throughout, keep the circles small if your hip feels stiff, and stop if you feel sharp pain in your hip, groin or back.</source>
      <translation>Sujétate a la silla en todo momento, haz círculos pequeños si notas la cadera rígida, y detente si sientes un dolor agudo en la cadera, la ingle o la espalda.</translation>
    </message>
    <message>
      <source>Left leg: you hold the chair with your right hand, stand on your right leg and circle your left knee.</source>
      <translation>Pierna izquierda: te sujetas a la silla con la mano derecha, te apoyas en la pierna derecha y haces círculos con la rodilla izquierda.</translation>
    </message>
    <message>
      <source>Right leg: you hold the chair with your left hand, stand on your left leg and circle your right knee.</source>
      <translation>Pierna derecha: te sujetas a la silla con la mano izquierda, te apoyas en la pierna izquierda y haces círculos con la rodilla derecha.</translation>
    </message>
    <message>
      <source>Stand side-on to a sturdy chair and hold its back with the hand nearest it, your other hand on your hip.</source>
      <translation>Colócate de lado junto a una silla estable y sujeta el respaldo con la mano más cercana, con la otra mano en la cadera.</translation>
    </message>
    <message>
      <source>Stand on the leg nearest the chair and lift the other knee in front of you, no higher than your hip.</source>
      <translation>Apóyate en la pierna más cercana a la silla y eleva la otra rodilla delante de ti, sin pasar de la altura de la cadera.</translation>
    </message>
    <message>
      <source>Draw slow circles with the raised knee: out to the side, round and back in.</source>
      <translation>Dibuja círculos lentos con la rodilla elevada: hacia fuera, alrededor y de vuelta hacia dentro.</translation>
    </message>
    <message>
      <source>Change direction halfway, then lower the foot, turn around and change legs.</source>
      <translation>Cambia de sentido a mitad; luego baja el pie, date la vuelta y cambia de pierna.</translation>
    </message>
    <message>
      <source>Stand tall on the supporting leg, knee soft.</source>
      <translation>Mantén el cuerpo erguido sobre la pierna de apoyo, con la rodilla sin bloquear.</translation>
    </message>
    <message>
      <source>Keep your hips level and your upper body still.</source>
      <translation>Mantén la cadera nivelada y la parte superior del cuerpo quieta.</translation>
    </message>
    <message>
      <source>Move slowly; the circle comes from the hip.</source>
      <translation>Muévete despacio; el círculo sale de la cadera.</translation>
    </message>
    <message>
      <source>Leaning or twisting your upper body to make the circle bigger.</source>
      <translation>Inclinar o girar la parte superior del cuerpo para agrandar el círculo.</translation>
    </message>
    <message>
      <source>Locking the standing knee.</source>
      <translation>Bloquear la rodilla de apoyo.</translation>
    </message>
    <message>
      <source>Hurrying the circles.</source>
      <translation>Hacer los círculos con prisa.</translation>
    </message>
    <message>
      <source>Check with your surgical team before circling the operated leg; keep the knee below hip height and never bring it across your body.</source>
      <translation>Consulta a tu equipo quirúrgico antes de hacer círculos con la pierna operada; mantén la rodilla por debajo de la altura de la cadera y nunca la cruces por delante del cuerpo.</translation>
    </message>
    <message>
      <source>Hold the chair firmly and keep the circles small; choose hip circles instead if standing on one leg hurts the front or back of your pelvis.</source>
      <translation>Sujétate bien a la silla y haz círculos pequeños; elige en su lugar los círculos de cadera si apoyarte en una sola pierna te duele en la parte delantera o trasera de la pelvis.</translation>
    </message>
    <message>
      <source>Leg swings</source>
      <translation>Balanceos de pierna</translation>
    </message>
    <message>
      <source>Warms up the hips and hamstrings with controlled forward and back swings of one leg.</source>
      <translation>Calienta la cadera y los isquiotibiales con balanceos controlados de una pierna hacia delante y hacia atrás.</translation>
    </message>
    <message>
      <source>Keep hold of the support throughout, and shorten the swing if you feel pulling in the groin or hamstring.</source>
      <translation>Sujétate al apoyo en todo momento, y acorta el balanceo si notas tirantez en la ingle o los isquiotibiales.</translation>
    </message>
    <message>
      <source>Left leg: the support is on your right, so you hold it with your right hand, stand on your right leg and swing your left leg.</source>
      <translation>Pierna izquierda: el apoyo está a tu derecha, así que te sujetas con la mano derecha, te apoyas en la pierna derecha y balanceas la pierna izquierda.</translation>
    </message>
    <message>
      <source>Right leg: the support is on your left, so you hold it with your left hand, stand on your left leg and swing your right leg.</source>
      <translation>Pierna derecha: el apoyo está a tu izquierda, así que te sujetas con la mano izquierda, te apoyas en la pierna izquierda y balanceas la pierna derecha.</translation>
    </message>
    <message>
      <source>wall or sturdy chair for support</source>
      <translation>pared o silla estable como apoyo</translation>
    </message>
    <message>
      <source>Stand side-on to a wall or sturdy chair and hold it with one hand.</source>
      <translation>Colócate de lado junto a una pared o una silla estable y sujétate con una mano.</translation>
    </message>
    <message>
      <source>Put your weight on the leg nearest the support.</source>
      <translation>Apoya el peso en la pierna más cercana al apoyo.</translation>
    </message>
    <message>
      <source>Swing the other leg forward and back in a relaxed, controlled arc.</source>
      <translation>Balancea la otra pierna hacia delante y hacia atrás en un arco relajado y controlado.</translation>
    </message>
    <message>
      <source>Start small and let the swing grow, then turn around and swing the other leg.</source>
      <translation>Empieza con poco recorrido y deja que el balanceo crezca; luego date la vuelta y balancea la otra pierna.</translation>
    </message>
    <message>
      <source>Keep your upper body tall and still.</source>
      <translation>Mantén la parte superior del cuerpo erguida y quieta.</translation>
    </message>
    <message>
      <source>Let the leg swing loosely from the hip.</source>
      <translation>Deja que la pierna se balancee suelta desde la cadera.</translation>
    </message>
    <message>
      <source>Keep the standing knee soft.</source>
      <translation>Mantén la rodilla de apoyo sin bloquear.</translation>
    </message>
    <message>
      <source>Swinging so hard that the lower back arches.</source>
      <translation>Balancear con tanta fuerza que la zona lumbar se arquea.</translation>
    </message>
    <message>
      <source>Swinging high before the hip is warm.</source>
      <translation>Balancear alto antes de que la cadera esté caliente.</translation>
    </message>
    <message>
      <source>Keep the swing small and in front of you; do not swing the leg across your body.</source>
      <translation>Haz un balanceo pequeño y por delante de ti; no cruces la pierna por delante del cuerpo.</translation>
    </message>
    <message>
      <source>Small leg swings</source>
      <translation>Balanceos de pierna cortos</translation>
    </message>
    <message>
      <source>A gentler version of leg swings: slow forward and back swings of one leg through a small range, holding a support.</source>
      <translation>Una versión más suave de los balanceos de pierna: balanceos lentos de una pierna hacia delante y hacia atrás con poco recorrido, sujetándote a un apoyo.</translation>
    </message>
    <message>
      <source>Keep hold of the support throughout, and stop if you feel pulling in the groin or hamstring or pain in your back.</source>
      <translation>Sujétate al apoyo en todo momento, y detente si notas tirantez en la ingle o los isquiotibiales o dolor en la espalda.</translation>
    </message>
    <message>
      <source>Stand side-on to a wall or sturdy chair and hold it with the hand nearest it.</source>
      <translation>Colócate de lado junto a una pared o una silla estable y sujétate con la mano más cercana.</translation>
    </message>
    <message>
      <source>Put your weight on the leg nearest the support and let the other foot hang just clear of the floor.</source>
      <translation>Apoya el peso en la pierna más cercana al apoyo y deja que el otro pie cuelgue justo por encima del suelo.</translation>
    </message>
    <message>
      <source>Swing the free leg slowly a short way forward and a short way back.</source>
      <translation>Balancea despacio la pierna libre un poco hacia delante y un poco hacia atrás.</translation>
    </message>
    <message>
      <source>Keep the swing this small for every repetition, then turn around and change legs.</source>
      <translation>Mantén este balanceo corto en todas las repeticiones; luego date la vuelta y cambia de pierna.</translation>
    </message>
    <message>
      <source>Letting the swing grow bigger than is comfortable.</source>
      <translation>Dejar que el balanceo se haga más grande de lo cómodo.</translation>
    </message>
    <message>
      <source>Leaning your upper body forward or back with the swing.</source>
      <translation>Inclinar la parte superior del cuerpo hacia delante o hacia atrás con el balanceo.</translation>
    </message>
    <message>
      <source>Side-to-side leg swings</source>
      <translation>Balanceos laterales de pierna</translation>
    </message>
    <message>
      <source>Warms up the inner and outer hip by swinging one leg across in front of you and out to the side while you face a wall and hold it with both hands.</source>
      <translation>Calienta la parte interna y externa de la cadera balanceando una pierna por delante de ti y hacia un lado, de cara a una pared y sujetándote con ambas manos.</translation>
    </message>
    <message>
      <source>Keep both hands on the support, keep the swing within an easy range, and stop if you feel pulling in the groin or pain in your hip or back.</source>
      <translation>Mantén ambas manos en el apoyo, haz el balanceo en un recorrido fácil, y detente si notas tirantez en la ingle o dolor en la cadera o la espalda.</translation>
    </message>
    <message>
      <source>Left leg: you stand on your right leg and your left leg swings across in front of you and out to the left.</source>
      <translation>Pierna izquierda: te apoyas en la pierna derecha y la pierna izquierda se balancea por delante de ti y hacia la izquierda.</translation>
    </message>
    <message>
      <source>Right leg: you stand on your left leg and your right leg swings across in front of you and out to the right.</source>
      <translation>Pierna derecha: te apoyas en la pierna izquierda y la pierna derecha se balancea por delante de ti y hacia la derecha.</translation>
    </message>
    <message>
      <source>Face a wall or the back of a sturdy chair and rest both hands on it at about chest height.</source>
      <translation>Colócate de cara a una pared o al respaldo de una silla estable y apoya ambas manos a la altura del pecho, más o menos.</translation>
    </message>
    <message>
      <source>Stand on one leg with the knee soft and let the other foot hang just clear of the floor.</source>
      <translation>Apóyate en una pierna con la rodilla sin bloquear y deja que el otro pie cuelgue justo por encima del suelo.</translation>
    </message>
    <message>
      <source>Swing the free leg across in front of the standing leg, then out to the side, in a relaxed, controlled arc.</source>
      <translation>Balancea la pierna libre por delante de la pierna de apoyo y luego hacia el lado, en un arco relajado y controlado.</translation>
    </message>
    <message>
      <source>Start small and let the swing grow a little as the hip warms, then change legs.</source>
      <translation>Empieza con poco recorrido y deja que el balanceo crezca un poco a medida que la cadera se calienta; luego cambia de pierna.</translation>
    </message>
    <message>
      <source>Keep your hips and shoulders facing the wall.</source>
      <translation>Mantén la cadera y los hombros de cara a la pared.</translation>
    </message>
    <message>
      <source>Let the leg swing from the hip, not your waist.</source>
      <translation>Deja que la pierna se balancee desde la cadera, no desde la cintura.</translation>
    </message>
    <message>
      <source>Twisting the hips or leaning sideways to swing further.</source>
      <translation>Girar la cadera o inclinarse de lado para balancear más.</translation>
    </message>
    <message>
      <source>Swinging wide before the hip is warm.</source>
      <translation>Balancear amplio antes de que la cadera esté caliente.</translation>
    </message>
    <message>
      <source>Letting go of the support.</source>
      <translation>Soltarse del apoyo.</translation>
    </message>
    <message>
      <source>Choose forward-and-back leg swings instead; swinging the leg across your body can strain a new hip.</source>
      <translation>Elige en su lugar los balanceos hacia delante y hacia atrás; balancear la pierna por delante del cuerpo puede forzar una cadera operada.</translation>
    </message>
    <message>
      <source>Keep the swings small, and choose forward-and-back swings if you have pain at the front or back of your pelvis.</source>
      <translation>Haz balanceos pequeños, y elige los balanceos hacia delante y hacia atrás si te duele la parte delantera o trasera de la pelvis.</translation>
    </message>
    <message>
      <source>Torso twists</source>
      <translation>Giros de tronco</translation>
    </message>
    <message>
      <source>Loosens the spine and the sides of the trunk with gentle standing turns.</source>
      <translation>Suelta la columna y los laterales del tronco con giros suaves de pie.</translation>
    </message>
    <message>
      <source>Move gently, and stop if turning causes sharp pain in your back.</source>
      <translation>Muévete con suavidad, y detente si girar te causa un dolor agudo en la espalda.</translation>
    </message>
    <message>
      <source>Stand with your feet hip-width apart, knees soft, arms bent at your sides or crossed on your chest.</source>
      <translation>Ponte de pie con los pies separados al ancho de las caderas, las rodillas sin bloquear y los brazos flexionados a los lados o cruzados sobre el pecho.</translation>
    </message>
    <message>
      <source>Turn your upper body to one side, letting your hips and heels pivot a little.</source>
      <translation>Gira la parte superior del cuerpo hacia un lado, dejando que la cadera y los talones pivoten un poco.</translation>
    </message>
    <message>
      <source>Turn smoothly round to the other side.</source>
      <translation>Gira con fluidez hacia el otro lado.</translation>
    </message>
    <message>
      <source>Keep turning side to side at an easy pace, going a little further as you loosen up.</source>
      <translation>Sigue girando de un lado a otro a un ritmo tranquilo, llegando un poco más lejos a medida que te sueltas.</translation>
    </message>
    <message>
      <source>Keep the movement smooth, not flung.</source>
      <translation>Haz un movimiento fluido, sin lanzarlo.</translation>
    </message>
    <message>
      <source>Let your head turn with your chest.</source>
      <translation>Deja que la cabeza gire con el pecho.</translation>
    </message>
    <message>
      <source>Stay tall through your spine.</source>
      <translation>Mantén la columna alargada.</translation>
    </message>
    <message>
      <source>Twisting forcefully or fast.</source>
      <translation>Girar con fuerza o rápido.</translation>
    </message>
    <message>
      <source>Keep the turns small and slow; never swing or force them.</source>
      <translation>Haz giros pequeños y lentos; nunca los hagas con impulso ni los fuerces.</translation>
    </message>
    <message>
      <source>Half twists</source>
      <translation>Medios giros</translation>
    </message>
    <message>
      <source>A gentler version of torso twists: slow turns only part of the way round, for a stiff or sore back.</source>
      <translation>Una versión más suave de los giros de tronco: giros lentos solo hasta la mitad, para una espalda rígida o dolorida.</translation>
    </message>
    <message>
      <source>Stand with your feet hip-width apart, knees soft, and your arms crossed loosely on your chest.</source>
      <translation>Ponte de pie con los pies separados al ancho de las caderas, las rodillas sin bloquear y los brazos cruzados sin tensión sobre el pecho.</translation>
    </message>
    <message>
      <source>Turn your upper body slowly part of the way to one side, about half as far as you could go.</source>
      <translation>Gira despacio la parte superior del cuerpo parcialmente hacia un lado, más o menos la mitad de lo que podrías.</translation>
    </message>
    <message>
      <source>Come back through the middle and turn the same small amount to the other side.</source>
      <translation>Vuelve pasando por el centro y gira lo mismo, poco, hacia el otro lado.</translation>
    </message>
    <message>
      <source>Keep turning side to side at a slow, even pace, staying well inside a comfortable range.</source>
      <translation>Sigue girando de un lado a otro a un ritmo lento y uniforme, siempre dentro de un recorrido cómodo.</translation>
    </message>
    <message>
      <source>Turn only as far as feels easy.</source>
      <translation>Gira solo hasta donde te resulte fácil.</translation>
    </message>
    <message>
      <source>Pushing for a bigger turn at the end of each twist.</source>
      <translation>Forzar un giro mayor al final de cada torsión.</translation>
    </message>
    <message>
      <source>Speeding up until the turns become swings.</source>
      <translation>Acelerar hasta que los giros se convierten en balanceos.</translation>
    </message>
    <message>
      <source>Reaching twists</source>
      <translation>Giros con brazos extendidos</translation>
    </message>
    <message>
      <source>Standing twists with your arms held out at shoulder height, which works the trunk and shoulders a little harder than ordinary torso twists.</source>
      <translation>Giros de pie con los brazos extendidos a la altura de los hombros, que trabajan el tronco y los hombros un poco más que los giros de tronco normales.</translation>
    </message>
    <message>
      <source>Keep the turns controlled, lower your arms if your shoulders tire, and stop if turning causes sharp pain in your back.</source>
      <translation>Haz los giros con control, baja los brazos si se te cansan los hombros, y detente si girar te causa un dolor agudo en la espalda.</translation>
    </message>
    <message>
      <source>Stand with your feet hip-width apart and knees soft, and lift your arms out to the sides at shoulder height.</source>
      <translation>De pie, con los pies separados al ancho de las caderas y las rodillas sin bloquear, eleva los brazos hacia los lados a la altura de los hombros.</translation>
    </message>
    <message>
      <source>Turn your upper body to one side, letting your arms, chest and head turn together and your hips and heels pivot a little.</source>
      <translation>Gira la parte superior del cuerpo hacia un lado, dejando que los brazos, el pecho y la cabeza giren juntos y que la cadera y los talones pivoten un poco.</translation>
    </message>
    <message>
      <source>Turn smoothly round to the other side, keeping your arms level and your shoulders relaxed.</source>
      <translation>Gira con fluidez hacia el otro lado, con los brazos a la misma altura y los hombros relajados.</translation>
    </message>
    <message>
      <source>Keep turning side to side at a steady, controlled pace, then lower your arms.</source>
      <translation>Sigue girando de un lado a otro a un ritmo constante y controlado; luego baja los brazos.</translation>
    </message>
    <message>
      <source>Let your arms follow your chest; don't fling them.</source>
      <translation>Deja que los brazos sigan al pecho; no los lances.</translation>
    </message>
    <message>
      <source>Keep your shoulders down, away from your ears.</source>
      <translation>Mantén los hombros bajos, lejos de las orejas.</translation>
    </message>
    <message>
      <source>Letting the weight of the arms carry you further than you meant to turn.</source>
      <translation>Dejar que el peso de los brazos te lleve a girar más de lo que querías.</translation>
    </message>
    <message>
      <source>Letting the arms drop or the shoulders hunch.</source>
      <translation>Dejar caer los brazos o encoger los hombros.</translation>
    </message>
    <message>
      <source>Keep your arms bent and the turns small and slow, or choose half twists; never swing your arms to turn further.</source>
      <translation>Mantén los brazos flexionados y haz giros pequeños y lentos, o elige los medios giros; nunca balancees los brazos para girar más.</translation>
    </message>
    <message>
      <source>McGill curl-up</source>
      <translation>Curl-up de McGill</translation>
    </message>
    <message>
      <source>Trains your stomach muscles to hold the trunk steady as you lift your head and shoulders a little, while your lower back keeps its natural curve.</source>
      <translation>Entrena los músculos abdominales para mantener el tronco estable mientras elevas un poco la cabeza y los hombros, y la zona lumbar conserva su curva natural.</translation>
    </message>
    <message>
      <source>Keep the lift small, and stop if you feel sharp pain in your back or neck or pain spreading down a leg.</source>
      <translation>Haz una elevación pequeña, y detente si sientes un dolor agudo en la espalda o el cuello o un dolor que baja por una pierna.</translation>
    </message>
    <message>
      <source>Lie on your back with one knee bent and that foot flat, and the other leg straight along the floor.</source>
      <translation>Túmbate boca arriba con una rodilla flexionada y ese pie apoyado, y la otra pierna estirada en el suelo.</translation>
    </message>
    <message>
      <source>Slide your hands, palms down, under the small of your back so it keeps its natural curve.</source>
      <translation>Desliza las manos, con las palmas hacia abajo, bajo la zona lumbar para que conserve su curva natural.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, then lift your head and shoulders a little way off the floor as one piece.</source>
      <translation>Contrae suavemente el abdomen y eleva un poco del suelo la cabeza y los hombros como un solo bloque.</translation>
    </message>
    <message>
      <source>Hold for about 8 to 10 seconds, breathing steadily, then lower slowly and rest for a breath.</source>
      <translation>Mantén entre 8 y 10 segundos, respirando de forma regular; luego baja despacio y descansa durante una respiración.</translation>
    </message>
    <message>
      <source>Halfway through your reps, straighten the bent leg and bend the other one.</source>
      <translation>A mitad de las repeticiones, estira la pierna flexionada y flexiona la otra.</translation>
    </message>
    <message>
      <source>Keep your neck long, in line with your back; your chin stays where it is.</source>
      <translation>Mantén el cuello largo, alineado con la espalda; la barbilla se queda donde está.</translation>
    </message>
    <message>
      <source>Lift only a little: the head and shoulders move together, like one board.</source>
      <translation>Eleva solo un poco: la cabeza y los hombros se mueven juntos, como una tabla.</translation>
    </message>
    <message>
      <source>Leave your lower back resting on your hands; don't press it flat.</source>
      <translation>Deja la zona lumbar apoyada en las manos; no la aplastes contra ellas.</translation>
    </message>
    <message>
      <source>Keep breathing in small, easy breaths while you hold.</source>
      <translation>Sigue respirando con respiraciones pequeñas y tranquilas mientras mantienes.</translation>
    </message>
    <message>
      <source>Tucking the chin to the chest and curling the neck.</source>
      <translation>Llevar la barbilla al pecho y curvar el cuello.</translation>
    </message>
    <message>
      <source>Curling up high like a sit-up, or flattening the back onto your hands.</source>
      <translation>Subir mucho, como en un abdominal completo, o aplastar la espalda contra las manos.</translation>
    </message>
    <message>
      <source>Holding the breath during the hold.</source>
      <translation>Contener la respiración mientras mantienes la posición.</translation>
    </message>
    <message>
      <source>Bending the spine forward loads the front of the spine bones. Keep the lift tiny with your neck long, or do the brace without lifting, and ask a physiotherapist.</source>
      <translation>Flexionar la columna hacia delante carga la parte delantera de las vértebras. Haz una elevación mínima con el cuello largo, o haz la activación abdominal sin elevar, y consulta a un fisioterapeuta.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back can make you feel faint and curl-ups strain the stretched belly muscles. Skip it and ask your midwife about core work.</source>
      <translation>Pasado el primer trimestre, estar boca arriba puede provocar mareo, y los curl-ups fuerzan los músculos abdominales estirados. No lo hagas y pregunta a tu matrona qué ejercicios de core puedes hacer.</translation>
    </message>
    <message>
      <source>Curl-up brace</source>
      <translation>Curl-up sin elevación</translation>
    </message>
    <message>
      <source>The first step towards the McGill curl-up: in the same position you keep your head resting on the floor and simply tighten your stomach while you breathe steadily.</source>
      <translation>El primer paso hacia el curl-up de McGill: en la misma posición, mantienes la cabeza apoyada en el suelo y simplemente contraes el abdomen mientras respiras de forma regular.</translation>
    </message>
    <message>
      <source>Brace gently rather than hard, and stop if you feel sharp pain in your back or pain spreading down a leg.</source>
      <translation>Activa el abdomen con suavidad, sin apretar fuerte, y detente si sientes un dolor agudo en la espalda o un dolor que baja por una pierna.</translation>
    </message>
    <message>
      <source>Keep your head resting on the floor and gently tighten your stomach, as if bracing for a light poke, without flattening your back.</source>
      <translation>Mantén la cabeza apoyada en el suelo y contrae suavemente el abdomen, como si te prepararas para un ligero empujón, sin aplastar la espalda.</translation>
    </message>
    <message>
      <source>Hold for about 8 seconds, breathing in small, easy breaths, then relax for a breath.</source>
      <translation>Mantén unos 8 segundos, con respiraciones pequeñas y tranquilas; luego relájate durante una respiración.</translation>
    </message>
    <message>
      <source>Tighten all the way round your waist rather than sucking the belly in.</source>
      <translation>Contrae todo el contorno de la cintura en lugar de meter el vientre.</translation>
    </message>
    <message>
      <source>Your lower back stays resting on your hands; it neither presses down nor lifts.</source>
      <translation>La zona lumbar sigue apoyada en las manos; ni presiona hacia abajo ni se levanta.</translation>
    </message>
    <message>
      <source>Keep breathing while you hold.</source>
      <translation>Sigue respirando mientras mantienes.</translation>
    </message>
    <message>
      <source>Holding the breath while you tighten.</source>
      <translation>Contener la respiración al contraer.</translation>
    </message>
    <message>
      <source>Pressing the lower back flat onto your hands.</source>
      <translation>Aplastar la zona lumbar contra las manos.</translation>
    </message>
    <message>
      <source>Bracing so hard that your neck and shoulders tense up.</source>
      <translation>Contraer con tanta fuerza que se tensan el cuello y los hombros.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back can make you feel faint. Practise the same gentle brace sitting tall or on hands and knees, and ask your midwife about core work.</source>
      <translation>Pasado el primer trimestre, estar boca arriba puede provocar mareo. Practica la misma activación suave sentada con la espalda recta o a cuatro patas, y pregunta a tu matrona qué ejercicios de core puedes hacer.</translation>
    </message>
    <message>
      <source>Elbows-up curl-up</source>
      <translation>Curl-up con codos elevados</translation>
    </message>
    <message>
      <source>A harder McGill curl-up: you lift your elbows a little off the floor as you curl up and take one slow, deep breath at the top, so your stomach muscles hold the trunk steady with less help.</source>
      <translation>Un curl-up de McGill más difícil: despegas un poco los codos del suelo al subir y haces una respiración lenta y profunda arriba, de modo que los músculos abdominales mantienen el tronco estable con menos ayuda.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, then lift your head and shoulders a little way as one piece, elbows just clear of the floor.</source>
      <translation>Contrae suavemente el abdomen y eleva un poco la cabeza y los hombros como un solo bloque, con los codos justo despegados del suelo.</translation>
    </message>
    <message>
      <source>Hold for about 8 to 10 seconds and take one slow, deep breath while you keep your stomach firm, then lower slowly and rest for a breath.</source>
      <translation>Mantén entre 8 y 10 segundos y haz una respiración lenta y profunda con el abdomen firme; luego baja despacio y descansa durante una respiración.</translation>
    </message>
    <message>
      <source>Keep your neck long; your chin stays where it is.</source>
      <translation>Mantén el cuello largo; la barbilla se queda donde está.</translation>
    </message>
    <message>
      <source>Lift the elbows just clear of the floor, no higher.</source>
      <translation>Despega los codos del suelo lo justo, no más.</translation>
    </message>
    <message>
      <source>Keep your stomach firm as you breathe in and out.</source>
      <translation>Mantén el abdomen firme al tomar y soltar el aire.</translation>
    </message>
    <message>
      <source>Curling up higher than in the ordinary curl-up.</source>
      <translation>Subir más que en el curl-up normal.</translation>
    </message>
    <message>
      <source>Letting the stomach go soft during the deep breath.</source>
      <translation>Dejar que el abdomen se afloje durante la respiración profunda.</translation>
    </message>
    <message>
      <source>Bending the spine forward loads the front of the spine bones. Choose the brace without lifting instead, and ask a physiotherapist before harder curl-ups.</source>
      <translation>Flexionar la columna hacia delante carga la parte delantera de las vértebras. Elige en su lugar la activación abdominal sin elevar y consulta a un fisioterapeuta antes de hacer curl-ups más difíciles.</translation>
    </message>
    <message>
      <source>Dead bug</source>
      <translation>Bicho muerto</translation>
    </message>
    <message>
      <source>Teaches your stomach muscles to keep your lower back steady while you slowly reach out with an opposite arm and leg, lying on your back.</source>
      <translation>Enseña a los músculos abdominales a mantener estable la zona lumbar mientras estiras despacio un brazo y la pierna contraria, boca arriba.</translation>
    </message>
    <message>
      <source>Stop if your lower back starts to arch off the floor or you feel sharp pain in your back or hips.</source>
      <translation>Detente si la zona lumbar empieza a arquearse y despegarse del suelo o si sientes un dolor agudo en la espalda o la cadera.</translation>
    </message>
    <message>
      <source>Left side: your left arm reaches back past your head as your right leg straightens.</source>
      <translation>Lado izquierdo: el brazo izquierdo se estira hacia atrás por detrás de la cabeza mientras estiras la pierna derecha.</translation>
    </message>
    <message>
      <source>Right side: your right arm reaches back past your head as your left leg straightens.</source>
      <translation>Lado derecho: el brazo derecho se estira hacia atrás por detrás de la cabeza mientras estiras la pierna izquierda.</translation>
    </message>
    <message>
      <source>Lie on your back, arms reaching up to the ceiling, knees bent over your hips and shins level with the floor.</source>
      <translation>Túmbate boca arriba con los brazos estirados hacia el techo, las rodillas flexionadas sobre la cadera y las espinillas paralelas al suelo.</translation>
    </message>
    <message>
      <source>Let your lower back rest gently on the floor and tighten your stomach a little.</source>
      <translation>Deja la zona lumbar apoyada suavemente en el suelo y contrae un poco el abdomen.</translation>
    </message>
    <message>
      <source>Slowly lower one arm back past your head as you straighten the opposite leg, both hovering above the floor.</source>
      <translation>Baja despacio un brazo hacia atrás por detrás de la cabeza mientras estiras la pierna contraria, ambos sin tocar el suelo.</translation>
    </message>
    <message>
      <source>Reach only as far as your lower back stays still, then bring the arm and leg back to the start.</source>
      <translation>Estira solo hasta donde la zona lumbar se mantenga quieta; luego vuelve con el brazo y la pierna a la posición inicial.</translation>
    </message>
    <message>
      <source>Keep your lower back resting gently on the floor, without pressing hard.</source>
      <translation>Mantén la zona lumbar apoyada suavemente en el suelo, sin presionar con fuerza.</translation>
    </message>
    <message>
      <source>Breathe out as you reach, and move slowly.</source>
      <translation>Suelta el aire al estirar y muévete despacio.</translation>
    </message>
    <message>
      <source>Keep your ribs down and your head relaxed on the floor.</source>
      <translation>Mantén las costillas abajo y la cabeza relajada en el suelo.</translation>
    </message>
    <message>
      <source>Letting the lower back arch up as the leg goes out.</source>
      <translation>Dejar que la zona lumbar se arquee al estirar la pierna.</translation>
    </message>
    <message>
      <source>Swinging the arm and leg quickly.</source>
      <translation>Mover el brazo y la pierna rápidamente, con impulso.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back can make you feel faint and this loads the stretched belly muscles. Do the bird dog on hands and knees instead.</source>
      <translation>Pasado el primer trimestre, estar boca arriba puede provocar mareo, y este ejercicio carga los músculos abdominales estirados. Haz en su lugar el bird dog a cuatro patas.</translation>
    </message>
    <message>
      <source>Keep your knees over your hips, never drawn toward your chest, and start with heel taps unless your surgeon or physiotherapist has said more is fine.</source>
      <translation>Mantén las rodillas sobre la cadera, nunca las acerques al pecho, y empieza con los toques de talón salvo que tu cirujano o fisioterapeuta te haya dicho que puedes hacer más.</translation>
    </message>
    <message>
      <source>Dead bug heel taps</source>
      <translation>Bicho muerto con toques de talón</translation>
    </message>
    <message>
      <source>An easier dead bug: your arms rest on the floor and you lower one bent leg at a time to tap the heel down, so your stomach muscles keep your lower back steady with a shorter lever.</source>
      <translation>Un bicho muerto más fácil: los brazos descansan en el suelo y bajas una pierna flexionada cada vez para tocar el suelo con el talón, de modo que los músculos abdominales mantienen estable la zona lumbar con una palanca más corta.</translation>
    </message>
    <message>
      <source>Stop if your lower back starts to arch off the floor or you feel sharp pain in your back or hips, and lower one foot at a time when you finish.</source>
      <translation>Detente si la zona lumbar empieza a arquearse y despegarse del suelo o si sientes un dolor agudo en la espalda o la cadera, y al terminar baja los pies de uno en uno.</translation>
    </message>
    <message>
      <source>Left leg: your left heel taps down while your right leg stays up.</source>
      <translation>Pierna izquierda: el talón izquierdo toca el suelo mientras la pierna derecha se queda arriba.</translation>
    </message>
    <message>
      <source>Right leg: your right heel taps down while your left leg stays up.</source>
      <translation>Pierna derecha: el talón derecho toca el suelo mientras la pierna izquierda se queda arriba.</translation>
    </message>
    <message>
      <source>Lie on your back with your arms resting on the floor by your sides.</source>
      <translation>Túmbate boca arriba con los brazos apoyados en el suelo a los lados del cuerpo.</translation>
    </message>
    <message>
      <source>Lift one leg and then the other so your knees are over your hips and your shins are level with the floor.</source>
      <translation>Eleva una pierna y luego la otra para que las rodillas queden sobre la cadera y las espinillas paralelas al suelo.</translation>
    </message>
    <message>
      <source>Keeping the knee bent, slowly lower one leg to tap the heel lightly on the floor, then lift it back over your hip.</source>
      <translation>Con la rodilla flexionada, baja despacio una pierna hasta tocar ligeramente el suelo con el talón y vuelve a subirla sobre la cadera.</translation>
    </message>
    <message>
      <source>Keep the knee bent at the same angle all the way down and up.</source>
      <translation>Mantén la rodilla flexionada en el mismo ángulo al bajar y al subir.</translation>
    </message>
    <message>
      <source>Breathe out as the heel goes down.</source>
      <translation>Suelta el aire al bajar el talón.</translation>
    </message>
    <message>
      <source>Letting the lower back arch up as the heel goes down.</source>
      <translation>Dejar que la zona lumbar se arquee al bajar el talón.</translation>
    </message>
    <message>
      <source>Dropping the foot onto the floor instead of tapping it lightly.</source>
      <translation>Dejar caer el pie al suelo en lugar de tocarlo ligeramente.</translation>
    </message>
    <message>
      <source>Letting the other knee drift towards your chest.</source>
      <translation>Dejar que la otra rodilla se acerque al pecho.</translation>
    </message>
    <message>
      <source>Keep your knees over your hips, never drawn toward your chest, and tap only as low as is comfortable, as your surgeon or physiotherapist has advised.</source>
      <translation>Mantén las rodillas sobre la cadera, nunca las acerques al pecho, y baja el talón solo hasta donde te resulte cómodo, según te haya indicado tu cirujano o fisioterapeuta.</translation>
    </message>
    <message>
      <source>Slow dead bug</source>
      <translation>Bicho muerto lento</translation>
    </message>
    <message>
      <source>A harder dead bug: you take four seconds to reach out, hold for two seconds just above the floor, then return, so your stomach muscles keep your lower back still for longer.</source>
      <translation>Un bicho muerto más difícil: tardas cuatro segundos en estirar, mantienes dos segundos justo por encima del suelo y vuelves, de modo que los músculos abdominales mantienen quieta la zona lumbar durante más tiempo.</translation>
    </message>
    <message>
      <source>Hold the arm and leg higher if your lower back starts to arch, and stop if you feel sharp pain in your back or hips.</source>
      <translation>Mantén el brazo y la pierna más altos si la zona lumbar empieza a arquearse, y detente si sientes un dolor agudo en la espalda o la cadera.</translation>
    </message>
    <message>
      <source>Taking four seconds, lower one arm back past your head as you straighten the opposite leg.</source>
      <translation>Tardando cuatro segundos, baja un brazo hacia atrás por detrás de la cabeza mientras estiras la pierna contraria.</translation>
    </message>
    <message>
      <source>Hold both just above the floor for two seconds, only as low as your lower back stays still, then bring them back to the start.</source>
      <translation>Mantén ambos justo por encima del suelo durante dos segundos, solo tan bajos como permita la zona lumbar sin moverse; luego vuelve a la posición inicial.</translation>
    </message>
    <message>
      <source>Count steadily: four out, hold for two, then back.</source>
      <translation>Cuenta de forma regular: cuatro al estirar, mantén dos y vuelve.</translation>
    </message>
    <message>
      <source>Keep breathing through the hold.</source>
      <translation>Sigue respirando mientras mantienes.</translation>
    </message>
    <message>
      <source>Letting the lower back arch up during the hold.</source>
      <translation>Dejar que la zona lumbar se arquee mientras mantienes la posición.</translation>
    </message>
    <message>
      <source>Speeding up on the way back.</source>
      <translation>Acelerar al volver.</translation>
    </message>
    <message>
      <source>Keep your knees over your hips, never drawn toward your chest, and only try the slow version once your surgeon or physiotherapist has said straight-leg reaches are fine.</source>
      <translation>Mantén las rodillas sobre la cadera, nunca las acerques al pecho, y prueba la versión lenta solo cuando tu cirujano o fisioterapeuta te haya dicho que puedes estirar la pierna por completo.</translation>
    </message>
    <message>
      <source>Desk stretch break</source>
      <translation>Pausa de estiramientos en el escritorio</translation>
    </message>
    <message>
      <source>A five-minute break you can take at your desk: seated and standing stretches for the back and hips, no floor needed.</source>
      <translation>Una pausa de cinco minutos que puedes hacer en el escritorio: estiramientos en la silla y de pie para la espalda y la cadera, sin necesidad de suelo.</translation>
    </message>
    <message>
      <source>Daily lower back &amp; hip stretch</source>
      <translation>Estiramiento diario de zona lumbar y cadera</translation>
    </message>
    <message>
      <source>About ten minutes of floor stretches to ease the lower back and open up the hips, with pigeon and lizard in their supported versions. Move slowly and keep breathing. Most back pain settles within a few weeks; staying active helps.</source>
      <translation>Unos diez minutos de estiramientos en el suelo para aliviar la zona lumbar y abrir la cadera, con la paloma y el lagarto en sus versiones con apoyo. Muévete despacio y sigue respirando. La mayoría de los dolores de espalda mejoran en pocas semanas; mantenerse activo ayuda.</translation>
    </message>
    <message>
      <source>Lower back &amp; hip strength</source>
      <translation>Fuerza para zona lumbar y cadera</translation>
    </message>
    <message>
      <source>A short warm-up, then the six key strength moves for the lower back and hips, done in sets with rests between.</source>
      <translation>Un calentamiento corto y luego los seis ejercicios de fuerza clave para la zona lumbar y la cadera, en series con descansos entre ellas.</translation>
    </message>
    <message>
      <source>Beginner strength</source>
      <translation>Fuerza para principiantes</translation>
    </message>
    <message>
      <source>Easier versions of the strength moves with shorter holds and fewer sets. A good place to start building a stronger back and hips.</source>
      <translation>Versiones más fáciles de los ejercicios de fuerza, con menos tiempo en posición y menos series. Un buen punto de partida para fortalecer la espalda y la cadera.</translation>
    </message>
    <message>
      <source>Warm-up</source>
      <translation>Calentamiento</translation>
    </message>
    <message>
      <source>Five minutes of easy movement to warm up your hips and back before training, or whenever you feel stiff.</source>
      <translation>Cinco minutos de movimiento suave para calentar la cadera y la espalda antes de entrenar, o siempre que notes rigidez.</translation>
    </message>
    <message>
      <source>Flare-up: gentle movement</source>
      <translation>Crisis de dolor: movimiento suave</translation>
    </message>
    <message>
      <source>For a day when your back is sore: about six minutes of small, easy movement, with no strength holds. Keep moving gently; it can hurt without doing harm, and most back pain settles within a few weeks. Stop and call your emergency number if you have numbness around your genitals or bottom, new bladder or bowel trouble, or weakness in both legs (see Help → Safety notice).</source>
      <translation>Para un día en que te duele la espalda: unos seis minutos de movimientos pequeños y suaves, sin ejercicios de fuerza sostenidos. Sigue moviéndote con suavidad; puede doler sin causar daño, y la mayoría de los dolores de espalda mejoran en pocas semanas. Detente y llama al número de emergencias si tienes adormecimiento alrededor de los genitales o las nalgas, problemas nuevos para orinar o hacer de vientre, o debilidad en ambas piernas (consulta Ayuda → Aviso de seguridad).</translation>
    </message>
  </context>
  <context>
    <name>chart_base</name>
    <message>
      <source>Chart</source>
      <translation>Gráfico</translation>
    </message>
    <message>
      <source>{chart} summary</source>
      <translation>Resumen: {chart}</translation>
    </message>
  </context>
  <context>
    <name>chart_summaries</name>
    <message>
      <source>{name}, left side</source>
      <translation>{name}, lado izquierdo</translation>
    </message>
    <message>
      <source>{name}, right side</source>
      <translation>{name}, lado derecho</translation>
    </message>
    <message numerus="yes">
      <source>%n week(s)</source>
      <translation>
        <numerusform>%n semana</numerusform>
        <numerusform>%n semanas</numerusform>
      </translation>
    </message>
    <message>
      <source>No weeks to show yet.</source>
      <translation>Aún no hay semanas que mostrar.</translation>
    </message>
    <message>
      <source>Strength goal {goal} a week, met in {strength_met} of {weeks}; stretching goal {stretch_goal} a week, met in {stretch_met} of {weeks}.</source>
      <translation>Objetivo de fuerza: {goal} por semana, cumplido en {strength_met} de {weeks}; objetivo de estiramiento: {stretch_goal} por semana, cumplido en {stretch_met} de {weeks}.</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n día</numerusform>
        <numerusform>%n días</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skip day(s)</source>
      <translation>
        <numerusform>%n día libre</numerusform>
        <numerusform>%n días libres</numerusform>
      </translation>
    </message>
    <message>
      <source>Since {date}: no active days yet; {skip_days}.</source>
      <translation>Desde el {date}: aún no hay días con actividad; {skip_days}.</translation>
    </message>
    <message>
      <source>Since {date}: no active days yet.</source>
      <translation>Desde el {date}: aún no hay días con actividad.</translation>
    </message>
    <message>
      <source>Since {date}: active on {days}, {minutes} in all; active on {recent} of the last 7 days; {skip_days}.</source>
      <translation>Desde el {date}: actividad en {days}, {minutes} en total; actividad en {recent} de los últimos 7 días; {skip_days}.</translation>
    </message>
    <message>
      <source>Since {date}: active on {days}, {minutes} in all; active on {recent} of the last 7 days.</source>
      <translation>Desde el {date}: actividad en {days}, {minutes} en total; actividad en {recent} de los últimos 7 días.</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minuto</numerusform>
        <numerusform>%n minutos</numerusform>
      </translation>
    </message>
    <message>
      <source>No habit strength to show yet.</source>
      <translation>Aún no hay datos de solidez del hábito.</translation>
    </message>
    <message>
      <source>strength {strength} %, stretching {stretch} %</source>
      <translation>fuerza {strength} %, estiramiento {stretch} %</translation>
    </message>
    <message>
      <source>strength {strength} %</source>
      <translation>fuerza {strength} %</translation>
    </message>
    <message>
      <source>stretching {stretch} %</source>
      <translation>estiramiento {stretch} %</translation>
    </message>
    <message>
      <source>Habit strength now: {now}. At the start of the range, {date}: {then}.</source>
      <translation>Solidez del hábito ahora: {now}. Al inicio del periodo, el {date}: {then}.</translation>
    </message>
    <message>
      <source>{subject}: no holds in these weeks.</source>
      <translation>{subject}: sin tiempos en posición en estas semanas.</translation>
    </message>
    <message>
      <source>{subject}: best hold {best} s, average {average} s in the week of {date}, from {first} s in the first week shown.</source>
      <translation>{subject}: mejor tiempo en posición {best} s, media {average} s en la semana del {date}, frente a {first} s en la primera semana mostrada.</translation>
    </message>
    <message>
      <source>{subject}: best hold {best} s, average {average} s in the week of {date}.</source>
      <translation>{subject}: mejor tiempo en posición {best} s, media {average} s en la semana del {date}.</translation>
    </message>
    <message>
      <source>{name}: no timed holds yet.</source>
      <translation>{name}: aún no hay tiempos en posición cronometrados.</translation>
    </message>
    <message>
      <source>No pain ratings in these weeks.</source>
      <translation>No hay valoraciones del dolor en estas semanas.</translation>
    </message>
    <message>
      <source>no rating</source>
      <translation>sin valoración</translation>
    </message>
    <message>
      <source>This week, average pain out of 10: {values}. Latest rating {latest}.</source>
      <translation>Esta semana, dolor medio sobre 10: {values}. Última valoración: {latest}.</translation>
    </message>
    <message numerus="yes">
      <source>This week: %n session(s).</source>
      <translation>
        <numerusform>Esta semana: %n sesión.</numerusform>
        <numerusform>Esta semana: %n sesiones.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Last %n week(s), average pain out of 10, oldest first: {values}. Latest rating {latest}.</source>
      <translation>
        <numerusform>Última %n semana, dolor medio sobre 10, de la más antigua a la más reciente: {values}. Última valoración: {latest}.</numerusform>
        <numerusform>Últimas %n semanas, dolor medio sobre 10, de la más antigua a la más reciente: {values}. Última valoración: {latest}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Last %n week(s): {counts} sessions, oldest first.</source>
      <translation>
        <numerusform>Última %n semana: {counts} sesiones, de la más antigua a la más reciente.</numerusform>
        <numerusform>Últimas %n semanas: {counts} sesiones, de la más antigua a la más reciente.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>clock_label</name>
    <message>
      <source>Time</source>
      <translation>Tiempo</translation>
    </message>
  </context>
  <context>
    <name>confirm_stop</name>
    <message>
      <source>Stop the routine?</source>
      <translation>¿Detener la rutina?</translation>
    </message>
    <message>
      <source>Stop the routine now?</source>
      <translation>¿Detener la rutina ahora?</translation>
    </message>
    <message>
      <source>What you have done so far is kept in your history.</source>
      <translation>Lo que has hecho hasta ahora se guarda en tu historial.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Detener</translation>
    </message>
    <message>
      <source>Keep going</source>
      <translation>Continuar</translation>
    </message>
  </context>
  <context>
    <name>counting</name>
    <message>
      <source>sessions count toward Progress once at least half is done</source>
      <translation>las sesiones cuentan en Progreso cuando se ha hecho al menos la mitad</translation>
    </message>
  </context>
  <context>
    <name>custom_exercise</name>
    <message>
      <source>Move slowly and keep breathing.</source>
      <translation>Muévete despacio y sigue respirando.</translation>
    </message>
    <message>
      <source>Pushing on into pain.</source>
      <translation>Seguir adelante a pesar del dolor.</translation>
    </message>
    <message>
      <source>Stop if it hurts, and ask a health professional if pain keeps coming back.</source>
      <translation>Detente si te duele y consulta a un profesional de la salud si el dolor vuelve una y otra vez.</translation>
    </message>
    <message>
      <source>Easier</source>
      <translation>Más fácil</translation>
    </message>
    <message>
      <source>Do less: a smaller range, a shorter hold or fewer reps.</source>
      <translation>Haz menos: un recorrido más corto, menos tiempo en posición o menos repeticiones.</translation>
    </message>
    <message>
      <source>Harder</source>
      <translation>Más difícil</translation>
    </message>
    <message>
      <source>Do more: a bigger range, a longer hold or more reps.</source>
      <translation>Haz más: un recorrido más amplio, más tiempo en posición o más repeticiones.</translation>
    </message>
    <message>
      <source>Give the exercise a name.</source>
      <translation>Ponle un nombre al ejercicio.</translation>
    </message>
    <message numerus="yes">
      <source>Use at most %n character(s) for the name.</source>
      <translation>
        <numerusform>El nombre puede tener como máximo %n carácter.</numerusform>
        <numerusform>El nombre puede tener como máximo %n caracteres.</numerusform>
      </translation>
    </message>
    <message>
      <source>An exercise called “{name}” already exists.</source>
      <translation>Ya existe un ejercicio llamado «{name}».</translation>
    </message>
    <message>
      <source>Write at least one line on how to do it.</source>
      <translation>Escribe al menos una línea sobre cómo hacerlo.</translation>
    </message>
    <message>
      <source>Tick at least one position (floor, chair or standing).</source>
      <translation>Marca al menos una posición (suelo, silla o de pie).</translation>
    </message>
    <message>
      <source>Repetitions must be at least 1.</source>
      <translation>Las repeticiones deben ser al menos 1.</translation>
    </message>
    <message>
      <source>A hold must last at least 1 second.</source>
      <translation>El tiempo en posición debe ser de al menos 1 segundo.</translation>
    </message>
  </context>
  <context>
    <name>custom_exercise_actions</name>
    <message>
      <source>Exercise not saved</source>
      <translation>Ejercicio no guardado</translation>
    </message>
    <message>
      <source>Exercise in use</source>
      <translation>Ejercicio en uso</translation>
    </message>
    <message>
      <source>“{name}” is a step of this routine. Remove that step first.</source>
      <translation>«{name}» es un paso de esta rutina. Quita primero ese paso.</translation>
    </message>
    <message>
      <source>Your own exercise and its picture.</source>
      <translation>Tu propio ejercicio y su imagen.</translation>
    </message>
    <message>
      <source>Exercise not deleted</source>
      <translation>Ejercicio no eliminado</translation>
    </message>
  </context>
  <context>
    <name>custom_exercise_dialog</name>
    <message>
      <source>a name</source>
      <translation>un nombre</translation>
    </message>
    <message>
      <source>how to do it</source>
      <translation>cómo hacerlo</translation>
    </message>
    <message>
      <source>a position</source>
      <translation>una posición</translation>
    </message>
    <message>
      <source>a dose of at least 1</source>
      <translation>una dosis de al menos 1</translation>
    </message>
    <message>
      <source>Position: floor</source>
      <translation>Posición: suelo</translation>
    </message>
    <message>
      <source>Can be done on the floor</source>
      <translation>Se puede hacer en el suelo</translation>
    </message>
    <message>
      <source>Position: chair</source>
      <translation>Posición: silla</translation>
    </message>
    <message>
      <source>Can be done in a chair</source>
      <translation>Se puede hacer en una silla</translation>
    </message>
    <message>
      <source>Position: standing</source>
      <translation>Posición: de pie</translation>
    </message>
    <message>
      <source>Can be done standing up</source>
      <translation>Se puede hacer de pie</translation>
    </message>
    <message>
      <source>Pictures ({patterns})</source>
      <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
      <source>No picture</source>
      <translation>Sin imagen</translation>
    </message>
    <message>
      <source>Choose a picture</source>
      <translation>Elige una imagen</translation>
    </message>
    <message>
      <source>Change your exercise</source>
      <translation>Cambiar tu ejercicio</translation>
    </message>
    <message>
      <source>New exercise</source>
      <translation>Nuevo ejercicio</translation>
    </message>
    <message>
      <source>Exercise name</source>
      <translation>Nombre del ejercicio</translation>
    </message>
    <message>
      <source>A short name, shown in routines and the player</source>
      <translation>Un nombre corto, que aparece en las rutinas y en el reproductor</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Strength, stretch or warm-up</source>
      <translation>Fuerza, estiramiento o calentamiento</translation>
    </message>
    <message>
      <source>One instruction per line</source>
      <translation>Una instrucción por línea</translation>
    </message>
    <message>
      <source>Instructions</source>
      <translation>Instrucciones</translation>
    </message>
    <message>
      <source>How to do it, one step per line</source>
      <translation>Cómo hacerlo, un paso por línea</translation>
    </message>
    <message>
      <source>Done on each side</source>
      <translation>Se hace en cada lado</translation>
    </message>
    <message>
      <source>Per side</source>
      <translation>Por lado</translation>
    </message>
    <message>
      <source>Left, then right</source>
      <translation>Izquierda y luego derecha</translation>
    </message>
    <message>
      <source>Usual mode</source>
      <translation>Modo habitual</translation>
    </message>
    <message>
      <source>Timed hold, repetitions, or a hold you end yourself</source>
      <translation>Tiempo en posición cronometrado, repeticiones o un tiempo en posición que terminas tú</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>Usual duration</source>
      <translation>Duración habitual</translation>
    </message>
    <message>
      <source>How long one hold usually lasts</source>
      <translation>Cuánto dura normalmente un tiempo en posición</translation>
    </message>
    <message>
      <source> reps</source>
      <translation> rep.</translation>
    </message>
    <message>
      <source>Usual repetitions</source>
      <translation>Repeticiones habituales</translation>
    </message>
    <message>
      <source>Repetitions in one set</source>
      <translation>Repeticiones en una serie</translation>
    </message>
    <message>
      <source>C&amp;hoose picture…</source>
      <translation>&amp;Elegir imagen…</translation>
    </message>
    <message>
      <source>Choose picture</source>
      <translation>Elegir imagen</translation>
    </message>
    <message>
      <source>A PNG, JPEG, GIF or SVG of at most 2 MB</source>
      <translation>Un PNG, JPEG, GIF o SVG de 2 MB como máximo</translation>
    </message>
    <message>
      <source>No pict&amp;ure</source>
      <translation>Sin i&amp;magen</translation>
    </message>
    <message>
      <source>Remove picture</source>
      <translation>Quitar imagen</translation>
    </message>
    <message>
      <source>Show no picture for this exercise</source>
      <translation>No mostrar ninguna imagen para este ejercicio</translation>
    </message>
    <message>
      <source>Usual &amp;dose:</source>
      <translation>&amp;Dosis habitual:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Tipo:</translation>
    </message>
    <message>
      <source>&amp;Instructions:</source>
      <translation>&amp;Instrucciones:</translation>
    </message>
    <message>
      <source>Positions:</source>
      <translation>Posiciones:</translation>
    </message>
    <message>
      <source>Picture:</source>
      <translation>Imagen:</translation>
    </message>
    <message>
      <source>another name</source>
      <translation>otro nombre</translation>
    </message>
    <message>
      <source>To save, still needed: {items}</source>
      <translation>Para guardar, aún falta: {items}</translation>
    </message>
    <message>
      <source>Save the exercise</source>
      <translation>Guardar el ejercicio</translation>
    </message>
  </context>
  <context>
    <name>data_folder_controller</name>
    <message>
      <source>No computer has written here yet.</source>
      <translation>Ningún equipo ha escrito aquí todavía.</translation>
    </message>
    <message>
      <source>The list of computers could not be read: {error}</source>
      <translation>No se pudo leer la lista de equipos: {error}</translation>
    </message>
    <message>
      <source>{folder} is already the data folder in use. Nothing was changed.</source>
      <translation>{folder} ya es la carpeta de datos en uso. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>{folder} is already the data folder chosen for the next start. Nothing was changed.</source>
      <translation>{folder} ya es la carpeta de datos elegida para el próximo inicio. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>{folder} could not be used: {reason}.</source>
      <translation>No se pudo usar {folder}: {reason}.</translation>
    </message>
    <message>
      <source>{error} Nothing was changed.</source>
      <translation>{error} No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>Back to {folder}, the folder in use: no restart needed.</source>
      <translation>De vuelta a {folder}, la carpeta en uso: no hace falta reiniciar.</translation>
    </message>
    <message>
      <source>This computer's data was copied to {folder}. LBH Desktop uses that folder once it restarts.</source>
      <translation>Los datos de este equipo se han copiado en {folder}. LBH Desktop usará esa carpeta cuando se reinicie.</translation>
    </message>
  </context>
  <context>
    <name>data_folder_tab</name>
    <message>
      <source>To share your history and routines between computers, choose a folder inside one that Syncthing, Nextcloud or Dropbox keeps in sync, and choose the same folder on each computer. Each computer writes only its own files there, so none overwrites another's; the conflict copies those tools sometimes make are read and merged. The computers may run LBH Desktop at the same time. Settings such as sounds and breaks stay separate on each computer.</source>
      <translation>Para compartir tu historial y tus rutinas entre equipos, elige una carpeta dentro de otra que Syncthing, Nextcloud o Dropbox mantengan sincronizada, y elige la misma carpeta en cada equipo. Cada equipo escribe allí solo sus propios archivos, así que ninguno sobrescribe los de otro; las copias en conflicto que a veces crean esas herramientas se leen y se combinan. Los equipos pueden usar LBH Desktop a la vez. La configuración, como los sonidos y las pausas, es independiente en cada equipo.</translation>
    </message>
    <message>
      <source>Choosing a folder copies this computer's data there at once (OK and Cancel do not undo it); LBH Desktop uses the new folder after a restart.</source>
      <translation>Al elegir una carpeta, los datos de este equipo se copian allí de inmediato (Aceptar y Cancelar no lo deshacen); LBH Desktop usa la nueva carpeta después de reiniciarse.</translation>
    </message>
    <message>
      <source>&amp;Copy the whole path</source>
      <translation>&amp;Copiar la ruta completa</translation>
    </message>
    <message>
      <source>Data folder in use</source>
      <translation>Carpeta de datos en uso</translation>
    </message>
    <message>
      <source>Folder &amp;in use:</source>
      <translation>Carpeta &amp;en uso:</translation>
    </message>
    <message>
      <source>&amp;Choose folder…</source>
      <translation>Ele&amp;gir carpeta…</translation>
    </message>
    <message>
      <source>Choose folder</source>
      <translation>Elegir carpeta</translation>
    </message>
    <message>
      <source>Use another folder, such as one inside a synced folder</source>
      <translation>Usar otra carpeta, por ejemplo una dentro de una carpeta sincronizada</translation>
    </message>
    <message>
      <source>&amp;Use the default folder</source>
      <translation>&amp;Usar la carpeta predeterminada</translation>
    </message>
    <message>
      <source>Use the default folder</source>
      <translation>Usar la carpeta predeterminada</translation>
    </message>
    <message>
      <source>Go back to the app's own folder</source>
      <translation>Volver a la carpeta propia de la aplicación</translation>
    </message>
    <message>
      <source>Data folder message</source>
      <translation>Mensaje sobre la carpeta de datos</translation>
    </message>
    <message>
      <source>Restart &amp;now</source>
      <translation>Reiniciar a&amp;hora</translation>
    </message>
    <message>
      <source>Restart now</source>
      <translation>Reiniciar ahora</translation>
    </message>
    <message>
      <source>Close LBH Desktop and start it again with the new folder</source>
      <translation>Cerrar LBH Desktop y volver a abrirlo con la nueva carpeta</translation>
    </message>
    <message>
      <source>Computers that use this folder</source>
      <translation>Equipos que usan esta carpeta</translation>
    </message>
    <message>
      <source>Each computer that has written to this folder, and when it last did</source>
      <translation>Cada equipo que ha escrito en esta carpeta y cuándo lo hizo por última vez</translation>
    </message>
    <message>
      <source>Co&amp;mputers that use this folder:</source>
      <translation>E&amp;quipos que usan esta carpeta:</translation>
    </message>
    <message>
      <source>Choose the data folder</source>
      <translation>Elige la carpeta de datos</translation>
    </message>
  </context>
  <context>
    <name>devices</name>
    <message>
      <source>{name} (this computer)</source>
      <translation>{name} (este equipo)</translation>
    </message>
    <message>
      <source>nothing written yet</source>
      <translation>aún no ha escrito nada</translation>
    </message>
    <message>
      <source>last change today {time}</source>
      <translation>último cambio hoy a las {time}</translation>
    </message>
    <message>
      <source>last change yesterday {time}</source>
      <translation>último cambio ayer a las {time}</translation>
    </message>
    <message>
      <source>last change {date}</source>
      <translation>último cambio el {date}</translation>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n sesión</numerusform>
        <numerusform>%n sesiones</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>do_not_disturb</name>
    <message>
      <source>do not disturb is on</source>
      <translation>el modo No molestar</translation>
    </message>
    <message>
      <source>a full-screen window</source>
      <translation>una ventana a pantalla completa</translation>
    </message>
    <message>
      <source>the notification server's do not disturb</source>
      <translation>el modo No molestar del servidor de notificaciones</translation>
    </message>
    <message>
      <source>dunst's pause (dunstctl set-paused)</source>
      <translation>la pausa de dunst (dunstctl set-paused)</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation>{first} o {second}</translation>
    </message>
    <message>
      <source>full-screen windows ({error})</source>
      <translation>ventanas a pantalla completa ({error})</translation>
    </message>
    <message>
      <source>full-screen windows (X11)</source>
      <translation>ventanas a pantalla completa (X11)</translation>
    </message>
    <message>
      <source>do not disturb (Qt D-Bus support is missing: {error})</source>
      <translation>No molestar (falta la compatibilidad de Qt con D-Bus: {error})</translation>
    </message>
    <message>
      <source>do not disturb (no D-Bus session bus)</source>
      <translation>No molestar (no hay bus de sesión de D-Bus)</translation>
    </message>
    <message>
      <source>do not disturb ({flags})</source>
      <translation>No molestar ({flags})</translation>
    </message>
    <message>
      <source>nothing on this desktop</source>
      <translation>nada en este escritorio</translation>
    </message>
    <message>
      <source>Follows {followed}.</source>
      <translation>Tiene en cuenta: {followed}.</translation>
    </message>
    <message>
      <source>Follows {followed}. Not available: {missing}.</source>
      <translation>Tiene en cuenta: {followed}. No disponible: {missing}.</translation>
    </message>
  </context>
  <context>
    <name>editor_controller</name>
    <message>
      <source>Change mode</source>
      <translation>Cambiar modo</translation>
    </message>
    <message>
      <source>Change seconds</source>
      <translation>Cambiar segundos</translation>
    </message>
    <message>
      <source>Change reps</source>
      <translation>Cambiar repeticiones</translation>
    </message>
    <message>
      <source>Change sets</source>
      <translation>Cambiar series</translation>
    </message>
    <message>
      <source>Change rest between sets</source>
      <translation>Cambiar descanso entre series</translation>
    </message>
    <message>
      <source>Change rest after</source>
      <translation>Cambiar descanso después</translation>
    </message>
    <message>
      <source>Change per side</source>
      <translation>Cambiar por lado</translation>
    </message>
    <message>
      <source>Change variation</source>
      <translation>Cambiar variante</translation>
    </message>
    <message>
      <source>Change name</source>
      <translation>Cambiar nombre</translation>
    </message>
    <message>
      <source>Change kind</source>
      <translation>Cambiar tipo</translation>
    </message>
    <message>
      <source>Change level</source>
      <translation>Cambiar nivel</translation>
    </message>
    <message>
      <source>Change description</source>
      <translation>Cambiar descripción</translation>
    </message>
    <message>
      <source>New routine</source>
      <translation>Nueva rutina</translation>
    </message>
    <message>
      <source>Edit routine</source>
      <translation>Editar rutina</translation>
    </message>
    <message>
      <source>Can't save yet</source>
      <translation>Aún no se puede guardar</translation>
    </message>
    <message>
      <source>Fix the marked problems first.</source>
      <translation>Corrige primero los problemas marcados.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>No se ha guardado</translation>
    </message>
    <message>
      <source>Add {name}</source>
      <translation>Añadir {name}</translation>
    </message>
    <message>
      <source>Use {name}</source>
      <translation>Usar {name}</translation>
    </message>
    <message>
      <source>Remove step</source>
      <translation>Quitar paso</translation>
    </message>
    <message>
      <source>Move step</source>
      <translation>Mover paso</translation>
    </message>
  </context>
  <context>
    <name>editor_dialogs</name>
    <message>
      <source>Unsaved changes</source>
      <translation>Cambios sin guardar</translation>
    </message>
    <message>
      <source>Save the changes to “{name}”?</source>
      <translation>¿Guardar los cambios de «{name}»?</translation>
    </message>
    <message>
      <source>If you don't save, your changes are lost.</source>
      <translation>Si no guardas, se perderán los cambios.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Discard changes</source>
      <translation>Descartar cambios</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>Seguir editando</translation>
    </message>
    <message>
      <source>Delete “{name}”?</source>
      <translation>¿Eliminar «{name}»?</translation>
    </message>
    <message>
      <source>Delete?</source>
      <translation>¿Eliminar?</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Conservar</translation>
    </message>
  </context>
  <context>
    <name>editor_picker</name>
    <message>
      <source>your own</source>
      <translation>creado por ti</translation>
    </message>
    <message>
      <source>a version of {name}</source>
      <translation>una versión de {name}</translation>
    </message>
  </context>
  <context>
    <name>editor_validation</name>
    <message>
      <source>Add at least one step.</source>
      <translation>Añade al menos un paso.</translation>
    </message>
    <message>
      <source>Unknown move “{id}”: pick another one.</source>
      <translation>Ejercicio desconocido «{id}»: elige otro.</translation>
    </message>
    <message>
      <source>Do at least 1 repetition.</source>
      <translation>Haz al menos 1 repetición.</translation>
    </message>
    <message>
      <source>A hold must last at least 1 second.</source>
      <translation>El tiempo en posición debe ser de al menos 1 segundo.</translation>
    </message>
    <message>
      <source>A hold of {time} is unusually long.</source>
      <translation>Un tiempo en posición de {time} es inusualmente largo.</translation>
    </message>
    <message>
      <source>Do at least 1 set.</source>
      <translation>Haz al menos 1 serie.</translation>
    </message>
    <message>
      <source>A rest can't be negative.</source>
      <translation>El descanso no puede ser negativo.</translation>
    </message>
    <message>
      <source>A rest of {time} is unusually long.</source>
      <translation>Un descanso de {time} es inusualmente largo.</translation>
    </message>
    <message>
      <source>Fix the marked problems to save.</source>
      <translation>Corrige los problemas marcados para poder guardar.</translation>
    </message>
    <message>
      <source>Unsaved changes.</source>
      <translation>Cambios sin guardar.</translation>
    </message>
    <message>
      <source>No changes yet.</source>
      <translation>Aún no hay cambios.</translation>
    </message>
    <message>
      <source>Give the routine a name.</source>
      <translation>Ponle un nombre a la rutina.</translation>
    </message>
    <message numerus="yes">
      <source>Use at most %n character(s) for the name.</source>
      <translation>
        <numerusform>El nombre puede tener como máximo %n carácter.</numerusform>
        <numerusform>El nombre puede tener como máximo %n caracteres.</numerusform>
      </translation>
    </message>
    <message>
      <source>A routine called “{name}” already exists.</source>
      <translation>Ya existe una rutina llamada «{name}».</translation>
    </message>
    <message>
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message numerus="yes">
      <source>%n set(s) is more than usual (most moves use 1–3).</source>
      <translation>
        <numerusform>%n serie es más de lo habitual (la mayoría de los ejercicios usan 1–3).</numerusform>
        <numerusform>%n series son más de lo habitual (la mayoría de los ejercicios usan 1–3).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n repetition(s) is a lot; is that right?</source>
      <translation>
        <numerusform>%n repetición es mucho; ¿es correcto?</numerusform>
        <numerusform>%n repeticiones son muchas; ¿es correcto?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>editor_view</name>
    <message>
      <source>Routine name</source>
      <translation>Nombre de la rutina</translation>
    </message>
    <message>
      <source>The routine's name, as the library shows it</source>
      <translation>El nombre de la rutina, tal como aparece en la biblioteca</translation>
    </message>
    <message>
      <source>Routine kind</source>
      <translation>Tipo de rutina</translation>
    </message>
    <message>
      <source>Strength, stretch, warm-up or desk break</source>
      <translation>Fuerza, estiramiento, calentamiento o pausa en el escritorio</translation>
    </message>
    <message>
      <source>Routine level</source>
      <translation>Nivel de la rutina</translation>
    </message>
    <message>
      <source>Who the routine is for</source>
      <translation>Para quién es la rutina</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <source>A line about the routine (optional)</source>
      <translation>Una línea sobre la rutina (opcional)</translation>
    </message>
    <message>
      <source>Total duration</source>
      <translation>Duración total</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Pasos</translation>
    </message>
    <message>
      <source>Drag to reorder, or Alt+Up / Alt+Down; Delete removes</source>
      <translation>Arrastra para reordenar, o usa Alt+Up / Alt+Down; Delete quita el paso</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Quitar</translation>
    </message>
    <message>
      <source>Remove the selected step (Delete)</source>
      <translation>Quitar el paso seleccionado (Delete)</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <source>Move the selected step up (Alt+Up)</source>
      <translation>Subir el paso seleccionado (Alt+Up)</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <source>Move the selected step down (Alt+Down)</source>
      <translation>Bajar el paso seleccionado (Alt+Down)</translation>
    </message>
    <message>
      <source>Add &amp;moves…</source>
      <translation>Añadir &amp;ejercicios…</translation>
    </message>
    <message>
      <source>Find moves to add (Ctrl+F)</source>
      <translation>Buscar ejercicios para añadir (Ctrl+F)</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Paso</translation>
    </message>
    <message>
      <source>Add moves</source>
      <translation>Añadir ejercicios</translation>
    </message>
    <message>
      <source>Step details and moves</source>
      <translation>Detalles del paso y ejercicios</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <source>Undo the last change (Ctrl+Z)</source>
      <translation>Deshacer el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rehacer</translation>
    </message>
    <message>
      <source>Redo what was undone (Ctrl+Shift+Z)</source>
      <translation>Rehacer lo que se deshizo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Back to the routines; asks about unsaved changes</source>
      <translation>Volver a las rutinas; pregunta si hay cambios sin guardar</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <source>Save the routine and go back to the routines (Ctrl+S)</source>
      <translation>Guardar la rutina y volver a las rutinas (Ctrl+S)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Tipo:</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>Ni&amp;vel:</translation>
    </message>
    <message>
      <source>Description:</source>
      <translation>Descripción:</translation>
    </message>
    <message>
      <source>S&amp;teps:</source>
      <translation>&amp;Pasos:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Move step up</source>
      <translation>Subir paso</translation>
    </message>
    <message>
      <source>Move step down</source>
      <translation>Bajar paso</translation>
    </message>
    <message>
      <source>Find moves</source>
      <translation>Buscar ejercicios</translation>
    </message>
    <message>
      <source>Change move</source>
      <translation>Cambiar ejercicio</translation>
    </message>
    <message>
      <source>Remove step</source>
      <translation>Quitar paso</translation>
    </message>
  </context>
  <context>
    <name>editor_wiring</name>
    <message>
      <source>Read-only routine</source>
      <translation>Rutina de solo lectura</translation>
    </message>
    <message>
      <source>Built-in routines can't be changed. Duplicate it (Ctrl+D) and change the copy.</source>
      <translation>Las rutinas incluidas no se pueden cambiar. Duplícala (Ctrl+D) y cambia la copia.</translation>
    </message>
    <message>
      <source>Not duplicated</source>
      <translation>No se ha duplicado</translation>
    </message>
    <message>
      <source>“Restore built-ins” brings it back.</source>
      <translation>«Restaurar rutinas incluidas» la recupera.</translation>
    </message>
    <message>
      <source>This can't be undone. Sessions you did with it stay in your history.</source>
      <translation>Esto no se puede deshacer. Las sesiones que hiciste con ella se quedan en tu historial.</translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>No se ha eliminado</translation>
    </message>
    <message>
      <source>Not restored</source>
      <translation>No se ha restaurado</translation>
    </message>
    <message>
      <source>Restored: {names}. Your own routines were not changed.</source>
      <translation>Restauradas: {names}. Tus propias rutinas no han cambiado.</translation>
    </message>
    <message>
      <source>All built-in routines are already there, unchanged.</source>
      <translation>Todas las rutinas incluidas ya están, sin cambios.</translation>
    </message>
    <message>
      <source>Restore built-ins</source>
      <translation>Restaurar rutinas incluidas</translation>
    </message>
  </context>
  <context>
    <name>empty_library</name>
    <message>
      <source>Show the routines of every kind</source>
      <translation>Mostrar las rutinas de todos los tipos</translation>
    </message>
    <message>
      <source>Open the editor on a new routine (Ctrl+N)</source>
      <translation>Abrir el editor con una rutina nueva (Ctrl+N)</translation>
    </message>
  </context>
  <context>
    <name>exercise_picker</name>
    <message>
      <source>Search moves</source>
      <translation>Buscar ejercicios</translation>
    </message>
    <message>
      <source>Words from a move's name, description or muscles (Ctrl+F)</source>
      <translation>Palabras del nombre, la descripción o los músculos de un ejercicio (Ctrl+F)</translation>
    </message>
    <message>
      <source>Filter by kind</source>
      <translation>Filtrar por tipo</translation>
    </message>
    <message>
      <source>Only strength, stretch or warm-up moves</source>
      <translation>Solo ejercicios de fuerza, estiramiento o calentamiento</translation>
    </message>
    <message>
      <source>Any kind</source>
      <translation>Cualquier tipo</translation>
    </message>
    <message>
      <source>Filter by position</source>
      <translation>Filtrar por posición</translation>
    </message>
    <message>
      <source>Only moves done in this position</source>
      <translation>Solo ejercicios que se hacen en esta posición</translation>
    </message>
    <message>
      <source>Any position</source>
      <translation>Cualquier posición</translation>
    </message>
    <message>
      <source>Filter by muscles</source>
      <translation>Filtrar por músculos</translation>
    </message>
    <message>
      <source>Only moves that work these muscles</source>
      <translation>Solo ejercicios que trabajan estos músculos</translation>
    </message>
    <message>
      <source>Any muscles</source>
      <translation>Cualquier músculo</translation>
    </message>
    <message>
      <source>Filter by equipment</source>
      <translation>Filtrar por material</translation>
    </message>
    <message>
      <source>Only moves that use this</source>
      <translation>Solo ejercicios que usan este material</translation>
    </message>
    <message>
      <source>Any equipment</source>
      <translation>Cualquier material</translation>
    </message>
    <message>
      <source>Moves</source>
      <translation>Ejercicios</translation>
    </message>
    <message>
      <source>Moves that match the filters; Enter adds the chosen one</source>
      <translation>Ejercicios que cumplen los filtros; Enter añade el elegido</translation>
    </message>
    <message>
      <source>&amp;Add step</source>
      <translation>&amp;Añadir paso</translation>
    </message>
    <message>
      <source>Add the chosen move after the selected step (Enter)</source>
      <translation>Añadir el ejercicio elegido después del paso seleccionado (Enter)</translation>
    </message>
    <message>
      <source>&amp;Use in step</source>
      <translation>&amp;Usar en el paso</translation>
    </message>
    <message>
      <source>Use the chosen move in the selected step</source>
      <translation>Usar el ejercicio elegido en el paso seleccionado</translation>
    </message>
    <message>
      <source>Ne&amp;w exercise…</source>
      <translation>Nuevo e&amp;jercicio…</translation>
    </message>
    <message>
      <source>Make your own exercise</source>
      <translation>Crear tu propio ejercicio</translation>
    </message>
    <message>
      <source>Chan&amp;ge exercise…</source>
      <translation>&amp;Cambiar ejercicio…</translation>
    </message>
    <message>
      <source>Change one of your own exercises</source>
      <translation>Cambiar uno de tus propios ejercicios</translation>
    </message>
    <message>
      <source>Delete e&amp;xercise</source>
      <translation>Eli&amp;minar ejercicio</translation>
    </message>
    <message>
      <source>Delete one of your own exercises</source>
      <translation>Eliminar uno de tus propios ejercicios</translation>
    </message>
    <message>
      <source>Fin&amp;d:</source>
      <translation>&amp;Buscar:</translation>
    </message>
    <message>
      <source>No equipment</source>
      <translation>Sin material</translation>
    </message>
    <message>
      <source>No move matches.</source>
      <translation>Ningún ejercicio coincide.</translation>
    </message>
    <message numerus="yes">
      <source>%n move(s)</source>
      <translation>
        <numerusform>%n ejercicio</numerusform>
        <numerusform>%n ejercicios</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>file_loading</name>
    <message>
      <source>{file} was restored from the backup of {date}.</source>
      <translation>{file} se ha restaurado a partir de la copia de seguridad del {date}.</translation>
    </message>
    <message>
      <source>A file another computer wrote could not be used and was skipped: {path} ({reason}). That computer will write it again.</source>
      <translation>No se pudo usar un archivo que escribió otro equipo y se ha omitido: {path} ({reason}). Ese equipo lo volverá a escribir.</translation>
    </message>
    <message>
      <source>Your file {path} could not be used ({reason}) or moved aside ({error}).</source>
      <translation>No se pudo usar tu archivo {path} ({reason}) ni apartarlo ({error}).</translation>
    </message>
    <message>
      <source>Your history file could not be used: {file} ({reason}). It was moved to {path} so nothing is lost; the rest of your history is shown.</source>
      <translation>No se pudo usar tu archivo de historial: {file} ({reason}). Se ha movido a {path} para que no se pierda nada; se muestra el resto de tu historial.</translation>
    </message>
  </context>
  <context>
    <name>folder_move</name>
    <message>
      <source>{folder} can't be used as the data folder: {problem}.</source>
      <translation>{folder} no se puede usar como carpeta de datos: {problem}.</translation>
    </message>
    <message>
      <source>Your data could not be copied to {folder}: {error}.</source>
      <translation>No se pudieron copiar tus datos en {folder}: {error}.</translation>
    </message>
    <message>
      <source>it does not exist</source>
      <translation>no existe</translation>
    </message>
    <message>
      <source>it is a file, not a folder</source>
      <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
      <source>LBH Desktop is not allowed to write there</source>
      <translation>LBH Desktop no tiene permiso para escribir ahí</translation>
    </message>
  </context>
  <context>
    <name>folder_state</name>
    <message>
      <source>The history of {computer} was written by a newer LBH Desktop and is not shown. Install the newer version here too to see it.</source>
      <translation>El historial de {computer} lo escribió una versión más reciente de LBH Desktop y no se muestra. Instala también aquí la versión más reciente para verlo.</translation>
    </message>
  </context>
  <context>
    <name>history_store</name>
    <message>
      <source>A session in {path} could not be read and is left out ({error}); the file keeps it.</source>
      <translation>No se pudo leer una sesión de {path} y se ha dejado fuera ({error}); el archivo la conserva.</translation>
    </message>
  </context>
  <context>
    <name>hold_chart</name>
    <message>
      <source>best {best} s, average {average} s</source>
      <translation>mejor {best} s, media {average} s</translation>
    </message>
    <message>
      <source>left best {best} s, average {average} s</source>
      <translation>lado izquierdo, mejor {best} s, media {average} s</translation>
    </message>
    <message>
      <source>right best {best} s, average {average} s</source>
      <translation>lado derecho, mejor {best} s, media {average} s</translation>
    </message>
    <message>
      <source>Best</source>
      <translation>Mejor</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>Media</translation>
    </message>
    <message>
      <source>Left best</source>
      <translation>Mejor (izquierdo)</translation>
    </message>
    <message>
      <source>Left average</source>
      <translation>Media (izquierdo)</translation>
    </message>
    <message>
      <source>Right best</source>
      <translation>Mejor (derecho)</translation>
    </message>
    <message>
      <source>Right average</source>
      <translation>Media (derecho)</translation>
    </message>
    <message>
      <source>{week}: {holds}</source>
      <translation>{week}: {holds}</translation>
    </message>
    <message>
      <source>Your timed holds: the longest and the average hold each week.</source>
      <translation>Tus tiempos en posición cronometrados: el más largo y la media de cada semana.</translation>
    </message>
    <message>
      <source>Exercise</source>
      <translation>Ejercicio</translation>
    </message>
    <message>
      <source>The timed hold to chart</source>
      <translation>El ejercicio con tiempo en posición que se muestra en el gráfico</translation>
    </message>
    <message>
      <source>&amp;Exercise:</source>
      <translation>&amp;Ejercicio:</translation>
    </message>
    <message>
      <source>Seconds</source>
      <translation>Segundos</translation>
    </message>
    <message>
      <source>Holds chart</source>
      <translation>Gráfico de tiempos en posición</translation>
    </message>
    <message>
      <source>No timed holds yet. Planks and stretches you hold on a timer show up here.</source>
      <translation>Aún no hay tiempos en posición cronometrados. Aquí aparecerán las planchas y los estiramientos que mantengas con temporizador.</translation>
    </message>
    <message>
      <source>No holds of {exercise} in these weeks. Try a longer range.</source>
      <translation>No hay tiempos en posición de {exercise} en estas semanas. Prueba a mostrar más semanas.</translation>
    </message>
    <message>
      <source>{week}: no holds</source>
      <translation>{week}: sin tiempos en posición</translation>
    </message>
  </context>
  <context>
    <name>hold_progress</name>
    <message>
      <source>Right side holds {percent} % shorter than left</source>
      <translation>Lado derecho: tiempos en posición un {percent} % más cortos que en el izquierdo</translation>
    </message>
    <message>
      <source>Left side holds {percent} % shorter than right</source>
      <translation>Lado izquierdo: tiempos en posición un {percent} % más cortos que en el derecho</translation>
    </message>
  </context>
  <context>
    <name>i18n</name>
    <message>
      <source>yes</source>
      <comment>Answer yes or no: inside a sentence, does a move's name start with a small letter in your language? (English, Spanish, French: yes; German: no)</comment>
      <translation>yes</translation>
    </message>
  </context>
  <context>
    <name>idle</name>
    <message>
      <source>No idle detection: {reason} — breaks use plain time.</source>
      <translation>Sin detección de inactividad: {reason} — las pausas cuentan el tiempo de reloj.</translation>
    </message>
    <message>
      <source>Idle time from {source}.</source>
      <translation>Tiempo de inactividad obtenido de {source}.</translation>
    </message>
  </context>
  <context>
    <name>import_dialogs</name>
    <message numerus="yes">
      <source>…and %n more problem(s).</source>
      <translation>
        <numerusform>…y %n problema más.</numerusform>
        <numerusform>…y %n problemas más.</numerusform>
      </translation>
    </message>
    <message>
      <source>Routines not imported</source>
      <translation>Rutinas no importadas</translation>
    </message>
    <message>
      <source>“{name}” cannot be imported</source>
      <translation>«{name}» no se puede importar</translation>
    </message>
    <message>
      <source>Problems found in the file</source>
      <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
      <source>Every problem found in the file, one per line</source>
      <translation>Todos los problemas encontrados en el archivo, uno por línea</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Close this message; nothing was imported</source>
      <translation>Cerrar este mensaje; no se ha importado nada</translation>
    </message>
    <message>
      <source>A routine with this name exists</source>
      <translation>Ya existe una rutina con este nombre</translation>
    </message>
    <message>
      <source>You already have a routine called “{name}”.</source>
      <translation>Ya tienes una rutina llamada «{name}».</translation>
    </message>
    <message>
      <source>Rename keeps both and imports the new one as “{new_name}”. Replace swaps your routine for the imported one; your history stays.</source>
      <translation>«Renombrar» conserva las dos e importa la nueva como «{new_name}». «Reemplazar» cambia tu rutina por la importada; tu historial se conserva.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in routine, which cannot be replaced. Rename keeps both and imports the new one as “{new_name}”.</source>
      <translation>«{name}» es una rutina incluida, que no se puede reemplazar. «Renombrar» conserva las dos e importa la nueva como «{new_name}».</translation>
    </message>
    <message>
      <source>&amp;Rename (keep both)</source>
      <translation>&amp;Renombrar (conservar las dos)</translation>
    </message>
    <message>
      <source>Import it as “{new_name}”, keeping yours</source>
      <translation>Importarla como «{new_name}» y conservar la tuya</translation>
    </message>
    <message>
      <source>Re&amp;place mine</source>
      <translation>Reem&amp;plazar la mía</translation>
    </message>
    <message>
      <source>Replace your “{name}” with the imported routine</source>
      <translation>Reemplazar tu «{name}» por la rutina importada</translation>
    </message>
    <message>
      <source>&amp;Cancel import</source>
      <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
      <source>Import nothing</source>
      <translation>No importar nada</translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) found; nothing was changed. Each line names the place in the file (routines[0].steps[2] is the third step of the first routine) and what is wrong there.</source>
      <translation>
        <numerusform>Se ha encontrado %n problema; no se ha cambiado nada. Cada línea indica el lugar del archivo (routines[0].steps[2] es el tercer paso de la primera rutina) y qué falla ahí.</numerusform>
        <numerusform>Se han encontrado %n problemas; no se ha cambiado nada. Cada línea indica el lugar del archivo (routines[0].steps[2] es el tercer paso de la primera rutina) y qué falla ahí.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>import_export_controller</name>
    <message>
      <source>LBH Desktop routines (*.json);;All files (*)</source>
      <translation>Rutinas de LBH Desktop (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>this is not a regular file</source>
      <translation>no es un archivo normal</translation>
    </message>
    <message>
      <source>the file could not be read ({reason})</source>
      <translation>no se pudo leer el archivo ({reason})</translation>
    </message>
    <message>
      <source>Import routines</source>
      <translation>Importar rutinas</translation>
    </message>
    <message>
      <source>Export routine</source>
      <translation>Exportar rutina</translation>
    </message>
    <message>
      <source>Nothing imported from {name}.</source>
      <translation>No se ha importado nada de {name}.</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was changed.</source>
      <translation>Importación cancelada; no ha cambiado nada.</translation>
    </message>
    <message>
      <source>Import not saved</source>
      <translation>Importación no guardada</translation>
    </message>
    <message>
      <source>Select a routine in the library to export it.</source>
      <translation>Selecciona una rutina en la biblioteca para exportarla.</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Error al exportar</translation>
    </message>
    <message>
      <source>The routine could not be saved to {path}: {reason}.</source>
      <translation>No se pudo guardar la rutina en {path}: {reason}.</translation>
    </message>
    <message>
      <source>Exported “{name}” to {path}</source>
      <translation>«{name}» exportada a {path}</translation>
    </message>
  </context>
  <context>
    <name>import_export_wiring</name>
    <message>
      <source>Export routine…</source>
      <translation>Exportar rutina…</translation>
    </message>
    <message>
      <source>Save the selected routine to a file you can share or import</source>
      <translation>Guardar la rutina seleccionada en un archivo que puedes compartir o importar</translation>
    </message>
  </context>
  <context>
    <name>import_plan</name>
    <message>
      <source>“{name}”</source>
      <translation>«{name}»</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n routine(s): {names}.</source>
      <translation>
        <numerusform>Se ha importado %n rutina: {names}.</numerusform>
        <numerusform>Se han importado %n rutinas: {names}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Added %n custom exercise(s).</source>
      <translation>
        <numerusform>Se ha añadido %n ejercicio personalizado.</numerusform>
        <numerusform>Se han añadido %n ejercicios personalizados.</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}” was imported as “{new_name}”.</source>
      <translation>«{name}» se ha importado como «{new_name}».</translation>
    </message>
    <message>
      <source>The exercise “{name}” was added as a separate copy.</source>
      <translation>El ejercicio «{name}» se ha añadido como una copia aparte.</translation>
    </message>
    <message>
      <source>The exercise “{name}” was added as “{new_name}”.</source>
      <translation>El ejercicio «{name}» se ha añadido como «{new_name}».</translation>
    </message>
  </context>
  <context>
    <name>import_problems</name>
    <message>
      <source>a whole number</source>
      <translation>un número entero</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>un número</translation>
    </message>
    <message>
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>true o false</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>una lista</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>un objeto</translation>
    </message>
    <message>
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <source>must be "lbh-desktop-routines" (this is not an LBH Desktop routine file)</source>
      <translation>debe ser "lbh-desktop-routines" (este no es un archivo de rutinas de LBH Desktop)</translation>
    </message>
    <message>
      <source>must be a whole number when mode is "reps"</source>
      <translation>debe ser un número entero cuando mode es "reps"</translation>
    </message>
    <message>
      <source>must be a whole number when mode is "timed" or "open"</source>
      <translation>debe ser un número entero cuando mode es "timed" o "open"</translation>
    </message>
    <message>
      <source>must be lower-case letters and digits joined by hyphens, e.g. "my-routine-2"</source>
      <translation>debe estar formado por letras minúsculas y dígitos unidos con guiones, por ejemplo "my-routine-2"</translation>
    </message>
    <message>
      <source>must not be blank</source>
      <translation>no debe estar en blanco</translation>
    </message>
    <message>
      <source>must not contain HTML or other markup such as &lt;b&gt;</source>
      <translation>no debe contener HTML ni otras marcas como &lt;b&gt;</translation>
    </message>
    <message>
      <source>must not contain control characters</source>
      <translation>no debe contener caracteres de control</translation>
    </message>
    <message>
      <source>must not contain control characters such as line breaks or tabs</source>
      <translation>no debe contener caracteres de control como saltos de línea o tabulaciones</translation>
    </message>
    <message>
      <source>must start with "custom-": only your own exercises travel in a file</source>
      <translation>debe empezar por "custom-": en un archivo solo viajan tus propios ejercicios</translation>
    </message>
    <message>
      <source>only version 1 can be read by this LBH Desktop</source>
      <translation>esta versión de LBH Desktop solo puede leer la versión 1</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>falta</translation>
    </message>
    <message>
      <source>unknown field</source>
      <translation>campo desconocido</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation>{first} o {second}</translation>
    </message>
    <message>
      <source>must be {kind}</source>
      <translation>debe ser {kind}</translation>
    </message>
    <message>
      <source>must be one of {options}, not {value}</source>
      <translation>debe ser uno de estos valores: {options}, no {value}</translation>
    </message>
    <message>
      <source>must be {value}</source>
      <translation>debe ser {value}</translation>
    </message>
    <message>
      <source>must be ≥ {value}</source>
      <translation>debe ser ≥ {value}</translation>
    </message>
    <message>
      <source>must be &gt; {value}</source>
      <translation>debe ser &gt; {value}</translation>
    </message>
    <message>
      <source>must be ≤ {value}</source>
      <translation>debe ser ≤ {value}</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>no debe estar vacío</translation>
    </message>
    <message numerus="yes">
      <source>must be at least %n character(s) long</source>
      <translation>
        <numerusform>debe tener al menos %n carácter</numerusform>
        <numerusform>debe tener al menos %n caracteres</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>must be at most %n character(s) long</source>
      <translation>
        <numerusform>debe tener como máximo %n carácter</numerusform>
        <numerusform>debe tener como máximo %n caracteres</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>must have at least %n item(s)</source>
      <translation>
        <numerusform>debe tener al menos %n elemento</numerusform>
        <numerusform>debe tener al menos %n elementos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>must have at most %n item(s), not {count}</source>
      <translation>
        <numerusform>debe tener como máximo %n elemento, no {count}</numerusform>
        <numerusform>debe tener como máximo %n elementos, no {count}</numerusform>
      </translation>
    </message>
    <message>
      <source>must not list the same value twice</source>
      <translation>no debe repetir el mismo valor</translation>
    </message>
    <message>
      <source>is not valid ({rule})</source>
      <translation>no es válido ({rule})</translation>
    </message>
  </context>
  <context>
    <name>levels</name>
    <message>
      <source>Easier</source>
      <translation>Más fácil</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Estándar</translation>
    </message>
    <message>
      <source>Harder</source>
      <translation>Más difícil</translation>
    </message>
    <message>
      <source>{version} — you chose this after This hurts on {day}</source>
      <translation>{version} — la elegiste tras pulsar «Me duele» el {day}</translation>
    </message>
    <message>
      <source>{version} — you chose this after This hurts on {day}. {usual} offered again from {offer_day}</source>
      <translation>{version} — la elegiste tras pulsar «Me duele» el {day}. {usual}: se vuelve a ofrecer a partir del {offer_day}</translation>
    </message>
  </context>
  <context>
    <name>library</name>
    <message>
      <source>Strength</source>
      <translation>Fuerza</translation>
    </message>
    <message>
      <source>Stretch</source>
      <translation>Estiramiento</translation>
    </message>
    <message>
      <source>Warm-up</source>
      <translation>Calentamiento</translation>
    </message>
    <message>
      <source>Desk break</source>
      <translation>Pausa en el escritorio</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>Suelo</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Silla</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>De pie</translation>
    </message>
    <message>
      <source>Beginner</source>
      <translation>Principiante</translation>
    </message>
    <message>
      <source>Intermediate</source>
      <translation>Intermedio</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Avanzado</translation>
    </message>
    <message>
      <source>{dose} each side</source>
      <translation>{dose} cada lado</translation>
    </message>
    <message>
      <source>{dose} each leg</source>
      <translation>{dose} cada pierna</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>nunca</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>hoy</translation>
    </message>
    <message>
      <source>Yesterday</source>
      <translation>ayer</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>hace %n día</numerusform>
        <numerusform>hace %n días</numerusform>
      </translation>
    </message>
    <message>
      <source>Last done: {when}</source>
      <translation>Última vez: {when}</translation>
    </message>
    <message>
      <source>Last done: {when} (tried today)</source>
      <translation>Última vez: {when} (último intento: hoy)</translation>
    </message>
    <message>
      <source>Last done: {when} (tried yesterday)</source>
      <translation>Última vez: {when} (último intento: ayer)</translation>
    </message>
    <message>
      <source>Last done: {when} (tried {tried})</source>
      <translation>Última vez: {when} (último intento: {tried})</translation>
    </message>
    <message>
      <source>hold, aim {seconds} s</source>
      <translation>mantener, objetivo {seconds} s</translation>
    </message>
    <message>
      <source>Unknown move ({id})</source>
      <translation>Ejercicio desconocido ({id})</translation>
    </message>
    <message>
      <source>{name} (easier {main})</source>
      <translation>{name} (versión más fácil de {main})</translation>
    </message>
    <message>
      <source>{name} (harder {main})</source>
      <translation>{name} (versión más difícil de {main})</translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s)</source>
      <translation>
        <numerusform>%n repetición</numerusform>
        <numerusform>%n repeticiones</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>library_controller</name>
    <message>
      <source>All routines</source>
      <translation>Todas las rutinas</translation>
    </message>
    <message>
      <source>{last_done}. Sessions count toward Progress once at least half is done.</source>
      <translation>{last_done}. Las sesiones cuentan en Progreso cuando se ha hecho al menos la mitad.</translation>
    </message>
  </context>
  <context>
    <name>library_view</name>
    <message>
      <source>Filter routines by kind</source>
      <translation>Filtrar rutinas por tipo</translation>
    </message>
    <message>
      <source>Show all routines, or only strength, stretch or desk ones</source>
      <translation>Mostrar todas las rutinas o solo las de fuerza, de estiramiento o de escritorio</translation>
    </message>
    <message>
      <source>Start routine</source>
      <translation>Empezar rutina</translation>
    </message>
    <message>
      <source>Open this routine in the player (Enter)</source>
      <translation>Abrir esta rutina en el reproductor (Enter)</translation>
    </message>
    <message>
      <source>Routines</source>
      <translation>Rutinas</translation>
    </message>
    <message>
      <source>Choose a routine with the arrow keys; Enter starts it</source>
      <translation>Elige una rutina con las teclas de flecha; Enter la inicia</translation>
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation>&amp;Mostrar:</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <source>Play this routine easier (easier moves, holds and reps ×0.75), standard, or harder (harder moves, ×1.25). Remembered for each routine.</source>
      <translation>Hacer esta rutina más fácil (ejercicios más fáciles, tiempos en posición y repeticiones ×0,75), estándar o más difícil (ejercicios más difíciles, ×1,25). Se recuerda para cada rutina.</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>Ni&amp;vel:</translation>
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <source>Navigation</source>
      <translation>Navegación</translation>
    </message>
    <message>
      <source>&amp;Routines</source>
      <translation>&amp;Rutinas</translation>
    </message>
    <message>
      <source>Your routines (Ctrl+1)</source>
      <translation>Tus rutinas (Ctrl+1)</translation>
    </message>
    <message>
      <source>&amp;Progress</source>
      <translation>Pro&amp;greso</translation>
    </message>
    <message>
      <source>Your weeks of practice (Ctrl+2)</source>
      <translation>Tus semanas de práctica (Ctrl+2)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Import routines…</source>
      <translation>&amp;Importar rutinas…</translation>
    </message>
    <message>
      <source>&amp;Export routine…</source>
      <translation>&amp;Exportar rutina…</translation>
    </message>
    <message>
      <source>Export &amp;history as CSV…</source>
      <translation>Exportar &amp;historial como CSV…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferencias…</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>Preferencias</translation>
    </message>
    <message>
      <source>Preferences (Ctrl+,)</source>
      <translation>Preferencias (Ctrl+,)</translation>
    </message>
    <message>
      <source>&amp;Breaks</source>
      <translation>&amp;Pausas</translation>
    </message>
    <message>
      <source>Break &amp;settings…</source>
      <translation>&amp;Configuración de pausas…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Ay&amp;uda</translation>
    </message>
    <message>
      <source>&amp;Safety notice…</source>
      <translation>&amp;Aviso de seguridad…</translation>
    </message>
    <message>
      <source>&amp;About LBH Desktop</source>
      <translation>A&amp;cerca de LBH Desktop</translation>
    </message>
    <message>
      <source>Break reminders</source>
      <translation>Recordatorios de pausa</translation>
    </message>
    <message>
      <source>Saving problem</source>
      <translation>Problema al guardar</translation>
    </message>
  </context>
  <context>
    <name>mat_mode_view</name>
    <message>
      <source>Space start/pause · → skip · ← back · Enter done · Esc or F11 leave mat mode</source>
      <translation>Space empezar/pausar · → saltar · ← atrás · Enter hecho · Esc o F11 salir del modo esterilla</translation>
    </message>
    <message>
      <source>LBH Desktop — mat mode</source>
      <translation>LBH Desktop — modo esterilla</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tiempo</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Empezar</translation>
    </message>
    <message>
      <source>Leave mat mode</source>
      <translation>Salir del modo esterilla</translation>
    </message>
    <message>
      <source>Start, pause or resume (Space)</source>
      <translation>Empezar, pausar o reanudar (Space)</translation>
    </message>
    <message>
      <source>Back to the normal player; the routine keeps going (Esc)</source>
      <translation>Volver al reproductor normal; la rutina sigue (Esc)</translation>
    </message>
  </context>
  <context>
    <name>migrations</name>
    <message>
      <source>This data file was written by a newer LBH Desktop (schema {found}; this version reads up to {supported}). Install the newer LBH Desktop again to use it.</source>
      <translation>Este archivo de datos lo escribió una versión más reciente de LBH Desktop (esquema {found}; esta versión lee hasta el {supported}). Vuelve a instalar la versión más reciente de LBH Desktop para usarlo.</translation>
    </message>
    <message>
      <source>The file {path} was not changed.</source>
      <translation>El archivo {path} no se ha modificado.</translation>
    </message>
    <message>
      <source>its schema version {version} is not a whole number</source>
      <translation>su versión de esquema {version} no es un número entero</translation>
    </message>
    <message>
      <source>its {table} table is missing</source>
      <translation>falta su tabla {table}</translation>
    </message>
    <message numerus="yes">
      <source>the {table} table has %n record(s) instead of one</source>
      <translation>
        <numerusform>la tabla {table} tiene %n registro en lugar de uno</numerusform>
        <numerusform>la tabla {table} tiene %n registros en lugar de uno</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>mini_window</name>
    <message>
      <source>LBH Desktop — breaks</source>
      <translation>LBH Desktop — pausas</translation>
    </message>
    <message>
      <source>Your desktop has no system tray, so this small window keeps the reminders running while the main window is closed.</source>
      <translation>Tu escritorio no tiene bandeja del sistema, así que esta pequeña ventana mantiene activos los recordatorios mientras la ventana principal está cerrada.</translation>
    </message>
    <message>
      <source>Start a break now</source>
      <translation>Empezar una pausa ahora</translation>
    </message>
    <message>
      <source>Snooze</source>
      <translation>Posponer</translation>
    </message>
    <message>
      <source>Only while a reminder is due</source>
      <translation>Solo cuando toca un recordatorio</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausar</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reanudar</translation>
    </message>
    <message>
      <source>Quiet mode</source>
      <translation>Modo silencioso</translation>
    </message>
    <message>
      <source>Open LBH Desktop</source>
      <translation>Abrir LBH Desktop</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Configuración…</translation>
    </message>
    <message>
      <source>Break settings: interval, working hours, routine</source>
      <translation>Configuración de pausas: intervalo, horario laboral, rutina</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
    <message>
      <source>Quiet until {time}</source>
      <translation>Modo silencioso hasta las {time}</translation>
    </message>
  </context>
  <context>
    <name>models</name>
    <message>
      <source>missing</source>
      <translation>falta</translation>
    </message>
    <message>
      <source>must be a number, not {value}</source>
      <translation>debe ser un número, no {value}</translation>
    </message>
    <message>
      <source>must be {expected}, not {actual}</source>
      <translation>debe ser {expected}, no {actual}</translation>
    </message>
    <message>
      <source>{value} is not one of {allowed}</source>
      <translation>{value} no es ninguno de estos valores: {allowed}</translation>
    </message>
    <message>
      <source>must be a whole number ≥ 0, not {value}</source>
      <translation>debe ser un número entero ≥ 0, no {value}</translation>
    </message>
    <message>
      <source>must be an object</source>
      <translation>debe ser un objeto</translation>
    </message>
    <message>
      <source>must be a whole number ≥ 1, not {value}</source>
      <translation>debe ser un número entero ≥ 1, no {value}</translation>
    </message>
    <message>
      <source>must be at least 1</source>
      <translation>debe ser al menos 1</translation>
    </message>
    <message>
      <source>must be true or false</source>
      <translation>debe ser true o false</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>no debe estar vacío</translation>
    </message>
    <message>
      <source>a routine needs at least one step</source>
      <translation>una rutina necesita al menos un paso</translation>
    </message>
  </context>
  <context>
    <name>open_steps</name>
    <message>
      <source>record {id} in table {table} is invalid ({error})</source>
      <translation>el registro {id} de la tabla {table} no es válido ({error})</translation>
    </message>
  </context>
  <context>
    <name>pain_chart</name>
    <message>
      <source>Is the work helping? Lower is better.</source>
      <translation>¿Te están sirviendo los ejercicios? Cuanto más bajo, mejor.</translation>
    </message>
    <message>
      <source>{week}: no pain rating · {sessions}</source>
      <translation>{week}: sin valoración del dolor · {sessions}</translation>
    </message>
    <message>
      <source>{week}: average pain {pain} of 10 · {sessions}</source>
      <translation>{week}: dolor medio {pain} de 10 · {sessions}</translation>
    </message>
    <message>
      <source>Pain (0–10)</source>
      <translation>Dolor (0–10)</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Sesiones</translation>
    </message>
    <message>
      <source>Pain chart</source>
      <translation>Gráfico de dolor</translation>
    </message>
    <message>
      <source>No pain ratings in these weeks. After a routine, rate how your back and hips feel (0–10) and the weekly average shows here.</source>
      <translation>No hay valoraciones del dolor en estas semanas. Después de una rutina, valora cómo notas la espalda y las caderas (0–10) y aquí aparecerá la media semanal.</translation>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n sesión</numerusform>
        <numerusform>%n sesiones</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pain_check_in</name>
    <message>
      <source>How do your back and hips feel? 0 = fine, 10 = very sore</source>
      <translation>¿Cómo notas la espalda y las caderas? 0 = bien, 10 = muy doloridas</translation>
    </message>
    <message>
      <source>How do your back and hips feel now? 0 = fine, 10 = very sore (optional)</source>
      <translation>¿Cómo notas ahora la espalda y las caderas? 0 = bien, 10 = muy doloridas (opcional)</translation>
    </message>
    <message>
      <source>Optional: a digit key rates 0–9; Space starts without it</source>
      <translation>Opcional: una tecla numérica valora de 0 a 9; Space empieza sin valoración</translation>
    </message>
    <message>
      <source>Pain or stiffness {rating} of 10</source>
      <translation>Dolor o rigidez: {rating} de 10</translation>
    </message>
    <message>
      <source>Rating before the session</source>
      <translation>Valoración antes de la sesión</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Omitir</translation>
    </message>
    <message>
      <source>The check-in is optional</source>
      <translation>La valoración es opcional</translation>
    </message>
    <message>
      <source>Skip the check-in</source>
      <translation>Omitir la valoración</translation>
    </message>
    <message>
      <source>Rate your back and hip pain or stiffness {rating} of 10</source>
      <translation>Valorar con un {rating} de 10 el dolor o la rigidez de espalda y cadera</translation>
    </message>
    <message>
      <source>Rate your back and hip pain or stiffness {rating} of 10 now, before the session (key {rating}); Space starts without a rating</source>
      <translation>Valorar con un {rating} de 10 el dolor o la rigidez de espalda y cadera ahora, antes de la sesión (tecla {rating}); Space empieza sin valoración</translation>
    </message>
    <message>
      <source>Rate your back and hip pain or stiffness {rating} of 10 now, before the session; Space starts without a rating</source>
      <translation>Valorar con un {rating} de 10 el dolor o la rigidez de espalda y cadera ahora, antes de la sesión; Space empieza sin valoración</translation>
    </message>
  </context>
  <context>
    <name>pain_model</name>
    <message>
      <source>Take a rest day or a gentle walk, and go gently next time.</source>
      <translation>Tómate un día de descanso o da un paseo tranquilo, y la próxima vez ve con suavidad.</translation>
    </message>
    <message>
      <source>Try the easier level next time, or take a rest day.</source>
      <translation>La próxima vez prueba el nivel más fácil, o tómate un día de descanso.</translation>
    </message>
    <message>
      <source>You rated your back and hips {rating} out of 10 after {routine}: that is in the ease-off zone (6 or more). {advice}</source>
      <translation>Has valorado tu espalda y tus caderas con un {rating} sobre 10 después de «{routine}»: eso está en la zona de reducir la intensidad (6 o más). {advice}</translation>
    </message>
    <message>
      <source>You rated your back and hips {rating} out of 10 after {routine}, {rise} more than the {before} you rated before it. {advice}</source>
      <translation>Has valorado tu espalda y tus caderas con un {rating} sobre 10 después de «{routine}», {rise} más que el {before} que marcaste antes de empezar. {advice}</translation>
    </message>
    <message>
      <source>You rated your back and hips {rating} out of 10 after {routine}, {rise} more than your usual {usual}. {advice}</source>
      <translation>Has valorado tu espalda y tus caderas con un {rating} sobre 10 después de «{routine}», {rise} más que tu {usual} habitual. {advice}</translation>
    </message>
    <message>
      <source>You rated {rating}, {rise} more than the {before} of the day before: worse the next day means the last session was too much. Please go gently on the easier level today, or rest. {emergency}</source>
      <translation>Has marcado un {rating}, {rise} más que el {before} del día anterior: estar peor al día siguiente significa que la última sesión fue demasiado. Hoy ve con suavidad en el nivel más fácil, o descansa. {emergency}</translation>
    </message>
    <message>
      <source>You rated {rating}, {rise} more than the {before} of the day before: worse the next day means the last session was too much. Please take the easier level today, or rest. {emergency}</source>
      <translation>Has marcado un {rating}, {rise} más que el {before} del día anterior: estar peor al día siguiente significa que la última sesión fue demasiado. Hoy usa el nivel más fácil, o descansa. {emergency}</translation>
    </message>
    <message>
      <source>You rated {rating} before starting.</source>
      <translation>Has marcado un {rating} antes de empezar.</translation>
    </message>
    <message>
      <source>You rated {rating}: go gently on the easier level today, or rest. {emergency}</source>
      <translation>Has marcado un {rating}: hoy ve con suavidad en el nivel más fácil, o descansa. {emergency}</translation>
    </message>
    <message>
      <source>You rated {rating}: take the easier level today, or rest. {emergency}</source>
      <translation>Has marcado un {rating}: hoy usa el nivel más fácil, o descansa. {emergency}</translation>
    </message>
  </context>
  <context>
    <name>picture_import</name>
    <message>
      <source>“{name}” can't be opened ({reason}).</source>
      <translation>«{name}» no se puede abrir ({reason}).</translation>
    </message>
    <message>
      <source>“{name}” is not a file.</source>
      <translation>«{name}» no es un archivo.</translation>
    </message>
    <message>
      <source>“{name}” is {size} MB; pictures can be at most {limit} MB.</source>
      <translation>«{name}» ocupa {size} MB; las imágenes pueden ocupar como máximo {limit} MB.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture this app can show (use PNG, JPEG, SVG or GIF).</source>
      <translation>«{name}» no es una imagen que esta aplicación pueda mostrar (usa PNG, JPEG, SVG o GIF).</translation>
    </message>
    <message>
      <source>“{name}” can't be read ({reason}).</source>
      <translation>«{name}» no se puede leer ({reason}).</translation>
    </message>
  </context>
  <context>
    <name>player_announcements</name>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n hora</numerusform>
        <numerusform>%n horas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minuto</numerusform>
        <numerusform>%n minutos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n segundo</numerusform>
        <numerusform>%n segundos</numerusform>
      </translation>
    </message>
    <message>
      <source>{hours} {minutes}</source>
      <translation>{hours} y {minutes}</translation>
    </message>
    <message>
      <source>{minutes} {seconds}</source>
      <translation>{minutes} y {seconds}</translation>
    </message>
    <message>
      <source>hold, aim for {duration}</source>
      <translation>mantén la posición, intenta llegar a {duration}</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Now: {move}</source>
      <translation>Ahora: {move}</translation>
    </message>
    <message>
      <source>Switch sides. Next: {move}</source>
      <translation>Cambia de lado. A continuación: {move}</translation>
    </message>
    <message>
      <source>Next: {move}</source>
      <translation>A continuación: {move}</translation>
    </message>
    <message>
      <source>{duration} in total, press Start</source>
      <translation>{duration} en total, pulsa Empezar</translation>
    </message>
    <message>
      <source>Paused, {countdown}</source>
      <translation>En pausa, {countdown}</translation>
    </message>
    <message>
      <source>{duration} left in {move}</source>
      <translation>{duration} para terminar {move}</translation>
    </message>
    <message>
      <source>{duration} until {move}</source>
      <translation>{duration} hasta {move}</translation>
    </message>
    <message>
      <source>{held} held in {move}, aim for {aim}, press Done when finished</source>
      <translation>{held} en {move}, intenta llegar a {aim}, pulsa Hecho al terminar</translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s)</source>
      <translation>
        <numerusform>%n repetición</numerusform>
        <numerusform>%n repeticiones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s) of {move} at your own pace, press Done when finished</source>
      <translation>
        <numerusform>%n repetición de {move} a tu ritmo, pulsa Hecho al terminar</numerusform>
        <numerusform>%n repeticiones de {move} a tu ritmo, pulsa Hecho al terminar</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>player_buttons</name>
    <message>
      <source>Try the easiest version again</source>
      <translation>Volver a probar la versión muy fácil</translation>
    </message>
    <message>
      <source>Try the easier version again</source>
      <translation>Volver a probar la versión más fácil</translation>
    </message>
    <message>
      <source>Try the standard version again</source>
      <translation>Volver a probar la versión estándar</translation>
    </message>
    <message>
      <source>Try the harder version again</source>
      <translation>Volver a probar la versión más difícil</translation>
    </message>
    <message>
      <source>Try the hardest version again</source>
      <translation>Volver a probar la versión muy difícil</translation>
    </message>
    <message>
      <source>Turn cue sounds on or off (M)</source>
      <translation>Activar o desactivar los sonidos de aviso (M)</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Atrás</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Empezar</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Saltar</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Detener</translation>
    </message>
    <message>
      <source>Sound on</source>
      <translation>Sonido activado</translation>
    </message>
    <message>
      <source>This hurts</source>
      <translation>Me duele</translation>
    </message>
    <message>
      <source>Mat mode</source>
      <translation>Modo esterilla</translation>
    </message>
    <message>
      <source>Restart this move, or go to the previous one (←)</source>
      <translation>Reiniciar este ejercicio o ir al anterior (←)</translation>
    </message>
    <message>
      <source>Start, pause or resume (Space)</source>
      <translation>Empezar, pausar o reanudar (Space)</translation>
    </message>
    <message>
      <source>Skip to the next move (→)</source>
      <translation>Saltar al siguiente ejercicio (→)</translation>
    </message>
    <message>
      <source>Finish this set of reps or this hold (Enter)</source>
      <translation>Terminar esta serie de repeticiones o este tiempo en posición (Enter)</translation>
    </message>
    <message>
      <source>Stop the routine (Esc)</source>
      <translation>Detener la rutina (Esc)</translation>
    </message>
    <message>
      <source>Mute</source>
      <translation>Silenciar</translation>
    </message>
    <message>
      <source>Stop this move, then go easier or skip it (H)</source>
      <translation>Detener este ejercicio y luego hacerlo más fácil o saltarlo (H)</translation>
    </message>
    <message>
      <source>Full screen, huge digits for the floor (F11)</source>
      <translation>Pantalla completa, con números enormes para verlos desde el suelo (F11)</translation>
    </message>
    <message>
      <source>Sound off</source>
      <translation>Sin sonido</translation>
    </message>
    <message>
      <source>Muted</source>
      <translation>Silenciado</translation>
    </message>
    <message>
      <source>Remembered easier version</source>
      <translation>Versión más fácil recordada</translation>
    </message>
    <message>
      <source>Try the usual version again</source>
      <translation>Volver a probar la versión habitual</translation>
    </message>
    <message>
      <source>Play this move's usual version again from now on; press This hurts if it hurts</source>
      <translation>Hacer de nuevo la versión habitual de este ejercicio a partir de ahora; pulsa Me duele si te duele</translation>
    </message>
  </context>
  <context>
    <name>player_controller</name>
    <message>
      <source>Could not save your progress ({error}). The session is kept in memory and saving is retried at the next step.</source>
      <translation>No se pudo guardar tu progreso ({error}). La sesión se conserva en memoria y se volverá a intentar guardar en el siguiente paso.</translation>
    </message>
  </context>
  <context>
    <name>player_display</name>
    <message>
      <source>Get ready</source>
      <translation>Prepárate</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Mantén la posición</translation>
    </message>
    <message>
      <source>Switch sides</source>
      <translation>Cambia de lado</translation>
    </message>
    <message>
      <source>Rest between sets</source>
      <translation>Descanso entre series</translation>
    </message>
    <message>
      <source>Rest</source>
      <translation>Descanso</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Empezar</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausar</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reanudar</translation>
    </message>
    <message>
      <source>Press Space or Back to routines to choose your next one.</source>
      <translation>Pulsa Space o Volver a las rutinas para elegir la siguiente.</translation>
    </message>
    <message>
      <source>After a hip replacement: {advice}</source>
      <translation>Tras una prótesis de cadera: {advice}</translation>
    </message>
    <message>
      <source>With osteoporosis: {advice}</source>
      <translation>Si tienes osteoporosis: {advice}</translation>
    </message>
    <message>
      <source>If you are pregnant: {advice}</source>
      <translation>Si estás embarazada: {advice}</translation>
    </message>
    <message>
      <source>With spinal stenosis or spondylolisthesis: {advice}</source>
      <translation>Si tienes estenosis espinal o espondilolistesis: {advice}</translation>
    </message>
    <message>
      <source>hold, aim for {seconds} s</source>
      <translation>mantén la posición, objetivo {seconds} s</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>Set {number} of {count}</source>
      <translation>Serie {number} de {count}</translation>
    </message>
    <message>
      <source>Round {number} of 2</source>
      <translation>Ronda {number} de 2</translation>
    </message>
    <message>
      <source>Easier version of {move}</source>
      <translation>Versión más fácil de {move}</translation>
    </message>
    <message>
      <source>Harder version of {move}</source>
      <translation>Versión más difícil de {move}</translation>
    </message>
    <message>
      <source>Reps</source>
      <translation>Repeticiones</translation>
    </message>
    <message>
      <source>Keep moving</source>
      <translation>Sigue moviéndote</translation>
    </message>
    <message>
      <source>Stretch</source>
      <translation>Estira</translation>
    </message>
    <message>
      <source>Ready when you are</source>
      <translation>Cuando quieras</translation>
    </message>
    <message>
      <source>Routine complete — well done</source>
      <translation>Rutina completada — ¡bien hecho!</translation>
    </message>
    <message>
      <source>Stopped</source>
      <translation>Detenida</translation>
    </message>
    <message>
      <source>Paused while your computer was asleep</source>
      <translation>En pausa mientras el equipo estaba en suspensión</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>En pausa</translation>
    </message>
    <message>
      <source>Halfway</source>
      <translation>A mitad de camino</translation>
    </message>
    <message>
      <source>total — press Start (Space)</source>
      <translation>en total — pulsa Empezar (Space)</translation>
    </message>
    <message>
      <source>seconds</source>
      <translation>segundos</translation>
    </message>
    <message>
      <source>seconds to the next move</source>
      <translation>segundos para el siguiente ejercicio</translation>
    </message>
    <message>
      <source>at your own pace — press Done (Enter) when finished</source>
      <translation>a tu ritmo — pulsa Hecho (Enter) al terminar</translation>
    </message>
    <message>
      <source>aim for {seconds} s — press Done (Enter) when finished</source>
      <translation>objetivo: {seconds} s — pulsa Hecho (Enter) al terminar</translation>
    </message>
    <message>
      <source>Last move — nearly there</source>
      <translation>Último ejercicio — ya casi está</translation>
    </message>
    <message>
      <source>Next: {move}</source>
      <translation>Siguiente: {move}</translation>
    </message>
    <message>
      <source>{done} of {total} holds and sets done · {time} of work</source>
      <translation>{done} de {total} series y tiempos en posición completados · {time} de trabajo</translation>
    </message>
    <message>
      <source>Saved in your history.</source>
      <translation>Guardado en tu historial.</translation>
    </message>
    <message>
      <source>Back to routines</source>
      <translation>Volver a las rutinas</translation>
    </message>
    <message>
      <source>{time} left</source>
      <translation>Quedan {time}</translation>
    </message>
    <message>
      <source>{number}. {step}</source>
      <translation>{number}. {step}</translation>
    </message>
    <message>
      <source>Common mistakes:
{mistakes}</source>
      <translation>Errores frecuentes:
{mistakes}</translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s)</source>
      <translation>
        <numerusform>%n repetición</numerusform>
        <numerusform>%n repeticiones</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>player_view</name>
    <message>
      <source>Routine player</source>
      <translation>Reproductor de rutinas</translation>
    </message>
    <message>
      <source>Routines</source>
      <translation>Rutinas</translation>
    </message>
    <message>
      <source>Back to your routines</source>
      <translation>Volver a tus rutinas</translation>
    </message>
    <message>
      <source>Back to routines</source>
      <translation>Volver a las rutinas</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <source>Routine progress</source>
      <translation>Progreso de la rutina</translation>
    </message>
    <message>
      <source>Cue</source>
      <translation>Aviso</translation>
    </message>
    <message>
      <source>Instructions</source>
      <translation>Instrucciones</translation>
    </message>
    <message>
      <source>Caution</source>
      <translation>Precaución</translation>
    </message>
    <message>
      <source>{level} level</source>
      <translation>Nivel: {level}</translation>
    </message>
    <message>
      <source>Level: {level}</source>
      <translation>Nivel: {level}</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tiempo</translation>
    </message>
    <message>
      <source>⚠ Caution: {caution}</source>
      <translation>⚠ Precaución: {caution}</translation>
    </message>
  </context>
  <context>
    <name>progress</name>
    <message numerus="yes">
      <source>You have been at it for %n week(s): keep the habit going.</source>
      <translation>
        <numerusform>Llevas %n semana con ello: mantén el hábito.</numerusform>
        <numerusform>Llevas %n semanas con ello: mantén el hábito.</numerusform>
      </translation>
    </message>
    <message>
      <source>Most people feel a difference after 4–6 weeks of 2–3 strength sessions a week; you are in week {week}.</source>
      <translation>La mayoría de la gente nota la diferencia tras 4–6 semanas con 2–3 sesiones de fuerza por semana; vas por la semana {week}.</translation>
    </message>
    <message>
      <source>This week: {done} of {goal}; stretching on {days} of {stretch_goal}</source>
      <translation>Esta semana: {done} de {goal}; estiramiento en {days} de {stretch_goal}</translation>
    </message>
    <message>
      <source>Strength goal met last week; stretching on {days} of {stretch_goal}</source>
      <translation>Objetivo de fuerza cumplido la semana pasada; estiramiento en {days} de {stretch_goal}</translation>
    </message>
    <message>
      <source>Strength goal missed last week; stretching on {days} of {stretch_goal}</source>
      <translation>Objetivo de fuerza no cumplido la semana pasada; estiramiento en {days} de {stretch_goal}</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n día</numerusform>
        <numerusform>%n días</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Strength goal met in {met} of the last %n week(s); stretching {average} days a week</source>
      <translation>
        <numerusform>Objetivo de fuerza cumplido en {met} de %n semana; estiramiento: {average} días por semana</numerusform>
        <numerusform>Objetivo de fuerza cumplido en {met} de las últimas %n semanas; estiramiento: {average} días por semana</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n strength session(s)</source>
      <translation>
        <numerusform>%n sesión de fuerza</numerusform>
        <numerusform>%n sesiones de fuerza</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>progress_controller</name>
    <message>
      <source>Sick or travelling? Skip days keep your streaks and freeze your score.</source>
      <translation>¿Enfermedad o viaje? Los días libres mantienen tus rachas y congelan tu puntuación.</translation>
    </message>
    <message numerus="yes">
      <source>Strength: %n-week streak (best {best})</source>
      <translation>
        <numerusform>Fuerza: racha de %n semana (récord: {best})</numerusform>
        <numerusform>Fuerza: racha de %n semanas (récord: {best})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Strength: no streak right now (best %n week(s))</source>
      <translation>
        <numerusform>Fuerza: ahora sin racha (récord: %n semana)</numerusform>
        <numerusform>Fuerza: ahora sin racha (récord: %n semanas)</numerusform>
      </translation>
    </message>
    <message>
      <source>Strength: no streak yet</source>
      <translation>Fuerza: aún sin racha</translation>
    </message>
    <message numerus="yes">
      <source>Stretching: %n-day streak (best {best})</source>
      <translation>
        <numerusform>Estiramiento: racha de %n día (récord: {best})</numerusform>
        <numerusform>Estiramiento: racha de %n días (récord: {best})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Stretching: no streak right now (best %n day(s))</source>
      <translation>
        <numerusform>Estiramiento: ahora sin racha (récord: %n día)</numerusform>
        <numerusform>Estiramiento: ahora sin racha (récord: %n días)</numerusform>
      </translation>
    </message>
    <message>
      <source>Stretching: no streak yet</source>
      <translation>Estiramiento: aún sin racha</translation>
    </message>
    <message>
      <source>Export chart as PNG</source>
      <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
      <source>Export history as CSV: choose a folder</source>
      <translation>Exportar el historial como CSV: elige una carpeta</translation>
    </message>
    <message>
      <source>Mark a skip day</source>
      <translation>Marcar un día libre</translation>
    </message>
    <message>
      <source>Skip day</source>
      <translation>Día libre</translation>
    </message>
    <message>
      <source>Mark as skip day</source>
      <translation>Marcar como día libre</translation>
    </message>
    <message>
      <source>Remove the skip day</source>
      <translation>Quitar el día libre</translation>
    </message>
    <message>
      <source>Skip day not saved</source>
      <translation>Día libre no guardado</translation>
    </message>
    <message>
      <source>The skip day could not be saved: {error}</source>
      <translation>No se pudo guardar el día libre: {error}</translation>
    </message>
    <message>
      <source>{date} marked as a skip day.</source>
      <translation>El {date} se ha marcado como día libre.</translation>
    </message>
    <message>
      <source>{date} is no longer a skip day.</source>
      <translation>El {date} ya no es un día libre.</translation>
    </message>
    <message>
      <source>There is no chart on this tab to export yet.</source>
      <translation>En esta pestaña aún no hay ningún gráfico que exportar.</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Error al exportar</translation>
    </message>
    <message>
      <source>The picture could not be saved to {path}.</source>
      <translation>No se pudo guardar la imagen en {path}.</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Se ha guardado {path}</translation>
    </message>
    <message numerus="yes">
      <source>Reading older sessions: %n month(s) to go. Streaks and totals update when they are read.</source>
      <translation>
        <numerusform>Leyendo sesiones antiguas: falta %n mes. Las rachas y los totales se actualizan a medida que se leen.</numerusform>
        <numerusform>Leyendo sesiones antiguas: faltan %n meses. Las rachas y los totales se actualizan a medida que se leen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Your history could not be saved in {folder}: {error}. Nothing was written.</source>
      <translation>No se pudo guardar tu historial en {folder}: {error}. No se ha escrito nada.</translation>
    </message>
    <message>
      <source>Saved {sessions}, {steps} and {hurts} in {folder}</source>
      <translation>Se han guardado {sessions}, {steps} y {hurts} en {folder}</translation>
    </message>
  </context>
  <context>
    <name>progress_ring</name>
    <message>
      <source>Move progress</source>
      <translation>Progreso del ejercicio</translation>
    </message>
  </context>
  <context>
    <name>progress_view</name>
    <message>
      <source>Sick or travelling? Skip days keep your streaks and freeze your score.</source>
      <translation>¿Enfermedad o viaje? Los días libres mantienen tus rachas y congelan tu puntuación.</translation>
    </message>
    <message>
      <source>Do a routine and your weeks, streaks and habit strength show up here. A desk stretch break takes about five minutes.</source>
      <translation>Haz una rutina y aquí aparecerán tus semanas, tus rachas y la solidez de tu hábito. Una pausa de estiramientos en el escritorio dura unos cinco minutos.</translation>
    </message>
    <message>
      <source>Streaks</source>
      <translation>Rachas</translation>
    </message>
    <message>
      <source>2–3 a week is the usual guidance</source>
      <translation>La recomendación habitual es 2–3 por semana</translation>
    </message>
    <message>
      <source>Strength sessions a week</source>
      <translation>Sesiones de fuerza por semana</translation>
    </message>
    <message>
      <source>Daily stretching is the usual guidance</source>
      <translation>La recomendación habitual es estirar a diario</translation>
    </message>
    <message>
      <source>Stretching days a week</source>
      <translation>Días de estiramiento por semana</translation>
    </message>
    <message>
      <source>Weeks shown</source>
      <translation>Semanas mostradas</translation>
    </message>
    <message>
      <source>How many weeks the charts show</source>
      <translation>Cuántas semanas muestran los gráficos</translation>
    </message>
    <message numerus="yes">
      <source>%n week(s)</source>
      <translation>
        <numerusform>%n semana</numerusform>
        <numerusform>%n semanas</numerusform>
      </translation>
    </message>
    <message>
      <source>All</source>
      <translation>Todas</translation>
    </message>
    <message>
      <source>Export PNG…</source>
      <translation>Exportar PNG…</translation>
    </message>
    <message>
      <source>Save the chart on screen as a picture</source>
      <translation>Guardar como imagen el gráfico que está en pantalla</translation>
    </message>
    <message>
      <source>Export chart as PNG</source>
      <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Exportar CSV…</translation>
    </message>
    <message>
      <source>Save your whole history as sessions.csv, steps.csv and hurts.csv</source>
      <translation>Guardar todo tu historial como sessions.csv, steps.csv y hurts.csv</translation>
    </message>
    <message>
      <source>Export history as CSV</source>
      <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
      <source>Mark a skip day…</source>
      <translation>Marcar un día libre…</translation>
    </message>
    <message>
      <source>Mark a skip day</source>
      <translation>Marcar un día libre</translation>
    </message>
    <message>
      <source>&amp;Strength sessions a week:</source>
      <translation>Sesiones de &amp;fuerza por semana:</translation>
    </message>
    <message>
      <source>S&amp;tretching days a week:</source>
      <translation>Días de es&amp;tiramiento por semana:</translation>
    </message>
    <message>
      <source>S&amp;how:</source>
      <translation>&amp;Mostrar:</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Gráficos</translation>
    </message>
    <message>
      <source>Weeks</source>
      <translation>Semanas</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Calendario</translation>
    </message>
    <message>
      <source>Consistency</source>
      <translation>Constancia</translation>
    </message>
    <message>
      <source>Holds</source>
      <translation>Tiempos en posición</translation>
    </message>
    <message>
      <source>Pain</source>
      <translation>Dolor</translation>
    </message>
    <message>
      <source>No sessions yet</source>
      <translation>Aún no hay sesiones</translation>
    </message>
    <message>
      <source>Start the desk stretch break</source>
      <translation>Empezar la pausa de estiramientos en el escritorio</translation>
    </message>
    <message>
      <source>A five-minute stretch you can do at your desk</source>
      <translation>Unos estiramientos de cinco minutos que puedes hacer en tu escritorio</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
    <message>
      <source>Nothing counted yet</source>
      <translation>Aún no cuenta ninguna sesión</translation>
    </message>
  </context>
  <context>
    <name>progress_weeks</name>
    <message>
      <source>W{week}</source>
      <translation>S{week}</translation>
    </message>
  </context>
  <context>
    <name>progression</name>
    <message>
      <source>Move {move} (step {step}) a version harder.</source>
      <translation>Pasa {move} (paso {step}) a una versión más difícil.</translation>
    </message>
    <message>
      <source>Move {move} (step {step}) one version harder: from {old} to {new}.</source>
      <translation>Pasa {move} (paso {step}) a la siguiente versión más difícil: de {old} a {new}.</translation>
    </message>
    <message>
      <source>{move} {old} → {new} s</source>
      <translation>{move} {old} → {new} s</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Hold each move about 10 % longer, or do a rep or two more: {changes}.</source>
      <translation>Mantén cada ejercicio alrededor de un 10 % más de tiempo, o haz una o dos repeticiones más: {changes}.</translation>
    </message>
    <message numerus="yes">
      <source>Hold each move about 10 % longer, or do a rep or two more: {changes}, and %n more.</source>
      <translation>
        <numerusform>Mantén cada posición alrededor de un 10 % más, o haz una o dos repeticiones más: {changes} y %n cambio más.</numerusform>
        <numerusform>Mantén cada posición alrededor de un 10 % más, o haz una o dos repeticiones más: {changes} y %n cambios más.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{move} {old} → %n rep(s)</source>
      <translation>
        <numerusform>{move} {old} → %n repetición</numerusform>
        <numerusform>{move} {old} → %n repeticiones</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>progression_dialog</name>
    <message>
      <source>You completed your last three sessions of {routine} without more pain.</source>
      <translation>Has completado tus tres últimas sesiones de «{routine}» sin más dolor.</translation>
    </message>
    <message>
      <source>If you say not now, you will not be asked again for a week.</source>
      <translation>Si eliges «Ahora no», no se te volverá a preguntar durante una semana.</translation>
    </message>
    <message>
      <source>Ready for a step up?</source>
      <translation>¿Es hora de avanzar?</translation>
    </message>
    <message>
      <source>Step up</source>
      <translation>Avanzar</translation>
    </message>
    <message>
      <source>Save the routine with this change</source>
      <translation>Guardar la rutina con este cambio</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Ahora no</translation>
    </message>
    <message>
      <source>Keep the routine as it is; asks again in a week at the earliest</source>
      <translation>Dejar la rutina como está; vuelve a preguntar dentro de una semana como pronto</translation>
    </message>
    <message>
      <source>Your back and hips feel worse</source>
      <translation>Notas peor la espalda y las caderas</translation>
    </message>
    <message>
      <source>Use the easier level</source>
      <translation>Usar el nivel más fácil</translation>
    </message>
    <message>
      <source>Play this routine at the easier level from now on</source>
      <translation>Hacer esta rutina en el nivel más fácil a partir de ahora</translation>
    </message>
    <message>
      <source>Keep my level</source>
      <translation>Mantener mi nivel</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Aceptar</translation>
    </message>
    <message>
      <source>Close this notice</source>
      <translation>Cerrar este aviso</translation>
    </message>
  </context>
  <context>
    <name>record_checks</name>
    <message>
      <source>{field} has a wrong value: {value}</source>
      <translation>{field} tiene un valor incorrecto: {value}</translation>
    </message>
    <message>
      <source>step {number}: {field} has a wrong value: {value}</source>
      <translation>paso {number}: {field} tiene un valor incorrecto: {value}</translation>
    </message>
    <message>
      <source>steps is not a list of records</source>
      <translation>steps no es una lista de registros</translation>
    </message>
  </context>
  <context>
    <name>recovery</name>
    <message>
      <source>it was written by a newer version of LBH Desktop (data version {found}; this version reads up to {supported}). Install the newer LBH Desktop and move the file back to use it</source>
      <translation>lo escribió una versión más reciente de LBH Desktop (versión de datos {found}; esta versión lee hasta la {supported}). Instala la versión más reciente de LBH Desktop y vuelve a poner el archivo en su sitio para usarlo</translation>
    </message>
    <message>
      <source>there is a folder where the file should be</source>
      <translation>hay una carpeta donde debería estar el archivo</translation>
    </message>
    <message>
      <source>LBH Desktop is not allowed to read it</source>
      <translation>LBH Desktop no tiene permiso para leerlo</translation>
    </message>
    <message>
      <source>it can't be read ({error})</source>
      <translation>no se puede leer ({error})</translation>
    </message>
  </context>
  <context>
    <name>red_flags</name>
    <message>
      <source>Call your emergency number now (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department if you have back pain with any of these:</source>
      <translation>Llama ahora a tu número de emergencias (999 en el Reino Unido, 112 en la UE, 911 en EE. UU.) o acude a urgencias si tienes dolor de espalda con cualquiera de estos síntomas:</translation>
    </message>
    <message>
      <source>numbness or tingling around your genitals or bottom</source>
      <translation>adormecimiento u hormigueo alrededor de los genitales o las nalgas</translation>
    </message>
    <message>
      <source>new trouble peeing or controlling your bladder or bowels</source>
      <translation>problemas nuevos para orinar o para controlar la vejiga o el intestino</translation>
    </message>
    <message>
      <source>weakness, numbness or heaviness in both legs, or legs that give way</source>
      <translation>debilidad, adormecimiento o pesadez en ambas piernas, o que las piernas te fallen</translation>
    </message>
    <message>
      <source>See a doctor today (an urgent appointment or your local urgent-care line) if you have back pain with any of these:</source>
      <translation>Ve hoy mismo al médico (con una cita urgente o llamando a tu línea local de atención urgente) si tienes dolor de espalda con cualquiera de estos síntomas:</translation>
    </message>
    <message>
      <source>a fever, or feeling hot and shivery</source>
      <translation>fiebre, o sensación de calor y escalofríos</translation>
    </message>
    <message>
      <source>weight loss you cannot explain</source>
      <translation>pérdida de peso sin explicación</translation>
    </message>
    <message>
      <source>pain that is worse at night or wakes you, and does not ease when you move</source>
      <translation>dolor que empeora por la noche o te despierta, y que no se alivia al moverte</translation>
    </message>
    <message>
      <source>chest pain, breathlessness or feeling faint</source>
      <translation>dolor en el pecho, falta de aire o sensación de desmayo</translation>
    </message>
    <message>
      <source>pain after a fall or accident, or if you have had cancer</source>
      <translation>dolor tras una caída o un accidente, o si has tenido cáncer</translation>
    </message>
    <message>
      <source>Otherwise, keep moving gently:</source>
      <translation>En los demás casos, sigue moviéndote con suavidad:</translation>
    </message>
    <message>
      <source>ordinary back pain usually settles within a few weeks, and staying active helps</source>
      <translation>el dolor de espalda común suele calmarse en unas semanas, y mantener la actividad ayuda</translation>
    </message>
    <message>
      <source>some discomfort is normal: hurt is not harm, but ease off a move that makes the pain sharp, shooting or worse</source>
      <translation>es normal notar algo de molestia: que duela no significa que haga daño, pero reduce la intensidad de un ejercicio si hace que el dolor sea agudo, se irradie o empeore</translation>
    </message>
    <message>
      <source>see a doctor or physiotherapist if it is not getting better after a few weeks</source>
      <translation>consulta a un médico o fisioterapeuta si no mejora al cabo de unas semanas</translation>
    </message>
    <message>
      <source>Numb around your genitals or bottom, new bladder or bowel trouble, or both legs weak? Get emergency help now (Help → Safety notice).</source>
      <translation>¿Adormecimiento alrededor de los genitales o las nalgas, problemas nuevos de vejiga o intestino, o debilidad en ambas piernas? Pide ayuda de emergencia ahora (Ayuda → Aviso de seguridad).</translation>
    </message>
  </context>
  <context>
    <name>reminder_view</name>
    <message>
      <source>Stretch break</source>
      <translation>Pausa de estiramientos</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Empezar</translation>
    </message>
    <message>
      <source>Open the break routine in the player</source>
      <translation>Abrir la rutina de la pausa en el reproductor</translation>
    </message>
    <message>
      <source>Snooze {minutes} min</source>
      <translation>Posponer {minutes} min</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Saltar</translation>
    </message>
    <message>
      <source>Skip this break; the next one comes after your usual interval</source>
      <translation>Saltar esta pausa; la siguiente llegará tras tu intervalo habitual</translation>
    </message>
  </context>
  <context>
    <name>repository</name>
    <message>
      <source>This exercise is used in {routines}. Remove it from those routines first.</source>
      <translation>Este ejercicio se usa en {routines}. Quítalo primero de esas rutinas.</translation>
    </message>
  </context>
  <context>
    <name>routine_actions</name>
    <message>
      <source>Built-in routines can't be changed; duplicate one to make your own (Ctrl+D)</source>
      <translation>Las rutinas incluidas no se pueden cambiar; duplica una para crear la tuya (Ctrl+D)</translation>
    </message>
    <message>
      <source>Change this routine's steps (Ctrl+E; F2 renames)</source>
      <translation>Cambiar los pasos de esta rutina (Ctrl+E; F2 cambia el nombre)</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Nueva</translation>
    </message>
    <message>
      <source>Make a new routine (Ctrl+N)</source>
      <translation>Crear una rutina nueva (Ctrl+N)</translation>
    </message>
    <message>
      <source>&amp;Duplicate</source>
      <translation>&amp;Duplicar</translation>
    </message>
    <message>
      <source>Copy this routine to change it (Ctrl+D)</source>
      <translation>Copiar esta rutina para cambiarla (Ctrl+D)</translation>
    </message>
    <message>
      <source>Ed&amp;it</source>
      <translation>Ed&amp;itar</translation>
    </message>
    <message>
      <source>Dele&amp;te</source>
      <translation>E&amp;liminar</translation>
    </message>
    <message>
      <source>Delete this routine (Delete); asks first</source>
      <translation>Eliminar esta rutina (Delete); pregunta antes</translation>
    </message>
    <message>
      <source>Restore b&amp;uilt-ins…</source>
      <translation>Res&amp;taurar rutinas incluidas…</translation>
    </message>
    <message>
      <source>Bring back deleted or changed built-in routines</source>
      <translation>Recuperar las rutinas incluidas que se han eliminado o cambiado</translation>
    </message>
  </context>
  <context>
    <name>routine_card</name>
    <message>
      <source>No strength routines yet</source>
      <translation>Aún no hay rutinas de fuerza</translation>
    </message>
    <message>
      <source>None of your routines is a strength one.</source>
      <translation>Ninguna de tus rutinas es de fuerza.</translation>
    </message>
    <message>
      <source>Or make a strength routine of your own with New (Ctrl+N).</source>
      <translation>O crea tu propia rutina de fuerza con «Nueva» (Ctrl+N).</translation>
    </message>
    <message>
      <source>No stretch routines yet</source>
      <translation>Aún no hay rutinas de estiramiento</translation>
    </message>
    <message>
      <source>None of your routines is a stretch one.</source>
      <translation>Ninguna de tus rutinas es de estiramiento.</translation>
    </message>
    <message>
      <source>Or make a stretch routine of your own with New (Ctrl+N).</source>
      <translation>O crea tu propia rutina de estiramiento con «Nueva» (Ctrl+N).</translation>
    </message>
    <message>
      <source>No warm-up routines yet</source>
      <translation>Aún no hay rutinas de calentamiento</translation>
    </message>
    <message>
      <source>None of your routines is a warm-up one.</source>
      <translation>Ninguna de tus rutinas es de calentamiento.</translation>
    </message>
    <message>
      <source>Or make a warm-up routine of your own with New (Ctrl+N).</source>
      <translation>O crea tu propia rutina de calentamiento con «Nueva» (Ctrl+N).</translation>
    </message>
    <message>
      <source>No desk break routines yet</source>
      <translation>Aún no hay rutinas de pausa en el escritorio</translation>
    </message>
    <message>
      <source>None of your routines is a desk break one.</source>
      <translation>Ninguna de tus rutinas es de pausa en el escritorio.</translation>
    </message>
    <message>
      <source>Or make a desk break routine of your own with New (Ctrl+N).</source>
      <translation>O crea tu propia rutina de pausa en el escritorio con «Nueva» (Ctrl+N).</translation>
    </message>
    <message>
      <source>Show &amp;all routines</source>
      <translation>Mostrar t&amp;odas las rutinas</translation>
    </message>
    <message>
      <source>Make your first routine</source>
      <translation>Crea tu primera rutina</translation>
    </message>
    <message>
      <source>Pick a few moves, set their reps or holds, and save.</source>
      <translation>Elige unos cuantos ejercicios, ajusta sus repeticiones o tiempos en posición, y guarda.</translation>
    </message>
    <message>
      <source>&amp;Create a routine</source>
      <translation>&amp;Crear una rutina</translation>
    </message>
    <message>
      <source>Restore built-ins brings back the ready-made routines.</source>
      <translation>«Restaurar rutinas incluidas» recupera las rutinas ya preparadas.</translation>
    </message>
  </context>
  <context>
    <name>routine_editing</name>
    <message>
      <source>New routine</source>
      <translation>Nueva rutina</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (copia)</translation>
    </message>
    <message>
      <source>Total: no steps yet</source>
      <translation>Total: aún no hay pasos</translation>
    </message>
    <message>
      <source>Total: about {duration}</source>
      <translation>Total: aproximadamente {duration}</translation>
    </message>
    <message numerus="yes">
      <source>{dose} · %n set(s)</source>
      <translation>
        <numerusform>{dose} · %n serie</numerusform>
        <numerusform>{dose} · %n series</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>routine_format</name>
    <message>
      <source>“{name}” uses an exercise that no longer exists ({id}).</source>
      <translation>«{name}» usa un ejercicio que ya no existe ({id}).</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text (byte {byte} at position {position} cannot be read)</source>
      <translation>el archivo no es texto UTF-8 (el byte {byte} en la posición {position} no se puede leer)</translation>
    </message>
    <message>
      <source>the file is larger than {size} MB</source>
      <translation>el archivo ocupa más de {size} MB</translation>
    </message>
    <message>
      <source>{value} is not a number JSON allows</source>
      <translation>{value} no es un número que JSON admita</translation>
    </message>
    <message>
      <source>the key {key} appears twice in one object</source>
      <translation>la clave {key} aparece dos veces en un mismo objeto</translation>
    </message>
    <message>
      <source>the file is not valid JSON (line {line}, column {column}: {error})</source>
      <translation>el archivo no es JSON válido (línea {line}, columna {column}: {error})</translation>
    </message>
    <message>
      <source>the file is not valid JSON ({error})</source>
      <translation>el archivo no es JSON válido ({error})</translation>
    </message>
    <message>
      <source>the file is nested more than {levels} levels deep</source>
      <translation>el archivo tiene más de {levels} niveles de anidamiento</translation>
    </message>
    <message>
      <source>the file must hold a JSON object with format, version and routines</source>
      <translation>el archivo debe contener un objeto JSON con format, version y routines</translation>
    </message>
    <message>
      <source>must be {format}: this is not a routine file</source>
      <translation>debe ser {format}: este no es un archivo de rutinas</translation>
    </message>
    <message>
      <source>the file is version {version}, from a newer LBH Desktop; this one reads version {readable}</source>
      <translation>el archivo es de la versión {version}, de una versión más reciente de LBH Desktop; esta lee la versión {readable}</translation>
    </message>
    <message>
      <source>unknown exercise {id} (not in the catalogue, your exercises or this file)</source>
      <translation>ejercicio desconocido {id} (no está en el catálogo, ni en tus ejercicios ni en este archivo)</translation>
    </message>
    <message>
      <source>{value} is also used by {other}</source>
      <translation>{value} también lo usa {other}</translation>
    </message>
    <message numerus="yes">
      <source>a number with %n digit(s) is far too large</source>
      <translation>
        <numerusform>un número de %n cifra es demasiado grande</numerusform>
        <numerusform>un número de %n cifras es demasiado grande</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>run</name>
    <message>
      <source>There is no routine called “{name}”. Routines: {names}.</source>
      <translation>No hay ninguna rutina llamada «{name}». Rutinas: {names}.</translation>
    </message>
    <message>
      <source>Routine not found</source>
      <translation>Rutina no encontrada</translation>
    </message>
    <message>
      <source>LBH Desktop cannot start</source>
      <translation>LBH Desktop no puede iniciarse</translation>
    </message>
  </context>
  <context>
    <name>safety_notice</name>
    <message>
      <source>If you have a back or hip injury, a recent operation, a medical condition or are pregnant, talk to a doctor or physiotherapist before you start.</source>
      <translation>Si tienes una lesión de espalda o de cadera, te han operado hace poco, tienes un problema de salud o estás embarazada, habla con un médico o fisioterapeuta antes de empezar.</translation>
    </message>
    <message>
      <source>Warm up first, move slowly and stay within a comfortable range.</source>
      <translation>Calienta primero, muévete despacio y mantente dentro de un recorrido cómodo.</translation>
    </message>
    <message>
      <source>Mild stretching tension is fine. Stop at once if you feel sharp, shooting or worsening pain, numbness or tingling.</source>
      <translation>Una ligera tensión al estirar es normal. Detente de inmediato si sientes un dolor agudo, que se irradia o que empeora, adormecimiento u hormigueo.</translation>
    </message>
    <message>
      <source>These routines are general exercise guidance, not medical advice.</source>
      <translation>Estas rutinas son orientaciones generales de ejercicio, no consejo médico.</translation>
    </message>
    <message>
      <source>Before you start</source>
      <translation>Antes de empezar</translation>
    </message>
    <message>
      <source>I understand</source>
      <translation>Entendido</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
  </context>
  <context>
    <name>save_notice</name>
    <message>
      <source>Not saved: {reason}. Your changes are kept and saving is retried every 30 s.</source>
      <translation>No se ha guardado: {reason}. Tus cambios se conservan y se vuelve a intentar guardar cada 30 s.</translation>
    </message>
    <message>
      <source>Not saved: the disk refused. Your changes are kept and saving is retried every 30 s.</source>
      <translation>No se ha guardado: el disco lo rechazó. Tus cambios se conservan y se vuelve a intentar guardar cada 30 s.</translation>
    </message>
  </context>
  <context>
    <name>score_chart</name>
    <message>
      <source>Habit strength grows each day you meet your goal and fades slowly when you miss — like Loop Habit Tracker's score.</source>
      <translation>La solidez del hábito crece cada día que cumples tu objetivo y baja poco a poco cuando no lo cumples, como la puntuación de Loop Habit Tracker.</translation>
    </message>
    <message>
      <source>Strength on {date}: {percent} %</source>
      <translation>Fuerza el {date}: {percent} %</translation>
    </message>
    <message>
      <source>Stretching on {date}: {percent} %</source>
      <translation>Estiramiento el {date}: {percent} %</translation>
    </message>
    <message>
      <source>Strength</source>
      <translation>Fuerza</translation>
    </message>
    <message>
      <source>Stretching</source>
      <translation>Estiramiento</translation>
    </message>
    <message>
      <source>Strength — {percent} % today</source>
      <translation>Fuerza — {percent} % hoy</translation>
    </message>
    <message>
      <source>Stretching — {percent} % today</source>
      <translation>Estiramiento — {percent} % hoy</translation>
    </message>
    <message>
      <source>Consistency chart</source>
      <translation>Gráfico de constancia</translation>
    </message>
    <message>
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
  </context>
  <context>
    <name>session_log</name>
    <message>
      <source>Saved in your history and counted in Progress.</source>
      <translation>Guardado en tu historial y contado en Progreso.</translation>
    </message>
    <message>
      <source>Saved in your history and counted in Progress: sessions count toward Progress once at least half is done, and this one reached {percent} %.</source>
      <translation>Guardado en tu historial y contado en Progreso: las sesiones cuentan en Progreso cuando se ha hecho al menos la mitad, y esta ha llegado al {percent} %.</translation>
    </message>
    <message>
      <source>Saved in your history, but not counted in Progress: sessions count toward Progress once at least half is done, and this one reached {percent} %.</source>
      <translation>Guardado en tu historial, pero no contado en Progreso: las sesiones cuentan en Progreso cuando se ha hecho al menos la mitad, y esta ha llegado al {percent} %.</translation>
    </message>
    <message>
      <source>You have 1 session that stopped before half way; it does not count. Sessions count toward Progress once at least half is done.</source>
      <translation>Tienes 1 sesión que se detuvo antes de la mitad; no cuenta. Las sesiones cuentan en Progreso cuando se ha hecho al menos la mitad.</translation>
    </message>
    <message numerus="yes">
      <source>You have %n sessions that stopped before half way; they do not count. Sessions count toward Progress once at least half is done.</source>
      <translation>
        <numerusform>Tienes %n sesión que se detuvo antes de la mitad; no cuenta. Las sesiones cuentan en Progreso cuando se ha hecho al menos la mitad.</numerusform>
        <numerusform>Tienes %n sesiones que se detuvieron antes de la mitad; no cuentan. Las sesiones cuentan en Progreso cuando se ha hecho al menos la mitad.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>settings_controller</name>
    <message>
      <source>Your desktop asks for dark colours now.</source>
      <translation>Tu escritorio pide ahora colores oscuros.</translation>
    </message>
    <message>
      <source>Your desktop asks for light colours now.</source>
      <translation>Tu escritorio pide ahora colores claros.</translation>
    </message>
    <message>
      <source>Your desktop does not say whether it is light or dark, so the light theme is used.</source>
      <translation>Tu escritorio no indica si es claro u oscuro, así que se usa el tema claro.</translation>
    </message>
  </context>
  <context>
    <name>settings_dialog</name>
    <message>
      <source>Voice settings are not available in this version; cues are beeps.</source>
      <translation>La configuración de voz no está disponible en esta versión; los avisos son pitidos.</translation>
    </message>
    <message>
      <source>Reset to defaults?</source>
      <translation>¿Restablecer los valores predeterminados?</translation>
    </message>
    <message>
      <source>Put the default values in every field of this dialog?

Nothing changes until you press OK. Your history, routines and break schedule are kept.</source>
      <translation>¿Poner los valores predeterminados en todos los campos de este cuadro de diálogo?

No cambia nada hasta que pulses Aceptar. Tu historial, tus rutinas y tu horario de pausas se conservan.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Preferencias</translation>
    </message>
    <message>
      <source>&amp;Sound and voice</source>
      <translation>&amp;Sonido y voz</translation>
    </message>
    <message>
      <source>&amp;Player and goals</source>
      <translation>Re&amp;productor y objetivos</translation>
    </message>
    <message>
      <source>&amp;Appearance</source>
      <translation>&amp;Apariencia</translation>
    </message>
    <message>
      <source>&amp;Data</source>
      <translation>&amp;Datos</translation>
    </message>
    <message>
      <source>Data &amp;folder</source>
      <translation>&amp;Carpeta de datos</translation>
    </message>
    <message>
      <source>Settings pages</source>
      <translation>Páginas de preferencias</translation>
    </message>
    <message>
      <source>Ctrl+Tab moves to the next page</source>
      <translation>Ctrl+Tab pasa a la página siguiente</translation>
    </message>
    <message>
      <source>&amp;Reset to defaults…</source>
      <translation>&amp;Restablecer valores predeterminados…</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Aceptar</translation>
    </message>
    <message>
      <source>Use these settings</source>
      <translation>Usar esta configuración</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Close without changing anything (Esc)</source>
      <translation>Cerrar sin cambiar nada (Esc)</translation>
    </message>
    <message>
      <source>Reset to defaults</source>
      <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
      <source>Fill in the default values (asks first)</source>
      <translation>Poner los valores predeterminados (pregunta antes)</translation>
    </message>
    <message>
      <source>Play cue &amp;sounds (3-2-1 beeps, start and end)</source>
      <translation>Reproducir so&amp;nidos de aviso (pitidos 3-2-1, inicio y final)</translation>
    </message>
    <message>
      <source>Cue sounds</source>
      <translation>Sonidos de aviso</translation>
    </message>
    <message>
      <source>Beeps at 3-2-1 and when a move starts or ends (M)</source>
      <translation>Pitidos en el 3-2-1 y al empezar o terminar un ejercicio (M)</translation>
    </message>
    <message>
      <source>Sound volume</source>
      <translation>Volumen del sonido</translation>
    </message>
    <message>
      <source>Loudness of the cue sounds, 0–100 %</source>
      <translation>Volumen de los sonidos de aviso, 0–100 %</translation>
    </message>
    <message>
      <source>&amp;Volume:</source>
      <translation>&amp;Volumen:</translation>
    </message>
    <message>
      <source>Voice</source>
      <translation>Voz</translation>
    </message>
    <message>
      <source>Get-ready countdown</source>
      <translation>Cuenta atrás inicial</translation>
    </message>
    <message>
      <source>Seconds to get into position before the first move (0 starts at once)</source>
      <translation>Segundos para colocarte en posición antes del primer ejercicio (con 0 empieza enseguida)</translation>
    </message>
    <message>
      <source>Default rest</source>
      <translation>Descanso predeterminado</translation>
    </message>
    <message>
      <source>The rest after a move that a new step gets in the routine editor</source>
      <translation>El descanso tras el ejercicio que recibe un paso nuevo en el editor de rutinas</translation>
    </message>
    <message>
      <source> a week</source>
      <translation> por semana</translation>
    </message>
    <message>
      <source>Strength sessions a week</source>
      <translation>Sesiones de fuerza por semana</translation>
    </message>
    <message>
      <source>2–3 a week is the usual guidance</source>
      <translation>La recomendación habitual es 2–3 por semana</translation>
    </message>
    <message>
      <source> days</source>
      <translation> días</translation>
    </message>
    <message>
      <source>Stretching days a week</source>
      <translation>Días de estiramiento por semana</translation>
    </message>
    <message>
      <source>Daily stretching is the usual guidance</source>
      <translation>La recomendación habitual es estirar a diario</translation>
    </message>
    <message>
      <source>&amp;Get-ready countdown:</source>
      <translation>Cuenta atrás &amp;inicial:</translation>
    </message>
    <message>
      <source>Default &amp;rest for new steps:</source>
      <translation>Descanso de los pasos &amp;nuevos:</translation>
    </message>
    <message>
      <source>S&amp;trength goal:</source>
      <translation>Objetivo de &amp;fuerza:</translation>
    </message>
    <message>
      <source>Str&amp;etching goal:</source>
      <translation>Objetivo de es&amp;tiramiento:</translation>
    </message>
    <message>
      <source>Break &amp;schedule…</source>
      <translation>&amp;Horario de pausas…</translation>
    </message>
    <message>
      <source>Break schedule</source>
      <translation>Horario de pausas</translation>
    </message>
    <message>
      <source>Stretch-break reminders: interval, working days and hours, routine</source>
      <translation>Recordatorios de pausas de estiramientos: intervalo, días y horas de trabajo, rutina</translation>
    </message>
    <message>
      <source>Settings folder</source>
      <translation>Carpeta de configuración</translation>
    </message>
    <message>
      <source>This computer's own settings; the Data folder page says where your history is</source>
      <translation>La configuración propia de este equipo; la página Carpeta de datos indica dónde está tu historial</translation>
    </message>
    <message>
      <source>Open settings folder</source>
      <translation>Abrir la carpeta de configuración</translation>
    </message>
    <message>
      <source>Se&amp;ttings folder:</source>
      <translation>Carpeta de con&amp;figuración:</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Carpeta de datos</translation>
    </message>
    <message>
      <source>Your history, routines and settings live here</source>
      <translation>Aquí se guardan tu historial, tus rutinas y tu configuración</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
      <source>Data &amp;folder:</source>
      <translation>Carpe&amp;ta de datos:</translation>
    </message>
    <message>
      <source>&amp;Open folder</source>
      <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
      <source>Show the folder in your file manager</source>
      <translation>Mostrar la carpeta en tu gestor de archivos</translation>
    </message>
    <message>
      <source>Breaks:</source>
      <translation>Pausas:</translation>
    </message>
    <message>
      <source>Could not open a file manager. The folder is {folder}</source>
      <translation>No se pudo abrir un gestor de archivos. La carpeta es {folder}</translation>
    </message>
    <message>
      <source>The defaults are filled in: OK uses them, Cancel keeps yours.</source>
      <translation>Se han puesto los valores predeterminados: Aceptar los aplica y Cancelar conserva los tuyos.</translation>
    </message>
  </context>
  <context>
    <name>settings_values</name>
    <message>
      <source>Follow the system</source>
      <translation>Seguir el sistema</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Claro</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Oscuro</translation>
    </message>
  </context>
  <context>
    <name>sound</name>
    <message>
      <source>Sound is starting…</source>
      <translation>Iniciando el sonido…</translation>
    </message>
    <message>
      <source>Sound is off: audio libraries missing ({error}).</source>
      <translation>Sonido desactivado: faltan bibliotecas de audio ({error}).</translation>
    </message>
    <message>
      <source>Sound is off: no audio output device was found.</source>
      <translation>Sonido desactivado: no se encontró ningún dispositivo de salida de audio.</translation>
    </message>
    <message>
      <source>Sound is off: the audio system reported an error.</source>
      <translation>Sonido desactivado: el sistema de audio notificó un error.</translation>
    </message>
    <message>
      <source>Sound is off: the cue sounds could not be read.</source>
      <translation>Sonido desactivado: no se pudieron leer los sonidos de aviso.</translation>
    </message>
  </context>
  <context>
    <name>speech</name>
    <message>
      <source>Voice: off — using beeps</source>
      <translation>Voz: desactivada — se usan pitidos</translation>
    </message>
    <message>
      <source>Voice: on ({engine})</source>
      <translation>Voz: activada ({engine})</translation>
    </message>
    <message>
      <source>Voice: not checked yet — it starts with the first routine</source>
      <translation>Voz: aún sin comprobar — se inicia con la primera rutina</translation>
    </message>
    <message>
      <source>Voice: looking for a speech engine…</source>
      <translation>Voz: buscando un motor de voz…</translation>
    </message>
    <message>
      <source>Voice: not available — {reason}</source>
      <translation>Voz: no disponible — {reason}</translation>
    </message>
    <message>
      <source>Voice: spoken cues are not available in {language} — using beeps ({reason})</source>
      <translation>Voz: los avisos hablados no están disponibles en {language} — se usan pitidos ({reason})</translation>
    </message>
    <message>
      <source>Voice: not available — using beeps ({reason})</source>
      <translation>Voz: no disponible — se usan pitidos ({reason})</translation>
    </message>
    <message>
      <source>the speech engine reported an error: {message}</source>
      <translation>el motor de voz notificó un error: {message}</translation>
    </message>
    <message>
      <source>Next: bird dog, left side, 30 seconds</source>
      <translation>A continuación: bird dog, lado izquierdo, 30 segundos</translation>
    </message>
  </context>
  <context>
    <name>speech_engines</name>
    <message>
      <source>English</source>
      <translation>inglés</translation>
    </message>
    <message>
      <source>German</source>
      <translation>alemán</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>español</translation>
    </message>
    <message>
      <source>French</source>
      <translation>francés</translation>
    </message>
    <message>
      <source>{engine} has no voice for {language}</source>
      <translation>{engine} no tiene ninguna voz en {language}</translation>
    </message>
    <message>
      <source>the speech engine reported an error</source>
      <translation>el motor de voz notificó un error</translation>
    </message>
    <message>
      <source>no speech engine is installed</source>
      <translation>no hay ningún motor de voz instalado</translation>
    </message>
    <message>
      <source>speech-dispatcher is not installed or not running</source>
      <translation>speech-dispatcher no está instalado o no está en marcha</translation>
    </message>
    <message>
      <source>{native}, and {fallback}</source>
      <translation>{native}, y además {fallback}</translation>
    </message>
    <message>
      <source>this build cannot check for a speech engine safely</source>
      <translation>esta compilación no puede buscar un motor de voz de forma segura</translation>
    </message>
    <message>
      <source>the speech service did not answer within {seconds} s</source>
      <translation>el servicio de voz no respondió en {seconds} s</translation>
    </message>
    <message>
      <source>the speech check could not start</source>
      <translation>no se pudo iniciar la comprobación de voz</translation>
    </message>
    <message>
      <source>the speech check failed</source>
      <translation>la comprobación de voz falló</translation>
    </message>
  </context>
  <context>
    <name>speech_espeak</name>
    <message>
      <source>no audio output device was found: start PulseAudio or PipeWire, or connect speakers or headphones, then restart the app (espeak-ng is installed and will speak then)</source>
      <translation>no se encontró ningún dispositivo de salida de audio: inicia PulseAudio o PipeWire, o conecta altavoces o auriculares, y luego reinicia la aplicación (espeak-ng está instalado y entonces hablará)</translation>
    </message>
    <message>
      <source>no audio output device was found: start PulseAudio or PipeWire, or connect speakers or headphones; and install the espeak-ng package, then restart the app</source>
      <translation>no se encontró ningún dispositivo de salida de audio: inicia PulseAudio o PipeWire, o conecta altavoces o auriculares; instala también el paquete espeak-ng y luego reinicia la aplicación</translation>
    </message>
    <message>
      <source>espeak-ng is not installed: install the espeak-ng package, then restart the app</source>
      <translation>espeak-ng no está instalado: instala el paquete espeak-ng y luego reinicia la aplicación</translation>
    </message>
  </context>
  <context>
    <name>speech_setup</name>
    <message>
      <source>Voice: not available — using beeps</source>
      <translation>Voz: no disponible — se usan pitidos</translation>
    </message>
    <message>
      <source>Voice: not available — no audio output</source>
      <translation>Voz: no disponible — no hay salida de audio</translation>
    </message>
    <message>
      <source>Voice status</source>
      <translation>Estado de la voz</translation>
    </message>
    <message>
      <source>{status}. Voice settings: Edit → Preferences…</source>
      <translation>{status}. Configuración de voz: Editar → Preferencias…</translation>
    </message>
  </context>
  <context>
    <name>startup_repository</name>
    <message>
      <source>Restore your history?</source>
      <translation>¿Restaurar tu historial?</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
      <source>Use the backup from {date}</source>
      <translation>Usar la copia de seguridad del {date}</translation>
    </message>
    <message>
      <source>Start empty</source>
      <translation>Empezar de cero</translation>
    </message>
    <message>
      <source>Start with no history; the backup stays in its folder</source>
      <translation>Empezar sin historial; la copia de seguridad se queda en su carpeta</translation>
    </message>
    <message>
      <source>Your history file could not be used: {problem}.

It was moved to
{path}
so nothing is lost.</source>
      <translation>No se pudo usar tu archivo de historial: {problem}.

Se ha movido a
{path}
para que no se pierda nada.</translation>
    </message>
    <message>
      <source>Your data folder {folder} can't be used right now ({problem}). This time your sessions are kept in the default folder {default}; choose the folder again in Settings → Data folder once it is back.</source>
      <translation>Tu carpeta de datos {folder} no se puede usar ahora mismo ({problem}). Esta vez tus sesiones se guardan en la carpeta predeterminada {default}; vuelve a elegir la carpeta en Preferencias → Carpeta de datos cuando vuelva a estar disponible.</translation>
    </message>
    <message>
      <source>A new, empty history was started.</source>
      <translation>Se ha empezado un historial nuevo y vacío.</translation>
    </message>
    <message>
      <source>The data folder {folder} cannot be used: {error}</source>
      <translation>No se puede usar la carpeta de datos {folder}: {error}</translation>
    </message>
    <message>
      <source>it does not exist</source>
      <translation>no existe</translation>
    </message>
    <message>
      <source>it is not a folder</source>
      <translation>no es una carpeta</translation>
    </message>
    <message>
      <source>LBH Desktop may not write there</source>
      <translation>LBH Desktop no puede escribir ahí</translation>
    </message>
    <message>
      <source>The backup could not be restored ({error}); an empty history was started.</source>
      <translation>No se pudo restaurar la copia de seguridad ({error}); se ha empezado un historial vacío.</translation>
    </message>
    <message>
      <source>Your history was restored from the backup of {date}.</source>
      <translation>Tu historial se ha restaurado a partir de la copia de seguridad del {date}.</translation>
    </message>
    <message>
      <source>A new, empty history was started. Your backups are kept in
{folder}</source>
      <translation>Se ha empezado un historial nuevo y vacío. Tus copias de seguridad se guardan en
{folder}</translation>
    </message>
    <message>
      <source>There was no backup to restore, so a new, empty history was started.</source>
      <translation>No había ninguna copia de seguridad que restaurar, así que se ha empezado un historial nuevo y vacío.</translation>
    </message>
    <message numerus="yes">
      <source>A backup from {date} (%n session(s)) opens fine.
Restore it, or start with an empty history?</source>
      <translation>
        <numerusform>La copia de seguridad del {date} (%n sesión) se abre sin problemas.
¿Quieres restaurarla o empezar con un historial vacío?</numerusform>
        <numerusform>La copia de seguridad del {date} (%n sesiones) se abre sin problemas.
¿Quieres restaurarla o empezar con un historial vacío?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>step_form</name>
    <message>
      <source>Timed hold</source>
      <translation>Tiempo en posición cronometrado</translation>
    </message>
    <message>
      <source>Repetitions</source>
      <translation>Repeticiones</translation>
    </message>
    <message>
      <source>Open-ended hold</source>
      <translation>Tiempo en posición libre</translation>
    </message>
    <message>
      <source>Problem: {problems}</source>
      <translation>Problema: {problems}</translation>
    </message>
    <message>
      <source>Move of this step</source>
      <translation>Ejercicio de este paso</translation>
    </message>
    <message>
      <source>Chan&amp;ge move…</source>
      <translation>Cam&amp;biar ejercicio…</translation>
    </message>
    <message>
      <source>Swap this step's move for another one (Ctrl+M)</source>
      <translation>Cambiar el ejercicio de este paso por otro (Ctrl+M)</translation>
    </message>
    <message>
      <source>Change move</source>
      <translation>Cambiar ejercicio</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Modo</translation>
    </message>
    <message>
      <source>Timed hold, a number of repetitions, or a hold you end yourself</source>
      <translation>Tiempo en posición cronometrado, un número de repeticiones o un tiempo en posición que terminas tú</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Duración</translation>
    </message>
    <message>
      <source>How long one hold lasts</source>
      <translation>Cuánto dura un tiempo en posición</translation>
    </message>
    <message>
      <source>Repetitions in one set</source>
      <translation>Repeticiones en una serie</translation>
    </message>
    <message>
      <source>Sets</source>
      <translation>Series</translation>
    </message>
    <message>
      <source>How many times the move is done</source>
      <translation>Cuántas veces se hace el ejercicio</translation>
    </message>
    <message>
      <source>Rest between sets</source>
      <translation>Descanso entre series</translation>
    </message>
    <message>
      <source>Pause between two sets</source>
      <translation>Descanso entre dos series</translation>
    </message>
    <message>
      <source>Rest after</source>
      <translation>Descanso después</translation>
    </message>
    <message>
      <source>Pause before the next step</source>
      <translation>Descanso antes del siguiente paso</translation>
    </message>
    <message>
      <source>Each s&amp;ide (left, then right)</source>
      <translation>Cada &amp;lado (izquierdo y luego derecho)</translation>
    </message>
    <message>
      <source>Per side</source>
      <translation>Por lado</translation>
    </message>
    <message>
      <source>Do the move on the left, then on the right</source>
      <translation>Hacer el ejercicio en el lado izquierdo y luego en el derecho</translation>
    </message>
    <message>
      <source>Variation</source>
      <translation>Variante</translation>
    </message>
    <message>
      <source>Easier or harder version of the move</source>
      <translation>Versión más fácil o más difícil del ejercicio</translation>
    </message>
    <message>
      <source>Select a step, or add one from the moves.</source>
      <translation>Selecciona un paso o añade uno desde los ejercicios.</translation>
    </message>
    <message>
      <source>&amp;Duration:</source>
      <translation>&amp;Duración:</translation>
    </message>
    <message>
      <source>M&amp;ode:</source>
      <translation>&amp;Modo:</translation>
    </message>
    <message>
      <source>Re&amp;ps:</source>
      <translation>&amp;Repeticiones:</translation>
    </message>
    <message>
      <source>Set &amp;count:</source>
      <translation>Número de &amp;series:</translation>
    </message>
    <message>
      <source>Rest bet&amp;ween sets:</source>
      <translation>Desc&amp;anso entre series:</translation>
    </message>
    <message>
      <source>Rest &amp;after:</source>
      <translation>Descanso desp&amp;ués:</translation>
    </message>
    <message>
      <source>&amp;Variation:</source>
      <translation>Var&amp;iante:</translation>
    </message>
    <message>
      <source>&amp;Duration (aim):</source>
      <translation>&amp;Duración (objetivo):</translation>
    </message>
  </context>
  <context>
    <name>step_list_model</name>
    <message>
      <source>Step {number}: {title}, {detail} (needs fixing)</source>
      <translation>Paso {number}: {title}, {detail} (hay que corregirlo)</translation>
    </message>
    <message>
      <source>Step {number}: {title}, {detail} (unusual value)</source>
      <translation>Paso {number}: {title}, {detail} (valor poco habitual)</translation>
    </message>
    <message>
      <source>Step {number}: {title}, {detail}</source>
      <translation>Paso {number}: {title}, {detail}</translation>
    </message>
  </context>
  <context>
    <name>steps_table</name>
    <message>
      <source>Move</source>
      <translation>Ejercicio</translation>
    </message>
    <message>
      <source>Dose</source>
      <translation>Dosis</translation>
    </message>
    <message>
      <source>Sets</source>
      <translation>Series</translation>
    </message>
    <message>
      <source>Set rest</source>
      <translation>Entre series</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Después</translation>
    </message>
    <message>
      <source>Steps of the routine</source>
      <translation>Pasos de la rutina</translation>
    </message>
    <message>
      <source>The moves of this routine, in order, with sets and rests</source>
      <translation>Los ejercicios de esta rutina, en orden, con series y descansos</translation>
    </message>
  </context>
  <context>
    <name>stretch_goal_marks</name>
    <message numerus="yes">
      <source>{days}/%n day(s)</source>
      <translation>
        <numerusform>{days}/%n día</numerusform>
        <numerusform>{days}/%n días</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tables</name>
    <message>
      <source>date must be text, not {type}</source>
      <translation>date debe ser texto, no {type}</translation>
    </message>
  </context>
  <context>
    <name>this_hurts</name>
    <message>
      <source>This hurts</source>
      <translation>Me duele</translation>
    </message>
    <message>
      <source>{move} is stopped.</source>
      <translation>Ejercicio detenido: {move}.</translation>
    </message>
    <message>
      <source>Mild stretching tension is fine, but never push through sharp, shooting or worsening pain, numbness or tingling.</source>
      <translation>Una ligera tensión al estirar es normal, pero nunca sigas a pesar de un dolor agudo, que se irradia o que empeora, adormecimiento u hormigueo.</translation>
    </message>
    <message>
      <source>Try the easier version ({move})</source>
      <translation>Probar la versión más fácil ({move})</translation>
    </message>
    <message>
      <source>Start this move again with its easier version</source>
      <translation>Volver a empezar este ejercicio con su versión más fácil</translation>
    </message>
    <message>
      <source>Skip to the next move</source>
      <translation>Saltar al siguiente ejercicio</translation>
    </message>
    <message>
      <source>Leave out the rest of this move</source>
      <translation>Omitir el resto de este ejercicio</translation>
    </message>
    <message>
      <source>Stop the routine</source>
      <translation>Detener la rutina</translation>
    </message>
    <message>
      <source>End the session; what you did is kept</source>
      <translation>Terminar la sesión; lo que has hecho se conserva</translation>
    </message>
    <message>
      <source>easier</source>
      <translation>más fácil</translation>
    </message>
  </context>
  <context>
    <name>tray_view</name>
    <message>
      <source>Open LBH Desktop</source>
      <translation>Abrir LBH Desktop</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
    <message>
      <source>LBH Desktop — {status}</source>
      <translation>LBH Desktop — {status}</translation>
    </message>
  </context>
  <context>
    <name>variants</name>
    <message>
      <source>Easiest</source>
      <translation>Muy fácil</translation>
    </message>
    <message>
      <source>Easier</source>
      <translation>Más fácil</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Estándar</translation>
    </message>
    <message>
      <source>Harder</source>
      <translation>Más difícil</translation>
    </message>
    <message>
      <source>Hardest</source>
      <translation>Muy difícil</translation>
    </message>
    <message>
      <source>Easiest version</source>
      <translation>Versión muy fácil</translation>
    </message>
    <message>
      <source>Easier version</source>
      <translation>Versión más fácil</translation>
    </message>
    <message>
      <source>Standard version</source>
      <translation>Versión estándar</translation>
    </message>
    <message>
      <source>Harder version</source>
      <translation>Versión más difícil</translation>
    </message>
    <message>
      <source>Hardest version</source>
      <translation>Versión muy difícil</translation>
    </message>
    <message>
      <source>Left side</source>
      <translation>Lado izquierdo</translation>
    </message>
    <message>
      <source>Right side</source>
      <translation>Lado derecho</translation>
    </message>
    <message>
      <source>Left leg</source>
      <translation>Pierna izquierda</translation>
    </message>
    <message>
      <source>Right leg</source>
      <translation>Pierna derecha</translation>
    </message>
    <message>
      <source>Easier version: {how}</source>
      <translation>Versión más fácil: {how}</translation>
    </message>
    <message>
      <source>Harder version: {how}</source>
      <translation>Versión más difícil: {how}</translation>
    </message>
  </context>
  <context>
    <name>voice_cues</name>
    <message>
      <source>Next move</source>
      <translation>Siguiente ejercicio</translation>
    </message>
    <message>
      <source>3, 2, 1 countdown</source>
      <translation>Cuenta atrás 3, 2, 1</translation>
    </message>
    <message>
      <source>Halfway</source>
      <translation>A mitad de camino</translation>
    </message>
    <message>
      <source>Switch sides</source>
      <translation>Cambia de lado</translation>
    </message>
    <message>
      <source>Rest</source>
      <translation>Descanso</translation>
    </message>
    <message>
      <source>Routine complete</source>
      <translation>Rutina completada</translation>
    </message>
    <message>
      <source>Breathing on long holds</source>
      <translation>Respiración al mantener posiciones largas</translation>
    </message>
    <message>
      <source>Breathe out</source>
      <translation>Suelta el aire</translation>
    </message>
    <message>
      <source>left side</source>
      <translation>lado izquierdo</translation>
    </message>
    <message>
      <source>right side</source>
      <translation>lado derecho</translation>
    </message>
    <message>
      <source>left leg</source>
      <translation>pierna izquierda</translation>
    </message>
    <message>
      <source>right leg</source>
      <translation>pierna derecha</translation>
    </message>
    <message>
      <source>left arm</source>
      <translation>brazo izquierdo</translation>
    </message>
    <message>
      <source>right arm</source>
      <translation>brazo derecho</translation>
    </message>
    <message>
      <source>Next: {move}, set {number} of {count}, {dose}</source>
      <translation>A continuación: {move}, serie {number} de {count}, {dose}</translation>
    </message>
    <message>
      <source>Next: {move}, {dose}</source>
      <translation>A continuación: {move}, {dose}</translation>
    </message>
    <message>
      <source>Next: {move}, set {number} of {count}, {side}, {dose}</source>
      <translation>A continuación: {move}, serie {number} de {count}, {side}, {dose}</translation>
    </message>
    <message>
      <source>Next: {move}, {side}, {dose}</source>
      <translation>A continuación: {move}, {side}, {dose}</translation>
    </message>
    <message numerus="yes">
      <source>Rest, %n second(s).</source>
      <translation>
        <numerusform>Descanso, %n segundo.</numerusform>
        <numerusform>Descanso, %n segundos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Rest, %n second(s). Next: set {number} of {count}</source>
      <translation>
        <numerusform>Descanso, %n segundo. A continuación: serie {number} de {count}</numerusform>
        <numerusform>Descanso, %n segundos. A continuación: serie {number} de {count}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Rest, %n second(s). Next: {move}</source>
      <translation>
        <numerusform>Descanso, %n segundo. A continuación: {move}</numerusform>
        <numerusform>Descanso, %n segundos. A continuación: {move}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n segundo</numerusform>
        <numerusform>%n segundos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s)</source>
      <translation>
        <numerusform>%n repetición</numerusform>
        <numerusform>%n repeticiones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>hold, aim for %n second(s)</source>
      <translation>
        <numerusform>mantén la posición, intenta llegar a %n segundo</numerusform>
        <numerusform>mantén la posición, intenta llegar a %n segundos</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>voice_settings_section</name>
    <message>
      <source>System default</source>
      <translation>Predeterminada del sistema</translation>
    </message>
    <message>
      <source>Voice: not available — using beeps (no speech engine)</source>
      <translation>Voz: no disponible — se usan pitidos (no hay motor de voz)</translation>
    </message>
    <message>
      <source>Says the move coming up: “Next: bird dog, left side, 30 seconds”</source>
      <translation>Dice el siguiente ejercicio: «A continuación: bird dog, lado izquierdo, 30 segundos»</translation>
    </message>
    <message>
      <source>Counts “3, 2, 1” before each change</source>
      <translation>Cuenta «3, 2, 1» antes de cada cambio</translation>
    </message>
    <message>
      <source>Says “Halfway” during holds of 10 s or more</source>
      <translation>Dice «A mitad de camino» en los tiempos en posición de 10 s o más</translation>
    </message>
    <message>
      <source>Says “Switch sides” between the left and right side</source>
      <translation>Dice «Cambia de lado» entre el lado izquierdo y el derecho</translation>
    </message>
    <message>
      <source>Says the rest and what follows: “Rest, 20 seconds. Next: superman”</source>
      <translation>Dice el descanso y lo que viene después: «Descanso, 20 segundos. A continuación: superman»</translation>
    </message>
    <message>
      <source>Says “Routine complete” at the end</source>
      <translation>Dice «Rutina completada» al final</translation>
    </message>
    <message>
      <source>Says “Breathe out” every 6 s during holds longer than 20 s</source>
      <translation>Dice «Suelta el aire» cada 6 s en los tiempos en posición de más de 20 s</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>Faster {percent} %</source>
      <translation>{percent} % más rápido</translation>
    </message>
    <message>
      <source>Slower {percent} %</source>
      <translation>{percent} % más lento</translation>
    </message>
    <message>
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
    <message>
      <source>Voice</source>
      <translation>Voz</translation>
    </message>
    <message>
      <source>Speak the &amp;cues (otherwise beeps)</source>
      <translation>Decir los avisos en voz al&amp;ta (si no, pitidos)</translation>
    </message>
    <message>
      <source>Spoken cues</source>
      <translation>Avisos hablados</translation>
    </message>
    <message>
      <source>Say cues aloud, so you can watch the floor</source>
      <translation>Decir los avisos en voz alta, para que puedas seguir mirando al suelo</translation>
    </message>
    <message>
      <source>Say: {cue}</source>
      <translation>Decir: {cue}</translation>
    </message>
    <message>
      <source>Which voice says the cues</source>
      <translation>Qué voz dice los avisos</translation>
    </message>
    <message>
      <source>Speaking rate</source>
      <translation>Velocidad de habla</translation>
    </message>
    <message>
      <source>How fast the cues are said</source>
      <translation>A qué velocidad se dicen los avisos</translation>
    </message>
    <message>
      <source>Voice volume</source>
      <translation>Volumen de la voz</translation>
    </message>
    <message>
      <source>Loudness of the spoken cues, 0–100 %</source>
      <translation>Volumen de los avisos hablados, 0–100 %</translation>
    </message>
    <message>
      <source>&amp;Test voice</source>
      <translation>Pr&amp;obar voz</translation>
    </message>
    <message>
      <source>Test voice</source>
      <translation>Probar voz</translation>
    </message>
    <message>
      <source>Say a sample cue with these settings</source>
      <translation>Decir un aviso de ejemplo con esta configuración</translation>
    </message>
    <message>
      <source>Voice status</source>
      <translation>Estado de la voz</translation>
    </message>
    <message>
      <source>V&amp;oice:</source>
      <translation>Vo&amp;z:</translation>
    </message>
    <message>
      <source>Rat&amp;e:</source>
      <translation>Veloc&amp;idad:</translation>
    </message>
    <message>
      <source>Vo&amp;lume:</source>
      <translation>Vo&amp;lumen:</translation>
    </message>
  </context>
  <context>
    <name>weekly_chart</name>
    <message>
      <source>Strength</source>
      <translation>Fuerza</translation>
    </message>
    <message>
      <source>Stretch</source>
      <translation>Estiramiento</translation>
    </message>
    <message>
      <source>Desk breaks</source>
      <translation>Pausas en el escritorio</translation>
    </message>
    <message>
      <source>{first_day}–{last_day} {month}</source>
      <translation>{first_day}–{last_day} {month}</translation>
    </message>
    <message>
      <source>{first}–{last}</source>
      <translation>{first}–{last}</translation>
    </message>
    <message>
      <source>{week} ({days}): {strength}, {stretch}, {desk_breaks}</source>
      <translation>{week} ({days}): {strength}, {stretch}, {desk_breaks}</translation>
    </message>
    <message>
      <source>Strength goal met</source>
      <translation>Objetivo de fuerza cumplido</translation>
    </message>
    <message>
      <source>Strength goal not met</source>
      <translation>Objetivo de fuerza no cumplido</translation>
    </message>
    <message>
      <source>Skip days: {count}</source>
      <translation>Días libres: {count}</translation>
    </message>
    <message>
      <source>Average pain: {pain} of 10</source>
      <translation>Dolor medio: {pain} de 10</translation>
    </message>
    <message>
      <source>Strength goal ({goal} a week)</source>
      <translation>Objetivo de fuerza ({goal} por semana)</translation>
    </message>
    <message numerus="yes">
      <source>%n week(s)</source>
      <translation>
        <numerusform>%n semana</numerusform>
        <numerusform>%n semanas</numerusform>
      </translation>
    </message>
    <message>
      <source>{weeks} wk</source>
      <translation>{weeks} sem.</translation>
    </message>
    <message numerus="yes">
      <source>Stretching goal (%n day(s) a week)</source>
      <translation>
        <numerusform>Objetivo de estiramiento (%n día por semana)</numerusform>
        <numerusform>Objetivo de estiramiento (%n días por semana)</numerusform>
      </translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Sesiones</translation>
    </message>
    <message>
      <source>Weeks to results</source>
      <translation>Semanas hasta notar resultados</translation>
    </message>
    <message>
      <source>Weeks chart</source>
      <translation>Gráfico de semanas</translation>
    </message>
    <message numerus="yes">
      <source>stretching on %n day(s) (goal met)</source>
      <translation>
        <numerusform>%n día de estiramiento (objetivo cumplido)</numerusform>
        <numerusform>%n días de estiramiento (objetivo cumplido)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>stretching on %n day(s) (goal not met)</source>
      <translation>
        <numerusform>%n día de estiramiento (objetivo no cumplido)</numerusform>
        <numerusform>%n días de estiramiento (objetivo no cumplido)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n strength ({minutes} min)</source>
      <translation>
        <numerusform>%n de fuerza ({minutes} min)</numerusform>
        <numerusform>%n de fuerza ({minutes} min)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n stretch ({minutes} min)</source>
      <translation>
        <numerusform>%n de estiramiento ({minutes} min)</numerusform>
        <numerusform>%n de estiramiento ({minutes} min)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n desk break(s) ({minutes} min)</source>
      <translation>
        <numerusform>%n pausa en el escritorio ({minutes} min)</numerusform>
        <numerusform>%n pausas en el escritorio ({minutes} min)</numerusform>
      </translation>
    </message>
  </context>
</TS>
