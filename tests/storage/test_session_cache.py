"""The decoded-sessions cache: always what is stored (or held in memory), never shared out."""

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

from .test_repository import BUILTIN_A, make_routine, make_session


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    with Repository.open(tmp_path / "lbh", [BUILTIN_A]) as repository:
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


def on_disk(repo: Repository) -> list[SessionRecord]:
    with Repository.open(repo.path.parent, [BUILTIN_A]) as fresh:
        return fresh.sessions()


def test_open_decodes_each_session_once_and_reads_decode_nothing(
    tmp_path: Path, decodes: list[str]
) -> None:
    with Repository.open(tmp_path / "lbh", [BUILTIN_A]) as repo:
        for number in range(3):
            repo.save_session(make_session(f"s{number}", f"2024-05-0{number + 1}T08:00:00Z"))
    decodes.clear()
    with Repository.open(tmp_path / "lbh", [BUILTIN_A]) as repo:
        assert sorted(decodes) == ["s0", "s1", "s2"]  # the checks at open
        assert [record.id for record in repo.sessions()] == ["s0", "s1", "s2"]
        repo.sessions()
        repo.last_done()
        assert len(decodes) == 3
        repo.save_session(make_session("s3", "2024-05-04T08:00:00Z"))
        assert [record.id for record in repo.sessions()][-1] == "s3"
        assert decodes[3:] == ["s3"]  # only the saved record is decoded again


def test_saved_and_updated_sessions_come_back_as_stored(repo: Repository) -> None:
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
    assert repo.sessions() == on_disk(repo)


def test_callers_changing_records_change_nothing_in_the_repository(repo: Repository) -> None:
    record = make_session("s1")
    record.hurts.append(HurtEvent(0, "cat-cow", "standard", "2024-05-01T08:01:00Z", "skip"))
    repo.save_session(record)
    expected = on_disk(repo)
    record.steps[0].holds.append(1.0)  # the caller's own record, after saving
    record.hurts.clear()
    given = repo.sessions()[0]
    given.status = SessionStatus.STOPPED
    given.steps[0].holds.append(2.0)
    given.steps[0].sides_done.clear()
    given.steps[0].hold_sides.append("left")
    given.steps.append(StepRecord(5, "bridge", 1.0))
    given.hurts[0].action = "stop"
    assert repo.sessions() == expected
    assert repo.sessions() is not repo.sessions()


def test_other_writes_leave_sessions_as_stored(repo: Repository) -> None:
    repo.save_session(make_session("s1"))
    repo.set_skip_day(date(2024, 5, 2), True)
    repo.save_routine(make_routine("mine", "Mine"))
    repo.apply_import([make_routine("imported", "Imported")], [], ["mine"])
    repo.save_session(make_session("s2", "2024-05-02T08:00:00Z"))
    assert [r.id for r in repo.sessions()] == ["s1", "s2"]
    assert repo.sessions() == on_disk(repo)


def test_a_save_that_fails_on_disk_is_returned_from_memory(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.save_session(make_session("before"))
    assert [r.id for r in repo.sessions()] == ["before"]

    monkeypatch.setattr(os, "replace", no_space)
    late = make_session("kept", "2024-05-02T08:00:00Z")
    with pytest.raises(DatabaseWriteError):
        repo.save_session(late)
    assert [r.id for r in repo.sessions()] == ["before", "kept"]
    late.done_seconds = 1.0
    with pytest.raises(DatabaseWriteError):
        repo.save_session(late)
    assert repo.sessions()[1].done_seconds == 1.0
    monkeypatch.undo()
    assert repo.retry_save()
    assert [r.id for r in on_disk(repo)] == ["before", "kept"]


def test_a_failed_save_then_a_good_one_are_both_returned(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.save_session(make_session("first"))
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", no_space)
        with pytest.raises(DatabaseWriteError):
            repo.save_session(make_session("kept", "2024-05-02T08:00:00Z"))
    repo.save_session(make_session("after", "2024-05-03T08:00:00Z"))
    assert [r.id for r in repo.sessions()] == ["first", "kept", "after"]
    assert repo.sessions() == on_disk(repo)


def test_sessions_finalized_at_open_stay_finalized_after_a_save(tmp_path: Path) -> None:
    with Repository.open(tmp_path / "lbh", [BUILTIN_A]) as repo:
        repo.save_session(make_session("crashed", status=SessionStatus.IN_PROGRESS))
    with Repository.open(tmp_path / "lbh", [BUILTIN_A]) as repo:
        repo.save_session(make_session("next", "2024-05-02T08:00:00Z"))
        statuses = [(r.id, r.status) for r in repo.sessions()]
    assert statuses == [("crashed", SessionStatus.PARTIAL), ("next", SessionStatus.COMPLETED)]


def test_a_session_that_cannot_be_written_at_all_is_not_returned(repo: Repository) -> None:
    repo.save_session(make_session("good"))
    bad = make_session("bad", "2024-05-02T08:00:00Z")
    bad.level = object()  # type: ignore[assignment]  # not JSON: the write is refused
    with pytest.raises(TypeError):
        repo.save_session(bad)
    assert [r.id for r in repo.sessions()] == ["good"]


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
