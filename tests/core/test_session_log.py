"""Session recording from player events: record contents, save points, replays and time zones."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from lbh_desktop.core.clock import FakeClock
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
from lbh_desktop.core.player import Player, PlayerState
from lbh_desktop.core.session_log import SessionRecorder
from lbh_desktop.core.timeline import build_timeline

NEW_YEAR_UTC = 1_767_225_600.0  # 2026-01-01T00:00:00Z, FakeClock's default wall time
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def routine(*steps: Step) -> Routine:
    return Routine("core-15", "Core fifteen", RoutineKind.STRENGTH, Level.BEGINNER, "", steps)


@dataclass
class Session:
    player: Player
    clock: FakeClock
    recorder: SessionRecorder
    saves: list[dict[str, Any]] = field(default_factory=list)

    @property
    def record(self) -> SessionRecord:
        assert self.recorder.record is not None
        return self.recorder.record

    def run(self, seconds: float) -> None:
        for _ in range(round(seconds * 4)):
            self.clock.advance(0.25)
            self.player.tick()


def session(
    *steps: Step, wall: float = NEW_YEAR_UTC, tz: dt.tzinfo | None = BERLIN, prepare: float = 0
) -> Session:
    clock = FakeClock(monotonic=500.0, wall=wall)
    timeline = build_timeline(routine(*steps), prepare_seconds=prepare, switch_seconds=5)
    saves: list[dict[str, Any]] = []
    recorder = SessionRecorder(
        timeline, clock, lambda record: saves.append(record.to_dict()), new_id=lambda: "s1", tz=tz
    )
    player = Player(timeline, clock)
    player.subscribe(recorder.handle)
    return Session(player, clock, recorder, saves)


PLANK = Step("plank", StepMode.TIMED, seconds=20, sets=2, per_side=True, rest_after=10)
BRIDGE = Step("bridge", StepMode.REPS, reps=10, sets=2, rest_between_sets=15, rest_after=10)
STRETCH = Step("stretch", StepMode.OPEN, seconds=30)


def test_start_creates_and_saves_an_in_progress_record() -> None:
    s = session(PLANK, BRIDGE)
    assert s.recorder.record is None

    s.player.start()

    record = s.record
    assert record.id == "s1"
    assert record.routine_id == "core-15"
    assert record.routine_name == "Core fifteen"
    assert record.routine_kind is RoutineKind.STRENGTH
    assert record.started_utc == "2026-01-01T00:00:00Z"
    assert record.status is SessionStatus.IN_PROGRESS
    assert record.finished_utc is None
    assert record.planned_seconds == 4 * 20 + 2 * 10 * REP_SECONDS
    assert [(st.step_index, st.exercise_id, st.planned_seconds) for st in record.steps] == [
        (0, "plank", 80.0),
        (1, "bridge", 60.0),
    ]
    assert record.done_seconds == 0.0
    assert len(s.saves) == 1


def test_full_routine_gives_a_completed_record_saved_at_each_step_boundary() -> None:
    s = session(PLANK, BRIDGE, STRETCH, prepare=5)
    s.player.start()

    s.run(5 + 20 + 5 + 20 + 20 + 5 + 20 + 10)  # prepare, two per-side sets, rest
    assert len(s.saves) == 2
    assert s.saves[-1]["steps"][0]["completed"] is True
    s.run(12)
    s.player.done()
    s.run(15)
    s.run(8)
    s.player.done()
    assert len(s.saves) == 3
    s.run(10 + 35)
    s.player.done()

    record = s.record
    assert record.status is SessionStatus.COMPLETED
    assert record.finished_utc is not None
    assert s.player.state is PlayerState.FINISHED
    plank, bridge, stretch = record.steps
    assert plank.done_seconds == 80.0
    assert plank.holds == [20.0, 20.0, 20.0, 20.0]
    assert plank.sides_done == ["left", "right", "left", "right"]
    assert plank.sets_done == 2
    assert plank.skipped_segments == 0
    assert plank.completed
    assert bridge.done_seconds == 20.0
    assert bridge.holds == []
    assert bridge.sides_done == []
    assert bridge.sets_done == 2
    assert bridge.completed
    assert stretch.done_seconds == 35.0
    assert stretch.holds == [35.0]
    assert stretch.completed
    assert record.done_seconds == 135.0
    # start, three step boundaries, routine end
    assert len(s.saves) == 5
    assert [save["status"] for save in s.saves] == ["in-progress"] * 4 + ["completed"]
    assert s.saves[-1] == record.to_dict()


def test_finished_utc_is_taken_from_wall_time_at_the_end() -> None:
    s = session(Step("plank", StepMode.TIMED, seconds=90))
    s.player.start()

    s.run(90)

    assert s.record.finished_utc == "2026-01-01T00:01:30Z"


def test_skipped_side_makes_the_set_and_the_session_partial() -> None:
    s = session(PLANK)
    s.player.start()
    s.run(20 + 5 + 6)
    s.player.skip()

    s.run(60)

    record = s.record
    assert record.status is SessionStatus.PARTIAL
    plank = record.steps[0]
    assert plank.sides_done == ["left", "left", "right"]
    assert plank.holds == [20.0, 6.0, 20.0, 20.0]
    assert plank.sets_done == 1
    assert plank.skipped_segments == 1
    assert not plank.completed
    assert plank.done_seconds == 66.0


def test_back_replay_replaces_the_earlier_result() -> None:
    hold = Step("plank", StepMode.TIMED, seconds=10, sets=2)
    s = session(hold)
    s.player.start()
    s.run(11)
    s.player.back()
    assert s.record.steps[0].done_seconds == 0.0

    s.run(20)

    step = s.record.steps[0]
    assert step.done_seconds == 20.0
    assert step.holds == [10.0, 10.0]
    assert step.sets_done == 2
    assert s.record.done_seconds == 20.0
    assert s.record.status is SessionStatus.COMPLETED
    assert len(s.saves) == 3


def test_stop_after_some_work_is_partial() -> None:
    s = session(PLANK, BRIDGE)
    s.player.start()
    s.run(12.5)

    s.player.stop()

    record = s.record
    assert record.status is SessionStatus.PARTIAL
    assert record.done_seconds == 12.5
    assert record.steps[0].skipped_segments == 1
    assert record.finished_utc == "2026-01-01T00:00:12Z"
    assert len(s.saves) == 2
    assert s.saves[-1]["status"] == "partial"


def test_stop_before_any_work_is_stopped() -> None:
    s = session(PLANK, prepare=5)
    s.player.start()
    s.run(3)

    s.player.stop()

    assert s.record.status is SessionStatus.STOPPED
    assert s.record.done_seconds == 0.0
    assert len(s.saves) == 2


def test_saves_never_happen_per_tick() -> None:
    s = session(Step("stretch", StepMode.OPEN, seconds=30))
    s.player.start()

    s.run(300)

    assert len(s.saves) == 1


def test_events_before_start_are_ignored() -> None:
    clock = FakeClock()
    timeline = build_timeline(routine(PLANK))
    saves: list[SessionRecord] = []
    recorder = SessionRecorder(timeline, clock, saves.append)
    player = Player(timeline, clock)
    events = player.start()

    for event in events[1:]:
        recorder.handle(event)

    assert recorder.record is None
    assert saves == []


def test_default_id_is_a_fresh_uuid4_hex() -> None:
    clock = FakeClock()
    timeline = build_timeline(routine(PLANK))
    ids = []
    for _ in range(2):
        recorder = SessionRecorder(timeline, clock, lambda _record: None)
        player = Player(timeline, clock)
        player.subscribe(recorder.handle)
        player.start()
        assert recorder.record is not None
        ids.append(recorder.record.id)

    assert ids[0] != ids[1]
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)


@pytest.mark.parametrize(
    ("wall", "tz", "started", "local_date", "offset"),
    [
        (NEW_YEAR_UTC, BERLIN, "2026-01-01T00:00:00Z", "2026-01-01", 60),
        (NEW_YEAR_UTC, NEW_YORK, "2026-01-01T00:00:00Z", "2025-12-31", -300),
        (NEW_YEAR_UTC - 1800, BERLIN, "2025-12-31T23:30:00Z", "2026-01-01", 60),
        (NEW_YEAR_UTC - 1800, NEW_YORK, "2025-12-31T23:30:00Z", "2025-12-31", -300),
        (NEW_YEAR_UTC + 3 * 3600, NEW_YORK, "2026-01-01T03:00:00Z", "2025-12-31", -300),
        (NEW_YEAR_UTC + 5 * 3600, NEW_YORK, "2026-01-01T05:00:00Z", "2026-01-01", -300),
        (1_782_862_200.0, BERLIN, "2026-06-30T23:30:00Z", "2026-07-01", 120),
        (1_782_862_200.0, NEW_YORK, "2026-06-30T23:30:00Z", "2026-06-30", -240),
        (1_782_862_200.0, dt.UTC, "2026-06-30T23:30:00Z", "2026-06-30", 0),
    ],
)
def test_local_date_and_offset_follow_the_time_zone(
    wall: float, tz: dt.tzinfo, started: str, local_date: str, offset: int
) -> None:
    s = session(PLANK, wall=wall, tz=tz)

    s.player.start()

    assert s.record.started_utc == started
    assert s.record.local_date == local_date
    assert s.record.utc_offset_minutes == offset


def test_default_time_zone_is_the_system_zone() -> None:
    s = session(PLANK, tz=None)

    s.player.start()

    local = dt.datetime.fromtimestamp(NEW_YEAR_UTC).astimezone()
    offset = local.utcoffset()
    assert offset is not None
    assert s.record.local_date == local.date().isoformat()
    assert s.record.utc_offset_minutes == round(offset.total_seconds() / 60)


def test_hold_sides_run_parallel_to_holds() -> None:
    s = session(PLANK, BRIDGE, STRETCH)
    s.player.start()
    s.run(20 + 5 + 6)
    s.player.skip()  # the right side of the first set, after 6 s
    s.run(20 + 5 + 20 + 10 + 1)
    s.player.done()
    s.run(15 + 1)
    s.player.done()
    s.run(10 + 30)
    s.player.done()

    plank, bridge, stretch = s.record.steps
    assert plank.holds == [20.0, 6.0, 20.0, 20.0]
    assert plank.hold_sides == ["left", "right", "left", "right"]
    assert (bridge.holds, bridge.hold_sides) == ([], [])
    assert (stretch.holds, stretch.hold_sides) == ([30.0], [""])
    assert s.saves[-1]["steps"][0]["hold_sides"] == ["left", "right", "left", "right"]


def test_records_saved_before_hold_sides_existed_still_load() -> None:
    s = session(PLANK)
    s.player.start()
    s.run(20)
    old = s.record.to_dict()
    for step in old["steps"]:
        del step["hold_sides"]

    loaded = SessionRecord.from_dict(old)

    assert loaded.steps[0].holds == [20.0]
    assert loaded.steps[0].hold_sides == []
    assert SessionRecord.from_dict(s.record.to_dict()).steps[0].hold_sides == ["left"]
