"""The built app: its parts, and the actions that span them (open a routine, quit)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from lbh_desktop.core.models import Routine
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.storage.repository import Repository

if TYPE_CHECKING:  # each page's modules load when the page is first built
    from lbh_desktop.shell.main_window import MainWindow
    from lbh_desktop.ui.editor.editor_controller import EditorController
    from lbh_desktop.ui.editor.exercise_store import ExerciseStore
    from lbh_desktop.ui.library.import_export_controller import ImportExportController
    from lbh_desktop.ui.library.library_controller import LibraryController
    from lbh_desktop.ui.player.mat_mode_view import MatModeView
    from lbh_desktop.ui.player.player_controller import PlayerController
    from lbh_desktop.ui.player.sound import SoundPlayer
    from lbh_desktop.ui.progress.progress_controller import ProgressController
    from lbh_desktop.ui.settings.settings_controller import SettingsController
    from lbh_desktop.ui.speech.speech import Speech


@dataclass
class PlayerParts:
    controller: PlayerController
    mat_mode: MatModeView


@dataclass
class App:
    window: MainWindow
    repository: Repository
    preferences: Preferences
    sound: SoundPlayer
    library: LibraryController
    notices: list[str]
    progress: ProgressController | None = None
    progress_view: QWidget | None = None
    keep_running_on_close: Callable[[], bool] | None = None
    """Set by the break reminders: hides the window to the tray instead of quitting."""
    settings: SettingsController | None = None
    exercises: ExerciseStore | None = None
    """Shipped plus the user's own exercises; library, player and editor follow its changes."""
    # Built the first time they are needed, not at start-up (the library page is all the
    # first frame shows): the player page with its controller, the voice, the editor.
    speech_factory: Callable[[], Speech] | None = None
    editor_factory: Callable[[], EditorController] | None = None
    import_export: Callable[[], ImportExportController] | None = None
    """File → Import / Export's controller, built on the first import or export."""
    _speech: Speech | None = None
    _editor: EditorController | None = None
    _player: PlayerParts | None = None

    @property
    def speech(self) -> Speech | None:
        if self._speech is None and self.speech_factory is not None:
            self._speech = self.speech_factory()
        return self._speech

    @property
    def editor(self) -> EditorController | None:
        if self._editor is None and self.editor_factory is not None:
            self._editor = self.editor_factory()
        return self._editor

    @property
    def player(self) -> PlayerController:
        return self._player_parts().controller

    @property
    def mat_mode(self) -> MatModeView:
        return self._player_parts().mat_mode

    @property
    def playing(self) -> bool:
        """A routine is under way (never while the player page was not built)."""
        return self._player is not None and self._player.controller.active

    def set_player(self, parts: PlayerParts) -> None:
        self._player = parts

    def _player_parts(self) -> PlayerParts:
        if self._player is None:
            _ = self.window.player  # building the page wires its parts (see build_app)
        assert self._player is not None, "build_app wires the player page"
        return self._player

    def open_routine(self, routine: Routine) -> None:
        if not self.window.leave_guard():  # the editor asks about unsaved changes
            return
        self.sound.load()
        self.load_speech()
        self.player.open(routine, self.preferences.routine_level(routine.id))
        self.window.show_player()

    def load_speech(self) -> None:
        """Builds the voice if need be and has it look for a speech engine (once)."""
        if self.speech is not None:
            self.speech.load()

    def show_library(self) -> None:
        self.library.refresh()
        self.window.show_library()

    def quit(self) -> None:
        """Quits for real, also from the tray; a running routine is stopped (after asking)."""
        if not self.window.leave_guard():
            return
        if self.playing and not self.player.request_stop():  # saved, and a break ends
            return
        self.preferences.window_geometry = self.window.saveGeometry()
        self.keep_running_on_close = None
        self.window.hide()
        QApplication.quit()
