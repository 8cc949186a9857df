"""The single-instance channel on Linux and macOS: a Unix socket watched by a QSocketNotifier."""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSocketNotifier

from lbh_desktop.core.remote_commands import MAX_LINE_BYTES

ACTIVATE = b"activate\n"
ACKNOWLEDGE = b"ok\n"
REQUEST_START = b"{"
"""A line starting so is a request (a JSON object), answered by `on_request` with one line."""
MAX_SOCKET_PATH = 103  # sun_path holds 104 bytes on macOS, 108 on Linux, with the final NUL
ANSWER_TIMEOUT_S = 1.0
RETRY_PAUSE_S = 0.05


def socket_path(runtime_dir: Path, name: str) -> Path:
    """In the private runtime folder; in the temp folder (as Qt's local sockets) if too long."""
    preferred = runtime_dir / f"{name}.sock"
    if len(os.fsencode(preferred)) <= MAX_SOCKET_PATH:
        return preferred
    return Path(tempfile.gettempdir()) / f"{name}.sock"


class Unreachable(OSError):
    """Nothing listens at the address (no socket, or refused)."""


class NoAnswer(OSError):
    """Connected, but no answer line came in time: busy, or a version that ignores requests."""


RequestHandler = Callable[[bytes], bytes]
"""Takes a request line, returns the answer line (both without the newline)."""


def answer_to(line: bytes, on_request: RequestHandler | None) -> bytes | None:
    """What to send back for one received line, or None to wait for another line."""
    if line == ACTIVATE.strip():
        return ACKNOWLEDGE
    if on_request is not None and line.startswith(REQUEST_START):
        return on_request(line) + b"\n"
    return None


class _Connection:
    """One accepted client: its socket, the notifier that wakes us, and its unfinished line."""

    def __init__(self, client: socket.socket) -> None:
        self.socket = client
        self.notifier = QSocketNotifier(client.fileno(), QSocketNotifier.Type.Read)
        self.buffer = b""


class UnixActivationServer:
    """Listens on `path`; calls `on_activate` for each "activate" line, answering "ok", and
    answers each request line with what `on_request` returns.

    A plain Python socket rather than QLocalServer: QtNetwork would add about 3 MB to the app
    waiting in the background, for one message now and then.
    """

    def __init__(
        self,
        path: Path,
        on_activate: Callable[[], None],
        on_request: RequestHandler | None = None,
    ) -> None:
        self.path = path
        self._on_activate = on_activate
        self._on_request = on_request
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._connections: dict[int, _Connection] = {}
        # Notifiers are owned here, not by a Qt parent (deleteLater on a child whose parent
        # Python then deletes crashed the event loop). One that fired cannot be deleted in its
        # own handler, so it waits here until the next connection or close().
        self._retired: list[QSocketNotifier] = []

    def listen(self) -> str:
        """ "" when listening, else why not. Call it only while holding the instance lock."""
        self._remove_stale_socket()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(str(self.path))
            os.chmod(self.path, 0o600)  # before listen(): nobody can connect until then
            listener.listen(8)
            listener.setblocking(False)
        except OSError as error:
            listener.close()
            return f"{self.path}: {error.strerror or error}"
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(lambda *_: self._accept())
        return ""

    def close(self) -> None:
        for fd in list(self._connections):
            self._drop(fd)
        self._retired.clear()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            with contextlib.suppress(OSError):
                self.path.unlink()

    def _remove_stale_socket(self) -> None:
        """A socket file left by a crash; anything else by that name stays and bind() says so."""
        with contextlib.suppress(OSError):
            if stat.S_ISSOCK(os.lstat(self.path).st_mode):
                self.path.unlink()

    def _accept(self) -> None:
        self._retired.clear()
        while self._listener is not None:
            try:
                client, _ = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:  # out of file descriptors and the like: the client gives up
                return
            client.setblocking(False)
            connection = _Connection(client)
            fd = client.fileno()
            self._connections[fd] = connection
            connection.notifier.activated.connect(lambda *_, fd=fd: self._read(fd))

    def _read(self, fd: int) -> None:
        connection = self._connections.get(fd)
        if connection is None:
            return
        try:
            data = connection.socket.recv(MAX_LINE_BYTES)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # the client hung up
            self._drop(fd)
            return
        lines = (connection.buffer + data).split(b"\n")
        connection.buffer = lines[-1][-MAX_LINE_BYTES:]  # an unfinished line waits for the rest
        for line in lines[:-1]:
            answer = answer_to(line, self._on_request)
            if answer is None:
                continue
            with contextlib.suppress(OSError):
                connection.socket.setblocking(True)  # a short line: the buffer takes it at once
                connection.socket.sendall(answer)
            self._drop(fd)
            if answer == ACKNOWLEDGE:
                self._on_activate()
            return

    def _drop(self, fd: int) -> None:
        connection = self._connections.pop(fd, None)
        if connection is None:
            return
        connection.notifier.setEnabled(False)  # before the descriptor is closed and reused
        self._retired.append(connection.notifier)
        connection.socket.close()


def send_activate(address: str, deadline_s: float) -> str:
    """Asks the server at socket path `address` to show its window: "" if it answered, else why.

    Retries until `deadline_s` passes: the lock holder may still be on its way to listening.
    """
    deadline = time.monotonic() + deadline_s
    while True:
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(ANSWER_TIMEOUT_S)
                client.connect(address)
                client.sendall(ACTIVATE)
                if _read_answer(client) == ACKNOWLEDGE:
                    return ""
                error = "it did not answer"
        except TimeoutError:
            error = "it did not answer"
        except OSError as failure:
            error = failure.strerror or str(failure)
        if time.monotonic() >= deadline:
            return error
        time.sleep(RETRY_PAUSE_S)


def request(address: str, line: bytes, timeout_s: float) -> bytes:
    """Sends one request line to the server at socket path `address`; returns its answer line.

    Raises Unreachable when nothing listens there, NoAnswer when no answer comes in time.
    """
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout_s)
        try:
            client.connect(address)
        except OSError as failure:
            raise Unreachable(failure.errno, failure.strerror or str(failure)) from None
        try:
            client.sendall(line.rstrip(b"\n") + b"\n")
            answer = _read_answer(client, MAX_LINE_BYTES)
        except TimeoutError:
            raise NoAnswer("it did not answer in time") from None
        except OSError as failure:
            raise NoAnswer(failure.strerror or str(failure)) from None
    if not answer.endswith(b"\n"):
        raise NoAnswer("it hung up without answering")
    return answer.rstrip(b"\n")


def _read_answer(client: socket.socket, limit: int = 64) -> bytes:
    answer = b""
    while not answer.endswith(b"\n") and len(answer) < limit:
        chunk = client.recv(limit)
        if not chunk:
            break
        answer += chunk
    return answer
