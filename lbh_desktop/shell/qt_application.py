"""The QApplication (name, style, icon) and where the app keeps its data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QStandardPaths
from PySide6.QtWidgets import QApplication

from lbh_desktop import __version__
from lbh_desktop.ui.shared.app_icon import app_icon
from lbh_desktop.ui.shared.colors import LIGHT
from lbh_desktop.ui.shared.style import style_sheet

APP_ID = "lbh-desktop"


def default_data_dir() -> Path:
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def data_dir_key(data_dir: Path) -> str:
    digest = QCryptographicHash.hash(
        str(data_dir.resolve()).encode(), QCryptographicHash.Algorithm.Sha256
    )
    return bytes(digest.toHex().data()).decode()[:12]


def create_application(qt_args: list[str]) -> QApplication:
    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName("LBH Desktop")  # i18n: not text (the app's name)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("io.github.lbh_desktop.LBHDesktop")
    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication([APP_ID, *qt_args])
    qt_app.setStyleSheet(style_sheet(LIGHT))
    qt_app.setWindowIcon(app_icon())  # PNGs: the SVG would load Qt's SVG support
    return qt_app
