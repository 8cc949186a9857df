"""What the pseudo-locale layout tests share: the checks, the screen size and helpers."""

from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.shell.app import App
from lbh_desktop.ui.editor.editor_dialogs import ConfirmDelete, UnsavedChanges
from lbh_desktop.ui.library.library_view import ROUTINE_ID_ROLE
from lbh_desktop.ui.player.confirm_stop import ConfirmStop
from lbh_desktop.ui.player.progression_dialog import PainRiseDialog, ProgressionOfferDialog
from lbh_desktop.ui.player.this_hurts import ThisHurtsDialog
from tests.ui.layout_checks import (
    clipped_buttons,
    clipped_labels,
    clipped_legends,
    clipped_tabs,
    squashed_fields,
)

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "progress_benchmark.py"

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
