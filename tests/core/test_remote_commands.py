"""The script commands' wire format: requests and replies round-trip; bad lines say why."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from lbh_desktop.core.remote_commands import (
    MAX_LINE_BYTES,
    PROTOCOL_VERSION,
    ProtocolError,
    RemoteCommand,
    RemoteStatus,
    Reply,
    Request,
    decode_reply,
    decode_request,
    describe_schedule,
    encode_reply,
    encode_request,
    parse_minutes,
    status_line,
)

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def line(**fields: object) -> bytes:
    return json.dumps({"v": PROTOCOL_VERSION, **fields}).encode()


@pytest.mark.parametrize(
    "request_",
    [
        Request(RemoteCommand.BREAK),
        Request(RemoteCommand.PAUSE, minutes=30),
        Request(RemoteCommand.PAUSE, minutes=1440),
        Request(RemoteCommand.RESUME),
        Request(RemoteCommand.QUIET, minutes=60),
        Request(RemoteCommand.QUIET, minutes=0),
        Request(RemoteCommand.STATUS),
        Request(RemoteCommand.START, routine="Desk stretch “break” ü"),
        Request(RemoteCommand.QUIT),
    ],
)
def test_every_request_survives_the_wire(request_: Request) -> None:
    encoded = encode_request(request_)
    assert b"\n" not in encoded
    assert json.loads(encoded)["v"] == PROTOCOL_VERSION
    assert decode_request(encoded) == request_


def test_a_reply_with_status_survives_the_wire() -> None:
    reply = Reply(True, "Next break in 5 min", {"state": "counting", "minutes_to_break": 5})
    assert decode_reply(encode_reply(reply)) == reply
    assert decode_reply(encode_reply(Reply(False, "no"))) == Reply(False, "no", None)


@pytest.mark.parametrize(
    ("raw", "explanation"),
    [
        (b"activate", "not a line of JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b"\xff\xfe", "not a line of JSON"),
        (json.dumps({"command": "status"}).encode(), "protocol version None"),
        (json.dumps({"v": 2, "command": "status"}).encode(), "protocol version 2"),
        (line(command="nap"), "unknown command 'nap'"),
        (line(command="pause"), "pause needs whole minutes, not None"),
        (line(command="pause", minutes="30"), "pause needs whole minutes, not '30'"),
        (line(command="pause", minutes=True), "pause needs whole minutes"),
        (line(command="pause", minutes=0), "must be 1 to 1440 minutes, not 0"),
        (line(command="pause", minutes=1441), "must be 1 to 1440 minutes, not 1441"),
        (line(command="quiet", minutes=-5), "must be 1 to 1440 minutes, not -5"),
        (line(command="start"), "start needs the routine's name"),
        (line(command="start", routine="  "), "start needs the routine's name"),
        (line(command="start", routine=["a"]), "start needs the routine's name"),
        (b"{" + b" " * MAX_LINE_BYTES + b"}", f"longer than {MAX_LINE_BYTES} bytes"),
    ],
)
def test_a_bad_request_is_refused_saying_what_is_wrong(raw: bytes, explanation: str) -> None:
    with pytest.raises(ProtocolError) as error:
        decode_request(raw)
    assert explanation in str(error.value)


def test_a_request_from_another_version_says_to_restart() -> None:
    with pytest.raises(ProtocolError) as error:
        decode_request(json.dumps({"v": 2, "command": "status"}).encode())
    assert f"speaks version {PROTOCOL_VERSION}" in str(error.value)
    assert "start it again" in str(error.value)


def test_fields_a_command_does_not_take_are_dropped() -> None:
    decoded = decode_request(line(command="resume", minutes=5, routine="Warm-up"))
    assert decoded == Request(RemoteCommand.RESUME)
    assert decode_request(line(command="start", routine=" Warm-up ")).routine == "Warm-up"


@pytest.mark.parametrize(
    "raw",
    [
        line(message="x"),
        line(ok=True),
        line(ok="yes", message="x"),
        line(ok=True, message="x", status=[]),
    ],
)
def test_a_malformed_reply_is_a_protocol_error(raw: bytes) -> None:
    with pytest.raises(ProtocolError):
        decode_reply(raw)


@pytest.mark.parametrize(("text", "value"), [("1", 1), ("30", 30), ("1440", 1440), (" 7 ", 7)])
def test_minutes_from_the_command_line(text: str, value: int) -> None:
    assert parse_minutes(text) == value


@pytest.mark.parametrize(
    ("text", "explanation"),
    [
        ("0", "must be 1 to 1440 minutes, not 0"),
        ("1441", "must be 1 to 1440 minutes, not 1441"),
        ("-3", "not -3"),
        ("1.5", "'1.5' is not a whole number of minutes"),
        ("soon", "'soon' is not a whole number of minutes"),
    ],
)
def test_bad_minutes_are_refused_naming_the_range(text: str, explanation: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_minutes(text)
    assert explanation in str(error.value)


def test_counting_status_names_the_next_break_as_a_local_time() -> None:
    status = describe_schedule("counting", "Next break in 25 min", NOW, 25 * 60 + 20, None, None)
    assert status.next_break == "2026-03-02T10:25:20+00:00"
    assert status.minutes_to_break == 25
    assert (status.paused, status.quiet) == (False, False)
    assert status.paused_until is None and status.quiet_until is None


def test_paused_and_quiet_status_give_their_ends() -> None:
    until = NOW + timedelta(minutes=30)
    status = describe_schedule("paused", "Reminders paused", NOW, None, until, until)
    assert status.paused and status.quiet
    assert status.paused_until == status.quiet_until == "2026-03-02T10:30:00+00:00"
    assert status.next_break is None and status.minutes_to_break is None


def test_status_json_suits_a_waybar_module_and_the_line_names_what_plays() -> None:
    status = RemoteStatus(state="on-break", text="On a break", routine="Warm-up", move="Bridge")
    fields = status.to_json()
    assert fields["class"] == "on-break"
    assert fields["text"] == "On a break"
    assert fields["tooltip"] == "On a break; playing Warm-up: Bridge"
    assert status_line(fields) == "On a break; playing Warm-up: Bridge"
    assert RemoteStatus(state="counting", text="Waiting").line() == "Waiting"
    assert json.loads(json.dumps(fields)) == fields
