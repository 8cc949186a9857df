"""Commands from scripts to the running app: the JSON-lines wire format, checks and status."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

PROTOCOL_VERSION = 1
"""Raised when a request or reply changes meaning; both sides refuse any other number."""
MAX_LINE_BYTES = 4096
PAUSE_MINUTES = range(1, 1441)
QUIET_MINUTES = 60
"""Quiet mode switched on without a length lasts an hour, as from the menus."""


class RemoteCommand(StrEnum):
    BREAK = "break"
    PAUSE = "pause"
    RESUME = "resume"
    QUIET = "quiet"
    STATUS = "status"
    START = "start"
    QUIT = "quit"


class ProtocolError(ValueError):
    """A line that is not a request or reply of this version; the message says what is wrong."""


@dataclass(frozen=True)
class Request:
    command: RemoteCommand
    minutes: int | None = None
    """pause: how long; quiet: how long quiet mode lasts (0 switches it off)."""
    routine: str | None = None
    """start: the routine's name."""


@dataclass(frozen=True)
class Reply:
    ok: bool
    message: str
    status: dict[str, Any] | None = None


def check_minutes(value: int, allowed: range = PAUSE_MINUTES) -> int:
    """`value` when inside `allowed`, else ValueError naming the range."""
    if value not in allowed:
        raise ValueError(f"must be {allowed.start} to {allowed.stop - 1} minutes, not {value}")
    return value


def parse_minutes(text: str) -> int:
    """A command-line MINUTES: a whole number from 1 to 1440 (a day)."""
    try:
        value = int(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a whole number of minutes") from None
    return check_minutes(value)


def encode_request(request: Request) -> bytes:
    fields: dict[str, Any] = {"v": PROTOCOL_VERSION, "command": request.command.value}
    if request.minutes is not None:
        fields["minutes"] = request.minutes
    if request.routine is not None:
        fields["routine"] = request.routine
    return _line(fields)


def decode_request(line: bytes) -> Request:
    fields = _fields(line, "request")
    try:
        command = RemoteCommand(str(fields.get("command")))
    except ValueError:
        known = ", ".join(c.value for c in RemoteCommand)
        raise ProtocolError(f"unknown command {fields.get('command')!r}; known: {known}") from None
    minutes = fields.get("minutes")
    routine = fields.get("routine")
    keeps_minutes = command in (RemoteCommand.PAUSE, RemoteCommand.QUIET)
    if keeps_minutes:
        if type(minutes) is not int:
            raise ProtocolError(f"{command.value} needs whole minutes, not {minutes!r}")
        if not (command is RemoteCommand.QUIET and minutes == 0):  # 0: quiet mode off
            try:
                check_minutes(minutes)
            except ValueError as error:
                raise ProtocolError(f"{command.value}: {error}") from None
    if command is not RemoteCommand.START:
        routine = None
    elif isinstance(routine, str) and routine.strip():
        routine = routine.strip()
    else:
        raise ProtocolError("start needs the routine's name")
    return Request(command, minutes=minutes if keeps_minutes else None, routine=routine)


def encode_reply(reply: Reply) -> bytes:
    fields: dict[str, Any] = {"v": PROTOCOL_VERSION, "ok": reply.ok, "message": reply.message}
    if reply.status is not None:
        fields["status"] = reply.status
    return _line(fields)


def decode_reply(line: bytes) -> Reply:
    fields = _fields(line, "reply")
    ok, message, status = fields.get("ok"), fields.get("message"), fields.get("status")
    if not isinstance(ok, bool) or not isinstance(message, str):
        raise ProtocolError("the reply lacks its ok and message fields")
    if status is not None and not isinstance(status, dict):
        raise ProtocolError("the reply's status is not an object")
    return Reply(ok, message, status)


def _line(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode()


def _fields(line: bytes, what: str) -> dict[str, Any]:
    if len(line) > MAX_LINE_BYTES:
        raise ProtocolError(f"the {what} is longer than {MAX_LINE_BYTES} bytes")
    try:
        fields = json.loads(line.decode())
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ProtocolError(f"the {what} is not a line of JSON") from None
    if not isinstance(fields, dict):
        raise ProtocolError(f"the {what} is not a JSON object")
    version = fields.get("v")
    if version != PROTOCOL_VERSION:
        raise ProtocolError(
            f"the {what} is in protocol version {version!r}; this LBH Desktop speaks version "
            f"{PROTOCOL_VERSION}. Quit the running app and start it again, so both are the same"
        )
    return fields


@dataclass(frozen=True)
class RemoteStatus:
    """What `lbh-desktop status --json` prints; `text` and `class` suit a waybar module."""

    state: str
    """A ScheduleState value ("counting", "paused", "on-break"...), or "starting"."""
    text: str
    next_break: str | None = None
    """ISO 8601 local time, while counting towards a break."""
    minutes_to_break: int | None = None
    paused: bool = False
    paused_until: str | None = None
    quiet: bool = False
    quiet_until: str | None = None
    routine: str | None = None
    """The routine playing, if any."""
    move: str | None = None

    def to_json(self) -> dict[str, Any]:
        fields = asdict(self)
        fields["tooltip"] = self.line()
        fields["class"] = self.state
        return fields

    def line(self) -> str:
        """One line for people: the schedule, then what plays."""
        if self.routine is None:
            return self.text
        playing = f"{self.routine}: {self.move}" if self.move else self.routine
        return f"{self.text}; playing {playing}"


def describe_schedule(
    state: str,
    text: str,
    now: datetime,
    seconds_to_break: float | None,
    paused_until: datetime | None,
    quiet_until: datetime | None,
) -> RemoteStatus:
    """The status of the reminders; `seconds_to_break` counts from `now`."""
    next_break = None if seconds_to_break is None else now + timedelta(seconds=seconds_to_break)
    return RemoteStatus(
        state=state,
        text=text,
        next_break=_iso(next_break),
        minutes_to_break=None if seconds_to_break is None else round(seconds_to_break / 60),
        paused=state == "paused",
        paused_until=_iso(paused_until),
        quiet=quiet_until is not None,
        quiet_until=_iso(quiet_until),
    )


def status_line(fields: dict[str, Any]) -> str:
    """The one line `lbh-desktop status` prints, from a reply's status fields."""
    tooltip = fields.get("tooltip")
    return tooltip if isinstance(tooltip, str) else str(fields.get("text", ""))


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")
