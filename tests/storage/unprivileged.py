"""Runs test code as an unprivileged user when the suite runs as root (chmod doesn't bind root)."""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")

NOBODY = 65534
IS_ROOT = os.name == "posix" and os.geteuid() == 0


@contextmanager
def folder_for_unprivileged(tmp_path: Path) -> Iterator[Path]:
    """An empty folder the unprivileged user owns (root's tmp_path is not reachable for it)."""
    if not IS_ROOT:
        folder = tmp_path / "unprivileged"
        folder.mkdir()
        yield folder
        return
    folder = Path(tempfile.mkdtemp(prefix="lbh-unprivileged-"))
    try:
        os.chown(folder, NOBODY, NOBODY)
        yield folder
    finally:
        for path in (folder, *folder.rglob("*")):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o700)
        shutil.rmtree(folder, ignore_errors=True)


def run_unprivileged(function: Callable[[], T]) -> T:
    """`function()` in this process, or as root in a forked child running as `nobody`. The
    child's return value (picklable) comes back; an exception in it fails the test."""
    if not IS_ROOT:
        return function()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        outcome: tuple[str, object]
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            outcome = ("ok", function())
        except BaseException:
            outcome = ("error", traceback.format_exc())
        try:
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(pickle.dumps(outcome))
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    if not data:
        pytest.fail("the unprivileged child died without an answer")
    kind, value = pickle.loads(data)
    if kind == "error":
        pytest.fail(f"in the unprivileged child:\n{value}")
    return value  # type: ignore[no-any-return]
