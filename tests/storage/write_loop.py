"""Child process for the kill test: saves sessions non-stop and reports each save that returned."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

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
from lbh_desktop.storage.repository import Repository

SAVED = "saved"
COMPLETED = "completed"

BUILTINS = (
    Routine(
        id="kill-test-builtin",
        name="Kill test stretch",
        kind=RoutineKind.STRETCH,
        level=Level.BEGINNER,
        description="Seeded on every open of the kill test",
        steps=(Step(exercise_id="cat-cow", mode=StepMode.TIMED, seconds=30),),
        builtin=True,
        builtin_version=1,
    ),
)


def new_session(session_id: str, number: int) -> SessionRecord:
    started = datetime.now(UTC)
    return SessionRecord(
        id=session_id,
        routine_id=BUILTINS[0].id,
        routine_name=BUILTINS[0].name,
        routine_kind=RoutineKind.STRETCH,
        started_utc=started.isoformat(),
        local_date=started.date().isoformat(),
        utc_offset_minutes=0,
        planned_seconds=30.0,
        # Alternate so finalizing on the next open exercises both "partial" and "stopped".
        done_seconds=float(number % 2) * 12.5,
        steps=[StepRecord(0, "cat-cow", 30.0, float(number % 2) * 12.5, holds=[12.5])],
    )


def report(event: str, session_id: str) -> None:
    print(f"{event} {session_id}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("prefix", help="makes session ids unique across runs")
    args = parser.parse_args()

    repository = Repository.open(args.data_dir, BUILTINS)
    number = 0
    while True:
        record = new_session(f"{args.prefix}-{number}", number)
        repository.save_session(record)
        report(SAVED, record.id)
        if number % 3 == 0:
            record.status = SessionStatus.COMPLETED
            record.finished_utc = datetime.now(UTC).isoformat()
            repository.save_session(record)
            report(COMPLETED, record.id)
        number += 1


if __name__ == "__main__":
    main()
