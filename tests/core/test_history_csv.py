"""History CSV export: columns, cell formats, RFC 4180 quoting and a round trip through csv."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from lbh_desktop.core.history_csv import (
    HURT_COLUMNS,
    SESSION_COLUMNS,
    STEP_COLUMNS,
    hurts_csv,
    sessions_csv,
    steps_csv,
)
from lbh_desktop.core.models import (
    HurtEvent,
    RoutineKind,
    SessionRecord,
    SessionStatus,
    StepRecord,
)
from tests.core.progress_history import NEW_YORK, held, record

AWKWARD_NAME = 'Hips, "gentle"\nand slow; 100 % ü'


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def history() -> list[SessionRecord]:
    first = record(
        "2026-03-02T07:15",
        RoutineKind.STRENGTH,
        planned=1234.5,
        done=1234.5,
        pain=3,
        steps=[
            held("side-plank", [30.0, 28.5], ["left", "right"]),
            StepRecord(1, "bridge", 60.0, 61.25, sets_done=2, completed=False),
        ],
    )
    second = replace(
        record("2026-03-03T21:00", tz=NEW_YORK, status=SessionStatus.IN_PROGRESS, done=0.0),
        id="s-2",
        routine_name=AWKWARD_NAME,
    )
    hurts = [
        HurtEvent(0, "side-plank", "standard", "2026-03-02T06:20:00Z", "easier"),
        HurtEvent(0, "side-plank", "easier", "2026-03-02T06:22:30Z", "skip"),
    ]
    return [replace(first, id="s-1", level="harder", hurts=hurts), second]


def test_column_names() -> None:
    assert SESSION_COLUMNS == (
        "id", "routine_id", "routine_name", "routine_kind", "status", "started_utc",
        "local_date", "utc_offset_minutes", "finished_utc", "planned_seconds", "done_seconds",
        "pain", "pain_before", "level", "hurts",
    )  # fmt: skip
    assert STEP_COLUMNS == (
        "session_id", "step_index", "exercise_id", "planned_seconds", "done_seconds",
        "sets_done", "sides_done", "holds", "completed", "skipped_segments", "hold_sides",
    )  # fmt: skip
    assert HURT_COLUMNS == (
        "session_id", "step_index", "exercise_id", "variation", "at_utc", "action",
    )  # fmt: skip


def test_sessions_csv_rows_round_trip_through_csv_reader() -> None:
    text = sessions_csv(history())

    assert rows(text) == [
        list(SESSION_COLUMNS),
        [
            "s-1", "strength-routine", 'My strength, "daily"', "strength", "completed",
            "2026-03-02T06:15:00Z", "2026-03-02", "60", "2000-01-01T00:00:00Z", "1234.5",
            "1234.5", "3", "", "harder", "2",
        ],
        [
            "s-2", "stretch-routine", AWKWARD_NAME, "stretch", "in-progress",
            "2026-03-04T02:00:00Z", "2026-03-03", "-300", "", "600.0", "0.0", "", "",
            "standard", "0",
        ],
    ]  # fmt: skip


def test_awkward_text_is_quoted_rfc_4180_style_with_crlf_rows() -> None:
    text = sessions_csv(history())

    assert text.startswith(",".join(SESSION_COLUMNS) + "\r\n")
    assert '"Hips, ""gentle""\nand slow; 100 % ü"' in text
    assert '"My strength, ""daily"""' in text
    assert text.endswith("\r\n")
    assert text.count("\r\n") == 3


def test_steps_csv_has_one_row_per_step_with_joined_lists() -> None:
    text = steps_csv(history())

    assert rows(text) == [
        list(STEP_COLUMNS),
        [
            "s-1", "0", "side-plank", "58.5", "58.5", "0", "left;right", "30.0;28.5", "true",
            "0", "left;right",
        ],
        ["s-1", "1", "bridge", "60.0", "61.25", "2", "", "", "false", "0", ""],
    ]  # fmt: skip


def test_hurts_csv_has_one_row_per_press_with_the_choice() -> None:
    assert rows(hurts_csv(history())) == [
        list(HURT_COLUMNS),
        ["s-1", "0", "side-plank", "standard", "2026-03-02T06:20:00Z", "easier"],
        ["s-1", "0", "side-plank", "easier", "2026-03-02T06:22:30Z", "skip"],
    ]


def test_whole_numbers_from_stored_json_are_written_as_numbers_too() -> None:
    step = {"step_index": 0, "exercise_id": "plank", "planned_seconds": 30, "holds": [30]}
    data = history()[0].to_dict() | {"planned_seconds": 900, "done_seconds": 450}
    loaded = SessionRecord.from_dict(data | {"steps": [step | {"done_seconds": 30}]})

    (session_row,) = rows(sessions_csv([loaded]))[1:]
    (step_row,) = rows(steps_csv([loaded]))[1:]

    assert session_row[9:11] == ["900.0", "450.0"]
    assert step_row == ["s-1", "0", "plank", "30.0", "30.0", "0", "", "30.0", "false", "0", ""]


def test_no_sessions_give_just_the_headers() -> None:
    assert sessions_csv([]) == ",".join(SESSION_COLUMNS) + "\r\n"
    assert steps_csv([]) == ",".join(STEP_COLUMNS) + "\r\n"
    assert hurts_csv([]) == ",".join(HURT_COLUMNS) + "\r\n"
