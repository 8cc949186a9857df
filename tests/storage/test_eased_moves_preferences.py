"""Moves remembered easier after "This hurts" are kept per exercise id in settings.ini."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lbh_desktop.core.levels import EasedMove
from lbh_desktop.core.models import Variation
from lbh_desktop.storage.preferences import Preferences
from tests.storage.test_preferences import reopened_from_disk


def test_a_remembered_move_is_read_back_from_disk_and_can_be_forgotten(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    preferences = Preferences(path)
    assert preferences.eased_move("front-plank") is None
    plank = EasedMove("front-plank", Variation.EASIER, date(2026, 12, 2))
    odd = EasedMove("my/own\\move, mine", Variation.STANDARD, date(2027, 1, 5))
    preferences.remember_eased_move(plank)
    preferences.remember_eased_move(odd)
    again = reopened_from_disk(path, tmp_path)
    assert again.eased_move("front-plank") == plank
    assert again.eased_move("my/own\\move, mine") == odd
    assert again.eased_move("bird-dog") is None
    preferences.forget_eased_move("front-plank")
    again = reopened_from_disk(path, tmp_path)
    assert again.eased_move("front-plank") is None
    assert again.eased_move("my/own\\move, mine") == odd


def test_a_damaged_entry_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[eased_moves]\nfront-plank\\variation=easiestest\nfront-plank\\last_hurt=2026-12-02\n"
        "bird-dog\\variation=easier\nbird-dog\\last_hurt=yesterday\n",
        encoding="utf-8",
    )
    preferences = Preferences(path)
    assert preferences.eased_move("front-plank") is None
    assert preferences.eased_move("bird-dog") is None
