<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>appearance_page</name>
    <message>
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <source>Light, dark, or whatever your desktop uses</source>
      <translation>Clair, sombre ou comme votre environnement de bureau</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>Taille du texte</translation>
    </message>
    <message>
      <source>Text size compared with your system's, 100–200 %</source>
      <translation>Taille du texte par rapport à celle du système, 100–200 %</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>The language of LBH Desktop's windows and messages; a change takes effect the next time it starts</source>
      <translation>La langue des fenêtres et des messages de LBH Desktop ; un changement prend effet au prochain démarrage</translation>
    </message>
    <message>
      <source>The new language is used the next time LBH Desktop starts.</source>
      <translation>La nouvelle langue sera utilisée au prochain démarrage de LBH Desktop.</translation>
    </message>
    <message>
      <source>Language note</source>
      <translation>Remarque sur la langue</translation>
    </message>
    <message>
      <source>Restart &amp;now</source>
      <translation>Redémarrer &amp;maintenant</translation>
    </message>
    <message>
      <source>Restart now</source>
      <translation>Redémarrer maintenant</translation>
    </message>
    <message>
      <source>Use these settings, close LBH Desktop and start it again in the new language</source>
      <translation>Appliquer ces paramètres, fermer LBH Desktop et le relancer dans la nouvelle langue</translation>
    </message>
    <message>
      <source>&amp;Theme:</source>
      <translation>&amp;Thème :</translation>
    </message>
    <message>
      <source>Te&amp;xt size:</source>
      <translation>Taille du te&amp;xte :</translation>
    </message>
    <message>
      <source>Mat mode (F11 in the player) always shows white on black in the largest type.</source>
      <translation>Le mode tapis (F11 dans le lecteur) affiche toujours du blanc sur noir, dans la plus grande taille de texte.</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>Lan&amp;gue :</translation>
    </message>
  </context>
  <context>
    <name>atomic_storage</name>
    <message>
      <source>The LBH Desktop data file {path} is damaged and can't be opened: {reason}.</source>
      <translation>Le fichier de données LBH Desktop {path} est endommagé et ne peut pas être ouvert : {reason}.</translation>
    </message>
    <message>
      <source>Could not save LBH Desktop data to {path}: {reason}.</source>
      <translation>Impossible d’enregistrer les données LBH Desktop dans {path} : {reason}.</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>le fichier est vide</translation>
    </message>
    <message>
      <source>it is not UTF-8 text (bad byte at position {position})</source>
      <translation>ce n’est pas du texte UTF-8 (octet invalide à la position {position})</translation>
    </message>
    <message>
      <source>it is not valid JSON ({problem} at line {line}, column {column})</source>
      <translation>ce n’est pas du JSON valide ({problem} à la ligne {line}, colonne {column})</translation>
    </message>
    <message>
      <source>the top level is a JSON {type}, not an object</source>
      <translation>le niveau supérieur est de type JSON {type}, et non un objet</translation>
    </message>
    <message>
      <source>table {table} is not a JSON object</source>
      <translation>la table {table} n’est pas un objet JSON</translation>
    </message>
    <message>
      <source>table {table} has a record id {id} that is not a number</source>
      <translation>la table {table} contient un identifiant d’enregistrement {id} qui n’est pas un nombre</translation>
    </message>
    <message>
      <source>record {id} in table {table} is not a JSON object</source>
      <translation>l’enregistrement {id} de la table {table} n’est pas un objet JSON</translation>
    </message>
    <message>
      <source>number</source>
      <comment>a JSON type</comment>
      <translation>nombre</translation>
    </message>
    <message>
      <source>list</source>
      <comment>a JSON type</comment>
      <translation>liste</translation>
    </message>
    <message>
      <source>string</source>
      <comment>a JSON type</comment>
      <translation>chaîne</translation>
    </message>
    <message>
      <source>boolean</source>
      <comment>a JSON type</comment>
      <translation>booléen</translation>
    </message>
  </context>
  <context>
    <name>autostart</name>
    <message>
      <source>Start LBH Desktop at login to remind you of your breaks.</source>
      <translation>Démarrez LBH Desktop à l’ouverture de session pour qu’il vous rappelle vos pauses.</translation>
    </message>
    <message>
      <source>Start at login is not available: {reason}.</source>
      <translation>Le démarrage à l’ouverture de session n’est pas disponible : {reason}.</translation>
    </message>
    <message>
      <source>Start at login needs a command to run.</source>
      <translation>Le démarrage à l’ouverture de session a besoin d’une commande à exécuter.</translation>
    </message>
    <message>
      <source>Start at login could not be turned on: {error}</source>
      <translation>Impossible d’activer le démarrage à l’ouverture de session : {error}</translation>
    </message>
    <message>
      <source>Start at login could not be turned off: {error}</source>
      <translation>Impossible de désactiver le démarrage à l’ouverture de session : {error}</translation>
    </message>
    <message>
      <source>Start at login needs Qt's D-Bus support ({error}).</source>
      <translation>Le démarrage à l’ouverture de session nécessite la prise en charge de D-Bus par Qt ({error}).</translation>
    </message>
  </context>
  <context>
    <name>background_portal</name>
    <message>
      <source>Start at login is not available: the desktop's background portal (xdg-desktop-portal) is not running or does not offer it.</source>
      <translation>Le démarrage à l’ouverture de session n’est pas disponible : le portail d’arrière-plan de l’environnement de bureau (xdg-desktop-portal) ne fonctionne pas ou ne le propose pas.</translation>
    </message>
    <message>
      <source>You declined or cancelled the request to start LBH Desktop at login, so that setting was not changed.</source>
      <translation>Vous avez refusé ou annulé la demande de démarrage de LBH Desktop à l’ouverture de session ; ce réglage n’a donc pas été modifié.</translation>
    </message>
    <message>
      <source>The desktop could not change start at login: its background portal reported an error.</source>
      <translation>L’environnement de bureau n’a pas pu modifier le démarrage à l’ouverture de session : son portail d’arrière-plan a signalé une erreur.</translation>
    </message>
    <message>
      <source>The desktop did not turn on start at login for LBH Desktop.</source>
      <translation>L’environnement de bureau n’a pas activé le démarrage de LBH Desktop à l’ouverture de session.</translation>
    </message>
    <message>
      <source>Start at login is not available: there is no D-Bus session bus ({detail}).</source>
      <translation>Le démarrage à l’ouverture de session n’est pas disponible : il n’y a pas de bus de session D-Bus ({detail}).</translation>
    </message>
    <message>
      <source>Start at login could not be changed: the background portal did not answer ({detail}).</source>
      <translation>Impossible de modifier le démarrage à l’ouverture de session : le portail d’arrière-plan n’a pas répondu ({detail}).</translation>
    </message>
  </context>
  <context>
    <name>break_controller</name>
    <message>
      <source>Reminders paused until you resume them</source>
      <translation>Rappels suspendus jusqu’à ce que vous les repreniez</translation>
    </message>
    <message>
      <source>Reminders paused until {time}</source>
      <translation>Rappels suspendus jusqu’à {time}</translation>
    </message>
    <message>
      <source>Outside your working hours: no reminders</source>
      <translation>En dehors de vos heures de travail : pas de rappels</translation>
    </message>
    <message>
      <source>On a break</source>
      <translation>En pause</translation>
    </message>
    <message>
      <source>Time for a stretch break</source>
      <translation>C’est l’heure d’une pause étirements</translation>
    </message>
    <message>
      <source>Waiting (quiet mode)</source>
      <translation>En attente (mode discret)</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>En attente</translation>
    </message>
    <message>
      <source>Next break in {duration} (quiet mode)</source>
      <translation>Prochaine pause dans {duration} (mode discret)</translation>
    </message>
    <message>
      <source>Next break in {duration}</source>
      <translation>Prochaine pause dans {duration}</translation>
    </message>
    <message>
      <source>Held: {reason} — time for a stretch break</source>
      <translation>Rappels retenus : {reason} — c’est l’heure d’une pause étirements</translation>
    </message>
    <message>
      <source>Held: {reason} — waiting (quiet mode)</source>
      <translation>Rappels retenus : {reason} — en attente (mode discret)</translation>
    </message>
    <message>
      <source>Held: {reason} — waiting</source>
      <translation>Rappels retenus : {reason} — en attente</translation>
    </message>
    <message>
      <source>Held: {reason} — next break in {duration} (quiet mode)</source>
      <translation>Rappels retenus : {reason} — prochaine pause dans {duration} (mode discret)</translation>
    </message>
    <message>
      <source>Held: {reason} — next break in {duration}</source>
      <translation>Rappels retenus : {reason} — prochaine pause dans {duration}</translation>
    </message>
    <message>
      <source>Stretch break in a minute</source>
      <translation>Pause étirements dans une minute</translation>
    </message>
    <message>
      <source>Finish what you are doing.</source>
      <translation>Terminez ce que vous êtes en train de faire.</translation>
    </message>
    <message>
      <source>Stand up and move for a few minutes.</source>
      <translation>Levez-vous et bougez quelques minutes.</translation>
    </message>
    <message>
      <source>{routine} (quiet mode)</source>
      <translation>{routine} (mode discret)</translation>
    </message>
    <message numerus="yes">
      <source>Time for a %n-minute stretch break</source>
      <translation>
        <numerusform>C’est l’heure d’une pause étirements de %n minute</numerusform>
        <numerusform>C’est l’heure d’une pause étirements de %n minutes</numerusform>
      </translation>
    </message>
    <message>
      <source>{routine} — {description}</source>
      <translation>{routine} — {description}</translation>
    </message>
    <message>
      <source>No break routine</source>
      <translation>Aucune routine de pause</translation>
    </message>
    <message>
      <source>There is no desk-friendly routine to play.</source>
      <translation>Il n’y a aucune routine adaptée au bureau à lancer.</translation>
    </message>
  </context>
  <context>
    <name>break_menu</name>
    <message>
      <source>&amp;Start a break now</source>
      <translation>&amp;Commencer une pause maintenant</translation>
    </message>
    <message>
      <source>S&amp;nooze</source>
      <translation>&amp;Reporter</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message>
      <source>Only while a reminder is due</source>
      <translation>Seulement quand un rappel est en cours</translation>
    </message>
    <message>
      <source>&amp;Pause reminders</source>
      <translation>&amp;Suspendre les rappels</translation>
    </message>
    <message>
      <source>For 1 hour</source>
      <translation>Pendant 1 heure</translation>
    </message>
    <message>
      <source>Until tomorrow</source>
      <translation>Jusqu’à demain</translation>
    </message>
    <message>
      <source>Until I resume</source>
      <translation>Jusqu’à ce que je les reprenne</translation>
    </message>
    <message>
      <source>&amp;Resume reminders</source>
      <translation>Re&amp;prendre les rappels</translation>
    </message>
    <message>
      <source>For meetings: no reminder window pops up; the status still says when a break is due</source>
      <translation>Pour les réunions : aucune fenêtre de rappel ne s’ouvre ; l’état indique quand même quand une pause est prévue</translation>
    </message>
    <message>
      <source>&amp;Quiet mode for an hour</source>
      <translation>Mode &amp;discret pendant une heure</translation>
    </message>
    <message>
      <source>&amp;Quiet mode until {time}</source>
      <translation>Mode &amp;discret jusqu’à {time}</translation>
    </message>
  </context>
  <context>
    <name>break_notice</name>
    <message>
      <source>Start</source>
      <translation>Commencer</translation>
    </message>
    <message>
      <source>Snooze {minutes} min</source>
      <translation>Reporter de {minutes} min</translation>
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
      <translation>Saisissez une heure comme 8:30 ou 17:00 ; les flèches Haut et Bas la changent de 15 minutes</translation>
    </message>
    <message>
      <source>Choose at least one working day.</source>
      <translation>Choisissez au moins un jour de travail.</translation>
    </message>
    <message>
      <source>The working day must end after it starts.</source>
      <translation>La journée de travail doit finir après avoir commencé.</translation>
    </message>
    <message>
      <source>Break settings</source>
      <translation>Paramètres des pauses</translation>
    </message>
    <message>
      <source>Minutes between reminders</source>
      <translation>Minutes entre les rappels</translation>
    </message>
    <message>
      <source>Minutes of activity between reminders; idle time does not count</source>
      <translation>Minutes d’activité entre deux rappels ; le temps d’inactivité ne compte pas</translation>
    </message>
    <message>
      <source>Remind me every {minutes} minutes of activity</source>
      <translation>Me rappeler toutes les {minutes} minutes d’activité</translation>
    </message>
    <message>
      <source>Working day starts</source>
      <translation>Début de la journée de travail</translation>
    </message>
    <message>
      <source>Working day ends</source>
      <translation>Fin de la journée de travail</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>de {start} à {end}</translation>
    </message>
    <message>
      <source>Take turns with the desk-friendly routines</source>
      <translation>Alterner entre les routines adaptées au bureau</translation>
    </message>
    <message>
      <source>Warn me a minute before each break</source>
      <translation>M’avertir une minute avant chaque pause</translation>
    </message>
    <message>
      <source>Hold reminders during do-not-disturb and full-screen windows</source>
      <translation>Retenir les rappels en mode Ne pas déranger et pendant les fenêtres plein écran</translation>
    </message>
    <message>
      <source>Keep running in the tray when the window is closed</source>
      <translation>Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
      <source>Start at login, in the background</source>
      <translation>Démarrer à l’ouverture de session, en arrière-plan</translation>
    </message>
    <message>
      <source>Working days</source>
      <translation>Jours de travail</translation>
    </message>
    <message>
      <source>Working hours</source>
      <translation>Heures de travail</translation>
    </message>
    <message>
      <source>Break routine</source>
      <translation>Routine de pause</translation>
    </message>
    <message>
      <source>Type the working hours as hours and minutes, such as 9:00 and 17:30.</source>
      <translation>Saisissez les heures de travail en heures et minutes, par exemple 9:00 et 17:30.</translation>
    </message>
  </context>
  <context>
    <name>breaks_wiring</name>
    <message>
      <source>LBH Desktop keeps running</source>
      <translation>LBH Desktop reste ouvert</translation>
    </message>
    <message>
      <source>It stays in the tray to remind you of stretch breaks. Quit from its menu.</source>
      <translation>Il reste dans la zone de notification pour vous rappeler les pauses étirements. Quittez-le depuis son menu.</translation>
    </message>
    <message>
      <source>{title}. {text}</source>
      <translation>{title}. {text}</translation>
    </message>
    <message>
      <source>For this run only: every {minutes} min (--break-interval), unless you change it.</source>
      <translation>Pour ce lancement uniquement : toutes les {minutes} min (--break-interval), sauf si vous le modifiez.</translation>
    </message>
    <message>
      <source>Start at login</source>
      <translation>Démarrage à l’ouverture de session</translation>
    </message>
  </context>
  <context>
    <name>build</name>
    <message>
      <source>Safety notice</source>
      <translation>Consignes de sécurité</translation>
    </message>
    <message>
      <source>Part of your history could not be read</source>
      <translation>Une partie de votre historique n’a pas pu être lue</translation>
    </message>
    <message>
      <source>LBH Desktop {version}

Guided lower-back and hip routines.
Your data: {folder}</source>
      <translation>LBH Desktop {version}

Routines guidées pour le bas du dos et les hanches.
Vos données : {folder}</translation>
    </message>
    <message>
      <source>About LBH Desktop</source>
      <translation>À propos de LBH Desktop</translation>
    </message>
  </context>
  <context>
    <name>calendar_heatmap</name>
    <message>
      <source>{date}: no activity</source>
      <translation>{date} : aucune activité</translation>
    </message>
    <message>
      <source>{date}: under 1 min active</source>
      <translation>{date} : moins d’1 min d’activité</translation>
    </message>
    <message>
      <source>{date}: {minutes} min active</source>
      <translation>{date} : {minutes} min d’activité</translation>
    </message>
    <message>
      <source>{day} · skip day</source>
      <translation>{day} · jour d’absence</translation>
    </message>
    <message>
      <source>Active minutes per day over the last 6 months. Right-click a day to mark it as a skip day.</source>
      <translation>Minutes d’activité par jour sur les 6 derniers mois. Cliquez sur un jour avec le bouton droit pour le marquer comme jour d’absence.</translation>
    </message>
    <message>
      <source>Calendar chart</source>
      <translation>Graphique calendrier</translation>
    </message>
    <message>
      <source>Less</source>
      <translation>Moins</translation>
    </message>
    <message>
      <source>More</source>
      <translation>Plus</translation>
    </message>
    <message>
      <source>Skip day</source>
      <translation>Jour d’absence</translation>
    </message>
    <message>
      <source>Remove the skip day on {date}</source>
      <translation>Retirer le jour d’absence du {date}</translation>
    </message>
    <message>
      <source>Mark {date} as a skip day</source>
      <translation>Marquer le {date} comme jour d’absence</translation>
    </message>
    <message>
      <source>Sick or travelling? Skip days keep your streaks and freeze your score.</source>
      <translation>Malade ou en voyage ? Les jours d’absence préservent vos jours d’affilée et figent votre score.</translation>
    </message>
  </context>
  <context>
    <name>catalogue</name>
    <message>
      <source>Deadlift (hip hinge)</source>
      <translation>Soulevé de terre (charnière de hanche)</translation>
    </message>
    <message>
      <source>Strengthens the whole back of the body by hinging forward at the hips and standing tall again.</source>
      <translation>Renforce tout l’arrière du corps : vous basculez le buste en avant depuis les hanches, puis vous vous redressez.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp or shooting pain in your back or legs, and keep the range small after a recent back injury.</source>
      <translation>Arrêtez si vous ressentez une douleur vive ou fulgurante dans le dos ou les jambes, et gardez une petite amplitude après une blessure récente au dos.</translation>
    </message>
    <message>
      <source>glutes</source>
      <translation>fessiers</translation>
    </message>
    <message>
      <source>hamstrings</source>
      <translation>ischio-jambiers</translation>
    </message>
    <message>
      <source>lower back</source>
      <translation>bas du dos</translation>
    </message>
    <message>
      <source>dumbbells (optional)</source>
      <translation>haltères (facultatif)</translation>
    </message>
    <message>
      <source>Stand with feet hip-width apart and knees soft, arms hanging in front of your thighs.</source>
      <translation>Tenez-vous debout, pieds écartés de la largeur des hanches, genoux légèrement fléchis, bras pendant devant les cuisses.</translation>
    </message>
    <message>
      <source>If you use dumbbells, hold one in each hand, starting light, and keep them close to your legs.</source>
      <translation>Si vous utilisez des haltères, tenez-en un dans chaque main, en commençant léger, et gardez-les près des jambes.</translation>
    </message>
    <message>
      <source>Push your hips back and let your chest tip forward, keeping your back long and flat.</source>
      <translation>Poussez les hanches vers l’arrière et laissez la poitrine basculer vers l’avant, en gardant le dos long et plat.</translation>
    </message>
    <message>
      <source>Lower until you feel a stretch in the backs of your legs, usually around knee height.</source>
      <translation>Descendez jusqu’à sentir un étirement à l’arrière des jambes, en général vers la hauteur des genoux.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and drive your hips forward to stand tall again.</source>
      <translation>Serrez les fessiers et poussez les hanches vers l’avant pour vous redresser.</translation>
    </message>
    <message>
      <source>Keep your spine long from head to hips; no rounding.</source>
      <translation>Gardez la colonne vertébrale longue de la tête aux hanches, sans arrondir.</translation>
    </message>
    <message>
      <source>Move from the hips; the knees only bend a little.</source>
      <translation>Le mouvement part des hanches ; les genoux ne fléchissent qu’un peu.</translation>
    </message>
    <message>
      <source>Keep your weight over the middle of your feet.</source>
      <translation>Gardez le poids du corps au milieu des pieds.</translation>
    </message>
    <message>
      <source>Rounding the lower back to reach further down.</source>
      <translation>Arrondir le bas du dos pour descendre plus bas.</translation>
    </message>
    <message>
      <source>Turning it into a squat by bending the knees a lot.</source>
      <translation>Transformer le mouvement en squat en fléchissant beaucoup les genoux.</translation>
    </message>
    <message>
      <source>Leaning back or pushing the hips too far forward at the top.</source>
      <translation>Se pencher en arrière ou pousser les hanches trop loin vers l’avant en haut du mouvement.</translation>
    </message>
    <message>
      <source>Keep your back long and flat all the way, use light weights or none, and ask a physiotherapist before adding load.</source>
      <translation>Gardez le dos long et plat tout au long du mouvement, utilisez des poids légers ou aucun, et demandez l’avis d’un kinésithérapeute avant d’ajouter de la charge.</translation>
    </message>
    <message>
      <source>Hands-on-hips hinge</source>
      <translation>Charnière mains sur les hanches</translation>
    </message>
    <message>
      <source>Practises the deadlift's hip hinge without weights: your hands rest on your hips and you hinge through a smaller range, so you learn to move from the hips with a long, flat back.</source>
      <translation>Pour apprendre la charnière de hanche du soulevé de terre sans poids : les mains posées sur les hanches, vous basculez avec une amplitude plus petite, pour apprendre à bouger depuis les hanches avec le dos long et plat.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp or shooting pain in your back or legs, and keep the hinge very small after a recent back injury.</source>
      <translation>Arrêtez si vous ressentez une douleur vive ou fulgurante dans le dos ou les jambes, et gardez une très petite charnière après une blessure récente au dos.</translation>
    </message>
    <message>
      <source>Stand with feet hip-width apart and knees soft, and rest your hands on the tops of your hips.</source>
      <translation>Tenez-vous debout, pieds écartés de la largeur des hanches, genoux légèrement fléchis, et posez les mains sur le haut des hanches.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach and stand tall, with your back long from head to hips.</source>
      <translation>Contractez doucement le ventre et grandissez-vous, le dos long de la tête aux hanches.</translation>
    </message>
    <message>
      <source>Push your hips back and let your chest tip forward a little, keeping your back flat.</source>
      <translation>Poussez les hanches vers l’arrière et laissez la poitrine basculer un peu vers l’avant, en gardant le dos plat.</translation>
    </message>
    <message>
      <source>Stop when you feel a light stretch in the backs of your legs, or before your back starts to round, whichever comes first.</source>
      <translation>Arrêtez-vous dès que vous sentez un léger étirement à l’arrière des jambes, ou avant que le dos ne commence à s’arrondir, selon ce qui arrive en premier.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and bring your hips forward to stand tall again.</source>
      <translation>Serrez les fessiers et ramenez les hanches vers l’avant pour vous redresser.</translation>
    </message>
    <message>
      <source>Feel your hands travel back with your hips as you hinge.</source>
      <translation>Sentez vos mains partir vers l’arrière avec les hanches pendant la charnière.</translation>
    </message>
    <message>
      <source>A small hinge with a flat back beats a deep one with a rounded back.</source>
      <translation>Mieux vaut une petite charnière dos plat qu’une grande dos arrondi.</translation>
    </message>
    <message>
      <source>Bending forward from the waist instead of pushing the hips back.</source>
      <translation>Se pencher en avant depuis la taille au lieu de pousser les hanches vers l’arrière.</translation>
    </message>
    <message>
      <source>Bending the knees a lot, so it turns into a squat.</source>
      <translation>Fléchir beaucoup les genoux, ce qui transforme le mouvement en squat.</translation>
    </message>
    <message>
      <source>Leaning back at the top instead of just standing tall.</source>
      <translation>Se pencher en arrière en haut du mouvement au lieu de simplement se redresser.</translation>
    </message>
    <message>
      <source>Keep your back long and flat and the hinge small, stopping well before your back starts to round.</source>
      <translation>Gardez le dos long et plat et une petite charnière, en vous arrêtant bien avant que le dos ne commence à s’arrondir.</translation>
    </message>
    <message>
      <source>Slow dumbbell deadlift</source>
      <translation>Soulevé de terre lent aux haltères</translation>
    </message>
    <message>
      <source>A harder deadlift: you hold a pair of dumbbells, take three seconds to lower them and pause before you stand, so the backs of your hips and legs work for longer.</source>
      <translation>Un soulevé de terre plus difficile : vous tenez deux haltères, vous les descendez en trois secondes et marquez une pause avant de vous redresser, pour faire travailler plus longtemps l’arrière des hanches et des jambes.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp or shooting pain in your back or legs, and go back to the deadlift without weights after a recent back injury.</source>
      <translation>Arrêtez si vous ressentez une douleur vive ou fulgurante dans le dos ou les jambes, et revenez au soulevé de terre sans poids après une blessure récente au dos.</translation>
    </message>
    <message>
      <source>dumbbells</source>
      <translation>haltères</translation>
    </message>
    <message>
      <source>Stand with feet hip-width apart and knees soft, holding a light dumbbell in each hand in front of your thighs.</source>
      <translation>Tenez-vous debout, pieds écartés de la largeur des hanches, genoux légèrement fléchis, un haltère léger dans chaque main devant les cuisses.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, then push your hips back and let your chest tip forward, taking three seconds on the way down.</source>
      <translation>Contractez doucement le ventre, puis poussez les hanches vers l’arrière et laissez la poitrine basculer vers l’avant, en prenant trois secondes pour descendre.</translation>
    </message>
    <message>
      <source>Keep the dumbbells close to your legs as they lower to about knee height, with your back long and flat.</source>
      <translation>Gardez les haltères près des jambes pendant qu’ils descendent jusqu’à environ la hauteur des genoux, le dos long et plat.</translation>
    </message>
    <message>
      <source>Pause there for a moment, then squeeze your glutes and drive your hips forward to stand tall.</source>
      <translation>Marquez une courte pause, puis serrez les fessiers et poussez les hanches vers l’avant pour vous redresser.</translation>
    </message>
    <message>
      <source>Slow on the way down, steady on the way up.</source>
      <translation>Lentement à la descente, sans à-coups à la montée.</translation>
    </message>
    <message>
      <source>Keep the weights close to your legs all the way.</source>
      <translation>Gardez les poids près des jambes du début à la fin.</translation>
    </message>
    <message>
      <source>Keep your spine long from head to hips; stop before it would round.</source>
      <translation>Gardez la colonne vertébrale longue de la tête aux hanches ; arrêtez-vous avant qu’elle ne s’arrondisse.</translation>
    </message>
    <message>
      <source>Choosing weights so heavy that your back rounds or the lowering speeds up.</source>
      <translation>Choisir des poids si lourds que le dos s’arrondit ou que la descente s’accélère.</translation>
    </message>
    <message>
      <source>Letting the dumbbells drift forward, away from your legs.</source>
      <translation>Laisser les haltères s’éloigner des jambes vers l’avant.</translation>
    </message>
    <message>
      <source>Ask a physiotherapist before you add weights; if you do, keep them light and your back long and flat the whole way.</source>
      <translation>Demandez l’avis d’un kinésithérapeute avant d’ajouter des poids ; si vous en utilisez, gardez-les légers et le dos long et plat tout au long du mouvement.</translation>
    </message>
    <message>
      <source>Glute bridge</source>
      <translation>Pont fessier</translation>
    </message>
    <message>
      <source>Builds the glutes and hamstrings by lifting your hips off the floor while lying on your back.</source>
      <translation>Renforce les fessiers et les ischio-jambiers : allongé sur le dos, vous soulevez les hanches du sol.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or hips, and skip it if you have been advised not to lie flat on your back, for example later in pregnancy.</source>
      <translation>Arrêtez si vous ressentez une douleur vive dans le dos ou les hanches, et ne faites pas cet exercice si l’on vous a déconseillé de vous allonger à plat sur le dos, par exemple en fin de grossesse.</translation>
    </message>
    <message>
      <source>core</source>
      <translation>sangle abdominale</translation>
    </message>
    <message>
      <source>Lie on your back with knees bent, feet flat and hip-width apart, arms resting by your sides.</source>
      <translation>Allongez-vous sur le dos, genoux fléchis, pieds à plat écartés de la largeur des hanches, bras posés le long du corps.</translation>
    </message>
    <message>
      <source>Press your feet into the floor and gently tighten your stomach.</source>
      <translation>Appuyez les pieds dans le sol et contractez doucement le ventre.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and lift your hips until your body is straight from knees to shoulders.</source>
      <translation>Serrez les fessiers et soulevez les hanches jusqu’à ce que le corps forme une ligne droite des genoux aux épaules.</translation>
    </message>
    <message>
      <source>Pause for a breath at the top, then lower slowly back to the floor.</source>
      <translation>Restez en haut le temps d’une respiration, puis redescendez lentement au sol.</translation>
    </message>
    <message>
      <source>Push through your heels.</source>
      <translation>Poussez dans les talons.</translation>
    </message>
    <message>
      <source>Keep your ribs down so the lift comes from your hips, not from arching your back.</source>
      <translation>Gardez les côtes basses pour que l’élévation vienne des hanches, et non d’une cambrure du dos.</translation>
    </message>
    <message>
      <source>Keep your knees pointing forward, in line with your feet.</source>
      <translation>Gardez les genoux orientés vers l’avant, dans l’axe des pieds.</translation>
    </message>
    <message>
      <source>Arching the lower back to lift higher.</source>
      <translation>Cambrer le bas du dos pour monter plus haut.</translation>
    </message>
    <message>
      <source>Letting the knees fall inward or outward.</source>
      <translation>Laisser les genoux tomber vers l’intérieur ou l’extérieur.</translation>
    </message>
    <message>
      <source>Dropping down quickly instead of lowering with control.</source>
      <translation>Se laisser retomber vite au lieu de redescendre avec contrôle.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back for long can make you feel faint. Keep sets short, or prop your shoulders up on cushions.</source>
      <translation>Après le premier trimestre, rester longtemps allongée sur le dos peut provoquer un malaise. Faites des séries courtes, ou surélevez les épaules avec des coussins.</translation>
    </message>
    <message>
      <source>Small bridge</source>
      <translation>Petit pont</translation>
    </message>
    <message>
      <source>A gentler glute bridge: you lift your hips only a little way off the floor, building height as it feels comfortable.</source>
      <translation>Un pont fessier plus doux : vous ne soulevez les hanches que légèrement du sol, et montez plus haut à mesure que c’est confortable.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and lift your hips just a few centimetres off the floor, only as high as feels comfortable.</source>
      <translation>Serrez les fessiers et soulevez les hanches de quelques centimètres seulement, aussi haut que c’est confortable.</translation>
    </message>
    <message>
      <source>Pause for a breath, then lower slowly back down and let your glutes relax before the next lift.</source>
      <translation>Restez le temps d’une respiration, puis redescendez lentement et relâchez les fessiers avant la levée suivante.</translation>
    </message>
    <message>
      <source>A small, steady lift is better than a high, shaky one.</source>
      <translation>Mieux vaut une petite levée stable qu’une levée haute et tremblante.</translation>
    </message>
    <message>
      <source>Push through your heels, not your toes.</source>
      <translation>Poussez dans les talons, pas dans les orteils.</translation>
    </message>
    <message>
      <source>Keep your ribs down so the lift comes from your glutes.</source>
      <translation>Gardez les côtes basses pour que l’élévation vienne des fessiers.</translation>
    </message>
    <message>
      <source>Pushing higher than is comfortable and arching the lower back.</source>
      <translation>Monter plus haut que ce qui est confortable et cambrer le bas du dos.</translation>
    </message>
    <message>
      <source>Holding your breath as you lift.</source>
      <translation>Retenir sa respiration pendant la montée.</translation>
    </message>
    <message>
      <source>Marching bridge</source>
      <translation>Pont en marche</translation>
    </message>
    <message>
      <source>A harder glute bridge: you hold your hips up and lift one foot at a time, so your glutes and trunk must keep your hips level.</source>
      <translation>Un pont fessier plus difficile : vous gardez les hanches levées et soulevez un pied à la fois, si bien que les fessiers et le tronc doivent garder les hanches à niveau.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or hips, lower your hips and rest if the back of your thigh cramps, and skip it if you have been advised not to lie flat on your back, for example later in pregnancy.</source>
      <translation>Arrêtez si vous ressentez une douleur vive dans le dos ou les hanches, redescendez les hanches et reposez-vous si l’arrière de la cuisse se crampe, et ne faites pas cet exercice si l’on vous a déconseillé de vous allonger à plat sur le dos, par exemple en fin de grossesse.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, squeeze your glutes and lift your hips until your body is straight from knees to shoulders.</source>
      <translation>Contractez doucement le ventre, serrez les fessiers et soulevez les hanches jusqu’à ce que le corps forme une ligne droite des genoux aux épaules.</translation>
    </message>
    <message>
      <source>Keeping your hips high and level, slowly lift one foot off the floor and bring that knee up over your hip, keeping the knee bent.</source>
      <translation>En gardant les hanches hautes et à niveau, soulevez lentement un pied du sol et amenez le genou au-dessus de la hanche, genou fléchi.</translation>
    </message>
    <message>
      <source>Put the foot down softly, then lift the other one; each foot lift counts as one rep.</source>
      <translation>Reposez le pied en douceur, puis soulevez l’autre ; chaque levée de pied compte pour une répétition.</translation>
    </message>
    <message>
      <source>After your last rep, lower your hips slowly back to the floor.</source>
      <translation>Après la dernière répétition, redescendez lentement les hanches au sol.</translation>
    </message>
    <message>
      <source>Keep your hips level, as if a tray were balanced across them.</source>
      <translation>Gardez les hanches à niveau, comme si un plateau était posé en équilibre dessus.</translation>
    </message>
    <message>
      <source>Press firmly through the heel of the foot that stays down.</source>
      <translation>Appuyez fermement dans le talon du pied qui reste au sol.</translation>
    </message>
    <message>
      <source>Move slowly; the foot only needs to leave the floor.</source>
      <translation>Bougez lentement ; il suffit que le pied décolle du sol.</translation>
    </message>
    <message>
      <source>Letting the hips sag or tip to one side as a foot lifts.</source>
      <translation>Laisser les hanches s’affaisser ou pencher d’un côté quand un pied se lève.</translation>
    </message>
    <message>
      <source>Arching the lower back to keep the hips up.</source>
      <translation>Cambrer le bas du dos pour garder les hanches en l’air.</translation>
    </message>
    <message>
      <source>Rushing from one foot to the other.</source>
      <translation>Enchaîner trop vite d’un pied à l’autre.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back for long can make you feel faint. Keep sets short, or prop your shoulders up on cushions, and keep both feet down if the front or back of your pelvis is sore.</source>
      <translation>Après le premier trimestre, rester longtemps allongée sur le dos peut provoquer un malaise. Faites des séries courtes, ou surélevez les épaules avec des coussins, et gardez les deux pieds au sol si l’avant ou l’arrière du bassin est douloureux.</translation>
    </message>
    <message>
      <source>Single-leg bridge</source>
      <translation>Pont sur une jambe</translation>
    </message>
    <message>
      <source>A harder glute bridge on one foot, with the other leg held out straight, so each side's glutes and hamstrings work on their own while you keep your hips level.</source>
      <translation>Un pont fessier plus difficile sur un seul pied, l’autre jambe tendue, pour que les fessiers et les ischio-jambiers de chaque côté travaillent seuls tout en gardant les hanches à niveau.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or hips, go back to the marching bridge if you cannot keep your hips level, and skip it if you have been advised not to lie flat on your back, for example later in pregnancy.</source>
      <translation>Arrêtez si vous ressentez une douleur vive dans le dos ou les hanches, revenez au pont en marche si vous ne parvenez pas à garder les hanches à niveau, et ne faites pas cet exercice si l’on vous a déconseillé de vous allonger à plat sur le dos, par exemple en fin de grossesse.</translation>
    </message>
    <message>
      <source>Left leg: your left foot stays on the floor and does the lifting, and your right leg is held out straight.</source>
      <translation>Jambe gauche : votre pied gauche reste au sol et fait le travail de levée, et votre jambe droite est tendue.</translation>
    </message>
    <message>
      <source>Right leg: your right foot stays on the floor and does the lifting, and your left leg is held out straight.</source>
      <translation>Jambe droite : votre pied droit reste au sol et fait le travail de levée, et votre jambe gauche est tendue.</translation>
    </message>
    <message>
      <source>Lie on your back with knees bent, feet flat and hip-width apart, arms resting on the floor by your sides.</source>
      <translation>Allongez-vous sur le dos, genoux fléchis, pieds à plat écartés de la largeur des hanches, bras posés au sol le long du corps.</translation>
    </message>
    <message>
      <source>Straighten one leg so it lines up with the other thigh, knees level, and gently tighten your stomach.</source>
      <translation>Tendez une jambe dans le prolongement de l’autre cuisse, genoux à la même hauteur, et contractez doucement le ventre.</translation>
    </message>
    <message>
      <source>Press through the heel of the foot on the floor and lift your hips until your body is straight from knee to shoulders, hips level.</source>
      <translation>Poussez dans le talon du pied au sol et soulevez les hanches jusqu’à ce que le corps forme une ligne droite du genou aux épaules, hanches à niveau.</translation>
    </message>
    <message>
      <source>Finish your reps, then change legs.</source>
      <translation>Terminez vos répétitions, puis changez de jambe.</translation>
    </message>
    <message>
      <source>Keep both hips at the same height; don't let the side of the straight leg drop.</source>
      <translation>Gardez les deux hanches à la même hauteur ; ne laissez pas descendre le côté de la jambe tendue.</translation>
    </message>
    <message>
      <source>Push through the heel of the foot on the floor.</source>
      <translation>Poussez dans le talon du pied au sol.</translation>
    </message>
    <message>
      <source>Press your arms gently into the floor to stay steady.</source>
      <translation>Appuyez doucement les bras dans le sol pour rester stable.</translation>
    </message>
    <message>
      <source>Letting the hip on the side of the straight leg drop or twist.</source>
      <translation>Laisser la hanche du côté de la jambe tendue descendre ou tourner.</translation>
    </message>
    <message>
      <source>Kicking the straight leg up to help the lift.</source>
      <translation>Lancer la jambe tendue vers le haut pour aider la montée.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back for long can make you feel faint, and one-legged work can strain a sore pelvis. Keep sets short, or do the glute bridge with both feet down.</source>
      <translation>Après le premier trimestre, rester longtemps allongée sur le dos peut provoquer un malaise, et le travail sur une jambe peut solliciter un bassin douloureux. Faites des séries courtes, ou faites le pont fessier les deux pieds au sol.</translation>
    </message>
    <message>
      <source>Bird dog</source>
      <translation>Bird dog</translation>
    </message>
    <message>
      <source>Teaches your trunk and hips to stay steady while you reach out with an opposite arm and leg.</source>
      <translation>Apprend au tronc et aux hanches à rester stables pendant que vous tendez un bras et la jambe opposée.</translation>
    </message>
    <message>
      <source>Put a cushion under your knees if they are sore, and stop if you feel sharp pain in your back or wrists.</source>
      <translation>Placez un coussin sous vos genoux s’ils sont sensibles, et arrêtez si vous ressentez une douleur vive dans le dos ou les poignets.</translation>
    </message>
    <message>
      <source>Left side: your left arm reaches forward and your right leg reaches back.</source>
      <translation>Côté gauche : votre bras gauche s’allonge vers l’avant et votre jambe droite vers l’arrière.</translation>
    </message>
    <message>
      <source>Right side: your right arm reaches forward and your left leg reaches back.</source>
      <translation>Côté droit : votre bras droit s’allonge vers l’avant et votre jambe gauche vers l’arrière.</translation>
    </message>
    <message>
      <source>shoulders</source>
      <translation>épaules</translation>
    </message>
    <message>
      <source>Start on hands and knees, hands under your shoulders and knees under your hips, back flat.</source>
      <translation>Commencez à quatre pattes, mains sous les épaules et genoux sous les hanches, dos plat.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach as if bracing for a light poke.</source>
      <translation>Contractez doucement le ventre, comme pour encaisser une petite pichenette.</translation>
    </message>
    <message>
      <source>Slowly reach one arm forward and the opposite leg back until both are level with your body.</source>
      <translation>Tendez lentement un bras vers l’avant et la jambe opposée vers l’arrière jusqu’à ce qu’ils soient dans l’alignement du corps.</translation>
    </message>
    <message>
      <source>Hold for a breath, then bring them back to the start with control.</source>
      <translation>Tenez le temps d’une respiration, puis revenez à la position de départ avec contrôle.</translation>
    </message>
    <message>
      <source>Finish your reps, then change to the other arm and leg.</source>
      <translation>Terminez vos répétitions, puis changez de bras et de jambe.</translation>
    </message>
    <message>
      <source>Keep your hips level, as if a cup of water were balanced on your lower back.</source>
      <translation>Gardez les hanches à niveau, comme si un verre d’eau était posé en équilibre sur le bas du dos.</translation>
    </message>
    <message>
      <source>Reach long rather than high.</source>
      <translation>Cherchez la longueur plutôt que la hauteur.</translation>
    </message>
    <message>
      <source>Keep your neck in line, eyes on the floor.</source>
      <translation>Gardez la nuque dans l’alignement, le regard vers le sol.</translation>
    </message>
    <message>
      <source>Lifting the leg too high and arching the back.</source>
      <translation>Lever la jambe trop haut et cambrer le dos.</translation>
    </message>
    <message>
      <source>Letting the hip rotate open to the side.</source>
      <translation>Laisser la hanche s’ouvrir sur le côté.</translation>
    </message>
    <message>
      <source>Rushing through the reps.</source>
      <translation>Enchaîner les répétitions trop vite.</translation>
    </message>
    <message>
      <source>Bird dog, one limb at a time</source>
      <translation>Bird dog, un membre à la fois</translation>
    </message>
    <message>
      <source>An easier bird dog: you reach out just one arm, then just one leg, so three points stay on the floor while you learn to keep your trunk and hips steady.</source>
      <translation>Un bird dog plus facile : vous tendez un seul bras, puis une seule jambe, pour garder trois appuis au sol pendant que vous apprenez à stabiliser le tronc et les hanches.</translation>
    </message>
    <message>
      <source>Left side: you reach your left arm forward, then your right leg back, one at a time.</source>
      <translation>Côté gauche : vous tendez le bras gauche vers l’avant, puis la jambe droite vers l’arrière, l’un après l’autre.</translation>
    </message>
    <message>
      <source>Right side: you reach your right arm forward, then your left leg back, one at a time.</source>
      <translation>Côté droit : vous tendez le bras droit vers l’avant, puis la jambe gauche vers l’arrière, l’un après l’autre.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, then slowly reach one arm forward until it is level with your body, hold for a breath and put it back down.</source>
      <translation>Contractez doucement le ventre, puis tendez lentement un bras vers l’avant jusqu’à ce qu’il soit dans l’alignement du corps, tenez le temps d’une respiration et reposez-le.</translation>
    </message>
    <message>
      <source>Now slide the opposite leg back along the floor and lift it until it is level with your body, hold for a breath and bring it back.</source>
      <translation>Faites maintenant glisser la jambe opposée vers l’arrière sur le sol et soulevez-la jusqu’à ce qu’elle soit dans l’alignement du corps, tenez le temps d’une respiration et ramenez-la.</translation>
    </message>
    <message>
      <source>That is one rep; finish your reps, then change to the other arm and leg.</source>
      <translation>Cela fait une répétition ; terminez vos répétitions, puis changez de bras et de jambe.</translation>
    </message>
    <message>
      <source>Slide the leg back along the floor before you lift it.</source>
      <translation>Faites glisser la jambe vers l’arrière sur le sol avant de la soulever.</translation>
    </message>
    <message>
      <source>Shifting your weight over to one side as the hand or knee comes up.</source>
      <translation>Déporter le poids du corps sur un côté quand la main ou le genou se lève.</translation>
    </message>
    <message>
      <source>Lifting the leg higher than your back, so the back arches.</source>
      <translation>Lever la jambe plus haut que le dos, ce qui le cambre.</translation>
    </message>
    <message>
      <source>Rushing from one limb to the next without settling first.</source>
      <translation>Passer trop vite d’un membre à l’autre sans se stabiliser d’abord.</translation>
    </message>
    <message>
      <source>Bird dog with crunch</source>
      <translation>Bird dog avec crunch</translation>
    </message>
    <message>
      <source>A harder bird dog: after each reach you draw your elbow and the opposite knee in under your body, then reach out again, so your trunk has to stay steady through a longer movement.</source>
      <translation>Un bird dog plus difficile : après chaque extension, vous ramenez le coude et le genou opposé sous le corps, puis vous tendez à nouveau, pour que le tronc reste stable sur un mouvement plus long.</translation>
    </message>
    <message>
      <source>Go back to the plain bird dog if drawing in brings on back pain, and stop if you feel sharp pain in your back, wrists or knees.</source>
      <translation>Revenez au bird dog simple si ramener le coude et le genou déclenche une douleur au dos, et arrêtez si vous ressentez une douleur vive dans le dos, les poignets ou les genoux.</translation>
    </message>
    <message>
      <source>Left side: your left arm and right leg reach out and draw in together.</source>
      <translation>Côté gauche : votre bras gauche et votre jambe droite se tendent puis se ramènent ensemble.</translation>
    </message>
    <message>
      <source>Right side: your right arm and left leg reach out and draw in together.</source>
      <translation>Côté droit : votre bras droit et votre jambe gauche se tendent puis se ramènent ensemble.</translation>
    </message>
    <message>
      <source>abdominals</source>
      <translation>abdominaux</translation>
    </message>
    <message>
      <source>Start on hands and knees, hands under your shoulders and knees under your hips, and gently tighten your stomach.</source>
      <translation>Commencez à quatre pattes, mains sous les épaules et genoux sous les hanches, et contractez doucement le ventre.</translation>
    </message>
    <message>
      <source>Slowly reach one arm forward and the opposite leg back until both are level with your body, and hold for a breath.</source>
      <translation>Tendez lentement un bras vers l’avant et la jambe opposée vers l’arrière jusqu’à ce qu’ils soient dans l’alignement du corps, et tenez le temps d’une respiration.</translation>
    </message>
    <message>
      <source>Bend the elbow and knee and draw them in under your body towards each other, letting your back round only a little.</source>
      <translation>Fléchissez le coude et le genou et ramenez-les l’un vers l’autre sous le corps, en laissant le dos s’arrondir juste un peu.</translation>
    </message>
    <message>
      <source>Reach them out long again with control; that is one rep.</source>
      <translation>Tendez-les à nouveau loin avec contrôle ; cela fait une répétition.</translation>
    </message>
    <message>
      <source>Move slowly; being steady matters more than being quick.</source>
      <translation>Bougez lentement ; la stabilité compte plus que la vitesse.</translation>
    </message>
    <message>
      <source>Keep your hips level both when you reach and when you draw in.</source>
      <translation>Gardez les hanches à niveau, à l’extension comme au retour.</translation>
    </message>
    <message>
      <source>Elbow and knee only need to come close, not touch.</source>
      <translation>Le coude et le genou doivent seulement se rapprocher, pas se toucher.</translation>
    </message>
    <message>
      <source>Swinging the arm and leg in and out quickly.</source>
      <translation>Balancer le bras et la jambe d’avant en arrière trop vite.</translation>
    </message>
    <message>
      <source>Rounding the back hard or dropping the head to make the elbow and knee meet.</source>
      <translation>Arrondir fortement le dos ou baisser la tête pour que le coude touche le genou.</translation>
    </message>
    <message>
      <source>Lifting the leg above the level of your back on the reach.</source>
      <translation>Lever la jambe au-dessus du niveau du dos pendant l’extension.</translation>
    </message>
    <message>
      <source>Drawing in rounds the spine, which loads the front of the spine bones. Keep to the plain bird dog with a flat back, and ask a physiotherapist before adding the crunch.</source>
      <translation>Ramener le coude et le genou arrondit la colonne, ce qui charge l’avant des vertèbres. Restez sur le bird dog simple, dos plat, et demandez l’avis d’un kinésithérapeute avant d’ajouter le crunch.</translation>
    </message>
    <message>
      <source>Front plank</source>
      <translation>Planche ventrale</translation>
    </message>
    <message>
      <source>Builds a steady trunk, from your stomach round to your lower back and hips, as you hold a straight line on your forearms.</source>
      <translation>Construit un tronc stable, du ventre jusqu’au bas du dos et aux hanches, en tenant une ligne droite sur les avant-bras.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or shoulders, and check with a health professional before holding planks if you are pregnant or have high blood pressure.</source>
      <translation>Arrêtez si vous ressentez une douleur vive dans le dos ou les épaules, et demandez l’avis d’un professionnel de santé avant de faire des planches si vous êtes enceinte ou avez une tension artérielle élevée.</translation>
    </message>
    <message>
      <source>Lie face down, then prop yourself up on your forearms with elbows under your shoulders.</source>
      <translation>Allongez-vous à plat ventre, puis redressez-vous sur les avant-bras, coudes sous les épaules.</translation>
    </message>
    <message>
      <source>Tuck your toes under and tighten your stomach and glutes.</source>
      <translation>Repliez les orteils sous les pieds et contractez le ventre et les fessiers.</translation>
    </message>
    <message>
      <source>Lift your hips so your body is straight from head to heels.</source>
      <translation>Soulevez les hanches pour que le corps forme une ligne droite de la tête aux talons.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then lower your knees to the floor to finish.</source>
      <translation>Tenez en respirant calmement, puis posez les genoux au sol pour terminer.</translation>
    </message>
    <message>
      <source>Squeeze your glutes to keep your hips level.</source>
      <translation>Serrez les fessiers pour garder les hanches à niveau.</translation>
    </message>
    <message>
      <source>Push the floor away with your forearms.</source>
      <translation>Repoussez le sol avec les avant-bras.</translation>
    </message>
    <message>
      <source>Keep breathing; don't hold your breath.</source>
      <translation>Continuez à respirer ; ne bloquez pas votre respiration.</translation>
    </message>
    <message>
      <source>Letting the hips sag toward the floor.</source>
      <translation>Laisser les hanches s’affaisser vers le sol.</translation>
    </message>
    <message>
      <source>Pushing the hips up into a peak.</source>
      <translation>Monter les hanches en pointe.</translation>
    </message>
    <message>
      <source>Holding the breath.</source>
      <translation>Bloquer sa respiration.</translation>
    </message>
    <message>
      <source>Planks load the stretched belly muscles. Do it against a wall or a kitchen counter instead, and stop if you see a ridge along the middle of your belly.</source>
      <translation>Les planches sollicitent les muscles du ventre déjà étirés par la grossesse. Faites-la plutôt contre un mur ou un plan de travail, et arrêtez si vous voyez un bombement le long du milieu du ventre.</translation>
    </message>
    <message>
      <source>Incline plank</source>
      <translation>Planche inclinée</translation>
    </message>
    <message>
      <source>A gentler front plank with your forearms on a sturdy desk or table, so your body is tilted up and has less of its weight to hold.</source>
      <translation>Une planche ventrale plus douce, les avant-bras sur un bureau ou une table stable : le corps est incliné et vous avez moins de poids à porter.</translation>
    </message>
    <message>
      <source>Use a desk or table that cannot slide or tip, stop if you feel sharp pain in your back, shoulders or wrists, and check with a health professional first if you have high blood pressure.</source>
      <translation>Utilisez un bureau ou une table qui ne peut ni glisser ni basculer, arrêtez si vous ressentez une douleur vive dans le dos, les épaules ou les poignets, et demandez d’abord l’avis d’un professionnel de santé si vous avez une tension artérielle élevée.</translation>
    </message>
    <message>
      <source>sturdy desk or table</source>
      <translation>bureau ou table stable</translation>
    </message>
    <message>
      <source>Stand facing a sturdy desk or table that cannot slide and rest your forearms on its edge, elbows under your shoulders.</source>
      <translation>Placez-vous face à un bureau ou une table stable qui ne peut pas glisser et posez les avant-bras sur le bord, coudes sous les épaules.</translation>
    </message>
    <message>
      <source>Step your feet back, hip-width apart, until your body is straight from head to heels, with your weight on the balls of your feet.</source>
      <translation>Reculez les pieds, écartés de la largeur des hanches, jusqu’à ce que le corps soit droit de la tête aux talons, le poids sur l’avant des pieds.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach and squeeze your glutes so your hips stay in line.</source>
      <translation>Contractez doucement le ventre et serrez les fessiers pour garder les hanches dans l’alignement.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then walk your feet back in and stand up to finish.</source>
      <translation>Tenez en respirant calmement, puis rapprochez les pieds en marchant et redressez-vous pour terminer.</translation>
    </message>
    <message>
      <source>Make one long line from your ears to your heels.</source>
      <translation>Formez une seule longue ligne des oreilles aux talons.</translation>
    </message>
    <message>
      <source>Press gently into the desk so your shoulders don't sink.</source>
      <translation>Appuyez doucement sur le bureau pour que les épaules ne s’affaissent pas.</translation>
    </message>
    <message>
      <source>Bending at the waist so the bottom sticks out.</source>
      <translation>Se plier à la taille, les fesses en arrière.</translation>
    </message>
    <message>
      <source>Letting the hips sag toward the desk.</source>
      <translation>Laisser les hanches s’affaisser vers le bureau.</translation>
    </message>
    <message>
      <source>Leaning on furniture that can slide or tip, such as a chair on wheels.</source>
      <translation>S’appuyer sur un meuble qui peut glisser ou basculer, comme une chaise à roulettes.</translation>
    </message>
    <message>
      <source>Choose this raised plank in pregnancy rather than one on the floor. Keep holds short, stop if a ridge shows along your belly, and ask your midwife or physiotherapist if unsure.</source>
      <translation>Pendant la grossesse, préférez cette planche surélevée à une planche au sol. Faites des maintiens courts, arrêtez si un bombement apparaît le long du ventre, et demandez l’avis de votre sage-femme ou de votre kinésithérapeute en cas de doute.</translation>
    </message>
    <message>
      <source>Knee plank</source>
      <translation>Planche sur les genoux</translation>
    </message>
    <message>
      <source>Builds a steady trunk like the front plank, but with your knees on the floor so you hold a shorter, lighter line.</source>
      <translation>Construit un tronc stable comme la planche ventrale, mais avec les genoux au sol : la ligne à tenir est plus courte et plus légère.</translation>
    </message>
    <message>
      <source>Put a folded towel under your knees if they are sore, stop if you feel sharp pain in your back or shoulders, and check with a health professional before holding planks if you are pregnant or have high blood pressure.</source>
      <translation>Placez une serviette pliée sous vos genoux s’ils sont sensibles, arrêtez si vous ressentez une douleur vive dans le dos ou les épaules, et demandez l’avis d’un professionnel de santé avant de faire des planches si vous êtes enceinte ou avez une tension artérielle élevée.</translation>
    </message>
    <message>
      <source>Lie face down, then prop yourself up on your forearms with your elbows under your shoulders.</source>
      <translation>Allongez-vous à plat ventre, puis redressez-vous sur les avant-bras, coudes sous les épaules.</translation>
    </message>
    <message>
      <source>Keep your knees on the floor, with your lower legs resting on the floor behind you.</source>
      <translation>Gardez les genoux au sol, le bas des jambes posé au sol derrière vous.</translation>
    </message>
    <message>
      <source>Tighten your stomach and glutes and lift your hips until your body is straight from head to knees.</source>
      <translation>Contractez le ventre et les fessiers et soulevez les hanches jusqu’à ce que le corps soit droit de la tête aux genoux.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then lower your hips to the floor to finish.</source>
      <translation>Tenez en respirant calmement, puis posez les hanches au sol pour terminer.</translation>
    </message>
    <message>
      <source>Think of a straight line from your ears through your hips to your knees.</source>
      <translation>Pensez à une ligne droite des oreilles aux genoux, en passant par les hanches.</translation>
    </message>
    <message>
      <source>Leaving the bottom up in the air, bent at the hips.</source>
      <translation>Laisser les fesses en l’air, plié aux hanches.</translation>
    </message>
    <message>
      <source>Even on your knees, planks load the stretched belly muscles. Do the incline plank against a desk or kitchen counter instead, and stop if you see a ridge along the middle of your belly.</source>
      <translation>Même sur les genoux, les planches sollicitent les muscles du ventre déjà étirés par la grossesse. Faites plutôt la planche inclinée contre un bureau ou un plan de travail, et arrêtez si vous voyez un bombement le long du milieu du ventre.</translation>
    </message>
    <message>
      <source>Plank with arm reach</source>
      <translation>Planche avec bras tendu</translation>
    </message>
    <message>
      <source>A harder plank on your hands in which you slowly reach one arm forward at a time, so your trunk has to stop your hips from twisting.</source>
      <translation>Une planche plus difficile sur les mains, où vous tendez lentement un bras vers l’avant à la fois : le tronc doit empêcher les hanches de tourner.</translation>
    </message>
    <message>
      <source>Go back to the front plank if your hips rock, stop if you feel sharp pain in your back, shoulders or wrists, and check with a health professional before holding planks if you are pregnant or have high blood pressure.</source>
      <translation>Revenez à la planche ventrale si vos hanches basculent, arrêtez si vous ressentez une douleur vive dans le dos, les épaules ou les poignets, et demandez l’avis d’un professionnel de santé avant de faire des planches si vous êtes enceinte ou avez une tension artérielle élevée.</translation>
    </message>
    <message>
      <source>obliques</source>
      <translation>obliques</translation>
    </message>
    <message>
      <source>Set up a plank on your hands, with your hands under your shoulders and your body straight from head to heels.</source>
      <translation>Mettez-vous en planche sur les mains, mains sous les épaules, le corps droit de la tête aux talons.</translation>
    </message>
    <message>
      <source>Place your feet a little wider than hip-width apart, then tighten your stomach and glutes.</source>
      <translation>Écartez les pieds un peu plus que la largeur des hanches, puis contractez le ventre et les fessiers.</translation>
    </message>
    <message>
      <source>Breathe out and slowly reach one arm forward at shoulder height, keeping your hips still.</source>
      <translation>En expirant, tendez lentement un bras vers l’avant à hauteur d’épaule, sans bouger les hanches.</translation>
    </message>
    <message>
      <source>Breathe in as you put that hand back down, then reach with the other arm on the next breath out.</source>
      <translation>Inspirez en reposant la main, puis tendez l’autre bras à l’expiration suivante.</translation>
    </message>
    <message>
      <source>Keep taking turns with your breath until the time is up, then lower your knees to the floor to finish.</source>
      <translation>Continuez à alterner au rythme de la respiration jusqu’à la fin du temps, puis posez les genoux au sol pour terminer.</translation>
    </message>
    <message>
      <source>Press the floor away with your supporting hand.</source>
      <translation>Repoussez le sol avec la main d’appui.</translation>
    </message>
    <message>
      <source>Twisting or shifting the hips as the arm lifts.</source>
      <translation>Tourner ou déplacer les hanches quand le bras se lève.</translation>
    </message>
    <message>
      <source>Letting the hips sag or rise during the reach.</source>
      <translation>Laisser les hanches s’affaisser ou monter pendant l’extension du bras.</translation>
    </message>
    <message>
      <source>Rushing the reaches or holding the breath.</source>
      <translation>Enchaîner trop vite ou bloquer sa respiration.</translation>
    </message>
    <message>
      <source>This version loads the stretched belly muscles even more than a plain plank. Choose the incline plank against a desk or kitchen counter instead, and ask your midwife or physiotherapist.</source>
      <translation>Cette version sollicite encore plus qu’une planche simple les muscles du ventre déjà étirés par la grossesse. Choisissez plutôt la planche inclinée contre un bureau ou un plan de travail, et demandez l’avis de votre sage-femme ou de votre kinésithérapeute.</translation>
    </message>
    <message>
      <source>Side plank</source>
      <translation>Planche latérale</translation>
    </message>
    <message>
      <source>Strengthens the sides of the core and the outer hip by holding your body up on one forearm.</source>
      <translation>Renforce les côtés de la sangle abdominale et l’extérieur de la hanche : vous soutenez votre corps sur un avant-bras.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your shoulder, back or hips, and use the bent-knee version after a shoulder injury.</source>
      <translation>Arrêtez si vous ressentez une douleur vive à l’épaule, au dos ou aux hanches, et faites la version genoux fléchis après une blessure à l’épaule.</translation>
    </message>
    <message>
      <source>Left side: you lie on your left side, propped on your left forearm, with your right leg on top.</source>
      <translation>Côté gauche : vous êtes allongé sur le côté gauche, en appui sur l’avant-bras gauche, la jambe droite au-dessus.</translation>
    </message>
    <message>
      <source>Right side: you lie on your right side, propped on your right forearm, with your left leg on top.</source>
      <translation>Côté droit : vous êtes allongé sur le côté droit, en appui sur l’avant-bras droit, la jambe gauche au-dessus.</translation>
    </message>
    <message>
      <source>Lie on one side with your legs straight and stacked and your elbow under your shoulder.</source>
      <translation>Allongez-vous sur le côté, jambes tendues et superposées, coude sous l’épaule.</translation>
    </message>
    <message>
      <source>Tighten your stomach and press your forearm into the floor.</source>
      <translation>Contractez le ventre et appuyez l’avant-bras dans le sol.</translation>
    </message>
    <message>
      <source>Lift your hips so your body forms a straight line from head to feet.</source>
      <translation>Soulevez les hanches pour que le corps forme une ligne droite de la tête aux pieds.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then lower your hips and change sides.</source>
      <translation>Tenez en respirant calmement, puis posez les hanches et changez de côté.</translation>
    </message>
    <message>
      <source>Keep your elbow directly under your shoulder.</source>
      <translation>Gardez le coude juste sous l’épaule.</translation>
    </message>
    <message>
      <source>Lift your top hip toward the ceiling.</source>
      <translation>Montez la hanche du dessus vers le plafond.</translation>
    </message>
    <message>
      <source>Keep your head in line with your spine.</source>
      <translation>Gardez la tête dans l’alignement de la colonne.</translation>
    </message>
    <message>
      <source>Letting the hips sink or drift backward.</source>
      <translation>Laisser les hanches s’affaisser ou partir vers l’arrière.</translation>
    </message>
    <message>
      <source>Shrugging the supporting shoulder up toward the ear.</source>
      <translation>Remonter l’épaule d’appui vers l’oreille.</translation>
    </message>
    <message>
      <source>Rolling the chest toward the floor.</source>
      <translation>Laisser la poitrine tourner vers le sol.</translation>
    </message>
    <message>
      <source>Side planks load the stretched belly muscles. Use the bent-knee version or lie on your side and lift your top leg instead, and ask your midwife or physiotherapist.</source>
      <translation>Les planches latérales sollicitent les muscles du ventre déjà étirés par la grossesse. Faites plutôt la version genoux fléchis, ou allongez-vous sur le côté et levez la jambe du dessus, et demandez l’avis de votre sage-femme ou de votre kinésithérapeute.</translation>
    </message>
    <message>
      <source>Wall side plank</source>
      <translation>Planche latérale contre le mur</translation>
    </message>
    <message>
      <source>A gentle standing side plank: you lean sideways on your forearm against a wall, which works the sides of your core and your outer hip with far less weight to hold.</source>
      <translation>Une planche latérale douce, debout : vous vous penchez de côté sur l’avant-bras contre un mur, ce qui fait travailler les côtés de la sangle abdominale et l’extérieur de la hanche avec beaucoup moins de poids à porter.</translation>
    </message>
    <message>
      <source>Wear shoes or stand where your feet will not slip, and stop if you feel sharp pain in your shoulder, back or hips.</source>
      <translation>Portez des chaussures ou placez-vous là où vos pieds ne glisseront pas, et arrêtez si vous ressentez une douleur vive à l’épaule, au dos ou aux hanches.</translation>
    </message>
    <message>
      <source>Left side: your left side faces the wall and your left forearm rests on it.</source>
      <translation>Côté gauche : votre côté gauche fait face au mur et votre avant-bras gauche est appuyé dessus.</translation>
    </message>
    <message>
      <source>Right side: your right side faces the wall and your right forearm rests on it.</source>
      <translation>Côté droit : votre côté droit fait face au mur et votre avant-bras droit est appuyé dessus.</translation>
    </message>
    <message>
      <source>wall</source>
      <translation>mur</translation>
    </message>
    <message>
      <source>Stand side-on to a wall and rest your forearm on it, with your elbow a little below shoulder height.</source>
      <translation>Placez-vous de profil contre un mur et appuyez l’avant-bras dessus, le coude un peu plus bas que l’épaule.</translation>
    </message>
    <message>
      <source>Step your feet away from the wall, keeping them together, until you lean in as one straight line from head to feet.</source>
      <translation>Éloignez les pieds du mur, serrés l’un contre l’autre, jusqu’à vous pencher vers le mur en une seule ligne droite de la tête aux pieds.</translation>
    </message>
    <message>
      <source>Rest your other hand on your hip, tighten your stomach and gently press your hips away from the wall so they don't sag toward it.</source>
      <translation>Posez l’autre main sur la hanche, contractez le ventre et poussez doucement les hanches à l’opposé du mur pour qu’elles ne s’affaissent pas vers lui.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then walk your feet back in, stand tall and change sides.</source>
      <translation>Tenez en respirant calmement, puis rapprochez les pieds en marchant, redressez-vous et changez de côté.</translation>
    </message>
    <message>
      <source>Keep a straight line from your head to your feet.</source>
      <translation>Gardez une ligne droite de la tête aux pieds.</translation>
    </message>
    <message>
      <source>Press your forearm into the wall and keep your shoulder away from your ear.</source>
      <translation>Appuyez l’avant-bras contre le mur et gardez l’épaule loin de l’oreille.</translation>
    </message>
    <message>
      <source>Step further from the wall to make it harder, or closer to make it easier.</source>
      <translation>Éloignez-vous du mur pour rendre l’exercice plus difficile, ou rapprochez-vous pour le rendre plus facile.</translation>
    </message>
    <message>
      <source>Letting the hips sag toward the wall.</source>
      <translation>Laisser les hanches s’affaisser vers le mur.</translation>
    </message>
    <message>
      <source>Bending at the waist so the bottom pushes back.</source>
      <translation>Se plier à la taille, les fesses vers l’arrière.</translation>
    </message>
    <message>
      <source>This standing version puts the least load on your belly of all the side planks. Keep holds short, stop if you see a ridge along the middle of your belly, and ask your midwife or physiotherapist if you are unsure.</source>
      <translation>De toutes les planches latérales, cette version debout est celle qui sollicite le moins le ventre. Faites des maintiens courts, arrêtez si vous voyez un bombement le long du milieu du ventre, et demandez l’avis de votre sage-femme ou de votre kinésithérapeute en cas de doute.</translation>
    </message>
    <message>
      <source>Bent-knee side plank</source>
      <translation>Planche latérale genoux fléchis</translation>
    </message>
    <message>
      <source>An easier side plank that lifts your hips from your knees instead of your feet, so the sides of your core work with a shorter lever.</source>
      <translation>Une planche latérale plus facile où vous soulevez les hanches depuis les genoux plutôt que depuis les pieds : les côtés de la sangle abdominale travaillent avec un bras de levier plus court.</translation>
    </message>
    <message>
      <source>Put a folded towel under your bottom knee if it is sore, and stop if you feel sharp pain in your shoulder, back or hips; after a shoulder injury, start with the wall side plank.</source>
      <translation>Placez une serviette pliée sous le genou du dessous s’il est sensible, et arrêtez si vous ressentez une douleur vive à l’épaule, au dos ou aux hanches ; après une blessure à l’épaule, commencez par la planche latérale contre le mur.</translation>
    </message>
    <message>
      <source>Left side: you lie on your left side, propped on your left forearm, with your left knee on the floor.</source>
      <translation>Côté gauche : vous êtes allongé sur le côté gauche, en appui sur l’avant-bras gauche, le genou gauche au sol.</translation>
    </message>
    <message>
      <source>Right side: you lie on your right side, propped on your right forearm, with your right knee on the floor.</source>
      <translation>Côté droit : vous êtes allongé sur le côté droit, en appui sur l’avant-bras droit, le genou droit au sol.</translation>
    </message>
    <message>
      <source>Lie on one side with your elbow under your shoulder and both knees bent so your feet are behind you.</source>
      <translation>Allongez-vous sur le côté, coude sous l’épaule, les deux genoux fléchis pour que les pieds soient derrière vous.</translation>
    </message>
    <message>
      <source>Line up your head, hips and knees, and rest your top hand on your hip.</source>
      <translation>Alignez la tête, les hanches et les genoux, et posez la main du dessus sur la hanche.</translation>
    </message>
    <message>
      <source>Tighten your stomach, press your forearm and bottom knee into the floor, and lift your hips until your body is straight from head to knees.</source>
      <translation>Contractez le ventre, appuyez l’avant-bras et le genou du dessous dans le sol, et soulevez les hanches jusqu’à ce que le corps soit droit de la tête aux genoux.</translation>
    </message>
    <message>
      <source>Push your knees into the floor and lift your top hip toward the ceiling.</source>
      <translation>Poussez les genoux dans le sol et montez la hanche du dessus vers le plafond.</translation>
    </message>
    <message>
      <source>Keep your knees, hips and shoulders in one line.</source>
      <translation>Gardez genoux, hanches et épaules sur une même ligne.</translation>
    </message>
    <message>
      <source>Side planks load the stretched belly muscles. On the floor, keep to this bent-knee version with short holds, or choose the wall side plank, and ask your midwife or physiotherapist.</source>
      <translation>Les planches latérales sollicitent les muscles du ventre déjà étirés par la grossesse. Au sol, restez sur cette version genoux fléchis avec des maintiens courts, ou choisissez la planche latérale contre le mur, et demandez l’avis de votre sage-femme ou de votre kinésithérapeute.</translation>
    </message>
    <message>
      <source>Side plank with leg lift</source>
      <translation>Planche latérale avec levée de jambe</translation>
    </message>
    <message>
      <source>A harder side plank in which you raise your top leg a little way and hold it, so your outer hip works hard to keep you steady.</source>
      <translation>Une planche latérale plus difficile où vous levez un peu la jambe du dessus et la maintenez : l’extérieur de la hanche travaille dur pour vous garder stable.</translation>
    </message>
    <message>
      <source>Stay with the plain side plank until you can hold it steadily for the full time, and stop if you feel sharp pain in your shoulder, back or hips.</source>
      <translation>Restez sur la planche latérale simple jusqu’à pouvoir la tenir de façon stable pendant tout le temps, et arrêtez si vous ressentez une douleur vive à l’épaule, au dos ou aux hanches.</translation>
    </message>
    <message>
      <source>Left side: you rest on your left forearm and left foot, and your right leg lifts.</source>
      <translation>Côté gauche : vous êtes en appui sur l’avant-bras gauche et le pied gauche, et votre jambe droite se lève.</translation>
    </message>
    <message>
      <source>Right side: you rest on your right forearm and right foot, and your left leg lifts.</source>
      <translation>Côté droit : vous êtes en appui sur l’avant-bras droit et le pied droit, et votre jambe gauche se lève.</translation>
    </message>
    <message>
      <source>outer hip</source>
      <translation>extérieur de la hanche</translation>
    </message>
    <message>
      <source>Tighten your stomach and lift your hips so your body is straight from head to feet, with your top hand on your hip.</source>
      <translation>Contractez le ventre et soulevez les hanches pour que le corps soit droit de la tête aux pieds, la main du dessus sur la hanche.</translation>
    </message>
    <message>
      <source>Once you are steady, raise your top leg a little way, keeping it straight and in line with your body, and hold it there.</source>
      <translation>Une fois stable, levez un peu la jambe du dessus, tendue et dans l’alignement du corps, et maintenez-la.</translation>
    </message>
    <message>
      <source>Breathe steadily, then lower the leg, lower your hips and change sides.</source>
      <translation>Respirez calmement, puis baissez la jambe, posez les hanches et changez de côté.</translation>
    </message>
    <message>
      <source>Lift the leg only a hand's width or so; height is not the aim.</source>
      <translation>Levez la jambe d’environ une largeur de main seulement ; le but n’est pas la hauteur.</translation>
    </message>
    <message>
      <source>Keep your bottom hip lifted as the top leg rises.</source>
      <translation>Gardez la hanche du dessous levée quand la jambe du dessus monte.</translation>
    </message>
    <message>
      <source>Keep your toes pointing forward, not up to the ceiling.</source>
      <translation>Gardez les orteils vers l’avant, pas vers le plafond.</translation>
    </message>
    <message>
      <source>Letting the bottom hip sag as the leg lifts.</source>
      <translation>Laisser la hanche du dessous s’affaisser quand la jambe se lève.</translation>
    </message>
    <message>
      <source>Swinging the leg forward or lifting it so high that the body twists.</source>
      <translation>Lancer la jambe vers l’avant ou la lever si haut que le corps tourne.</translation>
    </message>
    <message>
      <source>Skip this version in pregnancy. Use the bent-knee or wall side plank, or lie on your side and lift your top leg instead, and ask your midwife or physiotherapist.</source>
      <translation>Ne faites pas cette version pendant la grossesse. Faites plutôt la planche latérale genoux fléchis ou contre le mur, ou allongez-vous sur le côté et levez la jambe du dessus, et demandez l’avis de votre sage-femme ou de votre kinésithérapeute.</translation>
    </message>
    <message>
      <source>Plank with leg lift</source>
      <translation>Planche avec levée de jambe</translation>
    </message>
    <message>
      <source>Adds a leg lift to the plank so the glutes and lower back work hard to keep your hips steady.</source>
      <translation>Ajoute une levée de jambe à la planche : les fessiers et le bas du dos travaillent dur pour garder les hanches stables.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or shoulders, and check with a health professional before plank work if you are pregnant.</source>
      <translation>Arrêtez si vous ressentez une douleur vive dans le dos ou les épaules, et demandez l’avis d’un professionnel de santé avant de faire des planches si vous êtes enceinte.</translation>
    </message>
    <message>
      <source>Left leg: your left leg lifts while your right foot stays on the floor.</source>
      <translation>Jambe gauche : votre jambe gauche se lève pendant que votre pied droit reste au sol.</translation>
    </message>
    <message>
      <source>Right leg: your right leg lifts while your left foot stays on the floor.</source>
      <translation>Jambe droite : votre jambe droite se lève pendant que votre pied gauche reste au sol.</translation>
    </message>
    <message>
      <source>Set up a plank on your forearms or hands, body straight from head to heels.</source>
      <translation>Mettez-vous en planche sur les avant-bras ou sur les mains, le corps droit de la tête aux talons.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and keep your stomach firm.</source>
      <translation>Serrez les fessiers et gardez le ventre ferme.</translation>
    </message>
    <message>
      <source>Lift one straight leg a little way off the floor and pause for a breath.</source>
      <translation>Levez une jambe tendue un peu au-dessus du sol et marquez une pause le temps d’une respiration.</translation>
    </message>
    <message>
      <source>Lower it with control, finish your reps, then change legs.</source>
      <translation>Redescendez-la avec contrôle, terminez vos répétitions, puis changez de jambe.</translation>
    </message>
    <message>
      <source>Keep your hips square to the floor.</source>
      <translation>Gardez les hanches bien face au sol.</translation>
    </message>
    <message>
      <source>Lift only as high as you can without arching your back.</source>
      <translation>Ne montez qu’aussi haut que possible sans cambrer le dos.</translation>
    </message>
    <message>
      <source>Keep breathing through each lift.</source>
      <translation>Continuez à respirer à chaque levée.</translation>
    </message>
    <message>
      <source>Twisting the hips as the leg rises.</source>
      <translation>Tourner les hanches quand la jambe monte.</translation>
    </message>
    <message>
      <source>Lifting so high that the lower back arches.</source>
      <translation>Lever si haut que le bas du dos se cambre.</translation>
    </message>
    <message>
      <source>Letting the hips sag between lifts.</source>
      <translation>Laisser les hanches s’affaisser entre les levées.</translation>
    </message>
    <message>
      <source>Hands-and-knees leg lift</source>
      <translation>Levée de jambe à quatre pattes</translation>
    </message>
    <message>
      <source>Works the glutes and lower back from hands and knees, a steadier start than the plank, as you straighten one leg behind you and lift it to hip height.</source>
      <translation>Fait travailler les fessiers et le bas du dos à quatre pattes, un point de départ plus stable que la planche : vous tendez une jambe derrière vous et la levez à hauteur de hanche.</translation>
    </message>
    <message>
      <source>Put a cushion under your knees if they are sore, and stop if you feel sharp pain in your back, hips or wrists.</source>
      <translation>Placez un coussin sous vos genoux s’ils sont sensibles, et arrêtez si vous ressentez une douleur vive dans le dos, les hanches ou les poignets.</translation>
    </message>
    <message>
      <source>Left leg: your left leg lifts while your right knee stays on the floor.</source>
      <translation>Jambe gauche : votre jambe gauche se lève pendant que votre genou droit reste au sol.</translation>
    </message>
    <message>
      <source>Right leg: your right leg lifts while your left knee stays on the floor.</source>
      <translation>Jambe droite : votre jambe droite se lève pendant que votre genou gauche reste au sol.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach and slide one leg straight out behind you, toes on the floor.</source>
      <translation>Contractez doucement le ventre et faites glisser une jambe tendue derrière vous, orteils au sol.</translation>
    </message>
    <message>
      <source>Squeeze your glutes and lift the straight leg to hip height, then pause for a breath.</source>
      <translation>Serrez les fessiers et levez la jambe tendue à hauteur de hanche, puis marquez une pause le temps d’une respiration.</translation>
    </message>
    <message>
      <source>Lower it with control until your toes touch the floor, finish your reps, then change legs.</source>
      <translation>Redescendez-la avec contrôle jusqu’à ce que les orteils touchent le sol, terminez vos répétitions, puis changez de jambe.</translation>
    </message>
    <message>
      <source>Keep your hips level and square to the floor.</source>
      <translation>Gardez les hanches à niveau et bien face au sol.</translation>
    </message>
    <message>
      <source>Reach the leg long behind you rather than high.</source>
      <translation>Allongez la jambe loin derrière vous plutôt que haut.</translation>
    </message>
    <message>
      <source>Lifting the leg above hip height and arching the back.</source>
      <translation>Lever la jambe plus haut que la hanche et cambrer le dos.</translation>
    </message>
    <message>
      <source>Letting the hip roll open to the side.</source>
      <translation>Laisser la hanche s’ouvrir sur le côté.</translation>
    </message>
    <message>
      <source>Plank with leg lift and hold</source>
      <translation>Planche avec levée de jambe maintenue</translation>
    </message>
    <message>
      <source>A harder plank with leg lift: you hold each lifted leg still for three seconds, so your glutes and trunk work longer to keep your hips steady.</source>
      <translation>Une planche avec levée de jambe plus difficile : vous maintenez chaque jambe levée immobile pendant trois secondes, pour que les fessiers et le tronc travaillent plus longtemps à garder les hanches stables.</translation>
    </message>
    <message>
      <source>Go back to quick lifts if your hips twist or sag during the hold, stop if you feel sharp pain in your back or shoulders, and check with a health professional before plank work if you are pregnant.</source>
      <translation>Revenez aux levées rapides si vos hanches tournent ou s’affaissent pendant le maintien, arrêtez si vous ressentez une douleur vive dans le dos ou les épaules, et demandez l’avis d’un professionnel de santé avant de faire des planches si vous êtes enceinte.</translation>
    </message>
    <message>
      <source>Set up a plank on your forearms, elbows under your shoulders and body straight from head to heels.</source>
      <translation>Mettez-vous en planche sur les avant-bras, coudes sous les épaules, le corps droit de la tête aux talons.</translation>
    </message>
    <message>
      <source>Lift one straight leg a little way off the floor, no higher than your back, and hold it still for three slow counts.</source>
      <translation>Levez une jambe tendue un peu au-dessus du sol, pas plus haut que le dos, et maintenez-la immobile pendant trois temps lents.</translation>
    </message>
    <message>
      <source>Keep your hips square to the floor for the whole hold.</source>
      <translation>Gardez les hanches bien face au sol pendant tout le maintien.</translation>
    </message>
    <message>
      <source>Keep breathing while the leg is up.</source>
      <translation>Continuez à respirer tant que la jambe est levée.</translation>
    </message>
    <message>
      <source>Press the floor away with your forearms.</source>
      <translation>Repoussez le sol avec les avant-bras.</translation>
    </message>
    <message>
      <source>Twisting the hips to keep the leg up.</source>
      <translation>Tourner les hanches pour garder la jambe en l’air.</translation>
    </message>
    <message>
      <source>Letting the hips sag as the hold goes on.</source>
      <translation>Laisser les hanches s’affaisser au fil du maintien.</translation>
    </message>
    <message>
      <source>Holding the breath while the leg is up.</source>
      <translation>Bloquer sa respiration tant que la jambe est levée.</translation>
    </message>
    <message>
      <source>Planks load the stretched belly muscles. Choose the hands-and-knees leg lift instead, and ask your midwife or physiotherapist.</source>
      <translation>Les planches sollicitent les muscles du ventre déjà étirés par la grossesse. Choisissez plutôt la levée de jambe à quatre pattes, et demandez l’avis de votre sage-femme ou de votre kinésithérapeute.</translation>
    </message>
    <message>
      <source>Superman</source>
      <translation>Superman</translation>
    </message>
    <message>
      <source>Works the muscles along the back of your body, from spine to thighs, as you lift your arms and legs while lying face down.</source>
      <translation>Fait travailler les muscles de tout l’arrière du corps, de la colonne aux cuisses : allongé à plat ventre, vous levez les bras et les jambes.</translation>
    </message>
    <message>
      <source>Avoid lying face down if you are pregnant, and stop if you feel pinching or sharp pain in your lower back.</source>
      <translation>Évitez de vous allonger à plat ventre si vous êtes enceinte, et arrêtez si vous ressentez un pincement ou une douleur vive dans le bas du dos.</translation>
    </message>
    <message>
      <source>upper back</source>
      <translation>haut du dos</translation>
    </message>
    <message>
      <source>Lie face down with your arms stretched out in front and your legs straight.</source>
      <translation>Allongez-vous à plat ventre, bras tendus devant vous et jambes tendues.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach and glutes.</source>
      <translation>Contractez doucement le ventre et les fessiers.</translation>
    </message>
    <message>
      <source>Lift your arms, chest and legs a little way off the floor, keeping your neck long.</source>
      <translation>Soulevez un peu les bras, la poitrine et les jambes du sol, en gardant la nuque longue.</translation>
    </message>
    <message>
      <source>Hold for a breath or two, then lower slowly.</source>
      <translation>Tenez le temps d’une ou deux respirations, puis redescendez lentement.</translation>
    </message>
    <message>
      <source>Think of reaching long, not lifting high.</source>
      <translation>Cherchez la longueur, pas la hauteur.</translation>
    </message>
    <message>
      <source>Keep your eyes on the floor just ahead of your hands.</source>
      <translation>Gardez le regard vers le sol, juste devant vos mains.</translation>
    </message>
    <message>
      <source>Breathe out as you lift.</source>
      <translation>Expirez en montant.</translation>
    </message>
    <message>
      <source>Throwing the head back and straining the neck.</source>
      <translation>Rejeter la tête en arrière et forcer sur la nuque.</translation>
    </message>
    <message>
      <source>Lifting too high and pinching the lower back.</source>
      <translation>Monter trop haut et pincer le bas du dos.</translation>
    </message>
    <message>
      <source>Swinging up with momentum.</source>
      <translation>Monter par élan, en balançant.</translation>
    </message>
    <message>
      <source>Arching the back narrows the space around the nerves. Skip it, or lift only one arm or one leg a little, and ask a physiotherapist.</source>
      <translation>Cambrer le dos réduit l’espace autour des nerfs. Ne faites pas cet exercice, ou levez seulement un peu un bras ou une jambe, et demandez l’avis d’un kinésithérapeute.</translation>
    </message>
    <message>
      <source>Lying face down is not advised. Do the bird dog on hands and knees instead.</source>
      <translation>Il est déconseillé de s’allonger à plat ventre. Faites plutôt le bird dog à quatre pattes.</translation>
    </message>
    <message>
      <source>Prone limb lift</source>
      <translation>Levée des membres à plat ventre</translation>
    </message>
    <message>
      <source>The gentlest step towards the superman: lying face down, you lift just one arm or one leg a little way at a time while the rest of you rests on the floor.</source>
      <translation>La première étape, la plus douce, vers le superman : allongé à plat ventre, vous levez un peu un seul bras ou une seule jambe à la fois, le reste du corps posé au sol.</translation>
    </message>
    <message>
      <source>Lie face down with your arms stretched out in front, your legs straight and your forehead resting on the floor.</source>
      <translation>Allongez-vous à plat ventre, bras tendus devant vous, jambes tendues et front posé au sol.</translation>
    </message>
    <message>
      <source>Lift one arm a few centimetres off the floor, keeping it long, hold for a breath, then lower it slowly.</source>
      <translation>Levez un bras de quelques centimètres, bien allongé, tenez le temps d’une respiration, puis reposez-le lentement.</translation>
    </message>
    <message>
      <source>Do the same with the other arm, then with each leg in turn, keeping the rest of your body on the floor; each lift counts as one rep.</source>
      <translation>Faites de même avec l’autre bras, puis avec chaque jambe tour à tour, le reste du corps au sol ; chaque levée compte pour une répétition.</translation>
    </message>
    <message>
      <source>Reach long, not high: a few centimetres is enough.</source>
      <translation>Cherchez la longueur, pas la hauteur : quelques centimètres suffisent.</translation>
    </message>
    <message>
      <source>Keep your forehead down and your neck long.</source>
      <translation>Gardez le front au sol et la nuque longue.</translation>
    </message>
    <message>
      <source>Lifting a leg so high that the hip rolls and the back arches.</source>
      <translation>Lever une jambe si haut que la hanche tourne et que le dos se cambre.</translation>
    </message>
    <message>
      <source>Raising your head to look forward.</source>
      <translation>Relever la tête pour regarder devant soi.</translation>
    </message>
    <message>
      <source>Holding your breath.</source>
      <translation>Bloquer sa respiration.</translation>
    </message>
    <message>
      <source>Arching the back narrows the space around the nerves. Keep each lift to a few centimetres so your back stays flat, stop if pain, tingling or numbness spreads into your legs, and ask a physiotherapist before you progress.</source>
      <translation>Cambrer le dos réduit l’espace autour des nerfs. Limitez chaque levée à quelques centimètres pour garder le dos plat, arrêtez si une douleur, des fourmillements ou un engourdissement s’étendent dans les jambes, et demandez l’avis d’un kinésithérapeute avant de progresser.</translation>
    </message>
    <message>
      <source>Alternating superman</source>
      <translation>Superman alterné</translation>
    </message>
    <message>
      <source>An easier superman: you lift one arm and the opposite leg together, while the other arm and leg stay resting on the floor.</source>
      <translation>Un superman plus facile : vous levez un bras et la jambe opposée ensemble, tandis que l’autre bras et l’autre jambe restent posés au sol.</translation>
    </message>
    <message>
      <source>Lift one arm and the opposite leg a little way off the floor, keeping your neck long and your eyes on the floor.</source>
      <translation>Soulevez un peu un bras et la jambe opposée du sol, en gardant la nuque longue et le regard vers le sol.</translation>
    </message>
    <message>
      <source>Hold for a breath, lower them slowly, then lift the other arm and leg; each lift counts as one rep.</source>
      <translation>Tenez le temps d’une respiration, reposez-les lentement, puis levez l’autre bras et l’autre jambe ; chaque levée compte pour une répétition.</translation>
    </message>
    <message>
      <source>Reach long through your fingers and toes rather than lifting high.</source>
      <translation>Étirez-vous loin par le bout des doigts et des orteils plutôt que de monter haut.</translation>
    </message>
    <message>
      <source>Keep both hips resting evenly on the floor.</source>
      <translation>Gardez les deux hanches posées de façon égale au sol.</translation>
    </message>
    <message>
      <source>Rolling onto one hip as the leg lifts.</source>
      <translation>Basculer sur une hanche quand la jambe se lève.</translation>
    </message>
    <message>
      <source>Throwing the head back to look forward.</source>
      <translation>Rejeter la tête en arrière pour regarder devant soi.</translation>
    </message>
    <message>
      <source>Swinging the arm and leg up quickly.</source>
      <translation>Lancer vite le bras et la jambe vers le haut.</translation>
    </message>
    <message>
      <source>Arching the back narrows the space around the nerves. Skip it, or lift only one arm or one leg a little at a time, and ask a physiotherapist.</source>
      <translation>Cambrer le dos réduit l’espace autour des nerfs. Ne faites pas cet exercice, ou levez seulement un peu un bras ou une jambe à la fois, et demandez l’avis d’un kinésithérapeute.</translation>
    </message>
    <message>
      <source>Superman hold</source>
      <translation>Superman en maintien</translation>
    </message>
    <message>
      <source>A harder superman: you lift your arms, chest and legs a little way and hold them there for a few steady breaths on each rep.</source>
      <translation>Un superman plus difficile : vous levez un peu les bras, la poitrine et les jambes et les maintenez le temps de quelques respirations calmes à chaque répétition.</translation>
    </message>
    <message>
      <source>Avoid lying face down if you are pregnant, stop if you feel pinching or sharp pain in your lower back, and go back to the ordinary superman if you cannot breathe easily during the hold.</source>
      <translation>Évitez de vous allonger à plat ventre si vous êtes enceinte, arrêtez si vous ressentez un pincement ou une douleur vive dans le bas du dos, et revenez au superman classique si vous n’arrivez pas à respirer facilement pendant le maintien.</translation>
    </message>
    <message>
      <source>Hold still for three or four slow breaths, about five to ten seconds, then lower slowly and rest for a breath before the next rep.</source>
      <translation>Restez immobile pendant trois ou quatre respirations lentes, environ cinq à dix secondes, puis redescendez lentement et reposez-vous le temps d’une respiration avant la répétition suivante.</translation>
    </message>
    <message>
      <source>Keep breathing steadily all through the hold.</source>
      <translation>Continuez à respirer calmement pendant tout le maintien.</translation>
    </message>
    <message>
      <source>Stay low and long; height is not the aim.</source>
      <translation>Restez bas et allongé ; le but n’est pas la hauteur.</translation>
    </message>
    <message>
      <source>Holding your breath during the hold.</source>
      <translation>Bloquer sa respiration pendant le maintien.</translation>
    </message>
    <message>
      <source>Creeping higher as the hold goes on and pinching the lower back.</source>
      <translation>Monter de plus en plus haut au fil du maintien et pincer le bas du dos.</translation>
    </message>
    <message>
      <source>Letting the head tip back or the legs bend as you tire.</source>
      <translation>Laisser la tête basculer en arrière ou les jambes se plier avec la fatigue.</translation>
    </message>
    <message>
      <source>Holding the back arched keeps the space around the nerves narrowed for longer. Skip this version; lift only one arm or one leg a little instead, and ask a physiotherapist.</source>
      <translation>Garder le dos cambré réduit plus longtemps l’espace autour des nerfs. Ne faites pas cette version ; levez plutôt seulement un peu un bras ou une jambe, et demandez l’avis d’un kinésithérapeute.</translation>
    </message>
    <message>
      <source>Hip thrust</source>
      <translation>Hip thrust</translation>
    </message>
    <message>
      <source>Builds strong glutes and hip extensors by driving your hips up with your upper back resting on a sofa, bench or chair.</source>
      <translation>Renforce les fessiers et les extenseurs de la hanche : vous poussez les hanches vers le haut, le haut du dos appuyé sur un canapé, un banc ou une chaise.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back or neck, and push a chair against a wall so it cannot move.</source>
      <translation>Arrêtez si vous ressentez une douleur vive dans le dos ou la nuque, et calez la chaise contre un mur pour qu’elle ne puisse pas bouger.</translation>
    </message>
    <message>
      <source>sofa, bench or sturdy chair</source>
      <translation>canapé, banc ou chaise stable</translation>
    </message>
    <message>
      <source>Sit on the floor with your upper back against the edge of a sofa, bench or sturdy chair that cannot slide.</source>
      <translation>Asseyez-vous au sol, le haut du dos contre le bord d’un canapé, d’un banc ou d’une chaise stable qui ne peut pas glisser.</translation>
    </message>
    <message>
      <source>Bend your knees and plant your feet flat, hip-width apart.</source>
      <translation>Fléchissez les genoux et posez les pieds à plat, écartés de la largeur des hanches.</translation>
    </message>
    <message>
      <source>Press through your heels and lift your hips until your body is level from knees to shoulders.</source>
      <translation>Poussez dans les talons et soulevez les hanches jusqu’à ce que le corps soit à l’horizontale des genoux aux épaules.</translation>
    </message>
    <message>
      <source>Squeeze your glutes at the top, then lower your hips back toward the floor with control.</source>
      <translation>Serrez les fessiers en haut, puis redescendez les hanches vers le sol avec contrôle.</translation>
    </message>
    <message>
      <source>Keep your chin slightly tucked and your eyes looking forward.</source>
      <translation>Rentrez légèrement le menton et regardez droit devant vous.</translation>
    </message>
    <message>
      <source>Aim for upright shins at the top of the lift.</source>
      <translation>Visez des tibias verticaux en haut du mouvement.</translation>
    </message>
    <message>
      <source>Finish the lift with your glutes, not by arching your back.</source>
      <translation>Terminez la montée avec les fessiers, pas en cambrant le dos.</translation>
    </message>
    <message>
      <source>Overarching the lower back at the top.</source>
      <translation>Cambrer trop le bas du dos en haut du mouvement.</translation>
    </message>
    <message>
      <source>Using a chair or bench that can slide or tip.</source>
      <translation>Utiliser une chaise ou un banc qui peut glisser ou basculer.</translation>
    </message>
    <message>
      <source>Pushing through the toes instead of the heels.</source>
      <translation>Pousser dans les orteils au lieu des talons.</translation>
    </message>
    <message>
      <source>Keep the lift small and your shoulders well supported, and stop if you feel pressure in your belly or pelvis.</source>
      <translation>Gardez une petite amplitude et les épaules bien soutenues, et arrêtez si vous ressentez une pression dans le ventre ou le bassin.</translation>
    </message>
    <message>
      <source>Single-leg hip thrust</source>
      <translation>Hip thrust sur une jambe</translation>
    </message>
    <message>
      <source>A harder hip thrust done on one foot, with your upper back resting on a sofa, bench or chair, so each leg's glutes work on their own.</source>
      <translation>Un hip thrust plus difficile, sur un seul pied, le haut du dos appuyé sur un canapé, un banc ou une chaise : les fessiers de chaque jambe travaillent seuls.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your back, hips or neck, push the chair against a wall so it cannot move, and go back to the hip thrust on both feet if you cannot keep your hips level.</source>
      <translation>Arrêtez si vous ressentez une douleur vive dans le dos, les hanches ou la nuque, calez la chaise contre un mur pour qu’elle ne puisse pas bouger, et revenez au hip thrust sur les deux pieds si vous ne parvenez pas à garder les hanches à niveau.</translation>
    </message>
    <message>
      <source>Left leg: your left foot stays on the floor and drives the lift, and your right leg is held out straight.</source>
      <translation>Jambe gauche : votre pied gauche reste au sol et pousse pour la montée, et votre jambe droite est tendue.</translation>
    </message>
    <message>
      <source>Right leg: your right foot stays on the floor and drives the lift, and your left leg is held out straight.</source>
      <translation>Jambe droite : votre pied droit reste au sol et pousse pour la montée, et votre jambe gauche est tendue.</translation>
    </message>
    <message>
      <source>Sit on the floor with your upper back against the edge of a sofa, bench or sturdy chair that cannot slide, knees bent and feet flat.</source>
      <translation>Asseyez-vous au sol, le haut du dos contre le bord d’un canapé, d’un banc ou d’une chaise stable qui ne peut pas glisser, genoux fléchis et pieds à plat.</translation>
    </message>
    <message>
      <source>Straighten one leg out in front of you, keeping your thighs side by side.</source>
      <translation>Tendez une jambe devant vous, en gardant les cuisses l’une à côté de l’autre.</translation>
    </message>
    <message>
      <source>Press through the heel of the other foot and lift your hips until your body is level from knee to shoulders, hips square.</source>
      <translation>Poussez dans le talon de l’autre pied et soulevez les hanches jusqu’à ce que le corps soit à l’horizontale du genou aux épaules, hanches bien de face.</translation>
    </message>
    <message>
      <source>Keep both hips at the same height all the way up.</source>
      <translation>Gardez les deux hanches à la même hauteur pendant toute la montée.</translation>
    </message>
    <message>
      <source>Aim for an upright shin on the working leg at the top.</source>
      <translation>Visez un tibia vertical sur la jambe qui travaille, en haut du mouvement.</translation>
    </message>
    <message>
      <source>Letting the hip on the side of the straight leg drop or turn.</source>
      <translation>Laisser la hanche du côté de la jambe tendue descendre ou tourner.</translation>
    </message>
    <message>
      <source>Keep the lift small and your shoulders well supported, and stop if you feel pressure in your belly or pelvis. If your pelvis is sore, do the hip thrust with both feet down instead.</source>
      <translation>Gardez une petite amplitude et les épaules bien soutenues, et arrêtez si vous ressentez une pression dans le ventre ou le bassin. Si votre bassin est douloureux, faites plutôt le hip thrust avec les deux pieds au sol.</translation>
    </message>
    <message>
      <source>Chair sit-to-stand</source>
      <translation>Assis-debout sur chaise</translation>
    </message>
    <message>
      <source>Strengthens the hips and thighs by standing up from a chair and sitting back down without using your hands.</source>
      <translation>Renforce les hanches et les cuisses : vous vous levez d’une chaise et vous vous rasseyez sans utiliser les mains.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your knees, hips or back, and keep a hand near your desk if your balance is unsteady.</source>
      <translation>Arrêtez si vous ressentez une douleur vive aux genoux, aux hanches ou au dos, et gardez une main près de votre bureau si votre équilibre est instable.</translation>
    </message>
    <message>
      <source>quadriceps</source>
      <translation>quadriceps</translation>
    </message>
    <message>
      <source>sturdy chair</source>
      <translation>chaise stable</translation>
    </message>
    <message>
      <source>Sit near the front of a sturdy chair without wheels, feet flat and hip-width apart.</source>
      <translation>Asseyez-vous vers l’avant d’une chaise stable sans roulettes, pieds à plat et écartés de la largeur des hanches.</translation>
    </message>
    <message>
      <source>Cross your arms over your chest or reach them forward.</source>
      <translation>Croisez les bras sur la poitrine ou tendez-les devant vous.</translation>
    </message>
    <message>
      <source>Lean forward a little and press through your feet to stand up tall.</source>
      <translation>Penchez-vous un peu en avant et poussez dans les pieds pour vous lever bien droit.</translation>
    </message>
    <message>
      <source>Push your hips back and lower slowly until you are sitting again.</source>
      <translation>Poussez les hanches vers l’arrière et descendez lentement jusqu’à être de nouveau assis.</translation>
    </message>
    <message>
      <source>Keep your knees in line with your toes.</source>
      <translation>Gardez les genoux dans l’axe des orteils.</translation>
    </message>
    <message>
      <source>Stand all the way up and squeeze your glutes.</source>
      <translation>Redressez-vous complètement et serrez les fessiers.</translation>
    </message>
    <message>
      <source>Control the sit; don't drop into the chair.</source>
      <translation>Contrôlez la descente ; ne vous laissez pas tomber sur la chaise.</translation>
    </message>
    <message>
      <source>Using an office chair with wheels that can roll away.</source>
      <translation>Utiliser une chaise de bureau à roulettes qui peut partir en arrière.</translation>
    </message>
    <message>
      <source>Letting the knees cave inward.</source>
      <translation>Laisser les genoux rentrer vers l’intérieur.</translation>
    </message>
    <message>
      <source>Flopping down onto the seat.</source>
      <translation>Se laisser tomber sur l’assise.</translation>
    </message>
    <message>
      <source>Hand-assisted sit-to-stand</source>
      <translation>Assis-debout avec appui des mains</translation>
    </message>
    <message>
      <source>An easier sit-to-stand: you push lightly on your thighs or the chair's armrests to help yourself up and to control the sit.</source>
      <translation>Un assis-debout plus facile : vous appuyez légèrement sur vos cuisses ou sur les accoudoirs de la chaise pour vous aider à vous lever et à contrôler la descente.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your knees, hips or back, and keep something steady within reach if your balance is unsteady.</source>
      <translation>Arrêtez si vous ressentez une douleur vive aux genoux, aux hanches ou au dos, et gardez un appui stable à portée de main si votre équilibre est instable.</translation>
    </message>
    <message>
      <source>Rest your hands on your thighs just above the knees, or on the armrests if your chair has them.</source>
      <translation>Posez les mains sur les cuisses, juste au-dessus des genoux, ou sur les accoudoirs si votre chaise en a.</translation>
    </message>
    <message>
      <source>Lean forward a little and press through your feet, pushing lightly with your hands, to stand up tall.</source>
      <translation>Penchez-vous un peu en avant et poussez dans les pieds, en appuyant légèrement avec les mains, pour vous lever bien droit.</translation>
    </message>
    <message>
      <source>Push your hips back and lower slowly, using your hands again to steady the sit.</source>
      <translation>Poussez les hanches vers l’arrière et descendez lentement, en vous aidant à nouveau des mains pour contrôler la descente.</translation>
    </message>
    <message>
      <source>Let your legs do most of the work; your hands only help.</source>
      <translation>Laissez les jambes faire l’essentiel du travail ; les mains ne font qu’aider.</translation>
    </message>
    <message>
      <source>Lean forward until your nose is over your toes, then stand.</source>
      <translation>Penchez-vous en avant jusqu’à avoir le nez au-dessus des orteils, puis levez-vous.</translation>
    </message>
    <message>
      <source>Pulling on a desk or table that could slide away.</source>
      <translation>Se tirer sur un bureau ou une table qui pourrait glisser.</translation>
    </message>
    <message>
      <source>Pushing so hard with the hands that the legs hardly work.</source>
      <translation>Pousser si fort avec les mains que les jambes ne travaillent presque plus.</translation>
    </message>
    <message>
      <source>Slow sit-to-stand</source>
      <translation>Assis-debout lent</translation>
    </message>
    <message>
      <source>A harder sit-to-stand: you take three seconds to lower and only just touch the seat before standing again, so your hips and thighs never get a rest.</source>
      <translation>Un assis-debout plus difficile : vous descendez en trois secondes et effleurez à peine l’assise avant de vous relever, si bien que les hanches et les cuisses ne se reposent jamais.</translation>
    </message>
    <message>
      <source>Stop if you feel sharp pain in your knees, hips or back, and sit down fully to rest if your legs shake or your balance wobbles.</source>
      <translation>Arrêtez si vous ressentez une douleur vive aux genoux, aux hanches ou au dos, et asseyez-vous complètement pour vous reposer si vos jambes tremblent ou si votre équilibre vacille.</translation>
    </message>
    <message>
      <source>Sit near the front of a sturdy chair without wheels, feet flat and hip-width apart, arms crossed over your chest or reaching forward.</source>
      <translation>Asseyez-vous vers l’avant d’une chaise stable sans roulettes, pieds à plat et écartés de la largeur des hanches, bras croisés sur la poitrine ou tendus devant vous.</translation>
    </message>
    <message>
      <source>Push your hips back and lower slowly, taking three seconds on the way down.</source>
      <translation>Poussez les hanches vers l’arrière et descendez lentement, en prenant trois secondes pour descendre.</translation>
    </message>
    <message>
      <source>Let your seat only just brush the chair, without sitting or relaxing, then stand straight up again.</source>
      <translation>Effleurez à peine la chaise avec les fesses, sans vous asseoir ni relâcher, puis relevez-vous directement.</translation>
    </message>
    <message>
      <source>Three seconds down, then rise steadily.</source>
      <translation>Trois secondes pour descendre, puis remontez sans à-coups.</translation>
    </message>
    <message>
      <source>Breathe out as you stand.</source>
      <translation>Expirez en vous levant.</translation>
    </message>
    <message>
      <source>Dropping the last part of the way onto the seat.</source>
      <translation>Se laisser tomber sur l’assise en fin de descente.</translation>
    </message>
    <message>
      <source>Letting the knees cave inward as you slow down.</source>
      <translation>Laisser les genoux rentrer vers l’intérieur en ralentissant.</translation>
    </message>
    <message>
      <source>Child's pose</source>
      <translation>Posture de l’enfant</translation>
    </message>
    <message>
      <source>A restful kneeling stretch that lengthens the lower back and eases tension around the hips.</source>
      <translation>Un étirement reposant à genoux qui allonge le bas du dos et relâche les tensions autour des hanches.</translation>
    </message>
    <message>
      <source>Use plenty of cushions or skip it if your knees hurt, and widen your knees to make room for your belly during pregnancy.</source>
      <translation>Utilisez beaucoup de coussins, ou ne faites pas cet exercice, si vos genoux vous font mal, et écartez les genoux pour laisser de la place au ventre pendant la grossesse.</translation>
    </message>
    <message>
      <source>hips</source>
      <translation>hanches</translation>
    </message>
    <message>
      <source>Kneel on the floor with your big toes touching and your knees hip-width apart or wider.</source>
      <translation>Mettez-vous à genoux au sol, gros orteils en contact et genoux écartés de la largeur des hanches ou plus.</translation>
    </message>
    <message>
      <source>Sit your hips back toward your heels.</source>
      <translation>Asseyez les hanches vers l’arrière, en direction des talons.</translation>
    </message>
    <message>
      <source>Walk your hands forward and lower your chest toward the floor, resting your forehead down.</source>
      <translation>Avancez les mains et descendez la poitrine vers le sol, front posé.</translation>
    </message>
    <message>
      <source>Breathe slowly and let your back and hips soften each time you breathe out.</source>
      <translation>Respirez lentement et laissez le dos et les hanches se relâcher à chaque expiration.</translation>
    </message>
    <message>
      <source>Let your hips sink toward your heels.</source>
      <translation>Laissez les hanches descendre vers les talons.</translation>
    </message>
    <message>
      <source>Relax your shoulders away from your ears.</source>
      <translation>Relâchez les épaules loin des oreilles.</translation>
    </message>
    <message>
      <source>Breathe slowly into your back.</source>
      <translation>Respirez lentement dans le dos.</translation>
    </message>
    <message>
      <source>Forcing the hips down when the knees complain.</source>
      <translation>Forcer les hanches vers le bas alors que les genoux protestent.</translation>
    </message>
    <message>
      <source>Holding tension in the shoulders and neck.</source>
      <translation>Garder des tensions dans les épaules et la nuque.</translation>
    </message>
    <message>
      <source>Sitting back onto your heels bends the hips past a right angle. Skip it, or keep a large cushion between heels and bottom, unless you have been told it is fine.</source>
      <translation>S’asseoir sur les talons fléchit les hanches au-delà de l’angle droit. Ne faites pas cet exercice, ou gardez un gros coussin entre les talons et les fesses, sauf si l’on vous a dit que c’était sans risque.</translation>
    </message>
    <message>
      <source>Widen your knees to make room for your bump and rest your head on a cushion.</source>
      <translation>Écartez les genoux pour laisser de la place à votre ventre et posez la tête sur un coussin.</translation>
    </message>
    <message>
      <source>Supported child's pose</source>
      <translation>Posture de l’enfant soutenue</translation>
    </message>
    <message>
      <source>A restful kneeling stretch for the lower back and hips, with cushions under your bottom and chest so your knees and hips bend less than in the full pose.</source>
      <translation>Un étirement reposant à genoux pour le bas du dos et les hanches, avec des coussins sous les fesses et la poitrine pour que les genoux et les hanches fléchissent moins que dans la posture complète.</translation>
    </message>
    <message>
      <source>Add more cushions, or skip it, if your knees hurt, and stop if you feel sharp pain in your back or hips.</source>
      <translation>Ajoutez des coussins, ou ne faites pas cet exercice, si vos genoux vous font mal, et arrêtez si vous ressentez une douleur vive dans le dos ou les hanches.</translation>
    </message>
    <message>
      <source>cushions, pillows or a folded blanket</source>
      <translation>coussins, oreillers ou couverture pliée</translation>
    </message>
    <message>
      <source>Kneel with your big toes touching and knees hip-width apart or wider, and lay a firm cushion across your heels.</source>
      <translation>Mettez-vous à genoux, gros orteils en contact et genoux écartés de la largeur des hanches ou plus, et posez un coussin ferme en travers des talons.</translation>
    </message>
    <message>
      <source>Place a long cushion, a bolster or a stack of pillows lengthways on the floor between your knees.</source>
      <translation>Placez un long coussin, un traversin ou une pile d’oreillers dans la longueur au sol, entre vos genoux.</translation>
    </message>
    <message>
      <source>Sit back onto the cushion on your heels, then lean forward until your chest and head rest on the cushions in front of you.</source>
      <translation>Asseyez-vous sur le coussin posé sur vos talons, puis penchez-vous en avant jusqu’à ce que la poitrine et la tête reposent sur les coussins devant vous.</translation>
    </message>
    <message>
      <source>Let your arms rest on the floor beside the cushions and breathe slowly, letting your back soften each time you breathe out.</source>
      <translation>Laissez les bras reposer au sol à côté des coussins et respirez lentement, en laissant le dos se relâcher à chaque expiration.</translation>
    </message>
    <message>
      <source>To come up, place your hands under your shoulders and press yourself back up to kneeling.</source>
      <translation>Pour vous relever, placez les mains sous les épaules et repoussez-vous jusqu’à la position à genoux.</translation>
    </message>
    <message>
      <source>Add cushions until nothing feels strained.</source>
      <translation>Ajoutez des coussins jusqu’à ce que rien ne tire.</translation>
    </message>
    <message>
      <source>Let the cushions take your whole weight.</source>
      <translation>Laissez les coussins porter tout votre poids.</translation>
    </message>
    <message>
      <source>Using too few cushions, so the knees or hips still feel strained.</source>
      <translation>Utiliser trop peu de coussins, si bien que les genoux ou les hanches tirent encore.</translation>
    </message>
    <message>
      <source>Holding your head up instead of letting it rest.</source>
      <translation>Garder la tête levée au lieu de la laisser reposer.</translation>
    </message>
    <message>
      <source>Even with cushions, leaning forward bends the hips past a right angle. Skip it unless your surgeon or physiotherapist has said it is fine, or keep a tall stack under your chest so you lean forward only a little.</source>
      <translation>Même avec des coussins, se pencher en avant fléchit les hanches au-delà de l’angle droit. Ne faites pas cet exercice sauf si votre chirurgien ou votre kinésithérapeute vous a dit que c’était sans risque, ou gardez une haute pile de coussins sous la poitrine pour ne vous pencher que légèrement.</translation>
    </message>
    <message>
      <source>Widen your knees to make room for your bump and rest your chest and head on a tall stack of cushions.</source>
      <translation>Écartez les genoux pour laisser de la place à votre ventre et posez la poitrine et la tête sur une haute pile de coussins.</translation>
    </message>
    <message>
      <source>Side-reach child's pose</source>
      <translation>Posture de l’enfant avec étirement latéral</translation>
    </message>
    <message>
      <source>Child's pose with both hands walked over to one side, which adds a stretch along the side of your back and ribs.</source>
      <translation>La posture de l’enfant avec les deux mains déplacées d’un côté, ce qui ajoute un étirement le long du flanc du dos et des côtes.</translation>
    </message>
    <message>
      <source>Use plenty of cushions, or choose the basic child's pose, if your knees hurt, and stop if you feel sharp pain in your back or side.</source>
      <translation>Utilisez beaucoup de coussins, ou choisissez la posture de l’enfant simple, si vos genoux vous font mal, et arrêtez si vous ressentez une douleur vive dans le dos ou le flanc.</translation>
    </message>
    <message>
      <source>Left side: walk both hands over to the right, so you feel the stretch along the left side of your back.</source>
      <translation>Côté gauche : déplacez les deux mains vers la droite, pour sentir l’étirement le long du côté gauche du dos.</translation>
    </message>
    <message>
      <source>Right side: walk both hands over to the left, so you feel the stretch along the right side of your back.</source>
      <translation>Côté droit : déplacez les deux mains vers la gauche, pour sentir l’étirement le long du côté droit du dos.</translation>
    </message>
    <message>
      <source>Kneel with your big toes touching and your knees hip-width apart or wider, and sit your hips back toward your heels.</source>
      <translation>Mettez-vous à genoux, gros orteils en contact et genoux écartés de la largeur des hanches ou plus, et asseyez les hanches vers l’arrière, en direction des talons.</translation>
    </message>
    <message>
      <source>Walk both hands over to one side until you feel a stretch along the opposite side of your back, keeping your hips back toward your heels.</source>
      <translation>Déplacez les deux mains d’un côté jusqu’à sentir un étirement le long du côté opposé du dos, en gardant les hanches vers les talons.</translation>
    </message>
    <message>
      <source>Breathe slowly into the stretched side of your ribs and hold.</source>
      <translation>Respirez lentement dans le côté étiré des côtes et tenez la position.</translation>
    </message>
    <message>
      <source>Walk your hands back to the middle, then change sides.</source>
      <translation>Ramenez les mains au centre, puis changez de côté.</translation>
    </message>
    <message>
      <source>Keep both hips sinking toward your heels.</source>
      <translation>Gardez les deux hanches qui descendent vers les talons.</translation>
    </message>
    <message>
      <source>Breathe into the side that is stretching.</source>
      <translation>Respirez dans le côté qui s’étire.</translation>
    </message>
    <message>
      <source>Walk your hands only as far as feels comfortable.</source>
      <translation>Ne déplacez les mains qu’aussi loin que c’est confortable.</translation>
    </message>
    <message>
      <source>Letting the hips lift or slide sideways with the hands.</source>
      <translation>Laisser les hanches se soulever ou glisser sur le côté avec les mains.</translation>
    </message>
    <message>
      <source>Walking the hands so far that the stretch turns into strain.</source>
      <translation>Déplacer les mains si loin que l’étirement devient une contrainte.</translation>
    </message>
    <message>
      <source>Keep the side reach small and slow, and let the floor take your weight.</source>
      <translation>Gardez un petit étirement latéral, lent, et laissez le sol porter votre poids.</translation>
    </message>
    <message>
      <source>Widen your knees to make room for your bump, keep the side reach gentle and rest your head on a cushion.</source>
      <translation>Écartez les genoux pour laisser de la place à votre ventre, gardez un étirement latéral doux et posez la tête sur un coussin.</translation>
    </message>
    <message>
      <source>Figure 4 stretch</source>
      <translation>Étirement en figure 4</translation>
    </message>
    <message>
      <source>Stretches the outer hip and glutes, including the piriformis, while you lie on your back.</source>
      <translation>Étire l’extérieur de la hanche et les fessiers, dont le piriforme, allongé sur le dos.</translation>
    </message>
    <message>
      <source>Ease off if the knee of the crossed leg hurts, and stop if you feel sharp or shooting pain down your leg.</source>
      <translation>Relâchez si le genou de la jambe croisée fait mal, et arrêtez si vous ressentez une douleur vive ou fulgurante qui descend dans la jambe.</translation>
    </message>
    <message>
      <source>Left side: your left ankle crosses over your right knee, so you feel the stretch in your left hip.</source>
      <translation>Côté gauche : votre cheville gauche se croise sur votre genou droit, pour sentir l’étirement dans la hanche gauche.</translation>
    </message>
    <message>
      <source>Right side: your right ankle crosses over your left knee, so you feel the stretch in your right hip.</source>
      <translation>Côté droit : votre cheville droite se croise sur votre genou gauche, pour sentir l’étirement dans la hanche droite.</translation>
    </message>
    <message>
      <source>piriformis</source>
      <translation>piriforme</translation>
    </message>
    <message>
      <source>Lie on your back with both knees bent and your feet flat on the floor.</source>
      <translation>Allongez-vous sur le dos, les deux genoux fléchis et les pieds à plat au sol.</translation>
    </message>
    <message>
      <source>Cross one ankle over the opposite knee so your legs make the shape of a 4.</source>
      <translation>Croisez une cheville sur le genou opposé pour que vos jambes forment un 4.</translation>
    </message>
    <message>
      <source>Hold behind the thigh of the bottom leg and gently draw it toward your chest.</source>
      <translation>Attrapez l’arrière de la cuisse de la jambe du dessous et ramenez-la doucement vers la poitrine.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then release and change sides.</source>
      <translation>Tenez en respirant lentement, puis relâchez et changez de côté.</translation>
    </message>
    <message>
      <source>Keep the crossed foot flexed to protect the knee.</source>
      <translation>Gardez le pied croisé fléchi pour protéger le genou.</translation>
    </message>
    <message>
      <source>Keep your head and shoulders relaxed on the floor.</source>
      <translation>Gardez la tête et les épaules relâchées au sol.</translation>
    </message>
    <message>
      <source>Look for a gentle stretch in the outer hip, not pain.</source>
      <translation>Cherchez un étirement doux à l’extérieur de la hanche, pas une douleur.</translation>
    </message>
    <message>
      <source>Pulling so hard that the lower back lifts off the floor.</source>
      <translation>Tirer si fort que le bas du dos décolle du sol.</translation>
    </message>
    <message>
      <source>Letting the crossed foot go floppy, which strains the knee.</source>
      <translation>Laisser le pied croisé mou, ce qui force sur le genou.</translation>
    </message>
    <message>
      <source>Straining the neck to reach the leg.</source>
      <translation>Forcer sur la nuque pour attraper la jambe.</translation>
    </message>
    <message>
      <source>Crossing the ankle over the other knee turns the hip in a way a new hip may not be ready for. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Croiser la cheville sur l’autre genou fait tourner la hanche d’une façon à laquelle une nouvelle prothèse n’est peut-être pas prête. Ne faites pas cet exercice sauf si votre chirurgien ou votre kinésithérapeute vous a dit que c’était sans risque.</translation>
    </message>
    <message>
      <source>Later in pregnancy, lying on your back can make you feel faint. Do the seated figure 4 on a chair instead.</source>
      <translation>En fin de grossesse, s’allonger sur le dos peut provoquer un malaise. Faites plutôt la figure 4 assise sur une chaise.</translation>
    </message>
    <message>
      <source>Foot-down figure 4</source>
      <translation>Figure 4 pied au sol</translation>
    </message>
    <message>
      <source>A gentler figure 4 for the outer hip and glutes: the bottom foot stays on the floor and the crossed knee simply opens out.</source>
      <translation>Une figure 4 plus douce pour l’extérieur de la hanche et les fessiers : le pied du dessous reste au sol et le genou croisé s’ouvre simplement sur le côté.</translation>
    </message>
    <message>
      <source>Left side: your left ankle rests on your right knee and your right foot stays on the floor, so you feel the stretch in your left hip.</source>
      <translation>Côté gauche : votre cheville gauche repose sur votre genou droit et votre pied droit reste au sol, pour sentir l’étirement dans la hanche gauche.</translation>
    </message>
    <message>
      <source>Right side: your right ankle rests on your left knee and your left foot stays on the floor, so you feel the stretch in your right hip.</source>
      <translation>Côté droit : votre cheville droite repose sur votre genou gauche et votre pied gauche reste au sol, pour sentir l’étirement dans la hanche droite.</translation>
    </message>
    <message>
      <source>Lie on your back with both knees bent and your feet flat on the floor, hip-width apart.</source>
      <translation>Allongez-vous sur le dos, les deux genoux fléchis et les pieds à plat au sol, écartés de la largeur des hanches.</translation>
    </message>
    <message>
      <source>Cross one ankle over the opposite knee so your legs make the shape of a 4, keeping the bottom foot on the floor.</source>
      <translation>Croisez une cheville sur le genou opposé pour que vos jambes forment un 4, en gardant le pied du dessous au sol.</translation>
    </message>
    <message>
      <source>Let the crossed knee gently open out to the side, and rest your hands on your belly or on the floor.</source>
      <translation>Laissez le genou croisé s’ouvrir doucement sur le côté, et posez les mains sur le ventre ou au sol.</translation>
    </message>
    <message>
      <source>For less stretch, slide the bottom foot further away from you; for a little more, bring it a little closer.</source>
      <translation>Pour moins d’étirement, éloignez le pied du dessous ; pour un peu plus, rapprochez-le un peu.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then uncross and change sides.</source>
      <translation>Tenez en respirant lentement, puis décroisez et changez de côté.</translation>
    </message>
    <message>
      <source>Let the knee open by itself; there is no need to push it.</source>
      <translation>Laissez le genou s’ouvrir tout seul ; inutile de le pousser.</translation>
    </message>
    <message>
      <source>Pressing the crossed knee down hard with a hand.</source>
      <translation>Appuyer fort avec une main sur le genou croisé.</translation>
    </message>
    <message>
      <source>Holding the breath or tensing the shoulders.</source>
      <translation>Bloquer sa respiration ou crisper les épaules.</translation>
    </message>
    <message>
      <source>Crossing the ankle over the other knee turns the hip in a way a new hip may not be ready for, even with the foot down. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Croiser la cheville sur l’autre genou fait tourner la hanche d’une façon à laquelle une nouvelle prothèse n’est peut-être pas prête, même avec le pied au sol. Ne faites pas cet exercice sauf si votre chirurgien ou votre kinésithérapeute vous a dit que c’était sans risque.</translation>
    </message>
    <message>
      <source>Later in pregnancy, lying on your back can make you feel faint. Do the seated figure 4 on a chair instead, or prop your head and shoulders up on cushions.</source>
      <translation>En fin de grossesse, s’allonger sur le dos peut provoquer un malaise. Faites plutôt la figure 4 assise sur une chaise, ou surélevez la tête et les épaules avec des coussins.</translation>
    </message>
    <message>
      <source>Deep figure 4</source>
      <translation>Figure 4 profonde</translation>
    </message>
    <message>
      <source>A stronger figure 4 for the outer hip and glutes: you hold the front of the bottom shin, draw the legs closer to your chest and ease the crossed knee away.</source>
      <translation>Une figure 4 plus intense pour l’extérieur de la hanche et les fessiers : vous tenez l’avant du tibia du dessous, ramenez les jambes plus près de la poitrine et éloignez doucement le genou croisé.</translation>
    </message>
    <message>
      <source>Go back to the basic figure 4 if the crossed knee or the front of the hip complains, and stop if you feel sharp or shooting pain down your leg.</source>
      <translation>Revenez à la figure 4 simple si le genou croisé ou l’avant de la hanche protestent, et arrêtez si vous ressentez une douleur vive ou fulgurante qui descend dans la jambe.</translation>
    </message>
    <message>
      <source>Left side: your left ankle crosses over your right knee and you draw your right leg in, so you feel the stretch in your left hip.</source>
      <translation>Côté gauche : votre cheville gauche se croise sur votre genou droit et vous ramenez la jambe droite vers vous, pour sentir l’étirement dans la hanche gauche.</translation>
    </message>
    <message>
      <source>Right side: your right ankle crosses over your left knee and you draw your left leg in, so you feel the stretch in your right hip.</source>
      <translation>Côté droit : votre cheville droite se croise sur votre genou gauche et vous ramenez la jambe gauche vers vous, pour sentir l’étirement dans la hanche droite.</translation>
    </message>
    <message>
      <source>Lie on your back with both knees bent and cross one ankle over the opposite knee, keeping that foot flexed.</source>
      <translation>Allongez-vous sur le dos, les deux genoux fléchis, et croisez une cheville sur le genou opposé, en gardant ce pied fléchi.</translation>
    </message>
    <message>
      <source>Lift the bottom foot off the floor, thread one hand between your legs and hold the front of the bottom shin with both hands.</source>
      <translation>Décollez le pied du dessous du sol, passez une main entre vos jambes et tenez l’avant du tibia du dessous à deux mains.</translation>
    </message>
    <message>
      <source>Draw the bottom leg slowly toward your chest until you feel a stronger stretch in the outer hip of the crossed leg.</source>
      <translation>Ramenez lentement la jambe du dessous vers la poitrine jusqu’à sentir un étirement plus fort à l’extérieur de la hanche de la jambe croisée.</translation>
    </message>
    <message>
      <source>If you want a little more, use the elbow on the crossed-leg side to ease that knee gently away from you.</source>
      <translation>Pour un peu plus d’étirement, utilisez le coude du côté de la jambe croisée pour éloigner doucement ce genou de vous.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, keeping your head and tailbone down, then release and change sides.</source>
      <translation>Tenez en respirant lentement, la tête et le coccyx au sol, puis relâchez et changez de côté.</translation>
    </message>
    <message>
      <source>Keep your head, shoulders and tailbone heavy on the floor.</source>
      <translation>Gardez la tête, les épaules et le coccyx lourds sur le sol.</translation>
    </message>
    <message>
      <source>Keep the crossed foot flexed.</source>
      <translation>Gardez le pied croisé fléchi.</translation>
    </message>
    <message>
      <source>Ease in a little with each breath out; never bounce.</source>
      <translation>Allez un peu plus loin à chaque expiration ; ne faites jamais de rebonds.</translation>
    </message>
    <message>
      <source>Pulling so hard that your tailbone curls up off the floor.</source>
      <translation>Tirer si fort que le coccyx s’enroule et décolle du sol.</translation>
    </message>
    <message>
      <source>Lifting the head and shoulders to reach the shin.</source>
      <translation>Lever la tête et les épaules pour atteindre le tibia.</translation>
    </message>
    <message>
      <source>Pushing the crossed knee so hard that the knee or the front of the hip hurts.</source>
      <translation>Pousser le genou croisé si fort que le genou ou l’avant de la hanche fait mal.</translation>
    </message>
    <message>
      <source>This deep bend and turn of the hip is likely to be too much for a new hip. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Cette flexion et cette rotation profondes de la hanche risquent d’être trop pour une nouvelle prothèse. Ne faites pas cet exercice sauf si votre chirurgien ou votre kinésithérapeute vous a dit que c’était sans risque.</translation>
    </message>
    <message>
      <source>Lying on your back and drawing a leg in toward your bump are best avoided later in pregnancy. Do the seated figure 4 on a chair instead.</source>
      <translation>En fin de grossesse, mieux vaut éviter de s’allonger sur le dos et de ramener une jambe vers le ventre. Faites plutôt la figure 4 assise sur une chaise.</translation>
    </message>
    <message>
      <source>Cat-cow</source>
      <translation>Chat-vache</translation>
    </message>
    <message>
      <source>A gentle flowing move on hands and knees that loosens the spine and eases stiffness in the lower back and hips.</source>
      <translation>Un mouvement fluide et doux à quatre pattes qui assouplit la colonne et soulage la raideur du bas du dos et des hanches.</translation>
    </message>
    <message>
      <source>Put a cushion under your knees if they are sore, and keep the movement small if arching or rounding brings on pain.</source>
      <translation>Placez un coussin sous vos genoux s’ils sont sensibles, et gardez un petit mouvement si creuser ou arrondir le dos déclenche une douleur.</translation>
    </message>
    <message>
      <source>spine</source>
      <translation>colonne vertébrale</translation>
    </message>
    <message>
      <source>Start on hands and knees, hands under your shoulders and knees under your hips.</source>
      <translation>Commencez à quatre pattes, mains sous les épaules et genoux sous les hanches.</translation>
    </message>
    <message>
      <source>Breathe in as you let your belly sink, lift your chest and tailbone, and look slightly forward.</source>
      <translation>Inspirez en laissant descendre le ventre, montez la poitrine et le coccyx, et regardez légèrement vers l’avant.</translation>
    </message>
    <message>
      <source>Breathe out as you round your back up toward the ceiling, tuck your tailbone and let your head drop.</source>
      <translation>Expirez en arrondissant le dos vers le plafond, rentrez le coccyx et laissez tomber la tête.</translation>
    </message>
    <message>
      <source>Keep flowing slowly between the two shapes in time with your breath.</source>
      <translation>Continuez à passer lentement d’une position à l’autre au rythme de la respiration.</translation>
    </message>
    <message>
      <source>Move one section of your spine at a time.</source>
      <translation>Bougez la colonne segment par segment.</translation>
    </message>
    <message>
      <source>Let your breath set the pace.</source>
      <translation>Laissez la respiration donner le rythme.</translation>
    </message>
    <message>
      <source>Stay within a comfortable range.</source>
      <translation>Restez dans une amplitude confortable.</translation>
    </message>
    <message>
      <source>Rushing through the movement.</source>
      <translation>Enchaîner le mouvement trop vite.</translation>
    </message>
    <message>
      <source>Forcing a deep arch in the lower back.</source>
      <translation>Forcer une forte cambrure du bas du dos.</translation>
    </message>
    <message>
      <source>Locking the elbows.</source>
      <translation>Verrouiller les coudes.</translation>
    </message>
    <message>
      <source>Keep the rounding (cat) small and slow.</source>
      <translation>Gardez l’arrondi (chat) petit et lent.</translation>
    </message>
    <message>
      <source>Keep the arching (cow) small, and stop if it brings on leg pain.</source>
      <translation>Gardez le creusement (vache) petit, et arrêtez s’il déclenche une douleur dans la jambe.</translation>
    </message>
    <message>
      <source>Small-range cat-cow</source>
      <translation>Chat-vache en petite amplitude</translation>
    </message>
    <message>
      <source>Cat-cow in small, easy movements: you tilt your pelvis and round or hollow your back only a little, to loosen a stiff or sore back gently.</source>
      <translation>Le chat-vache en petits mouvements faciles : vous basculez le bassin et arrondissez ou creusez le dos juste un peu, pour assouplir en douceur un dos raide ou douloureux.</translation>
    </message>
    <message>
      <source>Make it even smaller, or try the seated cat-cow, if it brings on pain, and stop if you feel sharp or shooting pain.</source>
      <translation>Réduisez encore le mouvement, ou essayez le chat-vache assis, s’il déclenche une douleur, et arrêtez si vous ressentez une douleur vive ou fulgurante.</translation>
    </message>
    <message>
      <source>Start on hands and knees, hands under your shoulders and knees under your hips, with a cushion under your knees if they are sore.</source>
      <translation>Commencez à quatre pattes, mains sous les épaules et genoux sous les hanches, avec un coussin sous les genoux s’ils sont sensibles.</translation>
    </message>
    <message>
      <source>Breathe in and tip your tailbone up a little, letting your lower back dip only slightly.</source>
      <translation>Inspirez et montez un peu le coccyx, en laissant le bas du dos se creuser à peine.</translation>
    </message>
    <message>
      <source>Breathe out and tuck your tailbone under a little, letting your back round only slightly.</source>
      <translation>Expirez et rentrez un peu le coccyx, en laissant le dos s’arrondir à peine.</translation>
    </message>
    <message>
      <source>Keep rocking gently between the two in time with your breath, within an easy, pain-free range.</source>
      <translation>Continuez à basculer doucement entre les deux au rythme de la respiration, dans une amplitude facile et sans douleur.</translation>
    </message>
    <message>
      <source>Let the movement start at your pelvis.</source>
      <translation>Laissez le mouvement partir du bassin.</translation>
    </message>
    <message>
      <source>Small and smooth is the aim.</source>
      <translation>Le but : petit et fluide.</translation>
    </message>
    <message>
      <source>Keep your neck long and your eyes on the floor.</source>
      <translation>Gardez la nuque longue et le regard vers le sol.</translation>
    </message>
    <message>
      <source>Letting the movement grow bigger than feels easy.</source>
      <translation>Laisser le mouvement devenir plus grand que ce qui est facile.</translation>
    </message>
    <message>
      <source>Moving only the head and shoulders instead of the pelvis.</source>
      <translation>Ne bouger que la tête et les épaules au lieu du bassin.</translation>
    </message>
    <message>
      <source>Keep the rounding (cat) small and slow, as in this version, and do not push it further.</source>
      <translation>Gardez l’arrondi (chat) petit et lent, comme dans cette version, et n’allez pas plus loin.</translation>
    </message>
    <message>
      <source>Cat-cow with hip circles</source>
      <translation>Chat-vache avec cercles de hanches</translation>
    </message>
    <message>
      <source>Cat-cow with slow circles of the hips added between rounds, to loosen the hips as well as the spine.</source>
      <translation>Le chat-vache avec de lents cercles de hanches ajoutés entre les cycles, pour assouplir les hanches autant que la colonne.</translation>
    </message>
    <message>
      <source>Put a cushion under your knees if they are sore, keep the circles small if they bring on pain, and stop if you feel sharp pain in your back or hips.</source>
      <translation>Placez un coussin sous vos genoux s’ils sont sensibles, gardez de petits cercles s’ils déclenchent une douleur, et arrêtez si vous ressentez une douleur vive dans le dos ou les hanches.</translation>
    </message>
    <message>
      <source>Do a few slow rounds of cat-cow, letting your belly sink as you breathe in and rounding your back as you breathe out.</source>
      <translation>Faites quelques cycles lents de chat-vache, en laissant descendre le ventre à l’inspiration et en arrondissant le dos à l’expiration.</translation>
    </message>
    <message>
      <source>Return to a flat back and draw slow circles with your hips: forward, over to one side, back toward your heels and over to the other side.</source>
      <translation>Revenez dos plat et dessinez de lents cercles avec les hanches : vers l’avant, d’un côté, vers l’arrière en direction des talons et de l’autre côté.</translation>
    </message>
    <message>
      <source>After three or four circles, change direction, then go back to cat-cow and keep alternating.</source>
      <translation>Après trois ou quatre cercles, changez de sens, puis revenez au chat-vache et continuez à alterner.</translation>
    </message>
    <message>
      <source>Keep your hands and knees where they are; only your hips and spine move.</source>
      <translation>Gardez les mains et les genoux en place ; seuls les hanches et la colonne bougent.</translation>
    </message>
    <message>
      <source>Keep the circles slow and smooth.</source>
      <translation>Gardez des cercles lents et fluides.</translation>
    </message>
    <message>
      <source>Rushing the circles.</source>
      <translation>Faire les cercles trop vite.</translation>
    </message>
    <message>
      <source>Sinking into the shoulders or locking the elbows.</source>
      <translation>S’affaisser dans les épaules ou verrouiller les coudes.</translation>
    </message>
    <message>
      <source>Letting the lower back sag as the hips move forward.</source>
      <translation>Laisser le bas du dos se creuser quand les hanches avancent.</translation>
    </message>
    <message>
      <source>Keep the rounding (cat) small and slow, and keep the circles small.</source>
      <translation>Gardez l’arrondi (chat) petit et lent, et de petits cercles.</translation>
    </message>
    <message>
      <source>Keep the arching (cow) small, keep your back from sagging as the hips circle forward, and stop if it brings on leg pain.</source>
      <translation>Gardez le creusement (vache) petit, empêchez le dos de se creuser quand les hanches avancent dans le cercle, et arrêtez si une douleur apparaît dans la jambe.</translation>
    </message>
    <message>
      <source>Pigeon pose</source>
      <translation>Posture du pigeon</translation>
    </message>
    <message>
      <source>A deep stretch for the outer hips and glutes with one leg folded in front of you.</source>
      <translation>Un étirement profond de l’extérieur des hanches et des fessiers, une jambe repliée devant vous.</translation>
    </message>
    <message>
      <source>Use the figure 4 stretch instead if you feel pain in the front knee, and stop if you feel sharp pain in your hip or back.</source>
      <translation>Faites plutôt l’étirement en figure 4 si vous ressentez une douleur dans le genou avant, et arrêtez si vous ressentez une douleur vive dans la hanche ou le dos.</translation>
    </message>
    <message>
      <source>Left side: your left knee comes forward and your right leg stretches back, so you feel the stretch in your left hip.</source>
      <translation>Côté gauche : votre genou gauche vient vers l’avant et votre jambe droite s’étire vers l’arrière, pour sentir l’étirement dans la hanche gauche.</translation>
    </message>
    <message>
      <source>Right side: your right knee comes forward and your left leg stretches back, so you feel the stretch in your right hip.</source>
      <translation>Côté droit : votre genou droit vient vers l’avant et votre jambe gauche s’étire vers l’arrière, pour sentir l’étirement dans la hanche droite.</translation>
    </message>
    <message>
      <source>hip flexors</source>
      <translation>fléchisseurs de hanche</translation>
    </message>
    <message>
      <source>Start on hands and knees, then bring one knee forward to rest behind the wrist on the same side.</source>
      <translation>Commencez à quatre pattes, puis amenez un genou vers l’avant, derrière le poignet du même côté.</translation>
    </message>
    <message>
      <source>Let that shin angle across toward the opposite hip and slide the other leg straight back.</source>
      <translation>Laissez ce tibia se placer en biais vers la hanche opposée et faites glisser l’autre jambe tendue vers l’arrière.</translation>
    </message>
    <message>
      <source>Keep your hips level and lower them toward the floor, supporting yourself on your hands.</source>
      <translation>Gardez les hanches à niveau et descendez-les vers le sol, en vous soutenant sur les mains.</translation>
    </message>
    <message>
      <source>Stay up on your hands or fold forward onto your forearms, hold, then change sides.</source>
      <translation>Restez sur les mains ou penchez-vous en avant sur les avant-bras, tenez, puis changez de côté.</translation>
    </message>
    <message>
      <source>Keep the front foot flexed.</source>
      <translation>Gardez le pied avant fléchi.</translation>
    </message>
    <message>
      <source>Keep both hips facing forward.</source>
      <translation>Gardez les deux hanches orientées vers l’avant.</translation>
    </message>
    <message>
      <source>Slide a cushion under the front hip if it does not reach the floor.</source>
      <translation>Glissez un coussin sous la hanche avant si elle ne touche pas le sol.</translation>
    </message>
    <message>
      <source>Tipping over onto the front hip.</source>
      <translation>Basculer sur la hanche avant.</translation>
    </message>
    <message>
      <source>Forcing the front shin across further than the knee allows.</source>
      <translation>Forcer le tibia avant plus en biais que le genou ne le permet.</translation>
    </message>
    <message>
      <source>Letting the back leg twist out to the side.</source>
      <translation>Laisser la jambe arrière tourner vers l’extérieur.</translation>
    </message>
    <message>
      <source>The deep bend and turn of the front hip can strain a new hip. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>La flexion et la rotation profondes de la hanche avant peuvent forcer sur une nouvelle prothèse. Ne faites pas cet exercice sauf si votre chirurgien ou votre kinésithérapeute vous a dit que c’était sans risque.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Use the figure 4 on a chair, or a cushion under the front hip and only a gentle stretch.</source>
      <translation>La grossesse assouplit les articulations et rend l’équilibre plus difficile. Faites la figure 4 sur une chaise, ou mettez un coussin sous la hanche avant et étirez-vous seulement en douceur.</translation>
    </message>
    <message>
      <source>Supported pigeon</source>
      <translation>Pigeon soutenu</translation>
    </message>
    <message>
      <source>A gentler pigeon pose with a cushion or folded blanket under the hip of the front leg and your chest upright on your hands, so the hip stretch stays moderate.</source>
      <translation>Une posture du pigeon plus douce, avec un coussin ou une couverture pliée sous la hanche de la jambe avant et la poitrine droite, en appui sur les mains, pour garder un étirement de hanche modéré.</translation>
    </message>
    <message>
      <source>Left side: your left knee comes forward with the cushion under your left hip, and your right leg stretches back.</source>
      <translation>Côté gauche : votre genou gauche vient vers l’avant avec le coussin sous votre hanche gauche, et votre jambe droite s’étire vers l’arrière.</translation>
    </message>
    <message>
      <source>Right side: your right knee comes forward with the cushion under your right hip, and your left leg stretches back.</source>
      <translation>Côté droit : votre genou droit vient vers l’avant avec le coussin sous votre hanche droite, et votre jambe gauche s’étire vers l’arrière.</translation>
    </message>
    <message>
      <source>cushion or folded blanket</source>
      <translation>coussin ou couverture pliée</translation>
    </message>
    <message>
      <source>two books (optional)</source>
      <translation>deux livres (facultatif)</translation>
    </message>
    <message>
      <source>Start on hands and knees with a firm cushion or folded blanket on the floor just in front of your knees.</source>
      <translation>Commencez à quatre pattes, avec un coussin ferme ou une couverture pliée au sol juste devant vos genoux.</translation>
    </message>
    <message>
      <source>Bring one knee forward to rest behind the wrist on the same side, and let that shin angle across only as far as is comfortable.</source>
      <translation>Amenez un genou vers l’avant, derrière le poignet du même côté, et laissez ce tibia se placer en biais seulement autant que c’est confortable.</translation>
    </message>
    <message>
      <source>Slide the other leg straight back and lower the hip of the front leg onto the cushion, keeping your hips level.</source>
      <translation>Faites glisser l’autre jambe tendue vers l’arrière et posez la hanche de la jambe avant sur le coussin, en gardant les hanches à niveau.</translation>
    </message>
    <message>
      <source>Keep your arms straight and your chest upright, hands on the floor or on two books beside your front knee.</source>
      <translation>Gardez les bras tendus et la poitrine droite, mains au sol ou sur deux livres à côté du genou avant.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then press back onto hands and knees and change sides.</source>
      <translation>Tenez en respirant calmement, puis repoussez-vous à quatre pattes et changez de côté.</translation>
    </message>
    <message>
      <source>Let the cushion take your weight so your hips stay level.</source>
      <translation>Laissez le coussin porter votre poids pour que les hanches restent à niveau.</translation>
    </message>
    <message>
      <source>Keep your chest lifted and your back long.</source>
      <translation>Gardez la poitrine levée et le dos long.</translation>
    </message>
    <message>
      <source>Using a cushion that is too low, so you tip over onto the front hip.</source>
      <translation>Utiliser un coussin trop bas, si bien que vous basculez sur la hanche avant.</translation>
    </message>
    <message>
      <source>Slumping the chest down onto the front leg.</source>
      <translation>Laisser la poitrine s’affaisser sur la jambe avant.</translation>
    </message>
    <message>
      <source>Even with a cushion, the front hip bends and turns a long way. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Même avec un coussin, la hanche avant fléchit et tourne beaucoup. Ne faites pas cet exercice sauf si votre chirurgien ou votre kinésithérapeute vous a dit que c’était sans risque.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Keep the cushion high and the stretch gentle, or use the figure 4 on a chair.</source>
      <translation>La grossesse assouplit les articulations et rend l’équilibre plus difficile. Gardez le coussin haut et un étirement doux, ou faites la figure 4 sur une chaise.</translation>
    </message>
    <message>
      <source>Folded pigeon</source>
      <translation>Pigeon replié</translation>
    </message>
    <message>
      <source>A deeper pigeon pose: you walk your hands forward and fold your chest down onto your forearms, for a stronger stretch in the outer hip of the front leg.</source>
      <translation>Une posture du pigeon plus profonde : vous avancez les mains et descendez la poitrine sur les avant-bras, pour un étirement plus fort à l’extérieur de la hanche de la jambe avant.</translation>
    </message>
    <message>
      <source>Stay up on your hands, or use the figure 4 stretch, if the front knee hurts, and stop if you feel sharp pain in your hip or back.</source>
      <translation>Restez sur les mains, ou faites l’étirement en figure 4, si le genou avant fait mal, et arrêtez si vous ressentez une douleur vive dans la hanche ou le dos.</translation>
    </message>
    <message>
      <source>Set up in pigeon pose: one knee forward behind the wrist on the same side, that shin angled across and the other leg straight back.</source>
      <translation>Installez-vous en posture du pigeon : un genou vers l’avant derrière le poignet du même côté, ce tibia en biais et l’autre jambe tendue vers l’arrière.</translation>
    </message>
    <message>
      <source>Lower your hips toward the floor, keeping them level, with a cushion under the front hip if it does not reach.</source>
      <translation>Descendez les hanches vers le sol en les gardant à niveau, avec un coussin sous la hanche avant si elle ne touche pas le sol.</translation>
    </message>
    <message>
      <source>Walk your hands forward and lower your chest slowly onto your forearms, keeping your back long.</source>
      <translation>Avancez les mains et descendez lentement la poitrine sur les avant-bras, en gardant le dos long.</translation>
    </message>
    <message>
      <source>If that feels easy, stretch your arms forward and rest your forehead on your hands or on the floor.</source>
      <translation>Si c’est facile, tendez les bras vers l’avant et posez le front sur les mains ou au sol.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then walk your hands back, press up and change sides.</source>
      <translation>Tenez en respirant lentement, puis ramenez les mains, repoussez-vous et changez de côté.</translation>
    </message>
    <message>
      <source>Fold forward from your hips rather than rounding your back.</source>
      <translation>Penchez-vous en avant depuis les hanches plutôt qu’en arrondissant le dos.</translation>
    </message>
    <message>
      <source>Let the stretch ease in with each breath out.</source>
      <translation>Laissez l’étirement s’installer à chaque expiration.</translation>
    </message>
    <message>
      <source>Tipping over onto the front hip as you fold.</source>
      <translation>Basculer sur la hanche avant en se penchant.</translation>
    </message>
    <message>
      <source>Folding lower than the front knee is happy with.</source>
      <translation>Descendre plus bas que ce que le genou avant accepte.</translation>
    </message>
    <message>
      <source>Hunching the shoulders up around the ears.</source>
      <translation>Remonter les épaules vers les oreilles.</translation>
    </message>
    <message>
      <source>Folding forward over the front leg bends and turns the front hip even further. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Se pencher en avant sur la jambe avant fléchit et tourne encore plus la hanche avant. Ne faites pas cet exercice sauf si votre chirurgien ou votre kinésithérapeute vous a dit que c’était sans risque.</translation>
    </message>
    <message>
      <source>Folding down over the front leg presses on your bump, and pregnancy loosens the joints. Use the supported pigeon with only a gentle stretch, or the figure 4 on a chair.</source>
      <translation>Se pencher sur la jambe avant appuie sur votre ventre, et la grossesse assouplit les articulations. Faites le pigeon soutenu avec un étirement doux seulement, ou la figure 4 sur une chaise.</translation>
    </message>
    <message>
      <source>Seated forward fold</source>
      <translation>Flexion avant assise</translation>
    </message>
    <message>
      <source>Lengthens the backs of your legs and your lower back as you fold forward over your legs while sitting on the floor.</source>
      <translation>Allonge l’arrière des jambes et le bas du dos : assis au sol, vous vous penchez en avant au-dessus de vos jambes.</translation>
    </message>
    <message>
      <source>Keep your knees bent, or skip the fold, if you feel shooting pain or tingling down a leg.</source>
      <translation>Gardez les genoux fléchis, ou ne faites pas la flexion, si vous ressentez une douleur fulgurante ou des fourmillements qui descendent dans une jambe.</translation>
    </message>
    <message>
      <source>calves</source>
      <translation>mollets</translation>
    </message>
    <message>
      <source>Sit on the floor with your legs straight out in front and your feet flexed.</source>
      <translation>Asseyez-vous au sol, jambes tendues devant vous et pieds fléchis.</translation>
    </message>
    <message>
      <source>Sit up tall and breathe in as you lengthen your spine.</source>
      <translation>Grandissez-vous et inspirez en allongeant la colonne.</translation>
    </message>
    <message>
      <source>Breathe out and hinge forward from your hips, sliding your hands along your legs.</source>
      <translation>Expirez et basculez en avant depuis les hanches, en faisant glisser les mains le long des jambes.</translation>
    </message>
    <message>
      <source>Stop where you feel a gentle stretch and hold, breathing slowly.</source>
      <translation>Arrêtez-vous là où vous sentez un étirement doux et tenez, en respirant lentement.</translation>
    </message>
    <message>
      <source>Lead with your chest rather than your head.</source>
      <translation>Menez le mouvement avec la poitrine plutôt qu’avec la tête.</translation>
    </message>
    <message>
      <source>Bend your knees as much as you need.</source>
      <translation>Fléchissez les genoux autant que nécessaire.</translation>
    </message>
    <message>
      <source>Relax your shoulders and neck.</source>
      <translation>Relâchez les épaules et la nuque.</translation>
    </message>
    <message>
      <source>Rounding hard through the back to reach the toes.</source>
      <translation>Arrondir fortement le dos pour atteindre les orteils.</translation>
    </message>
    <message>
      <source>Bouncing to go further.</source>
      <translation>Faire des rebonds pour aller plus loin.</translation>
    </message>
    <message>
      <source>Locking the knees tight.</source>
      <translation>Verrouiller les genoux.</translation>
    </message>
    <message>
      <source>Rounding your back forward loads the front of the spine bones. Hinge from the hips with a long back and stop at a gentle stretch, or skip it.</source>
      <translation>Arrondir le dos vers l’avant charge l’avant des vertèbres. Basculez depuis les hanches, le dos long, et arrêtez-vous à un étirement doux, ou ne faites pas cet exercice.</translation>
    </message>
    <message>
      <source>Bent-knee forward fold</source>
      <translation>Flexion avant genoux fléchis</translation>
    </message>
    <message>
      <source>A gentler seated fold: with your knees bent and your hips raised on a folded blanket, your chest rests towards your thighs and the backs of your legs stretch only lightly.</source>
      <translation>Une flexion assise plus douce : genoux fléchis et hanches surélevées sur une couverture pliée, la poitrine descend vers les cuisses et l’arrière des jambes ne s’étire que légèrement.</translation>
    </message>
    <message>
      <source>Stop and sit up if you feel shooting pain or tingling down a leg; if sitting on the floor is hard, do a forward fold sitting on a chair instead.</source>
      <translation>Arrêtez et redressez-vous si vous ressentez une douleur fulgurante ou des fourmillements qui descendent dans une jambe ; si s’asseoir au sol est difficile, faites plutôt une flexion avant assis sur une chaise.</translation>
    </message>
    <message>
      <source>folded blanket or cushion (optional)</source>
      <translation>couverture pliée ou coussin (facultatif)</translation>
    </message>
    <message>
      <source>Sit on the front edge of a folded blanket or cushion with your knees bent and your feet flat on the floor, hip-width apart.</source>
      <translation>Asseyez-vous sur le bord avant d’une couverture pliée ou d’un coussin, genoux fléchis et pieds à plat au sol, écartés de la largeur des hanches.</translation>
    </message>
    <message>
      <source>Breathe out and hinge forward from your hips, letting your chest come towards your thighs and holding your shins or ankles.</source>
      <translation>Expirez et basculez en avant depuis les hanches, en laissant la poitrine descendre vers les cuisses, les mains sur les tibias ou les chevilles.</translation>
    </message>
    <message>
      <source>Stay where it feels comfortable and breathe slowly, then walk your hands up your shins to sit tall again.</source>
      <translation>Restez là où c’est confortable et respirez lentement, puis remontez les mains le long des tibias pour vous redresser.</translation>
    </message>
    <message>
      <source>Let your thighs support your chest.</source>
      <translation>Laissez les cuisses soutenir la poitrine.</translation>
    </message>
    <message>
      <source>Keep your feet flat and your knees as bent as you need.</source>
      <translation>Gardez les pieds à plat et les genoux aussi fléchis que nécessaire.</translation>
    </message>
    <message>
      <source>Let your neck relax in line with your back.</source>
      <translation>Relâchez la nuque dans l’alignement du dos.</translation>
    </message>
    <message>
      <source>Straightening the legs to feel more stretch.</source>
      <translation>Tendre les jambes pour sentir plus d’étirement.</translation>
    </message>
    <message>
      <source>Pulling on the shins to force your chest down.</source>
      <translation>Tirer sur les tibias pour forcer la poitrine vers le bas.</translation>
    </message>
    <message>
      <source>Even with bent knees, rounding your back forward loads the front of the spine bones. Hinge from the hips with a long back and only go as far as your thighs allow, or skip it.</source>
      <translation>Même genoux fléchis, arrondir le dos vers l’avant charge l’avant des vertèbres. Basculez depuis les hanches, le dos long, et n’allez pas plus loin que vos cuisses ne le permettent, ou ne faites pas cet exercice.</translation>
    </message>
    <message>
      <source>Towel forward fold</source>
      <translation>Flexion avant avec serviette</translation>
    </message>
    <message>
      <source>A deeper seated fold: a towel looped around your feet lets you ease your chest closer to your straight legs while keeping your back long.</source>
      <translation>Une flexion assise plus profonde : une serviette passée autour des pieds vous aide à rapprocher la poitrine des jambes tendues tout en gardant le dos long.</translation>
    </message>
    <message>
      <source>Ease off if you feel pulling behind the knees, and bend your knees or skip the fold if you feel shooting pain or tingling down a leg.</source>
      <translation>Relâchez si vous sentez un tiraillement derrière les genoux, et fléchissez les genoux ou ne faites pas la flexion si vous ressentez une douleur fulgurante ou des fourmillements qui descendent dans une jambe.</translation>
    </message>
    <message>
      <source>towel or strap</source>
      <translation>serviette ou sangle</translation>
    </message>
    <message>
      <source>Sit on the floor with your legs straight out in front, loop a towel around the soles of your feet and hold one end in each hand.</source>
      <translation>Asseyez-vous au sol, jambes tendues devant vous, passez une serviette sous la plante des pieds et tenez une extrémité dans chaque main.</translation>
    </message>
    <message>
      <source>Breathe out and hinge forward from your hips, walking your hands a little way down the towel to ease your chest towards your legs.</source>
      <translation>Expirez et basculez en avant depuis les hanches, en avançant un peu les mains le long de la serviette pour rapprocher doucement la poitrine des jambes.</translation>
    </message>
    <message>
      <source>Stop at a gentle stretch and hold, breathing slowly, then let the towel go slack and sit up tall.</source>
      <translation>Arrêtez-vous à un étirement doux et tenez, en respirant lentement, puis relâchez la serviette et redressez-vous.</translation>
    </message>
    <message>
      <source>Keep your back long and lead with your chest.</source>
      <translation>Gardez le dos long et menez le mouvement avec la poitrine.</translation>
    </message>
    <message>
      <source>Use the towel to guide you, not to haul yourself forward.</source>
      <translation>Servez-vous de la serviette pour vous guider, pas pour vous tirer en avant.</translation>
    </message>
    <message>
      <source>Keep your shoulders down and relaxed.</source>
      <translation>Gardez les épaules basses et relâchées.</translation>
    </message>
    <message>
      <source>Yanking on the towel to fold further.</source>
      <translation>Tirer d’un coup sur la serviette pour descendre plus bas.</translation>
    </message>
    <message>
      <source>Rounding the back and dropping the head to get closer.</source>
      <translation>Arrondir le dos et baisser la tête pour se rapprocher.</translation>
    </message>
    <message>
      <source>Rounding your back forward loads the front of the spine bones, and a towel makes it easy to pull too far. Hinge from the hips with a long back and stop at a gentle stretch, or choose the bent-knee forward fold.</source>
      <translation>Arrondir le dos vers l’avant charge l’avant des vertèbres, et avec une serviette, il est facile de tirer trop loin. Basculez depuis les hanches, le dos long, et arrêtez-vous à un étirement doux, ou choisissez la flexion avant genoux fléchis.</translation>
    </message>
    <message>
      <source>Lizard pose</source>
      <translation>Posture du lézard</translation>
    </message>
    <message>
      <source>A deep low-lunge stretch that opens the hip flexors, groin and hamstrings.</source>
      <translation>Un étirement profond en fente basse qui ouvre les fléchisseurs de hanche, l’aine et les ischio-jambiers.</translation>
    </message>
    <message>
      <source>Pad the back knee, and stop if you feel pinching at the front of the hip or sharp pain in either knee.</source>
      <translation>Rembourrez le genou arrière, et arrêtez si vous ressentez un pincement à l’avant de la hanche ou une douleur vive dans l’un des genoux.</translation>
    </message>
    <message>
      <source>Left side: your left foot steps forward and your right knee rests on the floor behind you.</source>
      <translation>Côté gauche : votre pied gauche avance et votre genou droit repose au sol derrière vous.</translation>
    </message>
    <message>
      <source>Right side: your right foot steps forward and your left knee rests on the floor behind you.</source>
      <translation>Côté droit : votre pied droit avance et votre genou gauche repose au sol derrière vous.</translation>
    </message>
    <message>
      <source>groin</source>
      <translation>aine</translation>
    </message>
    <message>
      <source>From hands and knees, step one foot forward to the outside of the hand on the same side.</source>
      <translation>À quatre pattes, avancez un pied à l’extérieur de la main du même côté.</translation>
    </message>
    <message>
      <source>Rest the back knee on the floor and slide it back until you feel a stretch.</source>
      <translation>Posez le genou arrière au sol et reculez-le jusqu’à sentir un étirement.</translation>
    </message>
    <message>
      <source>Keep your hands on the floor, or on a stack of books, and let your hips sink forward.</source>
      <translation>Gardez les mains au sol, ou sur une pile de livres, et laissez les hanches descendre vers l’avant.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then step back and change sides.</source>
      <translation>Tenez en respirant calmement, puis reculez le pied et changez de côté.</translation>
    </message>
    <message>
      <source>Keep the front knee over the ankle or just behind it.</source>
      <translation>Gardez le genou avant au-dessus de la cheville ou juste derrière.</translation>
    </message>
    <message>
      <source>Let your hips sink a little more with each breath out.</source>
      <translation>Laissez les hanches descendre un peu plus à chaque expiration.</translation>
    </message>
    <message>
      <source>Letting the front knee drift far past the toes.</source>
      <translation>Laisser le genou avant dépasser largement les orteils.</translation>
    </message>
    <message>
      <source>Collapsing through the shoulders.</source>
      <translation>S’affaisser dans les épaules.</translation>
    </message>
    <message>
      <source>Forcing depth too soon.</source>
      <translation>Chercher la profondeur trop tôt.</translation>
    </message>
    <message>
      <source>The deep lunge bends the front hip a long way. Keep the lunge short, or skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>La fente profonde fléchit beaucoup la hanche avant. Gardez une fente courte, ou ne faites pas cet exercice sauf si votre chirurgien ou votre kinésithérapeute vous a dit que c’était sans risque.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Keep the lunge short, hands on a chair seat, and stop well before your end range.</source>
      <translation>La grossesse assouplit les articulations et rend l’équilibre plus difficile. Gardez une fente courte, les mains sur l’assise d’une chaise, et arrêtez-vous bien avant votre amplitude maximale.</translation>
    </message>
    <message>
      <source>Supported lizard</source>
      <translation>Lézard soutenu</translation>
    </message>
    <message>
      <source>A gentler low lunge for the hip flexors and groin: the back knee rests on a cushion and your hands rest on blocks or a low stool, so you stay higher and lunge less deeply.</source>
      <translation>Une fente basse plus douce pour les fléchisseurs de hanche et l’aine : le genou arrière repose sur un coussin et les mains sur des briques ou un petit tabouret, pour rester plus haut et moins descendre dans la fente.</translation>
    </message>
    <message>
      <source>Stop if you feel pinching at the front of the hip or sharp pain in either knee.</source>
      <translation>Arrêtez si vous ressentez un pincement à l’avant de la hanche ou une douleur vive dans l’un des genoux.</translation>
    </message>
    <message>
      <source>Left side: your left foot steps forward and your right knee rests on the cushion behind you.</source>
      <translation>Côté gauche : votre pied gauche avance et votre genou droit repose sur le coussin derrière vous.</translation>
    </message>
    <message>
      <source>Right side: your right foot steps forward and your left knee rests on the cushion behind you.</source>
      <translation>Côté droit : votre pied droit avance et votre genou gauche repose sur le coussin derrière vous.</translation>
    </message>
    <message>
      <source>cushion</source>
      <translation>coussin</translation>
    </message>
    <message>
      <source>yoga blocks, books or a low stool</source>
      <translation>briques de yoga, livres ou petit tabouret</translation>
    </message>
    <message>
      <source>Kneel with a cushion under your knees and two yoga blocks, a stack of books or a low stool just in front of you.</source>
      <translation>Mettez-vous à genoux avec un coussin sous les genoux et deux briques de yoga, une pile de livres ou un petit tabouret juste devant vous.</translation>
    </message>
    <message>
      <source>Step one foot forward to the outside of the hand on the same side, with the front knee over the ankle.</source>
      <translation>Avancez un pied à l’extérieur de la main du même côté, le genou avant au-dessus de la cheville.</translation>
    </message>
    <message>
      <source>Rest the back knee on the cushion and your hands on the blocks or stool, so your chest stays lifted.</source>
      <translation>Posez le genou arrière sur le coussin et les mains sur les briques ou le tabouret, pour garder la poitrine levée.</translation>
    </message>
    <message>
      <source>Let your hips ease forward only until you feel a gentle stretch at the front of the back hip.</source>
      <translation>Laissez les hanches avancer doucement, juste jusqu’à sentir un étirement doux à l’avant de la hanche arrière.</translation>
    </message>
    <message>
      <source>A gentle stretch is enough; there is no need to sink low.</source>
      <translation>Un étirement doux suffit ; inutile de descendre bas.</translation>
    </message>
    <message>
      <source>Putting the support so far forward that you lean your weight onto it.</source>
      <translation>Placer le support si loin devant que vous vous appuyez dessus de tout votre poids.</translation>
    </message>
    <message>
      <source>Arching the lower back to sink deeper.</source>
      <translation>Cambrer le bas du dos pour descendre plus bas.</translation>
    </message>
    <message>
      <source>Even supported, the lunge bends the front hip a long way. Keep the front foot only a short step forward, or skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Même avec un support, la fente fléchit beaucoup la hanche avant. Avancez le pied avant d’un petit pas seulement, ou ne faites pas cet exercice sauf si votre chirurgien ou votre kinésithérapeute vous a dit que c’était sans risque.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Use a chair seat for your hands, keep the lunge short and stop well before your end range.</source>
      <translation>La grossesse assouplit les articulations et rend l’équilibre plus difficile. Posez les mains sur l’assise d’une chaise, gardez une fente courte et arrêtez-vous bien avant votre amplitude maximale.</translation>
    </message>
    <message>
      <source>Forearm lizard</source>
      <translation>Lézard sur les avant-bras</translation>
    </message>
    <message>
      <source>A deeper lizard pose: you lower onto your forearms inside the front foot, which strengthens the stretch in the hip flexors, groin and hamstrings.</source>
      <translation>Une posture du lézard plus profonde : vous descendez sur les avant-bras à l’intérieur du pied avant, ce qui intensifie l’étirement des fléchisseurs de hanche, de l’aine et des ischio-jambiers.</translation>
    </message>
    <message>
      <source>Stay up on your hands if your hips or knees complain, and stop if you feel pinching at the front of the hip or sharp pain in either knee.</source>
      <translation>Restez sur les mains si vos hanches ou vos genoux protestent, et arrêtez si vous ressentez un pincement à l’avant de la hanche ou une douleur vive dans l’un des genoux.</translation>
    </message>
    <message>
      <source>From hands and knees, step one foot forward outside the hand on that side and rest the back knee down, padded if needed.</source>
      <translation>À quatre pattes, avancez un pied à l’extérieur de la main de ce côté et posez le genou arrière, rembourré si besoin.</translation>
    </message>
    <message>
      <source>Let your hips sink forward until you feel a stretch at the front of the back hip.</source>
      <translation>Laissez les hanches descendre vers l’avant jusqu’à sentir un étirement à l’avant de la hanche arrière.</translation>
    </message>
    <message>
      <source>Keeping your back long, bend your elbows and lower onto your forearms inside the front foot, or onto a cushion if the floor is too far.</source>
      <translation>En gardant le dos long, fléchissez les coudes et descendez sur les avant-bras à l’intérieur du pied avant, ou sur un coussin si le sol est trop loin.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then press back up onto your hands, step back and change sides.</source>
      <translation>Tenez en respirant calmement, puis remontez sur les mains, reculez le pied et changez de côté.</translation>
    </message>
    <message>
      <source>Keep the front knee pointing the same way as the toes.</source>
      <translation>Gardez le genou avant orienté dans le même sens que les orteils.</translation>
    </message>
    <message>
      <source>Keep your back long and your neck in line with it.</source>
      <translation>Gardez le dos long et la nuque dans son alignement.</translation>
    </message>
    <message>
      <source>Rounding the back to get the forearms down.</source>
      <translation>Arrondir le dos pour poser les avant-bras.</translation>
    </message>
    <message>
      <source>Letting the front knee fall inward.</source>
      <translation>Laisser le genou avant tomber vers l’intérieur.</translation>
    </message>
    <message>
      <source>This deep lunge bends the front hip further than a new hip may allow. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Cette fente profonde fléchit la hanche avant plus loin que ce qu’une nouvelle prothèse peut permettre. Ne faites pas cet exercice sauf si votre chirurgien ou votre kinésithérapeute vous a dit que c’était sans risque.</translation>
    </message>
    <message>
      <source>Pregnancy loosens the joints and makes balance harder. Skip the forearm version and use the supported lizard, with your hands on a chair seat.</source>
      <translation>La grossesse assouplit les articulations et rend l’équilibre plus difficile. Ne faites pas la version sur les avant-bras : choisissez le lézard soutenu, les mains sur l’assise d’une chaise.</translation>
    </message>
    <message>
      <source>Seated figure 4</source>
      <translation>Figure 4 assise</translation>
    </message>
    <message>
      <source>A desk-friendly stretch for the outer hip and glutes that you do sitting in a chair.</source>
      <translation>Un étirement de l’extérieur de la hanche et des fessiers à faire au bureau, assis sur une chaise.</translation>
    </message>
    <message>
      <source>Ease off if the raised knee hurts, and stop if you feel shooting pain down your leg.</source>
      <translation>Relâchez si le genou levé fait mal, et arrêtez si vous ressentez une douleur fulgurante qui descend dans la jambe.</translation>
    </message>
    <message>
      <source>Left side: your left ankle rests on your right knee, stretching your left hip.</source>
      <translation>Côté gauche : votre cheville gauche repose sur votre genou droit, ce qui étire la hanche gauche.</translation>
    </message>
    <message>
      <source>Right side: your right ankle rests on your left knee, stretching your right hip.</source>
      <translation>Côté droit : votre cheville droite repose sur votre genou gauche, ce qui étire la hanche droite.</translation>
    </message>
    <message>
      <source>Sit near the front of a steady chair with both feet flat on the floor.</source>
      <translation>Asseyez-vous vers l’avant d’une chaise stable, les deux pieds à plat au sol.</translation>
    </message>
    <message>
      <source>Rest one ankle on the opposite knee and let the raised knee fall out to the side.</source>
      <translation>Posez une cheville sur le genou opposé et laissez le genou levé s’ouvrir sur le côté.</translation>
    </message>
    <message>
      <source>Sit tall, then lean forward from your hips until you feel a stretch in the outer hip.</source>
      <translation>Grandissez-vous, puis penchez-vous en avant depuis les hanches jusqu’à sentir un étirement à l’extérieur de la hanche.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then change sides.</source>
      <translation>Tenez en respirant lentement, puis changez de côté.</translation>
    </message>
    <message>
      <source>Keep the raised foot flexed.</source>
      <translation>Gardez le pied levé fléchi.</translation>
    </message>
    <message>
      <source>Lean from the hips with a long back.</source>
      <translation>Penchez-vous depuis les hanches, le dos long.</translation>
    </message>
    <message>
      <source>Keep both sitting bones on the chair.</source>
      <translation>Gardez les deux ischions sur la chaise.</translation>
    </message>
    <message>
      <source>Rounding the back to lean further.</source>
      <translation>Arrondir le dos pour se pencher davantage.</translation>
    </message>
    <message>
      <source>Pressing down hard on the raised knee.</source>
      <translation>Appuyer fort sur le genou levé.</translation>
    </message>
    <message>
      <source>Using a chair that rolls or swivels freely.</source>
      <translation>Utiliser une chaise qui roule ou pivote librement.</translation>
    </message>
    <message>
      <source>Crossing your legs can strain a new hip. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Croiser les jambes peut forcer sur une nouvelle prothèse de hanche. Ne faites pas cet exercice sauf si votre chirurgien ou votre kinésithérapeute vous a dit que c’était sans risque.</translation>
    </message>
    <message>
      <source>Ankle-on-shin figure 4</source>
      <translation>Figure 4 cheville sur le tibia</translation>
    </message>
    <message>
      <source>A gentler desk stretch for the outer hip: your ankle rests low on the other shin and you sit upright, so the hip opens less than in the seated figure 4.</source>
      <translation>Un étirement plus doux de l’extérieur de la hanche à faire au bureau : la cheville repose bas sur l’autre tibia et vous restez droit, si bien que la hanche s’ouvre moins que dans la figure 4 assise.</translation>
    </message>
    <message>
      <source>Ease off if either knee hurts, and stop if you feel shooting pain down your leg.</source>
      <translation>Relâchez si l’un des genoux fait mal, et arrêtez si vous ressentez une douleur fulgurante qui descend dans la jambe.</translation>
    </message>
    <message>
      <source>Left side: your left ankle rests on your right shin, stretching your left hip.</source>
      <translation>Côté gauche : votre cheville gauche repose sur votre tibia droit, ce qui étire la hanche gauche.</translation>
    </message>
    <message>
      <source>Right side: your right ankle rests on your left shin, stretching your right hip.</source>
      <translation>Côté droit : votre cheville droite repose sur votre tibia gauche, ce qui étire la hanche droite.</translation>
    </message>
    <message>
      <source>Sit near the front of a steady chair, with room between you and the desk, and both feet flat on the floor.</source>
      <translation>Asseyez-vous vers l’avant d’une chaise stable, avec de l’espace entre vous et le bureau, les deux pieds à plat au sol.</translation>
    </message>
    <message>
      <source>Lift one foot and rest that ankle on the front of the other shin, a little above the ankle.</source>
      <translation>Levez un pied et posez la cheville sur l’avant de l’autre tibia, un peu au-dessus de la cheville.</translation>
    </message>
    <message>
      <source>Sit tall and let the lifted knee drop gently out to the side until you feel a mild stretch in the outer hip.</source>
      <translation>Grandissez-vous et laissez le genou levé s’ouvrir doucement sur le côté jusqu’à sentir un léger étirement à l’extérieur de la hanche.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then put the foot down and change sides.</source>
      <translation>Tenez en respirant lentement, puis reposez le pied et changez de côté.</translation>
    </message>
    <message>
      <source>Stay upright; there is no need to lean forward.</source>
      <translation>Restez droit ; inutile de vous pencher en avant.</translation>
    </message>
    <message>
      <source>Keep the lifted foot gently flexed.</source>
      <translation>Gardez le pied levé légèrement fléchi.</translation>
    </message>
    <message>
      <source>Pushing the lifted knee down with your hand.</source>
      <translation>Pousser le genou levé vers le bas avec la main.</translation>
    </message>
    <message>
      <source>Slumping back in the chair.</source>
      <translation>S’avachir au fond de la chaise.</translation>
    </message>
    <message>
      <source>Even with the ankle low on the shin, crossing your legs turns the hip in a way a new hip may not be ready for. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Même avec la cheville basse sur le tibia, croiser les jambes fait tourner la hanche d’une façon à laquelle une nouvelle prothèse n’est peut-être pas prête. Ne faites pas cet exercice sauf si votre chirurgien ou votre kinésithérapeute vous a dit que c’était sans risque.</translation>
    </message>
    <message>
      <source>Deep seated figure 4</source>
      <translation>Figure 4 assise profonde</translation>
    </message>
    <message>
      <source>A stronger desk stretch for the outer hip: with your ankle on the other knee, you lean further forward from the hips and may ease the raised knee gently away.</source>
      <translation>Un étirement plus intense de l’extérieur de la hanche à faire au bureau : la cheville sur l’autre genou, vous vous penchez davantage en avant depuis les hanches et pouvez éloigner doucement le genou levé.</translation>
    </message>
    <message>
      <source>Come back to the seated figure 4 if the raised knee or the front of the hip hurts, and stop if you feel shooting pain down your leg.</source>
      <translation>Revenez à la figure 4 assise si le genou levé ou l’avant de la hanche fait mal, et arrêtez si vous ressentez une douleur fulgurante qui descend dans la jambe.</translation>
    </message>
    <message>
      <source>Sit near the front of a steady chair, pushed back from the desk, with both feet flat on the floor.</source>
      <translation>Asseyez-vous vers l’avant d’une chaise stable, reculée du bureau, les deux pieds à plat au sol.</translation>
    </message>
    <message>
      <source>Sit tall, then lean forward from your hips with a long back until the outer-hip stretch grows, a hand resting on the raised knee.</source>
      <translation>Grandissez-vous, puis penchez-vous en avant depuis les hanches, le dos long, jusqu’à ce que l’étirement de l’extérieur de la hanche s’accentue, une main posée sur le genou levé.</translation>
    </message>
    <message>
      <source>If you want a little more, ease the knee gently away with that hand; hold while breathing slowly, then sit up and change sides.</source>
      <translation>Pour un peu plus d’étirement, éloignez doucement le genou avec cette main ; tenez en respirant lentement, puis redressez-vous et changez de côté.</translation>
    </message>
    <message>
      <source>Hinge from the hips; keep your chest open and your back long.</source>
      <translation>Basculez depuis les hanches ; gardez la poitrine ouverte et le dos long.</translation>
    </message>
    <message>
      <source>Use only a light touch on the knee.</source>
      <translation>Touchez le genou très légèrement.</translation>
    </message>
    <message>
      <source>Pushing the knee down hard or bouncing it.</source>
      <translation>Pousser fort sur le genou ou le faire rebondir.</translation>
    </message>
    <message>
      <source>Lifting the sitting bone of the bent leg off the chair.</source>
      <translation>Décoller de la chaise l’ischion du côté de la jambe fléchie.</translation>
    </message>
    <message>
      <source>Crossing your legs and leaning forward over them bends a new hip further than it may be ready for. Skip it unless your surgeon or physiotherapist has said it is fine.</source>
      <translation>Croiser les jambes et se pencher en avant au-dessus fléchit une nouvelle prothèse de hanche plus loin qu’elle n’est peut-être prête à aller. Ne faites pas cet exercice sauf si votre chirurgien ou votre kinésithérapeute vous a dit que c’était sans risque.</translation>
    </message>
    <message>
      <source>Lean from the hips with a long back and stop at a gentle stretch; do not round your back to go further.</source>
      <translation>Penchez-vous depuis les hanches, le dos long, et arrêtez-vous à un étirement doux ; n’arrondissez pas le dos pour aller plus loin.</translation>
    </message>
    <message>
      <source>Seated cat-cow</source>
      <translation>Chat-vache assis</translation>
    </message>
    <message>
      <source>Loosens the spine and lower back from your chair by gently arching and rounding in time with your breath.</source>
      <translation>Assouplit la colonne et le bas du dos depuis votre chaise, en creusant et en arrondissant doucement le dos au rythme de la respiration.</translation>
    </message>
    <message>
      <source>Keep the movement small if bending your back brings on pain, and stop if the pain is sharp.</source>
      <translation>Gardez un petit mouvement si plier le dos déclenche une douleur, et arrêtez si la douleur est vive.</translation>
    </message>
    <message>
      <source>Sit tall near the front of your chair with your feet flat and your hands on your knees.</source>
      <translation>Asseyez-vous bien droit vers l’avant de la chaise, pieds à plat et mains sur les genoux.</translation>
    </message>
    <message>
      <source>Breathe in as you lift your chest, draw your shoulders back and gently arch your back.</source>
      <translation>Inspirez en levant la poitrine, ramenez les épaules en arrière et creusez doucement le dos.</translation>
    </message>
    <message>
      <source>Breathe out as you round your back, tuck your chin and draw your belly in.</source>
      <translation>Expirez en arrondissant le dos, rentrez le menton et rentrez le ventre.</translation>
    </message>
    <message>
      <source>Keep moving slowly between the two positions with your breath.</source>
      <translation>Continuez à passer lentement d’une position à l’autre au rythme de la respiration.</translation>
    </message>
    <message>
      <source>Rock your pelvis as well as moving your upper back.</source>
      <translation>Basculez le bassin en plus de bouger le haut du dos.</translation>
    </message>
    <message>
      <source>Keep your feet planted.</source>
      <translation>Gardez les pieds bien ancrés au sol.</translation>
    </message>
    <message>
      <source>Move slowly and smoothly.</source>
      <translation>Bougez lentement et de façon fluide.</translation>
    </message>
    <message>
      <source>Moving only the head and neck.</source>
      <translation>Ne bouger que la tête et la nuque.</translation>
    </message>
    <message>
      <source>Rushing the movement.</source>
      <translation>Enchaîner le mouvement trop vite.</translation>
    </message>
    <message>
      <source>Pushing into a painful range.</source>
      <translation>Forcer dans une amplitude douloureuse.</translation>
    </message>
    <message>
      <source>Keep the rounding small and slow.</source>
      <translation>Gardez un arrondi petit et lent.</translation>
    </message>
    <message>
      <source>Keep the arching small, and stop if it brings on leg pain.</source>
      <translation>Gardez un petit creusement, et arrêtez s’il déclenche une douleur dans la jambe.</translation>
    </message>
    <message>
      <source>Seated pelvic tilts</source>
      <translation>Bascules du bassin assis</translation>
    </message>
    <message>
      <source>A smaller version of seated cat-cow: your chest stays still while you gently rock just your pelvis forward and back on the chair.</source>
      <translation>Une version plus petite du chat-vache assis : la poitrine reste immobile pendant que vous basculez doucement seulement le bassin d’avant en arrière sur la chaise.</translation>
    </message>
    <message>
      <source>Keep the rocking very small if it brings on back pain, and stop if the pain is sharp.</source>
      <translation>Gardez une très petite bascule si elle déclenche une douleur au dos, et arrêtez si la douleur est vive.</translation>
    </message>
    <message>
      <source>Sit tall near the front of your chair with your feet flat and your hands resting on your thighs.</source>
      <translation>Asseyez-vous bien droit vers l’avant de la chaise, pieds à plat et mains posées sur les cuisses.</translation>
    </message>
    <message>
      <source>Breathe in as you roll your pelvis forward, so your lower back arches a little.</source>
      <translation>Inspirez en basculant le bassin vers l’avant, pour que le bas du dos se creuse un peu.</translation>
    </message>
    <message>
      <source>Breathe out as you roll your pelvis back, so your lower back rounds a little and your belly draws in.</source>
      <translation>Expirez en basculant le bassin vers l’arrière, pour que le bas du dos s’arrondisse un peu et que le ventre rentre.</translation>
    </message>
    <message>
      <source>Keep rocking slowly between the two, keeping your chest and head still.</source>
      <translation>Continuez à basculer lentement entre les deux, en gardant la poitrine et la tête immobiles.</translation>
    </message>
    <message>
      <source>Imagine rolling over the front and then the back of your sitting bones.</source>
      <translation>Imaginez que vous roulez sur l’avant, puis sur l’arrière de vos ischions.</translation>
    </message>
    <message>
      <source>Keep your shoulders and chest quiet.</source>
      <translation>Gardez les épaules et la poitrine tranquilles.</translation>
    </message>
    <message>
      <source>Small and smooth is enough.</source>
      <translation>Petit et fluide, cela suffit.</translation>
    </message>
    <message>
      <source>Rocking the whole upper body instead of the pelvis.</source>
      <translation>Balancer tout le haut du corps au lieu du bassin.</translation>
    </message>
    <message>
      <source>Slumping down in the chair on the way back.</source>
      <translation>S’avachir dans la chaise en basculant vers l’arrière.</translation>
    </message>
    <message>
      <source>Pushing into a range that hurts.</source>
      <translation>Forcer dans une amplitude douloureuse.</translation>
    </message>
    <message>
      <source>Keep the backward roll small and slow, without slumping.</source>
      <translation>Gardez la bascule vers l’arrière petite et lente, sans vous avachir.</translation>
    </message>
    <message>
      <source>Keep the forward roll, which arches your back, small, and stop if it brings on leg pain.</source>
      <translation>Gardez petite la bascule vers l’avant, qui creuse le dos, et arrêtez si elle déclenche une douleur dans la jambe.</translation>
    </message>
    <message>
      <source>Seated cat-cow with reach</source>
      <translation>Chat-vache assis avec bras tendus</translation>
    </message>
    <message>
      <source>Seated cat-cow with your arms joining in: they reach forward as you round and open wide as you arch, which adds a stretch across the upper back and chest.</source>
      <translation>Le chat-vache assis avec les bras : ils s’allongent vers l’avant quand vous arrondissez et s’ouvrent grand quand vous creusez, ce qui ajoute un étirement du haut du dos et de la poitrine.</translation>
    </message>
    <message>
      <source>Keep the movement small if bending your back brings on pain, lower your arms if your shoulders complain, and stop if the pain is sharp.</source>
      <translation>Gardez un petit mouvement si plier le dos déclenche une douleur, baissez les bras si vos épaules protestent, et arrêtez si la douleur est vive.</translation>
    </message>
    <message>
      <source>Sit tall near the front of your chair with your feet flat and your arms relaxed by your sides.</source>
      <translation>Asseyez-vous bien droit vers l’avant de la chaise, pieds à plat et bras relâchés le long du corps.</translation>
    </message>
    <message>
      <source>Breathe out as you round your back, tuck your chin and reach both arms forward at shoulder height, as if hugging a large ball.</source>
      <translation>Expirez en arrondissant le dos, rentrez le menton et tendez les deux bras devant vous à hauteur d’épaule, comme pour enlacer un gros ballon.</translation>
    </message>
    <message>
      <source>Breathe in as you lift your chest, gently arch your back and open your arms wide to the sides, drawing your shoulder blades together.</source>
      <translation>Inspirez en levant la poitrine, creusez doucement le dos et ouvrez grand les bras sur les côtés, en rapprochant les omoplates.</translation>
    </message>
    <message>
      <source>Let the movement start from your pelvis and travel up your spine.</source>
      <translation>Laissez le mouvement partir du bassin et remonter le long de la colonne.</translation>
    </message>
    <message>
      <source>Keep your shoulders away from your ears.</source>
      <translation>Gardez les épaules loin des oreilles.</translation>
    </message>
    <message>
      <source>Move at the pace of your breath.</source>
      <translation>Bougez au rythme de votre respiration.</translation>
    </message>
    <message>
      <source>Moving only the arms while the back stays still.</source>
      <translation>Ne bouger que les bras pendant que le dos reste immobile.</translation>
    </message>
    <message>
      <source>Flinging the arms back hard as you arch.</source>
      <translation>Rejeter fort les bras en arrière en creusant le dos.</translation>
    </message>
    <message>
      <source>Keep the rounding small and slow; let the reach come from your arms rather than curling your spine further.</source>
      <translation>Gardez un arrondi petit et lent ; laissez l’allongement venir des bras plutôt que d’enrouler davantage la colonne.</translation>
    </message>
    <message>
      <source>Keep the arching small as your arms open, and stop if it brings on leg pain.</source>
      <translation>Gardez un petit creusement quand les bras s’ouvrent, et arrêtez s’il déclenche une douleur dans la jambe.</translation>
    </message>
    <message>
      <source>Standing hip flexor stretch</source>
      <translation>Étirement des fléchisseurs de hanche debout</translation>
    </message>
    <message>
      <source>Stretches the front of the hip, which tightens after long hours of sitting, from a standing split stance.</source>
      <translation>Étire l’avant de la hanche, qui se raidit après de longues heures assis, en position de fente debout.</translation>
    </message>
    <message>
      <source>Hold on to something steady if your balance is unsure, and stop if you feel pinching at the front of the hip or pain in your back.</source>
      <translation>Tenez-vous à un appui stable si votre équilibre est incertain, et arrêtez si vous ressentez un pincement à l’avant de la hanche ou une douleur dans le dos.</translation>
    </message>
    <message>
      <source>Left side: your left foot steps back, stretching the front of your left hip.</source>
      <translation>Côté gauche : votre pied gauche recule, ce qui étire l’avant de la hanche gauche.</translation>
    </message>
    <message>
      <source>Right side: your right foot steps back, stretching the front of your right hip.</source>
      <translation>Côté droit : votre pied droit recule, ce qui étire l’avant de la hanche droite.</translation>
    </message>
    <message>
      <source>Stand tall and take a long step back with one foot, back heel lifted, holding a desk or wall if needed.</source>
      <translation>Tenez-vous droit et faites un grand pas en arrière avec un pied, talon arrière décollé, en vous tenant à un bureau ou un mur si besoin.</translation>
    </message>
    <message>
      <source>Bend both knees slightly and tuck your tailbone under by squeezing the glute of the back leg.</source>
      <translation>Fléchissez légèrement les deux genoux et rentrez le coccyx en serrant le fessier de la jambe arrière.</translation>
    </message>
    <message>
      <source>Ease your hips gently forward until you feel a stretch at the front of the back hip.</source>
      <translation>Avancez doucement les hanches jusqu’à sentir un étirement à l’avant de la hanche arrière.</translation>
    </message>
    <message>
      <source>Hold while breathing steadily, then change legs.</source>
      <translation>Tenez en respirant calmement, puis changez de jambe.</translation>
    </message>
    <message>
      <source>Keep your chest up and your ribs down.</source>
      <translation>Gardez la poitrine haute et les côtes basses.</translation>
    </message>
    <message>
      <source>Keep squeezing the glute of the back leg.</source>
      <translation>Continuez à serrer le fessier de la jambe arrière.</translation>
    </message>
    <message>
      <source>Keep the front knee over the ankle.</source>
      <translation>Gardez le genou avant au-dessus de la cheville.</translation>
    </message>
    <message>
      <source>Arching the lower back instead of tucking the pelvis.</source>
      <translation>Cambrer le bas du dos au lieu de rentrer le bassin.</translation>
    </message>
    <message>
      <source>Leaning the upper body far forward.</source>
      <translation>Pencher le haut du corps loin vers l’avant.</translation>
    </message>
    <message>
      <source>Taking too short a step to feel the stretch.</source>
      <translation>Faire un pas trop court pour sentir l’étirement.</translation>
    </message>
    <message>
      <source>Short-stance hip flexor stretch</source>
      <translation>Étirement des fléchisseurs de hanche en fente courte</translation>
    </message>
    <message>
      <source>A gentler, steadier hip flexor stretch: a shorter step and both hands on a desk keep your balance easy and the stretch mild.</source>
      <translation>Un étirement des fléchisseurs de hanche plus doux et plus stable : un pas plus court et les deux mains sur un bureau rendent l’équilibre facile et l’étirement léger.</translation>
    </message>
    <message>
      <source>Make sure the desk or chair cannot slide, and stop if you feel pinching at the front of the hip or pain in your back.</source>
      <translation>Vérifiez que le bureau ou la chaise ne peut pas glisser, et arrêtez si vous ressentez un pincement à l’avant de la hanche ou une douleur dans le dos.</translation>
    </message>
    <message>
      <source>desk or sturdy chair for support</source>
      <translation>bureau ou chaise stable pour l’appui</translation>
    </message>
    <message>
      <source>Stand facing a desk or the back of a sturdy chair and hold it with both hands.</source>
      <translation>Placez-vous face à un bureau ou au dossier d’une chaise stable et tenez-le à deux mains.</translation>
    </message>
    <message>
      <source>Take a short step back with one foot, about half your usual stride, and lift that heel.</source>
      <translation>Faites un petit pas en arrière avec un pied, environ la moitié de votre foulée habituelle, et décollez ce talon.</translation>
    </message>
    <message>
      <source>Ease your hips a little forward until you feel a mild stretch at the front of the back hip; hold while breathing steadily, then change legs.</source>
      <translation>Avancez un peu les hanches jusqu’à sentir un léger étirement à l’avant de la hanche arrière ; tenez en respirant calmement, puis changez de jambe.</translation>
    </message>
    <message>
      <source>Let the desk take some of your weight.</source>
      <translation>Laissez le bureau porter une partie de votre poids.</translation>
    </message>
    <message>
      <source>Tuck your pelvis first, then move forward.</source>
      <translation>Rentrez d’abord le bassin, puis avancez.</translation>
    </message>
    <message>
      <source>Leaning heavily onto the desk with a rounded back.</source>
      <translation>S’appuyer lourdement sur le bureau, le dos arrondi.</translation>
    </message>
    <message>
      <source>Pushing the hips so far forward that the front knee goes past the toes.</source>
      <translation>Pousser les hanches si loin vers l’avant que le genou avant dépasse les orteils.</translation>
    </message>
    <message>
      <source>Hip flexor stretch with reach</source>
      <translation>Étirement des fléchisseurs de hanche bras levé</translation>
    </message>
    <message>
      <source>A stronger standing hip flexor stretch: raising the arm on the back-leg side and leaning slightly away carries the stretch up the side of your body.</source>
      <translation>Un étirement des fléchisseurs de hanche debout plus intense : lever le bras du côté de la jambe arrière et vous pencher légèrement de l’autre côté prolonge l’étirement le long du flanc.</translation>
    </message>
    <message>
      <source>Hold on to something steady with your free hand if your balance is unsure, and stop if you feel pinching at the front of the hip or pain in your back or shoulder.</source>
      <translation>Tenez-vous à un appui stable avec la main libre si votre équilibre est incertain, et arrêtez si vous ressentez un pincement à l’avant de la hanche ou une douleur dans le dos ou l’épaule.</translation>
    </message>
    <message>
      <source>Left side: your left foot steps back and your left arm reaches up as you lean slightly to the right, stretching the front of your left hip.</source>
      <translation>Côté gauche : votre pied gauche recule et votre bras gauche se lève pendant que vous vous penchez légèrement vers la droite, ce qui étire l’avant de la hanche gauche.</translation>
    </message>
    <message>
      <source>Right side: your right foot steps back and your right arm reaches up as you lean slightly to the left, stretching the front of your right hip.</source>
      <translation>Côté droit : votre pied droit recule et votre bras droit se lève pendant que vous vous penchez légèrement vers la gauche, ce qui étire l’avant de la hanche droite.</translation>
    </message>
    <message>
      <source>Stand tall and take a long step back with one foot, back heel lifted, and rest the other hand on your hip.</source>
      <translation>Tenez-vous droit et faites un grand pas en arrière avec un pied, talon arrière décollé, et posez l’autre main sur la hanche.</translation>
    </message>
    <message>
      <source>Bend both knees a little and tuck your tailbone under by squeezing the back leg's glute, then ease your hips forward.</source>
      <translation>Fléchissez un peu les deux genoux et rentrez le coccyx en serrant le fessier de la jambe arrière, puis avancez doucement les hanches.</translation>
    </message>
    <message>
      <source>Raise the arm on the back-leg side overhead, reaching up tall.</source>
      <translation>Levez au-dessus de la tête le bras du côté de la jambe arrière, en vous grandissant.</translation>
    </message>
    <message>
      <source>Lean your upper body slightly away from the raised arm; hold while breathing steadily, then lower the arm, step together and change legs.</source>
      <translation>Penchez légèrement le haut du corps à l’opposé du bras levé ; tenez en respirant calmement, puis baissez le bras, ramenez les pieds et changez de jambe.</translation>
    </message>
    <message>
      <source>Reach up first, then lean only a little.</source>
      <translation>Grandissez-vous d’abord, puis penchez-vous juste un peu.</translation>
    </message>
    <message>
      <source>Keep your ribs down so your lower back does not arch.</source>
      <translation>Gardez les côtes basses pour que le bas du dos ne se cambre pas.</translation>
    </message>
    <message>
      <source>Leaning backwards instead of to the side.</source>
      <translation>Se pencher en arrière au lieu de sur le côté.</translation>
    </message>
    <message>
      <source>Letting the pelvis untuck as the arm goes up.</source>
      <translation>Relâcher la bascule du bassin quand le bras se lève.</translation>
    </message>
    <message>
      <source>Shrugging the raised shoulder up to the ear.</source>
      <translation>Remonter l’épaule du bras levé vers l’oreille.</translation>
    </message>
    <message>
      <source>Standing back extension</source>
      <translation>Extension du dos debout</translation>
    </message>
    <message>
      <source>Gently arches the back while standing to counter the rounded posture of sitting.</source>
      <translation>Creuse doucement le dos en position debout pour contrebalancer la posture arrondie de la position assise.</translation>
    </message>
    <message>
      <source>Stop if leaning back causes pain, dizziness or tingling in your legs, and skip it if you have been told to avoid bending backward.</source>
      <translation>Arrêtez si vous pencher en arrière provoque une douleur, des vertiges ou des fourmillements dans les jambes, et ne faites pas cet exercice si l’on vous a dit d’éviter de vous pencher en arrière.</translation>
    </message>
    <message>
      <source>Stand tall with your feet hip-width apart and your hands on your lower back or hips.</source>
      <translation>Tenez-vous droit, pieds écartés de la largeur des hanches, mains sur le bas du dos ou sur les hanches.</translation>
    </message>
    <message>
      <source>Gently squeeze your glutes and look slightly upward.</source>
      <translation>Serrez doucement les fessiers et regardez légèrement vers le haut.</translation>
    </message>
    <message>
      <source>Lean back a small way, letting your hips move a little forward, and pause for a breath.</source>
      <translation>Penchez-vous un peu en arrière, en laissant les hanches avancer légèrement, et marquez une pause le temps d’une respiration.</translation>
    </message>
    <message>
      <source>Return to upright and repeat slowly.</source>
      <translation>Revenez à la verticale et recommencez lentement.</translation>
    </message>
    <message>
      <source>Keep the movement small and comfortable.</source>
      <translation>Gardez un mouvement petit et confortable.</translation>
    </message>
    <message>
      <source>Support your lower back with your hands.</source>
      <translation>Soutenez le bas du dos avec les mains.</translation>
    </message>
    <message>
      <source>Keep your knees soft.</source>
      <translation>Gardez les genoux légèrement fléchis.</translation>
    </message>
    <message>
      <source>Letting the head drop back.</source>
      <translation>Laisser la tête tomber en arrière.</translation>
    </message>
    <message>
      <source>Leaning back too far or too fast.</source>
      <translation>Se pencher en arrière trop loin ou trop vite.</translation>
    </message>
    <message>
      <source>Leaning back narrows the space around the nerves and can bring on leg pain. Skip it if it does, and ask a physiotherapist what to do instead.</source>
      <translation>Se pencher en arrière réduit l’espace autour des nerfs et peut déclencher une douleur dans les jambes. Si c’est le cas, ne faites pas cet exercice et demandez à un kinésithérapeute quoi faire à la place.</translation>
    </message>
    <message>
      <source>Chest lift</source>
      <translation>Levée du buste</translation>
    </message>
    <message>
      <source>A gentle first step toward the back extension: you stay upright and open the front of your chest and shoulders, without leaning back.</source>
      <translation>Une première étape douce vers l’extension du dos : vous restez droit et ouvrez l’avant de la poitrine et les épaules, sans vous pencher en arrière.</translation>
    </message>
    <message>
      <source>Stop if it brings on pain, dizziness or tingling in your arms or legs.</source>
      <translation>Arrêtez si cela déclenche une douleur, des vertiges ou des fourmillements dans les bras ou les jambes.</translation>
    </message>
    <message>
      <source>chest</source>
      <translation>poitrine</translation>
    </message>
    <message>
      <source>Stand tall with your feet hip-width apart and rest your hands on your lower back, fingers pointing down.</source>
      <translation>Tenez-vous droit, pieds écartés de la largeur des hanches, et posez les mains sur le bas du dos, doigts vers le bas.</translation>
    </message>
    <message>
      <source>Breathe in and lift your breastbone a little toward the ceiling.</source>
      <translation>Inspirez et soulevez un peu le sternum vers le plafond.</translation>
    </message>
    <message>
      <source>Let your shoulder blades draw back and down and your elbows move gently toward each other.</source>
      <translation>Laissez les omoplates descendre et se rapprocher, et les coudes se rapprocher doucement l’un de l’autre.</translation>
    </message>
    <message>
      <source>Breathe out and relax back to standing tall, then repeat slowly.</source>
      <translation>Expirez et relâchez en revenant bien droit, puis recommencez lentement.</translation>
    </message>
    <message>
      <source>Lift the chest, not the chin.</source>
      <translation>Levez la poitrine, pas le menton.</translation>
    </message>
    <message>
      <source>Your lower back stays where it is.</source>
      <translation>Le bas du dos ne bouge pas.</translation>
    </message>
    <message>
      <source>Move with your breath.</source>
      <translation>Bougez au rythme de la respiration.</translation>
    </message>
    <message>
      <source>Tipping the head back.</source>
      <translation>Basculer la tête en arrière.</translation>
    </message>
    <message>
      <source>Pushing the belly forward and arching the lower back.</source>
      <translation>Pousser le ventre en avant et cambrer le bas du dos.</translation>
    </message>
    <message>
      <source>Shrugging the shoulders up to the ears.</source>
      <translation>Remonter les épaules vers les oreilles.</translation>
    </message>
    <message>
      <source>Your lower back stays upright here, which most people with narrowed nerve spaces find comfortable. Stop if it still brings on leg pain.</source>
      <translation>Ici, le bas du dos reste droit, ce que la plupart des personnes dont l’espace autour des nerfs est rétréci trouvent confortable. Arrêtez si cela déclenche quand même une douleur dans les jambes.</translation>
    </message>
    <message>
      <source>Back extension with hold</source>
      <translation>Extension du dos avec maintien</translation>
    </message>
    <message>
      <source>The standing back extension with a five-second pause in each gentle lean, for when the plain version feels easy.</source>
      <translation>L’extension du dos debout avec une pause de cinq secondes à chaque légère inclinaison, pour quand la version simple devient facile.</translation>
    </message>
    <message>
      <source>Gently squeeze your glutes and let your gaze lift a little.</source>
      <translation>Serrez doucement les fessiers et levez un peu le regard.</translation>
    </message>
    <message>
      <source>Lean back a small way, letting your hips move slightly forward, and stay there for five slow seconds while you breathe.</source>
      <translation>Penchez-vous un peu en arrière, en laissant les hanches avancer légèrement, et restez ainsi pendant cinq secondes lentes en respirant.</translation>
    </message>
    <message>
      <source>Come back to upright, take a breath, and repeat.</source>
      <translation>Revenez à la verticale, prenez une respiration et recommencez.</translation>
    </message>
    <message>
      <source>Breathe out slowly while you hold.</source>
      <translation>Expirez lentement pendant le maintien.</translation>
    </message>
    <message>
      <source>The lean stays small; only the time grows.</source>
      <translation>L’inclinaison reste petite ; seule la durée augmente.</translation>
    </message>
    <message>
      <source>Keep your knees soft and your hands supporting your back.</source>
      <translation>Gardez les genoux légèrement fléchis et les mains en soutien du dos.</translation>
    </message>
    <message>
      <source>Holding the breath during the pause.</source>
      <translation>Bloquer sa respiration pendant la pause.</translation>
    </message>
    <message>
      <source>Leaning further back to make it harder.</source>
      <translation>Se pencher davantage en arrière pour rendre l’exercice plus difficile.</translation>
    </message>
    <message>
      <source>Seated twist</source>
      <translation>Torsion assise</translation>
    </message>
    <message>
      <source>Turns the spine from a chair to ease stiffness in the lower and middle back.</source>
      <translation>Fait tourner la colonne depuis une chaise pour soulager la raideur du bas et du milieu du dos.</translation>
    </message>
    <message>
      <source>Twist gently, and stop if you feel sharp pain in your back or have been told to avoid twisting.</source>
      <translation>Tournez doucement, et arrêtez si vous ressentez une douleur vive dans le dos ou si l’on vous a dit d’éviter les torsions.</translation>
    </message>
    <message>
      <source>Left side: you turn your chest to the left, your right hand on your left knee and your left hand on the chair back.</source>
      <translation>Côté gauche : vous tournez la poitrine vers la gauche, la main droite sur le genou gauche et la main gauche sur le dossier de la chaise.</translation>
    </message>
    <message>
      <source>Right side: you turn your chest to the right, your left hand on your right knee and your right hand on the chair back.</source>
      <translation>Côté droit : vous tournez la poitrine vers la droite, la main gauche sur le genou droit et la main droite sur le dossier de la chaise.</translation>
    </message>
    <message>
      <source>Sit tall near the front of a steady chair with your feet flat and knees facing forward.</source>
      <translation>Asseyez-vous bien droit vers l’avant d’une chaise stable, pieds à plat et genoux orientés vers l’avant.</translation>
    </message>
    <message>
      <source>Breathe in and lengthen your spine.</source>
      <translation>Inspirez et allongez la colonne.</translation>
    </message>
    <message>
      <source>Breathe out and turn your chest to one side, one hand on the opposite knee, the other on the chair back.</source>
      <translation>Expirez et tournez la poitrine d’un côté, une main sur le genou opposé, l’autre sur le dossier de la chaise.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then come back to the middle and turn the other way.</source>
      <translation>Tenez en respirant lentement, puis revenez au centre et tournez de l’autre côté.</translation>
    </message>
    <message>
      <source>Sit taller before you turn.</source>
      <translation>Grandissez-vous encore avant de tourner.</translation>
    </message>
    <message>
      <source>Turn from your ribs, not just your neck.</source>
      <translation>Tournez depuis les côtes, pas seulement avec la nuque.</translation>
    </message>
    <message>
      <source>Keep your hips and knees facing forward.</source>
      <translation>Gardez les hanches et les genoux orientés vers l’avant.</translation>
    </message>
    <message>
      <source>Pulling hard on the chair to twist further.</source>
      <translation>Tirer fort sur la chaise pour tourner davantage.</translation>
    </message>
    <message>
      <source>Slumping while turning.</source>
      <translation>S’avachir en tournant.</translation>
    </message>
    <message>
      <source>Using a swivel chair that spins.</source>
      <translation>Utiliser une chaise pivotante qui tourne.</translation>
    </message>
    <message>
      <source>Twisting hard can strain weak spine bones. Turn only a little, slowly, without pulling yourself further round with your hands.</source>
      <translation>Une torsion forcée peut abîmer des vertèbres fragiles. Tournez seulement un peu, lentement, sans vous aider des mains pour tourner davantage.</translation>
    </message>
    <message>
      <source>Gentle seated twist</source>
      <translation>Torsion assise douce</translation>
    </message>
    <message>
      <source>A small, easy turn of the upper body from a chair with your hands on your thighs, for a stiff back or a first try.</source>
      <translation>Une petite rotation facile du haut du corps depuis une chaise, les mains sur les cuisses, pour un dos raide ou un premier essai.</translation>
    </message>
    <message>
      <source>Stop if turning brings on sharp pain in your back or neck.</source>
      <translation>Arrêtez si tourner déclenche une douleur vive dans le dos ou la nuque.</translation>
    </message>
    <message>
      <source>Left side: you turn your chest to the left, with both hands resting on your thighs.</source>
      <translation>Côté gauche : vous tournez la poitrine vers la gauche, les deux mains posées sur les cuisses.</translation>
    </message>
    <message>
      <source>Right side: you turn your chest to the right, with both hands resting on your thighs.</source>
      <translation>Côté droit : vous tournez la poitrine vers la droite, les deux mains posées sur les cuisses.</translation>
    </message>
    <message>
      <source>Sit tall near the front of a steady chair with your feet flat and your hands resting on your thighs.</source>
      <translation>Asseyez-vous bien droit vers l’avant d’une chaise stable, pieds à plat et mains posées sur les cuisses.</translation>
    </message>
    <message>
      <source>Breathe out and turn your chest part of the way to one side, letting your head follow.</source>
      <translation>Expirez et tournez la poitrine en partie d’un côté, en laissant la tête suivre.</translation>
    </message>
    <message>
      <source>Only turn as far as stays easy.</source>
      <translation>Ne tournez que tant que cela reste facile.</translation>
    </message>
    <message>
      <source>Keep both hands on your thighs.</source>
      <translation>Gardez les deux mains sur les cuisses.</translation>
    </message>
    <message>
      <source>Knees keep facing forward.</source>
      <translation>Les genoux restent orientés vers l’avant.</translation>
    </message>
    <message>
      <source>Turning the head much further than the chest.</source>
      <translation>Tourner la tête beaucoup plus loin que la poitrine.</translation>
    </message>
    <message>
      <source>Slumping as you turn.</source>
      <translation>S’avachir en tournant.</translation>
    </message>
    <message>
      <source>Using a chair that swivels.</source>
      <translation>Utiliser une chaise pivotante.</translation>
    </message>
    <message>
      <source>Crossed-leg seated twist</source>
      <translation>Torsion assise jambes croisées</translation>
    </message>
    <message>
      <source>The seated twist with one leg crossed over the other, which adds a stretch along the outer hip and deepens the turn.</source>
      <translation>La torsion assise avec une jambe croisée sur l’autre, ce qui ajoute un étirement de l’extérieur de la hanche et accentue la rotation.</translation>
    </message>
    <message>
      <source>Twist gently and stop if you feel sharp pain in your back or hip.</source>
      <translation>Tournez doucement et arrêtez si vous ressentez une douleur vive dans le dos ou la hanche.</translation>
    </message>
    <message>
      <source>Left side: your right leg crosses over your left, and you turn your chest to the right with your left hand on your right knee.</source>
      <translation>Côté gauche : votre jambe droite se croise sur la gauche, et vous tournez la poitrine vers la droite, la main gauche sur le genou droit.</translation>
    </message>
    <message>
      <source>Right side: your left leg crosses over your right, and you turn your chest to the left with your right hand on your left knee.</source>
      <translation>Côté droit : votre jambe gauche se croise sur la droite, et vous tournez la poitrine vers la gauche, la main droite sur le genou gauche.</translation>
    </message>
    <message>
      <source>outer hips</source>
      <translation>extérieur des hanches</translation>
    </message>
    <message>
      <source>Sit tall near the front of a steady chair and cross one leg over the other at the knee.</source>
      <translation>Asseyez-vous bien droit vers l’avant d’une chaise stable et croisez une jambe sur l’autre au niveau du genou.</translation>
    </message>
    <message>
      <source>Breathe out and turn toward the top knee, the opposite hand on the outside of that knee and the other on the chair back.</source>
      <translation>Expirez et tournez vers le genou du dessus, la main opposée sur l’extérieur de ce genou et l’autre sur le dossier de la chaise.</translation>
    </message>
    <message>
      <source>Hold while breathing slowly, then uncross, change legs and turn the other way.</source>
      <translation>Tenez en respirant lentement, puis décroisez, changez de jambe et tournez de l’autre côté.</translation>
    </message>
    <message>
      <source>Grow tall first, then turn.</source>
      <translation>Grandissez-vous d’abord, puis tournez.</translation>
    </message>
    <message>
      <source>Turn from your ribs; your neck follows last.</source>
      <translation>Tournez depuis les côtes ; la nuque suit en dernier.</translation>
    </message>
    <message>
      <source>Let the hand on the knee guide, not pull.</source>
      <translation>Laissez la main sur le genou guider, pas tirer.</translation>
    </message>
    <message>
      <source>Levering hard on the knee to turn further.</source>
      <translation>Faire levier fort sur le genou pour tourner davantage.</translation>
    </message>
    <message>
      <source>Rounding the back.</source>
      <translation>Arrondir le dos.</translation>
    </message>
    <message>
      <source>Crossing one leg over the other is often advised against after a hip replacement. Use the plain seated twist instead unless you have been told crossing is fine.</source>
      <translation>Croiser une jambe sur l’autre est souvent déconseillé après une prothèse de hanche. Faites plutôt la torsion assise simple, sauf si l’on vous a dit que croiser les jambes était sans risque.</translation>
    </message>
    <message>
      <source>Keep the turn small and your belly free; the plain seated twist with knees apart is kinder later in pregnancy.</source>
      <translation>Gardez une petite rotation et laissez de la place au ventre ; en fin de grossesse, la torsion assise simple, genoux écartés, est plus douce.</translation>
    </message>
    <message>
      <source>Standing hamstring stretch</source>
      <translation>Étirement des ischio-jambiers debout</translation>
    </message>
    <message>
      <source>Lengthens the backs of the thighs, which often pull on the lower back, while you stand at your desk.</source>
      <translation>Allonge l’arrière des cuisses, qui tire souvent sur le bas du dos, debout à votre bureau.</translation>
    </message>
    <message>
      <source>Hold a desk or wall if your balance is unsure, and stop if you feel tingling or shooting pain down your leg.</source>
      <translation>Tenez-vous à un bureau ou à un mur si votre équilibre est incertain, et arrêtez si vous ressentez des fourmillements ou une douleur fulgurante qui descend dans la jambe.</translation>
    </message>
    <message>
      <source>Left leg: your left heel is the one in front, and you feel the stretch behind your left thigh.</source>
      <translation>Jambe gauche : c’est votre talon gauche qui est devant, et vous sentez l’étirement à l’arrière de la cuisse gauche.</translation>
    </message>
    <message>
      <source>Right leg: your right heel is the one in front, and you feel the stretch behind your right thigh.</source>
      <translation>Jambe droite : c’est votre talon droit qui est devant, et vous sentez l’étirement à l’arrière de la cuisse droite.</translation>
    </message>
    <message>
      <source>Stand tall and place one heel a small step in front of you, toes pointing up.</source>
      <translation>Tenez-vous droit et posez un talon un petit pas devant vous, orteils vers le haut.</translation>
    </message>
    <message>
      <source>Bend your back knee slightly and rest your hands on your thighs.</source>
      <translation>Fléchissez légèrement le genou arrière et posez les mains sur les cuisses.</translation>
    </message>
    <message>
      <source>Hinge forward from your hips with a long back until you feel a stretch behind the front thigh.</source>
      <translation>Basculez en avant depuis les hanches, le dos long, jusqu’à sentir un étirement à l’arrière de la cuisse avant.</translation>
    </message>
    <message>
      <source>Send your hips back as if closing a drawer behind you.</source>
      <translation>Reculez les hanches comme pour fermer un tiroir derrière vous.</translation>
    </message>
    <message>
      <source>Keep your back long, not rounded.</source>
      <translation>Gardez le dos long, pas arrondi.</translation>
    </message>
    <message>
      <source>Keep the front knee soft, not locked.</source>
      <translation>Gardez le genou avant souple, pas verrouillé.</translation>
    </message>
    <message>
      <source>Rounding the back to reach lower.</source>
      <translation>Arrondir le dos pour descendre plus bas.</translation>
    </message>
    <message>
      <source>Locking the front knee.</source>
      <translation>Verrouiller le genou avant.</translation>
    </message>
    <message>
      <source>Bouncing into the stretch.</source>
      <translation>Faire des rebonds dans l’étirement.</translation>
    </message>
    <message>
      <source>Keep your back long and tip from the hips; do not round down to reach your toes.</source>
      <translation>Gardez le dos long et basculez depuis les hanches ; ne vous enroulez pas pour toucher vos orteils.</translation>
    </message>
    <message>
      <source>Supported hamstring stretch</source>
      <translation>Étirement des ischio-jambiers avec appui</translation>
    </message>
    <message>
      <source>The standing hamstring stretch with one hand on your desk for balance and only a small forward tip.</source>
      <translation>L’étirement des ischio-jambiers debout avec une main sur le bureau pour l’équilibre et seulement une petite bascule vers l’avant.</translation>
    </message>
    <message>
      <source>Stop if you feel tingling or shooting pain down your leg.</source>
      <translation>Arrêtez si vous ressentez des fourmillements ou une douleur fulgurante qui descend dans la jambe.</translation>
    </message>
    <message>
      <source>desk or counter</source>
      <translation>bureau ou plan de travail</translation>
    </message>
    <message>
      <source>Stand side-on or facing your desk and rest one hand on it for balance.</source>
      <translation>Placez-vous de profil ou face à votre bureau et posez une main dessus pour l’équilibre.</translation>
    </message>
    <message>
      <source>Place one heel a small step in front of you, toes pointing up, and bend your back knee slightly.</source>
      <translation>Posez un talon un petit pas devant vous, orteils vers le haut, et fléchissez légèrement le genou arrière.</translation>
    </message>
    <message>
      <source>Tip forward a little from your hips, back long, until you feel a mild stretch behind the front thigh.</source>
      <translation>Basculez un peu en avant depuis les hanches, le dos long, jusqu’à sentir un léger étirement à l’arrière de la cuisse avant.</translation>
    </message>
    <message>
      <source>A mild stretch is enough.</source>
      <translation>Un léger étirement suffit.</translation>
    </message>
    <message>
      <source>Hips go back, chest stays open.</source>
      <translation>Les hanches reculent, la poitrine reste ouverte.</translation>
    </message>
    <message>
      <source>Lean on the desk as much as you need.</source>
      <translation>Appuyez-vous sur le bureau autant que nécessaire.</translation>
    </message>
    <message>
      <source>Rounding the back to go further.</source>
      <translation>Arrondir le dos pour aller plus loin.</translation>
    </message>
    <message>
      <source>Bouncing.</source>
      <translation>Faire des rebonds.</translation>
    </message>
    <message>
      <source>Raised-heel hamstring stretch</source>
      <translation>Étirement des ischio-jambiers talon surélevé</translation>
    </message>
    <message>
      <source>The standing hamstring stretch with your front heel on a low step, which lengthens the backs of the thighs further.</source>
      <translation>L’étirement des ischio-jambiers debout avec le talon avant sur une marche basse, ce qui allonge davantage l’arrière des cuisses.</translation>
    </message>
    <message>
      <source>Use a low, steady step and something to hold, and stop if you feel tingling or shooting pain down your leg.</source>
      <translation>Utilisez une marche basse et stable et un appui auquel vous tenir, et arrêtez si vous ressentez des fourmillements ou une douleur fulgurante qui descend dans la jambe.</translation>
    </message>
    <message>
      <source>Left leg: your left heel rests on the step, and you feel the stretch behind your left thigh.</source>
      <translation>Jambe gauche : votre talon gauche repose sur la marche, et vous sentez l’étirement à l’arrière de la cuisse gauche.</translation>
    </message>
    <message>
      <source>Right leg: your right heel rests on the step, and you feel the stretch behind your right thigh.</source>
      <translation>Jambe droite : votre talon droit repose sur la marche, et vous sentez l’étirement à l’arrière de la cuisse droite.</translation>
    </message>
    <message>
      <source>low step</source>
      <translation>marche basse</translation>
    </message>
    <message>
      <source>Stand facing a low, steady step (the bottom stair is fine) with a wall or rail within reach.</source>
      <translation>Placez-vous face à une marche basse et stable (la première marche d’un escalier convient), avec un mur ou une rampe à portée de main.</translation>
    </message>
    <message>
      <source>Rest one heel on the step, toes pointing up, and keep your standing knee slightly bent.</source>
      <translation>Posez un talon sur la marche, orteils vers le haut, et gardez le genou d’appui légèrement fléchi.</translation>
    </message>
    <message>
      <source>Hinge forward from your hips with a long back until you feel a stretch behind the raised thigh.</source>
      <translation>Basculez en avant depuis les hanches, le dos long, jusqu’à sentir un étirement à l’arrière de la cuisse surélevée.</translation>
    </message>
    <message>
      <source>Keep the raised knee soft.</source>
      <translation>Gardez le genou surélevé souple.</translation>
    </message>
    <message>
      <source>Chest forward, back long.</source>
      <translation>Poitrine en avant, dos long.</translation>
    </message>
    <message>
      <source>Hold the rail if you wobble.</source>
      <translation>Tenez la rampe si vous vacillez.</translation>
    </message>
    <message>
      <source>Using a step so high that your back rounds.</source>
      <translation>Utiliser une marche si haute que le dos s’arrondit.</translation>
    </message>
    <message>
      <source>Locking the raised knee.</source>
      <translation>Verrouiller le genou surélevé.</translation>
    </message>
    <message>
      <source>Reaching for the toes instead of hinging.</source>
      <translation>Chercher à toucher les orteils au lieu de basculer depuis les hanches.</translation>
    </message>
    <message>
      <source>Marching in place</source>
      <translation>Marche sur place</translation>
    </message>
    <message>
      <source>Raises your heart rate and warms up the hips by marching without moving forward.</source>
      <translation>Accélère le rythme cardiaque et échauffe les hanches : vous marchez sans avancer.</translation>
    </message>
    <message>
      <source>Slow down if you feel dizzy or short of breath, and hold a chair if your balance is unsteady.</source>
      <translation>Ralentissez si vous avez des vertiges ou êtes essoufflé, et tenez-vous à une chaise si votre équilibre est instable.</translation>
    </message>
    <message>
      <source>Stand tall with your feet hip-width apart and your arms relaxed.</source>
      <translation>Tenez-vous droit, pieds écartés de la largeur des hanches, bras relâchés.</translation>
    </message>
    <message>
      <source>Lift one knee toward hip height, then lower it and lift the other.</source>
      <translation>Levez un genou vers la hauteur de la hanche, puis reposez-le et levez l’autre.</translation>
    </message>
    <message>
      <source>Swing your arms in time with your legs.</source>
      <translation>Balancez les bras au rythme des jambes.</translation>
    </message>
    <message>
      <source>Keep a steady, comfortable pace, lifting a little higher as you warm up.</source>
      <translation>Gardez un rythme régulier et confortable, en levant un peu plus haut à mesure que vous vous échauffez.</translation>
    </message>
    <message>
      <source>Stand tall; don't lean back.</source>
      <translation>Restez droit ; ne vous penchez pas en arrière.</translation>
    </message>
    <message>
      <source>Land softly.</source>
      <translation>Posez les pieds en douceur.</translation>
    </message>
    <message>
      <source>Breathe easily.</source>
      <translation>Respirez tranquillement.</translation>
    </message>
    <message>
      <source>Leaning back as the knee lifts.</source>
      <translation>Se pencher en arrière quand le genou se lève.</translation>
    </message>
    <message>
      <source>Stamping hard on the floor.</source>
      <translation>Taper fort des pieds sur le sol.</translation>
    </message>
    <message>
      <source>Low march</source>
      <translation>Marche sur place genoux bas</translation>
    </message>
    <message>
      <source>A gentle march that lifts your feet only a little way, with a chair to hold if you like, to warm up the hips without testing your balance.</source>
      <translation>Une marche douce où les pieds ne se lèvent qu’un peu, avec une chaise à laquelle vous tenir si vous le souhaitez, pour échauffer les hanches sans mettre l’équilibre à l’épreuve.</translation>
    </message>
    <message>
      <source>Slow down or stop if you feel dizzy or short of breath, and keep a hand on the chair if your balance is unsteady.</source>
      <translation>Ralentissez ou arrêtez si vous avez des vertiges ou êtes essoufflé, et gardez une main sur la chaise si votre équilibre est instable.</translation>
    </message>
    <message>
      <source>sturdy chair (optional)</source>
      <translation>chaise stable (facultatif)</translation>
    </message>
    <message>
      <source>Stand tall beside a sturdy chair or your desk with your feet hip-width apart, resting one hand on it if you like.</source>
      <translation>Tenez-vous droit à côté d’une chaise stable ou de votre bureau, pieds écartés de la largeur des hanches, une main posée dessus si vous le souhaitez.</translation>
    </message>
    <message>
      <source>Lift one foot a few centimetres off the floor, bending the knee a little, then put it down softly.</source>
      <translation>Levez un pied de quelques centimètres en fléchissant un peu le genou, puis reposez-le en douceur.</translation>
    </message>
    <message>
      <source>Lift the other foot in the same way, letting your free arm swing gently.</source>
      <translation>Levez l’autre pied de la même façon, en laissant le bras libre se balancer doucement.</translation>
    </message>
    <message>
      <source>Keep marching at a slow, even pace, lifting only as high as feels steady.</source>
      <translation>Continuez à marcher à un rythme lent et régulier, en ne levant les pieds qu’autant que vous restez stable.</translation>
    </message>
    <message>
      <source>Stand tall and look ahead.</source>
      <translation>Tenez-vous droit et regardez devant vous.</translation>
    </message>
    <message>
      <source>Put each foot down gently.</source>
      <translation>Posez chaque pied en douceur.</translation>
    </message>
    <message>
      <source>Leaning on the chair so your weight tips to one side.</source>
      <translation>S’appuyer sur la chaise au point de faire pencher le poids d’un côté.</translation>
    </message>
    <message>
      <source>Looking down at your feet.</source>
      <translation>Regarder ses pieds.</translation>
    </message>
    <message>
      <source>Speeding up before you feel steady.</source>
      <translation>Accélérer avant de se sentir stable.</translation>
    </message>
    <message>
      <source>High-knee march</source>
      <translation>Marche sur place genoux hauts</translation>
    </message>
    <message>
      <source>A brisker march that brings each knee up to hip height with a bent-arm swing, to raise your heart rate and warm the hips more fully.</source>
      <translation>Une marche plus soutenue qui monte chaque genou à hauteur de hanche, bras fléchis qui se balancent, pour accélérer le rythme cardiaque et échauffer les hanches plus complètement.</translation>
    </message>
    <message>
      <source>Ease back to an ordinary march if you feel dizzy, very short of breath or unsteady, and stop if lifting the knee causes sharp pain in your hip or back.</source>
      <translation>Revenez à une marche normale si vous avez des vertiges, êtes très essoufflé ou instable, et arrêtez si lever le genou provoque une douleur vive dans la hanche ou le dos.</translation>
    </message>
    <message>
      <source>Stand tall with your feet hip-width apart and your elbows bent at your sides.</source>
      <translation>Tenez-vous droit, pieds écartés de la largeur des hanches, coudes fléchis le long du corps.</translation>
    </message>
    <message>
      <source>Lift one knee up to about hip height, then lower the foot softly and lift the other knee.</source>
      <translation>Levez un genou jusqu’à environ la hauteur de la hanche, puis reposez le pied en douceur et levez l’autre genou.</translation>
    </message>
    <message>
      <source>Swing your bent arms in time, the opposite arm coming forward to the lifted knee.</source>
      <translation>Balancez les bras fléchis en rythme, le bras opposé venant vers l’avant avec le genou levé.</translation>
    </message>
    <message>
      <source>Once you have the rhythm, pick up to a brisk, steady pace without leaning back.</source>
      <translation>Une fois le rythme trouvé, passez à une allure soutenue et régulière, sans vous pencher en arrière.</translation>
    </message>
    <message>
      <source>Keep your chest up and your back long.</source>
      <translation>Gardez la poitrine haute et le dos long.</translation>
    </message>
    <message>
      <source>Land softly and quietly.</source>
      <translation>Posez les pieds en douceur et sans bruit.</translation>
    </message>
    <message>
      <source>Brisk, but in control.</source>
      <translation>Soutenu, mais contrôlé.</translation>
    </message>
    <message>
      <source>Leaning back or rounding forward to get the knee higher.</source>
      <translation>Se pencher en arrière ou s’enrouler vers l’avant pour monter le genou plus haut.</translation>
    </message>
    <message>
      <source>Stamping down hard as the pace picks up.</source>
      <translation>Taper fort des pieds quand l’allure s’accélère.</translation>
    </message>
    <message>
      <source>Keep your knee below hip height and within the limits your surgical team gave you.</source>
      <translation>Gardez le genou sous la hauteur de la hanche et dans les limites fixées par votre équipe chirurgicale.</translation>
    </message>
    <message>
      <source>Keep to a pace at which you can still talk, and stand near a chair you can hold if your balance feels different.</source>
      <translation>Gardez une allure à laquelle vous pouvez encore parler, et restez près d’une chaise à laquelle vous tenir si votre équilibre vous semble différent.</translation>
    </message>
    <message>
      <source>Hip circles</source>
      <translation>Cercles de hanches</translation>
    </message>
    <message>
      <source>Loosens the hips and lower back by drawing slow circles with your hips while standing.</source>
      <translation>Assouplit les hanches et le bas du dos : debout, vous dessinez de lents cercles avec les hanches.</translation>
    </message>
    <message>
      <source>Keep the circles small, and stop if you feel sharp pain in your hips or back.</source>
      <translation>Gardez de petits cercles, et arrêtez si vous ressentez une douleur vive dans les hanches ou le dos.</translation>
    </message>
    <message>
      <source>Stand with your feet a little wider than hip-width and your hands on your hips.</source>
      <translation>Tenez-vous debout, pieds un peu plus écartés que la largeur des hanches, mains sur les hanches.</translation>
    </message>
    <message>
      <source>Move your hips forward, to one side, back and to the other side in one smooth circle.</source>
      <translation>Déplacez les hanches vers l’avant, d’un côté, vers l’arrière et de l’autre côté en un seul cercle fluide.</translation>
    </message>
    <message>
      <source>Make several slow circles in the same direction.</source>
      <translation>Faites plusieurs cercles lents dans le même sens.</translation>
    </message>
    <message>
      <source>Change direction halfway through.</source>
      <translation>Changez de sens à mi-parcours.</translation>
    </message>
    <message>
      <source>Keep your upper body fairly still.</source>
      <translation>Gardez le haut du corps plutôt immobile.</translation>
    </message>
    <message>
      <source>Let the circles grow gradually.</source>
      <translation>Laissez les cercles s’agrandir progressivement.</translation>
    </message>
    <message>
      <source>Moving the shoulders instead of the hips.</source>
      <translation>Bouger les épaules au lieu des hanches.</translation>
    </message>
    <message>
      <source>Making big, jerky circles too soon.</source>
      <translation>Faire trop tôt de grands cercles saccadés.</translation>
    </message>
    <message>
      <source>Small hip circles</source>
      <translation>Petits cercles de hanches</translation>
    </message>
    <message>
      <source>A gentler version of hip circles: small, slow circles with a chair to hold, for stiff hips or unsure balance.</source>
      <translation>Une version plus douce des cercles de hanches : de petits cercles lents en vous tenant à une chaise, pour des hanches raides ou un équilibre incertain.</translation>
    </message>
    <message>
      <source>Keep the circles within an easy range, and stop if you feel sharp pain in your hips or back.</source>
      <translation>Gardez des cercles dans une amplitude facile, et arrêtez si vous ressentez une douleur vive dans les hanches ou le dos.</translation>
    </message>
    <message>
      <source>Stand with your feet hip-width apart and your knees soft, one hand on a sturdy chair and the other on your hip.</source>
      <translation>Tenez-vous debout, pieds écartés de la largeur des hanches, genoux légèrement fléchis, une main sur une chaise stable et l’autre sur la hanche.</translation>
    </message>
    <message>
      <source>Move your hips a little way forward, to one side, back and to the other side in a small, slow circle.</source>
      <translation>Déplacez un peu les hanches vers l’avant, d’un côté, vers l’arrière et de l’autre côté en un petit cercle lent.</translation>
    </message>
    <message>
      <source>Make several small circles in the same direction, keeping your shoulders still.</source>
      <translation>Faites plusieurs petits cercles dans le même sens, en gardant les épaules immobiles.</translation>
    </message>
    <message>
      <source>Keep the circles small and smooth.</source>
      <translation>Gardez des cercles petits et fluides.</translation>
    </message>
    <message>
      <source>Let your hips do the moving, not your shoulders.</source>
      <translation>Laissez les hanches faire le mouvement, pas les épaules.</translation>
    </message>
    <message>
      <source>Letting the circles grow bigger than is comfortable.</source>
      <translation>Laisser les cercles devenir plus grands que ce qui est confortable.</translation>
    </message>
    <message>
      <source>Gripping the chair and pulling on it.</source>
      <translation>Agripper la chaise et tirer dessus.</translation>
    </message>
    <message>
      <source>Locking the knees.</source>
      <translation>Verrouiller les genoux.</translation>
    </message>
    <message>
      <source>Knee circles</source>
      <translation>Cercles du genou</translation>
    </message>
    <message>
      <source>Loosens the hip joint by drawing slow circles with one raised knee while you stand on the other leg, holding a chair.</source>
      <translation>Assouplit l’articulation de la hanche : debout sur une jambe en vous tenant à une chaise, vous dessinez de lents cercles avec l’autre genou levé.</translation>
    </message>
    <message>
      <source>Keep hold of the chair throughout, keep the circles small if your hip feels stiff, and stop if you feel sharp pain in your hip, groin or back.</source>
      <translation>Tenez la chaise tout du long, gardez de petits cercles si votre hanche est raide, et arrêtez si vous ressentez une douleur vive dans la hanche, l’aine ou le dos.</translation>
    </message>
    <message>
      <source>Left leg: you hold the chair with your right hand, stand on your right leg and circle your left knee.</source>
      <translation>Jambe gauche : vous tenez la chaise de la main droite, vous êtes debout sur la jambe droite et vous faites des cercles avec le genou gauche.</translation>
    </message>
    <message>
      <source>Right leg: you hold the chair with your left hand, stand on your left leg and circle your right knee.</source>
      <translation>Jambe droite : vous tenez la chaise de la main gauche, vous êtes debout sur la jambe gauche et vous faites des cercles avec le genou droit.</translation>
    </message>
    <message>
      <source>Stand side-on to a sturdy chair and hold its back with the hand nearest it, your other hand on your hip.</source>
      <translation>Placez-vous de profil à côté d’une chaise stable et tenez le dossier avec la main la plus proche, l’autre main sur la hanche.</translation>
    </message>
    <message>
      <source>Stand on the leg nearest the chair and lift the other knee in front of you, no higher than your hip.</source>
      <translation>Tenez-vous sur la jambe la plus proche de la chaise et levez l’autre genou devant vous, pas plus haut que la hanche.</translation>
    </message>
    <message>
      <source>Draw slow circles with the raised knee: out to the side, round and back in.</source>
      <translation>Dessinez de lents cercles avec le genou levé : vers l’extérieur, puis en arrondi et de retour vers l’intérieur.</translation>
    </message>
    <message>
      <source>Change direction halfway, then lower the foot, turn around and change legs.</source>
      <translation>Changez de sens à mi-parcours, puis reposez le pied, faites demi-tour et changez de jambe.</translation>
    </message>
    <message>
      <source>Stand tall on the supporting leg, knee soft.</source>
      <translation>Tenez-vous droit sur la jambe d’appui, genou souple.</translation>
    </message>
    <message>
      <source>Keep your hips level and your upper body still.</source>
      <translation>Gardez les hanches à niveau et le haut du corps immobile.</translation>
    </message>
    <message>
      <source>Move slowly; the circle comes from the hip.</source>
      <translation>Bougez lentement ; le cercle vient de la hanche.</translation>
    </message>
    <message>
      <source>Leaning or twisting your upper body to make the circle bigger.</source>
      <translation>Pencher ou tourner le haut du corps pour agrandir le cercle.</translation>
    </message>
    <message>
      <source>Locking the standing knee.</source>
      <translation>Verrouiller le genou d’appui.</translation>
    </message>
    <message>
      <source>Hurrying the circles.</source>
      <translation>Faire les cercles à la hâte.</translation>
    </message>
    <message>
      <source>Check with your surgical team before circling the operated leg; keep the knee below hip height and never bring it across your body.</source>
      <translation>Demandez l’avis de votre équipe chirurgicale avant de faire des cercles avec la jambe opérée ; gardez le genou sous la hauteur de la hanche et ne le faites jamais passer devant le corps vers l’autre côté.</translation>
    </message>
    <message>
      <source>Hold the chair firmly and keep the circles small; choose hip circles instead if standing on one leg hurts the front or back of your pelvis.</source>
      <translation>Tenez fermement la chaise et gardez de petits cercles ; choisissez plutôt les cercles de hanches si vous tenir sur une jambe fait mal à l’avant ou à l’arrière du bassin.</translation>
    </message>
    <message>
      <source>Leg swings</source>
      <translation>Balancements de jambe</translation>
    </message>
    <message>
      <source>Warms up the hips and hamstrings with controlled forward and back swings of one leg.</source>
      <translation>Échauffe les hanches et les ischio-jambiers par des balancements contrôlés d’une jambe d’avant en arrière.</translation>
    </message>
    <message>
      <source>Keep hold of the support throughout, and shorten the swing if you feel pulling in the groin or hamstring.</source>
      <translation>Tenez l’appui tout du long, et réduisez le balancement si vous sentez un tiraillement dans l’aine ou les ischio-jambiers.</translation>
    </message>
    <message>
      <source>Left leg: the support is on your right, so you hold it with your right hand, stand on your right leg and swing your left leg.</source>
      <translation>Jambe gauche : l’appui est à votre droite ; vous le tenez de la main droite, vous êtes debout sur la jambe droite et vous balancez la jambe gauche.</translation>
    </message>
    <message>
      <source>Right leg: the support is on your left, so you hold it with your left hand, stand on your left leg and swing your right leg.</source>
      <translation>Jambe droite : l’appui est à votre gauche ; vous le tenez de la main gauche, vous êtes debout sur la jambe gauche et vous balancez la jambe droite.</translation>
    </message>
    <message>
      <source>wall or sturdy chair for support</source>
      <translation>mur ou chaise stable pour l’appui</translation>
    </message>
    <message>
      <source>Stand side-on to a wall or sturdy chair and hold it with one hand.</source>
      <translation>Placez-vous de profil à côté d’un mur ou d’une chaise stable et tenez-vous d’une main.</translation>
    </message>
    <message>
      <source>Put your weight on the leg nearest the support.</source>
      <translation>Mettez votre poids sur la jambe la plus proche de l’appui.</translation>
    </message>
    <message>
      <source>Swing the other leg forward and back in a relaxed, controlled arc.</source>
      <translation>Balancez l’autre jambe d’avant en arrière en un arc relâché et contrôlé.</translation>
    </message>
    <message>
      <source>Start small and let the swing grow, then turn around and swing the other leg.</source>
      <translation>Commencez petit et laissez le balancement s’agrandir, puis faites demi-tour et balancez l’autre jambe.</translation>
    </message>
    <message>
      <source>Keep your upper body tall and still.</source>
      <translation>Gardez le haut du corps droit et immobile.</translation>
    </message>
    <message>
      <source>Let the leg swing loosely from the hip.</source>
      <translation>Laissez la jambe se balancer librement depuis la hanche.</translation>
    </message>
    <message>
      <source>Keep the standing knee soft.</source>
      <translation>Gardez le genou d’appui souple.</translation>
    </message>
    <message>
      <source>Swinging so hard that the lower back arches.</source>
      <translation>Balancer si fort que le bas du dos se cambre.</translation>
    </message>
    <message>
      <source>Swinging high before the hip is warm.</source>
      <translation>Balancer haut avant que la hanche soit échauffée.</translation>
    </message>
    <message>
      <source>Keep the swing small and in front of you; do not swing the leg across your body.</source>
      <translation>Gardez un petit balancement devant vous ; ne faites pas passer la jambe devant le corps vers l’autre côté.</translation>
    </message>
    <message>
      <source>Small leg swings</source>
      <translation>Petits balancements de jambe</translation>
    </message>
    <message>
      <source>A gentler version of leg swings: slow forward and back swings of one leg through a small range, holding a support.</source>
      <translation>Une version plus douce des balancements de jambe : de lents balancements d’une jambe d’avant en arrière sur une petite amplitude, en vous tenant à un appui.</translation>
    </message>
    <message>
      <source>Keep hold of the support throughout, and stop if you feel pulling in the groin or hamstring or pain in your back.</source>
      <translation>Tenez l’appui tout du long, et arrêtez si vous sentez un tiraillement dans l’aine ou les ischio-jambiers, ou une douleur dans le dos.</translation>
    </message>
    <message>
      <source>Stand side-on to a wall or sturdy chair and hold it with the hand nearest it.</source>
      <translation>Placez-vous de profil à côté d’un mur ou d’une chaise stable et tenez-vous avec la main la plus proche.</translation>
    </message>
    <message>
      <source>Put your weight on the leg nearest the support and let the other foot hang just clear of the floor.</source>
      <translation>Mettez votre poids sur la jambe la plus proche de l’appui et laissez l’autre pied pendre juste au-dessus du sol.</translation>
    </message>
    <message>
      <source>Swing the free leg slowly a short way forward and a short way back.</source>
      <translation>Balancez lentement la jambe libre un peu vers l’avant et un peu vers l’arrière.</translation>
    </message>
    <message>
      <source>Keep the swing this small for every repetition, then turn around and change legs.</source>
      <translation>Gardez ce petit balancement à chaque répétition, puis faites demi-tour et changez de jambe.</translation>
    </message>
    <message>
      <source>Letting the swing grow bigger than is comfortable.</source>
      <translation>Laisser le balancement devenir plus grand que ce qui est confortable.</translation>
    </message>
    <message>
      <source>Leaning your upper body forward or back with the swing.</source>
      <translation>Pencher le haut du corps en avant ou en arrière avec le balancement.</translation>
    </message>
    <message>
      <source>Side-to-side leg swings</source>
      <translation>Balancements de jambe latéraux</translation>
    </message>
    <message>
      <source>Warms up the inner and outer hip by swinging one leg across in front of you and out to the side while you face a wall and hold it with both hands.</source>
      <translation>Échauffe l’intérieur et l’extérieur de la hanche : face à un mur que vous tenez à deux mains, vous balancez une jambe devant vous vers l’autre côté, puis vers l’extérieur.</translation>
    </message>
    <message>
      <source>Keep both hands on the support, keep the swing within an easy range, and stop if you feel pulling in the groin or pain in your hip or back.</source>
      <translation>Gardez les deux mains sur l’appui, gardez le balancement dans une amplitude facile, et arrêtez si vous sentez un tiraillement dans l’aine ou une douleur dans la hanche ou le dos.</translation>
    </message>
    <message>
      <source>Left leg: you stand on your right leg and your left leg swings across in front of you and out to the left.</source>
      <translation>Jambe gauche : vous êtes debout sur la jambe droite et votre jambe gauche se balance devant vous vers la droite, puis vers l’extérieur à gauche.</translation>
    </message>
    <message>
      <source>Right leg: you stand on your left leg and your right leg swings across in front of you and out to the right.</source>
      <translation>Jambe droite : vous êtes debout sur la jambe gauche et votre jambe droite se balance devant vous vers la gauche, puis vers l’extérieur à droite.</translation>
    </message>
    <message>
      <source>Face a wall or the back of a sturdy chair and rest both hands on it at about chest height.</source>
      <translation>Placez-vous face à un mur ou au dossier d’une chaise stable et posez-y les deux mains, à peu près à hauteur de poitrine.</translation>
    </message>
    <message>
      <source>Stand on one leg with the knee soft and let the other foot hang just clear of the floor.</source>
      <translation>Tenez-vous sur une jambe, genou souple, et laissez l’autre pied pendre juste au-dessus du sol.</translation>
    </message>
    <message>
      <source>Swing the free leg across in front of the standing leg, then out to the side, in a relaxed, controlled arc.</source>
      <translation>Balancez la jambe libre devant la jambe d’appui, puis vers l’extérieur, en un arc relâché et contrôlé.</translation>
    </message>
    <message>
      <source>Start small and let the swing grow a little as the hip warms, then change legs.</source>
      <translation>Commencez petit et laissez le balancement s’agrandir un peu à mesure que la hanche s’échauffe, puis changez de jambe.</translation>
    </message>
    <message>
      <source>Keep your hips and shoulders facing the wall.</source>
      <translation>Gardez les hanches et les épaules face au mur.</translation>
    </message>
    <message>
      <source>Let the leg swing from the hip, not your waist.</source>
      <translation>Laissez la jambe se balancer depuis la hanche, pas depuis la taille.</translation>
    </message>
    <message>
      <source>Twisting the hips or leaning sideways to swing further.</source>
      <translation>Tourner les hanches ou se pencher sur le côté pour balancer plus loin.</translation>
    </message>
    <message>
      <source>Swinging wide before the hip is warm.</source>
      <translation>Balancer largement avant que la hanche soit échauffée.</translation>
    </message>
    <message>
      <source>Letting go of the support.</source>
      <translation>Lâcher l’appui.</translation>
    </message>
    <message>
      <source>Choose forward-and-back leg swings instead; swinging the leg across your body can strain a new hip.</source>
      <translation>Choisissez plutôt les balancements de jambe d’avant en arrière ; faire passer la jambe devant le corps vers l’autre côté peut forcer sur une nouvelle prothèse de hanche.</translation>
    </message>
    <message>
      <source>Keep the swings small, and choose forward-and-back swings if you have pain at the front or back of your pelvis.</source>
      <translation>Gardez de petits balancements, et choisissez les balancements d’avant en arrière si vous avez mal à l’avant ou à l’arrière du bassin.</translation>
    </message>
    <message>
      <source>Torso twists</source>
      <translation>Torsions du buste</translation>
    </message>
    <message>
      <source>Loosens the spine and the sides of the trunk with gentle standing turns.</source>
      <translation>Assouplit la colonne et les côtés du tronc par de douces rotations debout.</translation>
    </message>
    <message>
      <source>Move gently, and stop if turning causes sharp pain in your back.</source>
      <translation>Bougez doucement, et arrêtez si tourner provoque une douleur vive dans le dos.</translation>
    </message>
    <message>
      <source>Stand with your feet hip-width apart, knees soft, arms bent at your sides or crossed on your chest.</source>
      <translation>Tenez-vous debout, pieds écartés de la largeur des hanches, genoux souples, bras fléchis le long du corps ou croisés sur la poitrine.</translation>
    </message>
    <message>
      <source>Turn your upper body to one side, letting your hips and heels pivot a little.</source>
      <translation>Tournez le haut du corps d’un côté, en laissant les hanches et les talons pivoter un peu.</translation>
    </message>
    <message>
      <source>Turn smoothly round to the other side.</source>
      <translation>Tournez de façon fluide de l’autre côté.</translation>
    </message>
    <message>
      <source>Keep turning side to side at an easy pace, going a little further as you loosen up.</source>
      <translation>Continuez à tourner d’un côté à l’autre à un rythme facile, en allant un peu plus loin à mesure que vous vous assouplissez.</translation>
    </message>
    <message>
      <source>Keep the movement smooth, not flung.</source>
      <translation>Gardez un mouvement fluide, sans lancer.</translation>
    </message>
    <message>
      <source>Let your head turn with your chest.</source>
      <translation>Laissez la tête tourner avec la poitrine.</translation>
    </message>
    <message>
      <source>Stay tall through your spine.</source>
      <translation>Restez grand, la colonne allongée.</translation>
    </message>
    <message>
      <source>Twisting forcefully or fast.</source>
      <translation>Tourner avec force ou trop vite.</translation>
    </message>
    <message>
      <source>Keep the turns small and slow; never swing or force them.</source>
      <translation>Gardez des rotations petites et lentes ; ne les lancez ni ne les forcez jamais.</translation>
    </message>
    <message>
      <source>Half twists</source>
      <translation>Demi-torsions</translation>
    </message>
    <message>
      <source>A gentler version of torso twists: slow turns only part of the way round, for a stiff or sore back.</source>
      <translation>Une version plus douce des torsions du buste : de lentes rotations qui ne vont qu’à mi-chemin, pour un dos raide ou douloureux.</translation>
    </message>
    <message>
      <source>Stand with your feet hip-width apart, knees soft, and your arms crossed loosely on your chest.</source>
      <translation>Tenez-vous debout, pieds écartés de la largeur des hanches, genoux souples, bras croisés sans serrer sur la poitrine.</translation>
    </message>
    <message>
      <source>Turn your upper body slowly part of the way to one side, about half as far as you could go.</source>
      <translation>Tournez lentement le haut du corps en partie d’un côté, environ la moitié de ce que vous pourriez faire.</translation>
    </message>
    <message>
      <source>Come back through the middle and turn the same small amount to the other side.</source>
      <translation>Revenez par le centre et tournez d’autant de l’autre côté.</translation>
    </message>
    <message>
      <source>Keep turning side to side at a slow, even pace, staying well inside a comfortable range.</source>
      <translation>Continuez à tourner d’un côté à l’autre à un rythme lent et régulier, en restant bien dans une amplitude confortable.</translation>
    </message>
    <message>
      <source>Turn only as far as feels easy.</source>
      <translation>Ne tournez que tant que cela reste facile.</translation>
    </message>
    <message>
      <source>Pushing for a bigger turn at the end of each twist.</source>
      <translation>Forcer pour tourner plus loin à la fin de chaque torsion.</translation>
    </message>
    <message>
      <source>Speeding up until the turns become swings.</source>
      <translation>Accélérer jusqu’à ce que les rotations deviennent des balancements.</translation>
    </message>
    <message>
      <source>Reaching twists</source>
      <translation>Torsions bras tendus</translation>
    </message>
    <message>
      <source>Standing twists with your arms held out at shoulder height, which works the trunk and shoulders a little harder than ordinary torso twists.</source>
      <translation>Des torsions debout, bras tendus à hauteur d’épaule, qui font travailler le tronc et les épaules un peu plus que les torsions du buste classiques.</translation>
    </message>
    <message>
      <source>Keep the turns controlled, lower your arms if your shoulders tire, and stop if turning causes sharp pain in your back.</source>
      <translation>Gardez des rotations contrôlées, baissez les bras si vos épaules se fatiguent, et arrêtez si tourner provoque une douleur vive dans le dos.</translation>
    </message>
    <message>
      <source>Stand with your feet hip-width apart and knees soft, and lift your arms out to the sides at shoulder height.</source>
      <translation>Tenez-vous debout, pieds écartés de la largeur des hanches, genoux souples, et levez les bras sur les côtés à hauteur d’épaule.</translation>
    </message>
    <message>
      <source>Turn your upper body to one side, letting your arms, chest and head turn together and your hips and heels pivot a little.</source>
      <translation>Tournez le haut du corps d’un côté, en laissant les bras, la poitrine et la tête tourner ensemble, et les hanches et les talons pivoter un peu.</translation>
    </message>
    <message>
      <source>Turn smoothly round to the other side, keeping your arms level and your shoulders relaxed.</source>
      <translation>Tournez de façon fluide de l’autre côté, en gardant les bras à l’horizontale et les épaules relâchées.</translation>
    </message>
    <message>
      <source>Keep turning side to side at a steady, controlled pace, then lower your arms.</source>
      <translation>Continuez à tourner d’un côté à l’autre à un rythme régulier et contrôlé, puis baissez les bras.</translation>
    </message>
    <message>
      <source>Let your arms follow your chest; don't fling them.</source>
      <translation>Laissez les bras suivre la poitrine ; ne les lancez pas.</translation>
    </message>
    <message>
      <source>Keep your shoulders down, away from your ears.</source>
      <translation>Gardez les épaules basses, loin des oreilles.</translation>
    </message>
    <message>
      <source>Letting the weight of the arms carry you further than you meant to turn.</source>
      <translation>Laisser le poids des bras vous entraîner plus loin que prévu.</translation>
    </message>
    <message>
      <source>Letting the arms drop or the shoulders hunch.</source>
      <translation>Laisser les bras tomber ou les épaules remonter.</translation>
    </message>
    <message>
      <source>Keep your arms bent and the turns small and slow, or choose half twists; never swing your arms to turn further.</source>
      <translation>Gardez les bras fléchis et des rotations petites et lentes, ou choisissez les demi-torsions ; ne lancez jamais les bras pour tourner davantage.</translation>
    </message>
    <message>
      <source>McGill curl-up</source>
      <translation>Curl-up de McGill</translation>
    </message>
    <message>
      <source>Trains your stomach muscles to hold the trunk steady as you lift your head and shoulders a little, while your lower back keeps its natural curve.</source>
      <translation>Apprend aux muscles du ventre à stabiliser le tronc pendant que vous soulevez un peu la tête et les épaules, le bas du dos gardant sa courbure naturelle.</translation>
    </message>
    <message>
      <source>Keep the lift small, and stop if you feel sharp pain in your back or neck or pain spreading down a leg.</source>
      <translation>Gardez une petite levée, et arrêtez si vous ressentez une douleur vive dans le dos ou la nuque, ou une douleur qui descend dans une jambe.</translation>
    </message>
    <message>
      <source>Lie on your back with one knee bent and that foot flat, and the other leg straight along the floor.</source>
      <translation>Allongez-vous sur le dos, un genou fléchi et ce pied à plat, l’autre jambe tendue au sol.</translation>
    </message>
    <message>
      <source>Slide your hands, palms down, under the small of your back so it keeps its natural curve.</source>
      <translation>Glissez les mains, paumes vers le bas, sous le creux des reins pour qu’il garde sa courbure naturelle.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, then lift your head and shoulders a little way off the floor as one piece.</source>
      <translation>Contractez doucement le ventre, puis soulevez un peu la tête et les épaules du sol d’un seul bloc.</translation>
    </message>
    <message>
      <source>Hold for about 8 to 10 seconds, breathing steadily, then lower slowly and rest for a breath.</source>
      <translation>Tenez environ 8 à 10 secondes en respirant calmement, puis redescendez lentement et reposez-vous le temps d’une respiration.</translation>
    </message>
    <message>
      <source>Halfway through your reps, straighten the bent leg and bend the other one.</source>
      <translation>À mi-parcours de vos répétitions, tendez la jambe fléchie et fléchissez l’autre.</translation>
    </message>
    <message>
      <source>Keep your neck long, in line with your back; your chin stays where it is.</source>
      <translation>Gardez la nuque longue, dans l’alignement du dos ; le menton ne bouge pas.</translation>
    </message>
    <message>
      <source>Lift only a little: the head and shoulders move together, like one board.</source>
      <translation>Levez-vous juste un peu : la tête et les épaules bougent ensemble, comme une seule planche.</translation>
    </message>
    <message>
      <source>Leave your lower back resting on your hands; don't press it flat.</source>
      <translation>Laissez le bas du dos posé sur vos mains ; ne l’écrasez pas.</translation>
    </message>
    <message>
      <source>Keep breathing in small, easy breaths while you hold.</source>
      <translation>Continuez à respirer par petites respirations faciles pendant le maintien.</translation>
    </message>
    <message>
      <source>Tucking the chin to the chest and curling the neck.</source>
      <translation>Rentrer le menton vers la poitrine et enrouler la nuque.</translation>
    </message>
    <message>
      <source>Curling up high like a sit-up, or flattening the back onto your hands.</source>
      <translation>S’enrouler haut comme pour un relevé de buste, ou écraser le dos sur les mains.</translation>
    </message>
    <message>
      <source>Holding the breath during the hold.</source>
      <translation>Bloquer sa respiration pendant le maintien.</translation>
    </message>
    <message>
      <source>Bending the spine forward loads the front of the spine bones. Keep the lift tiny with your neck long, or do the brace without lifting, and ask a physiotherapist.</source>
      <translation>Pencher la colonne vers l’avant charge l’avant des vertèbres. Gardez une toute petite levée, la nuque longue, ou faites le gainage sans lever, et demandez l’avis d’un kinésithérapeute.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back can make you feel faint and curl-ups strain the stretched belly muscles. Skip it and ask your midwife about core work.</source>
      <translation>Après le premier trimestre, s’allonger sur le dos peut provoquer un malaise, et les curl-ups sollicitent les muscles du ventre déjà étirés par la grossesse. Ne faites pas cet exercice et demandez à votre sage-femme quel travail de la sangle abdominale faire.</translation>
    </message>
    <message>
      <source>Curl-up brace</source>
      <translation>Curl-up gainé</translation>
    </message>
    <message>
      <source>The first step towards the McGill curl-up: in the same position you keep your head resting on the floor and simply tighten your stomach while you breathe steadily.</source>
      <translation>La première étape vers le curl-up de McGill : dans la même position, vous gardez la tête posée au sol et contractez simplement le ventre en respirant calmement.</translation>
    </message>
    <message>
      <source>Brace gently rather than hard, and stop if you feel sharp pain in your back or pain spreading down a leg.</source>
      <translation>Gainez doucement plutôt que fort, et arrêtez si vous ressentez une douleur vive dans le dos ou une douleur qui descend dans une jambe.</translation>
    </message>
    <message>
      <source>Keep your head resting on the floor and gently tighten your stomach, as if bracing for a light poke, without flattening your back.</source>
      <translation>Gardez la tête posée au sol et contractez doucement le ventre, comme pour encaisser une petite pichenette, sans plaquer le dos.</translation>
    </message>
    <message>
      <source>Hold for about 8 seconds, breathing in small, easy breaths, then relax for a breath.</source>
      <translation>Tenez environ 8 secondes par petites respirations faciles, puis relâchez le temps d’une respiration.</translation>
    </message>
    <message>
      <source>Tighten all the way round your waist rather than sucking the belly in.</source>
      <translation>Contractez tout autour de la taille plutôt que de rentrer le ventre.</translation>
    </message>
    <message>
      <source>Your lower back stays resting on your hands; it neither presses down nor lifts.</source>
      <translation>Le bas du dos reste posé sur vos mains ; il n’appuie pas et ne se soulève pas.</translation>
    </message>
    <message>
      <source>Keep breathing while you hold.</source>
      <translation>Continuez à respirer pendant le maintien.</translation>
    </message>
    <message>
      <source>Holding the breath while you tighten.</source>
      <translation>Bloquer sa respiration en contractant.</translation>
    </message>
    <message>
      <source>Pressing the lower back flat onto your hands.</source>
      <translation>Plaquer le bas du dos sur les mains.</translation>
    </message>
    <message>
      <source>Bracing so hard that your neck and shoulders tense up.</source>
      <translation>Gainer si fort que la nuque et les épaules se crispent.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back can make you feel faint. Practise the same gentle brace sitting tall or on hands and knees, and ask your midwife about core work.</source>
      <translation>Après le premier trimestre, s’allonger sur le dos peut provoquer un malaise. Pratiquez le même gainage doux assise bien droite ou à quatre pattes, et demandez à votre sage-femme quel travail de la sangle abdominale faire.</translation>
    </message>
    <message>
      <source>Elbows-up curl-up</source>
      <translation>Curl-up coudes levés</translation>
    </message>
    <message>
      <source>A harder McGill curl-up: you lift your elbows a little off the floor as you curl up and take one slow, deep breath at the top, so your stomach muscles hold the trunk steady with less help.</source>
      <translation>Un curl-up de McGill plus difficile : vous décollez un peu les coudes du sol en vous enroulant et prenez une respiration lente et profonde en haut, pour que les muscles du ventre stabilisent le tronc avec moins d’aide.</translation>
    </message>
    <message>
      <source>Gently tighten your stomach, then lift your head and shoulders a little way as one piece, elbows just clear of the floor.</source>
      <translation>Contractez doucement le ventre, puis soulevez un peu la tête et les épaules d’un seul bloc, les coudes juste décollés du sol.</translation>
    </message>
    <message>
      <source>Hold for about 8 to 10 seconds and take one slow, deep breath while you keep your stomach firm, then lower slowly and rest for a breath.</source>
      <translation>Tenez environ 8 à 10 secondes et prenez une respiration lente et profonde en gardant le ventre ferme, puis redescendez lentement et reposez-vous le temps d’une respiration.</translation>
    </message>
    <message>
      <source>Keep your neck long; your chin stays where it is.</source>
      <translation>Gardez la nuque longue ; le menton ne bouge pas.</translation>
    </message>
    <message>
      <source>Lift the elbows just clear of the floor, no higher.</source>
      <translation>Décollez les coudes juste au-dessus du sol, pas plus haut.</translation>
    </message>
    <message>
      <source>Keep your stomach firm as you breathe in and out.</source>
      <translation>Gardez le ventre ferme à l’inspiration comme à l’expiration.</translation>
    </message>
    <message>
      <source>Curling up higher than in the ordinary curl-up.</source>
      <translation>S’enrouler plus haut que dans le curl-up classique.</translation>
    </message>
    <message>
      <source>Letting the stomach go soft during the deep breath.</source>
      <translation>Relâcher le ventre pendant la respiration profonde.</translation>
    </message>
    <message>
      <source>Bending the spine forward loads the front of the spine bones. Choose the brace without lifting instead, and ask a physiotherapist before harder curl-ups.</source>
      <translation>Pencher la colonne vers l’avant charge l’avant des vertèbres. Choisissez plutôt le gainage sans lever, et demandez l’avis d’un kinésithérapeute avant des curl-ups plus difficiles.</translation>
    </message>
    <message>
      <source>Dead bug</source>
      <translation>Dead bug</translation>
    </message>
    <message>
      <source>Teaches your stomach muscles to keep your lower back steady while you slowly reach out with an opposite arm and leg, lying on your back.</source>
      <translation>Apprend aux muscles du ventre à stabiliser le bas du dos pendant que, allongé sur le dos, vous tendez lentement un bras et la jambe opposée.</translation>
    </message>
    <message>
      <source>Stop if your lower back starts to arch off the floor or you feel sharp pain in your back or hips.</source>
      <translation>Arrêtez si le bas du dos commence à se cambrer et à décoller du sol, ou si vous ressentez une douleur vive dans le dos ou les hanches.</translation>
    </message>
    <message>
      <source>Left side: your left arm reaches back past your head as your right leg straightens.</source>
      <translation>Côté gauche : votre bras gauche part en arrière au-delà de la tête pendant que votre jambe droite se tend.</translation>
    </message>
    <message>
      <source>Right side: your right arm reaches back past your head as your left leg straightens.</source>
      <translation>Côté droit : votre bras droit part en arrière au-delà de la tête pendant que votre jambe gauche se tend.</translation>
    </message>
    <message>
      <source>Lie on your back, arms reaching up to the ceiling, knees bent over your hips and shins level with the floor.</source>
      <translation>Allongez-vous sur le dos, bras tendus vers le plafond, genoux fléchis au-dessus des hanches et tibias parallèles au sol.</translation>
    </message>
    <message>
      <source>Let your lower back rest gently on the floor and tighten your stomach a little.</source>
      <translation>Laissez le bas du dos reposer doucement au sol et contractez un peu le ventre.</translation>
    </message>
    <message>
      <source>Slowly lower one arm back past your head as you straighten the opposite leg, both hovering above the floor.</source>
      <translation>Descendez lentement un bras en arrière au-delà de la tête tout en tendant la jambe opposée, les deux juste au-dessus du sol.</translation>
    </message>
    <message>
      <source>Reach only as far as your lower back stays still, then bring the arm and leg back to the start.</source>
      <translation>N’allez pas plus loin que ce que permet un bas du dos immobile, puis ramenez le bras et la jambe à la position de départ.</translation>
    </message>
    <message>
      <source>Keep your lower back resting gently on the floor, without pressing hard.</source>
      <translation>Gardez le bas du dos posé doucement au sol, sans appuyer fort.</translation>
    </message>
    <message>
      <source>Breathe out as you reach, and move slowly.</source>
      <translation>Expirez en tendant, et bougez lentement.</translation>
    </message>
    <message>
      <source>Keep your ribs down and your head relaxed on the floor.</source>
      <translation>Gardez les côtes basses et la tête relâchée au sol.</translation>
    </message>
    <message>
      <source>Letting the lower back arch up as the leg goes out.</source>
      <translation>Laisser le bas du dos se cambrer quand la jambe se tend.</translation>
    </message>
    <message>
      <source>Swinging the arm and leg quickly.</source>
      <translation>Balancer vite le bras et la jambe.</translation>
    </message>
    <message>
      <source>After the first three months, lying on your back can make you feel faint and this loads the stretched belly muscles. Do the bird dog on hands and knees instead.</source>
      <translation>Après le premier trimestre, s’allonger sur le dos peut provoquer un malaise, et cet exercice sollicite les muscles du ventre déjà étirés par la grossesse. Faites plutôt le bird dog à quatre pattes.</translation>
    </message>
    <message>
      <source>Keep your knees over your hips, never drawn toward your chest, and start with heel taps unless your surgeon or physiotherapist has said more is fine.</source>
      <translation>Gardez les genoux au-dessus des hanches, jamais ramenés vers la poitrine, et commencez par les touchers de talon sauf si votre chirurgien ou votre kinésithérapeute vous a dit que vous pouvez faire plus.</translation>
    </message>
    <message>
      <source>Dead bug heel taps</source>
      <translation>Dead bug avec touchers de talon</translation>
    </message>
    <message>
      <source>An easier dead bug: your arms rest on the floor and you lower one bent leg at a time to tap the heel down, so your stomach muscles keep your lower back steady with a shorter lever.</source>
      <translation>Un dead bug plus facile : les bras restent au sol et vous descendez une jambe fléchie à la fois pour toucher le sol du talon, si bien que les muscles du ventre stabilisent le bas du dos avec un bras de levier plus court.</translation>
    </message>
    <message>
      <source>Stop if your lower back starts to arch off the floor or you feel sharp pain in your back or hips, and lower one foot at a time when you finish.</source>
      <translation>Arrêtez si le bas du dos commence à se cambrer et à décoller du sol, ou si vous ressentez une douleur vive dans le dos ou les hanches, et reposez un pied à la fois à la fin.</translation>
    </message>
    <message>
      <source>Left leg: your left heel taps down while your right leg stays up.</source>
      <translation>Jambe gauche : votre talon gauche touche le sol pendant que votre jambe droite reste levée.</translation>
    </message>
    <message>
      <source>Right leg: your right heel taps down while your left leg stays up.</source>
      <translation>Jambe droite : votre talon droit touche le sol pendant que votre jambe gauche reste levée.</translation>
    </message>
    <message>
      <source>Lie on your back with your arms resting on the floor by your sides.</source>
      <translation>Allongez-vous sur le dos, bras posés au sol le long du corps.</translation>
    </message>
    <message>
      <source>Lift one leg and then the other so your knees are over your hips and your shins are level with the floor.</source>
      <translation>Levez une jambe puis l’autre pour avoir les genoux au-dessus des hanches et les tibias parallèles au sol.</translation>
    </message>
    <message>
      <source>Keeping the knee bent, slowly lower one leg to tap the heel lightly on the floor, then lift it back over your hip.</source>
      <translation>Genou toujours fléchi, descendez lentement une jambe pour toucher légèrement le sol du talon, puis remontez-la au-dessus de la hanche.</translation>
    </message>
    <message>
      <source>Keep the knee bent at the same angle all the way down and up.</source>
      <translation>Gardez le même angle de genou tout au long de la descente et de la montée.</translation>
    </message>
    <message>
      <source>Breathe out as the heel goes down.</source>
      <translation>Expirez quand le talon descend.</translation>
    </message>
    <message>
      <source>Letting the lower back arch up as the heel goes down.</source>
      <translation>Laisser le bas du dos se cambrer quand le talon descend.</translation>
    </message>
    <message>
      <source>Dropping the foot onto the floor instead of tapping it lightly.</source>
      <translation>Laisser tomber le pied au sol au lieu de le toucher légèrement.</translation>
    </message>
    <message>
      <source>Letting the other knee drift towards your chest.</source>
      <translation>Laisser l’autre genou se rapprocher de la poitrine.</translation>
    </message>
    <message>
      <source>Keep your knees over your hips, never drawn toward your chest, and tap only as low as is comfortable, as your surgeon or physiotherapist has advised.</source>
      <translation>Gardez les genoux au-dessus des hanches, jamais ramenés vers la poitrine, et ne descendez le talon qu’aussi bas que c’est confortable, comme votre chirurgien ou votre kinésithérapeute vous l’a conseillé.</translation>
    </message>
    <message>
      <source>Slow dead bug</source>
      <translation>Dead bug lent</translation>
    </message>
    <message>
      <source>A harder dead bug: you take four seconds to reach out, hold for two seconds just above the floor, then return, so your stomach muscles keep your lower back still for longer.</source>
      <translation>Un dead bug plus difficile : vous prenez quatre secondes pour tendre, tenez deux secondes juste au-dessus du sol, puis revenez, pour que les muscles du ventre gardent le bas du dos immobile plus longtemps.</translation>
    </message>
    <message>
      <source>Hold the arm and leg higher if your lower back starts to arch, and stop if you feel sharp pain in your back or hips.</source>
      <translation>Gardez le bras et la jambe plus haut si le bas du dos commence à se cambrer, et arrêtez si vous ressentez une douleur vive dans le dos ou les hanches.</translation>
    </message>
    <message>
      <source>Taking four seconds, lower one arm back past your head as you straighten the opposite leg.</source>
      <translation>En prenant quatre secondes, descendez un bras en arrière au-delà de la tête tout en tendant la jambe opposée.</translation>
    </message>
    <message>
      <source>Hold both just above the floor for two seconds, only as low as your lower back stays still, then bring them back to the start.</source>
      <translation>Tenez-les juste au-dessus du sol pendant deux secondes, seulement aussi bas que le bas du dos reste immobile, puis ramenez-les à la position de départ.</translation>
    </message>
    <message>
      <source>Count steadily: four out, hold for two, then back.</source>
      <translation>Comptez régulièrement : quatre pour tendre, deux de maintien, puis retour.</translation>
    </message>
    <message>
      <source>Keep breathing through the hold.</source>
      <translation>Continuez à respirer pendant le maintien.</translation>
    </message>
    <message>
      <source>Letting the lower back arch up during the hold.</source>
      <translation>Laisser le bas du dos se cambrer pendant le maintien.</translation>
    </message>
    <message>
      <source>Speeding up on the way back.</source>
      <translation>Accélérer au retour.</translation>
    </message>
    <message>
      <source>Keep your knees over your hips, never drawn toward your chest, and only try the slow version once your surgeon or physiotherapist has said straight-leg reaches are fine.</source>
      <translation>Gardez les genoux au-dessus des hanches, jamais ramenés vers la poitrine, et n’essayez la version lente qu’une fois que votre chirurgien ou votre kinésithérapeute vous a dit que les extensions jambe tendue sont sans risque.</translation>
    </message>
    <message>
      <source>Desk stretch break</source>
      <translation>Pause étirements au bureau</translation>
    </message>
    <message>
      <source>A five-minute break you can take at your desk: seated and standing stretches for the back and hips, no floor needed.</source>
      <translation>Une pause de cinq minutes à faire à votre bureau : des étirements assis et debout pour le dos et les hanches, sans passer par le sol.</translation>
    </message>
    <message>
      <source>Daily lower back &amp; hip stretch</source>
      <translation>Étirements quotidiens bas du dos et hanches</translation>
    </message>
    <message>
      <source>About ten minutes of floor stretches to ease the lower back and open up the hips, with pigeon and lizard in their supported versions. Move slowly and keep breathing. Most back pain settles within a few weeks; staying active helps.</source>
      <translation>Une dizaine de minutes d’étirements au sol pour soulager le bas du dos et ouvrir les hanches, avec le pigeon et le lézard dans leurs versions soutenues. Bougez lentement et continuez à respirer. La plupart des douleurs de dos s’apaisent en quelques semaines ; rester actif aide.</translation>
    </message>
    <message>
      <source>Lower back &amp; hip strength</source>
      <translation>Renforcement bas du dos et hanches</translation>
    </message>
    <message>
      <source>A short warm-up, then the six key strength moves for the lower back and hips, done in sets with rests between.</source>
      <translation>Un court échauffement, puis les six exercices de renforcement essentiels pour le bas du dos et les hanches, en séries avec des temps de repos.</translation>
    </message>
    <message>
      <source>Beginner strength</source>
      <translation>Renforcement débutant</translation>
    </message>
    <message>
      <source>Easier versions of the strength moves with shorter holds and fewer sets. A good place to start building a stronger back and hips.</source>
      <translation>Des versions plus faciles des exercices de renforcement, avec des maintiens plus courts et moins de séries. Un bon point de départ pour renforcer le dos et les hanches.</translation>
    </message>
    <message>
      <source>Warm-up</source>
      <translation>Échauffement</translation>
    </message>
    <message>
      <source>Five minutes of easy movement to warm up your hips and back before training, or whenever you feel stiff.</source>
      <translation>Cinq minutes de mouvements faciles pour échauffer les hanches et le dos avant l’entraînement, ou dès que vous vous sentez raide.</translation>
    </message>
    <message>
      <source>Flare-up: gentle movement</source>
      <translation>Crise douloureuse : mouvement doux</translation>
    </message>
    <message>
      <source>For a day when your back is sore: about six minutes of small, easy movement, with no strength holds. Keep moving gently; it can hurt without doing harm, and most back pain settles within a few weeks. Stop and call your emergency number if you have numbness around your genitals or bottom, new bladder or bowel trouble, or weakness in both legs (see Help → Safety notice).</source>
      <translation>Pour un jour où votre dos est douloureux : environ six minutes de petits mouvements faciles, sans maintiens de renforcement. Continuez à bouger doucement ; cela peut faire mal sans être dangereux, et la plupart des douleurs de dos s’apaisent en quelques semaines. Arrêtez et appelez le numéro d’urgence si vous avez un engourdissement autour des parties génitales ou des fesses, des troubles urinaires ou intestinaux nouveaux, ou une faiblesse dans les deux jambes (voir Aide → Consignes de sécurité).</translation>
    </message>
  </context>
  <context>
    <name>chart_base</name>
    <message>
      <source>Chart</source>
      <translation>Graphique</translation>
    </message>
    <message>
      <source>{chart} summary</source>
      <translation>Résumé : {chart}</translation>
    </message>
  </context>
  <context>
    <name>chart_summaries</name>
    <message>
      <source>{name}, left side</source>
      <translation>{name}, côté gauche</translation>
    </message>
    <message>
      <source>{name}, right side</source>
      <translation>{name}, côté droit</translation>
    </message>
    <message numerus="yes">
      <source>%n week(s)</source>
      <translation>
        <numerusform>%n semaine</numerusform>
        <numerusform>%n semaines</numerusform>
      </translation>
    </message>
    <message>
      <source>No weeks to show yet.</source>
      <translation>Aucune semaine à afficher pour l’instant.</translation>
    </message>
    <message>
      <source>Strength goal {goal} a week, met in {strength_met} of {weeks}; stretching goal {stretch_goal} a week, met in {stretch_met} of {weeks}.</source>
      <translation>Objectif de renforcement : {goal} par semaine, atteint {strength_met} fois sur {weeks} ; objectif d’étirement : {stretch_goal} par semaine, atteint {stretch_met} fois sur {weeks}.</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skip day(s)</source>
      <translation>
        <numerusform>%n jour d’absence</numerusform>
        <numerusform>%n jours d’absence</numerusform>
      </translation>
    </message>
    <message>
      <source>Since {date}: no active days yet; {skip_days}.</source>
      <translation>Depuis le {date} : aucun jour d’activité pour l’instant ; {skip_days}.</translation>
    </message>
    <message>
      <source>Since {date}: no active days yet.</source>
      <translation>Depuis le {date} : aucun jour d’activité pour l’instant.</translation>
    </message>
    <message>
      <source>Since {date}: active on {days}, {minutes} in all; active on {recent} of the last 7 days; {skip_days}.</source>
      <translation>Depuis le {date} : activité sur {days}, {minutes} au total ; activité sur {recent} des 7 derniers jours ; {skip_days}.</translation>
    </message>
    <message>
      <source>Since {date}: active on {days}, {minutes} in all; active on {recent} of the last 7 days.</source>
      <translation>Depuis le {date} : activité sur {days}, {minutes} au total ; activité sur {recent} des 7 derniers jours.</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message>
      <source>No habit strength to show yet.</source>
      <translation>Aucune force de l’habitude à afficher pour l’instant.</translation>
    </message>
    <message>
      <source>strength {strength} %, stretching {stretch} %</source>
      <translation>renforcement {strength} %, étirement {stretch} %</translation>
    </message>
    <message>
      <source>strength {strength} %</source>
      <translation>renforcement {strength} %</translation>
    </message>
    <message>
      <source>stretching {stretch} %</source>
      <translation>étirement {stretch} %</translation>
    </message>
    <message>
      <source>Habit strength now: {now}. At the start of the range, {date}: {then}.</source>
      <translation>Force de l’habitude actuelle : {now}. Au début de la période, le {date} : {then}.</translation>
    </message>
    <message>
      <source>{subject}: no holds in these weeks.</source>
      <translation>{subject} : aucun maintien sur ces semaines.</translation>
    </message>
    <message>
      <source>{subject}: best hold {best} s, average {average} s in the week of {date}, from {first} s in the first week shown.</source>
      <translation>{subject} : meilleur maintien {best} s, moyenne {average} s la semaine du {date}, contre {first} s la première semaine affichée.</translation>
    </message>
    <message>
      <source>{subject}: best hold {best} s, average {average} s in the week of {date}.</source>
      <translation>{subject} : meilleur maintien {best} s, moyenne {average} s la semaine du {date}.</translation>
    </message>
    <message>
      <source>{name}: no timed holds yet.</source>
      <translation>{name} : aucun maintien chronométré pour l’instant.</translation>
    </message>
    <message>
      <source>No pain ratings in these weeks.</source>
      <translation>Aucune note de douleur sur ces semaines.</translation>
    </message>
    <message>
      <source>no rating</source>
      <translation>pas de note</translation>
    </message>
    <message>
      <source>This week, average pain out of 10: {values}. Latest rating {latest}.</source>
      <translation>Cette semaine, douleur moyenne sur 10 : {values}. Dernière note : {latest}.</translation>
    </message>
    <message numerus="yes">
      <source>This week: %n session(s).</source>
      <translation>
        <numerusform>Cette semaine : %n séance.</numerusform>
        <numerusform>Cette semaine : %n séances.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Last %n week(s), average pain out of 10, oldest first: {values}. Latest rating {latest}.</source>
      <translation>
        <numerusform>Douleur moyenne sur 10 de la dernière semaine : {values}. Dernière note : {latest}.</numerusform>
        <numerusform>Douleur moyenne sur 10 des %n dernières semaines, de la plus ancienne à la plus récente : {values}. Dernière note : {latest}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Last %n week(s): {counts} sessions, oldest first.</source>
      <translation>
        <numerusform>Séances de la dernière semaine : {counts}.</numerusform>
        <numerusform>Séances des %n dernières semaines, de la plus ancienne à la plus récente : {counts}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>clock_label</name>
    <message>
      <source>Time</source>
      <translation>Temps</translation>
    </message>
  </context>
  <context>
    <name>confirm_stop</name>
    <message>
      <source>Stop the routine?</source>
      <translation>Arrêter la routine ?</translation>
    </message>
    <message>
      <source>Stop the routine now?</source>
      <translation>Arrêter la routine maintenant ?</translation>
    </message>
    <message>
      <source>What you have done so far is kept in your history.</source>
      <translation>Ce que vous avez fait jusqu’ici est conservé dans votre historique.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <source>Keep going</source>
      <translation>Continuer</translation>
    </message>
  </context>
  <context>
    <name>counting</name>
    <message>
      <source>sessions count toward Progress once at least half is done</source>
      <translation>les séances comptent dans Progrès dès que la moitié au moins est faite</translation>
    </message>
  </context>
  <context>
    <name>custom_exercise</name>
    <message>
      <source>Move slowly and keep breathing.</source>
      <translation>Bougez lentement et continuez à respirer.</translation>
    </message>
    <message>
      <source>Pushing on into pain.</source>
      <translation>Continuer malgré la douleur.</translation>
    </message>
    <message>
      <source>Stop if it hurts, and ask a health professional if pain keeps coming back.</source>
      <translation>Arrêtez si cela fait mal, et demandez l’avis d’un professionnel de santé si la douleur revient sans cesse.</translation>
    </message>
    <message>
      <source>Easier</source>
      <translation>Plus facile</translation>
    </message>
    <message>
      <source>Do less: a smaller range, a shorter hold or fewer reps.</source>
      <translation>Faites-en moins : une amplitude plus petite, un maintien plus court ou moins de répétitions.</translation>
    </message>
    <message>
      <source>Harder</source>
      <translation>Plus difficile</translation>
    </message>
    <message>
      <source>Do more: a bigger range, a longer hold or more reps.</source>
      <translation>Faites-en plus : une amplitude plus grande, un maintien plus long ou plus de répétitions.</translation>
    </message>
    <message>
      <source>Give the exercise a name.</source>
      <translation>Donnez un nom à l’exercice.</translation>
    </message>
    <message numerus="yes">
      <source>Use at most %n character(s) for the name.</source>
      <translation>
        <numerusform>Le nom ne peut pas dépasser %n caractère.</numerusform>
        <numerusform>Le nom ne peut pas dépasser %n caractères.</numerusform>
      </translation>
    </message>
    <message>
      <source>An exercise called “{name}” already exists.</source>
      <translation>Un exercice nommé « {name} » existe déjà.</translation>
    </message>
    <message>
      <source>Write at least one line on how to do it.</source>
      <translation>Écrivez au moins une ligne sur la façon de le faire.</translation>
    </message>
    <message>
      <source>Tick at least one position (floor, chair or standing).</source>
      <translation>Cochez au moins une position (au sol, sur chaise ou debout).</translation>
    </message>
    <message>
      <source>Repetitions must be at least 1.</source>
      <translation>Le nombre de répétitions doit être d’au moins 1.</translation>
    </message>
    <message>
      <source>A hold must last at least 1 second.</source>
      <translation>Un maintien doit durer au moins 1 seconde.</translation>
    </message>
  </context>
  <context>
    <name>custom_exercise_actions</name>
    <message>
      <source>Exercise not saved</source>
      <translation>Exercice non enregistré</translation>
    </message>
    <message>
      <source>Exercise in use</source>
      <translation>Exercice utilisé</translation>
    </message>
    <message>
      <source>“{name}” is a step of this routine. Remove that step first.</source>
      <translation>« {name} » est une étape de cette routine. Retirez d’abord cette étape.</translation>
    </message>
    <message>
      <source>Your own exercise and its picture.</source>
      <translation>Votre propre exercice et son image.</translation>
    </message>
    <message>
      <source>Exercise not deleted</source>
      <translation>Exercice non supprimé</translation>
    </message>
  </context>
  <context>
    <name>custom_exercise_dialog</name>
    <message>
      <source>a name</source>
      <translation>un nom</translation>
    </message>
    <message>
      <source>how to do it</source>
      <translation>la façon de le faire</translation>
    </message>
    <message>
      <source>a position</source>
      <translation>une position</translation>
    </message>
    <message>
      <source>a dose of at least 1</source>
      <translation>une dose d’au moins 1</translation>
    </message>
    <message>
      <source>Position: floor</source>
      <translation>Position : au sol</translation>
    </message>
    <message>
      <source>Can be done on the floor</source>
      <translation>Peut se faire au sol</translation>
    </message>
    <message>
      <source>Position: chair</source>
      <translation>Position : sur chaise</translation>
    </message>
    <message>
      <source>Can be done in a chair</source>
      <translation>Peut se faire sur une chaise</translation>
    </message>
    <message>
      <source>Position: standing</source>
      <translation>Position : debout</translation>
    </message>
    <message>
      <source>Can be done standing up</source>
      <translation>Peut se faire debout</translation>
    </message>
    <message>
      <source>Pictures ({patterns})</source>
      <translation>Images ({patterns})</translation>
    </message>
    <message>
      <source>No picture</source>
      <translation>Aucune image</translation>
    </message>
    <message>
      <source>Choose a picture</source>
      <translation>Choisir une image</translation>
    </message>
    <message>
      <source>Change your exercise</source>
      <translation>Modifier votre exercice</translation>
    </message>
    <message>
      <source>New exercise</source>
      <translation>Nouvel exercice</translation>
    </message>
    <message>
      <source>Exercise name</source>
      <translation>Nom de l’exercice</translation>
    </message>
    <message>
      <source>A short name, shown in routines and the player</source>
      <translation>Un nom court, affiché dans les routines et le lecteur</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Strength, stretch or warm-up</source>
      <translation>Renforcement, étirement ou échauffement</translation>
    </message>
    <message>
      <source>One instruction per line</source>
      <translation>Une consigne par ligne</translation>
    </message>
    <message>
      <source>Instructions</source>
      <translation>Instructions</translation>
    </message>
    <message>
      <source>How to do it, one step per line</source>
      <translation>Comment le faire, une étape par ligne</translation>
    </message>
    <message>
      <source>Done on each side</source>
      <translation>Se fait de chaque côté</translation>
    </message>
    <message>
      <source>Per side</source>
      <translation>Par côté</translation>
    </message>
    <message>
      <source>Left, then right</source>
      <translation>Gauche, puis droite</translation>
    </message>
    <message>
      <source>Usual mode</source>
      <translation>Mode habituel</translation>
    </message>
    <message>
      <source>Timed hold, repetitions, or a hold you end yourself</source>
      <translation>Maintien chronométré, répétitions, ou maintien que vous terminez vous-même</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>Usual duration</source>
      <translation>Durée habituelle</translation>
    </message>
    <message>
      <source>How long one hold usually lasts</source>
      <translation>Durée habituelle d’un maintien</translation>
    </message>
    <message>
      <source> reps</source>
      <translation> rép.</translation>
    </message>
    <message>
      <source>Usual repetitions</source>
      <translation>Répétitions habituelles</translation>
    </message>
    <message>
      <source>Repetitions in one set</source>
      <translation>Répétitions par série</translation>
    </message>
    <message>
      <source>C&amp;hoose picture…</source>
      <translation>C&amp;hoisir une image…</translation>
    </message>
    <message>
      <source>Choose picture</source>
      <translation>Choisir une image</translation>
    </message>
    <message>
      <source>A PNG, JPEG, GIF or SVG of at most 2 MB</source>
      <translation>Un fichier PNG, JPEG, GIF ou SVG de 2 Mo au maximum</translation>
    </message>
    <message>
      <source>No pict&amp;ure</source>
      <translation>&amp;Aucune image</translation>
    </message>
    <message>
      <source>Remove picture</source>
      <translation>Retirer l’image</translation>
    </message>
    <message>
      <source>Show no picture for this exercise</source>
      <translation>N’afficher aucune image pour cet exercice</translation>
    </message>
    <message>
      <source>Usual &amp;dose:</source>
      <translation>&amp;Dose habituelle :</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <source>&amp;Instructions:</source>
      <translation>&amp;Instructions :</translation>
    </message>
    <message>
      <source>Positions:</source>
      <translation>Positions :</translation>
    </message>
    <message>
      <source>Picture:</source>
      <translation>Image :</translation>
    </message>
    <message>
      <source>another name</source>
      <translation>un autre nom</translation>
    </message>
    <message>
      <source>To save, still needed: {items}</source>
      <translation>Pour enregistrer, il manque encore : {items}</translation>
    </message>
    <message>
      <source>Save the exercise</source>
      <translation>Enregistrer l’exercice</translation>
    </message>
  </context>
  <context>
    <name>data_folder_controller</name>
    <message>
      <source>No computer has written here yet.</source>
      <translation>Aucun ordinateur n’a encore écrit ici.</translation>
    </message>
    <message>
      <source>The list of computers could not be read: {error}</source>
      <translation>Impossible de lire la liste des ordinateurs : {error}</translation>
    </message>
    <message>
      <source>{folder} is already the data folder in use. Nothing was changed.</source>
      <translation>{folder} est déjà le dossier de données utilisé. Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>{folder} is already the data folder chosen for the next start. Nothing was changed.</source>
      <translation>{folder} est déjà le dossier de données choisi pour le prochain démarrage. Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>{folder} could not be used: {reason}.</source>
      <translation>Impossible d’utiliser {folder} : {reason}.</translation>
    </message>
    <message>
      <source>{error} Nothing was changed.</source>
      <translation>{error} Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>Back to {folder}, the folder in use: no restart needed.</source>
      <translation>Retour à {folder}, le dossier utilisé : pas besoin de redémarrer.</translation>
    </message>
    <message>
      <source>This computer's data was copied to {folder}. LBH Desktop uses that folder once it restarts.</source>
      <translation>Les données de cet ordinateur ont été copiées dans {folder}. LBH Desktop utilisera ce dossier après son redémarrage.</translation>
    </message>
  </context>
  <context>
    <name>data_folder_tab</name>
    <message>
      <source>To share your history and routines between computers, choose a folder inside one that Syncthing, Nextcloud or Dropbox keeps in sync, and choose the same folder on each computer. Each computer writes only its own files there, so none overwrites another's; the conflict copies those tools sometimes make are read and merged. The computers may run LBH Desktop at the same time. Settings such as sounds and breaks stay separate on each computer.</source>
      <translation>Pour partager votre historique et vos routines entre plusieurs ordinateurs, choisissez un dossier situé dans un dossier que Syncthing, Nextcloud ou Dropbox synchronise, et choisissez le même dossier sur chaque ordinateur. Chaque ordinateur n’y écrit que ses propres fichiers, si bien qu’aucun n’écrase ceux d’un autre ; les copies de conflit que ces outils créent parfois sont lues et fusionnées. Les ordinateurs peuvent utiliser LBH Desktop en même temps. Les paramètres comme les sons et les pauses restent propres à chaque ordinateur.</translation>
    </message>
    <message>
      <source>Choosing a folder copies this computer's data there at once (OK and Cancel do not undo it); LBH Desktop uses the new folder after a restart.</source>
      <translation>Choisir un dossier y copie immédiatement les données de cet ordinateur (OK et Annuler ne l’annulent pas) ; LBH Desktop utilise le nouveau dossier après un redémarrage.</translation>
    </message>
    <message>
      <source>&amp;Copy the whole path</source>
      <translation>&amp;Copier le chemin complet</translation>
    </message>
    <message>
      <source>Data folder in use</source>
      <translation>Dossier de données utilisé</translation>
    </message>
    <message>
      <source>Folder &amp;in use:</source>
      <translation>Dossier u&amp;tilisé :</translation>
    </message>
    <message>
      <source>&amp;Choose folder…</source>
      <translation>C&amp;hoisir un dossier…</translation>
    </message>
    <message>
      <source>Choose folder</source>
      <translation>Choisir un dossier</translation>
    </message>
    <message>
      <source>Use another folder, such as one inside a synced folder</source>
      <translation>Utiliser un autre dossier, par exemple dans un dossier synchronisé</translation>
    </message>
    <message>
      <source>&amp;Use the default folder</source>
      <translation>Utiliser le dossier par dé&amp;faut</translation>
    </message>
    <message>
      <source>Use the default folder</source>
      <translation>Utiliser le dossier par défaut</translation>
    </message>
    <message>
      <source>Go back to the app's own folder</source>
      <translation>Revenir au dossier propre à l’application</translation>
    </message>
    <message>
      <source>Data folder message</source>
      <translation>Message sur le dossier de données</translation>
    </message>
    <message>
      <source>Restart &amp;now</source>
      <translation>Redémarrer &amp;maintenant</translation>
    </message>
    <message>
      <source>Restart now</source>
      <translation>Redémarrer maintenant</translation>
    </message>
    <message>
      <source>Close LBH Desktop and start it again with the new folder</source>
      <translation>Fermer LBH Desktop et le relancer avec le nouveau dossier</translation>
    </message>
    <message>
      <source>Computers that use this folder</source>
      <translation>Ordinateurs qui utilisent ce dossier</translation>
    </message>
    <message>
      <source>Each computer that has written to this folder, and when it last did</source>
      <translation>Chaque ordinateur qui a écrit dans ce dossier, et la date de sa dernière écriture</translation>
    </message>
    <message>
      <source>Co&amp;mputers that use this folder:</source>
      <translation>&amp;Ordinateurs qui utilisent ce dossier :</translation>
    </message>
    <message>
      <source>Choose the data folder</source>
      <translation>Choisir le dossier de données</translation>
    </message>
  </context>
  <context>
    <name>devices</name>
    <message>
      <source>{name} (this computer)</source>
      <translation>{name} (cet ordinateur)</translation>
    </message>
    <message>
      <source>nothing written yet</source>
      <translation>rien d’écrit pour l’instant</translation>
    </message>
    <message>
      <source>last change today {time}</source>
      <translation>dernière modification aujourd’hui à {time}</translation>
    </message>
    <message>
      <source>last change yesterday {time}</source>
      <translation>dernière modification hier à {time}</translation>
    </message>
    <message>
      <source>last change {date}</source>
      <translation>dernière modification le {date}</translation>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n séance</numerusform>
        <numerusform>%n séances</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>do_not_disturb</name>
    <message>
      <source>do not disturb is on</source>
      <translation>le mode Ne pas déranger est activé</translation>
    </message>
    <message>
      <source>a full-screen window</source>
      <translation>une fenêtre en plein écran</translation>
    </message>
    <message>
      <source>the notification server's do not disturb</source>
      <translation>le mode Ne pas déranger du serveur de notifications</translation>
    </message>
    <message>
      <source>dunst's pause (dunstctl set-paused)</source>
      <translation>la pause de dunst (dunstctl set-paused)</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation>{first} ou {second}</translation>
    </message>
    <message>
      <source>full-screen windows ({error})</source>
      <translation>fenêtres plein écran ({error})</translation>
    </message>
    <message>
      <source>full-screen windows (X11)</source>
      <translation>fenêtres plein écran (X11)</translation>
    </message>
    <message>
      <source>do not disturb (Qt D-Bus support is missing: {error})</source>
      <translation>mode Ne pas déranger (la prise en charge de D-Bus par Qt est absente : {error})</translation>
    </message>
    <message>
      <source>do not disturb (no D-Bus session bus)</source>
      <translation>mode Ne pas déranger (pas de bus de session D-Bus)</translation>
    </message>
    <message>
      <source>do not disturb ({flags})</source>
      <translation>mode Ne pas déranger ({flags})</translation>
    </message>
    <message>
      <source>nothing on this desktop</source>
      <translation>rien dans cet environnement de bureau</translation>
    </message>
    <message>
      <source>Follows {followed}.</source>
      <translation>Tient compte de : {followed}.</translation>
    </message>
    <message>
      <source>Follows {followed}. Not available: {missing}.</source>
      <translation>Tient compte de : {followed}. Non disponible : {missing}.</translation>
    </message>
  </context>
  <context>
    <name>editor_controller</name>
    <message>
      <source>Change mode</source>
      <translation>Modifier le mode</translation>
    </message>
    <message>
      <source>Change seconds</source>
      <translation>Modifier la durée</translation>
    </message>
    <message>
      <source>Change reps</source>
      <translation>Modifier les répétitions</translation>
    </message>
    <message>
      <source>Change sets</source>
      <translation>Modifier les séries</translation>
    </message>
    <message>
      <source>Change rest between sets</source>
      <translation>Modifier le repos entre les séries</translation>
    </message>
    <message>
      <source>Change rest after</source>
      <translation>Modifier le repos après</translation>
    </message>
    <message>
      <source>Change per side</source>
      <translation>Modifier « de chaque côté »</translation>
    </message>
    <message>
      <source>Change variation</source>
      <translation>Modifier la version</translation>
    </message>
    <message>
      <source>Change name</source>
      <translation>Modifier le nom</translation>
    </message>
    <message>
      <source>Change kind</source>
      <translation>Modifier le type</translation>
    </message>
    <message>
      <source>Change level</source>
      <translation>Modifier le niveau</translation>
    </message>
    <message>
      <source>Change description</source>
      <translation>Modifier la description</translation>
    </message>
    <message>
      <source>New routine</source>
      <translation>Nouvelle routine</translation>
    </message>
    <message>
      <source>Edit routine</source>
      <translation>Modifier la routine</translation>
    </message>
    <message>
      <source>Can't save yet</source>
      <translation>Enregistrement impossible pour l’instant</translation>
    </message>
    <message>
      <source>Fix the marked problems first.</source>
      <translation>Corrigez d’abord les problèmes signalés.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Non enregistrée</translation>
    </message>
    <message>
      <source>Add {name}</source>
      <translation>Ajouter {name}</translation>
    </message>
    <message>
      <source>Use {name}</source>
      <translation>Utiliser {name}</translation>
    </message>
    <message>
      <source>Remove step</source>
      <translation>Retirer l’étape</translation>
    </message>
    <message>
      <source>Move step</source>
      <translation>Déplacer l’étape</translation>
    </message>
  </context>
  <context>
    <name>editor_dialogs</name>
    <message>
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <source>Save the changes to “{name}”?</source>
      <translation>Enregistrer les modifications de « {name} » ?</translation>
    </message>
    <message>
      <source>If you don't save, your changes are lost.</source>
      <translation>Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Discard changes</source>
      <translation>Abandonner les modifications</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>Continuer à modifier</translation>
    </message>
    <message>
      <source>Delete “{name}”?</source>
      <translation>Supprimer « {name} » ?</translation>
    </message>
    <message>
      <source>Delete?</source>
      <translation>Supprimer ?</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Conserver</translation>
    </message>
  </context>
  <context>
    <name>editor_picker</name>
    <message>
      <source>your own</source>
      <translation>créé par vous</translation>
    </message>
    <message>
      <source>a version of {name}</source>
      <translation>version de {name}</translation>
    </message>
  </context>
  <context>
    <name>editor_validation</name>
    <message>
      <source>Add at least one step.</source>
      <translation>Ajoutez au moins une étape.</translation>
    </message>
    <message>
      <source>Unknown move “{id}”: pick another one.</source>
      <translation>Exercice inconnu « {id} » : choisissez-en un autre.</translation>
    </message>
    <message>
      <source>Do at least 1 repetition.</source>
      <translation>Faites au moins 1 répétition.</translation>
    </message>
    <message>
      <source>A hold must last at least 1 second.</source>
      <translation>Un maintien doit durer au moins 1 seconde.</translation>
    </message>
    <message>
      <source>A hold of {time} is unusually long.</source>
      <translation>Un maintien de {time} est inhabituellement long.</translation>
    </message>
    <message>
      <source>Do at least 1 set.</source>
      <translation>Faites au moins 1 série.</translation>
    </message>
    <message>
      <source>A rest can't be negative.</source>
      <translation>Un repos ne peut pas être négatif.</translation>
    </message>
    <message>
      <source>A rest of {time} is unusually long.</source>
      <translation>Un repos de {time} est inhabituellement long.</translation>
    </message>
    <message>
      <source>Fix the marked problems to save.</source>
      <translation>Corrigez les problèmes signalés pour enregistrer.</translation>
    </message>
    <message>
      <source>Unsaved changes.</source>
      <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
      <source>No changes yet.</source>
      <translation>Aucune modification pour l’instant.</translation>
    </message>
    <message>
      <source>Give the routine a name.</source>
      <translation>Donnez un nom à la routine.</translation>
    </message>
    <message numerus="yes">
      <source>Use at most %n character(s) for the name.</source>
      <translation>
        <numerusform>Le nom ne peut pas dépasser %n caractère.</numerusform>
        <numerusform>Le nom ne peut pas dépasser %n caractères.</numerusform>
      </translation>
    </message>
    <message>
      <source>A routine called “{name}” already exists.</source>
      <translation>Une routine nommée « {name} » existe déjà.</translation>
    </message>
    <message>
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message numerus="yes">
      <source>%n set(s) is more than usual (most moves use 1–3).</source>
      <translation>
        <numerusform>%n série, c’est plus que d’habitude (la plupart des exercices en comptent de 1 à 3).</numerusform>
        <numerusform>%n séries, c’est plus que d’habitude (la plupart des exercices en comptent de 1 à 3).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n repetition(s) is a lot; is that right?</source>
      <translation>
        <numerusform>%n répétition, c’est beaucoup ; est-ce bien le bon nombre ?</numerusform>
        <numerusform>%n répétitions, c’est beaucoup ; est-ce bien le bon nombre ?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>editor_view</name>
    <message>
      <source>Routine name</source>
      <translation>Nom de la routine</translation>
    </message>
    <message>
      <source>The routine's name, as the library shows it</source>
      <translation>Le nom de la routine, tel que la bibliothèque l’affiche</translation>
    </message>
    <message>
      <source>Routine kind</source>
      <translation>Type de routine</translation>
    </message>
    <message>
      <source>Strength, stretch, warm-up or desk break</source>
      <translation>Renforcement, étirement, échauffement ou pause au bureau</translation>
    </message>
    <message>
      <source>Routine level</source>
      <translation>Niveau de la routine</translation>
    </message>
    <message>
      <source>Who the routine is for</source>
      <translation>À qui s’adresse la routine</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>A line about the routine (optional)</source>
      <translation>Une phrase sur la routine (facultatif)</translation>
    </message>
    <message>
      <source>Total duration</source>
      <translation>Durée totale</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Étapes</translation>
    </message>
    <message>
      <source>Drag to reorder, or Alt+Up / Alt+Down; Delete removes</source>
      <translation>Faites glisser pour réordonner, ou Alt+Up / Alt+Down ; Delete retire l’étape</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Retirer</translation>
    </message>
    <message>
      <source>Remove the selected step (Delete)</source>
      <translation>Retirer l’étape sélectionnée (Delete)</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <source>Move the selected step up (Alt+Up)</source>
      <translation>Monter l’étape sélectionnée (Alt+Up)</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <source>Move the selected step down (Alt+Down)</source>
      <translation>Descendre l’étape sélectionnée (Alt+Down)</translation>
    </message>
    <message>
      <source>Add &amp;moves…</source>
      <translation>Ajouter des e&amp;xercices…</translation>
    </message>
    <message>
      <source>Find moves to add (Ctrl+F)</source>
      <translation>Chercher des exercices à ajouter (Ctrl+F)</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Add moves</source>
      <translation>Ajouter des exercices</translation>
    </message>
    <message>
      <source>Step details and moves</source>
      <translation>Détails de l’étape et exercices</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Undo the last change (Ctrl+Z)</source>
      <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <source>Redo what was undone (Ctrl+Shift+Z)</source>
      <translation>Rétablir ce qui a été annulé (Ctrl+Shift+Z)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Back to the routines; asks about unsaved changes</source>
      <translation>Retour aux routines ; propose d’abord d’enregistrer les modifications</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>Save the routine and go back to the routines (Ctrl+S)</source>
      <translation>Enregistrer la routine et revenir aux routines (Ctrl+S)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>N&amp;iveau :</translation>
    </message>
    <message>
      <source>Description:</source>
      <translation>Description :</translation>
    </message>
    <message>
      <source>S&amp;teps:</source>
      <translation>Étape&amp;s :</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Move step up</source>
      <translation>Monter l’étape</translation>
    </message>
    <message>
      <source>Move step down</source>
      <translation>Descendre l’étape</translation>
    </message>
    <message>
      <source>Find moves</source>
      <translation>Chercher des exercices</translation>
    </message>
    <message>
      <source>Change move</source>
      <translation>Changer d’exercice</translation>
    </message>
    <message>
      <source>Remove step</source>
      <translation>Retirer l’étape</translation>
    </message>
  </context>
  <context>
    <name>editor_wiring</name>
    <message>
      <source>Read-only routine</source>
      <translation>Routine en lecture seule</translation>
    </message>
    <message>
      <source>Built-in routines can't be changed. Duplicate it (Ctrl+D) and change the copy.</source>
      <translation>Les routines intégrées ne peuvent pas être modifiées. Dupliquez-la (Ctrl+D) et modifiez la copie.</translation>
    </message>
    <message>
      <source>Not duplicated</source>
      <translation>Non dupliquée</translation>
    </message>
    <message>
      <source>“Restore built-ins” brings it back.</source>
      <translation>« Rétablir les routines intégrées » la fait revenir.</translation>
    </message>
    <message>
      <source>This can't be undone. Sessions you did with it stay in your history.</source>
      <translation>Cette action est irréversible. Les séances faites avec cette routine restent dans votre historique.</translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>Non supprimée</translation>
    </message>
    <message>
      <source>Not restored</source>
      <translation>Non rétablies</translation>
    </message>
    <message>
      <source>Restored: {names}. Your own routines were not changed.</source>
      <translation>Rétablies : {names}. Vos propres routines n’ont pas été modifiées.</translation>
    </message>
    <message>
      <source>All built-in routines are already there, unchanged.</source>
      <translation>Toutes les routines intégrées sont déjà là, sans modification.</translation>
    </message>
    <message>
      <source>Restore built-ins</source>
      <translation>Rétablir les routines intégrées</translation>
    </message>
  </context>
  <context>
    <name>empty_library</name>
    <message>
      <source>Show the routines of every kind</source>
      <translation>Afficher les routines de tous les types</translation>
    </message>
    <message>
      <source>Open the editor on a new routine (Ctrl+N)</source>
      <translation>Ouvrir l’éditeur sur une nouvelle routine (Ctrl+N)</translation>
    </message>
  </context>
  <context>
    <name>exercise_picker</name>
    <message>
      <source>Search moves</source>
      <translation>Chercher des exercices</translation>
    </message>
    <message>
      <source>Words from a move's name, description or muscles (Ctrl+F)</source>
      <translation>Mots du nom, de la description ou des muscles d’un exercice (Ctrl+F)</translation>
    </message>
    <message>
      <source>Filter by kind</source>
      <translation>Filtrer par type</translation>
    </message>
    <message>
      <source>Only strength, stretch or warm-up moves</source>
      <translation>Seulement les exercices de renforcement, d’étirement ou d’échauffement</translation>
    </message>
    <message>
      <source>Any kind</source>
      <translation>Tous les types</translation>
    </message>
    <message>
      <source>Filter by position</source>
      <translation>Filtrer par position</translation>
    </message>
    <message>
      <source>Only moves done in this position</source>
      <translation>Seulement les exercices faits dans cette position</translation>
    </message>
    <message>
      <source>Any position</source>
      <translation>Toutes les positions</translation>
    </message>
    <message>
      <source>Filter by muscles</source>
      <translation>Filtrer par muscles</translation>
    </message>
    <message>
      <source>Only moves that work these muscles</source>
      <translation>Seulement les exercices qui font travailler ces muscles</translation>
    </message>
    <message>
      <source>Any muscles</source>
      <translation>Tous les muscles</translation>
    </message>
    <message>
      <source>Filter by equipment</source>
      <translation>Filtrer par matériel</translation>
    </message>
    <message>
      <source>Only moves that use this</source>
      <translation>Seulement les exercices qui utilisent ce matériel</translation>
    </message>
    <message>
      <source>Any equipment</source>
      <translation>Tout le matériel</translation>
    </message>
    <message>
      <source>Moves</source>
      <translation>Exercices</translation>
    </message>
    <message>
      <source>Moves that match the filters; Enter adds the chosen one</source>
      <translation>Les exercices qui correspondent aux filtres ; Enter ajoute celui choisi</translation>
    </message>
    <message>
      <source>&amp;Add step</source>
      <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
      <source>Add the chosen move after the selected step (Enter)</source>
      <translation>Ajouter l’exercice choisi après l’étape sélectionnée (Enter)</translation>
    </message>
    <message>
      <source>&amp;Use in step</source>
      <translation>&amp;Utiliser dans l’étape</translation>
    </message>
    <message>
      <source>Use the chosen move in the selected step</source>
      <translation>Utiliser l’exercice choisi dans l’étape sélectionnée</translation>
    </message>
    <message>
      <source>Ne&amp;w exercise…</source>
      <translation>Nou&amp;vel exercice…</translation>
    </message>
    <message>
      <source>Make your own exercise</source>
      <translation>Créer votre propre exercice</translation>
    </message>
    <message>
      <source>Chan&amp;ge exercise…</source>
      <translation>&amp;Modifier l’exercice…</translation>
    </message>
    <message>
      <source>Change one of your own exercises</source>
      <translation>Modifier un de vos propres exercices</translation>
    </message>
    <message>
      <source>Delete e&amp;xercise</source>
      <translation>Su&amp;pprimer l’exercice</translation>
    </message>
    <message>
      <source>Delete one of your own exercises</source>
      <translation>Supprimer un de vos propres exercices</translation>
    </message>
    <message>
      <source>Fin&amp;d:</source>
      <translation>&amp;Chercher :</translation>
    </message>
    <message>
      <source>No equipment</source>
      <translation>Sans matériel</translation>
    </message>
    <message>
      <source>No move matches.</source>
      <translation>Aucun exercice ne correspond.</translation>
    </message>
    <message numerus="yes">
      <source>%n move(s)</source>
      <translation>
        <numerusform>%n exercice</numerusform>
        <numerusform>%n exercices</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>file_loading</name>
    <message>
      <source>{file} was restored from the backup of {date}.</source>
      <translation>{file} a été restauré à partir de la sauvegarde du {date}.</translation>
    </message>
    <message>
      <source>A file another computer wrote could not be used and was skipped: {path} ({reason}). That computer will write it again.</source>
      <translation>Un fichier écrit par un autre ordinateur était inutilisable et a été ignoré : {path} ({reason}). Cet ordinateur l’écrira de nouveau.</translation>
    </message>
    <message>
      <source>Your file {path} could not be used ({reason}) or moved aside ({error}).</source>
      <translation>Votre fichier {path} n’a pas pu être utilisé ({reason}) ni mis de côté ({error}).</translation>
    </message>
    <message>
      <source>Your history file could not be used: {file} ({reason}). It was moved to {path} so nothing is lost; the rest of your history is shown.</source>
      <translation>Votre fichier d’historique n’a pas pu être utilisé : {file} ({reason}). Il a été déplacé vers {path} pour que rien ne soit perdu ; le reste de votre historique est affiché.</translation>
    </message>
  </context>
  <context>
    <name>folder_move</name>
    <message>
      <source>{folder} can't be used as the data folder: {problem}.</source>
      <translation>{folder} ne peut pas servir de dossier de données : {problem}.</translation>
    </message>
    <message>
      <source>Your data could not be copied to {folder}: {error}.</source>
      <translation>Vos données n’ont pas pu être copiées dans {folder} : {error}.</translation>
    </message>
    <message>
      <source>it does not exist</source>
      <translation>il n’existe pas</translation>
    </message>
    <message>
      <source>it is a file, not a folder</source>
      <translation>c’est un fichier, pas un dossier</translation>
    </message>
    <message>
      <source>LBH Desktop is not allowed to write there</source>
      <translation>LBH Desktop n’a pas le droit d’y écrire</translation>
    </message>
  </context>
  <context>
    <name>folder_state</name>
    <message>
      <source>The history of {computer} was written by a newer LBH Desktop and is not shown. Install the newer version here too to see it.</source>
      <translation>L’historique de {computer} a été écrit par une version plus récente de LBH Desktop et n’est pas affiché. Installez aussi la version plus récente ici pour le voir.</translation>
    </message>
  </context>
  <context>
    <name>history_store</name>
    <message>
      <source>A session in {path} could not be read and is left out ({error}); the file keeps it.</source>
      <translation>Une séance de {path} n’a pas pu être lue et n’est pas prise en compte ({error}) ; elle reste dans le fichier.</translation>
    </message>
  </context>
  <context>
    <name>hold_chart</name>
    <message>
      <source>best {best} s, average {average} s</source>
      <translation>meilleur {best} s, moyenne {average} s</translation>
    </message>
    <message>
      <source>left best {best} s, average {average} s</source>
      <translation>à gauche, meilleur {best} s, moyenne {average} s</translation>
    </message>
    <message>
      <source>right best {best} s, average {average} s</source>
      <translation>à droite, meilleur {best} s, moyenne {average} s</translation>
    </message>
    <message>
      <source>Best</source>
      <translation>Meilleur</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <source>Left best</source>
      <translation>Meilleur à gauche</translation>
    </message>
    <message>
      <source>Left average</source>
      <translation>Moyenne à gauche</translation>
    </message>
    <message>
      <source>Right best</source>
      <translation>Meilleur à droite</translation>
    </message>
    <message>
      <source>Right average</source>
      <translation>Moyenne à droite</translation>
    </message>
    <message>
      <source>{week}: {holds}</source>
      <translation>{week} : {holds}</translation>
    </message>
    <message>
      <source>Your timed holds: the longest and the average hold each week.</source>
      <translation>Vos maintiens chronométrés : le plus long et la moyenne de chaque semaine.</translation>
    </message>
    <message>
      <source>Exercise</source>
      <translation>Exercice</translation>
    </message>
    <message>
      <source>The timed hold to chart</source>
      <translation>Le maintien chronométré à afficher</translation>
    </message>
    <message>
      <source>&amp;Exercise:</source>
      <translation>&amp;Exercice :</translation>
    </message>
    <message>
      <source>Seconds</source>
      <translation>Secondes</translation>
    </message>
    <message>
      <source>Holds chart</source>
      <translation>Graphique des maintiens</translation>
    </message>
    <message>
      <source>No timed holds yet. Planks and stretches you hold on a timer show up here.</source>
      <translation>Aucun maintien chronométré pour l’instant. Les planches et les étirements que vous tenez avec le minuteur apparaissent ici.</translation>
    </message>
    <message>
      <source>No holds of {exercise} in these weeks. Try a longer range.</source>
      <translation>Aucun maintien de {exercise} sur ces semaines. Essayez d’afficher plus de semaines.</translation>
    </message>
    <message>
      <source>{week}: no holds</source>
      <translation>{week} : aucun maintien</translation>
    </message>
  </context>
  <context>
    <name>hold_progress</name>
    <message>
      <source>Right side holds {percent} % shorter than left</source>
      <translation>Maintiens du côté droit {percent} % plus courts qu’à gauche</translation>
    </message>
    <message>
      <source>Left side holds {percent} % shorter than right</source>
      <translation>Maintiens du côté gauche {percent} % plus courts qu’à droite</translation>
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
      <translation>Pas de détection d’inactivité : {reason} — les pauses se basent sur le temps écoulé.</translation>
    </message>
    <message>
      <source>Idle time from {source}.</source>
      <translation>Temps d’inactivité fourni par {source}.</translation>
    </message>
  </context>
  <context>
    <name>import_dialogs</name>
    <message numerus="yes">
      <source>…and %n more problem(s).</source>
      <translation>
        <numerusform>…et %n autre problème.</numerusform>
        <numerusform>…et %n autres problèmes.</numerusform>
      </translation>
    </message>
    <message>
      <source>Routines not imported</source>
      <translation>Routines non importées</translation>
    </message>
    <message>
      <source>“{name}” cannot be imported</source>
      <translation>« {name} » ne peut pas être importé</translation>
    </message>
    <message>
      <source>Problems found in the file</source>
      <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
      <source>Every problem found in the file, one per line</source>
      <translation>Tous les problèmes trouvés dans le fichier, un par ligne</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Close this message; nothing was imported</source>
      <translation>Fermer ce message ; rien n’a été importé</translation>
    </message>
    <message>
      <source>A routine with this name exists</source>
      <translation>Une routine porte déjà ce nom</translation>
    </message>
    <message>
      <source>You already have a routine called “{name}”.</source>
      <translation>Vous avez déjà une routine nommée « {name} ».</translation>
    </message>
    <message>
      <source>Rename keeps both and imports the new one as “{new_name}”. Replace swaps your routine for the imported one; your history stays.</source>
      <translation>Renommer garde les deux et importe la nouvelle sous le nom « {new_name} ». Remplacer met la routine importée à la place de la vôtre ; votre historique est conservé.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in routine, which cannot be replaced. Rename keeps both and imports the new one as “{new_name}”.</source>
      <translation>« {name} » est une routine intégrée, qui ne peut pas être remplacée. Renommer garde les deux et importe la nouvelle sous le nom « {new_name} ».</translation>
    </message>
    <message>
      <source>&amp;Rename (keep both)</source>
      <translation>&amp;Renommer (garder les deux)</translation>
    </message>
    <message>
      <source>Import it as “{new_name}”, keeping yours</source>
      <translation>L’importer sous le nom « {new_name} » en gardant la vôtre</translation>
    </message>
    <message>
      <source>Re&amp;place mine</source>
      <translation>Rem&amp;placer la mienne</translation>
    </message>
    <message>
      <source>Replace your “{name}” with the imported routine</source>
      <translation>Remplacer votre « {name} » par la routine importée</translation>
    </message>
    <message>
      <source>&amp;Cancel import</source>
      <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
      <source>Import nothing</source>
      <translation>Ne rien importer</translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) found; nothing was changed. Each line names the place in the file (routines[0].steps[2] is the third step of the first routine) and what is wrong there.</source>
      <translation>
        <numerusform>%n problème trouvé ; rien n’a été modifié. Chaque ligne indique l’endroit du fichier (routines[0].steps[2] est la troisième étape de la première routine) et ce qui ne va pas à cet endroit.</numerusform>
        <numerusform>%n problèmes trouvés ; rien n’a été modifié. Chaque ligne indique l’endroit du fichier (routines[0].steps[2] est la troisième étape de la première routine) et ce qui ne va pas à cet endroit.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>import_export_controller</name>
    <message>
      <source>LBH Desktop routines (*.json);;All files (*)</source>
      <translation>Routines LBH Desktop (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>this is not a regular file</source>
      <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
      <source>the file could not be read ({reason})</source>
      <translation>le fichier n’a pas pu être lu ({reason})</translation>
    </message>
    <message>
      <source>Import routines</source>
      <translation>Importer des routines</translation>
    </message>
    <message>
      <source>Export routine</source>
      <translation>Exporter la routine</translation>
    </message>
    <message>
      <source>Nothing imported from {name}.</source>
      <translation>Rien n’a été importé de {name}.</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was changed.</source>
      <translation>Import annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
      <source>Import not saved</source>
      <translation>Import non enregistré</translation>
    </message>
    <message>
      <source>Select a routine in the library to export it.</source>
      <translation>Sélectionnez une routine dans la bibliothèque pour l’exporter.</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Échec de l’export</translation>
    </message>
    <message>
      <source>The routine could not be saved to {path}: {reason}.</source>
      <translation>La routine n’a pas pu être enregistrée dans {path} : {reason}.</translation>
    </message>
    <message>
      <source>Exported “{name}” to {path}</source>
      <translation>« {name} » exportée vers {path}</translation>
    </message>
  </context>
  <context>
    <name>import_export_wiring</name>
    <message>
      <source>Export routine…</source>
      <translation>Exporter la routine…</translation>
    </message>
    <message>
      <source>Save the selected routine to a file you can share or import</source>
      <translation>Enregistrer la routine sélectionnée dans un fichier que vous pouvez partager ou importer</translation>
    </message>
  </context>
  <context>
    <name>import_plan</name>
    <message>
      <source>“{name}”</source>
      <translation>« {name} »</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n routine(s): {names}.</source>
      <translation>
        <numerusform>%n routine importée : {names}.</numerusform>
        <numerusform>%n routines importées : {names}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Added %n custom exercise(s).</source>
      <translation>
        <numerusform>%n exercice personnalisé ajouté.</numerusform>
        <numerusform>%n exercices personnalisés ajoutés.</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}” was imported as “{new_name}”.</source>
      <translation>« {name} » a été importée sous le nom « {new_name} ».</translation>
    </message>
    <message>
      <source>The exercise “{name}” was added as a separate copy.</source>
      <translation>L’exercice « {name} » a été ajouté comme copie distincte.</translation>
    </message>
    <message>
      <source>The exercise “{name}” was added as “{new_name}”.</source>
      <translation>L’exercice « {name} » a été ajouté sous le nom « {new_name} ».</translation>
    </message>
  </context>
  <context>
    <name>import_problems</name>
    <message>
      <source>a whole number</source>
      <translation>un nombre entier</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>un nombre</translation>
    </message>
    <message>
      <source>text</source>
      <translation>du texte</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>true ou false</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>un objet</translation>
    </message>
    <message>
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <source>must be "lbh-desktop-routines" (this is not an LBH Desktop routine file)</source>
      <translation>doit valoir "lbh-desktop-routines" (ce n’est pas un fichier de routines LBH Desktop)</translation>
    </message>
    <message>
      <source>must be a whole number when mode is "reps"</source>
      <translation>doit être un nombre entier quand mode vaut "reps"</translation>
    </message>
    <message>
      <source>must be a whole number when mode is "timed" or "open"</source>
      <translation>doit être un nombre entier quand mode vaut "timed" ou "open"</translation>
    </message>
    <message>
      <source>must be lower-case letters and digits joined by hyphens, e.g. "my-routine-2"</source>
      <translation>doit se composer de lettres minuscules et de chiffres reliés par des traits d’union, par ex. "my-routine-2"</translation>
    </message>
    <message>
      <source>must not be blank</source>
      <translation>ne doit pas être vide ni ne contenir que des espaces</translation>
    </message>
    <message>
      <source>must not contain HTML or other markup such as &lt;b&gt;</source>
      <translation>ne doit pas contenir de HTML ni d’autre balisage comme &lt;b&gt;</translation>
    </message>
    <message>
      <source>must not contain control characters</source>
      <translation>ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
      <source>must not contain control characters such as line breaks or tabs</source>
      <translation>ne doit pas contenir de caractères de contrôle comme des sauts de ligne ou des tabulations</translation>
    </message>
    <message>
      <source>must start with "custom-": only your own exercises travel in a file</source>
      <translation>doit commencer par "custom-" : seuls vos propres exercices voyagent dans un fichier</translation>
    </message>
    <message>
      <source>only version 1 can be read by this LBH Desktop</source>
      <translation>cette version de LBH Desktop ne sait lire que la version 1</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>manquant</translation>
    </message>
    <message>
      <source>unknown field</source>
      <translation>champ inconnu</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation>{first} ou {second}</translation>
    </message>
    <message>
      <source>must be {kind}</source>
      <translation>doit être {kind}</translation>
    </message>
    <message>
      <source>must be one of {options}, not {value}</source>
      <translation>doit être l’une des valeurs {options}, et non {value}</translation>
    </message>
    <message>
      <source>must be {value}</source>
      <translation>doit valoir {value}</translation>
    </message>
    <message>
      <source>must be ≥ {value}</source>
      <translation>doit être ≥ {value}</translation>
    </message>
    <message>
      <source>must be &gt; {value}</source>
      <translation>doit être &gt; {value}</translation>
    </message>
    <message>
      <source>must be ≤ {value}</source>
      <translation>doit être ≤ {value}</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>ne doit pas être vide</translation>
    </message>
    <message numerus="yes">
      <source>must be at least %n character(s) long</source>
      <translation>
        <numerusform>doit compter au moins %n caractère</numerusform>
        <numerusform>doit compter au moins %n caractères</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>must be at most %n character(s) long</source>
      <translation>
        <numerusform>doit compter au plus %n caractère</numerusform>
        <numerusform>doit compter au plus %n caractères</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>must have at least %n item(s)</source>
      <translation>
        <numerusform>doit avoir au moins %n élément</numerusform>
        <numerusform>doit avoir au moins %n éléments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>must have at most %n item(s), not {count}</source>
      <translation>
        <numerusform>doit avoir au plus %n élément, et non {count}</numerusform>
        <numerusform>doit avoir au plus %n éléments, et non {count}</numerusform>
      </translation>
    </message>
    <message>
      <source>must not list the same value twice</source>
      <translation>ne doit pas contenir deux fois la même valeur</translation>
    </message>
    <message>
      <source>is not valid ({rule})</source>
      <translation>n’est pas valide ({rule})</translation>
    </message>
  </context>
  <context>
    <name>levels</name>
    <message>
      <source>Easier</source>
      <translation>Plus facile</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>Harder</source>
      <translation>Plus difficile</translation>
    </message>
    <message>
      <source>{version} — you chose this after This hurts on {day}</source>
      <translation>{version} — vous l’avez choisie après « Ça fait mal » le {day}</translation>
    </message>
    <message>
      <source>{version} — you chose this after This hurts on {day}. {usual} offered again from {offer_day}</source>
      <translation>{version} — vous l’avez choisie après « Ça fait mal » le {day}. {usual} : proposée de nouveau à partir du {offer_day}</translation>
    </message>
  </context>
  <context>
    <name>library</name>
    <message>
      <source>Strength</source>
      <translation>Renforcement</translation>
    </message>
    <message>
      <source>Stretch</source>
      <translation>Étirement</translation>
    </message>
    <message>
      <source>Warm-up</source>
      <translation>Échauffement</translation>
    </message>
    <message>
      <source>Desk break</source>
      <translation>Pause au bureau</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>Au sol</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Sur chaise</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>Debout</translation>
    </message>
    <message>
      <source>Beginner</source>
      <translation>Débutant</translation>
    </message>
    <message>
      <source>Intermediate</source>
      <translation>Intermédiaire</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Avancé</translation>
    </message>
    <message>
      <source>{dose} each side</source>
      <translation>{dose} de chaque côté</translation>
    </message>
    <message>
      <source>{dose} each leg</source>
      <translation>{dose} par jambe</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>aujourd’hui</translation>
    </message>
    <message>
      <source>Yesterday</source>
      <translation>hier</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>il y a %n jour</numerusform>
        <numerusform>il y a %n jours</numerusform>
      </translation>
    </message>
    <message>
      <source>Last done: {when}</source>
      <translation>Dernière séance : {when}</translation>
    </message>
    <message>
      <source>Last done: {when} (tried today)</source>
      <translation>Dernière séance : {when} (dernier essai : aujourd’hui)</translation>
    </message>
    <message>
      <source>Last done: {when} (tried yesterday)</source>
      <translation>Dernière séance : {when} (dernier essai : hier)</translation>
    </message>
    <message>
      <source>Last done: {when} (tried {tried})</source>
      <translation>Dernière séance : {when} (dernier essai : {tried})</translation>
    </message>
    <message>
      <source>hold, aim {seconds} s</source>
      <translation>maintien, objectif {seconds} s</translation>
    </message>
    <message>
      <source>Unknown move ({id})</source>
      <translation>Exercice inconnu ({id})</translation>
    </message>
    <message>
      <source>{name} (easier {main})</source>
      <translation>{name} ({main} en plus facile)</translation>
    </message>
    <message>
      <source>{name} (harder {main})</source>
      <translation>{name} ({main} en plus difficile)</translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s)</source>
      <translation>
        <numerusform>%n rép.</numerusform>
        <numerusform>%n rép.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>library_controller</name>
    <message>
      <source>All routines</source>
      <translation>Toutes les routines</translation>
    </message>
    <message>
      <source>{last_done}. Sessions count toward Progress once at least half is done.</source>
      <translation>{last_done}. Une séance compte dans Progrès dès que la moitié au moins est faite.</translation>
    </message>
  </context>
  <context>
    <name>library_view</name>
    <message>
      <source>Filter routines by kind</source>
      <translation>Filtrer les routines par type</translation>
    </message>
    <message>
      <source>Show all routines, or only strength, stretch or desk ones</source>
      <translation>Afficher toutes les routines, ou seulement celles de renforcement, d’étirement ou au bureau</translation>
    </message>
    <message>
      <source>Start routine</source>
      <translation>Commencer la routine</translation>
    </message>
    <message>
      <source>Open this routine in the player (Enter)</source>
      <translation>Ouvrir cette routine dans le lecteur (Enter)</translation>
    </message>
    <message>
      <source>Routines</source>
      <translation>Routines</translation>
    </message>
    <message>
      <source>Choose a routine with the arrow keys; Enter starts it</source>
      <translation>Choisissez une routine avec les touches fléchées ; Enter la lance</translation>
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation>Affic&amp;her :</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Play this routine easier (easier moves, holds and reps ×0.75), standard, or harder (harder moves, ×1.25). Remembered for each routine.</source>
      <translation>Faire cette routine en plus facile (exercices plus faciles, maintiens et répétitions ×0,75), en standard, ou en plus difficile (exercices plus difficiles, ×1,25). Mémorisé pour chaque routine.</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>&amp;Niveau :</translation>
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
      <translation>&amp;Routines</translation>
    </message>
    <message>
      <source>Your routines (Ctrl+1)</source>
      <translation>Vos routines (Ctrl+1)</translation>
    </message>
    <message>
      <source>&amp;Progress</source>
      <translation>Pro&amp;grès</translation>
    </message>
    <message>
      <source>Your weeks of practice (Ctrl+2)</source>
      <translation>Vos semaines de pratique (Ctrl+2)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Import routines…</source>
      <translation>&amp;Importer des routines…</translation>
    </message>
    <message>
      <source>&amp;Export routine…</source>
      <translation>&amp;Exporter la routine…</translation>
    </message>
    <message>
      <source>Export &amp;history as CSV…</source>
      <translation>Exporter l’&amp;historique en CSV…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Préférences…</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <source>Preferences (Ctrl+,)</source>
      <translation>Préférences (Ctrl+,)</translation>
    </message>
    <message>
      <source>&amp;Breaks</source>
      <translation>&amp;Pauses</translation>
    </message>
    <message>
      <source>Break &amp;settings…</source>
      <translation>Para&amp;mètres des pauses…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>&amp;Safety notice…</source>
      <translation>&amp;Consignes de sécurité…</translation>
    </message>
    <message>
      <source>&amp;About LBH Desktop</source>
      <translation>À &amp;propos de LBH Desktop</translation>
    </message>
    <message>
      <source>Break reminders</source>
      <translation>Rappels de pause</translation>
    </message>
    <message>
      <source>Saving problem</source>
      <translation>Problème d’enregistrement</translation>
    </message>
  </context>
  <context>
    <name>mat_mode_view</name>
    <message>
      <source>Space start/pause · → skip · ← back · Enter done · Esc or F11 leave mat mode</source>
      <translation>Space démarrer/pause · → passer · ← précédent · Enter terminé · Esc ou F11 quitter le mode tapis</translation>
    </message>
    <message>
      <source>LBH Desktop — mat mode</source>
      <translation>LBH Desktop — mode tapis</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Temps</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Démarrer</translation>
    </message>
    <message>
      <source>Leave mat mode</source>
      <translation>Quitter le mode tapis</translation>
    </message>
    <message>
      <source>Start, pause or resume (Space)</source>
      <translation>Démarrer, mettre en pause ou reprendre (Space)</translation>
    </message>
    <message>
      <source>Back to the normal player; the routine keeps going (Esc)</source>
      <translation>Retour au lecteur normal ; la routine continue (Esc)</translation>
    </message>
  </context>
  <context>
    <name>migrations</name>
    <message>
      <source>This data file was written by a newer LBH Desktop (schema {found}; this version reads up to {supported}). Install the newer LBH Desktop again to use it.</source>
      <translation>Ce fichier de données a été écrit par une version plus récente de LBH Desktop (schéma {found} ; cette version lit jusqu’au schéma {supported}). Installez de nouveau la version plus récente de LBH Desktop pour l’utiliser.</translation>
    </message>
    <message>
      <source>The file {path} was not changed.</source>
      <translation>Le fichier {path} n’a pas été modifié.</translation>
    </message>
    <message>
      <source>its schema version {version} is not a whole number</source>
      <translation>sa version de schéma {version} n’est pas un nombre entier</translation>
    </message>
    <message>
      <source>its {table} table is missing</source>
      <translation>sa table {table} est absente</translation>
    </message>
    <message numerus="yes">
      <source>the {table} table has %n record(s) instead of one</source>
      <translation>
        <numerusform>la table {table} contient %n enregistrement au lieu d’un seul</numerusform>
        <numerusform>la table {table} contient %n enregistrements au lieu d’un seul</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>mini_window</name>
    <message>
      <source>LBH Desktop — breaks</source>
      <translation>LBH Desktop — pauses</translation>
    </message>
    <message>
      <source>Your desktop has no system tray, so this small window keeps the reminders running while the main window is closed.</source>
      <translation>Votre environnement de bureau n’a pas de zone de notification : cette petite fenêtre fait donc fonctionner les rappels tant que la fenêtre principale est fermée.</translation>
    </message>
    <message>
      <source>Start a break now</source>
      <translation>Commencer une pause maintenant</translation>
    </message>
    <message>
      <source>Snooze</source>
      <translation>Reporter</translation>
    </message>
    <message>
      <source>Only while a reminder is due</source>
      <translation>Seulement quand un rappel est en cours</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Suspendre</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <source>Quiet mode</source>
      <translation>Mode discret</translation>
    </message>
    <message>
      <source>Open LBH Desktop</source>
      <translation>Ouvrir LBH Desktop</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Paramètres…</translation>
    </message>
    <message>
      <source>Break settings: interval, working hours, routine</source>
      <translation>Paramètres des pauses : intervalle, heures de travail, routine</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <source>Quiet until {time}</source>
      <translation>Discret jusqu’à {time}</translation>
    </message>
  </context>
  <context>
    <name>models</name>
    <message>
      <source>missing</source>
      <translation>manquant</translation>
    </message>
    <message>
      <source>must be a number, not {value}</source>
      <translation>doit être un nombre, et non {value}</translation>
    </message>
    <message>
      <source>must be {expected}, not {actual}</source>
      <translation>doit être de type {expected}, et non {actual}</translation>
    </message>
    <message>
      <source>{value} is not one of {allowed}</source>
      <translation>{value} n’est pas une valeur autorisée ({allowed})</translation>
    </message>
    <message>
      <source>must be a whole number ≥ 0, not {value}</source>
      <translation>doit être un nombre entier ≥ 0, et non {value}</translation>
    </message>
    <message>
      <source>must be an object</source>
      <translation>doit être un objet</translation>
    </message>
    <message>
      <source>must be a whole number ≥ 1, not {value}</source>
      <translation>doit être un nombre entier ≥ 1, et non {value}</translation>
    </message>
    <message>
      <source>must be at least 1</source>
      <translation>doit valoir au moins 1</translation>
    </message>
    <message>
      <source>must be true or false</source>
      <translation>doit valoir true ou false</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>ne doit pas être vide</translation>
    </message>
    <message>
      <source>a routine needs at least one step</source>
      <translation>une routine doit avoir au moins une étape</translation>
    </message>
  </context>
  <context>
    <name>open_steps</name>
    <message>
      <source>record {id} in table {table} is invalid ({error})</source>
      <translation>l’enregistrement {id} de la table {table} n’est pas valide ({error})</translation>
    </message>
  </context>
  <context>
    <name>pain_chart</name>
    <message>
      <source>Is the work helping? Lower is better.</source>
      <translation>Les exercices vous aident-ils ? Plus c’est bas, mieux c’est.</translation>
    </message>
    <message>
      <source>{week}: no pain rating · {sessions}</source>
      <translation>{week} : pas de note de douleur · {sessions}</translation>
    </message>
    <message>
      <source>{week}: average pain {pain} of 10 · {sessions}</source>
      <translation>{week} : douleur moyenne {pain} sur 10 · {sessions}</translation>
    </message>
    <message>
      <source>Pain (0–10)</source>
      <translation>Douleur (0–10)</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message>
      <source>Pain chart</source>
      <translation>Graphique de la douleur</translation>
    </message>
    <message>
      <source>No pain ratings in these weeks. After a routine, rate how your back and hips feel (0–10) and the weekly average shows here.</source>
      <translation>Aucune note de douleur sur ces semaines. Après une routine, notez comment vont votre dos et vos hanches (0–10) : la moyenne de la semaine s’affiche ici.</translation>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n séance</numerusform>
        <numerusform>%n séances</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pain_check_in</name>
    <message>
      <source>How do your back and hips feel? 0 = fine, 10 = very sore</source>
      <translation>Comment vont votre dos et vos hanches ? 0 = bien, 10 = très douloureux</translation>
    </message>
    <message>
      <source>How do your back and hips feel now? 0 = fine, 10 = very sore (optional)</source>
      <translation>Comment vont votre dos et vos hanches maintenant ? 0 = bien, 10 = très douloureux (facultatif)</translation>
    </message>
    <message>
      <source>Optional: a digit key rates 0–9; Space starts without it</source>
      <translation>Facultatif : une touche chiffre donne une note de 0 à 9 ; Space démarre sans note</translation>
    </message>
    <message>
      <source>Pain or stiffness {rating} of 10</source>
      <translation>Douleur ou raideur {rating} sur 10</translation>
    </message>
    <message>
      <source>Rating before the session</source>
      <translation>Note avant la séance</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Passer</translation>
    </message>
    <message>
      <source>The check-in is optional</source>
      <translation>Cette évaluation est facultative</translation>
    </message>
    <message>
      <source>Skip the check-in</source>
      <translation>Passer l’évaluation</translation>
    </message>
    <message>
      <source>Rate your back and hip pain or stiffness {rating} of 10</source>
      <translation>Noter la douleur ou la raideur du dos et des hanches {rating} sur 10</translation>
    </message>
    <message>
      <source>Rate your back and hip pain or stiffness {rating} of 10 now, before the session (key {rating}); Space starts without a rating</source>
      <translation>Noter la douleur ou la raideur du dos et des hanches {rating} sur 10 maintenant, avant la séance (touche {rating}) ; Space démarre sans note</translation>
    </message>
    <message>
      <source>Rate your back and hip pain or stiffness {rating} of 10 now, before the session; Space starts without a rating</source>
      <translation>Noter la douleur ou la raideur du dos et des hanches {rating} sur 10 maintenant, avant la séance ; Space démarre sans note</translation>
    </message>
  </context>
  <context>
    <name>pain_model</name>
    <message>
      <source>Take a rest day or a gentle walk, and go gently next time.</source>
      <translation>Prenez un jour de repos ou faites une marche tranquille, et allez-y doucement la prochaine fois.</translation>
    </message>
    <message>
      <source>Try the easier level next time, or take a rest day.</source>
      <translation>Essayez le niveau plus facile la prochaine fois, ou prenez un jour de repos.</translation>
    </message>
    <message>
      <source>You rated your back and hips {rating} out of 10 after {routine}: that is in the ease-off zone (6 or more). {advice}</source>
      <translation>Vous avez noté votre dos et vos hanches {rating} sur 10 après {routine} : c’est dans la zone où il faut lever le pied (6 ou plus). {advice}</translation>
    </message>
    <message>
      <source>You rated your back and hips {rating} out of 10 after {routine}, {rise} more than the {before} you rated before it. {advice}</source>
      <translation>Vous avez noté votre dos et vos hanches {rating} sur 10 après {routine}, soit {rise} de plus que le {before} noté avant la séance. {advice}</translation>
    </message>
    <message>
      <source>You rated your back and hips {rating} out of 10 after {routine}, {rise} more than your usual {usual}. {advice}</source>
      <translation>Vous avez noté votre dos et vos hanches {rating} sur 10 après {routine}, soit {rise} de plus que votre {usual} habituel. {advice}</translation>
    </message>
    <message>
      <source>You rated {rating}, {rise} more than the {before} of the day before: worse the next day means the last session was too much. Please go gently on the easier level today, or rest. {emergency}</source>
      <translation>Vous avez noté {rating}, soit {rise} de plus que le {before} de la veille : si c’est pire le lendemain, c’est que la dernière séance était trop intense. Allez-y doucement aujourd’hui au niveau plus facile, ou reposez-vous. {emergency}</translation>
    </message>
    <message>
      <source>You rated {rating}, {rise} more than the {before} of the day before: worse the next day means the last session was too much. Please take the easier level today, or rest. {emergency}</source>
      <translation>Vous avez noté {rating}, soit {rise} de plus que le {before} de la veille : si c’est pire le lendemain, c’est que la dernière séance était trop intense. Prenez le niveau plus facile aujourd’hui, ou reposez-vous. {emergency}</translation>
    </message>
    <message>
      <source>You rated {rating} before starting.</source>
      <translation>Vous avez noté {rating} avant de commencer.</translation>
    </message>
    <message>
      <source>You rated {rating}: go gently on the easier level today, or rest. {emergency}</source>
      <translation>Vous avez noté {rating} : allez-y doucement aujourd’hui au niveau plus facile, ou reposez-vous. {emergency}</translation>
    </message>
    <message>
      <source>You rated {rating}: take the easier level today, or rest. {emergency}</source>
      <translation>Vous avez noté {rating} : prenez le niveau plus facile aujourd’hui, ou reposez-vous. {emergency}</translation>
    </message>
  </context>
  <context>
    <name>picture_import</name>
    <message>
      <source>“{name}” can't be opened ({reason}).</source>
      <translation>« {name} » ne peut pas être ouvert ({reason}).</translation>
    </message>
    <message>
      <source>“{name}” is not a file.</source>
      <translation>« {name} » n’est pas un fichier.</translation>
    </message>
    <message>
      <source>“{name}” is {size} MB; pictures can be at most {limit} MB.</source>
      <translation>« {name} » fait {size} Mo ; les images ne doivent pas dépasser {limit} Mo.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture this app can show (use PNG, JPEG, SVG or GIF).</source>
      <translation>« {name} » n’est pas une image que cette application peut afficher (utilisez PNG, JPEG, SVG ou GIF).</translation>
    </message>
    <message>
      <source>“{name}” can't be read ({reason}).</source>
      <translation>« {name} » ne peut pas être lu ({reason}).</translation>
    </message>
  </context>
  <context>
    <name>player_announcements</name>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n heure</numerusform>
        <numerusform>%n heures</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n seconde</numerusform>
        <numerusform>%n secondes</numerusform>
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
      <translation>maintien, objectif {duration}</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Now: {move}</source>
      <translation>Maintenant : {move}</translation>
    </message>
    <message>
      <source>Switch sides. Next: {move}</source>
      <translation>Changez de côté. Ensuite : {move}</translation>
    </message>
    <message>
      <source>Next: {move}</source>
      <translation>Ensuite : {move}</translation>
    </message>
    <message>
      <source>{duration} in total, press Start</source>
      <translation>{duration} au total, appuyez sur Démarrer</translation>
    </message>
    <message>
      <source>Paused, {countdown}</source>
      <translation>En pause, {countdown}</translation>
    </message>
    <message>
      <source>{duration} left in {move}</source>
      <translation>{move} : encore {duration}</translation>
    </message>
    <message>
      <source>{duration} until {move}</source>
      <translation>{move} dans {duration}</translation>
    </message>
    <message>
      <source>{held} held in {move}, aim for {aim}, press Done when finished</source>
      <translation>{move} : {held} de maintien, objectif {aim}, appuyez sur Terminé quand vous avez fini</translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s)</source>
      <translation>
        <numerusform>%n répétition</numerusform>
        <numerusform>%n répétitions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s) of {move} at your own pace, press Done when finished</source>
      <translation>
        <numerusform>{move} : %n répétition à votre rythme, appuyez sur Terminé quand vous avez fini</numerusform>
        <numerusform>{move} : %n répétitions à votre rythme, appuyez sur Terminé quand vous avez fini</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>player_buttons</name>
    <message>
      <source>Try the easiest version again</source>
      <translation>Réessayer la version la plus facile</translation>
    </message>
    <message>
      <source>Try the easier version again</source>
      <translation>Réessayer la version plus facile</translation>
    </message>
    <message>
      <source>Try the standard version again</source>
      <translation>Réessayer la version standard</translation>
    </message>
    <message>
      <source>Try the harder version again</source>
      <translation>Réessayer la version plus difficile</translation>
    </message>
    <message>
      <source>Try the hardest version again</source>
      <translation>Réessayer la version la plus difficile</translation>
    </message>
    <message>
      <source>Turn cue sounds on or off (M)</source>
      <translation>Activer ou couper les signaux sonores (M)</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Précédent</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Démarrer</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Passer</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <source>Sound on</source>
      <translation>Son activé</translation>
    </message>
    <message>
      <source>This hurts</source>
      <translation>Ça fait mal</translation>
    </message>
    <message>
      <source>Mat mode</source>
      <translation>Mode tapis</translation>
    </message>
    <message>
      <source>Restart this move, or go to the previous one (←)</source>
      <translation>Recommencer cet exercice, ou revenir au précédent (←)</translation>
    </message>
    <message>
      <source>Start, pause or resume (Space)</source>
      <translation>Démarrer, mettre en pause ou reprendre (Space)</translation>
    </message>
    <message>
      <source>Skip to the next move (→)</source>
      <translation>Passer à l’exercice suivant (→)</translation>
    </message>
    <message>
      <source>Finish this set of reps or this hold (Enter)</source>
      <translation>Terminer cette série de répétitions ou ce maintien (Enter)</translation>
    </message>
    <message>
      <source>Stop the routine (Esc)</source>
      <translation>Arrêter la routine (Esc)</translation>
    </message>
    <message>
      <source>Mute</source>
      <translation>Couper le son</translation>
    </message>
    <message>
      <source>Stop this move, then go easier or skip it (H)</source>
      <translation>Arrêter cet exercice, puis le faire en plus facile ou le passer (H)</translation>
    </message>
    <message>
      <source>Full screen, huge digits for the floor (F11)</source>
      <translation>Plein écran, chiffres géants pour les exercices au sol (F11)</translation>
    </message>
    <message>
      <source>Sound off</source>
      <translation>Son désactivé</translation>
    </message>
    <message>
      <source>Muted</source>
      <translation>Son coupé</translation>
    </message>
    <message>
      <source>Remembered easier version</source>
      <translation>Version plus facile mémorisée</translation>
    </message>
    <message>
      <source>Try the usual version again</source>
      <translation>Réessayer la version habituelle</translation>
    </message>
    <message>
      <source>Play this move's usual version again from now on; press This hurts if it hurts</source>
      <translation>Reprendre dès maintenant la version habituelle de cet exercice ; appuyez sur Ça fait mal si cela fait mal</translation>
    </message>
  </context>
  <context>
    <name>player_controller</name>
    <message>
      <source>Could not save your progress ({error}). The session is kept in memory and saving is retried at the next step.</source>
      <translation>Impossible d’enregistrer votre progression ({error}). La séance est gardée en mémoire et l’enregistrement sera retenté à l’étape suivante.</translation>
    </message>
  </context>
  <context>
    <name>player_display</name>
    <message>
      <source>Get ready</source>
      <translation>Préparez-vous</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Maintenez</translation>
    </message>
    <message>
      <source>Switch sides</source>
      <translation>Changez de côté</translation>
    </message>
    <message>
      <source>Rest between sets</source>
      <translation>Repos entre les séries</translation>
    </message>
    <message>
      <source>Rest</source>
      <translation>Repos</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Démarrer</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <source>Press Space or Back to routines to choose your next one.</source>
      <translation>Appuyez sur Space ou sur Retour aux routines pour choisir la suivante.</translation>
    </message>
    <message>
      <source>After a hip replacement: {advice}</source>
      <translation>Après une prothèse de hanche : {advice}</translation>
    </message>
    <message>
      <source>With osteoporosis: {advice}</source>
      <translation>En cas d’ostéoporose : {advice}</translation>
    </message>
    <message>
      <source>If you are pregnant: {advice}</source>
      <translation>Si vous êtes enceinte : {advice}</translation>
    </message>
    <message>
      <source>With spinal stenosis or spondylolisthesis: {advice}</source>
      <translation>En cas de sténose du canal rachidien ou de spondylolisthésis : {advice}</translation>
    </message>
    <message>
      <source>hold, aim for {seconds} s</source>
      <translation>maintien, objectif {seconds} s</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>Set {number} of {count}</source>
      <translation>Série {number} sur {count}</translation>
    </message>
    <message>
      <source>Round {number} of 2</source>
      <translation>Tour {number} sur 2</translation>
    </message>
    <message>
      <source>Easier version of {move}</source>
      <translation>{move} : version plus facile</translation>
    </message>
    <message>
      <source>Harder version of {move}</source>
      <translation>{move} : version plus difficile</translation>
    </message>
    <message>
      <source>Reps</source>
      <translation>Répétitions</translation>
    </message>
    <message>
      <source>Keep moving</source>
      <translation>Continuez à bouger</translation>
    </message>
    <message>
      <source>Stretch</source>
      <translation>Étirez-vous</translation>
    </message>
    <message>
      <source>Ready when you are</source>
      <translation>Démarrez quand vous voulez</translation>
    </message>
    <message>
      <source>Routine complete — well done</source>
      <translation>Routine terminée — bravo</translation>
    </message>
    <message>
      <source>Stopped</source>
      <translation>Routine arrêtée</translation>
    </message>
    <message>
      <source>Paused while your computer was asleep</source>
      <translation>En pause pendant la mise en veille de l’ordinateur</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>En pause</translation>
    </message>
    <message>
      <source>Halfway</source>
      <translation>À mi-parcours</translation>
    </message>
    <message>
      <source>total — press Start (Space)</source>
      <translation>au total — appuyez sur Démarrer (Space)</translation>
    </message>
    <message>
      <source>seconds</source>
      <translation>secondes</translation>
    </message>
    <message>
      <source>seconds to the next move</source>
      <translation>secondes avant l’exercice suivant</translation>
    </message>
    <message>
      <source>at your own pace — press Done (Enter) when finished</source>
      <translation>à votre rythme — appuyez sur Terminé (Enter) quand vous avez fini</translation>
    </message>
    <message>
      <source>aim for {seconds} s — press Done (Enter) when finished</source>
      <translation>objectif {seconds} s — appuyez sur Terminé (Enter) quand vous avez fini</translation>
    </message>
    <message>
      <source>Last move — nearly there</source>
      <translation>Dernier exercice — vous y êtes presque</translation>
    </message>
    <message>
      <source>Next: {move}</source>
      <translation>À suivre : {move}</translation>
    </message>
    <message>
      <source>{done} of {total} holds and sets done · {time} of work</source>
      <translation>{done} maintiens et séries faits sur {total} · {time} de travail</translation>
    </message>
    <message>
      <source>Saved in your history.</source>
      <translation>Enregistré dans votre historique.</translation>
    </message>
    <message>
      <source>Back to routines</source>
      <translation>Retour aux routines</translation>
    </message>
    <message>
      <source>{time} left</source>
      <translation>Reste {time}</translation>
    </message>
    <message>
      <source>{number}. {step}</source>
      <translation>{number}. {step}</translation>
    </message>
    <message>
      <source>Common mistakes:
{mistakes}</source>
      <translation>Erreurs fréquentes :
{mistakes}</translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s)</source>
      <translation>
        <numerusform>%n répétition</numerusform>
        <numerusform>%n répétitions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>player_view</name>
    <message>
      <source>Routine player</source>
      <translation>Lecteur de routine</translation>
    </message>
    <message>
      <source>Routines</source>
      <translation>Routines</translation>
    </message>
    <message>
      <source>Back to your routines</source>
      <translation>Retour à vos routines</translation>
    </message>
    <message>
      <source>Back to routines</source>
      <translation>Retour aux routines</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Routine progress</source>
      <translation>Progression de la routine</translation>
    </message>
    <message>
      <source>Cue</source>
      <translation>Annonce</translation>
    </message>
    <message>
      <source>Instructions</source>
      <translation>Instructions</translation>
    </message>
    <message>
      <source>Caution</source>
      <translation>Précaution</translation>
    </message>
    <message>
      <source>{level} level</source>
      <translation>Niveau : {level}</translation>
    </message>
    <message>
      <source>Level: {level}</source>
      <translation>Niveau : {level}</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Temps</translation>
    </message>
    <message>
      <source>⚠ Caution: {caution}</source>
      <translation>⚠ Précaution : {caution}</translation>
    </message>
  </context>
  <context>
    <name>progress</name>
    <message numerus="yes">
      <source>You have been at it for %n week(s): keep the habit going.</source>
      <translation>
        <numerusform>Vous pratiquez depuis %n semaine : gardez cette habitude.</numerusform>
        <numerusform>Vous pratiquez depuis %n semaines : gardez cette habitude.</numerusform>
      </translation>
    </message>
    <message>
      <source>Most people feel a difference after 4–6 weeks of 2–3 strength sessions a week; you are in week {week}.</source>
      <translation>La plupart des gens sentent une différence après 4 à 6 semaines, à raison de 2 à 3 séances de renforcement par semaine ; vous en êtes à la semaine {week}.</translation>
    </message>
    <message>
      <source>This week: {done} of {goal}; stretching on {days} of {stretch_goal}</source>
      <translation>Cette semaine : {done} sur {goal} ; étirement : {days} sur {stretch_goal}</translation>
    </message>
    <message>
      <source>Strength goal met last week; stretching on {days} of {stretch_goal}</source>
      <translation>Objectif de renforcement atteint la semaine dernière ; étirement : {days} sur {stretch_goal}</translation>
    </message>
    <message>
      <source>Strength goal missed last week; stretching on {days} of {stretch_goal}</source>
      <translation>Objectif de renforcement non atteint la semaine dernière ; étirement : {days} sur {stretch_goal}</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Strength goal met in {met} of the last %n week(s); stretching {average} days a week</source>
      <translation>
        <numerusform>Objectif de renforcement atteint {met} fois sur la dernière semaine ; étirement : {average} jours par semaine en moyenne</numerusform>
        <numerusform>Objectif de renforcement atteint {met} fois sur les %n dernières semaines ; étirement : {average} jours par semaine en moyenne</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n strength session(s)</source>
      <translation>
        <numerusform>%n séance de renforcement</numerusform>
        <numerusform>%n séances de renforcement</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>progress_controller</name>
    <message>
      <source>Sick or travelling? Skip days keep your streaks and freeze your score.</source>
      <translation>Malade ou en voyage ? Les jours d’absence préservent vos jours d’affilée et figent votre score.</translation>
    </message>
    <message numerus="yes">
      <source>Strength: %n-week streak (best {best})</source>
      <translation>
        <numerusform>Renforcement : %n semaine d’affilée (record : {best})</numerusform>
        <numerusform>Renforcement : %n semaines d’affilée (record : {best})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Strength: no streak right now (best %n week(s))</source>
      <translation>
        <numerusform>Renforcement : aucune semaine d’affilée en ce moment (record : %n semaine)</numerusform>
        <numerusform>Renforcement : aucune semaine d’affilée en ce moment (record : %n semaines)</numerusform>
      </translation>
    </message>
    <message>
      <source>Strength: no streak yet</source>
      <translation>Renforcement : pas encore de semaines d’affilée</translation>
    </message>
    <message numerus="yes">
      <source>Stretching: %n-day streak (best {best})</source>
      <translation>
        <numerusform>Étirement : %n jour d’affilée (record : {best})</numerusform>
        <numerusform>Étirement : %n jours d’affilée (record : {best})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Stretching: no streak right now (best %n day(s))</source>
      <translation>
        <numerusform>Étirement : aucun jour d’affilée en ce moment (record : %n jour)</numerusform>
        <numerusform>Étirement : aucun jour d’affilée en ce moment (record : %n jours)</numerusform>
      </translation>
    </message>
    <message>
      <source>Stretching: no streak yet</source>
      <translation>Étirement : pas encore de jours d’affilée</translation>
    </message>
    <message>
      <source>Export chart as PNG</source>
      <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>Image PNG (*.png)</translation>
    </message>
    <message>
      <source>Export history as CSV: choose a folder</source>
      <translation>Exporter l’historique en CSV : choisissez un dossier</translation>
    </message>
    <message>
      <source>Mark a skip day</source>
      <translation>Marquer un jour d’absence</translation>
    </message>
    <message>
      <source>Skip day</source>
      <translation>Jour d’absence</translation>
    </message>
    <message>
      <source>Mark as skip day</source>
      <translation>Marquer comme jour d’absence</translation>
    </message>
    <message>
      <source>Remove the skip day</source>
      <translation>Retirer le jour d’absence</translation>
    </message>
    <message>
      <source>Skip day not saved</source>
      <translation>Jour d’absence non enregistré</translation>
    </message>
    <message>
      <source>The skip day could not be saved: {error}</source>
      <translation>Le jour d’absence n’a pas pu être enregistré : {error}</translation>
    </message>
    <message>
      <source>{date} marked as a skip day.</source>
      <translation>Jour d’absence enregistré : {date}.</translation>
    </message>
    <message>
      <source>{date} is no longer a skip day.</source>
      <translation>Ce n’est plus un jour d’absence : {date}.</translation>
    </message>
    <message>
      <source>There is no chart on this tab to export yet.</source>
      <translation>Il n’y a pas encore de graphique à exporter dans cet onglet.</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Échec de l’export</translation>
    </message>
    <message>
      <source>The picture could not be saved to {path}.</source>
      <translation>L’image n’a pas pu être enregistrée dans {path}.</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Enregistré : {path}</translation>
    </message>
    <message numerus="yes">
      <source>Reading older sessions: %n month(s) to go. Streaks and totals update when they are read.</source>
      <translation>
        <numerusform>Lecture des séances plus anciennes : encore %n mois. Les jours d’affilée et les totaux se mettent à jour une fois qu’elles sont lues.</numerusform>
        <numerusform>Lecture des séances plus anciennes : encore %n mois. Les jours d’affilée et les totaux se mettent à jour une fois qu’elles sont lues.</numerusform>
      </translation>
    </message>
    <message>
      <source>Your history could not be saved in {folder}: {error}. Nothing was written.</source>
      <translation>Votre historique n’a pas pu être enregistré dans {folder} : {error}. Rien n’a été écrit.</translation>
    </message>
    <message>
      <source>Saved {sessions}, {steps} and {hurts} in {folder}</source>
      <translation>{sessions}, {steps} et {hurts} enregistrés dans {folder}</translation>
    </message>
  </context>
  <context>
    <name>progress_ring</name>
    <message>
      <source>Move progress</source>
      <translation>Progression de l’exercice</translation>
    </message>
  </context>
  <context>
    <name>progress_view</name>
    <message>
      <source>Sick or travelling? Skip days keep your streaks and freeze your score.</source>
      <translation>Malade ou en voyage ? Les jours d’absence préservent vos jours d’affilée et figent votre score.</translation>
    </message>
    <message>
      <source>Do a routine and your weeks, streaks and habit strength show up here. A desk stretch break takes about five minutes.</source>
      <translation>Faites une routine : vos semaines, vos jours d’affilée et la force de votre habitude s’afficheront ici. Une pause étirements au bureau prend environ cinq minutes.</translation>
    </message>
    <message>
      <source>Streaks</source>
      <translation>Jours d’affilée</translation>
    </message>
    <message>
      <source>2–3 a week is the usual guidance</source>
      <translation>2–3 par semaine, c’est la recommandation habituelle</translation>
    </message>
    <message>
      <source>Strength sessions a week</source>
      <translation>Séances de renforcement par semaine</translation>
    </message>
    <message>
      <source>Daily stretching is the usual guidance</source>
      <translation>La recommandation habituelle : s’étirer chaque jour</translation>
    </message>
    <message>
      <source>Stretching days a week</source>
      <translation>Jours d’étirement par semaine</translation>
    </message>
    <message>
      <source>Weeks shown</source>
      <translation>Semaines affichées</translation>
    </message>
    <message>
      <source>How many weeks the charts show</source>
      <translation>Nombre de semaines affichées dans les graphiques</translation>
    </message>
    <message numerus="yes">
      <source>%n week(s)</source>
      <translation>
        <numerusform>%n semaine</numerusform>
        <numerusform>%n semaines</numerusform>
      </translation>
    </message>
    <message>
      <source>All</source>
      <translation>Toutes</translation>
    </message>
    <message>
      <source>Export PNG…</source>
      <translation>Exporter en PNG…</translation>
    </message>
    <message>
      <source>Save the chart on screen as a picture</source>
      <translation>Enregistrer le graphique affiché comme image</translation>
    </message>
    <message>
      <source>Export chart as PNG</source>
      <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Exporter en CSV…</translation>
    </message>
    <message>
      <source>Save your whole history as sessions.csv, steps.csv and hurts.csv</source>
      <translation>Enregistrer tout votre historique dans sessions.csv, steps.csv et hurts.csv</translation>
    </message>
    <message>
      <source>Export history as CSV</source>
      <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
      <source>Mark a skip day…</source>
      <translation>Marquer un jour d’absence…</translation>
    </message>
    <message>
      <source>Mark a skip day</source>
      <translation>Marquer un jour d’absence</translation>
    </message>
    <message>
      <source>&amp;Strength sessions a week:</source>
      <translation>&amp;Séances de renforcement par semaine :</translation>
    </message>
    <message>
      <source>S&amp;tretching days a week:</source>
      <translation>Jours d’é&amp;tirement par semaine :</translation>
    </message>
    <message>
      <source>S&amp;how:</source>
      <translation>Affic&amp;her :</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Graphiques</translation>
    </message>
    <message>
      <source>Weeks</source>
      <translation>Semaines</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Calendrier</translation>
    </message>
    <message>
      <source>Consistency</source>
      <translation>Régularité</translation>
    </message>
    <message>
      <source>Holds</source>
      <translation>Maintiens</translation>
    </message>
    <message>
      <source>Pain</source>
      <translation>Douleur</translation>
    </message>
    <message>
      <source>No sessions yet</source>
      <translation>Aucune séance pour l’instant</translation>
    </message>
    <message>
      <source>Start the desk stretch break</source>
      <translation>Commencer la pause étirements au bureau</translation>
    </message>
    <message>
      <source>A five-minute stretch you can do at your desk</source>
      <translation>Cinq minutes d’étirements à faire à votre bureau</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progrès</translation>
    </message>
    <message>
      <source>Nothing counted yet</source>
      <translation>Rien n’est encore comptabilisé</translation>
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
      <translation>Faire passer {move} (étape {step}) à une version plus difficile.</translation>
    </message>
    <message>
      <source>Move {move} (step {step}) one version harder: from {old} to {new}.</source>
      <translation>Faire passer {move} (étape {step}) à la version plus difficile suivante : de {old} à {new}.</translation>
    </message>
    <message>
      <source>{move} {old} → {new} s</source>
      <translation>{move} {old} → {new} s</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Hold each move about 10 % longer, or do a rep or two more: {changes}.</source>
      <translation>Tenez chaque exercice environ 10 % plus longtemps, ou faites une ou deux répétitions de plus : {changes}.</translation>
    </message>
    <message numerus="yes">
      <source>Hold each move about 10 % longer, or do a rep or two more: {changes}, and %n more.</source>
      <translation>
        <numerusform>Tenez chaque exercice environ 10 % plus longtemps, ou faites une ou deux répétitions de plus : {changes}, et %n de plus.</numerusform>
        <numerusform>Tenez chaque exercice environ 10 % plus longtemps, ou faites une ou deux répétitions de plus : {changes}, et %n de plus.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{move} {old} → %n rep(s)</source>
      <translation>
        <numerusform>{move} {old} → %n répétition</numerusform>
        <numerusform>{move} {old} → %n répétitions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>progression_dialog</name>
    <message>
      <source>You completed your last three sessions of {routine} without more pain.</source>
      <translation>Vous avez terminé vos trois dernières séances de {routine} sans douleur supplémentaire.</translation>
    </message>
    <message>
      <source>If you say not now, you will not be asked again for a week.</source>
      <translation>Si vous répondez « Pas maintenant », la question ne vous sera plus posée pendant une semaine.</translation>
    </message>
    <message>
      <source>Ready for a step up?</source>
      <translation>Envie de monter d’un cran ?</translation>
    </message>
    <message>
      <source>Step up</source>
      <translation>Monter d’un cran</translation>
    </message>
    <message>
      <source>Save the routine with this change</source>
      <translation>Enregistrer la routine avec cette modification</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Pas maintenant</translation>
    </message>
    <message>
      <source>Keep the routine as it is; asks again in a week at the earliest</source>
      <translation>Garder la routine telle quelle ; la question reviendra au plus tôt dans une semaine</translation>
    </message>
    <message>
      <source>Your back and hips feel worse</source>
      <translation>Votre dos et vos hanches vont moins bien</translation>
    </message>
    <message>
      <source>Use the easier level</source>
      <translation>Passer au niveau plus facile</translation>
    </message>
    <message>
      <source>Play this routine at the easier level from now on</source>
      <translation>Faire désormais cette routine au niveau plus facile</translation>
    </message>
    <message>
      <source>Keep my level</source>
      <translation>Garder mon niveau</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Close this notice</source>
      <translation>Fermer ce message</translation>
    </message>
  </context>
  <context>
    <name>record_checks</name>
    <message>
      <source>{field} has a wrong value: {value}</source>
      <translation>{field} a une valeur incorrecte : {value}</translation>
    </message>
    <message>
      <source>step {number}: {field} has a wrong value: {value}</source>
      <translation>étape {number} : {field} a une valeur incorrecte : {value}</translation>
    </message>
    <message>
      <source>steps is not a list of records</source>
      <translation>steps n’est pas une liste d’enregistrements</translation>
    </message>
  </context>
  <context>
    <name>recovery</name>
    <message>
      <source>it was written by a newer version of LBH Desktop (data version {found}; this version reads up to {supported}). Install the newer LBH Desktop and move the file back to use it</source>
      <translation>il a été écrit par une version plus récente de LBH Desktop (version des données {found} ; cette version lit jusqu’à la version {supported}). Installez la version plus récente de LBH Desktop et remettez le fichier à sa place pour l’utiliser</translation>
    </message>
    <message>
      <source>there is a folder where the file should be</source>
      <translation>il y a un dossier à la place du fichier</translation>
    </message>
    <message>
      <source>LBH Desktop is not allowed to read it</source>
      <translation>LBH Desktop n’a pas le droit de le lire</translation>
    </message>
    <message>
      <source>it can't be read ({error})</source>
      <translation>il ne peut pas être lu ({error})</translation>
    </message>
  </context>
  <context>
    <name>red_flags</name>
    <message>
      <source>Call your emergency number now (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department if you have back pain with any of these:</source>
      <translation>Appelez immédiatement le numéro d’urgence (999 au Royaume-Uni, 112 dans l’UE, 911 aux États-Unis) ou rendez-vous aux urgences si vous avez mal au dos avec l’un de ces signes :</translation>
    </message>
    <message>
      <source>numbness or tingling around your genitals or bottom</source>
      <translation>un engourdissement ou des fourmillements autour des parties génitales ou des fesses</translation>
    </message>
    <message>
      <source>new trouble peeing or controlling your bladder or bowels</source>
      <translation>de nouvelles difficultés pour uriner ou pour contrôler la vessie ou les intestins</translation>
    </message>
    <message>
      <source>weakness, numbness or heaviness in both legs, or legs that give way</source>
      <translation>une faiblesse, un engourdissement ou une lourdeur dans les deux jambes, ou des jambes qui se dérobent</translation>
    </message>
    <message>
      <source>See a doctor today (an urgent appointment or your local urgent-care line) if you have back pain with any of these:</source>
      <translation>Consultez un médecin aujourd’hui (rendez-vous en urgence ou permanence de soins de votre secteur) si vous avez mal au dos avec l’un de ces signes :</translation>
    </message>
    <message>
      <source>a fever, or feeling hot and shivery</source>
      <translation>de la fièvre, ou une sensation de chaleur et des frissons</translation>
    </message>
    <message>
      <source>weight loss you cannot explain</source>
      <translation>une perte de poids que vous ne pouvez pas expliquer</translation>
    </message>
    <message>
      <source>pain that is worse at night or wakes you, and does not ease when you move</source>
      <translation>une douleur plus forte la nuit ou qui vous réveille, et qui ne diminue pas quand vous bougez</translation>
    </message>
    <message>
      <source>chest pain, breathlessness or feeling faint</source>
      <translation>une douleur à la poitrine, un essoufflement ou une sensation d’évanouissement</translation>
    </message>
    <message>
      <source>pain after a fall or accident, or if you have had cancer</source>
      <translation>une douleur après une chute ou un accident, ou si vous avez eu un cancer</translation>
    </message>
    <message>
      <source>Otherwise, keep moving gently:</source>
      <translation>Sinon, continuez à bouger en douceur :</translation>
    </message>
    <message>
      <source>ordinary back pain usually settles within a few weeks, and staying active helps</source>
      <translation>le mal de dos ordinaire se calme généralement en quelques semaines, et rester actif aide</translation>
    </message>
    <message>
      <source>some discomfort is normal: hurt is not harm, but ease off a move that makes the pain sharp, shooting or worse</source>
      <translation>un certain inconfort est normal : avoir mal ne veut pas dire se blesser, mais allégez un exercice qui rend la douleur vive, fulgurante ou plus forte</translation>
    </message>
    <message>
      <source>see a doctor or physiotherapist if it is not getting better after a few weeks</source>
      <translation>consultez un médecin ou un kinésithérapeute si cela ne s’améliore pas après quelques semaines</translation>
    </message>
    <message>
      <source>Numb around your genitals or bottom, new bladder or bowel trouble, or both legs weak? Get emergency help now (Help → Safety notice).</source>
      <translation>Engourdissement autour des parties génitales ou des fesses, nouveaux troubles de la vessie ou des intestins, ou faiblesse dans les deux jambes ? Demandez immédiatement une aide d’urgence (Aide → Consignes de sécurité).</translation>
    </message>
  </context>
  <context>
    <name>reminder_view</name>
    <message>
      <source>Stretch break</source>
      <translation>Pause étirements</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Commencer</translation>
    </message>
    <message>
      <source>Open the break routine in the player</source>
      <translation>Ouvrir la routine de pause dans le lecteur</translation>
    </message>
    <message>
      <source>Snooze {minutes} min</source>
      <translation>Reporter de {minutes} min</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Passer</translation>
    </message>
    <message>
      <source>Skip this break; the next one comes after your usual interval</source>
      <translation>Passer cette pause ; la suivante viendra après votre intervalle habituel</translation>
    </message>
  </context>
  <context>
    <name>repository</name>
    <message>
      <source>This exercise is used in {routines}. Remove it from those routines first.</source>
      <translation>Cet exercice est utilisé dans {routines}. Retirez-le d’abord de ces routines.</translation>
    </message>
  </context>
  <context>
    <name>routine_actions</name>
    <message>
      <source>Built-in routines can't be changed; duplicate one to make your own (Ctrl+D)</source>
      <translation>Les routines intégrées ne peuvent pas être modifiées ; dupliquez-en une pour créer la vôtre (Ctrl+D)</translation>
    </message>
    <message>
      <source>Change this routine's steps (Ctrl+E; F2 renames)</source>
      <translation>Modifier les étapes de cette routine (Ctrl+E ; F2 pour renommer)</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>Nou&amp;velle</translation>
    </message>
    <message>
      <source>Make a new routine (Ctrl+N)</source>
      <translation>Créer une nouvelle routine (Ctrl+N)</translation>
    </message>
    <message>
      <source>&amp;Duplicate</source>
      <translation>Dupli&amp;quer</translation>
    </message>
    <message>
      <source>Copy this routine to change it (Ctrl+D)</source>
      <translation>Copier cette routine pour la modifier (Ctrl+D)</translation>
    </message>
    <message>
      <source>Ed&amp;it</source>
      <translation>Mod&amp;ifier</translation>
    </message>
    <message>
      <source>Dele&amp;te</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>Delete this routine (Delete); asks first</source>
      <translation>Supprimer cette routine (Delete) ; demande d’abord confirmation</translation>
    </message>
    <message>
      <source>Restore b&amp;uilt-ins…</source>
      <translation>Rétablir les routines in&amp;tégrées…</translation>
    </message>
    <message>
      <source>Bring back deleted or changed built-in routines</source>
      <translation>Ramener les routines intégrées supprimées ou modifiées</translation>
    </message>
  </context>
  <context>
    <name>routine_card</name>
    <message>
      <source>No strength routines yet</source>
      <translation>Pas encore de routine de renforcement</translation>
    </message>
    <message>
      <source>None of your routines is a strength one.</source>
      <translation>Aucune de vos routines n’est une routine de renforcement.</translation>
    </message>
    <message>
      <source>Or make a strength routine of your own with New (Ctrl+N).</source>
      <translation>Ou créez votre propre routine de renforcement avec Nouvelle (Ctrl+N).</translation>
    </message>
    <message>
      <source>No stretch routines yet</source>
      <translation>Pas encore de routine d’étirement</translation>
    </message>
    <message>
      <source>None of your routines is a stretch one.</source>
      <translation>Aucune de vos routines n’est une routine d’étirement.</translation>
    </message>
    <message>
      <source>Or make a stretch routine of your own with New (Ctrl+N).</source>
      <translation>Ou créez votre propre routine d’étirement avec Nouvelle (Ctrl+N).</translation>
    </message>
    <message>
      <source>No warm-up routines yet</source>
      <translation>Pas encore de routine d’échauffement</translation>
    </message>
    <message>
      <source>None of your routines is a warm-up one.</source>
      <translation>Aucune de vos routines n’est une routine d’échauffement.</translation>
    </message>
    <message>
      <source>Or make a warm-up routine of your own with New (Ctrl+N).</source>
      <translation>Ou créez votre propre routine d’échauffement avec Nouvelle (Ctrl+N).</translation>
    </message>
    <message>
      <source>No desk break routines yet</source>
      <translation>Pas encore de routine de pause au bureau</translation>
    </message>
    <message>
      <source>None of your routines is a desk break one.</source>
      <translation>Aucune de vos routines n’est une routine de pause au bureau.</translation>
    </message>
    <message>
      <source>Or make a desk break routine of your own with New (Ctrl+N).</source>
      <translation>Ou créez votre propre routine de pause au bureau avec Nouvelle (Ctrl+N).</translation>
    </message>
    <message>
      <source>Show &amp;all routines</source>
      <translation>Afficher t&amp;outes les routines</translation>
    </message>
    <message>
      <source>Make your first routine</source>
      <translation>Créez votre première routine</translation>
    </message>
    <message>
      <source>Pick a few moves, set their reps or holds, and save.</source>
      <translation>Choisissez quelques exercices, réglez leurs répétitions ou leurs maintiens, puis enregistrez.</translation>
    </message>
    <message>
      <source>&amp;Create a routine</source>
      <translation>&amp;Créer une routine</translation>
    </message>
    <message>
      <source>Restore built-ins brings back the ready-made routines.</source>
      <translation>« Rétablir les routines intégrées » ramène les routines toutes prêtes.</translation>
    </message>
  </context>
  <context>
    <name>routine_editing</name>
    <message>
      <source>New routine</source>
      <translation>Nouvelle routine</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (copie)</translation>
    </message>
    <message>
      <source>Total: no steps yet</source>
      <translation>Total : aucune étape pour l’instant</translation>
    </message>
    <message>
      <source>Total: about {duration}</source>
      <translation>Total : environ {duration}</translation>
    </message>
    <message numerus="yes">
      <source>{dose} · %n set(s)</source>
      <translation>
        <numerusform>{dose} · %n série</numerusform>
        <numerusform>{dose} · %n séries</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>routine_format</name>
    <message>
      <source>“{name}” uses an exercise that no longer exists ({id}).</source>
      <translation>« {name} » utilise un exercice qui n’existe plus ({id}).</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text (byte {byte} at position {position} cannot be read)</source>
      <translation>le fichier n’est pas du texte UTF-8 (l’octet {byte} à la position {position} est illisible)</translation>
    </message>
    <message>
      <source>the file is larger than {size} MB</source>
      <translation>le fichier dépasse {size} Mo</translation>
    </message>
    <message>
      <source>{value} is not a number JSON allows</source>
      <translation>{value} n’est pas un nombre autorisé en JSON</translation>
    </message>
    <message>
      <source>the key {key} appears twice in one object</source>
      <translation>la clé {key} apparaît deux fois dans un même objet</translation>
    </message>
    <message>
      <source>the file is not valid JSON (line {line}, column {column}: {error})</source>
      <translation>le fichier n’est pas du JSON valide (ligne {line}, colonne {column} : {error})</translation>
    </message>
    <message>
      <source>the file is not valid JSON ({error})</source>
      <translation>le fichier n’est pas du JSON valide ({error})</translation>
    </message>
    <message>
      <source>the file is nested more than {levels} levels deep</source>
      <translation>le fichier comporte plus de {levels} niveaux d’imbrication</translation>
    </message>
    <message>
      <source>the file must hold a JSON object with format, version and routines</source>
      <translation>le fichier doit contenir un objet JSON avec format, version et routines</translation>
    </message>
    <message>
      <source>must be {format}: this is not a routine file</source>
      <translation>doit valoir {format} : ce n’est pas un fichier de routines</translation>
    </message>
    <message>
      <source>the file is version {version}, from a newer LBH Desktop; this one reads version {readable}</source>
      <translation>le fichier est en version {version}, d’une version plus récente de LBH Desktop ; celle-ci lit la version {readable}</translation>
    </message>
    <message>
      <source>unknown exercise {id} (not in the catalogue, your exercises or this file)</source>
      <translation>exercice inconnu {id} (absent du catalogue, de vos exercices et de ce fichier)</translation>
    </message>
    <message>
      <source>{value} is also used by {other}</source>
      <translation>{value} est aussi utilisé par {other}</translation>
    </message>
    <message numerus="yes">
      <source>a number with %n digit(s) is far too large</source>
      <translation>
        <numerusform>un nombre de %n chiffre est beaucoup trop grand</numerusform>
        <numerusform>un nombre de %n chiffres est beaucoup trop grand</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>run</name>
    <message>
      <source>There is no routine called “{name}”. Routines: {names}.</source>
      <translation>Il n’existe aucune routine nommée « {name} ». Routines : {names}.</translation>
    </message>
    <message>
      <source>Routine not found</source>
      <translation>Routine introuvable</translation>
    </message>
    <message>
      <source>LBH Desktop cannot start</source>
      <translation>LBH Desktop ne peut pas démarrer</translation>
    </message>
  </context>
  <context>
    <name>safety_notice</name>
    <message>
      <source>If you have a back or hip injury, a recent operation, a medical condition or are pregnant, talk to a doctor or physiotherapist before you start.</source>
      <translation>Si vous avez une blessure au dos ou à la hanche, une opération récente, un problème de santé, ou si vous êtes enceinte, parlez-en à un médecin ou à un kinésithérapeute avant de commencer.</translation>
    </message>
    <message>
      <source>Warm up first, move slowly and stay within a comfortable range.</source>
      <translation>Échauffez-vous d’abord, bougez lentement et restez dans une amplitude confortable.</translation>
    </message>
    <message>
      <source>Mild stretching tension is fine. Stop at once if you feel sharp, shooting or worsening pain, numbness or tingling.</source>
      <translation>Une légère tension d’étirement est normale. Arrêtez immédiatement si vous ressentez une douleur vive, fulgurante ou qui s’aggrave, un engourdissement ou des fourmillements.</translation>
    </message>
    <message>
      <source>These routines are general exercise guidance, not medical advice.</source>
      <translation>Ces routines sont des conseils d’exercice généraux, pas un avis médical.</translation>
    </message>
    <message>
      <source>Before you start</source>
      <translation>Avant de commencer</translation>
    </message>
    <message>
      <source>I understand</source>
      <translation>J’ai compris</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
  </context>
  <context>
    <name>save_notice</name>
    <message>
      <source>Not saved: {reason}. Your changes are kept and saving is retried every 30 s.</source>
      <translation>Non enregistré : {reason}. Vos modifications sont conservées et l’enregistrement est retenté toutes les 30 s.</translation>
    </message>
    <message>
      <source>Not saved: the disk refused. Your changes are kept and saving is retried every 30 s.</source>
      <translation>Non enregistré : le disque a refusé l’écriture. Vos modifications sont conservées et l’enregistrement est retenté toutes les 30 s.</translation>
    </message>
  </context>
  <context>
    <name>score_chart</name>
    <message>
      <source>Habit strength grows each day you meet your goal and fades slowly when you miss — like Loop Habit Tracker's score.</source>
      <translation>La force de l’habitude augmente chaque jour où vous atteignez votre objectif et diminue lentement quand vous le manquez — comme le score de Loop Habit Tracker.</translation>
    </message>
    <message>
      <source>Strength on {date}: {percent} %</source>
      <translation>Renforcement le {date} : {percent} %</translation>
    </message>
    <message>
      <source>Stretching on {date}: {percent} %</source>
      <translation>Étirement le {date} : {percent} %</translation>
    </message>
    <message>
      <source>Strength</source>
      <translation>Renforcement</translation>
    </message>
    <message>
      <source>Stretching</source>
      <translation>Étirement</translation>
    </message>
    <message>
      <source>Strength — {percent} % today</source>
      <translation>Renforcement — {percent} % aujourd’hui</translation>
    </message>
    <message>
      <source>Stretching — {percent} % today</source>
      <translation>Étirement — {percent} % aujourd’hui</translation>
    </message>
    <message>
      <source>Consistency chart</source>
      <translation>Graphique de régularité</translation>
    </message>
    <message>
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
  </context>
  <context>
    <name>session_log</name>
    <message>
      <source>Saved in your history and counted in Progress.</source>
      <translation>Enregistré dans votre historique et compté dans Progrès.</translation>
    </message>
    <message>
      <source>Saved in your history and counted in Progress: sessions count toward Progress once at least half is done, and this one reached {percent} %.</source>
      <translation>Enregistré dans votre historique et compté dans Progrès : une séance compte dans Progrès dès que la moitié au moins est faite, et celle-ci a atteint {percent} %.</translation>
    </message>
    <message>
      <source>Saved in your history, but not counted in Progress: sessions count toward Progress once at least half is done, and this one reached {percent} %.</source>
      <translation>Enregistré dans votre historique, mais pas compté dans Progrès : une séance compte dans Progrès dès que la moitié au moins est faite, et celle-ci n’a atteint que {percent} %.</translation>
    </message>
    <message>
      <source>You have 1 session that stopped before half way; it does not count. Sessions count toward Progress once at least half is done.</source>
      <translation>Vous avez 1 séance arrêtée avant la moitié ; elle ne compte pas. Une séance compte dans Progrès dès que la moitié au moins est faite.</translation>
    </message>
    <message numerus="yes">
      <source>You have %n sessions that stopped before half way; they do not count. Sessions count toward Progress once at least half is done.</source>
      <translation>
        <numerusform>Vous avez %n séance arrêtée avant la moitié ; elle ne compte pas. Une séance compte dans Progrès dès que la moitié au moins est faite.</numerusform>
        <numerusform>Vous avez %n séances arrêtées avant la moitié ; elles ne comptent pas. Une séance compte dans Progrès dès que la moitié au moins est faite.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>settings_controller</name>
    <message>
      <source>Your desktop asks for dark colours now.</source>
      <translation>Votre environnement de bureau demande maintenant des couleurs sombres.</translation>
    </message>
    <message>
      <source>Your desktop asks for light colours now.</source>
      <translation>Votre environnement de bureau demande maintenant des couleurs claires.</translation>
    </message>
    <message>
      <source>Your desktop does not say whether it is light or dark, so the light theme is used.</source>
      <translation>Votre environnement de bureau n’indique pas s’il est en mode clair ou sombre : le thème clair est donc utilisé.</translation>
    </message>
  </context>
  <context>
    <name>settings_dialog</name>
    <message>
      <source>Voice settings are not available in this version; cues are beeps.</source>
      <translation>Les paramètres de voix ne sont pas disponibles dans cette version ; les signaux sont des bips.</translation>
    </message>
    <message>
      <source>Reset to defaults?</source>
      <translation>Rétablir les valeurs par défaut ?</translation>
    </message>
    <message>
      <source>Put the default values in every field of this dialog?

Nothing changes until you press OK. Your history, routines and break schedule are kept.</source>
      <translation>Mettre les valeurs par défaut dans tous les champs de cette fenêtre ?

Rien ne change tant que vous n’appuyez pas sur OK. Votre historique, vos routines et vos horaires de pauses sont conservés.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>&amp;Sound and voice</source>
      <translation>&amp;Son et voix</translation>
    </message>
    <message>
      <source>&amp;Player and goals</source>
      <translation>&amp;Lecteur et objectifs</translation>
    </message>
    <message>
      <source>&amp;Appearance</source>
      <translation>&amp;Apparence</translation>
    </message>
    <message>
      <source>&amp;Data</source>
      <translation>&amp;Données</translation>
    </message>
    <message>
      <source>Data &amp;folder</source>
      <translation>Dossier de do&amp;nnées</translation>
    </message>
    <message>
      <source>Settings pages</source>
      <translation>Pages des paramètres</translation>
    </message>
    <message>
      <source>Ctrl+Tab moves to the next page</source>
      <translation>Ctrl+Tab passe à la page suivante</translation>
    </message>
    <message>
      <source>&amp;Reset to defaults…</source>
      <translation>&amp;Rétablir les valeurs par défaut…</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Use these settings</source>
      <translation>Appliquer ces paramètres</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Close without changing anything (Esc)</source>
      <translation>Fermer sans rien modifier (Esc)</translation>
    </message>
    <message>
      <source>Reset to defaults</source>
      <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
      <source>Fill in the default values (asks first)</source>
      <translation>Remplir avec les valeurs par défaut (demande d’abord confirmation)</translation>
    </message>
    <message>
      <source>Play cue &amp;sounds (3-2-1 beeps, start and end)</source>
      <translation>Jouer les signaux s&amp;onores (bips 3-2-1, début et fin)</translation>
    </message>
    <message>
      <source>Cue sounds</source>
      <translation>Signaux sonores</translation>
    </message>
    <message>
      <source>Beeps at 3-2-1 and when a move starts or ends (M)</source>
      <translation>Bips à 3-2-1 et au début ou à la fin d’un exercice (M)</translation>
    </message>
    <message>
      <source>Sound volume</source>
      <translation>Volume sonore</translation>
    </message>
    <message>
      <source>Loudness of the cue sounds, 0–100 %</source>
      <translation>Volume des signaux sonores, 0–100 %</translation>
    </message>
    <message>
      <source>&amp;Volume:</source>
      <translation>&amp;Volume :</translation>
    </message>
    <message>
      <source>Voice</source>
      <translation>Voix</translation>
    </message>
    <message>
      <source>Get-ready countdown</source>
      <translation>Compte à rebours de préparation</translation>
    </message>
    <message>
      <source>Seconds to get into position before the first move (0 starts at once)</source>
      <translation>Secondes pour vous mettre en position avant le premier exercice (0 démarre tout de suite)</translation>
    </message>
    <message>
      <source>Default rest</source>
      <translation>Repos par défaut</translation>
    </message>
    <message>
      <source>The rest after a move that a new step gets in the routine editor</source>
      <translation>Le repos après l’exercice, attribué à chaque nouvelle étape dans l’éditeur de routines</translation>
    </message>
    <message>
      <source> a week</source>
      <translation> par semaine</translation>
    </message>
    <message>
      <source>Strength sessions a week</source>
      <translation>Séances de renforcement par semaine</translation>
    </message>
    <message>
      <source>2–3 a week is the usual guidance</source>
      <translation>2–3 par semaine, c’est la recommandation habituelle</translation>
    </message>
    <message>
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <source>Stretching days a week</source>
      <translation>Jours d’étirement par semaine</translation>
    </message>
    <message>
      <source>Daily stretching is the usual guidance</source>
      <translation>La recommandation habituelle : s’étirer chaque jour</translation>
    </message>
    <message>
      <source>&amp;Get-ready countdown:</source>
      <translation>&amp;Compte à rebours de préparation :</translation>
    </message>
    <message>
      <source>Default &amp;rest for new steps:</source>
      <translation>Re&amp;pos par défaut des nouvelles étapes :</translation>
    </message>
    <message>
      <source>S&amp;trength goal:</source>
      <translation>Objectif de ren&amp;forcement :</translation>
    </message>
    <message>
      <source>Str&amp;etching goal:</source>
      <translation>Objectif d’é&amp;tirement :</translation>
    </message>
    <message>
      <source>Break &amp;schedule…</source>
      <translation>&amp;Horaires des pauses…</translation>
    </message>
    <message>
      <source>Break schedule</source>
      <translation>Horaires des pauses</translation>
    </message>
    <message>
      <source>Stretch-break reminders: interval, working days and hours, routine</source>
      <translation>Rappels de pause étirements : intervalle, jours et heures de travail, routine</translation>
    </message>
    <message>
      <source>Settings folder</source>
      <translation>Dossier des paramètres</translation>
    </message>
    <message>
      <source>This computer's own settings; the Data folder page says where your history is</source>
      <translation>Les paramètres propres à cet ordinateur ; la page Dossier de données indique où se trouve votre historique</translation>
    </message>
    <message>
      <source>Open settings folder</source>
      <translation>Ouvrir le dossier des paramètres</translation>
    </message>
    <message>
      <source>Se&amp;ttings folder:</source>
      <translation>Dossier des &amp;paramètres :</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Dossier de données</translation>
    </message>
    <message>
      <source>Your history, routines and settings live here</source>
      <translation>Votre historique, vos routines et vos paramètres sont enregistrés ici</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
      <source>Data &amp;folder:</source>
      <translation>Dossier de do&amp;nnées :</translation>
    </message>
    <message>
      <source>&amp;Open folder</source>
      <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
      <source>Show the folder in your file manager</source>
      <translation>Afficher le dossier dans votre gestionnaire de fichiers</translation>
    </message>
    <message>
      <source>Breaks:</source>
      <translation>Pauses :</translation>
    </message>
    <message>
      <source>Could not open a file manager. The folder is {folder}</source>
      <translation>Impossible d’ouvrir un gestionnaire de fichiers. Le dossier est {folder}</translation>
    </message>
    <message>
      <source>The defaults are filled in: OK uses them, Cancel keeps yours.</source>
      <translation>Les valeurs par défaut sont remplies : OK les applique, Annuler garde les vôtres.</translation>
    </message>
  </context>
  <context>
    <name>settings_values</name>
    <message>
      <source>Follow the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
  </context>
  <context>
    <name>sound</name>
    <message>
      <source>Sound is starting…</source>
      <translation>Démarrage du son…</translation>
    </message>
    <message>
      <source>Sound is off: audio libraries missing ({error}).</source>
      <translation>Son désactivé : bibliothèques audio manquantes ({error}).</translation>
    </message>
    <message>
      <source>Sound is off: no audio output device was found.</source>
      <translation>Son désactivé : aucun périphérique de sortie audio n’a été trouvé.</translation>
    </message>
    <message>
      <source>Sound is off: the audio system reported an error.</source>
      <translation>Son désactivé : le système audio a signalé une erreur.</translation>
    </message>
    <message>
      <source>Sound is off: the cue sounds could not be read.</source>
      <translation>Son désactivé : les fichiers des signaux sonores n’ont pas pu être lus.</translation>
    </message>
  </context>
  <context>
    <name>speech</name>
    <message>
      <source>Voice: off — using beeps</source>
      <translation>Voix : désactivée — bips utilisés</translation>
    </message>
    <message>
      <source>Voice: on ({engine})</source>
      <translation>Voix : activée ({engine})</translation>
    </message>
    <message>
      <source>Voice: not checked yet — it starts with the first routine</source>
      <translation>Voix : pas encore vérifiée — la vérification se fait à la première routine</translation>
    </message>
    <message>
      <source>Voice: looking for a speech engine…</source>
      <translation>Voix : recherche d’un moteur de synthèse vocale…</translation>
    </message>
    <message>
      <source>Voice: not available — {reason}</source>
      <translation>Voix : non disponible — {reason}</translation>
    </message>
    <message>
      <source>Voice: spoken cues are not available in {language} — using beeps ({reason})</source>
      <translation>Voix : les annonces vocales ne sont pas disponibles en {language} — bips utilisés ({reason})</translation>
    </message>
    <message>
      <source>Voice: not available — using beeps ({reason})</source>
      <translation>Voix : non disponible — bips utilisés ({reason})</translation>
    </message>
    <message>
      <source>the speech engine reported an error: {message}</source>
      <translation>le moteur de synthèse vocale a signalé une erreur : {message}</translation>
    </message>
    <message>
      <source>Next: bird dog, left side, 30 seconds</source>
      <translation>Ensuite : bird dog, côté gauche, 30 secondes</translation>
    </message>
  </context>
  <context>
    <name>speech_engines</name>
    <message>
      <source>English</source>
      <translation>anglais</translation>
    </message>
    <message>
      <source>German</source>
      <translation>allemand</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>espagnol</translation>
    </message>
    <message>
      <source>French</source>
      <translation>français</translation>
    </message>
    <message>
      <source>{engine} has no voice for {language}</source>
      <translation>{engine} n’a pas de voix en {language}</translation>
    </message>
    <message>
      <source>the speech engine reported an error</source>
      <translation>le moteur de synthèse vocale a signalé une erreur</translation>
    </message>
    <message>
      <source>no speech engine is installed</source>
      <translation>aucun moteur de synthèse vocale n’est installé</translation>
    </message>
    <message>
      <source>speech-dispatcher is not installed or not running</source>
      <translation>speech-dispatcher n’est pas installé ou ne fonctionne pas</translation>
    </message>
    <message>
      <source>{native}, and {fallback}</source>
      <translation>{native}, et {fallback}</translation>
    </message>
    <message>
      <source>this build cannot check for a speech engine safely</source>
      <translation>cette version ne peut pas rechercher un moteur de synthèse vocale en toute sécurité</translation>
    </message>
    <message>
      <source>the speech service did not answer within {seconds} s</source>
      <translation>le service de synthèse vocale n’a pas répondu dans les {seconds} s</translation>
    </message>
    <message>
      <source>the speech check could not start</source>
      <translation>la vérification de la synthèse vocale n’a pas pu démarrer</translation>
    </message>
    <message>
      <source>the speech check failed</source>
      <translation>la vérification de la synthèse vocale a échoué</translation>
    </message>
  </context>
  <context>
    <name>speech_espeak</name>
    <message>
      <source>no audio output device was found: start PulseAudio or PipeWire, or connect speakers or headphones, then restart the app (espeak-ng is installed and will speak then)</source>
      <translation>aucun périphérique de sortie audio n’a été trouvé : démarrez PulseAudio ou PipeWire, ou branchez des haut-parleurs ou un casque, puis redémarrez l’application (espeak-ng est installé et parlera alors)</translation>
    </message>
    <message>
      <source>no audio output device was found: start PulseAudio or PipeWire, or connect speakers or headphones; and install the espeak-ng package, then restart the app</source>
      <translation>aucun périphérique de sortie audio n’a été trouvé : démarrez PulseAudio ou PipeWire, ou branchez des haut-parleurs ou un casque ; installez aussi le paquet espeak-ng, puis redémarrez l’application</translation>
    </message>
    <message>
      <source>espeak-ng is not installed: install the espeak-ng package, then restart the app</source>
      <translation>espeak-ng n’est pas installé : installez le paquet espeak-ng, puis redémarrez l’application</translation>
    </message>
  </context>
  <context>
    <name>speech_setup</name>
    <message>
      <source>Voice: not available — using beeps</source>
      <translation>Voix : non disponible — bips utilisés</translation>
    </message>
    <message>
      <source>Voice: not available — no audio output</source>
      <translation>Voix : non disponible — pas de sortie audio</translation>
    </message>
    <message>
      <source>Voice status</source>
      <translation>État de la voix</translation>
    </message>
    <message>
      <source>{status}. Voice settings: Edit → Preferences…</source>
      <translation>{status}. Paramètres de la voix : Édition → Préférences…</translation>
    </message>
  </context>
  <context>
    <name>startup_repository</name>
    <message>
      <source>Restore your history?</source>
      <translation>Restaurer votre historique ?</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
      <source>Use the backup from {date}</source>
      <translation>Utiliser la sauvegarde du {date}</translation>
    </message>
    <message>
      <source>Start empty</source>
      <translation>Repartir de zéro</translation>
    </message>
    <message>
      <source>Start with no history; the backup stays in its folder</source>
      <translation>Commencer sans historique ; la sauvegarde reste dans son dossier</translation>
    </message>
    <message>
      <source>Your history file could not be used: {problem}.

It was moved to
{path}
so nothing is lost.</source>
      <translation>Votre fichier d’historique n’a pas pu être utilisé : {problem}.

Il a été déplacé vers
{path}
pour que rien ne soit perdu.</translation>
    </message>
    <message>
      <source>Your data folder {folder} can't be used right now ({problem}). This time your sessions are kept in the default folder {default}; choose the folder again in Settings → Data folder once it is back.</source>
      <translation>Votre dossier de données {folder} ne peut pas être utilisé pour l’instant ({problem}). Cette fois, vos séances sont conservées dans le dossier par défaut {default} ; choisissez de nouveau le dossier dans Paramètres → Dossier de données quand il sera de nouveau disponible.</translation>
    </message>
    <message>
      <source>A new, empty history was started.</source>
      <translation>Un nouvel historique vide a été créé.</translation>
    </message>
    <message>
      <source>The data folder {folder} cannot be used: {error}</source>
      <translation>Le dossier de données {folder} ne peut pas être utilisé : {error}</translation>
    </message>
    <message>
      <source>it does not exist</source>
      <translation>il n’existe pas</translation>
    </message>
    <message>
      <source>it is not a folder</source>
      <translation>ce n’est pas un dossier</translation>
    </message>
    <message>
      <source>LBH Desktop may not write there</source>
      <translation>LBH Desktop n’a pas le droit d’y écrire</translation>
    </message>
    <message>
      <source>The backup could not be restored ({error}); an empty history was started.</source>
      <translation>La sauvegarde n’a pas pu être restaurée ({error}) ; un historique vide a été créé.</translation>
    </message>
    <message>
      <source>Your history was restored from the backup of {date}.</source>
      <translation>Votre historique a été restauré à partir de la sauvegarde du {date}.</translation>
    </message>
    <message>
      <source>A new, empty history was started. Your backups are kept in
{folder}</source>
      <translation>Un nouvel historique vide a été créé. Vos sauvegardes sont conservées dans
{folder}</translation>
    </message>
    <message>
      <source>There was no backup to restore, so a new, empty history was started.</source>
      <translation>Il n’y avait aucune sauvegarde à restaurer : un nouvel historique vide a donc été créé.</translation>
    </message>
    <message numerus="yes">
      <source>A backup from {date} (%n session(s)) opens fine.
Restore it, or start with an empty history?</source>
      <translation>
        <numerusform>Une sauvegarde du {date} (%n séance) s’ouvre sans problème.
Voulez-vous la restaurer ou repartir avec un historique vide ?</numerusform>
        <numerusform>Une sauvegarde du {date} (%n séances) s’ouvre sans problème.
Voulez-vous la restaurer ou repartir avec un historique vide ?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>step_form</name>
    <message>
      <source>Timed hold</source>
      <translation>Maintien chronométré</translation>
    </message>
    <message>
      <source>Repetitions</source>
      <translation>Répétitions</translation>
    </message>
    <message>
      <source>Open-ended hold</source>
      <translation>Maintien libre</translation>
    </message>
    <message>
      <source>Problem: {problems}</source>
      <translation>Problème : {problems}</translation>
    </message>
    <message>
      <source>Move of this step</source>
      <translation>Exercice de cette étape</translation>
    </message>
    <message>
      <source>Chan&amp;ge move…</source>
      <translation>Chan&amp;ger d’exercice…</translation>
    </message>
    <message>
      <source>Swap this step's move for another one (Ctrl+M)</source>
      <translation>Remplacer l’exercice de cette étape par un autre (Ctrl+M)</translation>
    </message>
    <message>
      <source>Change move</source>
      <translation>Changer d’exercice</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Mode</translation>
    </message>
    <message>
      <source>Timed hold, a number of repetitions, or a hold you end yourself</source>
      <translation>Maintien chronométré, nombre de répétitions, ou maintien que vous terminez vous-même</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Durée</translation>
    </message>
    <message>
      <source>How long one hold lasts</source>
      <translation>Durée d’un maintien</translation>
    </message>
    <message>
      <source>Repetitions in one set</source>
      <translation>Répétitions par série</translation>
    </message>
    <message>
      <source>Sets</source>
      <translation>Séries</translation>
    </message>
    <message>
      <source>How many times the move is done</source>
      <translation>Nombre de fois que l’exercice est fait</translation>
    </message>
    <message>
      <source>Rest between sets</source>
      <translation>Repos entre les séries</translation>
    </message>
    <message>
      <source>Pause between two sets</source>
      <translation>Pause entre deux séries</translation>
    </message>
    <message>
      <source>Rest after</source>
      <translation>Repos après</translation>
    </message>
    <message>
      <source>Pause before the next step</source>
      <translation>Pause avant l’étape suivante</translation>
    </message>
    <message>
      <source>Each s&amp;ide (left, then right)</source>
      <translation>De &amp;chaque côté (gauche, puis droite)</translation>
    </message>
    <message>
      <source>Per side</source>
      <translation>Par côté</translation>
    </message>
    <message>
      <source>Do the move on the left, then on the right</source>
      <translation>Faire l’exercice à gauche, puis à droite</translation>
    </message>
    <message>
      <source>Variation</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Easier or harder version of the move</source>
      <translation>Version plus facile ou plus difficile de l’exercice</translation>
    </message>
    <message>
      <source>Select a step, or add one from the moves.</source>
      <translation>Sélectionnez une étape, ou ajoutez-en une depuis les exercices.</translation>
    </message>
    <message>
      <source>&amp;Duration:</source>
      <translation>&amp;Durée :</translation>
    </message>
    <message>
      <source>M&amp;ode:</source>
      <translation>M&amp;ode :</translation>
    </message>
    <message>
      <source>Re&amp;ps:</source>
      <translation>Ré&amp;pétitions :</translation>
    </message>
    <message>
      <source>Set &amp;count:</source>
      <translation>Nom&amp;bre de séries :</translation>
    </message>
    <message>
      <source>Rest bet&amp;ween sets:</source>
      <translation>Repos entre &amp;les séries :</translation>
    </message>
    <message>
      <source>Rest &amp;after:</source>
      <translation>Repos &amp;après :</translation>
    </message>
    <message>
      <source>&amp;Variation:</source>
      <translation>&amp;Version :</translation>
    </message>
    <message>
      <source>&amp;Duration (aim):</source>
      <translation>&amp;Durée (objectif) :</translation>
    </message>
  </context>
  <context>
    <name>step_list_model</name>
    <message>
      <source>Step {number}: {title}, {detail} (needs fixing)</source>
      <translation>Étape {number} : {title}, {detail} (à corriger)</translation>
    </message>
    <message>
      <source>Step {number}: {title}, {detail} (unusual value)</source>
      <translation>Étape {number} : {title}, {detail} (valeur inhabituelle)</translation>
    </message>
    <message>
      <source>Step {number}: {title}, {detail}</source>
      <translation>Étape {number} : {title}, {detail}</translation>
    </message>
  </context>
  <context>
    <name>steps_table</name>
    <message>
      <source>Move</source>
      <translation>Exercice</translation>
    </message>
    <message>
      <source>Dose</source>
      <translation>Dose</translation>
    </message>
    <message>
      <source>Sets</source>
      <translation>Séries</translation>
    </message>
    <message>
      <source>Set rest</source>
      <translation>Repos entre séries</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <source>Steps of the routine</source>
      <translation>Étapes de la routine</translation>
    </message>
    <message>
      <source>The moves of this routine, in order, with sets and rests</source>
      <translation>Les exercices de cette routine, dans l’ordre, avec séries et repos</translation>
    </message>
  </context>
  <context>
    <name>stretch_goal_marks</name>
    <message numerus="yes">
      <source>{days}/%n day(s)</source>
      <translation>
        <numerusform>{days}/%n jour</numerusform>
        <numerusform>{days}/%n jours</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tables</name>
    <message>
      <source>date must be text, not {type}</source>
      <translation>date doit être du texte, et non de type {type}</translation>
    </message>
  </context>
  <context>
    <name>this_hurts</name>
    <message>
      <source>This hurts</source>
      <translation>Ça fait mal</translation>
    </message>
    <message>
      <source>{move} is stopped.</source>
      <translation>Exercice arrêté : {move}.</translation>
    </message>
    <message>
      <source>Mild stretching tension is fine, but never push through sharp, shooting or worsening pain, numbness or tingling.</source>
      <translation>Une légère tension d’étirement est normale, mais ne forcez jamais malgré une douleur vive, fulgurante ou qui s’aggrave, un engourdissement ou des fourmillements.</translation>
    </message>
    <message>
      <source>Try the easier version ({move})</source>
      <translation>Essayer la version plus facile ({move})</translation>
    </message>
    <message>
      <source>Start this move again with its easier version</source>
      <translation>Recommencer cet exercice dans sa version plus facile</translation>
    </message>
    <message>
      <source>Skip to the next move</source>
      <translation>Passer à l’exercice suivant</translation>
    </message>
    <message>
      <source>Leave out the rest of this move</source>
      <translation>Laisser de côté la suite de cet exercice</translation>
    </message>
    <message>
      <source>Stop the routine</source>
      <translation>Arrêter la routine</translation>
    </message>
    <message>
      <source>End the session; what you did is kept</source>
      <translation>Terminer la séance ; ce que vous avez fait est conservé</translation>
    </message>
    <message>
      <source>easier</source>
      <translation>plus facile</translation>
    </message>
  </context>
  <context>
    <name>tray_view</name>
    <message>
      <source>Open LBH Desktop</source>
      <translation>Ouvrir LBH Desktop</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
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
      <translation>La plus facile</translation>
    </message>
    <message>
      <source>Easier</source>
      <translation>Plus facile</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>Harder</source>
      <translation>Plus difficile</translation>
    </message>
    <message>
      <source>Hardest</source>
      <translation>La plus difficile</translation>
    </message>
    <message>
      <source>Easiest version</source>
      <translation>Version la plus facile</translation>
    </message>
    <message>
      <source>Easier version</source>
      <translation>Version plus facile</translation>
    </message>
    <message>
      <source>Standard version</source>
      <translation>Version standard</translation>
    </message>
    <message>
      <source>Harder version</source>
      <translation>Version plus difficile</translation>
    </message>
    <message>
      <source>Hardest version</source>
      <translation>Version la plus difficile</translation>
    </message>
    <message>
      <source>Left side</source>
      <translation>Côté gauche</translation>
    </message>
    <message>
      <source>Right side</source>
      <translation>Côté droit</translation>
    </message>
    <message>
      <source>Left leg</source>
      <translation>Jambe gauche</translation>
    </message>
    <message>
      <source>Right leg</source>
      <translation>Jambe droite</translation>
    </message>
    <message>
      <source>Easier version: {how}</source>
      <translation>Version plus facile : {how}</translation>
    </message>
    <message>
      <source>Harder version: {how}</source>
      <translation>Version plus difficile : {how}</translation>
    </message>
  </context>
  <context>
    <name>voice_cues</name>
    <message>
      <source>Next move</source>
      <translation>Exercice suivant</translation>
    </message>
    <message>
      <source>3, 2, 1 countdown</source>
      <translation>Décompte 3, 2, 1</translation>
    </message>
    <message>
      <source>Halfway</source>
      <translation>À mi-parcours</translation>
    </message>
    <message>
      <source>Switch sides</source>
      <translation>Changez de côté</translation>
    </message>
    <message>
      <source>Rest</source>
      <translation>Repos</translation>
    </message>
    <message>
      <source>Routine complete</source>
      <translation>Routine terminée</translation>
    </message>
    <message>
      <source>Breathing on long holds</source>
      <translation>Respiration pendant les longs maintiens</translation>
    </message>
    <message>
      <source>Breathe out</source>
      <translation>Expirez</translation>
    </message>
    <message>
      <source>left side</source>
      <translation>côté gauche</translation>
    </message>
    <message>
      <source>right side</source>
      <translation>côté droit</translation>
    </message>
    <message>
      <source>left leg</source>
      <translation>jambe gauche</translation>
    </message>
    <message>
      <source>right leg</source>
      <translation>jambe droite</translation>
    </message>
    <message>
      <source>left arm</source>
      <translation>bras gauche</translation>
    </message>
    <message>
      <source>right arm</source>
      <translation>bras droit</translation>
    </message>
    <message>
      <source>Next: {move}, set {number} of {count}, {dose}</source>
      <translation>Ensuite : {move}, série {number} sur {count}, {dose}</translation>
    </message>
    <message>
      <source>Next: {move}, {dose}</source>
      <translation>Ensuite : {move}, {dose}</translation>
    </message>
    <message>
      <source>Next: {move}, set {number} of {count}, {side}, {dose}</source>
      <translation>Ensuite : {move}, série {number} sur {count}, {side}, {dose}</translation>
    </message>
    <message>
      <source>Next: {move}, {side}, {dose}</source>
      <translation>Ensuite : {move}, {side}, {dose}</translation>
    </message>
    <message numerus="yes">
      <source>Rest, %n second(s).</source>
      <translation>
        <numerusform>Repos, %n seconde.</numerusform>
        <numerusform>Repos, %n secondes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Rest, %n second(s). Next: set {number} of {count}</source>
      <translation>
        <numerusform>Repos, %n seconde. Ensuite : série {number} sur {count}</numerusform>
        <numerusform>Repos, %n secondes. Ensuite : série {number} sur {count}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Rest, %n second(s). Next: {move}</source>
      <translation>
        <numerusform>Repos, %n seconde. Ensuite : {move}</numerusform>
        <numerusform>Repos, %n secondes. Ensuite : {move}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n seconde</numerusform>
        <numerusform>%n secondes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rep(s)</source>
      <translation>
        <numerusform>%n répétition</numerusform>
        <numerusform>%n répétitions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>hold, aim for %n second(s)</source>
      <translation>
        <numerusform>maintien, objectif %n seconde</numerusform>
        <numerusform>maintien, objectif %n secondes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>voice_settings_section</name>
    <message>
      <source>System default</source>
      <translation>Par défaut du système</translation>
    </message>
    <message>
      <source>Voice: not available — using beeps (no speech engine)</source>
      <translation>Voix : non disponible — bips utilisés (aucun moteur de synthèse vocale)</translation>
    </message>
    <message>
      <source>Says the move coming up: “Next: bird dog, left side, 30 seconds”</source>
      <translation>Annonce l’exercice à venir : « Ensuite : bird dog, côté gauche, 30 secondes »</translation>
    </message>
    <message>
      <source>Counts “3, 2, 1” before each change</source>
      <translation>Compte « 3, 2, 1 » avant chaque changement</translation>
    </message>
    <message>
      <source>Says “Halfway” during holds of 10 s or more</source>
      <translation>Dit « À mi-parcours » pendant les maintiens de 10 s ou plus</translation>
    </message>
    <message>
      <source>Says “Switch sides” between the left and right side</source>
      <translation>Dit « Changez de côté » entre le côté gauche et le côté droit</translation>
    </message>
    <message>
      <source>Says the rest and what follows: “Rest, 20 seconds. Next: superman”</source>
      <translation>Annonce le repos et la suite : « Repos, 20 secondes. Ensuite : superman »</translation>
    </message>
    <message>
      <source>Says “Routine complete” at the end</source>
      <translation>Dit « Routine terminée » à la fin</translation>
    </message>
    <message>
      <source>Says “Breathe out” every 6 s during holds longer than 20 s</source>
      <translation>Dit « Expirez » toutes les 6 s pendant les maintiens de plus de 20 s</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normale</translation>
    </message>
    <message>
      <source>Faster {percent} %</source>
      <translation>Plus rapide de {percent} %</translation>
    </message>
    <message>
      <source>Slower {percent} %</source>
      <translation>Plus lente de {percent} %</translation>
    </message>
    <message>
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
    <message>
      <source>Voice</source>
      <translation>Voix</translation>
    </message>
    <message>
      <source>Speak the &amp;cues (otherwise beeps)</source>
      <translation>Dire les annonces à voix &amp;haute (sinon des bips)</translation>
    </message>
    <message>
      <source>Spoken cues</source>
      <translation>Annonces vocales</translation>
    </message>
    <message>
      <source>Say cues aloud, so you can watch the floor</source>
      <translation>Dire les annonces à voix haute, pour pouvoir garder les yeux au sol</translation>
    </message>
    <message>
      <source>Say: {cue}</source>
      <translation>Dire : {cue}</translation>
    </message>
    <message>
      <source>Which voice says the cues</source>
      <translation>La voix qui dit les annonces</translation>
    </message>
    <message>
      <source>Speaking rate</source>
      <translation>Vitesse de parole</translation>
    </message>
    <message>
      <source>How fast the cues are said</source>
      <translation>Vitesse à laquelle les annonces sont dites</translation>
    </message>
    <message>
      <source>Voice volume</source>
      <translation>Volume de la voix</translation>
    </message>
    <message>
      <source>Loudness of the spoken cues, 0–100 %</source>
      <translation>Volume des annonces vocales, 0–100 %</translation>
    </message>
    <message>
      <source>&amp;Test voice</source>
      <translation>&amp;Tester la voix</translation>
    </message>
    <message>
      <source>Test voice</source>
      <translation>Tester la voix</translation>
    </message>
    <message>
      <source>Say a sample cue with these settings</source>
      <translation>Dire une annonce d’exemple avec ces réglages</translation>
    </message>
    <message>
      <source>Voice status</source>
      <translation>État de la voix</translation>
    </message>
    <message>
      <source>V&amp;oice:</source>
      <translation>Vo&amp;ix :</translation>
    </message>
    <message>
      <source>Rat&amp;e:</source>
      <translation>Vit&amp;esse :</translation>
    </message>
    <message>
      <source>Vo&amp;lume:</source>
      <translation>Volu&amp;me :</translation>
    </message>
  </context>
  <context>
    <name>weekly_chart</name>
    <message>
      <source>Strength</source>
      <translation>Renforcement</translation>
    </message>
    <message>
      <source>Stretch</source>
      <translation>Étirement</translation>
    </message>
    <message>
      <source>Desk breaks</source>
      <translation>Pauses au bureau</translation>
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
      <translation>{week} ({days}) : {strength}, {stretch}, {desk_breaks}</translation>
    </message>
    <message>
      <source>Strength goal met</source>
      <translation>Objectif de renforcement atteint</translation>
    </message>
    <message>
      <source>Strength goal not met</source>
      <translation>Objectif de renforcement non atteint</translation>
    </message>
    <message>
      <source>Skip days: {count}</source>
      <translation>Jours d’absence : {count}</translation>
    </message>
    <message>
      <source>Average pain: {pain} of 10</source>
      <translation>Douleur moyenne : {pain} sur 10</translation>
    </message>
    <message>
      <source>Strength goal ({goal} a week)</source>
      <translation>Objectif de renforcement ({goal} par semaine)</translation>
    </message>
    <message numerus="yes">
      <source>%n week(s)</source>
      <translation>
        <numerusform>%n semaine</numerusform>
        <numerusform>%n semaines</numerusform>
      </translation>
    </message>
    <message>
      <source>{weeks} wk</source>
      <translation>{weeks} sem.</translation>
    </message>
    <message numerus="yes">
      <source>Stretching goal (%n day(s) a week)</source>
      <translation>
        <numerusform>Objectif d’étirement (%n jour par semaine)</numerusform>
        <numerusform>Objectif d’étirement (%n jours par semaine)</numerusform>
      </translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message>
      <source>Weeks to results</source>
      <translation>Semaines avant les résultats</translation>
    </message>
    <message>
      <source>Weeks chart</source>
      <translation>Graphique des semaines</translation>
    </message>
    <message numerus="yes">
      <source>stretching on %n day(s) (goal met)</source>
      <translation>
        <numerusform>étirement : %n jour (objectif atteint)</numerusform>
        <numerusform>étirement : %n jours (objectif atteint)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>stretching on %n day(s) (goal not met)</source>
      <translation>
        <numerusform>étirement : %n jour (objectif non atteint)</numerusform>
        <numerusform>étirement : %n jours (objectif non atteint)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n strength ({minutes} min)</source>
      <translation>
        <numerusform>%n séance de renforcement ({minutes} min)</numerusform>
        <numerusform>%n séances de renforcement ({minutes} min)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n stretch ({minutes} min)</source>
      <translation>
        <numerusform>%n séance d’étirement ({minutes} min)</numerusform>
        <numerusform>%n séances d’étirement ({minutes} min)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n desk break(s) ({minutes} min)</source>
      <translation>
        <numerusform>%n pause au bureau ({minutes} min)</numerusform>
        <numerusform>%n pauses au bureau ({minutes} min)</numerusform>
      </translation>
    </message>
  </context>
</TS>
