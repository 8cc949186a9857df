"""Screenshots of every view at 1280×800 and 800×600, from the real app on an X display."""

from __future__ import annotations

import argparse
import importlib.util
import os
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from lbh_desktop.app import App, build_app, create_application
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import SessionRecord, StepMode
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.timeline import SegmentKind

SIZES = ((1280, 800), (800, 600))
BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "progress_benchmark.py"


def demo_history(days: int) -> list[SessionRecord]:
    """The benchmark's deterministic history, cut to the last `days` days."""
    spec = importlib.util.spec_from_file_location("progress_benchmark", BENCHMARK)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    today = date.today()
    first = (today - timedelta(days=days - 1)).isoformat()
    return [s for s in module.history(today, 1) if s.local_date >= first]


def use_dark_palette(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2d30"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1e1f22"),
        (QPalette.ColorRole.AlternateBase, "#2b2d30"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.Button, "#3a3c40"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
        (QPalette.ColorRole.Highlight, "#2f7fd1"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#a0a0a0"),
        (QPalette.ColorRole.ToolTipBase, "#3a3c40"),
        (QPalette.ColorRole.ToolTipText, "#e8e8e8"),
    ):
        palette.setColor(role, QColor(color))
    app.setPalette(palette)


def advance_until(app: App, clock: FakeClock, done: Callable[[], bool], limit: int = 4000) -> None:
    player = app.player.player
    assert player is not None
    for _ in range(limit):
        if done():
            return
        segment = player.current
        if segment is not None and segment.mode is not StepMode.TIMED:
            app.player._command("done")
        clock.advance(0.5)
        app.player.tick()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--routine", default="Lower back & hip strength")
    parser.add_argument("--progress-only", action="store_true")
    parser.add_argument("--dark", action="store_true", help="a dark Fusion palette")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    qt_app = create_application([])
    if args.dark:
        use_dark_palette(qt_app)
    clock = FakeClock(wall=time.time())  # today's date, so the demo history lines up
    app = build_app(Path(tempfile.mkdtemp(prefix="lbh-shots-")), clock)
    app.preferences.safety_notice_accepted = True
    window = app.window
    window.show()

    def shoot(name: str) -> None:
        for width, height in SIZES:
            window.resize(width, height)
            for _ in range(5):
                qt_app.processEvents()
            path = args.out / f"{name}-{width}x{height}.png"
            window.grab().save(str(path))
            print(path)

    theme = "dark" if args.dark else "light"
    if args.progress_only:
        shoot_progress(app, shoot, theme)
        app.repository.close()
        return
    shoot("library")
    routine = app.repository.find_routine(args.routine)
    assert routine is not None, args.routine
    app.open_routine(routine)
    shoot("player-ready")
    app.player._command("toggle")
    player = app.player.player
    assert player is not None

    def at_work_with_sides() -> bool:
        segment = player.current
        return bool(segment and segment.kind is SegmentKind.WORK and segment.side)

    advance_until(app, clock, at_work_with_sides)
    clock.advance(3.2)
    app.player.tick()
    shoot("player-work")
    advance_until(app, clock, lambda: bool(player.current and player.current.kind.value == "rest"))
    shoot("player-rest")
    advance_until(app, clock, lambda: player.state is PlayerState.FINISHED, limit=20000)
    shoot("player-finished")
    app.show_library()
    shoot("library-after")
    app.repository.close()


def shoot_progress(app: App, shoot: Callable[[str], None], theme: str) -> None:
    """The Progress page with no, 3 weeks' and a year's history, every tab."""
    for label, days in (("empty", 0), ("3weeks", 21), ("1year", 365)):
        for record in demo_history(days) if days else []:
            app.repository.save_session(record)
        app.window.progress_requested.emit()
        view = app.progress_view
        assert view is not None
        tabs = view.tabs  # type: ignore[attr-defined]
        for index in range(tabs.count() if days else 1):
            tabs.setCurrentIndex(index)
            name = tabs.tabText(index).lower()
            shoot(f"progress-{theme}-{label}-{name}")


if __name__ == "__main__":
    main()
