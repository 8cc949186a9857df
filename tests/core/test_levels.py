"""Play levels scale a routine; the player swaps a step's variation or skips a step mid-play."""

from __future__ import annotations

import pytest

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.levels import (
    PlayLevel,
    apply_level,
    ease_step,
    ease_step_in_timeline,
    parse_level,
    scale_amount,
    shift_variation,
)
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode, Variation
from lbh_desktop.core.player import Player, PlayerState, SegmentOutcome
from lbh_desktop.core.timeline import SegmentKind, Side, build_timeline
from lbh_desktop.storage import bundled

CATALOGUE = bundled.load_catalogue()

V = Variation


def routine(*steps: Step) -> Routine:
    return Routine("r1", "Test routine", RoutineKind.STRENGTH, Level.BEGINNER, "", steps)


def timed(seconds: int, **options: object) -> Step:
    return Step("front-plank", StepMode.TIMED, seconds=seconds, **options)  # type: ignore[arg-type]


def reps(count: int, **options: object) -> Step:
    return Step("glute-bridge", StepMode.REPS, reps=count, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("seconds", "easier", "harder"),
    [
        (30, 20, 40),  # 22.5 rounds down when easier, 37.5 up when harder
        (45, 35, 55),  # 33.75 → 35, 56.25 → 55
        (25, 20, 30),  # 18.75 → 20, 31.25 → 30
        (20, 15, 25),
        (10, 5, 15),  # 7.5 → 5, 12.5 → 15
        (6, 5, 10),  # 4.5 → 5 (the minimum)
        (3, 3, 5),  # below the minimum already: unchanged when easier
    ],
)
def test_holds_scale_to_whole_five_seconds(seconds: int, easier: int, harder: int) -> None:
    for mode in (StepMode.TIMED, StepMode.OPEN):
        base = routine(Step("front-plank", mode, seconds=seconds))
        assert apply_level(base, PlayLevel.EASIER).steps[0].seconds == easier
        assert apply_level(base, PlayLevel.HARDER).steps[0].seconds == harder


@pytest.mark.parametrize(
    ("count", "easier", "harder"),
    [(8, 6, 10), (10, 7, 13), (12, 9, 15), (1, 1, 1), (2, 1, 3)],
)
def test_reps_scale_to_whole_reps(count: int, easier: int, harder: int) -> None:
    base = routine(reps(count))
    assert apply_level(base, PlayLevel.EASIER).steps[0].reps == easier
    assert apply_level(base, PlayLevel.HARDER).steps[0].reps == harder


def test_levels_move_variations_one_notch_and_keep_sets_rests_and_id() -> None:
    base = routine(
        timed(30, variation=V.EASIER, sets=3, rest_between_sets=15, rest_after=20),
        reps(10, variation=V.STANDARD, per_side=True),
        timed(20, variation=V.HARDER),
    )
    easier = apply_level(base, PlayLevel.EASIER)
    harder = apply_level(base, PlayLevel.HARDER)
    assert [s.variation for s in easier.steps] == [V.EASIEST, V.EASIER, V.STANDARD]
    assert [s.variation for s in harder.steps] == [V.STANDARD, V.HARDER, V.HARDEST]
    for played in (easier, harder):
        assert played.id == base.id and played.name == base.name
        assert [(s.sets, s.rest_between_sets, s.rest_after, s.per_side) for s in played.steps] == [
            (s.sets, s.rest_between_sets, s.rest_after, s.per_side) for s in base.steps
        ]
    assert apply_level(base, PlayLevel.STANDARD) is base


def test_every_builtin_routine_gets_shorter_when_easier_and_longer_when_harder() -> None:
    for base in bundled.load_builtin_routines():
        planned = build_timeline(base, moves=CATALOGUE).planned_seconds
        easier = apply_level(base, PlayLevel.EASIER)
        harder = apply_level(base, PlayLevel.HARDER)
        assert build_timeline(easier, moves=CATALOGUE).planned_seconds < planned, base.id
        assert build_timeline(harder, moves=CATALOGUE).planned_seconds > planned, base.id


def test_helpers() -> None:
    assert shift_variation(V.STANDARD, -1) is V.EASIER
    assert shift_variation(V.EASIER, -1) is V.EASIEST
    assert shift_variation(V.EASIEST, -1) is V.EASIEST
    assert shift_variation(V.HARDER, 1) is V.HARDEST
    assert shift_variation(V.HARDEST, 1) is V.HARDEST
    assert scale_amount(30, 1.0, 5, 5) == 30
    assert parse_level("harder") is PlayLevel.HARDER
    assert parse_level("extreme") is PlayLevel.STANDARD
    assert parse_level(None) is PlayLevel.STANDARD
    eased = ease_step(routine(timed(30), reps(8)), 1)
    assert [s.variation for s in eased.steps] == [V.STANDARD, V.EASIER]
    assert eased.steps[1].reps == 8


