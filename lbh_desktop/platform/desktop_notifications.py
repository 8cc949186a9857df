"""Break notices as desktop notifications (org.freedesktop.Notifications) with Start and Snooze."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    ClassInfo,
    QMetaObject,
    QObject,
    Qt,
    Signal,
    Slot,
)

from lbh_desktop.core.break_notice import BreakNotice
from lbh_desktop.platform.autostart import APP_ID

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
BUS_SERVICE = "org.freedesktop.DBus"
BUS_PATH = "/org/freedesktop/DBus"
QUICK_TIMEOUT_MS = 250  # the bus daemon itself answers: anything slower means trouble
SERVER_TIMEOUT_MS = 500  # asked on the GUI thread: a hung server must not stall it for long
APP_NAME = "LBH Desktop"
SHAPE_PATH = "/io/github/lbh_desktop/NotificationsShape"
NOTIFY = b"Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
ACTION_SLOT: Any = SLOT("_on_action_invoked(uint,QString)")  # a str at run time; stubs say bytes
CLOSED_SLOT: Any = SLOT("_on_closed(uint,uint)")
class_info: Any = ClassInfo  # its stub does not describe the decorator form

SHAPE_XML = """<interface name="org.freedesktop.Notifications">
  <method name="Notify">
    <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
    <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
    <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
    <arg type="u" direction="out"/>
    <annotation name="org.qtproject.QtDBus.QtTypeName.In6" value="QVariantMap"/>
  </method>
  <method name="CloseNotification"><arg type="u" direction="in"/></method>
</interface>"""
"""The server's methods with Qt's names for their types: the hints' a{sv} as QVariantMap."""


@class_info({"D-Bus Interface": INTERFACE, "D-Bus Introspection": SHAPE_XML})
class _InterfaceShape(QObject):
    """Served for a moment so Qt learns the interface from SHAPE_XML.

    PySide6 sends a Python int as int32, and servers reject Notify without its uint32
    replaces_id. Qt's QDBusInterface converts arguments to the types its introspection names,
    and it keeps one introspection per interface name on a connection: learned from this
    shape, with the hints' type spelled out, it makes Notify callable with the right types.
    Sending from the app's own connection matters: servers send ActionInvoked to Notify's
    sender alone.
    """


def hints() -> dict[str, object]:
    return {"desktop-entry": APP_ID}


