"""Player view texts and flags, read from a real Player driven by a FakeClock."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.exercise import VariationText
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode, Variation
from lbh_desktop.core.player import Player, PlayerState
from lbh_desktop.core.player_display import COMMANDS, PlayerDisplay, describe, instructions_text
from lbh_desktop.core.timeline import SegmentKind, build_timeline
from tests.core.player_display_rig import CATALOGUE, T0, Rig, timed


def assert_enabled_matches_player(display: PlayerDisplay, player: Player) -> None:
    assert display.enabled == {command: player.can(command) for command in COMMANDS}


def test_ready_shows_the_total_as_the_clock_and_start() -> None:
    r = Rig(timed("front-plank", 30, rest_after=15), timed("childs-pose", 45), prepare=5)

    d = r.show()

    assert d.phase == "Ready when you are"
    assert d.clock_text == "1:35"
    assert d.clock_caption == "total — press Start (Space)"
    assert d.total_left == "1:35 left"
    assert (d.primary_action, d.primary_enabled, d.progress_permille) == ("Start", True, 0)
    assert d.enabled == {c: c == "start" for c in COMMANDS}
    # The first segment is "get ready": the view already shows the first move.
    assert (d.exercise_id, d.exercise_name) == ("front-plank", "Front plank")
    assert d.next_up == "Next: Child's pose · 45 s"


@pytest.mark.parametrize(
    ("seconds", "clock"), [(0, "5"), (0.8, "5"), (1.0, "4"), (4.5, "1"), (4.99, "1")]
)
def test_countdown_shows_whole_seconds_rounded_up(seconds: float, clock: str) -> None:
    r = Rig(timed("front-plank", 30), prepare=5)
    r.player.start()

    d = r.at(seconds)

    assert r.kind() is SegmentKind.PREPARE
    assert d.clock_text == clock
    assert d.clock_caption == "seconds to the next move"
    assert d.primary_action == "Pause"


def test_long_timed_work_shows_minutes_and_seconds() -> None:
    r = Rig(timed("childs-pose", 90), timed("cat-cow", 45))
    r.player.start()

    assert r.show().clock_text == "1:30"
    assert r.at(30.5).clock_text == "1:00"  # 59.5 s left rounds up to a minute
    d = r.at(31.0)
    assert d.clock_text == "59"
    assert d.clock_caption == "seconds"
    assert d.phase == "Stretch"  # a timed stretch; "Hold" is for strength holds
    assert d.total_left == "1:44 left"
    assert d.progress_permille == round(1000 * 31 / 135)


def test_prepare_and_rest_focus_on_the_next_move() -> None:
    r = Rig(timed("front-plank", 10, rest_after=15), timed("figure-4-stretch", 30), prepare=5)
    figure_4 = CATALOGUE["figure-4-stretch"]
    plank = CATALOGUE["front-plank"]
    r.player.start()

    d = r.at(1)
    assert d.phase == "Get ready"
    assert (d.exercise_id, d.exercise_name) == ("front-plank", "Front plank")
    assert d.instructions == plank.steps
    assert d.cues == plank.cues

    d = r.at(17)  # 2 s into the 15 s rest after the plank
    assert r.kind() is SegmentKind.REST
    assert d.phase == "Rest"
    assert (d.exercise_id, d.exercise_name) == ("figure-4-stretch", "Figure 4 stretch")
    assert d.instructions == figure_4.steps
    assert d.cues == figure_4.cues
    assert d.caution == figure_4.caution
    assert d.clock_text == "13"
    assert d.clock_caption == "seconds to the next move"
    assert d.next_up == "Last move — nearly there"


def test_sets_and_sides_give_detail_and_mirror_the_right_side() -> None:
    r = Rig(timed("side-plank", 20, sets=3, per_side=True, rest_between_sets=10), switch=5)
    r.player.start()
    # Each set: 20 left, 5 switch, 20 right, then 10 rest (not after the last set).

    d = r.at(56)  # set 2, left side
    assert d.detail == "Set 2 of 3 · Left side"
    assert d.mirrored is False
    assert d.next_up == "Next: Side plank · Set 2 of 3 · Right side · 20 s"

    d = r.at(77)  # switching sides in set 2: already shows the right side
    assert r.kind() is SegmentKind.SWITCH_SIDES
    assert d.phase == "Switch sides"
    assert d.detail == "Set 2 of 3 · Right side"
    assert d.mirrored is True

    d = r.at(81)  # set 2, right side
    assert d.detail == "Set 2 of 3 · Right side"
    assert d.mirrored is True
    assert d.next_up == "Next: Side plank · Set 3 of 3 · Left side · 20 s"

    d = r.at(101)
    assert r.kind() is SegmentKind.SET_REST
    assert d.phase == "Rest between sets"
    assert d.detail == "Set 3 of 3 · Left side"
    assert d.mirrored is False


def test_reps_show_the_count_and_ask_for_done() -> None:
    r = Rig(Step("glute-bridge", StepMode.REPS, reps=12), timed("childs-pose", 30))
    r.player.start()

    d = r.at(100)

    assert d.phase == "Reps"
    assert d.clock_text == "12 reps"
    assert d.clock_caption == "at your own pace — press Done (Enter) when finished"
    assert d.enabled["done"] is True
    assert d.next_up == "Next: Child's pose · 30 s"
    # 36 s planned for 12 reps are used up; only the 30 s hold is left.
    assert d.total_left == "0:30 left"
    assert_enabled_matches_player(d, r.player)


def test_open_hold_counts_up_towards_its_aim() -> None:
    r = Rig(
        Step("glute-bridge", StepMode.REPS, reps=10), Step("childs-pose", StepMode.OPEN, seconds=30)
    )
    r.player.start()

    assert r.show().next_up == "Next: Child's pose · hold, aim for 30 s"
    r.player.done()
    assert r.show().clock_text == "0:00"
    d = r.at(12.7)
    assert d.phase == "Hold"
    assert d.clock_text == "0:12"
    assert d.clock_caption == "aim for 30 s — press Done (Enter) when finished"
    assert d.next_up == "Last move — nearly there"
    assert r.at(75.2).clock_text == "1:15"


def test_user_pause_freezes_the_clock_and_offers_resume() -> None:
    r = Rig(timed("front-plank", 30), timed("childs-pose", 45))
    r.player.start()
    r.at(10.4)
    r.player.pause()

    d = r.at(500)

    assert (d.phase, d.primary_action, d.primary_enabled) == ("Paused", "Resume", True)
    assert d.clock_text == "20"
    assert d.total_left == "1:05 left"
    enabled = {"resume", "skip", "back", "stop"}
    assert d.enabled == {command: command in enabled for command in COMMANDS}
    assert_enabled_matches_player(d, r.player)


def test_suspend_pause_names_the_reason() -> None:
    r = Rig(timed("front-plank", 30))
    r.player.start()
    r.at(3)
    r.clock.suspend(600)

    d = r.at(3.5)

    assert r.player.state is PlayerState.PAUSED
    assert d.phase == "Paused while your computer was asleep"
    assert d.primary_action == "Resume"
    assert d.clock_text == "27"
    r.player.resume()
    assert r.show().phase == "Hold"


def test_next_up_names_the_next_work_and_its_dose() -> None:
    r = Rig(
        timed("front-plank", 30),
        Step("bird-dog", StepMode.REPS, reps=8, per_side=True, sets=2),
        timed("cat-cow", 45),
    )
    r.player.start()

    assert r.show().next_up == "Next: Bird dog · Set 1 of 2 · Left side · 8 reps"
    for expected in (
        "Next: Bird dog · Set 1 of 2 · Right side · 8 reps",
        "Next: Bird dog · Set 2 of 2 · Left side · 8 reps",
        "Next: Bird dog · Set 2 of 2 · Right side · 8 reps",
        "Next: Cat-cow · 45 s",
    ):
        r.player.skip()
        assert r.show().next_up == expected
    r.player.skip()
    assert r.show().next_up == "Last move — nearly there"


def test_finished_summary_counts_completed_holds_and_work_time() -> None:
    r = Rig(
        timed("front-plank", 10),
        Step("glute-bridge", StepMode.REPS, reps=12),
        timed("seated-twist", 20, rest_after=0),
    )
    r.player.start()
    r.at(10)  # plank completed: 10 s of work
    r.at(35)
    r.player.done()  # 25 s of reps
    r.at(37)
    r.player.skip()  # 2 s of the twist, skipped

    d = r.show()

    assert r.player.state is PlayerState.FINISHED
    assert d.phase == "Routine complete — well done"
    assert (d.exercise_id, d.exercise_name) == ("", "Hip care")
    assert d.detail == "2 of 3 holds and sets done · 0:37 of work"
    assert (d.clock_text, d.clock_caption) == ("✓", "Saved in your history.")
    assert (d.primary_action, d.primary_enabled) == ("Back to routines", True)
    assert d.enabled == {c: False for c in COMMANDS}
    assert d.next_up == "Press Space or Back to routines to choose your next one."
    assert (d.instructions, d.cues, d.caution, d.total_left) == ((), (), "", "")
    assert d.progress_permille == 1000
    assert d.mirrored is False


def test_stopped_summary() -> None:
    r = Rig(timed("side-plank", 20, per_side=True), timed("childs-pose", 30))
    r.player.start()
    r.at(20)  # left side done
    r.at(27)
    r.player.stop()  # 7 s into the right side

    d = r.show()

    assert d.phase == "Stopped"
    assert (d.clock_text, d.clock_caption) == ("", "Saved in your history.")
    assert d.detail == "1 of 3 holds and sets done · 0:27 of work"
    assert (d.primary_action, d.primary_enabled) == ("Back to routines", True)
    assert d.progress_permille == round(1000 * 27 / 70)
    assert_enabled_matches_player(d, r.player)
    assert not any(d.enabled.values())


def test_enabled_flags_follow_the_player_through_a_session() -> None:
    r = Rig(Step("glute-bridge", StepMode.REPS, reps=5), timed("cat-cow", 10), prepare=3)
    seen = [r.show()]
    r.player.start()
    seen += [r.at(1), r.at(4)]  # prepare (timed), then reps (untimed: done is possible)
    r.player.pause()
    seen.append(r.show())
    r.player.resume()
    r.player.done()
    seen.append(r.at(6))
    r.player.stop()
    seen.append(r.show())

    assert [d.enabled["done"] for d in seen] == [False, False, True, True, False, False]
    primary = ["Start", "Pause", "Pause", "Resume", "Pause", "Back to routines"]
    assert [d.primary_action for d in seen] == primary
    assert_enabled_matches_player(seen[-1], r.player)


@pytest.mark.parametrize(
    ("variation", "move_id", "detail"),
    [
        (Variation.EASIER, "supported-childs-pose", "Easier version of Child's pose"),
        (Variation.HARDER, "side-reach-childs-pose", "Left side · Harder version of Child's pose"),
    ],
)
def test_a_version_shows_its_own_steps_cues_mistakes_and_picture(
    variation: Variation, move_id: str, detail: str
) -> None:
    version = CATALOGUE[move_id]
    r = Rig(timed("childs-pose", 30, variation=variation), prepare=5)

    d = r.show()

    assert d.exercise_id == move_id  # the picture is the version's own
    assert d.exercise_name == version.name
    assert d.instructions == version.steps
    assert d.cues == version.cues and d.mistakes == version.mistakes
    assert d.caution == version.caution
    assert d.detail == detail
    # The one-sided harder version says which side is the left one; the other has no sides.
    assert d.side_hint == (version.left_side if version.per_side else "")


def test_a_custom_moves_version_in_words_is_explained_first() -> None:
    custom = replace(
        CATALOGUE["childs-pose"],
        id="custom-rest-1a2b3c",
        easier=VariationText("Cushioned rest", "Put a cushion under your chest."),
        easier_id=None,
        harder_id=None,
    )
    catalogue = Catalogue([*CATALOGUE, custom])
    routine = Routine(
        "r1", "Mine", RoutineKind.STRETCH, Level.BEGINNER, "",
        (timed(custom.id, 30, variation=Variation.EASIER),),
    )  # fmt: skip
    timeline = build_timeline(routine, prepare_seconds=0, moves=catalogue)
    player = Player(timeline, FakeClock(monotonic=T0))
    d = describe(player.snapshot(), timeline, catalogue, player.can)
    assert d.instructions == ("Easier version: Put a cushion under your chest.", *custom.steps)
    assert d.exercise_name == "Cushioned rest"
    assert d.detail == "Easier version of Child's pose"


def test_the_right_side_of_a_sided_move_swaps_its_left_side_text() -> None:
    r = Rig(timed("figure-4-stretch", 20, per_side=True))
    r.player.start()
    left = r.at(0.5)
    right = r.at(20.5)
    pose = CATALOGUE["figure-4-stretch"]
    assert left.side_hint == pose.left_side and "left" in left.side_hint.lower()
    assert right.side_hint.startswith("Right side")
    assert instructions_text(right).startswith(right.side_hint)
