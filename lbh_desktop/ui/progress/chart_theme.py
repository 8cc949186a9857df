"""Chart colours taken from the widget's palette, and the cosmetic pens drawn with them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QWidget


def blend(base: QColor, top: QColor, amount: float) -> QColor:
    """`amount` of `top` over `base` (0 = base, 1 = top), opaque."""
    return QColor.fromRgbF(
        base.redF() + (top.redF() - base.redF()) * amount,
        base.greenF() + (top.greenF() - base.greenF()) * amount,
        base.blueF() + (top.blueF() - base.blueF()) * amount,
    )


@dataclass(frozen=True)
class Theme:
    """Chart colours for the widget's palette: the data colours and `muted` keep at least 3:1
    contrast with the background in light and dark palettes; `faint` marks empty cells."""

    background: QColor
    foreground: QColor
    muted: QColor
    faint: QColor
    strength: QColor
    stretch: QColor
    desk_break: QColor
    pain: QColor
    right_side: QColor
    dark: bool

    @classmethod
    def of(cls, widget: QWidget) -> Theme:
        palette = widget.palette()
        background = palette.window().color()
        foreground = palette.windowText().color()
        dark = background.lightness() < 128

        def pick(light: str, dark_variant: str) -> QColor:
            return QColor(dark_variant if dark else light)

        return cls(
            background=background,
            foreground=foreground,
            muted=blend(background, foreground, 0.55),
            faint=blend(background, foreground, 0.10),
            strength=pick("#0067a3", "#5cb6ee"),
            stretch=pick("#00805a", "#3fc19a"),
            desk_break=pick("#b35900", "#f0a03c"),
            pain=pick("#c0392b", "#ff8a7a"),
            right_side=pick("#b35900", "#f0a03c"),
            dark=dark,
        )

    def heat_levels(self) -> list[QColor]:
        """Cell colours for no activity and the four activity levels, light to strong."""
        return (
            [self.faint]
            + [blend(self.background, self.stretch, a) for a in (0.35, 0.6, 0.8)]
            + [self.stretch]
        )


def pen(color: QColor, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    result = QPen(color)
    result.setWidthF(width)
    result.setStyle(style)
    result.setCosmetic(True)
    return result
