"""File → Import routines… / Export routine… / Export history as CSV…, clash and problem dialogs."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import jsonschema
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.history_csv import HURT_COLUMNS, SESSION_COLUMNS, STEP_COLUMNS
from lbh_desktop.core.import_plan import ClashChoice, NameClash
from lbh_desktop.core.models import Routine, Step, StepMode
from lbh_desktop.core.routine_format import MAX_IMPORT_BYTES, SCHEMA_FILE
from lbh_desktop.shell.app import App
from lbh_desktop.storage import bundled
from lbh_desktop.ui.library import import_export_controller as module
from lbh_desktop.ui.library.import_dialogs import (
    MAX_LISTED_PROBLEMS,
    ClashDialog,
    ImportProblemsDialog,
    problems_text,
)
from lbh_desktop.ui.library.import_export_controller import ImportExportController
from lbh_desktop.ui.progress.progress_controller import CsvFolderDialog
from tests.core.shipped_catalogue import as_custom
from tests.storage.layout import folder_state

CORPUS = Path(__file__).parents[2] / "data" / "import_corpus"
DESK_NAME = "Desk stretch break"


@pytest.fixture(autouse=True)
def no_unanswered_import_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test patches the dialogs it expects; any other one fails instead of hanging."""

    def unexpected(cls: type, *args: object) -> None:
        raise AssertionError(f"unexpected dialog {cls.__name__}")

    for dialog in (
        module.ImportFileDialog,
        module.ExportFileDialog,
        ImportProblemsDialog,
        ClashDialog,
        CsvFolderDialog,
    ):
        monkeypatch.setattr(dialog, "ask", classmethod(unexpected))


def answer(
    monkeypatch: pytest.MonkeyPatch, dialog: type, reply: object
) -> list[tuple[object, ...]]:
    """Makes `dialog.ask` return `reply` (or call it with the arguments); records each call."""
    calls: list[tuple[object, ...]] = []

    def ask(cls: type, parent: object, *args: object) -> object:
        calls.append(args)
        return reply(*args) if callable(reply) else reply

    monkeypatch.setattr(dialog, "ask", classmethod(ask))
    return calls


def controller(app: App) -> ImportExportController:
    assert app.import_export is not None
    return app.import_export()  # built on first use, then the same one


def library_names(app: App) -> list[str]:
    routine_list = app.window.library.routine_list
    return [routine_list.item(row).text() for row in range(routine_list.count())]


def select(app: App, name: str) -> Routine:
    routine = app.repository.find_routine(name)
    assert routine is not None
    routine_list = app.window.library.routine_list
    row = library_names(app).index(routine.name)
    routine_list.setCurrentRow(row)
    return routine


def wall_sit() -> Exercise:
    twist = bundled.load_catalogue()["seated-twist"]
    return as_custom(twist, "custom-wall-sit-1a2b3c", name="Wall sit")


def my_desk_break(app: App) -> Routine:
    """A user's edited copy of the desk break: one move swapped for a custom one, a 45 s hold."""
    desk = app.repository.find_routine(DESK_NAME)
    assert desk is not None
    steps = list(desk.steps)
    steps[1] = Step(wall_sit().id, StepMode.TIMED, seconds=45, per_side=False)
    return dataclasses.replace(
        desk,
        id="desk-stretch-break-copy",
        name="My desk break",
        steps=tuple(steps),
        builtin=False,
        builtin_version=0,
    )


def export_via_file_menu(app: App, monkeypatch: pytest.MonkeyPatch, target: Path) -> Path:
    calls = answer(monkeypatch, module.ExportFileDialog, target)
    app.window.export_routine_action.trigger()
    assert len(calls) == 1
    assert target.is_file()
    return target


def import_via_file_menu(app: App, monkeypatch: pytest.MonkeyPatch, source: Path) -> None:
    answer(monkeypatch, module.ImportFileDialog, source)
    app.window.import_action.trigger()


def test_the_file_menu_offers_import_and_both_exports(app: App) -> None:
    file_menu = app.window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [action.text() for action in file_menu.actions() if action.text()]
    assert texts[:3] == ["&Import routines…", "&Export routine…", "Export &history as CSV…"]
    assert app.window.import_action.shortcut().toString() == "Ctrl+O"


