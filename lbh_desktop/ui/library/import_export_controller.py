"""File → Import routines…, Export routine… and Export history as CSV…: dialogs, files, wiring."""

from __future__ import annotations

import functools
import stat
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from lbh_desktop import __version__
from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.custom_exercise import slug
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.import_plan import ClashChoice, ImportPlan, find_name_clashes, plan_import
from lbh_desktop.core.models import ModelError
from lbh_desktop.storage import bundled
from lbh_desktop.storage.atomic_storage import write_files_atomically
from lbh_desktop.storage.repository import Repository
from lbh_desktop.ui.library.import_dialogs import ClashDialog, ImportProblemsDialog
from lbh_desktop.ui.shared.documents_folder import documents_folder

# core.routine_format and core.import_problems load jsonschema (~50 ms), and the progress
# controller the progress maths: each is imported on first use, not at start-up.


def file_filter() -> str:
    """The file dialogs' filters, their names in the user's language."""
    return translate("import_export_controller", "LBH Desktop routines (*.json);;All files (*)")


@functools.cache
def export_schema() -> dict[str, Any]:
    """The shipped JSON Schema of the routine file, read once."""
    from lbh_desktop.core.routine_format import SCHEMA_FILE

    schema = bundled.read_json(*SCHEMA_FILE)
    assert isinstance(schema, dict)
    return schema


def read_import_file(path: Path) -> bytes:
    """The file's bytes; refuses, without reading it all, a file over MAX_IMPORT_BYTES."""
    from lbh_desktop.core.import_problems import whole_file
    from lbh_desktop.core.routine_format import MAX_IMPORT_BYTES, too_large

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
            raise whole_file(translate("import_export_controller", "this is not a regular file"))
        if info.st_size > MAX_IMPORT_BYTES:
            raise whole_file(too_large())
        with path.open("rb") as file:
            return file.read(MAX_IMPORT_BYTES + 1)  # a file growing meanwhile is still caught
    except OSError as error:
        reason = translate("import_export_controller", "the file could not be read ({reason})")
        raise whole_file(reason.format(reason=error.strerror or error)) from None


class ImportFileDialog:
    @classmethod
    def ask(cls, parent: QWidget, start: Path) -> Path | None:
        title = translate("import_export_controller", "Import routines")
        name, _ = QFileDialog.getOpenFileName(parent, title, str(start), file_filter())
        return Path(name) if name else None


class ExportFileDialog:
    @classmethod
    def ask(cls, parent: QWidget, suggested: Path) -> Path | None:
        title = translate("import_export_controller", "Export routine")
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter())
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".json" else path.with_name(path.name + ".json")


class ImportExportController(QObject):
    """Moves routines between the database and files; says what happened in the status bar."""

    imported = Signal()

    def __init__(
        self,
        parent: QWidget,
        repository: Repository,
        catalogue: Catalogue,
        now: Callable[[], datetime],
        show_status: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._repository = repository
        self._catalogue = catalogue
        self._now = now
        self._show_status = show_status

    def import_routines(self) -> None:
        path = ImportFileDialog.ask(self._parent, documents_folder())
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> ImportPlan | None:
        """Checks, asks about clashes and saves in one write; None when nothing changed."""
        from lbh_desktop.core.import_problems import ImportRejected
        from lbh_desktop.core.routine_format import decode_import, parse_import

        known = [*self._catalogue, *self._repository.custom_exercises()]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a broken 1 MB file: ~2 s
        try:
            text = decode_import(read_import_file(path))
            imported = parse_import(text, export_schema(), [exercise.id for exercise in known])
        except ImportRejected as rejected:
            problems = [str(problem) for problem in rejected.problems]
            imported = None
        finally:
            QApplication.restoreOverrideCursor()
        if imported is None:
            ImportProblemsDialog.ask(self._parent, path.name, problems)
            self._show_status(
                translate("import_export_controller", "Nothing imported from {name}.").format(
                    name=path.name
                )
            )
            return None
        existing = self._repository.routines()
        choices: dict[str, ClashChoice] = {}
        for clash in find_name_clashes(imported, existing):
            choice = ClashDialog.ask(self._parent, clash)
            if choice is ClashChoice.CANCEL:
                self._show_status(
                    translate("import_export_controller", "Import cancelled; nothing was changed.")
                )
                return None
            choices[clash.imported.id] = choice
        plan = plan_import(imported, existing, known, choices)
        try:
            self._repository.apply_import(
                plan.routines_to_save, plan.exercises_to_save, plan.routine_ids_to_replace
            )
        except OSError as error:
            title = translate("import_export_controller", "Import not saved")
            QMessageBox.warning(self._parent, title, str(error))
            return None
        self.imported.emit()
        self._show_status(plan.summary())
        return plan

    def export_routine(self, routine_id: str | None) -> Path | None:
        """Asks where, then writes the routine and its custom exercises; the path or None."""
        from lbh_desktop.core.routine_format import build_export, export_text

        routine = self._repository.routine(routine_id) if routine_id else None
        if routine is None:
            self._show_status(
                translate(
                    "import_export_controller", "Select a routine in the library to export it."
                )
            )
            return None
        try:
            document = build_export(
                [routine],
                self._repository.custom_exercises(),
                exported_utc=self._now().isoformat(timespec="seconds"),
                app_version=__version__,
            )
        except ModelError as error:
            title = translate("import_export_controller", "Export failed")
            QMessageBox.warning(self._parent, title, str(error))
            return None
        path = ExportFileDialog.ask(self._parent, documents_folder() / f"{slug(routine.name)}.json")
        if path is None:
            return None
        try:
            write_files_atomically({path: export_text(document)})
        except OSError as error:
            QMessageBox.warning(
                self._parent,
                translate("import_export_controller", "Export failed"),
                translate(
                    "import_export_controller",
                    "The routine could not be saved to {path}: {reason}.",
                ).format(path=path, reason=error.strerror or error),
            )
            return None
        self._show_status(
            translate("import_export_controller", "Exported “{name}” to {path}").format(
                name=routine.name, path=path
            )
        )
        return path
