"""Start-up work deferred until the main window has painted runs once, after that paint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.ui.shared.first_paint import AfterFirstPaint, after_first_paint


class PaintCount(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    paints = PaintCount()
    window.installEventFilter(paints)
    calls: list[int] = []
    after_first_paint(window, lambda: calls.append(paints.count))
    QApplication.processEvents()
    assert calls == []  # not shown, not painted
    window.show()
    qtbot.waitUntil(lambda: calls != [])
    assert calls[0] >= 1  # the window had painted when the work ran
    painted = paints.count
    window.repaint()
    qtbot.waitUntil(lambda: paints.count > painted)
    QApplication.processEvents()
    assert len(calls) == 1


def test_runs_anyway_when_the_window_never_paints(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("lbh_desktop.ui.shared.first_paint.FALLBACK_MS", 10)
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[str] = []
    after_first_paint(window, lambda: calls.append("ran"))
    qtbot.waitUntil(lambda: calls == ["ran"])


def test_requests_before_the_paint_share_one_watcher_and_run_in_order(qtbot: QtBot) -> None:
    """Each app-wide Python filter sees every event of start-up: three requests, one filter."""
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[str] = []
    after_first_paint(window, lambda: calls.append("icons"))
    after_first_paint(window, lambda: calls.append("breaks"), lambda: calls.append("sound"))
    assert len(window.findChildren(AfterFirstPaint)) == 1
    window.show()
    qtbot.waitUntil(lambda: len(calls) == 3)
    assert calls == ["icons", "breaks", "sound"]
    after_first_paint(window, lambda: calls.append("later"))  # after it ran: a new watcher
    window.repaint()
    qtbot.waitUntil(lambda: calls[-1] == "later")
    assert len(window.findChildren(AfterFirstPaint)) == 2
