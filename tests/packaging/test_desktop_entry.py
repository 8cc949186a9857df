"""install_desktop_entry() puts a valid menu entry, icons and metainfo under XDG_DATA_HOME."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from lbh_desktop.shell import desktop_entry
from lbh_desktop.shell.desktop_entry import (
    APP_ID,
    data_home,
    exec_value,
    install_desktop_entry,
    installed_command,
    uninstall_desktop_entry,
)
from tests.packaging import test_linux_integration as linux
from tests.packaging.test_linux_integration import (
    METAINFO_FILE,
    exec_program,
    png_size,
    require_tool,
)

APP_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""The PNG sizes shipped in resources/icons; the SVG covers larger ones."""


def expected_files(share: Path) -> set[Path]:
    hicolor = share / "icons" / "hicolor"
    return {
        share / "applications" / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        hicolor / "scalable" / "apps" / f"{APP_ID}.svg",
        *(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in APP_SIZES),
    }


def install(share: Path, command: list[str]) -> tuple[list[Path], str]:
    out = io.StringIO()
    written = install_desktop_entry(command, share, out)
    return written, out.getvalue()


def test_install_writes_the_entry_icons_and_metainfo(tmp_path: Path) -> None:
    share = tmp_path / "share"
    program = tmp_path / "Apps & $tuff" / '100% "real"' / "lbh-desktop"

    written, printed = install(share, [str(program)])

    assert set(written) == expected_files(share)
    for path in written:
        assert path.is_file(), path
        assert f"wrote     {path}" in printed
    entry = linux.desktop_entry(share / "applications" / f"{APP_ID}.desktop")
    assert exec_program(entry["Exec"]) == str(program)
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == "LBH Desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert metainfo.read_bytes() == METAINFO_FILE.read_bytes()
    for size in APP_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(icon) == (size, size)


def test_installed_desktop_file_passes_desktop_file_validate(tmp_path: Path) -> None:
    validator = require_tool("desktop-file-validate")
    install(tmp_path, ["/opt/LBH Desktop/lbh-desktop"])
    result = subprocess.run(
        [validator, str(tmp_path / "applications" / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_installed_metainfo_passes_appstreamcli_without_network(tmp_path: Path) -> None:
    validator = require_tool("appstreamcli")
    install(tmp_path, ["/usr/bin/lbh-desktop"])
    result = subprocess.run(
        [validator, "validate", "--no-net", str(tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_installing_twice_changes_nothing_and_says_so(tmp_path: Path) -> None:
    first, _ = install(tmp_path, ["/usr/bin/lbh-desktop"])
    before = {path: path.read_bytes() for path in first}

    second, printed = install(tmp_path, ["/usr/bin/lbh-desktop"])

    assert second == first
    assert {path: path.read_bytes() for path in second} == before
    assert "wrote" not in printed
    assert printed.count("unchanged ") == len(first)


def test_installing_for_a_moved_app_rewrites_only_the_entry(tmp_path: Path) -> None:
    install(tmp_path, ["/old/lbh-desktop"])
    _, printed = install(tmp_path, ["/new/lbh-desktop"])
    assert printed.count("wrote ") == 1
    entry = linux.desktop_entry(tmp_path / "applications" / f"{APP_ID}.desktop")
    assert exec_program(entry["Exec"]) == "/new/lbh-desktop"


def test_a_python_module_command_keeps_its_arguments(tmp_path: Path) -> None:
    install(tmp_path, ["/usr/bin/python3", "-m", "lbh_desktop"])
    entry = linux.desktop_entry(tmp_path / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == '"/usr/bin/python3" "-m" "lbh_desktop"'
    assert entry["TryExec"] == "/usr/bin/python3"


def test_exec_value_escapes_as_the_spec_says() -> None:
    assert exec_value(['/a b/$x "y" 5%']) == '"/a b/\\\\$x \\\\"y\\\\" 5%%"'
    assert exec_program(exec_value(['/a b/$x "y" 5%'])) == '/a b/$x "y" 5%'


def test_uninstall_removes_what_install_wrote_and_nothing_else(tmp_path: Path) -> None:
    written, _ = install(tmp_path, ["/usr/bin/lbh-desktop"])
    other_icon = tmp_path / "icons" / "hicolor" / "48x48" / "apps" / "other-app.png"
    other_icon.write_bytes(b"png")
    larger = tmp_path / "icons" / "hicolor" / "512x512" / "apps" / f"{APP_ID}.png"
    larger.parent.mkdir(parents=True)
    larger.write_bytes(b"from packaging/linux/install.sh")
    out = io.StringIO()

    removed = uninstall_desktop_entry(tmp_path, out)

    assert set(removed) == {*written, larger}
    assert not any(path.exists() for path in removed)
    assert other_icon.is_file()
    assert f"Removed {len(removed)} LBH Desktop file(s)" in out.getvalue()
    assert uninstall_desktop_entry(tmp_path, io.StringIO()) == []


def test_the_default_folder_honours_xdg_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "bin" / "lbh-desktop")])
    written = install_desktop_entry(["/usr/bin/lbh-desktop"], out=io.StringIO())
    assert set(written) == expected_files(tmp_path / "data")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"HOME": "/home/u", "XDG_DATA_HOME": "/xdg"}, "/xdg"),
        ({"HOME": "/home/u"}, "/home/u/.local/share"),
        ({"HOME": "/home/u", "XDG_DATA_HOME": ""}, "/home/u/.local/share"),
        ({"HOME": "/home/u", "XDG_DATA_HOME": "relative"}, "/home/u/.local/share"),
    ],
)
def test_data_home_follows_the_xdg_rules(environ: dict[str, str], expected: str) -> None:
    assert data_home(environ) == Path(expected)


def test_a_frozen_app_points_the_entry_at_its_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    executable = tmp_path / "lbh-desktop"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert installed_command() == [str(executable.resolve())]


def test_the_installed_script_that_runs_us_is_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "bin" / "lbh-desktop"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", [str(script), "--install-desktop-entry"])
    assert installed_command() == [str(script)]


def test_without_a_script_it_falls_back_to_python_dash_m(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python = tmp_path / "python3"
    monkeypatch.setattr(sys, "argv", ["-m"])
    monkeypatch.setattr(sys, "executable", str(python))
    monkeypatch.setattr(desktop_entry.shutil, "which", lambda name: None)
    assert installed_command() == [str(python), "-m", "lbh_desktop"]
