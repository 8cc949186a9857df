"""Wires the library's routine actions to the editor page, which is built on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import Routine
from lbh_desktop.storage import bundled

if TYPE_CHECKING:
    from lbh_desktop.shell.app import App
    from lbh_desktop.ui.editor.editor_controller import EditorController
    from lbh_desktop.ui.editor.exercise_store import ExerciseStore

__all__ = ["EditorController", "attach_editor", "build_editor"]


def build_editor(app: App, store: ExerciseStore) -> EditorController:
    """The editor page and its controller; the window asks it before leaving the page."""
    from lbh_desktop.ui.editor.custom_exercise_actions import CustomExerciseActions
    from lbh_desktop.ui.editor.editor_controller import EditorController
    from lbh_desktop.ui.editor.editor_view import EditorView

    window, repository, library = app.window, app.repository, app.library
    view = EditorView()
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def other_names(routine_id: str) -> list[str]:
        return [r.name for r in repository.routines() if r.id != routine_id]

    editor = EditorController(view, lambda: store.catalogue, other_names, repository.save_routine)
    CustomExerciseActions(view.picker, store, lambda: editor.draft, view)
    store.on_change(lambda _catalogue: editor.refresh_catalogue())
    window.leave_guard = editor.confirm_leave

    def back_to_library(routine_id: str) -> None:
        library.refresh(routine_id or None)
        window.show_library()

    editor.finished.connect(back_to_library)
    window.pages.addWidget(view)
    return editor


def attach_editor(app: App, store: ExerciseStore) -> None:
    """The library's New/Duplicate/Edit/Delete/Restore actions drive the editor; its page is
    built the first time it opens (or `app.editor` is asked for), not at start-up."""
    from lbh_desktop.ui.editor.editor_dialogs import ConfirmDelete, Notice

    window, repository, library = app.window, app.repository, app.library
    store.on_change(library.set_catalogue)  # the player page follows it too, once built
    app.editor_factory = lambda: build_editor(app, store)

    def open_editor(routine: Routine, *, is_new: bool = False, rename: bool = False) -> None:
        editor = app.editor
        assert editor is not None
        if not editor.confirm_leave():
            return
        view = editor.view
        editor.open(routine, is_new=is_new)
        window.show_page(view, under_routines=True)
        if rename or is_new or not routine.steps:
            view.name_edit.setFocus()
            view.name_edit.selectAll()
        else:
            view.step_list.setFocus()

    def editable(routine_id: str) -> Routine | None:
        routine = repository.routine(routine_id)
        if routine is not None and routine.builtin:
            Notice.show(
                window,
                translate("editor_wiring", "Read-only routine"),
                translate(
                    "editor_wiring",
                    "Built-in routines can't be changed. Duplicate it (Ctrl+D) and change the "
                    "copy.",
                ),
            )
            return None
        return routine

    def on_new() -> None:
        from lbh_desktop.core.routine_editing import new_routine, new_routine_id

        names = [r.name for r in repository.routines()]
        open_editor(new_routine(new_routine_id(), names), is_new=True)

    def on_duplicate(routine_id: str) -> None:
        from lbh_desktop.core.routine_editing import duplicate, new_routine_id

        original = repository.routine(routine_id)
        if original is None:
            return
        copy = duplicate(original, new_routine_id(), [r.name for r in repository.routines()])
        try:
            repository.save_routine(copy)
        except OSError as error:
            Notice.show(window, translate("editor_wiring", "Not duplicated"), str(error))
            return
        library.refresh(copy.id)
        open_editor(copy, rename=True)

    def on_edit(routine_id: str, rename: bool = False) -> None:
        routine = editable(routine_id)
        if routine is not None:
            open_editor(routine, rename=rename)

    def on_delete(routine_id: str) -> None:
        routine = repository.routine(routine_id)
        if routine is None:
            return
        detail = (
            translate("editor_wiring", "“Restore built-ins” brings it back.")
            if routine.builtin
            else translate(
                "editor_wiring",
                "This can't be undone. Sessions you did with it stay in your history.",
            )
        )
        if not ConfirmDelete.ask(window, routine.name, detail):
            return
        try:
            repository.delete_routine(routine_id)
        except OSError as error:
            Notice.show(window, translate("editor_wiring", "Not deleted"), str(error))
        library.refresh()

    def on_restore() -> None:
        try:
            restored = repository.restore_builtins(bundled.load_builtin_routines())
        except OSError as error:
            Notice.show(window, translate("editor_wiring", "Not restored"), str(error))
            return
        library.refresh()
        if restored:
            text = translate(
                "editor_wiring", "Restored: {names}. Your own routines were not changed."
            ).format(names=", ".join(restored))
        else:
            text = translate("editor_wiring", "All built-in routines are already there, unchanged.")
        Notice.show(window, translate("editor_wiring", "Restore built-ins"), text)

    actions = window.library.routine_actions
    actions.new_requested.connect(on_new)
    actions.duplicate_requested.connect(on_duplicate)
    actions.edit_requested.connect(on_edit)
    actions.rename_requested.connect(lambda routine_id: on_edit(routine_id, rename=True))
    actions.delete_requested.connect(on_delete)
    actions.restore_requested.connect(on_restore)
