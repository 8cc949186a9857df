"""The app icon: one shipped PNG per size, each drawn at its own size, and no SVG support."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from lbh_desktop.storage import bundled
from lbh_desktop.ui.shared.app_icon import ICON_SIZES, app_icon


def test_each_size_is_a_png_of_that_size(qapp: object) -> None:
    for size in ICON_SIZES:
        image = QImage(str(bundled.resource_path("icons", f"lbh-desktop-{size}.png")))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    assert not icon.pixmap(QSize(32, 32)).isNull()


def test_the_icon_loads_without_qt_svg() -> None:
    """Neither libQt6Svg nor the SVG icon plugin (about 1 MB for the background app)."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from lbh_desktop.ui.shared.app_icon import app_icon\n"
        "app = QApplication([])\n"
        "app.setWindowIcon(app_icon())\n"
        "maps = open('/proc/self/maps').read() if sys.platform == 'linux' else ''\n"
        "print(app.windowIcon().pixmap(48, 48).width(), 'Svg' in maps or 'svg' in maps)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.stdout.split() == ["48", "False"], result.stderr[-2000:]
