"""The player's figure: rep moves cycle in time with the tempo, holds breathe, rests wait."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lbh_desktop.core.figure_motion import place_key
from lbh_desktop.core.figure_timing import FigureMotion, figure_motion, figure_skeleton
from lbh_desktop.core.player import PlayerState
from lbh_desktop.storage.bundled import load_figure
from tests.core.player_rig import reps, rig, timed

REP_SECONDS = 4.0


def bridge():  # type: ignore[no-untyped-def]
    figure = load_figure("glute-bridge")
    assert figure is not None
    return figure


def test_a_rep_move_moves_from_the_start_pose_to_the_top_and_back_each_rep() -> None:
    figure = bridge()
    motion = FigureMotion(moving=True, reps=True, seconds=0.0, rep_seconds=REP_SECONDS)
    down, up = (place_key(figure, name)["pelvis"] for name in figure.cycle)
    pelvis_at = [figure_skeleton(figure, motion, s)["pelvis"][1] for s in (0.0, 2.0, 4.0, 6.0)]
    assert pelvis_at[0] == pytest.approx(down[1])
    assert pelvis_at[1] == pytest.approx(up[1])  # halfway through a rep: the hips are up
    assert pelvis_at[2] == pytest.approx(down[1])  # the next rep starts down again
    assert pelvis_at[3] == pytest.approx(up[1])
    between = figure_skeleton(figure, motion, 1.0)["pelvis"][1]
    assert down[1] < between < up[1]


def test_a_hold_breathes_a_little_and_stays_in_its_pose() -> None:
    figure = replace(bridge(), hold="up")
    motion = FigureMotion(moving=True, reps=False, seconds=0.0, rep_seconds=REP_SECONDS)
    hold = figure.hold or figure.still
    still = place_key(figure, hold)
    heads = [figure_skeleton(figure, motion, s)["head"] for s in (0.0, 1.25, 2.5, 3.75)]
    moved = max(abs(h[0] - still["head"][0]) + abs(h[1] - still["head"][1]) for h in heads)
    assert 0.3 < moved < 6.0  # visible, but a breath, not a new pose


def test_before_the_move_and_in_rests_the_figure_waits_in_its_first_pose() -> None:
    figure = bridge()
    motion = FigureMotion(False, False, 0.0, REP_SECONDS, at_start=True)
    assert figure_skeleton(figure, motion, 9.0).joints == place_key(figure, figure.cycle[0]).joints


def test_motion_follows_the_player_state() -> None:
    test = rig(reps(3), timed(20), prepare=5)
    test.player.start()
    during_prepare = figure_motion(test.player.snapshot(), REP_SECONDS)
    assert during_prepare.at_start and not during_prepare.moving
    test.at(7.0)
    working = figure_motion(test.player.snapshot(), REP_SECONDS)
    assert working.moving and working.reps and working.seconds == pytest.approx(2.0)
    test.player.pause()
    paused = test.player.snapshot()
    assert paused.state is PlayerState.PAUSED
    frozen = figure_motion(paused, REP_SECONDS)
    assert not frozen.moving and not frozen.at_start and frozen.seconds == pytest.approx(2.0)
