"""What a screen reader hears in the player: the countdown in words and each new move once."""

from __future__ import annotations

import pytest

from lbh_desktop.core.models import Step, StepMode
from lbh_desktop.core.player_announcements import spoken_duration
from lbh_desktop.core.player_display import PlayerDisplay, announcement_due
from tests.core.player_display_rig import Rig, timed


@pytest.mark.parametrize(
    ("seconds", "spoken"),
    [
        (0, "0 seconds"),
        (1, "1 second"),
        (45, "45 seconds"),
        (60, "1 minute"),
        (155, "2 minutes 35 seconds"),
        (3900, "1 hour 5 minutes"),
    ],
)
def test_durations_are_said_in_words(seconds: float, spoken: str) -> None:
    assert spoken_duration(seconds) == spoken


def test_the_clock_is_named_with_what_is_left_and_of_which_move() -> None:
    r = Rig(timed("front-plank", 30, rest_after=15), timed("childs-pose", 45), prepare=5)
    assert r.show().clock_name == "1 minute 35 seconds in total, press Start"
    r.player.start()

    assert r.at(1).clock_name == "4 seconds until Front plank"
    assert r.at(5).clock_name == "30 seconds left in Front plank"
    assert r.at(6.5).clock_name == "29 seconds left in Front plank"
    r.player.pause()
    assert r.show().clock_name == "Paused, 29 seconds left in Front plank"
    r.player.resume()
    assert r.at(40).clock_name == "10 seconds until Child's pose"  # the rest after the plank


def test_reps_and_open_holds_name_the_count_and_the_time_held() -> None:
    r = Rig(Step("bird-dog", StepMode.REPS, reps=8), Step("front-plank", StepMode.OPEN, seconds=30))
    r.player.start()
    assert r.show().clock_name == ("8 reps of Bird dog at your own pace, press Done when finished")
    r.player.done()
    assert r.at(12).clock_name.startswith("12 seconds held in Front plank, aim for 30 seconds")


def test_the_summary_names_the_clock_and_is_announced() -> None:
    r = Rig(timed("front-plank", 10))
    r.player.start()
    running = r.show()
    finished = r.at(11)
    assert finished.clock_name == "Routine complete — well done"
    assert announcement_due(running, finished) == "Routine complete — well done"


def announcements(rig: Rig, times: list[float]) -> list[str]:
    heard, last = [], rig.show()
    rig.player.start()
    for seconds in times:
        shown = rig.at(seconds)
        heard.append(announcement_due(last, shown))
        last = shown
    return [text for text in heard if text]


def test_each_move_is_announced_once_with_its_side_and_dose() -> None:
    rig = Rig(
        timed("side-plank", 20, per_side=True, rest_after=10),
        timed("childs-pose", 30),
        prepare=5,
        switch=5,
    )
    # get ready, plank left (halfway at 15), switch, plank right (40), rest, child's pose
    # (75), the end
    times = [0, 1, 5, 6, 15.5, 16, 25, 26, 30, 40.5, 41, 50, 56, 60, 75.5, 81, 90]
    assert announcements(rig, times) == [
        "Next: Side plank, Left side, 20 seconds",
        "Halfway",
        "Switch sides. Next: Side plank, Right side, 20 seconds",
        "Halfway",
        "Next: Child's pose, 30 seconds",
        "Halfway",
        "Routine complete — well done",
    ]


def test_a_move_straight_after_another_is_announced_as_now() -> None:
    rig = Rig(timed("front-plank", 8), timed("childs-pose", 8))
    assert announcements(rig, [0, 1, 8.5]) == [
        "Now: Front plank, 8 seconds",
        "Now: Child's pose, 8 seconds",
    ]


def test_pause_and_resume_and_the_ready_screen_announce_nothing() -> None:
    rig = Rig(timed("front-plank", 30), prepare=5)
    ready = rig.show()
    assert ready.announcement == ""
    rig.player.start()
    running = rig.at(1)
    rig.player.pause()
    paused = rig.show()
    rig.player.resume()
    resumed = rig.at(2)
    assert announcement_due(None, ready) == ""
    assert announcement_due(ready, running) == "Next: Front plank, 30 seconds"
    assert announcement_due(running, paused) == ""
    assert announcement_due(paused, resumed) == ""
    # The move's work starting after its get-ready is no new move.
    assert announcement_due(resumed, rig.at(6)) == ""


def test_no_previous_display_announces_the_current_move() -> None:
    rig = Rig(timed("front-plank", 30))
    rig.player.start()
    shown: PlayerDisplay = rig.show()
    assert announcement_due(None, shown) == shown.announcement == "Now: Front plank, 30 seconds"
