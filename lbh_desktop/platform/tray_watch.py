"""Notices a system tray host appearing after start-up (D-Bus StatusNotifierWatcher, X11 XEmbed)."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher

WATCHER_SERVICE = "org.kde.StatusNotifierWatcher"
"""Qt uses StatusNotifierItem (a D-Bus tray) once this name has an owner with a host."""
WATCHER_PATH = "/StatusNotifierWatcher"
FALLBACK_POLL_MS = 30_000
"""For trays neither signal announces; the signals make the switch immediate."""
XCB_CLIENT_MESSAGE = 33
HOST_REGISTERED = ("", WATCHER_PATH, WATCHER_SERVICE, "StatusNotifierHostRegistered")
"""The watcher's signal (service, path, interface, name), connected and disconnected alike."""
HOST_SLOT: Any = SLOT("_on_host_signal()")  # a str at run time; the stubs say bytes


class _XEmbedManagerFilter(QAbstractNativeEventFilter):
    """Sees the MANAGER client message a new XEmbed tray (_NET_SYSTEM_TRAY_S<n> owner) sends
    to the root window. Qt selects StructureNotify on the root window, so the only client
    messages reaching it there are such announcements; any of them is worth a look."""

    def __init__(self, on_announcement: Callable[[], None]) -> None:
        super().__init__()
        self._on_announcement = on_announcement

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        address = int(message)  # a shiboken VoidPtr, which is falsy whatever it points to
        if address and QByteArray(event_type) == QByteArray(b"xcb_generic_event_t"):
            response_type = ctypes.c_uint8.from_address(address).value & 0x7F
            if response_type == XCB_CLIENT_MESSAGE:
                self._on_announcement()
        return False, 0


class TrayWatch(QObject):
    """Emits `appeared` when a tray host may have appeared; the receiver checks for a tray.

    It watches the StatusNotifierWatcher name and its StatusNotifierHostRegistered signal on
    the session bus, the XEmbed tray announcement under X11, and polls every
    FALLBACK_POLL_MS. stop() ends all three. `sources` says what it watches, for diagnostics.
    """

    appeared = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        bus: QDBusConnection | None = None,
        poll_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        poll_ms = FALLBACK_POLL_MS if poll_ms is None else poll_ms
        self.sources: list[str] = []
        self._service_watcher: QDBusServiceWatcher | None = None
        self._bus: QDBusConnection | None = None
        self._x_filter: _XEmbedManagerFilter | None = None
        self._poll = QTimer(self)
        self._poll.setTimerType(Qt.TimerType.CoarseTimer)
        self._poll.timeout.connect(self.appeared)
        self._poll.start(poll_ms)
        self.sources.append(f"a check every {poll_ms // 1000} s")
        self._watch_dbus(bus)
        self._watch_xembed()

    def _watch_dbus(self, bus: QDBusConnection | None) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher
        except ImportError:
            return
        if bus is None:
            bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        self._bus = bus
        self._service_watcher = QDBusServiceWatcher(
            WATCHER_SERVICE, bus, QDBusServiceWatcher.WatchModeFlag.WatchForRegistration, self
        )
        self._service_watcher.serviceRegistered.connect(self._on_host_signal)
        # The watcher's name can appear before any tray host registers with it.
        bus.connect(*HOST_REGISTERED, self, HOST_SLOT)
        self.sources.append(f"the {WATCHER_SERVICE} name on D-Bus")

    def _watch_xembed(self) -> None:
        from PySide6.QtGui import QGuiApplication

        application = QCoreApplication.instance()
        if not isinstance(application, QGuiApplication) or application.platformName() != "xcb":
            return
        # Looked at after the X event is handled: Qt is mid-dispatch here.
        self._x_filter = _XEmbedManagerFilter(lambda: QTimer.singleShot(0, self._on_host_signal))
        application.installNativeEventFilter(self._x_filter)
        self.sources.append("the X11 system tray selection")

    @Slot()
    def _on_host_signal(self) -> None:
        self.appeared.emit()

    def stop(self) -> None:
        """Stop watching (a tray was found): no more signals, no per-event X filter."""
        self._poll.stop()
        if self._service_watcher is not None:
            self._service_watcher.setWatchedServices([])
            self._service_watcher = None
        if self._bus is not None:
            self._bus.disconnect(*HOST_REGISTERED, self, HOST_SLOT)
            self._bus = None
        application = QCoreApplication.instance()
        if self._x_filter is not None and application is not None:
            application.removeNativeEventFilter(self._x_filter)
        self._x_filter = None
