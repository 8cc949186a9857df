"""Writers for the kill drill: a long-lived parent forks processes that save until SIGKILLed."""

from __future__ import annotations

import os
import sys
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
PID = "pid"
READY = "ready"
REAPED = "reaped"

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


def report(line: str) -> None:
    # One os.write per line: a pipe write this small is atomic, so a kill never cuts a line,
    # and nothing sits in a buffer that a forked child would inherit.
    os.write(1, f"{line}\n".encode())


MONTHS = ("2026-01", "2026-02", "2026-03")
"""The writers' sessions take turns between these months' files."""


def write_forever(data_dir: Path, prefix: str) -> None:
    """The child: open the data folder, then save sessions until killed."""
    report(f"{PID} {os.getpid()}")
    repository = Repository.open(data_dir, BUILTINS)
    number = 0
    while True:
        record = new_session(f"{prefix}-{number}", number)
        record.local_date = f"{MONTHS[number % len(MONTHS)]}-15"
        repository.save_session(record)
        report(f"{SAVED} {record.id}")
        if number % 3 == 0:
            record.status = SessionStatus.COMPLETED
            record.finished_utc = datetime.now(UTC).isoformat()
            repository.save_session(record)
            report(f"{COMPLETED} {record.id}")
        number += 1


def serve() -> None:
    """The parent, started once: for each "run PREFIX DATA_DIR" line on stdin, fork a writer
    (cheap: the imports are done), wait until someone SIGKILLs it, and report how it ended."""
    report(READY)
    for command in sys.stdin:
        _, prefix, folder = command.rstrip("\n").split(" ", 2)
        data_dir = Path(folder)
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(data_dir, prefix)
            finally:
                os._exit(1)
        _, status = os.waitpid(pid, 0)
        report(f"{REAPED} {pid} {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    serve()
