"""Catalogue API: an ordered read-only mapping, equality, duplicates and filtering by kind."""

from __future__ import annotations

import pytest

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.models import ExerciseKind, ModelError
from tests.core.shipped_catalogue import WARM_UP_IDS, make_exercise


def test_catalogue_behaves_as_an_ordered_read_only_mapping() -> None:
    floor_move = make_exercise("floor-move", ["floor"])
    desk_move = make_exercise("desk-move", ["chair"])
    catalogue = Catalogue([floor_move, desk_move])

    assert catalogue["desk-move"] is desk_move
    assert catalogue.get("floor-move") is floor_move
    assert catalogue.get("missing") is None
    assert "desk-move" in catalogue
    assert "missing" not in catalogue
    assert len(catalogue) == 2
    assert list(catalogue) == [floor_move, desk_move]
    assert catalogue.ids() == ("floor-move", "desk-move")
    with pytest.raises(KeyError):
        catalogue["missing"]
    with pytest.raises(TypeError):
        catalogue["new"] = floor_move  # type: ignore[index]


def test_catalogue_equality_depends_on_content() -> None:
    move = make_exercise("move", ["floor"])
    assert Catalogue([move]) == Catalogue([move])
    assert Catalogue([move]) != Catalogue()


def test_catalogue_rejects_duplicate_exercises() -> None:
    move = make_exercise("move", ["floor"])
    with pytest.raises(ModelError, match="'move'"):
        Catalogue([move, move])


def test_by_kind_keeps_catalogue_order(catalogue: Catalogue) -> None:
    warm_ups = catalogue.by_kind(ExerciseKind.WARMUP)
    mains = [exercise.id for exercise in warm_ups if exercise.variant_of is None]
    assert mains == list(WARM_UP_IDS)
    assert all(exercise.kind is ExerciseKind.WARMUP for exercise in warm_ups)
