"""How records from several computers combine: newest edit wins, sessions and answers add up."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from lbh_desktop.core.models import SessionRecord, SessionStatus

SAVED, DELETED, SHIPPED = "saved", "deleted", "shipped"
"""An edit record's state: the data it carries, a deletion marker, or (built-ins) "as shipped"."""


def edit_key(record: dict[str, Any]) -> tuple[int, str, str]:
    """Order of edits to one routine or exercise: a later revision wins; two edits made from the
    same revision on two computers at once are ordered by time, then by device id, so every
    computer picks the same one."""
    rev = record.get("rev", 0)
    return (
        rev if isinstance(rev, int) and not isinstance(rev, bool) else 0,
        str(record.get("edited_utc", "")),
        str(record.get("device", "")),
    )


def newest_edits(records: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The winning edit record for each id."""
    return _newest(records, "id", edit_key)


def newest_marks(records: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The latest mark or unmark of each skip day ("date" -> its record)."""
    return _newest(records, "date", _mark_key)


def _newest(
    records: Iterable[dict[str, Any]], field: str, order: Callable[[dict[str, Any]], Any]
) -> dict[str, dict[str, Any]]:
    winners: dict[str, dict[str, Any]] = {}
    for record in records:
        key = record.get(field)
        if not isinstance(key, str):
            continue
        current = winners.get(key)
        if current is None or order(record) > order(current):
            winners[key] = record
    return winners


def is_skipped(mark: dict[str, Any]) -> bool:
    """Marks from before sync carry no "skipped": they were all marks, not unmarks."""
    return mark.get("skipped", True) is not False


def _mark_key(record: dict[str, Any]) -> tuple[str, str]:
    return (str(record.get("edited_utc", "")), str(record.get("device", "")))


def union_of_answers(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Progression answers from every computer, each once (a conflict copy repeats some)."""
    seen: dict[str, dict[str, Any]] = {}
    for record in records:
        seen.setdefault(json.dumps(record, sort_keys=True), record)
    return list(seen.values())


def more_complete(first: SessionRecord, second: SessionRecord) -> SessionRecord:
    """Of two copies of one session (a conflict copy and the file), the one that got further:
    finished before in progress, then the later finish, then more time done."""
    return max((first, second), key=_progress_key)


def _progress_key(record: SessionRecord) -> tuple[bool, str, float, int]:
    return (
        record.status is not SessionStatus.IN_PROGRESS,
        record.finished_utc or "",
        record.done_seconds,
        len(record.steps),
    )
