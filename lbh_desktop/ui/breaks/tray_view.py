"""The system-tray icon and its menu; built only where a tray exists."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from lbh_desktop.core.i18n import translate
from lbh_desktop.ui.breaks.break_menu import BreakMenu, BreakStatus


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class TrayView(QObject):
    start_break_requested = Signal()
    snooze_requested = Signal(int)
    pause_requested = Signal(str)  # "hour", "tomorrow" or "resume-by-hand"
    resume_requested = Signal()
    quiet_requested = Signal(int)  # minutes; 0 ends quiet mode
    open_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.commands = BreakMenu(self.menu)  # the same as the main window's Breaks menu
        self.commands.fill(self.menu)
        self.status_action = self.commands.status_action
        self.start_action = self.commands.start_action
        self.snooze_menu = self.commands.snooze_menu
        self.pause_menu = self.commands.pause_menu
        self.resume_action = self.commands.resume_action
        self.quiet_action = self.commands.quiet_action
        self.menu.addSeparator()
        self.open_action = self.menu.addAction(translate("tray_view", "Open LBH Desktop"))
        self.quit_action = self.menu.addAction(translate("tray_view", "Quit"))
        self.commands.start_break_requested.connect(self.start_break_requested)
        self.commands.snooze_requested.connect(self.snooze_requested)
        self.commands.pause_requested.connect(self.pause_requested)
        self.commands.resume_requested.connect(self.resume_requested)
        self.commands.quiet_requested.connect(self.quiet_requested)
        self.open_action.triggered.connect(self.open_requested)
        self.quit_action.triggered.connect(self.quit_requested)

        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def show(self) -> None:
        self.icon.show()

    def set_status(self, status: BreakStatus) -> None:
        self.commands.set_status(status)
        self.icon.setToolTip(
            translate("tray_view", "LBH Desktop — {status}").format(status=status.text)
        )

    def notify(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
