"""Start at login inside Flatpak: the XDG Background portal, asked without blocking."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusPendingCallWatcher

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
BACKGROUND_INTERFACE = "org.freedesktop.portal.Background"
REQUEST_INTERFACE = "org.freedesktop.portal.Request"
CALL_TIMEOUT_MS = 30_000  # asynchronous: starting the portal by D-Bus activation may take a while
RESPONSE_SLOT: Any = SLOT("_on_response(uint,QVariantMap)")  # a str at run time; stubs say bytes
MISSING_SERVICE = {
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
    "org.freedesktop.DBus.Error.UnknownObject",
    "org.freedesktop.DBus.Error.UnknownInterface",
    "org.freedesktop.DBus.Error.UnknownMethod",
}
NO_PORTAL = QT_TRANSLATE_NOOP(
    "background_portal",
    "Start at login is not available: the desktop's background portal (xdg-desktop-portal) "
    "is not running or does not offer it.",
)
DECLINED = QT_TRANSLATE_NOOP(
    "background_portal",
    "You declined or cancelled the request to start LBH Desktop at login, "
    "so that setting was not changed.",
)
PORTAL_FAILED = QT_TRANSLATE_NOOP(
    "background_portal",
    "The desktop could not change start at login: its background portal reported an error.",
)
NOT_GRANTED = QT_TRANSLATE_NOOP(
    "background_portal", "The desktop did not turn on start at login for LBH Desktop."
)
"""The failures `failed` reports, in English here; translated when emitted."""
_pending: set[BackgroundRequest] = set()  # kept alive until the portal answers


class PortalUnavailable(Exception):
    """The portal cannot be asked at all; the message is for the user."""


def request_path(unique_name: str, token: str) -> str:
    """The handle the portal will return, known before the call (the Request documentation)."""
    sender = unique_name.removeprefix(":").replace(".", "_")
    return f"{PORTAL_PATH}/request/{sender}/{token}"


class BackgroundRequest(QObject):
    """One RequestBackground call and the Response that comes back once the user answered.

    Emits `granted(autostart)` with the state the portal confirmed, or `failed(message)`.
    """

    granted = Signal(bool)
    failed = Signal(str)

    def __init__(
        self,
        autostart: bool,
        command: list[str],
        reason: str,
        bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__()
        from PySide6.QtDBus import QDBusConnection

        self.autostart = autostart
        self.command = list(command)
        self.reason = reason
        self._bus = QDBusConnection.sessionBus() if bus is None else bus
        self._handle = ""
        self._done = False
        self._watcher: QDBusPendingCallWatcher | None = None

    def start(self) -> None:
        """Sends the request and returns at once; raises PortalUnavailable without a bus."""
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        if not self._bus.isConnected():
            detail = self._bus.lastError().message() or "DBUS_SESSION_BUS_ADDRESS is not usable"
            text = translate(
                "background_portal",
                "Start at login is not available: there is no D-Bus session bus ({detail}).",
            )
            raise PortalUnavailable(text.format(detail=detail))
        token = f"lbh_desktop_{secrets.token_hex(6)}"
        # Listen before asking, so a quick Response cannot slip past (the portal's advice).
        self._listen(request_path(self._bus.baseService(), token))
        message = QDBusMessage.createMethodCall(
            PORTAL_SERVICE, PORTAL_PATH, BACKGROUND_INTERFACE, "RequestBackground"
        )
        # A dict of plain values marshals as a{sv}: str as s, bool as b, a str list as as.
        options = {
            "handle_token": token,
            "reason": self.reason,
            "autostart": self.autostart,
            "commandline": self.command,
            "dbus-activatable": False,
        }
        message.setArguments(["", options])
        self._watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message, CALL_TIMEOUT_MS))
        self._watcher.finished.connect(self._on_reply)
        _pending.add(self)

    def _listen(self, handle: str) -> None:
        if self._handle:
            self._bus.disconnect(
                PORTAL_SERVICE, self._handle, REQUEST_INTERFACE, "Response", self, RESPONSE_SLOT
            )
        self._handle = handle
        self._bus.connect(
            PORTAL_SERVICE, handle, REQUEST_INTERFACE, "Response", self, RESPONSE_SLOT
        )

    @Slot()
    def _on_reply(self) -> None:
        from PySide6.QtDBus import QDBusMessage

        if self._watcher is None or self._done:
            return
        reply = self._watcher.reply()
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            if reply.errorName() in MISSING_SERVICE:
                self._finish(failure=translate("background_portal", NO_PORTAL))
            else:
                detail = reply.errorMessage() or reply.errorName() or "no answer"
                text = translate(
                    "background_portal",
                    "Start at login could not be changed: the background portal did not "
                    "answer ({detail}).",
                )
                self._finish(failure=text.format(detail=detail))
            return
        arguments = reply.arguments()
        handle = arguments[0].path() if arguments and hasattr(arguments[0], "path") else ""
        if handle and handle != self._handle:  # portals older than handle_token
            self._listen(handle)

    @Slot("uint", "QVariantMap")
    def _on_response(self, response: int, results: dict[str, object]) -> None:
        if response == 1:
            self._finish(failure=translate("background_portal", DECLINED))
        elif response != 0:
            self._finish(failure=translate("background_portal", PORTAL_FAILED))
        else:
            confirmed = bool(results.get("autostart", self.autostart))
            if self.autostart and not confirmed:
                self._finish(failure=translate("background_portal", NOT_GRANTED), confirmed=False)
            else:
                self._finish(confirmed=confirmed)

    def _finish(self, failure: str = "", confirmed: bool | None = None) -> None:
        if self._done:
            return
        self._done = True
        if self._handle:
            self._bus.disconnect(
                PORTAL_SERVICE, self._handle, REQUEST_INTERFACE, "Response", self, RESPONSE_SLOT
            )
            self._handle = ""
        _pending.discard(self)
        if confirmed is not None:
            self.granted.emit(confirmed)
        if failure:
            self.failed.emit(failure)
