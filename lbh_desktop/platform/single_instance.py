"""Keeps one app per user: a second launch asks the first to show its window, then exits."""

from __future__ import annotations

import getpass
import logging
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
ACTIVATE = b"activate\n"
ACKNOWLEDGE = b"ok\n"
LOCK_TIMEOUT_MS = 100
CONNECT_DEADLINE_S = 3.0  # the lock holder may still be between taking the lock and listening


def user_tag() -> str:
    """User name and id, for names in folders other users share (/tmp, named pipes)."""
    try:
        user = getpass.getuser()
    except Exception:  # no USER variable and no passwd entry (containers)
        user = "user"
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return re.sub(r"[^A-Za-z0-9_.-]", "_", f"{user}-{uid}")


def default_runtime_dir() -> Path:
    """XDG_RUNTIME_DIR and the like; the per-user temp folder where that is the home folder."""
    if sys.platform != "win32":
        location = QStandardPaths.StandardLocation.RuntimeLocation
        runtime = QStandardPaths.writableLocation(location)
        if runtime:
            return Path(runtime)
    return Path(tempfile.gettempdir())


class SingleInstance(QObject):
    """acquire() once at start-up; keep the object alive while the app runs."""

    activation_requested = Signal()  # a second launch asked us to show the window

    def __init__(
        self,
        key: str = "lbh-desktop",
        runtime_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.server_name = f"{key}-{user_tag()}"
        self.runtime_dir = default_runtime_dir() if runtime_dir is None else runtime_dir
        self.lock_path = self.runtime_dir / f"{self.server_name}.lock"
        self.reason = ""  # set when single-instance protection or activation is not working
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # never by age; a dead holder's PID still frees it
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def acquire(self) -> bool:
        """True: we are the first, keep running. False: another instance was asked to show."""
        try:
            self.runtime_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            self.reason = f"cannot create {self.runtime_dir}: {error}"
        if self._lock.tryLock(LOCK_TIMEOUT_MS):
            self._listen()
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # No lock can be made here at all: run rather than refuse to start.
            self.reason = f"cannot create the lock file {self.lock_path}; more than one may run"
            log.warning("Single instance: %s", self.reason)
            return True
        if not self._send_activate():
            log.warning("Single instance: %s", self.reason)
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _listen(self) -> None:
        QLocalServer.removeServer(self.server_name)  # a socket left by a crash; we hold the lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if server.listen(self.server_name):
            self._server = server
        else:
            self.reason = f"a second launch cannot reach this one ({server.errorString()})"
            log.warning("Single instance: %s", self.reason)

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        lines = (self._buffers.get(socket, b"") + socket.readAll().data()).split(b"\n")
        self._buffers[socket] = lines[-1][-64:]  # an unfinished line waits for the rest
        if ACTIVATE.strip() in lines[:-1]:
            socket.write(ACKNOWLEDGE)
            socket.flush()
            self.activation_requested.emit()

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _send_activate(self) -> bool:
        """Asks the lock holder to show itself; it may need a moment to start listening."""
        deadline = time.monotonic() + CONNECT_DEADLINE_S
        error = ""
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(500):
                socket.write(ACTIVATE)
                answered = socket.waitForBytesWritten(1000) and socket.waitForReadyRead(1000)
                socket.disconnectFromServer()
                if answered:
                    return True
                error = "it did not answer"
            else:
                error = socket.errorString()
            socket.abort()
            if time.monotonic() >= deadline:
                self.reason = f"another instance is running but could not be asked to show: {error}"
                return False
            time.sleep(0.05)
