"""Writes the man page packaging/linux/lbh-desktop.1 (roff) from the app's argparse parser.

    .venv/bin/python packaging/make_manpage.py [--output PATH]

Every option and subcommand of lbh_desktop.shell.cli.build_parser() gets an entry, so rerun
it after adding one (packaging/build-deb.sh does). The date is the newest release in the
AppStream metainfo, so the output only changes when the parser or the release does.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "packaging" / "linux" / "lbh-desktop.1"
METAINFO = ROOT / "resources" / "linux" / "io.github.lbh_desktop.LBHDesktop.metainfo.xml"
HOMEPAGE = "https://github.com/lbh-desktop/lbh-desktop"
SYNOPSIS_WIDTH = 72

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the checkout's package, however the project is installed

from lbh_desktop import __version__  # noqa: E402
from lbh_desktop.shell import cli  # noqa: E402
from lbh_desktop.shell.cli import build_parser  # noqa: E402

DESCRIPTION = (
    "LBH Desktop coaches you through lower-back and hip strength and stretch routines: "
    "a drift-free countdown you can read from the floor, a picture and a plain how-to for "
    "every move, cue sounds, spoken cues where a speech engine is installed, stretch-break "
    "reminders and a log of every session. It makes no network connections. The routines "
    "are general exercise guidance, not medical advice."
)
QT_OPTIONS = (
    "Options the program does not know are passed on to Qt, for example "
    "-platform offscreen or -style Fusion."
)
ENVIRONMENT = (
    ("LBH_DATA_DIR", "The data folder, when --data-dir is not given."),
    (
        "XDG_DATA_HOME",
        "Where the user's desktop entry, icons and AppStream metadata go (default ~/.local/share).",
    ),
    ("XDG_STATE_HOME", "Where the debug log goes: lbh-desktop/debug.log (default ~/.local/state)."),
    (
        "QT_QPA_PLATFORM",
        "Qt's windowing platform, e.g. wayland, xcb, or offscreen for a run "
        "without a display such as --self-test on a server.",
    ),
)


def command_parser() -> argparse.ArgumentParser | None:
    """The parser of commands for the running app (`lbh-desktop pause 30`), where there is one."""
    build = getattr(cli, "build_command_parser", None)
    return build() if callable(build) else None


def roff(text: str) -> str:
    """Text safe in a roff line: backslashes and hyphens escaped, no leading control dot."""
    escaped = text.replace("\\", "\\e").replace("-", "\\-")
    if escaped.startswith((".", "'")):
        escaped = "\\&" + escaped
    return escaped


def release_date(metainfo: Path = METAINFO) -> str:
    """The date of the newest release in the metainfo (the first <release>)."""
    release = ET.parse(metainfo).getroot().find("releases/release")
    return release.get("date", "") if release is not None else ""


def help_text(action: argparse.Action, parser: argparse.ArgumentParser) -> str:
    """An action's help with %(default)s and friends filled in, as --help shows it."""
    text = action.help or ""
    if "%" in text:
        values = {**vars(action), "prog": parser.prog}
        values = {key: getattr(value, "__name__", value) for key, value in values.items()}
        text = text % values
    return text


def option_heading(action: argparse.Action) -> str:
    """`.B --flag` or `.BI "--opt " VALUE` for one option or positional argument."""
    if not action.option_strings:
        if action.metavar is None and action.choices is not None:
            return f".I {roff('|'.join(str(choice) for choice in action.choices))}"
        return f".I {roff(str(action.metavar or action.dest))}"
    names = ", ".join(f"\\fB{roff(name)}\\fR" for name in action.option_strings)
    if action.nargs == 0:
        return names
    metavar = action.metavar or action.dest.upper()
    if isinstance(metavar, tuple):
        metavar = " ".join(metavar)
    return f"{names} \\fI{roff(metavar)}\\fR"


def subcommands(
    parser: argparse.ArgumentParser,
) -> Iterator[tuple[argparse.ArgumentParser, str]]:
    """Every subcommand's parser and one-line help, depth first."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, child in action.choices.items():
                yield child, child.description or helps.get(name, "")
                yield from subcommands(child)


def option_lines(parser: argparse.ArgumentParser, with_help_option: bool = True) -> list[str]:
    lines = []
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
            continue
        if isinstance(action, argparse._HelpAction) and not with_help_option:
            continue
        lines += [".TP", option_heading(action), roff(help_text(action, parser))]
    return lines


def usage_lines(parser: argparse.ArgumentParser) -> list[str]:
    """The parser's usage as argparse prints it, wrapped, without "usage: "."""
    formatter = parser.formatter_class(prog=parser.prog, width=SYNOPSIS_WIDTH)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups, "")
    return formatter.format_help().strip("\n").splitlines()


def render(
    parser: argparse.ArgumentParser,
    date: str,
    version: str = __version__,
    command_parser: argparse.ArgumentParser | None = None,
) -> str:
    """The whole man page for `parser` (and the subcommands of `command_parser`), in roff."""
    name = parser.prog
    synopsis = usage_lines(parser)
    if command_parser is not None:
        synopsis += usage_lines(command_parser)
    lines = [
        f'.TH {roff(name.upper())} 1 "{date}" "LBH Desktop {roff(version)}" "User Commands"',
        ".SH NAME",
        f"{roff(name)} \\- {roff(parser.description or '')}",
        ".SH SYNOPSIS",
        ".nf",
        *(roff(line) for line in synopsis),
        ".fi",
        ".SH DESCRIPTION",
        roff(DESCRIPTION),
        ".PP",
        roff(QT_OPTIONS),
        ".SH OPTIONS",
        *option_lines(parser),
    ]
    children = list(subcommands(parser))
    if command_parser is not None:
        children += subcommands(command_parser)
    if children:
        lines.append(".SH COMMANDS")
        for child, summary in children:
            usage = " ".join(" ".join(usage_lines(child)).split()).replace(" [-h]", "")
            lines += [".SS " + roff(usage), roff(summary)]
            lines += option_lines(child, with_help_option=False)
    if parser.epilog:
        lines += [".SH NOTES", ".nf", *(roff(line) for line in parser.epilog.splitlines()), ".fi"]
    lines += [".SH ENVIRONMENT"]
    for variable, meaning in ENVIRONMENT:
        lines += [".TP", f".B {variable}", roff(meaning)]
    lines += [
        ".SH EXIT STATUS",
        roff("0 on success; --self-test exits 1 when a check failed; 2 for a bad option."),
        ".SH SEE ALSO",
        roff(HOMEPAGE),
    ]
    return "\n".join(line for line in lines if line) + "\n"


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT}")
    output: Path = options.parse_args(argv).output
    output.parent.mkdir(parents=True, exist_ok=True)
    page = render(build_parser(), release_date(), command_parser=command_parser())
    output.write_text(page, encoding="utf-8")
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
