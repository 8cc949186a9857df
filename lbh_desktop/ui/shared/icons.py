"""Icons by freedesktop name: the desktop's theme, else bundled line icons in the palette colour."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
    QPixmapCache,
)

from lbh_desktop.storage.bundled import resource_path
from lbh_desktop.ui.shared.style import icon_side_for as icon_side_for  # re-exported

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

ICONS_FOLDER = ("icons", "ui")
"""Where the bundled icons live: resources/icons/ui/<freedesktop name>.svg, drawn on a 24 px
grid in `currentColor`."""

Role = QPalette.ColorRole


def themed_icon(
    name: str,
    role: QPalette.ColorRole = Role.ButtonText,
    checked_role: QPalette.ColorRole = Role.HighlightedText,
) -> QIcon:
    """The icon called `name` (freedesktop naming, e.g. "media-playback-start").

    The desktop's icon theme draws it when it has one and the app's light or dark theme is the
    desktop's own (a theme's icons are drawn for its own background); otherwise the bundled icon
    is drawn in the palette's `role` colour, `checked_role` for a checked button and the
    disabled text colour when disabled. It is drawn when first painted, not before, and follows
    a switch of theme.

    Hand it to a button or action and keep no copy in a Python attribute: its engine is Python
    code, and a copy left to the interpreter's last garbage collection, after the application,
    crashes the exit."""
    bundled_svg(name)  # every name has its bundled icon: a typo fails here, not in a paint
    return QIcon(TintedIconEngine(name, role, checked_role))


@functools.cache
def bundled_svg(name: str) -> str:
    """The bundled icon's SVG text; FileNotFoundError when the app ships none by that name."""
    return (resource_path(*ICONS_FOLDER) / f"{name}.svg").read_text(encoding="utf-8")


def desktop_theme_fits(app: QGuiApplication) -> bool:
    """Whether the app's palette is as light or dark as the desktop, whose icon theme then fits."""
    system_dark = app.styleHints().colorScheme() is Qt.ColorScheme.Dark
    return (app.palette().color(Role.Window).lightness() < 128) == system_dark


class TintedIconEngine(QIconEngine):
    """Draws one named icon at any size, from the theme or the bundled SVG (themed_icon)."""

    def __init__(
        self, name: str, role: QPalette.ColorRole, checked_role: QPalette.ColorRole
    ) -> None:
        super().__init__()
        self._name = name
        self._role = role
        self._checked_role = checked_role

    def clone(self) -> QIconEngine:
        return TintedIconEngine(self._name, self._role, self._checked_role)

    def key(self) -> str:
        return "lbh-tinted"

    def iconName(self) -> str:
        return self._name

    def isNull(self) -> bool:
        return False

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, scale)
        side = min(rect.width(), rect.height())
        target = QRect(0, 0, side, side)
        target.moveCenter(rect.center())
        painter.drawPixmap(target, pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        side = max(1, min(size.width(), size.height()))
        if QIcon.hasThemeIcon(self._name) and desktop_theme_fits(app):
            return QIcon.fromTheme(self._name).pixmap(QSize(side, side), scale, mode, state)
        color = self._color(app.palette(), mode, state)
        # Qt's pixmap cache, not one of ours: a pixmap must not outlive the application.
        key = f"lbh-icon/{self._name}/{side}/{color.name()}/{scale}"
        pixmap = QPixmap()
        if not QPixmapCache.find(key, pixmap):
            pixmap = render(bundled_svg(self._name), side, scale, color)
            QPixmapCache.insert(key, pixmap)
        return pixmap

    def _color(self, palette: QPalette, mode: QIcon.Mode, state: QIcon.State) -> QColor:
        if mode is QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, Role.ButtonText)
        role = self._checked_role if state is QIcon.State.On else self._role
        return palette.color(role)


def render(svg: str, side: int, scale: float, color: QColor) -> QPixmap:
    """`svg` drawn `side` px square (at `scale` device pixels per pixel) in `color`."""
    from PySide6.QtSvg import QSvgRenderer  # loaded with the first icon drawn, not at start-up

    renderer: QSvgRenderer = QSvgRenderer(
        QByteArray(svg.replace("currentColor", color.name()).encode("utf-8"))
    )
    pixels = max(1, round(side * scale))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap
