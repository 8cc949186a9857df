"""The pain check-in after a session: a 0–10 rating, one key press or click, or Skip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from lbh_desktop.ui.shared.plain_label import plain_label

RATING_PADDING = 2 * 6 + 2
"""A rating button's padding left and right of its text (RatingButton), plus its border."""


class RatingButton(QPushButton):
    """A 0–10 button of the pain check-in: each as wide as "10" needs in the current font,
    with less padding than other buttons, so eleven fit in a row at 200 % text in 800×600."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setStyleSheet("QPushButton { padding-left: 6px; padding-right: 6px; }")

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance("10") + RATING_PADDING + 6
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class PainCheckIn(QWidget):
    rated = Signal(int)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painRow")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 4)
        question = plain_label(
            "How do your back and hips feel? 0 = fine, 10 = very sore", wrap=True
        )
        column.addWidget(question)
        layout = QHBoxLayout()  # the question on its own line leaves the buttons the width
        column.addLayout(layout)
        self.buttons: list[QPushButton] = []
        for rating in range(11):
            button = RatingButton(str(rating))
            button.setAccessibleName(f"Pain or stiffness {rating} of 10")
            button.setToolTip(f"Rate your back and hip pain or stiffness {rating} of 10")
            button.clicked.connect(lambda _=False, r=rating: self.rated.emit(r))
            layout.addWidget(button)
            self.buttons.append(button)
        skip = QPushButton("Skip")
        skip.setToolTip("The check-in is optional")
        skip.setAccessibleName("Skip the check-in")
        skip.clicked.connect(self.skipped)
        layout.addStretch(1)
        layout.addWidget(skip)
