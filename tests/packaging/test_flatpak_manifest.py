"""The Flatpak manifest names the app, ships its files, stays offline and pins every wheel."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from lbh_desktop.shell.desktop_entry import APP_ID

REPO = Path(__file__).resolve().parents[2]
MANIFEST = REPO / "packaging" / "flatpak" / f"{APP_ID}.yml"
TEXT = MANIFEST.read_text(encoding="utf-8")


def finish_args() -> list[str]:
    return re.findall(r"^  - (--\S+)$", TEXT, flags=re.MULTILINE)


def test_the_manifest_is_named_and_built_for_the_app() -> None:
    assert f"\nid: {APP_ID}\n" in TEXT
    assert "\nruntime: org.kde.Platform\n" in TEXT
    assert re.search(r"\nruntime-version: '6\.\d+'\n", TEXT)
    assert "\ncommand: lbh-desktop\n" in TEXT


def test_finish_args_give_display_sound_and_reminders_but_no_network() -> None:
    args = finish_args()
    assert {"--socket=wayland", "--socket=fallback-x11", "--socket=pulseaudio"} <= set(args)
    assert "--talk-name=org.freedesktop.Notifications" in args
    assert not any(arg.startswith("--share=network") for arg in args)
    assert not any(arg.startswith("--talk-name=org.freedesktop.portal.") for arg in args)
    assert not any(arg.startswith("--filesystem=home") for arg in args)


def test_every_downloaded_source_is_pinned_by_sha256() -> None:
    urls = re.findall(r"^\s+url: (\S+)\n\s+sha256: ([0-9a-f]{64})$", TEXT, flags=re.MULTILINE)
    assert len(urls) == TEXT.count("url: ") and urls
    assert all(url.startswith("https://files.pythonhosted.org/") for url, _ in urls)


def test_every_runtime_dependency_except_qt_is_installed() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {
        re.split(r"[<>=;\s]", dependency, maxsplit=1)[0] for dependency in project["dependencies"]
    }
    wheels = {
        url.rsplit("/", 1)[1].split("-", 1)[0].lower().replace("_", "-")
        for url in re.findall(r"url: (\S+)", TEXT)
    }
    for name in names - {"PySide6-Essentials", "PySide6-Addons"}:  # from io.qt.PySide.BaseApp
        assert name.lower() in wheels, f"{name} is missing from the Flatpak manifest"
        assert f'"{name}' in TEXT, f"{name} is not in the pip install command"


def test_the_files_the_build_installs_exist_in_the_checkout() -> None:
    assert "path: ../..\n" in TEXT
    assert (MANIFEST.parent / "../../pyproject.toml").resolve() == REPO / "pyproject.toml"
    for relative in re.findall(r"((?:resources|packaging)/[\w/.${}-]+)", TEXT):
        path = relative.replace("${FLATPAK_ID}", APP_ID).replace("$size", "512")
        assert (REPO / path).exists(), path


def test_check_flatpak_script_passes_or_says_what_is_missing() -> None:
    result = subprocess.run(
        ["bash", str(REPO / "packaging" / "check-flatpak.sh")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout + result.stderr
    if shutil.which("flatpak-builder") is None:
        assert "flatpak-builder not installed" in output
    if result.returncode != 0 and "PyYAML is not installed" in output:
        pytest.skip("neither flatpak-builder nor PyYAML is installed")
    assert result.returncode == 0, output
