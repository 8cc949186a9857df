"""Command-line options."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from lbh_desktop import __version__


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lbh-desktop",
        description="Guided lower-back and hip strength and stretch routines.",
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
    parser.add_argument("--version", action="version", version=f"LBH Desktop {__version__}")
    return parser


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest (Qt's own, such as -platform) for QApplication."""
    return build_parser().parse_known_args(argv)
