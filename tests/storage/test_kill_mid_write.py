"""SIGKILL a process that is saving sessions: the file must always open and keep every save."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest

from lbh_desktop.core.models import SessionStatus
from lbh_desktop.storage.repository import Repository

from .write_loop import BUILTINS, COMPLETED, SAVED

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")

REPO_ROOT = Path(__file__).resolve().parents[2]
WRITE_LOOP = Path(__file__).with_name("write_loop.py")
KILLS = 30
MAX_KILL_DELAY_SECONDS = 0.3
STARTUP_TIMEOUT_SECONDS = 30.0
EXIT_TIMEOUT_SECONDS = 10.0


def forward_lines(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line.strip())
    lines.put(None)


def run_and_kill(data_dir: Path, prefix: str, delay: float, stderr_path: Path) -> list[str]:
    """Start the writer, let it run `delay` seconds past its first save, SIGKILL it and
    return every line it printed (each one is a save that had returned)."""
    with stderr_path.open("w", encoding="utf-8") as stderr_file:
        child = subprocess.Popen(
            [sys.executable, str(WRITE_LOOP), str(data_dir), prefix],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=stderr_file,
            text=True,
        )
    assert child.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=forward_lines, args=(child.stdout, lines), daemon=True)
    reader.start()
    try:
        first = lines.get(timeout=STARTUP_TIMEOUT_SECONDS)
        assert first is not None, f"writer exited early:\n{stderr_path.read_text()}"
        try:
            child.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
        else:
            pytest.fail(f"writer exited by itself:\n{stderr_path.read_text()}")
        assert child.wait(timeout=EXIT_TIMEOUT_SECONDS) == -signal.SIGKILL
        reader.join(timeout=EXIT_TIMEOUT_SECONDS)
        assert not reader.is_alive()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=EXIT_TIMEOUT_SECONDS)
        child.stdout.close()
    printed = [first]
    while (line := lines.get_nowait()) is not None:
        printed.append(line)
    return printed


def test_sigkill_during_saves_never_corrupts_or_loses_a_saved_session(tmp_path: Path) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    data_dir = tmp_path / "kill-test"
    saved: set[str] = set()
    completed: set[str] = set()

    for kill_number in range(KILLS):
        delay = rng.uniform(0, MAX_KILL_DELAY_SECONDS)
        where = f"kill {kill_number + 1}/{KILLS}, delay {delay:.3f}s, seed {seed}"
        for line in run_and_kill(data_dir, f"k{kill_number}", delay, tmp_path / "stderr.txt"):
            event, session_id = line.split(" ", 1)
            assert event in (SAVED, COMPLETED), where
            (saved if event == SAVED else completed).add(session_id)

        with Repository.open(data_dir, BUILTINS) as repository:
            records = {record.id: record for record in repository.sessions()}
            assert repository.routine(BUILTINS[0].id) == BUILTINS[0], where

        assert saved <= records.keys(), f"{where}: lost {sorted(saved - records.keys())}"
        assert all(records[i].status is SessionStatus.COMPLETED for i in completed), where
        assert not [r for r in records.values() if r.status is SessionStatus.IN_PROGRESS], where
        leftovers = [p.name for p in data_dir.iterdir() if p.name != Repository.DB_FILENAME]
        assert len(leftovers) <= 1, f"{where}: temp files pile up: {leftovers}"
