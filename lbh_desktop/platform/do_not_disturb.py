"""Whether the desktop wants quiet: do not disturb (D-Bus) or a full-screen window (X11)."""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import reduce
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.platform.idle_source import is_wayland_session

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher

DO_NOT_DISTURB = QT_TRANSLATE_NOOP("do_not_disturb", "do not disturb is on")
FULL_SCREEN = QT_TRANSLATE_NOOP("do_not_disturb", "a full-screen window")
"""reason()'s answers, in English; shown as `translate("do_not_disturb", reason)`."""
NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT_MS = 250  # asked on the GUI thread: a hung notification server must not stall it
CHANGED_SLOT: Any = SLOT("_read_flags()")  # a str at run time; the stubs say bytes


@dataclass(frozen=True)
class QuietFlag:
    """A boolean property of the notification server that means "do not disturb"."""

    interface: str
    name: str
    label: str
    """In English (the key of quiet_flags); translate("do_not_disturb", label) to show it."""


QUIET_FLAGS = (
    QuietFlag(
        NOTIFICATIONS_SERVICE,
        "Inhibited",
        QT_TRANSLATE_NOOP("do_not_disturb", "the notification server's do not disturb"),
    ),
    QuietFlag(
        "org.dunstproject.cmd0",
        "paused",
        QT_TRANSLATE_NOOP("do_not_disturb", "dunst's pause (dunstctl set-paused)"),
    ),
)


def either(choices: Iterable[str]) -> str:
    """ "a or b", "a or b or c": the choices joined as the user's language says "or"."""
    return reduce(
        lambda first, second: translate("do_not_disturb", "{first} or {second}").format(
            first=first, second=second
        ),
        choices,
    )


class FullScreenUnavailable(Exception):
    """Full-screen windows cannot be seen here; the message says why."""


class _Cookie(ctypes.Structure):
    _fields_ = (("sequence", ctypes.c_uint),)


class _ScreenIterator(ctypes.Structure):
    _fields_ = (("data", ctypes.c_void_p), ("rem", ctypes.c_int), ("index", ctypes.c_int))


class _AtomReply(ctypes.Structure):
    _fields_ = (
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    )


