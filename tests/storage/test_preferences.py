"""Preferences: defaults on a fresh file, and every value read back from the INI file on disk."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from lbh_desktop.storage.preferences import Preferences

GEOMETRY = QByteArray(b"\x01\xd9\xd0\xcb\x00\x03\x00\x00\x00\x00\xff\nline[ui]=x")


def reopened_from_disk(path: Path, tmp_path: Path) -> Preferences:
    """A Preferences on a copy of the file: QSettings can't answer from its in-process cache."""
    copy = tmp_path / f"copy-{len(list(tmp_path.glob('copy-*')))}.ini"
    shutil.copyfile(path, copy)
    return Preferences(copy)


def test_defaults_on_a_fresh_file(tmp_path: Path) -> None:
    preferences = Preferences(tmp_path / "settings.ini")
    assert preferences.safety_notice_accepted is False
    assert preferences.muted is False
    assert preferences.window_geometry is None
    assert preferences.path == tmp_path / "settings.ini"
    assert not (tmp_path / "settings.ini").exists()  # reading writes nothing


def test_values_survive_a_new_instance(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    old = Preferences(path)
    old.safety_notice_accepted = True
    old.muted = True
    old.window_geometry = GEOMETRY
    del old

    new = Preferences(path)
    assert new.safety_notice_accepted is True
    assert new.muted is True
    assert new.window_geometry == GEOMETRY


def test_values_are_written_to_the_file_at_once(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    preferences = Preferences(path)
    preferences.safety_notice_accepted = True
    preferences.muted = True
    preferences.window_geometry = GEOMETRY

    from_disk = reopened_from_disk(path, tmp_path)
    assert from_disk.safety_notice_accepted is True
    assert from_disk.muted is True
    geometry = from_disk.window_geometry
    assert isinstance(geometry, QByteArray)
    assert geometry == GEOMETRY
    text = path.read_text(encoding="utf-8")
    assert "[safety]" in text and "[sound]" in text and "[ui]" in text


def test_switching_back_to_false_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    preferences = Preferences(path)
    preferences.muted = True
    preferences.safety_notice_accepted = True
    preferences.muted = False
    preferences.safety_notice_accepted = False

    from_disk = reopened_from_disk(path, tmp_path)
    assert from_disk.muted is False
    assert from_disk.safety_notice_accepted is False


def test_a_newer_geometry_replaces_the_older_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    preferences = Preferences(path)
    preferences.window_geometry = QByteArray(b"first")
    preferences.window_geometry = QByteArray(b"second")
    assert reopened_from_disk(path, tmp_path).window_geometry == QByteArray(b"second")


@pytest.mark.parametrize(
    ("written", "expected"),
    [("true", True), ("True", True), ("1", True), ("yes", True), ("false", False), ("0", False)],
)
def test_hand_edited_booleans_are_understood(tmp_path: Path, written: str, expected: bool) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        f"[safety]\nnotice_accepted={written}\n\n[sound]\nmuted={written}\n", encoding="utf-8"
    )
    preferences = Preferences(path)
    assert preferences.safety_notice_accepted is expected
    assert preferences.muted is expected


def test_a_geometry_that_is_not_bytes_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[ui]\nwindow_geometry=hello\n", encoding="utf-8")
    assert Preferences(path).window_geometry is None


def test_the_history_folder_is_the_default_until_chosen(tmp_path: Path) -> None:
    assert Preferences(tmp_path / "settings.ini").history_folder is None


def test_a_chosen_history_folder_is_kept_absolute_and_can_go_back_to_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.ini"
    preferences = Preferences(path)
    monkeypatch.chdir(tmp_path)
    preferences.history_folder = Path("Sync/LBH/../LBH Desktop")
    chosen = tmp_path / "Sync" / "LBH Desktop"
    assert preferences.history_folder == chosen
    assert reopened_from_disk(path, tmp_path).history_folder == chosen
    preferences.history_folder = None
    assert preferences.history_folder is None
    assert "history_folder" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("written", ["", "   ", "relative/folder"])
def test_an_empty_or_relative_history_folder_reads_as_the_default(
    tmp_path: Path, written: str
) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(f"[data]\nhistory_folder={written}\n", encoding="utf-8")
    assert Preferences(path).history_folder is None


def test_a_history_folder_under_home_written_by_hand_is_understood(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = tmp_path / "settings.ini"
    path.write_text("[data]\nhistory_folder=~/Nextcloud/LBH\n", encoding="utf-8")
    assert Preferences(path).history_folder == tmp_path / "home" / "Nextcloud" / "LBH"
