"""Builds and wires the stretch-break reminders: schedule, idle source, reminder and tray."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QApplication, QMessageBox

from lbh_desktop.core.clock import Clock
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import Routine
from lbh_desktop.shell.lazy_app import LazyApp
from lbh_desktop.ui.shared.first_paint import after_first_paint

if TYPE_CHECKING:  # the reminders' parts load when they are built (start_breaks)
    from lbh_desktop.platform.do_not_disturb import DoNotDisturbWatch
    from lbh_desktop.shell.app import App
    from lbh_desktop.ui.breaks.break_controller import BreakController
    from lbh_desktop.ui.breaks.mini_window import MiniWindow
    from lbh_desktop.ui.breaks.reminder_view import ReminderView
    from lbh_desktop.ui.breaks.tray_view import TrayView

NOTICE_MS = 60_000
"""Without a tray, a notice ("Stretch break in a minute") stays this long in sight."""


def background_command() -> list[str]:
    """How the login item starts the app: the bundle's executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--background"]
    return [sys.executable, "-m", "lbh_desktop", "--background"]


@dataclass
class Breaks:
    controller: BreakController
    reminder: ReminderView
    mini: MiniWindow
    idle_backend: str
    tray: TrayView | None = None
    do_not_disturb: DoNotDisturbWatch | None = None

    show_window: Callable[[], None] = lambda: None

    def show_in_background(self) -> None:
        """The tray icon, or the small window where there is no tray."""
        if self.tray is not None:
            self.tray.show()
        else:
            self.mini.show()


def show_main_window(app: App) -> None:
    app.sound.load()
    app.window.show()
    app.window.raise_()
    app.window.activateWindow()


def start_breaks(
    lazy: LazyApp,
    clock: Clock,
    interval_minutes: int | None,
    clock_speed: float,
    show_requested: SignalInstance,
    *,
    background: bool,
    on_started: Callable[[Breaks], None] = lambda _breaks: None,
) -> None:
    """In the background the reminders start at once: the tray or small window is all there
    is. With the main window on screen they start just after its first paint, as they show
    nothing until a break is due; `show_requested` (a second launch) works before and after."""
    started: list[Breaks] = []

    def start() -> None:
        if not started:
            started.append(build_breaks(lazy, clock, interval_minutes, clock_speed))
            on_started(started[0])

    def show_window() -> None:
        if started:
            started[0].show_window()
        else:
            show_main_window(lazy.get())

    show_requested.connect(show_window)
    if background:
        start()
        started[0].show_in_background()
    else:
        after_first_paint(lazy.get().window, start)


