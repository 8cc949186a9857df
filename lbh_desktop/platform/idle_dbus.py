"""Idle time over the D-Bus session bus: GNOME's Mutter IdleMonitor, or KDE's ScreenSaver."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lbh_desktop.platform.idle_source import IdleUnavailable

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

CALL_TIMEOUT_MS = 250  # called from the GUI thread every few seconds: a hung service must not stall


@dataclass(frozen=True)
class DBusMethod:
    """A method taking no arguments that returns idle milliseconds."""

    service: str
    path: str
    interface: str
    method: str


MUTTER = DBusMethod(
    "org.gnome.Mutter.IdleMonitor",
    "/org/gnome/Mutter/IdleMonitor/Core",
    "org.gnome.Mutter.IdleMonitor",
    "GetIdletime",  # uint64 milliseconds
)
FREEDESKTOP = DBusMethod(
    "org.freedesktop.ScreenSaver",
    "/org/freedesktop/ScreenSaver",
    "org.freedesktop.ScreenSaver",
    "GetSessionIdleTime",  # uint32 milliseconds (KDE); GNOME answers NotSupported
)
FRIENDLY_ERRORS = {
    "org.freedesktop.DBus.Error.ServiceUnknown": "not running on the session bus",
    "org.freedesktop.DBus.Error.NameHasNoOwner": "not running on the session bus",
    "org.freedesktop.DBus.Error.NoReply": "did not answer in time",
    "org.freedesktop.DBus.Error.Timeout": "did not answer in time",
    "org.freedesktop.DBus.Error.UnknownMethod": "does not offer idle time",
    "org.freedesktop.DBus.Error.UnknownObject": "does not offer idle time",
    "org.freedesktop.DBus.Error.NotSupported": "does not offer idle time",
}


def session_bus() -> QDBusConnection:
    """The session bus, or IdleUnavailable saying why there is none."""
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtDBus import QDBusConnection
    except ImportError as error:
        raise IdleUnavailable(f"Qt D-Bus support is missing ({error})") from error
    if QCoreApplication.instance() is None:
        raise IdleUnavailable("asked before the Qt application was created")
    return QDBusConnection.sessionBus()


class DBusIdleSource:
    """Asks `method` on every call; None (not an exception) when the service stops answering."""

    def __init__(self, name: str, method: DBusMethod, bus: QDBusConnection | None = None) -> None:
        self.name = name
        self.reason = ""
        self._method = method
        self._bus = session_bus() if bus is None else bus
        if not self._bus.isConnected():
            detail = self._bus.lastError().message() or "DBUS_SESSION_BUS_ADDRESS is not usable"
            raise IdleUnavailable(f"no D-Bus session bus ({detail})")
        milliseconds, error = self._call()
        if milliseconds is None:
            raise IdleUnavailable(error)

    def _call(self) -> tuple[float | None, str]:
        from PySide6.QtDBus import QDBus, QDBusMessage

        method = self._method
        message = QDBusMessage.createMethodCall(
            method.service, method.path, method.interface, method.method
        )
        message.setAutoStartService(False)
        reply = self._bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            name = reply.errorName()
            friendly = FRIENDLY_ERRORS.get(name, f"{name}: {reply.errorMessage()}")
            return None, f"{method.service} {friendly}"
        arguments = reply.arguments()
        value = arguments[0] if arguments else None
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            return None, f"{method.service}.{method.method} returned {arguments!r}"
        return float(value), ""

    def idle_seconds(self) -> float | None:
        milliseconds, _ = self._call()
        return None if milliseconds is None else milliseconds / 1000.0

    def close(self) -> None:
        pass


def open_mutter(bus: QDBusConnection | None = None) -> DBusIdleSource:
    return DBusIdleSource("GNOME (Mutter)", MUTTER, bus)


def open_freedesktop(bus: QDBusConnection | None = None) -> DBusIdleSource:
    return DBusIdleSource("freedesktop ScreenSaver", FREEDESKTOP, bus)
