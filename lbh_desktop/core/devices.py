"""The computers that write to one data folder, as the Data folder settings list them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class DeviceSummary:
    """One computer's files in the data folder: who it is, how much it wrote, and when."""

    device_id: str
    name: str
    """The computer's name when it last opened the folder (its host name)."""
    is_this_device: bool
    last_write: datetime | None
    """When it last changed one of its files (UTC); None when it has written nothing yet."""
    sessions: int


def device_line(device: DeviceSummary, now: datetime) -> str:
    """ "work-laptop (this computer) · 1,204 sessions · last change today 09:14"."""
    name = f"{device.name} (this computer)" if device.is_this_device else device.name
    count = f"{device.sessions:,} session{'s' if device.sessions != 1 else ''}"
    return f"{name} · {count} · {_when(device.last_write, now)}"


def _when(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "nothing written yet"
    local = moment.astimezone(now.tzinfo) if now.tzinfo is not None else moment
    days = (now.date() - local.date()).days
    if days == 0:
        return f"last change today {local:%H:%M}"
    if days == 1:
        return f"last change yesterday {local:%H:%M}"
    return f"last change {local:%d %b %Y}"
