"""Type checks for stored session records, so a damaged one fails at open, not in a chart later."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from lbh_desktop.core.models import SessionRecord

Check = Callable[[Any], bool]


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _flag(value: Any) -> bool:
    return isinstance(value, bool)


def _optional(check: Check) -> Check:
    return lambda value: value is None or check(value)


def _list_of(check: Check) -> Check:
    return lambda value: isinstance(value, list) and all(check(item) for item in value)


def _iso_date(value: Any) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _iso_moment(value: Any) -> bool:
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


SESSION_FIELDS: dict[str, Check] = {
    "id": _text,
    "routine_id": _text,
    "routine_name": _text,
    "started_utc": _iso_moment,
    "local_date": _iso_date,
    "utc_offset_minutes": _whole,
    "finished_utc": _optional(_iso_moment),
    "planned_seconds": _number,
    "done_seconds": _number,
    "pain": _optional(_whole),
}
STEP_FIELDS: dict[str, Check] = {
    "step_index": _whole,
    "exercise_id": _text,
    "planned_seconds": _number,
    "done_seconds": _number,
    "holds": _list_of(_number),
    "sides_done": _list_of(_text),
    "sets_done": _whole,
    "skipped_segments": _whole,
    "completed": _flag,
    "hold_sides": _list_of(_text),
}
REQUIRED_SESSION_FIELDS = ("id", "routine_id", "started_utc", "local_date")


def _check_fields(document: dict[str, Any], checks: dict[str, Check], where: str) -> None:
    for name, check in checks.items():
        if name in document and not check(document[name]):
            raise TypeError(f"{where}{name} has a wrong value: {document[name]!r:.40}")


def checked_session(document: dict[str, Any]) -> SessionRecord:
    """Decode a stored session; TypeError, naming the field, when a value has the wrong type."""
    for name in REQUIRED_SESSION_FIELDS:
        if name not in document:
            raise KeyError(name)
    _check_fields(document, SESSION_FIELDS, "")
    steps = document.get("steps", [])
    if not isinstance(steps, list) or not all(isinstance(step, dict) for step in steps):
        raise TypeError("steps is not a list of records")
    for number, step in enumerate(steps):
        _check_fields(step, STEP_FIELDS, f"step {number}: ")
    return SessionRecord.from_dict(document)
