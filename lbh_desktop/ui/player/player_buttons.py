"""The player's buttons: their icons, names, tips and the states of play/pause and sound."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.models import Variation
from lbh_desktop.ui.shared.adaptive_row import AdaptiveRow
from lbh_desktop.ui.shared.compact_button import CompactButton
from lbh_desktop.ui.shared.icons import themed_icon
from lbh_desktop.ui.shared.plain_label import plain_label

PRIMARY_ICONS = {"pause": "media-playback-pause", "library": "go-previous"}
"""The primary button's icon by its command (PlayerDisplay.primary_command); any other
(start, resume) plays."""

_USUAL_AGAIN = {
    Variation.EASIEST: QT_TRANSLATE_NOOP("player_buttons", "Try the easiest version again"),
    Variation.EASIER: QT_TRANSLATE_NOOP("player_buttons", "Try the easier version again"),
    Variation.STANDARD: QT_TRANSLATE_NOOP("player_buttons", "Try the standard version again"),
    Variation.HARDER: QT_TRANSLATE_NOOP("player_buttons", "Try the harder version again"),
    Variation.HARDEST: QT_TRANSLATE_NOOP("player_buttons", "Try the hardest version again"),
}


def usual_again_text(usual: Variation) -> str:
    """The text of the button back to a remembered move's usual version."""
    return translate("player_buttons", _USUAL_AGAIN[usual])


def sound_tip() -> str:
    return translate("player_buttons", "Turn cue sounds on or off (M)")


class PlayerButtons:
    """Builds the buttons once; the view lays them out and connects them."""

    def __init__(self) -> None:
        self.back = QPushButton(
            themed_icon("media-skip-backward"), translate("player_buttons", "Back")
        )
        start = translate("player_buttons", "Start")
        self.primary = QPushButton(start)
        self.primary.setObjectName("primary")
        self._primary_icon_name = ""
        self.show_primary(start, enabled=True)
        self.skip = QPushButton(
            themed_icon("media-skip-forward"), translate("player_buttons", "Skip")
        )
        self.done = QPushButton(themed_icon("object-select"), translate("player_buttons", "Done"))
        self.stop = CompactButton(
            themed_icon("media-playback-stop"), translate("player_buttons", "Stop")
        )
        self.mute = CompactButton(QIcon(), translate("player_buttons", "Sound on"))
        self.mute.setCheckable(True)
        self._sound_icon_name = ""
        self.show_sound_icon(muted=False)
        self.hurts = QPushButton(
            themed_icon("dialog-warning"), translate("player_buttons", "This hurts")
        )
        self.hurts.setObjectName("hurts")
        self.mat_mode = CompactButton(
            themed_icon("view-fullscreen"), translate("player_buttons", "Mat mode")
        )
        tips = {
            self.back: (
                translate("player_buttons", "Back"),
                translate("player_buttons", "Restart this move, or go to the previous one (←)"),
            ),
            self.primary: (start, translate("player_buttons", "Start, pause or resume (Space)")),
            self.skip: (
                translate("player_buttons", "Skip"),
                translate("player_buttons", "Skip to the next move (→)"),
            ),
            self.done: (
                translate("player_buttons", "Done"),
                translate("player_buttons", "Finish this set of reps or this hold (Enter)"),
            ),
            self.stop: (
                translate("player_buttons", "Stop"),
                translate("player_buttons", "Stop the routine (Esc)"),
            ),
            self.mute: (translate("player_buttons", "Mute"), sound_tip()),
            self.hurts: (
                translate("player_buttons", "This hurts"),
                translate("player_buttons", "Stop this move, then go easier or skip it (H)"),
            ),
            self.mat_mode: (
                translate("player_buttons", "Mat mode"),
                translate("player_buttons", "Full screen, huge digits for the floor (F11)"),
            ),
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
    def show_primary(self, action: str, enabled: bool, command: str = "start") -> None:
        """`action` is the button's text; `command` (PlayerDisplay.primary_command) its icon."""
        self.primary.setText(action)
        self.primary.setAccessibleName(action)
        self.primary.setEnabled(enabled)
        name = PRIMARY_ICONS.get(command, "media-playback-start")
        if name != self._primary_icon_name:
            self._primary_icon_name = name  # on the accent: in the colour of its text
            self.primary.setIcon(themed_icon(name, QPalette.ColorRole.HighlightedText))

    def show_sound_icon(self, muted: bool) -> None:
        name = "audio-volume-muted" if muted else "audio-volume-high"
        if name != self._sound_icon_name:
            self._sound_icon_name = name
            self.mute.setIcon(themed_icon(name))

    def show_muted(self, muted: bool) -> None:
        self.mute.set_label(_sound_text(muted))
        self.show_sound_icon(muted)

    def set_sound_state(self, available: bool, reason: str, muted: bool) -> None:
        self.mute.blockSignals(True)
        self.mute.setChecked(muted)
        self.mute.blockSignals(False)
        self.mute.setEnabled(available)
        if available:
            self.mute.set_label(_sound_text(muted))
            self.mute.setToolTip(sound_tip())
        else:
            self.mute.set_label(translate("player_buttons", "Sound off"))
            self.mute.setToolTip(reason)
        self.show_sound_icon(muted or not available)


def _sound_text(muted: bool) -> str:
    return (
        translate("player_buttons", "Muted") if muted else translate("player_buttons", "Sound on")
    )


class RememberedRow(QWidget):
    """On a move remembered easier after "This hurts": why (`label`), and after a while the
    way back (`usual_again`); both hidden until the player shows them."""

    def __init__(self) -> None:
        super().__init__()
        self.label = plain_label(wrap=True, object_name="detail")
        self.label.setAccessibleName(translate("player_buttons", "Remembered easier version"))
        self.usual_again = QPushButton()
        self.usual_again.setObjectName("usualAgain")
        self.usual_again.setFlat(True)
        self.usual_again.setAccessibleName(
            translate("player_buttons", "Try the usual version again")
        )
        self.usual_again.setToolTip(
            translate(
                "player_buttons",
                "Play this move's usual version again from now on; press This hurts if it hurts",
            )
        )
        self.usual_again.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.usual_again)
        self.hide()
