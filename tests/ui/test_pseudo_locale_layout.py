"""In a pseudo-locale (every text accented and 40 % longer), every view fits at 800×600.

The pseudo translation is built from the code and catalogue as a new language would be
(packaging/translations.py), so a string that is not translatable shows up in English and a
string that does not fit shows up cut: the same checks as the 200 % text test, and tab names
in full. Windows and dialogs of their own are shown at their own size, bounded by 800×600;
one whose smallest size is larger than that is reported too (it would not fit the screen).
Each area is a test of its own, so a failure names the view.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.levels import EasedMove, eased_note
from lbh_desktop.core.models import (
    RoutineKind,
    StepMode,
    Variation,
)
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.timeline import SegmentKind
from lbh_desktop.shell.app import App
from lbh_desktop.ui.player.player_buttons import usual_again_text
from lbh_desktop.ui.settings.settings_dialog import SettingsDialog
from lbh_desktop.ui.settings.settings_values import DEFAULTS
from tests.ui.driving import press, run_for
from tests.ui.layout_checks import (
    resize,
    status_labels_fit,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from tests.ui.pseudo_locale import (
    SCREEN,
    add_three_weeks_of_history,
    assert_fits,
    problems,
    settle,
    window_problems,
)

pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)


def test_pseudo_translation_reaches_the_views(pseudo_language: None, app: App) -> None:
    routine = app.repository.find_routine("desk-stretch-break")
    assert routine is not None and routine.name.startswith("[")  # the catalogue, translated
    assert app.window.library.findChildren(QWidget)


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
