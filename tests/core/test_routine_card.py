"""Routine cards: the move that pictures a routine, the card's lines and tags, the empty state."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.library import summarize_routines
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode
from lbh_desktop.core.routine_card import (
    EmptyAction,
    RoutineCard,
    empty_state,
    fitting_tags,
    main_move,
    position_tags,
    routine_card,
    wrap_parts,
)
from lbh_desktop.storage.bundled import load_builtin_routines, load_catalogue

CATALOGUE = load_catalogue()
BUILTINS = {routine.id: routine for routine in load_builtin_routines()}


def routine(kind: RoutineKind, *exercise_ids: str, name: str = "Mine") -> Routine:
    steps = tuple(Step(exercise_id=i, mode=StepMode.TIMED, seconds=30) for i in exercise_ids)
    return Routine("mine", name, kind, Level.BEGINNER, "", steps)


def card_of(
    subject: Routine, last_done: str = "Last done: Never", catalogue: Catalogue = CATALOGUE
) -> RoutineCard:
    (summary,) = summarize_routines([subject], catalogue, {})
    return routine_card(summary, last_done, catalogue)


@pytest.mark.parametrize(
    ("routine_id", "move"),
    [
        ("desk-stretch-break", "seated-cat-cow"),  # a desk break: its first move
        ("daily-stretch", "cat-cow"),
        ("strength", "deadlift"),  # past the four warm-up moves, the first strength move
        ("beginner-strength", "chair-sit-to-stand"),
        ("warm-up", "marching-in-place"),  # a warm-up routine is pictured by a warm-up move
        ("flare-up", "cat-cow"),  # a stretch routine that starts by marching in place
    ],
)
def test_a_builtin_is_pictured_by_its_first_main_move(routine_id: str, move: str) -> None:
    picture = main_move(BUILTINS[routine_id], CATALOGUE)
    assert picture is not None and picture.id == move
    assert picture.illustration == f"{move}.svg"


def test_a_desk_break_skips_its_warm_up_moves() -> None:
    desk = routine(RoutineKind.DESK_BREAK, "marching-in-place", "seated-twist", "cat-cow")
    assert main_move(desk, CATALOGUE).id == "seated-twist"  # type: ignore[union-attr]


def test_without_a_move_of_its_kind_the_first_move_that_is_not_a_warm_up_pictures_it() -> None:
    odd = routine(RoutineKind.STRENGTH, "hip-circles", "childs-pose", "cat-cow")
    assert main_move(odd, CATALOGUE).id == "childs-pose"  # type: ignore[union-attr]
    only_warm_ups = routine(RoutineKind.STRETCH, "leg-swings", "hip-circles")
    assert main_move(only_warm_ups, CATALOGUE).id == "leg-swings"  # type: ignore[union-attr]


def test_unknown_moves_and_moves_without_a_picture_are_passed_over() -> None:
    undrawn = replace(CATALOGUE["deadlift"], illustration="")
    catalogue = Catalogue([undrawn, CATALOGUE["glute-bridge"], CATALOGUE["marching-in-place"]])
    mine = routine(RoutineKind.STRENGTH, "gone", "marching-in-place", "deadlift", "glute-bridge")
    assert main_move(mine, catalogue).id == "glute-bridge"  # type: ignore[union-attr]
    assert main_move(routine(RoutineKind.STRENGTH, "gone", "deadlift"), catalogue) is None
    assert main_move(routine(RoutineKind.STRETCH), catalogue) is None  # no steps at all


def test_the_card_shows_name_facts_tags_and_last_done() -> None:
    card = card_of(BUILTINS["strength"], "Last done: 3 days ago")
    assert card.routine_id == "strength"
    assert card.title == "Lower back & hip strength"
    assert card.facts == "Strength · 29 min · Intermediate"
    assert card.tags == ("Floor", "Standing")
    assert card.last_done == "Last done: 3 days ago"
    assert card.picture_id == "deadlift"
    # The older two-line subtitle, as tooltips, screen readers and tests read it.
    assert (
        card.subtitle == "Strength · 29 min · Intermediate\nFloor, Standing · Last done: 3 days ago"
    )
    assert card.description == (
        "Strength · 29 min · Intermediate, Floor, Standing · Last done: 3 days ago"
    )


def test_tags_follow_position_order_and_every_builtin_has_some() -> None:
    desk = card_of(BUILTINS["desk-stretch-break"])
    assert desk.tags == ("Chair", "Standing")
    assert card_of(BUILTINS["beginner-strength"]).tags == ("Floor", "Chair", "Standing")
    for summary in summarize_routines(BUILTINS.values(), CATALOGUE, {}):
        tags = position_tags(summary)
        assert tags and set(tags) <= {"Floor", "Chair", "Standing"}, summary.routine.id


def test_a_routine_of_unknown_moves_has_no_tags_and_no_picture() -> None:
    card = card_of(routine(RoutineKind.STRETCH, "gone"), "Last done: Today")
    assert card.tags == ()
    assert card.picture_id is None
    assert card.subtitle.split("\n")[1] == "Last done: Today"


def test_wrap_parts_breaks_only_between_parts_into_at_most_the_lines_asked() -> None:
    parts = ["Strength", "29 min", "Intermediate"]
    assert wrap_parts(parts, " · ", 100, len, 2) == ["Strength · 29 min · Intermediate"]
    assert wrap_parts(parts, " · ", 20, len, 2) == ["Strength · 29 min", "Intermediate"]
    assert wrap_parts(parts, " · ", 10, len, 2) == ["Strength", "29 min · Intermediate"]
    assert wrap_parts(parts, " · ", 10, len, 3) == ["Strength", "29 min", "Intermediate"]
    assert wrap_parts(["Supercalifragilistic", "hips"], " ", 8, len, 2) == [
        "Supercalifragilistic",  # too wide alone: kept whole, for the painter to elide
        "hips",
    ]
    assert wrap_parts([], " ", 10, len, 2) == []


def test_fitting_tags_count_the_ones_left_out() -> None:
    tags = ("Floor", "Chair", "Standing")
    assert fitting_tags(tags, 100, len) == ["Floor", "Chair", "Standing"]
    assert fitting_tags(tags, 18, len) == ["Floor", "Chair", "Standing"]  # just fits
    assert fitting_tags(tags, 17, len) == ["Floor", "Chair", "+1"]
    assert fitting_tags(tags, 8, len) == ["Floor", "+2"]
    assert fitting_tags(tags, 2, len) == ["+3"]
    assert fitting_tags(tags, 1, len) == []
    assert fitting_tags((), 1, len) == []


def test_an_empty_filter_offers_all_routines() -> None:
    state = empty_state(RoutineKind.WARMUP, has_routines=True)
    assert state.action is EmptyAction.SHOW_ALL
    assert state.action_label.replace("&", "") == "Show all routines"
    assert state.title == "No warm-up routines yet"
    assert "warm-up" in state.message and "New" in state.hint


@pytest.mark.parametrize("kind", [None, RoutineKind.STRETCH])
def test_with_no_routine_at_all_the_first_one_is_invited(kind: RoutineKind | None) -> None:
    state = empty_state(kind, has_routines=False)
    assert state.action is EmptyAction.CREATE
    assert state.action_label.replace("&", "") == "Create a routine"
    assert state.title == "Make your first routine"
    assert "Restore built-ins" in state.hint
