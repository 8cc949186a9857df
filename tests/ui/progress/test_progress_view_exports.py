"""Progress page exports: PNG of the visible chart and CSV files, cancelled or failing safely."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from lbh_desktop.storage import atomic_storage
from tests.ui.progress.progress_page import (
    Page,
    three_week_history,
    year_history,
)


@pytest.mark.parametrize("tab", ["Weeks", "Calendar", "Consistency", "Holds", "Pain"])
def test_export_png_writes_the_visible_chart(
    make_page: Callable[..., Page],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    tab: str,
) -> None:
    from lbh_desktop.ui.progress.progress_controller import PngFileDialog

    page = make_page(year_history())
    view = page.view
    view.tabs.setCurrentIndex([view.tabs.tabText(i) for i in range(5)].index(tab))
    suggested: list[Path] = []
    target = tmp_path / "chart.png"

    def ask(cls: type, parent: QWidget, proposal: Path) -> Path:
        suggested.append(proposal)
        return target

    monkeypatch.setattr(PngFileDialog, "ask", classmethod(ask))
    view.export_png_button.click()

    assert suggested[0].name == f"lbh-progress-{tab.lower()}-2026-03-19.png"
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() >= 600 and image.height() >= 240
    assert str(target) in view.status_label.text()


def test_export_png_lays_out_a_hidden_chart_at_a_sensible_size_first(
    make_page: Callable[..., Page], tmp_path: Path
) -> None:
    page = make_page(year_history())
    page.view.hide()
    chart = page.view.weeks_chart
    chart.graphics.resize(200, 120)  # as if squashed
    assert chart.export_png(tmp_path / "weeks.png")
    image = QImage(str(tmp_path / "weeks.png"))
    assert image.width() >= 900 and image.height() >= 500
    calendar = page.view.calendar
    assert calendar.export_png(tmp_path / "calendar.png")
    image = QImage(str(tmp_path / "calendar.png"))
    assert image.width() >= 900 and image.height() == calendar.height_for(image.width())


def test_export_png_cancelled_writes_nothing(
    make_page: Callable[..., Page], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from lbh_desktop.ui.progress.progress_controller import PngFileDialog

    page = make_page(three_week_history())
    monkeypatch.setattr(PngFileDialog, "ask", classmethod(lambda cls, parent, proposal: None))
    page.view.export_png_button.click()
    assert not list(tmp_path.rglob("*.png"))
    assert not page.view.status_label.isVisible()


def test_export_csv_writes_sessions_steps_and_hurts(
    make_page: Callable[..., Page], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from lbh_desktop.core.history_csv import HURT_COLUMNS, SESSION_COLUMNS, STEP_COLUMNS
    from lbh_desktop.core.models import HurtEvent
    from lbh_desktop.ui.progress.progress_controller import CsvFolderDialog

    sessions = three_week_history()
    with_steps = next(s for s in reversed(sessions) if s.steps)
    hurt = HurtEvent(0, with_steps.steps[0].exercise_id, "standard", "2026-03-18T07:05Z", "stop")
    with_steps.hurts.append(hurt)
    page = make_page(sessions)
    folder = tmp_path / "export"
    folder.mkdir()
    monkeypatch.setattr(CsvFolderDialog, "ask", classmethod(lambda cls, parent, start: folder))
    page.view.export_csv_button.click()

    assert sorted(p.name for p in folder.iterdir()) == ["hurts.csv", "sessions.csv", "steps.csv"]
    with (folder / "sessions.csv").open(newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert tuple(rows[0]) == SESSION_COLUMNS
    assert [row[0] for row in rows[1:]] == [s.id for s in sessions]
    with (folder / "steps.csv").open(newline="", encoding="utf-8") as file:
        steps = list(csv.reader(file))
    assert tuple(steps[0]) == STEP_COLUMNS
    assert len(steps) - 1 == sum(len(s.steps) for s in sessions) > 0
    with (folder / "hurts.csv").open(newline="", encoding="utf-8") as file:
        hurts = list(csv.reader(file))
    assert tuple(hurts[0]) == HURT_COLUMNS
    assert hurts[1:] == [[with_steps.id, "0", hurt.exercise_id, "standard", hurt.at_utc, "stop"]]
    assert "sessions.csv, steps.csv and hurts.csv" in page.view.status_label.text()


def test_export_csv_failure_shows_a_message_and_leaves_nothing_half_written(
    make_page: Callable[..., Page],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_real_dialogs: list[tuple[str, str]],
) -> None:
    from lbh_desktop.ui.progress import progress_controller as module

    page = make_page(three_week_history())
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "sessions.csv").write_text("an older export\n", encoding="utf-8")
    monkeypatch.setattr(module.CsvFolderDialog, "ask", classmethod(lambda cls, p, s: folder))
    real_fsync = os.fsync
    calls: list[int] = []

    def failing_fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:  # the second file: the disk is full
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(atomic_storage.os, "fsync", failing_fsync)
    page.view.export_csv_button.click()

    ((title, text),) = no_real_dialogs
    assert title == "Export failed"
    assert "No space left on device" in text
    assert sorted(p.name for p in folder.iterdir()) == ["sessions.csv"]  # no temporary files
    assert (folder / "sessions.csv").read_text(encoding="utf-8") == "an older export\n"


def test_export_csv_to_a_missing_folder_is_a_plain_message(
    make_page: Callable[..., Page],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_real_dialogs: list[tuple[str, str]],
) -> None:
    from lbh_desktop.ui.progress.progress_controller import CsvFolderDialog

    page = make_page(three_week_history())
    gone = tmp_path / "gone"
    monkeypatch.setattr(CsvFolderDialog, "ask", classmethod(lambda cls, p, s: gone))
    page.view.export_csv_button.click()
    assert [title for title, _ in no_real_dialogs] == ["Export failed"]
    assert not gone.exists()
