"""Start-up opens the data folder chosen in Settings, and the default one when it is gone."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from lbh_desktop.shell.lazy_app import open_data
from tests.storage.test_shared_folder import session_on


def test_the_chosen_folder_is_used_and_a_missing_one_gives_way_with_a_notice(
    tmp_path: Path,
) -> None:
    app_dir, synced = tmp_path / "app", tmp_path / "Sync" / "lbh"
    synced.mkdir(parents=True)
    data = open_data(app_dir)
    data.repository.save_session(session_on("at-home", date(2026, 12, 1)))
    assert data.repository.copy_own_files_to(synced) is None
    data.preferences.history_folder = synced
    data.repository.close()

    chosen = open_data(app_dir)
    assert chosen.repository.folder == synced and chosen.notices == []
    assert [s.id for s in chosen.repository.sessions()] == ["at-home"]
    chosen.repository.close()

    shutil.rmtree(tmp_path / "Sync")  # a drive not mounted, a sync folder removed
    fallback = open_data(app_dir)
    assert fallback.repository.folder == app_dir
    (notice,) = fallback.notices
    assert str(synced) in notice and "does not exist" in notice
    assert not synced.exists()  # not made again as an empty history
    fallback.repository.close()


def test_copying_to_a_folder_this_computer_used_before_merges_at_the_next_start(
    tmp_path: Path,
) -> None:
    app_dir, synced = tmp_path / "app", tmp_path / "Sync" / "lbh"
    synced.mkdir(parents=True)
    data = open_data(app_dir)
    data.repository.save_session(session_on("first", date(2026, 12, 1)))
    data.repository.copy_own_files_to(synced)
    data.repository.save_session(session_on("second", date(2026, 12, 2)))
    assert data.repository.copy_own_files_to(synced) is None  # its file is there already
    data.preferences.history_folder = synced
    data.repository.close()

    moved = open_data(app_dir)
    assert [s.id for s in moved.repository.sessions()] == ["first", "second"]
    assert [p.name for p in moved.repository.device_folder.glob("sessions-*")] == [
        "sessions-2026-12.json"
    ]
    moved.repository.close()


def test_a_folder_that_cannot_take_the_data_is_named_and_nothing_is_copied(
    tmp_path: Path,
) -> None:
    data = open_data(tmp_path / "app")
    (tmp_path / "notes.txt").write_text("mine")
    message = data.repository.copy_own_files_to(tmp_path / "notes.txt")
    assert message is not None and "notes.txt" in message and "not a folder" in message
    assert (tmp_path / "notes.txt").read_text() == "mine"
    data.repository.close()
