"""Frameless scroll areas for pages, so large text or a small screen never cuts a control off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(page: QWidget, *, sideways: bool = True, takes_focus: bool = True) -> QScrollArea:
    """`page` in a frameless scroll area that resizes it to the view; `sideways=False` for
    pages that wrap instead, `takes_focus=False` where Tab should go straight to the page."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if not takes_focus:
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
