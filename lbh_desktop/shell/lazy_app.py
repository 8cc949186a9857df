"""The app in the background: data opened at start-up, the main window built on first need."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from lbh_desktop.shell.startup_repository import open_repository
from lbh_desktop.storage import bundled
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.storage.repository import Repository
from lbh_desktop.ui.shared.language import install_language

if TYPE_CHECKING:
    from lbh_desktop.shell.app import App
    from lbh_desktop.ui.shared.theme import Appearance


@dataclass
class OpenedData:
    """What every mode opens at start-up; build_app takes it instead of opening it again."""

    repository: Repository
    preferences: Preferences
    notices: list[str]


def open_data(data_dir: Path) -> OpenedData:
    """Opens the history and the preferences; raises StartupError with a message for the user."""
    notices: list[str] = []
    preferences = Preferences(data_dir / "settings.ini")
    qt_app = QApplication.instance()
    if qt_app is not None:  # before the catalogue is read and any message is made
        install_language(qt_app, preferences.language)
    repository = open_repository(
        data_dir,
        bundled.load_builtin_routines(),
        notices,
        history_folder=preferences.history_folder,
    )
    return OpenedData(repository, preferences, notices)


class LazyApp:
    """The App (main window, player, sound, settings) is built by `get()`, the first time
    something needs it: the tray's Open, a break's Start, a second launch. Until then the
    background app holds only the data, the schedule and the tray, which keeps it light."""

    def __init__(self, data: OpenedData, build: Callable[[], App]) -> None:
        self.data = data
        self._build = build
        self.built: App | None = None
        self._when_built: list[Callable[[App], None]] = []
        self.appearance: Appearance | None = None
        """Set by apply_appearance(); the App's settings take it over (run() passes it on)."""

    @classmethod
    def of(cls, app: App) -> LazyApp:
        """A LazyApp for an App that is built already."""
        lazy = cls(OpenedData(app.repository, app.preferences, app.notices), lambda: app)
        lazy.built = app
        return lazy

    @property
    def repository(self) -> Repository:
        return self.data.repository

    @property
    def preferences(self) -> Preferences:
        return self.data.preferences

    def can_wait(self, routine_name: str | None) -> bool:
        """False when start-up must show the window's dialogs (the safety notice, a notice
        about the data file) or open a routine: then the App is built at once."""
        accepted = self.preferences.safety_notice_accepted
        return accepted and not self.data.notices and not routine_name

    def apply_appearance(self) -> Appearance:
        """The saved theme and text size, set before any widget exists (cheap then; after,
        every widget is re-styled): for the tray menu, reminder and small window, and for the
        main window, whose settings keep this Appearance."""
        from lbh_desktop.ui.shared.theme import Appearance

        qt_app = QApplication.instance()
        assert isinstance(qt_app, QApplication)
        self.appearance = Appearance(qt_app)
        self.appearance.apply(self.preferences.theme, self.preferences.text_scale_percent)
        return self.appearance

    def get(self) -> App:
        if self.built is None:
            self.built = self._build()
            callbacks, self._when_built = self._when_built, []
            for callback in callbacks:
                callback(self.built)
        return self.built

    def when_built(self, callback: Callable[[App], None]) -> None:
        """Calls back with the App once it exists (now, when it does already)."""
        if self.built is not None:
            callback(self.built)
        else:
            self._when_built.append(callback)

    def quit(self) -> None:
        """Quits for real: through the App when it is built (it may ask first)."""
        if self.built is not None:
            self.built.quit()
        else:
            QApplication.quit()
