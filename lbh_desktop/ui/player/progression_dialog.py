"""After a session: offer a step up (accept or decline) or, when pain rose, the easier level."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.clock import Clock
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.levels import PlayLevel
from lbh_desktop.core.pain_model import PainWarning, describe_pain_warning
from lbh_desktop.core.progression import ProgressionOffer, describe_offer, review_routine
from lbh_desktop.core.progression_record import Decision, ProgressionRecord
from lbh_desktop.core.red_flags import red_flags_text, urgent_only
from lbh_desktop.core.session_log import utc_iso
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.storage.repository import Repository
from lbh_desktop.ui.player.player_controller import PlayerController


def _box(parent: QWidget, title: str, text: str, informative: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # routine and move names are user data
    box.setText(text)
    box.setInformativeText(informative)
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 380px; }")
    return box


class ProgressionOfferDialog:
    @classmethod
    def ask(cls, parent: QWidget, routine_name: str, change: str) -> bool:
        """True when the user takes the step up."""
        text = translate(
            "progression_dialog",
            "You completed your last three sessions of {routine} without more pain.",
        )
        later = translate(
            "progression_dialog", "If you say not now, you will not be asked again for a week."
        )
        box = _box(
            parent,
            translate("progression_dialog", "Ready for a step up?"),
            text.format(routine=routine_name),
            f"{change}\n\n{later}",
        )
        box.setIcon(QMessageBox.Icon.Question)
        accept = box.addButton(
            translate("progression_dialog", "Step up"), QMessageBox.ButtonRole.AcceptRole
        )
        accept.setToolTip(translate("progression_dialog", "Save the routine with this change"))
        decline = box.addButton(
            translate("progression_dialog", "Not now"), QMessageBox.ButtonRole.RejectRole
        )
        decline.setToolTip(
            translate(
                "progression_dialog",
                "Keep the routine as it is; asks again in a week at the earliest",
            )
        )
        box.setDefaultButton(decline)
        box.setEscapeButton(decline)
        box.exec()
        return box.clickedButton() is accept


class PainRiseDialog:
    @classmethod
    def ask(cls, parent: QWidget, routine_name: str, warning: PainWarning, easier: bool) -> bool:
        """True when the user switches the routine to the easier level (offered if not on it)."""
        box = _box(
            parent,
            translate("progression_dialog", "Your back and hips feel worse"),
            describe_pain_warning(warning, routine_name, on_easier=easier),
            red_flags_text(urgent_only()),
        )
        box.setIcon(QMessageBox.Icon.Warning)
        switch = None
        if not easier:
            switch = box.addButton(
                translate("progression_dialog", "Use the easier level"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            switch.setToolTip(
                translate("progression_dialog", "Play this routine at the easier level from now on")
            )
        if switch:
            keep_text = translate("progression_dialog", "Keep my level")
        else:
            keep_text = translate("progression_dialog", "OK")
        keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
        keep.setToolTip(translate("progression_dialog", "Close this notice"))
        box.setDefaultButton(switch or keep)
        box.setEscapeButton(keep)
        box.exec()
        return switch is not None and box.clickedButton() is switch


class ProgressionReview:
    """Runs the progression rule for a routine after a session and acts on the answer."""

    def __init__(
        self,
        parent: QWidget,
        repository: Repository,
        catalogue: Catalogue,
        level_of: Callable[[str], PlayLevel],
        set_level: Callable[[str, PlayLevel], None],
        today: Callable[[], date],
        now_utc: Callable[[], str],
    ) -> None:
        self._parent = parent
        self._repository = repository
        self._catalogue = catalogue
        self._level_of = level_of
        self._set_level = set_level
        self._today = today
        self._now_utc = now_utc

    def review(self, routine_id: str) -> None:
        routine = self._repository.routine(routine_id)
        if routine is None:
            return
        found = review_routine(
            routine,
            self._repository.shared_sessions(),  # read only
            self._repository.progression_records(),
            self._today(),
            self._catalogue,
        )
        if isinstance(found, PainWarning):
            on_easier = self._level_of(routine_id) is PlayLevel.EASIER
            if PainRiseDialog.ask(self._parent, routine.name, found, on_easier):
                self._set_level(routine_id, PlayLevel.EASIER)
        elif isinstance(found, ProgressionOffer):
            text = describe_offer(found, routine, self._catalogue)
            accepted = ProgressionOfferDialog.ask(self._parent, routine.name, text)
            self._repository.add_progression_record(
                ProgressionRecord(
                    routine_id=routine_id,
                    decided_utc=self._now_utc(),
                    local_date=self._today(),
                    decision=Decision.ACCEPTED if accepted else Decision.DECLINED,
                    change=found.change,
                    step_index=found.step_index,
                )
            )
            if accepted:
                self._repository.save_routine(found.routine)


def install_progression_review(
    parent: QWidget,
    player: PlayerController,
    refresh_library: Callable[[], None],
    repository: Repository,
    preferences: Preferences,
    catalogue: Catalogue,
    clock: Clock,
) -> ProgressionReview:
    """Reviews each played session as the player reports it, then refreshes the library."""
    review = ProgressionReview(
        parent,
        repository,
        catalogue,
        preferences.routine_level,
        preferences.set_routine_level,
        lambda: datetime.fromtimestamp(clock.wall()).date(),
        lambda: utc_iso(clock.wall()),
    )

    def on_reviewed(routine_id: str) -> None:
        review.review(routine_id)
        refresh_library()

    player.session_reviewed.connect(on_reviewed)
    return review
