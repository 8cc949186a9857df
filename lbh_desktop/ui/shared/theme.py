"""Light and dark palettes, the system's choice between them, and the app-wide text size."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from lbh_desktop.ui.shared.colors import DARK, LIGHT, Colors
from lbh_desktop.ui.shared.style import style_sheet

THEMES = ("system", "light", "dark")
TEXT_SCALES = (100, 200)
"""The smallest and largest text size, in per cent of the system's."""
FUSION_MARK = "lbh_fusion_style"
"""A property on the QApplication once Appearance has made Fusion its style."""


def mixed(one: QColor, other: QColor, amount: float) -> QColor:
    """`one` with `amount` (0–1) of `other` blended in."""
    return QColor.fromRgbF(
        one.redF() + (other.redF() - one.redF()) * amount,
        one.greenF() + (other.greenF() - one.greenF()) * amount,
        one.blueF() + (other.blueF() - one.blueF()) * amount,
    )


def palette_for(colors: Colors) -> QPalette:
    role = QPalette.ColorRole
    palette = QPalette()
    for each, name in (
        (role.Window, colors.window),
        (role.WindowText, colors.window_text),
        (role.Base, colors.base),
        (role.AlternateBase, colors.alternate_base),
        (role.Text, colors.text),
        (role.Button, colors.button),
        (role.ButtonText, colors.button_text),
        (role.BrightText, colors.highlighted_text),
        (role.Highlight, colors.highlight),
        (role.HighlightedText, colors.highlighted_text),
        (role.PlaceholderText, colors.placeholder),
        (role.ToolTipBase, colors.tooltip_base),
        (role.ToolTipText, colors.tooltip_text),
        (role.Link, colors.link),
        (role.LinkVisited, colors.link),
        (role.Light, colors.light),
        (role.Midlight, colors.midlight),
        (role.Mid, colors.mid),
        (role.Dark, colors.shadow),
        (role.Shadow, colors.shadow),
        (role.Accent, colors.accent),
    ):
        palette.setColor(each, QColor(name))
    disabled = QPalette.ColorGroup.Disabled
    for each in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(disabled, each, QColor(colors.disabled_text))
    return palette


def system_prefers_dark(app: QApplication) -> bool:
    """What the desktop asks for (Qt 6.5+); an unknown scheme counts as light."""
    return app.styleHints().colorScheme() is Qt.ColorScheme.Dark


def colors_for(theme: str, app: QApplication) -> Colors:
    if theme == "dark" or (theme == "system" and system_prefers_dark(app)):
        return DARK
    return LIGHT


def colors_of(widget: QWidget) -> Colors:
    """The theme `widget` is drawn in, read from its palette: for the roles a palette has no
    place for, such as the progress ring's track."""
    window = widget.palette().color(QPalette.ColorRole.Window)
    for colors in (LIGHT, DARK):
        if window == QColor(colors.window):
            return colors
    return DARK if window.lightness() < 128 else LIGHT


def scaled_font(base: QFont, percent: int) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * percent / 100)
    else:
        font.setPixelSize(round(base.pixelSize() * percent / 100))
    return font


class Appearance(QObject):
    """Applies a theme and text size to the whole application and follows the system's
    light/dark switch while the theme is "system"."""

    changed = Signal()

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._base_font = QFont(app.font())
        self.theme = "system"
        self.text_percent = 100
        self.colors = LIGHT
        app.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    def apply(self, theme: str, text_percent: int) -> None:
        self.theme = theme if theme in THEMES else "system"
        self.text_percent = min(max(text_percent, TEXT_SCALES[0]), TEXT_SCALES[1])
        self.colors = colors_for(self.theme, self._app)
        # Each part is set only when it changes: setting one re-styles every widget there is
        # (tens of ms with the main window built), and start-up applies the saved choice twice.
        app = self._app
        # Fusion draws every control from the palette, so both themes look alike everywhere.
        # (Under a style sheet style().name() is empty, hence the app's own mark.)
        if not app.property(FUSION_MARK):
            if app.style().name().lower() != "fusion":
                app.setStyle("Fusion")
            app.setProperty(FUSION_MARK, True)
        palette = palette_for(self.colors)
        if app.palette() != palette:
            app.setPalette(palette)
        font = scaled_font(self._base_font, self.text_percent)
        if app.font() != font:
            app.setFont(font)
        sheet = style_sheet(self.colors, self.text_percent / 100)
        if app.styleSheet() != sheet:
            app.setStyleSheet(sheet)
        self.changed.emit()

    def restore_defaults(self) -> None:
        """Back to the application's own palette, font and no style sheet (for tests)."""
        self._app.setPalette(QPalette())
        self._app.setFont(self._base_font)
        self._app.setStyleSheet("")

    def _on_system_scheme(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == "system":
            self.apply(self.theme, self.text_percent)
