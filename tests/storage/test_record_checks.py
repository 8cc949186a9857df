"""Type checks on stored sessions: each wrong value is refused with its field named."""

from __future__ import annotations

import json
from typing import Any

import pytest

from lbh_desktop.storage.record_checks import checked_session

from .test_repository import make_session


def stored(**changes: Any) -> dict[str, Any]:
    """A session document as json.loads gives it back from the file."""
    document: dict[str, Any] = json.loads(json.dumps(make_session("s1").to_dict()))
    step_changes = changes.pop("step", {})
    document["steps"][0].update(step_changes)
    document.update(changes)
    return document


def test_a_good_document_decodes() -> None:
    expected = make_session("s1")
    expected.pain = 3
    assert checked_session(stored(pain=3, finished_utc=None)) == expected


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"id": 7}, "id"),
        ({"utc_offset_minutes": True}, "utc_offset_minutes"),
        ({"utc_offset_minutes": 1.5}, "utc_offset_minutes"),
        ({"done_seconds": "60"}, "done_seconds"),
        ({"done_seconds": False}, "done_seconds"),
        ({"pain": 2.5}, "pain"),
        ({"started_utc": "yesterday"}, "started_utc"),
        ({"finished_utc": 5}, "finished_utc"),
        ({"local_date": "2024-13-01"}, "local_date"),
        ({"step": {"holds": [1.0, "2"]}}, "step 0: holds"),
        ({"step": {"holds": "1, 2"}}, "step 0: holds"),
        ({"step": {"sides_done": [None]}}, "step 0: sides_done"),
        ({"step": {"completed": 1}}, "step 0: completed"),
        ({"step": {"sets_done": True}}, "step 0: sets_done"),
    ],
)
def test_a_wrong_value_is_refused_naming_the_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(TypeError, match=f"^{field} has a wrong value"):
        checked_session(stored(**changes))


def test_missing_required_field_and_steps_that_are_not_records_are_refused() -> None:
    document = stored()
    del document["started_utc"]
    with pytest.raises(KeyError, match="started_utc"):
        checked_session(document)
    with pytest.raises(TypeError, match="steps is not a list of records"):
        checked_session(stored(steps=[1]))
