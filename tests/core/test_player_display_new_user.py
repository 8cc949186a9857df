"""What the player shows a new user: rep counts, phase names, cue banners, the stop screen."""

from __future__ import annotations

import pytest

from lbh_desktop.core.models import Step, StepMode
from lbh_desktop.core.player_display import ClockStyle, describe
from lbh_desktop.core.session_log import SessionRecorder
from lbh_desktop.core.timeline import SegmentKind
from tests.core.player_display_rig import CATALOGUE, Rig, timed


def test_a_rep_step_shows_its_count_in_words_not_timer_digits() -> None:
    r = Rig(Step("glute-bridge", StepMode.REPS, reps=12), timed("childs-pose", 30))
    r.player.start()

    d = r.at(5)

    assert d.clock_text == "12 reps"
    assert d.clock_style is ClockStyle.COUNT
    assert "Done (Enter)" in d.clock_caption
    assert r.at(300).clock_text == "12 reps"  # a count: it never ticks like a timer


def test_timers_keep_the_timer_style() -> None:
    r = Rig(timed("front-plank", 30), Step("childs-pose", StepMode.OPEN, seconds=30), prepare=5)
    assert r.show().clock_style is ClockStyle.TIMER  # the total, before Start
    r.player.start()
    assert r.at(1).clock_style is ClockStyle.TIMER  # get ready
    assert r.at(10).clock_style is ClockStyle.TIMER  # the plank
    assert r.at(40).clock_style is ClockStyle.TIMER  # the open hold counts up


@pytest.mark.parametrize(
    ("step", "phase"),
    [
        (timed("front-plank", 30), "Hold"),  # a strength hold
        (timed("childs-pose", 30), "Stretch"),  # a held stretch
        (timed("cat-cow", 45), "Stretch"),  # a flowing stretch: no hold
        (timed("marching-in-place", 45), "Keep moving"),  # a warm-up
        (timed("glute-bridge", 30), "Keep moving"),  # a rep move played against the clock
        (Step("childs-pose", StepMode.OPEN, seconds=30), "Hold"),  # hold until Done
        (Step("seated-cat-cow", StepMode.REPS, reps=8), "Reps"),
    ],
)
def test_the_phase_names_what_the_move_asks_for(step: Step, phase: str) -> None:
    r = Rig(step)
    r.player.start()

    assert r.at(2).phase == phase


def test_cat_cow_is_never_labelled_hold() -> None:
    r = Rig(timed("cat-cow", 45))
    r.player.start()

    assert r.at(5).phase != "Hold"


def test_halfway_shows_a_banner_for_a_few_seconds() -> None:
    r = Rig(timed("front-plank", 30))
    r.player.start()

    assert r.at(14.9).banner == ""
    assert r.at(15.0).banner == "Halfway"
    assert r.at(17.5).banner == "Halfway"
    assert r.at(18.1).banner == ""


def test_short_holds_have_no_halfway_banner() -> None:
    r = Rig(timed("front-plank", 8))  # no halfway cue under 10 s either
    r.player.start()

    assert r.at(4.2).banner == ""


def test_switching_sides_shows_a_banner() -> None:
    r = Rig(timed("side-plank", 20, per_side=True), switch=5)
    r.player.start()

    assert r.at(19).banner == ""
    d = r.at(21)
    assert r.kind() is SegmentKind.SWITCH_SIDES
    assert d.banner == "Switch sides"
    assert r.at(26).banner == ""  # the right side has begun


def test_the_stopped_summary_shows_no_black_square() -> None:
    r = Rig(timed("front-plank", 30))
    r.player.start()
    r.at(5)
    r.player.stop()

    d = r.show()

    assert d.clock_text == ""
    assert d.clock_style is ClockStyle.NONE


def test_the_summary_says_whether_the_session_counts_toward_progress() -> None:
    r = Rig(timed("front-plank", 30), timed("childs-pose", 70))
    recorder = SessionRecorder(r.timeline, r.clock, lambda record: None)
    r.player.subscribe(recorder.handle)
    r.player.start()
    r.at(30)
    r.player.stop()  # 30 of 100 s

    d = describe(
        r.player.snapshot(), r.timeline, CATALOGUE, r.player.can, r.player.results, recorder.record
    )

    assert d.clock_caption == (
        "Saved in your history, but not counted in Progress: sessions count toward Progress "
        "once at least half is done, and this one reached 30 %."
    )


def test_the_player_shows_common_mistakes_and_advice_by_condition() -> None:
    r = Rig(timed("figure-4-stretch", 30))
    r.player.start()
    display = r.at(1)
    exercise = CATALOGUE.get("figure-4-stretch")
    assert exercise is not None
    assert display.mistakes == exercise.mistakes and display.mistakes
    assert any(text.startswith("After a hip replacement: ") for text in display.condition_cautions)
    assert any(text.startswith("If you are pregnant: ") for text in display.condition_cautions)
    plain = Rig(timed("marching-in-place", 30))
    plain.player.start()
    assert plain.at(1).condition_cautions == ()
