"""The routine library page driven through its real widgets: list, kind filter, detail, start."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.core.library import KIND_LABELS
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode
from lbh_desktop.shell.app import App
from lbh_desktop.ui.library.library_view import ROUTINE_ID_ROLE, SUBTITLE_ROLE

BUILTIN_NAMES = [
    "Desk stretch break",
    "Daily lower back & hip stretch",
    "Lower back & hip strength",
    "Beginner strength",
    "Warm-up",
    "Flare-up: gentle movement",
]


def names(routine_list: QListWidget) -> list[str]:
    return [routine_list.item(i).text() for i in range(routine_list.count())]


def subtitles(routine_list: QListWidget) -> list[str]:
    return [routine_list.item(i).data(SUBTITLE_ROLE) for i in range(routine_list.count())]


def choose_kind(app: App, label: str) -> None:
    combo = app.window.library.kind_filter
    index = combo.findText(label)
    assert index >= 0, f"no filter entry {label!r}"
    combo.setCurrentIndex(index)


def click_row(app: App, qtbot: QtBot, row: int) -> None:
    routine_list = app.window.library.routine_list
    item = routine_list.item(row)
    routine_list.scrollToItem(item)
    qtbot.mouseClick(
        routine_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=routine_list.visualItemRect(item).center(),
    )


def parts(text: str) -> list[str]:
    """The " · "-separated facts of a subtitle or meta line, wherever its lines break."""
    return re.split(r" · |\n", text)


def routine_named(app: App, name: str) -> Routine:
    routine = app.repository.find_routine(name)
    assert routine is not None
    return routine


def test_library_lists_the_builtins_with_kind_duration_level_positions_and_last_done(
    app: App,
) -> None:
    routine_list = app.window.library.routine_list
    assert names(routine_list) == BUILTIN_NAMES
    rows = dict(zip(names(routine_list), subtitles(routine_list), strict=True))
    assert parts(rows["Desk stretch break"]) == [
        "Desk break",
        "6 min",  # 8 seated cat-cows and 8 back extensions at 5 s a rep (issue #17)
        "Beginner",
        "Chair, Standing",
        "Last done: Never",
    ]
    for routine in app.repository.routines():
        kind, duration, level, positions, last_done = parts(rows[routine.name])
        assert kind == KIND_LABELS[routine.kind]
        assert re.fullmatch(r"\d+ min", duration), duration
        assert level == routine.level.value.capitalize()
        assert positions and set(positions.split(", ")) <= {"Floor", "Chair", "Standing"}
        assert last_done == "Last done: Never"
    assert [routine_list.item(i).data(ROUTINE_ID_ROLE) for i in range(routine_list.count())] == [
        r.id for r in app.repository.routines()
    ]


def test_the_first_routine_is_selected_and_shown_at_start(app: App) -> None:
    library = app.window.library
    assert library.routine_list.currentRow() == 0
    assert library.title_label.text() == "Desk stretch break"
    assert library.start_button.isEnabled()
    assert library.empty_state.isHidden()


def test_kind_filter_shows_only_that_kind(app: App) -> None:
    library = app.window.library
    assert library.kind_filter.currentText() == "All routines"
    choose_kind(app, "Strength")
    assert names(library.routine_list) == ["Lower back & hip strength", "Beginner strength"]
    assert all(s.startswith("Strength · ") for s in subtitles(library.routine_list))
    assert library.title_label.text() == "Lower back & hip strength"  # detail follows the list
    assert library.empty_state.isHidden()

    choose_kind(app, "All routines")
    assert names(library.routine_list) == BUILTIN_NAMES
    assert library.title_label.text() == "Lower back & hip strength"  # selection kept


def test_the_filter_offers_every_kind(app: App) -> None:
    combo = app.window.library.kind_filter
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["All routines", *KIND_LABELS.values()]


def test_selecting_a_routine_fills_the_detail(app: App, qtbot: QtBot) -> None:
    library = app.window.library
    click_row(app, qtbot, 2)
    routine = routine_named(app, "Lower back & hip strength")
    assert library.routine_list.currentRow() == 2
    assert library.title_label.text() == routine.name
    subtitle = library.routine_list.item(2).data(SUBTITLE_ROLE)
    assert parts(library.meta_label.text()) == parts(subtitle)[:-1]
    assert library.meta_label.text().startswith("Strength · ")
    assert library.description_label.text() == routine.description
    assert library.last_done_label.text() == "Last done: Never"
    assert library.steps_tree.topLevelItemCount() == len(routine.steps)
    first = library.steps_tree.topLevelItem(0)
    assert first.text(0)  # a move name
    assert first.text(2) == str(routine.steps[0].sets)

    click_row(app, qtbot, 0)
    desk = routine_named(app, "Desk stretch break")
    assert library.title_label.text() == desk.name
    assert library.steps_tree.topLevelItemCount() == len(desk.steps)


def test_enter_on_the_list_opens_the_player_on_the_selected_routine(app: App, qtbot: QtBot) -> None:
    library = app.window.library
    library.routine_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is library.routine_list)
    QTest.keyClick(library.routine_list, Qt.Key.Key_Down)
    QTest.keyClick(library.routine_list, Qt.Key.Key_Down)
    assert library.title_label.text() == "Lower back & hip strength"
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Return)
    assert app.window.pages.currentWidget() is app.window.player
    assert app.window.player.routine_label.text() == "Lower back & hip strength"
    assert app.player.player is not None
    assert not app.player.active


def test_start_button_opens_the_player_on_the_selected_routine(app: App, qtbot: QtBot) -> None:
    click_row(app, qtbot, 4)
    qtbot.mouseClick(app.window.library.start_button, Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.player
    assert app.window.player.routine_label.text() == "Warm-up"


def test_back_to_the_library_from_the_player_keeps_the_selection(app: App, qtbot: QtBot) -> None:
    click_row(app, qtbot, 3)
    qtbot.mouseClick(app.window.library.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(app.window.player.library_button, Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.library
    assert app.window.library.current_routine_id() == "beginner-strength"
    assert app.window.library.title_label.text() == "Beginner strength"


def test_empty_state_shows_when_no_routine_is_of_the_chosen_kind(app: App) -> None:
    library = app.window.library
    app.repository.delete_routine("warm-up")
    app.library.refresh()
    choose_kind(app, "Warm-up")
    assert library.routine_list.count() == 0
    assert not library.empty_state.isHidden()
    assert library.empty_state.isVisible()
    assert library.routine_list.isHidden()  # the empty state takes the list's place
    assert library.empty_state.title_label.text() == "No warm-up routines yet"
    assert library.empty_state.action_button.isVisible()
    assert library.empty_state.action_button.text().replace("&", "") == "Show all routines"
    assert not library.start_button.isEnabled()

    choose_kind(app, "Stretch")
    assert names(library.routine_list) == [
        "Daily lower back & hip stretch",
        "Flare-up: gentle movement",
    ]
    assert library.empty_state.isHidden()
    assert library.routine_list.isVisible()
    assert library.start_button.isEnabled()


def test_a_saved_user_routine_is_listed_after_the_builtins_and_filtered_by_kind(
    app: App,
) -> None:
    library = app.window.library
    mine = Routine(
        id="my-hips",
        name="My hips",
        kind=RoutineKind.STRETCH,
        level=Level.ADVANCED,
        description="Two minutes of cat-cow.",
        steps=(Step(exercise_id="cat-cow", mode=StepMode.TIMED, seconds=120),),
    )
    app.repository.save_routine(mine)
    app.library.refresh()
    assert names(library.routine_list) == [*BUILTIN_NAMES, "My hips"]
    assert parts(subtitles(library.routine_list)[-1]) == [
        "Stretch",
        "2 min",
        "Advanced",
        "Floor",
        "Last done: Never",
    ]
    assert library.current_routine_id() == "desk-stretch-break"  # refresh keeps the selection

    choose_kind(app, "Stretch")
    assert names(library.routine_list) == [
        "Daily lower back & hip stretch",
        "Flare-up: gentle movement",
        "My hips",
    ]
