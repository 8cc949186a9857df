"""Desktop entry, AppStream metadata, icons and packaging/linux/install.sh + uninstall.sh."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader

from lbh_desktop import __version__

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
ICONS = REPO / "packaging" / "icons"
APP_ID = "io.github.lbh_desktop.LBHDesktop"
DESKTOP_FILES = REPO / "resources" / "linux"  # shipped in the wheel as package data
DESKTOP_FILE = DESKTOP_FILES / f"{APP_ID}.desktop"
METAINFO_FILE = DESKTOP_FILES / f"{APP_ID}.metainfo.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
APT_PACKAGE = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def require_tool(tool: str) -> str:
    """The tool's path; skips without it, but fails under CI, where it must be installed."""
    path = shutil.which(tool)
    if path is None:
        message = (
            f"{tool} is not installed: "
            f"apt-get install -y --no-install-recommends {APT_PACKAGE[tool]}"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def exec_program(value: str) -> str:
    """The program an Exec value runs, unescaped as the Desktop Entry spec says."""
    # First the general string escapes of every value...
    text, i = "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            text += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(
                value[i + 1], "\\" + value[i + 1]
            )
            i += 2
        else:
            text += value[i]
            i += 1
    # ...then Exec's own quoting of its first argument.
    if not text.startswith('"'):
        return text.split(" ", 1)[0]
    program, i = "", 1
    while text[i] != '"':
        if text[i] == "\\":
            i += 1
        program += text[i]
        i += 1
    return program.replace("%%", "%")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def run_script(name: str, *args: str, home: Path, path: str | None = None) -> str:
    env = {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "share"),
        "PATH": path if path is not None else os.environ["PATH"],
        "LANG": "C.UTF-8",
    }
    result = subprocess.run(
        ["bash", str(LINUX / name), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def installed_files(share: Path) -> list[Path]:
    return [
        share / "applications" / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        *(share / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in SIZES),
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    ]


def fake_bundle(folder: Path) -> Path:
    folder.mkdir(parents=True)
    executable = folder / "lbh-desktop"
    executable.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    executable.chmod(0o755)
    return executable


# --- the files in the repository ---------------------------------------------------------


def test_desktop_file_is_valid() -> None:
    validator = require_tool("desktop-file-validate")
    result = subprocess.run(
        [validator, str(DESKTOP_FILE)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_file_names_the_app_its_icon_and_command() -> None:
    entry = desktop_entry(DESKTOP_FILE)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "LBH Desktop"
    assert entry["Exec"] == "lbh-desktop"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert "SingleMainWindow" not in entry  # Debian 12's validator rejects the key
    # Qt uses the desktop file name as the Wayland app id, so windows match the entry.
    app_source = (REPO / "lbh_desktop" / "shell" / "qt_application.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in app_source


def test_metainfo_is_valid_without_network() -> None:
    validator = require_tool("appstreamcli")
    result = subprocess.run(
        [validator, "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_describes_this_release() -> None:
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == "LBH Desktop"
    assert root.findtext("summary")
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert len(root.findall("description/p")) >= 2
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    assert releases[0].get("date") == "2026-11-23"


def test_metainfo_screenshots_note_names_files_that_exist() -> None:
    text = METAINFO_FILE.read_text(encoding="utf-8")
    names = re.findall(r"packaging/screenshots/([\w.-]+\.png)", text)
    assert len(names) >= 2 and any(name.startswith("player") for name in names), names
    for name in names:
        assert (REPO / "packaging" / "screenshots" / name).is_file(), name


def test_every_icon_size_is_rendered() -> None:
    for size in SIZES:
        assert png_size(ICONS / f"lbh-desktop-{size}.png") == (size, size)


@pytest.mark.parametrize(
    ("name", "sizes"),
    [
        ("lbh-desktop.ico", [16, 24, 32, 48, 64, 128, 256]),
        ("lbh-desktop.icns", [16, 32, 64, 128, 256, 512, 32, 64, 256, 512]),
    ],
)
def test_windows_and_macos_icons_hold_every_size(qapp: object, name: str, sizes: list[int]) -> None:
    reader = QImageReader(str(ICONS / name))
    assert reader.imageCount() == len(sizes), reader.errorString()
    found = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        found.append(image.width())
        assert image.width() == image.height()
    assert found == sizes


# --- install.sh and uninstall.sh ---------------------------------------------------------


def test_install_puts_everything_in_place_and_uninstall_removes_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    executable = fake_bundle(tmp_path / "Apps & $tuff" / "lbh-desktop")
    share = home / "share"

    run_script("install.sh", str(executable.parent), home=home)

    for path in installed_files(share):
        assert path.is_file(), path
    for size in SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(icon) == (size, size)
    assert (share / "metainfo" / METAINFO_FILE.name).read_bytes() == METAINFO_FILE.read_bytes()
    desktop = share / "applications" / DESKTOP_FILE.name
    entry = desktop_entry(desktop)
    assert exec_program(entry["Exec"]) == str(executable)
    assert entry["TryExec"] == str(executable)
    assert entry["Icon"] == APP_ID
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout

    run_script("uninstall.sh", home=home)

    assert [path for path in installed_files(share) if path.exists()] == []
    assert executable.is_file()  # the app itself is not the uninstaller's business


def test_install_accepts_the_executable_itself(tmp_path: Path) -> None:
    home = tmp_path / "home"
    executable = fake_bundle(tmp_path / "bundle")
    run_script("install.sh", str(executable), home=home)
    entry = desktop_entry(home / "share" / "applications" / DESKTOP_FILE.name)
    assert exec_program(entry["Exec"]) == str(executable)


def test_install_without_a_bundle_uses_lbh_desktop_on_the_path(tmp_path: Path) -> None:
    home = tmp_path / "home"
    executable = fake_bundle(tmp_path / "bin")
    run_script("install.sh", home=home, path=f"{executable.parent}:/usr/bin:/bin")
    entry = desktop_entry(home / "share" / "applications" / DESKTOP_FILE.name)
    assert exec_program(entry["Exec"]) == str(executable)


@pytest.mark.parametrize("argument", [None, "missing-bundle"])
def test_install_fails_clearly_when_there_is_no_app(tmp_path: Path, argument: str | None) -> None:
    home = tmp_path / "home"
    args = [] if argument is None else [str(tmp_path / argument)]
    result = subprocess.run(
        ["bash", str(LINUX / "install.sh"), *args],
        env={"HOME": str(home), "XDG_DATA_HOME": str(home / "share"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "lbh-desktop" in result.stderr
    assert not (home / "share" / "applications").exists()
