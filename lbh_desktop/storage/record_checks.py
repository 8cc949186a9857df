"""Type checks for stored session records, so a damaged one fails at open, not in a chart later."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import SessionRecord

Types = frozenset[type]
Check = Callable[[Any], bool] | Types
"""A test of a value, or the exact types it may have: the documents come from json.loads,
which makes exact str, int, float, bool and list values (true is a bool, never an int).
Type sets need no function call: these checks run ~100,000 times for 10 years of sessions."""

_TEXT: Types = frozenset({str})
_WHOLE: Types = frozenset({int})
_NUMBER: Types = frozenset({int, float})
_FLAG: Types = frozenset({bool})
_OPTIONAL_WHOLE: Types = frozenset({int, type(None)})


def _optional(check: Callable[[Any], bool]) -> Check:
    return lambda value: value is None or check(value)


def _list_of(types: Types) -> Check:
    return lambda value: type(value) is list and all(type(item) in types for item in value)


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
    "id": _TEXT,
    "routine_id": _TEXT,
    "routine_name": _TEXT,
    "started_utc": _iso_moment,
    "local_date": _iso_date,
    "utc_offset_minutes": _WHOLE,
    "finished_utc": _optional(_iso_moment),
    "planned_seconds": _NUMBER,
    "done_seconds": _NUMBER,
    "pain": _OPTIONAL_WHOLE,
    "pain_before": _OPTIONAL_WHOLE,
}
STEP_FIELDS: dict[str, Check] = {
    "step_index": _WHOLE,
    "exercise_id": _TEXT,
    "planned_seconds": _NUMBER,
    "done_seconds": _NUMBER,
    "holds": _list_of(_NUMBER),
    "sides_done": _list_of(_TEXT),
    "sets_done": _WHOLE,
    "skipped_segments": _WHOLE,
    "completed": _FLAG,
    "hold_sides": _list_of(_TEXT),
}
REQUIRED_SESSION_FIELDS = ("id", "routine_id", "started_utc", "local_date")


def _check_fields(document: dict[str, Any], checks: dict[str, Check], step: int | None) -> None:
    for name, value in document.items():
        check = checks.get(name)
        if check is None or (
            type(value) in check if isinstance(check, frozenset) else check(value)
        ):
            continue
        if step is None:
            text = translate("record_checks", "{field} has a wrong value: {value}")
        else:
            text = translate("record_checks", "step {number}: {field} has a wrong value: {value}")
        raise TypeError(text.format(number=step, field=name, value=f"{value!r:.40}"))


def checked_session(document: dict[str, Any]) -> SessionRecord:
    """Decode a stored session; TypeError, naming the field, when a value has the wrong type."""
    for name in REQUIRED_SESSION_FIELDS:
        if name not in document:
            raise KeyError(name)
    _check_fields(document, SESSION_FIELDS, None)
    steps = document.get("steps", [])
    if not isinstance(steps, list) or not all(isinstance(step, dict) for step in steps):
        raise TypeError(translate("record_checks", "steps is not a list of records"))
    for number, step in enumerate(steps):
        _check_fields(step, STEP_FIELDS, number)
    return SessionRecord.from_dict(document)
