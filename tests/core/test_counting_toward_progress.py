"""Issue #18: which sessions count toward Progress, said the same way by the player, the
library and Progress; and waiting on a rep step is not work."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.counting import COUNTS_RULE, counts
from lbh_desktop.core.library import last_done_text, latest_sessions
from lbh_desktop.core.models import (
    REP_SECONDS,
    Level,
    Routine,
    RoutineKind,
    SessionRecord,
    SessionStatus,
    Step,
    StepMode,
)
from lbh_desktop.core.player import Player
from lbh_desktop.core.session_log import (
    SessionRecorder,
    progress_note,
    uncounted_note,
)
from lbh_desktop.core.timeline import build_timeline


def record(
    routine_id: str = "r1",
    started: str = "2026-03-20T08:00:00Z",
    status: SessionStatus = SessionStatus.COMPLETED,
    done: float = 100.0,
    planned: float = 100.0,
) -> SessionRecord:
    return SessionRecord(
        id=f"{routine_id}-{started}",
        routine_id=routine_id,
        routine_name="Routine",
        routine_kind=RoutineKind.STRETCH,
        started_utc=started,
        local_date=started[:10],
        utc_offset_minutes=0,
        status=status,
        planned_seconds=planned,
        done_seconds=done,
    )


# Waiting on a rep step ----------------------------------------------------------------------


def play_reps_then_wait(wait: float) -> SessionRecord:
    steps = (
        Step("glute-bridge", StepMode.REPS, reps=10, rest_after=0),
        Step("childs-pose", StepMode.TIMED, seconds=30),
    )
    routine = Routine("r1", "Bridge", RoutineKind.STRENGTH, Level.BEGINNER, "", steps)
    clock = FakeClock()
    timeline = build_timeline(routine, prepare_seconds=0)
    player = Player(timeline, clock)
    recorder = SessionRecorder(timeline, clock, lambda r: None)
    player.subscribe(recorder.handle)
    player.start()
    clock.advance(wait)
    player.tick()
    player.done()
    assert recorder.record is not None
    return recorder.record


def test_waiting_on_a_rep_step_does_not_count_as_work() -> None:
    session = play_reps_then_wait(600)  # ten minutes with the Done prompt up

    assert session.steps[0].done_seconds == 10 * REP_SECONDS
    assert session.done_seconds == 10 * REP_SECONDS


def test_reps_done_quicker_than_planned_count_their_real_time() -> None:
    session = play_reps_then_wait(20)

    assert session.steps[0].done_seconds == 20


# The end screen's note ----------------------------------------------------------------------


def test_a_completed_session_counts() -> None:
    assert progress_note(record()) == "Saved in your history and counted in Progress."


def test_a_session_stopped_before_half_way_does_not_count_and_says_how_far_it_got() -> None:
    stopped = record(status=SessionStatus.PARTIAL, done=30, planned=100)

    assert not counts(stopped)
    assert progress_note(stopped) == (
        "Saved in your history, but not counted in Progress: "
        f"{COUNTS_RULE}, and this one reached 30 %."
    )


def test_a_session_stopped_after_half_way_counts_and_says_so() -> None:
    stopped = record(status=SessionStatus.PARTIAL, done=62, planned=100)

    assert counts(stopped)
    assert progress_note(stopped) == (
        f"Saved in your history and counted in Progress: {COUNTS_RULE}, and this one reached 62 %."
    )


def test_just_under_half_is_not_rounded_up_to_half() -> None:
    stopped = record(status=SessionStatus.PARTIAL, done=49.8, planned=100)

    assert not counts(stopped)
    assert progress_note(stopped).endswith("this one reached 49 %.")


def test_a_session_stopped_with_nothing_done_reached_zero() -> None:
    stopped = record(status=SessionStatus.STOPPED, done=0, planned=100)

    assert progress_note(stopped).endswith("this one reached 0 %.")


def test_the_rule_is_said_in_plain_words() -> None:
    assert COUNTS_RULE == "sessions count toward Progress once at least half is done"


# Progress with nothing counted ----------------------------------------------------------------


def test_no_sessions_at_all_need_no_note() -> None:
    assert uncounted_note([]) == ""


def test_one_session_that_stopped_early_is_explained() -> None:
    sessions = [record(status=SessionStatus.PARTIAL, done=30)]

    assert uncounted_note(sessions) == (
        "You have 1 session that stopped before half way; it does not count. "
        "Sessions count toward Progress once at least half is done."
    )


def test_several_sessions_that_stopped_early_are_explained() -> None:
    sessions = [
        record(status=SessionStatus.PARTIAL, done=30),
        record(status=SessionStatus.STOPPED, done=0, started="2026-03-21T08:00:00Z"),
        record(status=SessionStatus.IN_PROGRESS, done=0, started="2026-03-22T08:00:00Z"),
    ]

    assert uncounted_note(sessions).startswith(
        "You have 2 sessions that stopped before half way; they do not count."
    )


# The library's "Last done" --------------------------------------------------------------------

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def test_latest_sessions_keeps_counted_and_later_tries_apart() -> None:
    sessions = [
        record("r1", "2026-03-17T08:00:00Z"),
        record("r1", "2026-03-20T08:00:00Z", SessionStatus.PARTIAL, done=30),
        record("r2", "2026-03-19T08:00:00Z", SessionStatus.PARTIAL, done=60),
        record("r2", "2026-03-18T08:00:00Z", SessionStatus.STOPPED, done=0),
        record("r3", "2026-03-20T08:00:00Z", SessionStatus.STOPPED, done=0),
    ]

    done, tried = latest_sessions(sessions)

    assert done == {"r1": "2026-03-17T08:00:00Z", "r2": "2026-03-19T08:00:00Z"}
    assert tried == {"r1": "2026-03-20T08:00:00Z", "r3": "2026-03-20T08:00:00Z"}


@pytest.mark.parametrize(
    ("done", "tried", "text"),
    [
        (None, None, "Last done: Never"),
        ("2026-03-20T08:00:00Z", None, "Last done: Today"),
        (None, "2026-03-20T08:00:00Z", "Last done: Never (tried today)"),
        ("2026-03-17T08:00:00Z", "2026-03-19T08:00:00Z", "Last done: 3 days ago (tried yesterday)"),
    ],
)
def test_last_done_only_claims_sessions_that_count(
    done: str | None, tried: str | None, text: str
) -> None:
    assert last_done_text(done, tried, NOW, UTC) == text
