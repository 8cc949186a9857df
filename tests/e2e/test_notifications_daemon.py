"""Break notices reach a real notification daemon (dunst), seen by dbus-monitor; its menu's
Start and Snooze drive the break."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from lbh_desktop.core.break_notice import BreakNotice, NoticeKind
from lbh_desktop.core.break_schedule import BreakSchedule, BreakSettings, ScheduleState
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import Routine, RoutineKind
from lbh_desktop.platform.desktop_notifications import DesktopNotifications
from lbh_desktop.shell.break_notifications import BreakNotifications, default_icon
from lbh_desktop.storage import bundled
from lbh_desktop.ui.breaks.break_controller import BreakController
from lbh_desktop.ui.breaks.reminder_view import ReminderView
from tests.e2e.xvfb import xvfb_display

pytestmark = pytest.mark.qt_log_ignore("does not support raise")

ZONE = ZoneInfo("Europe/Berlin")
TUESDAY_10_00 = datetime(2026, 11, 24, 10, 0, tzinfo=ZONE).timestamp()
INTERVAL = 50 * 60
DEADLINE = 15.0
# dunst pipes a notification's actions to this "dmenu" and invokes the line it prints back.
PICK = '#!/bin/sh\ntee "$(dirname "$0")/menu.txt" | grep -m1 -F "$(cat "$(dirname "$0")/choice")"\n'
DUNSTRC = """[global]
    dmenu = {pick}
    browser = /bin/true
[urgency_normal]
    timeout = 0
