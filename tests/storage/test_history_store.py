"""The session history: months read only when needed, always what is stored (or held in memory
after a failed save), and never shared out: callers get copies."""

from __future__ import annotations

import errno
import gc
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from lbh_desktop.core import models
from lbh_desktop.core.models import HurtEvent, SessionRecord, SessionStatus, StepRecord
from lbh_desktop.storage.atomic_storage import DatabaseWriteError
from lbh_desktop.storage.gc_pause import cycle_collection_paused
from lbh_desktop.storage.repository import Repository
from lbh_desktop.storage.session_cache import copy_session

from .layout import folder_state, stored_sessions
from .test_repository import BUILTIN_A, make_routine, make_session


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "lbh"


@pytest.fixture
def repo(data_dir: Path) -> Iterator[Repository]:
    with Repository.open(data_dir, [BUILTIN_A]) as repository:
        yield repository


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ids of the session records decoded from stored documents, in order."""
    decoded: list[str] = []
    original = models.SessionRecord.from_dict.__func__  # type: ignore[attr-defined]

    def counting(cls: type[SessionRecord], data: dict[str, object]) -> SessionRecord:
        decoded.append(str(data.get("id")))
        return original(cls, data)  # type: ignore[no-any-return]

    monkeypatch.setattr(models.SessionRecord, "from_dict", classmethod(counting))
    return decoded


def no_space(*args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def on_disk(data_dir: Path) -> list[SessionRecord]:
    """The stored sessions, oldest first, decoded from the files (without opening the folder,
    which may write)."""
    records = [SessionRecord.from_dict(doc) for doc in stored_sessions(data_dir).values()]
    return sorted(records, key=lambda record: record.started_utc)


def test_reads_decode_each_session_once_and_a_save_decodes_nothing(
    data_dir: Path, decodes: list[str]
) -> None:
    with Repository.open(data_dir, [BUILTIN_A]) as repo:
        for number in range(3):
            repo.save_session(make_session(f"s{number}", f"2024-05-0{number + 1}T08:00:00Z"))
    decodes.clear()
    with Repository.open(data_dir, [BUILTIN_A]) as repo:
        assert decodes == []  # the month's summary is current: nothing read at open
        assert repo.last_done() == {"r1": "2024-05-03T08:00:00Z"}
        assert sorted(decodes) == ["s0", "s1", "s2"]
        assert [record.id for record in repo.sessions()] == ["s0", "s1", "s2"]
        repo.sessions()
        repo.latest_sessions()
        assert len(decodes) == 3
        repo.save_session(make_session("s3", "2024-05-04T08:00:00Z"))
        assert [record.id for record in repo.sessions()][-1] == "s3"
        assert len(decodes) == 3  # the saved record is kept, not decoded again


def test_recent_sessions_and_the_library_read_no_older_month(
    data_dir: Path, decodes: list[str]
) -> None:
    with Repository.open(data_dir, [BUILTIN_A]) as repo:
        repo.save_session(make_session("march", "2024-03-10T08:00:00Z"))
        repo.save_session(make_session("april", "2024-04-10T08:00:00Z", "r2"))
        repo.save_session(make_session("may", "2024-05-10T08:00:00Z", status=SessionStatus.STOPPED))
    decodes.clear()
    with Repository.open(data_dir, [BUILTIN_A]) as repo:
        assert repo.latest_sessions() == (
            {"r1": "2024-03-10T08:00:00Z", "r2": "2024-04-10T08:00:00Z"},
            {"r1": "2024-05-10T08:00:00Z"},
        )
        assert decodes == []  # from the month summaries
        assert [r.id for r in repo.sessions_since(date(2024, 4, 1))] == ["april", "may"]
        assert sorted(decodes) == ["april", "may"]
        assert repo.preload_step() is False  # the one month left is read
        assert sorted(decodes) == ["april", "march", "may"]
        assert [r.id for r in repo.sessions()] == ["march", "april", "may"]
        assert len(decodes) == 3


def test_saved_and_updated_sessions_come_back_as_stored(repo: Repository, data_dir: Path) -> None:
    record = make_session("s1", status=SessionStatus.IN_PROGRESS)
    repo.save_session(record)
    assert repo.sessions() == [record]
    record.status = SessionStatus.COMPLETED
    record.steps.append(StepRecord(1, "bridge", 20.0, 19.5, holds=[9.5], completed=True))
    record.hurts.append(HurtEvent(1, "bridge", "standard", "2024-05-01T08:05:00Z", "easier"))
    repo.save_session(record)
    repo.save_session(make_session("s0", "2024-04-30T08:00:00Z"))
    assert [r.id for r in repo.sessions()] == ["s0", "s1"]
    assert repo.sessions()[1] == record
    assert repo.sessions() == on_disk(data_dir)


def test_callers_changing_records_change_nothing_in_the_repository(
    repo: Repository, data_dir: Path
) -> None:
    record = make_session("s1")
    record.hurts.append(HurtEvent(0, "cat-cow", "standard", "2024-05-01T08:01:00Z", "skip"))
    repo.save_session(record)
    expected = on_disk(data_dir)
    before = folder_state(data_dir)
    record.steps[0].holds.append(1.0)  # the caller's own record, after saving
    record.hurts.clear()
    for given in (repo.sessions()[0], repo.sessions_since(date(2024, 5, 1))[0]):
        given.status = SessionStatus.STOPPED
        given.steps[0].holds.append(2.0)
        given.steps[0].sides_done.clear()
        given.steps[0].hold_sides.append("left")
        given.steps.append(StepRecord(5, "bridge", 1.0))
        given.hurts[0].action = "stop"
    assert repo.sessions() == expected
    assert repo.sessions() is not repo.sessions()
    assert folder_state(data_dir) == before


def test_other_writes_leave_sessions_as_stored(repo: Repository, data_dir: Path) -> None:
    repo.save_session(make_session("s1"))
    repo.set_skip_day(date(2024, 5, 2), True)
    repo.save_routine(make_routine("mine", "Mine"))
    repo.apply_import([make_routine("imported", "Imported")], [], ["mine"])
    repo.save_session(make_session("s2", "2024-05-02T08:00:00Z"))
    assert [r.id for r in repo.sessions()] == ["s1", "s2"]
    assert repo.sessions() == on_disk(data_dir)


def test_a_save_that_fails_on_disk_is_returned_from_memory(
    repo: Repository, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.save_session(make_session("before"))
    assert [r.id for r in repo.sessions()] == ["before"]

    monkeypatch.setattr(os, "replace", no_space)
    late = make_session("kept", "2024-06-02T08:00:00Z")  # a month not read before
    with pytest.raises(DatabaseWriteError):
        repo.save_session(late)
    assert [r.id for r in repo.sessions()] == ["before", "kept"]
    assert [r.id for r in repo.sessions_since(date(2024, 6, 1))] == ["kept"]
    assert repo.latest_sessions()[0] == {"r1": "2024-06-02T08:00:00Z"}
    late.done_seconds = 1.0
    with pytest.raises(DatabaseWriteError):
        repo.save_session(late)
    assert repo.sessions()[1].done_seconds == 1.0
    monkeypatch.undo()
    assert repo.retry_save()
    assert [r.id for r in on_disk(data_dir)] == ["before", "kept"]
    assert on_disk(data_dir)[1].done_seconds == 1.0


def test_a_failed_save_then_a_good_one_are_both_returned(
    repo: Repository, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.save_session(make_session("first"))
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", no_space)
        with pytest.raises(DatabaseWriteError):
            repo.save_session(make_session("kept", "2024-05-02T08:00:00Z"))
    repo.save_session(make_session("after", "2024-05-03T08:00:00Z"))
    assert [r.id for r in repo.sessions()] == ["first", "kept", "after"]
    assert repo.sessions() == on_disk(data_dir)


def test_sessions_finalized_at_open_stay_finalized_after_a_save(data_dir: Path) -> None:
    with Repository.open(data_dir, [BUILTIN_A]) as repo:
        repo.save_session(make_session("crashed", status=SessionStatus.IN_PROGRESS))
    with Repository.open(data_dir, [BUILTIN_A]) as repo:
        repo.save_session(make_session("next", "2024-05-02T08:00:00Z"))
        statuses = [(r.id, r.status) for r in repo.sessions()]
    assert statuses == [("crashed", SessionStatus.PARTIAL), ("next", SessionStatus.COMPLETED)]
    assert [(r.id, r.status) for r in on_disk(data_dir)] == statuses


def test_a_session_that_cannot_be_written_at_all_is_not_returned(
    repo: Repository, data_dir: Path
) -> None:
    repo.save_session(make_session("good"))
    bad = make_session("bad", "2024-05-02T08:00:00Z")
    bad.level = object()  # type: ignore[assignment]  # not JSON: the write is refused
    with pytest.raises(TypeError):
        repo.save_session(bad)
    assert [r.id for r in repo.sessions()] == ["good"]
    repo.save_session(make_session("next", "2024-05-03T08:00:00Z"))
    assert [r.id for r in repo.sessions()] == ["good", "next"] == [r.id for r in on_disk(data_dir)]


def test_copy_session_is_equal_and_shares_no_list() -> None:
    record = make_session("s1")
    record.hurts.append(HurtEvent(0, "cat-cow", "standard", "2024-05-01T08:01:00Z", "skip"))
    record.steps[0].hold_sides.append("left")
    duplicate = copy_session(record)
    assert duplicate == record and duplicate is not record
    for original, copied in zip(record.steps, duplicate.steps, strict=True):
        assert copied is not original
        for name in ("holds", "sides_done", "hold_sides"):
            assert getattr(copied, name) is not getattr(original, name)
    assert duplicate.steps is not record.steps
    assert duplicate.hurts is not record.hurts and duplicate.hurts[0] is not record.hurts[0]


def test_decoding_shares_no_list_with_the_document() -> None:
    document = make_session("s1").to_dict()
    record = SessionRecord.from_dict(document)
    record.steps[0].holds.append(5.0)
    record.steps[0].sides_done.append("right")
    assert document["steps"][0]["holds"] == [29.5]
    assert document["steps"][0]["sides_done"] == ["left"]


def test_collector_is_paused_inside_and_restored_after_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), cycle_collection_paused():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with cycle_collection_paused():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
