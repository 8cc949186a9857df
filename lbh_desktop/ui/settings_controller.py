"""Opens the Settings dialog, saves what the user chose and applies it to the running app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # the dialog loads when first opened, not at start-up
    from lbh_desktop.ui.main_window import MainWindow
    from lbh_desktop.ui.player_controller import PlayerController
    from lbh_desktop.ui.preferences import Preferences
    from lbh_desktop.ui.settings_dialog import VoiceSectionFactory
    from lbh_desktop.ui.sound import SoundPlayer
    from lbh_desktop.ui.theme import Appearance


def system_theme_text(app: QApplication) -> str:
    scheme = app.styleHints().colorScheme()
    if scheme is Qt.ColorScheme.Dark:
        return "Your desktop asks for dark colours now."
    if scheme is Qt.ColorScheme.Light:
        return "Your desktop asks for light colours now."
    return "Your desktop does not say whether it is light or dark, so the light theme is used."


class SettingsController(QObject):
    applied = Signal()
    """After new settings took effect (the goals may have changed)."""

    def __init__(
        self,
        window: MainWindow,
        preferences: Preferences,
        sound: SoundPlayer,
        built_player: Callable[[], PlayerController | None],
        appearance: Appearance,
        data_dir: Path,
        voice_section: VoiceSectionFactory | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._preferences = preferences
        self._sound = sound
        self._built_player = built_player
        """The player controller, or None while its page is not built (it then reads the
        preferences itself when it is)."""
        self.appearance = appearance
        self._data_dir = data_dir
        self.voice_section = voice_section
        window.settings_requested.connect(self.open)

    def open(self) -> None:
        from lbh_desktop.ui.settings_dialog import SettingsDialog
        from lbh_desktop.ui.settings_values import SettingsChoices

        qt_app = QApplication.instance()
        assert isinstance(qt_app, QApplication)
        chosen = SettingsDialog.ask(
            self._window,
            SettingsChoices.read(self._preferences),
            self._data_dir,
            system_theme_text(qt_app),
            self.voice_section,
            self._window.break_settings_requested.emit,
        )
        if chosen is not None:
            chosen.write(self._preferences)
            self.apply_saved()

    def apply_saved(self) -> None:
        """Theme, text size, sound and countdown as the preferences say."""
        preferences = self._preferences
        self.appearance.apply(preferences.theme, preferences.text_scale_percent)
        self._sound.muted = preferences.muted
        self._sound.set_volume(preferences.sound_volume / 100)
        player = self._built_player()
        if player is not None:
            self._window.player.set_sound_state(
                self._sound.available, self._sound.unavailable_reason, self._sound.muted
            )
            player.prepare_seconds = preferences.prepare_seconds
        self.applied.emit()
