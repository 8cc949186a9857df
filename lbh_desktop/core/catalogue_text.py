"""The shipped catalogue's and built-in routines' texts: which fields a translator sees."""

# `translated_exercises` and `translated_routines` return copies of the decoded JSON with every
# user-visible text passed through translate("catalogue", …), before parsing; ids, kinds,
# positions and `side_unit` (a key the views turn into whole phrases) stay as shipped. A sided
# move's right side, made in English by swapping "left" and "right", is its own text to translate.
# `catalogue_texts` lists the same texts for the translation tools.

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from lbh_desktop.core.i18n import translate

CONTEXT = "catalogue"
_EXERCISE_TEXTS = ("name", "summary", "caution", "left_side")
_EXERCISE_LISTS = ("targets", "equipment", "steps", "cues", "mistakes")
_ROUTINE_TEXTS = ("name", "description")
_LEFT_RIGHT = re.compile(r"\b(left|right|Left|Right|LEFT|RIGHT)\b")
_SWAP = {"left": "right", "right": "left", "Left": "Right", "Right": "Left"}
_SWAP |= {"LEFT": "RIGHT", "RIGHT": "LEFT"}


def swapped_sides(text: str) -> str:
    """An English side text for the other side: "left" and "right" swapped."""
    return _LEFT_RIGHT.sub(lambda match: _SWAP[match.group(0)], text)


def _translated(text: str) -> str:
    return translate(CONTEXT, text) if text else text


def _exercise_copy(raw: Any, change: Callable[[str], str]) -> Any:
    if not isinstance(raw, dict):
        return raw
    copy = dict(raw)
    if isinstance(copy.get("left_side"), str) and copy["left_side"]:
        copy["right_side"] = swapped_sides(copy["left_side"])  # its own sentence to translate
    for key in (*_EXERCISE_TEXTS, "right_side"):
        if isinstance(copy.get(key), str):
            copy[key] = change(copy[key])
    for key in _EXERCISE_LISTS:
        if isinstance(copy.get(key), list):
            copy[key] = [change(item) if isinstance(item, str) else item for item in copy[key]]
    if isinstance(copy.get("condition_cautions"), list):
        copy["condition_cautions"] = [
            {**caution, "advice": change(caution["advice"])}
            if isinstance(caution, dict) and isinstance(caution.get("advice"), str)
            else caution
            for caution in copy["condition_cautions"]
        ]
    return copy


def _routine_copy(raw: Any, change: Callable[[str], str]) -> Any:
    if not isinstance(raw, dict):
        return raw
    return {
        key: change(value) if key in _ROUTINE_TEXTS and isinstance(value, str) else value
        for key, value in raw.items()
    }


def translated_exercises(data: Any) -> Any:
    """`{"version", "exercises": [...]}` with each exercise's texts in the user's language."""
    if not isinstance(data, dict) or not isinstance(data.get("exercises"), list):
        return data  # the parser names what is wrong
    return {**data, "exercises": [_exercise_copy(raw, _translated) for raw in data["exercises"]]}


def translated_routines(data: Any) -> Any:
    """`{"version", "routines": [...]}` with each routine's name and description translated."""
    if not isinstance(data, dict) or not isinstance(data.get("routines"), list):
        return data
    return {**data, "routines": [_routine_copy(raw, _translated) for raw in data["routines"]]}


def catalogue_texts(exercises: Any, routines: Any) -> Iterator[str]:
    """Every translatable text, in file order, each once."""
    seen: dict[str, None] = {}

    def collect(text: str) -> str:
        if text:
            seen.setdefault(text)
        return text

    for raw in exercises.get("exercises", []):
        _exercise_copy(raw, collect)
    for raw in routines.get("routines", []):
        _routine_copy(raw, collect)
    yield from seen
