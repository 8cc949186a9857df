"""In a pseudo-locale, every dialog and window of its own fits in 800×600 (see
test_pseudo_locale_layout.py for how)."""

from __future__ import annotations

import dataclasses
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from lbh_desktop.core.break_schedule import BreakSchedule, BreakSettings
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.import_plan import NameClash
from lbh_desktop.core.models import (
    RoutineKind,
    SessionRecord,
    SessionStatus,
)
from lbh_desktop.core.pain_model import PainReason, PainWarning
from lbh_desktop.core.progression import ProgressionOffer, describe_offer, review_routine
from lbh_desktop.platform.do_not_disturb import FULL_SCREEN
from lbh_desktop.shell.app import App
from lbh_desktop.storage import bundled
from lbh_desktop.ui.breaks.break_controller import BreakController, break_status
from lbh_desktop.ui.breaks.break_settings_dialog import BreakChoices, BreakSettingsDialog
from lbh_desktop.ui.breaks.mini_window import MiniWindow
from lbh_desktop.ui.breaks.reminder_view import ReminderView
from lbh_desktop.ui.breaks.tray_view import TrayView
from lbh_desktop.ui.editor.custom_exercise_dialog import CustomExerciseDialog
from lbh_desktop.ui.editor.editor_dialogs import ConfirmDelete, UnsavedChanges
from lbh_desktop.ui.editor.editor_view import PICKER_TAB, STEP_TAB, EditorView
from lbh_desktop.ui.library.import_dialogs import ClashDialog, ImportProblemsDialog
from lbh_desktop.ui.player.progression_dialog import PainRiseDialog, ProgressionOfferDialog
from lbh_desktop.ui.progress.progress_controller import SkipDayDialog
from lbh_desktop.ui.shared.safety_notice import SafetyNoticeDialog
from tests.ui.driving import press, run_for
from tests.ui.layout_checks import (
    resize,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from tests.ui.pseudo_locale import (
    IMPORT_CORPUS,
    SCREEN,
    ZONE,
    assert_fits,
    message_boxes,
    problems,
    select,
    window_problems,
)

pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)


