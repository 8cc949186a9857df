"""Binds the core player to the player view: one precise QTimer, commands, sounds and saving."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.clock import Clock
from lbh_desktop.core.cues import cue_to_play
from lbh_desktop.core.models import Routine, SessionRecord
from lbh_desktop.core.player import EventKind, Player, PlayerEvent, PlayerState
from lbh_desktop.core.player_display import describe
from lbh_desktop.core.session_log import SessionRecorder
from lbh_desktop.core.timeline import build_timeline
from lbh_desktop.ui.player_view import PlayerView
from lbh_desktop.ui.sound import SoundPlayer

log = logging.getLogger(__name__)

TICK_MS = 100


class ConfirmStop:
    @classmethod
    def ask(cls, parent: QWidget) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Stop the routine?")
        box.setText("Stop the routine now?")
        box.setInformativeText("What you have done so far is kept in your history.")
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 320px; }")
        stop = box.addButton("Stop", QMessageBox.ButtonRole.DestructiveRole)
        keep_going = box.addButton("Keep going", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep_going)
        box.setEscapeButton(keep_going)
        box.exec()
        return box.clickedButton() is stop


class PlayerController(QObject):
    """Owns the running Player; the view only renders what `describe` returns."""

    session_saved = Signal()
    leave_requested = Signal()

    def __init__(
        self,
        view: PlayerView,
        catalogue: Catalogue,
        clock: Clock,
        sound: SoundPlayer,
        save_session: Callable[[SessionRecord], None],
        illustration_for: Callable[[str], Path | None],
        *,
        prepare_seconds: float = 5.0,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._catalogue = catalogue
        self._clock = clock
        self._sound = sound
        self._save_session = save_session
        self._illustration_for = illustration_for
        self._prepare_seconds = prepare_seconds
        self.player: Player | None = None
        self.recorder: SessionRecorder | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

        view.start_pause_requested.connect(self._primary)
        view.skip_requested.connect(lambda: self._command("skip"))
        view.back_requested.connect(lambda: self._command("back"))
        view.done_requested.connect(lambda: self._command("done"))
        view.stop_requested.connect(self.request_stop)
        view.library_requested.connect(self.request_leave)
        view.mute_toggled.connect(self._set_muted)
        view.pain_rated.connect(self.rate_pain)
        view.pain_skipped.connect(lambda: self._view.show_pain_check_in(False))
        sound.availability_changed.connect(self._on_sound_availability)
        self._on_sound_availability(sound.available, sound.unavailable_reason)

    @property
    def active(self) -> bool:
        return self.player is not None and self.player.state in (
            PlayerState.RUNNING,
            PlayerState.PAUSED,
        )

    @property
    def timer_running(self) -> bool:
        return self._timer.isActive()

    def open(self, routine: Routine) -> None:
        timeline = build_timeline(routine, prepare_seconds=self._prepare_seconds)
        self.player = Player(timeline, self._clock)
        self.recorder = SessionRecorder(timeline, self._clock, self._save_safely)
        self.player.subscribe(self.recorder.handle)
        self._view.set_routine_name(routine.name)
        self._view.show_pain_check_in(False)
        self._after([])

    def start_playing(self) -> None:
        """Starts the opened routine, for callers that already asked the user (a break)."""
        if self.player is not None and self.player.can("start"):
            self._command("start")

    def tick(self) -> None:
        if self.player is not None:
            self._after(self.player.tick())

    def _command(self, name: str) -> None:
        if self.player is not None:
            self._after(getattr(self.player, name)())

    def _primary(self) -> None:
        if self.player is not None and self.player.state in (
            PlayerState.FINISHED,
            PlayerState.STOPPED,
        ):
            self.request_leave()
        else:
            self._command("toggle")

    def request_stop(self) -> None:
        if self.active and ConfirmStop.ask(self._view):
            self._command("stop")

    def request_leave(self) -> None:
        if self.active:
            if not ConfirmStop.ask(self._view):
                return
            self._command("stop")
        self._timer.stop()
        self.leave_requested.emit()

    def _after(self, events: list[PlayerEvent]) -> None:
        player = self.player
        if player is None:
            return
        cue = cue_to_play(events)
        if cue is not None:
            self._sound.play(cue)
        if player.state is PlayerState.RUNNING:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
        display = describe(
            player.snapshot(), player.timeline, self._catalogue, player.can, player.results
        )
        self._view.show_display(display, self._illustration_for(display.exercise_id))
        if any(e.kind in (EventKind.ROUTINE_FINISHED, EventKind.STOPPED) for e in events):
            record = self.recorder.record if self.recorder else None
            self._view.show_pain_check_in(record is not None and record.done_seconds > 0)
            self.session_saved.emit()

    def rate_pain(self, rating: int) -> None:
        """The optional after-session check-in: 0 (fine) to 10 (very sore)."""
        record = self.recorder.record if self.recorder else None
        if record is None or not 0 <= rating <= 10:
            return
        record.pain = rating
        self._save_safely(record)
        self._view.show_pain_check_in(False)
        self.session_saved.emit()

    def _save_safely(self, record: SessionRecord) -> None:
        try:
            self._save_session(record)
        except OSError as error:
            log.warning("could not save session: %s", error)
            self._view.show_message(
                f"Could not save your progress ({error.strerror or error}). The session is kept "
                "in memory and saving is retried at the next step."
            )
        else:
            self._view.show_message("")

    def _set_muted(self, muted: bool) -> None:
        self._sound.muted = muted

    def _on_sound_availability(self, available: bool, reason: str) -> None:
        self._view.set_sound_state(available, reason, self._sound.muted)
