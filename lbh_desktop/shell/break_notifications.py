"""Break notices through the desktop's notification service, else the tray or small window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from lbh_desktop.core.break_notice import SNOOZE_ACTION, SNOOZE_MINUTES, START_ACTION, BreakNotice
from lbh_desktop.core.break_schedule import ScheduleState
from lbh_desktop.platform.desktop_notifications import DesktopNotifications

if TYPE_CHECKING:
    from lbh_desktop.ui.breaks.break_controller import BreakController

log = logging.getLogger(__name__)
ICON_SIZE = 128  # one of the PNGs packaging/make_icons.py renders


def default_icon() -> str:
    from lbh_desktop.storage import bundled

    return str(bundled.resource_path("icons", f"lbh-desktop-{ICON_SIZE}.png"))


class BreakNotifications:
    """Start and Snooze on a notification drive the controller; the notification goes away
    once the moment it spoke of has passed (the break started, was snoozed, or came due)."""

    def __init__(
        self,
        controller: BreakController,
        fallback: Callable[[BreakNotice], None],
        desktop: DesktopNotifications | None = None,
    ) -> None:
        self._controller = controller
        self._fallback = fallback
        self.desktop = desktop or DesktopNotifications(default_icon(), parent=controller)
        self._shown_in: ScheduleState | None = None
        self._told = ""
        self.desktop.action_invoked.connect(self._on_action)
        controller.state_changed.connect(self._on_state)

    def show(self, notice: BreakNotice) -> None:
        if not self.desktop.show(notice):
            self._say_why()
            self._fallback(notice)
            return
        self._shown_in = self._controller.schedule.snapshot().state if notice.actions() else None

    def _on_action(self, key: str) -> None:
        if key == START_ACTION:
            self._controller.start_break()
        elif key == SNOOZE_ACTION:
            self._controller.snooze(SNOOZE_MINUTES)

    def _on_state(self, _status: object) -> None:
        if self._shown_in is None:
            return
        if self._controller.schedule.snapshot().state is not self._shown_in:
            self._shown_in = None
            self.desktop.close()

    def _say_why(self) -> None:
        if self.desktop.reason != self._told:
            self._told = self.desktop.reason
            log.info("Break notices use the tray or small window: %s", self._told)
