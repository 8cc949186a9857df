"""Builds the app's parts once and wires them together; the only place that does so."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from lbh_desktop import __version__
from lbh_desktop.core.clock import Clock
from lbh_desktop.core.cues import SoundCue
from lbh_desktop.core.i18n import translate
from lbh_desktop.shell.app import App
from lbh_desktop.shell.lazy_app import OpenedData, open_data
from lbh_desktop.storage import bundled
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.progress.chart_prefetch import prefetch_chart_libraries
from lbh_desktop.ui.shared.theme import Appearance

if TYPE_CHECKING:  # the progress page (and pyqtgraph) loads only when first opened
    from lbh_desktop.core.progress import Goals
    from lbh_desktop.ui.speech.speech import Speech

DEFAULT_SIZE = QSize(1100, 720)
FRAME_ALLOWANCE = QSize(16, 40)
"""Room left for the window manager's frame and title bar, unknown before the first show."""
"""The first window takes at most this share of a small screen's free area."""


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
    # without them (lazy_app.py; tests/shell/test_background_imports.py keeps it so).
    from lbh_desktop.shell.editor_wiring import attach_editor
    from lbh_desktop.shell.history_sync import HistorySync
    from lbh_desktop.shell.import_export_wiring import attach_import_export
    from lbh_desktop.shell.main_window import MainWindow
    from lbh_desktop.shell.player_wiring import follow_settings, wire_player_page
    from lbh_desktop.shell.save_notice import SaveProblemNotice
    from lbh_desktop.ui.editor.exercise_store import ExerciseStore
    from lbh_desktop.ui.library.library_controller import LibraryController
    from lbh_desktop.ui.player.sound import SoundPlayer
    from lbh_desktop.ui.settings.data_folder_controller import DataFolderController, same_folder
    from lbh_desktop.ui.settings.settings_controller import SettingsController

    data = opened or open_data(data_dir)
    notices, repository, preferences = data.notices, data.repository, data.preferences
    catalogue = bundled.load_catalogue()
    window = MainWindow()
    SaveProblemNotice(repository, window.save_status, window)

    def sound_file(cue: SoundCue) -> Path:
        return bundled.resource_path("sounds", f"{cue.value}.wav")

    sound = SoundPlayer(sound_file, muted=preferences.muted, parent=window)
    exercises = ExerciseStore(catalogue, repository, repository.folder)

    def now() -> datetime:
        return datetime.fromtimestamp(clock.wall(), tz=UTC)

    library = LibraryController(
        window.library,
        exercises.catalogue,
        repository.routines,
        repository.sessions,
        now,
        level_of=preferences.routine_level,
        set_level=preferences.set_routine_level,
        latest=repository.latest_sessions,
        picture_of=lambda exercise: exercises.illustration_for(exercise.id),
    )
    app = App(window, repository, preferences, sound, library, notices)
    app.exercises = exercises

    def speech() -> Speech:
        from lbh_desktop.ui.speech.speech_setup import (
            build_speech,  # Qt's speech module: on first need
        )

        return build_speech(preferences, window, clock)

    app.speech_factory = speech
    window.player_built.connect(
        lambda view: app.set_player(wire_player_page(app, view, clock, catalogue, prepare_seconds))
    )
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)

    def change_data_folder(folder: Path) -> str | None:
        """Copies this computer's files to `folder`, the data folder from the next start."""
        if not same_folder(folder, repository.folder):  # else: undoing a change not yet used
            error = repository.copy_own_files_to(folder)
            if error:
                return error
        preferences.history_folder = None if same_folder(folder, data_dir) else folder
        return None

    data_folder = DataFolderController(
        current_folder=lambda: repository.folder,
        default_folder=data_dir,
        devices=repository.devices,
        change_folder=change_data_folder,
        restart=lambda: restart(app.quit),  # App.quit asks about unsaved edits first
        now=lambda: datetime.fromtimestamp(clock.wall()).astimezone(),
    )
    app.settings = SettingsController(
        window,
        preferences,
        sound,
        appearance or Appearance(qt_app, window),
        data_dir,
        window.break_settings_requested.emit,
        voice_section=lambda parent: voice_settings(preferences, app.speech, parent),
        data_folder_page=data_folder.build_tab,
        restart=lambda: restart(app.quit),  # a new language: Restart now
    )
    window.settings_requested.connect(app.settings.open)

    def on_settings_applied() -> None:
        follow_settings(app)  # the player page, when built: sound state and countdown
        if app.progress is not None:
            app.progress.refresh()  # the goals may have changed

    app.settings.applied.connect(on_settings_applied)

    def start_routine(routine_id: str) -> None:
        routine = repository.routine(routine_id)
        if routine is not None:
            app.open_routine(routine)

    def on_close(event: QCloseEvent) -> None:
        if not window.leave_guard():
            event.ignore()
            return
        if app.playing and not app.player.request_stop():  # saved, and a break ends
            event.ignore()
            return
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
                lambda: repository.shared_sessions(read_all=False),  # history_sync reads on
                repository.skip_days,
                repository.set_skip_day,
                goals,
                set_goals,
                today,
                repository.unread_months,
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
    window.safety_notice_requested.connect(lambda: show_safety_notice(window))
    window.about_requested.connect(lambda: show_about(window, repository.folder))
    app.import_export = attach_import_export(app, catalogue, now, on_imported=exercises.refresh)
    attach_editor(app, exercises)

    def on_other_computers_wrote() -> None:
        exercises.refresh()  # redraws the library and the player's catalogue too
        library.refresh()
        if app.progress is not None:
            app.progress.refresh()

    def on_history_fully_read() -> None:
        if app.progress is not None:
            app.progress.refresh()  # it showed the months read so far

    history_sync = HistorySync(repository, window)
    history_sync.changed.connect(on_other_computers_wrote)
    history_sync.fully_read.connect(on_history_fully_read)
    history_sync.problems_found.connect(lambda texts: tell_history_problems(window, texts))
    history_sync.start()
    library.refresh()
    place_window(window, preferences.window_geometry)
    return app


