"""Opens the Settings dialog, saves what the user chose and applies it to the running app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from lbh_desktop.core.i18n import translate

if TYPE_CHECKING:  # the dialog loads when first opened, not at start-up
    from lbh_desktop.storage.preferences import Preferences
    from lbh_desktop.ui.settings.settings_dialog import DataFolderPageFactory, VoiceSectionFactory
    from lbh_desktop.ui.shared.theme import Appearance


class SoundSettings(Protocol):
    """What the settings change of the app's sound (the player's SoundPlayer)."""

    muted: bool

    def set_volume(self, volume: float) -> None: ...


def system_theme_text(app: QApplication) -> str:
    scheme = app.styleHints().colorScheme()
    if scheme is Qt.ColorScheme.Dark:
        return translate("settings_controller", "Your desktop asks for dark colours now.")
    if scheme is Qt.ColorScheme.Light:
        return translate("settings_controller", "Your desktop asks for light colours now.")
    return translate(
        "settings_controller",
        "Your desktop does not say whether it is light or dark, so the light theme is used.",
    )


class SettingsController(QObject):
    applied = Signal()
    """After new settings took effect: the player's sound state and countdown, and the goals
    on the Progress page, follow it (wired by the app shell)."""

    def __init__(
        self,
        parent: QWidget,
        preferences: Preferences,
        sound: SoundSettings,
        appearance: Appearance,
        data_dir: Path,
        open_break_settings: Callable[[], None],
        voice_section: VoiceSectionFactory | None = None,
        data_folder_page: DataFolderPageFactory | None = None,
        restart: Callable[[], object] | None = None,
    ) -> None:
        """`data_folder_page`: DataFolderController.build_tab, for a Data folder page.
        `restart` quits and starts the app again (as for the Data folder page): with it, a
        new language offers Restart now; without it, the dialog only says when it applies."""
        super().__init__(parent)
        self._parent = parent
        self._preferences = preferences
        self._sound = sound
        self.appearance = appearance
        self._data_dir = data_dir
        self._open_break_settings = open_break_settings
        self.voice_section = voice_section
        self.data_folder_page = data_folder_page
        self.restart = restart

    def open(self) -> None:
        from lbh_desktop.ui.settings.settings_dialog import SettingsDialog
        from lbh_desktop.ui.settings.settings_values import SettingsChoices

        qt_app = QApplication.instance()
        assert isinstance(qt_app, QApplication)
        answer = SettingsDialog.ask(
            self._parent,
            SettingsChoices.read(self._preferences),
            self._data_dir,
            system_theme_text(qt_app),
            self.voice_section,
            self._open_break_settings,
            self.data_folder_page,
            restart_offered=self.restart is not None,
        )
        if answer is None:
            return
        chosen, restart_now = answer
        chosen.write(self._preferences)
        self.apply_saved()
        if restart_now and self.restart is not None:
            self.restart()

    def apply_saved(self) -> None:
        """Theme, text size and sound as the preferences say; `applied` tells the rest."""
        preferences = self._preferences
        self.appearance.apply(preferences.theme, preferences.text_scale_percent)
        self._sound.muted = preferences.muted
        self._sound.set_volume(preferences.sound_volume / 100)
        self.applied.emit()
