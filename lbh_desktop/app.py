"""Builds the app's parts once and wires them together; the only place that does so."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lbh_desktop import __version__, bundled
from lbh_desktop.cli import parse_args
from lbh_desktop.core.clock import Clock, ScaledClock, SystemClock
from lbh_desktop.core.cues import SoundCue
from lbh_desktop.core.models import Routine
from lbh_desktop.lazy_app import LazyApp, OpenedData, open_data
from lbh_desktop.platform.single_instance import SingleInstance
from lbh_desktop.qt_application import (
    create_application,
    data_dir_key,
    default_data_dir,
)
from lbh_desktop.startup_repository import StartupError as StartupError  # re-exported
from lbh_desktop.startup_repository import open_repository as open_repository  # re-exported
from lbh_desktop.storage.repository import Repository
from lbh_desktop.ui.chart_prefetch import prefetch_chart_libraries
from lbh_desktop.ui.first_paint import after_first_paint
from lbh_desktop.ui.preferences import Preferences
from lbh_desktop.ui.theme import Appearance

if TYPE_CHECKING:  # the progress page (and pyqtgraph) loads only when first opened
    from lbh_desktop.app_player import PlayerParts
    from lbh_desktop.core.progress import Goals
    from lbh_desktop.ui.editor.editor_controller import EditorController
    from lbh_desktop.ui.editor.exercise_store import ExerciseStore
    from lbh_desktop.ui.library_controller import LibraryController
    from lbh_desktop.ui.main_window import MainWindow
    from lbh_desktop.ui.mat_mode_view import MatModeView
    from lbh_desktop.ui.player_controller import PlayerController
    from lbh_desktop.ui.progress.progress_controller import ProgressController
    from lbh_desktop.ui.settings_controller import SettingsController
    from lbh_desktop.ui.sound import SoundPlayer
    from lbh_desktop.ui.speech import Speech

log = logging.getLogger(__name__)


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
        from lbh_desktop.ui.player_controller import ConfirmStop

        if not self.window.leave_guard():
            return
        if self.playing:
            if not ConfirmStop.ask(self.window):
                return
            if self.player.player is not None:
                self.player.player.stop()
        self.preferences.window_geometry = self.window.saveGeometry()
        self.keep_running_on_close = None
        self.window.hide()
        QApplication.quit()


def build_app(
    data_dir: Path,
    clock: Clock,
    *,
    prepare_seconds: float | None = None,
    opened: OpenedData | None = None,
    appearance: Appearance | None = None,
) -> App:
    """`prepare_seconds` overrides the get-ready countdown preference; `opened` is the data
    run() opened already; `appearance` the one run() applied before building any widget."""
    # The window's parts load here, not on import: the background app waits for breaks
    # without them (lazy_app.py; tests/test_background_imports.py keeps it so).
    from lbh_desktop.app_player import wire_player_page
    from lbh_desktop.ui.editor.editor_wiring import attach_editor
    from lbh_desktop.ui.editor.exercise_store import ExerciseStore
    from lbh_desktop.ui.import_export_controller import attach_import_export
    from lbh_desktop.ui.library_controller import LibraryController
    from lbh_desktop.ui.main_window import MainWindow
    from lbh_desktop.ui.safety_notice import SAFETY_TEXT
    from lbh_desktop.ui.save_notice import SaveProblemNotice
    from lbh_desktop.ui.settings_controller import SettingsController
    from lbh_desktop.ui.sound import SoundPlayer

    data = opened or open_data(data_dir)
    notices, repository, preferences = data.notices, data.repository, data.preferences
    catalogue = bundled.load_catalogue()
    window = MainWindow()
    SaveProblemNotice(repository, window.save_status, window)

    def sound_file(cue: SoundCue) -> Path:
        return bundled.resource_path("sounds", f"{cue.value}.wav")

    sound = SoundPlayer(sound_file, muted=preferences.muted, parent=window)
    exercises = ExerciseStore(catalogue, repository, data_dir)

    def now() -> datetime:
        return datetime.fromtimestamp(clock.wall(), tz=UTC)

    library = LibraryController(
        window.library,
        exercises.catalogue,
        repository.routines,
        repository.last_done,
        now,
        level_of=preferences.routine_level,
        set_level=preferences.set_routine_level,
    )
    app = App(window, repository, preferences, sound, library, notices)
    app.exercises = exercises

    def speech() -> Speech:
        from lbh_desktop.ui.speech_setup import build_speech  # Qt's speech module: on first need

        return build_speech(preferences, window, clock)

    app.speech_factory = speech
    window.player_built.connect(
        lambda view: app.set_player(wire_player_page(app, view, clock, catalogue, prepare_seconds))
    )
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    app.settings = SettingsController(
        window,
        preferences,
        sound,
        lambda: app.player if window.has_player else None,
        appearance or Appearance(qt_app, window),
        data_dir,
        voice_section=lambda parent: voice_settings(preferences, app.speech, parent),
    )
    app.settings.applied.connect(lambda: app.progress.refresh() if app.progress else None)

    def start_routine(routine_id: str) -> None:
        routine = repository.routine(routine_id)
        if routine is not None:
            app.open_routine(routine)

    def on_close(event: QCloseEvent) -> None:
        if not window.leave_guard():
            event.ignore()
            return
        if app.playing:
            from lbh_desktop.ui.player_controller import ConfirmStop

            if not ConfirmStop.ask(window):
                event.ignore()
                return
            if app.player.player is not None:
                app.player.player.stop()
        preferences.window_geometry = window.saveGeometry()
        if app.keep_running_on_close is not None and app.keep_running_on_close():
            event.ignore()
            return
        event.accept()

    def show_progress() -> None:
        if app.progress is None:
            from lbh_desktop.core.progress import Goals
            from lbh_desktop.ui.progress.progress_controller import ProgressController
            from lbh_desktop.ui.progress.progress_view import ProgressView

            def goals() -> Goals:
                return Goals(preferences.strength_goal, preferences.stretch_goal)

            def set_goals(new: Goals) -> None:
                preferences.strength_goal = new.strength_per_week
                preferences.stretch_goal = new.stretch_days_per_week

            def today() -> date:
                return datetime.fromtimestamp(clock.wall()).date()

            view = ProgressView()
            app.progress_view = view
            app.progress = ProgressController(
                view,
                repository.sessions,
                repository.skip_days,
                repository.set_skip_day,
                goals,
                set_goals,
                today,
            )
            app.progress.start_routine_requested.connect(start_routine)
        app.progress.refresh()
        assert app.progress_view is not None
        window.show_page(app.progress_view)

    def on_sound_availability(available: bool, reason: str) -> None:
        window.sound_status.setText("" if available else reason)

    sound.availability_changed.connect(on_sound_availability)
    library.start_requested.connect(start_routine)
    window.routines_requested.connect(app.show_library)
    window.progress_requested.connect(show_progress)
    window.progress_hinted.connect(prefetch_chart_libraries)
    window.close_requested.connect(on_close)
    window.quit_requested.connect(app.quit)
    window.safety_notice_requested.connect(
        lambda: QMessageBox.information(window, "Safety notice", SAFETY_TEXT)
    )
    window.about_requested.connect(lambda: show_about(window, repository.path))
    attach_import_export(app, catalogue, now).imported.connect(exercises.refresh)
    attach_editor(app, exercises)
    library.refresh()
    geometry = preferences.window_geometry
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1100, 720)
    return app


def voice_settings(preferences: Preferences, speech: Speech | None, parent: QWidget) -> QWidget:
    from lbh_desktop.ui.voice_settings_section import VoiceSettingsSection  # with the dialog

    assert speech is not None

    return VoiceSettingsSection(preferences, speech, parent)


def show_about(parent: QWidget, data_file: Path) -> None:
    QMessageBox.about(
        parent,
        "About LBH Desktop",
        f"LBH Desktop {__version__}\n\nGuided lower-back and hip routines.\nYour data: {data_file}",
    )


def start(app: App, routine_name: str | None, ask_safety: Callable[[QWidget], bool]) -> bool:
    """First-run notice, start-up warnings and `--routine`; False when the user declines."""
    for notice in app.notices:
        QMessageBox.warning(app.window, "LBH Desktop", notice)
    if not app.preferences.safety_notice_accepted:
        if not ask_safety(app.window):
            return False
        app.preferences.safety_notice_accepted = True
    if routine_name:
        routine = app.repository.find_routine(routine_name)
        if routine is None:
            names = ", ".join(r.name for r in app.repository.routines())
            message = f"There is no routine called “{routine_name}”. Routines: {names}."
            print(f"lbh-desktop: {message}", file=sys.stderr)
            QMessageBox.warning(app.window, "Routine not found", message)
        else:
            app.open_routine(routine)
    return True


def run(argv: list[str]) -> int:
    args, qt_args = parse_args(argv)
    if args.self_test:
        from lbh_desktop.self_test import run_self_test

        return run_self_test()
    qt_app = create_application(qt_args)
    clock: Clock = SystemClock() if args.clock_speed == 1 else ScaledClock(args.clock_speed)
    data_dir: Path = (args.data_dir or default_data_dir()).expanduser()
    # One process per data folder: two writers on one TinyDB file would lose records.
    instance = SingleInstance(key=f"lbh-desktop-{data_dir_key(data_dir)}")
    if not instance.acquire():
        print("lbh-desktop: already running; showing its window.", file=sys.stderr)
        return 0
    try:
        data = open_data(data_dir)
    except StartupError as error:
        print(f"lbh-desktop: {error}", file=sys.stderr)
        QMessageBox.critical(None, "LBH Desktop cannot start", str(error))
        return 1
    from lbh_desktop.backup_timer import DailyBackupTimer  # opening took today's backup

    # and the next days' (by the real date, as at start-up, whatever --clock-speed says)
    _daily_backups = DailyBackupTimer(data.repository, date.today, qt_app)

    def build() -> App:
        app = build_app(data_dir, clock, opened=data, appearance=lazy.appearance)
        if app.settings is not None:
            app.settings.apply_saved()  # sound and countdown as last chosen (the look is set)
        return app

    lazy = LazyApp(data, build)  # in the background, the window is built when first needed
    lazy.apply_appearance()  # theme and text size before any widget exists: then it is cheap
    if not (args.background and lazy.can_wait(args.routine)):
        lazy.get()
    from lbh_desktop.app_breaks import start_breaks  # it builds on App, defined here

    if not args.background:
        lazy.get().window.show()
    interval, speed = args.break_interval, args.clock_speed
    show_requested = instance.activation_requested  # a second launch
    start_breaks(lazy, clock, interval, speed, show_requested, background=args.background)
    app = lazy.built
    if app is not None:
        from lbh_desktop.ui.safety_notice import SafetyNoticeDialog  # not while in the background

        if not start(app, args.routine, SafetyNoticeDialog.ask):
            return 0
    if app is not None and not args.background:
        app.window.activateWindow()  # keyboard shortcuts work at once, even after the notice
        # audio and speech load once the window is on screen
        after_first_paint(app.window, app.sound.load, app.load_speech)  # a time-limited probe
    code = qt_app.exec()
    data.repository.close()
    instance.release()
    return code
