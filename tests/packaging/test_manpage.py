"""packaging/make_manpage.py documents every option and subcommand of the real parser."""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from lbh_desktop import __version__
from lbh_desktop.shell import cli
from lbh_desktop.shell.cli import build_parser

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "packaging" / "make_manpage.py"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_manpage", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def plain(page: str) -> str:
    """The page's words without roff's escapes and font switches."""
    text = re.sub(r"\\f[BIRP]", "", page)
    return text.replace("\\-", "-").replace("\\e", "\\").replace("\\&", "")


def every_option(parser: argparse.ArgumentParser) -> set[str]:
    names = set()
    for action in parser._actions:
        names.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                names.add(name)
                names |= every_option(child)
    return names


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    output = tmp_path_factory.mktemp("man") / "lbh-desktop.1"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return output.read_text(encoding="utf-8")


def parsers() -> list[argparse.ArgumentParser]:
    """The options parser, and the running app's command parser where cli.py has one."""
    build_commands = getattr(cli, "build_command_parser", None)
    return [build_parser(), *([build_commands()] if callable(build_commands) else [])]


def test_every_option_of_the_parser_is_on_the_page(page: str) -> None:
    text = plain(page)
    options = set().union(*(every_option(parser) for parser in parsers()))
    assert {"--self-test", "--version", "--data-dir"} <= options
    missing = sorted(name for name in options if not re.search(rf"(?<![\w-]){name}(?![\w-])", text))
    assert missing == [], f"not on the man page: {missing}"


def test_every_subcommand_has_its_own_heading(page: str) -> None:
    headings = [line for line in plain(page).splitlines() if line.startswith(".SS ")]
    for parser in parsers():
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name in action.choices:
                    assert any(f" {name}" in heading for heading in headings), name


def test_the_page_has_the_usual_sections_and_this_version(page: str) -> None:
    assert page.startswith(".TH LBH\\-DESKTOP 1 ")
    assert f'"LBH Desktop {__version__}"' in page.splitlines()[0]
    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "ENVIRONMENT", "SEE ALSO"):
        assert f".SH {section}\n" in page


def test_the_page_formats_without_warnings(page: str, tmp_path: Path) -> None:
    groff = shutil.which("groff")
    if groff is None:
        pytest.skip("groff is not installed")
    source = tmp_path / "lbh-desktop.1"
    source.write_text(page, encoding="utf-8")
    result = subprocess.run(
        [groff, "-man", "-Tutf8", "-ww", "-z", str(source)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and not result.stderr, result.stderr


def test_new_options_and_subcommands_appear_when_regenerated() -> None:
    script = load_script()
    parser = build_parser()
    parser.add_argument("--brand-new", metavar="WHEN", help="a later option at %(default)s")
    commands = parser.add_subparsers(dest="command")
    export = commands.add_parser("export", description="Write the history out.")
    export.add_argument("--format", choices=["csv", "json"], help="file format")
    export.add_argument("target", help="where to write")

    later = argparse.ArgumentParser(prog="lbh-desktop")
    later.add_subparsers().add_parser("snooze", help="snooze the next break")

    text = plain(script.render(parser, "2026-12-01", command_parser=later))

    assert "--brand-new WHEN" in text and "a later option at None" in text
    assert ".SH COMMANDS" in text
    assert re.search(r"^\.SS lbh-desktop .*export \[--format", text, flags=re.MULTILINE)
    assert "Write the history out." in text
    assert "--format" in text and "file format" in text
    assert "where to write" in text
    assert ".SS lbh-desktop snooze" in text and "snooze the next break" in text


def test_roff_escapes_what_roff_would_read_as_markup() -> None:
    roff = load_script().roff
    assert roff("--data-dir") == "\\-\\-data\\-dir"
    assert roff(r"C:\Users") == r"C:\eUsers"
    assert roff(".hidden") == "\\&.hidden"
