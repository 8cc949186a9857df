"""Repository: round trips, ordering, built-ins, crash recovery, no needless writes, bad files."""

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
from lbh_desktop.core.progression_record import ChangeKind, Decision, ProgressionRecord
from lbh_desktop.storage.atomic_storage import CorruptDatabaseError
from lbh_desktop.storage.backups import back_up_device_files, backup_folder
from lbh_desktop.storage.device_folder import LIBRARY_FILE, SKIP_DAYS_FILE
from lbh_desktop.storage.migrations import SchemaTooNewError
from lbh_desktop.storage.repository import Repository

from .layout import (
    device_folder,
    folder_bytes,
    folder_state,
    kept_single_files,
    single_file,
    table,
    write_single_file,
)


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


def test_first_run_shows_all_builtins_and_stores_none_of_them(data_dir: Path) -> None:
    with reopen(data_dir) as repo:
        assert repo.routines() == [BUILTIN_A, BUILTIN_B]
    assert not (device_folder(data_dir) / LIBRARY_FILE).exists()  # the shipped ones are used
    with reopen(data_dir) as repo:
        assert repo.routines() == [BUILTIN_A, BUILTIN_B]


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


def test_an_old_history_killed_mid_seeding_brings_each_builtin_once(data_dir: Path) -> None:
    """The one-file history of earlier versions, killed after inserting a built-in but before
    recording it as seeded: it moves in with each built-in once, and as shipped."""
    old = write_single_file(
        single_file(data_dir), routines=[BUILTIN_A, BUILTIN_B], seeded={"builtin-b": 1}
    )
    with reopen(data_dir) as repo:
        assert repo.routines() == [BUILTIN_A, BUILTIN_B]
    assert table(device_folder(data_dir) / LIBRARY_FILE, "routines") == []
    (kept,) = kept_single_files(data_dir)
    assert kept.read_bytes() == old and not single_file(data_dir).exists()
    newer_a = make_routine("builtin-a", "Zebra stretch", builtin=True, version=2, seconds=40)
    with reopen(data_dir, [newer_a, BUILTIN_B]) as repo:
        assert repo.routines() == [newer_a, BUILTIN_B]


def test_an_old_history_keeps_its_deleted_and_edited_builtins_through_an_upgrade(
    data_dir: Path,
) -> None:
    edited_b = make_routine("builtin-b", "My version of Alpha", builtin=False)
    write_single_file(
        single_file(data_dir),
        routines=[edited_b],
        seeded={"builtin-a": 1, "builtin-b": 1},  # builtin-a was deleted back then
    )
    newer = [
        make_routine("builtin-a", "Zebra stretch", builtin=True, version=2),
        make_routine("builtin-b", "Alpha strength", builtin=True, version=2),
    ]
    with reopen(data_dir, newer) as repo:
        assert repo.routines() == [edited_b]
    with reopen(data_dir, newer) as repo:
        assert repo.routines() == [edited_b]


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


def a_full_history(data_dir: Path) -> None:
    """Some of everything a user keeps, and a second computer's files next to this one's."""
    with reopen(data_dir) as repo:
        repo.save_session(make_session("s1"))
        repo.save_session(make_session("s2", "2024-06-01T08:00:00Z", status=SessionStatus.PARTIAL))
        repo.save_routine(make_routine("mine", "Desk reset"))
        repo.save_routine(make_routine("builtin-b", "My Alpha"))
        repo.delete_routine("builtin-a")
        repo.set_skip_day(date(2024, 5, 2), True)
        repo.set_skip_day(date(2024, 5, 3), True)
        repo.set_skip_day(date(2024, 5, 3), False)
        repo.add_progression_record(
            ProgressionRecord(
                "mine",
                "2024-05-01T09:00:00Z",
                date(2024, 5, 1),
                Decision.ACCEPTED,
                ChangeKind.HOLDS,
            )
        )
        back_up_device_files(repo.device_folder, backup_folder(data_dir), date(2024, 6, 1))
    with Repository.open(data_dir.parent / "laptop", [BUILTIN_A, BUILTIN_B]) as laptop:
        laptop.save_session(make_session("laptop-1", "2024-05-20T08:00:00Z"))
        laptop.save_routine(make_routine("laptops", "Laptop routine"))
        laptop.set_skip_day(date(2024, 5, 9), True)
        other = laptop.device_folder
    other.rename(device_folder(data_dir).parent / other.name)


def test_open_with_nothing_to_do_and_plain_reads_write_nothing(data_dir: Path) -> None:
    a_full_history(data_dir)
    before = folder_state(data_dir)
    with reopen(data_dir) as repo:
        repo.routines()
        repo.find_routine("Alpha strength")
        repo.routine("mine")
        repo.custom_exercises()
        repo.latest_sessions()
        repo.sessions_since(date(2024, 6, 1))
        while repo.preload_step():
            pass
        assert {r.id for r in repo.sessions()} == {"s1", "s2", "laptop-1"}
        repo.last_done()
        assert repo.skip_days() == {date(2024, 5, 2), date(2024, 5, 9)}
        repo.progression_records()
        assert len(repo.devices()) == 2
        assert repo.refresh() is False
        assert repo.problems == []
        assert repo.restore_builtins([]) == []
        repo.set_skip_day(date(2024, 5, 2), True)  # as it is already
        repo.delete_routine("builtin-a")  # already deleted
        repo.delete_custom_exercise("custom-never-saved-000000")
    assert folder_state(data_dir) == before


