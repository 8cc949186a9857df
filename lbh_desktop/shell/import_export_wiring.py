"""Wires File → Import / Export and the routine list's "Export routine…" to the library's files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.i18n import translate
from lbh_desktop.shell.app import App
from lbh_desktop.ui.library.import_export_controller import ImportExportController


def attach_import_export(
    app: App, catalogue: Catalogue, now: Callable[[], datetime]
) -> ImportExportController:
    """Wires File → Import / Export and the routine list's "Export routine…" context action;
    `imported` refreshes the library (connect more listeners to the returned controller)."""
    window = app.window

    def show_status(text: str) -> None:
        window.statusBar().showMessage(text, 15000)

    controller = ImportExportController(window, app.repository, catalogue, now, show_status)
    controller.imported.connect(app.library.refresh)

    def export_selected() -> None:
        controller.export_routine(window.library.current_routine_id())

    window.import_routines_requested.connect(controller.import_routines)
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