# The player: easing the current step and skipping the rest of it ------------------------------


def started(base: Routine, clock: FakeClock) -> Player:
    player = Player(build_timeline(base, prepare_seconds=0, switch_seconds=5), clock)
    player.start()
    return player


def test_swap_timeline_restarts_the_hold_with_the_easier_variation_on_its_deadline() -> None:
    clock = FakeClock()
    base = routine(timed(30, sets=2, rest_between_sets=10), timed(20))
    player = started(base, clock)
    clock.advance(12.0)
    player.tick()
    player.pause()
    clock.advance(100.0)  # the dialog was open a while
    events = player.swap_timeline(build_timeline(ease_step(base, 0), 0, 5))
    assert [e.kind.value for e in events] == ["segment-started"]
    assert player.current is not None and player.current.variation is V.EASIER
    assert player.current.index == 0 and player.state is PlayerState.PAUSED
    assert player.snapshot().remaining == 30.0  # the hold starts over, nothing ran while paused
    player.resume()
    clock.advance(29.9)
    player.tick()
    assert player.current.index == 0
    clock.advance(0.1)
    player.tick()
    assert player.current.kind is SegmentKind.SET_REST
    assert player.timeline.segments[2].variation is V.EASIER  # the second set too
    assert player.timeline.segments[3].variation is V.STANDARD  # the next step is unchanged


def test_swap_timeline_during_a_rest_keeps_the_rest_running() -> None:
    clock = FakeClock()
    base = routine(timed(10, sets=2, rest_between_sets=10))
    player = started(base, clock)
    clock.advance(14.0)
    player.tick()
    assert player.current is not None and player.current.kind is SegmentKind.SET_REST
    player.swap_timeline(build_timeline(ease_step(base, 0), 0, 5))
    assert player.snapshot().remaining == pytest.approx(6.0)


def test_swap_timeline_refuses_another_layout_or_an_idle_player() -> None:
    clock = FakeClock()
    base = routine(timed(30), timed(20))
    player = Player(build_timeline(base), clock)
    assert player.swap_timeline(build_timeline(ease_step(base, 0))) == []  # not started
    player.start()
    longer = routine(timed(35), timed(20))
    assert player.swap_timeline(build_timeline(longer)) == []
    assert player.timeline.routine is base


def test_skip_step_skips_the_remaining_sides_and_sets_and_stops_at_the_rest() -> None:
    clock = FakeClock()
    base = routine(
        timed(20, per_side=True, sets=2, rest_between_sets=10, rest_after=15),
        timed(20),
    )
    player = started(base, clock)
    clock.advance(5.0)
    player.tick()
    events = player.skip_step()
    skipped = [e for e in events if e.outcome is SegmentOutcome.SKIPPED]
    assert [(e.segment.kind, e.segment.side) for e in skipped if e.segment] == [
        (SegmentKind.WORK, Side.LEFT),
        (SegmentKind.SWITCH_SIDES, Side.RIGHT),
        (SegmentKind.WORK, Side.RIGHT),
        (SegmentKind.SET_REST, None),
        (SegmentKind.WORK, Side.LEFT),
        (SegmentKind.SWITCH_SIDES, Side.RIGHT),
        (SegmentKind.WORK, Side.RIGHT),
    ]
    assert player.current is not None and player.current.kind is SegmentKind.REST
    assert player.snapshot().remaining == 15.0
    assert player.skip_step() == []  # a rest is not inside a step


def test_skip_step_on_the_last_step_finishes_the_routine() -> None:
    clock = FakeClock()
    player = started(routine(timed(20, sets=2)), clock)
    player.skip_step()
    assert player.state is PlayerState.FINISHED


def test_ease_step_in_timeline_matches_a_rebuilt_timeline() -> None:
    base = routine(timed(30, per_side=True, sets=2, rest_between_sets=10, rest_after=5), reps(8))
    timeline = build_timeline(base, prepare_seconds=3, switch_seconds=4)
    eased = ease_step_in_timeline(timeline, 0)
    rebuilt = build_timeline(ease_step(base, 0), prepare_seconds=3, switch_seconds=4)
    assert eased.routine == rebuilt.routine
    assert [(s.kind, s.duration, s.step_index) for s in eased.segments] == [
        (s.kind, s.duration, s.step_index) for s in rebuilt.segments
    ]
    assert [s.variation for s in eased.segments if s.is_work] == [
        s.variation for s in rebuilt.segments if s.is_work
    ]
