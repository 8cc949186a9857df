"""The app's window and tray icon, from PNGs (the SVG would load Qt's SVG support)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from lbh_desktop.storage import bundled

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # rendered by packaging/make_icons.py


def app_icon() -> QIcon:
    """Every size, so each place picks a sharp one; files are read only when a size is drawn."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(
            str(bundled.resource_path("icons", f"lbh-desktop-{size}.png")), QSize(size, size)
        )
    return icon
