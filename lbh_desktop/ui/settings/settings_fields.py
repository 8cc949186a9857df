"""Small builders the Settings pages share: named widgets, spin boxes and buddy labels."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget


def described(widget: QWidget, name: str, tip: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


def spin_box(bounds: tuple[int, int], suffix: str, step: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(*bounds)
    box.setSuffix(suffix)
    box.setSingleStep(step)
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance(f"{bounds[1]}{suffix}") + 48)
    return box


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
