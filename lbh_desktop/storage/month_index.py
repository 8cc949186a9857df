"""A small summary of each month file, so start-up need not read years of sessions."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from lbh_desktop.core.counting import counts
from lbh_desktop.core.models import SessionRecord, SessionStatus
from lbh_desktop.storage.atomic_storage import replace_file_atomically

log = logging.getLogger(__name__)

INDEX_VERSION = 1


@dataclass
class MonthSummary:
    """What the library needs from a month without reading it: each routine's latest session
    that counts and latest that ended too early, and whether any is still in progress."""

    size: int
    """The month file's size when summarised: a different size means the file changed."""
    count: int = 0
    done: dict[str, str] = field(default_factory=dict)
    tried: dict[str, str] = field(default_factory=dict)
    in_progress: int = 0


def summarise(records: Iterable[SessionRecord], size: int) -> MonthSummary:
    summary = MonthSummary(size)
    for record in records:
        summary.count += 1
        if record.status is SessionStatus.IN_PROGRESS:
            summary.in_progress += 1
            continue
        latest = summary.done if counts(record) else summary.tried
        latest[record.routine_id] = max(record.started_utc, latest.get(record.routine_id, ""))
    return summary


def read_index(path: Path) -> dict[str, MonthSummary]:
    """The summaries kept in `path`; {} when it is missing or can't be used (it is only a
    cache: every month it lacks is read instead)."""
    try:
        data = json.loads(path.read_bytes())
        if data.get("version") != INDEX_VERSION:
            return {}
        return {month: MonthSummary(**value) for month, value in data["months"].items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
        log.info("reading every month: the index %s can't be used (%s)", path, error)
        return {}


def write_index(path: Path, months: dict[str, MonthSummary]) -> None:
    payload = {"version": INDEX_VERSION, "months": {m: asdict(s) for m, s in months.items()}}
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    replace_file_atomically(path, text.encode(), temp_prefix=f".{path.name}.")


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1
