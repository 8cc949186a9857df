"""The system-tray icon and its menu; built only where a tray exists."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


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
        self.status_action = QAction("", self.menu)
        self.status_action.setEnabled(False)
        self.menu.addAction(self.status_action)
        self.menu.addSeparator()
        self.start_action = self.menu.addAction("Start a break now")
        self.snooze_menu = self.menu.addMenu("Snooze")
        for minutes in (5, 15):
            action = self.snooze_menu.addAction(f"{minutes} minutes")
            action.triggered.connect(lambda _=False, m=minutes: self.snooze_requested.emit(m))
        self.pause_menu = self.menu.addMenu("Pause reminders")
        for label, how in (
            ("For 1 hour", "hour"),
            ("Until tomorrow", "tomorrow"),
            ("Until I resume", "resume-by-hand"),
        ):
            action = self.pause_menu.addAction(label)
            action.triggered.connect(lambda _=False, h=how: self.pause_requested.emit(h))
        self.resume_action = self.menu.addAction("Resume reminders")
        self.quiet_menu = self.menu.addMenu("Quiet mode (meetings)")
        for label, minutes in (("For 1 hour", 60), ("For 2 hours", 120), ("Off", 0)):
            action = self.quiet_menu.addAction(label)
            action.triggered.connect(lambda _=False, m=minutes: self.quiet_requested.emit(m))
        self.menu.addSeparator()
        self.open_action = self.menu.addAction("Open LBH Desktop")
        self.quit_action = self.menu.addAction("Quit")
        self.start_action.triggered.connect(self.start_break_requested)
        self.resume_action.triggered.connect(self.resume_requested)
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

    def set_status(self, text: str, *, can_snooze: bool, paused: bool) -> None:
        self.status_action.setText(text)
        self.icon.setToolTip(f"LBH Desktop — {text}")
        self.snooze_menu.setEnabled(can_snooze)
        self.pause_menu.setEnabled(not paused)
        self.resume_action.setVisible(paused)

    def notify(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
