"""An existing user's data file meets the shipped built-ins of issue #17: the flare-up routine
is added, the untouched daily stretch is upgraded, and the user's own routines stay as they are."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from lbh_desktop.core.models import Routine, Variation
from lbh_desktop.storage import bundled
from lbh_desktop.storage.repository import Repository

from .layout import single_file, write_single_file

OLD_DAILY_DESCRIPTION = (
    "About ten minutes of floor stretches to ease the lower back and open up the hips. "
    "Move slowly and keep breathing."
)


def previously_shipped() -> list[Routine]:
    """The five built-ins as shipped before issue #17: no flare-up, daily stretch version 1."""
    routines = []
    for routine in bundled.load_builtin_routines():
        if routine.id == "flare-up":
            continue
        if routine.id == "daily-stretch":
            steps = tuple(
                dataclasses.replace(step, variation=Variation.STANDARD) for step in routine.steps
            )
            routine = dataclasses.replace(
                routine, steps=steps, description=OLD_DAILY_DESCRIPTION, builtin_version=1
            )
        routines.append(routine)
    return routines


def check_the_new_builtins_and_the_users_own(data_dir: Path, mine: Routine) -> None:
    shipped = bundled.load_builtin_routines()
    with Repository.open(data_dir, shipped) as repo:
        by_id = {routine.id: routine for routine in repo.routines()}
        assert by_id["flare-up"] == next(r for r in shipped if r.id == "flare-up")
        daily = by_id["daily-stretch"]
        assert daily.builtin_version == 2
        variations = {step.exercise_id: step.variation for step in daily.steps}
        assert variations["pigeon-pose"] is variations["lizard-pose"] is Variation.EASIER
        assert by_id["my-strength"] == mine
        assert "warm-up" not in by_id  # a deleted built-in stays deleted
        assert [routine.id for routine in repo.routines() if routine.builtin] == [
            "desk-stretch-break",
            "daily-stretch",
            "strength",
            "beginner-strength",
            "flare-up",
        ]

    with Repository.open(data_dir, shipped) as repo:  # opening again adds nothing twice
        assert [routine.id for routine in repo.routines()].count("flare-up") == 1


def my_strength(old: list[Routine]) -> Routine:
    strength = next(routine for routine in old if routine.id == "strength")
    return dataclasses.replace(strength, id="my-strength", name="My strength", builtin=False)


def test_an_existing_user_gets_the_flare_up_routine_and_keeps_their_own(tmp_path: Path) -> None:
    data_dir = tmp_path / "lbh"
    old = previously_shipped()
    assert [routine.builtin_version for routine in old] == [1] * 5
    mine = my_strength(old)
    with Repository.open(data_dir, old) as repo:
        assert repo.routines() == old
        repo.save_routine(mine)
        repo.delete_routine("warm-up")

    check_the_new_builtins_and_the_users_own(data_dir, mine)


def test_a_one_file_history_from_before_gets_them_too(tmp_path: Path) -> None:
    """The same user, still on the one-file history of versions before the sync layout: the
    built-ins it holds are the old ones, untouched."""
    data_dir = tmp_path / "lbh"
    old = previously_shipped()
    mine = my_strength(old)
    kept = [routine for routine in old if routine.id != "warm-up"]
    write_single_file(
        single_file(data_dir),
        routines=[*kept, mine],
        seeded={routine.id: 1 for routine in old},
    )

    check_the_new_builtins_and_the_users_own(data_dir, mine)