def test_round_trip_of_a_copy_using_a_custom_exercise(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """As a new user: export a duplicate of the desk break, delete it, import it back."""
    app.repository.save_custom_exercise(wall_sit())
    mine = my_desk_break(app)
    app.repository.save_routine(mine)
    app.library.refresh()
    select(app, mine.name)
    path = export_via_file_menu(app, monkeypatch, tmp_path / "my-desk-break.json")
    document = json.loads(path.read_text("utf-8"))
    jsonschema.Draft202012Validator(bundled.read_json(*SCHEMA_FILE)).validate(document)
    assert [exercise["id"] for exercise in document["exercises"]] == [wall_sit().id]

    app.repository.delete_routine(mine.id)
    app.repository.delete_custom_exercise(wall_sit().id)
    app.library.refresh()
    assert mine.name not in library_names(app)
    import_via_file_menu(app, monkeypatch, path)
    assert app.repository.routine(mine.id) == mine
    assert app.repository.custom_exercises() == [wall_sit()]
    assert mine.name in library_names(app)  # the library was refreshed
    assert "Imported 1 routine: “My desk break”." in app.window.statusBar().currentMessage()


def test_export_from_the_library_context_action(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    routine_list = app.window.library.routine_list
    assert routine_list.contextMenuPolicy() is Qt.ContextMenuPolicy.ActionsContextMenu
    (action,) = [a for a in routine_list.actions() if a.text() == "Export routine…"]
    desk = select(app, DESK_NAME)
    answer(monkeypatch, module.ExportFileDialog, tmp_path / "desk.json")
    action.trigger()
    document = json.loads((tmp_path / "desk.json").read_text("utf-8"))
    assert document["routines"][0]["name"] == desk.name
    assert document["exercises"] == []


def test_export_suggests_a_file_named_after_the_routine(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    select(app, DESK_NAME)
    calls = answer(monkeypatch, module.ExportFileDialog, None)
    app.window.export_routine_action.trigger()
    (suggested,) = calls[0]
    assert isinstance(suggested, Path)
    assert suggested.name == "desk-stretch-break.json"


def exported_desk_break(app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    select(app, DESK_NAME)
    return export_via_file_menu(app, monkeypatch, tmp_path / "desk.json")


def test_clash_with_a_builtin_renamed(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = exported_desk_break(app, monkeypatch, tmp_path)
    clashes = answer(monkeypatch, ClashDialog, ClashChoice.RENAME)
    before = len(app.repository.routines())
    import_via_file_menu(app, monkeypatch, path)
    (clash,) = [args[0] for args in clashes]
    assert isinstance(clash, NameClash) and not clash.can_replace
    copy = app.repository.find_routine(f"{DESK_NAME} (2)")
    assert copy is not None and not copy.builtin
    assert copy.id != clash.existing[0].id
    assert len(app.repository.routines()) == before + 1
    assert f"{DESK_NAME} (2)" in library_names(app)


def test_clash_cancelled_changes_nothing(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = exported_desk_break(app, monkeypatch, tmp_path)
    before = folder_state(app.repository.folder)
    answer(monkeypatch, ClashDialog, ClashChoice.CANCEL)
    import_via_file_menu(app, monkeypatch, path)
    assert folder_state(app.repository.folder) == before
    assert app.window.statusBar().currentMessage() == "Import cancelled; nothing was changed."


def test_clash_with_my_routine_replaced_keeps_its_id(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    app.repository.save_custom_exercise(wall_sit())
    mine = my_desk_break(app)
    app.repository.save_routine(mine)
    app.library.refresh()
    select(app, mine.name)
    path = export_via_file_menu(app, monkeypatch, tmp_path / "mine.json")
    changed = dataclasses.replace(mine, description="Changed since the export.")
    app.repository.save_routine(changed)
    answer(monkeypatch, ClashDialog, ClashChoice.REPLACE)
    import_via_file_menu(app, monkeypatch, path)
    assert app.repository.routine(mine.id) == mine
    assert [r.name for r in app.repository.routines()].count(mine.name) == 1


def test_the_clash_dialog_buttons_give_each_choice(qtbot: QtBot) -> None:
    desk = bundled.load_builtin_routines()[0]
    mine = dataclasses.replace(desk, id="mine", builtin=False, builtin_version=0)
    for existing, can_replace in ((mine, True), (desk, False)):
        clash = NameClash(mine, (existing,), f"{desk.name} (2)")
        for button_name, choice in (
            ("rename_button", ClashChoice.RENAME),
            ("replace_button", ClashChoice.REPLACE),
            ("cancel_button", ClashChoice.CANCEL),
        ):
            dialog = ClashDialog(None, clash)
            qtbot.addWidget(dialog)
            button = getattr(dialog, button_name)
            assert button.accessibleName() and button.toolTip()
            if button_name == "replace_button":
                assert button.isEnabled() is can_replace
            if button.isEnabled():
                button.click()
                assert dialog.choice is choice
            assert f"“{desk.name} (2)”" in dialog.detail_label.text()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen platform
def test_escape_in_the_clash_dialog_cancels(qtbot: QtBot) -> None:
    desk = bundled.load_builtin_routines()[0]
    dialog = ClashDialog(None, NameClash(desk, (desk,), "x (2)"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is ClashChoice.CANCEL
    assert not dialog.isVisible()


def test_every_corpus_file_shows_its_problems_and_leaves_the_data_folder_byte_identical(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected: dict[str, list[str]] = json.loads((CORPUS / "expected.json").read_text("utf-8"))
    app.repository.save_routine(my_desk_break(app))  # a library file to leave alone
    before = folder_state(app.repository.folder)
    shown = answer(monkeypatch, ImportProblemsDialog, None)
    for name, messages in sorted(expected.items()):
        import_via_file_menu(app, monkeypatch, CORPUS / name)
        file_name, problems = shown[-1]
        assert file_name == name
        assert isinstance(problems, list)
        for message in messages:
            assert any(message in problem for problem in problems), (name, message, problems)
        assert folder_state(app.repository.folder) == before, name
    assert len(shown) == len(expected) >= 20


def test_a_file_over_1_mb_is_refused_before_it_is_read(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as file:
        file.truncate(MAX_IMPORT_BYTES + 1)  # sparse: nothing to read if the size check works
    read_sizes: list[int] = []
    real_open = Path.open

    def spy_open(path: Path, *args: object, **kwargs: object) -> object:
        if path == big:
            read_sizes.append(path.stat().st_size)
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", spy_open)
    before = folder_state(app.repository.folder)
    shown = answer(monkeypatch, ImportProblemsDialog, None)
    import_via_file_menu(app, monkeypatch, big)
    assert shown == [("big.json", ["the file is larger than 1 MB"])]
    assert read_sizes == []
    assert folder_state(app.repository.folder) == before


def test_problems_and_file_names_show_as_plain_text(qtbot: QtBot) -> None:
    problems = ['routines[0].kind: must be one of "a", not "<b>x</b>"'] * (MAX_LISTED_PROBLEMS + 3)
    dialog = ImportProblemsDialog(None, "<i>evil</i>.json", problems)
    qtbot.addWidget(dialog)
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() is Qt.TextFormat.PlainText
    text = dialog.problem_list.toPlainText()
    assert "<b>x</b>" in text
    assert text.endswith("…and 3 more problems.")
    assert text.count("\n") == MAX_LISTED_PROBLEMS
    assert problems_text(["one"]) == "one"


def test_export_history_as_csv_from_the_file_menu(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answer(monkeypatch, CsvFolderDialog, tmp_path)
    app.window.export_history_action.trigger()
    sessions = (tmp_path / "sessions.csv").read_text("utf-8").splitlines()
    steps = (tmp_path / "steps.csv").read_text("utf-8").splitlines()
    hurts = (tmp_path / "hurts.csv").read_text("utf-8").splitlines()
    assert sessions == [",".join(SESSION_COLUMNS)]  # a new user: the header, no sessions yet
    assert steps == [",".join(STEP_COLUMNS)]
    assert hurts == [",".join(HURT_COLUMNS)]
    message = app.window.statusBar().currentMessage()
    assert "Saved sessions.csv, steps.csv and hurts.csv" in message


def test_export_without_a_selection_says_what_to_do(app: App) -> None:
    assert controller(app).export_routine(None) is None
    assert "Select a routine" in app.window.statusBar().currentMessage()


def test_markup_in_an_imported_description_shows_as_plain_text(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    select(app, DESK_NAME)
    path = export_via_file_menu(app, monkeypatch, tmp_path / "desk.json")
    document = json.loads(path.read_text("utf-8"))
    document["routines"][0].update(
        id="markup", name="Hips < 5 min & back", description="<b>bold</b> <a href='x'>link</a>"
    )
    path.write_text(json.dumps(document), "utf-8")
    import_via_file_menu(app, monkeypatch, path)
    select(app, "Hips < 5 min & back")
    shown = [
        label
        for label in app.window.library.findChildren(QLabel)
        if "<b>bold</b>" in label.text() or "Hips < 5 min" in label.text()
    ]
    assert len(shown) >= 2  # the title and the description, verbatim
    assert all(label.textFormat() is Qt.TextFormat.PlainText for label in shown)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_folder_or_a_pipe_is_refused_without_blocking(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pipe = tmp_path / "routines.json"
    os.mkfifo(pipe)  # opening it for reading would wait for a writer forever
    shown = answer(monkeypatch, ImportProblemsDialog, None)
    for path in (pipe, tmp_path, tmp_path / "gone.json"):
        import_via_file_menu(app, monkeypatch, path)
    assert [problems for _, problems in shown] == [
        ["this is not a regular file"],
        ["this is not a regular file"],
        ["the file could not be read (No such file or directory)"],
    ]
