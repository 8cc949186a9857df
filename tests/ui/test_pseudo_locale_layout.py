"""In a pseudo-locale (every text accented and 40 % longer), every view fits at 800×600.

The pseudo translation is built from the code and catalogue as a new language would be
(packaging/translations.py), so a string that is not translatable shows up in English and a
string that does not fit shows up cut: the same checks as the 200 % text test, and tab names
in full. Windows and dialogs of their own are shown at their own size, bounded by 800×600;
one whose smallest size is larger than that is reported too (it would not fit the screen).
Each area is a test of its own, so a failure names the view.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSize, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.core import i18n
from lbh_desktop.core.break_schedule import BreakSchedule, BreakSettings
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.import_plan import NameClash
from lbh_desktop.core.levels import EasedMove, eased_note
from lbh_desktop.core.models import (
    RoutineKind,
    SessionRecord,
    SessionStatus,
    StepMode,
    Variation,
)
from lbh_desktop.core.pain_model import PainReason, PainWarning
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.progression import ProgressionOffer, describe_offer, review_routine
from lbh_desktop.core.timeline import SegmentKind
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
from lbh_desktop.ui.library.import_export_controller import ImportExportController
from lbh_desktop.ui.library.library_view import ROUTINE_ID_ROLE
from lbh_desktop.ui.player.confirm_stop import ConfirmStop
from lbh_desktop.ui.player.player_buttons import usual_again_text
from lbh_desktop.ui.player.progression_dialog import PainRiseDialog, ProgressionOfferDialog
from lbh_desktop.ui.player.this_hurts import ThisHurtsDialog
from lbh_desktop.ui.progress.progress_controller import SkipDayDialog
from lbh_desktop.ui.settings.settings_dialog import SettingsDialog
from lbh_desktop.ui.settings.settings_values import DEFAULTS
from lbh_desktop.ui.shared.colors import LIGHT
from lbh_desktop.ui.shared.language import uninstall_language
from lbh_desktop.ui.shared.safety_notice import SafetyNoticeDialog
from lbh_desktop.ui.shared.style import style_sheet
from tests.ui.driving import press, run_for
from tests.ui.layout_checks import (
    clipped_buttons,
    clipped_labels,
    clipped_legends,
    clipped_tabs,
    resize,
    squashed_fields,
    status_labels_fit,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import translations

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "progress_benchmark.py"

pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)

SCREEN = QSize(800, 600)
IMPORT_CORPUS = Path(__file__).parent.parent / "data" / "import_corpus"
ZONE = ZoneInfo("Europe/Berlin")
# The dialogs' real `ask`, before the autouse fixtures (tests/app_fixtures.py) replace it.
REAL_ASK = {
    dialog: dialog.__dict__["ask"]
    for dialog in (
        ConfirmStop,
        ThisHurtsDialog,
        ProgressionOfferDialog,
        PainRiseDialog,
        UnsavedChanges,
        ConfirmDelete,
    )
}


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built: Path = translations.pseudo_release(tmp_path_factory.mktemp("pseudo"))
    return built


@pytest.fixture
def pseudo_language(pseudo_qm: Path, qapp: QApplication) -> Iterator[None]:
    translator = QTranslator(qapp)
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    i18n.install(lambda context, text, what, n: qapp.translate(context, text, what, n))
    bundled.load_catalogue.cache_clear()
    bundled._load_builtin_routines.cache_clear()
    qapp.setStyleSheet(style_sheet(LIGHT))  # as the real app has from the start
    yield
    qapp.setStyleSheet("")
    uninstall_language(qapp)
    bundled.load_catalogue.cache_clear()
    bundled._load_builtin_routines.cache_clear()


def problems(page: QWidget) -> list[str]:
    return (
        clipped_buttons(page)
        + squashed_fields(page)
        + clipped_labels(page)
        + clipped_tabs(page)
        + clipped_legends(page)
    )


def settle() -> None:
    for _ in range(3):  # deferred layout requests, then the re-layouts they cause
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def window_problems(window: QWidget) -> list[str]:
    """A window of its own at the size it takes, bounded by 800×600: what is cut, and whether
    its smallest size is larger than that."""
    window.show()
    settle()
    window.resize(window.size().boundedTo(SCREEN))
    settle()
    found = problems(window)
    if window.width() > SCREEN.width() or window.height() > SCREEN.height():
        found.append(f"window: {window.width()}×{window.height()} > 800×600")
    return found


def assert_fits(found: dict[str, list[str]]) -> None:
    found = {view: cut for view, cut in found.items() if cut}
    assert found == {}, "\n".join(f"{view}: {cut}" for view, cut in found.items())


def message_boxes(monkeypatch: pytest.MonkeyPatch, found: dict[str, list[str]]) -> None:
    """Each message box shown is checked at its own size instead of waiting for an answer
    (it then returns as if closed); the dialogs' real `ask` is put back."""

    def check(box: QMessageBox) -> int:
        found[f"message box “{box.windowTitle()[:40]}”"] = window_problems(box)
        box.hide()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", check)
    for dialog, ask in REAL_ASK.items():
        monkeypatch.setattr(dialog, "ask", ask)