def test_the_player_dialogs_fit(
    pseudo_language: None,
    app: App,
    clock: FakeClock,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """This hurts, stop, the step-up offer and the pain warning, each as the player asks it."""
    found: dict[str, list[str]] = {}
    message_boxes(monkeypatch, found)
    routine = app.repository.find_routine("strength")
    assert routine is not None
    app.open_routine(routine)
    resize(qtbot, app, 800, 600)
    press(Qt.Key.Key_Space)
    run_for(app, clock, 7.0)
    press(Qt.Key.Key_H)  # asks, then (closed) skips the move
    app.window.activateWindow()  # the box, closed, leaves no window active
    qtbot.waitUntil(app.window.isActiveWindow)
    app.window.player.setFocus()
    press(Qt.Key.Key_Escape)  # asks, then (closed) keeps going
    catalogue = bundled.load_catalogue()
    sessions = [
        SessionRecord(
            id=f"past-{day}",
            routine_id=routine.id,
            routine_name=routine.name,
            routine_kind=routine.kind,
            started_utc=f"{day}T08:00:00Z",
            local_date=day,
            utc_offset_minutes=0,
            status=SessionStatus.COMPLETED,
            pain=pain,
        )
        for day, pain in (("2025-12-27", 3), ("2025-12-29", 3), ("2025-12-30", 2))
    ]
    offer = review_routine(routine, sessions, [], date(2025, 12, 30), catalogue)
    assert isinstance(offer, ProgressionOffer)
    window = app.window
    ProgressionOfferDialog.ask(window, routine.name, describe_offer(offer, routine, catalogue))
    for easier in (False, True):
        PainRiseDialog.ask(window, routine.name, PainWarning(5, 2.0, PainReason.RISE), easier)
    assert len(found) == 4
    assert_fits(found)


def test_the_editor_and_its_dialogs_fit(
    pseudo_language: None, app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    select(app, "strength")
    app.window.library.routine_actions.duplicate_requested.emit("strength")
    editor = app.window.pages.currentWidget()
    assert isinstance(editor, EditorView)
    editor.select_step(1)
    found: dict[str, list[str]] = {}
    for tab, name in ((STEP_TAB, "editor step tab"), (PICKER_TAB, "editor exercise picker")):
        editor.tabs.setCurrentIndex(tab)
        resize(qtbot, app, 800, 600)
        found[name] = problems(editor)
    dialog = CustomExerciseDialog([], None, app.window)
    found["new exercise"] = window_problems(dialog)
    dialog.accept()  # unfinished: every problem shows under its field
    found["new exercise with its problems"] = window_problems(dialog)
    dialog.hide()
    message_boxes(monkeypatch, found)
    UnsavedChanges.ask(app.window, editor.name_edit.text())
    ConfirmDelete.ask(
        app.window,
        editor.name_edit.text(),
        translate("custom_exercise_actions", "Your own exercise and its picture."),
    )
    assert_fits(found)


def test_the_import_and_skip_day_dialogs_fit(
    pseudo_language: None, app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rejected file's problems as an import finds them, both name clashes, a skip day."""
    found: dict[str, list[str]] = {}

    def check(dialog: ImportProblemsDialog) -> int:
        found["import problems"] = window_problems(dialog)
        dialog.hide()
        return 0

    monkeypatch.setattr(ImportProblemsDialog, "exec", check)
    assert app.import_export is not None
    importer = app.import_export()
    assert importer.import_file(IMPORT_CORPUS / "wrong-types.json") is None
    assert "import problems" in found
    desk = bundled.load_builtin_routines()[0]
    mine = dataclasses.replace(desk, id="mine", builtin=False, builtin_version=0)
    for existing, name in ((mine, "clash with mine"), (desk, "clash with a built-in")):
        clash = ClashDialog(app.window, NameClash(mine, (existing,), f"{desk.name} (2)"))
        found[name] = window_problems(clash)
        clash.hide()
    skip_day = SkipDayDialog(app.window, date(2025, 12, 30), [date(2025, 12, 30)])
    found["skip day"] = window_problems(skip_day)
    skip_day.hide()
    assert_fits(found)


def test_the_safety_notice_fits(pseudo_language: None, qtbot: QtBot) -> None:
    dialog = SafetyNoticeDialog()
    qtbot.addWidget(dialog)
    assert_fits({"safety notice": window_problems(dialog)})


def test_the_break_windows_fit(pseudo_language: None, qtbot: QtBot) -> None:
    """The reminder as the break controller shows it, the no-tray window in each state, the
    break settings dialog, and the tray menu."""
    found: dict[str, list[str]] = {}
    clock = FakeClock(wall=datetime(2026, 11, 24, 10, 0, tzinfo=ZONE).timestamp())
    schedule = BreakSchedule(
        BreakSettings(), clock, lambda: 0.0, lambda w: datetime.fromtimestamp(w, ZONE)
    )
    (routine,) = [r for r in bundled.load_builtin_routines() if r.kind is RoutineKind.DESK_BREAK]
    reminder = ReminderView()
    qtbot.addWidget(reminder)
    controller = BreakController(
        schedule,
        lambda: routine,
        reminder,
        lambda: datetime.fromtimestamp(clock.wall(), ZONE),
        moves=bundled.load_catalogue(),
    )
    for _ in range(BreakSettings().interval_minutes * 2):  # checks as its timer would
        clock.advance(30)
        controller.check()
    assert reminder.isVisible()
    found["break reminder"] = window_problems(reminder)

    mini = MiniWindow()
    qtbot.addWidget(mini)
    statuses = {
        "counting": break_status(schedule.snapshot()),
        "held": break_status(schedule.snapshot(), FULL_SCREEN),
    }
    schedule.pause(None)
    statuses["paused"] = break_status(schedule.snapshot())
    for state, status in statuses.items():
        mini.set_state(status)
        mini.show_notice(translate("break_controller", "Finish what you are doing."), 60_000)
        found[f"mini window {state}"] = window_problems(mini)

    tray = TrayView(mini.windowIcon())
    tray.set_status(statuses["held"])
    for menu in (tray.menu, tray.snooze_menu, tray.pause_menu):
        found[f"tray menu {menu.title() or 'main'}"] = cut_menu_items(menu)
    tray.menu.deleteLater()

    choices = BreakChoices(
        interval_minutes=50,
        working_days=frozenset({0, 1, 2, 3, 4}),
        start=datetime(2026, 1, 1, 9).time(),
        end=datetime(2026, 1, 1, 17, 30).time(),
        pinned_routine="",
        close_to_tray=True,
        start_at_login=False,
    )
    settings = BreakSettingsDialog(
        choices,
        [(r.id, r.name) for r in bundled.load_builtin_routines()],
        translate("idle", "Idle time from {source}.").format(source="X11"),
        "",
        interval_note=translate(
            "breaks_wiring",
            "For this run only: every {minutes} min (--break-interval), unless you change it.",
        ).format(minutes=1),
        do_not_disturb_note=translate("do_not_disturb", "Follows {followed}.").format(
            followed=translate("do_not_disturb", "nothing on this desktop")
        ),
    )
    qtbot.addWidget(settings)
    found["break settings"] = window_problems(settings)
    for box in settings.days:
        box.setChecked(False)  # the problem line shows
    found["break settings with a problem"] = window_problems(settings)
    assert_fits(found)


def cut_menu_items(menu: QMenu) -> list[str]:
    """Menu entries wider than the menu shown at 800 px at most."""
    menu.ensurePolished()
    width = min(menu.sizeHint().width(), SCREEN.width())
    metrics = menu.fontMetrics()
    return [
        f"{action.text()}: {width} < {needed}"
        for action in menu.actions()
        if action.isVisible()
        and (needed := metrics.horizontalAdvance(action.text().replace("&", ""))) > width
    ]
