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

from PySide6.QtWidgets import QApplication, QWidget

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import SessionRecord, StepMode
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.timeline import SegmentKind
from lbh_desktop.shell.app import App
from lbh_desktop.shell.build import build_app
from lbh_desktop.shell.qt_application import create_application
from lbh_desktop.storage import bundled
from lbh_desktop.storage.repository import Repository
from lbh_desktop.ui.settings.settings_dialog import SettingsDialog
from lbh_desktop.ui.settings.settings_values import SettingsChoices
from lbh_desktop.ui.shared.language import install_language

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
    parser.add_argument("--routine", default="strength")
    parser.add_argument("--progress-only", action="store_true")
    parser.add_argument("--dark", action="store_true", help="the dark theme")
    parser.add_argument("--text-scale", type=int, default=100, help="text size, 100–200 %%")
    parser.add_argument("--language", default="en", help="en, de, es, fr or system")
    parser.add_argument(
        "--settings-only", action="store_true", help="the Settings dialog and mat mode"
    )
    parser.add_argument(
        "--editor-and-breaks", action="store_true", help="the editor and the break windows"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    qt_app = create_application([])
    install_language(qt_app, args.language)  # before the catalogue is read, as at start-up
    clock = FakeClock(wall=time.time())  # today's date, so the demo history lines up
    app = build_app(Path(tempfile.mkdtemp(prefix="lbh-shots-")), clock)
    app.preferences.safety_notice_accepted = True
    app.preferences.theme = "dark" if args.dark else "light"
    app.preferences.text_scale_percent = args.text_scale
    assert app.settings is not None
    app.settings.apply_saved()
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
    if args.text_scale != 100:
        theme = f"{theme}-{args.text_scale}"
    if args.settings_only:
        shoot_settings_and_mat_mode(app, clock, args.out, theme)
        app.repository.close()
        return
    if args.editor_and_breaks:
        shoot_editor_and_breaks(app, clock, shoot, args.out)
        app.repository.close()
        return
    if args.progress_only:
        shoot_progress(app, shoot, theme)
        app.repository.close()
        return
    shoot("library")
    routine = app.repository.find_routine(args.routine)
    assert routine is not None, args.routine  # an id, or the name in the chosen language
    app.open_routine(routine)
    shoot("player-ready")
    app.player.rate_pain_before(8)  # the ease-off advice with the emergency signs
    shoot("player-ready-rated-8")
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


def add_second_computer(app: App) -> None:
    """Three weeks of sessions on this computer and one week on "home-desktop", sharing the
    data folder, so Settings → Data folder lists two computers."""
    history = demo_history(21)
    for record in history[len(history) // 3 :]:
        app.repository.save_session(record)
    home_app_folder = Path(tempfile.mkdtemp(prefix="lbh-shots-home-"))
    with Repository.open(
        home_app_folder, bundled.load_builtin_routines(), history_folder=app.repository.folder
    ) as home:
        for record in history[: len(history) // 3]:
            home.save_session(record)
    info = home.device_folder / "device.json"
    info.write_text(info.read_text().replace(home_name(), "home-desktop"))
    app.repository.refresh()


def home_name() -> str:
    import platform

    return platform.node()


def shoot_settings_and_mat_mode(app: App, clock: FakeClock, out: Path, theme: str) -> None:
    """The Settings dialog's pages and mat mode during a hold, at both sizes."""
    qt_app = QApplication.instance()

    def save(widget: QWidget, name: str, width: int, height: int) -> None:
        widget.resize(width, height)
        for _ in range(5):
            qt_app.processEvents()  # type: ignore[union-attr]
        path = out / f"{name}-{theme}-{width}x{height}.png"
        widget.grab().save(str(path))
        print(path)

    assert app.settings is not None
    add_second_computer(app)
    dialog = SettingsDialog(
        SettingsChoices.read(app.preferences),
        app.repository.data_dir,
        "",
        app.settings.voice_section,
        lambda: None,
        app.window,
        app.settings.data_folder_page,
    )
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        for width, height in ((640, 520), (560, 420)):
            save(dialog, f"settings-{index + 1}", width, height)
    dialog.close()
    routine = app.repository.find_routine("strength")
    assert routine is not None and app.mat_mode is not None
    app.open_routine(routine)
    app.player._command("toggle")
    player = app.player.player
    assert player is not None
    advance_until(app, clock, lambda: bool(player.current and player.current.side))
    clock.advance(3.2)
    app.player.tick()
    app.mat_mode.enter()
    for width, height in SIZES:
        app.mat_mode.showNormal()
        save(app.mat_mode, "mat-mode", width, height)
    app.mat_mode.leave()


def shoot_editor_and_breaks(
    app: App, clock: FakeClock, shoot: Callable[[str], None], out: Path
) -> None:
    """The editor on a copy of the desk break (both tabs), the break reminder and the mini
    break window at their own sizes."""
    from datetime import time as clock_time

    from lbh_desktop.shell.breaks_wiring import build_breaks

    app.show_library()
    app.window.library.routine_list.setCurrentRow(0)
    app.window.library.routine_actions.duplicate_button.click()
    assert app.editor is not None
    tabs = app.editor.view.tabs
    for index, name in enumerate(("steps", "moves")):
        tabs.setCurrentIndex(index)
        shoot(f"editor-{name}")
    app.show_library()
    app.preferences.working_days = frozenset(range(7))
    app.preferences.working_hours = (clock_time(0, 0), clock_time(23, 59))
    breaks = build_breaks(app, clock, 5)
    qt_app = QApplication.instance()
    for _ in range(10):
        clock.advance(30)
        breaks.controller.check()
    for window, name in ((breaks.reminder, "break-reminder"), (breaks.mini, "break-mini")):
        if not window.isVisible():
            continue
        for _ in range(5):
            qt_app.processEvents()  # type: ignore[union-attr]
        path = out / f"{name}-{window.width()}x{window.height()}.png"
        window.grab().save(str(path))
        print(path)


TAB_NAMES = ("weeks", "calendar", "consistency", "holds", "pain")
"""The Progress tabs in file names, the same in every language."""


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
            name = TAB_NAMES[index] if index < len(TAB_NAMES) else str(index)
            shoot(f"progress-{theme}-{label}-{name}")


if __name__ == "__main__":
    main()
