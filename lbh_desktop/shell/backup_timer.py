"""Keeps the rolling daily backup going while the app runs for days (in the tray, say)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer

from lbh_desktop.storage.recovery import back_up_today
from lbh_desktop.storage.repository import Repository

CHECK_EVERY_MS = 60 * 60 * 1000


class DailyBackupTimer(QObject):
    """Once an hour, takes today's backup unless there is one (start-up takes the first).
    A very coarse timer: the check costs a stat and a folder listing, and no wake-ups."""

    def __init__(
        self,
        repository: Repository,
        today: Callable[[], date],
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._today = today
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        back_up_today(self._repository, self._today())
