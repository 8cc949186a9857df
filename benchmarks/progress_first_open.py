"""Ctrl+2 right after launch: the real app, 10 years of history, to the Weeks chart painted.

Each run is a new app process on a data folder holding progress_benchmark.history() (about
7,000 sessions). One second after the main window's first paint, the child triggers the
Progress action (what Ctrl+2 and the Progress button do) without pointing at the button
first, so nothing was prefetched: the time includes importing pyqtgraph and numpy, building
the page, computing the statistics and painting the Weeks chart. An event filter added from
the wrapper below (no hook in the app) notes the chart's first paint. Runs under a private
Xvfb display when Xvfb is installed. With --cold-runs N (as root), N more runs each start
after the kernel's page cache is dropped, as after a reboot: every file is read from disk.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_rows import Row, child_figure, print_rows, xvfb_display
from history_scale import write_database
from progress_benchmark import history

ROOT = Path(__file__).resolve().parent.parent
OPEN_TARGET_MS = 300.0
REPEATS = 7
SETTLE_MS = 1000
DROP_CACHES = "/proc/sys/vm/drop_caches"

CHILD = """
import os, sys, time
from lbh_desktop.compat import startup_gc
from lbh_desktop.compat.pyside_import_scan import install

startup_gc.pause()  # first, as lbh_desktop.__main__.main does (run() resumes it)
install()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

import lbh_desktop.shell.run as app_module
from lbh_desktop.shell.main_window import MainWindow

SETTLE_MS = int(sys.argv.pop(1))


class ChartPainted(QObject):
    def __init__(self, start):
        super().__init__()
        self.start = start

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            parent = watched.parentWidget()
            if parent is not None and type(parent).__name__ == "GraphicsLayoutWidget":
                elapsed = (time.perf_counter() - self.start) * 1000
                print(f"opened {elapsed:.3f}", flush=True)
                os._exit(0)
        return False


class FirstPaint(QObject):
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint and watched is self.window:
            self.seen = True
            QTimer.singleShot(SETTLE_MS, self.open_progress)
        return False

    def open_progress(self):
        qt_app = QApplication.instance()
        qt_app.removeEventFilter(self)
        qt_app.chart_painted = ChartPainted(time.perf_counter())
        qt_app.installEventFilter(qt_app.chart_painted)
        self.window.progress_action.trigger()


original = app_module.create_application

def create_application(qt_args):
    qt_app = original(qt_args)
    show = MainWindow.show

    def show_watched(window):
        qt_app.first_paint = FirstPaint(window)
        qt_app.installEventFilter(qt_app.first_paint)
        show(window)

    MainWindow.show = show_watched
    return qt_app

app_module.create_application = create_application
sys.exit(app_module.run(sys.argv[1:]))
"""


def open_ms(args: list[str], env: dict[str, str]) -> float:
    """Milliseconds from triggering Progress to the Weeks chart's first paint, in a new app."""
    return child_figure(CHILD, [str(SETTLE_MS), *args], env, ROOT, "opened ")[1]


def drop_page_cache() -> None:
    """Writes dirty pages out and empties the page cache (root only)."""
    os.sync()
    Path(DROP_CACHES).write_text("3\n")


def measure(
    repeats: int, cold_runs: int, display: str | None
) -> tuple[float, list[float], list[float]]:
    """A warm-up run (it also writes byte code of changed modules), `repeats` runs, then
    `cold_runs` runs that each start with an empty page cache."""
    with tempfile.TemporaryDirectory(prefix="lbh-progress-", ignore_cleanup_errors=True) as tmp:
        data = Path(tmp) / "data"
        data.mkdir(mode=0o700)
        write_database(data, history())
        (data / "settings.ini").write_text("[safety]\nnotice_accepted=true\n")
        runtime = Path(tmp) / "run"
        runtime.mkdir(mode=0o700)
        env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime))
        env["PYTHONPATH"] = str(ROOT)
        for name in ("LBH_DATA_DIR", "PYTHONDONTWRITEBYTECODE", "OPENBLAS_NUM_THREADS"):
            env.pop(name, None)
        if display is None:
            env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        args = ["--data-dir", str(data)]
        first = open_ms(args, env)
        runs = [open_ms(args, env) for _ in range(repeats)]
        cold = []
        for _ in range(cold_runs):
            drop_page_cache()
            cold.append(open_ms(args, env))
        return first, runs, cold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=REPEATS, help="runs (median)")
    parser.add_argument("--quick", action="store_true", help="2 runs, for the smoke test")
    parser.add_argument(
        "--cold-runs", type=int, default=0, help="runs after dropping the page cache (root only)"
    )
    parser.add_argument("--display-number", type=int, help="Xvfb display number (default: free)")
    args = parser.parse_args()
    repeats = 2 if args.quick else args.repeats
    if args.cold_runs and not os.access(DROP_CACHES, os.W_OK):
        parser.error(f"--cold-runs needs write access to {DROP_CACHES} (run as root)")
    with xvfb_display(args.display_number) as display:
        first, runs, cold = measure(repeats, args.cold_runs, display)
    where = f"Xvfb {display}" if display else "offscreen"
    print(f"Progress page, Ctrl+2 {SETTLE_MS} ms after the app's first paint, {where}:")
    rows = [
        Row("warm-up run, not counted", first),
        Row(
            f"Ctrl+2 to chart painted, median of {repeats}", statistics.median(runs), OPEN_TARGET_MS
        ),
        Row(f"Ctrl+2 to chart painted, slowest of {repeats}", max(runs)),
    ]
    if cold:
        rows.append(
            Row(
                f"empty page cache (as after a reboot), median of {len(cold)}",
                statistics.median(cold),
            )
        )
    misses = print_rows(rows)
    print(f"(all runs, ms: {sorted(round(run) for run in runs)}", end="")
    print(f"; empty page cache: {sorted(round(run) for run in cold)})" if cold else ")")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
