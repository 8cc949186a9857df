"""Tests for finding and loading the files shipped inside the package."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from lbh_desktop.core.catalogue import Catalogue, check_routine
from lbh_desktop.core.models import Routine
from lbh_desktop.storage import bundled


def test_resource_path_finds_the_catalogue_and_the_builtin_routines() -> None:
    catalogue_file = bundled.resource_path("catalogue", "exercises.json")
    routines_file = bundled.resource_path("routines", "builtin.json")
    for path in (catalogue_file, routines_file):
        assert isinstance(path, Path)
        assert path.is_absolute()
        assert path.is_file()
        assert path.stat().st_size > 0
    assert catalogue_file.name == "exercises.json"
    assert catalogue_file.parent.name == "catalogue"
    assert routines_file.parent.parent == catalogue_file.parent.parent


def test_resource_path_finds_a_shipped_folder() -> None:
    folder = bundled.resource_path("illustrations")
    assert folder.is_dir()
    assert folder.parent == bundled.resource_path("catalogue").parent


def test_missing_resource_raises_file_not_found_naming_it() -> None:
    with pytest.raises(FileNotFoundError, match=r"catalogue.no-such-file\.json"):
        bundled.resource_path("catalogue", "no-such-file.json")
    with pytest.raises(FileNotFoundError, match="no-such-folder"):
        bundled.read_json("no-such-folder", "data.json")


@pytest.mark.parametrize("parts", [(), ("..", "pyproject.toml"), ("catalogue/exercises.json",)])
def test_resource_path_refuses_paths_that_are_not_plain_names(parts: tuple[str, ...]) -> None:
    with pytest.raises(ValueError):
        bundled.resource_path(*parts)


def test_read_json_decodes_a_shipped_file() -> None:
    data = bundled.read_json("routines", "builtin.json")
    assert data["version"] == 1
    assert isinstance(data["routines"], list)


def test_load_catalogue_is_parsed_once_and_shared() -> None:
    catalogue = bundled.load_catalogue()
    assert isinstance(catalogue, Catalogue)
    assert len([e for e in catalogue if e.variant_of is None]) == 27
    assert bundled.load_catalogue() is catalogue


def test_load_builtin_routines_returns_checked_builtin_routines() -> None:
    routines = bundled.load_builtin_routines()
    assert [routine.id for routine in routines] == [
        "desk-stretch-break",
        "daily-stretch",
        "strength",
        "beginner-strength",
        "warm-up",
        "flare-up",
    ]
    catalogue = bundled.load_catalogue()
    for routine in routines:
        assert isinstance(routine, Routine)
        assert routine.builtin is True
        assert routine.builtin_version >= 1
        assert check_routine(routine, catalogue) == []


def test_load_builtin_routines_hands_out_a_fresh_list() -> None:
    first = bundled.load_builtin_routines()
    first.clear()
    assert len(bundled.load_builtin_routines()) == 6


def test_illustration_path_points_into_the_illustrations_folder() -> None:
    folder = bundled.resource_path("illustrations")
    for exercise in bundled.load_catalogue():
        assert bundled.illustration_path(exercise) == folder / f"{exercise.id}.svg"


def test_illustration_path_of_an_undrawn_picture_is_not_a_file() -> None:
    exercise = bundled.load_catalogue()["glute-bridge"]
    undrawn = dataclasses.replace(exercise, illustration="not-drawn-yet.svg")
    path = bundled.illustration_path(undrawn)
    assert path.name == "not-drawn-yet.svg"
    assert not path.is_file()
