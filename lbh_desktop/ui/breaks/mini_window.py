"""The small window kept where there is no tray: the reminders' status and every command."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLayout, QPushButton, QVBoxLayout, QWidget

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.ui.breaks.break_menu import QUIET_MINUTES, BreakMenu, BreakStatus
from lbh_desktop.ui.shared.plain_label import (
    plain_label,  # not player_view: the background skips it
)


class MiniWindow(QWidget):
    open_requested = Signal()
    start_break_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    closed_by_user = Signal()
    """Its title bar's close button (or the window manager) closed it; hide() does not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("mini_window", "LBH Desktop — breaks"))
        self.commands = BreakMenu(self)  # its snooze and pause menus drop down from buttons
        self.status_label = plain_label(wrap=True, object_name="routineTitle")
        self.note_label = plain_label(
            translate(
                "mini_window",
                "Your desktop has no system tray, so this small window keeps the reminders "
                "running while the main window is closed.",
            ),
            wrap=True,
            object_name="detailMeta",
        )
        self.notice_label = plain_label(wrap=True)
        self.notice_label.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice_label.hide)
        self.start_button = QPushButton(translate("mini_window", "Start a break now"))
        self.start_button.setObjectName("primary")
        self.snooze_button = QPushButton(translate("mini_window", "Snooze"))
        self.snooze_button.setMenu(self.commands.snooze_menu)
        self.snooze_button.setToolTip(translate("mini_window", "Only while a reminder is due"))
        self.pause_button = QPushButton(translate("mini_window", "Pause"))
        self.pause_button.setMenu(self.commands.pause_menu)
        self.resume_button = QPushButton(translate("mini_window", "Resume"))
        self.resume_button.hide()
        self.quiet_button = QPushButton(translate("mini_window", "Quiet mode"))
        self.quiet_button.setCheckable(True)
        self.quiet_button.setToolTip(self.commands.quiet_action.toolTip())
        open_button = QPushButton(translate("mini_window", "Open LBH Desktop"))
        settings_button = QPushButton(translate("mini_window", "Settings…"))
        settings_button.setToolTip(
            translate("mini_window", "Break settings: interval, working hours, routine")
        )
        quit_button = QPushButton(translate("mini_window", "Quit"))
        commands = QHBoxLayout()
        for button in (
            self.start_button,
            self.snooze_button,
            self.pause_button,
            self.resume_button,
            self.quiet_button,
        ):
            commands.addWidget(button)
        commands.addStretch(1)
        window_row = QHBoxLayout()
        window_row.addWidget(open_button)
        window_row.addWidget(settings_button)
        window_row.addStretch(1)
        window_row.addWidget(quit_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows, never clips
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.status_label)
        layout.addWidget(self.notice_label)
        layout.addLayout(commands)
        layout.addWidget(self.note_label)
        layout.addLayout(window_row)
        open_button.clicked.connect(self.open_requested)
        settings_button.clicked.connect(self.settings_requested)
        quit_button.clicked.connect(self.quit_requested)
        self.start_button.clicked.connect(self.commands.start_action.trigger)
        self.resume_button.clicked.connect(self.commands.resume_action.trigger)
        self.quiet_button.clicked.connect(
            lambda checked: self.commands.quiet_requested.emit(QUIET_MINUTES if checked else 0)
        )
        self.commands.start_break_requested.connect(self.start_break_requested)

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def show_notice(self, text: str, milliseconds: int) -> None:
        """A notice the tray would have popped up, under the status for a while."""
        self.notice_label.setText(text)
        self.notice_label.show()
        self._notice_timer.start(milliseconds)

    def set_state(self, status: BreakStatus) -> None:
        """The status line, and which commands make sense now (as in the menus)."""
        self.commands.set_status(status)
        self.set_status(status.text)
        if status.paused or not status.can_start:
            self.notice_label.hide()  # "a break in a minute" no longer holds
        self.start_button.setEnabled(status.can_start)
        self.snooze_button.setEnabled(status.can_snooze)
        self.pause_button.setVisible(not status.paused)
        self.resume_button.setVisible(status.paused)
        quiet = status.quiet_until is not None
        self.quiet_button.setChecked(quiet)
        if status.quiet_until is None:
            self.quiet_button.setText(translate("mini_window", "Quiet mode"))
        else:
            until = formats().clock_time(status.quiet_until.time())
            self.quiet_button.setText(
                translate("mini_window", "Quiet until {time}").format(time=until)
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed_by_user.emit()
        super().closeEvent(event)
