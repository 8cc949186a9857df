"""Keeps the open history current: older months read in idle time, other computers' writes seen."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from lbh_desktop.storage.repository import Repository

log = logging.getLogger(__name__)

PRELOAD_DELAY_MS = 800
"""After the first paint, so reading old months never delays the window."""
PRELOAD_STEP_MS = 5
"""Between batches of months, so input is answered between them."""
PRELOAD_BUDGET_S = 0.02
"""Months are read until this much time has passed in one batch (a month is ~5–15 ms)."""
REFRESH_MS = 60_000
"""How often to look for another computer's writes while the app is not being used."""


class HistorySync(QObject):
    """Reads the months of history start-up skipped, one per timer tick, so the first open of
    Progress finds them decoded; and re-reads the data folder when the app is activated or a
    minute passed, so sessions synced from another computer show up without a restart."""

    changed = Signal()
    """Another computer's writes were read: views showing history should redraw."""
    fully_read = Signal()
    """The last unread month was read: views showing part of the history should redraw."""
    problems_found = Signal(list)
    """Sentences about files found unusable after start-up (start-up's own are notices)."""

    def __init__(self, repository: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self._problems_told = len(repository.problems)
        self._preload = QTimer(self)
        self._preload.setInterval(PRELOAD_STEP_MS)
        self._preload.timeout.connect(self._preload_step)
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.refresh)

    def start(self) -> None:
        QTimer.singleShot(PRELOAD_DELAY_MS, self, self._preload.start)
        self._refresh.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)

    def refresh(self) -> bool:
        """Read the data folder again if another computer changed it; True when it did."""
        try:
            changed = self._repository.refresh()
        except OSError as error:  # a synced folder that went away: keep what is shown
            log.warning("could not look for other computers' changes: %s", error)
            return False
        if changed:
            self.changed.emit()
            self._preload.start()
        self._tell_problems()
        return changed

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.refresh()

    def _preload_step(self) -> None:
        started = time.perf_counter()
        more = True
        while more and time.perf_counter() - started < PRELOAD_BUDGET_S:
            more = self._repository.preload_step()
        if not more:
            self._preload.stop()
            self.fully_read.emit()
        self._tell_problems()

    def _tell_problems(self) -> None:
        problems = self._repository.problems
        if len(problems) > self._problems_told:
            self.problems_found.emit(problems[self._problems_told :])
            self._problems_told = len(problems)