class DesktopNotifications(QObject):
    """Shows one break notice at a time, each replacing the last; says why when it cannot."""

    action_invoked = Signal(str)
    """An action key ("start", "snooze") chosen on the notification shown now."""

    def __init__(
        self, icon: str, *, bus: QDBusConnection | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.icon = icon
        self.reason = ""
        self._bus = bus
        self._owner = ""
        self._server: QDBusInterface | None = None
        self._capabilities: list[str] = []
        self._listening = False
        self._shown_id = 0
        self._own_ids: set[int] = set()

    @property
    def shown_id(self) -> int:
        """The notification on screen now (0: none)."""
        return self._shown_id

    @property
    def offers_actions(self) -> bool:
        return "actions" in self._capabilities

    def available(self) -> bool:
        """Whether a notification server runs now; if not, `reason` says why."""
        bus = self._session_bus()
        if bus is None:
            return False
        owner = self._call(bus, BUS_SERVICE, BUS_PATH, BUS_SERVICE, "GetNameOwner", SERVICE)
        if not isinstance(owner, str) or not owner:
            return self._unavailable("no notification service runs on the session bus")
        if owner != self._owner or self._server is None:
            capabilities = self._call(bus, owner, PATH, INTERFACE, "GetCapabilities")
            if not isinstance(capabilities, list):
                return self._unavailable(f"the notification service ({owner}) did not answer")
            server = typed_server(bus, owner)
            if server is None:
                return self._unavailable("Qt could not describe the notification service")
            self._owner, self._server = owner, server
            self._capabilities = [str(c) for c in capabilities]
            self._listen(bus)
        self.reason = ""
        return True

    def show(self, notice: BreakNotice) -> bool:
        """Shows `notice` in place of the one shown; False, with `reason`, if it cannot."""
        if not self.available() or self._server is None:
            return False
        pairs = notice.actions() if self.offers_actions else []
        actions = [part for pair in pairs for part in pair]
        try:
            new_id = QMetaObject.invokeMethod(
                self._server,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG("QString", APP_NAME),
                Q_ARG("uint", self._shown_id),
                Q_ARG("QString", self.icon),
                Q_ARG("QString", notice.title),
                Q_ARG("QString", notice.text),
                Q_ARG("QStringList", actions),
                Q_ARG("QVariantMap", hints()),
                Q_ARG("int", -1),
            )
        except RuntimeError as error:
            return self._unavailable(f"Notify could not be called ({error})")
        refusal = self._server.lastError()
        if refusal.isValid() or not isinstance(new_id, int) or new_id == 0:
            return self._unavailable(f"the notification service refused: {refusal.message()}")
        self._shown_id = new_id
        self._own_ids.add(new_id)
        return True

    def close(self) -> None:
        """Takes the notification shown now off the screen (the break started, or was
        snoozed or skipped somewhere else)."""
        if self._shown_id and self._server is not None:
            with suppress(RuntimeError):  # gone with its server: nothing left to close
                QMetaObject.invokeMethod(
                    self._server,
                    "CloseNotification",
                    Qt.ConnectionType.DirectConnection,
                    Q_ARG("uint", self._shown_id),
                )
        self._own_ids.discard(self._shown_id)
        self._shown_id = 0

    def _session_bus(self) -> QDBusConnection | None:
        try:
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtDBus import QDBusConnection
        except ImportError as error:
            self._unavailable(f"Qt D-Bus support is missing ({error})")
            return None
        if self._bus is None:
            if QCoreApplication.instance() is None:
                self._unavailable("asked before the Qt application was created")
                return None
            self._bus = QDBusConnection.sessionBus()
        if not self._bus.isConnected():
            detail = self._bus.lastError().message() or "DBUS_SESSION_BUS_ADDRESS is not usable"
            self._unavailable(f"no D-Bus session bus ({detail})")
            return None
        return self._bus

    def _call(
        self, bus: QDBusConnection, service: str, path: str, interface: str, method: str, *args: str
    ) -> object:
        """The first value a method returns, or None on an error or timeout."""
        from PySide6.QtDBus import QDBus, QDBusMessage

        message = QDBusMessage.createMethodCall(service, path, interface, method)
        message.setArguments(list(args))
        message.setAutoStartService(False)  # starting a server could take seconds
        timeout = QUICK_TIMEOUT_MS if service == BUS_SERVICE else SERVER_TIMEOUT_MS
        reply = bus.call(message, QDBus.CallMode.Block, timeout)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        return reply.arguments()[0]

    def _listen(self, bus: QDBusConnection) -> None:
        if self._listening:
            return
        self._listening = bus.connect(
            SERVICE, PATH, INTERFACE, "ActionInvoked", self, ACTION_SLOT
        ) and bus.connect(SERVICE, PATH, INTERFACE, "NotificationClosed", self, CLOSED_SLOT)

    def _unavailable(self, reason: str) -> bool:
        self.reason = reason
        self._owner, self._server = "", None
        return False

    @Slot("uint", str)
    def _on_action_invoked(self, notification_id: int, action_key: str) -> None:
        if notification_id in self._own_ids:
            self.action_invoked.emit(action_key)

    @Slot("uint", "uint")
    def _on_closed(self, notification_id: int, _reason: int) -> None:
        self._own_ids.discard(notification_id)
        if notification_id == self._shown_id:
            self._shown_id = 0


def typed_server(bus: QDBusConnection, owner: str) -> QDBusInterface | None:
    """The server's interface with Notify taking Qt types (see _InterfaceShape); None if Qt
    described it otherwise (it had introspected the real server first)."""
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    shape = _InterfaceShape()
    if bus.registerObject(SHAPE_PATH, shape, QDBusConnection.RegisterOption.ExportAllSlots):
        QDBusInterface(bus.baseService(), SHAPE_PATH, INTERFACE, bus)
        bus.unregisterObject(SHAPE_PATH)
    server = QDBusInterface(owner, PATH, INTERFACE, bus)
    server.setTimeout(SERVER_TIMEOUT_MS)
    meta = server.metaObject()
    methods = {meta.method(i).methodSignature().data() for i in range(meta.methodCount())}
    return server if server.isValid() and NOTIFY in methods else None
