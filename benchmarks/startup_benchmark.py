"""Start-up: process start to the main window's first paint, next to a bare PySide6 window.

Both run the same way: the parent notes time.monotonic() just before Popen, the child prints
time.monotonic() (the same system-wide CLOCK_MONOTONIC) at the first Paint event of its
window and exits. The app is the real `lbh_desktop.shell.run.run`; an event filter added from the
wrapper below (no hook in the app) watches for the paint from show() on. Runs under a private
Xvfb display when Xvfb is installed, since first paint on the offscreen platform is not real.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_rows import Row, child_figure, print_rows, xvfb_display

ROOT = Path(__file__).resolve().parent.parent
RATIO_TARGET = 1.5
REPEATS = 10

# Shared by both children: prints the monotonic time of the first Paint of a widget in the
# watched window, then leaves at once (os._exit: no clean-up is measured or waited for).
FIRST_PAINT = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    def __init__(self, is_watched):
        super().__init__()
        self.is_watched = is_watched

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            if self.is_watched(watched.window()):
                print(f"first-paint {time.monotonic():.6f}", flush=True)
                os._exit(0)
        return False
"""

APP_CHILD = (
    FIRST_PAINT
    + """
from lbh_desktop.compat import startup_gc
from lbh_desktop.compat.pyside_import_scan import install

startup_gc.pause()  # first, as lbh_desktop.__main__.main does (run() resumes it)
install()
import lbh_desktop.shell.run as app_module
from lbh_desktop.shell.main_window import MainWindow

original = app_module.create_application

def create_application(qt_args):
    qt_app = original(qt_args)
    qt_app.first_paint = FirstPaint(lambda window: isinstance(window, MainWindow))
    show = MainWindow.show

    # Watching from show() on, as the bare child does: an app-wide Python filter would also
    # see the thousands of events of building the window and add its own cost (~8 ms).
    def show_watched(window):
        qt_app.installEventFilter(qt_app.first_paint)
        show(window)

    MainWindow.show = show_watched
    return qt_app

app_module.create_application = create_application
sys.exit(app_module.run(sys.argv[1:]))
"""
)

BARE_CHILD = (
    FIRST_PAINT
    + """
from PySide6.QtWidgets import QApplication, QWidget

qt_app = QApplication(sys.argv[:1])
window = QWidget()
watch = FirstPaint(lambda painted: painted is window)
qt_app.installEventFilter(watch)
window.setWindowTitle("bare")
window.resize(1100, 720)
window.show()
sys.exit(qt_app.exec())
"""
)


def time_to_first_paint(code: str, args: list[str], env: dict[str, str]) -> float:
    """Milliseconds from just before Popen to the child's first paint."""
    start, painted = child_figure(code, args, env, ROOT, "first-paint ")
    return (painted - start) * 1000


def measure(repeats: int, display: str | None) -> tuple[list[float], list[float]]:
    with tempfile.TemporaryDirectory(prefix="lbh-startup-", ignore_cleanup_errors=True) as tmp:
        data = Path(tmp) / "data"
        data.mkdir(mode=0o700)
        (data / "settings.ini").write_text("[safety]\nnotice_accepted=true\n")
        runtime = Path(tmp) / "run"
        runtime.mkdir(mode=0o700)
        # Byte code cached as for an installed app, but outside the checkout.
        cache = Path(tmp) / "pycache"
        env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), PYTHONPYCACHEPREFIX=str(cache))
        env["PYTHONPATH"] = str(ROOT)
        for name in ("LBH_DATA_DIR", "PYTHONDONTWRITEBYTECODE"):
            env.pop(name, None)
        if display is None:
            env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        app_args = ["--data-dir", str(data)]
        # Unmeasured first runs: create the data file and warm the disk cache for both.
        time_to_first_paint(APP_CHILD, app_args, env)
        time_to_first_paint(BARE_CHILD, [], env)
        bare: list[float] = []
        app: list[float] = []
        for _ in range(repeats):  # interleaved, so both see the same machine load
            bare.append(time_to_first_paint(BARE_CHILD, [], env))
            app.append(time_to_first_paint(APP_CHILD, app_args, env))
        return bare, app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=REPEATS, help="runs of each (median)")
    parser.add_argument("--quick", action="store_true", help="1 run each, for the smoke test")
    parser.add_argument("--display-number", type=int, help="Xvfb display number (default: free)")
    args = parser.parse_args()
    repeats = 1 if args.quick else args.repeats
    with xvfb_display(args.display_number) as display:
        bare, app = measure(repeats, display)
    where = f"Xvfb {display}" if display else "offscreen (no Xvfb: first paint is not real)"
    print(f"Start-up to first paint, {where}, median of {repeats} (interleaved runs):")
    bare_ms, app_ms = statistics.median(bare), statistics.median(app)
    misses = print_rows(
        [
            Row("bare PySide6 window (ms)", bare_ms),
            Row("LBH Desktop main window (ms)", app_ms),
            Row("ratio app / bare window", app_ms / bare_ms, RATIO_TARGET, digits=2),
        ],
        unit="value",
    )
    print(f"(all runs, ms: bare {sorted(map(round, bare))}, app {sorted(map(round, app))})")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