class _PropertyReply(ctypes.Structure):
    _fields_ = (
        ("response_type", ctypes.c_uint8),
        ("format", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("type", ctypes.c_uint32),
        ("bytes_after", ctypes.c_uint32),
        ("value_len", ctypes.c_uint32),
        ("pad0", ctypes.c_uint8 * 12),
    )


class X11FullScreen:
    """Is the active window (_NET_ACTIVE_WINDOW) full-screen (_NET_WM_STATE_FULLSCREEN)?

    Through libxcb, whose errors (a window closed meanwhile) come back as values rather than
    ending the process as Xlib's default handler would. Two round trips per question.
    """

    def __init__(self, display_name: str | None = None) -> None:
        display = display_name or os.environ.get("DISPLAY")
        if not display:
            raise FullScreenUnavailable("no X11 display")
        if display_name is None and is_wayland_session():
            raise FullScreenUnavailable("a Wayland session: X11 sees only some windows")
        try:
            xcb = ctypes.CDLL("libxcb.so.1")
            self._libc = ctypes.CDLL(None)
        except OSError as error:
            raise FullScreenUnavailable(f"libxcb is not installed ({error})") from error
        self._xcb = xcb
        xcb.xcb_connect.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_int))
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connection_has_error.argtypes = (ctypes.c_void_p,)
        xcb.xcb_disconnect.argtypes = (ctypes.c_void_p,)
        xcb.xcb_get_setup.argtypes = (ctypes.c_void_p,)
        xcb.xcb_get_setup.restype = ctypes.c_void_p
        xcb.xcb_setup_roots_iterator.argtypes = (ctypes.c_void_p,)
        xcb.xcb_setup_roots_iterator.restype = _ScreenIterator
        xcb.xcb_screen_next.argtypes = (ctypes.POINTER(_ScreenIterator),)
        xcb.xcb_intern_atom.argtypes = (
            ctypes.c_void_p,
            ctypes.c_uint8,
            ctypes.c_uint16,
            ctypes.c_char_p,
        )
        xcb.xcb_intern_atom.restype = _Cookie
        xcb.xcb_intern_atom_reply.argtypes = (ctypes.c_void_p, _Cookie, ctypes.c_void_p)
        xcb.xcb_intern_atom_reply.restype = ctypes.POINTER(_AtomReply)
        xcb.xcb_get_property.argtypes = (ctypes.c_void_p, ctypes.c_uint8, *[ctypes.c_uint32] * 5)
        xcb.xcb_get_property.restype = _Cookie
        xcb.xcb_get_property_reply.argtypes = (ctypes.c_void_p, _Cookie, ctypes.c_void_p)
        xcb.xcb_get_property_reply.restype = ctypes.POINTER(_PropertyReply)
        xcb.xcb_get_property_value.argtypes = (ctypes.POINTER(_PropertyReply),)
        xcb.xcb_get_property_value.restype = ctypes.POINTER(ctypes.c_uint32)
        self._libc.free.argtypes = (ctypes.c_void_p,)
        screen_number = ctypes.c_int()
        self._connection: int | None = xcb.xcb_connect(
            display.encode(), ctypes.byref(screen_number)
        )
        if not self._connection or xcb.xcb_connection_has_error(self._connection):
            self.close()
            raise FullScreenUnavailable(f"cannot open X display {display}")
        screens = xcb.xcb_setup_roots_iterator(xcb.xcb_get_setup(self._connection))
        for _ in range(screen_number.value):
            xcb.xcb_screen_next(ctypes.byref(screens))
        self._root = ctypes.c_uint32.from_address(screens.data).value  # xcb_screen_t starts so
        self._active = self._atom(b"_NET_ACTIVE_WINDOW")
        self._state = self._atom(b"_NET_WM_STATE")
        self._full_screen = self._atom(b"_NET_WM_STATE_FULLSCREEN")

    def _atom(self, name: bytes) -> int:
        cookie = self._xcb.xcb_intern_atom(self._connection, 0, len(name), name)
        reply = self._xcb.xcb_intern_atom_reply(self._connection, cookie, None)
        if not reply:
            raise FullScreenUnavailable("the X server did not answer")
        atom = int(reply.contents.atom)
        self._libc.free(reply)
        return atom

    def _property(self, window: int, name: int) -> list[int]:
        """A 32-bit property's values, of any type (WM and tools disagree on CARDINAL/WINDOW)."""
        cookie = self._xcb.xcb_get_property(self._connection, 0, window, name, 0, 0, 64)
        reply = self._xcb.xcb_get_property_reply(self._connection, cookie, None)
        if not reply:  # the window went away between the two questions
            return []
        try:
            if reply.contents.format != 32:
                return []
            values = self._xcb.xcb_get_property_value(reply)
            return [int(values[i]) for i in range(reply.contents.value_len)]
        finally:
            self._libc.free(reply)

    def __call__(self) -> bool:
        if self._connection is None:
            return False
        active = self._property(self._root, self._active)
        if not active or active[0] == 0:
            return False
        return self._full_screen in self._property(active[0], self._state)

    def close(self) -> None:
        if self._connection:
            self._xcb.xcb_disconnect(self._connection)
        self._connection = None

    def __del__(self) -> None:
        if getattr(self, "_connection", None):
            self.close()


