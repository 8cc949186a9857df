"""Seconds since the user's last input, from whichever backend this desktop offers."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lbh_desktop.core.i18n import translate
from lbh_desktop.platform.idle_source import IdleSource, IdleUnavailable, is_wayland_session

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)


class NoIdleSource:
    """Used when no backend works: breaks then count plain time."""

    def __init__(self, reason: str) -> None:
        self.name = "none"
        self.reason = reason

    def idle_seconds(self) -> float | None:
        return None

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class Probe:
    """One backend to try: `open` returns a working source or raises IdleUnavailable."""

    name: str
    open: Callable[[], IdleSource]


def _mutter(bus: QDBusConnection | None) -> IdleSource:
    from lbh_desktop.platform.idle_dbus import open_mutter

    return open_mutter(bus)


def _freedesktop(bus: QDBusConnection | None) -> IdleSource:
    from lbh_desktop.platform.idle_dbus import open_freedesktop

    return open_freedesktop(bus)


def _x11() -> IdleSource:
    from lbh_desktop.platform.idle_x11 import X11IdleSource

    return X11IdleSource()


def _windows() -> IdleSource:
    from lbh_desktop.platform.idle_windows import WindowsIdleSource

    return WindowsIdleSource()


def _macos() -> IdleSource:
    from lbh_desktop.platform.idle_macos import MacIdleSource

    return MacIdleSource()


def is_x11_session() -> bool:
    """The app draws through X11 in an X11 session: the X server sees all input."""
    from PySide6.QtGui import QGuiApplication

    platform_name = QGuiApplication.platformName()
    return bool(os.environ.get("DISPLAY")) and not is_wayland_session() and platform_name == "xcb"


def default_probes(
    platform: str = sys.platform,
    bus: QDBusConnection | None = None,
    x11_first: bool | None = None,
) -> list[Probe]:
    """The backends worth trying on `platform`, best first (bus: None means the session bus).

    x11_first (None: is_x11_session()) tries X11 before D-Bus: as accurate there, and Qt's
    D-Bus module is not loaded at all, which keeps 2 MB off the app waiting in the background.
    """
    if platform == "win32":
        return [Probe("Windows", _windows)]
    if platform == "darwin":
        return [Probe("macOS", _macos)]
    mutter = Probe("GNOME (Mutter)", lambda: _mutter(bus))
    x11 = Probe("X11 screen saver extension", _x11)
    freedesktop = Probe("freedesktop ScreenSaver", lambda: _freedesktop(bus))
    if is_x11_session() if x11_first is None else x11_first:
        return [x11, mutter, freedesktop]
    return [mutter, x11, freedesktop]


def detect_idle_source(
    diagnostics: list[str] | None = None, probes: Sequence[Probe] | None = None
) -> IdleSource:
    """The first backend that answers; each skipped one adds "name: why" to `diagnostics`."""
    skipped: list[str] = []
    for probe in default_probes() if probes is None else probes:
        try:
            source = probe.open()
        except IdleUnavailable as error:
            skipped.append(f"{probe.name}: {error}")
        except Exception as error:  # a broken library or binding must not stop the app
            log.warning("Idle backend %s failed", probe.name, exc_info=True)
            skipped.append(f"{probe.name}: {type(error).__name__}: {error}")
        else:
            source.reason = "; ".join(skipped)
            if diagnostics is not None:
                diagnostics.extend(skipped)
            log.info("Idle time from %s", source.name)
            return source
    if diagnostics is not None:
        diagnostics.extend(skipped)
    reason = "; ".join(skipped) or f"no idle backend is known for {sys.platform}"
    log.info("No idle detection: %s", reason)
    return NoIdleSource(reason)


def describe(source: IdleSource) -> str:
    """One line for the settings page."""
    if source.name == "none":
        text = translate("idle", "No idle detection: {reason} — breaks use plain time.")
        return text.format(reason=source.reason)
    return translate("idle", "Idle time from {source}.").format(source=source.name)
