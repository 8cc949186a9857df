"""`lbh-desktop --self-test`: one line and exit 0 when the app works, a FAILED line and 1 if not."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lbh_desktop import __version__
from lbh_desktop.shell.cli import parse_args
from lbh_desktop.shell.self_test import ROUTINE_ID, run_self_test
from tests.storage.layout import stored_sessions

REPO = Path(__file__).resolve().parents[2]
PASSED = re.compile(
    rf"^LBH Desktop {re.escape(__version__)} self-test passed: {ROUTINE_ID} completed, "
    r"6 moves, [\d.]+ min of routine played, \d+\.\d s$"
)


def test_the_option_is_parsed() -> None:
    assert parse_args(["--self-test"])[0].self_test is True
    assert parse_args([])[0].self_test is False


def test_self_test_passes_in_a_fresh_process_and_prints_one_line(
    tmp_path: Path, isolated_dirs: Path
) -> None:
    # No QT_QPA_PLATFORM and no display: the self-test must pick offscreen by itself.
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-m", "lbh_desktop", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    assert PASSED.match(lines[0]), lines[0]
    assert "Traceback" not in result.stderr
    # It plays in a temporary folder and leaves the user's data folder alone.
    assert not isolated_dirs.exists()


def test_self_test_in_german_reads_the_german_translations(
    tmp_path: Path, isolated_dirs: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update(LC_ALL="", LANGUAGE="", LANG="de_DE.UTF-8")
    result = subprocess.run(
        [sys.executable, "-m", "lbh_desktop", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert PASSED.match(result.stdout.strip()), result.stdout  # the CLI line stays English


# The self-test plays the routine with the real audio stack; on a machine without PipeWire or
# a PulseAudio server, QtMultimedia says so in warnings, which are expected here.
@pytest.mark.qt_log_ignore(r"^Couldn't (load|resolve) .+ (library|symbols)$", "PulseAudioService")
def test_self_test_in_process_logs_a_completed_session(tmp_path: Path, qtbot: QtBot) -> None:
    data_dir = tmp_path / "self-test-data"
    out = io.StringIO()
    assert run_self_test(data_dir, out) == 0, out.getvalue()
    assert PASSED.match(out.getvalue().rstrip("\n")), out.getvalue()
    (session,) = stored_sessions(data_dir).values()
    assert session["routine_id"] == ROUTINE_ID
    assert session["status"] == "completed"
    assert all(step["completed"] for step in session["steps"])


def test_self_test_fails_with_one_line_when_the_data_folder_is_unusable(
    tmp_path: Path, qtbot: QtBot
) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("this is a file, not a folder\n", encoding="utf-8")
    out = io.StringIO()
    assert run_self_test(not_a_folder, out) == 1
    lines = out.getvalue().splitlines()
    assert len(lines) == 1, out.getvalue()
    assert lines[0].startswith("self-test FAILED: ")
    assert str(not_a_folder) in lines[0]
