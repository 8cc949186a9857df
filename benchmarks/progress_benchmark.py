"""Progress page speed on 10 years of history: build_report, and opening and drawing the page.

Run from the repository root: `python benchmarks/progress_benchmark.py` (offscreen by default).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from lbh_desktop.compat.pyside_import_scan import install
from lbh_desktop.core.models import (
    RoutineKind,
    SessionRecord,
    SessionStatus,
    StepRecord,
)
from lbh_desktop.core.progress import Goals, build_report

TODAY = date(2026, 3, 19)
YEARS = 10
SEED = 20260319
BUILD_TARGET_MS = 50.0
OPEN_TARGET_MS = 300.0
REPEATS = 5


def front_plank(hold: float, done_seconds: float) -> StepRecord:
    """A completed front plank step: two holds, the second 10 % shorter."""
    return StepRecord(
        step_index=0,
        exercise_id="front-plank",
        planned_seconds=60,
        done_seconds=done_seconds,
        holds=[hold, hold * 0.9],
        hold_sides=["", ""],
        completed=True,
    )


def history(today: date = TODAY, years: int = YEARS, seed: int = SEED) -> list[SessionRecord]:
    """About 730 sessions a year: strength on most Mondays, Wednesdays and Fridays (with
    plank holds), stretching most days, warm-ups, desk breaks on workdays, some partial and
    stopped sessions, pain ratings now and then."""
    rng = random.Random(seed)
    start = today - timedelta(days=365 * years - 1)
    records: list[SessionRecord] = []

    def add(day: date, kind: RoutineKind, minutes: float, hour: int, **extra: object) -> None:
        begin = datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=UTC)
        status = rng.choices(
            [SessionStatus.COMPLETED, SessionStatus.PARTIAL, SessionStatus.STOPPED],
            [0.88, 0.09, 0.03],
        )[0]
        done = minutes * {SessionStatus.COMPLETED: 1.0, SessionStatus.PARTIAL: 0.6}.get(status, 0)
        records.append(
            SessionRecord(
                id=f"{len(records):06d}",
                routine_id=kind.value,
                routine_name=kind.value.capitalize(),
                routine_kind=kind,
                started_utc=begin.strftime("%Y-%m-%dT%H:%M:%SZ"),
                local_date=day.isoformat(),
                utc_offset_minutes=0,
                status=status,
                finished_utc=(begin + timedelta(minutes=done)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                planned_seconds=minutes * 60,
                done_seconds=round(done * 60, 3),
                steps=list(extra.get("steps", [])),  # type: ignore[call-overload]
                pain=extra.get("pain"),  # type: ignore[arg-type]
            )
        )

    for n in range((today - start).days + 1):
        day = start + timedelta(days=n)
        pain = rng.randrange(0, 8) if rng.random() < 0.3 else None
        if day.weekday() in (0, 2, 4) and rng.random() < 0.85:
            plank = 20 + 25 * n / (365 * years) + rng.uniform(-3, 3)
            steps = [
                front_plank(plank, done_seconds=plank * 1.9),
                StepRecord(
                    step_index=1,
                    exercise_id="side-plank",
                    planned_seconds=50,
                    done_seconds=plank * 1.2,
                    holds=[plank * 0.65, plank * 0.55],
                    hold_sides=["left", "right"],
                    sides_done=["left", "right"],
                    completed=True,
                ),
            ]
            add(day, RoutineKind.STRENGTH, rng.uniform(16, 24), 18, steps=steps, pain=pain)
        if rng.random() < 0.95:
            add(day, RoutineKind.STRETCH, rng.uniform(8, 12), 7)
        if rng.random() < 0.25:
            add(day, RoutineKind.WARMUP, rng.uniform(4, 6), 20)
        if day.weekday() < 5 and rng.random() < 0.6:
            add(day, RoutineKind.DESK_BREAK, rng.uniform(4, 6), 14)
    return records


def median_ms(action: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class PaintWatch(QObject):
    """Notes when a watched widget has been painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def open_and_draw(app: QApplication, sessions: list[SessionRecord], weeks: int) -> float:
    """Milliseconds to build the page and its controller, refresh it and have Qt paint the
    visible chart."""
    from lbh_desktop.ui.progress.progress_controller import ProgressController
    from lbh_desktop.ui.progress.progress_view import ProgressView

    start = time.perf_counter()
    view = ProgressView()
    view.range_combo.setCurrentIndex(view.range_combo.findData(weeks))
    controller = ProgressController(
        view,
        lambda: sessions,
        set,
        lambda day, skipped: None,
        Goals,
        lambda goals: None,
        lambda: TODAY,
    )
    watch = PaintWatch()
    view.weeks_chart.graphics.viewport().installEventFilter(watch)
    view.setMinimumSize(640, 480)
    view.resize(1280, 800)
    view.show()
    controller.refresh()
    deadline = time.perf_counter() + 10
    while not watch.painted and time.perf_counter() < deadline:
        app.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed


