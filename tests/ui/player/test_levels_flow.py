"""Levels chosen on the library page and played in the player; progression offers and warnings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.levels import PlayLevel
from lbh_desktop.core.models import (
    Level,
    Routine,
    RoutineKind,
    SessionRecord,
    SessionStatus,
    Step,
    StepMode,
)
from lbh_desktop.core.pain_model import PainReason, PainWarning
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.progression_record import ChangeKind, Decision
from lbh_desktop.core.red_flags import red_flags_text, urgent_only
from lbh_desktop.shell.app import App
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.player.progression_dialog import PainRiseDialog, ProgressionOfferDialog
from lbh_desktop.ui.player.this_hurts import HurtChoice, ThisHurtsDialog
from tests.ui.driving import press, run_for

TINY = Routine(
    "tiny",
    "Tiny routine",
    RoutineKind.STRETCH,
    Level.BEGINNER,
    "",
    (
        Step("cat-cow", StepMode.TIMED, seconds=30, rest_after=10),
        Step("glute-bridge", StepMode.REPS, reps=8),
    ),
)


def select(app: App, routine_id: str) -> None:
    routines = app.window.library.routine_list
    for row in range(routines.count()):
        if routines.item(row).data(Qt.ItemDataRole.UserRole + 2) == routine_id:
            routines.setCurrentRow(row)
            return
    raise AssertionError(f"{routine_id} is not listed")


def choose_level(app: App, level: PlayLevel) -> None:
    combo = app.window.library.level_combo
    combo.setCurrentIndex(combo.findData(level.value))


def column(app: App, number: int) -> list[str]:
    tree = app.window.library.steps_tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [item.text(number) for item in items if item is not None]


def dose_column(app: App) -> list[str]:
    return column(app, 1)


def past_session(day: str, pain: int | None = None) -> SessionRecord:
    return SessionRecord(
        id=f"past-{day}",
        routine_id=TINY.id,
        routine_name=TINY.name,
        routine_kind=TINY.kind,
        started_utc=f"{day}T08:00:00Z",
        local_date=day,
        utc_offset_minutes=0,
        status=SessionStatus.COMPLETED,
        pain=pain,
    )


def play_tiny_to_the_end(app: App, clock: FakeClock) -> None:
    """Starts TINY from the library and plays it: 5 s get-ready, a hold, a rest, 8 reps."""
    select(app, TINY.id)
    app.window.library.start_button.click()
    press(Qt.Key.Key_Space)
    player = app.player.player
    assert player is not None
    while player.current is not None and player.current.mode is not StepMode.REPS:
        run_for(app, clock, 1.0)
    run_for(app, clock, 20.0)
    press(Qt.Key.Key_Return)
    assert player.state is PlayerState.FINISHED


@pytest.fixture
def tiny(app: App) -> Routine:
    app.repository.save_routine(TINY)
    app.library.refresh()
    return TINY


# Level chooser and player ---------------------------------------------------------------------


def test_the_level_chooser_sits_by_start_and_is_remembered_per_routine(app: App) -> None:
    library = app.window.library
    combo = library.level_combo
    assert combo.accessibleName() == "Level" and "×0.75" in combo.toolTip()
    assert combo.parentWidget() is library.start_button.parentWidget()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Easier", "Standard", "Harder"]
    select(app, "desk-stretch-break")
    assert combo.currentData() == "standard"
    standard = dose_column(app)
    assert standard[:2] == ["8 reps", "25 s each side"]
    standard_meta = library.meta_label.text()

    choose_level(app, PlayLevel.EASIER)
    assert dose_column(app)[:2] == ["6 reps", "20 s each side"]
    assert library.meta_label.text() != standard_meta  # shorter
    assert column(app, 0)[0] == "Seated pelvic tilts (easier seated cat-cow)"

    select(app, "daily-stretch")
    assert combo.currentData() == "standard"
    choose_level(app, PlayLevel.HARDER)
    assert dose_column(app)[0] == "55 s"  # 45 s × 1.25 = 56.25 → 55
    select(app, "desk-stretch-break")
    assert combo.currentData() == "easier"

    stored = Preferences(app.preferences.path)
    assert stored.routine_level("desk-stretch-break") is PlayLevel.EASIER
    assert stored.routine_level("daily-stretch") is PlayLevel.HARDER
    assert stored.routine_level("warm-up") is PlayLevel.STANDARD


def test_start_plays_at_the_chosen_level_shows_it_and_logs_it(
    app: App, clock: FakeClock, tiny: Routine
) -> None:
    select(app, tiny.id)
    choose_level(app, PlayLevel.HARDER)
    app.window.library.start_button.click()
    view = app.window.player
    assert view.level_label.text() == "Harder level" and view.level_label.isVisible()
    player = app.player.player
    assert player is not None
    steps = player.timeline.routine.steps
    assert (steps[0].seconds, steps[1].reps) == (40, 10)
    assert [s.variation.value for s in steps] == ["harder", "harder"]
    press(Qt.Key.Key_Space)
    run_for(app, clock, 6.0)
    assert view.clock_label.text() == "39"
    assert view.detail_label.text().startswith("Harder version of")
    (session,) = app.repository.sessions()
    assert session.level == "harder"
    assert app.repository.routine(tiny.id) == tiny  # the stored routine is unchanged


# Progression offer ----------------------------------------------------------------------------


def record_asks(
    monkeypatch: pytest.MonkeyPatch, dialog: type, answer: Any
) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def ask(cls: type, parent: object, *details: Any) -> Any:
        asked.append(details)
        return answer

    monkeypatch.setattr(dialog, "ask", classmethod(ask))
    return asked


def test_a_third_completed_session_brings_an_offer_and_accepting_saves_it(
    app: App, clock: FakeClock, tiny: Routine, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in ("2025-12-27", "2025-12-29"):
        app.repository.save_session(past_session(day, pain=3))
    asked = record_asks(monkeypatch, ProgressionOfferDialog, True)
    play_tiny_to_the_end(app, clock)
    assert asked == []  # not before the check-in is answered
    app.window.player.pain_buttons[2].click()
    ((name, change),) = asked
    assert name == "Tiny routine"
    assert "30 → 33 s" in change and "8 → 9 reps" in change
    saved = app.repository.routine(tiny.id)
    assert saved is not None
    assert (saved.steps[0].seconds, saved.steps[1].reps) == (33, 9)
    (decision,) = app.repository.progression_records()
    assert (decision.decision, decision.change) == (Decision.ACCEPTED, ChangeKind.HOLDS)
    assert decision.local_date.isoformat() == "2026-01-01"

    select(app, "warm-up")  # the library shows the new doses
    select(app, tiny.id)
    assert dose_column(app) == ["33 s", "9 reps"]

    # Never more than one step up a week: the next session brings no offer.
    monkeypatch.setattr(ProgressionOfferDialog, "ask", classmethod(_unexpected))
    press(Qt.Key.Key_Space)  # back to the routines from the finished session
    play_tiny_to_the_end(app, clock)
    app.window.player.pain_buttons[0].click()
    assert len(app.repository.progression_records()) == 1


def _unexpected(cls: type, *args: object) -> bool:
    raise AssertionError(f"unexpected dialog {cls.__name__}")


def test_declining_keeps_the_routine_and_is_remembered(
    app: App, clock: FakeClock, tiny: Routine, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in ("2025-12-27", "2025-12-29"):
        app.repository.save_session(past_session(day, pain=1))
    asked = record_asks(monkeypatch, ProgressionOfferDialog, False)
    play_tiny_to_the_end(app, clock)
    app.window.player.pain_buttons[1].click()
    assert len(asked) == 1
    press(Qt.Key.Key_Space)
    assert app.window.pages.currentWidget() is app.window.library
    assert app.repository.routine(tiny.id) == tiny
    (decision,) = app.repository.progression_records()
    assert decision.decision is Decision.DECLINED

    monkeypatch.setattr(ProgressionOfferDialog, "ask", classmethod(_unexpected))
    play_tiny_to_the_end(app, clock)
    app.window.player.pain_buttons[0].click()


def test_no_offer_without_a_pain_rating(app: App, clock: FakeClock, tiny: Routine) -> None:
    for day in ("2025-12-27", "2025-12-29"):
        app.repository.save_session(past_session(day, pain=1))
    play_tiny_to_the_end(app, clock)
    press(Qt.Key.Key_Space)  # leaving without the check-in: reviewed, but no step up unrated
    assert app.window.pages.currentWidget() is app.window.library
    assert app.repository.progression_records() == []


def test_no_offer_after_a_session_cut_short(
    app: App, clock: FakeClock, tiny: Routine, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in ("2025-12-27", "2025-12-29"):
        app.repository.save_session(past_session(day))
    record_asks(monkeypatch, ThisHurtsDialog, HurtChoice.STOP)
    select(app, tiny.id)
    app.window.library.start_button.click()
    press(Qt.Key.Key_Space)
    run_for(app, clock, 10.0)
    press(Qt.Key.Key_H)
    app.window.player.pain_buttons[1].click()  # the autouse fixture fails on any offer
    assert app.repository.progression_records() == []


# Pain rising ----------------------------------------------------------------------------------


def test_pain_up_two_points_suggests_the_easier_level(
    app: App, clock: FakeClock, tiny: Routine, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.repository.save_session(past_session("2025-12-30", pain=1))
    asked = record_asks(monkeypatch, PainRiseDialog, True)
    play_tiny_to_the_end(app, clock)
    app.window.player.pain_buttons[3].click()
    assert asked == [("Tiny routine", PainWarning(3, 1.0, PainReason.RISE), False)]
    assert app.preferences.routine_level(tiny.id) is PlayLevel.EASIER
    press(Qt.Key.Key_Space)
    select(app, tiny.id)
    assert app.window.library.level_combo.currentData() == "easier"


def test_pain_up_one_point_says_nothing(app: App, clock: FakeClock, tiny: Routine) -> None:
    app.repository.save_session(past_session("2025-12-30", pain=1))
    play_tiny_to_the_end(app, clock)
    app.window.player.pain_buttons[2].click()  # any dialog would fail the test
    assert app.preferences.routine_level(tiny.id) is PlayLevel.STANDARD


# The dialogs themselves -----------------------------------------------------------------------


REAL_ASK = {
    cls: cls.__dict__["ask"] for cls in (PainRiseDialog, ProgressionOfferDialog, ThisHurtsDialog)
}


def real_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Undoes the autouse guard for these dialogs; the test replaces only their modal loop."""
    for cls, ask in REAL_ASK.items():
        monkeypatch.setattr(cls, "ask", ask)


