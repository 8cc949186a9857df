"""The player page: the move's picture first, the countdown in its ring, steps and controls."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontInfo, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.player_display import ClockStyle, PlayerDisplay, instructions_text
from lbh_desktop.ui.player.announce import announce_politely
from lbh_desktop.ui.player.clock_label import CLOCK_MIN_HEIGHT, ClockLabel
from lbh_desktop.ui.player.pain_check_in import BEFORE_QUESTION, PainCheckIn
from lbh_desktop.ui.player.player_buttons import PlayerButtons, RememberedRow
from lbh_desktop.ui.player.player_shortcuts import Binding, add_shortcuts
from lbh_desktop.ui.player.progress_ring import ProgressRing
from lbh_desktop.ui.shared.figure_widget import FigureWidget
from lbh_desktop.ui.shared.icons import icon_side_for, themed_icon
from lbh_desktop.ui.shared.plain_label import plain_label as plain_label  # re-exported
from lbh_desktop.ui.shared.scrolling import scrolling
from lbh_desktop.ui.shared.style import Space

BANNER_STYLE = (
    "QLabel { background: palette(highlight); color: palette(highlighted-text);"
    " border-radius: 8px; padding: 4px 18px; font-weight: 600; }"
)
INSTRUCTIONS_MIN_HEIGHT = 72
"""Four lines of instructions, which scroll; the picture and the countdown take the rest."""


class PlayerView(QWidget):
    start_pause_requested = Signal()
    back_requested = Signal()
    skip_requested = Signal()
    done_requested = Signal()
    stop_requested = Signal()
    library_requested = Signal()
    mute_toggled = Signal(bool)
    mat_mode_requested = Signal()
    pain_rated = Signal(int)
    pain_skipped = Signal()
    hurts_requested = Signal()
    pain_before_rated = Signal(int)
    """The optional rating on the Ready screen (digit keys 0–9, or a click up to 10)."""
    usual_again_requested = Signal()
    """ "Try the standard version again" on a move remembered easier after "This hurts"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: PlayerDisplay | None = None
        self._wrapped: tuple[QLabel, ...] = ()
        # Focusable so its shortcuts work as soon as the page is shown.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("player_view", "Routine player"))

        self.library_button = QPushButton(
            themed_icon("go-previous"), translate("player_view", "Routines")
        )
        self.library_button.setToolTip(translate("player_view", "Back to your routines"))
        self.library_button.setAccessibleName(translate("player_view", "Back to routines"))
        self.routine_label = plain_label(wrap=True, object_name="routineTitle")
        self.level_label = plain_label(object_name="routineLevel")
        self.level_label.setAccessibleName(translate("player_view", "Level"))
        self.total_left_label = plain_label(object_name="totalLeft")
        self.total_left_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(Space.S)
        self.progress.setAccessibleName(translate("player_view", "Routine progress"))

        self.illustration = FigureWidget()
        # Ignored, like the clock: the picture takes the room that is left, and its 300 px
        # wish does not make the page scroll in 800×600 (the caution line needs that room).
        self.illustration.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.phase_label = plain_label(object_name="phase")
        self.exercise_label = plain_label(wrap=True, object_name="exerciseName")
        self.detail_label = plain_label(wrap=True, object_name="detail")
        self.clock_label = ClockLabel()  # the room that is left, its font fitted to it
        self.clock_label.installEventFilter(self)
        # The countdown sits in the ring of its hold's (or rest's) progress, by the picture.
        self.move_ring = ProgressRing()
        self.move_ring.set_center(self.clock_label)
        self.clock_caption = plain_label(wrap=True, object_name="clockCaption")
        self.clock_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The seen halfway and switch-sides cues (show_display).
        self.banner_label = plain_label()
        self.banner_label.setStyleSheet(BANNER_STYLE)
        self.banner_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner_label.setAccessibleName(translate("player_view", "Cue"))
        self.banner_label.hide()
        for label in (self.phase_label, self.exercise_label, self.detail_label):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Wrapped labels keep their wrapped height as their minimum (_keep_whole), not as a
        # height for width: the nested box layouts undercount that at 200 % text and squeeze
        # the clock and its caption onto each other.
        # The detail too: a height for width in the clock's column lets the page squeeze the
        # clock onto its caption when the page scrolls (200 % text with the Ready screen's rows).

        self.instructions_label = plain_label(wrap=True, object_name="instructions")
        self.instructions_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instructions_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.instructions_scroll = scroll = scrolling(self.instructions_label)
        scroll.setMinimumHeight(INSTRUCTIONS_MIN_HEIGHT)
        scroll.setAccessibleName(translate("player_view", "Instructions"))
        # The move's caution never scrolls: it sits above the controls, always in sight.
        self.caution_label = plain_label(wrap=True, object_name="message")
        self.caution_label.setAccessibleName(translate("player_view", "Caution"))
        self.caution_label.hide()
        self.next_up_label = plain_label(wrap=True, object_name="nextUp")
        self.message_label = plain_label(wrap=True, object_name="message")
        self.message_label.hide()
        # The next-up line and the caution too: a longer language wraps them to two lines,
        # and squeezed they would be drawn over each other.
        self._wrapped = (
            self.routine_label,
            self.exercise_label,
            self.detail_label,
            self.clock_caption,
            self.next_up_label,
            self.caution_label,
            self.message_label,
        )
        for label in self._wrapped:
            policy = label.sizePolicy()
            policy.setHeightForWidth(False)
            label.setSizePolicy(policy)
            label.installEventFilter(self)
        self.pain_row = PainCheckIn()
        self.pain_row.rated.connect(self.pain_rated)
        self.pain_row.skipped.connect(self.pain_skipped)
        self.pain_buttons = self.pain_row.buttons
        self.pain_row.hide()
        self.pain_before_row = PainCheckIn(question=BEFORE_QUESTION, before=True)
        self.pain_before_row.rated.connect(self.pain_before_rated)
        self.pain_before_row.hide()
        # On a move remembered easier after "This hurts": why, and (after a while) the way back.
        # Below the picture and clock, full width: in the column by the clock, its two lines
        # at 200 % text would squeeze the clock.
        row = RememberedRow()
        self.remembered_row, self.remembered_label = row, row.label
        self.usual_again_button = row.usual_again
        self.usual_again_button.clicked.connect(self.usual_again_requested)

        self.buttons = buttons = PlayerButtons()
        self.back_button, self.primary_button = buttons.back, buttons.primary
        self.skip_button, self.done_button = buttons.skip, buttons.done
        self.stop_button, self.mute_button = buttons.stop, buttons.mute
        self.hurts_button, self.mat_mode_button = buttons.hurts, buttons.mat_mode

        header = QHBoxLayout()
        header.setSpacing(Space.M)
        header.addWidget(self.library_button)
        header.addWidget(self.routine_label, 1)
        header.addWidget(self.level_label)
        header.addWidget(self.total_left_label)

        # What to do now, over the picture: the phase, the move's name and its detail; the
        # seen cues (Halfway, Switch sides) at its right.
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.phase_label)
        titles.addWidget(self.exercise_label)
        titles.addWidget(self.detail_label)
        title_row = QHBoxLayout()
        title_row.setSpacing(Space.M)
        title_row.addLayout(titles, 1)
        title_row.addWidget(self.banner_label, 0, Qt.AlignmentFlag.AlignVCenter)

        # The hero: the move's picture, the largest thing on the page, and by it the countdown
        # in its ring, with what the count means under it.
        timer = QVBoxLayout()
        timer.setSpacing(Space.S)
        timer.addWidget(self.move_ring, 1)
        timer.addWidget(self.clock_caption)
        self.stage = QFrame()
        self.stage.setObjectName("card")
        stage = QHBoxLayout(self.stage)
        stage.setContentsMargins(Space.S, Space.S, Space.S, Space.S)
        stage.setSpacing(Space.L)
        stage.addWidget(self.illustration, 3)
        stage.addLayout(timer, 2)

        controls = buttons.row

        # The page scrolls only when its minimum does not fit (200 % text in 800×600).
        content = QWidget()
        page_scroll = scrolling(content, takes_focus=False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(Space.S)
        outer.addWidget(page_scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(Space.M, Space.S, Space.M, 0)
        layout.setSpacing(Space.S)
        layout.addLayout(header)
        layout.addWidget(self.progress)
        layout.addLayout(title_row)
        layout.addWidget(self.stage, 5)
        layout.addWidget(self.remembered_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.pain_row)
        layout.addWidget(self.pain_before_row)
        layout.addWidget(scroll, 2)
        layout.addWidget(self.next_up_label)
        controls.setContentsMargins(Space.M, 0, Space.M, Space.M)
        caution_row = QHBoxLayout()
        caution_row.setContentsMargins(Space.M, 0, Space.M, 0)
        caution_row.addWidget(self.caution_label)
        outer.addLayout(caution_row)
        outer.addWidget(controls)  # the controls never scroll out of sight

        self.library_button.clicked.connect(self.library_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.primary_button.clicked.connect(self.start_pause_requested)
        self.skip_button.clicked.connect(self.skip_requested)
        self.done_button.clicked.connect(self.done_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.hurts_button.clicked.connect(self.hurts_requested)
        self.mute_button.toggled.connect(self._on_mute_toggled)
        self.mat_mode_button.clicked.connect(self.mat_mode_requested)
        self._add_shortcuts()

    def show_pain_check_in(self, visible: bool) -> None:
        self.pain_row.setVisible(visible)

    def show_pain_before(self, visible: bool, rating: int | None = None, note: str = "") -> None:
        """The Ready screen's optional rating row, `rating` marked and its note under it."""
        self.pain_before_row.mark(rating, note)
        self.pain_before_row.setVisible(visible)

    def show_remembered(self, note: str, usual_again: str = "") -> None:
        """The line on a move remembered easier after "This hurts" ("" hides it), and the
        button back to its usual version (`usual_again`, its text; "" hides it)."""
        self.remembered_label.setText(note)
        self.remembered_row.setVisible(bool(note))
        self.usual_again_button.setText(usual_again)
        self.usual_again_button.setVisible(bool(usual_again))

    def _rate_before_by_key(self, rating: int) -> None:
        if not self.pain_before_row.isHidden():
            self.pain_before_rated.emit(rating)

    def _add_shortcuts(self) -> None:
        bindings: list[tuple[Qt.Key, Binding]] = [
            (Qt.Key.Key_Space, self.start_pause_requested),
            (Qt.Key.Key_Right, self.skip_requested),
            (Qt.Key.Key_Left, self.back_requested),
            (Qt.Key.Key_Escape, self.stop_requested),
            (Qt.Key.Key_Return, self.done_requested),
            (Qt.Key.Key_Enter, self.done_requested),
            (Qt.Key.Key_M, self._toggle_mute),
            (Qt.Key.Key_H, self.hurts_requested),
            (Qt.Key.Key_F11, self.mat_mode_requested),
        ]
        self.shortcuts = add_shortcuts(self, bindings, self._rate_before_by_key)

    def _toggle_mute(self) -> None:
        if self.mute_button.isEnabled():  # toggle() would ignore that sound is unavailable
            self.mute_button.toggle()

    def _on_mute_toggled(self, muted: bool) -> None:
        self.buttons.show_muted(muted)
        self.mute_toggled.emit(muted)

    def set_routine_name(self, name: str) -> None:
        self.routine_label.setText(name)
        self._keep_whole(self.routine_label)
        self.message_label.hide()

    def show_level(self, level: str) -> None:
        """The level ("Easier", in the user's language) by the routine's name."""
        self.level_label.setText(translate("player_view", "{level} level").format(level=level))
        name = translate("player_view", "Level: {level}").format(level=level)
        self.level_label.setAccessibleName(name)
        self.level_label.setVisible(bool(level))

    def set_hurts_enabled(self, enabled: bool) -> None:
        self.hurts_button.setEnabled(enabled)

    def set_sound_state(self, available: bool, reason: str, muted: bool) -> None:
        self.buttons.set_sound_state(available, reason, muted)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def announce(self, text: str) -> None:
        """Said politely by a screen reader: the next move, "Halfway"."""
        announce_politely(self.exercise_label, text)

    def show_display(self, display: PlayerDisplay, illustration: Path | None) -> None:
        if display == self._shown:
            return
        shown, self._shown = self._shown, display
        self.move_ring.setValue(display.move_permille)
        if shown is not None and replace(shown, move_permille=0) == replace(
            display, move_permille=0
        ):
            return  # only the ring moved (between the clock's seconds)
        self.phase_label.setText(display.phase)
        self.exercise_label.setText(display.exercise_name)
        self.detail_label.setText(display.detail)
        self.detail_label.setVisible(bool(display.detail))
        # With no clock (the summary) the empty label still takes the room that is left, but
        # asks for none: the check-in below it stays in sight.
        clock = self.clock_label
        longer = len(display.clock_text) != len(clock.text())
        clock.setText(display.clock_text)
        clock.setAccessibleName(display.clock_name or translate("player_view", "Time"))
        clock.setMinimumHeight(CLOCK_MIN_HEIGHT if display.clock_text else 0)
        self.move_ring.set_ring_shown(bool(display.clock_text))
        if display.clock_style is not clock.clock_style or clock.clock_style is ClockStyle.COUNT:
            clock.clock_style = display.clock_style
            clock.fit(self)  # a count is fitted to its text
        elif longer:
            clock.fit(self)  # "27:31" on the Ready screen needs more room than "45"
        self.clock_caption.setText(display.clock_caption)
        for label in self._wrapped:
            self._keep_whole(label)
        self.banner_label.setText(display.banner)
        # Its room is kept while a session runs, so the clock does not jump when it shows.
        in_session = display.enabled["stop"]
        banner_policy = self.banner_label.sizePolicy()
        banner_policy.setRetainSizeWhenHidden(in_session)
        self.banner_label.setSizePolicy(banner_policy)
        self.banner_label.setVisible(bool(display.banner) and in_session)
        caution = translate("player_view", "⚠ Caution: {caution}")
        self.caution_label.setText(
            caution.format(caution=display.caution) if display.caution else ""
        )
        self.caution_label.setVisible(bool(display.caution))
        instructions = instructions_text(display)
        self.instructions_label.setText(instructions)
        self.instructions_scroll.setVisible(bool(instructions))
        self.next_up_label.setText(display.next_up)
        self.total_left_label.setText(display.total_left)
        self.progress.setValue(display.progress_permille)
        self.buttons.show_primary(
            display.primary_action, display.primary_enabled, display.primary_command
        )
        enabled = display.enabled
        self.back_button.setEnabled(enabled["back"])
        self.skip_button.setEnabled(enabled["skip"])
        self.done_button.setEnabled(enabled["done"])
        self.stop_button.setEnabled(enabled["stop"])
        self.illustration.show_illustration(illustration, display.mirrored)
        self.illustration.setVisible(illustration is not None)
        self.illustration.setAccessibleName(display.exercise_name)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text-size setting
            self._scale_fonts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.clock_label and event.type() == QEvent.Type.Resize:
            self.clock_label.fit(self)
        elif watched in self._wrapped and event.type() == QEvent.Type.Resize:
            self._keep_whole(watched)
        return super().eventFilter(watched, event)

    @staticmethod
    def _keep_whole(label: QLabel) -> None:
        """A wrapped label's height at its width, kept as its minimum height."""
        needed = max(0, label.heightForWidth(label.width())) if label.text() else 0
        if needed != label.minimumHeight():
            label.setMinimumHeight(needed)

    def _scale_fonts(self) -> None:
        # The countdown must be readable from a mat 2–3 m away, so it grows with the window.
        self.clock_label.fit(self)
        name_font = QFont(self.exercise_label.font())
        text_px = QFontInfo(self.font()).pixelSize()  # grows with the text-size setting
        icon_side = icon_side_for(text_px)
        if icon_side != self.back_button.iconSize().width():
            for button in self.findChildren(QPushButton):
                button.setIconSize(QSize(icon_side, icon_side))
        name_font.setPixelSize(max(20, round(text_px * 1.5), min(34, int(self.height() * 0.045))))
        name_font.setWeight(QFont.Weight.DemiBold)
        self.exercise_label.setFont(name_font)
        banner_font = QFont(name_font)
        banner_font.setWeight(QFont.Weight.Bold)
        self.banner_label.setFont(banner_font)
