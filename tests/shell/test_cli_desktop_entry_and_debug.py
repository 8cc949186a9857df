"""`--install-desktop-entry`, `--uninstall-desktop-entry` and `--debug` from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

APP_ID = "io.github.lbh_desktop.LBHDesktop"


def lbh(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lbh_desktop", *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_desktop_entry_is_installed_and_removed_for_this_user(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path)}
    installed = lbh("--install-desktop-entry", env=env)
    assert installed.returncode == 0, installed.stderr
    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    metainfo = tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert entry.is_file() and metainfo.is_file()
    assert "Exec=" in entry.read_text() and str(entry) in installed.stdout
    assert list((tmp_path / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.*"))
    removed = lbh("--uninstall-desktop-entry", env=env)
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists() and not metainfo.exists()


def test_a_folder_that_cannot_be_written_gives_a_message_and_exit_1(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    failed = lbh("--install-desktop-entry", env={"XDG_DATA_HOME": str(blocker)})
    assert failed.returncode == 1
    assert "could not write the desktop entry" in failed.stderr


def test_debug_writes_the_log_to_the_state_folder(tmp_path: Path) -> None:
    result = lbh("--debug", "--self-test", env={"XDG_STATE_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    log = tmp_path / "lbh-desktop" / "debug.log"
    assert f"Debug log: {log}" in result.stdout
    text = log.read_text()
    assert "LBH Desktop" in text and "DEBUG" in text
