"""Fixtures shared by the single-instance tests: a fresh instance key and runtime folder."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def key() -> str:
    return f"lbh-test-{uuid.uuid4().hex[:12]}"  # the socket name is global to the user


@pytest.fixture
def runtime() -> Iterator[Path]:
    """Not made yet, on a short path as /run/user/UID is: a socket path has about 103 bytes."""
    base = Path(tempfile.mkdtemp(prefix="lbh-"))
    yield base / "runtime"
    shutil.rmtree(base, ignore_errors=True)
