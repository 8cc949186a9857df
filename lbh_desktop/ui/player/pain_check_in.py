"""The pain check-in after a session: a 0–10 rating, one key press or click, or Skip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.ui.shared.plain_label import plain_label

AFTER_QUESTION = QT_TRANSLATE_NOOP(
    "pain_check_in", "How do your back and hips feel? 0 = fine, 10 = very sore"
)
BEFORE_QUESTION = QT_TRANSLATE_NOOP(
    "pain_check_in", "How do your back and hips feel now? 0 = fine, 10 = very sore (optional)"
)
"""The questions in English, marked for translation; PainCheckIn shows them translated."""

RATING_PADDING = 2 * 6 + 2
"""A rating button's padding left and right of its text (RatingButton), plus its border."""


class RatingButton(QPushButton):
    """A 0–10 button of the pain check-in: each as wide as "10" needs in the current font,
    with less padding than other buttons, so eleven fit in a row at 200 % text in 800×600."""

    text_padding = RATING_PADDING
    """Room around the text, for layout checks: this button's own padding and border."""

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
    """The 0–10 row: after a session (with Skip), or before one on the Ready screen
    (`before=True`: no Skip, Space starts without a rating; the chosen number stays marked
    and a note line says what it means)."""

    rated = Signal(int)
    skipped = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        question: str = AFTER_QUESTION,
        before: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("painRow")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 4)
        self.question = plain_label(translate("pain_check_in", question), wrap=True)
        if before:
            self.question.setToolTip(
                translate(
                    "pain_check_in", "Optional: a digit key rates 0–9; Space starts without it"
                )
            )
        column.addWidget(self.question)
        layout = QHBoxLayout()  # the question on its own line leaves the buttons the width
        column.addLayout(layout)
        self.buttons: list[QPushButton] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for rating in range(11):
            button = RatingButton(str(rating))
            name = translate("pain_check_in", "Pain or stiffness {rating} of 10")
            button.setAccessibleName(name.format(rating=rating))
            button.setToolTip(_rating_tip(rating, before))
            if before:
                button.setCheckable(True)
                self._group.addButton(button, rating)
            button.clicked.connect(lambda _=False, r=rating: self.rated.emit(r))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self.note = plain_label(wrap=True, object_name="message")
        self.note.setAccessibleName(translate("pain_check_in", "Rating before the session"))
        self.note.hide()
        if before:
            column.addWidget(self.note)
            return
        skip = QPushButton(translate("pain_check_in", "Skip"))
        skip.setToolTip(translate("pain_check_in", "The check-in is optional"))
        skip.setAccessibleName(translate("pain_check_in", "Skip the check-in"))
        skip.clicked.connect(self.skipped)
        layout.addWidget(skip)

    def mark(self, rating: int | None, note: str = "") -> None:
        """Shows `rating` as chosen (None: none yet) and the note under the row."""
        if rating is None:
            self._group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self._group.setExclusive(True)
        else:
            self.buttons[rating].setChecked(True)
        self.note.setText(note)
        self.note.setVisible(bool(note))


def _rating_tip(rating: int, before: bool) -> str:
    """ "Rate your back and hip pain or stiffness 3 of 10 now, before the session (key 3); …"."""
    if not before:
        text = translate("pain_check_in", "Rate your back and hip pain or stiffness {rating} of 10")
    elif rating < 10:
        text = translate(
            "pain_check_in",
            "Rate your back and hip pain or stiffness {rating} of 10 now, before the session "
            "(key {rating}); Space starts without a rating",
        )
    else:
        text = translate(
            "pain_check_in",
            "Rate your back and hip pain or stiffness {rating} of 10 now, before the session; "
            "Space starts without a rating",
        )
    return text.format(rating=rating)
