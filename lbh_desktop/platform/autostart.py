"""Start at login: an autostart entry or the Flatpak portal, a Run value or a LaunchAgent."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.platform.xdg import base_dir

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

APP_ID = "io.github.lbh_desktop.LBHDesktop"
APP_NAME = "LBH Desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Desktop Entry spec, "The Exec key": these make an argument need quoting.
EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
EXEC_ESCAPED = frozenset('"`$\\')
FLATPAK_LAUNCHER = "lbh-desktop"  # the manifest's `command`, which `flatpak run` starts
PORTAL_REASON = QT_TRANSLATE_NOOP(
    "autostart", "Start LBH Desktop at login to remind you of your breaks."
)
"""The portal shows it when it asks the user; translated when asked."""


class AutostartError(Exception):
    """Start at login could not be changed; the message is for the user."""


def in_flatpak(platform: str = sys.platform) -> bool:
    return platform.startswith("linux") and bool(
        os.environ.get("FLATPAK_ID") or Path("/.flatpak-info").exists()
    )


def unsupported_reason(platform: str = sys.platform) -> str:
    """Why start at login is not offered here, or "" when it is (inside Flatpak: the portal)."""
    return ""


def portal_command(command: list[str]) -> list[str]:
    """The app's arguments after the Flatpak launcher: a runtime update may move its Python."""
    arguments = command[3:] if command[1:3] == ["-m", "lbh_desktop"] else command[1:]
    return [FLATPAK_LAUNCHER, *arguments]


def portal_choice_path() -> Path:
    """The sandbox cannot read the host's autostart folder: the last choice the portal confirmed."""
    return base_dir("XDG_CONFIG_HOME", ".config") / "lbh-desktop" / "start-at-login"


def autostart_supported() -> bool:
    return not unsupported_reason()


def quote_exec_argument(argument: str) -> str:
    """One argument for an Exec line, per the Desktop Entry spec (before string escaping)."""
    argument = argument.replace("%", "%%")  # a lone % would start a field code
    if argument and not EXEC_RESERVED.intersection(argument):
        return argument
    inner = "".join(f"\\{char}" if char in EXEC_ESCAPED else char for char in argument)
    return f'"{inner}"'


def desktop_exec(command: list[str]) -> str:
    """The Exec value as written in the file: quoted arguments, then key-file string escapes."""
    line = " ".join(quote_exec_argument(argument) for argument in command)
    escapes = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    return "".join(escapes.get(char, char) for char in line)


def desktop_entry(command: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminds you of your lower-back and hip routines\n"
        f"Exec={desktop_exec(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def windows_command_line(command: list[str]) -> str:
    """A command line that CommandLineToArgvW (and the C runtime) splits back into `command`."""
    parts = []
    for argument in command:
        if argument and not any(char in argument for char in ' \t\n\v"'):
            parts.append(argument)
            continue
        quoted, backslashes = ['"'], 0
        for char in argument:
            if char == "\\":
                backslashes += 1
                continue
            if char == '"':
                quoted.append("\\" * (2 * backslashes + 1) + '"')
            else:
                quoted.append("\\" * backslashes + char)
            backslashes = 0
        quoted.append("\\" * (2 * backslashes) + '"')
        parts.append("".join(quoted))
    return " ".join(parts)


def macos_plist(command: list[str]) -> bytes:
    """A per-user LaunchAgent that runs `command` once when the user logs in."""
    agent = {
        "Label": APP_ID,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    import plistlib  # macOS only: its XML parser stays out of every other start

    return plistlib.dumps(agent, fmt=plistlib.FMT_XML)


def entry_path(platform: str = sys.platform) -> Path:
    """The autostart file on Linux and macOS (Windows keeps a registry value instead)."""
    if platform == "darwin":
        return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    return base_dir("XDG_CONFIG_HOME", ".config") / "autostart" / f"{APP_ID}.desktop"


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def entry_enabled(text: str) -> bool:
    """A desktop entry the session would start: not Hidden, not switched off for GNOME."""
    values = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    return (
        values.get("Hidden", "false").strip() != "true"
        and values.get("X-GNOME-Autostart-enabled", "true").strip() != "false"
    )


def autostart_enabled() -> bool:
    """Never raises: False when the setting cannot be read."""
    try:
        if in_flatpak():
            return portal_choice_path().read_text(encoding="utf-8").strip() == "on"
        if sys.platform == "win32":
            import winreg

            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, APP_NAME)
            return True
        path = entry_path()
        if sys.platform == "darwin":
            return path.is_file()
        return entry_enabled(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False


def set_autostart(
    enabled: bool,
    command: list[str],
    on_failure: Callable[[str], None] | None = None,
    *,
    bus: QDBusConnection | None = None,
) -> None:
    """Raises AutostartError (with a message for the user) when it cannot be changed.

    Inside Flatpak the desktop's background portal asks the user and answers later: this
    returns at once, and `on_failure` gets the message if the portal is missing or refuses.
    """
    reason = unsupported_reason()
    if reason:
        text = translate("autostart", "Start at login is not available: {reason}.")
        raise AutostartError(text.format(reason=reason))
    if enabled and not command:
        raise AutostartError(translate("autostart", "Start at login needs a command to run."))
    if in_flatpak():
        ask_portal(enabled, portal_command(command), on_failure, bus)
        return
    try:
        if sys.platform == "win32":
            set_windows_run_value(enabled, command)
            return
        path = entry_path()
        if not enabled:
            path.unlink(missing_ok=True)
        elif sys.platform == "darwin":
            write_atomically(path, macos_plist(command))
        else:
            write_atomically(path, desktop_entry(command).encode("utf-8"))
    except OSError as error:
        text = (
            translate("autostart", "Start at login could not be turned on: {error}")
            if enabled
            else translate("autostart", "Start at login could not be turned off: {error}")
        )
        raise AutostartError(text.format(error=error)) from error


def set_windows_run_value(enabled: bool, command: list[str]) -> None:
    if sys.platform == "win32":
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            if enabled:
                winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, windows_command_line(command))
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, APP_NAME)


def ask_portal(
    enabled: bool,
    command: list[str],
    on_failure: Callable[[str], None] | None,
    bus: QDBusConnection | None,
) -> None:
    try:
        from lbh_desktop.platform.background_portal import BackgroundRequest, PortalUnavailable
    except ImportError as error:
        text = translate("autostart", "Start at login needs Qt's D-Bus support ({error}).")
        raise AutostartError(text.format(error=error)) from error
    reason = translate("autostart", PORTAL_REASON)
    request = BackgroundRequest(enabled, command, reason, bus)
    request.granted.connect(remember_portal_choice)
    if on_failure is not None:
        request.failed.connect(on_failure)
    try:
        request.start()
    except PortalUnavailable as error:
        raise AutostartError(str(error)) from error


def remember_portal_choice(enabled: bool) -> None:
    """Never raises: a choice that cannot be saved is only shown wrong next time."""
    with contextlib.suppress(OSError):
        write_atomically(portal_choice_path(), b"on\n" if enabled else b"off\n")