def click_on_show(monkeypatch: pytest.MonkeyPatch, label: str) -> list[QMessageBox]:
    """Replaces the modal loop: the box is kept for inspection and `label` is clicked."""
    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        buttons = {b.text(): b for b in box.findChildren(QPushButton)}
        assert label in buttons, f"no {label!r} among {sorted(buttons)}"
        buttons[label].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def dialog_case(
    monkeypatch: pytest.MonkeyPatch, label: str, call: Callable[[], object]
) -> tuple[object, QMessageBox]:
    shown = click_on_show(monkeypatch, label)
    result = call()
    (box,) = shown
    return result, box


def test_pain_rise_dialog_gives_the_advice_and_the_red_flags(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_dialogs(monkeypatch)
    warning = PainWarning(5, 2.0, PainReason.RISE)
    red_flags = red_flags_text(urgent_only())
    result, box = dialog_case(
        monkeypatch,
        "Use the easier level",
        lambda: PainRiseDialog.ask(app.window, "<b>Mine</b>", warning, False),
    )
    assert result is True
    assert box.informativeText() == red_flags
    assert box.textFormat() is Qt.TextFormat.PlainText and "<b>Mine</b>" in box.text()
    assert "5 out of 10" in box.text() and "3 more than your usual 2" in box.text()
    assert "easier level" in box.text()
    result, box = dialog_case(
        monkeypatch, "OK", lambda: PainRiseDialog.ask(app.window, "Mine", warning, True)
    )
    assert result is False and box.informativeText() == red_flags
    assert "rest day" in box.text() and "easier level" not in box.text()


def test_offer_and_hurt_dialogs_return_what_was_clicked(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_dialogs(monkeypatch)
    for label, expected in (("Step up", True), ("Not now", False)):
        result, box = dialog_case(
            monkeypatch,
            label,
            lambda: ProgressionOfferDialog.ask(app.window, "Mine", "Hold 30 → 33 s."),
        )
        assert result is expected and "Hold 30 → 33 s." in box.informativeText()
    for label, choice in (
        ("Try the easier version (Wall plank)", HurtChoice.EASIER),
        ("Skip to the next move", HurtChoice.SKIP),
        ("Stop the routine", HurtChoice.STOP),
    ):
        result, box = dialog_case(
            monkeypatch, label, lambda: ThisHurtsDialog.ask(app.window, "Plank", "Wall plank")
        )
        assert result is choice and box.text() == "Plank is stopped."
    _, box = dialog_case(
        monkeypatch, "Skip to the next move", lambda: ThisHurtsDialog.ask(app.window, "P", None)
    )
    assert not any("easier" in b.text() for b in box.findChildren(QPushButton))
    assert red_flags_text(urgent_only()) in box.informativeText()
    assert "sharp, shooting" in box.informativeText()
