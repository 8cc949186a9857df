"""A push button that can show only its icon when its row is short of room."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QWidget

ICON_TEXT_GAP = 4
"""What Qt's push button puts between its icon and its text."""


class CompactButton(QPushButton):
    """Its text (`label`) can be dropped, leaving the icon (`set_compact`): a longer language
    keeps a row of controls on one line at 800 px. The accessible name and tooltip, set by the
    owner, still say what it does."""

    def __init__(self, icon: QIcon, label: str, parent: QWidget | None = None) -> None:
        super().__init__(icon, label, parent)
        self._label = label
        self._compact = False

    @property
    def label(self) -> str:
        return self._label

    @property
    def compact(self) -> bool:
        return self._compact

    def set_label(self, text: str) -> None:
        self._label = text
        if not self._compact:
            self.setText(text)

    def set_compact(self, compact: bool) -> None:
        if compact != self._compact:
            self._compact = compact
            self.setText("" if compact else self._label)

    def _text_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self._label.replace("&", "")) + ICON_TEXT_GAP

    def full_width(self) -> int:
        """The width it needs with its text, whichever way it is shown now."""
        width = self.sizeHint().width()
        return width + self._text_width() if self._compact else width

    def compact_width(self) -> int:
        """The width it needs with its icon only."""
        width = self.sizeHint().width()
        return width if self._compact else width - self._text_width()
