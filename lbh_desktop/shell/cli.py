"""Command-line options, and the commands scripts send to the running app."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from lbh_desktop import __version__
from lbh_desktop.core.remote_commands import QUIET_MINUTES, parse_minutes

COMMANDS_EPILOG = """commands for the running app (see `lbh-desktop COMMAND --help`):
  break              take a stretch break now
  pause MINUTES      pause the reminders for 1 to 1440 minutes
  resume             resume the reminders
  quiet on|off       quiet mode (reminders only in the tray) on for an hour, or off
  status [--json]    one line about the reminders, or JSON for a status bar
  start ROUTINE      open and start the routine of that name
  quit               quit the running app
exit codes: 0 done, 1 refused by the app, 2 bad arguments, 3 not running, 4 no answer"""


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 < value <= 1000:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1000, not {text}")
    return value


def break_minutes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of minutes") from None
    if not 1 <= value <= 240:
        raise argparse.ArgumentTypeError(f"must be 1 to 240 minutes, not {value}")
    return value


def minutes(text: str) -> int:
    try:
        return parse_minutes(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lbh-desktop",
        usage="%(prog)s [options] [COMMAND ...]",
        description="Guided lower-back and hip strength and stretch routines.",
        epilog=COMMANDS_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=os.environ.get("LBH_DATA_DIR") or None,
        help="folder for routines, history and settings (default: env LBH_DATA_DIR, "
        "else the system's app-data folder)",
    )
    parser.add_argument("--routine", metavar="NAME", help="open straight into this routine")
    parser.add_argument(
        "--clock-speed",
        type=positive_float,
        default=1.0,
        metavar="FACTOR",
        help="run timers FACTOR times faster (for demos and tests)",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="start in the tray (or a small window without a tray) and remind you of breaks",
    )
    parser.add_argument(
        "--break-interval",
        type=break_minutes,
        metavar="MINUTES",
        help="minutes of activity between stretch breaks, for this run (default: the setting, 50)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="play a routine headless on a fast clock in a temporary data folder, check it was "
        "logged, print one line and exit (0: passed, 1: failed)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="write a detailed log to $XDG_STATE_HOME/lbh-desktop/debug.log "
        "(~/.local/state/lbh-desktop/debug.log), for a bug report",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add LBH Desktop to this user's applications menu (desktop entry, icons and "
        "AppStream metainfo under $XDG_DATA_HOME) and exit",
    )
    parser.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove what --install-desktop-entry added and exit (your data stays)",
    )
    parser.add_argument("--version", action="version", version=f"LBH Desktop {__version__}")
    return parser


def build_command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lbh-desktop", usage="%(prog)s [options] COMMAND ...")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, prog="lbh-desktop [options]"
    )
    commands.add_parser("break", help="take a stretch break now")
    pause = commands.add_parser("pause", help="pause the stretch-break reminders")
    pause.add_argument("minutes", type=minutes, metavar="MINUTES", help="1 to 1440")
    commands.add_parser("resume", help="resume the reminders")
    quiet = commands.add_parser("quiet", help="reminders only in the tray, or as usual")
    quiet.add_argument("switch", choices=("on", "off"))
    quiet.add_argument(
        "minutes",
        type=minutes,
        nargs="?",
        default=QUIET_MINUTES,
        metavar="MINUTES",
        help=f"how long quiet mode lasts (default {QUIET_MINUTES})",
    )
    status = commands.add_parser("status", help="one line about the reminders")
    status.add_argument("--json", action="store_true", help="JSON fields, for a status bar")
    start = commands.add_parser("start", help="open and start a routine")
    start.add_argument("routine", metavar="ROUTINE", help="the routine's name")
    commands.add_parser("quit", help="quit the running app")
    return parser


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest (Qt's own, such as -platform) for QApplication.

    A word first among the rest is a command for the running app (args.command, else None);
    Qt's own arguments all start with a dash, or follow one that does.
    """
    args, rest = build_parser().parse_known_args(argv)
    args.command = None
    if rest and not rest[0].startswith("-"):
        command = build_command_parser().parse_args(rest)
        vars(args).update(vars(command))
        rest = []
    return args, rest
