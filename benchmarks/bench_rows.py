"""Shared bits of the benchmark scripts: result rows, percentiles and a private Xvfb display."""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Row:
    """One printed figure; `target` None means reported without a target."""

    name: str
    value: float
    target: float | None = None
    digits: int = 1

    @property
    def result(self) -> str:
        if self.target is None:
            return "–"
        return "ok" if self.value <= self.target else "MISS"


def print_rows(rows: Sequence[Row], unit: str = "ms") -> int:
    """Prints `measure  value  target  result` lines (run_all.py parses them); returns misses."""
    width = max(len(row.name) for row in rows)
    print(f"{'measure':<{width}}  {unit:>10}  {'target':>8}  result")
    for row in rows:
        target = "–" if row.target is None else f"≤ {row.target:g}"
        print(f"{row.name:<{width}}  {row.value:>10.{row.digits}f}  {target:>8}  {row.result}")
    return sum(row.result == "MISS" for row in rows)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest value with at least `fraction` of them at or below."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def delayed_by_block(sample: tuple[float, float], blocks: Sequence[tuple[float, float]]) -> bool:
    """Whether a (begin, end) block overlaps a (scheduled, observed) sample: the thread was
    stalled between the moment something was due and the moment it was seen."""
    scheduled, observed = sample
    return any(begin < observed and end > scheduled for begin, end in blocks)


@contextmanager
def xvfb_display(number: int | None = None) -> Iterator[str | None]:
    """A private Xvfb display (":N"), or None when Xvfb is not installed.

    Without `number` the server picks a free one (-displayfd), as tests/e2e does.
    """
    if shutil.which("Xvfb") is None:
        yield None
        return
    read_fd, write_fd = os.pipe()
    where = [f":{number}"] if number is not None else []
    screen = ["-screen", "0", "1280x800x24", "-nolisten", "tcp"]
    server = subprocess.Popen(
        ["Xvfb", *where, "-displayfd", str(write_fd), *screen],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            started = pipe.readline().strip()
        if not started:
            raise RuntimeError("Xvfb did not start")
        yield f":{started}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def child_figure(
    code: str, args: Sequence[str], env: dict[str, str], cwd: Path, marker: str
) -> tuple[float, float]:
    """Runs `code` in a new Python process group and reads the number on its first line
    starting with `marker`; returns (time.monotonic() just before the start, that number).
    The child and anything it started are killed then: nothing after the figure is waited for.
    """
    with tempfile.TemporaryFile("w+") as errors:
        start = time.monotonic()
        child = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            env=env,
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            start_new_session=True,  # its own process group, to end helpers it started too
        )
        assert child.stdout is not None
        try:
            for line in child.stdout:
                if line.startswith(marker):
                    return start, float(line.split()[1])
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.pid, signal.SIGKILL)
            child.wait()
        errors.seek(0)
        raise RuntimeError(
            f"no {marker.strip()!r} line (exit code {child.returncode}):\n{errors.read()}"
        )
