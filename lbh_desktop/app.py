"""Builds the app's parts once and wires them together; the only place that does so."""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lbh_desktop import __version__, bundled
from lbh_desktop.cli import parse_args
from lbh_desktop.core.clock import Clock, ScaledClock, SystemClock
from lbh_desktop.core.cues import SoundCue
from lbh_desktop.core.models import Routine
from lbh_desktop.platform.single_instance import SingleInstance
from lbh_desktop.storage.atomic_storage import CorruptDatabaseError
from lbh_desktop.storage.migrations import SchemaTooNewError
from lbh_desktop.storage.repository import Repository
from lbh_desktop.ui.chart_prefetch import prefetch_chart_libraries
from lbh_desktop.ui.library_controller import LibraryController
from lbh_desktop.ui.main_window import MainWindow
from lbh_desktop.ui.player_controller import ConfirmStop, PlayerController
from lbh_desktop.ui.preferences import Preferences
from lbh_desktop.ui.safety_notice import SAFETY_TEXT, SafetyNoticeDialog
from lbh_desktop.ui.sound import SoundPlayer
from lbh_desktop.ui.style import STYLE_SHEET

if TYPE_CHECKING:  # the progress page (and pyqtgraph) loads only when first opened
    from lbh_desktop.core.progress import Goals
    from lbh_desktop.ui.progress.progress_controller import ProgressController

log = logging.getLogger(__name__)
APP_ID = "lbh-desktop"


class StartupError(Exception):
    """The app cannot start; the message is for the user."""


@dataclass
class App:
    window: MainWindow
    repository: Repository
    preferences: Preferences
    sound: SoundPlayer
    library: LibraryController
    player: PlayerController
    notices: list[str]
    progress: ProgressController | None = None
    progress_view: QWidget | None = None
    keep_running_on_close: Callable[[], bool] | None = None
    """Set by the break reminders: hides the window to the tray instead of quitting."""

    def open_routine(self, routine: Routine) -> None:
        self.sound.load()
        self.player.open(routine)
        self.window.show_player()

    def show_library(self) -> None:
        self.library.refresh()
        self.window.show_library()

    def quit(self) -> None:
        """Quits for real, also from the tray; a running routine is stopped (after asking)."""
        if self.player.active:
            if not ConfirmStop.ask(self.window):
                return
            if self.player.player is not None:
                self.player.player.stop()
        self.preferences.window_geometry = self.window.saveGeometry()
        self.keep_running_on_close = None
        self.window.hide()
        QApplication.quit()


def default_data_dir() -> Path:
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def move_aside(path: Path, now: datetime) -> Path:
    """Renames a damaged file to a name no other file has, so no earlier copy is replaced."""
    stem = f"{path.name}.corrupt-{now:%Y%m%d-%H%M%S}"
    target = path.with_name(stem)
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{stem}-{number}")
    path.rename(target)
    return target


def open_repository(data_dir: Path, builtins: list[Routine], notices: list[str]) -> Repository:
    """Opens the database; an unreadable file is moved aside (never overwritten) and reported."""
    try:
        try:
            return Repository.open(data_dir, builtins)
        except CorruptDatabaseError as error:
            moved = move_aside(error.path, datetime.now(UTC))
            notices.append(
                f"Your history file could not be read ({error.reason}). It was moved to\n"
                f"{moved}\nso nothing is lost, and a new, empty history was started."
            )
            return Repository.open(data_dir, builtins)
    except SchemaTooNewError as error:
        raise StartupError(str(error)) from error
    except CorruptDatabaseError as error:
        raise StartupError(str(error)) from error
    except OSError as error:
        raise StartupError(f"The data folder {data_dir} cannot be used: {error}") from error


def build_app(data_dir: Path, clock: Clock, *, prepare_seconds: float = 5.0) -> App:
    notices: list[str] = []
    catalogue = bundled.load_catalogue()
    repository = open_repository(data_dir, bundled.load_builtin_routines(), notices)
    preferences = Preferences(data_dir / "settings.ini")
    window = MainWindow()

    def sound_file(cue: SoundCue) -> Path:
        return bundled.resource_path("sounds", f"{cue.value}.wav")

    sound = SoundPlayer(sound_file, muted=preferences.muted, parent=window)
    illustrations: dict[str, Path | None] = {}

    def illustration_for(exercise_id: str) -> Path | None:
        if exercise_id not in illustrations:
            exercise = catalogue.get(exercise_id)
            path = bundled.illustration_path(exercise) if exercise else None
            illustrations[exercise_id] = path if path and path.is_file() else None
        return illustrations[exercise_id]

    def now() -> datetime:
        return datetime.fromtimestamp(clock.wall(), tz=UTC)

    library = LibraryController(
        window.library, catalogue, repository.routines, repository.last_done, now
    )
    player = PlayerController(
        window.player,
        catalogue,
        clock,
        sound,
        repository.save_session,
        illustration_for,
        prepare_seconds=prepare_seconds,
    )
    app = App(window, repository, preferences, sound, library, player, notices)

    def start_routine(routine_id: str) -> None:
        routine = repository.routine(routine_id)
        if routine is not None:
            app.open_routine(routine)

    def on_close(event: QCloseEvent) -> None:
        if player.active and not ConfirmStop.ask(window):
            event.ignore()
            return
        if player.active and player.player is not None:
            player.player.stop()
        preferences.window_geometry = window.saveGeometry()
        if app.keep_running_on_close is not None and app.keep_running_on_close():
            event.ignore()
            return
        event.accept()

    def on_mute(muted: bool) -> None:
        preferences.muted = muted

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
    player.leave_requested.connect(app.show_library)
    window.routines_requested.connect(app.show_library)
    window.progress_requested.connect(show_progress)
    window.progress_hinted.connect(prefetch_chart_libraries)
    player.session_saved.connect(library.refresh)
    window.player.mute_toggled.connect(on_mute)
    window.close_requested.connect(on_close)
    window.quit_requested.connect(app.quit)
    window.safety_notice_requested.connect(
        lambda: QMessageBox.information(window, "Safety notice", SAFETY_TEXT)
    )
    window.about_requested.connect(lambda: show_about(window, repository.path))
    library.refresh()
    geometry = preferences.window_geometry
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1100, 720)
    return app


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


def data_dir_key(data_dir: Path) -> str:
    return hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]


def create_application(qt_args: list[str]) -> QApplication:
    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName("LBH Desktop")
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("io.github.lbh_desktop.LBHDesktop")
    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication([APP_ID, *qt_args])
    qt_app.setStyleSheet(STYLE_SHEET)
    qt_app.setWindowIcon(QIcon(str(bundled.resource_path("icons", "lbh-desktop.svg"))))
    return qt_app


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
        app = build_app(data_dir, clock)
    except StartupError as error:
        print(f"lbh-desktop: {error}", file=sys.stderr)
        QMessageBox.critical(None, "LBH Desktop cannot start", str(error))
        return 1
    from lbh_desktop.app_breaks import build_breaks  # it builds on App, defined here

    breaks = build_breaks(app, clock, args.break_interval, args.clock_speed)
    instance.activation_requested.connect(breaks.show_window)
    if args.background:
        breaks.show_in_background()
    else:
        app.window.show()
    if not start(app, args.routine, SafetyNoticeDialog.ask):
        return 0
    if not args.background:
        app.window.activateWindow()  # keyboard shortcuts work at once, even after the notice
    if not args.background:
        QTimer.singleShot(0, app.sound.load)
    code = qt_app.exec()
    app.repository.close()
    instance.release()
    return code
