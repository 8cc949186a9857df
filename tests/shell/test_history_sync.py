"""Older months are read in idle time, other computers' writes are seen, problems are told."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from lbh_desktop.shell.history_sync import HistorySync
from lbh_desktop.storage.repository import Repository
from tests.storage.test_shared_folder import open_as, session_on


def shared_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync" / "lbh"
    folder.mkdir(parents=True)
    return folder


def test_idle_reading_reads_every_month_then_stops(qtbot: QtBot, tmp_path: Path) -> None:
    folder = shared_folder(tmp_path)
    with open_as("work", folder) as work:
        for month in range(1, 13):
            work.save_session(session_on(f"m{month}", date(2026, month, 3)))
    with open_as("work", folder) as work:
        sync = HistorySync(work)
        assert work.preload_step() is True  # months wait to be read
        for _ in range(11):
            sync._preload.timeout.emit()
        assert not sync._preload.isActive()
        assert work.preload_step() is False
        assert len(work.sessions()) == 12


def test_another_computers_session_is_seen_and_views_are_told(qtbot: QtBot, tmp_path: Path) -> None:
    folder = shared_folder(tmp_path)
    with open_as("work", folder) as work, open_as("home", folder) as home:
        sync = HistorySync(work)
        sync.refresh()  # home's folder appeared after work opened
        assert sync.refresh() is False
        home.save_session(session_on("from-home", date(2026, 12, 2)))
        with qtbot.waitSignal(sync.changed, timeout=1000):
            assert sync.refresh() is True
        assert [s.id for s in work.sessions()] == ["from-home"]


def test_a_damaged_month_found_while_reading_in_idle_time_is_told_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = shared_folder(tmp_path)
    with open_as("home", folder) as home:
        home.save_session(session_on("old", date(2025, 1, 3)))
        home.save_session(session_on("new", date(2026, 12, 2)))
        old_month = home.device_folder / "sessions-2025-01.json"
    size = old_month.stat().st_size
    old_month.write_bytes(b"x" * size)  # same size: the month index still trusts it
    work: Repository
    with open_as("work", folder) as work:
        assert work.problems == []
        sync = HistorySync(work)
        told: list[list[str]] = []
        sync.problems_found.connect(told.append)
        for _ in range(3):
            sync._preload.timeout.emit()
        assert len(told) == 1 and str(old_month) in told[0][0]
        assert [s.id for s in work.sessions()] == ["new"]


def test_progress_shows_the_months_read_so_far_and_redraws_when_all_are_read(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from datetime import date as day_type

    from lbh_desktop.core.progress import Goals
    from lbh_desktop.ui.progress.progress_controller import ProgressController
    from lbh_desktop.ui.progress.progress_view import ProgressView

    folder = shared_folder(tmp_path)
    with open_as("work", folder) as work:
        for month in range(1, 13):
            work.save_session(session_on(f"m{month}", date(2026, month, 3)))
    with open_as("work", folder) as work:
        view = ProgressView()
        qtbot.addWidget(view)
        progress = ProgressController(
            view,
            lambda: work.shared_sessions(read_all=False),
            work.skip_days,
            work.set_skip_day,
            Goals,
            lambda goals: None,
            lambda: day_type(2026, 12, 20),
            work.unread_months,
        )
        sync = HistorySync(work)
        sync.fully_read.connect(progress.refresh)
        work.preload_step()  # December, as idle time would read it first
        progress.refresh()
        assert progress.report is not None and progress.report.first_day == date(2026, 12, 3)
        assert view.status_label.text().startswith("Reading older sessions: 11 months to go")
        with qtbot.waitSignal(sync.fully_read, timeout=2000):
            sync._preload.start()
        assert progress.report.first_day == date(2026, 1, 3)
        assert not view.status_label.isVisibleTo(view)
