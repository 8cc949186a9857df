"""Weekly statistics across DST changes: sessions just before and after each switch, two zones."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import Level, Routine, RoutineKind, SessionRecord, Step, StepMode
from lbh_desktop.core.player import Player, PlayerState
from lbh_desktop.core.progress import build_report
from lbh_desktop.core.progress_weeks import Goals
from lbh_desktop.core.session_log import SessionRecorder
from lbh_desktop.core.timeline import build_timeline

STRENGTH = Routine(
    "dst", "DST drill", RoutineKind.STRENGTH, Level.BEGINNER, "",
    (Step("plank", StepMode.TIMED, seconds=60),),
)  # fmt: skip


def play_at(utc: datetime, zone: ZoneInfo) -> SessionRecord:
    """Play the one-minute routine starting at `utc`, as a user in `zone`, on a fake clock."""
    clock = FakeClock(monotonic=100.0, wall=utc.timestamp())
    timeline = build_timeline(STRENGTH, prepare_seconds=0)
    player = Player(timeline, clock)
    saved: list[SessionRecord] = []
    recorder = SessionRecorder(timeline, clock, saved.append, new_id=utc.isoformat, tz=zone)
    player.subscribe(recorder.handle)
    player.start()
    while player.state is PlayerState.RUNNING:
        clock.advance(0.25)
        player.tick()
    assert recorder.record is not None
    return recorder.record


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# (UTC start, local day the user lived it, UTC offset in minutes at the start)
CASES = {
    "Berlin spring forward (Sun 29 Mar 2026, 02:00 CET -> 03:00 CEST)": (
        "Europe/Berlin",
        [
            ("2026-03-28T23:30:00", "2026-03-29", 60),  # Sun 00:30 CET
            ("2026-03-29T00:59:30", "2026-03-29", 60),  # Sun 01:59:30 CET, runs across the switch
            ("2026-03-29T01:00:30", "2026-03-29", 120),  # Sun 03:00:30 CEST
            ("2026-03-29T21:59:00", "2026-03-29", 120),  # Sun 23:59 CEST
            ("2026-03-29T22:01:00", "2026-03-30", 120),  # Mon 00:01 CEST: next week
        ],
    ),
    "Berlin fall back (Sun 25 Oct 2026, 03:00 CEST -> 02:00 CET)": (
        "Europe/Berlin",
        [
            ("2026-10-25T00:30:00", "2026-10-25", 120),  # Sun 02:30 CEST, the first time
            ("2026-10-25T01:30:00", "2026-10-25", 60),  # Sun 02:30 CET, the second time
            ("2026-10-25T22:59:00", "2026-10-25", 60),  # Sun 23:59 CET
            ("2026-10-25T23:01:00", "2026-10-26", 60),  # Mon 00:01 CET: next week
        ],
    ),
    "New York spring forward (Sun 8 Mar 2026, 02:00 EST -> 03:00 EDT)": (
        "America/New_York",
        [
            ("2026-03-08T06:59:30", "2026-03-08", -300),  # Sun 01:59:30 EST, across the switch
            ("2026-03-08T07:00:30", "2026-03-08", -240),  # Sun 03:00:30 EDT
            ("2026-03-09T03:59:00", "2026-03-08", -240),  # Sun 23:59 EDT (Monday in UTC)
            ("2026-03-09T04:01:00", "2026-03-09", -240),  # Mon 00:01 EDT: next week
        ],
    ),
    "New York fall back (Sun 1 Nov 2026, 02:00 EDT -> 01:00 EST)": (
        "America/New_York",
        [
            ("2026-11-01T05:30:00", "2026-11-01", -240),  # Sun 01:30 EDT, the first time
            ("2026-11-01T06:30:00", "2026-11-01", -300),  # Sun 01:30 EST, the second time
            ("2026-11-02T04:59:00", "2026-11-01", -300),  # Sun 23:59 EST (Monday in UTC)
            ("2026-11-02T05:01:00", "2026-11-02", -300),  # Mon 00:01 EST: next week
        ],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_sessions_around_a_dst_switch_land_on_the_day_and_week_the_user_lived(name: str) -> None:
    zone_name, plays = CASES[name]
    zone = ZoneInfo(zone_name)
    sessions = [play_at(utc(start), zone) for start, _, _ in plays]

    for session, (start, local_day, offset) in zip(sessions, plays, strict=True):
        assert session.local_date == local_day, start
        assert session.utc_offset_minutes == offset, start
        assert session.done_seconds == 60.0, "a minute is a minute, even across the switch"
        assert session.status.value == "completed"

    sunday = date.fromisoformat(plays[0][1])
    monday = date.fromisoformat(plays[-1][1])
    report = build_report(sessions, Goals(), set(), monday)
    by_week = {week.week_start: week for week in report.weeks}
    switch_week, next_week = by_week[date.fromordinal(sunday.toordinal() - 6)], by_week[monday]
    assert switch_week.strength_sessions == len(plays) - 1
    assert next_week.strength_sessions == 1
    assert report.daily_minutes == {sunday: len(plays) - 1.0, monday: 1.0}


def test_the_same_instant_counts_on_a_different_day_in_another_zone() -> None:
    """One instant, Sunday night in New York and Monday morning in Berlin: each user gets
    the day they lived, and it stays so when the report is built anywhere."""
    instant = utc("2026-11-02T04:59:00")
    new_york = play_at(instant, ZoneInfo("America/New_York"))
    berlin = play_at(instant, ZoneInfo("Europe/Berlin"))
    assert (new_york.local_date, berlin.local_date) == ("2026-11-01", "2026-11-02")
    report = build_report([new_york, berlin], Goals(), set(), date(2026, 11, 3))
    counts = {week.week_start: week.strength_sessions for week in report.weeks}
    assert counts == {date(2026, 10, 26): 1, date(2026, 11, 2): 1}
