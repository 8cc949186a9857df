"""Puts LBH Desktop in the user's application menu: desktop entry, icons and AppStream metadata."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

from lbh_desktop.platform.xdg import base_dir
from lbh_desktop.storage.bundled import resource_path

APP_ID = "io.github.lbh_desktop.LBHDesktop"
COMMAND = "lbh-desktop"
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
ICON_PREFIX = "lbh-desktop-"
"""Shipped icons are resources/icons/lbh-desktop-<size>.png and lbh-desktop.svg."""


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    return base_dir("XDG_DATA_HOME", ".local/share", environ)


def installed_command() -> list[str]:
    """The command that starts this copy of the app, as an absolute program and its arguments."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return [str(Path(sys.executable).resolve())]
    if sys.argv and Path(sys.argv[0]).name == COMMAND and Path(sys.argv[0]).is_file():
        return [str(Path(sys.argv[0]).absolute())]
    beside_python = Path(sys.executable).parent / COMMAND  # a venv's or pip --user's script
    if beside_python.is_file():
        return [str(beside_python)]
    on_path = shutil.which(COMMAND)
    if on_path:
        return [str(Path(on_path).absolute())]
    return [sys.executable, "-m", "lbh_desktop"]


def exec_value(command: Sequence[str]) -> str:
    """The Exec value running `command`, quoted and escaped as the Desktop Entry spec asks."""
    quoted = []
    for argument in command:
        inner = "".join("\\" + char if char in '"`$\\' else char for char in argument)
        quoted.append('"' + inner.replace("%", "%%") + '"')
    return _escape_string(" ".join(quoted))


def desktop_entry_text(command: Sequence[str]) -> str:
    """The shipped desktop entry with Exec and TryExec pointing at `command`."""
    template = resource_path("linux", DESKTOP_FILE).read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_value(command)
        elif line.startswith("TryExec="):
            line = "TryExec=" + _escape_string(command[0])
        lines.append(line)
    return "\n".join(lines) + "\n"


def planned_files(command: Sequence[str], share: Path) -> dict[Path, bytes]:
    """Every file the install writes, by path under `share`, with its content."""
    icons = resource_path("icons")
    hicolor = share / "icons" / "hicolor"
    files = {
        share / "applications" / DESKTOP_FILE: desktop_entry_text(command).encode("utf-8"),
        share / "metainfo" / METAINFO_FILE: resource_path("linux", METAINFO_FILE).read_bytes(),
        hicolor / "scalable" / "apps" / f"{APP_ID}.svg": (icons / "lbh-desktop.svg").read_bytes(),
    }
    sizes = {png.stem.removeprefix(ICON_PREFIX): png for png in icons.glob(f"{ICON_PREFIX}*.png")}
    for size in sorted((size for size in sizes if size.isdigit()), key=int):
        files[hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = sizes[size].read_bytes()
    return files


def install_desktop_entry(
    command: Sequence[str] | None = None, share: Path | None = None, out: TextIO | None = None
) -> list[Path]:
    """Installs the entry, icons and metainfo for this user, printing each file; returns them.

    Running it again rewrites only what differs, so it is safe to repeat (after an upgrade,
    or when the app moved). Raises OSError when a file cannot be written.
    """
    stream = out if out is not None else sys.stdout
    command = list(command) if command is not None else installed_command()
    share = share if share is not None else data_home()
    files = planned_files(command, share)
    for path, content in files.items():
        if path.is_file() and path.read_bytes() == content:
            print(f"unchanged {path}", file=stream)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_bytes(content)
        partial.chmod(0o644)
        partial.replace(path)
        print(f"wrote     {path}", file=stream)
    _tell_icon_caches(share)
    print(f"LBH Desktop is in your application menu; it runs {' '.join(command)}", file=stream)
    return list(files)


def uninstall_desktop_entry(share: Path | None = None, out: TextIO | None = None) -> list[Path]:
    """Removes what install_desktop_entry (or packaging/linux/install.sh) put in place.

    The app itself and the user's data folder are left alone. Returns the removed files.
    """
    stream = out if out is not None else sys.stdout
    share = share if share is not None else data_home()
    hicolor = share / "icons" / "hicolor"
    candidates = [
        share / "applications" / DESKTOP_FILE,
        share / "metainfo" / METAINFO_FILE,
        *sorted(hicolor.glob(f"*/apps/{APP_ID}.png")),
        *sorted(hicolor.glob(f"*/apps/{APP_ID}.svg")),
    ]
    removed = []
    for path in candidates:
        if path.is_file() or path.is_symlink():
            path.unlink()
            print(f"removed {path}", file=stream)
            removed.append(path)
    if removed:
        _tell_icon_caches(share)
    print(
        f"Removed {len(removed)} LBH Desktop file(s) from {share}; your history is kept.",
        file=stream,
    )
    return removed


def _escape_string(value: str) -> str:
    """The Desktop Entry spec's escapes for every string value."""
    escaped = value.replace("\\", "\\\\")
    return escaped.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def _tell_icon_caches(share: Path) -> None:
    """A newer hicolor folder tells icon caches to reload (menus watch applications/ anyway)."""
    hicolor = share / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)
