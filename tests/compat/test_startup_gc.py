"""The cycle collector is off while the app starts and back on (frozen start-up) once it is up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

UNIT = """
import gc
from lbh_desktop.compat import startup_gc

startup_gc.resume()
untouched = gc.isenabled() and gc.get_freeze_count() == 0
startup_gc.pause()
off = not gc.isenabled() and startup_gc.paused()


class Node:
    pass


for _ in range(2000):  # garbage in cycles, made while the collector is off
    a, b = Node(), Node()
    a.other, b.other = b, a
left = sum(isinstance(o, Node) for o in gc.get_objects())
startup_gc.resume()
freed = sum(isinstance(o, Node) for o in gc.get_objects())
print(untouched, off, left, freed, gc.isenabled(), gc.get_freeze_count() > 0, startup_gc.paused())

gc.disable()  # someone else's choice: pause/resume leave it off
startup_gc.pause()
startup_gc.resume()
print(gc.isenabled())
"""

APP = """
import gc, sys, time
from PySide6.QtCore import QTimer
import lbh_desktop.shell.run as run_module
from lbh_desktop.__main__ import main

original = run_module.create_application
seen = {}


def create_application(qt_args):
    qt_app = original(qt_args)
    seen["at start"] = gc.isenabled()
    started = time.monotonic()

    def check():
        if gc.isenabled() or time.monotonic() - started > 20:
            timer.stop()
            print(seen["at start"], gc.isenabled(), gc.get_freeze_count() > 0, flush=True)
            qt_app.exit(0)  # quit() would ask the window, which hides to the break window

    timer = QTimer(qt_app)
    timer.timeout.connect(check)
    timer.start(20)
    return qt_app


run_module.create_application = create_application
sys.argv = ["lbh-desktop", "--data-dir", sys.argv[1]]
sys.exit(main())
"""


def run(code: str, *args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.split()


def test_pause_and_resume_collect_what_start_up_left_and_respect_a_collector_already_off() -> None:
    untouched, off, left, freed, on, frozen, paused, still_off = run(UNIT)
    assert (untouched, off) == ("True", "True")
    assert int(left) == 4000 and int(freed) == 0  # the cycles waited, then went
    assert (on, frozen, paused) == ("True", "True", "False")
    assert still_off == "False"


def test_the_app_starts_with_the_collector_off_and_turns_it_on_once_the_window_is_up(
    isolated_dirs: Path,
) -> None:
    (data := isolated_dirs).mkdir(parents=True, exist_ok=True)
    (data / "settings.ini").write_text("[safety]\nnotice_accepted=true\n")
    assert run(APP, str(data)) == ["False", "True", "True"]
