"""DesktopNotifications without a session bus says why; signals for others are ignored."""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from lbh_desktop.core.break_notice import BreakNotice, NoticeKind
from lbh_desktop.platform.desktop_notifications import DesktopNotifications, hints

HEADS_UP = BreakNotice("Stretch break in a minute", "Finish.", NoticeKind.HEADS_UP, can_snooze=True)


def test_no_session_bus_is_unavailable_with_a_reason(qtbot: QtBot) -> None:
    bus = QDBusConnection.connectToBus("unix:path=/nonexistent/lbh-bus", "lbh-no-bus")
    desktop = DesktopNotifications("/icon.png", bus=bus)
    assert not desktop.show(HEADS_UP)
    assert desktop.reason.startswith("no D-Bus session bus")
    desktop.close()  # nothing shown: no crash, nothing sent
    QDBusConnection.disconnectFromBus("lbh-no-bus")


def test_signals_for_other_notifications_are_ignored(qtbot: QtBot) -> None:
    desktop = DesktopNotifications("/icon.png")
    chosen: list[str] = []
    desktop.action_invoked.connect(chosen.append)
    desktop._on_action_invoked(7, "start")
    assert chosen == []


def test_heads_up_offers_start_and_snooze_and_info_offers_none() -> None:
    assert HEADS_UP.actions() == [("start", "Start"), ("snooze", "Snooze 5 min")]
    assert BreakNotice("No break routine", "None.").actions() == []


def test_the_hint_names_the_desktop_entry() -> None:
    assert hints() == {"desktop-entry": "io.github.lbh_desktop.LBHDesktop"}