class DoNotDisturbWatch(QObject):
    """Follows the notification server's do-not-disturb flags on the session bus (signalled,
    so `changed` comes at once) and, asked through reason(), the active window's full-screen
    state. `sources` names what it can follow here, `missing` what it cannot and why."""

    changed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        bus: QDBusConnection | None = None,
        full_screen: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        self.missing: list[str] = []
        self._quiet_flags: set[str] = set()
        self._bus: QDBusConnection | None = None
        self._owner_watcher: QDBusServiceWatcher | None = None
        self._full_screen = full_screen if full_screen is not None else self._open_full_screen()
        self._watch_notifications(bus)

    def _open_full_screen(self) -> Callable[[], bool] | None:
        try:
            probe = X11FullScreen()
        except FullScreenUnavailable as error:
            text = translate("do_not_disturb", "full-screen windows ({error})")
            self.missing.append(text.format(error=error))
            return None
        self.sources.append(translate("do_not_disturb", "full-screen windows (X11)"))
        return probe

    def _watch_notifications(self, bus: QDBusConnection | None) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher
        except ImportError as error:
            text = translate(
                "do_not_disturb", "do not disturb (Qt D-Bus support is missing: {error})"
            )
            self.missing.append(text.format(error=error))
            return
        bus = QDBusConnection.sessionBus() if bus is None else bus
        if not bus.isConnected():
            self.missing.append(
                translate("do_not_disturb", "do not disturb (no D-Bus session bus)")
            )
            return
        self._bus = bus
        self._owner_watcher = QDBusServiceWatcher(
            NOTIFICATIONS_SERVICE, bus, QDBusServiceWatcher.WatchModeFlag.WatchForOwnerChange, self
        )
        self._owner_watcher.serviceOwnerChanged.connect(self._read_flags)
        bus.connect(
            NOTIFICATIONS_SERVICE,
            NOTIFICATIONS_PATH,
            "org.freedesktop.DBus.Properties",
            "PropertiesChanged",
            self,
            CHANGED_SLOT,
        )
        flags = either(translate("do_not_disturb", flag.label) for flag in QUIET_FLAGS)
        self.sources.append(
            translate("do_not_disturb", "do not disturb ({flags})").format(flags=flags)
        )
        self._read_flags()

    def _ask(self, flag: QuietFlag) -> bool | None:
        """The flag's value, or None when the server is absent or does not have it."""
        from PySide6.QtDBus import QDBus, QDBusMessage

        assert self._bus is not None
        message = QDBusMessage.createMethodCall(
            NOTIFICATIONS_SERVICE, NOTIFICATIONS_PATH, "org.freedesktop.DBus.Properties", "Get"
        )
        message.setArguments([flag.interface, flag.name])
        message.setAutoStartService(False)  # asking must not start a notification server
        reply = self._bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        value = reply.arguments()[0]
        if hasattr(value, "variant"):  # a QDBusVariant
            value = value.variant()
        return value if isinstance(value, bool) else None

    @Slot()
    def _read_flags(self) -> None:
        if self._bus is None:
            return
        quiet = {flag.label for flag in QUIET_FLAGS if self._ask(flag)}
        if quiet != self._quiet_flags:
            self._quiet_flags = quiet
            self.changed.emit()

    @property
    def quiet_flags(self) -> frozenset[str]:
        """Which do-not-disturb flags are set now, by label."""
        return frozenset(self._quiet_flags)

    def reason(self) -> str:
        """Why reminders should wait now ("" if they need not); asks the X server each time."""
        if self._quiet_flags:
            return DO_NOT_DISTURB
        if self._full_screen is not None and self._full_screen():
            return FULL_SCREEN
        return ""

    def describe(self) -> str:
        """One line for the settings dialog."""
        followed = "; ".join(self.sources) or translate("do_not_disturb", "nothing on this desktop")
        if not self.missing:
            return translate("do_not_disturb", "Follows {followed}.").format(followed=followed)
        text = translate("do_not_disturb", "Follows {followed}. Not available: {missing}.")
        return text.format(followed=followed, missing="; ".join(self.missing))

    def close(self) -> None:
        if self._bus is not None:
            self._bus.disconnect(
                NOTIFICATIONS_SERVICE,
                NOTIFICATIONS_PATH,
                "org.freedesktop.DBus.Properties",
                "PropertiesChanged",
                self,
                CHANGED_SLOT,
            )
            self._bus = None
        if isinstance(self._full_screen, X11FullScreen):
            self._full_screen.close()
        self._full_screen = None
