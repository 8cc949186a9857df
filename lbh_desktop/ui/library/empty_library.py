"""The library's empty state in place of its list: a friendly word and one clear action."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.routine_card import EmptyAction, EmptyState, empty_state
from lbh_desktop.ui.shared.plain_label import plain_label


class EmptyLibraryView(QScrollArea):
    """A card with a title, a message and a button that does what the message offers; it
    scrolls when large text does not fit (200 % text in 800×600)."""

    action_requested = Signal(str)
    """The EmptyAction value of the button pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = QFrame()
        card.setObjectName("emptyLibrary")
        card.setStyleSheet(
            "QFrame#emptyLibrary { background: palette(base); border: 1px solid "
            "palette(midlight); border-radius: 8px; }"
        )
        ground = QWidget()  # the card as tall as its text, on the window's ground
        ground_layout = QVBoxLayout(ground)
        ground_layout.setContentsMargins(0, 0, 0, 0)
        ground_layout.addWidget(card)
        ground_layout.addStretch(1)
        self.setWidget(ground)
        ground.setAutoFillBackground(False)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setAutoFillBackground(False)
        self.title_label = plain_label(wrap=True)
        self._fit_title_font()
        self.message_label = plain_label(wrap=True)
        self.hint_label = plain_label(wrap=True, object_name="detailMeta")
        self.action_button = QPushButton()
        self.action_button.setObjectName("primary")
        self.action_button.setAutoDefault(True)  # Enter presses it, as Space does
        self.action_button.setMinimumHeight(36)
        self._action = EmptyAction.CREATE

        button_row = QHBoxLayout()
        button_row.addWidget(self.action_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.message_label)
        layout.addSpacing(4)
        layout.addLayout(button_row)
        layout.addWidget(self.hint_label)
        self.action_button.clicked.connect(lambda: self.action_requested.emit(self._action.value))
        self.show_state(empty_state(None, has_routines=False))

    def minimumSizeHint(self) -> QSize:
        """As wide as the button needs, scroll bar included: the pane grows rather than cut
        it (200 % text in 800×600); the height scrolls."""
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        width = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width + 2 * self.frameWidth()), hint.height())

    def _fit_title_font(self) -> None:
        """A fifth larger than the text around it, whatever text size the app is set to."""
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.2)
        else:
            font.setPixelSize(round(font.pixelSize() * 1.2))
        self.title_label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_title_font()
            self.updateGeometry()

    def show_state(self, state: EmptyState) -> None:
        self._action = state.action
        self.title_label.setText(state.title)
        self.message_label.setText(state.message)
        self.hint_label.setText(state.hint)
        self.action_button.setText(state.action_label)
        self.updateGeometry()  # the button's width may have changed
        plain = state.action_label.replace("&", "")
        self.action_button.setAccessibleName(plain)
        self.action_button.setToolTip(
            translate("empty_library", "Show the routines of every kind")
            if state.action is EmptyAction.SHOW_ALL
            else translate("empty_library", "Open the editor on a new routine (Ctrl+N)")
        )
