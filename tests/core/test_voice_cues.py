"""Voice cues: the exact spoken script of a routine, cue kinds, breathing and stale cues."""

from __future__ import annotations

import itertools

import pytest

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode, Variation
from lbh_desktop.core.player import Player, PlayerState
from lbh_desktop.core.timeline import SegmentKind, build_timeline
from lbh_desktop.core.voice_cues import (
    BREATHING_CLEARANCE,
    DEFAULT_CUE_KINDS,
    CueKind,
    VoiceCoach,
    announce_move,
    breathing_offsets,
    spoken_name,
)
from lbh_desktop.core.voice_script import cue_script, script_phrases
from lbh_desktop.storage import bundled

CATALOGUE: Catalogue = bundled.load_catalogue()
ALL_KINDS = frozenset(CueKind)


def routine(*steps: Step) -> Routine:
    return Routine("r1", "Voice test", RoutineKind.STRENGTH, Level.BEGINNER, "", steps)


# prepare 5 | bird dog L 30 | switch 5 | bird dog R 30 | rest 20 | superman 10 reps (30 s)
# | set rest 15 | superman set 2 (30 s) | glute bridge 12 s straight after, no rest.
MIXED = routine(
    Step("bird-dog", StepMode.TIMED, seconds=30, per_side=True, rest_after=20),
    Step("superman", StepMode.REPS, reps=10, sets=2, rest_between_sets=15),
    Step("glute-bridge", StepMode.TIMED, seconds=12),
)


def texts_at(kinds: frozenset[CueKind] = DEFAULT_CUE_KINDS) -> list[tuple[float, str]]:
    return [(round(c.at, 1), c.text) for c in cue_script(build_timeline(MIXED), CATALOGUE, kinds)]


def test_whole_routine_script_in_exact_order() -> None:
    assert texts_at() == [
        (0.0, "Next: bird dog, left side, 30 seconds"),
        (2.0, "3"), (3.0, "2"), (4.0, "1"),
        (20.0, "Halfway"),
        (32.0, "3"), (33.0, "2"), (34.0, "1"),
        (35.0, "Switch sides"),
        (37.0, "3"), (38.0, "2"), (39.0, "1"),
        (55.0, "Halfway"),
        (67.0, "3"), (68.0, "2"), (69.0, "1"),
        (70.0, "Rest, 20 seconds. Next: superman"),
        (87.0, "3"), (88.0, "2"), (89.0, "1"),
        (120.0, "Rest, 15 seconds. Next: set 2 of 2"),
        (132.0, "3"), (133.0, "2"), (134.0, "1"),
        (165.0, "Next: glute bridge, 12 seconds"),
        (171.0, "Halfway"),
        (174.0, "3"), (175.0, "2"), (176.0, "1"),
        (177.0, "Routine complete"),
    ]  # fmt: skip


def test_breathing_cues_fill_long_holds_only() -> None:
    breaths = [at for at, text in texts_at(ALL_KINDS) if text == "Breathe out"]
    # 30 s holds start at 5 and 40: 6, 12, 18, 24 s in (clear of halfway at 15 and the 3-2-1).
    assert breaths == [11.0, 17.0, 23.0, 29.0, 46.0, 52.0, 58.0, 64.0]
    without = [cue for cue in texts_at(ALL_KINDS) if cue[1] != "Breathe out"]
    assert without == texts_at()


@pytest.mark.parametrize("kind", list(CueKind))
def test_each_kind_can_be_turned_off_alone(kind: CueKind) -> None:
    timeline = build_timeline(MIXED)
    everything = cue_script(timeline, CATALOGUE, ALL_KINDS)
    assert any(cue.kind is kind for cue in everything)
    assert cue_script(timeline, CATALOGUE, ALL_KINDS - {kind}) == [
        cue for cue in everything if cue.kind is not kind
    ]


@pytest.mark.parametrize(
    ("step", "offsets"),
    [
        (Step("front-plank", StepMode.TIMED, seconds=30), (6.0, 12.0, 18.0, 24.0)),
        (Step("front-plank", StepMode.TIMED, seconds=25), (6.0, 18.0)),
        (Step("front-plank", StepMode.TIMED, seconds=20), ()),
        (Step("front-plank", StepMode.OPEN, seconds=40), (6.0, 12.0, 18.0, 24.0, 30.0)),
        (Step("superman", StepMode.REPS, reps=20), ()),
    ],
)
def test_breathing_offsets(step: Step, offsets: tuple[float, ...]) -> None:
    work = next(s for s in build_timeline(routine(step)).segments if s.is_work)
    assert breathing_offsets(work) == offsets


def strength() -> Routine:
    return next(r for r in bundled.load_builtin_routines() if r.id == "strength")


