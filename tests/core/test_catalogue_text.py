"""The catalogue's texts go through translate(); ids, positions and keys stay as shipped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lbh_desktop.core import i18n
from lbh_desktop.core.catalogue import parse_catalogue
from lbh_desktop.core.catalogue_text import (
    catalogue_texts,
    swapped_sides,
    translated_exercises,
    translated_routines,
)
from lbh_desktop.storage.bundled import read_json


@pytest.fixture
def shouting() -> Iterator[list[str]]:
    """A lookup that upper-cases every catalogue text and records its contexts."""
    contexts: list[str] = []

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        contexts.append(context)
        return text.upper()

    i18n.install(lookup)
    yield contexts
    i18n.install(None)


def test_every_shown_text_of_a_move_is_translated_and_its_keys_are_not(
    shouting: list[str],
) -> None:
    shipped = read_json("catalogue", "exercises.json")
    catalogue = parse_catalogue(translated_exercises(shipped))
    raw = next(
        e for e in shipped["exercises"] if e.get("condition_cautions") and e.get("left_side")
    )
    move = catalogue[raw["id"]]
    assert move.name == raw["name"].upper()
    assert move.summary == raw["summary"].upper()
    assert move.steps == tuple(step.upper() for step in raw["steps"])
    assert move.cues[0] == raw["cues"][0].upper()
    assert move.mistakes[0] == raw["mistakes"][0].upper()
    assert move.caution == raw["caution"].upper()
    assert move.left_side == raw["left_side"].upper()
    assert move.right_side == swapped_sides(raw["left_side"]).upper()  # its own sentence
    assert "RIGHT" in move.right_side
    assert move.targets[0] == raw["targets"][0].upper()
    assert move.condition_cautions[0].advice == raw["condition_cautions"][0]["advice"].upper()
    assert move.side_unit == raw.get("side_unit", "side")  # a key the views phrase whole
    assert [p.value for p in move.positions] == raw["positions"]
    assert set(shouting) == {"catalogue"}


def test_routine_names_and_descriptions_are_translated(shouting: list[str]) -> None:
    shipped = read_json("routines", "builtin.json")
    routine = translated_routines(shipped)["routines"][0]
    assert routine["name"] == shipped["routines"][0]["name"].upper()
    assert routine["description"] == shipped["routines"][0]["description"].upper()
    assert routine["steps"] == shipped["routines"][0]["steps"]


def test_bad_data_passes_through_for_the_parser_to_name() -> None:
    assert translated_exercises([1, 2]) == [1, 2]
    assert translated_routines({"routines": "x"}) == {"routines": "x"}


def test_the_listed_texts_are_each_text_once() -> None:
    exercises = read_json("catalogue", "exercises.json")
    routines = read_json("routines", "builtin.json")
    texts = list(catalogue_texts(exercises, routines))
    assert len(texts) == len(set(texts))
    first = exercises["exercises"][0]
    for text in (first["name"], first["steps"][-1], routines["routines"][-1]["description"]):
        assert text in texts
    assert "floor" not in texts and first["id"] not in texts
