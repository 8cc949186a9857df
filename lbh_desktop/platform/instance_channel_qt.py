"""The single-instance channel on Windows: a QLocalServer on a named pipe (QtNetwork)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from lbh_desktop.core.remote_commands import MAX_LINE_BYTES
from lbh_desktop.platform.instance_channel_unix import (
    ACKNOWLEDGE,
    ACTIVATE,
    RETRY_PAUSE_S,
    NoAnswer,
    RequestHandler,
    Unreachable,
    answer_to,
)


class QtActivationServer:
    """Listens on the pipe `name`; calls `on_activate` for each "activate" line, answering,
    and answers each request line with what `on_request` returns."""

    def __init__(
        self,
        name: str,
        on_activate: Callable[[], None],
        parent: QObject,
        on_request: RequestHandler | None = None,
    ) -> None:
        self.name = name
        self._on_activate = on_activate
        self._on_request = on_request
        self._parent = parent
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> str:
        """ "" when listening, else why not. Call it only while holding the instance lock."""
        QLocalServer.removeServer(self.name)  # a socket left by a crash; we hold the lock
        server = QLocalServer(self._parent)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if not server.listen(self.name):
            return server.errorString()
        self._server = server
        return ""

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

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
        self._buffers[socket] = lines[-1][-MAX_LINE_BYTES:]  # an unfinished line waits
        for line in lines[:-1]:
            answer = answer_to(line, self._on_request)
            if answer is None:
                continue
            socket.write(answer)
            socket.flush()
            if answer == ACKNOWLEDGE:
                self._on_activate()
            return

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def send_activate(address: str, deadline_s: float) -> str:
    """Asks the server named `address` to show its window: "" when it answered, else why not."""
    deadline = time.monotonic() + deadline_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(address)
        if socket.waitForConnected(500):
            socket.write(ACTIVATE)
            answered = socket.waitForBytesWritten(1000) and socket.waitForReadyRead(1000)
            socket.disconnectFromServer()
            if answered:
                return ""
            error = "it did not answer"
        else:
            error = socket.errorString()
        socket.abort()
        if time.monotonic() >= deadline:
            return error
        time.sleep(RETRY_PAUSE_S)


def request(address: str, line: bytes, timeout_s: float) -> bytes:
    """Sends one request line to the server named `address`; returns its answer line.

    Raises Unreachable when nothing listens there, NoAnswer when no answer comes in time.
    """
    socket = QLocalSocket()
    socket.connectToServer(address)
    timeout_ms = round(timeout_s * 1000)
    try:
        if not socket.waitForConnected(timeout_ms):
            raise Unreachable(socket.errorString())
        socket.write(line.rstrip(b"\n") + b"\n")
        socket.waitForBytesWritten(timeout_ms)
        deadline = time.monotonic() + timeout_s
        answer = b""
        while not answer.endswith(b"\n") and len(answer) < MAX_LINE_BYTES:
            left_ms = round((deadline - time.monotonic()) * 1000)
            # The answer may have arrived while the request was written: then no wait.
            if not socket.bytesAvailable() and (
                left_ms <= 0 or not socket.waitForReadyRead(left_ms)
            ):
                raise NoAnswer("it did not answer in time")
            answer += socket.readAll().data()
        return answer.rstrip(b"\n")
    finally:
        socket.abort()
