"""Library rows: summaries, filtering and the duration, clock, "last done" and step texts."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from lbh_desktop.core.catalogue import routine_positions
from lbh_desktop.core.library import (
    filter_by_kind,
    format_clock,
    format_duration,
    format_last_done,
    routine_meta,
    step_dose,
    step_rows,
    summarize_routines,
)
from lbh_desktop.core.models import Level, Position, Routine, RoutineKind, Step, StepMode, Variation
from lbh_desktop.core.timeline import build_timeline
from lbh_desktop.storage.bundled import load_builtin_routines, load_catalogue

NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
CATALOGUE = load_catalogue()


def routine(
    routine_id: str,
    *steps: Step,
    kind: RoutineKind = RoutineKind.STRETCH,
    level: Level = Level.BEGINNER,
) -> Routine:
    return Routine(routine_id, f"Routine {routine_id}", kind, level, "", steps)


MIXED = routine(
    "mixed",
    Step("glute-bridge", StepMode.REPS, reps=10, rest_after=20),  # 10 x 5 s tempo + 20 s rest
    Step("seated-twist", StepMode.TIMED, seconds=30, per_side=True),  # 30 + 5 switch + 30
    Step("chair-sit-to-stand", StepMode.REPS, reps=5),  # 5 x 4 s (the strength default)
    Step("no-such-move", StepMode.TIMED, seconds=10),
)
DESK = routine(
    "desk",
    Step("seated-cat-cow", StepMode.REPS, reps=8),
    kind=RoutineKind.DESK_BREAK,
    level=Level.INTERMEDIATE,
)
UNKNOWN_ONLY = routine(
    "ghost", Step("no-such-move", StepMode.TIMED, seconds=55), level=Level.ADVANCED
)


# summarize_routines and filter_by_kind ---------------------------------------------------


def test_summary_of_a_hand_built_routine() -> None:
    [summary] = summarize_routines([MIXED], CATALOGUE, {})

    # 5 prepare + 50 reps + 20 rest + 30 left + 5 switch + 30 right + 20 reps + 10 unknown.
    assert summary.duration_seconds == 170.0
    assert summary.duration_seconds == (
        build_timeline(MIXED, rep_seconds=CATALOGUE.rep_seconds).planned_seconds
    )
    assert summary.positions == (Position.FLOOR, Position.CHAIR, Position.STANDING)
    assert summary.positions_label == "Floor, Chair, Standing"
    assert summary.kind_label == "Stretch"
    assert summary.last_done_utc is None
    assert summary.routine is MIXED


def test_summaries_of_builtin_routines_match_timeline_positions_and_history() -> None:
    routines = load_builtin_routines()
    last_done = {"daily-stretch": "2026-03-01T08:00:00Z", "deleted": "2025-01-01T00:00:00Z"}

    summaries = summarize_routines(routines, CATALOGUE, last_done)

    assert [s.routine.id for s in summaries] == [r.id for r in routines]
    for summary, source in zip(summaries, routines, strict=True):
        planned = build_timeline(source, moves=CATALOGUE).planned_seconds
        assert summary.duration_seconds == planned
        assert summary.positions == routine_positions(source, CATALOGUE)
        assert summary.positions != ()
    assert {s.routine.id: s.last_done_utc for s in summaries} == {
        "desk-stretch-break": None,
        "daily-stretch": "2026-03-01T08:00:00Z",
        "strength": None,
        "beginner-strength": None,
        "warm-up": None,
        "flare-up": None,
    }


def test_unknown_exercises_add_no_position() -> None:
    [summary] = summarize_routines([UNKNOWN_ONLY], CATALOGUE, {"ghost": "2026-01-02T03:04:05Z"})

    assert summary.positions == ()
    assert summary.positions_label == ""
    assert summary.duration_seconds == 60.0
    assert summary.last_done_utc == "2026-01-02T03:04:05Z"


def test_filter_by_kind_keeps_order_and_none_keeps_all() -> None:
    summaries = summarize_routines([MIXED, DESK, UNKNOWN_ONLY], CATALOGUE, {})

    assert [s.routine.id for s in filter_by_kind(summaries, None)] == ["mixed", "desk", "ghost"]
    stretch = filter_by_kind(summaries, RoutineKind.STRETCH)
    assert [s.routine.id for s in stretch] == ["mixed", "ghost"]
    assert [s.routine.id for s in filter_by_kind(summaries, RoutineKind.DESK_BREAK)] == ["desk"]
    assert filter_by_kind(summaries, RoutineKind.STRENGTH) == []
    assert filter_by_kind([], RoutineKind.WARMUP) == []


# format_duration and format_clock ---------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (45, "45 s"),
        (45.4, "45 s"),
        (59, "59 s"),
        (60, "1 min"),
        (89, "1 min"),
        (91, "2 min"),
        (290, "5 min"),
        (300, "5 min"),
        (329, "5 min"),
        (331, "6 min"),
        (3599, "1 h 00 min"),
        (3600, "1 h 00 min"),
        (3900, "1 h 05 min"),
        (7500, "2 h 05 min"),
    ],
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_format_duration_never_shows_sixty_seconds() -> None:
    # Just under a minute rounds up to a whole minute, so it should read as one.
    assert format_duration(59.6) == "1 min"


@pytest.mark.parametrize(("seconds", "text"), [(150, "3 min"), (210, "4 min"), (270, "5 min")])
def test_format_duration_rounds_half_minutes_up_consistently(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (45, "0:45"),
        (45.9, "0:45"),
        (59.999, "0:59"),
        (60, "1:00"),
        (725, "12:05"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3723, "1:02:03"),
        (36000, "10:00:00"),
        (-0.5, "0:00"),
        (-90, "0:00"),
    ],
)
def test_format_clock(seconds: float, text: str) -> None:
    assert format_clock(seconds) == text


# format_last_done -------------------------------------------------------------------------

NOON_NY = datetime(2026, 3, 20, 12, 0, tzinfo=NEW_YORK)


@pytest.mark.parametrize(
    ("done_utc", "text"),
    [
        (None, "Never"),
        ("2026-03-20T13:00:00Z", "Today"),  # 09:00 New York
        ("2026-03-20T04:30:00+00:00", "Today"),  # 00:30 New York
        ("2026-03-20T18:00:00Z", "Today"),  # later than now: never "in the future"
        ("2026-03-19T15:00:00Z", "Yesterday"),
        ("2026-03-17T15:00:00Z", "3 days ago"),
        ("2026-03-07T15:00:00Z", "13 days ago"),
        ("2026-03-06T15:00:00Z", "6 Mar"),
        ("2026-01-01T15:00:00Z", "1 Jan"),
        ("2025-12-30T15:00:00Z", "30 Dec 2025"),
    ],
)
def test_format_last_done_in_new_york(done_utc: str | None, text: str) -> None:
    assert format_last_done(done_utc, NOON_NY, NEW_YORK) == text


def test_evening_in_new_york_is_already_tomorrow_in_utc() -> None:
    # 23:30 on 19 March in New York is 03:30 on 20 March in UTC, the same UTC day as "now".
    assert format_last_done("2026-03-20T03:30:00Z", NOON_NY, NEW_YORK) == "Yesterday"
    # At 23:30 on 20 March in New York (already 21 March in UTC), 09:00 that morning was today.
    late_now = datetime(2026, 3, 21, 3, 30, tzinfo=UTC)
    assert format_last_done("2026-03-20T13:00:00Z", late_now, NEW_YORK) == "Today"
    assert format_last_done("2026-03-20T13:00:00Z", late_now, UTC) == "Yesterday"


def test_last_done_uses_the_given_zone_not_the_zone_of_now() -> None:
    now_utc = datetime(2026, 3, 20, 16, 0, tzinfo=UTC)  # 01:00 on 21 March in Tokyo
    done = "2026-03-20T14:00:00Z"  # 23:00 on 20 March in Tokyo

    assert format_last_done(done, now_utc, TOKYO) == "Yesterday"
    assert format_last_done(done, now_utc, NEW_YORK) == "Today"


def test_dates_two_weeks_back_and_in_another_year() -> None:
    now = datetime(2026, 4, 1, 12, 0, tzinfo=NEW_YORK)

    assert format_last_done("2026-03-12T16:00:00Z", now, NEW_YORK) == "12 Mar"
    assert format_last_done("2026-03-13T03:30:00Z", now, NEW_YORK) == "12 Mar"  # 23:30 NY
    assert format_last_done("2024-03-12T16:00:00Z", now, NEW_YORK) == "12 Mar 2024"
    new_year = datetime(2026, 1, 5, 12, 0, tzinfo=NEW_YORK)
    assert format_last_done("2025-12-30T16:00:00Z", new_year, NEW_YORK) == "6 days ago"


@pytest.fixture
def system_zone_new_york() -> Iterator[None]:
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


@pytest.mark.usefixtures("system_zone_new_york")
def test_without_a_zone_the_system_zone_is_used() -> None:
    now_utc = datetime(2026, 3, 20, 16, 0, tzinfo=UTC)  # noon in New York

    assert format_last_done("2026-03-20T03:30:00Z", now_utc) == "Yesterday"
    assert format_last_done("2026-03-20T04:30:00Z", now_utc) == "Today"


# step_dose, step_rows and routine_meta ----------------------------------------------------


@pytest.mark.parametrize(
    ("step", "text"),
    [
        (Step("glute-bridge", StepMode.REPS, reps=12), "12 reps"),
        (Step("bird-dog", StepMode.REPS, reps=8, per_side=True), "8 reps each side"),
        (Step("childs-pose", StepMode.OPEN, seconds=30), "hold, aim 30 s"),
        (Step("pigeon-pose", StepMode.OPEN, seconds=20, per_side=True), "hold, aim 20 s each side"),
        (Step("front-plank", StepMode.TIMED, seconds=45), "45 s"),
        (Step("side-plank", StepMode.TIMED, seconds=30, per_side=True), "30 s each side"),
    ],
)
def test_step_dose(step: Step, text: str) -> None:
    assert step_dose(step) == text


def test_step_rows() -> None:
    steps = (
        Step("glute-bridge", StepMode.REPS, reps=12, rest_after=30),
        Step(
            "side-plank",
            StepMode.TIMED,
            seconds=20,
            sets=3,
            rest_between_sets=15,
            rest_after=60,
            per_side=True,
            variation=Variation.EASIER,
        ),
        Step("childs-pose", StepMode.OPEN, seconds=45, variation=Variation.HARDER),
        Step("front-plank", StepMode.TIMED, seconds=30, sets=2),
        Step("mystery-move", StepMode.TIMED, seconds=10, variation=Variation.EASIER),
    )

    assert step_rows(routine("rows", *steps), CATALOGUE) == [
        ("Glute bridge", "12 reps", "1", "—", "30 s"),
        ("Bent-knee side plank (easier side plank)", "20 s each side", "3", "15 s", "60 s"),
        (
            "Side-reach child's pose (harder child's pose)",
            "hold, aim 45 s each side",
            "1",
            "—",
            "—",
        ),
        ("Front plank", "30 s", "2", "—", "—"),
        ("Unknown move (mystery-move)", "10 s", "1", "—", "—"),
    ]


def test_routine_meta() -> None:
    mixed, desk, ghost = summarize_routines([MIXED, DESK, UNKNOWN_ONLY], CATALOGUE, {})

    assert routine_meta(mixed) == "Stretch · 3 min · Beginner · Floor, Chair, Standing"
    # 5 s prepare + 8 seated cat-cows x 5 s (the stretch default) = 45 s.
    assert routine_meta(desk) == "Desk break · 45 s · Intermediate · Chair"
    assert routine_meta(ghost) == "Stretch · 1 min · Advanced"
