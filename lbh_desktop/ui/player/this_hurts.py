"""The "This hurts" button's flow: stop the move, offer its easier version or a skip, log it."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.clock import Clock
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.levels import ease_step_in_timeline
from lbh_desktop.core.models import HurtEvent
from lbh_desktop.core.player import STEP_KINDS, Player, PlayerEvent, PlayerState
from lbh_desktop.core.red_flags import red_flags_text, urgent_only
from lbh_desktop.core.session_log import SessionRecorder, utc_iso
from lbh_desktop.core.variants import played_move, shift_played
from lbh_desktop.ui.shared.message_box import stack_wide_buttons


class HurtChoice(StrEnum):
    EASIER = "easier"
    SKIP = "skip"
    STOP = "stop"


class ThisHurtsDialog:
    @classmethod
    def ask(cls, parent: QWidget, exercise_name: str, easier_name: str | None) -> HurtChoice:
        """`easier_name` is None when the move is already at its easiest."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("this_hurts", "This hurts"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(translate("this_hurts", "{move} is stopped.").format(move=exercise_name))
        advice = translate(
            "this_hurts",
            "Mild stretching tension is fine, but never push through sharp, shooting or "
            "worsening pain, numbness or tingling.",
        )
        box.setInformativeText(f"{advice}\n\n{red_flags_text(urgent_only())}")
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 360px; }")
        easier = None
        if easier_name is not None:
            easier_text = translate("this_hurts", "Try the easier version ({move})")
            easier = box.addButton(
                easier_text.format(move=easier_name), QMessageBox.ButtonRole.ActionRole
            )
            easier.setToolTip(
                translate("this_hurts", "Start this move again with its easier version")
            )
        # Action roles keep the buttons in this order: gentlest first, ending the session last.
        skip = box.addButton(
            translate("this_hurts", "Skip to the next move"), QMessageBox.ButtonRole.ActionRole
        )
        skip.setToolTip(translate("this_hurts", "Leave out the rest of this move"))
        stop = box.addButton(
            translate("this_hurts", "Stop the routine"), QMessageBox.ButtonRole.ActionRole
        )
        stop.setToolTip(translate("this_hurts", "End the session; what you did is kept"))
        box.setDefaultButton(easier or skip)
        box.setEscapeButton(skip)
        stack_wide_buttons(box)  # the easier move's name can make the row too wide
        box.exec()
        clicked = box.clickedButton()
        if easier is not None and clicked is easier:
            return HurtChoice.EASIER
        return HurtChoice.STOP if clicked is stop else HurtChoice.SKIP


def can_report_hurt(player: Player | None) -> bool:
    if player is None or player.state not in (PlayerState.RUNNING, PlayerState.PAUSED):
        return False
    current = player.current
    return current is not None and current.kind in STEP_KINDS


def report_hurt(
    parent: QWidget,
    player: Player,
    recorder: SessionRecorder,
    catalogue: Catalogue,
    clock: Clock,
) -> list[PlayerEvent]:
    """Pauses, asks what to do and does it; the hurt is logged in the session record.

    The player stays paused afterwards so the user can get into position and press Space.
    """
    if not can_report_hurt(player):
        return []
    segment = player.current
    assert segment is not None
    events = player.pause()
    move = played_move(catalogue, segment.exercise_id, segment.variation)
    name = move.name if move else segment.exercise_id
    easier_name = None
    easier = shift_played(catalogue, segment.exercise_id, segment.variation, -1)
    if easier is not segment.variation:
        easier_move = played_move(catalogue, segment.exercise_id, easier)
        easier_name = easier_move.name if easier_move else translate("this_hurts", "easier")
    choice = ThisHurtsDialog.ask(parent, name, easier_name)
    if choice is HurtChoice.EASIER and easier_name is None:
        choice = HurtChoice.SKIP
    if recorder.record is not None:
        recorder.record.hurts.append(
            HurtEvent(
                step_index=segment.step_index,
                exercise_id=segment.exercise_id,
                variation=segment.variation.value,
                at_utc=utc_iso(clock.wall()),
                action=choice.value,
            )
        )
    if choice is HurtChoice.EASIER:
        eased = ease_step_in_timeline(player.timeline, segment.step_index, catalogue)
        events += player.swap_timeline(eased)
    elif choice is HurtChoice.SKIP:
        events += player.skip_step()
    else:
        events += player.stop()
    return events
