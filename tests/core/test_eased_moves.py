"""Moves remembered easier after "This hurts": easier next time, offered back after 14 days."""

from __future__ import annotations

from datetime import date

from lbh_desktop.core.levels import (
    EASED_OFFER_DAYS,
    EasedMove,
    PlayLevel,
    apply_eased_moves,
    apply_level,
    eased_note,
    remember_eased,
    short_date,
    with_usual_versions,
)
from lbh_desktop.core.models import Variation
from tests.core.progression_sessions import ROUTINE

V = Variation
DEC_2 = date(2026, 12, 2)
PLANK = EasedMove("front-plank", V.EASIER, DEC_2)


def test_a_remembered_move_plays_its_easier_version_and_says_what_it_was() -> None:
    played, usual = apply_eased_moves(ROUTINE, {"front-plank": PLANK})
    assert [s.variation for s in played.steps] == [V.EASIER, V.EASIER, V.HARDER]
    assert usual == {0: V.STANDARD}
    assert played.steps[0].seconds == ROUTINE.steps[0].seconds  # the dose stays


def test_a_move_already_at_its_easiest_or_on_the_easier_level_is_not_affected() -> None:
    bridge = EasedMove("glute-bridge", V.EASIER, DEC_2)
    played, usual = apply_eased_moves(ROUTINE, {"glute-bridge": bridge})
    assert played is ROUTINE and usual == {}
    easier = apply_level(ROUTINE, PlayLevel.EASIER)
    played, usual = apply_eased_moves(easier, {"front-plank": PLANK})
    assert played is easier and usual == {}


def test_a_move_eased_from_harder_to_standard_caps_at_standard() -> None:
    dog = EasedMove("bird-dog", V.STANDARD, DEC_2)
    played, usual = apply_eased_moves(ROUTINE, {"bird-dog": dog})
    assert played.steps[2].variation is V.STANDARD and usual == {2: V.HARDER}
    plain, none = apply_eased_moves(apply_level(ROUTINE, PlayLevel.EASIER), {"bird-dog": dog})
    assert plain.steps[2].variation is V.STANDARD and none == {}


def test_trying_the_usual_again_puts_back_only_the_chosen_steps() -> None:
    both = EasedMove("bird-dog", V.STANDARD, DEC_2)
    played, usual = apply_eased_moves(ROUTINE, {"front-plank": PLANK, "bird-dog": both})
    assert usual == {0: V.STANDARD, 2: V.HARDER}
    back = with_usual_versions(played, usual, [0])
    assert [s.variation for s in played.steps] == [V.EASIER, V.EASIER, V.STANDARD]
    assert [s.variation for s in back.steps] == [V.STANDARD, V.EASIER, V.STANDARD]
    assert with_usual_versions(played, usual, [1]) == played  # not an eased step: unchanged


def test_choosing_easier_remembers_and_any_later_press_restarts_the_wait() -> None:
    assert remember_eased(None, "front-plank", "easier", V.EASIER, DEC_2) == PLANK
    assert remember_eased(None, "front-plank", "skip", V.STANDARD, DEC_2) is None
    later = date(2026, 12, 10)
    assert remember_eased(PLANK, "front-plank", "skip", V.STANDARD, later) == EasedMove(
        "front-plank", V.EASIER, later
    )
    # Easier again never remembers a harder version than the one already chosen.
    assert remember_eased(PLANK, "front-plank", "easier", V.STANDARD, later).variation is V.EASIER


def test_the_usual_version_is_offered_only_after_fourteen_days_and_never_applied() -> None:
    assert EASED_OFFER_DAYS == 14
    assert not PLANK.offers_usual(date(2026, 12, 15))
    assert PLANK.offers_usual(date(2026, 12, 16))
    played, _ = apply_eased_moves(ROUTINE, {"front-plank": PLANK})
    assert played.steps[0].variation is V.EASIER  # 14 days on: still easier until chosen


def test_the_note_says_when_and_from_when_the_usual_version_comes_back() -> None:
    assert short_date(DEC_2) == "2 Dec" and short_date(date(2027, 1, 31)) == "31 Jan"
    assert eased_note(PLANK, V.STANDARD, DEC_2) == (
        "Easier version — you chose this after This hurts on 2 Dec. "
        "Standard offered again from 16 Dec"
    )
    assert eased_note(PLANK, V.STANDARD, date(2026, 12, 16)) == (
        "Easier version — you chose this after This hurts on 2 Dec"
    )
