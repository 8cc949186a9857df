"""The player's countdown: its font follows the room it has, and a rep count reads as words."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.player_display import ClockStyle

CLOCK_MIN_HEIGHT = 60


class ClockLabel(QLabel):
    """It asks for no more height than its minimum (its font follows its height, not the
    other way round), but for that much even when the page lays out by height for width: an
    Ignored height counted as 0 there, and at 200 % text, with the Ready screen's rows, the
    page squeezed the clock onto its caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock_style = ClockStyle.TIMER
        self.setObjectName("clock")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(CLOCK_MIN_HEIGHT)
        self.setAccessibleName(translate("clock_label", "Time"))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.minimumHeight())

    def fit(self, page: QWidget) -> None:
        """A font as large as the page allows (readable from a mat 2–3 m away), never clipped:
        not higher than the label, nor wider (inside the progress ring the label is a box)."""
        clock_px = max(48, min(int(page.height() * 0.22), int(page.width() * 0.16)))
        clock_px = max(24, min(clock_px, int(self.height() * 0.8)))  # never clipped
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        # As wide as "0:00" at least, so the size holds while the seconds count down.
        digits = self.text() if self.clock_style is not ClockStyle.COUNT else ""
        clock_px = self._narrowed(font, clock_px, max(digits, "0:00", key=len), 24)
        if self.clock_style is ClockStyle.COUNT and len(self.text()) > 1:  # not the summary's ✓
            # A count ("10 reps") in words, half the size: it must not pass for a countdown.
            text_px = QFontInfo(page.font()).pixelSize()
            clock_px = min(max(text_px * 2, clock_px // 2), clock_px)
            font.setWeight(QFont.Weight.DemiBold)
            clock_px = self._narrowed(font, clock_px, self.text(), text_px)
        font.setPixelSize(clock_px)
        if font != self.font():
            self.setFont(font)

    def _narrowed(self, font: QFont, pixels: int, sample: str, smallest: int) -> int:
        """`pixels`, or less where `sample` would be wider than the label (not below
        `smallest`)."""
        sized = QFont(font)
        sized.setPixelSize(pixels)
        room = self.contentsRect().width() - 8
        needed = QFontMetricsF(sized).horizontalAdvance(sample)
        if room > 0 and needed > room:
            return max(smallest, int(pixels * room / needed))
        return pixels
