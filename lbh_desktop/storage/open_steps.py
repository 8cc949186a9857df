"""Steps on an old one-file history before it moves in: check its records, finish sessions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import ModelError, SessionRecord, SessionStatus
from lbh_desktop.core.progression_record import ProgressionRecord
from lbh_desktop.storage.atomic_storage import CorruptDatabaseError
from lbh_desktop.storage.migrations import ROUTINES_TABLE, SESSIONS_TABLE
from lbh_desktop.storage.record_checks import checked_session
from lbh_desktop.storage.tables import (
    CUSTOM_EXERCISES_TABLE,
    PROGRESSION_TABLE,
    SKIP_DAYS_TABLE,
    exercise_from,
    raw_documents,
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
                reason = translate(
                    "open_steps", "record {id} in table {table} is invalid ({error})"
                )
                raise CorruptDatabaseError(
                    path, reason.format(id=doc_id, table=repr(table_name), error=exc)
                ) from exc
            if isinstance(decoded, SessionRecord):
                sessions[doc_id] = decoded
    return sessions


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
