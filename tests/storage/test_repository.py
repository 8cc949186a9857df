"""Repository: round trips, ordering, built-in seeding, crash recovery and refusing bad files."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from lbh_desktop.core.models import (
    Level,
    Routine,
    RoutineKind,
    SessionRecord,
    SessionStatus,
    Step,
    StepMode,
    StepRecord,
)
from lbh_desktop.storage.atomic_storage import CorruptDatabaseError
from lbh_desktop.storage.migrations import SCHEMA_VERSION, SchemaTooNewError
from lbh_desktop.storage.repository import Repository


def make_routine(
    routine_id: str, name: str, builtin: bool = False, version: int = 0, seconds: int = 30
) -> Routine:
    step = Step(exercise_id="cat-cow", mode=StepMode.TIMED, seconds=seconds)
    return Routine(
        id=routine_id,
        name=name,
        kind=RoutineKind.STRETCH,
        level=Level.BEGINNER,
        description=f"{name} for the lower back",
        steps=(step,),
        builtin=builtin,
        builtin_version=version,
    )


def make_session(
    session_id: str,
    started_utc: str = "2024-05-01T08:00:00Z",
    routine_id: str = "r1",
    status: SessionStatus = SessionStatus.COMPLETED,
    done_seconds: float = 60.0,
) -> SessionRecord:
    steps = [StepRecord(0, "cat-cow", 30.0, 30.0, holds=[29.5], sides_done=["left"], sets_done=1)]
    return SessionRecord(
        id=session_id,
        routine_id=routine_id,
        routine_name="Morning",
        routine_kind=RoutineKind.STRETCH,
        started_utc=started_utc,
        local_date=started_utc[:10],
        utc_offset_minutes=120,
        status=status,
        planned_seconds=90.0,
        done_seconds=done_seconds,
        steps=steps,
    )


BUILTIN_A = make_routine("builtin-a", "Zebra stretch", builtin=True, version=1)
BUILTIN_B = make_routine("builtin-b", "Alpha strength", builtin=True, version=1)


def reopen(data_dir: Path, builtins: Sequence[Routine] = (BUILTIN_A, BUILTIN_B)) -> Repository:
    return Repository.open(data_dir, builtins)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "lbh"


def test_routines_round_trip_and_upsert_by_id(data_dir: Path) -> None:
    mine = make_routine("mine", "Desk reset")
    with reopen(data_dir) as repo:
        repo.save_routine(mine)
        repo.save_routine(make_routine("other", "Other"))
        repo.save_routine(make_routine("other", "Other, renamed", seconds=45))
    with reopen(data_dir) as repo:
        assert repo.routine("mine") == mine
        assert repo.routine("other") == make_routine("other", "Other, renamed", seconds=45)
        assert [r.id for r in repo.routines()].count("other") == 1
        assert repo.find_routine("mine") == mine
        assert repo.find_routine("  DESK reset ") == mine
        assert repo.routine("nope") is None and repo.find_routine("nope") is None


def test_delete_routine_removes_it_and_unknown_ids_are_ignored(data_dir: Path) -> None:
    with reopen(data_dir) as repo:
        repo.save_routine(make_routine("mine", "Desk reset"))
        repo.delete_routine("mine")
        repo.delete_routine("never-existed")
    with reopen(data_dir) as repo:
        assert repo.routine("mine") is None


def test_routines_list_builtins_in_seed_order_then_user_routines_by_name(data_dir: Path) -> None:
    with reopen(data_dir) as repo:
        for routine_id, name in (("u1", "cherry"), ("u2", "Banana"), ("u3", "apple")):
            repo.save_routine(make_routine(routine_id, name))
        assert [r.name for r in repo.routines()] == [
            "Zebra stretch",
            "Alpha strength",
            "apple",
            "Banana",
            "cherry",
        ]


def test_sessions_round_trip_upsert_and_come_back_oldest_first(data_dir: Path) -> None:
    late = make_session("late", "2024-05-03T08:00:00Z")
    early = make_session("early", "2024-05-01T08:00:00Z", status=SessionStatus.IN_PROGRESS)
    with reopen(data_dir) as repo:
        repo.save_session(late)
        repo.save_session(early)
        early.status = SessionStatus.COMPLETED
        early.steps.append(StepRecord(1, "bridge", 20.0, 20.0, completed=True))
        repo.save_session(early)
    with reopen(data_dir) as repo:
        assert repo.sessions() == [early, late]


def test_returned_and_saved_records_do_not_share_state_with_the_store(data_dir: Path) -> None:
    record = make_session("s1")
    with reopen(data_dir) as repo:
        repo.save_session(record)
        record.steps[0].holds.append(99.0)
        repo.sessions()[0].steps[0].holds.append(42.0)
        assert repo.sessions()[0].steps[0].holds == [29.5]


def test_last_done_uses_latest_completed_or_partial_session_per_routine(data_dir: Path) -> None:
    with reopen(data_dir) as repo:
        repo.save_session(make_session("a", "2024-05-01T08:00:00Z", "r1"))
        repo.save_session(make_session("b", "2024-05-04T08:00:00Z", "r1", SessionStatus.PARTIAL))
        repo.save_session(make_session("c", "2024-05-09T08:00:00Z", "r1", SessionStatus.STOPPED))
        repo.save_session(make_session("d", "2024-05-02T08:00:00Z", "r2"))
        repo.save_session(make_session("e", "2024-05-05T08:00:00Z", "r3", SessionStatus.STOPPED))
        assert repo.last_done() == {"r1": "2024-05-04T08:00:00Z", "r2": "2024-05-02T08:00:00Z"}


def test_first_run_seeds_all_builtins(data_dir: Path) -> None:
    with reopen(data_dir) as repo:
        assert repo.routines() == [BUILTIN_A, BUILTIN_B]
    meta = json.loads((data_dir / Repository.DB_FILENAME).read_text(encoding="utf-8"))["_meta"]
    assert meta == {
        "1": {
            "schema_version": SCHEMA_VERSION,
            "seeded_builtins": {"builtin-a": 1, "builtin-b": 1},
        }
    }


def test_newer_builtin_replaces_an_untouched_copy_but_never_a_user_edit(data_dir: Path) -> None:
    user_edit = make_routine("builtin-b", "My version of Alpha", builtin=False)
    with reopen(data_dir) as repo:
        repo.save_routine(user_edit)
    new_a = make_routine("builtin-a", "Zebra stretch", builtin=True, version=2, seconds=40)
    new_b = make_routine("builtin-b", "Alpha strength", builtin=True, version=2, seconds=40)
    with reopen(data_dir, [new_a, new_b]) as repo:
        assert repo.routine("builtin-a") == new_a
        assert repo.routine("builtin-b") == user_edit


def test_deleted_builtin_stays_deleted_even_after_an_upgrade(data_dir: Path) -> None:
    with reopen(data_dir) as repo:
        repo.delete_routine("builtin-a")
    with reopen(data_dir) as repo:
        assert repo.routine("builtin-a") is None
    newer = make_routine("builtin-a", "Zebra stretch", builtin=True, version=2)
    with reopen(data_dir, [newer, BUILTIN_B]) as repo:
        assert repo.routine("builtin-a") is None


def test_builtin_inserted_but_not_yet_recorded_is_not_inserted_twice(data_dir: Path) -> None:
    with reopen(data_dir) as repo:
        path = repo.path
    data = json.loads(path.read_text(encoding="utf-8"))
    data["_meta"]["1"]["seeded_builtins"] = {"builtin-b": 1}  # as if killed mid-seeding
    path.write_text(json.dumps(data), encoding="utf-8")
    with reopen(data_dir) as repo:
        assert repo.routines() == [BUILTIN_A, BUILTIN_B]
    seeded = json.loads(path.read_text(encoding="utf-8"))["_meta"]["1"]["seeded_builtins"]
    assert seeded == {"builtin-a": 1, "builtin-b": 1}


def test_new_builtin_is_added_beside_a_user_routine_with_the_same_name(data_dir: Path) -> None:
    user_routine = make_routine("mine", "Zebra stretch")
    with reopen(data_dir, [BUILTIN_B]) as repo:
        repo.save_routine(user_routine)
    with reopen(data_dir) as repo:
        assert repo.routine("mine") == user_routine
        assert repo.routines() == [BUILTIN_A, BUILTIN_B, user_routine]


def test_interrupted_sessions_are_finalized_on_open_keeping_their_steps(data_dir: Path) -> None:
    some_work = make_session("work", "2024-05-01T08:00:00Z", status=SessionStatus.IN_PROGRESS)
    no_work = make_session(
        "idle", "2024-05-02T08:00:00Z", status=SessionStatus.IN_PROGRESS, done_seconds=0.0
    )
    finished = make_session("done", "2024-05-03T08:00:00Z")
    with reopen(data_dir) as repo:
        for record in (some_work, no_work, finished):
            repo.save_session(record)
    with reopen(data_dir) as repo:
        statuses = {record.id: record.status for record in repo.sessions()}
        assert statuses == {
            "work": SessionStatus.PARTIAL,
            "idle": SessionStatus.STOPPED,
            "done": SessionStatus.COMPLETED,
        }
        assert repo.sessions()[0].steps == some_work.steps


def test_open_with_nothing_to_do_and_plain_reads_do_not_rewrite_the_file(data_dir: Path) -> None:
    with reopen(data_dir) as repo:
        repo.save_session(make_session("s1"))
    path = data_dir / Repository.DB_FILENAME
    before_bytes, before = path.read_bytes(), path.stat()
    with reopen(data_dir) as repo:
        repo.routines()
        repo.sessions()
        repo.last_done()
        repo.find_routine("Alpha strength")
    after = path.stat()
    assert path.read_bytes() == before_bytes
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


DAMAGED = {
    "empty": b"",
    "truncated JSON": b'{"_meta": {"1": {"schema_version": 1}}, "sessions": {"1": {"id',
    "random bytes": bytes(range(255, 0, -3)),
    "JSON list": b'[{"id": "s1"}]',
    "undecodable record": b'{"_meta":{"1":{"schema_version":1}},"sessions":{"1":{"id":"x"}}}',
    "newer schema": b'{"_meta": {"1": {"schema_version": 999}}, "sessions": {}}',
}


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_unreadable_file_raises_from_open_and_is_left_untouched(
    data_dir: Path, content: bytes
) -> None:
    data_dir.mkdir()
    path = data_dir / Repository.DB_FILENAME
    path.write_bytes(content)
    expected = SchemaTooNewError if b"999" in content else CorruptDatabaseError
    with pytest.raises(expected) as raised:
        reopen(data_dir)
    assert str(path) in str(raised.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in data_dir.iterdir()) == [Repository.DB_FILENAME]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_and_file_are_private(data_dir: Path) -> None:
    with reopen(data_dir) as repo:
        assert repo.path == data_dir / Repository.DB_FILENAME
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(repo.path.stat().st_mode) == 0o600


def file_state(path: Path) -> tuple[bytes, int, int]:
    info = path.stat()
    return path.read_bytes(), info.st_ino, info.st_mtime_ns


def test_skip_days_round_trip_and_unmark(data_dir: Path) -> None:
    with reopen(data_dir) as repo:
        assert repo.skip_days() == set()
        repo.set_skip_day(date(2026, 12, 31), True)
        repo.set_skip_day(date(2027, 1, 1), True)
        repo.set_skip_day(date(2026, 12, 31), False)
    with reopen(data_dir) as repo:
        assert repo.skip_days() == {date(2027, 1, 1)}
    stored = json.loads((data_dir / Repository.DB_FILENAME).read_text(encoding="utf-8"))
    assert list(stored["skip_days"].values()) == [{"date": "2027-01-01"}]


def test_setting_a_skip_day_to_what_it_already_is_does_not_write(data_dir: Path) -> None:
    path = data_dir / Repository.DB_FILENAME
    with reopen(data_dir) as repo:
        repo.set_skip_day(date(2026, 3, 5), True)
        before = file_state(path)
        repo.set_skip_day(date(2026, 3, 5), True)
        repo.set_skip_day(date(2026, 3, 6), False)
        repo.skip_days()
        assert file_state(path) == before


def test_a_version_1_file_without_skip_days_opens_and_gains_them(data_dir: Path) -> None:
    old_session = make_session("s1").to_dict()
    del old_session["steps"][0]["hold_sides"]  # not kept back then either
    version_1 = {
        "_meta": {"1": {"schema_version": 1, "seeded_builtins": {"builtin-a": 1, "builtin-b": 1}}},
        "routines": {"1": BUILTIN_A.to_dict(), "2": BUILTIN_B.to_dict()},
        "sessions": {"1": old_session},
    }
    data_dir.mkdir()
    path = data_dir / Repository.DB_FILENAME
    path.write_text(json.dumps(version_1), encoding="utf-8")
    before = file_state(path)

    with reopen(data_dir) as repo:
        assert repo.skip_days() == set()
        assert file_state(path) == before
        repo.set_skip_day(date(2026, 3, 29), True)

    with reopen(data_dir) as repo:
        assert repo.skip_days() == {date(2026, 3, 29)}
        (session,) = repo.sessions()
        assert session.id == "s1"
        assert (session.steps[0].holds, session.steps[0].hold_sides) == ([29.5], [])


@pytest.mark.parametrize("bad", [{"date": "31/12/2026"}, {"date": 20261231}, {"day": "x"}])
def test_an_unreadable_skip_day_refuses_to_open_and_leaves_the_file(
    data_dir: Path, bad: dict[str, object]
) -> None:
    with reopen(data_dir):
        pass
    path = data_dir / Repository.DB_FILENAME
    data = json.loads(path.read_text(encoding="utf-8"))
    data["skip_days"] = {"1": bad}
    path.write_text(json.dumps(data), encoding="utf-8")
    content = path.read_bytes()

    with pytest.raises(CorruptDatabaseError, match="skip_days"):
        reopen(data_dir)
    assert path.read_bytes() == content
