"""The player's buttons: their icons, names, tips and the states of play/pause and sound."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton

from lbh_desktop.ui.shared.adaptive_row import AdaptiveRow
from lbh_desktop.ui.shared.icons import themed_icon

PRIMARY_ICONS = {"Pause": "media-playback-pause", "Back to routines": "go-previous"}
"""The primary button's icon by its text; any other (Start, Resume) plays."""
SOUND_TIP = "Turn cue sounds on or off (M)"


class PlayerButtons:
    """Builds the buttons once; the view lays them out and connects them."""

    def __init__(self) -> None:
        self.back = QPushButton(themed_icon("media-skip-backward"), "Back")
        self.primary = QPushButton("Start")
        self.primary.setObjectName("primary")
        self._primary_icon_name = ""
        self.show_primary("Start", enabled=True)
        self.skip = QPushButton(themed_icon("media-skip-forward"), "Skip")
        self.done = QPushButton(themed_icon("object-select"), "Done")
        self.stop = QPushButton(themed_icon("media-playback-stop"), "Stop")
        self.mute = QPushButton("Sound on")
        self.mute.setCheckable(True)
        self._sound_icon_name = ""
        self.show_sound_icon(muted=False)
        self.hurts = QPushButton(themed_icon("dialog-warning"), "This hurts")
        self.hurts.setObjectName("hurts")
        self.mat_mode = QPushButton(themed_icon("view-fullscreen"), "Mat mode")
        tips = {
            self.back: ("Back", "Restart this move, or go to the previous one (←)"),
            self.primary: ("Start", "Start, pause or resume (Space)"),
            self.skip: ("Skip", "Skip to the next move (→)"),
            self.done: ("Done", "Finish this set of reps or this hold (Enter)"),
            self.stop: ("Stop", "Stop the routine (Esc)"),
            self.mute: ("Mute", SOUND_TIP),
            self.hurts: ("This hurts", "Stop this move, then go easier or skip it (H)"),
            self.mat_mode: ("Mat mode", "Full screen, huge digits for the floor (F11)"),
        }
        for button, (name, tip) in tips.items():
            button.setAccessibleName(name)
            button.setToolTip(tip)
            button.setMinimumHeight(36)
        self.row = AdaptiveRow(  # on two lines when the text is large
            [self.back, self.primary, self.skip, self.done, self.hurts],
            [self.mat_mode, self.mute, self.stop],
        )

    # The buttons keep their icons; nothing else keeps a QIcon, so none outlives the
    # application at exit (an icon drawn by Python code must go with the widgets).
    def show_primary(self, action: str, enabled: bool) -> None:
        self.primary.setText(action)
        self.primary.setAccessibleName(action)
        self.primary.setEnabled(enabled)
        name = PRIMARY_ICONS.get(action, "media-playback-start")
        if name != self._primary_icon_name:
            self._primary_icon_name = name  # on the accent: in the colour of its text
            self.primary.setIcon(themed_icon(name, QPalette.ColorRole.HighlightedText))

    def show_sound_icon(self, muted: bool) -> None:
        name = "audio-volume-muted" if muted else "audio-volume-high"
        if name != self._sound_icon_name:
            self._sound_icon_name = name
            self.mute.setIcon(themed_icon(name))

    def show_muted(self, muted: bool) -> None:
        self.mute.setText("Muted" if muted else "Sound on")
        self.show_sound_icon(muted)

    def set_sound_state(self, available: bool, reason: str, muted: bool) -> None:
        self.mute.blockSignals(True)
        self.mute.setChecked(muted)
        self.mute.blockSignals(False)
        self.mute.setEnabled(available)
        if available:
            self.mute.setText("Muted" if muted else "Sound on")
            self.mute.setToolTip(SOUND_TIP)
        else:
            self.mute.setText("Sound off")
            self.mute.setToolTip(reason)
        self.show_sound_icon(muted or not available)
