"""Data files and folders are readable by the user only (0600 / 0700), whatever the umask."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.shell.build import build_app
from lbh_desktop.storage.backups import backup_folder, day_folders
from lbh_desktop.storage.device_identity import IDENTITY_FILE
from lbh_desktop.ui.editor.picture_import import import_picture
from lbh_desktop.ui.speech.speech_espeak import EspeakBackend

from .layout import device_folder, single_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """The usual desktop umask, under which plain file creation gives 0644 / 0755."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_a_first_start_creates_only_private_files_and_folders(
    qtbot: QtBot, isolated_dirs: Path
) -> None:
    app = build_app(isolated_dirs, FakeClock())
    app.preferences.muted = True  # QSettings writes settings.ini
    app.preferences.safety_notice_accepted = True
    app.repository.close()
    app.window.deleteLater()

    created = [isolated_dirs, *isolated_dirs.rglob("*")]
    names = {path.relative_to(isolated_dirs).as_posix() for path in created[1:]}
    device = device_folder(isolated_dirs).relative_to(isolated_dirs).as_posix()
    assert {IDENTITY_FILE, "settings.ini", "backups", "devices", f"{device}/device.json"} <= names
    assert len(day_folders(backup_folder(isolated_dirs))) == 1
    wrong = {
        str(path): oct(mode(path))
        for path in created
        if mode(path) != (0o700 if path.is_dir() else 0o600)
    }
    assert wrong == {}


def test_settings_written_before_the_data_folder_exists_are_private(isolated_dirs: Path) -> None:
    from lbh_desktop.storage.preferences import Preferences

    preferences = Preferences(isolated_dirs / "settings.ini")
    preferences.muted = True
    assert mode(isolated_dirs) == 0o700
    assert mode(isolated_dirs / "settings.ini") == 0o600


def test_an_existing_world_readable_settings_file_is_made_private(isolated_dirs: Path) -> None:
    from lbh_desktop.storage.preferences import Preferences

    isolated_dirs.mkdir(mode=0o700)
    settings = isolated_dirs / "settings.ini"
    settings.write_text("[sound]\nmuted=true\n", encoding="utf-8")
    settings.chmod(0o644)
    preferences = Preferences(settings)
    assert preferences.muted is True
    preferences.muted = False
    assert mode(settings) == 0o600


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_a_moved_aside_old_history_is_private(qtbot: QtBot, isolated_dirs: Path, kind: str) -> None:
    isolated_dirs.mkdir(mode=0o700)
    damaged = single_file(isolated_dirs)
    if kind == "folder":
        damaged.mkdir(mode=0o755)
    else:
        damaged.write_bytes(b"{damaged")
        damaged.chmod(0o644)
    app = build_app(isolated_dirs, FakeClock())
    app.repository.close()
    app.window.deleteLater()
    (moved,) = isolated_dirs.glob("lbh-desktop.json.corrupt-*")
    assert mode(moved) == (0o700 if kind == "folder" else 0o600)


def test_a_moved_aside_file_of_this_computer_is_private(qtbot: QtBot, isolated_dirs: Path) -> None:
    app = build_app(isolated_dirs, FakeClock())
    app.repository.close()
    app.window.deleteLater()
    damaged = device_folder(isolated_dirs) / "sessions-2026-01.json"
    damaged.write_bytes(b"{damaged")
    damaged.chmod(0o644)
    again = build_app(isolated_dirs, FakeClock())
    again.repository.close()
    again.window.deleteLater()
    (moved,) = damaged.parent.glob("sessions-2026-01.json.corrupt-*")
    assert moved.read_bytes() == b"{damaged" and mode(moved) == 0o600
    assert any(str(moved) in notice for notice in again.notices)


def test_the_pictures_folder_is_private(tmp_path: Path, isolated_dirs: Path) -> None:
    source = tmp_path / "bridge.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(source))
    pictures = isolated_dirs / "pictures"
    name = import_picture(source, pictures, "my-bridge")
    assert mode(pictures) == 0o700
    assert mode(source) == 0o644  # what a plain copy would have kept
    assert [path.name for path in pictures.iterdir()] == [name]
    assert mode(pictures / name) == 0o600
    assert (pictures / name).read_bytes() == source.read_bytes()


def test_a_replaced_picture_is_private_too(tmp_path: Path, isolated_dirs: Path) -> None:
    pictures = isolated_dirs / "pictures"
    pictures.mkdir(parents=True, mode=0o700)
    (pictures / "my-bridge.png").write_bytes(b"old picture")
    (pictures / "my-bridge.png").chmod(0o644)
    source = tmp_path / "bridge.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(source))
    name = import_picture(source, pictures, "my-bridge")
    assert name == "my-bridge.png"
    assert mode(pictures / name) == 0o600
    assert (pictures / name).read_bytes() == source.read_bytes()


FAKE_ESPEAK = """#!/bin/sh
while [ "$1" != "-w" ]; do shift; done
printf 'RIFF fake wave' > "$2"
"""


def fake_espeak(folder: Path) -> str:
    """A stand-in for espeak-ng that writes its WAV the way espeak-ng does: with the umask."""
    program = folder / "espeak-ng"
    program.write_text(FAKE_ESPEAK, encoding="utf-8")
    program.chmod(0o755)
    return str(program)


@pytest.mark.parametrize("program", ["fake", "espeak-ng"])
def test_the_speech_cache_is_private(qtbot: QtBot, tmp_path: Path, program: str) -> None:
    executable = fake_espeak(tmp_path) if program == "fake" else shutil.which("espeak-ng")
    if executable is None:
        pytest.skip("espeak-ng not installed")
    cache = tmp_path / "cache" / "lbh-desktop" / "speech"
    owner = QObject()
    backend = EspeakBackend(executable, {"English (America)": "en-us"}, cache, owner)
    assert mode(cache) == 0o700
    backend.prepare(["Halfway", "Switch sides"])
    wavs = [backend.wav_for("Halfway"), backend.wav_for("Switch sides")]
    qtbot.waitUntil(lambda: all(wav in backend.renderer.rendered for wav in wavs), timeout=10_000)
    assert {path.name: oct(mode(path)) for path in cache.iterdir()} == {
        wav.name: oct(0o600) for wav in wavs
    }
    backend.renderer.shutdown()


def test_a_world_readable_speech_cache_from_before_is_made_private(
    qtbot: QtBot, tmp_path: Path
) -> None:
    cache = tmp_path / "speech"
    cache.mkdir(mode=0o755)
    cache.chmod(0o755)
    EspeakBackend(fake_espeak(tmp_path), {}, cache, QObject())
    assert mode(cache) == 0o700
