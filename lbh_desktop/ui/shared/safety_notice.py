"""First-run safety notice: see a professional after an injury, stop on sharp pain, red flags."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.red_flags import red_flags_text
from lbh_desktop.ui.shared.plain_label import plain_label
from lbh_desktop.ui.shared.scrolling import scrolling


def safety_text() -> str:
    """The whole notice in the user's language: advice, then every red flag."""
    advice = (
        translate(
            "safety_notice",
            "If you have a back or hip injury, a recent operation, a medical condition or are "
            "pregnant, talk to a doctor or physiotherapist before you start.",
        ),
        translate(
            "safety_notice", "Warm up first, move slowly and stay within a comfortable range."
        ),
        translate(
            "safety_notice",
            "Mild stretching tension is fine. Stop at once if you feel sharp, shooting or "
            "worsening pain, numbness or tingling.",
        ),
    )
    intro = translate(
        "safety_notice", "These routines are general exercise guidance, not medical advice."
    )
    bullets = "\n".join(f"• {paragraph}" for paragraph in advice)
    return f"{intro}\n\n{bullets}\n\n{red_flags_text()}"


def __getattr__(name: str) -> str:
    """`SAFETY_TEXT`, the old name of safety_text(), translated when it is imported."""
    if name == "SAFETY_TEXT":
        return safety_text()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class SafetyNoticeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("safety_notice", "Before you start"))
        title = QLabel(translate("safety_notice", "Before you start"))
        title.setObjectName("detailTitle")
        text = plain_label(safety_text(), wrap=True)
        # The red flags make it long: at 200 % text on a small screen it scrolls, never overflows.
        scroll = scrolling(text, sideways=False)
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else QRect(0, 0, 800, 600)
        line = text.fontMetrics().averageCharWidth() * 72  # a comfortable line length
        scroll.setMinimumWidth(min(line + bar, int(room.width() * 0.85)))
        needed = text.heightForWidth(scroll.minimumWidth() - bar) + 4
        scroll.setMinimumHeight(min(needed, int(room.height() * 0.6)))
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            translate("safety_notice", "I understand"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = buttons.addButton(
            translate("safety_notice", "Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.accept_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(scroll)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        return cls(parent).exec() == QDialog.DialogCode.Accepted
