"""Access to the files shipped inside the package: catalogue, built-in routines, illustrations."""

from __future__ import annotations

import atexit
import contextlib
import functools
import importlib.util
import json
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lbh_desktop.core.catalogue import Catalogue, check_routine, parse_catalogue
from lbh_desktop.core.catalogue_text import translated_exercises, translated_routines
from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.models import ModelError, Routine

if TYPE_CHECKING:
    from lbh_desktop.core.figure_motion import MoveFigure

RESOURCE_PACKAGE = "lbh_desktop.resources"
CATALOGUE_FILE = ("catalogue", "exercises.json")
BUILTIN_ROUTINES_FILE = ("routines", "builtin.json")
ILLUSTRATIONS_FOLDER = "illustrations"
FIGURES_FOLDER = ("catalogue", "figures")
BUILTIN_ROUTINES_VERSION = 1

_extracted_files = contextlib.ExitStack()
"""Keeps temporary copies alive when the package is not on a plain filesystem (e.g. a zip)."""
atexit.register(_extracted_files.close)


@functools.cache
def _package_folder() -> Path | None:
    """The shipped resources' folder when the package is a plain folder on disk (a checkout,
    an installed wheel, a bundle); None when it is somewhere else, such as a zip file."""
    spec = importlib.util.find_spec(RESOURCE_PACKAGE)
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location)
        if (folder / "__init__.py").is_file():
            return folder
    return None


def resource_path(*parts: str) -> Path:
    """A real filesystem path to a shipped file or folder, e.g. resource_path("sounds", "x.wav").

    Raises FileNotFoundError naming the resource when it is not shipped.
    """
    if not parts:
        raise ValueError("resource_path needs at least one path part")
    for part in parts:
        if not part or part in {".", ".."} or "/" in part or "\\" in part:
            raise ValueError(f"resource path part {part!r} must be a plain file or folder name")
    root = _package_folder()
    if root is not None:  # a plain folder: no importlib.resources reader (zipfile) to load
        path = root.joinpath(*parts)
        if path.is_file() or path.is_dir():
            return path
    resource: Traversable = files(RESOURCE_PACKAGE)
    for part in parts:
        resource = resource.joinpath(part)
    if not (resource.is_file() or resource.is_dir()):
        raise FileNotFoundError(f"shipped resource not found: {_describe(resource, parts)}")
    if isinstance(resource, Path):
        return resource
    return _extracted_files.enter_context(as_file(resource))


def read_json(*parts: str) -> Any:
    """The decoded JSON content of a shipped file."""
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))


@functools.cache
def load_catalogue() -> Catalogue:
    """The shipped exercise catalogue in the user's language, parsed once and shared (the
    language is chosen at start-up, before this is first called)."""
    return parse_catalogue(translated_exercises(read_json(*CATALOGUE_FILE)))


def load_builtin_routines() -> list[Routine]:
    """The shipped routines, each checked against the shipped catalogue; a fresh list per call."""
    return list(_load_builtin_routines())


def illustration_path(exercise: Exercise) -> Path:
    """Where `exercise`'s illustration is shipped; check is_file(), as a picture may be undrawn."""
    return resource_path(ILLUSTRATIONS_FOLDER) / exercise.illustration


@functools.cache
def load_figure(exercise_id: str) -> MoveFigure | None:
    """A built-in move's figure (key poses and props), read when first asked for; None when the
    move has none (custom moves keep their own pictures)."""
    from lbh_desktop.core.figure_motion import parse_move_figure  # not needed at start-up

    path = resource_path(*FIGURES_FOLDER) / f"{exercise_id}.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return parse_move_figure(data, f"figures/{exercise_id}.json")


@functools.cache
def _load_builtin_routines() -> tuple[Routine, ...]:
    where = "/".join(BUILTIN_ROUTINES_FILE)
    data = translated_routines(read_json(*BUILTIN_ROUTINES_FILE))
    if not isinstance(data, dict):
        raise ModelError(f"{where}: must be an object")
    if data.get("version") != BUILTIN_ROUTINES_VERSION:
        raise ModelError(f"{where}: version must be {BUILTIN_ROUTINES_VERSION}")
    raw_routines = data.get("routines")
    if not isinstance(raw_routines, list):
        raise ModelError(f"{where}: routines must be a list")
    catalogue = load_catalogue()
    routines = []
    for index, raw in enumerate(raw_routines):
        routine = Routine.from_dict(raw, f"{where}: routines[{index}]")
        problems = check_routine(routine, catalogue)
        if problems:
            raise ModelError(f"{where}: routines[{index}] ({routine.id}): {' '.join(problems)}")
        routines.append(routine)
    return tuple(routines)


def _describe(resource: Traversable, parts: tuple[str, ...]) -> str:
    if isinstance(resource, Path):
        return str(resource)
    return "/".join((RESOURCE_PACKAGE, *parts))