def select(app: App, routine_id: str) -> None:
    routines = app.window.library.routine_list
    for row in range(routines.count()):
        if routines.item(row).data(ROUTINE_ID_ROLE) == routine_id:
            routines.setCurrentRow(row)
            return
    raise AssertionError(f"{routine_id} is not listed")


def test_pseudo_translation_reaches_the_views(pseudo_language: None, app: App) -> None:
    routine = app.repository.find_routine("desk-stretch-break")
    assert routine is not None and routine.name.startswith("[")  # the catalogue, translated
    assert app.window.library.findChildren(QWidget)


def add_three_weeks_of_history(app: App, clock: FakeClock) -> None:
    """Sessions for the progress charts (an empty history shows no chart or legend)."""
    spec = importlib.util.spec_from_file_location("progress_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    today = date.fromtimestamp(clock.wall())
    for record in bench.history(today, 1):
        if record.local_date >= (today - timedelta(days=20)).isoformat():
            app.repository.save_session(record)


def test_every_view_fits_at_800_by_600(
    pseudo_language: None, app: App, clock: FakeClock, qtbot: QtBot
) -> None:
    add_three_weeks_of_history(app, clock)
    found: dict[str, list[str]] = {}
    resize(qtbot, app, 800, 600)
    found["library"] = problems(app.window.library)
    routine = app.repository.find_routine("strength")
    assert routine is not None
    app.open_routine(routine)
    resize(qtbot, app, 800, 600)
    assert app.window.pages.currentWidget() is app.window.player
    found["player"] = problems(app.window.player)
    app.window.progress_requested.emit()
    view = app.progress_view
    assert view is not None
    tabs = view.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        resize(qtbot, app, 800, 600)
        assert app.window.pages.currentWidget() is view
        found[f"progress tab {index}"] = problems(view)
    status_labels_fit(app)
    assert_fits(found)


def test_the_settings_dialog_fits(pseudo_language: None, app: App, qtbot: QtBot) -> None:
    """Every tab, the dialog opened over the 800×600 window as the app opens it."""
    resize(qtbot, app, 800, 600)
    settings = app.settings
    assert settings is not None and settings.data_folder_page is not None
    dialog = SettingsDialog(
        DEFAULTS,
        app.repository.folder,
        "",
        settings.voice_section,
        lambda: None,
        app.window,
        settings.data_folder_page,
    )
    found: dict[str, list[str]] = {}
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        found[f"settings tab {index}"] = window_problems(dialog)
    dialog.hide()
    assert_fits(found)


def test_the_empty_library_fits(pseudo_language: None, app: App, qtbot: QtBot) -> None:
    """No routine of the chosen kind, then no routine at all."""
    library = app.window.library
    found: dict[str, list[str]] = {}
    app.repository.delete_routine("warm-up")
    app.library.refresh()
    library.kind_filter.setCurrentIndex(library.kind_filter.findData(RoutineKind.WARMUP.value))
    resize(qtbot, app, 800, 600)
    assert library.empty_state.isVisible()
    found["empty library (filter)"] = problems(library)
    for routine in app.repository.routines():
        app.repository.delete_routine(routine.id)
    library.kind_filter.setCurrentIndex(library.kind_filter.findData(""))
    app.library.refresh()
    resize(qtbot, app, 800, 600)
    assert library.empty_state.isVisible()
    assert library.empty_state.title_label.text() == translate(
        "routine_card", "Make your first routine"
    )
    found["empty library (no routines)"] = problems(library)
    assert_fits(found)


def test_the_player_fits_while_a_routine_runs(
    pseudo_language: None, app: App, clock: FakeClock, qtbot: QtBot
) -> None:
    """Get-ready, a timed hold (at its halfway banner), reps, an open hold, rests between
    sets and moves, a side switch, and the summary with its pain check-in after."""
    routine = app.repository.find_routine("strength")
    assert routine is not None
    app.open_routine(routine)
    resize(qtbot, app, 800, 600)
    view = app.window.player
    press(Qt.Key.Key_Space)
    player = app.player.player
    assert player is not None
    found: dict[str, list[str]] = {}
    while player.state is PlayerState.RUNNING and (segment := player.current) is not None:
        name = f"{segment.kind.value} {segment.mode.value}{' sided' if segment.side else ''}"
        if name not in found:
            if segment.kind is SegmentKind.WORK and segment.mode is StepMode.TIMED:
                assert segment.duration is not None
                run_for(app, clock, segment.duration / 2 + 0.5)  # the halfway banner
                assert view.banner_label.isVisible()
            settle()
            found[name] = problems(view)
        press(Qt.Key.Key_Right)
    assert {"work timed", "work reps", "work open", "rest timed", "switch-sides timed sided"} <= (
        set(found)
    )
    assert player.state is PlayerState.FINISHED
    assert view.pain_row.isVisible()
    settle()
    found["summary with the pain check-in"] = problems(view)
    assert_fits(found)


def test_the_player_paused_and_mat_mode_fit(
    pseudo_language: None, app: App, clock: FakeClock, qtbot: QtBot
) -> None:
    """Paused (Resume), with the line on a move remembered easier; mat mode paused and
    running."""
    routine = app.repository.find_routine("desk-stretch-break")
    assert routine is not None
    app.open_routine(routine)
    resize(qtbot, app, 800, 600)
    view = app.window.player
    press(Qt.Key.Key_Space)
    run_for(app, clock, 7.0)  # past the get-ready
    press(Qt.Key.Key_Space)
    assert view.primary_button.text() == translate("player_display", "Resume")
    # On a move remembered easier after This hurts: why, and the way back to its usual version.
    eased = EasedMove("front-plank", Variation.EASIER, date(2026, 1, 1))
    view.show_remembered(
        eased_note(eased, Variation.STANDARD, date(2026, 1, 30)),
        usual_again_text(Variation.STANDARD),
    )
    settle()
    assert view.usual_again_button.isVisible()
    found = {"player paused, a move remembered easier": problems(view)}
    view.mat_mode_button.click()
    mat = app.mat_mode
    qtbot.waitUntil(mat.isVisible)
    mat.showNormal()  # the offscreen screen is 800×800
    mat.resize(SCREEN)
    settle()
    assert mat.size() == SCREEN
    found["mat mode paused"] = problems(mat)
    press(Qt.Key.Key_Space)
    run_for(app, clock, 1.0)
    settle()
    found["mat mode running"] = problems(mat)
    assert_fits(found)


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
    importer = app.window.findChild(ImportExportController)
    assert importer is not None
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
