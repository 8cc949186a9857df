"""Two computers on one data folder: each writes only its own files, reading merges them all."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from lbh_desktop.core.models import SessionRecord, SessionStatus
from lbh_desktop.storage.backups import back_up_device_files, backup_folder
from lbh_desktop.storage.repository import Repository
from tests.storage.layout import count_writes
from tests.storage.write_loop import BUILTINS, new_session

BUILTIN = BUILTINS[0]


def session_on(session_id: str, day: date) -> SessionRecord:
    record = new_session(session_id, 2)
    started = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    record.started_utc, record.local_date = started.isoformat(), day.isoformat()
    record.status = SessionStatus.COMPLETED
    return record


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "Sync" / "lbh"
    shared.mkdir(parents=True)
    return shared


def open_as(computer: str, folder: Path) -> Repository:
    """A computer's app: its own app folder (device id, backups), the shared data folder."""
    return Repository.open(folder.parent.parent / computer, BUILTINS, history_folder=folder)


def test_each_computer_writes_only_its_own_folder_and_reads_both(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_as("work", folder) as work, open_as("home", folder) as home:
        assert work.device_id != home.device_id
        writes = count_writes(monkeypatch)
        work.save_session(session_on("w1", date(2026, 11, 30)))
        home.save_session(session_on("h1", date(2026, 12, 1)))
        work_files = {p for p in writes if p.is_relative_to(work.device_folder)}
        assert work_files and {p.name for p in work_files} == {"sessions-2026-11.json"}
        assert all(p.is_relative_to(home.device_folder) for p in set(writes) - work_files)
    with open_as("work", folder) as work, open_as("home", folder) as home:
        assert [s.id for s in work.sessions()] == [s.id for s in home.sessions()] == ["w1", "h1"]
        assert sorted(d.is_this_device for d in work.devices()) == [False, True]
        assert {d.sessions for d in home.devices()} == {1}


def test_a_save_writes_one_small_month_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_as("work", folder) as work:
        for n in range(60):  # two months of history
            work.save_session(session_on(f"s{n}", date(2026, 10 + n // 30, 1 + n % 30)))
        writes = count_writes(monkeypatch)
        work.save_session(session_on("new", date(2026, 11, 30)))
        assert [p.name for p in writes] == ["sessions-2026-11.json"]
        months = sorted(p.name for p in work.device_folder.glob("sessions-*.json"))
        assert months == ["sessions-2026-10.json", "sessions-2026-11.json"]


def test_the_newest_edit_of_a_routine_wins_whole_and_new_routines_both_survive(
    folder: Path,
) -> None:
    with open_as("work", folder) as work, open_as("home", folder) as home:
        work.save_routine(dataclasses.replace(BUILTIN, name="Work's stretch", steps=BUILTIN.steps))
        home.save_routine(dataclasses.replace(BUILTIN, name="Home's stretch", description="h"))
        mine = dataclasses.replace(BUILTIN, id="mine", name="Mine", builtin=False)
        theirs = dataclasses.replace(BUILTIN, id="theirs", name="Theirs", builtin=False)
        work.save_routine(mine)
        home.save_routine(theirs)
    with open_as("work", folder) as work, open_as("home", folder) as home:
        for repository in (work, home):
            by_id = {r.id: r for r in repository.routines()}
            assert by_id[BUILTIN.id].name == "Home's stretch"  # the later of two equal edits
            assert by_id[BUILTIN.id].description == "h"  # all of that edit, not half of each
            assert by_id["mine"] == mine and by_id["theirs"] == theirs
        home.delete_routine("mine")
    with open_as("work", folder) as work:
        assert work.routine("mine") is None  # a deletion is an edit too
        work.save_routine(mine)  # edited after the deletion: back
        assert work.routine("mine") == mine


def test_a_skip_day_unmarked_on_another_computer_is_unmarked_everywhere(folder: Path) -> None:
    day = date(2026, 12, 1)
    with open_as("work", folder) as work:
        work.set_skip_day(day, True)
    with open_as("home", folder) as home:
        assert home.skip_days() == {day}
        home.set_skip_day(day, False)
    with open_as("work", folder) as work:
        assert work.skip_days() == set()


@pytest.mark.parametrize(
    "copy_name",
    [
        "sessions-2026-12.sync-conflict-20261202-101500-ABCDEF7.json",
        "sessions-2026-12 (conflicted copy 2026-12-02 101500).json",
        "sessions-2026-12 (Ana's conflicted copy 2026-12-02).json",
    ],
    ids=["syncthing", "nextcloud", "dropbox"],
)
def test_conflict_copies_are_read_merged_into_the_owners_file_and_tidied(
    folder: Path, copy_name: str
) -> None:
    with open_as("work", folder) as work:
        work.save_session(session_on("kept", date(2026, 12, 1)))
        month_file = work.device_folder / "sessions-2026-12.json"
        older = json.loads(month_file.read_text(encoding="utf-8"))
        work.save_session(session_on("later", date(2026, 12, 2)))
    older["sessions"]["7"] = session_on("only-in-copy", date(2026, 12, 1)).to_dict()
    copy = month_file.with_name(copy_name)
    copy.write_text(json.dumps(older), encoding="utf-8")

    with open_as("home", folder) as home:  # another computer reads it, leaves it alone
        assert [s.id for s in home.sessions()] == ["kept", "only-in-copy", "later"]
        assert copy.exists()
    with open_as("work", folder) as work:  # the owner merges it into its file, then tidies
        assert [s.id for s in work.sessions()] == ["kept", "only-in-copy", "later"]
        assert not copy.exists()
        stored = json.loads(month_file.read_text(encoding="utf-8"))["sessions"]
        assert sorted(s["id"] for s in stored.values()) == ["kept", "later", "only-in-copy"]


def test_a_conflict_copy_of_the_routines_file_keeps_the_newer_edit(folder: Path) -> None:
    with open_as("work", folder) as work:
        work.save_routine(dataclasses.replace(BUILTIN, name="First"))
        library = work.device_folder / "library.json"
        first = library.read_bytes()
        work.save_routine(dataclasses.replace(BUILTIN, name="Second"))
    library.with_name("library.sync-conflict-20261202-101500-ABCDEF7.json").write_bytes(first)
    with open_as("work", folder) as work:
        assert work.routine(BUILTIN.id).name == "Second"  # type: ignore[union-attr]
        assert [p.name for p in work.device_folder.glob("library*")] == ["library.json"]


def test_a_damaged_file_of_another_computer_is_skipped_and_the_rest_shows(folder: Path) -> None:
    with open_as("home", folder) as home:
        home.save_session(session_on("home-nov", date(2026, 11, 2)))
        home.save_session(session_on("home-dec", date(2026, 12, 2)))
        damaged = home.device_folder / "sessions-2026-11.json"
    (damaged.parent / "history-index.json").unlink()
    damaged.write_bytes(b'{"sessions": {"1": ')
    with open_as("work", folder) as work:
        assert [s.id for s in work.sessions()] == ["home-dec"]
        (problem,) = work.problems
        assert str(damaged) in problem and "skipped" in problem
    assert damaged.read_bytes() == b'{"sessions": {"1": '  # not this computer's to move


def test_a_damaged_own_month_is_set_aside_and_restored_from_the_backup(folder: Path) -> None:
    with open_as("work", folder) as work:
        work.save_session(session_on("nov", date(2026, 11, 2)))
        back_up_device_files(work.device_folder, backup_folder(work.data_dir), date(2026, 11, 3))
        work.save_session(session_on("dec", date(2026, 12, 2)))
        damaged = work.device_folder / "sessions-2026-11.json"
    (damaged.parent / "history-index.json").unlink()
    damaged.write_bytes(b"\x00garbage")
    with open_as("work", folder) as work:
        assert [s.id for s in work.sessions()] == ["nov", "dec"]
        moved = list(work.device_folder.glob("sessions-2026-11.json.corrupt-*"))
        assert [p.read_bytes() for p in moved] == [b"\x00garbage"]
        assert any("restored from the backup of 3 Nov 2026" in p for p in work.problems)


def test_refresh_reads_what_another_computer_wrote_meanwhile(folder: Path) -> None:
    with open_as("work", folder) as work, open_as("home", folder) as home:
        assert work.refresh() is True  # home's folder appeared after work opened
        work.save_session(session_on("own", date(2026, 12, 1)))
        assert work.refresh() is False  # its own writes are known already
        home.save_session(session_on("from-home", date(2026, 12, 2)))
        home.save_routine(dataclasses.replace(BUILTIN, id="h", name="From home", builtin=False))
        assert work.refresh() is True
        assert [s.id for s in work.sessions()] == ["own", "from-home"]
        assert work.routine("h") is not None
        assert work.latest_sessions()[0] == {BUILTIN.id: "2026-12-02T09:00:00+00:00"}


def test_start_up_trusts_the_month_index_and_reads_only_changed_months(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_as("work", folder) as work:
        for n in range(3):
            work.save_session(session_on(f"s{n}", date(2026, 9 + n, 5)))
    from lbh_desktop.storage import history_store

    loaded: list[str] = []
    real = history_store.load_file
    monkeypatch.setattr(
        history_store,
        "load_file",
        lambda files, name, *args, **kwargs: (
            loaded.append(name) or real(files, name, *args, **kwargs)
        ),
    )
    with open_as("work", folder) as work:
        assert loaded == []  # the summaries answer the library
        assert work.latest_sessions()[0] == {BUILTIN.id: "2026-11-05T09:00:00+00:00"}
        assert [s.id for s in work.sessions_since(date(2026, 11, 1))] == ["s2"]
        assert loaded == ["sessions-2026-11.json"]
        while work.preload_step():
            pass
        assert sorted(loaded) == [f"sessions-2026-{m:02}.json" for m in (9, 10, 11)]
