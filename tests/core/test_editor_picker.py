"""The move picker's search and filters over the catalogue."""

from __future__ import annotations

from lbh_desktop.core.editor_picker import (
    NO_EQUIPMENT,
    PickerFilter,
    describe,
    equipment_options,
    filter_exercises,
    target_options,
)
from lbh_desktop.core.models import ExerciseKind, Position
from lbh_desktop.storage import bundled

CATALOGUE = list(bundled.load_catalogue())


def names(wanted: PickerFilter) -> list[str]:
    return [exercise.name for exercise in filter_exercises(CATALOGUE, wanted)]


def test_no_filter_lists_everything_by_name() -> None:
    found = names(PickerFilter())
    assert len(found) == len(CATALOGUE)
    assert found == sorted(found, key=str.casefold)


def test_search_matches_every_word_in_name_summary_or_targets() -> None:
    found = filter_exercises(CATALOGUE, PickerFilter(text="hamstring stretch"))
    assert found
    for exercise in found:
        text = " ".join((exercise.name, exercise.summary, *exercise.targets)).casefold()
        assert "hamstring" in text and "stretch" in text
    assert names(PickerFilter(text="zzzz")) == []


def test_names_starting_with_the_search_come_first() -> None:
    found = names(PickerFilter(text="cat"))
    assert found[0].casefold().startswith("cat")


def test_each_filter_narrows_to_exercises_that_have_it() -> None:
    for kind in ExerciseKind:
        assert all(e.kind is kind for e in filter_exercises(CATALOGUE, PickerFilter(kind=kind)))
    for position in Position:
        chosen = filter_exercises(CATALOGUE, PickerFilter(position=position))
        assert chosen and all(position in e.positions for e in chosen)
        assert len(chosen) < len(CATALOGUE)
    for target in target_options(CATALOGUE):
        chosen = filter_exercises(CATALOGUE, PickerFilter(target=target))
        assert chosen and all(target in e.targets for e in chosen)
    for item in equipment_options(CATALOGUE):
        chosen = filter_exercises(CATALOGUE, PickerFilter(equipment=item))
        assert chosen and all(item in e.equipment for e in chosen)
    bare = filter_exercises(CATALOGUE, PickerFilter(equipment=NO_EQUIPMENT))
    assert bare and all(not e.equipment for e in bare)


def test_describe_is_one_plain_line() -> None:
    cat_cow = bundled.load_catalogue()["cat-cow"]
    line = describe(cat_cow)
    assert line.startswith("Stretch · ") or line.startswith("Warm-up · ")
    assert "\n" not in line and "your own" not in line
