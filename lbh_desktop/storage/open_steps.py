"""The steps Repository.open() takes on a data file: check records, seed built-ins, tidy up."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from lbh_desktop.core.models import ModelError, Routine, SessionRecord, SessionStatus
from lbh_desktop.core.progression_record import ProgressionRecord
from lbh_desktop.storage.atomic_storage import CorruptDatabaseError
from lbh_desktop.storage.migrations import ROUTINES_TABLE, SESSIONS_TABLE, read_meta, write_meta
from lbh_desktop.storage.record_checks import checked_session
from lbh_desktop.storage.tables import (
    CUSTOM_EXERCISES_TABLE,
    PROGRESSION_TABLE,
    SKIP_DAYS_TABLE,
    exercise_from,
    raw_documents,
    replace_many,
    routine_from,
    skip_day_from,
)


def check_records_readable(db: TinyDB, path: Path) -> dict[str, SessionRecord]:
    """Fail at open, not at some later click, if a stored record can't be decoded. Returns
    the decoded sessions by document id, so they need not be decoded again."""
    sessions: dict[str, SessionRecord] = {}
    decoders: tuple[tuple[str, Callable[[dict[str, Any]], object]], ...] = (
        (ROUTINES_TABLE, routine_from),
        (SESSIONS_TABLE, checked_session),
        (SKIP_DAYS_TABLE, skip_day_from),
        (PROGRESSION_TABLE, ProgressionRecord.from_dict),
        (CUSTOM_EXERCISES_TABLE, exercise_from),
    )
    for table_name, decode in decoders:
        for doc_id, document in raw_documents(db, table_name).items():
            try:
                decoded = decode(document)
            except (ModelError, KeyError, TypeError, ValueError, AttributeError) as exc:
                raise CorruptDatabaseError(
                    path, f"record {doc_id} in table {table_name!r} is invalid ({exc})"
                ) from exc
            if isinstance(decoded, SessionRecord):
                sessions[doc_id] = decoded
    return sessions


def seed_builtins(db: TinyDB, path: Path, builtins: Iterable[Routine]) -> None:
    """Inserts new built-ins and upgrades untouched older ones; the user's edits stay."""
    seeded = read_meta(db).get("seeded_builtins", {})
    if not isinstance(seeded, dict) or not all(
        isinstance(version, int) for version in seeded.values()
    ):
        raise CorruptDatabaseError(path, "its list of installed built-in routines is invalid")
    routines = (routine_from(document) for document in db.table(ROUTINES_TABLE).all())
    stored = {routine.id: routine for routine in routines}
    to_insert: list[Routine] = []
    to_replace: list[Routine] = []
    newly_seeded: dict[str, int] = {}
    for builtin in builtins:
        current = stored.get(builtin.id)
        seeded_version = seeded.get(builtin.id)
        is_untouched_older = (
            current is not None
            and current.builtin
            and current.builtin_version < builtin.builtin_version
        )
        if seeded_version is None:
            # Also covers a crash between inserting a built-in and recording it in _meta.
            if current is None:
                to_insert.append(builtin)
            elif is_untouched_older:
                to_replace.append(builtin)
            newly_seeded[builtin.id] = builtin.builtin_version
        elif seeded_version < builtin.builtin_version and current is not None and current.builtin:
            to_replace.append(builtin)
            newly_seeded[builtin.id] = builtin.builtin_version
    if to_insert:
        db.table(ROUTINES_TABLE).insert_multiple(routine.to_dict() for routine in to_insert)
    if to_replace:
        replace_many(db.table(ROUTINES_TABLE), [routine.to_dict() for routine in to_replace])
    if newly_seeded:
        write_meta(db, {"seeded_builtins": seeded | newly_seeded})


def finalize_interrupted_sessions(db: TinyDB) -> None:
    """Sessions a crash left in progress become partial (some work done) or stopped."""
    # Read straight from the documents (check_records_readable has checked them): decoding
    # 10 years of sessions again would slow every start-up. Defaults as in SessionRecord.
    in_progress = SessionStatus.IN_PROGRESS.value
    interrupted = [
        int(doc_id)
        for doc_id, document in raw_documents(db, SESSIONS_TABLE).items()
        if document.get("status", in_progress) == in_progress
    ]
    if not interrupted:
        return

    def finalize(document: Any) -> None:
        has_work = document.get("done_seconds", 0.0) > 0
        status = SessionStatus.PARTIAL if has_work else SessionStatus.STOPPED
        document["status"] = status.value

    db.table(SESSIONS_TABLE).update(finalize, doc_ids=interrupted)