DAMAGED = {
    "empty": b"",
    "truncated JSON": b'{"_meta": {"1": {"schema_version": 1}}, "sessions": {"1": {"id',
    "random bytes": bytes(range(255, 0, -3)),
    "JSON list": b'[{"id": "s1"}]',
    "undecodable record": b'{"_meta":{"1":{"schema_version":1}},"sessions":{"1":{"id":"x"}}}',
    "newer schema": b'{"_meta": {"1": {"schema_version": 999}}, "sessions": {}}',
}


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_an_unreadable_old_history_raises_from_open_and_is_left_untouched(
    data_dir: Path, content: bytes
) -> None:
    data_dir.mkdir()
    path = single_file(data_dir)
    path.write_bytes(content)
    expected = SchemaTooNewError if b"999" in content else CorruptDatabaseError
    with pytest.raises(expected) as raised:
        reopen(data_dir)
    assert str(path) in str(raised.value)
    assert path.read_bytes() == content
    assert folder_bytes(data_dir / "devices") == {}  # nothing half moved in
    assert kept_single_files(data_dir) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folders_and_files_are_private(data_dir: Path, tmp_path: Path) -> None:
    previous = os.umask(0o022)  # the usual desktop umask: plain files 0644, folders 0755
    try:
        shared = tmp_path / "Sync" / "lbh"
        with Repository.open(data_dir, [BUILTIN_A], history_folder=shared) as repo:
            repo.save_session(make_session("s1"))
            repo.set_skip_day(date(2024, 5, 2), True)
            repo.save_routine(make_routine("mine", "Desk reset"))
    finally:
        os.umask(previous)
    created = [data_dir, *data_dir.rglob("*"), shared, *shared.rglob("*")]
    modes = {str(path): oct(stat.S_IMODE(path.stat().st_mode)) for path in created}
    expected = {str(path): oct(0o700 if path.is_dir() else 0o600) for path in created}
    assert len(modes) >= 9 and modes == expected


def test_skip_days_round_trip_and_unmark(data_dir: Path) -> None:
    with reopen(data_dir) as repo:
        assert repo.skip_days() == set()
        repo.set_skip_day(date(2026, 12, 31), True)
        repo.set_skip_day(date(2027, 1, 1), True)
        repo.set_skip_day(date(2026, 12, 31), False)
    with reopen(data_dir) as repo:
        assert repo.skip_days() == {date(2027, 1, 1)}
    marks = table(device_folder(data_dir) / SKIP_DAYS_FILE, "skip_days")
    # The unmark is kept, so it also wins over the mark another computer still has.
    assert {mark["date"]: mark["skipped"] for mark in marks} == {
        "2026-12-31": False,
        "2027-01-01": True,
    }


def test_setting_a_skip_day_to_what_it_already_is_does_not_write(data_dir: Path) -> None:
    with reopen(data_dir) as repo:
        repo.set_skip_day(date(2026, 3, 5), True)
        before = folder_state(data_dir)
        repo.set_skip_day(date(2026, 3, 5), True)
        repo.set_skip_day(date(2026, 3, 6), False)
        repo.skip_days()
        assert folder_state(data_dir) == before


def test_an_old_history_without_skip_days_moves_in_and_gains_them(data_dir: Path) -> None:
    old_session = make_session("s1").to_dict()
    del old_session["steps"][0]["hold_sides"]  # not kept back then either
    version_1 = {
        "_meta": {"1": {"schema_version": 1, "seeded_builtins": {"builtin-a": 1, "builtin-b": 1}}},
        "routines": {"1": BUILTIN_A.to_dict(), "2": BUILTIN_B.to_dict()},
        "sessions": {"1": old_session},
    }
    data_dir.mkdir()
    path = single_file(data_dir)
    path.write_text(json.dumps(version_1), encoding="utf-8")
    content = path.read_bytes()

    with reopen(data_dir) as repo:
        assert repo.skip_days() == set()
        assert repo.routines() == [BUILTIN_A, BUILTIN_B]
        repo.set_skip_day(date(2026, 3, 29), True)

    with reopen(data_dir) as repo:
        assert repo.skip_days() == {date(2026, 3, 29)}
        (session,) = repo.sessions()
        assert session.id == "s1"
        assert (session.steps[0].holds, session.steps[0].hold_sides) == ([29.5], [])
    (kept,) = kept_single_files(data_dir)
    assert kept.read_bytes() == content  # kept as it was, never rewritten


BAD_SKIP_DAYS = [{"date": "31/12/2026"}, {"date": 20261231}, {"day": "x"}]


@pytest.mark.parametrize("bad", BAD_SKIP_DAYS)
def test_an_unreadable_skip_day_in_an_old_history_refuses_to_move_it_in(
    data_dir: Path, bad: dict[str, object]
) -> None:
    content = write_single_file(single_file(data_dir), routines=[BUILTIN_A], skip_days=[bad])
    with pytest.raises(CorruptDatabaseError, match="skip_days"):
        reopen(data_dir)
    assert single_file(data_dir).read_bytes() == content
    assert folder_bytes(data_dir / "devices") == {}


@pytest.mark.parametrize("bad", BAD_SKIP_DAYS)
def test_an_unreadable_skip_day_is_left_out_and_the_rest_opens(
    data_dir: Path, bad: dict[str, object]
) -> None:
    with reopen(data_dir) as repo:
        repo.set_skip_day(date(2026, 3, 5), True)
        repo.save_session(make_session("s1"))
    path = device_folder(data_dir) / SKIP_DAYS_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    data["skip_days"]["2"] = bad | {"skipped": True, "edited_utc": "2026-03-05T10:00:00+00:00"}
    path.write_text(json.dumps(data), encoding="utf-8")
    content = path.read_bytes()

    with reopen(data_dir) as repo:
        assert repo.skip_days() == {date(2026, 3, 5)}
        assert [r.id for r in repo.sessions()] == ["s1"]
    assert path.read_bytes() == content  # the file keeps it
