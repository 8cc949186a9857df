<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>appearance_page</name>
    <message>
      <source>Theme</source>
      <translation>Farbschema</translation>
    </message>
    <message>
      <source>Light, dark, or whatever your desktop uses</source>
      <translation>Hell, dunkel oder so, wie es dein Desktop vorgibt</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>Textgröße</translation>
    </message>
    <message>
      <source>Text size compared with your system's, 100–200 %</source>
      <translation>Textgröße im Vergleich zu der deines Systems, 100–200 %</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Systemsprache</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>The language of LBH Desktop's windows and messages; a change takes effect the next time it starts</source>
      <translation>Die Sprache der Fenster und Meldungen von LBH Desktop; eine Änderung gilt ab dem nächsten Start</translation>
    </message>
    <message>
      <source>The new language is used the next time LBH Desktop starts.</source>
      <translation>Die neue Sprache gilt ab dem nächsten Start von LBH Desktop.</translation>
    </message>
    <message>
      <source>Language note</source>
      <translation>Hinweis zur Sprache</translation>
    </message>
    <message>
      <source>Restart &amp;now</source>
      <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
      <source>Restart now</source>
      <translation>Jetzt neu starten</translation>
    </message>
    <message>
      <source>Use these settings, close LBH Desktop and start it again in the new language</source>
      <translation>Diese Einstellungen übernehmen, LBH Desktop schließen und in der neuen Sprache neu starten</translation>
    </message>
    <message>
      <source>&amp;Theme:</source>
      <translation>&amp;Farbschema:</translation>
    </message>
    <message>
      <source>Te&amp;xt size:</source>
      <translation>Te&amp;xtgröße:</translation>
    </message>
    <message>
      <source>Mat mode (F11 in the player) always shows white on black in the largest type.</source>
      <translation>Der Mattenmodus (F11 im Player) zeigt immer Weiß auf Schwarz in der größten Schrift.</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
  </context>
  <context>
    <name>atomic_storage</name>
    <message>
      <source>The LBH Desktop data file {path} is damaged and can't be opened: {reason}.</source>
      <translation>Die Datendatei {path} von LBH Desktop ist beschädigt und kann nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
      <source>Could not save LBH Desktop data to {path}: {reason}.</source>
      <translation>Die Daten von LBH Desktop konnten nicht in {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>die Datei ist leer</translation>
    </message>
    <message>
      <source>it is not UTF-8 text (bad byte at position {position})</source>
      <translation>sie ist kein UTF-8-Text (ungültiges Byte an Position {position})</translation>
    </message>
    <message>
      <source>it is not valid JSON ({problem} at line {line}, column {column})</source>
      <translation>sie ist kein gültiges JSON ({problem} in Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
      <source>the top level is a JSON {type}, not an object</source>
      <translation>die oberste Ebene hat den JSON-Typ „{type}“ statt „Objekt“</translation>
    </message>
    <message>
      <source>table {table} is not a JSON object</source>
      <translation>Tabelle {table} ist kein JSON-Objekt</translation>
    </message>
    <message>
      <source>table {table} has a record id {id} that is not a number</source>
      <translation>Tabelle {table} hat eine Datensatz-ID {id}, die keine Zahl ist</translation>
    </message>
    <message>
      <source>record {id} in table {table} is not a JSON object</source>
      <translation>Datensatz {id} in Tabelle {table} ist kein JSON-Objekt</translation>
    </message>
    <message>
      <source>number</source>
      <comment>a JSON type</comment>
      <translation>Zahl</translation>
    </message>
    <message>
      <source>list</source>
      <comment>a JSON type</comment>
      <translation>Liste</translation>
    </message>
    <message>
      <source>string</source>
      <comment>a JSON type</comment>
      <translation>Zeichenkette</translation>
    </message>
    <message>
      <source>boolean</source>
      <comment>a JSON type</comment>
      <translation>Wahrheitswert</translation>
    </message>
  </context>
  <context>
    <name>autostart</name>
    <message>
      <source>Start LBH Desktop at login to remind you of your breaks.</source>
      <translation>LBH Desktop bei der Anmeldung starten, damit es dich an deine Pausen erinnert.</translation>
    </message>
    <message>
      <source>Start at login is not available: {reason}.</source>
      <translation>Der Start bei der Anmeldung ist nicht verfügbar: {reason}.</translation>
    </message>
    <message>
      <source>Start at login needs a command to run.</source>
      <translation>Der Start bei der Anmeldung braucht einen Befehl, der ausgeführt werden kann.</translation>
    </message>
    <message>
      <source>Start at login could not be turned on: {error}</source>
      <translation>Der Start bei der Anmeldung ließ sich nicht einschalten: {error}</translation>
    </message>
    <message>
      <source>Start at login could not be turned off: {error}</source>
      <translation>Der Start bei der Anmeldung ließ sich nicht ausschalten: {error}</translation>
    </message>
    <message>
      <source>Start at login needs Qt's D-Bus support ({error}).</source>
      <translation>Der Start bei der Anmeldung braucht die D-Bus-Unterstützung von Qt ({error}).</translation>
    </message>
  </context>
  <context>
    <name>background_portal</name>
    <message>
      <source>Start at login is not available: the desktop's background portal (xdg-desktop-portal) is not running or does not offer it.</source>
      <translation>Der Start bei der Anmeldung ist nicht verfügbar: Das Hintergrund-Portal des Desktops (xdg-desktop-portal) läuft nicht oder bietet ihn nicht an.</translation>
    </message>
    <message>
      <source>You declined or cancelled the request to start LBH Desktop at login, so that setting was not changed.</source>
      <translation>Du hast die Anfrage, LBH Desktop bei der Anmeldung zu starten, abgelehnt oder abgebrochen; die Einstellung wurde daher nicht geändert.</translation>
    </message>
    <message>
      <source>The desktop could not change start at login: its background portal reported an error.</source>
      <translation>Der Desktop konnte den Start bei der Anmeldung nicht ändern: Sein Hintergrund-Portal hat einen Fehler gemeldet.</translation>
    </message>
    <message>
      <source>The desktop did not turn on start at login for LBH Desktop.</source>
      <translation>Der Desktop hat den Start bei der Anmeldung für LBH Desktop nicht eingeschaltet.</translation>
    </message>
    <message>
      <source>Start at login is not available: there is no D-Bus session bus ({detail}).</source>
      <translation>Der Start bei der Anmeldung ist nicht verfügbar: Es gibt keinen D-Bus-Sitzungsbus ({detail}).</translation>
    </message>
    <message>
      <source>Start at login could not be changed: the background portal did not answer ({detail}).</source>
      <translation>Der Start bei der Anmeldung ließ sich nicht ändern: Das Hintergrund-Portal hat nicht geantwortet ({detail}).</translation>
    </message>
  </context>
  <context>
    <name>break_controller</name>
    <message>
      <source>Reminders paused until you resume them</source>
      <translation>Erinnerungen pausiert, bis du sie fortsetzt</translation>
    </message>
    <message>
      <source>Reminders paused until {time}</source>
      <translation>Erinnerungen pausiert bis {time}</translation>
    </message>
    <message>
      <source>Outside your working hours: no reminders</source>
      <translation>Außerhalb deiner Arbeitszeit: keine Erinnerungen</translation>
    </message>
    <message>
      <source>On a break</source>
      <translation>In der Pause</translation>
    </message>
    <message>
      <source>Time for a stretch break</source>
      <translation>Zeit für eine Dehnpause</translation>
    </message>
    <message>
      <source>Waiting (quiet mode)</source>
      <translation>Wartet (Ruhemodus)</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Wartet</translation>
    </message>
    <message>
      <source>Next break in {duration} (quiet mode)</source>
      <translation>Nächste Pause in {duration} (Ruhemodus)</translation>
    </message>
    <message>
      <source>Next break in {duration}</source>
      <translation>Nächste Pause in {duration}</translation>
    </message>
    <message>
      <source>Held: {reason} — time for a stretch break</source>
      <translation>Zurückgehalten: {reason} – Zeit für eine Dehnpause</translation>
    </message>
    <message>
      <source>Held: {reason} — waiting (quiet mode)</source>
      <translation>Zurückgehalten: {reason} – wartet (Ruhemodus)</translation>
    </message>
    <message>
      <source>Held: {reason} — waiting</source>
      <translation>Zurückgehalten: {reason} – wartet</translation>
    </message>
    <message>
      <source>Held: {reason} — next break in {duration} (quiet mode)</source>
      <translation>Zurückgehalten: {reason} – nächste Pause in {duration} (Ruhemodus)</translation>
    </message>
    <message>
      <source>Held: {reason} — next break in {duration}</source>
      <translation>Zurückgehalten: {reason} – nächste Pause in {duration}</translation>
    </message>
    <message>
      <source>Stretch break in a minute</source>
      <translation>Dehnpause in einer Minute</translation>
    </message>
    <message>
      <source>Finish what you are doing.</source>
      <translation>Bring zu Ende, was du gerade machst.</translation>
    </message>
    <message>
      <source>Stand up and move for a few minutes.</source>
      <translation>Steh auf und beweg dich ein paar Minuten.</translation>
    </message>
    <message>
      <source>{routine} (quiet mode)</source>
      <translation>{routine} (Ruhemodus)</translation>
    </message>
    <message numerus="yes">
      <source>Time for a %n-minute stretch break</source>
      <translation>
        <numerusform>Zeit für eine %n-minütige Dehnpause</numerusform>
        <numerusform>Zeit für eine %n-minütige Dehnpause</numerusform>
      </translation>
    </message>
    <message>
      <source>{routine} — {description}</source>
      <translation>{routine} – {description}</translation>
    </message>
    <message>
      <source>No break routine</source>
      <translation>Keine Pausenroutine</translation>
    </message>
    <message>
      <source>There is no desk-friendly routine to play.</source>
      <translation>Es gibt keine schreibtischtaugliche Routine, die abgespielt werden kann.</translation>
    </message>
  </context>
  <context>
    <name>break_menu</name>
    <message>
      <source>&amp;Start a break now</source>
      <translation>Pause &amp;jetzt starten</translation>
    </message>
    <message>
      <source>S&amp;nooze</source>
      <translation>&amp;Später erinnern</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n Minute</numerusform>
        <numerusform>%n Minuten</numerusform>
      </translation>
    </message>
    <message>
      <source>Only while a reminder is due</source>
      <translation>Nur, wenn eine Erinnerung fällig ist</translation>
    </message>
    <message>
      <source>&amp;Pause reminders</source>
      <translation>Erinnerungen &amp;pausieren</translation>
    </message>
    <message>
      <source>For 1 hour</source>
      <translation>Für eine Stunde</translation>
    </message>
    <message>
      <source>Until tomorrow</source>
      <translation>Bis morgen</translation>
    </message>
    <message>
      <source>Until I resume</source>
      <translation>Bis ich sie fortsetze</translation>
    </message>
    <message>
      <source>&amp;Resume reminders</source>
      <translation>Erinnerungen &amp;fortsetzen</translation>
    </message>
    <message>
      <source>For meetings: no reminder window pops up; the status still says when a break is due</source>
      <translation>Für Besprechungen: Es erscheint kein Erinnerungsfenster; der Status zeigt weiterhin, wann eine Pause fällig ist</translation>
    </message>
    <message>
      <source>&amp;Quiet mode for an hour</source>
      <translation>&amp;Ruhemodus für eine Stunde</translation>
    </message>
    <message>
      <source>&amp;Quiet mode until {time}</source>
      <translation>&amp;Ruhemodus bis {time}</translation>
    </message>
  </context>
  <context>
    <name>break_notice</name>
    <message>
      <source>Start</source>
      <translation>Starten</translation>
    </message>
    <message>
      <source>Snooze {minutes} min</source>
      <translation>{minutes} min später</translation>
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
      <translation>Gib eine Uhrzeit wie 8:30 oder 17:00 ein; die Pfeiltasten hoch und runter ändern sie um 15 Minuten</translation>
    </message>
    <message>
      <source>Choose at least one working day.</source>
      <translation>Wähl mindestens einen Arbeitstag.</translation>
    </message>
    <message>
      <source>The working day must end after it starts.</source>
      <translation>Der Arbeitstag muss nach seinem Beginn enden.</translation>
    </message>
    <message>
      <source>Break settings</source>
      <translation>Pauseneinstellungen</translation>
    </message>
    <message>
      <source>Minutes between reminders</source>
      <translation>Minuten zwischen den Erinnerungen</translation>
    </message>
    <message>
      <source>Minutes of activity between reminders; idle time does not count</source>
      <translation>Minuten Aktivität zwischen den Erinnerungen; Zeit ohne Aktivität zählt nicht</translation>
    </message>
    <message>
      <source>Remind me every {minutes} minutes of activity</source>
      <translation>Erinnere mich nach jeweils {minutes} Minuten Aktivität</translation>
    </message>
    <message>
      <source>Working day starts</source>
      <translation>Beginn des Arbeitstags</translation>
    </message>
    <message>
      <source>Working day ends</source>
      <translation>Ende des Arbeitstags</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>{start} bis {end}</translation>
    </message>
    <message>
      <source>Take turns with the desk-friendly routines</source>
      <translation>Schreibtischtaugliche Routinen im Wechsel</translation>
    </message>
    <message>
      <source>Warn me a minute before each break</source>
      <translation>Eine Minute vor jeder Pause vorwarnen</translation>
    </message>
    <message>
      <source>Hold reminders during do-not-disturb and full-screen windows</source>
      <translation>Erinnerungen bei „Nicht stören“ und Vollbildfenstern zurückhalten</translation>
    </message>
    <message>
      <source>Keep running in the tray when the window is closed</source>
      <translation>Nach dem Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
      <source>Start at login, in the background</source>
      <translation>Bei der Anmeldung im Hintergrund starten</translation>
    </message>
    <message>
      <source>Working days</source>
      <translation>Arbeitstage</translation>
    </message>
    <message>
      <source>Working hours</source>
      <translation>Arbeitszeit</translation>
    </message>
    <message>
      <source>Break routine</source>
      <translation>Pausenroutine</translation>
    </message>
    <message>
      <source>Type the working hours as hours and minutes, such as 9:00 and 17:30.</source>
      <translation>Gib die Arbeitszeit in Stunden und Minuten ein, etwa 9:00 und 17:30.</translation>
    </message>
  </context>
  <context>
    <name>breaks_wiring</name>
    <message>
      <source>LBH Desktop keeps running</source>
      <translation>LBH Desktop läuft weiter</translation>
    </message>
    <message>
      <source>It stays in the tray to remind you of stretch breaks. Quit from its menu.</source>
      <translation>Es bleibt im Infobereich, um dich an Dehnpausen zu erinnern. Beenden kannst du es über sein Menü.</translation>
    </message>
    <message>
      <source>{title}. {text}</source>
      <translation>{title}. {text}</translation>
    </message>
    <message>
      <source>For this run only: every {minutes} min (--break-interval), unless you change it.</source>
      <translation>Nur für diesen Programmlauf: alle {minutes} min (--break-interval), solange du es nicht änderst.</translation>
    </message>
    <message>
      <source>Start at login</source>
      <translation>Start bei der Anmeldung</translation>
    </message>
  </context>
  <context>
    <name>build</name>
    <message>
      <source>Safety notice</source>
      <translation>Sicherheitshinweis</translation>
    </message>
    <message>
      <source>Part of your history could not be read</source>
      <translation>Ein Teil deines Verlaufs konnte nicht gelesen werden</translation>
    </message>
    <message>
      <source>LBH Desktop {version}

Guided lower-back and hip routines.
Your data: {folder}</source>
      <translation>LBH Desktop {version}

Angeleitete Routinen für unteren Rücken und Hüfte.
Deine Daten: {folder}</translation>
    </message>
    <message>
      <source>About LBH Desktop</source>
      <translation>Über LBH Desktop</translation>
    </message>
  </context>
  <context>
    <name>calendar_heatmap</name>
    <message>
      <source>{date}: no activity</source>
      <translation>{date}: keine Aktivität</translation>
    </message>
    <message>
      <source>{date}: under 1 min active</source>
      <translation>{date}: unter 1 min aktiv</translation>
    </message>
    <message>
      <source>{date}: {minutes} min active</source>
      <translation>{date}: {minutes} min aktiv</translation>
    </message>
    <message>
      <source>{day} · skip day</source>
      <translation>{day} · Auszeittag</translation>
    </message>
    <message>
      <source>Active minutes per day over the last 6 months. Right-click a day to mark it as a skip day.</source>
      <translation>Aktive Minuten pro Tag in den letzten 6 Monaten. Klick mit der rechten Maustaste auf einen Tag, um ihn als Auszeittag einzutragen.</translation>
    </message>
    <message>
      <source>Calendar chart</source>
      <translation>Kalenderdiagramm</translation>
    </message>
    <message>
      <source>Less</source>
      <translation>Weniger</translation>
    </message>
    <message>
      <source>More</source>
      <translation>Mehr</translation>
    </message>
    <message>
      <source>Skip day</source>
      <translation>Auszeittag</translation>
    </message>
    <message>
      <source>Remove the skip day on {date}</source>
      <translation>Auszeittag am {date} entfernen</translation>
    </message>
    <message>
      <source>Mark {date} as a skip day</source>
      <translation>{date} als Auszeittag eintragen</translation>
    </message>
    <message>
      <source>Sick or travelling? Skip days keep your streaks and freeze your score.</source>
      <translation>Krank oder unterwegs? Auszeittage erhalten deine Serien und frieren deine Punktzahl ein.</translation>
    </message>
  </context>
  <context>
    <name>catalogue</name>
    <message>
      <source>Deadlift (hip hinge)</source>
      <translation>Kreuzheben (Hüftbeugung)</translation>
    </message>
    <message>
      <source>Strengthens the whole back of the body by hinging forward at the hips and standing tall again.</source>
      <translation>Kräftigt die gesamte Körperrückseite: Du beugst dich aus der Hüfte nach vorn und richtest dich wieder ganz auf.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp or shooting pain in your back or legs, and keep the range small after a recent back injury.</source>
      <translation>Hör auf, wenn du einen stechenden oder einschießenden Schmerz im Rücken oder in den Beinen spürst, und halte die Bewegung nach einer frischen Rückenverletzung klein.</translation>
    </message>
    <message>
      <source>glutes</source>
      <translation>Gesäß</translation>
    </message>
    <message>
      <source>hamstrings</source>
      <translation>hintere Oberschenkel</translation>
    </message>
    <message>
      <source>lower back</source>
      <translation>unterer Rücken</translation>
    </message>
    <message>
      <source>dumbbells (optional)</source>
      <translation>Kurzhanteln (optional)</translation>
    </message>
    <message>
      <source>Stand with feet hip-width apart and knees soft, arms hanging in front of your thighs.</source>
      <translation>Stell dich hüftbreit hin, die Knie leicht gebeugt, die Arme hängen vor den Oberschenkeln.</translation>
    </message>
    <message>
      <source>If you use dumbbells, hold one in each hand, starting light, and keep them close to your legs.</source>
      <translation>Wenn du Kurzhanteln nutzt, nimm in jede Hand eine – zu Beginn leichte – und halte sie nah an den Beinen.</translation>
    </message>
    <message>
      <source>Push your hips back and let your chest tip forward, keeping your back long and flat.</source>
      <translation>Schieb die Hüfte nach hinten und lass den Oberkörper nach vorn kippen; dein Rücken bleibt lang und gerade.</translation>
    </message>
    <message>
      <source>Lower until you feel a stretch in the backs of your legs, usually around knee height.</source>
      <translation>Geh so weit hinunter, bis du eine Dehnung an der Rückseite der Beine spürst, meist etwa auf Kniehöhe.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and drive your hips forward to stand tall again.</source>
      <translation>Spann das Gesäß an und schieb die Hüfte nach vorn, bis du wieder aufrecht stehst.</translation>
    </message>
    <message>
      <source>Keep your spine long from head to hips; no rounding.</source>
      <translation>Halte die Wirbelsäule vom Kopf bis zur Hüfte lang – kein runder Rücken.</translation>
    </message>
    <message>
      <source>Move from the hips; the knees only bend a little.</source>
      <translation>Beweg dich aus der Hüfte; die Knie beugen sich nur wenig.</translation>
    </message>
    <message>
      <source>Keep your weight over the middle of your feet.</source>
      <translation>Dein Gewicht bleibt über der Fußmitte.</translation>
    </message>
    <message>
      <source>Rounding the lower back to reach further down.</source>
      <translation>Den unteren Rücken rund machen, um tiefer zu kommen.</translation>
    </message>
    <message>
      <source>Turning it into a squat by bending the knees a lot.</source>
      <translation>Eine Kniebeuge daraus machen, indem man die Knie stark beugt.</translation>
    </message>
    <message>
      <source>Leaning back or pushing the hips too far forward at the top.</source>
      <translation>Sich oben nach hinten lehnen oder die Hüfte zu weit nach vorn schieben.</translation>
    </message>
    <message>
      <source>Keep your back long and flat all the way, use light weights or none, and ask a physiotherapist before adding load.</source>
      <translation>Halte den Rücken die ganze Zeit lang und gerade, nimm leichte oder gar keine Gewichte und frag eine Physiotherapeutin oder einen Physiotherapeuten, bevor du Gewicht hinzunimmst.</translation>
    </message>
    <message>
      <source>Hands-on-hips hinge</source>
      <translation>Hüftbeugung, Hände an der Hüfte</translation>
    </message>
    <message>
      <source>Practises the deadlift's hip hinge without weights: your hands rest on your hips and you hinge through a smaller range, so you learn to move from the hips with a long, flat back.</source>
      <translation>Übt die Hüftbeugung des Kreuzhebens ohne Gewichte: Deine Hände liegen an der Hüfte, und du beugst dich weniger weit vor. So lernst du, dich mit langem, geradem Rücken aus der Hüfte zu bewegen.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp or shooting pain in your back or legs, and keep the hinge very small after a recent back injury.</source>
      <translation>Hör auf, wenn du einen stechenden oder einschießenden Schmerz im Rücken oder in den Beinen spürst, und beug dich nach einer frischen Rückenverletzung nur ganz wenig vor.</translation>
    </message>
    <message>
      <source>Stand with feet hip-width apart and knees soft, and rest your hands on the tops of your hips.</source>
      <translation>Stell dich hüftbreit hin, die Knie leicht gebeugt, und leg die Hände oben auf die Hüfte.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach and stand tall, with your back long from head to hips.</source>
      <translation>Spann den Bauch leicht an und richte dich auf; dein Rücken ist vom Kopf bis zur Hüfte lang.</translation>
    </message>
    <message>
      <source>Push your hips back and let your chest tip forward a little, keeping your back flat.</source>
      <translation>Schieb die Hüfte nach hinten und lass den Oberkörper etwas nach vorn kippen; der Rücken bleibt gerade.</translation>
    </message>
    <message>
      <source>Stop when you feel a light stretch in the backs of your legs, or before your back starts to round, whichever comes first.</source>
      <translation>Stopp, sobald du eine leichte Dehnung an der Rückseite der Beine spürst oder bevor dein Rücken rund wird – je nachdem, was zuerst eintritt.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and bring your hips forward to stand tall again.</source>
      <translation>Spann das Gesäß an und bring die Hüfte nach vorn, bis du wieder aufrecht stehst.</translation>
    </message>
    <message>
      <source>Feel your hands travel back with your hips as you hinge.</source>
      <translation>Spür, wie deine Hände mit der Hüfte nach hinten wandern, wenn du dich vorbeugst.</translation>
    </message>
    <message>
      <source>A small hinge with a flat back beats a deep one with a rounded back.</source>
      <translation>Eine kleine Beugung mit geradem Rücken ist besser als eine tiefe mit rundem Rücken.</translation>
    </message>
    <message>
      <source>Bending forward from the waist instead of pushing the hips back.</source>
      <translation>Sich aus der Taille nach vorn beugen, statt die Hüfte nach hinten zu schieben.</translation>
    </message>
    <message>
      <source>Bending the knees a lot, so it turns into a squat.</source>
      <translation>Die Knie stark beugen, sodass eine Kniebeuge daraus wird.</translation>
    </message>
    <message>
      <source>Leaning back at the top instead of just standing tall.</source>
      <translation>Sich oben nach hinten lehnen, statt einfach aufrecht zu stehen.</translation>
    </message>
    <message>
      <source>Keep your back long and flat and the hinge small, stopping well before your back starts to round.</source>
      <translation>Halte den Rücken lang und gerade und die Beugung klein; hör deutlich vor dem Punkt auf, an dem dein Rücken rund wird.</translation>
    </message>
    <message>
      <source>Slow dumbbell deadlift</source>
      <translation>Langsames Kreuzheben mit Kurzhanteln</translation>
    </message>
    <message>
      <source>A harder deadlift: you hold a pair of dumbbells, take three seconds to lower them and pause before you stand, so the backs of your hips and legs work for longer.</source>
      <translation>Ein schwereres Kreuzheben: Du hältst zwei Kurzhanteln, senkst sie in drei Sekunden ab und hältst kurz inne, bevor du dich aufrichtest. So arbeiten Gesäß und Beinrückseite länger.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp or shooting pain in your back or legs, and go back to the deadlift without weights after a recent back injury.</source>
      <translation>Hör auf, wenn du einen stechenden oder einschießenden Schmerz im Rücken oder in den Beinen spürst, und kehr nach einer frischen Rückenverletzung zum Kreuzheben ohne Gewichte zurück.</translation>
    </message>
    <message>
      <source>dumbbells</source>
      <translation>Kurzhanteln</translation>
    </message>
    <message>
      <source>Stand with feet hip-width apart and knees soft, holding a light dumbbell in each hand in front of your thighs.</source>
      <translation>Stell dich hüftbreit hin, die Knie leicht gebeugt, und halte in jeder Hand eine leichte Kurzhantel vor den Oberschenkeln.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, then push your hips back and let your chest tip forward, taking three seconds on the way down.</source>
      <translation>Spann den Bauch leicht an, schieb dann die Hüfte nach hinten und lass den Oberkörper nach vorn kippen; nimm dir für den Weg nach unten drei Sekunden Zeit.</translation>
    </message>
    <message>
      <source>Keep the dumbbells close to your legs as they lower to about knee height, with your back long and flat.</source>
      <translation>Führ die Kurzhanteln nah an den Beinen etwa bis auf Kniehöhe hinunter; dein Rücken bleibt lang und gerade.</translation>
    </message>
    <message>
      <source>Pause there for a moment, then squeeze your glutes and drive your hips forward to stand tall.</source>
      <translation>Halte dort kurz inne, spann dann das Gesäß an und schieb die Hüfte nach vorn, bis du aufrecht stehst.</translation>
    </message>
    <message>
      <source>Slow on the way down, steady on the way up.</source>
      <translation>Langsam nach unten, gleichmäßig nach oben.</translation>
    </message>
    <message>
      <source>Keep the weights close to your legs all the way.</source>
      <translation>Halte die Gewichte die ganze Zeit nah an den Beinen.</translation>
    </message>
    <message>
      <source>Keep your spine long from head to hips; stop before it would round.</source>
      <translation>Halte die Wirbelsäule vom Kopf bis zur Hüfte lang; hör auf, bevor sie rund würde.</translation>
    </message>
    <message>
      <source>Choosing weights so heavy that your back rounds or the lowering speeds up.</source>
      <translation>So schwere Gewichte wählen, dass der Rücken rund wird oder das Absenken schneller wird.</translation>
    </message>
    <message>
      <source>Letting the dumbbells drift forward, away from your legs.</source>
      <translation>Die Kurzhanteln nach vorn, weg von den Beinen, wandern lassen.</translation>
    </message>
    <message>
      <source>Ask a physiotherapist before you add weights; if you do, keep them light and your back long and flat the whole way.</source>
      <translation>Frag eine Physiotherapeutin oder einen Physiotherapeuten, bevor du Gewichte nimmst; falls ja, nimm leichte und halte den Rücken die ganze Zeit lang und gerade.</translation>
    </message>
    <message>
      <source>Glute bridge</source>
      <translation>Gesäßbrücke</translation>
    </message>
    <message>
      <source>Builds the glutes and hamstrings by lifting your hips off the floor while lying on your back.</source>
      <translation>Kräftigt Gesäß und hintere Oberschenkel: Du hebst in Rückenlage die Hüfte vom Boden ab.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or hips, and skip it if you have been advised not to lie flat on your back, for example later in pregnancy.</source>
      <translation>Hör auf, wenn du einen stechenden Schmerz im Rücken oder in der Hüfte spürst, und lass die Übung aus, wenn dir geraten wurde, nicht flach auf dem Rücken zu liegen, zum Beispiel in der späteren Schwangerschaft.</translation>
    </message>
    <message>
      <source>core</source>
      <translation>Rumpf</translation>
    </message>
    <message>
      <source>Lie on your back with knees bent, feet flat and hip-width apart, arms resting by your sides.</source>
      <translation>Leg dich auf den Rücken, die Knie gebeugt, die Füße flach und hüftbreit aufgestellt, die Arme neben dem Körper.</translation>
    </message>
    <message>
      <source>Press your feet into the floor and gently tighten your stomach.</source>
      <translation>Drück die Füße in den Boden und spann den Bauch leicht an.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and lift your hips until your body is straight from knees to shoulders.</source>
      <translation>Spann das Gesäß an und heb die Hüfte, bis dein Körper von den Knien bis zu den Schultern eine gerade Linie bildet.</translation>
    </message>
    <message>
      <source>Pause for a breath at the top, then lower slowly back to the floor.</source>
      <translation>Halte oben einen Atemzug lang, dann senk dich langsam wieder zum Boden ab.</translation>
    </message>
    <message>
      <source>Push through your heels.</source>
      <translation>Drück über die Fersen.</translation>
    </message>
    <message>
      <source>Keep your ribs down so the lift comes from your hips, not from arching your back.</source>
      <translation>Halte die Rippen unten, damit die Bewegung aus der Hüfte kommt und nicht aus einem Hohlkreuz.</translation>
    </message>
    <message>
      <source>Keep your knees pointing forward, in line with your feet.</source>
      <translation>Die Knie zeigen nach vorn, in einer Linie mit den Füßen.</translation>
    </message>
    <message>
      <source>Arching the lower back to lift higher.</source>
      <translation>Ins Hohlkreuz gehen, um höher zu kommen.</translation>
    </message>
    <message>
      <source>Letting the knees fall inward or outward.</source>
      <translation>Die Knie nach innen oder außen fallen lassen.</translation>
    </message>
    <message>
      <source>Dropping down quickly instead of lowering with control.</source>
      <translation>Schnell absacken, statt kontrolliert abzusenken.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back for long can make you feel faint. Keep sets short, or prop your shoulders up on cushions.</source>
      <translation>Nach den ersten drei Monaten kann längeres Liegen auf dem Rücken zu Schwächegefühl führen. Halte die Sätze kurz oder lagere deine Schultern auf Kissen hoch.</translation>
    </message>
    <message>
      <source>Small bridge</source>
      <translation>Kleine Brücke</translation>
    </message>
    <message>
      <source>A gentler glute bridge: you lift your hips only a little way off the floor, building height as it feels comfortable.</source>
      <translation>Eine sanftere Gesäßbrücke: Du hebst die Hüfte nur ein kleines Stück vom Boden ab und gehst höher, wenn es sich gut anfühlt.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and lift your hips just a few centimetres off the floor, only as high as feels comfortable.</source>
      <translation>Spann das Gesäß an und heb die Hüfte nur wenige Zentimeter vom Boden ab, nur so hoch, wie es angenehm ist.</translation>
    </message>
    <message>
      <source>Pause for a breath, then lower slowly back down and let your glutes relax before the next lift.</source>
      <translation>Halte einen Atemzug lang, senk dich dann langsam wieder ab und lass das Gesäß vor dem nächsten Heben locker.</translation>
    </message>
    <message>
      <source>A small, steady lift is better than a high, shaky one.</source>
      <translation>Ein kleines, ruhiges Heben ist besser als ein hohes, wackliges.</translation>
    </message>
    <message>
      <source>Push through your heels, not your toes.</source>
      <translation>Drück über die Fersen, nicht über die Zehen.</translation>
    </message>
    <message>
      <source>Keep your ribs down so the lift comes from your glutes.</source>
      <translation>Halte die Rippen unten, damit die Bewegung aus dem Gesäß kommt.</translation>
    </message>
    <message>
      <source>Pushing higher than is comfortable and arching the lower back.</source>
      <translation>Höher drücken, als es angenehm ist, und dabei ins Hohlkreuz gehen.</translation>
    </message>
    <message>
      <source>Holding your breath as you lift.</source>
      <translation>Beim Heben die Luft anhalten.</translation>
    </message>
    <message>
      <source>Marching bridge</source>
      <translation>Brücke mit Marschieren</translation>
    </message>
    <message>
      <source>A harder glute bridge: you hold your hips up and lift one foot at a time, so your glutes and trunk must keep your hips level.</source>
      <translation>Eine schwerere Gesäßbrücke: Du hältst die Hüfte oben und hebst abwechselnd einen Fuß an. Gesäß und Rumpf müssen dabei die Hüfte waagerecht halten.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or hips, lower your hips and rest if the back of your thigh cramps, and skip it if you have been advised not to lie flat on your back, for example later in pregnancy.</source>
      <translation>Hör auf, wenn du einen stechenden Schmerz im Rücken oder in der Hüfte spürst. Senk die Hüfte ab und mach eine Pause, wenn die Rückseite deines Oberschenkels krampft, und lass die Übung aus, wenn dir geraten wurde, nicht flach auf dem Rücken zu liegen, zum Beispiel in der späteren Schwangerschaft.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, squeeze your glutes and lift your hips until your body is straight from knees to shoulders.</source>
      <translation>Spann den Bauch leicht an, spann das Gesäß an und heb die Hüfte, bis dein Körper von den Knien bis zu den Schultern eine gerade Linie bildet.</translation>
    </message>
    <message>
      <source>Keeping your hips high and level, slowly lift one foot off the floor and bring that knee up over your hip, keeping the knee bent.</source>
      <translation>Halte die Hüfte hoch und waagerecht, heb langsam einen Fuß vom Boden und bring das Knie über die Hüfte; das Knie bleibt gebeugt.</translation>
    </message>
    <message>
      <source>Put the foot down softly, then lift the other one; each foot lift counts as one rep.</source>
      <translation>Setz den Fuß sanft ab und heb dann den anderen; jedes Anheben eines Fußes zählt als eine Wiederholung.</translation>
    </message>
    <message>
      <source>After your last rep, lower your hips slowly back to the floor.</source>
      <translation>Senk nach der letzten Wiederholung die Hüfte langsam wieder zum Boden ab.</translation>
    </message>
    <message>
      <source>Keep your hips level, as if a tray were balanced across them.</source>
      <translation>Halte die Hüfte waagerecht, als läge ein Tablett darauf.</translation>
    </message>
    <message>
      <source>Press firmly through the heel of the foot that stays down.</source>
      <translation>Drück fest über die Ferse des Fußes, der am Boden bleibt.</translation>
    </message>
    <message>
      <source>Move slowly; the foot only needs to leave the floor.</source>
      <translation>Beweg dich langsam; der Fuß muss nur vom Boden abheben.</translation>
    </message>
    <message>
      <source>Letting the hips sag or tip to one side as a foot lifts.</source>
      <translation>Die Hüfte absacken oder zur Seite kippen lassen, wenn ein Fuß abhebt.</translation>
    </message>
    <message>
      <source>Arching the lower back to keep the hips up.</source>
      <translation>Ins Hohlkreuz gehen, um die Hüfte oben zu halten.</translation>
    </message>
    <message>
      <source>Rushing from one foot to the other.</source>
      <translation>Hastig von einem Fuß zum anderen wechseln.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back for long can make you feel faint. Keep sets short, or prop your shoulders up on cushions, and keep both feet down if the front or back of your pelvis is sore.</source>
      <translation>Nach den ersten drei Monaten kann längeres Liegen auf dem Rücken zu Schwächegefühl führen. Halte die Sätze kurz oder lagere deine Schultern auf Kissen hoch, und lass beide Füße am Boden, wenn dein Becken vorn oder hinten schmerzt.</translation>
    </message>
    <message>
      <source>Single-leg bridge</source>
      <translation>Einbeinige Brücke</translation>
    </message>
    <message>
      <source>A harder glute bridge on one foot, with the other leg held out straight, so each side's glutes and hamstrings work on their own while you keep your hips level.</source>
      <translation>Eine schwerere Gesäßbrücke auf einem Fuß, das andere Bein ist gestreckt. So arbeiten Gesäß und hintere Oberschenkel jeder Seite für sich, während du die Hüfte waagerecht hältst.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or hips, go back to the marching bridge if you cannot keep your hips level, and skip it if you have been advised not to lie flat on your back, for example later in pregnancy.</source>
      <translation>Hör auf, wenn du einen stechenden Schmerz im Rücken oder in der Hüfte spürst. Kehr zur Brücke mit Marschieren zurück, wenn du die Hüfte nicht waagerecht halten kannst, und lass die Übung aus, wenn dir geraten wurde, nicht flach auf dem Rücken zu liegen, zum Beispiel in der späteren Schwangerschaft.</translation>
    </message>
    <message>
      <source>Left leg: your left foot stays on the floor and does the lifting, and your right leg is held out straight.</source>
      <translation>Linkes Bein: Dein linker Fuß bleibt am Boden und hebt die Hüfte, dein rechtes Bein ist gestreckt.</translation>
    </message>
    <message>
      <source>Right leg: your right foot stays on the floor and does the lifting, and your left leg is held out straight.</source>
      <translation>Rechtes Bein: Dein rechter Fuß bleibt am Boden und hebt die Hüfte, dein linkes Bein ist gestreckt.</translation>
    </message>
    <message>
      <source>Lie on your back with knees bent, feet flat and hip-width apart, arms resting on the floor by your sides.</source>
      <translation>Leg dich auf den Rücken, die Knie gebeugt, die Füße flach und hüftbreit aufgestellt, die Arme neben dem Körper auf dem Boden.</translation>
    </message>
    <message>
      <source>Straighten one leg so it lines up with the other thigh, knees level, and gently tighten your stomach.</source>
      <translation>Streck ein Bein, sodass es in einer Linie mit dem anderen Oberschenkel liegt, die Knie auf gleicher Höhe, und spann den Bauch leicht an.</translation>
    </message>
    <message>
      <source>Press through the heel of the foot on the floor and lift your hips until your body is straight from knee to shoulders, hips level.</source>
      <translation>Drück über die Ferse des Fußes am Boden und heb die Hüfte, bis dein Körper vom Knie bis zu den Schultern eine gerade Linie bildet; die Hüfte bleibt waagerecht.</translation>
    </message>
    <message>
      <source>Finish your reps, then change legs.</source>
      <translation>Mach alle Wiederholungen, dann wechsle das Bein.</translation>
    </message>
    <message>
      <source>Keep both hips at the same height; don't let the side of the straight leg drop.</source>
      <translation>Halte beide Hüftseiten auf gleicher Höhe; lass die Seite des gestreckten Beins nicht absinken.</translation>
    </message>
    <message>
      <source>Push through the heel of the foot on the floor.</source>
      <translation>Drück über die Ferse des Fußes am Boden.</translation>
    </message>
    <message>
      <source>Press your arms gently into the floor to stay steady.</source>
      <translation>Drück die Arme leicht in den Boden, um stabil zu bleiben.</translation>
    </message>
    <message>
      <source>Letting the hip on the side of the straight leg drop or twist.</source>
      <translation>Die Hüfte auf der Seite des gestreckten Beins absinken lassen oder verdrehen.</translation>
    </message>
    <message>
      <source>Kicking the straight leg up to help the lift.</source>
      <translation>Das gestreckte Bein hochschwingen, um beim Heben zu helfen.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back for long can make you feel faint, and one-legged work can strain a sore pelvis. Keep sets short, or do the glute bridge with both feet down.</source>
      <translation>Nach den ersten drei Monaten kann längeres Liegen auf dem Rücken zu Schwächegefühl führen, und einbeiniges Training kann ein schmerzendes Becken überlasten. Halte die Sätze kurz oder mach die Gesäßbrücke mit beiden Füßen am Boden.</translation>
    </message>
    <message>
      <source>Bird dog</source>
      <translation>Bird Dog</translation>
    </message>
    <message>
      <source>Teaches your trunk and hips to stay steady while you reach out with an opposite arm and leg.</source>
      <translation>Trainiert Rumpf und Hüfte, stabil zu bleiben, während du einen Arm und das gegenüberliegende Bein ausstreckst.</translation>
    </message>
    <message>
      <source>Put a cushion under your knees if they are sore, and stop if you feel sharp pain in your back or wrists.</source>
      <translation>Leg ein Kissen unter die Knie, wenn sie empfindlich sind, und hör auf, wenn du einen stechenden Schmerz im Rücken oder in den Handgelenken spürst.</translation>
    </message>
    <message>
      <source>Left side: your left arm reaches forward and your right leg reaches back.</source>
      <translation>Linke Seite: Dein linker Arm streckt sich nach vorn und dein rechtes Bein nach hinten.</translation>
    </message>
    <message>
      <source>Right side: your right arm reaches forward and your left leg reaches back.</source>
      <translation>Rechte Seite: Dein rechter Arm streckt sich nach vorn und dein linkes Bein nach hinten.</translation>
    </message>
    <message>
      <source>shoulders</source>
      <translation>Schultern</translation>
    </message>
    <message>
      <source>Start on hands and knees, hands under your shoulders and knees under your hips, back flat.</source>
      <translation>Geh in den Vierfüßlerstand: Hände unter den Schultern, Knie unter der Hüfte, der Rücken gerade.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach as if bracing for a light poke.</source>
      <translation>Spann den Bauch leicht an, als würdest du dich auf einen leichten Stups vorbereiten.</translation>
    </message>
    <message>
      <source>Slowly reach one arm forward and the opposite leg back until both are level with your body.</source>
      <translation>Streck langsam einen Arm nach vorn und das gegenüberliegende Bein nach hinten, bis beide in einer Linie mit deinem Körper sind.</translation>
    </message>
    <message>
      <source>Hold for a breath, then bring them back to the start with control.</source>
      <translation>Halte einen Atemzug lang, dann bring beide kontrolliert zurück in die Ausgangsposition.</translation>
    </message>
    <message>
      <source>Finish your reps, then change to the other arm and leg.</source>
      <translation>Mach alle Wiederholungen, dann wechsle zum anderen Arm und Bein.</translation>
    </message>
    <message>
      <source>Keep your hips level, as if a cup of water were balanced on your lower back.</source>
      <translation>Halte die Hüfte waagerecht, als stünde ein Glas Wasser auf deinem unteren Rücken.</translation>
    </message>
    <message>
      <source>Reach long rather than high.</source>
      <translation>Streck dich lang statt hoch.</translation>
    </message>
    <message>
      <source>Keep your neck in line, eyes on the floor.</source>
      <translation>Halte den Nacken in Verlängerung der Wirbelsäule, den Blick zum Boden.</translation>
    </message>
    <message>
      <source>Lifting the leg too high and arching the back.</source>
      <translation>Das Bein zu hoch heben und ins Hohlkreuz gehen.</translation>
    </message>
    <message>
      <source>Letting the hip rotate open to the side.</source>
      <translation>Die Hüfte zur Seite aufdrehen.</translation>
    </message>
    <message>
      <source>Rushing through the reps.</source>
      <translation>Die Wiederholungen hastig durchziehen.</translation>
    </message>
    <message>
      <source>Bird dog, one limb at a time</source>
      <translation>Bird Dog, Arm und Bein einzeln</translation>
    </message>
    <message>
      <source>An easier bird dog: you reach out just one arm, then just one leg, so three points stay on the floor while you learn to keep your trunk and hips steady.</source>
      <translation>Ein leichterer Bird Dog: Du streckst erst nur einen Arm, dann nur ein Bein aus. So bleiben drei Punkte am Boden, während du lernst, Rumpf und Hüfte stabil zu halten.</translation>
    </message>
    <message>
      <source>Left side: you reach your left arm forward, then your right leg back, one at a time.</source>
      <translation>Linke Seite: Du streckst erst deinen linken Arm nach vorn, dann dein rechtes Bein nach hinten, eins nach dem anderen.</translation>
    </message>
    <message>
      <source>Right side: you reach your right arm forward, then your left leg back, one at a time.</source>
      <translation>Rechte Seite: Du streckst erst deinen rechten Arm nach vorn, dann dein linkes Bein nach hinten, eins nach dem anderen.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, then slowly reach one arm forward until it is level with your body, hold for a breath and put it back down.</source>
      <translation>Spann den Bauch leicht an, streck dann langsam einen Arm nach vorn, bis er in einer Linie mit deinem Körper ist, halte einen Atemzug lang und setz ihn wieder ab.</translation>
    </message>
    <message>
      <source>Now slide the opposite leg back along the floor and lift it until it is level with your body, hold for a breath and bring it back.</source>
      <translation>Schieb nun das gegenüberliegende Bein am Boden entlang nach hinten und heb es an, bis es in einer Linie mit deinem Körper ist; halte einen Atemzug lang und bring es zurück.</translation>
    </message>
    <message>
      <source>That is one rep; finish your reps, then change to the other arm and leg.</source>
      <translation>Das ist eine Wiederholung; mach alle Wiederholungen, dann wechsle zum anderen Arm und Bein.</translation>
    </message>
    <message>
      <source>Slide the leg back along the floor before you lift it.</source>
      <translation>Schieb das Bein erst am Boden entlang nach hinten, bevor du es anhebst.</translation>
    </message>
    <message>
      <source>Shifting your weight over to one side as the hand or knee comes up.</source>
      <translation>Das Gewicht zu einer Seite verlagern, wenn Hand oder Knie abheben.</translation>
    </message>
    <message>
      <source>Lifting the leg higher than your back, so the back arches.</source>
      <translation>Das Bein höher als den Rücken heben, sodass du ins Hohlkreuz gehst.</translation>
    </message>
    <message>
      <source>Rushing from one limb to the next without settling first.</source>
      <translation>Hastig von Arm zu Bein wechseln, ohne vorher wieder stabil zu sein.</translation>
    </message>
    <message>
      <source>Bird dog with crunch</source>
      <translation>Bird Dog mit Crunch</translation>
    </message>
    <message>
      <source>A harder bird dog: after each reach you draw your elbow and the opposite knee in under your body, then reach out again, so your trunk has to stay steady through a longer movement.</source>
      <translation>Ein schwererer Bird Dog: Nach jedem Ausstrecken ziehst du Ellbogen und gegenüberliegendes Knie unter dem Körper zusammen und streckst sie dann wieder aus. So muss dein Rumpf über eine längere Bewegung stabil bleiben.</translation>
    </message>
    <message>
      <source>Go back to the plain bird dog if drawing in brings on back pain, and stop if you feel sharp pain in your back, wrists or knees.</source>
      <translation>Kehr zum einfachen Bird Dog zurück, wenn das Zusammenziehen Rückenschmerzen auslöst, und hör auf, wenn du einen stechenden Schmerz im Rücken, in den Handgelenken oder Knien spürst.</translation>
    </message>
    <message>
      <source>Left side: your left arm and right leg reach out and draw in together.</source>
      <translation>Linke Seite: Dein linker Arm und dein rechtes Bein strecken sich aus und ziehen sich gemeinsam wieder heran.</translation>
    </message>
    <message>
      <source>Right side: your right arm and left leg reach out and draw in together.</source>
      <translation>Rechte Seite: Dein rechter Arm und dein linkes Bein strecken sich aus und ziehen sich gemeinsam wieder heran.</translation>
    </message>
    <message>
      <source>abdominals</source>
      <translation>Bauchmuskeln</translation>
    </message>
    <message>
      <source>Start on hands and knees, hands under your shoulders and knees under your hips, and gently tighten your stomach.</source>
      <translation>Geh in den Vierfüßlerstand, Hände unter den Schultern, Knie unter der Hüfte, und spann den Bauch leicht an.</translation>
    </message>
    <message>
      <source>Slowly reach one arm forward and the opposite leg back until both are level with your body, and hold for a breath.</source>
      <translation>Streck langsam einen Arm nach vorn und das gegenüberliegende Bein nach hinten, bis beide in einer Linie mit deinem Körper sind, und halte einen Atemzug lang.</translation>
    </message>
    <message>
      <source>Bend the elbow and knee and draw them in under your body towards each other, letting your back round only a little.</source>
      <translation>Beug Ellbogen und Knie und zieh sie unter dem Körper zueinander; dein Rücken rundet sich dabei nur wenig.</translation>
    </message>
    <message>
      <source>Reach them out long again with control; that is one rep.</source>
      <translation>Streck sie kontrolliert wieder lang aus; das ist eine Wiederholung.</translation>
    </message>
    <message>
      <source>Move slowly; being steady matters more than being quick.</source>
      <translation>Beweg dich langsam; Stabilität ist wichtiger als Tempo.</translation>
    </message>
    <message>
      <source>Keep your hips level both when you reach and when you draw in.</source>
      <translation>Halte die Hüfte waagerecht, beim Ausstrecken wie beim Heranziehen.</translation>
    </message>
    <message>
      <source>Elbow and knee only need to come close, not touch.</source>
      <translation>Ellbogen und Knie müssen sich nur annähern, nicht berühren.</translation>
    </message>
    <message>
      <source>Swinging the arm and leg in and out quickly.</source>
      <translation>Arm und Bein schnell hin und her schwingen.</translation>
    </message>
    <message>
      <source>Rounding the back hard or dropping the head to make the elbow and knee meet.</source>
      <translation>Den Rücken stark runden oder den Kopf hängen lassen, damit sich Ellbogen und Knie treffen.</translation>
    </message>
    <message>
      <source>Lifting the leg above the level of your back on the reach.</source>
      <translation>Das Bein beim Ausstrecken höher als den Rücken heben.</translation>
    </message>
    <message>
      <source>Drawing in rounds the spine, which loads the front of the spine bones. Keep to the plain bird dog with a flat back, and ask a physiotherapist before adding the crunch.</source>
      <translation>Das Heranziehen rundet die Wirbelsäule und belastet die Vorderseite der Wirbelkörper. Bleib beim einfachen Bird Dog mit geradem Rücken und frag eine Physiotherapeutin oder einen Physiotherapeuten, bevor du den Crunch hinzunimmst.</translation>
    </message>
    <message>
      <source>Front plank</source>
      <translation>Unterarmstütz</translation>
    </message>
    <message>
      <source>Builds a steady trunk, from your stomach round to your lower back and hips, as you hold a straight line on your forearms.</source>
      <translation>Stärkt einen stabilen Rumpf, vom Bauch bis zum unteren Rücken und zur Hüfte: Du hältst dich auf den Unterarmen in einer geraden Linie.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or shoulders, and check with a health professional before holding planks if you are pregnant or have high blood pressure.</source>
      <translation>Hör auf, wenn du einen stechenden Schmerz im Rücken oder in den Schultern spürst, und sprich mit einer medizinischen Fachperson, bevor du Stützübungen machst, wenn du schwanger bist oder Bluthochdruck hast.</translation>
    </message>
    <message>
      <source>Lie face down, then prop yourself up on your forearms with elbows under your shoulders.</source>
      <translation>Leg dich auf den Bauch und stütz dich dann auf die Unterarme, die Ellbogen unter den Schultern.</translation>
    </message>
    <message>
      <source>Tuck your toes under and tighten your stomach and glutes.</source>
      <translation>Stell die Zehen auf und spann Bauch und Gesäß an.</translation>
    </message>
    <message>
      <source>Lift your hips so your body is straight from head to heels.</source>
      <translation>Heb die Hüfte, bis dein Körper vom Kopf bis zu den Fersen eine gerade Linie bildet.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then lower your knees to the floor to finish.</source>
      <translation>Halte die Position und atme gleichmäßig weiter, dann setz zum Abschluss die Knie auf dem Boden ab.</translation>
    </message>
    <message>
      <source>Squeeze your glutes to keep your hips level.</source>
      <translation>Spann das Gesäß an, damit die Hüfte auf einer Höhe bleibt.</translation>
    </message>
    <message>
      <source>Push the floor away with your forearms.</source>
      <translation>Drück dich mit den Unterarmen vom Boden weg.</translation>
    </message>
    <message>
      <source>Keep breathing; don't hold your breath.</source>
      <translation>Atme weiter; halte nicht die Luft an.</translation>
    </message>
    <message>
      <source>Letting the hips sag toward the floor.</source>
      <translation>Die Hüfte zum Boden durchhängen lassen.</translation>
    </message>
    <message>
      <source>Pushing the hips up into a peak.</source>
      <translation>Die Hüfte zu einer Spitze nach oben schieben.</translation>
    </message>
    <message>
      <source>Holding the breath.</source>
      <translation>Die Luft anhalten.</translation>
    </message>
    <message>
      <source>Planks load the stretched belly muscles. Do it against a wall or a kitchen counter instead, and stop if you see a ridge along the middle of your belly.</source>
      <translation>Stützübungen belasten die gedehnten Bauchmuskeln. Mach die Übung stattdessen an einer Wand oder Küchenarbeitsplatte und hör auf, wenn sich eine Wulst entlang der Bauchmitte zeigt.</translation>
    </message>
    <message>
      <source>Incline plank</source>
      <translation>Erhöhter Unterarmstütz</translation>
    </message>
    <message>
      <source>A gentler front plank with your forearms on a sturdy desk or table, so your body is tilted up and has less of its weight to hold.</source>
      <translation>Ein sanfterer Unterarmstütz mit den Unterarmen auf einem stabilen Schreibtisch oder Tisch: Dein Körper ist schräg aufgerichtet und muss weniger Gewicht halten.</translation>
    </message>
    <message>
      <source>Use a desk or table that cannot slide or tip, stop if you feel sharp pain in your back, shoulders or wrists, and check with a health professional first if you have high blood pressure.</source>
      <translation>Nimm einen Schreibtisch oder Tisch, der nicht rutschen oder kippen kann. Hör auf, wenn du einen stechenden Schmerz im Rücken, in den Schultern oder Handgelenken spürst, und sprich vorher mit einer medizinischen Fachperson, wenn du Bluthochdruck hast.</translation>
    </message>
    <message>
      <source>sturdy desk or table</source>
      <translation>stabiler Schreibtisch oder Tisch</translation>
    </message>
    <message>
      <source>Stand facing a sturdy desk or table that cannot slide and rest your forearms on its edge, elbows under your shoulders.</source>
      <translation>Stell dich vor einen stabilen Schreibtisch oder Tisch, der nicht rutschen kann, und leg die Unterarme auf die Kante, die Ellbogen unter den Schultern.</translation>
    </message>
    <message>
      <source>Step your feet back, hip-width apart, until your body is straight from head to heels, with your weight on the balls of your feet.</source>
      <translation>Geh mit den Füßen hüftbreit nach hinten, bis dein Körper vom Kopf bis zu den Fersen eine gerade Linie bildet; dein Gewicht liegt auf den Fußballen.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach and squeeze your glutes so your hips stay in line.</source>
      <translation>Spann den Bauch leicht und das Gesäß fest an, damit die Hüfte in der Linie bleibt.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then walk your feet back in and stand up to finish.</source>
      <translation>Halte die Position und atme gleichmäßig weiter, dann geh mit den Füßen wieder heran und richte dich zum Abschluss auf.</translation>
    </message>
    <message>
      <source>Make one long line from your ears to your heels.</source>
      <translation>Bilde eine lange Linie von den Ohren bis zu den Fersen.</translation>
    </message>
    <message>
      <source>Press gently into the desk so your shoulders don't sink.</source>
      <translation>Drück dich leicht in den Tisch, damit deine Schultern nicht absinken.</translation>
    </message>
    <message>
      <source>Bending at the waist so the bottom sticks out.</source>
      <translation>In der Taille abknicken, sodass der Po nach hinten rausragt.</translation>
    </message>
    <message>
      <source>Letting the hips sag toward the desk.</source>
      <translation>Die Hüfte zum Tisch durchhängen lassen.</translation>
    </message>
    <message>
      <source>Leaning on furniture that can slide or tip, such as a chair on wheels.</source>
      <translation>Sich auf Möbel stützen, die rutschen oder kippen können, etwa einen Stuhl mit Rollen.</translation>
    </message>
    <message>
      <source>Choose this raised plank in pregnancy rather than one on the floor. Keep holds short, stop if a ridge shows along your belly, and ask your midwife or physiotherapist if unsure.</source>
      <translation>Wähl in der Schwangerschaft diesen erhöhten Stütz statt eines Stützes am Boden. Halte nur kurz, hör auf, wenn sich eine Wulst entlang deines Bauchs zeigt, und frag im Zweifel deine Hebamme oder deine Physiotherapeutin bzw. deinen Physiotherapeuten.</translation>
    </message>
    <message>
      <source>Knee plank</source>
      <translation>Unterarmstütz auf den Knien</translation>
    </message>
    <message>
      <source>Builds a steady trunk like the front plank, but with your knees on the floor so you hold a shorter, lighter line.</source>
      <translation>Stärkt wie der Unterarmstütz einen stabilen Rumpf, aber mit den Knien am Boden: Du hältst eine kürzere, leichtere Linie.</translation>
    </message>
    <message>
      <source>Put a folded towel under your knees if they are sore, stop if you feel sharp pain in your back or shoulders, and check with a health professional before holding planks if you are pregnant or have high blood pressure.</source>
      <translation>Leg ein gefaltetes Handtuch unter die Knie, wenn sie empfindlich sind. Hör auf, wenn du einen stechenden Schmerz im Rücken oder in den Schultern spürst, und sprich mit einer medizinischen Fachperson, bevor du Stützübungen machst, wenn du schwanger bist oder Bluthochdruck hast.</translation>
    </message>
    <message>
      <source>Lie face down, then prop yourself up on your forearms with your elbows under your shoulders.</source>
      <translation>Leg dich auf den Bauch und stütz dich dann auf die Unterarme, die Ellbogen unter den Schultern.</translation>
    </message>
    <message>
      <source>Keep your knees on the floor, with your lower legs resting on the floor behind you.</source>
      <translation>Lass die Knie am Boden; die Unterschenkel liegen hinter dir auf dem Boden.</translation>
    </message>
    <message>
      <source>Tighten your stomach and glutes and lift your hips until your body is straight from head to knees.</source>
      <translation>Spann Bauch und Gesäß an und heb die Hüfte, bis dein Körper vom Kopf bis zu den Knien eine gerade Linie bildet.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then lower your hips to the floor to finish.</source>
      <translation>Halte die Position und atme gleichmäßig weiter, dann senk zum Abschluss die Hüfte auf den Boden ab.</translation>
    </message>
    <message>
      <source>Think of a straight line from your ears through your hips to your knees.</source>
      <translation>Stell dir eine gerade Linie von den Ohren über die Hüfte bis zu den Knien vor.</translation>
    </message>
    <message>
      <source>Leaving the bottom up in the air, bent at the hips.</source>
      <translation>Den Po in der Luft lassen, in der Hüfte abgeknickt.</translation>
    </message>
    <message>
      <source>Even on your knees, planks load the stretched belly muscles. Do the incline plank against a desk or kitchen counter instead, and stop if you see a ridge along the middle of your belly.</source>
      <translation>Auch auf den Knien belasten Stützübungen die gedehnten Bauchmuskeln. Mach stattdessen den erhöhten Unterarmstütz an einem Schreibtisch oder einer Küchenarbeitsplatte und hör auf, wenn sich eine Wulst entlang der Bauchmitte zeigt.</translation>
    </message>
    <message>
      <source>Plank with arm reach</source>
      <translation>Stütz mit Armstrecken</translation>
    </message>
    <message>
      <source>A harder plank on your hands in which you slowly reach one arm forward at a time, so your trunk has to stop your hips from twisting.</source>
      <translation>Ein schwererer Stütz auf den Händen, bei dem du langsam abwechselnd einen Arm nach vorn streckst. Dein Rumpf muss dabei verhindern, dass sich die Hüfte verdreht.</translation>
    </message>
    <message>
      <source>Go back to the front plank if your hips rock, stop if you feel sharp pain in your back, shoulders or wrists, and check with a health professional before holding planks if you are pregnant or have high blood pressure.</source>
      <translation>Kehr zum Unterarmstütz zurück, wenn deine Hüfte wackelt. Hör auf, wenn du einen stechenden Schmerz im Rücken, in den Schultern oder Handgelenken spürst, und sprich mit einer medizinischen Fachperson, bevor du Stützübungen machst, wenn du schwanger bist oder Bluthochdruck hast.</translation>
    </message>
    <message>
      <source>obliques</source>
      <translation>seitliche Bauchmuskeln</translation>
    </message>
    <message>
      <source>Set up a plank on your hands, with your hands under your shoulders and your body straight from head to heels.</source>
      <translation>Geh in den Stütz auf den Händen, die Hände unter den Schultern, dein Körper gerade vom Kopf bis zu den Fersen.</translation>
    </message>
    <message>
      <source>Place your feet a little wider than hip-width apart, then tighten your stomach and glutes.</source>
      <translation>Stell die Füße etwas weiter als hüftbreit auseinander und spann dann Bauch und Gesäß an.</translation>
    </message>
    <message>
      <source>Breathe out and slowly reach one arm forward at shoulder height, keeping your hips still.</source>
      <translation>Atme aus und streck langsam einen Arm auf Schulterhöhe nach vorn; die Hüfte bleibt ruhig.</translation>
    </message>
    <message>
      <source>Breathe in as you put that hand back down, then reach with the other arm on the next breath out.</source>
      <translation>Atme ein, während du die Hand wieder absetzt, und streck beim nächsten Ausatmen den anderen Arm.</translation>
    </message>
    <message>
      <source>Keep taking turns with your breath until the time is up, then lower your knees to the floor to finish.</source>
      <translation>Wechsle weiter im Atemrhythmus ab, bis die Zeit um ist, dann setz zum Abschluss die Knie auf dem Boden ab.</translation>
    </message>
    <message>
      <source>Press the floor away with your supporting hand.</source>
      <translation>Drück dich mit der Stützhand vom Boden weg.</translation>
    </message>
    <message>
      <source>Twisting or shifting the hips as the arm lifts.</source>
      <translation>Die Hüfte verdrehen oder verschieben, wenn der Arm abhebt.</translation>
    </message>
    <message>
      <source>Letting the hips sag or rise during the reach.</source>
      <translation>Die Hüfte beim Strecken durchhängen lassen oder anheben.</translation>
    </message>
    <message>
      <source>Rushing the reaches or holding the breath.</source>
      <translation>Hastig strecken oder die Luft anhalten.</translation>
    </message>
    <message>
      <source>This version loads the stretched belly muscles even more than a plain plank. Choose the incline plank against a desk or kitchen counter instead, and ask your midwife or physiotherapist.</source>
      <translation>Diese Variante belastet die gedehnten Bauchmuskeln noch stärker als ein einfacher Stütz. Wähl stattdessen den erhöhten Unterarmstütz an einem Schreibtisch oder einer Küchenarbeitsplatte und frag deine Hebamme oder deine Physiotherapeutin bzw. deinen Physiotherapeuten.</translation>
    </message>
    <message>
      <source>Side plank</source>
      <translation>Seitstütz</translation>
    </message>
    <message>
      <source>Strengthens the sides of the core and the outer hip by holding your body up on one forearm.</source>
      <translation>Kräftigt die seitliche Rumpfmuskulatur und die äußere Hüfte: Du stützt deinen Körper auf einem Unterarm.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your shoulder, back or hips, and use the bent-knee version after a shoulder injury.</source>
      <translation>Hör auf, wenn du einen stechenden Schmerz in der Schulter, im Rücken oder in der Hüfte spürst, und nimm nach einer Schulterverletzung die Variante mit gebeugten Knien.</translation>
    </message>
    <message>
      <source>Left side: you lie on your left side, propped on your left forearm, with your right leg on top.</source>
      <translation>Linke Seite: Du liegst auf der linken Seite, auf den linken Unterarm gestützt, dein rechtes Bein liegt oben.</translation>
    </message>
    <message>
      <source>Right side: you lie on your right side, propped on your right forearm, with your left leg on top.</source>
      <translation>Rechte Seite: Du liegst auf der rechten Seite, auf den rechten Unterarm gestützt, dein linkes Bein liegt oben.</translation>
    </message>
    <message>
      <source>Lie on one side with your legs straight and stacked and your elbow under your shoulder.</source>
      <translation>Leg dich auf die Seite, die Beine gestreckt und übereinander, den Ellbogen unter der Schulter.</translation>
    </message>
    <message>
      <source>Tighten your stomach and press your forearm into the floor.</source>
      <translation>Spann den Bauch an und drück den Unterarm in den Boden.</translation>
    </message>
    <message>
      <source>Lift your hips so your body forms a straight line from head to feet.</source>
      <translation>Heb die Hüfte, bis dein Körper vom Kopf bis zu den Füßen eine gerade Linie bildet.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then lower your hips and change sides.</source>
      <translation>Halte die Position und atme gleichmäßig weiter, dann senk die Hüfte ab und wechsle die Seite.</translation>
    </message>
    <message>
      <source>Keep your elbow directly under your shoulder.</source>
      <translation>Halte den Ellbogen direkt unter der Schulter.</translation>
    </message>
    <message>
      <source>Lift your top hip toward the ceiling.</source>
      <translation>Heb die obere Hüfte zur Decke.</translation>
    </message>
    <message>
      <source>Keep your head in line with your spine.</source>
      <translation>Halte den Kopf in Verlängerung der Wirbelsäule.</translation>
    </message>
    <message>
      <source>Letting the hips sink or drift backward.</source>
      <translation>Die Hüfte absinken oder nach hinten wandern lassen.</translation>
    </message>
    <message>
      <source>Shrugging the supporting shoulder up toward the ear.</source>
      <translation>Die Stützschulter zum Ohr hochziehen.</translation>
    </message>
    <message>
      <source>Rolling the chest toward the floor.</source>
      <translation>Den Brustkorb zum Boden drehen.</translation>
    </message>
    <message>
      <source>Side planks load the stretched belly muscles. Use the bent-knee version or lie on your side and lift your top leg instead, and ask your midwife or physiotherapist.</source>
      <translation>Seitstützübungen belasten die gedehnten Bauchmuskeln. Nimm die Variante mit gebeugten Knien oder leg dich stattdessen auf die Seite und heb das obere Bein, und frag deine Hebamme oder deine Physiotherapeutin bzw. deinen Physiotherapeuten.</translation>
    </message>
    <message>
      <source>Wall side plank</source>
      <translation>Seitstütz an der Wand</translation>
    </message>
    <message>
      <source>A gentle standing side plank: you lean sideways on your forearm against a wall, which works the sides of your core and your outer hip with far less weight to hold.</source>
      <translation>Ein sanfter Seitstütz im Stehen: Du lehnst dich seitlich mit dem Unterarm an eine Wand. Das trainiert die seitliche Rumpfmuskulatur und die äußere Hüfte mit viel weniger Gewicht.</translation>
    </message>
    <message>
      <source>Wear shoes or stand where your feet will not slip, and stop if you feel sharp pain in your shoulder, back or hips.</source>
      <translation>Trag Schuhe oder stell dich dorthin, wo deine Füße nicht wegrutschen, und hör auf, wenn du einen stechenden Schmerz in der Schulter, im Rücken oder in der Hüfte spürst.</translation>
    </message>
    <message>
      <source>Left side: your left side faces the wall and your left forearm rests on it.</source>
      <translation>Linke Seite: Deine linke Seite ist der Wand zugewandt, dein linker Unterarm liegt an ihr.</translation>
    </message>
    <message>
      <source>Right side: your right side faces the wall and your right forearm rests on it.</source>
      <translation>Rechte Seite: Deine rechte Seite ist der Wand zugewandt, dein rechter Unterarm liegt an ihr.</translation>
    </message>
    <message>
      <source>wall</source>
      <translation>Wand</translation>
    </message>
    <message>
      <source>Stand side-on to a wall and rest your forearm on it, with your elbow a little below shoulder height.</source>
      <translation>Stell dich seitlich neben eine Wand und leg den Unterarm daran, den Ellbogen etwas unterhalb der Schulterhöhe.</translation>
    </message>
    <message>
      <source>Step your feet away from the wall, keeping them together, until you lean in as one straight line from head to feet.</source>
      <translation>Geh mit geschlossenen Füßen von der Wand weg, bis du dich in einer geraden Linie vom Kopf bis zu den Füßen anlehnst.</translation>
    </message>
    <message>
      <source>Rest your other hand on your hip, tighten your stomach and gently press your hips away from the wall so they don't sag toward it.</source>
      <translation>Leg die andere Hand an die Hüfte, spann den Bauch an und drück die Hüfte sanft von der Wand weg, damit sie nicht zur Wand durchhängt.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then walk your feet back in, stand tall and change sides.</source>
      <translation>Halte die Position und atme gleichmäßig weiter, dann geh mit den Füßen wieder heran, richte dich auf und wechsle die Seite.</translation>
    </message>
    <message>
      <source>Keep a straight line from your head to your feet.</source>
      <translation>Halte eine gerade Linie vom Kopf bis zu den Füßen.</translation>
    </message>
    <message>
      <source>Press your forearm into the wall and keep your shoulder away from your ear.</source>
      <translation>Drück den Unterarm in die Wand und halte die Schulter weg vom Ohr.</translation>
    </message>
    <message>
      <source>Step further from the wall to make it harder, or closer to make it easier.</source>
      <translation>Geh weiter von der Wand weg, um es schwerer zu machen, oder näher heran, um es leichter zu machen.</translation>
    </message>
    <message>
      <source>Letting the hips sag toward the wall.</source>
      <translation>Die Hüfte zur Wand durchhängen lassen.</translation>
    </message>
    <message>
      <source>Bending at the waist so the bottom pushes back.</source>
      <translation>In der Taille abknicken, sodass der Po nach hinten geschoben wird.</translation>
    </message>
    <message>
      <source>This standing version puts the least load on your belly of all the side planks. Keep holds short, stop if you see a ridge along the middle of your belly, and ask your midwife or physiotherapist if you are unsure.</source>
      <translation>Diese Variante im Stehen belastet deinen Bauch von allen Seitstützübungen am wenigsten. Halte nur kurz, hör auf, wenn sich eine Wulst entlang der Bauchmitte zeigt, und frag im Zweifel deine Hebamme oder deine Physiotherapeutin bzw. deinen Physiotherapeuten.</translation>
    </message>
    <message>
      <source>Bent-knee side plank</source>
      <translation>Seitstütz mit gebeugten Knien</translation>
    </message>
    <message>
      <source>An easier side plank that lifts your hips from your knees instead of your feet, so the sides of your core work with a shorter lever.</source>
      <translation>Ein leichterer Seitstütz, bei dem du die Hüfte von den Knien statt von den Füßen aus hebst. So arbeitet die seitliche Rumpfmuskulatur mit einem kürzeren Hebel.</translation>
    </message>
    <message>
      <source>Put a folded towel under your bottom knee if it is sore, and stop if you feel sharp pain in your shoulder, back or hips; after a shoulder injury, start with the wall side plank.</source>
      <translation>Leg ein gefaltetes Handtuch unter das untere Knie, wenn es empfindlich ist, und hör auf, wenn du einen stechenden Schmerz in der Schulter, im Rücken oder in der Hüfte spürst; beginne nach einer Schulterverletzung mit dem Seitstütz an der Wand.</translation>
    </message>
    <message>
      <source>Left side: you lie on your left side, propped on your left forearm, with your left knee on the floor.</source>
      <translation>Linke Seite: Du liegst auf der linken Seite, auf den linken Unterarm gestützt, dein linkes Knie liegt am Boden.</translation>
    </message>
    <message>
      <source>Right side: you lie on your right side, propped on your right forearm, with your right knee on the floor.</source>
      <translation>Rechte Seite: Du liegst auf der rechten Seite, auf den rechten Unterarm gestützt, dein rechtes Knie liegt am Boden.</translation>
    </message>
    <message>
      <source>Lie on one side with your elbow under your shoulder and both knees bent so your feet are behind you.</source>
      <translation>Leg dich auf die Seite, den Ellbogen unter der Schulter, beide Knie gebeugt, sodass die Füße hinter dir sind.</translation>
    </message>
    <message>
      <source>Line up your head, hips and knees, and rest your top hand on your hip.</source>
      <translation>Bring Kopf, Hüfte und Knie in eine Linie und leg die obere Hand an die Hüfte.</translation>
    </message>
    <message>
      <source>Tighten your stomach, press your forearm and bottom knee into the floor, and lift your hips until your body is straight from head to knees.</source>
      <translation>Spann den Bauch an, drück Unterarm und unteres Knie in den Boden und heb die Hüfte, bis dein Körper vom Kopf bis zu den Knien eine gerade Linie bildet.</translation>
    </message>
    <message>
      <source>Push your knees into the floor and lift your top hip toward the ceiling.</source>
      <translation>Drück die Knie in den Boden und heb die obere Hüfte zur Decke.</translation>
    </message>
    <message>
      <source>Keep your knees, hips and shoulders in one line.</source>
      <translation>Halte Knie, Hüfte und Schultern in einer Linie.</translation>
    </message>
    <message>
      <source>Side planks load the stretched belly muscles. On the floor, keep to this bent-knee version with short holds, or choose the wall side plank, and ask your midwife or physiotherapist.</source>
      <translation>Seitstützübungen belasten die gedehnten Bauchmuskeln. Bleib am Boden bei dieser Variante mit gebeugten Knien und kurzen Haltezeiten oder wähl den Seitstütz an der Wand, und frag deine Hebamme oder deine Physiotherapeutin bzw. deinen Physiotherapeuten.</translation>
    </message>
    <message>
      <source>Side plank with leg lift</source>
      <translation>Seitstütz mit Beinheben</translation>
    </message>
    <message>
      <source>A harder side plank in which you raise your top leg a little way and hold it, so your outer hip works hard to keep you steady.</source>
      <translation>Ein schwererer Seitstütz, bei dem du das obere Bein ein Stück anhebst und hältst. So muss deine äußere Hüfte kräftig arbeiten, damit du stabil bleibst.</translation>
    </message>
    <message>
      <source>Stay with the plain side plank until you can hold it steadily for the full time, and stop if you feel sharp pain in your shoulder, back or hips.</source>
      <translation>Bleib beim einfachen Seitstütz, bis du ihn die volle Zeit ruhig halten kannst, und hör auf, wenn du einen stechenden Schmerz in der Schulter, im Rücken oder in der Hüfte spürst.</translation>
    </message>
    <message>
      <source>Left side: you rest on your left forearm and left foot, and your right leg lifts.</source>
      <translation>Linke Seite: Du stützt dich auf den linken Unterarm und den linken Fuß, dein rechtes Bein hebt sich.</translation>
    </message>
    <message>
      <source>Right side: you rest on your right forearm and right foot, and your left leg lifts.</source>
      <translation>Rechte Seite: Du stützt dich auf den rechten Unterarm und den rechten Fuß, dein linkes Bein hebt sich.</translation>
    </message>
    <message>
      <source>outer hip</source>
      <translation>äußere Hüfte</translation>
    </message>
    <message>
      <source>Tighten your stomach and lift your hips so your body is straight from head to feet, with your top hand on your hip.</source>
      <translation>Spann den Bauch an und heb die Hüfte, bis dein Körper vom Kopf bis zu den Füßen eine gerade Linie bildet; die obere Hand liegt an der Hüfte.</translation>
    </message>
    <message>
      <source>Once you are steady, raise your top leg a little way, keeping it straight and in line with your body, and hold it there.</source>
      <translation>Sobald du stabil bist, heb das obere Bein ein Stück an, gestreckt und in einer Linie mit deinem Körper, und halte es dort.</translation>
    </message>
    <message>
      <source>Breathe steadily, then lower the leg, lower your hips and change sides.</source>
      <translation>Atme gleichmäßig weiter, dann senk das Bein ab, senk die Hüfte ab und wechsle die Seite.</translation>
    </message>
    <message>
      <source>Lift the leg only a hand's width or so; height is not the aim.</source>
      <translation>Heb das Bein nur etwa eine Handbreit an; Höhe ist nicht das Ziel.</translation>
    </message>
    <message>
      <source>Keep your bottom hip lifted as the top leg rises.</source>
      <translation>Halte die untere Hüfte oben, während sich das obere Bein hebt.</translation>
    </message>
    <message>
      <source>Keep your toes pointing forward, not up to the ceiling.</source>
      <translation>Die Zehen zeigen nach vorn, nicht zur Decke.</translation>
    </message>
    <message>
      <source>Letting the bottom hip sag as the leg lifts.</source>
      <translation>Die untere Hüfte absinken lassen, wenn sich das Bein hebt.</translation>
    </message>
    <message>
      <source>Swinging the leg forward or lifting it so high that the body twists.</source>
      <translation>Das Bein nach vorn schwingen oder so hoch heben, dass sich der Körper verdreht.</translation>
    </message>
    <message>
      <source>Skip this version in pregnancy. Use the bent-knee or wall side plank, or lie on your side and lift your top leg instead, and ask your midwife or physiotherapist.</source>
      <translation>Lass diese Variante in der Schwangerschaft aus. Nimm den Seitstütz mit gebeugten Knien oder an der Wand oder leg dich stattdessen auf die Seite und heb das obere Bein, und frag deine Hebamme oder deine Physiotherapeutin bzw. deinen Physiotherapeuten.</translation>
    </message>
    <message>
      <source>Plank with leg lift</source>
      <translation>Stütz mit Beinheben</translation>
    </message>
    <message>
      <source>Adds a leg lift to the plank so the glutes and lower back work hard to keep your hips steady.</source>
      <translation>Ergänzt den Stütz um ein Beinheben, sodass Gesäß und unterer Rücken kräftig arbeiten, um die Hüfte stabil zu halten.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or shoulders, and check with a health professional before plank work if you are pregnant.</source>
      <translation>Hör auf, wenn du einen stechenden Schmerz im Rücken oder in den Schultern spürst, und sprich mit einer medizinischen Fachperson, bevor du Stützübungen machst, wenn du schwanger bist.</translation>
    </message>
    <message>
      <source>Left leg: your left leg lifts while your right foot stays on the floor.</source>
      <translation>Linkes Bein: Dein linkes Bein hebt sich, während dein rechter Fuß am Boden bleibt.</translation>
    </message>
    <message>
      <source>Right leg: your right leg lifts while your left foot stays on the floor.</source>
      <translation>Rechtes Bein: Dein rechtes Bein hebt sich, während dein linker Fuß am Boden bleibt.</translation>
    </message>
    <message>
      <source>Set up a plank on your forearms or hands, body straight from head to heels.</source>
      <translation>Geh in den Stütz auf den Unterarmen oder Händen, dein Körper gerade vom Kopf bis zu den Fersen.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and keep your stomach firm.</source>
      <translation>Spann das Gesäß an und halte den Bauch fest.</translation>
    </message>
    <message>
      <source>Lift one straight leg a little way off the floor and pause for a breath.</source>
      <translation>Heb ein gestrecktes Bein ein kleines Stück vom Boden und halte einen Atemzug lang.</translation>
    </message>
    <message>
      <source>Lower it with control, finish your reps, then change legs.</source>
      <translation>Senk es kontrolliert ab, mach alle Wiederholungen, dann wechsle das Bein.</translation>
    </message>
    <message>
      <source>Keep your hips square to the floor.</source>
      <translation>Halte die Hüfte parallel zum Boden.</translation>
    </message>
    <message>
      <source>Lift only as high as you can without arching your back.</source>
      <translation>Heb nur so hoch, wie du kannst, ohne ins Hohlkreuz zu gehen.</translation>
    </message>
    <message>
      <source>Keep breathing through each lift.</source>
      <translation>Atme bei jedem Heben weiter.</translation>
    </message>
    <message>
      <source>Twisting the hips as the leg rises.</source>
      <translation>Die Hüfte verdrehen, wenn sich das Bein hebt.</translation>
    </message>
    <message>
      <source>Lifting so high that the lower back arches.</source>
      <translation>So hoch heben, dass der untere Rücken ins Hohlkreuz geht.</translation>
    </message>
    <message>
      <source>Letting the hips sag between lifts.</source>
      <translation>Die Hüfte zwischen den Wiederholungen durchhängen lassen.</translation>
    </message>
    <message>
      <source>Hands-and-knees leg lift</source>
      <translation>Beinheben im Vierfüßlerstand</translation>
    </message>
    <message>
      <source>Works the glutes and lower back from hands and knees, a steadier start than the plank, as you straighten one leg behind you and lift it to hip height.</source>
      <translation>Trainiert Gesäß und unteren Rücken im Vierfüßlerstand – ein stabilerer Einstieg als der Stütz: Du streckst ein Bein nach hinten und hebst es bis auf Hüfthöhe.</translation>
    </message>
    <message>
      <source>Put a cushion under your knees if they are sore, and stop if you feel sharp pain in your back, hips or wrists.</source>
      <translation>Leg ein Kissen unter die Knie, wenn sie empfindlich sind, und hör auf, wenn du einen stechenden Schmerz im Rücken, in der Hüfte oder in den Handgelenken spürst.</translation>
    </message>
    <message>
      <source>Left leg: your left leg lifts while your right knee stays on the floor.</source>
      <translation>Linkes Bein: Dein linkes Bein hebt sich, während dein rechtes Knie am Boden bleibt.</translation>
    </message>
    <message>
      <source>Right leg: your right leg lifts while your left knee stays on the floor.</source>
      <translation>Rechtes Bein: Dein rechtes Bein hebt sich, während dein linkes Knie am Boden bleibt.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach and slide one leg straight out behind you, toes on the floor.</source>
      <translation>Spann den Bauch leicht an und schieb ein Bein gestreckt nach hinten, die Zehen am Boden.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and lift the straight leg to hip height, then pause for a breath.</source>
      <translation>Spann das Gesäß an und heb das gestreckte Bein bis auf Hüfthöhe, dann halte einen Atemzug lang.</translation>
    </message>
    <message>
      <source>Lower it with control until your toes touch the floor, finish your reps, then change legs.</source>
      <translation>Senk es kontrolliert ab, bis die Zehen den Boden berühren, mach alle Wiederholungen, dann wechsle das Bein.</translation>
    </message>
    <message>
      <source>Keep your hips level and square to the floor.</source>
      <translation>Halte die Hüfte waagerecht und parallel zum Boden.</translation>
    </message>
    <message>
      <source>Reach the leg long behind you rather than high.</source>
      <translation>Streck das Bein lang nach hinten statt hoch.</translation>
    </message>
    <message>
      <source>Lifting the leg above hip height and arching the back.</source>
      <translation>Das Bein über Hüfthöhe heben und ins Hohlkreuz gehen.</translation>
    </message>
    <message>
      <source>Letting the hip roll open to the side.</source>
      <translation>Die Hüfte zur Seite aufdrehen.</translation>
    </message>
    <message>
      <source>Plank with leg lift and hold</source>
      <translation>Stütz mit Beinheben und Halten</translation>
    </message>
    <message>
      <source>A harder plank with leg lift: you hold each lifted leg still for three seconds, so your glutes and trunk work longer to keep your hips steady.</source>
      <translation>Ein schwererer Stütz mit Beinheben: Du hältst jedes angehobene Bein drei Sekunden still, sodass Gesäß und Rumpf länger arbeiten, um die Hüfte stabil zu halten.</translation>
    </message>
    <message>
      <source>Go back to quick lifts if your hips twist or sag during the hold, stop if you feel sharp pain in your back or shoulders, and check with a health professional before plank work if you are pregnant.</source>
      <translation>Kehr zum schnellen Beinheben zurück, wenn sich deine Hüfte beim Halten verdreht oder durchhängt. Hör auf, wenn du einen stechenden Schmerz im Rücken oder in den Schultern spürst, und sprich mit einer medizinischen Fachperson, bevor du Stützübungen machst, wenn du schwanger bist.</translation>
    </message>
    <message>
      <source>Set up a plank on your forearms, elbows under your shoulders and body straight from head to heels.</source>
      <translation>Geh in den Stütz auf den Unterarmen, die Ellbogen unter den Schultern, dein Körper gerade vom Kopf bis zu den Fersen.</translation>
    </message>
    <message>
      <source>Lift one straight leg a little way off the floor, no higher than your back, and hold it still for three slow counts.</source>
      <translation>Heb ein gestrecktes Bein ein kleines Stück vom Boden, nicht höher als den Rücken, und halte es drei langsame Zählzeiten still.</translation>
    </message>
    <message>
      <source>Keep your hips square to the floor for the whole hold.</source>
      <translation>Halte die Hüfte während des ganzen Haltens parallel zum Boden.</translation>
    </message>
    <message>
      <source>Keep breathing while the leg is up.</source>
      <translation>Atme weiter, solange das Bein oben ist.</translation>
    </message>
    <message>
      <source>Press the floor away with your forearms.</source>
      <translation>Drück dich mit den Unterarmen vom Boden weg.</translation>
    </message>
    <message>
      <source>Twisting the hips to keep the leg up.</source>
      <translation>Die Hüfte verdrehen, um das Bein oben zu halten.</translation>
    </message>
    <message>
      <source>Letting the hips sag as the hold goes on.</source>
      <translation>Die Hüfte im Lauf des Haltens durchhängen lassen.</translation>
    </message>
    <message>
      <source>Holding the breath while the leg is up.</source>
      <translation>Die Luft anhalten, solange das Bein oben ist.</translation>
    </message>
    <message>
      <source>Planks load the stretched belly muscles. Choose the hands-and-knees leg lift instead, and ask your midwife or physiotherapist.</source>
      <translation>Stützübungen belasten die gedehnten Bauchmuskeln. Wähl stattdessen das Beinheben im Vierfüßlerstand und frag deine Hebamme oder deine Physiotherapeutin bzw. deinen Physiotherapeuten.</translation>
    </message>
    <message>
      <source>Superman</source>
      <translation>Superman</translation>
    </message>
    <message>
      <source>Works the muscles along the back of your body, from spine to thighs, as you lift your arms and legs while lying face down.</source>
      <translation>Trainiert die Muskeln entlang deiner Körperrückseite, von der Wirbelsäule bis zu den Oberschenkeln: Du hebst in Bauchlage Arme und Beine an.</translation>
    </message>
    <message>
      <source>Avoid lying face down if you are pregnant, and stop if you feel pinching or sharp pain in your lower back.</source>
      <translation>Leg dich in der Schwangerschaft nicht auf den Bauch, und hör auf, wenn du ein Einklemmen oder einen stechenden Schmerz im unteren Rücken spürst.</translation>
    </message>
    <message>
      <source>upper back</source>
      <translation>oberer Rücken</translation>
    </message>
    <message>
      <source>Lie face down with your arms stretched out in front and your legs straight.</source>
      <translation>Leg dich auf den Bauch, die Arme nach vorn ausgestreckt, die Beine gestreckt.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach and glutes.</source>
      <translation>Spann Bauch und Gesäß leicht an.</translation>
    </message>
    <message>
      <source>Lift your arms, chest and legs a little way off the floor, keeping your neck long.</source>
      <translation>Heb Arme, Brust und Beine ein kleines Stück vom Boden; der Nacken bleibt lang.</translation>
    </message>
    <message>
      <source>Hold for a breath or two, then lower slowly.</source>
      <translation>Halte ein, zwei Atemzüge lang, dann senk dich langsam ab.</translation>
    </message>
    <message>
      <source>Think of reaching long, not lifting high.</source>
      <translation>Denk an „lang strecken“, nicht an „hoch heben“.</translation>
    </message>
    <message>
      <source>Keep your eyes on the floor just ahead of your hands.</source>
      <translation>Richte den Blick auf den Boden knapp vor deinen Händen.</translation>
    </message>
    <message>
      <source>Breathe out as you lift.</source>
      <translation>Atme beim Heben aus.</translation>
    </message>
    <message>
      <source>Throwing the head back and straining the neck.</source>
      <translation>Den Kopf in den Nacken werfen und den Nacken überlasten.</translation>
    </message>
    <message>
      <source>Lifting too high and pinching the lower back.</source>
      <translation>Zu hoch heben und den unteren Rücken stauchen.</translation>
    </message>
    <message>
      <source>Swinging up with momentum.</source>
      <translation>Mit Schwung hochkommen.</translation>
    </message>
    <message>
      <source>Arching the back narrows the space around the nerves. Skip it, or lift only one arm or one leg a little, and ask a physiotherapist.</source>
      <translation>Ein Hohlkreuz verengt den Raum um die Nerven. Lass die Übung aus oder heb nur einen Arm oder ein Bein ein wenig an, und frag eine Physiotherapeutin oder einen Physiotherapeuten.</translation>
    </message>
    <message>
      <source>Lying face down is not advised. Do the bird dog on hands and knees instead.</source>
      <translation>Bauchlage wird nicht empfohlen. Mach stattdessen den Bird Dog im Vierfüßlerstand.</translation>
    </message>
    <message>
      <source>Prone limb lift</source>
      <translation>Arm- und Beinheben in Bauchlage</translation>
    </message>
    <message>
      <source>The gentlest step towards the superman: lying face down, you lift just one arm or one leg a little way at a time while the rest of you rests on the floor.</source>
      <translation>Der sanfteste Einstieg in den Superman: In Bauchlage hebst du nur einen Arm oder ein Bein ein kleines Stück an, während der Rest deines Körpers auf dem Boden liegt.</translation>
    </message>
    <message>
      <source>Lie face down with your arms stretched out in front, your legs straight and your forehead resting on the floor.</source>
      <translation>Leg dich auf den Bauch, die Arme nach vorn ausgestreckt, die Beine gestreckt, die Stirn auf dem Boden.</translation>
    </message>
    <message>
      <source>Lift one arm a few centimetres off the floor, keeping it long, hold for a breath, then lower it slowly.</source>
      <translation>Heb einen Arm lang gestreckt wenige Zentimeter vom Boden, halte einen Atemzug lang und senk ihn dann langsam ab.</translation>
    </message>
    <message>
      <source>Do the same with the other arm, then with each leg in turn, keeping the rest of your body on the floor; each lift counts as one rep.</source>
      <translation>Mach dasselbe mit dem anderen Arm, dann nacheinander mit jedem Bein; der Rest des Körpers bleibt am Boden. Jedes Heben zählt als eine Wiederholung.</translation>
    </message>
    <message>
      <source>Reach long, not high: a few centimetres is enough.</source>
      <translation>Lang strecken, nicht hoch heben: Ein paar Zentimeter reichen.</translation>
    </message>
    <message>
      <source>Keep your forehead down and your neck long.</source>
      <translation>Lass die Stirn unten und den Nacken lang.</translation>
    </message>
    <message>
      <source>Lifting a leg so high that the hip rolls and the back arches.</source>
      <translation>Ein Bein so hoch heben, dass sich die Hüfte dreht und der Rücken ins Hohlkreuz geht.</translation>
    </message>
    <message>
      <source>Raising your head to look forward.</source>
      <translation>Den Kopf heben, um nach vorn zu schauen.</translation>
    </message>
    <message>
      <source>Holding your breath.</source>
      <translation>Die Luft anhalten.</translation>
    </message>
    <message>
      <source>Arching the back narrows the space around the nerves. Keep each lift to a few centimetres so your back stays flat, stop if pain, tingling or numbness spreads into your legs, and ask a physiotherapist before you progress.</source>
      <translation>Ein Hohlkreuz verengt den Raum um die Nerven. Heb jeweils nur wenige Zentimeter an, damit dein Rücken flach bleibt. Hör auf, wenn Schmerzen, Kribbeln oder Taubheit in die Beine ausstrahlen, und frag eine Physiotherapeutin oder einen Physiotherapeuten, bevor du steigerst.</translation>
    </message>
    <message>
      <source>Alternating superman</source>
      <translation>Superman im Wechsel</translation>
    </message>
    <message>
      <source>An easier superman: you lift one arm and the opposite leg together, while the other arm and leg stay resting on the floor.</source>
      <translation>Ein leichterer Superman: Du hebst einen Arm und das gegenüberliegende Bein gemeinsam an, während der andere Arm und das andere Bein auf dem Boden liegen bleiben.</translation>
    </message>
    <message>
      <source>Lift one arm and the opposite leg a little way off the floor, keeping your neck long and your eyes on the floor.</source>
      <translation>Heb einen Arm und das gegenüberliegende Bein ein kleines Stück vom Boden; der Nacken bleibt lang, der Blick zum Boden.</translation>
    </message>
    <message>
      <source>Hold for a breath, lower them slowly, then lift the other arm and leg; each lift counts as one rep.</source>
      <translation>Halte einen Atemzug lang, senk beide langsam ab und heb dann den anderen Arm und das andere Bein; jedes Heben zählt als eine Wiederholung.</translation>
    </message>
    <message>
      <source>Reach long through your fingers and toes rather than lifting high.</source>
      <translation>Streck dich lang durch Finger und Zehen, statt hoch zu heben.</translation>
    </message>
    <message>
      <source>Keep both hips resting evenly on the floor.</source>
      <translation>Lass beide Hüftseiten gleichmäßig auf dem Boden liegen.</translation>
    </message>
    <message>
      <source>Rolling onto one hip as the leg lifts.</source>
      <translation>Auf eine Hüfte rollen, wenn sich das Bein hebt.</translation>
    </message>
    <message>
      <source>Throwing the head back to look forward.</source>
      <translation>Den Kopf in den Nacken werfen, um nach vorn zu schauen.</translation>
    </message>
    <message>
      <source>Swinging the arm and leg up quickly.</source>
      <translation>Arm und Bein schnell hochschwingen.</translation>
    </message>
    <message>
      <source>Arching the back narrows the space around the nerves. Skip it, or lift only one arm or one leg a little at a time, and ask a physiotherapist.</source>
      <translation>Ein Hohlkreuz verengt den Raum um die Nerven. Lass die Übung aus oder heb jeweils nur einen Arm oder ein Bein ein wenig an, und frag eine Physiotherapeutin oder einen Physiotherapeuten.</translation>
    </message>
    <message>
      <source>Superman hold</source>
      <translation>Superman mit Halten</translation>
    </message>
    <message>
      <source>A harder superman: you lift your arms, chest and legs a little way and hold them there for a few steady breaths on each rep.</source>
      <translation>Ein schwererer Superman: Du hebst Arme, Brust und Beine ein kleines Stück an und hältst sie bei jeder Wiederholung einige ruhige Atemzüge lang.</translation>
    </message>
    <message>
      <source>Avoid lying face down if you are pregnant, stop if you feel pinching or sharp pain in your lower back, and go back to the ordinary superman if you cannot breathe easily during the hold.</source>
      <translation>Leg dich in der Schwangerschaft nicht auf den Bauch. Hör auf, wenn du ein Einklemmen oder einen stechenden Schmerz im unteren Rücken spürst, und kehr zum normalen Superman zurück, wenn du beim Halten nicht entspannt atmen kannst.</translation>
    </message>
    <message>
      <source>Hold still for three or four slow breaths, about five to ten seconds, then lower slowly and rest for a breath before the next rep.</source>
      <translation>Halte drei oder vier langsame Atemzüge still, etwa fünf bis zehn Sekunden, dann senk dich langsam ab und ruh dich vor der nächsten Wiederholung einen Atemzug lang aus.</translation>
    </message>
    <message>
      <source>Keep breathing steadily all through the hold.</source>
      <translation>Atme während des ganzen Haltens gleichmäßig weiter.</translation>
    </message>
    <message>
      <source>Stay low and long; height is not the aim.</source>
      <translation>Bleib flach und lang; Höhe ist nicht das Ziel.</translation>
    </message>
    <message>
      <source>Holding your breath during the hold.</source>
      <translation>Beim Halten die Luft anhalten.</translation>
    </message>
    <message>
      <source>Creeping higher as the hold goes on and pinching the lower back.</source>
      <translation>Im Lauf des Haltens immer höher kommen und den unteren Rücken stauchen.</translation>
    </message>
    <message>
      <source>Letting the head tip back or the legs bend as you tire.</source>
      <translation>Bei Ermüdung den Kopf in den Nacken kippen oder die Beine beugen.</translation>
    </message>
    <message>
      <source>Holding the back arched keeps the space around the nerves narrowed for longer. Skip this version; lift only one arm or one leg a little instead, and ask a physiotherapist.</source>
      <translation>Ein gehaltenes Hohlkreuz verengt den Raum um die Nerven länger. Lass diese Variante aus; heb stattdessen nur einen Arm oder ein Bein ein wenig an, und frag eine Physiotherapeutin oder einen Physiotherapeuten.</translation>
    </message>
    <message>
      <source>Hip thrust</source>
      <translation>Hip Thrust</translation>
    </message>
    <message>
      <source>Builds strong glutes and hip extensors by driving your hips up with your upper back resting on a sofa, bench or chair.</source>
      <translation>Baut kräftige Gesäßmuskeln und Hüftstrecker auf: Du drückst die Hüfte nach oben, während dein oberer Rücken an einem Sofa, einer Bank oder einem Stuhl lehnt.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or neck, and push a chair against a wall so it cannot move.</source>
      <translation>Hör auf, wenn du einen stechenden Schmerz im Rücken oder Nacken spürst, und schieb einen Stuhl gegen eine Wand, damit er sich nicht bewegen kann.</translation>
    </message>
    <message>
      <source>sofa, bench or sturdy chair</source>
      <translation>Sofa, Bank oder stabiler Stuhl</translation>
    </message>
    <message>
      <source>Sit on the floor with your upper back against the edge of a sofa, bench or sturdy chair that cannot slide.</source>
      <translation>Setz dich auf den Boden, den oberen Rücken an die Kante eines Sofas, einer Bank oder eines stabilen Stuhls gelehnt, der nicht rutschen kann.</translation>
    </message>
    <message>
      <source>Bend your knees and plant your feet flat, hip-width apart.</source>
      <translation>Beug die Knie und stell die Füße flach und hüftbreit auf.</translation>
    </message>
    <message>
      <source>Press through your heels and lift your hips until your body is level from knees to shoulders.</source>
      <translation>Drück über die Fersen und heb die Hüfte, bis dein Körper von den Knien bis zu den Schultern waagerecht ist.</translation>
    </message>
    <message>
      <source>Squeeze your glutes at the top, then lower your hips back toward the floor with control.</source>
      <translation>Spann oben das Gesäß an, dann senk die Hüfte kontrolliert wieder Richtung Boden.</translation>
    </message>
    <message>
      <source>Keep your chin slightly tucked and your eyes looking forward.</source>
      <translation>Zieh das Kinn leicht ein und schau nach vorn.</translation>
    </message>
    <message>
      <source>Aim for upright shins at the top of the lift.</source>
      <translation>Oben sollten deine Schienbeine senkrecht stehen.</translation>
    </message>
    <message>
      <source>Finish the lift with your glutes, not by arching your back.</source>
      <translation>Beende das Heben mit dem Gesäß, nicht mit einem Hohlkreuz.</translation>
    </message>
    <message>
      <source>Overarching the lower back at the top.</source>
      <translation>Oben ins starke Hohlkreuz gehen.</translation>
    </message>
    <message>
      <source>Using a chair or bench that can slide or tip.</source>
      <translation>Einen Stuhl oder eine Bank nutzen, die rutschen oder kippen kann.</translation>
    </message>
    <message>
      <source>Pushing through the toes instead of the heels.</source>
      <translation>Über die Zehen statt über die Fersen drücken.</translation>
    </message>
    <message>
      <source>Keep the lift small and your shoulders well supported, and stop if you feel pressure in your belly or pelvis.</source>
      <translation>Heb die Hüfte nur wenig, stütz deine Schultern gut ab und hör auf, wenn du Druck im Bauch oder Becken spürst.</translation>
    </message>
    <message>
      <source>Single-leg hip thrust</source>
      <translation>Einbeiniger Hip Thrust</translation>
    </message>
    <message>
      <source>A harder hip thrust done on one foot, with your upper back resting on a sofa, bench or chair, so each leg's glutes work on their own.</source>
      <translation>Ein schwererer Hip Thrust auf einem Fuß, der obere Rücken an einem Sofa, einer Bank oder einem Stuhl. So arbeitet das Gesäß jedes Beins für sich.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back, hips or neck, push the chair against a wall so it cannot move, and go back to the hip thrust on both feet if you cannot keep your hips level.</source>
      <translation>Hör auf, wenn du einen stechenden Schmerz im Rücken, in der Hüfte oder im Nacken spürst. Schieb den Stuhl gegen eine Wand, damit er sich nicht bewegen kann, und kehr zum Hip Thrust auf beiden Füßen zurück, wenn du die Hüfte nicht waagerecht halten kannst.</translation>
    </message>
    <message>
      <source>Left leg: your left foot stays on the floor and drives the lift, and your right leg is held out straight.</source>
      <translation>Linkes Bein: Dein linker Fuß bleibt am Boden und drückt die Hüfte hoch, dein rechtes Bein ist gestreckt.</translation>
    </message>
    <message>
      <source>Right leg: your right foot stays on the floor and drives the lift, and your left leg is held out straight.</source>
      <translation>Rechtes Bein: Dein rechter Fuß bleibt am Boden und drückt die Hüfte hoch, dein linkes Bein ist gestreckt.</translation>
    </message>
    <message>
      <source>Sit on the floor with your upper back against the edge of a sofa, bench or sturdy chair that cannot slide, knees bent and feet flat.</source>
      <translation>Setz dich auf den Boden, den oberen Rücken an die Kante eines Sofas, einer Bank oder eines stabilen Stuhls gelehnt, der nicht rutschen kann; die Knie gebeugt, die Füße flach.</translation>
    </message>
    <message>
      <source>Straighten one leg out in front of you, keeping your thighs side by side.</source>
      <translation>Streck ein Bein nach vorn aus; die Oberschenkel bleiben nebeneinander.</translation>
    </message>
    <message>
      <source>Press through the heel of the other foot and lift your hips until your body is level from knee to shoulders, hips square.</source>
      <translation>Drück über die Ferse des anderen Fußes und heb die Hüfte, bis dein Körper vom Knie bis zu den Schultern waagerecht ist; die Hüfte bleibt gerade.</translation>
    </message>
    <message>
      <source>Keep both hips at the same height all the way up.</source>
      <translation>Halte beide Hüftseiten auf dem ganzen Weg nach oben auf gleicher Höhe.</translation>
    </message>
    <message>
      <source>Aim for an upright shin on the working leg at the top.</source>
      <translation>Oben sollte das Schienbein des arbeitenden Beins senkrecht stehen.</translation>
    </message>
    <message>
      <source>Letting the hip on the side of the straight leg drop or turn.</source>
      <translation>Die Hüfte auf der Seite des gestreckten Beins absinken lassen oder verdrehen.</translation>
    </message>
    <message>
      <source>Keep the lift small and your shoulders well supported, and stop if you feel pressure in your belly or pelvis. If your pelvis is sore, do the hip thrust with both feet down instead.</source>
      <translation>Heb die Hüfte nur wenig, stütz deine Schultern gut ab und hör auf, wenn du Druck im Bauch oder Becken spürst. Wenn dein Becken schmerzt, mach stattdessen den Hip Thrust mit beiden Füßen am Boden.</translation>
    </message>
    <message>
      <source>Chair sit-to-stand</source>
      <translation>Aufstehen vom Stuhl</translation>
    </message>
    <message>
      <source>Strengthens the hips and thighs by standing up from a chair and sitting back down without using your hands.</source>
      <translation>Kräftigt Hüfte und Oberschenkel: Du stehst von einem Stuhl auf und setzt dich wieder, ohne die Hände zu benutzen.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your knees, hips or back, and keep a hand near your desk if your balance is unsteady.</source>
      <translation>Hör auf, wenn du einen stechenden Schmerz in den Knien, in der Hüfte oder im Rücken spürst, und halte eine Hand in der Nähe deines Schreibtischs, wenn du unsicher auf den Beinen bist.</translation>
    </message>
    <message>
      <source>quadriceps</source>
      <translation>vordere Oberschenkel</translation>
    </message>
    <message>
      <source>sturdy chair</source>
      <translation>stabiler Stuhl</translation>
    </message>
    <message>
      <source>Sit near the front of a sturdy chair without wheels, feet flat and hip-width apart.</source>
      <translation>Setz dich vorn auf einen stabilen Stuhl ohne Rollen, die Füße flach und hüftbreit aufgestellt.</translation>
    </message>
    <message>
      <source>Cross your arms over your chest or reach them forward.</source>
      <translation>Verschränk die Arme vor der Brust oder streck sie nach vorn.</translation>
    </message>
    <message>
      <source>Lean forward a little and press through your feet to stand up tall.</source>
      <translation>Lehn dich etwas nach vorn und drück dich über die Füße in den aufrechten Stand.</translation>
    </message>
    <message>
      <source>Push your hips back and lower slowly until you are sitting again.</source>
      <translation>Schieb die Hüfte nach hinten und senk dich langsam ab, bis du wieder sitzt.</translation>
    </message>
    <message>
      <source>Keep your knees in line with your toes.</source>
      <translation>Halte die Knie in einer Linie mit den Zehen.</translation>
    </message>
    <message>
      <source>Stand all the way up and squeeze your glutes.</source>
      <translation>Richte dich ganz auf und spann das Gesäß an.</translation>
    </message>
    <message>
      <source>Control the sit; don't drop into the chair.</source>
      <translation>Setz dich kontrolliert; lass dich nicht auf den Stuhl fallen.</translation>
    </message>
    <message>
      <source>Using an office chair with wheels that can roll away.</source>
      <translation>Einen Bürostuhl mit Rollen nutzen, der wegrollen kann.</translation>
    </message>
    <message>
      <source>Letting the knees cave inward.</source>
      <translation>Die Knie nach innen knicken lassen.</translation>
    </message>
    <message>
      <source>Flopping down onto the seat.</source>
      <translation>Sich auf die Sitzfläche plumpsen lassen.</translation>
    </message>
    <message>
      <source>Hand-assisted sit-to-stand</source>
      <translation>Aufstehen mit Händen</translation>
    </message>
    <message>
      <source>An easier sit-to-stand: you push lightly on your thighs or the chair's armrests to help yourself up and to control the sit.</source>
      <translation>Leichteres Aufstehen vom Stuhl: Du stützt dich leicht auf den Oberschenkeln oder den Armlehnen ab, um dir beim Aufstehen und beim kontrollierten Hinsetzen zu helfen.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your knees, hips or back, and keep something steady within reach if your balance is unsteady.</source>
      <translation>Hör auf, wenn du einen stechenden Schmerz in den Knien, in der Hüfte oder im Rücken spürst, und halte etwas Stabiles in Reichweite, wenn du unsicher auf den Beinen bist.</translation>
    </message>
    <message>
      <source>Rest your hands on your thighs just above the knees, or on the armrests if your chair has them.</source>
      <translation>Leg die Hände knapp oberhalb der Knie auf die Oberschenkel oder auf die Armlehnen, falls dein Stuhl welche hat.</translation>
    </message>
    <message>
      <source>Lean forward a little and press through your feet, pushing lightly with your hands, to stand up tall.</source>
      <translation>Lehn dich etwas nach vorn, drück dich über die Füße hoch und hilf leicht mit den Händen nach, bis du aufrecht stehst.</translation>
    </message>
    <message>
      <source>Push your hips back and lower slowly, using your hands again to steady the sit.</source>
      <translation>Schieb die Hüfte nach hinten und senk dich langsam ab; nimm wieder die Hände zu Hilfe, um dich kontrolliert hinzusetzen.</translation>
    </message>
    <message>
      <source>Let your legs do most of the work; your hands only help.</source>
      <translation>Die Hauptarbeit machen die Beine; die Hände helfen nur.</translation>
    </message>
    <message>
      <source>Lean forward until your nose is over your toes, then stand.</source>
      <translation>Lehn dich nach vorn, bis deine Nase über den Zehen ist, dann steh auf.</translation>
    </message>
    <message>
      <source>Pulling on a desk or table that could slide away.</source>
      <translation>Sich an einem Schreibtisch oder Tisch hochziehen, der wegrutschen könnte.</translation>
    </message>
    <message>
      <source>Pushing so hard with the hands that the legs hardly work.</source>
      <translation>So stark mit den Händen drücken, dass die Beine kaum arbeiten.</translation>
    </message>
    <message>
      <source>Slow sit-to-stand</source>
      <translation>Langsames Aufstehen</translation>
    </message>
    <message>
      <source>A harder sit-to-stand: you take three seconds to lower and only just touch the seat before standing again, so your hips and thighs never get a rest.</source>
      <translation>Schwereres Aufstehen vom Stuhl: Du senkst dich in drei Sekunden ab und berührst die Sitzfläche nur kurz, bevor du wieder aufstehst. So bekommen Hüfte und Oberschenkel keine Pause.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your knees, hips or back, and sit down fully to rest if your legs shake or your balance wobbles.</source>
      <translation>Hör auf, wenn du einen stechenden Schmerz in den Knien, in der Hüfte oder im Rücken spürst, und setz dich zum Ausruhen ganz hin, wenn deine Beine zittern oder du ins Wanken kommst.</translation>
    </message>
    <message>
      <source>Sit near the front of a sturdy chair without wheels, feet flat and hip-width apart, arms crossed over your chest or reaching forward.</source>
      <translation>Setz dich vorn auf einen stabilen Stuhl ohne Rollen, die Füße flach und hüftbreit aufgestellt, die Arme vor der Brust verschränkt oder nach vorn gestreckt.</translation>
    </message>
    <message>
      <source>Push your hips back and lower slowly, taking three seconds on the way down.</source>
      <translation>Schieb die Hüfte nach hinten und senk dich langsam ab; nimm dir für den Weg nach unten drei Sekunden Zeit.</translation>
    </message>
    <message>
      <source>Let your seat only just brush the chair, without sitting or relaxing, then stand straight up again.</source>
      <translation>Lass den Po den Stuhl nur streifen, ohne dich zu setzen oder locker zu lassen, dann steh direkt wieder auf.</translation>
    </message>
    <message>
      <source>Three seconds down, then rise steadily.</source>
      <translation>Drei Sekunden runter, dann gleichmäßig hoch.</translation>
    </message>
    <message>
      <source>Breathe out as you stand.</source>
      <translation>Atme beim Aufstehen aus.</translation>
    </message>
    <message>
      <source>Dropping the last part of the way onto the seat.</source>
      <translation>Sich auf dem letzten Stück auf die Sitzfläche fallen lassen.</translation>
    </message>
    <message>
      <source>Letting the knees cave inward as you slow down.</source>
      <translation>Die Knie beim langsamen Absenken nach innen knicken lassen.</translation>
    </message>
    <message>
      <source>Child's pose</source>
      <translation>Kindhaltung</translation>
    </message>
    <message>
      <source>A restful kneeling stretch that lengthens the lower back and eases tension around the hips.</source>
      <translation>Eine erholsame Dehnung im Knien, die den unteren Rücken verlängert und Spannung rund um die Hüfte löst.</translation>
    </message>
    <message>
      <source>Use plenty of cushions or skip it if your knees hurt, and widen your knees to make room for your belly during pregnancy.</source>
      <translation>Nimm reichlich Kissen oder lass die Übung aus, wenn deine Knie schmerzen, und öffne die Knie in der Schwangerschaft weiter, damit dein Bauch Platz hat.</translation>
    </message>
    <message>
      <source>hips</source>
      <translation>Hüften</translation>
    </message>
    <message>
      <source>Kneel on the floor with your big toes touching and your knees hip-width apart or wider.</source>
      <translation>Knie dich auf den Boden, die großen Zehen berühren sich, die Knie hüftbreit oder weiter auseinander.</translation>
    </message>
    <message>
      <source>Sit your hips back toward your heels.</source>
      <translation>Setz die Hüfte nach hinten Richtung Fersen.</translation>
    </message>
    <message>
      <source>Walk your hands forward and lower your chest toward the floor, resting your forehead down.</source>
      <translation>Wandere mit den Händen nach vorn und senk den Oberkörper Richtung Boden; leg die Stirn ab.</translation>
    </message>
    <message>
      <source>Breathe slowly and let your back and hips soften each time you breathe out.</source>
      <translation>Atme langsam und lass Rücken und Hüfte mit jedem Ausatmen weicher werden.</translation>
    </message>
    <message>
      <source>Let your hips sink toward your heels.</source>
      <translation>Lass die Hüfte Richtung Fersen sinken.</translation>
    </message>
    <message>
      <source>Relax your shoulders away from your ears.</source>
      <translation>Lass die Schultern locker, weg von den Ohren.</translation>
    </message>
    <message>
      <source>Breathe slowly into your back.</source>
      <translation>Atme langsam in den Rücken.</translation>
    </message>
    <message>
      <source>Forcing the hips down when the knees complain.</source>
      <translation>Die Hüfte nach unten zwingen, obwohl die Knie protestieren.</translation>
    </message>
    <message>
      <source>Holding tension in the shoulders and neck.</source>
      <translation>Spannung in Schultern und Nacken halten.</translation>
    </message>
    <message>
      <source>Sitting back onto your heels bends the hips past a right angle. Skip it, or keep a large cushion between heels and bottom, unless you have been told it is fine.</source>
      <translation>Wenn du dich auf die Fersen zurücksetzt, beugt sich die Hüfte über einen rechten Winkel hinaus. Lass die Übung aus oder leg ein großes Kissen zwischen Fersen und Po, es sei denn, dir wurde gesagt, dass es unbedenklich ist.</translation>
    </message>
    <message>
      <source>Widen your knees to make room for your bump and rest your head on a cushion.</source>
      <translation>Öffne die Knie weiter, damit dein Babybauch Platz hat, und leg den Kopf auf einem Kissen ab.</translation>
    </message>
    <message>
      <source>Supported child's pose</source>
      <translation>Gestützte Kindhaltung</translation>
    </message>
    <message>
      <source>A restful kneeling stretch for the lower back and hips, with cushions under your bottom and chest so your knees and hips bend less than in the full pose.</source>
      <translation>Eine erholsame Dehnung im Knien für unteren Rücken und Hüfte, mit Kissen unter Po und Oberkörper, sodass sich Knie und Hüfte weniger beugen als in der vollen Haltung.</translation>
    </message>
    <message>
      <source>Add more cushions, or skip it, if your knees hurt, and stop if you feel sharp pain in your back or hips.</source>
      <translation>Nimm mehr Kissen oder lass die Übung aus, wenn deine Knie schmerzen, und hör auf, wenn du einen stechenden Schmerz im Rücken oder in der Hüfte spürst.</translation>
    </message>
    <message>
      <source>cushions, pillows or a folded blanket</source>
      <translation>Kissen, Polster oder eine gefaltete Decke</translation>
    </message>
    <message>
      <source>Kneel with your big toes touching and knees hip-width apart or wider, and lay a firm cushion across your heels.</source>
      <translation>Knie dich hin, die großen Zehen berühren sich, die Knie hüftbreit oder weiter auseinander, und leg ein festes Kissen quer über deine Fersen.</translation>
    </message>
    <message>
      <source>Place a long cushion, a bolster or a stack of pillows lengthways on the floor between your knees.</source>
      <translation>Leg ein langes Kissen, eine Nackenrolle oder einen Stapel Kissen der Länge nach zwischen deine Knie auf den Boden.</translation>
    </message>
    <message>
      <source>Sit back onto the cushion on your heels, then lean forward until your chest and head rest on the cushions in front of you.</source>
      <translation>Setz dich zurück auf das Kissen auf deinen Fersen und lehn dich dann nach vorn, bis Oberkörper und Kopf auf den Kissen vor dir liegen.</translation>
    </message>
    <message>
      <source>Let your arms rest on the floor beside the cushions and breathe slowly, letting your back soften each time you breathe out.</source>
      <translation>Lass die Arme neben den Kissen auf dem Boden ruhen und atme langsam; lass deinen Rücken mit jedem Ausatmen weicher werden.</translation>
    </message>
    <message>
      <source>To come up, place your hands under your shoulders and press yourself back up to kneeling.</source>
      <translation>Zum Aufrichten setz die Hände unter die Schultern und drück dich zurück in den Kniestand.</translation>
    </message>
    <message>
      <source>Add cushions until nothing feels strained.</source>
      <translation>Nimm so viele Kissen, bis sich nichts mehr angestrengt anfühlt.</translation>
    </message>
    <message>
      <source>Let the cushions take your whole weight.</source>
      <translation>Lass die Kissen dein ganzes Gewicht tragen.</translation>
    </message>
    <message>
      <source>Using too few cushions, so the knees or hips still feel strained.</source>
      <translation>Zu wenige Kissen nehmen, sodass sich Knie oder Hüfte noch angestrengt anfühlen.</translation>
    </message>
    <message>
      <source>Holding your head up instead of letting it rest.</source>
      <translation>Den Kopf hochhalten, statt ihn abzulegen.</translation>
    </message>
    <message>
      <source>Even with cushions, leaning forward bends the hips past a right angle. Skip it unless your surgeon or physiotherapist has said it is fine, or keep a tall stack under your chest so you lean forward only a little.</source>
      <translation>Auch mit Kissen beugt sich die Hüfte beim Vorlehnen über einen rechten Winkel hinaus. Lass die Übung aus, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat sie erlaubt, oder leg einen hohen Stapel Kissen unter deinen Oberkörper, damit du dich nur wenig nach vorn lehnst.</translation>
    </message>
    <message>
      <source>Widen your knees to make room for your bump and rest your chest and head on a tall stack of cushions.</source>
      <translation>Öffne die Knie weiter, damit dein Babybauch Platz hat, und leg Oberkörper und Kopf auf einem hohen Stapel Kissen ab.</translation>
    </message>
    <message>
      <source>Side-reach child's pose</source>
      <translation>Kindhaltung mit Seitdehnung</translation>
    </message>
    <message>
      <source>Child's pose with both hands walked over to one side, which adds a stretch along the side of your back and ribs.</source>
      <translation>Kindhaltung, bei der du mit beiden Händen zu einer Seite wanderst. Das ergänzt eine Dehnung entlang der Rücken- und Rippenseite.</translation>
    </message>
    <message>
      <source>Use plenty of cushions, or choose the basic child's pose, if your knees hurt, and stop if you feel sharp pain in your back or side.</source>
      <translation>Nimm reichlich Kissen oder wähl die einfache Kindhaltung, wenn deine Knie schmerzen, und hör auf, wenn du einen stechenden Schmerz im Rücken oder in der Seite spürst.</translation>
    </message>
    <message>
      <source>Left side: walk both hands over to the right, so you feel the stretch along the left side of your back.</source>
      <translation>Linke Seite: Wandere mit beiden Händen nach rechts, sodass du die Dehnung entlang der linken Rückenseite spürst.</translation>
    </message>
    <message>
      <source>Right side: walk both hands over to the left, so you feel the stretch along the right side of your back.</source>
      <translation>Rechte Seite: Wandere mit beiden Händen nach links, sodass du die Dehnung entlang der rechten Rückenseite spürst.</translation>
    </message>
    <message>
      <source>Kneel with your big toes touching and your knees hip-width apart or wider, and sit your hips back toward your heels.</source>
      <translation>Knie dich hin, die großen Zehen berühren sich, die Knie hüftbreit oder weiter auseinander, und setz die Hüfte nach hinten Richtung Fersen.</translation>
    </message>
    <message>
      <source>Walk both hands over to one side until you feel a stretch along the opposite side of your back, keeping your hips back toward your heels.</source>
      <translation>Wandere mit beiden Händen zu einer Seite, bis du eine Dehnung entlang der gegenüberliegenden Rückenseite spürst; die Hüfte bleibt hinten bei den Fersen.</translation>
    </message>
    <message>
      <source>Breathe slowly into the stretched side of your ribs and hold.</source>
      <translation>Atme langsam in die gedehnte Rippenseite und halte die Position.</translation>
    </message>
    <message>
      <source>Walk your hands back to the middle, then change sides.</source>
      <translation>Wandere mit den Händen zurück zur Mitte, dann wechsle die Seite.</translation>
    </message>
    <message>
      <source>Keep both hips sinking toward your heels.</source>
      <translation>Lass beide Hüftseiten Richtung Fersen sinken.</translation>
    </message>
    <message>
      <source>Breathe into the side that is stretching.</source>
      <translation>Atme in die Seite, die gedehnt wird.</translation>
    </message>
    <message>
      <source>Walk your hands only as far as feels comfortable.</source>
      <translation>Wandere mit den Händen nur so weit, wie es angenehm ist.</translation>
    </message>
    <message>
      <source>Letting the hips lift or slide sideways with the hands.</source>
      <translation>Die Hüfte mit den Händen anheben oder seitlich mitrutschen lassen.</translation>
    </message>
    <message>
      <source>Walking the hands so far that the stretch turns into strain.</source>
      <translation>Die Hände so weit wandern lassen, dass die Dehnung zur Überlastung wird.</translation>
    </message>
    <message>
      <source>Keep the side reach small and slow, and let the floor take your weight.</source>
      <translation>Halte die Seitdehnung klein und langsam und lass den Boden dein Gewicht tragen.</translation>
    </message>
    <message>
      <source>Widen your knees to make room for your bump, keep the side reach gentle and rest your head on a cushion.</source>
      <translation>Öffne die Knie weiter, damit dein Babybauch Platz hat, dehne dich nur sanft zur Seite und leg den Kopf auf einem Kissen ab.</translation>
    </message>
    <message>
      <source>Figure 4 stretch</source>
      <translation>Figur-4-Dehnung</translation>
    </message>
    <message>
      <source>Stretches the outer hip and glutes, including the piriformis, while you lie on your back.</source>
      <translation>Dehnt in Rückenlage die äußere Hüfte und das Gesäß, einschließlich des Piriformis.</translation>
    </message>
    <message>
      <source>Ease off if the knee of the crossed leg hurts, and stop if you feel sharp or shooting pain down your leg.</source>
      <translation>Lass nach, wenn das Knie des übergeschlagenen Beins schmerzt, und hör auf, wenn du einen stechenden oder einschießenden Schmerz spürst, der ins Bein zieht.</translation>
    </message>
    <message>
      <source>Left side: your left ankle crosses over your right knee, so you feel the stretch in your left hip.</source>
      <translation>Linke Seite: Dein linker Knöchel liegt über deinem rechten Knie, sodass du die Dehnung in der linken Hüfte spürst.</translation>
    </message>
    <message>
      <source>Right side: your right ankle crosses over your left knee, so you feel the stretch in your right hip.</source>
      <translation>Rechte Seite: Dein rechter Knöchel liegt über deinem linken Knie, sodass du die Dehnung in der rechten Hüfte spürst.</translation>
    </message>
    <message>
      <source>piriformis</source>
      <translation>Piriformis</translation>
    </message>
    <message>
      <source>Lie on your back with both knees bent and your feet flat on the floor.</source>
      <translation>Leg dich auf den Rücken, beide Knie gebeugt, die Füße flach auf dem Boden.</translation>
    </message>
    <message>
      <source>Cross one ankle over the opposite knee so your legs make the shape of a 4.</source>
      <translation>Leg einen Knöchel über das gegenüberliegende Knie, sodass deine Beine die Form einer 4 bilden.</translation>
    </message>
    <message>
      <source>Hold behind the thigh of the bottom leg and gently draw it toward your chest.</source>
      <translation>Fass hinter den Oberschenkel des unteren Beins und zieh es sanft Richtung Brust.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then release and change sides.</source>
      <translation>Halte die Position und atme langsam, dann lös sie und wechsle die Seite.</translation>
    </message>
    <message>
      <source>Keep the crossed foot flexed to protect the knee.</source>
      <translation>Zieh den Fuß des übergeschlagenen Beins an, um das Knie zu schützen.</translation>
    </message>
    <message>
      <source>Keep your head and shoulders relaxed on the floor.</source>
      <translation>Lass Kopf und Schultern locker auf dem Boden liegen.</translation>
    </message>
    <message>
      <source>Look for a gentle stretch in the outer hip, not pain.</source>
      <translation>Such eine sanfte Dehnung in der äußeren Hüfte, keinen Schmerz.</translation>
    </message>
    <message>
      <source>Pulling so hard that the lower back lifts off the floor.</source>
      <translation>So stark ziehen, dass der untere Rücken vom Boden abhebt.</translation>
    </message>
    <message>
      <source>Letting the crossed foot go floppy, which strains the knee.</source>
      <translation>Den Fuß des übergeschlagenen Beins locker hängen lassen, was das Knie belastet.</translation>
    </message>
    <message>
      <source>Straining the neck to reach the leg.</source>
      <translation>Den Nacken anstrengen, um das Bein zu erreichen.</translation>
    </message>
    <message>
      <source>Crossing the ankle over the other knee turns the hip in a way a new hip may not be ready for. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Einen Knöchel über das andere Knie zu legen, dreht die Hüfte auf eine Weise, für die eine neue Hüfte vielleicht noch nicht bereit ist. Lass die Übung aus, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat sie erlaubt.</translation>
    </message>
    <message>
      <source>Later in pregnancy, lying on your back can make you feel faint. Do the seated figure 4 on a chair instead.</source>
      <translation>In der späteren Schwangerschaft kann Liegen auf dem Rücken zu Schwächegefühl führen. Mach stattdessen die Figur 4 im Sitzen auf einem Stuhl.</translation>
    </message>
    <message>
      <source>Foot-down figure 4</source>
      <translation>Figur 4 mit Fuß am Boden</translation>
    </message>
    <message>
      <source>A gentler figure 4 for the outer hip and glutes: the bottom foot stays on the floor and the crossed knee simply opens out.</source>
      <translation>Eine sanftere Figur 4 für äußere Hüfte und Gesäß: Der untere Fuß bleibt am Boden, und das übergeschlagene Knie öffnet sich einfach nach außen.</translation>
    </message>
    <message>
      <source>Left side: your left ankle rests on your right knee and your right foot stays on the floor, so you feel the stretch in your left hip.</source>
      <translation>Linke Seite: Dein linker Knöchel liegt auf deinem rechten Knie, und dein rechter Fuß bleibt am Boden, sodass du die Dehnung in der linken Hüfte spürst.</translation>
    </message>
    <message>
      <source>Right side: your right ankle rests on your left knee and your left foot stays on the floor, so you feel the stretch in your right hip.</source>
      <translation>Rechte Seite: Dein rechter Knöchel liegt auf deinem linken Knie, und dein linker Fuß bleibt am Boden, sodass du die Dehnung in der rechten Hüfte spürst.</translation>
    </message>
    <message>
      <source>Lie on your back with both knees bent and your feet flat on the floor, hip-width apart.</source>
      <translation>Leg dich auf den Rücken, beide Knie gebeugt, die Füße flach und hüftbreit auf dem Boden.</translation>
    </message>
    <message>
      <source>Cross one ankle over the opposite knee so your legs make the shape of a 4, keeping the bottom foot on the floor.</source>
      <translation>Leg einen Knöchel über das gegenüberliegende Knie, sodass deine Beine die Form einer 4 bilden; der untere Fuß bleibt am Boden.</translation>
    </message>
    <message>
      <source>Let the crossed knee gently open out to the side, and rest your hands on your belly or on the floor.</source>
      <translation>Lass das übergeschlagene Knie sanft zur Seite sinken und leg die Hände auf den Bauch oder auf den Boden.</translation>
    </message>
    <message>
      <source>For less stretch, slide the bottom foot further away from you; for a little more, bring it a little closer.</source>
      <translation>Für weniger Dehnung schieb den unteren Fuß weiter von dir weg, für etwas mehr zieh ihn etwas näher heran.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then uncross and change sides.</source>
      <translation>Halte die Position und atme langsam, dann lös die Beine und wechsle die Seite.</translation>
    </message>
    <message>
      <source>Let the knee open by itself; there is no need to push it.</source>
      <translation>Lass das Knie von selbst sinken; du musst nicht drücken.</translation>
    </message>
    <message>
      <source>Pressing the crossed knee down hard with a hand.</source>
      <translation>Das übergeschlagene Knie mit der Hand fest nach unten drücken.</translation>
    </message>
    <message>
      <source>Holding the breath or tensing the shoulders.</source>
      <translation>Die Luft anhalten oder die Schultern anspannen.</translation>
    </message>
    <message>
      <source>Crossing the ankle over the other knee turns the hip in a way a new hip may not be ready for, even with the foot down. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Einen Knöchel über das andere Knie zu legen, dreht die Hüfte auch mit dem Fuß am Boden auf eine Weise, für die eine neue Hüfte vielleicht noch nicht bereit ist. Lass die Übung aus, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat sie erlaubt.</translation>
    </message>
    <message>
      <source>Later in pregnancy, lying on your back can make you feel faint. Do the seated figure 4 on a chair instead, or prop your head and shoulders up on cushions.</source>
      <translation>In der späteren Schwangerschaft kann Liegen auf dem Rücken zu Schwächegefühl führen. Mach stattdessen die Figur 4 im Sitzen auf einem Stuhl oder lagere Kopf und Schultern auf Kissen hoch.</translation>
    </message>
    <message>
      <source>Deep figure 4</source>
      <translation>Tiefe Figur 4</translation>
    </message>
    <message>
      <source>A stronger figure 4 for the outer hip and glutes: you hold the front of the bottom shin, draw the legs closer to your chest and ease the crossed knee away.</source>
      <translation>Eine intensivere Figur 4 für äußere Hüfte und Gesäß: Du fasst vorn um das untere Schienbein, ziehst die Beine näher zur Brust und schiebst das übergeschlagene Knie sanft von dir weg.</translation>
    </message>
    <message>
      <source>Go back to the basic figure 4 if the crossed knee or the front of the hip complains, and stop if you feel sharp or shooting pain down your leg.</source>
      <translation>Kehr zur einfachen Figur 4 zurück, wenn das übergeschlagene Knie oder die Vorderseite der Hüfte protestiert, und hör auf, wenn du einen stechenden oder einschießenden Schmerz spürst, der ins Bein zieht.</translation>
    </message>
    <message>
      <source>Left side: your left ankle crosses over your right knee and you draw your right leg in, so you feel the stretch in your left hip.</source>
      <translation>Linke Seite: Dein linker Knöchel liegt über deinem rechten Knie, und du ziehst dein rechtes Bein heran, sodass du die Dehnung in der linken Hüfte spürst.</translation>
    </message>
    <message>
      <source>Right side: your right ankle crosses over your left knee and you draw your left leg in, so you feel the stretch in your right hip.</source>
      <translation>Rechte Seite: Dein rechter Knöchel liegt über deinem linken Knie, und du ziehst dein linkes Bein heran, sodass du die Dehnung in der rechten Hüfte spürst.</translation>
    </message>
    <message>
      <source>Lie on your back with both knees bent and cross one ankle over the opposite knee, keeping that foot flexed.</source>
      <translation>Leg dich auf den Rücken, beide Knie gebeugt, und leg einen Knöchel über das gegenüberliegende Knie; der Fuß bleibt angezogen.</translation>
    </message>
    <message>
      <source>Lift the bottom foot off the floor, thread one hand between your legs and hold the front of the bottom shin with both hands.</source>
      <translation>Heb den unteren Fuß vom Boden, führ eine Hand zwischen den Beinen hindurch und fass mit beiden Händen vorn um das untere Schienbein.</translation>
    </message>
    <message>
      <source>Draw the bottom leg slowly toward your chest until you feel a stronger stretch in the outer hip of the crossed leg.</source>
      <translation>Zieh das untere Bein langsam zur Brust, bis du eine stärkere Dehnung in der äußeren Hüfte des übergeschlagenen Beins spürst.</translation>
    </message>
    <message>
      <source>If you want a little more, use the elbow on the crossed-leg side to ease that knee gently away from you.</source>
      <translation>Wenn du etwas mehr möchtest, schieb das Knie mit dem Ellbogen auf derselben Seite sanft von dir weg.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, keeping your head and tailbone down, then release and change sides.</source>
      <translation>Halte die Position und atme langsam; Kopf und Steißbein bleiben unten. Dann lös sie und wechsle die Seite.</translation>
    </message>
    <message>
      <source>Keep your head, shoulders and tailbone heavy on the floor.</source>
      <translation>Lass Kopf, Schultern und Steißbein schwer auf dem Boden liegen.</translation>
    </message>
    <message>
      <source>Keep the crossed foot flexed.</source>
      <translation>Halte den Fuß des übergeschlagenen Beins angezogen.</translation>
    </message>
    <message>
      <source>Ease in a little with each breath out; never bounce.</source>
      <translation>Geh mit jedem Ausatmen ein wenig tiefer; niemals wippen.</translation>
    </message>
    <message>
      <source>Pulling so hard that your tailbone curls up off the floor.</source>
      <translation>So stark ziehen, dass sich das Steißbein vom Boden abrollt.</translation>
    </message>
    <message>
      <source>Lifting the head and shoulders to reach the shin.</source>
      <translation>Kopf und Schultern anheben, um das Schienbein zu erreichen.</translation>
    </message>
    <message>
      <source>Pushing the crossed knee so hard that the knee or the front of the hip hurts.</source>
      <translation>Das übergeschlagene Knie so stark wegdrücken, dass das Knie oder die Vorderseite der Hüfte schmerzt.</translation>
    </message>
    <message>
      <source>This deep bend and turn of the hip is likely to be too much for a new hip. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Diese tiefe Beugung und Drehung der Hüfte ist für eine neue Hüfte wahrscheinlich zu viel. Lass die Übung aus, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat sie erlaubt.</translation>
    </message>
    <message>
      <source>Lying on your back and drawing a leg in toward your bump are best avoided later in pregnancy. Do the seated figure 4 on a chair instead.</source>
      <translation>Liegen auf dem Rücken und ein Bein zum Babybauch heranziehen solltest du in der späteren Schwangerschaft besser vermeiden. Mach stattdessen die Figur 4 im Sitzen auf einem Stuhl.</translation>
    </message>
    <message>
      <source>Cat-cow</source>
      <translation>Katze-Kuh</translation>
    </message>
    <message>
      <source>A gentle flowing move on hands and knees that loosens the spine and eases stiffness in the lower back and hips.</source>
      <translation>Eine sanfte, fließende Bewegung im Vierfüßlerstand, die die Wirbelsäule mobilisiert und Steifheit im unteren Rücken und in der Hüfte löst.</translation>
    </message>
    <message>
      <source>Put a cushion under your knees if they are sore, and keep the movement small if arching or rounding brings on pain.</source>
      <translation>Leg ein Kissen unter die Knie, wenn sie empfindlich sind, und halte die Bewegung klein, wenn Hohlkreuz oder Rundrücken Schmerzen auslösen.</translation>
    </message>
    <message>
      <source>spine</source>
      <translation>Wirbelsäule</translation>
    </message>
    <message>
      <source>Start on hands and knees, hands under your shoulders and knees under your hips.</source>
      <translation>Geh in den Vierfüßlerstand, Hände unter den Schultern, Knie unter der Hüfte.</translation>
    </message>
    <message>
      <source>Breathe in as you let your belly sink, lift your chest and tailbone, and look slightly forward.</source>
      <translation>Atme ein, lass den Bauch sinken, heb Brust und Steißbein und schau leicht nach vorn.</translation>
    </message>
    <message>
      <source>Breathe out as you round your back up toward the ceiling, tuck your tailbone and let your head drop.</source>
      <translation>Atme aus, mach einen runden Rücken zur Decke, zieh das Steißbein ein und lass den Kopf hängen.</translation>
    </message>
    <message>
      <source>Keep flowing slowly between the two shapes in time with your breath.</source>
      <translation>Wechsle langsam und fließend im Atemrhythmus zwischen den beiden Haltungen.</translation>
    </message>
    <message>
      <source>Move one section of your spine at a time.</source>
      <translation>Beweg die Wirbelsäule Abschnitt für Abschnitt.</translation>
    </message>
    <message>
      <source>Let your breath set the pace.</source>
      <translation>Lass deinen Atem das Tempo bestimmen.</translation>
    </message>
    <message>
      <source>Stay within a comfortable range.</source>
      <translation>Bleib in einem angenehmen Bewegungsumfang.</translation>
    </message>
    <message>
      <source>Rushing through the movement.</source>
      <translation>Hastig durch die Bewegung gehen.</translation>
    </message>
    <message>
      <source>Forcing a deep arch in the lower back.</source>
      <translation>Ein tiefes Hohlkreuz im unteren Rücken erzwingen.</translation>
    </message>
    <message>
      <source>Locking the elbows.</source>
      <translation>Die Ellbogen durchdrücken.</translation>
    </message>
    <message>
      <source>Keep the rounding (cat) small and slow.</source>
      <translation>Halte den Rundrücken (Katze) klein und langsam.</translation>
    </message>
    <message>
      <source>Keep the arching (cow) small, and stop if it brings on leg pain.</source>
      <translation>Halte das Hohlkreuz (Kuh) klein und hör auf, wenn es Beinschmerzen auslöst.</translation>
    </message>
    <message>
      <source>Small-range cat-cow</source>
      <translation>Kleine Katze-Kuh</translation>
    </message>
    <message>
      <source>Cat-cow in small, easy movements: you tilt your pelvis and round or hollow your back only a little, to loosen a stiff or sore back gently.</source>
      <translation>Katze-Kuh mit kleinen, leichten Bewegungen: Du kippst das Becken und machst den Rücken nur wenig rund oder hohl, um einen steifen oder schmerzenden Rücken sanft zu lockern.</translation>
    </message>
    <message>
      <source>Make it even smaller, or try the seated cat-cow, if it brings on pain, and stop if you feel sharp or shooting pain.</source>
      <translation>Mach die Bewegung noch kleiner oder probier die Katze-Kuh im Sitzen, wenn sie Schmerzen auslöst, und hör auf, wenn du einen stechenden oder einschießenden Schmerz spürst.</translation>
    </message>
    <message>
      <source>Start on hands and knees, hands under your shoulders and knees under your hips, with a cushion under your knees if they are sore.</source>
      <translation>Geh in den Vierfüßlerstand, Hände unter den Schultern, Knie unter der Hüfte; leg ein Kissen unter die Knie, wenn sie empfindlich sind.</translation>
    </message>
    <message>
      <source>Breathe in and tip your tailbone up a little, letting your lower back dip only slightly.</source>
      <translation>Atme ein und kipp das Steißbein etwas nach oben; der untere Rücken sinkt dabei nur leicht ein.</translation>
    </message>
    <message>
      <source>Breathe out and tuck your tailbone under a little, letting your back round only slightly.</source>
      <translation>Atme aus und zieh das Steißbein etwas ein; der Rücken rundet sich dabei nur leicht.</translation>
    </message>
    <message>
      <source>Keep rocking gently between the two in time with your breath, within an easy, pain-free range.</source>
      <translation>Wiege dich im Atemrhythmus sanft zwischen beiden hin und her, in einem leichten, schmerzfreien Bewegungsumfang.</translation>
    </message>
    <message>
      <source>Let the movement start at your pelvis.</source>
      <translation>Lass die Bewegung im Becken beginnen.</translation>
    </message>
    <message>
      <source>Small and smooth is the aim.</source>
      <translation>Klein und fließend ist das Ziel.</translation>
    </message>
    <message>
      <source>Keep your neck long and your eyes on the floor.</source>
      <translation>Halte den Nacken lang und den Blick zum Boden.</translation>
    </message>
    <message>
      <source>Letting the movement grow bigger than feels easy.</source>
      <translation>Die Bewegung größer werden lassen, als es sich leicht anfühlt.</translation>
    </message>
    <message>
      <source>Moving only the head and shoulders instead of the pelvis.</source>
      <translation>Nur Kopf und Schultern statt des Beckens bewegen.</translation>
    </message>
    <message>
      <source>Keep the rounding (cat) small and slow, as in this version, and do not push it further.</source>
      <translation>Halte den Rundrücken (Katze) klein und langsam, wie in dieser Variante, und geh nicht weiter.</translation>
    </message>
    <message>
      <source>Cat-cow with hip circles</source>
      <translation>Katze-Kuh mit Hüftkreisen</translation>
    </message>
    <message>
      <source>Cat-cow with slow circles of the hips added between rounds, to loosen the hips as well as the spine.</source>
      <translation>Katze-Kuh mit langsamen Hüftkreisen zwischen den Durchgängen, um neben der Wirbelsäule auch die Hüfte zu lockern.</translation>
    </message>
    <message>
      <source>Put a cushion under your knees if they are sore, keep the circles small if they bring on pain, and stop if you feel sharp pain in your back or hips.</source>
      <translation>Leg ein Kissen unter die Knie, wenn sie empfindlich sind, halte die Kreise klein, wenn sie Schmerzen auslösen, und hör auf, wenn du einen stechenden Schmerz im Rücken oder in der Hüfte spürst.</translation>
    </message>
    <message>
      <source>Do a few slow rounds of cat-cow, letting your belly sink as you breathe in and rounding your back as you breathe out.</source>
      <translation>Mach ein paar langsame Durchgänge Katze-Kuh: Lass beim Einatmen den Bauch sinken und mach beim Ausatmen einen runden Rücken.</translation>
    </message>
    <message>
      <source>Return to a flat back and draw slow circles with your hips: forward, over to one side, back toward your heels and over to the other side.</source>
      <translation>Kehr zum geraden Rücken zurück und beschreib mit der Hüfte langsame Kreise: nach vorn, zu einer Seite, zurück Richtung Fersen und zur anderen Seite.</translation>
    </message>
    <message>
      <source>After three or four circles, change direction, then go back to cat-cow and keep alternating.</source>
      <translation>Wechsle nach drei oder vier Kreisen die Richtung, dann geh zurück zu Katze-Kuh und wechsle weiter ab.</translation>
    </message>
    <message>
      <source>Keep your hands and knees where they are; only your hips and spine move.</source>
      <translation>Hände und Knie bleiben, wo sie sind; nur Hüfte und Wirbelsäule bewegen sich.</translation>
    </message>
    <message>
      <source>Keep the circles slow and smooth.</source>
      <translation>Halte die Kreise langsam und fließend.</translation>
    </message>
    <message>
      <source>Rushing the circles.</source>
      <translation>Hastig kreisen.</translation>
    </message>
    <message>
      <source>Sinking into the shoulders or locking the elbows.</source>
      <translation>In die Schultern sinken oder die Ellbogen durchdrücken.</translation>
    </message>
    <message>
      <source>Letting the lower back sag as the hips move forward.</source>
      <translation>Den unteren Rücken durchhängen lassen, wenn die Hüfte nach vorn geht.</translation>
    </message>
    <message>
      <source>Keep the rounding (cat) small and slow, and keep the circles small.</source>
      <translation>Halte den Rundrücken (Katze) klein und langsam und die Kreise klein.</translation>
    </message>
    <message>
      <source>Keep the arching (cow) small, keep your back from sagging as the hips circle forward, and stop if it brings on leg pain.</source>
      <translation>Halte das Hohlkreuz (Kuh) klein, lass den Rücken nicht durchhängen, wenn die Hüfte nach vorn kreist, und hör auf, wenn es Beinschmerzen auslöst.</translation>
    </message>
    <message>
      <source>Pigeon pose</source>
      <translation>Taube</translation>
    </message>
    <message>
      <source>A deep stretch for the outer hips and glutes with one leg folded in front of you.</source>
      <translation>Eine tiefe Dehnung für die äußere Hüfte und das Gesäß, bei der ein Bein angewinkelt vor dir liegt.</translation>
    </message>
    <message>
      <source>Use the figure 4 stretch instead if you feel pain in the front knee, and stop if you feel sharp pain in your hip or back.</source>
      <translation>Mach stattdessen die Figur-4-Dehnung, wenn du Schmerzen im vorderen Knie spürst, und hör auf, wenn du einen stechenden Schmerz in der Hüfte oder im Rücken spürst.</translation>
    </message>
    <message>
      <source>Left side: your left knee comes forward and your right leg stretches back, so you feel the stretch in your left hip.</source>
      <translation>Linke Seite: Dein linkes Knie kommt nach vorn und dein rechtes Bein streckt sich nach hinten, sodass du die Dehnung in der linken Hüfte spürst.</translation>
    </message>
    <message>
      <source>Right side: your right knee comes forward and your left leg stretches back, so you feel the stretch in your right hip.</source>
      <translation>Rechte Seite: Dein rechtes Knie kommt nach vorn und dein linkes Bein streckt sich nach hinten, sodass du die Dehnung in der rechten Hüfte spürst.</translation>
    </message>
    <message>
      <source>hip flexors</source>
      <translation>Hüftbeuger</translation>
    </message>
    <message>
      <source>Start on hands and knees, then bring one knee forward to rest behind the wrist on the same side.</source>
      <translation>Geh in den Vierfüßlerstand und bring dann ein Knie nach vorn hinter das Handgelenk derselben Seite.</translation>
    </message>
    <message>
      <source>Let that shin angle across toward the opposite hip and slide the other leg straight back.</source>
      <translation>Lass das Schienbein schräg zur gegenüberliegenden Hüfte zeigen und schieb das andere Bein gestreckt nach hinten.</translation>
    </message>
    <message>
      <source>Keep your hips level and lower them toward the floor, supporting yourself on your hands.</source>
      <translation>Halte die Hüfte waagerecht und senk sie Richtung Boden; stütz dich dabei auf die Hände.</translation>
    </message>
    <message>
      <source>Stay up on your hands or fold forward onto your forearms, hold, then change sides.</source>
      <translation>Bleib auf den Händen oder beug dich auf die Unterarme vor, halte die Position und wechsle dann die Seite.</translation>
    </message>
    <message>
      <source>Keep the front foot flexed.</source>
      <translation>Halte den vorderen Fuß angezogen.</translation>
    </message>
    <message>
      <source>Keep both hips facing forward.</source>
      <translation>Beide Hüftseiten zeigen nach vorn.</translation>
    </message>
    <message>
      <source>Slide a cushion under the front hip if it does not reach the floor.</source>
      <translation>Schieb ein Kissen unter die vordere Hüfte, wenn sie den Boden nicht erreicht.</translation>
    </message>
    <message>
      <source>Tipping over onto the front hip.</source>
      <translation>Auf die vordere Hüfte kippen.</translation>
    </message>
    <message>
      <source>Forcing the front shin across further than the knee allows.</source>
      <translation>Das vordere Schienbein weiter querlegen, als das Knie es zulässt.</translation>
    </message>
    <message>
      <source>Letting the back leg twist out to the side.</source>
      <translation>Das hintere Bein zur Seite wegdrehen lassen.</translation>
    </message>
    <message>
      <source>The deep bend and turn of the front hip can strain a new hip. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Die tiefe Beugung und Drehung der vorderen Hüfte kann eine neue Hüfte überlasten. Lass die Übung aus, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat sie erlaubt.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Use the figure 4 on a chair, or a cushion under the front hip and only a gentle stretch.</source>
      <translation>In der Schwangerschaft werden die Gelenke lockerer und das Gleichgewicht fällt schwerer. Mach die Figur 4 auf einem Stuhl oder leg ein Kissen unter die vordere Hüfte und dehne nur sanft.</translation>
    </message>
    <message>
      <source>Supported pigeon</source>
      <translation>Gestützte Taube</translation>
    </message>
    <message>
      <source>A gentler pigeon pose with a cushion or folded blanket under the hip of the front leg and your chest upright on your hands, so the hip stretch stays moderate.</source>
      <translation>Eine sanftere Taube mit einem Kissen oder einer gefalteten Decke unter der Hüfte des vorderen Beins; dein Oberkörper bleibt auf den Händen aufgerichtet, sodass die Hüftdehnung moderat bleibt.</translation>
    </message>
    <message>
      <source>Left side: your left knee comes forward with the cushion under your left hip, and your right leg stretches back.</source>
      <translation>Linke Seite: Dein linkes Knie kommt nach vorn, das Kissen liegt unter deiner linken Hüfte, und dein rechtes Bein streckt sich nach hinten.</translation>
    </message>
    <message>
      <source>Right side: your right knee comes forward with the cushion under your right hip, and your left leg stretches back.</source>
      <translation>Rechte Seite: Dein rechtes Knie kommt nach vorn, das Kissen liegt unter deiner rechten Hüfte, und dein linkes Bein streckt sich nach hinten.</translation>
    </message>
    <message>
      <source>cushion or folded blanket</source>
      <translation>Kissen oder gefaltete Decke</translation>
    </message>
    <message>
      <source>two books (optional)</source>
      <translation>zwei Bücher (optional)</translation>
    </message>
    <message>
      <source>Start on hands and knees with a firm cushion or folded blanket on the floor just in front of your knees.</source>
      <translation>Geh in den Vierfüßlerstand, mit einem festen Kissen oder einer gefalteten Decke auf dem Boden knapp vor deinen Knien.</translation>
    </message>
    <message>
      <source>Bring one knee forward to rest behind the wrist on the same side, and let that shin angle across only as far as is comfortable.</source>
      <translation>Bring ein Knie nach vorn hinter das Handgelenk derselben Seite und lass das Schienbein nur so weit schräg liegen, wie es angenehm ist.</translation>
    </message>
    <message>
      <source>Slide the other leg straight back and lower the hip of the front leg onto the cushion, keeping your hips level.</source>
      <translation>Schieb das andere Bein gestreckt nach hinten und senk die Hüfte des vorderen Beins auf das Kissen; die Hüfte bleibt waagerecht.</translation>
    </message>
    <message>
      <source>Keep your arms straight and your chest upright, hands on the floor or on two books beside your front knee.</source>
      <translation>Halte die Arme gestreckt und den Oberkörper aufrecht, die Hände auf dem Boden oder auf zwei Büchern neben deinem vorderen Knie.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then press back onto hands and knees and change sides.</source>
      <translation>Halte die Position und atme gleichmäßig weiter, dann drück dich zurück in den Vierfüßlerstand und wechsle die Seite.</translation>
    </message>
    <message>
      <source>Let the cushion take your weight so your hips stay level.</source>
      <translation>Lass das Kissen dein Gewicht tragen, damit die Hüfte waagerecht bleibt.</translation>
    </message>
    <message>
      <source>Keep your chest lifted and your back long.</source>
      <translation>Halte die Brust angehoben und den Rücken lang.</translation>
    </message>
    <message>
      <source>Using a cushion that is too low, so you tip over onto the front hip.</source>
      <translation>Ein zu niedriges Kissen nehmen, sodass du auf die vordere Hüfte kippst.</translation>
    </message>
    <message>
      <source>Slumping the chest down onto the front leg.</source>
      <translation>Den Oberkörper auf das vordere Bein sacken lassen.</translation>
    </message>
    <message>
      <source>Even with a cushion, the front hip bends and turns a long way. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Auch mit Kissen beugt und dreht sich die vordere Hüfte sehr weit. Lass die Übung aus, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat sie erlaubt.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Keep the cushion high and the stretch gentle, or use the figure 4 on a chair.</source>
      <translation>In der Schwangerschaft werden die Gelenke lockerer und das Gleichgewicht fällt schwerer. Nimm ein hohes Kissen und dehne nur sanft, oder mach die Figur 4 auf einem Stuhl.</translation>
    </message>
    <message>
      <source>Folded pigeon</source>
      <translation>Taube mit Vorbeuge</translation>
    </message>
    <message>
      <source>A deeper pigeon pose: you walk your hands forward and fold your chest down onto your forearms, for a stronger stretch in the outer hip of the front leg.</source>
      <translation>Eine tiefere Taube: Du wanderst mit den Händen nach vorn und legst den Oberkörper auf den Unterarmen ab, für eine stärkere Dehnung in der äußeren Hüfte des vorderen Beins.</translation>
    </message>
    <message>
      <source>Stay up on your hands, or use the figure 4 stretch, if the front knee hurts, and stop if you feel sharp pain in your hip or back.</source>
      <translation>Bleib auf den Händen oder mach die Figur-4-Dehnung, wenn das vordere Knie schmerzt, und hör auf, wenn du einen stechenden Schmerz in der Hüfte oder im Rücken spürst.</translation>
    </message>
    <message>
      <source>Set up in pigeon pose: one knee forward behind the wrist on the same side, that shin angled across and the other leg straight back.</source>
      <translation>Geh in die Taube: ein Knie vorn hinter dem Handgelenk derselben Seite, das Schienbein schräg, das andere Bein gestreckt nach hinten.</translation>
    </message>
    <message>
      <source>Lower your hips toward the floor, keeping them level, with a cushion under the front hip if it does not reach.</source>
      <translation>Senk die Hüfte waagerecht Richtung Boden; leg ein Kissen unter die vordere Hüfte, wenn sie nicht hinunterreicht.</translation>
    </message>
    <message>
      <source>Walk your hands forward and lower your chest slowly onto your forearms, keeping your back long.</source>
      <translation>Wandere mit den Händen nach vorn und senk den Oberkörper langsam auf die Unterarme; der Rücken bleibt lang.</translation>
    </message>
    <message>
      <source>If that feels easy, stretch your arms forward and rest your forehead on your hands or on the floor.</source>
      <translation>Wenn sich das leicht anfühlt, streck die Arme nach vorn und leg die Stirn auf den Händen oder auf dem Boden ab.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then walk your hands back, press up and change sides.</source>
      <translation>Halte die Position und atme langsam, dann wandere mit den Händen zurück, drück dich hoch und wechsle die Seite.</translation>
    </message>
    <message>
      <source>Fold forward from your hips rather than rounding your back.</source>
      <translation>Beug dich aus der Hüfte nach vorn, statt den Rücken zu runden.</translation>
    </message>
    <message>
      <source>Let the stretch ease in with each breath out.</source>
      <translation>Lass die Dehnung mit jedem Ausatmen tiefer werden.</translation>
    </message>
    <message>
      <source>Tipping over onto the front hip as you fold.</source>
      <translation>Beim Vorbeugen auf die vordere Hüfte kippen.</translation>
    </message>
    <message>
      <source>Folding lower than the front knee is happy with.</source>
      <translation>Tiefer vorbeugen, als das vordere Knie es mitmacht.</translation>
    </message>
    <message>
      <source>Hunching the shoulders up around the ears.</source>
      <translation>Die Schultern zu den Ohren hochziehen.</translation>
    </message>
    <message>
      <source>Folding forward over the front leg bends and turns the front hip even further. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Das Vorbeugen über das vordere Bein beugt und dreht die vordere Hüfte noch weiter. Lass die Übung aus, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat sie erlaubt.</translation>
    </message>
    <message>
      <source>Folding down over the front leg presses on your bump, and pregnancy loosens the joints. Use the supported pigeon with only a gentle stretch, or the figure 4 on a chair.</source>
      <translation>Das Vorbeugen über das vordere Bein drückt auf deinen Babybauch, und in der Schwangerschaft werden die Gelenke lockerer. Mach die gestützte Taube mit nur sanfter Dehnung oder die Figur 4 auf einem Stuhl.</translation>
    </message>
    <message>
      <source>Seated forward fold</source>
      <translation>Vorbeuge im Sitzen</translation>
    </message>
    <message>
      <source>Lengthens the backs of your legs and your lower back as you fold forward over your legs while sitting on the floor.</source>
      <translation>Verlängert die Beinrückseiten und den unteren Rücken: Du beugst dich im Sitzen auf dem Boden über deine Beine nach vorn.</translation>
    </message>
    <message>
      <source>Keep your knees bent, or skip the fold, if you feel shooting pain or tingling down a leg.</source>
      <translation>Lass die Knie gebeugt oder die Vorbeuge aus, wenn du einen einschießenden Schmerz oder Kribbeln spürst, das ins Bein zieht.</translation>
    </message>
    <message>
      <source>calves</source>
      <translation>Waden</translation>
    </message>
    <message>
      <source>Sit on the floor with your legs straight out in front and your feet flexed.</source>
      <translation>Setz dich auf den Boden, die Beine nach vorn ausgestreckt, die Füße angezogen.</translation>
    </message>
    <message>
      <source>Sit up tall and breathe in as you lengthen your spine.</source>
      <translation>Setz dich aufrecht hin und verlängere beim Einatmen die Wirbelsäule.</translation>
    </message>
    <message>
      <source>Breathe out and hinge forward from your hips, sliding your hands along your legs.</source>
      <translation>Atme aus und beug dich aus der Hüfte nach vorn; lass die Hände dabei an den Beinen entlanggleiten.</translation>
    </message>
    <message>
      <source>Stop where you feel a gentle stretch and hold, breathing slowly.</source>
      <translation>Stopp dort, wo du eine sanfte Dehnung spürst, und halte die Position; atme langsam.</translation>
    </message>
    <message>
      <source>Lead with your chest rather than your head.</source>
      <translation>Führ mit der Brust, nicht mit dem Kopf.</translation>
    </message>
    <message>
      <source>Bend your knees as much as you need.</source>
      <translation>Beug die Knie so weit wie nötig.</translation>
    </message>
    <message>
      <source>Relax your shoulders and neck.</source>
      <translation>Lass Schultern und Nacken locker.</translation>
    </message>
    <message>
      <source>Rounding hard through the back to reach the toes.</source>
      <translation>Den Rücken stark runden, um die Zehen zu erreichen.</translation>
    </message>
    <message>
      <source>Bouncing to go further.</source>
      <translation>Wippen, um weiter zu kommen.</translation>
    </message>
    <message>
      <source>Locking the knees tight.</source>
      <translation>Die Knie fest durchdrücken.</translation>
    </message>
    <message>
      <source>Rounding your back forward loads the front of the spine bones. Hinge from the hips with a long back and stop at a gentle stretch, or skip it.</source>
      <translation>Ein nach vorn gerundeter Rücken belastet die Vorderseite der Wirbelkörper. Beug dich mit langem Rücken aus der Hüfte vor und hör bei einer sanften Dehnung auf, oder lass die Übung aus.</translation>
    </message>
    <message>
      <source>Bent-knee forward fold</source>
      <translation>Vorbeuge mit gebeugten Knien</translation>
    </message>
    <message>
      <source>A gentler seated fold: with your knees bent and your hips raised on a folded blanket, your chest rests towards your thighs and the backs of your legs stretch only lightly.</source>
      <translation>Eine sanftere Vorbeuge im Sitzen: Die Knie sind gebeugt, die Hüfte sitzt erhöht auf einer gefalteten Decke, der Oberkörper sinkt Richtung Oberschenkel, und die Beinrückseiten werden nur leicht gedehnt.</translation>
    </message>
    <message>
      <source>Stop and sit up if you feel shooting pain or tingling down a leg; if sitting on the floor is hard, do a forward fold sitting on a chair instead.</source>
      <translation>Hör auf und richte dich auf, wenn du einen einschießenden Schmerz oder Kribbeln spürst, das ins Bein zieht; wenn dir das Sitzen auf dem Boden schwerfällt, mach die Vorbeuge stattdessen auf einem Stuhl.</translation>
    </message>
    <message>
      <source>folded blanket or cushion (optional)</source>
      <translation>gefaltete Decke oder Kissen (optional)</translation>
    </message>
    <message>
      <source>Sit on the front edge of a folded blanket or cushion with your knees bent and your feet flat on the floor, hip-width apart.</source>
      <translation>Setz dich auf die vordere Kante einer gefalteten Decke oder eines Kissens, die Knie gebeugt, die Füße flach und hüftbreit auf dem Boden.</translation>
    </message>
    <message>
      <source>Breathe out and hinge forward from your hips, letting your chest come towards your thighs and holding your shins or ankles.</source>
      <translation>Atme aus und beug dich aus der Hüfte nach vorn; lass die Brust Richtung Oberschenkel sinken und fass deine Schienbeine oder Knöchel.</translation>
    </message>
    <message>
      <source>Stay where it feels comfortable and breathe slowly, then walk your hands up your shins to sit tall again.</source>
      <translation>Bleib dort, wo es angenehm ist, und atme langsam, dann wandere mit den Händen an den Schienbeinen hoch und richte dich wieder auf.</translation>
    </message>
    <message>
      <source>Let your thighs support your chest.</source>
      <translation>Lass deine Oberschenkel den Oberkörper stützen.</translation>
    </message>
    <message>
      <source>Keep your feet flat and your knees as bent as you need.</source>
      <translation>Lass die Füße flach und beug die Knie so weit wie nötig.</translation>
    </message>
    <message>
      <source>Let your neck relax in line with your back.</source>
      <translation>Lass den Nacken locker, in einer Linie mit dem Rücken.</translation>
    </message>
    <message>
      <source>Straightening the legs to feel more stretch.</source>
      <translation>Die Beine strecken, um mehr Dehnung zu spüren.</translation>
    </message>
    <message>
      <source>Pulling on the shins to force your chest down.</source>
      <translation>An den Schienbeinen ziehen, um den Oberkörper nach unten zu zwingen.</translation>
    </message>
    <message>
      <source>Even with bent knees, rounding your back forward loads the front of the spine bones. Hinge from the hips with a long back and only go as far as your thighs allow, or skip it.</source>
      <translation>Auch mit gebeugten Knien belastet ein nach vorn gerundeter Rücken die Vorderseite der Wirbelkörper. Beug dich mit langem Rücken aus der Hüfte vor und geh nur so weit, wie deine Oberschenkel es zulassen, oder lass die Übung aus.</translation>
    </message>
    <message>
      <source>Towel forward fold</source>
      <translation>Vorbeuge mit Handtuch</translation>
    </message>
    <message>
      <source>A deeper seated fold: a towel looped around your feet lets you ease your chest closer to your straight legs while keeping your back long.</source>
      <translation>Eine tiefere Vorbeuge im Sitzen: Mit einem Handtuch um die Füße bringst du die Brust näher an die gestreckten Beine, während dein Rücken lang bleibt.</translation>
    </message>
    <message>
      <source>Ease off if you feel pulling behind the knees, and bend your knees or skip the fold if you feel shooting pain or tingling down a leg.</source>
      <translation>Lass nach, wenn du ein Ziehen in den Kniekehlen spürst, und beug die Knie oder lass die Vorbeuge aus, wenn du einen einschießenden Schmerz oder Kribbeln spürst, das ins Bein zieht.</translation>
    </message>
    <message>
      <source>towel or strap</source>
      <translation>Handtuch oder Gurt</translation>
    </message>
    <message>
      <source>Sit on the floor with your legs straight out in front, loop a towel around the soles of your feet and hold one end in each hand.</source>
      <translation>Setz dich auf den Boden, die Beine nach vorn ausgestreckt, leg ein Handtuch um deine Fußsohlen und halte in jeder Hand ein Ende.</translation>
    </message>
    <message>
      <source>Breathe out and hinge forward from your hips, walking your hands a little way down the towel to ease your chest towards your legs.</source>
      <translation>Atme aus und beug dich aus der Hüfte nach vorn; greif dabei mit den Händen ein Stück am Handtuch entlang, um die Brust näher zu den Beinen zu bringen.</translation>
    </message>
    <message>
      <source>Stop at a gentle stretch and hold, breathing slowly, then let the towel go slack and sit up tall.</source>
      <translation>Stopp bei einer sanften Dehnung und halte die Position; atme langsam. Dann lass das Handtuch locker und richte dich auf.</translation>
    </message>
    <message>
      <source>Keep your back long and lead with your chest.</source>
      <translation>Halte den Rücken lang und führ mit der Brust.</translation>
    </message>
    <message>
      <source>Use the towel to guide you, not to haul yourself forward.</source>
      <translation>Nutz das Handtuch zur Führung, nicht um dich nach vorn zu ziehen.</translation>
    </message>
    <message>
      <source>Keep your shoulders down and relaxed.</source>
      <translation>Lass die Schultern unten und locker.</translation>
    </message>
    <message>
      <source>Yanking on the towel to fold further.</source>
      <translation>Am Handtuch reißen, um tiefer zu kommen.</translation>
    </message>
    <message>
      <source>Rounding the back and dropping the head to get closer.</source>
      <translation>Den Rücken runden und den Kopf hängen lassen, um näher heranzukommen.</translation>
    </message>
    <message>
      <source>Rounding your back forward loads the front of the spine bones, and a towel makes it easy to pull too far. Hinge from the hips with a long back and stop at a gentle stretch, or choose the bent-knee forward fold.</source>
      <translation>Ein nach vorn gerundeter Rücken belastet die Vorderseite der Wirbelkörper, und mit einem Handtuch zieht man leicht zu weit. Beug dich mit langem Rücken aus der Hüfte vor und hör bei einer sanften Dehnung auf, oder wähl die Vorbeuge mit gebeugten Knien.</translation>
    </message>
    <message>
      <source>Lizard pose</source>
      <translation>Eidechse</translation>
    </message>
    <message>
      <source>A deep low-lunge stretch that opens the hip flexors, groin and hamstrings.</source>
      <translation>Eine tiefe Dehnung im tiefen Ausfallschritt, die Hüftbeuger, Leiste und hintere Oberschenkel öffnet.</translation>
    </message>
    <message>
      <source>Pad the back knee, and stop if you feel pinching at the front of the hip or sharp pain in either knee.</source>
      <translation>Polstere das hintere Knie ab und hör auf, wenn du ein Einklemmen vorn an der Hüfte oder einen stechenden Schmerz in einem der Knie spürst.</translation>
    </message>
    <message>
      <source>Left side: your left foot steps forward and your right knee rests on the floor behind you.</source>
      <translation>Linke Seite: Dein linker Fuß steht vorn und dein rechtes Knie liegt hinter dir am Boden.</translation>
    </message>
    <message>
      <source>Right side: your right foot steps forward and your left knee rests on the floor behind you.</source>
      <translation>Rechte Seite: Dein rechter Fuß steht vorn und dein linkes Knie liegt hinter dir am Boden.</translation>
    </message>
    <message>
      <source>groin</source>
      <translation>Leiste</translation>
    </message>
    <message>
      <source>From hands and knees, step one foot forward to the outside of the hand on the same side.</source>
      <translation>Stell aus dem Vierfüßlerstand einen Fuß nach vorn, außen neben die Hand derselben Seite.</translation>
    </message>
    <message>
      <source>Rest the back knee on the floor and slide it back until you feel a stretch.</source>
      <translation>Leg das hintere Knie auf den Boden und schieb es nach hinten, bis du eine Dehnung spürst.</translation>
    </message>
    <message>
      <source>Keep your hands on the floor, or on a stack of books, and let your hips sink forward.</source>
      <translation>Lass die Hände auf dem Boden oder auf einem Stapel Bücher und lass die Hüfte nach vorn sinken.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then step back and change sides.</source>
      <translation>Halte die Position und atme gleichmäßig weiter, dann stell den Fuß zurück und wechsle die Seite.</translation>
    </message>
    <message>
      <source>Keep the front knee over the ankle or just behind it.</source>
      <translation>Halte das vordere Knie über dem Knöchel oder knapp dahinter.</translation>
    </message>
    <message>
      <source>Let your hips sink a little more with each breath out.</source>
      <translation>Lass die Hüfte mit jedem Ausatmen etwas tiefer sinken.</translation>
    </message>
    <message>
      <source>Letting the front knee drift far past the toes.</source>
      <translation>Das vordere Knie weit über die Zehen hinausschieben.</translation>
    </message>
    <message>
      <source>Collapsing through the shoulders.</source>
      <translation>In den Schultern zusammensacken.</translation>
    </message>
    <message>
      <source>Forcing depth too soon.</source>
      <translation>Zu früh zu tief gehen.</translation>
    </message>
    <message>
      <source>The deep lunge bends the front hip a long way. Keep the lunge short, or skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Der tiefe Ausfallschritt beugt die vordere Hüfte sehr weit. Mach den Schritt kurz oder lass die Übung aus, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat sie erlaubt.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Keep the lunge short, hands on a chair seat, and stop well before your end range.</source>
      <translation>In der Schwangerschaft werden die Gelenke lockerer und das Gleichgewicht fällt schwerer. Mach den Schritt kurz, stütz die Hände auf eine Stuhlsitzfläche und hör deutlich vor deiner Bewegungsgrenze auf.</translation>
    </message>
    <message>
      <source>Supported lizard</source>
      <translation>Gestützte Eidechse</translation>
    </message>
    <message>
      <source>A gentler low lunge for the hip flexors and groin: the back knee rests on a cushion and your hands rest on blocks or a low stool, so you stay higher and lunge less deeply.</source>
      <translation>Ein sanfterer tiefer Ausfallschritt für Hüftbeuger und Leiste: Das hintere Knie liegt auf einem Kissen, die Hände auf Blöcken oder einem niedrigen Hocker, sodass du höher bleibst und weniger tief gehst.</translation>
    </message>
    <message>
      <source>Stop if you feel pinching at the front of the hip or sharp pain in either knee.</source>
      <translation>Hör auf, wenn du ein Einklemmen vorn an der Hüfte oder einen stechenden Schmerz in einem der Knie spürst.</translation>
    </message>
    <message>
      <source>Left side: your left foot steps forward and your right knee rests on the cushion behind you.</source>
      <translation>Linke Seite: Dein linker Fuß steht vorn und dein rechtes Knie liegt hinter dir auf dem Kissen.</translation>
    </message>
    <message>
      <source>Right side: your right foot steps forward and your left knee rests on the cushion behind you.</source>
      <translation>Rechte Seite: Dein rechter Fuß steht vorn und dein linkes Knie liegt hinter dir auf dem Kissen.</translation>
    </message>
    <message>
      <source>cushion</source>
      <translation>Kissen</translation>
    </message>
    <message>
      <source>yoga blocks, books or a low stool</source>
      <translation>Yogablöcke, Bücher oder ein niedriger Hocker</translation>
    </message>
    <message>
      <source>Kneel with a cushion under your knees and two yoga blocks, a stack of books or a low stool just in front of you.</source>
      <translation>Knie dich mit einem Kissen unter den Knien hin, zwei Yogablöcke, einen Stapel Bücher oder einen niedrigen Hocker knapp vor dir.</translation>
    </message>
    <message>
      <source>Step one foot forward to the outside of the hand on the same side, with the front knee over the ankle.</source>
      <translation>Stell einen Fuß nach vorn, außen neben die Hand derselben Seite; das vordere Knie ist über dem Knöchel.</translation>
    </message>
    <message>
      <source>Rest the back knee on the cushion and your hands on the blocks or stool, so your chest stays lifted.</source>
      <translation>Leg das hintere Knie auf das Kissen und die Hände auf die Blöcke oder den Hocker, damit deine Brust angehoben bleibt.</translation>
    </message>
    <message>
      <source>Let your hips ease forward only until you feel a gentle stretch at the front of the back hip.</source>
      <translation>Lass die Hüfte nur so weit nach vorn sinken, bis du eine sanfte Dehnung vorn an der hinteren Hüfte spürst.</translation>
    </message>
    <message>
      <source>A gentle stretch is enough; there is no need to sink low.</source>
      <translation>Eine sanfte Dehnung reicht; du musst nicht tief sinken.</translation>
    </message>
    <message>
      <source>Putting the support so far forward that you lean your weight onto it.</source>
      <translation>Die Stütze so weit nach vorn stellen, dass du dein Gewicht darauf verlagerst.</translation>
    </message>
    <message>
      <source>Arching the lower back to sink deeper.</source>
      <translation>Ins Hohlkreuz gehen, um tiefer zu sinken.</translation>
    </message>
    <message>
      <source>Even supported, the lunge bends the front hip a long way. Keep the front foot only a short step forward, or skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Auch mit Stütze beugt der Ausfallschritt die vordere Hüfte sehr weit. Stell den vorderen Fuß nur einen kurzen Schritt nach vorn oder lass die Übung aus, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat sie erlaubt.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Use a chair seat for your hands, keep the lunge short and stop well before your end range.</source>
      <translation>In der Schwangerschaft werden die Gelenke lockerer und das Gleichgewicht fällt schwerer. Stütz die Hände auf eine Stuhlsitzfläche, mach den Schritt kurz und hör deutlich vor deiner Bewegungsgrenze auf.</translation>
    </message>
    <message>
      <source>Forearm lizard</source>
      <translation>Eidechse auf den Unterarmen</translation>
    </message>
    <message>
      <source>A deeper lizard pose: you lower onto your forearms inside the front foot, which strengthens the stretch in the hip flexors, groin and hamstrings.</source>
      <translation>Eine tiefere Eidechse: Du senkst dich innen neben dem vorderen Fuß auf die Unterarme ab und verstärkst so die Dehnung in Hüftbeugern, Leiste und hinteren Oberschenkeln.</translation>
    </message>
    <message>
      <source>Stay up on your hands if your hips or knees complain, and stop if you feel pinching at the front of the hip or sharp pain in either knee.</source>
      <translation>Bleib auf den Händen, wenn Hüfte oder Knie protestieren, und hör auf, wenn du ein Einklemmen vorn an der Hüfte oder einen stechenden Schmerz in einem der Knie spürst.</translation>
    </message>
    <message>
      <source>From hands and knees, step one foot forward outside the hand on that side and rest the back knee down, padded if needed.</source>
      <translation>Stell aus dem Vierfüßlerstand einen Fuß nach vorn, außen neben die Hand derselben Seite, und leg das hintere Knie ab, bei Bedarf gepolstert.</translation>
    </message>
    <message>
      <source>Let your hips sink forward until you feel a stretch at the front of the back hip.</source>
      <translation>Lass die Hüfte nach vorn sinken, bis du eine Dehnung vorn an der hinteren Hüfte spürst.</translation>
    </message>
    <message>
      <source>Keeping your back long, bend your elbows and lower onto your forearms inside the front foot, or onto a cushion if the floor is too far.</source>
      <translation>Beug mit langem Rücken die Ellbogen und senk dich innen neben dem vorderen Fuß auf die Unterarme ab – oder auf ein Kissen, wenn der Boden zu weit weg ist.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then press back up onto your hands, step back and change sides.</source>
      <translation>Halte die Position und atme gleichmäßig weiter, dann drück dich zurück auf die Hände, stell den Fuß zurück und wechsle die Seite.</translation>
    </message>
    <message>
      <source>Keep the front knee pointing the same way as the toes.</source>
      <translation>Das vordere Knie zeigt in dieselbe Richtung wie die Zehen.</translation>
    </message>
    <message>
      <source>Keep your back long and your neck in line with it.</source>
      <translation>Halte den Rücken lang und den Nacken in einer Linie damit.</translation>
    </message>
    <message>
      <source>Rounding the back to get the forearms down.</source>
      <translation>Den Rücken runden, um die Unterarme auf den Boden zu bringen.</translation>
    </message>
    <message>
      <source>Letting the front knee fall inward.</source>
      <translation>Das vordere Knie nach innen fallen lassen.</translation>
    </message>
    <message>
      <source>This deep lunge bends the front hip further than a new hip may allow. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Dieser tiefe Ausfallschritt beugt die vordere Hüfte weiter, als eine neue Hüfte es vielleicht zulässt. Lass die Übung aus, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat sie erlaubt.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Skip the forearm version and use the supported lizard, with your hands on a chair seat.</source>
      <translation>In der Schwangerschaft werden die Gelenke lockerer und das Gleichgewicht fällt schwerer. Lass die Variante auf den Unterarmen aus und mach die gestützte Eidechse mit den Händen auf einer Stuhlsitzfläche.</translation>
    </message>
    <message>
      <source>Seated figure 4</source>
      <translation>Figur 4 im Sitzen</translation>
    </message>
    <message>
      <source>A desk-friendly stretch for the outer hip and glutes that you do sitting in a chair.</source>
      <translation>Eine schreibtischtaugliche Dehnung für äußere Hüfte und Gesäß, die du auf einem Stuhl sitzend machst.</translation>
    </message>
    <message>
      <source>Ease off if the raised knee hurts, and stop if you feel shooting pain down your leg.</source>
      <translation>Lass nach, wenn das angehobene Knie schmerzt, und hör auf, wenn du einen einschießenden Schmerz spürst, der ins Bein zieht.</translation>
    </message>
    <message>
      <source>Left side: your left ankle rests on your right knee, stretching your left hip.</source>
      <translation>Linke Seite: Dein linker Knöchel liegt auf deinem rechten Knie und dehnt deine linke Hüfte.</translation>
    </message>
    <message>
      <source>Right side: your right ankle rests on your left knee, stretching your right hip.</source>
      <translation>Rechte Seite: Dein rechter Knöchel liegt auf deinem linken Knie und dehnt deine rechte Hüfte.</translation>
    </message>
    <message>
      <source>Sit near the front of a steady chair with both feet flat on the floor.</source>
      <translation>Setz dich vorn auf einen stabilen Stuhl, beide Füße flach auf dem Boden.</translation>
    </message>
    <message>
      <source>Rest one ankle on the opposite knee and let the raised knee fall out to the side.</source>
      <translation>Leg einen Knöchel auf das gegenüberliegende Knie und lass das angehobene Knie zur Seite sinken.</translation>
    </message>
    <message>
      <source>Sit tall, then lean forward from your hips until you feel a stretch in the outer hip.</source>
      <translation>Setz dich aufrecht hin und lehn dich dann aus der Hüfte nach vorn, bis du eine Dehnung in der äußeren Hüfte spürst.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then change sides.</source>
      <translation>Halte die Position und atme langsam, dann wechsle die Seite.</translation>
    </message>
    <message>
      <source>Keep the raised foot flexed.</source>
      <translation>Halte den angehobenen Fuß angezogen.</translation>
    </message>
    <message>
      <source>Lean from the hips with a long back.</source>
      <translation>Lehn dich mit langem Rücken aus der Hüfte vor.</translation>
    </message>
    <message>
      <source>Keep both sitting bones on the chair.</source>
      <translation>Lass beide Sitzbeinhöcker auf dem Stuhl.</translation>
    </message>
    <message>
      <source>Rounding the back to lean further.</source>
      <translation>Den Rücken runden, um sich weiter vorzulehnen.</translation>
    </message>
    <message>
      <source>Pressing down hard on the raised knee.</source>
      <translation>Fest auf das angehobene Knie drücken.</translation>
    </message>
    <message>
      <source>Using a chair that rolls or swivels freely.</source>
      <translation>Einen Stuhl nutzen, der frei rollt oder sich dreht.</translation>
    </message>
    <message>
      <source>Crossing your legs can strain a new hip. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Übergeschlagene Beine können eine neue Hüfte überlasten. Lass die Übung aus, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat sie erlaubt.</translation>
    </message>
    <message>
      <source>Ankle-on-shin figure 4</source>
      <translation>Figur 4, Knöchel auf dem Schienbein</translation>
    </message>
    <message>
      <source>A gentler desk stretch for the outer hip: your ankle rests low on the other shin and you sit upright, so the hip opens less than in the seated figure 4.</source>
      <translation>Eine sanftere Dehnung am Schreibtisch für die äußere Hüfte: Dein Knöchel liegt tief auf dem anderen Schienbein und du sitzt aufrecht, sodass sich die Hüfte weniger öffnet als bei der Figur 4 im Sitzen.</translation>
    </message>
    <message>
      <source>Ease off if either knee hurts, and stop if you feel shooting pain down your leg.</source>
      <translation>Lass nach, wenn eines der Knie schmerzt, und hör auf, wenn du einen einschießenden Schmerz spürst, der ins Bein zieht.</translation>
    </message>
    <message>
      <source>Left side: your left ankle rests on your right shin, stretching your left hip.</source>
      <translation>Linke Seite: Dein linker Knöchel liegt auf deinem rechten Schienbein und dehnt deine linke Hüfte.</translation>
    </message>
    <message>
      <source>Right side: your right ankle rests on your left shin, stretching your right hip.</source>
      <translation>Rechte Seite: Dein rechter Knöchel liegt auf deinem linken Schienbein und dehnt deine rechte Hüfte.</translation>
    </message>
    <message>
      <source>Sit near the front of a steady chair, with room between you and the desk, and both feet flat on the floor.</source>
      <translation>Setz dich vorn auf einen stabilen Stuhl, mit etwas Abstand zum Schreibtisch, beide Füße flach auf dem Boden.</translation>
    </message>
    <message>
      <source>Lift one foot and rest that ankle on the front of the other shin, a little above the ankle.</source>
      <translation>Heb einen Fuß an und leg den Knöchel vorn auf das andere Schienbein, etwas oberhalb des Knöchels.</translation>
    </message>
    <message>
      <source>Sit tall and let the lifted knee drop gently out to the side until you feel a mild stretch in the outer hip.</source>
      <translation>Setz dich aufrecht hin und lass das angehobene Knie sanft zur Seite sinken, bis du eine leichte Dehnung in der äußeren Hüfte spürst.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then put the foot down and change sides.</source>
      <translation>Halte die Position und atme langsam, dann stell den Fuß ab und wechsle die Seite.</translation>
    </message>
    <message>
      <source>Stay upright; there is no need to lean forward.</source>
      <translation>Bleib aufrecht; du musst dich nicht vorlehnen.</translation>
    </message>
    <message>
      <source>Keep the lifted foot gently flexed.</source>
      <translation>Halte den angehobenen Fuß leicht angezogen.</translation>
    </message>
    <message>
      <source>Pushing the lifted knee down with your hand.</source>
      <translation>Das angehobene Knie mit der Hand nach unten drücken.</translation>
    </message>
    <message>
      <source>Slumping back in the chair.</source>
      <translation>Im Stuhl nach hinten zusammensacken.</translation>
    </message>
    <message>
      <source>Even with the ankle low on the shin, crossing your legs turns the hip in a way a new hip may not be ready for. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Auch wenn der Knöchel tief auf dem Schienbein liegt, dreht das Überschlagen der Beine die Hüfte auf eine Weise, für die eine neue Hüfte vielleicht noch nicht bereit ist. Lass die Übung aus, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat sie erlaubt.</translation>
    </message>
    <message>
      <source>Deep seated figure 4</source>
      <translation>Tiefe Figur 4 im Sitzen</translation>
    </message>
    <message>
      <source>A stronger desk stretch for the outer hip: with your ankle on the other knee, you lean further forward from the hips and may ease the raised knee gently away.</source>
      <translation>Eine intensivere Dehnung am Schreibtisch für die äußere Hüfte: Mit dem Knöchel auf dem anderen Knie lehnst du dich weiter aus der Hüfte vor und kannst das angehobene Knie sanft von dir wegschieben.</translation>
    </message>
    <message>
      <source>Come back to the seated figure 4 if the raised knee or the front of the hip hurts, and stop if you feel shooting pain down your leg.</source>
      <translation>Kehr zur Figur 4 im Sitzen zurück, wenn das angehobene Knie oder die Vorderseite der Hüfte schmerzt, und hör auf, wenn du einen einschießenden Schmerz spürst, der ins Bein zieht.</translation>
    </message>
    <message>
      <source>Sit near the front of a steady chair, pushed back from the desk, with both feet flat on the floor.</source>
      <translation>Setz dich vorn auf einen stabilen Stuhl, vom Schreibtisch weggerückt, beide Füße flach auf dem Boden.</translation>
    </message>
    <message>
      <source>Sit tall, then lean forward from your hips with a long back until the outer-hip stretch grows, a hand resting on the raised knee.</source>
      <translation>Setz dich aufrecht hin und lehn dich dann mit langem Rücken aus der Hüfte vor, bis die Dehnung in der äußeren Hüfte stärker wird; eine Hand liegt auf dem angehobenen Knie.</translation>
    </message>
    <message>
      <source>If you want a little more, ease the knee gently away with that hand; hold while breathing slowly, then sit up and change sides.</source>
      <translation>Wenn du etwas mehr möchtest, schieb das Knie mit dieser Hand sanft von dir weg; halte die Position und atme langsam, dann richte dich auf und wechsle die Seite.</translation>
    </message>
    <message>
      <source>Hinge from the hips; keep your chest open and your back long.</source>
      <translation>Beug dich aus der Hüfte; die Brust bleibt offen, der Rücken lang.</translation>
    </message>
    <message>
      <source>Use only a light touch on the knee.</source>
      <translation>Berühr das Knie nur leicht.</translation>
    </message>
    <message>
      <source>Pushing the knee down hard or bouncing it.</source>
      <translation>Das Knie fest nach unten drücken oder wippen lassen.</translation>
    </message>
    <message>
      <source>Lifting the sitting bone of the bent leg off the chair.</source>
      <translation>Den Sitzbeinhöcker des gebeugten Beins vom Stuhl abheben.</translation>
    </message>
    <message>
      <source>Crossing your legs and leaning forward over them bends a new hip further than it may be ready for. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Die Beine überzuschlagen und sich darüber vorzulehnen, beugt eine neue Hüfte weiter, als sie vielleicht schon verträgt. Lass die Übung aus, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat sie erlaubt.</translation>
    </message>
    <message>
      <source>Lean from the hips with a long back and stop at a gentle stretch; do not round your back to go further.</source>
      <translation>Lehn dich mit langem Rücken aus der Hüfte vor und hör bei einer sanften Dehnung auf; mach keinen runden Rücken, um weiter zu kommen.</translation>
    </message>
    <message>
      <source>Seated cat-cow</source>
      <translation>Katze-Kuh im Sitzen</translation>
    </message>
    <message>
      <source>Loosens the spine and lower back from your chair by gently arching and rounding in time with your breath.</source>
      <translation>Mobilisiert Wirbelsäule und unteren Rücken auf dem Stuhl: Du machst im Atemrhythmus sanft ein Hohlkreuz und einen runden Rücken.</translation>
    </message>
    <message>
      <source>Keep the movement small if bending your back brings on pain, and stop if the pain is sharp.</source>
      <translation>Halte die Bewegung klein, wenn das Beugen des Rückens Schmerzen auslöst, und hör auf, wenn der Schmerz stechend ist.</translation>
    </message>
    <message>
      <source>Sit tall near the front of your chair with your feet flat and your hands on your knees.</source>
      <translation>Setz dich aufrecht vorn auf deinen Stuhl, die Füße flach, die Hände auf den Knien.</translation>
    </message>
    <message>
      <source>Breathe in as you lift your chest, draw your shoulders back and gently arch your back.</source>
      <translation>Atme ein, heb die Brust, zieh die Schultern zurück und mach sanft ein Hohlkreuz.</translation>
    </message>
    <message>
      <source>Breathe out as you round your back, tuck your chin and draw your belly in.</source>
      <translation>Atme aus, mach einen runden Rücken, zieh das Kinn zur Brust und den Bauch ein.</translation>
    </message>
    <message>
      <source>Keep moving slowly between the two positions with your breath.</source>
      <translation>Beweg dich im Atemrhythmus langsam zwischen den beiden Haltungen hin und her.</translation>
    </message>
    <message>
      <source>Rock your pelvis as well as moving your upper back.</source>
      <translation>Kipp auch das Becken, nicht nur den oberen Rücken.</translation>
    </message>
    <message>
      <source>Keep your feet planted.</source>
      <translation>Lass die Füße fest am Boden.</translation>
    </message>
    <message>
      <source>Move slowly and smoothly.</source>
      <translation>Beweg dich langsam und fließend.</translation>
    </message>
    <message>
      <source>Moving only the head and neck.</source>
      <translation>Nur Kopf und Nacken bewegen.</translation>
    </message>
    <message>
      <source>Rushing the movement.</source>
      <translation>Die Bewegung hastig ausführen.</translation>
    </message>
    <message>
      <source>Pushing into a painful range.</source>
      <translation>In einen schmerzhaften Bereich hineindrücken.</translation>
    </message>
    <message>
      <source>Keep the rounding small and slow.</source>
      <translation>Halte den Rundrücken klein und langsam.</translation>
    </message>
    <message>
      <source>Keep the arching small, and stop if it brings on leg pain.</source>
      <translation>Halte das Hohlkreuz klein und hör auf, wenn es Beinschmerzen auslöst.</translation>
    </message>
    <message>
      <source>Seated pelvic tilts</source>
      <translation>Beckenkippen im Sitzen</translation>
    </message>
    <message>
      <source>A smaller version of seated cat-cow: your chest stays still while you gently rock just your pelvis forward and back on the chair.</source>
      <translation>Eine kleinere Variante der Katze-Kuh im Sitzen: Dein Oberkörper bleibt ruhig, während du nur das Becken auf dem Stuhl sanft vor- und zurückkippst.</translation>
    </message>
    <message>
      <source>Keep the rocking very small if it brings on back pain, and stop if the pain is sharp.</source>
      <translation>Halte das Kippen sehr klein, wenn es Rückenschmerzen auslöst, und hör auf, wenn der Schmerz stechend ist.</translation>
    </message>
    <message>
      <source>Sit tall near the front of your chair with your feet flat and your hands resting on your thighs.</source>
      <translation>Setz dich aufrecht vorn auf deinen Stuhl, die Füße flach, die Hände auf den Oberschenkeln.</translation>
    </message>
    <message>
      <source>Breathe in as you roll your pelvis forward, so your lower back arches a little.</source>
      <translation>Atme ein und roll das Becken nach vorn, sodass dein unterer Rücken ein leichtes Hohlkreuz macht.</translation>
    </message>
    <message>
      <source>Breathe out as you roll your pelvis back, so your lower back rounds a little and your belly draws in.</source>
      <translation>Atme aus und roll das Becken nach hinten, sodass sich dein unterer Rücken etwas rundet und der Bauch sich einzieht.</translation>
    </message>
    <message>
      <source>Keep rocking slowly between the two, keeping your chest and head still.</source>
      <translation>Kipp weiter langsam zwischen beiden hin und her; Brust und Kopf bleiben ruhig.</translation>
    </message>
    <message>
      <source>Imagine rolling over the front and then the back of your sitting bones.</source>
      <translation>Stell dir vor, du rollst über die Vorderseite und dann die Rückseite deiner Sitzbeinhöcker.</translation>
    </message>
    <message>
      <source>Keep your shoulders and chest quiet.</source>
      <translation>Halte Schultern und Brust ruhig.</translation>
    </message>
    <message>
      <source>Small and smooth is enough.</source>
      <translation>Klein und fließend reicht.</translation>
    </message>
    <message>
      <source>Rocking the whole upper body instead of the pelvis.</source>
      <translation>Den ganzen Oberkörper statt des Beckens schaukeln.</translation>
    </message>
    <message>
      <source>Slumping down in the chair on the way back.</source>
      <translation>Beim Zurückrollen im Stuhl zusammensacken.</translation>
    </message>
    <message>
      <source>Pushing into a range that hurts.</source>
      <translation>In einen schmerzhaften Bereich hineindrücken.</translation>
    </message>
    <message>
      <source>Keep the backward roll small and slow, without slumping.</source>
      <translation>Roll nur wenig und langsam nach hinten, ohne zusammenzusacken.</translation>
    </message>
    <message>
      <source>Keep the forward roll, which arches your back, small, and stop if it brings on leg pain.</source>
      <translation>Halte das Vorrollen, bei dem du ins Hohlkreuz gehst, klein und hör auf, wenn es Beinschmerzen auslöst.</translation>
    </message>
    <message>
      <source>Seated cat-cow with reach</source>
      <translation>Katze-Kuh im Sitzen mit Strecken</translation>
    </message>
    <message>
      <source>Seated cat-cow with your arms joining in: they reach forward as you round and open wide as you arch, which adds a stretch across the upper back and chest.</source>
      <translation>Katze-Kuh im Sitzen, bei der die Arme mitmachen: Beim Runden strecken sie sich nach vorn, beim Hohlkreuz öffnen sie sich weit. Das ergänzt eine Dehnung über oberen Rücken und Brust.</translation>
    </message>
    <message>
      <source>Keep the movement small if bending your back brings on pain, lower your arms if your shoulders complain, and stop if the pain is sharp.</source>
      <translation>Halte die Bewegung klein, wenn das Beugen des Rückens Schmerzen auslöst, senk die Arme, wenn deine Schultern protestieren, und hör auf, wenn der Schmerz stechend ist.</translation>
    </message>
    <message>
      <source>Sit tall near the front of your chair with your feet flat and your arms relaxed by your sides.</source>
      <translation>Setz dich aufrecht vorn auf deinen Stuhl, die Füße flach, die Arme locker neben dem Körper.</translation>
    </message>
    <message>
      <source>Breathe out as you round your back, tuck your chin and reach both arms forward at shoulder height, as if hugging a large ball.</source>
      <translation>Atme aus, mach einen runden Rücken, zieh das Kinn zur Brust und streck beide Arme auf Schulterhöhe nach vorn, als würdest du einen großen Ball umarmen.</translation>
    </message>
    <message>
      <source>Breathe in as you lift your chest, gently arch your back and open your arms wide to the sides, drawing your shoulder blades together.</source>
      <translation>Atme ein, heb die Brust, mach sanft ein Hohlkreuz und öffne die Arme weit zur Seite; zieh dabei die Schulterblätter zusammen.</translation>
    </message>
    <message>
      <source>Let the movement start from your pelvis and travel up your spine.</source>
      <translation>Lass die Bewegung im Becken beginnen und die Wirbelsäule hinaufwandern.</translation>
    </message>
    <message>
      <source>Keep your shoulders away from your ears.</source>
      <translation>Halte die Schultern weg von den Ohren.</translation>
    </message>
    <message>
      <source>Move at the pace of your breath.</source>
      <translation>Beweg dich im Tempo deines Atems.</translation>
    </message>
    <message>
      <source>Moving only the arms while the back stays still.</source>
      <translation>Nur die Arme bewegen, während der Rücken stillhält.</translation>
    </message>
    <message>
      <source>Flinging the arms back hard as you arch.</source>
      <translation>Die Arme beim Hohlkreuz kräftig nach hinten schleudern.</translation>
    </message>
    <message>
      <source>Keep the rounding small and slow; let the reach come from your arms rather than curling your spine further.</source>
      <translation>Halte den Rundrücken klein und langsam; lass das Strecken aus den Armen kommen, statt die Wirbelsäule weiter einzurollen.</translation>
    </message>
    <message>
      <source>Keep the arching small as your arms open, and stop if it brings on leg pain.</source>
      <translation>Halte das Hohlkreuz klein, während sich die Arme öffnen, und hör auf, wenn es Beinschmerzen auslöst.</translation>
    </message>
    <message>
      <source>Standing hip flexor stretch</source>
      <translation>Hüftbeuger-Dehnung im Stehen</translation>
    </message>
    <message>
      <source>Stretches the front of the hip, which tightens after long hours of sitting, from a standing split stance.</source>
      <translation>Dehnt im Stehen in Schrittstellung die Vorderseite der Hüfte, die nach langem Sitzen verkürzt.</translation>
    </message>
    <message>
      <source>Hold on to something steady if your balance is unsure, and stop if you feel pinching at the front of the hip or pain in your back.</source>
      <translation>Halte dich an etwas Stabilem fest, wenn du dir mit dem Gleichgewicht unsicher bist, und hör auf, wenn du ein Einklemmen vorn an der Hüfte oder Schmerzen im Rücken spürst.</translation>
    </message>
    <message>
      <source>Left side: your left foot steps back, stretching the front of your left hip.</source>
      <translation>Linke Seite: Dein linker Fuß geht nach hinten und die Vorderseite deiner linken Hüfte wird gedehnt.</translation>
    </message>
    <message>
      <source>Right side: your right foot steps back, stretching the front of your right hip.</source>
      <translation>Rechte Seite: Dein rechter Fuß geht nach hinten und die Vorderseite deiner rechten Hüfte wird gedehnt.</translation>
    </message>
    <message>
      <source>Stand tall and take a long step back with one foot, back heel lifted, holding a desk or wall if needed.</source>
      <translation>Stell dich aufrecht hin und mach mit einem Fuß einen großen Schritt nach hinten, die hintere Ferse angehoben; halte dich bei Bedarf an einem Schreibtisch oder einer Wand fest.</translation>
    </message>
    <message>
      <source>Bend both knees slightly and tuck your tailbone under by squeezing the glute of the back leg.</source>
      <translation>Beug beide Knie leicht und zieh das Steißbein ein, indem du das Gesäß des hinteren Beins anspannst.</translation>
    </message>
    <message>
      <source>Ease your hips gently forward until you feel a stretch at the front of the back hip.</source>
      <translation>Schieb die Hüfte sanft nach vorn, bis du eine Dehnung vorn an der hinteren Hüfte spürst.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then change legs.</source>
      <translation>Halte die Position und atme gleichmäßig weiter, dann wechsle das Bein.</translation>
    </message>
    <message>
      <source>Keep your chest up and your ribs down.</source>
      <translation>Halte die Brust oben und die Rippen unten.</translation>
    </message>
    <message>
      <source>Keep squeezing the glute of the back leg.</source>
      <translation>Spann das Gesäß des hinteren Beins weiter an.</translation>
    </message>
    <message>
      <source>Keep the front knee over the ankle.</source>
      <translation>Halte das vordere Knie über dem Knöchel.</translation>
    </message>
    <message>
      <source>Arching the lower back instead of tucking the pelvis.</source>
      <translation>Ins Hohlkreuz gehen, statt das Becken aufzurichten.</translation>
    </message>
    <message>
      <source>Leaning the upper body far forward.</source>
      <translation>Den Oberkörper weit nach vorn lehnen.</translation>
    </message>
    <message>
      <source>Taking too short a step to feel the stretch.</source>
      <translation>Einen zu kurzen Schritt machen, um die Dehnung zu spüren.</translation>
    </message>
    <message>
      <source>Short-stance hip flexor stretch</source>
      <translation>Hüftbeuger-Dehnung mit kurzem Schritt</translation>
    </message>
    <message>
      <source>A gentler, steadier hip flexor stretch: a shorter step and both hands on a desk keep your balance easy and the stretch mild.</source>
      <translation>Eine sanftere, stabilere Hüftbeuger-Dehnung: Ein kürzerer Schritt und beide Hände auf einem Schreibtisch machen das Gleichgewicht leicht und die Dehnung mild.</translation>
    </message>
    <message>
      <source>Make sure the desk or chair cannot slide, and stop if you feel pinching at the front of the hip or pain in your back.</source>
      <translation>Achte darauf, dass Schreibtisch oder Stuhl nicht rutschen können, und hör auf, wenn du ein Einklemmen vorn an der Hüfte oder Schmerzen im Rücken spürst.</translation>
    </message>
    <message>
      <source>desk or sturdy chair for support</source>
      <translation>Schreibtisch oder stabiler Stuhl zum Abstützen</translation>
    </message>
    <message>
      <source>Stand facing a desk or the back of a sturdy chair and hold it with both hands.</source>
      <translation>Stell dich vor einen Schreibtisch oder hinter die Lehne eines stabilen Stuhls und halte dich mit beiden Händen fest.</translation>
    </message>
    <message>
      <source>Take a short step back with one foot, about half your usual stride, and lift that heel.</source>
      <translation>Mach mit einem Fuß einen kurzen Schritt nach hinten, etwa eine halbe normale Schrittlänge, und heb diese Ferse an.</translation>
    </message>
    <message>
      <source>Ease your hips a little forward until you feel a mild stretch at the front of the back hip; hold while breathing steadily, then change legs.</source>
      <translation>Schieb die Hüfte etwas nach vorn, bis du eine leichte Dehnung vorn an der hinteren Hüfte spürst; halte die Position und atme gleichmäßig weiter, dann wechsle das Bein.</translation>
    </message>
    <message>
      <source>Let the desk take some of your weight.</source>
      <translation>Lass den Schreibtisch einen Teil deines Gewichts tragen.</translation>
    </message>
    <message>
      <source>Tuck your pelvis first, then move forward.</source>
      <translation>Richte erst das Becken auf, dann geh nach vorn.</translation>
    </message>
    <message>
      <source>Leaning heavily onto the desk with a rounded back.</source>
      <translation>Sich mit rundem Rücken schwer auf den Schreibtisch lehnen.</translation>
    </message>
    <message>
      <source>Pushing the hips so far forward that the front knee goes past the toes.</source>
      <translation>Die Hüfte so weit nach vorn schieben, dass das vordere Knie über die Zehen hinausgeht.</translation>
    </message>
    <message>
      <source>Hip flexor stretch with reach</source>
      <translation>Hüftbeuger-Dehnung mit Armstrecken</translation>
    </message>
    <message>
      <source>A stronger standing hip flexor stretch: raising the arm on the back-leg side and leaning slightly away carries the stretch up the side of your body.</source>
      <translation>Eine intensivere Hüftbeuger-Dehnung im Stehen: Wenn du den Arm auf der Seite des hinteren Beins hebst und dich leicht zur Gegenseite neigst, zieht die Dehnung an der Körperseite hinauf.</translation>
    </message>
    <message>
      <source>Hold on to something steady with your free hand if your balance is unsure, and stop if you feel pinching at the front of the hip or pain in your back or shoulder.</source>
      <translation>Halte dich mit der freien Hand an etwas Stabilem fest, wenn du dir mit dem Gleichgewicht unsicher bist, und hör auf, wenn du ein Einklemmen vorn an der Hüfte oder Schmerzen im Rücken oder in der Schulter spürst.</translation>
    </message>
    <message>
      <source>Left side: your left foot steps back and your left arm reaches up as you lean slightly to the right, stretching the front of your left hip.</source>
      <translation>Linke Seite: Dein linker Fuß geht nach hinten und dein linker Arm streckt sich nach oben, während du dich leicht nach rechts neigst; so wird die Vorderseite deiner linken Hüfte gedehnt.</translation>
    </message>
    <message>
      <source>Right side: your right foot steps back and your right arm reaches up as you lean slightly to the left, stretching the front of your right hip.</source>
      <translation>Rechte Seite: Dein rechter Fuß geht nach hinten und dein rechter Arm streckt sich nach oben, während du dich leicht nach links neigst; so wird die Vorderseite deiner rechten Hüfte gedehnt.</translation>
    </message>
    <message>
      <source>Stand tall and take a long step back with one foot, back heel lifted, and rest the other hand on your hip.</source>
      <translation>Stell dich aufrecht hin, mach mit einem Fuß einen großen Schritt nach hinten, die hintere Ferse angehoben, und leg die andere Hand an die Hüfte.</translation>
    </message>
    <message>
      <source>Bend both knees a little and tuck your tailbone under by squeezing the back leg's glute, then ease your hips forward.</source>
      <translation>Beug beide Knie leicht und zieh das Steißbein ein, indem du das Gesäß des hinteren Beins anspannst, dann schieb die Hüfte sanft nach vorn.</translation>
    </message>
    <message>
      <source>Raise the arm on the back-leg side overhead, reaching up tall.</source>
      <translation>Heb den Arm auf der Seite des hinteren Beins über den Kopf und streck dich lang nach oben.</translation>
    </message>
    <message>
      <source>Lean your upper body slightly away from the raised arm; hold while breathing steadily, then lower the arm, step together and change legs.</source>
      <translation>Neig den Oberkörper leicht vom gehobenen Arm weg; halte die Position und atme gleichmäßig weiter, dann senk den Arm, stell die Füße zusammen und wechsle das Bein.</translation>
    </message>
    <message>
      <source>Reach up first, then lean only a little.</source>
      <translation>Erst nach oben strecken, dann nur wenig neigen.</translation>
    </message>
    <message>
      <source>Keep your ribs down so your lower back does not arch.</source>
      <translation>Halte die Rippen unten, damit dein unterer Rücken nicht ins Hohlkreuz geht.</translation>
    </message>
    <message>
      <source>Leaning backwards instead of to the side.</source>
      <translation>Sich nach hinten statt zur Seite neigen.</translation>
    </message>
    <message>
      <source>Letting the pelvis untuck as the arm goes up.</source>
      <translation>Das Becken wieder kippen lassen, wenn der Arm hochgeht.</translation>
    </message>
    <message>
      <source>Shrugging the raised shoulder up to the ear.</source>
      <translation>Die Schulter des gehobenen Arms zum Ohr hochziehen.</translation>
    </message>
    <message>
      <source>Standing back extension</source>
      <translation>Rückenstreckung im Stehen</translation>
    </message>
    <message>
      <source>Gently arches the back while standing to counter the rounded posture of sitting.</source>
      <translation>Streckt den Rücken im Stehen sanft nach hinten, als Ausgleich zur runden Sitzhaltung.</translation>
    </message>
    <message>
      <source>Stop if leaning back causes pain, dizziness or tingling in your legs, and skip it if you have been told to avoid bending backward.</source>
      <translation>Hör auf, wenn das Zurücklehnen Schmerzen, Schwindel oder Kribbeln in den Beinen auslöst, und lass die Übung aus, wenn dir gesagt wurde, dass du Rückbeugen vermeiden sollst.</translation>
    </message>
    <message>
      <source>Stand tall with your feet hip-width apart and your hands on your lower back or hips.</source>
      <translation>Stell dich aufrecht hin, die Füße hüftbreit, die Hände am unteren Rücken oder an der Hüfte.</translation>
    </message>
    <message>
      <source>Gently squeeze your glutes and look slightly upward.</source>
      <translation>Spann das Gesäß leicht an und schau etwas nach oben.</translation>
    </message>
    <message>
      <source>Lean back a small way, letting your hips move a little forward, and pause for a breath.</source>
      <translation>Lehn dich ein kleines Stück nach hinten, die Hüfte geht dabei etwas nach vorn, und halte einen Atemzug lang.</translation>
    </message>
    <message>
      <source>Return to upright and repeat slowly.</source>
      <translation>Kehr in die aufrechte Haltung zurück und wiederhole langsam.</translation>
    </message>
    <message>
      <source>Keep the movement small and comfortable.</source>
      <translation>Halte die Bewegung klein und angenehm.</translation>
    </message>
    <message>
      <source>Support your lower back with your hands.</source>
      <translation>Stütz deinen unteren Rücken mit den Händen.</translation>
    </message>
    <message>
      <source>Keep your knees soft.</source>
      <translation>Halte die Knie leicht gebeugt.</translation>
    </message>
    <message>
      <source>Letting the head drop back.</source>
      <translation>Den Kopf nach hinten fallen lassen.</translation>
    </message>
    <message>
      <source>Leaning back too far or too fast.</source>
      <translation>Sich zu weit oder zu schnell nach hinten lehnen.</translation>
    </message>
    <message>
      <source>Leaning back narrows the space around the nerves and can bring on leg pain. Skip it if it does, and ask a physiotherapist what to do instead.</source>
      <translation>Das Zurücklehnen verengt den Raum um die Nerven und kann Beinschmerzen auslösen. Lass die Übung in dem Fall aus und frag eine Physiotherapeutin oder einen Physiotherapeuten, was du stattdessen tun kannst.</translation>
    </message>
    <message>
      <source>Chest lift</source>
      <translation>Brust aufrichten</translation>
    </message>
    <message>
      <source>A gentle first step toward the back extension: you stay upright and open the front of your chest and shoulders, without leaning back.</source>
      <translation>Ein sanfter erster Schritt zur Rückenstreckung: Du bleibst aufrecht und öffnest Brust und Schultern nach vorn, ohne dich nach hinten zu lehnen.</translation>
    </message>
    <message>
      <source>Stop if it brings on pain, dizziness or tingling in your arms or legs.</source>
      <translation>Hör auf, wenn es Schmerzen, Schwindel oder Kribbeln in Armen oder Beinen auslöst.</translation>
    </message>
    <message>
      <source>chest</source>
      <translation>Brust</translation>
    </message>
    <message>
      <source>Stand tall with your feet hip-width apart and rest your hands on your lower back, fingers pointing down.</source>
      <translation>Stell dich aufrecht hin, die Füße hüftbreit, und leg die Hände an den unteren Rücken, die Finger zeigen nach unten.</translation>
    </message>
    <message>
      <source>Breathe in and lift your breastbone a little toward the ceiling.</source>
      <translation>Atme ein und heb das Brustbein etwas zur Decke.</translation>
    </message>
    <message>
      <source>Let your shoulder blades draw back and down and your elbows move gently toward each other.</source>
      <translation>Lass die Schulterblätter nach hinten unten gleiten und die Ellbogen sanft zueinander wandern.</translation>
    </message>
    <message>
      <source>Breathe out and relax back to standing tall, then repeat slowly.</source>
      <translation>Atme aus und kehr entspannt in den aufrechten Stand zurück, dann wiederhole langsam.</translation>
    </message>
    <message>
      <source>Lift the chest, not the chin.</source>
      <translation>Heb die Brust, nicht das Kinn.</translation>
    </message>
    <message>
      <source>Your lower back stays where it is.</source>
      <translation>Dein unterer Rücken bleibt, wo er ist.</translation>
    </message>
    <message>
      <source>Move with your breath.</source>
      <translation>Beweg dich mit deinem Atem.</translation>
    </message>
    <message>
      <source>Tipping the head back.</source>
      <translation>Den Kopf nach hinten kippen.</translation>
    </message>
    <message>
      <source>Pushing the belly forward and arching the lower back.</source>
      <translation>Den Bauch nach vorn schieben und im unteren Rücken ins Hohlkreuz gehen.</translation>
    </message>
    <message>
      <source>Shrugging the shoulders up to the ears.</source>
      <translation>Die Schultern zu den Ohren hochziehen.</translation>
    </message>
    <message>
      <source>Your lower back stays upright here, which most people with narrowed nerve spaces find comfortable. Stop if it still brings on leg pain.</source>
      <translation>Dein unterer Rücken bleibt hier aufrecht, was die meisten Menschen mit verengtem Raum um die Nerven als angenehm empfinden. Hör auf, wenn es trotzdem Beinschmerzen auslöst.</translation>
    </message>
    <message>
      <source>Back extension with hold</source>
      <translation>Rückenstreckung mit Halten</translation>
    </message>
    <message>
      <source>The standing back extension with a five-second pause in each gentle lean, for when the plain version feels easy.</source>
      <translation>Die Rückenstreckung im Stehen mit fünf Sekunden Halten bei jedem sanften Zurücklehnen – für den Fall, dass sich die einfache Variante leicht anfühlt.</translation>
    </message>
    <message>
      <source>Gently squeeze your glutes and let your gaze lift a little.</source>
      <translation>Spann das Gesäß leicht an und heb den Blick etwas.</translation>
    </message>
    <message>
      <source>Lean back a small way, letting your hips move slightly forward, and stay there for five slow seconds while you breathe.</source>
      <translation>Lehn dich ein kleines Stück nach hinten, die Hüfte geht dabei leicht nach vorn, und bleib dort fünf langsame Sekunden lang, während du atmest.</translation>
    </message>
    <message>
      <source>Come back to upright, take a breath, and repeat.</source>
      <translation>Kehr in die aufrechte Haltung zurück, atme einmal durch und wiederhole.</translation>
    </message>
    <message>
      <source>Breathe out slowly while you hold.</source>
      <translation>Atme beim Halten langsam aus.</translation>
    </message>
    <message>
      <source>The lean stays small; only the time grows.</source>
      <translation>Das Zurücklehnen bleibt klein; nur die Zeit wird länger.</translation>
    </message>
    <message>
      <source>Keep your knees soft and your hands supporting your back.</source>
      <translation>Halte die Knie leicht gebeugt und stütz den Rücken mit den Händen.</translation>
    </message>
    <message>
      <source>Holding the breath during the pause.</source>
      <translation>Beim Halten die Luft anhalten.</translation>
    </message>
    <message>
      <source>Leaning further back to make it harder.</source>
      <translation>Sich weiter nach hinten lehnen, um es schwerer zu machen.</translation>
    </message>
    <message>
      <source>Seated twist</source>
      <translation>Drehung im Sitzen</translation>
    </message>
    <message>
      <source>Turns the spine from a chair to ease stiffness in the lower and middle back.</source>
      <translation>Dreht die Wirbelsäule auf dem Stuhl, um Steifheit im unteren und mittleren Rücken zu lösen.</translation>
    </message>
    <message>
      <source>Twist gently, and stop if you feel sharp pain in your back or have been told to avoid twisting.</source>
      <translation>Dreh dich sanft und hör auf, wenn du einen stechenden Schmerz im Rücken spürst oder dir gesagt wurde, dass du Drehungen vermeiden sollst.</translation>
    </message>
    <message>
      <source>Left side: you turn your chest to the left, your right hand on your left knee and your left hand on the chair back.</source>
      <translation>Linke Seite: Du drehst den Oberkörper nach links, die rechte Hand auf dem linken Knie, die linke Hand an der Stuhllehne.</translation>
    </message>
    <message>
      <source>Right side: you turn your chest to the right, your left hand on your right knee and your right hand on the chair back.</source>
      <translation>Rechte Seite: Du drehst den Oberkörper nach rechts, die linke Hand auf dem rechten Knie, die rechte Hand an der Stuhllehne.</translation>
    </message>
    <message>
      <source>Sit tall near the front of a steady chair with your feet flat and knees facing forward.</source>
      <translation>Setz dich aufrecht vorn auf einen stabilen Stuhl, die Füße flach, die Knie zeigen nach vorn.</translation>
    </message>
    <message>
      <source>Breathe in and lengthen your spine.</source>
      <translation>Atme ein und verlängere die Wirbelsäule.</translation>
    </message>
    <message>
      <source>Breathe out and turn your chest to one side, one hand on the opposite knee, the other on the chair back.</source>
      <translation>Atme aus und dreh den Oberkörper zu einer Seite, eine Hand auf dem gegenüberliegenden Knie, die andere an der Stuhllehne.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then come back to the middle and turn the other way.</source>
      <translation>Halte die Position und atme langsam, dann kehr zur Mitte zurück und dreh dich zur anderen Seite.</translation>
    </message>
    <message>
      <source>Sit taller before you turn.</source>
      <translation>Richte dich vor dem Drehen noch etwas mehr auf.</translation>
    </message>
    <message>
      <source>Turn from your ribs, not just your neck.</source>
      <translation>Dreh dich aus dem Brustkorb, nicht nur aus dem Nacken.</translation>
    </message>
    <message>
      <source>Keep your hips and knees facing forward.</source>
      <translation>Hüfte und Knie zeigen nach vorn.</translation>
    </message>
    <message>
      <source>Pulling hard on the chair to twist further.</source>
      <translation>Kräftig am Stuhl ziehen, um sich weiter zu drehen.</translation>
    </message>
    <message>
      <source>Slumping while turning.</source>
      <translation>Beim Drehen zusammensacken.</translation>
    </message>
    <message>
      <source>Using a swivel chair that spins.</source>
      <translation>Einen Drehstuhl nutzen, der sich mitdreht.</translation>
    </message>
    <message>
      <source>Twisting hard can strain weak spine bones. Turn only a little, slowly, without pulling yourself further round with your hands.</source>
      <translation>Kräftiges Drehen kann geschwächte Wirbelkörper überlasten. Dreh dich nur wenig und langsam, ohne dich mit den Händen weiter herumzuziehen.</translation>
    </message>
    <message>
      <source>Gentle seated twist</source>
      <translation>Sanfte Drehung im Sitzen</translation>
    </message>
    <message>
      <source>A small, easy turn of the upper body from a chair with your hands on your thighs, for a stiff back or a first try.</source>
      <translation>Eine kleine, leichte Drehung des Oberkörpers auf dem Stuhl mit den Händen auf den Oberschenkeln – für einen steifen Rücken oder zum Ausprobieren.</translation>
    </message>
    <message>
      <source>Stop if turning brings on sharp pain in your back or neck.</source>
      <translation>Hör auf, wenn das Drehen einen stechenden Schmerz im Rücken oder Nacken auslöst.</translation>
    </message>
    <message>
      <source>Left side: you turn your chest to the left, with both hands resting on your thighs.</source>
      <translation>Linke Seite: Du drehst den Oberkörper nach links, beide Hände liegen auf den Oberschenkeln.</translation>
    </message>
    <message>
      <source>Right side: you turn your chest to the right, with both hands resting on your thighs.</source>
      <translation>Rechte Seite: Du drehst den Oberkörper nach rechts, beide Hände liegen auf den Oberschenkeln.</translation>
    </message>
    <message>
      <source>Sit tall near the front of a steady chair with your feet flat and your hands resting on your thighs.</source>
      <translation>Setz dich aufrecht vorn auf einen stabilen Stuhl, die Füße flach, die Hände auf den Oberschenkeln.</translation>
    </message>
    <message>
      <source>Breathe out and turn your chest part of the way to one side, letting your head follow.</source>
      <translation>Atme aus und dreh den Oberkörper ein Stück zu einer Seite; der Kopf folgt.</translation>
    </message>
    <message>
      <source>Only turn as far as stays easy.</source>
      <translation>Dreh dich nur so weit, wie es leicht bleibt.</translation>
    </message>
    <message>
      <source>Keep both hands on your thighs.</source>
      <translation>Lass beide Hände auf den Oberschenkeln.</translation>
    </message>
    <message>
      <source>Knees keep facing forward.</source>
      <translation>Die Knie zeigen weiter nach vorn.</translation>
    </message>
    <message>
      <source>Turning the head much further than the chest.</source>
      <translation>Den Kopf viel weiter drehen als den Oberkörper.</translation>
    </message>
    <message>
      <source>Slumping as you turn.</source>
      <translation>Beim Drehen zusammensacken.</translation>
    </message>
    <message>
      <source>Using a chair that swivels.</source>
      <translation>Einen Drehstuhl nutzen.</translation>
    </message>
    <message>
      <source>Crossed-leg seated twist</source>
      <translation>Drehung im Sitzen mit übergeschlagenem Bein</translation>
    </message>
    <message>
      <source>The seated twist with one leg crossed over the other, which adds a stretch along the outer hip and deepens the turn.</source>
      <translation>Die Drehung im Sitzen mit übergeschlagenem Bein: Das ergänzt eine Dehnung an der äußeren Hüfte und vertieft die Drehung.</translation>
    </message>
    <message>
      <source>Twist gently and stop if you feel sharp pain in your back or hip.</source>
      <translation>Dreh dich sanft und hör auf, wenn du einen stechenden Schmerz im Rücken oder in der Hüfte spürst.</translation>
    </message>
    <message>
      <source>Left side: your right leg crosses over your left, and you turn your chest to the right with your left hand on your right knee.</source>
      <translation>Linke Seite: Dein rechtes Bein liegt über dem linken, und du drehst den Oberkörper nach rechts, die linke Hand auf dem rechten Knie.</translation>
    </message>
    <message>
      <source>Right side: your left leg crosses over your right, and you turn your chest to the left with your right hand on your left knee.</source>
      <translation>Rechte Seite: Dein linkes Bein liegt über dem rechten, und du drehst den Oberkörper nach links, die rechte Hand auf dem linken Knie.</translation>
    </message>
    <message>
      <source>outer hips</source>
      <translation>äußere Hüfte</translation>
    </message>
    <message>
      <source>Sit tall near the front of a steady chair and cross one leg over the other at the knee.</source>
      <translation>Setz dich aufrecht vorn auf einen stabilen Stuhl und schlag ein Bein auf Kniehöhe über das andere.</translation>
    </message>
    <message>
      <source>Breathe out and turn toward the top knee, the opposite hand on the outside of that knee and the other on the chair back.</source>
      <translation>Atme aus und dreh dich zum oberen Knie, die gegenüberliegende Hand außen an diesem Knie, die andere an der Stuhllehne.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then uncross, change legs and turn the other way.</source>
      <translation>Halte die Position und atme langsam, dann lös die Beine, wechsle sie und dreh dich zur anderen Seite.</translation>
    </message>
    <message>
      <source>Grow tall first, then turn.</source>
      <translation>Erst aufrichten, dann drehen.</translation>
    </message>
    <message>
      <source>Turn from your ribs; your neck follows last.</source>
      <translation>Dreh dich aus dem Brustkorb; der Nacken folgt zuletzt.</translation>
    </message>
    <message>
      <source>Let the hand on the knee guide, not pull.</source>
      <translation>Die Hand am Knie führt, sie zieht nicht.</translation>
    </message>
    <message>
      <source>Levering hard on the knee to turn further.</source>
      <translation>Sich kräftig am Knie herumhebeln, um sich weiter zu drehen.</translation>
    </message>
    <message>
      <source>Rounding the back.</source>
      <translation>Den Rücken runden.</translation>
    </message>
    <message>
      <source>Crossing one leg over the other is often advised against after a hip replacement. Use the plain seated twist instead unless you have been told crossing is fine.</source>
      <translation>Nach einer Hüftprothese wird oft davon abgeraten, ein Bein über das andere zu schlagen. Mach stattdessen die einfache Drehung im Sitzen, es sei denn, dir wurde gesagt, dass Überschlagen unbedenklich ist.</translation>
    </message>
    <message>
      <source>Keep the turn small and your belly free; the plain seated twist with knees apart is kinder later in pregnancy.</source>
      <translation>Dreh dich nur wenig und lass deinem Bauch Raum; die einfache Drehung im Sitzen mit geöffneten Knien ist in der späteren Schwangerschaft schonender.</translation>
    </message>
    <message>
      <source>Standing hamstring stretch</source>
      <translation>Dehnung der hinteren Oberschenkel im Stehen</translation>
    </message>
    <message>
      <source>Lengthens the backs of the thighs, which often pull on the lower back, while you stand at your desk.</source>
      <translation>Verlängert die Oberschenkelrückseiten, die oft am unteren Rücken ziehen – im Stehen an deinem Schreibtisch.</translation>
    </message>
    <message>
      <source>Hold a desk or wall if your balance is unsure, and stop if you feel tingling or shooting pain down your leg.</source>
      <translation>Halte dich an einem Schreibtisch oder einer Wand fest, wenn du dir mit dem Gleichgewicht unsicher bist, und hör auf, wenn du Kribbeln oder einen einschießenden Schmerz spürst, der ins Bein zieht.</translation>
    </message>
    <message>
      <source>Left leg: your left heel is the one in front, and you feel the stretch behind your left thigh.</source>
      <translation>Linkes Bein: Deine linke Ferse steht vorn, und du spürst die Dehnung hinten am linken Oberschenkel.</translation>
    </message>
    <message>
      <source>Right leg: your right heel is the one in front, and you feel the stretch behind your right thigh.</source>
      <translation>Rechtes Bein: Deine rechte Ferse steht vorn, und du spürst die Dehnung hinten am rechten Oberschenkel.</translation>
    </message>
    <message>
      <source>Stand tall and place one heel a small step in front of you, toes pointing up.</source>
      <translation>Stell dich aufrecht hin und setz eine Ferse einen kleinen Schritt vor dir auf, die Zehen zeigen nach oben.</translation>
    </message>
    <message>
      <source>Bend your back knee slightly and rest your hands on your thighs.</source>
      <translation>Beug das hintere Knie leicht und leg die Hände auf die Oberschenkel.</translation>
    </message>
    <message>
      <source>Hinge forward from your hips with a long back until you feel a stretch behind the front thigh.</source>
      <translation>Beug dich mit langem Rücken aus der Hüfte nach vorn, bis du eine Dehnung hinten am vorderen Oberschenkel spürst.</translation>
    </message>
    <message>
      <source>Send your hips back as if closing a drawer behind you.</source>
      <translation>Schieb die Hüfte nach hinten, als würdest du hinter dir eine Schublade zuschieben.</translation>
    </message>
    <message>
      <source>Keep your back long, not rounded.</source>
      <translation>Halte den Rücken lang, nicht rund.</translation>
    </message>
    <message>
      <source>Keep the front knee soft, not locked.</source>
      <translation>Halte das vordere Knie locker, nicht durchgedrückt.</translation>
    </message>
    <message>
      <source>Rounding the back to reach lower.</source>
      <translation>Den Rücken runden, um tiefer zu kommen.</translation>
    </message>
    <message>
      <source>Locking the front knee.</source>
      <translation>Das vordere Knie durchdrücken.</translation>
    </message>
    <message>
      <source>Bouncing into the stretch.</source>
      <translation>In die Dehnung wippen.</translation>
    </message>
    <message>
      <source>Keep your back long and tip from the hips; do not round down to reach your toes.</source>
      <translation>Halte den Rücken lang und kipp aus der Hüfte; roll dich nicht ein, um die Zehen zu erreichen.</translation>
    </message>
    <message>
      <source>Supported hamstring stretch</source>
      <translation>Gestützte Dehnung der hinteren Oberschenkel</translation>
    </message>
    <message>
      <source>The standing hamstring stretch with one hand on your desk for balance and only a small forward tip.</source>
      <translation>Die Dehnung der hinteren Oberschenkel im Stehen, mit einer Hand auf dem Schreibtisch fürs Gleichgewicht und nur wenig Vorneigen.</translation>
    </message>
    <message>
      <source>Stop if you feel tingling or shooting pain down your leg.</source>
      <translation>Hör auf, wenn du Kribbeln oder einen einschießenden Schmerz spürst, der ins Bein zieht.</translation>
    </message>
    <message>
      <source>desk or counter</source>
      <translation>Schreibtisch oder Arbeitsplatte</translation>
    </message>
    <message>
      <source>Stand side-on or facing your desk and rest one hand on it for balance.</source>
      <translation>Stell dich seitlich neben oder vor deinen Schreibtisch und stütz dich mit einer Hand darauf ab, um das Gleichgewicht zu halten.</translation>
    </message>
    <message>
      <source>Place one heel a small step in front of you, toes pointing up, and bend your back knee slightly.</source>
      <translation>Setz eine Ferse einen kleinen Schritt vor dir auf, die Zehen zeigen nach oben, und beug das hintere Knie leicht.</translation>
    </message>
    <message>
      <source>Tip forward a little from your hips, back long, until you feel a mild stretch behind the front thigh.</source>
      <translation>Neig dich mit langem Rücken etwas aus der Hüfte nach vorn, bis du eine leichte Dehnung hinten am vorderen Oberschenkel spürst.</translation>
    </message>
    <message>
      <source>A mild stretch is enough.</source>
      <translation>Eine leichte Dehnung reicht.</translation>
    </message>
    <message>
      <source>Hips go back, chest stays open.</source>
      <translation>Die Hüfte geht nach hinten, die Brust bleibt offen.</translation>
    </message>
    <message>
      <source>Lean on the desk as much as you need.</source>
      <translation>Stütz dich so viel auf den Schreibtisch, wie du brauchst.</translation>
    </message>
    <message>
      <source>Rounding the back to go further.</source>
      <translation>Den Rücken runden, um weiter zu kommen.</translation>
    </message>
    <message>
      <source>Bouncing.</source>
      <translation>Wippen.</translation>
    </message>
    <message>
      <source>Raised-heel hamstring stretch</source>
      <translation>Dehnung der hinteren Oberschenkel, Ferse erhöht</translation>
    </message>
    <message>
      <source>The standing hamstring stretch with your front heel on a low step, which lengthens the backs of the thighs further.</source>
      <translation>Die Dehnung der hinteren Oberschenkel im Stehen mit der vorderen Ferse auf einer niedrigen Stufe, was die Oberschenkelrückseiten stärker dehnt.</translation>
    </message>
    <message>
      <source>Use a low, steady step and something to hold, and stop if you feel tingling or shooting pain down your leg.</source>
      <translation>Nimm eine niedrige, stabile Stufe und etwas zum Festhalten, und hör auf, wenn du Kribbeln oder einen einschießenden Schmerz spürst, der ins Bein zieht.</translation>
    </message>
    <message>
      <source>Left leg: your left heel rests on the step, and you feel the stretch behind your left thigh.</source>
      <translation>Linkes Bein: Deine linke Ferse liegt auf der Stufe, und du spürst die Dehnung hinten am linken Oberschenkel.</translation>
    </message>
    <message>
      <source>Right leg: your right heel rests on the step, and you feel the stretch behind your right thigh.</source>
      <translation>Rechtes Bein: Deine rechte Ferse liegt auf der Stufe, und du spürst die Dehnung hinten am rechten Oberschenkel.</translation>
    </message>
    <message>
      <source>low step</source>
      <translation>niedrige Stufe</translation>
    </message>
    <message>
      <source>Stand facing a low, steady step (the bottom stair is fine) with a wall or rail within reach.</source>
      <translation>Stell dich vor eine niedrige, stabile Stufe (die unterste Treppenstufe reicht), mit einer Wand oder einem Geländer in Reichweite.</translation>
    </message>
    <message>
      <source>Rest one heel on the step, toes pointing up, and keep your standing knee slightly bent.</source>
      <translation>Setz eine Ferse auf die Stufe, die Zehen zeigen nach oben, und lass das Standbein leicht gebeugt.</translation>
    </message>
    <message>
      <source>Hinge forward from your hips with a long back until you feel a stretch behind the raised thigh.</source>
      <translation>Beug dich mit langem Rücken aus der Hüfte nach vorn, bis du eine Dehnung hinten am erhöhten Oberschenkel spürst.</translation>
    </message>
    <message>
      <source>Keep the raised knee soft.</source>
      <translation>Halte das erhöhte Knie locker.</translation>
    </message>
    <message>
      <source>Chest forward, back long.</source>
      <translation>Brust nach vorn, Rücken lang.</translation>
    </message>
    <message>
      <source>Hold the rail if you wobble.</source>
      <translation>Halte dich am Geländer fest, wenn du wackelst.</translation>
    </message>
    <message>
      <source>Using a step so high that your back rounds.</source>
      <translation>Eine so hohe Stufe nehmen, dass der Rücken rund wird.</translation>
    </message>
    <message>
      <source>Locking the raised knee.</source>
      <translation>Das erhöhte Knie durchdrücken.</translation>
    </message>
    <message>
      <source>Reaching for the toes instead of hinging.</source>
      <translation>Nach den Zehen greifen, statt sich aus der Hüfte vorzubeugen.</translation>
    </message>
    <message>
      <source>Marching in place</source>
      <translation>Marschieren auf der Stelle</translation>
    </message>
    <message>
      <source>Raises your heart rate and warms up the hips by marching without moving forward.</source>
      <translation>Bringt deinen Puls nach oben und wärmt die Hüfte auf: Du marschierst, ohne dich vorwärtszubewegen.</translation>
    </message>
    <message>
      <source>Slow down if you feel dizzy or short of breath, and hold a chair if your balance is unsteady.</source>
      <translation>Werde langsamer, wenn dir schwindlig wird oder du kurzatmig bist, und halte dich an einem Stuhl fest, wenn du unsicher auf den Beinen bist.</translation>
    </message>
    <message>
      <source>Stand tall with your feet hip-width apart and your arms relaxed.</source>
      <translation>Stell dich aufrecht hin, die Füße hüftbreit, die Arme locker.</translation>
    </message>
    <message>
      <source>Lift one knee toward hip height, then lower it and lift the other.</source>
      <translation>Heb ein Knie Richtung Hüfthöhe, senk es dann ab und heb das andere.</translation>
    </message>
    <message>
      <source>Swing your arms in time with your legs.</source>
      <translation>Schwing die Arme im Takt mit den Beinen.</translation>
    </message>
    <message>
      <source>Keep a steady, comfortable pace, lifting a little higher as you warm up.</source>
      <translation>Halte ein gleichmäßiges, angenehmes Tempo und heb die Knie etwas höher, sobald du warm wirst.</translation>
    </message>
    <message>
      <source>Stand tall; don't lean back.</source>
      <translation>Steh aufrecht; lehn dich nicht zurück.</translation>
    </message>
    <message>
      <source>Land softly.</source>
      <translation>Setz sanft auf.</translation>
    </message>
    <message>
      <source>Breathe easily.</source>
      <translation>Atme locker.</translation>
    </message>
    <message>
      <source>Leaning back as the knee lifts.</source>
      <translation>Sich nach hinten lehnen, wenn das Knie hochkommt.</translation>
    </message>
    <message>
      <source>Stamping hard on the floor.</source>
      <translation>Fest auf den Boden stampfen.</translation>
    </message>
    <message>
      <source>Low march</source>
      <translation>Leichtes Marschieren</translation>
    </message>
    <message>
      <source>A gentle march that lifts your feet only a little way, with a chair to hold if you like, to warm up the hips without testing your balance.</source>
      <translation>Ein sanftes Marschieren, bei dem du die Füße nur wenig anhebst, auf Wunsch mit einem Stuhl zum Festhalten – so wärmst du die Hüfte auf, ohne dein Gleichgewicht zu fordern.</translation>
    </message>
    <message>
      <source>Slow down or stop if you feel dizzy or short of breath, and keep a hand on the chair if your balance is unsteady.</source>
      <translation>Werde langsamer oder hör auf, wenn dir schwindlig wird oder du kurzatmig bist, und lass eine Hand auf dem Stuhl, wenn du unsicher auf den Beinen bist.</translation>
    </message>
    <message>
      <source>sturdy chair (optional)</source>
      <translation>stabiler Stuhl (optional)</translation>
    </message>
    <message>
      <source>Stand tall beside a sturdy chair or your desk with your feet hip-width apart, resting one hand on it if you like.</source>
      <translation>Stell dich aufrecht neben einen stabilen Stuhl oder deinen Schreibtisch, die Füße hüftbreit, und leg auf Wunsch eine Hand darauf.</translation>
    </message>
    <message>
      <source>Lift one foot a few centimetres off the floor, bending the knee a little, then put it down softly.</source>
      <translation>Heb einen Fuß wenige Zentimeter vom Boden, beug dabei das Knie etwas, und setz ihn dann sanft ab.</translation>
    </message>
    <message>
      <source>Lift the other foot in the same way, letting your free arm swing gently.</source>
      <translation>Heb den anderen Fuß genauso; lass den freien Arm sanft mitschwingen.</translation>
    </message>
    <message>
      <source>Keep marching at a slow, even pace, lifting only as high as feels steady.</source>
      <translation>Marschier in langsamem, gleichmäßigem Tempo weiter und heb die Füße nur so hoch, wie du dich sicher fühlst.</translation>
    </message>
    <message>
      <source>Stand tall and look ahead.</source>
      <translation>Steh aufrecht und schau nach vorn.</translation>
    </message>
    <message>
      <source>Put each foot down gently.</source>
      <translation>Setz jeden Fuß sanft ab.</translation>
    </message>
    <message>
      <source>Leaning on the chair so your weight tips to one side.</source>
      <translation>Sich so auf den Stuhl stützen, dass das Gewicht zu einer Seite kippt.</translation>
    </message>
    <message>
      <source>Looking down at your feet.</source>
      <translation>Auf die Füße schauen.</translation>
    </message>
    <message>
      <source>Speeding up before you feel steady.</source>
      <translation>Schneller werden, bevor man sich sicher fühlt.</translation>
    </message>
    <message>
      <source>High-knee march</source>
      <translation>Marschieren mit hohen Knien</translation>
    </message>
    <message>
      <source>A brisker march that brings each knee up to hip height with a bent-arm swing, to raise your heart rate and warm the hips more fully.</source>
      <translation>Ein zügigeres Marschieren, bei dem jedes Knie bis auf Hüfthöhe kommt und die gebeugten Arme mitschwingen – für einen höheren Puls und eine gründlichere Aufwärmung der Hüfte.</translation>
    </message>
    <message>
      <source>Ease back to an ordinary march if you feel dizzy, very short of breath or unsteady, and stop if lifting the knee causes sharp pain in your hip or back.</source>
      <translation>Wechsle zurück zum normalen Marschieren, wenn dir schwindlig wird, du sehr kurzatmig oder unsicher bist, und hör auf, wenn das Anheben des Knies einen stechenden Schmerz in der Hüfte oder im Rücken auslöst.</translation>
    </message>
    <message>
      <source>Stand tall with your feet hip-width apart and your elbows bent at your sides.</source>
      <translation>Stell dich aufrecht hin, die Füße hüftbreit, die Ellbogen seitlich gebeugt.</translation>
    </message>
    <message>
      <source>Lift one knee up to about hip height, then lower the foot softly and lift the other knee.</source>
      <translation>Heb ein Knie bis etwa auf Hüfthöhe, setz den Fuß sanft ab und heb das andere Knie.</translation>
    </message>
    <message>
      <source>Swing your bent arms in time, the opposite arm coming forward to the lifted knee.</source>
      <translation>Schwing die gebeugten Arme im Takt mit; der gegenüberliegende Arm kommt zum angehobenen Knie nach vorn.</translation>
    </message>
    <message>
      <source>Once you have the rhythm, pick up to a brisk, steady pace without leaning back.</source>
      <translation>Sobald du im Rhythmus bist, steigere dich auf ein zügiges, gleichmäßiges Tempo, ohne dich zurückzulehnen.</translation>
    </message>
    <message>
      <source>Keep your chest up and your back long.</source>
      <translation>Halte die Brust oben und den Rücken lang.</translation>
    </message>
    <message>
      <source>Land softly and quietly.</source>
      <translation>Setz sanft und leise auf.</translation>
    </message>
    <message>
      <source>Brisk, but in control.</source>
      <translation>Zügig, aber kontrolliert.</translation>
    </message>
    <message>
      <source>Leaning back or rounding forward to get the knee higher.</source>
      <translation>Sich zurücklehnen oder nach vorn runden, um das Knie höher zu bekommen.</translation>
    </message>
    <message>
      <source>Stamping down hard as the pace picks up.</source>
      <translation>Fest aufstampfen, wenn das Tempo steigt.</translation>
    </message>
    <message>
      <source>Keep your knee below hip height and within the limits your surgical team gave you.</source>
      <translation>Halte das Knie unterhalb der Hüfthöhe und innerhalb der Grenzen, die dir dein Operationsteam genannt hat.</translation>
    </message>
    <message>
      <source>Keep to a pace at which you can still talk, and stand near a chair you can hold if your balance feels different.</source>
      <translation>Bleib bei einem Tempo, bei dem du dich noch unterhalten kannst, und stell dich in die Nähe eines Stuhls zum Festhalten, wenn sich dein Gleichgewicht anders anfühlt.</translation>
    </message>
    <message>
      <source>Hip circles</source>
      <translation>Hüftkreisen</translation>
    </message>
    <message>
      <source>Loosens the hips and lower back by drawing slow circles with your hips while standing.</source>
      <translation>Lockert Hüfte und unteren Rücken: Du beschreibst im Stehen mit der Hüfte langsame Kreise.</translation>
    </message>
    <message>
      <source>Keep the circles small, and stop if you feel sharp pain in your hips or back.</source>
      <translation>Halte die Kreise klein und hör auf, wenn du einen stechenden Schmerz in der Hüfte oder im Rücken spürst.</translation>
    </message>
    <message>
      <source>Stand with your feet a little wider than hip-width and your hands on your hips.</source>
      <translation>Stell dich etwas weiter als hüftbreit hin, die Hände an der Hüfte.</translation>
    </message>
    <message>
      <source>Move your hips forward, to one side, back and to the other side in one smooth circle.</source>
      <translation>Beweg die Hüfte nach vorn, zu einer Seite, nach hinten und zur anderen Seite – in einem fließenden Kreis.</translation>
    </message>
    <message>
      <source>Make several slow circles in the same direction.</source>
      <translation>Mach mehrere langsame Kreise in dieselbe Richtung.</translation>
    </message>
    <message>
      <source>Change direction halfway through.</source>
      <translation>Wechsle nach der Hälfte die Richtung.</translation>
    </message>
    <message>
      <source>Keep your upper body fairly still.</source>
      <translation>Halte den Oberkörper möglichst ruhig.</translation>
    </message>
    <message>
      <source>Let the circles grow gradually.</source>
      <translation>Lass die Kreise nach und nach größer werden.</translation>
    </message>
    <message>
      <source>Moving the shoulders instead of the hips.</source>
      <translation>Die Schultern statt der Hüfte bewegen.</translation>
    </message>
    <message>
      <source>Making big, jerky circles too soon.</source>
      <translation>Zu früh große, ruckartige Kreise machen.</translation>
    </message>
    <message>
      <source>Small hip circles</source>
      <translation>Kleines Hüftkreisen</translation>
    </message>
    <message>
      <source>A gentler version of hip circles: small, slow circles with a chair to hold, for stiff hips or unsure balance.</source>
      <translation>Eine sanftere Variante des Hüftkreisens: kleine, langsame Kreise mit einem Stuhl zum Festhalten, bei steifer Hüfte oder unsicherem Gleichgewicht.</translation>
    </message>
    <message>
      <source>Keep the circles within an easy range, and stop if you feel sharp pain in your hips or back.</source>
      <translation>Halte die Kreise in einem leichten Bewegungsumfang und hör auf, wenn du einen stechenden Schmerz in der Hüfte oder im Rücken spürst.</translation>
    </message>
    <message>
      <source>Stand with your feet hip-width apart and your knees soft, one hand on a sturdy chair and the other on your hip.</source>
      <translation>Stell dich hüftbreit hin, die Knie leicht gebeugt, eine Hand auf einem stabilen Stuhl, die andere an der Hüfte.</translation>
    </message>
    <message>
      <source>Move your hips a little way forward, to one side, back and to the other side in a small, slow circle.</source>
      <translation>Beweg die Hüfte ein kleines Stück nach vorn, zu einer Seite, nach hinten und zur anderen Seite – in einem kleinen, langsamen Kreis.</translation>
    </message>
    <message>
      <source>Make several small circles in the same direction, keeping your shoulders still.</source>
      <translation>Mach mehrere kleine Kreise in dieselbe Richtung; die Schultern bleiben ruhig.</translation>
    </message>
    <message>
      <source>Keep the circles small and smooth.</source>
      <translation>Halte die Kreise klein und fließend.</translation>
    </message>
    <message>
      <source>Let your hips do the moving, not your shoulders.</source>
      <translation>Lass die Hüfte die Bewegung machen, nicht die Schultern.</translation>
    </message>
    <message>
      <source>Letting the circles grow bigger than is comfortable.</source>
      <translation>Die Kreise größer werden lassen, als es angenehm ist.</translation>
    </message>
    <message>
      <source>Gripping the chair and pulling on it.</source>
      <translation>Den Stuhl fest umklammern und daran ziehen.</translation>
    </message>
    <message>
      <source>Locking the knees.</source>
      <translation>Die Knie durchdrücken.</translation>
    </message>
    <message>
      <source>Knee circles</source>
      <translation>Kniekreisen</translation>
    </message>
    <message>
      <source>Loosens the hip joint by drawing slow circles with one raised knee while you stand on the other leg, holding a chair.</source>
      <translation>Lockert das Hüftgelenk: Du beschreibst mit einem angehobenen Knie langsame Kreise, während du auf dem anderen Bein stehst und dich an einem Stuhl festhältst.</translation>
    </message>
    <message>
      <source>Keep hold of the chair throughout, keep the circles small if your hip feels stiff, and stop if you feel sharp pain in your hip, groin or back.</source>
      <translation>Halte dich die ganze Zeit am Stuhl fest, halte die Kreise klein, wenn sich deine Hüfte steif anfühlt, und hör auf, wenn du einen stechenden Schmerz in der Hüfte, in der Leiste oder im Rücken spürst.</translation>
    </message>
    <message>
      <source>Left leg: you hold the chair with your right hand, stand on your right leg and circle your left knee.</source>
      <translation>Linkes Bein: Du hältst den Stuhl mit der rechten Hand, stehst auf dem rechten Bein und kreist mit dem linken Knie.</translation>
    </message>
    <message>
      <source>Right leg: you hold the chair with your left hand, stand on your left leg and circle your right knee.</source>
      <translation>Rechtes Bein: Du hältst den Stuhl mit der linken Hand, stehst auf dem linken Bein und kreist mit dem rechten Knie.</translation>
    </message>
    <message>
      <source>Stand side-on to a sturdy chair and hold its back with the hand nearest it, your other hand on your hip.</source>
      <translation>Stell dich seitlich neben einen stabilen Stuhl und halte seine Lehne mit der näheren Hand; die andere Hand liegt an der Hüfte.</translation>
    </message>
    <message>
      <source>Stand on the leg nearest the chair and lift the other knee in front of you, no higher than your hip.</source>
      <translation>Steh auf dem Bein, das näher am Stuhl ist, und heb das andere Knie vor dir an, nicht höher als die Hüfte.</translation>
    </message>
    <message>
      <source>Draw slow circles with the raised knee: out to the side, round and back in.</source>
      <translation>Beschreib mit dem angehobenen Knie langsame Kreise: zur Seite hinaus, herum und wieder herein.</translation>
    </message>
    <message>
      <source>Change direction halfway, then lower the foot, turn around and change legs.</source>
      <translation>Wechsle nach der Hälfte die Richtung, dann setz den Fuß ab, dreh dich um und wechsle das Bein.</translation>
    </message>
    <message>
      <source>Stand tall on the supporting leg, knee soft.</source>
      <translation>Steh aufrecht auf dem Standbein, das Knie leicht gebeugt.</translation>
    </message>
    <message>
      <source>Keep your hips level and your upper body still.</source>
      <translation>Halte die Hüfte waagerecht und den Oberkörper ruhig.</translation>
    </message>
    <message>
      <source>Move slowly; the circle comes from the hip.</source>
      <translation>Beweg dich langsam; der Kreis kommt aus der Hüfte.</translation>
    </message>
    <message>
      <source>Leaning or twisting your upper body to make the circle bigger.</source>
      <translation>Den Oberkörper neigen oder verdrehen, um den Kreis größer zu machen.</translation>
    </message>
    <message>
      <source>Locking the standing knee.</source>
      <translation>Das Knie des Standbeins durchdrücken.</translation>
    </message>
    <message>
      <source>Hurrying the circles.</source>
      <translation>Hastig kreisen.</translation>
    </message>
    <message>
      <source>Check with your surgical team before circling the operated leg; keep the knee below hip height and never bring it across your body.</source>
      <translation>Sprich mit deinem Operationsteam, bevor du mit dem operierten Bein kreist; halte das Knie unterhalb der Hüfthöhe und führ es nie über die Körpermitte.</translation>
    </message>
    <message>
      <source>Hold the chair firmly and keep the circles small; choose hip circles instead if standing on one leg hurts the front or back of your pelvis.</source>
      <translation>Halte dich gut am Stuhl fest und halte die Kreise klein; mach stattdessen Hüftkreisen, wenn das Stehen auf einem Bein vorn oder hinten am Becken schmerzt.</translation>
    </message>
    <message>
      <source>Leg swings</source>
      <translation>Beinschwingen</translation>
    </message>
    <message>
      <source>Warms up the hips and hamstrings with controlled forward and back swings of one leg.</source>
      <translation>Wärmt Hüfte und hintere Oberschenkel auf: Du schwingst ein Bein kontrolliert vor und zurück.</translation>
    </message>
    <message>
      <source>Keep hold of the support throughout, and shorten the swing if you feel pulling in the groin or hamstring.</source>
      <translation>Halte dich die ganze Zeit an der Stütze fest und verkürz den Schwung, wenn du ein Ziehen in der Leiste oder im hinteren Oberschenkel spürst.</translation>
    </message>
    <message>
      <source>Left leg: the support is on your right, so you hold it with your right hand, stand on your right leg and swing your left leg.</source>
      <translation>Linkes Bein: Die Stütze ist rechts von dir, du hältst sie mit der rechten Hand, stehst auf dem rechten Bein und schwingst das linke.</translation>
    </message>
    <message>
      <source>Right leg: the support is on your left, so you hold it with your left hand, stand on your left leg and swing your right leg.</source>
      <translation>Rechtes Bein: Die Stütze ist links von dir, du hältst sie mit der linken Hand, stehst auf dem linken Bein und schwingst das rechte.</translation>
    </message>
    <message>
      <source>wall or sturdy chair for support</source>
      <translation>Wand oder stabiler Stuhl zum Abstützen</translation>
    </message>
    <message>
      <source>Stand side-on to a wall or sturdy chair and hold it with one hand.</source>
      <translation>Stell dich seitlich neben eine Wand oder einen stabilen Stuhl und halte dich mit einer Hand fest.</translation>
    </message>
    <message>
      <source>Put your weight on the leg nearest the support.</source>
      <translation>Verlagere dein Gewicht auf das Bein, das näher an der Stütze ist.</translation>
    </message>
    <message>
      <source>Swing the other leg forward and back in a relaxed, controlled arc.</source>
      <translation>Schwing das andere Bein locker und kontrolliert im Bogen vor und zurück.</translation>
    </message>
    <message>
      <source>Start small and let the swing grow, then turn around and swing the other leg.</source>
      <translation>Beginn klein und lass den Schwung größer werden, dann dreh dich um und schwing das andere Bein.</translation>
    </message>
    <message>
      <source>Keep your upper body tall and still.</source>
      <translation>Halte den Oberkörper aufrecht und ruhig.</translation>
    </message>
    <message>
      <source>Let the leg swing loosely from the hip.</source>
      <translation>Lass das Bein locker aus der Hüfte schwingen.</translation>
    </message>
    <message>
      <source>Keep the standing knee soft.</source>
      <translation>Halte das Knie des Standbeins leicht gebeugt.</translation>
    </message>
    <message>
      <source>Swinging so hard that the lower back arches.</source>
      <translation>So kräftig schwingen, dass der untere Rücken ins Hohlkreuz geht.</translation>
    </message>
    <message>
      <source>Swinging high before the hip is warm.</source>
      <translation>Hoch schwingen, bevor die Hüfte warm ist.</translation>
    </message>
    <message>
      <source>Keep the swing small and in front of you; do not swing the leg across your body.</source>
      <translation>Halte den Schwung klein und vor dem Körper; schwing das Bein nicht über die Körpermitte.</translation>
    </message>
    <message>
      <source>Small leg swings</source>
      <translation>Kleines Beinschwingen</translation>
    </message>
    <message>
      <source>A gentler version of leg swings: slow forward and back swings of one leg through a small range, holding a support.</source>
      <translation>Eine sanftere Variante des Beinschwingens: langsames Vor- und Zurückschwingen eines Beins in kleinem Bewegungsumfang, mit einer Stütze zum Festhalten.</translation>
    </message>
    <message>
      <source>Keep hold of the support throughout, and stop if you feel pulling in the groin or hamstring or pain in your back.</source>
      <translation>Halte dich die ganze Zeit an der Stütze fest und hör auf, wenn du ein Ziehen in der Leiste oder im hinteren Oberschenkel oder Schmerzen im Rücken spürst.</translation>
    </message>
    <message>
      <source>Stand side-on to a wall or sturdy chair and hold it with the hand nearest it.</source>
      <translation>Stell dich seitlich neben eine Wand oder einen stabilen Stuhl und halte dich mit der näheren Hand fest.</translation>
    </message>
    <message>
      <source>Put your weight on the leg nearest the support and let the other foot hang just clear of the floor.</source>
      <translation>Verlagere dein Gewicht auf das Bein, das näher an der Stütze ist, und lass den anderen Fuß knapp über dem Boden hängen.</translation>
    </message>
    <message>
      <source>Swing the free leg slowly a short way forward and a short way back.</source>
      <translation>Schwing das freie Bein langsam ein kleines Stück nach vorn und ein kleines Stück nach hinten.</translation>
    </message>
    <message>
      <source>Keep the swing this small for every repetition, then turn around and change legs.</source>
      <translation>Halte den Schwung bei jeder Wiederholung so klein, dann dreh dich um und wechsle das Bein.</translation>
    </message>
    <message>
      <source>Letting the swing grow bigger than is comfortable.</source>
      <translation>Den Schwung größer werden lassen, als es angenehm ist.</translation>
    </message>
    <message>
      <source>Leaning your upper body forward or back with the swing.</source>
      <translation>Den Oberkörper mit dem Schwung nach vorn oder hinten neigen.</translation>
    </message>
    <message>
      <source>Side-to-side leg swings</source>
      <translation>Seitliches Beinschwingen</translation>
    </message>
    <message>
      <source>Warms up the inner and outer hip by swinging one leg across in front of you and out to the side while you face a wall and hold it with both hands.</source>
      <translation>Wärmt die innere und äußere Hüfte auf: Du schwingst ein Bein vor dem Körper quer und dann zur Seite hinaus, während du zur Wand schaust und dich mit beiden Händen festhältst.</translation>
    </message>
    <message>
      <source>Keep both hands on the support, keep the swing within an easy range, and stop if you feel pulling in the groin or pain in your hip or back.</source>
      <translation>Lass beide Hände an der Stütze, halte den Schwung in einem leichten Bewegungsumfang und hör auf, wenn du ein Ziehen in der Leiste oder Schmerzen in der Hüfte oder im Rücken spürst.</translation>
    </message>
    <message>
      <source>Left leg: you stand on your right leg and your left leg swings across in front of you and out to the left.</source>
      <translation>Linkes Bein: Du stehst auf dem rechten Bein, und dein linkes Bein schwingt vor dir quer und nach links hinaus.</translation>
    </message>
    <message>
      <source>Right leg: you stand on your left leg and your right leg swings across in front of you and out to the right.</source>
      <translation>Rechtes Bein: Du stehst auf dem linken Bein, und dein rechtes Bein schwingt vor dir quer und nach rechts hinaus.</translation>
    </message>
    <message>
      <source>Face a wall or the back of a sturdy chair and rest both hands on it at about chest height.</source>
      <translation>Stell dich mit dem Gesicht zu einer Wand oder hinter die Lehne eines stabilen Stuhls und leg beide Hände etwa auf Brusthöhe darauf.</translation>
    </message>
    <message>
      <source>Stand on one leg with the knee soft and let the other foot hang just clear of the floor.</source>
      <translation>Steh auf einem Bein, das Knie leicht gebeugt, und lass den anderen Fuß knapp über dem Boden hängen.</translation>
    </message>
    <message>
      <source>Swing the free leg across in front of the standing leg, then out to the side, in a relaxed, controlled arc.</source>
      <translation>Schwing das freie Bein locker und kontrolliert im Bogen vor dem Standbein quer und dann zur Seite hinaus.</translation>
    </message>
    <message>
      <source>Start small and let the swing grow a little as the hip warms, then change legs.</source>
      <translation>Beginn klein und lass den Schwung etwas größer werden, sobald die Hüfte warm wird, dann wechsle das Bein.</translation>
    </message>
    <message>
      <source>Keep your hips and shoulders facing the wall.</source>
      <translation>Hüfte und Schultern zeigen zur Wand.</translation>
    </message>
    <message>
      <source>Let the leg swing from the hip, not your waist.</source>
      <translation>Lass das Bein aus der Hüfte schwingen, nicht aus der Taille.</translation>
    </message>
    <message>
      <source>Twisting the hips or leaning sideways to swing further.</source>
      <translation>Die Hüfte verdrehen oder sich zur Seite neigen, um weiter zu schwingen.</translation>
    </message>
    <message>
      <source>Swinging wide before the hip is warm.</source>
      <translation>Weit schwingen, bevor die Hüfte warm ist.</translation>
    </message>
    <message>
      <source>Letting go of the support.</source>
      <translation>Die Stütze loslassen.</translation>
    </message>
    <message>
      <source>Choose forward-and-back leg swings instead; swinging the leg across your body can strain a new hip.</source>
      <translation>Wähl stattdessen das Beinschwingen vor und zurück; ein Schwung über die Körpermitte kann eine neue Hüfte überlasten.</translation>
    </message>
    <message>
      <source>Keep the swings small, and choose forward-and-back swings if you have pain at the front or back of your pelvis.</source>
      <translation>Halte den Schwung klein und wähl das Beinschwingen vor und zurück, wenn du Schmerzen vorn oder hinten am Becken hast.</translation>
    </message>
    <message>
      <source>Torso twists</source>
      <translation>Rumpfdrehungen</translation>
    </message>
    <message>
      <source>Loosens the spine and the sides of the trunk with gentle standing turns.</source>
      <translation>Lockert Wirbelsäule und Rumpfseiten mit sanften Drehungen im Stehen.</translation>
    </message>
    <message>
      <source>Move gently, and stop if turning causes sharp pain in your back.</source>
      <translation>Beweg dich sanft und hör auf, wenn das Drehen einen stechenden Schmerz im Rücken auslöst.</translation>
    </message>
    <message>
      <source>Stand with your feet hip-width apart, knees soft, arms bent at your sides or crossed on your chest.</source>
      <translation>Stell dich hüftbreit hin, die Knie leicht gebeugt, die Arme seitlich angewinkelt oder vor der Brust verschränkt.</translation>
    </message>
    <message>
      <source>Turn your upper body to one side, letting your hips and heels pivot a little.</source>
      <translation>Dreh den Oberkörper zu einer Seite; Hüfte und Fersen drehen leicht mit.</translation>
    </message>
    <message>
      <source>Turn smoothly round to the other side.</source>
      <translation>Dreh dich fließend zur anderen Seite.</translation>
    </message>
    <message>
      <source>Keep turning side to side at an easy pace, going a little further as you loosen up.</source>
      <translation>Dreh dich in angenehmem Tempo weiter von Seite zu Seite und etwas weiter, sobald du lockerer wirst.</translation>
    </message>
    <message>
      <source>Keep the movement smooth, not flung.</source>
      <translation>Bleib fließend, ohne Schwung.</translation>
    </message>
    <message>
      <source>Let your head turn with your chest.</source>
      <translation>Lass den Kopf mit dem Oberkörper mitdrehen.</translation>
    </message>
    <message>
      <source>Stay tall through your spine.</source>
      <translation>Bleib lang in der Wirbelsäule.</translation>
    </message>
    <message>
      <source>Twisting forcefully or fast.</source>
      <translation>Sich kraftvoll oder schnell drehen.</translation>
    </message>
    <message>
      <source>Keep the turns small and slow; never swing or force them.</source>
      <translation>Halte die Drehungen klein und langsam; niemals schwingen oder erzwingen.</translation>
    </message>
    <message>
      <source>Half twists</source>
      <translation>Halbe Rumpfdrehungen</translation>
    </message>
    <message>
      <source>A gentler version of torso twists: slow turns only part of the way round, for a stiff or sore back.</source>
      <translation>Eine sanftere Variante der Rumpfdrehungen: langsame Drehungen nur ein Stück weit, für einen steifen oder schmerzenden Rücken.</translation>
    </message>
    <message>
      <source>Stand with your feet hip-width apart, knees soft, and your arms crossed loosely on your chest.</source>
      <translation>Stell dich hüftbreit hin, die Knie leicht gebeugt, die Arme locker vor der Brust verschränkt.</translation>
    </message>
    <message>
      <source>Turn your upper body slowly part of the way to one side, about half as far as you could go.</source>
      <translation>Dreh den Oberkörper langsam ein Stück zu einer Seite, etwa halb so weit, wie du könntest.</translation>
    </message>
    <message>
      <source>Come back through the middle and turn the same small amount to the other side.</source>
      <translation>Komm durch die Mitte zurück und dreh dich genauso wenig zur anderen Seite.</translation>
    </message>
    <message>
      <source>Keep turning side to side at a slow, even pace, staying well inside a comfortable range.</source>
      <translation>Dreh dich in langsamem, gleichmäßigem Tempo weiter von Seite zu Seite und bleib deutlich in einem angenehmen Bewegungsumfang.</translation>
    </message>
    <message>
      <source>Turn only as far as feels easy.</source>
      <translation>Dreh dich nur so weit, wie es sich leicht anfühlt.</translation>
    </message>
    <message>
      <source>Pushing for a bigger turn at the end of each twist.</source>
      <translation>Am Ende jeder Drehung noch weiter drücken.</translation>
    </message>
    <message>
      <source>Speeding up until the turns become swings.</source>
      <translation>Immer schneller werden, bis aus den Drehungen Schwünge werden.</translation>
    </message>
    <message>
      <source>Reaching twists</source>
      <translation>Rumpfdrehungen mit Armstrecken</translation>
    </message>
    <message>
      <source>Standing twists with your arms held out at shoulder height, which works the trunk and shoulders a little harder than ordinary torso twists.</source>
      <translation>Drehungen im Stehen mit den Armen auf Schulterhöhe ausgestreckt – das fordert Rumpf und Schultern etwas mehr als normale Rumpfdrehungen.</translation>
    </message>
    <message>
      <source>Keep the turns controlled, lower your arms if your shoulders tire, and stop if turning causes sharp pain in your back.</source>
      <translation>Dreh dich kontrolliert, senk die Arme, wenn deine Schultern ermüden, und hör auf, wenn das Drehen einen stechenden Schmerz im Rücken auslöst.</translation>
    </message>
    <message>
      <source>Stand with your feet hip-width apart and knees soft, and lift your arms out to the sides at shoulder height.</source>
      <translation>Stell dich hüftbreit hin, die Knie leicht gebeugt, und heb die Arme seitlich auf Schulterhöhe.</translation>
    </message>
    <message>
      <source>Turn your upper body to one side, letting your arms, chest and head turn together and your hips and heels pivot a little.</source>
      <translation>Dreh den Oberkörper zu einer Seite; Arme, Brust und Kopf drehen gemeinsam, Hüfte und Fersen drehen leicht mit.</translation>
    </message>
    <message>
      <source>Turn smoothly round to the other side, keeping your arms level and your shoulders relaxed.</source>
      <translation>Dreh dich fließend zur anderen Seite; die Arme bleiben waagerecht, die Schultern locker.</translation>
    </message>
    <message>
      <source>Keep turning side to side at a steady, controlled pace, then lower your arms.</source>
      <translation>Dreh dich in gleichmäßigem, kontrolliertem Tempo weiter von Seite zu Seite, dann senk die Arme.</translation>
    </message>
    <message>
      <source>Let your arms follow your chest; don't fling them.</source>
      <translation>Lass die Arme dem Oberkörper folgen; schleudere sie nicht.</translation>
    </message>
    <message>
      <source>Keep your shoulders down, away from your ears.</source>
      <translation>Halte die Schultern unten, weg von den Ohren.</translation>
    </message>
    <message>
      <source>Letting the weight of the arms carry you further than you meant to turn.</source>
      <translation>Sich vom Gewicht der Arme weiter drehen lassen als beabsichtigt.</translation>
    </message>
    <message>
      <source>Letting the arms drop or the shoulders hunch.</source>
      <translation>Die Arme sinken lassen oder die Schultern hochziehen.</translation>
    </message>
    <message>
      <source>Keep your arms bent and the turns small and slow, or choose half twists; never swing your arms to turn further.</source>
      <translation>Halte die Arme gebeugt und die Drehungen klein und langsam, oder wähl die halben Rumpfdrehungen; schwing niemals die Arme, um dich weiter zu drehen.</translation>
    </message>
    <message>
      <source>McGill curl-up</source>
      <translation>McGill Curl-up</translation>
    </message>
    <message>
      <source>Trains your stomach muscles to hold the trunk steady as you lift your head and shoulders a little, while your lower back keeps its natural curve.</source>
      <translation>Trainiert deine Bauchmuskeln, den Rumpf stabil zu halten, während du Kopf und Schultern etwas anhebst; dein unterer Rücken behält dabei seine natürliche Krümmung.</translation>
    </message>
    <message>
      <source>Keep the lift small, and stop if you feel sharp pain in your back or neck or pain spreading down a leg.</source>
      <translation>Heb nur wenig an und hör auf, wenn du einen stechenden Schmerz im Rücken oder Nacken oder einen Schmerz spürst, der ins Bein ausstrahlt.</translation>
    </message>
    <message>
      <source>Lie on your back with one knee bent and that foot flat, and the other leg straight along the floor.</source>
      <translation>Leg dich auf den Rücken, ein Knie gebeugt und der Fuß flach aufgestellt, das andere Bein gestreckt auf dem Boden.</translation>
    </message>
    <message>
      <source>Slide your hands, palms down, under the small of your back so it keeps its natural curve.</source>
      <translation>Schieb die Hände mit den Handflächen nach unten unter die Lendenwirbelsäule, damit sie ihre natürliche Krümmung behält.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, then lift your head and shoulders a little way off the floor as one piece.</source>
      <translation>Spann den Bauch leicht an, dann heb Kopf und Schultern wie aus einem Guss ein kleines Stück vom Boden.</translation>
    </message>
    <message>
      <source>Hold for about 8 to 10 seconds, breathing steadily, then lower slowly and rest for a breath.</source>
      <translation>Halte etwa 8 bis 10 Sekunden und atme gleichmäßig, dann senk dich langsam ab und ruh dich einen Atemzug lang aus.</translation>
    </message>
    <message>
      <source>Halfway through your reps, straighten the bent leg and bend the other one.</source>
      <translation>Streck nach der Hälfte der Wiederholungen das gebeugte Bein und beug das andere.</translation>
    </message>
    <message>
      <source>Keep your neck long, in line with your back; your chin stays where it is.</source>
      <translation>Halte den Nacken lang, in einer Linie mit dem Rücken; dein Kinn bleibt, wo es ist.</translation>
    </message>
    <message>
      <source>Lift only a little: the head and shoulders move together, like one board.</source>
      <translation>Heb nur wenig an: Kopf und Schultern bewegen sich zusammen, wie ein Brett.</translation>
    </message>
    <message>
      <source>Leave your lower back resting on your hands; don't press it flat.</source>
      <translation>Lass den unteren Rücken auf deinen Händen ruhen; drück ihn nicht flach.</translation>
    </message>
    <message>
      <source>Keep breathing in small, easy breaths while you hold.</source>
      <translation>Atme beim Halten in kleinen, leichten Atemzügen weiter.</translation>
    </message>
    <message>
      <source>Tucking the chin to the chest and curling the neck.</source>
      <translation>Das Kinn zur Brust ziehen und den Nacken einrollen.</translation>
    </message>
    <message>
      <source>Curling up high like a sit-up, or flattening the back onto your hands.</source>
      <translation>Hoch einrollen wie bei einem Sit-up oder den Rücken flach auf die Hände drücken.</translation>
    </message>
    <message>
      <source>Holding the breath during the hold.</source>
      <translation>Beim Halten die Luft anhalten.</translation>
    </message>
    <message>
      <source>Bending the spine forward loads the front of the spine bones. Keep the lift tiny with your neck long, or do the brace without lifting, and ask a physiotherapist.</source>
      <translation>Ein Vorbeugen der Wirbelsäule belastet die Vorderseite der Wirbelkörper. Heb nur ganz wenig an, mit langem Nacken, oder spann nur an, ohne anzuheben, und frag eine Physiotherapeutin oder einen Physiotherapeuten.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back can make you feel faint and curl-ups strain the stretched belly muscles. Skip it and ask your midwife about core work.</source>
      <translation>Nach den ersten drei Monaten kann Liegen auf dem Rücken zu Schwächegefühl führen, und Curl-ups belasten die gedehnten Bauchmuskeln. Lass die Übung aus und frag deine Hebamme nach Übungen für den Rumpf.</translation>
    </message>
    <message>
      <source>Curl-up brace</source>
      <translation>Curl-up, nur Anspannen</translation>
    </message>
    <message>
      <source>The first step towards the McGill curl-up: in the same position you keep your head resting on the floor and simply tighten your stomach while you breathe steadily.</source>
      <translation>Der erste Schritt zum McGill Curl-up: In derselben Position bleibt dein Kopf auf dem Boden liegen, und du spannst einfach den Bauch an, während du gleichmäßig atmest.</translation>
    </message>
    <message>
      <source>Brace gently rather than hard, and stop if you feel sharp pain in your back or pain spreading down a leg.</source>
      <translation>Spann sanft statt kräftig an und hör auf, wenn du einen stechenden Schmerz im Rücken oder einen Schmerz spürst, der ins Bein ausstrahlt.</translation>
    </message>
    <message>
      <source>Keep your head resting on the floor and gently tighten your stomach, as if bracing for a light poke, without flattening your back.</source>
      <translation>Lass den Kopf auf dem Boden liegen und spann den Bauch leicht an, als würdest du dich auf einen leichten Stups vorbereiten, ohne den Rücken flach zu drücken.</translation>
    </message>
    <message>
      <source>Hold for about 8 seconds, breathing in small, easy breaths, then relax for a breath.</source>
      <translation>Halte etwa 8 Sekunden und atme in kleinen, leichten Atemzügen, dann entspann dich einen Atemzug lang.</translation>
    </message>
    <message>
      <source>Tighten all the way round your waist rather than sucking the belly in.</source>
      <translation>Spann rund um die Taille an, statt den Bauch einzuziehen.</translation>
    </message>
    <message>
      <source>Your lower back stays resting on your hands; it neither presses down nor lifts.</source>
      <translation>Dein unterer Rücken ruht weiter auf deinen Händen; er drückt weder nach unten noch hebt er ab.</translation>
    </message>
    <message>
      <source>Keep breathing while you hold.</source>
      <translation>Atme beim Halten weiter.</translation>
    </message>
    <message>
      <source>Holding the breath while you tighten.</source>
      <translation>Beim Anspannen die Luft anhalten.</translation>
    </message>
    <message>
      <source>Pressing the lower back flat onto your hands.</source>
      <translation>Den unteren Rücken flach auf die Hände drücken.</translation>
    </message>
    <message>
      <source>Bracing so hard that your neck and shoulders tense up.</source>
      <translation>So kräftig anspannen, dass sich Nacken und Schultern verkrampfen.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back can make you feel faint. Practise the same gentle brace sitting tall or on hands and knees, and ask your midwife about core work.</source>
      <translation>Nach den ersten drei Monaten kann Liegen auf dem Rücken zu Schwächegefühl führen. Übe dasselbe sanfte Anspannen aufrecht im Sitzen oder im Vierfüßlerstand und frag deine Hebamme nach Übungen für den Rumpf.</translation>
    </message>
    <message>
      <source>Elbows-up curl-up</source>
      <translation>Curl-up mit angehobenen Ellbogen</translation>
    </message>
    <message>
      <source>A harder McGill curl-up: you lift your elbows a little off the floor as you curl up and take one slow, deep breath at the top, so your stomach muscles hold the trunk steady with less help.</source>
      <translation>Ein schwererer McGill Curl-up: Du hebst beim Einrollen die Ellbogen etwas vom Boden und nimmst oben einen langsamen, tiefen Atemzug. So halten deine Bauchmuskeln den Rumpf mit weniger Hilfe stabil.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, then lift your head and shoulders a little way as one piece, elbows just clear of the floor.</source>
      <translation>Spann den Bauch leicht an, dann heb Kopf und Schultern wie aus einem Guss ein kleines Stück an; die Ellbogen lösen sich knapp vom Boden.</translation>
    </message>
    <message>
      <source>Hold for about 8 to 10 seconds and take one slow, deep breath while you keep your stomach firm, then lower slowly and rest for a breath.</source>
      <translation>Halte etwa 8 bis 10 Sekunden und nimm einen langsamen, tiefen Atemzug, während der Bauch fest bleibt, dann senk dich langsam ab und ruh dich einen Atemzug lang aus.</translation>
    </message>
    <message>
      <source>Keep your neck long; your chin stays where it is.</source>
      <translation>Halte den Nacken lang; dein Kinn bleibt, wo es ist.</translation>
    </message>
    <message>
      <source>Lift the elbows just clear of the floor, no higher.</source>
      <translation>Heb die Ellbogen nur knapp vom Boden, nicht höher.</translation>
    </message>
    <message>
      <source>Keep your stomach firm as you breathe in and out.</source>
      <translation>Halte den Bauch beim Ein- und Ausatmen fest.</translation>
    </message>
    <message>
      <source>Curling up higher than in the ordinary curl-up.</source>
      <translation>Höher einrollen als beim normalen Curl-up.</translation>
    </message>
    <message>
      <source>Letting the stomach go soft during the deep breath.</source>
      <translation>Den Bauch beim tiefen Atemzug locker lassen.</translation>
    </message>
    <message>
      <source>Bending the spine forward loads the front of the spine bones. Choose the brace without lifting instead, and ask a physiotherapist before harder curl-ups.</source>
      <translation>Ein Vorbeugen der Wirbelsäule belastet die Vorderseite der Wirbelkörper. Wähl stattdessen das Anspannen ohne Anheben und frag eine Physiotherapeutin oder einen Physiotherapeuten, bevor du schwerere Curl-ups machst.</translation>
    </message>
    <message>
      <source>Dead bug</source>
      <translation>Dead Bug</translation>
    </message>
    <message>
      <source>Teaches your stomach muscles to keep your lower back steady while you slowly reach out with an opposite arm and leg, lying on your back.</source>
      <translation>Trainiert deine Bauchmuskeln, den unteren Rücken stabil zu halten, während du in Rückenlage langsam einen Arm und das gegenüberliegende Bein ausstreckst.</translation>
    </message>
    <message>
      <source>Stop if your lower back starts to arch off the floor or you feel sharp pain in your back or hips.</source>
      <translation>Hör auf, wenn dein unterer Rücken beginnt, sich ins Hohlkreuz vom Boden abzuheben, oder du einen stechenden Schmerz im Rücken oder in der Hüfte spürst.</translation>
    </message>
    <message>
      <source>Left side: your left arm reaches back past your head as your right leg straightens.</source>
      <translation>Linke Seite: Dein linker Arm streckt sich nach hinten über den Kopf, während sich dein rechtes Bein streckt.</translation>
    </message>
    <message>
      <source>Right side: your right arm reaches back past your head as your left leg straightens.</source>
      <translation>Rechte Seite: Dein rechter Arm streckt sich nach hinten über den Kopf, während sich dein linkes Bein streckt.</translation>
    </message>
    <message>
      <source>Lie on your back, arms reaching up to the ceiling, knees bent over your hips and shins level with the floor.</source>
      <translation>Leg dich auf den Rücken, die Arme zur Decke gestreckt, die Knie über der Hüfte gebeugt, die Schienbeine parallel zum Boden.</translation>
    </message>
    <message>
      <source>Let your lower back rest gently on the floor and tighten your stomach a little.</source>
      <translation>Lass den unteren Rücken sanft auf dem Boden ruhen und spann den Bauch etwas an.</translation>
    </message>
    <message>
      <source>Slowly lower one arm back past your head as you straighten the opposite leg, both hovering above the floor.</source>
      <translation>Senk langsam einen Arm nach hinten über den Kopf, während du das gegenüberliegende Bein streckst; beide schweben über dem Boden.</translation>
    </message>
    <message>
      <source>Reach only as far as your lower back stays still, then bring the arm and leg back to the start.</source>
      <translation>Streck dich nur so weit, wie dein unterer Rücken ruhig bleibt, dann bring Arm und Bein zurück in die Ausgangsposition.</translation>
    </message>
    <message>
      <source>Keep your lower back resting gently on the floor, without pressing hard.</source>
      <translation>Lass den unteren Rücken sanft auf dem Boden ruhen, ohne fest zu drücken.</translation>
    </message>
    <message>
      <source>Breathe out as you reach, and move slowly.</source>
      <translation>Atme beim Ausstrecken aus und beweg dich langsam.</translation>
    </message>
    <message>
      <source>Keep your ribs down and your head relaxed on the floor.</source>
      <translation>Halte die Rippen unten und den Kopf locker auf dem Boden.</translation>
    </message>
    <message>
      <source>Letting the lower back arch up as the leg goes out.</source>
      <translation>Den unteren Rücken ins Hohlkreuz gehen lassen, wenn das Bein sich streckt.</translation>
    </message>
    <message>
      <source>Swinging the arm and leg quickly.</source>
      <translation>Arm und Bein schnell schwingen.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back can make you feel faint and this loads the stretched belly muscles. Do the bird dog on hands and knees instead.</source>
      <translation>Nach den ersten drei Monaten kann Liegen auf dem Rücken zu Schwächegefühl führen, und diese Übung belastet die gedehnten Bauchmuskeln. Mach stattdessen den Bird Dog im Vierfüßlerstand.</translation>
    </message>
    <message>
      <source>Keep your knees over your hips, never drawn toward your chest, and start with heel taps unless your surgeon or physiotherapist has said more is fine.</source>
      <translation>Halte die Knie über der Hüfte, zieh sie nie zur Brust und beginne mit Fersentippen, es sei denn, dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut hat mehr erlaubt.</translation>
    </message>
    <message>
      <source>Dead bug heel taps</source>
      <translation>Dead Bug mit Fersentippen</translation>
    </message>
    <message>
      <source>An easier dead bug: your arms rest on the floor and you lower one bent leg at a time to tap the heel down, so your stomach muscles keep your lower back steady with a shorter lever.</source>
      <translation>Ein leichterer Dead Bug: Deine Arme liegen auf dem Boden, und du senkst ein gebeugtes Bein nach dem anderen ab, um mit der Ferse den Boden anzutippen. So halten deine Bauchmuskeln den unteren Rücken mit einem kürzeren Hebel stabil.</translation>
    </message>
    <message>
      <source>Stop if your lower back starts to arch off the floor or you feel sharp pain in your back or hips, and lower one foot at a time when you finish.</source>
      <translation>Hör auf, wenn dein unterer Rücken beginnt, sich ins Hohlkreuz vom Boden abzuheben, oder du einen stechenden Schmerz im Rücken oder in der Hüfte spürst, und setz zum Abschluss einen Fuß nach dem anderen ab.</translation>
    </message>
    <message>
      <source>Left leg: your left heel taps down while your right leg stays up.</source>
      <translation>Linkes Bein: Deine linke Ferse tippt ab, während dein rechtes Bein oben bleibt.</translation>
    </message>
    <message>
      <source>Right leg: your right heel taps down while your left leg stays up.</source>
      <translation>Rechtes Bein: Deine rechte Ferse tippt ab, während dein linkes Bein oben bleibt.</translation>
    </message>
    <message>
      <source>Lie on your back with your arms resting on the floor by your sides.</source>
      <translation>Leg dich auf den Rücken, die Arme neben dem Körper auf dem Boden.</translation>
    </message>
    <message>
      <source>Lift one leg and then the other so your knees are over your hips and your shins are level with the floor.</source>
      <translation>Heb erst ein Bein und dann das andere, sodass die Knie über der Hüfte sind und die Schienbeine parallel zum Boden.</translation>
    </message>
    <message>
      <source>Keeping the knee bent, slowly lower one leg to tap the heel lightly on the floor, then lift it back over your hip.</source>
      <translation>Senk ein Bein mit gebeugtem Knie langsam ab, tipp mit der Ferse leicht auf den Boden und heb es dann wieder über die Hüfte.</translation>
    </message>
    <message>
      <source>Keep the knee bent at the same angle all the way down and up.</source>
      <translation>Halte das Knie auf dem ganzen Weg nach unten und oben im gleichen Winkel gebeugt.</translation>
    </message>
    <message>
      <source>Breathe out as the heel goes down.</source>
      <translation>Atme aus, wenn die Ferse nach unten geht.</translation>
    </message>
    <message>
      <source>Letting the lower back arch up as the heel goes down.</source>
      <translation>Den unteren Rücken ins Hohlkreuz gehen lassen, wenn die Ferse nach unten geht.</translation>
    </message>
    <message>
      <source>Dropping the foot onto the floor instead of tapping it lightly.</source>
      <translation>Den Fuß auf den Boden fallen lassen, statt ihn leicht anzutippen.</translation>
    </message>
    <message>
      <source>Letting the other knee drift towards your chest.</source>
      <translation>Das andere Knie Richtung Brust wandern lassen.</translation>
    </message>
    <message>
      <source>Keep your knees over your hips, never drawn toward your chest, and tap only as low as is comfortable, as your surgeon or physiotherapist has advised.</source>
      <translation>Halte die Knie über der Hüfte, zieh sie nie zur Brust und tipp nur so tief, wie es angenehm ist – so, wie es dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut empfohlen hat.</translation>
    </message>
    <message>
      <source>Slow dead bug</source>
      <translation>Langsamer Dead Bug</translation>
    </message>
    <message>
      <source>A harder dead bug: you take four seconds to reach out, hold for two seconds just above the floor, then return, so your stomach muscles keep your lower back still for longer.</source>
      <translation>Ein schwererer Dead Bug: Du streckst dich in vier Sekunden aus, hältst zwei Sekunden knapp über dem Boden und kehrst dann zurück. So halten deine Bauchmuskeln den unteren Rücken länger ruhig.</translation>
    </message>
    <message>
      <source>Hold the arm and leg higher if your lower back starts to arch, and stop if you feel sharp pain in your back or hips.</source>
      <translation>Halte Arm und Bein höher, wenn dein unterer Rücken ins Hohlkreuz geht, und hör auf, wenn du einen stechenden Schmerz im Rücken oder in der Hüfte spürst.</translation>
    </message>
    <message>
      <source>Taking four seconds, lower one arm back past your head as you straighten the opposite leg.</source>
      <translation>Senk in vier Sekunden einen Arm nach hinten über den Kopf, während du das gegenüberliegende Bein streckst.</translation>
    </message>
    <message>
      <source>Hold both just above the floor for two seconds, only as low as your lower back stays still, then bring them back to the start.</source>
      <translation>Halte beide zwei Sekunden knapp über dem Boden, nur so tief, wie dein unterer Rücken ruhig bleibt, dann bring sie zurück in die Ausgangsposition.</translation>
    </message>
    <message>
      <source>Count steadily: four out, hold for two, then back.</source>
      <translation>Zähl gleichmäßig: vier hinaus, zwei halten, dann zurück.</translation>
    </message>
    <message>
      <source>Keep breathing through the hold.</source>
      <translation>Atme beim Halten weiter.</translation>
    </message>
    <message>
      <source>Letting the lower back arch up during the hold.</source>
      <translation>Den unteren Rücken beim Halten ins Hohlkreuz gehen lassen.</translation>
    </message>
    <message>
      <source>Speeding up on the way back.</source>
      <translation>Auf dem Rückweg schneller werden.</translation>
    </message>
    <message>
      <source>Keep your knees over your hips, never drawn toward your chest, and only try the slow version once your surgeon or physiotherapist has said straight-leg reaches are fine.</source>
      <translation>Halte die Knie über der Hüfte, zieh sie nie zur Brust und probier die langsame Variante erst, wenn dein Chirurg oder deine Physiotherapeutin bzw. dein Physiotherapeut das Ausstrecken mit gestrecktem Bein erlaubt hat.</translation>
    </message>
    <message>
      <source>Desk stretch break</source>
      <translation>Dehnpause am Schreibtisch</translation>
    </message>
    <message>
      <source>A five-minute break you can take at your desk: seated and standing stretches for the back and hips, no floor needed.</source>
      <translation>Eine fünfminütige Pause direkt am Schreibtisch: Dehnübungen im Sitzen und Stehen für Rücken und Hüfte, ganz ohne Boden.</translation>
    </message>
    <message>
      <source>Daily lower back &amp; hip stretch</source>
      <translation>Tägliche Dehnung für unteren Rücken &amp; Hüfte</translation>
    </message>
    <message>
      <source>About ten minutes of floor stretches to ease the lower back and open up the hips, with pigeon and lizard in their supported versions. Move slowly and keep breathing. Most back pain settles within a few weeks; staying active helps.</source>
      <translation>Etwa zehn Minuten Dehnübungen am Boden, die den unteren Rücken entspannen und die Hüfte öffnen, mit Taube und Eidechse in ihren gestützten Varianten. Beweg dich langsam und atme weiter. Die meisten Rückenschmerzen klingen innerhalb weniger Wochen ab; aktiv zu bleiben hilft.</translation>
    </message>
    <message>
      <source>Lower back &amp; hip strength</source>
      <translation>Kraft für unteren Rücken &amp; Hüfte</translation>
    </message>
    <message>
      <source>A short warm-up, then the six key strength moves for the lower back and hips, done in sets with rests between.</source>
      <translation>Ein kurzes Aufwärmen, dann die sechs wichtigsten Kraftübungen für unteren Rücken und Hüfte, in Sätzen mit Pausen dazwischen.</translation>
    </message>
    <message>
      <source>Beginner strength</source>
      <translation>Kraft für Einsteiger</translation>
    </message>
    <message>
      <source>Easier versions of the strength moves with shorter holds and fewer sets. A good place to start building a stronger back and hips.</source>
      <translation>Leichtere Varianten der Kraftübungen mit kürzeren Haltezeiten und weniger Sätzen. Ein guter Einstieg für einen kräftigeren Rücken und eine stärkere Hüfte.</translation>
    </message>
    <message>
      <source>Warm-up</source>
      <translation>Aufwärmen</translation>
    </message>
    <message>
      <source>Five minutes of easy movement to warm up your hips and back before training, or whenever you feel stiff.</source>
      <translation>Fünf Minuten leichte Bewegung, um Hüfte und Rücken vor dem Training aufzuwärmen – oder wann immer du dich steif fühlst.</translation>
    </message>
    <message>
      <source>Flare-up: gentle movement</source>
      <translation>Schmerzschub: sanfte Bewegung</translation>
    </message>
    <message>
      <source>For a day when your back is sore: about six minutes of small, easy movement, with no strength holds. Keep moving gently; it can hurt without doing harm, and most back pain settles within a few weeks. Stop and call your emergency number if you have numbness around your genitals or bottom, new bladder or bowel trouble, or weakness in both legs (see Help → Safety notice).</source>
      <translation>Für einen Tag, an dem dein Rücken schmerzt: etwa sechs Minuten kleine, leichte Bewegungen, ohne Kraft-Halteübungen. Bleib sanft in Bewegung; Schmerzen bedeuten nicht unbedingt einen Schaden, und die meisten Rückenschmerzen klingen innerhalb weniger Wochen ab. Hör auf und ruf den Notruf, wenn du Taubheit im Genital- oder Gesäßbereich, neue Probleme mit Blase oder Darm oder Schwäche in beiden Beinen hast (siehe Hilfe → Sicherheitshinweis).</translation>
    </message>
  </context>
  <context>
    <name>chart_base</name>
    <message>
      <source>Chart</source>
      <translation>Diagramm</translation>
    </message>
    <message>
      <source>{chart} summary</source>
      <translation>Zusammenfassung: {chart}</translation>
    </message>
  </context>
  <context>
    <name>chart_summaries</name>
    <message>
      <source>{name}, left side</source>
      <translation>{name}, linke Seite</translation>
    </message>
    <message>
      <source>{name}, right side</source>
      <translation>{name}, rechte Seite</translation>
    </message>
    <message numerus="yes">
      <source>%n week(s)</source>
      <translation>
        <numerusform>%n Woche</numerusform>
        <numerusform>%n Wochen</numerusform>
      </translation>
    </message>
    <message>
      <source>No weeks to show yet.</source>
      <translation>Noch keine Wochen zum Anzeigen.</translation>
    </message>
    <message>
      <source>Strength goal {goal} a week, met in {strength_met} of {weeks}; stretching goal {stretch_goal} a week, met in {stretch_met} of {weeks}.</source>
      <translation>Kraftziel {goal} pro Woche, erreicht in {strength_met} von {weeks}; Dehnziel {stretch_goal} pro Woche, erreicht in {stretch_met} von {weeks}.</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n Tag</numerusform>
        <numerusform>%n Tage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skip day(s)</source>
      <translation>
        <numerusform>%n Auszeittag</numerusform>
        <numerusform>%n Auszeittage</numerusform>
      </translation>
    </message>
    <message>
      <source>Since {date}: no active days yet; {skip_days}.</source>
      <translation>Seit {date}: noch keine aktiven Tage; {skip_days}.</translation>
    </message>
    <message>
      <source>Since {date}: no active days yet.</source>
      <translation>Seit {date}: noch keine aktiven Tage.</translation>
    </message>
    <message>
      <source>Since {date}: active on {days}, {minutes} in all; active on {recent} of the last 7 days; {skip_days}.</source>
      <translation>Seit {date}: {days} aktiv, insgesamt {minutes}; an {recent} der letzten 7 Tage aktiv; {skip_days}.</translation>
    </message>
    <message>
      <source>Since {date}: active on {days}, {minutes} in all; active on {recent} of the last 7 days.</source>
      <translation>Seit {date}: {days} aktiv, insgesamt {minutes}; an {recent} der letzten 7 Tage aktiv.</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n Minute</numerusform>
        <numerusform>%n Minuten</numerusform>
      </translation>
    </message>
    <message>
      <source>No habit strength to show yet.</source>
      <translation>Noch keine Gewohnheitsstärke zum Anzeigen.</translation>
    </message>
    <message>
      <source>strength {strength} %, stretching {stretch} %</source>
      <translation>Kraft {strength} %, Dehnen {stretch} %</translation>
    </message>
    <message>
      <source>strength {strength} %</source>
      <translation>Kraft {strength} %</translation>
    </message>
    <message>
      <source>stretching {stretch} %</source>
      <translation>Dehnen {stretch} %</translation>
    </message>
    <message>
      <source>Habit strength now: {now}. At the start of the range, {date}: {then}.</source>
      <translation>Gewohnheitsstärke jetzt: {now}. Zu Beginn des Zeitraums, am {date}: {then}.</translation>
    </message>
    <message>
      <source>{subject}: no holds in these weeks.</source>
      <translation>{subject}: keine Haltezeiten in diesen Wochen.</translation>
    </message>
    <message>
      <source>{subject}: best hold {best} s, average {average} s in the week of {date}, from {first} s in the first week shown.</source>
      <translation>{subject}: beste Haltezeit {best} s, im Schnitt {average} s in der Woche vom {date}; in der ersten angezeigten Woche waren es {first} s.</translation>
    </message>
    <message>
      <source>{subject}: best hold {best} s, average {average} s in the week of {date}.</source>
      <translation>{subject}: beste Haltezeit {best} s, im Schnitt {average} s in der Woche vom {date}.</translation>
    </message>
    <message>
      <source>{name}: no timed holds yet.</source>
      <translation>{name}: noch keine gemessenen Haltezeiten.</translation>
    </message>
    <message>
      <source>No pain ratings in these weeks.</source>
      <translation>Keine Schmerzbewertungen in diesen Wochen.</translation>
    </message>
    <message>
      <source>no rating</source>
      <translation>keine Bewertung</translation>
    </message>
    <message>
      <source>This week, average pain out of 10: {values}. Latest rating {latest}.</source>
      <translation>Diese Woche, Schmerz im Schnitt (von 10): {values}. Letzte Bewertung: {latest}.</translation>
    </message>
    <message numerus="yes">
      <source>This week: %n session(s).</source>
      <translation>
        <numerusform>Diese Woche: %n Einheit.</numerusform>
        <numerusform>Diese Woche: %n Einheiten.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Last %n week(s), average pain out of 10, oldest first: {values}. Latest rating {latest}.</source>
      <translation>
        <numerusform>Die letzte Woche, Schmerz im Schnitt (von 10): {values}. Letzte Bewertung: {latest}.</numerusform>
        <numerusform>Die letzten %n Wochen, älteste zuerst, Schmerz im Schnitt (von 10): {values}. Letzte Bewertung: {latest}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Last %n week(s): {counts} sessions, oldest first.</source>
      <translation>
        <numerusform>Die letzte Woche: {counts} Einheiten.</numerusform>
        <numerusform>Die letzten %n Wochen, älteste zuerst: {counts} Einheiten.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>clock_label</name>
    <message>
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
  </context>
  <context>
    <name>confirm_stop</name>
    <message>
      <source>Stop the routine?</source>
      <translation>Routine stoppen?</translation>
    </message>
    <message>
      <source>Stop the routine now?</source>
      <translation>Routine jetzt stoppen?</translation>
    </message>
    <message>
      <source>What you have done so far is kept in your history.</source>
      <translation>Was du bisher gemacht hast, bleibt in deinem Verlauf gespeichert.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Stoppen</translation>
    </message>
    <message>
      <source>Keep going</source>
      <translation>Weitermachen</translation>
    </message>
  </context>
  <context>
    <name>counting</name>
    <message>
      <source>sessions count toward Progress once at least half is done</source>
      <translation>Einheiten zählen im Fortschritt, sobald mindestens die Hälfte geschafft ist</translation>
    </message>
  </context>
  <context>
    <name>custom_exercise</name>
    <message>
      <source>Move slowly and keep breathing.</source>
      <translation>Beweg dich langsam und atme weiter.</translation>
    </message>
    <message>
      <source>Pushing on into pain.</source>
      <translation>Trotz Schmerzen weitermachen.</translation>
    </message>
    <message>
      <source>Stop if it hurts, and ask a health professional if pain keeps coming back.</source>
      <translation>Hör auf, wenn es wehtut, und frag eine medizinische Fachperson, wenn die Schmerzen immer wiederkommen.</translation>
    </message>
    <message>
      <source>Easier</source>
      <translation>Leichter</translation>
    </message>
    <message>
      <source>Do less: a smaller range, a shorter hold or fewer reps.</source>
      <translation>Mach weniger: kleinerer Bewegungsumfang, kürzeres Halten oder weniger Wiederholungen.</translation>
    </message>
    <message>
      <source>Harder</source>
      <translation>Schwerer</translation>
    </message>
    <message>
      <source>Do more: a bigger range, a longer hold or more reps.</source>
      <translation>Mach mehr: größerer Bewegungsumfang, längeres Halten oder mehr Wiederholungen.</translation>
    </message>
    <message>
      <source>Give the exercise a name.</source>
      <translation>Gib der Übung einen Namen.</translation>
    </message>
    <message numerus="yes">
      <source>Use at most %n character(s) for the name.</source>
      <translation>
        <numerusform>Der Name darf höchstens %n Zeichen lang sein.</numerusform>
        <numerusform>Der Name darf höchstens %n Zeichen lang sein.</numerusform>
      </translation>
    </message>
    <message>
      <source>An exercise called “{name}” already exists.</source>
      <translation>Es gibt schon eine Übung namens „{name}“.</translation>
    </message>
    <message>
      <source>Write at least one line on how to do it.</source>
      <translation>Schreib mindestens eine Zeile dazu, wie die Übung geht.</translation>
    </message>
    <message>
      <source>Tick at least one position (floor, chair or standing).</source>
      <translation>Kreuz mindestens eine Position an (Boden, Stuhl oder im Stehen).</translation>
    </message>
    <message>
      <source>Repetitions must be at least 1.</source>
      <translation>Die Zahl der Wiederholungen muss mindestens 1 sein.</translation>
    </message>
    <message>
      <source>A hold must last at least 1 second.</source>
      <translation>Das Halten muss mindestens 1 Sekunde dauern.</translation>
    </message>
  </context>
  <context>
    <name>custom_exercise_actions</name>
    <message>
      <source>Exercise not saved</source>
      <translation>Übung nicht gespeichert</translation>
    </message>
    <message>
      <source>Exercise in use</source>
      <translation>Übung wird verwendet</translation>
    </message>
    <message>
      <source>“{name}” is a step of this routine. Remove that step first.</source>
      <translation>„{name}“ ist ein Schritt dieser Routine. Entferne zuerst diesen Schritt.</translation>
    </message>
    <message>
      <source>Your own exercise and its picture.</source>
      <translation>Deine eigene Übung und ihr Bild.</translation>
    </message>
    <message>
      <source>Exercise not deleted</source>
      <translation>Übung nicht gelöscht</translation>
    </message>
  </context>
  <context>
    <name>custom_exercise_dialog</name>
    <message>
      <source>a name</source>
      <translation>ein Name</translation>
    </message>
    <message>
      <source>how to do it</source>
      <translation>eine Anleitung</translation>
    </message>
    <message>
      <source>a position</source>
      <translation>eine Position</translation>
    </message>
    <message>
      <source>a dose of at least 1</source>
      <translation>eine Dosis von mindestens 1</translation>
    </message>
    <message>
      <source>Position: floor</source>
      <translation>Position: Boden</translation>
    </message>
    <message>
      <source>Can be done on the floor</source>
      <translation>Kann am Boden gemacht werden</translation>
    </message>
    <message>
      <source>Position: chair</source>
      <translation>Position: Stuhl</translation>
    </message>
    <message>
      <source>Can be done in a chair</source>
      <translation>Kann auf einem Stuhl gemacht werden</translation>
    </message>
    <message>
      <source>Position: standing</source>
      <translation>Position: im Stehen</translation>
    </message>
    <message>
      <source>Can be done standing up</source>
      <translation>Kann im Stehen gemacht werden</translation>
    </message>
    <message>
      <source>Pictures ({patterns})</source>
      <translation>Bilder ({patterns})</translation>
    </message>
    <message>
      <source>No picture</source>
      <translation>Kein Bild</translation>
    </message>
    <message>
      <source>Choose a picture</source>
      <translation>Bild auswählen</translation>
    </message>
    <message>
      <source>Change your exercise</source>
      <translation>Deine Übung ändern</translation>
    </message>
    <message>
      <source>New exercise</source>
      <translation>Neue Übung</translation>
    </message>
    <message>
      <source>Exercise name</source>
      <translation>Name der Übung</translation>
    </message>
    <message>
      <source>A short name, shown in routines and the player</source>
      <translation>Ein kurzer Name, der in Routinen und im Player erscheint</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Strength, stretch or warm-up</source>
      <translation>Kraft, Dehnung oder Aufwärmen</translation>
    </message>
    <message>
      <source>One instruction per line</source>
      <translation>Eine Anweisung pro Zeile</translation>
    </message>
    <message>
      <source>Instructions</source>
      <translation>Anleitung</translation>
    </message>
    <message>
      <source>How to do it, one step per line</source>
      <translation>Wie die Übung geht, ein Schritt pro Zeile</translation>
    </message>
    <message>
      <source>Done on each side</source>
      <translation>Wird auf jeder Seite gemacht</translation>
    </message>
    <message>
      <source>Per side</source>
      <translation>Pro Seite</translation>
    </message>
    <message>
      <source>Left, then right</source>
      <translation>Erst links, dann rechts</translation>
    </message>
    <message>
      <source>Usual mode</source>
      <translation>Üblicher Modus</translation>
    </message>
    <message>
      <source>Timed hold, repetitions, or a hold you end yourself</source>
      <translation>Halten auf Zeit, Wiederholungen oder Halten, das du selbst beendest</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>Usual duration</source>
      <translation>Übliche Dauer</translation>
    </message>
    <message>
      <source>How long one hold usually lasts</source>
      <translation>Wie lange einmal Halten üblicherweise dauert</translation>
    </message>
    <message>
      <source> reps</source>
      <translation> Wdh.</translation>
    </message>
    <message>
      <source>Usual repetitions</source>
      <translation>Übliche Wiederholungen</translation>
    </message>
    <message>
      <source>Repetitions in one set</source>
      <translation>Wiederholungen in einem Satz</translation>
    </message>
    <message>
      <source>C&amp;hoose picture…</source>
      <translation>Bild &amp;wählen…</translation>
    </message>
    <message>
      <source>Choose picture</source>
      <translation>Bild wählen</translation>
    </message>
    <message>
      <source>A PNG, JPEG, GIF or SVG of at most 2 MB</source>
      <translation>Ein PNG, JPEG, GIF oder SVG mit höchstens 2 MB</translation>
    </message>
    <message>
      <source>No pict&amp;ure</source>
      <translation>&amp;Kein Bild</translation>
    </message>
    <message>
      <source>Remove picture</source>
      <translation>Bild entfernen</translation>
    </message>
    <message>
      <source>Show no picture for this exercise</source>
      <translation>Für diese Übung kein Bild zeigen</translation>
    </message>
    <message>
      <source>Usual &amp;dose:</source>
      <translation>Übliche &amp;Dosis:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>A&amp;rt:</translation>
    </message>
    <message>
      <source>&amp;Instructions:</source>
      <translation>Anle&amp;itung:</translation>
    </message>
    <message>
      <source>Positions:</source>
      <translation>Positionen:</translation>
    </message>
    <message>
      <source>Picture:</source>
      <translation>Bild:</translation>
    </message>
    <message>
      <source>another name</source>
      <translation>ein anderer Name</translation>
    </message>
    <message>
      <source>To save, still needed: {items}</source>
      <translation>Zum Speichern fehlt noch: {items}</translation>
    </message>
    <message>
      <source>Save the exercise</source>
      <translation>Übung speichern</translation>
    </message>
  </context>
  <context>
    <name>data_folder_controller</name>
    <message>
      <source>No computer has written here yet.</source>
      <translation>Hier hat noch kein Computer etwas gespeichert.</translation>
    </message>
    <message>
      <source>The list of computers could not be read: {error}</source>
      <translation>Die Liste der Computer konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <source>{folder} is already the data folder in use. Nothing was changed.</source>
      <translation>{folder} ist bereits der verwendete Datenordner. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>{folder} is already the data folder chosen for the next start. Nothing was changed.</source>
      <translation>{folder} ist bereits als Datenordner für den nächsten Start gewählt. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>{folder} could not be used: {reason}.</source>
      <translation>{folder} konnte nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
      <source>{error} Nothing was changed.</source>
      <translation>{error} Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>Back to {folder}, the folder in use: no restart needed.</source>
      <translation>Zurück zu {folder}, dem verwendeten Ordner: Ein Neustart ist nicht nötig.</translation>
    </message>
    <message>
      <source>This computer's data was copied to {folder}. LBH Desktop uses that folder once it restarts.</source>
      <translation>Die Daten dieses Computers wurden nach {folder} kopiert. LBH Desktop verwendet diesen Ordner nach einem Neustart.</translation>
    </message>
  </context>
  <context>
    <name>data_folder_tab</name>
    <message>
      <source>To share your history and routines between computers, choose a folder inside one that Syncthing, Nextcloud or Dropbox keeps in sync, and choose the same folder on each computer. Each computer writes only its own files there, so none overwrites another's; the conflict copies those tools sometimes make are read and merged. The computers may run LBH Desktop at the same time. Settings such as sounds and breaks stay separate on each computer.</source>
      <translation>Um deinen Verlauf und deine Routinen zwischen Computern zu teilen, wähl einen Ordner innerhalb eines Ordners, den Syncthing, Nextcloud oder Dropbox synchron hält, und wähl auf jedem Computer denselben Ordner. Jeder Computer schreibt dort nur seine eigenen Dateien, sodass keiner die eines anderen überschreibt; die Konfliktkopien, die diese Programme manchmal anlegen, werden gelesen und zusammengeführt. Die Computer dürfen LBH Desktop gleichzeitig ausführen. Einstellungen wie Töne und Pausen bleiben auf jedem Computer getrennt.</translation>
    </message>
    <message>
      <source>Choosing a folder copies this computer's data there at once (OK and Cancel do not undo it); LBH Desktop uses the new folder after a restart.</source>
      <translation>Wenn du einen Ordner wählst, werden die Daten dieses Computers sofort dorthin kopiert (OK und Abbrechen machen das nicht rückgängig); LBH Desktop verwendet den neuen Ordner nach einem Neustart.</translation>
    </message>
    <message>
      <source>&amp;Copy the whole path</source>
      <translation>Ganzen Pfad &amp;kopieren</translation>
    </message>
    <message>
      <source>Data folder in use</source>
      <translation>Verwendeter Datenordner</translation>
    </message>
    <message>
      <source>Folder &amp;in use:</source>
      <translation>&amp;Verwendeter Ordner:</translation>
    </message>
    <message>
      <source>&amp;Choose folder…</source>
      <translation>Ordner &amp;wählen…</translation>
    </message>
    <message>
      <source>Choose folder</source>
      <translation>Ordner wählen</translation>
    </message>
    <message>
      <source>Use another folder, such as one inside a synced folder</source>
      <translation>Einen anderen Ordner verwenden, etwa einen innerhalb eines synchronisierten Ordners</translation>
    </message>
    <message>
      <source>&amp;Use the default folder</source>
      <translation>&amp;Standardordner verwenden</translation>
    </message>
    <message>
      <source>Use the default folder</source>
      <translation>Standardordner verwenden</translation>
    </message>
    <message>
      <source>Go back to the app's own folder</source>
      <translation>Zum eigenen Ordner der App zurückkehren</translation>
    </message>
    <message>
      <source>Data folder message</source>
      <translation>Meldung zum Datenordner</translation>
    </message>
    <message>
      <source>Restart &amp;now</source>
      <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
      <source>Restart now</source>
      <translation>Jetzt neu starten</translation>
    </message>
    <message>
      <source>Close LBH Desktop and start it again with the new folder</source>
      <translation>LBH Desktop schließen und mit dem neuen Ordner neu starten</translation>
    </message>
    <message>
      <source>Computers that use this folder</source>
      <translation>Computer, die diesen Ordner nutzen</translation>
    </message>
    <message>
      <source>Each computer that has written to this folder, and when it last did</source>
      <translation>Jeder Computer, der in diesen Ordner geschrieben hat, und wann zuletzt</translation>
    </message>
    <message>
      <source>Co&amp;mputers that use this folder:</source>
      <translation>&amp;Computer, die diesen Ordner nutzen:</translation>
    </message>
    <message>
      <source>Choose the data folder</source>
      <translation>Datenordner wählen</translation>
    </message>
  </context>
  <context>
    <name>devices</name>
    <message>
      <source>{name} (this computer)</source>
      <translation>{name} (dieser Computer)</translation>
    </message>
    <message>
      <source>nothing written yet</source>
      <translation>noch nichts gespeichert</translation>
    </message>
    <message>
      <source>last change today {time}</source>
      <translation>letzte Änderung heute um {time}</translation>
    </message>
    <message>
      <source>last change yesterday {time}</source>
      <translation>letzte Änderung gestern um {time}</translation>
    </message>
    <message>
      <source>last change {date}</source>
      <translation>letzte Änderung am {date}</translation>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n Einheit</numerusform>
        <numerusform>%n Einheiten</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>do_not_disturb</name>
    <message>
      <source>do not disturb is on</source>
      <translation>„Nicht stören“ ist an</translation>
    </message>
    <message>
      <source>a full-screen window</source>
      <translation>ein Vollbildfenster</translation>
    </message>
    <message>
      <source>the notification server's do not disturb</source>
      <translation>„Nicht stören“ des Benachrichtigungsdienstes</translation>
    </message>
    <message>
      <source>dunst's pause (dunstctl set-paused)</source>
      <translation>die Pause von dunst (dunstctl set-paused)</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation>{first} oder {second}</translation>
    </message>
    <message>
      <source>full-screen windows ({error})</source>
      <translation>Vollbildfenster ({error})</translation>
    </message>
    <message>
      <source>full-screen windows (X11)</source>
      <translation>Vollbildfenster (X11)</translation>
    </message>
    <message>
      <source>do not disturb (Qt D-Bus support is missing: {error})</source>
      <translation>„Nicht stören“ (die D-Bus-Unterstützung von Qt fehlt: {error})</translation>
    </message>
    <message>
      <source>do not disturb (no D-Bus session bus)</source>
      <translation>„Nicht stören“ (kein D-Bus-Sitzungsbus)</translation>
    </message>
    <message>
      <source>do not disturb ({flags})</source>
      <translation>„Nicht stören“ ({flags})</translation>
    </message>
    <message>
      <source>nothing on this desktop</source>
      <translation>nichts auf diesem Desktop</translation>
    </message>
    <message>
      <source>Follows {followed}.</source>
      <translation>Berücksichtigt {followed}.</translation>
    </message>
    <message>
      <source>Follows {followed}. Not available: {missing}.</source>
      <translation>Berücksichtigt {followed}. Nicht verfügbar: {missing}.</translation>
    </message>
  </context>
  <context>
    <name>editor_controller</name>
    <message>
      <source>Change mode</source>
      <translation>Modus ändern</translation>
    </message>
    <message>
      <source>Change seconds</source>
      <translation>Sekunden ändern</translation>
    </message>
    <message>
      <source>Change reps</source>
      <translation>Wiederholungen ändern</translation>
    </message>
    <message>
      <source>Change sets</source>
      <translation>Sätze ändern</translation>
    </message>
    <message>
      <source>Change rest between sets</source>
      <translation>Pause zwischen den Sätzen ändern</translation>
    </message>
    <message>
      <source>Change rest after</source>
      <translation>Pause danach ändern</translation>
    </message>
    <message>
      <source>Change per side</source>
      <translation>„Pro Seite“ ändern</translation>
    </message>
    <message>
      <source>Change variation</source>
      <translation>Variante ändern</translation>
    </message>
    <message>
      <source>Change name</source>
      <translation>Namen ändern</translation>
    </message>
    <message>
      <source>Change kind</source>
      <translation>Art ändern</translation>
    </message>
    <message>
      <source>Change level</source>
      <translation>Stufe ändern</translation>
    </message>
    <message>
      <source>Change description</source>
      <translation>Beschreibung ändern</translation>
    </message>
    <message>
      <source>New routine</source>
      <translation>Neue Routine</translation>
    </message>
    <message>
      <source>Edit routine</source>
      <translation>Routine bearbeiten</translation>
    </message>
    <message>
      <source>Can't save yet</source>
      <translation>Noch nicht speicherbar</translation>
    </message>
    <message>
      <source>Fix the marked problems first.</source>
      <translation>Behebe zuerst die markierten Probleme.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Nicht gespeichert</translation>
    </message>
    <message>
      <source>Add {name}</source>
      <translation>{name} hinzufügen</translation>
    </message>
    <message>
      <source>Use {name}</source>
      <translation>{name} verwenden</translation>
    </message>
    <message>
      <source>Remove step</source>
      <translation>Schritt entfernen</translation>
    </message>
    <message>
      <source>Move step</source>
      <translation>Schritt verschieben</translation>
    </message>
  </context>
  <context>
    <name>editor_dialogs</name>
    <message>
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <source>Save the changes to “{name}”?</source>
      <translation>Änderungen an „{name}“ speichern?</translation>
    </message>
    <message>
      <source>If you don't save, your changes are lost.</source>
      <translation>Wenn du nicht speicherst, gehen deine Änderungen verloren.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Discard changes</source>
      <translation>Änderungen verwerfen</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>Weiter bearbeiten</translation>
    </message>
    <message>
      <source>Delete “{name}”?</source>
      <translation>„{name}“ löschen?</translation>
    </message>
    <message>
      <source>Delete?</source>
      <translation>Löschen?</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Behalten</translation>
    </message>
  </context>
  <context>
    <name>editor_picker</name>
    <message>
      <source>your own</source>
      <translation>eigene Übung</translation>
    </message>
    <message>
      <source>a version of {name}</source>
      <translation>Variante von {name}</translation>
    </message>
  </context>
  <context>
    <name>editor_validation</name>
    <message>
      <source>Add at least one step.</source>
      <translation>Füg mindestens einen Schritt hinzu.</translation>
    </message>
    <message>
      <source>Unknown move “{id}”: pick another one.</source>
      <translation>Unbekannte Übung „{id}“: Wähl eine andere.</translation>
    </message>
    <message>
      <source>Do at least 1 repetition.</source>
      <translation>Mach mindestens 1 Wiederholung.</translation>
    </message>
    <message>
      <source>A hold must last at least 1 second.</source>
      <translation>Das Halten muss mindestens 1 Sekunde dauern.</translation>
    </message>
    <message>
      <source>A hold of {time} is unusually long.</source>
      <translation>Eine Haltezeit von {time} ist ungewöhnlich lang.</translation>
    </message>
    <message>
      <source>Do at least 1 set.</source>
      <translation>Mach mindestens 1 Satz.</translation>
    </message>
    <message>
      <source>A rest can't be negative.</source>
      <translation>Eine Pause kann nicht negativ sein.</translation>
    </message>
    <message>
      <source>A rest of {time} is unusually long.</source>
      <translation>Eine Pause von {time} ist ungewöhnlich lang.</translation>
    </message>
    <message>
      <source>Fix the marked problems to save.</source>
      <translation>Behebe die markierten Probleme, um zu speichern.</translation>
    </message>
    <message>
      <source>Unsaved changes.</source>
      <translation>Ungespeicherte Änderungen.</translation>
    </message>
    <message>
      <source>No changes yet.</source>
      <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
      <source>Give the routine a name.</source>
      <translation>Gib der Routine einen Namen.</translation>
    </message>
    <message numerus="yes">
      <source>Use at most %n character(s) for the name.</source>
      <translation>
        <numerusform>Der Name darf höchstens %n Zeichen lang sein.</numerusform>
        <numerusform>Der Name darf höchstens %n Zeichen lang sein.</numerusform>
      </translation>
    </message>
    <message>
      <source>A routine called “{name}” already exists.</source>
      <translation>Es gibt schon eine Routine namens „{name}“.</translation>
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
        <numerusform>%n Satz ist mehr als üblich (bei den meisten Übungen sind es 1–3).</numerusform>
        <numerusform>%n Sätze sind mehr als üblich (bei den meisten Übungen sind es 1–3).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n repetition(s) is a lot; is that right?</source>
      <translation>
        <numerusform>%n Wiederholung – das ist viel. Stimmt das?</numerusform>
        <numerusform>%n Wiederholungen – das ist viel. Stimmt das?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>editor_view</name>
    <message>
      <source>Routine name</source>
      <translation>Name der Routine</translation>
    </message>
    <message>
      <source>The routine's name, as the library shows it</source>
      <translation>Der Name der Routine, wie ihn die Bibliothek zeigt</translation>
    </message>
    <message>
      <source>Routine kind</source>
      <translation>Art der Routine</translation>
    </message>
    <message>
      <source>Strength, stretch, warm-up or desk break</source>
      <translation>Kraft, Dehnung, Aufwärmen oder Schreibtischpause</translation>
    </message>
    <message>
      <source>Routine level</source>
      <translation>Stufe der Routine</translation>
    </message>
    <message>
      <source>Who the routine is for</source>
      <translation>Für wen die Routine gedacht ist</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <source>A line about the routine (optional)</source>
      <translation>Eine Zeile zur Routine (optional)</translation>
    </message>
    <message>
      <source>Total duration</source>
      <translation>Gesamtdauer</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Schritte</translation>
    </message>
    <message>
      <source>Drag to reorder, or Alt+Up / Alt+Down; Delete removes</source>
      <translation>Zum Umsortieren ziehen oder Alt+Up / Alt+Down; Delete entfernt</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <source>Remove the selected step (Delete)</source>
      <translation>Den ausgewählten Schritt entfernen (Delete)</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Nach oben</translation>
    </message>
    <message>
      <source>Move the selected step up (Alt+Up)</source>
      <translation>Den ausgewählten Schritt nach oben schieben (Alt+Up)</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <source>Move the selected step down (Alt+Down)</source>
      <translation>Den ausgewählten Schritt nach unten schieben (Alt+Down)</translation>
    </message>
    <message>
      <source>Add &amp;moves…</source>
      <translation>Übun&amp;gen hinzufügen…</translation>
    </message>
    <message>
      <source>Find moves to add (Ctrl+F)</source>
      <translation>Übungen zum Hinzufügen suchen (Ctrl+F)</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <source>Add moves</source>
      <translation>Übungen hinzufügen</translation>
    </message>
    <message>
      <source>Step details and moves</source>
      <translation>Schrittdetails und Übungen</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Undo the last change (Ctrl+Z)</source>
      <translation>Die letzte Änderung rückgängig machen (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>Redo what was undone (Ctrl+Shift+Z)</source>
      <translation>Rückgängig Gemachtes wiederherstellen (Ctrl+Shift+Z)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Back to the routines; asks about unsaved changes</source>
      <translation>Zurück zu den Routinen; fragt bei ungespeicherten Änderungen nach</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <source>Save the routine and go back to the routines (Ctrl+S)</source>
      <translation>Die Routine speichern und zu den Routinen zurückkehren (Ctrl+S)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Art:</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>St&amp;ufe:</translation>
    </message>
    <message>
      <source>Description:</source>
      <translation>Beschreibung:</translation>
    </message>
    <message>
      <source>S&amp;teps:</source>
      <translation>Schri&amp;tte:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Move step up</source>
      <translation>Schritt nach oben</translation>
    </message>
    <message>
      <source>Move step down</source>
      <translation>Schritt nach unten</translation>
    </message>
    <message>
      <source>Find moves</source>
      <translation>Übungen suchen</translation>
    </message>
    <message>
      <source>Change move</source>
      <translation>Übung wechseln</translation>
    </message>
    <message>
      <source>Remove step</source>
      <translation>Schritt entfernen</translation>
    </message>
  </context>
  <context>
    <name>editor_wiring</name>
    <message>
      <source>Read-only routine</source>
      <translation>Schreibgeschützte Routine</translation>
    </message>
    <message>
      <source>Built-in routines can't be changed. Duplicate it (Ctrl+D) and change the copy.</source>
      <translation>Eingebaute Routinen lassen sich nicht ändern. Dupliziere sie (Ctrl+D) und ändere die Kopie.</translation>
    </message>
    <message>
      <source>Not duplicated</source>
      <translation>Nicht dupliziert</translation>
    </message>
    <message>
      <source>“Restore built-ins” brings it back.</source>
      <translation>Mit „Eingebaute Routinen wiederherstellen“ holst du sie zurück.</translation>
    </message>
    <message>
      <source>This can't be undone. Sessions you did with it stay in your history.</source>
      <translation>Das lässt sich nicht rückgängig machen. Einheiten, die du damit gemacht hast, bleiben in deinem Verlauf.</translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>Nicht gelöscht</translation>
    </message>
    <message>
      <source>Not restored</source>
      <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
      <source>Restored: {names}. Your own routines were not changed.</source>
      <translation>Wiederhergestellt: {names}. Deine eigenen Routinen wurden nicht verändert.</translation>
    </message>
    <message>
      <source>All built-in routines are already there, unchanged.</source>
      <translation>Alle eingebauten Routinen sind schon unverändert vorhanden.</translation>
    </message>
    <message>
      <source>Restore built-ins</source>
      <translation>Eingebaute Routinen wiederherstellen</translation>
    </message>
  </context>
  <context>
    <name>empty_library</name>
    <message>
      <source>Show the routines of every kind</source>
      <translation>Die Routinen aller Arten zeigen</translation>
    </message>
    <message>
      <source>Open the editor on a new routine (Ctrl+N)</source>
      <translation>Den Editor mit einer neuen Routine öffnen (Ctrl+N)</translation>
    </message>
  </context>
  <context>
    <name>exercise_picker</name>
    <message>
      <source>Search moves</source>
      <translation>Übungen suchen</translation>
    </message>
    <message>
      <source>Words from a move's name, description or muscles (Ctrl+F)</source>
      <translation>Wörter aus Name, Beschreibung oder Muskeln einer Übung (Ctrl+F)</translation>
    </message>
    <message>
      <source>Filter by kind</source>
      <translation>Nach Art filtern</translation>
    </message>
    <message>
      <source>Only strength, stretch or warm-up moves</source>
      <translation>Nur Kraft-, Dehn- oder Aufwärmübungen</translation>
    </message>
    <message>
      <source>Any kind</source>
      <translation>Alle Arten</translation>
    </message>
    <message>
      <source>Filter by position</source>
      <translation>Nach Position filtern</translation>
    </message>
    <message>
      <source>Only moves done in this position</source>
      <translation>Nur Übungen in dieser Position</translation>
    </message>
    <message>
      <source>Any position</source>
      <translation>Alle Positionen</translation>
    </message>
    <message>
      <source>Filter by muscles</source>
      <translation>Nach Muskeln filtern</translation>
    </message>
    <message>
      <source>Only moves that work these muscles</source>
      <translation>Nur Übungen, die diese Muskeln trainieren</translation>
    </message>
    <message>
      <source>Any muscles</source>
      <translation>Alle Muskeln</translation>
    </message>
    <message>
      <source>Filter by equipment</source>
      <translation>Nach Hilfsmitteln filtern</translation>
    </message>
    <message>
      <source>Only moves that use this</source>
      <translation>Nur Übungen mit diesem Hilfsmittel</translation>
    </message>
    <message>
      <source>Any equipment</source>
      <translation>Alle Hilfsmittel</translation>
    </message>
    <message>
      <source>Moves</source>
      <translation>Übungen</translation>
    </message>
    <message>
      <source>Moves that match the filters; Enter adds the chosen one</source>
      <translation>Übungen, die zu den Filtern passen; Enter fügt die gewählte hinzu</translation>
    </message>
    <message>
      <source>&amp;Add step</source>
      <translation>Schritt hin&amp;zufügen</translation>
    </message>
    <message>
      <source>Add the chosen move after the selected step (Enter)</source>
      <translation>Die gewählte Übung nach dem ausgewählten Schritt hinzufügen (Enter)</translation>
    </message>
    <message>
      <source>&amp;Use in step</source>
      <translation>Im Schritt &amp;verwenden</translation>
    </message>
    <message>
      <source>Use the chosen move in the selected step</source>
      <translation>Die gewählte Übung im ausgewählten Schritt verwenden</translation>
    </message>
    <message>
      <source>Ne&amp;w exercise…</source>
      <translation>Neue &amp;Übung…</translation>
    </message>
    <message>
      <source>Make your own exercise</source>
      <translation>Eine eigene Übung erstellen</translation>
    </message>
    <message>
      <source>Chan&amp;ge exercise…</source>
      <translation>Übung &amp;ändern…</translation>
    </message>
    <message>
      <source>Change one of your own exercises</source>
      <translation>Eine deiner eigenen Übungen ändern</translation>
    </message>
    <message>
      <source>Delete e&amp;xercise</source>
      <translation>Übung &amp;löschen</translation>
    </message>
    <message>
      <source>Delete one of your own exercises</source>
      <translation>Eine deiner eigenen Übungen löschen</translation>
    </message>
    <message>
      <source>Fin&amp;d:</source>
      <translation>Su&amp;chen:</translation>
    </message>
    <message>
      <source>No equipment</source>
      <translation>Ohne Hilfsmittel</translation>
    </message>
    <message>
      <source>No move matches.</source>
      <translation>Keine Übung passt.</translation>
    </message>
    <message numerus="yes">
      <source>%n move(s)</source>
      <translation>
        <numerusform>%n Übung</numerusform>
        <numerusform>%n Übungen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>file_loading</name>
    <message>
      <source>{file} was restored from the backup of {date}.</source>
      <translation>{file} wurde aus der Sicherung vom {date} wiederhergestellt.</translation>
    </message>
    <message>
      <source>A file another computer wrote could not be used and was skipped: {path} ({reason}). That computer will write it again.</source>
      <translation>Eine Datei, die ein anderer Computer geschrieben hat, konnte nicht verwendet werden und wurde übersprungen: {path} ({reason}). Dieser Computer schreibt sie erneut.</translation>
    </message>
    <message>
      <source>Your file {path} could not be used ({reason}) or moved aside ({error}).</source>
      <translation>Deine Datei {path} konnte weder verwendet ({reason}) noch beiseitegelegt werden ({error}).</translation>
    </message>
    <message>
      <source>Your history file could not be used: {file} ({reason}). It was moved to {path} so nothing is lost; the rest of your history is shown.</source>
      <translation>Deine Verlaufsdatei konnte nicht verwendet werden: {file} ({reason}). Sie wurde nach {path} verschoben, damit nichts verloren geht; der Rest deines Verlaufs wird angezeigt.</translation>
    </message>
  </context>
  <context>
    <name>folder_move</name>
    <message>
      <source>{folder} can't be used as the data folder: {problem}.</source>
      <translation>{folder} kann nicht als Datenordner verwendet werden: {problem}.</translation>
    </message>
    <message>
      <source>Your data could not be copied to {folder}: {error}.</source>
      <translation>Deine Daten konnten nicht nach {folder} kopiert werden: {error}.</translation>
    </message>
    <message>
      <source>it does not exist</source>
      <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
      <source>it is a file, not a folder</source>
      <translation>das ist eine Datei, kein Ordner</translation>
    </message>
    <message>
      <source>LBH Desktop is not allowed to write there</source>
      <translation>LBH Desktop darf dort nicht schreiben</translation>
    </message>
  </context>
  <context>
    <name>folder_state</name>
    <message>
      <source>The history of {computer} was written by a newer LBH Desktop and is not shown. Install the newer version here too to see it.</source>
      <translation>Der Verlauf von {computer} wurde von einer neueren Version von LBH Desktop geschrieben und wird nicht angezeigt. Installiere die neuere Version auch hier, um ihn zu sehen.</translation>
    </message>
  </context>
  <context>
    <name>history_store</name>
    <message>
      <source>A session in {path} could not be read and is left out ({error}); the file keeps it.</source>
      <translation>Eine Einheit in {path} konnte nicht gelesen werden und wird ausgelassen ({error}); in der Datei bleibt sie erhalten.</translation>
    </message>
  </context>
  <context>
    <name>hold_chart</name>
    <message>
      <source>best {best} s, average {average} s</source>
      <translation>beste {best} s, im Schnitt {average} s</translation>
    </message>
    <message>
      <source>left best {best} s, average {average} s</source>
      <translation>links: beste {best} s, im Schnitt {average} s</translation>
    </message>
    <message>
      <source>right best {best} s, average {average} s</source>
      <translation>rechts: beste {best} s, im Schnitt {average} s</translation>
    </message>
    <message>
      <source>Best</source>
      <translation>Bestwert</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>Durchschnitt</translation>
    </message>
    <message>
      <source>Left best</source>
      <translation>Bestwert links</translation>
    </message>
    <message>
      <source>Left average</source>
      <translation>Durchschnitt links</translation>
    </message>
    <message>
      <source>Right best</source>
      <translation>Bestwert rechts</translation>
    </message>
    <message>
      <source>Right average</source>
      <translation>Durchschnitt rechts</translation>
    </message>
    <message>
      <source>{week}: {holds}</source>
      <translation>{week}: {holds}</translation>
    </message>
    <message>
      <source>Your timed holds: the longest and the average hold each week.</source>
      <translation>Deine gemessenen Haltezeiten: die längste und die durchschnittliche pro Woche.</translation>
    </message>
    <message>
      <source>Exercise</source>
      <translation>Übung</translation>
    </message>
    <message>
      <source>The timed hold to chart</source>
      <translation>Die gemessene Halteübung, die das Diagramm zeigt</translation>
    </message>
    <message>
      <source>&amp;Exercise:</source>
      <translation>Übun&amp;g:</translation>
    </message>
    <message>
      <source>Seconds</source>
      <translation>Sekunden</translation>
    </message>
    <message>
      <source>Holds chart</source>
      <translation>Haltezeitdiagramm</translation>
    </message>
    <message>
      <source>No timed holds yet. Planks and stretches you hold on a timer show up here.</source>
      <translation>Noch keine gemessenen Haltezeiten. Stütze und Dehnungen, die du auf Zeit hältst, erscheinen hier.</translation>
    </message>
    <message>
      <source>No holds of {exercise} in these weeks. Try a longer range.</source>
      <translation>Keine Haltezeiten für {exercise} in diesen Wochen. Wähl einen längeren Zeitraum.</translation>
    </message>
    <message>
      <source>{week}: no holds</source>
      <translation>{week}: keine Haltezeiten</translation>
    </message>
  </context>
  <context>
    <name>hold_progress</name>
    <message>
      <source>Right side holds {percent} % shorter than left</source>
      <translation>Rechte Seite: Haltezeiten {percent} % kürzer als links</translation>
    </message>
    <message>
      <source>Left side holds {percent} % shorter than right</source>
      <translation>Linke Seite: Haltezeiten {percent} % kürzer als rechts</translation>
    </message>
  </context>
  <context>
    <name>i18n</name>
    <message>
      <source>yes</source>
      <comment>Answer yes or no: inside a sentence, does a move's name start with a small letter in your language? (English, Spanish, French: yes; German: no)</comment>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>idle</name>
    <message>
      <source>No idle detection: {reason} — breaks use plain time.</source>
      <translation>Keine Erkennung von Inaktivität: {reason} – die Pausen richten sich nach der verstrichenen Zeit.</translation>
    </message>
    <message>
      <source>Idle time from {source}.</source>
      <translation>Zeit ohne Aktivität wird über {source} erkannt.</translation>
    </message>
  </context>
  <context>
    <name>import_dialogs</name>
    <message numerus="yes">
      <source>…and %n more problem(s).</source>
      <translation>
        <numerusform>…und %n weiteres Problem.</numerusform>
        <numerusform>…und %n weitere Probleme.</numerusform>
      </translation>
    </message>
    <message>
      <source>Routines not imported</source>
      <translation>Routinen nicht importiert</translation>
    </message>
    <message>
      <source>“{name}” cannot be imported</source>
      <translation>„{name}“ kann nicht importiert werden</translation>
    </message>
    <message>
      <source>Problems found in the file</source>
      <translation>Probleme in der Datei</translation>
    </message>
    <message>
      <source>Every problem found in the file, one per line</source>
      <translation>Alle in der Datei gefundenen Probleme, eines pro Zeile</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Close this message; nothing was imported</source>
      <translation>Diese Meldung schließen; es wurde nichts importiert</translation>
    </message>
    <message>
      <source>A routine with this name exists</source>
      <translation>Eine Routine mit diesem Namen gibt es schon</translation>
    </message>
    <message>
      <source>You already have a routine called “{name}”.</source>
      <translation>Du hast schon eine Routine namens „{name}“.</translation>
    </message>
    <message>
      <source>Rename keeps both and imports the new one as “{new_name}”. Replace swaps your routine for the imported one; your history stays.</source>
      <translation>„Umbenennen“ behält beide und importiert die neue als „{new_name}“. „Meine ersetzen“ tauscht deine Routine gegen die importierte aus; dein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in routine, which cannot be replaced. Rename keeps both and imports the new one as “{new_name}”.</source>
      <translation>„{name}“ ist eine eingebaute Routine und kann nicht ersetzt werden. „Umbenennen“ behält beide und importiert die neue als „{new_name}“.</translation>
    </message>
    <message>
      <source>&amp;Rename (keep both)</source>
      <translation>&amp;Umbenennen (beide behalten)</translation>
    </message>
    <message>
      <source>Import it as “{new_name}”, keeping yours</source>
      <translation>Als „{new_name}“ importieren und deine behalten</translation>
    </message>
    <message>
      <source>Re&amp;place mine</source>
      <translation>Meine &amp;ersetzen</translation>
    </message>
    <message>
      <source>Replace your “{name}” with the imported routine</source>
      <translation>Deine Routine „{name}“ durch die importierte ersetzen</translation>
    </message>
    <message>
      <source>&amp;Cancel import</source>
      <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
      <source>Import nothing</source>
      <translation>Nichts importieren</translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) found; nothing was changed. Each line names the place in the file (routines[0].steps[2] is the third step of the first routine) and what is wrong there.</source>
      <translation>
        <numerusform>%n Problem gefunden; es wurde nichts geändert. Jede Zeile nennt die Stelle in der Datei (routines[0].steps[2] ist der dritte Schritt der ersten Routine) und was dort nicht stimmt.</numerusform>
        <numerusform>%n Probleme gefunden; es wurde nichts geändert. Jede Zeile nennt die Stelle in der Datei (routines[0].steps[2] ist der dritte Schritt der ersten Routine) und was dort nicht stimmt.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>import_export_controller</name>
    <message>
      <source>LBH Desktop routines (*.json);;All files (*)</source>
      <translation>LBH-Desktop-Routinen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>this is not a regular file</source>
      <translation>das ist keine normale Datei</translation>
    </message>
    <message>
      <source>the file could not be read ({reason})</source>
      <translation>die Datei konnte nicht gelesen werden ({reason})</translation>
    </message>
    <message>
      <source>Import routines</source>
      <translation>Routinen importieren</translation>
    </message>
    <message>
      <source>Export routine</source>
      <translation>Routine exportieren</translation>
    </message>
    <message>
      <source>Nothing imported from {name}.</source>
      <translation>Aus {name} wurde nichts importiert.</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was changed.</source>
      <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>Import not saved</source>
      <translation>Import nicht gespeichert</translation>
    </message>
    <message>
      <source>Select a routine in the library to export it.</source>
      <translation>Wähl in der Bibliothek eine Routine aus, um sie zu exportieren.</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <source>The routine could not be saved to {path}: {reason}.</source>
      <translation>Die Routine konnte nicht unter {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
      <source>Exported “{name}” to {path}</source>
      <translation>„{name}“ nach {path} exportiert</translation>
    </message>
  </context>
  <context>
    <name>import_export_wiring</name>
    <message>
      <source>Export routine…</source>
      <translation>Routine exportieren…</translation>
    </message>
    <message>
      <source>Save the selected routine to a file you can share or import</source>
      <translation>Die ausgewählte Routine in einer Datei speichern, die du teilen oder importieren kannst</translation>
    </message>
  </context>
  <context>
    <name>import_plan</name>
    <message>
      <source>“{name}”</source>
      <translation>„{name}“</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n routine(s): {names}.</source>
      <translation>
        <numerusform>%n Routine importiert: {names}.</numerusform>
        <numerusform>%n Routinen importiert: {names}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Added %n custom exercise(s).</source>
      <translation>
        <numerusform>%n eigene Übung hinzugefügt.</numerusform>
        <numerusform>%n eigene Übungen hinzugefügt.</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}” was imported as “{new_name}”.</source>
      <translation>„{name}“ wurde als „{new_name}“ importiert.</translation>
    </message>
    <message>
      <source>The exercise “{name}” was added as a separate copy.</source>
      <translation>Die Übung „{name}“ wurde als eigene Kopie hinzugefügt.</translation>
    </message>
    <message>
      <source>The exercise “{name}” was added as “{new_name}”.</source>
      <translation>Die Übung „{name}“ wurde als „{new_name}“ hinzugefügt.</translation>
    </message>
  </context>
  <context>
    <name>import_problems</name>
    <message>
      <source>a whole number</source>
      <translation>eine ganze Zahl</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>eine Zahl</translation>
    </message>
    <message>
      <source>text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>true oder false</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>eine Liste</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>ein Objekt</translation>
    </message>
    <message>
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <source>must be "lbh-desktop-routines" (this is not an LBH Desktop routine file)</source>
      <translation>muss "lbh-desktop-routines" sein (das ist keine Routinendatei von LBH Desktop)</translation>
    </message>
    <message>
      <source>must be a whole number when mode is "reps"</source>
      <translation>muss eine ganze Zahl sein, wenn mode "reps" ist</translation>
    </message>
    <message>
      <source>must be a whole number when mode is "timed" or "open"</source>
      <translation>muss eine ganze Zahl sein, wenn mode "timed" oder "open" ist</translation>
    </message>
    <message>
      <source>must be lower-case letters and digits joined by hyphens, e.g. "my-routine-2"</source>
      <translation>muss aus Kleinbuchstaben und Ziffern bestehen, die durch Bindestriche verbunden sind, z. B. "my-routine-2"</translation>
    </message>
    <message>
      <source>must not be blank</source>
      <translation>darf nicht leer sein oder nur aus Leerzeichen bestehen</translation>
    </message>
    <message>
      <source>must not contain HTML or other markup such as &lt;b&gt;</source>
      <translation>darf kein HTML oder anderes Markup wie &lt;b&gt; enthalten</translation>
    </message>
    <message>
      <source>must not contain control characters</source>
      <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
      <source>must not contain control characters such as line breaks or tabs</source>
      <translation>darf keine Steuerzeichen wie Zeilenumbrüche oder Tabulatoren enthalten</translation>
    </message>
    <message>
      <source>must start with "custom-": only your own exercises travel in a file</source>
      <translation>muss mit "custom-" beginnen: Nur deine eigenen Übungen können in einer Datei weitergegeben werden</translation>
    </message>
    <message>
      <source>only version 1 can be read by this LBH Desktop</source>
      <translation>diese Version von LBH Desktop kann nur Version 1 lesen</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>fehlt</translation>
    </message>
    <message>
      <source>unknown field</source>
      <translation>unbekanntes Feld</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation>{first} oder {second}</translation>
    </message>
    <message>
      <source>must be {kind}</source>
      <translation>muss {kind} sein</translation>
    </message>
    <message>
      <source>must be one of {options}, not {value}</source>
      <translation>muss einer der Werte {options} sein, nicht {value}</translation>
    </message>
    <message>
      <source>must be {value}</source>
      <translation>muss {value} sein</translation>
    </message>
    <message>
      <source>must be ≥ {value}</source>
      <translation>muss ≥ {value} sein</translation>
    </message>
    <message>
      <source>must be &gt; {value}</source>
      <translation>muss &gt; {value} sein</translation>
    </message>
    <message>
      <source>must be ≤ {value}</source>
      <translation>muss ≤ {value} sein</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>darf nicht leer sein</translation>
    </message>
    <message numerus="yes">
      <source>must be at least %n character(s) long</source>
      <translation>
        <numerusform>muss mindestens %n Zeichen lang sein</numerusform>
        <numerusform>muss mindestens %n Zeichen lang sein</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>must be at most %n character(s) long</source>
      <translation>
        <numerusform>darf höchstens %n Zeichen lang sein</numerusform>
        <numerusform>darf höchstens %n Zeichen lang sein</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>must have at least %n item(s)</source>
      <translation>
        <numerusform>muss mindestens %n Eintrag haben</numerusform>
        <numerusform>muss mindestens %n Einträge haben</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>must have at most %n item(s), not {count}</source>
      <translation>
        <numerusform>darf höchstens %n Eintrag haben, nicht {count}</numerusform>
        <numerusform>darf höchstens %n Einträge haben, nicht {count}</numerusform>
      </translation>
    </message>
    <message>
      <source>must not list the same value twice</source>
      <translation>darf denselben Wert nicht zweimal enthalten</translation>
    </message>
    <message>
      <source>is not valid ({rule})</source>
      <translation>ist ungültig ({rule})</translation>
    </message>
  </context>
  <context>
    <name>levels</name>
    <message>
      <source>Easier</source>
      <translation>Leichter</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>Harder</source>
      <translation>Schwerer</translation>
    </message>
    <message>
      <source>{version} — you chose this after This hurts on {day}</source>
      <translation>{version} – du hast sie am {day} nach „Das tut weh“ gewählt</translation>
    </message>
    <message>
      <source>{version} — you chose this after This hurts on {day}. {usual} offered again from {offer_day}</source>
      <translation>{version} – du hast sie am {day} nach „Das tut weh“ gewählt. Ab {offer_day} wird wieder „{usual}“ angeboten</translation>
    </message>
  </context>
  <context>
    <name>library</name>
    <message>
      <source>Strength</source>
      <translation>Kraft</translation>
    </message>
    <message>
      <source>Stretch</source>
      <translation>Dehnung</translation>
    </message>
    <message>
      <source>Warm-up</source>
      <translation>Aufwärmen</translation>
    </message>
    <message>
      <source>Desk break</source>
      <translation>Schreibtischpause</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>Boden</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Stuhl</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>Im Stehen</translation>
    </message>
    <message>
      <source>Beginner</source>
      <translation>Einsteiger</translation>
    </message>
    <message>
      <source>Intermediate</source>
      <translation>Mittelstufe</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Fortgeschrittene</translation>
    </message>
    <message>
      <source>{dose} each side</source>
      <translation>{dose} pro Seite</translation>
    </message>
    <message>
      <source>{dose} each leg</source>
      <translation>{dose} pro Bein</translation>
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
      <translation>nie</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>heute</translation>
    </message>
    <message>
      <source>Yesterday</source>
      <translation>gestern</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>vor %n Tag</numerusform>
        <numerusform>vor %n Tagen</numerusform>
      </translation>
    </message>
    <message>
      <source>Last done: {when}</source>
      <translation>Zuletzt gemacht: {when}</translation>
    </message>
    <message>
      <source>Last done: {when} (tried today)</source>
      <translation>Zuletzt gemacht: {when} (heute versucht)</translation>
    </message>
    <message>
      <source>Last done: {when} (tried yesterday)</source>
      <translation>Zuletzt gemacht: {when} (gestern versucht)</translation>
    </message>
    <message>
      <source>Last done: {when} (tried {tried})</source>
      <translation>Zuletzt gemacht: {when} (versucht: {tried})</translation>
    </message>
    <message>
      <source>hold, aim {seconds} s</source>
      <translation>halten, Ziel {seconds} s</translation>
    </message>
    <message>
      <source>Unknown move ({id})</source>
      <translation>Unbekannte Übung ({id})</translation>
    </message>
    <message>
      <source>{name} (easier {main})</source>
      <translation>{name} (leichter als {main})</translation>
    </message>
    <message>
      <source>{name} (harder {main})</source>
      <translation>{name} (schwerer als {main})</translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s)</source>
      <translation>
        <numerusform>%n Wiederholung</numerusform>
        <numerusform>%n Wiederholungen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>library_controller</name>
    <message>
      <source>All routines</source>
      <translation>Alle Routinen</translation>
    </message>
    <message>
      <source>{last_done}. Sessions count toward Progress once at least half is done.</source>
      <translation>{last_done}. Einheiten zählen im Fortschritt, sobald mindestens die Hälfte geschafft ist.</translation>
    </message>
  </context>
  <context>
    <name>library_view</name>
    <message>
      <source>Filter routines by kind</source>
      <translation>Routinen nach Art filtern</translation>
    </message>
    <message>
      <source>Show all routines, or only strength, stretch or desk ones</source>
      <translation>Alle Routinen zeigen oder nur Kraft-, Dehn- oder Schreibtischroutinen</translation>
    </message>
    <message>
      <source>Start routine</source>
      <translation>Routine starten</translation>
    </message>
    <message>
      <source>Open this routine in the player (Enter)</source>
      <translation>Diese Routine im Player öffnen (Enter)</translation>
    </message>
    <message>
      <source>Routines</source>
      <translation>Routinen</translation>
    </message>
    <message>
      <source>Choose a routine with the arrow keys; Enter starts it</source>
      <translation>Wähl eine Routine mit den Pfeiltasten; Enter startet sie</translation>
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <source>Play this routine easier (easier moves, holds and reps ×0.75), standard, or harder (harder moves, ×1.25). Remembered for each routine.</source>
      <translation>Diese Routine leichter (leichtere Übungen, Haltezeiten und Wiederholungen ×0,75), im Standard oder schwerer (schwerere Übungen, ×1,25) üben. Wird für jede Routine gemerkt.</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>&amp;Stufe:</translation>
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <source>&amp;Routines</source>
      <translation>&amp;Routinen</translation>
    </message>
    <message>
      <source>Your routines (Ctrl+1)</source>
      <translation>Deine Routinen (Ctrl+1)</translation>
    </message>
    <message>
      <source>&amp;Progress</source>
      <translation>&amp;Fortschritt</translation>
    </message>
    <message>
      <source>Your weeks of practice (Ctrl+2)</source>
      <translation>Deine Trainingswochen (Ctrl+2)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Import routines…</source>
      <translation>Routinen &amp;importieren…</translation>
    </message>
    <message>
      <source>&amp;Export routine…</source>
      <translation>Routine &amp;exportieren…</translation>
    </message>
    <message>
      <source>Export &amp;history as CSV…</source>
      <translation>&amp;Verlauf als CSV exportieren…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Preferences (Ctrl+,)</source>
      <translation>Einstellungen (Ctrl+,)</translation>
    </message>
    <message>
      <source>&amp;Breaks</source>
      <translation>&amp;Pausen</translation>
    </message>
    <message>
      <source>Break &amp;settings…</source>
      <translation>Pausen&amp;einstellungen…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;Safety notice…</source>
      <translation>&amp;Sicherheitshinweis…</translation>
    </message>
    <message>
      <source>&amp;About LBH Desktop</source>
      <translation>Ü&amp;ber LBH Desktop</translation>
    </message>
    <message>
      <source>Break reminders</source>
      <translation>Pausenerinnerungen</translation>
    </message>
    <message>
      <source>Saving problem</source>
      <translation>Problem beim Speichern</translation>
    </message>
  </context>
  <context>
    <name>mat_mode_view</name>
    <message>
      <source>Space start/pause · → skip · ← back · Enter done · Esc or F11 leave mat mode</source>
      <translation>Space Start/Anhalten · → Überspringen · ← Zurück · Enter Fertig · Esc oder F11 Mattenmodus verlassen</translation>
    </message>
    <message>
      <source>LBH Desktop — mat mode</source>
      <translation>LBH Desktop – Mattenmodus</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Leave mat mode</source>
      <translation>Mattenmodus verlassen</translation>
    </message>
    <message>
      <source>Start, pause or resume (Space)</source>
      <translation>Starten, anhalten oder fortsetzen (Space)</translation>
    </message>
    <message>
      <source>Back to the normal player; the routine keeps going (Esc)</source>
      <translation>Zurück zum normalen Player; die Routine läuft weiter (Esc)</translation>
    </message>
  </context>
  <context>
    <name>migrations</name>
    <message>
      <source>This data file was written by a newer LBH Desktop (schema {found}; this version reads up to {supported}). Install the newer LBH Desktop again to use it.</source>
      <translation>Diese Datendatei wurde von einer neueren Version von LBH Desktop geschrieben (Schema {found}; diese Version liest bis {supported}). Installiere wieder die neuere Version von LBH Desktop, um sie zu verwenden.</translation>
    </message>
    <message>
      <source>The file {path} was not changed.</source>
      <translation>Die Datei {path} wurde nicht verändert.</translation>
    </message>
    <message>
      <source>its schema version {version} is not a whole number</source>
      <translation>ihre Schemaversion {version} ist keine ganze Zahl</translation>
    </message>
    <message>
      <source>its {table} table is missing</source>
      <translation>ihre Tabelle {table} fehlt</translation>
    </message>
    <message numerus="yes">
      <source>the {table} table has %n record(s) instead of one</source>
      <translation>
        <numerusform>die Tabelle {table} hat %n Datensatz statt genau einem</numerusform>
        <numerusform>die Tabelle {table} hat %n Datensätze statt einem</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>mini_window</name>
    <message>
      <source>LBH Desktop — breaks</source>
      <translation>LBH Desktop – Pausen</translation>
    </message>
    <message>
      <source>Your desktop has no system tray, so this small window keeps the reminders running while the main window is closed.</source>
      <translation>Dein Desktop hat keinen Infobereich, deshalb hält dieses kleine Fenster die Erinnerungen am Laufen, während das Hauptfenster geschlossen ist.</translation>
    </message>
    <message>
      <source>Start a break now</source>
      <translation>Pause jetzt starten</translation>
    </message>
    <message>
      <source>Snooze</source>
      <translation>Später erinnern</translation>
    </message>
    <message>
      <source>Only while a reminder is due</source>
      <translation>Nur, wenn eine Erinnerung fällig ist</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausieren</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <source>Quiet mode</source>
      <translation>Ruhemodus</translation>
    </message>
    <message>
      <source>Open LBH Desktop</source>
      <translation>LBH Desktop öffnen</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Einstellungen…</translation>
    </message>
    <message>
      <source>Break settings: interval, working hours, routine</source>
      <translation>Pauseneinstellungen: Abstand, Arbeitszeit, Routine</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Quiet until {time}</source>
      <translation>Ruhemodus bis {time}</translation>
    </message>
  </context>
  <context>
    <name>models</name>
    <message>
      <source>missing</source>
      <translation>fehlt</translation>
    </message>
    <message>
      <source>must be a number, not {value}</source>
      <translation>muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
      <source>must be {expected}, not {actual}</source>
      <translation>muss vom Typ {expected} sein, nicht {actual}</translation>
    </message>
    <message>
      <source>{value} is not one of {allowed}</source>
      <translation>{value} ist keiner der Werte {allowed}</translation>
    </message>
    <message>
      <source>must be a whole number ≥ 0, not {value}</source>
      <translation>muss eine ganze Zahl ≥ 0 sein, nicht {value}</translation>
    </message>
    <message>
      <source>must be an object</source>
      <translation>muss ein Objekt sein</translation>
    </message>
    <message>
      <source>must be a whole number ≥ 1, not {value}</source>
      <translation>muss eine ganze Zahl ≥ 1 sein, nicht {value}</translation>
    </message>
    <message>
      <source>must be at least 1</source>
      <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
      <source>must be true or false</source>
      <translation>muss true oder false sein</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>darf nicht leer sein</translation>
    </message>
    <message>
      <source>a routine needs at least one step</source>
      <translation>eine Routine braucht mindestens einen Schritt</translation>
    </message>
  </context>
  <context>
    <name>open_steps</name>
    <message>
      <source>record {id} in table {table} is invalid ({error})</source>
      <translation>Datensatz {id} in Tabelle {table} ist ungültig ({error})</translation>
    </message>
  </context>
  <context>
    <name>pain_chart</name>
    <message>
      <source>Is the work helping? Lower is better.</source>
      <translation>Hilft das Training? Niedriger ist besser.</translation>
    </message>
    <message>
      <source>{week}: no pain rating · {sessions}</source>
      <translation>{week}: keine Schmerzbewertung · {sessions}</translation>
    </message>
    <message>
      <source>{week}: average pain {pain} of 10 · {sessions}</source>
      <translation>{week}: Schmerz im Schnitt {pain} von 10 · {sessions}</translation>
    </message>
    <message>
      <source>Pain (0–10)</source>
      <translation>Schmerz (0–10)</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Einheiten</translation>
    </message>
    <message>
      <source>Pain chart</source>
      <translation>Schmerzdiagramm</translation>
    </message>
    <message>
      <source>No pain ratings in these weeks. After a routine, rate how your back and hips feel (0–10) and the weekly average shows here.</source>
      <translation>Keine Schmerzbewertungen in diesen Wochen. Bewerte nach einer Routine, wie sich dein Rücken und deine Hüften anfühlen (0–10), dann erscheint hier der Wochendurchschnitt.</translation>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n Einheit</numerusform>
        <numerusform>%n Einheiten</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pain_check_in</name>
    <message>
      <source>How do your back and hips feel? 0 = fine, 10 = very sore</source>
      <translation>Wie fühlen sich dein Rücken und deine Hüften an? 0 = gut, 10 = sehr schmerzhaft</translation>
    </message>
    <message>
      <source>How do your back and hips feel now? 0 = fine, 10 = very sore (optional)</source>
      <translation>Wie fühlen sich dein Rücken und deine Hüften jetzt an? 0 = gut, 10 = sehr schmerzhaft (optional)</translation>
    </message>
    <message>
      <source>Optional: a digit key rates 0–9; Space starts without it</source>
      <translation>Optional: Eine Zifferntaste bewertet mit 0–9; Space startet ohne Bewertung</translation>
    </message>
    <message>
      <source>Pain or stiffness {rating} of 10</source>
      <translation>Schmerz oder Steifheit {rating} von 10</translation>
    </message>
    <message>
      <source>Rating before the session</source>
      <translation>Bewertung vor der Einheit</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <source>The check-in is optional</source>
      <translation>Die Schmerzabfrage ist freiwillig</translation>
    </message>
    <message>
      <source>Skip the check-in</source>
      <translation>Schmerzabfrage überspringen</translation>
    </message>
    <message>
      <source>Rate your back and hip pain or stiffness {rating} of 10</source>
      <translation>Schmerz oder Steifheit in Rücken und Hüften mit {rating} von 10 bewerten</translation>
    </message>
    <message>
      <source>Rate your back and hip pain or stiffness {rating} of 10 now, before the session (key {rating}); Space starts without a rating</source>
      <translation>Schmerz oder Steifheit in Rücken und Hüften jetzt, vor der Einheit, mit {rating} von 10 bewerten (Taste {rating}); Space startet ohne Bewertung</translation>
    </message>
    <message>
      <source>Rate your back and hip pain or stiffness {rating} of 10 now, before the session; Space starts without a rating</source>
      <translation>Schmerz oder Steifheit in Rücken und Hüften jetzt, vor der Einheit, mit {rating} von 10 bewerten; Space startet ohne Bewertung</translation>
    </message>
  </context>
  <context>
    <name>pain_model</name>
    <message>
      <source>Take a rest day or a gentle walk, and go gently next time.</source>
      <translation>Leg einen Ruhetag ein oder mach einen ruhigen Spaziergang, und lass es beim nächsten Mal sanfter angehen.</translation>
    </message>
    <message>
      <source>Try the easier level next time, or take a rest day.</source>
      <translation>Versuch beim nächsten Mal die leichtere Stufe oder leg einen Ruhetag ein.</translation>
    </message>
    <message>
      <source>You rated your back and hips {rating} out of 10 after {routine}: that is in the ease-off zone (6 or more). {advice}</source>
      <translation>Du hast deinen Rücken und deine Hüften nach „{routine}“ mit {rating} von 10 bewertet: Das liegt im Bereich, in dem du kürzertreten solltest (6 oder mehr). {advice}</translation>
    </message>
    <message>
      <source>You rated your back and hips {rating} out of 10 after {routine}, {rise} more than the {before} you rated before it. {advice}</source>
      <translation>Du hast deinen Rücken und deine Hüften nach „{routine}“ mit {rating} von 10 bewertet, {rise} mehr als die {before}, die du davor angegeben hast. {advice}</translation>
    </message>
    <message>
      <source>You rated your back and hips {rating} out of 10 after {routine}, {rise} more than your usual {usual}. {advice}</source>
      <translation>Du hast deinen Rücken und deine Hüften nach „{routine}“ mit {rating} von 10 bewertet, {rise} mehr als deine üblichen {usual}. {advice}</translation>
    </message>
    <message>
      <source>You rated {rating}, {rise} more than the {before} of the day before: worse the next day means the last session was too much. Please go gently on the easier level today, or rest. {emergency}</source>
      <translation>Du hast {rating} angegeben, {rise} mehr als die {before} vom Vortag: Wenn es am nächsten Tag schlimmer ist, war die letzte Einheit zu viel. Lass es heute bitte auf der leichteren Stufe sanft angehen oder ruh dich aus. {emergency}</translation>
    </message>
    <message>
      <source>You rated {rating}, {rise} more than the {before} of the day before: worse the next day means the last session was too much. Please take the easier level today, or rest. {emergency}</source>
      <translation>Du hast {rating} angegeben, {rise} mehr als die {before} vom Vortag: Wenn es am nächsten Tag schlimmer ist, war die letzte Einheit zu viel. Nimm heute bitte die leichtere Stufe oder ruh dich aus. {emergency}</translation>
    </message>
    <message>
      <source>You rated {rating} before starting.</source>
      <translation>Du hast vor dem Start {rating} angegeben.</translation>
    </message>
    <message>
      <source>You rated {rating}: go gently on the easier level today, or rest. {emergency}</source>
      <translation>Du hast {rating} angegeben: Lass es heute auf der leichteren Stufe sanft angehen oder ruh dich aus. {emergency}</translation>
    </message>
    <message>
      <source>You rated {rating}: take the easier level today, or rest. {emergency}</source>
      <translation>Du hast {rating} angegeben: Nimm heute die leichtere Stufe oder ruh dich aus. {emergency}</translation>
    </message>
  </context>
  <context>
    <name>picture_import</name>
    <message>
      <source>“{name}” can't be opened ({reason}).</source>
      <translation>„{name}“ kann nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
      <source>“{name}” is not a file.</source>
      <translation>„{name}“ ist keine Datei.</translation>
    </message>
    <message>
      <source>“{name}” is {size} MB; pictures can be at most {limit} MB.</source>
      <translation>„{name}“ ist {size} MB groß; Bilder dürfen höchstens {limit} MB groß sein.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture this app can show (use PNG, JPEG, SVG or GIF).</source>
      <translation>„{name}“ ist kein Bild, das diese App anzeigen kann (verwende PNG, JPEG, SVG oder GIF).</translation>
    </message>
    <message>
      <source>“{name}” can't be read ({reason}).</source>
      <translation>„{name}“ kann nicht gelesen werden ({reason}).</translation>
    </message>
  </context>
  <context>
    <name>player_announcements</name>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>eine Stunde</numerusform>
        <numerusform>%n Stunden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>eine Minute</numerusform>
        <numerusform>%n Minuten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>eine Sekunde</numerusform>
        <numerusform>%n Sekunden</numerusform>
      </translation>
    </message>
    <message>
      <source>{hours} {minutes}</source>
      <translation>{hours} {minutes}</translation>
    </message>
    <message>
      <source>{minutes} {seconds}</source>
      <translation>{minutes} {seconds}</translation>
    </message>
    <message>
      <source>hold, aim for {duration}</source>
      <translation>halten, Ziel {duration}</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Now: {move}</source>
      <translation>Jetzt: {move}</translation>
    </message>
    <message>
      <source>Switch sides. Next: {move}</source>
      <translation>Seite wechseln. Als Nächstes: {move}</translation>
    </message>
    <message>
      <source>Next: {move}</source>
      <translation>Als Nächstes: {move}</translation>
    </message>
    <message>
      <source>{duration} in total, press Start</source>
      <translation>Insgesamt {duration}, drück Start</translation>
    </message>
    <message>
      <source>Paused, {countdown}</source>
      <translation>Angehalten, {countdown}</translation>
    </message>
    <message>
      <source>{duration} left in {move}</source>
      <translation>{move}: noch {duration}</translation>
    </message>
    <message>
      <source>{duration} until {move}</source>
      <translation>Noch {duration} bis {move}</translation>
    </message>
    <message>
      <source>{held} held in {move}, aim for {aim}, press Done when finished</source>
      <translation>{move}: {held} gehalten, Ziel {aim}, drück Fertig, wenn du so weit bist</translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s)</source>
      <translation>
        <numerusform>eine Wiederholung</numerusform>
        <numerusform>%n Wiederholungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s) of {move} at your own pace, press Done when finished</source>
      <translation>
        <numerusform>{move}: eine Wiederholung in deinem Tempo, drück Fertig, wenn du so weit bist</numerusform>
        <numerusform>{move}: %n Wiederholungen in deinem Tempo, drück Fertig, wenn du so weit bist</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>player_buttons</name>
    <message>
      <source>Try the easiest version again</source>
      <translation>Wieder die leichteste Variante versuchen</translation>
    </message>
    <message>
      <source>Try the easier version again</source>
      <translation>Wieder die leichtere Variante versuchen</translation>
    </message>
    <message>
      <source>Try the standard version again</source>
      <translation>Wieder die Standardvariante versuchen</translation>
    </message>
    <message>
      <source>Try the harder version again</source>
      <translation>Wieder die schwerere Variante versuchen</translation>
    </message>
    <message>
      <source>Try the hardest version again</source>
      <translation>Wieder die schwerste Variante versuchen</translation>
    </message>
    <message>
      <source>Turn cue sounds on or off (M)</source>
      <translation>Signaltöne ein- oder ausschalten (M)</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Stopp</translation>
    </message>
    <message>
      <source>Sound on</source>
      <translation>Ton an</translation>
    </message>
    <message>
      <source>This hurts</source>
      <translation>Das tut weh</translation>
    </message>
    <message>
      <source>Mat mode</source>
      <translation>Mattenmodus</translation>
    </message>
    <message>
      <source>Restart this move, or go to the previous one (←)</source>
      <translation>Diese Übung neu beginnen oder zur vorherigen gehen (←)</translation>
    </message>
    <message>
      <source>Start, pause or resume (Space)</source>
      <translation>Starten, anhalten oder fortsetzen (Space)</translation>
    </message>
    <message>
      <source>Skip to the next move (→)</source>
      <translation>Zur nächsten Übung springen (→)</translation>
    </message>
    <message>
      <source>Finish this set of reps or this hold (Enter)</source>
      <translation>Diesen Satz Wiederholungen oder dieses Halten abschließen (Enter)</translation>
    </message>
    <message>
      <source>Stop the routine (Esc)</source>
      <translation>Routine stoppen (Esc)</translation>
    </message>
    <message>
      <source>Mute</source>
      <translation>Stummschalten</translation>
    </message>
    <message>
      <source>Stop this move, then go easier or skip it (H)</source>
      <translation>Diese Übung abbrechen, dann leichter weitermachen oder sie überspringen (H)</translation>
    </message>
    <message>
      <source>Full screen, huge digits for the floor (F11)</source>
      <translation>Vollbild mit riesigen Ziffern für Übungen am Boden (F11)</translation>
    </message>
    <message>
      <source>Sound off</source>
      <translation>Ton aus</translation>
    </message>
    <message>
      <source>Muted</source>
      <translation>Stumm</translation>
    </message>
    <message>
      <source>Remembered easier version</source>
      <translation>Gemerkte leichtere Variante</translation>
    </message>
    <message>
      <source>Try the usual version again</source>
      <translation>Wieder die übliche Variante versuchen</translation>
    </message>
    <message>
      <source>Play this move's usual version again from now on; press This hurts if it hurts</source>
      <translation>Ab jetzt wieder die übliche Variante dieser Übung machen; drück „Das tut weh“, wenn es wehtut</translation>
    </message>
  </context>
  <context>
    <name>player_controller</name>
    <message>
      <source>Could not save your progress ({error}). The session is kept in memory and saving is retried at the next step.</source>
      <translation>Dein Fortschritt konnte nicht gespeichert werden ({error}). Die Einheit bleibt im Arbeitsspeicher, und beim nächsten Schritt wird erneut versucht zu speichern.</translation>
    </message>
  </context>
  <context>
    <name>player_display</name>
    <message>
      <source>Get ready</source>
      <translation>Mach dich bereit</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Halten</translation>
    </message>
    <message>
      <source>Switch sides</source>
      <translation>Seite wechseln</translation>
    </message>
    <message>
      <source>Rest between sets</source>
      <translation>Pause zwischen den Sätzen</translation>
    </message>
    <message>
      <source>Rest</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Anhalten</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <source>Press Space or Back to routines to choose your next one.</source>
      <translation>Drück Space oder „Zurück zu den Routinen“, um die nächste auszuwählen.</translation>
    </message>
    <message>
      <source>After a hip replacement: {advice}</source>
      <translation>Mit Hüftprothese: {advice}</translation>
    </message>
    <message>
      <source>With osteoporosis: {advice}</source>
      <translation>Bei Osteoporose: {advice}</translation>
    </message>
    <message>
      <source>If you are pregnant: {advice}</source>
      <translation>Wenn du schwanger bist: {advice}</translation>
    </message>
    <message>
      <source>With spinal stenosis or spondylolisthesis: {advice}</source>
      <translation>Bei Spinalkanalstenose oder Wirbelgleiten: {advice}</translation>
    </message>
    <message>
      <source>hold, aim for {seconds} s</source>
      <translation>halten, Ziel {seconds} s</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>Set {number} of {count}</source>
      <translation>Satz {number} von {count}</translation>
    </message>
    <message>
      <source>Round {number} of 2</source>
      <translation>Runde {number} von 2</translation>
    </message>
    <message>
      <source>Easier version of {move}</source>
      <translation>{move}, leichtere Variante</translation>
    </message>
    <message>
      <source>Harder version of {move}</source>
      <translation>{move}, schwerere Variante</translation>
    </message>
    <message>
      <source>Reps</source>
      <translation>Wiederholungen</translation>
    </message>
    <message>
      <source>Keep moving</source>
      <translation>In Bewegung bleiben</translation>
    </message>
    <message>
      <source>Stretch</source>
      <translation>Dehnen</translation>
    </message>
    <message>
      <source>Ready when you are</source>
      <translation>Bereit, wenn du es bist</translation>
    </message>
    <message>
      <source>Routine complete — well done</source>
      <translation>Routine geschafft – gut gemacht</translation>
    </message>
    <message>
      <source>Stopped</source>
      <translation>Gestoppt</translation>
    </message>
    <message>
      <source>Paused while your computer was asleep</source>
      <translation>Angehalten, während dein Computer im Ruhezustand war</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Angehalten</translation>
    </message>
    <message>
      <source>Halfway</source>
      <translation>Halbzeit</translation>
    </message>
    <message>
      <source>total — press Start (Space)</source>
      <translation>gesamt – drück Start (Space)</translation>
    </message>
    <message>
      <source>seconds</source>
      <translation>Sekunden</translation>
    </message>
    <message>
      <source>seconds to the next move</source>
      <translation>Sekunden bis zur nächsten Übung</translation>
    </message>
    <message>
      <source>at your own pace — press Done (Enter) when finished</source>
      <translation>in deinem Tempo – drück Fertig (Enter), wenn du so weit bist</translation>
    </message>
    <message>
      <source>aim for {seconds} s — press Done (Enter) when finished</source>
      <translation>Ziel {seconds} s – drück Fertig (Enter), wenn du so weit bist</translation>
    </message>
    <message>
      <source>Last move — nearly there</source>
      <translation>Letzte Übung – fast geschafft</translation>
    </message>
    <message>
      <source>Next: {move}</source>
      <translation>Als Nächstes: {move}</translation>
    </message>
    <message>
      <source>{done} of {total} holds and sets done · {time} of work</source>
      <translation>{done} von {total} Haltephasen und Sätzen geschafft · {time} Trainingszeit</translation>
    </message>
    <message>
      <source>Saved in your history.</source>
      <translation>In deinem Verlauf gespeichert.</translation>
    </message>
    <message>
      <source>Back to routines</source>
      <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
      <source>{time} left</source>
      <translation>Noch {time}</translation>
    </message>
    <message>
      <source>{number}. {step}</source>
      <translation>{number}. {step}</translation>
    </message>
    <message>
      <source>Common mistakes:
{mistakes}</source>
      <translation>Häufige Fehler:
{mistakes}</translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s)</source>
      <translation>
        <numerusform>%n Wiederholung</numerusform>
        <numerusform>%n Wiederholungen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>player_view</name>
    <message>
      <source>Routine player</source>
      <translation>Routinen-Player</translation>
    </message>
    <message>
      <source>Routines</source>
      <translation>Routinen</translation>
    </message>
    <message>
      <source>Back to your routines</source>
      <translation>Zurück zu deinen Routinen</translation>
    </message>
    <message>
      <source>Back to routines</source>
      <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <source>Routine progress</source>
      <translation>Fortschritt der Routine</translation>
    </message>
    <message>
      <source>Cue</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <source>Instructions</source>
      <translation>Anleitung</translation>
    </message>
    <message>
      <source>Caution</source>
      <translation>Vorsicht</translation>
    </message>
    <message>
      <source>{level} level</source>
      <translation>Stufe: {level}</translation>
    </message>
    <message>
      <source>Level: {level}</source>
      <translation>Stufe: {level}</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>⚠ Caution: {caution}</source>
      <translation>⚠ Vorsicht: {caution}</translation>
    </message>
  </context>
  <context>
    <name>progress</name>
    <message numerus="yes">
      <source>You have been at it for %n week(s): keep the habit going.</source>
      <translation>
        <numerusform>Du bist seit %n Woche dabei: Bleib dran.</numerusform>
        <numerusform>Du bist seit %n Wochen dabei: Bleib dran.</numerusform>
      </translation>
    </message>
    <message>
      <source>Most people feel a difference after 4–6 weeks of 2–3 strength sessions a week; you are in week {week}.</source>
      <translation>Die meisten merken nach 4–6 Wochen mit 2–3 Krafteinheiten pro Woche einen Unterschied; du bist in Woche {week}.</translation>
    </message>
    <message>
      <source>This week: {done} of {goal}; stretching on {days} of {stretch_goal}</source>
      <translation>Diese Woche: {done} von {goal}; Dehntage: {days}, Ziel: {stretch_goal}</translation>
    </message>
    <message>
      <source>Strength goal met last week; stretching on {days} of {stretch_goal}</source>
      <translation>Kraftziel letzte Woche erreicht; Dehntage: {days}, Ziel: {stretch_goal}</translation>
    </message>
    <message>
      <source>Strength goal missed last week; stretching on {days} of {stretch_goal}</source>
      <translation>Kraftziel letzte Woche verpasst; Dehntage: {days}, Ziel: {stretch_goal}</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n Tag</numerusform>
        <numerusform>%n Tage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Strength goal met in {met} of the last %n week(s); stretching {average} days a week</source>
      <translation>
        <numerusform>Kraftziel in {met} von %n Woche erreicht; im Schnitt an {average} Tagen pro Woche gedehnt</numerusform>
        <numerusform>Kraftziel in {met} der letzten %n Wochen erreicht; im Schnitt an {average} Tagen pro Woche gedehnt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n strength session(s)</source>
      <translation>
        <numerusform>%n Krafteinheit</numerusform>
        <numerusform>%n Krafteinheiten</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>progress_controller</name>
    <message>
      <source>Sick or travelling? Skip days keep your streaks and freeze your score.</source>
      <translation>Krank oder unterwegs? Auszeittage erhalten deine Serien und frieren deine Punktzahl ein.</translation>
    </message>
    <message numerus="yes">
      <source>Strength: %n-week streak (best {best})</source>
      <translation>
        <numerusform>Kraft: Serie von %n Woche (Rekord: {best})</numerusform>
        <numerusform>Kraft: Serie von %n Wochen (Rekord: {best})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Strength: no streak right now (best %n week(s))</source>
      <translation>
        <numerusform>Kraft: gerade keine Serie (Rekord: %n Woche)</numerusform>
        <numerusform>Kraft: gerade keine Serie (Rekord: %n Wochen)</numerusform>
      </translation>
    </message>
    <message>
      <source>Strength: no streak yet</source>
      <translation>Kraft: noch keine Serie</translation>
    </message>
    <message numerus="yes">
      <source>Stretching: %n-day streak (best {best})</source>
      <translation>
        <numerusform>Dehnen: Serie von %n Tag (Rekord: {best})</numerusform>
        <numerusform>Dehnen: Serie von %n Tagen (Rekord: {best})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Stretching: no streak right now (best %n day(s))</source>
      <translation>
        <numerusform>Dehnen: gerade keine Serie (Rekord: %n Tag)</numerusform>
        <numerusform>Dehnen: gerade keine Serie (Rekord: %n Tage)</numerusform>
      </translation>
    </message>
    <message>
      <source>Stretching: no streak yet</source>
      <translation>Dehnen: noch keine Serie</translation>
    </message>
    <message>
      <source>Export chart as PNG</source>
      <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
      <source>Export history as CSV: choose a folder</source>
      <translation>Verlauf als CSV exportieren: Ordner wählen</translation>
    </message>
    <message>
      <source>Mark a skip day</source>
      <translation>Auszeittag eintragen</translation>
    </message>
    <message>
      <source>Skip day</source>
      <translation>Auszeittag</translation>
    </message>
    <message>
      <source>Mark as skip day</source>
      <translation>Als Auszeittag eintragen</translation>
    </message>
    <message>
      <source>Remove the skip day</source>
      <translation>Auszeittag entfernen</translation>
    </message>
    <message>
      <source>Skip day not saved</source>
      <translation>Auszeittag nicht gespeichert</translation>
    </message>
    <message>
      <source>The skip day could not be saved: {error}</source>
      <translation>Der Auszeittag konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
      <source>{date} marked as a skip day.</source>
      <translation>{date} als Auszeittag eingetragen.</translation>
    </message>
    <message>
      <source>{date} is no longer a skip day.</source>
      <translation>{date} ist kein Auszeittag mehr.</translation>
    </message>
    <message>
      <source>There is no chart on this tab to export yet.</source>
      <translation>Auf diesem Tab gibt es noch kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <source>The picture could not be saved to {path}.</source>
      <translation>Das Bild konnte nicht unter {path} gespeichert werden.</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>{path} gespeichert</translation>
    </message>
    <message numerus="yes">
      <source>Reading older sessions: %n month(s) to go. Streaks and totals update when they are read.</source>
      <translation>
        <numerusform>Ältere Einheiten werden gelesen: noch %n Monat. Serien und Summen werden aktualisiert, sobald sie gelesen sind.</numerusform>
        <numerusform>Ältere Einheiten werden gelesen: noch %n Monate. Serien und Summen werden aktualisiert, sobald sie gelesen sind.</numerusform>
      </translation>
    </message>
    <message>
      <source>Your history could not be saved in {folder}: {error}. Nothing was written.</source>
      <translation>Dein Verlauf konnte nicht in {folder} gespeichert werden: {error}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <source>Saved {sessions}, {steps} and {hurts} in {folder}</source>
      <translation>{sessions}, {steps} und {hurts} in {folder} gespeichert</translation>
    </message>
  </context>
  <context>
    <name>progress_ring</name>
    <message>
      <source>Move progress</source>
      <translation>Fortschritt der Übung</translation>
    </message>
  </context>
  <context>
    <name>progress_view</name>
    <message>
      <source>Sick or travelling? Skip days keep your streaks and freeze your score.</source>
      <translation>Krank oder unterwegs? Auszeittage erhalten deine Serien und frieren deine Punktzahl ein.</translation>
    </message>
    <message>
      <source>Do a routine and your weeks, streaks and habit strength show up here. A desk stretch break takes about five minutes.</source>
      <translation>Mach eine Routine, dann erscheinen hier deine Wochen, Serien und deine Gewohnheitsstärke. Eine Dehnpause am Schreibtisch dauert etwa fünf Minuten.</translation>
    </message>
    <message>
      <source>Streaks</source>
      <translation>Serien</translation>
    </message>
    <message>
      <source>2–3 a week is the usual guidance</source>
      <translation>Empfohlen werden meist 2–3 pro Woche</translation>
    </message>
    <message>
      <source>Strength sessions a week</source>
      <translation>Krafteinheiten pro Woche</translation>
    </message>
    <message>
      <source>Daily stretching is the usual guidance</source>
      <translation>Empfohlen wird meist tägliches Dehnen</translation>
    </message>
    <message>
      <source>Stretching days a week</source>
      <translation>Dehntage pro Woche</translation>
    </message>
    <message>
      <source>Weeks shown</source>
      <translation>Angezeigte Wochen</translation>
    </message>
    <message>
      <source>How many weeks the charts show</source>
      <translation>Wie viele Wochen die Diagramme zeigen</translation>
    </message>
    <message numerus="yes">
      <source>%n week(s)</source>
      <translation>
        <numerusform>%n Woche</numerusform>
        <numerusform>%n Wochen</numerusform>
      </translation>
    </message>
    <message>
      <source>All</source>
      <translation>Alle</translation>
    </message>
    <message>
      <source>Export PNG…</source>
      <translation>PNG exportieren…</translation>
    </message>
    <message>
      <source>Save the chart on screen as a picture</source>
      <translation>Das angezeigte Diagramm als Bild speichern</translation>
    </message>
    <message>
      <source>Export chart as PNG</source>
      <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>CSV exportieren…</translation>
    </message>
    <message>
      <source>Save your whole history as sessions.csv, steps.csv and hurts.csv</source>
      <translation>Deinen ganzen Verlauf als sessions.csv, steps.csv und hurts.csv speichern</translation>
    </message>
    <message>
      <source>Export history as CSV</source>
      <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
      <source>Mark a skip day…</source>
      <translation>Auszeittag eintragen…</translation>
    </message>
    <message>
      <source>Mark a skip day</source>
      <translation>Auszeittag eintragen</translation>
    </message>
    <message>
      <source>&amp;Strength sessions a week:</source>
      <translation>&amp;Krafteinheiten pro Woche:</translation>
    </message>
    <message>
      <source>S&amp;tretching days a week:</source>
      <translation>D&amp;ehntage pro Woche:</translation>
    </message>
    <message>
      <source>S&amp;how:</source>
      <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Diagramme</translation>
    </message>
    <message>
      <source>Weeks</source>
      <translation>Wochen</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Kalender</translation>
    </message>
    <message>
      <source>Consistency</source>
      <translation>Beständigkeit</translation>
    </message>
    <message>
      <source>Holds</source>
      <translation>Haltezeiten</translation>
    </message>
    <message>
      <source>Pain</source>
      <translation>Schmerz</translation>
    </message>
    <message>
      <source>No sessions yet</source>
      <translation>Noch keine Einheiten</translation>
    </message>
    <message>
      <source>Start the desk stretch break</source>
      <translation>Dehnpause am Schreibtisch starten</translation>
    </message>
    <message>
      <source>A five-minute stretch you can do at your desk</source>
      <translation>Fünf Minuten Dehnen, direkt an deinem Schreibtisch</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
    <message>
      <source>Nothing counted yet</source>
      <translation>Noch nichts gezählt</translation>
    </message>
  </context>
  <context>
    <name>progress_weeks</name>
    <message>
      <source>W{week}</source>
      <translation>KW {week}</translation>
    </message>
  </context>
  <context>
    <name>progression</name>
    <message>
      <source>Move {move} (step {step}) a version harder.</source>
      <translation>{move} (Schritt {step}) eine Variante schwerer machen.</translation>
    </message>
    <message>
      <source>Move {move} (step {step}) one version harder: from {old} to {new}.</source>
      <translation>{move} (Schritt {step}) eine Variante schwerer machen: von „{old}“ zu „{new}“.</translation>
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
      <translation>Jede Übung etwa 10 % länger halten oder ein, zwei Wiederholungen mehr machen: {changes}.</translation>
    </message>
    <message numerus="yes">
      <source>Hold each move about 10 % longer, or do a rep or two more: {changes}, and %n more.</source>
      <translation>
        <numerusform>Halte jede Übung etwa 10 % länger oder mach ein, zwei Wiederholungen mehr: {changes} und eine weitere.</numerusform>
        <numerusform>Halte jede Übung etwa 10 % länger oder mach ein, zwei Wiederholungen mehr: {changes} und %n weitere.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{move} {old} → %n rep(s)</source>
      <translation>
        <numerusform>{move} {old} → %n Wiederholung</numerusform>
        <numerusform>{move} {old} → %n Wiederholungen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>progression_dialog</name>
    <message>
      <source>You completed your last three sessions of {routine} without more pain.</source>
      <translation>Du hast deine letzten drei Einheiten von „{routine}“ ohne mehr Schmerzen geschafft.</translation>
    </message>
    <message>
      <source>If you say not now, you will not be asked again for a week.</source>
      <translation>Wenn du „Nicht jetzt“ wählst, wirst du eine Woche lang nicht wieder gefragt.</translation>
    </message>
    <message>
      <source>Ready for a step up?</source>
      <translation>Bereit für eine Steigerung?</translation>
    </message>
    <message>
      <source>Step up</source>
      <translation>Steigern</translation>
    </message>
    <message>
      <source>Save the routine with this change</source>
      <translation>Die Routine mit dieser Änderung speichern</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Nicht jetzt</translation>
    </message>
    <message>
      <source>Keep the routine as it is; asks again in a week at the earliest</source>
      <translation>Die Routine so lassen, wie sie ist; fragt frühestens in einer Woche wieder</translation>
    </message>
    <message>
      <source>Your back and hips feel worse</source>
      <translation>Dein Rücken und deine Hüften fühlen sich schlechter an</translation>
    </message>
    <message>
      <source>Use the easier level</source>
      <translation>Leichtere Stufe nehmen</translation>
    </message>
    <message>
      <source>Play this routine at the easier level from now on</source>
      <translation>Diese Routine ab jetzt auf der leichteren Stufe machen</translation>
    </message>
    <message>
      <source>Keep my level</source>
      <translation>Meine Stufe behalten</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Close this notice</source>
      <translation>Diesen Hinweis schließen</translation>
    </message>
  </context>
  <context>
    <name>record_checks</name>
    <message>
      <source>{field} has a wrong value: {value}</source>
      <translation>{field} hat einen falschen Wert: {value}</translation>
    </message>
    <message>
      <source>step {number}: {field} has a wrong value: {value}</source>
      <translation>Schritt {number}: {field} hat einen falschen Wert: {value}</translation>
    </message>
    <message>
      <source>steps is not a list of records</source>
      <translation>steps ist keine Liste von Datensätzen</translation>
    </message>
  </context>
  <context>
    <name>recovery</name>
    <message>
      <source>it was written by a newer version of LBH Desktop (data version {found}; this version reads up to {supported}). Install the newer LBH Desktop and move the file back to use it</source>
      <translation>sie wurde von einer neueren Version von LBH Desktop geschrieben (Datenversion {found}; diese Version liest bis {supported}). Installiere die neuere Version von LBH Desktop und verschieb die Datei zurück, um sie zu verwenden</translation>
    </message>
    <message>
      <source>there is a folder where the file should be</source>
      <translation>wo die Datei sein sollte, liegt ein Ordner</translation>
    </message>
    <message>
      <source>LBH Desktop is not allowed to read it</source>
      <translation>LBH Desktop darf sie nicht lesen</translation>
    </message>
    <message>
      <source>it can't be read ({error})</source>
      <translation>sie kann nicht gelesen werden ({error})</translation>
    </message>
  </context>
  <context>
    <name>red_flags</name>
    <message>
      <source>Call your emergency number now (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department if you have back pain with any of these:</source>
      <translation>Ruf sofort den Notruf (999 im Vereinigten Königreich, 112 in der EU, 911 in den USA) oder geh in eine Notaufnahme, wenn du Rückenschmerzen mit einem dieser Anzeichen hast:</translation>
    </message>
    <message>
      <source>numbness or tingling around your genitals or bottom</source>
      <translation>Taubheit oder Kribbeln rund um die Genitalien oder am Gesäß</translation>
    </message>
    <message>
      <source>new trouble peeing or controlling your bladder or bowels</source>
      <translation>neue Probleme beim Wasserlassen oder bei der Kontrolle von Blase oder Darm</translation>
    </message>
    <message>
      <source>weakness, numbness or heaviness in both legs, or legs that give way</source>
      <translation>Schwäche, Taubheit oder Schweregefühl in beiden Beinen oder Beine, die wegknicken</translation>
    </message>
    <message>
      <source>See a doctor today (an urgent appointment or your local urgent-care line) if you have back pain with any of these:</source>
      <translation>Lass dich noch heute ärztlich untersuchen (dringender Termin oder der ärztliche Bereitschaftsdienst in deiner Nähe), wenn du Rückenschmerzen mit einem dieser Anzeichen hast:</translation>
    </message>
    <message>
      <source>a fever, or feeling hot and shivery</source>
      <translation>Fieber oder Hitzegefühl mit Schüttelfrost</translation>
    </message>
    <message>
      <source>weight loss you cannot explain</source>
      <translation>Gewichtsverlust, den du dir nicht erklären kannst</translation>
    </message>
    <message>
      <source>pain that is worse at night or wakes you, and does not ease when you move</source>
      <translation>Schmerzen, die nachts schlimmer sind oder dich wecken und bei Bewegung nicht nachlassen</translation>
    </message>
    <message>
      <source>chest pain, breathlessness or feeling faint</source>
      <translation>Brustschmerzen, Atemnot oder das Gefühl, ohnmächtig zu werden</translation>
    </message>
    <message>
      <source>pain after a fall or accident, or if you have had cancer</source>
      <translation>Schmerzen nach einem Sturz oder Unfall oder wenn du schon einmal Krebs hattest</translation>
    </message>
    <message>
      <source>Otherwise, keep moving gently:</source>
      <translation>Andernfalls bleib sanft in Bewegung:</translation>
    </message>
    <message>
      <source>ordinary back pain usually settles within a few weeks, and staying active helps</source>
      <translation>gewöhnliche Rückenschmerzen klingen meist innerhalb weniger Wochen ab, und aktiv zu bleiben hilft</translation>
    </message>
    <message>
      <source>some discomfort is normal: hurt is not harm, but ease off a move that makes the pain sharp, shooting or worse</source>
      <translation>etwas Unbehagen ist normal: Schmerz bedeutet nicht Schaden, aber mach eine Übung sanfter, wenn sie den Schmerz stechend, einschießend oder schlimmer macht</translation>
    </message>
    <message>
      <source>see a doctor or physiotherapist if it is not getting better after a few weeks</source>
      <translation>geh zu einer Ärztin, einem Arzt oder in die Physiotherapie, wenn es nach einigen Wochen nicht besser wird</translation>
    </message>
    <message>
      <source>Numb around your genitals or bottom, new bladder or bowel trouble, or both legs weak? Get emergency help now (Help → Safety notice).</source>
      <translation>Taub rund um Genitalien oder Gesäß, neue Probleme mit Blase oder Darm oder beide Beine schwach? Hol dir sofort Notfallhilfe (Hilfe → Sicherheitshinweis).</translation>
    </message>
  </context>
  <context>
    <name>reminder_view</name>
    <message>
      <source>Stretch break</source>
      <translation>Dehnpause</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Starten</translation>
    </message>
    <message>
      <source>Open the break routine in the player</source>
      <translation>Die Pausenroutine im Player öffnen</translation>
    </message>
    <message>
      <source>Snooze {minutes} min</source>
      <translation>{minutes} min später</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <source>Skip this break; the next one comes after your usual interval</source>
      <translation>Diese Pause überspringen; die nächste kommt nach deinem üblichen Abstand</translation>
    </message>
  </context>
  <context>
    <name>repository</name>
    <message>
      <source>This exercise is used in {routines}. Remove it from those routines first.</source>
      <translation>Diese Übung wird in {routines} verwendet. Entferne sie zuerst aus diesen Routinen.</translation>
    </message>
  </context>
  <context>
    <name>routine_actions</name>
    <message>
      <source>Built-in routines can't be changed; duplicate one to make your own (Ctrl+D)</source>
      <translation>Eingebaute Routinen lassen sich nicht ändern; dupliziere eine, um eine eigene daraus zu machen (Ctrl+D)</translation>
    </message>
    <message>
      <source>Change this routine's steps (Ctrl+E; F2 renames)</source>
      <translation>Die Schritte dieser Routine ändern (Ctrl+E; F2 benennt um)</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Neu</translation>
    </message>
    <message>
      <source>Make a new routine (Ctrl+N)</source>
      <translation>Eine neue Routine erstellen (Ctrl+N)</translation>
    </message>
    <message>
      <source>&amp;Duplicate</source>
      <translation>D&amp;uplizieren</translation>
    </message>
    <message>
      <source>Copy this routine to change it (Ctrl+D)</source>
      <translation>Diese Routine kopieren, um sie zu ändern (Ctrl+D)</translation>
    </message>
    <message>
      <source>Ed&amp;it</source>
      <translation>Bearbe&amp;iten</translation>
    </message>
    <message>
      <source>Dele&amp;te</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <source>Delete this routine (Delete); asks first</source>
      <translation>Diese Routine löschen (Delete); mit Rückfrage</translation>
    </message>
    <message>
      <source>Restore b&amp;uilt-ins…</source>
      <translation>Eingebaute Routinen &amp;wiederherstellen…</translation>
    </message>
    <message>
      <source>Bring back deleted or changed built-in routines</source>
      <translation>Gelöschte oder geänderte eingebaute Routinen zurückholen</translation>
    </message>
  </context>
  <context>
    <name>routine_card</name>
    <message>
      <source>No strength routines yet</source>
      <translation>Noch keine Kraftroutinen</translation>
    </message>
    <message>
      <source>None of your routines is a strength one.</source>
      <translation>Keine deiner Routinen ist eine Kraftroutine.</translation>
    </message>
    <message>
      <source>Or make a strength routine of your own with New (Ctrl+N).</source>
      <translation>Oder erstelle mit „Neu“ (Ctrl+N) eine eigene Kraftroutine.</translation>
    </message>
    <message>
      <source>No stretch routines yet</source>
      <translation>Noch keine Dehnroutinen</translation>
    </message>
    <message>
      <source>None of your routines is a stretch one.</source>
      <translation>Keine deiner Routinen ist eine Dehnroutine.</translation>
    </message>
    <message>
      <source>Or make a stretch routine of your own with New (Ctrl+N).</source>
      <translation>Oder erstelle mit „Neu“ (Ctrl+N) eine eigene Dehnroutine.</translation>
    </message>
    <message>
      <source>No warm-up routines yet</source>
      <translation>Noch keine Aufwärmroutinen</translation>
    </message>
    <message>
      <source>None of your routines is a warm-up one.</source>
      <translation>Keine deiner Routinen ist eine Aufwärmroutine.</translation>
    </message>
    <message>
      <source>Or make a warm-up routine of your own with New (Ctrl+N).</source>
      <translation>Oder erstelle mit „Neu“ (Ctrl+N) eine eigene Aufwärmroutine.</translation>
    </message>
    <message>
      <source>No desk break routines yet</source>
      <translation>Noch keine Schreibtischroutinen</translation>
    </message>
    <message>
      <source>None of your routines is a desk break one.</source>
      <translation>Keine deiner Routinen ist eine Schreibtischroutine.</translation>
    </message>
    <message>
      <source>Or make a desk break routine of your own with New (Ctrl+N).</source>
      <translation>Oder erstelle mit „Neu“ (Ctrl+N) eine eigene Schreibtischroutine.</translation>
    </message>
    <message>
      <source>Show &amp;all routines</source>
      <translation>Alle Routinen an&amp;zeigen</translation>
    </message>
    <message>
      <source>Make your first routine</source>
      <translation>Erstelle deine erste Routine</translation>
    </message>
    <message>
      <source>Pick a few moves, set their reps or holds, and save.</source>
      <translation>Wähl ein paar Übungen aus, leg ihre Wiederholungen oder Haltezeiten fest und speichere.</translation>
    </message>
    <message>
      <source>&amp;Create a routine</source>
      <translation>Routine &amp;erstellen</translation>
    </message>
    <message>
      <source>Restore built-ins brings back the ready-made routines.</source>
      <translation>„Eingebaute Routinen wiederherstellen“ holt die fertigen Routinen zurück.</translation>
    </message>
  </context>
  <context>
    <name>routine_editing</name>
    <message>
      <source>New routine</source>
      <translation>Neue Routine</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (Kopie)</translation>
    </message>
    <message>
      <source>Total: no steps yet</source>
      <translation>Gesamt: noch keine Schritte</translation>
    </message>
    <message>
      <source>Total: about {duration}</source>
      <translation>Gesamt: etwa {duration}</translation>
    </message>
    <message numerus="yes">
      <source>{dose} · %n set(s)</source>
      <translation>
        <numerusform>{dose} · %n Satz</numerusform>
        <numerusform>{dose} · %n Sätze</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>routine_format</name>
    <message>
      <source>“{name}” uses an exercise that no longer exists ({id}).</source>
      <translation>„{name}“ verwendet eine Übung, die es nicht mehr gibt ({id}).</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text (byte {byte} at position {position} cannot be read)</source>
      <translation>die Datei ist kein UTF-8-Text (Byte {byte} an Position {position} kann nicht gelesen werden)</translation>
    </message>
    <message>
      <source>the file is larger than {size} MB</source>
      <translation>die Datei ist größer als {size} MB</translation>
    </message>
    <message>
      <source>{value} is not a number JSON allows</source>
      <translation>{value} ist keine Zahl, die JSON erlaubt</translation>
    </message>
    <message>
      <source>the key {key} appears twice in one object</source>
      <translation>der Schlüssel {key} kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
      <source>the file is not valid JSON (line {line}, column {column}: {error})</source>
      <translation>die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}: {error})</translation>
    </message>
    <message>
      <source>the file is not valid JSON ({error})</source>
      <translation>die Datei ist kein gültiges JSON ({error})</translation>
    </message>
    <message>
      <source>the file is nested more than {levels} levels deep</source>
      <translation>die Datei ist mehr als {levels} Ebenen tief verschachtelt</translation>
    </message>
    <message>
      <source>the file must hold a JSON object with format, version and routines</source>
      <translation>die Datei muss ein JSON-Objekt mit format, version und routines enthalten</translation>
    </message>
    <message>
      <source>must be {format}: this is not a routine file</source>
      <translation>muss {format} sein: Das ist keine Routinendatei</translation>
    </message>
    <message>
      <source>the file is version {version}, from a newer LBH Desktop; this one reads version {readable}</source>
      <translation>die Datei hat Version {version} und stammt von einer neueren Version von LBH Desktop; diese liest Version {readable}</translation>
    </message>
    <message>
      <source>unknown exercise {id} (not in the catalogue, your exercises or this file)</source>
      <translation>unbekannte Übung {id} (weder im Katalog noch in deinen Übungen noch in dieser Datei)</translation>
    </message>
    <message>
      <source>{value} is also used by {other}</source>
      <translation>{value} wird auch von {other} verwendet</translation>
    </message>
    <message numerus="yes">
      <source>a number with %n digit(s) is far too large</source>
      <translation>
        <numerusform>eine Zahl mit %n Stelle ist viel zu groß</numerusform>
        <numerusform>eine Zahl mit %n Stellen ist viel zu groß</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>run</name>
    <message>
      <source>There is no routine called “{name}”. Routines: {names}.</source>
      <translation>Es gibt keine Routine namens „{name}“. Routinen: {names}.</translation>
    </message>
    <message>
      <source>Routine not found</source>
      <translation>Routine nicht gefunden</translation>
    </message>
    <message>
      <source>LBH Desktop cannot start</source>
      <translation>LBH Desktop kann nicht starten</translation>
    </message>
  </context>
  <context>
    <name>safety_notice</name>
    <message>
      <source>If you have a back or hip injury, a recent operation, a medical condition or are pregnant, talk to a doctor or physiotherapist before you start.</source>
      <translation>Wenn du eine Rücken- oder Hüftverletzung oder eine Vorerkrankung hast, vor Kurzem operiert wurdest oder schwanger bist, sprich vor dem Beginn mit einer Ärztin oder einem Arzt oder mit einer Physiotherapeutin oder einem Physiotherapeuten.</translation>
    </message>
    <message>
      <source>Warm up first, move slowly and stay within a comfortable range.</source>
      <translation>Wärm dich zuerst auf, beweg dich langsam und bleib in einem angenehmen Bewegungsumfang.</translation>
    </message>
    <message>
      <source>Mild stretching tension is fine. Stop at once if you feel sharp, shooting or worsening pain, numbness or tingling.</source>
      <translation>Leichte Dehnspannung ist in Ordnung. Hör sofort auf, wenn du stechende, einschießende oder zunehmende Schmerzen, Taubheit oder Kribbeln spürst.</translation>
    </message>
    <message>
      <source>These routines are general exercise guidance, not medical advice.</source>
      <translation>Diese Routinen sind allgemeine Trainingsanleitungen, keine medizinische Beratung.</translation>
    </message>
    <message>
      <source>Before you start</source>
      <translation>Bevor du beginnst</translation>
    </message>
    <message>
      <source>I understand</source>
      <translation>Verstanden</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
  </context>
  <context>
    <name>save_notice</name>
    <message>
      <source>Not saved: {reason}. Your changes are kept and saving is retried every 30 s.</source>
      <translation>Nicht gespeichert: {reason}. Deine Änderungen bleiben erhalten; alle 30 s wird erneut versucht zu speichern.</translation>
    </message>
    <message>
      <source>Not saved: the disk refused. Your changes are kept and saving is retried every 30 s.</source>
      <translation>Nicht gespeichert: Der Datenträger hat das Schreiben verweigert. Deine Änderungen bleiben erhalten; alle 30 s wird erneut versucht zu speichern.</translation>
    </message>
  </context>
  <context>
    <name>score_chart</name>
    <message>
      <source>Habit strength grows each day you meet your goal and fades slowly when you miss — like Loop Habit Tracker's score.</source>
      <translation>Die Gewohnheitsstärke wächst an jedem Tag, an dem du dein Ziel erreichst, und sinkt langsam, wenn du es verpasst – wie die Punktzahl in Loop Habit Tracker.</translation>
    </message>
    <message>
      <source>Strength on {date}: {percent} %</source>
      <translation>Kraft am {date}: {percent} %</translation>
    </message>
    <message>
      <source>Stretching on {date}: {percent} %</source>
      <translation>Dehnen am {date}: {percent} %</translation>
    </message>
    <message>
      <source>Strength</source>
      <translation>Kraft</translation>
    </message>
    <message>
      <source>Stretching</source>
      <translation>Dehnen</translation>
    </message>
    <message>
      <source>Strength — {percent} % today</source>
      <translation>Kraft – heute {percent} %</translation>
    </message>
    <message>
      <source>Stretching — {percent} % today</source>
      <translation>Dehnen – heute {percent} %</translation>
    </message>
    <message>
      <source>Consistency chart</source>
      <translation>Beständigkeitsdiagramm</translation>
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
      <translation>In deinem Verlauf gespeichert und im Fortschritt gezählt.</translation>
    </message>
    <message>
      <source>Saved in your history and counted in Progress: sessions count toward Progress once at least half is done, and this one reached {percent} %.</source>
      <translation>In deinem Verlauf gespeichert und im Fortschritt gezählt: Einheiten zählen im Fortschritt, sobald mindestens die Hälfte geschafft ist, und diese hat {percent} % erreicht.</translation>
    </message>
    <message>
      <source>Saved in your history, but not counted in Progress: sessions count toward Progress once at least half is done, and this one reached {percent} %.</source>
      <translation>In deinem Verlauf gespeichert, aber nicht im Fortschritt gezählt: Einheiten zählen im Fortschritt, sobald mindestens die Hälfte geschafft ist, und diese hat {percent} % erreicht.</translation>
    </message>
    <message>
      <source>You have 1 session that stopped before half way; it does not count. Sessions count toward Progress once at least half is done.</source>
      <translation>Du hast 1 Einheit, die vor der Hälfte beendet wurde; sie zählt nicht. Einheiten zählen im Fortschritt, sobald mindestens die Hälfte geschafft ist.</translation>
    </message>
    <message numerus="yes">
      <source>You have %n sessions that stopped before half way; they do not count. Sessions count toward Progress once at least half is done.</source>
      <translation>
        <numerusform>Du hast %n Einheit, die vor der Hälfte beendet wurde; sie zählt nicht. Einheiten zählen im Fortschritt, sobald mindestens die Hälfte geschafft ist.</numerusform>
        <numerusform>Du hast %n Einheiten, die vor der Hälfte beendet wurden; sie zählen nicht. Einheiten zählen im Fortschritt, sobald mindestens die Hälfte geschafft ist.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>settings_controller</name>
    <message>
      <source>Your desktop asks for dark colours now.</source>
      <translation>Dein Desktop verlangt jetzt dunkle Farben.</translation>
    </message>
    <message>
      <source>Your desktop asks for light colours now.</source>
      <translation>Dein Desktop verlangt jetzt helle Farben.</translation>
    </message>
    <message>
      <source>Your desktop does not say whether it is light or dark, so the light theme is used.</source>
      <translation>Dein Desktop gibt nicht an, ob er hell oder dunkel ist, daher wird das helle Farbschema verwendet.</translation>
    </message>
  </context>
  <context>
    <name>settings_dialog</name>
    <message>
      <source>Voice settings are not available in this version; cues are beeps.</source>
      <translation>Spracheinstellungen gibt es in dieser Version nicht; Signale sind Pieptöne.</translation>
    </message>
    <message>
      <source>Reset to defaults?</source>
      <translation>Auf Standardwerte zurücksetzen?</translation>
    </message>
    <message>
      <source>Put the default values in every field of this dialog?

Nothing changes until you press OK. Your history, routines and break schedule are kept.</source>
      <translation>Alle Felder dieses Dialogs auf die Standardwerte setzen?

Es ändert sich nichts, bis du OK drückst. Dein Verlauf, deine Routinen und dein Pausenplan bleiben erhalten.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>&amp;Sound and voice</source>
      <translation>&amp;Ton und Stimme</translation>
    </message>
    <message>
      <source>&amp;Player and goals</source>
      <translation>&amp;Player und Ziele</translation>
    </message>
    <message>
      <source>&amp;Appearance</source>
      <translation>&amp;Darstellung</translation>
    </message>
    <message>
      <source>&amp;Data</source>
      <translation>Dat&amp;en</translation>
    </message>
    <message>
      <source>Data &amp;folder</source>
      <translation>Datenordne&amp;r</translation>
    </message>
    <message>
      <source>Settings pages</source>
      <translation>Einstellungsseiten</translation>
    </message>
    <message>
      <source>Ctrl+Tab moves to the next page</source>
      <translation>Ctrl+Tab wechselt zur nächsten Seite</translation>
    </message>
    <message>
      <source>&amp;Reset to defaults…</source>
      <translation>Auf Standard &amp;zurücksetzen…</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Use these settings</source>
      <translation>Diese Einstellungen übernehmen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Close without changing anything (Esc)</source>
      <translation>Schließen, ohne etwas zu ändern (Esc)</translation>
    </message>
    <message>
      <source>Reset to defaults</source>
      <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
      <source>Fill in the default values (asks first)</source>
      <translation>Standardwerte eintragen (mit Rückfrage)</translation>
    </message>
    <message>
      <source>Play cue &amp;sounds (3-2-1 beeps, start and end)</source>
      <translation>Signaltöne a&amp;bspielen (3-2-1-Pieptöne, Start und Ende)</translation>
    </message>
    <message>
      <source>Cue sounds</source>
      <translation>Signaltöne</translation>
    </message>
    <message>
      <source>Beeps at 3-2-1 and when a move starts or ends (M)</source>
      <translation>Pieptöne bei 3-2-1 und wenn eine Übung beginnt oder endet (M)</translation>
    </message>
    <message>
      <source>Sound volume</source>
      <translation>Lautstärke der Signaltöne</translation>
    </message>
    <message>
      <source>Loudness of the cue sounds, 0–100 %</source>
      <translation>Lautstärke der Signaltöne, 0–100 %</translation>
    </message>
    <message>
      <source>&amp;Volume:</source>
      <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
      <source>Voice</source>
      <translation>Stimme</translation>
    </message>
    <message>
      <source>Get-ready countdown</source>
      <translation>Vorbereitungszeit</translation>
    </message>
    <message>
      <source>Seconds to get into position before the first move (0 starts at once)</source>
      <translation>Sekunden, um vor der ersten Übung in Position zu gehen (0 startet sofort)</translation>
    </message>
    <message>
      <source>Default rest</source>
      <translation>Standardpause</translation>
    </message>
    <message>
      <source>The rest after a move that a new step gets in the routine editor</source>
      <translation>Die Pause nach einer Übung, die ein neuer Schritt im Routinen-Editor bekommt</translation>
    </message>
    <message>
      <source> a week</source>
      <translation> pro Woche</translation>
    </message>
    <message>
      <source>Strength sessions a week</source>
      <translation>Krafteinheiten pro Woche</translation>
    </message>
    <message>
      <source>2–3 a week is the usual guidance</source>
      <translation>Empfohlen werden meist 2–3 pro Woche</translation>
    </message>
    <message>
      <source> days</source>
      <translation> Tage</translation>
    </message>
    <message>
      <source>Stretching days a week</source>
      <translation>Dehntage pro Woche</translation>
    </message>
    <message>
      <source>Daily stretching is the usual guidance</source>
      <translation>Empfohlen wird meist tägliches Dehnen</translation>
    </message>
    <message>
      <source>&amp;Get-ready countdown:</source>
      <translation>&amp;Vorbereitungszeit:</translation>
    </message>
    <message>
      <source>Default &amp;rest for new steps:</source>
      <translation>Pause für &amp;neue Schritte:</translation>
    </message>
    <message>
      <source>S&amp;trength goal:</source>
      <translation>&amp;Kraftziel:</translation>
    </message>
    <message>
      <source>Str&amp;etching goal:</source>
      <translation>De&amp;hnziel:</translation>
    </message>
    <message>
      <source>Break &amp;schedule…</source>
      <translation>Pa&amp;usenplan…</translation>
    </message>
    <message>
      <source>Break schedule</source>
      <translation>Pausenplan</translation>
    </message>
    <message>
      <source>Stretch-break reminders: interval, working days and hours, routine</source>
      <translation>Erinnerungen an Dehnpausen: Abstand, Arbeitstage und Arbeitszeit, Routine</translation>
    </message>
    <message>
      <source>Settings folder</source>
      <translation>Einstellungsordner</translation>
    </message>
    <message>
      <source>This computer's own settings; the Data folder page says where your history is</source>
      <translation>Die eigenen Einstellungen dieses Computers; wo dein Verlauf liegt, steht auf der Seite „Datenordner“</translation>
    </message>
    <message>
      <source>Open settings folder</source>
      <translation>Einstellungsordner öffnen</translation>
    </message>
    <message>
      <source>Se&amp;ttings folder:</source>
      <translation>E&amp;instellungsordner:</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Datenordner</translation>
    </message>
    <message>
      <source>Your history, routines and settings live here</source>
      <translation>Hier liegen dein Verlauf, deine Routinen und deine Einstellungen</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>Datenordner öffnen</translation>
    </message>
    <message>
      <source>Data &amp;folder:</source>
      <translation>Datenordne&amp;r:</translation>
    </message>
    <message>
      <source>&amp;Open folder</source>
      <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
      <source>Show the folder in your file manager</source>
      <translation>Den Ordner in deiner Dateiverwaltung zeigen</translation>
    </message>
    <message>
      <source>Breaks:</source>
      <translation>Pausen:</translation>
    </message>
    <message>
      <source>Could not open a file manager. The folder is {folder}</source>
      <translation>Die Dateiverwaltung ließ sich nicht öffnen. Der Ordner ist {folder}</translation>
    </message>
    <message>
      <source>The defaults are filled in: OK uses them, Cancel keeps yours.</source>
      <translation>Die Standardwerte sind eingetragen: OK übernimmt sie, Abbrechen behält deine.</translation>
    </message>
  </context>
  <context>
    <name>settings_values</name>
    <message>
      <source>Follow the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
  </context>
  <context>
    <name>sound</name>
    <message>
      <source>Sound is starting…</source>
      <translation>Ton wird gestartet…</translation>
    </message>
    <message>
      <source>Sound is off: audio libraries missing ({error}).</source>
      <translation>Ton ist aus: Audiobibliotheken fehlen ({error}).</translation>
    </message>
    <message>
      <source>Sound is off: no audio output device was found.</source>
      <translation>Ton ist aus: Es wurde kein Audioausgabegerät gefunden.</translation>
    </message>
    <message>
      <source>Sound is off: the audio system reported an error.</source>
      <translation>Ton ist aus: Das Audiosystem hat einen Fehler gemeldet.</translation>
    </message>
    <message>
      <source>Sound is off: the cue sounds could not be read.</source>
      <translation>Ton ist aus: Die Signaltöne konnten nicht gelesen werden.</translation>
    </message>
  </context>
  <context>
    <name>speech</name>
    <message>
      <source>Voice: off — using beeps</source>
      <translation>Stimme: aus – stattdessen Pieptöne</translation>
    </message>
    <message>
      <source>Voice: on ({engine})</source>
      <translation>Stimme: an ({engine})</translation>
    </message>
    <message>
      <source>Voice: not checked yet — it starts with the first routine</source>
      <translation>Stimme: noch nicht geprüft – die Prüfung beginnt mit der ersten Routine</translation>
    </message>
    <message>
      <source>Voice: looking for a speech engine…</source>
      <translation>Stimme: Sprachausgabe wird gesucht…</translation>
    </message>
    <message>
      <source>Voice: not available — {reason}</source>
      <translation>Stimme: nicht verfügbar – {reason}</translation>
    </message>
    <message>
      <source>Voice: spoken cues are not available in {language} — using beeps ({reason})</source>
      <translation>Stimme: Ansagen gibt es nicht auf {language} – stattdessen Pieptöne ({reason})</translation>
    </message>
    <message>
      <source>Voice: not available — using beeps ({reason})</source>
      <translation>Stimme: nicht verfügbar – stattdessen Pieptöne ({reason})</translation>
    </message>
    <message>
      <source>the speech engine reported an error: {message}</source>
      <translation>die Sprachausgabe hat einen Fehler gemeldet: {message}</translation>
    </message>
    <message>
      <source>Next: bird dog, left side, 30 seconds</source>
      <translation>Als Nächstes: Bird Dog, linke Seite, 30 Sekunden</translation>
    </message>
  </context>
  <context>
    <name>speech_engines</name>
    <message>
      <source>English</source>
      <translation>Englisch</translation>
    </message>
    <message>
      <source>German</source>
      <translation>Deutsch</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>Spanisch</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Französisch</translation>
    </message>
    <message>
      <source>{engine} has no voice for {language}</source>
      <translation>{engine} hat keine Stimme für {language}</translation>
    </message>
    <message>
      <source>the speech engine reported an error</source>
      <translation>die Sprachausgabe hat einen Fehler gemeldet</translation>
    </message>
    <message>
      <source>no speech engine is installed</source>
      <translation>es ist keine Sprachausgabe installiert</translation>
    </message>
    <message>
      <source>speech-dispatcher is not installed or not running</source>
      <translation>speech-dispatcher ist nicht installiert oder läuft nicht</translation>
    </message>
    <message>
      <source>{native}, and {fallback}</source>
      <translation>{native}, und {fallback}</translation>
    </message>
    <message>
      <source>this build cannot check for a speech engine safely</source>
      <translation>diese Programmversion kann nicht sicher nach einer Sprachausgabe suchen</translation>
    </message>
    <message>
      <source>the speech service did not answer within {seconds} s</source>
      <translation>der Sprachdienst hat nicht innerhalb von {seconds} s geantwortet</translation>
    </message>
    <message>
      <source>the speech check could not start</source>
      <translation>die Prüfung der Sprachausgabe konnte nicht starten</translation>
    </message>
    <message>
      <source>the speech check failed</source>
      <translation>die Prüfung der Sprachausgabe ist fehlgeschlagen</translation>
    </message>
  </context>
  <context>
    <name>speech_espeak</name>
    <message>
      <source>no audio output device was found: start PulseAudio or PipeWire, or connect speakers or headphones, then restart the app (espeak-ng is installed and will speak then)</source>
      <translation>es wurde kein Audioausgabegerät gefunden: Starte PulseAudio oder PipeWire oder schließ Lautsprecher oder Kopfhörer an und starte die App dann neu (espeak-ng ist installiert und spricht dann)</translation>
    </message>
    <message>
      <source>no audio output device was found: start PulseAudio or PipeWire, or connect speakers or headphones; and install the espeak-ng package, then restart the app</source>
      <translation>es wurde kein Audioausgabegerät gefunden: Starte PulseAudio oder PipeWire oder schließ Lautsprecher oder Kopfhörer an; installiere außerdem das Paket espeak-ng und starte die App dann neu</translation>
    </message>
    <message>
      <source>espeak-ng is not installed: install the espeak-ng package, then restart the app</source>
      <translation>espeak-ng ist nicht installiert: Installiere das Paket espeak-ng und starte die App dann neu</translation>
    </message>
  </context>
  <context>
    <name>speech_setup</name>
    <message>
      <source>Voice: not available — using beeps</source>
      <translation>Stimme: nicht verfügbar – stattdessen Pieptöne</translation>
    </message>
    <message>
      <source>Voice: not available — no audio output</source>
      <translation>Stimme: nicht verfügbar – keine Audioausgabe</translation>
    </message>
    <message>
      <source>Voice status</source>
      <translation>Status der Stimme</translation>
    </message>
    <message>
      <source>{status}. Voice settings: Edit → Preferences…</source>
      <translation>{status}. Einstellungen für die Stimme: Bearbeiten → Einstellungen…</translation>
    </message>
  </context>
  <context>
    <name>startup_repository</name>
    <message>
      <source>Restore your history?</source>
      <translation>Deinen Verlauf wiederherstellen?</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
      <source>Use the backup from {date}</source>
      <translation>Die Sicherung vom {date} verwenden</translation>
    </message>
    <message>
      <source>Start empty</source>
      <translation>Leer beginnen</translation>
    </message>
    <message>
      <source>Start with no history; the backup stays in its folder</source>
      <translation>Ohne Verlauf beginnen; die Sicherung bleibt in ihrem Ordner</translation>
    </message>
    <message>
      <source>Your history file could not be used: {problem}.

It was moved to
{path}
so nothing is lost.</source>
      <translation>Deine Verlaufsdatei konnte nicht verwendet werden: {problem}.

Sie wurde nach
{path}
verschoben, damit nichts verloren geht.</translation>
    </message>
    <message>
      <source>Your data folder {folder} can't be used right now ({problem}). This time your sessions are kept in the default folder {default}; choose the folder again in Settings → Data folder once it is back.</source>
      <translation>Dein Datenordner {folder} kann gerade nicht verwendet werden ({problem}). Dieses Mal werden deine Einheiten im Standardordner {default} gespeichert; wähl den Ordner wieder unter Einstellungen → Datenordner, sobald er wieder da ist.</translation>
    </message>
    <message>
      <source>A new, empty history was started.</source>
      <translation>Ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
      <source>The data folder {folder} cannot be used: {error}</source>
      <translation>Der Datenordner {folder} kann nicht verwendet werden: {error}</translation>
    </message>
    <message>
      <source>it does not exist</source>
      <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
      <source>it is not a folder</source>
      <translation>das ist kein Ordner</translation>
    </message>
    <message>
      <source>LBH Desktop may not write there</source>
      <translation>LBH Desktop darf dort nicht schreiben</translation>
    </message>
    <message>
      <source>The backup could not be restored ({error}); an empty history was started.</source>
      <translation>Die Sicherung konnte nicht wiederhergestellt werden ({error}); ein leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
      <source>Your history was restored from the backup of {date}.</source>
      <translation>Dein Verlauf wurde aus der Sicherung vom {date} wiederhergestellt.</translation>
    </message>
    <message>
      <source>A new, empty history was started. Your backups are kept in
{folder}</source>
      <translation>Ein neuer, leerer Verlauf wurde begonnen. Deine Sicherungen liegen in
{folder}</translation>
    </message>
    <message>
      <source>There was no backup to restore, so a new, empty history was started.</source>
      <translation>Es gab keine Sicherung zum Wiederherstellen, daher wurde ein neuer, leerer Verlauf begonnen.</translation>
    </message>
    <message numerus="yes">
      <source>A backup from {date} (%n session(s)) opens fine.
Restore it, or start with an empty history?</source>
      <translation>
        <numerusform>Die Sicherung vom {date} (%n Einheit) lässt sich öffnen.
Möchtest du sie wiederherstellen oder mit einem leeren Verlauf beginnen?</numerusform>
        <numerusform>Die Sicherung vom {date} (%n Einheiten) lässt sich öffnen.
Möchtest du sie wiederherstellen oder mit einem leeren Verlauf beginnen?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>step_form</name>
    <message>
      <source>Timed hold</source>
      <translation>Halten auf Zeit</translation>
    </message>
    <message>
      <source>Repetitions</source>
      <translation>Wiederholungen</translation>
    </message>
    <message>
      <source>Open-ended hold</source>
      <translation>Freies Halten</translation>
    </message>
    <message>
      <source>Problem: {problems}</source>
      <translation>Problem: {problems}</translation>
    </message>
    <message>
      <source>Move of this step</source>
      <translation>Übung dieses Schritts</translation>
    </message>
    <message>
      <source>Chan&amp;ge move…</source>
      <translation>Übung &amp;wechseln…</translation>
    </message>
    <message>
      <source>Swap this step's move for another one (Ctrl+M)</source>
      <translation>Die Übung dieses Schritts gegen eine andere tauschen (Ctrl+M)</translation>
    </message>
    <message>
      <source>Change move</source>
      <translation>Übung wechseln</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Modus</translation>
    </message>
    <message>
      <source>Timed hold, a number of repetitions, or a hold you end yourself</source>
      <translation>Halten auf Zeit, eine Anzahl Wiederholungen oder Halten, das du selbst beendest</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Haltedauer</translation>
    </message>
    <message>
      <source>How long one hold lasts</source>
      <translation>Wie lange einmal Halten dauert</translation>
    </message>
    <message>
      <source>Repetitions in one set</source>
      <translation>Wiederholungen in einem Satz</translation>
    </message>
    <message>
      <source>Sets</source>
      <translation>Sätze</translation>
    </message>
    <message>
      <source>How many times the move is done</source>
      <translation>Wie oft die Übung gemacht wird</translation>
    </message>
    <message>
      <source>Rest between sets</source>
      <translation>Pause zwischen den Sätzen</translation>
    </message>
    <message>
      <source>Pause between two sets</source>
      <translation>Pause zwischen zwei Sätzen</translation>
    </message>
    <message>
      <source>Rest after</source>
      <translation>Pause danach</translation>
    </message>
    <message>
      <source>Pause before the next step</source>
      <translation>Pause vor dem nächsten Schritt</translation>
    </message>
    <message>
      <source>Each s&amp;ide (left, then right)</source>
      <translation>&amp;Jede Seite (erst links, dann rechts)</translation>
    </message>
    <message>
      <source>Per side</source>
      <translation>Pro Seite</translation>
    </message>
    <message>
      <source>Do the move on the left, then on the right</source>
      <translation>Die Übung erst links, dann rechts machen</translation>
    </message>
    <message>
      <source>Variation</source>
      <translation>Variante</translation>
    </message>
    <message>
      <source>Easier or harder version of the move</source>
      <translation>Leichtere oder schwerere Variante der Übung</translation>
    </message>
    <message>
      <source>Select a step, or add one from the moves.</source>
      <translation>Wähl einen Schritt aus oder füg einen aus den Übungen hinzu.</translation>
    </message>
    <message>
      <source>&amp;Duration:</source>
      <translation>Ha&amp;ltedauer:</translation>
    </message>
    <message>
      <source>M&amp;ode:</source>
      <translation>&amp;Modus:</translation>
    </message>
    <message>
      <source>Re&amp;ps:</source>
      <translation>Wiederh&amp;olungen:</translation>
    </message>
    <message>
      <source>Set &amp;count:</source>
      <translation>Sät&amp;ze:</translation>
    </message>
    <message>
      <source>Rest bet&amp;ween sets:</source>
      <translation>Pause zw&amp;ischen Sätzen:</translation>
    </message>
    <message>
      <source>Rest &amp;after:</source>
      <translation>Pause dana&amp;ch:</translation>
    </message>
    <message>
      <source>&amp;Variation:</source>
      <translation>&amp;Variante:</translation>
    </message>
    <message>
      <source>&amp;Duration (aim):</source>
      <translation>Ha&amp;ltedauer (Ziel):</translation>
    </message>
  </context>
  <context>
    <name>step_list_model</name>
    <message>
      <source>Step {number}: {title}, {detail} (needs fixing)</source>
      <translation>Schritt {number}: {title}, {detail} (muss korrigiert werden)</translation>
    </message>
    <message>
      <source>Step {number}: {title}, {detail} (unusual value)</source>
      <translation>Schritt {number}: {title}, {detail} (ungewöhnlicher Wert)</translation>
    </message>
    <message>
      <source>Step {number}: {title}, {detail}</source>
      <translation>Schritt {number}: {title}, {detail}</translation>
    </message>
  </context>
  <context>
    <name>steps_table</name>
    <message>
      <source>Move</source>
      <translation>Übung</translation>
    </message>
    <message>
      <source>Dose</source>
      <translation>Dosis</translation>
    </message>
    <message>
      <source>Sets</source>
      <translation>Sätze</translation>
    </message>
    <message>
      <source>Set rest</source>
      <translation>Satzpause</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Danach</translation>
    </message>
    <message>
      <source>Steps of the routine</source>
      <translation>Schritte der Routine</translation>
    </message>
    <message>
      <source>The moves of this routine, in order, with sets and rests</source>
      <translation>Die Übungen dieser Routine der Reihe nach, mit Sätzen und Pausen</translation>
    </message>
  </context>
  <context>
    <name>stretch_goal_marks</name>
    <message numerus="yes">
      <source>{days}/%n day(s)</source>
      <translation>
        <numerusform>{days}/%n Tag</numerusform>
        <numerusform>{days}/%n Tage</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tables</name>
    <message>
      <source>date must be text, not {type}</source>
      <translation>date muss Text sein, nicht {type}</translation>
    </message>
  </context>
  <context>
    <name>this_hurts</name>
    <message>
      <source>This hurts</source>
      <translation>Das tut weh</translation>
    </message>
    <message>
      <source>{move} is stopped.</source>
      <translation>{move} ist gestoppt.</translation>
    </message>
    <message>
      <source>Mild stretching tension is fine, but never push through sharp, shooting or worsening pain, numbness or tingling.</source>
      <translation>Leichte Dehnspannung ist in Ordnung, aber mach niemals weiter, wenn du stechende, einschießende oder zunehmende Schmerzen, Taubheit oder Kribbeln spürst.</translation>
    </message>
    <message>
      <source>Try the easier version ({move})</source>
      <translation>Leichtere Variante versuchen ({move})</translation>
    </message>
    <message>
      <source>Start this move again with its easier version</source>
      <translation>Diese Übung in der leichteren Variante neu beginnen</translation>
    </message>
    <message>
      <source>Skip to the next move</source>
      <translation>Zur nächsten Übung springen</translation>
    </message>
    <message>
      <source>Leave out the rest of this move</source>
      <translation>Den Rest dieser Übung auslassen</translation>
    </message>
    <message>
      <source>Stop the routine</source>
      <translation>Routine stoppen</translation>
    </message>
    <message>
      <source>End the session; what you did is kept</source>
      <translation>Die Einheit beenden; was du gemacht hast, bleibt gespeichert</translation>
    </message>
    <message>
      <source>easier</source>
      <translation>leichter</translation>
    </message>
  </context>
  <context>
    <name>tray_view</name>
    <message>
      <source>Open LBH Desktop</source>
      <translation>LBH Desktop öffnen</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>LBH Desktop — {status}</source>
      <translation>LBH Desktop – {status}</translation>
    </message>
  </context>
  <context>
    <name>variants</name>
    <message>
      <source>Easiest</source>
      <translation>Leichteste</translation>
    </message>
    <message>
      <source>Easier</source>
      <translation>Leichter</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>Harder</source>
      <translation>Schwerer</translation>
    </message>
    <message>
      <source>Hardest</source>
      <translation>Schwerste</translation>
    </message>
    <message>
      <source>Easiest version</source>
      <translation>Leichteste Variante</translation>
    </message>
    <message>
      <source>Easier version</source>
      <translation>Leichtere Variante</translation>
    </message>
    <message>
      <source>Standard version</source>
      <translation>Standardvariante</translation>
    </message>
    <message>
      <source>Harder version</source>
      <translation>Schwerere Variante</translation>
    </message>
    <message>
      <source>Hardest version</source>
      <translation>Schwerste Variante</translation>
    </message>
    <message>
      <source>Left side</source>
      <translation>Linke Seite</translation>
    </message>
    <message>
      <source>Right side</source>
      <translation>Rechte Seite</translation>
    </message>
    <message>
      <source>Left leg</source>
      <translation>Linkes Bein</translation>
    </message>
    <message>
      <source>Right leg</source>
      <translation>Rechtes Bein</translation>
    </message>
    <message>
      <source>Easier version: {how}</source>
      <translation>Leichtere Variante: {how}</translation>
    </message>
    <message>
      <source>Harder version: {how}</source>
      <translation>Schwerere Variante: {how}</translation>
    </message>
  </context>
  <context>
    <name>voice_cues</name>
    <message>
      <source>Next move</source>
      <translation>Nächste Übung</translation>
    </message>
    <message>
      <source>3, 2, 1 countdown</source>
      <translation>Countdown 3, 2, 1</translation>
    </message>
    <message>
      <source>Halfway</source>
      <translation>Halbzeit</translation>
    </message>
    <message>
      <source>Switch sides</source>
      <translation>Seite wechseln</translation>
    </message>
    <message>
      <source>Rest</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Routine complete</source>
      <translation>Routine geschafft</translation>
    </message>
    <message>
      <source>Breathing on long holds</source>
      <translation>Atmen bei langem Halten</translation>
    </message>
    <message>
      <source>Breathe out</source>
      <translation>Ausatmen</translation>
    </message>
    <message>
      <source>left side</source>
      <translation>linke Seite</translation>
    </message>
    <message>
      <source>right side</source>
      <translation>rechte Seite</translation>
    </message>
    <message>
      <source>left leg</source>
      <translation>linkes Bein</translation>
    </message>
    <message>
      <source>right leg</source>
      <translation>rechtes Bein</translation>
    </message>
    <message>
      <source>left arm</source>
      <translation>linker Arm</translation>
    </message>
    <message>
      <source>right arm</source>
      <translation>rechter Arm</translation>
    </message>
    <message>
      <source>Next: {move}, set {number} of {count}, {dose}</source>
      <translation>Als Nächstes: {move}, Satz {number} von {count}, {dose}</translation>
    </message>
    <message>
      <source>Next: {move}, {dose}</source>
      <translation>Als Nächstes: {move}, {dose}</translation>
    </message>
    <message>
      <source>Next: {move}, set {number} of {count}, {side}, {dose}</source>
      <translation>Als Nächstes: {move}, Satz {number} von {count}, {side}, {dose}</translation>
    </message>
    <message>
      <source>Next: {move}, {side}, {dose}</source>
      <translation>Als Nächstes: {move}, {side}, {dose}</translation>
    </message>
    <message numerus="yes">
      <source>Rest, %n second(s).</source>
      <translation>
        <numerusform>Pause, eine Sekunde.</numerusform>
        <numerusform>Pause, %n Sekunden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Rest, %n second(s). Next: set {number} of {count}</source>
      <translation>
        <numerusform>Pause, eine Sekunde. Als Nächstes: Satz {number} von {count}</numerusform>
        <numerusform>Pause, %n Sekunden. Als Nächstes: Satz {number} von {count}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Rest, %n second(s). Next: {move}</source>
      <translation>
        <numerusform>Pause, eine Sekunde. Als Nächstes: {move}</numerusform>
        <numerusform>Pause, %n Sekunden. Als Nächstes: {move}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>eine Sekunde</numerusform>
        <numerusform>%n Sekunden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s)</source>
      <translation>
        <numerusform>eine Wiederholung</numerusform>
        <numerusform>%n Wiederholungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>hold, aim for %n second(s)</source>
      <translation>
        <numerusform>halten, Ziel eine Sekunde</numerusform>
        <numerusform>halten, Ziel %n Sekunden</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>voice_settings_section</name>
    <message>
      <source>System default</source>
      <translation>Systemstandard</translation>
    </message>
    <message>
      <source>Voice: not available — using beeps (no speech engine)</source>
      <translation>Stimme: nicht verfügbar – stattdessen Pieptöne (keine Sprachausgabe)</translation>
    </message>
    <message>
      <source>Says the move coming up: “Next: bird dog, left side, 30 seconds”</source>
      <translation>Sagt die nächste Übung an: „Als Nächstes: Bird Dog, linke Seite, 30 Sekunden“</translation>
    </message>
    <message>
      <source>Counts “3, 2, 1” before each change</source>
      <translation>Zählt vor jedem Wechsel „3, 2, 1“</translation>
    </message>
    <message>
      <source>Says “Halfway” during holds of 10 s or more</source>
      <translation>Sagt „Halbzeit“ beim Halten ab 10 s</translation>
    </message>
    <message>
      <source>Says “Switch sides” between the left and right side</source>
      <translation>Sagt „Seite wechseln“ zwischen linker und rechter Seite</translation>
    </message>
    <message>
      <source>Says the rest and what follows: “Rest, 20 seconds. Next: superman”</source>
      <translation>Sagt die Pause an und was danach kommt: „Pause, 20 Sekunden. Als Nächstes: Superman“</translation>
    </message>
    <message>
      <source>Says “Routine complete” at the end</source>
      <translation>Sagt am Ende „Routine geschafft“</translation>
    </message>
    <message>
      <source>Says “Breathe out” every 6 s during holds longer than 20 s</source>
      <translation>Sagt „Ausatmen“ alle 6 s beim Halten über 20 s</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>Faster {percent} %</source>
      <translation>{percent} % schneller</translation>
    </message>
    <message>
      <source>Slower {percent} %</source>
      <translation>{percent} % langsamer</translation>
    </message>
    <message>
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
    <message>
      <source>Voice</source>
      <translation>Stimme</translation>
    </message>
    <message>
      <source>Speak the &amp;cues (otherwise beeps)</source>
      <translation>&amp;Gesprochene Ansagen (sonst Pieptöne)</translation>
    </message>
    <message>
      <source>Spoken cues</source>
      <translation>Gesprochene Ansagen</translation>
    </message>
    <message>
      <source>Say cues aloud, so you can watch the floor</source>
      <translation>Ansagen laut sprechen, damit dein Blick auf der Matte bleiben kann</translation>
    </message>
    <message>
      <source>Say: {cue}</source>
      <translation>Ansage: {cue}</translation>
    </message>
    <message>
      <source>Which voice says the cues</source>
      <translation>Welche Stimme die Ansagen spricht</translation>
    </message>
    <message>
      <source>Speaking rate</source>
      <translation>Sprechtempo</translation>
    </message>
    <message>
      <source>How fast the cues are said</source>
      <translation>Wie schnell die Ansagen gesprochen werden</translation>
    </message>
    <message>
      <source>Voice volume</source>
      <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
      <source>Loudness of the spoken cues, 0–100 %</source>
      <translation>Lautstärke der Ansagen, 0–100 %</translation>
    </message>
    <message>
      <source>&amp;Test voice</source>
      <translation>St&amp;imme testen</translation>
    </message>
    <message>
      <source>Test voice</source>
      <translation>Stimme testen</translation>
    </message>
    <message>
      <source>Say a sample cue with these settings</source>
      <translation>Eine Beispielansage mit diesen Einstellungen sprechen</translation>
    </message>
    <message>
      <source>Voice status</source>
      <translation>Status der Stimme</translation>
    </message>
    <message>
      <source>V&amp;oice:</source>
      <translation>&amp;Stimme:</translation>
    </message>
    <message>
      <source>Rat&amp;e:</source>
      <translation>Spre&amp;chtempo:</translation>
    </message>
    <message>
      <source>Vo&amp;lume:</source>
      <translation>Lautstär&amp;ke:</translation>
    </message>
  </context>
  <context>
    <name>weekly_chart</name>
    <message>
      <source>Strength</source>
      <translation>Kraft</translation>
    </message>
    <message>
      <source>Stretch</source>
      <translation>Dehnung</translation>
    </message>
    <message>
      <source>Desk breaks</source>
      <translation>Schreibtischpausen</translation>
    </message>
    <message>
      <source>{first_day}–{last_day} {month}</source>
      <translation>{first_day}.–{last_day}. {month}</translation>
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
      <translation>Kraftziel erreicht</translation>
    </message>
    <message>
      <source>Strength goal not met</source>
      <translation>Kraftziel nicht erreicht</translation>
    </message>
    <message>
      <source>Skip days: {count}</source>
      <translation>Auszeittage: {count}</translation>
    </message>
    <message>
      <source>Average pain: {pain} of 10</source>
      <translation>Schmerz im Schnitt: {pain} von 10</translation>
    </message>
    <message>
      <source>Strength goal ({goal} a week)</source>
      <translation>Kraftziel ({goal} pro Woche)</translation>
    </message>
    <message numerus="yes">
      <source>%n week(s)</source>
      <translation>
        <numerusform>%n Woche</numerusform>
        <numerusform>%n Wochen</numerusform>
      </translation>
    </message>
    <message>
      <source>{weeks} wk</source>
      <translation>{weeks} Wo.</translation>
    </message>
    <message numerus="yes">
      <source>Stretching goal (%n day(s) a week)</source>
      <translation>
        <numerusform>Dehnziel (%n Tag pro Woche)</numerusform>
        <numerusform>Dehnziel (%n Tage pro Woche)</numerusform>
      </translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Einheiten</translation>
    </message>
    <message>
      <source>Weeks to results</source>
      <translation>Wochen bis zur Wirkung</translation>
    </message>
    <message>
      <source>Weeks chart</source>
      <translation>Wochendiagramm</translation>
    </message>
    <message numerus="yes">
      <source>stretching on %n day(s) (goal met)</source>
      <translation>
        <numerusform>Dehnen an %n Tag (Ziel erreicht)</numerusform>
        <numerusform>Dehnen an %n Tagen (Ziel erreicht)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>stretching on %n day(s) (goal not met)</source>
      <translation>
        <numerusform>Dehnen an %n Tag (Ziel nicht erreicht)</numerusform>
        <numerusform>Dehnen an %n Tagen (Ziel nicht erreicht)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n strength ({minutes} min)</source>
      <translation>
        <numerusform>%n Krafteinheit ({minutes} min)</numerusform>
        <numerusform>%n Krafteinheiten ({minutes} min)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n stretch ({minutes} min)</source>
      <translation>
        <numerusform>%n Dehneinheit ({minutes} min)</numerusform>
        <numerusform>%n Dehneinheiten ({minutes} min)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n desk break(s) ({minutes} min)</source>
      <translation>
        <numerusform>%n Schreibtischpause ({minutes} min)</numerusform>
        <numerusform>%n Schreibtischpausen ({minutes} min)</numerusform>
      </translation>
    </message>
  </context>
</TS>
