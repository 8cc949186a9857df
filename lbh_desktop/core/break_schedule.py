"""Stretch-break schedule: counts active working time and says when a break is due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from lbh_desktop.core.break_settings import (
    BreakSettings,
    ScheduleEvent,
    ScheduleEventKind,
    ScheduleSnapshot,
    ScheduleState,
    WorkingHours,
    hours_boundary,
    hours_overlap,
    until_tomorrow,
)
from lbh_desktop.core.clock import Clock

__all__ = [
    "BreakSchedule",
    "BreakSettings",
    "ScheduleEvent",
    "ScheduleEventKind",
    "ScheduleSnapshot",
    "ScheduleState",
    "WorkingHours",
    "until_tomorrow",
]

JUMP_SECONDS = 30.0
"""Wall time gaining this much on monotonic time between updates: a suspend or clock change."""
MAX_CHECK_SECONDS = 60.0
MIN_CHECK_SECONDS = 1.0


class BreakSchedule:
    """Call update() when seconds_until_next_check() has passed; it returns what happened.

    Active time is monotonic time inside working hours while the user is not idle for a
    whole break length. A suspend, a wall clock set forward or a gap between updates
    longer than a break counts as a natural break, so waking never fires a late reminder;
    a clock set back is ignored because time is measured on the monotonic clock.
    """

    def __init__(
        self,
        settings: BreakSettings,
        clock: Clock,
        idle_seconds: Callable[[], float | None],
        local_now: Callable[[float], datetime],
    ) -> None:
        self._settings = settings
        self._clock = clock
        self._idle_source = idle_seconds
        self._local_now = local_now
        self._last_m = clock.monotonic()
        self._last_w = clock.wall()
        self._pending: list[ScheduleEvent] = []
        self._active = 0.0
        self._due_active = settings.interval_seconds
        self._warned = False
        self._due = False
        self._snoozes = 0
        self._rest = 0.0
        self._on_break = False
        self._paused = False
        self._paused_until: float | None = None
        self._quiet_until: float | None = None
        self._quiet = False
        self._hold_source: Callable[[], str] = _never_held
        self._held = ""
        idle = idle_seconds()
        self._last_idle = idle
        self._idle_break_taken = idle is not None and idle >= settings.break_seconds
        self._in_hours = settings.working_hours.contains(local_now(self._last_w))

    # Settings and queries -----------------------------------------------------------------

    @property
    def settings(self) -> BreakSettings:
        return self._settings

    def update_settings(self, settings: BreakSettings) -> None:
        """Apply new settings keeping the active time; an unsnoozed deadline moves with them."""
        self._advance()
        self._settings = settings
        if self._snoozes == 0:
            self._due_active = settings.interval_seconds
            self._due = self._active >= self._due_active and self._due
            warn_at = self._due_active - settings.pre_warning_seconds
            self._warned = self._due or (self._warned and self._active >= warn_at)
        self._in_hours = settings.working_hours.contains(self._local_now(self._last_w))

    def update(self) -> list[ScheduleEvent]:
        self._advance()
        events, self._pending = self._pending, []
        return events

    def snapshot(self) -> ScheduleSnapshot:
        self._advance()
        state = self._state()
        hidden = state in (ScheduleState.PAUSED, ScheduleState.ON_BREAK, ScheduleState.OFF_HOURS)
        return ScheduleSnapshot(
            state=state,
            active_seconds=self._active,
            seconds_to_break=None if hidden else max(0.0, self._due_active - self._active),
            snoozes_in_a_row=self._snoozes,
            can_snooze=self._snoozes < self._settings.max_snoozes,
            paused_until=self._moment(self._paused_until),
            quiet_until=self._moment(self._quiet_until),
            quiet=self._quiet,
            idle_backend=self._last_idle is not None,
        )

    def seconds_until_next_check(self) -> float:
        """When update() is next needed; between 1 and 60 seconds (30 for 1-minute breaks)."""
        self._advance()
        now = self._last_w
        cap = min(MAX_CHECK_SECONDS, self._settings.break_seconds / 2)
        waits = [cap]
        if self._paused_until is not None:
            waits.append(self._paused_until - now)
        if self._quiet_until is not None:
            waits.append(self._quiet_until - now)
        if self._state() in (
            ScheduleState.COUNTING,
            ScheduleState.PRE_WARNING,
            ScheduleState.SNOOZED,
        ):
            pre = self._settings.pre_warning_seconds
            target = self._due_active if self._warned or pre == 0 else self._due_active - pre
            waits.append(target - self._active)
            if self._last_idle is not None and not self._idle_break_taken:
                waits.append(self._settings.break_seconds - self._last_idle)
        if self._hours_at(now + cap) != self._in_hours:
            waits.append(hours_boundary(self._hours_at, now, now + cap) - now)
        return max(MIN_CHECK_SECONDS, min(waits))

    def pause_for(self, hours: float) -> datetime:
        """The local moment `hours` of real time from now (DST-safe), to pass to pause()."""
        return self._local_now(self._clock.wall() + hours * 3600.0)

    def until_tomorrow(self) -> datetime:
        """The start of the next working day, to pass to pause()."""
        return until_tomorrow(self._local_now(self._clock.wall()), self._settings.working_hours)

    # Commands ----------------------------------------------------------------------------

    def start_break(self) -> None:
        self._advance()
        self._on_break = True

    def break_finished(self, completed: bool) -> None:
        """The break ended, taken in full or not: counting starts again from 0."""
        self._advance()
        self._on_break = False
        self._restart()

    def snooze(self, minutes: int) -> bool:
        """Remind again after `minutes` of active time; False, changing nothing, if not allowed."""
        if minutes < 1:
            raise ValueError(f"snooze minutes must be at least 1, not {minutes}")
        self._advance()
        if self._state() not in (ScheduleState.DUE, ScheduleState.PRE_WARNING):
            return False
        if self._snoozes >= self._settings.max_snoozes:
            return False
        self._snoozes += 1
        self._due_active = self._active + minutes * 60.0
        self._due = False
        self._warned = True
        return True

    def skip(self) -> None:
        self._advance()
        self._restart()

    def pause(self, until: datetime | None) -> None:
        """No counting and no reminders until `until` (None: until resume())."""
        self._advance()
        self._paused = True
        self._paused_until = None if until is None else self._timestamp(until)

    def resume(self) -> None:
        """End a pause; counting starts again from 0."""
        self._advance()
        if self._paused:
            self._paused = False
            self._paused_until = None
            self._restart()

    def set_quiet(self, until: datetime | None) -> None:
        """Quiet mode until `until` (reminders show only in the tray); None ends it now."""
        self._advance()
        self._quiet = until is not None
        self._quiet_until = None if until is None else self._timestamp(until)

    def hold_while(self, reason: Callable[[], str] | None) -> None:
        """Hold reminders while `reason()` is not "" (the desktop's do not disturb, a
        full-screen window). Like quiet mode, counting goes on; unlike it, a pre-warning or
        break falling due while held passes silently and is not reminded of afterwards.
        None stops following it."""
        self._advance()
        self._hold_source = reason or _never_held
        self._held = self._hold_source()

    @property
    def held_reason(self) -> str:
        """Why reminders are held now, or ""; as of the last update or snapshot."""
        return self._held

    # Internals ---------------------------------------------------------------------------

    def _state(self) -> ScheduleState:
        if self._on_break:
            return ScheduleState.ON_BREAK
        if self._paused:
            return ScheduleState.PAUSED
        if not self._in_hours:
            return ScheduleState.OFF_HOURS
        if self._due:
            return ScheduleState.DUE
        if self._snoozes:
            return ScheduleState.SNOOZED
        if self._warned:
            return ScheduleState.PRE_WARNING
        return ScheduleState.COUNTING

    def _emit(self, kind: ScheduleEventKind, at: float) -> None:
        self._pending.append(ScheduleEvent(kind, at))

    def _restart(self) -> None:
        self._active = 0.0
        self._due_active = self._settings.interval_seconds
        self._warned = self._due = False
        self._snoozes = 0
        self._rest = 0.0

    def _advance(self) -> None:
        now_m, now_w = self._clock.monotonic(), self._clock.wall()
        dm = max(0.0, now_m - self._last_m)
        jumped = now_w - self._last_w - dm > JUMP_SECONDS or dm > self._settings.break_seconds
        self._last_m, self._last_w = now_m, now_w
        start = now_w - dm
        if self._quiet_until is not None and now_w >= self._quiet_until:
            self._emit(ScheduleEventKind.QUIET_ENDED, self._quiet_until)
            self._quiet, self._quiet_until = False, None
        if self._paused and self._paused_until is not None and now_w >= self._paused_until:
            self._emit(ScheduleEventKind.PAUSE_ENDED, self._paused_until)
            start = max(start, self._paused_until)
            self._paused, self._paused_until = False, None
            self._restart()
        idle = self._idle_source()
        self._last_idle = idle
        idle_break = idle is not None and idle >= self._settings.break_seconds
        was_taken, self._idle_break_taken = self._idle_break_taken, idle_break
        self._in_hours = self._hours_at(now_w)
        self._held = self._hold_source()
        if self._on_break:
            return
        if jumped or self._paused:
            if jumped:
                self._restart()
                if not self._paused and self._in_hours:
                    self._emit(ScheduleEventKind.NATURAL_BREAK, now_w)
            return
        counted, first = hours_overlap(self._hours_at, start, now_w)
        self._rest = 0.0 if self._in_hours else self._rest + now_w - start - counted
        if idle is not None and idle_break:
            if not was_taken and counted > 0:
                self._restart()
                crossed = now_w - idle + self._settings.break_seconds
                self._emit(ScheduleEventKind.NATURAL_BREAK, crossed)
        else:
            before = self._active
            self._active += counted
            self._check_deadlines(before, first)
        if self._rest >= self._settings.break_seconds:
            self._restart()

    def _check_deadlines(self, before: float, first: float) -> None:
        """Fire BREAK_DUE or PRE_WARNING once; `first` is the wall time `before` was reached."""
        due_at = self._due_active
        warn_at = due_at - self._settings.pre_warning_seconds
        if not self._due and self._active >= due_at:
            self._due = self._warned = True
            if not self._held:
                self._emit(ScheduleEventKind.BREAK_DUE, first + max(0.0, due_at - before))
        elif not self._warned and warn_at < due_at and self._active >= warn_at:
            self._warned = True
            if not self._held:
                self._emit(ScheduleEventKind.PRE_WARNING, first + max(0.0, warn_at - before))

    def _hours_at(self, wall: float) -> bool:
        return self._settings.working_hours.contains(self._local_now(wall))

    def _timestamp(self, moment: datetime) -> float:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self._local_now(self._clock.wall()).tzinfo)
        return moment.timestamp()

    def _moment(self, wall: float | None) -> datetime | None:
        return None if wall is None else self._local_now(wall)


def _never_held() -> str:
    return ""