def restart(quit_app: Callable[[], None]) -> bool:
    """Restarts the app (a new data folder or language); loads its process tools on first use."""
    from lbh_desktop.shell.restart import restart_app

    return restart_app(quit_app)


def show_safety_notice(parent: QWidget) -> None:
    """Help → Safety notice: the notice's text in a message box."""
    from lbh_desktop.ui.shared.safety_notice import safety_text  # on first use

    QMessageBox.information(parent, translate("build", "Safety notice"), safety_text())


def tell_history_problems(parent: QWidget, texts: list[str]) -> None:
    """A file found damaged while older months were read: said without blocking the app."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("build", "Part of your history could not be read"),
        "\n\n".join(texts),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def place_window(window: QMainWindow, geometry: QByteArray | None) -> None:
    """The saved geometry, else the default size; both made to fit the screen as it is now
    (an 800×600 screen, a laptop taken off its big monitor)."""
    if geometry is not None and window.restoreGeometry(geometry):
        fit_to_screen(window)
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    room = area.size() - FRAME_ALLOWANCE  # a small screen gets all of its room, frame aside
    window.setMinimumSize(window.minimumSize().boundedTo(room))  # a screen under 776×580
    window.resize(DEFAULT_SIZE.boundedTo(room).expandedTo(window.minimumSize()))


def fit_to_screen(window: QMainWindow) -> None:
    """Shrinks and moves a normal window so that all of it, frame included, is on a screen."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = QGuiApplication.screenAt(window.geometry().center()) or window.screen()
    area = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    room = area.size() - (frame.size() - inner.size())  # the free area less the frame
    window.setMinimumSize(window.minimumSize().boundedTo(room))
    window.resize(inner.size().boundedTo(room))
    frame = window.frameGeometry()
    left = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    top = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)  # a window's position is its frame's


def voice_settings(preferences: Preferences, speech: Speech | None, parent: QWidget) -> QWidget:
    from lbh_desktop.ui.speech.voice_settings_section import VoiceSettingsSection  # with the dialog

    assert speech is not None

    return VoiceSettingsSection(preferences, speech, parent)


def show_about(parent: QWidget, data_folder: Path) -> None:
    text = translate(
        "build", "LBH Desktop {version}\n\nGuided lower-back and hip routines.\nYour data: {folder}"
    )
    QMessageBox.about(
        parent,
        translate("build", "About LBH Desktop"),
        text.format(version=__version__, folder=data_folder),
    )
