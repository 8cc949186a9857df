"""Player snapshots: remaining and elapsed time, totals, progress and the next work segment."""

from __future__ import annotations

import pytest

from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.player_events import focus_step
from tests.core.player_rig import reps, rig, timed


def test_snapshot_reports_remaining_totals_progress_and_next_work() -> None:
    r = rig(timed(20, rest_after=10), timed(30), prepare=5)
    ready = r.player.snapshot()
    assert ready.state is PlayerState.READY
    assert ready.remaining == 5.0
    assert ready.total_remaining == 65.0
    assert ready.progress == 0.0
    assert ready.next_work is r.player.timeline.segments[1]

    r.player.start()
    r.at(12.5)
    snap = r.player.snapshot()

    assert snap.segment is r.player.timeline.segments[1]
    assert snap.remaining == pytest.approx(12.5)
    assert snap.elapsed == pytest.approx(7.5)
    assert snap.total_remaining == pytest.approx(52.5)
    assert snap.progress == pytest.approx(12.5 / 65)
    assert snap.next_work is r.player.timeline.segments[3]
    assert snap.pause_reason is None


def test_snapshot_clamps_remaining_when_ticks_are_late() -> None:
    r = rig(timed(5), timed(5))
    r.player.start()
    r.clock.advance(7)

    snap = r.player.snapshot()

    assert snap.remaining == 0.0
    assert snap.elapsed == 5.0
    assert snap.total_remaining == 5.0


def test_snapshot_after_finishing_keeps_the_last_segment() -> None:
    r = rig(timed(5))
    r.player.start()
    r.at(6)

    snap = r.player.snapshot()

    assert snap.state is PlayerState.FINISHED
    assert snap.segment is r.player.timeline.segments[-1]
    assert snap.remaining == 0.0
    assert snap.elapsed == 5.0
    assert snap.total_remaining == 0.0
    assert snap.progress == 1.0
    assert snap.next_work is None
    for command in ("start", "pause", "resume", "toggle", "skip", "back", "done", "stop"):
        assert not r.player.can(command)
        assert getattr(r.player, command)() == []


def test_untimed_work_counts_up_and_estimates_what_is_left() -> None:
    r = rig(reps(10), timed(10))
    r.player.start()
    r.at(12)

    snap = r.player.snapshot()

    assert snap.remaining is None
    assert snap.elapsed == 12.0
    assert snap.total_remaining == pytest.approx(30 - 12 + 10)
    r.at(100)
    assert r.player.snapshot().total_remaining == 10.0


def test_the_focus_step_is_the_move_now_or_next_and_none_once_ended() -> None:
    r = rig(timed(20, rest_after=10), timed(30), prepare=5)
    assert focus_step(r.player.snapshot()) == 0  # get ready: the first move
    r.player.start()
    r.at(10)
    assert focus_step(r.player.snapshot()) == 0  # in the first move
    r.at(28)
    assert focus_step(r.player.snapshot()) == 1  # resting: the next move
    r.player.stop()
    assert focus_step(r.player.snapshot()) is None
