"""Code for run_in_window() checks: a history of `DAYS` days up to today saved in the app."""

from __future__ import annotations

SAVE_HISTORY = """
from datetime import date, timedelta
from tests.ui.progress.progress_page import DESK, STRENGTH, STRETCH, held, session

def save_history(app, days):
    today = date.fromtimestamp(clock.wall())
    for n in range(days, -1, -1):
        day = today - timedelta(days=n)
        if day.weekday() in (0, 2):
            steps = [
                held("front-plank", [30, 28]),
                held("standing-hip-flexor-stretch", [25, 25], ["left", "right"]),
            ]
            app.repository.save_session(session(day, STRENGTH, 20, steps=steps, hour=18))
        if n % 7 != 3:
            app.repository.save_session(session(day, STRETCH, 10))
        if day.weekday() == 4:
            app.repository.save_session(session(day, DESK, 5, hour=14))


def open_progress(app):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    app.window.activateWindow()
    settle(0.1)
    target = QApplication.focusWidget() or app.window
    QTest.keyClick(target, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle(0.5)
    return app.progress_view
"""
