"""Opening Progress in a real window leaves the goals alone: stray keys and wheel turns on the
page do not change them."""

from __future__ import annotations

import pytest

from tests.e2e.real_window import run_in_window
from tests.ui.progress.real_window_history import SAVE_HISTORY

CHECK = (
    SAVE_HISTORY
    + """
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest

app = build()
save_history(app, 20)
app.window.library.routine_list.setFocus()
settle()
view = open_progress(app)
focused = QApplication.focusWidget()
result["focus"] = type(focused).__name__ if focused else None
result["focus_is_goal"] = focused in (view.strength_goal, view.stretch_goal)
result["focus_in_view"] = focused is not None and view.isAncestorOf(focused)
before = (view.strength_goal.value(), view.stretch_goal.value())
for key in (Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down):
    QTest.keyClick(QApplication.focusWidget() or app.window, key)
    settle(0.05)
result["after_keys"] = [before, (view.strength_goal.value(), view.stretch_goal.value())]

# A wheel turn over a goal box the user never clicked.
for box in (view.strength_goal, view.stretch_goal):
    centre = QPointF(box.rect().center())
    event = QWheelEvent(
        centre, QPointF(box.mapToGlobal(box.rect().center())), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(box, event)
    settle(0.05)
result["after_wheel"] = [before, (view.strength_goal.value(), view.stretch_goal.value())]
boxes = (view.strength_goal, view.stretch_goal)
result["policies"] = [box.focusPolicy() == Qt.FocusPolicy.StrongFocus for box in boxes]

# Chosen on purpose (Alt+S, the label's mnemonic), the goal still takes the arrow keys.
view.strength_goal.setFocus(Qt.FocusReason.ShortcutFocusReason)
settle(0.1)
QTest.keyClick(view.strength_goal, Qt.Key.Key_Up)
settle(0.1)
result["deliberate"] = view.strength_goal.value()
"""
)


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (800, 600)])
def test_opening_progress_does_not_put_focus_on_a_goal(width: int, height: int) -> None:
    found = run_in_window(CHECK, width=width, height=height)

    assert found["focus_in_view"], found["focus"]
    assert not found["focus_is_goal"], found["focus"]
    before, after = found["after_keys"]  # type: ignore[misc]
    assert after == before
    before, after = found["after_wheel"]  # type: ignore[misc]
    assert after == before
    assert found["policies"] == [True, True]
    assert found["deliberate"] == 4
