"""Screenshots of every view at 1280×800 and 800×600, from the real app on an X display."""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from lbh_desktop.app import App, build_app, create_application
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import StepMode
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.timeline import SegmentKind

SIZES = ((1280, 800), (800, 600))


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
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    qt_app = create_application([])
    clock = FakeClock()
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


if __name__ == "__main__":
    main()