def test_strength_routine_script() -> None:
    timeline = build_timeline(strength())
    script = cue_script(timeline, CATALOGUE)
    texts = [cue.text for cue in script]
    assert texts[:5] == ["Next: marching in place, 30 seconds", "3", "2", "1", "Halfway"]
    assert texts[-1] == "Routine complete"
    assert "Rest, 20 seconds. Next: superman" in texts
    assert "Rest, 15 seconds. Next: deadlift" in texts
    timed = [s for s in timeline.segments if s.duration]
    pauses = [s for s in timeline.segments if s.kind in (SegmentKind.REST, SegmentKind.SET_REST)]
    switches = [s for s in timeline.segments if s.kind is SegmentKind.SWITCH_SIDES]
    assert texts.count("3") == texts.count("1") == len(timed)
    assert texts.count("Halfway") == sum(1 for s in timed if s.is_work and s.duration >= 10)
    assert sum(1 for c in script if c.kind is CueKind.REST) == len(pauses)
    assert texts.count("Switch sides") == len(switches)
    assert all(later.at >= earlier.at for earlier, later in itertools.pairwise(script))


def test_breathing_never_near_another_cue_in_the_strength_routine() -> None:
    script = cue_script(build_timeline(strength()), CATALOGUE, ALL_KINDS)
    breaths = [c for c in script if c.kind is CueKind.BREATHING]
    others = [c for c in script if c.kind is not CueKind.BREATHING]
    assert breaths
    for breath in breaths:
        assert min(abs(breath.at - other.at) for other in others) >= BREATHING_CLEARANCE


def test_live_player_with_uneven_ticks_says_the_same_script() -> None:
    timeline = build_timeline(MIXED)
    clock = FakeClock(monotonic=0.0)
    player = Player(timeline, clock)
    coach = VoiceCoach(timeline, CATALOGUE, ALL_KINDS)
    said = []
    events = player.start()
    steps = iter([0.25, 0.35, 0.15] * 10_000)
    while player.state is PlayerState.RUNNING:
        cue = coach.cue(events, player.snapshot(), clock.monotonic())
        if cue is not None:
            said.append(cue.text)
        clock.advance(next(steps))
        events = player.tick()
        current = player.current
        if player.can("done") and current and player.snapshot().elapsed >= current.planned_seconds:
            events += player.done()
    cue = coach.cue(events, player.snapshot(), clock.monotonic())
    said += [cue.text] if cue else []
    assert said == [c.text for c in cue_script(timeline, CATALOGUE, ALL_KINDS)]


def test_a_stalled_timer_says_one_cue_and_drops_late_countdowns() -> None:
    timeline = build_timeline(MIXED)
    clock = FakeClock(monotonic=0.0)
    player = Player(timeline, clock)
    coach = VoiceCoach(timeline, CATALOGUE, ALL_KINDS)
    coach.cue(player.start(), player.snapshot(), clock.monotonic())
    clock.advance(5.8)  # the "3", "2", "1" of the get-ready are late by 1.8 s or more
    assert coach.cue(player.tick(), player.snapshot(), clock.monotonic()) is None
    clock.advance(30.0)  # at 35.8: missed the left side; the switch is still worth saying
    cue = coach.cue(player.tick(), player.snapshot(), clock.monotonic())
    assert cue is not None and cue.text == "Switch sides"


def test_back_restarts_breathing_for_the_hold() -> None:
    timeline = build_timeline(routine(Step("front-plank", StepMode.TIMED, seconds=30)))
    clock = FakeClock(monotonic=0.0)
    player = Player(timeline, clock, back_grace=0.0)
    coach = VoiceCoach(timeline, CATALOGUE, ALL_KINDS)
    player.start()
    player.skip()  # past the get-ready
    said = []
    for _ in range(70):
        clock.advance(0.1)
        cue = coach.cue(player.tick(), player.snapshot(), clock.monotonic())
        said += [cue.text] if cue else []
    events = player.back()
    for _ in range(70):
        clock.advance(0.1)
        cue = coach.cue(events + player.tick(), player.snapshot(), clock.monotonic())
        events = []
        said += [cue.text] if cue else []
    assert said == ["Breathe out", "Breathe out"]


def test_spoken_names_say_the_variation_done_without_asides() -> None:
    easier = build_timeline(
        routine(Step("front-plank", StepMode.TIMED, seconds=20, variation=Variation.EASIER))
    )
    work = next(s for s in easier.segments if s.is_work)
    assert spoken_name(work, CATALOGUE) == "knee plank"
    assert "Next: knee plank" in announce_move(work, CATALOGUE)
    one_leg = build_timeline(
        routine(Step("glute-bridge", StepMode.REPS, reps=8, variation=Variation.HARDEST)),
        moves=CATALOGUE,
    )
    first = next(s for s in one_leg.segments if s.is_work)
    assert announce_move(first, CATALOGUE) == "Next: single-leg bridge, left leg, 8 reps"
    deadlift = build_timeline(routine(Step("deadlift", StepMode.REPS, reps=5)))
    assert spoken_name(deadlift.segments[1], CATALOGUE) == "deadlift"


@pytest.mark.parametrize("built_in", bundled.load_builtin_routines(), ids=lambda r: r.id)
def test_script_phrases_are_exactly_what_the_routine_can_say(built_in: Routine) -> None:
    timeline = build_timeline(built_in)
    phrases = script_phrases(timeline, CATALOGUE)
    assert len(phrases) == len(set(phrases))
    assert set(phrases) == {cue.text for cue in cue_script(timeline, CATALOGUE, ALL_KINDS)}
    assert phrases[0] == cue_script(timeline, CATALOGUE)[0].text
