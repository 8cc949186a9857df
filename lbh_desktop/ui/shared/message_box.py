"""Message boxes whose buttons stack when their row would be wider than the box may grow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

SMALL_SCREEN = 1024
"""Up to this width a message box may be as wide as the screen (QMessageBox's own rule)."""


def widest_box(screen_width: int) -> int:
    """How wide Qt lets a message box grow on a screen this wide: the whole screen up to
    1024 px, else the screen less 480 px, at most 1000 px."""
    if screen_width <= SMALL_SCREEN:
        return screen_width
    return min(screen_width - 480, 1000)


def stack_wide_buttons(box: QMessageBox) -> None:
    """Puts the box's buttons one above the other, in their order, when their row does not
    fit the widest box (a long translation or move name): Qt would squeeze them below their
    text. Call it once the buttons are added, before the box is shown."""
    box.ensurePolished()  # the style sheet's padding and font, as the buttons will be shown
    buttons = box.findChild(QDialogButtonBox)
    layout = box.layout()
    if buttons is None or layout is None:
        return
    margins = layout.contentsMargins()
    needed = buttons.minimumSizeHint().width() + margins.left() + margins.right()
    if needed > widest_box(box.screen().availableGeometry().width()):
        buttons.setOrientation(Qt.Orientation.Vertical)
