"""The computers that write to one data folder, as the Data folder settings list them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.locale_formats import formats


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
    name = device.name
    if device.is_this_device:
        name = translate("devices", "{name} (this computer)").format(name=name)
    count = translate("devices", "%n session(s)", None, device.sessions)
    return f"{name} · {count} · {_when(device.last_write, now)}"


def _when(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return translate("devices", "nothing written yet")
    local = moment.astimezone(now.tzinfo) if now.tzinfo is not None else moment
    days = (now.date() - local.date()).days
    clock = formats().clock_time(local.time())
    if days == 0:
        return translate("devices", "last change today {time}").format(time=clock)
    if days == 1:
        return translate("devices", "last change yesterday {time}").format(time=clock)
    day = formats().day_month_year(local.date())
    return translate("devices", "last change {date}").format(date=day)
