"""The first-start notice, red flags included, fits a real 800×600 screen at 100 and 200 % text."""

from __future__ import annotations

import pytest

from tests.e2e.real_window import run_in_window


@pytest.mark.e2e
@pytest.mark.parametrize("scale", [100, 200])
def test_the_safety_notice_fits_a_small_screen(scale: int) -> None:
    found = run_in_window(
        f"""
from PySide6.QtWidgets import QScrollArea
from lbh_desktop.ui.shared.theme import Appearance
Appearance(qt_app).apply("light", {scale})
from lbh_desktop.ui.shared.safety_notice import SafetyNoticeDialog
dialog = SafetyNoticeDialog()
dialog.show()
settle()
frame, screen = dialog.frameGeometry(), qt_app.primaryScreen().availableGeometry()
scroll = dialog.findChild(QScrollArea)
result["fits"] = frame.width() <= screen.width() and frame.height() <= screen.height()
result["text_width"] = scroll.widget().width()
result["viewport_width"] = scroll.viewport().width()
result["buttons_visible"] = dialog.accept_button.isVisible() and dialog.quit_button.isVisible()
""",
        width=800,
        height=600,
    )
    assert found["fits"] and found["buttons_visible"], found
    assert found["text_width"] <= found["viewport_width"], found  # nothing cut on the right