def build_breaks(
    app: App | LazyApp, clock: Clock, interval_minutes: int | None = None, clock_speed: float = 1.0
) -> Breaks:
    """The reminders wait without the main window: given a LazyApp, the window is built only
    when a break starts or the user opens it, so the background app stays light."""
    from lbh_desktop.core.break_rotation import BreakRotation
    from lbh_desktop.core.break_schedule import BreakSchedule
    from lbh_desktop.core.break_settings import BreakSettings, WorkingHours
    from lbh_desktop.core.models import RoutineKind, SessionStatus
    from lbh_desktop.platform.do_not_disturb import DoNotDisturbWatch
    from lbh_desktop.platform.idle import describe, detect_idle_source
    from lbh_desktop.platform.tray_watch import TrayWatch
    from lbh_desktop.storage import bundled
    from lbh_desktop.ui.breaks.break_controller import BreakController
    from lbh_desktop.ui.breaks.break_menu import BreakMenu, BreakStatus
    from lbh_desktop.ui.breaks.mini_window import MiniWindow
    from lbh_desktop.ui.breaks.reminder_view import ReminderView
    from lbh_desktop.ui.breaks.tray_view import TrayView, tray_available
    from lbh_desktop.ui.shared.app_icon import app_icon

    lazy = app if isinstance(app, LazyApp) else LazyApp.of(app)
    preferences = lazy.preferences
    interval = interval_minutes or preferences.break_interval_minutes
    start, end = preferences.working_hours
    hours = WorkingHours(days=preferences.working_days, start=start, end=end)
    settings = BreakSettings(
        interval_minutes=interval,
        working_hours=hours,
        pre_warning_seconds=60 if preferences.break_pre_warning else 0,
    )
    diagnostics: list[str] = []
    idle = detect_idle_source(diagnostics)
    schedule = BreakSchedule(
        settings, clock, idle.idle_seconds, lambda wall: datetime.fromtimestamp(wall).astimezone()
    )
    catalogue = bundled.load_catalogue()
    last_routine_id: str | None = None

    def next_routine() -> Routine | None:
        nonlocal last_routine_id
        rotation = BreakRotation(
            lazy.repository.routines(),
            catalogue,
            pinned_id=preferences.pinned_break_routine or None,
            last_id=last_routine_id,
        )
        routine = rotation.next()
        last_routine_id = routine.id if routine else None
        return routine

    reminder = ReminderView()
    mini = MiniWindow()  # lives as long as the reminders: it owns their controller and timers
    controller = BreakController(
        schedule,
        next_routine,
        reminder,
        lambda: datetime.fromtimestamp(clock.wall()).astimezone(),
        clock_speed=clock_speed,
        parent=mini,
        moves=catalogue,
    )
    breaks = Breaks(controller, reminder, mini, idle.name)
    # Reminders wait while the desktop asks for quiet (do not disturb, a presentation).
    do_not_disturb = DoNotDisturbWatch(mini)
    do_not_disturb.changed.connect(controller.check)
    breaks.do_not_disturb = do_not_disturb
    if preferences.follow_do_not_disturb:
        schedule.hold_while(do_not_disturb.reason)
    QApplication.setQuitOnLastWindowClosed(False)

    def show_window() -> None:
        app = lazy.get()
        mini.hide()
        show_main_window(app)

    breaks.show_window = show_window

    def keep_running() -> bool:
        window = lazy.get().window
        if breaks.tray is not None and preferences.close_to_tray:
            window.hide()
            if not preferences.close_to_tray_explained:
                breaks.tray.notify(
                    translate("breaks_wiring", "LBH Desktop keeps running"),
                    translate(
                        "breaks_wiring",
                        "It stays in the tray to remind you of stretch breaks. Quit from its menu.",
                    ),
                )
                preferences.close_to_tray_explained = True
            return True
        if breaks.tray is None:
            window.hide()
            mini.show()
            return True
        return False

    def on_state(status: BreakStatus) -> None:
        # Everywhere the status and the commands live: the tray, the small window (where
        # there is no tray) and the main window's Breaks menu and status bar.
        mini.set_state(status)
        if breaks.tray is not None:
            breaks.tray.set_status(status)
        if lazy.built is not None:
            lazy.built.window.set_break_status(status)

    from lbh_desktop.core.break_notice import BreakNotice
    from lbh_desktop.shell.break_notifications import BreakNotifications

    def show_notice_here(notice: BreakNotice) -> None:
        # Without a notification service: the tray's balloon, or the small window.
        title, text = notice.title, notice.text
        if breaks.tray is not None:
            breaks.tray.notify(title, text)
            return
        line = translate("breaks_wiring", "{title}. {text}").format(title=title, text=text)
        mini.show_notice(line, NOTICE_MS)
        if lazy.built is not None:
            lazy.built.window.statusBar().showMessage(line, NOTICE_MS)

    desktop_notices = BreakNotifications(controller, show_notice_here)

    def on_notice(notice: BreakNotice) -> None:
        desktop_notices.show(notice)

    def connect_commands(commands: BreakMenu) -> None:
        commands.snooze_requested.connect(controller.snooze)
        commands.pause_requested.connect(controller.pause)
        commands.resume_requested.connect(controller.resume)
        commands.quiet_requested.connect(controller.set_quiet)

    def on_break_requested(routine: Routine) -> None:
        # Breaks count as desk breaks in the history, whichever routine was played.
        app = lazy.get()
        app.open_routine(dataclasses.replace(routine, kind=RoutineKind.DESK_BREAK))
        show_window()
        app.player.start_playing()  # the reminder's Start already said "go"

    def on_session_saved() -> None:
        recorder = lazy.get().player.recorder
        record = recorder.record if recorder else None
        if record is not None and record.status is not SessionStatus.IN_PROGRESS:
            controller.break_ended(record.status is SessionStatus.COMPLETED)

    def attach_tray() -> None:
        if breaks.tray is not None or not tray_available():
            return
        tray = TrayView(app_icon(), mini)
        tray.start_break_requested.connect(controller.start_break)
        connect_commands(tray.commands)
        tray.open_requested.connect(show_window)
        tray.quit_requested.connect(lazy.quit)
        breaks.tray = tray
        tray_watch.stop()
        mini.hide()
        # Shown with the main window open too: it is the way back once that window closes.
        tray.show()
        controller.check()

    def open_settings() -> None:
        # Only the settings need these; the background app does without them.
        from lbh_desktop.platform.autostart import (
            AutostartError,
            autostart_enabled,
            set_autostart,
            unsupported_reason,
        )
        from lbh_desktop.ui.breaks.break_settings_dialog import BreakChoices, BreakSettingsDialog

        window = lazy.get().window
        parent = window if window.isVisible() or not mini.isVisible() else mini
        start_time, end_time = preferences.working_hours
        saved_interval = preferences.break_interval_minutes
        current = BreakChoices(
            interval_minutes=saved_interval,  # the preference, not this run's --break-interval
            working_days=preferences.working_days,
            start=start_time,
            end=end_time,
            pinned_routine=preferences.pinned_break_routine,
            close_to_tray=preferences.close_to_tray,
            start_at_login=autostart_enabled(),
            pre_warning=preferences.break_pre_warning,
            follow_do_not_disturb=preferences.follow_do_not_disturb,
        )
        routines = [(r.id, r.name) for r in lazy.repository.routines()]
        running = schedule.settings.interval_minutes
        note = (
            translate(
                "breaks_wiring",
                "For this run only: every {minutes} min (--break-interval), unless you change it.",
            ).format(minutes=running)
            if running != saved_interval
            else ""
        )
        chosen = BreakSettingsDialog.ask(
            parent,
            current,
            routines,
            describe(idle),
            unsupported_reason(),
            interval_note=note,
            do_not_disturb_note=do_not_disturb.describe(),
        )
        if chosen is None:
            return
        preferences.break_interval_minutes = chosen.interval_minutes
        # An untouched interval keeps this run's command-line override; a new one replaces it.
        interval = running if chosen.interval_minutes == saved_interval else chosen.interval_minutes
        preferences.working_days = chosen.working_days
        preferences.working_hours = (chosen.start, chosen.end)
        preferences.pinned_break_routine = chosen.pinned_routine
        preferences.close_to_tray = chosen.close_to_tray
        preferences.break_pre_warning = chosen.pre_warning
        preferences.follow_do_not_disturb = chosen.follow_do_not_disturb
        schedule.hold_while(do_not_disturb.reason if chosen.follow_do_not_disturb else None)
        schedule.update_settings(
            BreakSettings(
                interval_minutes=interval,
                working_hours=WorkingHours(chosen.working_days, chosen.start, chosen.end),
                pre_warning_seconds=60 if chosen.pre_warning else 0,
            )
        )
        if chosen.start_at_login != current.start_at_login:

            def refused(message: str) -> None:  # inside Flatpak the portal answers later
                QMessageBox.warning(parent, translate("breaks_wiring", "Start at login"), message)

            try:
                set_autostart(chosen.start_at_login, background_command(), refused)
            except AutostartError as error:
                refused(str(error))
        controller.check()

    def wire_window(app: App) -> None:
        app.window.start_break_requested.connect(controller.start_break)
        app.window.break_settings_requested.connect(open_settings)
        connect_commands(app.window.break_commands)
        app.window.set_break_status(controller.status())
        app.window.player_built.connect(
            lambda _view: app.player.session_saved.connect(on_session_saved)
        )
        if app.window.has_player:
            app.player.session_saved.connect(on_session_saved)
        app.keep_running_on_close = keep_running

    controller.state_changed.connect(on_state)
    controller.notice.connect(on_notice)
    controller.break_requested.connect(on_break_requested)
    mini.open_requested.connect(show_window)
    mini.start_break_requested.connect(controller.start_break)
    mini.settings_requested.connect(open_settings)
    connect_commands(mini.commands)
    mini.quit_requested.connect(lazy.quit)

    def on_mini_closed() -> None:
        # Without a tray the small window is the only way back to a hidden app: closing it
        # quits, rather than leaving reminders running with nothing on screen.
        main_shown = lazy.built is not None and lazy.built.window.isVisible()
        if breaks.tray is None and not main_shown:
            lazy.quit()

    mini.closed_by_user.connect(on_mini_closed)
    lazy.when_built(wire_window)
    # A tray can appear after start-up (a panel starting after the app at login, or
    # restarting): switch to it as soon as it announces itself.
    tray_watch = TrayWatch(mini)
    tray_watch.appeared.connect(attach_tray)
    attach_tray()
    controller.check()
    return breaks