def first_look_at_each_tab(app: QApplication, sessions: list[SessionRecord]) -> list[float]:
    """Milliseconds from clicking each other tab, on a freshly opened page, to its chart
    painted; those charts are built and drawn on their first showing."""
    from lbh_desktop.ui.progress.progress_controller import ProgressController
    from lbh_desktop.ui.progress.progress_view import ProgressView

    view = ProgressView()
    controller = ProgressController(
        view, lambda: sessions, set, lambda day, skipped: None, Goals, lambda g: None, lambda: TODAY
    )
    view.resize(1280, 800)
    view.show()
    controller.refresh()
    app.processEvents()
    times = []
    for index in range(1, view.tabs.count()):
        start = time.perf_counter()
        view.tabs.setCurrentIndex(index)
        watch = PaintWatch()
        view.tabs.chart_at(index).graphics.viewport().installEventFilter(watch)
        deadline = time.perf_counter() + 10
        while not watch.painted and time.perf_counter() < deadline:
            app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    view.close()
    view.deleteLater()
    app.processEvents()
    return times


def main() -> int:
    install()  # as lbh_desktop.__main__ does, before the page's modules are imported
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    sessions = history()
    days = (TODAY - date.fromisoformat(sessions[0].local_date)).days + 1
    print(f"History: {len(sessions)} sessions over {days} days ({YEARS} years), seed {SEED}")

    build_ms = median_ms(lambda: build_report(sessions, Goals(), set(), TODAY))

    start = time.perf_counter()
    import lbh_desktop.ui.progress.progress_view  # noqa: F401  (pyqtgraph, numpy)

    import_ms = (time.perf_counter() - start) * 1000
    first_ms = open_and_draw(app, sessions, 12)
    warm_ms = statistics.median(open_and_draw(app, sessions, 12) for _ in range(REPEATS))
    all_ms = statistics.median(open_and_draw(app, sessions, 0) for _ in range(REPEATS))
    tab_ms = max(first_look_at_each_tab(app, sessions))

    rows = [
        ("build_report, median of 5", build_ms, BUILD_TARGET_MS),
        ("import the page (pyqtgraph, numpy), once", import_ms, None),
        ("open and draw the page, first time", first_ms, OPEN_TARGET_MS),
        ("import + first open, once in this process", import_ms + first_ms, None),
        ("first open after pointing at Progress (prefetched)", first_ms, OPEN_TARGET_MS),
        ("open and draw the page, median of 5 (12 weeks)", warm_ms, OPEN_TARGET_MS),
        ("open and draw the page, median of 5 (all weeks)", all_ms, OPEN_TARGET_MS),
        ("first look at another tab (built then), slowest", tab_ms, None),
    ]
    name_width = max(len(name) for name, _, _ in rows)
    print(f"{'measure':<{name_width}}  {'ms':>8}  {'target':>8}  result")
    misses = 0
    for name, value, target in rows:
        if target is None:
            print(f"{name:<{name_width}}  {value:8.1f}  {'–':>8}  –")
            continue
        ok = value <= target
        misses += not ok
        print(f"{name:<{name_width}}  {value:8.1f}  {f'≤ {target:g}':>8}  {'ok' if ok else 'MISS'}")
    print(
        "Opened and drawn = the page with its header, controls and the Weeks chart painted; the\n"
        "other four charts are built the first time their tab shows (ui/progress/lazy_tabs.py).\n"
        "Pointing at the Progress button loads pyqtgraph and numpy on a worker thread\n"
        "(ui/progress/chart_prefetch.py), so a click usually finds them loaded. Ctrl+2 in\n"
        "the real app right after start-up, import included: progress_first_open.py."
    )
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
