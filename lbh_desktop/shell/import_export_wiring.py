"""Wires File → Import / Export and the routine list's "Export routine…" to the library's files."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.i18n import translate
from lbh_desktop.shell.app import App

if TYPE_CHECKING:  # its dialogs and import rules load on the first import or export
    from lbh_desktop.ui.library.import_export_controller import ImportExportController


def attach_import_export(
    app: App,
    catalogue: Catalogue,
    now: Callable[[], datetime],
    on_imported: Callable[[], object] = lambda: None,
) -> Callable[[], ImportExportController]:
    """Wires File → Import / Export and the routine list's "Export routine…" context action.
    After an import the library refreshes, then `on_imported` runs. Returns the controller's
    getter: the controller is built on first use, not at start-up."""
    window = app.window

    def show_status(text: str) -> None:
        window.statusBar().showMessage(text, 15000)

    @functools.cache
    def controller() -> ImportExportController:
        from lbh_desktop.ui.library.import_export_controller import ImportExportController

        made = ImportExportController(window, app.repository, catalogue, now, show_status)
        made.imported.connect(app.library.refresh)
        made.imported.connect(on_imported)
        return made

    def export_selected() -> None:
        controller().export_routine(window.library.current_routine_id())

    window.import_routines_requested.connect(lambda: controller().import_routines())
    window.export_routine_requested.connect(export_selected)

    def export_history() -> None:
        from lbh_desktop.ui.progress.progress_controller import export_history_csv  # on first use

        status = export_history_csv(window, app.repository.sessions)
        if status:
            show_status(status)

    window.export_history_requested.connect(export_history)
    routine_list = window.library.routine_list
    export_action = QAction(translate("import_export_wiring", "Export routine…"), routine_list)
    export_action.setToolTip(
        translate(
            "import_export_wiring", "Save the selected routine to a file you can share or import"
        )
    )
    export_action.triggered.connect(export_selected)
    routine_list.addAction(export_action)
    routine_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return controller
