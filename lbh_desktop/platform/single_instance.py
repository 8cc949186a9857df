"""One app per user: a second launch asks the first to show its window; scripts send commands."""

from __future__ import annotations

import getpass
import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal, Protocol

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, Signal

log = logging.getLogger(__name__)
LOCK_TIMEOUT_MS = 100
CONNECT_DEADLINE_S = 3.0  # the lock holder may still be between taking the lock and listening
ANSWER_TIMEOUT_S = 3.0
RETRY_PAUSE_S = 0.05
Channel = Literal["unix", "qt"]
"""unix: a socket file in the runtime folder (Linux, macOS); qt: QLocalServer (Windows)."""


class NotRunning(Exception):
    """No instance holds the lock: there is nobody to send a command to."""


class ActivationServer(Protocol):
    def listen(self) -> str:
        """ "" when listening, else why not."""
        ...

    def close(self) -> None: ...


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
        channel: Channel | None = None,
    ) -> None:
        super().__init__(parent)
        self.server_name = f"{key}-{user_tag()}"
        self.runtime_dir = default_runtime_dir() if runtime_dir is None else runtime_dir
        self.lock_path = self.runtime_dir / f"{self.server_name}.lock"
        self.reason = ""  # set when single-instance protection or activation is not working
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # never by age; a dead holder's PID still frees it
        self.channel: Channel = channel or ("qt" if sys.platform == "win32" else "unix")
        self.address = self.server_name  # the pipe's name, or the socket file's path below
        if self.channel == "unix":
            from lbh_desktop.platform.instance_channel_unix import socket_path

            self.address = str(socket_path(self.runtime_dir, self.server_name))
        self._server: ActivationServer | None = None
        self.request_handler: Callable[[bytes], bytes] | None = None
        """Answers a script's request line (set before acquire()); without it, requests
        get no answer, as from a version of the app that knew none."""

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
        server: ActivationServer
        if self.channel == "unix":
            from lbh_desktop.platform.instance_channel_unix import UnixActivationServer

            server = UnixActivationServer(
                Path(self.address), self.activation_requested.emit, self.request_handler
            )
        else:
            from lbh_desktop.platform.instance_channel_qt import QtActivationServer

            server = QtActivationServer(
                self.address, self.activation_requested.emit, self, self.request_handler
            )
        error = server.listen()
        if error:
            self.reason = f"a second launch cannot reach this one ({error})"
            log.warning("Single instance: %s", self.reason)
        else:
            self._server = server

    def _send_activate(self) -> bool:
        """Asks the lock holder to show itself; it may need a moment to start listening."""
        if self.channel == "unix":
            from lbh_desktop.platform.instance_channel_unix import send_activate
        else:
            from lbh_desktop.platform.instance_channel_qt import send_activate
        error = send_activate(self.address, CONNECT_DEADLINE_S)
        if error:
            self.reason = f"another instance is running but could not be asked to show: {error}"
        return not error

    def send_request(self, line: bytes, timeout_s: float = ANSWER_TIMEOUT_S) -> bytes:
        """The running instance's answer to one request line; never starts one.

        Raises NotRunning when no instance holds the lock, NoAnswer (an OSError) when one
        does but did not answer: still starting after CONNECT_DEADLINE_S, busy, or too old.
        """
        from lbh_desktop.platform.instance_channel_unix import NoAnswer, Unreachable

        if self.channel == "unix":
            from lbh_desktop.platform.instance_channel_unix import request
        else:
            from lbh_desktop.platform.instance_channel_qt import request
        deadline = time.monotonic() + CONNECT_DEADLINE_S
        while True:
            try:
                return request(self.address, line, timeout_s)
            except Unreachable as failure:
                if not self._held_by_another():
                    raise NotRunning() from None
                if time.monotonic() >= deadline:  # the holder never started listening
                    raise NoAnswer(f"it does not listen at {self.address}: {failure}") from None
            time.sleep(RETRY_PAUSE_S)

    def _held_by_another(self) -> bool:
        """Whether a live process holds the lock; a dead holder's lock is taken and let go."""
        if self._lock.tryLock(0):
            self._lock.unlock()
            return False
        return self._lock.error() == QLockFile.LockError.LockFailedError
