"""The running app's side of the script commands, in process on a fake clock."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.remote_commands import (
    RemoteCommand,
    Reply,
    Request,
    decode_reply,
    encode_request,
)
from lbh_desktop.shell.app import App
from lbh_desktop.shell.breaks_wiring import Breaks, build_breaks
from lbh_desktop.shell.lazy_app import LazyApp
from lbh_desktop.shell.remote_control import RemoteControl

pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)


@pytest.fixture
def breaks(app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[Breaks]:
    app.preferences.working_days = frozenset(range(7))  # the fake clock starts at midnight
    app.preferences.working_hours = (time(0, 0), time(23, 59))
    built = build_breaks(app, clock, 5)  # a break every 5 minutes
    yield built
    built.mini.close()
    built.mini.deleteLater()
    built.reminder.deleteLater()
    QApplication.setQuitOnLastWindowClosed(True)


@pytest.fixture
def shown() -> list[bool]:
    return []


@pytest.fixture
def remote(app: App, breaks: Breaks, clock: FakeClock, shown: list[bool]) -> RemoteControl:
    app.preferences.safety_notice_accepted = True
    control = RemoteControl(clock, lambda: shown.append(True))
    control.attach(LazyApp.of(app))
    control.attach_breaks(breaks.controller)
    return control


def send(remote: RemoteControl, command: RemoteCommand, **fields: object) -> Reply:
    return decode_reply(remote.handle(encode_request(Request(command, **fields))))  # type: ignore[arg-type]


def local(clock: FakeClock, seconds_later: float = 0) -> datetime:
    return datetime.fromtimestamp(clock.wall() + seconds_later).astimezone()


def test_status_names_the_next_break_on_the_apps_clock(
    remote: RemoteControl, clock: FakeClock
) -> None:
    clock.advance(15)
    reply = send(remote, RemoteCommand.STATUS)
    assert reply.ok and reply.status is not None
    assert reply.status["state"] == "counting"
    assert reply.status["minutes_to_break"] == round(285 / 60)
    assert reply.status["next_break"] == local(clock, 285).isoformat(timespec="seconds")
    assert reply.status["routine"] is None and reply.status["paused"] is False
    assert reply.message == reply.status["tooltip"]


def test_pause_resume_and_quiet_change_the_schedule(
    remote: RemoteControl, breaks: Breaks, clock: FakeClock
) -> None:
    reply = send(remote, RemoteCommand.PAUSE, minutes=30)
    snapshot = breaks.controller.schedule.snapshot()
    assert snapshot.paused_until == local(clock, 30 * 60)
    assert reply == Reply(True, f"Reminders paused until {local(clock, 1800):%H:%M}")
    status = send(remote, RemoteCommand.STATUS).status
    assert status is not None and status["paused"] and status["state"] == "paused"

    assert send(remote, RemoteCommand.RESUME) == Reply(True, "Reminders resumed")
    assert breaks.controller.schedule.snapshot().paused_until is None

    assert send(remote, RemoteCommand.QUIET, minutes=60).ok
    assert breaks.controller.schedule.snapshot().quiet_until == local(clock, 3600)
    assert send(remote, RemoteCommand.QUIET, minutes=0) == Reply(True, "Quiet mode off")
    assert not breaks.controller.schedule.snapshot().quiet


def test_break_plays_a_desk_break_after_answering_and_refuses_a_second(
    remote: RemoteControl, app: App, qtbot: QtBot
) -> None:
    assert send(remote, RemoteCommand.BREAK) == Reply(True, "Starting a stretch break")
    assert not app.playing  # not yet: the answer goes out first
    qtbot.waitUntil(lambda: app.playing, timeout=5000)
    status = send(remote, RemoteCommand.STATUS).status
    assert status is not None and status["state"] == "on-break"
    assert status["routine"] and status["move"]
    for command in (RemoteCommand.BREAK, RemoteCommand.QUIT):
        refused = send(remote, command)
        assert not refused.ok and "is playing; stop it in LBH Desktop first" in refused.message


def test_start_opens_and_plays_the_named_routine_and_shows_the_window(
    remote: RemoteControl, app: App, qtbot: QtBot, shown: list[bool]
) -> None:
    assert send(remote, RemoteCommand.START, routine="warm-UP") == Reply(True, "Starting “Warm-up”")
    qtbot.waitUntil(lambda: app.playing, timeout=5000)
    assert app.player.player is not None
    assert app.player.player.timeline.routine.name == "Warm-up"
    assert shown == [True]


def test_an_unknown_routine_is_refused_listing_the_names(
    remote: RemoteControl, app: App, qtbot: QtBot
) -> None:
    reply = send(remote, RemoteCommand.START, routine="Yoga")
    assert not reply.ok
    assert "there is no routine called “Yoga”" in reply.message
    assert "“Desk stretch break”" in reply.message and "“Warm-up”" in reply.message
    qtbot.wait(50)
    assert not app.playing


def test_nothing_plays_before_the_safety_notice_is_accepted(
    remote: RemoteControl, app: App, qtbot: QtBot
) -> None:
    app.preferences.safety_notice_accepted = False  # its dialog is still up, or never was
    for command, fields in (
        (RemoteCommand.BREAK, {}),
        (RemoteCommand.START, {"routine": "Warm-up"}),
    ):
        reply = send(remote, command, **fields)
        assert reply == Reply(
            False, "first read and accept the safety notice in LBH Desktop's window"
        )
    qtbot.wait(50)
    assert not app.playing
    assert send(remote, RemoteCommand.STATUS).ok


def test_quit_quits_once_answered(
    remote: RemoteControl, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    assert send(remote, RemoteCommand.QUIT) == Reply(True, "LBH Desktop is quitting")
    qtbot.waitUntil(lambda: quits == [True], timeout=5000)


def test_before_the_data_is_open_and_for_bad_lines_the_answer_says_why(
    clock: FakeClock,
) -> None:
    remote = RemoteControl(clock, lambda: None)
    early = decode_reply(remote.handle(encode_request(Request(RemoteCommand.STATUS))))
    assert early == Reply(False, "LBH Desktop is still starting; try again in a moment")
    garbage = decode_reply(remote.handle(b"{not json"))
    assert garbage == Reply(False, "not a valid command: the request is not a line of JSON")
    newer = decode_reply(remote.handle(json.dumps({"v": 2, "command": "quit"}).encode()))
    assert not newer.ok and "protocol version 2" in newer.message


def test_a_paused_status_still_counts_minutes_from_now(
    remote: RemoteControl, clock: FakeClock
) -> None:
    send(remote, RemoteCommand.PAUSE, minutes=90)
    clock.advance(60)
    status = send(remote, RemoteCommand.STATUS).status
    assert status is not None
    until = datetime.fromisoformat(status["paused_until"])
    assert until - local(clock) == timedelta(minutes=89)
    assert status["next_break"] is None
