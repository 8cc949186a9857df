"""Binds the core player to the player view: one precise QTimer, commands, sounds and saving."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.clock import Clock
from lbh_desktop.core.figure_motion import MoveFigure
from lbh_desktop.core.figure_timing import figure_motion
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.levels import (
    EasedMove,
    PlayLevel,
    apply_eased_moves,
    apply_level,
    eased_note,
    remember_eased,
    vary_step_in_timeline,
    with_usual_versions,
)
from lbh_desktop.core.models import HurtEvent, Routine, SessionRecord, Variation
from lbh_desktop.core.pain_model import before_session_advice, day_before_rating
from lbh_desktop.core.player import EventKind, Player, PlayerEvent, PlayerSnapshot, PlayerState
from lbh_desktop.core.player_display import PlayerDisplay, announcement_due, describe
from lbh_desktop.core.player_events import focus_step
from lbh_desktop.core.session_log import SessionRecorder, local_moment
from lbh_desktop.core.timeline import SegmentKind, build_timeline
from lbh_desktop.ui.player.confirm_stop import ConfirmStop
from lbh_desktop.ui.player.cue_announcer import CueAnnouncer
from lbh_desktop.ui.player.eased_move_store import EasedMoveStore
from lbh_desktop.ui.player.player_buttons import usual_again_text
from lbh_desktop.ui.player.player_view import PlayerView
from lbh_desktop.ui.player.sound import SoundPlayer
from lbh_desktop.ui.player.this_hurts import can_report_hurt, report_hurt
from lbh_desktop.ui.player.timer_wake import TICK_MS, ms_to_next_change
from lbh_desktop.ui.player.voice import Voice

log = logging.getLogger(__name__)


class PlayerController(QObject):
    """Owns the running Player; the view only renders what `describe` returns."""

    session_saved = Signal()
    leave_requested = Signal()
    session_reviewed = Signal(str)
    """A played session's routine id, once its check-in is answered, skipped or left."""
    display_shown = Signal(object)
    """Each PlayerDisplay the view renders, for mat mode (mat_mode_view.py)."""

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
        speech: Voice | None = None,
        eased_moves: EasedMoveStore | None = None,
        sessions: Callable[[], Sequence[SessionRecord]] | None = None,
        figure_for: Callable[[str], MoveFigure | None] = lambda move_id: None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._catalogue = catalogue
        self._clock = clock
        self._sound = sound
        self._cues = CueAnnouncer(sound, speech, catalogue, clock)
        self._save_session = save_session
        self._illustration_for = illustration_for
        self._figure_for = figure_for
        self.prepare_seconds = prepare_seconds
        self.level = PlayLevel.STANDARD
        self._review_due = False
        self._eased_moves = eased_moves
        self._sessions = sessions
        """The history, to compare a rating before a session with the day before's."""
        self._remembered: dict[str, EasedMove] = {}
        self._usual: dict[int, Variation] = {}
        """Steps played easier than usual because of a remembered move: their usual version."""
        self.pain_before: int | None = None
        self._before_shown: tuple[bool, int | None] | None = None
        self.player: Player | None = None
        self._last_display: PlayerDisplay | None = None
        """The display shown last, to tell when the move changes (announcement_due)."""
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
        view.pain_skipped.connect(self._skip_check_in)
        view.hurts_requested.connect(self.report_hurt)
        view.pain_before_rated.connect(self.rate_pain_before)
        view.usual_again_requested.connect(self.try_usual_again)
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

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """The user's own exercises changed; the next display uses the new catalogue."""
        self._catalogue = catalogue

    def open(self, routine: Routine, level: PlayLevel = PlayLevel.STANDARD) -> None:
        self.level, self._review_due = level, False
        self.pain_before, self._before_shown = None, None
        self._view.show_level(level.label)
        routine = apply_level(routine, level)
        store = self._eased_moves
        remembered = {
            step.exercise_id: move
            for step in routine.steps
            if store is not None and (move := store.eased_move(step.exercise_id)) is not None
        }
        routine, self._usual = apply_eased_moves(routine, remembered)
        self._remembered = remembered
        self._load(routine)

    def _load(self, routine: Routine) -> None:
        timeline = build_timeline(
            routine,
            prepare_seconds=self.prepare_seconds,
            moves=self._catalogue,
        )
        self.player = Player(timeline, self._clock)
        self._cues.open(timeline)
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

    def request_stop(self) -> bool:
        """Asks first (the countdown paused meanwhile), then stops through the player, so the
        session is saved and session_saved fires; False when the user keeps going."""
        if not self.active:
            return True
        if not self.confirm_stop():
            return False
        self._command("stop")
        return True

    def request_leave(self) -> None:
        if self.active:
            if not self.confirm_stop():
                return
            self._command("stop")
        self._timer.stop()
        self._review()
        self.leave_requested.emit()

    def confirm_stop(self) -> bool:
        """Asks whether to stop, the countdown paused meanwhile; Keep going resumes it if it
        was running before the question."""
        player = self.player
        was_running = player is not None and player.state is PlayerState.RUNNING
        if was_running:
            self._command("pause")
        if ConfirmStop.ask(self._view):
            return True
        if was_running and player is not None and player.state is PlayerState.PAUSED:
            self._command("resume")
        return False

    def _after(self, events: list[PlayerEvent]) -> None:
        player = self.player
        if player is None:
            return
        snapshot = player.snapshot()
        self._cues.announce(events, snapshot)  # spoken cue, else the beep
        if player.state is PlayerState.RUNNING:
            self._timer.start(ms_to_next_change(snapshot))
        else:
            self._timer.stop()
        record = self.recorder.record if self.recorder else None
        display = describe(
            snapshot, player.timeline, self._catalogue, player.can, player.results, record
        )
        self._show_remembered(snapshot)
        self._show_pain_before(player.state is PlayerState.READY)
        picture = self._illustration_for(display.exercise_id)
        self._view.show_display(display, picture)
        self._show_figure(snapshot, display, picture)
        self._view.announce(announcement_due(self._last_display, display))
        self._last_display = display
        self.display_shown.emit(display)
        self._view.set_hurts_enabled(can_report_hurt(player))
        if any(e.kind in (EventKind.ROUTINE_FINISHED, EventKind.STOPPED) for e in events):
            self._review_due = record is not None and record.done_seconds > 0
            self._view.show_pain_check_in(self._review_due)
            self.session_saved.emit()

    def _show_figure(
        self, snapshot: PlayerSnapshot, display: PlayerDisplay, picture: Path | None
    ) -> None:
        move_id = display.exercise_id
        figure = self._figure_for(move_id) if move_id else None
        self._view.illustration.show_move(figure, picture, display.mirrored)
        motion = figure_motion(snapshot, self._catalogue.rep_seconds(move_id))
        self._view.illustration.set_motion(motion, self._clock.monotonic)

    def _today(self) -> date:
        return local_moment(self._clock.wall(), None).date()

    def _show_remembered(self, snapshot: PlayerSnapshot) -> None:
        """On a step played easier because of a remembered move: says so plainly, and once
        EASED_OFFER_DAYS passed without This hurts on it, offers the usual version again
        (before the move starts, never during it; never automatically)."""
        index = focus_step(snapshot)
        usual = self._usual.get(index) if index is not None else None
        move = None
        if index is not None and usual is not None and self.player is not None:
            move = self._remembered.get(self.player.timeline.routine.steps[index].exercise_id)
        if move is None or usual is None:
            self._view.show_remembered("")
            return
        today = self._today()
        between_moves = snapshot.segment is None or snapshot.segment.kind is not SegmentKind.WORK
        offer = move.offers_usual(today) and (snapshot.state is PlayerState.READY or between_moves)
        again = usual_again_text(usual) if offer else ""
        self._view.show_remembered(eased_note(move, usual, today), again)

    def try_usual_again(self) -> None:
        """Back to the usual version of the remembered move the page shows, from now on."""
        player = self.player
        index = focus_step(player.snapshot()) if player is not None else None
        if player is None or index is None or index not in self._usual:
            return
        steps = player.timeline.routine.steps
        exercise_id = steps[index].exercise_id
        if self._eased_moves is not None:
            self._eased_moves.forget_eased_move(exercise_id)
        self._remembered.pop(exercise_id, None)
        indices = [i for i in self._usual if steps[i].exercise_id == exercise_id]
        if player.state is PlayerState.READY:
            routine = with_usual_versions(player.timeline.routine, self._usual, indices)
            for i in indices:
                del self._usual[i]
            self._load(routine)
            return
        timeline = player.timeline
        for i in indices:
            timeline = vary_step_in_timeline(timeline, i, self._usual.pop(i), self._catalogue)
        events = player.swap_timeline(timeline)
        self._cues.follow(player.timeline)
        self._after(events)

    def rate_pain_before(self, rating: int) -> None:
        """The optional rating on the Ready screen, 0 (fine) to 10 (very sore); kept with
        the session once it starts. 6 or more shows the advice to ease off or rest."""
        if self.player is None or self.player.state is not PlayerState.READY:
            return
        if 0 <= rating <= 10:
            self.pain_before = rating
            self._show_pain_before(True)

    def _show_pain_before(self, visible: bool) -> None:
        shown = (visible, self.pain_before)
        if shown == self._before_shown:
            return
        self._before_shown = shown
        rating = self.pain_before
        note = ""
        if rating is not None:
            day_before = (
                day_before_rating(self._sessions(), self._today()) if self._sessions else None
            )
            note = before_session_advice(
                rating, on_easier=self.level is PlayLevel.EASIER, day_before=day_before
            )
        self._view.show_pain_before(visible, rating, note)

    def rate_pain(self, rating: int) -> None:
        """The optional after-session check-in: 0 (fine) to 10 (very sore)."""
        record = self.recorder.record if self.recorder else None
        if record is None or not 0 <= rating <= 10:
            return
        record.pain = rating
        self._save_safely(record)
        self._view.show_pain_check_in(False)
        self.session_saved.emit()
        self._review()

    def _skip_check_in(self) -> None:
        self._view.show_pain_check_in(False)
        self._review()

    def _review(self) -> None:
        """Once per played session: the progression review (progression_dialog.py)."""
        record = self.recorder.record if self.recorder else None
        if self._review_due and record is not None:
            self._review_due = False
            self.session_reviewed.emit(record.routine_id)

    def report_hurt(self) -> None:
        """ "This hurts" (H): stop the move, offer its easier version or a skip, log it."""
        if self.player is None or self.recorder is None or not can_report_hurt(self.player):
            return
        record = self.recorder.record
        logged = len(record.hurts) if record is not None else 0
        events = report_hurt(self._view, self.player, self.recorder, self._catalogue, self._clock)
        if record is not None and len(record.hurts) > logged:
            self._remember_hurt(record.hurts[-1])
        self._cues.follow(self.player.timeline)
        if self.recorder.record is not None:
            self._save_safely(self.recorder.record)
        self._after(events)

    def _remember_hurt(self, hurt: HurtEvent) -> None:
        """The easier version chosen after This hurts is played next time too (any routine);
        any press on a remembered move restarts its wait before the usual one is offered."""
        store, player = self._eased_moves, self.player
        if store is None or player is None:
            return
        exercise_id = hurt.exercise_id
        variation = player.timeline.routine.steps[hurt.step_index].variation  # after easing
        move = remember_eased(
            store.eased_move(exercise_id), exercise_id, hurt.action, variation, self._today()
        )
        if move is not None:
            store.remember_eased_move(move)
            if exercise_id in self._remembered:
                self._remembered[exercise_id] = move

    def _save_safely(self, record: SessionRecord) -> None:
        record.level = self.level.value
        record.pain_before = self.pain_before
        try:
            self._save_session(record)
        except OSError as error:
            log.warning("could not save session: %s", error)
            text = translate(
                "player_controller",
                "Could not save your progress ({error}). The session is kept in memory and "
                "saving is retried at the next step.",
            )
            self._view.show_message(text.format(error=error.strerror or error))
        else:
            self._view.show_message("")

    def _set_muted(self, muted: bool) -> None:
        self._sound.muted = muted

    def _on_sound_availability(self, available: bool, reason: str) -> None:
        self._view.set_sound_state(available, reason, self._sound.muted)
