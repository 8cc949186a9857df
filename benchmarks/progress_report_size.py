"""build_report at 1k-50k sessions of a heavy user (issue #15): pure Python, no display.

The Progress view builds its whole report from the session history each time it opens;
this times that call alone, as a median of 5, on the heavy user's history of
history_sizes.py (about 2,700 sessions a year, so 50,000 are some 18 years).

Run from the repository root: `python benchmarks/progress_report_size.py` (`--sizes 1000 5000`
for other sizes). Only the report is timed: no window, no display, no database.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rows import Row, print_rows
from history_sizes import SIZES, heavy_history

from lbh_desktop.core.progress import Goals, build_report

REPEATS = 5
TODAY = date(2026, 12, 2)
"""A little after the newest session (history_sizes' TODAY), as when the app opens later."""
TARGET_MS = 150.0
"""For the largest size, on the 2-core machine of issue #15."""


def report_ms(count: int) -> float:
    """Median milliseconds of build_report on the newest `count` sessions of a heavy user."""
    sessions = heavy_history(count)
    goals = Goals()
    build_report(sessions, goals, set(), TODAY)  # unmeasured: warms the caches
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        build_report(sessions, goals, set(), TODAY)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    figures = {count: report_ms(count) for count in sizes}
    print(f"build_report, pure Python, no display (median of {REPEATS}), today {TODAY}:")
    rows = [Row(f"build_report, {count:,} sessions", ms) for count, ms in figures.items()]
    rows[-1] = Row(rows[-1].name, rows[-1].value, TARGET_MS)
    return 1 if print_rows(rows) else 0


if __name__ == "__main__":
    sys.exit(main())
