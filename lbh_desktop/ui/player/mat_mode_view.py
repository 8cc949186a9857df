"""Mat mode: the player full screen, white on black, with digits readable from the floor."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.player_display import PlayerDisplay
from lbh_desktop.ui.shared.plain_label import plain_label

if TYPE_CHECKING:
    from lbh_desktop.ui.player.player_controller import PlayerController
    from lbh_desktop.ui.player.player_view import PlayerView

CLOCK_HEIGHT = 0.36
"""Countdown font size as a share of the screen height: its digits stand ≥ 25 % tall."""
NAME_HEIGHT = 0.085
"""Exercise name font size: capitals about 6 % of the screen height."""
HINT = QT_TRANSLATE_NOOP(
    "mat_mode_view", "Space start/pause · → skip · ← back · Enter done · Esc or F11 leave mat mode"
)


class MatModeView(QWidget):
    """Renders the same PlayerDisplay snapshots as the player page; its keys ask the player."""

    start_pause_requested = Signal()
    skip_requested = Signal()
    back_requested = Signal()
    done_requested = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("mat_mode_view", "LBH Desktop — mat mode"))
        self.setObjectName("matMode")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAutoFillBackground(True)
        palette = self.palette()
        for role, color in (
            (QPalette.ColorRole.Window, "#000000"),
            (QPalette.ColorRole.WindowText, "#ffffff"),
        ):
            palette.setColor(role, QColor(color))
        self.setPalette(palette)
        self._display: PlayerDisplay | None = None

        self.phase_label = plain_label(object_name="matPhase")
        self.name_label = plain_label(wrap=True, object_name="matName")
        self.detail_label = plain_label(wrap=True, object_name="matDetail")
        self.clock_label = plain_label(object_name="matClock")
        self.clock_label.setAccessibleName(translate("mat_mode_view", "Time"))
        # The clock takes the room the other lines leave; its font is fitted to the screen.
        # Ignored across too: its font follows the width, so its text must not hold the window wide.
        self.clock_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.caption_label = plain_label(wrap=True, object_name="matCaption")
        self.next_up_label = plain_label(wrap=True, object_name="matNextUp")
        self.hint_label = plain_label(
            translate("mat_mode_view", HINT), wrap=True, object_name="matHint"
        )
        for label in self._labels():
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        start, leave = (
            translate("mat_mode_view", "Start"),
            translate("mat_mode_view", "Leave mat mode"),
        )
        self.primary_button = QPushButton(start)
        self.primary_button.setAccessibleName(start)  # then its text (show_display)
        self.primary_button.setToolTip(translate("mat_mode_view", "Start, pause or resume (Space)"))
        self.leave_button = QPushButton(leave)
        self.leave_button.setAccessibleName(leave)
        self.leave_button.setToolTip(
            translate("mat_mode_view", "Back to the normal player; the routine keeps going (Esc)")
        )
        for button in (self.primary_button, self.leave_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space goes to the player
        self.primary_button.clicked.connect(self.start_pause_requested)
        self.leave_button.clicked.connect(self.leave)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.primary_button)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.name_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.clock_label, 1)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.next_up_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(buttons)
        self._add_shortcuts()

    def _labels(self) -> list[QLabel]:
        return [
            self.phase_label,
            self.name_label,
            self.detail_label,
            self.clock_label,
            self.caption_label,
            self.next_up_label,
            self.hint_label,
        ]

    def _add_shortcuts(self) -> None:
        bindings = [
            (Qt.Key.Key_Escape, self.leave),
            (Qt.Key.Key_F11, self.leave),
            (Qt.Key.Key_Space, self.start_pause_requested.emit),
            (Qt.Key.Key_Right, self.skip_requested.emit),
            (Qt.Key.Key_Left, self.back_requested.emit),
            (Qt.Key.Key_Return, self.done_requested.emit),
            (Qt.Key.Key_Enter, self.done_requested.emit),
        ]
        self.shortcuts: list[QShortcut] = []
        for key, slot in bindings:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def enter(self) -> None:
        owner = self.parentWidget()
        if owner is not None:
            self.setScreen(owner.screen())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()
        self._scale_fonts()

    def leave(self) -> None:
        if self.isVisible():
            self.hide()
            self.left.emit()

    def show_display(self, display: PlayerDisplay) -> None:
        # The player page's ring moves between the seconds; mat mode has no ring to move.
        if self._display is not None and replace(display, move_permille=0) == replace(
            self._display, move_permille=0
        ):
            return
        self._display = display
        self.phase_label.setText(display.phase)
        self.name_label.setText(display.exercise_name)
        self.detail_label.setText(display.detail)
        self.clock_label.setText(display.clock_text)
        self.clock_label.setAccessibleName(display.clock_name or translate("mat_mode_view", "Time"))
        self.caption_label.setText(display.clock_caption)
        self.next_up_label.setText(display.next_up)
        self.primary_button.setText(display.primary_action)
        self.primary_button.setAccessibleName(display.primary_action)
        self.primary_button.setEnabled(display.primary_enabled)
        if self.isVisible():
            self._fit_clock()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        height = max(self.height(), 300)
        for label, share, weight in (
            (self.phase_label, 0.05, QFont.Weight.Bold),
            (self.name_label, NAME_HEIGHT, QFont.Weight.Bold),
            (self.detail_label, 0.04, QFont.Weight.Normal),
            (self.caption_label, 0.032, QFont.Weight.Normal),
            (self.next_up_label, 0.04, QFont.Weight.DemiBold),
            (self.hint_label, 0.024, QFont.Weight.Normal),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(12, round(height * share)))
            font.setWeight(weight)
            label.setFont(font)
        self._fit_clock()

    def _fit_clock(self) -> None:
        """As tall as CLOCK_HEIGHT allows, narrower only where a long time would not fit."""
        font = QFont(self.clock_label.font())
        font.setWeight(QFont.Weight.Bold)
        size = max(24, round(max(self.height(), 300) * CLOCK_HEIGHT))
        font.setPixelSize(size)
        text = self.clock_label.text() or "00:00"
        width = QFontMetrics(font).horizontalAdvance(text)
        room = self.width() - 48
        if width > room > 0:
            font.setPixelSize(max(24, int(size * room / width)))
        self.clock_label.setFont(font)


def attach_mat_mode(view: PlayerView, controller: PlayerController) -> MatModeView:
    """Mat mode for the player page: F11 or its button enters, the same display feeds it."""
    mat = MatModeView(view)
    view.mat_mode_requested.connect(mat.enter)
    controller.display_shown.connect(mat.show_display)
    controller.leave_requested.connect(mat.leave)
    mat.start_pause_requested.connect(view.start_pause_requested)
    mat.skip_requested.connect(view.skip_requested)
    mat.back_requested.connect(view.back_requested)
    mat.done_requested.connect(view.done_requested)
    mat.left.connect(lambda: back_to_player(view))
    return mat


def back_to_player(view: QWidget) -> None:
    view.window().activateWindow()
    view.setFocus()
