"""The reminders' commands as menu actions, enabled and checked from the reminders' state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.locale_formats import formats

QUIET_MINUTES = 60
"""How long quiet mode lasts when switched on from a menu (it can be switched off sooner)."""


@dataclass(frozen=True)
class BreakStatus:
    """What the menus show: the status line and which commands make sense now."""

    text: str
    can_start: bool = True
    """False during a break."""
    can_snooze: bool = False
    """A reminder is due (or a minute away) and the snooze limit is not reached."""
    paused: bool = False
    quiet_until: datetime | None = None
    """Set while quiet mode is on."""


def _plain(text: str, mnemonics: bool) -> str:
    return text if mnemonics else text.replace("&", "")


class BreakMenu(QObject):
    start_break_requested = Signal()
    snooze_requested = Signal(int)
    pause_requested = Signal(str)  # "hour", "tomorrow" or "resume-by-hand"
    resume_requested = Signal()
    quiet_requested = Signal(int)  # minutes; 0 ends quiet mode

    def __init__(self, parent: QWidget | None = None, *, mnemonics: bool = False) -> None:
        super().__init__(parent)
        self._mnemonics = mnemonics
        self.status_action = QAction("", self)
        self.status_action.setEnabled(False)  # a label, not a command
        self.status_action.setVisible(False)  # until the reminders report
        start = translate("break_menu", "&Start a break now")
        self.start_action = QAction(_plain(start, mnemonics), self)
        self.snooze_menu = QMenu(_plain(translate("break_menu", "S&nooze"), mnemonics), parent)
        for minutes in (5, 15):
            action = self.snooze_menu.addAction(
                translate("break_menu", "%n minute(s)", None, minutes)
            )
            action.triggered.connect(lambda _=False, m=minutes: self.snooze_requested.emit(m))
        self.snooze_menu.setToolTip(translate("break_menu", "Only while a reminder is due"))
        pause = translate("break_menu", "&Pause reminders")
        self.pause_menu = QMenu(_plain(pause, mnemonics), parent)
        for label, how in (
            (translate("break_menu", "For 1 hour"), "hour"),
            (translate("break_menu", "Until tomorrow"), "tomorrow"),
            (translate("break_menu", "Until I resume"), "resume-by-hand"),
        ):
            action = self.pause_menu.addAction(label)
            action.triggered.connect(lambda _=False, h=how: self.pause_requested.emit(h))
        resume = translate("break_menu", "&Resume reminders")
        self.resume_action = QAction(_plain(resume, mnemonics), self)
        self.resume_action.setVisible(False)
        self.quiet_action = QAction(self, checkable=True)
        self.quiet_action.setToolTip(
            translate(
                "break_menu",
                "For meetings: no reminder window pops up; the status still says when a break "
                "is due",
            )
        )
        self._show_quiet(None)
        self.start_action.triggered.connect(self.start_break_requested)
        self.resume_action.triggered.connect(self.resume_requested)
        self.quiet_action.triggered.connect(
            lambda checked: self.quiet_requested.emit(QUIET_MINUTES if checked else 0)
        )
        self.set_status(BreakStatus("", can_start=True))

    def fill(self, menu: QMenu) -> None:
        """Adds the status line and the commands to `menu`."""
        menu.addAction(self.status_action)
        menu.addSeparator()
        menu.addAction(self.start_action)
        menu.addMenu(self.snooze_menu)
        menu.addMenu(self.pause_menu)
        menu.addAction(self.resume_action)
        menu.addAction(self.quiet_action)

    def set_status(self, status: BreakStatus) -> None:
        self.status_action.setText(status.text)
        self.status_action.setVisible(bool(status.text))
        self.start_action.setEnabled(status.can_start)
        self.snooze_menu.setEnabled(status.can_snooze)
        self.snooze_menu.menuAction().setEnabled(status.can_snooze)
        self.pause_menu.setEnabled(not status.paused)
        self.pause_menu.menuAction().setVisible(not status.paused)
        self.resume_action.setVisible(status.paused)
        self._show_quiet(status.quiet_until)

    def _show_quiet(self, until: datetime | None) -> None:
        self.quiet_action.setChecked(until is not None)
        if until is None:
            text = translate("break_menu", "&Quiet mode for an hour")
        else:
            text = translate("break_menu", "&Quiet mode until {time}").format(
                time=formats().clock_time(until.time())
            )
        self.quiet_action.setText(_plain(text, self._mnemonics))
