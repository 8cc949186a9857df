"""`lbh-desktop`: parses the command line, opens the data and runs the window or the reminders."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from lbh_desktop.compat import startup_gc
from lbh_desktop.core.clock import Clock, ScaledClock, SystemClock
from lbh_desktop.core.i18n import translate
from lbh_desktop.platform.single_instance import SingleInstance
from lbh_desktop.shell.app import App
from lbh_desktop.shell.cli import parse_args
from lbh_desktop.shell.lazy_app import LazyApp, open_data
from lbh_desktop.shell.qt_application import create_application, default_data_dir
from lbh_desktop.shell.remote_control import RemoteControl, instance_key, send_command
from lbh_desktop.shell.startup_repository import StartupError
from lbh_desktop.ui.shared.first_paint import after_first_paint


def start(app: App, routine_name: str | None, ask_safety: Callable[[QWidget], bool]) -> bool:
    """First-run notice, start-up warnings and `--routine`; False when the user declines."""
    for notice in app.notices:
        QMessageBox.warning(app.window, "LBH Desktop", notice)  # i18n: not text (app name)
    if not app.preferences.safety_notice_accepted:
        if not ask_safety(app.window):
            return False
        app.preferences.safety_notice_accepted = True
    if routine_name:
        routine = app.repository.find_routine(routine_name)
        if routine is None:
            names = ", ".join(r.name for r in app.repository.routines())
            message = f"There is no routine called “{routine_name}”. Routines: {names}."
            print(f"lbh-desktop: {message}", file=sys.stderr)  # the terminal's stays English
            shown = translate("run", "There is no routine called “{name}”. Routines: {names}.")
            QMessageBox.warning(
                app.window,
                translate("run", "Routine not found"),
                shown.format(name=routine_name, names=names),
            )
        else:
            app.open_routine(routine)
    return True


def ask_safety_notice(parent: QWidget) -> bool:
    """The first-run safety notice; its dialog loads only when it is to be shown."""
    from lbh_desktop.ui.shared.safety_notice import SafetyNoticeDialog

    return SafetyNoticeDialog.ask(parent)


def desktop_entry(*, install: bool) -> int:
    """`--install-desktop-entry` and `--uninstall-desktop-entry`: no window, an exit code."""
    from lbh_desktop.shell.desktop_entry import install_desktop_entry, uninstall_desktop_entry

    try:
        if install:
            install_desktop_entry()
        else:
            uninstall_desktop_entry()
    except OSError as error:
        print(f"lbh-desktop: could not write the desktop entry: {error}", file=sys.stderr)
        return 1
    return 0


def run(argv: list[str]) -> int:
    args, qt_args = parse_args(argv)
    if args.debug:
        from lbh_desktop.shell.debug_log import enable_debug_log, log_qt_messages

        enable_debug_log()
        log_qt_messages()
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return desktop_entry(install=args.install_desktop_entry)
    if args.command:  # for the running app: this process starts none
        return send_command(args)
    if args.self_test:
        from lbh_desktop.shell.self_test import run_self_test

        return run_self_test()
    qt_app = create_application(qt_args)
    clock: Clock = SystemClock() if args.clock_speed == 1 else ScaledClock(args.clock_speed)
    data_dir: Path = (args.data_dir or default_data_dir()).expanduser()
    # One process per data folder: two writers on one TinyDB file would lose records.
    instance = SingleInstance(key=instance_key(data_dir))
    remote = RemoteControl(clock, instance.activation_requested.emit)
    instance.request_handler = remote.handle  # `lbh-desktop status` and the other commands
    if not instance.acquire():
        print("lbh-desktop: already running; showing its window.", file=sys.stderr)
        return 0
    try:
        data = open_data(data_dir)
    except StartupError as error:
        print(f"lbh-desktop: {error}", file=sys.stderr)
        QMessageBox.critical(None, translate("run", "LBH Desktop cannot start"), str(error))
        return 1
    from lbh_desktop.shell.backup_timer import DailyBackupTimer  # opening took today's backup

    # and the next days' (by the real date, as at start-up, whatever --clock-speed says)
    _daily_backups = DailyBackupTimer(data.repository, date.today, qt_app)

    def build() -> App:
        from lbh_desktop.shell.build import build_app  # the window's parts: not in the background

        app = build_app(data_dir, clock, opened=data, appearance=lazy.appearance)
        if app.settings is not None:
            app.settings.apply_saved()  # sound and countdown as last chosen (the look is set)
        return app

    lazy = LazyApp(data, build)  # in the background, the window is built when first needed
    remote.attach(lazy)
    lazy.apply_appearance()  # theme and text size before any widget exists: then it is cheap
    if not (args.background and lazy.can_wait(args.routine)):
        lazy.get()
    from lbh_desktop.shell.breaks_wiring import start_breaks  # it builds on App, defined here

    if not args.background:
        lazy.get().window.show()
    interval, speed = args.break_interval, args.clock_speed
    show_requested = instance.activation_requested  # a second launch
    start_breaks(
        lazy,
        clock,
        interval,
        speed,
        show_requested,
        background=args.background,
        on_started=lambda breaks: remote.attach_breaks(breaks.controller),
    )
    app = lazy.built
    if app is not None and not start(app, args.routine, ask_safety_notice):
        return 0
    if app is not None and not args.background:
        app.window.activateWindow()  # keyboard shortcuts work at once, even after the notice
        # audio and speech load once the window is on screen
        after_first_paint(app.window, app.sound.load, app.load_speech, startup_gc.resume)
    else:
        startup_gc.resume()
    code = qt_app.exec()
    data.repository.close()
    instance.release()
    return code