"""


def require(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)} (packaging/install-system-deps.sh)")


def pump_until(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + DEADLINE
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        QCoreApplication.processEvents()
        time.sleep(0.02)


def stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


class Rig:
    """A private session bus with dunst on an Xvfb display, and dbus-monitor writing down
    every Notify call the daemon receives."""

    def __init__(self, address: str, bus: QDBusConnection, display: str, folder: Path) -> None:
        self.address = address
        self.bus = bus
        self.folder = folder
        self.env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "DISPLAY": display}
        self.env["XDG_CONFIG_HOME"] = str(folder)  # no user's dunstrc joins in
        self.monitor_log = folder / "monitor.txt"

    def dunstctl(self, *arguments: str) -> str:
        result = subprocess.run(
            ["dunstctl", *arguments], env=self.env, capture_output=True, text=True, timeout=30
        )
        return result.stdout.strip()

    def notify_calls(self) -> list[str]:
        text = self.monitor_log.read_text(encoding="utf-8", errors="replace")
        return [block for block in text.split("method call") if "member=Notify" in block]

    def choose(self, label: str) -> None:
        (self.folder / "choice").write_text(label, encoding="utf-8")
        self.dunstctl("context")  # dunst pipes the actions to pick.sh


@pytest.fixture
def private_bus() -> Iterator[tuple[str, QDBusConnection]]:
    require("dbus-daemon")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    bus = QDBusConnection.connectToBus(address, "lbh-notifications-test")
    try:
        assert bus.isConnected(), bus.lastError().message()
        yield address, bus
    finally:
        QDBusConnection.disconnectFromBus("lbh-notifications-test")
        stop(daemon)


@pytest.fixture
def rig(private_bus: tuple[str, QDBusConnection], tmp_path: Path) -> Iterator[Rig]:
    require("dunst", "dunstctl", "dbus-monitor")
    address, bus = private_bus
    with xvfb_display() as display:
        folder = tmp_path / "dunst"
        folder.mkdir()
        pick = folder / "pick.sh"
        pick.write_text(PICK, encoding="utf-8")
        pick.chmod(0o755)
        (folder / "dunstrc").write_text(DUNSTRC.format(pick=pick), encoding="utf-8")
        rig = Rig(address, bus, display, folder)
        match = "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"
        with rig.monitor_log.open("w", encoding="utf-8") as log:
            monitor = subprocess.Popen(
                ["dbus-monitor", "--address", address, match],
                stdout=log,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            dunst = subprocess.Popen(
                ["dunst", "-config", str(folder / "dunstrc")],
                env=rig.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            try:
                yield rig
            finally:
                stop(dunst)
                stop(monitor)


class Harness:
    """A BreakController on a FakeClock, its notices going to the desktop (or `fallen_back`)."""

    def __init__(self, qtbot: QtBot, desktop: DesktopNotifications) -> None:
        self.clock = FakeClock(wall=TUESDAY_10_00)
        self.schedule = BreakSchedule(
            BreakSettings(), self.clock, lambda: 0.0, lambda w: datetime.fromtimestamp(w, ZONE)
        )
        self.reminder = ReminderView()
        qtbot.addWidget(self.reminder)
        (routine,) = [
            r for r in bundled.load_builtin_routines() if r.kind is RoutineKind.DESK_BREAK
        ]
        self.controller = BreakController(
            self.schedule,
            lambda: routine,
            self.reminder,
            lambda: datetime.fromtimestamp(self.clock.wall(), ZONE),
        )
        self.fallen_back: list[BreakNotice] = []
        self.started: list[Routine] = []
        self.notices = BreakNotifications(self.controller, self.fallen_back.append, desktop)
        self.controller.notice.connect(self.notices.show)
        self.controller.break_requested.connect(self.started.append)
        self.controller.check()

    def run(self, seconds: float) -> None:
        left = seconds
        while left > 1e-9:
            move = min(30.0, left)
            self.clock.advance(move)
            self.controller.check()
            left -= move


def test_heads_up_reaches_dunst_with_start_snooze_hint_and_icon_and_snooze_snoozes(
    rig: Rig, qtbot: QtBot
) -> None:
    desktop = DesktopNotifications(default_icon(), bus=rig.bus)
    pump_until(desktop.available, f"dunst on the private bus ({desktop.reason})")
    assert desktop.offers_actions
    h = Harness(qtbot, desktop)

    h.run(INTERVAL - 60)
    assert h.fallen_back == []
    assert desktop.shown_id != 0
    pump_until(lambda: len(rig.notify_calls()) == 1, "dbus-monitor to see Notify")
    (call,) = rig.notify_calls()
    for expected in (
        'string "Stretch break in a minute"',
        'string "start"',
        'string "Start"',
        'string "snooze"',
        'string "Snooze 5 min"',
        'string "desktop-entry"',
        'string "io.github.lbh_desktop.LBHDesktop"',
        f'string "{default_icon()}"',
    ):
        assert expected in call
    pump_until(lambda: rig.dunstctl("count", "displayed") == "1", "dunst to show it")

    # A second heads-up replaces the first rather than stacking up.
    first = desktop.shown_id
    again = BreakNotice("Stretch break in a minute", "Again.", NoticeKind.HEADS_UP, can_snooze=True)
    h.notices.show(again)
    pump_until(lambda: len(rig.notify_calls()) == 2, "the second Notify")
    assert f"uint32 {first}" in rig.notify_calls()[1]
    assert desktop.shown_id == first
    assert rig.dunstctl("count", "displayed") == "1"

    rig.choose("Snooze 5 min")
    pump_until(lambda: h.schedule.snapshot().state is ScheduleState.SNOOZED, "the snooze")
    assert h.started == []


def test_start_on_a_quiet_mode_notice_starts_the_break_and_a_snooze_elsewhere_closes_it(
    rig: Rig, qtbot: QtBot
) -> None:
    desktop = DesktopNotifications(default_icon(), bus=rig.bus)
    pump_until(desktop.available, f"dunst on the private bus ({desktop.reason})")
    h = Harness(qtbot, desktop)
    h.controller.set_quiet(120)

    h.run(INTERVAL - 60)
    pump_until(lambda: rig.dunstctl("count", "displayed") == "1", "the heads-up")
    h.controller.snooze(5)  # from the tray menu, say: the heads-up no longer holds
    pump_until(lambda: rig.dunstctl("count", "displayed") == "0", "the heads-up to close")

    h.run(5 * 60)
    pump_until(lambda: len(rig.notify_calls()) == 2, "the missed-break notice")
    assert 'string "Time for a stretch break"' in rig.notify_calls()[1]
    pump_until(lambda: rig.dunstctl("count", "displayed") == "1", "dunst to show it")
    rig.choose("Start")
    pump_until(lambda: len(h.started) == 1, "the break to start")
    assert h.schedule.snapshot().state is ScheduleState.ON_BREAK


def test_without_a_notification_service_notices_fall_back(
    private_bus: tuple[str, QDBusConnection], qtbot: QtBot
) -> None:
    _address, bus = private_bus
    desktop = DesktopNotifications(default_icon(), bus=bus)
    h = Harness(qtbot, desktop)
    h.run(INTERVAL - 60)
    assert [n.title for n in h.fallen_back] == ["Stretch break in a minute"]
    assert desktop.reason == "no notification service runs on the session bus"
