"""Start at login: the Linux entry on disk, and the macOS and Windows forms as pure functions."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lbh_desktop.platform import autostart
from lbh_desktop.platform.autostart import (
    AutostartError,
    autostart_enabled,
    autostart_supported,
    desktop_entry,
    entry_path,
    macos_plist,
    set_autostart,
    windows_command_line,
)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop entry")
SPACED = ["/opt/LBH Desktop/bin/python3", "-m", "lbh_desktop", "--background"]


def split_exec(value: str) -> list[str]:
    """Reads an Exec value back the way the Desktop Entry spec says launchers do."""
    unescaped, chars = [], iter(value)
    for char in chars:  # key-file string escapes first
        if char == "\\":
            unescaped.append({"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(n := next(chars), n))
        else:
            unescaped.append(char)
    arguments: list[str] = []
    current: list[str] | None = None
    quoted, chars = False, iter("".join(unescaped))
    for char in chars:
        if quoted:
            if char == '"':
                quoted = False
            else:
                current = current if current is not None else []
                current.append(next(chars) if char == "\\" else char)
        elif char == " ":
            if current is not None:
                arguments.append("".join(current))
            current = None
        else:
            current = current if current is not None else []
            quoted = char == '"'
            if not quoted:
                current.append(char)
    if current is not None:
        arguments.append("".join(current))
    return [argument.replace("%%", "%") for argument in arguments]


def split_windows(line: str) -> list[str]:
    """CommandLineToArgvW's rules for the arguments after the program name."""
    arguments, current, quoted, backslashes, started = [], [], False, 0, False
    for char in line:
        if char == "\\":
            backslashes += 1
            started = True
            continue
        if char == '"':
            current.append("\\" * (backslashes // 2))
            if backslashes % 2:
                current.append('"')
            else:
                quoted = not quoted
        elif char in " \t" and not quoted:
            current.append("\\" * backslashes)
            if started:
                arguments.append("".join(current))
            current, started = [], False
            backslashes = 0
            continue
        else:
            current.append("\\" * backslashes + char)
        backslashes, started = 0, True
    current.append("\\" * backslashes)
    if started:
        arguments.append("".join(current))
    return arguments


@linux_only
def test_enable_writes_an_entry_that_starts_the_command(isolated_dirs: Path) -> None:
    assert autostart_supported()
    assert not autostart_enabled()
    set_autostart(True, SPACED)
    path = entry_path()
    assert path.parent.name == "autostart"
    assert path.name == "io.github.lbh_desktop.LBHDesktop.desktop"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert {"Type=Application", "Name=LBH Desktop", "X-GNOME-Autostart-enabled=true"} <= set(lines)
    exec_value = next(line for line in lines if line.startswith("Exec="))[len("Exec=") :]
    assert exec_value.startswith('"/opt/LBH Desktop/bin/python3" -m')
    assert split_exec(exec_value) == SPACED
    assert autostart_enabled()


@linux_only
def test_disable_removes_the_entry_and_is_idempotent() -> None:
    set_autostart(True, SPACED)
    set_autostart(False, SPACED)
    assert not entry_path().exists()
    set_autostart(False, SPACED)
    assert not autostart_enabled()


@linux_only
def test_an_entry_switched_off_by_the_desktop_counts_as_disabled() -> None:
    set_autostart(True, SPACED)
    path = entry_path()
    path.write_text(path.read_text().replace("enabled=true", "enabled=false"))
    assert not autostart_enabled()


@linux_only
def test_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (desktop-file-utils)")
    path = tmp_path / "io.github.lbh_desktop.LBHDesktop.desktop"
    path.write_text(desktop_entry([*SPACED, '100% $HOME `x` "q" back\\slash']))
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


@given(
    st.lists(
        st.text(
            st.characters(exclude_categories=["Cs", "Cc"], include_characters="\t\n"), max_size=12
        ),
        max_size=5,
    )
)
def test_exec_quoting_round_trips(arguments: list[str]) -> None:
    command = ["/usr/bin/lbh desktop", *arguments]
    exec_value = desktop_entry(command).split("\nExec=", 1)[1].split("\n", 1)[0]
    assert split_exec(exec_value) == command


@linux_only
def test_an_unwritable_config_folder_is_reported(isolated_dirs: Path) -> None:
    entry_path().parent.write_text("a file, not a folder")
    with pytest.raises(AutostartError, match="could not be turned on"):
        set_autostart(True, SPACED)
    assert not autostart_enabled()


def test_flatpak_goes_through_the_portal_with_the_manifests_launcher(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FLATPAK_ID", "io.github.lbh_desktop.LBHDesktop")
    assert autostart.in_flatpak("linux")
    assert autostart.unsupported_reason("linux") == ""  # test_background_portal.py asks it
    assert autostart.portal_command(SPACED) == ["lbh-desktop", "--background"]
    assert autostart.portal_command(["/app/bin/lbh", "--background"]) == [
        "lbh-desktop",
        "--background",
    ]
    monkeypatch.delenv("FLATPAK_ID")
    assert autostart.in_flatpak("linux") == Path("/.flatpak-info").exists()


def test_macos_launch_agent_runs_the_command_at_login() -> None:
    agent = plistlib.loads(macos_plist(["/Applications/LBH Desktop.app/x", "--background"]))
    assert agent["Label"] == "io.github.lbh_desktop.LBHDesktop"
    assert agent["ProgramArguments"] == ["/Applications/LBH Desktop.app/x", "--background"]
    assert agent["RunAtLoad"] is True
    assert entry_path("darwin") == (
        Path.home() / "Library/LaunchAgents/io.github.lbh_desktop.LBHDesktop.plist"
    )


def test_windows_command_line_quotes_spaces_quotes_and_backslashes() -> None:
    command = [r"C:\Program Files\LBH Desktop\lbh-desktop.exe", "--background"]
    assert windows_command_line(command) == (
        r'"C:\Program Files\LBH Desktop\lbh-desktop.exe" --background'
    )
    assert windows_command_line(["x", r"C:\dir with space\\"]) == r'x "C:\dir with space\\\\"'
    assert windows_command_line(["x", 'say "hi"', ""]) == r'x "say \"hi\"" ""'


@given(
    st.lists(
        st.text(st.characters(exclude_categories=["Cs", "Cc"], include_characters="\t\n")),
        max_size=5,
    )
)
def test_windows_command_line_round_trips(arguments: list[str]) -> None:
    line = windows_command_line(["C:\\lbh.exe", *arguments])
    assert split_windows(line) == ["C:\\lbh.exe", *arguments]
