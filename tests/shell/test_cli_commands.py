"""`lbh-desktop COMMAND`: what each command parses to, and bad arguments exit 2 saying why."""

from __future__ import annotations

import pytest

from lbh_desktop.core.remote_commands import RemoteCommand, Request
from lbh_desktop.shell.cli import parse_args
from lbh_desktop.shell.remote_control import request_for


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["break"], Request(RemoteCommand.BREAK)),
        (["pause", "30"], Request(RemoteCommand.PAUSE, minutes=30)),
        (["pause", "1440"], Request(RemoteCommand.PAUSE, minutes=1440)),
        (["resume"], Request(RemoteCommand.RESUME)),
        (["quiet", "on"], Request(RemoteCommand.QUIET, minutes=60)),
        (["quiet", "on", "15"], Request(RemoteCommand.QUIET, minutes=15)),
        (["quiet", "off"], Request(RemoteCommand.QUIET, minutes=0)),
        (["status"], Request(RemoteCommand.STATUS)),
        (["status", "--json"], Request(RemoteCommand.STATUS)),
        (
            ["start", "Desk stretch break"],
            Request(RemoteCommand.START, routine="Desk stretch break"),
        ),
        (["quit"], Request(RemoteCommand.QUIT)),
    ],
)
def test_each_command_becomes_its_request(argv: list[str], expected: Request) -> None:
    args, qt_args = parse_args(argv)
    assert request_for(args) == expected
    assert qt_args == []


def test_options_before_or_after_a_command_still_count() -> None:
    args, _ = parse_args(["--data-dir", "/somewhere", "status", "--json"])
    assert (args.command, args.json, str(args.data_dir)) == ("status", True, "/somewhere")
    args, _ = parse_args(["pause", "5", "--data-dir", "/elsewhere"])
    assert (args.command, args.minutes, str(args.data_dir)) == ("pause", 5, "/elsewhere")


def test_without_a_command_the_app_starts_and_qt_keeps_its_arguments() -> None:
    args, qt_args = parse_args(["-platform", "offscreen", "--background", "-reverse"])
    assert args.command is None
    assert args.background
    assert qt_args == ["-platform", "offscreen", "-reverse"]


@pytest.mark.parametrize(
    ("argv", "explanation"),
    [
        (["pause"], "the following arguments are required: MINUTES"),
        (["pause", "0"], "must be 1 to 1440 minutes, not 0"),
        (["pause", "1441"], "must be 1 to 1440 minutes, not 1441"),
        (["pause", "-5"], "must be 1 to 1440 minutes, not -5"),
        (["pause", "half"], "'half' is not a whole number of minutes"),
        (["quiet"], "the following arguments are required: switch"),
        (["quiet", "maybe"], "invalid choice: 'maybe'"),
        (["quiet", "on", "0"], "must be 1 to 1440 minutes, not 0"),
        (["start"], "the following arguments are required: ROUTINE"),
        (["stauts"], "invalid choice: 'stauts'"),
        (["status", "--yaml"], "unrecognized arguments: --yaml"),
        (["resume", "now"], "unrecognized arguments: now"),
    ],
)
def test_bad_command_arguments_exit_2_naming_the_problem(
    argv: list[str], explanation: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(argv)
    assert exit_info.value.code == 2
    assert explanation in capsys.readouterr().err


def test_help_lists_the_commands_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    text = capsys.readouterr().out
    for command in RemoteCommand:
        assert f"\n  {command.value}" in text
    assert "3 not running" in text
