"""Drives the break schedule with one single-shot timer and turns its events into reminders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from lbh_desktop.core.break_notice import BreakNotice, NoticeKind
from lbh_desktop.core.break_schedule import (
    BreakSchedule,
    ScheduleEvent,
    ScheduleEventKind,
    ScheduleSnapshot,
    ScheduleState,
)
from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.library import format_duration
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.models import Routine
from lbh_desktop.core.timeline import build_timeline
from lbh_desktop.ui.breaks.break_menu import BreakStatus
from lbh_desktop.ui.breaks.reminder_view import ReminderView


def status_text(snapshot: ScheduleSnapshot, held: str = "") -> str:
    """One line for the tray menu, its tooltip and the no-tray window; `held` is why the
    desktop holds reminders (schedule.held_reason, in English), if it does."""
    if snapshot.state is ScheduleState.PAUSED:
        if snapshot.paused_until is None:
            return translate("break_controller", "Reminders paused until you resume them")
        until = formats().clock_time(snapshot.paused_until.time())
        return translate("break_controller", "Reminders paused until {time}").format(time=until)
    if snapshot.state is ScheduleState.OFF_HOURS:
        return translate("break_controller", "Outside your working hours: no reminders")
    if snapshot.state is ScheduleState.ON_BREAK:
        return translate("break_controller", "On a break")
    if held:
        return _held_text(snapshot, translate("do_not_disturb", held))
    return _counting_text(snapshot)


def _counting_text(snapshot: ScheduleSnapshot) -> str:
    if snapshot.state is ScheduleState.DUE:
        return translate("break_controller", "Time for a stretch break")
    if snapshot.seconds_to_break is None:
        if snapshot.quiet:
            return translate("break_controller", "Waiting (quiet mode)")
        return translate("break_controller", "Waiting")
    wait = format_duration(max(60.0, snapshot.seconds_to_break))
    if snapshot.quiet:
        text = translate("break_controller", "Next break in {duration} (quiet mode)")
    else:
        text = translate("break_controller", "Next break in {duration}")
    return text.format(duration=wait)


def _held_text(snapshot: ScheduleSnapshot, reason: str) -> str:
    """The counting line while the desktop holds reminders, as one sentence."""
    if snapshot.state is ScheduleState.DUE:
        text = translate("break_controller", "Held: {reason} — time for a stretch break")
    elif snapshot.seconds_to_break is None:
        if snapshot.quiet:
            text = translate("break_controller", "Held: {reason} — waiting (quiet mode)")
        else:
            text = translate("break_controller", "Held: {reason} — waiting")
    elif snapshot.quiet:
        text = translate(
            "break_controller", "Held: {reason} — next break in {duration} (quiet mode)"
        )
    else:
        text = translate("break_controller", "Held: {reason} — next break in {duration}")
    wait = format_duration(max(60.0, snapshot.seconds_to_break or 0.0))
    return text.format(reason=reason, duration=wait)


def break_status(snapshot: ScheduleSnapshot, held: str = "") -> BreakStatus:
    """The status line and which commands the menus offer now."""
    return BreakStatus(
        text=status_text(snapshot, held),
        can_start=snapshot.state is not ScheduleState.ON_BREAK,
        can_snooze=snapshot.can_snooze
        and snapshot.state in (ScheduleState.DUE, ScheduleState.PRE_WARNING),
        paused=snapshot.state is ScheduleState.PAUSED,
        quiet_until=snapshot.quiet_until if snapshot.quiet else None,
    )


class BreakController(QObject):
    break_requested = Signal(object)  # the Routine to play as a break
    notice = Signal(object)  # a BreakNotice: a desktop notification, the tray or the no-tray window
    status_changed = Signal(str, bool, bool)  # text, can snooze, paused
    state_changed = Signal(object)  # a BreakStatus, for the menus (break_menu.py)

    def __init__(
        self,
        schedule: BreakSchedule,
        next_routine: Callable[[], Routine | None],
        reminder: ReminderView,
        local_now: Callable[[], datetime],
        parent: QObject | None = None,
        *,
        clock_speed: float = 1.0,
        moves: Catalogue | None = None,
    ) -> None:
        super().__init__(parent)
        self._moves = moves
        """Each move's time per rep, for the length the reminder names."""
        self._clock_speed = clock_speed  # the schedule's seconds per real second (demos, tests)
        self.schedule = schedule
        self._next_routine = next_routine
        self._reminder = reminder
        self._local_now = local_now
        self._on_break = False
        self._upcoming: Routine | None = None
        self._held = ""  # why the desktop held reminders at the last check
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)  # waiting in the background: be cheap
        self._timer.timeout.connect(self.check)
        reminder.start_requested.connect(self.start_break)
        reminder.snooze_requested.connect(self.snooze)
        reminder.skip_requested.connect(self.skip)

    @property
    def next_check_ms(self) -> int:
        return self._timer.interval() if self._timer.isActive() else 0

    def check(self) -> None:
        was_held = self._held
        for event in self.schedule.update():
            self._handle(event)
        self._held = self.schedule.held_reason
        if self._held and not was_held:
            self._reminder.hide()  # a call or presentation began: the reminder steps aside
        self._refresh()

    def status(self) -> BreakStatus:
        snapshot = self.schedule.snapshot()
        return break_status(snapshot, self.schedule.held_reason)

    def _refresh(self) -> None:
        snapshot = self.schedule.snapshot()
        paused = snapshot.state is ScheduleState.PAUSED
        held = self.schedule.held_reason
        self.status_changed.emit(status_text(snapshot, held), snapshot.can_snooze, paused)
        self.state_changed.emit(break_status(snapshot, held))
        wait = self.schedule.seconds_until_next_check() / self._clock_speed
        self._timer.start(max(1000, round(wait * 1000)))

    def _handle(self, event: ScheduleEvent) -> None:
        if event.kind is ScheduleEventKind.PRE_WARNING:
            can_snooze = self.schedule.snapshot().can_snooze
            self.notice.emit(
                BreakNotice(
                    translate("break_controller", "Stretch break in a minute"),
                    translate("break_controller", "Finish what you are doing."),
                    NoticeKind.HEADS_UP,
                    can_snooze=can_snooze,
                )
            )
        elif event.kind is ScheduleEventKind.BREAK_DUE:
            snapshot = self.schedule.snapshot()
            routine = self._choose_routine()
            if routine is None:
                self.notice.emit(
                    BreakNotice(
                        translate("break_controller", "Time for a stretch break"),
                        translate("break_controller", "Stand up and move for a few minutes."),
                        NoticeKind.BREAK_DUE,
                        can_start=False,  # Start would only say there is no routine
                        can_snooze=snapshot.can_snooze,
                    )
                )
            elif snapshot.quiet:
                self.notice.emit(
                    BreakNotice(
                        translate("break_controller", "Time for a stretch break"),
                        translate("break_controller", "{routine} (quiet mode)").format(
                            routine=routine.name
                        ),
                        NoticeKind.BREAK_DUE,
                        can_snooze=snapshot.can_snooze,
                    )
                )
            else:
                minutes = self._minutes(routine)
                title = translate(
                    "break_controller", "Time for a %n-minute stretch break", None, minutes
                )
                detail = translate("break_controller", "{routine} — {description}")
                self._reminder.show_reminder(
                    title,
                    detail.format(routine=routine.name, description=routine.description),
                    snapshot.can_snooze,
                )
        elif event.kind is ScheduleEventKind.NATURAL_BREAK:
            self._reminder.hide()
            self._upcoming = None  # the next reminder offers the next routine

    def _choose_routine(self) -> Routine | None:
        """The routine the pending reminder offers; chosen once so the prompt and Start agree."""
        if self._upcoming is None:
            self._upcoming = self._next_routine()
        return self._upcoming

    def _minutes(self, routine: Routine) -> int:
        planned = build_timeline(routine, moves=self._moves).planned_seconds
        return max(1, round(planned / 60))

    def start_break(self) -> None:
        routine = self._choose_routine()
        self._upcoming = None
        self._reminder.hide()
        if routine is None:
            self.notice.emit(
                BreakNotice(
                    translate("break_controller", "No break routine"),
                    translate("break_controller", "There is no desk-friendly routine to play."),
                )
            )
            return
        self._on_break = True
        self.schedule.start_break()
        self._refresh()
        self.break_requested.emit(routine)

    def break_ended(self, completed: bool) -> None:
        if self._on_break:
            self._on_break = False
            self.schedule.break_finished(completed)
            self._refresh()

    def snooze(self, minutes: int) -> None:
        if self.schedule.snooze(minutes):
            self._reminder.hide()
        self._refresh()

    def skip(self) -> None:
        self._reminder.hide()
        self._upcoming = None
        self.schedule.skip()
        self._refresh()

    def pause(self, how: str) -> None:
        until = None
        if how == "hour":
            until = self.schedule.pause_for(1)
        elif how == "tomorrow":
            until = self.schedule.until_tomorrow()
        self._reminder.hide()
        self.schedule.pause(until)
        self._refresh()

    def pause_minutes(self, minutes: int) -> None:
        """Pauses for `minutes` (`lbh-desktop pause MINUTES`)."""
        self._reminder.hide()
        self.schedule.pause(self.schedule.pause_for(minutes / 60))
        self._refresh()

    def resume(self) -> None:
        self.schedule.resume()
        self._refresh()

    def set_quiet(self, minutes: int) -> None:
        until = self._local_now() + timedelta(minutes=minutes) if minutes else None
        self.schedule.set_quiet(until)
        self._refresh()
